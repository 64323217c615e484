"""The owner classes blind set 4 still missed after its first rules (the cell-per-line task
table is :mod:`tests.test_cellwraps`):

* a responsibility note in ``〔〕`` or ``【】`` brackets (``〔责任单位：市行政审批局、市市场监管局等〕``);
* a note a PDF extraction broke over two lines (``〔责任单位：…、人行`` / ``赣州市中支等〕``);
* a list with one name the organ grammar does not know (``赣州国际陆港``) among organs it does:
  a list, not one name sharing an ending (``市发展改革、财政、统计等相关部门``);
* ``及其他…`` (``市城管局及其他行政许可的监管部门``): 其他 stays with the next name, which is then
  a body left unnamed (no assignee), not the fragment ``他行政许可的监管部门``;
* customs districts (``天津海关``), a zone's management committee (``东疆综合保税区管委会``)
  and a central sub-branch abbreviated (``人行赣州市中支``) are organs;
* a title opening with an adjective used causatively (``便利投资建设``, ``便捷准入退出``) is an
  action, so the section is a task.
"""

from __future__ import annotations

import opencc
import pytest

from policyparse import parse
from policyparse.grammar.organs import is_agency
from policyparse.stages.tasks.action import prescribes_action
from policyparse.textwraps import text_wrap_cuts


def _owners(text: str) -> list[list[str]]:
    notice = parse(text)
    return [[a.name for a in (*row.lead, *row.support, *row.responsible)] for row in notice.assignments]


@pytest.mark.parametrize(("opening", "closing"), [("〔", "〕"), ("【", "】"), ("（", "）")])
@pytest.mark.parametrize("label", ["责任单位", "牵头单位"])
def test_a_note_in_other_brackets(opening: str, closing: str, label: str) -> None:
    text = (
        "一、重点任务\n（一）优化审批服务。全面推行并联审批，压缩审批时限。"
        f"{opening}{label}：省政务服务局、省自然资源厅、省住房城乡建设厅等{closing}\n"
    )
    assert _owners(text) == [["省政务服务局", "省自然资源厅", "省住房城乡建设厅"]]


def test_a_bracketed_year_is_no_note() -> None:
    notice = parse(
        "关于印发方案的通知\n赣市府办字〔2023〕48号\n一、重点任务\n（一）优化服务。推行网上办理。\n"
    )
    assert notice.assignments == []


def _wrapped(lines: list[str]) -> str:
    """A text hard-wrapped at 30 columns whose last paragraph ends with the given lines."""
    body = "为深入贯彻落实党中央国务院关于优化营商环境的决策部署，进一步激发市场主体活力，推动经济高质量发展，现制定本方案。"
    paragraph = body * 12
    rows = [paragraph[at : at + 30] for at in range(0, len(paragraph) - 30, 30)]
    return "\n".join([*rows, *lines]) + "\n"


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (
            ["同步办理。〔责任单位：市行政审批局、市市场监管局、人行", "赣州市中支等〕"],
            ["市行政审批局", "市市场监管局", "人行赣州市中支"],
        ),
        (
            ["压缩整体通关时间。（牵头单位：省商务厅、南京", "海关；配合单位：省交通运输厅）"],
            ["省商务厅", "南京海关", "省交通运输厅"],
        ),
    ],
)
def test_a_note_broken_over_two_lines_is_read_whole(lines: list[str], names: list[str]) -> None:
    text = _wrapped(lines)
    joint = text.index(lines[0]) + len(lines[0])
    assert any(start == joint for start, _, _ in text_wrap_cuts(text))
    assert _owners(text)[-1] == names


def test_a_line_with_a_closed_bracket_is_not_run_on() -> None:
    text = _wrapped(["压缩通关时间。（牵头单位：省商务厅）", "二、保障措施"])
    joint = text.index("省商务厅）") + len("省商务厅）")
    assert all(start != joint for start, _, _ in text_wrap_cuts(text))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_unknown_name_among_organs_is_still_a_list(script: str) -> None:
    text = "（三）推广组合港模式。（责任单位：赣州国际陆港、赣州海关、市商务局）\n"
    if script == "traditional":
        text = opencc.OpenCC("s2t").convert(text)
    names = [opencc.OpenCC("t2s").convert(name) for name in _owners(text)[0]]
    assert names == ["赣州国际陆港", "赣州海关", "市商务局"]


def test_a_list_sharing_one_ending_stays_one_name() -> None:
    assert _owners("（一）加强统计。（责任单位：市发展改革、财政、统计等相关部门）\n") == [
        ["市发展改革、财政、统计等相关部门"]
    ]


def test_and_other_keeps_other_with_the_next_name() -> None:
    """``及其他…`` splits before 其他: the name left is a body the text leaves unnamed, no
    assignee (the fragment ``他行政许可的监管部门`` was one before)."""
    owners = _owners("（二）简化审批。（责任单位：市住建局、市城管局及其他行政许可的监管部门）\n")
    assert owners == [["市住建局", "市城管局"]]


@pytest.mark.parametrize(
    "name",
    [
        "天津海关",
        "黄埔海关",
        "东疆综合保税区管委会",
        "高新区管委会",
        "人行赣州市中支",
        "人民银行南昌中心支行",
    ],
)
def test_more_organs(name: str) -> None:
    assert is_agency(name, in_note=True)
    assert is_agency(name)


@pytest.mark.parametrize("title", ["便利投资建设", "便捷准入退出", "便利企业跨境投资"])
def test_a_causative_adjective_opens_an_action(title: str) -> None:
    assert prescribes_action(title)


def test_sections_opening_with_a_causative_adjective_are_tasks() -> None:
    text = (
        "某市持续优化营商环境工作方案\n"
        "一、便捷准入退出\n（一）便利企业开办。推行全程网办。\n"
        "二、便利投资建设\n（二）提升审批质效。推行并联审批。\n"
        "三、优化跨境贸易\n（三）推广组合港模式。压缩通关时间。\n"
        "四、保障措施\n加强组织领导。\n"
    )
    assert [t.title for t in parse(text).tasks] == ["便捷准入退出", "便利投资建设", "优化跨境贸易"]
