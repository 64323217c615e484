"""``policyparse parse``: files, directories or stdin to JSON, JSON Lines or Markdown.

One file (or ``-``) prints one JSON object, exactly ``Notice.model_dump_json(indent=2)``.
Several inputs (or a directory) make a batch: JSON Lines records on stdout or ``-o FILE``,
or one file per input with ``--out-dir``; see docs/batch.md for the record format.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated

import typer

from policyparse.batch import (
    BatchStats,
    DirWriter,
    Input,
    JsonlWriter,
    Outcome,
    OutputError,
    ParseOptions,
    Render,
    RenderSpec,
    completed_paths,
    default_workers,
    discover,
    existing_outputs,
    input_bytes,
    record_line,
    run_batch,
    stop_on_signals,
    unique_keys,
    work,
    write_atomic,
)
from policyparse.cli.output import broken_pipe
from policyparse.io import InputError
from policyparse.pipeline import DEFAULT_MAX_CHARS

FORMATS = ("json", "jsonl", "markdown")


def _fail(message: str, code: int) -> typer.Exit:
    sys.stderr.write(f"policyparse: {message}\n")
    return typer.Exit(code)


def _anchor(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(f"--anchor-date {value!r} is not a date in the form YYYY-MM-DD", 2) from None


def _check_encoding(encoding: str | None) -> None:
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise _fail(f"unknown encoding {encoding!r} (--encoding)", 2) from None


def _check_markdown() -> None:
    try:
        from policyparse.render.markdown import to_markdown  # type: ignore[import-not-found, unused-ignore]  # noqa: F401
    except ImportError:
        raise _fail(
            "--format markdown is not available in this installation (policyparse.render.markdown)", 2
        ) from None


def _stdout() -> IO[bytes]:
    return sys.stdout.buffer


def _broken_pipe() -> typer.Exit:
    return broken_pipe()


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[object]:
    """A rich progress bar on stderr, only when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
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


def _single(item: Input, options: ParseOptions, spec: RenderSpec, output: Path | None) -> int:
    """One input: print its JSON (or Markdown) or a one-line error; return the exit code."""
    outcome = work((0, item, options, spec))
    if not outcome.ok:
        sys.stderr.write(f"policyparse: {outcome.path}: {outcome.payload}\n")
        return outcome.exit_code
    if spec.render == "record":
        text = record_line(outcome)
    else:
        text = outcome.payload if outcome.payload.endswith("\n") else outcome.payload + "\n"
    if output is None:
        stream = _stdout()
        stream.write(text.encode("utf-8"))
        stream.flush()
        return 0
    try:
        write_atomic(output, text)
    except OutputError as error:
        sys.stderr.write(f"policyparse: {error}\n")
        return 1
    return 0


