"""Section titles and counts of the task list: which headings name tasks, which frame the
document, which announce how many tasks there are, and which documents have no task list.

The words are data in :mod:`policyparse.lexicon.tasks`.
"""

from __future__ import annotations

from regex import escape

from policyparse.grammar._compile import MULTILINE, alternation, pattern
from policyparse.lexicon.agencies import DEADLINE_LABELS
from policyparse.lexicon.tasks import (
    TASK_SECTION_WORDS,
    TASK_SECTION_WORDS_AT_END,
    TASK_SECTION_WORDS_TRADITIONAL,
)

TASK_SECTION = pattern(
    "|".join(
        escape(word) + (r"(?![\p{Han}])" if word in TASK_SECTION_WORDS_AT_END else "")
        for word in TASK_SECTION_WORDS + TASK_SECTION_WORDS_TRADITIONAL
    )
    # a short title ending in 任务 or 举措 names the list whatever its modifier (行动任务, 年度任务)
    + r"|^[\p{Han}“”]{0,6}(?:任务|任務|举措|舉措)$"
)

#: Review sections of a report (past work, achievements): never a task list.
REVIEW_SECTION = pattern(r"回顾|成就|成效|进展情况|完成情况|工作总结|取得的")

#: Schedule sections whose children are dated phases: never a task list.
SCHEDULE_SECTION = pattern(r"工作进度|进度安排|实施步骤|时间安排|步骤安排|时间进度|工作步骤|阶段安排")

#: A task word that also names a timetable (``招生工作安排``): decided by the children.
SCHEDULE_WORD_AT_END = pattern(
    "(?:" + "|".join(escape(word) for word in sorted(TASK_SECTION_WORDS_AT_END)) + r")(?![\p{Han}])"
)

#: Headings that name goals only (目标任务, 主要目标): framing unless they have action children.
GOALS_ONLY = pattern(r"^[^，、和与及]{0,12}(?:目标任务|主要目标|发展目标|工作目标|总体目标|预期目标|目标)$")

#: Headings that name goals and tasks in one word (主要目标任务, 目标和任务): task-naming when
#: their children prescribe action (decided with the children, in the tasks stage).
GOALS_AND_TASKS = pattern(r"目标(?:和|与|及)?任务$")

#: Headings that name goals and measures together: task-naming, goal children skipped.
GOALS_AND_MEASURES = pattern(r"目标.{0,3}(?:和|与|及).{0,4}(?:举措|措施|任务)")

#: Opening framing sections: requirements, ideas, principles, goals, significance, situation.
OPENING_FRAMING = pattern(
    r"总体要求|总体思路|总体目标|总体定位|指导思想|基本原则|工作原则|主要目标|发展目标|工作目标|目标任务|预期目标|"
    r"发展思路|工作思路|思路(?:和|及|与)(?:主要)?目标|"
    r"重要意义|重大意义|^充分认识|发展现状|现状|面临形势|形势|背景|适用范围|编制依据|试点范围|工作范围|基本思路|发展定位|"
    r"总则|定义|目的和依据|原则$|主要内容$|方法.{0,2}步骤$|步骤$|"
    # a rule's scope and terms (实行范围, 执行周期, 实施期限, 支持对象): no action prescribed
    r"范围$|周期$|期限$|对象$"
)

#: Closing framing sections: leadership, organisation, implementation, coordination,
#: supervision, evaluation, safeguards (whatever the wording).
CLOSING_FRAMING = pattern(
    r"领导|组织实施|保障(?:措施|机制|体系|工作)?$|组织保障|实施保障|政策保障|资金保障|要素保障$|协调配合|督促检查|督查|考核|评估|评价|配套措施|附则|监督检查|宣传引导|"
    r"舆论宣传|工作要求|其他事项|有关要求|组织协调|抓好落实|贯彻落实|统筹协调"
)

#: Party leadership as the last section of a plan (``六、坚持党建引领，健全行业法治保障水平``):
#: closing framing there, a task elsewhere (``企业党建引领`` in a Party-building plan).
CLOSING_PARTY_LEADERSHIP = pattern(r"党建|党的建设")

#: Policy support sections are not framing even though they mention 保障/支持.
NOT_FRAMING = pattern(r"支持政策|政策支持|政策引导|支持力度|政策体系|完善.{0,6}政策")

#: A title that states an outcome rather than an action: ``…取得决定性进展``, ``…迈上新台阶``,
#: ``…明显改善`` (the goals of a 目标任务 section, blind b08/pool 069).
GOAL_OUTCOME = pattern(
    r"(?:取得|实现|迈出|迈上|跃上|开创)\p{Han}{0,5}(?:进展|成效|突破|成果|步伐|台阶|局面)$"
    r"|(?:明显|显著|持续|稳步|全面|基本|大幅)(?:改善|提升|增强|提高|建成|形成|完善|下降|上升)$"
)

