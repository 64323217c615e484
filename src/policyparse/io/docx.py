"""Word ``.docx`` → text: paragraphs in order with Word's list numbering, tables as rows.

python-docx opens the package; the body is then read in document order:

* A paragraph becomes a line (a manual line break ``<w:br/>`` inside it, a line break).
  Tracked deletions, hidden text, field codes and the fallback copies of text boxes are left
  out.
* A paragraph in a Word list (``<w:numPr>`` on the paragraph or on its style) gets the number
  Word displays for it, computed from the numbering part: the level's ``lvlText`` template
  (``%1、``, ``（%1）``, ``%1.%2``), its number format (``chineseCounting`` → 一, 二 …,
  ``decimal``, ``decimalEnclosedCircle`` → ①, ``upperLetter``, ``upperRoman`` …), its start
  value and restarts, and the counters shared by the lists of one definition. A heading
  numbered by Word therefore keeps its ``一、``.
* A table becomes one line per row, the cells' text joined by `` | `` (a merged cell once).
* Runs of empty paragraphs leave one blank line.

A file that is not a readable ``.docx`` (truncated, corrupt, another format) raises
:class:`~policyparse.io.errors.InputError`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from policyparse.diagnostics import Diagnostics
from policyparse.io.archive import DEFAULT_LIMITS, ArchiveLimits, check_archive
from policyparse.io.errors import InputError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


#: Subtrees whose text Word does not show in the paragraph (or shows elsewhere).
_SKIPPED = frozenset(
    {
        _w("del"),
        _w("moveFrom"),
        _w("instrText"),
        _w("delInstrText"),
        _w("txbxContent"),
        _w("pPr"),
        _w("rPr"),
        _w("footnoteReference"),
        _w("endnoteReference"),
        f"{{{MC}}}Fallback",
    }
)
_LEVELS = 9
#: Elements that wrap paragraphs, rows or cells without changing them.
_WRAPPERS = frozenset({_w("sdt"), _w("customXml"), _w("sdtContent"), _w("ins"), _w("moveTo")})

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
#: Bullet characters from symbol fonts (private-use code points) shown as a plain bullet.
_BULLET = "•"


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


def _attr(element: Any, name: str) -> str | None:
    if element is None:
        return None
    value = element.get(_w(name))
    return str(value) if value is not None else None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    restart: int | None = None
    legal: bool = False


@dataclass
class _Numbering:
    """Word's numbering definitions and the running counters of one document."""

    abstracts: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    style_levels: dict[str, tuple[str, int]] = field(default_factory=dict)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    overridden: set[tuple[str, int]] = field(default_factory=set)

    @classmethod
    def read(cls, document: Any) -> _Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        for abstract in root.iterchildren(_w("abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iterchildren(_w("lvl")):
                ilvl = _int(_attr(lvl, "ilvl"), 0)
                level = _Level()
                level.start = _int(_attr(lvl.find(_w("start")), "val"), 1)
                level.fmt = _attr(lvl.find(_w("numFmt")), "val") or "decimal"
                level.text = _attr(lvl.find(_w("lvlText")), "val") or ""
                level.suffix = _attr(lvl.find(_w("suff")), "val") or "tab"
                restart = lvl.find(_w("lvlRestart"))
                level.restart = _int(_attr(restart, "val"), 0) if restart is not None else None
                level.legal = lvl.find(_w("isLgl")) is not None
                levels[ilvl] = level
                style = _attr(lvl.find(_w("pStyle")), "val")
                if style:
                    numbering.style_levels[style] = (_attr(abstract, "abstractNumId") or "", ilvl)
            numbering.abstracts[_attr(abstract, "abstractNumId") or ""] = levels
        for num in root.iterchildren(_w("num")):
            abstract_id = _attr(num.find(_w("abstractNumId")), "val") or ""
            overrides: dict[int, int] = {}
            for override in num.iterchildren(_w("lvlOverride")):
                start = override.find(_w("startOverride"))
                if start is not None:
                    overrides[_int(_attr(override, "ilvl"), 0)] = _int(_attr(start, "val"), 1)
            numbering.nums[_attr(num, "numId") or ""] = (abstract_id, overrides)
        return numbering

    def marker(self, num_id: str, ilvl: int) -> str:
        """The number Word shows for the next paragraph of list ``num_id`` at level ``ilvl``."""
        if num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstracts.get(abstract_id, {})
        ilvl = min(max(ilvl, 0), _LEVELS - 1)
        level = levels.get(ilvl, _Level(text=f"%{ilvl + 1}."))
        counters = self.counters.setdefault(abstract_id, [None] * _LEVELS)
        if ilvl in overrides and (num_id, ilvl) not in self.overridden:
            self.overridden.add((num_id, ilvl))
            counters[ilvl] = overrides[ilvl] - 1
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            restart = levels.get(deeper, _Level()).restart
            if restart != 0:
                counters[deeper] = None
        if level.fmt == "bullet":
            shown = level.text
            return (
                _BULLET if not shown or any(0xE000 <= ord(char) <= 0xF8FF for char in shown) else shown
            ) + " "
        text = level.text
        for index in range(_LEVELS, 0, -1):  # %10 does not exist; %1 … %9
            token = f"%{index}"
            if token not in text:
                continue
            referenced = levels.get(index - 1, _Level())
            value = counters[index - 1]
            if value is None:
                value = referenced.start
            fmt = "decimal" if level.legal else referenced.fmt
            text = text.replace(token, format_number(value, fmt))
        return text + self._suffix(text, level.suffix)

    @staticmethod
    def _suffix(marker: str, suffix: str) -> str:
        if not marker or suffix == "nothing":
            return ""
        if suffix == "space":
            return " "
        # A tab after 一、 or （一） is layout; after 第一章 or 1.1 it separates words.
        return "" if marker[-1] in "、.．。)）:：]】〕" else " "


def _hidden_run(run: Any) -> bool:
    """A run formatted as hidden text (``w:vanish``), which Word does not show."""
    properties = run.find(_w("rPr"))
    vanish = properties.find(_w("vanish")) if properties is not None else None
    return vanish is not None and _attr(vanish, "val") not in {"0", "false", "off"}


def _paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []
    stack: list[Any] = list(reversed(list(paragraph)))
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == _w("r") and _hidden_run(element):
            continue
        if tag == _w("t"):
            parts.append(element.text or "")
        elif tag == _w("tab"):
            parts.append("\t")
        elif tag in {_w("br"), _w("cr")}:
            parts.append("\n")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
        elif tag == _w("sym"):
            code = _hex(_attr(element, "char"))
            if code is not None and not 0xE000 <= code <= 0xF8FF:
                parts.append(chr(code))
        else:
            stack.extend(reversed(list(element)))
    return "".join(parts)


def _hex(value: str | None) -> int | None:
    try:
        return int(value, 16) if value else None
    except ValueError:
        return None


@dataclass
class _Reader:
    numbering: _Numbering
    style_numbering: dict[str, tuple[str | None, int | None, str | None]]

    def paragraph(self, element: Any) -> str:
        text = _paragraph_text(element)
        num_id, ilvl = self._numbering_of(element)
        if num_id is not None and num_id != "0":
            text = self.numbering.marker(num_id, ilvl) + text
        return text

    def _numbering_of(self, element: Any) -> tuple[str | None, int]:
        properties = element.find(_w("pPr"))
        num_pr = properties.find(_w("numPr")) if properties is not None else None
        num_id = _attr(num_pr.find(_w("numId")), "val") if num_pr is not None else None
        ilvl_value = _attr(num_pr.find(_w("ilvl")), "val") if num_pr is not None else None
        style_id = _attr(properties.find(_w("pStyle")), "val") if properties is not None else None
        if num_id is None and style_id is not None:
            num_id, style_ilvl = self._style_numbering(style_id)
            if ilvl_value is None and style_ilvl is not None:
                ilvl_value = str(style_ilvl)
        if ilvl_value is None and style_id is not None and style_id in self.numbering.style_levels:
            ilvl_value = str(self.numbering.style_levels[style_id][1])
        return num_id, _int(ilvl_value, 0)

    def _style_numbering(self, style_id: str) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in seen and current in self.style_numbering:
            seen.add(current)
            num_id, ilvl, based_on = self.style_numbering[current]
            if num_id is not None:
                return num_id, ilvl
            current = based_on
        return None, None

    def table(self, element: Any, depth: int = 0) -> Iterator[str]:
        for row in _children(element, _w("tr")):
            cells: list[str] = []
            for cell in _children(row, _w("tc")):
                pieces: list[str] = []
                for block in _blocks(cell):
                    if block.tag == _w("p"):
                        pieces.append(self.paragraph(block).strip())
                    elif depth < 8:
                        pieces.extend(self.table(block, depth + 1))
                text = " ".join(piece.replace("\n", " ") for piece in pieces if piece)
                if text:
                    cells.append(text)
            yield " | ".join(cells)


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children of ``element`` with ``tag``, looking through content controls and custom XML."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            content = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if content is not None:
                yield from _children(content, tag)


def _blocks(container: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body or cell in order, through content controls."""
    for child in container:
        tag = child.tag
        if tag in {_w("p"), _w("tbl")}:
            yield child
        elif tag in _WRAPPERS:
            content = child.find(_w("sdtContent")) if tag == _w("sdt") else child
            if content is not None:
                yield from _blocks(content)


def _style_numbering(document: Any) -> dict[str, tuple[str | None, int | None, str | None]]:
    out: dict[str, tuple[str | None, int | None, str | None]] = {}
    try:
        styles = document.styles.element
    except (KeyError, AttributeError, NotImplementedError):
        return out
    for style in styles.iterchildren(_w("style")):
        style_id = _attr(style, "styleId")
        if not style_id:
            continue
        properties = style.find(_w("pPr"))
        num_pr = properties.find(_w("numPr")) if properties is not None else None
        num_id = _attr(num_pr.find(_w("numId")), "val") if num_pr is not None else None
        ilvl = _attr(num_pr.find(_w("ilvl")), "val") if num_pr is not None else None
        based_on = _attr(style.find(_w("basedOn")), "val")
        out[style_id] = (num_id, _int(ilvl, 0) if ilvl is not None else None, based_on)
    return out


def _clean(lines: list[str]) -> str:
    out: list[str] = []
    for line in "\n".join(lines).split("\n"):
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def docx_to_text(
    data: bytes,
    *,
    name: str = "<docx>",
    limits: ArchiveLimits = DEFAULT_LIMITS,
    diagnostics: Diagnostics | None = None,
) -> str:
    """The text of a ``.docx`` document: paragraphs with list numbers, tables as rows.

    The package is held to ``limits`` before anything in it is unpacked
    (:mod:`policyparse.io.archive`). A package whose relationships name parts it does not hold
    (an image at ``../NULL``) is read without them (:mod:`policyparse.io.docx_package`), with
    warning W008.

    Raises:
        InputError: when ``data`` is not a readable ``.docx`` package (exit code 3), or breaks
            one of ``limits`` (exit code 4).
    """
    check_archive(data, name=name, limits=limits)
    document = _open(data, name, diagnostics)
    body = document.element.body
    try:
        reader = _Reader(_Numbering.read(document), _style_numbering(document))
        lines: list[str] = []
        for block in _blocks(body):
            if block.tag == _w("p"):
                lines.append(reader.paragraph(block))
            else:
                lines.extend(reader.table(block))
    except Exception as error:  # markup no Word version writes
        raise InputError(name, f"is not a readable .docx file ({_reason(error)})") from None
    return _clean(lines)


def _open(data: bytes, name: str, diagnostics: Diagnostics | None) -> Any:
    """The python-docx document of ``data``, read again without dangling relationships if need be."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from policyparse.io.docx_package import drop_dangling_relationships

    try:
        try:
            return docx.Document(io.BytesIO(data))
        except KeyError:  # a relationship to a part the package does not hold
            repaired, dropped = drop_dangling_relationships(data)
            if not dropped:
                raise
            document = docx.Document(io.BytesIO(repaired))
            if diagnostics is not None:
                diagnostics.add("W008", count=len(dropped), targets=", ".join(sorted(set(dropped))[:3]))
            return document
    except PackageNotFoundError:
        raise InputError(name, "is not a .docx file (no Word document inside)") from None
    except Exception as error:
        raise InputError(name, f"is not a readable .docx file ({_reason(error)})") from None


def _reason(error: Exception) -> str:
    import zipfile

    if isinstance(error, zipfile.BadZipFile):
        return "truncated or not a ZIP archive"
    if isinstance(error, KeyError):
        return "a part of the package is missing"
    text = str(error).splitlines()[0] if str(error) else ""
    return f"{type(error).__name__}: {text}"[:120] if text else type(error).__name__
