"""The context of a time expression: its prefix and suffix, and the role that context gives it.

``到2025年`` sets a deadline; ``自2015年起`` a start, ``截至2020年底`` a status, ``比2015年`` a base
of comparison, ``每年12月底前`` a recurring date, ``预计到2025年`` a forecast, ``到2027年的主要目标``
a mention of goals, ``《…（2021-2023年）》`` a name, and ``“十四五”时期是…`` describes a period.
"""

from __future__ import annotations

from policyparse.grammar.dates import (
    CLAUSE_OR_LINE_BREAK,
    COORDINATED_AFTER,
    COORDINATED_BEFORE,
    DEFINED_PERIOD,
    DESCRIBED,
    EVENT_COUNT,
    FIRST_PART,
    FORECAST_CUE,
    GOAL_NOUN,
    GRANT,
    LAST_CLAUSE_OR_LINE_BREAK,
    LAST_SENTENCE_END,
    MENTION,
    PLAN_CONTENTS,
    PROPOSAL_AFTER,
    SCHEDULED_EVENT,
    TIME_SET,
    VALIDITY_CUE,
    WINDOW_END,
    WINDOW_OPENER,
)
from policyparse.grammar.goals import MODAL_FALSE_FRIEND, MODAL_PREDICATE
from policyparse.grammar.markers import match_marker
from policyparse.lexicon.periods import (
    ADVERBS_BEFORE_VERB,
    BASE_PREFIXES,
    BY_PREFIXES,
    COPULAS,
    DEADLINE_PREFIXES,
    DEADLINE_SUFFIXES,
    FUTURE_MODALS,
    NOT_PREDICATE_AFTER_DATE,
    PAST_MARKERS,
    RECURRING_CONTEXT_WORDS,
    RECURRING_PREFIXES,
    START_PREFIXES,
    START_SUFFIXES,
    STATUS_PREFIXES,
    VERBS_BEFORE_TO,
    WORDS_AFTER_NEI,
)
from policyparse.models import Relation
from policyparse.stages.targets.deadlines.found import VERBS, DeadlineRole, ends_with, starts_with

#: How far back the context tests look, in characters.
LOOKBACK = 24
#: How far back in its sentence a recurring context (每年) is looked for.
_SENTENCE_REACH = 80
#: How far after a date the marker of a completed action (了, 已) is looked for.
_PAST_REACH = 60
#: How far into its clause the verb of a clause-opening date is looked for.
_PREDICATE_REACH = 40
#: A 的 this close after a clause-opening date makes the date part of an attribute
#: (``2017年秋季入学的适龄少年儿童``), not the time of the clause's predicate.
_ATTRIBUTIVE_REACH = 4
#: How far into the clause after a time expression a goal noun makes it a mention.
_GOAL_NOUN_REACH = 20
_PLAN_CONTENTS_REACH = 80
#: The deadline suffixes, longest first (the keys of ``DEADLINE_SUFFIXES``, in their order).
_SUFFIX_WORDS = tuple(DEADLINE_SUFFIXES)
_CLAUSE_OPENERS = frozenset({"在", "于", "一是", "二是", "三是", "四是", "五是", "——", "—"})
#: The goal and action verbs by their first character, shortest first (for :func:`has_predicate`).
_VERBS_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(sorted((verb for verb in VERBS if verb[0] == first), key=len))
    for first in {verb[0] for verb in VERBS}
}


