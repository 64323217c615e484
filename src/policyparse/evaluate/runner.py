"""Running an evaluation: gold files × predictions (files, or parses done in-process)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policyparse.evaluate.predictions import PredictionSource, from_documents, from_path
from policyparse.evaluate.reading import (
    EMPTY_PREDICTION,
    Annotation,
    find_document,
    load_gold_dir,
    read_prediction,
)
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
    """Read the prediction of each document id from a folder (``<id>.json`` or ``<id>.txt.json``)
    or a JSON Lines file, as :func:`~policyparse.evaluate.predictions.from_path` finds them."""
    return from_path(Path(pred_dir)).load


def predictions_from_docs(docs_dir: Path, parse: Callable[[Path], Any] = parse_with_policyparse) -> Predictor:
    """Parse ``docs_dir/<id>.*`` (``.txt``, ``.html`` …) for each document id."""

    def run(doc_id: str) -> Any:
        return parse(find_document(Path(docs_dir), doc_id))

    return run


@dataclass
class Evaluation:
    """The scores of every document, and the summaries drawn from them."""

    documents: list[DocumentScore]
    #: Gold document ids without a prediction (scored as parse failures, or left out when partial).
    missing: list[str] = field(default_factory=list)
    #: Prediction ids that match no gold document (not scored).
    unmatched: list[str] = field(default_factory=list)

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
            "missing": list(self.missing),
            "unmatched": list(self.unmatched),
        }
        if misses:
            out["misses"] = [{"doc": m.doc_id, "kind": m.kind, "detail": m.detail} for m in self.misses()]
        return out


def _source(
    pred_dir: Path | None, docs_dir: Path | None, predictor: Predictor | None
) -> PredictionSource | Predictor:
    sources = [s for s in (pred_dir, docs_dir, predictor) if s is not None]
    if len(sources) != 1:
        raise ValueError("give exactly one of pred_dir, docs_dir or predictor")
    if pred_dir is not None:
        return from_path(Path(pred_dir))
    if docs_dir is not None:
        return from_documents(Path(docs_dir), parse_with_policyparse)
    assert predictor is not None
    return predictor


def _score(doc_id: str, gold: Annotation, load: Predictor) -> DocumentScore:
    """Score one document; a prediction that cannot be loaded or read is a parse failure."""
    failure: Miss | None = None
    try:
        prediction = read_prediction(load(doc_id))
    except Exception as error:  # a failed parse scores as an empty prediction
        failure = Miss(doc_id, "parse failed", f"{type(error).__name__}: {error}")
        prediction = EMPTY_PREDICTION
    score = score_document(doc_id, gold, prediction)
    if failure is not None:
        score.parse_failed = True
        score.misses.insert(0, failure)
    return score


def evaluate(
    gold_dir: Path,
    *,
    pred_dir: Path | None = None,
    docs_dir: Path | None = None,
    predictor: Predictor | None = None,
    only: Sequence[str] | None = None,
    partial: bool = False,
) -> Evaluation:
    """Score predictions against the gold files of ``gold_dir``.

    Give exactly one source of predictions: ``pred_dir`` (a folder of ``<id>.json`` or
    ``<id>.<suffix>.json`` files, as ``policyparse parse --out-dir`` writes them, or the JSON
    Lines file of ``parse -o``), ``docs_dir`` (the documents, parsed in this process with
    :func:`policyparse.parse_file`) or ``predictor`` (any callable from id to JSON data).

    A gold document without a prediction is listed in :attr:`Evaluation.missing` and scored
    as a parse failure (an empty prediction, as ``score.py`` does), or left out when
    ``partial``; predictions without a gold document are listed in
    :attr:`Evaluation.unmatched`. A prediction that cannot be produced or read counts as a
    parse failure.

    Raises:
        ValueError: no source, several sources, no gold file in ``gold_dir``, or two
            predictions for one document
            (:class:`~policyparse.evaluate.predictions.AmbiguousPrediction`).
    """
    source = _source(pred_dir, docs_dir, predictor)
    gold_documents = load_gold_dir(Path(gold_dir), only)
    if not gold_documents:
        raise ValueError(f"no gold documents (*.json) to score in {gold_dir}")
    gold_ids = {gold_doc.doc_id for gold_doc in gold_documents}
    available = source.ids if isinstance(source, PredictionSource) else gold_ids
    load = source.load if isinstance(source, PredictionSource) else source
    missing = [gold_doc.doc_id for gold_doc in gold_documents if gold_doc.doc_id not in available]
    scores = [
        _score(gold_doc.doc_id, gold_doc.gold, load)
        for gold_doc in gold_documents
        if not (partial and gold_doc.doc_id in missing)
    ]
    unmatched = sorted(available - gold_ids) if not only else []
    return Evaluation(scores, missing=missing, unmatched=unmatched)
