"""Pages and printed lines of a PDF, read with pypdfium2 (PDFium, the engine of Chromium's viewer).

Why PDFium: on the 159-page P02 it reads text and per-character geometry at 117 pages/s
against pdfplumber's (pdfminer.six) 17.7 pages/s, and its raw API exposes what the layout
rules need — character boxes, font size, font name and weight, fill colour — plus the page's
path objects (the red rule under a 版头). See ``docs/pdf.md`` for the measurements.

The text of a page is PDFium's own reading order (``FPDFText_GetText``): one printed line per
``\\r\\n``-separated line. Two things PDFium adds are undone here: the spaces it *generates*
for glyph gaps between Chinese characters or between a Chinese character and a digit
(``860 号``, ``税务 总局 办 公厅``, letter-spaced 版头 lines) are dropped, because they are
not in the document; and a soft hyphen U+00AD that PDFium reports for a printed hyphen
(``2014­2020``) becomes ``-``. Only the first printed character of a line is asked for its
font, size and colour (a heading line is set in one font); the box spans the first and the
last printed character.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from policyparse.grammar.pdf import BOLD_FONT, CJK_CHAR
from policyparse.grammar.text import LINE_BREAK
from policyparse.layout import Box

#: Path objects looked at on a page when searching for the red rule under a 版头.
MAX_PATH_OBJECTS = 4000
_FONT_NAME_BYTES = 128
#: A generated space for a gap narrower than this many font sizes is dropped next to Chinese.
NARROW_GAP = 0.5


@dataclass(frozen=True, slots=True)
class RawLine:
    """A printed line as read from the page: its text and the look of its first character."""

    text: str
    box: Box
    font_size: float
    bold: bool
    color: tuple[int, int, int]
    font: str

    @property
    def red(self) -> bool:
        """Printed in red."""
        return is_red(self.color)


def is_red(color: tuple[int, int, int]) -> bool:
    """A red ink: the 发文机关标志 and the rule under a GB/T 9704 版头."""
    red, green, blue = color
    return red >= 150 and green <= 90 and blue <= 90


@dataclass
class RawPage:
    """A page's lines in PDFium's reading order, its size, and what else is drawn on it."""

    number: int
    width: float
    height: float
    lines: list[RawLine] = field(default_factory=list)
    red_rules: list[Box] = field(default_factory=list)
    images: int = 0


@lru_cache(maxsize=256)
def _font_name(raw: bytes) -> str:
    """A font's name without its subset tag (``ABCDEF+FZFSK--GBK1-0`` → ``FZFSK--GBK1-0``)."""
    return raw.decode("utf-8", errors="replace").split("+")[-1]


@lru_cache(maxsize=256)
def _bold_font(name: str) -> bool:
    """A bold or heavy face by its name: Bold, Black, 黑体 (Hei, HT), 小标宋 (XBS)."""
    return BOLD_FONT.search(name) is not None


def _doubles(count: int) -> list[ctypes.c_double]:
    return [ctypes.c_double() for _ in range(count)]


class _TextPage:
    """The few PDFium text-page calls the reader needs, on one page."""

    def __init__(self, page: Any, height: float) -> None:
        self.page = page
        self.textpage = page.get_textpage()
        self.handle = self.textpage.raw
        self.height = height
        # ctypes out-parameters, made once per page rather than once per call
        self._rect = pdfium_c.FS_RECTF()
        self._matrix = pdfium_c.FS_MATRIX()
        self._name = ctypes.create_string_buffer(_FONT_NAME_BYTES)
        self._flags = ctypes.c_int()
        self._rgba = [ctypes.c_uint() for _ in range(4)]

    def text(self) -> str:
        count = pdfium_c.FPDFText_CountChars(self.handle)
        text: str = self.textpage.get_text_range()
        if len(text) != count:  # a character PDFium expands (a ligature): read them one by one
            text = "".join(
                chr(pdfium_c.FPDFText_GetUnicode(self.handle, index) or 0xFFFD) for index in range(count)
            )
        return text.replace("\xad", "-")

    def generated(self, index: int) -> bool:
        return bool(pdfium_c.FPDFText_IsGenerated(self.handle, index) == 1)

    def box(self, index: int) -> Box:
        """The character's advance box (the ink box of ``（`` starts half a character late)."""
        rect = self._rect
        if not pdfium_c.FPDFText_GetLooseCharBox(self.handle, index, rect):
            left, right, bottom, top = _doubles(4)
            pdfium_c.FPDFText_GetCharBox(self.handle, index, left, right, bottom, top)
            return Box(left.value, self.height - top.value, right.value, self.height - bottom.value)
        return Box(rect.left, self.height - rect.top, rect.right, self.height - rect.bottom)

    def look(self, index: int) -> tuple[float, bool, tuple[int, int, int], str]:
        matrix = self._matrix
        pdfium_c.FPDFText_GetMatrix(self.handle, index, matrix)
        # The size set with Tf, scaled by the text matrix (WPS writes Tf 320 under a 0.05 matrix).
        size = float(pdfium_c.FPDFText_GetFontSize(self.handle, index)) * (
            math.hypot(matrix.c, matrix.d) or 1.0
        )
        weight = int(pdfium_c.FPDFText_GetFontWeight(self.handle, index))
        pdfium_c.FPDFText_GetFontInfo(self.handle, index, self._name, _FONT_NAME_BYTES, self._flags)
        font = _font_name(self._name.value)
        red, green, blue, alpha = self._rgba
        pdfium_c.FPDFText_GetFillColor(self.handle, index, red, green, blue, alpha)
        bold = weight >= 600 or _bold_font(font)
        return size, bold, (red.value, green.value, blue.value), font


