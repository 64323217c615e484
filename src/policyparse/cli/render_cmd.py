"""``policyparse render``: notices as self-contained HTML reports (or Markdown outlines).

One document prints its report (or writes it to ``-o FILE``). Several inputs, a directory, or
a JSON Lines file of several notices write one report per document into ``--out-dir DIR``
plus an ``index`` page linking them; a bad input is reported and the others still rendered.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from policyparse.batch import Input, ParseOptions, write_atomic
from policyparse.batch import OutputError as WriteError
from policyparse.cli.common import STDIN, Command, fail, paths_or_stdin
from policyparse.cli.inputs import discovered
from policyparse.cli.options import EncodingOption, SimplifiedOption, paths_argument
from policyparse.cli.output import write_stdout
from policyparse.cli.render_inputs import RENDER_GLOBS, Rendered, notices_of
from policyparse.io import InputError
from policyparse.models import Notice


class ReportFormat(str, Enum):
    """What ``render`` writes: the HTML report or a Markdown outline."""

    HTML = "html"
    MD = "md"


HELP = """Render notices as self-contained HTML reports (or Markdown outlines).

PATH is a document (text, HTML, .docx), or the JSON / JSON Lines that `policyparse parse`
wrote. One document prints its report (or writes -o FILE); several inputs, a DIR (walked
recursively) or a JSON Lines file of several notices write one report per document into
--out-dir DIR, plus index.html. Input that is not a notice is refused.
"""


def _render(notice: Notice, fmt: ReportFormat) -> str:
    if fmt is ReportFormat.MD:
        from policyparse.render.markdown import to_markdown

        return to_markdown(notice)
    from policyparse.render.html import to_html

    return to_html(notice)


def _collect(inputs: list[Input], options: ParseOptions) -> tuple[list[Rendered], list[tuple[str, str, int]]]:
    """Every notice of the inputs, and ``(path, reason, exit code)`` of those that failed."""
    found: list[Rendered] = []
    failed: list[tuple[str, str, int]] = []
    for item in inputs:
        try:
            found.extend(notices_of(item, options))
        except InputError as error:
            failed.append((error.path, error.reason, error.exit_code))
            sys.stderr.write(f"policyparse: {error}\n")
    return found, failed


def _write(path: Path, content: str) -> None:
    try:
        write_atomic(path, content)
    except WriteError as error:
        raise fail(str(error), 1) from None


def _write_many(
    found: list[Rendered], failed: list[tuple[str, str, int]], out_dir: Path, fmt: ReportFormat
) -> None:
    from policyparse.render.index import Entry, index_html, index_markdown

    suffix = ".md" if fmt is ReportFormat.MD else ".html"
    entries = []
    names: dict[str, int] = {}
    for item in found:
        count = names[item.key] = names.get(item.key, 0) + 1
        name = f"{item.key}{'' if count == 1 else f'~{count}'}{suffix}"
        _write(out_dir / name, _render(item.notice, fmt))
        entries.append(Entry(name, item.source, item.notice))
    if fmt is ReportFormat.MD:
        _write(out_dir / "index.md", index_markdown(entries))
    else:
        _write(out_dir / "index.html", index_html(entries, failures=[(p, r) for p, r, _ in failed]))
    sys.stderr.write(f"policyparse: wrote {len(entries)} reports and {out_dir / ('index' + suffix)}\n")


def _inputs(paths: list[str]) -> list[Input]:
    return discovered(paths, RENDER_GLOBS)


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("render", cls=Command, help=HELP)
    def render_command(
        paths: Annotated[
            list[str] | None,
            paths_argument(
                "Documents, parsed JSON/JSON Lines, or directories; - (or nothing, when piped) for stdin."
            ),
        ] = None,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the one report to FILE.")
        ] = None,
        out_dir: Annotated[
            Path | None,
            typer.Option(
                "--out-dir", metavar="DIR", help="Write one report per document and an index into DIR."
            ),
        ] = None,
        fmt: Annotated[
            ReportFormat, typer.Option("--format", "-f", help="html (the report) or md (an outline).")
        ] = ReportFormat.HTML,
        encoding: EncodingOption = None,
        simplified: SimplifiedOption = False,
        keywords: Annotated[
            bool, typer.Option("--keywords/--no-keywords", help="Compute keywords (loads jieba).")
        ] = True,
    ) -> None:
        paths = paths_or_stdin(paths)
        if output is not None and out_dir is not None:
            raise fail("-o/--output and --out-dir cannot be used together", 2)
        options = ParseOptions(encoding=encoding, simplified=simplified, keywords=keywords)
        inputs = _inputs(paths)
        if out_dir is None and len(inputs) > 1:
            raise fail(f"{len(inputs)} inputs: give --out-dir DIR for one report each plus an index", 2)
        found, failed = _collect(inputs, options)
        if out_dir is not None:
            _write_many(found, failed, out_dir, fmt)
            raise typer.Exit(1 if failed else 0)
        if len(found) > 1:
            raise fail(f"{len(found)} notices in {paths[0]}: give --out-dir DIR for one report each", 2)
        if failed:
            raise typer.Exit(failed[0][2])
        rendered = _render(found[0].notice, fmt)
        if output is None or str(output) == STDIN:
            write_stdout(rendered)
            return
        _write(output, rendered)
