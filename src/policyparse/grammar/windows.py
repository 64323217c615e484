"""Scanning a long text only near the characters a pattern cannot do without.

The :mod:`regex` engine tries a pattern that opens with a character class
(``[一二三…]{1,3}|\\d{1,3}``) at every position of the text, about 30 ns a character; finding
one literal character is a hundred times faster. :func:`finditer_near` finds a pattern's
matches by searching only the stretches of text around such characters, and gives exactly the
matches a scan of the whole text gives (the tests compare both on every fixture and on
generated text).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from policyparse.grammar._compile import plain_pattern
from policyparse.grammar.dates import DATE
from policyparse.grammar.sections import COUNT_PHRASE

if TYPE_CHECKING:  # pragma: no cover - typing only
    import re

    import regex

#: The characters every match of :data:`policyparse.grammar.sections.COUNT_PHRASE` holds right
#: after its number of one to three characters (``五项``, ``八个方面``, ``9方面``, ``四大``, ``十五条``);
#: a character class the scan runs fast on (a look-behind for ``方面`` alone made it five times slower).
COUNT_WORD = plain_pattern(r"[项个大条方]")
#: 年 and the month after it, which every full date of :data:`policyparse.grammar.dates.DATE`
#: holds (``2019年2月``, ``2019 年 2 月``, ``二〇一九年二月``); 年 is common, this is rare.
YEAR_MONTH = plain_pattern(r"年[ \t]{0,2}(?:\d{1,2}[ \t]{0,2}|[一二三四五六七八九十]{1,3})月")


def windows(
    text: str, anchor: re.Pattern[str], before: int, after: int, start: int = 0
) -> list[tuple[int, int]]:
    """The stretches ``[q - before, q + after)`` of ``text[start:]`` around every match ``q`` of
    ``anchor``, merged where they overlap or touch, in order."""
    merged: list[tuple[int, int]] = []
    size = len(text)
    for m in anchor.finditer(text, start):
        lo, hi = max(start, m.start() - before), min(size, m.start() + after)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def finditer_near(
    found: regex.Pattern[str],
    text: str,
    anchor: re.Pattern[str],
    *,
    before: int,
    after: int,
    start: int = 0,
) -> Iterator[regex.Match[str]]:
    """The matches ``found.finditer(text, start)`` gives, searched for only near ``anchor``.

    ``found`` must have no lookaround, anchors or word boundaries (a search that stops early
    then only loses matches, never gains one) and never match the empty string, and each of
    its matches ``[x, y)`` must hold a match of ``anchor`` that ``anchor.finditer`` finds (one
    that no earlier anchor match overlaps) starting at a position ``q`` with ``q - before <= x``
    and ``y <= q + after``. Every match then lies inside one stretch of :func:`windows`, and
    the stretches are scanned as the whole text would be.
    """
    for lo, hi in windows(text, anchor, before, after, start):
        yield from found.finditer(text, lo, hi)


def count_phrases(text: str) -> Iterator[regex.Match[str]]:
    """``COUNT_PHRASE.finditer(text)``, near its count words.

    A match's number is one to three characters before the count word; what follows the
    count word is at most eight characters (``个方面的重点任务``, ``大专项行动``): 16 leaves room.
    """
    return finditer_near(COUNT_PHRASE, text, COUNT_WORD, before=3, after=16)


def full_dates(text: str, start: int = 0) -> Iterator[regex.Match[str]]:
    """``DATE.finditer(text, start)``, near a year's 年 and its month (:data:`YEAR_MONTH`).

    年 follows the four-digit year and at most two spaces or tabs; what follows it is at most
    fourteen characters (spaced ``2 月 19 日``, or ``十二月三十一日``): 8 and 24 leave room.
    """
    return finditer_near(DATE, text, YEAR_MONTH, before=8, after=24, start=start)
