"""Unnumbered headings: crossheads of news reports (rule 3) and unnumbered run-in titles (rule 4).

Positions are normalised indices.
"""

from __future__ import annotations

import bisect

import regex

from policyparse.document import Document
from policyparse.lexicon import markers as lex
from policyparse.markers import match_inline_enum, match_marker
from policyparse.models import DocumentKind, HeadingKind
from policyparse.outline import Layout, Node, para_text
from policyparse.segment import Segment

_HAN = regex.compile(r"\p{Han}")
_PHRASE_BLOCKERS = "，；：！？,"
_CLOSERS = "”’）」』》】"

# ---------------------------------------------------------------- crossheads (rule 3)


def _is_body(text: str, *, closing: bool) -> bool:
    """Whether ``text`` is a body paragraph around a crosshead (rule 3: "between paragraphs").

    A body paragraph holds a sentence: the one before a crosshead ends one (``。！？…``), the one
    after it contains one. A short line that ends in ``。`` is no body paragraph when it could
    itself be a title standing alone (a phrase without a comma, at most ``CROSSHEAD_MAX``
    characters): a crosshead is not read off a run of title lines.
    """
    if closing:
        stripped = text.rstrip(_CLOSERS)
        if not stripped or stripped[-1] not in "。！？…":
            return False
        return not _title_line(stripped)
    return any(ch in text for ch in lex.SENTENCE_FINAL)


def _title_line(text: str) -> bool:
    """A short line that reads as a title ending in ``。`` (one phrase, no comma)."""
    body = text.rstrip("。！？… ")
    return len(body) <= lex.CROSSHEAD_MAX and not any(ch in body for ch in "，,；;：:。！？")


def crossheads(doc: Document, layout_: Layout, nodes: list[Node]) -> list[Node]:
    """Short lines standing alone between body paragraphs, in parts without numbered headings."""
    if doc.kind is DocumentKind.RULES:
        return []
    numbered_parts = {node.part for node in nodes}
    paragraphs = layout_.paragraphs
    out: list[Node] = []
    index = 1
    while index < len(paragraphs) - 1:
        run = _crosshead_run(doc, layout_, index, numbered_parts)
        if not run:
            index += 1
            continue
        for member in run:
            para = paragraphs[member]
            out.append(
                Node(
                    start=para.start,
                    marker_end=para.start,
                    title_start=para.start,
                    title_end=para.end,
                    kind=HeadingKind.CROSSHEAD,
                    marker_kind="",
                    number=None,
                    level=1,
                    part=layout_.part_of[member],
                    para=member,
                )
            )
        index = run[-1] + 1
    return out


def _crosshead_run(doc: Document, layout_: Layout, index: int, numbered_parts: set[int]) -> list[int]:
    """One or two short lines at ``index`` standing alone between body paragraphs, else ``[]``."""
    paragraphs = layout_.paragraphs
    run: list[int] = []
    cursor = index
    while cursor < len(paragraphs) - 1 and len(run) < 2:
        para = paragraphs[cursor]
        if (
            layout_.part_of[cursor] in numbered_parts
            or cursor in layout_.excluded
            or para.start < doc.body_start
        ):
            break
        if not _crosshead_text(doc, para, para_text(doc, para)):
            break
        run.append(cursor)
        cursor += 1
    if not run or index - 1 in layout_.excluded or cursor in layout_.excluded:
        return []
    if not _is_body(para_text(doc, paragraphs[index - 1]), closing=True) and not _printed_as_heading(
        doc, [paragraphs[member] for member in run], paragraphs[index - 1]
    ):
        return []
    if not _is_body(para_text(doc, paragraphs[cursor]), closing=False):
        return []
    return run


def _printed_as_heading(doc: Document, run: list[Segment], before: Segment) -> bool:
    """Layout evidence (a PDF) where the text is ambiguous: the run is printed bold or larger
    than the body, and the short line before it is not."""
    if doc.layout is None:
        return False
    spans = [doc.span(para.start, para.end) for para in [*run, before]]
    *heads, previous = spans
    return all(doc.layout.emphasised(*span) for span in heads) and not doc.layout.emphasised(*previous)


def _crosshead_text(doc: Document, para: Segment, text: str) -> bool:
    if not 4 <= len(text) <= lex.CROSSHEAD_MAX or len(_HAN.findall(text)) < 4:
        return False
    if any(ch in lex.SENTENCE_FINAL for ch in text) or text[-1] in "：:，":
        return False
    if lex.DATE_LINE.search(text) or lex.NEWS_BOILERPLATE.search(text) or lex.ADDRESSEE_LINE.match(text):
        return False
    return match_marker(doc.norm, para.start) is None and match_inline_enum(doc.norm, para.start) is None


# ---------------------------------------------------------------- unnumbered run-in titles (rule 4)


