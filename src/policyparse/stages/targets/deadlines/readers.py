"""Readers of each form of time expression: one function per pattern of the deadline grammar.

Each reader turns a match into a :class:`~.found.Found` (or ``None`` when the match is not a
time expression after all), with its prefix and suffix absorbed, its relation and its role.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from policyparse.grammar.text import HAN
from policyparse.lexicon.periods import (
    CENTURY_MARKS,
    COMMITTED_DURATION_PREFIXES,
    DURATION_LEAD_CHARS,
    FORWARD_WORDS,
    MAX_DURATION_YEARS,
    MAX_YEAR,
    MIN_YEAR,
    NEW_YEAR_FROM_MONTH,
    NEW_YEAR_WORDS,
    PERIOD_COMPLETION_VERBS,
    PERIOD_DEADLINE_SUFFIXES,
    PERIOD_NAME_SUFFIXES,
    PLANNING_PERIODS,
    PREDICTION_WORDS,
    QUOTED_ONLY_PERIODS,
    RELATIVE_YEAR_NOT_DEADLINE,
    RELATIVE_YEARS,
)
from policyparse.models import Precision, Relation
from policyparse.stages.targets.deadlines.context import (
    LOOKBACK,
    Context,
    absorb_prefix,
    absorb_suffix,
    event_date,
    has_relation,
    relation,
    reports_past,
    role,
    scheduled_after,
    time_set,
)
from policyparse.stages.targets.deadlines.found import (
    QUARTERS,
    DeadlineRole,
    Found,
    Scan,
    number,
    starts_with,
    valid_day,
)

_PERIOD_SUFFIXES = sorted(PERIOD_DEADLINE_SUFFIXES, key=len, reverse=True)
#: Parts that name a month's end (``6月底``, ``6月末``).
MONTH_ENDS = frozenset({"底", "末"})
_WEAK_PREFIXES = frozenset({"", "于", "在"})


@dataclass(slots=True)
class Place:
    """Where an expression stands: its span with prefix and suffix, and where its core starts.

    Not changed once made, but not frozen: one is made per time expression, and a frozen
    dataclass takes three times as long to make."""

    start: int
    end: int
    core_start: int
    prefix: str
    suffix: str

    def role(self, ctx: Context, *, relative: bool) -> DeadlineRole:
        return role(ctx, self.start, self.end, self.core_start, self.prefix, self.suffix, relative=relative)

    def has_relation(self, ctx: Context) -> bool:
        return has_relation(ctx, self.core_start, self.end, self.prefix, self.suffix)


def place(ctx: Context, match: regex.Match[str]) -> Place:
    """The match's span with a deadline prefix (``力争到``) and suffix (``前``, ``以内``) absorbed."""
    start, prefix = absorb_prefix(ctx, match.start())
    end, suffix = absorb_suffix(ctx, match.end())
    return Place(start, end, match.start(), prefix, suffix)


def half_month(match: regex.Match[str]) -> int:
    return 6 if match.group("half") == "上半年" else 12


def _date_parts(match: regex.Match[str], year: int) -> tuple[int | None, int | None, Precision] | None:
    """Month, day and precision of the sub-year part of a match; ``None`` when impossible."""
    month_text, day_text, half, quarter = match.group("month", "day", "half", "quarter")  # one call
    if month_text is not None:
        month, day = number(month_text), number(day_text)
        if not valid_day(year, month, day):
            return None
        return month, day, Precision.DAY if day is not None else Precision.MONTH
    if half:
        return half_month(match), None, Precision.HALF
    if quarter:
        return QUARTERS[quarter] * 3, None, Precision.QUARTER
    return None, None, Precision.YEAR


# ---------------------------------------------------------------- absolute years


