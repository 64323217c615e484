"""A short structure-aware fuzz run in the suite: every input path, a fixed seed, no timing."""

from __future__ import annotations

import random

import pytest

from tests.fuzzing import PATHS

#: Inputs per path in the suite (``benchmarks/fuzz.py`` runs 10^5 in all).
PER_PATH = 12


@pytest.mark.parametrize("path", sorted(PATHS))
def test_fuzz_path(path: str) -> None:
    rng = random.Random(f"policyparse-{path}")
    for _ in range(PER_PATH):
        PATHS[path](rng)
