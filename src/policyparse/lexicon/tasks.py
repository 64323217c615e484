"""Data for the task list: task-naming and framing section titles, count phrases, deadlines.

All patterns match the normalised view (Simplified script), so Traditional titles
(重點任務, 主要措施) are covered by their Simplified forms; the Traditional spellings are
listed as well for callers that match raw text.
"""

from __future__ import annotations

import regex

#: Words that make a heading name the document's task list (its children are the tasks).
TASK_SECTION_WORDS: tuple[str, ...] = (
    "重点任务",
    "主要任务",
    "工作任务",
    "具体任务",
    "核心任务",
    "重点工作",
    "主要工作",
    "主要措施",
    "工作措施",
    "具体措施",
    "重点举措",
    "主要举措",
    "重大举措",
    "重要举措",
    "任务分工",
    "任务要求",
    "试点任务",
    "试点内容",
    "改革任务",
    "建设任务",
    "行动步骤",
    "工作安排",
    "重点行动",
    "主要行动",
    "任务举措",
    "任务措施",
    "目标任务和重点",
)
#: The Traditional spellings of the same words (the normalised view folds them already).
TASK_SECTION_WORDS_TRADITIONAL: tuple[str, ...] = (
    "重點任務",
    "主要任務",
    "工作任務",
    "重點工作",
    "主要措施",
    "工作措施",
    "重點舉措",
    "任務分工",
    "任務要求",
    "試點任務",
    "行動步驟",
    "工作安排",
)
#: Words that name a task list only at the end of a title (``2026年工作安排``, not the rules
#: chapter ``第七章 工作安排布局``).
TASK_SECTION_WORDS_AT_END: frozenset[str] = frozenset({"工作安排"})
TASK_SECTION = regex.compile(
    "|".join(
        regex.escape(word) + (r"(?![\p{Han}])" if word in TASK_SECTION_WORDS_AT_END else "")
        for word in TASK_SECTION_WORDS + TASK_SECTION_WORDS_TRADITIONAL
    )
)

#: Review sections of a report (past work, achievements): never a task list.
REVIEW_SECTION = regex.compile(r"回顾|成就|成效|进展情况|完成情况|工作总结|取得的")
#: Schedule sections whose children are dated phases: never a task list.
SCHEDULE_SECTION = regex.compile(r"工作进度|进度安排|实施步骤|时间安排|步骤安排|时间进度|工作步骤|阶段安排")

#: Headings that name goals only (目标任务, 主要目标): framing unless they have action children.
GOALS_ONLY = regex.compile(
    r"^[^，、和与及]{0,12}(?:目标任务|主要目标|发展目标|工作目标|总体目标|预期目标|目标)$"
)
#: Headings that name goals and measures together: task-naming, goal children skipped.
GOALS_AND_MEASURES = regex.compile(r"目标.{0,3}(?:和|与|及).{0,4}(?:举措|措施|任务)")

#: Opening framing sections: requirements, ideas, principles, goals, significance, situation.
OPENING_FRAMING = regex.compile(
    r"总体要求|总体思路|总体目标|总体定位|指导思想|基本原则|工作原则|主要目标|发展目标|工作目标|目标任务|预期目标|"
    r"重要意义|重大意义|发展现状|现状|面临形势|形势|背景|适用范围|编制依据|试点范围|工作范围|基本思路|发展定位|"
    r"总则|定义|目的和依据|原则$|主要内容$|方法.{0,2}步骤$|步骤$"
)
#: Closing framing sections: leadership, organisation, implementation, coordination,
#: supervision, evaluation, safeguards (whatever the wording).
CLOSING_FRAMING = regex.compile(
    r"领导|组织实施|保障(?:措施|机制|体系|工作)?$|组织保障|实施保障|政策保障|资金保障|要素保障$|协调配合|督促检查|督查|考核|评估|评价|配套措施|附则|监督检查|宣传引导|"
    r"舆论宣传|工作要求|其他事项|有关要求|组织协调|抓好落实|贯彻落实|统筹协调"
)
#: Policy support sections are not framing even though they mention 保障/支持.
NOT_FRAMING = regex.compile(r"支持政策|政策支持|政策引导|支持力度|政策体系|完善.{0,6}政策")

