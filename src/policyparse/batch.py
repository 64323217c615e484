"""Batch parsing: find the inputs, parse them in worker processes, write records safely.

The pieces, each usable on its own:

* :func:`discover` turns command-line paths (files, directories, ``-``) into :class:`Input` items;
* :func:`run_batch` parses them in-process or in a
  :class:`~concurrent.futures.ProcessPoolExecutor`, in input order or as they finish, and
  yields one :class:`Outcome` per input — a file that fails is an outcome with an error,
  never an exception, and a worker process that dies takes only its own input down;
* :class:`JsonlWriter` and :class:`DirWriter` write the results so that an interrupted or
  failed write never leaves half a record behind, and :func:`completed_paths` /
  :func:`existing_outputs` tell ``--resume`` what is already done.

A record in a JSON Lines stream is ``{"path": …, "status": "ok", "notice": {…}}`` or
``{"path": …, "status": "error", "error": "…"}``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fnmatch
import json
import multiprocessing
import os
import signal
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Literal

from policyparse.io import InputError, load, load_bytes
from policyparse.models import Notice
from policyparse.pipeline import DEFAULT_MAX_CHARS, InputTooLarge, parse

#: File suffixes a directory walk picks up when no ``--glob`` is given.
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

#: The name under which standard input is reported.
STDIN_NAME = "<stdin>"

#: Files larger than this many bytes per allowed character are refused before being read.
BYTES_PER_CHAR_LIMIT = 10

Render = Literal["record", "json", "markdown"]


class DiscoveryError(InputError):
    """A command-line path cannot be expanded into inputs (a directory without ``recursive``)."""


@dataclass(frozen=True)
class ParseOptions:
    """Options passed through to :func:`policyparse.parse` for every input."""

    encoding: str | None = None
    simplified: bool = False
    anchor_date: dt.date | None = None
    keywords: bool = False
    max_chars: int | None = DEFAULT_MAX_CHARS


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


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of parsing one input.

    Attributes:
        index: Position of the input in the batch.
        path: As in :attr:`Input.path`.
        key: As in :attr:`Input.key`.
        ok: ``True`` when the input was parsed.
        payload: The rendered notice (JSON or Markdown) when ``ok``; else the error message.
        chars: Length of the parsed text (0 on failure).
        exit_code: The CLI exit code the failure maps to (0 when ``ok``).
    """

    index: int
    path: str
    key: str
    ok: bool
    payload: str
    chars: int = 0
    exit_code: int = 0


@dataclass(frozen=True)
class RenderSpec:
    """How a worker turns a notice into text.

    Attributes:
        render: ``"record"`` (compact JSON for a record), ``"json"`` (one JSON document) or
            ``"markdown"`` (``policyparse.render.markdown.to_markdown``).
        include_text: ``False`` leaves the ``text`` field out of the JSON.
        indent: Indentation of ``"json"`` output.
    """

    render: Render = "record"
    include_text: bool = True
    indent: int | None = 2


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


# ---------------------------------------------------------------------------------------------
# Parsing one input (runs in the workers)


def parse_input(item: Input, options: ParseOptions) -> Notice:
    """Read and parse one input. Raises :class:`InputError` (with its exit code) when it cannot be read."""
    if item.error is not None:
        raise InputError(item.path, item.error)
    limit = options.max_chars
    if item.data is not None:
        loaded = load_bytes(item.data, name=STDIN_NAME, encoding=options.encoding)
        loaded.source.path = None
    else:
        if limit is not None:
            try:
                size = os.stat(item.path).st_size
            except OSError:
                size = 0  # load() reports the real reason
            if size > limit * BYTES_PER_CHAR_LIMIT:
                raise InputError(item.path, f"file of {size} bytes exceeds the size limit", exit_code=4)
        loaded = load(item.path, encoding=options.encoding)
    try:
        return parse(
            loaded.text,
            anchor_date=options.anchor_date,
            source=loaded.source,
            simplified=options.simplified,
            keywords=options.keywords,
            max_chars=limit,
            diagnostics=loaded.diagnostics,
            layout=loaded.layout,
        )
    except InputTooLarge as error:
        raise InputError(item.path, str(error), exit_code=4) from None