#: Titles of action programmes (…行动, …工程, …计划) and normative titles count as action.
ACTION_PROGRAMME = pattern(r"(?:行动|工程|计划|专项|攻坚|战役|示范)$|必须|应当|不得")

#: A topic noun phrase (``清理整顿工作的主要内容``): not an action title even after a verb; nor
#: a support rule's section (``二、支持内容``, ``补贴标准``, ``申报条件``), whose verb modifies the noun.
TOPIC_PHRASE = pattern(
    r"的(?:主要|基本|总体|具体)?(?:原则|内容|方法|步骤|范围|对象|意义|目标|要求|职责|任务|形势|现状|问题|情况|重点|依据|定位|思路)$"
    r"|^(?:支持|补贴|资助|奖励|扶持|贴息|补助|申报|认定)(?:内容|标准|方式|条件|程序|流程|对象|额度|金额|范围|期限)$"
)

#: 保障 in these words is a topic (social security, housing), not a safeguards section.
NOT_SAFEGUARD = pattern(r"社会保障|民生保障|住房保障|医疗保障|生活保障|保障性|保障和改善民生|保障和改善")

#: A dash bullet opening an item inside a paragraph, after a colon or a full stop
#: (``会议从三方面部署多项措施：——进一步提高通关效率。…——进一步降低…``).
INLINE_DASH = pattern(r"(?<=[：。；][ \t]{0,2})——(?!—)")
#: The verbs that may open the first clause of an inline item (一是…).
INLINE_ITEM = pattern(r"(?<![第])([一二三四五六七八九十]{1,3})(?:是|要)")

#: Count phrases announcing a task list: 五项重点任务, 十个方面的重点任务, 9方面重点任务, 八大工程,
#: 20项任务, 十五条措施, 八个方面工作.
COUNT_NUMBER = r"(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,3})"

COUNT_PHRASE = pattern(
    COUNT_NUMBER + r"(?:"
    r"(?:项|个)(?:方面|领域)?的?(?:重点|主要|重大|具体|专项|核心|改革|工作)?(?:任务|工作|举措|措施|行动|工程)"
    r"|个?方面(?:的)?(?:重点|主要)?(?:任务|工作|举措|措施)"
    r"|大(?:重点|主要)?(?:任务|工程|行动|举措|工作|专项行动)"
    r"|条(?:政策)?(?:措施|举措)"
    # 从三方面进行部署, 重点从三方面推进: the aspects a report announces (group ``aspect``)
    r"|(?<=从(?:[一二两三四五六七八九十]{1,3}|\d{1,3}))(?P<aspect>个?方面)"
    r"(?=(?:进行|作出|做出|重点|着力|入手)?(?:部署|推进|入手|发力|着手|推动|加强|开展|落实|提出|采取|安排)"
    r"(?!了?(?:[一二两三四五六七八九十]{1,3}|\d{1,3})[项条个大]))"  # 从三个方面提出12项举措: the 12
    r")"
)

#: Words before a count phrase that mark it as an announcement of the list.
#: An unnumbered part title of a work report, standing alone over numbered sections:
#: ``2023年工作回顾``, ``2024年工作安排``, ``过去五年工作回顾``, ``今年主要任务``,
#: ``“十五五”时期主要目标任务``.
REPORT_PART = pattern(
    r"^(?:(?:19|20)\d\d年|今年|明年|过去[一五]年|今后五年|“[^”]{3,4}”(?:时期|期间)?)(?:的)?"
    r"(?:政府)?(?:工作回顾|工作总结|主要工作|重点工作|工作安排|工作部署|工作建议|主要任务|重点任务|"
    r"(?:主要)?目标(?:和|与)?(?:主要|重点)?任务|总体要求(?:和主要目标)?|工作总体要求|发展成就)$"
)
#: A lead announcing that the numbered sections after it are principles, not tasks
#: (``…各方应遵循以下原则：``, ``基本原则如下：``).
PRINCIPLES_LEAD = pattern(r"(?:以下|如下|下列|这些)(?:基本|主要)?原则[：:]?\s*$|原则(?:如下|是)[：:]\s*$")
#: A news report announcing a task list without counting it: ``浙江要完成这些任务``,
#: ``主要任务如下``, ``提出以下几项举措``.
TASKS_ANNOUNCED = pattern(
    r"(?:这些|以下|如下|下列|几项|几个方面的?)(?:重点|主要)?(?:任务|举措|措施)"
    r"|(?:重点|主要)?(?:任务|举措|措施)(?:包括|如下|有以下|是)[：:]?$"
)
ANNOUNCE = pattern(r"提出|明确|部署|包括|围绕|重点做好|做好|抓好|聚焦|共|列出|涵盖|主要有|以下|安排")
#: A tally of what has been done (``已累计推出26项政策、364条举措``): never the announced count.
TALLY = pattern(r"已|累计|先后|陆续|截至|截止")

