"""Classes of input blind set 9 showed (scored once at bcd3046), each in forms beyond its documents:
a task's deadline on a labelled line of its own (``完成时限：2019年12月底``), a list of zones
sharing one committee (``杨凌示范区、西咸新区管委会``), the ``部门`` twins of the role labels,
action titles opened by an adverb of enforcement (``严肃查处…``), a news report that counts the
aspects of its list (``从三方面推进``) and lists them inline or as dash bullets, and a report
known by a reporter's closing credit."""

from __future__ import annotations

import pytest

from policyparse import parse
from policyparse.models import DocumentKind

PLAN = """关于印发某市优化营商环境工作方案的通知
{date}
一、主要任务
（一）规范中介服务。
1．梳理中介服务清单。由市审改办组织有关部门梳理清单。
牵头单位：市审改办
{label}：{deadline}
2．动态调整目录。根据法律法规调整目录。
责任单位：市司法局
完成时限：持续推进
"""


@pytest.mark.parametrize("label", ["完成时限", "完成时间", "时间节点", "完成期限", "時間節點"])
@pytest.mark.parametrize(
    "deadline",
    [
        "2024年12月底",
        "2024年12月底前",
        "2024年9月取得阶段性成果并持续推进",
        "2025年1月底前，以后每年持续实施",
    ],
)
def test_a_deadline_label_line_is_a_target_with_its_label(label: str, deadline: str) -> None:
    notice = parse(PLAN.format(date="2024年3月1日", label=label, deadline=deadline))
    line = f"{label}：{deadline}"
    assert [t.text for t in notice.targets] == [line]
    target = notice.targets[0]
    assert notice.text[target.start : target.end] == line
    assert target.deadline.year == int(deadline[:4])


def test_a_past_or_undated_deadline_label_is_no_target() -> None:
    past = parse(PLAN.format(date="2024年7月1日", label="完成时限", deadline="2024年5月底"))
    assert past.targets == []
    # the open-ended 持续推进 line of the second item never was one
    assert all("持续推进" not in t.text for t in past.targets)


def test_a_deadline_label_in_running_text_keeps_its_label() -> None:
    text = PLAN.format(date="2024年3月1日", label="完成时限", deadline="2024年6月底").replace(
        "梳理清单。\n牵头单位：市审改办\n", "梳理清单。牵头单位：市审改办。"
    )
    notice = parse(text)
    assert [t.text for t in notice.targets] == ["完成时限：2024年6月底"]


NOTES = """关于印发某市工作方案的通知
2024年3月1日
一、主要任务
（一）规范中介服务。由市审改办组织有关部门梳理清单。（牵头单位：市审改办；配合单位：{zones}，各县区政府）
（二）动态调整目录。（责任单位：市司法局、经开区、九里亭街道）
（三）严格执行目录。（责任单位：各乡镇、高新区）
（四）公开办事指南。
{label}：省级有关部门
"""


@pytest.mark.parametrize(
    "zones",
    [
        "杨凌示范区、西咸新区管委会",
        "济宁高新技术产业开发区、太白湖新区、济宁经济技术开发区管委会",
        "漯河经济技术开发区、漯河市城乡一体化示范区、漯河市西城区管理委员会",
    ],
)
def test_zones_before_a_zones_committee_share_it(zones: str) -> None:
    notice = parse(NOTES.format(zones=zones, label="参与部门"))
    first = notice.assignments[0]
    assert [a.name for a in first.support] == [zones, "各县区政府"]
    # zones named alone stay units of their own
    assert [a.name for a in notice.assignments[1].responsible] == ["市司法局", "经开区", "九里亭街道"]
    assert [a.name for a in notice.assignments[2].responsible] == ["各乡镇", "高新区"]


@pytest.mark.parametrize("label", ["落实部门", "实施部门", "承办部门", "落实单位"])
def test_the_bumen_twins_of_the_role_labels_are_notes(label: str) -> None:
    notice = parse(NOTES.format(zones="杨凌示范区", label=label))
    last = notice.assignments[-1]
    assert last.text == f"{label}：省级有关部门"
    assert [a.name for a in last.responsible] == ["省级有关部门"]


OPINION = """关于进一步加强某项建设的若干意见
一、总体要求
（一）指导思想。坚持以人民为中心。
二、完善工作机制
（二）建立健全管理体系。有关部门要加强统筹。
三、{third}
（三）切实履行调查处理责任。有关部门要依法调查。
四、加快推进信息化建设
（四）建立完善信息系统。有关部门要建设系统。
五、保障措施
（五）加强组织领导。各地要抓好落实。
"""


@pytest.mark.parametrize(
    "third",
    ["严肃查处严重违背诚信要求的行为", "严厉打击违法违规行为", "从重处罚失信行为", "依法查处违规行为"],
)
def test_an_action_title_may_open_with_an_adverb_of_enforcement(third: str) -> None:
    notice = parse(OPINION.format(third=third))
    assert [t.title for t in notice.tasks] == ["完善工作机制", third, "加快推进信息化建设"]


