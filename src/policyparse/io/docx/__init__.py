"""Word ``.docx`` → text: paragraphs in order with Word's list numbering, tables as rows.

python-docx opens the package; the body is then read in document order:

* A paragraph becomes a line (a manual line break ``<w:br/>`` inside it, a line break).
  Tracked deletions, hidden text, field codes and the fallback copies of text boxes are left
  out.
* A paragraph in a Word list (``<w:numPr>`` on the paragraph or on its style) gets the number
  Word displays for it, computed from the numbering part: the level's ``lvlText`` template
  (``%1、``, ``（%1）``, ``%1.%2``), its number format (``chineseCounting`` → 一, 二 …,
  ``decimal``, ``decimalEnclosedCircle`` → ①, ``upperLetter``, ``upperRoman`` …), its start
  value and restarts, and the counters shared by the lists of one definition. A heading
  numbered by Word therefore keeps its ``一、``.
* A table becomes one line per row, the cells' text joined by `` | `` (a merged cell once).
* Runs of empty paragraphs leave one blank line.

A file that is not a readable ``.docx`` (truncated, corrupt, another format) raises
:class:`~policyparse.io.errors.InputError`.

The package: :mod:`~policyparse.io.docx.body` reads paragraphs and tables,
:mod:`~policyparse.io.docx.numbering` keeps Word's list counters,
:mod:`~policyparse.io.docx.numbers` writes numbers in Word's formats,
:mod:`~policyparse.io.docx.package` repairs dangling relationships, and
:mod:`~policyparse.io.docx.wordml` names the XML.
"""

from __future__ import annotations

import io
from typing import Any

from policyparse.diagnostics import Diagnostics
from policyparse.io.archive import DEFAULT_LIMITS, ArchiveLimits, check_archive
from policyparse.io.docx.body import Reader, blocks, clean, style_numbering
from policyparse.io.docx.numbering import Numbering
from policyparse.io.docx.numbers import chinese_counting, format_number
from policyparse.io.docx.wordml import w
from policyparse.io.errors import InputError

__all__ = ["chinese_counting", "docx_to_text", "format_number"]


def docx_to_text(
    data: bytes,
    *,
    name: str = "<docx>",
    limits: ArchiveLimits = DEFAULT_LIMITS,
    diagnostics: Diagnostics | None = None,
) -> str:
    """The text of a ``.docx`` document: paragraphs with list numbers, tables as rows.

    The package is held to ``limits`` before anything in it is unpacked
    (:mod:`policyparse.io.archive`). A package whose relationships name parts it does not hold
    (an image at ``../NULL``) is read without them (:mod:`policyparse.io.docx.package`), with
    warning W008.

    Raises:
        InputError: when ``data`` is not a readable ``.docx`` package (exit code 3), or breaks
            one of ``limits`` (exit code 4).
    """
    check_archive(data, name=name, limits=limits)
    document = _open(data, name, diagnostics)
    body = document.element.body
    try:
        reader = Reader(Numbering.read(document), style_numbering(document))
        lines: list[str] = []
        for block in blocks(body):
            if block.tag == w("p"):
                lines.append(reader.paragraph(block))
            else:
                lines.extend(reader.table(block))
    except Exception as error:  # markup no Word version writes
        raise InputError(name, f"is not a readable .docx file ({_reason(error)})") from None
    return clean(lines)


def _open(data: bytes, name: str, diagnostics: Diagnostics | None) -> Any:
    """The python-docx document of ``data``, read again without dangling relationships if need be."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from policyparse.io.docx.package import drop_dangling_relationships

    try:
        try:
            return docx.Document(io.BytesIO(data))
        except KeyError:  # a relationship to a part the package does not hold
            repaired, dropped = drop_dangling_relationships(data)
            if not dropped:
                raise
            document = docx.Document(io.BytesIO(repaired))
            if diagnostics is not None:
                diagnostics.add("W008", count=len(dropped), targets=", ".join(sorted(set(dropped))[:3]))
            return document
    except PackageNotFoundError:
        raise InputError(name, "is not a .docx file (no Word document inside)") from None
    except Exception as error:
        raise InputError(name, f"is not a readable .docx file ({_reason(error)})") from None


def _reason(error: Exception) -> str:
    import zipfile

    if isinstance(error, zipfile.BadZipFile):
        return "truncated or not a ZIP archive"
    if isinstance(error, KeyError):
        return "a part of the package is missing"
    text = str(error).splitlines()[0] if str(error) else ""
    return f"{type(error).__name__}: {text}"[:120] if text else type(error).__name__
