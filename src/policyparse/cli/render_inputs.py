"""What ``policyparse render`` reads: documents, or the JSON and JSON Lines that ``parse`` wrote.

An input is parsed JSON when its name ends in ``.json``/``.jsonl`` or its first character is
``{``; such an input must hold policyparse notices (a notice object, or records of
``parse``), else it is refused with a clear reason instead of being rendered as text. A
document is parsed; one in which nothing of a notice is found (no 文种, 文号, date, issuer,
heading, target or task) is refused too, since its report would be empty.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO

from policyparse.batch import Input, ParseOptions, parse_input
from policyparse.export import as_notice, read_records
from policyparse.io import InputError
from policyparse.models import Notice

#: Names read as parsed JSON whatever their first character.
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
#: What a directory walk picks up for ``render``: documents and parsed JSON.
RENDER_GLOBS = ("*.txt", "*.md", "*.html", "*.htm", "*.docx", "*.json", "*.jsonl")


class NotANotice(InputError):
    """An input that holds no policyparse notice."""


@dataclass(frozen=True)
class Rendered:
    """A notice to render: the name its report is written under, and where it came from."""

    key: str
    source: str
    notice: Notice


def _head(item: Input) -> bytes:
    if item.data is not None:
        return item.data[:64]
    try:
        with open(item.path, "rb") as handle:
            return handle.read(64)
    except OSError:
        return b""  # the parser reports why


def is_json_input(item: Input) -> bool:
    """Whether ``item`` is parsed JSON rather than a document."""
    if item.path.lower().endswith(JSON_SUFFIXES):
        return True
    return _head(item).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _stream(item: Input) -> Path | IO[bytes]:
    return io.BytesIO(item.data) if item.data is not None else Path(item.path)


def _report_key(item_key: str, record_path: str | None) -> str:
    """``sub/000.txt`` for ``sub/000.txt.json``; a record's own file name inside a JSON Lines file."""
    if record_path:
        return PurePath(record_path).name or "stdin"
    for suffix in JSON_SUFFIXES:
        if item_key.lower().endswith(suffix):
            return item_key[: -len(suffix)]
    return item_key


def _from_json(item: Input) -> Iterator[Rendered]:
    try:
        records = list(read_records(_stream(item)))
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error).splitlines()[0]
        raise NotANotice(item.path, f"is not JSON that policyparse wrote ({reason})") from None
    found = 0
    for record in records:
        try:
            loaded = as_notice(record)
        except (ValueError, TypeError, KeyError) as error:
            first = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise NotANotice(item.path, f"is JSON but not a policyparse notice ({first})") from None
        if loaded is not None:  # an error record of parse: nothing to render
            notice, path = loaded
            found += 1
            yield Rendered(_report_key(item.key, path), path or item.path, notice)
    if not found:
        raise NotANotice(item.path, "holds no parsed notice (only error records, or nothing)")


#: Chinese prose of at least this many Han characters, in two or more sentences, reads as a
#: notice or a report even when the parse found none of its elements (a wire story without a
#: headline or date line).
_PROSE_HAN = 100


def looks_like_a_notice(notice: Notice) -> bool:
    """Whether the parse found anything a notice has beyond a first line (a 文种 in the title,
    a 文号, a date, an issuer, headings, articles, targets or tasks), or the text is Chinese prose."""
    meta = notice.metadata
    found = (meta.doc_type, meta.doc_number, meta.date, meta.issuers, meta.source)
    if any(found) or notice.headings or notice.articles or notice.targets or notice.tasks:
        return True
    han = sum(1 for ch in notice.text if "\u4e00" <= ch <= "\u9fff")
    return han >= _PROSE_HAN and sum(notice.text.count(mark) for mark in "。！？") >= 2


def notices_of(item: Input, options: ParseOptions) -> Iterator[Rendered]:
    """The notices an input holds: one for a document, one or more for parsed JSON.

    Raises:
        InputError: the input cannot be read, or holds no notice (:class:`NotANotice`).
    """
    if is_json_input(item):
        yield from _from_json(item)
        return
    notice = parse_input(item, options)
    if not looks_like_a_notice(notice):
        raise NotANotice(
            item.path,
            "is not a notice: no document type, number, date, issuer, heading, target or task in it",
        )
    yield Rendered(item.key, item.path, notice)


__all__ = [
    "JSON_SUFFIXES",
    "RENDER_GLOBS",
    "NotANotice",
    "Rendered",
    "is_json_input",
    "looks_like_a_notice",
    "notices_of",
]
