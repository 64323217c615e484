"""``policyparse parse``: files, directories or stdin to JSON / JSON Lines."""

from __future__ import annotations

import sys
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("parse")
    def parse_command(
        paths: list[str] = typer.Argument(..., help="Files, directories (with --recursive) or - for stdin."),
        encoding: str | None = typer.Option(None, "--encoding", help="Override encoding detection."),
        simplified: bool = typer.Option(False, "--simplified", help="Emit extracted strings in Simplified script."),
        indent: int | None = typer.Option(2, "--indent", help="JSON indentation for a single document."),
    ) -> None:
        """Parse notices and print JSON (one object for one file)."""
        from policyparse import InputError, parse, parse_file

        exit_code = 0
        for name in paths:
            try:
                if name == "-":
                    notice = parse(sys.stdin.read(), simplified=simplified)
                else:
                    notice = parse_file(Path(name), encoding=encoding, simplified=simplified)
            except InputError as error:
                sys.stderr.write(f"policyparse: {error}\n")
                exit_code = error.exit_code
                continue
            sys.stdout.write(notice.model_dump_json(indent=indent if len(paths) == 1 else None) + "\n")
        raise typer.Exit(exit_code)
