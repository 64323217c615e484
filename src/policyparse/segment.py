"""Segmentation of the normalised view into lines, paragraphs and sentences, each with spans.

All spans here are in *normalised* coordinates (indices into ``NormText.norm``); use
``NormText.span`` to map them to input offsets. :func:`blocks` gives the input-coordinate
tiling of the whole text (every character belongs to exactly one block).

* A line ends at ``\\n``, ``\\r\\n`` or ``\\r``.
* A paragraph is a line, further split where a run of two or more spaces (the ``　　`` indent
  of texts that lost their line breaks) opens a new paragraph mid-line. Paragraph spans are
  trimmed of surrounding whitespace; blank lines give no paragraph.
* A sentence ends after ``。；！？`` (with any closing quotes or brackets that follow) or at
  the paragraph end.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.grammar.text import INDENT_BREAK, LINE_BREAK, SENTENCE_END

WHITESPACE = " \t\r\n"


@dataclass(frozen=True, slots=True)
class Segment:
    """A span ``[start, end)`` of the normalised text."""

    start: int
    end: int

    def text(self, norm: str) -> str:
        """The span's text in ``norm``."""
        return norm[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Block:
    """A block of the *input*: a line with its terminator. Blocks tile the input."""

    start: int
    end: int


def lines(norm: str) -> list[Segment]:
    """Every line of ``norm`` without its terminator (blank lines included)."""
    out: list[Segment] = []
    cursor = 0
    for m in LINE_BREAK.finditer(norm):
        out.append(Segment(cursor, m.start()))
        cursor = m.end()
    out.append(Segment(cursor, len(norm)))
    return out


def _trim(norm: str, start: int, end: int) -> Segment | None:
    while start < end and norm[start] in WHITESPACE:
        start += 1
    while end > start and norm[end - 1] in WHITESPACE:
        end -= 1
    return Segment(start, end) if end > start else None


def paragraphs(norm: str, line_segments: list[Segment] | None = None) -> list[Segment]:
    """Paragraphs: non-blank lines, split at mid-line indentation runs, trimmed."""
    out: list[Segment] = []
    for line in line_segments if line_segments is not None else lines(norm):
        cursor = line.start
        for m in INDENT_BREAK.finditer(norm, line.start, line.end):
            if (seg := _trim(norm, cursor, m.start())) is not None:
                out.append(seg)
            cursor = m.end()
        if (seg := _trim(norm, cursor, line.end)) is not None:
            out.append(seg)
    return out


def sentences(norm: str, paragraph: Segment) -> list[Segment]:
    """Sentences of one paragraph, trimmed."""
    out: list[Segment] = []
    cursor = paragraph.start
    for m in SENTENCE_END.finditer(norm, paragraph.start, paragraph.end):
        if (seg := _trim(norm, cursor, m.end())) is not None:
            out.append(seg)
        cursor = m.end()
    if (seg := _trim(norm, cursor, paragraph.end)) is not None:
        out.append(seg)
    return out


def blocks(text: str) -> list[Block]:
    """Lines of the input with their terminators: the spans tile ``text`` exactly."""
    out: list[Block] = []
    cursor = 0
    for m in LINE_BREAK.finditer(text):
        out.append(Block(cursor, m.end()))
        cursor = m.end()
    if cursor < len(text) or not out:
        out.append(Block(cursor, len(text)))
    return out