def _batch(
    inputs: list[Input],
    options: ParseOptions,
    spec: RenderSpec,
    *,
    output: Path | None,
    out_dir: Path | None,
    resume: bool,
    workers: int,
    ordered: bool,
    quiet: bool,
) -> int:
    """Many inputs: stream records or write one file per input; return the exit code."""
    stats = BatchStats()
    dir_writer: DirWriter | None = None
    stream: JsonlWriter | None = None
    if out_dir is not None:
        dir_writer = DirWriter(out_dir, ".md" if spec.render == "markdown" else ".json")
        if resume:
            done_keys = existing_outputs(dir_writer, inputs)
            stats.skipped = sum(1 for item in inputs if item.key in done_keys)
            inputs = [item for item in inputs if item.key not in done_keys]
    else:
        try:
            if output is not None:
                done = completed_paths(output) if resume and output.is_file() else set()
                stats.skipped = sum(1 for item in inputs if item.path in done)
                inputs = [item for item in inputs if item.path not in done]
                stream = JsonlWriter(output, append=resume)
            else:
                stream = JsonlWriter(_stdout())
        except (OutputError, OSError) as error:
            raise _fail(str(error), 1) from None
    workers = max(1, min(workers, len(inputs)))
    stopped: str | None = None
    try:
        with stop_on_signals(), _progress(len(inputs), not quiet) as advance:
            for outcome in run_batch(
                inputs, options, spec=spec, workers=workers, ordered=ordered, worker=work
            ):
                stats.add(outcome)
                stopped = _emit(outcome, stream, dir_writer, stats)
                if callable(advance):
                    advance()
                if stopped is not None:
                    break
    except KeyboardInterrupt as error:  # Ctrl-C, or SIGTERM/SIGHUP via stop_on_signals
        hint = " (rerun with --resume to continue)" if output is not None or out_dir is not None else ""
        sys.stderr.write(f"policyparse: interrupted after {stats.files} inputs{hint}\n")
        raise typer.Exit(getattr(error, "exit_code", 130)) from None
    finally:
        if stream is not None:
            stream.close()
    if stopped is not None:
        sys.stderr.write(
            f"policyparse: {stopped}; stopped after {stats.files} inputs (rerun with --resume)\n"
        )
    if not quiet:
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


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("parse")
    def parse_command(
        paths: Annotated[
            list[str], typer.Argument(help="Files, directories (with --recursive) or - for stdin.")
        ],
        recursive: Annotated[
            bool, typer.Option("--recursive", "-r", help="Parse the files inside directories.")
        ] = False,
        glob: Annotated[
            list[str] | None,
            typer.Option(
                "--glob",
                help="File-name pattern for directory walks (repeatable); default .txt .md .html .htm .docx.",
            ),
        ] = None,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
        ] = None,
        out_dir: Annotated[
            Path | None, typer.Option("--out-dir", help="Write one file per input into DIR.")
        ] = None,
        fmt: Annotated[
            str | None,
            typer.Option(
                "--format",
                "-f",
                help="json (one document), jsonl (records) or markdown; default by input count.",
            ),
        ] = None,
        encoding: Annotated[
            str | None, typer.Option("--encoding", help="Override encoding detection.")
        ] = None,
        simplified: Annotated[
            bool, typer.Option("--simplified", help="Emit extracted strings in Simplified script.")
        ] = False,
        anchor_date: Annotated[
            str | None,
            typer.Option("--anchor-date", help="YYYY-MM-DD that relative deadlines resolve against."),
        ] = None,
        keywords: Annotated[
            bool, typer.Option("--keywords", help="Fill the keywords of notices and tasks.")
        ] = False,
        no_text: Annotated[
            bool, typer.Option("--no-text", help="Leave the input text out of the JSON.")
        ] = False,
        indent: Annotated[
            int | None, typer.Option("--indent", help="JSON indentation for --format json.")
        ] = 2,
        workers: Annotated[
            int | None,
            typer.Option("--workers", "-w", help="Worker processes (default: the number of cores)."),
        ] = None,
        ordered: Annotated[
            bool, typer.Option("--ordered/--unordered", help="Keep input order in the output.")
        ] = True,
        resume: Annotated[
            bool, typer.Option("--resume", help="Skip inputs already done in -o FILE or --out-dir.")
        ] = False,
        max_chars: Annotated[
            int, typer.Option("--max-chars", help="Input size limit in characters; 0 = no limit.")
        ] = DEFAULT_MAX_CHARS,
        quiet: Annotated[
            bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")
        ] = False,
    ) -> None:
        """Parse notices: one input prints one JSON object; several make a batch of JSON Lines."""
        if fmt is not None and fmt not in FORMATS:
            raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}", 2)
        if output is not None and out_dir is not None:
            raise _fail("-o/--output and --out-dir cannot be used together", 2)
        if resume and output is None and out_dir is None:
            raise _fail("--resume needs -o FILE or --out-dir DIR", 2)
        if workers is not None and workers < 1:
            raise _fail("--workers must be at least 1", 2)
        if paths.count("-") > 1:
            raise _fail("standard input (-) can be given only once", 2)
        _check_encoding(encoding)
        if fmt == "markdown":
            _check_markdown()
        options = ParseOptions(
            encoding=encoding,
            simplified=simplified,
            anchor_date=_anchor(anchor_date),
            keywords=keywords,
            max_chars=max_chars or None,
        )
        stdin = sys.stdin.buffer if "-" in paths else None
        try:
            inputs = unique_keys(list(discover(paths, recursive=recursive, globs=glob or (), stdin=stdin)))
        except InputError as error:
            raise _fail(str(error), error.exit_code) from None
        single = len(paths) == 1 and (paths[0] == "-" or not Path(paths[0]).is_dir()) and out_dir is None
        if single:
            single_render: Render = (
                "record" if fmt == "jsonl" else ("markdown" if fmt == "markdown" else "json")
            )
            spec = RenderSpec(single_render, include_text=not no_text, indent=indent)
            try:
                code = _single(inputs[0], options, spec, output)
            except BrokenPipeError:
                raise _broken_pipe() from None
            raise typer.Exit(code)
        if fmt == "json" and out_dir is None:
            raise _fail("--format json writes one document; use jsonl for several inputs, or --out-dir", 2)
        if fmt == "markdown" and out_dir is None:
            raise _fail("--format markdown with several inputs needs --out-dir", 2)
        if fmt == "jsonl" and out_dir is not None:
            raise _fail("--out-dir writes one file per input: use --format json or markdown", 2)
        render: Render = "record"
        if out_dir is not None:
            render = "markdown" if fmt == "markdown" else "json"
        spec = RenderSpec(render, include_text=not no_text, indent=indent)
        try:
            code = _batch(
                inputs,
                options,
                spec,
                output=output,
                out_dir=out_dir,
                resume=resume,
                workers=workers or default_workers(len(inputs), input_bytes(inputs)),
                ordered=ordered,
                quiet=quiet,
            )
        except OSError as error:
            if error.errno == errno.EPIPE:
                raise _broken_pipe() from None
            raise
        raise typer.Exit(code)
