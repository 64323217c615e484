"""The timeline of a notice: targets and tasks placed on a year axis, as inline SVG."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from policyparse.models import Notice
from policyparse.render._marks import deadline_label, sanitize, shorten

WIDTH = 960
MARGIN = 24
AXIS_Y = 34
ROW = 24
PILL_HEIGHT = 20
MAX_STACK = 12
#: Width of one CJK character at the label font size.
CHAR_WIDTH = 12


@dataclass(frozen=True)
class Item:
    """A dated target or task to place on the axis."""

    kind: str
    ident: str
    year: int
    month: int
    label: str
    tip: str


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
        items.append(Item("target", f"target-{index}", deadline.year, deadline.month or 0, label, tip))
    for index, task in enumerate(notice.tasks):
        if task.deadline is None or task.deadline.year is None:
            if task.deadline is not None or task.deadline_note:
                undated.append(("task", f"task-{index}", task.title))
            continue
        label = f"{task.ordinal}. {task.title}"
        tip = f"{deadline_label(task.deadline)} · Task {label}"
        items.append(Item("task", f"task-{index}", task.deadline.year, task.deadline.month or 0, label, tip))
    return items, undated


def timeline_svg(notice: Notice) -> str:
    """An SVG (as a string) with one column per year; empty string when nothing is dated."""
    items, _ = dated_items(notice)
    if not items:
        return ""
    years = [item.year for item in items]
    issued = notice.metadata.date.year if notice.metadata.date is not None else None
    if issued is not None and min(years) - 10 <= issued <= max(years):
        years.append(issued)
    first, last = min(years), max(years)
    column = (WIDTH - 2 * MARGIN) / (last - first + 1)
    by_year: dict[int, list[Item]] = {}
    for item in sorted(items, key=lambda i: (i.year, i.month, i.kind != "target")):
        by_year.setdefault(item.year, []).append(item)
    tallest = min(max(len(v) for v in by_year.values()), MAX_STACK + 1)
    height = AXIS_Y + 16 + tallest * ROW + 8
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="Deadlines by year">',
        f'<line class="axis" x1="{MARGIN}" y1="{AXIS_Y}" x2="{WIDTH - MARGIN}" y2="{AXIS_Y}"/>',
    ]
    label_every = max(1, int(40 // column) + 1)
    for offset, year in enumerate(range(first, last + 1)):
        x = MARGIN + column * (offset + 0.5)
        if column >= 3 or year in by_year:
            parts.append(
                f'<line class="tick" x1="{x:.1f}" y1="{AXIS_Y - 5}" x2="{x:.1f}" y2="{AXIS_Y + 5}"/>'
            )
        if offset % label_every == 0 or year in by_year:
            parts.append(f'<text class="year" x="{x:.1f}" y="{AXIS_Y - 12}">{year}</text>')
    if issued is not None and first <= issued <= last:
        x = MARGIN + column * (issued - first + 0.5)
        parts.append(f'<line class="issued" x1="{x:.1f}" y1="{AXIS_Y}" x2="{x:.1f}" y2="{height - 4}"/>')
        parts.append(f'<text class="issued-label" x="{x + 4:.1f}" y="{height - 8}">issued 发文</text>')
    for year, column_items in by_year.items():
        parts.extend(_column(year, first, column, column_items))
    parts.append("</svg>")
    return "".join(parts)


def _column(year: int, first: int, column: float, items: list[Item]) -> list[str]:
    pill = min(column - 6, 240.0)
    left = MARGIN + column * (year - first) + (column - pill) / 2
    chars = int((pill - 10) // CHAR_WIDTH)
    parts: list[str] = []
    for row, item in enumerate(items[:MAX_STACK]):
        top = AXIS_Y + 16 + row * ROW
        href = f"#{item.ident}"
        parts.append(f'<a href="{href}" class="t-{item.kind}" data-ref="{item.ident}">')
        parts.append(f"<title>{escape(sanitize(shorten(item.tip, 160)))}</title>")
        if chars >= 2:
            parts.append(
                f'<rect x="{left:.1f}" y="{top}" width="{pill:.1f}" height="{PILL_HEIGHT}" rx="5"/>'
                f'<text x="{left + 5:.1f}" y="{top + 14}">{escape(sanitize(shorten(item.label, chars)))}</text>'
            )
        else:
            centre = left + pill / 2
            parts.append(f'<circle cx="{centre:.1f}" cy="{top + PILL_HEIGHT / 2}" r="6"/>')
        parts.append("</a>")
    if len(items) > MAX_STACK:
        top = AXIS_Y + 16 + MAX_STACK * ROW
        parts.append(f'<text class="more" x="{left + 5:.1f}" y="{top + 14}">+{len(items) - MAX_STACK}</text>')
    return parts


__all__ = ["Item", "dated_items", "timeline_svg", "without_deadline"]
