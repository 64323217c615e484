"""A document hard-wrapped as text copied from a PDF reads as the document: its head too.

The hard-wrap reader (:mod:`policyparse.textwraps`) joins a full line to the next. Found by the
input-form evaluation (``docs/evaluation.md``, "Input forms"): a web address cut at a line's end
left its rest on a line of its own, which the title reader took as the first line of the title
(``b64c…bdfb.html新余市人民政府办公室关于…的通知``), and a title exactly as wide as the page was
joined to the addressees under it (``…的实施意见各市、县（区）人民政府，省政府各部门：``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse
from policyparse.evaluate.forms import hard_wrap
from policyparse.models import Notice

FIXTURES = Path(__file__).parent / "fixtures"


def _head(notice: Notice) -> tuple[str | None, str | None, str, tuple[str, ...]]:
    meta = notice.metadata
    return meta.title, meta.doc_number, str(meta.date), tuple(meta.issuers)


@pytest.mark.parametrize("name", ["dev/076.txt", "dev/082.txt", "dev/055.txt"])
@pytest.mark.parametrize("width", [30, 34])
def test_a_web_address_cut_at_the_line_end(name: str, width: int) -> None:
    """pkulaw exports: ``原文链接：https://www.pkulaw.com/lar/…bdfb.html`` above the title."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    wrapped = hard_wrap(text, width)
    assert "https://www.pkulaw.com/lar/\n" in wrapped  # the address was cut
    original = parse(text)
    assert original.metadata.issuers
    assert _head(parse(wrapped)) == _head(original)


def test_a_title_as_wide_as_the_page_over_its_addressees() -> None:
    text = (FIXTURES / "blind2" / "docs" / "c03.txt").read_text(encoding="utf-8")
    original = parse(text)
    title = original.metadata.title
    assert title == "江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见"
    wrapped = hard_wrap(text, len(title) + 0.5)  # the title fills its line; the body wraps
    assert f"{title}\n各市、县（区）人民政府，省政府各部门：" in wrapped
    assert _head(parse(wrapped)) == _head(original)


def test_a_title_printed_twice_over_its_number_as_wide_as_the_page() -> None:
    """Dev 078, a pkulaw export: the page's title, the document's, then ``阿府办发〔2021〕21号``."""
    text = (FIXTURES / "dev" / "078.txt").read_text(encoding="utf-8")
    original = parse(text)
    title = original.metadata.title
    assert title is not None
    assert original.metadata.doc_number == "阿府办发〔2021〕21号"
    wrapped = hard_wrap(text, len(title) + 0.5)
    assert f"{title}\n{title}\n阿府办发〔2021〕21号" in wrapped
    assert _head(parse(wrapped)) == _head(original)
