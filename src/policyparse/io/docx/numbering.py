"""Word's list numbering: the definitions of the numbering part and the running counters.

A paragraph in a Word list (``<w:numPr>`` on the paragraph or on its style) gets the number
Word displays for it, computed from the numbering part: the level's ``lvlText`` template
(``%1、``, ``（%1）``, ``%1.%2``), its number format (:mod:`policyparse.io.docx.numbers`), its
start value and restarts, and the counters shared by the lists of one definition.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from policyparse.io.docx.numbers import format_number
from policyparse.io.docx.wordml import attr, to_int, w

#: List levels Word defines (``w:ilvl`` 0–8).
LEVELS = 9
#: Bullet characters from symbol fonts (private-use code points) shown as a plain bullet.
_BULLET = "•"


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    restart: int | None = None
    legal: bool = False


def _level(lvl: Any) -> _Level:
    """One ``w:lvl`` of an abstract numbering definition."""
    level = _Level()
    level.start = to_int(attr(lvl.find(w("start")), "val"), 1)
    level.fmt = attr(lvl.find(w("numFmt")), "val") or "decimal"
    level.text = attr(lvl.find(w("lvlText")), "val") or ""
    level.suffix = attr(lvl.find(w("suff")), "val") or "tab"
    restart = lvl.find(w("lvlRestart"))
    level.restart = to_int(attr(restart, "val"), 0) if restart is not None else None
    level.legal = lvl.find(w("isLgl")) is not None
    return level


@dataclass
class Numbering:
    """Word's numbering definitions and the running counters of one document."""

    abstracts: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    style_levels: dict[str, tuple[str, int]] = field(default_factory=dict)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    overridden: set[tuple[str, int]] = field(default_factory=set)

    @classmethod
    def read(cls, document: Any) -> Numbering:
        """The numbering part of a python-docx document (empty when it has none)."""
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        for abstract in root.iterchildren(w("abstractNum")):
            numbering._read_abstract(abstract)
        for num in root.iterchildren(w("num")):
            numbering._read_num(num)
        return numbering

    def _read_abstract(self, abstract: Any) -> None:
        """An abstract definition (``w:abstractNum``): its levels, and the styles linked to them."""
        abstract_id = attr(abstract, "abstractNumId") or ""
        levels: dict[int, _Level] = {}
        for lvl in abstract.iterchildren(w("lvl")):
            ilvl = to_int(attr(lvl, "ilvl"), 0)
            levels[ilvl] = _level(lvl)
            style = attr(lvl.find(w("pStyle")), "val")
            if style:
                self.style_levels[style] = (abstract_id, ilvl)
        self.abstracts[abstract_id] = levels

    def _read_num(self, num: Any) -> None:
        """A list (``w:num``): its abstract definition and the start values it overrides."""
        abstract_id = attr(num.find(w("abstractNumId")), "val") or ""
        overrides: dict[int, int] = {}
        for override in num.iterchildren(w("lvlOverride")):
            start = override.find(w("startOverride"))
            if start is not None:
                overrides[to_int(attr(override, "ilvl"), 0)] = to_int(attr(start, "val"), 1)
        self.nums[attr(num, "numId") or ""] = (abstract_id, overrides)

    def marker(self, num_id: str, ilvl: int) -> str:
        """The number Word shows for the next paragraph of list ``num_id`` at level ``ilvl``."""
        if num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstracts.get(abstract_id, {})
        ilvl = min(max(ilvl, 0), LEVELS - 1)
        level = levels.get(ilvl, _Level(text=f"%{ilvl + 1}."))
        counters = self.counters.setdefault(abstract_id, [None] * LEVELS)
        if ilvl in overrides and (num_id, ilvl) not in self.overridden:
            self.overridden.add((num_id, ilvl))
            counters[ilvl] = overrides[ilvl] - 1
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, LEVELS):
            restart = levels.get(deeper, _Level()).restart
            if restart != 0:
                counters[deeper] = None
        if level.fmt == "bullet":
            shown = level.text
            return (
                _BULLET if not shown or any(0xE000 <= ord(char) <= 0xF8FF for char in shown) else shown
            ) + " "
        text = level.text
        for index in range(LEVELS, 0, -1):  # %10 does not exist; %1 … %9
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