#: Words that open an action title whatever tag jieba gives them (the fallback's "prescribes
#: action" is decided by part of speech; these are the verbs the guideline names and the verbs
#: jieba tags as adjectives or nouns when they are used causatively: 稳定粮食生产, 畅通国内大循环,
#: 激活市场, 繁荣文化市场). A title's first word must be one of these or tagged as a verb.
#: The guideline's examples of verbs that open an action title.
GUIDELINE_ACTION_VERBS: tuple[str, ...] = (
    "加快",
    "推进",
    "推动",
    "加强",
    "完善",
    "建立",
    "健全",
    "打造",
    "构建",
    "实施",
    "强化",
    "深化",
    "促进",
    "提升",
    "优化",
)

ACTION_HEADS: frozenset[str] = frozenset(
    {
        *GUIDELINE_ACTION_VERBS,
        # common verbs of action titles (jieba tags most of them as verbs anyway)
        "明确",
        "规范",
        "坚持",
        "突出",
        "发展",
        "支持",
        "扩大",
        "降低",
        "提高",
        "做好",
        "抓好",
        "培育",
        "落实",
        "开展",
        "鼓励",
        "引导",
        "统筹",
        "拓展",
        "拓宽",
        "夯实",
        "筑牢",
        "加大",
        "增强",
        "激发",
        "发挥",
        "营造",
        "保护",
        "防范",
        "防治",
        "治理",
        "整治",
        "改善",
        "探索",
        "建设",
        "加速",
        "壮大",
        "巩固",
        "聚焦",
        "围绕",
        "保持",
        "确保",
        "维护",
        "提供",
        "形成",
        "推广",
        "简化",
        "精简",
        "放宽",
        "减少",
        "压减",
        "清理",
        "取消",
        "设立",
        "制定",
        "编制",
        "培养",
        "吸引",
        "释放",
        "扩展",
        "融入",
        "锚定",
        "着眼",
        "实行",
        "执行",
        "采取",
        "利用",
        "依靠",
        "运用",
        "推行",
        "倡导",
        "确立",
        "重视",
        "动员",
        "保障",
        "化解",
        "引领",
        "提振",
        "补齐",
        "服务",
        "创新",
        "参与",
        "解决",
        "研究",
        # verbs jieba tags as adjectives or nouns
        "稳定",
        "畅通",
        "激活",
        "繁荣",
        "丰富",
        "严格",
        "提质",
        "统一",
        "深耕",
        "铸牢",
    }
)
#: Adverbials that may precede the verb of an action title (全面推行…, 聚力打造…, 多措并举扩大内需,
#: 持续增强…); they are skipped before the first word is looked at, so ``持续发展`` is left with
#: ``发展`` alone, which states no action.
ACTION_MODIFIERS: tuple[str, ...] = (
    "进一步",
    "多措并举",
    "坚定不移",
    "因地制宜",
    "高质量",
    "全面",
    "大力",
    "积极",
    "着力",
    "切实",
    "持续",
    "不断",
    "继续",
    "深入",
    "扎实",
    "稳步",
    "有序",
    "坚决",
    "更好",
    "更加",
    "努力",
    "聚力",
    "全力",
    "一体",
    "加紧",
    "依法",
    "严格",
    "分类",
    "分级",
    "统筹",
    "协同",
    "精准",
    "主动",
    "始终",
    "率先",
)
#: Verbs that also name a topic: followed only by another verb they form a noun phrase
#: (创新驱动, 协调发展, 改革开放, 融合发展), not an action; with an object they are actions
#: (创新体制机制, 发展现代产业).
NOMINAL_VERBS: frozenset[str] = frozenset(
    {"创新", "改革", "发展", "协调", "开放", "共享", "融合", "合作", "持续", "协同", "联动", "循环", "转型"}
)
#: Last words of a noun phrase naming a topic (招生对象, 组织指挥体系, 组成人员职责, 签约服务覆盖率):
#: a title opened by a verb that only jieba's tag vouches for, and ending in one of these, names
#: a topic rather than an action.
TOPIC_NOUNS: tuple[str, ...] = (
    "体系",
    "机构",
    "职责",
    "对象",
    "方式",
    "渠道",
    "待遇",
    "事项",
    "安排",
    "程序",
    "范围",
    "条件",
    "标准",
    "责任",
    "规定",
    "规则",
    "办法",
    "内容",
    "原则",
    "要求",
    "作用",
    "意义",
    "情况",
    "组",
    "率",
    "期",
)
#: Prepositions that may open an action title whose verb follows (在资源开发利用中重视…, 以…引领…).
ACTION_PREPOSITIONS: tuple[str, ...] = ("在", "以", "把", "从", "对", "通过", "按照", "依照", "围绕", "面向")
#: Titles of action programmes (…行动, …工程, …计划) and normative titles count as action.
ACTION_PROGRAMME = regex.compile(r"(?:行动|工程|计划|专项|攻坚|战役|示范)$|必须|应当|不得")
#: A topic noun phrase (``清理整顿工作的主要内容``): not an action title even after a verb.
TOPIC_PHRASE = regex.compile(
    r"的(?:主要|基本|总体|具体)?(?:原则|内容|方法|步骤|范围|对象|意义|目标|要求|职责|任务|形势|现状|问题|情况|重点|依据|定位|思路)$"
)
#: Verbs that make a title opened by a preposition an action (在资源开发利用中重视生态环境的保护).
ACTION_VERBS_INNER: tuple[str, ...] = (
    *GUIDELINE_ACTION_VERBS,
    "重视",
    "开展",
    "落实",
    "做好",
    "抓好",
    "采取",
    "实行",
)
#: 保障 in these words is a topic (social security, housing), not a safeguards section.
NOT_SAFEGUARD = regex.compile(
    r"社会保障|民生保障|住房保障|医疗保障|生活保障|保障性|保障和改善民生|保障和改善"
)

