"""Scoring parser output against gold annotations.

Users who annotate their own documents can measure policyparse (or any parser whose JSON has
the shape read by :func:`~policyparse.evaluate.reading.read_prediction`) on them::

    from policyparse.evaluate import evaluate

    result = evaluate("gold/", docs_dir="docs/")
    result.summary()["headings"]["f1"]

The figures are those of the shared corpus's ``eval/score.py``, reproduced exactly; the gold
format and the matching rules are described in ``docs/evaluation.md``. The package is split
by concern: :mod:`~policyparse.evaluate.reading` (gold and predictions),
:mod:`~policyparse.evaluate.fold` (text folding, similarity),
:mod:`~policyparse.evaluate.matching` (greedy matching, P/R/F1),
:mod:`~policyparse.evaluate.scoring` (one document),
:mod:`~policyparse.evaluate.owners` (task owners as (task, agency) pairs),
:mod:`~policyparse.evaluate.summary` (pooling) and :mod:`~policyparse.evaluate.report` (text).
"""

from __future__ import annotations

from policyparse.evaluate.fold import fold, fold_doc_number, overlap, similarity
from policyparse.evaluate.matching import PRF, greedy_match, prf
from policyparse.evaluate.reading import Annotation, PredictionError, read_gold, read_prediction
from policyparse.evaluate.report import render_text
from policyparse.evaluate.runner import Evaluation, evaluate, parse_with_policyparse
from policyparse.evaluate.scoring import DocumentScore, Miss, Tally, score_document
from policyparse.evaluate.summary import extended_summary, summarise

__all__ = [
    "PRF",
    "Annotation",
    "DocumentScore",
    "Evaluation",
    "Miss",
    "PredictionError",
    "Tally",
    "evaluate",
    "extended_summary",
    "fold",
    "fold_doc_number",
    "greedy_match",
    "overlap",
    "parse_with_policyparse",
    "prf",
    "read_gold",
    "read_prediction",
    "render_text",
    "score_document",
    "similarity",
    "summarise",
]
