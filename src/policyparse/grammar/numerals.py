"""Chinese and Arabic numerals to numbers, total on any input (``None`` when not a number).

>>> cn_to_int("十四")
14
>>> cn_to_int("二〇一九")
2019
>>> cn_to_int("两千零五")
2005
>>> parse_number("3541.07万")
35410700.0
>>> parse_number("三十五")
35.0
>>> cn_to_int("第一") is None
True
"""

from __future__ import annotations

from policyparse.grammar._compile import pattern
from policyparse.lexicon.numerals import (
    CIRCLED,
    CIRCLED_HAN,
    DIGITS,
    FULL_STOP_DIGITS,
    LARGE_UNITS,
    PARENTHESISED,
    PARENTHESISED_HAN,
    SMALL_UNITS,
)

_ARABIC = pattern(r"\d+(?:\.\d+)?+")
_SYMBOLS: dict[str, int] = {
    **CIRCLED,
    **PARENTHESISED,
    **FULL_STOP_DIGITS,
    **PARENTHESISED_HAN,
    **CIRCLED_HAN,
}


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese integer numeral (``十一``, ``二〇二五``, ``三千五百万``), else ``None``.

    A string of digits only (``二〇二五``) is read digit by digit, as years are written.
    """
    if not text:
        return None
    if text.isdigit() and text.isascii():
        return int(text)
    if all(ch in DIGITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + DIGITS[ch]
        return value
    total = 0
    section = 0
    number = 0
    seen = False
    for ch in text:
        if ch in DIGITS:
            number = DIGITS[ch]
            seen = True
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            section += (number if number or seen else 1) * unit
            number = 0
            seen = True
        elif ch in LARGE_UNITS:
            unit = LARGE_UNITS[ch]
            total = (total + section + number) * unit if unit > 10_000 else total + (section + number) * unit
            section = 0
            number = 0
            seen = True
        else:
            return None
    return total + section + number if seen else None


def symbol_value(char: str) -> int | None:
    """Value of a circled or parenthesised number character (①, ⑴, ㈠), else ``None``."""
    return _SYMBOLS.get(char)


def parse_number(text: str) -> float | None:
    """Value of an Arabic or Chinese number with optional 万/亿 multipliers, else ``None``.

    ``3541.07万`` → 35410700.0; ``1.5亿`` → 150000000.0; ``百分之五`` is not handled here.
    """
    text = text.replace(",", "").replace("，", "").strip()
    if not text:
        return None
    multiplier = 1
    while text and text[-1] in LARGE_UNITS and not (len(text) > 1 and text[-2] in LARGE_UNITS and False):
        multiplier *= LARGE_UNITS[text[-1]]
        text = text[:-1]
        if not text or text[-1] not in LARGE_UNITS:
            break
    if not text:
        return None
    if _ARABIC.fullmatch(text):
        return float(text) * multiplier
    value = cn_to_int(text)
    if value is None:
        return None
    return float(value) * multiplier
