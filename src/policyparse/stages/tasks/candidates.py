"""Task candidates: a task heading's section, inline items (``一是…二是…``), numbered list
items, the paragraphs a news report announces, the rows of a task-division plan.

Positions are normalised indices.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from policyparse.document import Document
from policyparse.grammar.markers import MarkerMatch, match_marker, match_table_row, rank
from policyparse.grammar.notes import is_role_note
from policyparse.grammar.numerals import cn_to_int
from policyparse.grammar.sections import (
    FIRST_CLAUSE,
    INLINE_DASH,
    INLINE_ITEM,
    ITEM_TAIL,
    LISTED_BEFORE_COUNT,
    TASKS_ANNOUNCED,
)
from policyparse.models import (
    Assignment,
    AssignmentKind,
    Heading,
    HeadingKind,
    MarkerKind,
    StatedCount,
    SubItem,
)
from policyparse.segment import Segment
from policyparse.stages.tasks.runon import division_items

#: The marker classes of a task section's list items.
LIST_ITEM_CLASSES = frozenset(
    {
        MarkerKind.ARABIC_PAREN,
        MarkerKind.ARABIC_DOT,
        MarkerKind.ARABIC_DUN,
        MarkerKind.CIRCLED,
        MarkerKind.CN_PAREN,
    }
)
_TITLE_TRAIL = "。；：，. "


@dataclass
class Candidate:
    """A task before it becomes a model: normalised spans, or a heading."""

    start: int
    end: int
    title_start: int
    title_end: int
    marker: str = ""
    heading: Heading | None = None
    subs: list[SubItem] = field(default_factory=list)


def heading_candidate(doc: Document, heading: Heading) -> Candidate:
    start = doc.view.from_orig(heading.start)
    end = doc.view.from_orig(heading.section_end)
    title_start = doc.view.from_orig(heading.title_start)
    title_end = doc.view.from_orig(heading.title_end)
    return Candidate(start, max(end, title_end), title_start, title_end, heading.marker, heading)


def first_clause(norm: str, start: int, end: int) -> tuple[int, int]:
    m = FIRST_CLAUSE.match(norm, start, end)
    if m is None:
        return start, start
    clause_end = m.end()
    while clause_end > start and norm[clause_end - 1] in _TITLE_TRAIL:
        clause_end -= 1
    return start, clause_end


def inline_items(norm: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Inline enumeration items ``一是……；二是……`` of a span: ``(start, end, marker)`` in order.

    Items must run 一, 二, 三 … from the first; an item ends where the next begins.
    """
    found: list[tuple[int, int, str]] = []
    expected = 1
    for m in INLINE_ITEM.finditer(norm, start, end):
        value = cn_to_int(m.group(1))
        if value != expected:
            continue
        if m.start() > start and norm[m.start() - 1] not in "。；：，\n 　":
            continue
        found.append((m.start(), m.end(), m.group()))
        expected += 1
    if len(found) < 2:
        return []
    items: list[tuple[int, int, str]] = []
    for index, (item_start, _body, marker) in enumerate(found):
        item_end = found[index + 1][0] if index + 1 < len(found) else item_tail(norm, item_start, end)
        items.append((item_start, item_end, marker))
    return items


def item_tail(norm: str, start: int, end: int) -> int:
    stop = ITEM_TAIL.search(norm, start, end)
    return stop.end() if stop is not None else end


def inline_candidates(doc: Document, start: int, end: int) -> list[Candidate]:
    norm = doc.norm
    out: list[Candidate] = []
    for item_start, item_end, marker in inline_items(norm, start, end):
        body = item_start + len(marker)
        title_start, title_end = first_clause(norm, body, item_end)
        out.append(
            Candidate(item_start, _strip_end(norm, item_start, item_end), title_start, title_end, marker)
        )
    return out


def _strip_end(norm: str, start: int, end: int) -> int:
    while end > start and norm[end - 1] in "；， \n\t":
        end -= 1
    return end


def list_marker(norm: str, start: int, end: int, *, rows: bool = True) -> tuple[MarkerMatch, int] | None:
    """A list item's marker at ``start`` (``（1）`` ``1.`` ``1、`` ``①`` ``（一）``, or a table row's
    number ``12 |``) and where its text begins (after spaces and a cell bar)."""
    marker = match_marker(norm, start, classes=LIST_ITEM_CLASSES)
    if marker is None and rows:
        marker = match_table_row(norm, start, end)
    if marker is None:
        return None
    body = marker.end
    while body < end and norm[body] in " |｜\t":
        body += 1
    return marker, body