#: The verbs that may open the first clause of an inline item (一是…).
INLINE_ITEM = regex.compile(r"(?<![第])([一二三四五六七八九十]{1,3})(?:是|要)")

#: Count phrases announcing a task list: 五项重点任务, 十个方面的重点任务, 八大工程, 20项任务,
#: 十五条措施, 八个方面工作.
COUNT_NUMBER = r"(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,3})"
COUNT_PHRASE = regex.compile(
    COUNT_NUMBER + r"(?:"
    r"(?:项|个)(?:方面|领域)?的?(?:重点|主要|重大|具体|专项|核心|改革|工作)?(?:任务|工作|举措|措施|行动|工程)"
    r"|个方面(?:的)?(?:重点|主要)?(?:任务|工作|举措|措施)"
    r"|大(?:重点|主要)?(?:任务|工程|行动|举措|工作|专项行动)"
    r"|条(?:政策)?(?:措施|举措)"
    r")"
)
#: Words before a count phrase that mark it as an announcement of the list.
ANNOUNCE = regex.compile(r"提出|明确|部署|包括|围绕|重点做好|做好|抓好|聚焦|共|列出|涵盖|主要有|以下|安排")

#: An area count with its verb right before a measure count (在14个方面采取38项措施): the
#: measure count is the announced one; ``N个方面`` alone is read by COUNT_PHRASE.
AREA_LEAD_IN = regex.compile(
    r"(?:[一二两三四五六七八九十]{1,3}|\d{1,3})个?(?:方面|领域)(?:共|分别)?"
    r"(?:采取|提出|推出|部署|出台|实施|明确|制定|推进|开展|落实)了?$"
)

#: Words right after a count phrase that mark it as an announcement (四大举措内容包括：).
ANNOUNCE_AFTER = regex.compile(r"^[^。；]{0,4}(?:包括|如下|分别是|分别为|即：|是：)")

#: Labelled deadlines and open-ended deadline notes of a task.
DEADLINE_LABEL = regex.compile(r"(?:完成时限|完成时间|时间要求|时限要求|完成期限|时间节点)[：:]\s*+")
DEADLINE_NOTE = regex.compile(r"长期坚持|持续推进|长期推进|持续实施|常态化推进|持续开展|长期开展")

#: Document kinds without a task list: reports and replies, award decisions, letters.
NO_TASK_TITLE = regex.compile(r"通报$|批复$|的函$|复函$|(?:表彰|表扬|奖励|命名|授予).{0,30}决定$|公告$|公示$")
#: Rules and evaluation schemes (the document's own title, or the title of the document a
#: 印发/转发 notice transmits): their sections are rules or indicators, so only sections the
#: text calls 任务 give tasks, and the action-section fallback is not used.
RULES_TITLE = regex.compile(
    r"(?:规则|办法|细则|条例|规定|章程)(?:（[^（）]{1,20}）)?$|考核|考评|评价办法|评估办法"
)
#: What a task-naming heading of such a document must contain.
NAMED_TASKS = regex.compile(r"任务")
#: A task-division plan: each numbered item with its own lead-unit note is a task.
DIVISION_PLAN = regex.compile(r"任务分工|分工方案|责任分工")
