"""The text section of the report: the whole input, highlighted, with source tables as tables.

Readers of HTML pages and ``.docx`` files write a table row as one line with its cells joined
by `` | ``. Runs of such lines are shown as an HTML table; the separators and line breaks stay
in the page (hidden), so the section's text is still exactly ``notice.text`` and every
highlight covers exactly its element's span.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.grammar.layout import TEXT_LINE
from policyparse.models import Notice
from policyparse.render._marks import KINDS, Mark, collect_marks, segments
from policyparse.render.escape import esc

#: The separator a reader puts between the cells of a table row.
CELL_SEPARATOR = " | "

Segment = tuple[int, int, list[Mark]]


@dataclass(frozen=True)
class Row:
    """One table row: the spans of its cells, and where the line (with its break) ends."""

    cells: list[tuple[int, int]]
    end: int


def table_rows(text: str) -> list[list[Row]]:
    """Runs of consecutive lines that hold a cell separator: the source's tables, row by row."""
    tables: list[list[Row]] = []
    current: list[Row] = []
    for match in TEXT_LINE.finditer(text):
        start, end = match.span()
        if start == end:
            break
        body = match.group(0).rstrip("\r\n")
        if CELL_SEPARATOR not in body:
            if current:
                tables.append(current)
                current = []
            continue
        cells = []
        offset = start
        for cell in body.split(CELL_SEPARATOR):
            cells.append((offset, offset + len(cell)))
            offset += len(cell) + len(CELL_SEPARATOR)
        current.append(Row(cells, end))
    if current:
        tables.append(current)
    return tables


def legend() -> str:
    """The checkboxes that show or hide each kind of highlight."""
    items = "".join(
        f'<label><input type="checkbox" checked data-toggle="{kind}"> <span class="m m-{kind}">{esc(label)}</span></label>'
        for kind, label in KINDS.items()
    )
    return f'<div class="legend" aria-label="Legend">{items}</div>'


class _Writer:
    """Emits the segments of consecutive ranges of the text, with their anchors and highlights."""

    def __init__(self, text: str, pieces: list[Segment], anchors: dict[int, list[str]]) -> None:
        self.text = text
        self.pieces = pieces
        self.anchors = anchors
        self.next = 0
        self.parts: list[str] = []

    def emit(self, end: int, wrapper: str | None = None) -> None:
        """Write every segment up to offset ``end`` (inside ``<span class=wrapper>`` if given)."""
        if wrapper is not None and self.next < len(self.pieces) and self.pieces[self.next][0] < end:
            self.parts.append(f'<span class="{wrapper}">')
        else:
            wrapper = None
        while self.next < len(self.pieces) and self.pieces[self.next][0] < end:
            start, stop, covering = self.pieces[self.next]
            self.next += 1
            self.parts.extend(f'<a class="anchor" id="{esc(i)}"></a>' for i in self.anchors.pop(start, []))
            chunk = esc(self.text[start:stop])
            if not covering:
                self.parts.append(chunk)
                continue
            kinds = sorted({m.kind for m in covering}, key=list(KINDS).index)
            classes = " ".join(["m", *(f"m-{k}" for k in kinds)])
            refs = " ".join(m.ident for m in covering)
            tip = " · ".join(dict.fromkeys(m.tip for m in covering))
            self.parts.append(
                f'<span class="{classes}" data-ids="{esc(refs)}" title="{esc(tip)}">{chunk}</span>'
            )
        if wrapper is not None:
            self.parts.append("</span>")

    def table(self, rows: list[Row]) -> None:
        """Write one source table: a cell's text in its ``<td>``, separators and breaks hidden."""
        self.parts.append('<table class="source-table"><tbody>')
        for row in rows:
            self.parts.append("<tr>")
            for index, (_, cell_end) in enumerate(row.cells):
                self.parts.append("<td>")
                self.emit(cell_end)
                following = row.cells[index + 1][0] if index + 1 < len(row.cells) else row.end
                self.emit(following, "sep")
                self.parts.append("</td>")
            self.parts.append("</tr>")
        self.parts.append("</tbody></table>")


def text_section(notice: Notice) -> str:
    """The text with every element highlighted, the anchors the rest of the report links to,
    and the source's tables laid out as tables."""
    text = notice.text
    marks = collect_marks(notice)
    anchors = _anchors(notice, marks)
    tables = table_rows(text)
    cuts = {*anchors, *(edge for rows in tables for row in rows for cell in row.cells for edge in cell)}
    cuts |= {row.end for rows in tables for row in rows}
    writer = _Writer(text, segments(len(text), marks, cuts), anchors)
    writer.parts += ['<section id="document"><h2>Text 正文</h2>', legend(), '<div class="text">']
    for rows in tables:
        writer.emit(rows[0].cells[0][0])
        writer.table(rows)
    writer.emit(len(text))
    for idents in writer.anchors.values():  # anchors at the very end of the text
        writer.parts.extend(f'<a class="anchor" id="{esc(ident)}"></a>' for ident in idents)
    writer.parts.append("</div></section>")
    return "".join(writer.parts)


def _anchors(notice: Notice, marks: list[Mark]) -> dict[int, list[str]]:
    """Element ids by the offset they start at: the marks, the assignments, the diagnostics."""
    text = notice.text
    anchors: dict[int, list[str]] = {}
    for mark in marks:
        anchors.setdefault(mark.start, []).append(mark.ident)
    for index, note in enumerate(notice.assignments):
        if 0 <= note.start <= len(text):
            anchors.setdefault(note.start, []).append(f"assignment-{index}")
    for index, diagnostic in enumerate(notice.diagnostics):
        if diagnostic.start is not None and diagnostic.start <= len(text):
            anchors.setdefault(diagnostic.start, []).append(f"diag-{index}")
    return anchors


__all__ = ["CELL_SEPARATOR", "Row", "legend", "table_rows", "text_section"]
