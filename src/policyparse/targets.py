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

import datetime as dt
import unicodedata
from collections.abc import Iterator

import regex

from policyparse.deadlines import PERIOD, PLAN_ORDINAL, Found, Scan, scan, to_model
from policyparse.document import Document
from policyparse.indicators import find_indicators
from policyparse.lexicon.periods import (
    MAX_YEAR,
    MIN_YEAR,
    PAST_EVENT_VERBS,
    PAST_MARKERS,
    PLAN_ORDINALS,
    PLANNING_PERIODS,
    QUOTED_ONLY_PERIODS,
)
from policyparse.lexicon.units import ACTION_VERBS, COMMITMENT_WORDS, GOAL_VERBS, MODAL_FALSE_FRIENDS
from policyparse.models import DocumentKind, Heading, Precision, Relation, Target, TargetKind

DISPATCH_HEADER = regex.compile(
    r"(?:本报|新华社|人民网|中新社|中新网|新华网|央视网|央广网)[^，。；（\n]{0,20}?[电讯](?:（[^）\n]{0,30}）)?"
)
_MARKER_ONLY = regex.compile(r"[\d一二三四五六七八九十]{1,3}")
_HEADING_MARKER = regex.compile(r"[（(]?[\d一二三四五六七八九十]{1,3}[、.．）)]")
_HEADING_WORDS = ("目标", "任务", "安排", "计划", "规划", "方案", "工作")
_LIST_ANNOUNCEMENT = regex.compile(
    r"(?:(?:做好|抓好|以下|如下|[一二三四五六七八九十\d]{1,3}个?方面)[^，。；]{0,8}?(?:方面|工作|任务)[^，。；]{0,4}[：。]"
    r"|要求[是为]?：)$"
)
_WEAK_RELATIONS = (Relation.AT, Relation.DURING)
_FALSE_FRIENDS = regex.compile("|".join(MODAL_FALSE_FRIENDS))
_VERB_KIND = sorted(
    [(verb, TargetKind.GOAL) for verb in GOAL_VERBS] + [(verb, TargetKind.ACTION) for verb in ACTION_VERBS],
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_VERB_PATTERN = regex.compile("|".join(regex.escape(verb) for verb, _ in _VERB_KIND))
_KIND_OF = dict(_VERB_KIND)
_PAREN_LIMIT = 80
_CLAUSE_END = regex.compile(r"[，。；！？]")
#: How far after a clause-initial date a completed-action marker (了, 已) is looked for.
_PAST_WINDOW = 60
#: How many characters around the deadline the goal/action verb is looked for in.
_KIND_WINDOW = 12
_CLAUSE_MARKS = "，。；：！？"
_CLAUSE_END_MARK = regex.compile(f"[{_CLAUSE_MARKS}]")
#: A report's statement of its goals: ``经济社会发展的主要预期目标为：…``.
_GOAL_STATEMENT = regex.compile(r"主要(?:预期)?目标(?=是|为)")
#: A statement of goals' content commits to them: ``…工作的目标是：``.
_GOAL_CONTENT = regex.compile(r"目标(?:任务)?(?:是|为|包括)")
#: Roles of a time expression that, before a goal statement in its clause, give the goals' year
#: (``2026年经济社会发展主要预期目标是``, ``“十五五”发展的主要目标是``).
_GOAL_YEAR_ROLES = frozenset({"date", "name", "mention"})
_HEADING_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?=[ ]{0,2}年)")
#: A year range in a title: ``（2021—2035年）``, ``（2021 年-2035 年）``.
_TITLE_RANGE = regex.compile(
    r"(?<!\d)(?P<first>(?:19|20)\d{2})[ ]{0,2}年?[ ]{0,2}[—\-~－–至到]{1,2}[ ]{0,2}(?:19|20)\d{2}"
)
_PAST_EVENT_VERB = "|".join(PAST_EVENT_VERBS)
#: A completed event after a date: ``…组织召开了…``, ``…已印发…``.
_PAST_EVENT = regex.compile(rf"(?:{_PAST_EVENT_VERB})了|已经?(?:{_PAST_EVENT_VERB})")
#: How far after a date its completed event is looked for.
_EVENT_WINDOW = 40


