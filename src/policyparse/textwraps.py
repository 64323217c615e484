"""Hard wraps in plain text that was extracted from a PDF, found from the text alone.

Text copied out of a PDF keeps the printed line breaks (pool 059: 26 characters a line) and
the page numbers between pages (``I``, ``— 3 —``). Without a layout, the same rule as for a PDF
applies with line widths standing in for positions:

* the text counts as hard-wrapped only when most of its lines have one width: at least
  :data:`MIN_LINES` lines of 10 or more columns, :data:`MIN_SHARE` of them within
  ``[mode − 2.5, mode + 1]`` columns of the most common width (ASCII is half a column, any
  other character one), and the mode at least :data:`MIN_MODE`;
* or when its text was broken into fragments as well: a converter that starts a new line at
  each change of font or at a quotation mark leaves many short lines (``革为引领，`` /
  ``以政务服务标准化规范化便利化为主线，``) beside the full ones, but no line is wider than the
  page. Such a text counts as wrapped when at least :data:`FRAGMENTED_MIN_FULL` lines and
  :data:`FRAGMENTED_MIN_SHARE` of them are full and at most :data:`FRAGMENTED_MAX_WIDER` are
  wider than ``mode + 1`` (a text with a paragraph per line has many lines wider than its most
  common width);
* in such a text, a line break is a wrap when the line is full (at least ``mode − 2.5``
  columns: a paragraph's first line lost its two-character indent, and 避头尾 leaves lines one
  character short; within ``mode − 3.5`` when it is cut between two Han characters, a word cut
  in two, as a justified line of a wide page that carries punctuation or Latin is) or, however
  short, is a fragment that runs on (:func:`_fragment_runs_on`):
  it ends in ``，`` or ``、`` (no paragraph, heading or signature ends so); it is a piece of a
  clause (it holds a ``，``, or the line before ran on into it) cut where a quotation mark opens
  or closes (a converter starts a new line where the font of ``“`` starts or ends); it is a list
  marker alone (``（三）``, whose title is the next line); it is a number the next line goes on
  with a unit or a date part (``1`` / ``个绿色园区``), or the line before such a number; it does
  not end a sentence or a clause (``。！？：；``), and the next line is not indented, does not
  open a numbered heading, a list item, a lone marker or an article
  (:func:`~policyparse.grammar.openers.opens_line`), and is not Latin after Latin;
* a line that opens with a structural marker (``第三章  …``) is a title: it is never wrapped
  on, even when it happens to be as wide as the body lines; nor is a title wrapped onto the
  addressees or the 文号 under it (``各市、县（区）人民政府，省政府各部门：``, ``阿府办发〔2021〕21号``)
  or onto its own copy (a page printing its title twice);
* a web address cut at a line's end after ``/ . - _ ? = &`` (``原文链接：https://www.pkulaw.com/lar/``
  / ``b64c…bdfb.html``) runs on into its rest, however short the line, Latin on both sides;
* in a text a converter double-spaced (a blank line after nearly every line: :data:`DOUBLE_SPACED`),
  one blank line tells nothing: a wrap may stand across it (``第一条 为加强…保证医疗器械`` / blank /
  ``使用安全、有效…``);
* a line holding only a page number (``— 3 —``, ``3``, ``IV``) is page furniture, unless the
  next line goes on with its unit (a number the converter broke off); a line that
  names its page in words (``# Page 1401:``, ``第3页 共10页``) is page furniture in any plain
  text, wrapped or not.

Texts with lines of varied widths (web copies, one paragraph per line) give no hard-wrap cut,
so their parse is unchanged (the dev set's golden files check exactly that), but for a
paragraph break that cannot end a paragraph, a page break a converter left as a blank line:
after an enumeration comma (``开展成品油生产、`` / blank / ``经营企业…``) or inside a note the next
paragraph closes (``（牵头部`` / blank / ``门：市交通委…）``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from policyparse.grammar import docnumber
from policyparse.grammar.layout import (
    ADDRESSEE_LINE,
    ATTACHMENT_PART,
    BARE_PAGE_NUMBER,
    LATIN,
    PAGE_MARKER_LINE,
    PAGE_NUMBER,
    TEXT_LINE,
    TORN_PARAGRAPH,
    URL_CUT,
    URL_REST,
)
from policyparse.grammar.markers import match_marker
from policyparse.grammar.openers import opens_line, opens_title_line
from policyparse.grammar.text import HAN, display_width
from policyparse.layout import Cut
from policyparse.lexicon.layout import PARAGRAPH_END
from policyparse.lexicon.normalisation import width_table
from policyparse.lexicon.units import UNITS
from policyparse.models import NoiseKind

MIN_LINES = 20
MIN_SHARE = 0.6
MIN_MODE = 15
MIN_COUNTED_WIDTH = 10
FULL_SLACK = 2.5
#: The slack for a line cut between two Han characters (a word cut in two): justified lines of
#: a wide page hold a character or so less where they carry more punctuation or Latin.
WORD_CUT_SLACK = 3.5
FRAGMENTED_MIN_FULL = 20
FRAGMENTED_MIN_SHARE = 0.3
FRAGMENTED_MAX_WIDER = 0.02
#: The share of lines followed by one blank line that makes a text double-spaced.
DOUBLE_SPACED = 0.8
#: Clause marks that never end a line's paragraph: a line ending in one runs on, however short.
_RUNS_ON = frozenset("，、,")
#: Opening and closing quotation marks: a converter often starts a new line where their font
#: starts or ends.
_OPENING_QUOTES = frozenset("“‘「『")
_CLOSING_QUOTES = frozenset("”’」』")
#: Brackets of a note or an aside, which close on the line they open on or on the next.
_BRACKETS = (("（", "）"), ("(", ")"), ("〔", "〕"), ("【", "】"))
#: What goes on after a number that the text broke onto a line of its own: a unit or a date part.
_AFTER_NUMBER = (*UNITS, "年", "月", "日", "号", "万", "亿", "千", "百", "余", "多")


@dataclass(frozen=True, slots=True)
class _Line:
    """A line of the text: where its content starts and ends, and where the next line starts."""

    start: int
    end: int
    next_start: int
    width: float


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in TEXT_LINE.finditer(text):
        if match.start() == match.end():
            break
        content = match.group().rstrip("\r\n")
        stripped = content.rstrip()
        lines.append(
            _Line(match.start(), match.start() + len(stripped), match.end(), display_width(stripped.lstrip()))
        )
    return lines


def _wrapped_mode(text: str) -> float | None:
    """The common line width of a hard-wrapped text, or None when the text is not one.

    Reads the widths with :meth:`str.splitlines` (no line objects), so texts that are not
    hard-wrapped — nearly all — cost one pass in C and a counter.
    """
    counted = [
        width for line in text.splitlines() if (width := display_width(line.strip())) >= MIN_COUNTED_WIDTH
    ]
    if len(counted) < MIN_LINES:
        return None
    mode = float(Counter(round(width) for width in counted).most_common(1)[0][0])
    if mode < MIN_MODE:
        return None
    near = sum(1 for width in counted if mode - FULL_SLACK <= width <= mode + 1)
    if near >= MIN_SHARE * len(counted):
        return mode
    wider = sum(1 for width in counted if width > mode + 1)
    fragmented = near >= max(FRAGMENTED_MIN_FULL, FRAGMENTED_MIN_SHARE * len(counted))
    return mode if fragmented and wider <= FRAGMENTED_MAX_WIDER * len(counted) else None


def _is_page_number(text: str, after: str) -> bool:
    """A page-number line; a bare number that the next line goes on with a unit or a date part
    (``1`` / ``个绿色园区``, ``2023`` / ``年优化营商环境``) is a fragment of the text, not one."""
    compact = "".join(text.split())
    if not compact:
        return False
    if PAGE_NUMBER.match(compact) is not None:
        return True
    return BARE_PAGE_NUMBER.match(compact) is not None and not _number_fragment(compact, after)


def _number_fragment(text: str, after: str) -> bool:
    """A bare number that the next line goes on with a unit or a date part."""
    return text.strip().isdigit() and after.lstrip().startswith(_AFTER_NUMBER)


def _fragment_runs_on(content: str, after: str, continued: bool) -> bool:
    """A line shorter than the page that still runs on: it ends in a clause mark; it is a piece
    of a clause (it holds a ``，``, or the line before ran on into it) cut where a quotation
    opens or closes (``…全部上线“亲清赣商”`` / ``平台，…``); it is a number the next line goes on
    with a unit or a date part (``1`` / ``个绿色园区``); or it holds only a list marker, whose
    title is on the next line (``（三）`` / ``简便市场主体注销流程。``)."""
    if content[-1] in _RUNS_ON or _bracket_runs_on(content, after) or _url_runs_on(content, after):
        return True
    if _number_fragment(content, after):
        return True
    if ("，" in content or continued) and (
        after[0] in _OPENING_QUOTES or (content[-1] in _CLOSING_QUOTES and HAN.match(after))
    ):
        return True
    return _marker_alone(content)


def _bracket_runs_on(content: str, after: str) -> bool:
    """A line that opens a bracket (a note: ``〔责任单位：市行政审批局、人行``) the next line
    closes (``赣州市中支等〕``): a note does not span a paragraph break."""
    for opening, closing in _BRACKETS:
        opened = content.rfind(opening)
        if opened != -1 and closing not in content[opened:]:
            closed = after.find(closing)
            return closed != -1 and opening not in after[:closed]
    return False


@lru_cache(maxsize=1)
def _view_width() -> dict[int, str]:
    return width_table()


def _marker_alone(line: str) -> bool:
    """Whether ``line`` holds only a list marker (``（三）``, ``12．``): its title is on the next
    line. Matched in the view's width folding (``12．`` → ``12.``), as the markers are."""
    alone = line.strip().translate(_view_width())
    marker = match_marker(alone, 0) if alone else None
    return marker is not None and marker.end == len(alone)


