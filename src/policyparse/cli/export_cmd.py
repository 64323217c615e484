"""``policyparse export``: the JSON Lines that ``parse`` writes, as SQLite or Parquet tables."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any

import typer


def _fail(message: str, code: int) -> typer.Exit:
    sys.stderr.write(f"policyparse: {message}\n")
    return typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("export")
    def export_command(
        inputs: Annotated[
            list[str],
            typer.Argument(
                help="JSON Lines written by `policyparse parse` (or one notice JSON); - for stdin."
            ),
        ],
        sqlite: Annotated[
            Path | None, typer.Option("--sqlite", help="Write the tables to this SQLite file.")
        ] = None,
        parquet: Annotated[
            Path | None,
            typer.Option("--parquet", help="Write one Parquet file per table into this directory."),
        ] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No row counts on stderr.")] = False,
    ) -> None:
        """Write parse results as tables joinable by doc_id (documents, headings, targets, tasks …)."""
        from policyparse import export

        if sqlite is None and parquet is None:
            raise _fail("nothing to do: give --sqlite FILE and/or --parquet DIR", 2)
        if inputs.count("-") > 1:
            raise _fail("standard input (-) can be given only once", 2)
        if parquet is not None:
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                raise _fail("--parquet needs pyarrow: pip install 'policyparse[export]'", 2) from None
        for name in inputs:
            if name != "-" and not Path(name).is_file():
                reason = "is a directory" if Path(name).is_dir() else "no such file"
                raise _fail(f"{name}: {reason}", 3)
        invalid: list[str] = []

        def report(item: Mapping[str, Any] | object, error: Exception) -> None:
            where = item.get("path", "?") if isinstance(item, Mapping) else "?"
            first = str(error).splitlines()[0] if str(error) else type(error).__name__
            invalid.append(str(where))
            sys.stderr.write(f"policyparse: skipped a record that is not a notice ({where}): {first}\n")

        stdin_records: list[Mapping[str, Any]] | None = None
        if "-" in inputs:
            stdin_records = list(export.read_records(sys.stdin.buffer))

        def records() -> Iterator[Mapping[str, Any]]:
            for name in inputs:
                if name == "-":
                    yield from stdin_records or []
                else:
                    yield from export.read_records(Path(name))

        counts: dict[str, int] = {}
        try:
            if sqlite is not None:
                counts = export.to_sqlite(records(), sqlite, on_error=report)
                _summary(f"{sqlite}", counts, quiet)
            if parquet is not None:
                # the records were already checked (and bad ones reported) by the SQLite pass
                counts = export.to_parquet(records(), parquet, on_error=report if sqlite is None else _skip)
                _summary(f"{parquet}/", counts, quiet)
        except ValueError as error:
            raise _fail(f"cannot read the input: {error}", 3) from None
        except (OSError, sqlite3.Error) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise _fail(f"cannot write: {reason}", 1) from None
        if counts["documents"] == 0:
            raise _fail("no notices found in the input (expected the JSON Lines of `policyparse parse`)", 1)
        raise typer.Exit(1 if invalid else 0)


def _skip(item: object, error: Exception) -> None:
    return None


def _summary(target: str, counts: dict[str, int], quiet: bool) -> None:
    if not quiet:
        rows = ", ".join(f"{name} {count}" for name, count in counts.items())
        sys.stderr.write(f"policyparse: wrote {target}: {rows}\n")
