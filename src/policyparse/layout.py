"""Page layout that a reader of a paged format (PDF) hands to the parser, as evidence.

The text stays the source of truth: :class:`Layout` only adds what the text cannot say —
where each line sits on which page, in what size, weight and colour — plus the spans the
reader knows to be noise (page numbers, running headers, hard line breaks). It is plain data
with no PDF library behind it, so the stages can use it without the ``pdf`` extra.

Coordinates are PDF points with the origin at the page's top-left corner: a :class:`Box` is
``(x0, top, x1, bottom)`` with ``top < bottom``. Pages are numbered from 1. Offsets are into
the extracted text (``Notice.text``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from policyparse.models import MetadataElement, NoiseKind, PageInfo

#: A span of the input to cut from the normalised view: ``(start, end, kind)``.
Cut = tuple[int, int, NoiseKind]


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a page, in points, origin at the top-left."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def center(self) -> float:
        """The horizontal middle."""
        return (self.x0 + self.x1) / 2

    def as_tuple(self) -> tuple[float, float, float, float]:
        """``(x0, top, x1, bottom)`` rounded to 0.1 pt."""
        return (round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))


@dataclass(frozen=True, slots=True)
class LineLayout:
    """One printed line: its span in the text, page, box and the look of its first character."""

    start: int
    end: int
    page: int
    box: Box
    font_size: float
    bold: bool
    color: tuple[int, int, int]
    font: str = ""

    @property
    def red(self) -> bool:
        """Printed in red (the 发文机关标志 of a GB/T 9704 版头)."""
        red, green, blue = self.color
        return red >= 150 and green <= 90 and blue <= 90


@dataclass(frozen=True, slots=True)
class PageLayout:
    """A page: its span of the text and its size in points."""

    number: int
    start: int
    end: int
    width: float
    height: float


@dataclass
class LayoutHints:
    """GB/T 9704 head and closing evidence read from the layout (input offsets, page 1 for the head).

    Each field holds the lines that carry the element; an empty list means the layout showed
    nothing for it, and the metadata reader goes by the text alone.
    """

    #: Red lines at the top of the first page: the 发文机关标志 (``…文件``).
    issuer_mark: list[LineLayout] = field(default_factory=list)
    #: The red rule under the 版头, if drawn.
    separator: Box | None = None
    #: The line just above the separator (or under a red mark): the 发文字号.
    doc_number: list[LineLayout] = field(default_factory=list)
    #: Consecutive centred lines in the largest size on the first page: the title.
    title: list[LineLayout] = field(default_factory=list)
    #: Right-aligned lines near the end: the signature and the 成文日期.
    closing: list[LineLayout] = field(default_factory=list)


@dataclass
class Layout:
    """What a paged reader knows beyond the text: pages, lines, noise cuts and head hints."""

    pages: list[PageLayout] = field(default_factory=list)
    lines: list[LineLayout] = field(default_factory=list)
    cuts: list[Cut] = field(default_factory=list)
    hints: LayoutHints = field(default_factory=LayoutHints)
    #: The body text's font size (the most common, by characters); 0 when unknown.
    body_size: float = 0.0
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _page_starts: list[int] = field(default_factory=list, repr=False)

    def page_at(self, offset: int) -> PageLayout | None:
        """The page holding the text offset (the last page for the end of the text)."""
        if not self.pages:
            return None
        if len(self._page_starts) != len(self.pages):
            self._page_starts = [page.start for page in self.pages]
        index = bisect.bisect_right(self._page_starts, offset) - 1
        return self.pages[max(index, 0)]

    def line_at(self, offset: int) -> LineLayout | None:
        """The printed line holding the text offset, if any (None between lines)."""
        if len(self._line_starts) != len(self.lines):
            self._line_starts = [line.start for line in self.lines]
        index = bisect.bisect_right(self._line_starts, offset) - 1
        if index < 0:
            return None
        line = self.lines[index]
        return line if line.start <= offset < max(line.end, line.start + 1) else None

    def emphasised(self, start: int, end: int) -> bool:
        """Whether every printed line of ``[start, end)`` is bold or set larger than the body.

        Evidence for a heading where the text alone is ambiguous; False without line records.
        """
        lines = self.lines_in(start, end)
        return bool(lines) and all(
            line.bold or (self.body_size and line.font_size >= self.body_size + 1.5) for line in lines
        )

    def lines_in(self, start: int, end: int) -> list[LineLayout]:
        """The printed lines overlapping ``[start, end)``."""
        if len(self._line_starts) != len(self.lines):
            self._line_starts = [line.start for line in self.lines]
        first = max(bisect.bisect_right(self._line_starts, start) - 1, 0)
        found = []
        for line in self.lines[first:]:
            if line.start >= max(end, start + 1):
                break
            if line.end > start:
                found.append(line)
        return found


def page_infos(layout: Layout | None) -> list[PageInfo]:
    """The pages of a layout as output models (empty for inputs without pages)."""
    if layout is None:
        return []
    return [
        PageInfo(start=page.start, end=page.end, number=page.number, width=page.width, height=page.height)
        for page in layout.pages
    ]


def place_elements(elements: list[MetadataElement], layout: Layout) -> None:
    """Give each metadata element the page and box where it is printed (the union of its lines)."""
    for element in elements:
        lines = layout.lines_in(element.start, element.end)
        if not lines:
            page = layout.page_at(element.start)
            element.page = page.number if page is not None else None
            continue
        on_first_page = [line for line in lines if line.page == lines[0].page]
        element.page = lines[0].page
        element.bbox = (
            round(min(line.box.x0 for line in on_first_page), 1),
            round(min(line.box.top for line in on_first_page), 1),
            round(max(line.box.x1 for line in on_first_page), 1),
            round(max(line.box.bottom for line in on_first_page), 1),
        )
