"""The dev fixtures' scores never fall below the figures of the last release.

``tests/fixtures/score_floor.json`` stores, per field of the evaluation summary, the figure the
last release reached on ``tests/fixtures/dev`` against ``tests/fixtures/gold``. After an
improvement (at a release), raise the floor and review the diff::

    POLICYPARSE_UPDATE_SCORE_FLOOR=1 .venv/bin/pytest tests/test_score_floor.py
    git diff tests/fixtures/score_floor.json
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from policyparse import __version__
from policyparse.evaluate import evaluate
from tests.helpers import FIXTURES, GOLD

FLOOR = FIXTURES / "score_floor.json"
UPDATE = os.environ.get("POLICYPARSE_UPDATE_SCORE_FLOOR", "") not in ("", "0")
TOLERANCE = 1e-9
#: Counts, not scores: not floored.
NOT_SCORES = {"documents", "parse_failures"}


def flatten(summary: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """``{"headings": {"f1": x}}`` → ``{"headings.f1": x}`` for every score in the summary."""
    out: dict[str, float] = {}
    for key, value in summary.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        elif name not in NOT_SCORES:
            out[name] = float(value)
    return out


@pytest.fixture(scope="module")
def current(dev_outputs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Summary and extended figures of the current parser on the fixtures."""
    result = evaluate(GOLD, predictor=lambda doc_id: dev_outputs[doc_id])
    return {"summary": result.summary(), "extended": result.extended()}


def test_update_flag_is_off_in_ci() -> None:
    in_ci = bool(os.environ.get("CI"))
    assert not (UPDATE and in_ci), "POLICYPARSE_UPDATE_SCORE_FLOOR is set in CI"


def test_scores_do_not_fall_below_last_release(current: dict[str, Any]) -> None:
    figures = flatten(current["summary"])
    figures["headings_with_level.f1"] = current["extended"]["headings_with_level"]["f1"]
    if UPDATE:
        stored = {"version": __version__, "documents": current["summary"]["documents"], "scores": figures}
        FLOOR.write_text(
            json.dumps(stored, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        return
    stored = json.loads(FLOOR.read_text(encoding="utf-8"))
    assert current["summary"]["documents"] == stored["documents"]
    assert current["summary"]["parse_failures"] == 0
    fallen = {
        name: (floor, figures.get(name))
        for name, floor in stored["scores"].items()
        if figures.get(name, float("-inf")) < floor - TOLERANCE
    }
    assert not fallen, "scores below the last release's floor (field: floor, now): " + ", ".join(
        f"{name}: {floor:.4f} → {now if now is None else round(now, 4)}"
        for name, (floor, now) in fallen.items()
    )
