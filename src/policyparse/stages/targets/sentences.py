"""Target sentences: the document's sentences, with dispatch headers and opening notes cut off.

One target per sentence (a sentence ends at ``。；！？`` or a line end). A report's dispatch
header (``本报北京1月6日电（记者…）``) and a parenthetical note that opens a sentence (the
note after the previous ``。``, ``（6月底完成，牵头考核单位：…）``) are sentences of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from policyparse.document import Document
from policyparse.grammar.dates import TIME_SET
from policyparse.grammar.goals import NUMBER_BEFORE_YEAR, NUMBER_ONLY
from policyparse.grammar.markers import match_marker
from policyparse.grammar.news import DISPATCH
from policyparse.stages.targets.wraps import joined_sentences

#: How far a parenthetical opening a sentence may run.
_PAREN_LIMIT = 80


def _paren_close(norm: str, start: int, end: int) -> int | None:
    """Index of the ``）`` closing the ``（`` at ``start`` (within :data:`_PAREN_LIMIT`), else ``None``."""
    if norm[start] != "（":
        return None
    depth = 0
    for index in range(start, min(end, start + _PAREN_LIMIT)):
        if norm[index] == "（":
            depth += 1
        elif norm[index] == "）":
            depth -= 1
            if depth == 0:
                return index
    return None


def _is_note(norm: str, start: int, end: int) -> bool:
    """A parenthetical at ``start`` that is a note, not a list number (``（3）``, ``（十七）``)."""
    close = _paren_close(norm, start, end)
    return close is not None and not NUMBER_ONLY.fullmatch(norm, start + 1, close)


def _leading_paren_end(norm: str, start: int, end: int) -> int | None:
    """End of a note that opens ``[start, end)`` and is followed by more text.

    Notes in a row (``（0.5分）（6月底完成，…）``) stay one sentence.
    """
    close = _paren_close(norm, start, end)
    if close is None or not _is_note(norm, start, end) or close + 1 >= end:
        return None
    if norm[close + 1] == "（" and _is_note(norm, close + 1, end):
        return None
    return close + 1


def sentences(doc: Document) -> Iterator[tuple[int, int]]:
    """Target sentences of the document as normalised spans.

    These are ``doc.all_sentences`` with the pieces of a hard-wrapped sentence joined (see
    :mod:`~policyparse.stages.targets.wraps`), a dispatch header cut off and a parenthetical note
    that opens a sentence (the note after the previous ``。``) made a sentence of its own.
    """
    norm = doc.norm
    for segment in joined_sentences(doc):
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


def _skip_spaces(norm: str, position: int, end: int) -> int:
    while position < end and norm[position].isspace():
        position += 1
    return position


def after_marker(norm: str, position: int, end: int) -> int:
    """``position`` moved past spaces and a list marker there (``1．``, ``（三）``, ``2、``)."""
    position = _skip_spaces(norm, position, end)
    marker = match_marker(norm, position)
    marker_end = marker.end if marker is not None else None
    if marker_end is None and (number := NUMBER_BEFORE_YEAR.match(norm, position)) is not None:
        marker_end = number.end()
    if marker_end is None or marker_end > end:
        return position
    return _skip_spaces(norm, marker_end, end)


def text_start(norm: str, start: int, deadline_start: int) -> int:
    """Where a target's text starts in the sentence ``[start, …)`` whose first deadline is at
    ``deadline_start``: after a list marker that opens the sentence (``2．2021年6月底前…``), and at
    the deadline itself when a lead ending in ``：`` (perhaps with a marker) comes right before it
    (``具体措施：1．2021年3月底前…``)."""
    start = after_marker(norm, start, deadline_start)
    colon = norm.rfind("：", start, deadline_start)
    if colon >= 0 and after_marker(norm, colon + 1, deadline_start) == deadline_start:
        if TIME_SET.search(norm, max(start, colon - 16), colon + 1) is not None:
            return start  # 推荐时间：2024年12月24日～…: the label names the time, it is the sentence's
        return deadline_start
    return start
