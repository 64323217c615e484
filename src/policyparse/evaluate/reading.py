"""Reading gold files and predictions into one comparable shape, :class:`Annotation`.

Gold files follow the corpus guidelines (``docs/evaluation.md``). Predictions are read
leniently so that other parsers can be scored too:

* ``metadata.{title, doc_number, issuers, date, source}`` (issuers as strings or ``{name}``);
* ``headings``: a flat list of ``{level, marker, title}``, or a tree under ``sections`` whose
  nodes have ``children`` (or ``sections``); a node's level defaults to its depth;
* ``targets``: ``{text, deadline: {year}}`` or ``{text, year}``; their ``indicators`` and a
  top-level ``indicators`` list give ``{value, unit}``;
* ``tasks``: ``{ordinal, title}`` (``text`` accepted for ``title``), with the task's owners
  given on the task itself as ``lead``/``support``/``responsible`` lists of names or ``{name}``;
* ``stated_task_count`` at the top level or under ``metadata``;
* ``assignments``: ``{lead, support, responsible}``, each a list of names or ``{name}``, and
  ``task``: the ordinal of the task the assignment belongs to, or ``null``.

A prediction that is not shaped like this raises :class:`PredictionError`; the scorer then
counts a parse failure and scores an empty prediction, as ``score.py`` does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROLES = ("lead", "support", "responsible")


class PredictionError(ValueError):
    """A prediction (or gold file) does not have the shape the scorer reads."""


@dataclass(frozen=True)
class HeadingEntry:
    """A heading: its depth, numbering marker and title (``level`` as found, compared with ``==``)."""

    level: Any
    marker: str
    title: str


@dataclass(frozen=True)
class TargetEntry:
    """A target sentence and its deadline year."""

    year: Any
    text: str


@dataclass(frozen=True)
class TaskEntry:
    """A task: its ordinal, title, and the owners given on the task (every role, in role order)."""

    ordinal: Any
    title: str
    owners: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndicatorEntry:
    """A quantity stated in a target: value and unit."""

    value: Any
    unit: str | None


@dataclass(frozen=True)
class AssignmentEntry:
    """A responsibility note: agency names per role, and the ordinal of its task (or ``None``)."""

    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    responsible: tuple[str, ...] = ()
    task: Any = None

    def names(self) -> Iterable[str]:
        """Every agency named, role by role."""
        yield from self.lead
        yield from self.support
        yield from self.responsible


@dataclass(frozen=True)
class MetadataEntry:
    """The five metadata fields that are scored."""

    title: str | None = None
    doc_number: str | None = None
    issuers: tuple[str, ...] = ()
    date: Any = None
    source: str | None = None


@dataclass(frozen=True)
class Annotation:
    """A gold answer or a prediction for one document.

    ``indicators`` and ``assignments`` are ``None`` in a gold file without the second layer
    (those layers are then not scored for the document).
    """

    metadata: MetadataEntry = field(default_factory=MetadataEntry)
    headings: tuple[HeadingEntry, ...] = ()
    targets: tuple[TargetEntry, ...] = ()
    tasks: tuple[TaskEntry, ...] = ()
    stated_task_count: Any = None
    indicators: tuple[IndicatorEntry, ...] | None = ()
    assignments: tuple[AssignmentEntry, ...] | None = ()


EMPTY_PREDICTION = Annotation()


def _dicts(items: Any) -> list[Mapping[str, Any]]:
    return [item for item in (items or []) if isinstance(item, Mapping)]


def _name(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        return str(item.get("name") or "")
    raise PredictionError(f"a name must be a string or {{name}}, not {type(item).__name__}")


def _names(items: Any) -> tuple[str, ...]:
    """The names of a role's list: strings and ``{name}`` objects (anything else is skipped)."""
    return tuple(_name(n) for n in (items or []) if isinstance(n, (str, Mapping)))


def _prediction_task(task: Mapping[str, Any]) -> TaskEntry:
    owners = _names(task.get("lead")) + _names(task.get("support")) + _names(task.get("responsible"))
    return TaskEntry(task.get("ordinal"), task.get("title") or task.get("text") or "", owners)


def _prediction_assignment(assignment: Mapping[str, Any]) -> AssignmentEntry:
    names = {role: _names(assignment.get(role)) for role in ROLES}
    return AssignmentEntry(**names, task=assignment.get("task"))


def _flatten_sections(nodes: Any, depth: int, out: list[HeadingEntry]) -> list[HeadingEntry]:
    for node in _dicts(nodes):
        title = node.get("title") or node.get("text") or ""
        out.append(HeadingEntry(node.get("level") or depth, node.get("marker") or "", title))
        _flatten_sections(node.get("children") or node.get("sections") or [], depth + 1, out)
    return out


def _require_mapping(obj: Any) -> Mapping[str, Any]:
    if not isinstance(obj, Mapping):
        raise PredictionError(f"expected a JSON object, not {type(obj).__name__}")
    return obj


