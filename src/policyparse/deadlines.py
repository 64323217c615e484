"""The deadline grammar: find time expressions in policy text and resolve them to years.

A deadline is an expression such as ``到2025年``, ``2019年6月底前``, ``“十四五”期间``,
``用3年时间`` or ``年底前``. Each is read into a :class:`~policyparse.models.Deadline`: the
year it ends in (and the month and day where stated), how precisely it is stated, how it
bounds the statement (``by``, ``before``, ``during``, ``within``, ``at``), the first year of a
range or planning period, and, for relative expressions, the anchor date they were resolved
against. Relative expressions resolve against the document's own date (or the caller's
``anchor_date``), never against today; without an anchor they stay unresolved (``year`` None).

Time expressions that are not deadlines are recognised too and given a *role*, so that
callers can tell them apart: start dates (``自2015年起``), a status date (``截至2020年底``), a
base of comparison (``比2015年``), a recurring date (``每年12月底前``), the document's own
validity or posting period (``有效期至…``, ``公告期为…``), forecasts (``预计到2025年``), plain
dates without a relation word (``2019年8月20日``), names (``《…（2021-2023年）》``,
``“十四五”规划``, ``“十五五”开局``) and mentions of goals (``到2027年和2035年的主要目标``; not
``…主要预期目标是：``, which states them). Numbers may be spaced as in PDF-extracted text
(``到 2025 年``, ``2019 年 6 月底前``).

Examples:
    >>> import datetime as dt
    >>> [(d.text, d.year, d.relation.value) for d in parse_deadlines("力争到2035年基本建成", None)]
    [('力争到2035年', 2035, 'by')]
    >>> [(d.text, d.year, d.relative) for d in parse_deadlines("用3年时间完成", dt.date(2025, 3, 1))]
    [('用3年时间', 2028, True)]
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from dataclasses import dataclass, field

import regex

from policyparse.document import Document
from policyparse.grammar.numerals import cn_to_int
from policyparse.lexicon.periods import (
    ADVERBS_BEFORE_VERB,
    BASE_PREFIXES,
    BY_PREFIXES,
    CENTURY_MARKS,
    COPULAS,
    DEADLINE_PREFIXES,
    DEADLINE_SUFFIXES,
    DURATION_LEAD_CHARS,
    DURATION_PREFIXES,
    EVENT_COUNT_MEASURES,
    FORECAST_CUES,
    FORWARD_WORDS,
    GOAL_CONTENT_CUES,
    GOAL_MENTION_WORDS,
    MAX_DURATION_YEARS,
    MAX_YEAR,
    MIN_YEAR,
    PERIOD_COMPLETION_VERBS,
    PERIOD_DEADLINE_SUFFIXES,
    PERIOD_NAME_SUFFIXES,
    PLAN_ORDINALS,
    PLANNING_PERIODS,
    QUOTED_ONLY_PERIODS,
    RECURRING_CONTEXT_WORDS,
    RECURRING_PREFIXES,
    RELATIVE_MONTHS,
    RELATIVE_YEAR_NOT_DEADLINE,
    RELATIVE_YEARS,
    START_PREFIXES,
    START_SUFFIXES,
    STATUS_PREFIXES,
    VALIDITY_CUES,
    VERBS_BEFORE_TO,
    WORDS_AFTER_NEI,
)
from policyparse.lexicon.units import ACTION_VERBS, GOAL_VERBS
from policyparse.models import Deadline, Precision, Relation

# ---------------------------------------------------------------- the grammar (compiled once)

_YEAR_DIGITS = "〇零○OＯ一二三四五六七八九"
_CN = "〇零一二两三四五六七八九十"
#: Text extracted from PDF puts spaces around numbers (``到 2025 年``, ``2020 年 8 月 26 日``):
#: at most two between a number and its 年/月/日.
_GAP = "[ ]{0,2}"
_YEAR = rf"(?P<year>\d{{4}}|[{_YEAR_DIGITS}]{{4}}){_GAP}年"
_MONTH = rf"(?P<month>\d{{1,2}}|十[一二]?|[一二三四五六七八九]){_GAP}月份?"
_DAY = rf"(?P<day>\d{{1,2}}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]){_GAP}[日号]"
_PART = r"(?P<part>底|末|中旬|上旬|下旬)"
_SUB = (
    rf"(?:(?P<half>[上下]半年)|第?(?P<quarter>[一二三四1-4])季度(?P<qend>末)?"
    rf"|{_GAP}{_MONTH}(?:{_GAP}{_DAY}|{_PART})?|(?P<yend>年底|年末|底|末))"
)
_NUM = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
#: Not right after a number and a gap: ``2025 年底`` is one absolute date, not ``年底``.
_NOT_AFTER_NUMBER = rf"(?<![\d{_CN}年月][ ]{{1,2}})"

ABSOLUTE = regex.compile(rf"(?<![\d.])(?:(?P<head>\d{{4}})\s?[—\-~]{{1,2}}\s?)?{_YEAR}{_SUB}?")
RELATIVE = regex.compile(rf"(?P<word>{'|'.join(sorted(RELATIVE_YEARS, key=len, reverse=True))}){_SUB}?")
RELATIVE_MONTH = regex.compile(
    rf"(?P<word>{'|'.join(sorted(RELATIVE_MONTHS, key=len, reverse=True))})(?P<part>底|末)?"
)
YEAR_END = regex.compile(
    rf"(?<![\d年{_YEAR_DIGITS}今本明两几十百多数个]){_NOT_AFTER_NUMBER}(?P<yend>年底|年末|年内)"
)
HALF_YEAR = regex.compile(rf"(?<![年\d]){_NOT_AFTER_NUMBER}(?P<half>[上下]半年)")
QUARTER = regex.compile(rf"(?<![年\d]){_NOT_AFTER_NUMBER}第?(?P<quarter>[一二三四1-4])季度(?P<qend>末)?")
MONTH_DAY = regex.compile(rf"(?<![\d年月{_CN}]){_NOT_AFTER_NUMBER}{_MONTH}(?:{_GAP}{_DAY}|{_PART})?")
MONTH_RANGE = regex.compile(
    rf"(?P<word>本年|今年)(?P<m1>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月?[至到\-—~]{_MONTH}"
)
DURATION = regex.compile(
    rf"(?:(?P<pre>{'|'.join(DURATION_PREFIXES)}){_GAP})?(?<![\d.])(?P<n1>{_NUM})"
    rf"(?:\s?[-—~至到]\s?(?P<n2>{_NUM}))?{_GAP}个?年(?:左右)?的?(?P<time>时间)?(?P<suf>之内|以内|内)?"
)
FORWARD = regex.compile(rf"(?P<word>{'|'.join(FORWARD_WORDS)})(?P<n>{_NUM})个?年")
CENTURY = regex.compile("|".join(regex.escape(mark) for mark in sorted(CENTURY_MARKS, key=len, reverse=True)))
PERIOD = regex.compile(
    rf"(?<![第{_CN}])(?P<q1>[“\"‘'])?(?P<name>{'|'.join(sorted(PLANNING_PERIODS, key=len, reverse=True))})"
    rf"(?![{_CN}个])(?P<q2>[”\"’'])?(?P<plan>规划|计划)?"
)
PLAN_ORDINAL = regex.compile(rf"(?P<ord>{'|'.join(PLAN_ORDINALS)})五年(?P<plan>规划|计划)(?:纲要)?")
#: Every time expression contains one of these characters; text without them is skipped.
TRIGGER = regex.compile(r"[年月季世期五]")
RANGE_JOIN = regex.compile(r"\s?(?:[—\-~]{1,2}|至|到)\s?")
GLUED_YEAR = regex.compile(r"(?<![\d.])(?:19|20)\d{3,6}年")
_GOAL_CONTENT = "|".join(regex.escape(cue) for cue in GOAL_CONTENT_CUES)
_MENTION = regex.compile(
    rf"(?:[和、及与至到]{{1,2}}(?:\d{{4}}|[{_YEAR_DIGITS}]{{4}})年(?:前|底|末)?){{0,3}}的?"
    rf"(?:(?:{'|'.join(GOAL_MENTION_WORDS)})的?){{0,3}}目标(?!{_GOAL_CONTENT})"
)
_CLAUSE_BREAK = regex.compile(r"[，。；：！？\n]")
#: A copula after a prepositional phrase: ``“十五五”时期在…进程中具有承前启后的重要地位``.
_DESCRIBED = regex.compile(
    rf"，?在[^，。；：！？\n]{{1,30}}?[中里上](?:{'|'.join(sorted(COPULAS, key=len, reverse=True))})"
)
_GOAL_NOUN = regex.compile(rf"(?:目标|任务)(?!{_GOAL_CONTENT})")
#: How far into the clause after a time expression a goal noun makes it a mention.
_GOAL_NOUN_REACH = 20
#: An event count shortly before ``年内``: ``一次离岛年内`` (a duration counted from each event).
_EVENT_COUNT = regex.compile(rf"(?:[\d{_CN}]{{1,3}}[{EVENT_COUNT_MEASURES}]|每)[^，。；：！？]{{0,8}}$")
_VERBS = tuple(sorted(GOAL_VERBS + ACTION_VERBS, key=len, reverse=True))
_COORDINATORS = frozenset({"和", "、", "及", "与", "以及"})
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
#: How far back the context tests look, in characters.
_LOOKBACK = 24
_HAN = regex.compile(r"\p{Han}")


@dataclass(slots=True)
class Found:
    """A time expression found in a string, with its role (``deadline`` or why it is not one)."""

    start: int
    end: int
    role: str = "deadline"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    precision: Precision = Precision.YEAR
    relation: Relation = Relation.BY
    range_start: int | None = None
    period: str | None = None
    relative: bool = False
    anchor: dt.date | None = None
    #: Where the expression proper starts, after any prefix such as 到 or 力争到.
    core_start: int = -1
    #: A date without any year word (``年底前``, ``4月28日前``, ``下半年``), given the anchor's year.
    yearless: bool = False

    @property
    def is_deadline(self) -> bool:
        """True for a deadline (a mention of dated goals is not one)."""
        return self.role == "deadline"

    def last_day(self) -> dt.date | None:
        """The last day the expression covers, or ``None`` when the year is unknown."""
        if self.year is None:
            return None
        year = self.year
        if self.day is not None and self.month is not None:
            return dt.date(year, self.month, self.day)
        if self.month is not None:
            return dt.date(year, self.month, calendar.monthrange(year, self.month)[1])
        return dt.date(year, 12, 31)


@dataclass
class Scan:
    """Everything a scan found: time expressions and problems (diagnostic code, span, fields)."""

    found: list[Found] = field(default_factory=list)
    problems: list[tuple[str, int, int, dict[str, object]]] = field(default_factory=list)


# ---------------------------------------------------------------- small readers


def _number(text: str | None) -> int | None:
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    return cn_to_int(text)


def _ends_with(text: str, words: tuple[str, ...]) -> str | None:
    if not text.endswith(words):
        return None
    for word in words:
        if text.endswith(word):
            return word
    return None


def _starts_with(text: str, words: tuple[str, ...] | list[str]) -> str | None:
    if not text.startswith(tuple(words)):
        return None
    for word in words:
        if text.startswith(word):
            return word
    return None


def _valid_day(year: int, month: int | None, day: int | None) -> bool:
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


class _Context:
    """The text around a match inside the scanned window."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi

    def before(self, start: int, size: int = 6) -> str:
        return self.text[max(self.lo, start - size) : start]

    def after(self, end: int, size: int = 8) -> str:
        return self.text[end : min(self.hi, end + size)]

    def clause_after(self, end: int) -> str:
        """Text from ``end`` to the end of the clause (at most :data:`_LOOKBACK` characters)."""
        window = self.text[end : min(self.hi, end + _LOOKBACK)]
        brk = _CLAUSE_BREAK.search(window)
        return window[: brk.start()] if brk else window

    def clause_before(self, start: int) -> str:
        """Text from the start of the clause up to ``start``."""
        window = self.text[max(self.lo, start - _LOOKBACK) : start]
        breaks = list(_CLAUSE_BREAK.finditer(window))
        return window[breaks[-1].end() :] if breaks else window

    def at_clause_start(self, start: int) -> bool:
        clause = self.clause_before(start).strip()
        return clause == "" or clause in {"在", "于", "一是", "二是", "三是", "四是", "五是", "——", "—"}

    def in_book_title(self, start: int) -> bool:
        window = self.text[max(self.lo, start - 80) : start]
        return window.rfind("《") > window.rfind("》")

    def parenthesised(self, start: int, end: int) -> bool:
        return start > self.lo and self.text[start - 1] == "（" and end < self.hi and self.text[end] == "）"


