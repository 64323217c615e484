"""``policyparse export``: what ``parse`` wrote, as SQLite, Parquet or CSV tables.

Inputs are the JSON Lines of ``parse -o``, the files of ``parse --out-dir`` (a directory is
walked for ``*.json`` and ``*.jsonl``), or standard input. ``doc_id`` is each document's path
relative to ``--root`` (default: the deepest directory holding every document exported).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any

import typer

from policyparse.cli.common import STDIN, Command, fail, paths_or_stdin
from policyparse.cli.options import paths_argument

#: What a directory walk picks up for ``export``.
EXPORT_GLOBS = ("*.json", "*.jsonl", "*.ndjson")

HELP = """Write parse results as tables joinable by doc_id (documents, headings, targets, tasks …).

PATH is the JSON Lines of `policyparse parse -o`, a JSON file or a DIR of them (`parse
--out-dir`), or - (or nothing, when piped) for standard input. Give one or more of --sqlite,
--parquet and --csv. doc_id is the document's path relative to --root (default: the deepest
directory holding all the documents), so runs from absolute and relative paths join.
"""


def _files(paths: list[str]) -> list[str]:
    """The input files: files as given, directories walked for JSON and JSON Lines."""
    from policyparse.batch import discover

    files: list[str] = []
    for name in paths:
        if name == STDIN:
            files.append(name)
        elif Path(name).is_dir():
            files += [item.path for item in discover([name], recursive=True, globs=EXPORT_GLOBS)]
        elif Path(name).is_file():
            files.append(name)
        else:
            raise fail(f"{name}: no such file", 3)
    if not files:
        raise fail(f"no JSON or JSON Lines files in {', '.join(paths)}", 3)
    return files


def _root(files: list[str], stdin_records: list[Mapping[str, Any]], given: Path | None) -> str | None:
    """The directory ``doc_id`` is relative to: ``--root``, else the documents' common directory."""
    from policyparse.records import record_paths
    from policyparse.tables import common_root

    if given is not None:
        return str(given)
    paths: list[str | None] = [
        record.get("path") for record in stdin_records if isinstance(record.get("path"), str)
    ]
    for name in files:
        if name != STDIN:
            try:
                paths += list(record_paths(Path(name)))
            except (OSError, ValueError):
                continue  # reported when the file is read for real
    return common_root(paths)


class _Run:
    """Feeds the records to each writer and reports the records that are not notices (once)."""

    def __init__(self, files: list[str], stdin_records: list[Mapping[str, Any]]) -> None:
        self.files = files
        self.stdin_records = stdin_records
        self.invalid: set[str] = set()

    def records(self) -> Iterator[Mapping[str, Any]]:
        from policyparse.records import read_records

        for name in self.files:
            if name == STDIN:
                yield from self.stdin_records
            else:
                yield from read_records(Path(name))

    def report(self, item: Mapping[str, Any] | object, error: Exception) -> None:
        where = str(item.get("path", "?")) if isinstance(item, Mapping) else "?"
        if where in self.invalid:
            return
        self.invalid.add(where)
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        sys.stderr.write(f"policyparse: skipped a record that is not a notice ({where}): {first}\n")


def _summary(target: str, counts: dict[str, int], quiet: bool) -> None:
    if not quiet:
        rows = ", ".join(f"{name} {count}" for name, count in counts.items())
        sys.stderr.write(f"policyparse: wrote {target}: {rows}\n")


def _check_targets(sqlite: Path | None, parquet: Path | None, csv: Path | None, paths: list[str]) -> None:
    if sqlite is None and parquet is None and csv is None:
        raise fail("nothing to do: give --sqlite FILE, --parquet DIR and/or --csv DIR", 2)
    if paths.count(STDIN) > 1:
        raise fail("standard input (-) can be given only once", 2)
    if parquet is not None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise fail("--parquet needs pyarrow: pip install 'policyparse[export]'", 2) from None


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("export", cls=Command, help=HELP)
    def export_command(
        paths: Annotated[
            list[str] | None, paths_argument("JSON Lines or JSON files, or directories of them.")
        ] = None,
        sqlite: Annotated[
            Path | None,
            typer.Option("--sqlite", metavar="FILE", help="Write the tables to this SQLite file."),
        ] = None,
        parquet: Annotated[
            Path | None,
            typer.Option("--parquet", metavar="DIR", help="Write one Parquet file per table into DIR."),
        ] = None,
        csv: Annotated[
            Path | None, typer.Option("--csv", metavar="DIR", help="Write one CSV file per table into DIR.")
        ] = None,
        root: Annotated[
            Path | None,
            typer.Option(
                "--root",
                metavar="DIR",
                help="doc_id is the path relative to DIR (default: common directory).",
            ),
        ] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No row counts on stderr.")] = False,
    ) -> None:
        import sqlite3

        from policyparse import export

        paths = paths_or_stdin(paths)
        _check_targets(sqlite, parquet, csv, paths)
        files = _files(paths)
        stdin_records = list(export.read_records(sys.stdin.buffer)) if STDIN in files else []
        base = _root(files, stdin_records, root)
        run = _Run(files, stdin_records)
        writers: list[tuple[Path, str, Callable[..., dict[str, int]]]] = [
            (target, label, write)
            for target, label, write in (
                (sqlite, str(sqlite), export.to_sqlite),
                (parquet, f"{parquet}/", export.to_parquet),
                (csv, f"{csv}/", export.to_csv),
            )
            if target is not None
        ]
        counts: dict[str, int] = {}
        try:
            for target, label, write in writers:
                counts = write(run.records(), target, on_error=run.report, root=base)
                _summary(label, counts, quiet)
        except ValueError as error:
            raise fail(f"cannot read the input: {error}", 3) from None
        except (OSError, sqlite3.Error) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise fail(f"cannot write: {reason}", 1) from None
        if counts.get("documents", 0) == 0:
            raise fail("no notices found in the input (expected what `policyparse parse` writes)", 1)
        raise typer.Exit(1 if run.invalid else 0)
