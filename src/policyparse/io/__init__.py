"""Reading files: bytes → text (encodings), HTML pages and Word documents.

:func:`load` is the single entry point; it returns the text with a
:class:`~policyparse.models.SourceInfo` and the decoding diagnostics, or raises
:class:`InputError` with a one-line reason that names the file.
"""

from __future__ import annotations

from policyparse.io.errors import InputError
from policyparse.io.loader import Loaded, load, load_bytes

__all__ = ["InputError", "Loaded", "load", "load_bytes"]
