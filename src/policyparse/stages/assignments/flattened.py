"""Task tables a crawler flattened onto one line, dropping the cell boundaries (blind set 5, d04)::

    …工作任务工作要求牵头单位配合/责任单位一、加强涉及市场主体的信息公开1.增强…营商环境。 区直各有关单位，
    各区属事业单位…3.建立…建设环境。区经济发展局区行政审批局区直各有关单位，各区属事业单位…

The header, glued before the first category (:data:`~policyparse.grammar.notes.FLAT_ROLE_HEADER`),
names two role columns. Each row is an item ``N.`` (numbered on through the categories) whose
requirement sentence ends at its last ``。``; the organs after it are the row's role cells. A
space after that ``。`` marks an empty first cell. The crawler kept the separators inside a cell
(``，``, ``、``) but none between cells, so the organs glued together before the first separator
are the first cell's, except the last of them, which opens the second cell. When the first cell
is filled the second column (``配合/责任单位``) supports it; otherwise its organs are responsible.

Positions are normalised indices.
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.notes import FLAT_ROLE_HEADER, FLAT_ROW_END, column_role
from policyparse.grammar.organs import is_agency, split_glued_agencies
from policyparse.stages.assignments.names import Name, split_names
from policyparse.stages.assignments.notes import Roles

#: A flattened table holds at most this many rows.
MAX_ROWS = 300


def flattened_tables(doc: Document) -> list[tuple[int, int, Roles]]:
    """Assignments of the rows of task tables flattened onto one line."""
    norm = doc.norm
    found: list[tuple[int, int, Roles]] = []
    if "位一、" not in norm and "门一、" not in norm:
        return found  # every header ends with 单位 or 部门 glued to its first category
    for header in FLAT_ROLE_HEADER.finditer(norm):
        second = header.group("second")
        line_end = norm.find("\n", header.end())
        end = len(norm) if line_end == -1 else line_end
        for row_start, row_end in _rows(norm, header.end(), end):
            owners = _owners(norm, row_start, row_end)
            if owners is None:
                continue
            start, stop, spaced = owners
            roles = _roles(norm, start, stop, first_empty=spaced, second=second)
            if roles is not None and not roles.empty():
                found.append((start, stop, roles))
    return found


def _rows(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the rows ``1.``, ``2.`` … after ``start``, numbered on, up to ``end``."""
    starts: list[int] = []
    cursor = start
    for number in range(1, MAX_ROWS):
        at = _row_number(norm, f"{number}.", cursor, end)
        if at == -1:
            break
        starts.append(at)
        cursor = at + len(str(number)) + 1
    return [(at, starts[i + 1] if i + 1 < len(starts) else end) for i, at in enumerate(starts)]


def _row_number(norm: str, marker: str, start: int, end: int) -> int:
    """Where the row ``marker`` (``12.``) stands: not inside a number (``3.5%``, ``2012.``), and
    before a Han character; -1 when it does not."""
    at = norm.find(marker, start, end)
    while at != -1:
        after = at + len(marker)
        if (
            (at == start or not norm[at - 1].isdigit())
            and after < end
            and "\u4e00" <= norm[after] <= "\u9fff"
        ):
            return at
        at = norm.find(marker, at + 1, end)
    return -1


def _owners(norm: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The organ text after a row's last ``。`` (up to a category glued after it), and whether a
    space stands before it (an empty first cell)."""
    stop = norm.rfind("。", start, end)
    if stop == -1:
        return None
    tail_end = FLAT_ROW_END.search(norm, stop + 1, end)
    owner_end = tail_end.start() if tail_end is not None else end
    owner_start = stop + 1
    spaced = owner_start < owner_end and norm[owner_start] in " \t\u3000"
    while owner_start < owner_end and norm[owner_start] in " \t\u3000":
        owner_start += 1
    while owner_end > owner_start and norm[owner_end - 1] in " \t\u3000":
        owner_end -= 1
    return (owner_start, owner_end, spaced) if owner_end > owner_start else None


def _roles(norm: str, start: int, end: int, *, first_empty: bool, second: str) -> Roles | None:
    """The row's roles: the first cell leads; the second column's organs support it, or are
    responsible when the column says so (``责任单位``) or says both (``配合/责任单位``) and no
    organ leads."""
    names = split_names(norm, start, end)
    if not names or not all(_agency(norm, n) or len(_split_glued(norm, n)) > 1 for n in names):
        return None
    lead: list[Name] = []
    if not first_empty:
        glued = _split_glued(norm, names[0])
        lead, names = (glued[:-1], [glued[-1], *names[1:]]) if len(glued) > 1 else (names[:1], names[1:])
    role = column_role(second)
    if role == "support" and not lead and "责任" in second:
        role = "responsible"
    roles = Roles([n for n in lead if _agency(norm, n)], [], [])
    if role in ("support", "responsible"):
        getattr(roles, role).extend(n for n in names if _agency(norm, n))
    return roles


def _agency(norm: str, name: Name) -> bool:
    return is_agency(norm[name.start : name.end], in_note=True)


def _split_glued(norm: str, name: Name) -> list[Name]:
    """Organs printed without a separator (``区经济发展局区行政审批局区直各有关单位``)."""
    spans = split_glued_agencies(norm[name.start : name.end])
    return [Name(name.start + s, name.start + e) for s, e in spans]
