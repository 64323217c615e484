"""Targets: one per sentence tied to a future deadline, as GUIDELINES.md and its precedents say."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse import parse
from policyparse.document import Document
from policyparse.io import load
from policyparse.models import TargetKind
from policyparse.stages.targets import extract_targets
from tests.helpers import DEV_FILES, gold_for
from tests.known_misses import dev_cases


def _targets(text: str, anchor: dt.date | None) -> list[tuple[int | None, str]]:
    doc = Document.from_text(text, anchor_date=anchor)
    return [(t.deadline.year, t.text) for t in extract_targets(doc)]


# (text, anchor, expected [(year, target text)])
SENTENCES = [
    # goals and actions from the dev fixtures
    (
        "到2020年，环境公用设施、工业园区等重点领域第三方治理取得显著进展。",
        dt.date(2014, 12, 27),
        [(2020, "到2020年，环境公用设施、工业园区等重点领域第三方治理取得显著进展。")],
    ),
    (
        "加快推进农村危房改造，到2020年基本完成现有危房改造任务，建立健全农村基本住房安全保障长效机制。",
        dt.date(2014, 5, 16),
        [
            (
                2020,
                "加快推进农村危房改造，到2020年基本完成现有危房改造任务，建立健全农村基本住房安全保障长效机制。",
            )
        ],
    ),
    (
        "继续推进农村饮水安全工程，因地制宜推行城乡区域供水，完成全国农村饮水安全工程“十二五”规划任务。",
        dt.date(2014, 5, 16),
        [
            (
                2015,
                "继续推进农村饮水安全工程，因地制宜推行城乡区域供水，完成全国农村饮水安全工程“十二五”规划任务。",
            )
        ],
    ),
    (
        "2020年底前将商标注册平均审查周期压缩至4个月以内。",
        dt.date(2020, 7, 15),
        [(2020, "2020年底前将商标注册平均审查周期压缩至4个月以内。")],
    ),
    (
        "试点地区要结合实际抓紧制定具体实施方案，并于2018年12月底前报送国务院办公厅备案。",
        dt.date(2018, 10, 27),
        [(2018, "试点地区要结合实际抓紧制定具体实施方案，并于2018年12月底前报送国务院办公厅备案。")],
    ),
    # the same deadline is past for a later document
    (
        "试点地区要结合实际抓紧制定具体实施方案，并于2018年12月底前报送国务院办公厅备案。",
        dt.date(2019, 1, 10),
        [],
    ),
    ("2018年，全省完成投资100亿元。", dt.date(2019, 2, 1), []),
    # a goal for the document's own year
    (
        "1999年，环境质量要有所改善；2002年，大气和水环境质量按功能区划基本达到国家标准。",
        dt.date(1999, 10, 31),
        [
            (1999, "1999年，环境质量要有所改善；"),
            (2002, "2002年，大气和水环境质量按功能区划基本达到国家标准。"),
        ],
    ),
    (
        "今年经济社会发展主要预期目标是：地区生产总值增长5%左右；",
        dt.date(2026, 1, 27),
        [(2026, "今年经济社会发展主要预期目标是：地区生产总值增长5%左右；")],
    ),
    ("支持吉翼公司上半年产品面市。", dt.date(2026, 1, 27), [(2026, "支持吉翼公司上半年产品面市。")]),
    ("支持吉翼公司上半年产品面市。", dt.date(2026, 8, 1), []),
    # relative deadlines from the document's year, upper bound of a range
    (
        "利用2-3年时间，建立健全数据专区配套管理制度；",
        dt.date(2022, 11, 21),
        [(2025, "利用2-3年时间，建立健全数据专区配套管理制度；")],
    ),
    (
        "力争三到五年时间内基本形成产业集群。",
        dt.date(2019, 6, 1),
        [(2024, "力争三到五年时间内基本形成产业集群。")],
    ),
    ("争取用3年时间完成改造。", dt.date(2025, 4, 1), [(2028, "争取用3年时间完成改造。")]),
    ("相关落实情况年底前报国务院。", dt.date(2020, 7, 15), [(2020, "相关落实情况年底前报国务院。")]),
    ("相关落实情况年底前报国务院。", None, []),
    # two deadlines: the latest year
    (
        "2019年12月底前完成规划，2020年12月底前完成验收。",
        dt.date(2019, 3, 1),
        [(2020, "2019年12月底前完成规划，2020年12月底前完成验收。")],
    ),
    # periods, centuries, Chinese-numeral years
    (
        "到“十四五”末，基本形成现代化产业体系。",
        dt.date(2021, 3, 1),
        [(2025, "到“十四五”末，基本形成现代化产业体系。")],
    ),
    (
        "到本世纪中叶，全面建成社会主义现代化强国。",
        dt.date(2017, 10, 1),
        [(2050, "到本世纪中叶，全面建成社会主义现代化强国。")],
    ),
    ("到二〇二五年，基本建成数字政府。", dt.date(2021, 3, 1), [(2025, "到二〇二五年，基本建成数字政府。")]),
    (
        "面向到2035年建成教育强国目标，印发规划纲要。",
        dt.date(2025, 1, 1),
        [(2035, "面向到2035年建成教育强国目标，印发规划纲要。")],
    ),
    # exclusions
    ("2019年，国务院印发了指导意见。", dt.date(2019, 6, 1), []),
    (
        "到2020年和2025年，分别建成10个和20个示范区。",
        dt.date(2019, 6, 1),
        [(2025, "到2020年和2025年，分别建成10个和20个示范区。")],
    ),
    ("本办法自2020年1月1日起施行，有效期至2025年12月31日。", dt.date(2019, 12, 1), []),
    ("每年12月底前报送年度工作总结。", dt.date(2019, 3, 1), []),
    ("自2015年起，逐步在全国推开。", dt.date(2014, 3, 1), []),
    ("公告期为2020年3月1日-2020年3月31日。", dt.date(2020, 3, 1), []),
    ("预计到2025年，市场规模将超过1万亿元。", dt.date(2021, 3, 1), []),
    ("未来15年，我国将进入新的发展阶段。", dt.date(2021, 3, 1), []),
    # a window is a deadline for the work done in it, unless the sentence grants (可申请 …)
    (
        "自即日起至2025年12月31日，在全市开展安全生产专项整治行动。",
        dt.date(2025, 3, 1),
        [(2025, "自即日起至2025年12月31日，在全市开展安全生产专项整治行动。")],
    ),
    (
        "自即日起至2025年底前，全面完成可持续发展改造。",
        dt.date(2025, 3, 1),
        [(2025, "自即日起至2025年底前，全面完成可持续发展改造。")],
    ),
    (
        "自本意见印发之日起至2023年12月31日前，房地产开发项目新取得的土地可不配建公租房。",
        dt.date(2022, 5, 1),
        [],
    ),
    # 未来 spans a plan's time when its clause states an action, not a prediction (blind b28)
    ("未来两年在6区成立地区康健中心。", dt.date(2021, 2, 24), [(2023, "未来两年在6区成立地区康健中心。")]),
    ("未來三年新建20所學校。", dt.date(2021, 2, 24), [(2024, "未來三年新建20所學校。")]),
    ("未来五年是发展的重要机遇期。", dt.date(2021, 2, 24), []),
    ("未来五年国际环境总体上对我国发展有利。", dt.date(2021, 2, 24), []),
    ("会议明确了到2027年和2035年的主要目标。", dt.date(2025, 3, 1), []),
    ("今年要重点做好9个方面工作：", dt.date(2026, 1, 27), []),
    ("今年要重点做好以下几方面工作。", dt.date(2021, 3, 5), []),
    ("今年政府工作的总体要求是：", dt.date(2026, 1, 27), []),
    (
        "到2010年，环保执法队伍基本达到能力建设标准化要求。",
        dt.date(2007, 11, 22),
        [(2010, "到2010年，环保执法队伍基本达到能力建设标准化要求。")],
    ),
    ("今年我国发展仍面临不少风险挑战，但经济长期向好的基本面没有改变。", dt.date(2021, 3, 5), []),
    (
        "今年，我们将接续办好15件市级重点民生实事。",
        dt.date(2026, 1, 28),
        [(2026, "今年，我们将接续办好15件市级重点民生实事。")],
    ),
    ("“十三五”期间，生态环境保护面临重要的战略机遇。", dt.date(2016, 11, 24), []),
    ("广州市人民政府办公厅秘书处 2021年12月6日印发", dt.date(2021, 12, 1), []),
    ("今年是“十五五”开局之年，也是关键一年。", dt.date(2026, 1, 27), []),
    ("深入实施企业科技创新能力提升三年行动。", dt.date(2026, 1, 27), []),
    ("三、“十五五”时期主要目标任务", dt.date(2026, 1, 27), []),
    ("三、到2025年基本建成数字政府", dt.date(2021, 1, 1), [(2025, "到2025年基本建成数字政府")]),
    ("《安徽省工业互联网创新发展行动计划（2021-2023年）》已经省政府同意。", dt.date(2021, 9, 2), []),
    # list items under a deadline-bearing lead are not targets of their own
    (
        "到2025年，实现以下目标：\n（一）全省新增就业30万人。\n（二）城镇化率达到60%。",
        dt.date(2021, 1, 1),
        [(2025, "到2025年，实现以下目标：")],
    ),
    # dispatch headers and leading notes are cut off
    (
        "本报北京1月6日电（记者王云杉）到2029年，国家数据基础设施基本建立。",
        dt.date(2025, 1, 7),
        [(2029, "到2029年，国家数据基础设施基本建立。")],
    ),
    (
        "本报讯（记者张三）到2025年，全省建成10个示范区。",
        dt.date(2023, 5, 1),
        [(2025, "到2025年，全省建成10个示范区。")],
    ),
    (
        "（记者王云杉）近日，三部门印发指引，明确到2029年，体制机制基本建立。",
        dt.date(2025, 1, 7),
        [(2029, "近日，三部门印发指引，明确到2029年，体制机制基本建立。")],
    ),
    (
        "编制全省规划。（6月底完成，牵头考核单位：省发展改革委）",
        dt.date(2019, 3, 1),
        [(2019, "（6月底完成，牵头考核单位：省发展改革委）")],
    ),
    # a goal statement counts with or without 的 before 主要预期目标
    (
        "今年发展主要预期目标是：全省地区生产总值增长4.5%左右、力争更好结果；",
        dt.date(2026, 1, 27),
        [(2026, "今年发展主要预期目标是：全省地区生产总值增长4.5%左右、力争更好结果；")],
    ),
    (
        "今年发展的主要预期目标是：全省地区生产总值增长4.5%左右；",
        dt.date(2026, 1, 27),
        [(2026, "今年发展的主要预期目标是：全省地区生产总值增长4.5%左右；")],
    ),
    (
        "我局建议“九五”期间我国防震减灾工作的目标是：",
        dt.date(1996, 1, 25),
        [(2000, "我局建议“九五”期间我国防震减灾工作的目标是：")],
    ),
    ("提出了“十五五”时期全省经济社会发展主要目标、重点任务和政策措施。", dt.date(2026, 1, 27), []),
    # the verb must be in the clause the time phrase governs, not anywhere in the sentence
    (
        "“十三五”期间，经济社会发展不平衡、不协调的问题仍然突出，多类型生态环境问题交织，提高环境质量是当前核心任务。",
        dt.date(2016, 11, 24),
        [],
    ),
    ("“十三五”期间，生态环境保护机遇与挑战并存，也是实现质量改善的攻坚期。", dt.date(2016, 11, 24), []),
    (
        "“十五五”时期在基本实现社会主义现代化进程中具有承前启后的重要地位。",
        dt.date(2026, 1, 27),
        [],
    ),
    (
        "2024年，选取部分基层医疗卫生机构试点，开展按人头付费方式改革。",
        dt.date(2023, 10, 19),
        [(2024, "2024年，选取部分基层医疗卫生机构试点，开展按人头付费方式改革。")],
    ),
    (
        "在2018年、2020年底，分别对本规划执行情况进行中期评估和终期考核。",
        dt.date(2016, 11, 24),
        [(2020, "在2018年、2020年底，分别对本规划执行情况进行中期评估和终期考核。")],
    ),
    ("今后五年承前启后、继往开来，是赶超跨越的攻坚期。", dt.date(2026, 2, 3), []),
    ("今后五年，政府将着力推进十个方面重点任务。", dt.date(2026, 2, 3), []),
    # yearless dates of rules and recurring contexts; a yearless date needs a commitment
    ("岛内居民一次离岛年内可不限次数购买“即购即提”商品。", dt.date(2026, 1, 27), []),
    ("须提供审核时间在入学当年的5月1日前的房屋租赁登记备案证明。", dt.date(2026, 4, 29), []),
    ("年内可不限次数购买。", dt.date(2026, 1, 27), []),
    (
        "民办幼儿园于6月12日前发出《新生录取通知书》。",
        dt.date(2026, 4, 20),
        [(2026, "民办幼儿园于6月12日前发出《新生录取通知书》。")],
    ),
    # PDF-extracted text with spaces around the year
    (
        "到 2025 年，重点生态功能区生态修复取得明显成效。",
        dt.date(2021, 9, 1),
        [(2025, "到 2025 年，重点生态功能区生态修复取得明显成效。")],
    ),
    ("2025 年底前完成全部治理。", dt.date(2026, 3, 1), []),
    # a lead that ends in a colon right before the deadline is not part of the target
    (
        "意见提出了主要目标：到2020年，建设一批特色鲜明的新型智慧城市。",
        dt.date(2019, 2, 19),
        [(2020, "到2020年，建设一批特色鲜明的新型智慧城市。")],
    ),
    # deadline-first list items: the marker is not part of the text, other markers and years,
    # Traditional script, spaced PDF digits, and text that lost its line breaks
    (
        "具体措施：1．2021年3月底前研究制定降低企业公证事项收费办法。",
        dt.date(2020, 11, 1),
        [(2021, "2021年3月底前研究制定降低企业公证事项收费办法。")],
    ),
    (
        "（三）2025年6月底前完成全部存量项目的评估。",
        dt.date(2024, 12, 1),
        [(2025, "2025年6月底前完成全部存量项目的评估。")],
    ),
    (
        "2、2023年底前出台配套細則，建立健全監管機制。",
        dt.date(2023, 3, 1),
        [(2023, "2023年底前出台配套細則，建立健全監管機制。")],
    ),
    ("1. 2022 年底前编制完成专项规划。", dt.date(2022, 5, 1), [(2022, "2022 年底前编制完成专项规划。")]),
    (
        "（市场监管总局牵头，各地区按职责分工负责）3．2020年底前开展涉企收费专项治理。",
        dt.date(2020, 11, 1),
        [(2020, "2020年底前开展涉企收费专项治理。")],
    ),
    ("3.5%的企业已完成改造。", dt.date(2020, 11, 1), []),
    # two deadlines in one sentence: one target, the latest; a yearless month takes the year
    # stated before it in the sentence
    (
        "2．2021年6月底前制定全国统一的门诊费用跨省直接结算政策，12月底前实现门诊费用跨省直接结算。",
        dt.date(2020, 11, 1),
        [(2021, "2021年6月底前制定全国统一的门诊费用跨省直接结算政策，12月底前实现门诊费用跨省直接结算。")],
    ),
    # month-only deadlines in a dated document: a month's end, a month with a verb after it,
    # a day without 日 before 前; a month already past is not a target
    (
        "（2分）（11月取得明显成效，牵头考核单位：市工信局）",
        dt.date(2022, 4, 14),
        [(2022, "（2分）（11月取得明显成效，牵头考核单位：市工信局）")],
    ),
    (
        "（11月份取得明顯成效並持續推進，牽頭考核單位：市文旅局）",
        dt.date(2022, 4, 14),
        [(2022, "（11月份取得明顯成效並持續推進，牽頭考核單位：市文旅局）")],
    ),
    (
        "10月底完善平台各项功能，提升政府治理水平。",
        dt.date(2022, 4, 14),
        [(2022, "10月底完善平台各项功能，提升政府治理水平。")],
    ),
    ("（3月取得明显成效，牵头考核单位：市工信局）", dt.date(2022, 4, 14), []),
    (
        "请各单位填写登记表，并于4月28前上报区局办公室。",
        dt.date(2012, 4, 1),
        [(2012, "请各单位填写登记表，并于4月28前上报区局办公室。")],
    ),
    (
        "全省换届工作自2021年2月份启动，8月份结束。",
        dt.date(2021, 2, 26),
        [(2021, "全省换届工作自2021年2月份启动，8月份结束。")],
    ),
    ("人才委于去年底举办首场人才交流活动。", dt.date(2025, 6, 1), []),
    # durations: counted from the document's year, the upper bound of a range; the duration
    # word itself commits (用…时间), a past effort (经过…) does not
    (
        "计划用3年时间，培训职业技能人才300万人次以上。",
        dt.date(2025, 3, 25),
        [(2028, "计划用3年时间，培训职业技能人才300万人次以上。")],
    ),
    (
        "利用2-3年时间，集聚专业人才500人以上。",
        dt.date(2022, 6, 1),
        [(2025, "利用2-3年时间，集聚专业人才500人以上。")],
    ),
    (
        "力爭用三到五年時間，龍頭企業數量翻番。",
        dt.date(2019, 1, 1),
        [(2024, "力爭用三到五年時間，龍頭企業數量翻番。")],
    ),
    ("经过三年时间的努力，全市已建成体系。", dt.date(2019, 1, 1), []),
    # a bare year opening a clause whose predicate is a goal or action; not a past event
    (
        "2025年对符合条件的个人消费贷款和服务业经营主体贷款给予财政贴息。",
        dt.date(2025, 3, 17),
        [(2025, "2025年对符合条件的个人消费贷款和服务业经营主体贷款给予财政贴息。")],
    ),
    (
        "加快出口退税进度，2021年全面推广无纸化单证备案。",
        dt.date(2020, 11, 1),
        [(2021, "加快出口退税进度，2021年全面推广无纸化单证备案。")],
    ),
    (
        "2024年對符合條件的中小企業給予一次性補貼。",
        dt.date(2024, 1, 5),
        [(2024, "2024年對符合條件的中小企業給予一次性補貼。")],
    ),
    ("人才委於2025年成立了兩個跨部門工作組。", dt.date(2025, 1, 1), []),
    ("2026年政府工作主要是围绕年度部署细化举措、抓好落实。", dt.date(2026, 2, 4), []),
    # holidays with a fixed date, before the holiday (numeral names only in quotes)
    (
        "中华巴洛克三期首开区“十一”前建成运营。",
        dt.date(2024, 2, 1),
        [(2024, "中华巴洛克三期首开区“十一”前建成运营。")],
    ),
    (
        "全市老旧小區改造項目國慶節前全部完工。",
        dt.date(2023, 3, 1),
        [(2023, "全市老旧小區改造項目國慶節前全部完工。")],
    ),
    ("“五一”前完成景区设施检修。", dt.date(2023, 6, 1), []),
    ("第十一前完成。", dt.date(2023, 3, 1), []),
    # a deadline note in parentheses is a deadline, a year range after a name is not
    ("摸底排查（2022年5月底前）。", dt.date(2022, 4, 19), [(2022, "摸底排查（2022年5月底前）。")]),
    ("现场复核(2023 年6月底前)。", dt.date(2023, 4, 1), [(2023, "现场复核(2023 年6月底前)。")]),
    ("实施农村人居环境整治三年行动（2021-2023年）。", dt.date(2021, 4, 1), []),
    # a range of months in one year, opening a schedule's step
    (
        "1997年4—6月，由社会团体根据清理整顿的规定进行自查。",
        dt.date(1997, 3, 1),
        [(1997, "1997年4—6月，由社会团体根据清理整顿的规定进行自查。")],
    ),
    # a recurring rule reaches every deadline of its sentence; tax-year labels are no deadline
    (
        "2020年起，每年2月底前各省份完成辖区内绩效考核工作，3月底前国家卫生健康委完成国家监测指标分析工作。",
        dt.date(2019, 1, 30),
        [],
    ),
    ("寬免2020/21年度住宅物業全年差餉，每戶以1,500元為上限。", dt.date(2020, 2, 26), []),
    ("寬減2019/20課稅年度百分之百的薪俸稅。", dt.date(2020, 2, 26), []),
    # forecasts vs commitments in one sentence; effective and validity dates; start dates
    (
        "目前，已于今年3月完成有效性验证，预计11月完成安全性验证，年底前提交临床申请。",
        dt.date(2026, 6, 12),
        [(2026, "目前，已于今年3月完成有效性验证，预计11月完成安全性验证，年底前提交临床申请。")],
    ),
    ("预计11月完成安全性验证。", dt.date(2026, 6, 12), []),
    ("预计全年接待游客9.6亿人次、增长10.3%。", dt.date(2026, 1, 27), []),
    ("本办法自2026年3月1日起施行，有效期至2030年12月31日。", dt.date(2026, 2, 1), []),
    ("自2027年起，逐步推开。", dt.date(2026, 2, 1), []),
    # the time set for an action, introduced by 于; not the date of a past event
    (
        "审核通过后，于2026年6月5日发放录取通知书。",
        dt.date(2026, 4, 20),
        [(2026, "审核通过后，于2026年6月5日发放录取通知书。")],
    ),
    ("學校於6月12日公布錄取結果。", dt.date(2026, 4, 20), [(2026, "學校於6月12日公布錄取結果。")]),
    ("国务院于2025年6月5日印发了通知。", dt.date(2025, 1, 1), []),
    # a window set for an action, 于…至…, whatever the action's verb (blind b11, b14)
    (
        "须于2026年5月7日至11日登录招生报名系统填写报名信息。",
        dt.date(2026, 4, 20),
        [(2026, "须于2026年5月7日至11日登录招生报名系统填写报名信息。")],
    ),
    (
        "请家长于2026年5月24日至5月26日带齐资料到幼儿园报名。",
        dt.date(2026, 4, 20),
        [(2026, "请家长于2026年5月24日至5月26日带齐资料到幼儿园报名。")],
    ),
    ("学校于6月17日派发录取通知书。", dt.date(2026, 4, 20), [(2026, "学校于6月17日派发录取通知书。")]),
    ("学校已于3月1日完成摸底。", dt.date(2026, 4, 20), []),
    # the time set for an action before its date or window (blind b11, blind3 d10); not an
    # eligibility window
    (
        "业主子女的报名时间为4月26日至4月28日，报名方式为现场报名。",
        dt.date(2026, 4, 20),
        [(2026, "业主子女的报名时间为4月26日至4月28日，报名方式为现场报名。")],
    ),
    (
        "集中报名时间原则上为6月2日至6月4日。",
        dt.date(2026, 4, 20),
        [(2026, "集中报名时间原则上为6月2日至6月4日。")],
    ),
    (
        "网上正式填报及依托单位推荐时间：2024年12月24日～2025年1月14日17:00",
        dt.date(2024, 12, 10),
        [(2025, "网上正式填报及依托单位推荐时间：2024年12月24日～2025年1月14日17:00")],
    ),
    ("出生时间为2026年9月1日至2027年8月31日的儿童。", dt.date(2026, 4, 20), []),
    # a window followed by a comma, a second day, times of day (blind b14)
    (
        "网上报名登记有效后，于2026年5月16日至18日，根据网上预约时段到报名学校进行资料审核。",
        dt.date(2026, 4, 20),
        [(2026, "网上报名登记有效后，于2026年5月16日至18日，根据网上预约时段到报名学校进行资料审核。")],
    ),
    (
        "其父母可于2026年8月25日、26日到对口小学现场递交材料补报名。",
        dt.date(2026, 4, 20),
        [(2026, "其父母可于2026年8月25日、26日到对口小学现场递交材料补报名。")],
    ),
    (
        "各申请人于6月2日9:00至6月5日15:00登录系统填报志愿。",
        dt.date(2026, 4, 20),
        [(2026, "各申请人于6月2日9:00至6月5日15:00登录系统填报志愿。")],
    ),
    ("该办法于2026年5月7日至11日期间公示。", dt.date(2026, 4, 20), []),
    ("2025年的目标任务十分繁重。", dt.date(2025, 1, 1), []),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), SENTENCES, ids=[row[0][:24] for row in SENTENCES])
def test_sentence(text: str, anchor: dt.date | None, expected: list[tuple[int, str]]) -> None:
    assert _targets(text, anchor) == expected


KINDS = [
    ("到2020年，建成一批美丽宜居村庄。", TargetKind.GOAL),
    ("2020年底前基本实现增值税专用发票电子化。", TargetKind.GOAL),
    ("到2020年，城镇地区实现千兆宽带接入能力。", TargetKind.GOAL),
    ("2019年6月底前完成规划编制。", TargetKind.ACTION),
    ("并于2018年12月底前报送国务院办公厅备案。", TargetKind.ACTION),
    ("2020年底前出台实施细则。", TargetKind.ACTION),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kind(text: str, kind: TargetKind) -> None:
    (target,) = extract_targets(Document.from_text(text, anchor_date=dt.date(2018, 1, 1)))
    assert target.kind is kind


def test_target_fields_and_offsets() -> None:
    text = "一、主要目标\n到2020年(nián)，實現4G網絡100%覆蓋城鄉，推動5G試商用。"
    doc = Document.from_text(text, anchor_date=dt.date(2019, 2, 19))
    (target,) = extract_targets(doc)
    assert target.text == "到2020年，實現4G網絡100%覆蓋城鄉，推動5G試商用。"
    assert text[target.start : target.end].replace("(nián)", "") == target.text
    assert (target.deadline.text, target.deadline.year, target.deadline.relation.value) == (
        "到2020年",
        2020,
        "by",
    )
    assert [(i.value, i.unit, i.metric) for i in target.indicators] == [(100.0, "%", "4G網絡")]


def test_deadlines_lists_every_deadline_of_the_sentence() -> None:
    doc = Document.from_text("2018年底前完成规划，2020年底前完成验收。", anchor_date=dt.date(2019, 3, 1))
    (target,) = extract_targets(doc)
    assert target.deadline.text == "2020年底前"
    assert [d.year for d in target.deadlines] == [2018, 2020]


def _parsed(text: str, anchor: dt.date | None = None) -> list[tuple[int | None, str]]:
    return [(t.deadline.year, t.text) for t in parse(text, anchor_date=anchor).targets]


_PLAN_14 = "浙江省城市内涝治理“十四五”规划\n\n一、发展基础\n"
_PLAN_RANGE = "北京市国土空间生态修复规划（2021 年-2035 年）（草案）\n\n一、规划目标\n"
_PLAN = "城市排水防涝工作方案\n\n一、背景\n全省城市排水防涝设施建设持续加强。"
_REPORT = "2026年政府工作报告\n\n各位代表：\n\n"

# (document, anchor, expected targets): an undated document's year floor, a report's goal statements
DOCUMENTS = [
    # the floor from a planning period or year range in the title drops past review lines
    (
        _PLAN_14
        + "“十三五”期间，全省累计新建改造雨水管网3000公里。\n“十四五”期间，全省累计新建改造雨水管网3500公里。\n",
        None,
        [(2025, "“十四五”期间，全省累计新建改造雨水管网3500公里。")],
    ),
    (
        _PLAN_RANGE + "2020 年底前，完成调查评价。\n到 2025 年，生态修复取得明显成效。\n",
        None,
        [(2025, "到 2025 年，生态修复取得明显成效。")],
    ),
    # else from the latest dated past event in the text
    (
        _PLAN + "2020年7月17日，国家发展改革委组织召开了全国城市排水防涝工作会议。\n"
        "2019年底前，完成易涝点排查。\n到2025年，建成城市排水防涝体系。\n",
        None,
        [(2025, "到2025年，建成城市排水防涝体系。")],
    ),
    # a floor never resolves a relative deadline
    (_PLAN_14 + "年底前，完成易涝点排查。\n", None, []),
    # a report's goal statement without a time word: the heading's year, else the document's
    (
        _REPORT + "三、2026年重点工作\n政府工作的总体要求是：坚持稳中求进。\n"
        "经济社会发展的主要预期目标为：地区生产总值增长4.5%左右，城镇新增就业50万人以上。\n",
        None,
        [(2026, "经济社会发展的主要预期目标为：地区生产总值增长4.5%左右，城镇新增就业50万人以上。")],
    ),
    (
        _REPORT + "三、工作安排\n主要预期目标是：地区生产总值增长5%左右。\n",
        dt.date(2026, 1, 27),
        [(2026, "主要预期目标是：地区生产总值增长5%左右。")],
    ),
    # an undated report takes its year from a title or a plan heading naming one year; without
    # either, a goal statement has no year
    (
        _REPORT + "三、工作安排\n主要预期目标是：地区生产总值增长5%左右。\n",
        None,
        [(2026, "主要预期目标是：地区生产总值增长5%左右。")],
    ),
    ("政府工作报告\n\n各位代表：\n\n三、工作安排\n主要预期目标是：地区生产总值增长5%左右。\n", None, []),
    (
        "政府工作报告\n\n各位代表：\n\n一、2023年工作回顾\n2023年地区生产总值增长6.0%。\n全年新增就业5万人。\n"
        "二、2024年工作目标和主要任务\n全年城镇新增就业8.25万人以上。\n中华巴洛克三期首开区“十一”前建成运营。\n",
        None,
        [
            (2024, "全年城镇新增就业8.25万人以上。"),
            (2024, "中华巴洛克三期首开区“十一”前建成运营。"),
        ],
    ),
    (
        _REPORT + "一、2025年工作回顾\n主要预期目标为：地区生产总值增长5%左右。\n",
        dt.date(2026, 1, 27),
        [],
    ),
    (
        _REPORT + "二、“十五五”时期主要目标任务\n“十五五”发展的主要目标是：高质量发展取得决定性进展。\n",
        dt.date(2026, 1, 27),
        [(2030, "“十五五”发展的主要目标是：高质量发展取得决定性进展。")],
    ),
    (
        _REPORT + "三、工作安排\n建议今年全市经济社会发展的主要预期目标是：全市生产总值增长5%左右。\n",
        dt.date(2026, 2, 3),
        [(2026, "建议今年全市经济社会发展的主要预期目标是：全市生产总值增长5%左右。")],
    ),
    # a report's goal list: the statement is a target up to its first ；, the items after it
    # carry no deadline of their own
    (
        _REPORT
        + "二、2026年工作安排\n今年经济社会发展主要预期目标是：地区生产总值增长5%左右；"
        + "城镇新增就业21万人；居民消费价格涨幅3%左右。\n",
        dt.date(2026, 1, 27),
        [(2026, "今年经济社会发展主要预期目标是：地区生产总值增长5%左右；")],
    ),
    # a report's sections: a yearless deadline takes the year its section is about, a review
    # section tells the past, and a bare 全年 counts only in a section about its year
    (
        _REPORT
        + "一、工作回顾\n全年接待游客3亿人次。\n年底前全部完工。\n"
        + "二、2026年重点工作\n全年開行3000列以上。\n力争全年外贸进出口总额增长10%。\n"
        + "顺利完成全年经济社会发展主要目标任务。\n",
        dt.date(2026, 1, 14),
        [(2026, "全年開行3000列以上。"), (2026, "力争全年外贸进出口总额增长10%。")],
    ),
    (_REPORT + "一、这五年发展成效\n全年接待游客3亿人次、总花费超过4500亿元。\n", dt.date(2026, 2, 4), []),
    (
        _REPORT + "四、加强政府自身建设\n确保全年实施重大项目3600个左右。\n",
        dt.date(2026, 2, 4),
        [(2026, "确保全年实施重大项目3600个左右。")],
    ),
    (
        "关于做好2019年和2020年工作的通知\n\n三、2020年工作安排\n年底前完成全部改造任务。\n",
        dt.date(2019, 6, 1),
        [(2020, "年底前完成全部改造任务。")],
    ),
    # an undated evaluation scheme takes its year from its title
    (
        "石城县2018年度河长制工作目标管理考核细则\n\n一、考核内容\n全县年内新建污水管网20公里以上。\n",
        None,
        [(2018, "全县年内新建污水管网20公里以上。")],
    ),
    # the document's own title is not a target, even when a verb follows its year
    (
        "2026年吉林省政府工作报告\n\n各位代表：\n\n今年要办好十件实事。\n",
        dt.date(2026, 1, 27),
        [(2026, "今年要办好十件实事。")],
    ),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), DOCUMENTS, ids=[row[0][-30:] for row in DOCUMENTS])
def test_document(text: str, anchor: dt.date | None, expected: list[tuple[int, str]]) -> None:
    assert _parsed(text, anchor) == expected


def _wrapped(text: str, width: int) -> str:
    """``text`` broken into lines of ``width`` characters, as PDF extraction does."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width)) + "\n"


