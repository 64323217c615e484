#!/usr/bin/env python3
"""Cut the real PDFs of the shared corpus to the pages the tests need (tests/fixtures/pdf/real/).

The tests must not read the shared corpus, and the long files (30–159 pages, up to 3.9 MB) are
too large to commit whole; the pages kept carry what the tests check (head, first headings,
closing block, 版记, a page whose 专栏 is an image). Pages are copied with pypdfium2, so text,
fonts and geometry are those of the original file. ``scanned.pdf`` beside the folder is the first
two pages of P01 rendered to images: a PDF without a text layer.

Usage::

    python scripts/cut_real_pdfs.py --corpus ../shared/corpus/pdf --out tests/fixtures/pdf/real
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pypdfium2 as pdfium

#: File id → pages kept (1-based), or None for the whole file.
PAGES: dict[str, list[int] | None] = {
    "P01": None,
    "P02": [1, 2, 3, 159],
    "P03": [1, 2],
    "P04": [1, 7, 10, 16],
    "P05": [1, 2],
    "P06": [1],
    "P07": None,
    "P08": [1, 2],
    "P09": [1, 2],
}


def cut(source: Path, target: Path, pages: list[int] | None) -> int:
    """Copy ``pages`` of ``source`` into a new PDF at ``target``; returns its size in bytes."""
    original = pdfium.PdfDocument(source)
    kept = pdfium.PdfDocument.new()
    kept.import_pages(original, [page - 1 for page in pages] if pages else None)
    kept.save(target)
    return target.stat().st_size


def scanned(source: Path, target: Path, *, pages: int = 2, scale: float = 0.7) -> int:
    """A scanned copy: the first ``pages`` pages rendered to greyscale images, no text layer."""
    original = pdfium.PdfDocument(source)
    copy = pdfium.PdfDocument.new()
    for index in range(pages):
        width, height = original[index].get_size()
        bitmap = original[index].render(scale=scale, grayscale=True)
        page = copy.new_page(width, height)
        image = pdfium.PdfImage.new(copy)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(image)
        page.gen_content()
    copy.save(target)
    return target.stat().st_size


def main(argv: list[str]) -> int:
    """Write the cut copies."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, pages in PAGES.items():
        size = cut(args.corpus / f"{name}.pdf", args.out / f"{name}.pdf", pages)
        print(f"{name}: pages {pages or 'all'}, {size} bytes", file=sys.stderr)
    size = scanned(args.corpus / "P01.pdf", args.out.parent / "scanned.pdf")
    print(f"scanned.pdf: P01 pages 1-2 as images, {size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
