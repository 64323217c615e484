"""WordprocessingML names and attribute reading shared by the ``.docx`` reader's modules."""

from __future__ import annotations

from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    """The qualified name of a WordprocessingML element or attribute (``w:tag``)."""
    return f"{{{W}}}{tag}"


def attr(element: Any, name: str) -> str | None:
    """The ``w:name`` attribute of ``element`` (``None`` for a missing element or attribute)."""
    if element is None:
        return None
    value = element.get(w(name))
    return str(value) if value is not None else None


def to_int(value: str | None, default: int) -> int:
    """``value`` as an integer, ``default`` when it is missing or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def list_properties(properties: Any) -> tuple[str | None, str | None]:
    """The list (``w:numId``) and level (``w:ilvl``) named by the ``w:numPr`` of paragraph
    properties (``w:pPr``, possibly ``None``)."""
    num_pr = properties.find(w("numPr")) if properties is not None else None
    if num_pr is None:
        return None, None
    return attr(num_pr.find(w("numId")), "val"), attr(num_pr.find(w("ilvl")), "val")
