"""``policyparse render``: a notice as a self-contained HTML report or a Markdown outline."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from policyparse.cli.output import write_stdout

FORMATS = ("html", "markdown")


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("render")
    def render_command(
        path: str = typer.Argument(..., help="A file (text, HTML or .docx), or - for stdin."),
        output: str | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
        output_format: str = typer.Option("html", "--format", "-f", help="html (the report) or markdown."),
        encoding: str | None = typer.Option(None, "--encoding", help="Override encoding detection."),
        simplified: bool = typer.Option(
            False, "--simplified", help="Emit extracted strings in Simplified script."
        ),
        keywords: bool = typer.Option(
            True, "--keywords/--no-keywords", help="Compute keywords (loads jieba)."
        ),
    ) -> None:
        """Render a notice as a self-contained HTML report or a Markdown outline."""
        from policyparse import InputError, parse, parse_file

        if output_format not in FORMATS:
            sys.stderr.write(f"policyparse: unknown format {output_format!r}; choose html or markdown\n")
            raise typer.Exit(2)
        try:
            if path == "-":
                notice = parse(sys.stdin.read(), simplified=simplified, keywords=keywords)
            else:
                notice = parse_file(Path(path), encoding=encoding, simplified=simplified, keywords=keywords)
        except InputError as error:
            sys.stderr.write(f"policyparse: {error}\n")
            raise typer.Exit(error.exit_code) from None
        if output_format == "markdown":
            from policyparse.render.markdown import to_markdown

            rendered = to_markdown(notice)
        else:
            from policyparse.render.html import to_html

            rendered = to_html(notice)
        if output is None or output == "-":
            write_stdout(rendered)
            return
        try:
            Path(output).write_text(rendered, encoding="utf-8", errors="replace")
        except OSError as error:
            sys.stderr.write(f"policyparse: cannot write {output}: {error.strerror or error}\n")
            raise typer.Exit(3) from None
        sys.stderr.write(f"policyparse: wrote {output}\n") if sys.stderr.isatty() else None
