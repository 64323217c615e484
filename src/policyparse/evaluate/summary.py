"""Pooling document scores into the summary: micro P/R/F1, macro F1, accuracies, overall.

:func:`summarise` returns exactly the dictionary ``eval/score.py --json`` writes (same keys,
same floating-point operations in the same order, so the same numbers to the last bit).
:func:`extended_summary` adds figures that script does not print: headings matched with their
level as P/R/F1, the counts behind each figure and per-layer macro F1 for the second and third
layers (indicators, agencies, task owners).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import reduce
from typing import Any

from policyparse.evaluate.scoring import DocumentScore, Tally

#: (key in the summary, the tally of a document) for the three first-layer lists.
LAYERS: tuple[tuple[str, Callable[[DocumentScore], Tally]], ...] = (
    ("headings", lambda d: d.headings),
    ("targets", lambda d: d.targets),
    ("tasks", lambda d: d.tasks),
)


def _indicators(doc: DocumentScore) -> Tally | None:
    return doc.indicators


def _agencies(doc: DocumentScore) -> Tally | None:
    return doc.agencies


def _owners(doc: DocumentScore) -> Tally | None:
    return doc.owners


#: (key in the summary, the tally of a document) for the layers scored only where the gold has
#: them, in the order score.py adds them to its summary.
OPTIONAL_LAYERS: tuple[tuple[str, Callable[[DocumentScore], Tally | None]], ...] = (
    ("indicators", _indicators),
    ("agencies", _agencies),
    ("owners", _owners),
)


def _pool(tallies: Sequence[Tally]) -> Tally:
    return reduce(Tally.__add__, tallies, Tally())


def _scores(tally: Tally) -> dict[str, float]:
    precision, recall, f1 = tally.scores
    return {"precision": precision, "recall": recall, "f1": f1}


def _macro_f1(docs: Sequence[DocumentScore], layer: Callable[[DocumentScore], Tally | None]) -> float:
    """Mean F1 over the documents that have an entry on either side (1.0 if none has)."""
    values = [t.scores.f1 for d in docs if (t := layer(d)) is not None and not t.empty]
    return sum(values) / len(values) if values else 1.0


def _present(docs: Sequence[DocumentScore], layer: Callable[[DocumentScore], Tally | None]) -> list[Tally]:
    """The tallies of an optional layer, for the documents whose gold has it."""
    return [t for d in docs if (t := layer(d)) is not None]


def _metadata_accuracy(docs: Sequence[DocumentScore]) -> dict[str, float]:
    """The share of documents with each metadata field right, by field name."""
    totals: dict[str, int] = {}
    for d in docs:
        for name, ok in d.metadata.items():
            totals[name] = totals.get(name, 0) + int(ok)
    return {name: totals[name] / len(docs) for name in sorted(totals)}


def summarise(docs: Sequence[DocumentScore]) -> dict[str, Any]:
    """The summary of ``score.py`` for these document scores (there must be at least one)."""
    if not docs:
        raise ValueError("no documents were scored")
    n = len(docs)
    headings = _pool([d.headings for d in docs])
    level_ok = sum(d.heading_levels_ok for d in docs)
    summary: dict[str, Any] = {
        "documents": n,
        "parse_failures": sum(d.parse_failed for d in docs),
        "headings": {**_scores(headings), "level_accuracy": level_ok / headings.tp if headings.tp else 0.0},
        "targets": _scores(_pool([d.targets for d in docs])),
        "tasks": {
            **_scores(_pool([d.tasks for d in docs])),
            "stated_count_accuracy": sum(d.stated_count_ok for d in docs) / n,
        },
        "metadata": _metadata_accuracy(docs),
    }
    for key, layer in OPTIONAL_LAYERS:
        present = _present(docs, layer)
        if present:
            summary[key] = _scores(_pool(present))
    for key, tally_of in LAYERS:
        summary[key]["macro_f1"] = _macro_f1(docs, tally_of)
    metadata_mean = sum(summary["metadata"].values()) / 5
    summary["overall"] = (
        summary["headings"]["f1"] + summary["targets"]["f1"] + summary["tasks"]["f1"] + metadata_mean
    ) / 4
    return summary


def extended_summary(docs: Sequence[DocumentScore]) -> dict[str, Any]:
    """Figures beyond ``score.py``'s summary: headings with level, counts, second-layer macro F1."""
    headings_with_level = _pool([d.headings_with_level for d in docs])
    out: dict[str, Any] = {
        "headings_with_level": {**_scores(headings_with_level), "macro_f1": _macro_f1(docs, _with_level)},
        "counts": {
            key: {"matched": t.tp, "predicted": t.pred, "gold": t.gold}
            for key, t in (
                ("headings", _pool([d.headings for d in docs])),
                ("headings_with_level", headings_with_level),
                ("targets", _pool([d.targets for d in docs])),
                ("tasks", _pool([d.tasks for d in docs])),
            )
        },
    }
    for key, layer in OPTIONAL_LAYERS:
        present = _present(docs, layer)
        if present:
            pooled = _pool(present)
            out["counts"][key] = {"matched": pooled.tp, "predicted": pooled.pred, "gold": pooled.gold}
            out[f"{key}_macro_f1"] = _macro_f1(docs, layer)
    return out


def _with_level(doc: DocumentScore) -> Tally:
    return doc.headings_with_level


def document_row(doc: DocumentScore) -> dict[str, Any]:
    """One row of the per-document table."""
    row: dict[str, Any] = {
        "id": doc.doc_id,
        "parse_failed": doc.parse_failed,
        "headings_f1": doc.headings.scores.f1,
        "headings_with_level_f1": doc.headings_with_level.scores.f1,
        "targets_f1": doc.targets.scores.f1,
        "tasks_f1": doc.tasks.scores.f1,
        "stated_count_ok": doc.stated_count_ok,
        "indicators_f1": doc.indicators.scores.f1 if doc.indicators is not None else None,
        "agencies_f1": doc.agencies.scores.f1 if doc.agencies is not None else None,
        "owners_f1": doc.owners.scores.f1 if doc.owners is not None else None,
        "metadata_correct": doc.metadata_correct,
        "metadata": dict(doc.metadata),
    }
    return row
