"""Running an evaluation: gold files × predictions (files, or parses done in-process)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policyparse.evaluate.reading import EMPTY_PREDICTION, find_document, load_gold_dir, read_prediction
from policyparse.evaluate.scoring import DocumentScore, Miss, score_document
from policyparse.evaluate.summary import document_row, extended_summary, summarise

#: Produces the JSON-like prediction of one document id (raises when it cannot).
Predictor = Callable[[str], Any]


def parse_with_policyparse(path: Path) -> dict[str, Any]:
    """policyparse's JSON output for a document file, parsed in this process."""
    from policyparse import parse_file

    result: dict[str, Any] = parse_file(path).model_dump(mode="json")
    return result


def predictions_from_dir(pred_dir: Path) -> Predictor:
    """Read ``pred_dir/<id>.json`` for each document id."""

    def read(doc_id: str) -> Any:
        return json.loads((Path(pred_dir) / f"{doc_id}.json").read_text(encoding="utf-8"))

    return read


def predictions_from_docs(docs_dir: Path, parse: Callable[[Path], Any] = parse_with_policyparse) -> Predictor:
    """Parse ``docs_dir/<id>.*`` (``.txt``, ``.html`` …) for each document id."""

    def run(doc_id: str) -> Any:
        return parse(find_document(Path(docs_dir), doc_id))

    return run


@dataclass
class Evaluation:
    """The scores of every document, and the summaries drawn from them."""

    documents: list[DocumentScore]

    def summary(self) -> dict[str, Any]:
        """The summary exactly as ``eval/score.py --json`` writes it."""
        return summarise(self.documents)

    def extended(self) -> dict[str, Any]:
        """Figures beyond ``score.py``'s summary (see :func:`extended_summary`)."""
        return extended_summary(self.documents)

    def rows(self) -> list[dict[str, Any]]:
        """The per-document table."""
        return [document_row(d) for d in self.documents]

    def misses(self) -> list[Miss]:
        """Every miss of every document, in document order."""
        return [m for d in self.documents for m in d.misses]

    def to_dict(self, *, misses: bool = False) -> dict[str, Any]:
        """Everything as JSON-ready data: ``summary``, ``extended``, ``documents`` (and ``misses``)."""
        out: dict[str, Any] = {
            "summary": self.summary(),
            "extended": self.extended(),
            "documents": self.rows(),
        }
        if misses:
            out["misses"] = [{"doc": m.doc_id, "kind": m.kind, "detail": m.detail} for m in self.misses()]
        return out


def evaluate(
    gold_dir: Path,
    *,
    pred_dir: Path | None = None,
    docs_dir: Path | None = None,
    predictor: Predictor | None = None,
    only: Sequence[str] | None = None,
) -> Evaluation:
    """Score predictions against the gold files of ``gold_dir``.

    Give exactly one source of predictions: ``pred_dir`` (``<id>.json`` files, e.g. written by
    ``policyparse parse``), ``docs_dir`` (the documents, parsed in this process with
    :func:`policyparse.parse_file`) or ``predictor`` (any callable from id to JSON data).
    A prediction that cannot be produced or read counts as a parse failure and is scored as
    an empty prediction.

    Raises:
        ValueError: no source, several sources, or no gold file in ``gold_dir``.
    """
    sources = [s for s in (pred_dir, docs_dir, predictor) if s is not None]
    if len(sources) != 1:
        raise ValueError("give exactly one of pred_dir, docs_dir or predictor")
    if pred_dir is not None:
        predictor = predictions_from_dir(pred_dir)
    elif docs_dir is not None:
        predictor = predictions_from_docs(docs_dir)
    assert predictor is not None
    gold_documents = load_gold_dir(Path(gold_dir), only)
    if not gold_documents:
        raise ValueError(f"no gold documents (*.json) to score in {gold_dir}")
    scores = []
    for gold_doc in gold_documents:
        failure: Miss | None = None
        try:
            prediction = read_prediction(predictor(gold_doc.doc_id))
        except Exception as error:  # a failed parse scores as an empty prediction
            failure = Miss(gold_doc.doc_id, "parse failed", f"{type(error).__name__}: {error}")
            prediction = EMPTY_PREDICTION
        score = score_document(gold_doc.doc_id, gold_doc.gold, prediction)
        if failure is not None:
            score.parse_failed = True
            score.misses.insert(0, failure)
        scores.append(score)
    return Evaluation(scores)
