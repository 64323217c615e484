"""Dispatch on the file's kind: plain text, HTML or .docx."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from policyparse.diagnostics import Diagnostics
from policyparse.io.decode import decode_bytes
from policyparse.io.errors import InputError
from policyparse.models import SourceInfo

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}


@dataclass
class Loaded:
    """A file read into text, with where it came from and what reading it noticed."""

    text: str
    source: SourceInfo
    diagnostics: Diagnostics = field(default_factory=Diagnostics)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return any(tag in head for tag in ("<html", "<body", "<div", "<p>", "<p ", "<table", "<!doctype"))


def load_bytes(data: bytes, *, name: str = "<bytes>", encoding: str | None = None) -> Loaded:
    """Decode ``data`` (and extract text from HTML or .docx) as :func:`load` does for a file."""
    diagnostics = Diagnostics()
    suffix = Path(name).suffix.lower()
    if suffix == ".docx" or data[:4] == b"PK\x03\x04":
        from policyparse.io.docx import docx_to_text

        text = docx_to_text(data, name=name)
        return Loaded(text, SourceInfo(path=name, format="docx"), diagnostics)
    decoded = decode_bytes(data, name=name, encoding=encoding, diagnostics=diagnostics)
    source = SourceInfo(path=name, encoding=decoded.encoding, encoding_confidence=decoded.confidence)
    if suffix in HTML_SUFFIXES or (suffix not in {".txt", ".md"} and _looks_like_html(decoded.text)):
        from policyparse.io.html import html_to_text

        page = html_to_text(decoded.text, diagnostics=diagnostics)
        source.format = "html"
        source.url = page.url
        source.page_metadata = page.metadata
        return Loaded(page.text, source, diagnostics)
    return Loaded(decoded.text, source, diagnostics)


def load(path: str | Path, *, encoding: str | None = None) -> Loaded:
    """Read a file into text. Raises :class:`InputError` (one line, naming the file) when unreadable."""
    name = str(path)
    file_path = Path(path)
    try:
        if file_path.is_dir():
            raise InputError(name, "is a directory (pass --recursive to parse the files in it)", exit_code=3)
        data = file_path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file", exit_code=3) from None
    except PermissionError:
        raise InputError(name, "permission denied", exit_code=3) from None
    except IsADirectoryError:
        raise InputError(name, "is a directory (pass --recursive to parse the files in it)", exit_code=3) from None
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})", exit_code=3) from None
    return load_bytes(data, name=name, encoding=encoding)
