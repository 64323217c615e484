"""Hard line breaks: which printed line ends are wraps inside a paragraph, not paragraph ends.

The rule (issue 20): a line that ends short of the right margin, or before an indented line,
ends a paragraph. So a break is a wrap when the line reaches the right margin of its page and
the next line starts at the left margin, in the same size — across a page break too, the
page furniture in between being cut anyway. A wrap between two Chinese characters joins them
with nothing (a CJK line break inside a sentence is not a space); a break between two Latin
letters or digits is left alone, since joining would glue two words. The next line must not
open a numbered heading (``一、``, ``（二）``, ``3.``, ``第四条``).

A title printed over several centred lines in a size larger than the body is one title: the
breaks between its lines are wraps too.

Margins are measured, not assumed: per page, the most common left and right edges of the
body lines (2 pt bins), falling back to the document's when a page has few lines.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from policyparse.grammar.layout import ATTACHMENT_PART, LATIN
from policyparse.grammar.openers import opens_line
from policyparse.io.pdf.extract import RawLine, RawPage

MIN_LINE_CHARS = 4
#: Tolerances in multiples of the font size.
RIGHT_SLACK = 1.1
LEFT_SLACK = 0.6
INDENT_LIMIT = 2.6
TITLE_CENTRE_SLACK = 1.5


@dataclass(frozen=True, slots=True)
class Margins:
    """The left and right edges of a page's text block, in points."""

    left: float
    right: float


def _mode(values: list[float]) -> float | None:
    if not values:
        return None
    counts = Counter(round(value / 2) * 2 for value in values)
    return float(counts.most_common(1)[0][0])


def _margins_of(lines: list[RawLine]) -> tuple[float | None, float | None]:
    body = [line for line in lines if len(line.text) >= MIN_LINE_CHARS]
    return _mode([line.box.x0 for line in body]), _mode([line.box.x1 for line in body])


def page_margins(pages: list[RawPage], body_lines: list[list[RawLine]]) -> list[Margins]:
    """Margins of each page: its own when it has enough lines, else the document's."""
    all_lines = [line for lines in body_lines for line in lines]
    doc_left, doc_right = _margins_of(all_lines)
    margins = []
    for page, lines in zip(pages, body_lines, strict=True):
        left, right = _margins_of(lines) if len(lines) >= 5 else (None, None)
        margins.append(
            Margins(
                left if left is not None else doc_left if doc_left is not None else 0.0,
                right if right is not None else doc_right if doc_right is not None else page.width,
            )
        )
    return margins


def body_font_size(lines: list[RawLine]) -> float:
    """The most common font size over the document's lines (weighted by characters)."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.font_size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def is_wrap(before: RawLine, after: RawLine, margins_before: Margins, margins_after: Margins) -> bool:
    """Whether the break between two consecutive body lines is a wrap inside a paragraph."""
    size = before.font_size or 1.0
    if abs(before.font_size - after.font_size) > 0.6:
        return False
    if before.box.x1 < margins_before.right - RIGHT_SLACK * size:
        return False
    if before.box.x0 > margins_before.left + INDENT_LIMIT * size:
        return False
    if after.box.x0 > margins_after.left + LEFT_SLACK * size:
        return False
    if opens_line(after.text) or ATTACHMENT_PART.match(after.text) is not None:
        return False
    return not (LATIN.match(before.text[-1]) and LATIN.match(after.text[0]))


def is_title_wrap(before: RawLine, after: RawLine, page_width: float, body_size: float) -> bool:
    """Whether two consecutive lines are parts of one centred title set larger than the body."""
    size = before.font_size
    if size < body_size + 1.5 or abs(size - after.font_size) > 0.6 or before.red or after.red:
        return False
    centre = page_width / 2
    centred = all(abs(line.box.center - centre) <= TITLE_CENTRE_SLACK * size for line in (before, after))
    close = 0 <= after.box.top - before.box.bottom <= 1.5 * size
    return centred and close
