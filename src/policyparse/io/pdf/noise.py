"""Page numbers and running headers/footers: printed lines that are furniture, not content.

A line is a page number when its text has a page-number form (``— 1 —``, ``-1-``, ``—1—``,
``第1页 共5页``, ``1/5``, a bare ``1``) *and* it is the top- or bottom-most line of its page,
in the top or bottom band of the page. A bare number (``1``, ``I``) must also follow the page
sequence: its value minus the page number is the same offset on most pages that have one (a
cover page numbered ``— 2 —`` is fine; a table row ``12`` at a page foot is not).

A running header or footer is a top- or bottom-most line in the band whose text, digits
masked, repeats on at least three pages and on 30 % of the pages.
"""

from __future__ import annotations

from collections import Counter

from policyparse.grammar.layout import BARE_PAGE_NUMBER, PAGE_NUMBER
from policyparse.grammar.pdf import DIGITS
from policyparse.grammar.text import WHITESPACE
from policyparse.io.pdf.extract import RawLine, RawPage
from policyparse.models import NoiseKind

__all__ = ["BARE_PAGE_NUMBER", "PAGE_NUMBER", "furniture"]

_ROMAN = {"i": 1, "v": 5, "x": 10}
#: Share of the page height at the top and at the bottom where furniture is printed.
BAND = 0.16
MIN_REPEATS = 3
MIN_REPEAT_SHARE = 0.3


def _roman(text: str) -> int:
    values = [_ROMAN[char] for char in text.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _edge_lines(page: RawPage) -> list[int]:
    """Indices of the top- and bottom-most lines of the page that lie in the furniture bands."""
    if not page.lines:
        return []
    top = min(range(len(page.lines)), key=lambda i: page.lines[i].box.top)
    bottom = max(range(len(page.lines)), key=lambda i: page.lines[i].box.bottom)
    found = []
    if page.lines[top].box.bottom <= page.height * BAND:
        found.append(top)
    if bottom != top and page.lines[bottom].box.top >= page.height * (1 - BAND):
        found.append(bottom)
    return found


def _bare_value(line: RawLine) -> int | None:
    text = line.text.strip()
    if not BARE_PAGE_NUMBER.match(text):
        return None
    return int(text) if text.isdigit() else _roman(text)


def _masked(line: RawLine) -> str:
    return DIGITS.sub("#", WHITESPACE.sub("", line.text))


def furniture(pages: list[RawPage]) -> dict[tuple[int, int], NoiseKind]:
    """``(page index, line index) → kind`` for every page number and running header/footer line."""
    found: dict[tuple[int, int], NoiseKind] = {}
    bare: list[tuple[int, int, int]] = []
    repeats: Counter[str] = Counter()
    edges = [(p, i) for p, page in enumerate(pages) for i in _edge_lines(page)]
    for p, i in edges:
        line = pages[p].lines[i]
        text = WHITESPACE.sub("", line.text)
        if PAGE_NUMBER.match(text):
            found[(p, i)] = NoiseKind.PAGE_NUMBER
        elif (value := _bare_value(line)) is not None:
            bare.append((p, i, value - pages[p].number))
        elif len(text) <= 60:
            repeats[_masked(line)] += 1
    found.update(_in_sequence(bare, len(pages)))
    needed = max(MIN_REPEATS, int(len(pages) * MIN_REPEAT_SHARE + 0.999))
    for p, i in edges:
        if (p, i) not in found and repeats.get(_masked(pages[p].lines[i]), 0) >= needed:
            found[(p, i)] = NoiseKind.RUNNING_HEADER
    return found


def _in_sequence(bare: list[tuple[int, int, int]], page_count: int) -> dict[tuple[int, int], NoiseKind]:
    """The bare numbers ``(page index, line index, value − page number)`` that follow the page
    sequence: those with the offset most of them share (on two pages at least, unless the
    document has one page)."""
    if not bare:
        return {}
    offsets = Counter(offset for _, _, offset in bare)
    usual, count = offsets.most_common(1)[0]
    if count * 2 >= len(bare) and (count >= 2 or page_count == 1):
        return {(p, i): NoiseKind.PAGE_NUMBER for p, i, offset in bare if offset == usual}
    return {}
