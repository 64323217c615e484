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

Environment: the program runs without pydantic plugins (it sets ``PYDANTIC_DISABLE_PLUGINS``
to ``__all__`` when the variable is not set, and then does not import pydantic's plugin search;
set it to an empty string to load them).
Compiled patterns are kept between runs in ``$POLICYPARSE_CACHE_DIR``, by default
``$XDG_CACHE_HOME/policyparse`` or ``~/.cache/policyparse`` (one file of about 0.2 MB per
version); ``POLICYPARSE_CACHE_DIR=""`` turns that off.
"""

from __future__ import annotations

import gc
import os
import sys

from policyparse.lazy import lazy_getattr


def main() -> None:
    """Console-script entry point: runs the command line and ends the process with its exit code
    (the objects it made are frozen out of the garbage collector's reach first: see below)."""
    # The program builds its models without pydantic plugins: looking for them reads the
    # metadata of every installed distribution (about 10 ms of each start, more in a large
    # environment), and importing the code that looks costs 12 ms more (see cli.plugins).
    # Set PYDANTIC_DISABLE_PLUGINS to an empty string to have them loaded.
    from policyparse.cli.plugins import disable_plugins

    disable_plugins()
    from policyparse.cli.app import mark_as_program, run

    mark_as_program()
    code = run()
    if code in _STOPPED:
        # A stopped batch's workers were ended mid-task; one ended while sending its result
        # leaves the process pool's manager thread waiting for the rest of the message, and the
        # interpreter joins that thread at exit, so the program would hang after its last line.
        # Everything is written and closed by now: leave at once.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    # The interpreter ends with full garbage collections over every object the run made (the
    # models' schemas, the patterns, the tables): 30–45 ms of CPU, a seventh of a cold start,
    # only to hand memory back that the process is about to give up. Frozen objects are out of
    # the collector's reach; the ending still runs atexit handlers (the pattern cache, weakref
    # finalizers) and flushes and closes the standard streams.
    gc.freeze()
    sys.exit(code)


#: Exit codes of a batch stopped by SIGINT, SIGTERM or SIGHUP (128 + the signal).
_STOPPED = frozenset({130, 143, 129})


#: ``app`` (every verb) is built on first use: the program builds only the verb it runs.
__getattr__ = lazy_getattr(globals(), {"app": "policyparse.cli.app"})


__all__ = ["app", "main"]
