"""The reader of a document's head: what it has found (:class:`Head`) and where it stands.

The head is read from the top, paragraph by paragraph (:mod:`.above`, :mod:`.title`,
:mod:`.under`); :class:`HeadReader` holds the document, the :class:`Head` being filled and
the position, with the small helpers every step uses. Positions are normalised indices.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from policyparse.document import Document
from policyparse.grammar import docnumber
from policyparse.grammar.head import (
    ADDRESSEE_WORDS,
    PAGE_DATE_LINE,
    PAGE_TITLE_LINE,
    RULE_LINE,
    SITE_NAME_LINE,
    TABLE_LINE,
    URL,
)
from policyparse.grammar.news import CAPTION
from policyparse.grammar.openers import opens_section
from policyparse.grammar.text import EOL, compact
from policyparse.lexicon.metadata import CHROME_LINES, CHROME_PREFIXES, TABLE_LABELS
from policyparse.models import DocNumber, MetadataElement, MetadataField
from policyparse.segment import Segment

#: How far the head may reach: a few hundred paragraphs of chrome at most.
HEAD_LIMIT = 300


@dataclass
class Head:
    """What the head of a document holds (normalised positions where not said otherwise)."""

    elements: list[MetadataElement] = field(default_factory=list)
    table: dict[str, str] = field(default_factory=dict)
    #: The table's values as printed (the document's script; ``table`` holds them normalised).
    table_printed: dict[str, str] = field(default_factory=dict)
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
    promulgation_organs: list[tuple[int, int]] = field(default_factory=list)
    #: The organ a cover prints over the month under the title (a plan's 编制单位), normalised span.
    cover_organ: tuple[int, int] | None = None
    promulgation_number: DocNumber | None = None
    news: bool = False
    news_date: dt.date | None = None
    publication_date: dt.date | None = None
    front_matter_date: dt.date | None = None
    #: The date of a bundle of news items (``（《新闻联播》 20260613 19：00）``), cut before its report.
    bundle_date: dt.date | None = None
    front_matter_title: str | None = None
    #: A 文号 the front matter gives (``文号: 沪松府办〔2025〕31号``), for a body that prints none.
    front_matter_number: str | None = None
    source: str | None = None


class HeadReader:
    """The document, the :class:`Head` being filled, the current paragraph, and shared helpers."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.paras: list[Segment] = doc.paragraphs
        self.head = Head()
        self.index = 0
        self.limit = HEAD_LIMIT
        self.promulgation_end = 0
        self.published = False
        self.promulgation_element: MetadataElement | None = None

    def add(self, name: MetadataField, start: int, end: int, value: str | None = None) -> str:
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
        return compact(self.text(seg))

    def table_field(self, seg: Segment) -> tuple[str, str, str] | None:
        """A line of a page's info table (``成文日期：…``, ``【发布文号】…``): its field and its value,
        normalised and as printed (spaces removed), else ``None``."""
        label = TABLE_LINE.fullmatch(self.compact(seg))
        if label is None or label.group("label") not in TABLE_LABELS:
            return None
        value = label.group("value") or ""
        line = self.text(seg)
        after = min((at for at in (line.find("："), line.find("】")) if at != -1), default=-1)
        printed = compact(self.doc.surface(seg.start + after + 1, seg.end)) if value else ""
        return TABLE_LABELS[label.group("label")], value, printed

    def set_field(self, key: str, value: str, printed: str, *, keep: bool = False) -> None:
        """Set a table field (``keep``: not over a value read before)."""
        if value and not (keep and key in self.head.table):
            self.head.table[key] = value
            self.head.table_printed[key] = printed

    def is_chrome(self, seg: Segment) -> bool:
        """Whether a paragraph is web-page chrome (toolbar words, breadcrumbs, link lines, captions)."""
        squeezed = self.compact(seg)
        return (
            squeezed in CHROME_LINES
            or squeezed.startswith(CHROME_PREFIXES)
            or RULE_LINE.fullmatch(squeezed) is not None
            or URL.match(squeezed) is not None
            or CAPTION.fullmatch(self.text(seg)) is not None
            or PAGE_DATE_LINE.fullmatch(squeezed) is not None
            or SITE_NAME_LINE.fullmatch(squeezed) is not None
            or PAGE_TITLE_LINE.fullmatch(squeezed) is not None
        )

    def set_number(self, start: int, end: int) -> None:
        """Set the document's 发文字号 from a normalised span, if it parses."""
        printed = self.doc.surface(start, end)
        orig_start, orig_end = self.doc.span(start, end)
        info = docnumber.parse_or_none(self.norm[start:end], orig_start, orig_end)
        if info is None:
            return
        self.head.doc_number = info.model_copy(update={"text": printed})
        self.add(MetadataField.DOC_NUMBER, start, end)

    def skip_space(self, pos: int) -> int:
        """The first position at or after ``pos`` that is not whitespace."""
        while pos < len(self.norm) and self.norm[pos] in " \t\r\n":
            pos += 1
        return pos

    def line_end(self, pos: int) -> int:
        """The end of the line that contains ``pos``; in a line that lost its line breaks, the
        next lost paragraph break (:attr:`~policyparse.document.Document.joints`), where the
        printed line ended."""
        m = EOL.search(self.norm, pos)
        end = len(self.norm) if m is None else m.start()
        joints = self.doc.joints
        following = bisect.bisect_right(joints, pos)
        return joints[following] if following < len(joints) and joints[following] < end else end

    def md_level(self, seg: Segment) -> int:
        """The Markdown heading level (``#`` count) the paragraph's line was printed with, 0 if none."""
        orig_start = self.doc.span(seg.start, seg.start + 1)[0]
        line_start = self.doc.text.rfind("\n", 0, orig_start) + 1
        prefix = self.doc.text[line_start:orig_start].strip()
        return len(prefix) if prefix and set(prefix) == {"#"} else 0


def addressee_ok(text: str) -> bool:
    """Whether text before a ``：`` reads as a 主送机关 list."""
    text = text.strip()
    return (
        2 <= len(text) <= 250
        and ADDRESSEE_WORDS.search(text) is not None
        and not opens_section(text)
        and not text.startswith(("来源", "时间", "附件", "发布", "索引"))
        and "，" not in text[-2:]
    )
