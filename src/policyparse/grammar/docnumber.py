"""发文字号: the document number of a Chinese official document (GB/T 9704-2012, 7.2.4).

A 发文字号 is made of the issuing organ's code (机关代字), the year in the hexagonal brackets
〔〕 and a serial number followed by 号 (號 in Traditional script, read as written):

>>> format("国发[2017]35号")
'国发〔2017〕35号'
>>> number = parse("冀政办字[2019]1号")
>>> (number.organ_code, number.year, number.serial, number.canonical, number.standard_brackets)
('冀政办字', 2019, 1, '冀政办字〔2019〕1号', False)

Square brackets ``[]``, lenticular brackets ``【】`` and parentheses ``()`` are common
misprints of 〔〕; they are accepted (``standard_brackets`` is then ``False``, and the
metadata stage reports diagnostic W501):

>>> parse("国办发【2019】12号").canonical
'国办发〔2019〕12号'
>>> is_valid("京经信发〔2022〕87号")
True

Two other forms occur: a bracketed year first, with the organ code after it and ``第N号``
(``(2024)京0105民初第2号``), and the number of an order (令), which has no year:

>>> parse("(2024)京0105民初第2号").canonical
'〔2024〕京0105民初第2号'
>>> order = parse("中华人民共和国国务院令第431号")
>>> (order.organ_code, order.year, order.serial)
('中华人民共和国国务院令', None, 431)

Anything else is not a document number:

>>> is_valid("关于印发方案的通知")
False
>>> validate("国发〔2017〕")
Traceback (most recent call last):
    ...
policyparse.grammar.docnumber.InvalidFormat: not a document number: '国发〔2017〕'
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from policyparse.grammar._compile import pattern
from policyparse.models import DocNumber

#: Opening and closing brackets that enclose the year; 〔〕 is the standard pair.
OPEN_BRACKETS = "〔[【(（［﹝〖"
CLOSE_BRACKETS = "〕]】)）］﹞〗"
STANDARD_OPEN = "〔"
STANDARD_CLOSE = "〕"

_FULL_WIDTH_DIGITS = {ord(c): ord("0") + i for i, c in enumerate("０１２３４５６７８９")}
#: The spaces a number is compacted of (every kind, the ideographic one included).
_SPACE_CHARS = r"\s\u3000"
_SPACES = pattern(f"[{_SPACE_CHARS}]+")
_YEAR = r"(?:19[4-9]\d|20\d\d|21\d\d)"
_OPEN = f"[{regex.escape(OPEN_BRACKETS)}]"
_CLOSE = f"[{regex.escape(CLOSE_BRACKETS)}]"
_S = r"[ \t\u3000]{0,3}"
#: Organ code, year in brackets, serial: 国发〔2017〕35号. The code is at most 16 characters,
#: perhaps letter-spaced as printed (``高 教〔2016〕55号``).
YEAR_FORM = pattern(
    rf"(?P<code>(?:[\p{{Han}}A-Za-z0-9][ \t\u3000]?){{1,16}}?){_S}(?P<open>{_OPEN}){_S}(?P<year>{_YEAR}){_S}(?P<close>{_CLOSE})"
    rf"{_S}第?{_S}(?P<serial>\d{{1,5}}){_S}号"
)
#: Bracketed year first: (2024)京0105民初第2号.
LEADING_YEAR_FORM = pattern(
    rf"(?P<open>{_OPEN}){_S}(?P<year>{_YEAR}){_S}(?P<close>{_CLOSE}){_S}"
    rf"(?P<code>[\p{{Han}}A-Za-z0-9]{{0,16}}?){_S}第{_S}(?P<serial>\d{{1,5}}){_S}号"
)
#: Number of an order: 国令第707号, 公安部令第127号.
ORDER_FORM = pattern(rf"(?P<code>[\p{{Han}}]{{0,24}}?令){_S}第{_S}(?P<serial>\d{{1,5}}){_S}号")
#: The most characters other than spaces a number of any form has: an order's (a code of 24
#: characters, 令, 第, five digits, 号); a year form's has at most 29.
LONGEST = 32
#: Text with more characters than :data:`LONGEST` besides spaces, read no further than that.
_LONGER = pattern(rf"[{_SPACE_CHARS}]*(?:[^{_SPACE_CHARS}][{_SPACE_CHARS}]*){{{LONGEST + 1}}}")


class InvalidFormat(ValueError):
    """The string is not a document number."""


def compact(number: str) -> str:
    """The number without spaces and with ASCII digits (brackets are kept as printed).

    >>> compact(" 国发 〔２０１７〕 ３５号 ")
    '国发〔2017〕35号'
    """
    return str(_SPACES.sub("", number.translate(_FULL_WIDTH_DIGITS)))


def _match(number: str) -> tuple[str, regex.Match[str]] | None:
    if len(number) > LONGEST and _LONGER.match(number) is not None:
        return None  # a whole paragraph is not compacted to learn that
    text = compact(number)
    # the forms end in 号 as a literal (a class there slows the search of long texts); a
    # Traditional 號 is read as 号 and kept in the canonical form (:func:`_canonical`)
    folded = text[:-1] + "号" if text.endswith("號") else text
    for form in (YEAR_FORM, LEADING_YEAR_FORM, ORDER_FORM):
        if (m := form.fullmatch(folded)) is not None:
            return text, m
    return None


def validate(number: str) -> str:
    """The compact form of a valid number; raises :class:`InvalidFormat` otherwise.

    >>> validate("国办函〔2018〕71号")
    '国办函〔2018〕71号'
    """
    return _required(number)[0]


def is_valid(number: str) -> bool:
    """Whether ``number`` is a document number in one of the accepted forms."""
    return _match(number) is not None


def format(number: str) -> str:
    """The canonical form: compact, with the year in 〔〕.

    >>> format("皖政办秘(2021)82号")
    '皖政办秘〔2021〕82号'
    """
    written, m = _required(number)
    return _canonical(m, written)


def _required(number: str) -> tuple[str, regex.Match[str]]:
    found = _match(number)
    if found is None:
        raise InvalidFormat(f"not a document number: {number!r}")
    return found


def _canonical(m: regex.Match[str], written: str) -> str:
    """The canonical form of a match of the compact number ``written`` (its 號 kept)."""
    groups = m.groupdict()
    text = m.group(0)[:-1] + written[-1]
    if groups.get("year") is None:
        return text
    return str(
        text[: m.start("open") - m.start()]
        + STANDARD_OPEN
        + groups["year"]
        + STANDARD_CLOSE
        + (text[m.end("close") - m.start() :])
    )


def _from_match(m: regex.Match[str], written: str, start: int, end: int, printed: str) -> DocNumber:
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    standard = groups.get("open") in (None, STANDARD_OPEN) and groups.get("close") in (None, STANDARD_CLOSE)
    return DocNumber(
        start=start,
        end=end,
        text=printed,
        organ_code=groups.get("code") or "",
        year=year,
        serial=int(groups["serial"]),
        canonical=_canonical(m, written),
        standard_brackets=standard,
    )


def parse(number: str, start: int = 0, end: int | None = None) -> DocNumber:
    """Parse a number into organ code, year and serial; raises :class:`InvalidFormat`.

    ``start``/``end`` are the span to record (by default the whole string).

    >>> parse("国发〔2017〕35号").serial
    35
    """
    found = _match(number)
    if found is None:
        raise InvalidFormat(f"not a document number: {number!r}")
    return _from_match(found[1], found[0], start, len(number) if end is None else end, number.strip())


def parse_or_none(number: str, start: int = 0, end: int | None = None) -> DocNumber | None:
    """Like :func:`parse`, but ``None`` for a string that is not a document number."""
    try:
        return parse(number, start, end)
    except InvalidFormat:
        return None


def finditer(text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
    """Document numbers inside ``text[start:end]``, in order, without overlaps.

    The organ code of a match may take in text glued before it (a title printed without a
    break); the caller trims it. Order numbers (令) are included.

    Examples:
        >>> [m.group(0) for m in finditer("见国发〔2017〕35号，国令第707号")]
        ['见国发〔2017〕35号', '国令第707号']
    """
    stop = len(text) if end is None else end
    found: list[regex.Match[str]] = []
    for form in (YEAR_FORM, LEADING_YEAR_FORM, ORDER_FORM):
        found.extend(form.finditer(text, start, stop))
    found.sort(key=lambda m: (m.start(), -m.end()))
    last_end = -1
    for m in found:
        if m.start() >= last_end:
            last_end = m.end()
            yield m
