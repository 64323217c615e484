"""What the lines around a title are: an element printed under it (the title ends there),
the end of a complete title, running text; a collection's number and part label above a
reprinted document's title; a reporter's credit under a headline; an element the text ran
into the title's last line; a page's own headline; a 文号 or a page's labels on the title's line.
"""

from __future__ import annotations

from policyparse.grammar import docnumber
from policyparse.grammar.head import (
    DATED_LINE,
    ISO_LINE,
    NUMBER_AFTER_TITLE,
    OCCASION,
    PAREN_DATE,
    SPEAKER,
    TITLE_CLOSES,
    TITLE_VERB,
    YEAR_ONLY,
)
from policyparse.grammar.html import GLUED_LABEL, TITLE_SEPARATOR
from policyparse.grammar.markers import match_marker
from policyparse.grammar.news import BYLINE_LINE, BYLINE_NAME, DISPATCH, PAPER_LINE
from policyparse.grammar.text import fold
from policyparse.models import InputFormat, MarkerKind
from policyparse.segment import Segment
from policyparse.stages.metadata.reader import HeadReader, addressee_ok

_DATE_CHARS = frozenset("0123456789-/.:： ")
_UNDER_TITLE_OPENERS = ("来源：", "——", "--", "时间：", "发布时间：")
#: The numbers a collection (汇编) gives the documents it reprints: ``7. 北京市…关于印发…的通知``.
_COLLECTION_NUMBERS = frozenset({MarkerKind.ARABIC_DOT, MarkerKind.ARABIC_DUN})
#: How many lines a collection's numbered title may take (a page-wrapped title: four in pool
#: texts extracted from a PDF, ``1. 天津市…印发天津市`` / ``2023`` / ``年优化营商环境责`` / ``任清单的通知``).
_COLLECTION_TITLE_LINES = 4
#: How long a collection's part label above such a title may be (``（二）天津``, after its marker).
_COLLECTION_LABEL_CHARS = 10


def marker_at(r: HeadReader, seg: Segment) -> bool:
    """Whether a paragraph is one of the elements printed under a title (it ends the title)."""
    text = r.text(seg)
    return bool(
        docnumber.is_valid(text.strip("（）"))
        or DATED_LINE.match(text)
        or PAREN_DATE.match(text)
        or YEAR_ONLY.fullmatch(text)
        or text.startswith(_UNDER_TITLE_OPENERS)
        or PAPER_LINE.match(text)
        or DISPATCH.match(text)
        or ISO_LINE.match(text)
        or SPEAKER.fullmatch(text)
        or (
            text.endswith("：")
            and addressee_ok(text[:-1])
            and "关于" not in text
            and next(iter(docnumber.finditer(text)), None) is None
        )
    )


def printed_under(r: HeadReader, seg: Segment) -> int | None:
    """Where an element printed under a title starts when the text ran it into the title's last
    line: a bracketed date closing the line, or a dated occasion after a dash (a report's
    ``——2024年3月5日在…会议上``, perhaps with its speaker)."""
    dated = PAREN_DATE.search(r.norm, seg.start, seg.end)
    if dated is not None and dated.end() == seg.end and dated.start() > seg.start:
        return int(dated.start())
    dash = r.norm.find("——", seg.start + 2, seg.end)
    if dash >= 0 and OCCASION.match(r.norm, dash, seg.end) is not None:
        return dash
    return None


def collection_title_start(r: HeadReader, index: int) -> int | None:
    """Where the title starts in paragraph ``index`` when a collection's number opens it: the
    number is followed, within :data:`_COLLECTION_TITLE_LINES` lines, by a complete title that
    names what it issues (``关于``, ``印发`` …). At the top of a text, before any title, such a
    line is the title of a reprinted document, not a numbered section of one."""
    seg = r.paras[index]
    marker = match_marker(r.norm, seg.start)
    if marker is None or marker.kind not in _COLLECTION_NUMBERS:
        return None
    start = r.skip_space(marker.end)
    if start >= seg.end:
        return None
    lines = [Segment(start, seg.end), *r.paras[index + 1 : index + _COLLECTION_TITLE_LINES]]
    for count in range(1, len(lines) + 1):
        joined = "".join(r.text(line) for line in lines[:count])
        dated = PAREN_DATE.search(joined)  # a long title and the date the collection added
        undated = joined[: dated.start()] if dated is not None and dated.end() == len(joined) else joined
        if prose(undated) or (count > 1 and marker_at(r, lines[count - 1])):
            return None
        if TITLE_VERB.search(joined) is not None and closes(r, lines[:count]):
            return start
    return None


