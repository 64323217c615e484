"""Hostile inputs give a whole result: no stage crashes, every element points into the text.

Each input is parsed at 50 k characters. How long they take is not asserted here (the unit
suite must pass on a busy machine): ``benchmarks/adversarial.py`` times the same inputs at
1 M characters against a normal document and reports the slope of time against size.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from policyparse import parse
from policyparse.io import load
from tests.helpers import DEV_FILES

SIZE = 50_000


def repeat_to(text: str, size: int) -> str:
    """``text`` repeated and cut to ``size`` characters."""
    return (text * (size // len(text) + 1))[:size]


def normal_text() -> str:
    """The dev fixtures, one after another."""
    return "\n".join(load(path).text for path in DEV_FILES)


INPUTS: dict[str, Callable[[int], str]] = {
    "no_newline": lambda n: repeat_to(normal_text().replace("\r", "").replace("\n", ""), n),
    "yi_dun": lambda n: repeat_to("一、", n),
    "open_paren": lambda n: "（" * n,
    "digits": lambda n: "".join(random.Random(n).choices("0123456789", k=n)),
    "heading_lines": lambda n: repeat_to("一、总体要求\n（一）指导思想\n1.加快建设\n", n),
    "deadlines": lambda n: repeat_to("到2025年，完成建设；", n),
    "markers_no_break": lambda n: repeat_to("（一）第一章第一条1.（1）①一是", n),
    "assignment_notes": lambda n: repeat_to("（省发展改革委牵头，省财政厅、省教育厅配合）", n),
}


@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_hostile_input_gives_a_whole_result(kind: str) -> None:
    text = INPUTS[kind](SIZE)
    notice = parse(text, max_chars=None)
    assert not [d for d in notice.diagnostics if d.code == "E901"], kind
    for element in [*notice.headings, *notice.targets, *notice.tasks]:
        assert 0 <= element.start < element.end <= len(text)
        assert notice.text[element.start : element.end] == text[element.start : element.end]


def test_contents_leader_run_is_not_a_contents_line() -> None:
    # 20,000 × … (a contents leader without its page number) once took minutes (a quadratic
    # pattern); benchmarks/adversarial.py times it at 1 M characters.
    notice = parse("一、总体要求\n" + "…" * 20_000 + "\n")
    assert [heading.title for heading in notice.headings] == ["总体要求"]
