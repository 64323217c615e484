"""Word's number formats (``w:numFmt``): how Word writes the number of a list item.

``chineseCounting`` → 一, 二 … 十一; ``decimalEnclosedCircle`` → ①; ``upperRoman`` → III;
``ideographTraditional`` → 甲, 乙 …; unknown formats give Arabic digits.
"""

from __future__ import annotations

from collections.abc import Callable

_CN_DIGITS = "零一二三四五六七八九"
_CN_DIGITAL = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_CN_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def chinese_counting(number: int, digits: str = _CN_DIGITS, units: str = "十百千") -> str:
    """A number as Word's ``chineseCounting`` format writes it (1–9999, else Arabic).

    >>> [chinese_counting(n) for n in (1, 10, 11, 20, 21, 100, 105, 110)]
    ['一', '十', '十一', '二十', '二十一', '一百', '一百零五', '一百一十']
    """
    if not 0 < number < 10_000:
        return str(number)
    if number < 10:
        return digits[number]
    if number < 20 and digits is _CN_DIGITS:
        return units[0] + (digits[number % 10] if number % 10 else "")
    parts: list[str] = []
    zero_pending = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit = number // power % 10
        if digit == 0:
            zero_pending = bool(parts)
            continue
        if zero_pending:
            parts.append(digits[0])
            zero_pending = False
        parts.append(digits[digit] + unit)
    return "".join(parts)


def _letters(number: int) -> str:
    # Word repeats the letter past Z: A … Z, AA … ZZ, AAA …
    if number < 1:
        return str(number)
    return chr(ord("A") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _roman(number: int) -> str:
    if not 0 < number < 4000:
        return str(number)
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _enclosed(number: int, first: int, count: int) -> str:
    return chr(first + number - 1) if 1 <= number <= count else f"({number})"


def _digital(number: int) -> str:
    return "".join(_CN_DIGITAL[int(digit)] for digit in str(number))


def _cycle(symbols: str) -> Callable[[int], str]:
    return lambda number: symbols[(number - 1) % len(symbols)] if number > 0 else str(number)


#: Word number formats (``w:numFmt``) and how each writes a number.
_FORMATS: dict[str, Callable[[int], str]] = {
    **dict.fromkeys(
        (
            "chineseCounting",
            "chineseCountingThousand",
            "taiwaneseCounting",
            "taiwaneseCountingThousand",
            "japaneseCounting",
        ),
        chinese_counting,
    ),
    "chineseLegalSimplified": lambda number: chinese_counting(number, _CN_LEGAL, "拾佰仟"),
    **dict.fromkeys(
        ("ideographLegalTraditional", "japaneseLegal"),
        lambda number: chinese_counting(number, _CN_LEGAL_TRADITIONAL, "拾佰仟"),
    ),
    **dict.fromkeys(("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"), _digital),
    "ideographTraditional": _cycle(_HEAVENLY_STEMS),
    "ideographZodiac": _cycle(_EARTHLY_BRANCHES),
    **dict.fromkeys(
        ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"),
        lambda number: _enclosed(number, 0x2460, 20),
    ),
    "decimalEnclosedParen": lambda number: _enclosed(number, 0x2474, 20),
    "decimalEnclosedFullstop": lambda number: _enclosed(number, 0x2488, 20),
    "ideographEnclosedCircle": lambda number: _enclosed(number, 0x3280, 10),
    **dict.fromkeys(
        ("decimalFullWidth", "decimalFullWidth2"),
        lambda number: "".join(chr(0xFF10 + int(digit)) for digit in str(number)),
    ),
    "decimalZero": lambda number: f"{number:02d}",
    "upperLetter": _letters,
    "lowerLetter": lambda number: _letters(number).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda number: _roman(number).lower(),
    "none": lambda number: "",
}


def format_number(number: int, fmt: str) -> str:
    """``number`` in the Word number format ``fmt`` (``w:numFmt``); unknown formats give Arabic.

    >>> [format_number(3, f) for f in ("decimal", "chineseCounting", "decimalEnclosedCircle", "upperRoman")]
    ['3', '三', '③', 'III']
    """
    return _FORMATS.get(fmt, str)(number)
