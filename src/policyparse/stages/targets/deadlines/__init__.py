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

import datetime as dt
import functools
import itertools
from collections.abc import Callable
from functools import partial

import regex

from policyparse.document import Document
from policyparse.grammar.dates import (
    ABSOLUTE,
    CENTURY,
    DURATION,
    FORWARD,
    FULL_YEAR,
    GLUED_YEAR,
    HALF_YEAR,
    HOLIDAY,
    MONTH_DAY,
    MONTH_RANGE,
    PERIOD,
    PHASE_WINDOW,
    PLAN_ORDINAL,
    QUARTER,
    RANGE_JOIN,
    RELATIVE,
    RELATIVE_MONTH,
    SENTENCE_END,
    TRIGGER_CHARS,
    YEAR_END,
)
from policyparse.lexicon.periods import PLAN_ORDINALS
from policyparse.models import Deadline, Relation
from policyparse.stages.targets.deadlines.context import Context
from policyparse.stages.targets.deadlines.found import (
    NOT_DEADLINE_ROLES,
    VERBS,
    DeadlineRole,
    Found,
    Scan,
    starts_with,
)
from policyparse.stages.targets.deadlines.phases import read_phase_window
from policyparse.stages.targets.deadlines.readers import (
    read_absolute,
    read_century,
    read_duration,
    read_forward,
    read_period,
    read_relative,
)
from policyparse.stages.targets.deadlines.yearless import read_month_range, read_yearless

__all__ = ["DeadlineRole", "Found", "Scan", "find_deadlines", "parse_deadlines", "scan", "to_model"]

Pattern = regex.Pattern[str]
Reader = Callable[[Context, regex.Match[str], dt.date | None, int | None], Found | None]
_COORDINATORS = frozenset({"和", "、", "及", "与", "以及"})


def _read_century(ctx: Context, match: regex.Match[str], _anchor: dt.date | None, _year: int | None) -> Found:
    return read_century(ctx, match)


def _read_period(
    ctx: Context, match: regex.Match[str], _anchor: dt.date | None, _year: int | None
) -> Found | None:
    return read_period(ctx, match, match.group("name"))


def _read_plan_ordinal(
    ctx: Context, match: regex.Match[str], _anchor: dt.date | None, _year: int | None
) -> Found | None:
    return read_period(ctx, match, PLAN_ORDINALS[match.group("ord")])


#: The readers of every form but the absolute one, in the order their candidates are listed,
#: each with the characters at least one of which every match of its pattern contains (a
#: literal of the pattern, or of a look-ahead, which cannot see past the scanned window): a
#: sentence holding none of them is not searched with that pattern.
_READERS: tuple[tuple[Pattern, Reader, frozenset[str]], ...] = (
    (RELATIVE, read_relative, frozenset("年")),
    (YEAR_END, partial(read_yearless, kind="year_end"), frozenset("底末内")),
    (FULL_YEAR, partial(read_yearless, kind="full_year"), frozenset("全")),
    (HOLIDAY, partial(read_yearless, kind="holiday"), frozenset("前")),
    (HALF_YEAR, partial(read_yearless, kind="half"), frozenset("半")),
    (QUARTER, partial(read_yearless, kind="quarter"), frozenset("季")),
    (MONTH_DAY, partial(read_yearless, kind="month"), frozenset("月")),
    (RELATIVE_MONTH, partial(read_yearless, kind="relative_month"), frozenset("月")),
    (MONTH_RANGE, read_month_range, frozenset("月")),
    (DURATION, read_duration, frozenset("年")),
    (FORWARD, read_forward, frozenset("后来")),
    (CENTURY, _read_century, frozenset("世")),
    (PERIOD, _read_period, frozenset("五")),
    (PLAN_ORDINAL, _read_plan_ordinal, frozenset("第")),
)
#: Every pattern of the scan with the characters one of which each of its matches contains.
REQUIRED_CHARS: dict[Pattern, frozenset[str]] = {
    ABSOLUTE: frozenset("年"),
    PHASE_WINDOW: frozenset("（"),
    GLUED_YEAR: frozenset("年"),
    **{found: chars for found, _, chars in _READERS},
}
#: The characters a window is tested for: those the patterns need and the trigger characters
#: (one of which every time expression holds). A window's set of them plans its patterns.
TIME_CHARS: frozenset[str] = TRIGGER_CHARS.union(*REQUIRED_CHARS.values())


def _may_match(chars: frozenset[str], present: frozenset[str]) -> bool:
    """Whether a pattern whose every match holds one of ``chars`` can match text made of ``present``."""
    return not chars.isdisjoint(present)


@functools.lru_cache(maxsize=1024)
def _patterns_for(present: frozenset[str]) -> tuple[bool, bool, tuple[tuple[Pattern, Reader], ...], bool]:
    """The patterns that can match a text whose characters of :data:`TIME_CHARS` are
    ``present``: whether a phase's window can, whether the absolute one can, the readers' (in
    their order), whether the glued year's can. Sentences hold few of those characters, so few
    sets recur: the plan is cached."""
    return (
        _may_match(REQUIRED_CHARS[PHASE_WINDOW], present),
        _may_match(REQUIRED_CHARS[ABSOLUTE], present),
        tuple((pattern, reader) for pattern, reader, chars in _READERS if _may_match(chars, present)),
        _may_match(REQUIRED_CHARS[GLUED_YEAR], present),
    )