def _leading_paren_end(norm: str, start: int, end: int) -> int | None:
    """End of a parenthetical that opens ``[start, end)`` and is followed by more text."""
    if norm[start] != "（":
        return None
    depth = 0
    for index in range(start, min(end, start + _PAREN_LIMIT)):
        if norm[index] == "（":
            depth += 1
        elif norm[index] == "）":
            depth -= 1
            if depth == 0:
                inner = norm[start + 1 : index]
                if _MARKER_ONLY.fullmatch(inner) or index + 1 >= end:
                    return None
                return index + 1
    return None


def sentences(doc: Document) -> Iterator[tuple[int, int]]:
    """Target sentences of the document as normalised spans.

    These are ``doc.all_sentences`` with a dispatch header cut off and a parenthetical note
    that opens a sentence (the note after the previous ``。``) made a sentence of its own.
    """
    norm = doc.norm
    for segment in doc.all_sentences:
        start, end = segment.start, segment.end
        if header := DISPATCH_HEADER.match(norm, start, end):
            yield start, header.end()
            start = header.end()
        while start < end and norm[start].isspace():
            start += 1
        if start >= end:
            continue
        if (paren_end := _leading_paren_end(norm, start, end)) is not None:
            yield start, paren_end
            start = paren_end
            while start < end and norm[start].isspace():
                start += 1
        if start < end:
            yield start, end


def _is_future(
    found: Found, anchor: dt.date | None, anchor_year: int | None, floor: int | None = None
) -> bool:
    """Not before the document's date: a goal for the document's own year counts.

    Without the document's year, an absolute deadline counts unless it is before ``floor``, the
    earliest year the document can be from (see :func:`year_floor`).
    """
    if found.year is None:
        return False
    if anchor is not None:
        last_day = found.last_day()
        return last_day is not None and last_day >= anchor
    if anchor_year is not None:
        return found.year >= anchor_year
    return not found.relative and (floor is None or found.year >= floor)


def _title_floor(title: str) -> int | None:
    """First year of a planning period or a year range in a title: ``“十四五”规划`` → 2021."""
    title = unicodedata.normalize("NFKC", title)
    years = [int(m.group("first")) for m in _TITLE_RANGE.finditer(title)]
    years += [
        PLANNING_PERIODS[m.group("name")][0]
        for m in PERIOD.finditer(title)
        if m.group("q1") or m.group("name") not in QUOTED_ONLY_PERIODS
    ]
    years += [PLANNING_PERIODS[PLAN_ORDINALS[m.group("ord")]][0] for m in PLAN_ORDINAL.finditer(title)]
    years = [year for year in years if MIN_YEAR <= year <= MAX_YEAR]
    return min(years) if years else None


def _event_floor(norm: str, scans: list[tuple[int, int, Scan]]) -> int | None:
    """The latest year of a past event in the text: ``2020年7月17日，…组织召开了…``."""
    best: int | None = None
    for _, end, result in scans:
        for found in result.found:
            if found.year is None or found.relative or found.role not in {"date", "status", "deadline"}:
                continue
            if found.role != "status" and found.relation is not Relation.AT:
                continue
            if _PAST_EVENT.search(norm, found.end, min(end, found.end + _EVENT_WINDOW)) is None:
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
    floors = [year for t in titles if (year := _title_floor(t)) is not None]
    if floors:
        return max(floors)
    return _event_floor(doc.norm, scans)


def _heading_like(doc: Document, start: int, end: int) -> bool:
    """A heading or a title-like line that states no goal or action (``“十五五”时期主要目标任务``)."""
    if _VERB_PATTERN.search(doc.norm, start, end):
        return False
    orig_start, orig_end = doc.span(start, end)
    for heading in doc.headings:
        if heading.start <= orig_start and orig_end <= heading.title_end + 1:
            return True
    text = doc.norm[start:end]
    if "，" in text or text[-1:] in {"。", "；", "！", "？", "："} or len(text) > 40:
        return False
    return bool(_HEADING_MARKER.match(text)) or any(word in text for word in _HEADING_WORDS)


