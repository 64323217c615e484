"""Time vocabulary of Chinese policy documents: planning periods, relative words, context cues.

Pure data. :mod:`policyparse.deadlines` compiles the grammar from it once at import. To add a
planning period or a cue word, edit the tables here and add a row to ``tests/test_deadlines.py``.
"""

from __future__ import annotations

#: Five-year plans: name -> (first year, last year). ``十四五`` is the 14th plan, 2021–2025.
PLANNING_PERIODS: dict[str, tuple[int, int]] = {
    "六五": (1981, 1985),
    "七五": (1986, 1990),
    "八五": (1991, 1995),
    "九五": (1996, 2000),
    "十五": (2001, 2005),
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
    "十六五": (2031, 2035),
    "十七五": (2036, 2040),
}
#: Periods whose name is also an ordinary numeral or word: recognised only inside quotes.
QUOTED_ONLY_PERIODS: frozenset[str] = frozenset({"六五", "七五", "八五", "九五", "十五"})
#: Ordinal of the plan in ``第十四个五年规划`` -> period name.
PLAN_ORDINALS: dict[str, str] = {
    "第十一个": "十一五",
    "第十二个": "十二五",
    "第十三个": "十三五",
    "第十四个": "十四五",
    "第十五个": "十五五",
    "第十六个": "十六五",
}

#: Suffixes after a period name that make it a deadline, and the relation they give.
PERIOD_DEADLINE_SUFFIXES: dict[str, str] = {
    "期间": "during",
    "时期": "during",
    "末期": "by",
    "期末": "by",
    "末": "by",
    "内": "within",
}
#: Suffixes after a period name that name its start or its phases, never a deadline.
PERIOD_NAME_SUFFIXES: tuple[str, ...] = (
    "开局",
    "开篇",
    "起步",
    "收官",
    "以来",
    "开始",
    "初期",
    "前期",
    "中期",
    "后期",
    "头",
    "第一年",
    "开好局",
    "起好步",
    "良好开局",
    "开门红",
)
#: Verbs that, shortly before a bare period name (``完成“十二五”规划任务``), tie an outcome to its end.
PERIOD_COMPLETION_VERBS: tuple[str, ...] = ("完成", "实现", "达到", "如期")

#: ``本世纪中叶`` and the like -> year.
CENTURY_MARKS: dict[str, int] = {
    "本世纪中叶": 2050,
    "21世纪中叶": 2050,
    "二十一世纪中叶": 2050,
    "本世纪中期": 2050,
    "本世纪末": 2100,
    "21世纪末": 2100,
}

#: Relative year words -> offset from the document's year.
RELATIVE_YEARS: dict[str, int] = {
    "新的一年": 0,
    "新一年": 0,
    "今明两年": 1,
    "来年": 1,
    "今年": 0,
    "本年": 0,
    "明年": 1,
    "后年": 2,
}
#: The year a report or notice calls new: the one just begun, or, from :data:`NEW_YEAR_FROM_MONTH`
#: of the document's date on, the one about to begin (a December notice's ``新的一年`` is the next).
NEW_YEAR_WORDS: tuple[str, ...] = ("新的一年", "新一年")
NEW_YEAR_FROM_MONTH = 10
#: Holidays with a fixed date -> (month, day): ``“十一”前建成运营`` is before 1 October. Names
#: that are also numerals (十一, 五一 …) count only in quotes. 春节 (lunar) has no fixed date.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1),
    "五一": (5, 1),
    "劳动节": (5, 1),
    "六一": (6, 1),
    "七一": (7, 1),
    "八一": (8, 1),
    "十一": (10, 1),
    "国庆节": (10, 1),
    "国庆": (10, 1),
}
#: Holiday names that are also numerals: recognised only inside quotes.
QUOTED_ONLY_HOLIDAYS: frozenset[str] = frozenset({"五一", "六一", "七一", "八一", "十一"})
#: Relative month words -> offset in months from the anchor date (``本月底前``, ``下月10日前``).
RELATIVE_MONTHS: dict[str, int] = {"本月": 0, "下个月": 1, "下月": 1}
#: Words that, right after a bare ``今年``/``明年``, show it is described, not a deadline.
RELATIVE_YEAR_NOT_DEADLINE: tuple[str, ...] = (
    "是",
    "以来",
    "年初",
    "初",
    "度",
    "前",
    "和",
    "与",
    "以",
    "政府工作",
    "工作",
)
#: Words right after a clause-opening date that show it is not the time of the clause's
#: predicate: ``2025年的目标``, ``2025年度预算``, ``2025年前后``, ``2025年是…``.
NOT_PREDICATE_AFTER_DATE: tuple[str, ...] = ("的", "度", "前后", "左右", "以来", "是")
#: Adverbs that may stand between a date and its verb: ``2028年分别建成``.
ADVERBS_BEFORE_VERB: tuple[str, ...] = (
    "分别",
    "全面",
    "基本",
    "全部",
    "率先",
    "初步",
    "陆续",
    "如期",
    "力争",
    "确保",
    "要",
    "将",
    "再",
)

