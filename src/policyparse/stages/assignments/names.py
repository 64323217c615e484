"""Lists of organs in a note, a table cell or a clause: split into one name per organ.

A list splits at ``、，,；``, ``及`` and after ``等`` (``A、B等国务院相关部门及各地区`` → A, B,
国务院相关部门, 各地区); a list that shares one ending (``市发展改革、财政、统计等相关部门``)
stays one name as printed. Positions are normalised indices.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.document import Document
from policyparse.grammar.notes import ETC_OR_AND
from policyparse.grammar.organs import (
    BARE_LEVEL,
    BARE_ZONE,
    DEFINED_SHORT_NAME,
    LEVEL_FIRST,
    ZONE_COMMITTEE,
    is_agency,
)
from policyparse.models import Agency


@dataclass(frozen=True, slots=True)
class Name:
    start: int
    end: int


def trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start] in " \t\r\n、，；：:/（":
        start += 1
    for joiner in ("以及", "和", "与"):
        if norm.startswith(joiner, start) and end - start > len(joiner) + 2:
            start += len(joiner)
    while end > start and norm[end - 1] in " \t\r\n、，；：。:等":
        end -= 1
    defined = DEFINED_SHORT_NAME.search(norm, start, end)
    return start, (defined.start() if defined is not None and defined.start() > start else end)


def split_names(norm: str, start: int, end: int, *, in_note: bool = True) -> list[Name]:
    """Split a list of organs at ``、，,；``, ``及`` and after ``等``; shared-suffix lists stay whole."""
    names: list[Name] = []
    depth = 0
    cursor = start
    pieces: list[tuple[int, int]] = []
    for index in range(start, end):
        char = norm[index]
        if char == "（":
            depth += 1
        elif char == "）":
            depth = max(depth - 1, 0)
        elif depth == 0 and char in "，,；":
            pieces.append((cursor, index))
            cursor = index + 1
    pieces.append((cursor, end))
    for piece_start, piece_end in pieces:
        names.extend(_split_group(norm, piece_start, piece_end, in_note=in_note))
    return names


def _names_an_agency(norm: str, start: int, end: int) -> bool:
    """Whether an item of a list names an organ, whole or before its 及/等 (``国家能源局及其派出机构``)."""
    return any(is_agency(norm[s:e].strip(), in_note=True) for s, e in _split_parts(norm, start, end))


def _split_group(norm: str, start: int, end: int, *, in_note: bool) -> list[Name]:
    start, end = trim(norm, start, end)
    if start >= end:
        return []
    items = _join_bare_levels(norm, _split_at(norm, start, end, "、"))
    if len(items) > 1 and not any(_names_an_agency(norm, s, e) for s, e in items[:-1]):
        return [Name(start, end)]  # 市发展改革、财政、统计等相关部门: one name as printed
    out: list[Name] = []
    for item_start, item_end in items:
        for part_start, part_end in _split_parts(norm, item_start, item_end):
            part_start, part_end = trim(norm, part_start, part_end)
            if (
                norm.startswith("其", part_start)
                and not norm.startswith("其他", part_start)
                and part_end - part_start > 2
            ):
                part_start += 1
            if part_end > part_start:
                out.append(Name(part_start, part_end))
    return out


#: Items that share the organ after them, and the form that organ takes: bare levels before
#: an organ opening with a level (各市、县人民政府), zones before a zone's committee
#: (杨凌示范区、西咸新区管委会).
_SHARED = ((BARE_LEVEL, LEVEL_FIRST), (BARE_ZONE, ZONE_COMMITTEE))


def _join_bare_levels(norm: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items with bare administrative levels joined to the organ they share: 各市、县人民政府
    and 省、市、县（区）人民政府 are one name as printed (an item ``各市`` alone names no organ).
    The shared organ opens with a level itself; 各乡镇、高新区 stay two names. Zones before a
    zone's committee share it the same way (杨凌示范区、西咸新区管委会)."""
    out: list[tuple[int, int]] = []
    index = 0
    while index < len(items):
        for bare, shared_form in _SHARED:
            run_end = index
            while run_end < len(items) and bare.match(norm[items[run_end][0] : items[run_end][1]]):
                run_end += 1
            shared = run_end < len(items) and shared_form.match(norm[items[run_end][0] : items[run_end][1]])
            if run_end > index and shared:
                break
        if run_end > index and shared:
            out.append((items[index][0], items[run_end][1]))
            index = run_end + 1
        else:
            out.append(items[index])
            index += 1
    return out


def _split_at(norm: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = start
    depth = 0
    for index in range(start, end):
        char = norm[index]
        depth += char == "（"
        depth -= char == "）" and depth > 0
        if depth == 0 and char == separator:
            out.append((cursor, index))
            cursor = index + 1
    out.append((cursor, end))
    return [(s, e) for s, e in out if e > s]


def _split_parts(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one item at ``等`` (keeping what follows) and ``及``."""
    out: list[tuple[int, int]] = []
    cursor = start
    for m in ETC_OR_AND.finditer(norm, start, end):
        out.append((cursor, m.start()))
        cursor = m.end()
    out.append((cursor, end))
    return out


def agencies_of(doc: Document, names: list[Name]) -> list[Agency]:
    out: list[Agency] = []
    for name in names:
        orig_start, orig_end = doc.span(name.start, name.end)
        out.append(Agency(name=doc.surface(name.start, name.end), start=orig_start, end=orig_end))
    return out
