"""Metadata: GB/T 9704 elements of a notice, and a news report's headline, date line and 来源.

The stage reads the head of the document (after any web-page chrome, YAML front matter or
portal info table): the elements above the title (份号, 密级, 紧急程度, 发文机关标志, 发文字号),
the title (joined over several lines, cut where a flattened text glues the 发文字号 to it),
the lines under it (发文字号, dated occasion or promulgation lines, 来源, addressees); then
the closing block (署名, 成文日期, 附注, 抄送, 印发). News reports get their headline, date line,
channel label, 来源 and the organ releasing the reported policy (:mod:`policyparse.news`).
"""

from __future__ import annotations

import datetime as dt

import regex

from policyparse import docnumber, news
from policyparse.document import Document
from policyparse.lexicon.metadata import (
    ARTICLE,
    FOLD,
    GLUED_ORGANS,
    NEWS_CONTENT,
    ORGAN_SUFFIXES,
    REFERENCE,
    REPORT_LEVELS,
    REPORT_ON_BEHALF,
    REPORT_REGION,
    RULES_TYPES,
    SENTENCE_END,
    TRANSMIT,
    TYPE_AT_END,
)
from policyparse.metadata_closing import (
    Block,
    add_signature,
    closing_elements,
    closing_start,
    element,
    signature_blocks,
)
from policyparse.metadata_head import Head, read_head
from policyparse.models import (
    DocumentKind,
    Metadata,
    MetadataElement,
    Reference,
)
from policyparse.normalize import to_simplified


def fold(text: str) -> str:
    """``text`` without punctuation and spaces, for comparing copies of a title."""
    return str(FOLD.sub("", text))


def extract_metadata(doc: Document) -> tuple[Metadata, DocumentKind]:
    """Metadata of the document and its kind; sets ``doc.body_start``/``doc.body_end``."""
    meta = Metadata()
    head = read_head(doc)
    elements = head.elements
    meta.title = head.title
    meta.channel = head.channel
    meta.copy_number, meta.classification, meta.urgency = head.copy_number, head.classification, head.urgency
    meta.issuer_mark, meta.signer = head.issuer_mark, head.signer
    meta.addressees = head.addressees
    if head.doc_number is not None:
        meta.doc_number = head.doc_number.text
        meta.doc_number_info = head.doc_number
        if not head.doc_number.standard_brackets:
            doc.diagnostics.add(
                "W501",
                start=head.doc_number.start,
                end=head.doc_number.end,
                text=head.doc_number.text,
                canonical=head.doc_number.canonical,
            )
    doc.body_start = head.body_start
    blocks = signature_blocks(doc, head.body_start)
    own = blocks[0] if blocks else None
    body_end = closing_start(doc, blocks)
    doc.body_end = body_end if body_end is not None and body_end >= doc.body_start else None
    if own is not None:
        add_signature(doc, own, meta, elements)
    kind = _kind(doc, head, own)
    _dates_and_issuers(doc, head, own, kind, meta, elements)
    closing_elements(doc, meta, elements)
    _types_and_references(doc, head, meta, elements)
    if kind is DocumentKind.NEWS:
        _news_policy(doc, head, meta, elements)
    if meta.title is None:
        doc.diagnostics.add("W502")
    meta.elements = sorted(elements, key=lambda e: (e.start, e.end))
    return meta, kind


# ---------------------------------------------------------------- kind, dates, issuers


def _kind(doc: Document, head: Head, own: Block | None) -> DocumentKind:
    norm = doc.norm
    title = head.title_norm or ""
    articles = len(ARTICLE.findall(norm, doc.body_start))
    if articles >= 3 and (
        title.endswith(RULES_TYPES) or not regex.search(r"(?m)^[ \t]{0,8}[一二三四五六七八九十]{1,3}、", norm)
    ):
        return DocumentKind.RULES
    if (
        (
            "工作报告" in title
            or head.occasion
            or regex.search(r"(?m)^[ \t]{0,4}各位代表[：！，]", norm[: doc.body_start + 200])
        )
        and not head.doc_number
        and own is None
    ):
        return DocumentKind.REPORT
    official = (
        head.doc_number is not None or own is not None or ("关于" in title and TYPE_AT_END.search(title))
    )
    page_news = _page_outlet(doc) is not None and _reads_as_news(doc)
    if not official and (head.news or head.channel is not None or page_news):
        return DocumentKind.NEWS
    if not official and head.title is None and not head.addressees:
        window = (doc.body_start, min(len(norm), doc.body_start + 1500))
        if news.RELEASE.search(norm, *window) or news.PASSIVE_RELEASE.search(norm, *window):
            return DocumentKind.NEWS
    return DocumentKind.NOTICE


def _page_outlet(doc: Document) -> str | None:
    """A news outlet a web page names as its 来源 (not an organ, which publishes notices)."""
    outlet = doc.source.page_metadata.get("来源", "").strip()
    return outlet if outlet and not news.is_organ(to_simplified(outlet)) else None


