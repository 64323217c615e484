"""The corpus database (issue 21): full-text search, indexes, foreign keys, views, links, canned queries.

The database is the SQLite export of the dev documents plus the blind document b02 (the
国家环境保护“十一五”规划 notice, 国发〔2007〕37号, which cites dev 009, 国发〔2005〕39号).
Expected rows are computed from the parsed models, not written down.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from policyparse.corpus import queries
from policyparse.corpus.database import INDEXES, VIEWS
from policyparse.corpus.links import Citable, Citation, MatchedBy, find_links, links_of, title_key
from policyparse.corpus.search import SEARCHED, SearchKind, bigrams, fold_for_search, match_expression, search
from policyparse.models import Notice
from policyparse.tables import document_id
from tests.helpers import CORPUS_FILES, FIXTURES


def ids(notices: list[Notice]) -> list[str]:
    return [document_id(n, str(p), root=str(FIXTURES)) for n, p in zip(notices, CORPUS_FILES, strict=True)]


def searched_texts(notices: list[Notice]) -> list[tuple[SearchKind, str, int | None, str]]:
    """``(kind, doc_id, item, text)`` of every searched text, read from the models."""
    rows: list[tuple[SearchKind, str, int | None, str]] = []
    for doc_id, notice in zip(ids(notices), notices, strict=True):
        if notice.metadata.title:
            rows.append((SearchKind.TITLE, doc_id, None, notice.metadata.title))
        rows += [(SearchKind.HEADING, doc_id, h.id, h.title) for h in notice.headings]
        rows += [(SearchKind.TARGET, doc_id, i, t.text) for i, t in enumerate(notice.targets)]
        rows += [(SearchKind.TASK, doc_id, t.ordinal, notice.text[t.start : t.end]) for t in notice.tasks]
        rows += [(SearchKind.ASSIGNMENT, doc_id, i, a.text) for i, a in enumerate(notice.assignments)]
    return rows


#: What a user types: two-character words, Latin letters, longer phrases, Traditional forms.
QUERIES = [
    "医保",
    "5G",
    "养老",
    "托育",
    "醫保",
    "智慧城市",
    "智慧城市建設",
    "農村人居環境",
    "营商环境 企业",
    "十一五规划",
]


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_every_row_holding_the_words(
    corpus_db: Path, corpus_notices: list[Notice], query: str
) -> None:
    """The pair index finds exactly the rows whose folded text holds every word of the query."""
    words = [fold_for_search(word) for word in query.split()]
    expected = {
        (kind, doc_id, item)
        for kind, doc_id, item, text in searched_texts(corpus_notices)
        if all(word in fold_for_search(text) for word in words)
    }
    with sqlite3.connect(corpus_db) as connection:
        found = {(hit.kind, hit.doc_id, hit.item) for hit in search(connection, query)}
    assert found == expected
    assert expected  # each query holds something in the dev documents


def test_known_phrases_in_either_script(corpus_db: Path) -> None:
    with sqlite3.connect(corpus_db) as connection:
        # a Simplified query finds the Traditional news report 000 (河北省加快推進新型智慧城市建設)
        titles = {hit.doc_id for hit in search(connection, "新型智慧城市建设", kinds=(SearchKind.TITLE,))}
        assert titles == {"dev/000.txt"}
        # a Traditional query finds the Simplified notice 014 (国务院办公厅关于改善农村人居环境的指导意见)
        assert {hit.doc_id for hit in search(connection, "農村人居環境", kinds=(SearchKind.TITLE,))} == {
            "dev/014.txt"
        }
        # two characters, Latin: the target of 000 that brings 5G to trial use
        targets = [
            hit for hit in search(connection, "5G", kinds=(SearchKind.TARGET,)) if hit.doc_id == "dev/000.txt"
        ]
        assert len(targets) == 1 and "5G試商用" in targets[0].text
        assert search(connection, "，。") == []  # no word: nothing, and no error


def test_trigram_index_behind_datasettes_search_box(corpus_db: Path) -> None:
    """Datasette's box passes the query as typed: three characters or more, Simplified, match."""
    with sqlite3.connect(corpus_db) as connection:
        match = "SELECT doc_id FROM targets WHERE rowid IN (SELECT rowid FROM targets_fts WHERE targets_fts MATCH ?)"
        assert {row[0] for row in connection.execute(match, ['"智慧城市"'])} >= {"dev/000.txt"}
        assert connection.execute(match, ['"5G"']).fetchall() == []  # two characters: nothing (documented)


