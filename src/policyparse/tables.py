"""The export tables: one column spec per table, from which every format is derived.

A :class:`Table` names the elements it has one row for (the targets of a notice, the
agencies of its tasks …) and lists its :class:`Column` s: a name, a type and how the value
is read. A column that is a model field takes its type from the model's annotation
(:func:`field`), so the tables, the rows (:func:`notice_rows`), the SQLite/Arrow/pandas/CSV
schemas and the documentation check in ``tests/`` cannot drift apart; computed columns (counts,
joined names) state their type once, beside the code that computes them.

Every table starts with ``doc_id`` (see :func:`document_id`); ``documents`` has one row per
document and the other tables refer to it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import PurePath

from policyparse.columns import (
    Column,
    ColumnType,
    Item,
    Row,
    Rows,
    Source,
    Table,
    column_type,
    computed,
    field,
)
from policyparse.models import (
    Agency,
    Assignment,
    Deadline,
    Diagnostic,
    DocNumber,
    Heading,
    Indicator,
    Metadata,
    Notice,
    Reference,
    SourceInfo,
    Target,
    Task,
)

#: Separator of list values joined into one cell (issuers, task agencies, keywords).
JOIN = "；"
#: The record path of standard input: such a document is identified by its text's hash.
STDIN_PATH = "<stdin>"
#: Roles an agency is named in, in column order.
ROLES = ("lead", "support", "responsible")


DOC_ID = computed("doc_id", "str", lambda item: item.source.doc_id)


def _joined(values: Iterable[str]) -> str | None:
    return JOIN.join(values) or None


def _text_sha1(item: Item) -> str | None:
    text = item.source.notice.text
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest() if text else None


def _meta(item: Item) -> Metadata:
    return item.source.notice.metadata


def _src(item: Item) -> SourceInfo:
    return item.source.notice.source


def _year(item: Item) -> int | None:
    date = _meta(item).date
    return date.year if date is not None else None


def _count(attribute: str) -> Column:
    return computed(f"n_{attribute}", "int", lambda item: len(getattr(item.source.notice, attribute)))


DOCUMENTS = Table(
    "documents",
    lambda source: [Item(source, source.notice)],
    (
        DOC_ID,
        computed("path", "str", lambda item: item.source.path),
        computed("text_sha1", "str", _text_sha1),
        field(SourceInfo, "format", of=_src),
        field(SourceInfo, "encoding", of=_src),
        field(Notice, "kind"),
        computed("chars", "int", lambda item: len(item.source.notice.text) or None),
        field(Metadata, "title", of=_meta),
        field(Metadata, "doc_number", of=_meta),
        field(Metadata, "doc_type", of=_meta),
        field(Metadata, "date", of=_meta),
        computed("year", "int", _year),
        computed("issuers", "str", lambda item: _joined(_meta(item).issuers)),
        field(Metadata, "transmitted_title", of=_meta),
        field(Notice, "stated_task_count"),
        *(
            _count(name)
            for name in ("headings", "articles", "targets", "tasks", "assignments", "diagnostics")
        ),
    ),
)

HEADINGS = Table(
    "headings",
    lambda source: [Item(source, heading) for heading in source.notice.headings],
    (
        DOC_ID,
        field(Heading, "id", "heading_id"),
        *(field(Heading, name) for name in ("parent", "level", "part", "kind", "marker", "marker_kind")),
        *(field(Heading, name) for name in ("number", "title", "start", "end", "section_end")),
    ),
)


def _deadline(item: Item) -> Deadline:
    deadline: Deadline = item.element.deadline
    return deadline


TARGETS = Table(
    "targets",
    lambda source: [Item(source, target, index) for index, target in enumerate(source.notice.targets)],
    (
        DOC_ID,
        computed("target_id", "int", lambda item: item.index),
        *(field(Target, name) for name in ("kind", "heading", "text", "start", "end")),
        *(
            field(Deadline, name, f"deadline_{name}", of=_deadline)
            for name in ("text", "year", "month", "day", "precision", "relation", "period", "relative")
        ),
        computed("n_indicators", "int", lambda item: len(item.element.indicators)),
    ),
)


def _indicators(source: Source) -> Iterator[Item]:
    for target_id, target in enumerate(source.notice.targets):
        for index, indicator in enumerate(target.indicators):
            yield Item(source, indicator, index, target_id)


INDICATORS = Table(
    "indicators",
    _indicators,
    (
        DOC_ID,
        computed("target_id", "int", lambda item: item.owner),
        computed("indicator_id", "int", lambda item: item.index),
        *(field(Indicator, name) for name in ("metric", "comparator", "value", "unit", "raw_value", "text")),
        field(Indicator, "start"),
        field(Indicator, "end"),
    ),
)


def _names(role: str) -> Column:
    return computed(role, "str", lambda item: _joined(agency.name for agency in getattr(item.element, role)))


def _task_deadline(item: Item) -> Deadline | None:
    deadline: Deadline | None = item.element.deadline
    return deadline


TASKS = Table(
    "tasks",
    lambda source: [Item(source, task) for task in source.notice.tasks],
    (
        DOC_ID,
        *(field(Task, name) for name in ("ordinal", "marker", "title", "heading", "start", "end")),
        *(_names(role) for role in ROLES),
        computed(
            "text", "str", lambda item: item.source.notice.text[item.element.start : item.element.end] or None
        ),
        field(Deadline, "text", "deadline_text", of=_task_deadline),
        field(Deadline, "year", "deadline_year", of=_task_deadline),
        field(Task, "deadline_note"),
        computed("n_sub_items", "int", lambda item: len(item.element.sub_items)),
        computed("keywords", "str", lambda item: _joined(item.element.keywords)),
    ),
)

ASSIGNMENTS = Table(
    "assignments",
    lambda source: [Item(source, note, index) for index, note in enumerate(source.notice.assignments)],
    (
        DOC_ID,
        computed("assignment_id", "int", lambda item: item.index),
        *(field(Assignment, name) for name in ("kind", "task", "heading", "text", "start", "end")),
    ),
)


def _agencies(source: Source) -> Iterator[Item]:
    holders: list[tuple[str, int, Task | Assignment]] = [
        ("task", task.ordinal, task) for task in source.notice.tasks
    ]
    holders += [("assignment", index, note) for index, note in enumerate(source.notice.assignments)]
    for owner, owner_id, holder in holders:
        for role in ROLES:
            for agency in getattr(holder, role):
                yield Item(source, agency, owner=owner_id, label=(owner, role))


AGENCIES = Table(
    "agencies",
    _agencies,
    (
        DOC_ID,
        computed("owner", "str", lambda item: item.label[0]),
        computed("owner_id", "int", lambda item: item.owner),
        computed("role", "str", lambda item: item.label[1]),
        *(field(Agency, name) for name in ("name", "start", "end")),
    ),
)

ISSUERS = Table(
    "issuers",
    lambda source: [Item(source, name, index) for index, name in enumerate(source.notice.metadata.issuers)],
    (
        DOC_ID,
        computed("issuer_id", "int", lambda item: item.index),
        computed("name", "str", lambda item: item.element),
    ),
)


def _number(item: Item) -> DocNumber | None:
    number: DocNumber | None = item.element.doc_number
    return number


CITATIONS = Table(
    "citations",
    lambda source: [Item(source, ref, index) for index, ref in enumerate(source.notice.metadata.references)],
    (
        DOC_ID,
        computed("citation_id", "int", lambda item: item.index),
        field(Reference, "title"),
        field(DocNumber, "canonical", "doc_number", of=_number),
        field(Reference, "start"),
        field(Reference, "end"),
    ),
)

DIAGNOSTICS = Table(
    "diagnostics",
    lambda source: [Item(source, diagnostic) for diagnostic in source.notice.diagnostics],
    (DOC_ID, *(field(Diagnostic, name) for name in ("code", "severity", "message", "start", "end"))),
)

#: Every table, in the order they are written.
SPECS: tuple[Table, ...] = (
    DOCUMENTS,
    HEADINGS,
    TARGETS,
    INDICATORS,
    TASKS,
    ASSIGNMENTS,
    AGENCIES,
    ISSUERS,
    CITATIONS,
    DIAGNOSTICS,
)

#: Table name -> ordered (column, type), derived from :data:`SPECS`.
TABLES: dict[str, list[tuple[str, ColumnType]]] = {
    table.name: [(column.name, column.type) for column in table.columns] for table in SPECS
}


def common_root(paths: Iterable[str | None]) -> str | None:
    """The deepest directory holding every file of ``paths`` (absolute), or ``None`` if none has a path."""
    parents = [os.path.dirname(os.path.abspath(path)) for path in paths if path and path != STDIN_PATH]
    return os.path.commonpath(parents) if parents else None


def document_id(notice: Notice, path: str | None = None, *, root: str | None = None) -> str:
    """The id joining a document's rows.

    The document's path (``path``, else ``notice.source.path``) relative to ``root``, with
    ``/`` separators, so that runs from absolute and relative paths give the same ids; without
    ``root``, the path as given. A document without a path (standard input) is ``sha1:`` and the
    first 16 hex digits of the SHA-1 of its text. ``documents.text_sha1`` holds the full hash of
    every document's text, for joins across exports made from different roots.
    """
    where = path or notice.source.path
    if where and where != STDIN_PATH:
        if root is None:
            return PurePath(where).as_posix()
        relative = os.path.relpath(os.path.abspath(where), os.path.abspath(root))
        return PurePath(relative if not relative.startswith("..") else os.path.abspath(where)).as_posix()
    basis = notice.text if notice.text else notice.model_dump_json()
    return "sha1:" + hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def notice_rows(
    notice: Notice, doc_id: str | None = None, *, path: str | None = None, root: str | None = None
) -> Rows:
    """The rows of every table for one notice (``doc_id`` defaults to :func:`document_id`)."""
    source = Source(doc_id or document_id(notice, path, root=root), path or notice.source.path, notice)
    return {table.name: table.rows(source) for table in SPECS}


__all__ = [
    "JOIN",
    "SPECS",
    "TABLES",
    "Column",
    "ColumnType",
    "Item",
    "Row",
    "Rows",
    "Source",
    "Table",
    "column_type",
    "common_root",
    "computed",
    "document_id",
    "field",
    "notice_rows",
]
