"""Whether a sentence with a deadline is a target: future, committed, not a heading or a list's lead.

A sentence is a target when it holds a deadline not before the document's date whose clause
states a goal or an action. A bare year or period, a yearless date and ``今后五年`` count only
for a goal or action in the clause they govern; a clause-initial date followed by a completed
action reports the past.
"""

from __future__ import annotations

import datetime as dt

from policyparse.document import Document
from policyparse.grammar.goals import (
    CLAUSE_OR_LEAD_END,
    GOAL_CONTENT,
    MODAL_FALSE_FRIEND,
    MODAL_PREDICATE,
    VERB,
)
from policyparse.grammar.markers import match_marker
from policyparse.grammar.text import CLAUSE_MARKS
from policyparse.lexicon.units import ACTION_VERBS, COMMITMENT_WORDS, GOAL_VERBS
from policyparse.models import MetadataField, Relation, TargetKind
from policyparse.stages.targets.deadlines import Found
from policyparse.stages.targets.indicators import scan_quantities
from policyparse.stages.targets.sections import section_index

#: Comparators that report an amount rather than set a goal value (``约3亿元``, ``累计完成…``).
_NOT_GOAL_COMPARATORS = frozenset({"约", "累计", "达"})
_HEADING_WORDS = ("目标", "任务", "安排", "计划", "规划", "方案", "工作")
_WEAK_RELATIONS = (Relation.AT, Relation.DURING)
_VERB_KIND = sorted(
    [(verb, TargetKind.GOAL) for verb in GOAL_VERBS] + [(verb, TargetKind.ACTION) for verb in ACTION_VERBS],
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_KIND_OF = dict(_VERB_KIND)
#: How many characters around the deadline the goal/action verb is looked for in.
_KIND_WINDOW = 12


def is_future(
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


def is_title(doc: Document, start: int, end: int) -> bool:
    """The document's own title (``2026年吉林省政府工作报告``) or the one it transmits, where it is
    printed or repeated, spaced or not (``天津市2023 年优化营商环境责任清单``)."""
    meta = doc.metadata
    if meta is None:
        return False
    orig_start, orig_end = doc.span(start, end)
    for element in meta.elements:
        if element.field is MetadataField.TITLE and element.start <= orig_start and orig_end <= element.end:
            return True
    text = "".join(doc.surface(start, end).rstrip("。；").split())  # 2023 年 in text from a PDF
    return bool(text) and text in {
        "".join(title.split()) for title in (meta.title, meta.transmitted_title) if title
    }


def heading_like(doc: Document, start: int, end: int) -> bool:
    """A heading or a title-like line that states no goal or action (``“十五五”时期主要目标任务``),
    or the document's own title."""
    if is_title(doc, start, end):
        return True
    if VERB.search(doc.norm, start, end):
        return False
    if section_index(doc).in_title(*doc.span(start, end)):
        return True
    text = doc.norm[start:end]
    if "，" in text or text[-1:] in {"。", "；", "！", "？", "："} or len(text) > 40:
        return False
    return match_marker(text, 0) is not None or any(word in text for word in _HEADING_WORDS)


def commits(norm: str, start: int, end: int) -> bool:
    """The text states a goal or an action: a goal/action verb, a modal such as 要, 力争 (or one
    governing a verb, :data:`~policyparse.grammar.goals.MODAL_PREDICATE`), or a
    goal value (a quantity with a comparator: ``新建管网20公里以上``, ``至少3个``)."""
    text = MODAL_FALSE_FRIEND.sub("", norm[start:end])
    if VERB.search(text) or GOAL_CONTENT.search(text) or MODAL_PREDICATE.search(text):
        return True
    if any(word in text for word in COMMITMENT_WORDS):
        return True
    quantities, _ = scan_quantities(norm, start, end)
    return any(q.comparator is not None and q.comparator not in _NOT_GOAL_COMPARATORS for q in quantities)


def governed(norm: str, start: int, end: int, found: Found) -> tuple[int, int]:
    """The clause a time expression governs inside the sentence ``[start, end)``.

    Its own clause, and the next one too when the expression ends its clause
    (``“十三五”期间，…``) or the clause ends in ``：`` (``今年…主要预期目标是：…``).
    """
    lo = clause_start(norm, start, found.start)
    hi = clause_end(norm, found.end, end)
    if hi < end and (not norm[found.end : hi].strip() or norm[hi] == "："):
        hi = clause_end(norm, hi + 1, end)
    return lo, hi


def clause_start(norm: str, start: int, position: int) -> int:
    """Where the clause holding ``position`` starts (not before the sentence start ``start``)."""
    return max(start, max(norm.rfind(mark, start, position) for mark in CLAUSE_MARKS) + 1)


def clause_end(norm: str, start: int, end: int) -> int:
    match = CLAUSE_OR_LEAD_END.search(norm, start, end)
    return match.start() if match else end


def needs_commitment(found: Found) -> bool:
    """A bare year or period (``2000年，``, ``“十三五”期间``), a yearless date (``年内``) or a span
    from the document's year (``今后五年``) sets a deadline only for a goal or action in the
    clause it governs. A duration that is itself a commitment (``用3年时间，…``) needs none."""
    if found.committed:
        return False
    if found.yearless and found.relation is Relation.BEFORE and found.day is not None:
        return False  # 于8月20日前报…: a dated limit for an action is a commitment itself
    return (
        found.relation in _WEAK_RELATIONS
        or found.yearless
        or (found.relative and found.relation is Relation.WITHIN)
    )


def kind_of(norm: str, start: int, end: int, deadline: Found) -> TargetKind:
    """Goal or action from the first verb right after the deadline (else right before it)."""
    lo = deadline.end + 1 if norm[deadline.end : deadline.end + 1] == "，" else deadline.end
    for window_start, window_end in (
        (lo, min(end, lo + _KIND_WINDOW)),
        (max(start, deadline.start - _KIND_WINDOW), deadline.start),
    ):
        if match := VERB.search(norm, window_start, window_end):
            return _KIND_OF[match.group()]
    return TargetKind.ACTION if deadline.relation is Relation.BEFORE else TargetKind.GOAL
