"""policyparse: Chinese government notices as typed, verifiable data.

>>> from policyparse import parse
>>> notice = parse("国务院关于印发新一代人工智能发展规划的通知\\n国发〔2017〕35号\\n")
>>> notice.schema_version
'1.0'

The names below are imported on first use (PEP 562), so that ``import policyparse`` and the
command line load only what they use.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from policyparse._version import __version__
from policyparse.lazy import lazy_getattr
from policyparse.limits import DEFAULT_MAX_CHARS

if TYPE_CHECKING:  # pragma: no cover - the names as type checkers and documentation see them
    from policyparse.io import InputError
    from policyparse.models import (
        SCHEMA_VERSION,
        Agency,
        Article,
        Assignment,
        Attachment,
        Deadline,
        Diagnostic,
        DocNumber,
        Heading,
        Indicator,
        Metadata,
        Notice,
        Reference,
        SourceInfo,
        StatedCount,
        SubItem,
        Target,
        Task,
    )
    from policyparse.pipeline import InputTooLarge, parse

#: Where each public name lives: imported from there on first use.
_LAZY = {
    "InputError": "policyparse.io",
    "load": "policyparse.io",
    "InputTooLarge": "policyparse.pipeline",
    "parse": "policyparse.pipeline",
    **dict.fromkeys(
        (
            "SCHEMA_VERSION",
            "Agency",
            "Article",
            "Assignment",
            "Attachment",
            "Deadline",
            "Diagnostic",
            "DocNumber",
            "Heading",
            "Indicator",
            "Metadata",
            "Notice",
            "Reference",
            "SourceInfo",
            "StatedCount",
            "SubItem",
            "Target",
            "Task",
        ),
        "policyparse.models",
    ),
}


__getattr__ = lazy_getattr(globals(), _LAZY)


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def parse_file(
    path: str | Path,
    *,
    encoding: str | None = None,
    anchor_date: dt.date | None = None,
    simplified: bool = False,
    keywords: bool = False,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Notice:
    """Read a file (text in any Chinese encoding, HTML, .docx or a PDF with a text layer) and parse it.

    Raises :class:`InputError` with a one-line reason naming the file when it cannot be read;
    everything about its content is reported in the notice's diagnostics.
    """
    from policyparse.io import InputError, load
    from policyparse.pipeline import InputTooLarge, parse

    loaded = load(path, encoding=encoding)
    try:
        return parse(
            loaded.text,
            anchor_date=anchor_date,
            source=loaded.source,
            simplified=simplified,
            keywords=keywords,
            max_chars=max_chars,
            diagnostics=loaded.diagnostics,
            layout=loaded.layout,
        )
    except InputTooLarge as error:
        raise InputError(str(path), str(error), exit_code=4) from None


__all__ = [
    "SCHEMA_VERSION",
    "Agency",
    "Article",
    "Assignment",
    "Attachment",
    "Deadline",
    "Diagnostic",
    "DocNumber",
    "Heading",
    "Indicator",
    "InputError",
    "InputTooLarge",
    "Metadata",
    "Notice",
    "Reference",
    "SourceInfo",
    "StatedCount",
    "SubItem",
    "Target",
    "Task",
    "__version__",
    "parse",
    "parse_file",
]
