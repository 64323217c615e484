"""Tables joinable by document id: to SQLite, to Parquet, and as pandas DataFrames.

Every table has a ``doc_id`` column; ``documents`` has one row per document and the others
refer to it. The id is the document's source path when it has one, else ``sha1:`` and the
first 16 hex digits of the SHA-1 of its text (see :func:`document_id`).

Tables (see :data:`TABLES` for column types):

* ``documents`` — one row per document: path, format, kind, title, 文号, date, counts;
* ``headings`` — the heading tree (``heading_id``, ``parent``, level, marker, title, spans);
* ``targets`` — dated targets with their main deadline (``target_id`` is the position);
* ``indicators`` — quantitative indicators, by ``target_id``;
* ``tasks`` — the principal task list by ``ordinal``, with its lead/support agencies joined;
* ``assignments`` — responsibility notes and clauses (``assignment_id`` is the position);
* ``agencies`` — one row per agency named in an assignment or a task, with its role;
* ``diagnostics`` — the coded diagnostics.

Building the rows needs only the standard library, and so does :func:`to_sqlite`;
:func:`to_parquet` and :func:`to_dataframes` need the ``export`` extra (pyarrow, pandas).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Literal, TypeAlias

from policyparse.atomic import discard, temporary_next_to
from policyparse.models import Agency, Deadline, Notice

ColumnType = Literal["str", "int", "float", "bool", "date"]

#: Table name -> ordered (column, type). ``doc_id`` comes first in every table.
TABLES: dict[str, list[tuple[str, ColumnType]]] = {
    "documents": [
        ("doc_id", "str"),
        ("path", "str"),
        ("format", "str"),
        ("encoding", "str"),
        ("kind", "str"),
        ("chars", "int"),
        ("title", "str"),
        ("doc_number", "str"),
        ("doc_type", "str"),
        ("date", "date"),
        ("issuers", "str"),
        ("transmitted_title", "str"),
        ("stated_task_count", "int"),
        ("n_headings", "int"),
        ("n_articles", "int"),
        ("n_targets", "int"),
        ("n_tasks", "int"),
        ("n_assignments", "int"),
        ("n_diagnostics", "int"),
    ],
    "headings": [
        ("doc_id", "str"),
        ("heading_id", "int"),
        ("parent", "int"),
        ("level", "int"),
        ("part", "int"),
        ("kind", "str"),
        ("marker", "str"),
        ("marker_kind", "str"),
        ("number", "int"),
        ("title", "str"),
        ("start", "int"),
        ("end", "int"),
        ("section_end", "int"),
    ],
    "targets": [
        ("doc_id", "str"),
        ("target_id", "int"),
        ("kind", "str"),
        ("heading", "int"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("deadline_text", "str"),
        ("deadline_year", "int"),
        ("deadline_month", "int"),
        ("deadline_day", "int"),
        ("deadline_precision", "str"),
        ("deadline_relation", "str"),
        ("deadline_period", "str"),
        ("deadline_relative", "bool"),
        ("n_indicators", "int"),
    ],
    "indicators": [
        ("doc_id", "str"),
        ("target_id", "int"),
        ("indicator_id", "int"),
        ("metric", "str"),
        ("comparator", "str"),
        ("value", "float"),
        ("unit", "str"),
        ("raw_value", "str"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "tasks": [
        ("doc_id", "str"),
        ("ordinal", "int"),
        ("marker", "str"),
        ("title", "str"),
        ("heading", "int"),
        ("start", "int"),
        ("end", "int"),
        ("lead", "str"),
        ("support", "str"),
        ("responsible", "str"),
        ("deadline_text", "str"),
        ("deadline_year", "int"),
        ("deadline_note", "str"),
        ("n_sub_items", "int"),
        ("keywords", "str"),
    ],
    "assignments": [
        ("doc_id", "str"),
        ("assignment_id", "int"),
        ("kind", "str"),
        ("task", "int"),
        ("heading", "int"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "agencies": [
        ("doc_id", "str"),
        ("owner", "str"),
        ("owner_id", "int"),
        ("role", "str"),
        ("name", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "diagnostics": [
        ("doc_id", "str"),
        ("code", "str"),
        ("severity", "str"),
        ("message", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
}

#: Separator of list values joined into one cell (issuers, task agencies, keywords).
JOIN = "；"

Row = dict[str, Any]
Rows = dict[str, list[Row]]
NoticeLike: TypeAlias = Notice | Mapping[str, Any]


def document_id(notice: Notice, path: str | None = None) -> str:
    """The id joining a document's rows: its path, else ``sha1:`` + 16 hex digits of its text."""
    if path:
        return path
    if notice.source.path:
        return notice.source.path
    basis = notice.text if notice.text else notice.model_dump_json()
    return "sha1:" + hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _deadline(prefix: str, deadline: Deadline | None) -> Row:
    if deadline is None:
        return {f"{prefix}_text": None, f"{prefix}_year": None}
    return {f"{prefix}_text": deadline.text, f"{prefix}_year": deadline.year}


