"""Task tables flattened to text: ``|`` between cells, or one cell per line, whose header names
role columns (``牵头单位``, ``配合单位``, ``责任单位``).

Positions are normalised indices.
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.notes import ROLE_COLUMN, TABLE_END, TABLE_RULE, column_role
from policyparse.grammar.organs import is_agency
from policyparse.lexicon.agencies import EMPTY_CELLS
from policyparse.segment import Segment
from policyparse.stages.assignments.flattened import flattened_tables
from policyparse.stages.assignments.names import Name, split_names, trim
from policyparse.stages.assignments.notes import Roles


def _cell_names(norm: str, start: int, end: int) -> list[Name]:
    return [n for n in split_names(norm, start, end) if is_agency(norm[n.start : n.end], in_note=True)]


def tables(doc: Document) -> list[tuple[int, int, Roles]]:
    """Assignments of task tables flattened to text (``|`` rows, one cell per line, or one line
    without cell boundaries: :mod:`policyparse.stages.assignments.flattened`)."""
    if not ROLE_COLUMN.search(doc.norm):
        return []
    return _pipe_tables(doc) + _line_tables(doc) + flattened_tables(doc)


def _pipe_cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    cursor = start
    for index in range(start, end + 1):
        if index == end or norm[index] in "|｜":
            cells.append(trim(norm, cursor, index))
            cursor = index + 1
    if cells and cells[0][0] >= cells[0][1] and norm[start:end].lstrip().startswith(("|", "｜")):
        cells = cells[1:]
    if cells and cells[-1][0] >= cells[-1][1] and norm[start:end].rstrip().endswith(("|", "｜")):
        cells = cells[:-1]
    return cells


def _pipe_tables(doc: Document) -> list[tuple[int, int, Roles]]:
    norm = doc.norm
    found: list[tuple[int, int, Roles]] = []
    roles: list[str | None] | None = None
    for line in doc.lines:
        text = norm[line.start : line.end]
        if text.count("|") + text.count("｜") < 1:
            if text.strip():
                roles = None
            continue
        cells = _pipe_cells(norm, line.start, line.end)
        header_roles = [column_role(norm[s:e]) for s, e in cells]
        if any(header_roles):
            roles = header_roles
            continue
        if roles is None or TABLE_RULE.fullmatch(text):
            continue
        row = Roles([], [], [])
        if len(cells) < len(roles):  # cells spanning rows on the left are printed once: align right
            cells = [(line.start, line.start)] * (len(roles) - len(cells)) + cells
        for (cell_start, cell_end), role in zip(cells, roles, strict=False):
            if role is not None:
                getattr(row, role).extend(_cell_names(norm, cell_start, cell_end))
        if not row.empty():
            found.append((*trim(norm, line.start, line.end), row))
    return found


def _is_agency_cell(norm: str, start: int, end: int) -> bool:
    text = norm[start:end].strip()
    if text in EMPTY_CELLS:
        return True
    if not text or len(text) > 400 or text.endswith("。"):
        return False  # a sentence (a 主要内容 cell) names no organ list
    names = split_names(norm, start, end)
    return bool(names) and all(is_agency(norm[n.start : n.end], in_note=True) for n in names)


def _line_tables(doc: Document) -> list[tuple[int, int, Roles]]:
    norm = doc.norm
    if "序号" not in norm:
        return []  # every header has a 序号 cell
    paragraphs = doc.paragraphs
    found: list[tuple[int, int, Roles]] = []
    index = 0
    while index < len(paragraphs):
        roles = _header_run(norm, paragraphs, index)
        if roles is None:
            index += 1
            continue
        index += roles[1]
        column_roles = roles[0]
        group: list[tuple[int, int]] = []
        while index <= len(paragraphs):
            para = paragraphs[index] if index < len(paragraphs) else None
            if para is not None and _is_agency_cell(norm, para.start, para.end):
                group.append((para.start, para.end))
                index += 1
                continue
            found.extend(_row_groups(norm, group, column_roles))
            group = []
            if para is None or TABLE_END.match(norm, para.start) or _header_run(norm, paragraphs, index):
                break
            index += 1
    return found


def _header_cell(norm: str, para: Segment) -> str | None:
    """The text of a paragraph that may be a header cell (short, no sentence end), else ``None``."""
    text = norm[para.start : para.end].strip()
    return None if len(text) > 14 or text.endswith(("。", "；", "，")) else text


def _header_run(norm: str, paragraphs: list[Segment], index: int) -> tuple[list[str], int] | None:
    """Role columns of a one-cell-per-line table header starting at ``index``, and its length.

    A header has ``序号`` in one of its first two cells: the other paragraphs are turned down
    after reading those two.
    """
    cells: list[str] = []
    cursor = index
    while cursor < len(paragraphs) and len(cells) < 12:
        text = _header_cell(norm, paragraphs[cursor])
        if text is None:
            break
        cells.append(text)
        cursor += 1
        if len(cells) == 2 and "序号" not in cells:
            return None
    roles = [column_role(cell) for cell in cells]
    while roles and roles[-1] is None:
        roles.pop()
    role_columns = [role for role in roles if role is not None]
    if "序号" not in cells[:2] or not role_columns:
        return None
    return role_columns, len(roles)


def _row_groups(
    norm: str, group: list[tuple[int, int]], column_roles: list[str]
) -> list[tuple[int, int, Roles]]:
    out: list[tuple[int, int, Roles]] = []
    width = len(column_roles)
    for offset in range(0, len(group), width):
        chunk = group[offset : offset + width]
        row = Roles([], [], [])
        for (cell_start, cell_end), role in zip(chunk, column_roles, strict=False):
            if norm[cell_start:cell_end].strip() not in EMPTY_CELLS:
                getattr(row, role).extend(_cell_names(norm, cell_start, cell_end))
        if not row.empty():
            out.append((chunk[0][0], chunk[-1][1], row))
    return out
