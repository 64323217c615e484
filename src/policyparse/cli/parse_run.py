"""Running ``policyparse parse``: one input to stdout or a file, or a batch of records or files.

Progress goes to stderr, and only when it cannot interleave with the data in one terminal:
stderr is a terminal and the data goes elsewhere (``-o``, ``--out-dir``, or a stdout that is
not a terminal). A batch ends with one summary line on stderr either way (unless ``--quiet``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import typer

from policyparse.batch import (
    BatchStats,
    DirWriter,
    Input,
    JsonlWriter,
    Outcome,
    OutputError,
    ParseOptions,
    RenderSpec,
    completed_paths,
    existing_outputs,
    input_bytes,
    record_line,
    stop_on_signals,
    work,
    write_atomic,
)
from policyparse.batch.inputs import size_of
from policyparse.cli.common import fail
from policyparse.cli.memory import hold_mmap_threshold
from policyparse.models import Notice


def _stdout() -> IO[bytes]:
    return sys.stdout.buffer


def _isatty(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):
        return False


def progress_allowed(*, to_file: bool) -> bool:
    """Whether a progress bar on stderr cannot mix with data: stderr is a terminal and the data
    goes to a file (``to_file``) or to a stdout that is not a terminal."""
    return _isatty(sys.stderr) and (to_file or not _isatty(sys.stdout))


@contextmanager
def progress_bar(total: int, enabled: bool) -> Iterator[Callable[[], None] | None]:
    """A rich progress bar on stderr when ``enabled``; yields the function that advances it."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    # auto_refresh=False: no refresh thread, so forking worker processes stays safe
    progress = Progress(
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
        auto_refresh=False,
    )
    with progress:
        task = progress.add_task("parse", total=total)
        last_refresh = 0.0

        def advance() -> None:
            nonlocal last_refresh
            progress.advance(task)
            now = time.monotonic()
            if now - last_refresh >= 0.1:  # at most ten redraws a second
                progress.refresh()
                last_refresh = now

        yield advance


#: Characters encoded and written at a time: the JSON of a long document is not copied whole
#: into bytes (its UTF-8 took as much memory again as the text).
WRITE_PIECE = 1 << 20


def _write_encoded(stream: IO[bytes], content: str | Iterable[bytes]) -> None:
    """Write ``content`` (``str`` as UTF-8, a piece at a time, or pieces of bytes) and flush."""
    if isinstance(content, str):
        text = content
        content = (
            text[start : start + WRITE_PIECE].encode("utf-8") for start in range(0, len(text), WRITE_PIECE)
        )
    for piece in content:
        stream.write(piece)
    stream.flush()


def _json_lines(notice: Notice, spec: RenderSpec) -> Iterator[bytes]:
    """The notice's JSON (``Notice.model_dump_json``, byte for byte) and its newline, in pieces."""
    exclude = None if spec.include_text else {"text"}
    if spec.indent is None:
        yield notice.to_json(exclude=exclude).encode("utf-8")
    else:
        yield from notice.json_pieces(indent=spec.indent, exclude=exclude)
    yield b"\n"


def run_single(item: Input, options: ParseOptions, spec: RenderSpec, output: Path | None) -> int:
    """One input: print its JSON (or Markdown) or a one-line error; return the exit code."""
    hold_mmap_threshold(input_bytes([item]))
    outcome = work((0, item, options, spec))
    if not outcome.ok:
        sys.stderr.write(f"policyparse: {outcome.path}: {outcome.payload}\n")
        return outcome.exit_code
    content: str | Iterable[bytes]
    if outcome.notice is not None:
        content = _json_lines(outcome.notice, spec)  # a field at a time: no copy of the whole
    elif spec.render == "record":
        content = record_line(outcome)
    else:
        content = outcome.payload if outcome.payload.endswith("\n") else outcome.payload + "\n"
    if output is None:
        _write_encoded(_stdout(), content)
        return 0
    try:
        write_atomic(output, content)
    except OutputError as error:
        sys.stderr.write(f"policyparse: {error}\n")
        return 1
    return 0


@dataclass(frozen=True)
class BatchTarget:
    """Where a batch writes, and how it runs."""

    output: Path | None
    out_dir: Path | None
    resume: bool
    workers: int | None
    ordered: bool
    quiet: bool


