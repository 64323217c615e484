"""The error raised for files that cannot be read."""

from __future__ import annotations


def _printable(path: str) -> str:
    """``path`` with line breaks and other control characters escaped, so messages stay one line."""
    if all(char.isprintable() for char in path):
        return path
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in path)


class InputError(Exception):
    """A file could not be read or decoded.

    ``str(error)`` is one line, ``PATH: reason``. ``exit_code`` is what the CLI exits with:
    3 for an unreadable input (missing, a directory, permission denied, binary, undecodable,
    a corrupt ``.docx``), 2 for a usage error such as an unknown ``--encoding``, 4 for an
    input over the size limit.

    >>> str(InputError("notice.txt", "is a binary file, not text"))
    'notice.txt: is a binary file, not text'
    """

    def __init__(self, path: str, reason: str, *, exit_code: int = 3) -> None:
        self.path = path
        self.reason = reason
        self.exit_code = exit_code
        super().__init__(f"{_printable(path)}: {_printable(reason)}")
