"""Heading nodes to :class:`~policyparse.models.Heading` objects: ids, parents, section ends.

Positions in a :class:`Node` are normalised indices; the headings carry input offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.document import Document
from policyparse.grammar.text import one_line
from policyparse.models import Heading, HeadingKind, MarkerKind
from policyparse.stages.headings.layout import Layout


@dataclass(slots=True, eq=False)
class Node:
    """A heading before ids are assigned: normalised positions and its parent node."""

    start: int
    marker_end: int
    title_start: int
    title_end: int
    kind: HeadingKind
    marker_kind: MarkerKind
    number: int | None
    level: int
    part: int
    para: int
    parent: Node | None = None
    run_in_end: int | None = None


def unnumbered(
    start: int,
    title_end: int,
    *,
    kind: HeadingKind,
    level: int,
    part: int,
    para: int,
    title_start: int | None = None,
) -> Node:
    """A node without a marker: a crosshead, a report's part title, an unnumbered run-in title."""
    return Node(
        start=start,
        marker_end=start,
        title_start=start if title_start is None else title_start,
        title_end=title_end,
        kind=kind,
        marker_kind=MarkerKind.NONE,
        number=None,
        level=level,
        part=part,
        para=para,
    )


def _orig(doc: Document, position: int) -> int:
    return doc.view.to_orig(position) if position < len(doc.norm) else len(doc.text)


def emit(doc: Document, layout: Layout, nodes: list[Node]) -> list[Heading]:
    """Headings with ids, parent ids and section ends (input offsets)."""
    ids = {id(node): index for index, node in enumerate(nodes)}
    section_ends = [0] * len(nodes)
    open_nodes: list[int] = []
    part = 0
    for index, node in enumerate(nodes):
        if node.part != part:
            for waiting in open_nodes:
                section_ends[waiting] = _orig(doc, layout.part_end(part, len(doc.norm)))
            open_nodes, part = [], node.part
        while open_nodes and nodes[open_nodes[-1]].level >= node.level:
            section_ends[open_nodes.pop()] = _orig(doc, node.start)
        open_nodes.append(index)
    end_of_part = layout.part_end(part, len(doc.norm))
    if part == 0 and doc.body_end is not None and nodes and nodes[-1].start < doc.body_end < end_of_part:
        end_of_part = doc.body_end
    for waiting in open_nodes:
        section_ends[waiting] = _orig(doc, end_of_part)
    part_titles = {part: one_line(doc.surface(s, e)) for part, (s, e) in layout.part_titles.items()}
    headings: list[Heading] = []
    for index, node in enumerate(nodes):
        start, end = doc.span(node.start, node.title_end)
        title_start, title_end = doc.span(node.title_start, node.title_end)
        headings.append(
            Heading(
                id=index,
                level=node.level,
                marker=doc.surface(node.start, node.marker_end),
                marker_kind=node.marker_kind,
                number=node.number,
                title=one_line(doc.surface(node.title_start, node.title_end)),
                start=start,
                end=end,
                title_start=title_start,
                title_end=title_end,
                kind=node.kind,
                parent=ids.get(id(node.parent)) if node.parent is not None else None,
                section_end=max(section_ends[index], end),
                part=node.part,
                part_title=part_titles.get(node.part),
            )
        )
    return headings
