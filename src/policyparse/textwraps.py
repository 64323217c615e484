"""Hard wraps in plain text that was extracted from a PDF, found from the text alone.

Text copied out of a PDF keeps the printed line breaks (pool 059: 26 characters a line) and
the page numbers between pages (``I``, ``— 3 —``). Without a layout, the same rule as for a PDF
applies with line widths standing in for positions:

* the text counts as hard-wrapped only when most of its lines have one width: at least
  :data:`MIN_LINES` lines of 10 or more columns, :data:`MIN_SHARE` of them within
  ``[mode − 2.5, mode + 1]`` columns of the most common width (ASCII is half a column, any
  other character one), and the mode at least :data:`MIN_MODE`;
* in such a text, a line break is a wrap when the line is full (at least ``mode − 2.5``
  columns: a paragraph's first line lost its two-character indent, and 避头尾 leaves lines one
  character short), does not end a sentence or a clause (``。！？：；``), and the next line is
  not indented, does not open a numbered heading, a list item or an article
  (:func:`~policyparse.grammar.markers.opens_line`), and is not Latin after Latin;
* a line that opens with a structural marker (``第三章  …``) is a title: it is never wrapped
  on, even when it happens to be as wide as the body lines;
* a line holding only a page number (``— 3 —``, ``3``, ``IV``) is page furniture.

Texts with lines of varied widths (web copies, one paragraph per line) give no cut at all, so
their parse is unchanged; the dev set's golden files check exactly that.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from policyparse.grammar.layout import ATTACHMENT_PART, BARE_PAGE_NUMBER, LATIN, PAGE_NUMBER, TEXT_LINE
from policyparse.grammar.markers import opens_line, opens_title_line
from policyparse.layout import Cut
from policyparse.lexicon.layout import PARAGRAPH_END
from policyparse.models import NoiseKind

MIN_LINES = 20
MIN_SHARE = 0.6
MIN_MODE = 15
MIN_COUNTED_WIDTH = 10
FULL_SLACK = 2.5


@dataclass(frozen=True, slots=True)
class _Line:
    """A line of the text: where its content starts and ends, and where the next line starts."""

    start: int
    end: int
    next_start: int
    width: float


def _width(text: str) -> float:
    """Display columns: ASCII half a column, everything else one (a Chinese character)."""
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in TEXT_LINE.finditer(text):
        if match.start() == match.end():
            break
        content = match.group().rstrip("\r\n")
        stripped = content.rstrip()
        lines.append(
            _Line(match.start(), match.start() + len(stripped), match.end(), _width(stripped.lstrip()))
        )
    return lines


def _wrapped_mode(text: str) -> float | None:
    """The common line width of a hard-wrapped text, or None when the text is not one.

    Reads the widths with :meth:`str.splitlines` (no line objects), so texts that are not
    hard-wrapped — nearly all — cost one pass in C and a counter.
    """
    counted = [width for line in text.splitlines() if (width := _width(line.strip())) >= MIN_COUNTED_WIDTH]
    if len(counted) < MIN_LINES:
        return None
    mode = float(Counter(round(width) for width in counted).most_common(1)[0][0])
    near = sum(1 for width in counted if mode - FULL_SLACK <= width <= mode + 1)
    return mode if mode >= MIN_MODE and near >= MIN_SHARE * len(counted) else None


def _is_page_number(text: str) -> bool:
    compact = "".join(text.split())
    return bool(compact) and (
        PAGE_NUMBER.match(compact) is not None or BARE_PAGE_NUMBER.match(compact) is not None
    )


def _is_wrap(text: str, line: _Line, following: _Line, mode: float) -> bool:
    content = text[line.start : line.end]
    after = text[following.start : following.end]
    if not content or not after or not mode - FULL_SLACK <= line.width <= mode + 1.5:
        return False
    if content[-1] in PARAGRAPH_END or after[0].isspace() or after[0] == "\u3000":
        return False
    if opens_line(after) or ATTACHMENT_PART.match(after) is not None:
        return False
    if opens_title_line(content.lstrip()):
        return False
    return not (LATIN.match(content[-1]) and LATIN.match(after[0]))


def text_wrap_cuts(text: str) -> list[Cut]:
    """Cuts for the hard wraps and page-number lines of a hard-wrapped plain text (else none).

    A page break (a page-number line with blank lines around it) between two lines does not
    end a paragraph: when the line before it is wrapped, the blank lines are cut too.
    """
    mode = _wrapped_mode(text)
    if mode is None:
        return []
    lines = _lines(text)
    cuts: list[Cut] = []
    previous: _Line | None = None
    gap: list[_Line] = []  # blank and page-number lines since the previous body line
    for line in lines:
        if _is_page_number(text[line.start : line.end]):
            cuts.append((line.start, line.next_start, NoiseKind.PAGE_NUMBER))
            gap.append(line)
            continue
        if line.end == line.start:
            gap.append(line)
            continue
        furniture = any(item.end > item.start for item in gap)
        blank_only = bool(gap) and not furniture
        if previous is not None and not blank_only and _is_wrap(text, previous, line, mode):
            cuts.append((previous.end, previous.next_start, NoiseKind.HARD_WRAP))
            cuts.extend(
                (item.start, item.next_start, NoiseKind.HARD_WRAP) for item in gap if item.end == item.start
            )
        previous, gap = line, []
    return sorted(cuts)
