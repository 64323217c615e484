"""Classes of input blind set 10 showed (scored once at e920089), each in forms beyond its documents:
a run of numbered run-in titles in text without line breaks that lost one marker, a boxed insert
(``专栏1 …工程``) with a numbered list of its own inside an outer numbered list, and a numbered title
line whose colon is inside the title (``1.典型场景：研发设计``)."""

from __future__ import annotations

import pytest

from policyparse import parse

ONE_LINE = (
    "清洁能源是能源转型发展的重要力量。为加快解决清洁能源消纳问题，制定本行动计划。"
    "一、优化电源布局，合理控制电源开发节奏{o1}科学调整清洁能源发展规划。各地要统筹规划。"
    "{o2}有序安排清洁能源投产进度。合理安排投产时序。二、加快电力市场化改革，发挥市场调节功能"
    "{o3}完善电力中长期交易机制。扩大交易规模。{o5}全面推进辅助服务补偿机制建设。推进试点工作。"
    "{o6}研究实施可再生能源电力配额制度。制定配额办法。"
)


@pytest.mark.parametrize(
    "markers",
    [
        ("（一）", "（二）", "（三）", "（五）", "（六）"),
        ("(一)", "(二)", "(三)", "(五)", "(六)"),
        (" （一）", " （二）", " （三）", " （五）", " （六）"),
    ],
)
def test_a_run_in_title_after_one_lost_marker_continues_its_run(markers: tuple[str, ...]) -> None:
    o1, o2, o3, o5, o6 = markers
    notice = parse(ONE_LINE.format(o1=o1, o2=o2, o3=o3, o5=o5, o6=o6))
    assert [h.title for h in notice.headings if h.level == 2] == [
        "科学调整清洁能源发展规划",
        "有序安排清洁能源投产进度",
        "完善电力中长期交易机制",
        "全面推进辅助服务补偿机制建设",
        "研究实施可再生能源电力配额制度",
    ]
    assert "W201" in {d.code for d in notice.diagnostics}  # the gap is reported


def test_two_lost_markers_break_the_run() -> None:
    notice = parse(ONE_LINE.format(o1="（一）", o2="（二）", o3="（三）", o5="（六）", o6="（七）"))
    titles = [h.title for h in notice.headings]
    assert "全面推进辅助服务补偿机制建设" not in titles


BOX = """某实施方案
一、重点任务
（一）培育典型场景和解决方案
1.培育数字化转型典型场景。面向重点行业培育一批典型场景。
2.加强解决方案研发。在轻工领域突破一批先进适用解决方案。
{label}
{i1}家用电器行业：个性化定制平台等解决方案。
{i2}家具行业：家具数字化设计平台等解决方案。
{i3}造纸行业：生产运维管理云平台等解决方案。
（二）深入开展数字化转型改造
3.梯次推进企业“智改数转网联”。支持地方开展评估诊断。
4.实施大规模设备数字化改造更新。编制设备更新指南。
"""


@pytest.mark.parametrize("label", ["专栏1数字化解决方案研发推广工程", "专栏2　重点行业解决方案"])
@pytest.mark.parametrize("items", [("1.", "2.", "3."), ("（1）", "（2）", "（3）"), ("1、", "2、", "3、")])
def test_a_boxed_inserts_own_list_is_no_heading(label: str, items: tuple[str, str, str]) -> None:
    notice = parse(BOX.format(label=label, i1=items[0], i2=items[1], i3=items[2]))
    assert [h.title for h in notice.headings if h.level == 3] == [
        "培育数字化转型典型场景",
        "加强解决方案研发",
        "梯次推进企业“智改数转网联”",
        "实施大规模设备数字化改造更新",
    ]
    assert not any("行业" in h.title for h in notice.headings)


def test_a_box_without_a_list_ends_at_the_next_numbered_paragraph() -> None:
    text = BOX.format(label="专栏1数字化解决方案研发推广工程", i1="", i2="", i3="")
    notice = parse(text)
    assert "深入开展数字化转型改造" in [h.title for h in notice.headings]


SCENES = """附件1
典型场景清单
1.{lead}：{first}
痛点：产品设计环节复杂，数字化工具应用不足。
改造目标：数字化研发设计
2.{lead}：生产制造
痛点：生产过程自动化水平不高。
改造目标：智能化生产
"""


@pytest.mark.parametrize(
    ("lead", "first"), [("典型场景", "研发设计"), ("典型场景", "供应链协同"), ("重点方向", "智能家居／家电")]
)
def test_a_title_line_may_hold_a_colon_before_a_short_name(lead: str, first: str) -> None:
    notice = parse(SCENES.format(lead=lead, first=first))
    assert [h.title for h in notice.headings] == [f"{lead}：{first}", f"{lead}：生产制造"]