def _slack(content: str, after: str) -> float:
    """How many columns short of the page a full line may be: more for a word cut in two."""
    return WORD_CUT_SLACK if HAN.match(content, len(content) - 1) and HAN.match(after) else FULL_SLACK


def _is_wrap(
    text: str,
    line: _Line,
    following: _Line,
    mode: float,
    *,
    continued: bool = False,
    into_number: bool = False,
) -> bool:
    """Whether the break after ``line`` is a wrap; ``continued``: the line before ran on into it;
    ``into_number``: ``following`` is a number the line after it goes on (``印发天津市`` / ``2023``
    / ``年优化营商环境…``), which the line runs on into as well."""
    content = text[line.start : line.end]
    after = text[following.start : following.end]
    if not content or not after:
        return False
    short = not mode - _slack(content, after) <= line.width <= mode + 1.5
    into_number = into_number and match_marker(content.lstrip(), 0) is None  # not a heading's line
    if short and not into_number and not _fragment_runs_on(content, after, continued):
        return False
    if content[-1] in PARAGRAPH_END or after[0].isspace() or after[0] == "\u3000":
        return False
    if _own_lines(content, after):
        return False
    return not (LATIN.match(content[-1]) and LATIN.match(after[0])) or _url_runs_on(content, after)


def _own_lines(content: str, after: str) -> bool:
    """Whether the two lines stand on their own however full the first: the second opens a
    numbered heading, an item, a lone marker or an attachment part; the first is a chapter's
    title; the second is the addressees or the 文号 under a title as wide as the page, or the
    first again (a page printing its title twice)."""
    if opens_line(after) or _marker_alone(after) or ATTACHMENT_PART.match(after) is not None:
        return True
    if opens_title_line(content.lstrip()) or ADDRESSEE_LINE.match(after.strip()) is not None:
        return True
    return after.strip() == content.strip() or docnumber.is_valid(after.strip().strip("（）()"))


