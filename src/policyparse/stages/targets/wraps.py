"""Sentences of text with hard line wraps (PDF extraction): lines joined back where a sentence runs on.

A sentence ends at ``。；！？`` or a line end, but text extracted from a PDF breaks every line at
the page width, mid-sentence (``到 2035 年，国土空间内自然生态系统稳定并充满活力，`` / ``山水林田湖草…``).
Such a document is recognised by its line lengths: most of its lines have nearly the same,
full width. A sentence piece that fills its line and ends without a sentence mark then runs on
into the next line, unless that line opens with a heading marker.
"""

from __future__ import annotations

from collections import Counter

from policyparse.document import Document
from policyparse.grammar.markers import match_marker
from policyparse.lexicon.periods import WRAP_MIN_LINES, WRAP_MIN_SHARE, WRAP_MIN_WIDTH, WRAP_SLACK
from policyparse.segment import Segment

#: Marks that end a sentence, or a lead, at a line end: the line does not run on.
_CLOSING = frozenset("。；！？：")


def wrap_width(doc: Document) -> int | None:
    """The page width of a hard-wrapped document, or ``None`` when its lines are not wrapped.

    The width is the most common line length; the document is wrapped when at least
    ``WRAP_MIN_SHARE`` of its lines are within ``WRAP_SLACK`` characters below it (or one above).
    """
    norm = doc.norm
    lengths = [len(norm[line.start : line.end].strip()) for line in doc.lines]
    lengths = [length for length in lengths if length]
    counts = Counter(length for length in lengths if length >= WRAP_MIN_WIDTH)
    if len(lengths) < WRAP_MIN_LINES or not counts:
        return None
    width = max(counts, key=lambda length: (sum(counts[near] for near in _near(length)), length))
    full = sum(counts[near] for near in _near(width))
    return width if full >= WRAP_MIN_SHARE * len(lengths) else None


def _near(width: int) -> range:
    return range(width - WRAP_SLACK, width + 2)


def _runs_on(doc: Document, piece: Segment, following: Segment, width: int) -> bool:
    """``piece`` fills its line, ends without a sentence mark, and ``following`` opens the next line."""
    norm = doc.norm
    if norm[piece.end - 1] in _CLOSING or "\n" not in norm[piece.end : following.start]:
        return False
    if norm[piece.end : following.start].count("\n") > 1:
        return False  # a blank line between: a paragraph break
    line_start = norm.rfind("\n", 0, piece.end) + 1
    if len(norm[line_start : piece.end].strip()) < width - WRAP_SLACK:
        return False
    return match_marker(norm, following.start) is None


def joined_sentences(doc: Document) -> list[Segment]:
    """``doc.all_sentences``, with the pieces of a sentence broken by hard wraps joined."""
    pieces = doc.all_sentences
    width = wrap_width(doc)
    if width is None or not pieces:
        return list(pieces)
    out = [pieces[0]]
    for piece in pieces[1:]:
        last = out[-1]
        if _runs_on(doc, last, piece, width):
            out[-1] = Segment(last.start, piece.end)
        else:
            out.append(piece)
    return out
