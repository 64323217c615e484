"""The canned queries of the corpus database: the questions researchers ask across documents.

Each :class:`CannedQuery` is plain SQL over the export's tables and views, with named
parameters (``:topic``, ``:year`` …; an empty parameter means "any"). Text parameters are
matched with the functions :func:`policyparse.corpus.search.register_functions` adds (folded,
so either script works; ``policyparse_match`` finds two-character words too). ``policyparse
serve`` shows them as forms; Python can run them with :func:`run`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from policyparse.corpus.search import register_functions, search_sql


@dataclass(frozen=True)
class CannedQuery:
    """A named question with its SQL and parameters."""

    name: str
    title: str
    description: str
    sql: str
    params: tuple[str, ...]


def _titled(column: str, parameter: str) -> str:
    """``column`` (a doc_id) is a document whose title holds ``:parameter`` (found in the title's
    pair index, so in either script), or the parameter is empty."""
    return (
        f"(:{parameter} = '' OR {column} IN (SELECT doc_id FROM documents WHERE rowid IN "
        f"(SELECT rowid FROM documents_pairs WHERE documents_pairs MATCH policyparse_match(:{parameter}))))"
    )


_TOPIC = "(:topic = '' OR t.target_rowid IN (SELECT rowid FROM targets_pairs WHERE targets_pairs MATCH policyparse_match(:topic)))"
_YEAR = "(:year = '' OR t.deadline_year = CAST(:year AS INTEGER))"

QUERIES: tuple[CannedQuery, ...] = (
    CannedQuery(
        "search",
        "Search titles, headings, targets, tasks and assignments",
        "Every row holding the words (Simplified or Traditional, two characters or more; words "
        "separated by spaces must all occur; a phrase in double quotes is one word).",
        f"SELECT * FROM ({search_sql()}) ORDER BY date DESC, doc_id, kind, item LIMIT 1000",
        ("q",),
    ),
    CannedQuery(
        "targets_on",
        "Which documents set targets for a year on a topic, and what values?",
        "Targets due in YEAR (empty: any year) whose text holds TOPIC (e.g. 5G, 医保, 高标准农田; "
        "empty: any), with their document, date, issuers and indicators.",
        "SELECT t.document, t.date, t.issuers, t.deadline_year, t.deadline_text, t.text, t.indicators, "
        f"t.doc_id, t.target_id FROM target_details t WHERE {_YEAR} AND {_TOPIC} "
        "ORDER BY t.deadline_year, t.date DESC, t.doc_id, t.target_id",
        ("year", "topic"),
    ),
    CannedQuery(
        "agencies_leading_tasks",
        "Which agencies lead the most tasks?",
        "Agencies by the number of tasks they lead (牵头) or are responsible for (责任单位), with "
        "the tasks they support (配合) and the documents they appear in.",
        "SELECT name AS agency, "
        "COUNT(DISTINCT CASE WHEN role IN ('lead', 'responsible') THEN doc_id || '#' || owner_id END) AS tasks_led, "
        "COUNT(DISTINCT CASE WHEN role = 'lead' THEN doc_id || '#' || owner_id END) AS as_lead, "
        "COUNT(DISTINCT CASE WHEN role = 'responsible' THEN doc_id || '#' || owner_id END) AS as_responsible, "
        "COUNT(DISTINCT CASE WHEN role = 'support' THEN doc_id || '#' || owner_id END) AS tasks_supported, "
        "COUNT(DISTINCT doc_id) AS documents FROM agencies WHERE owner = 'task' "
        "GROUP BY name ORDER BY tasks_led DESC, tasks_supported DESC, agency LIMIT 200",
        (),
    ),
    CannedQuery(
        "targets_of_cited_documents",
        "How did the targets of a plan reappear in the documents that cite it?",
        "For each document citing one whose title holds DOCUMENT (empty: any), the cited "
        "document's targets next to the citing document's targets due the same year.",
        "SELECT c.title AS cited_document, n.deadline_year, n.text AS cited_target, n.indicators AS cited_indicators, "
        "p.document AS citing_document, p.date AS citing_date, p.text AS citing_target, p.indicators AS citing_indicators, "
        "l.cited_doc_id, l.doc_id "
        # the pairs of documents with targets, one citing the other, before the targets are joined
        "FROM (SELECT DISTINCT l.doc_id, l.cited_doc_id FROM documents c JOIN links l ON l.cited_doc_id = c.doc_id "
        "JOIN documents q ON q.doc_id = l.doc_id WHERE c.n_targets > 0 AND q.n_targets > 0 "
        f"AND {_titled('c.doc_id', 'document')}) l "
        "JOIN documents c ON c.doc_id = l.cited_doc_id "
        "JOIN target_details n ON n.doc_id = l.cited_doc_id "
        "JOIN target_details p ON p.doc_id = l.doc_id AND p.deadline_year = n.deadline_year "
        "ORDER BY cited_document, n.deadline_year, n.target_id, p.date, l.doc_id, p.target_id",
        ("document",),
    ),
    CannedQuery(
        "citations_of",
        "Which documents of the corpus does a document cite, and which cite it?",
        "Links in both directions for the documents whose title holds DOCUMENT (either script; empty: "
        "every document).",
        "SELECT 'cites' AS direction, document, doc_id, cited_document AS other, cited_doc_id AS other_doc_id, "
        "cited_date AS other_date, cited_as, cited_number, matched_by, candidates FROM document_links "
        f"WHERE {_titled('doc_id', 'document')} "
        "UNION ALL SELECT 'cited by', cited_document, cited_doc_id, document, doc_id, date, cited_as, cited_number, "
        f"matched_by, candidates FROM document_links WHERE {_titled('cited_doc_id', 'document')} "
        "ORDER BY 2, 1, 6",
        ("document",),
    ),
    CannedQuery(
        "targets_by_year",
        "How many targets fall due each year?",
        "Targets by deadline year and document kind, with the number of documents setting them.",
        "SELECT deadline_year, document_kind, COUNT(*) AS targets, COUNT(DISTINCT doc_id) AS documents, "
        "SUM(n_indicators) AS indicators FROM target_details WHERE deadline_year IS NOT NULL "
        "GROUP BY deadline_year, document_kind ORDER BY deadline_year, document_kind",
        (),
    ),
)

#: The queries by name.
BY_NAME: dict[str, CannedQuery] = {query.name: query for query in QUERIES}


def run(connection: sqlite3.Connection, name: str, **params: str) -> list[dict[str, Any]]:
    """Run canned query ``name`` with ``params`` (missing ones are empty: any); rows as dicts."""
    query = BY_NAME[name]
    register_functions(connection)
    values: Mapping[str, str] = {param: params.get(param, "") for param in query.params}
    cursor = connection.execute(query.sql, values)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


__all__ = ["BY_NAME", "QUERIES", "CannedQuery", "run"]
