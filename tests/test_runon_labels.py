"""Labelled lines of a text that lost its line breaks: ``…。牵头部门：省审改办、省司法厅 参与部门：
省级有关部门 完成时限：2019年6月底前 2.动态调整…`` holds three labelled lines, as the page printed
them. The labels were read one per printed line, so a page run into one line gave only its first
(found by the input-form evaluation, ``docs/evaluation.md`` "Input forms": blind set 9's d01 with
its line breaks turned into spaces kept 3 of its 114 assignments)."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from policyparse import parse
from policyparse.evaluate.forms import run_together
from policyparse.models import AssignmentKind, Notice

#: A provincial notice with five 专项行动方案, each measure followed by 牵头部门/参与部门/完成时限 lines.
NOTICE = Path(__file__).parent / "fixtures" / "blind9" / "docs" / "d01.txt"


def _owners(notice: Notice) -> list[tuple[int | None, list[str], list[str]]]:
    return [
        (a.task, [x.name for x in a.lead], [x.name for x in a.support])
        for a in notice.assignments
        if a.kind is AssignmentKind.LABEL
    ]


@pytest.mark.parametrize("joint", [" ", "\u3000", "  "])
def test_labelled_lines_run_into_one_line_keep_their_owners(joint: str) -> None:
    text = NOTICE.read_text(encoding="utf-8")
    original = _owners(parse(text))
    assert len(original) == 112
    assert sum(1 for task, _, _ in original if task is not None) >= 90
    assert _owners(parse(run_together(text, joint))) == original


def test_other_label_words_and_traditional_script() -> None:
    text = NOTICE.read_text(encoding="utf-8").replace("牵头部门", "牵头单位").replace("参与部门", "配合单位")
    to_traditional = opencc.OpenCC("s2t").convert
    original = _owners(parse(to_traditional(text)))
    assert len(original) == 112
    assert _owners(parse(to_traditional(run_together(text, " ")))) == original
