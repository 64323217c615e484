"""Which accepted items are headings, and the heading nodes with their levels.

An accepted item is a heading when its text is title-like (a title line, a short run-in title
without a deadline or a subject–predicate clause) and it opens a section, judged together with
its siblings: a run of directive sentences is a list, not a run of titles.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.document import Document
from policyparse.grammar.markers import STRUCTURAL
from policyparse.grammar.notes import is_role_note
from policyparse.grammar.titles import CITATION, DEADLINE_IN_TITLE, ORGAN_CLAUSE, RUN_IN_CLAUSE_WORDS
from policyparse.lexicon import markers as lex
from policyparse.models import HeadingKind, MarkerKind
from policyparse.stages.headings.candidates import Item
from policyparse.stages.headings.emit import Node
from policyparse.stages.headings.layout import Layout
from policyparse.stages.headings.titles import TitleForm, TitleRead

_LINES = (TitleForm.LINE, TitleForm.LINE_STOP)


def warn(doc: Document, code: str, item: Item, **fields: object) -> None:
    """Report diagnostic ``code`` at the item's marker."""
    start, end = doc.span(item.marker.start, item.marker.end)
    doc.diagnostics.add(code, start=start, end=end, **fields)


def title_like(doc: Document, item: Item) -> bool:
    """The item's text is a title (of any form), commas allowed."""
    title = item.title
    if item.marker.kind in STRUCTURAL:
        return _structural_title(doc, title)
    if CITATION.match(doc.norm, title.start, title.end) is not None:
        return False  # an item of a list of sources: 7、《中华人民共和国土地管理法实施条例》
    if item.marker.kind is MarkerKind.INLINE_ENUM:
        return title.form is TitleForm.LINE and title.length <= lex.RUN_IN_MAX
    if title.form in (TitleForm.LINE, TitleForm.GLUED):
        return title.length > 0
    if title.form in (TitleForm.RUN_IN, TitleForm.LINE_STOP) and title.stop in lex.RUN_IN_ENDS:
        text = doc.norm[title.start : title.end]
        # a title line of its own may be long; a run-in title or a line with commas may not
        alone = title.form is TitleForm.LINE_STOP and "，" not in text
        return (
            0 < len(text) <= (lex.LINE_TITLE_MAX if alone else lex.RUN_IN_MAX)
            and DEADLINE_IN_TITLE.search(text) is None
            and RUN_IN_CLAUSE_WORDS.search(text) is None
            and ORGAN_CLAUSE.match(text) is None
        )
    return False


def _structural_title(doc: Document, title: TitleRead) -> bool:
    """A chapter's (章, 节, 编) title: any form but a paragraph that runs on as a sentence after
    the marker (``第二章信息公开，包括信息公开的内容、方式…。``, a 解读 summarising a rule's
    chapters): no chapter title ends so."""
    sentence = title.form in (TitleForm.RUN_IN, TitleForm.LINE_STOP) and title.stop == "。"
    return title.form is not TitleForm.ITEM and not (sentence and "，" in doc.norm[title.start : title.end])


def clean_title_line(doc: Document, item: Item, *, full_stop: bool = True) -> bool:
    """A title standing alone on its line (ending in ``。`` only if ``full_stop``), without commas,
    that is a phrase and no citation: such a title may skip numbers (W201)."""
    if not item.line_start or item.title.length == 0:
        return False
    stop_line = full_stop and item.title.form is TitleForm.LINE_STOP and item.title.stop == "。"
    if item.title.form is not TitleForm.LINE and not stop_line:
        return False
    text = doc.norm[item.title.start : item.title.end]
    return "，" not in text and "," not in text and title_like(doc, item)


def _has_content(layout: Layout, items: list[Item], accepted: list[int]) -> dict[int, bool]:
    """Whether each accepted item opens a section: a child item or a paragraph before the next item."""
    content: dict[int, bool] = {}
    for position, i in enumerate(accepted):
        item = items[i]
        if item.title.form not in _LINES or item.marker.kind is MarkerKind.BARE_NUMBER:
            content[i] = True
            continue
        following = items[accepted[position + 1]] if position + 1 < len(accepted) else None
        if following is not None and following.parent == i:
            content[i] = True
            continue
        limit = following.para if following is not None else len(layout.paragraphs)
        content[i] = any(p not in layout.excluded for p in range(item.para + 1, min(limit, item.para + 50)))
    return content


@dataclass
class _Group:
    """Siblings: accepted items with one parent, one marker class, in one part."""

    members: list[int]
    like: int = 0
    content: int = 0
    listed: bool = False


