"""Reading the title after a marker: a title line, a run-in title, or a list item's text.

Positions are indices into the normalised view (``doc.norm``).

>>> read_title("总体要求", 0, 4).form.value
'line'
>>> read_title("指导思想。以习近平新时代中国特色社会主义思想为指导。", 0, 27).form.value
'run_in'
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from policyparse.grammar import markers as grammar
from policyparse.grammar.text import HAN_OR_OPENING
from policyparse.grammar.titles import COLON_LEAD, COLON_NAME, KEYWORD_PREFIX, TOPIC_TITLE
from policyparse.lexicon import markers as lex
from policyparse.models import MarkerKind

_SPACES = " \t"


class TitleForm(str, Enum):
    """What follows a marker.

    ``line``: the title is the rest of the paragraph, no sentence punctuation; ``line_stop``:
    the rest of the paragraph is one sentence ending in ``stop``; ``run_in``: a short title
    sentence ending in ``。``/``：`` followed by body text; ``glued``: a title ended by the next
    marker or after a heading keyword, in text that lost its line breaks; ``item``: the text
    runs on (a list item, not a title); ``empty``: nothing follows.
    """

    LINE = "line"
    LINE_STOP = "line_stop"
    RUN_IN = "run_in"
    GLUED = "glued"
    ITEM = "item"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class TitleRead:
    """Where a title after a marker ends and what form it has (see :class:`TitleForm`)."""

    form: TitleForm
    start: int
    end: int
    stop: str = ""
    next_marker: int | None = None

    @property
    def length(self) -> int:
        """Length of the title in characters."""
        return self.end - self.start


def _glued_marker(norm: str, start: int, limit: int) -> int | None:
    """Position of a distinctive marker glued to the text in ``[start, limit)``."""
    index = start + 1
    while index < limit:
        char = norm[index]
        if char in "。；":
            return None
        if (char in "（第" or "\u3220" <= char <= "\u3229") and norm[index - 1] not in "第、和及与或":
            m = grammar.match_marker(norm, index, classes=grammar.GLUED)
            if m is not None:
                return index
        if char.isdigit() and _item_glued(norm, start, index, limit):
            return index
        index += 1
    return None


def _item_glued(norm: str, start: int, index: int, limit: int) -> bool:
    """An item ``N.`` (or ``N、``) glued to a title, before a title of its own: a heading's first
    item in a text that lost its breaks (``（一）国企改革效率提高1.法人治理结构得到改进（1）…``), or
    a flattened table's category run into its row (``二、加强涉及减税降费的信息公开5.系统集成…``).
    The title before it holds no comma; the number stands after a Han character (not a digit,
    ``第`` or a conjunction: ``2021``, ``第1``) and before ``.``/``、`` and a Han character
    (``1.5倍``, ``2.0版`` are no items)."""
    before = norm[index - 1]
    if not ("\u4e00" <= before <= "\u9fff") or before in "第和及与或至到" or "，" in norm[start:index]:
        return False
    m = grammar.match_marker(norm, index)
    if m is None or m.kind not in (MarkerKind.ARABIC_DOT, MarkerKind.ARABIC_DUN) or m.end >= limit:
        return False
    return "\u4e00" <= norm[m.end] <= "\u9fff"


def read_title(norm: str, start: int, end: int, stops: frozenset[int] = frozenset()) -> TitleRead:
    """Read the title that starts at ``start`` in the paragraph ending at ``end``.

    ``stops`` are positions where a lost character or mojibake run stands for a lost ``。``.
    """
    while start < end and norm[start] in _SPACES:
        start += 1
    if start >= end:
        return TitleRead(TitleForm.EMPTY, start, start)
    stop_at = _first_stop(norm, start, min(end, start + lex.LINE_TITLE_MAX + 1), stops)
    glued = _glued_title(norm, start, end, stop_at)
    if glued is not None:
        return glued
    if stop_at is None:
        if end - start <= lex.LINE_TITLE_MAX:
            return TitleRead(TitleForm.LINE, start, trim_title_end(norm, start, end))
        return _keyword_title(norm, start, end) or TitleRead(TitleForm.ITEM, start, start)
    return _stopped_title(norm, start, end, stop_at, stops)


def _first_stop(norm: str, start: int, window: int, stops: frozenset[int]) -> int | None:
    """The first ``。：；！？`` (or lost ``。``) in ``[start, window)``."""
    for index in range(start, window):
        if norm[index] in lex.RUN_IN_ENDS or norm[index] in "；！？" or (index in stops and index > start):
            return index
    return None


def _glued_title(norm: str, start: int, end: int, stop_at: int | None) -> TitleRead | None:
    """A title ended by a marker glued to it, or a ``关于…问题`` topic title, before any stop."""
    glued = _glued_marker(norm, start, min(end, start + 45))
    if glued is not None and (stop_at is None or glued < stop_at):
        return TitleRead(TitleForm.GLUED, start, trim_title_end(norm, start, glued), next_marker=glued)
    topic = TOPIC_TITLE.match(norm, start, min(end, start + 40))
    if topic is None:
        return None
    if (topic.end() < stop_at) if stop_at is not None else (end - start > lex.LINE_TITLE_MAX):
        return TitleRead(TitleForm.GLUED, start, topic.end())
    return None


def _stopped_title(norm: str, start: int, end: int, stop_at: int, stops: frozenset[int]) -> TitleRead:
    """A title line ending in a stop, a run-in title, or a list item's running text."""
    stop = norm[stop_at] if stop_at not in stops else "。"
    rest = stop_at + 1
    while rest < end and norm[rest] in _SPACES + "”’）":
        rest += 1
    if rest >= end and end - start <= lex.LINE_TITLE_MAX:
        return TitleRead(TitleForm.LINE_STOP, start, trim_title_end(norm, start, stop_at), stop=stop)
    if stop == "：" and _named_after_colon(norm, start, stop_at, rest, end):
        return TitleRead(TitleForm.LINE, start, trim_title_end(norm, start, end))  # 典型场景：研发设计
    if (
        stop in lex.RUN_IN_ENDS
        and stop_at - start <= lex.RUN_IN_MAX
        and not _copula_lead(norm, start, stop_at, stop)
    ):
        return TitleRead(TitleForm.RUN_IN, start, trim_title_end(norm, start, stop_at), stop=stop)
    return _keyword_title(norm, start, end) or TitleRead(TitleForm.ITEM, start, start)


