"""The lines printed under a title, and the reader's shared helpers (see :mod:`policyparse.metadata_head`).

:class:`HeadBase` holds the document and the :class:`Head` being filled; its
:meth:`~HeadBase.under_title` walks, from the end of the title, over the 发文字号, dated
occasion lines (``——2026年1月27日在…会议上``), dates in parentheses, promulgation and
adoption lines, ``来源：``/``时间：`` lines, speaker lines, the newspaper's dated line, the
dispatch header and the addressee line, and sets ``body_start`` after the last of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex

from policyparse import docnumber, news
from policyparse.document import Document
from policyparse.lexicon.metadata import (
    ADDRESSEE,
    ADDRESSEE_WORDS,
    BYLINE,
    CAPTION,
    CHROME_LINES,
    CHROME_PREFIXES,
    DATED_LINE,
    EOL,
    HEADING_START,
    ISO_LINE,
    OCCASION,
    OCCASION_END,
    ORDER_NUMBER,
    PAREN_DATE,
    PROMULGATED,
    SIGNER,
    SPEAKER,
    WIRE_HEADLINE,
    YEAR_ONLY,
)
from policyparse.models import DocNumber, MetadataElement
from policyparse.segment import Segment


@dataclass
class Head:
    """What the head of a document holds (normalised positions where not said otherwise)."""

    elements: list[MetadataElement] = field(default_factory=list)
    table: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    title_norm: str | None = None
    title_span: tuple[int, int] | None = None
    channel: str | None = None
    copy_number: str | None = None
    classification: str | None = None
    urgency: str | None = None
    issuer_mark: str | None = None
    #: The organs the 发文机关标志 names (normalised spans), for documents without another source.
    mark_organs: list[tuple[int, int]] = field(default_factory=list)
    signer: str | None = None
    doc_number: DocNumber | None = None
    addressees: list[str] = field(default_factory=list)
    body_start: int = 0
    occasion: bool = False
    dated: dt.date | None = None
    promulgation_date: dt.date | None = None
    promulgation_organ: tuple[int, int] | None = None
    promulgation_number: DocNumber | None = None
    news: bool = False
    news_date: dt.date | None = None
    publication_date: dt.date | None = None
    front_matter_date: dt.date | None = None
    front_matter_title: str | None = None
    source: str | None = None


class HeadBase:
    """The document, the :class:`Head` being filled, and the steps under the title."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.paras: list[Segment] = doc.paragraphs
        self.head = Head()
        self.index = 0
        #: How far the head may reach: a few hundred paragraphs of chrome at most.
        self.limit = 300
        self.promulgation_end = 0
        self.published = False
        self.promulgation_element: MetadataElement | None = None

    def add(self, name: str, start: int, end: int, value: str | None = None) -> str:
        """Record a :class:`MetadataElement` for a normalised span; returns its value."""
        orig_start, orig_end = self.doc.span(start, end)
        text = value if value is not None else self.doc.surface(start, end)
        self.head.elements.append(MetadataElement(field=name, value=text, start=orig_start, end=orig_end))
        return text

    def text(self, seg: Segment) -> str:
        """The normalised text of a segment."""
        return self.norm[seg.start : seg.end]

    def compact(self, seg: Segment) -> str:
        """The normalised text of a segment without spaces."""
        return str(regex.sub(r"[ \t]+", "", self.text(seg)))

    def is_chrome(self, seg: Segment) -> bool:
        """Whether a paragraph is web-page chrome (toolbar words, breadcrumbs, link lines, captions)."""
        compact = self.compact(seg)
        return (
            compact in CHROME_LINES
            or compact.startswith(CHROME_PREFIXES)
            or regex.fullmatch(r"[-—=_*·|>•]{1,80}", compact) is not None
            or regex.match(r"https?:", compact) is not None
            or CAPTION.fullmatch(self.text(seg)) is not None
        )

    def set_number(self, start: int, end: int) -> None:
        """Set the document's 发文字号 from a normalised span, if it parses."""
        printed = self.doc.surface(start, end)
        orig_start, orig_end = self.doc.span(start, end)
        info = docnumber.parse_or_none(self.norm[start:end], orig_start, orig_end)
        if info is None:
            return
        self.head.doc_number = info.model_copy(update={"text": printed})
        self.add("doc_number", start, end)

    def under_title(self) -> None:
        """Walk the elements printed under the title and set ``body_start`` after them."""
        head = self.head
        pos = self.skip_space(head.body_start)
        for _ in range(14):
            step = self.step(pos)
            if step is None:
                break
            pos = self.skip_space(step)
        head.body_start = pos

    def skip_space(self, pos: int) -> int:
        """The first position at or after ``pos`` that is not whitespace."""
        while pos < len(self.norm) and self.norm[pos] in " \t\r\n":
            pos += 1
        return pos

    def line_end(self, pos: int) -> int:
        """The end of the line that contains ``pos``."""
        m = EOL.search(self.norm, pos)
        return len(self.norm) if m is None else m.start()

    def step(self, pos: int) -> int | None:
        """Read one element at ``pos``; the position after it, or ``None`` when the body begins."""
        norm, head = self.norm, self.head
        end = self.line_end(pos)
        line = norm[pos:end]
        if not line:
            return None
        if (m := ISO_LINE.match(norm, pos, min(len(norm), end + 40))) is not None:
            iso = news.ISO_DATE.search(m.group("iso"))
            head.publication_date = head.publication_date or (news.date_of(iso) if iso else None)
            return int(m.end())
        if self.is_chrome(Segment(pos, end)):
            return end
        if head.title_norm and news_fold(line) and news_fold(head.title_norm).endswith(news_fold(line)):
            return end  # the title printed again under a page's own heading
        if head.doc_number is None and (number := self.number_at(pos, end)) is not None:
            return number
        if (m := OCCASION.match(norm, pos, end)) is not None:
            head.occasion = True
            head.dated = head.dated or self.date_element(m, "date")
            wrapped = None
            if not m.group(0).rstrip().endswith(("上", "）")):  # 在广东省第十四届 / 人民代表大会第五次会议上
                wrapped = OCCASION_END.match(norm, m.end(), min(len(norm), m.end() + 64))
            return int(wrapped.end() if wrapped is not None else m.end())
        if (
            line.startswith(("——", "--"))
            and len(line) <= 60
            and "。" not in line
            and news.DATE.search(line) is None
        ):
            return end  # a subtitle (副题) under a headline
        if (m := PAREN_DATE.match(norm, pos, end)) is not None:
            head.dated = head.dated or self.date_element(m, "date")
            return int(m.end())
        if (m := YEAR_ONLY.match(norm, pos, end)) is not None:
            return int(m.end())
        if (m := news.PAPER_LINE.match(norm, pos, end)) is not None:
            head.news = True
            head.news_date = head.news_date or self.date_element(m, "dateline", whole=True)
            return int(m.end())
        if (m := news.DATELINE.match(norm, pos, end)) is not None and (m.group("source") or m.end() == end):
            head.news = True
            head.news_date = head.news_date or self.date_element(m, "dateline", whole=True)
            if m.group("source"):
                self.set_source(m.start("source"), m.end("source"))
            return int(m.end())
        if (m := DATED_LINE.match(norm, pos, end)) is not None and self.promulgation(m, pos):
            return self.promulgation_end
        if (m := news.SOURCE.match(norm, pos)) is not None:
            head.news = True
            self.set_source(m.start("source"), m.end("source"))
            return int(m.end())
        if (m := news.DISPATCH.match(norm, pos, end)) is not None:
            head.news = True
            self.add("dateline", m.start(), m.end())
            return self.wire_headline(m.end())
        speaker = SPEAKER.match(norm, pos, min(len(norm), pos + 40))
        if speaker is not None and (speaker.end() == len(norm) or norm[speaker.end()] in "\r\n"):
            return int(speaker.end())
        if (m := ADDRESSEE.match(norm, pos, min(len(norm), pos + 260))) is not None and self.addressee_ok(
            m.group("list")
        ):
            self.set_addressees(m.start("list"), m.end("list"))
            return int(m.end())
        return None

    promulgation_end = 0

    def wire_headline(self, pos: int) -> int:
        """A wire story's headline after its dispatch header (``题：…``) and the byline after it.

        ``新华社北京9月9日电 题：开展…利企便民新华社记者 赵文君近日召开的…``: the headline runs to
        the byline or the end of its line; the body begins after the reporters' names (at the
        byline when the names cannot be told from the lead glued to them). Returns where the
        next element may begin.
        """
        head = self.head
        m = WIRE_HEADLINE.match(self.norm, pos, min(len(self.norm), pos + 120))
        if m is None or head.title is not None:
            return pos
        start, end = m.span("title")
        head.title = self.add("title", start, end)
        head.title_norm = self.norm[start:end]
        head.title_span = (start, end)
        byline = BYLINE.match(self.norm, self.skip_space(m.end()), min(len(self.norm), m.end() + 60))
        return int(byline.end()) if byline is not None else int(m.end())

    def promulgation(self, m: regex.Match[str], pos: int) -> bool:
        """A promulgation or adoption line (2008年7月17日 经…部务会议通过; …令第2号公布)."""
        norm = self.norm
        stop = self.line_end(pos)
        if m.group("paren"):
            close = norm.find("）", pos, min(len(norm), pos + 600))
            stop = close + 1 if close > 0 else stop
        rest = norm[m.end() : stop]
        if not regex.search(r"令|会议|通过|公布|发布|批准|修订|施行", rest):
            return False
        head = self.head
        date = news.date_of(news.DATE.match(norm, m.start("date"), m.end("date")) or m)
        organ = PROMULGATED.match(norm, m.end(), stop)
        published = regex.search(r"公布|发布", norm[m.end() : self.line_end(m.end())]) is not None
        if head.promulgation_date is None or (published and not self.published):
            # The first line; a promulgation (公布) line overrides an adoption (通过) line.
            head.elements = [e for e in head.elements if e is not self.promulgation_element]
            head.promulgation_date = date
            self.published = published
            self.add("date", m.start("date"), m.end("date"))
            self.promulgation_element = head.elements[-1]
            if organ is not None and news.is_organ(organ.group("org")):
                head.promulgation_organ = organ.span("org")
        if head.promulgation_number is None:
            order = ORDER_NUMBER.search(norm, m.end(), stop)
            if order is not None:
                info = docnumber.parse_or_none(order.group(0))
                if info is not None:
                    s, e = self.doc.span(order.start(), order.end())
                    head.promulgation_number = info.model_copy(
                        update={"start": s, "end": e, "text": self.doc.surface(order.start(), order.end())}
                    )
                    self.add("doc_number", order.start(), order.end())
        self.promulgation_end = stop
        return True

    def number_at(self, pos: int, end: int) -> int | None:
        """Read a 发文字号 (with 签发人) at ``pos``; the position after it, or ``None``."""
        m = regex.match(r"（?", self.norm[pos:end])
        start = pos + (m.end() if m else 0)
        for pattern in (docnumber.YEAR_FORM, docnumber.LEADING_YEAR_FORM, docnumber.ORDER_FORM):
            found = pattern.match(self.norm, start, end)
            if found is not None:
                self.set_number(found.start(), found.end())
                stop = found.end()
                if self.norm[stop : stop + 1] == "）":
                    stop += 1
                signer = SIGNER.match(self.norm, self.skip_space(stop), end)
                if signer is not None:
                    self.head.signer = self.add("signer", signer.start("signer"), signer.end("signer"))
                    stop = signer.end()
                return int(stop)
        return None

    def date_element(self, m: regex.Match[str], name: str, *, whole: bool = False) -> dt.date | None:
        """Record a date element (and a date line) from a match; the date, ``None`` if impossible (W503)."""
        start, end = (m.start(), m.end()) if whole else (m.start("date"), m.end("date"))
        date_match = news.DATE.search(self.norm, m.start("date"), m.end("date"))
        date = news.date_of(date_match) if date_match else None
        if date is None:
            self.doc.diagnostics.add(
                "W503", start=self.doc.span(start, end)[0], end=self.doc.span(start, end)[1], text=m.group(0)
            )
        self.add(name, start, end)
        if name == "dateline":
            self.add("date", m.start("date"), m.end("date"))
        return date

    def set_source(self, start: int, end: int) -> None:
        """Set ``source`` from a 来源 span, recovering a lost character from the outlet list (I504)."""
        surface = self.doc.surface(start, end)
        recovered = news.recover_outlet(self.norm[start:end])
        if recovered is not None:
            fixed = surface.replace("?", "") if len(surface) - surface.count("?") == len(recovered) else None
            if fixed is None:
                index = self.norm[start:end].index("?")
                fixed = surface[:index] + recovered[index] + surface[index + 1 :]
            orig = self.doc.span(start, end)
            self.doc.diagnostics.add("I504", start=orig[0], end=orig[1], text=surface, outlet=fixed)
            surface = fixed
        if self.head.source is None:
            self.head.source = surface
            self.add("source", start, end, surface)

    def addressee_ok(self, text: str) -> bool:
        """Whether text before a ``：`` reads as a 主送机关 list."""
        text = text.strip()
        return (
            2 <= len(text) <= 250
            and ADDRESSEE_WORDS.search(text) is not None
            and HEADING_START.match(text) is None
            and not text.startswith(("来源", "时间", "附件", "发布", "索引"))
            and "，" not in text[-2:]
        )

    def set_addressees(self, start: int, end: int) -> None:
        """Record the addressees of a 主送 line, split at ``，`` and ``；``."""
        for m in regex.finditer(r"[^，；,]+", self.norm[start:end]):
            s, e = start + m.start(), start + m.end()
            value = self.doc.surface(s, e)
            if value:
                self.head.addressees.append(value)
                self.add("addressees", s, e, value)


def news_fold(text: str) -> str:
    """``text`` without punctuation, for comparing two printings of a title."""
    return str(regex.sub(r"[^\p{Han}\p{L}\p{N}]+", "", text))