def _open_writers(
    inputs: list[Input], spec: RenderSpec, target: BatchTarget, stats: BatchStats
) -> tuple[list[Input], JsonlWriter | None, DirWriter | None]:
    """The writer of the batch, and the inputs left once ``--resume`` skipped those done."""
    if target.out_dir is not None:
        inputs, dir_writer = _open_dir(inputs, spec, target.out_dir, target.resume, stats)
        return inputs, None, dir_writer
    try:
        if target.output is None:
            return inputs, JsonlWriter(_stdout()), None
        done = completed_paths(target.output) if target.resume and target.output.is_file() else set()
        stats.skipped = sum(1 for item in inputs if item.path in done)
        inputs = [item for item in inputs if item.path not in done]
        return inputs, JsonlWriter(target.output, append=target.resume), None
    except (OutputError, OSError) as error:
        raise fail(str(error), 1) from None


def _open_dir(
    inputs: list[Input], spec: RenderSpec, out_dir: Path, resume: bool, stats: BatchStats
) -> tuple[list[Input], DirWriter]:
    """The writer of one file per input, and the inputs whose file is not there yet (``--resume``)."""
    dir_writer = DirWriter(out_dir, ".md" if spec.render == "markdown" else ".json")
    if resume:
        done_keys = existing_outputs(dir_writer, inputs)
        stats.skipped = sum(1 for item in inputs if item.key in done_keys)
        inputs = [item for item in inputs if item.key not in done_keys]
    return inputs, dir_writer


def run_many(inputs: list[Input], options: ParseOptions, spec: RenderSpec, target: BatchTarget) -> int:
    """Many inputs: stream records or write one file per input; return the exit code."""
    from policyparse.batch import pool  # loaded only for many inputs

    stats = BatchStats()
    inputs, stream, dir_writer = _open_writers(inputs, spec, target, stats)
    hold_mmap_threshold(max((size_of(item) for item in inputs), default=0))  # workers inherit it
    workers = target.workers or pool.default_workers(len(inputs), input_bytes(inputs))
    workers = max(1, min(workers, len(inputs)))
    to_file = target.output is not None or target.out_dir is not None
    stopped: str | None = None
    try:
        with (
            stop_on_signals(),
            progress_bar(len(inputs), not target.quiet and progress_allowed(to_file=to_file)) as advance,
        ):
            for outcome in pool.run_batch(
                inputs, options, spec=spec, workers=workers, ordered=target.ordered, worker=work
            ):
                stats.add(outcome)
                stopped = _emit(outcome, stream, dir_writer, stats)
                if advance is not None:
                    advance()
                if stopped is not None:
                    break
    except KeyboardInterrupt as error:  # Ctrl-C, or SIGTERM/SIGHUP through stop_on_signals
        hint = " (rerun with --resume to continue)" if to_file else ""
        sys.stderr.write(f"policyparse: interrupted after {stats.files} inputs{hint}\n")
        raise typer.Exit(getattr(error, "exit_code", 130)) from None
    finally:
        if stream is not None:
            stream.close()
    if stopped is not None:
        sys.stderr.write(
            f"policyparse: {stopped}; stopped after {stats.files} inputs (rerun with --resume)\n"
        )
    if not target.quiet:
        sys.stderr.write(stats.summary() + "\n")
    return 1 if stats.failed or stopped else 0


def _emit(
    outcome: Outcome, stream: JsonlWriter | None, dir_writer: DirWriter | None, stats: BatchStats
) -> str | None:
    """Write one outcome; return a message when the output stream itself failed (the batch stops)."""
    if stream is not None:
        try:
            stream.write(record_line(outcome))
        except OutputError as error:
            stats.fail_output()
            return str(error)
        return None
    assert dir_writer is not None
    if not outcome.ok:
        sys.stderr.write(f"policyparse: {outcome.path}: {outcome.payload}\n")
        return None
    try:
        dir_writer.write(outcome.key, outcome.payload)
    except OutputError as error:
        stats.fail_output()
        sys.stderr.write(f"policyparse: {outcome.path}: {error}\n")
    return None