def _reads_as_news(doc: Document) -> bool:
    """Whether the text under the title reads as a news report (byline, dispatch, dated lead)."""
    window = doc.norm[doc.body_start : doc.body_start + 1500]
    return NEWS_CONTENT.search(window) is not None


def _dates_and_issuers(
    doc: Document,
    head: Head,
    own: Block | None,
    kind: DocumentKind,
    meta: Metadata,
    elements: list[MetadataElement],
) -> None:
    table = {**head.table, **{k: v for k, v in doc.source.page_metadata.items() if v}}
    candidates: list[dt.date | None] = [
        own.date if own is not None else None,
        head.dated,
        head.promulgation_date,
        head.news_date,
        news.parse_date(table.get("成文日期", "")),
        head.publication_date,
        news.parse_date(table.get("发布日期", "")),
        head.front_matter_date,
    ]
    meta.date = next((d for d in candidates if d is not None), None)
    if head.doc_number is None and head.promulgation_number is not None:
        meta.doc_number = head.promulgation_number.text
        meta.doc_number_info = head.promulgation_number
    if head.doc_number is None and meta.doc_number is None and table.get("发文字号"):
        info = docnumber.parse_or_none(table["发文字号"])
        if info is not None:
            meta.doc_number = table["发文字号"].strip()
    if head.source is not None:
        meta.source = head.source
    elif kind in (DocumentKind.NEWS, DocumentKind.REPORT):
        meta.source = _page_outlet(doc)
    if table.get("标题") and (meta.title is None or regex.search(r"令$", fold(meta.title))):
        meta.title = table["标题"]
    if meta.title is None and head.front_matter_title:
        meta.title = head.front_matter_title
    if meta.issuers:
        return
    if head.promulgation_organ is not None:
        start, end = head.promulgation_organ
        meta.issuers = [doc.surface(start, end)]
        elements.append(element(doc, "issuers", start, end))
        return
    if kind is not DocumentKind.NEWS and head.title_span is not None:
        spans = _title_organs(doc, *head.title_span)
        for start, end in spans:
            meta.issuers.append(doc.surface(start, end))
            elements.append(element(doc, "issuers", start, end))
        if spans:
            return
    if kind is DocumentKind.REPORT and _report_issuer(doc, meta, elements):
        return
    if kind in (DocumentKind.NOTICE, DocumentKind.RULES) and head.mark_organs:
        for start, end in head.mark_organs:
            meta.issuers.append(doc.surface(start, end))
            elements.append(element(doc, "issuers", start, end))
        return
    if kind is not DocumentKind.NEWS and table.get("发文机关"):
        meta.issuers = [table["发文机关"]]


def _report_issuer(doc: Document, meta: Metadata, elements: list[MetadataElement]) -> bool:
    """The government a report's speaker acts for (``我代表省人民政府，向大会报告工作``).

    A name opening with a level word (``省人民政府``) takes its region from the occasion line
    above the body (``在云南省第十四届人民代表大会…`` → ``云南省人民政府``); without one it is
    not given. Returns whether an issuer was set.
    """
    norm = doc.norm
    m = REPORT_ON_BEHALF.search(norm, max(0, doc.body_start - 1000), min(len(norm), doc.body_start + 400))
    if m is None or not news.is_organ(m.group("org")):
        return False
    start, end = m.span("org")
    name = doc.surface(start, end)
    level = next((word for word in REPORT_LEVELS if name.startswith(word)), None)
    if level is not None:
        region = REPORT_REGION.search(norm, 0, doc.body_start)
        if region is None or not region.group("region").endswith(level):
            return False
        name = doc.surface(*region.span("region")) + name[len(level) :]
    meta.issuers = [name]
    elements.append(element(doc, "issuers", start, end, name))
    return True


