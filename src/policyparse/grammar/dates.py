"""Dates and time expressions: full dates of the metadata, and the deadline grammar of targets.

One grammar, two uses. A *full date* (``2019年2月19日``, ``二〇一九年二月十九日``, ``2019-02-19``)
is the 成文日期, a date line or a publication time; :func:`parse_date` reads one. The *deadline
grammar* finds every time expression of policy text (``到2025年``, ``2019年6月底前``,
``“十四五”期间``, ``用3年时间``, ``年底前`` …); :mod:`policyparse.stages.targets.deadlines`
gives each a role and resolves it against the document's date. Both are built from the same
pieces below (year digits, month and day numerals, the spaces PDF extraction puts around
numbers). The vocabulary (planning periods, relative words, cue words) is data in
:mod:`policyparse.lexicon.periods`.

>>> parse_date("二〇一九年二月十九日")
datetime.date(2019, 2, 19)
>>> parse_date("二00六年十月八日")
datetime.date(2006, 10, 8)
>>> parse_date("2026-02-01") is None, parse_date("2019年2月30日") is None
(False, True)
"""

from __future__ import annotations

import datetime as dt

import regex

from policyparse.grammar._compile import alternation, pattern
from policyparse.grammar.numerals import cn_to_int
from policyparse.lexicon.agencies import DEADLINE_LABELS
from policyparse.lexicon.periods import (
    CENTURY_MARKS,
    COPULAS,
    DURATION_PREFIXES,
    EVENT_COUNT_MEASURES,
    FORECAST_CUES,
    FORWARD_WORDS,
    GOAL_CONTENT_CUES,
    GOAL_MENTION_WORDS,
    GRANT_FALSE_FRIENDS,
    HOLIDAYS,
    PLAN_ORDINALS,
    PLANNING_PERIODS,
    RELATIVE_MONTHS,
    RELATIVE_YEARS,
    TIME_SET_ACTIONS,
    VALIDITY_CUES,
    WINDOW_OPENERS,
    WINDOW_TODAY,
)

# ---------------------------------------------------------------- the pieces

#: Characters of a year written digit by digit in Chinese (二〇一九; ○ and O typed for 〇).
YEAR_DIGITS = "〇零○OＯ一二三四五六七八九"
#: Chinese numerals of months, days and counts.
CN_DIGITS = "〇零一二两三四五六七八九十"
#: Text extracted from PDF puts spaces around numbers (``到 2025 年``, ``2020 年 8 月 26 日``):
#: at most two between a number and its 年/月/日.
GAP = "[ ]{0,2}"
#: The same gap where tabs occur too (date lines of the metadata).
LINE_GAP = r"[ \t]{0,2}"
#: A year; a hard line wrap may fall between its digits and 年 (``到 2050`` / ``年提高到…``).
_YEAR = rf"(?P<year>\d{{4}}|[{YEAR_DIGITS}]{{4}})(?:[ ]{{0,2}}\n)?{GAP}年"
_MONTH = rf"(?P<month>\d{{1,2}}|十[一二]?|[一二三四五六七八九]){GAP}月份?"
#: A day; its 日 may be missing right before 前 (``4月28前上报``).
_DAY = (
    rf"(?P<day>\d{{1,2}}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    rf"(?:{GAP}[日号]|(?=[ ]{{0,2}}(?:之前|以前|前)(?!后)))"
)
_PART = r"(?P<part>底|末|中旬|上旬|下旬)"
#: The first month of a range of months in one year: ``1997年4—6月``, ``2021年6月至12月``.
_FIRST_MONTH = rf"(?:(?P<m0>\d{{1,2}}|十[一二]?|[一二三四五六七八九]){GAP}月?份?\s?[—\-~至到]\s?)"


def _sub(first_month: str) -> str:
    """The part of a year after 年: a half, a quarter, a month (perhaps a range), a day, its end."""
    return (
        rf"(?:(?P<half>[上下]半年)|第?(?P<quarter>[一二三四1-4])季度(?P<qend>末)?"
        rf"|{GAP}{first_month}{_MONTH}(?:{GAP}{_DAY}|{_PART})?|(?P<yend>年底|年末|底|末))"
    )


#: After a year; after 今年/本年 a range of months is read by :data:`MONTH_RANGE`.
_SUB = _sub(f"{_FIRST_MONTH}?")
_RELATIVE_SUB = _sub("")
_NUM = rf"(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})"
#: Not right after a number and a gap: ``2025 年底`` is one absolute date, not ``年底``.
_NOT_AFTER_NUMBER = rf"(?<![\d{CN_DIGITS}年月][ ]{{1,2}})"

# ---------------------------------------------------------------- full dates (metadata)

