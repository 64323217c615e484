"""Han characters in everyday use, and what a plausibility score counts in full, as data.

Derived on first use from the code pages that define them (:data:`COMMON_HAN_RANGES`): GB2312
level 1 for Simplified (3,755 characters) and Big5's frequent block for Traditional (5,401).
The reader of undeclared encodings (:mod:`policyparse.io.decode`), the plausibility score
(:mod:`policyparse.normalize.script`) and the patterns that test it in one scan
(:mod:`policyparse.grammar.noise`) all read them from here.

The characters that score in full for each script are also shipped as the body of a regular
expression character class (``plain_chars.txt``, written by ``scripts/gen_plain_chars.py``
from :func:`plain_class_body`; a test keeps the two the same): deriving the class takes
longer than compiling it, and a cold start needs it for every document.
"""

from __future__ import annotations

import contextlib
from functools import lru_cache
from importlib import resources

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


def plain_class_body(codec: str) -> str:
    """The non-ASCII characters that score in full for one script as the inside of a character
    class: each run of consecutive code points as ``first-last``, a lone one as itself (written
    as themselves, which :mod:`re` parses several times faster than escapes)."""
    parts = []
    for low, high in code_point_ranges([code for code in plain_code_points(codec) if code >= 0x80]):
        parts.append(chr(low) if low == high else f"{chr(low)}-{chr(high)}")
    return "".join(parts)


#: The file of :func:`plain_class_body` for each script, a line ``codec<TAB>body`` each.
PLAIN_CHARS_FILE = "plain_chars.txt"


@lru_cache(maxsize=2)
def shipped_class_body(codec: str) -> str:
    """:func:`plain_class_body` of ``codec`` as shipped in :data:`PLAIN_CHARS_FILE`."""
    text = resources.files("policyparse.lexicon").joinpath(PLAIN_CHARS_FILE).read_text(encoding="utf-8")
    for line in text.split("\n"):  # not splitlines: a class may hold U+2028 and its kind
        name, _, body = line.partition("\t")
        if name == codec:
            return body
    raise LookupError(f"{PLAIN_CHARS_FILE} has no line for {codec}")
