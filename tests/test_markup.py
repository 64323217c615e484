"""Markup left in text files (issue 15, class 6): cut from the view with its spans, kept as evidence."""

from __future__ import annotations

import pytest

from policyparse import parse_file
from policyparse.diagnostics import Diagnostics
from policyparse.models import NoiseKind
from policyparse.normalize import normalize
from tests.helpers import FIXTURES

BLIND = FIXTURES / "blind" / "docs"


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ('---\ntitle: "关于印发方案的通知"\ndate: 2025-02-24\n---\n\n正文', "\n正文"),  # YAML front matter
        ('+++\ntitle = "通知"\n+++\n正文', "正文"),  # TOML front matter
        ("## 第一章 总则\n第一条", "第一章 总则\n第一条"),
        ("**一、总体要求**\n坚持", "一、总体要求\n坚持"),
        ("> 《人民日报》（2025年02月24日第 01 版）", "《人民日报》（2025年02月24日第 01 版）"),
        ("![图片](https://img.example.cn/a.png)\n正文", "\n正文"),
        ("详见[通知全文](http://www.gov.cn/zhengce/a.htm)。", "详见通知全文。"),
        ('{{< figure src="a.jpg" >}}正文', "正文"),
        (
            "<p>　　第一段。</p> <p>　　第二段。</p>",
            "　　第一段。\n　　第二段。",
        ),  # mid-line block tags break
        ("国办发〔<span lang=\"EN-US\">2018</span>〕<span lang='EN-US'>15</span>号", "国办发〔2018〕15号"),
        ("打造&ldquo;古韵罗通山&rdquo;&nbsp;品牌", "打造“古韵罗通山”\u00a0品牌"),
        ('<img src="a.jpg" alt="">正文<br/>下一行', "正文\n下一行"),
        ("<script>var a = '<p>';</script>正文", "正文"),
        ("<tr><td>序号</td><td>考核项目</td></tr>", "序号 | 考核项目"),
        ("正文\n```html\n<body>页面</body>\n```\n结尾", "正文\n\n结尾"),
    ],
)
def test_markup_is_cut_from_the_view(text: str, clean: str) -> None:
    view = normalize(text)
    assert view.clean == clean
    assert len(view.norm) == len(view.clean)
    for noise in view.noise:
        assert noise.removed
        assert text[noise.start : noise.end].strip(" \t") != "" or noise.replacement is not None


@pytest.mark.parametrize(
    "text",
    [
        "PM2.5浓度<35微克/立方米",
        "国发[2017](1)号",
        "<说明>见附件",
        "单价*数量",
        "2*3=6，4*5=20",
        "一、总体要求",
    ],
)
def test_text_that_only_looks_like_markup_stays(text: str) -> None:
    view = normalize(text)
    assert view.clean == text
    assert view.markup.syntax == []


def test_front_matter_fields_point_at_their_values() -> None:
    text = '---\ntitle: "江苏编制海洋经济和海岸带空间规划"\ndate: 2025-02-24\nword_count: 457\n---\n# 标题\n'
    view = normalize(text)
    fields = view.markup.front_matter
    assert fields["title"].value == "江苏编制海洋经济和海岸带空间规划"
    assert fields["date"].value == "2025-02-24"
    for found in fields.values():
        assert text[found.start : found.end] == found.value
    assert "word_count" not in fields
    assert view.noise[0].kind is NoiseKind.FRONT_MATTER
    assert view.clean == "标题\n"


@pytest.mark.parametrize(
    ("text", "source", "level", "heading"),
    [
        ("## 第一章 总则\n第一条 为了", "atx", 2, "第一章 总则"),
        ("前言。\n\n**一、总体要求**\n\n坚持", "bold", 0, "一、总体要求"),
        (
            "**（一）促进工资性收入合理增长。**实施就业支持计划。",
            "bold_run_in",
            0,
            "（一）促进工资性收入合理增长。",
        ),
        (
            '<p class="MsoNormal"><span><strong>一、旅游景区建设</strong></span></p>',
            "html_bold",
            0,
            "一、旅游景区建设",
        ),
        ("<h2>第二章 奖励条件</h2>", "html_heading", 2, "第二章 奖励条件"),
    ],
)
def test_markup_gives_heading_evidence(text: str, source: str, level: int, heading: str) -> None:
    view = normalize(text)
    found = [h for h in view.markup.headings if h.source == source]
    assert len(found) == 1
    assert (found[0].level, text[found[0].start : found[0].end]) == (level, heading)


