"""Where predictions come from: what ``policyparse parse`` writes, or documents parsed in-process.

A prediction is found by document id (the gold file's id, e.g. ``000``):

* in a folder (``--out-dir`` of ``parse``, or any parser's): ``<id>.json`` or
  ``<id>.<suffix>.json`` (``parse`` names its files after the input, ``000.txt.json``), in the
  folder or below it;
* in a JSON Lines file (``parse -o preds.jsonl``): the record whose ``path`` has the stem
  ``<id>``; an error record is a parse failure with its message;
* in a folder of documents (``--docs``): ``<id>.txt``, ``<id>.html`` … parsed in this process.

Each source lists the ids it holds, so the runner can report gold documents without a
prediction and predictions without a gold document instead of scoring them silently.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

#: Suffixes of documents ``parse`` reads; ``000.txt.json`` is the prediction of document ``000``.
DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")


class AmbiguousPrediction(ValueError):
    """Two files or records claim to be the prediction of the same document."""


def document_id(name: str) -> str:
    """The document id a prediction file or record path stands for.

    >>> document_id("000.json"), document_id("000.txt.json"), document_id("docs/100.html")
    ('000', '000', '100')
    """
    stem = PurePath(name).name
    if stem.lower().endswith(".json"):
        stem = stem[: -len(".json")]
    for suffix in DOCUMENT_SUFFIXES:
        if stem.lower().endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def _index(entries: Iterable[tuple[str, Any]], where: str) -> dict[str, Any]:
    """``id -> entry``; two entries for one id are an :class:`AmbiguousPrediction`."""
    found: dict[str, tuple[str, Any]] = {}
    for name, entry in entries:
        doc_id = document_id(name)
        if doc_id in found:
            raise AmbiguousPrediction(f"two predictions for {doc_id} in {where}: {found[doc_id][0]}, {name}")
        found[doc_id] = (name, entry)
    return {doc_id: entry for doc_id, (_, entry) in found.items()}


class NoPrediction(LookupError):
    """The source has no prediction for a document id."""


def _entry(entries: dict[str, Any], doc_id: str, where: Path) -> Any:
    if doc_id not in entries:
        raise NoPrediction(f"no prediction for {doc_id} in {where}")
    return entries[doc_id]


@dataclass
class PredictionSource:
    """The predictions available, by document id, and how to load one.

    Attributes:
        description: Where they come from, for messages.
        ids: The document ids that have a prediction.
        load: Returns the JSON-like prediction of an id in ``ids`` (raises when it cannot).
    """

    description: str
    ids: set[str]
    load: Callable[[str], Any] = field(repr=False)


def _json_files(folder: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(folder.rglob("*.json")):
        if path.is_file() and not path.name.startswith("."):
            yield str(path.relative_to(folder)), path


def from_folder(folder: Path) -> PredictionSource:
    """Predictions stored one JSON file per document below ``folder``."""
    files: dict[str, Path] = _index(_json_files(folder), str(folder))

    def load(doc_id: str) -> Any:
        return json.loads(_entry(files, doc_id, folder).read_text(encoding="utf-8"))

    return PredictionSource(str(folder), set(files), load)


class RecordError(ValueError):
    """A JSON Lines record that says its document failed to parse."""


def _records(path: Path) -> Iterator[tuple[str, Any]]:
    """``(path, record)`` of each record; a path written twice (a ``--resume`` retry) keeps the last."""
    from policyparse.records import json_lines  # the models are not loaded unless needed

    latest: dict[str, Any] = {}
    with path.open("rb") as handle:
        for record in json_lines(handle):
            if isinstance(record.get("path"), str):
                latest[record["path"]] = record
    yield from latest.items()


def from_jsonl(path: Path) -> PredictionSource:
    """Predictions in the JSON Lines that ``policyparse parse -o FILE`` writes."""
    records: dict[str, Any] = _index(_records(path), str(path))

    def load(doc_id: str) -> Any:
        record = _entry(records, doc_id, path)
        if record.get("status") != "ok":
            raise RecordError(str(record.get("error") or "error record"))
        return record.get("notice")

    return PredictionSource(str(path), set(records), load)


def from_documents(folder: Path, parse: Callable[[Path], Any]) -> PredictionSource:
    """Documents ``<id>.<suffix>`` in ``folder``, parsed with ``parse`` when loaded."""
    documents = {
        path.stem: path
        for path in sorted(folder.iterdir(), reverse=True)  # the first in name order wins
        if path.is_file() and not path.name.startswith(".")
    }

    def load(doc_id: str) -> Any:
        return parse(_entry(documents, doc_id, folder))

    return PredictionSource(str(folder), set(documents), load)


def from_path(path: Path) -> PredictionSource:
    """A folder of JSON files or a JSON Lines file, whichever ``path`` is."""
    return from_folder(path) if path.is_dir() else from_jsonl(path)


__all__ = [
    "DOCUMENT_SUFFIXES",
    "AmbiguousPrediction",
    "NoPrediction",
    "PredictionSource",
    "RecordError",
    "document_id",
    "from_documents",
    "from_folder",
    "from_jsonl",
    "from_path",
]