def test_hard_wrapped_sentence_is_one_target() -> None:
    filler = "本规划坚持生态优先、绿色发展，统筹推进全域系统治理。" * 8  # one sentence per line of 26
    goal = "到 2035 年，国土空间内自然生态系统稳定并充满活力，山水林田湖草生命共同体持续正向发育演替，形成牢固的生态安全格局；"
    text = "北京市国土空间生态修复规划\n\n" + _wrapped(filler + goal + filler, 26)
    ((year, found),) = _parsed(text, dt.date(2021, 9, 1))
    assert year == 2035 and "\n" in found and _fold(found) == _fold(goal)


def test_short_lines_are_not_joined() -> None:
    text = "通知\n\n一、目标\n到2025年，建成体系\n二、措施\n加强领导。\n"
    assert _parsed(text, dt.date(2021, 9, 1)) == [(2025, "到2025年，建成体系")]


def test_unknown_year_is_reported() -> None:
    doc = Document.from_text("用3年时间完成改造。")
    assert extract_targets(doc) == []
    assert [d.code for d in doc.diagnostics.items] == ["I304"]


def test_impossible_date_is_reported() -> None:
    doc = Document.from_text("2019年13月底前完成改造。", anchor_date=dt.date(2019, 1, 1))
    assert extract_targets(doc) == []
    assert [d.code for d in doc.diagnostics.items] == ["W301"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("到2020年，2.2本计划完成投资3541.07万元2。", ["W303"]),
        ("到20255年，完成投资。", ["W303"]),
        ("到2020年，完成投资3541.07万元。", []),
    ],
)
def test_glued_numbers_are_reported(text: str, codes: list[str]) -> None:
    doc = Document.from_text(text, anchor_date=dt.date(2019, 1, 1))
    targets = extract_targets(doc)
    assert [d.code for d in doc.diagnostics.items] == codes
    assert all(i.value != 35410700.0 for t in targets for i in t.indicators) == bool(codes)