def _agency_rows(doc_id: str, owner: str, owner_id: int, roles: dict[str, list[Agency]]) -> list[Row]:
    return [
        {
            "doc_id": doc_id,
            "owner": owner,
            "owner_id": owner_id,
            "role": role,
            "name": agency.name,
            "start": agency.start,
            "end": agency.end,
        }
        for role, agencies in roles.items()
        for agency in agencies
    ]


def notice_rows(notice: Notice, doc_id: str | None = None, *, path: str | None = None) -> Rows:
    """The rows of every table for one notice (``doc_id`` defaults to :func:`document_id`)."""
    doc_id = doc_id or document_id(notice, path)
    meta = notice.metadata
    rows: Rows = {name: [] for name in TABLES}
    rows["documents"].append(
        {
            "doc_id": doc_id,
            "path": path or notice.source.path,
            "format": notice.source.format,
            "encoding": notice.source.encoding,
            "kind": notice.kind.value,
            "chars": len(notice.text) if notice.text else None,
            "title": meta.title,
            "doc_number": meta.doc_number,
            "doc_type": meta.doc_type,
            "date": meta.date,
            "issuers": JOIN.join(meta.issuers) or None,
            "transmitted_title": meta.transmitted_title,
            "stated_task_count": notice.stated_task_count,
            "n_headings": len(notice.headings),
            "n_articles": len(notice.articles),
            "n_targets": len(notice.targets),
            "n_tasks": len(notice.tasks),
            "n_assignments": len(notice.assignments),
            "n_diagnostics": len(notice.diagnostics),
        }
    )
    for heading in notice.headings:
        rows["headings"].append(
            {"doc_id": doc_id, "heading_id": heading.id, "kind": heading.kind.value}
            | heading.model_dump(
                include={
                    "parent",
                    "level",
                    "part",
                    "marker",
                    "marker_kind",
                    "number",
                    "title",
                    "start",
                    "end",
                    "section_end",
                }
            )
        )
    for target_id, target in enumerate(notice.targets):
        deadline = target.deadline
        rows["targets"].append(
            {
                "doc_id": doc_id,
                "target_id": target_id,
                "kind": target.kind.value,
                "heading": target.heading,
                "text": target.text,
                "start": target.start,
                "end": target.end,
                "deadline_text": deadline.text,
                "deadline_year": deadline.year,
                "deadline_month": deadline.month,
                "deadline_day": deadline.day,
                "deadline_precision": deadline.precision.value,
                "deadline_relation": deadline.relation.value,
                "deadline_period": deadline.period,
                "deadline_relative": deadline.relative,
                "n_indicators": len(target.indicators),
            }
        )
        for indicator_id, indicator in enumerate(target.indicators):
            rows["indicators"].append(
                {"doc_id": doc_id, "target_id": target_id, "indicator_id": indicator_id}
                | indicator.model_dump(
                    include={"metric", "comparator", "value", "unit", "raw_value", "text", "start", "end"}
                )
            )
    for task in notice.tasks:
        rows["tasks"].append(
            {
                "doc_id": doc_id,
                "ordinal": task.ordinal,
                "marker": task.marker,
                "title": task.title,
                "heading": task.heading,
                "start": task.start,
                "end": task.end,
                "lead": JOIN.join(a.name for a in task.lead) or None,
                "support": JOIN.join(a.name for a in task.support) or None,
                "responsible": JOIN.join(a.name for a in task.responsible) or None,
                **_deadline("deadline", task.deadline),
                "deadline_note": task.deadline_note,
                "n_sub_items": len(task.sub_items),
                "keywords": JOIN.join(task.keywords) or None,
            }
        )
        roles = {"lead": task.lead, "support": task.support, "responsible": task.responsible}
        rows["agencies"] += _agency_rows(doc_id, "task", task.ordinal, roles)
    for assignment_id, assignment in enumerate(notice.assignments):
        rows["assignments"].append(
            {
                "doc_id": doc_id,
                "assignment_id": assignment_id,
                "kind": assignment.kind.value,
                "task": assignment.task,
                "heading": assignment.heading,
                "text": assignment.text,
                "start": assignment.start,
                "end": assignment.end,
            }
        )
        roles = {
            "lead": assignment.lead,
            "support": assignment.support,
            "responsible": assignment.responsible,
        }
        rows["agencies"] += _agency_rows(doc_id, "assignment", assignment_id, roles)
    for diagnostic in notice.diagnostics:
        rows["diagnostics"].append(
            {
                "doc_id": doc_id,
                "code": diagnostic.code,
                "severity": diagnostic.severity.value,
                "message": diagnostic.message,
                "start": diagnostic.start,
                "end": diagnostic.end,
            }
        )
    return rows


