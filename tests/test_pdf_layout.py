"""Layout evidence as plain data: the wrap rule on printed lines, crossheads supported by weight."""

from __future__ import annotations

import pytest

from policyparse import parse
from policyparse.layout import Box, Layout, LineLayout, PageLayout

pytest.importorskip("pypdfium2")

from policyparse.io.pdf.extract import RawLine
from policyparse.io.pdf.wraps import Margins, is_title_wrap, is_wrap

MARGINS = Margins(left=80.0, right=520.0)


def printed(text: str, x0: float, x1: float, size: float = 16.0, top: float = 100.0) -> RawLine:
    return RawLine(text, Box(x0, top, x1, top + size), size, False, (0, 0, 0), "FangSong")


@pytest.mark.parametrize(
    ("before", "after", "wrap"),
    [
        (
            printed("为进一步改善农村人居环境，经国务院同意，现提", 112, 520),
            printed("出以下意见：", 80, 176),
            True,
        ),
        (
            printed("…如下：", 80, 176),
            printed("一、总体要求", 112, 208),
            False,
        ),  # short line ends a paragraph
        (
            printed("全面改善农村生产生活条件，到2020年，全国农村居", 80, 520),
            printed("民住房条件明显改善", 112, 260),
            False,
        ),  # indented next line
        (
            printed("加强组织领导，全面完成以下任务：根据实际情况", 80, 520),
            printed("（二）基本原则", 80, 200),
            False,
        ),  # heading
        (
            printed("the rules apply to every", 80, 520),
            printed("member state", 80, 200),
            False,
        ),  # Latin + Latin
        (
            printed("正文内容较长一行排满到右边界为止共计二十余字", 80, 520),
            printed("后续", 80, 112, size=22),
            False,
        ),  # size
    ],
)
def test_wrap_rule_on_printed_lines(before: RawLine, after: RawLine, wrap: bool) -> None:
    assert is_wrap(before, after, MARGINS, MARGINS) is wrap


def test_a_centred_title_over_two_lines_is_one_title() -> None:
    first = RawLine(
        "国务院办公厅关于改善农村人居环境的指导意", Box(80, 260, 516, 282), 22.0, True, (0, 0, 0), "Hei"
    )
    second = RawLine("见", Box(287, 292, 309, 314), 22.0, True, (0, 0, 0), "Hei")
    assert is_title_wrap(first, second, 596.0, 16.0)
    assert not is_title_wrap(first, second, 596.0, 22.0)  # not larger than the body


TEXT = (
    "河北省推进智慧城市建设\n"
    "记者从省政府获悉，我省将全面推进新型智慧城市建设，加快完善基础设施，提升城市治理水平和服务能力。\n"
    "推进工作有序开展。\n"
    "加强组织领导\n"
    "各地要建立工作推进机制，明确责任分工，确保各项任务落到实处，取得明显实效。\n"
    "强化要素保障\n"
    "各地要加大资金投入力度，创新投融资模式，引导社会资本参与智慧城市建设运营。\n"
)


def layout_with_bold(bold: set[str]) -> Layout:
    lines, position = [], 0
    for index, line in enumerate(TEXT.split("\n")[:-1]):
        box = Box(80, 100 + 30 * index, 500, 116 + 30 * index)
        lines.append(LineLayout(position, position + len(line), 1, box, 16.0, line in bold, (0, 0, 0)))
        position += len(line) + 1
    return Layout(pages=[PageLayout(1, 0, len(TEXT), 595, 842)], lines=lines, body_size=16.0)


def test_weight_supports_a_crosshead_the_text_alone_leaves_out() -> None:
    # After the short line 推进工作有序开展。 the text cannot tell a crosshead from a run of title lines.
    without = [h.title for h in parse(TEXT).headings]
    assert without == ["强化要素保障"]
    printed_bold = parse(TEXT, layout=layout_with_bold({"加强组织领导", "强化要素保障"}))
    assert [(h.title, h.kind.value) for h in printed_bold.headings] == [
        ("加强组织领导", "crosshead"),
        ("强化要素保障", "crosshead"),
    ]
    not_bold = parse(TEXT, layout=layout_with_bold(set()))
    assert [h.title for h in not_bold.headings] == ["强化要素保障"]


def test_layout_lookups() -> None:
    layout = layout_with_bold({"加强组织领导"})
    line = layout.line_at(TEXT.index("加强组织领导") + 2)
    assert line is not None and TEXT[line.start : line.end] == "加强组织领导"
    assert layout.line_at(TEXT.index("\n")) is None  # between lines
    assert layout.page_at(len(TEXT)) == layout.pages[0]
    assert layout.emphasised(line.start, line.end) and not layout.emphasised(0, 5)
