"""The machinery of the export tables: a :class:`Table` of typed :class:`Column` s.

A :class:`Table` names the elements it has one row for and lists its columns; a column that
is a model field takes its type from the model's annotation (:func:`field`), a computed column
states its type once beside the code that computes it (:func:`computed`). The tables themselves
are defined in :mod:`policyparse.tables`.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel

from policyparse.models import Notice

ColumnType = Literal["str", "int", "float", "bool", "date"]

Row = dict[str, Any]
Rows = dict[str, list[Row]]


@dataclass(frozen=True)
class Source:
    """The document a row belongs to: its id, its path as recorded, and the notice."""

    doc_id: str
    path: str | None
    notice: Notice


@dataclass(frozen=True)
class Item:
    """One element a row is made from, with its document and its position.

    Attributes:
        source: The document.
        element: The model instance (a Heading, a Target …; the Notice for ``documents``).
        index: Its position (``target_id``, ``indicator_id``, ``assignment_id`` …).
        owner: The position of what it belongs to (the ``target_id`` of an indicator, the
            task ordinal or assignment position of an agency).
        label: The kind of owner (``task``/``assignment``) and the role (``lead`` …) of an agency.
    """

    source: Source
    element: Any
    index: int = 0
    owner: int = 0
    label: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class Column:
    """A column: its name, its type, and how its value is read from an :class:`Item`."""

    name: str
    type: ColumnType
    read: Callable[[Item], Any]


_SCALARS: tuple[tuple[type, ColumnType], ...] = (
    (bool, "bool"),  # before int: bool is an int
    (int, "int"),
    (float, "float"),
    (dt.date, "date"),
    (str, "str"),
    (Enum, "str"),
)


def column_type(model: type[BaseModel], name: str) -> ColumnType:
    """The column type of a model field, from its annotation (``int | None`` → ``int``)."""
    annotation = model.model_fields[name].annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(arg for arg in typing.get_args(annotation) if arg is not type(None))
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is Literal:
        annotation = type(typing.get_args(annotation)[0])
    for scalar, kind in _SCALARS:
        if isinstance(annotation, type) and issubclass(annotation, scalar):
            return kind
    raise TypeError(f"{model.__name__}.{name} is not a scalar field: {annotation!r}")


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def field(
    model: type[BaseModel], attribute: str, name: str | None = None, of: Callable[[Item], Any] | None = None
) -> Column:
    """A column holding ``attribute`` of the item's element (or of ``of(item)``), typed from ``model``."""
    reach = of or (lambda item: item.element)

    def read(item: Item) -> Any:
        owner = reach(item)
        return None if owner is None else _plain(getattr(owner, attribute))

    return Column(name or attribute, column_type(model, attribute), read)


def computed(name: str, kind: ColumnType, read: Callable[[Item], Any]) -> Column:
    """A column whose value is computed from the item."""
    return Column(name, kind, read)


@dataclass(frozen=True)
class Table:
    """A table: its name, the items it has a row for, and its columns (``doc_id`` first)."""

    name: str
    items: Callable[[Source], Iterable[Item]]
    columns: tuple[Column, ...]

    def rows(self, source: Source) -> list[Row]:
        """The rows of one document."""
        return [{column.name: column.read(item) for column in self.columns} for item in self.items(source)]


__all__ = [
    "Column",
    "ColumnType",
    "Item",
    "Row",
    "Rows",
    "Source",
    "Table",
    "column_type",
    "computed",
    "field",
]
