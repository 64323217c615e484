"""Metadata helpers shared by the metadata stage: dates, organ names, news date lines and 来源.

Everything here reads the normalised view (Simplified script, Chinese punctuation, ASCII
digits) and returns normalised positions; :mod:`policyparse.metadata` maps them to input
offsets and surface strings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from policyparse.lexicon.metadata import (
    DATE,
    DATELINE,
    DISPATCH,
    GLUED_ORGANS,
    ISO_DATE,
    LEADING_ORGAN,
    ORGAN_NAME,
    OUTLETS,
    PAPER_LINE,
    PASSIVE_RELEASE,
    RELEASE,
    SOURCE,
    STRONG_AT_END,
    TITLE_ORGAN,
)
from policyparse.numerals import cn_to_int


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in the normalised text."""

    date: dt.date | None
    start: int
    end: int
    text: str


def _cn_part(text: str) -> int | None:
    return cn_to_int(text.replace("0", "〇").replace("Ο", "〇"))


def date_of(m: regex.Match[str]) -> dt.date | None:
    """The date a :data:`DATE`/:data:`ISO_DATE` match names, ``None`` if impossible."""
    groups = m.groupdict()
    try:
        if groups.get("y"):
            return dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        year, month, day = _cn_part(groups["cy"]), _cn_part(groups["cm"]), _cn_part(groups["cd"])
        if year is None or month is None or day is None:
            return None
        return dt.date(year, month, day)
    except (ValueError, TypeError, KeyError):
        return None


def parse_date(text: str) -> dt.date | None:
    """The first full date in ``text``, Arabic, Chinese or ISO.

    >>> parse_date("二〇一九年二月十九日")
    datetime.date(2019, 2, 19)
    >>> parse_date("二00六年十月八日")
    datetime.date(2006, 10, 8)
    >>> parse_date("2026-02-01") is None, parse_date("2019年2月30日") is None
    (False, True)
    """
    for pattern in (DATE, ISO_DATE):
        if (m := pattern.search(text)) is not None:
            return date_of(m)
    return None


def is_organ(name: str) -> bool:
    """Whether ``name`` reads as an organ's name (Han characters ending with an organ suffix)."""
    return 2 <= len(name) <= 30 and ORGAN_NAME.fullmatch(name) is not None


def split_glued(name: str) -> list[str]:
    """Split organs printed without a separator (中共中央国务院 → 中共中央, 国务院)."""
    parts: list[str] = []
    rest = name
    while rest:
        head = next((organ for organ in GLUED_ORGANS if rest.startswith(organ)), None)
        if head is None:
            return [name] if not parts else [*parts, rest]
        parts.append(head)
        rest = rest[len(head) :]
    return parts


def split_organs(text: str, start: int) -> list[tuple[int, int]]:
    """Spans (normalised) of the organs in a list such as ``A、B和C`` (``start`` is text's offset).

    Returns ``[]`` unless every part is an organ name.
    """
    spans: list[tuple[int, int]] = []
    for m in regex.finditer(r"[^、，,\s]+", text):
        piece, offset = m.group(0), m.start()
        cut = _and_split(piece)
        if cut is not None:
            spans.append((start + offset, start + offset + cut))
            spans.append((start + offset + cut + 1, start + m.end()))
        else:
            spans.append((start + offset, start + m.end()))
    names = [text[s - start : e - start] for s, e in spans]
    if not names or not all(is_organ(name) for name in names):
        return []
    return spans


def _and_split(piece: str) -> int | None:
    for m in regex.finditer("和|及", piece):
        left, right = piece[: m.start()], piece[m.end() :]
        if is_organ(left) and is_organ(right) and STRONG_AT_END.search(left):
            return int(m.start())
    return None


def recover_outlet(source: str) -> str | None:
    """The outlet a source with a lost ``?`` names, when the outlet list makes it certain.

    >>> recover_outlet("河北日?报")
    '河北日报'
    >>> recover_outlet("河北日?") is None
    False
    """
    if "?" not in source:
        return None
    without = source.replace("?", "")
    if without in OUTLETS:
        return without
    pattern = regex.compile(regex.escape(source).replace(r"\?", "."))
    candidates = [outlet for outlet in OUTLETS if pattern.fullmatch(outlet)]
    return candidates[0] if len(candidates) == 1 else None


__all__ = [
    "DATE",
    "DATELINE",
    "DISPATCH",
    "ISO_DATE",
    "LEADING_ORGAN",
    "PAPER_LINE",
    "PASSIVE_RELEASE",
    "RELEASE",
    "SOURCE",
    "TITLE_ORGAN",
    "DateMatch",
    "date_of",
    "is_organ",
    "parse_date",
    "recover_outlet",
    "split_glued",
    "split_organs",
]