_PUNCT = regex.compile(r"[\W_]+")


def _fold(text: str) -> str:
    return _PUNCT.sub("", text)


@pytest.mark.parametrize("path", dev_cases("targets", DEV_FILES))
def test_dev_fixture_targets(path: Path) -> None:
    """With the gold date as anchor, the parse's targets are the gold's: same years, same sentences.

    The whole pipeline runs, so that the document's kind, headings and 发文字号 year count as
    they do for a user; units compare in NFKC (``％`` is ``%``).
    """
    gold = gold_for(path)
    date = gold["metadata"].get("date")
    anchor = dt.date.fromisoformat(date) if date else None
    targets = parse(load(path).text, anchor_date=anchor).targets
    got = [(t.deadline.year, _fold(t.text)) for t in targets]
    want = [(t["year"], _fold(t["text"])) for t in gold["targets"]]
    assert len(got) == len(want), got
    for (got_year, got_text), (want_year, want_text) in zip(got, want, strict=True):
        assert got_year == want_year
        assert got_text == want_text or (want_text in got_text and len(want_text) >= 0.8 * len(got_text))
    gold_indicators = sorted((float(i["value"]), _nfkc(i["unit"])) for i in gold["indicators"])
    assert sorted((i.value, _nfkc(i.unit or "")) for t in targets for i in t.indicators) == gold_indicators


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