def render_notice(notice: Notice, spec: RenderSpec) -> str:
    """Serialise ``notice`` as ``spec`` asks (the JSON is ``Notice.to_json``: ``model_dump_json`` unless the text holds lone surrogates)."""
    if spec.render == "markdown":
        from policyparse.render.markdown import to_markdown  # type: ignore[import-not-found, unused-ignore]

        return str(to_markdown(notice))
    exclude = None if spec.include_text else {"text"}
    indent = spec.indent if spec.render == "json" else None
    return notice.to_json(indent=indent, exclude=exclude)


#: One unit of work: the input's position, the input, the parser options and the rendering.
Job = tuple[int, Input, ParseOptions, RenderSpec]


def work(job: Job) -> Outcome:
    """Parse and render one input; every failure becomes an :class:`Outcome` with ``ok=False``."""
    index, item, options, spec = job
    try:
        notice = parse_input(item, options)
        payload = render_notice(notice, spec)
    except InputError as error:
        return Outcome(index, item.path, item.key, False, error.reason, exit_code=error.exit_code)
    except MemoryError:
        return Outcome(index, item.path, item.key, False, "out of memory while parsing", exit_code=1)
    except Exception as error:  # fault isolation: one input never stops the batch
        return Outcome(
            index, item.path, item.key, False, f"internal error: {type(error).__name__}: {error}", exit_code=1
        )
    return Outcome(index, item.path, item.key, True, payload, chars=len(notice.text))


# ---------------------------------------------------------------------------------------------
# Running a batch

Worker = Callable[[Job], Outcome]


def default_workers() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; only the parent handles it (no worker tracebacks).
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _make_pool(workers: int) -> ProcessPoolExecutor:
    # On Linux the workers are forked: they start in milliseconds with the parser already
    # imported and warm, and they do not re-import the caller's __main__ (spawn and forkserver
    # do, which breaks scripts without an ``if __name__ == "__main__":`` guard). Elsewhere the
    # platform's default method is used. Nothing here starts threads before the workers exist.
    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_sigint)


#: A small notice touching every stage (metadata, headings, targets, tasks, agencies, articles).
_WARM_UP_TEXT = (
    "河北省人民政府办公厅关于加快推进新型智慧城市建设的指导意见\n冀政办字〔2019〕1号\n"
    "各市人民政府，省政府各部门：\n一、总体要求\n到2025年，城市治理覆盖率达到90%以上。\n"
    "二、重点任务\n（一）加强基础设施建设。（省发展改革委牵头，省财政厅、省工业和信息化厅配合）\n"
    "第一条 为了规范管理，制定本办法。\n第二条 县级以上地方人民政府市场监督管理部门负责本行政区域内的监督管理工作，"
    "由市发展改革委会同有关部门组织实施。\n河北省人民政府办公厅\n2019年2月19日\n"
)
_warmed = False


def warm_up() -> None:
    """Parse a small notice once in this process so that lazily loaded resources (word lists,
    tokenizer dictionaries, compiled patterns) are loaded before worker processes are forked:
    the workers then inherit them instead of each loading its own copy."""
    global _warmed
    if _warmed:
        return
    _warmed = True
    with contextlib.suppress(Exception):
        parse(_WARM_UP_TEXT)


def _died(job: Job) -> Outcome:
    index, item = job[0], job[1]
    return Outcome(
        index, item.path, item.key, False, "the worker process died while parsing this input", exit_code=1
    )


def _isolate(job: Job, worker: Worker) -> Outcome:
    """Run one job alone in a fresh process: after a pool broke, this finds the input that broke it."""
    with _make_pool(1) as pool:
        try:
            return pool.submit(worker, job).result()
        except BrokenProcessPool:
            return _died(job)