def _groups(
    items: list[Item], accepted: list[int], like: dict[int, bool], content: dict[int, bool]
) -> dict[int, _Group]:
    """Each accepted item's sibling group, with how many of the group are title-like and open sections."""
    by_key: dict[tuple[int | None, MarkerKind, int], _Group] = {}
    of: dict[int, _Group] = {}
    for i in accepted:
        item = items[i]
        group = by_key.setdefault((item.parent, item.marker.kind, item.part), _Group([]))
        group.members.append(i)
        group.like += like[i]
        group.content += content[i]
        # a run whose items end in ；is a list: its last item, ending in 。, is a list item too
        group.listed = group.listed or item.title.stop == "；"
        of[i] = group
    return of


def decide(doc: Document, layout: Layout, items: list[Item]) -> None:
    """Mark the accepted items that are headings."""
    accepted = [i for i, item in enumerate(items) if item.accepted]
    like = {i: title_like(doc, items[i]) for i in accepted}
    content = _has_content(layout, items, accepted)
    groups = _groups(items, accepted, like, content)
    for i in accepted:
        item = items[i]
        if item.title.form is TitleForm.EMPTY or (
            item.title.form is not TitleForm.ITEM and item.title.length == 0
        ):
            warn(doc, "W203", item)
            continue
        if not like[i]:
            continue
        group = groups[i]
        if not content[i] and (group.members[-1] != i or 2 * group.content < len(group.members)):
            continue
        if item.title.form is TitleForm.LINE_STOP and (
            group.listed or _noted_on_next_line(doc, layout, item)
        ):
            continue
        item.heading = _heading_among_siblings(doc, item, group, int(like[i]))


def _noted_on_next_line(doc: Document, layout: Layout, item: Item) -> bool:
    """A sentence on a line of its own whose responsibility note stands on the next line
    (``21.坚决纠正…等现象。`` / ``（发展改革委、司法部牵头，各地区负责）``): a measure with its
    owners, printed as two lines, not a title."""
    if item.para + 1 >= len(layout.paragraphs):
        return False
    following = layout.paragraphs[item.para + 1]
    return is_role_note(doc.norm[following.start : following.end])


def _heading_among_siblings(doc: Document, item: Item, group: _Group, own_like: int) -> bool:
    """Whether a title-like item opening a section is a heading, given its siblings."""
    if item.title.form in (TitleForm.LINE, TitleForm.GLUED) or item.title.stop == "：":
        return True
    text = doc.norm[item.title.start : item.title.end]
    others = len(group.members) - 1
    support = group.like - own_like
    if "，" not in text and "," not in text:
        # a short sentence opening an item of a list of sentences is body text (a directive),
        # except for the top-level decision points of a reply or decision: a title needs at
        # least half of its siblings to be titles too (the guideline's "siblings of the same
        # form"; a third let 4.推行…改革。 stand among 16 directive items, blind set 8's d02)
        lenient = item.parent is None or item.title.form is TitleForm.LINE_STOP
        return lenient or others < 2 or 2 * support >= others
    return others > 0 and 2 * support >= others


def numbered_nodes(doc: Document, items: list[Item]) -> list[Node]:
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
                warn(doc, "W204", item, limit=lex.MAX_DEPTH)
                flattened = True
            level = lex.MAX_DEPTH
        item.node = _node(doc, item, level, parent_node)
        nodes.append(item.node)
    return nodes


def _node(doc: Document, item: Item, level: int, parent: Node | None) -> Node:
    structural = item.marker.kind in STRUCTURAL
    kind = HeadingKind.STRUCTURAL if structural else HeadingKind.NUMBERED
    if not structural and item.title.form is TitleForm.RUN_IN:
        kind = HeadingKind.RUN_IN
    return Node(
        start=item.marker.start,
        marker_end=item.marker.end,
        title_start=item.title.start,
        title_end=max(item.title.start, item.title.end),
        kind=kind,
        marker_kind=item.marker.kind,
        number=item.marker.number,
        level=level,
        part=item.part,
        para=item.para,
        parent=parent,
        run_in_end=_run_in_end(doc, item.title) if kind is HeadingKind.RUN_IN else None,
    )


def _run_in_end(doc: Document, title: TitleRead) -> int:
    """Position just after a run-in title's ``。``/``：`` (where the body text begins)."""
    norm = doc.norm
    position = title.end
    while position < len(norm) and norm[position] in lex.TITLE_TRAILING:
        position += 1
    return position