TARGET_ALPHABET = "0123456789〇一二三十年月日底前内至到—“”《》（）()，。；：\n 十四五期间用时间今年达到%个万亿元（記者）本报电完成实现建成的了"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=TARGET_ALPHABET, max_size=80))
def test_any_text_gives_sound_targets(text: str) -> None:
    doc = Document.from_text(text, anchor_date=dt.date(2019, 6, 1))
    for target in extract_targets(doc):
        assert 0 <= target.start <= target.end <= len(text)
        assert target.deadline.start >= target.start and target.deadline.end <= target.end
        for indicator in target.indicators:
            assert target.start <= indicator.start <= indicator.end <= target.end
            assert indicator.value is not None


def test_goal_statement_deadline_is_the_goal_phrase() -> None:
    text = _REPORT + "三、工作安排\n经济主要预期目标是：地区生产总值增长5%左右。\n"
    (target,) = parse(text, anchor_date=dt.date(2026, 2, 3)).targets
    deadline = target.deadline
    assert (deadline.text, deadline.year, deadline.relative, deadline.anchor) == (
        "主要预期目标",
        2026,
        True,
        dt.date(2026, 2, 3),
    )
    assert text[deadline.start : deadline.end] == deadline.text
    assert [(i.value, i.unit) for i in target.indicators] == [(5.0, "%")]


