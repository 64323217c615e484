"""Numbered candidates: every marker at a paragraph start, after ``。：；）``, or glued to a title.

A candidate is a :class:`Item`: the marker, the title read after it, and what the later steps
decide about it (accepted into a numbering, a heading, its node). Positions are normalised.
"""

from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass

from policyparse.document import Document
from policyparse.grammar.layout import DATA_ROW
from policyparse.grammar.markers import (
    ARTICLE,
    DECIMAL_KINDS,
    MARKER_START_CHARS,
    STRUCTURAL,
    MarkerMatch,
    match_article,
    match_inline_enum,
    match_marker,
)
from policyparse.models import MarkerKind
from policyparse.stages.headings.emit import Node
from policyparse.stages.headings.layout import Layout, bare_number, skip_markup, table_row
from policyparse.stages.headings.repair import join_spaced_title, split_bare_number
from policyparse.stages.headings.titles import TitleForm, TitleRead, read_title, trim_title_end

#: Forms a title line may have before a chapter's first article is cut off.
_CUTTABLE = (TitleForm.LINE, TitleForm.GLUED, TitleForm.LINE_STOP)


@dataclass(slots=True)
class Item:
    """A numbered candidate: a marker with the title read after it."""

    marker: MarkerMatch
    title: TitleRead
    para: int
    part: int
    line_start: bool
    parent: int | None = None
    accepted: bool = False
    heading: bool = False
    node: Node | None = None


class _Articles:
    """The article spans, walked forward: is a position inside one?"""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.index = 0

    def contains(self, pos: int) -> bool:
        while self.index < len(self.spans) and self.spans[self.index][1] <= pos:
            self.index += 1
        return self.index < len(self.spans) and self.spans[self.index][0] <= pos


def candidates(doc: Document, layout: Layout, article_spans: list[tuple[int, int]]) -> list[Item]:
    """Numbered candidates in reading order."""
    items: list[Item] = []
    articles = _Articles(article_spans)
    norm = doc.norm
    for index, para in enumerate(layout.paragraphs):
        if index in layout.excluded or para.end <= doc.body_start:
            continue  # the head (title lines, a collection's number and label) holds no section
        first = skip_markup(norm, para.start, para.end)
        queue = _marker_positions(norm, first, layout.midline_positions(norm, para.start, para.end), para.end)
        if not queue:
            continue
        heapq.heapify(queue)
        seen: set[int] = set()
        glued: set[int] = set()
        while queue:
            pos = heapq.heappop(queue)
            if pos in seen or pos >= para.end:
                continue
            seen.add(pos)
            item = _candidate_at(doc, layout, index, pos, first=pos == first, glued=pos in glued)
            if item is None or (articles.contains(pos) and item.marker.kind not in STRUCTURAL):
                continue
            items.append(item)
            if item.title.next_marker is not None:
                glued.add(item.title.next_marker)
                heapq.heappush(queue, item.title.next_marker)
    return items


def _marker_positions(norm: str, first: int, midline: list[int], end: int) -> list[int]:
    """Where a marker may start in a paragraph ending at ``end``: its first position ``first``
    and its ``midline`` positions, less those whose character starts no marker (for them
    :func:`_marker_at` finds nothing)."""
    return [pos for pos in (first, *midline) if pos < end and norm[pos] in MARKER_START_CHARS]


def _marker_at(doc: Document, pos: int, part: int, *, first: bool, glued: bool) -> MarkerMatch | None:
    """A marker at ``pos``: any class; ``一是`` only opening a paragraph; a bare number in tables."""
    norm = doc.norm
    marker = match_marker(norm, pos)
    if marker is None and first:
        marker = match_inline_enum(norm, pos)
    if marker is None and (first or glued):
        marker = bare_number(norm, pos, part)
    if marker is None and not first:
        marker = table_row(norm, pos, part)
    if marker is None or match_article(norm, pos) is not None:
        return None
    if marker.kind in DECIMAL_KINDS and not first:
        return None  # decimal outlines number whole lines
    return marker


def _candidate_at(
    doc: Document, layout: Layout, index: int, pos: int, *, first: bool, glued: bool
) -> Item | None:
    """The candidate whose marker starts at ``pos`` in paragraph ``index``, if any."""
    part = layout.part_of[index]
    marker = _marker_at(doc, pos, part, first=first, glued=glued)
    if marker is None:
        return None
    para = layout.paragraphs[index]
    line_end = doc.norm.find("\n", marker.end, para.end)
    if DATA_ROW.match(doc.norm, marker.end, para.end if line_end < 0 else line_end) is not None:
        return None  # the label of a table's row of figures
    title = read_title(doc.norm, marker.end, para.end, layout.stops)
    if marker.kind in (MarkerKind.BARE_NUMBER, MarkerKind.DECIMAL1) and title.form is not TitleForm.LINE:
        return None
    title = join_spaced_title(doc, layout, index, title)
    if marker.kind in STRUCTURAL:
        title = _cut_at_article(doc.norm, title)
    if part > 0 and title.form is TitleForm.LINE and marker.kind is not MarkerKind.BARE_NUMBER:
        title = split_bare_number(doc.norm, title)
    return Item(marker, title, index, part, first)


def _cut_at_article(norm: str, title: TitleRead) -> TitleRead:
    """A chapter title that runs into its first article on the same line ends before it:
    ``第七章 法律责任 第四十二条 …`` → ``法律责任``."""
    if title.form not in _CUTTABLE:
        return title
    found = ARTICLE.search(norm, title.start, title.end)
    if found is None or found.start() - title.start < 2:
        return title
    end = trim_title_end(norm, title.start, found.start())
    return TitleRead(TitleForm.GLUED, title.start, end, next_marker=title.next_marker)


def drop_items_of_rules(layout: Layout, articles: list[MarkerMatch], items: list[Item]) -> list[Item]:
    """In a part made of articles, numbered items after the first article are 项, not headings."""
    starts = [p.start for p in layout.paragraphs]
    first_in_part: dict[int, int] = {}
    for article in articles:
        part = layout.part_of[max(0, bisect.bisect_right(starts, article.start) - 1)]
        first_in_part.setdefault(part, article.start)
    return [
        item
        for item in items
        if item.marker.kind in STRUCTURAL
        or item.part not in first_in_part
        or item.marker.start < first_in_part[item.part]
    ]
