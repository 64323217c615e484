"""``policyparse serve``: browse a corpus database (written by ``export --sqlite``) in Datasette.

A thin verb over :mod:`policyparse.corpus.serve`: it checks the database, builds the Datasette
instance with the shipped metadata and serves it (or answers one ``--get`` in process, or
writes the metadata for ``datasette DB -m FILE``). Datasette comes with the ``explore`` extra.
"""

from __future__ import annotations

import json
import sys
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from policyparse.cli.common import Command, fail

HELP = """Browse a corpus database in Datasette: tables with descriptions, facets, search and canned queries.

DB is the SQLite file of `policyparse export --sqlite`. Serves it at http://HOST:PORT/ until
interrupted (Ctrl-C). --get PATH prints one page (e.g. /corpus.json) without opening a port;
--write-metadata FILE writes the metadata for `datasette DB -m FILE` instead. Needs the
explore extra: pip install 'policyparse[explore]'.
"""


def _datasette_missing() -> bool:
    try:
        import datasette  # noqa: F401
    except ImportError:
        return True
    return False


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("serve", cls=Command, help=HELP)
    def serve_command(
        database: Annotated[
            Path,
            typer.Argument(metavar="DB", help="SQLite file written by export --sqlite.", show_default=False),
        ],
        host: Annotated[
            str, typer.Option("--host", metavar="HOST", help="Address to listen on.")
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", "-p", metavar="PORT", help="Port to listen on.")] = 8001,
        open_browser: Annotated[bool, typer.Option("--open", help="Open the page in a web browser.")] = False,
        get: Annotated[
            str | None,
            typer.Option("--get", metavar="PATH", help="Print the page at PATH and exit (no port)."),
        ] = None,
        write_metadata: Annotated[
            Path | None,
            typer.Option(
                "--write-metadata", metavar="FILE", help="Write the Datasette metadata to FILE and exit."
            ),
        ] = None,
    ) -> None:
        from policyparse.corpus import serve

        if write_metadata is not None:
            from policyparse.corpus.datasette import metadata

            text = json.dumps(metadata(database.stem), ensure_ascii=False, indent=2) + "\n"
            try:
                write_metadata.write_text(text, encoding="utf-8")
            except OSError as error:
                raise fail(f"{write_metadata}: cannot write ({error.strerror or error})", 1) from None
            return
        if not database.is_file():
            raise fail(f"{database}: no such file", 3)
        try:
            serve.check_database(database)
        except serve.NotACorpus as error:
            raise fail(f"{database}: {error}", 3) from None
        if _datasette_missing():
            raise fail("serve needs Datasette: pip install 'policyparse[explore]'", 2)
        datasette = serve.make_datasette(database)
        if get is not None:
            status, body = serve.get(datasette, get)
            sys.stdout.write(body if body.endswith("\n") else body + "\n")
            raise typer.Exit(0 if status == 200 else 1)
        url = f"http://{host}:{port}/{database.stem}"
        sys.stderr.write(f"policyparse: serving {database} at {url} (Ctrl-C to stop)\n")
        if open_browser:
            webbrowser.open(url)
        serve.run(datasette, host=host, port=port)
