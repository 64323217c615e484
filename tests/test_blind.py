"""The blind set's scores never fall below its floor.

``tests/fixtures/blind/`` holds 30 real documents annotated by readers who never saw the parser
(its ``README.md`` says how the set was made). The current parser is scored on them with
:func:`policyparse.evaluate.evaluate`, and every figure of the summary (plus the extended
figures: headings with their level, per-layer macro F1) must reach
``tests/fixtures/blind/score_floor.json``; the number of parse failures must not grow. After an
improvement, raise the floor and review the diff (the flag is the dev floor's, and fails in CI)::

    POLICYPARSE_UPDATE_SCORE_FLOOR=1 .venv/bin/pytest tests/test_blind.py
    git diff tests/fixtures/blind/score_floor.json
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from policyparse import __version__, parse_file
from policyparse.evaluate import Evaluation, evaluate
from tests.helpers import FIXTURES
from tests.test_score_floor import TOLERANCE, UPDATE, flatten

BLIND = FIXTURES / "blind"
BLIND_DOCS = BLIND / "docs"
BLIND_GOLD = BLIND / "gold"
FLOOR = BLIND / "score_floor.json"
#: Extended figures that are counts, not scores: not floored.
NOT_SCORES = {"counts"}


@pytest.fixture(scope="session")
def blind_outputs() -> dict[str, dict[str, Any] | Exception]:
    """The current parser's JSON output for every blind document, keyed by id (parsed once).

    A document the parser refuses keeps its exception, so that it is scored as a parse failure.
    """
    outputs: dict[str, dict[str, Any] | Exception] = {}
    for path in sorted(BLIND_DOCS.iterdir()):
        try:
            outputs[path.stem] = parse_file(path).model_dump(mode="json")
        except Exception as error:  # an unreadable file: scored as a parse failure, as score.py does
            outputs[path.stem] = error
    return outputs


@pytest.fixture(scope="session")
def blind_evaluation(blind_outputs: dict[str, dict[str, Any] | Exception]) -> Evaluation:
    """The current parser scored on the blind set."""

    def predict(doc_id: str) -> dict[str, Any]:
        output = blind_outputs[doc_id]
        if isinstance(output, Exception):
            raise output
        return output

    return evaluate(BLIND_GOLD, predictor=predict)


def figures(evaluation: Evaluation) -> dict[str, float]:
    """Every score of the summary, and the extended ones under ``extended.``."""
    extended = {key: value for key, value in evaluation.extended().items() if key not in NOT_SCORES}
    return {**flatten(evaluation.summary()), **flatten(extended, "extended.")}


def test_update_flag_is_off_in_ci() -> None:
    in_ci = bool(os.environ.get("CI"))
    assert not (UPDATE and in_ci), "POLICYPARSE_UPDATE_SCORE_FLOOR is set in CI"


def test_every_gold_file_has_its_document() -> None:
    gold_ids = sorted(path.stem for path in BLIND_GOLD.glob("*.json"))
    assert gold_ids == sorted(path.stem for path in BLIND_DOCS.iterdir())
    assert len(gold_ids) == 30


def test_blind_scores_do_not_fall_below_floor(blind_evaluation: Evaluation) -> None:
    summary = blind_evaluation.summary()
    now = figures(blind_evaluation)
    if UPDATE:
        stored = {
            "version": __version__,
            "documents": summary["documents"],
            "parse_failures": summary["parse_failures"],
            "scores": now,
        }
        FLOOR.write_text(
            json.dumps(stored, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        return
    stored = json.loads(FLOOR.read_text(encoding="utf-8"))
    assert summary["documents"] == stored["documents"]
    assert summary["parse_failures"] <= stored["parse_failures"], [
        f"{m.doc_id}: {m.detail}" for m in blind_evaluation.misses() if m.kind == "parse failed"
    ]
    fallen = {
        name: (floor, now.get(name))
        for name, floor in stored["scores"].items()
        if now.get(name, float("-inf")) < floor - TOLERANCE
    }
    assert not fallen, "blind-set scores below the floor (field: floor → now): " + ", ".join(
        f"{name}: {floor:.4f} → {value if value is None else round(value, 4)}"
        for name, (floor, value) in fallen.items()
    )
