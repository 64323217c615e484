"""Sequence and nesting: which numbered candidates continue a numbering, and under which parent.

A stack keyed by marker class, in the document's own order: a candidate is accepted when it
continues the numbering of its class (``（三）`` after ``（二）``), starts one (``1``) or resumes
one after an interruption, and it closes the items of classes nested inside it. A clean title
line may skip a few numbers (W201) or repeat one (W202), a run-in title one number (a marker
lost inside a paragraph).
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.markers import rank
from policyparse.lexicon.layout import CELL_BARS
from policyparse.models import MarkerKind
from policyparse.stages.headings.candidates import Item
from policyparse.stages.headings.decide import clean_title_line, title_like, warn
from policyparse.stages.headings.titles import TitleForm


def _strong(item: Item) -> bool:
    return item.line_start and item.title.form not in (TitleForm.ITEM, TitleForm.EMPTY)


class _Nesting:
    """The open items of one part, the last number of each class and which classes nest in which."""

    def __init__(self) -> None:
        self.stack: list[int] = []
        self.last_number: dict[MarkerKind, int] = {}
        self.ancestors: dict[MarkerKind, set[MarkerKind]] = {}

    def depth_of(self, items: list[Item], kind: MarkerKind) -> int | None:
        """Depth of the innermost open item of ``kind`` on the stack."""
        return next(
            (d for d in range(len(self.stack) - 1, -1, -1) if items[self.stack[d]].marker.kind == kind), None
        )

    def pops(self, top: MarkerKind, kind: MarkerKind) -> bool:
        """Whether an open item of class ``top`` closes when a ``kind`` item opens (not as a sibling)."""
        if kind in self.ancestors.get(top, ()):
            return True
        if top in self.ancestors.get(kind, ()):
            return False
        return rank(top) >= rank(kind)

    def push(self, items: list[Item], index: int) -> None:
        item = items[index]
        item.accepted = True
        item.parent = self.stack[-1] if self.stack else None
        self.last_number[item.marker.kind] = item.marker.number
        self.ancestors.setdefault(item.marker.kind, set()).update(items[s].marker.kind for s in self.stack)
        self.stack.append(index)


def build_tree(doc: Document, items: list[Item]) -> None:
    """Accept candidates that keep a numbering in sequence and link each to its parent item."""
    nesting = _Nesting()
    part = 0
    for index, item in enumerate(items):
        if item.part != part:
            part = item.part
            nesting = _Nesting()
        depth = nesting.depth_of(items, item.marker.kind)
        if depth is not None:
            if not _continues(doc, item, items[nesting.stack[depth]].marker.number):
                continue
            del nesting.stack[depth:]
        else:
            if not _starts_or_resumes(doc, item, nesting.last_number.get(item.marker.kind)):
                continue
            while nesting.stack and nesting.pops(items[nesting.stack[-1]].marker.kind, item.marker.kind):
                nesting.stack.pop()
        nesting.push(items, index)


def _continues(doc: Document, item: Item, previous: int) -> bool:
    """Whether an item continues the open numbering of its class (which stood at ``previous``)."""
    number = item.marker.number
    if number == previous + 1 or (number == 1 and item.line_start):
        return True
    if clean_title_line(doc, item) and previous + 1 < number <= previous + 5:
        warn(doc, "W201", item, previous=previous, current=number)
        return True
    if number == previous + 2 and _run_in_title(doc, item):
        # one marker lost in a run of run-in titles (…市场建设。(七)全面推进…: the (六) is gone)
        warn(doc, "W201", item, previous=previous, current=number)
        return True
    if _strong(item) and number == previous:
        warn(doc, "W202", item, current=number)
        return True
    return False


def _run_in_title(doc: Document, item: Item) -> bool:
    """A run-in title (``（七）全面推进辅助服务补偿机制建设。…``), not a table row's cells."""
    title = item.title
    return (
        title.form is TitleForm.RUN_IN
        and title_like(doc, item)
        and CELL_BARS.isdisjoint(doc.norm[title.start : title.end])
    )


def _starts_or_resumes(doc: Document, item: Item, resumed: int | None) -> bool:
    """Whether an item of a class not open starts its numbering or resumes it after ``resumed``."""
    number = item.marker.number
    if number == 1 or (resumed is not None and number == resumed + 1):
        return True
    if clean_title_line(doc, item, full_stop=False) and number <= (resumed or 0) + 3:
        warn(doc, "W201", item, previous=resumed or 0, current=number)
        return True
    return False
