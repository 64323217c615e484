"""Tables joinable by document id: to SQLite, Parquet and CSV, and as pandas DataFrames.

Every table has a ``doc_id`` column; ``documents`` has one row per document and the others
refer to it. The id is the document's path relative to a root (``root=``; the CLI uses the
deepest directory holding all the documents exported, or ``--root``), so exports of the same
files joined from absolute and relative paths agree; a document without a path is ``sha1:``
and 16 hex digits of its text's SHA-1. ``documents.text_sha1`` is the full hash of the text
(see :func:`~policyparse.tables.document_id`).

The columns are defined once per table in :mod:`policyparse.tables`; tables (see
:data:`TABLES` for column types):

* ``documents`` — one row per document: path, format, kind, title, 文号, date, counts;
* ``headings`` — the heading tree (``heading_id``, ``parent``, level, marker, title, spans);
* ``targets`` — dated targets with their main deadline (``target_id`` is the position);
* ``indicators`` — quantitative indicators, by ``target_id``;
* ``tasks`` — the principal task list by ``ordinal``, with its lead/support agencies joined;
* ``assignments`` — responsibility notes and clauses (``assignment_id`` is the position);
* ``agencies`` — one row per agency named in an assignment or a task, with its role;
* ``issuers`` — one row per issuing organ of a document;
* ``citations`` — the ``《…》`` titles a document cites, with their 文号;
* ``diagnostics`` — the coded diagnostics.

The SQLite database also has ``links`` (citations that name another document of the set),
full-text indexes and views (see :mod:`policyparse.corpus`).

Building the rows needs only the standard library, and so do :func:`to_sqlite` and
:func:`to_csv`; :func:`to_parquet` and :func:`to_dataframes` need the ``export`` extra
(pyarrow, pandas).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from policyparse.atomic import discard, temporary_next_to
from policyparse.corpus.database import finish
from policyparse.records import NoticeLike, as_notice, read_records
from policyparse.tables import JOIN, TABLES, Row, Rows, common_root, document_id, notice_rows

OnError = Callable[[NoticeLike, Exception], None]


def iter_rows(
    items: Iterable[NoticeLike], on_error: OnError | None = None, *, root: str | Path | None = None
) -> Iterator[Rows]:
    """The rows of each notice or ``ok`` record in ``items`` (error records are skipped).

    A record that is not a valid notice raises :class:`pydantic.ValidationError`, or, when
    ``on_error`` is given, is passed to it and skipped. ``doc_id`` is the document's path
    relative to ``root`` (see :func:`~policyparse.tables.document_id`).
    """
    for item in items:
        try:
            found = as_notice(item)
        except (ValueError, TypeError, KeyError) as error:  # pydantic.ValidationError is a ValueError
            if on_error is None:
                raise
            on_error(item, error)
            continue
        if found is not None:
            notice, path = found
            yield notice_rows(notice, path=path, root=None if root is None else str(root))


def collect_rows(items: Iterable[NoticeLike], *, root: str | Path | None = None) -> Rows:
    """All rows of ``items`` gathered per table (``root`` as in :func:`iter_rows`)."""
    tables: Rows = {name: [] for name in TABLES}
    for rows in iter_rows(items, root=root):
        for name, table_rows in rows.items():
            tables[name] += table_rows
    return tables


# ---------------------------------------------------------------------------------------------
# SQLite

_SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER", "date": "TEXT"}


def _sql_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def create_schema(connection: sqlite3.Connection) -> None:
    """Create the tables (``documents.doc_id`` is the primary key; the others index ``doc_id``)."""
    for name, columns in TABLES.items():
        definitions = [f'"{column}" {_SQL_TYPES[kind]}' for column, kind in columns]
        if name == "documents":
            definitions[0] += " PRIMARY KEY"
        else:
            definitions[0] += " NOT NULL REFERENCES documents(doc_id)"
        connection.execute(f'CREATE TABLE "{name}" ({", ".join(definitions)})')
        if name != "documents":
            connection.execute(f'CREATE INDEX "{name}_doc_id" ON "{name}" (doc_id)')


def _insert(connection: sqlite3.Connection, tables: Rows) -> None:
    for name, rows in tables.items():
        if not rows:
            continue
        columns = [column for column, _ in TABLES[name]]
        placeholders = ", ".join("?" for _ in columns)
        quoted = ", ".join(f'"{column}"' for column in columns)
        connection.executemany(
            f'INSERT OR REPLACE INTO "{name}" ({quoted}) VALUES ({placeholders})'
            if name == "documents"
            else f'INSERT INTO "{name}" ({quoted}) VALUES ({placeholders})',
            ([_sql_value(row.get(column)) for column in columns] for row in rows),
        )


def _chunks(
    items: Iterable[NoticeLike], size: int, on_error: OnError | None, root: str | Path | None = None
) -> Iterator[Rows]:
    tables: Rows = {name: [] for name in TABLES}
    count = 0
    for rows in iter_rows(items, on_error, root=root):
        for name, table_rows in rows.items():
            tables[name] += table_rows
        count += 1
        if count == size:
            yield tables
            tables, count = {name: [] for name in TABLES}, 0
    if count:
        yield tables


def to_sqlite(
    items: Iterable[NoticeLike],
    path: str | Path,
    *,
    chunk_size: int = 500,
    on_error: OnError | None = None,
    root: str | Path | None = None,
) -> dict[str, int]:
    """Write the tables to a new SQLite database at ``path`` and return the row count of each table.

    Once the tables are written, the corpus database is finished
    (:func:`policyparse.corpus.database.finish`): full-text indexes, the ``links`` between
    documents, indexes on ``doc_id``, year and agency, and the views for the common joins.
    The database is built in a temporary file next to ``path`` and moved into place at the
    end, so ``path`` is either the previous file or the complete new one. Documents with the
    same id (a path parsed twice) keep the last one. ``on_error`` and ``root`` are as in
    :func:`iter_rows`.
    """
    target = Path(path)
    temporary = temporary_next_to(target, ".db.tmp")
    counts = dict.fromkeys(TABLES, 0)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode=OFF")
            create_schema(connection)
            for tables in _chunks(items, chunk_size, on_error, root):
                ids = [row["doc_id"] for row in tables["documents"]]
                _delete_documents(connection, ids)
                _insert(connection, tables)
                connection.commit()
            finish(connection)
            for name in TABLES:
                counts[name] = int(connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0])
        finally:
            connection.close()
        os.replace(temporary, target)
    except BaseException:
        discard(temporary)
        raise
    return counts


def _delete_documents(connection: sqlite3.Connection, ids: list[str]) -> None:
    """Remove earlier rows of documents about to be written again (a path present twice)."""
    for name in TABLES:
        connection.executemany(f'DELETE FROM "{name}" WHERE doc_id = ?', ((doc_id,) for doc_id in ids))


# ---------------------------------------------------------------------------------------------
# Arrow, Parquet, pandas


def _plain_schema(name: str) -> Any:
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    return pa.schema([(column, types[kind]) for column, kind in TABLES[name]])


def arrow_schema(name: str) -> Any:
    """The :class:`pyarrow.Schema` of table ``name``, with the pandas metadata of its DataFrame.

    The metadata names the nullable dtypes (``Int64``, ``boolean``, ``string``, ``Float64``),
    so ``pandas.read_parquet`` of a file written by :func:`to_parquet` gives the dtypes
    :func:`to_dataframes` gives, not ``float64`` for an integer column with nulls.
    """
    import pyarrow as pa

    schema = _plain_schema(name)
    try:
        metadata = pa.Schema.from_pandas(_frame(name, []), preserve_index=False).metadata
    except ImportError:  # pandas is not installed: a plain schema
        return schema
    return schema.with_metadata(metadata)


def _table(schema: Any, rows: list[Row]) -> Any:
    import pyarrow as pa

    columns = {column: [row.get(column) for row in rows] for column in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def to_arrow(name: str, rows: list[Row]) -> Any:
    """A :class:`pyarrow.Table` of ``rows`` with the schema of table ``name`` (typed even when empty)."""
    return _table(arrow_schema(name), rows)


def to_parquet(
    items: Iterable[NoticeLike],
    directory: str | Path,
    *,
    chunk_size: int = 500,
    on_error: OnError | None = None,
    root: str | Path | None = None,
) -> dict[str, int]:
    """Write one Parquet file per table (``documents.parquet`` …) into ``directory``; return row counts.

    Rows are written in row groups of ``chunk_size`` documents, so memory stays bounded; each
    file is written to a temporary name and moved into place when complete. ``on_error`` and
    ``root`` are as in :func:`iter_rows`. The files carry pandas metadata, so
    ``pandas.read_parquet`` gives the nullable dtypes of :func:`to_dataframes` (``Int64`` …).
    """
    import pyarrow.parquet as pq

    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    temporaries = {name: temporary_next_to(target / f"{name}.parquet", ".tmp") for name in TABLES}
    writers = {name: pq.ParquetWriter(str(temporaries[name]), arrow_schema(name)) for name in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    try:
        for tables in _chunks(items, chunk_size, on_error, root):
            for name, rows in tables.items():
                if rows:
                    writers[name].write_table(to_arrow(name, rows))
                    counts[name] += len(rows)
        for writer in writers.values():
            writer.close()
        for name, temporary in temporaries.items():
            os.replace(temporary, target / f"{name}.parquet")
    except BaseException:
        for writer in writers.values():
            with contextlib.suppress(Exception):
                writer.close()
        for temporary in temporaries.values():
            discard(temporary)
        raise
    return counts


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_csv(
    items: Iterable[NoticeLike],
    directory: str | Path,
    *,
    on_error: OnError | None = None,
    root: str | Path | None = None,
) -> dict[str, int]:
    """Write one CSV file per table (``documents.csv`` …) into ``directory``; return row counts.

    UTF-8 with a header row; an empty cell is a null, booleans are ``true``/``false`` and dates
    ISO ``YYYY-MM-DD``. Each file is written to a temporary name and moved into place when
    complete. ``on_error`` and ``root`` are as in :func:`iter_rows`.
    """
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    temporaries = {name: temporary_next_to(target / f"{name}.csv", ".tmp") for name in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    with contextlib.ExitStack() as stack:
        handles = {
            name: stack.enter_context(temporary.open("w", encoding="utf-8", newline=""))
            for name, temporary in temporaries.items()
        }
        writers = {name: csv.writer(handle) for name, handle in handles.items()}
        try:
            names = {table: [column for column, _ in columns] for table, columns in TABLES.items()}
            for table, header in names.items():
                writers[table].writerow(header)
            for rows in iter_rows(items, on_error, root=root):
                for name, table_rows in rows.items():
                    header = names[name]
                    writers[name].writerows([_csv_value(row.get(c)) for c in header] for row in table_rows)
                    counts[name] += len(table_rows)
        except BaseException:
            for temporary in temporaries.values():
                discard(temporary)
            raise
    for name, temporary in temporaries.items():
        os.replace(temporary, target / f"{name}.csv")
    return counts


def empty_dataframes() -> dict[str, Any]:
    """Empty DataFrames with every table's columns and dtypes (the ``meta`` of Dask DataFrames)."""
    return {name: _frame(name, []) for name in TABLES}


