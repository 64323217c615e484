"""The HTML report and the Markdown outline: structure, escaping, overlapping highlights."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from policyparse import parse_file
from policyparse.cli.app import run
from policyparse.models import (
    Agency,
    Assignment,
    AssignmentKind,
    Deadline,
    Diagnostic,
    Heading,
    HeadingKind,
    Indicator,
    Metadata,
    Notice,
    Reference,
    Severity,
    Target,
    Task,
)
from policyparse.render._marks import Mark, segments
from policyparse.render.html import to_html
from policyparse.render.markdown import md_escape, to_markdown
from tests.helpers import DEV_FILES

RICH_TEXT = (
    "国务院办公厅关于推进智慧城市建设的通知\n"
    "国办发〔2019〕12号\n"
    "各省、自治区、直辖市人民政府：\n"
    "为落实《国务院关于加快推进“互联网+政务服务”工作的指导意见》，现就有关事项通知如下。\n"
    "一、总体要求\n"
    "（一）主要目标。到2020年，建成一批新型智慧城市，政务服务事项网上可办率达到90%以上。\n"
    "二、重点任务\n"
    "（一）推进一网通办。2021年底前，全面实现一网通办。（省政务服务办牵头，省发展改革委配合）\n"
    "（二）建设雪亮工程<script>alert(1)</script>。到2025年，公共区域视频监控覆盖率达到100%。\n"
    "国务院办公厅\n"
    "2019年2月19日\n"
)


def span_of(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    """Offsets of the first ``needle`` at or after ``after``."""
    start = text.index(needle, after)
    return start, start + len(needle)


def _heading(
    text: str, ident: int, level: int, marker: str, title: str, parent: int | None, end: int
) -> Heading:
    start, stop = span_of(text, marker + title)
    title_start = start + len(marker)
    return Heading(
        id=ident,
        level=level,
        marker=marker,
        marker_kind="cn_dun" if level == 1 else "cn_paren",
        title=title,
        title_start=title_start,
        title_end=stop,
        start=start,
        end=stop,
        kind=HeadingKind.NUMBERED,
        parent=parent,
        section_end=end,
    )


def _deadline(text: str, needle: str, year: int, after: int = 0) -> Deadline:
    start, end = span_of(text, needle, after)
    return Deadline(text=needle, year=year, start=start, end=end)


def _target(text: str, sentence: str, deadline: str, year: int, indicator: str, heading: int) -> Target:
    start, end = span_of(text, sentence)
    ind_start, ind_end = span_of(text, indicator, start)
    return Target(
        text=sentence,
        start=start,
        end=end,
        deadline=_deadline(text, deadline, year, start),
        heading=heading,
        indicators=[Indicator(text=indicator, start=ind_start, end=ind_end, raw_value=indicator)],
    )


def _agency(text: str, name: str) -> Agency:
    start, end = span_of(text, name)
    return Agency(name=name, start=start, end=end)


def build_rich_notice(text: str = RICH_TEXT) -> Notice:
    """A notice with every kind of element, built by hand (the extractors may find less)."""
    size = len(text)
    part_two = text.index("二、")
    headings = [
        _heading(text, 0, 1, "一、", "总体要求", None, part_two),
        _heading(text, 1, 2, "（一）", "主要目标", 0, part_two),
        _heading(text, 2, 1, "二、", "重点任务", None, size),
        _heading(text, 3, 2, "（一）", "推进一网通办", 2, text.index("（二）建设")),
        _heading(text, 4, 2, "（二）", "建设雪亮工程<script>alert(1)</script>", 2, size),
    ]
    targets = [
        _target(
            text,
            "到2020年，建成一批新型智慧城市，政务服务事项网上可办率达到90%以上。",
            "到2020年",
            2020,
            "90%以上",
            1,
        ),
        _target(text, "2021年底前，全面实现一网通办。", "2021年底前", 2021, "全面实现", 3),
        _target(text, "到2025年，公共区域视频监控覆盖率达到100%。", "到2025年", 2025, "100%", 4),
    ]
    lead, support = _agency(text, "省政务服务办"), _agency(text, "省发展改革委")
    task_one = span_of(
        text, "（一）推进一网通办。2021年底前，全面实现一网通办。（省政务服务办牵头，省发展改革委配合）"
    )
    task_two = span_of(
        text, "（二）建设雪亮工程<script>alert(1)</script>。到2025年，公共区域视频监控覆盖率达到100%。"
    )
    tasks = [
        Task(
            ordinal=1,
            title="推进一网通办",
            marker="（一）",
            start=task_one[0],
            end=task_one[1],
            title_start=headings[3].title_start,
            title_end=headings[3].title_end,
            heading=3,
            lead=[lead],
            support=[support],
            deadline=targets[1].deadline,
        ),
        Task(
            ordinal=2,
            title="建设雪亮工程<script>alert(1)</script>",
            marker="（二）",
            start=task_two[0],
            end=task_two[1],
            title_start=headings[4].title_start,
            title_end=headings[4].title_end,
            heading=4,
            deadline=targets[2].deadline,
        ),
    ]
    assignment_span = span_of(text, "（省政务服务办牵头，省发展改革委配合）")
    reference_span = span_of(text, "《国务院关于加快推进“互联网+政务服务”工作的指导意见》")
    metadata = Metadata(
        title="国务院办公厅关于推进智慧城市建设的通知",
        doc_number="国办发〔2019〕12号",
        issuers=["国务院办公厅"],
        date=dt.date(2019, 2, 19),
        references=[
            Reference(
                title="国务院关于加快推进“互联网+政务服务”工作的指导意见",
                start=reference_span[0],
                end=reference_span[1],
            )
        ],
    )
    return Notice(
        text=text,
        metadata=metadata,
        headings=headings,
        targets=targets,
        tasks=tasks,
        assignments=[
            Assignment(
                text=text[assignment_span[0] : assignment_span[1]],
                kind=AssignmentKind.NOTE,
                start=assignment_span[0],
                end=assignment_span[1],
                lead=[lead],
                support=[support],
                task=1,
                heading=3,
            )
        ],
        keywords=["智慧城市", "一网通办"],
        diagnostics=[
            Diagnostic(
                code="W201", severity=Severity.WARNING, message="heading <b>jumps</b>", start=10, end=12
            )
        ],
    )


def highlighted_text(tree: HTMLParser, ident: str) -> str:
    """The text of every highlighted segment that belongs to element ``ident``, in order."""
    return "".join(
        node.text(deep=True)
        for node in tree.css("span.m")
        if ident in (node.attributes.get("data-ids") or "").split()
    )


@pytest.fixture(scope="module")
def rich() -> Notice:
    return build_rich_notice()


def test_report_is_self_contained(rich: Notice) -> None:
    page = to_html(rich)
    assert page.startswith("<!DOCTYPE html>")
    for needle in ("<link", "src=", "@import", "url(", "@font-face"):
        assert needle not in page, needle
    # The only URL is the SVG namespace, which is a name, not a request.
    assert "https://" not in page
    assert page.count("http://") == page.count('xmlns="http://www.w3.org/2000/svg"')
    assert "Content-Security-Policy" in page


def test_untrusted_text_is_escaped(rich: Notice) -> None:
    page = to_html(rich)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>jumps</b>" not in page
    assert page.count("<script>") == 2  # the error trap and the report's own script


def test_outline_links_every_heading_target_and_task(rich: Notice) -> None:
    tree = HTMLParser(to_html(rich))
    outline = tree.css_first("nav.outline")
    assert outline is not None
    links = {node.attributes.get("href"): node.text() for node in outline.css("a")}
    for heading in rich.headings:
        assert heading.title in links[f"#h-{heading.id}"]
        assert tree.css_first(f"#h-{heading.id}") is not None
    for index in range(len(rich.targets)):
        assert f"#target-{index}" in links
    assert "#task-0" in links and "#task-1" in links
    # Nesting: (一)主要目标 sits inside 一、总体要求.
    parent = outline.css_first('a[href="#h-0"]').parent
    assert parent is not None and parent.css_first('a[href="#h-1"]') is not None


def test_overlapping_spans_are_highlighted_whole(rich: Notice) -> None:
    tree = HTMLParser(to_html(rich))
    for index, target in enumerate(rich.targets):
        assert highlighted_text(tree, f"target-{index}") == rich.text[target.start : target.end]
    first = rich.targets[0]
    inside = [n for n in tree.css("span.m-target") if "m-indicator" in (n.attributes.get("class") or "")]
    assert any(n.text() == "90%以上" for n in inside)
    deadline_nodes = [n for n in tree.css("span.m-deadline.m-target")]
    assert any(n.text() == first.deadline.text for n in deadline_nodes)
    agencies = "".join(n.text() for n in tree.css("div.text span.m-agency"))
    assert agencies == "省政务服务办省发展改革委"
    # The plain text of the document is intact, noise and all.
    text_node = tree.css_first("div.text")
    assert text_node is not None and text_node.text(deep=True) == rich.text


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ([], [(0, 10, [])]),
        (
            [("a", 2, 8), ("b", 4, 6)],
            [(0, 2, []), (2, 4, ["a"]), (4, 6, ["a", "b"]), (6, 8, ["a"]), (8, 10, [])],
        ),
        ([("a", 0, 5), ("b", 3, 10)], [(0, 3, ["a"]), (3, 5, ["a", "b"]), (5, 10, ["b"])]),
        ([("a", 0, 10), ("b", 0, 10)], [(0, 10, ["a", "b"])]),
    ],
    ids=["none", "nested", "crossing", "identical"],
)
def test_segments_cut_at_every_boundary(
    marks: list[tuple[str, int, int]], expected: list[tuple[int, int, list[str]]]
) -> None:
    made = [Mark("target", ident, start, end, "") for ident, start, end in marks]
    result = [(start, end, sorted(m.ident for m in covering)) for start, end, covering in segments(10, made)]
    assert result == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=12), st.integers(0, 30))
def test_segments_partition_the_text(pairs: list[tuple[int, int]], size: int) -> None:
    made = [Mark("target", f"m{i}", a, b, "") for i, (a, b) in enumerate(pairs) if a < b <= size]
    pieces = segments(size, made)
    assert [p[0] for p in pieces][:1] in ([0], []) and all(a < b for a, b, _ in pieces)
    assert all(left[1] == right[0] for left, right in pairwise(pieces))
    assert (pieces[-1][1] if pieces else 0) == size
    for start, end, covering in pieces:
        assert {m.ident for m in covering} == {m.ident for m in made if m.start <= start and m.end >= end}


def test_a_wide_year_range_stays_small() -> None:
    notice = build_rich_notice()
    notice.targets[0].deadline.year = 1
    notice.targets[2].deadline.year = 9999
    assert len(to_html(notice)) < 200_000


def test_timeline_places_targets_and_tasks_on_years(rich: Notice) -> None:
    tree = HTMLParser(to_html(rich))
    timeline = tree.css_first("#timeline ol.timeline")
    assert timeline is not None
    years = {node.attributes.get("data-year"): node for node in timeline.css("li.t-year")}
    assert list(years) == ["2019", "2020", "2021", "2025"]  # the issue year, then the deadlines
    assert years["2019"].css_first(".issued") is not None and not years["2019"].css("li.t-item")
    refs = {
        year: [item.attributes.get("data-ref") for item in node.css("li.t-item")]
        for year, node in years.items()
    }
    assert refs == {
        "2019": [],
        "2020": ["target-0"],
        "2021": ["target-1", "task-0"],
        "2025": ["target-2", "task-1"],
    }


def test_report_header_tasks_and_diagnostics(rich: Notice) -> None:
    tree = HTMLParser(to_html(rich))
    header = tree.css_first("header.meta")
    assert header is not None and "国办发〔2019〕12号" in header.text()
    assert tree.css_first("title") is not None and tree.css_first("title").text() == rich.metadata.title
    rows = tree.css("table.tasks tbody tr")
    assert len(rows) == 2 and "省政务服务办" in rows[0].text()
    diagnostics = tree.css("table.diagnostics tbody tr")
    assert len(diagnostics) == 1 and "W201" in diagnostics[0].text()
    assert tree.css_first("#diag-0") is not None


def test_control_characters_and_surrogates_do_not_break_the_page() -> None:
    text = "一、总体要求\n\x00到2020年\ud800完成\x1b任务。"
    page = to_html(Notice(text=text))
    page.encode("utf-8")
    assert "\x00" not in page


def test_markdown_outline(rich: Notice) -> None:
    markdown = to_markdown(rich)
    lines = markdown.splitlines()
    assert lines[0] == "# 国务院办公厅关于推进智慧城市建设的通知"
    assert "## 一、总体要求" in lines and "### （一）主要目标" in lines
    goal = next(i for i, line in enumerate(lines) if "90%以上" in line)
    assert lines.index("### （一）主要目标") < goal < lines.index("## 二、重点任务")
    assert "<script>" not in markdown and "\\<script\\>" in markdown
    assert "1. **推进一网通办** — 牵头: 省政务服务办；配合: 省发展改革委；时限: 2021" in markdown


@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: p.name)
def test_real_fixtures_render(path: Path) -> None:
    notice = parse_file(path)
    page = to_html(notice)
    page.encode("utf-8")
    tree = HTMLParser(page)
    outline = tree.css_first("nav.outline")
    assert outline is not None
    for heading in notice.headings:
        link = outline.css_first(f'a[href="#h-{heading.id}"]')
        assert link is not None, heading
        assert tree.css_first(f"#h-{heading.id}") is not None
    for index, target in enumerate(notice.targets):
        assert highlighted_text(tree, f"target-{index}") == notice.text[target.start : target.end]
    markdown = to_markdown(notice)
    for heading in notice.headings:
        assert md_escape(heading.title) in markdown


def test_cli_render_html_and_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notice.txt"
    source.write_text(RICH_TEXT, encoding="utf-8")
    out = tmp_path / "report.html"
    assert run(["render", str(source), "-o", str(out), "--no-keywords"]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    capsys.readouterr()
    assert run(["render", str(source), "--format", "md", "--no-keywords"]) == 0
    assert capsys.readouterr().out.startswith("# ")
    assert run(["render", str(source), "--format", "pdf"]) == 2
    assert run(["render", str(tmp_path / "missing.txt")]) == 3