def _stop(pool: ProcessPoolExecutor, *, finished: bool) -> None:
    """Shut ``pool`` down; when the batch did not finish, cancel and end the workers at once.

    Either way the pool's manager thread has ended on return, so nothing is left to race with
    the interpreter's exit (which otherwise can print ``OSError: Bad file descriptor``).
    """
    if not finished:
        pool.shutdown(wait=False, cancel_futures=True)
        processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
        for process in list(processes.values()):
            with contextlib.suppress(Exception):
                process.terminate()
    pool.shutdown(wait=True)


#: Small inputs travel to the workers in chunks of up to this many inputs …
CHUNK_MAX_INPUTS = 32
#: … or of about this many bytes, so that per-task overhead stays small for tiny files.
CHUNK_MAX_BYTES = 256 * 1024


def _size(item: Input) -> int:
    if item.data is not None:
        return len(item.data)
    try:
        return os.stat(item.path).st_size
    except OSError:
        return 0


def _chunks(jobs: Iterator[Job]) -> Iterator[list[Job]]:
    """Consecutive jobs grouped by size: a large file alone, many small ones together."""
    chunk: list[Job] = []
    size = 0
    for job in jobs:
        chunk.append(job)
        size += _size(job[1])
        if len(chunk) >= CHUNK_MAX_INPUTS or size >= CHUNK_MAX_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def work_chunk(worker: Worker, chunk: list[Job]) -> list[Outcome]:
    """Run ``worker`` on each job of a chunk (in a worker process)."""
    return [worker(job) for job in chunk]


#: In ordered mode, at most this many finished outcomes wait for a slow one before them; past
#: it no new work is handed out until the slow input is done (memory stays bounded).
MAX_WAITING = 2048


