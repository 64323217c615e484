"""Read a file: plain text in any Chinese encoding, an HTML page, a Word ``.docx`` or a PDF.

The kind is decided from the name and the bytes:

* ``.pdf``, or bytes that start with ``%PDF-``: PDF, read by :mod:`policyparse.io.pdf` (the
  ``pdf`` extra); the text comes with a :class:`~policyparse.layout.Layout`.
* ``.docx`` (also ``.docm``, ``.dotx``), or ZIP bytes that hold ``word/document.xml``: Word.
* ``.html``, ``.htm``, ``.xhtml``, ``.shtml``: HTML, decoded with the charset the page
  declares in a ``<meta>`` when its bytes are not UTF-8 (a file with such a name but no tag at
  all is read as text, keeping its line breaks). A file with another name whose text
  starts like a page (``<!DOCTYPE html``, ``<html``; for names other than ``.txt``/``.md``
  also a leading tag such as ``<div`` or ``<p>``) is read as HTML too.
* Anything else: text (see :mod:`policyparse.io.decode`).

A 0-byte or whitespace-only file is not an error: it gives empty text, and the parser's
diagnostic I001.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path

from policyparse.diagnostics import Diagnostics
from policyparse.grammar.html import META_CHARSET, TAG_START
from policyparse.io.archive import DEFAULT_LIMITS, ArchiveLimits
from policyparse.io.decode import binary_kind, decode_bytes
from policyparse.io.errors import InputError
from policyparse.layout import Layout
from policyparse.models import InputFormat, SourceInfo

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".shtm", ".jsp", ".asp", ".aspx", ".php"})
DOCX_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm"})
PLAIN_SUFFIXES = frozenset({".txt", ".md", ".text"})
PDF_SUFFIXES = frozenset({".pdf"})
#: Exit code when the reader a file needs is an extra that is not installed.
MISSING_EXTRA_EXIT_CODE = 6
#: Files larger than this are refused before reading (exit code 4); ``max_bytes=None`` lifts it.
DEFAULT_MAX_BYTES = 200_000_000

_PAGE_STARTS = ("<!doctype html", "<html", "<?xml")
_FRAGMENT_TAGS = (
    "<html",
    "<body",
    "<div",
    "<p>",
    "<p ",
    "<table",
    "<!doctype",
    "<meta",
    "<head",
    "<span",
    "<br",
)


@dataclass
class Loaded:
    """A file read into text, with where it came from and what reading it noticed."""

    text: str
    source: SourceInfo
    diagnostics: Diagnostics = field(default_factory=Diagnostics)
    #: Pages, printed lines and noise cuts of a PDF; None for the other formats.
    layout: Layout | None = None


def _looks_like_html(text: str, suffix: str) -> bool:
    head = text[:2000].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(_PAGE_STARTS) and ("<html" in head or "<body" in head or "<!doctype html" in head):
        return True
    if suffix in PLAIN_SUFFIXES:
        return False
    return head.startswith("<") and any(tag in head for tag in _FRAGMENT_TAGS)


def _has_markup(text: str) -> bool:
    """Whether a file named like a page holds any tag at all (else it is read as plain text)."""
    return TAG_START.search(text, 0, 100_000) is not None


def _declared_charset(data: bytes) -> str | None:
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", errors="replace") if match else None


def _is_docx(data: bytes, suffix: str) -> bool:
    if suffix in DOCX_SUFFIXES:
        return True
    return data.startswith(b"PK\x03\x04") and b"word/document.xml" in data


def _is_pdf(data: bytes, suffix: str) -> bool:
    return suffix in PDF_SUFFIXES or data[:1024].lstrip(b"\x00\t\n\r\x0c ").startswith(b"%PDF-")


def _load_pdf(data: bytes, name: str, diagnostics: Diagnostics) -> Loaded:
    try:
        import pypdfium2  # noqa: F401  (the pdf extra)
    except ImportError:
        raise InputError(
            name,
            "is a PDF; reading PDFs needs the pdf extra: pip install 'policyparse[pdf]'",
            exit_code=MISSING_EXTRA_EXIT_CODE,
        ) from None
    from policyparse.io.pdf import read_pdf

    pdf = read_pdf(data, name=name)
    if pdf.pages_without_text:
        diagnostics.add("W007", count=len(pdf.pages_without_text), page=pdf.pages_without_text[0])
    return Loaded(pdf.text, SourceInfo(path=name, format="pdf"), diagnostics, pdf.layout)


def load_bytes(
    data: bytes,
    *,
    name: str = "<bytes>",
    encoding: str | None = None,
    limits: ArchiveLimits = DEFAULT_LIMITS,
    max_chars: int | None = None,
) -> Loaded:
    """Turn a file's bytes into text as :func:`load` does, choosing the reader by ``name`` and content.

    Args:
        data: The file's bytes.
        name: The file's name (its suffix selects HTML, Word or PDF); used in error messages.
        encoding: Force this text encoding instead of detecting one (not used for ``.docx``).
        limits: Bounds on a ``.docx`` package, checked before it is unpacked
            (:class:`~policyparse.io.archive.ArchiveLimits`).
        max_chars: Stop extracting an HTML page's text past this many characters (exit code 4).

    Returns:
        The text with its :class:`~policyparse.models.SourceInfo` (format, encoding and
        confidence, page URL and info-table fields) and the diagnostics of reading it.

    Raises:
        InputError: a binary file, bytes no supported encoding reads, a corrupt ``.docx``
            (exit code 3), an unknown ``encoding`` (exit code 2), a package over ``limits`` or a
            page whose text is over ``max_chars`` (exit code 4); a PDF without a text layer
            (exit code 5) or without the ``pdf`` extra installed (exit code 6).
    """
    diagnostics = Diagnostics()
    suffix = Path(name).suffix.lower()
    if not data:
        fmt = "docx" if suffix in DOCX_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
        return Loaded("", SourceInfo(path=name, format=fmt), diagnostics)
    if _is_pdf(data, suffix):
        return _load_pdf(data, name, diagnostics)
    if _is_docx(data, suffix):
        if not data.startswith(b"PK"):
            kind = binary_kind(data)
            reason = f"is not a .docx file ({kind})" if kind else "is not a .docx file (not a ZIP package)"
            raise InputError(name, reason)
        from policyparse.io.docx import docx_to_text

        text = docx_to_text(data, name=name, limits=limits, diagnostics=diagnostics)
        return Loaded(text, SourceInfo(path=name, format=InputFormat.DOCX), diagnostics)
    declared = _declared_charset(data) if suffix not in PLAIN_SUFFIXES else None
    decoded = decode_bytes(data, name=name, encoding=encoding, declared=declared, diagnostics=diagnostics)
    source = SourceInfo(path=name, encoding=decoded.encoding, encoding_confidence=decoded.confidence)
    if (suffix in HTML_SUFFIXES and _has_markup(decoded.text)) or _looks_like_html(decoded.text, suffix):
        from policyparse.io.html import TextTooLong, html_to_text

        try:
            page = html_to_text(decoded.text, diagnostics=diagnostics, max_chars=max_chars)
        except TextTooLong as error:
            raise InputError(name, str(error), exit_code=4) from None
        source.format = InputFormat.HTML
        source.url = page.url
        source.page_metadata = page.metadata
        return Loaded(page.text, source, diagnostics)
    return Loaded(decoded.text, source, diagnostics)


def load(
    path: str | Path,
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    limits: ArchiveLimits = DEFAULT_LIMITS,
    max_chars: int | None = None,
) -> Loaded:
    """Read a file into text (plain text in any Chinese encoding, HTML or ``.docx``).

    Args:
        path: The file.
        encoding: Force this text encoding (``--encoding``) instead of detecting one.
        max_bytes: Refuse files larger than this (exit code 4); ``None`` for no limit.
        limits: Bounds on a ``.docx`` package, as in :func:`load_bytes`.
        max_chars: Bound on an HTML page's extracted text, as in :func:`load_bytes`.

    Returns:
        The :class:`Loaded` text, source information and reading diagnostics.

    Raises:
        InputError: one line ``PATH: reason`` — no such file, a directory, permission
            denied, not a regular file, too large, a binary file, undecodable bytes, a corrupt
            ``.docx`` (exit code 3, or 4 for too large, 2 for an unknown encoding).

    >>> load("/no/such/notice.txt")
    Traceback (most recent call last):
    ...
    policyparse.io.errors.InputError: /no/such/notice.txt: no such file or directory
    """
    name = str(path)
    file_path = Path(path)
    try:
        info = file_path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(name, "is a directory (pass --recursive to parse the files in it)")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, "is not a regular file")
        if max_bytes is not None and info.st_size > max_bytes:
            raise InputError(name, f"is {info.st_size} bytes, over the limit of {max_bytes}", exit_code=4)
        data = file_path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except NotADirectoryError:
        raise InputError(name, "no such file or directory (a parent is not a directory)") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory (pass --recursive to parse the files in it)") from None
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or type(error).__name__})") from None
    except ValueError as error:  # e.g. an embedded NUL in the path
        raise InputError(name, f"is not a valid path ({error})", exit_code=2) from None
    return load_bytes(data, name=name, encoding=encoding, limits=limits, max_chars=max_chars)