def _named_after_colon(norm: str, start: int, stop_at: int, rest: int, end: int) -> bool:
    """A short name alone after a title line's colon whose lead names a category the text repeats
    (``1.典型场景：研发设计`` … ``2.典型场景：生产制造``): the colon is inside the title. Not a field
    and its value (``二、事项审查类型：前审后批``, said once), a label inside a note
    (``…行动（牵头单位：住建厅）``) or a clause."""
    if end - start > lex.LINE_TITLE_MAX or not COLON_LEAD.fullmatch(norm, start, stop_at):
        return False
    if norm.count(norm[start : stop_at + 1]) < 2:
        return False  # the lead is printed once: a field and its value
    return COLON_NAME.fullmatch(norm, rest, trim_title_end(norm, rest, end)) is not None


def _copula_lead(norm: str, start: int, stop_at: int, stop: str) -> bool:
    """A sentence whose predicate the colon introduces (``…的指导思想是：以…为指导``): no title."""
    return stop == "：" and trim_title_end(norm, start, stop_at) > start and norm[stop_at - 1] == "是"


def _keyword_title(norm: str, start: int, end: int) -> TitleRead | None:
    m = KEYWORD_PREFIX.match(norm, start, min(end, start + 8))
    if m is None or m.end() >= end:
        return None
    follower = norm[m.end()]
    if follower in "和及与、的之等，是" or not HAN_OR_OPENING.match(follower):
        return None
    return TitleRead(TitleForm.GLUED, start, m.end())


def trim_title_end(norm: str, start: int, end: int) -> int:
    """``end`` moved back over trailing punctuation and spaces."""
    while end > start and norm[end - 1] in lex.TITLE_TRAILING:
        end -= 1
    return end
