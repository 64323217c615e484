"""Chinese numeral classes (the equivalent of spaCy's ``lang/zh/lex_attrs.py``)."""

from __future__ import annotations

#: Digit characters and their values; 〇/零/○/O (a letter O typed for 〇 in years) are zero.
DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "o": 0,
    "一": 1,
    "壹": 1,
    "幺": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
#: Small units (within a 万 group).
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Large units that multiply everything before them.
LARGE_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

#: Character class (for regular expressions) of the numerals that may appear in markers.
MARKER_NUMERALS = "〇零一二两三四五六七八九十百"
#: Character class of every numeral character.
ALL_NUMERALS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(LARGE_UNITS)

#: Circled and parenthesised number characters and their values.
CIRCLED: dict[str, int] = {chr(0x2460 + i): i + 1 for i in range(20)}  # ①-⑳
PARENTHESISED: dict[str, int] = {chr(0x2474 + i): i + 1 for i in range(20)}  # ⑴-⒇
FULL_STOP_DIGITS: dict[str, int] = {chr(0x2488 + i): i + 1 for i in range(20)}  # ⒈-⒛
PARENTHESISED_HAN: dict[str, int] = {chr(0x3220 + i): i + 1 for i in range(10)}  # ㈠-㈩
CIRCLED_HAN: dict[str, int] = {chr(0x3280 + i): i + 1 for i in range(10)}  # ㊀-㊉
