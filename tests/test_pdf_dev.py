"""PDF versions of dev documents score as their text does (issue 20).

``tests/fixtures/pdf/dev/`` holds, for 13 dev documents, a GB/T 9704 PDF printed by headless
Chromium from the text the dev fixtures hold (``tests/fixtures/dev/NNN.txt`` or ``.html``, gold in
``tests/fixtures/gold/NNN.json``)
(``scripts/make_dev_pdfs.py``: red 版头 and rule, 文号, centred title, justified body with hard
line breaks, ``— N —`` page numbers). Every score of the PDF must be within 0.02 of the text's,
measured with the project's scorer (:mod:`policyparse.evaluate` reproduces ``eval/score.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policyparse import parse_file
from policyparse.evaluate import read_gold, read_prediction, score_document
from policyparse.evaluate.summary import document_row
from tests.helpers import DEV, FIXTURES, GOLD, assert_offsets_hold

pytest.importorskip("pypdfium2")

PDF_DEV = FIXTURES / "pdf" / "dev"
PDFS = sorted(PDF_DEV.glob("*.pdf"))
TOLERANCE = 0.02


def scores(path: Path) -> dict[str, Any]:
    """The scorer's row for one document (F1 per field, metadata fields right or wrong)."""
    gold = read_gold(json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8")))
    prediction = read_prediction(parse_file(path).model_dump(mode="json"))
    return document_row(score_document(path.stem, gold, prediction))


def text_version(pdf: Path) -> Path:
    return next(p for p in DEV.glob(f"{pdf.stem}.*") if p.suffix in {".txt", ".html"})


def test_at_least_ten_dev_documents_are_printed() -> None:
    assert len(PDFS) >= 10
    for pdf in PDFS:
        assert (GOLD / f"{pdf.stem}.json").exists(), f"no gold for {pdf.name}"


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_pdf_scores_within_tolerance_of_text(pdf: Path) -> None:
    from_pdf, from_text = scores(pdf), scores(text_version(pdf))
    for field, text_value in from_text.items():
        pdf_value = from_pdf[field]
        if isinstance(text_value, bool) or not isinstance(text_value, float):
            assert pdf_value == text_value, f"{pdf.stem} {field}: pdf {pdf_value} text {text_value}"
        else:
            assert abs(pdf_value - text_value) <= TOLERANCE, (
                f"{pdf.stem} {field}: pdf {pdf_value:.3f} text {text_value:.3f}"
            )


@pytest.mark.parametrize("pdf", PDFS[:4], ids=[p.stem for p in PDFS[:4]])
def test_pdf_layout_reaches_the_notice(pdf: Path) -> None:
    notice = parse_file(pdf)
    assert notice.source.format == "pdf"
    assert_offsets_hold(notice)
    pages = notice.pages
    assert pages[0].number == 1 and pages[0].start == 0
    assert [page.number for page in pages] == list(range(1, len(pages) + 1))
    assert (pages[0].width, pages[0].height) == pytest.approx((595.9, 842.0), abs=1)
    kinds = {noise.kind.value for noise in notice.noise}
    assert {"page_number", "hard_wrap"} <= kinds
    page_numbers = [
        notice.text[n.start : n.end].strip() for n in notice.noise if n.kind.value == "page_number"
    ]
    assert page_numbers == [f"—{number}—" for number in range(1, len(pages) + 1)]
    mark = next(e for e in notice.metadata.elements if e.field == "issuer_mark")
    assert mark.page == 1 and mark.bbox is not None and mark.bbox[1] < 200
    for element in notice.metadata.elements:
        assert element.page == notice.page_of(element.start)