class Context:
    """The text around a match inside the scanned window ``[lo, hi)``."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi

    def before(self, start: int, size: int = 6) -> str:
        return self.text[max(self.lo, start - size) : start]

    def after(self, end: int, size: int = 8) -> str:
        return self.text[end : min(self.hi, end + size)]

    def clause_after(self, end: int, reach: int = LOOKBACK) -> str:
        """Text from ``end`` to the end of the clause (at most ``reach`` characters)."""
        stop = min(self.hi, end + reach)
        brk = CLAUSE_OR_LINE_BREAK.search(self.text, end, stop)
        return self.text[end : brk.start() if brk else stop]

    def clause_before(self, start: int) -> str:
        """Text from the start of the clause up to ``start`` (at most :data:`LOOKBACK`)."""
        begin = max(self.lo, start - LOOKBACK)
        brk = LAST_CLAUSE_OR_LINE_BREAK.search(self.text, begin, start)
        return self.text[brk.end() if brk else begin : start]

    def sentence_before(self, start: int) -> str:
        """Text from the start of the sentence up to ``start`` (at most :data:`_SENTENCE_REACH`)."""
        begin = max(self.lo, start - _SENTENCE_REACH)
        brk = LAST_SENTENCE_END.search(self.text, begin, start)
        return self.text[brk.end() if brk else begin : start]

    def at_clause_start(self, start: int) -> bool:
        """Nothing but an opener (``在``, ``一是``) or a list marker (``（3）``, ``3.``) before
        ``start`` in its clause: ``（3）2018年在全国启动…``, ``3.2018年要在全国推开…``."""
        clause = self.clause_before(start).strip()
        if clause == "" or clause in _CLAUSE_OPENERS:
            return True
        marker = match_marker(clause, 0)
        return marker is not None and marker.end == len(clause)

    def in_book_title(self, start: int) -> bool:
        """An unclosed ``《`` in the 80 characters before ``start``."""
        begin = max(self.lo, start - 80)
        return self.text.rfind("《", begin, start) > self.text.rfind("》", begin, start)

    def parenthesised(self, start: int, end: int) -> bool:
        return start > self.lo and self.text[start - 1] == "（" and end < self.hi and self.text[end] == "）"


def absorb_prefix(ctx: Context, start: int) -> tuple[int, str]:
    """Move ``start`` back over a deadline prefix (``力争到``, ``到 ``); return it and the prefix."""
    before = ctx.before(start, 6)
    gap = len(before) - len(before.rstrip(" "))
    if gap > 2:
        return start, ""
    prefix = ends_with(before[: len(before) - gap][-4:], DEADLINE_PREFIXES) or ""
    return (start - gap - len(prefix), prefix) if prefix else (start, "")


def absorb_suffix(ctx: Context, end: int) -> tuple[int, str]:
    """Move ``end`` over a deadline suffix (``前``, ``底前``, ``以内`` …); return it and the suffix."""
    after = ctx.after(end, 3)
    if after.startswith(("前后", "左右")):
        return end, ""  # 2020年前后: around 2020, not a deadline
    suffix = starts_with(after, _SUFFIX_WORDS) or ""
    if suffix.endswith("内") and after[len(suffix) : len(suffix) + 1] in WORDS_AFTER_NEI:
        return end, ""  # 2026年内蒙古…: 内 starts the next word
    if suffix == "前" and FIRST_PART.match(ctx.text, end, min(ctx.hi, end + 8)):
        return end, ""  # 今年前7个月, 2025年前三季度: the first months of the year, not before it
    return end + len(suffix), suffix


# ---------------------------------------------------------------- roles


def role(
    ctx: Context, start: int, end: int, core_start: int, prefix: str, suffix: str, *, relative: bool
) -> DeadlineRole:
    """Why a time expression is, or is not, a deadline."""
    placed = _role_by_place(ctx, start, end, core_start, prefix, suffix)
    if placed is not None:
        return placed
    return _role_by_clause(ctx, end, core_start, relative=relative)


def _role_by_place(
    ctx: Context, start: int, end: int, core_start: int, prefix: str, suffix: str
) -> DeadlineRole | None:
    """A role the words right around the expression give: a name, a status, a start, a base."""
    before = ctx.before(core_start, 6)
    if _named(ctx, start, end, prefix, suffix):
        return DeadlineRole.NAME
    if ends_with(before, STATUS_PREFIXES):
        return DeadlineRole.STATUS
    if not prefix and ends_with(before, START_PREFIXES):
        return DeadlineRole.START
    if not suffix and starts_with(ctx.after(end, 8), START_SUFFIXES):
        return DeadlineRole.START
    if not prefix and ends_with(before, BASE_PREFIXES):
        return DeadlineRole.BASE
    if prefix in BY_PREFIXES and start > ctx.lo and ctx.text[start - 1] in VERBS_BEFORE_TO:
        return DeadlineRole.BASE  # 达到2019年水平, 增加到一九五四年的…: a level, not a deadline
    return None


def _named(ctx: Context, start: int, end: int, prefix: str, suffix: str) -> bool:
    """A date inside a name: in 《…》, in brackets (``（2021-2023年）``; not a deadline note
    ``（2022年5月底前）``), or naming a document's edition (``2020年《政府工作报告》提出…``)."""
    if ctx.in_book_title(start) or (ctx.parenthesised(start, end) and not suffix):
        return True
    return not prefix and not suffix and ctx.after(end, 1) == "《"


