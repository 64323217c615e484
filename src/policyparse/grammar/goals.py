"""Goals and actions in a sentence: the verbs, modals and statements that make a dated sentence a target.

A time expression sets a deadline only for a goal or action: ``到2025年，建成…`` (a goal verb),
``2019年底前完成…`` (an action verb), ``要``/``力争`` (a commitment), ``…的目标是：`` (a statement
of goals). Lists that only announce work (``今年要重点做好9个方面工作：``) are not targets.
"""

from __future__ import annotations

from policyparse.grammar._compile import alternation, pattern
from policyparse.grammar.quantities import CN_NUMERALS
from policyparse.lexicon.periods import PAST_EVENT_VERBS
from policyparse.lexicon.units import ACTION_VERBS, GOAL_VERBS, MODAL_FALSE_FRIENDS, PREDICATE_MODALS

#: A goal or an action verb (longest first).
VERB = pattern(alternation((*GOAL_VERBS, *ACTION_VERBS)))
#: Words that contain 要/将 without being a modal (重要, 需要, 主要 …): removed before the test.
MODAL_FALSE_FRIEND = pattern("|".join(MODAL_FALSE_FRIENDS))
#: A modal and the Han character of the verb it governs (``要建设``, ``至少建成``; not a copula,
#: ``应为…出生的``, nor 的): searched after :data:`MODAL_FALSE_FRIEND` is removed. 计划 counts
#: right after a year (``2017年计划脱贫…``) or opening the text (the clause after a date);
#: elsewhere it is as often a noun (``土地利用计划总规模``, ``计划收购的总数``).
MODAL_PREDICATE = pattern(
    rf"(?:{alternation(PREDICATE_MODALS)}|(?:^|(?<=年))计划)(?![为是的])[\u4e00-\u9fff]"
)
#: A sentence that only announces a list of work: ``今年要重点做好9个方面工作：``, ``要求是：``.
#: Anchored at the sentence's end, it is searched backwards from there (``(?r)``): only whether
#: a sentence ends so is asked, and a forward search tried every position of the sentence.
LIST_ANNOUNCEMENT = pattern(
    r"(?r)(?:(?:做好|抓好|以下|如下|[一二三四五六七八九十\d]{1,3}个?方面)[^，。；]{0,8}?(?:方面|工作|任务)[^，。；]{0,4}[：。]"
    r"|要求[是为]?：)$"
)
#: A report's statement of its goals: ``经济社会发展的主要预期目标为：…``.
GOAL_STATEMENT = pattern(r"主要(?:预期)?目标(?=是|为)")
#: A statement of goals' content commits to them: ``…工作的目标是：``; so does a planned quantity
#: or a quota (``“十三五”期间…搬迁任务为5086户``).
GOAL_CONTENT = pattern(
    r"目标(?:任务)?(?:是|为|包括)"
    # a planned quantity: 计划搬迁2294户, 计划新建安置房2122套, 计划脱贫453户
    r"|计划\p{Han}{1,6}?[0-9０-９.]+[万亿]?\p{Han}"
    # a quota: 任务为5086户, 任务是完成300个
    r"|任务(?:是|为)\p{Han}{0,4}?[0-9０-９.]+[万亿]?\p{Han}"
)
#: A year named in a heading: ``三、2026年重点工作``.
HEADING_YEAR = pattern(r"(?<!\d)(?:19|20)\d{2}(?=[ ]{0,2}年)")
#: A year range in a title: ``（2021—2035年）``, ``（2021 年-2035 年）``.
TITLE_RANGE = pattern(
    r"(?<!\d)(?P<first>(?:19|20)\d{2})[ ]{0,2}年?[ ]{0,2}[—\-~－–至到]{1,2}[ ]{0,2}(?:19|20)\d{2}"
)
_PAST_EVENT_VERB = "|".join(PAST_EVENT_VERBS)
#: A completed event after a date: ``…组织召开了…``, ``…已印发…``.
PAST_EVENT = pattern(rf"(?:{_PAST_EVENT_VERB})了|已经?(?:{_PAST_EVENT_VERB})")
#: A number alone in parentheses (a list marker, not a note): ``（3）``.
NUMBER_ONLY = pattern(r"[\d一二三四五六七八九十]{1,3}")
#: A list number glued to the year after it (``1．2020年底前…``, ``2、2023年…``): the marker grammar
#: does not take a number right after the marker (``1.2`` is a decimal), so this form is matched here.
NUMBER_BEFORE_YEAR = pattern(r"\d{1,2}[.、](?=[ ]{0,2}\d{4})")
#: A character one of which every quantity of a target holds (a digit, a Chinese numeral, or the
#: ``半`` of ``半个月``; see :data:`~policyparse.grammar.quantities.QUANTITY`): text without one
#: holds no indicator.
NUMERAL = pattern(rf"[\d{CN_NUMERALS}半]")
#: The end of a clause (no ``：``), and of a clause or a lead (with ``：``).
CLAUSE_END = pattern(r"[，。；！？]")
CLAUSE_OR_LEAD_END = pattern(r"[，。；：！？]")

#: Words of a heading over a timetable (``十四、日程安排``, ``实施步骤``, ``时间节点``): a row
#: opening with a yearless date (``5月21日至22日，小学新生报名``) is the time set for its action.
SCHEDULE_TITLE = pattern(r"安排|步骤|进度|日程|时间表|时间节点|阶段|流程|程序")