def _commits(norm: str, start: int, end: int) -> bool:
    """The text states a goal or an action: a goal/action verb or a modal such as 要, 力争."""
    text = _FALSE_FRIENDS.sub("", norm[start:end])
    if _VERB_PATTERN.search(text) or _GOAL_CONTENT.search(text):
        return True
    return any(word in text for word in COMMITMENT_WORDS)


def _governed(norm: str, start: int, end: int, found: Found) -> tuple[int, int]:
    """The clause a time expression governs inside the sentence ``[start, end)``.

    Its own clause, and the next one too when the expression ends its clause
    (``“十三五”期间，…``) or the clause ends in ``：`` (``今年…主要预期目标是：…``).
    """
    lo = _clause_start(norm, start, found.start)
    hi = _clause_end(norm, found.end, end)
    if hi < end and (not norm[found.end : hi].strip() or norm[hi] == "："):
        hi = _clause_end(norm, hi + 1, end)
    return lo, hi


def _clause_start(norm: str, start: int, position: int) -> int:
    """Where the clause holding ``position`` starts (not before the sentence start ``start``)."""
    return max(start, max(norm.rfind(mark, start, position) for mark in _CLAUSE_MARKS) + 1)


def _clause_end(norm: str, start: int, end: int) -> int:
    match = _CLAUSE_END_MARK.search(norm, start, end)
    return match.start() if match else end


def _needs_commitment(found: Found) -> bool:
    """A bare year or period (``2000年，``, ``“十三五”期间``), a yearless date (``年内``) or a span
    from the document's year (``今后五年``) sets a deadline only for a goal or action in the
    clause it governs."""
    return (
        found.relation in _WEAK_RELATIONS
        or found.yearless
        or (found.relative and found.relation is Relation.WITHIN)
    )


def _past_event(norm: str, found: Found, end: int) -> bool:
    """A clause-initial date followed by a completed action reports the past: ``2019年，…印发了…``."""
    if found.relation is not Relation.AT or found.relative:
        return False
    limit = min(end, found.end + _PAST_WINDOW)
    clause_end = _CLAUSE_END.search(norm, found.end + 1, limit)
    window = norm[found.end : clause_end.start() if clause_end else limit]
    return any(marker in window for marker in PAST_MARKERS)


def _kind(norm: str, start: int, end: int, deadline: Found) -> TargetKind:
    """Goal or action from the first verb right after the deadline (else right before it)."""
    lo = deadline.end + 1 if norm[deadline.end : deadline.end + 1] == "，" else deadline.end
    for window_start, window_end in (
        (lo, min(end, lo + _KIND_WINDOW)),
        (max(start, deadline.start - _KIND_WINDOW), deadline.start),
    ):
        if match := _VERB_PATTERN.search(norm, window_start, window_end):
            return _KIND_OF[match.group()]
    return TargetKind.ACTION if deadline.relation is Relation.BEFORE else TargetKind.GOAL


def _report(doc: Document, problems: list[tuple[str, int, int, dict[str, object]]]) -> None:
    for code, start, end, fields in problems:
        orig_start, orig_end = doc.span(start, end)
        doc.diagnostics.add(code, start=orig_start, end=orig_end, **fields)


def _target(doc: Document, start: int, end: int, found: list[Found], future: list[Found]) -> Target:
    """The target of a sentence whose ``future`` deadlines are known to be target-worthy."""
    norm = doc.norm
    first = min(future, key=lambda f: f.start)
    lead_end = first.start
    while lead_end > start and norm[lead_end - 1].isspace():
        lead_end -= 1
    if lead_end > start and norm[lead_end - 1] == "：":
        start = first.start
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
        kind=_kind(norm, start, end, first),
        heading=heading.id if heading is not None else None,
        indicators=find_indicators(doc, start, end, exclude=[(f.start, f.end) for f in found]),
    )