def _absorb_prefix(ctx: _Context, start: int) -> tuple[int, str]:
    """Move ``start`` back over a deadline prefix (``力争到``, ``到 ``); return it and the prefix."""
    before = ctx.before(start, 6)
    gap = len(before) - len(before.rstrip(" "))
    if gap > 2:
        return start, ""
    prefix = _ends_with(before[: len(before) - gap][-4:], DEADLINE_PREFIXES) or ""
    return (start - gap - len(prefix), prefix) if prefix else (start, "")


def _absorb_suffix(ctx: _Context, end: int) -> tuple[int, str]:
    after = ctx.after(end, 3)
    if after.startswith(("前后", "左右")):
        return end, ""  # 2020年前后: around 2020, not a deadline
    suffix = _starts_with(after, list(DEADLINE_SUFFIXES)) or ""
    if suffix.endswith("内") and after[len(suffix) : len(suffix) + 1] in WORDS_AFTER_NEI:
        return end, ""  # 2026年内蒙古…: 内 starts the next word
    return end + len(suffix), suffix


# ---------------------------------------------------------------- roles


def _role(
    ctx: _Context, start: int, end: int, core_start: int, prefix: str, suffix: str, *, relative: bool
) -> str:
    """Why a time expression is, or is not, a deadline."""
    before = ctx.before(core_start, 6)
    after = ctx.after(end, 8)
    clause = ctx.clause_before(core_start)
    if ctx.in_book_title(start) or ctx.parenthesised(start, end):
        return "name"
    if _ends_with(before, STATUS_PREFIXES):
        return "status"
    if not prefix and _ends_with(before, START_PREFIXES):
        return "start"
    if not suffix and _starts_with(after, list(START_SUFFIXES)):
        return "start"
    if not prefix and _ends_with(before, BASE_PREFIXES):
        return "base"
    if prefix in BY_PREFIXES and start > ctx.lo and ctx.text[start - 1] in VERBS_BEFORE_TO:
        return "base"  # 达到2019年水平, 增加到一九五四年的…: a level, not a deadline
    if relative and _recurs(ctx, core_start, before):
        return "recurring"
    if any(cue in clause for cue in VALIDITY_CUES):
        return "validity"
    clause_after = ctx.clause_after(end)
    if any(cue in clause or cue in clause_after[:8] for cue in FORECAST_CUES):
        return "forecast"
    if _MENTION.match(ctx.text, end, min(ctx.hi, end + 24)) or _mentions_goals(clause, clause_after):
        return "mention"
    if _starts_with(after.lstrip("，"), COPULAS) or _DESCRIBED.match(ctx.text, end, ctx.hi):
        return "date"  # “十四五”时期是…, …时期在…进程中具有…: the period described, no deadline set
    return "deadline"


