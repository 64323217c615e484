"""The inputs a verb is given on its command line, found the same way by every verb."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from policyparse.batch import Input, discover, unique_keys
from policyparse.cli.common import STDIN, fail
from policyparse.io import InputError


def discovered(paths: list[str], globs: Sequence[str]) -> list[Input]:
    """The inputs ``paths`` name (directories walked for ``globs``; ``-`` is standard input),
    each with a key of its own; a path that cannot be read is a one-line error with its exit code."""
    stdin = sys.stdin.buffer if STDIN in paths else None
    try:
        return unique_keys(list(discover(paths, recursive=True, globs=globs, stdin=stdin)))
    except InputError as error:
        raise fail(str(error), error.exit_code) from None
