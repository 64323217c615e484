"""The window of a plan's phase or step, in parentheses after its name.

A 实施方案 schedules its work in phases, each named with its window:
``第一阶段：动员部署、摸底排查阶段（即日起至4月30日）。``, ``1.第一阶段(2022年7月至2022年12月)。``,
``（三）总结提升阶段（2023年7月—12月）``. The window's end is the phase's deadline: the phase is
the action. Elsewhere a year or range in parentheses names something (``规划（2021—2025年）``), so
the window counts only when it closes a short name at the start of its sentence, and, unless the
name says it is a phase (``阶段``), only inside a timetable section (``五、时间步骤``), which
the target stage checks (``needs_schedule``). A phase written as a sentence
(``…阶段（…）。``) is a target even as a heading's title; a line holding only the name and its
window (``（一）准备阶段（2023年3月至5月）``) is the schedule's label, and gives none.
"""

from __future__ import annotations

import datetime as dt

import regex

from policyparse.grammar.markers import match_marker
from policyparse.lexicon.periods import MAX_YEAR, MIN_YEAR, PHASE_WORDS
from policyparse.models import Precision, Relation
from policyparse.stages.targets.deadlines.context import Context
from policyparse.stages.targets.deadlines.found import DeadlineRole, Found, number, valid_day

#: How long a phase's name may be (``第一阶段：动员部署、摸底排查阶段`` is 16 characters).
_NAME_REACH = 30


def _name(ctx: Context, start: int) -> str | None:
    """The name the window at ``start`` closes: its sentence up to the window, after a list
    marker; ``None`` when it is long, holds a clause break, or stands in a book title."""
    text = ctx.sentence_before(start).strip()
    marker = match_marker(text, 0)
    if marker is not None:
        text = text[marker.end :].strip()
    if not 2 <= len(text) <= _NAME_REACH or any(mark in text for mark in "，,（）《》"):
        return None
    return text


def _end(
    match: regex.Match[str], anchor_year: int | None, phase: bool
) -> tuple[int | None, int | None, int | None] | None:
    """Year, month and day of the window's end: its own year, else its start's, else the
    document's (``None`` for the year when that is unknown); ``None`` for an impossible date, or
    a year alone after a name that is not a phase's (``规划（2021—2025年）`` names a plan's period)."""
    month, day = number(match.group("bm")), number(match.group("bd"))
    if month is None and not phase:
        return None
    year = number(match.group("by")) or number(match.group("ay")) or anchor_year
    if year is not None and (not MIN_YEAR <= year <= MAX_YEAR or not valid_day(year, month, day)):
        return None
    return year, month, day


def read_phase_window(
    ctx: Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None
) -> Found | None:
    """``（即日起至4月30日）`` after a phase's name: a deadline at the window's end, in the year
    the window prints (its end's, else its start's), else the document's."""
    name = _name(ctx, match.start())
    ranged = match.group("today") is not None or match.group("ay", "am") != (None, None)
    if name is None or ctx.in_book_title(match.start()) or (match.group("suf") and not ranged):
        return None  # （2022年5月底前） alone is read as a deadline with its 前
    phase = any(word in name for word in PHASE_WORDS)
    end = _end(match, anchor_year, phase)
    if end is None:
        return None
    year, month, day = end
    yearless = match.group("by", "ay") == (None, None)
    precision = Precision.YEAR if month is None else Precision.MONTH if day is None else Precision.DAY
    found = Found(
        match.start() + 1,
        match.end() - 1,
        year=year,
        month=month,
        day=day,
        precision=precision,
        relation=Relation.BEFORE if match.group("suf") else Relation.DURING if ranged else Relation.AT,
        range_start=number(match.group("ay")),
        relative=yearless,
        anchor=anchor if yearless else None,
        yearless=yearless,
        core_start=match.start() + 1,
    )
    # written as a sentence (…阶段（…）。), the phase is a target even where its line is a
    # heading; a line holding only the name and window (…准备阶段（2023年3月至5月）) is the
    # schedule's label, and one before a colon (…阶段（…）：) the lead of its items
    found.phase = ctx.after(match.end(), 1) in {"。", "；", ";"}
    found.role = DeadlineRole.DEADLINE if found.phase else DeadlineRole.DATE
    found.committed = True  # the phase is the action
    found.needs_schedule = not phase
    return found
