"""Classes of input blind set 14 showed (scored once at f801de5), each in forms beyond its documents:
a crawler's title line with the page's labels glued on, organ notes that end 按职责分工落实, the
central bank's provincial branch signing a joint notice, a plan closing on Party leadership, a
support rule's topic sections, a 解读's headings that open on the name of the rule it explains and
its summary of that rule's chapters."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse, parse_file
from policyparse.models import DocumentKind

# ----------------------------------------------------------------------------- a title line's residue
# Set 14 d04, d05: a crawler's Markdown whose first line is the page's title box flattened
# (``# …的通知印发日期：2026-06-02发布日期：2026-06-10黄发改规〔2026〕1号字号：大中小``).

NOTICE = """{head}

各有关单位：
现将《某区中小微企业贷款贴息支持办法》印发给你们，请认真贯彻执行。

某区发展和改革委员会
2026年6月2日
"""


@pytest.mark.parametrize(
    ("head", "number"),
    [
        (
            "# 关于印发《某区中小微企业贷款贴息支持办法》的通知印发日期：2026-06-02发布日期：2026-06-10"
            "黄发改规〔2026〕1号字号：大中小",
            "黄发改规〔2026〕1号",
        ),
        (  # a city notice; the number right after the date
            "# 某市人民政府办公厅关于推进物业行业提质增效的实施意见发布日期：2026-06-25沪府办发〔2026〕10号",
            "沪府办发〔2026〕10号",
        ),
        (  # Traditional script, another label and no number
            "# 關於印發《某區中小微企業貸款貼息支持辦法》的通知發布時間：2026-06-10字號：大中小",
            None,
        ),
    ],
)
def test_a_title_line_ends_where_the_pages_labels_are_glued_on(head: str, number: str | None) -> None:
    meta = parse(NOTICE.format(head=head)).metadata
    title = head.removeprefix("# ")
    assert meta.title is not None and title.startswith(meta.title)
    assert meta.title.endswith(("通知", "实施意见"))
    assert meta.doc_number == number


def test_a_title_that_names_a_date_label_in_its_text_keeps_it() -> None:
    head = "关于调整发布日期管理的通知"
    assert parse(NOTICE.format(head=head)).metadata.title == head


# ----------------------------------------------------------------------------- 按职责分工落实
# Set 14 d01: ``（省发展改革委、省工业和信息化厅、省财政厅、省能源局、省税务局等部门按职责分工落实）``
# after each measure: the organs carry it out by their duties, as with 按职责分工负责.

PLAN = (
    "某省关于印发行动方案的通知\n\n一、重点任务\n（一）推进改造。{sentence}\n\n某省发展改革委\n2026年9月7日\n"
)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "加快推进技术改造。（省发展改革委、省财政厅、省税务局等部门按职责分工落实）",
            ["省发展改革委", "省财政厅", "省税务局", "部门"],
        ),
        ("加快推进技术改造（省工业和信息化厅、省能源局按职责分工落实）。", ["省工业和信息化厅", "省能源局"]),
        ("加快推进技术改造。（市商务局、市财政局按照职责分工抓好落实）", ["市商务局", "市财政局"]),
        ("加快推進技術改造。（省工業和信息化廳、省能源局按職責分工落實）", ["省工業和信息化廳", "省能源局"]),
    ],
)
def test_a_note_of_organs_carrying_out_a_measure_by_their_duties_names_them_responsible(
    sentence: str, names: list[str]
) -> None:
    assignments = parse(PLAN.format(sentence=sentence)).assignments
    assert [([a.name for a in x.lead], [a.name for a in x.responsible]) for x in assignments] == [([], names)]


def test_a_sentence_that_asks_for_work_by_duties_is_no_note() -> None:
    assert parse(PLAN.format(sentence="要求各部门按职责落实到位。")).assignments == []


# ----------------------------------------------------------------------------- a bank branch signs
# Set 14 d01: six bodies sign, the last 中国人民银行广东省分行 (a branch of the central bank).


@pytest.mark.parametrize("branch", ["中国人民银行广东省分行", "中国人民银行江苏省分行", "人民银行四川省分行"])
def test_the_central_banks_branch_is_a_joint_issuer(branch: str) -> None:
    text = (
        "关于印发行动方案的通知\n\n各地级以上市发展改革局：\n现将方案印发给你们，请认真贯彻执行。\n\n"
        f"广东省发展改革委\u00a0 \u00a0 \u00a0 \u00a0广东省能源局\n{branch}\n2026年9月7日\n"
    )
    assert parse(text).metadata.issuers == ["广东省发展改革委", "广东省能源局", branch]


# ----------------------------------------------------------------------------- closing on Party leadership
# Set 14 d04: a 实施意见 of six sections whose last is ``六、坚持党建引领，健全行业法治保障水平``.

OPINION = """某市关于推进物业行业提质增效的实施意见
一、激发市场活力，培育物业行业发展新动能
（一）增强企业核心竞争力。支持企业做大做强。
二、坚持分类施策，构建多层次服务供给模式
（二）深化可持续运营服务。推动运营。
三、优化营商环境，构筑开放包容发展生态
（三）规范市场秩序。加强监管。
{last}
（四）强化党建引领。推动党组织覆盖。
"""


@pytest.mark.parametrize(
    "last", ["四、坚持党建引领，健全行业法治保障水平", "四、加强党的建设", "四、强化党建统领"]
)
def test_a_plan_closing_on_party_leadership_has_three_tasks(last: str) -> None:
    tasks = parse(OPINION.format(last=last)).tasks
    assert [t.title[:4] for t in tasks] == ["激发市场", "坚持分类", "优化营商"]


def test_party_building_in_the_middle_of_a_plan_is_a_task() -> None:
    text = OPINION.format(last="四、深化数字赋能，建设智慧物业").replace(
        "二、坚持分类施策，构建多层次服务供给模式", "二、坚持党建引领，构建多层次服务供给模式"
    )
    assert [t.title[:4] for t in parse(text).tasks] == ["激发市场", "坚持党建", "优化营商", "深化数字"]


# ----------------------------------------------------------------------------- a support rule's sections
# Set 14 d05: a district's 贷款贴息 办法: 一、支持对象 二、支持内容 三、实施流程 … — topics, not actions.
# A 办法 takes tasks only where it names them; a 方案 of the same sections is read by the fallback.

RULE = """关于印发《某区中小微企业贷款贴息工作方案》的通知
各有关单位：
现将《某区中小微企业贷款贴息工作方案》印发给你们，请认真贯彻执行。
某区发展和改革委员会
2026年6月2日
某区中小微企业贷款贴息工作方案
一、{first}
注册在本区的中小微企业。
二、{second}
对企业贷款给予贴息，单户每年不超过20万元。
三、实施流程
企业提出申请，区发展改革委审核。
四、附则
本方案自2026年7月2日起实施。
"""


@pytest.mark.parametrize(
    ("first", "second"), [("支持对象", "支持内容"), ("补贴对象", "补贴标准"), ("申报条件", "资助方式")]
)
def test_a_support_rules_topic_sections_are_no_tasks(first: str, second: str) -> None:
    assert parse(RULE.format(first=first, second=second)).tasks == []


def test_a_support_section_that_states_an_action_is_a_task() -> None:
    text = RULE.format(first="加大金融支持", second="优化贴息流程").replace(
        "三、实施流程", "三、简化审批程序"
    )
    assert [t.title for t in parse(text).tasks] == ["加大金融支持", "优化贴息流程", "简化审批程序"]


# ----------------------------------------------------------------------------- a 解读's headings
# Set 14 d02: ``一、《办法》出台背景`` (a topic after the rule's name, not a citation) and
# ``第二章信息公开，包括信息公开的内容、方式、时限等要求。…`` (the rule's chapters summarised, no heading).

READING = """《某某信息公开办法》政策解读
近日，国家能源局发布《某某信息公开办法》（以下简称《办法》）。现解读如下。
一、《办法》出台背景
随着改革不断深入，制定《办法》十分必要。
二、{second}
《办法》共分为三章12条，主要内容如下：
第一章总则，包括《办法》制定目的、适用范围及职责分工。
第二章信息公开，包括信息公开的内容、方式、时限等要求。为兼顾信息安全，将信息分为两类。
第三章附则，包括文件有效期等内容。
三、《办法》中信息公开的责任主体
信息公开的责任主体为运营企业。
"""


@pytest.mark.parametrize("second", ["《办法》主要内容", "主要内容"])
def test_a_readings_sections_are_headings_and_its_chapter_summaries_are_not(second: str) -> None:
    headings = parse(READING.format(second=second)).headings
    assert [(h.level, h.marker, h.title) for h in headings] == [
        (1, "一、", "《办法》出台背景"),
        (1, "二、", second),
        (1, "三、", "《办法》中信息公开的责任主体"),
    ]


def test_a_list_of_sources_is_still_no_headings_and_a_chapter_title_with_a_comma_still_is() -> None:
    sources = (
        "编制依据如下：\n1、《中华人民共和国水法》\n2、《北京市水土保持规划》（2017 年）\n3、《某某条例》；\n"
    )
    assert parse("某市水土保持规划\n" + sources).headings == []
    law = "某省监督条例\n第一章 总则\n第一条 为了规范监督，制定本条例。\n第二章 审查和批准决算，听取和审议审计工作报告\n第二条 常务委员会审查决算。\n"
    assert [h.title for h in parse(law).headings] == ["总则", "审查和批准决算，听取和审议审计工作报告"]


# ----------------------------------------------------------------------------- lists of organs
# Set 14 d02: ``国家能源局及其派出机构、省级能源主管部门负责监管…`` was one name (read as a list sharing
# one ending, because its first item holds 及其); d01: ``统计部门、生态环境部门、供电部门、燃气公司、
# 油品销售公司等配合…`` gave nothing (enterprises in the list), and a note printing 省市场监管局 twice
# listed it twice.


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "国家能源局及其派出机构、省级能源主管部门负责监管企业是否按要求公开信息。",
            ([], [], ["国家能源局", "派出机构", "省级能源主管部门"]),
        ),
        ("市发展改革、财政、统计等相关部门负责做好保障。", ([], [], ["市发展改革、财政、统计等相关部门"])),
        (
            "统计部门、生态环境部门、供电部门、燃气公司、油品销售公司等配合节能主管部门开展能源消费数据统计。",
            ([], ["统计部门", "生态环境部门", "供电部门"], []),
        ),
        ("燃气公司、油品销售公司等配合节能主管部门开展统计。", None),
        (
            "加快推进。（省发展改革委、省市场监管局、省应急管理厅、省市场监管局、省能源局按职责分工落实）",
            ([], [], ["省发展改革委", "省市场监管局", "省应急管理厅", "省能源局"]),
        ),
    ],
)
def test_lists_of_organs_split_keep_organs_and_name_each_once(
    sentence: str, roles: tuple[list[str], list[str], list[str]] | None
) -> None:
    found = [
        ([a.name for a in x.lead], [a.name for a in x.support], [a.name for a in x.responsible])
        for x in parse(PLAN.format(sentence=sentence)).assignments
    ]
    assert found == ([roles] if roles is not None else [])


# ----------------------------------------------------------------------------- a policy's 解读
# Set 14 d02: ``《油气管网设施公平开放信息公开与报送办法》政策解读`` on the agency's site, its 来源 in the
# page's title box: a report on the policy (its issuer the organ that released it, its source the
# page's 来源), not an official notice.

INTERPRETATION_PAGE = """<html><head><title>{title}---国家能源局</title></head><body>
<div class="title">{title}</div><span class="times">发布时间：2026-09-09</span>
<span class="author">来源：国家能源局</span>
<div class="article-box"><p>近日，国家能源局发布《某某信息公开办法》（以下简称《办法》），自2027年1月1日起施行。现就文件出台背景、主要内容解读如下。</p>
<p>一、《办法》出台背景</p><p>随着改革不断深入，制定《办法》十分必要。</p>
<p>二、《办法》主要内容</p><p>《办法》共分为五章24条。</p></div></body></html>
"""


@pytest.mark.parametrize(
    "title",
    [
        "《某某信息公开办法》政策解读",
        "《某某信息公开办法》解读",
        "国家能源局有关负责同志就《某某信息公开办法》答记者问",
    ],
)
def test_a_policy_interpretation_is_a_report_on_the_policy(title: str, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(INTERPRETATION_PAGE.format(title=title), encoding="utf-8")
    notice = parse_file(path)
    assert notice.kind is DocumentKind.NEWS
    assert (notice.metadata.issuers, notice.metadata.source) == (["国家能源局"], "国家能源局")


def test_a_notice_on_an_agencys_page_gives_no_source() -> None:
    text = "国家能源局关于印发《某某信息公开办法》的通知\n国能发监管规〔2026〕60号\n各派出机构：\n现将办法印发给你们。\n国家能源局\n2026年9月1日\n"
    assert parse(text).metadata.source is None


# ----------------------------------------------------------------------------- a lead's date
# Set 14 d03: a report without headline or date line opening ``2016年3月18日，深圳市…三大政策同时闪亮
# 登场。…市委常委会通过…``: a sentence, not a promulgation line (no document date), but the report
# is from that year or later, so ``到2015年年底，深圳市共确认…`` is past.

REPORT = (
    "{date}，深圳市《关于促进人才优先发展的若干措施》同时闪亮登场。人才新政从启动调研到3月中旬市委常委会通过，"
    "前后上百稿。\n到2015年年底，深圳市共确认“孔雀计划”团队64个。\n"
)


@pytest.mark.parametrize("date", ["2016年3月18日", "二〇一六年三月十八日"])
def test_a_report_opening_on_a_dated_sentence_has_no_date_but_is_from_that_year(date: str) -> None:
    notice = parse(REPORT.format(date=date))
    assert notice.metadata.date is None
    assert notice.targets == []


def test_a_promulgation_line_under_a_rules_title_still_dates_it() -> None:
    text = "某某管理规定\n\n2012年12月13日 公安部令第127号修订发布。\n\n第一条 为了规范管理，制定本规定。\n第二条 本规定适用于全国。\n第三条 本规定自发布之日起施行。\n"
    meta = parse(text).metadata
    assert (str(meta.date), meta.doc_number) == ("2012-12-13", "公安部令第127号")
