"""The lines printed under a title, read as a table of steps.

From the end of the title, each step tries one element at the current position: a
publication time, page chrome, the title printed again, the 发文字号 (with 签发人), a dated
occasion line (``——2026年1月27日在…会议上``), a subtitle, a date in parentheses, a newspaper's
dated line, a news date line with ``来源``, a promulgation or adoption line, a ``来源：`` line,
a dispatch header (with a wire headline ``题：…`` and its byline), a report's speaker line and
the addressee line. The first step that reads something gives the position after it; when none
does, the body begins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import regex

from policyparse.grammar import docnumber
from policyparse.grammar.dates import DATE, ISO_DATE, date_of
from policyparse.grammar.head import (
    ADDRESSEE,
    ADDRESSEE_ITEM,
    COVER_MONTH,
    DATED_LINE,
    ISO_LINE,
    OCCASION,
    OCCASION_END,
    OPEN_BRACKET,
    PAREN_DATE,
    SIGNER,
    SPEAKER,
    YEAR_ONLY,
)
from policyparse.grammar.news import BYLINE, DATELINE, DISPATCH, PAPER_LINE, SOURCE, WIRE_HEADLINE
from policyparse.grammar.organs import is_organ, organs_before_about
from policyparse.grammar.text import fold
from policyparse.models import MetadataField
from policyparse.segment import Segment
from policyparse.stages.metadata.news import recover_outlet
from policyparse.stages.metadata.promulgation import promulgation, promulgation_below
from policyparse.stages.metadata.reader import HeadReader, addressee_ok
from policyparse.stages.metadata.title import retitle

#: How many elements may stand under a title.
_MAX_ELEMENTS = 14

Step = Callable[[HeadReader, int, int, str], "int | None"]


def under_title(r: HeadReader) -> None:
    """Walk the elements printed under the title and set ``body_start`` after them."""
    pos = r.skip_space(r.head.body_start)
    for _ in range(_MAX_ELEMENTS):
        end = r.line_end(pos)
        line = r.norm[pos:end]
        if not line:
            break
        found = next((after for step in STEPS if (after := step(r, pos, end, line)) is not None), None)
        if found is None and (found := promulgation_below(r, end)) is None:
            break
        pos = r.skip_space(found)
    r.head.body_start = pos


# ---------------------------------------------------------------- the steps, in order


def _publication_time(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    m = ISO_LINE.match(r.norm, pos, min(len(r.norm), end + 40))
    if m is None:
        return None
    iso = ISO_DATE.search(m.group("iso"))
    r.head.publication_date = r.head.publication_date or (date_of(iso) if iso else None)
    return int(m.end())


#: The last piece of a breadcrumb printed over two lines (``首页>`` / ``政策发布``) is this short.
_CRUMB_PIECE = 12


def _chrome(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    if r.is_chrome(Segment(pos, end)):
        return end
    before = r.norm[max(0, pos - 8) : pos].rstrip()
    crumb = before.endswith((">", "›", "»")) and len(line.strip()) <= _CRUMB_PIECE
    return end if crumb and "。" not in line else None


def _table_line(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    """A line of a page's info table printed under the title (``【发布文号】商办流通函〔2024〕397号``,
    ``类型：原创``): its field is the table's, as above a title."""
    found = r.table_field(Segment(pos, end))
    if found is None:
        return None
    r.set_field(*found, keep=True)
    return end


