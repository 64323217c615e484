"""Limits on zip-based inputs (``.docx``), checked before any member is unpacked.

A ``.docx`` is a ZIP package. A few hundred kilobytes of it can unpack to gigabytes of XML (a
decompression bomb), and the XML parser then needs many times that in memory. So before
python-docx opens a package, its directory is read and three limits are checked:

* **members**: at most ``max_members`` entries (read from the end-of-central-directory record,
  before the directory itself is read, so a package of a million entries is refused at once);
* **unpacked size**: the declared uncompressed sizes add up to at most ``max_unpacked_bytes``
  (by default 10 bytes per character of ``--max-chars``, the same ratio as the limit on the
  size of a file before it is read);
* **compression ratio**: no member larger than :data:`RATIO_GRACE_BYTES` unpacks to more than
  ``max_ratio`` times its compressed size (100, as Apache POI's ``ZipSecureFile`` allows).
  Word's own XML compresses 5 to 20 times.

Each check costs microseconds: a refused package is refused in well under a second, with a
one-line :class:`~policyparse.io.errors.InputError` and exit code 4. The declared sizes cannot
lie: :mod:`zipfile` stops unpacking a member at its declared size and then fails its CRC.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass

from policyparse.io.errors import InputError

#: Bytes of unpacked archive allowed per character of the ``max_chars`` limit.
UNPACKED_BYTES_PER_CHAR = 10
#: The default ``max_chars`` of :func:`policyparse.parse` (kept here so that io imports no stage).
DEFAULT_MAX_CHARS = 20_000_000
#: Members smaller than this are not held to the ratio limit (tiny parts compress very well).
RATIO_GRACE_BYTES = 100 * 1024
#: Exit code of an input refused for a limit (as for ``--max-chars``).
LIMIT_EXIT_CODE = 4

_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"
#: The end-of-central-directory record is 22 bytes, followed by a comment of at most 65,535.
_TAIL = 22 + 65_535


@dataclass(frozen=True)
class ArchiveLimits:
    """The bounds a zip-based input must keep; ``None`` lifts one.

    Attributes:
        max_unpacked_bytes: Total declared uncompressed size of all members.
        max_ratio: Uncompressed ÷ compressed size of any member over :data:`RATIO_GRACE_BYTES`.
        max_members: Number of entries in the package.
    """

    max_unpacked_bytes: int | None = DEFAULT_MAX_CHARS * UNPACKED_BYTES_PER_CHAR
    max_ratio: float | None = 100.0
    max_members: int | None = 10_000

    @classmethod
    def for_chars(cls, max_chars: int | None) -> ArchiveLimits:
        """The default limits with the unpacked size bound to ``max_chars`` (``None``: no bound).

        >>> ArchiveLimits.for_chars(1_000).max_unpacked_bytes
        10000
        """
        return cls(max_unpacked_bytes=None if max_chars is None else max_chars * UNPACKED_BYTES_PER_CHAR)


DEFAULT_LIMITS = ArchiveLimits()


def declared_members(data: bytes) -> int | None:
    """The entry count of the end-of-central-directory record (ZIP64 too); ``None`` if there is none."""
    end = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - _TAIL))
    if end < 0 or end + 22 > len(data):
        return None
    count: int = struct.unpack_from("<H", data, end + 10)[0]
    locator = end - 20
    if count == 0xFFFF and locator >= 0 and data.startswith(_ZIP64_LOCATOR, locator):
        offset: int = struct.unpack_from("<Q", data, locator + 8)[0]
        if offset + 56 <= len(data) and data.startswith(_ZIP64_END, offset):
            count = struct.unpack_from("<Q", data, offset + 32)[0]
    return count


def _refuse(name: str, reason: str) -> InputError:
    return InputError(name, reason, exit_code=LIMIT_EXIT_CODE)


def check_archive(data: bytes, *, name: str, limits: ArchiveLimits = DEFAULT_LIMITS) -> None:
    """Raise :class:`InputError` (exit code 4) when the package in ``data`` breaks one of ``limits``.

    A package whose directory cannot be read is let through: the reader reports it as corrupt.
    """
    members = declared_members(data)
    if limits.max_members is not None and members is not None and members > limits.max_members:
        raise _refuse(name, f"is an archive of {members} members, over the limit of {limits.max_members}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error):
        return
    if limits.max_members is not None and len(entries) > limits.max_members:
        raise _refuse(
            name, f"is an archive of {len(entries)} members, over the limit of {limits.max_members}"
        )
    total = sum(entry.file_size for entry in entries)
    if limits.max_unpacked_bytes is not None and total > limits.max_unpacked_bytes:
        raise _refuse(
            name,
            f"unpacks to {total:,} bytes, over the limit of {limits.max_unpacked_bytes:,} "
            f"({UNPACKED_BYTES_PER_CHAR} bytes per character of --max-chars)",
        )
    if limits.max_ratio is None:
        return
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > RATIO_GRACE_BYTES and ratio > limits.max_ratio:
            raise _refuse(
                name,
                f"member {entry.filename!r} has a compression ratio of {ratio:,.0f}:1, "
                f"over the limit of {limits.max_ratio:,.0f}:1 (a decompression bomb?)",
            )


__all__ = [
    "DEFAULT_LIMITS",
    "LIMIT_EXIT_CODE",
    "RATIO_GRACE_BYTES",
    "UNPACKED_BYTES_PER_CHAR",
    "ArchiveLimits",
    "check_archive",
    "declared_members",
]
