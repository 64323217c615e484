"""Metadata helpers shared by the metadata stage: dates, organ names, news date lines and 来源.

Everything here reads the normalised view (Simplified script, Chinese punctuation, ASCII
digits) and returns normalised positions; :mod:`policyparse.metadata` maps them to input
offsets and surface strings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from policyparse.grammar.numerals import cn_to_int
from policyparse.lexicon.metadata import (
    DATE,
    DATELINE,
    DEMONSTRATIVES,
    DISPATCH,
    GLUED_ORGANS,
    ISO_DATE,
    LEAD_RELEASE,
    LEADING_ORGAN,
    LEADING_TIME,
    LEVEL_PREFIXES,
    MEETING,
    MEETING_HOSTS,
    NAMED_BODIES,
    NEWS_BODY_SUFFIX,
    ORGAN_NAME,
    ORGAN_SUFFIXES,
    OUTLETS,
    PAPER_LINE,
    PASSIVE_RELEASE,
    RELEASE,
    SOURCE,
    STRONG_AT_END,
    SUBJECT_CUT,
    TITLE_ORGAN,
    TRAILING_FILLERS,
)


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


_SUBJECT_RUN = regex.compile(r"[\p{Han}、（）]{1,60}$")


@dataclass(frozen=True, slots=True)
class Release:
    """A body named as releasing a policy in a headline or lead (normalised spans)."""

    bodies: list[tuple[int, int]]
    policy: tuple[int, int] | None


def is_news_body(name: str) -> bool:
    """Whether ``name`` is a body a report may name as releasing a policy.

    An organ with a strong ending (at least two characters before it), a glued organ, or a
    meeting of such a body (``国务院常务会议``); never a bare or demonstrative reference.

    >>> [is_news_body(n) for n in ("司法部", "国务院常务会议", "省委", "证监会")]
    [True, True, True, True]
    >>> [is_news_body(n) for n in ("此次会议", "会议", "全部", "政府", "干部")]
    [False, False, False, False, False]
    """
    if not 2 <= len(name) <= 30 or name.startswith(DEMONSTRATIVES):
        return False
    if name in GLUED_ORGANS or name in NAMED_BODIES:
        return True
    suffix = NEWS_BODY_SUFFIX.search(name)
    if suffix is not None and is_organ(name):
        prefix = name[: suffix.start()]
        if (
            len(prefix) >= 2
            or (len(prefix) == 1 and (len(suffix.group(0)) >= 2 or prefix in LEVEL_PREFIXES))
            or (not prefix and name not in ORGAN_SUFFIXES)
        ):
            return True
    meeting = MEETING.fullmatch(name)
    if meeting is None:
        return False
    host = meeting.group("host")
    return host in MEETING_HOSTS or (MEETING.fullmatch(host) is None and is_news_body(host))


def split_bodies(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the bodies in ``A、B和C`` (``start`` is ``text``'s offset); ``[]`` unless all are bodies."""
    spans: list[tuple[int, int]] = []
    for m in regex.finditer(r"[^、]+", text):
        piece, offset = m.group(0), start + m.start()
        if is_news_body(piece):
            spans.append((offset, offset + len(piece)))
            continue
        cut = next(
            (
                c.start()
                for c in regex.finditer("和|及|与", piece)
                if is_news_body(piece[: c.start()]) and is_news_body(piece[c.end() :])
            ),
            None,
        )
        if cut is None:
            return []
        spans.extend([(offset, offset + cut), (offset + cut + 1, offset + len(piece))])
    return spans


def lead_release(norm: str, start: int, end: int) -> Release | None:
    """The first clause in ``norm[start:end]`` whose subject is a body releasing a policy.

    The subject is read backwards from a release verb (:data:`LEAD_RELEASE`) to a
    punctuation mark, after the last :data:`SUBJECT_CUT` (``4日召开的``), without time words
    and fillers (``日前在全国``): ``司法部日前在全国部署开展…`` → ``司法部``.
    """
    for m in LEAD_RELEASE.finditer(norm, start, end):
        run = _SUBJECT_RUN.search(norm, max(start, m.start() - 60), m.start())
        if run is None:
            continue
        subject_start, subject = run.start(), run.group(0)
        if (cut := SUBJECT_CUT.search(subject)) is not None:
            subject_start, subject = subject_start + cut.end(), subject[cut.end() :]
        if (time := LEADING_TIME.match(subject)) is not None:
            subject_start, subject = subject_start + time.end(), subject[time.end() :]
        if (filler := TRAILING_FILLERS.search(subject)) is not None:
            subject = subject[: filler.start()]
        bodies = split_bodies(subject, subject_start)
        if bodies:
            return Release(bodies, m.span("policy") if m.group("policy") else None)
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
    "Release",
    "date_of",
    "is_news_body",
    "is_organ",
    "lead_release",
    "parse_date",
    "recover_outlet",
    "split_bodies",
    "split_glued",
    "split_organs",
]
