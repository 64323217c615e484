"""Words of the task list: task-naming section words, action verbs and modifiers, topic nouns.

Plain data; the patterns built from it (task-naming and framing section titles, count phrases,
deadline notes) are in :mod:`policyparse.grammar.sections`. Words are in Simplified script
(the normalised view folds Traditional titles); the Traditional spellings of the section words
are listed as well for callers that match raw text.
"""

from __future__ import annotations

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
        # 改革 is tagged a verbal noun but takes an object in titles (改革创新环境保护体制机制);
        # 改革开放 alone stays a topic (a verb followed only by verbs)
        "改革",
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
        "便利",  # 便利投资建设, 便利企业开办 (blind set 4, d12)
        "便捷",  # 便捷准入退出
        "严格",
        "提质",
        "统一",
        "深耕",
        "铸牢",
        # verbs of administrative measures (tagged verbal nouns, or left out of the table):
        # 调整拆迁安置方式, 办理不动产登记, 缴纳土地出让金, 延缓缴纳…, 减免租金
        "调整",
        "办理",
        "缴纳",
        "延缓",
        "减免",
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
    # manner adverbials written as adjectives (稳妥推进, 有效防范, 合理扩大, 毫不松懈抓好)
    "积极稳妥",
    "稳妥",
    "有效",
    "合理",
    "妥善",
    "充分",
    "广泛",
    "优先",
    "科学",
    "综合",
    "高效",
    "牢固",
    "着重",
    "紧紧",
    "毫不松懈",
    "毫不放松",
    "更大力度",
    "正确",
    # manner adverbials of an administrative measure: 适度放宽…, 分期缴纳…, 容缺办理…
    "适度",
    "适当",
    "逐步",
    "分期",
    "分批",
    "分步",
    "容缺",
    "从严",
    "及时",
    # manner adverbials of enforcement: 严肃查处…, 严厉打击…, 从重处罚…
    "严肃",
    "严厉",
    "从重",
)

#: Verbs that also name a topic: followed only by another verb they form a noun phrase
#: (创新驱动, 协调发展, 改革开放, 融合发展), not an action; with an object they are actions
#: (创新体制机制, 发展现代产业).
NOMINAL_VERBS: frozenset[str] = frozenset(
    {"创新", "改革", "发展", "协调", "开放", "共享", "融合", "合作", "持续", "协同", "联动", "循环", "转型"}
)

#: Compounds of two verbs that name a topic as one word (the subject of a status title:
#: ``改革开放向纵深推进``), read as nouns by the task word table.
NOUN_COMPOUNDS: frozenset[str] = frozenset({"改革开放", "创新驱动", "开放合作"})

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
    "流程",
    "纪律",
    "资格",
    "时限",
    "期限",
    "细则",
    "宣传",
)

#: Last words that make a short title a topic's name even after a common action verb: the
#: verb then qualifies the noun (实施方式, 实施流程, 办理时限, 参与用户资格; not 完善机制, 明确要求).
ATTRIBUTE_NOUNS: tuple[str, ...] = (
    "方式",
    "方法",
    "流程",
    "程序",
    "纪律",
    "资格",
    "范围",
    "对象",
    "条件",
    "时限",
    "期限",
    "细则",
)
#: Verbs that also qualify a noun in a topic's name (实施方式, 参与资格, 办理时限, 服务流程); other
#: verbs change their object (优化就诊流程, 简化审批程序 are actions).
QUALIFYING_VERBS: frozenset[str] = frozenset(
    {"实施", "参与", "办理", "服务", "执行", "申报", "报名", "评审", "验收", "考核", "管理", "监督"}
)

#: Prepositions that may open an action title whose verb follows (在资源开发利用中重视…, 以…引领…).
ACTION_PREPOSITIONS: tuple[str, ...] = ("在", "以", "把", "从", "对", "通过", "按照", "依照", "围绕", "面向")

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

#: A one-character verb and a resultative complement make a verb jieba's dictionary lacks
#: (做强, 建好, 守住, 抓实, 打好, 用好): the first characters…
RESULTATIVE_VERBS = "做建抓守办打搞用管育稳强提抢"
#: …and the complements.
RESULTATIVE_COMPLEMENTS = "好强优大实牢细精稳准活住"

#: What a reported policy's name ends with when it is a plan with a task list (a news item
#: reprinting it takes its sections as tasks; 原则, 条例 … do not).
REPORTED_PLAN_ENDINGS: tuple[str, ...] = ("方案", "规划", "计划", "纲要", "措施", "意见", "行动")
