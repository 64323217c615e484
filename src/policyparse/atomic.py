"""Atomic file writing: a file is either its old self or the complete new one, never half written.

Every writer of policyparse that creates a file (``parse -o FILE`` for one input, ``--out-dir``,
``export`` to SQLite and Parquet) writes to a temporary file in the target's directory and
moves it into place with :func:`os.replace`, which is atomic on POSIX and Windows when both
names are on one file system. On any failure or interruption (``OSError``,
``KeyboardInterrupt``, a signal turned into an exception) the temporary file is removed and the
target is left as it was. Only a process killed outright (``SIGKILL``, power loss) can leave a
temporary file behind: its name is ``.<target name>.<random>.tmp``, hidden, beside the target.

The temporary file gets the permissions a new file would get under the current umask
(:func:`tempfile.mkstemp` creates it 0600), so the result looks like any file the user creates.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path


def file_mode() -> int:
    """The permissions a new file gets under the current umask (temporary files start as 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def temporary_next_to(target: Path, suffix: str = ".tmp") -> Path:
    """Create an empty hidden temporary file beside ``target`` (its directory is created if needed).

    Raises:
        OSError: the directory cannot be created or written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    try:
        os.fchmod(fd, file_mode())
    finally:
        os.close(fd)
    return Path(name)


def discard(temporary: Path) -> None:
    """Remove a temporary file if it is still there (errors ignored: it is best effort)."""
    with contextlib.suppress(OSError):
        temporary.unlink()


@contextlib.contextmanager
def replacing(target: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path to write; on normal exit it replaces ``target``, else it is removed.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with replacing(folder / "a.txt") as temporary:
    ...     _ = temporary.write_text("complete")
    >>> (folder / "a.txt").read_text(), [p.name for p in folder.iterdir()]
    ('complete', ['a.txt'])
    """
    temporary = temporary_next_to(target, suffix)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        discard(temporary)
        raise


def write_atomic(target: Path, content: str | bytes | Iterable[bytes]) -> None:
    """Write ``content`` (``str`` as UTF-8, or pieces of bytes one after another) to ``target``
    through a temporary file and :func:`os.replace`.

    Raises:
        OSError: it could not be written; ``target`` is then unchanged and no temporary is left.
    """
    chunks: Iterable[bytes]
    if isinstance(content, str):
        chunks = (content.encode("utf-8"),)
    elif isinstance(content, bytes):
        chunks = (content,)
    else:
        chunks = content
    with replacing(target) as temporary, temporary.open("wb") as handle:
        for chunk in chunks:
            handle.write(chunk)


__all__ = ["discard", "file_mode", "replacing", "temporary_next_to", "write_atomic"]
