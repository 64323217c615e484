"""Task tables printed one cell per line with their cells wrapped (:mod:`policyparse.cellwraps`).

The class: text copied out of a PDF task table (a 责任清单, a 重点任务分工表) prints each cell on
lines of its own, in column order, and wraps a long cell at its column's width (blind set 4's
d10, a 129-row list). The tables here are made by :func:`_printed`, which prints rows the way
such a converter does, so the class is tested in forms d10 does not have: other headers (a
配合单位 column, a 完成时限 column, no group column), other widths, other organs, Traditional
script, a blank line after every line, a page break with the header printed again, and a row
whose lead cell is a dash.
"""

from __future__ import annotations

import opencc
import pytest

from policyparse import parse
from policyparse.cellwraps import cell_wrap_cuts, may_hold_cell_table
from policyparse.document import Document

#: (group, content, lead, other, deadline): one row of a task table.
ROWS = [
    (
        "1.健全科技创新体系",
        "建设省级重点实验室和技术创新中心，推动创新平台向企业开放共享。",
        "省科技厅",
        "省发展改革委、省财政厅、省教育厅",
        "2024年底前",
    ),
    (
        "",
        "实施科技型中小企业培育工程，完善科技金融服务体系，扩大科技信贷规模。",
        "省科技厅、省地方金融监管局",
        "人民银行省分行、各市人民政府",
        "持续推进",
    ),
    (
        "2.推动产业数字化转型",
        "开展中小企业数字化转型试点，培育一批工业互联网平台。",
        "省工业和信息化厅",
        "省通信管理局、省大数据中心",
        "2025年6月底前",
    ),
    ("", "推进“上云用数赋智”行动。", "—", "各市人民政府", "长期坚持"),
    (
        "3.优化外贸发展环境",
        "提升口岸通关效率，压缩进出口环节合规时间和成本。",
        "省商务厅、南京海关",
        "省交通运输厅、省市场监管局、省税务局",
        "2024年底前",
    ),
]


def _wrap(cell: str, width: int) -> list[str]:
    return [cell[at : at + width] for at in range(0, len(cell), width)] if cell else []


def _printed(
    header: list[str],
    widths: list[int],
    *,
    page_break_after: int | None = None,
    blank_lines: bool = False,
) -> str:
    """The rows printed one cell per line, each cell wrapped at its column's width; the header
    names the columns after 序号 (a group column when it has 重点任务 first)."""
    has_group = header[0] == "重点任务"
    has_deadline = header[-1] == "完成时限"
    lines = [
        "关于印发科技创新工作任务分工的通知",
        "各市人民政府，省各有关部门：",
        "现将任务分工印发给你们，请认真贯彻落实。",
        "任务分工表",
    ]
    lines += ["序号", *header]
    for number, (group, content, lead, other, deadline) in enumerate(ROWS, start=1):
        cells = [content, lead, other] + ([deadline] if has_deadline else [])
        cell_widths = widths[1:] if has_group else widths
        lines.append(str(number))
        if has_group:
            lines += _wrap(group, widths[0])
        for cell, width in zip(cells, cell_widths, strict=False):
            lines += _wrap(cell, width)
        if number == page_break_after:
            lines += ["", "— 3 —", "", "序号", *header]
    if blank_lines:
        lines = [line for pair in zip(lines, [""] * len(lines), strict=True) for line in pair]
    return "\n".join(lines) + "\n"


FORMS = {
    "group, lead, responsible": (["重点任务", "主要内容", "牵头部门", "责任单位"], [6, 14, 6, 9]),
    "lead, support, deadline": (["工作任务", "牵头单位", "配合单位", "完成时限"], [16, 7, 10, 6]),
    "group, lead, support, narrow": (["重点任务", "具体措施", "牵头单位", "配合单位"], [5, 12, 5, 8]),
}


def _expected_roles(form: str) -> list[tuple[list[str], list[str]]]:
    return [([] if lead == "—" else lead.split("、"), other.split("、")) for _, _, lead, other, _ in ROWS]


@pytest.mark.parametrize("form", list(FORMS))
@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("blank_lines", [False, True])
def test_each_rows_cells_are_read_whole(form: str, script: str, blank_lines: bool) -> None:
    header, widths = FORMS[form]
    text = _printed(header, widths, blank_lines=blank_lines)
    if script == "traditional":
        text = opencc.OpenCC("s2t").convert(text)
    to_simplified = opencc.OpenCC("t2s").convert
    notice = parse(text)
    tables = [a for a in notice.assignments if a.kind.value == "table"]
    other_role = "responsible" if "责任单位" in header else "support"
    got = [
        ([to_simplified(a.name) for a in row.lead], [to_simplified(a.name) for a in getattr(row, other_role)])
        for row in tables
    ]
    assert got == _expected_roles(form)
    for row in tables:
        for agency in [*row.lead, *row.support, *row.responsible]:
            assert "".join(text[agency.start : agency.end].split()) == agency.name  # wraps cut


@pytest.mark.parametrize("form", ["group, lead, responsible", "group, lead, support, narrow"])
def test_a_group_column_gives_the_tasks(form: str) -> None:
    header, widths = FORMS[form]
    notice = parse(_printed(header, widths))
    assert [t.title for t in notice.tasks] == ["健全科技创新体系", "推动产业数字化转型", "优化外贸发展环境"]
    assert [a.task for a in notice.assignments if a.kind.value == "table"] == [1, 1, 2, 2, 3]


def test_a_cell_is_one_line_of_the_view() -> None:
    header, widths = FORMS["lead, support, deadline"]
    text = _printed(header, widths)
    document = Document.from_text(text)
    lines = {line.strip() for line in document.norm.splitlines()}
    for _, content, lead, other, deadline in ROWS:
        assert {content, lead, other, deadline} <= lines


def test_a_row_cut_by_a_page_break_keeps_the_rows_around_it() -> None:
    header, widths = FORMS["group, lead, responsible"]
    text = _printed(header, widths, page_break_after=2)
    notice = parse(text)
    tables = [a for a in notice.assignments if a.kind.value == "table"]
    assert [[a.name for a in row.lead] for row in tables] == [
        [] if lead == "—" else lead.split("、") for _, _, lead, _, _ in ROWS
    ]


def test_a_table_whose_cells_do_not_wrap_gets_no_cut() -> None:
    header, _ = FORMS["group, lead, responsible"]
    text = _printed(header, [40, 40, 40, 40])
    assert may_hold_cell_table(text)
    assert cell_wrap_cuts(Document.from_text(text).view) == []


@pytest.mark.parametrize(
    "text",
    [
        # an indicator table (no role column): its cells are not read
        "序号\n指标名称\n单位\n2025年目标\n1\n地区生产总值增\n长率\n%\n6左右\n",
        # 序号 inside a sentence
        "按序号排列的名单如下：\n省发展改革委\n省财政厅\n",
    ],
)
def test_text_without_a_task_table_is_not_changed(text: str) -> None:
    document = Document.from_text(text)
    assert cell_wrap_cuts(document.view) == []
    assert document.norm == text


def test_the_cheap_test_needs_a_header_cell_on_its_own_line() -> None:
    assert may_hold_cell_table("任务分工\n序号\n工作任务\n")
    assert may_hold_cell_table("任務分工\n  序號 \n工作任務\n")
    assert not may_hold_cell_table("按序号排列\n")
