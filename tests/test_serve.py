"""``policyparse serve``: Datasette with the shipped metadata, checked with Datasette's own client
(in process, no network) on the corpus database of the dev documents (issue 21)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser
from typer.testing import CliRunner

from policyparse.cli.app import app
from policyparse.corpus import queries
from policyparse.corpus.datasette import FACETS, metadata
from policyparse.corpus.descriptions import TABLES as DESCRIBED

pytest.importorskip("datasette")

runner = CliRunner()


@pytest.fixture(scope="module")
def datasette(corpus_db: Path) -> Any:
    from policyparse.corpus.serve import make_datasette

    return make_datasette(corpus_db)


def get(datasette: Any, path: str) -> Any:
    async def fetch() -> Any:
        await datasette.invoke_startup()
        return await datasette.client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return response


def test_the_shipped_metadata_is_served(datasette: Any) -> None:
    served = get(datasette, "/-/metadata.json").json()
    assert served == json.loads(json.dumps(metadata("corpus")))
    tables = served["databases"]["corpus"]["tables"]
    assert tables["targets"]["fts_table"] == "targets_fts"
    assert tables["target_details"]["fts_pk"] == "target_rowid"
    assert set(served["databases"]["corpus"]["queries"]) == {q.name for q in queries.QUERIES}


def test_table_page_shows_descriptions_search_box_and_facets(datasette: Any) -> None:
    page = LexborHTMLParser(get(datasette, "/corpus/targets").text)
    assert DESCRIBED["targets"] in page.css_first(".metadata-description").text()
    assert page.css_first('input[name="_search"]') is not None
    header = page.css_first('th[data-column="deadline_year"]')
    assert (
        header is not None
        and header.attributes["data-column-description"] == "Year the target or task is due"
    )
    documents = get(datasette, "/corpus/documents.json?_size=1").json()
    assert list(documents["facet_results"]) == FACETS["documents"]
    kinds = {row["value"]: row["count"] for row in documents["facet_results"]["kind"]["results"]}
    assert kinds["news"] >= 1 and sum(kinds.values()) == 46
    owners = get(datasette, "/corpus/task_owners.json?_size=1").json()
    assert "agency" in owners["facet_results"]
    issuers = get(datasette, "/corpus/documents_by_issuer.json?_size=1").json()
    assert {row["value"] for row in issuers["facet_results"]["issuer"]["results"]} >= {"国务院办公厅"}


def test_search_box_and_canned_queries(datasette: Any, corpus_db: Path) -> None:
    boxed = get(datasette, "/corpus/target_details.json?_search=智慧城市&_shape=objects").json()["rows"]
    assert "dev/000.txt" in {row["doc_id"] for row in boxed}
    with sqlite3.connect(corpus_db) as connection:
        for name, params in [
            ("search", "q=醫保"),
            ("targets_on", "year=2020&topic=5G"),
            ("agencies_leading_tasks", ""),
            ("targets_of_cited_documents", "document=落实科学发展观"),
        ]:
            served = get(datasette, f"/corpus/{name}.json?{params}&_shape=objects").json()["rows"]
            arguments = dict(pair.split("=") for pair in params.split("&") if pair)
            expected = queries.run(connection, name, **arguments)
            assert served == expected and expected, name
    form = LexborHTMLParser(get(datasette, "/corpus/targets_on").text)
    assert {node.attributes.get("name") for node in form.css("form input")} >= {"year", "topic"}


def test_cli_get_and_metadata_file(corpus_db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", str(corpus_db), "--get", "/corpus/search.json?q=5G&_shape=array"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert any(row["doc_id"] == "dev/000.txt" and row["kind"] == "target" for row in rows)
    written = tmp_path / "metadata.json"
    result = runner.invoke(app, ["serve", str(corpus_db), "--write-metadata", str(written)])
    assert result.exit_code == 0
    assert json.loads(written.read_text(encoding="utf-8")) == json.loads(json.dumps(metadata("corpus")))
    missing = runner.invoke(app, ["serve", str(tmp_path / "none.db")])
    assert missing.exit_code == 3 and "no such file" in missing.stderr


def test_a_file_that_is_not_a_corpus_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    result = runner.invoke(app, ["serve", str(other)])
    assert result.exit_code == 3 and "is not a policyparse export" in result.stderr
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as connection:
        connection.execute("CREATE TABLE documents (doc_id)")
    result = runner.invoke(app, ["serve", str(old)])
    assert result.exit_code == 3 and "run export again" in result.stderr
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    result = runner.invoke(app, ["serve", str(text)])
    assert result.exit_code == 3 and result.stderr.count("\n") == 1


def test_the_plugin_is_declared_for_plain_datasette() -> None:
    """``datasette corpus.db -m metadata.json`` gets the SQL functions where policyparse is installed."""
    from importlib.metadata import entry_points

    declared = {point.name: point.value for point in entry_points(group="datasette")}
    assert declared.get("policyparse") == "policyparse.corpus.plugin"


def test_without_datasette_the_verb_says_which_extra(
    corpus_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policyparse.cli import serve_cmd

    monkeypatch.setattr(serve_cmd, "_datasette_missing", lambda: True)
    result = runner.invoke(app, ["serve", str(corpus_db)])
    assert result.exit_code == 2
    assert result.stderr == "policyparse: serve needs Datasette: pip install 'policyparse[explore]'\n"
