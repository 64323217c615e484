"""Reading files: bytes → text (encodings), HTML pages and Word documents.

:func:`load` is the single entry point; it returns the text with a
:class:`~policyparse.models.SourceInfo` (format, encoding and its confidence, page URL and
info-table fields) and the diagnostics of reading it, or raises :class:`InputError` with a
one-line reason that names the file. :func:`load_bytes` does the same for bytes in memory.

The readers: :mod:`policyparse.io.decode` (encodings), :mod:`policyparse.io.html` (pages),
:mod:`policyparse.io.docx` (Word). See ``docs/inputs.md`` for the rules.
"""

from __future__ import annotations

from policyparse.io.errors import InputError
from policyparse.io.loader import Loaded, load, load_bytes

__all__ = ["InputError", "Loaded", "load", "load_bytes"]