def read_absolute(ctx: Context, match: regex.Match[str], scan: Scan) -> Found | None:
    """``2025年``, ``2019年6月底``, ``2019—2021年``: a year, perhaps with a part of it or a range."""
    year = number(match.group("year"))
    if year is None:
        return None
    at = place(ctx, match)
    if not MIN_YEAR <= year <= MAX_YEAR:
        if at.has_relation(ctx):
            scan.problems.append(("W302", at.core_start, match.end(), {"year": year}))
        return None
    parts = _date_parts(match, year)
    if parts is None:
        scan.problems.append(("W301", at.core_start, match.end(), {"text": match.group()}))
        return None
    month, day, precision = parts
    range_start = number(match.group("head"))
    if range_start is not None and not MIN_YEAR <= range_start <= year:
        range_start = None
    found = Found(
        at.start, at.end, year=year, month=month, day=day, precision=precision, range_start=range_start
    )
    found.core_start = at.core_start
    spans = range_start is not None or (
        "m0" in match.re.groupindex and match.group("m0") is not None
    )  # 2019—2021年, 1997年4—6月
    found.relation = relation(at.prefix, at.suffix, Relation.DURING if spans else Relation.AT)
    found.role = at.role(ctx, relative=False)
    set_for_action = found.role is DeadlineRole.DEADLINE and scheduled(ctx, at)  # 于…报名: set for it
    if found.role is DeadlineRole.DEADLINE and _plain_date(ctx, match, at, found, set_for_action):
        found.role = DeadlineRole.DATE
    found.committed = set_for_action and found.role is DeadlineRole.DEADLINE
    return found


def _plain_date(ctx: Context, match: regex.Match[str], at: Place, found: Found, set_for_action: bool) -> bool:
    """A date that sets no deadline: a year without a relation word, the month of an event, or
    a bare date followed by a completed action (``2019年，…印发了…``)."""
    if _unrelated(ctx, match, at, found, set_for_action):
        return True
    return found.relation is Relation.AT and reports_past(ctx, at.end)


def _unrelated(ctx: Context, match: regex.Match[str], at: Place, found: Found, set_for_action: bool) -> bool:
    """A year without a relation word, or the month of an event: a plain date, no deadline (not
    when the date is the time set for an action, ``set_for_action``)."""
    # 2019年底, 2019年6月底 name an end: a deadline (in a schedule table's column) or a status
    ends_period = bool(match.group("yend")) or match.group("part") in MONTH_ENDS
    ends_period = ends_period and ctx.after(at.end, 1) != "的"  # 据2019年底的统计: a status
    if found.range_start is None and not ends_period and not at.has_relation(ctx) and not set_for_action:
        return True
    # 2020年3月，…印发…: the date of an event; not the time set for an action (于2026年6月5日发放…)
    return (
        found.relation is Relation.AT
        and match.group("month") is not None
        and match.group("part") not in MONTH_ENDS
        and not set_for_action
    )


def scheduled(ctx: Context, at: Place) -> bool:
    """A date introduced by 于 right before a goal or action verb, or a window 于…至… before an
    action: the time set for the action (``将于2026年6月5日发放录取通知书``, ``学校于6月17日公布
    结果``, ``须于2026年5月7日至11日登录系统报名``)."""
    return (
        (at.prefix == "于" and scheduled_after(ctx, at.end))
        or time_set(ctx, at.core_start)
        or event_date(ctx, at.start)
    )


# ---------------------------------------------------------------- years relative to the document's


