"""Assignments: responsibility notes and clauses, with lead, supporting and responsible organs.

Four forms are read, in this order, each span claimed once: parenthesised notes
(:mod:`.notes`), task tables flattened to text (:mod:`.tables`), labelled lines
(:mod:`.notes`), and clauses whose agent is a named organ (:mod:`.clauses`). Organ names are
recognised by :func:`policyparse.grammar.organs.is_agency`, whose tokenizer is built on first
use, so a parse whose text has no responsibility cue never loads jieba.
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.notes import BARE_NOTE, CUE, FIRST_LISTED_LEADS, GLUED_ORGANS, OTHERS_SUPPORT
from policyparse.models import Assignment, AssignmentKind
from policyparse.stages.assignments.clauses import clauses
from policyparse.stages.assignments.names import agencies_of
from policyparse.stages.assignments.notes import Roles, Taken, labelled_lines, notes
from policyparse.stages.assignments.tables import tables
from policyparse.tokenizer import agency_names

__all__ = ["extract_assignments"]


def extract_assignments(doc: Document) -> list[Assignment]:
    """Every responsibility note or clause of the document, in reading order."""
    norm = doc.norm
    if not CUE.search(norm) and not BARE_NOTE.search(norm):
        return []
    rest_role: str | None = None
    if FIRST_LISTED_LEADS.search(norm):
        rest_role = "support" if OTHERS_SUPPORT.search(norm) else "responsible"
    found = notes(doc, rest_role)
    taken = Taken(len(norm))
    for start, end, _, _ in found:
        taken.add(start, end)
    for start, end, roles in tables(doc):
        if start not in taken:
            found.append((start, end, AssignmentKind.TABLE, roles))
            taken.add(start, end)
    labelled = labelled_lines(doc, taken)
    found.extend(labelled)
    for start, end, _, _ in labelled:
        taken.add(start, end)
    found.extend(clauses(doc, taken))
    found.sort(key=lambda item: item[0])
    return [_assignment(doc, *item) for item in found]


def _check_glued(doc: Document, roles: Roles) -> None:
    """W403 for a name that reads as two organs without a separator (省发展改革委省财政厅)."""
    for name in [*roles.lead, *roles.support, *roles.responsible]:
        text = doc.norm[name.start : name.end]
        if name.end - name.start > 6 and GLUED_ORGANS.search(text) and text not in agency_names():
            doc.diagnostics.add(
                "W403", start=doc.span(name.start, name.end)[0], end=doc.span(name.start, name.end)[1]
            )


def _assignment(doc: Document, start: int, end: int, kind: AssignmentKind, roles: Roles) -> Assignment:
    _check_glued(doc, roles)
    orig_start, orig_end = doc.span(start, end)
    heading = doc.section_of(orig_start)
    return Assignment(
        text=doc.surface(start, end),
        start=orig_start,
        end=orig_end,
        kind=kind,
        lead=agencies_of(doc, roles.lead),
        support=agencies_of(doc, roles.support),
        responsible=agencies_of(doc, roles.responsible),
        heading=heading.id if heading is not None else None,
    )