#: Modals before ``在``/``于`` and a date that make it the time set for a future action
#: (``该省财政厅将在2011年着力抓好…``, ``拟于2026年开展…``); not 预计 (a forecast).
FUTURE_MODALS: tuple[str, ...] = ("将", "拟", "计划", "要")

#: Words of a duration that is a deadline: ``用3年时间``, ``利用2-3年时间``.
DURATION_PREFIXES: tuple[str, ...] = (
    "力争用",
    "争取用",
    "力争",
    "争取",
    "计划用",
    "再用",
    "利用",
    "经过",
    "通过",
    "用",
    "花",
)
#: Duration words that are themselves a commitment (spend the time to achieve what follows):
#: ``用3年时间，培训…``; ``经过三年时间``/``通过两年努力`` may tell a past effort and need a verb.
COMMITTED_DURATION_PREFIXES: tuple[str, ...] = (
    "力争用",
    "争取用",
    "力争",
    "争取",
    "计划用",
    "再用",
    "利用",
    "用",
    "花",
)
#: Characters that may stand right before a bare 用/花 of a duration (``要用3年时间``); after any
#: other Han character 用 belongs to another word (``留用2年``, ``使用5年``).
DURATION_LEAD_CHARS = "要将争再拟可并力"
#: Looking forward from the document's year: ``今后五年`` (deadline) vs ``未来15年`` (forecast
#: when its clause predicts: ``未来15年我国人口将继续增加``; ``未来五年发行…绿色债券`` is a plan).
FORWARD_WORDS: dict[str, str] = {"今后": "deadline", "此后": "deadline", "未来": "forecast"}
#: Words of a prediction in the clause a ``未来`` span governs: then it is a forecast.
PREDICTION_WORDS: tuple[str, ...] = ("将", "会", "可能", "有望", "预计", "预期", "趋势")

#: Words put before a deadline that belong to it (longest first): ``力争到2035年``.
DEADLINE_PREFIXES: tuple[str, ...] = (
    "力争到",
    "争取到",
    "确保到",
    "计划到",
    "力争在",
    "争取在",
    "确保在",
    "力争于",
    "争取于",
    "确保于",
    "力争",
    "争取",
    "确保",
    "直到",
    "展望",
    "到",
    "至",
    "于",
    "在",
)
#: Prefixes that give the relation ``by``.
BY_PREFIXES: tuple[str, ...] = ("到", "至")
#: Suffixes after a date that make it a deadline (longest first) and the relation they give.
DEADLINE_SUFFIXES: dict[str, str] = {
    "以前": "before",
    "之前": "before",
    "前": "before",
    "期间": "during",
    "以内": "within",
    "之内": "within",
    "内": "within",
    "为止": "by",
}
#: Suffixes that make a date a starting point: ``自2015年起``, ``2019年1月1日起施行``.
START_SUFFIXES: tuple[str, ...] = ("起", "开始", "以来", "以后", "之后", "后")
#: Prefixes that make a date a starting point or a base of comparison.
START_PREFIXES: tuple[str, ...] = ("自从", "自", "从")
BASE_PREFIXES: tuple[str, ...] = ("较", "比", "相比", "与", "同", "对比")
#: ``截至2020年底`` reports a status, it sets no deadline.
STATUS_PREFIXES: tuple[str, ...] = ("截至", "截止到", "截止至", "截止")
#: Words that make the quantities after them in their clause a present status, not a goal value
#: (``对现有1300多项行政许可事项进行清理``, ``目前建档立卡贫困户1898户7683人``).
STATUS_WORDS: tuple[str, ...] = ("目前", "现有", "现状")
#: A yearless deadline right after these (perhaps with 的: ``入学当年的5月1日前``) recurs every
#: period or every case: ``每年12月底前报送``.
RECURRING_PREFIXES: tuple[str, ...] = (
    "每年",
    "每季度",
    "每个季度",
    "每月",
    "逐年",
    "当年",
    "次年",
    "每",
    "年度",
    "上一年",
    "下一年",
)
#: A yearless deadline anywhere after these in the same stretch of text recurs too:
#: ``每年都要在6月底前``.
RECURRING_CONTEXT_WORDS: tuple[str, ...] = ("每年", "每季度", "每个季度", "每月", "逐年")
#: Measure words of an event count: ``一次离岛年内可…`` counts 年内 from each event (a duration
#: of the rule), not within the document's year.
EVENT_COUNT_MEASURES = "次趟"
#: Cues, earlier in the same clause, of the document's own validity or posting period, or of a
#: measure's term.
VALIDITY_CUES: tuple[str, ...] = (
    "有效期",
    "公告期",
    "公示期",
    "施行",
    "试行期",
    "执行期",
    "规划期限",
    "征求意见",
    # a measure's term: 缓缴期限执行到2022年底, 政策执行至2022年底, 延续至2027年12月31日
    "执行至",
    "执行到",
    "延续至",
    "延续到",
    "延长至",
    "延长到",
)
#: Words that open a window ending at the date that follows: ``自本意见印发之日起至2022年12月31日前``.
WINDOW_OPENERS: tuple[str, ...] = ("起至", "起到")
#: What opens a phase's window at the document's own date: ``（即日起至4月30日）``.
WINDOW_TODAY: tuple[str, ...] = ("即日", "印发之日", "发布之日", "本方案印发之日", "本通知印发之日")
#: A step of a plan named with its window (``动员部署、摸底排查阶段（即日起至4月30日）``,
#: ``第一阶段(2022年7月至2022年12月)``): a name holding one of these is a phase wherever it stands;
#: another step's window (``集中整治（2022年6月—2023年6月）``) counts in a timetable section.
PHASE_WORDS: tuple[str, ...] = ("阶段",)
#: Words that contain 可 without granting anything (``可持续``, ``许可``): a window's sentence that
#: grants (``…可申请分批缴纳``) sets an entitlement's term, not a deadline.
GRANT_FALSE_FRIENDS: tuple[str, ...] = (
    "可持续",
    "可靠",
    "可能",
    "可行",
    "可控",
    "可视",
    "可观",
    "可信",
    "可再生",
    "可复制",
    "可推广",
    "可及",
    "可比",
    "可喜",
    "可追溯",
    "许可",
    "认可",
)
#: Cues, earlier in the same clause, of a forecast rather than a goal.
FORECAST_CUES: tuple[str, ...] = ("预计", "预测", "估计", "预期将", "未来")
#: Adjectives between a deadline and ``目标`` when a sentence only mentions that goals exist
#: (``明确了到2027年和2035年的主要目标``, ``2035年远景目标``).
GOAL_MENTION_WORDS: tuple[str, ...] = (
    "主要",
    "发展",
    "奋斗",
    "远景",
    "阶段性",
    "总体",
    "近期",
    "中期",
    "长期",
    "中长期",
    "预期",
    "各项",
    "工作",
)

