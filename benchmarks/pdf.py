"""The PDF path: pages per second and peak memory for a 100-page PDF, and the PDF path against
the text path on the same content (issue 20).

Two 100-page PDFs are measured:

* ``real``: the first 100 pages of P02 (the NHC's 防控方案, WPS export, 21 characters a line),
  when ``../shared/corpus/pdf`` is present;
* ``printed``: the GB/T 9704 PDFs of the dev documents (``tests/fixtures/pdf/dev``, printed by
  Chromium) concatenated and repeated to 100 pages — always available.

For each: extraction (``policyparse.io.load_bytes``: PDFium text, per-line layout, noise and wrap
cuts) and parsing (``policyparse.parse`` with the layout) are timed apart (best of up to 5 rounds, after a warm-up parse); the text
path parses the same extracted text, saved as UTF-8 bytes, through ``load_bytes`` + ``parse``
without a layout. Peak memory is the RSS high-water mark of a fresh process that imports
policyparse and reads and parses the PDF once (also: reading only, and the text path).

Run alone: ``python benchmarks/pdf.py`` (``--json`` for the figures; ``--libraries`` first
compares PDFium with pdfplumber reading every character of P02, pdfplumber if installed).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, markdown_table, timed

#: P02 of the shared corpus, beside the checkout (``../shared``) or beside a worktree's parent.
SHARED_PDF = next(
    (
        base / "shared" / "corpus" / "pdf" / "P02.pdf"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "corpus" / "pdf" / "P02.pdf").exists()
    ),
    ROOT.parent / "shared" / "corpus" / "pdf" / "P02.pdf",
)
PRINTED = ROOT / "tests" / "fixtures" / "pdf" / "dev"
PAGES = 100
ROUNDS = 5
MIN_SECONDS = 1.0

_PEAK_SCRIPT = """
import resource, sys
import policyparse
from policyparse.io import load_bytes
data = open(sys.argv[1], "rb").read()
mode = sys.argv[2]
before = int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize() // 1024
if mode == "text":
    loaded = load_bytes(load_bytes(data, name="bench.pdf").text.encode("utf-8"), name="bench.txt")
    before = int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize() // 1024
else:
    loaded = load_bytes(data, name="bench.pdf")
if mode != "extract":
    policyparse.parse(loaded.text, layout=loaded.layout, diagnostics=loaded.diagnostics, max_chars=None)
# VmHWM, not ru_maxrss: the latter is inherited from the (large) benchmark process across exec.
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:")).split()[1]
print(before, peak)
"""


def hundred_pages(sources: list[Path], target: Path) -> int:
    """Write the first 100 pages of ``sources`` (repeated as needed) to ``target``; returns pages."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    while len(out) < PAGES:
        for source in sources:
            document = pdfium.PdfDocument(source)
            wanted = min(len(document), PAGES - len(out))
            out.import_pages(document, list(range(wanted)))
            if len(out) >= PAGES:
                break
    out.save(target)
    return len(out)


