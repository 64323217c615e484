"""What a reader finds in the report (issue 19, item 5): targets by year with their indicators,
who does what, filters, a timeline legible at any density, and the source's tables as tables.

The page structure is checked here; the same pages are opened in Chromium in test_browser.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from policyparse import parse, parse_file
from policyparse.models import Notice
from policyparse.render.html import to_html
from tests.helpers import FIXTURES
from tests.test_render import highlighted_text

TABLE_PAGE = FIXTURES / "report" / "task_table.html"


def crowded_notice(count: int = 60) -> Notice:
    """A plan with ``count`` targets due in one year and a few in others (the "+45" case)."""
    lines = ["某省人民政府关于印发“十四五”规划的通知", "某政发〔2021〕1号", "一、主要目标"]
    lines += [
        f"到2025年，第{i + 1}项重点工程建设完成投资{i + 10}亿元，惠及群众{i + 1}万人。" for i in range(count)
    ]
    lines += [
        "到2023年，完成城市更新试点项目12个。",
        "到2030年，全面建成现代化经济体系。",
        "某省人民政府",
        "2021年3月1日",
    ]
    return parse("\n".join(lines) + "\n")


@pytest.fixture(scope="module")
def table_notice() -> Notice:
    return parse_file(TABLE_PAGE)


def page_of(notice: Notice) -> LexborHTMLParser:
    return LexborHTMLParser(to_html(notice))


def test_targets_by_year_with_indicators(table_notice: Notice) -> None:
    tree = page_of(table_notice)
    rows = tree.css("table.targets tbody tr")
    assert [row.css_first("td.year").text() for row in rows] == ["2023", "2024", "2025"]
    assert [row.attributes.get("data-year") for row in rows] == ["2023", "2024", "2025"]
    rate = rows[2].css("ul.indicators li")
    assert [(li.css_first("b.value").text(), li.css_first("span.unit").text()) for li in rate] == [
        ("100,000", "立方米/小时"),
        ("40", "%"),
    ]
    assert rows[0].css_first("a").attributes.get("href") == "#target-1"
    assert rows[0].attributes.get("data-agencies") == "市发展改革委"  # of the task the target sits in
    assert rows[1].attributes.get("data-agencies") == "市住房城乡建设委"


def test_who_does_what(table_notice: Notice) -> None:
    tree = page_of(table_notice)
    tasks = tree.css("table.tasks tbody tr")
    assert [row.attributes.get("data-agencies") for row in tasks] == ["市发展改革委", "市住房城乡建设委"]
    owners = {row.css_first("td").text(): row for row in tree.css("table.owners tbody tr")}
    assert set(owners) == {"市发展改革委", "市住房城乡建设委"}
    assert [a.attributes.get("href") for a in owners["市发展改革委"].css("td:nth-child(2) a")] == ["#task-0"]


def test_filter_controls_list_agencies_years_and_kinds(table_notice: Notice) -> None:
    tree = page_of(table_notice)

    def values(select: str) -> list[str]:
        return [o.attributes.get("value") or "" for o in tree.css(f"#{select} option")]

    assert values("f-agency") == ["", "市住房城乡建设委", "市发展改革委"]
    assert values("f-year") == ["", "2023", "2024", "2025"]
    assert values("f-kind") == ["", "goal", "action", "task"]
    assert tree.css_first("#f-text") is not None
    for element in tree.css("table.targets tbody tr, table.tasks tbody tr, li.t-item"):
        assert {"data-kind", "data-year", "data-agencies"} <= set(element.attributes)


def test_source_tables_are_tables_and_the_text_is_intact(table_notice: Notice) -> None:
    tree = page_of(table_notice)
    [table] = tree.css("div.text table.source-table")
    cells = [
        [td.text(deep=True).split(" | ")[0].rstrip("\n") for td in tr.css("td")] for tr in table.css("tr")
    ]
    assert cells[0] == ["序号", "任务", "牵头单位", "完成时限"]
    assert cells[1] == ["1", "到2023年，建成5个示范区", "市发展改革委", "2023年底"]
    assert tree.css_first("div.text").text(deep=True) == table_notice.text
    for index, target in enumerate(table_notice.targets):  # a target across cells is highlighted whole
        assert highlighted_text(tree, f"target-{index}") == table_notice.text[target.start : target.end]


def test_a_crowded_year_lists_every_item_with_a_legible_label() -> None:
    from policyparse.render.timeline import LABEL_CHARS

    notice = crowded_notice()
    tree = page_of(notice)
    years = {li.attributes.get("data-year"): li for li in tree.css("li.t-year")}
    assert list(years) == ["2021", "2023", "2025", "2030"]
    items = years["2025"].css("li.t-item")
    assert len(items) == 60 and "+" not in years["2025"].css_first(".t-count").text()
    for item, target in zip(items, notice.targets[:60], strict=True):
        label = item.css_first("a").text().removeprefix("目标 ").removeprefix("行动 ")
        expected = target.text.removeprefix(target.deadline.text).lstrip("，")
        assert label == (expected if len(expected) <= LABEL_CHARS else expected[: LABEL_CHARS - 1] + "…")
        assert len(label) >= min(len(expected), 40)


def test_every_fixture_report_has_the_new_sections(tmp_path: Path) -> None:
    from tests.helpers import DEV_FILES

    for path in DEV_FILES:
        notice = parse_file(path)
        tree = page_of(notice)
        assert tree.css_first("form#filters") is not None, path
        assert len(tree.css("table.targets tbody tr")) == len(notice.targets), path
        assert len(tree.css("table.tasks tbody tr")) == len(notice.tasks), path
        assert len(tree.css("li.t-item")) == sum(
            1 for t in notice.targets if t.deadline.year is not None
        ) + sum(1 for t in notice.tasks if t.deadline is not None and t.deadline.year is not None)
