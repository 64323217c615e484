"""The heading tree: numbered titles, structural units, run-in titles, crossheads, articles.

The stage works in four steps, all on the normalised view (``doc.norm``):

1. **Layout** (:mod:`policyparse.outline`): paragraphs, attachment parts (``附件1``), the
   ``附件：`` list, boxed inserts (``专栏1``) and noise positions that stand for a lost ``。``.
2. **Numbered candidates**: a marker (``一、`` ``（一）`` ``1.`` ``第一章`` …, see
   :mod:`policyparse.markers`) at the start of a paragraph, or mid-paragraph after ``。：；）``
   or glued to a title (text that lost its line breaks), with the title read after it.
3. **Sequence and nesting**: a stack keyed by marker class accepts a candidate only when it
   continues a numbering (``（三）`` after ``（二）``), starts one (``1``) or resumes one; the
   nesting the document uses gives the levels. Accepted items that are titles (a title line,
   or a short run-in title) become headings; the others (list items, body sentences) only
   keep the numbering in step.
4. **Unnumbered headings** (:mod:`policyparse.unnumbered`): crossheads of news reports (rule 3) and sibling paragraphs that
   open with a short topic phrase (rule 4), placed one level below the heading they stand
   under.

Articles ``第X条`` of rules and regulations are :class:`~policyparse.models.Article` objects
(:mod:`policyparse.articles`); the numbered items inside them are their ``items``.
"""

from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass

from policyparse import articles as article_stage
from policyparse import outline, unnumbered
from policyparse.document import Document
from policyparse.lexicon import markers as lex
from policyparse.markers import (
    MarkerMatch,
    TitleRead,
    match_article,
    match_inline_enum,
    match_marker,
    read_title,
    trim_title_end,
)
from policyparse.models import Article, DocumentKind, Heading, HeadingKind
from policyparse.outline import Layout, Node

__all__ = ["extract_headings"]


@dataclass(slots=True)
class _Item:
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


def extract_headings(doc: Document) -> tuple[list[Heading], list[Article]]:
    """Headings in reading order (a flat list with parents) and the articles of rules.

    >>> from policyparse.document import Document
    >>> doc = Document.from_text("一、总体要求\\n（一）指导思想。以……为指导。\\n（二）基本原则。坚持……。")
    >>> heads, _ = extract_headings(doc)
    >>> [(h.level, h.marker, h.title, h.parent) for h in heads]
    [(1, '一、', '总体要求', None), (2, '（一）', '指导思想', 0), (2, '（二）', '基本原则', 0)]
    """
    layout = outline.layout(doc)
    articles = article_stage.find_articles(doc, layout)
    rules = len(articles) >= 3 or (len(articles) >= 2 and doc.kind is DocumentKind.RULES)
    if rules:
        doc.diagnostics.add("I205", start=doc.span(articles[0].start, articles[0].end)[0])
    else:
        articles = []
    article_spans = article_stage.article_spans(doc, layout, articles)
    items = _candidates(doc, layout, article_spans)
    if articles:
        items = _drop_items_of_rules(layout, articles, items)
    _build_tree(doc, items)
    _decide(doc, layout, items)
    nodes = _numbered_nodes(doc, items)
    nodes.extend(unnumbered.crossheads(doc, layout, nodes))
    nodes.sort(key=lambda n: n.start)
    nodes.extend(unnumbered.unnumbered_run_ins(doc, layout, nodes, article_spans))
    nodes.sort(key=lambda n: n.start)
    headings = outline.emit(doc, layout, nodes)
    return headings, article_stage.emit_articles(doc, layout, articles, article_spans, headings)


# ---------------------------------------------------------------- candidates


