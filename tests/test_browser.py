"""The HTML report in a real browser: headless Chromium runs its script, then we read the DOM.

The report's first script records any script error in ``data-script-errors`` on ``<html>``;
its main script ends by setting ``data-checked`` (``ok`` or the problems it found), so a report
whose script did not run at all fails too. ``--dump-dom`` prints the DOM after scripts ran.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from policyparse import parse_file
from policyparse.models import Notice
from policyparse.render.html import to_html
from tests.helpers import DEV
from tests.test_render import build_rich_notice, highlighted_text

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--virtual-time-budget=5000",
]


def chromium(page: Path, profile: Path, *action: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on ``page`` with ``action`` flags (``--dump-dom``, ``--screenshot=…``)."""
    assert CHROMIUM is not None
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *action, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def rendered_dom(page: Path, tmp_path: Path) -> LexborHTMLParser:
    """The DOM of ``page`` after its scripts ran."""
    done = chromium(page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0 and "<html" in done.stdout, done.stderr[-2000:]
    return LexborHTMLParser(done.stdout)


def check_report(notice: Notice, tmp_path: Path, name: str) -> None:
    """Open the report of ``notice`` and check the DOM; keep a screenshot when a check fails."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (run scripts/ensure-chromium.sh as root to install it)")
    page = tmp_path / f"{name}.html"
    page.write_text(to_html(notice), encoding="utf-8")
    try:
        tree = rendered_dom(page, tmp_path)
        root = tree.css_first("html")
        assert root is not None
        assert root.attributes.get("data-script-errors") is None, root.attributes.get("data-script-errors")
        assert root.attributes.get("data-checked") == "ok", root.attributes.get("data-checked")
        outline = tree.css_first("nav.outline")
        assert outline is not None
        for heading in notice.headings:
            link = outline.css_first(f'a[href="#h-{heading.id}"]')
            assert link is not None, f"heading {heading.id} {heading.title!r} missing from the outline"
            assert heading.title[:10] in link.text(), (heading.title, link.text())
        for index, target in enumerate(notice.targets):
            assert highlighted_text(tree, f"target-{index}") == notice.text[target.start : target.end], index
    except AssertionError:
        shot = tmp_path / f"{name}.png"
        chromium(page, tmp_path / "profile-shot", "--window-size=1400,2000", f"--screenshot={shot}")
        raise


def test_report_of_a_built_notice_in_chromium(tmp_path: Path) -> None:
    check_report(build_rich_notice(), tmp_path, "rich")


@pytest.mark.parametrize("name", ["014.txt", "020.html"])
def test_report_of_a_fixture_in_chromium(tmp_path: Path, name: str) -> None:
    check_report(parse_file(DEV / name), tmp_path, name.replace(".", "-"))


def test_a_script_error_is_caught(tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (run scripts/ensure-chromium.sh as root to install it)")
    page = tmp_path / "broken.html"
    html = to_html(build_rich_notice()).replace("</body>", "<script>null.boom();</script></body>")
    page.write_text(html, encoding="utf-8")
    root = rendered_dom(page, tmp_path).css_first("html")
    assert root is not None
    assert "null" in (root.attributes.get("data-script-errors") or "")


# ------------------------------------------------------------ issue 19: tables, filters, timeline

#: Added to a copy of a report in the test only: measures every timeline label as laid out.
MEASURE = """<script>(function () {
  var bad = [], n = 0;
  Array.prototype.forEach.call(document.querySelectorAll("li.t-item a"), function (a) {
    n += 1;
    var box = a.getBoundingClientRect(), size = parseFloat(getComputedStyle(a).fontSize);
    if (box.width < 40 || box.height < 12 || size < 11 || a.scrollWidth > a.clientWidth + 1
        || a.offsetParent === null) { bad.push(a.textContent.slice(0, 20)); }
  });
  document.documentElement.setAttribute("data-labels", n + " " + (bad.length ? bad.join("|") : "ok"));
})();</script>"""


def _open(notice: Notice, tmp_path: Path, name: str, query: str = "", extra: str = "") -> LexborHTMLParser:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (run scripts/ensure-chromium.sh as root to install it)")
    page = tmp_path / f"{name}.html"
    page.write_text(to_html(notice).replace("</body>", extra + "</body>"), encoding="utf-8")
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,900"]
    done = subprocess.run(
        [*command, "--dump-dom", page.as_uri() + query],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and "<html" in done.stdout, done.stderr[-2000:]
    tree = LexborHTMLParser(done.stdout)
    root = tree.css_first("html")
    assert root is not None and root.attributes.get("data-script-errors") is None
    assert root.attributes.get("data-checked") == "ok", root.attributes.get("data-checked")
    return tree


def _visible(tree: LexborHTMLParser, selector: str) -> list[str]:
    return [node.attributes.get("id") or "" for node in tree.css(selector) if "hidden" not in node.attributes]


def test_filters_by_agency_year_and_kind_in_chromium(tmp_path: Path) -> None:
    from tests.test_report import TABLE_PAGE

    notice = parse_file(TABLE_PAGE)
    everything = _open(notice, tmp_path, "all")
    assert _visible(everything, "table.targets tbody tr") == ["row-target-1", "row-target-2", "row-target-0"]
    by_agency = _open(
        notice, tmp_path, "agency", "?agency=%E5%B8%82%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%A7%94"
    )
    assert _visible(by_agency, "table.targets tbody tr") == ["row-target-1"]  # 市发展改革委's task holds it
    assert _visible(by_agency, "table.tasks tbody tr") == ["row-task-0"]
    assert by_agency.css_first("#f-count").text() == "2 of 5 targets and tasks"
    by_year = _open(notice, tmp_path, "year", "?year=2025&kind=goal")
    assert _visible(by_year, "table.targets tbody tr") == ["row-target-0"]
    assert _visible(by_year, "table.tasks tbody tr") == []
    assert [
        li.attributes.get("data-year") for li in by_year.css("li.t-year") if "hidden" not in li.attributes
    ] == [
        "2021",
        "2025",
    ]
    by_text = _open(notice, tmp_path, "text", "?text=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA")  # 老旧小区
    assert _visible(by_text, "table.targets tbody tr") == ["row-target-2"]


def test_timeline_labels_are_legible_in_a_crowded_year_in_chromium(tmp_path: Path) -> None:
    from tests.test_report import crowded_notice

    tree = _open(crowded_notice(), tmp_path, "crowded", extra=MEASURE)
    root = tree.css_first("html")
    assert root is not None
    assert root.attributes.get("data-labels") == "62 ok"


def test_report_screenshot_for_the_docs(tmp_path: Path) -> None:
    """The screenshot in docs/report.md; POLICYPARSE_UPDATE_SCREENSHOT=1 writes it to docs/img."""
    import os

    from tests.test_report import TABLE_PAGE

    if CHROMIUM is None:
        pytest.skip("chromium is not installed (run scripts/ensure-chromium.sh as root to install it)")
    notice = parse_file(TABLE_PAGE)
    notice.source.path = TABLE_PAGE.name  # the picture shows no path of the machine it was made on
    page = tmp_path / "report.html"
    page.write_text(to_html(notice), encoding="utf-8")
    shot = tmp_path / "report.png"
    chromium(page, tmp_path / "profile", "--window-size=1280,1600", f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a rendered page, not a blank one
    if os.environ.get("POLICYPARSE_UPDATE_SCREENSHOT"):
        (Path(__file__).resolve().parent.parent / "docs" / "img" / "report.png").write_bytes(data)
