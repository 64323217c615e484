"""The earliest year an undated document can be from: a floor below which deadlines are past.

From a planning period or a year range in its title (``…“十四五”规划`` → 2021,
``（2021—2035年）`` → 2021), else from the latest dated past event in its text
(``2020年7月，…联合印发了…`` → 2020) or the date opening its first sentence.
"""

from __future__ import annotations

import unicodedata

from policyparse.document import Document
from policyparse.grammar.dates import DATE, PERIOD, PLAN_ORDINAL, date_of
from policyparse.grammar.goals import PAST_EVENT, TITLE_RANGE
from policyparse.lexicon.periods import (
    MAX_YEAR,
    MIN_YEAR,
    PLAN_ORDINALS,
    PLANNING_PERIODS,
    QUOTED_ONLY_PERIODS,
)
from policyparse.models import Relation
from policyparse.stages.targets.deadlines import DeadlineRole, Scan

#: How far after a date its completed event is looked for.
_EVENT_WINDOW = 40
#: Roles of a dated past event.
_EVENT_ROLES = frozenset({DeadlineRole.DATE, DeadlineRole.STATUS, DeadlineRole.DEADLINE})


def title_floor(title: str) -> int | None:
    """First year of a planning period or a year range in a title: ``“十四五”规划`` → 2021."""
    title = unicodedata.normalize("NFKC", title)
    years = [int(m.group("first")) for m in TITLE_RANGE.finditer(title)]
    years += [
        PLANNING_PERIODS[m.group("name")][0]
        for m in PERIOD.finditer(title)
        if m.group("q1") or m.group("name") not in QUOTED_ONLY_PERIODS
    ]
    years += [PLANNING_PERIODS[PLAN_ORDINALS[m.group("ord")]][0] for m in PLAN_ORDINAL.finditer(title)]
    years = [year for year in years if MIN_YEAR <= year <= MAX_YEAR]
    return min(years) if years else None


def event_floor(norm: str, scans: list[tuple[int, int, Scan]]) -> int | None:
    """The latest year of a past event in the text: ``2020年7月17日，…组织召开了…``."""
    best: int | None = None
    for _, end, result in scans:
        for found in result.found:
            if found.year is None or found.relative or found.role not in _EVENT_ROLES:
                continue
            if found.role is not DeadlineRole.STATUS and found.relation is not Relation.AT:
                continue
            if PAST_EVENT.search(norm, found.end, min(end, found.end + _EVENT_WINDOW)) is None:
                continue
            if MIN_YEAR <= found.year <= MAX_YEAR and (best is None or found.year > best):
                best = found.year
    return best


def year_floor(doc: Document, scans: list[tuple[int, int, Scan]]) -> int | None:
    """The earliest year an undated document can be from, or ``None``.

    From a planning period or a year range in its title (``…“十四五”规划`` → 2021,
    ``（2021—2035年）`` → 2021), else from the latest dated past event in its text
    (``2020年7月，…联合印发了…`` → 2020). Used only to drop absolute deadlines already past;
    relative deadlines still need the document's real year.
    """
    meta = doc.metadata
    titles = [t for t in (meta.title, meta.transmitted_title) if t] if meta is not None else []
    floors = [year for t in titles if (year := title_floor(t)) is not None]
    if floors:
        return max(floors)
    years = [event_floor(doc.norm, scans), lead_year(doc)]
    return max((year for year in years if year is not None), default=None)


def lead_year(doc: Document) -> int | None:
    """The year of the full date opening the body's first sentence (``2016年3月18日，深圳市…``,
    a report's lead): the text tells what happened that day, so it is from that year or later."""
    start = doc.body_start
    while start < len(doc.norm) and doc.norm[start].isspace():
        start += 1
    m = DATE.match(doc.norm, start)
    if m is None or not doc.norm.startswith("，", m.end()):
        return None
    day = date_of(m)
    return day.year if day is not None and MIN_YEAR <= day.year <= MAX_YEAR else None
