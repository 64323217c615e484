"""Writing records safely, and what ``--resume`` finds already done.

* :func:`record_line` makes the JSON Lines record of an outcome;
* :class:`JsonlWriter` appends whole records (a failed write is rolled back; a stop signal
  waits until the record is written);
* :class:`DirWriter` writes one file per input through :mod:`policyparse.atomic`;
* :func:`completed_paths` and :func:`existing_outputs` tell ``--resume`` what is done.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from policyparse import atomic
from policyparse.batch.inputs import Input
from policyparse.batch.signals import deferred_signals
from policyparse.batch.work import Outcome


def _json_string(value: str) -> str:
    """``value`` as a JSON string: UTF-8 as is, with ``\\udcXX`` escapes for lone surrogates.

    A file name that is not valid UTF-8 reaches Python with lone surrogates (``surrogateescape``);
    escaped, the record stays valid UTF-8 and ``json.loads`` gives back the very same name, which
    is what ``--resume`` compares.
    """
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True)
    return text


def record_line(outcome: Outcome) -> str:
    """The JSON Lines record of an outcome (with its newline)."""
    path = _json_string(outcome.path)
    if outcome.ok:
        return f'{{"path":{path},"status":"ok","notice":{outcome.payload}}}\n'
    return f'{{"path":{path},"status":"error","error":{_json_string(outcome.payload)}}}\n'


class OutputError(Exception):
    """Output could not be written (disk full, permission denied); what was written before is intact."""


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class JsonlWriter:
    """Appends records to a JSON Lines file or stream, one complete line at a time.

    Each record is written in one piece and flushed, with the stop signals held back meanwhile
    (:func:`~policyparse.batch.signals.deferred_signals`). If a write fails (disk full,
    quota, permission taken away), the file is truncated back to the end of the last complete
    record and :class:`OutputError` is raised; a closed pipe (``EPIPE``) is re-raised as is,
    for the CLI to exit quietly.
    """

    def __init__(self, target: Path | IO[bytes], *, append: bool = False) -> None:
        """Open ``target`` (a path, truncated unless ``append``) or wrap an open binary stream."""
        self._stream: IO[bytes] | None = None
        self._fd: int | None = None
        self._defer = False
        self.name = str(target) if isinstance(target, Path) else "stdout"
        if isinstance(target, Path):
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            try:
                self._fd = os.open(target, flags, 0o644)
                # a write to a regular file ends; one to a FIFO may block, and must stay killable
                self._defer = stat.S_ISREG(os.fstat(self._fd).st_mode)
            except OSError as error:
                raise OutputError(f"cannot open {target} ({error.strerror})") from None
        else:
            self._stream = target

    def write(self, line: str) -> None:
        """Write one record (a line ending in a newline)."""
        data = line.encode("utf-8")
        if self._stream is not None:
            self._stream.write(data)
            self._stream.flush()
            return
        assert self._fd is not None
        try:
            position = os.lseek(self._fd, 0, os.SEEK_END)
        except OSError:
            position = None  # a pipe or character device: nothing to roll back
        try:
            with deferred_signals() if self._defer else contextlib.nullcontext():
                _write_all(self._fd, data)  # a stop signal waits until the record is whole
        except OSError as error:
            if error.errno == errno.EPIPE:
                raise
            if position is not None:
                with contextlib.suppress(OSError):
                    os.ftruncate(self._fd, position)
            raise OutputError(f"cannot write to {self.name} ({error.strerror})") from None

    def close(self) -> None:
        """Close the file (streams are left open)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def write_atomic(path: Path, content: str | bytes | Iterable[bytes]) -> None:
    """Write ``content`` to ``path`` atomically (:func:`policyparse.atomic.write_atomic`).

    Raises :class:`OutputError` when it cannot be written; ``path`` is then unchanged.
    """
    try:
        with deferred_signals():
            atomic.write_atomic(path, content)
    except OSError as error:
        raise OutputError(f"cannot write {path} ({error.strerror})") from None


class DirWriter:
    """Writes one file per input below a directory, each atomically (temp file + ``os.replace``)."""

    def __init__(self, directory: Path, suffix: str) -> None:
        """Write into ``directory``; each output is named ``<input key><suffix>``."""
        self.directory = directory
        self.suffix = suffix

    def target(self, key: str) -> Path:
        """Where the output of the input with ``key`` goes."""
        return self.directory / f"{key}{self.suffix}"

    def write(self, key: str, content: str) -> Path:
        """Write the output of one input; raises :class:`OutputError` on failure."""
        path = self.target(key)
        write_atomic(path, content if content.endswith("\n") else content + "\n")
        return path


def completed_paths(path: Path) -> set[str]:
    """Paths with a record, ``ok`` or ``error``, in an existing JSON Lines output; repairs a torn last line.

    An input is done when the output holds its record, whatever its status: ``--resume`` skips
    it and rewrites nothing, so every input appears exactly once however often a run is
    interrupted and resumed. A last line without its newline (a run killed mid-write) is cut off
    so appending starts on a clean line.
    """
    done: set[str] = set()
    if not path.exists():
        return done
    good_end = 0
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            good_end += len(raw)
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("path"), str):
                done.add(record["path"])
    if good_end != path.stat().st_size:
        with path.open("rb+") as handle:
            handle.truncate(good_end)
    return done


def existing_outputs(writer: DirWriter, inputs: Iterable[Input]) -> set[str]:
    """Keys of inputs whose output file already exists in the ``--out-dir``."""
    return {item.key for item in inputs if writer.target(item.key).exists()}


@dataclass
class BatchStats:
    """Counts and timing of a batch, for the summary line."""

    files: int = 0
    failed: int = 0
    skipped: int = 0
    chars: int = 0
    started: float = field(default_factory=time.perf_counter)
    exit_codes: set[int] = field(default_factory=set)

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        self.files += 1
        self.chars += outcome.chars
        if not outcome.ok:
            self.failed += 1
            self.exit_codes.add(outcome.exit_code)

    def fail_output(self) -> None:
        """Count a parsed input whose output could not be written."""
        self.failed += 1

    @property
    def seconds(self) -> float:
        """Time since the batch started."""
        return time.perf_counter() - self.started

    def summary(self) -> str:
        """One line: files, failures, time, documents and characters per second."""
        seconds = max(self.seconds, 1e-9)
        parts = [f"{self.files} files", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already done)")
        parts += [
            f"{seconds:.1f} s",
            f"{self.files / seconds:.1f} docs/s",
            f"{self.chars / seconds:,.0f} chars/s",
        ]
        return "policyparse: " + ", ".join(parts)


__all__ = [
    "BatchStats",
    "DirWriter",
    "JsonlWriter",
    "OutputError",
    "completed_paths",
    "existing_outputs",
    "record_line",
    "write_atomic",
]
