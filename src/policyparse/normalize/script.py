"""Script conversion (OpenCC) and how plausible a run of characters is as Chinese text."""

from __future__ import annotations

from functools import lru_cache

from policyparse.lexicon.mojibake import COMMON_HAN_RANGES, PLAUSIBLE_SYMBOLS


@lru_cache(maxsize=1)
def _t2s_converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t_converter() -> object:
    import opencc

    return opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC, keeping the length (character by character if needed)."""
    converter = _t2s_converter()
    out: str = converter.convert(text)  # type: ignore[attr-defined]
    if len(out) == len(text):
        return out
    return "".join(
        converted if len(converted := converter.convert(ch)) == 1 else ch  # type: ignore[attr-defined]
        for ch in text
    )


def to_traditional_char(char: str) -> str:
    """One Simplified character in Traditional script (itself when OpenCC gives more than one)."""
    converted: str = _s2t_converter().convert(char)  # type: ignore[attr-defined]
    return converted if len(converted) == 1 else char


def looks_traditional(text: str) -> bool:
    """Whether the first 4,000 characters are written in Traditional script (0.5 % differ)."""
    sample = text[:4000]
    return sum(a != b for a, b in zip(sample, to_simplified(sample), strict=True)) >= max(
        1, len(sample) // 200
    )


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
                for trail in range(*trail_range):
                    try:
                        chars.add(bytes((lead, trail)).decode(name))
                    except UnicodeDecodeError:
                        continue
    return frozenset(chars)


def _is_symbol(char: str) -> bool:
    """A symbol Chinese documents print (CJK and full-width punctuation, enclosed numbers …)."""
    code = ord(char)
    return any(low <= code <= high for low, high in PLAUSIBLE_SYMBOLS)


def chinese_plausibility(text: str) -> float:
    """How plausible the non-ASCII characters of ``text`` are in Chinese prose (0–1).

    The share of them that are everyday Han characters of one script (Simplified: GB2312
    level 1; Traditional: Big5's frequent block; the better of the two) or symbols Chinese
    documents print. Other Han characters count a quarter; Latin-1 letters, Cyrillic, box
    drawing, private-use and control characters nothing. Mixing scripts scores low, as text
    decoded with the wrong one of GBK and Big5 does. Without non-ASCII characters: 1.

    >>> chinese_plausibility("国务院关于印发通知，2012年")
    1.0
    >>> chinese_plausibility("國務院關於印發通知")
    1.0
    >>> chinese_plausibility("дЄ≠еНОдЇЇж∞С") < 0.2
    True
    """
    simplified, traditional = common_han("gb2312"), common_han("big5")
    good_simplified = good_traditional = 0.0
    counted = 0
    for char in text:
        if char < "\x80" or char == "\ufffd":
            continue
        counted += 1
        if _is_symbol(char):
            good_simplified += 1.0
            good_traditional += 1.0
        elif "\u4e00" <= char <= "\u9fff":
            good_simplified += 1.0 if char in simplified else 0.25
            good_traditional += 1.0 if char in traditional else 0.25
    return round(max(good_simplified, good_traditional) / counted, 3) if counted else 1.0
