"""Scoring one document: match each layer, count, and record every miss.

Matching rules (the same as ``eval/score.py``; see ``docs/evaluation.md``):

* headings: folded titles with a difflib ratio ≥ 0.85; title + level also needs equal levels;
* targets: equal deadline years, and the prediction covers ≥ 70 % of the folded gold sentence
  while the gold covers ≥ 50 % of the prediction; score ``min(gold_cov, 1.4 × pred_cov)`` ≥ 0.5;
* tasks: folded titles with a difflib ratio ≥ 0.8;
* indicators: multisets of (value to six significant digits, folded unit);
* agencies: multisets of folded names over every role of every assignment;
* task owners: sets of (gold task ordinal, folded name), where the gold links assignments to
  tasks (:mod:`~policyparse.evaluate.owners`);
* metadata: exact match after folding (document numbers ignore brackets; issuers as a sorted
  list; the date as the ISO string).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from policyparse.evaluate import owners as task_owners
from policyparse.evaluate.fold import fold, fold_doc_number, number_key, overlap, similarity
from policyparse.evaluate.matching import (
    HEADING_THRESHOLD,
    PRF,
    TARGET_GOLD_COVERAGE,
    TARGET_PRED_COVERAGE,
    TARGET_PRED_WEIGHT,
    TARGET_THRESHOLD,
    TASK_THRESHOLD,
    greedy_match,
    prf,
)
from policyparse.evaluate.reading import Annotation, AssignmentEntry, IndicatorEntry, TargetEntry, TaskEntry

#: Metadata fields, in the order misses are reported.
METADATA_FIELDS = ("title", "doc_number", "date", "source", "issuers")


@dataclass
class Tally:
    """Matched, predicted and gold entry counts of one layer."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)

    @property
    def scores(self) -> PRF:
        """Precision, recall and F1 of these counts."""
        return prf(self.tp, self.pred, self.gold)

    @property
    def empty(self) -> bool:
        """True when neither side has an entry (such a document is left out of macro F1)."""
        return not self.gold and not self.pred


@dataclass(frozen=True)
class Miss:
    """A gold entry not found, a predicted entry not in the gold, or a wrong field."""

    doc_id: str
    kind: str
    detail: str


@dataclass
class DocumentScore:
    """Counts of one document, and its misses."""

    doc_id: str
    headings: Tally = field(default_factory=Tally)
    heading_levels_ok: int = 0
    targets: Tally = field(default_factory=Tally)
    tasks: Tally = field(default_factory=Tally)
    stated_count_ok: bool = False
    indicators: Tally | None = None
    agencies: Tally | None = None
    owners: Tally | None = None
    metadata: dict[str, bool] = field(default_factory=dict)
    parse_failed: bool = False
    misses: list[Miss] = field(default_factory=list)

    @property
    def headings_with_level(self) -> Tally:
        """Headings counted as matched only when the level agrees too."""
        return Tally(self.heading_levels_ok, self.headings.pred, self.headings.gold)

    @property
    def metadata_correct(self) -> int:
        """How many of the five metadata fields are right."""
        return sum(self.metadata.values())


Entry = TypeVar("Entry")


def _unmatched(size: int, matched: Iterable[int]) -> list[int]:
    taken = set(matched)
    return [i for i in range(size) if i not in taken]


def _note_unmatched(
    out: DocumentScore,
    layer: str,
    pairs: list[tuple[int, int]],
    entries: tuple[Sequence[Entry], Sequence[Entry]],
    details: tuple[Callable[[Entry], str], Callable[[Entry], str]],
) -> None:
    """A miss for each gold entry no prediction matched, then for each prediction no gold
    entry matched (``entries`` and ``details``: gold then predicted)."""
    gold, pred = entries
    gold_detail, pred_detail = details
    for gi in _unmatched(len(gold), (gi for gi, _ in pairs)):
        out.misses.append(Miss(out.doc_id, f"{layer} missed", gold_detail(gold[gi])))
    for pi in _unmatched(len(pred), (pi for _, pi in pairs)):
        out.misses.append(Miss(out.doc_id, f"{layer} extra", pred_detail(pred[pi])))


def _target_score(gold: tuple[TargetEntry, str], pred: tuple[TargetEntry, str]) -> float:
    if gold[0].year != pred[0].year:
        return 0.0
    gold_cov, pred_cov = overlap(gold[1], pred[1])
    if gold_cov >= TARGET_GOLD_COVERAGE and pred_cov >= TARGET_PRED_COVERAGE:
        return min(gold_cov, pred_cov * TARGET_PRED_WEIGHT)
    return 0.0


def _score_headings(gold: Annotation, pred: Annotation, out: DocumentScore) -> None:
    gold_titles = [fold(h.title) for h in gold.headings]
    pred_titles = [fold(h.title) for h in pred.headings]
    pairs = greedy_match(gold_titles, pred_titles, lambda g, p: similarity(g, p), HEADING_THRESHOLD)
    out.headings = Tally(len(pairs), len(pred_titles), len(gold_titles))
    out.heading_levels_ok = sum(1 for gi, pi in pairs if gold.headings[gi].level == pred.headings[pi].level)
    _note_unmatched(
        out,
        "heading",
        pairs,
        (gold.headings, pred.headings),
        (lambda h: f"L{h.level} {h.marker}{h.title}", lambda h: f"L{h.level} {h.marker}{h.title[:60]}"),
    )
    for gi, pi in pairs:
        g, p = gold.headings[gi], pred.headings[pi]
        if g.level != p.level:
            out.misses.append(
                Miss(out.doc_id, "heading level", f"{g.title[:40]}: gold L{g.level} pred L{p.level}")
            )


