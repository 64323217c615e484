"""Escaping every string that goes into the report's HTML."""

from __future__ import annotations

from html import escape

from policyparse.render._marks import sanitize


def esc(text: object) -> str:
    """Escape any value for HTML text or a quoted attribute (controls and lone surrogates as U+FFFD)."""
    return escape(sanitize(str(text)), quote=True)


__all__ = ["esc"]
