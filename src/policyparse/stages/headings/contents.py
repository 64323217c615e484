"""Tables of contents, which hold no headings: a ``目录`` line and its entries up to where the first
entry repeats in the body, lines with leader dots and a page number, and an unlabelled outline of
short numbered lines repeated after it.

Positions are normalised indices.
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.layout import TOC_LEADER, TOC_LINE
from policyparse.grammar.markers import match_marker
from policyparse.segment import Segment


def table_of_contents(doc: Document, paragraphs: list[Segment]) -> set[int]:
    """Paragraphs of a table of contents: from a ``目录`` line to where its first entry repeats."""
    out: set[int] = set()
    norm = doc.norm
    index = 0
    while index < len(paragraphs):
        line_end = norm.find("\n", paragraphs[index].start)
        line_end = len(norm) if line_end < 0 else line_end
        last = index
        while last + 1 < len(paragraphs) and paragraphs[last + 1].start < line_end:
            last += 1
        start = paragraphs[index].start
        # the label line, its spaces removed, opens with 目: its first character is 目 or a space
        line = norm[start : paragraphs[last].end].replace(" ", "") if norm[start : start + 1] in "目 " else ""
        if line and TOC_LINE.fullmatch(line) is not None and last + 1 < len(paragraphs):
            first = paragraphs[last + 1]
            first_text = norm[first.start : first.end]
            limit = min(len(paragraphs), last + 400)
            stop = next(
                (
                    i
                    for i in range(last + 2, limit)
                    if norm[paragraphs[i].start : paragraphs[i].end] == first_text
                ),
                None,
            )
            if stop is not None:
                out.update(range(index, stop))
                index = stop
                continue
        index = last + 1
    return out | _leader_lines(norm, paragraphs) | _repeated_outline(doc, paragraphs)


def _leader_lines(norm: str, paragraphs: list[Segment]) -> set[int]:
    """Contents lines with leader dots and a page number (and the piece of their line before them)."""
    out: set[int] = set()
    for index, para in enumerate(paragraphs):
        if _leader_in_tail(norm, para) and TOC_LEADER.search(norm, para.start, para.end) is not None:
            out.add(index)
            if index > 0 and "\n" not in norm[paragraphs[index - 1].end : para.start]:
                out.add(index - 1)
    return out


#: How near the paragraph end a contents line's last leader character stands: the page number
#: (at most 4 characters) with up to 3 spaces either side, a space after the leader, a final
#: line break before ``$``.
_LEADER_TAIL = 1 + 1 + 3 + 4 + 3 + 1


def _leader_in_tail(norm: str, para: Segment) -> bool:
    """Whether a leader character (``.`` ``·`` ``…``) stands where :data:`TOC_LEADER` needs one."""
    tail = norm[max(para.start, para.end - _LEADER_TAIL) : para.end]
    return "." in tail or "…" in tail or "·" in tail


def _repeated_outline(doc: Document, paragraphs: list[Segment]) -> set[int]:
    """An unlabelled table of contents: short numbered lines whose first line repeats after them."""
    out: set[int] = set()
    seen: dict[str, int] = {}
    for index, para in enumerate(paragraphs):
        text = doc.norm[para.start : para.end]
        if len(text) > 40 or "。" in text or "；" in text:
            seen.clear()
            continue
        if text in seen and index - seen[text] >= 3:
            first = seen[text]
            if match_marker(doc.norm, paragraphs[first].start) is not None:
                out.update(range(first, index))
            seen.clear()
        seen.setdefault(text, index)
    return out
