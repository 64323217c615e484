"""Shortcuts of the targets stage agree with what they stand in for (issue 17).

Each one is checked against the computation it replaces, kept here as the reference: on every
fixture document and on generated text. No timing is asserted (speed lives in ``benchmarks/``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse import parse
from policyparse.document import Document
from policyparse.grammar.dates import CLAUSE_OR_LINE_BREAK, SENTENCE_END
from policyparse.grammar.goals import GOAL_STATEMENT
from policyparse.lexicon.periods import COPULAS
from policyparse.models import DocumentKind
from policyparse.stages import targets
from policyparse.stages.targets import _scans, sentences
from policyparse.stages.targets.deadlines import Scan, scan
from policyparse.stages.targets.deadlines.context import _SENTENCE_REACH, LOOKBACK, Context, verb_predicate
from policyparse.stages.targets.deadlines.found import VERBS

_FIXTURES = Path(__file__).parent / "fixtures"
_ANCHORS = ((None, None), (None, 2021), (dt.date(2024, 3, 1), 2024))

#: Characters of time expressions, sentence and clause marks, and book-title marks.
_CHARS = st.one_of(
    st.sampled_from(
        "年月日底末内前后来全半季度世纪中叶第五个十四三二一今本明下上旬号至到—-~之以用时间期主要目标为是"
    ),
    st.sampled_from("0123456789 ，。；：！？\n“”《》（）"),
)


def _fixture_texts() -> Iterator[str]:
    for path in sorted([*(_FIXTURES / "dev").glob("*.txt"), *(_FIXTURES / "report").rglob("*.txt")]):
        yield path.read_text(encoding="utf-8")


# ------------------------------------------------------------------ sentences without a trigger


def _scans_of_every_sentence(
    doc: Document, anchor: dt.date | None, year: int | None, *, every: bool
) -> list[tuple[int, int, Scan]]:
    """The reference: every sentence scanned (the scan returns empty without a trigger); with
    ``every``, those that hold 主要 (can state goals) kept too."""
    return [
        (start, end, result)
        for start, end in sentences(doc)
        if (result := scan(doc.norm, start, end, anchor=anchor, anchor_year=year)).found
        or result.problems
        or (every and "主要" in doc.norm[start:end])
    ]


def _same_scans(text: str) -> None:
    doc = Document.from_text(text)
    for anchor, year in _ANCHORS:
        for every in (False, True):
            assert _scans(doc, anchor, year, every=every) == _scans_of_every_sentence(
                doc, anchor, year, every=every
            )


def test_sentences_without_a_trigger_are_left_unscanned_on_the_fixtures() -> None:
    texts = list(_fixture_texts())
    assert len(texts) > 30
    for text in texts:
        _same_scans(text)


@settings(max_examples=200, deadline=None)
@given(st.text(_CHARS, max_size=80))
def test_sentences_without_a_trigger_are_left_unscanned_generated(text: str) -> None:
    _same_scans(text)


def _report_texts() -> list[str]:
    paths = sorted([*(_FIXTURES / "dev").glob("*.txt"), *(_FIXTURES / "blind").rglob("*.txt")])
    texts = [path.read_text(encoding="utf-8") for path in paths]
    return [text for text in texts if parse(text).kind is DocumentKind.REPORT]


def test_a_report_gives_the_same_targets_with_every_sentence_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A report's sentence without a time expression matters only as a goal statement, which
    holds 主要: keeping every such sentence (as before) gives the same targets."""
    texts = _report_texts()
    assert len(texts) >= 4
    kept = [parse(text).model_dump(mode="json")["targets"] for text in texts]
    monkeypatch.setattr(targets, "may_state_goals", lambda norm, start, end: True)
    assert [parse(text).model_dump(mode="json")["targets"] for text in texts] == kept
    assert any(target["deadline"]["text"].startswith("主要") for doc in kept for target in doc)


# ------------------------------------------------------------------ the context of a date


