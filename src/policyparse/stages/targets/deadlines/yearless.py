"""Readers of yearless dates: ``年底前``, ``年内``, ``全年``, ``下半年``, ``一季度``, ``4月28日前``,
``11月取得…``, ``本月底前``, ``本年5至8月``. Each takes the document's year (the caller's anchor
year); the target stage then places it in the year its section is about.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from policyparse.grammar.dates import TIMETABLE_DATE_END
from policyparse.lexicon.periods import (
    FULL_YEAR_NOUNS,
    HOLIDAYS,
    NOT_PREDICATE_AFTER_DATE,
    QUOTED_ONLY_HOLIDAYS,
    RELATIVE_MONTHS,
)
from policyparse.models import Precision, Relation
from policyparse.stages.targets.deadlines.context import (
    Context,
    relation,
    role,
    scheduled_after,
    time_set,
    verb_follows,
)
from policyparse.stages.targets.deadlines.found import QUARTERS, Found, number, starts_with, valid_day
from policyparse.stages.targets.deadlines.readers import MONTH_ENDS, Place, half_month, place

#: Prefixes that commit a 全年 clause (``力争全年…``).
_COMMITTING_PREFIXES = frozenset({"力争", "争取", "确保"})


@dataclass(slots=True)
class Cues:
    """What follows a yearless date: a goal or action verb right after it (``11月取得明显成效``),
    and whether it opens its clause with a predicate after it (``10月底完善平台功能``).

    Not changed once made, but not frozen (see :class:`~.readers.Place`)."""

    verb_after: bool
    opens_clause: bool
    after: str
    timetable: bool = False
    scheduled: bool = False
    time_set: bool = False


def read_yearless(
    ctx: Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None, kind: str
) -> Found | None:
    """``年底前``, ``年内``, ``下半年``, ``一季度``, ``4月28日前``, ``本月底前``: the document's year."""
    at = place(ctx, match)
    found = Found(
        at.start, at.end, year=anchor_year, relative=True, anchor=anchor, relation=Relation.AT, yearless=True
    )
    cues = Cues(
        verb_after=verb_follows(ctx, at.end),
        opens_clause=ctx.at_clause_start(at.start)
        and not starts_with(ctx.after(at.end, 2), NOT_PREDICATE_AFTER_DATE),
        after=ctx.after(at.end, 4),
        scheduled=scheduled_after(ctx, at.end, any_action=True),
        time_set=time_set(ctx, at.core_start),
        timetable=ctx.at_clause_start(at.start)
        and TIMETABLE_DATE_END.match(ctx.text, at.end, ctx.hi) is not None,
    )
    readers = {
        "month": _month_day,
        "relative_month": _relative_month,
        "half": _half_year,
        "quarter": _quarter,
        "year_end": _year_end,
        "full_year": _full_year,
        "holiday": _holiday,
    }
    if not readers[kind](found, match, at, anchor, cues):
        return None
    found.relation = relation(at.prefix, at.suffix, found.relation)
    found.role = at.role(ctx, relative=True)
    return found


def _month_day(found: Found, match: regex.Match[str], at: Place, anchor: dt.date | None, cues: Cues) -> bool:
    """``4月28日前``, ``6月底完成``, ``10月底，…``, ``11月取得明显成效``: a month of the document's year.

    With a relation word it is a deadline; a month's end when a verb follows or it opens its
    clause; a bare month only when a goal or action verb follows right after it.
    """
    month, day = number(match.group("month")), number(match.group("day"))
    if month is None or not valid_day(found.year or 2000, month, day):
        return False
    found.month, found.day = month, day
    found.precision = Precision.DAY if day is not None else Precision.MONTH
    if at.suffix:
        return True
    if match.group("part") in MONTH_ENDS:
        return cues.verb_after or cues.opens_clause
    if day is not None:
        found.committed = scheduled_day(at, cues) or cues.timetable  # the time set for an action
        found.needs_schedule = found.committed and not scheduled_day(at, cues)  # a timetable row
        return found.committed
    return match.group("part") is None and cues.verb_after


def scheduled_day(at: Place, cues: Cues) -> bool:
    """A day introduced by 于 right before an action (``于6月12日公布录取结果``, ``学校于6月17日
    派发录取通知书``): the time set for it."""
    return (at.prefix == "于" and cues.scheduled) or cues.time_set


def _relative_month(
    found: Found, match: regex.Match[str], at: Place, anchor: dt.date | None, cues: Cues
) -> bool:
    found.year, found.month, found.precision = None, None, Precision.MONTH
    if anchor is not None:
        index = anchor.year * 12 + anchor.month - 1 + RELATIVE_MONTHS[match.group("word")]
        found.year, month_index = divmod(index, 12)
        found.month = month_index + 1
    return bool(at.suffix) or bool(match.group("part") and cues.verb_after)


def _half_year(found: Found, match: regex.Match[str], at: Place, anchor: dt.date | None, cues: Cues) -> bool:
    found.precision, found.month = Precision.HALF, half_month(match)
    return True


def _quarter(found: Found, match: regex.Match[str], at: Place, anchor: dt.date | None, cues: Cues) -> bool:
    found.precision, found.month = Precision.QUARTER, QUARTERS[match.group("quarter")] * 3
    return bool(at.suffix or match.group("qend") or cues.verb_after)


def _year_end(found: Found, match: regex.Match[str], at: Place, anchor: dt.date | None, cues: Cues) -> bool:
    if match.group("yend") == "年内":
        found.relation = Relation.WITHIN
        return True
    return bool(at.suffix or at.prefix or cues.verb_after)


def _full_year(found: Found, match: regex.Match[str], at: Place, anchor: dt.date | None, cues: Cues) -> bool:
    """``力争全年…增长10%``, ``全年开行3000列以上``: the whole of the plan's year, when 全年 follows
    力争/争取/确保, or opens its clause in a section about that year; not ``完成全年目标任务`` or
    ``全年的工作``."""
    found.relation = Relation.DURING
    if starts_with(cues.after, FULL_YEAR_NOUNS):
        return False
    if at.prefix in _COMMITTING_PREFIXES:
        return True
    found.needs_section = True  # a bare 全年 also opens the review of last year
    return cues.opens_clause


def _holiday(found: Found, match: regex.Match[str], at: Place, anchor: dt.date | None, cues: Cues) -> bool:
    """``“十一”前``, ``国庆节前``: before the holiday's date in the document's year."""
    name = match.group("name")
    if name in QUOTED_ONLY_HOLIDAYS and not (match.group("q1") and match.group("q2")):
        return False
    found.month, found.day = HOLIDAYS[name]
    found.precision = Precision.DAY
    return bool(at.suffix)


def read_month_range(
    ctx: Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None
) -> Found | None:
    """``本年5至8月``: months of the document's year."""
    month = number(match.group("month"))
    if month is None or not 1 <= month <= 12:
        return None
    start, end = match.span()
    found = Found(
        start,
        end,
        year=anchor_year,
        month=month,
        precision=Precision.MONTH,
        relative=True,
        anchor=anchor,
        yearless=True,
    )
    found.relation = Relation.DURING
    found.role = role(ctx, start, end, start, "", "", relative=True)
    return found