# ---------------------------------------------------------------------------------------------
# Inputs: notices, records, JSON Lines files


def as_notice(item: NoticeLike) -> tuple[Notice, str | None] | None:
    """A :class:`Notice` and its record path from a notice, a record dict or a notice dict.

    Error records (``status`` ``"error"``) give ``None``. A notice written with ``--no-text``
    is accepted (its ``text`` is empty, so ``chars`` is null).
    """
    if isinstance(item, Notice):
        return item, None
    data = dict(item)
    path = data.get("path") if isinstance(data.get("path"), str) else None
    if "status" in data:
        if data["status"] != "ok":
            return None
        data = dict(data["notice"])
    data.setdefault("text", "")
    return Notice.model_validate(data), path


_RECORD_HEAD = re.compile(rb'^\{"path":("(?:[^"\\]|\\.)*"),"status":"')


def _record_path(raw: bytes) -> str | None:
    """The ``path`` of a record line, read from its head when it is in the form ``parse`` writes."""
    match = _RECORD_HEAD.match(raw, 0, 8192)
    if match is not None:
        value = json.loads(match.group(1))
        return value if isinstance(value, str) else None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    path = record.get("path") if isinstance(record, dict) and "status" in record else None
    return path if isinstance(path, str) else None


def _json_lines(lines: Iterable[bytes], keep: set[int] | None) -> Iterator[Mapping[str, Any]]:
    for number, raw in enumerate(lines):
        if keep is not None and number not in keep:
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError:
            continue  # a torn last line
        if isinstance(record, dict):
            yield record


def read_records(source: Path | IO[bytes]) -> Iterator[Mapping[str, Any]]:
    """Records from the JSON Lines that ``policyparse parse`` writes, streamed.

    From a file, when a path has several records (a ``--resume`` that retried a failure) only
    the last one is kept (a first pass reads just the heads of the lines). A file holding one
    pretty-printed JSON object (``parse`` of one file, an ``--out-dir`` file) is one notice.
    Lines that are not JSON (a torn last line) are skipped. From a stream, every record is kept.
    """
    if not isinstance(source, Path):
        first = source.readline()
        if first.strip() == b"{":
            yield json.loads(first + source.read())
            return
        yield from _json_lines(itertools.chain([first], source), None)
        return
    with source.open("rb") as handle:
        if handle.readline().strip() == b"{":
            handle.seek(0)
            yield json.loads(handle.read())
            return
        handle.seek(0)
        last: dict[str, int] = {}
        unkeyed: set[int] = set()
        lines = 0
        for number, raw in enumerate(handle):
            lines += 1
            path = _record_path(raw)
            if path is None:
                unkeyed.add(number)
            else:
                last[path] = number
        # keep everything when no path appears twice, else the last record of each path
        keep = None if len(last) + len(unkeyed) == lines else unkeyed | set(last.values())
        handle.seek(0)
        yield from _json_lines(handle, keep)


OnError = Callable[[NoticeLike, Exception], None]