def peak_rss_mb(pdf: Path, mode: str) -> tuple[float, float]:
    """RSS (MB) after importing, and its high-water mark after one run in a fresh process.

    ``mode``: ``pdf`` reads and parses the PDF, ``extract`` only reads it, ``text`` parses its
    text as a text input (RSS measured from after the text was made).
    """
    result = subprocess.run(
        [sys.executable, "-c", _PEAK_SCRIPT, str(pdf), mode],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    before, after = (int(value) / 1024 for value in result.stdout.split())
    return before, after


def measure(pdf: Path) -> dict[str, Any]:
    """Extraction, parse and text-path times for one PDF, with peak memory."""
    from policyparse import parse
    from policyparse.io import load_bytes

    data = pdf.read_bytes()
    loaded = load_bytes(data, name=pdf.name)
    text_bytes = loaded.text.encode("utf-8")
    parse(loaded.text, layout=loaded.layout, max_chars=None)  # warm-up: lexicons, jieba's tagger
    extract = timed(lambda: load_bytes(data, name=pdf.name), max_rounds=ROUNDS, min_seconds=MIN_SECONDS)
    parse_pdf = timed(
        lambda: parse(loaded.text, layout=loaded.layout, max_chars=None),
        max_rounds=ROUNDS,
        min_seconds=MIN_SECONDS,
    )

    def text_path() -> None:
        as_text = load_bytes(text_bytes, name="same.txt")
        parse(as_text.text, max_chars=None)

    text_total = timed(text_path, max_rounds=ROUNDS, min_seconds=MIN_SECONDS)
    before, after = peak_rss_mb(pdf, "pdf")
    _, extract_peak = peak_rss_mb(pdf, "extract")
    _, text_peak = peak_rss_mb(pdf, "text")
    pages = len(loaded.layout.pages) if loaded.layout else 0
    pdf_total = extract + parse_pdf
    return {
        "pages": pages,
        "chars": len(loaded.text),
        "extract_s": extract,
        "parse_s": parse_pdf,
        "pdf_total_s": pdf_total,
        "text_total_s": text_total,
        "pages_per_s": pages / pdf_total,
        "extract_pages_per_s": pages / extract,
        "ratio_total": pdf_total / text_total,
        "ratio_parse": parse_pdf / text_total,
        "rss_import_mb": before,
        "rss_peak_mb": after,
        "rss_extract_peak_mb": extract_peak,
        "rss_text_path_peak_mb": text_peak,
    }


def run() -> dict[str, Any]:
    """Figures for the real and the printed 100-page PDFs."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as work:
        if SHARED_PDF.exists():
            real = Path(work) / "real.pdf"
            hundred_pages([SHARED_PDF], real)
            results["real (P02 pp. 1-100)"] = measure(real)
        printed = Path(work) / "printed.pdf"
        hundred_pages(sorted(PRINTED.glob("*.pdf")), printed)
        results["printed (dev PDFs to 100 pp.)"] = measure(printed)
    return results


def table(results: dict[str, Any]) -> str:
    """The figures as a Markdown table."""
    rows = [
        [
            name,
            f"{r['pages']} / {r['chars']:,}",
            f"{r['extract_s']:.2f} s ({r['extract_pages_per_s']:.0f} p/s)",
            f"{r['parse_s']:.2f} s",
            f"{r['pdf_total_s']:.2f} s ({r['pages_per_s']:.0f} p/s)",
            f"{r['text_total_s']:.2f} s",
            f"{r['ratio_total']:.2f}× ({r['ratio_parse']:.2f}×)",
            f"{r['rss_peak_mb']:.0f} MB (import {r['rss_import_mb']:.0f}, extraction only "
            f"{r['rss_extract_peak_mb']:.0f}, text path {r['rss_text_path_peak_mb']:.0f})",
        ]
        for name, r in results.items()
    ]
    header = [
        "PDF",
        "pages / chars",
        "extraction",
        "parse with layout",
        "PDF path total",
        "text path, same text",
        "PDF ÷ text: total (parse only)",
        "peak RSS, PDF path",
    ]
    return markdown_table(header, rows)


def per_char_pdfium(path: Path) -> int:
    """Read every character's text, box, font size, weight and fill colour with PDFium's raw API."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(path)
    chars = 0
    for index in range(len(document)):
        textpage = document[index].get_textpage()
        handle = textpage.raw
        box = [ctypes.c_double() for _ in range(4)]
        rgba = [ctypes.c_uint() for _ in range(4)]
        for char in range(pdfium_c.FPDFText_CountChars(handle)):
            pdfium_c.FPDFText_GetUnicode(handle, char)
            pdfium_c.FPDFText_GetFontSize(handle, char)
            pdfium_c.FPDFText_GetFontWeight(handle, char)
            pdfium_c.FPDFText_GetCharBox(handle, char, *box)
            pdfium_c.FPDFText_GetFillColor(handle, char, *rgba)
            chars += 1
    return chars


def per_char_pdfplumber(path: Path) -> int:
    """Read every character's text, box, font name, size and colours with pdfplumber (pdfminer.six)."""
    import pdfplumber

    chars = 0
    with pdfplumber.open(path) as document:
        for page in document.pages:
            for char in page.chars:
                _ = (
                    char["text"],
                    char["x0"],
                    char["top"],
                    char["fontname"],
                    char["size"],
                    char["non_stroking_color"],
                )
                chars += 1
            page.flush_cache()
    return chars


def compare_libraries(path: Path) -> str:
    """Seconds to read every character with its geometry, font and colour: PDFium vs pdfplumber."""
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(path))
    rows = []
    for name, reader in (
        ("pypdfium2 (PDFium)", per_char_pdfium),
        ("pdfplumber (pdfminer.six)", per_char_pdfplumber),
    ):
        try:
            seconds = timed(lambda reader=reader: reader(path), max_rounds=1)
        except ImportError:
            rows.append([name, "not installed", ""])
            continue
        rows.append([name, f"{seconds:.2f} s", f"{pages / seconds:.1f}"])
    return markdown_table([f"library ({path.name}, {pages} pages)", "every char", "pages/s"], rows)


def main() -> None:
    """Command line (``--libraries``: also compare PDFium with pdfplumber on P02)."""
    if "--libraries" in sys.argv and SHARED_PDF.exists():
        print(compare_libraries(SHARED_PDF), end="\n\n")
    results = run()
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
    else:
        print(table(results))


if __name__ == "__main__":
    main()
