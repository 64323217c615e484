"""The ``policyparse`` command line: a few verbs; stdout carries only data.

Every error is one line on stderr: ``policyparse: <file>: <reason>``, or for a usage error
``policyparse <verb>: <reason> (see policyparse <verb> -h)``.

Exit codes (documented in docs/reference/cli.md):

* 0 — success
* 1 — a batch finished but one or more inputs failed (each reported in the output stream or on
  stderr); ``evaluate``: a gold document has no prediction (unless ``--partial``)
* 2 — usage error (bad option, unknown encoding, no input given in a terminal)
* 3 — an input could not be read (missing, permission denied, binary, undecodable, a directory
  without documents) or, for ``render``, is not a notice
* 4 — an input exceeds the size limit
* 5 — a PDF has no text layer (scanned pages): run OCR first (ocrmypdf), see docs/pdf.md
* 6 — a PDF was given but the pdf extra is not installed: pip install 'policyparse[pdf]'
* 130 — interrupted; 141 — stdout closed early (broken pipe)
"""

from __future__ import annotations

import sys

from policyparse.cli.app import app


def main() -> None:
    """Console-script entry point."""
    from policyparse.cli.app import mark_as_program, run

    mark_as_program()
    sys.exit(run())


__all__ = ["app", "main"]