def iter_rows(items: Iterable[NoticeLike], on_error: OnError | None = None) -> Iterator[Rows]:
    """The rows of each notice or ``ok`` record in ``items`` (error records are skipped).

    A record that is not a valid notice raises :class:`pydantic.ValidationError`, or, when
    ``on_error`` is given, is passed to it and skipped.
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
            yield notice_rows(notice, path=path)


def collect_rows(items: Iterable[NoticeLike]) -> Rows:
    """All rows of ``items`` gathered per table."""
    tables: Rows = {name: [] for name in TABLES}
    for rows in iter_rows(items):
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


def _chunks(items: Iterable[NoticeLike], size: int, on_error: OnError | None) -> Iterator[Rows]:
    tables: Rows = {name: [] for name in TABLES}
    count = 0
    for rows in iter_rows(items, on_error):
        for name, table_rows in rows.items():
            tables[name] += table_rows
        count += 1
        if count == size:
            yield tables
            tables, count = {name: [] for name in TABLES}, 0
    if count:
        yield tables


def to_sqlite(
    items: Iterable[NoticeLike], path: str | Path, *, chunk_size: int = 500, on_error: OnError | None = None
) -> dict[str, int]:
    """Write the tables to a new SQLite database at ``path`` and return the row count of each table.

    The database is built in a temporary file next to ``path`` and moved into place at the
    end, so ``path`` is either the previous file or the complete new one. Documents with the
    same id (a path parsed twice) keep the last one. ``on_error`` is as in :func:`iter_rows`.
    """
    target = Path(path)
    temporary = temporary_next_to(target, ".db.tmp")
    counts = dict.fromkeys(TABLES, 0)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode=OFF")
            create_schema(connection)
            for tables in _chunks(items, chunk_size, on_error):
                ids = [row["doc_id"] for row in tables["documents"]]
                _delete_documents(connection, ids)
                _insert(connection, tables)
                connection.commit()
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


def arrow_schema(name: str) -> Any:
    """The :class:`pyarrow.Schema` of table ``name``."""
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    return pa.schema([(column, types[kind]) for column, kind in TABLES[name]])


def to_arrow(name: str, rows: list[Row]) -> Any:
    """A :class:`pyarrow.Table` of ``rows`` with the schema of table ``name`` (typed even when empty)."""
    import pyarrow as pa

    schema = arrow_schema(name)
    columns = {column: [row.get(column) for row in rows] for column in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def to_parquet(
    items: Iterable[NoticeLike],
    directory: str | Path,
    *,
    chunk_size: int = 500,
    on_error: OnError | None = None,
) -> dict[str, int]:
    """Write one Parquet file per table (``documents.parquet`` …) into ``directory``; return row counts.

    Rows are written in row groups of ``chunk_size`` documents, so memory stays bounded; each
    file is written to a temporary name and moved into place when complete. ``on_error`` is
    as in :func:`iter_rows`.
    """
    import pyarrow.parquet as pq

    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    temporaries = {name: temporary_next_to(target / f"{name}.parquet") for name in TABLES}
    writers = {name: pq.ParquetWriter(str(temporaries[name]), arrow_schema(name)) for name in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    try:
        for tables in _chunks(items, chunk_size, on_error):
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
    return to_arrow(name, rows).to_pandas(types_mapper=mapping.get, date_as_object=True)


def rows_to_dataframes(tables: Rows) -> dict[str, Any]:
    """pandas DataFrames from rows gathered per table (nullable dtypes; dates as ``datetime.date``)."""
    return {name: _frame(name, tables.get(name, [])) for name in TABLES}


def to_dataframes(notices: Iterable[NoticeLike]) -> dict[str, Any]:
    """The tables of ``notices`` as pandas DataFrames, keyed by table name.

    ``notices`` may hold :class:`Notice` objects, the records ``policyparse parse`` writes (error
    records are skipped), or notice dicts. Example::

        frames = to_dataframes(parse_file(p) for p in paths)
        frames["targets"].merge(frames["documents"], on="doc_id")
    """
    return rows_to_dataframes(collect_rows(notices))


__all__ = [
    "JOIN",
    "TABLES",
    "arrow_schema",
    "as_notice",
    "collect_rows",
    "create_schema",
    "document_id",
    "empty_dataframes",
    "iter_rows",
    "notice_rows",
    "read_records",
    "rows_to_dataframes",
    "to_arrow",
    "to_dataframes",
    "to_parquet",
    "to_sqlite",
]