def _role_by_clause(ctx: Context, end: int, core_start: int, *, relative: bool) -> DeadlineRole:
    """The role the clause gives: recurring, validity, forecast, a mention, a description, else a deadline."""
    clause = ctx.clause_before(core_start)
    if relative and _recurs(ctx, core_start, ctx.before(core_start, 6)):
        return DeadlineRole.RECURRING
    if VALIDITY_CUE.search(clause) or _grants_for_window(ctx, clause, end) or _defines_term(ctx, clause, end):
        return DeadlineRole.VALIDITY
    clause_after = ctx.clause_after(end)
    if FORECAST_CUE.search(clause) or FORECAST_CUE.search(clause_after, 0, 8):
        return DeadlineRole.FORECAST
    if MENTION.match(ctx.text, end, min(ctx.hi, end + 24)) or _mentions_goals(clause, clause_after):
        return DeadlineRole.MENTION
    if named_proposal(ctx, core_start, end):
        return DeadlineRole.MENTION
    if ctx.text.find("目标", end, min(ctx.hi, end + _PLAN_CONTENTS_REACH)) != -1 and PLAN_CONTENTS.search(
        ctx.clause_after(end, _PLAN_CONTENTS_REACH)
    ):
        return DeadlineRole.MENTION  # …时期…的思路目标、重点任务和保障措施: a plan's contents named
    if starts_with(ctx.after(end, 8).lstrip("，"), COPULAS) or DESCRIBED.match(ctx.text, end, ctx.hi):
        return (
            DeadlineRole.DATE
        )  # “十四五”时期是…, …时期在…进程中具有…: the period described, no deadline set
    return DeadlineRole.DEADLINE


def _grants_for_window(ctx: Context, clause: str, end: int) -> bool:
    """The date ends a window (``自本意见印发之日起至2022年12月31日前``) in which the sentence
    grants something (``…新取得的土地可申请分批缴纳``): an entitlement's term, not a deadline."""
    return WINDOW_OPENER.search(clause) is not None and GRANT.search(ctx.text, end, ctx.hi) is not None


def _defines_term(ctx: Context, clause: str, end: int) -> bool:
    """The date ends a window (``自上年末最后一次抄表例日至本年末最后一次抄表例日``) that the
    sentence defines as a term (``，作为一个执行年度``, ``为一个考核年度``): no deadline."""
    opened = WINDOW_OPENER.search(clause) is not None or any(word in clause for word in START_PREFIXES)
    return opened and DEFINED_PERIOD.match(ctx.text, end, ctx.hi) is not None


def _recurs(ctx: Context, core_start: int, before: str) -> bool:
    """A yearless date of a recurring rule: ``每年…12月底前``, ``入学当年的5月1日前``, ``一次离岛年内``."""
    sentence = ctx.sentence_before(core_start)
    if any(word in sentence for word in RECURRING_CONTEXT_WORDS):
        return True  # 每年2月底前各省份完成…，3月底前国家卫生健康委完成…
    if ends_with(before.removesuffix("的"), RECURRING_PREFIXES):
        return True
    return ctx.text.startswith("年内", core_start) and bool(EVENT_COUNT.search(ctx.clause_before(core_start)))