def test_bold_inside_a_sentence_is_not_a_heading() -> None:
    view = normalize("要坚持**稳中求进**工作总基调。")
    assert view.clean == "要坚持稳中求进工作总基调。"
    assert view.markup.headings == []


def test_markdown_document_gets_one_info_diagnostic() -> None:
    diagnostics = Diagnostics()
    normalize('---\ntitle: "通知"\n---\n# 通知\n\n> 来源\n\n**一、要求**\n', diagnostics)
    codes = [d.code for d in diagnostics.items]
    assert codes == ["I109"]
    assert "markdown" in diagnostics.items[0].message


def test_breadcrumb_arrows_in_a_plain_text_stay_stray_markup() -> None:
    diagnostics = Diagnostics()
    view = normalize("首页\n>\n政府信息公开\n>\n政府工作报告", diagnostics)
    assert view.clean == "首页\n\n政府信息公开\n\n政府工作报告"
    assert {n.kind for n in view.noise} == {NoiseKind.STRAY_MARKUP}
    assert [d.code for d in diagnostics.items] == ["W102", "W102"]


def test_word_pasted_html_in_a_text_file() -> None:
    """Blind b20: Word HTML (MsoNormal, a <span> around every number) inside a .txt."""
    path = BLIND / "b20.txt"
    notice = parse_file(path)
    text = path.read_text(encoding="utf-8")
    view = normalize(text)
    assert "<" not in view.norm and "&ldquo;" not in view.norm
    assert "国办发〔2018〕15号" in view.clean
    assert notice.headings[0].title == "旅游景区、景点建设"
    assert len([h for h in notice.headings if h.level == 1]) == 6  # 一、… 六、
    for heading in notice.headings:
        assert (
            notice.text[heading.start : heading.end].count("<span")
            <= notice.text[heading.start : heading.end].count("</span>") + 1
        )
    bold = [h for h in view.markup.headings if h.source == "html_bold"]
    assert [text[h.start : h.end] for h in bold][:2] == ["一、旅游景区、景点建设", "二、旅游服务设施建设"]


def test_html_paragraphs_in_one_line_become_paragraphs() -> None:
    """Blind b19: an HTML fragment of <p> lines with &nbsp; indents, in a .txt."""
    notice = parse_file(BLIND / "b19.txt")
    titles = [h.title for h in notice.headings]
    assert "政策支持" in titles and "固定资产投资奖励" in titles
    assert (
        notice.metadata.title == "中共柳河县委 柳河县人民政府关于支持重点产业加快发展的实施意见"
    )  # its gold
    assert all("&nbsp" not in t and "<p" not in t for t in titles)


def test_markdown_with_front_matter_and_figure() -> None:
    """Blind b28: Hong Kong article as Markdown with YAML front matter, <figure> and bold lines."""
    text = (BLIND / "b28.txt").read_text(encoding="utf-8")
    diagnostics = Diagnostics()
    view = normalize(text, diagnostics)
    assert view.markup.syntax == ["markdown", "html"]
    assert view.markup.front_matter["date"].value == "2020-02-26"
    assert "web.archive.org" not in view.clean
    assert "**" not in view.clean
    bold = {text[h.start : h.end] for h in view.markup.headings if h.source == "bold"}
    assert {"紓解民困方面：", "創科：", "其他："} <= bold
    assert [d.code for d in diagnostics.items].count("I109") == 2  # markdown and html


def test_fenced_raw_page_is_not_read_as_text() -> None:
    """Blind b29: a digest item with <p> summary, the text, and the raw page in a ``` block."""
    view = normalize((BLIND / "b29.txt").read_text(encoding="utf-8"))
    assert "<div" not in view.clean
    assert view.clean.count("国务院决定于2026年开展第四次全国农业普查") == 2  # 摘要 and 正文


def test_offsets_of_a_heading_under_markup_point_at_the_input() -> None:
    text = "**一、总体要求**\n\n<p>（一）指导思想。坚持&nbsp;稳中求进。</p>"
    view = normalize(text)
    for index in range(len(view.norm)):
        start, end = view.span(index, index + 1)
        assert view.from_orig(start) == index
        if view.clean[index] not in "\n\u00a0":
            assert text[start:end] == view.clean[index]
    nbsp = view.clean.index("\u00a0")
    assert text[slice(*view.span(nbsp, nbsp + 1))] == "&nbsp;"