REPORT_ALPHABET = "0123456789 年月日底前内至到—“”《》（），。；：\n十五五期间今年主要预期目标是为三、重点工作增长%的了已印发召开"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=REPORT_ALPHABET, max_size=80), st.none() | st.just(dt.date(2026, 1, 27)))
def test_any_report_gives_sound_targets(text: str, anchor: dt.date | None) -> None:
    full = _REPORT + text
    for target in parse(full, anchor_date=anchor).targets:
        assert full[target.start : target.end] == target.text
        assert target.start <= target.deadline.start <= target.deadline.end <= target.end


def test_timetable_rows_are_targets_inside_a_timetable_only() -> None:
    # a plan dated only by its 文号's year; rows of its 日程安排 open with yearless dates
    # (blind3 d01's form); the same rows under another heading are event reports
    rows = "5月21日至22日，小学新生报名。\n6月26日上午，民办学校电脑派位。\n6月27日，开通网络查询电脑派位结果。\n"
    head = "关于做好入学工作的通知\n高教〔2016〕55号\n各学校：\n"
    timetable = parse(f"{head}一、日程安排\n{rows}《择校生招生名单》于8月20日前报区招考办审核。\n")
    assert [(t.deadline.year, t.text) for t in timetable.targets] == [
        (2016, "5月21日至22日，小学新生报名。"),
        (2016, "6月26日上午，民办学校电脑派位。"),
        (2016, "6月27日，开通网络查询电脑派位结果。"),
        (2016, "《择校生招生名单》于8月20日前报区招考办审核。"),
    ]
    elsewhere = parse(f"{head}一、工作回顾\n{rows}")
    assert elsewhere.targets == []


