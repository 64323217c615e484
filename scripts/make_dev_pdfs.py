#!/usr/bin/env python3
"""Print dev documents as GB/T 9704 公文 PDFs with headless Chromium (test fixtures for issue 20).

For each id, the dev document's text (read with ``policyparse.io.load``) is laid out as a
GB/T 9704-2012 notice: the red 发文机关标志 (the gold issuers + ``文件``) and the red rule
under the 版头 with the 发文字号 above it, the title centred in 22 pt bold, the body in 16 pt
serif (仿宋 where installed, else AR PL UMing) justified with a two-character indent, the
版头, title and numbered headings in a 黑体 (WenQuanYi Zen Hei), the signature and date right-aligned four characters from the
margin, and ``— N —`` page numbers (odd pages right, even pages left). The HTML is printed to
A4 PDF by ``chromium --headless --print-to-pdf``. The text, the dev gold and the PDF are
written side by side into the output folder, which is what ``tests/test_pdf_dev.py`` reads.

Usage::

    bash scripts/ensure-chromium.sh      # chromium and a CJK font, if missing
    apt-get install fonts-arphic-uming fonts-wqy-zenhei   # TrueType CJK fonts (small PDFs)
    python scripts/make_dev_pdfs.py --dev ../shared/corpus/dev --out tests/fixtures/pdf/dev

Only TrueType fonts are used, without synthetic bold: Chromium embeds those as small CID
subsets, whereas CFF fonts (Noto CJK) and synthetic bold become Type 3 fonts of several MB.

The content is the dev text itself, split into paragraphs where the text has line breaks or
the ``　　`` indent of a flattened copy; only the head is re-ordered into the printed order
(版头, 文号, rule, title), which the gold does not depend on.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from policyparse.io import load

#: Dev documents printed: notices with a 发文字号, an addressee line and a signed date. 004 is
#: left out: its text holds a private-use character (U+E004) that no font prints, so its PDF
#: differs from the text in that character (U+FFFD), which hides the heading after it.
DEFAULT_IDS = ("009", "013", "014", "015", "016", "018", "020", "029", "036", "037", "039", "040", "047")
PARAGRAPH_BREAK = re.compile(r"\n|[ \t\u3000]{2,}")
HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")
RUN_IN = re.compile(r"^[^。：]{2,40}?[。：]")
DATE = re.compile(
    r"^[0-9〇零一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日$"
)
FOLD = re.compile(r"[\s\u3000]+")

CSS = """
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font-size: 14pt;
  font-family: "AR PL UMing CN", "Noto Serif CJK SC", serif; margin-right: 1em; vertical-align: top; padding-top: 7mm; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-size: 14pt;
  font-family: "AR PL UMing CN", "Noto Serif CJK SC", serif; margin-left: 1em; vertical-align: top; padding-top: 7mm; } }