def _recurs(ctx: _Context, core_start: int, before: str) -> bool:
    """A yearless date of a recurring rule: ``每年…12月底前``, ``入学当年的5月1日前``, ``一次离岛年内``."""
    if any(word in ctx.before(core_start, _LOOKBACK) for word in RECURRING_CONTEXT_WORDS):
        return True
    if _ends_with(before.removesuffix("的"), RECURRING_PREFIXES):
        return True
    return ctx.text.startswith("年内", core_start) and bool(
        _EVENT_COUNT.search(ctx.clause_before(core_start))
    )


def _mentions_goals(clause_before: str, clause_after: str) -> bool:
    """A goal noun that only names goals: ``…期间国家在环境保护领域的目标、任务``.

    No goal or action verb stands between the time expression and the noun, none follows it
    (``碳达峰目标如期实现``), and no ``是``/``为``/``包括``/``：`` states the goals' content. Without
    a 的/等 before the noun (``提出了“十五五”时期全省经济社会发展主要目标``), no verb may stand
    before the time expression either (``完成…“十二五”规划任务`` sets a deadline).
    """
    match = _GOAL_NOUN.search(clause_after, 0, _GOAL_NOUN_REACH)
    if match is None:
        return False
    between = clause_after[: match.start()]
    if any(verb in between for verb in _VERBS):
        return False
    if not any(word in between for word in ("的", "等")) and any(verb in clause_before for verb in _VERBS):
        return False
    rest = clause_after[match.end() :]
    adverb = _starts_with(rest, ADVERBS_BEFORE_VERB) or ""
    return _starts_with(rest[len(adverb) :], _VERBS) is None


