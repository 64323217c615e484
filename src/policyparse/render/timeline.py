"""The timeline of a notice: targets and tasks listed under their deadline years.

One row per year that has something due, in order, with the issue year marked; every item
of a year is listed with a label of up to :data:`LABEL_CHARS` characters that wraps instead
of being cut to the width of a column, so the timeline stays legible however many items
share a year (the former SVG axis cut labels to a few characters and folded a crowded year
into ``+N``). Items carry the ``data-`` attributes the report's filters read.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.models import Notice
from policyparse.render._marks import deadline_label, shorten
from policyparse.render.escape import esc
from policyparse.render.facts import FilterKeys, filter_attributes, target_keys, task_keys

#: Labels longer than this are shortened (the full text is in the tooltip).
LABEL_CHARS = 90


@dataclass(frozen=True)
class Item:
    """A dated target or task to place on the timeline."""

    kind: str
    ident: str
    year: int
    month: int
    label: str
    tip: str
    keys: FilterKeys


def without_deadline(text: str, deadline: str) -> str:
    """The target's words after its deadline: ``到2020年，建成…`` → ``建成…``."""
    where = text.find(deadline) if deadline else -1
    if 0 <= where <= 4:
        rest = text[where + len(deadline) :].lstrip(" ，,：:、；;")
        if rest:
            return rest
    return text


def dated_items(notice: Notice) -> tuple[list[Item], list[tuple[str, str, str]]]:
    """The targets and tasks with a year, and those without one as ``(kind, ident, text)``."""
    items: list[Item] = []
    undated: list[tuple[str, str, str]] = []
    for index, target in enumerate(notice.targets):
        deadline = target.deadline
        if deadline.year is None:
            undated.append(("target", f"target-{index}", target.text))
            continue
        tip = f"{deadline_label(deadline)} · {target.text}"
        label = without_deadline(target.text, deadline.text)
        keys = target_keys(notice, target)
        items.append(Item("target", f"target-{index}", deadline.year, deadline.month or 0, label, tip, keys))
    for index, task in enumerate(notice.tasks):
        if task.deadline is None or task.deadline.year is None:
            if task.deadline is not None or task.deadline_note:
                undated.append(("task", f"task-{index}", task.title))
            continue
        label = f"{task.ordinal}. {task.title}"
        tip = f"{deadline_label(task.deadline)} · Task {label}"
        month = task.deadline.month or 0
        items.append(Item("task", f"task-{index}", task.deadline.year, month, label, tip, task_keys(task)))
    return items, undated


def _item(item: Item) -> str:
    badge = "任务" if item.kind == "task" else ("目标" if item.keys.kind == "goal" else "行动")
    return (
        f'<li class="t-item t-{item.kind}" data-ref="{item.ident}"{filter_attributes(item.keys)}>'
        f'<a href="#{item.ident}" title="{esc(shorten(item.tip, 300))}">'
        f'<span class="t-badge">{badge}</span> {esc(shorten(item.label, LABEL_CHARS))}</a></li>'
    )


def timeline_html(notice: Notice) -> str:
    """An ordered list of the years with dated targets or tasks; empty string when nothing is dated."""
    items, _ = dated_items(notice)
    if not items:
        return ""
    by_year: dict[int, list[Item]] = {}
    for item in sorted(items, key=lambda i: (i.year, i.month, i.kind != "target")):
        by_year.setdefault(item.year, []).append(item)
    issued = notice.metadata.date.year if notice.metadata.date is not None else None
    years = sorted({*by_year, *([issued] if issued is not None else [])})
    parts = ['<ol class="timeline" aria-label="Deadlines by year">']
    for year in years:
        entries = by_year.get(year, [])
        mark = ' <span class="issued">issued 发文</span>' if year == issued else ""
        count = f' <span class="t-count">{len(entries)}</span>' if entries else ""
        parts.append(
            f'<li class="t-year" data-year="{year}"><span class="t-label">{year}</span>{mark}{count}'
        )
        if entries:
            parts.append('<ul class="t-items">')
            parts.extend(_item(item) for item in entries)
            parts.append("</ul>")
        parts.append("</li>")
    parts.append("</ol>")
    return "".join(parts)


__all__ = ["LABEL_CHARS", "Item", "dated_items", "timeline_html", "without_deadline"]
