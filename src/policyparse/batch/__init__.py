"""Batch parsing: find the inputs, parse them in worker processes, write records safely.

The pieces, each usable on its own:

* :func:`discover` turns command-line paths (files, directories, ``-``) into :class:`Input`
  items (:mod:`policyparse.batch.inputs`);
* :func:`run_batch` parses them in-process or in worker processes that die with their parent,
  in input order or as they finish, and yields one :class:`Outcome` per input — a file that
  fails is an outcome with an error, never an exception, and a worker process that dies takes
  only its own input down (:mod:`policyparse.batch.pool`; :func:`default_workers` picks the
  worker count from the work);
* :class:`JsonlWriter` and :class:`DirWriter` write the results so that an interrupted or
  failed write never leaves half a record behind, and :func:`completed_paths` /
  :func:`existing_outputs` tell ``--resume`` what is already done
  (:mod:`policyparse.batch.output`);
* :func:`stop_on_signals` turns SIGINT/SIGTERM/SIGHUP into a clean stop
  (:mod:`policyparse.batch.signals`).

A record in a JSON Lines stream is ``{"path": …, "status": "ok", "notice": {…}}`` or
``{"path": …, "status": "error", "error": "…"}``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from policyparse.atomic import file_mode
from policyparse.batch.inputs import (
    STDIN_NAME,
    SUPPORTED_SUFFIXES,
    DiscoveryError,
    Input,
    ParseOptions,
    discover,
    input_bytes,
    unique_keys,
)
from policyparse.batch.output import (
    BatchStats,
    DirWriter,
    JsonlWriter,
    OutputError,
    completed_paths,
    existing_outputs,
    record_line,
    write_atomic,
)

if TYPE_CHECKING:  # pragma: no cover - the names as type checkers and documentation see them
    from policyparse.batch.pool import (
        CHUNK_MAX_BYTES,
        CHUNK_MAX_INPUTS,
        MAX_WAITING,
        available_cores,
        default_workers,
        run_batch,
        warm_up,
    )
from policyparse.batch.signals import Interrupted, deferred_signals, stop_on_signals
from policyparse.batch.work import (
    BYTES_PER_CHAR_LIMIT,
    Outcome,
    Render,
    RenderSpec,
    Worker,
    parse_input,
    render_notice,
    work,
)
from policyparse.lazy import lazy_getattr

__all__ = [
    "BYTES_PER_CHAR_LIMIT",
    "CHUNK_MAX_BYTES",
    "CHUNK_MAX_INPUTS",
    "MAX_WAITING",
    "STDIN_NAME",
    "SUPPORTED_SUFFIXES",
    "BatchStats",
    "DirWriter",
    "DiscoveryError",
    "Input",
    "Interrupted",
    "JsonlWriter",
    "Outcome",
    "OutputError",
    "ParseOptions",
    "Render",
    "RenderSpec",
    "Worker",
    "available_cores",
    "completed_paths",
    "default_workers",
    "deferred_signals",
    "discover",
    "existing_outputs",
    "file_mode",
    "input_bytes",
    "parse_input",
    "record_line",
    "render_notice",
    "run_batch",
    "stop_on_signals",
    "unique_keys",
    "warm_up",
    "work",
    "write_atomic",
]

#: The worker pool (:mod:`policyparse.batch.pool`) is imported on first use (PEP 562): it
#: loads :mod:`multiprocessing` and :mod:`concurrent.futures`, which parsing one file with
#: ``policyparse parse FILE`` does not need.
__getattr__ = lazy_getattr(
    globals(),
    dict.fromkeys(
        (
            "CHUNK_MAX_BYTES",
            "CHUNK_MAX_INPUTS",
            "MAX_WAITING",
            "available_cores",
            "default_workers",
            "run_batch",
            "warm_up",
        ),
        "policyparse.batch.pool",
    ),
)
