"""Parenthesised notes and labelled lines: ``（省发展改革委牵头，省财政厅配合）``,
``（责任单位：…）``, ``牵头单位：…；配合单位：…``.

Positions are normalised indices.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from policyparse.document import Document
from policyparse.grammar.notes import (
    BARE_NOTE,
    CUE,
    FULL_STOP,
    LABEL,
    LABEL_COLON,
    NOTE,
    NOTE_SEGMENT_END,
    ROLE_END,
)
from policyparse.grammar.organs import is_agency, is_declared_unit
from policyparse.lexicon import agencies as lex
from policyparse.models import AssignmentKind
from policyparse.segment import Segment
from policyparse.stages.assignments.names import Name, split_names, trim

#: A found assignment before it becomes a model: span, form and roles.
Found = tuple[int, int, AssignmentKind, "Roles"]


@dataclass
class Roles:
    lead: list[Name]
    support: list[Name]
    responsible: list[Name]

    def empty(self) -> bool:
        return not (self.lead or self.support or self.responsible)

    def once(self, norm: str) -> Roles:
        """The roles with an organ a role's list prints twice listed once (one entry per organ)."""

        def first(names: list[Name]) -> list[Name]:
            by_text: dict[str, Name] = {}
            for name in names:
                by_text.setdefault(norm[name.start : name.end], name)
            return list(by_text.values())

        return Roles(first(self.lead), first(self.support), first(self.responsible))


def _label_roles(norm: str, start: int, end: int, *, rest_role: str | None = None) -> Roles | None:
    """Roles of a text made of ``label：list`` fields; ``None`` when it has no role label."""
    roles = Roles([], [], [])
    matches = list(LABEL.finditer(norm, start, end))
    if not any(m.group(1) in lex.LABELS for m in matches):
        return None
    for index, m in enumerate(matches):
        role = lex.LABELS.get(m.group(1))
        value_end = matches[index + 1].start() if index + 1 < len(matches) else end
        if role is None:
            continue
        names = [
            n
            for n in split_names(norm, m.end(), value_end)
            if is_agency(norm[n.start : n.end], in_note=True) or is_declared_unit(norm[n.start : n.end])
        ]
        if rest_role is not None and role == "responsible" and len(names) > 1:
            roles.lead.append(names[0])
            getattr(roles, rest_role).extend(names[1:])
            continue
        getattr(roles, role).extend(names)
    return roles


def _note_names(norm: str, start: int, end: int) -> list[Name]:
    """Names of a note's list, after a 由; ``[]`` unless every item names an organ."""
    by = norm.rfind("由", start, end)
    names = split_names(norm, by + 1 if by != -1 else start, end)
    if names and all(is_agency(norm[n.start : n.end], in_note=True) for n in names):
        return names
    return []


#: A group of a note: its role verb (``""`` for a list naming no role), its names, and whether
#: the verb says the duty is by division of work (按职责…负责).
_Group = tuple[str, list[Name], bool]


def _verb_roles(norm: str, start: int, end: int, *, rest_role: str | None = None) -> Roles | None:
    """Roles of an unlabelled note such as ``国家发展改革委牵头，国务院相关部门及各地区按职责分工负责``."""
    groups = _verb_groups(norm, start, end)
    if not groups:
        return None
    roles = Roles([], [], [])
    has_lead = any(verb.startswith("牵头") or verb == "负总责" for verb, _, _ in groups)
    for verb, names, by_duty in groups:
        role = lex.NOTE_VERBS.get(verb.removesuffix("负责") or "负责", "lead") if verb else "responsible"
        if verb == "负责" and (by_duty or has_lead or len(names) > 1):
            role = "responsible"
        if rest_role is not None and len(names) > 1 and role in {"lead", "responsible"}:
            roles.lead.append(names[0])
            getattr(roles, rest_role).extend(names[1:])
            continue
        getattr(roles, role).extend(names)
    return roles


def _verb_groups(norm: str, start: int, end: int) -> list[_Group] | None:
    """The note's segments that end in a role verb, with their organs; ``None`` when a role verb
    has no organ before it (not a responsibility note)."""
    groups: list[_Group] = []
    cursor = segment_start = start
    for m in NOTE_SEGMENT_END.finditer(norm[start:end]):
        seg_end = start + m.start()
        role_match = ROLE_END.search(norm, segment_start, seg_end)
        if role_match is not None:
            names = _note_names(norm, cursor, role_match.start()) or _note_names(
                norm, segment_start, role_match.start()
            )
            if not names:
                return None
            groups.append((role_match.group(1), names, "职责" in norm[role_match.start() : role_match.end()]))
            cursor = seg_end + 1
        segment_start = seg_end + 1
        if m.end() >= end - start:
            break
    trailing = _note_names(norm, cursor, end) if groups and cursor < end else []
    if trailing:  # 省发展改革委牵头，省财政厅、省统计局: a list that names no role
        groups.append(("", trailing, True))
    return groups


