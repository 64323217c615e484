"""Part titles of a work report: unnumbered lines over its numbered sections.

A report is often printed in parts whose titles carry no number (``2023年工作回顾``, then
``一、…`` ``二、…``; ``2024年工作安排``, then ``一、…``). Such a title is a level-1 heading; the
numbered sections under it, and everything nested in them, go one level down.

Positions are normalised indices.
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.sections import REPORT_PART
from policyparse.models import DocumentKind, HeadingKind, MarkerKind
from policyparse.stages.headings.emit import Node, unnumbered
from policyparse.stages.headings.layout import Layout, para_text


def report_parts(doc: Document, layout: Layout, nodes: list[Node]) -> list[Node]:
    """The part titles of a report that stand over numbered sections, with the nodes below them
    moved one level down (``nodes`` sorted by position; changed in place)."""
    if doc.kind is not DocumentKind.REPORT or not nodes:
        return []
    parts = _part_titles(doc, layout, {node.para for node in nodes})
    out: list[Node] = []
    for number, index in enumerate(parts):
        para = layout.paragraphs[index]
        end = layout.paragraphs[parts[number + 1]].start if number + 1 < len(parts) else len(doc.norm)
        below = [node for node in nodes if para.end <= node.start < end and node.part == 0]
        if not any(node.level == 1 and node.marker_kind is not MarkerKind.NONE for node in below):
            continue  # a part title stands over numbered sections
        part = _part_node(para.start, para.end, index)
        for node in below:
            node.level += 1
            if node.parent is None:
                node.parent = part
        out.append(part)
    return out


def _part_titles(doc: Document, layout: Layout, taken: set[int]) -> list[int]:
    """Paragraphs of the main text that read as a report's part title and are no heading yet."""
    return [
        index
        for index, para in enumerate(layout.paragraphs)
        if index not in taken
        and layout.part_of[index] == 0
        and para.start >= doc.body_start
        and REPORT_PART.match(para_text(doc, para).strip()) is not None
    ]


def _part_node(start: int, end: int, para: int) -> Node:
    return unnumbered(start, end, kind=HeadingKind.CROSSHEAD, level=1, part=0, para=para)