def list_item_candidates(doc: Document, start: int, end: int) -> list[Candidate]:
    """Numbered paragraphs (``1. 加强组织领导，…``) of a span that are not headings: the items
    of the first marker class found."""
    norm = doc.norm
    items: list[tuple[int, int, str]] = []
    kind: MarkerKind | None = None
    for para in doc.paragraphs:
        if not start <= para.start < end:
            continue
        found = list_marker(norm, para.start, para.end)
        if found is None:
            continue
        marker, body = found
        kind = kind or marker.kind
        if marker.kind is kind:
            items.append((para.start, body, norm[marker.start : marker.end]))
    out: list[Candidate] = []
    for index, (item_start, body, marker_text) in enumerate(items):
        item_end = items[index + 1][0] if index + 1 < len(items) else end
        title_start, title_end = first_clause(norm, body, item_end)
        out.append(
            Candidate(item_start, _strip_end(norm, item_start, item_end), title_start, title_end, marker_text)
        )
    return out


def section_items(doc: Document, heading: Heading) -> list[Candidate]:
    """Tasks of a task-naming section without child headings: inline items, else list items."""
    candidate = heading_candidate(doc, heading)
    body_start = candidate.title_end
    items = inline_candidates(doc, body_start, candidate.end)
    return items or list_item_candidates(doc, body_start, candidate.end)


def news_candidates(doc: Document, stated: StatedCount | None) -> list[Candidate]:
    """A news report's tasks: the paragraphs after the announcing sentence, one per task; without
    a count, the crossheads that follow a sentence announcing the tasks (``要完成这些任务``)."""
    if stated is None:
        return _announced_crossheads(doc)
    norm = doc.norm
    listed = _listed_before(doc, doc.view.from_orig(stated.start))
    if listed:
        return listed[: stated.value]
    start = doc.view.from_orig(stated.end)
    following = [p for p in doc.paragraphs if p.start >= start]
    if following and following[0].start < item_tail(norm, start, len(norm)):
        following = following[1:]
    out: list[Candidate] = []
    for para in following[: stated.value]:
        title_start, title_end = first_clause(norm, para.start, para.end)
        out.append(Candidate(para.start, para.end, title_start, title_end))
    if len(out) == stated.value:
        return out
    inline = inline_candidates(doc, start, min(len(norm), start + 5000))
    if len(inline) >= 2:
        return inline[: stated.value]
    return _semicolon_items(doc, start, stated.value) or _dash_items(doc, start, stated.value)


def _listed_before(doc: Document, count_start: int) -> list[Candidate]:
    """The items a news report lists before its count (``部署了强化宏观调控就业优先导向、加强产业
    和就业协同、…等9方面重点任务``): the named ones, which may be fewer than the count."""
    norm = doc.norm
    sentence_start = max(norm.rfind(mark, 0, count_start) for mark in "。；\n") + 1
    m = LISTED_BEFORE_COUNT.search(norm, sentence_start, count_start)
    if m is None:
        return []
    items: list[Candidate] = []
    cursor = m.start("items")
    for piece_end in [*(i for i in range(cursor, m.end("items")) if norm[i] == "、"), m.end("items")]:
        start, end = cursor, piece_end
        if end - start >= 2:
            items.append(Candidate(start, end, start, end))
        cursor = piece_end + 1
    return items if len(items) >= 2 else []


def _semicolon_items(doc: Document, start: int, count: int) -> list[Candidate]:
    """The ``count`` items of an announced list run on after its colon and separated by ``；``
    (``部署了9个方面重点任务：塑造立德树人新格局，…；办强办优基础教育，…；…。``), each titled by
    its first clause; ``[]`` unless the sentence holds exactly that many items."""
    norm = doc.norm
    colon = norm.find("：", start, min(len(norm), start + 8))
    if colon == -1 or count < 2:
        return []
    stop = norm.find("。", colon, min(len(norm), colon + 3000))
    end = stop if stop != -1 else min(len(norm), colon + 3000)
    items: list[Candidate] = []
    cursor = colon + 1
    while cursor < end:
        item_end = norm.find("；", cursor, end)
        item_end = end if item_end == -1 else item_end
        title_start, title_end = first_clause(norm, cursor, item_end)
        items.append(Candidate(cursor, item_end, title_start, title_end))
        cursor = item_end + 1
    return items if len(items) == count else []


def _dash_items(doc: Document, start: int, count: int) -> list[Candidate]:
    """The ``count`` items of an announced list run on as dash bullets in its paragraph
    (``会议从三方面部署多项措施：——进一步提高通关效率。…——进一步降低…。``), each titled by its
    first clause; ``[]`` unless the paragraph holds exactly that many."""
    norm = doc.norm
    end = norm.find("\n", start)
    end = len(norm) if end == -1 else end
    dashes = [m.span() for m in INLINE_DASH.finditer(norm, start, end)]
    if count < 2 or len(dashes) != count:
        return []
    items: list[Candidate] = []
    for index, (dash, body) in enumerate(dashes):
        item_end = dashes[index + 1][0] if index + 1 < len(dashes) else item_tail(norm, body, end)
        title_start, title_end = first_clause(norm, body, item_end)
        items.append(Candidate(dash, _strip_end(norm, dash, item_end), title_start, title_end, "——"))
    return items


