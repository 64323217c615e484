"""Segmentation of the normalised view into lines, paragraphs and sentences, each with spans.

All spans here are in *normalised* coordinates (indices into ``NormText.norm``); use
``NormText.span`` to map them to input offsets. :func:`blocks` gives the input-coordinate
tiling of the whole text (every character belongs to exactly one block).

* A line ends at ``\\n``, ``\\r\\n`` or ``\\r``.
* A paragraph is a line, further split where a run of two or more spaces (the ``　　`` indent
  of texts that lost their line breaks) opens a new paragraph mid-line. A *run-on* line — one
  that holds most of a document of some length, as OCR gives it — is also split at the joints
  of :mod:`policyparse.grammar.runon` (版头 | 文号 | title | addressees, a report's speaker |
  its salutation, and a signature with its date between the cover text and what follows).
  Paragraph spans are trimmed of
  surrounding whitespace; blank lines give no paragraph.
* A sentence ends after ``。；！？`` (with any closing quotes or brackets that follow) or at
  the paragraph end.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import overload

from policyparse.grammar import runon
from policyparse.grammar.text import INDENT_BREAK, LINE_BREAK, SENTENCE, TRIM_SPACES
from policyparse.lexicon.metadata import DOC_TYPES

#: A line is run-on when it has at least this many characters and half the document.
RUN_ON_MIN = 150
#: The head joints (版头, 文号, addressees) are looked for in this many first characters.
HEAD_REACH = 600
#: How many characters of a title :data:`~policyparse.grammar.runon.TITLE_REPEAT` compares.
_REPEAT = 6


@dataclass(frozen=True, slots=True)
class Segment:
    """A span ``[start, end)`` of the normalised text."""

    start: int
    end: int

    def text(self, norm: str) -> str:
        """The span's text in ``norm``."""
        return norm[self.start : self.end]


_START = attrgetter("start")
_END = attrgetter("end")


class Segments(Sequence[Segment]):
    """A long list of segments stored as two arrays of offsets (16 bytes a segment instead of
    about 90 for a :class:`Segment` and its two ``int`` objects); each is built when read.

    What :class:`~policyparse.document.Document` keeps for every line and every sentence of
    the document while the stages run: on 10 MB of text that is about 160,000 segments.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, segments: Iterable[Segment] = ()) -> None:
        if isinstance(segments, list):
            self._starts = array("q", map(_START, segments))
            self._ends = array("q", map(_END, segments))
            return
        self._starts, self._ends = array("q"), array("q")
        for seg in segments:  # one at a time: the segments are never all held as objects
            self._starts.append(seg.start)
            self._ends.append(seg.end)

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Segment: ...

    @overload
    def __getitem__(self, index: slice) -> list[Segment]: ...

    def __getitem__(self, index: int | slice) -> Segment | list[Segment]:
        if isinstance(index, slice):
            return list(map(Segment, self._starts[index], self._ends[index]))
        return Segment(self._starts[index], self._ends[index])

    def __iter__(self) -> Iterator[Segment]:
        return map(Segment, self._starts, self._ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Segments):
            return self._starts == other._starts and self._ends == other._ends
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Segments({list(self)!r})"


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
    while start < end and norm[start] in TRIM_SPACES:
        start += 1
    while end > start and norm[end - 1] in TRIM_SPACES:
        end -= 1
    return Segment(start, end) if end > start else None


def is_run_on(norm: str, line: Segment) -> bool:
    """Whether ``line`` holds most of a document of some length (a text that lost its line breaks)."""
    length = line.end - line.start
    return length >= RUN_ON_MIN and 2 * length >= len(norm)


def run_on_joints(norm: str, line: Segment) -> list[int]:
    """Where a run-on line lost its paragraph breaks around the head and the signature.

    >>> text = "某市人民政府文件某政发〔2021〕5号关于加强管理的通知各区人民政府：现印发给你们。某市人民政府2021年2月26日一、总体要求"
    >>> joints = run_on_joints(text, Segment(0, len(text)))
    >>> [text[a:b] for a, b in zip([0, *joints], [*joints, len(text)])]
    ['某市人民政府文件', '某政发〔2021〕5号', '关于加强管理的通知', '各区人民政府：现印发给你们。', '某市人民政府2021年2月26日', '一、总体要求']
    """
    head_end = min(line.end, line.start + HEAD_REACH)
    joints = [m.end() for m in runon.MASTHEAD_END.finditer(norm, line.start, head_end)]
    if _may_repeat_title(norm, line.start, head_end):
        joints += [m.end() for m in runon.TITLE_REPEAT.finditer(norm, line.start, head_end)][:1]
    joints += [m.end() for m in runon.HEAD_NUMBER_END.finditer(norm, line.start, head_end)][:1]
    joints += [m.start() for m in runon.TITLE_BEFORE_NUMBER.finditer(norm, line.start, head_end)][:1]
    joints += [m.start() for m in runon.ADDRESSEE_START.finditer(norm, line.start, head_end)][:1]
    joints += [m.start() for m in runon.SALUTATION_START.finditer(norm, line.start, head_end)][:1]
    joints += [m.start() for m in runon.UNIT_START.finditer(norm, line.start, line.end)]
    joints += _signature_and_space_joints(norm, line)
    return sorted({j for j in joints if line.start < j < line.end})


def _signature_and_space_joints(norm: str, line: Segment) -> list[int]:
    """The ends of each signature block of a run-on line, and its spaces between paragraphs:
    the spaces between a signature's names are no breaks (the block is one paragraph)."""
    signatures = [m.span() for m in runon.SIGNATURE.finditer(norm, line.start, line.end)]
    joints = [at for span in signatures for at in span]
    spaces = (m.start() for m in runon.SPACE_BREAK.finditer(norm, line.start, line.end))
    return joints + [at for at in spaces if not any(start < at < end for start, end in signatures)]