def _candidates(doc: Document, layout: Layout, article_spans: list[tuple[int, int]]) -> list[_Item]:
    """Numbered candidates in reading order."""
    norm = doc.norm
    items: list[_Item] = []
    span_index = 0
    for index, para in enumerate(layout.paragraphs):
        if index in layout.excluded:
            continue
        part = layout.part_of[index]
        first = outline.skip_markup(norm, para.start, para.end)
        queue = [first, *outline.midline_positions(norm, para.start, para.end)]
        heapq.heapify(queue)
        seen: set[int] = set()
        glued: set[int] = set()
        while queue:
            pos = heapq.heappop(queue)
            if pos in seen or pos >= para.end:
                continue
            seen.add(pos)
            while span_index < len(article_spans) and article_spans[span_index][1] <= pos:
                span_index += 1
            inside_article = span_index < len(article_spans) and article_spans[span_index][0] <= pos
            marker = match_marker(norm, pos)
            if marker is None and pos == first:
                marker = match_inline_enum(norm, pos)
            if marker is None and (pos == first or pos in glued):
                marker = outline.bare_number(norm, pos, part)
            if marker is None:
                continue
            if inside_article and marker.kind not in lex.STRUCTURAL_CLASSES:
                continue
            if match_article(norm, pos) is not None:
                continue
            if marker.kind.startswith("decimal") and pos != first:
                continue
            title = read_title(norm, marker.end, para.end, layout.stops)
            if marker.kind in ("bare_number", "decimal1") and title.form != "line":
                continue
            title = outline.join_spaced_title(doc, layout, index, title)
            if marker.kind in lex.STRUCTURAL_CLASSES:
                title = _cut_at_article(norm, title)
            if part > 0 and title.form == "line" and marker.kind != "bare_number":
                title = outline.split_bare_number(norm, title)
            items.append(_Item(marker, title, index, part, pos == first))
            if title.next_marker is not None:
                glued.add(title.next_marker)
                heapq.heappush(queue, title.next_marker)
    return items


def _cut_at_article(norm: str, title: TitleRead) -> TitleRead:
    """A chapter title that runs into its first article on the same line ends before it:
    ``第七章 法律责任 第四十二条 …`` → ``法律责任``."""
    if title.form not in ("line", "glued", "line_stop"):
        return title
    found = lex.ARTICLE.search(norm, title.start, title.end)
    if found is None or found.start() - title.start < 2:
        return title
    end = trim_title_end(norm, title.start, found.start())
    return TitleRead("glued", title.start, end, next_marker=title.next_marker)


def _drop_items_of_rules(layout: Layout, articles: list[MarkerMatch], items: list[_Item]) -> list[_Item]:
    """In a part made of articles, numbered items after the first article are 项, not headings."""
    starts = [p.start for p in layout.paragraphs]
    first_in_part: dict[int, int] = {}
    for article in articles:
        part = layout.part_of[max(0, bisect.bisect_right(starts, article.start) - 1)]
        first_in_part.setdefault(part, article.start)
    return [
        item
        for item in items
        if item.marker.kind in lex.STRUCTURAL_CLASSES
        or item.part not in first_in_part
        or item.marker.start < first_in_part[item.part]
    ]


# ---------------------------------------------------------------- sequence and nesting


def _strong(item: _Item) -> bool:
    return item.line_start and item.title.form not in ("item", "empty")


