"""Data for recognising and repairing mojibake: text decoded with the wrong code page.

A mojibake run is the bytes of a text in its real encoding read through another code page.
:mod:`policyparse.normalize.mojibake` re-encodes a suspicious run with the code page it was
read through and decodes the bytes with the real encoding; the repair is taken only when the
bytes decode cleanly and the result reads as Chinese (see :data:`REPAIR_MIN_PLAUSIBILITY`).
"""

from __future__ import annotations

#: (real encoding, code page it was read through): the round trips tried, in order of
#: preference when two give equally plausible text. UTF-8 read as GBK gives ``鍙戝睍``,
#: UTF-8 read as a Latin page ``å‘å±•``, as a Cyrillic page ``дЄ≠еНО``, GBK read as Latin-1
#: ``·¢Õ¹``.
ROUND_TRIPS: tuple[tuple[str, str], ...] = (
    ("utf-8", "gbk"),
    ("utf-8", "gb18030"),
    ("utf-8", "big5"),
    ("utf-8", "cp950"),
    ("utf-8", "cp1252"),
    ("utf-8", "latin-1"),
    ("utf-8", "mac_roman"),
    ("utf-8", "cp437"),
    ("utf-8", "cp1250"),
    ("utf-8", "cp1251"),
    ("utf-8", "mac_cyrillic"),
    ("utf-8", "koi8_r"),
    ("utf-8", "cp866"),
    ("gbk", "latin-1"),
    ("gbk", "cp1252"),
    ("gbk", "mac_roman"),
    ("big5", "latin-1"),
    ("big5", "cp1252"),
    ("big5", "gbk"),
    ("gbk", "big5"),
)
#: Multibyte Chinese code pages: a run misread through one of them is made of Han characters,
#: so it is judged more strictly (a longer run, or the same round trip confirmed elsewhere).
HAN_CODE_PAGES: frozenset[str] = frozenset({"gbk", "gb18030", "big5", "cp950"})
#: A run read through a Han code page needs at least this many characters to be repaired …
HAN_MIN_RUN = 4
#: … and this many to be repaired on its own; shorter runs need a longer run of the document
#: repaired by the same round trip.
HAN_CONFIDENT_RUN = 8
#: The second pass repairs with the round trips that repaired at least this share of the
#: characters the most frequent one repaired (one text is damaged one way; a pinyin ``ì`` in a
#: text misread as Latin-1 is not GBK misread as Latin-1).
DOMINANT_SHARE = 0.25
#: A run read through a single-byte page needs at least this many characters.
BYTE_MIN_RUN = 2

#: Code pages whose undefined bytes a lenient reader passes through as C1 controls
#: (U+0080–U+009F): encoding them back gives those bytes.
SLOPPY_CODE_PAGES: frozenset[str] = frozenset({"cp1252", "cp1250", "cp1251"})

#: Spaces that survive a misreading unchanged inside a damaged run (read around, not through).
SURVIVING_SPACES = "\u00a0\u3000\u2002\u2003"

#: A repair is taken when the repaired run is at least this plausible as Chinese …
REPAIR_MIN_PLAUSIBILITY = 0.9
#: … and this much more plausible than the run as found.
REPAIR_MIN_GAIN = 0.3
#: A text whose non-ASCII characters are less plausible than this is reported as garbled.
GARBLED_MAX_PLAUSIBILITY = 0.5
#: Texts with fewer non-ASCII characters than this are not judged as a whole.
GARBLED_MIN_CHARS = 20
#: Lost bytes: undecodable bytes at the seams of a run become U+FFFD in the repaired text;
#: at most this many at either end of a run (an incomplete UTF-8 sequence has at most 3).
MAX_SEAM_LOSS = 3
#: The placeholder a lost character gets in the normalised view.
PLACEHOLDER = "\ufffd"

#: Lead-byte and trail-byte ranges (end exclusive) of the everyday Han characters:
#: GB2312 level 1 (3,755 characters) and Big5's frequent block (5,401).
COMMON_HAN_RANGES: tuple[tuple[str, tuple[int, int], tuple[tuple[int, int], ...]], ...] = (
    ("gb2312", (0xB0, 0xD8), ((0xA1, 0xFF),)),
    ("big5", (0xA4, 0xC7), ((0x40, 0x7F), (0xA1, 0xFF))),
)
#: Code-point ranges (inclusive) of the symbols Chinese documents print beside Han characters.
PLAUSIBLE_SYMBOLS: tuple[tuple[int, int], ...] = (
    (0x3000, 0x303F),  # CJK punctuation
    (0xFF01, 0xFF5E),  # full-width forms
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
    (0x2030, 0x2033),  # per mille, primes
    (0x203B, 0x203B),  # ※
    (0x2460, 0x24FF),  # enclosed numbers ① ⑴ ⒈
    (0x3220, 0x3243),  # parenthesised ideographs ㈠
    (0x3280, 0x32B0),  # circled ideographs ㊀
    (0x2160, 0x217F),  # Roman numerals
    (0x25A0, 0x25FF),  # geometric shapes ■ ● ○
    (0x2190, 0x2193),  # arrows
    (0x2264, 0x2265),  # ≤ ≥
    (0x00A0, 0x00A0),  # no-break space
    (0x00B7, 0x00B7),  # middle dot
    (0x00D7, 0x00D7),  # ×
    (0x00B0, 0x00B0),  # °
    (0x2103, 0x2103),  # ℃
    (0x00F7, 0x00F7),  # ÷
    (0x2605, 0x2606),  # ★ ☆ (机密★1年)
)