def _announced_crossheads(doc: Document) -> list[Candidate]:
    """The crossheads after the first paragraph that announces tasks without counting them."""
    for para in doc.paragraphs:
        text = doc.norm[para.start : para.end].rstrip("。！〜~ ")
        if len(text) > 80 or TASKS_ANNOUNCED.search(text) is None:
            continue
        after = doc.view.to_orig(para.end)
        heads = [
            h for h in doc.headings if h.kind is HeadingKind.CROSSHEAD and h.start >= after and h.level == 1
        ]
        return [heading_candidate(doc, h) for h in heads] if len(heads) >= 2 else []
    return []


def division_candidates(doc: Document, assignments: list[Assignment]) -> list[Candidate]:
    """Items of a task-division plan: numbered items or rows carrying their own lead-unit note."""
    norm = doc.norm
    out: list[Candidate] = []
    ranks: list[int] = []
    paragraphs = doc.paragraphs
    starts = [p.start for p in paragraphs]
    for assignment in assignments:
        if assignment.kind is AssignmentKind.CLAUSE:
            continue  # a clause of the text (…要配合做好…) is no lead-unit note of an item
        note_start = doc.view.from_orig(assignment.start)
        index = bisect.bisect_right(starts, note_start) - 1
        if index < 0 or not paragraphs[index].start <= note_start < max(
            paragraphs[index].end, note_start + 1
        ):
            continue
        if assignment.kind is AssignmentKind.NOTE:
            index = _noted_paragraph(norm, paragraphs, index)
        para = paragraphs[index]
        found = list_marker(norm, para.start, para.end)
        if found is None or any(c.start == para.start for c in out):
            continue
        marker, body = found
        title_start, title_end = first_clause(norm, body, para.end)
        out.append(Candidate(para.start, para.end, title_start, title_end, norm[marker.start : marker.end]))
        ranks.append(rank(marker.kind))
    return _sections(doc, _items_not_measures(doc, out, ranks) or _run_on_division(doc, assignments))


def _noted_paragraph(norm: str, paragraphs: list[Segment], index: int) -> int:
    """The paragraph a bracketed note closes: its own, or, for a note that is a paragraph of its
    own (``21.坚决纠正…等现象。`` / ``（发展改革委、司法部牵头，各地区负责）``), the paragraph before
    it, the measure it was printed under."""
    para = paragraphs[index]
    return index - 1 if index > 0 and is_role_note(norm[para.start : para.end]) else index


def _items_not_measures(doc: Document, items: list[Candidate], ranks: list[int]) -> list[Candidate]:
    """The items, without the measures numbered under one (``4.推行…（市场监管总局牵头…）`` /
    ``主要措施：`` / ``（1）…（市场监管总局负责）``): an item of an inner class after an item of an
    outer one, before the next heading that is unnumbered or of the outer item's class or an outer
    one, is a measure of it, and its note belongs to its task."""
    headings = [
        (doc.view.from_orig(h.start), -1 if h.marker_kind is MarkerKind.NONE else rank(h.marker_kind))
        for h in doc.headings
    ]
    # where an item's measures end, by the item's rank: at the next heading that is not one of
    # them (unnumbered, or numbered in the item's class or an outer one)
    bounds = {r: sorted(at for at, h_rank in headings if h_rank <= r) for r in set(ranks)}
    kept: list[Candidate] = []
    outer: tuple[int, int] | None = None  # the rank of the last kept item and where its reach ends
    for item, item_rank in sorted(zip(items, ranks, strict=True), key=lambda pair: pair[0].start):
        if outer is not None and item_rank > outer[0] and item.start < outer[1]:
            continue
        kept.append(item)
        following = bisect.bisect_right(bounds[item_rank], item.start)
        reach = bounds[item_rank][following] if following < len(bounds[item_rank]) else len(doc.norm)
        outer = (item_rank, reach)
    return kept


def _sections(doc: Document, items: list[Candidate]) -> list[Candidate]:
    """Each item's section runs to the next item, the last one's to the next heading (the
    guideline's rule for tasks that are not headings): the notes of the measures numbered
    under an item belong to its task."""
    items = sorted(items, key=lambda c: c.start)
    heading_starts = sorted(doc.view.from_orig(h.start) for h in doc.headings)
    for index, item in enumerate(items):
        if index + 1 < len(items):
            item.end = max(item.end, items[index + 1].start)
            continue
        following = bisect.bisect_right(heading_starts, item.start)
        limit = heading_starts[following] if following < len(heading_starts) else doc.body_end
        item.end = max(item.end, limit if limit is not None else len(doc.norm))
    return items


def _run_on_division(doc: Document, assignments: list[Assignment]) -> list[Candidate]:
    """The items of a division plan that lost its line breaks (:mod:`.runon`)."""
    norm = doc.norm
    out: list[Candidate] = []
    for item in division_items(doc, assignments):
        title_start, title_end = first_clause(norm, item.marker.end, item.end)
        out.append(
            Candidate(
                item.marker.start, item.end, title_start, title_end, norm[item.marker.start : item.marker.end]
            )
        )
    return out
