"""A task from its candidate: title, span, sub-items, deadline and deadline note; and its owners
(the assignments inside its section).

Positions of candidates are normalised indices; tasks carry input offsets.
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.sections import DEADLINE_LABEL, DEADLINE_NOTE, LABEL_VALUE_END, STANDALONE_NOTE
from policyparse.models import Agency, Assignment, Deadline, SubItem, SubItemKind, Task
from policyparse.stages.targets.deadlines import find_deadlines
from policyparse.stages.tasks.candidates import Candidate, inline_candidates, list_item_candidates
from policyparse.stages.tasks.sections import children


def _sub_items(doc: Document, candidate: Candidate) -> list[SubItem]:
    """A task's sub-items: its child headings, else its numbered list items, else its inline items."""
    if candidate.heading is not None:
        kids = children(doc.headings, candidate.heading)
        if kids:
            return [
                SubItem(
                    start=c.start,
                    end=c.section_end,
                    marker=c.marker,
                    title=c.title,
                    kind=SubItemKind.NUMBERED,
                )
                for c in kids
            ]
    subs: list[SubItem] = []
    body = candidate.title_end
    numbered = list_item_candidates(doc, body, candidate.end) if candidate.heading is not None else []
    for item in numbered:
        subs.append(_sub_item(doc, item, "numbered"))
    if not subs:
        subs = [_sub_item(doc, item, "inline") for item in inline_candidates(doc, body, candidate.end)]
    return subs


def _sub_item(doc: Document, item: Candidate, kind: str) -> SubItem:
    start, end = doc.span(item.start, item.end)
    title = doc.surface(item.title_start, item.title_end)
    return SubItem(
        start=start,
        end=end,
        marker=item.marker,
        title=title,
        kind=SubItemKind.INLINE if kind == "inline" else SubItemKind.NUMBERED,
    )


def _deadline(doc: Document, start: int, end: int) -> tuple[Deadline | None, str | None]:
    """The task's deadline: a labelled 完成时限, else a dated target inside it; and a note."""
    norm = doc.norm
    label = DEADLINE_LABEL.search(norm, start, end)
    note_match = STANDALONE_NOTE.search(norm, start, end)
    note = doc.surface(*note_match.span(1)) if note_match is not None else None
    if label is not None:
        stop = LABEL_VALUE_END.search(norm, label.end(), end)
        value_end = stop.start() if stop is not None else end
        labelled = find_deadlines(doc, label.end(), value_end)
        if labelled:
            return labelled[0], note
        value = DEADLINE_NOTE.search(norm, label.end(), value_end)
        if value is not None:
            return None, doc.surface(value.start(), value.end())
    found = find_deadlines(doc, start, end)
    if not found:
        return None, note
    latest = max(found, key=lambda d: (d.year or 0, d.month or 0, d.day or 0))
    return latest, note


def attach(tasks: list[Task], assignments: list[Assignment]) -> None:
    for assignment in assignments:
        for task in tasks:
            if task.start <= assignment.start < task.end:
                assignment.task = task.ordinal
                task.lead.extend(_copies(assignment.lead))
                task.support.extend(_copies(assignment.support))
                task.responsible.extend(_copies(assignment.responsible))
                break


def _copies(agencies: list[Agency]) -> list[Agency]:
    return [agency.model_copy() for agency in agencies]


def build_task(doc: Document, ordinal: int, candidate: Candidate) -> Task:
    start, end = doc.span(candidate.start, candidate.end)
    title_start, title_end = doc.span(candidate.title_start, candidate.title_end)
    title = (
        candidate.heading.title
        if candidate.heading is not None
        else doc.surface(candidate.title_start, candidate.title_end)
    )
    if not title.strip():
        doc.diagnostics.add("W404", start=start, end=end)
    deadline, note = _deadline(doc, candidate.start, candidate.end)
    return Task(
        ordinal=ordinal,
        title=title,
        marker=candidate.marker,
        start=start,
        end=max(end, title_end),
        title_start=title_start,
        title_end=title_end,
        heading=candidate.heading.id if candidate.heading is not None else None,
        sub_items=_sub_items(doc, candidate),
        deadline=deadline,
        deadline_note=note,
    )


def check_numbers(doc: Document, tasks: list[Task]) -> None:
    """W402 when two tasks of one numbered run carry the same number."""
    seen: dict[tuple[int | None, str], int] = {}
    by_id = {h.id: h for h in doc.headings}
    for task in tasks:
        heading = by_id.get(task.heading) if task.heading is not None else None
        if heading is None or heading.number is None:
            continue
        key = (heading.parent, f"{heading.marker_kind}:{heading.number}")
        if key in seen:
            doc.diagnostics.add("W402", start=task.start, end=task.end, ordinal=heading.number)
        seen[key] = task.ordinal
