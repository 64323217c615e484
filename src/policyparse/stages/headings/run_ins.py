"""Unnumbered run-in titles (rule 4): sibling paragraphs under one heading that open with a
short topic phrase ending in ``。`` (``打造一体化智慧政务。到2020年，……``).

Positions are normalised indices.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from policyparse.document import Document
from policyparse.grammar.layout import DASH_BULLET
from policyparse.grammar.markers import match_inline_enum, match_marker
from policyparse.grammar.text import HAN
from policyparse.grammar.titles import CLAUSE_WORDS, DEADLINE_IN_TITLE, EVENT_PREDICATE, ORGAN_CLAUSE
from policyparse.lexicon import markers as lex
from policyparse.models import HeadingKind
from policyparse.stages.headings.emit import Node, unnumbered
from policyparse.stages.headings.layout import Layout, para_text

_PHRASE_BLOCKERS = "，；：！？,"
_NOT_TOPIC_OPENERS = ("第", "首先", "其次", "同时", "此外", "另外")

#: A member of a sibling group: (paragraph index, phrase start, phrase end, part).
Member = tuple[int, int, int, int]


def opening_phrase(
    norm: str, start: int, end: int, stops: frozenset[int] = frozenset(), *, body_follows: bool = False
) -> tuple[int, int] | None:
    """The short topic phrase ending in ``。`` that opens the text at ``start``, else ``None``;
    body text must follow it before ``end``, unless ``body_follows`` (on the next line).

    >>> opening_phrase("——因地制宜、分类指导。按照当地实际推进。", 0, 21)
    (2, 11)
    >>> opening_phrase("协调发展，互惠共赢。按照……", 0, 14) is None
    True
    """
    bullet = DASH_BULLET.match(norm, start, min(end, start + 4))
    if bullet is not None:
        start = bullet.end()
    if match_marker(norm, start) is not None or match_inline_enum(norm, start) is not None:
        return None
    stop = _phrase_stop(norm, start, end, stops)
    if stop is None or stop - start < 2 or (end - stop < 5 and not body_follows):
        return None
    return (start, stop) if _names_topic(norm[start:stop]) else None


def _phrase_stop(norm: str, start: int, end: int, stops: frozenset[int]) -> int | None:
    """The ``。`` (or lost ``。``) ending a phrase of at most ``UNNUMBERED_RUN_IN_MAX`` characters
    without a comma, else ``None``."""
    for index in range(start, min(end, start + lex.UNNUMBERED_RUN_IN_MAX + 1)):
        char = norm[index]
        if char == "。" or (index in stops and index > start):
            return index
        if char in _PHRASE_BLOCKERS:
            return None
    return None


def _names_topic(phrase: str) -> bool:
    """A phrase naming a topic: Han text, not a clause, a dated directive, an event or a provision."""
    if not (HAN.match(phrase) or phrase[0] in "“《"):
        return False
    if len(HAN.findall(phrase)) < 2 or phrase.startswith(_NOT_TOPIC_OPENERS):
        return False
    if CLAUSE_WORDS.search(phrase) or DEADLINE_IN_TITLE.search(phrase) or "是" in phrase:
        return False
    return not (EVENT_PREDICATE.search(phrase) or ORGAN_CLAUSE.match(phrase))


@dataclass
class _Groups:
    """Candidate phrases grouped by the heading they stand under (``None``: no heading)."""

    members: dict[int, list[Member]] = field(default_factory=dict)
    parents: dict[int, Node | None] = field(default_factory=dict)
    #: the paragraphs that are a phrase alone on its line (their siblings follow closely)
    alone: set[int] = field(default_factory=set)

    def add(self, parent: Node | None, member: Member, *, alone: bool = False) -> None:
        self.parents[id(parent)] = parent
        self.members.setdefault(id(parent), []).append(member)
        if alone:
            self.alone.add(member[0])


def unnumbered_run_ins(
    doc: Document, layout: Layout, nodes: list[Node], article_spans: list[tuple[int, int]]
) -> list[Node]:
    """Rule 4: sibling paragraphs under one heading that open with a short topic phrase."""
    logical, carried = _flow(doc, layout, {node.para for node in nodes})
    groups = _Groups()
    _paragraph_phrases(doc, layout, nodes, article_spans, carried, groups)
    for node in nodes:  # a phrase right after a numbered run-in title: （三）…。实施…工程。…
        if node.run_in_end is not None:
            para = layout.paragraphs[node.para]
            phrase = opening_phrase(doc.norm, node.run_in_end, para.end, layout.stops)
            if phrase is not None:
                groups.add(node, (node.para, phrase[0], phrase[1], node.part))
    out: list[Node] = []
    for key, members in groups.members.items():
        parent = groups.parents[key]
        level = min(parent.level + 1, lex.MAX_DEPTH) if parent is not None else 1
        inline = sorted(m for m in members if m[0] not in groups.alone)
        alone = sorted(m for m in members if m[0] in groups.alone)
        runs = _sibling_runs(inline, logical) + _sibling_runs(alone, logical, gap=_ALONE_GAP)
        out.extend(_node(member, level, parent) for member in sorted(runs))
    return out


def _paragraph_phrases(
    doc: Document,
    layout: Layout,
    nodes: list[Node],
    article_spans: list[tuple[int, int]],
    carried: set[int],
    groups: _Groups,
) -> None:
    """Phrases opening body paragraphs (not headings, hard-wrapped continuations or articles)."""
    starts = [node.start for node in nodes]
    node_paras = {(node.para, node.start) for node in nodes}
    span_starts = [s for s, _ in article_spans]
    for index, para in enumerate(layout.paragraphs):
        if index in layout.excluded or index in carried or (index, para.start) in node_paras:
            continue
        if para.start < doc.body_start or _in_article(article_spans, span_starts, para.start):
            continue
        phrase = opening_phrase(doc.norm, para.start, para.end, layout.stops)
        alone = phrase is None
        if alone:
            phrase = _phrase_line(doc, layout, index)
        if phrase is None:
            continue
        at = bisect.bisect_left(starts, para.start) - 1
        parent = nodes[at] if at >= 0 and nodes[at].part == layout.part_of[index] else None
        groups.add(parent, (index, phrase[0], phrase[1], layout.part_of[index]), alone=alone)


#: How long the body paragraph under a phrase standing on its own line must be.
_BODY_MIN = 20


def _phrase_line(doc: Document, layout: Layout, index: int) -> tuple[int, int] | None:
    """A topic phrase ending in ``。`` that stands alone on its line over a body paragraph
    (``物流规模效益持续提高。`` / ``“十三五”期间，社会物流总额…``): the run-in title of a text that
    put its body on the next line."""
    norm, paragraphs = doc.norm, layout.paragraphs
    para = paragraphs[index]
    end = para.end
    while end > para.start and norm[end - 1] in " \t\u3000":
        end -= 1
    if end - para.start > lex.UNNUMBERED_RUN_IN_MAX + 4 or norm[end - 1 : end] != "。":
        return None
    if index + 1 >= len(paragraphs) or index + 1 in layout.excluded:
        return None
    body = paragraphs[index + 1]
    if body.end - body.start < _BODY_MIN or match_marker(norm, body.start) is not None:
        return None
    phrase = opening_phrase(norm, para.start, end, layout.stops, body_follows=True)
    return phrase if phrase is not None and phrase[1] == end - 1 else None


def _in_article(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    at = bisect.bisect_right(starts, position) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def _node(member: Member, level: int, parent: Node | None) -> Node:
    para_index, start, stop, part = member
    node = unnumbered(
        start, stop, kind=HeadingKind.UNNUMBERED_RUN_IN, level=level, part=part, para=para_index
    )
    node.parent = parent
    return node


def _flow(doc: Document, layout: Layout, heading_paras: set[int]) -> tuple[list[int], set[int]]:
    """Logical paragraphs, in one forward pass: for each paragraph the number of the logical
    paragraph it belongs to, and the paragraphs that carry on a sentence of the one before.

    A line carries on the sentence before it (a hard-wrapped line) when the last line longer
    than three characters before it is body text that does not end a sentence.
    """
    logical: list[int] = []
    carried: set[int] = set()
    current = 0
    previous: int | None = None  # last paragraph longer than three characters
    for index, para in enumerate(layout.paragraphs):
        if para.end - para.start > 3:
            if (
                previous is not None
                and previous not in heading_paras
                and previous not in layout.excluded
                and _open_end(para_text(doc, layout.paragraphs[previous]))
            ):
                carried.add(index)
            else:
                current += 1
            previous = index
        logical.append(current)
    return logical, carried


def _open_end(text: str) -> bool:
    text = text.rstrip("*_ ")
    return bool(text) and text[-1] not in "。！？；：…）”’」』】"


#: Phrases alone on their lines are siblings only one body paragraph apart (phrase, body,
#: phrase …): a short directive line among many (``推动工商用电同价政策尽快全面落实。``) is none.
_ALONE_GAP = 1


def _sibling_runs(members: list[Member], logical: list[int], gap: int = lex.SIBLING_GAP) -> list[Member]:
    """Members that stand in a run of two or more siblings.

    Siblings follow one another: between two of them lie at most ``gap`` paragraphs (the body of
    the previous sibling's section; hard-wrapped lines count as one paragraph). A phrase far
    from any other is a lone sentence, not one title of a series.
    """
    out: list[Member] = []
    run: list[Member] = []
    for member in members:
        distance = logical[member[0]] - logical[run[-1][0]] if run else 0
        if run and (distance > gap + 1 or member[3] != run[-1][3]):
            if len(run) >= 2:
                out.extend(run)
            run = []
        run.append(member)
    if len(run) >= 2:
        out.extend(run)
    return out
