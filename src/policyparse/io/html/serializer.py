"""An element's visible text as lines, laid out the way a browser lays it out.

Block elements and ``<br>`` become line breaks, runs of spaces collapse as a browser collapses
them, a table row becomes one line with its cells joined by `` | ``, the items of an ``<ol>``
get the numbers a browser shows, empty paragraphs leave at most one blank line, and chrome
lines inside the block (打印本页, 关闭窗口, 扫一扫在手机打开当前页 …) are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from policyparse.grammar.html import BLANK_RUN, CHROME_LINE, COLLAPSIBLE_SPACES
from policyparse.io.html.nodes import children, is_chrome, skipped, text_of
from policyparse.lexicon.html import BLOCK_TAGS, CHROME_LINE_MAX

#: Nested tables deeper than this are read as plain blocks.
MAX_TABLE_DEPTH = 8
#: Table cells: each ends a line, like a block.
CELL_TAGS = frozenset({"td", "th"})


class TextTooLong(ValueError):
    """The page's text is longer than the ``max_chars`` it was extracted with."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the page's text exceeds the limit of {limit} characters (--max-chars)")


class Lines:
    """Builds lines the way a browser lays text out: blocks break lines, spaces collapse.

    With a ``limit``, :class:`TextTooLong` is raised as soon as the pieces add up to twice it
    (spaces that the line clean-up strips still count here), so memory stays bounded however
    much a page expands (list numbers, cell separators); the exact check on the finished text
    is made by :func:`~policyparse.io.html.html_to_text`.
    """

    def __init__(self, limit: int | None = None) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.limit = limit
        self.size = 0

    def add(self, text: str) -> None:
        if text:
            self.current.append(text)
            self.size += len(text)
            if self.limit is not None and self.size > 2 * self.limit:
                raise TextTooLong(self.limit)

    def soft_break(self) -> None:
        """End the line if it holds anything (a block boundary)."""
        if "".join(self.current).strip(" "):
            self.hard_break()

    def hard_break(self) -> None:
        """End the line, even an empty one (``<br>``)."""
        self.lines.append("".join(self.current))
        self.current = []

    def finish(self) -> list[str]:
        """All lines, the last one included."""
        if self.current:
            self.hard_break()
        return self.lines


