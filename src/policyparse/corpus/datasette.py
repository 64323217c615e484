"""The Datasette metadata of a corpus database: descriptions, facets, search boxes, canned queries.

:func:`metadata` returns the dict ``policyparse serve`` gives Datasette, and ``policyparse
serve DB --write-metadata FILE`` writes it for ``datasette DB -m FILE``. It is plain data built
from :mod:`~policyparse.corpus.descriptions`, :mod:`~policyparse.corpus.queries` and the
export's tables, so this module imports no Datasette.

The search box Datasette draws on a table page uses the table's trigram index (three
characters or more, Simplified script; see :mod:`policyparse.corpus.search`); the ``search``
query finds any word in either script.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import Any

from policyparse.corpus import descriptions
from policyparse.corpus.database import VIEWS, create_views
from policyparse.corpus.links import LINKS_TABLE
from policyparse.corpus.queries import QUERIES
from policyparse.corpus.search import SEARCHED
from policyparse.tables import TABLES

#: Facets shown on each table or view (document kind, issuer, year, agency, deadline year …).
FACETS: dict[str, list[str]] = {
    "documents": ["kind", "year", "doc_type"],
    "documents_by_issuer": ["issuer", "kind", "year"],
    "issuers": ["name"],
    "targets": ["deadline_year", "kind"],
    "target_details": ["deadline_year", "document_kind", "year", "kind"],
    "tasks": ["deadline_year"],
    "task_owners": ["agency", "role", "year", "deadline_year"],
    "agencies": ["name", "role", "owner"],
    "links": ["matched_by"],
    "document_links": ["matched_by"],
    "diagnostics": ["code", "severity"],
}

#: Views searchable through a table's trigram index: view -> (index, the view's rowid column).
VIEW_SEARCH: dict[str, tuple[str, str]] = {
    "target_details": ("targets_fts", "target_rowid"),
    "task_owners": ("tasks_fts", "task_rowid"),
}

#: Sort order of each table page (newest documents first, targets by deadline year).
SORT: dict[str, tuple[str, str]] = {
    "documents": ("sort_desc", "date"),
    "documents_by_issuer": ("sort_desc", "date"),
    "target_details": ("sort", "deadline_year"),
}

SEARCH_NOTE = (
    " Its search box matches three characters or more in Simplified script; the search query "
    "finds any word, in either script."
)

DESCRIPTION = (
    "Notices parsed by policyparse: documents, headings, targets with their indicators, tasks "
    "with their agencies, citations and the links they make between documents. Every table joins "
    "documents by doc_id. The canned queries below answer the common questions; the search query "
    "finds a word (两个字 such as 医保 or 5G included, Simplified or Traditional) in titles, "
    "headings, targets, tasks and assignments."
)


@lru_cache(maxsize=1)
def database_columns() -> dict[str, list[str]]:
    """The columns of every table and view of a corpus database, read from an empty one."""
    from policyparse.export import create_schema

    connection = sqlite3.connect(":memory:")
    try:
        create_schema(connection)
        connection.execute(LINKS_TABLE)
        create_views(connection)
        names = [*TABLES, "links", *VIEWS]
        return {
            name: [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')] for name in names
        }
    finally:
        connection.close()


def _table(name: str, columns_of: list[str]) -> dict[str, Any]:
    searched = {s.table: s.trigrams for s in SEARCHED}
    entry: dict[str, Any] = {"description": descriptions.TABLES[name]}
    columns = {column: descriptions.describe(name, column) for column in columns_of}
    entry["columns"] = {column: text for column, text in columns.items() if text}
    if name in FACETS:
        entry["facets"] = FACETS[name]
    if name in searched:
        entry["fts_table"] = searched[name]
        entry["description"] += "." + SEARCH_NOTE
    elif name in VIEW_SEARCH:
        entry["fts_table"], entry["fts_pk"] = VIEW_SEARCH[name]
        entry["description"] += "." + SEARCH_NOTE
    if name in SORT:
        key, column = SORT[name]
        entry[key] = column
    if name == "documents":
        entry["label_column"] = "title"
    return entry


def metadata(database: str = "corpus") -> dict[str, Any]:
    """The Datasette metadata for a corpus database served under the name ``database``
    (Datasette names a database after its file: ``corpus.db`` is ``corpus``)."""
    return {
        "title": "policyparse corpus",
        "description": DESCRIPTION,
        "databases": {
            database: {
                "description": DESCRIPTION,
                "tables": {name: _table(name, columns) for name, columns in database_columns().items()},
                "queries": {
                    query.name: {
                        "title": query.title,
                        "description": query.description,
                        "sql": query.sql,
                        **({"params": list(query.params)} if query.params else {}),
                    }
                    for query in QUERIES
                },
            }
        },
    }


__all__ = ["FACETS", "SORT", "VIEW_SEARCH", "database_columns", "metadata"]
