"""What every verb shares: one-line errors, and reading standard input when no path is given."""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperCommand

#: The name standard input goes by on the command line.
STDIN = "-"


def fail(message: str, code: int) -> typer.Exit:
    """Write ``policyparse: message`` to stderr and return the exit to raise with ``code``."""
    sys.stderr.write(f"policyparse: {message}\n")
    return typer.Exit(code)


def stdin_is_piped() -> bool:
    """True when standard input is a pipe or a file, not a terminal (nor closed)."""
    stream = sys.stdin
    if stream is None or stream.closed:
        return False
    try:
        return not stream.isatty()
    except (ValueError, OSError):
        return False


def paths_or_stdin(paths: list[str] | None) -> list[str]:
    """The paths as given; none at all means standard input when it is piped.

    Raises:
        typer.Exit: no path and standard input is a terminal (exit code 2, with a hint).
    """
    if paths:
        return paths
    if stdin_is_piped():
        return [STDIN]
    raise fail("no input: give a FILE or DIR, or pipe a document into standard input (see --help)", 2)


class Command(TyperCommand):
    """A typer command whose help names arguments by their metavar (``PATH...``), as click does.

    Typer prints an argument's Python type beside it (``paths <list[str]>``); the help of every
    verb shows ``UPPER`` placeholders instead, like the options' ``metavar``.
    """

    def format_options(self, ctx: Any, formatter: Any) -> None:
        """Write the Arguments and Options sections."""
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                name = param.metavar or (param.name or "").upper()
                arguments.append((name + ("..." if param.nargs != 1 else ""), record[1]))
            else:
                options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
