"""Table cells wrapped over several lines, in text that prints a table one cell per line.

Text copied out of a PDF task table (a 责任清单, a 重点任务分工表) keeps each cell on lines of
its own, in column order, and wraps a long cell at its column's width (blind set 4, d10)::

    序号 / 重点任务 / 主要内容 / 牵头部门 / 责任单位
    1
    1.优化企业开
    办服务
    推进电子营业执照在市公共资源
    交易平台中的应用。
    市市场监管委
    市政务服务办、市委
    网信办、市大数据管
    理中心

Nothing marks where one cell ends and the next begins. The header names the columns, the bare
row numbers (1, 2, 3 …, in sequence) delimit the rows, and each row's lines are split into its
columns' cells by how well each cell fits its column (:func:`_cell_cost`):

* a role column (牵头部门, 责任单位) holds organ names only, or a dash;
* a deadline column holds a date or a standing term;
* the main text column (the last before the role columns: 主要内容) ends a sentence; a text
  column before it (重点任务, a merged cell printed in its group's first row only) holds no
  sentence and opens with a list marker when the table numbers its groups;
* every line of a cell but its last is full (the column's width): not shorter than a later
  line of the cell, unless it ends in a clause mark (converters also break at a comma);
* no name in a role cell runs two organs together (``市市场监管委市政务服务办``: the lead
  cell's name and the next cell's first);
* once a first reading of the whole table gives each column its width (the most common width
  of the lines that are not a cell's last), no line of a cell is wider than its column.

The split of least cost is chosen (a dynamic programme over the row's lines and the columns).
The line breaks inside each cell become cuts (hard wraps), so in the view each cell is one
line, and the stages read the table as one printed one cell per line without wraps
(:mod:`policyparse.stages.assignments.tables`). A row cut by a page break resumes after the
repeated header, each column going on where it stopped; those pieces are split the same way,
but are not joined to the part before the break.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from itertools import pairwise

from policyparse.grammar.markers import match_marker
from policyparse.grammar.notes import DEADLINE_CELL, ROW_NUMBER, TABLE_END, column_role
from policyparse.grammar.organs import is_agency, split_glued_agencies
from policyparse.grammar.text import display_width
from policyparse.layout import Cut
from policyparse.lexicon.agencies import DEADLINE_LABELS, EMPTY_CELLS
from policyparse.models import NoiseKind
from policyparse.normalize import NormText
from policyparse.segment import lines as view_lines

#: A table's header has at most this many cells; each is short and ends no sentence.
MAX_HEADER_CELLS = 12
MAX_HEADER_CELL = 14
#: A row (or the piece of one after a page break) of more lines than this is not split.
MAX_ROW_LINES = 40
#: A line wider than this is prose after the table, not a cell.
MAX_CELL_LINE = 60
#: Samples of a column's full lines needed before its width is used.
MIN_WIDTH_SAMPLES = 3

#: What a cell that does not fit its column costs, by column kind.
MISFIT = 8.0
#: A line that is not a cell's last but is shorter than a later line of the cell (or than the
#: column's width) and ends in no clause mark.
SHORT_LINE = 1.5
#: A line wider than its column.
WIDE_LINE = 3.0
#: A main text cell that ends no sentence; a text cell before it without a list marker.
OPEN_TEXT = 2.0
UNMARKED_GROUP = 0.5
#: A name of two organs run together.
RUN_TOGETHER = 4.0

_SENTENCE_END = frozenset("。；！？;")
_RUNS_ON = frozenset("，、,“”‘’「」")


class ColumnKind(str, Enum):
    """What a column of a task table holds."""

    ROLE = "role"
    DEADLINE = "deadline"
    MAIN = "main"
    GROUP = "group"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str
    width: float


@dataclass(slots=True)
class _Chunk:
    """The lines of a row (or of the piece of one after a page break); ``broken``: a page
    break cuts it, so its last cell may stop inside a name."""

    lines: list[_Line]
    broken: bool = False


def may_hold_cell_table(text: str) -> bool:
    """A cheap test on the input: a table printed one cell per line has a ``序号`` header cell
    on a line of its own (the only texts the view is built twice for)."""
    for word in ("序号", "序號"):
        at = text.find(word)
        while at != -1:
            before = text.rfind("\n", 0, at)
            after = text.find("\n", at)
            line = text[before + 1 : after if after != -1 else len(text)]
            if line.strip() == word:
                return True
            at = text.find(word, at + 1)
    return False


def cell_wrap_cuts(view: NormText) -> list[Cut]:
    """Cuts (input offsets) for the line breaks inside the cells of tables printed one cell per
    line; none when the view holds no such table or its cells do not wrap."""
    norm = view.norm
    found = [_line(norm, segment.start, segment.end) for segment in view_lines(norm)]
    lines = [line for line in found if line is not None]
    cuts: list[Cut] = []
    index = 0
    while index < len(lines):
        header = _header(lines, index)
        if header is None:
            index += 1
            continue
        columns, length = header
        chunks, index = _chunks(lines, index + length, columns)
        for cell in _cells(chunks, columns):
            for before, after in pairwise(cell):
                if not norm[before.end : after.start].strip():
                    start, end = view.span(before.end, after.start)
                    if end > start:
                        cuts.append((start, end, NoiseKind.HARD_WRAP))
    return cuts


def _line(norm: str, start: int, end: int) -> _Line | None:
    text = norm[start:end]
    stripped = text.strip()
    if not stripped:
        return None
    start += len(text) - len(text.lstrip())
    return _Line(start, start + len(stripped), stripped, display_width(stripped))


def _column_kind(header: str) -> ColumnKind | None:
    if column_role(header) is not None:
        return ColumnKind.ROLE
    if header in DEADLINE_LABELS or header.endswith(("时限", "时间", "期限")):
        return ColumnKind.DEADLINE
    return None


def _header(lines: Sequence[_Line], index: int) -> tuple[list[ColumnKind], int] | None:
    """The columns after ``序号`` of a header starting at ``index``, and the header's length in
    lines; ``None`` unless the header names a role column."""
    if lines[index].text != "序号":
        return None
    kinds = [_column_kind(cell) for cell in _header_cells(lines, index + 1)]
    while kinds and kinds[-1] is None:
        kinds.pop()
    if ColumnKind.ROLE not in kinds:
        return None
    return _columns(kinds), len(kinds) + 1


def _header_cells(lines: Sequence[_Line], cursor: int) -> list[str]:
    """The header cells from ``cursor`` on: short lines that end no sentence, up to a row number."""
    cells: list[str] = []
    while cursor < len(lines) and len(cells) < MAX_HEADER_CELLS:
        text = lines[cursor].text
        if len(text) > MAX_HEADER_CELL or text[-1] in _SENTENCE_END or ROW_NUMBER.fullmatch(text):
            break
        cells.append(text)
        cursor += 1
    return cells


def _columns(kinds: list[ColumnKind | None]) -> list[ColumnKind]:
    """The kinds of a header's columns; of the unnamed ones before the first role column, the
    last is the main text, those before it group the rows, any after the roles are other."""
    first_role = kinds.index(ColumnKind.ROLE)
    text_columns = [at for at in range(first_role) if kinds[at] is None]
    main = text_columns[-1] if text_columns else None
    columns: list[ColumnKind] = []
    for at, kind in enumerate(kinds):
        if kind is None:
            kind = (
                ColumnKind.MAIN if at == main else ColumnKind.GROUP if at < first_role else ColumnKind.OTHER
            )
        columns.append(kind)
    return columns


def _repeats_header(lines: Sequence[_Line], index: int, columns: list[ColumnKind]) -> int:
    """The length of a header repeated at ``index`` (after a page break) with these columns, else 0."""
    header = _header(lines, index)
    return header[1] if header is not None and header[0] == columns else 0


def _chunks(lines: Sequence[_Line], index: int, columns: list[ColumnKind]) -> tuple[list[_Chunk], int]:
    """The rows of a table body starting at ``index`` (each without its number; the lines
    between a repeated header and the next row number are a piece of their own), and the index
    after the table."""
    chunks: list[_Chunk] = []
    expected: int | None = None
    while index < len(lines):
        line = lines[index]
        if TABLE_END.match(line.text) or line.width > MAX_CELL_LINE:
            break
        if (repeated := _repeats_header(lines, index, columns)) > 0:
            if chunks:
                chunks[-1].broken = True
            chunks.append(_Chunk([]))
            index += repeated
            continue
        if ROW_NUMBER.fullmatch(line.text) and (expected is None or int(line.text) == expected):
            expected = int(line.text) + 1
            chunks.append(_Chunk([]))
        elif chunks:
            chunks[-1].lines.append(line)
        elif _header(lines, index) is not None:
            break
        index += 1
    return [chunk for chunk in chunks if 0 < len(chunk.lines) <= MAX_ROW_LINES], index


def _cells(chunks: list[_Chunk], columns: list[ColumnKind]) -> list[list[_Line]]:
    """Every cell of the table's rows, read twice: the second time with the columns' widths."""
    first = [_split(chunk, columns, None) for chunk in chunks]
    widths = _column_widths(first, len(columns))
    second = [_split(chunk, columns, widths) for chunk in chunks]
    return [cell for row in second for cell in row if len(cell) > 1]


def _column_widths(rows: list[list[list[_Line]]], count: int) -> list[float | None]:
    samples: list[list[float]] = [[] for _ in range(count)]
    for row in rows:
        for column, cell in enumerate(row):
            samples[column].extend(line.width for line in cell[:-1] if line.text[-1] not in _RUNS_ON)
    return [
        float(Counter(round(w) for w in found).most_common(1)[0][0])
        if len(found) >= MIN_WIDTH_SAMPLES
        else None
        for found in samples
    ]


def _split(piece: _Chunk, columns: list[ColumnKind], widths: list[float | None] | None) -> list[list[_Line]]:
    """The row's lines split into its columns' cells (some empty): the split of least cost."""
    chunk = piece.lines
    count = len(chunk)
    infinity = float("inf")
    best = [[infinity] * (count + 1) for _ in range(len(columns) + 1)]
    back = [[0] * (count + 1) for _ in range(len(columns) + 1)]
    best[0][0] = 0.0
    for column, kind in enumerate(columns):
        width = widths[column] if widths is not None else None
        for end in range(count + 1):
            for start in range(end + 1):
                if best[column][start] == infinity:
                    continue
                broken = piece.broken and end == count
                cost = best[column][start] + _cell_cost(kind, chunk[start:end], width, broken=broken)
                if cost < best[column + 1][end]:
                    best[column + 1][end], back[column + 1][end] = cost, start
    cells: list[list[_Line]] = []
    end = count
    for column in range(len(columns), 0, -1):
        start = back[column][end]
        cells.append(chunk[start:end])
        end = start
    return cells[::-1]


def _cell_cost(kind: ColumnKind, cell: list[_Line], width: float | None, *, broken: bool = False) -> float:
    """How badly ``cell`` fits a column of this kind (0 for a perfect fit); a ``broken`` cell
    stops at a page break, maybe inside a name or a sentence."""
    if not cell:
        return OPEN_TEXT if kind is ColumnKind.MAIN else 0.0
    text = "".join(line.text for line in cell)
    cost = _shape_cost(cell, width)
    if kind is ColumnKind.ROLE:
        return cost + _organ_cost(text, broken=broken)
    if kind is ColumnKind.DEADLINE:
        return cost + (0.0 if text in EMPTY_CELLS or DEADLINE_CELL.fullmatch(text) else MISFIT)
    if kind is ColumnKind.MAIN:
        return cost + (0.0 if broken or text[-1] in _SENTENCE_END else OPEN_TEXT)
    if kind is ColumnKind.GROUP:
        marked = match_marker(text, 0) is not None
        return cost + (0.0 if marked else UNMARKED_GROUP) + (MISFIT if "。" in text else 0.0)
    return cost


def _shape_cost(cell: list[_Line], width: float | None) -> float:
    """Lines of a cell that are not full though a later one is, or wider than the column."""
    cost = 0.0
    widest_after = cell[-1].width
    for line in reversed(cell[:-1]):
        full = width if width is not None else widest_after
        if line.width < full - 1 and line.text[-1] not in _RUNS_ON:
            cost += SHORT_LINE
        widest_after = max(widest_after, line.width)
    if width is not None:
        cost += sum(WIDE_LINE for line in cell if line.width > width + 1.5)
    return cost


def _organ_cost(text: str, *, broken: bool = False) -> float:
    """0 when the cell names organs only (or is empty), :data:`MISFIT` when it does not; the
    last name of a ``broken`` cell may be cut."""
    if text in EMPTY_CELLS:
        return 0.0
    names = _names(text)
    if broken and len(names) > 1:
        names = names[:-1]
    if not names or not all(is_agency(name, in_note=True) for name in names):
        return MISFIT
    return sum(RUN_TOGETHER for name in names if _runs_together(name))


@lru_cache(maxsize=4096)
def _names(text: str) -> tuple[str, ...]:
    from policyparse.stages.assignments.names import split_names  # a stage's grammar of lists

    return tuple(text[name.start : name.end] for name in split_names(text, 0, len(text)))


@lru_cache(maxsize=4096)
def _runs_together(name: str) -> bool:
    """Whether ``name`` is two organs' names run together (``市市场监管委市政务服务办``)."""
    return len(split_glued_agencies(name)) > 1
