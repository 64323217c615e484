"""Dated targets: sentences that tie an outcome or an action to a future deadline.

One target per sentence (a sentence ends at ``。；！？`` or a line end). A sentence is a target
when it holds a deadline (see :mod:`policyparse.deadlines`) that is not before the document's
date; its ``deadline`` is the latest such one. Left out: start dates, status dates, recurring
and validity dates, forecasts, names, sentences that only mention goals, heading lines, and
relative deadlines when the document's year is unknown (diagnostic I304). A bare year or
period, a yearless date and ``今后五年`` count only for a goal or action in the clause they
govern. A report's goal statement without a time word (``经济社会发展的主要预期目标为：…``) takes
the year of its clause, its heading or the document. An undated document gets a year floor from
its title or its latest dated past event, below which absolute deadlines are past. A report's dispatch
header (``本报北京1月6日电（记者…）``) and a parenthetical note opening a sentence are cut off
as sentences of their own; a lead ending in ``：`` right before the deadline is not part of
the target text.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from policyparse.document import Document
from policyparse.grammar.dates import TRIGGER
from policyparse.grammar.goals import LIST_ANNOUNCEMENT
from policyparse.models import DocumentKind, Target
from policyparse.stages.targets.deadlines import DeadlineRole, Found, Scan, scan, to_model
from policyparse.stages.targets.floor import year_floor
from policyparse.stages.targets.goals import goal_statement, may_state_goals
from policyparse.stages.targets.indicators import find_indicators
from policyparse.stages.targets.judge import (
    commits,
    governed,
    heading_like,
    is_future,
    kind_of,
    needs_commitment,
)
from policyparse.stages.targets.sections import in_review, in_schedule, inferred_year, section_year
from policyparse.stages.targets.sentences import sentences, text_start

__all__ = ["extract_targets", "sentences"]


def _report(doc: Document, problems: list[tuple[str, int, int, dict[str, object]]]) -> None:
    for code, start, end, fields in problems:
        orig_start, orig_end = doc.span(start, end)
        doc.diagnostics.add(code, start=orig_start, end=orig_end, **fields)


def _target(doc: Document, start: int, end: int, found: list[Found], future: list[Found]) -> Target:
    """The target of a sentence whose ``future`` deadlines are known to be target-worthy."""
    norm = doc.norm
    first = min(future, key=lambda f: f.start)
    start = text_start(norm, start, first.start)
    best = max(future, key=lambda f: (f.year or 0, f.last_day() or dt.date.min, f.start))
    every = [f for f in found if f.is_deadline and f.start >= start]
    models = []
    for item in every:
        orig_start, orig_end = doc.span(item.start, item.end)
        models.append(to_model(item, doc.surface(item.start, item.end), orig_start, orig_end))
    orig_start, orig_end = doc.span(start, end)
    heading = doc.section_of(orig_start)
    return Target(
        text=doc.surface(start, end),
        start=orig_start,
        end=orig_end,
        deadline=models[every.index(best)],
        deadlines=models,
        kind=kind_of(norm, start, end, first),
        heading=heading.id if heading is not None else None,
        indicators=find_indicators(doc, start, end, exclude=[(f.start, f.end) for f in found]),
    )


@dataclass(frozen=True, slots=True)
class Dating:
    """What the document's deadlines are judged against: its date, its year (the 成文日期's,
    the 发文字号's, else one its title or a plan heading names), and for an undated document
    the year floor below which absolute deadlines are past."""

    anchor: dt.date | None
    year: int | None
    floor: int | None = None


def extract_targets(doc: Document) -> list[Target]:
    """Every target sentence of the document, in order."""
    anchor = doc.anchor
    year = doc.anchor_year if doc.anchor_year is not None else inferred_year(doc)
    # only sentences with a time expression or a problem can give a target, except in a
    # report, where a goal statement without a time word can (see _sentence_deadlines); the
    # others are not kept (an empty scan per sentence took about 7 bytes per input character)
    scans = _scans(doc, anchor, year, every=doc.kind is DocumentKind.REPORT)
    dating = Dating(anchor, year, year_floor(doc, scans) if year is None else None)
    out: list[Target] = []
    for start, end, result in scans:
        _report(doc, result.problems)
        place_in_sections(doc, result.found)
        found, deadlines = _sentence_deadlines(doc, start, end, result.found, dating)
        deadlines = [f for f in deadlines if _target_worthy(doc, start, end, f, dating)]
        if (
            deadlines
            and (any(f.phase for f in deadlines) or not heading_like(doc, start, end))
            and not LIST_ANNOUNCEMENT.search(doc.norm, start, end)
        ):
            out.append(_target(doc, start, end, found, deadlines))
    return out


def _scans(
    doc: Document, anchor: dt.date | None, year: int | None, *, every: bool
) -> list[tuple[int, int, Scan]]:
    """The scan of each sentence that found a time expression or a problem, and with ``every``
    (a report) of each sentence that can state the report's goals without a time word.

    A sentence holding no :data:`~policyparse.grammar.dates.TRIGGER` character scans empty; the
    positions of those characters are found once for the whole text (one character each, no
    look-around: the same as a search per sentence), so such a sentence is not scanned at all.
    A sentence with an empty scan gives a target only as a goal statement
    (:func:`~policyparse.stages.targets.goals.goal_statement`), which needs its word.
    """
    norm = doc.norm
    triggers = [m.start() for m in TRIGGER.finditer(norm)]
    out: list[tuple[int, int, Scan]] = []
    for start, end in sentences(doc):
        at = bisect.bisect_left(triggers, start)
        if at < len(triggers) and triggers[at] < end:
            result = scan(norm, start, end, anchor=anchor, anchor_year=year)
            if result.found or result.problems or (every and may_state_goals(norm, start, end)):
                out.append((start, end, result))
        elif every and may_state_goals(norm, start, end):
            out.append((start, end, Scan()))
    return out


def place_in_sections(doc: Document, found: list[Found]) -> None:
    """Deadlines in a review section (``一、2025年工作回顾``) report the past; a yearless one
    (``年底前``, ``全年``, ``11月``) takes the year its section is about (``三、2026年重点工作``), and
    a bare ``全年`` counts only in such a section."""
    for item in found:
        if not item.is_deadline:
            continue
        orig_start = doc.span(item.start, item.end)[0]
        if in_review(doc, orig_start) or (item.needs_schedule and not in_schedule(doc, orig_start)):
            item.role = DeadlineRole.DATE  # a past review, or a dated row outside a timetable
        elif item.yearless:
            year = section_year(doc, orig_start)
            if year is None and item.needs_section:
                item.role = DeadlineRole.DATE
            elif year is not None and year != item.year:
                item.year, item.relative, item.anchor = year, False, None


def _sentence_deadlines(
    doc: Document, start: int, end: int, found: list[Found], dating: Dating
) -> tuple[list[Found], list[Found]]:
    """The sentence's time expressions and its deadlines (a report's goal statement as one).

    Relative deadlines of rules are their own validity terms, not targets; those left
    unresolved for want of the document's date are reported (I304).
    """
    rules = doc.kind is DocumentKind.RULES
    deadlines = [f for f in found if f.is_deadline and not (rules and f.relative)]
    for item in deadlines:
        if item.year is None and item.relative:
            orig_start, orig_end = doc.span(item.start, item.end)
            doc.diagnostics.add(
                "I304", start=orig_start, end=orig_end, text=doc.surface(item.start, item.end)
            )
    if not deadlines and doc.kind is DocumentKind.REPORT:
        goal = goal_statement(doc, start, end, found, dating.year)
        if goal is not None:
            return sorted([*found, goal], key=lambda f: f.start), [goal]
    return found, deadlines


def _target_worthy(doc: Document, start: int, end: int, found: Found, dating: Dating) -> bool:
    """A deadline that is future and (if weak) governs a goal or an action."""
    norm = doc.norm
    if not is_future(found, dating.anchor, dating.year, dating.floor):
        return False
    return not needs_commitment(found) or commits(norm, *governed(norm, start, end, found))
