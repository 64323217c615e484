"""A page whose line breaks became spaces (a crawler that joined its lines) reads as the page.

The run-on reader cuts such a line at its lost paragraph breaks (:func:`policyparse.segment.joints`).
The head reader went on reading a "line" to the end of the text, so the elements under the title
swallowed the whole body (a work report lost all 44 headings and 12 tasks), and the breaks around
a 文号 that stood between spaces were missed or fell inside its organ code (``粤基金函|字〔2024〕58号``).
Found by the input-form evaluation (``docs/evaluation.md``, "Input forms")."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from policyparse import parse
from policyparse.evaluate.forms import run_together
from policyparse.models import Notice

FIXTURES = Path(__file__).parent / "fixtures"


def _head(notice: Notice) -> tuple[str | None, str | None, str, tuple[str, ...]]:
    meta = notice.metadata
    return meta.title, meta.doc_number, str(meta.date), tuple(meta.issuers)


def _body(notice: Notice) -> tuple[list[tuple[int, str]], list[str], list[tuple[int | None, list[str]]]]:
    return (
        [(h.level, h.title) for h in notice.headings],
        [t.title for t in notice.tasks],
        [(a.task, [x.name for x in a.lead]) for a in notice.assignments],
    )


@pytest.mark.parametrize("joint", [" ", "\u3000"])
@pytest.mark.parametrize(
    ("name", "headings", "tasks"),
    [
        ("dev/071.txt", 44, 12),  # a province's work report as a saved page, with its chrome
        ("blind7/docs/d04.md", 23, 5),  # a city commission's notice transmitting a 行动方案
    ],
)
def test_the_body_of_a_page_run_together_with_spaces(
    name: str, headings: int, tasks: int, joint: str
) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    original = parse(text)
    assert (len(original.headings), len(original.tasks)) == (headings, tasks)
    assert _body(parse(run_together(text, joint))) == _body(original)


def test_a_task_division_run_together_keeps_its_tasks_and_owners() -> None:
    text = (FIXTURES / "blind7" / "docs" / "d02.md").read_text(encoding="utf-8")
    original, spaced = parse(text), parse(run_together(text, " "))
    assert len(original.tasks) == 7
    assert len(original.assignments) == 20
    assert _body(spaced)[1:] == _body(original)[1:]


@pytest.mark.parametrize("traditional", [False, True])
def test_a_head_run_together_with_spaces(traditional: bool) -> None:
    """``…项目的通知 粤基金函字〔2024〕58号 各有关单位： 为贯彻…``: title, 文号, addressees."""
    text = (FIXTURES / "blind3" / "docs" / "d10.txt").read_text(encoding="utf-8")
    if traditional:
        text = opencc.OpenCC("s2t").convert(text)
    original = parse(text)
    assert original.metadata.doc_number in ("粤基金函字〔2024〕58号", "粵基金函字〔2024〕58號")
    assert _head(parse(run_together(text, " "))) == _head(original)


@pytest.mark.parametrize(
    ("name", "dateline"),
    [
        ("dev/089.txt", "新华社北京7月21日电（记者 申铖）"),  # a space inside the credit
        ("dev/097.txt", "本报昆明3月24日电  （记者李茂颖、叶传增）"),  # spaces before it
    ],
)
def test_a_dispatch_keeps_its_reporters_credit(name: str, dateline: str) -> None:
    """A report's opening paragraph is one long line, so it is cut at its spaces as a run-on line
    would be; the spaces before and inside a reporter's credit are no paragraph breaks."""
    notice = parse((FIXTURES / name).read_text(encoding="utf-8"))
    values = [e.value for e in notice.metadata.elements if e.field.value == "dateline"]
    assert dateline in values


@pytest.mark.parametrize(
    "name",
    [
        "dev/071.txt",  # 陕西省2026年政府工作报告 2026年1月27日在…会议上 陕西省省长 赵刚
        "blind4/docs/d06.txt",  # 政府工作报告 ——2024年3月5日在…会议上 国务院总理 李强
        "dev/000.txt",  # a Traditional report: …建設 2019年02月19日來源:河北日報
    ],
)
def test_the_lines_under_a_title_run_together_with_spaces(name: str) -> None:
    """A date opening the line under a title (an occasion, a date line) after a space is that
    line's start; a speaker's office and name are one line (``陕西省省长 赵刚``)."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    original = parse(text)
    assert original.metadata.title and original.metadata.date is not None
    assert _head(parse(run_together(text, " "))) == _head(original)


def test_a_report_run_into_one_line_without_spaces() -> None:
    """The State Council's 2024 report with every line break lost: its speaker's name runs into
    the salutation (``…国务院总理 李强各位代表：现在，…``), where the head ends."""
    text = (FIXTURES / "blind4" / "docs" / "d06.txt").read_text(encoding="utf-8")
    original = parse(text)
    run_on = parse(run_together(text, ""))
    assert _head(run_on) == _head(original)
    assert original.metadata.date is not None
    assert [t.deadline.year for t in run_on.targets] == [t.deadline.year for t in original.targets]


@pytest.mark.parametrize(
    "name",
    [
        "dev/071.txt",  # a province's report as a saved page
        "dev/067.txt",
        "blind/docs/b08.txt",
        "blind/docs/b25.txt",  # a city's, without its head
        "blind8/docs/d05.txt",  # a crawler's record of a city's
        "blind4/docs/d06.txt",  # the State Council's, a plain text
    ],
)
def test_a_reports_salutation_opens_a_paragraph_when_every_break_is_lost(name: str) -> None:
    """``各位代表：`` opens a paragraph in every work report run into one line (the head before
    it is read fully only where no page chrome runs into it: the State Council's, above)."""
    from policyparse.document import Document

    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert "各位代表" in text
    doc = Document.from_text(run_together(text, ""))
    assert any(doc.norm.startswith("各位代表", p.start) for p in doc.paragraphs)
