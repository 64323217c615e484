"""Quantities in targets: a number with its unit, as the indicator reader finds them.

``达到95%``, ``300万人次``, ``百分之二点五``, ``不少于100亿元`` and a bare number after a
comparator (``增长5``); the unit table and the comparators are data in
:mod:`policyparse.lexicon.units`, read by :mod:`policyparse.stages.targets.indicators`.

>>> QUANTITY.search("压缩至4个月以内").group("unit")
'个月'
>>> QUANTITY.search("分别减至1个月、半个月。").group()
'1个月'
"""

from __future__ import annotations

from policyparse.grammar._compile import REVERSE, alternation, pattern
from policyparse.lexicon.periods import HALF_UNITS, STATUS_WORDS
from policyparse.lexicon.units import (
    BARE_NUMBER_COMPARATORS,
    PER_MULTIPLIERS,
    PER_UNITS,
    PER_WORD_UNITS,
    RATE_ONLY_UNITS,
    UNITS,
)

#: Chinese numerals of a quantity (``十个县``, ``三千万``).
CN_NUMERALS = "零〇两一二三四五六七八九十百千"
_NUMBER = (
    rf"(?:\d{{1,12}}(?:\.\d{{1,6}})?|[{CN_NUMERALS}]{{1,8}}(?:点[零〇一二三四五六七八九]{{1,6}})?)"
    r"(?:万亿|千万|百万|万|亿)?"
)
_BARE_COMPARATORS = alternation(BARE_NUMBER_COMPARATORS)
#: ``/`` and a denominator (``/年``, ``/万人``), repeatable (``元/人/日``); or ``每`` and a time unit.
_PER = rf"(?:/(?:{alternation(PER_MULTIPLIERS)})?(?:{alternation(PER_UNITS)}))"
_PER_WORD = rf"(?:每(?:{alternation(PER_WORD_UNITS)}))"
#: A unit, kept whole when it is a rate: ``万立方米/小时`` is 10^4 × ``立方米/小时``.
_UNIT = rf"(?:{alternation(UNITS)})(?:{_PER}+|{_PER_WORD})?|(?:{alternation(RATE_ONLY_UNITS)})(?:{_PER}+|{_PER_WORD})"
#: ``半`` as a number: only before a unit of time (``半个月``), not ``一半``, ``半个世纪``.
_HALF = rf"(?<![{CN_NUMERALS}\d大多过])半(?=\s?(?:{alternation(HALF_UNITS)}))"
#: A number and its unit, a range of two (``5%—5.5%`` is read as two and merged), ``百分之…``,
#: or a bare number right after a comparator.
QUANTITY = pattern(
    rf"(?<![\dA-Za-z.])(?:百分之(?P<pct>{_NUMBER})"
    rf"|(?P<low>{_NUMBER}|{_HALF})\s?(?:[-—~至到]\s?)?(?P<num>(?<=[-—~至到]\s?){_NUMBER})?"
    rf"\s?(?P<unit>{_UNIT})"
    rf"|(?<=(?:{_BARE_COMPARATORS}))(?P<bare>\d{{1,12}}(?:\.\d{{1,6}})?(?:万亿|千万|百万|万|亿)?)"
    rf"(?![\d.年月日号%A-Za-z{CN_NUMERALS}]))"
)
#: A number glued to Latin letters (``5G``, ``PM2.5`` after a number): a name, not a quantity.
NAME_AFTER = pattern(r"\d{1,6}[A-Za-z]")
#: What joins the two ends of a range: ``5%—5.5%``.
RANGE_GAP = pattern(r"\s?[-—~至到]{1,2}\s?")
#: Where the clause holding a quantity starts.
CLAUSE_BREAK = pattern(r"[，、；：。！？\n]")
#: Words that open a clause without naming what is measured (``并``, ``力争``, ``实现``).
LEAD_WORDS = pattern(r"(?:其中|并|且|和|同时|力争|争取|确保|实现|全面|将|把|要|，)+")

#: A status word (:data:`~policyparse.lexicon.periods.STATUS_WORDS`), not the end of another word
#: (``项目前期``, ``发现有``); searched backwards, so a search finds the last one.
STATUS_WORD = pattern(rf"(?<![项发])(?:{alternation(STATUS_WORDS)})", REVERSE)
