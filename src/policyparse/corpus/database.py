"""The corpus database: what the SQLite export adds once every table is written.

:func:`finish` builds, in this order, the full-text indexes (:mod:`policyparse.corpus.search`),
the ``links`` table (:mod:`policyparse.corpus.links`), the indexes of :data:`INDEXES` (doc_id,
year, agency, and the keys the views join on), the views of :data:`VIEWS` and the planner's
statistics (``ANALYZE``). Every table's ``doc_id`` is a foreign key to ``documents``, and so is
``links.cited_doc_id``.
"""

from __future__ import annotations

import sqlite3

from policyparse.corpus.links import build_links
from policyparse.corpus.search import build_indexes

#: ``(table, columns)`` of each index beyond the ``doc_id`` index every table has.
INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("documents", ("year",)),
    ("documents", ("kind",)),
    ("documents", ("doc_number",)),
    ("issuers", ("name",)),
    ("targets", ("deadline_year",)),
    ("targets", ("doc_id", "target_id")),
    ("indicators", ("doc_id", "target_id")),
    ("tasks", ("deadline_year",)),
    ("tasks", ("doc_id", "ordinal")),
    ("agencies", ("name",)),
    ("agencies", ("owner", "name")),  # who leads the most tasks: 0.7 s -> 5 ms on 10^5 documents
    ("agencies", ("doc_id", "owner", "owner_id")),
    ("citations", ("doc_id", "citation_id")),
    ("links", ("doc_id",)),
    ("links", ("cited_doc_id",)),
)

_INDICATORS = "SELECT group_concat(i.text, '；') FROM indicators i WHERE i.doc_id = t.doc_id AND i.target_id = t.target_id"

#: The views for the common joins: name -> ``SELECT``.
VIEWS: dict[str, str] = {
    # a target with its document's title, date and issuers, and its indicators
    "target_details": (
        "SELECT t.rowid AS target_rowid, t.doc_id, d.title AS document, d.doc_number, d.date, d.year, "
        "d.issuers, d.kind AS document_kind, t.target_id, t.kind, t.deadline_year, t.deadline_text, t.text, "
        f"t.n_indicators, ({_INDICATORS}) AS indicators "
        "FROM targets t JOIN documents d ON d.doc_id = t.doc_id"
    ),
    # a task with one of its owners (one row per task and agency named for it)
    "task_owners": (
        "SELECT k.rowid AS task_rowid, k.doc_id, d.title AS document, d.date, d.year, d.issuers, k.ordinal, "
        "k.title AS task, a.role, a.name AS agency, k.deadline_year "
        "FROM agencies a JOIN tasks k ON k.doc_id = a.doc_id AND k.ordinal = a.owner_id "
        "JOIN documents d ON d.doc_id = k.doc_id WHERE a.owner = 'task'"
    ),
    # a document once per issuer, for facets by issuer
    "documents_by_issuer": (
        "SELECT d.doc_id, i.name AS issuer, d.title, d.doc_number, d.kind, d.doc_type, d.date, d.year, "
        "d.n_targets, d.n_tasks FROM documents d JOIN issuers i ON i.doc_id = d.doc_id"
    ),
    # a citation that names another document of the corpus, with both documents
    "document_links": (
        "SELECT l.doc_id, c.title AS document, c.date, l.cited_doc_id, t.title AS cited_document, "
        "t.date AS cited_date, r.title AS cited_as, r.doc_number AS cited_number, l.matched_by, l.candidates "
        "FROM links l JOIN documents c ON c.doc_id = l.doc_id JOIN documents t ON t.doc_id = l.cited_doc_id "
        "JOIN citations r ON r.doc_id = l.doc_id AND r.citation_id = l.citation_id"
    ),
}


def create_indexes(connection: sqlite3.Connection) -> None:
    """Create the indexes of :data:`INDEXES`; one that starts with ``doc_id`` replaces the table's
    ``doc_id`` index (it serves the same look-ups)."""
    for table, columns in INDEXES:
        name = f"{table}_{'_'.join(columns)}"
        quoted = ", ".join(f'"{column}"' for column in columns)
        connection.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({quoted})')
        if columns[0] == "doc_id" and len(columns) > 1:
            connection.execute(f'DROP INDEX IF EXISTS "{table}_doc_id"')


def create_views(connection: sqlite3.Connection) -> None:
    """Create the views of :data:`VIEWS`."""
    for name, select in VIEWS.items():
        connection.execute(f'CREATE VIEW "{name}" AS {select}')


def finish(connection: sqlite3.Connection) -> None:
    """Add the search indexes, the links, the indexes, the views and statistics to a written export."""
    build_indexes(connection)
    build_links(connection)
    create_indexes(connection)
    create_views(connection)
    connection.execute("ANALYZE")
    connection.commit()


__all__ = ["INDEXES", "VIEWS", "create_indexes", "create_views", "finish"]