def _build_tree(doc: Document, items: list[_Item]) -> None:
    """Accept candidates that keep a numbering in sequence and link each to its parent item."""
    stack: list[int] = []
    last_number: dict[str, int] = {}
    ancestors: dict[str, set[str]] = {}
    part = 0
    for index, item in enumerate(items):
        if item.part != part:
            part = item.part
            stack, last_number, ancestors = [], {}, {}
        kind, number = item.marker.kind, item.marker.number
        depth = next((d for d in range(len(stack) - 1, -1, -1) if items[stack[d]].marker.kind == kind), None)
        if depth is not None:
            previous = items[stack[depth]].marker.number
            if number == previous + 1 or (number == 1 and item.line_start):
                pass
            elif _clean_title_line(doc, item) and previous + 1 < number <= previous + 5:
                _warn(doc, "W201", item, previous=previous, current=number)
            elif _strong(item) and number == previous:
                _warn(doc, "W202", item, current=number)
            else:
                continue
            del stack[depth:]
        else:
            resumed = last_number.get(kind)
            if number == 1 or (resumed is not None and number == resumed + 1):
                pass
            elif _clean_title_line(doc, item, full_stop=False) and number <= (resumed or 0) + 3:
                _warn(doc, "W201", item, previous=resumed or 0, current=number)
            else:
                continue
            while stack and _pops(items[stack[-1]].marker.kind, kind, ancestors):
                stack.pop()
        item.accepted = True
        item.parent = stack[-1] if stack else None
        last_number[kind] = number
        ancestors.setdefault(kind, set()).update(items[s].marker.kind for s in stack)
        stack.append(index)


def _clean_title_line(doc: Document, item: _Item, *, full_stop: bool = True) -> bool:
    """A title standing alone on its line (ending in ``。`` only if ``full_stop``), without commas,
    that is a phrase and no citation: such a title may skip numbers (W201)."""
    if not item.line_start or item.title.length == 0:
        return False
    stop_line = full_stop and item.title.form == "line_stop" and item.title.stop == "。"
    if item.title.form != "line" and not stop_line:
        return False
    text = doc.norm[item.title.start : item.title.end]
    return "，" not in text and "," not in text and _title_like(doc, item)


def _pops(top: str, kind: str, ancestors: dict[str, set[str]]) -> bool:
    """Whether an open item of class ``top`` closes when a ``kind`` item opens (not as a sibling)."""
    if kind in ancestors.get(top, ()):
        return True
    if top in ancestors.get(kind, ()):
        return False
    return lex.CANONICAL_RANK.get(top, 99) >= lex.CANONICAL_RANK.get(kind, 99)


def _warn(doc: Document, code: str, item: _Item, **fields: object) -> None:
    start, end = doc.span(item.marker.start, item.marker.end)
    doc.diagnostics.add(code, start=start, end=end, **fields)


# ---------------------------------------------------------------- which items are titles


def _title_like(doc: Document, item: _Item) -> bool:
    """The item's text is a title (of any form), commas allowed."""
    title = item.title
    if item.marker.kind in lex.STRUCTURAL_CLASSES:
        return True
    if lex.CITATION.match(doc.norm, title.start, title.end) is not None:
        return False  # an item of a list of sources: 7、《中华人民共和国土地管理法实施条例》
    if item.marker.kind == "inline_enum":
        return title.form == "line" and title.length <= lex.RUN_IN_MAX
    if title.form in ("line", "glued"):
        return title.length > 0
    if title.form in ("run_in", "line_stop") and title.stop in lex.RUN_IN_ENDS:
        text = doc.norm[title.start : title.end]
        # a title line of its own may be long; a run-in title or a line with commas may not
        alone = title.form == "line_stop" and "，" not in text
        return (
            0 < len(text) <= (lex.LINE_TITLE_MAX if alone else lex.RUN_IN_MAX)
            and lex.DEADLINE_IN_TITLE.search(text) is None
            and lex.RUN_IN_CLAUSE_WORDS.search(text) is None
            and lex.ORGAN_CLAUSE.match(text) is None
        )
    return False


def _has_content(layout: Layout, items: list[_Item], accepted: list[int]) -> dict[int, bool]:
    """Whether each accepted item opens a section: a child item or a paragraph before the next item."""
    content: dict[int, bool] = {}
    for position, i in enumerate(accepted):
        item = items[i]
        if item.title.form not in ("line", "line_stop") or item.marker.kind == "bare_number":
            content[i] = True
            continue
        following = items[accepted[position + 1]] if position + 1 < len(accepted) else None
        if following is not None and following.parent == i:
            content[i] = True
            continue
        limit = following.para if following is not None else len(layout.paragraphs)
        content[i] = any(p not in layout.excluded for p in range(item.para + 1, min(limit, item.para + 50)))
    return content


