"""A time expression found in a string, with its role: the record every part of the scan fills.

Offsets are indices into the scanned string (the normalised view for a document).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from policyparse.grammar.numerals import cn_to_int
from policyparse.lexicon.units import ACTION_VERBS, GOAL_VERBS
from policyparse.models import Precision, Relation

#: Goal and action verbs, longest first (a verb right after a date makes it a deadline).
VERBS = tuple(sorted(GOAL_VERBS + ACTION_VERBS, key=len, reverse=True))
#: Quarter numerals -> quarter.
QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


class DeadlineRole(str, Enum):
    """Why a time expression is, or is not, a deadline."""

    DEADLINE = "deadline"
    START = "start"  # 自2015年起
    STATUS = "status"  # 截至2020年底
    BASE = "base"  # 比2015年, 达到2019年水平
    RECURRING = "recurring"  # 每年12月底前
    VALIDITY = "validity"  # 有效期至…, 公告期为…
    FORECAST = "forecast"  # 预计到2025年
    MENTION = "mention"  # 到2027年和2035年的主要目标
    DATE = "date"  # a plain date, or a period described (“十四五”时期是…)
    NAME = "name"  # 《…（2021-2023年）》, “十四五”规划


#: Roles that are never a deadline, whatever joins them.
NOT_DEADLINE_ROLES = frozenset(
    {
        DeadlineRole.VALIDITY,
        DeadlineRole.FORECAST,
        DeadlineRole.NAME,
        DeadlineRole.STATUS,
        DeadlineRole.MENTION,
        DeadlineRole.BASE,
    }
)


@dataclass(slots=True)
class Found:
    """A time expression found in a string, with its role (``deadline`` or why it is not one)."""

    start: int
    end: int
    role: DeadlineRole = DeadlineRole.DEADLINE
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
    #: The expression itself commits to an outcome: ``用3年时间``, ``力争用2-3年时间`` (spend the
    #: time to do what follows), unlike ``今后五年`` or ``年内``, which need a verb in their clause.
    committed: bool = False
    #: A yearless expression that counts only in a section about its year (``三、2026年重点工作``):
    #: ``全年开行3000列以上``, which in a review or a news summary tells the past year.
    needs_section: bool = False
    needs_schedule: bool = False
    #: The window of a plan's phase (``集中整治阶段（5月1日至10月31日）``): a target even as a
    #: heading's title, which states the phase's action.
    phase: bool = False

    @property
    def is_deadline(self) -> bool:
        """True for a deadline (a mention of dated goals is not one)."""
        return self.role is DeadlineRole.DEADLINE

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


def number(text: str | None) -> int | None:
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    return cn_to_int(text)


def ends_with(text: str, words: tuple[str, ...]) -> str | None:
    if not text.endswith(words):
        return None
    for word in words:
        if text.endswith(word):
            return word
    return None


def starts_with(text: str, words: tuple[str, ...] | list[str]) -> str | None:
    if not text.startswith(tuple(words)):
        return None
    for word in words:
        if text.startswith(word):
            return word
    return None


def valid_day(year: int, month: int | None, day: int | None) -> bool:
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]