def _frame(name: str, rows: list[Row]) -> Any:
    import pandas as pd
    import pyarrow as pa

    mapping = {
        pa.int64(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.string(): pd.StringDtype(),
        pa.float64(): pd.Float64Dtype(),
    }
    return _table(_plain_schema(name), rows).to_pandas(types_mapper=mapping.get, date_as_object=True)


def rows_to_dataframes(tables: Rows) -> dict[str, Any]:
    """pandas DataFrames from rows gathered per table (nullable dtypes; dates as ``datetime.date``)."""
    return {name: _frame(name, tables.get(name, [])) for name in TABLES}


def to_dataframes(notices: Iterable[NoticeLike], *, root: str | Path | None = None) -> dict[str, Any]:
    """The tables of ``notices`` as pandas DataFrames, keyed by table name.

    ``notices`` may hold :class:`Notice` objects, the records ``policyparse parse`` writes (error
    records are skipped), or notice dicts. Example::

        frames = to_dataframes(parse_file(p) for p in paths)
        frames["targets"].merge(frames["documents"], on="doc_id")
    """
    return rows_to_dataframes(collect_rows(notices, root=root))


__all__ = [
    "JOIN",
    "TABLES",
    "arrow_schema",
    "as_notice",
    "collect_rows",
    "common_root",
    "create_schema",
    "document_id",
    "empty_dataframes",
    "iter_rows",
    "notice_rows",
    "read_records",
    "rows_to_dataframes",
    "to_arrow",
    "to_csv",
    "to_dataframes",
    "to_parquet",
    "to_sqlite",
]
