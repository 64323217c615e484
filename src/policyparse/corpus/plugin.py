"""The Datasette plugin of policyparse: the SQL functions the corpus queries use.

Registered under the ``datasette`` entry point, so any Datasette running where policyparse is
installed has ``policyparse_fold``, ``policyparse_pairs`` and ``policyparse_match`` (see
:func:`policyparse.corpus.search.register_functions`) on every connection; ``policyparse
serve`` registers it itself when the entry point was not loaded.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl

from policyparse.corpus.search import register_functions


@hookimpl  # type: ignore[untyped-decorator]
def prepare_connection(conn: sqlite3.Connection) -> None:
    """Add the search functions to each connection Datasette opens."""
    register_functions(conn)
