"""Hard wraps found from the text alone, for plain text extracted from a PDF (issue 20)."""

from __future__ import annotations

import pytest

from policyparse import parse_file
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
        # a word cut in two three or three and a half columns short of the page: a justified line
        # of a wide page that carries punctuation or Latin holds a character less
        ("（九）培育发展社会化机构。落实政策，着力培育龙\n" + "头企业，到2025年底", True),
        ("行" * 19 + "，1 项同\n" + "步规划", True),
        ("行" * 21 + "）\n" + "后续内容", False),  # a closing bracket: no word is cut
        ("行" * 22 + "\n" + "2025年后续", False),  # Latin after Han: the full-width slack only
        ("行" * 21 + "对\n" + "后续内容", False),  # four columns short: a line of its own
    ],
)
def test_wrap_rule(lines: str, joined: bool) -> None:
    """The rule on pages 26 columns wide (the filler lines)."""
    filler = "\n".join("填" * 25 + "。" for _ in range(30))
    text = f"{filler}\n{lines}\n{filler}"
    start = text.index(lines)
    cuts = [cut for cut in text_wrap_cuts(text) if start <= cut[0] < start + len(lines)]
    assert bool(cuts) is joined


def test_a_word_cut_short_of_a_wide_page_runs_on() -> None:
    """Blind set 4 d11 (a provincial plan copied from a PDF, 40 columns a line): the line
    ``（九）培育发展社会化养老机构。落实…着力培育养老服务龙`` is 37 columns wide and cut inside
    龙头企业; the dated target is the whole sentence (its text, as every element's, without the
    wrap), not the piece after the break."""
    notice = parse_file(FIXTURES / "blind4" / "docs" / "d11.txt")
    texts = [target.text for target in notice.targets]
    assert any(
        text.startswith("落实养老服务优惠扶持政策，着力培育养老服务龙头企业，到2025") for text in texts
    )
    assert not any(text.startswith("头企业") for text in texts)
