"""Crossheads (rule 3): short lines standing alone between body paragraphs, in news reports.

Positions are normalised indices.
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.layout import ADDRESSEE_LINE, BULLET_LEAD, DATE_LINE, NEWS_BOILERPLATE, ORNAMENT_LINE
from policyparse.grammar.markers import match_inline_enum, match_marker
from policyparse.grammar.text import HAN
from policyparse.lexicon import markers as lex
from policyparse.models import DocumentKind, HeadingKind
from policyparse.segment import Segment
from policyparse.stages.headings.emit import Node, unnumbered
from policyparse.stages.headings.layout import Layout, para_text

_CLOSERS = "”’）」』》】"


def _is_body(text: str, *, closing: bool) -> bool:
    """Whether ``text`` is a body paragraph around a crosshead (rule 3: "between paragraphs").

    A body paragraph holds a sentence: the one before a crosshead ends one (``。！？…``), the one
    after it contains one. A short line that ends in ``。`` is no body paragraph when it could
    itself be a title standing alone (a phrase without a comma, at most ``CROSSHEAD_MAX``
    characters): a crosshead is not read off a run of title lines.
    """
    if closing:
        stripped = text.rstrip(_CLOSERS)
        if not stripped or stripped[-1] not in "。！？…〜~":  # 〜: a news page's playful full stop
            return False
        return not _title_line(stripped)
    return any(ch in text for ch in lex.SENTENCE_FINAL)


def _title_line(text: str) -> bool:
    """A short line that reads as a title ending in ``。`` (one phrase, no comma)."""
    body = text.rstrip("。！？… ")
    return len(body) <= lex.CROSSHEAD_MAX and not any(ch in body for ch in "，,；;：:。！？")


def crossheads(doc: Document, layout: Layout, nodes: list[Node]) -> list[Node]:
    """Short lines standing alone between body paragraphs, in parts without numbered headings."""
    if doc.kind is DocumentKind.RULES:
        return []
    numbered_parts = {node.part for node in nodes}
    paragraphs = layout.paragraphs
    out: list[Node] = []
    index = 1
    while index < len(paragraphs) - 1:
        run = _crosshead_run(doc, layout, index, numbered_parts)
        if not run:
            index += 1
            continue
        for member in run:
            para = paragraphs[member]
            bullet = BULLET_LEAD.match(doc.norm, para.start, para.end)
            out.append(
                unnumbered(
                    para.start,
                    para.end,
                    kind=HeadingKind.CROSSHEAD,
                    level=1,
                    part=layout.part_of[member],
                    para=member,
                    title_start=bullet.end() if bullet is not None else para.start,
                )
            )
        index = run[-1] + 1
    return out


def _crosshead_run(doc: Document, layout: Layout, index: int, numbered_parts: set[int]) -> list[int]:
    """One or two short lines at ``index`` standing alone between body paragraphs, else ``[]``."""
    paragraphs = layout.paragraphs
    run = _short_lines(doc, layout, index, numbered_parts)
    if not run:
        return []
    before = _past_ornaments(doc, layout, index - 1, -1)
    after = _past_ornaments(doc, layout, run[-1] + 1, 1)
    if not (before >= 0 and after < len(paragraphs)) or {before, after} & layout.excluded:
        return []
    if not _is_body(para_text(doc, paragraphs[before]), closing=True) and not _printed_as_heading(
        doc, [paragraphs[member] for member in run], paragraphs[before]
    ):
        return []
    if not _is_body(para_text(doc, paragraphs[after]), closing=False):
        return []
    return run


def _short_lines(doc: Document, layout: Layout, index: int, numbered_parts: set[int]) -> list[int]:
    """Up to two crosshead-like lines from ``index`` on (none when ``index`` is an ornament)."""
    paragraphs = layout.paragraphs
    run: list[int] = []
    cursor = index
    if _ornament(doc, paragraphs[index]):
        return []
    while cursor < len(paragraphs) - 1 and len(run) < 2:
        para = paragraphs[cursor]
        if (
            layout.part_of[cursor] in numbered_parts
            or cursor in layout.excluded
            or para.start < doc.body_start
        ):
            break
        if not _crosshead_text(doc, para, para_text(doc, para)):
            break
        run.append(cursor)
        cursor += 1
    return run


def _ornament(doc: Document, para: Segment) -> bool:
    # ORNAMENT_LINE takes at most 6 characters (and a final line break before its ``$``)
    return para.end - para.start <= 7 and ORNAMENT_LINE.match(para_text(doc, para)) is not None


def _past_ornaments(doc: Document, layout: Layout, index: int, step: int) -> int:
    """``index`` moved by ``step`` past paragraphs of ornaments only (``▷`` under a crosshead)."""
    paragraphs = layout.paragraphs
    while 0 <= index < len(paragraphs) and _ornament(doc, paragraphs[index]):
        index += step
    return index


def _printed_as_heading(doc: Document, run: list[Segment], before: Segment) -> bool:
    """Layout evidence (a PDF) where the text is ambiguous: the run is printed bold or larger
    than the body, and the short line before it is not."""
    if doc.layout is None:
        return False
    spans = [doc.span(para.start, para.end) for para in [*run, before]]
    *heads, previous = spans
    return all(doc.layout.emphasised(*span) for span in heads) and not doc.layout.emphasised(*previous)


def _crosshead_text(doc: Document, para: Segment, text: str) -> bool:
    if not 4 <= len(text) <= lex.CROSSHEAD_MAX or len(HAN.findall(text)) < 4:
        return False
    # a question may stand as a crosshead (``「一带一路」成功了吗？``): one phrase, no other stop
    asked = text[:-1] if text[-1] in "？?" and not any(ch in text for ch in "，,；;：:") else text
    if any(ch in lex.SENTENCE_FINAL for ch in asked) or text[-1] in "：:，":
        return False
    if DATE_LINE.search(text) or NEWS_BOILERPLATE.search(text) or ADDRESSEE_LINE.match(text):
        return False
    return match_marker(doc.norm, para.start) is None and match_inline_enum(doc.norm, para.start) is None