def test_a_field_said_once_keeps_its_value_out_of_the_title() -> None:
    text = "某服务指南\n一、适用范围\n本指南适用于许可证的办理。\n二、事项审查类型：前审后批\n三、审批依据\n《某法》第三条。\n"
    assert [h.title for h in parse(text).headings] == ["适用范围", "事项审查类型", "审批依据"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("（三）技术支持电话：020-83163338", "83163338"),
        ("（三）发放租赁补贴1.6万户（牵头单位：住建厅）。", "住建厅"),
    ],
)
def test_a_value_or_a_note_after_a_colon_is_not_part_of_a_title(line: str, value: str) -> None:
    text = f"某通知\n一、工作安排\n（一）咨询电话：020-12345678\n（二）传真：020-87654321\n{line}\n"
    titles = [h.title for h in parse(text).headings]
    assert titles[0] == "工作安排"
    assert not any(value in title for title in titles)


COMMUNIQUE = """某组织成员国政府首脑理事会第二十四次会议联合公报
2025-11-19 07:26
来源：
                    新华社
新华社莫斯科11月18日电 2025年11月17日至18日，理事会第二十四次会议在莫斯科举行。{sentence}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "各代表团团长注意到将举行第六届世界游牧民族运动会（2026年，比什凯克）。",
        "各代表团团长支持举行成员国港口和物流中心负责人会议（2025年12月18日至19日，阿克套）。",
        "各方同意召开第四届国际高级别会议（2026年5月，杜尚别）。",
        "理事会下次会议将于2026年在塔吉克斯坦共和国举行。",
    ],
)
def test_a_scheduled_events_date_in_parentheses_is_its_deadline(sentence: str) -> None:
    notice = parse(COMMUNIQUE.format(sentence=sentence))
    assert [t.text for t in notice.targets] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "各代表团团长注意到关于设立文明论坛并于2026年举办开幕式的倡议。",
        "各代表团团长注意到关于举办生态问题特别会议（2026年，阿斯塔纳）的建议。",
        "各代表团团长表示将支持吉尔吉斯共和国作为2025年至2026年轮值主席国的工作。",
        "相信乔蓬阿塔作为2025年至2026年旅游和文化之都将助力文化旅游领域合作。",
        "各方回顾了已举行的部长级会议（2025年5月，阿斯塔纳）。",
    ],
)
def test_a_noted_proposal_or_a_term_is_no_deadline(sentence: str) -> None:
    notice = parse(COMMUNIQUE.format(sentence=sentence))
    assert notice.targets == []


@pytest.mark.parametrize("sentence", ["2025年至2027年完成改造任务。", "2026年至2027年，全面完成改造任务。"])
def test_a_range_before_its_action_is_still_a_deadline(sentence: str) -> None:
    notice = parse(COMMUNIQUE.format(sentence=sentence))
    assert [t.text for t in notice.targets] == [sentence]


def test_a_wire_copy_of_a_session_paper() -> None:
    notice = parse(COMMUNIQUE.format(sentence="各方同意加强合作。"))
    meta = notice.metadata
    assert meta.source == "新华社"  # the 来源 value on a line of its own, after the page's spaces
    assert meta.issuers == ["某组织成员国政府首脑理事会"]


NEWS_PAGE = """{headline}
2020-02-29 18:34:31　来源: 新华社
（原标题：{original}）
新华社北京2月29日电 2月28日，{body}印发《关于进一步落实分区分级差异化防控策略的通知》，作出部署安排。
湖北省和武汉市要全面加强疫情防控。
"""


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        ("国务院联防联控机制", "国务院联防联控机制"),
        ("国务院应对新冠肺炎疫情联防联控机制", "国务院应对新冠肺炎疫情联防联控机制"),
    ],
)
def test_a_news_pages_original_headline_is_not_its_title(body: str, issuer: str) -> None:
    notice = parse(
        NEWS_PAGE.format(
            headline="国务院联防联控机制:湖北和武汉要严格管控防输出",
            original="国务院联防联控机制印发通知 进一步指导各地落实分区分级差异化防控策略",
            body=body,
        )
    )
    assert notice.metadata.title == "国务院联防联控机制:湖北和武汉要严格管控防输出"
    assert notice.metadata.issuers == [issuer]


@pytest.mark.parametrize(
    "line", ["原标题：春季学期开学，织密返校疫情防控网", "（原标题：春季学期开学，织密返校疫情防控网）"]
)
def test_an_original_headline_line_under_the_headline_is_not_the_title(line: str) -> None:
    text = (
        "江苏多地要求中高风险地区师生员工暂不返校\n"
        f"{line}\n"
        "江苏多地日前发布通知，部署春季学期开学师生返校和疫情防控工作。\n"
        "2月11日晚，南京发布相关通知和要求。（记者 王拓）\n"
    )
    assert parse(text).metadata.title == "江苏多地要求中高风险地区师生员工暂不返校"