#: A full Arabic date: 2019年2月19日 (groups y, m, d).
ARABIC_DATE = rf"(?P<y>(?:19|20)\d\d){LINE_GAP}年{LINE_GAP}(?P<m>\d{{1,2}}){LINE_GAP}月{LINE_GAP}(?P<d>\d{{1,2}}){LINE_GAP}日"
#: A full Chinese date: 二〇一九年二月十九日, 二00六年十月八日 (groups cy, cm, cd).
CN_DATE = (
    r"(?P<cy>[〇零○OΟ0-9一二三四五六七八九]{4})年(?P<cm>[一二三四五六七八九十]{1,3})月"
    r"(?P<cd>[一二三四五六七八九十]{1,3})日"
)
#: A full date, Arabic or Chinese.
DATE_SOURCE = rf"(?:{ARABIC_DATE}|{CN_DATE})"
DATE = pattern(DATE_SOURCE)
#: An ISO date or date-time (a web page's publication time).
ISO_DATE = pattern(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
#: A date written as eight digits, as a broadcast names its edition: ``《新闻联播》 20260613``.
COMPACT_DATE = pattern(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")

# ---------------------------------------------------------------- time expressions (deadlines)

#: Not inside a longer number: no digit before, and no ``.`` unless it ends a list marker that opens
#: a line, a sentence or a clause (``1．2020年底前制定…``, ``…负责）3．2020年底前…``); ``1.2.2020年``
#: and ``3.2025`` are not years.
_NOT_IN_NUMBER = r"(?<!\d)(?:(?<=(?:^|[\n。；：！？）)\s])\d{1,2}\.)|(?<!\.))"
ABSOLUTE = pattern(rf"{_NOT_IN_NUMBER}(?:(?P<head>\d{{4}})\s?[—\-~]{{1,2}}\s?)?{_YEAR}{_SUB}?")
RELATIVE = pattern(rf"(?P<word>{alternation(RELATIVE_YEARS, escape=False)}){_RELATIVE_SUB}?")
RELATIVE_MONTH = pattern(rf"(?P<word>{alternation(RELATIVE_MONTHS, escape=False)})(?P<part>底|末)?")
YEAR_END = pattern(
    rf"(?<![\d年{YEAR_DIGITS}今本明两几十百多数个去前上同当]){_NOT_AFTER_NUMBER}(?P<yend>年底|年末|年内)"
)
#: A holiday right before 前: ``“十一”前``, ``国庆节前``, ``元旦之前``.
HOLIDAY = pattern(
    rf"(?P<q1>[“\"‘'])?(?P<name>{alternation(HOLIDAYS)})(?P<q2>[”\"’'])?(?=(?:之前|以前|前)(?!后))"
)
#: ``全年`` as the time of a current-year plan's measure (``全年开行3000列以上``).
FULL_YEAR = pattern(r"(?<![\d年今本明去])全年(?!度)")
HALF_YEAR = pattern(rf"(?<![年\d]){_NOT_AFTER_NUMBER}(?P<half>[上下]半年)")
QUARTER = pattern(rf"(?<![年\d]){_NOT_AFTER_NUMBER}第?(?P<quarter>[一二三四1-4])季度(?P<qend>末)?")
MONTH_DAY = pattern(rf"(?<![\d年月{CN_DIGITS}]){_NOT_AFTER_NUMBER}{_MONTH}(?:{GAP}{_DAY}|{_PART})?")
MONTH_RANGE = pattern(
    rf"(?P<word>本年|今年)(?P<m1>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月?[至到\-—~]{_MONTH}"
)
DURATION = pattern(
    rf"(?:(?P<pre>{'|'.join(DURATION_PREFIXES)}){GAP})?(?<![\d.])(?P<n1>{_NUM})"
    rf"(?:\s?[-—~至到]\s?(?P<n2>{_NUM}))?{GAP}个?年(?:左右)?的?(?P<time>时间)?(?P<suf>之内|以内|内)?"
)
FORWARD = pattern(rf"(?P<word>{'|'.join(FORWARD_WORDS)})(?P<n>{_NUM})个?年")
CENTURY = pattern(alternation(CENTURY_MARKS))
PERIOD = pattern(
    rf"(?<![第{CN_DIGITS}])(?P<q1>[“\"‘'])?(?P<name>{alternation(PLANNING_PERIODS, escape=False)})"
    rf"(?![{CN_DIGITS}个])(?P<q2>[”\"’'])?(?P<plan>规划|计划)?"
)
PLAN_ORDINAL = pattern(rf"(?P<ord>{'|'.join(PLAN_ORDINALS)})五年(?P<plan>规划|计划)(?:纲要)?")
#: What may follow a scheduled date before its action: the end of a window (``至11日``,
#: ``至5月26日``, ``—18日``), a second day (``、26日``), times of day (``9:00至6月5日15:00``),
#: a comma (``于2026年5月16日至18日，根据…到学校审核``). May match nothing.
WINDOW_END = pattern(
    r"(?:[ \t]?\d{1,2}[:：]\d{2})?[ \t]?(?:[至到\-—~－、][ \t]?(?:\d{1,2}月)?\d{1,2}日)?"
    r"(?:[ \t]?\d{1,2}[:：]\d{2})?(?:前|止)?[，,]?"
)
#: The time set for an action, right before its date or window: ``报名时间为``,
#: ``推荐时间：``, ``集中报名时间原则上为``, ``申报截止时间为``; or a task's deadline label
#: (``完成时限：2019年12月底``, ``时间节点：``), whose date is the time set for the task above it.
TIME_SET = pattern(
    "(?:(?:"
    + "|".join(TIME_SET_ACTIONS)
    + r")[\p{Han}]{0,4}?(?:截止)?(?:时间|日期|期限)(?:原则上|统一|定)?(?:为|是|于|：|:)"
    + "|(?:"
    + alternation(DEADLINE_LABELS)
    + r")[：:])[ \t]?$"
)
#: What follows a timetable row's date before its action: the window's end, a part of the
#: day, then a comma (``5月21日至22日，小学新生报名``, ``6月26日上午，…电脑派位``).
TIMETABLE_DATE_END = pattern(
    r"(?:(?:[ \t]?\d{1,2}[:：]\d{2})?[ \t]?[至到\-—~－][ \t]?(?:\d{1,2}月)?\d{1,2}日)?"
    r"(?:上午|下午|晚上|中午|全天)?(?:[ \t]?\d{1,2}[:：]\d{2})?[，,：:](?=\p{Han})"
)


def _window_date(name: str) -> str:
    """A date of a phase's window: a year, a month, a day, a part of the month, each optional
    (groups ``{name}y``, ``{name}m``, ``{name}d``); it starts with a digit."""
    return (
        rf"(?=\d)(?:(?P<{name}y>\d{{4}}){GAP}年{GAP})?(?:(?P<{name}m>\d{{1,2}}){GAP}月份?"
        rf"(?:{GAP}(?P<{name}d>\d{{1,2}}){GAP}[日号])?(?:底|末|初|上旬|中旬|下旬)?)?"
    )


#: A phase's window in parentheses closing its name, the name's end before it:
#: ``…阶段（即日起至4月30日）。``, ``第一阶段(2022年7月至2022年12月)。``, ``部署阶段（2022年5月）``.
#: The window's end (group ``b``) is the phase's deadline; its start (``a``) may lend the year.
PHASE_WINDOW = pattern(
    rf"（{GAP}(?:(?:(?P<today>{alternation(WINDOW_TODAY)})|{_window_date('a')}){GAP}起?{GAP}"
    rf"(?:[至到\-—~－]{{1,2}}){GAP})?{_window_date('b')}{GAP}(?P<suf>前|止)?{GAP}）"
    r"(?=[。：:；;]|[ \t]*(?:\n|$))"
)

#: Every time expression contains one of these characters; text without them is skipped.
TRIGGER_CHARS = frozenset("年月季世期五前")
TRIGGER = pattern("[" + "".join(sorted(TRIGGER_CHARS)) + "]")
#: The end of a sentence between two time expressions.
SENTENCE_END = pattern(r"[。；！？\n]")
#: The same, searched right to left (``(?r)``): the last sentence end before a position.
LAST_SENTENCE_END = pattern(r"(?r)[。；！？\n]")
#: What joins the two ends of a range: 2021年至2025年, 2019—2021年.
RANGE_JOIN = pattern(r"\s?(?:[—\-~]{1,2}|至|到)\s?")
#: A year glued to further digits (a misprint): 20255年.
GLUED_YEAR = pattern(r"(?<![\d.])(?:19|20)\d{3,6}年")

# ---------------------------------------------------------------- context of a time expression

_GOAL_CONTENT = "|".join(regex.escape(cue) for cue in GOAL_CONTENT_CUES)
#: A mention of dated goals after a time expression: ``…到2027年和2035年的主要目标`` (not ``目标是：``).
MENTION = pattern(
    rf"(?:[和、及与至到]{{1,2}}(?:\d{{4}}|[{YEAR_DIGITS}]{{4}})年(?:前|底|末)?){{0,3}}的?"
    rf"(?:(?:{'|'.join(GOAL_MENTION_WORDS)})的?){{0,3}}目标(?!{_GOAL_CONTENT})"
)
#: A scheduled event right before a parenthesis that opens with its date and place
#: (``将举行第六届世界游牧民族运动会（2026年，比什凯克）``, ``支持举行…会议（2025年12月18日至19日，阿克套）``).
SCHEDULED_EVENT = pattern(
    r"(?:举行|举办|召开)[^，。；（）\n]{0,50}(?:会议|论坛|峰会|大会|运动会|博览会|交易会|展览会|年会|赛事|开幕式)$"
)
#: A proposal named around a time expression: ``关于…于2026年举办开幕式的倡议`` (noted, not set).
PROPOSAL_AFTER = pattern(r"[^。；\n]{0,40}?的(?:倡议|建议|提议)")
#: A year joined to the one after it in a run of coordinated years (``2025年和2030年，…分别…``):
#: searched right before a year (``COORDINATED_BEFORE``) or right after one (``COORDINATED_AFTER``).
COORDINATED_BEFORE = pattern(r"(?:19|20)\d\d年[和、及与]$")
COORDINATED_AFTER = pattern(r"[和、及与](?:19|20)\d\d年")
#: The end of a clause (or line) around a time expression.
CLAUSE_OR_LINE_BREAK = pattern(r"[，。；：！？\n]")
#: The same, searched right to left (``(?r)``): the last break before a position, found
#: without listing every break of the window.
LAST_CLAUSE_OR_LINE_BREAK = pattern(r"(?r)[，。；：！？\n]")
#: A copula after a prepositional phrase: ``“十五五”时期在…进程中具有承前启后的重要地位``.
DESCRIBED = pattern(rf"，?在[^，。；：！？\n]{{1,30}}?[中里上](?:{alternation(COPULAS, escape=False)})")
#: A goal noun that names goals without stating them (``目标``, ``任务``, not ``目标是``).
GOAL_NOUN = pattern(rf"(?:目标|任务)(?!{_GOAL_CONTENT})")
#: A plan's contents listed after a period (a report summing up a plan): ``明确了“十五五”时期深入
#: 实施就业优先战略…的思路目标、重点任务和保障措施`` names goals, sets none.
PLAN_CONTENTS = pattern(r"的(?:思路|总体|主要|发展)?目标(?:、|和|及)(?:重点|主要)?(?:任务|举措|措施|路径)")
#: A word of the document's validity or posting period in a clause (``有效期``, ``公示期``).
VALIDITY_CUE = pattern(alternation(VALIDITY_CUES))
#: A window opened before a date (``自…之日起至``): with a grant after it, an entitlement's term.
WINDOW_OPENER = pattern(alternation(WINDOW_OPENERS))
#: A window's end followed by what the window is defined to be (``自上年末…至本年末…，作为一个执行
#: 年度``, ``…至本年11月30日为一个考核年度``): a term, not a deadline.
DEFINED_PERIOD = pattern(
    r"[^，。；\n]{0,12}?[，,]?(?:作为|为)(?:一个|1个)?\p{Han}{0,6}?(?:年度|周期)(?=[，。；\n]|$)"
)
#: 可 granting something (``可申请``, ``可不配建``), not inside another word (``可持续``, ``许可``).
GRANT = pattern(
    rf"(?<!{alternation(w[:-1] for w in GRANT_FALSE_FRIENDS if w.endswith('可'))})可"
    rf"(?!{alternation(w[1:] for w in GRANT_FALSE_FRIENDS if w.startswith('可'))})"
)
#: The first part of a year after a date: ``前7个月``, ``前三季度``, ``前两个季度`` (``今年前7个月``).
FIRST_PART = pattern(r"前[0-9一二三四五六七八九十两]{1,2}(?:个月|个?季度|周)")
#: A word of a forecast around a time expression (``预计``, ``未来``).
FORECAST_CUE = pattern(alternation(FORECAST_CUES))
#: An event count shortly before ``年内``: ``一次离岛年内`` (a duration counted from each event).
EVENT_COUNT = pattern(rf"(?:[\d{CN_DIGITS}]{{1,3}}[{EVENT_COUNT_MEASURES}]|每)[^，。；：！？]{{0,8}}$")


# ---------------------------------------------------------------- reading full dates


def _cn_part(text: str) -> int | None:
    return cn_to_int(text.replace("0", "〇").replace("Ο", "〇"))


def date_of(m: regex.Match[str]) -> dt.date | None:
    """The date a :data:`DATE`/:data:`ISO_DATE` match names, ``None`` if impossible."""
    groups = m.groupdict()
    try:
        if groups.get("y"):
            return dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        year, month, day = _cn_part(groups["cy"]), _cn_part(groups["cm"]), _cn_part(groups["cd"])
        if year is None or month is None or day is None:
            return None
        return dt.date(year, month, day)
    except (ValueError, TypeError, KeyError):
        return None


def parse_date(text: str) -> dt.date | None:
    """The first full date in ``text``, Arabic, Chinese or ISO."""
    for found in (DATE, ISO_DATE):
        if (m := found.search(text)) is not None:
            return date_of(m)
    return None