NEWS = """河南力推采购人主体责任有效落实
今年以来，河南省财政厅深入贯彻落实三年行动方案要求，推动采购人主体责任的有效落实。
“下一步，河南将持续深化政府采购制度改革，重点从{count}方面推进采购人主体责任的落实落细。”张颉鹏介绍说，{items}
（记者袁瑞娟 通讯员徐靖涛报道）
"""


@pytest.mark.parametrize(
    ("count", "items", "titles"),
    [
        (
            "三",
            "一是细化责任清单，指导采购人落实好主体责任；二是研究制订指导意见；三是推进政府采购绩效评价，强化结果应用。",
            ["细化责任清单", "研究制订指导意见", "推进政府采购绩效评价"],
        ),
        ("两", "一是细化责任清单；二是推进绩效评价。", ["细化责任清单", "推进绩效评价"]),
    ],
)
def test_a_news_report_counting_its_aspects_lists_them_inline(
    count: str, items: str, titles: list[str]
) -> None:
    notice = parse(NEWS.format(count=count, items=items))
    assert notice.kind is DocumentKind.NEWS  # the reporter's closing credit
    assert notice.stated_task_count == len(titles)
    assert [t.title for t in notice.tasks] == titles


def test_a_reporters_closing_credit_is_needed_for_news() -> None:
    text = NEWS.format(count="三", items="一是细化责任清单；二是推进绩效评价；三是强化结果应用。")
    notice = parse(text.replace("（记者袁瑞娟 通讯员徐靖涛报道）\n", ""))
    assert notice.kind is not DocumentKind.NEWS


MEETING = """新华社北京7月21日电（记者 申铖）21日召开的国务院常务会议{announce}，确定了深化改革的措施。会议确定，要保持外贸稳定增长。会议部署多项措施：——进一步提高通关效率。扩大试点。——进一步降低进出口环节费用。落实收费清单公示制度。——进一步加强口岸综合服务。提升分拨时效。“此次会议亮出了多项务实举措。”白明说。
"""


@pytest.mark.parametrize("announce", ["从三方面进行部署", "从三个方面作出部署", "从3方面部署"])
def test_aspects_announced_then_run_on_as_dash_bullets(announce: str) -> None:
    notice = parse(MEETING.format(announce=announce))
    assert notice.stated_task_count == 3
    assert [t.title for t in notice.tasks] == [
        "进一步提高通关效率",
        "进一步降低进出口环节费用",
        "进一步加强口岸综合服务",
    ]
    first = notice.tasks[0]
    assert notice.text[first.title_start : first.title_end] == "进一步提高通关效率"


def test_dash_bullets_are_tasks_only_when_they_match_the_count() -> None:
    notice = parse(MEETING.format(announce="从两方面进行部署"))
    assert notice.tasks == []


REPORTED = """某省印发采购意见
2010年12月16日
据介绍，目前，该意见已下发省级各单位。{sentence}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "该省财政厅将在2011年着力抓好各单位对该文件的贯彻落实工作。",
        "省财政厅拟于2012年全面推行电子化采购。",
        "全省计划在2011年建成统一的采购平台。",
        "各地要在2011年抓好制度落实。",
    ],
)
def test_a_modal_before_zai_or_yu_and_a_year_sets_a_future_deadline(sentence: str) -> None:
    notice = parse(REPORTED.format(sentence=sentence))
    assert [t.text for t in notice.targets] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    ["预计在2011年采购规模将有所增长。", "该省财政厅在2011年抓好了制度落实。", "该省于2009年开展了试点。"],
)
def test_a_year_after_zai_without_a_modal_is_a_date(sentence: str) -> None:
    notice = parse(REPORTED.format(sentence=sentence))
    assert notice.targets == []


ITEMS = """关于进一步提高政府采购效率的意见
一、完善政府采购预算管理
1.{first}。政府采购预算是开展政府采购工作的依据和基础。
2.简化预算调整审批程序。预算单位按规定办理。
3.优化预算执行确认程序。采购单位按规定执行。
二、改进集中采购服务
4.建立集中采购定期预告制度。采购中心定期预告。
"""


@pytest.mark.parametrize("first", ["应编尽编政府采购预算", "应保尽保困难群众", "应享尽享优惠政策"])
def test_the_fixed_phrase_ying_x_jin_x_opens_a_title(first: str) -> None:
    notice = parse(ITEMS.format(first=first))
    assert [h.title for h in notice.headings if h.level == 2][:3] == [
        first,
        "简化预算调整审批程序",
        "优化预算执行确认程序",
    ]


def test_the_modal_ying_still_makes_a_clause() -> None:
    notice = parse(ITEMS.format(first="各单位应编制政府采购预算"))
    assert "各单位应编制政府采购预算" not in [h.title for h in notice.headings]