def opening_phrase(
    norm: str, start: int, end: int, stops: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The short topic phrase ending in ``。`` that opens the text at ``start``, else ``None``.

    >>> opening_phrase("——因地制宜、分类指导。按照……", 0, 15)
    (2, 11)
    >>> opening_phrase("协调发展，互惠共赢。按照……", 0, 14) is None
    True
    """
    bullet = lex.DASH_BULLET.match(norm, start, min(end, start + 4))
    if bullet is not None:
        start = bullet.end()
    if match_marker(norm, start) is not None or match_inline_enum(norm, start) is not None:
        return None
    limit = min(end, start + lex.UNNUMBERED_RUN_IN_MAX + 1)
    stop = None
    for index in range(start, limit):
        char = norm[index]
        if char == "。" or (index in stops and index > start):
            stop = index
            break
        if char in _PHRASE_BLOCKERS:
            return None
    if stop is None or stop - start < 2 or end - stop < 5:
        return None
    phrase = norm[start:stop]
    if not (_HAN.match(phrase) or phrase[0] in "“《"):
        return None
    if len(_HAN.findall(phrase)) < 2 or phrase.startswith(("第", "首先", "其次", "同时", "此外", "另外")):
        return None
    if lex.CLAUSE_WORDS.search(phrase) or lex.DEADLINE_IN_TITLE.search(phrase) or "是" in phrase:
        return None
    if lex.EVENT_PREDICATE.search(phrase) or lex.ORGAN_CLAUSE.match(phrase):
        return None
    return start, stop


def unnumbered_run_ins(
    doc: Document, layout_: Layout, nodes: list[Node], article_spans_: list[tuple[int, int]]
) -> list[Node]:
    """Rule 4: sibling paragraphs under one heading that open with a short topic phrase."""
    norm = doc.norm
    starts = [node.start for node in nodes]
    node_paras = {(node.para, node.start) for node in nodes}
    heading_paras = {node.para for node in nodes}
    span_starts = [s for s, _ in article_spans_]
    logical, carried = _flow(doc, layout_, heading_paras)
    groups: dict[int, list[tuple[int, int, int, int]]] = {}
    parents: dict[int, Node | None] = {}
    for index, para in enumerate(layout_.paragraphs):
        if index in layout_.excluded or (index, para.start) in node_paras or para.start < doc.body_start:
            continue
        if index in carried:
            continue
        if article_spans_:
            at = bisect.bisect_right(span_starts, para.start) - 1
            if at >= 0 and article_spans_[at][0] <= para.start < article_spans_[at][1]:
                continue
        phrase = opening_phrase(norm, para.start, para.end, layout_.stops)
        if phrase is None:
            continue
        at = bisect.bisect_left(starts, para.start) - 1
        parent = nodes[at] if at >= 0 and nodes[at].part == layout_.part_of[index] else None
        key = id(parent)
        parents[key] = parent
        groups.setdefault(key, []).append((index, phrase[0], phrase[1], layout_.part_of[index]))
    for node in nodes:
        if node.run_in_end is None:
            continue
        para = layout_.paragraphs[node.para]
        phrase = opening_phrase(norm, node.run_in_end, para.end, layout_.stops)
        if phrase is not None:
            parents[id(node)] = node
            groups.setdefault(id(node), []).append((node.para, phrase[0], phrase[1], node.part))
    out: list[Node] = []
    for key, members in groups.items():
        parent = parents[key]
        level = min(parent.level + 1, lex.MAX_DEPTH) if parent is not None else 1
        for para_index, start, stop, part in _sibling_runs(sorted(members), logical):
            out.append(
                Node(
                    start=start,
                    marker_end=start,
                    title_start=start,
                    title_end=stop,
                    kind=HeadingKind.UNNUMBERED_RUN_IN,
                    marker_kind="",
                    number=None,
                    level=level,
                    part=part,
                    para=para_index,
                    parent=parent,
                )
            )
    return out


def _flow(doc: Document, layout_: Layout, heading_paras: set[int]) -> tuple[list[int], set[int]]:
    """Logical paragraphs, in one forward pass: for each paragraph the number of the logical
    paragraph it belongs to, and the paragraphs that carry on a sentence of the one before.

    A line carries on the sentence before it (a hard-wrapped line) when the last line longer
    than three characters before it is body text that does not end a sentence.
    """
    logical: list[int] = []
    carried: set[int] = set()
    current = 0
    previous: int | None = None  # last paragraph longer than three characters
    for index, para in enumerate(layout_.paragraphs):
        if para.end - para.start > 3:
            if (
                previous is not None
                and previous not in heading_paras
                and previous not in layout_.excluded
                and _open_end(para_text(doc, layout_.paragraphs[previous]))
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


def _sibling_runs(
    members: list[tuple[int, int, int, int]], logical: list[int]
) -> list[tuple[int, int, int, int]]:
    """Members that stand in a run of two or more siblings.

    Siblings follow one another: between two of them lie at most ``SIBLING_GAP`` paragraphs
    (the body of the previous sibling's section; hard-wrapped lines count as one paragraph).
    A phrase far from any other is a lone sentence, not one title of a series.
    """
    out: list[tuple[int, int, int, int]] = []
    run: list[tuple[int, int, int, int]] = []
    for member in members:
        gap = logical[member[0]] - logical[run[-1][0]] if run else 0
        if run and (gap > lex.SIBLING_GAP + 1 or member[3] != run[-1][3]):
            if len(run) >= 2:
                out.extend(run)
            run = []
        run.append(member)
    if len(run) >= 2:
        out.extend(run)
    return out