def read_relative(
    ctx: Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None
) -> Found | None:
    """``今年``, ``明年底前``, ``今明两年``: a year counted from the document's year."""
    word = match.group("word")
    at = place(ctx, match)
    year = _relative_year(word, anchor, anchor_year)
    month, day = number(match.group("month")), number(match.group("day"))
    if year is not None and match.group("month") is not None and not valid_day(year, month, day):
        return None
    found = Found(at.start, at.end, year=year, month=month, day=day, relative=True, anchor=anchor)
    if match.group("month") is not None:
        found.precision = Precision.DAY if day is not None else Precision.MONTH
    elif match.group("half"):
        found.precision, found.month = Precision.HALF, half_month(match)
    elif match.group("quarter"):
        found.precision, found.month = Precision.QUARTER, QUARTERS[match.group("quarter")] * 3
    found.relation = relation(at.prefix, at.suffix, Relation.AT)
    found.role = at.role(ctx, relative=True)
    if found.role is not DeadlineRole.DEADLINE:
        return found
    if ctx.after(match.end(), 1) == "度":
        return None  # 本年度, 今年度: a fiscal year named, not a deadline
    if _relative_is_date(ctx, match, at) or _done_this_year(ctx, match, word):
        found.role = DeadlineRole.DATE
    return found


def _relative_year(word: str, anchor: dt.date | None, anchor_year: int | None) -> int | None:
    """The year a relative word names; a December notice's ``新的一年`` is the next year."""
    if anchor_year is None:
        return None
    late = word in NEW_YEAR_WORDS and anchor is not None and anchor.month >= NEW_YEAR_FROM_MONTH
    return anchor_year + RELATIVE_YEARS[word] + (1 if late else 0)


def _done_this_year(ctx: Context, match: regex.Match[str], word: str) -> bool:
    """``今年已推出5款产品``: the current year with a completed action right after (blind b31)."""
    return RELATIVE_YEARS[word] == 0 and starts_with(ctx.after(match.end(), 2), ("已", "曾")) is not None


def _relative_is_date(ctx: Context, match: regex.Match[str], at: Place) -> bool:
    has_sub = match.end() > match.start() + len(match.group("word"))
    if not has_sub and not at.suffix and at.prefix in _WEAK_PREFIXES:
        # bare 今年/明年: a deadline only opening a clause and not described (今年是…)
        return not ctx.at_clause_start(at.core_start) or bool(
            starts_with(ctx.after(match.end(), 4), RELATIVE_YEAR_NOT_DEADLINE)
        )
    if not at.has_relation(ctx) and match.group("yend") is None:
        return match.group("month") is not None
    return False


# ---------------------------------------------------------------- durations


def _duration_word(ctx: Context, match: regex.Match[str]) -> bool:
    """Whether the words around a number of years make it a duration of work to come."""
    pre, suf = match.group("pre"), match.group("suf")
    if not (pre or (match.group("time") and suf)):
        # 用3年时间, 三到五年时间内; a bare span opening its clause (五年内将…压缩到…,
        # （1）三年内实现…); not 还有十年的时间, 几年内, 离校2年内, 2年内予以兑现奖励 (a grant's term)
        return bool(suf) and ctx.at_clause_start(match.start()) and ctx.after(match.end(), 2) != "予以"
    if pre in {"经过", "通过"} and not match.group("time"):
        return False  # 经过三年努力, 已…: a past effort
    before = ctx.text[match.start() - 1] if match.start() > ctx.lo else ""
    return not (pre in {"用", "花"} and HAN.match(before) and before not in DURATION_LEAD_CHARS)  # 留用2年


def read_duration(
    ctx: Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None
) -> Found | None:
    """``用3年时间``, ``三到五年时间内``: a span counted from the document's year (its upper bound)."""
    if not _duration_word(ctx, match):
        return None
    pre, suf = match.group("pre"), match.group("suf")
    low = number(match.group("n1"))
    high = number(match.group("n2")) if match.group("n2") else low
    if low is None or high is None or not 0 < high <= MAX_DURATION_YEARS:
        return None
    start, end = match.span()
    year = anchor_year + high if anchor_year is not None else None
    found = Found(start, end, year=year, relation=Relation.WITHIN, relative=True, anchor=anchor)
    found.role = role(ctx, start, end, start, pre or "", suf or "", relative=True)
    found.committed = bool(pre) and pre in COMMITTED_DURATION_PREFIXES
    return found