def _heading_year(doc: Document, orig_start: int) -> int | None:
    """The one year the sections around an offset are about (``三、2026年重点工作`` → 2026).

    Innermost heading first; a heading naming several years (``“十四五”…和“十五五”…``) is skipped.
    """
    enclosing = [h for h in doc.headings if h.start <= orig_start < h.section_end]
    for heading in sorted(enclosing, key=lambda h: h.level, reverse=True):
        years = _years_named(heading)
        if len(years) == 1:
            return years.pop()
    return None


def _years_named(heading: Heading) -> set[int]:
    title = unicodedata.normalize("NFKC", heading.title)
    years = {int(m.group()) for m in _HEADING_YEAR.finditer(title)}
    years |= {
        PLANNING_PERIODS[m.group("name")][1]
        for m in PERIOD.finditer(title)
        if m.group("name") not in QUOTED_ONLY_PERIODS or m.group("q1")
    }
    return {year for year in years if MIN_YEAR <= year <= MAX_YEAR}


def _goal_statement(doc: Document, start: int, end: int, found: list[Found]) -> Found | None:
    """A report's goal statement without a deadline (``经济社会发展的主要预期目标为：…``).

    Its year is that of a time expression before it in its clause (``2026年…``, ``“十五五”发展的…``),
    else the year of the enclosing heading (``三、2026年重点工作``), else the document's year.
    """
    norm = doc.norm
    match = _GOAL_STATEMENT.search(norm, start, end)
    if match is None:
        return None
    clause_start = _clause_start(norm, start, match.start())
    named = [
        f
        for f in found
        if f.role in _GOAL_YEAR_ROLES
        and f.year is not None
        and clause_start <= f.start
        and f.end <= match.start()
    ]
    goal = Found(match.start(), match.end(), year=None, relation=Relation.AT, precision=Precision.YEAR)
    if named:
        goal.year = max(f.year for f in named if f.year is not None)
    elif (year := _heading_year(doc, doc.span(match.start(), match.end())[0])) is not None:
        goal.year = year
    elif doc.anchor_year is not None:
        goal.year, goal.relative, goal.anchor = doc.anchor_year, True, doc.anchor
    return goal if goal.year is not None else None


def extract_targets(doc: Document) -> list[Target]:
    """Every target sentence of the document, in order."""
    anchor, anchor_year = doc.anchor, doc.anchor_year
    rules = doc.kind is DocumentKind.RULES
    norm = doc.norm
    scans = [
        (start, end, scan(norm, start, end, anchor=anchor, anchor_year=anchor_year))
        for start, end in sentences(doc)
    ]
    floor = year_floor(doc, scans) if anchor_year is None else None
    out: list[Target] = []
    for start, end, result in scans:
        _report(doc, result.problems)
        found = result.found
        deadlines = [f for f in found if f.is_deadline and not (rules and f.relative)]
        for item in deadlines:
            if item.year is None and item.relative:
                orig_start, orig_end = doc.span(item.start, item.end)
                doc.diagnostics.add(
                    "I304", start=orig_start, end=orig_end, text=doc.surface(item.start, item.end)
                )
        if not deadlines and doc.kind is DocumentKind.REPORT:
            goal = _goal_statement(doc, start, end, found)
            if goal is not None:
                deadlines = [goal]
                found = sorted([*found, goal], key=lambda f: f.start)
        deadlines = [
            f
            for f in deadlines
            if _is_future(f, anchor, anchor_year, floor) and not _past_event(norm, f, end)
        ]
        deadlines = [
            f
            for f in deadlines
            if not _needs_commitment(f) or _commits(norm, *_governed(norm, start, end, f))
        ]
        if not deadlines or _heading_like(doc, start, end):
            continue
        if _LIST_ANNOUNCEMENT.search(norm, start, end):
            continue
        out.append(_target(doc, start, end, found, deadlines))
    return out
