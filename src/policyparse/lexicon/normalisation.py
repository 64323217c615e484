"""Data for the normalised view: width folding, punctuation, pinyin, stray markup."""

from __future__ import annotations

#: Letters that occur in pinyin glosses (tone-marked vowels and ü).
PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
#: Tone-marked letters: a gloss must contain one, so that ``(app)`` or ``(AI)`` are not glosses.
TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"

#: One-to-one replacements that make the normalised view: ASCII punctuation becomes the
#: Chinese form, full-width digits and letters become ASCII. ``?`` is kept: it marks lost
#: characters. Every value has length 1, so offsets are preserved.
PUNCTUATION = {
    ",": "，",
    ";": "；",
    ":": "：",
    "(": "（",
    ")": "）",
    "!": "！",
    "\u3000": " ",
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\uff0e": ".",
    "\uff05": "%",
    "\uff0f": "/",
    "\uff0b": "+",
    "\uff0d": "-",
    "\uff5e": "~",
    "\uff1d": "=",
    "\uff1c": "<",
    "\uff1e": ">",
    "\uff3b": "[",
    "\uff3d": "]",
    "\uff03": "#",
    "\uff06": "&",
    "\uff0a": "*",
    "\u2212": "-",
    "\u2013": "-",
    "\u2014": "—",
    "\u2015": "—",
    "\u2500": "—",
    "\ufe50": "，",
    "\ufe51": "、",
    "\ufe52": ".",
    "\ufe54": "；",
    "\ufe55": "：",
    "\u00b7": "·",
    "\u30fb": "·",
    "\u201f": "“",
    "\u301d": "“",
    "\u301e": "”",
    "\u300c": "“",
    "\u300d": "”",
    "\u300e": "‘",
    "\u300f": "’",
}


def width_table() -> dict[int, str]:
    """The full translation table: PUNCTUATION plus full-width digits and Latin letters."""
    table = {ord(k): v for k, v in PUNCTUATION.items()}
    for code in range(0xFF10, 0xFF1A):  # ０-９
        table[code] = chr(code - 0xFEE0)
    for code in range(0xFF21, 0xFF3B):  # Ａ-Ｚ
        table[code] = chr(code - 0xFEE0)
    for code in range(0xFF41, 0xFF5B):  # ａ-ｚ
        table[code] = chr(code - 0xFEE0)
    return table


#: Control and invisible characters left out of the normalised view (newline, CR and tab are kept).
CONTROL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u2060\ufeff"

#: Words whose second character is often lost to ``?`` in pinyin-annotated reprints, with the
#: gloss that follows the lost character. Used only when the character before the ``?`` and the
#: gloss both match: ``河北日?bào)`` → 報/报.
RECOVERABLE_WORDS: dict[tuple[str, str], str] = {
    ("日", "bào"): "报",
    ("晚", "bào"): "报",
    ("时", "bào"): "报",
    ("時", "bào"): "报",
    ("商", "bào"): "报",
    ("导", "bào"): "报",
    ("導", "bào"): "报",
    ("快", "bào"): "报",
    ("周", "bào"): "报",
    ("週", "bào"): "报",
    ("画", "bào"): "报",
    ("畫", "bào"): "报",
    ("新", "wén"): "闻",
    ("新", "huá"): "华",
    ("政", "fǔ"): "府",
    ("人", "mín"): "民",
}