def test_query_expression_and_tokens() -> None:
    assert bigrams("推動5G試商用") == "推动 动5 5g g试 试商 商用 用"
    assert match_expression('醫保 "5G 网络"') == '"医保 保"* AND "5g g网 网络 络"*'
    assert match_expression("") is None


def test_foreign_keys_indexes_and_views(corpus_db: Path, corpus_notices: list[Notice]) -> None:
    with sqlite3.connect(corpus_db) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        keys = {
            (table, row[3], row[2])
            for table in ("targets", "links")
            for row in connection.execute(f"PRAGMA foreign_key_list({table})")
        }
        assert ("targets", "doc_id", "documents") in keys and ("links", "cited_doc_id", "documents") in keys
        indexes = {
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        for table, columns in INDEXES:
            assert f"{table}_{'_'.join(columns)}" in indexes
        assert {"headings_doc_id", "documents_year", "agencies_name", "targets_deadline_year"} <= indexes
        plan = " ".join(
            row[3]
            for row in connection.execute("EXPLAIN QUERY PLAN SELECT * FROM agencies WHERE name = '司法部'")
        )
        assert "agencies_name" in plan
        views = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        assert views == set(VIEWS)
        details = connection.execute(
            "SELECT document, date, issuers, text, indicators FROM target_details WHERE doc_id = 'dev/000.txt' ORDER BY target_id"
        ).fetchall()
        notice = corpus_notices[0]
        assert [row[3] for row in details] == [t.text for t in notice.targets]
        assert {row[0] for row in details} == {notice.metadata.title}
        assert details[-1][4] == "；".join(i.text for i in notice.targets[-1].indicators)
        owners = Counter(
            (doc_id, task.ordinal)
            for doc_id, n in zip(ids(corpus_notices), corpus_notices, strict=True)
            for task in n.tasks
            for _ in (*task.lead, *task.support, *task.responsible)
        )
        rows = Counter(connection.execute("SELECT doc_id, ordinal FROM task_owners").fetchall())
        assert rows == owners


def test_links_in_both_directions(corpus_db: Path, corpus_notices: list[Notice]) -> None:
    with sqlite3.connect(corpus_db) as connection:
        links = connection.execute(
            "SELECT doc_id, cited_doc_id, matched_by, candidates FROM links"
        ).fetchall()
        assert ("blind/docs/b02.txt", "dev/009.txt", "doc_number", 1) in links
        assert all(row[0] != row[1] for row in links)
        # from the models, the same links
        pairs = list(zip(ids(corpus_notices), corpus_notices, strict=True))
        expected = {
            (link.doc_id, link.cited_doc_id, link.matched_by.value, link.candidates)
            for link in links_of(pairs)
        }
        assert set(links) == expected
        citing = queries.run(
            connection, "citations_of", document="國務院關於落實科學發展觀加強環境保護的決定"
        )
        assert [(row["direction"], row["other_doc_id"]) for row in citing] == [
            ("cited by", "blind/docs/b02.txt")
        ]
        cites = queries.run(connection, "citations_of", document="国家环境保护“十一五”规划")
        assert ("cites", "dev/009.txt") in [(row["direction"], row["other_doc_id"]) for row in cites]


def test_link_rules() -> None:
    documents = [
        Citable("a", "国务院关于印发《全国农业现代化规划》的通知", "全国农业现代化规划", "国发〔2016〕58号"),
        Citable("b", "政府工作报告", None, None),
        Citable("c", "城市绿化条例", None, None),
        Citable("d", "城市绿化条例", None, None),
    ]
    citations = [
        Citation("x", 0, "某某规划", "国发[2016]58号"),  # the 文号 decides, brackets folded
        Citation("x", 1, "全國農業現代化規劃", None),  # Traditional title of the transmitted plan
        Citation("x", 2, "政府工作报告", None),  # a bare document type names no one document
        Citation("x", 3, "城市绿化条例", None),  # two versions: both, candidates 2
        Citation("x", 4, "规划", None),  # an abbreviation
        Citation("a", 5, "全国农业现代化规划", None),  # a document does not cite itself
    ]
    found = {
        (link.citation_id, link.cited_doc_id, link.matched_by, link.candidates)
        for link in find_links(documents, citations)
    }
    assert found == {
        (0, "a", MatchedBy.DOC_NUMBER, 1),
        (1, "a", MatchedBy.TRANSMITTED_TITLE, 1),
        (3, "c", MatchedBy.TITLE, 2),
        (3, "d", MatchedBy.TITLE, 2),
    }
    assert title_key("《规划》") == "" and title_key("政府工作报告") == ""


def test_canned_queries_on_the_dev_set(corpus_db: Path, corpus_notices: list[Notice]) -> None:
    pairs = list(zip(ids(corpus_notices), corpus_notices, strict=True))
    with sqlite3.connect(corpus_db) as connection:
        rows = queries.run(connection, "targets_on", year="2020", topic="5G")
        expected = [
            (doc_id, i)
            for doc_id, n in pairs
            for i, t in enumerate(n.targets)
            if t.deadline.year == 2020 and "5g" in fold_for_search(t.text)
        ]
        assert sorted((r["doc_id"], r["target_id"]) for r in rows) == sorted(expected) and expected
        assert {r["document"] for r in rows} >= {"河北省加快推進新型智慧城市建設"}
        everything = queries.run(connection, "targets_on", year="2025")
        assert len(everything) == sum(t.deadline.year == 2025 for _, n in pairs for t in n.targets)

        leaders = queries.run(connection, "agencies_leading_tasks")
        led: Counter[str] = Counter()
        for _, n in pairs:
            for task in n.tasks:
                for name in {a.name for a in (*task.lead, *task.responsible)}:
                    led[name] += 1
        top = max(led.values())
        assert leaders[0]["tasks_led"] == top and led[leaders[0]["agency"]] == top
        assert {r["agency"]: r["tasks_led"] for r in leaders if r["tasks_led"]} == dict(led)

        reappear = queries.run(connection, "targets_of_cited_documents", document="落实科学发展观")
        cited, citing = dict(pairs)["dev/009.txt"], dict(pairs)["blind/docs/b02.txt"]
        same_year = [
            (a.text, b.text)
            for a in cited.targets
            for b in citing.targets
            if a.deadline.year == b.deadline.year is not None
        ]
        assert (
            sorted((r["cited_target"], r["citing_target"]) for r in reappear) == sorted(same_year)
            and same_year
        )

        by_year = queries.run(connection, "targets_by_year")
        assert sum(r["targets"] for r in by_year) == sum(
            t.deadline.year is not None for _, n in pairs for t in n.targets
        )


def test_every_canned_query_runs_with_empty_parameters(corpus_db: Path) -> None:
    with sqlite3.connect(corpus_db) as connection:
        for query in queries.QUERIES:
            queries.run(connection, query.name)


def test_every_searched_table_has_both_indexes(corpus_db: Path) -> None:
    with sqlite3.connect(corpus_db) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        for searched in SEARCHED:
            assert {searched.pairs, searched.trigrams} <= names
            count = connection.execute(
                f'SELECT COUNT(*) FROM "{searched.table}" WHERE "{searched.column}" IS NOT NULL'
            ).fetchone()[0]
            assert connection.execute(f'SELECT COUNT(*) FROM "{searched.pairs}"').fetchone()[0] == count
