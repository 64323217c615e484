"""The GB/T 9704 head and closing, read from the layout as evidence for the metadata reader.

GB/T 9704-2012 §7.2 and §7.3 place the elements by position and look, which a PDF keeps:

* 发文机关标志: red characters centred at the top of the first page (``…文件``);
* the red rule (分隔线) under the 版头, with the 发文字号 just above it;
* the title: centred, set larger than the body (二号小标宋 over 三号仿宋), one or more lines;
* the signature and 成文日期: right-aligned under the body (右空四字).

The hints are lines (with their text spans), not strings: the metadata reader decides what
they say.
"""

from __future__ import annotations

from policyparse.io.pdf.extract import RawPage
from policyparse.io.pdf.wraps import TITLE_CENTRE_SLACK, Margins
from policyparse.layout import LayoutHints, LineLayout

#: The 版头 sits in this top share of the first page.
HEAD_SHARE = 0.45
#: A right-aligned closing line starts at least this share of the text width from the left edge.
CLOSING_INDENT_SHARE = 0.35
#: …and is at most this share of the text width wide.
CLOSING_WIDTH_SHARE = 0.6


def _head_lines(lines: list[LineLayout], page: RawPage) -> list[LineLayout]:
    return [line for line in lines if line.page == page.number and line.box.top < page.height * HEAD_SHARE]


def _doc_number_lines(head: list[LineLayout], mark: list[LineLayout], page: RawPage) -> list[LineLayout]:
    """The non-red lines between the 发文机关标志 and the red rule (or the first after the mark)."""
    rule = page.red_rules[0] if page.red_rules else None
    below_mark = max((line.box.bottom for line in mark), default=0.0)
    candidates = [line for line in head if not line.red and line.box.top >= below_mark - 1]
    if rule is not None:
        return [
            line for line in candidates if line.box.bottom <= rule.top + 2 and line.box.top >= rule.top - 60
        ]
    return candidates[:1] if mark else []


def _title_lines(head: list[LineLayout], page: RawPage, body_size: float) -> list[LineLayout]:
    """The first run of consecutive centred lines set larger than the body (not red)."""
    centre = page.width / 2
    run: list[LineLayout] = []
    for line in head:
        large = line.font_size >= body_size + 1.5 and not line.red
        centred = abs(line.box.center - centre) <= TITLE_CENTRE_SLACK * line.font_size
        if large and centred and (not run or abs(line.font_size - run[-1].font_size) <= 0.6):
            run.append(line)
        elif run:
            break
    return run


def _closing_lines(lines: list[LineLayout], margins: list[Margins]) -> list[LineLayout]:
    """Short right-aligned lines: the signature and date blocks (wherever a part of the file ends)."""
    found = []
    for line in lines:
        page_margins = margins[line.page - 1]
        width = page_margins.right - page_margins.left
        if width <= 0:
            continue
        right_aligned = line.box.x1 >= page_margins.right - 5 * line.font_size
        indented = line.box.x0 >= page_margins.left + CLOSING_INDENT_SHARE * width
        short = line.box.x1 - line.box.x0 <= CLOSING_WIDTH_SHARE * width
        if right_aligned and indented and short:
            found.append(line)
    return found


def layout_hints(
    pages: list[RawPage], body: list[LineLayout], margins: list[Margins], body_size: float
) -> LayoutHints:
    """The head hints of the first page with text and the right-aligned closing lines."""
    first = next((page for page in pages if page.lines), None)
    if first is None:
        return LayoutHints()
    head = _head_lines(body, first)
    mark = [line for line in head if line.red]
    return LayoutHints(
        issuer_mark=mark,
        separator=first.red_rules[0] if first.red_rules else None,
        doc_number=_doc_number_lines(head, mark, first),
        title=_title_lines(head, first, body_size),
        closing=_closing_lines(body, margins),
    )
