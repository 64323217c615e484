"""Parsing and rendering one input, as a worker process does it: every failure becomes an outcome."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from policyparse.batch.inputs import STDIN_NAME, Input, ParseOptions
from policyparse.io import InputError, load, load_bytes
from policyparse.models import Notice
from policyparse.pipeline import InputTooLarge, parse

#: Files larger than this many bytes per allowed character are refused before being read.
BYTES_PER_CHAR_LIMIT = 10

Render = Literal["record", "json", "json_pieces", "markdown"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of parsing one input.

    Attributes:
        index: Position of the input in the batch.
        path: As in :attr:`Input.path`.
        key: As in :attr:`Input.key`.
        ok: ``True`` when the input was parsed.
        payload: The rendered notice (JSON or Markdown) when ``ok``; else the error message.
        chars: Length of the parsed text (0 on failure).
        notice: The notice itself for the ``json_pieces`` rendering (``payload`` is then empty):
            one input's JSON is written from it a field at a time (:meth:`Notice.json_pieces`).
        exit_code: The CLI exit code the failure maps to (0 when ``ok``).
    """

    index: int
    path: str
    key: str
    ok: bool
    payload: str
    chars: int = 0
    exit_code: int = 0
    notice: Notice | None = None


@dataclass(frozen=True)
class RenderSpec:
    """How a worker turns a notice into text.

    Attributes:
        render: ``"record"`` (compact JSON for a record), ``"json"`` (one JSON document),
            ``"json_pieces"`` (the same, written by the caller from :attr:`Outcome.notice`) or
            ``"markdown"`` (``policyparse.render.markdown.to_markdown``).
        include_text: ``False`` leaves the ``text`` field out of the JSON.
        indent: Indentation of ``"json"`` output.
    """

    render: Render = "record"
    include_text: bool = True
    indent: int | None = 2


def parse_input(item: Input, options: ParseOptions) -> Notice:
    """Read and parse one input. Raises :class:`InputError` (with its exit code) when it cannot be read."""
    if item.error is not None:
        raise InputError(item.path, item.error)
    limit = options.max_chars
    if item.data is not None:
        loaded = load_bytes(
            item.data, name=STDIN_NAME, encoding=options.encoding, limits=options.limits(), max_chars=limit
        )
        loaded.source.path = None
    else:
        if limit is not None:
            try:
                size = os.stat(item.path).st_size
            except OSError:
                size = 0  # load() reports the real reason
            if size > limit * BYTES_PER_CHAR_LIMIT:
                raise InputError(item.path, f"file of {size} bytes exceeds the size limit", exit_code=4)
        loaded = load(item.path, encoding=options.encoding, limits=options.limits(), max_chars=limit)
    try:
        return parse(
            loaded.text,
            anchor_date=options.anchor_date,
            source=loaded.source,
            simplified=options.simplified,
            keywords=options.keywords,
            max_chars=limit,
            diagnostics=loaded.diagnostics,
            layout=loaded.layout,
        )
    except InputTooLarge as error:
        raise InputError(item.path, str(error), exit_code=4) from None


def render_notice(notice: Notice, spec: RenderSpec) -> str:
    """Serialise ``notice`` as ``spec`` asks (the JSON is ``Notice.model_dump_json``)."""
    if spec.render == "markdown":
        from policyparse.render.markdown import to_markdown  # type: ignore[import-not-found, unused-ignore]

        return str(to_markdown(notice))
    exclude = None if spec.include_text else {"text"}
    indent = spec.indent if spec.render == "json" else None
    return notice.to_json(indent=indent, exclude=exclude)


#: One unit of work: the input's position, the input, the parser options and the rendering.
Job = tuple[int, Input, ParseOptions, RenderSpec]


def work(job: Job) -> Outcome:
    """Parse and render one input; every failure becomes an :class:`Outcome` with ``ok=False``."""
    index, item, options, spec = job
    try:
        notice = parse_input(item, options)
        payload = "" if spec.render == "json_pieces" else render_notice(notice, spec)
    except InputError as error:
        return Outcome(index, item.path, item.key, False, error.reason, exit_code=error.exit_code)
    except MemoryError:
        return Outcome(index, item.path, item.key, False, "out of memory while parsing", exit_code=1)
    except Exception as error:  # fault isolation: one input never stops the batch
        return Outcome(
            index, item.path, item.key, False, f"internal error: {type(error).__name__}: {error}", exit_code=1
        )
    kept = notice if spec.render == "json_pieces" else None
    return Outcome(index, item.path, item.key, True, payload, chars=len(notice.text), notice=kept)


Worker = Callable[[Job], Outcome]


__all__ = [
    "BYTES_PER_CHAR_LIMIT",
    "Job",
    "Outcome",
    "Render",
    "RenderSpec",
    "Worker",
    "parse_input",
    "render_notice",
    "work",
]