def _mentions_goals(clause_before: str, clause_after: str) -> bool:
    """A goal noun that only names goals: ``…期间国家在环境保护领域的目标、任务``.

    No goal or action verb stands between the time expression and the noun, none follows it
    (``碳达峰目标如期实现``), and no ``是``/``为``/``包括``/``：`` states the goals' content. Without
    a 的/等 before the noun (``提出了“十五五”时期全省经济社会发展主要目标``), no verb may stand
    before the time expression either (``完成…“十二五”规划任务`` sets a deadline).
    """
    match = GOAL_NOUN.search(clause_after, 0, _GOAL_NOUN_REACH)
    if match is None:
        return False
    between = clause_after[: match.start()]
    if any(verb in between for verb in VERBS):
        return False
    if not any(word in between for word in ("的", "等")) and any(verb in clause_before for verb in VERBS):
        return False
    rest = clause_after[match.end() :]
    adverb = starts_with(rest, ADVERBS_BEFORE_VERB) or ""
    return starts_with(rest[len(adverb) :], VERBS) is None


def relation(prefix: str, suffix: str, default: Relation) -> Relation:
    """The relation a suffix (``前`` → before) or prefix (``到`` → by) gives, else ``default``."""
    if suffix:
        return Relation(DEADLINE_SUFFIXES[suffix])
    if prefix and ends_with(prefix, BY_PREFIXES):
        return Relation.BY
    return default


def verb_follows(ctx: Context, end: int) -> bool:
    """A goal or action verb right after ``end``, perhaps after an adverb (``分别建成``)."""
    after = ctx.after(end, 8)
    adverb = starts_with(after, ADVERBS_BEFORE_VERB) or ""
    return starts_with(after[len(adverb) :], VERBS) is not None


def time_set(ctx: Context, start: int) -> bool:
    """Whether the date at ``start`` is the time set for an action (``报名时间为4月26日…``)."""
    return TIME_SET.search(ctx.text, max(ctx.lo, start - 16), start) is not None


def event_date(ctx: Context, start: int) -> bool:
    """Whether the date at ``start`` opens a parenthesis after a scheduled event (``将举行…运动会
    （2026年，比什凯克）``): the time set for the event."""
    return (
        start > ctx.lo
        and ctx.text[start - 1] == "（"
        and SCHEDULED_EVENT.search(ctx.text, max(ctx.lo, start - 60), start - 1) is not None
    )


def named_proposal(ctx: Context, start: int, end: int) -> bool:
    """Whether the expression lies inside a proposal's name (``注意到关于…于2026年举办开幕式的倡议``):
    a proposal noted, no deadline set."""
    return "关于" in ctx.sentence_before(start) and PROPOSAL_AFTER.match(ctx.text, end, ctx.hi) is not None


def scheduled_after(ctx: Context, end: int, *, any_action: bool = False) -> bool:
    """Whether an action follows a date that 于 introduces, past the end of its window, a second
    day, times of day and a comma (:data:`~policyparse.grammar.dates.WINDOW_END`): a goal or
    action verb, or any action after a window (or right after the date with ``any_action``, as
    for a yearless day: ``学校于6月17日派发…``)."""
    window = WINDOW_END.match(ctx.text, end, min(ctx.hi, end + 30))
    past = window.end() if window is not None else end
    return verb_follows(ctx, past) or ((past > end or any_action) and action_after(ctx.after(past, 2)))


def action_after(after: str) -> bool:
    """Whether ``after`` (the characters after a scheduled date) goes on with an action in Han
    characters, not with 的, 前, 后, 起, 以 …: a name, a bound or a start (``于5月7日至11日登录…``)."""
    return bool(after) and "\u4e00" <= after[0] <= "\u9fff" and after[0] not in "的前后起以止间期内"


