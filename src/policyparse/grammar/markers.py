"""Numbering markers: ``一、`` ``（一）`` ``1.`` ``（1）`` ``①`` ``第一章`` ``第十二条`` ``一是`` ….

Each marker class is one :class:`MarkerClass` record in :data:`MARKER_CLASSES`: its pattern
(with a ``num`` group), how its number is written, the characters it can start with, its
default rank in the nesting order, whether it is a structural unit (编/部分/章/节) and whether
it is distinctive enough to be found glued to the text before it (``…便利度（一）优化…``).
Every stage that asks "does a numbered item start here?" asks :func:`match_marker`: the
heading tree, the task list's items, the agency reader's lead-ins and the metadata reader.

Patterns run on the normalised view: ASCII digits, Chinese brackets ``（）``, ``．``/``﹒``
folded to ``.``. Repetition is bounded, so matching stays linear.

To add a numbering form, add a record (with examples) to :data:`MARKER_CLASSES`; the
integrity test in ``tests/test_grammar.py`` checks every record against its examples.

>>> m = match_marker("（十二）扩大市场规模。", 0)
>>> (m.kind.value, m.number, m.end)
('cn_paren', 12, 4)
>>> match_marker("1.5亿元", 0) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from policyparse.grammar._compile import pattern
from policyparse.grammar.numerals import cn_to_int, symbol_value
from policyparse.lexicon.numerals import MARKER_NUMERALS
from policyparse.models.labels import MarkerKind

#: Chinese numerals allowed in a marker (一 … 九十九, 一百 …, with 两/〇/零).
CN = f"[{MARKER_NUMERALS}]{{1,5}}"
#: Arabic numbers allowed in a marker (1 … 99999).
AR = r"[0-9]{1,5}"
_DIGITS = "0123456789"
#: A plan's phase, ``第一阶段：…`` (not ``第一阶段(…)``, a title, nor ``第一阶段，…`` in prose).
_PHASE = rf"第(?P<num>{CN}|{AR})阶段(?:[：:]|[ \t]+(?=\p{{Han}}))"


class Numeral(str, Enum):
    """How a marker writes its number."""

    CHINESE = "cn"  # 一, 十二 (Arabic digits accepted too: 第3章)
    ARABIC = "ar"
    SYMBOL = "sym"  # a circled or parenthesised number character: ①, ⑴, ㈠
    ROMAN = "roman"  # Ⅰ …Ⅻ
    DECIMAL = "dec"  # 1.2.3: the last number; the class depends on the depth


def _chars(first: int, last: int) -> str:
    return "".join(chr(code) for code in range(first, last + 1))


@dataclass(frozen=True)
class MarkerClass:
    """One numbering form: everything the parser knows about it, in one record."""

    kind: MarkerKind
    source: str
    numeral: Numeral
    first_chars: str
    rank: int
    examples: tuple[tuple[str, int], ...]
    structural: bool = False
    glued: bool = False


#: The marker classes, in matching order: where two could match at the same place, the first wins.
#: ``rank`` is the default nesting order (GB/T 9704-2012 §7.3.3 and common practice), used only to
#: place a class the document has not used before; after that the document's own nesting decides.
MARKER_CLASSES: tuple[MarkerClass, ...] = (
    MarkerClass(
        MarkerKind.BIAN, rf"第(?P<num>{CN}|{AR})编", Numeral.CHINESE, "第", 0, (("第二编 分则", 2),), True
    ),
    MarkerClass(
        MarkerKind.BUFEN,
        rf"第(?P<num>{CN}|{AR})(?:部分|篇)",
        Numeral.CHINESE,
        "第",
        1,
        (("第三部分 保障措施", 3), ("第一篇 总论", 1)),
        True,
    ),
    MarkerClass(
        MarkerKind.ZHANG,
        rf"第(?P<num>{CN}|{AR})章",
        Numeral.CHINESE,
        "第",
        2,
        (("第十二章 附则", 12), ("第3章 规划", 3)),
        True,
        True,
    ),
    MarkerClass(
        MarkerKind.JIE,
        rf"第(?P<num>{CN}|{AR})节",
        Numeral.CHINESE,
        "第",
        3,
        (("第一节 目标", 1),),
        True,
        True,
    ),
    MarkerClass(MarkerKind.PHASE, _PHASE, Numeral.CHINESE, "第", 5, (("第一阶段：动员部署", 1),)),
    MarkerClass(
        MarkerKind.CN_DUN,
        rf"(?P<num>{CN})、(?!{CN}、)",
        Numeral.CHINESE,
        MARKER_NUMERALS,
        4,
        (("一、总体要求", 1), ("二十三、附则", 23)),
    ),
    MarkerClass(
        MarkerKind.CN_DOT,
        rf"(?P<num>{CN})\.(?![0-9])",
        Numeral.CHINESE,
        MARKER_NUMERALS,
        4,
        (("三.主要任务", 3),),
    ),
    MarkerClass(
        MarkerKind.CN_PAREN,
        rf"[（〔](?P<num>{CN})[）〕](?![、项款条])",
        Numeral.CHINESE,
        "（〔",
        5,
        (("（一）指导思想", 1), ("〔十二〕加强监督", 12)),
        glued=True,
    ),
    MarkerClass(
        MarkerKind.CN_PAREN_CHAR,
        r"(?P<num>[\u3220-\u3229])",
        Numeral.SYMBOL,
        _chars(0x3220, 0x3229),
        5,
        (("㈠总则", 1),),
        glued=True,
    ),
    MarkerClass(
        MarkerKind.ARABIC_DOT,
        # a year may follow (3.2018年要在全国推开…), another number not (1.5亿元)
        rf"(?P<num>{AR})\.(?:(?=[12][0-9]{{3}}[ ]?年)|(?![0-9.%]))",
        Numeral.ARABIC,
        _DIGITS,
        6,
        (("1.加快建设", 1), ("12. 完善", 12), ("3.2018年要在全国推开", 3)),
    ),
    MarkerClass(
        MarkerKind.ARABIC_DUN, rf"(?P<num>{AR})、(?![0-9])", Numeral.ARABIC, _DIGITS, 6, (("3、强化保障", 3),)
    ),
    MarkerClass(
        MarkerKind.ARABIC_PAREN,
        rf"（(?P<num>{AR})）(?![、项款条])",
        Numeral.ARABIC,
        "（",
        7,
        (("（1）完善制度", 1),),
        glued=True,
    ),
    MarkerClass(
        MarkerKind.ARABIC_HALF_PAREN,
        rf"(?P<num>{AR})）(?![、项款条])",
        Numeral.ARABIC,
        _DIGITS,
        7,
        (("2）开展试点", 2),),
    ),
    MarkerClass(
        MarkerKind.ARABIC_PAREN_CHAR,
        r"(?P<num>[\u2474-\u2487])",
        Numeral.SYMBOL,
        _chars(0x2474, 0x2487),
        7,
        (("⑵加强", 2),),
    ),
    MarkerClass(
        MarkerKind.CIRCLED,
        r"(?P<num>[\u2460-\u2473])",
        Numeral.SYMBOL,
        _chars(0x2460, 0x2473),
        8,
        (("③推进", 3),),
    ),
    MarkerClass(
        MarkerKind.ARABIC_STOP_CHAR,
        r"(?P<num>[\u2488-\u249b])",
        Numeral.SYMBOL,
        _chars(0x2488, 0x249B),
        6,
        (("⒈加强", 1),),
    ),
    MarkerClass(
        MarkerKind.ROMAN,
        r"(?P<num>[\u2160-\u216b])[、.]",
        Numeral.ROMAN,
        _chars(0x2160, 0x216B),
        4,
        (("Ⅱ、目标", 2),),
    ),
    # decimal outlines of plans and standards: 1.1 编制目的, 5.2.1 … (the class is decimal2 … decimal4)
    MarkerClass(
        MarkerKind.DECIMAL2,
        r"(?P<num>[0-9]{1,2}(?:\.[0-9]{1,2}){1,3})(?![0-9.%])[ \t]{0,3}(?=[\p{Han}“《（])"
        r"(?![年月日个项家万亿元次名倍米吨千百十])",
        Numeral.DECIMAL,
        _DIGITS,
        5,
        (("1.1 编制目的", 1), ("5.2.3 监测", 3)),
    ),
    # ... and their top level: 1 总则
    MarkerClass(
        MarkerKind.DECIMAL1,
        r"(?P<num>[0-9]{1,2})[ \t]{1,3}(?=[\p{Han}“《])(?![年月日个项家万亿元次名倍])",
        Numeral.DECIMAL,
        _DIGITS,
        4,
        (("1 总则", 1),),
    ),
)

#: Classes matched only where the caller asks for them, not by :func:`match_marker`.
BARE_NUMBER_CLASS = MarkerClass(
    MarkerKind.BARE_NUMBER,
    r"(?P<num>[0-9]{1,2})(?=[\p{Han}“])(?![年月日号个项家条万亿元次名倍%])",
    Numeral.ARABIC,
    _DIGITS,
    6,
    (("1企业投资项目承诺制改革", 1),),
)
INLINE_ENUM_CLASS = MarkerClass(
    MarkerKind.INLINE_ENUM,
    rf"(?P<num>[{MARKER_NUMERALS}]{{1,3}})是",
    Numeral.CHINESE,
    MARKER_NUMERALS,
    9,
    (("二是加强", 2),),
)
ARTICLE_CLASS = MarkerClass(
    MarkerKind.ARTICLE,
    rf"第(?P<num>{CN}|{AR})条(?:之[{MARKER_NUMERALS}]{{1,3}})?",
    Numeral.CHINESE,
    "第",
    10,
    (("第十二条 本办法", 12), ("第三条之一", 3)),
)

#: Every class, for lookups by kind.
ALL_CLASSES: tuple[MarkerClass, ...] = (*MARKER_CLASSES, BARE_NUMBER_CLASS, INLINE_ENUM_CLASS, ARTICLE_CLASS)
BY_KIND: dict[MarkerKind, MarkerClass] = {c.kind: c for c in ALL_CLASSES}
#: Ranks of the decimal classes, by depth (decimal1 … decimal4).
DECIMAL_KINDS = (MarkerKind.DECIMAL1, MarkerKind.DECIMAL2, MarkerKind.DECIMAL3, MarkerKind.DECIMAL4)
_DECIMAL_RANKS = {kind: 4 + depth for depth, kind in enumerate(DECIMAL_KINDS)}

STRUCTURAL: frozenset[MarkerKind] = frozenset(c.kind for c in MARKER_CLASSES if c.structural)
GLUED: frozenset[MarkerKind] = frozenset(c.kind for c in MARKER_CLASSES if c.glued)

_PATTERNS = {c.kind: pattern(c.source) for c in ALL_CLASSES}
_BY_FIRST: dict[str, tuple[MarkerClass, ...]] = {}
for _class in MARKER_CLASSES:
    for _char in _class.first_chars:
        _BY_FIRST[_char] = (*_BY_FIRST.get(_char, ()), _class)

#: Every character a marker of any class (or a table row's number) can start with: a first test.
MARKER_START_CHARS: frozenset[str] = frozenset("".join(c.first_chars for c in ALL_CLASSES) + _DIGITS)

#: An article label anywhere (for searches): 第十二条.
ARTICLE = _PATTERNS[MarkerKind.ARTICLE]
#: An article label opening a line.
ARTICLE_LINE = pattern(rf"(?m)^[ \t]{{0,8}}{ARTICLE_CLASS.source}")
#: An inline enumeration ``一是`` (a heading only when it stands alone as a short line).
INLINE_ENUM = _PATTERNS[MarkerKind.INLINE_ENUM]
#: A bare number glued to a title, used by flattened tables in attachments: ``1企业投资…``.
BARE_NUMBER = _PATTERNS[MarkerKind.BARE_NUMBER]
#: The number of a table row before its first cell: ``12 |``.
TABLE_ROW = pattern(r"(?P<num>[0-9]{1,3})(?=\s|[|｜])")


@dataclass(frozen=True, slots=True)
class MarkerMatch:
    """A numbering marker found at ``start``: its class, value and end (exclusive)."""

    kind: MarkerKind
    number: int
    start: int
    end: int


def rank(kind: MarkerKind) -> int:
    """Default nesting rank of a class (lower is outer); a table row's number ranks as ``1.``."""
    if kind in _DECIMAL_RANKS:
        return _DECIMAL_RANKS[kind]
    if kind is MarkerKind.TABLE_ROW:
        return BY_KIND[MarkerKind.ARABIC_DOT].rank
    return BY_KIND[kind].rank


