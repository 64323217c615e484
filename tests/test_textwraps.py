"""Hard wraps found from the text alone, for plain text extracted from a PDF (issue 20)."""

from __future__ import annotations

import pytest

from policyparse.document import Document
from policyparse.io import load
from policyparse.models import NoiseKind
from policyparse.textwraps import text_wrap_cuts
from tests.helpers import DEV_FILES, FIXTURES

#: Lines 1–42 (前言) and 97–200 (总则, after the table of contents) of pool document 059
#: (北京市国土空间生态修复规划), copied out of a PDF: 26 columns a line, page numbers (I, 1 …)
#: on lines of their own between pages.
EXTRACTED = FIXTURES / "pdf" / "text" / "059-head.txt"


@pytest.mark.parametrize("path", DEV_FILES, ids=[p.stem for p in DEV_FILES])
def test_texts_that_are_not_hard_wrapped_get_no_cut(path: object) -> None:
    assert text_wrap_cuts(load(path).text) == []  # type: ignore[arg-type]


def test_pdf_extracted_text_is_rejoined() -> None:
    text = EXTRACTED.read_text(encoding="utf-8")
    cuts = text_wrap_cuts(text)
    kinds = {kind for _, _, kind in cuts}
    assert kinds == {NoiseKind.HARD_WRAP, NoiseKind.PAGE_NUMBER}
    view = Document.from_text(text).norm
    # a paragraph over a page break (page number "I" and a blank line in between)
    assert "局部环境污染、生态系统退化和潜在风险突出等问题重叠交织。" in view
    # a paragraph end (。) and a numbered heading line stay on their own lines
    assert "已上升为国家战略高度。 \n" in view
    page_numbers = [text[start:end].strip() for start, end, kind in cuts if kind is NoiseKind.PAGE_NUMBER]
    assert page_numbers[:2] == ["I", "II I"]  # the second: the last 目录 page's II and 总则's I


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        ("行" * 24 + "对\n" + "后续内容", True),
        ("行" * 24 + "。\n" + "后续内容", False),  # a sentence end ends the paragraph
        ("行" * 24 + "对\n" + "一、总体要求", False),  # a numbered heading opens a new line
        ("行" * 24 + "对\n" + "　　后续内容", False),  # an indented line opens a paragraph
        ("行" * 10 + "对\n" + "后续内容", False),  # a short line ends a paragraph
        ("行" * 24 + "对\n" + "（2）后续内容", False),  # so does a list item or an article
        ("行" * 24 + "对\n" + "第十二条  后续内容", False),
        ("行" * 24 + "对\n" + "附件2", False),
        # a chapter, part or section title as wide as the body is a title line, not wrapped on
        ("第三章  强化国土空间的整体统筹，促进绿韵红脉有机融合\n" + "通过建立和完善生态保护体系", False),
        ("第二部分  强化国土空间的整体统筹，促进绿韵红脉融合\n" + "通过建立和完善生态保护体系", False),
        ("第1节  强化国土空间的整体统筹，促进绿韵红脉有机融合\n" + "通过建立和完善生态保护体系", False),
    ],
)
def test_wrap_rule(lines: str, joined: bool) -> None:
    filler = "\n".join("填" * 25 + "。" for _ in range(30))
    text = f"{filler}\n{lines}\n{filler}"
    start = text.index(lines)
    cuts = [cut for cut in text_wrap_cuts(text) if start <= cut[0] < start + len(lines)]
    assert bool(cuts) is joined
