"""Writing data to stdout the same way in every verb: a closed pipe exits quietly with 141.

click turns an ``EPIPE`` into exit code 1 before :func:`policyparse.cli.app.run` sees it, so
the verbs write through :func:`write_stdout`, which raises ``typer.Exit(141)`` instead.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator

import typer


def broken_pipe() -> typer.Exit:
    """stdout was closed early (``| head``): silence it and return the exit to raise (141)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return typer.Exit(141)


def is_broken_pipe(error: OSError) -> bool:
    """Whether ``error`` says the reader closed the pipe (``EPIPE``)."""
    return isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE


@contextlib.contextmanager
def closed_pipe_exits() -> Iterator[None]:
    """A closed stdout met inside the block becomes exit code 141 (see :func:`broken_pipe`)."""
    try:
        yield
    except OSError as error:
        if is_broken_pipe(error):
            raise broken_pipe() from None
        raise


def write_stdout(text: str) -> None:
    """Write ``text`` to stdout and flush; a closed pipe becomes exit code 141."""
    with closed_pipe_exits():
        sys.stdout.write(text)
        sys.stdout.flush()
