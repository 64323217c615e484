"""Han characters in everyday use, and what a plausibility score counts in full, as data.

Derived once, on first use, from the code pages that define them (:data:`COMMON_HAN_RANGES`):
GB2312 level 1 for Simplified (3,755 characters) and Big5's frequent block for Traditional
(5,401). The reader of undeclared encodings (:mod:`policyparse.io.decode`), the plausibility
score (:mod:`policyparse.normalize.script`) and the patterns that test it in one scan
(:mod:`policyparse.grammar.noise`) all read them from here.
"""

from __future__ import annotations

import contextlib
from functools import lru_cache

from policyparse.lexicon.mojibake import COMMON_HAN_RANGES, PLAUSIBLE_SYMBOLS

#: The two scripts a plausibility score is taken in, by the codec that defines their everyday
#: Han characters; Simplified first, as most documents are written in it.
SCRIPTS = ("gb2312", "big5")


@lru_cache(maxsize=2)
def common_han(codec: str) -> frozenset[str]:
    """Han characters in everyday use in one script: GB2312 level 1 (``gb2312``, 3,755) or
    Big5's frequent block (``big5``, 5,401)."""
    chars: set[str] = set()
    for name, leads, trails in COMMON_HAN_RANGES:
        if name != codec:
            continue
        for lead in range(*leads):
            for trail_range in trails:
                chars.update(_decoded_row(name, lead, range(*trail_range)))
    return frozenset(chars)


def _decoded_row(codec: str, lead: int, trails: range) -> str | list[str]:
    """The characters of ``lead`` followed by each of ``trails`` that ``codec`` decodes: the row
    decoded at once, or pair by pair when one pair of it does not decode."""
    try:
        return bytes(byte for trail in trails for byte in (lead, trail)).decode(codec)
    except UnicodeDecodeError:
        decoded = []
        for trail in trails:
            with contextlib.suppress(UnicodeDecodeError):
                decoded.append(bytes((lead, trail)).decode(codec))
        return decoded


def plain_code_points(codec: str) -> list[int]:
    """The code points that score in full for one script, in order: ASCII, U+FFFD, the symbols
    Chinese documents print (:data:`PLAUSIBLE_SYMBOLS`) and the script's everyday Han
    characters of the unified block."""
    han = (ord(char) for char in common_han(codec) if "\u4e00" <= char <= "\u9fff")
    symbols = (code for low, high in PLAUSIBLE_SYMBOLS for code in range(low, high + 1))
    return sorted({*range(0x80), 0xFFFD, *symbols, *han})


def code_point_ranges(codes: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as inclusive ranges: ``[1, 2, 3, 7]`` → ``[(1, 3), (7, 7)]``."""
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges
