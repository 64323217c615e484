"""The deadline grammar: each form, resolved against explicit anchors; non-deadlines; bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse.document import Document
from policyparse.stages.targets.deadlines import find_deadlines, parse_deadlines, scan

D2019 = dt.date(2019, 2, 19)
D2020 = dt.date(2020, 7, 15)
D2022 = dt.date(2022, 11, 21)
D2025 = dt.date(2025, 3, 1)
D2026 = dt.date(2026, 1, 27)

# (string, anchor, expected (text, year, month, day, precision, relation, range_start, relative))
FORMS = [
    # absolute years with a relation word
    ("到2025年，实现全覆盖", None, ("到2025年", 2025, None, None, "year", "by", None, False)),
    ("到2025年底，建成体系", None, ("到2025年底", 2025, None, None, "year", "by", None, False)),
    ("到2025年年底，建成体系", None, ("到2025年年底", 2025, None, None, "year", "by", None, False)),
    (
        "2020年底前将审批事项纳入线上平台",
        None,
        ("2020年底前", 2020, None, None, "year", "before", None, False),
    ),
    ("2019年6月底前完成规划", None, ("2019年6月底前", 2019, 6, None, "month", "before", None, False)),
    ("2021年6月底前实现在线核验", None, ("2021年6月底前", 2021, 6, None, "month", "before", None, False)),
    ("2025年前建成", None, ("2025年前", 2025, None, None, "year", "before", None, False)),
    ("2025年以前建成", None, ("2025年以前", 2025, None, None, "year", "before", None, False)),
    ("2025年之前完成", None, ("2025年之前", 2025, None, None, "year", "before", None, False)),
    ("至2022年，形成格局", None, ("至2022年", 2022, None, None, "year", "by", None, False)),
    ("力争到2035年基本建成", None, ("力争到2035年", 2035, None, None, "year", "by", None, False)),
    ("争取到2030年实现", None, ("争取到2030年", 2030, None, None, "year", "by", None, False)),
    ("力争2022年底前全部治理完成", None, ("力争2022年底前", 2022, None, None, "year", "before", None, False)),
    (
        "并于2018年12月底前报送国务院办公厅备案",
        None,
        ("于2018年12月底前", 2018, 12, None, "month", "before", None, False),
    ),
    (
        "国务院办公厅将于2020年4月底前组织验收",
        None,
        ("于2020年4月底前", 2020, 4, None, "month", "before", None, False),
    ),
    ("2020年12月31日前完成", None, ("2020年12月31日前", 2020, 12, 31, "day", "before", None, False)),
    ("明确到2029年，体制机制基本建立", None, ("到2029年", 2029, None, None, "year", "by", None, False)),
    ("1999年，环境质量要有所改善；", None, ("1999年", 1999, None, None, "year", "at", None, False)),
    (
        "2002年，大气和水环境质量基本达到国家标准",
        None,
        ("2002年", 2002, None, None, "year", "at", None, False),
    ),
    (
        "1 | 建设省级平台 | 省发展改革委 | 2019年6月底",
        None,
        ("2019年6月底", 2019, 6, None, "month", "at", None, False),
    ),
    ("完成时限：2019年底", None, ("2019年底", 2019, None, None, "year", "at", None, False)),
    ("2020年实现全覆盖", None, ("2020年", 2020, None, None, "year", "at", None, False)),
    ("2030年前碳达峰目标如期实现", None, ("2030年前", 2030, None, None, "year", "before", None, False)),
    # Chinese-numeral years
    ("到二〇二五年，建成体系", None, ("到二〇二五年", 2025, None, None, "year", "by", None, False)),
    ("二〇二〇年底前完成", None, ("二〇二〇年底前", 2020, None, None, "year", "before", None, False)),
    ("到二○三五年基本实现", None, ("到二○三五年", 2035, None, None, "year", "by", None, False)),
    (
        "二〇一九年十二月底前完成",
        None,
        ("二〇一九年十二月底前", 2019, 12, None, "month", "before", None, False),
    ),
    # quarters and half-years
    ("2023年上半年完成", None, ("2023年上半年", 2023, 6, None, "half", "at", None, False)),
    ("2023年下半年前完成", None, ("2023年下半年前", 2023, 12, None, "half", "before", None, False)),
    ("2024年第三季度前完成", None, ("2024年第三季度前", 2024, 9, None, "quarter", "before", None, False)),
    ("2024年一季度完成", None, ("2024年一季度", 2024, 3, None, "quarter", "at", None, False)),
    ("一季度末前完成", D2025, ("一季度末前", 2025, 3, None, "quarter", "before", None, True)),
    ("支持吉翼公司上半年产品面市", D2026, ("上半年", 2026, 6, None, "half", "at", None, True)),
    ("下半年完成试点", D2025, ("下半年", 2025, 12, None, "half", "at", None, True)),
    # ranges: the end year
    ("2019—2021年，完成三年行动", None, ("2019—2021年", 2021, None, None, "year", "during", 2019, False)),
    ("2019-2021年，完成三年行动", None, ("2019-2021年", 2021, None, None, "year", "during", 2019, False)),
    ("2021年至2025年，完成改造", None, ("2021年至2025年", 2025, None, None, "year", "during", 2021, False)),
    ("从2019年到2021年，完成改造", None, ("2019年到2021年", 2021, None, None, "year", "during", 2019, False)),
    # planning periods
    ("“十四五”期间，累计新增", None, ("“十四五”期间", 2025, None, None, "period", "during", 2021, False)),
    ("“十四五”时期，全面推进", None, ("“十四五”时期", 2025, None, None, "period", "during", 2021, False)),
    ("到“十四五”末，基本形成", None, ("到“十四五”末", 2025, None, None, "period", "by", 2021, False)),
    ("“十三五”末期，全面建成", None, ("“十三五”末期", 2020, None, None, "period", "by", 2016, False)),
    ("到“十五五”末，全面建成", None, ("到“十五五”末", 2030, None, None, "period", "by", 2026, False)),
    ("“十五五”期间，基本实现", None, ("“十五五”期间", 2030, None, None, "period", "during", 2026, False)),
    ("十一五期间完成", None, ("十一五期间", 2010, None, None, "period", "during", 2006, False)),
    (
        "完成全国农村饮水安全工程“十二五”规划任务。",
        None,
        ("“十二五”规划", 2015, None, None, "period", "by", 2011, False),
    ),
    (
        "到本世纪中叶建成社会主义现代化强国",
        None,
        ("到本世纪中叶", 2050, None, None, "period", "by", None, False),
    ),
    ("展望2035年，基本实现社会主义现代化", None, ("展望2035年", 2035, None, None, "year", "at", None, False)),
    ("展望2035年远景目标", None, ("展望2035年", 2035, None, None, "year", "at", None, False)),
    # relative durations: plain addition, upper bound, from the anchor's year
    ("争取用3年时间完成", D2025, ("争取用3年时间", 2028, None, None, "year", "within", None, True)),
    ("全省要用三年时间，基本建成", D2019, ("用三年时间", 2022, None, None, "year", "within", None, True)),
    ("用三年时间，基本建成", D2019, ("用三年时间", 2022, None, None, "year", "within", None, True)),
    ("利用2-3年时间，建立健全制度", D2022, ("利用2-3年时间", 2025, None, None, "year", "within", None, True)),
    ("力争三到五年时间内实现", D2019, ("力争三到五年时间内", 2024, None, None, "year", "within", None, True)),
    (
        "经过5—10年左右时间，职业教育基本完成转变",
        D2019,
        ("经过5—10年左右时间", 2029, None, None, "year", "within", None, True),
    ),
    ("力争两年内完成", D2020, ("力争两年内", 2022, None, None, "year", "within", None, True)),
    ("今后五年，地区生产总值年均增长", D2026, ("今后五年", 2031, None, None, "year", "within", None, True)),
    # relative years and yearless dates: the anchor's year
    ("年内完成清理", D2020, ("年内", 2020, None, None, "year", "within", None, True)),
    ("今年底前完成", D2020, ("今年底前", 2020, None, None, "year", "before", None, True)),
    ("今年年底前完成", D2020, ("今年年底前", 2020, None, None, "year", "before", None, True)),
    ("明年完成全部改造", D2020, ("明年", 2021, None, None, "year", "at", None, True)),
    ("明年6月底前完成", D2020, ("明年6月底前", 2021, 6, None, "month", "before", None, True)),
    ("相关落实情况年底前报国务院", D2020, ("年底前", 2020, None, None, "year", "before", None, True)),
    ("4月28日前报送", D2019, ("4月28日前", 2019, 4, 28, "day", "before", None, True)),
    ("6月底完成", D2019, ("6月底", 2019, 6, None, "month", "at", None, True)),
    ("9月底前印发实施方案", D2019, ("9月底前", 2019, 9, None, "month", "before", None, True)),
    ("本月底前报送", D2020, ("本月底前", 2020, 7, None, "month", "before", None, True)),
    ("下月底前完成", dt.date(2020, 12, 10), ("下月底前", 2021, 1, None, "month", "before", None, True)),
    ("今明两年要完成改造", D2020, ("今明两年", 2021, None, None, "year", "at", None, True)),
    ("本年5至8月开展集中整治", D2019, ("本年5至8月", 2019, 8, None, "month", "during", None, True)),
    ("今年经济社会发展主要预期目标是：", D2026, ("今年", 2026, None, None, "year", "at", None, True)),
    # a goal statement is not a mere mention, with or without 的 (目标 followed by 是/为/包括/：)
    ("今年发展主要预期目标是：", D2026, ("今年", 2026, None, None, "year", "at", None, True)),
    ("今年发展的主要预期目标是：", D2026, ("今年", 2026, None, None, "year", "at", None, True)),
    ("今年发展主要预期目标为：", D2026, ("今年", 2026, None, None, "year", "at", None, True)),
    ("2030年前碳达峰目标如期实现", None, ("2030年前", 2030, None, None, "year", "before", None, False)),
    # PDF-extracted text: spaces between numbers and 年/月/日
    ("到 2025 年，重点生态功能区得到修复", None, ("到 2025 年", 2025, None, None, "year", "by", None, False)),
    ("2025 年底前完成", D2020, ("2025 年底前", 2025, None, None, "year", "before", None, False)),
    ("到 2025 年底全市生产矿山全部关停", None, ("到 2025 年底", 2025, None, None, "year", "by", None, False)),
    ("2019 年 6 月底前完成规划", None, ("2019 年 6 月底前", 2019, 6, None, "month", "before", None, False)),
    (
        "2020 年 12 月 31 日前完成",
        None,
        ("2020 年 12 月 31 日前", 2020, 12, 31, "day", "before", None, False),
    ),
    ("力争 2022 年底前全部完成", None, ("力争 2022 年底前", 2022, None, None, "year", "before", None, False)),
    ("用 3 年时间完成", D2025, ("用 3 年时间", 2028, None, None, "year", "within", None, True)),
    # a deadline right after a list number (text that lost its line breaks, spaced digits)
    ("1.2020年底前制定方案", None, ("2020年底前", 2020, None, None, "year", "before", None, False)),
    (
        "按职责分工负责）3.2021年6月底前完成",
        None,
        ("2021年6月底前", 2021, 6, None, "month", "before", None, False),
    ),
    ("：2. 2023 年底前出台", None, ("2023 年底前", 2023, None, None, "year", "before", None, False)),
    # a hard line wrap between a year and its 年 (PDF extraction)
    ("到 2050\n年提高到80%以上", None, ("到 2050\n年", 2050, None, None, "year", "by", None, False)),
    ("2035\n年前，全面实施修复", None, ("2035\n年前", 2035, None, None, "year", "before", None, False)),
    # a day without 日 right before 前
    ("并于4月28前上报", D2019, ("于4月28前", 2019, 4, 28, "day", "before", None, True)),
    ("2012年4月28前报送", None, ("2012年4月28前", 2012, 4, 28, "day", "before", None, False)),
    # a month with a goal or action verb right after it; a month's end opening a clause
    ("11月取得明显成效", D2022, ("11月", 2022, 11, None, "month", "at", None, True)),
    ("（11月份取得明显成效，", D2022, ("11月份", 2022, 11, None, "month", "at", None, True)),
    ("8月份结束", D2022, ("8月份", 2022, 8, None, "month", "at", None, True)),
    ("10月底完善平台各项功能", D2022, ("10月底", 2022, 10, None, "month", "at", None, True)),
    ("12月底，全面建成平台", D2022, ("12月底", 2022, 12, None, "month", "at", None, True)),
    # a bare year opening a clause whose predicate is a goal or action verb
    (
        "2025年对符合条件的个人消费贷款给予财政贴息",
        None,
        ("2025年", 2025, None, None, "year", "at", None, False),
    ),
    ("，2021年全面推广无纸化单证备案", None, ("2021年", 2021, None, None, "year", "at", None, False)),
    # holidays with a fixed date (numeral names in quotes)
    ("“十一”前建成运营", D2022, ("“十一”前", 2022, 10, 1, "day", "before", None, True)),
    ("国庆节前全部完工", D2022, ("国庆节前", 2022, 10, 1, "day", "before", None, True)),
    ("元旦之前发放到位", D2022, ("元旦之前", 2022, 1, 1, "day", "before", None, True)),
    # 全年 as the time of a plan's measure (a section about another year is placed by the stage)
    ("力争全年外贸进出口总额突破千亿元", D2022, ("力争全年", 2022, None, None, "year", "during", None, True)),
    ("全年开行3000列以上", D2022, ("全年", 2022, None, None, "year", "during", None, True)),
    # 来年 is next year
    ("来年向医管局增拨经常拨款", D2022, ("来年", 2023, None, None, "year", "at", None, True)),
    # a range of months in one year; a deadline note in parentheses
    ("1997年4—6月，由社会团体进行自查", None, ("1997年4—6月", 1997, 6, None, "month", "during", None, False)),
    (
        "2021年6月至12月，开展专项整治",
        None,
        ("2021年6月至12月", 2021, 12, None, "month", "during", None, False),
    ),
    ("摸底排查（2022年5月底前）", None, ("2022年5月底前", 2022, 5, None, "month", "before", None, False)),
    # a duration the sentence commits to
    ("利用2-3年时间，集聚人才", D2022, ("利用2-3年时间", 2025, None, None, "year", "within", None, True)),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), FORMS, ids=[row[0] for row in FORMS])
def test_form(text: str, anchor: dt.date | None, expected: tuple[object, ...]) -> None:
    deadlines = parse_deadlines(text, anchor)
    assert len(deadlines) == 1, deadlines
    deadline = deadlines[0]
    got = (
        deadline.text,
        deadline.year,
        deadline.month,
        deadline.day,
        deadline.precision.value,
        deadline.relation.value,
        deadline.range_start,
        deadline.relative,
    )
    assert got == expected
    assert text[deadline.start : deadline.end] == deadline.text
    assert deadline.anchor == (anchor if deadline.relative else None)


UNRESOLVED = [
    "争取用3年时间完成",
    "年内完成",
    "今年底前完成",
    "4月28日前报送",
    "下半年完成试点",
    "今后五年，实现",
]


@pytest.mark.parametrize("text", UNRESOLVED)
def test_relative_without_anchor_has_no_year(text: str) -> None:
    (deadline,) = parse_deadlines(text, None)
    assert deadline.relative and deadline.year is None


def test_anchor_year_alone_resolves_years() -> None:
    (deadline,) = parse_deadlines("用3年时间完成", None, anchor_year=2017)
    assert deadline.year == 2020 and deadline.anchor is None


# (string, role of the expression): time expressions that are not deadlines
NOT_DEADLINES = [
    ("自2015年起，逐步推开", "start"),
    ("本政策自2021年开始执行", "start"),
    ("2019年1月1日起全面施行的个人所得税法", "start"),
    ("截至2020年底，全省已建成", "status"),
    # the first months of a year: a period so far, not "before the year" (blind set 6 d05)
    ("今年前7个月，我国货物贸易进出口总值30.13万亿元", "date"),
    ("2025年前三季度，全省地区生产总值增长5%", "date"),
    ("今年前两个季度，全市新增就业1万人", "date"),
    # the current year with a completed action right after it (blind b31)
    ("王健团队今年已推出5款无人机产品，应用于运维场景", "date"),
    ("本年已完成改造任务", "date"),
    ("营业收入较“十三五”末期翻一番", "base"),
    ("比2015年下降20%", "base"),
    ("有效期至2025年12月31日", "validity"),
    ("公告期为2020年3月1日-2020年3月31日", "validity"),
    # a measure's term, and a window in which the sentence grants something (blind set 2 c05, c10)
    ("自本意见印发之日起至2022年12月31日前，新取得的土地可申请分批缴纳", "validity"),
    ("自通知印發之日起到2023年6月30日，符合條件的企業可以享受減免", "validity"),
    ("企业职工基本养老保险缓缴期限执行到2022年底", "validity"),
    ("上述政策执行至2022年底", "validity"),
    ("阶段性降低失业保险费率政策延续至2027年12月31日", "validity"),
    ("预计到2025年，市场规模超过1万亿元", "forecast"),
    ("未来15年，我国将", "forecast"),
    ("未来15年我国人口将继续增加", "forecast"),  # dev 009: a prediction in the clause
    ("未来五年经济有望保持中高速增长", "forecast"),
    ("明确了到2027年和2035年的主要目标", "mention"),
    ("《行动计划（2021-2023年）》", "name"),
    ("安徽省工业互联网创新发展行动计划（2021-2023年）", "name"),
    ("《“十四五”数字经济发展规划》", "name"),
    ("今年是“十五五”开局之年", "name"),
    ("2025年是“十四五”收官之年", "name"),
    ("“十五五”时期，是基本实现社会主义现代化的关键时期", "date"),
    ("“十四五”时期是开启新征程的第一个五年", "date"),
    ("已经达到一九四九年的九倍多", "base"),
    ("2020年3月，住房城乡建设部印发通告", "date"),
    ("本规划旨在阐明“十一五”期间国家在环境保护领域的目标、任务", "mention"),
    ("“十一五”期间预计可征收排污费750亿元", "forecast"),
    ("2019年8月20日", "date"),
    ("2020年2月1日-2020年2月29日我市对2个方案作出了审批决定", "date"),
    ("2026年工作安排", "date"),
    ("也考虑了今年各类支撑条件", "date"),
    ("按照部署，今年政府工作，要坚持稳中求进", "date"),
    ("提出了“十一五”时期经济社会发展的主要目标", "mention"),
    ("全面完成今年和“十一五”期间的任务", "mention"),
    ("提出了“十五五”时期全省经济社会发展主要目标、重点任务和政策措施", "mention"),
    ("“十五五”时期在基本实现社会主义现代化进程中具有承前启后的重要地位", "date"),
    ("本次规划期限为2021年至2035年", "validity"),
    ("2020 年 8 月 26 日，自然资源部办公厅印发通知", "date"),
    # yearless dates of recurring rules: 当年(的), 每年 anywhere before, 年内 after an event count
    ("须提供审核时间在入学当年的5月1日前的证明", "recurring"),
    ("每年都要在12月底前报送", "recurring"),
    ("岛内居民一次离岛年内可不限次数购买", "recurring"),
    ("每次入境年内可购买一次", "recurring"),
]


@pytest.mark.parametrize(("text", "role"), NOT_DEADLINES, ids=[row[0] for row in NOT_DEADLINES])
def test_not_a_deadline(text: str, role: str) -> None:
    result = scan(text, anchor=D2020)
    assert role in {found.role for found in result.found}
    assert all(found.role != "deadline" for found in result.found)


NOTHING = [
    "每年12月底前报送",
    "每年年底前报送",
    "深入实施企业科技创新能力提升三年行动",
    "在本年度内对职工应休未休年休假天数",
    "本报北京1月6日电",
    "一季度GDP增长5%",
    "累计工作时间满1年不满10年的",
    "2020年前后完成",
    "受到开除留用2年、留党察看2年处分",
    "据一九五三年底的统计",
    "我国在过去两年内不但战胜了灾害",
    "实现全国农业发展纲要修正草案，还有十年的时间",
    "我们仅仅用了五年的时间",
    "全部结转到1956年预算中使用",
    "2026年内蒙古自治区政府工作报告",
    "2019年13 月底前完成",
    "2025 年前后完成",
    "入学当年5月1日前提交",
    # a bare date before a completed action, or a noun phrase; a past year's end; a month with
    # no verb after it
    "人才委於2025年成立了兩個工作組",
    "2025年度预算全面完成",
    "2026年吉林省政府工作报告",
    "于去年底举办首场交流活动",
    "3月5日前后",
    "11月的统计数据",
    "3.2025年",
    # 全年 qualifying a noun, a holiday without 前 or unquoted, tax-year labels
    "顺利完成全年经济社会发展主要目标任务",
    "做好全年工作意义重大",
    "十一前完成",
    "“五一”前后",
    "寬免2020/21年度住宅物業全年差餉",
    "实施农村人居环境整治三年行动（2021-2023年）",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_deadline(text: str) -> None:
    assert parse_deadlines(text, D2020) == []


# bad input: no crash, no invented value, a diagnostic
BAD = [
    ("2019年13月底前完成", "W301"),
    ("2019年2月30日前完成", "W301"),
    ("到3025年，建成", "W302"),
    ("到1800年，建成", "W302"),
    ("到20255年，建成", "W303"),
]


@pytest.mark.parametrize(("text", "code"), BAD)
def test_bad_dates_are_reported(text: str, code: str) -> None:
    result = scan(text, anchor=D2019)
    assert [problem[0] for problem in result.problems] == [code]
    assert all(found.role != "deadline" for found in result.found)


def test_two_deadlines_in_order() -> None:
    text = "2019年12月底前完成规划，2020年12月底前完成验收。"
    assert [(d.year, d.month) for d in parse_deadlines(text, None)] == [(2019, 12), (2020, 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021年6月底前制定政策，12月底前实现结算。", [(2021, 6, False), (2021, 12, False)]),
        ("2022年6月底前完成試點，年底前全面推開", [(2022, 6, False), (2022, None, False)]),
        # an earlier month is not taken to the stated year; another sentence keeps the document's
        ("2021年10月底前完成试点，3月底前总结", [(2021, 10, False), (2020, 3, True)]),
        ("2021年6月底前制定政策。12月底前实现结算。", [(2021, 6, False), (2020, 12, True)]),
    ],
)
def test_yearless_date_takes_the_year_stated_before_it(
    text: str, expected: list[tuple[int, int | None, bool]]
) -> None:
    assert [(d.year, d.month, d.relative) for d in parse_deadlines(text, D2020)] == expected


def test_coordinated_year_is_a_deadline_too() -> None:
    text = "到2020年和2025年，分别实现"
    assert [(d.text, d.year) for d in parse_deadlines(text, None)] == [("到2020年", 2020), ("2025年", 2025)]


def test_coordinated_year_before_a_deadline() -> None:
    text = "今年建成雄商高铁，2027年、2028年分别建成津潍、潍宿高铁。"
    found = [(d.text, d.year) for d in parse_deadlines(text, D2026)]
    assert found == [("今年", 2026), ("2027年", 2027), ("2028年", 2028)]


def test_find_deadlines_maps_to_input_offsets() -> None:
    text = "一、目標\n到2020年(nián)，城鎮地區實現千兆，2025年底前全面建成。"
    doc = Document.from_text(text, anchor_date=D2019)
    found = find_deadlines(doc, 0, len(doc.norm))
    assert [(d.text, d.year) for d in found] == [("到2020年", 2020), ("2025年底前", 2025)]
    for deadline in found:
        assert text[deadline.start : deadline.end].replace("(nián)", "") == deadline.text


def test_find_deadlines_uses_the_document_anchor() -> None:
    doc = Document.from_text("年底前報國務院。", anchor_date=D2020)
    (deadline,) = find_deadlines(doc, 0, len(doc.norm))
    assert (deadline.text, deadline.year, deadline.anchor) == ("年底前", 2020, D2020)


@pytest.mark.parametrize(
    "text", ["", "年", "到", "第十四个五年规划", "2" * 50 + "年", "（" * 200, "到" * 1000]
)
def test_total_on_odd_strings(text: str) -> None:
    scan(text, anchor=D2020)
    parse_deadlines(text, None)


def test_every_deadline_on_a_long_line() -> None:
    # timed in benchmarks/adversarial.py (deadlines, 1 M characters)
    text = "到2025年，实现全覆盖，力争用3年时间，“十四五”期间完成，" * 3000
    assert len(parse_deadlines(text, D2020)) == 3 * 3000


def test_every_deadline_among_spaced_numbers() -> None:
    # timed in benchmarks/adversarial.py (spaced_deadlines, 1 M characters)
    text = "到 2025 年，2019 年 6 月 30 日前，用 3 年时间，  2  2 年 年  月 日，" * 3000
    assert len(parse_deadlines(text, D2020)) == 3 * 3000


ALPHABET = " 0123456789〇一二两三四五六七八九十年月日号底末前后内起至到—-~“”《》（），。；：季度上下半期间时十四五规划本今明用力争每截比达自世纪中叶时间左右的是"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=ALPHABET, max_size=60),
    st.none() | st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_any_string_gives_consistent_deadlines(text: str, anchor: dt.date | None) -> None:
    for deadline in parse_deadlines(text, anchor):
        assert text[deadline.start : deadline.end] == deadline.text
        assert deadline.year is None or 1949 <= deadline.year <= 2100 + 50
        assert deadline.range_start is None or deadline.year is None or deadline.range_start <= deadline.year
        assert deadline.month is None or 1 <= deadline.month <= 12
