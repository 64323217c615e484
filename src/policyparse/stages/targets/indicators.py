"""Quantitative indicators inside targets: a number, its unit, comparator and metric.

``常住人口城镇化率达到69%`` gives value 69, unit ``%``, comparator ``达到``, metric
``常住人口城镇化率``. ``万``/``亿`` fold into the value (``1000亿斤`` → 1e11, unit ``斤``);
a rate keeps its whole unit as written (``28万立方米/小时`` → 280000, ``立方米/小时``;
``0.6人/百亿元``; ``160立方米每秒``),
Chinese numerals are read (``十个县`` → 10 ``个``). Not indicators: years and dates (they are
deadlines), ordinals (``第一``), document numbers (``国发〔2017〕35号``), numbers inside names
(``《…》``, ``“十四五”``, ``5G``, ``PM2.5``), bare ``千兆``/``百兆``, articles (``一批``, ``一套``),
scopes (``两侧500米范围内``) and numbers without a unit.

Examples:
    >>> [(i.value, i.unit, i.comparator) for i in parse_indicators("城镇调查失业率控制在5.5%左右")]
    [(5.5, '%', '左右')]
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from policyparse.document import Document
from policyparse.grammar.goals import NUMERAL, VERB
from policyparse.grammar.numerals import cn_to_int, parse_number
from policyparse.grammar.quantities import (
    CLAUSE_BREAK,
    LEAD_WORDS,
    NAME_AFTER,
    QUANTITY,
    RANGE_GAP,
    STATUS_WORD,
)
from policyparse.lexicon.numerals import DIGITS, LARGE_UNITS
from policyparse.lexicon.units import (
    ARTICLE_UNITS,
    COMPARATORS_AFTER,
    COMPARATORS_BEFORE,
    COUNTED_BODIES,
    SCOPE_AFTER,
    SCOPE_BEFORE,
)
from policyparse.models import Indicator

_BEFORE_COMPARATORS = tuple(sorted(COMPARATORS_BEFORE, key=len, reverse=True))
_AFTER_COMPARATORS = tuple(sorted(COMPARATORS_AFTER, key=len, reverse=True))
#: Chinese numerals that alone are words, not counts: 千兆 (gigabit), 百兆, 一批.
_BARE_WORD_NUMERALS = frozenset({"百", "千"})


@dataclass(slots=True)
class Quantity:
    """A quantity found in a string, with offsets into it."""

    start: int
    end: int
    value: float
    unit: str
    unit_start: int
    raw_value: str
    comparator: str | None
    metric_start: int
    metric_end: int
    text_start: int
    text_end: int

    def metric(self, text: str) -> str | None:
        """What is measured: the clause before the comparator, or ``None``."""
        return text[self.metric_start : self.metric_end].strip() or None


class _Spans:
    """Sorted, non-overlapping spans with logarithmic lookups."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.ends = [end for _, end in ordered]
        #: No two spans overlap (the deadlines of a sentence never do): :meth:`overlaps` is exact.
        self.disjoint = all(end <= start for end, start in zip(self.ends, self.starts[1:], strict=False))

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def last_end_before(self, offset: int) -> int:
        """The end of the last span that ends at or before ``offset`` (0 if none)."""
        index = bisect.bisect_right(self.starts, offset) - 1
        while index >= 0 and self.ends[index] > offset:
            index -= 1
        return self.ends[index] if index >= 0 else 0


def _numeral_outside(text: str, lo: int, hi: int, spans: _Spans) -> bool:
    """Whether ``text[lo:hi]`` holds a :data:`~policyparse.grammar.goals.NUMERAL` outside the
    spans. Every quantity holds one, so without one every match of the quantity pattern overlaps
    a span and is skipped: the scan can be left out (a sentence whose only number is its
    deadline's year). With overlapping spans the answer is ``True`` (not known)."""
    if not spans.disjoint:
        return True
    position = lo
    for start, end in zip(spans.starts, spans.ends, strict=True):
        if start > position and NUMERAL.search(text, position, min(start, hi)) is not None:
            return True
        position = max(position, end)
        if position >= hi:
            return False
    return NUMERAL.search(text, position, hi) is not None


def _number(raw: str) -> float | None:
    """``3541.07万`` and ``百分之二点五``'s ``二点五``: Arabic or Chinese, with a Chinese decimal point;
    ``半`` (of ``半个月``) is 0.5."""
    if raw == "半":
        return 0.5
    if "点" not in raw:
        return parse_number(raw)
    whole, _, rest = raw.partition("点")
    multiplier = 1
    while rest and rest[-1] in LARGE_UNITS:
        multiplier *= LARGE_UNITS[rest[-1]]
        rest = rest[:-1]
    integer = cn_to_int(whole) if whole else 0
    if integer is None or not rest or any(ch not in DIGITS for ch in rest):
        return None
    fraction = float("0." + "".join(str(DIGITS[ch]) for ch in rest))
    return (integer + fraction) * multiplier


