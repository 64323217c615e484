"""Printed evidence for the metadata reader: where a PDF's printing says what the text cannot.

:class:`~policyparse.layout.LayoutHints` come from a paged reader (a PDF's red 版头, centred
larger title, right-aligned closing lines). The head reader asks these questions only where its
text rules found nothing; for text, HTML and Word inputs there is no layout and every answer
is "no evidence".
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.layout import LineLayout
from policyparse.segment import Segment


def _covered(doc: Document, seg: Segment, lines: list[LineLayout]) -> bool:
    """Whether the normalised segment lies within the given printed lines (consecutive lines)."""
    if not lines:
        return False
    start, end = doc.span(seg.start, seg.end)
    return lines[0].start <= start and end <= lines[-1].end


def printed_in_red_mark(doc: Document, seg: Segment) -> bool:
    """Whether the paragraph is printed in red in the 版头 of the first page (a 发文机关标志 line)."""
    return doc.layout is not None and _covered(doc, seg, doc.layout.hints.issuer_mark)


def printed_as_title(doc: Document, seg: Segment) -> bool:
    """Whether the paragraph is (part of) the centred title set larger than the body."""
    return doc.layout is not None and _covered(doc, seg, doc.layout.hints.title)