def _decide(doc: Document, layout: Layout, items: list[_Item]) -> None:
    """Mark the accepted items that are headings."""
    accepted = [i for i, item in enumerate(items) if item.accepted]
    like = {i: _title_like(doc, items[i]) for i in accepted}
    content = _has_content(layout, items, accepted)
    siblings: dict[tuple[int | None, str, int], list[int]] = {}
    for i in accepted:
        item = items[i]
        siblings.setdefault((item.parent, item.marker.kind, item.part), []).append(i)
    group_like = {id(group): sum(like[j] for j in group) for group in siblings.values()}
    # a run whose items end in ；is a list: its last item, ending in 。, is a list item too
    listed = {id(group) for group in siblings.values() if any(items[j].title.stop == "；" for j in group)}
    group_content = {id(group): sum(content[j] for j in group) for group in siblings.values()}
    for i in accepted:
        item = items[i]
        if item.title.form == "empty" or (item.title.form != "item" and item.title.length == 0):
            _warn(doc, "W203", item)
            continue
        if not like[i]:
            continue
        group = siblings[(item.parent, item.marker.kind, item.part)]
        if not content[i] and (group[-1] != i or 2 * group_content[id(group)] < len(group)):
            continue
        text = doc.norm[item.title.start : item.title.end]
        commas = "，" in text or "," in text
        others = len(group) - 1
        support = group_like[id(group)] - like[i]
        if item.title.form == "line_stop" and id(group) in listed:
            continue
        if item.title.form in ("line", "glued") or item.title.stop == "：":
            item.heading = True
        elif not commas:
            # a short sentence opening an item of a list of sentences is body text (a directive),
            # except for the top-level decision points of a reply or decision
            lenient = item.parent is None or item.title.form == "line_stop"
            item.heading = lenient or others < 2 or 3 * support >= others
        else:
            item.heading = others > 0 and 2 * support >= others


def _numbered_nodes(doc: Document, items: list[_Item]) -> list[Node]:
    """Heading nodes of the numbered items, with levels from the nesting of headings."""
    nodes: list[Node] = []
    flattened = False
    for item in items:
        if not item.heading:
            continue
        parent = item.parent
        while parent is not None and not items[parent].heading:
            parent = items[parent].parent
        parent_node = items[parent].node if parent is not None else None
        level = parent_node.level + 1 if parent_node is not None else 1
        if level > lex.MAX_DEPTH:
            if not flattened:
                _warn(doc, "W204", item, limit=lex.MAX_DEPTH)
                flattened = True
            level = lex.MAX_DEPTH
        structural = item.marker.kind in lex.STRUCTURAL_CLASSES
        title_start, title_end = item.title.start, item.title.end
        kind = HeadingKind.STRUCTURAL if structural else HeadingKind.NUMBERED
        if not structural and item.title.form == "run_in":
            kind = HeadingKind.RUN_IN
        node = Node(
            start=item.marker.start,
            marker_end=item.marker.end,
            title_start=title_start,
            title_end=max(title_start, title_end),
            kind=kind,
            marker_kind=item.marker.kind,
            number=item.marker.number,
            level=level,
            part=item.part,
            para=item.para,
            parent=parent_node,
            run_in_end=_run_in_end(doc, item.title) if kind is HeadingKind.RUN_IN else None,
        )
        item.node = node
        nodes.append(node)
    return nodes


def _run_in_end(doc: Document, title: TitleRead) -> int:
    """Position just after a run-in title's ``。``/``：`` (where the body text begins)."""
    norm = doc.norm
    position = title.end
    while position < len(norm) and norm[position] in lex.TITLE_TRAILING:
        position += 1
    return position
