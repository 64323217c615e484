"""Reading what ``policyparse parse`` wrote: JSON Lines records, or one notice per JSON file.

A record is ``{"path": …, "status": "ok", "notice": {…}}`` or ``{"path": …, "status":
"error", "error": "…"}``; a file written by ``parse FILE`` or ``--out-dir`` holds one notice
object, pretty-printed. :func:`read_records` streams either; :func:`as_notice` validates one.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, TypeAlias

from policyparse.grammar.output import RECORD_HEAD
from policyparse.models import Notice

NoticeLike: TypeAlias = Notice | Mapping[str, Any]


def as_notice(item: NoticeLike) -> tuple[Notice, str | None] | None:
    """A :class:`Notice` and its record path from a notice, a record dict or a notice dict.

    Error records (``status`` ``"error"``) give ``None``. A notice written with ``--no-text``
    is accepted (its ``text`` is empty, so ``chars`` is null).
    """
    if isinstance(item, Notice):
        return item, None
    data = dict(item)
    path = data.get("path") if isinstance(data.get("path"), str) else None
    if "status" in data:
        if data["status"] != "ok":
            return None
        data = dict(data["notice"])
    data.setdefault("text", "")
    return Notice.model_validate(data), path


def _record_path(raw: bytes) -> str | None:
    """The ``path`` of a record line, read from its head when it is in the form ``parse`` writes."""
    match = RECORD_HEAD.match(raw, 0, 8192)
    if match is not None:
        value = json.loads(match.group(1))
        return value if isinstance(value, str) else None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    path = record.get("path") if isinstance(record, dict) and "status" in record else None
    return path if isinstance(path, str) else None


def json_lines(lines: Iterable[bytes], keep: set[int] | None = None) -> Iterator[dict[str, Any]]:
    """The JSON objects of ``lines`` (only the line numbers in ``keep``, when given); blank lines,
    lines that are not JSON (a torn last line) and JSON that is not an object are skipped."""
    for number, raw in enumerate(lines):
        if keep is not None and number not in keep:
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError:
            continue  # a torn last line
        if isinstance(record, dict):
            yield record


def read_records(source: Path | IO[bytes]) -> Iterator[Mapping[str, Any]]:
    """Records from the JSON Lines that ``policyparse parse`` writes, streamed.

    From a file, when a path has several records (a ``--resume`` that retried a failure) only
    the last one is kept (a first pass reads just the heads of the lines). A file holding one
    pretty-printed JSON object (``parse`` of one file, an ``--out-dir`` file) is one notice.
    Lines that are not JSON (a torn last line) are skipped. From a stream, every record is kept.
    """
    if not isinstance(source, Path):
        first = source.readline()
        if first.strip() == b"{":
            yield json.loads(first + source.read())
            return
        yield from json_lines(itertools.chain([first], source))
        return
    with source.open("rb") as handle:
        if handle.readline().strip() == b"{":
            handle.seek(0)
            yield json.loads(handle.read())
            return
        handle.seek(0)
        last: dict[str, int] = {}
        unkeyed: set[int] = set()
        lines = 0
        for number, raw in enumerate(handle):
            lines += 1
            path = _record_path(raw)
            if path is None:
                unkeyed.add(number)
            else:
                last[path] = number
        # keep everything when no path appears twice, else the last record of each path
        keep = None if len(last) + len(unkeyed) == lines else unkeyed | set(last.values())
        handle.seek(0)
        yield from json_lines(handle, keep)


def record_paths(source: Path) -> Iterator[str | None]:
    """The document path of each record or notice in a file, read cheaply (for the export root).

    A record's ``path`` is read from the head of its line; a notice file's from its
    ``source.path``. ``None`` for a record or notice without one.
    """
    with source.open("rb") as handle:
        first = handle.readline()
        if first.strip() == b"{":
            handle.seek(0)
            notice = json.loads(handle.read())
            source_info = notice.get("source") if isinstance(notice, dict) else None
            yield source_info.get("path") if isinstance(source_info, dict) else None
            return
        for raw in itertools.chain([first], handle):
            if raw.strip():
                yield _record_path(raw) or _notice_path(raw)


def _notice_path(raw: bytes) -> str | None:
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    source_info = data.get("source") if isinstance(data, dict) else None
    path = source_info.get("path") if isinstance(source_info, dict) else None
    return path if isinstance(path, str) else None


__all__ = ["NoticeLike", "as_notice", "json_lines", "read_records", "record_paths"]