def read_prediction(obj: Any) -> Annotation:
    """Read a parser's JSON output (a ``Notice`` or any object of the lenient shape above)."""
    obj = _require_mapping(obj)
    meta = obj.get("metadata") or {}
    targets, indicators = _prediction_targets(obj)
    tasks = [_prediction_task(t) for t in _dicts(obj.get("tasks"))]
    assignments = [_prediction_assignment(a) for a in _dicts(obj.get("assignments"))]
    return Annotation(
        metadata=_prediction_metadata(meta),
        headings=tuple(_prediction_headings(obj)),
        targets=tuple(targets),
        tasks=tuple(tasks),
        stated_task_count=obj.get("stated_task_count", meta.get("stated_task_count")),
        indicators=tuple(IndicatorEntry(i.get("value"), i.get("unit") or "") for i in indicators),
        assignments=tuple(assignments),
    )


def _prediction_headings(obj: Mapping[str, Any]) -> list[HeadingEntry]:
    """A flat ``headings`` list, else a nested ``sections`` tree flattened."""
    if obj.get("headings") is not None:
        return [
            HeadingEntry(h.get("level"), h.get("marker") or "", h.get("title") or h.get("text") or "")
            for h in _dicts(obj["headings"])
        ]
    return _flatten_sections(obj.get("sections") or [], 1, [])


def _prediction_targets(obj: Mapping[str, Any]) -> tuple[list[TargetEntry], list[Mapping[str, Any]]]:
    """The targets, and the indicators: those inside the targets, then a top-level list."""
    targets = []
    indicators = []
    for target in _dicts(obj.get("targets")):
        found = target.get("deadline")
        deadline: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
        targets.append(TargetEntry(deadline.get("year", target.get("year")), target.get("text") or ""))
        indicators += _dicts(target.get("indicators"))
    indicators += _dicts(obj.get("indicators"))
    return targets, indicators


def _prediction_metadata(meta: Mapping[str, Any]) -> MetadataEntry:
    """The scored metadata fields; one issuer given as a string counts as a list of one."""
    issuers = meta.get("issuers")
    if isinstance(issuers, str):
        issuers = [issuers]
    return MetadataEntry(
        title=meta.get("title"),
        doc_number=meta.get("doc_number"),
        issuers=tuple(_name(i) for i in (issuers or [])),
        date=meta.get("date"),
        source=meta.get("source"),
    )


def read_gold(obj: Any) -> Annotation:
    """Read a gold file (the format of the corpus guidelines; strict where the guidelines are)."""
    obj = _require_mapping(obj)
    meta = obj.get("metadata", {}) or {}
    try:
        headings = tuple(
            HeadingEntry(h["level"], h.get("marker", ""), h["title"]) for h in obj.get("headings", [])
        )
        targets = tuple(TargetEntry(t.get("year"), t["text"]) for t in obj.get("targets", []))
        tasks = tuple(TaskEntry(t.get("ordinal"), t["title"]) for t in obj.get("tasks", []))
    except KeyError as error:
        raise PredictionError(f"gold entry without {error}") from None
    indicators = (
        tuple(IndicatorEntry(i.get("value"), i.get("unit")) for i in obj["indicators"])
        if "indicators" in obj
        else None
    )
    assignments = (
        tuple(
            AssignmentEntry(**{role: tuple(a.get(role, [])) for role in ROLES}, task=a.get("task"))
            for a in obj["assignments"]
        )
        if "assignments" in obj
        else None
    )
    return Annotation(
        metadata=MetadataEntry(
            title=meta.get("title"),
            doc_number=meta.get("doc_number"),
            issuers=tuple(meta.get("issuers", []) or []),
            date=meta.get("date"),
            source=meta.get("source"),
        ),
        headings=headings,
        targets=targets,
        tasks=tasks,
        stated_task_count=obj.get("stated_task_count"),
        indicators=indicators,
        assignments=assignments,
    )


@dataclass(frozen=True)
class GoldDocument:
    """A gold file: the document id (its ``id`` key, else the file stem) and the answer."""

    doc_id: str
    path: Path
    gold: Annotation


def load_gold_dir(gold_dir: Path, only: Sequence[str] | None = None) -> list[GoldDocument]:
    """Every ``*.json`` gold file of ``gold_dir`` in name order (restricted to ``only`` ids)."""
    out = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        obj = json.loads(path.read_text(encoding="utf-8"))
        doc_id = str(obj.get("id") or path.stem) if isinstance(obj, Mapping) else path.stem
        if only and doc_id not in only:
            continue
        out.append(GoldDocument(doc_id, path, read_gold(obj)))
    return out


def find_document(docs_dir: Path, doc_id: str) -> Path:
    """The document ``docs_dir/<doc_id>.*`` (the first in name order)."""
    found = sorted(Path(docs_dir).glob(f"{doc_id}.*"))
    if not found:
        raise FileNotFoundError(f"no document {doc_id}.* in {docs_dir}")
    return found[0]