#: Words right after ``目标`` that state the goals' content (``主要预期目标是：…``): then the
#: sentence is a goal statement, not a mere mention of goals.
GOAL_CONTENT_CUES: tuple[str, ...] = ("是", "为", "包括", "：")

#: Words after a clause-initial date that report a past event (``2019年，国务院印发了…``).
PAST_MARKERS: tuple[str, ...] = ("了", "已经", "已", "曾")
#: Verbs of an event that, completed (``印发了``, ``已印发``), date the document no earlier than
#: the event: an undated document's year floor.
PAST_EVENT_VERBS: tuple[str, ...] = ("印发", "召开", "发布", "出台", "颁布", "举行", "审议通过", "批复")

#: Words right after a period or year that describe it rather than set a deadline (``“十四五”时期是…``).
COPULAS: tuple[str, ...] = ("是", "具有", "既是", "也是", "将是", "仍是", "正是", "面临")
#: Characters before 到/至 that make it part of a verb: ``达到2019年水平`` is a level, not a deadline.
VERBS_BEFORE_TO = "达增加高低降长升少减扩缩回得收推延提转移送拖"

#: Characters after 内 that make it the start of another word (内蒙古, 内容, 内部): not ``年内``.
WORDS_AFTER_NEI = "蒙容部外涵地需控销资河陆江核"

#: Words of a heading over a review of past work (``一、2025年工作回顾``, ``…发展成就``).
REVIEW_HEADING_WORDS: tuple[str, ...] = ("回顾", "工作总结", "成就", "过去一年", "过去五年")
#: Words of a heading that names goals or planned work: with them a heading is not a review
#: even if it also names achievements (``二、“十四五”时期发展成就和“十五五”时期主要目标任务``).
GOAL_HEADING_WORDS: tuple[str, ...] = ("目标", "任务", "安排", "计划", "要点", "部署")
#: Words of a heading over planned work (``三、2026年重点工作``, ``二、2024年工作目标和主要任务``).
PLAN_HEADING_WORDS: tuple[str, ...] = (*GOAL_HEADING_WORDS, "重点工作", "主要工作")
#: Words right after 全年 that make it qualify a noun (``完成全年目标任务``, ``全年工作``), not
#: the time of the clause's predicate (``全年开行3000列以上``).
FULL_YEAR_NOUNS: tuple[str, ...] = (
    "的",
    "度",
    "目标",
    "任务",
    "工作",
    "主要",
    "经济社会",
    "预期",
    "计划",
    "无休",
)
#: Hard-wrapped text (PDF extraction): at least WRAP_MIN_LINES non-blank lines, WRAP_MIN_SHARE of
#: them within WRAP_SLACK characters below the most common length of at least WRAP_MIN_WIDTH.
WRAP_MIN_LINES = 20
WRAP_MIN_SHARE = 0.3
WRAP_SLACK = 3
WRAP_MIN_WIDTH = 16
#: Units of time after which ``半`` is a number (an indicator's value): ``半个月`` is 0.5 个月.
HALF_UNITS: tuple[str, ...] = ("个月", "个工作日", "工作日", "小时", "天")
#: Plausible years of a deadline in a policy document.
MIN_YEAR = 1949
MAX_YEAR = 2100
#: Durations longer than this many years are not read as deadlines.
MAX_DURATION_YEARS = 50

#: Actions whose time a notice sets before the date or window (``报名时间为4月26日至4月28日``,
#: ``依托单位推荐时间：2024年12月24日～2025年1月14日``); not a birth date's window (出生时间为…).
TIME_SET_ACTIONS: tuple[str, ...] = (
    "报名",
    "申报",
    "受理",
    "填报",
    "推荐",
    "审核",
    "提交",
    "办理",
    "报送",
    "缴费",
    "申请",
    "登记",
    "公示",
    "实施",
    "执行",
    "招生",
    "考试",
    "评审",
)
