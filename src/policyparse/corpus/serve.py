"""Serving a corpus database with Datasette (the ``explore`` extra): ``policyparse serve``.

:func:`make_datasette` builds the Datasette instance with the shipped metadata
(:func:`policyparse.corpus.datasette.metadata`) and the plugin's SQL functions; tests use its
own test client (``datasette.client``), :func:`run` serves it over HTTP with uvicorn as
``datasette serve`` does.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

from policyparse.corpus.datasette import metadata

#: Datasette settings for a corpus: facets may take a second on 10^5 documents; no facet
#: suggestions (each costs a query per column on every table page).
SETTINGS: dict[str, Any] = {
    "default_page_size": 50,
    "facet_time_limit_ms": 1000,
    "sql_time_limit_ms": 5000,
    "suggest_facets": False,
}


class NotACorpus(ValueError):
    """A file that is not a corpus database written by ``policyparse export``."""


def check_database(path: Path) -> None:
    """Raise :class:`NotACorpus` unless ``path`` holds the tables, links and search indexes of an export."""
    from policyparse.corpus.search import SEARCHED

    needed = {"documents", "links", *(s.pairs for s in SEARCHED), *(s.trigrams for s in SEARCHED)}
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise NotACorpus(f"is not an SQLite database ({error})") from None
    missing = sorted(needed - names)
    if "documents" in missing:
        raise NotACorpus("is not a policyparse export (no documents table)")
    if missing:
        raise NotACorpus(
            f"has no {', '.join(missing[:3])}: it was written by an older policyparse; run export again"
        )


def make_datasette(path: Path, *, settings: dict[str, Any] | None = None) -> Any:
    """A Datasette serving the corpus database at ``path`` (immutable) with the shipped metadata."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from policyparse.corpus import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="policyparse")
    return Datasette(
        immutables=[str(path)],
        metadata=metadata(path.stem),
        settings={**SETTINGS, **(settings or {})},
    )


def run(datasette: Any, *, host: str, port: int) -> None:
    """Serve ``datasette`` at ``host:port`` until interrupted."""
    import uvicorn

    asyncio.run(datasette.invoke_startup())
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)


def get(datasette: Any, path: str) -> tuple[int, str]:
    """Status and body of ``GET path`` answered in process (no network), as ``datasette --get`` does."""

    async def fetch() -> tuple[int, str]:
        await datasette.invoke_startup()
        response = await datasette.client.get(path)
        return int(response.status_code), str(response.text)

    return asyncio.run(fetch())


__all__ = ["SETTINGS", "NotACorpus", "check_database", "get", "make_datasette", "run"]