def _relation(prefix: str, suffix: str, default: Relation) -> Relation:
    if suffix:
        return Relation(DEADLINE_SUFFIXES[suffix])
    if prefix and _ends_with(prefix, BY_PREFIXES):
        return Relation.BY
    return default


def _verb_follows(ctx: _Context, end: int) -> bool:
    """A goal or action verb right after ``end``, perhaps after an adverb (``分别建成``)."""
    after = ctx.after(end, 8)
    adverb = _starts_with(after, ADVERBS_BEFORE_VERB) or ""
    return _starts_with(after[len(adverb) :], _VERBS) is not None


def _has_relation(ctx: _Context, start: int, end: int, prefix: str, suffix: str) -> bool:
    """A relation word, a verb right after, or the clause-initial ``2000年，`` form."""
    if suffix or (prefix and prefix not in {"于", "在"}):
        return True
    if _verb_follows(ctx, end):
        return True
    return ctx.at_clause_start(start) and ctx.after(end, 1) == "，"


# ---------------------------------------------------------------- readers of each form


def _date_parts(match: regex.Match[str], year: int) -> tuple[int | None, int | None, Precision] | None:
    """Month, day and precision of the sub-year part of a match; ``None`` when impossible."""
    month = _number(match.group("month"))
    day = _number(match.group("day"))
    if match.group("month") is not None:
        if not _valid_day(year, month, day):
            return None
        return month, day, Precision.DAY if day is not None else Precision.MONTH
    if match.group("half"):
        return (6 if match.group("half") == "上半年" else 12), None, Precision.HALF
    if match.group("quarter"):
        return _QUARTERS[match.group("quarter")] * 3, None, Precision.QUARTER
    return None, None, Precision.YEAR


