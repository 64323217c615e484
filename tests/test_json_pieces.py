"""``Notice.json_pieces``: the CLI writes one document's JSON a field, a list element or a stretch
of the text at a time; joined, the pieces are ``Notice.to_json`` byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse, parse_file

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENTS = sorted((FIXTURES / "dev").glob("0[0-4]*.*"))[:12] + sorted(
    (FIXTURES / "blind12" / "docs").iterdir()
)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: f"{path.parent.parent.name}/{path.name}")
@pytest.mark.parametrize(("indent", "exclude"), [(2, None), (2, {"text"}), (4, None)])
def test_the_pieces_joined_are_the_json(path: Path, indent: int, exclude: set[str] | None) -> None:
    notice = parse_file(path)
    pieces = list(notice.json_pieces(indent=indent, exclude=exclude))
    assert b"".join(pieces) == notice.to_json(indent=indent, exclude=exclude).encode("utf-8")


def test_a_long_text_is_written_in_stretches_and_its_lists_element_by_element() -> None:
    text = "一、总体要求\n" + "到2025年，完成建设。\n" * 20_000 + '二、重点任务\n加强领导。\u0001"\\'
    notice = parse(text, max_chars=None)
    pieces = list(notice.json_pieces(indent=2))
    assert b"".join(pieces) == notice.to_json(indent=2).encode("utf-8")
    assert max(map(len, pieces)) < len(notice.to_json(indent=2).encode("utf-8")) // 10
    assert len(notice.targets) == 20_000


def test_an_empty_notice() -> None:
    notice = parse("")
    assert b"".join(notice.json_pieces(indent=2)) == notice.to_json(indent=2).encode("utf-8")