def _may_repeat_title(norm: str, start: int, end: int) -> bool:
    """Whether :data:`~policyparse.grammar.runon.TITLE_REPEAT` can match in ``norm[start:end]``.

    A match needs six characters that occur again, later and not overlapping, right after a
    文种 (``DOC_TYPES``), within the window. Most run-on lines have no such repeat, and the
    pattern, which tries up to 150 characters after each of the 600 positions, takes about
    10 ms to say so; this test takes a fraction of a millisecond.
    """
    first: dict[str, int] = {}
    for index in range(start, end - _REPEAT + 1):
        earliest = first.setdefault(norm[index : index + _REPEAT], index)
        if earliest + _REPEAT <= index and norm.endswith(DOC_TYPES, start, index):
            return True
    return False


def joints(norm: str, line_segments: Sequence[Segment] | None = None) -> list[int]:
    """The lost paragraph breaks of every run-on line of ``norm`` (sorted)."""
    found: list[int] = []
    for line in line_segments if line_segments is not None else lines(norm):
        if is_run_on(norm, line):
            found += run_on_joints(norm, line)
    return found


def paragraphs(
    norm: str, line_segments: Sequence[Segment] | None = None, joint_list: list[int] | None = None
) -> list[Segment]:
    """Paragraphs: non-blank lines, split at mid-line indentation runs and at the joints of run-on lines, trimmed."""
    line_list = line_segments if line_segments is not None else lines(norm)
    breaks = [(j, j) for j in (joint_list if joint_list is not None else joints(norm, line_list))]
    breaks += [(m.start(), m.end()) for m in INDENT_BREAK.finditer(norm)]
    breaks.sort()
    out: list[Segment] = []
    index = 0
    for line in line_list:
        cursor = line.start
        while index < len(breaks) and breaks[index][0] < line.start:
            index += 1
        while index < len(breaks) and breaks[index][1] <= line.end:
            start, end = breaks[index]
            index += 1
            if start < cursor:
                continue
            if (seg := _trim(norm, cursor, start)) is not None:
                out.append(seg)
            cursor = end
        if (seg := _trim(norm, cursor, line.end)) is not None:
            out.append(seg)
    return out


def sentences(norm: str, paragraph: Segment) -> list[Segment]:
    """Sentences of one paragraph, trimmed: the paragraph cut after each
    :data:`~policyparse.grammar.text.SENTENCE_END`, each piece without the spaces around it
    (one :data:`~policyparse.grammar.text.SENTENCE` match per non-blank piece)."""
    return [Segment(m.start(), m.end()) for m in SENTENCE.finditer(norm, paragraph.start, paragraph.end)]


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
