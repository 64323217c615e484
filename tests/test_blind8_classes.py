"""Classes of input blind set 8 showed (scored once at ac74483), each in forms beyond its documents:
a task-division plan whose items have measures numbered under them, a list item opening with a
year (``3.2018年要在…``), ``以及`` in a note's list, a clause opened by a list marker and a date,
a bare span of years (``五年内``), and a run of directive items with a few short ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse
from policyparse.grammar.markers import match_marker

DIVISION = """国务院办公厅关于印发某项改革重点任务分工方案的通知
国办发〔2018〕79号
各省、自治区、直辖市人民政府：
《某项改革重点任务分工方案》已经国务院同意，现印发给你们，请认真贯彻落实。
国务院办公厅
2018年8月5日
某项改革重点任务分工方案
一、任务分工
（一）以简政放权放出活力和动力。
1.对现有审批和许可事项要逐一深入论证，能取消的坚决取消。（国务院审改办牵头，各地区、各部门负责）
{measures_label}
（1）2018年第三季度对现有行政许可事项进行一次全面摸底清理。（国务院审改办牵头，各部门负责）
（2）2018年在全国启动变相审批自查整改工作。（国务院审改办牵头，各部门负责）
2.进一步压缩企业开办时间，五年内压缩到5个工作日以内。（市场监管总局牵头，公安部、税务总局等国务院相关部门以及各地区按职责分工负责）
{measures_label}
（1）简化企业登记程序，压缩申领发票时间。（市场监管总局、税务总局按职责分工负责）
3.2018年要在全国推开“证照分离”改革，能取消审批的予以取消。（市场监管总局、司法部牵头，国务院相关部门按职责分工负责）
（二）以创新监管管出公平和秩序。
4.创新监管理念和方式，三年内健全新型监管机制。（市场监管总局牵头，各部门负责）
二、工作要求
（一）加快完善法律法规。各级政府部门要主动与人大及司法机构沟通衔接，配合做好相关法律法规的立改废释工作。
"""


@pytest.mark.parametrize("measures_label", ["主要措施：", "具体措施：", ""])
def test_a_division_plans_items_not_their_measures_are_the_tasks(measures_label: str) -> None:
    notice = parse(DIVISION.format(measures_label=measures_label))
    assert [t.title for t in notice.tasks] == [
        "对现有审批和许可事项要逐一深入论证",
        "进一步压缩企业开办时间",
        "2018年要在全国推开“证照分离”改革",
        "创新监管理念和方式",
    ]
    # the measures' notes belong to their item's task; a clause of the 工作要求 to none
    first, second = notice.tasks[0], notice.tasks[1]
    assert [a.name for a in first.lead] == ["国务院审改办"] * 3
    assert "各地区" in [a.name for a in second.responsible]
    assert "市场监管总局" in [a.name for a in second.lead]


def test_a_note_list_joined_by_yiji_splits() -> None:
    notice = parse(DIVISION.format(measures_label=""))
    note = next(a for a in notice.assignments if "以及" in a.text)
    assert [a.name for a in note.responsible] == ["公安部", "税务总局", "国务院相关部门", "各地区"]


@pytest.mark.parametrize(
    ("text", "end"),
    [("3.2018年要在全国推开", 2), ("12.2020年底前完成", 3), ("3. 2018年", 2)],
)
def test_a_list_marker_before_a_year(text: str, end: int) -> None:
    marker = match_marker(text, 0)
    assert marker is not None and marker.number == int(text.split(".")[0]) and marker.end == end


@pytest.mark.parametrize("text", ["1.5亿元", "3.25%", "2.2018"])
def test_a_decimal_is_no_marker(text: str) -> None:
    assert match_marker(text, 0) is None


def test_a_clause_opened_by_a_marker_and_a_year_is_dated() -> None:
    notice = parse(DIVISION.format(measures_label="主要措施："))
    years = {t.text: t.deadline.year for t in notice.targets}
    assert years["2018年在全国启动变相审批自查整改工作。"] == 2018
    assert years["2018年要在全国推开“证照分离”改革，能取消审批的予以取消。"] == 2018


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("进一步压缩企业开办时间，五年内压缩到5个工作日以内。", 2023),
        ("创新监管理念和方式，三年内健全新型监管机制。", 2021),
        ("组建一批施工企业，一年内施工资质提升至三级，三年内施工资质提升至一级以上。", 2021),
        ("（3）两年内实现全覆盖。", 2020),
    ],
)
def test_a_bare_span_of_years_opening_its_clause(sentence: str, year: int) -> None:
    notice = parse("关于某项工作的通知\n2018年8月5日\n" + sentence + "\n")
    assert [t.deadline.year for t in notice.targets] == [year]


@pytest.mark.parametrize(
    "sentence",
    [
        "根据有关规定，2年内予以兑现奖励。",  # a grant's term
        "对吸纳离校2年内未就业的高校毕业生给予补贴。",  # a span after an event
        "土地出让金可在成交后1年内分期缴纳。",
        "几年内完成改造。",  # no number
    ],
)
def test_not_a_bare_span_of_years(sentence: str) -> None:
    notice = parse("关于某项工作的通知\n2018年8月5日\n" + sentence + "\n")
    assert notice.targets == []


def test_a_date_in_an_attribute_is_not_the_predicates_time() -> None:
    text = "关于某区招生工作的通知\n2016年5月10日\n（四）2017年秋季入学的适龄儿童须在2016年12月31日前取得户籍。\n"
    (target,) = parse(text).targets
    assert target.deadline.year == 2016


def test_a_few_short_items_among_directive_sentences_are_no_headings() -> None:
    items = [
        "1.对现有审批和许可事项要逐一深入论证，能取消的坚决取消，能下放的尽快下放。（国务院审改办牵头）",
        "2.进一步压缩企业开办时间，减并工商、税务、刻章、社保等流程。（市场监管总局牵头）",
        "3.推行市场主体简易注销改革。（市场监管总局牵头）",
        "4.深化工业产品生产许可证制度改革，全面清理各类许可，加快向产品认证转变。（市场监管总局牵头）",
        "5.推进投资项目审批改革。（发展改革委牵头）",
        "6.大力清理废除妨碍统一市场和公平竞争的各种规定和做法，保障不同所有制主体平等。（发展改革委牵头）",
    ]
    text = (
        "某项改革重点任务分工方案\n一、任务分工\n（一）以简政放权放出活力和动力\n"
        + "\n".join(items)
        + "\n二、工作要求\n加强领导。\n"
    )
    titles = [h.title for h in parse(text).headings]
    assert titles == ["任务分工", "以简政放权放出活力和动力", "工作要求"]


def test_a_phase_label_line_gives_no_target_even_with_an_action_word() -> None:
    text = (
        "关于印发某区改革实施方案的通知\n2023年5月9日\n一、总体要求\n全面推行改革。\n三、工作步骤\n"
        "（一）准备阶段（2023年3月至5月）\n1.制定方案。\n（二）实施阶段（2023年5月至11月）\n1.稳步推进。\n"
    )
    assert parse(text).targets == []


# ---------------------------------------------------------------- a mobile page titled 详情

PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="container"><div class="page-header"><h1>某省财政厅 某省人力资源和社会保障厅关于印发《某省就业补助资金管理实施办法》的通知</h1></div>
<div class="subheader"><span>某省中小企业公共服务平台</span><span>{dateline}</span></div>
<div class="content"><p>某省就业补助资金管理实施办法</p><p>第一章 总则</p>
<p>第一条 为规范就业补助资金管理，提高资金使用效益，制定本实施办法。</p>
<p>第二条 本办法所称就业补助资金是由县级以上人民政府设立的专项资金。</p>
<p>第三条 就业补助资金管理应遵循注重普惠、重点倾斜的原则。</p>
<p>第三十五条 本办法自印发之日起施行。</p></div></div></body></html>"""