def value(text: str, numeral: Numeral) -> int | None:
    """The number a marker's ``num`` group writes."""
    if numeral is Numeral.DECIMAL:
        return int(text.rsplit(".", 1)[-1])
    if numeral is Numeral.ROMAN:
        return ord(text) - 0x215F
    if numeral is Numeral.SYMBOL:
        return symbol_value(text)
    if text.isascii():
        return int(text) if text.isdigit() else None
    return cn_to_int(text)


def match_marker(norm: str, pos: int, *, classes: frozenset[MarkerKind] | None = None) -> MarkerMatch | None:
    """The numbering marker starting exactly at ``pos``, else ``None``."""
    if pos >= len(norm):
        return None
    limit = min(len(norm), pos + 14)
    for marker_class in _BY_FIRST.get(norm[pos], ()):
        kind = marker_class.kind
        if classes is not None and kind not in classes:
            continue
        m = _PATTERNS[kind].match(norm, pos, limit)
        if m is None:
            continue
        number = value(m.group("num"), marker_class.numeral)
        if number is None or number <= 0:
            continue
        if kind is MarkerKind.DECIMAL2:
            kind = DECIMAL_KINDS[m.group("num").count(".")]
        return MarkerMatch(kind, number, pos, m.end())
    return None


def _match_class(marker_class: MarkerClass, norm: str, pos: int, width: int) -> MarkerMatch | None:
    if norm[pos : pos + 1] not in marker_class.first_chars:  # "" (the end) goes on: no match
        return None
    m = _PATTERNS[marker_class.kind].match(norm, pos, min(len(norm), pos + width))
    if m is None:
        return None
    number = value(m.group("num"), marker_class.numeral)
    return MarkerMatch(marker_class.kind, number, pos, m.end()) if number else None


def match_inline_enum(norm: str, pos: int) -> MarkerMatch | None:
    """An inline enumeration marker ``一是`` at ``pos``."""
    return _match_class(INLINE_ENUM_CLASS, norm, pos, 6)


def match_article(norm: str, pos: int) -> MarkerMatch | None:
    """An article label ``第十二条`` at ``pos``."""
    return _match_class(ARTICLE_CLASS, norm, pos, 14)


def match_bare_number(norm: str, pos: int) -> MarkerMatch | None:
    """A bare number glued to a title (``1企业投资…``) at ``pos``."""
    return _match_class(BARE_NUMBER_CLASS, norm, pos, 4)


def match_table_row(norm: str, pos: int, end: int) -> MarkerMatch | None:
    """The number of a table row (``12 |``) at ``pos``."""
    m = TABLE_ROW.match(norm, pos, end)
    return MarkerMatch(MarkerKind.TABLE_ROW, int(m.group("num")), pos, m.end()) if m is not None else None
