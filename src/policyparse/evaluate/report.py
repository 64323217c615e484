"""Rendering an :class:`~policyparse.evaluate.runner.Evaluation` as text for people."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from policyparse.evaluate.runner import Evaluation
from policyparse.evaluate.scoring import Miss


def _optional(value: float | None) -> str:
    return f"{value:7.3f}" if value is not None else f"{'-':>7}"


def document_table(evaluation: Evaluation) -> str:
    """The per-document table: F1 per layer, stated count, metadata fields right out of 5."""
    lines = [
        f"{'doc':>6} {'head F1':>8} {'+level':>7} {'tgt F1':>8} {'task F1':>8} {'count':>5}"
        f" {'ind F1':>7} {'agy F1':>7} {'meta/5':>7}"
    ]
    for row in evaluation.rows():
        flag = " (parse failed)" if row["parse_failed"] else ""
        lines.append(
            f"{row['id']:>6} {row['headings_f1']:8.3f} {row['headings_with_level_f1']:7.3f}"
            f" {row['targets_f1']:8.3f} {row['tasks_f1']:8.3f} {'ok' if row['stated_count_ok'] else 'no':>5}"
            f" {_optional(row['indicators_f1'])} {_optional(row['agencies_f1'])}"
            f" {row['metadata_correct']:7d}{flag}"
        )
    return "\n".join(lines)


def summary_lines(summary: dict[str, Any], extended: dict[str, Any]) -> str:
    """The pooled figures, one layer a line (the lines of ``score.py``, plus title + level)."""
    h, t, k = summary["headings"], summary["targets"], summary["tasks"]
    hl = extended["headings_with_level"]
    lines = [
        f"headings  P {h['precision']:.3f} R {h['recall']:.3f} F1 {h['f1']:.3f}"
        f"  (per-document mean {h['macro_f1']:.3f})  level acc {h['level_accuracy']:.3f}",
        f"+level    P {hl['precision']:.3f} R {hl['recall']:.3f} F1 {hl['f1']:.3f}"
        f"  (per-document mean {hl['macro_f1']:.3f})",
        f"targets   P {t['precision']:.3f} R {t['recall']:.3f} F1 {t['f1']:.3f}"
        f"  (per-document mean {t['macro_f1']:.3f})",
        f"tasks     P {k['precision']:.3f} R {k['recall']:.3f} F1 {k['f1']:.3f}"
        f"  (per-document mean {k['macro_f1']:.3f})  stated count acc {k['stated_count_accuracy']:.3f}",
    ]
    for key in ("indicators", "agencies", "owners"):
        if key in summary:
            v = summary[key]
            lines.append(f"{key:11s} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}")
    lines.append(
        "metadata  " + "  ".join(f"{name} {value:.3f}" for name, value in summary["metadata"].items())
    )
    lines.append(f"documents {summary['documents']}, parse failures {summary['parse_failures']}")
    lines.append(f"overall {summary['overall']:.3f}")
    return "\n".join(lines)


def misses_by_kind(misses: list[Miss]) -> str:
    """Every miss, grouped by kind (heading missed, target extra, metadata date …), then document."""
    groups: dict[str, list[Miss]] = defaultdict(list)
    for miss in misses:
        groups[miss.kind].append(miss)
    lines = []
    for kind in sorted(groups):
        lines.append(f"{kind} ({len(groups[kind])}):")
        lines.extend(f"  {m.doc_id}  {m.detail}" for m in groups[kind])
    return "\n".join(lines)


#: Width of a miss's label in score.py's verbose lines (``heading missed  L1 …``), by the
#: label's first word; every other label is padded to :data:`SCORE_PY_LABEL_WIDTH`.
SCORE_PY_LABEL_WIDTHS = {"indicator": 16, "metadata": 19}
SCORE_PY_LABEL_WIDTH = 15


def score_py_line(miss: Miss) -> str:
    """A miss laid out as ``score.py --verbose`` prints it (its parse-failure messages differ)."""
    if miss.kind == "parse failed":
        return f"  PARSE FAILED: {miss.detail}"
    width = SCORE_PY_LABEL_WIDTHS.get(miss.kind.split()[0], SCORE_PY_LABEL_WIDTH)
    return f"  {miss.kind:{width}s} {miss.detail}"


def score_py_misses(evaluation: Evaluation) -> str:
    """Every miss as ``score.py --verbose`` lists them: ``<id>:``, then one line a miss."""
    lines = []
    for document in evaluation.documents:
        if document.misses:
            lines.append(f"{document.doc_id}:")
            lines.extend(score_py_line(miss) for miss in document.misses)
    return "\n".join(lines)


def render_text(evaluation: Evaluation, *, verbose: bool = False) -> str:
    """The report ``policyparse evaluate`` prints: misses (with ``verbose``), table, summary."""
    parts = []
    if verbose and (misses := evaluation.misses()):
        parts.append(misses_by_kind(misses))
    parts.append(document_table(evaluation))
    parts.append(summary_lines(evaluation.summary(), evaluation.extended()))
    return "\n\n".join(parts) + "\n"
