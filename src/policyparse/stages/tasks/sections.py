"""Section titles and the task list they give: task-naming sections, framing sections, and the
fallback of top-level action sections.
"""

from __future__ import annotations

from functools import lru_cache

from policyparse.grammar.sections import (
    CLOSING_FRAMING,
    GOALS_AND_MEASURES,
    GOALS_ONLY,
    NAMED_TASKS,
    NOT_FRAMING,
    NOT_SAFEGUARD,
    OPENING_FRAMING,
    REVIEW_SECTION,
    SCHEDULE_SECTION,
    TASK_SECTION,
)
from policyparse.grammar.text import WHITESPACE
from policyparse.models import Heading
from policyparse.normalize import to_simplified


def children(headings: list[Heading], parent: Heading) -> list[Heading]:
    return [h for h in headings if h.parent == parent.id]


def ancestors(headings: list[Heading], heading: Heading) -> list[int]:
    by_id = {h.id: h for h in headings}
    out: list[int] = []
    seen: set[int] = set()
    current = heading.parent
    while current is not None and current in by_id and current not in seen:
        seen.add(current)
        out.append(current)
        current = by_id[current].parent
    return out


#: Titles are read again and again (every heading, by several tests, for every section looked
#: at): the tests below are pure functions of the title, so each title is read once.
_TITLES_KEPT = 4096


@lru_cache(maxsize=_TITLES_KEPT)
def clean_title(title: str) -> str:
    """A title as the section tests read it: Simplified script, no whitespace (``附  则``)."""
    return WHITESPACE.sub("", to_simplified(title))


@lru_cache(maxsize=_TITLES_KEPT)
def is_task_section(title: str) -> bool:
    """Whether a heading title names a task list (重点任务, 主要措施, 工作安排 …)."""
    title = clean_title(title)
    if SCHEDULE_SECTION.search(title) or REVIEW_SECTION.search(title):
        return False
    if GOALS_AND_MEASURES.search(title):
        return True
    return bool(TASK_SECTION.search(title)) and not GOALS_ONLY.fullmatch(title)


@lru_cache(maxsize=_TITLES_KEPT)
def is_framing(title: str) -> bool:
    """Whether a section title is framing (opening requirements/goals or closing safeguards)."""
    title = clean_title(title)
    if NOT_FRAMING.search(title):
        return False
    return bool(OPENING_FRAMING.search(title)) or is_closing(title)


@lru_cache(maxsize=_TITLES_KEPT)
def is_closing(title: str) -> bool:
    """Whether a title is a closing framing section (leadership, implementation, safeguards …)."""
    title = clean_title(title)
    if NOT_FRAMING.search(title):
        return False
    return bool(CLOSING_FRAMING.search(NOT_SAFEGUARD.sub("", title)))


def task_sections(
    headings: list[Heading],
    *,
    named_tasks_only: bool = False,
    also: frozenset[int] = frozenset(),
    schedules: frozenset[int] = frozenset(),
) -> list[Heading]:
    """Task-naming headings, except those inside a closing section (明确任务分工 under 保障措施).

    With ``named_tasks_only`` (rules, evaluation schemes) only headings that say 任务 count.
    ``also`` are the ids of headings found task-naming by their children (goals and tasks:
    :func:`policyparse.stages.tasks.action.goal_task_sections`); ``schedules`` those found to be
    timetables by their children (:func:`policyparse.stages.tasks.action.schedule_sections`).
    """
    by_id = {h.id: h for h in headings}
    return [
        h
        for h in headings
        if (is_task_section(h.title) or h.id in also)
        and h.id not in schedules
        and (not named_tasks_only or NAMED_TASKS.search(clean_title(h.title)))
        and not any(is_closing(by_id[a].title) for a in ancestors(headings, h))
    ]


def select_task_headings(
    headings: list[Heading],
    *,
    named_tasks_only: bool = False,
    also: frozenset[int] = frozenset(),
    schedules: frozenset[int] = frozenset(),
) -> list[Heading] | None:
    """Children of the task-naming sections, in order; ``None`` when no heading names tasks.

    With ``named_tasks_only`` only sections whose heading says 任务 are read (a rules document or
    an evaluation scheme whose text calls its items tasks).
    """
    sections = task_sections(headings, named_tasks_only=named_tasks_only, also=also, schedules=schedules)
    chosen_ids = {h.id for h in sections}
    sections = [h for h in sections if not any(a in chosen_ids for a in ancestors(headings, h))]
    if not sections:
        return None
    out: list[Heading] = []
    for section in sections:
        kids = children(headings, section)
        if GOALS_AND_MEASURES.search(to_simplified(section.title)) or section.id in also:
            kids = [c for c in kids if not GOALS_ONLY.fullmatch(to_simplified(c.title.strip()))]
        out.extend(kids)
    return out