def read_forward(
    ctx: Context, match: regex.Match[str], anchor: dt.date | None, anchor_year: int | None
) -> Found | None:
    """``今后五年``, ``未来3年``: a span from the document's year (``未来`` forecasts when its
    clause predicts: ``未来15年我国人口将继续增加``)."""
    years = number(match.group("n"))
    if years is None or not 0 < years <= MAX_DURATION_YEARS:
        return None
    start, end = match.span()
    year = anchor_year + years if anchor_year is not None else None
    found = Found(start, end, year=year, relation=Relation.WITHIN, relative=True, anchor=anchor)
    found.role = role(ctx, start, end, start, "", "", relative=True)
    if FORWARD_WORDS[match.group("word")] == "forecast" and _predicts(ctx, end):
        found.role = DeadlineRole.FORECAST
    return found


def _predicts(ctx: Context, end: int) -> bool:
    """A word of prediction in the clause after ``end`` (the next one when the span ends its own)."""
    clause = ctx.clause_after(end, LOOKBACK)
    if not clause.strip() and end < ctx.hi:
        clause = ctx.clause_after(end + 1, LOOKBACK)
    return any(word in clause for word in PREDICTION_WORDS)


# ---------------------------------------------------------------- named periods


def read_century(ctx: Context, match: regex.Match[str]) -> Found:
    """``本世纪中叶`` → 2050."""
    at = place(ctx, match)
    found = Found(at.start, at.end, year=CENTURY_MARKS[match.group()], precision=Precision.PERIOD)
    found.relation = relation(at.prefix, at.suffix, Relation.AT)
    found.role = at.role(ctx, relative=False)
    return found


def read_period(ctx: Context, match: regex.Match[str], name: str) -> Found | None:
    """``“十四五”期间``, ``“十三五”末``, ``第十四个五年规划``: a planning period, a deadline at its end."""
    quoted = bool(match.group("q1") or match.group("q2")) if "q1" in match.re.groupindex else True
    if name in QUOTED_ONLY_PERIODS and not quoted:
        return None
    first, last = PLANNING_PERIODS[name]
    core_start = match.start()
    start, prefix = absorb_prefix(ctx, core_start)
    after = ctx.after(match.end(), 4)
    found = Found(start, match.end(), year=last, precision=Precision.PERIOD, range_start=first, period=name)
    suffix = "" if match.group("plan") else (starts_with(after, _PERIOD_SUFFIXES) or "")
    found.end = (match.end("plan") if match.group("plan") else match.end()) + len(suffix)
    period_relation = PERIOD_DEADLINE_SUFFIXES.get(suffix)
    found.relation = Relation(period_relation) if period_relation else Relation.BY
    if _names_the_period(ctx, found, start, after):
        found.role = DeadlineRole.NAME
        return found
    found.role = role(ctx, found.start, found.end, core_start, prefix, suffix, relative=False)
    bare = not (suffix or (prefix and prefix not in {"于", "在"}))
    if found.role is DeadlineRole.DEADLINE and bare and not _period_completed(ctx, match, core_start):
        found.role = DeadlineRole.NAME  # a bare period name: “十四五”规划, “十四五”时期的…
    return found


def _names_the_period(ctx: Context, found: Found, start: int, after: str) -> bool:
    """A period inside a book title or followed by a name word (“十四五”规划纲要): a name, not a date."""
    return bool(
        ctx.in_book_title(start)
        or starts_with(ctx.after(found.end, 4), PERIOD_NAME_SUFFIXES)
        or starts_with(after, PERIOD_NAME_SUFFIXES)
    )


def _period_completed(ctx: Context, match: regex.Match[str], core_start: int) -> bool:
    """``完成“十四五”规划``: a plan named with a completion verb before it is a deadline."""
    clause = ctx.clause_before(core_start)
    return bool(match.group("plan")) and any(verb in clause[-12:] for verb in PERIOD_COMPLETION_VERBS)
