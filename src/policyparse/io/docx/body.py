"""The body of a Word document in reading order: paragraphs as lines, tables as rows.

A paragraph becomes a line (a manual line break ``<w:br/>`` inside it, a line break); tracked
deletions, hidden text, field codes and the fallback copies of text boxes are left out. A
paragraph in a Word list is preceded by the number Word shows for it
(:mod:`policyparse.io.docx.numbering`). A table becomes one line per row, the cells' text
joined by `` | `` (a merged cell once). Content controls and custom XML are looked through.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from policyparse.io.docx.numbering import Numbering
from policyparse.io.docx.wordml import MC, attr, list_properties, to_int, w

#: Subtrees whose text Word does not show in the paragraph (or shows elsewhere).
_SKIPPED = frozenset(
    {
        w("del"),
        w("moveFrom"),
        w("instrText"),
        w("delInstrText"),
        w("txbxContent"),
        w("pPr"),
        w("rPr"),
        w("footnoteReference"),
        w("endnoteReference"),
        f"{{{MC}}}Fallback",
    }
)
#: Elements that wrap paragraphs, rows or cells without changing them.
_WRAPPERS = frozenset({w("sdt"), w("customXml"), w("sdtContent"), w("ins"), w("moveTo")})

#: Nested tables deeper than this are not read.
MAX_TABLE_DEPTH = 8


def _hidden_run(run: Any) -> bool:
    """A run formatted as hidden text (``w:vanish``), which Word does not show."""
    properties = run.find(w("rPr"))
    vanish = properties.find(w("vanish")) if properties is not None else None
    return vanish is not None and attr(vanish, "val") not in {"0", "false", "off"}


def _paragraph_text(paragraph: Any) -> str:
    """The text Word shows for a ``w:p``: runs, tabs and breaks, without what it hides."""
    parts: list[str] = []
    stack: list[Any] = list(reversed(list(paragraph)))
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == w("r") and _hidden_run(element):
            continue
        if tag == w("t"):
            parts.append(element.text or "")
        elif tag == w("tab"):
            parts.append("\t")
        elif tag in {w("br"), w("cr")}:
            parts.append("\n")
        elif tag == w("noBreakHyphen"):
            parts.append("-")
        elif tag == w("sym"):
            code = _hex(attr(element, "char"))
            if code is not None and not 0xE000 <= code <= 0xF8FF:
                parts.append(chr(code))
        else:
            stack.extend(reversed(list(element)))
    return "".join(parts)


def _hex(value: str | None) -> int | None:
    try:
        return int(value, 16) if value else None
    except ValueError:
        return None


@dataclass
class Reader:
    """Reads paragraphs and tables, numbering list paragraphs as Word shows them."""

    numbering: Numbering
    style_numbering: dict[str, tuple[str | None, int | None, str | None]]

    def paragraph(self, element: Any) -> str:
        text = _paragraph_text(element)
        num_id, ilvl = self._numbering_of(element)
        if num_id is not None and num_id != "0":
            text = self.numbering.marker(num_id, ilvl) + text
        return text

    def _numbering_of(self, element: Any) -> tuple[str | None, int]:
        properties = element.find(w("pPr"))
        num_id, ilvl_value = list_properties(properties)
        style_id = attr(properties.find(w("pStyle")), "val") if properties is not None else None
        if num_id is None and style_id is not None:
            num_id, style_ilvl = self._style_numbering(style_id)
            if ilvl_value is None and style_ilvl is not None:
                ilvl_value = str(style_ilvl)
        if ilvl_value is None and style_id is not None and style_id in self.numbering.style_levels:
            ilvl_value = str(self.numbering.style_levels[style_id][1])
        return num_id, to_int(ilvl_value, 0)

    def _style_numbering(self, style_id: str) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in seen and current in self.style_numbering:
            seen.add(current)
            num_id, ilvl, based_on = self.style_numbering[current]
            if num_id is not None:
                return num_id, ilvl
            current = based_on
        return None, None

    def table(self, element: Any, depth: int = 0) -> Iterator[str]:
        for row in _children(element, w("tr")):
            cells: list[str] = []
            for cell in _children(row, w("tc")):
                pieces: list[str] = []
                for block in blocks(cell):
                    if block.tag == w("p"):
                        pieces.append(self.paragraph(block).strip())
                    elif depth < MAX_TABLE_DEPTH:
                        pieces.extend(self.table(block, depth + 1))
                text = " ".join(piece.replace("\n", " ") for piece in pieces if piece)
                if text:
                    cells.append(text)
            yield " | ".join(cells)


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children of ``element`` with ``tag``, looking through content controls and custom XML."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                yield from _children(content, tag)


def blocks(container: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body or cell in order, through content controls."""
    for child in container:
        tag = child.tag
        if tag in {w("p"), w("tbl")}:
            yield child
        elif tag in _WRAPPERS:
            content = child.find(w("sdtContent")) if tag == w("sdt") else child
            if content is not None:
                yield from blocks(content)


def style_numbering(document: Any) -> dict[str, tuple[str | None, int | None, str | None]]:
    out: dict[str, tuple[str | None, int | None, str | None]] = {}
    try:
        styles = document.styles.element
    except (KeyError, AttributeError, NotImplementedError):
        return out
    for style in styles.iterchildren(w("style")):
        style_id = attr(style, "styleId")
        if not style_id:
            continue
        num_id, ilvl = list_properties(style.find(w("pPr")))
        based_on = attr(style.find(w("basedOn")), "val")
        out[style_id] = (num_id, to_int(ilvl, 0) if ilvl is not None else None, based_on)
    return out


def clean(lines: list[str]) -> str:
    out: list[str] = []
    for line in "\n".join(lines).split("\n"):
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
