"""Task owners: who is responsible for which principal task, scored as (task, agency) pairs.

The gold links each assignment to the ordinal of the task whose section holds it (``task``, the
third layer of the corpus guidelines, or ``null``). A document is scored on owners only when at
least one of its gold assignments is linked. Then, as in ``eval/score.py``:

* gold pairs: ``(task, folded name)`` for every name of every role of every linked assignment;
* predicted pairs: the owners given on each predicted task, and every name of each predicted
  assignment that names a task; a predicted task ordinal is translated to the ordinal of the gold
  task it was matched with (task matching, :mod:`~policyparse.evaluate.scoring`), and stands as
  ``None`` when it was matched with none, so that owners of a task that is not in the gold never
  count;
* both sides are sets: a pair named twice counts once.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from policyparse.evaluate.fold import fold
from policyparse.evaluate.reading import Annotation

#: How much of the gold task's title a miss shows.
TITLE_SHOWN = 20

#: A (gold task ordinal, folded agency name) pair.
OwnerPair = tuple[Hashable, str]


def hashable(value: Any) -> Hashable:
    """``value`` itself, or its ``repr`` when it cannot be a key (an ordinal given as a list).

    score.py stops with a ``TypeError`` on such an ordinal; here it simply matches nothing.
    """
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value  # type: ignore[no-any-return]


def is_scored(gold: Annotation) -> bool:
    """Whether the gold links at least one assignment to a task."""
    return any(a.task is not None for a in gold.assignments or ())


def gold_pairs(gold: Annotation) -> set[OwnerPair]:
    """The gold's (task, folded name) pairs, from the assignments linked to a task."""
    return {
        (hashable(a.task), fold(name))
        for a in gold.assignments or ()
        if a.task is not None
        for name in a.names()
    }


def gold_task_of(
    gold: Annotation, pred: Annotation, task_pairs: Sequence[tuple[int, int]]
) -> dict[Hashable, Any]:
    """Predicted task ordinal → ordinal of the gold task it was matched with.

    Built in the order the matching took the pairs, so where two predicted tasks share an
    ordinal the later pair wins, as in score.py.
    """
    return {hashable(pred.tasks[pi].ordinal): gold.tasks[gi].ordinal for gi, pi in task_pairs}


def _predicted_owners(pred: Annotation) -> Iterator[tuple[Any, str]]:
    """(predicted task ordinal, name) of every owner on a task, then of every linked assignment."""
    for task in pred.tasks:
        for name in task.owners:
            yield task.ordinal, name
    for assignment in pred.assignments or ():
        if assignment.task is not None:
            for name in assignment.names():
                yield assignment.task, name


def predicted_pairs(pred: Annotation, gold_task: Mapping[Hashable, Any]) -> set[OwnerPair]:
    """The prediction's pairs, with task ordinals translated to the gold's (``None``: no match)."""
    return {
        (hashable(gold_task.get(hashable(ordinal))), fold(name)) for ordinal, name in _predicted_owners(pred)
    }


def miss_details(pairs: Iterable[OwnerPair], gold: Annotation) -> list[str]:
    """``task 3 加强组织领导: 省财政厅`` for each pair, in score.py's order (by ``str`` of the pair)."""
    titles = {hashable(t.ordinal): t.title for t in gold.tasks}
    return [
        f"task {ordinal} {titles.get(ordinal, '')[:TITLE_SHOWN]}: {name}"
        for ordinal, name in sorted(pairs, key=str)
    ]