def opens_predicate(ctx: Context, start: int, end: int) -> bool:
    """A date opening its clause whose predicate, later in the clause, is a goal or action verb:
    the time of a plan's measure (``2025年对…贷款给予财政贴息``, ``…，2021年全面推广…``)."""
    if not ctx.at_clause_start(start) or starts_with(ctx.after(end, 2), NOT_PREDICATE_AFTER_DATE):
        return False
    clause = ctx.clause_after(end, _PREDICATE_REACH)
    if 0 <= clause.find("的") <= _ATTRIBUTIVE_REACH:
        return False  # 2017年秋季入学的适龄少年儿童…须…: the date is in the subject's attribute
    return has_predicate(clause)


def has_predicate(clause: str) -> bool:
    """Whether ``clause`` has a goal or action predicate: a listed verb (:func:`verb_predicate`),
    or, before any copula, a modal governing a verb that need not be a listed one
    (``2020年全县每个行政村要建设…``, ``…至少建设…``)."""
    if verb_predicate(clause):
        return True
    return MODAL_PREDICATE.search(MODAL_FALSE_FRIEND.sub("", clause[: _copula_stop(clause)])) is not None


def verb_predicate(clause: str) -> bool:
    """Whether a goal or action verb is the predicate of ``clause``: something follows it (not
    the noun ending a name, ``2026年…政府工作报告``) and no copula comes before it
    (``2026年政府工作主要是围绕…``).

    One pass over the clause rather than a search for each verb: both tests only get harder
    further into the clause, so a verb qualifies if any place of it does, and the places to try
    are those before the end of the first copula, shortest verb first.
    """
    length = len(clause.rstrip())
    for at in range(_copula_stop(clause)):
        for verb in _VERBS_BY_FIRST.get(clause[at], ()):
            if at + len(verb) >= length:
                break
            if clause.startswith(verb, at):
                return True
    return False


def _copula_stop(clause: str) -> int:
    """The end of the first copula in ``clause`` (else of its text without trailing space)."""
    return min(
        [len(clause.rstrip()), *(clause.find(copula) + len(copula) for copula in COPULAS if copula in clause)]
    )


def reports_past(ctx: Context, end: int) -> bool:
    """The clause after a date tells a completed action (``2019年，国务院印发了…``,
    ``於2025年成立了…``): the date of a past event, not a deadline."""
    start = end + 1 if ctx.after(end, 1) == "，" else end
    clause = ctx.clause_after(start, _PAST_REACH)
    return any(marker in clause for marker in PAST_MARKERS)


def has_relation(ctx: Context, start: int, end: int, prefix: str, suffix: str) -> bool:
    """A relation word, a modal before ``在``/``于`` (``将在2011年…``), a verb right after, the
    clause-initial ``2000年，`` form (or ``2000年：`` labelling a year's goals), or a clause opened
    by the date whose predicate is a goal or action (``2025年对…给予贴息``)."""
    if suffix or (prefix and prefix not in {"于", "在"}):
        return True
    if prefix and ends_with(ctx.before(start - len(prefix), 2), FUTURE_MODALS):
        return True
    if verb_follows(ctx, end):
        return True
    if ctx.at_clause_start(start) and ctx.after(end, 1) in ("，", "："):
        return True  # 2000年，…; a year's label opening its goals (2017年：计划搬迁2294户…)
    if _coordinated_opening(ctx, start, end):
        return True
    return opens_predicate(ctx, start, end)


def _coordinated_opening(ctx: Context, start: int, end: int) -> bool:
    """Coordinated years opening a clause, the last before ``，`` (``2025年和2030年，…分别提升至…``):
    each is the clause-initial ``2000年，`` form."""
    first, last = start, end
    while (m := COORDINATED_BEFORE.search(ctx.text, max(ctx.lo, first - 6), first)) is not None:
        first = m.start()
    while (m := COORDINATED_AFTER.match(ctx.text, last, ctx.hi)) is not None:
        last = m.end()
    if (first, last) == (start, end):
        return False
    return ctx.at_clause_start(first) and ctx.after(last, 1) == "，"
