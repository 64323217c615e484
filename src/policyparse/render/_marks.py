"""What the report highlights: marks over the text, cut into non-overlapping segments.

A target contains its deadlines and indicators, a task title may contain an agency: spans
overlap and nest. The text is cut at every span boundary; each piece (a segment) carries the
set of marks that cover it, so the HTML needs no nested or crossing elements.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from policyparse.grammar.output import UNSAFE_CHAR
from policyparse.models import Assignment, Deadline, Notice, Task

#: Kinds of marks, in legend order, with their legend labels.
KINDS: dict[str, str] = {
    "heading": "Heading 标题",
    "target": "Target 目标",
    "deadline": "Deadline 时限",
    "indicator": "Indicator 指标",
    "task": "Task 任务",
    "agency": "Agency 单位",
    "reference": "Reference 引用",
    "noise": "Noise 噪声",
}


def sanitize(text: str) -> str:
    """``text`` with characters HTML/UTF-8 cannot carry (controls, lone surrogates) as U+FFFD."""
    return UNSAFE_CHAR.sub("\ufffd", text)


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: max(limit - 1, 0)] + "…"


def deadline_label(deadline: Deadline | None) -> str:
    """A short label for a deadline: ``2020``, ``2020-06``, ``2021–2025`` or its text."""
    if deadline is None:
        return ""
    if deadline.year is None:
        return deadline.text
    if deadline.range_start is not None and deadline.range_start != deadline.year:
        return f"{deadline.range_start}–{deadline.year}"
    if deadline.month is not None:
        return f"{deadline.year}-{deadline.month:02d}"
    return str(deadline.year)


@dataclass(frozen=True)
class Mark:
    """One highlighted span: its kind, the element id it belongs to, and a tooltip."""

    kind: str
    ident: str
    start: int
    end: int
    tip: str


def _deadline_tip(deadline: Deadline) -> str:
    return f"Deadline {deadline_label(deadline)} ({deadline.relation.value})"


def collect_marks(notice: Notice) -> list[Mark]:
    """Every mark of the notice, with element ids the outline and the timeline link to."""
    marks = _Marks()
    for heading in notice.headings:
        marks.add("heading", f"h-{heading.id}", heading.start, heading.end, f"Heading, level {heading.level}")
    marks.targets(notice)
    marks.tasks(notice)
    marks.agencies([*notice.assignments, *notice.tasks])
    for index, reference in enumerate(notice.metadata.references):
        marks.add("reference", f"ref-{index}", reference.start, reference.end, "Referenced document")
    for index, noise in enumerate(notice.noise):
        marks.add("noise", f"noise-{index}", noise.start, noise.end, f"Noise: {noise.kind.value}")
    size = len(notice.text)
    return [m for m in marks.found if 0 <= m.start < m.end <= size]


class _Marks:
    """The marks collected so far; a deadline shared by a target and a task is marked once."""

    def __init__(self) -> None:
        self.found: list[Mark] = []
        self.deadline_ids: dict[tuple[int, int], str] = {}

    def add(self, kind: str, ident: str, start: int, end: int, tip: str) -> None:
        self.found.append(Mark(kind, ident, start, end, tip))

    def deadline(self, deadline: Deadline) -> None:
        key = (deadline.start, deadline.end)
        if key not in self.deadline_ids:
            self.deadline_ids[key] = f"deadline-{len(self.deadline_ids)}"
            self.add(
                "deadline", self.deadline_ids[key], deadline.start, deadline.end, _deadline_tip(deadline)
            )

    def targets(self, notice: Notice) -> None:
        """Each target, then its deadlines and indicators."""
        indicator_count = 0
        for index, target in enumerate(notice.targets):
            label = deadline_label(target.deadline)
            self.add(
                "target", f"target-{index}", target.start, target.end, f"Target ({target.kind.value}) {label}"
            )
            for deadline in [target.deadline, *target.deadlines]:
                self.deadline(deadline)
            for indicator in target.indicators:
                tip = (
                    f"Indicator {indicator.metric or ''} {indicator.raw_value}{indicator.unit or ''}".strip()
                )
                self.add("indicator", f"indicator-{indicator_count}", indicator.start, indicator.end, tip)
                indicator_count += 1

    def tasks(self, notice: Notice) -> None:
        """Each task (its title, else its whole span), then its deadline."""
        for index, task in enumerate(notice.tasks):
            start, end = (
                (task.title_start, task.title_end)
                if task.title_end > task.title_start
                else (task.start, task.end)
            )
            self.add("task", f"task-{index}", start, end, f"Task {task.ordinal}")
            if task.deadline is not None:
                self.deadline(task.deadline)

    def agencies(self, holders: list[Assignment | Task]) -> None:
        """Each agency span once, with the role it first appears in."""
        agency_count = 0
        seen: set[tuple[int, int]] = set()
        for holder in holders:
            for role, agencies in (
                ("lead", holder.lead),
                ("support", holder.support),
                ("responsible", holder.responsible),
            ):
                for agency in agencies:
                    if (agency.start, agency.end) in seen:
                        continue
                    seen.add((agency.start, agency.end))
                    self.add("agency", f"agency-{agency_count}", agency.start, agency.end, f"Agency ({role})")
                    agency_count += 1


def segments(size: int, marks: list[Mark], cuts: Iterable[int] = ()) -> list[tuple[int, int, list[Mark]]]:
    """Cut ``[0, size)`` at every mark boundary (and at ``cuts``); each piece lists the marks covering it."""
    extra = {cut for cut in cuts if 0 <= cut <= size}
    boundaries = sorted({0, size, *extra, *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    pieces: list[tuple[int, int, list[Mark]]] = []
    for left, right in pairwise(boundaries):
        active = [m for m in active if m.end > left] + starting.get(left, [])
        pieces.append((left, right, list(active)))
    return pieces


__all__ = ["KINDS", "Mark", "collect_marks", "deadline_label", "sanitize", "segments", "shorten"]
