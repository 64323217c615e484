"""A responsibility note printed on the line under its measure reads as the note at the end of
the measure's line: the same tasks, the same owners of each task, the same headings.

A task-division plan prints each measure with its note (``21.坚决纠正…等现象。（发展改革委、
司法部牵头，各地区负责）``); a PDF or Word extraction, or the author's layout, often puts the note
on a line of its own (a sentence that ends at the page's edge leaves the note to the next line).
Found by reading the annotated documents in other input forms (``docs/evaluation.md``, "Input
forms"): blind set 8's d02 lost seven of its 36 tasks and their owners that way.
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest

from policyparse import parse
from policyparse.grammar.notes import CUE
from policyparse.models import Notice

FIXTURES = Path(__file__).parent / "fixtures"
#: A State Council division plan (blind set 8, d02): 36 numbered measures, each with its note.
DIVISION_PLAN = FIXTURES / "blind8" / "docs" / "d02.txt"

#: A measure's line ending in a note: the sentence, then the bracketed note at the line's end.
_NOTE_AT_LINE_END = re.compile(r"(?m)^(?P<measure>[^\n]*?。)(?P<note>（[^（）\n]{2,200}）)[ \t]*$")


def _notes_on_their_own_lines(text: str) -> tuple[str, int]:
    """The text with each measure's role note moved to the next line, and how many moved."""
    moved = 0

    def move(match: re.Match[str]) -> str:
        nonlocal moved
        if CUE.search(match.group("note")) is None:
            return match.group(0)
        moved += 1
        return match.group("measure") + "\n" + match.group("note")

    return _NOTE_AT_LINE_END.sub(move, text), moved


def _reading(notice: Notice) -> tuple[list[str], list[tuple[int | None, list[str]]], list[tuple[int, str]]]:
    """The tasks' titles, each assignment's task with its owners, and the heading outline."""
    owners = [
        (a.task, [agency.name for agency in (*a.lead, *a.support, *a.responsible)])
        for a in notice.assignments
    ]
    return [t.title for t in notice.tasks], owners, [(h.level, h.title) for h in notice.headings]


def _bracketed(text: str, opening: str, closing: str) -> str:
    """The role notes of ``text`` in other brackets (``〔责任单位：…〕``)."""
    return _NOTE_AT_LINE_END.sub(
        lambda m: (
            m.group("measure") + opening + m.group("note")[1:-1] + closing
            if CUE.search(m.group("note"))
            else m.group(0)
        ),
        text,
    )


def test_the_division_plan_reads_the_same_with_its_notes_on_their_own_lines() -> None:
    text = DIVISION_PLAN.read_text(encoding="utf-8")
    moved_text, moved = _notes_on_their_own_lines(text)
    assert moved >= 60  # nearly every measure and sub-measure
    original = parse(text)
    assert len(original.tasks) == 36
    assert _reading(parse(moved_text)) == _reading(original)


def test_one_note_moved_keeps_its_task_and_owners() -> None:
    """Task 21 (a one-sentence measure: alone on its line it looks like a title) and task 7 (three
    sentences) with only their notes moved."""
    text = DIVISION_PLAN.read_text(encoding="utf-8")
    original = _reading(parse(text))
    for sentence in ("新官不理旧账等现象。", "加快投资项目承诺制改革。"):
        assert f"{sentence}（" in text
        moved = parse(text.replace(f"{sentence}（", f"{sentence}\n（", 1))
        assert _reading(moved) == original
    titles = original[0]
    assert "坚决纠正一些地方政府不守信用承诺、新官不理旧账等现象" in titles
    assert "推进投资项目审批改革" in titles


def test_in_traditional_script() -> None:
    to_traditional = opencc.OpenCC("s2t").convert
    simplified = DIVISION_PLAN.read_text(encoding="utf-8")
    moved_simplified, moved = _notes_on_their_own_lines(simplified)
    assert moved >= 60
    text, moved_text = to_traditional(simplified), to_traditional(moved_simplified)
    assert "責任" in text or "負責" in text
    original = parse(text)
    assert len(original.tasks) == 36
    assert _reading(parse(moved_text)) == _reading(original)


@pytest.mark.parametrize(("opening", "closing"), [("〔", "〕"), ("【", "】")])
def test_in_other_brackets(opening: str, closing: str) -> None:
    text = _bracketed(DIVISION_PLAN.read_text(encoding="utf-8"), opening, closing)
    moved_text = re.sub(rf"(?m)(。)({re.escape(opening)}[^\n]*{re.escape(closing)})[ \t]*$", r"\1\n\2", text)
    assert moved_text.count(f"\n{opening}") >= 60
    original = parse(text)
    assert len(original.tasks) == 36
    assert _reading(parse(moved_text)) == _reading(original)


@pytest.mark.parametrize(
    "name",
    [
        "blind4/docs/d12.txt",  # a city plan's 〔责任单位：…〕 notes, two printed under their measure
        "blind11/docs/d01.md",  # a city plan's （责任单位：…） notes, two printed under their measure
    ],
)
def test_notes_printed_under_their_measure_read_as_at_its_end(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    joined = re.sub(
        r"(。)[ \t]*\n[ \t]*([（〔][^（）〔〕\n]*(?:责任单位|牵头)[^（）〔〕\n]*[）〕])[ \t]*(?=\n)",
        r"\1\2",
        text,
    )
    assert text.count("\n") - joined.count("\n") == 2
    original = parse(text)
    assert len(original.tasks) == 8
    assert any(a.task is not None for a in original.assignments)
    assert _reading(parse(joined)) == _reading(original)
