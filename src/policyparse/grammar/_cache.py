"""Compiled patterns kept between runs, as Python keeps compiled modules in ``.pyc`` files.

Compiling a :mod:`regex` pattern parses its source in Python (about 0.3 ms each); a parse of
one document compiles about 160 of them, a quarter of the cold start of ``policyparse parse
FILE``. A compiled pattern pickles to its compiled form, and unpickling it hands that form
straight to the engine (about 0.03 ms). So the first process to compile a pattern leaves it in
a cache file, and later processes read it from there.

Where: ``$POLICYPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/policyparse``, else
``~/.cache/policyparse``; ``POLICYPARSE_CACHE_DIR=""`` turns the cache off. One file per
version of policyparse, of :mod:`regex` and of Python, so an upgrade never reads a stale
file. A file is read only if it belongs to this user and nobody else may write to it, each
entry must give back a pattern of the same source, and anything wrong with the file (missing,
truncated, unreadable, from elsewhere) only means compiling as if there were no cache. New
patterns are written when the process ends, to a temporary file renamed over the old one, so
a reader never sees half a file and concurrent writers never mix theirs.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

from policyparse._version import __version__

#: A cache key: the pattern's source and its flags as given to :func:`regex.compile`.
Key = tuple[str | bytes, int]


def cache_dir() -> Path | None:
    """The cache directory from the environment, or ``None`` when the cache is turned off."""
    chosen = os.environ.get("POLICYPARSE_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "policyparse"


def cache_file(directory: Path) -> Path:
    """The file of this version of policyparse, regex and Python in ``directory``."""
    python = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    return directory / f"patterns-{__version__}-regex{regex.__version__}-{python}.pickle"


def _trusted(path: Path) -> bool:
    """Whether ``path`` is a regular file of this user that no one else may write to."""
    try:
        status = path.stat()
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    owned = getuid is None or status.st_uid == getuid()
    return owned and not status.st_mode & 0o022 and path.is_file()


class PatternCache:
    """The compiled patterns of the cache file, read once, and those compiled since."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[Key, bytes] | None = None
        self._new: dict[Key, bytes] = {}

    def _read(self) -> dict[Key, bytes]:
        if self._stored is None:
            self._stored = {}
            if self.path is not None and _trusted(self.path):
                try:
                    loaded = pickle.loads(self.path.read_bytes())
                except Exception:  # a damaged or foreign file is no cache
                    loaded = None
                if isinstance(loaded, dict):
                    self._stored = loaded
        return self._stored

    def get(self, source: str | bytes, flags: int) -> Any | None:
        """The cached compiled pattern of ``source`` and ``flags``, or ``None``."""
        if self.path is None:
            return None
        data = self._read().get((source, int(flags)))
        if data is None:
            return None
        try:
            compiled = pickle.loads(data)
        except Exception:
            return None
        return compiled if getattr(compiled, "pattern", None) == source else None

    def add(self, source: str | bytes, flags: int, compiled: Any) -> None:
        """Keep a pattern compiled in this process, to be written when it ends."""
        if self.path is None:
            return
        if not self._new:
            atexit.register(self.save)
        self._new[(source, int(flags))] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)

    def save(self) -> None:
        """Write the file with the patterns compiled in this process added (never raises)."""
        if self.path is None or not self._new:
            return
        entries = {**self._read(), **self._new}
        self._new = {}
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            try:
                with os.fdopen(handle, "wb") as out:
                    pickle.dump(entries, out, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self.path)
            finally:
                if os.path.exists(temporary):
                    os.unlink(temporary)
        except OSError:  # a read-only or full disk: the next run compiles again
            return
        self._stored = entries


def open_cache() -> PatternCache:
    """The cache of this process, as the environment sets it."""
    directory = cache_dir()
    return PatternCache(cache_file(directory) if directory is not None else None)
