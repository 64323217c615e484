"""The document's date, 发文字号 and issuers, each from the strongest evidence the text offers.

Date: the signature's 成文日期, a dated line under the title, a promulgation line, a news date
line, a portal table's 成文日期, a publication time, a table's 发布日期, front matter — in that
order. Issuers: the signature; else a promulgation line; the organs opening the title; a
report's ``我代表…``; the 发文机关标志; a portal table's 发文机关.
"""

from __future__ import annotations

import datetime as dt

from policyparse.document import Document
from policyparse.grammar import docnumber
from policyparse.grammar.dates import COMPACT_DATE, date_of, parse_date
from policyparse.grammar.head import BRACKETED_LINE, REPORT_ON_BEHALF, REPORT_REGION
from policyparse.grammar.organs import (
    ISSUER_ENDINGS,
    SESSION_TITLE,
    TITLE_ORGAN,
    is_organ,
    split_glued,
    split_organs,
)
from policyparse.grammar.text import TOKEN, fold
from policyparse.lexicon.organs import GLUED_ORGANS, REPORT_LEVELS
from policyparse.models import DocumentKind, Metadata, MetadataElement, MetadataField
from policyparse.stages.metadata.closing import Block, element
from policyparse.stages.metadata.reader import Head

Spans = list[tuple[int, int]]


def page_table(doc: Document, head: Head) -> dict[str, str]:
    """The info table of the page: what the text printed, overridden by the HTML reader's table."""
    return {**head.table, **{k: v for k, v in doc.source.page_metadata.items() if v}}


def document_date(head: Head, own: Block | None, table: dict[str, str]) -> dt.date | None:
    """The 成文日期, else the strongest other date the text or page gives."""
    candidates: list[dt.date | None] = [
        own.date if own is not None else None,
        head.dated,
        head.promulgation_date,
        head.news_date,
        head.bundle_date,
        parse_date(table.get("成文日期", "")),
        head.publication_date,
        parse_date(table.get("发布日期", "")),
        head.front_matter_date,
        _edition_date(head.title_norm or ""),
    ]
    return next((d for d in candidates if d is not None), None)


def _edition_date(title: str) -> dt.date | None:
    """The date a title names its edition by, in brackets or after a space (``《新闻联播》
    (20260807)``): a broadcast's or a bulletin's, when the text gives no other."""
    m = COMPACT_DATE.search(title)
    return date_of(m) if m is not None and title[m.start() - 1 : m.start()] in {"(", "（", " "} else None


def fill_number_source_title(
    doc: Document, head: Head, kind: DocumentKind, meta: Metadata, table: dict[str, str]
) -> None:
    """The 发文字号 of an order or a page table, the 来源 of a report, a title from the table or front matter."""
    _fill_number(head, meta, table)
    if kind not in (DocumentKind.NEWS, DocumentKind.REPORT):
        pass  # a notice's page may print a 来源 line too: the guideline gives a source to a report only
    elif head.source is not None:
        meta.source = head.source
    else:  # the page's 来源, an outlet or an organ (国家能源局 on its own site)
        meta.source = doc.source.page_metadata.get("来源", "").strip() or None
    if table.get("标题") and (meta.title is None or fold(meta.title).endswith("令")):
        meta.title = table["标题"]
    if meta.title is None and head.front_matter_title:
        meta.title = head.front_matter_title


def _fill_number(head: Head, meta: Metadata, table: dict[str, str]) -> None:
    """A 发文字号 where the head printed none: an order's 令 number, a page table's, the front matter's."""
    if head.doc_number is None and head.promulgation_number is not None:
        meta.doc_number = head.promulgation_number.text
        meta.doc_number_info = head.promulgation_number
    number = table.get("发文字号")
    if head.doc_number is None and meta.doc_number is None and number and docnumber.parse_or_none(number):
        printed = head.table_printed.get("发文字号") if head.table.get("发文字号") == number else None
        meta.doc_number = (printed or number).strip()
    if meta.doc_number is None and head.front_matter_number:
        meta.doc_number = head.front_matter_number


Spanned = tuple[list[str], list[MetadataElement]]


def _from_spans(doc: Document, spans: Spans) -> Spanned:
    return [doc.surface(s, e) for s, e in spans], [
        element(doc, MetadataField.ISSUERS, s, e) for s, e in spans
    ]


def _report_source(doc: Document, head: Head, kind: DocumentKind) -> Spanned | None:
    return _report_issuer(doc, head.body_start) if kind is DocumentKind.REPORT else None


def _printed_report_source(doc: Document, head: Head, kind: DocumentKind) -> Spanned | None:
    """A report's ``我代表…`` when it prints the government's full name (``江西省人民政府``), not a
    level word alone (``省人民政府``, whose region would come from the occasion line)."""
    found = _report_source(doc, head, kind)
    if found is None or not found[1]:
        return None
    element = found[1][0]
    printed = doc.text[element.start : element.end]
    return None if printed.startswith(REPORT_LEVELS) else found


