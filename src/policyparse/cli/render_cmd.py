"""``policyparse render``: notices as self-contained HTML reports (or Markdown outlines).

One document prints its report (or writes it to ``-o FILE``). Several inputs, a directory, or
a JSON Lines file of several notices write one report per document into ``--out-dir DIR`` (or
``-o DIR/``) plus the corpus pages (:mod:`policyparse.render.site`): the index of documents,
the targets by deadline year, the agency × task matrix and the links between documents; a bad
input is reported and the others still rendered.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from policyparse.batch import Input, ParseOptions, write_atomic
from policyparse.batch import OutputError as WriteError
from policyparse.cli.common import STDIN, Command, fail, paths_or_stdin
from policyparse.cli.inputs import discovered
from policyparse.cli.options import EncodingOption, SimplifiedOption, paths_argument
from policyparse.cli.output import write_stdout
from policyparse.io import InputError

if TYPE_CHECKING:  # pragma: no cover - typing only; the readers are imported when rendering
    from policyparse.cli.render_inputs import Rendered
    from policyparse.models import Notice


class ReportFormat(str, Enum):
    """What ``render`` writes: the HTML report or a Markdown outline."""

    HTML = "html"
    MD = "md"


HELP = """Render notices as self-contained HTML reports (or Markdown outlines).

PATH is a document (text, HTML, .docx), or the JSON / JSON Lines that `policyparse parse`
wrote. One document prints its report (or writes -o FILE); several inputs, a DIR (walked
recursively) or a JSON Lines file of several notices write one report per document into
--out-dir DIR (or -o DIR/), plus the corpus pages: index.html (documents by kind, issuer and
date), index-targets.html (targets by deadline year), index-agencies.html (agencies x tasks)
and index-links.html (citations between documents). Input that is not a notice is refused.
"""


def _render(notice: Notice, fmt: ReportFormat) -> str:
    if fmt is ReportFormat.MD:
        from policyparse.render.markdown import to_markdown

        return to_markdown(notice)
    from policyparse.render.html import to_html

    return to_html(notice)


def _collect(inputs: list[Input], options: ParseOptions) -> tuple[list[Rendered], list[tuple[str, str, int]]]:
    """Every notice of the inputs, and ``(path, reason, exit code)`` of those that failed."""
    from policyparse.cli.render_inputs import notices_of

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


def _names(found: list[Rendered], suffix: str) -> list[str]:
    """The report file of each notice: its key plus ``suffix``, made unique, never a corpus page's name."""
    from policyparse.render.corpus import PAGES

    taken = {name for name, _ in PAGES.values()}
    names = []
    for item in found:
        name, count = f"{item.key}{suffix}", 1
        while name in taken:
            count += 1
            name = f"{item.key}~{count}{suffix}"
        taken.add(name)
        names.append(name)
    return names


def _write_many(
    found: list[Rendered], failed: list[tuple[str, str, int]], out_dir: Path, fmt: ReportFormat
) -> None:
    from policyparse.render.corpus import Corpus, Entry
    from policyparse.render.index import index_markdown

    suffix = ".md" if fmt is ReportFormat.MD else ".html"
    entries = [
        Entry(name, item.source, item.notice) for name, item in zip(_names(found, suffix), found, strict=True)
    ]
    if fmt is ReportFormat.MD:
        for entry in entries:
            _write(out_dir / entry.href, _render(entry.notice, fmt))
        _write(out_dir / "index.md", index_markdown(entries))
    else:
        from policyparse.render.corpus_links import related_of
        from policyparse.render.html import to_html
        from policyparse.render.site import site_pages

        corpus = Corpus.of(entries, [(p, r) for p, r, _ in failed])
        related = related_of(corpus)
        for entry in entries:
            _write(out_dir / entry.href, to_html(entry.notice, related=related[entry.href]))
        for name, content in site_pages(corpus).items():
            _write(out_dir / name, content)
    sys.stderr.write(f"policyparse: wrote {len(entries)} reports and {out_dir / ('index' + suffix)}\n")


def _names_a_directory(output: Path) -> bool:
    """``-o`` names a directory: it ends with a separator, or is one."""
    text = str(output)
    return text.endswith(("/", os.sep)) or output.is_dir()


def _inputs(paths: list[str]) -> list[Input]:
    from policyparse.cli.render_inputs import RENDER_GLOBS

    return discovered(paths, RENDER_GLOBS)


def _destination(
    inputs: list[Input], output: Path | None, out_dir: Path | None
) -> tuple[Path | None, Path | None]:
    """``(output, out_dir)`` as the inputs make them: ``-o DIR/``, or ``-o DIR`` with several
    inputs, is ``--out-dir DIR``; several inputs need a directory."""
    if out_dir is None and output is not None and (len(inputs) > 1 or _names_a_directory(output)):
        out_dir, output = output, None
    if out_dir is None and len(inputs) > 1:
        raise fail(
            f"{len(inputs)} inputs: give --out-dir DIR (or -o DIR/) for one report each plus an index", 2
        )
    return output, out_dir


def _render_found(
    paths: list[str],
    inputs: list[Input],
    options: ParseOptions,
    output: Path | None,
    out_dir: Path | None,
    fmt: ReportFormat,
) -> None:
    """Parse or read ``inputs`` and write their report(s) where :func:`_destination` decided."""
    found, failed = _collect(inputs, options)
    if out_dir is None and output is not None and str(output) != STDIN and len(found) > 1:
        out_dir, output = output, None  # one JSON Lines file of several notices: -o is a folder
    if out_dir is not None:
        _write_many(found, failed, out_dir, fmt)
        raise typer.Exit(1 if failed else 0)
    if len(found) > 1:
        raise fail(
            f"{len(found)} notices in {paths[0]}: give --out-dir DIR (or -o DIR/) for one report each", 2
        )
    if failed:
        raise typer.Exit(failed[0][2])
    rendered = _render(found[0].notice, fmt)
    if output is None or str(output) == STDIN:
        write_stdout(rendered)
        return
    _write(output, rendered)


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
        output, out_dir = _destination(inputs, output, out_dir)
        _render_found(paths, inputs, options, output, out_dir, fmt)