def notes(doc: Document, rest_role: str | None) -> list[tuple[int, int, AssignmentKind, Roles]]:
    norm = doc.norm
    found: list[tuple[int, int, AssignmentKind, Roles]] = []
    for m in NOTE.finditer(norm):
        inner_start, inner_end = m.span(1)
        if not CUE.search(norm, inner_start, inner_end):
            roles = _bare_roles(norm, m.start(), rest_role=rest_role)
        else:
            roles = _label_roles(norm, inner_start, inner_end, rest_role=rest_role)
            if roles is None:
                roles = _verb_roles(norm, inner_start, inner_end, rest_role=rest_role)
        if roles is not None and not roles.empty():
            found.append((m.start(), m.end(), AssignmentKind.NOTE, roles.once(norm)))
    return found


def _bare_roles(norm: str, start: int, *, rest_role: str | None) -> Roles | None:
    """A list of organs alone closing a measure (:data:`~policyparse.grammar.notes.BARE_NOTE`):
    its organs are responsible, or the first leads where the document says so; ``None`` unless
    every item names an organ (enterprises not: the guideline keeps them out of assignments)."""
    m = BARE_NOTE.match(norm, start)
    if m is None:
        return None
    names = split_names(norm, *m.span("list"))
    if not names or not all(is_agency(norm[n.start : n.end]) for n in names):
        return None
    if rest_role is not None and len(names) > 1:
        roles = Roles([names[0]], [], [])
        getattr(roles, rest_role).extend(names[1:])
        return roles
    return Roles([], [], names)


def labelled_lines(doc: Document, taken: Taken) -> list[tuple[int, int, AssignmentKind, Roles]]:
    norm = doc.norm
    found: list[tuple[int, int, AssignmentKind, Roles]] = []
    colons = [m.start() for m in LABEL_COLON.finditer(norm)]
    for line in holding(_label_lines(doc), colons):  # a label ends with its colon
        m = LABEL.search(norm, line.start, line.end)
        if (
            m is None
            or m.start() in taken
            or (m.group(1) not in lex.LABELS and not _role_label_in(norm, m.start(), line.end))
        ):
            continue
        end = line.end
        stop = FULL_STOP.search(norm, m.start(), line.end)
        if stop is not None:
            end = stop.start()
        roles = _label_roles(norm, m.start(), end)
        if roles is not None and not roles.empty():
            start, end = trim(norm, m.start(), end)
            found.append((start, end, AssignmentKind.LABEL, roles))
    return found


def _label_lines(doc: Document) -> Iterator[Segment]:
    """The lines a label may open: each line, and a line that lost its line breaks cut at its
    lost paragraph breaks (:attr:`~policyparse.document.Document.joints`: ``…进一步梳理…。
    牵头部门：省审改办、省司法厅 参与部门：省级有关部门 完成时限：…`` is three labelled lines)."""
    joints = doc.joints
    for line in doc.lines:
        first = bisect.bisect_right(joints, line.start)
        cuts = joints[first : bisect.bisect_left(joints, line.end)]
        if not cuts:
            yield line
            continue
        for start, end in itertools.pairwise([line.start, *cuts, line.end]):
            yield Segment(start, end)


def holding(segments: Iterable[Segment], positions: list[int], *, room: int = 1) -> Iterator[Segment]:
    """The segments, in order, that hold one of the sorted ``positions`` at least ``room``
    characters before their end (``start <= p <= end - room``).

    A pattern every match of which holds such a position (a character it cannot do without,
    ``room`` - 1 characters before the match's end at the latest) can match only in these
    segments: the others are not searched.
    """
    for seg in segments:
        index = bisect.bisect_left(positions, seg.start)
        if index < len(positions) and positions[index] <= seg.end - room:
            yield seg


def _role_label_in(norm: str, start: int, end: int) -> bool:
    return any(m.group(1) in lex.LABELS for m in LABEL.finditer(norm, start, end))


class Taken:
    """Normalised positions already claimed by an assignment (a mask: O(1) membership)."""

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * max(end - start, 0)

    def __contains__(self, index: int) -> bool:
        return 0 <= index < len(self.mask) and self.mask[index] == 1
