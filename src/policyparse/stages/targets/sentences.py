"""Target sentences: the document's sentences, with dispatch headers and opening notes cut off.

One target per sentence (a sentence ends at ``。；！？`` or a line end). A report's dispatch
header (``本报北京1月6日电（记者…）``) and a parenthetical note that opens a sentence (the
note after the previous ``。``, ``（6月底完成，牵头考核单位：…）``) are sentences of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from policyparse.document import Document
from policyparse.grammar.goals import NUMBER_ONLY
from policyparse.grammar.news import DISPATCH

#: How far a parenthetical opening a sentence may run.
_PAREN_LIMIT = 80


def _leading_paren_end(norm: str, start: int, end: int) -> int | None:
    """End of a parenthetical that opens ``[start, end)`` and is followed by more text."""
    if norm[start] != "（":
        return None
    depth = 0
    for index in range(start, min(end, start + _PAREN_LIMIT)):
        if norm[index] == "（":
            depth += 1
        elif norm[index] == "）":
            depth -= 1
            if depth == 0:
                inner = norm[start + 1 : index]
                if NUMBER_ONLY.fullmatch(inner) or index + 1 >= end:
                    return None
                return index + 1
    return None


def sentences(doc: Document) -> Iterator[tuple[int, int]]:
    """Target sentences of the document as normalised spans.

    These are ``doc.all_sentences`` with a dispatch header cut off and a parenthetical note
    that opens a sentence (the note after the previous ``。``) made a sentence of its own.
    """
    norm = doc.norm
    for segment in doc.all_sentences:
        start, end = segment.start, segment.end
        if header := DISPATCH.match(norm, start, end):
            yield start, header.end()
            start = header.end()
        while start < end and norm[start].isspace():
            start += 1
        if start >= end:
            continue
        if (paren_end := _leading_paren_end(norm, start, end)) is not None:
            yield start, paren_end
            start = paren_end
            while start < end and norm[start].isspace():
                start += 1
        if start < end:
            yield start, end