def _inside_marks(text: str, lo: int, index: int, opening: str, closing: str) -> bool:
    window = text[max(lo, index - 80) : index]
    return window.rfind(opening) > window.rfind(closing)


def _excluded(text: str, lo: int, hi: int, start: int, end: int, unit: str, raw: str) -> bool:
    before = text[max(lo, start - 2) : start]
    after = text[end : min(hi, end + 3)]
    if _in_name(text, lo, start) or after[:1] in {"〕", "号"}:
        return True
    if _scope(before, after, unit):
        return True
    if unit in {"日", "号"} and (before.endswith("月") or _window_end(text, lo, start)):
        return True  # 6月7日, the 22日 of 5月21日至22日: dates
    if raw in _BARE_WORD_NUMERALS:
        return True
    return raw == "一" and unit in ARTICLE_UNITS


def _scope(before: str, after: str, unit: str) -> bool:
    """A scope, a rank, a baseline, a term (:data:`SCOPE_BEFORE`, :data:`SCOPE_AFTER`), a Latin
    word's number, or the bodies a count closing a list counts (``交通运输部等11个部门``)."""
    if any(before.endswith(word) for word in SCOPE_BEFORE) or any(
        after.startswith(word) for word in SCOPE_AFTER
    ):
        return True
    if after[:1].isascii() and after[:1].isalpha():
        return True
    return before.endswith("等") and (unit + after).lstrip("个家").startswith(COUNTED_BODIES)


def _in_name(text: str, lo: int, start: int) -> bool:
    """Inside 《》, “” or 〔〕: a title, a quoted name, a 文号's year."""
    return any(
        _inside_marks(text, lo, start, opening, closing) for opening, closing in ("《》", "“”", "〔〕")
    )


def _window_end(text: str, lo: int, start: int) -> bool:
    """A day that ends a window of dates (``5月21日至22日``, ``8月25日、26日``)."""
    before = text[max(lo, start - 8) : start]
    return before[-1:] in {"至", "到", "—", "-", "~", "、"} and before[:-1].endswith("日")


def _comparators(text: str, lo: int, hi: int, start: int, end: int) -> tuple[str | None, str | None, int]:
    """The comparator before the number, the one after the unit, and where the quantity ends."""
    before = text[max(lo, start - 4) : start]
    after = text[end : min(hi, end + 3)]
    leading = next((word for word in _BEFORE_COMPARATORS if before.endswith(word)), None)
    trailing = next((word for word in _AFTER_COMPARATORS if after.startswith(word)), None)
    return leading, trailing, end + (len(trailing) if trailing else 0)


def scan_quantities(
    text: str, start: int = 0, end: int | None = None, *, exclude: list[tuple[int, int]] | None = None
) -> tuple[list[Quantity], list[tuple[int, int, str]]]:
    """Quantities in ``text[start:end]`` outside the ``exclude`` spans, and glued numbers seen.

    The second list holds ``(start, end, text)`` of numbers glued to further digits
    (``3541.07万元2``): they are reported, not read.
    """
    hi = len(text) if end is None else min(end, len(text))
    lo = max(0, start)
    spans = _Spans(exclude or [])
    out: list[Quantity] = []
    glued: list[tuple[int, int, str]] = []
    if not _numeral_outside(text, lo, hi, spans):
        return out, glued
    for match in QUANTITY.finditer(text, lo, hi):
        q_start, q_end = match.span()
        if spans.overlaps(q_start, q_end):
            continue
        if q_end < hi and text[q_end].isdigit() and not _counted_pair(text, match, hi):
            glued.append((q_start, q_end + 1, text[q_start : q_end + 1]))
            continue
        quantity = _quantity(text, lo, hi, match, spans)
        if quantity is not None:
            out.append(quantity)
    return _merge_ranges(text, out), glued


def _counted_pair(text: str, match: regex.Match[str], hi: int) -> bool:
    """Digits right after a quantity that are no glued number: a name (``5G``) or a second count
    with its own unit right after a whole count (``搬迁2294户7644人``: households and people; not
    ``3541.07万元2项``, an amount and a stray digit of the next cell)."""
    q_end = match.end()
    if NAME_AFTER.match(text, q_end, min(hi, q_end + 8)):
        return True
    if not match.group("unit") or "." in text[match.start() : match.start("unit")]:
        return False
    following = QUANTITY.match(text, q_end, hi)
    return following is not None and bool(following.group("unit"))