def _url_runs_on(content: str, after: str) -> bool:
    """A web address cut at the line's end (``原文链接：https://www.pkulaw.com/lar/`` /
    ``b64c…bdfb.html``): its rest opens the next line."""
    return URL_CUT.search(content) is not None and URL_REST.match(after) is not None


def _page_marker_cuts(text: str) -> list[Cut]:
    """The page-marker lines of a text that is not hard-wrapped. Every such marker names its page
    (``Page``, ``页``): a text without either word, nearly every one, is not scanned (the scan
    took about 2 % of a parse)."""
    if "页" not in text and "age" not in text and "AGE" not in text:
        return []
    return [(m.start(), m.end(), NoiseKind.PAGE_NUMBER) for m in PAGE_MARKER_LINE.finditer(text)]


def _torn_paragraph_cuts(text: str) -> list[Cut]:
    """The paragraph breaks of a text that is not hard-wrapped that cannot end a paragraph
    (:data:`~policyparse.grammar.layout.TORN_PARAGRAPH`: after ``、``, inside a note)."""
    if "\n\n" not in text and "\n \n" not in text:
        return []
    return [(m.start("gap"), m.end("gap"), NoiseKind.HARD_WRAP) for m in TORN_PARAGRAPH.finditer(text)]


def _double_spaced(lines: list[_Line]) -> bool:
    """Whether a converter printed a blank line after nearly every line (:data:`DOUBLE_SPACED`
    of them): then one blank line tells nothing, and a wrap may stand across it."""
    body = [index for index, line in enumerate(lines[:-2]) if line.end > line.start]
    single = sum(
        1
        for index in body
        if lines[index + 1].end == lines[index + 1].start and lines[index + 2].end > lines[index + 2].start
    )
    return len(body) >= MIN_LINES and single >= DOUBLE_SPACED * len(body)