def collection_label(r: HeadReader, index: int) -> bool:
    """A collection's short numbered part label (``（二）天津``) right above such a title."""
    seg = r.paras[index]
    marker = match_marker(r.norm, seg.start)
    if marker is None or index + 1 >= len(r.paras):
        return False
    label = r.norm[marker.end : seg.end].strip()
    if not label or len(label) > _COLLECTION_LABEL_CHARS or TITLE_VERB.search(label) is not None:
        return False
    return collection_title_start(r, index + 1) is not None


def byline(r: HeadReader, seg: Segment) -> bool:
    """A reporter's credit under a headline (``BBC中文记者``), or the name printed on the line
    above it (``陈岩`` / ``BBC中文记者``): the headline ends before it. ``seg`` is ``r.paras[r.index]``."""
    if BYLINE_LINE.fullmatch(r.norm, seg.start, seg.end) is not None:
        return True
    following = r.paras[r.index + 1] if r.index + 1 < len(r.paras) else None
    return (
        following is not None
        and BYLINE_NAME.fullmatch(r.norm, seg.start, seg.end) is not None
        and BYLINE_LINE.fullmatch(r.norm, following.start, following.end) is not None
    )


def prose(text: str) -> bool:
    """A line of running text (long, or with a sentence end inside): no title line."""
    return len(text) > 60 or "。" in text[:-1] or (text.endswith("。") and len(text) > 25)


def closes(r: HeadReader, block: list[Segment]) -> bool:
    """Whether the joined paragraphs end like a complete title (a 文种, brackets balanced)."""
    joined = "".join(r.text(seg) for seg in block)
    return TITLE_CLOSES.search(joined) is not None and _balanced(joined)


def _balanced(text: str) -> bool:
    return (
        text.count("《") == text.count("》")
        and text.count("（") == text.count("）")
        and text.count("“") <= text.count("”")
    )


def page_headline(r: HeadReader, block: list[Segment]) -> bool:
    """Whether the title block is one line, the page's own headline: the title its ``<title>``
    names, alone on the line. The lines under it are the article's (a news headline block:
    引题, 主题, 副题), not more of the title."""
    source = r.doc.source
    named = source.page_metadata.get("网页标题") if source.format is InputFormat.HTML else None
    if not named or len(block) != 1:
        return False
    line = fold(r.text(block[0]))
    return len(line) >= 6 and any(line == fold(part) for part in TITLE_SEPARATOR.split(named))


def title_line_end(r: HeadReader, seg: Segment) -> Segment:
    """The title's last line without what the line holds after the title: the 文号 printed on it
    (read as the document's), or a page's info labels glued on (:data:`GLUED_LABEL`; a 文号
    among their values is read too)."""
    trailing = NUMBER_AFTER_TITLE.search(r.norm, seg.start, r.line_end(seg.start))
    if trailing is not None and r.head.doc_number is None and trailing.start() < seg.end:
        r.set_number(trailing.start("number"), trailing.end("number"))
        r.head.body_start = max(r.head.body_start, trailing.end())
        return Segment(seg.start, trailing.start())
    glued = GLUED_LABEL.search(r.norm, seg.start, seg.end)
    if glued is None:
        return seg
    if r.head.doc_number is None:
        number = next(iter(docnumber.finditer(r.norm, glued.start(), seg.end)), None)
        if number is not None:  # its code may take in the digits of a date glued before it
            start = number.start()
            while start < number.end() and r.norm[start] in _DATE_CHARS:
                start += 1
            r.set_number(start, number.end())
    r.head.body_start = max(r.head.body_start, seg.end)
    return Segment(seg.start, glued.start())
