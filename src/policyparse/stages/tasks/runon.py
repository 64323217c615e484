"""The items of a task-division plan whose text lost its line breaks (dev 038: 13,000 characters
on one line, ``（一）…（牵头…负责）具体措施：1．…（…牵头）2．…（二）…``).

In such a text the items cannot be found as paragraphs that open with a marker. They are found
in the run-on line itself: the ``（一）（二）…`` markers that run in sequence through it, and the
Arabic list markers that follow a sentence or a note (``。1．`` ``）2．``). Each lead-unit note
belongs to the nearest item before it; the plan's tasks are the items of the outermost marker
class that hold a note of their own (the inner items are the measures under them).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from policyparse.document import Document
from policyparse.grammar.markers import MarkerMatch, match_marker, rank
from policyparse.models import Assignment, MarkerKind
from policyparse.segment import Segment, is_run_on

#: Characters after which an Arabic list marker opens an item in run-on text.
_ITEM_OPENERS = "。；：）)"
_ARABIC_ITEMS = frozenset({MarkerKind.ARABIC_DOT, MarkerKind.ARABIC_DUN, MarkerKind.ARABIC_PAREN})


@dataclass(frozen=True, slots=True)
class Item:
    """A numbered item of a run-on line: its marker and where its text ends (the next item)."""

    marker: MarkerMatch
    end: int


def _sequence(norm: str, line: Segment) -> list[MarkerMatch]:
    """The ``（一）（二）…`` markers of the line that run in sequence from ``（一）``."""
    found: list[MarkerMatch] = []
    position = line.start
    while position < line.end:
        at = norm.find("（", position, line.end)
        if at < 0:
            break
        marker = match_marker(norm, at, classes=frozenset({MarkerKind.CN_PAREN}))
        if marker is not None and marker.number == len(found) + 1:
            found.append(marker)
        position = at + 1
    return found


def _arabic_items(norm: str, line: Segment) -> list[MarkerMatch]:
    """Arabic list markers that open an item after a sentence or a note."""
    found = []
    for index in range(line.start + 1, line.end):
        if norm[index - 1] in _ITEM_OPENERS and (marker := match_marker(norm, index, classes=_ARABIC_ITEMS)):
            found.append(marker)
    return found


def run_on_items(norm: str, line: Segment) -> list[Item]:
    """The numbered items of a run-on line, in order, each ending where the next begins."""
    by_start = {m.start: m for m in [*_sequence(norm, line), *_arabic_items(norm, line)]}
    markers = [by_start[start] for start in sorted(by_start)]
    return [
        Item(marker, markers[index + 1].start if index + 1 < len(markers) else line.end)
        for index, marker in enumerate(markers)
    ]


def division_items(doc: Document, assignments: list[Assignment]) -> list[Item]:
    """The items of the outermost class holding a lead-unit note, over the document's run-on lines."""
    norm = doc.norm
    held: list[Item] = []
    for line in doc.lines:
        if not is_run_on(norm, line):
            continue
        items = run_on_items(norm, line)
        starts = [item.marker.start for item in items]
        for assignment in assignments:
            note = doc.view.from_orig(assignment.start)
            index = bisect.bisect_right(starts, note) - 1
            if line.start <= note < line.end and index >= 0 and items[index] not in held:
                held.append(items[index])
    if not held:
        return []
    outermost = min(rank(item.marker.kind) for item in held)
    return sorted(
        (item for item in held if rank(item.marker.kind) == outermost), key=lambda i: i.marker.start
    )