def _read_absolute(ctx: _Context, match: regex.Match[str], scan: Scan) -> Found | None:
    year_text = match.group("year")
    year = _number(year_text)
    if year is None:
        return None
    start, end = match.span()
    core_start = start
    start, prefix = _absorb_prefix(ctx, start)
    end, suffix = _absorb_suffix(ctx, end)
    if not MIN_YEAR <= year <= MAX_YEAR:
        if _has_relation(ctx, core_start, end, prefix, suffix):
            scan.problems.append(("W302", core_start, match.end(), {"year": year}))
        return None
    parts = _date_parts(match, year)
    if parts is None:
        scan.problems.append(("W301", core_start, match.end(), {"text": match.group()}))
        return None
    month, day, precision = parts
    range_start = _number(match.group("head"))
    if range_start is not None and not MIN_YEAR <= range_start <= year:
        range_start = None
    found = Found(start, end, year=year, month=month, day=day, precision=precision, range_start=range_start)
    found.core_start = core_start
    found.relation = _relation(prefix, suffix, Relation.DURING if range_start is not None else Relation.AT)
    found.role = _role(ctx, start, end, core_start, prefix, suffix, relative=False)
    # 2019年底, 2019年6月底 name an end: a deadline (in a schedule table's column) or a status
    ends_period = bool(match.group("yend")) or match.group("part") in {"底", "末"}
    ends_period = ends_period and ctx.after(end, 1) != "的"  # 据2019年底的统计: a status
    if (
        found.role == "deadline"
        and range_start is None
        and not ends_period
        and not _has_relation(ctx, core_start, end, prefix, suffix)
    ):
        found.role = "date"
    event = (
        found.relation is Relation.AT
        and match.group("month") is not None
        and match.group("part") not in {"底", "末"}
    )
    if found.role == "deadline" and event:
        found.role = "date"  # 2020年3月，…印发…: the date of an event
    return found


def _read_relative(
    ctx: _Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None
) -> Found | None:
    word = match.group("word")
    start, end = match.span()
    core_start = start
    start, prefix = _absorb_prefix(ctx, start)
    end, suffix = _absorb_suffix(ctx, end)
    year = anchor_year + RELATIVE_YEARS[word] if anchor_year is not None else None
    has_sub = match.end() > match.start() + len(word)
    month = _number(match.group("month"))
    day = _number(match.group("day"))
    if year is not None and match.group("month") is not None and not _valid_day(year, month, day):
        return None
    found = Found(start, end, year=year, month=month, day=day, relative=True, anchor=anchor)
    if match.group("month") is not None:
        found.precision = Precision.DAY if day is not None else Precision.MONTH
    elif match.group("half"):
        found.precision, found.month = Precision.HALF, 6 if match.group("half") == "上半年" else 12
    elif match.group("quarter"):
        found.precision, found.month = Precision.QUARTER, _QUARTERS[match.group("quarter")] * 3
    found.relation = _relation(prefix, suffix, Relation.AT)
    found.role = _role(ctx, start, end, core_start, prefix, suffix, relative=True)
    if found.role != "deadline":
        return found
    if ctx.after(match.end(), 1) == "度":
        return None  # 本年度, 今年度: a fiscal year named, not a deadline
    if not has_sub and not suffix and prefix in {"", "于", "在"}:
        # bare 今年/明年: a deadline only opening a clause and not described (今年是…)
        if not ctx.at_clause_start(core_start) or _starts_with(
            ctx.after(match.end(), 4), RELATIVE_YEAR_NOT_DEADLINE
        ):
            found.role = "date"
    elif not _has_relation(ctx, core_start, end, prefix, suffix) and match.group("yend") is None:
        found.role = "date" if match.group("month") is not None else found.role
    return found