body { margin: 0; font-family: "FangSong", "FangSong_GB2312", "AR PL UMing CN", "Noto Serif CJK SC", serif; font-size: 16pt;
  line-height: 28pt; color: #000; }
p { margin: 0; text-align: justify; text-indent: 2em; }
.mark { color: #e00; font-size: 40pt; line-height: 52pt; font-family: "WenQuanYi Zen Hei", sans-serif;
  text-align: center; text-indent: 0;
  letter-spacing: 2pt; }
.number { text-align: center; text-indent: 0; margin-top: 24pt; }
.rule { border: 0; border-top: 2pt solid #e00; margin: 6pt 0 40pt 0; }
.title { font-size: 22pt; line-height: 34pt; font-family: "WenQuanYi Zen Hei", sans-serif; text-align: center;
  text-indent: 0;
  margin-bottom: 28pt; }
.heading { font-family: "WenQuanYi Zen Hei", sans-serif; }
.addressee { text-indent: 0; }
.closing { text-align: right; text-indent: 0; padding-right: 4em; }
.first-closing { margin-top: 28pt; }
"""


def fold(text: str) -> str:
    """``text`` without whitespace, for comparing it with the gold."""
    return FOLD.sub("", text)


def paragraphs(text: str) -> list[str]:
    """The document's paragraphs: its lines, split again at ``　　`` indents."""
    return [part.strip() for part in PARAGRAPH_BREAK.split(text) if part.strip()]


def split_head(paras: list[str], title: str, number: str | None) -> list[str]:
    """Paragraphs with the title and the 发文字号 removed from the first ones (they may be glued)."""
    rest = list(paras)
    for target in (title, number or ""):
        if not target:
            continue
        for index, para in enumerate(rest[:4]):
            folded = fold(para)
            position = folded.find(fold(target))
            if position < 0 or position > 2:
                continue
            remainder = _after(para, fold(target))
            rest[index : index + 1] = [remainder] if remainder else []
            break
    return rest


def _after(para: str, folded_target: str) -> str:
    """What follows ``folded_target`` in ``para`` (whitespace ignored while matching)."""
    matched = 0
    for position, char in enumerate(para):
        if char.isspace():
            continue
        if matched == len(folded_target):
            return para[position:].strip()
        if char == folded_target[matched]:
            matched += 1
        elif matched:
            break
    return ""


def closing_start(paras: list[str], issuers: list[str]) -> int:
    """Index of the first signature/date paragraph near the end (len(paras) if none)."""
    names = {fold(issuer) for issuer in issuers}
    start = len(paras)
    for index in range(len(paras) - 1, max(len(paras) - 6, 0) - 1, -1):
        folded = fold(paras[index])
        if folded in names or DATE.match(folded):
            start = index
        elif start < len(paras) and not (folded.startswith("（") and folded.endswith("）")):
            break
    return start


def page_html(gold: dict[str, object], text: str) -> str:
    """The GB/T 9704 page of a document."""
    meta = gold["metadata"]
    assert isinstance(meta, dict)
    title, number, issuers = meta["title"], meta.get("doc_number"), list(meta.get("issuers") or [])
    paras = split_head(paragraphs(text), title, number)
    # a 版头 mark line the text already carries (047) is printed by the mark itself
    paras = (
        [
            p
            for p in paras
            if not (fold(p).endswith("文件") and len(p) < 30)
            and fold(p) not in {fold(i) for i in issuers[:-1]}
        ]
        if paras and fold(paras[0]).endswith(("文件", *[fold(i) for i in issuers]))
        else paras
    )
    closing = closing_start(paras, issuers)
    out = [f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    mark_lines = [*issuers[:-1], f"{issuers[-1]}文件"] if issuers else ["文件"]
    out += [f"<p class='mark'>{html.escape(line)}</p>" for line in mark_lines]
    if number:
        out.append(f"<p class='number'>{html.escape(number)}</p>")
    out.append("<hr class='rule'>")
    out.append(f"<p class='title'>{html.escape(title)}</p>")
    for index, para in enumerate(paras):
        css = []
        if index == 0 and para.endswith("：") and len(para) < 200:
            css.append("addressee")
        if HEADING.match(para):
            css.append("heading")
        if index >= closing:
            css.append("closing" if not para.startswith("（") else "")
            if index == closing:
                css.append("first-closing")
        body = html.escape(para)
        if "heading" in css and (run_in := RUN_IN.match(para)) is not None:
            css.remove("heading")  # only the run-in title is set in 黑体, the text after it is not
            body = f"<span class='heading'>{html.escape(run_in.group())}</span>{html.escape(para[run_in.end() :])}"
        attr = f" class='{' '.join(c for c in css if c)}'" if any(css) else ""
        out.append(f"<p{attr}>{body}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def print_pdf(chromium: str, page: Path, pdf: Path) -> None:
    """Print an HTML file to PDF with headless Chromium (no header/footer of its own)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main(argv: list[str]) -> int:
    """Write ``ID.pdf`` for each id into ``--out`` (the tests read its text and gold from
    ``tests/fixtures/dev`` and ``tests/fixtures/gold``)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--dev", type=Path, required=True, help="the dev corpus folder (NNN.txt/.html, gold/)"
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("ids", nargs="*", default=list(DEFAULT_IDS))
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium not found: run scripts/ensure-chromium.sh", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for doc_id in args.ids:
        source = next(iter(sorted(args.dev.glob(f"{doc_id}.*"))))
        gold = json.loads((args.dev / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as work:
            page = Path(work) / f"{doc_id}.html"
            page.write_text(page_html(gold, load(source).text), encoding="utf-8")
            print_pdf(chromium, page, args.out / f"{doc_id}.pdf")
        print(f"{doc_id}: {(args.out / f'{doc_id}.pdf').stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
