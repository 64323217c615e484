"""Patterns of full-text search over a corpus database (:mod:`policyparse.corpus.search`)."""

from __future__ import annotations

from policyparse.grammar._compile import pattern

#: A term of a query as typed: a phrase in double quotes, or a run without spaces.
QUERY_TERM = pattern(r'"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+)')