def _drop_generated_spaces(text: str, start: int, end: int, page: _TextPage, size: float) -> str:
    """The line ``text[start:end]`` without PDFium's generated spaces for narrow gaps next to Chinese.

    A gap narrower than half a character is spacing (``860 号``, justified text); a wider one
    separates table cells or a letter-spaced 版头 and keeps its space.
    """
    kept: list[str] = []
    for index in range(start, end):
        char = text[index]
        if char == " " and start < index < end - 1 and page.generated(index):
            before, after = text[index - 1], text[index + 1]
            if CJK_CHAR.match(before) or CJK_CHAR.match(after):
                gap = page.box(index + 1).x0 - page.box(index - 1).x1
                if gap < NARROW_GAP * size:
                    continue
        kept.append(char)
    return "".join(kept)


def _line(text: str, start: int, end: int, page: _TextPage) -> RawLine | None:
    """The printed line at character indices ``[start, end)``, or None when it is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    first, last = page.box(start), page.box(end - 1)
    size, bold, color, font = page.look(start)
    box = Box(first.x0, min(first.top, last.top), max(last.x1, first.x1), max(first.bottom, last.bottom))
    height = box.bottom - box.top
    if size <= 1.5 < height:  # no usable size (a Type 3 font): use the glyph height
        size = round(height, 1)
    line_text = text[start:end]
    if " " in line_text:
        line_text = _drop_generated_spaces(text, start, end, page, size)
    return RawLine(line_text, box, round(size, 1), bold, color, font)


def _page_lines(page: _TextPage) -> list[RawLine]:
    text = page.text()
    lines: list[RawLine] = []
    cursor = 0
    for match in LINE_BREAK.finditer(text + "\n"):
        line = _line(text, cursor, match.start(), page)
        if line is not None:
            lines.append(line)
        cursor = match.end()
    return lines


def _color(getter: Any, handle: Any) -> tuple[int, int, int]:
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    if not getter(handle, red, green, blue, alpha):
        return (0, 0, 0)
    return (red.value, green.value, blue.value)


def _red_rules(page: Any, width: float, height: float) -> list[Box]:
    """Red horizontal rules at least a third of the page wide (the 版头 separator)."""
    rules: list[Box] = []
    for position, obj in enumerate(page.get_objects()):
        if position >= MAX_PATH_OBJECTS:
            break
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        left, bottom, right, top = obj.get_bounds()
        if right - left < width / 3 or top - bottom > 6:
            continue
        colors = (
            _color(pdfium_c.FPDFPageObj_GetStrokeColor, obj.raw),
            _color(pdfium_c.FPDFPageObj_GetFillColor, obj.raw),
        )
        if any(is_red(color) for color in colors):
            rules.append(Box(left, height - top, right, height - bottom))
    return rules


def _image_count(page: Any) -> int:
    return sum(1 for obj in page.get_objects() if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE)


def read_pages(pdf: pdfium.PdfDocument, *, rule_pages: int = 2) -> list[RawPage]:
    """Every page of ``pdf`` as :class:`RawPage`; red rules are looked for on the first ``rule_pages``."""
    pages: list[RawPage] = []
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            width, height = page.get_size()
            text_page = _TextPage(page, height)
            raw = RawPage(index + 1, round(width, 1), round(height, 1), _page_lines(text_page))
            if index < rule_pages:
                raw.red_rules = _red_rules(page, width, height)
            if not raw.lines:
                raw.images = _image_count(page)
            text_page.textpage.close()
        finally:
            page.close()
        pages.append(raw)
    return pages