def _quantity(text: str, lo: int, hi: int, match: regex.Match[str], spans: _Spans) -> Quantity | None:
    """The quantity a match reads, with its comparator and the clause that names its metric."""
    q_start, q_end = match.span()
    unit = "%" if match.group("pct") else match.group("unit") or ""
    raw = match.group("pct") or match.group("num") or match.group("low") or match.group("bare")
    unit_start = match.start("unit") if match.group("unit") else q_end
    raw_value = text[q_start:unit_start].strip() if match.group("unit") else raw
    if _excluded(text, lo, hi, q_start, q_end, unit, raw):
        return None
    value = _number(raw)
    if value is None:
        return None
    leading, trailing, phrase_end = _comparators(text, lo, hi, q_start, q_end)
    breaks = list(CLAUSE_BREAK.finditer(text, max(lo, q_start - 40), q_start))
    clause_start = breaks[-1].end() if breaks else max(lo, q_start - 40)
    clause_start = max(clause_start, spans.last_end_before(q_start))
    if _status(text, clause_start, q_start):
        return None
    metric_end = q_start - (len(leading) if leading else 0)
    lead = LEAD_WORDS.match(text, clause_start, metric_end)
    metric_start = lead.end() if lead else clause_start
    return Quantity(
        start=q_start,
        end=q_end,
        value=value,
        unit=unit,
        unit_start=unit_start,
        raw_value=raw_value,
        comparator=trailing or leading,
        metric_start=metric_start,
        metric_end=max(metric_start, metric_end),
        text_start=clause_start,
        text_end=phrase_end,
    )


def _status(text: str, clause_start: int, q_start: int) -> bool:
    """A status word opens the quantity's clause part and no goal or action verb follows it before
    the quantity (``现有1300多项事项``; not ``现有床位入住率达到60%``): a present value."""
    status = STATUS_WORD.search(text, clause_start, q_start)  # the last one
    return status is not None and VERB.search(text, status.end(), q_start) is None


def _merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``增长5%—5.5%``: two quantities of one unit joined by a dash are one range (upper bound)."""
    out: list[Quantity] = []
    for quantity in quantities:
        if out and out[-1].unit == quantity.unit and RANGE_GAP.fullmatch(text, out[-1].end, quantity.start):
            low = out[-1]
            quantity.raw_value = text[low.start : quantity.unit_start].strip()
            quantity.start, quantity.text_start = low.start, low.text_start
            quantity.metric_start, quantity.metric_end = low.metric_start, low.metric_end
            quantity.comparator = quantity.comparator or low.comparator
            out[-1] = quantity
            continue
        out.append(quantity)
    return out


def parse_indicators(text: str) -> list[Indicator]:
    """The indicators in a string (normalised form); offsets are indices into ``text``.

    Examples:
        >>> [(i.value, i.unit) for i in parse_indicators("不少于100亿元，300万人次")]
        [(10000000000.0, '元'), (3000000.0, '人次')]
    """
    quantities, _ = scan_quantities(text)
    return [
        Indicator(
            text=text[q.text_start : q.text_end].strip(),
            start=q.text_start,
            end=q.text_end,
            value=q.value,
            unit=q.unit or None,
            raw_value=q.raw_value,
            metric=q.metric(text),
            comparator=q.comparator,
        )
        for q in quantities
    ]


def _unit_as_written(doc: Document, quantity: Quantity) -> str | None:
    """The unit in the document's own script; ``%`` and ``‰`` as such, ``None`` when unknown."""
    if not quantity.unit:
        return None
    if quantity.unit in {"%", "‰"}:
        return quantity.unit
    return doc.surface(quantity.unit_start, quantity.end) or quantity.unit


def find_indicators(
    doc: Document, start: int, end: int, *, exclude: list[tuple[int, int]] | None = None
) -> list[Indicator]:
    """The indicators in the normalised span ``[start, end)`` of ``doc``, with input offsets.

    ``exclude`` lists normalised spans to skip (the deadlines of the sentence). Numbers glued
    to further digits are reported as W303 and not read. The unit, metric and text are in the
    document's own script.
    """
    quantities, glued = scan_quantities(doc.norm, start, end, exclude=exclude)
    for g_start, g_end, g_text in glued:
        orig_start, orig_end = doc.span(g_start, g_end)
        doc.diagnostics.add("W303", start=orig_start, end=orig_end, text=g_text)
    out: list[Indicator] = []
    for q in quantities:
        orig_start, orig_end = doc.span(q.text_start, q.text_end)
        out.append(
            Indicator(
                text=doc.surface(q.text_start, q.text_end),
                start=orig_start,
                end=orig_end,
                value=q.value,
                unit=_unit_as_written(doc, q),
                raw_value=doc.surface(q.start, q.unit_start) or q.raw_value,
                metric=doc.surface(q.metric_start, q.metric_end) or None,
                comparator=q.comparator,
            )
        )
    return out
