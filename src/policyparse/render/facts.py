"""What the report's filters select on: the year, kind and agencies of each target and task.

A task's agencies are its own (lead, support, responsible). A target has none of its own: it
takes those of the tasks whose text contains it and of the responsibility notes inside it or
right after it on the same line (``…达到90%以上。（省发展改革委牵头）``), so filtering by an
agency shows the targets that agency answers for.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.models import Agency, Assignment, Notice, Target, Task
from policyparse.render.escape import esc

#: Separator of the agency names in a ``data-agencies`` attribute (never inside a name).
AGENCY_SEPARATOR = "|"
#: A note this many characters after a target's end, on the same line, still belongs to it.
NOTE_REACH = 2


@dataclass(frozen=True)
class FilterKeys:
    """The values a row or a timeline item is filtered by."""

    kind: str
    year: int | None
    agencies: tuple[str, ...]


def _names(*groups: list[Agency]) -> list[str]:
    return [agency.name for group in groups for agency in group]


def owners(holder: Task | Assignment) -> list[str]:
    """Every agency named by a task or a note, lead first, without repeats."""
    return list(dict.fromkeys(_names(holder.lead, holder.support, holder.responsible)))


def task_keys(task: Task) -> FilterKeys:
    """The filter values of a task."""
    year = task.deadline.year if task.deadline is not None else None
    return FilterKeys("task", year, tuple(owners(task)))


def target_owners(notice: Notice, target: Target) -> list[str]:
    """The agencies answering for ``target``: of the tasks containing it and of its notes."""
    names: list[str] = []
    for task in notice.tasks:
        if task.start <= target.start < task.end:
            names += owners(task)
    for note in notice.assignments:
        inside = target.start <= note.start < target.end
        gap = notice.text[target.end : note.start] if target.end <= note.start else "\n"
        if inside or (len(gap) <= NOTE_REACH and "\n" not in gap and "\r" not in gap):
            names += owners(note)
    return list(dict.fromkeys(names))


def target_keys(notice: Notice, target: Target) -> FilterKeys:
    """The filter values of a target."""
    return FilterKeys(target.kind.value, target.deadline.year, tuple(target_owners(notice, target)))


def filter_attributes(keys: FilterKeys) -> str:
    """The ``data-`` attributes (with a leading space) the report's script filters on."""
    agencies = AGENCY_SEPARATOR.join(name.replace(AGENCY_SEPARATOR, " ") for name in keys.agencies)
    year = "" if keys.year is None else str(keys.year)
    return f' data-kind="{esc(keys.kind)}" data-year="{year}" data-agencies="{esc(agencies)}"'


__all__ = [
    "AGENCY_SEPARATOR",
    "FilterKeys",
    "filter_attributes",
    "owners",
    "target_keys",
    "target_owners",
    "task_keys",
]
