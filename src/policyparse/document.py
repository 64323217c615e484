"""The working document every stage reads: input text, normalised view, segmentation.

Stages take a :class:`Document` and return model objects with *input* offsets. They use the
normalised view (``doc.norm``) for matching and ``doc.span``/``doc.surface`` to produce
offsets and strings. Results of earlier stages (metadata, headings) are attached here by the
pipeline, so later stages can ask "which section is this sentence in".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from policyparse import segment
from policyparse.bundles import bundle_cuts, may_bundle
from policyparse.cellwraps import cell_wrap_cuts, may_hold_cell_table
from policyparse.diagnostics import Diagnostics
from policyparse.layout import Cut, Layout
from policyparse.models import Article, DocumentKind, Heading, Metadata, SourceInfo, innermost_section
from policyparse.normalize import NormText, normalize
from policyparse.segment import Segment, Segments
from policyparse.textwraps import text_wrap_cuts

#: From this many characters on, a document keeps its lines and sentences as offsets
#: (:class:`~policyparse.segment.Segments`, 16 bytes a segment instead of about 90) rather than
#: as a list of :class:`Segment` objects: on 10 MB of text that is 5 bytes per character less
#: at the peak, but building a segment each time one is read costs about 5 % of a parse, which
#: a smaller document, whose memory is mostly the interpreter's, would pay for nothing.
COMPACT_FROM = 1_000_000


@dataclass
class Document:
    """The input and everything derived from it that the stages share."""

    text: str
    view: NormText
    diagnostics: Diagnostics
    source: SourceInfo = field(default_factory=SourceInfo)
    anchor_date: dt.date | None = None
    simplified: bool = False
    #: Filled by the pipeline as stages run.
    metadata: Metadata | None = None
    kind: DocumentKind = DocumentKind.NOTICE
    headings: list[Heading] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    #: Normalised index where the body starts (after title, 文号, addressees); set by metadata.
    body_start: int = 0
    _heading_starts: list[int] | None = field(default=None, repr=False)
    #: Normalised index where the closing matter (signature, date, 抄送) starts; set by metadata.
    body_end: int | None = None
    #: Pages, printed lines and GB/T 9704 hints of a paged input (PDF); None for text.
    layout: Layout | None = None
    #: The targets stage's index of which sections hold an offset (built on first use).
    section_index: object = field(default=None, repr=False, compare=False)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        source: SourceInfo | None = None,
        anchor_date: dt.date | None = None,
        simplified: bool = False,
        diagnostics: Diagnostics | None = None,
        layout: Layout | None = None,
    ) -> Document:
        """Normalise ``text`` and wrap it.

        A ``layout``'s noise cuts (page furniture, hard wraps) are left out of the view; without
        one, the hard wraps and page numbers of text extracted from a PDF are found from the
        text alone (:mod:`policyparse.textwraps`; no cut for texts that are not hard-wrapped).
        """
        diagnostics = diagnostics if diagnostics is not None else Diagnostics()
        cuts = layout.cuts if layout is not None else text_wrap_cuts(text)
        if layout is None and (may_hold_cell_table(text) or may_bundle(text)):
            view = _with_view_cuts(text, diagnostics, cuts)
        else:
            view = normalize(text, diagnostics, extra_cuts=cuts)
        return cls(
            text=text,
            view=view,
            diagnostics=diagnostics,
            source=source or SourceInfo(),
            anchor_date=anchor_date,
            simplified=simplified,
            layout=layout,
        )

    @property
    def norm(self) -> str:
        """The normalised text used for matching."""
        return self.view.norm

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of a normalised span."""
        return self.view.span(start, end)

    def surface(self, start: int, end: int) -> str:
        """The document's own text for a normalised span (noise removed, trimmed)."""
        return self.view.surface(start, end, simplified=self.simplified).strip()

    @property
    def _compact(self) -> bool:
        """Whether lines and sentences are kept as offsets (from :data:`COMPACT_FROM` characters on)."""
        return len(self.view.norm) >= COMPACT_FROM

    @cached_property
    def lines(self) -> Sequence[Segment]:
        """Every line of the normalised text."""
        found = segment.lines(self.norm)
        return Segments(found) if self._compact else found

    @cached_property
    def joints(self) -> list[int]:
        """Paragraph breaks a text that lost its line breaks lost too (:func:`segment.joints`)."""
        return segment.joints(self.norm, self.lines)

    @cached_property
    def paragraphs(self) -> list[Segment]:
        """Non-blank paragraphs of the normalised text."""
        return segment.paragraphs(self.norm, self.lines, self.joints)

    def sentences(self, paragraph: Segment) -> list[Segment]:
        """Sentences of a paragraph."""
        return segment.sentences(self.norm, paragraph)

    @cached_property
    def all_sentences(self) -> Sequence[Segment]:
        """Every sentence of the document, in order."""
        found = (s for p in self.paragraphs for s in segment.sentences(self.norm, p))
        return Segments(found) if self._compact else list(found)

    @property
    def anchor(self) -> dt.date | None:
        """The date relative expressions resolve against: the caller's, else the document's own."""
        if self.anchor_date is not None:
            return self.anchor_date
        if self.metadata is not None and self.metadata.date is not None:
            return self.metadata.date
        return None

    @property
    def anchor_year(self) -> int | None:
        """The document's year: from the anchor date, else the 〔YYYY〕 of its 发文字号."""
        if (anchor := self.anchor) is not None:
            return anchor.year
        if self.metadata is not None and self.metadata.doc_number_info is not None:
            return self.metadata.doc_number_info.year
        return None

    def section_of(self, orig_offset: int) -> Heading | None:
        """The innermost heading whose section contains the input offset (O(log n + depth))."""
        if self._heading_starts is None or len(self._heading_starts) != len(self.headings):
            self._heading_starts = [heading.start for heading in self.headings]
        return innermost_section(self.headings, self._heading_starts, orig_offset)


def _with_view_cuts(text: str, diagnostics: Diagnostics, cuts: list[Cut]) -> NormText:
    """The view of a text that may print a table one cell per line or bundle news items: built
    once to find them (:mod:`policyparse.cellwraps` and :mod:`policyparse.bundles` read the view,
    in Simplified script), and again with their cuts when there are any (the line breaks inside
    table cells; the items around a bundle's report)."""
    scratch = Diagnostics()
    view = normalize(text, scratch, extra_cuts=cuts)
    found = cell_wrap_cuts(view) + bundle_cuts(view)
    if not found:
        diagnostics.extend(scratch.items)
        return view
    return normalize(text, diagnostics, extra_cuts=[*cuts, *found])
