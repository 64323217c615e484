"""Read a PDF's text layer into text plus a :class:`~policyparse.layout.Layout` (needs ``policyparse[pdf]``).

The text is the printed lines in PDFium's reading order, one per ``\\n``, pages one after the
other (also separated by ``\\n``). Nothing is dropped from it: page numbers, running headers
and the line breaks of hard-wrapped paragraphs stay in ``Notice.text``; the layout lists them
as cuts, which the normaliser leaves out of the view the stages read, exactly like other noise.

A PDF without any text layer (scanned pages) is refused with exit code 5 and the advice to run
OCR first; pages without text in an otherwise text PDF give diagnostic W006.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from policyparse.grammar.pdf import PDFIUM_REASON
from policyparse.io.errors import InputError
from policyparse.io.pdf.extract import RawLine, RawPage, read_pages
from policyparse.io.pdf.hints import layout_hints
from policyparse.io.pdf.noise import furniture
from policyparse.io.pdf.wraps import Margins, body_font_size, is_title_wrap, is_wrap, page_margins
from policyparse.layout import Cut, Layout, LineLayout, PageLayout
from policyparse.models import NoiseKind

#: Exit code for a PDF that has no text layer.
NO_TEXT_EXIT_CODE = 5
OCR_ADVICE = "run OCR first, e.g. ocrmypdf -l chi_sim --force-ocr in.pdf out.pdf"


@dataclass
class PdfText:
    """The text of a PDF, its layout, and the pages that had no text layer."""

    text: str
    layout: Layout
    pages_without_text: list[int] = field(default_factory=list)


@dataclass
class _Assembly:
    """The text being built, with the layout records of its lines."""

    pieces: list[str] = field(default_factory=list)
    length: int = 0
    lines: list[LineLayout] = field(default_factory=list)
    pages: list[PageLayout] = field(default_factory=list)

    def add_line(self, line: RawLine, page: int) -> LineLayout:
        if self.pieces:
            self.pieces.append("\n")
            self.length += 1
        start = self.length
        self.pieces.append(line.text)
        self.length += len(line.text)
        record = LineLayout(
            start, self.length, page, line.box, line.font_size, line.bold, line.color, line.font
        )
        self.lines.append(record)
        return record


def _assemble(pages: list[RawPage]) -> tuple[_Assembly, list[list[LineLayout]]]:
    assembly = _Assembly()
    per_page: list[list[LineLayout]] = []
    for page in pages:
        start = assembly.length + (1 if assembly.pieces and page.lines else 0)
        records = [assembly.add_line(line, page.number) for line in page.lines]
        per_page.append(records)
        end = records[-1].end if records else assembly.length
        assembly.pages.append(PageLayout(page.number, min(start, end), end, page.width, page.height))
    return assembly, per_page


def _noise_cut(record: LineLayout, length: int, kind: NoiseKind) -> Cut:
    """The furniture line with one line break (the one after it, else the one before)."""
    if record.end < length:
        return (record.start, record.end + 1, kind)
    return (max(record.start - 1, 0), record.end, kind)


def _wrap_cuts(
    pages: list[RawPage],
    body: list[tuple[RawLine, LineLayout]],
    margins: list[Margins],
    body_size: float,
) -> list[Cut]:
    cuts: list[Cut] = []
    for (before, before_record), (after, after_record) in itertools.pairwise(body):
        page_before, page_after = before_record.page, after_record.page
        if page_after - page_before > 1:
            continue
        wrap = is_wrap(before, after, margins[page_before - 1], margins[page_after - 1])
        if not wrap and page_before == page_after:
            wrap = is_title_wrap(before, after, pages[page_before - 1].width, body_size)
        if wrap:
            cuts.append((before_record.end, before_record.end + 1, NoiseKind.HARD_WRAP))
    return cuts


def pdf_layout(pages: list[RawPage]) -> PdfText:
    """Text and layout of pages read by :func:`~policyparse.io.pdf.extract.read_pages`."""
    assembly, per_page = _assemble(pages)
    text = "".join(assembly.pieces)
    noise = furniture(pages)
    cuts = [_noise_cut(per_page[p][i], len(text), kind) for (p, i), kind in noise.items()]
    body_raw = [
        [line for i, line in enumerate(page.lines) if (p, i) not in noise] for p, page in enumerate(pages)
    ]
    body = [
        (line, per_page[p][i])
        for p, page in enumerate(pages)
        for i, line in enumerate(page.lines)
        if (p, i) not in noise
    ]
    margins = page_margins(pages, body_raw)
    size = body_font_size([line for line, _ in body])
    cuts += _wrap_cuts(pages, body, margins, size)
    layout = Layout(
        pages=assembly.pages,
        lines=assembly.lines,
        cuts=sorted(cuts),
        hints=layout_hints(pages, [record for _, record in body], margins, size),
        body_size=size,
    )
    empty = [page.number for page in pages if not page.lines]
    return PdfText(text, layout, empty)


def read_pdf(data: bytes, *, name: str) -> PdfText:
    """Read a PDF file's bytes.

    Raises:
        InputError: not a readable PDF or password-protected (exit code 3); no text layer on
            any page (exit code 5); the ``pdf`` extra missing is raised by the loader.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        reason = PDFIUM_REASON.search(str(error))
        detail = reason.group(1).rstrip(".").lower() if reason else "damaged"
        if detail == "success":  # PDFium loaded nothing yet reports no error (no page tree)
            detail = "no pages"
        raise InputError(name, f"is not a readable PDF ({detail})") from None
    try:
        pages = read_pages(pdf)
    finally:
        pdf.close()
    if not any(page.lines for page in pages):
        with_images = sum(1 for page in pages if page.images)
        what = (
            f"{len(pages)} page(s) of images"
            if with_images == len(pages)
            else f"{len(pages)} page(s), {with_images} with images"
        )
        raise InputError(
            name, f"is a PDF without a text layer ({what}); {OCR_ADVICE}", exit_code=NO_TEXT_EXIT_CODE
        )
    return pdf_layout(pages)


__all__ = ["NO_TEXT_EXIT_CODE", "PdfText", "pdf_layout", "read_pdf"]
