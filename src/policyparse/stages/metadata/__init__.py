"""Metadata: GB/T 9704 elements of a notice, and a news report's headline, date line and 来源.

The stage reads the head of the document (after any web-page chrome, YAML front matter or
portal info table: :mod:`.above`), the title (:mod:`.title`), the lines under it
(:mod:`.under`), then the closing block (署名, 成文日期, 附注, 抄送, 印发: :mod:`.closing`). It
decides what the document is (:mod:`.kind`), its date and issuers (:mod:`.issuers`), its 文种,
transmitted title and references (:mod:`.references`), and for a news report the body that
released the policy (:mod:`.news`). It returns a :class:`MetadataResult`; the body bounds in it
tell the later stages where the body starts and where the closing matter begins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policyparse.document import Document
from policyparse.models import DocumentKind, Metadata
from policyparse.stages.metadata.above import above_title, bundle_date, chrome_and_table, front_matter
from policyparse.stages.metadata.closing import (
    add_signature,
    closing_elements,
    closing_start,
    signature_blocks,
)
from policyparse.stages.metadata.issuers import document_date, fill_number_source_title, issuers, page_table
from policyparse.stages.metadata.kind import document_kind
from policyparse.stages.metadata.news import news_policy
from policyparse.stages.metadata.reader import Head, HeadReader
from policyparse.stages.metadata.references import references, types
from policyparse.stages.metadata.title import page_title, record_title, title_block
from policyparse.stages.metadata.transmitted import notice_below
from policyparse.stages.metadata.under import paper_line_at_end, under_title

__all__ = ["MetadataResult", "extract_metadata", "read_head"]


@dataclass
class MetadataResult:
    """What the metadata stage found: the metadata, the document's kind and the body's bounds.

    ``body_start`` and ``body_end`` are normalised indices: where the body starts (after title,
    文号, addressees) and where the closing matter (signature, date, 抄送) starts (``None``: the end).
    """

    metadata: Metadata = field(default_factory=Metadata)
    kind: DocumentKind = DocumentKind.NOTICE
    body_start: int = 0
    body_end: int | None = None


def read_head(doc: Document) -> Head:
    """Read the head of ``doc``: front matter, chrome and table, elements above the title, title, lines under it."""
    reader = HeadReader(doc)
    for step in (
        front_matter,
        bundle_date,
        chrome_and_table,
        above_title,
        record_title,
        title_block,
        page_title,
        under_title,
        paper_line_at_end,
    ):
        step(reader)
    if notice_below(reader):
        under_title(reader)  # the 文号 and addressees under the notice's title
    return reader.head


def extract_metadata(doc: Document) -> MetadataResult:
    """Metadata of the document, its kind and the body's bounds."""
    head = read_head(doc)
    meta = _from_head(doc, head)
    elements = list(head.elements)
    blocks = signature_blocks(doc, head.body_start)
    own = blocks[0] if blocks else None
    body_end = closing_start(doc, blocks)
    body_end = body_end if body_end is not None and body_end >= head.body_start else None
    if own is not None:
        add_signature(doc, own, meta, elements)
    kind = document_kind(doc, head, own)
    table = page_table(doc, head)
    meta.date = document_date(head, own, table)
    fill_number_source_title(doc, head, kind, meta, table)
    if not meta.issuers:
        meta.issuers, found = issuers(doc, head, kind, table)
        elements.extend(found)
    elements.extend(closing_elements(doc, meta, head.body_start, body_end))
    elements.extend(types(doc, head, meta))
    meta.references = references(doc, head.body_start)
    if kind is DocumentKind.NEWS:
        elements.extend(news_policy(doc, head, meta, head.body_start))
    if meta.title is None:
        doc.diagnostics.add("W502")
    meta.elements = sorted(elements, key=lambda e: (e.start, e.end))
    return MetadataResult(meta, kind, head.body_start, body_end)


def _from_head(doc: Document, head: Head) -> Metadata:
    """The metadata the head gives directly; W501 for a 文号 with non-standard brackets."""
    meta = Metadata(
        title=head.title,
        channel=head.channel,
        copy_number=head.copy_number,
        classification=head.classification,
        urgency=head.urgency,
        issuer_mark=head.issuer_mark,
        signer=head.signer,
        addressees=head.addressees,
    )
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
    return meta
