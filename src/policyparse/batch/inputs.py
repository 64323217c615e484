"""Discovery: command-line paths (files, directories, ``-``) to :class:`Input` items."""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from policyparse.io import InputError
from policyparse.io.archive import ArchiveLimits
from policyparse.pipeline import DEFAULT_MAX_CHARS

#: File suffixes a directory walk picks up when no ``--glob`` is given.
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

#: The name under which standard input is reported.
STDIN_NAME = "<stdin>"


class DiscoveryError(InputError):
    """A command-line path cannot be expanded into inputs (a directory without ``recursive``)."""


@dataclass(frozen=True)
class ParseOptions:
    """Options passed through to :func:`policyparse.parse` for every input.

    ``archive_limits`` bounds ``.docx`` packages (:mod:`policyparse.io.archive`); ``None``
    derives them from ``max_chars`` (no bound on the unpacked size when ``max_chars`` is ``None``).
    """

    encoding: str | None = None
    simplified: bool = False
    anchor_date: dt.date | None = None
    keywords: bool = False
    max_chars: int | None = DEFAULT_MAX_CHARS
    archive_limits: ArchiveLimits | None = None

    def limits(self) -> ArchiveLimits:
        """The archive limits in force."""
        return self.archive_limits or ArchiveLimits.for_chars(self.max_chars)


@dataclass(frozen=True, slots=True)
class Input:
    """One document to parse.

    Attributes:
        path: The name reported in records (the file path as found, or ``<stdin>``).
        key: Relative output name for ``--out-dir`` (path below the directory it was found in).
        data: The bytes, for standard input; ``None`` for a file read by the worker.
        error: Set when discovery already knows the input cannot be read (unlistable directory).
    """

    path: str
    key: str
    data: bytes | None = None
    error: str | None = None


# ---------------------------------------------------------------------------------------------
# Discovery


def _matches(name: str, globs: Sequence[str]) -> bool:
    if globs:
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in globs)
    return name.lower().endswith(SUPPORTED_SUFFIXES)


def _listing(directory: Path) -> list[tuple[str, bool]]:
    """``(name, is_directory)`` of the visible entries, sorted by name (lean for huge directories)."""
    entries = []
    with os.scandir(directory) as scan:
        for entry in scan:
            if entry.name.startswith("."):
                continue
            try:
                entries.append((entry.name, entry.is_dir(follow_symlinks=False)))
            except OSError:
                continue
    entries.sort()
    return entries


def _walk(root: Path, globs: Sequence[str]) -> Iterator[Input]:
    """Files below ``root`` in a stable order (sorted per directory); hidden entries skipped."""
    pending: deque[tuple[str, str]] = deque([(str(root), "")])
    while pending:
        directory, relative = pending.popleft()
        try:
            entries = _listing(Path(directory))
        except OSError as error:
            yield Input(directory, relative or ".", error=f"cannot list directory ({error.strerror})")
            continue
        subdirectories = []
        for name, is_directory in entries:
            key = f"{relative}/{name}" if relative else name
            if is_directory:
                subdirectories.append((os.path.join(directory, name), key))
            elif _matches(name, globs):
                yield Input(os.path.join(directory, name), key)
        pending.extendleft(reversed(subdirectories))


def discover(
    paths: Iterable[str],
    *,
    recursive: bool = False,
    globs: Sequence[str] = (),
    stdin: IO[bytes] | None = None,
) -> Iterator[Input]:
    """Expand command-line paths into inputs.

    Files are taken as given (whatever their suffix; a missing file becomes an input that fails);
    directories are walked when ``recursive`` is set, keeping files that match ``globs``
    (default: the :data:`SUPPORTED_SUFFIXES`); ``-`` reads ``stdin`` once.

    Raises:
        DiscoveryError: a directory was given without ``recursive`` (exit code 3).
    """
    for name in paths:
        if name == "-":
            data = stdin.read() if stdin is not None else b""
            yield Input(STDIN_NAME, "stdin", data=data)
            continue
        path = Path(name)
        if path.is_dir():
            if not recursive:
                raise DiscoveryError(name, "is a directory (pass --recursive to parse the files in it)")
            yield from _walk(path, globs)
        else:
            yield Input(name, path.name)


def unique_keys(inputs: Sequence[Input]) -> list[Input]:
    """Make :attr:`Input.key` unique (``a.txt``, ``a.txt~2``…) so ``--out-dir`` files never collide."""
    seen: dict[str, int] = {}
    result = []
    for item in inputs:
        count = seen.get(item.key, 0) + 1
        seen[item.key] = count
        result.append(item if count == 1 else replace(item, key=f"{item.key}~{count}"))
    return result


def input_bytes(inputs: Iterable[Input]) -> int:
    """The total size in bytes of ``inputs`` (files that cannot be stat'ed count 0)."""
    return sum(size_of(item) for item in inputs)


def size_of(item: Input) -> int:
    """The size of one input in bytes (0 when it cannot be stat'ed)."""
    if item.data is not None:
        return len(item.data)
    try:
        return os.stat(item.path).st_size
    except OSError:
        return 0


__all__ = [
    "STDIN_NAME",
    "SUPPORTED_SUFFIXES",
    "DiscoveryError",
    "Input",
    "ParseOptions",
    "discover",
    "input_bytes",
    "size_of",
    "unique_keys",
]