class _Reorder:
    """Releases outcomes in input order (or at once, when not ``ordered``)."""

    def __init__(self, ordered: bool) -> None:
        self.ordered = ordered
        self.waiting: dict[int, Outcome] = {}
        self.next_index = 0

    def push(self, outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
        """Take finished outcomes; yield those that may go out now."""
        if not self.ordered:
            yield from outcomes
            return
        for outcome in outcomes:
            self.waiting[outcome.index] = outcome
        while self.next_index in self.waiting:
            yield self.waiting.pop(self.next_index)
            self.next_index += 1

    def full(self) -> bool:
        """Whether too many outcomes wait for an earlier one."""
        return len(self.waiting) >= MAX_WAITING


def _run_parallel(jobs: Iterator[Job], workers: int, worker: Worker, ordered: bool) -> Iterator[Outcome]:
    window = workers * 3  # bounded number of chunks in flight: memory stays flat for 10^6 files
    if sys.platform.startswith("linux"):
        warm_up()
    pool = _make_pool(workers)
    chunks = _chunks(jobs)
    in_flight: dict[Future[list[Outcome]], list[Job]] = {}
    reorder = _Reorder(ordered)
    finished = False
    try:
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < window and not reorder.full():
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                in_flight[pool.submit(work_chunk, worker, chunk)] = chunk
            if not in_flight:
                yield from sorted(
                    reorder.waiting.values(), key=lambda outcome: outcome.index
                )  # none expected
                finished = True
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                chunk = in_flight.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    broken = True
                    in_flight[future] = chunk  # re-examined below with the others
                    continue
                yield from reorder.push(results)
            if broken:
                suspects = [job for chunk in in_flight.values() for job in chunk]
                in_flight.clear()
                _stop(pool, finished=False)
                for job in suspects:
                    yield from reorder.push([_isolate(job, worker)])
                pool = _make_pool(workers)
    finally:
        _stop(pool, finished=finished)


def run_batch(
    inputs: Iterable[Input],
    options: ParseOptions = ParseOptions(),
    *,
    spec: RenderSpec = RenderSpec(),
    workers: int = 1,
    ordered: bool = True,
    worker: Worker = work,
) -> Iterator[Outcome]:
    """Parse ``inputs`` and yield one :class:`Outcome` each.

    Args:
        inputs: What to parse (from :func:`discover`).
        options: Passed to the parser for every input.
        spec: How each notice is rendered in the worker (serialising is part of the parallel work).
        workers: Processes to use; ``1`` parses in this process.
        ordered: Yield outcomes in input order (``True``) or as they finish.
        worker: The function run per input (a top-level function, so it can be pickled).

    Closing the generator early (an exception in the consumer, a broken pipe) cancels the
    pending work and returns without waiting for it.
    """
    jobs = ((index, item, options, spec) for index, item in enumerate(inputs))
    if workers <= 1:
        for job in jobs:
            yield worker(job)
        return
    yield from _run_parallel(jobs, workers, worker, ordered)


# ---------------------------------------------------------------------------------------------
# Records and writers


def record_line(outcome: Outcome) -> str:
    """The JSON Lines record of an outcome (with its newline)."""
    path = json.dumps(outcome.path, ensure_ascii=False)
    if outcome.ok:
        return f'{{"path":{path},"status":"ok","notice":{outcome.payload}}}\n'
    return (
        json.dumps(
            {"path": outcome.path, "status": "error", "error": outcome.payload},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        + "\n"
    )


class OutputError(Exception):
    """Output could not be written (disk full, permission denied); what was written before is intact."""


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class JsonlWriter:
    """Appends records to a JSON Lines file or stream, one complete line at a time.

    Each record is written in one piece and flushed. If a write fails (disk full, quota), the
    file is truncated back to the end of the last complete record and :class:`OutputError` is
    raised; a closed pipe (``EPIPE``) is re-raised as is, for the CLI to exit quietly.
    """

    def __init__(self, target: Path | IO[bytes], *, append: bool = False) -> None:
        """Open ``target`` (a path, truncated unless ``append``) or wrap an open binary stream."""
        self._stream: IO[bytes] | None = None
        self._fd: int | None = None
        self.name = str(target) if isinstance(target, Path) else "stdout"
        if isinstance(target, Path):
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            try:
                self._fd = os.open(target, flags, 0o644)
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
            _write_all(self._fd, data)
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


def file_mode() -> int:
    """The permissions a new file gets under the current umask (temporary files start as 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` through a temporary file and :func:`os.replace`.

    Raises :class:`OutputError` when it cannot be written; ``path`` is then unchanged.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError(f"cannot write {path} ({error.strerror})") from None
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8"))
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
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


# ---------------------------------------------------------------------------------------------
# Resume


def completed_paths(path: Path) -> set[str]:
    """Paths with an ``ok`` record in an existing JSON Lines output; repairs a torn last line.

    A last line without its newline (a run killed mid-write) is cut off so appending starts on
    a clean line. Inputs whose record is an error are not in the set: ``--resume`` retries them.
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
            if (
                isinstance(record, dict)
                and record.get("status") == "ok"
                and isinstance(record.get("path"), str)
            ):
                done.add(record["path"])
    if good_end != path.stat().st_size:
        with path.open("rb+") as handle:
            handle.truncate(good_end)
    return done


def existing_outputs(writer: DirWriter, inputs: Iterable[Input]) -> set[str]:
    """Keys of inputs whose output file already exists in the ``--out-dir``."""
    return {item.key for item in inputs if writer.target(item.key).exists()}


# ---------------------------------------------------------------------------------------------
# Statistics


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
    "BYTES_PER_CHAR_LIMIT",
    "CHUNK_MAX_BYTES",
    "CHUNK_MAX_INPUTS",
    "MAX_WAITING",
    "STDIN_NAME",
    "SUPPORTED_SUFFIXES",
    "BatchStats",
    "DirWriter",
    "DiscoveryError",
    "Input",
    "JsonlWriter",
    "Outcome",
    "OutputError",
    "ParseOptions",
    "Render",
    "RenderSpec",
    "completed_paths",
    "default_workers",
    "discover",
    "existing_outputs",
    "file_mode",
    "parse_input",
    "record_line",
    "render_notice",
    "run_batch",
    "unique_keys",
    "warm_up",
    "work",
    "write_atomic",
]
