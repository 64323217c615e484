"""The corpus pages in headless Chromium (issue 21): scripts run, filters from the URL, sorting,
the agency × task matrix laid out legibly, and the screenshots in docs/explore.md."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from policyparse.models import Notice
from policyparse.render.corpus import Corpus, Entry
from policyparse.render.site import site_pages
from tests.helpers import CORPUS_FILES, FIXTURES
from tests.test_browser import CHROMIUM, FLAGS, chromium

pytestmark = pytest.mark.browser

DOCS_IMG = Path(__file__).resolve().parent.parent / "docs" / "img"

#: Added to a copy of a page in the test only: clicks the Date header twice (newest first) and
#: records the dates of the first rows.
SORT_BY_DATE = """<script>(function () {
  var th = document.querySelectorAll("table.index thead th")[4];
  th.click(); th.click();
  var dates = Array.prototype.map.call(document.querySelectorAll("table.index tbody tr"), function (r) {
    return r.cells[4].textContent; });
  document.documentElement.setAttribute("data-sorted", th.getAttribute("aria-sort") + " " + dates.slice(0, 3).join(","));
})();</script>"""

#: Measures the matrix: every column header legible and above the first row, every cell link visible.
MEASURE_MATRIX = """<script>(function () {
  var bad = [], first = document.querySelector("table.matrix tbody tr").getBoundingClientRect().top;
  Array.prototype.forEach.call(document.querySelectorAll("table.matrix th.doc a"), function (a) {
    var box = a.getBoundingClientRect();
    if (box.height < 40 || box.width < 8 || box.bottom > first + 1) { bad.push(a.textContent.slice(0, 8)); }
  });
  Array.prototype.forEach.call(document.querySelectorAll("table.matrix td.cell a"), function (a) {
    var box = a.getBoundingClientRect();
    if (box.width < 4 || box.height < 10) { bad.push("cell " + a.getAttribute("href")); }
  });
  document.documentElement.setAttribute("data-matrix", bad.length ? bad.join("|") : "ok");
})();</script>"""


@pytest.fixture(scope="module")
def site(corpus_notices: list[Notice], tmp_path_factory: pytest.TempPathFactory) -> Path:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (run scripts/ensure-chromium.sh as root to install it)")
    entries = [
        Entry(f"{path.name}.html", path.relative_to(FIXTURES).as_posix(), notice)
        for path, notice in zip(CORPUS_FILES, corpus_notices, strict=True)
    ]
    folder = tmp_path_factory.mktemp("site")
    for name, html in site_pages(Corpus.of(entries)).items():
        (folder / name).write_text(html, encoding="utf-8")
    return folder


def open_page(site: Path, name: str, query: str = "", extra: str = "") -> LexborHTMLParser:
    page = site / name
    if extra:
        page = site / f"measured-{name}"
        page.write_text(
            (site / name).read_text(encoding="utf-8").replace("</body>", extra + "</body>"), encoding="utf-8"
        )
    command = [CHROMIUM or "", *FLAGS, f"--user-data-dir={site / 'profile'}", "--window-size=1280,900"]
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
    assert root is not None and root.attributes.get("data-script-errors") is None, root.attributes
    assert root.attributes.get("data-checked") == "ok", root.attributes.get("data-checked")
    return tree


def visible(tree: LexborHTMLParser, selector: str) -> list[LexborHTMLParser]:
    return [node for node in tree.css(selector) if "hidden" not in node.attributes]


def test_index_filters_and_sorts_in_chromium(site: Path, corpus_notices: list[Notice]) -> None:
    everything = open_page(site, "index.html")
    assert len(visible(everything, "table.index tbody tr")) == len(corpus_notices)
    rules = sum(n.kind.value == "rules" for n in corpus_notices)
    by_kind = open_page(site, "index.html", "?kind=rules")
    assert len(visible(by_kind, "table.index tbody tr")) == rules
    assert by_kind.css_first("#f-count").text() == f"{rules} of {len(corpus_notices)} documents"
    issued = sum(
        "国务院办公厅" in n.metadata.issuers and n.metadata.date is not None and n.metadata.date.year == 2018
        for n in corpus_notices
    )
    by_issuer = open_page(
        site, "index.html", "?agency=%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%8A%9E%E5%85%AC%E5%8E%85&year=2018"
    )
    assert len(visible(by_issuer, "table.index tbody tr")) == issued > 0
    root = open_page(site, "index.html", extra=SORT_BY_DATE).css_first("html")
    dates = sorted((n.metadata.date.isoformat() for n in corpus_notices if n.metadata.date), reverse=True)
    assert root is not None and root.attributes.get("data-sorted") == "descending " + ",".join(dates[:3])


def test_targets_page_by_year_in_chromium(site: Path, corpus_notices: list[Notice]) -> None:
    tree = open_page(site, "index-targets.html", "?year=2010")
    due = sum(t.deadline.year == 2010 for n in corpus_notices for t in n.targets)
    rows = visible(tree, "table.targets tbody tr")
    assert len(rows) == due > 0 and {row.attributes["data-year"] for row in rows} == {"2010"}
    assert [li.attributes["data-year"] for li in visible(tree, "li.t-year")] == ["2010"]
    assert len(visible(tree, "li.t-item")) == due


def test_matrix_in_chromium(site: Path) -> None:
    tree = open_page(site, "index-agencies.html", extra=MEASURE_MATRIX)
    root = tree.css_first("html")
    assert root is not None and root.attributes.get("data-matrix") == "ok"
    name = "农业农村部"
    filtered = open_page(site, "index-agencies.html", "?text=%E5%86%9C%E4%B8%9A%E5%86%9C%E6%9D%91%E9%83%A8")
    rows = visible(filtered, "table.matrix tbody tr")
    assert rows and all(name in row.text() for row in rows)
    total = len(filtered.css("table.agencies tbody tr"))
    shown = len(visible(filtered, "table.agencies tbody tr"))
    assert filtered.css_first("#f-count").text() == f"{shown} of {total} agencies"


def test_corpus_screenshots_for_the_docs(site: Path) -> None:
    """The pictures in docs/explore.md; POLICYPARSE_UPDATE_SCREENSHOT=1 writes them to docs/img."""
    for name, picture in (("index.html", "corpus-index.png"), ("index-agencies.html", "corpus-matrix.png")):
        shot = site / picture
        chromium(site / name, site / "profile-shot", "--window-size=1280,900", f"--screenshot={shot}")
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a rendered page, not a blank one
        if os.environ.get("POLICYPARSE_UPDATE_SCREENSHOT"):
            (DOCS_IMG / picture).write_bytes(data)
