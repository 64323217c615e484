"""The error raised for files that cannot be read."""

from __future__ import annotations


class InputError(Exception):
    """A file could not be read or decoded. ``str(error)`` is one line naming the file and the reason."""

    def __init__(self, path: str, reason: str, *, exit_code: int = 3) -> None:
        self.path = path
        self.reason = reason
        self.exit_code = exit_code
        super().__init__(f"{path}: {reason}")
