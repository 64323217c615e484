"""The corpus report of ``policyparse render DIR -o site/`` (issue 21): the index of documents, the
targets of every document by deadline year, the agency × task matrix, the links between documents,
and each report's links to the documents it cites and that cite it. Expected values come from
the parsed models of the dev documents plus b02 (which cites dev 009)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser
from typer.testing import CliRunner

from policyparse.cli.app import app
from policyparse.evaluate.fold import fold
from policyparse.models import Notice
from policyparse.render.corpus import PAGES, Corpus, Entry
from policyparse.render.corpus_links import related_of
from policyparse.render.html import CSP, to_html
from policyparse.render.matrix import LEADING
from policyparse.render.site import site_pages
from tests.helpers import CORPUS_FILES, DEV, DEV_FILES

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(corpus_notices: list[Notice]) -> Corpus:
    entries = [
        Entry(f"{path.name}.html", str(path), notice)
        for path, notice in zip(CORPUS_FILES, corpus_notices, strict=True)
    ]
    return Corpus.of(entries)


@pytest.fixture(scope="module")
def pages(corpus: Corpus) -> dict[str, LexborHTMLParser]:
    return {name: LexborHTMLParser(html) for name, html in site_pages(corpus).items()}


def test_the_pages_are_self_contained(corpus: Corpus) -> None:
    for name, html in site_pages(corpus).items():
        assert f'content="{CSP}"' in html, name
        assert not re.search(r'(?:src|href)="(?:https?:)?//', html), name  # nothing from the network
        tree = LexborHTMLParser(html)
        links = [a.attributes.get("href") or "" for a in tree.css("nav.corpus a")]
        assert links == [file for file, _ in PAGES.values()], name


def test_index_lists_documents_by_kind_issuer_and_date(
    corpus: Corpus, pages: dict[str, LexborHTMLParser]
) -> None:
    index = pages["index.html"]
    rows = index.css("table.index tbody tr")
    assert [row.css_first("a").attributes["href"] for row in rows] == [entry.href for entry in corpus.entries]
    for row, entry in zip(rows, corpus.entries, strict=True):
        date = entry.notice.metadata.date
        assert row.attributes["data-kind"] == entry.notice.kind.value
        assert row.attributes["data-year"] == (str(date.year) if date else "")
        assert row.attributes["data-agencies"] == "|".join(entry.notice.metadata.issuers)
    kinds = Counter(entry.notice.kind.value for entry in corpus.entries)
    shown = {li.css_first("a").text(): int(li.css_first(".n").text()) for li in index.css("#by-kind li")}
    assert shown == dict(kinds)
    issuers = Counter(name for entry in corpus.entries for name in entry.notice.metadata.issuers)
    first = index.css_first("#by-agency li")
    assert (first.css_first("a").text(), int(first.css_first(".n").text())) == issuers.most_common(1)[0]
    b02 = next(row for row in rows if row.css_first("a").attributes["href"] == "b02.txt.html")
    assert b02.css("td")[9].text() == "1 / 0"


def test_targets_of_every_document_by_year(corpus: Corpus, pages: dict[str, LexborHTMLParser]) -> None:
    page = pages["index-targets.html"]
    targets = [(e.href, i, t) for e in corpus.entries for i, t in enumerate(e.notice.targets)]
    rows = page.css("table.targets tbody tr")
    assert len(rows) == len(targets)
    links = {row.css("td")[2].css_first("a").attributes["href"] for row in rows}
    assert links == {f"{href}#target-{i}" for href, i, _ in targets}
    years = [row.attributes["data-year"] for row in rows]
    dated = [y for y in years if y]
    assert dated == sorted(dated, key=int) and years[len(dated) :] == [""] * (len(years) - len(dated))
    by_year = Counter(t.deadline.year for _, _, t in targets if t.deadline.year is not None)
    timeline = {li.attributes["data-year"]: len(li.css("li.t-item")) for li in page.css("li.t-year")}
    assert timeline == {str(year): count for year, count in by_year.items()}


def test_agency_task_matrix(corpus: Corpus, pages: dict[str, LexborHTMLParser]) -> None:
    page = pages["index-agencies.html"]
    expected: dict[str, Counter[str]] = {}
    for entry in corpus.entries:
        for index, task in enumerate(entry.notice.tasks):
            for role in ("lead", "responsible", "support"):
                for agency in getattr(task, role):
                    cell = expected.setdefault(fold(agency.name), Counter())
                    cell[f"{'lead' if role in LEADING else 'support'} {entry.href}#task-{index}"] += 1
    totals = {row.css_first("td").text(): row for row in page.css("table.agencies tbody tr")}
    assert len(totals) == len(expected)
    matrix = page.css("table.matrix tbody tr")
    assert matrix, "the dev set has tasks with agencies"
    for row in matrix:
        name = row.css_first("th").text()
        cells = {f"{a.attributes['class']} {a.attributes['href']}" for a in row.css("td.cell a")}
        assert cells == set(expected[fold(name)]), name
        led = len({key for key in expected[fold(name)] if key.startswith("lead")})
        assert int(row.css("td")[0].text()) == led == int(totals[name].css("td")[1].text())
    leads = [int(row.css("td")[0].text()) for row in matrix]
    assert leads == sorted(leads, reverse=True)


def test_links_both_ways(corpus: Corpus, pages: dict[str, LexborHTMLParser]) -> None:
    rows = pages["index-links.html"].css("table.links tbody tr")
    references = corpus.by_href()["b02.txt.html"].notice.metadata.references
    cited = [
        i for i, r in enumerate(references) if r.doc_number and r.doc_number.canonical == "国发〔2005〕39号"
    ]
    assert [[a.attributes["href"] for a in row.css("a")] for row in rows] == [
        ["b02.txt.html", f"b02.txt.html#ref-{cited[0]}", "009.txt.html"]
    ]
    assert rows[0].attributes["data-kind"] == "doc_number"
    related = related_of(corpus)
    entries = corpus.by_href()
    citing = LexborHTMLParser(to_html(entries["b02.txt.html"].notice, related=related["b02.txt.html"]))
    cited = LexborHTMLParser(to_html(entries["009.txt.html"].notice, related=related["009.txt.html"]))
    assert [a.attributes["href"] for a in citing.css("header a.doc-link")] == ["009.txt.html"]
    assert [a.attributes["href"] for a in cited.css("header a.doc-link")] == ["b02.txt.html"]
    assert cited.css_first("p.back a").attributes["href"] == "index.html"
    assert citing.css_first("header").text().count("本组引用") == 1


def test_cli_render_dir_with_o_slash_writes_reports_and_corpus_pages(tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = runner.invoke(app, ["render", str(DEV), "-o", f"{site}/", "--no-keywords"])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in site.iterdir())
    assert written == sorted([*(f"{p.name}.html" for p in DEV_FILES), *(file for file, _ in PAGES.values())])
    assert f"wrote {len(DEV_FILES)} reports and {site / 'index.html'}" in result.stderr
    report = LexborHTMLParser((site / f"{DEV_FILES[0].name}.html").read_text(encoding="utf-8"))
    assert report.css_first("p.back a").attributes["href"] == "index.html"


def test_json_lines_of_several_notices_with_o_is_a_set(tmp_path: Path, corpus_notices: list[Notice]) -> None:
    """``render notices.jsonl -o site`` (no slash): one file of several notices is rendered as a set."""
    records = tmp_path / "notices.jsonl"
    lines = [
        json.dumps(
            {"path": str(path), "status": "ok", "notice": json.loads(notice.model_dump_json())},
            ensure_ascii=False,
        )
        for path, notice in zip(CORPUS_FILES[-3:], corpus_notices[-3:], strict=True)
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["render", str(records), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert written == sorted(
        [*(f"{p.name}.html" for p in CORPUS_FILES[-3:]), *(file for file, _ in PAGES.values())]
    )
