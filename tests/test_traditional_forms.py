"""A document in Traditional script reads as the same document in Simplified script.

The normalised view is Simplified, so the grammar matches either script; what the input-form
evaluation (``scripts/input_forms.py``, ``docs/evaluation.md`` "Input forms") found were the
places that read a string as written instead: a front matter's keys (``文號:``), the 號 closing a
发文字号, and section tests on heading and document titles (``工作回顧``, ``國務院印發《…綱要》``,
``堅持黨建引領``). Each test converts a real annotated document with OpenCC ``s2t`` and compares
its reading with the original's, folded back to Simplified.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from policyparse import docnumber, parse
from policyparse.models import Notice

FIXTURES = Path(__file__).parent / "fixtures"
_TO_TRADITIONAL = opencc.OpenCC("s2t").convert
_TO_SIMPLIFIED = opencc.OpenCC("t2s").convert


def _both(name: str) -> tuple[Notice, Notice]:
    """The document's notice, and the notice of its Traditional-script copy."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    traditional = _TO_TRADITIONAL(text)
    assert traditional != text
    return parse(text), parse(traditional)


def test_a_traditional_number_is_a_number() -> None:
    number = docnumber.parse("滬松府辦〔2025〕31號")
    assert (number.organ_code, number.year, number.serial) == ("滬松府辦", 2025, 31)
    assert docnumber.format("閔七府[2020]21號") == "閔七府〔2020〕21號"
    assert docnumber.parse("國務院令第731號").serial == 731
    assert not docnumber.is_valid("滬松府辦〔2025〕31")


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("blind2/docs/c01.md", "沪松府办〔2025〕31号"),  # a document index's front matter: 文號:
        ("blind2/docs/c07.md", "闵七府〔2020〕21号"),
        ("blind3/docs/d04.txt", "津工信电力〔2021〕3号"),  # a page's label table: 發 文 字 號 ：
    ],
)
def test_the_number_in_a_traditional_head(name: str, number: str) -> None:
    simplified, traditional = _both(name)
    assert simplified.metadata.doc_number == number
    assert traditional.metadata.doc_number is not None
    assert _TO_SIMPLIFIED(traditional.metadata.doc_number) == number


def test_a_traditional_release_headline_is_a_news_report_with_its_tasks() -> None:
    """Dev 094: ``中共中央、國務院印發《教育強國建設規劃綱要（2024—2035年）》``, a news report whose
    nine tasks are the 纲要's."""
    simplified, traditional = _both("dev/094.txt")
    assert traditional.kind is simplified.kind
    assert len(simplified.tasks) == 9
    assert [_TO_SIMPLIFIED(t.title) for t in traditional.tasks] == [t.title for t in simplified.tasks]


def test_a_traditional_closing_party_section_is_no_task() -> None:
    """Blind set 14's d04: its last section, ``六、堅持黨建引領，健全行業法治保障水平``, is framing."""
    simplified, traditional = _both("blind14/docs/d04.md")
    assert len(simplified.tasks) == 5
    assert [_TO_SIMPLIFIED(t.title) for t in traditional.tasks] == [t.title for t in simplified.tasks]


def test_a_traditional_report_takes_its_year_from_its_review_heading() -> None:
    """Blind b25, a city's work report without a date: ``一、2023年工作回顧`` says it is 2024's, so
    ``今年`` is 2024 and the review's dated past is no target."""
    simplified, traditional = _both("blind/docs/b25.txt")
    assert len(simplified.targets) == 8
    assert [(t.deadline.year, _TO_SIMPLIFIED(t.text)) for t in traditional.targets] == [
        (t.deadline.year, t.text) for t in simplified.targets
    ]
    assert not [d for d in traditional.diagnostics if d.code == "I304"]  # 今年 resolved