@pytest.mark.parametrize(
    "sentence",
    [
        "加大培育力度，2023年新增专精特新中小企业80家。",
        "开展绿色制造体系创建，2023年创建8个绿色工厂、1个绿色园区。",
        "2023年培育省级龙头企业10家以上。",
        "2023年打造3个特色产业集群。",
        "2023年新建充电桩500个。",
    ],
)
def test_a_bare_year_opening_a_plans_clause_governs_its_verb(sentence: str) -> None:
    """新增, 创建, 培育, 打造, 新建 are a plan's goal and action verbs (blind set 4's d12)."""
    notice = parse("关于印发工作方案的通知\n" + sentence + "\n", anchor_date=dt.date(2023, 5, 10))
    assert [(t.deadline.year, t.text) for t in notice.targets] == [(2023, sentence)]


def test_a_bare_year_with_such_a_verb_in_the_past_is_no_target() -> None:
    notice = parse(
        "关于印发工作方案的通知\n2021年新增专精特新中小企业80家。\n", anchor_date=dt.date(2023, 5, 10)
    )
    assert notice.targets == []


@pytest.mark.parametrize(
    "printed",
    ["某市2023 年优化营商环境责任清单", "某市 2023 年优化营商环境责任清单", "某市2023年优化营商环境责任清单"],
)
def test_the_transmitted_documents_title_is_no_target_however_spaced(printed: str) -> None:
    """Blind set 4 d10 (a notice copied from a PDF): the attached list's title line, spaced
    around its year as the PDF printed it, repeats the title the notice transmits."""
    text = (
        "某市人民政府办公厅关于印发某市2023年优化营商环境责任清单的通知\n"
        "各区人民政府：\n现将《某市2023 年优化营商环境责任清单》印发给你们，请遵照执行。\n"
        "某市人民政府办公厅\n2023年1月6日\n"
        f"{printed}\n一、提升政务服务效能\n2023年底前，实现政务服务事项全程网办。\n"
    )
    targets = [t.text for t in parse(text).targets]
    assert targets == ["2023年底前，实现政务服务事项全程网办。"]