@pytest.mark.parametrize("title", ["详情", "文章详情", "正文"])
@pytest.mark.parametrize("dateline", ["2019-03-28", "发布时间：2019-03-28"])
def test_a_page_titled_by_its_kind_takes_its_printed_headline(
    tmp_path: Path, title: str, dateline: str
) -> None:
    from policyparse import parse_file

    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(title=title, dateline=dateline).encode("gb18030"))
    meta = parse_file(path).metadata
    assert meta.title == "某省财政厅 某省人力资源和社会保障厅关于印发《某省就业补助资金管理实施办法》的通知"
    assert meta.issuers == ["某省财政厅", "某省人力资源和社会保障厅"]
    assert str(meta.date) == "2019-03-28"


def test_a_clock_line_above_the_text_is_no_dateline(tmp_path: Path) -> None:
    from policyparse import parse_file

    path = tmp_path / "page.html"
    path.write_text(PAGE.format(title="详情", dateline="今天是 2026-12-07 星期一"), encoding="utf-8")
    assert parse_file(path).metadata.date is None


# ---------------------------------------------------------------- a plan's body without its head


@pytest.mark.parametrize(
    "release", ["推进出台《关于加强长江水生生物保护工作的意见》。", "印发《渔业发展规划》。"]
)
def test_a_body_opening_with_a_numbered_section_is_no_news(release: str) -> None:
    text = (
        "一、着力推进产业转型升级\n\n（一）突出发展水产生态健康养殖。加快推进养殖水域滩涂规划编制工作。"
        f"{release}\n\n二、着力加强依法治渔\n\n（二）加强执法监管。严厉打击违法行为。\n"
    )
    notice = parse(text)
    assert notice.kind.value == "notice"
    assert [t.title for t in notice.tasks] == ["着力推进产业转型升级", "着力加强依法治渔"]


@pytest.mark.parametrize(
    "sentence",
    [
        "（4）2018年对投诉举报涉及的检验检测机构进行专项检查，逐步形成规范的检查程序。",
        "开展涉企收费专项检查，2018年对住建、交通等重点部门进行集中检查。",
    ],
)
def test_a_light_verb_is_the_predicate_of_a_dated_clause(sentence: str) -> None:
    notice = parse("关于某项工作的通知\n2018年8月5日\n" + sentence + "\n")
    assert [t.deadline.year for t in notice.targets] == [2018]
