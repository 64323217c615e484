"""Dated targets: sentences that tie an outcome or an action to a future deadline.

One target per sentence (a sentence ends at ``。；！？`` or a line end). A sentence is a target
when it holds a deadline (see :mod:`policyparse.deadlines`) that is not before the document's
date; its ``deadline`` is the latest such one. Left out: start dates, status dates, recurring
and validity dates, forecasts, names, sentences that only mention goals, heading lines, and
relative deadlines when the document's year is unknown (diagnostic I304). A report's dispatch
header (``本报北京1月6日电（记者…）``) and a parenthetical note opening a sentence are cut off
as sentences of their own; a lead ending in ``：`` right before the deadline is not part of
the target text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from policyparse.deadlines import Found, scan, to_model
from policyparse.document import Document
from policyparse.indicators import find_indicators
from policyparse.lexicon.periods import PAST_MARKERS
from policyparse.lexicon.units import ACTION_VERBS, COMMITMENT_WORDS, GOAL_VERBS, MODAL_FALSE_FRIENDS
from policyparse.models import DocumentKind, Relation, Target, TargetKind

DISPATCH_HEADER = regex.compile(
    r"(?:本报|新华社|人民网|中新社|中新网|新华网|央视网|央广网)[^，。；（\n]{0,20}?[电讯](?:（[^）\n]{0,30}）)?"
)
_MARKER_ONLY = regex.compile(r"[\d一二三四五六七八九十]{1,3}")
_HEADING_MARKER = regex.compile(r"[（(]?[\d一二三四五六七八九十]{1,3}[、.．）)]")
_HEADING_WORDS = ("目标", "任务", "安排", "计划", "规划", "方案", "工作")
_LIST_ANNOUNCEMENT = regex.compile(
    r"(?:(?:做好|抓好|以下|如下)[^，。；]{0,8}?(?:方面|工作|任务)[^，。；]{0,4}[：。]|要求[是为]?：)$"
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


def _is_future(found: Found, anchor: dt.date | None, anchor_year: int | None) -> bool:
    """Not before the document's date: a goal for the document's own year counts."""
    if found.year is None:
        return False
    if anchor is not None:
        last_day = found.last_day()
        return last_day is not None and last_day >= anchor
    if anchor_year is not None:
        return found.year >= anchor_year
    return not found.relative


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
    """The sentence states a goal or an action: a goal/action verb or a modal such as 要, 力争."""
    text = _FALSE_FRIENDS.sub("", norm[start:end])
    return bool(_VERB_PATTERN.search(text)) or any(word in text for word in COMMITMENT_WORDS)


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


def extract_targets(doc: Document) -> list[Target]:
    """Every target sentence of the document, in order."""
    anchor, anchor_year = doc.anchor, doc.anchor_year
    rules = doc.kind is DocumentKind.RULES
    out: list[Target] = []
    for start, end in sentences(doc):
        result = scan(doc.norm, start, end, anchor=anchor, anchor_year=anchor_year)
        _report(doc, result.problems)
        deadlines = [f for f in result.found if f.is_deadline and not (rules and f.relative)]
        for item in deadlines:
            if item.year is None and item.relative:
                orig_start, orig_end = doc.span(item.start, item.end)
                doc.diagnostics.add(
                    "I304", start=orig_start, end=orig_end, text=doc.surface(item.start, item.end)
                )
        deadlines = [
            f for f in deadlines if _is_future(f, anchor, anchor_year) and not _past_event(doc.norm, f, end)
        ]
        if not deadlines or _heading_like(doc, start, end):
            continue
        if _LIST_ANNOUNCEMENT.search(doc.norm, start, end):
            continue
        if all(f.relation in _WEAK_RELATIONS for f in deadlines) and not _commits(doc.norm, start, end):
            continue
        out.append(_target(doc, start, end, result.found, deadlines))
    return out