@dataclass
class Serializer:
    """Walks a subtree and writes its visible text as lines."""

    info_mode: bool = False
    skip_ids: set[int] = field(default_factory=set)
    kept_chrome: set[int] = field(default_factory=set)
    number_lists: bool = True
    item_numbers: dict[int, str] = field(default_factory=dict)
    stop_at: int | None = None
    stopped: bool = False
    max_chars: int | None = None

    def lines(self, root: LexborNode, depth: int = 0) -> list[str]:
        out = Lines(self.max_chars)
        self._walk(root, out, depth)
        return out.finish()

    def _walk(self, root: LexborNode, out: Lines, depth: int) -> None:
        # Iterative walk; (node, True) entries close block elements.
        stack: list[tuple[LexborNode, bool]] = [(root, False)]
        while stack and not self.stopped:
            node, closing = stack.pop()
            tag = node.tag or ""
            if closing:
                if tag in BLOCK_TAGS or tag in CELL_TAGS:
                    out.soft_break()
                continue
            if self.stop_at is not None and node.mem_id == self.stop_at:
                self.stopped = True
                break
            if self._write_whole(node, root, out, depth):
                continue
            self._open(node, out)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(children(node))))

    def _write_whole(self, node: LexborNode, root: LexborNode, out: Lines, depth: int) -> bool:
        """Write a node that is not walked into (text, ``<br>``, ``<pre>``, a row) or is not
        shown at all; ``False`` for an element whose children are walked."""
        tag = node.tag or ""
        if tag == "-text":
            out.add(COLLAPSIBLE_SPACES.sub(" ", text_of(node)))
            return True
        if self._left_out(node, root):
            return True
        if tag == "br":
            out.hard_break()
            return True
        if tag == "pre":
            out.soft_break()
            for line in node.text(deep=True).replace("\r\n", "\n").split("\n"):
                out.add(line)
                out.hard_break()
            return True
        if tag == "tr" and depth < MAX_TABLE_DEPTH:
            out.soft_break()
            self._row(node, out, depth)
            out.soft_break()
            return True
        return False

    def _left_out(self, node: LexborNode, root: LexborNode) -> bool:
        """Not shown, skipped by the caller, or chrome (outside the info mode)."""
        return (
            skipped(node)
            or node.mem_id in self.skip_ids
            or (
                node is not root
                and not self.info_mode
                and node.mem_id not in self.kept_chrome
                and is_chrome(node)
            )
        )

    def _open(self, node: LexborNode, out: Lines) -> None:
        """Start an element whose children are walked: a line break, a list item's number."""
        tag = node.tag or ""
        if tag in BLOCK_TAGS or tag in CELL_TAGS:
            out.soft_break()
        if tag == "ol" and self.number_lists:
            self._number_items(node)
        elif tag == "li" and node.mem_id in self.item_numbers:
            out.add(self.item_numbers.pop(node.mem_id))

    def _number_items(self, listing: LexborNode) -> None:
        """The numbers a browser shows before the items of an ``<ol>`` (``1.``, ``a.``, ``i.``)."""
        attributes = listing.attributes
        style = (attributes.get("style") or "").replace(" ", "").lower()
        if "list-style:none" in style or "list-style-type:none" in style:
            return
        kind = attributes.get("type") or "1"
        try:
            number = int(attributes.get("start") or 1)
        except ValueError:
            number = 1
        for item in children(listing):
            if item.tag != "li":
                continue
            value = item.attributes.get("value")
            if value is not None and value.strip().lstrip("-").isdigit():
                number = int(value)
            self.item_numbers[item.mem_id] = _ordinal(number, kind) + "."
            number += 1

    def _row(self, row: LexborNode, out: Lines, depth: int) -> None:
        cells: list[list[str]] = []
        for cell in children(row):
            if cell.tag not in CELL_TAGS or skipped(cell) or cell.mem_id in self.skip_ids:
                continue
            if self.stop_at is not None and _contains(cell, self.stop_at):
                # The stop node is inside this cell: walk it normally to stop there.
                self._walk(cell, out, depth + 1)
                return
            lines = [line.strip() for line in self.lines(cell, depth + 1)]
            cells.append([line for line in lines if line])
        self._write_cells(cells, out)

    def _write_cells(self, cells: list[list[str]], out: Lines) -> None:
        """One line for a row of one-line cells (joined by `` | ``, a tab in info mode), else
        each cell's lines."""
        if all(len(lines) <= 1 for lines in cells):
            joiner = "\t" if self.info_mode else " | "
            out.add(joiner.join(lines[0] for lines in cells if lines))
            out.soft_break()
            return
        for lines in cells:
            for line in lines:
                out.add(line)
                out.hard_break()


#: The number formats of an ``<ol type=…>`` as Word names them (any other type is decimal).
_LIST_TYPES = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def _ordinal(number: int, kind: str) -> str:
    fmt = _LIST_TYPES.get(kind)
    if fmt is None:
        return str(number)
    from policyparse.io.docx import format_number

    return format_number(number, fmt)


def _contains(node: LexborNode, mem_id: int) -> bool:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.mem_id == mem_id:
            return True
        stack.extend(children(current))
    return False


def clean_lines(lines: list[str]) -> str:
    """The lines as one text: stripped, chrome lines dropped, at most one blank line in a row."""
    kept: list[str] = []
    for line in lines:
        line = line.strip()
        if line and len(line) <= CHROME_LINE_MAX and CHROME_LINE.match(line):
            continue
        kept.append(line)
    return str(BLANK_RUN.sub("\n\n", "\n".join(kept))).strip("\n")
