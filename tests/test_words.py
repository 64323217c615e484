"""The word table of the task stage's action fallback: built from jieba's dictionary, and used."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

import pytest

from policyparse.stages.tasks.words import segment, table

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_words.py"


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_words", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_table_is_what_the_script_builds_from_this_jieba() -> None:
    """dateparser-style: rebuild the table in memory and compare with the committed copy."""
    builder = _builder()
    committed = resources.files("policyparse.lexicon").joinpath("words.tsv.gz").read_bytes()
    rebuilt = builder.compressed(builder.build(builder.jieba_dictionary()))
    assert rebuilt == committed, "lexicon/words.tsv.gz is stale: run python scripts/build_words.py"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "加快推进审批制度改革",
            [("加快", "v"), ("推进", "v"), ("审批", "v"), ("制度", "x"), ("改革", "v")],
        ),
        ("组织指挥体系", [("组织", "v"), ("指挥", "v"), ("体系", "x")]),
        ("做强现代产业", [("做强", "v"), ("现代", "x"), ("产业", "x")]),
        ("多措并举扩大内需", [("多措并举", "d"), ("扩大", "v"), ("内需", "x")]),
        ("以开放促改革", [("以", "p"), ("开放", "v"), ("促", "v"), ("改革", "v")]),
    ],
)
def test_titles_are_segmented_by_the_longest_known_word(text: str, words: list[tuple[str, str]]) -> None:
    assert segment(text) == words


def test_the_shipped_dictionaries_and_the_task_lexicon_override_the_table() -> None:
    words = table()
    assert words["省发展改革委"] == "x"  # an organ name from lexicon/agencies.txt
    assert words["统筹"] == "v"  # an action head, also an action modifier
    assert words["多措并举"] == "d"  # a modifier the table does not know
