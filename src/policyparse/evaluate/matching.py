"""Greedy one-to-one matching of gold and predicted entries, and precision/recall/F1."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

G = TypeVar("G")
P = TypeVar("P")

#: Headings match when their folded titles have a difflib ratio of at least this.
HEADING_THRESHOLD = 0.85
#: Tasks match when their folded titles have a difflib ratio of at least this.
TASK_THRESHOLD = 0.8
#: Targets match when :func:`target_score` is at least this.
TARGET_THRESHOLD = 0.5
#: A predicted target must cover this share of the gold sentence ...
TARGET_GOLD_COVERAGE = 0.7
#: ... and the gold sentence this share of the prediction.
TARGET_PRED_COVERAGE = 0.5
#: Weight of the prediction's coverage in the target score (a longer prediction is penalised less).
TARGET_PRED_WEIGHT = 1.4


def greedy_match(
    gold: Sequence[G], pred: Sequence[P], score: Callable[[G, P], float], threshold: float
) -> list[tuple[int, int]]:
    """Pair gold and predicted entries one to one, best score first.

    Every pair scoring at least ``threshold`` is a candidate. Candidates are taken in
    descending order of (score, closeness of positions, gold index, predicted index); a
    candidate whose gold or predicted entry is already paired is skipped.

    Returns:
        ``(gold_index, pred_index)`` pairs in the order they were taken.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s >= threshold:
                candidates.append((s, -abs(gi - pi), gi, pi))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return pairs


class PRF(NamedTuple):
    """Precision, recall and F1."""

    precision: float
    recall: float
    f1: float


def prf(true_positives: int, n_pred: int, n_gold: int) -> PRF:
    """Precision, recall and F1 from counts.

    With nothing predicted precision is 1.0 if there was nothing to find, else 0.0; likewise
    recall with nothing to find. F1 is 0.0 when precision and recall are both 0.

    >>> prf(0, 0, 0)
    PRF(precision=1.0, recall=1.0, f1=1.0)
    >>> prf(1, 2, 4).f1
    0.3333333333333333
    """
    precision = true_positives / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    recall = true_positives / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)