def _score_targets(gold: Annotation, pred: Annotation, out: DocumentScore) -> None:
    gold_items = [(t, fold(t.text)) for t in gold.targets]
    pred_items = [(t, fold(t.text)) for t in pred.targets]
    pairs = greedy_match(gold_items, pred_items, _target_score, TARGET_THRESHOLD)
    out.targets = Tally(len(pairs), len(pred_items), len(gold_items))
    _note_unmatched(out, "target", pairs, (gold.targets, pred.targets), (_target_detail, _target_detail))


def _target_detail(target: TargetEntry) -> str:
    return f"{target.year} {target.text[:70]}"


def _task_detail(task: TaskEntry) -> str:
    return f"{task.ordinal} {task.title[:60]}"


def _score_tasks(gold: Annotation, pred: Annotation, out: DocumentScore) -> list[tuple[int, int]]:
    """Match the task lists; returns the (gold, predicted) index pairs, which owners need."""
    gold_titles = [fold(t.title) for t in gold.tasks]
    pred_titles = [fold(t.title) for t in pred.tasks]
    pairs = greedy_match(gold_titles, pred_titles, lambda g, p: similarity(g, p), TASK_THRESHOLD)
    out.tasks = Tally(len(pairs), len(pred_titles), len(gold_titles))
    _note_unmatched(out, "task", pairs, (gold.tasks, pred.tasks), (_task_detail, _task_detail))
    out.stated_count_ok = gold.stated_task_count == pred.stated_task_count
    return pairs


def _score_owners(
    gold: Annotation, pred: Annotation, task_pairs: list[tuple[int, int]], out: DocumentScore
) -> None:
    """(task, agency) pairs, where the gold links assignments to tasks."""
    if not task_owners.is_scored(gold):
        return
    gold_pairs = task_owners.gold_pairs(gold)
    pred_pairs = task_owners.predicted_pairs(pred, task_owners.gold_task_of(gold, pred, task_pairs))
    out.owners = Tally(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))
    for kind, pairs in (("owner missed", gold_pairs - pred_pairs), ("owner extra", pred_pairs - gold_pairs)):
        out.misses.extend(Miss(out.doc_id, kind, detail) for detail in task_owners.miss_details(pairs, gold))


def _compare_multisets(
    gold: Counter[Hashable], pred: Counter[Hashable], layer: str, out: DocumentScore
) -> Tally:
    for key in gold - pred:
        out.misses.append(Miss(out.doc_id, f"{layer} missed", str(key)))
    for key in pred - gold:
        out.misses.append(Miss(out.doc_id, f"{layer} extra", str(key)))
    return Tally(sum((gold & pred).values()), sum(pred.values()), sum(gold.values()))


def _indicator_keys(items: Iterable[IndicatorEntry]) -> Counter[Hashable]:
    return Counter((number_key(i.value), fold(i.unit)) for i in items)


def _agency_names(items: Iterable[AssignmentEntry]) -> Counter[Hashable]:
    return Counter(fold(name) for a in items for name in a.names())


def _score_metadata(gold: Annotation, pred: Annotation, out: DocumentScore) -> None:
    gm, pm = gold.metadata, pred.metadata
    out.metadata = {
        "title": fold(gm.title) == fold(pm.title),
        "doc_number": fold_doc_number(gm.doc_number) == fold_doc_number(pm.doc_number),
        "date": (gm.date or None) == (pm.date or None),
        "source": fold(gm.source) == fold(pm.source),
        "issuers": sorted(fold(i) for i in gm.issuers) == sorted(fold(i) for i in pm.issuers),
    }
    for name in METADATA_FIELDS:
        if not out.metadata[name]:
            g, p = getattr(gm, name), getattr(pm, name)
            if isinstance(g, tuple):
                g, p = list(g), list(p)
            out.misses.append(Miss(out.doc_id, f"metadata {name}", f"gold={g!r} pred={p!r}"))


def score_document(doc_id: str, gold: Annotation, pred: Annotation) -> DocumentScore:
    """Match ``pred`` against ``gold`` layer by layer and count."""
    out = DocumentScore(doc_id)
    _score_headings(gold, pred, out)
    _score_targets(gold, pred, out)
    _score_owners(gold, pred, _score_tasks(gold, pred, out), out)
    if gold.indicators is not None:
        out.indicators = _compare_multisets(
            _indicator_keys(gold.indicators), _indicator_keys(pred.indicators or ()), "indicator", out
        )
    if gold.assignments is not None:
        out.agencies = _compare_multisets(
            _agency_names(gold.assignments), _agency_names(pred.assignments or ()), "agency", out
        )
    _score_metadata(gold, pred, out)
    return out
