"""A report's statement of its goals without a deadline word (``经济社会发展的主要预期目标为：…``).

Its year is that of a time expression before it in its clause (``2026年…``, ``“十五五”发展的…``),
else the year of the enclosing heading (``三、2026年重点工作``), else the document's year.
"""

from __future__ import annotations

import unicodedata

from policyparse.document import Document
from policyparse.grammar.dates import PERIOD
from policyparse.grammar.goals import GOAL_STATEMENT, HEADING_YEAR
from policyparse.lexicon.periods import MAX_YEAR, MIN_YEAR, PLANNING_PERIODS, QUOTED_ONLY_PERIODS
from policyparse.models import Heading, Precision, Relation
from policyparse.stages.targets.deadlines import DeadlineRole, Found
from policyparse.stages.targets.judge import clause_start
from policyparse.stages.targets.sections import section_index

#: Roles of a time expression that, before a goal statement in its clause, give the goals' year
#: (``2026年经济社会发展主要预期目标是``, ``“十五五”发展的主要目标是``).
_GOAL_YEAR_ROLES = frozenset({DeadlineRole.DATE, DeadlineRole.NAME, DeadlineRole.MENTION})


def _heading_year(doc: Document, orig_start: int) -> int | None:
    """The one year the sections around an offset are about (``三、2026年重点工作`` → 2026).

    Innermost heading first; a heading naming several years (``“十四五”…和“十五五”…``) is skipped.
    """
    for heading in section_index(doc).enclosing(orig_start):
        years = _years_named(heading)
        if len(years) == 1:
            return years.pop()
    return None


def _years_named(heading: Heading) -> set[int]:
    title = unicodedata.normalize("NFKC", heading.title)
    years = {int(m.group()) for m in HEADING_YEAR.finditer(title)}
    years |= {
        PLANNING_PERIODS[m.group("name")][1]
        for m in PERIOD.finditer(title)
        if m.group("name") not in QUOTED_ONLY_PERIODS or m.group("q1")
    }
    return {year for year in years if MIN_YEAR <= year <= MAX_YEAR}


#: Every goal statement holds this word (see :data:`~policyparse.grammar.goals.GOAL_STATEMENT`).
_STATEMENT_WORD = "主要"


def may_state_goals(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` can hold a goal statement: it has the word every one holds
    (most sentences do not, and need no search)."""
    return norm.find(_STATEMENT_WORD, start, end) >= 0


def goal_statement(
    doc: Document, start: int, end: int, found: list[Found], document_year: int | None = None
) -> Found | None:
    """A report's goal statement without a deadline (``经济社会发展的主要预期目标为：…``).

    Its year is that of a time expression before it in its clause (``2026年…``, ``“十五五”发展的…``),
    else the year of the enclosing heading (``三、2026年重点工作``), else the document's year
    (``document_year``, default ``doc.anchor_year``).
    """
    norm = doc.norm
    if document_year is None:
        document_year = doc.anchor_year
    if not may_state_goals(norm, start, end):
        return None
    match = GOAL_STATEMENT.search(norm, start, end)
    if match is None:
        return None
    clause_begins = clause_start(norm, start, match.start())
    named = [
        f
        for f in found
        if f.role in _GOAL_YEAR_ROLES
        and f.year is not None
        and clause_begins <= f.start
        and f.end <= match.start()
    ]
    goal = Found(match.start(), match.end(), year=None, relation=Relation.AT, precision=Precision.YEAR)
    if named:
        goal.year = max(f.year for f in named if f.year is not None)
    elif (year := _heading_year(doc, doc.span(match.start(), match.end())[0])) is not None:
        goal.year = year
    elif document_year is not None:
        goal.year, goal.relative, goal.anchor = document_year, True, doc.anchor
    return goal if goal.year is not None else None
