"""Indicators: numbers with units inside targets, and the numbers that are not indicators."""

from __future__ import annotations

import pytest

from policyparse.diagnostics import Diagnostics
from policyparse.document import Document
from policyparse.stages.targets.indicators import find_indicators, parse_indicators, scan_quantities

# (string, expected [(value, unit, comparator)])
CASES = [
    # percentages and decimals
    ("实现4G网络100%覆盖城乡", [(100.0, "%", None)]),
    ("常住人口城镇化率达到69%", [(69.0, "%", "达到")]),
    ("地区生产总值增长5%左右", [(5.0, "%", "左右")]),
    ("一般公共预算收入增长3.7%", [(3.7, "%", "增长")]),
    ("城镇调查失业率控制在5.5%左右", [(5.5, "%", "左右")]),
    ("全社会研发经费投入年均增长9%以上", [(9.0, "%", "以上")]),
    ("其中制造业增加值占比25%左右", [(25.0, "%", "左右")]),
    ("覆盖率不低于95%", [(95.0, "%", "不低于")]),
    ("优良天数比率达到88.5%", [(88.5, "%", "达到")]),
    ("综合能耗下降13.5%", [(13.5, "%", "下降")]),
    ("百分之五十以上的企业", [(50.0, "%", "以上")]),
    ("比重应当达到百分之二点五以上", [(2.5, "%", "以上")]),
    ("增长百分之三十三点五", [(33.5, "%", "增长")]),
    ("粮食产量达到三千二百七十八亿斤", [(327800000000.0, "斤", "达到")]),
    ("提高2个百分点", [(2.0, "个百分点", "提高")]),
    ("农村自来水普及率提高到88%", [(88.0, "%", "提高到")]),
    ("全省５０％以上", [(50.0, "%", "以上")]),
    # counts with Chinese numerals and measure words
    ("筛选确定3个市主城区和10个县城开展试点", [(3.0, "个", None), (10.0, "个", None)]),
    ("建设十个示范县", [(10.0, "个", None)]),
    ("培育三十家龙头企业", [(30.0, "家", None)]),
    ("打造两百个应用场景", [(200.0, "个", None)]),
    ("新增就业30万人", [(300000.0, "人", None)]),
    ("建成5000个5G基站", [(5000.0, "个", None)]),
    # amounts with 万/亿
    ("不少于100亿元", [(1e10, "元", "不少于")]),
    ("300万人次", [(3e6, "人次", None)]),
    ("累计3541.07万元", [(35410700.0, "元", "累计")]),
    ("粮食综合生产能力迈上1000亿斤新台阶", [(1e11, "斤", "迈上")]),
    ("营业收入突破1.5万亿元", [(1.5e12, "元", "突破")]),
    ("单个企业最高2000万元", [(2e7, "元", None)]),
    ("三千五百万元", [(35000000.0, "元", None)]),
    # rates, durations and physical units
    ("压缩至4个月以内", [(4.0, "个月", "以内")]),
    ("审批时间压减至15个工作日", [(15.0, "个工作日", "压减至")]),
    ("全省土壤有机质平均含量28克/千克", [(28.0, "克/千克", None)]),
    ("PM2.5浓度下降到35微克/立方米", [(35.0, "微克/立方米", "下降到")]),
    ("新建改建农村公路1万公里", [(10000.0, "公里", None)]),
    ("增长1倍", [(1.0, "倍", "增长")]),
    # 半 before a unit of time is a half; not 一半, 半个世纪
    ("分别减至1个月、半个月", [(1.0, "个月", None), (0.5, "个月", None)]),
    ("办理时限压缩至半天", [(0.5, "天", "压缩至")]),
    ("缩短至半個月以內", [(0.5, "个月", "以内")]),
    ("压缩一半", []),
    ("半个世纪以来", []),
    ("高标准农田2556万亩", [(25560000.0, "亩", None)]),
    # ranges: the upper bound
    ("提高5至10个百分点", [(10.0, "个百分点", "提高")]),
    ("保持在3-5%", [(5.0, "%", "保持在")]),
    ("全省生产总值增长5%—5.5%", [(5.5, "%", "增长")]),
    ("国内生产总值增长6%-6.5%", [(6.5, "%", "增长")]),
    # no known unit: the value with unit None, when a comparator makes it a goal value
    ("企业数量达到1000", [(1000.0, None, "达到")]),
    ("注册用户突破2亿", [(2e8, None, "突破")]),
    ("达到2020年水平", []),
    ("打造两个示范区", [(2.0, "个", None)]),
    # false positives: none of these is an indicator
    ("国发〔2017〕35号", []),
    ("国办发〔2014〕25号", []),
    ("到2020年，城镇地区实现千兆、有条件的农村实现百兆宽带接入能力", []),
    ("推动5G试商用", []),
    ("加快4G网络建设", []),
    ("“十四五”规划", []),
    ("全面实现“一网通办”", []),
    ("依托“一网、一库、一平台”", []),
    ("第一条", []),
    ("建设一批特色鲜明的新型智慧城市", []),
    ("形成一套科学完备的制度体系", []),
    ("以铁路两侧500米范围内的轻质物体为重点", []),
    ("《安徽省工业互联网创新发展行动计划（2021-2023年）》", []),
    ("2019年2月19日", []),
    ("增长与经济增长同步", []),
    ("前10名", []),
    ("重庆将迎来直辖30周年", []),
    ("地表水国控断面个数由759个增加到970个", [(970.0, "个", "增加到")]),
    # a list's count, a term, a division of the work: no goal values (blind set 6 d01, d04)
    ("交通运输部、国家发展改革委等11个部门提出，渗透率将达到40%", [(40.0, "%", "达到")]),
    ("工业和信息化部等8部门提出，渗透率将达到40%", [(40.0, "%", "达到")]),
    ("实现学历公证、驾驶证公证等58项事项异地办理", [(58.0, "项", None)]),  # dev 038: the goal's count
    ("此次专项行动为期9个月，共分三个阶段，查处案件50件以上", [(50.0, "件", "以上")]),
    ("每5年开展一次", []),
    # the days ending a window of dates are dates, not quantities (blind3 d01)
    ("5月21日至22日，小学新生报名", []),
    ("可于8月25日、26日现场报名", []),
    ("办理时限为15日", [(15.0, "日", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[row[0] for row in CASES])
def test_indicator(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    from policyparse.normalize import normalize

    norm = normalize(text).norm
    got = parse_indicators(norm)
    assert [(i.value, i.unit, i.comparator) for i in got] == expected
    for indicator in got:
        assert norm[indicator.start : indicator.end] == indicator.text


def test_metric_and_text() -> None:
    (indicator,) = parse_indicators("主要目标包括：常住人口城镇化率达到69%，")
    assert indicator.metric == "常住人口城镇化率"
    assert indicator.text == "常住人口城镇化率达到69%"
    assert indicator.raw_value == "69"


def test_range_keeps_both_ends_in_raw_value() -> None:
    (indicator,) = parse_indicators("全省生产总值增长5%—5.5%")
    assert (indicator.raw_value, indicator.text, indicator.metric) == (
        "5%—5.5",
        "全省生产总值增长5%—5.5%",
        "全省生产总值",
    )


def test_raw_value_keeps_the_multiplier() -> None:
    (indicator,) = parse_indicators("不少于100亿元")
    assert indicator.raw_value == "100亿"


def test_glued_number_is_reported_not_read() -> None:
    quantities, glued = scan_quantities("共3541.07万元2项")
    assert glued and glued[0][2].startswith("3541.07万元")
    assert all(q.value != 35410700.0 for q in quantities)


def test_find_indicators_in_traditional_text() -> None:
    text = "到2020年，實現4G網絡100％覆蓋城鄉，篩選確定3個市主城區。"
    diagnostics = Diagnostics()
    doc = Document.from_text(text, diagnostics=diagnostics)
    found = find_indicators(doc, 0, len(doc.norm), exclude=[(0, 7)])
    assert [(i.value, i.unit) for i in found] == [(100.0, "%"), (3.0, "個")]
    assert found[1].text == "篩選確定3個"
    for indicator in found:
        assert text[indicator.start : indicator.end] == indicator.text


def test_find_indicators_reports_glued_numbers() -> None:
    doc = Document.from_text("投资3541.07万元2")
    assert find_indicators(doc, 0, len(doc.norm)) == []
    assert [d.code for d in doc.diagnostics.items] == ["W303"]