def _read_yearless(
    ctx: _Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None, kind: str
) -> Found | None:
    """``年底前``, ``年内``, ``下半年``, ``一季度``, ``4月28日前``, ``本月底前``: the document's year."""
    start, end = match.span()
    core_start = start
    start, prefix = _absorb_prefix(ctx, start)
    end, suffix = _absorb_suffix(ctx, end)
    found = Found(
        start, end, year=anchor_year, relative=True, anchor=anchor, relation=Relation.AT, yearless=True
    )
    if kind == "month":
        month = _number(match.group("month"))
        day = _number(match.group("day"))
        if month is None or not _valid_day(anchor_year or 2000, month, day):
            return None
        found.month, found.day = month, day
        found.precision = Precision.DAY if day is not None else Precision.MONTH
        if not suffix and not (
            match.group("part") in {"底", "末"} and _starts_with(ctx.after(end, 6), _VERBS)
        ):
            return None
    elif kind == "relative_month":
        found.year, found.month, found.precision = None, None, Precision.MONTH
        if anchor is not None:
            index = anchor.year * 12 + anchor.month - 1 + RELATIVE_MONTHS[match.group("word")]
            found.year, found.month = divmod(index, 12)
            found.month += 1
        if not suffix and not (match.group("part") and _starts_with(ctx.after(end, 6), _VERBS)):
            return None
    elif kind == "half":
        found.precision, found.month = Precision.HALF, 6 if match.group("half") == "上半年" else 12
    elif kind == "quarter":
        found.precision, found.month = Precision.QUARTER, _QUARTERS[match.group("quarter")] * 3
        if not (suffix or match.group("qend") or _starts_with(ctx.after(end, 6), _VERBS)):
            return None
    elif match.group("yend") == "年内":
        found.relation = Relation.WITHIN
    elif not (suffix or prefix or _starts_with(ctx.after(end, 6), _VERBS)):
        return None
    found.relation = _relation(prefix, suffix, found.relation)
    found.role = _role(ctx, start, end, core_start, prefix, suffix, relative=True)
    return found


def _read_month_range(
    ctx: _Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None
) -> Found | None:
    month = _number(match.group("month"))
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
    found.role = _role(ctx, start, end, start, "", "", relative=True)
    return found


def _read_duration(
    ctx: _Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None
) -> Found | None:
    pre, suf = match.group("pre"), match.group("suf")
    if not (pre or (match.group("time") and suf)):
        return None  # 用3年时间, 三到五年时间内; not 还有十年的时间, 几年内
    if pre in {"经过", "通过"} and not match.group("time"):
        return None  # 经过三年努力, 已…: a past effort
    before = ctx.text[match.start() - 1] if match.start() > ctx.lo else ""
    if pre in {"用", "花"} and _HAN.match(before) and before not in DURATION_LEAD_CHARS:
        return None  # 留用2年, 使用5年: 用 belongs to another word
    low = _number(match.group("n1"))
    high = _number(match.group("n2")) if match.group("n2") else low
    if low is None or high is None or not 0 < high <= MAX_DURATION_YEARS:
        return None
    start, end = match.span()
    year = anchor_year + high if anchor_year is not None else None
    found = Found(start, end, year=year, relation=Relation.WITHIN, relative=True, anchor=anchor)
    found.role = _role(ctx, start, end, start, pre or "", suf or "", relative=True)
    return found


def _read_forward(
    ctx: _Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None
) -> Found | None:
    years = _number(match.group("n"))
    if years is None or not 0 < years <= MAX_DURATION_YEARS:
        return None
    start, end = match.span()
    year = anchor_year + years if anchor_year is not None else None
    found = Found(start, end, year=year, relation=Relation.WITHIN, relative=True, anchor=anchor)
    found.role = _role(ctx, start, end, start, "", "", relative=True)
    if FORWARD_WORDS[match.group("word")] == "forecast":
        found.role = "forecast"
    return found


def _read_century(ctx: _Context, match: regex.Match[str]) -> Found:
    start, end = match.span()
    core_start = start
    start, prefix = _absorb_prefix(ctx, start)
    end, suffix = _absorb_suffix(ctx, end)
    found = Found(start, end, year=CENTURY_MARKS[match.group()], precision=Precision.PERIOD)
    found.relation = _relation(prefix, suffix, Relation.AT)
    found.role = _role(ctx, start, end, core_start, prefix, suffix, relative=False)
    return found