def _title_again(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    """The title printed again under a page's own heading; printed in full (with its issuers,
    over up to three lines: ``国家发展改革委 国家能源局关于做好`` / ``2021年…的通知``) under a
    page heading that gave it short, it becomes the title."""
    title = r.head.title_norm
    if not title or not fold(line):
        return None
    if fold(title).endswith(fold(line)):
        return end
    return _fuller_title(r, pos, fold(title))


def _fuller_title(r: HeadReader, pos: int, short: str) -> int | None:
    """The lines from ``pos`` that print ``short`` again over two or three lines (a page copy's
    heading over the document's own: ``山东省发展和改革委员会`` / ``关于…的通知``), passed over; or
    that print it in full behind the organs that issue it, which becomes the title."""
    first = next((i for i, seg in enumerate(r.paras) if seg.start >= pos), None)
    if first is None:
        return None
    for count in range(1, 4):
        segs = r.paras[first : first + count]
        joined = "".join(r.text(seg) for seg in segs)
        folded = fold(joined)
        if folded == short:
            return segs[-1].end
        opening = r.norm[segs[0].start : segs[0].end]
        if len(folded) > len(short) and folded.endswith(short) and organs_before_about(opening + "关于"):
            retitle(r, segs)
            return segs[-1].end
    return None


def _number(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    """A 发文字号 (with 签发人)."""
    if r.head.doc_number is not None:
        return None
    m = OPEN_BRACKET.match(r.norm, pos, end)
    start = m.end() if m else pos
    for form in (docnumber.YEAR_FORM, docnumber.LEADING_YEAR_FORM, docnumber.ORDER_FORM):
        found = form.match(r.norm, start, end)
        if found is not None:
            r.set_number(found.start(), found.end())
            stop = found.end()
            if r.norm[stop : stop + 1] == "）":
                stop += 1
            signer = SIGNER.match(r.norm, r.skip_space(stop), end)
            if signer is not None:
                r.head.signer = r.add(MetadataField.SIGNER, signer.start("signer"), signer.end("signer"))
                stop = signer.end()
            return int(stop)
    return None


def _occasion(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    """A dated occasion line: ``——2026年1月27日在…会议上`` (perhaps wrapped onto a second line)."""
    m = OCCASION.match(r.norm, pos, end)
    if m is None:
        return None
    r.head.occasion = True
    r.head.dated = r.head.dated or date_element(r, m, MetadataField.DATE)
    wrapped = None
    if not m.group(0).rstrip().endswith(("上", "）")):  # 在广东省第十四届 / 人民代表大会第五次会议上
        wrapped = OCCASION_END.match(r.norm, m.end(), min(len(r.norm), m.end() + 64))
    return int(wrapped.end() if wrapped is not None else m.end())


def _subtitle(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    """A subtitle (副题) under a headline: ``——…`` without a date."""
    if line.startswith(("——", "--")) and len(line) <= 60 and "。" not in line and DATE.search(line) is None:
        return end
    return None


def _paren_date(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    m = PAREN_DATE.match(r.norm, pos, end)
    if m is None:
        return None
    r.head.dated = r.head.dated or date_element(r, m, MetadataField.DATE)
    return int(m.end())


def _year_only(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    m = YEAR_ONLY.match(r.norm, pos, end)
    return int(m.end()) if m is not None else None


def _paper_line(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    """A newspaper's dated line: 《人民日报》（2025年01月07日第 02 版）."""
    m = PAPER_LINE.match(r.norm, pos, end)
    if m is None:
        return None
    r.head.news = True
    r.head.news_date = r.head.news_date or date_element(r, m, MetadataField.DATELINE, whole=True)
    return int(m.end())


def paper_line_at_end(r: HeadReader) -> None:
    """A newspaper's dated line printed after the report (a copy that keeps the page line at the foot)."""
    if r.head.news_date is not None:
        return
    for seg in [line for line in r.doc.lines if line.end > line.start][-3:]:
        m = PAPER_LINE.match(r.norm, r.skip_space(seg.start), seg.end)
        if m is not None and not r.norm[m.end() : seg.end].strip():
            r.head.news = True
            r.head.news_date = date_element(r, m, MetadataField.DATELINE, whole=True)
            return


def _dateline(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    """A news date line: ``2019年02月19日来源：河北日报``."""
    m = DATELINE.match(r.norm, pos, end)
    if m is None or not (m.group("source") or m.end() == end):
        return None
    r.head.news = True
    r.head.news_date = r.head.news_date or date_element(r, m, MetadataField.DATELINE, whole=True)
    if m.group("source"):
        set_source(r, m.start("source"), m.end("source"))
    return int(m.end())


def _promulgation(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    m = DATED_LINE.match(r.norm, pos, end)
    return r.promulgation_end if m is not None and promulgation(r, m, pos) else None


def _source(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    m = SOURCE.match(r.norm, pos)
    if m is None:
        return None
    r.head.news = True
    set_source(r, m.start("source"), m.end("source"))
    return int(m.end())


def _dispatch(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    m = DISPATCH.match(r.norm, pos, end)
    if m is None:
        return None
    r.head.news = True
    r.add(MetadataField.DATELINE, m.start(), m.end())
    return wire_headline(r, m.end())


def _speaker(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    speaker = SPEAKER.match(r.norm, pos, min(len(r.norm), pos + 40))
    if speaker is not None and (speaker.end() == len(r.norm) or r.norm[speaker.end()] in "\r\n"):
        return int(speaker.end())
    return None


def _cover_organ(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    """A cover's organ alone on its line over the month (北京市规划和自然资源委员会 / 2021 年 9 月)."""
    name = line.strip()
    following = r.skip_space(end)
    if not is_organ(name) or COVER_MONTH.match(r.norm, following, r.line_end(following)) is None:
        return None
    start = pos + line.index(name)
    r.head.cover_organ = (start, start + len(name))
    return end


def _addressees(r: HeadReader, pos: int, end: int, line: str) -> int | None:
    m = ADDRESSEE.match(r.norm, pos, min(len(r.norm), pos + 260))
    if m is None or not addressee_ok(m.group("list")):
        return None
    for item in ADDRESSEE_ITEM.finditer(r.norm, m.start("list"), m.end("list")):
        value = r.doc.surface(item.start(), item.end())
        if value:
            r.head.addressees.append(value)
            r.add(MetadataField.ADDRESSEES, item.start(), item.end(), value)
    return int(m.end())


#: The steps, in the order they are tried at each position.
STEPS: tuple[Step, ...] = (
    _publication_time,
    _chrome,
    _table_line,
    _title_again,
    _number,
    _occasion,
    _subtitle,
    _paren_date,
    _year_only,
    _paper_line,
    _dateline,
    _promulgation,
    _source,
    _dispatch,
    _speaker,
    _cover_organ,
    _addressees,
)


# ---------------------------------------------------------------- readers the steps share


def wire_headline(r: HeadReader, pos: int) -> int:
    """A wire story's headline after its dispatch header (``题：…``) and the byline after it.

    ``新华社北京9月9日电 题：开展…利企便民新华社记者 赵文君近日召开的…``: the headline runs to
    the byline or the end of its line; the body begins after the reporters' names (at the
    byline when the names cannot be told from the lead glued to them). Returns where the
    next element may begin.
    """
    head = r.head
    m = WIRE_HEADLINE.match(r.norm, pos, min(len(r.norm), pos + 120))
    if m is None or head.title is not None:
        return pos
    start, end = m.span("title")
    head.title = r.add(MetadataField.TITLE, start, end)
    head.title_norm = r.norm[start:end]
    head.title_span = (start, end)
    byline = BYLINE.match(r.norm, r.skip_space(m.end()), min(len(r.norm), m.end() + 60))
    return int(byline.end()) if byline is not None else int(m.end())


def date_element(
    r: HeadReader, m: regex.Match[str], name: MetadataField, *, whole: bool = False
) -> dt.date | None:
    """Record a date element (and a date line) from a match; the date, ``None`` if impossible (W503)."""
    start, end = (m.start(), m.end()) if whole else (m.start("date"), m.end("date"))
    date_match = DATE.search(r.norm, m.start("date"), m.end("date"))
    date = date_of(date_match) if date_match else None
    if date is None:
        r.doc.diagnostics.add(
            "W503", start=r.doc.span(start, end)[0], end=r.doc.span(start, end)[1], text=m.group(0)
        )
    r.add(name, start, end)
    if name is MetadataField.DATELINE:
        r.add(MetadataField.DATE, m.start("date"), m.end("date"))
    return date


def set_source(r: HeadReader, start: int, end: int) -> None:
    """Set ``source`` from a 来源 span, recovering a lost character from the outlet list (I504)."""
    surface = r.doc.surface(start, end)
    recovered = recover_outlet(r.norm[start:end])
    if recovered is not None:
        fixed = surface.replace("?", "") if len(surface) - surface.count("?") == len(recovered) else None
        if fixed is None:
            index = r.norm[start:end].index("?")
            fixed = surface[:index] + recovered[index] + surface[index + 1 :]
        orig = r.doc.span(start, end)
        r.doc.diagnostics.add("I504", start=orig[0], end=orig[1], text=surface, outlet=fixed)
        surface = fixed
    if r.head.source is None:
        r.head.source = surface
        r.add(MetadataField.SOURCE, start, end, surface)
