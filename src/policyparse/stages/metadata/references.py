"""The 文种 of a title, the title a 印发/转发 notice transmits, and the documents the body cites
(``《…》`` titles with the 文号 that follows them in parentheses)."""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar import docnumber
from policyparse.grammar.head import REFERENCE, TRANSMIT, TYPE_AT_END
from policyparse.grammar.text import find_spaced, fold
from policyparse.models import Metadata, MetadataElement, MetadataField, Reference
from policyparse.normalize import to_simplified
from policyparse.stages.metadata.closing import element
from policyparse.stages.metadata.reader import Head

#: At most this many references are read (a guard against lists of thousands).
MAX_REFERENCES = 1000


def types(doc: Document, head: Head, meta: Metadata) -> list[MetadataElement]:
    """Set the title's 文种 and, for a 印发/转发 notice, the transmitted title and its 文种."""
    elements: list[MetadataElement] = []
    span = head.title_span if head.title is not None and meta.title == head.title else None
    if (m := TYPE_AT_END.search(fold(meta.title or ""))) is not None:
        meta.doc_type = m.group(0)
        elements.extend(_element_in(doc, span, MetadataField.DOC_TYPE, m.group(0), last=True))
    if not meta.title:
        return elements
    simple = to_simplified(meta.title)
    transmitted = TRANSMIT.search(simple)
    if transmitted is not None:
        start, end = transmitted.span("title")
        if simple[start] == "《" and simple[end - 1] == "》":
            start, end = start + 1, end - 1
        meta.transmitted_title = meta.title[start:end]
        elements.extend(
            _element_in(
                doc, span, MetadataField.TRANSMITTED_TITLE, simple[start:end], value=meta.transmitted_title
            )
        )
        if (t := TYPE_AT_END.search(fold(simple[start:end]))) is not None:
            meta.transmitted_type = t.group(0)
    return elements


def references(doc: Document, body_start: int) -> list[Reference]:
    """The ``《…》`` titles the body cites, each with the 文号 printed after it, if any."""
    out: list[Reference] = []
    for m in REFERENCE.finditer(doc.norm, body_start):
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
        out.append(
            Reference(
                start=orig_start,
                end=orig_end,
                title=doc.surface(m.start("title"), m.end("title")),
                doc_number=number,
            )
        )
        if len(out) >= MAX_REFERENCES:
            break
    return out


def _element_in(
    doc: Document,
    span: tuple[int, int] | None,
    name: MetadataField,
    text: str,
    *,
    value: str | None = None,
    last: bool = False,
) -> list[MetadataElement]:
    """An element for ``text`` found inside the normalised span (the title's), if it is there."""
    if span is None or not text:
        return []
    found = find_spaced(doc.norm, text, *span, last=last)
    if found is None:
        return []
    return [element(doc, name, *found, value if value is not None else text)]