def _read_period(ctx: _Context, match: regex.Match[str], name: str) -> Found | None:
    quoted = bool(match.group("q1") or match.group("q2")) if "q1" in match.groupdict() else True
    if name in QUOTED_ONLY_PERIODS and not quoted:
        return None
    first, last = PLANNING_PERIODS[name]
    start, end = match.span()
    core_start = start
    start, prefix = _absorb_prefix(ctx, start)
    after = ctx.after(end, 4)
    found = Found(start, end, year=last, precision=Precision.PERIOD, range_start=first, period=name)
    if match.group("plan"):
        end = match.end("plan")
    suffix = (
        ""
        if match.group("plan")
        else (_starts_with(after, sorted(PERIOD_DEADLINE_SUFFIXES, key=len, reverse=True)) or "")
    )
    found.end = end + len(suffix)
    relation = PERIOD_DEADLINE_SUFFIXES.get(suffix)
    found.relation = Relation(relation) if relation else Relation.BY
    if ctx.in_book_title(start):
        found.role = "name"
        return found
    rest = ctx.after(found.end, 4)
    if _starts_with(rest, PERIOD_NAME_SUFFIXES) or _starts_with(after, PERIOD_NAME_SUFFIXES):
        found.role = "name"
        return found
    found.role = _role(ctx, found.start, found.end, core_start, prefix, suffix, relative=False)
    if found.role != "deadline":
        return found
    if suffix or (prefix and prefix not in {"于", "在"}):
        return found
    clause = ctx.clause_before(core_start)
    if match.group("plan") and any(verb in clause[-12:] for verb in PERIOD_COMPLETION_VERBS):
        return found
    found.role = "name"
    return found


# ---------------------------------------------------------------- the scan


def _candidates(
    text: str, lo: int, hi: int, anchor: dt.date | None, anchor_year: int | None, scan: Scan
) -> list[Found]:
    ctx = _Context(text, lo, hi)
    out: list[Found] = []
    absolute = [f for m in ABSOLUTE.finditer(text, lo, hi) if (f := _read_absolute(ctx, m, scan)) is not None]
    out.extend(_merge_ranges(ctx, absolute))
    for m in RELATIVE.finditer(text, lo, hi):
        if (f := _read_relative(ctx, m, anchor, anchor_year)) is not None:
            out.append(f)
    for pattern, kind in (
        (YEAR_END, "year_end"),
        (HALF_YEAR, "half"),
        (QUARTER, "quarter"),
        (MONTH_DAY, "month"),
        (RELATIVE_MONTH, "relative_month"),
    ):
        for m in pattern.finditer(text, lo, hi):
            if (f := _read_yearless(ctx, m, anchor, anchor_year, kind)) is not None:
                out.append(f)
    for m in MONTH_RANGE.finditer(text, lo, hi):
        if (f := _read_month_range(ctx, m, anchor, anchor_year)) is not None:
            out.append(f)
    for m in DURATION.finditer(text, lo, hi):
        if (f := _read_duration(ctx, m, anchor, anchor_year)) is not None:
            out.append(f)
    for m in FORWARD.finditer(text, lo, hi):
        if (f := _read_forward(ctx, m, anchor, anchor_year)) is not None:
            out.append(f)
    out.extend(_read_century(ctx, m) for m in CENTURY.finditer(text, lo, hi))
    for m in PERIOD.finditer(text, lo, hi):
        if (f := _read_period(ctx, m, m.group("name"))) is not None:
            out.append(f)
    for m in PLAN_ORDINAL.finditer(text, lo, hi):
        if (f := _read_period(ctx, m, PLAN_ORDINALS[m.group("ord")])) is not None:
            out.append(f)
    for m in GLUED_YEAR.finditer(text, lo, hi):
        scan.problems.append(("W303", m.start(), m.end(), {"text": m.group()}))
    return out


def _joins_range(ctx: _Context, first: Found, second: Found) -> bool:
    gap = ctx.text[first.end : max(second.start, second.core_start)]
    if not gap or not RANGE_JOIN.fullmatch(gap) or first.range_start is not None:
        return False
    return first.year is not None and second.year is not None and first.year <= second.year


def _merge_ranges(ctx: _Context, found: list[Found]) -> list[Found]:
    """``2021年至2025年``, ``2020年2月1日—2020年2月29日``: one range ending at the second date."""
    out: list[Found] = []
    for item in found:
        if not out or not _joins_range(ctx, out[-1], item):
            out.append(item)
            continue
        last = out[-1]
        merged = Found(
            last.start,
            item.end,
            year=item.year,
            month=item.month,
            day=item.day,
            precision=item.precision,
            relation=Relation.BEFORE if item.relation is Relation.BEFORE else Relation.DURING,
            range_start=last.year,
            core_start=last.core_start,
        )
        merged.role = _merged_role(ctx, merged, last.role, item.role)
        out[-1] = merged
    return out


_NOT_DEADLINE_ROLES = ("validity", "forecast", "name", "status", "mention", "base")