def _closing_source(doc: Document, head: Head, kind: DocumentKind) -> Spanned | None:
    spans = _bracketed_signature(doc) if kind is not DocumentKind.NEWS else []
    return _from_spans(doc, spans) if spans else None


def _mark_or_cover_source(doc: Document, head: Head, kind: DocumentKind) -> Spanned | None:
    if kind not in (DocumentKind.NOTICE, DocumentKind.RULES):
        return None
    spans = head.mark_organs or ([head.cover_organ] if head.cover_organ is not None else [])
    return _from_spans(doc, spans) if spans else None


def _title_source(doc: Document, head: Head, kind: DocumentKind) -> Spanned | None:
    spans = _issuer_spans(doc, head, kind)
    return _from_spans(doc, spans) if spans else None


#: Where the issuers of a document without a signature are read, in order: a promulgation line
#: or the organs opening the title, a report's 我代表…, organs in brackets on the last line, the
#: 发文机关标志 or a cover's organ.
_SOURCES = (_title_source, _report_source, _closing_source, _mark_or_cover_source)
#: A report that prints its government's full name where the speaker acts for it
#: (``我代表江西省人民政府``) takes it; else its title's form (``2026年浙江省政府工作报告``, under
#: ``我代表省人民政府``), as the other documents.
_REPORT_SOURCES = (_printed_report_source, *_SOURCES)


def issuers(doc: Document, head: Head, kind: DocumentKind, table: dict[str, str]) -> Spanned:
    """The issuers of a document without a signature, and their elements (else a portal's 发文机关)."""
    for source in _REPORT_SOURCES if kind is DocumentKind.REPORT else _SOURCES:
        found = source(doc, head, kind)
        if found is not None:
            return found
    if kind is not DocumentKind.NEWS and _names_organs(table.get("发文机关", "")):
        return [table["发文机关"]], []
    return [], []


def _names_organs(value: str) -> bool:
    """Whether a table's 发文机关 names organs (``上海市人民政府办公厅``, ``国家发展改革委、国家能源局``),
    not a placeholder a tool filled in (``上海市相关部门``)."""
    return bool(split_organs(value, 0))


def _bracketed_signature(doc: Document) -> list[tuple[int, int]]:
    """Organs in brackets on the last line, the way a 统计公报 signs (``（万载县统计局）``)."""
    if not doc.paragraphs:
        return []
    last = doc.paragraphs[-1]
    m = BRACKETED_LINE.fullmatch(doc.norm, last.start, last.end)
    if m is None:
        return []
    spans = [
        (m.start("inner") + t.start(), m.start("inner") + t.end()) for t in TOKEN.finditer(m.group("inner"))
    ]
    return spans if all(is_organ(doc.norm[s:e]) for s, e in spans) else []


def _issuer_spans(doc: Document, head: Head, kind: DocumentKind) -> Spans:
    """A promulgation line's organs, else the organs opening the title (not for news, unless the
    title is a session's own paper: a wire service's copy of ``…理事会第二十四次会议联合公报``)."""
    if head.promulgation_organs:
        return list(head.promulgation_organs)
    if head.title_span is None:
        return []
    if kind is not DocumentKind.NEWS or SESSION_TITLE.search(doc.norm, *head.title_span) is not None:
        return title_organs(doc, *head.title_span)
    return []


def _report_issuer(doc: Document, body_start: int) -> tuple[list[str], list[MetadataElement]] | None:
    """The government a report's speaker acts for (``我代表省人民政府，向大会报告工作``).

    A name opening with a level word (``省人民政府``) takes its region from the occasion line
    above the body (``在云南省第十四届人民代表大会…`` → ``云南省人民政府``); without one it is
    given as printed (``市人民政府``).
    """
    norm = doc.norm
    m = REPORT_ON_BEHALF.search(norm, max(0, body_start - 1000), min(len(norm), body_start + 400))
    if m is None or not is_organ(m.group("org")):
        return None
    start, end = m.span("org")
    name = doc.surface(start, end)
    level = next((word for word in REPORT_LEVELS if name.startswith(word)), None)
    if level is not None:
        region = REPORT_REGION.search(norm, 0, body_start)
        if region is not None and region.group("region").endswith(level):
            name = doc.surface(*region.span("region")) + name[len(level) :]
    return [name], [element(doc, MetadataField.ISSUERS, start, end, name)]


def title_organs(doc: Document, start: int, end: int) -> Spans:
    """The organs opening a title (``国务院关于…``, ``中共中央国务院关于…``), normalised spans."""
    m = TITLE_ORGAN.match(doc.norm, start, end)
    if m is None:
        return []
    spans = split_organs(m.group("orgs"), m.start("orgs"))
    if any(doc.norm[s:e] in ISSUER_ENDINGS and doc.norm[s:e] not in GLUED_ORGANS for s, e in spans):
        return []  # a bare ending (部, 委) is no organ's name
    if len(spans) == 1:
        s, _ = spans[0]
        parts = split_glued(doc.norm[s : spans[0][1]])
        if len(parts) > 1:
            out: Spans = []
            for part in parts:
                out.append((s, s + len(part)))
                s += len(part)
            return out
    return spans
