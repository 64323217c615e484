"""Shortcuts of the tasks, metadata and assignments stages agree with what they stand in for
(issue 17): the same answer on every dev fixture and on generated text. No timing is asserted.
"""

from __future__ import annotations

import functools
import random
from pathlib import Path

import pytest

from policyparse.document import Document
from policyparse.grammar.dates import DATE
from policyparse.grammar.notes import CLAUSE_CUE, CLAUSE_CUE_FIRST, LABEL, LABEL_COLON, column_role
from policyparse.grammar.sections import COUNT_PHRASE
from policyparse.grammar.windows import count_phrases, full_dates
from policyparse.segment import Segment
from policyparse.stages.assignments.notes import holding
from policyparse.stages.assignments.tables import _header_run

_DEV = Path(__file__).parent / "fixtures" / "dev"


@functools.cache
def _documents() -> list[Document]:
    return [Document.from_text(path.read_text(encoding="utf-8")) for path in sorted(_DEV.glob("*.txt"))]


def _generated(pieces: list[str], count: int = 3000, longest: int = 40) -> list[str]:
    """Texts made of ``pieces`` in random order (the parts of the matches and what breaks them)."""
    rng = random.Random(17)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


_COUNT_PIECES = [
    *"一二两五十1234项个大条的，。\n",
    "十五",
    "12",
    "３",
    "٣",
    "方面",
    "领域",
    "重点",
    "任务",
    "工作",
    "举措",
    "专项行动",
    "政策",
]
_DATE_PIECES = [
    *"0123456789一二三十年月日 \t，\n",
    "2019",
    "二〇一九",
    "二00六",
    "十二",
    "三十一",
    "  ",
    "２",
    "٣",
]


def test_count_phrases_are_the_whole_text_scan() -> None:
    texts = [doc.norm for doc in _documents()] + _generated(_COUNT_PIECES)
    assert sum(1 for text in texts for _ in COUNT_PHRASE.finditer(text)) > 100
    for text in texts:
        assert _spans(count_phrases(text)) == _spans(COUNT_PHRASE.finditer(text)), text


def test_full_dates_are_the_whole_text_scan() -> None:
    texts = [doc.norm for doc in _documents()] + _generated(_DATE_PIECES)
    assert sum(1 for text in texts for _ in DATE.finditer(text)) > 40
    for text in texts:
        for start in (0, 1, len(text) // 2):
            assert _spans(full_dates(text, start)) == _spans(DATE.finditer(text, start)), text


@pytest.mark.parametrize(
    ("searched", "anchor", "room"), [(LABEL, LABEL_COLON, 1), (CLAUSE_CUE, CLAUSE_CUE_FIRST, 2)]
)
def test_segments_skipped_by_holding_have_no_match(searched: object, anchor: object, room: int) -> None:
    """Every line (sentence) with a label (role verb) is among those :func:`holding` keeps."""
    for doc in _documents():
        norm = doc.norm
        positions = [m.start() for m in anchor.finditer(norm)]  # type: ignore[attr-defined]
        for segments in (doc.lines, doc.all_sentences):
            kept = {(s.start, s.end) for s in holding(segments, positions, room=room)}
            for seg in segments:
                if searched.search(norm, seg.start, seg.end) is not None:  # type: ignore[attr-defined]
                    assert (seg.start, seg.end) in kept


def _header_run_as_before(norm: str, paragraphs: list[Segment], index: int) -> tuple[list[str], int] | None:
    """The header test before its shortcut: every cell read, then 序号 looked for."""
    cells: list[str] = []
    cursor = index
    while cursor < len(paragraphs) and len(cells) < 12:
        para = paragraphs[cursor]
        text = norm[para.start : para.end].strip()
        if len(text) > 14 or text.endswith(("。", "；", "，")):
            break
        cells.append(text)
        cursor += 1
    roles = [column_role(cell) for cell in cells]
    while roles and roles[-1] is None:
        roles.pop()
    role_columns = [role for role in roles if role is not None]
    if "序号" not in cells[:2] or not role_columns:
        return None
    return role_columns, len(roles)


def test_header_run_is_as_before() -> None:
    cells = ["序号", "重点任务", "牵头单位", "配合单位", "责任单位", "完成时限", "加强管理。", "", "省财政厅"]
    rng = random.Random(17)
    texts = [doc.norm for doc in _documents()]
    texts += ["\n".join(rng.choice(cells) for _ in range(rng.randint(1, 16))) for _ in range(2000)]
    for text in texts:
        doc = Document.from_text(text)
        paragraphs = doc.paragraphs
        for index in range(len(paragraphs) + 1):
            expected = _header_run_as_before(doc.norm, paragraphs, index)
            assert _header_run(doc.norm, paragraphs, index) == expected