def _paragraph_gap(gap: list[_Line], *, double: bool) -> bool:
    """Whether the lines between two body lines are a paragraph break: blank lines only (no
    page furniture), and more than one in a double-spaced text."""
    furniture = any(item.end > item.start for item in gap)
    return bool(gap) and not furniture and not (double and len(gap) == 1)


def text_wrap_cuts(text: str) -> list[Cut]:
    """Cuts for the hard wraps and page-number lines of a hard-wrapped plain text (else none).

    A page break (a page-number line with blank lines around it) between two lines does not
    end a paragraph: when the line before it is wrapped, the blank lines are cut too.
    """
    mode = _wrapped_mode(text)
    if mode is None:
        return sorted(_page_marker_cuts(text) + _torn_paragraph_cuts(text))
    lines = _lines(text)
    double = _double_spaced(lines)
    cuts: list[Cut] = []
    previous: _Line | None = None
    continued = False  # the line before ``previous`` ran on into it
    gap: list[_Line] = []  # blank and page-number lines since the previous body line
    for index, line in enumerate(lines):
        content = text[line.start : line.end]
        after = text[lines[index + 1].start : lines[index + 1].end] if index + 1 < len(lines) else ""
        if _is_page_number(content, after):
            cuts.append((line.start, line.next_start, NoiseKind.PAGE_NUMBER))
            gap.append(line)
            continue
        if line.end == line.start:
            gap.append(line)
            continue
        blank_only = _paragraph_gap(gap, double=double)
        wraps = (
            previous is not None
            and not blank_only
            and _is_wrap(
                text, previous, line, mode, continued=continued, into_number=_number_fragment(content, after)
            )
        )
        if wraps and previous is not None:
            cuts.append((previous.end, previous.next_start, NoiseKind.HARD_WRAP))
            cuts.extend(
                (item.start, item.next_start, NoiseKind.HARD_WRAP) for item in gap if item.end == item.start
            )
        previous, gap, continued = line, [], wraps
    return sorted(cuts)
