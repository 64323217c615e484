"""Numbering markers: recognise ``一、`` ``（一）`` ``1.`` ``第一章`` … at a position, and read titles.

All positions are indices into the normalised view (``doc.norm``). The grammars are data in
:mod:`policyparse.lexicon.markers`; this module compiles them once and applies them.

>>> m = match_marker("（十二）扩大市场规模。", 0)
>>> (m.kind, m.number, m.end)
('cn_paren', 12, 4)
>>> match_marker("1.5亿元", 0) is None
True
>>> read_title("总体要求", 0, 4).form
'line'
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from policyparse.lexicon import markers as lex
from policyparse.numerals import cn_to_int, symbol_value

_GRAMMARS: tuple[tuple[str, regex.Pattern[str], str], ...] = tuple(
    (name, regex.compile(pattern), numeral) for name, pattern, numeral in lex.MARKER_GRAMMARS
)
_GLUED = tuple(g for g in _GRAMMARS if g[0] in lex.GLUED_CLASSES)
_BY_FIRST: dict[str, tuple[tuple[str, regex.Pattern[str], str], ...]] = {}
for _grammar in _GRAMMARS:
    for _char in lex.FIRST_CHARS[_grammar[0]]:
        _BY_FIRST[_char] = (*_BY_FIRST.get(_char, ()), _grammar)
_SPACES = " \t"


@dataclass(frozen=True, slots=True)
class MarkerMatch:
    """A numbering marker found at ``start``: its class, value and end (exclusive)."""

    kind: str
    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TitleRead:
    """Where a title after a marker ends and what form it has.

    ``form`` is ``line`` (the title is the rest of the paragraph, no sentence punctuation),
    ``line_stop`` (the rest of the paragraph is one sentence ending in ``stop``), ``run_in``
    (a short title sentence ending in ``。``/``：`` followed by body text), ``glued`` (title
    ended by the next marker or after a heading keyword, in text that lost its line breaks),
    ``item`` (the text runs on: a list item, not a title) or ``empty``.
    """

    form: str
    start: int
    end: int
    stop: str = ""
    next_marker: int | None = None

    @property
    def length(self) -> int:
        """Length of the title in characters."""
        return self.end - self.start


def _value(text: str, numeral: str) -> int | None:
    if numeral == "dec":
        return int(text.rsplit(".", 1)[-1])
    if numeral == "roman":
        return ord(text) - 0x215F
    if numeral == "sym":
        return symbol_value(text)
    if text.isascii():
        return int(text) if text.isdigit() else None
    return cn_to_int(text)


def match_marker(norm: str, pos: int, *, classes: frozenset[str] | None = None) -> MarkerMatch | None:
    """The numbering marker starting exactly at ``pos``, else ``None``."""
    if pos >= len(norm):
        return None
    candidates = _BY_FIRST.get(norm[pos], ())
    limit = min(len(norm), pos + 14)
    for name, pattern, numeral in candidates:
        if classes is not None and name not in classes:
            continue
        m = pattern.match(norm, pos, limit)
        if m is None:
            continue
        value = _value(m.group("num"), numeral)
        if value is None or value <= 0:
            continue
        if numeral == "dec":
            name = f"decimal{m.group('num').count('.') + 1}"
        return MarkerMatch(name, value, pos, m.end())
    return None


def match_inline_enum(norm: str, pos: int) -> MarkerMatch | None:
    """An inline enumeration marker ``一是`` at ``pos``."""
    m = lex.INLINE_ENUM.match(norm, pos, min(len(norm), pos + 6))
    if m is None:
        return None
    value = cn_to_int(m.group("num"))
    return MarkerMatch("inline_enum", value, pos, m.end()) if value else None


def match_article(norm: str, pos: int) -> MarkerMatch | None:
    """An article label ``第十二条`` at ``pos``."""
    m = lex.ARTICLE.match(norm, pos, min(len(norm), pos + 14))
    if m is None:
        return None
    value = _value(m.group("num"), "cn")
    return MarkerMatch("article", value, pos, m.end()) if value else None


def _glued_marker(norm: str, start: int, limit: int) -> int | None:
    """Position of a distinctive marker glued to the text in ``[start, limit)``."""
    index = start + 1
    while index < limit:
        char = norm[index]
        if char in "。；":
            return None
        if (char in "（第" or "\u3220" <= char <= "\u3229") and norm[index - 1] not in "第、和及与或":
            m = match_marker(norm, index, classes=lex.GLUED_CLASSES)
            if m is not None:
                return index
        index += 1
    return None


def read_title(norm: str, start: int, end: int, stops: frozenset[int] = frozenset()) -> TitleRead:
    """Read the title that starts at ``start`` in the paragraph ending at ``end``.

    ``stops`` are positions where a lost character or mojibake run stands for a lost ``。``.
    """
    while start < end and norm[start] in _SPACES:
        start += 1
    if start >= end:
        return TitleRead("empty", start, start)
    window = min(end, start + lex.LINE_TITLE_MAX + 1)
    stop_at: int | None = None
    for index in range(start, window):
        char = norm[index]
        if char in lex.RUN_IN_ENDS or char in "；！？" or (index in stops and index > start):
            stop_at = index
            break
    glued = _glued_marker(norm, start, min(end, start + 45))
    if glued is not None and (stop_at is None or glued < stop_at):
        return TitleRead("glued", start, _trim_end(norm, start, glued), next_marker=glued)
    topic = lex.TOPIC_TITLE.match(norm, start, min(end, start + 40))
    if topic is not None and (
        topic.end() < stop_at if stop_at is not None else end - start > lex.LINE_TITLE_MAX
    ):
        return TitleRead("glued", start, topic.end())
    if stop_at is None:
        if end - start <= lex.LINE_TITLE_MAX:
            return TitleRead("line", start, _trim_end(norm, start, end))
        return _keyword_title(norm, start, end) or TitleRead("item", start, start)
    stop = norm[stop_at] if stop_at not in stops else "。"
    rest = stop_at + 1
    while rest < end and norm[rest] in _SPACES + "”’）":
        rest += 1
    if rest >= end and end - start <= lex.LINE_TITLE_MAX:
        return TitleRead("line_stop", start, _trim_end(norm, start, stop_at), stop=stop)
    if stop in lex.RUN_IN_ENDS and stop_at - start <= lex.RUN_IN_MAX:
        return TitleRead("run_in", start, _trim_end(norm, start, stop_at), stop=stop)
    return _keyword_title(norm, start, end) or TitleRead("item", start, start)


def _keyword_title(norm: str, start: int, end: int) -> TitleRead | None:
    m = lex.KEYWORD_PREFIX.match(norm, start, min(end, start + 8))
    if m is None or m.end() >= end:
        return None
    follower = norm[m.end()]
    if follower in "和及与、的之等，" or not regex.match(r"\p{Han}|[“《]", follower):
        return None
    return TitleRead("glued", start, m.end())


def _trim_end(norm: str, start: int, end: int) -> int:
    while end > start and norm[end - 1] in lex.TITLE_TRAILING:
        end -= 1
    return end


def trim_title_end(norm: str, start: int, end: int) -> int:
    """``end`` moved back over trailing punctuation and spaces."""
    return _trim_end(norm, start, end)