def _clause_before(ctx: Context, start: int) -> str:
    window = ctx.text[max(ctx.lo, start - LOOKBACK) : start]
    breaks = list(CLAUSE_OR_LINE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _clause_after(ctx: Context, end: int, reach: int) -> str:
    window = ctx.text[end : min(ctx.hi, end + reach)]
    brk = CLAUSE_OR_LINE_BREAK.search(window)
    return window[: brk.start()] if brk else window


def _sentence_before(ctx: Context, start: int) -> str:
    window = ctx.text[max(ctx.lo, start - _SENTENCE_REACH) : start]
    ends = list(SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _in_book_title(ctx: Context, start: int) -> bool:
    window = ctx.text[max(ctx.lo, start - 80) : start]
    return window.rfind("《") > window.rfind("》")


def _same_context(ctx: Context, position: int) -> None:
    assert ctx.clause_before(position) == _clause_before(ctx, position)
    assert ctx.sentence_before(position) == _sentence_before(ctx, position)
    assert ctx.in_book_title(position) == _in_book_title(ctx, position)
    for reach in (0, 1, 8, LOOKBACK, 60):
        assert ctx.clause_after(position, reach) == _clause_after(ctx, position, reach)


def test_the_context_reads_like_the_copied_windows_on_the_fixtures() -> None:
    for text in _fixture_texts():
        doc = Document.from_text(text)
        for start, end in sentences(doc):
            ctx = Context(doc.norm, start, end)
            for position in {start, (start + end) // 2, end - 1, end}:
                _same_context(ctx, position)


@settings(max_examples=500, deadline=None)
@given(st.text(_CHARS, max_size=120), st.data())
def test_the_context_reads_like_the_copied_windows_generated(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    ctx = Context(text, lo, hi)
    _same_context(ctx, data.draw(st.integers(max(0, lo - 3), len(text) + 2)))


# ------------------------------------------------------------------ goal statements


@pytest.mark.parametrize("text", ["经济社会发展的主要预期目标为：", "主要目标是", "主要任务是", "目标为"])
def test_a_goal_statement_holds_zhuyao(text: str) -> None:
    assert (GOAL_STATEMENT.search(text) is not None) <= ("主要" in text)


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=40), st.data())
def test_a_goal_statement_holds_zhuyao_generated(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if GOAL_STATEMENT.search(text, start, end) is not None:
        assert text.find("主要", start, end) >= 0


# ------------------------------------------------------------------ the predicate of a clause


def _predicate_reference(clause: str) -> bool:
    """The reference: each verb's first place in the clause, tested on its own."""

    def predicate(verb: str) -> bool:
        at = clause.find(verb)
        if at < 0 or at + len(verb) >= len(clause.rstrip()):
            return False
        return not any(copula in clause[:at] for copula in COPULAS)

    return any(predicate(verb) for verb in VERBS)


def _clauses_after_dates() -> Iterator[str]:
    """The 40 characters after every year of the fixtures, cut at the clause end, as the scan
    sees them; and each cut a character shorter, so that a verb also ends a clause."""
    for text in _fixture_texts():
        for end in (index + 1 for index, char in enumerate(text) if char == "年"):
            stop = min(len(text), end + 40)
            brk = CLAUSE_OR_LINE_BREAK.search(text, end, stop)
            clause = text[end : brk.start() if brk else stop]
            yield clause
            yield clause[:-1]


def test_the_predicate_of_a_clause_is_found_in_one_pass_on_the_fixtures() -> None:
    clauses = list(_clauses_after_dates())
    assert len(clauses) > 500
    assert sum(verb_predicate(clause) for clause in clauses) > 100  # both answers are common
    for clause in clauses:
        assert verb_predicate(clause) == _predicate_reference(clause), clause


#: Verbs, copulas (``是``, ``将是``, ``面临``) and characters of both, with spaces and others.
_PREDICATE_CHARS = st.one_of(
    st.sampled_from(VERBS),
    st.sampled_from(COPULAS),
    st.sampled_from("建成立完实现施推进是将面临具有报告的 　\n，和"),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PREDICATE_CHARS, max_size=12))
def test_the_predicate_of_a_clause_is_found_in_one_pass_generated(parts: list[str]) -> None:
    clause = "".join(parts)
    assert verb_predicate(clause) == _predicate_reference(clause)