def _title_organs(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    m = news.TITLE_ORGAN.match(doc.norm, start, end)
    if m is None:
        return []
    org_start = m.start("orgs")
    text = m.group("orgs")
    spans = news.split_organs(text, org_start)
    if any(doc.norm[s:e] in ORGAN_SUFFIXES and doc.norm[s:e] not in GLUED_ORGANS for s, e in spans):
        return []
    if len(spans) == 1:
        s, e = spans[0]
        parts = news.split_glued(doc.norm[s:e])
        if len(parts) > 1:
            out: list[tuple[int, int]] = []
            cursor = s
            for part in parts:
                out.append((cursor, cursor + len(part)))
                cursor += len(part)
            return out
    return spans


# ---------------------------------------------------------------- other elements


def _types_and_references(doc: Document, head: Head, meta: Metadata, elements: list[MetadataElement]) -> None:
    norm = doc.norm
    title = fold(meta.title or "")
    span = head.title_span if head.title is not None and meta.title == head.title else None
    if (m := TYPE_AT_END.search(title)) is not None:
        meta.doc_type = m.group(0)
        _element_in(doc, span, "doc_type", m.group(0), elements, last=True)
    if meta.title:
        simple = to_simplified(meta.title)
        transmitted = TRANSMIT.search(simple)
        if transmitted is not None:
            start, end = transmitted.span("title")
            if simple[start] == "《" and simple[end - 1] == "》":
                start, end = start + 1, end - 1
            meta.transmitted_title = meta.title[start:end]
            _element_in(
                doc, span, "transmitted_title", simple[start:end], elements, value=meta.transmitted_title
            )
            if (t := TYPE_AT_END.search(fold(simple[start:end]))) is not None:
                meta.transmitted_type = t.group(0)
    for m in REFERENCE.finditer(norm, doc.body_start):
        number = None
        end = m.end("title") + 1
        if m.group("number"):
            info = docnumber.parse_or_none(m.group("number"))
            if info is not None:
                ns, ne = m.start("number"), m.end("number")
                orig_s, orig_e = doc.span(ns, ne)
                number = info.model_copy(update={"start": orig_s, "end": orig_e, "text": doc.surface(ns, ne)})
                end = m.end()
        orig_start, orig_end = doc.span(m.start(), end)
        meta.references.append(
            Reference(
                start=orig_start,
                end=orig_end,
                title=doc.surface(m.start("title"), m.end("title")),
                doc_number=number,
            )
        )
        if len(meta.references) >= 1000:
            break


def _element_in(
    doc: Document,
    span: tuple[int, int] | None,
    name: str,
    text: str,
    elements: list[MetadataElement],
    *,
    value: str | None = None,
    last: bool = False,
) -> None:
    """Record an element for ``text`` found inside the normalised span (the title's), if it is there."""
    if span is None or not text:
        return
    pattern = regex.compile(r"\s{0,3}".join(regex.escape(ch) for ch in text[:200]))
    found = list(pattern.finditer(doc.norm, *span))
    if found:
        m = found[-1] if last else found[0]
        elements.append(element(doc, name, m.start(), m.end(), value if value is not None else text))


def _news_policy(doc: Document, head: Head, meta: Metadata, elements: list[MetadataElement]) -> None:
    """The body a news report names as releasing the policy, and the policy's 《》 title.

    In order: a release clause in the lead (its first sentence) or in the headline
    (``司法部部署开展…``, ``4日召开的国务院常务会议提出…``); an organ releasing a 《》 policy in
    the first 1,500 characters; a passive ``《…》…正式发布`` whose title opens with an organ.
    """
    norm = doc.norm
    lead_end = _lead_end(norm, doc.body_start)
    windows = [(doc.body_start, lead_end)]
    if head.title_span is not None and meta.title == head.title:
        windows.append(head.title_span)
    for start, end in windows:
        release = news.lead_release(norm, start, end)
        if release is not None:
            meta.issuers = [doc.surface(s, e) for s, e in release.bodies]
            elements.extend(element(doc, "issuers", s, e) for s, e in release.bodies)
            if release.policy is not None:
                ps, pe = release.policy
                meta.reported_policy = doc.surface(ps, pe)
                elements.append(element(doc, "reported_policy", ps, pe))
            return
    window_end = min(len(norm), doc.body_start + 1500)
    for m in news.RELEASE.finditer(norm, doc.body_start, window_end):
        orgs_text = m.group("orgs")
        cut = max(orgs_text.rfind(ch) for ch in "，。；：）")
        offset = m.start("orgs") + cut + 1
        text = norm[offset : m.end("orgs")]
        text = regex.sub(r"^(?:日前|近日|近期|目前|今天|今日|昨天|昨日)", "", text)
        lead = len(norm[offset : m.end("orgs")]) - len(text)
        spans = news.split_organs(text, offset + lead)
        if not spans:
            continue
        meta.issuers = [doc.surface(s, e) for s, e in spans]
        elements.extend(element(doc, "issuers", s, e) for s, e in spans)
        _reported(doc, m, meta, elements)
        return
    for m in news.PASSIVE_RELEASE.finditer(norm, doc.body_start, window_end):
        leading = news.LEADING_ORGAN.match(norm, m.start("policy"), m.end("policy"))
        if leading is None:
            continue
        s, e = leading.span("org")
        meta.issuers = [doc.surface(s, e)]
        elements.append(element(doc, "issuers", s, e))
        _reported(doc, m, meta, elements)
        return


def _lead_end(norm: str, start: int) -> int:
    """The end of the lead's first sentence (at most 300 characters on)."""
    while start < len(norm) and norm[start] in " \t\r\n":
        start += 1
    stop = SENTENCE_END.search(norm, start, min(len(norm), start + 300))
    return stop.start() if stop is not None else min(len(norm), start + 300)


def _reported(doc: Document, m: regex.Match[str], meta: Metadata, elements: list[MetadataElement]) -> None:
    start, end = m.start("policy"), m.end("policy")
    meta.reported_policy = doc.surface(start, end)
    elements.append(element(doc, "reported_policy", start, end))


__all__ = ["extract_metadata", "fold"]