def _merged_role(ctx: _Context, merged: Found, first: str, second: str) -> str:
    """The role of a range from the roles of its ends (``从2019年到2021年`` is a deadline)."""
    if second in _NOT_DEADLINE_ROLES:
        return second
    if first in _NOT_DEADLINE_ROLES:
        return first
    return "deadline" if second == "deadline" else _range_role(ctx, merged)


def _range_role(ctx: _Context, found: Found) -> str:
    """A bare range is a deadline at a clause start (``2019—2021年，…``) or before a verb."""
    if ctx.at_clause_start(found.start) and ctx.after(found.end, 1) == "，":
        return "deadline"
    if _starts_with(ctx.after(found.end, 6), _VERBS):
        return "deadline"
    return "date"


def _select(text: str, found: list[Found]) -> list[Found]:
    """Non-overlapping expressions, preferring the longest at each place."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Found] = []
    for item in found:
        if out and item.start < out[-1].end:
            if item.end - item.start > out[-1].end - out[-1].start and item.start == out[-1].start:
                out[-1] = item
            continue
        out.append(item)
    return _join_coordinated(text, out)


def _join_coordinated(text: str, found: list[Found]) -> list[Found]:
    """A plain date joined by 和/、/及 to a deadline is a deadline too, on either side.

    ``到2020年和2025年``, ``2027年、2028年分别建成``.
    """
    for previous, item in itertools.pairwise(found):
        if (
            item.role == "date"
            and previous.role == "deadline"
            and text[previous.end : item.start] in _COORDINATORS
        ):
            item.role, item.relation = "deadline", previous.relation
    for previous, item in reversed(list(itertools.pairwise(found))):
        if (
            previous.role == "date"
            and item.role == "deadline"
            and text[previous.end : item.start] in _COORDINATORS
        ):
            previous.role, previous.relation = "deadline", item.relation
    return found


def scan(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    anchor: dt.date | None = None,
    anchor_year: int | None = None,
) -> Scan:
    """Every time expression in ``text[start:end]`` with its role, and any problems seen.

    ``anchor`` is the date relative expressions resolve against; ``anchor_year`` (default:
    the anchor's year) is enough for year-level ones. Offsets are indices into ``text``.
    """
    hi = len(text) if end is None else min(end, len(text))
    lo = max(0, start)
    if anchor_year is None and anchor is not None:
        anchor_year = anchor.year
    result = Scan()
    if TRIGGER.search(text, lo, hi) is None:
        return result  # no character any time expression needs
    result.found = _select(text, _candidates(text, lo, hi, anchor, anchor_year, result))
    return result


def to_model(found: Found, text: str, start: int, end: int) -> Deadline:
    """A :class:`~policyparse.models.Deadline` for ``found`` with the given text and span."""
    return Deadline(
        text=text,
        start=start,
        end=end,
        year=found.year,
        month=found.month,
        day=found.day,
        precision=found.precision,
        relation=found.relation,
        range_start=found.range_start,
        period=found.period,
        relative=found.relative,
        anchor=found.anchor,
    )


def parse_deadlines(text: str, anchor: dt.date | None, *, anchor_year: int | None = None) -> list[Deadline]:
    """The deadlines in a string (normalised form: ASCII digits, Chinese punctuation).

    Offsets are indices into ``text``. Relative expressions resolve against ``anchor`` (or
    ``anchor_year``); without one their ``year`` is ``None``. Mentions of dated goals
    (``2035年远景目标``) are included; start dates, status dates, plain dates, recurring
    dates, validity periods, forecasts and names are not.

    Examples:
        >>> [(d.text, d.year, d.range_start) for d in parse_deadlines("“十四五”期间", None)]
        [('“十四五”期间', 2025, 2021)]
    """
    result = scan(text, anchor=anchor, anchor_year=anchor_year)
    return [
        to_model(f, text[f.start : f.end], f.start, f.end)
        for f in result.found
        if f.role in {"deadline", "mention"}
    ]


def find_deadlines(doc: Document, start: int, end: int) -> list[Deadline]:
    """The deadlines in the normalised span ``[start, end)`` of ``doc``, with input offsets.

    Relative expressions resolve against ``doc.anchor`` (the caller's anchor date, else the
    document's date) or, failing that, ``doc.anchor_year``. Only true deadlines are returned
    (see :func:`scan` for the other roles).
    """
    result = scan(doc.norm, start, end, anchor=doc.anchor, anchor_year=doc.anchor_year)
    out: list[Deadline] = []
    for found in result.found:
        if found.is_deadline:
            orig_start, orig_end = doc.span(found.start, found.end)
            out.append(to_model(found, doc.surface(found.start, found.end), orig_start, orig_end))
    return out