def _candidates(
    text: str,
    lo: int,
    hi: int,
    anchor: dt.date | None,
    anchor_year: int | None,
    scan: Scan,
    present: frozenset[str],
) -> list[Found]:
    """Every time expression of ``text[lo:hi]`` read by its reader, before overlaps are resolved;
    ``present`` is the window's characters of :data:`TIME_CHARS`."""
    ctx = Context(text, lo, hi)
    windows, absolute, readers, glued = _patterns_for(present)
    out: list[Found] = []
    if windows:  # first: a window wins over the same span read as a range (see _select)
        for m in PHASE_WINDOW.finditer(text, lo, hi):
            if (f := read_phase_window(ctx, m, anchor, anchor_year)) is not None:
                out.append(f)
    if absolute:
        found = [f for m in ABSOLUTE.finditer(text, lo, hi) if (f := read_absolute(ctx, m, scan)) is not None]
        out.extend(_merge_ranges(ctx, found))
    for pattern, reader in readers:
        for m in pattern.finditer(text, lo, hi):  # most find nothing: no generator made
            if (f := reader(ctx, m, anchor, anchor_year)) is not None:
                out.append(f)
    if glued:
        scan.problems.extend(
            ("W303", m.start(), m.end(), {"text": m.group()}) for m in GLUED_YEAR.finditer(text, lo, hi)
        )
    return out


def _joins_range(ctx: Context, first: Found, second: Found) -> bool:
    gap = ctx.text[first.end : max(second.start, second.core_start)]
    if not gap or not RANGE_JOIN.fullmatch(gap) or first.range_start is not None:
        return False
    return first.year is not None and second.year is not None and first.year <= second.year


def _merge_ranges(ctx: Context, found: list[Found]) -> list[Found]:
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
        second_role = item.role
        if second_role is DeadlineRole.DEADLINE and _joiner_only(ctx, last, item):
            second_role = DeadlineRole.DATE  # 2025年至2026年: 至 joins the range, it relates nothing
        merged.role = _merged_role(ctx, merged, last.role, second_role)
        if last.committed and last.role is DeadlineRole.DEADLINE and item.role not in NOT_DEADLINE_ROLES:
            merged.role, merged.committed = DeadlineRole.DEADLINE, True  # 推荐时间：…～2025年1月14日
        out[-1] = merged
    return out


def _joiner_only(ctx: Context, first: Found, second: Found) -> bool:
    """Whether the second end of a range is a deadline only by the joiner it took for its prefix
    (``2025年至2026年上合组织轮值主席国``: ``至`` read as ``至2026年``), with no suffix of its own;
    not in a ``从…到…`` frame (``从2019年到2021年，完成改造``)."""
    prefix = ctx.text[second.start : second.core_start]
    return (
        second.start == first.end
        and ctx.before(first.start, 1) != "从"
        and RANGE_JOIN.fullmatch(prefix) is not None
        and second.relation is Relation.BY
        and ctx.text[second.end - 1 : second.end] == "年"
    )


def _merged_role(ctx: Context, merged: Found, first: DeadlineRole, second: DeadlineRole) -> DeadlineRole:
    """The role of a range from the roles of its ends (``从2019年到2021年`` is a deadline)."""
    if second in NOT_DEADLINE_ROLES:
        return second
    if first in NOT_DEADLINE_ROLES:
        return first
    return DeadlineRole.DEADLINE if second is DeadlineRole.DEADLINE else _range_role(ctx, merged)


def _range_role(ctx: Context, found: Found) -> DeadlineRole:
    """A bare range is a deadline at a clause start (``2019—2021年，…``) or before a verb."""
    if ctx.at_clause_start(found.start) and ctx.after(found.end, 1) == "，":
        return DeadlineRole.DEADLINE
    if starts_with(ctx.after(found.end, 6), VERBS):
        return DeadlineRole.DEADLINE
    return DeadlineRole.DATE


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
            item.role is DeadlineRole.DATE
            and previous.role is DeadlineRole.DEADLINE
            and text[previous.end : item.start] in _COORDINATORS
        ):
            item.role, item.relation = DeadlineRole.DEADLINE, previous.relation
    for previous, item in reversed(list(itertools.pairwise(found))):
        if (
            previous.role is DeadlineRole.DATE
            and item.role is DeadlineRole.DEADLINE
            and text[previous.end : item.start] in _COORDINATORS
        ):
            previous.role, previous.relation = DeadlineRole.DEADLINE, item.relation
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
    window = text[lo:hi]
    # a test per character of TIME_CHARS (a fast search each), not a set of the window's
    # characters: a task's span runs to thousands of characters
    present = frozenset([char for char in TIME_CHARS if char in window])
    if present.isdisjoint(TRIGGER_CHARS):
        return result  # no character any time expression needs
    found = _candidates(text, lo, hi, anchor, anchor_year, result, present)
    result.found = _inherit_years(text, _select(text, found))
    return result


def _inherit_years(text: str, found: list[Found]) -> list[Found]:
    """A yearless date after a dated one in the same sentence takes its year, not the document's:
    ``2021年6月底前制定…，12月底前实现…`` → December 2021 (a later month only)."""
    dated: Found | None = None
    for item in found:
        if not item.relative and item.year is not None and item.range_start is None:
            dated = item
            continue
        if dated is None or not item.yearless or SENTENCE_END.search(text, dated.end, item.start):
            continue
        if (item.month or 12) >= (dated.month or 1) and item.role is DeadlineRole.DEADLINE:
            item.year, item.relative, item.yearless, item.anchor = dated.year, False, False, None
    return found


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
        if f.role in {DeadlineRole.DEADLINE, DeadlineRole.MENTION}
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