#: An area count with its verb right before a measure count (在14个方面采取38项措施): the
#: measure count is the announced one; ``N个方面`` alone is read by COUNT_PHRASE.
AREA_LEAD_IN = pattern(
    r"(?:[一二两三四五六七八九十]{1,3}|\d{1,3})个?(?:方面|领域)(?:共|分别)?"
    r"(?:采取|提出|推出|部署|出台|实施|明确|制定|推进|开展|落实)了?$"
)

#: A list named before its count, in the announcing sentence: ``部署了A、B、…等9方面重点任务``
#: (searched in the sentence before the count; group ``items`` is the list).
LISTED_BEFORE_COUNT = pattern(
    r"(?:提出|明确|部署|包括|围绕|聚焦|涵盖|安排)了?(?P<items>[^。；：]{4,400}?、[^。；：]{2,200}?)等$"
)
#: Words right after a count phrase that mark it as an announcement (四大举措内容包括：).
ANNOUNCE_AFTER = pattern(r"^[^。；]{0,4}(?:包括|如下|分别是|分别为|即：|是：)")

#: Labelled deadlines and open-ended deadline notes of a task.
DEADLINE_LABEL = pattern("(?:" + alternation(DEADLINE_LABELS) + r")[：:]\s*+")

DEADLINE_NOTE = pattern(r"长期坚持|持续推进|长期推进|持续实施|常态化推进|持续开展|长期开展")

#: Document kinds without a task list: reports and replies, award decisions, letters.
NO_TASK_TITLE = pattern(r"通报$|批复$|的函$|复函$|(?:表彰|表扬|奖励|命名|授予).{0,30}决定$|公告$|公示$")

#: Rules and evaluation schemes (the document's own title, or the title of the document a
#: 印发/转发 notice transmits): their sections are rules or indicators, so only sections the
#: text calls 任务 give tasks, and the action-section fallback is not used.
RULES_TITLE = pattern(r"(?:规则|办法|细则|条例|规定|章程)(?:（[^（）]{1,20}）)?$|考核|考评|评价办法|评估办法")

#: What a task-naming heading of such a document must contain.
NAMED_TASKS = pattern(r"任务")

#: A task-division plan: each numbered item with its own lead-unit note is a task.
DIVISION_PLAN = pattern(r"任务分工|分工方案|责任分工")

#: A numbered list item of a task section (``（1）`` ``1.`` ``1、`` ``①`` ``（一）``, or a table row ``12 |``).
LIST_ITEM = pattern(
    r"(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|\d{1,3}\s*+[|｜]|[①-⑳]|[（(][一二三四五六七八九十]{1,3}[）)])\s*+"
)
#: The number of a table row before its first cell: ``12 |``.
ROW_NUMBER = pattern(r"\d{1,3}(?=\s|[|｜])")
#: The first clause of an item: its title when it has none.
FIRST_CLAUSE = pattern(r"[^，。；：！？\n]{1,80}+")
#: A 印发/转发 notice's transmitted document in its title.
TRANSMITS = pattern(r"(?:印发|转发|批转|发布)([^\n]{2,150}?)(?:的(?:通知|函|决定|令))?$")
#: An article label at a line start or after a space: rules made of 第X条.
ARTICLE_START = pattern(r"(?:^|(?<=\s))第[一二三四五六七八九十百零〇]{1,5}条", MULTILINE)
#: Where an inline item's tail ends, and where a labelled deadline's value ends.
ITEM_TAIL = pattern(r"[。\n]")
LABEL_VALUE_END = pattern(r"[；。）|\n]")
#: What separates the clauses of a title (``规划先行，分类指导``).
TITLE_CLAUSE_BREAK = pattern(r"[，；、]")
#: A list marker's digits, to compare the marker forms of two items.
MARKER_DIGITS = pattern(r"[0-9一二三四五六七八九十①-⑳]")
#: A deadline note standing alone in a cell or after a note's colon: ``（长期坚持）``, ``|持续推进|``.
STANDALONE_NOTE = pattern(
    r"(?:^|(?<=[（：；|]))[ \t]*+(" + DEADLINE_NOTE.pattern + r")[ \t]*+(?=$|[）；|。])", MULTILINE
)
