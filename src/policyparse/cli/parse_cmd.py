"""``policyparse parse``: files, directories or stdin to JSON, JSON Lines or Markdown.

The output rule (also in ``--help``): one file, or standard input, prints one JSON object
(``--format json``, exactly ``Notice.model_dump_json(indent=2)``); several inputs or a
directory print JSON Lines, one record per input (``--format jsonl``, see docs/batch.md);
``--out-dir`` writes one file per input (JSON, or Markdown with ``--format md``).
"""

from __future__ import annotations

import codecs
import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from policyparse.batch import Input, ParseOptions, Render, RenderSpec
from policyparse.cli.common import STDIN, Command, fail, paths_or_stdin
from policyparse.cli.inputs import discovered
from policyparse.cli.options import EncodingOption, SimplifiedOption, paths_argument
from policyparse.cli.output import closed_pipe_exits
from policyparse.cli.parse_run import BatchTarget, run_many, run_single
from policyparse.pipeline import DEFAULT_MAX_CHARS


class OutputFormat(str, Enum):
    """What ``parse`` writes: one JSON document, JSON Lines records, or a Markdown outline."""

    JSON = "json"
    JSONL = "jsonl"
    MD = "md"


HELP = """Parse notices into JSON.

Output: one FILE, or standard input, prints one JSON object (--format json); several inputs
or a DIR print JSON Lines, one record per input (--format jsonl); --out-dir writes one file
per input (JSON, or Markdown with --format md). With no PATH, standard input is read when it
is piped. A DIR is walked recursively for .txt .md .html .htm .docx files (--glob to choose).
"""


def _anchor(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"--anchor-date {value!r} is not a date in the form YYYY-MM-DD", 2) from None


def _check_encoding(encoding: str | None) -> None:
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise fail(f"unknown encoding {encoding!r} (--encoding)", 2) from None


def _check_combination(
    paths: list[str], output: Path | None, out_dir: Path | None, resume: bool, workers: int | None
) -> None:
    if output is not None and out_dir is not None:
        raise fail("-o/--output and --out-dir cannot be used together", 2)
    if resume and output is None and out_dir is None:
        raise fail("--resume needs -o FILE or --out-dir DIR", 2)
    if workers is not None and workers < 1:
        raise fail("--workers must be at least 1", 2)
    if paths.count(STDIN) > 1:
        raise fail("standard input (-) can be given only once", 2)


def _batch_render(fmt: OutputFormat | None, out_dir: Path | None) -> Render:
    """How each input of a batch is written; refuses formats that need one file per input."""
    if out_dir is None:
        if fmt is OutputFormat.JSON:
            raise fail("--format json writes one document; use jsonl for several inputs, or --out-dir", 2)
        if fmt is OutputFormat.MD:
            raise fail("--format md with several inputs needs --out-dir", 2)
        return "record"
    if fmt is OutputFormat.JSONL:
        raise fail("--out-dir writes one file per input: use --format json or md", 2)
    return "markdown" if fmt is OutputFormat.MD else "json"


def _single_render(fmt: OutputFormat | None) -> Render:
    if fmt is OutputFormat.JSONL:
        return "record"
    return "markdown" if fmt is OutputFormat.MD else "json_pieces"


def _inputs(paths: list[str], globs: list[str] | None) -> list[Input]:
    inputs = discovered(paths, globs or ())
    if not inputs:
        patterns = " ".join(globs) if globs else "*.txt *.md *.html *.htm *.docx"
        raise fail(f"no input found in {', '.join(paths)} (files matching {patterns})", 3)
    return inputs


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("parse", cls=Command, help=HELP)
    def parse_command(
        paths: Annotated[
            list[str] | None,
            paths_argument("Files or directories; - (or nothing, when piped) for standard input."),
        ] = None,
        glob: Annotated[
            list[str] | None,
            typer.Option(
                "--glob",
                metavar="PATTERN",
                help="File-name pattern for directories (repeatable); default *.txt *.md *.html *.htm *.docx.",
            ),
        ] = None,
        recursive: Annotated[
            bool,
            typer.Option("--recursive", "-r", hidden=True, help="Accepted; directories are always walked."),
        ] = True,
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout."),
        ] = None,
        out_dir: Annotated[
            Path | None, typer.Option("--out-dir", metavar="DIR", help="Write one file per input into DIR.")
        ] = None,
        fmt: Annotated[
            OutputFormat | None,
            typer.Option(
                "--format",
                "-f",
                help="json: one JSON object; jsonl: one record per line; md: a Markdown outline. "
                "Default: json for one file or stdin, jsonl for several inputs or a directory.",
                show_default=False,
            ),
        ] = None,
        encoding: EncodingOption = None,
        simplified: SimplifiedOption = False,
        anchor_date: Annotated[
            str | None,
            typer.Option(
                "--anchor-date", metavar="DATE", help="YYYY-MM-DD that relative deadlines resolve against."
            ),
        ] = None,
        keywords: Annotated[
            bool, typer.Option("--keywords", help="Fill the keywords of notices and tasks.")
        ] = False,
        no_text: Annotated[
            bool, typer.Option("--no-text", help="Leave the input text out of the JSON.")
        ] = False,
        indent: Annotated[
            int | None, typer.Option("--indent", metavar="N", help="JSON indentation for --format json.")
        ] = 2,
        workers: Annotated[
            int | None,
            typer.Option(
                "--workers",
                "-w",
                metavar="N",
                help="Worker processes. Default: in-process for a small batch, else one per core.",
            ),
        ] = None,
        ordered: Annotated[
            bool, typer.Option("--ordered/--unordered", help="Keep input order in the output.")
        ] = True,
        resume: Annotated[
            bool, typer.Option("--resume", help="Skip inputs already done in -o FILE or --out-dir.")
        ] = False,
        max_chars: Annotated[
            int,
            typer.Option("--max-chars", metavar="N", help="Input size limit in characters; 0 = no limit."),
        ] = DEFAULT_MAX_CHARS,
        quiet: Annotated[
            bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")
        ] = False,
    ) -> None:
        paths = paths_or_stdin(paths)
        _check_combination(paths, output, out_dir, resume, workers)
        _check_encoding(encoding)
        options = ParseOptions(
            encoding=encoding,
            simplified=simplified,
            anchor_date=_anchor(anchor_date),
            keywords=keywords,
            max_chars=max_chars or None,
        )
        inputs = _inputs(paths, glob)
        single = len(paths) == 1 and (paths[0] == STDIN or not Path(paths[0]).is_dir()) and out_dir is None
        with closed_pipe_exits():
            if single:
                spec = RenderSpec(_single_render(fmt), include_text=not no_text, indent=indent)
                raise typer.Exit(run_single(inputs[0], options, spec, output))
            spec = RenderSpec(_batch_render(fmt, out_dir), include_text=not no_text, indent=indent)
            target = BatchTarget(output, out_dir, resume, workers, ordered, quiet)
            raise typer.Exit(run_many(inputs, options, spec, target))
