"""Arguments and options that several verbs take, declared once."""

from __future__ import annotations

from typing import Annotated, Any

import typer

#: ``--encoding`` and ``--simplified``, as the verbs that read documents take them.
EncodingOption = Annotated[
    str | None, typer.Option("--encoding", metavar="NAME", help="Override encoding detection.")
]
SimplifiedOption = Annotated[
    bool, typer.Option("--simplified", help="Emit extracted strings in Simplified script.")
]


def paths_argument(help_text: str) -> Any:
    """The ``PATH`` arguments of a verb that reads files (none: standard input, when piped)."""
    return typer.Argument(metavar="PATH", help=help_text, show_default=False)
