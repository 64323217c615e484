"""The title: a block of lines joined, a headline under a channel label, a title glued to its
发文字号 or to its body in a flattened text, an order's promulgated document, or the title of
a portal's info table when the text split it.
"""

from __future__ import annotations

import regex

from policyparse.grammar import docnumber
from policyparse.grammar.dates import DATE
from policyparse.grammar.head import (
    DOC_TYPE_AFTER,
    LABEL_PREFIX,
    NAMED,
    NOT_IN_TITLE,
    ORDER_SERIAL,
    PAREN_LINE,
    TITLE_CLOSER,
    TYPE_END,
)
from policyparse.grammar.openers import opens_section
from policyparse.grammar.organs import is_organ
from policyparse.grammar.text import WHITESPACE, fold
from policyparse.models import MetadataField
from policyparse.segment import Segment
from policyparse.stages.metadata.printed import printed_as_title
from policyparse.stages.metadata.reader import HeadReader
from policyparse.stages.metadata.title_lines import (
    byline,
    closes,
    collection_label,
    collection_title_start,
    marker_at,
    page_headline,
    printed_under,
    prose,
    title_line_end,
)

#: How far into the text a Markdown ``#`` line may stand and still be the title.
_MARKDOWN_TITLE_REACH = 1000
#: …and how many paragraphs (a crawler's quoted notes, a label) may stand before it.
_MARKDOWN_TITLE_LINES = 5


def _markdown_title(r: HeadReader) -> Segment | None:
    """The paragraph of the first level-1 ``#`` line near the top: the title of a Markdown copy,
    also after a crawler's quoted notes (blind2 c01)."""
    heading = next((h for h in r.doc.view.markup.headings if h.source == "atx" and h.level == 1), None)
    if heading is None or r.doc.view.from_orig(heading.start) > _MARKDOWN_TITLE_REACH:
        return None
    start = r.doc.view.from_orig(heading.start)
    for index in range(r.index, min(len(r.paras), r.index + _MARKDOWN_TITLE_LINES)):
        seg = r.paras[index]
        if seg.start <= start < seg.end:
            r.index = index
            return seg
    return None


#: How far into its first paragraph a page prints the title its record header names.
RECORD_TITLE_WITHIN = 400
RECORD_TITLE_PARAGRAPHS = 8
_TITLE_CLOSERS = "）》」”"


def record_title(r: HeadReader) -> None:
    """The title a crawler's record header names (``标题: …``), printed inside one of the page's
    first paragraphs run on with a breadcrumb, a date and the addressees (``当前位置：首页…文件
    平潭…的通知 时间：2023-03-30 15:53 微信 微博 各相关单位：…``): that printing is the title,
    and what stands before it is the page's chrome."""
    wanted = fold(r.head.table.get("标题", ""))
    if len(wanted) < 6 or r.head.title is not None:
        return
    for index in range(r.index, min(len(r.paras), r.index + RECORD_TITLE_PARAGRAPHS)):
        seg = r.paras[index]
        if fold(r.text(seg)) == wanted:
            r.index = index
            return  # printed on a line of its own: the title block reads it
        span = _printed_within(r, seg, wanted)
        if span is not None:
            set_title(r, [Segment(*span)])
            r.head.body_start = span[1]
            r.index = index if span[1] < seg.end else index + 1
            return


def _printed_within(r: HeadReader, seg: Segment, wanted: str) -> tuple[int, int] | None:
    """Where the paragraph prints the folded title ``wanted`` within its first characters."""
    end = min(seg.end, seg.start + RECORD_TITLE_WITHIN)
    kept = [i for i in range(seg.start, end) if fold(r.norm[i])]
    at = "".join(r.norm[i] for i in kept).find(wanted)
    if at < 0:
        return None
    start, stop = kept[at], kept[at + len(wanted) - 1] + 1
    while stop < seg.end and r.norm[stop] in _TITLE_CLOSERS:
        stop += 1
    return start, stop


def title_block(r: HeadReader) -> None:
    """Find the title block and set the title (joined lines, headline, or cut from a flattened paragraph)."""
    if r.head.title is not None:
        return  # read from a crawler's record header and the page (:func:`record_title`)
    markdown = _markdown_title(r)
    if markdown is not None:
        set_title(r, [markdown])
        r.head.body_start = markdown.end
        r.index += 1
        return
    block, flattened = _collect_block(r)
    if block is None:
        return
    if not block:
        r.head.body_start = r.paras[r.index].start if r.index < len(r.paras) else len(r.norm)
        return
    if flattened:
        flattened_title(r, block[0])
        return
    main = _main_lines(r, block)
    under = printed_under(r, main[-1]) if main[-1] is block[-1] else None
    if under is not None:
        # ``…的通知（2023 年5 月9 日）``, ``政府工作报告——2024年3月5日在…会议上``: what is printed
        # under a title, run into its line, is read under it (the document's date), not titled
        main = [*main[:-1], Segment(main[-1].start, len(r.norm[:under].rstrip()))]
        set_title(r, main)
        r.head.body_start = under
    else:
        set_title(r, main)
        r.head.body_start = block[-1].end
    if len(main) == 1 and r.text(main[0]).endswith("令"):
        order_header(r, main[0])


def _collect_block(r: HeadReader) -> tuple[list[Segment] | None, bool]:
    """The title block's lines and whether it is a flattened paragraph; ``None`` when a title
    running on into its 发文字号 was already read."""
    block: list[Segment] = []
    while r.index < min(len(r.paras), r.limit) and len(block) < 4:
        seg = r.paras[r.index]
        if r.is_chrome(seg):
            r.index += 1
            continue
        if not block:
            if collection_label(r, r.index):
                r.index += 1
                continue
            if (start := collection_title_start(r, r.index)) is not None:
                seg = Segment(start, seg.end)
        if _ends_block(r, block, seg):
            break
        glued = _own_number(r, seg)
        if glued is not None and block:
            continued_title(r, block, seg, glued)
            return None, False
        if prose(r.text(seg)) or glued is not None:
            return ([seg], True) if not block else (block, False)
        if _printed_again(r, block, seg):
            continue
        block.append(seg)
        r.index += 1
        if page_headline(r, block):
            break
    return block, False


def _own_number(r: HeadReader, seg: Segment) -> regex.Match[str] | None:
    """The first 文号 in the paragraph that may be the document's own: not one cited after a
    document's name (``为贯彻《国务院关于…的意见》（国发〔2025〕11号），…``)."""
    for m in docnumber.finditer(r.norm, seg.start + 4, seg.end):
        before = r.norm[m.start() - 2 : m.start()]
        if not (before.endswith("》") or before in ("》（", "》(")):
            return m
    return None


def _ends_block(r: HeadReader, block: list[Segment], seg: Segment) -> bool:
    """Whether ``seg`` is past the title: body (a numbered heading or article, never a title line),
    a line after the title printed in its own size, or a line after a complete title."""
    text = r.text(seg)
    if marker_at(r, seg) or opens_section(text) or _title_printed_before(r, block, seg):
        return True
    if block and byline(r, seg):
        return True
    glued = _own_number(r, seg)
    if glued is not None or prose(text) or (block and _same_title(r, block, seg)):
        return False
    return bool(block) and closes(r, block) and not _bracketed_note(text)


def _title_printed_before(r: HeadReader, block: list[Segment], seg: Segment) -> bool:
    """A PDF prints the title in its own size: the title ends with those lines (or a （…） line)."""
    return bool(
        block
        and printed_as_title(r.doc, block[-1])
        and not printed_as_title(r.doc, seg)
        and not PAREN_LINE.fullmatch(r.text(seg))
    )


def _same_title(r: HeadReader, block: list[Segment], seg: Segment) -> bool:
    return fold(r.text(seg)) == fold(r.text(block[-1]))


def _printed_again(r: HeadReader, block: list[Segment], seg: Segment) -> bool:
    """The title printed twice (a page heading over the document's own): keep the second."""
    if not block or not _same_title(r, block, seg):
        return False
    block[-1] = seg
    r.index += 1
    r.limit = min(r.limit, r.index + 3)
    return True


def _bracketed_note(text: str) -> bool:
    """A bracketed line without a date under a complete title (``（试行）``): part of the title."""
    return PAREN_LINE.fullmatch(text) is not None and not DATE.search(text)


def _main_lines(r: HeadReader, block: list[Segment]) -> list[Segment]:
    """The title's lines in a block: a Markdown ``#`` line, a complete title, or the last line
    under a channel label."""
    levels = [r.md_level(seg) for seg in block]
    if 1 in levels:
        return [block[levels.index(1)]]
    if closes(r, block) or len(block) == 1:
        main = block
        while len(main) > 1 and label_line(r, main[0]) and closes(r, main[1:]):
            main = main[1:]
        return main
    first = block[0]
    if len(r.text(first)) <= 12:
        r.head.channel = r.add(MetadataField.CHANNEL, first.start, first.end)
    return [block[-1]]


def page_title(r: HeadReader) -> None:
    """Complete a title the text split or cut, using the page's info table (``标题``).

    When the title read from the text is a fragment of the table's title, the adjoining
    lines (at most three before and three after) that make up the table's title are
    joined to it, as printed in the text. Lines taken back from the 发文机关标志 or the
    channel are no longer those elements.
    """
    head = r.head
    wanted = fold(r.doc.source.page_metadata.get("标题", ""))
    if not wanted or head.title_norm is None or head.title_span is None:
        return
    found = fold(head.title_norm)
    if not found or found == wanted or found not in wanted or len(head.title_norm) > 200:
        return
    segs = _lines_making(r, head.title_span, wanted)
    if segs is not None:
        retitle(r, segs)


def _lines_making(r: HeadReader, span: tuple[int, int], wanted: str) -> list[Segment] | None:
    """The lines around ``span`` (up to three each side) whose text folds to ``wanted``."""
    first = next((i for i, seg in enumerate(r.paras) if seg.end > span[0]), None)
    last = next((i for i, seg in enumerate(r.paras) if seg.end >= span[1]), None)
    if first is None or last is None:
        return None
    for before in range(min(3, first) + 1):
        for after in range(min(3, len(r.paras) - 1 - last) + 1):
            segs = r.paras[first - before : last + after + 1]
            if fold("".join(r.text(seg) for seg in segs)) == wanted:
                return segs
    return None


def retitle(r: HeadReader, segs: list[Segment]) -> None:
    """Make ``segs`` the title, dropping elements those lines were read as."""
    head = r.head
    start, end = r.doc.span(segs[0].start, segs[-1].end)
    taken = {MetadataField.TITLE, MetadataField.ISSUER_MARK, MetadataField.CHANNEL}
    head.elements = [
        e
        for e in head.elements
        if not (e.field in taken and start <= e.start and e.end <= end) and e.field is not MetadataField.TITLE
    ]
    if not any(e.field is MetadataField.ISSUER_MARK for e in head.elements):
        head.issuer_mark, head.mark_organs = None, []
    if not any(e.field is MetadataField.CHANNEL for e in head.elements):
        head.channel = None
    set_title(r, segs)
    head.body_start = max(head.body_start, segs[-1].end)


def order_header(r: HeadReader, seg: Segment) -> None:
    """An order (令): ``××令`` / ``第N号`` / ``《…》已经…通过，现予公布``.

    The number is the document number, the organ before 令 the issuer, and the title of
    the promulgated document (its 《》 name) the title.
    """
    norm, head = r.norm, r.head
    number = ORDER_SERIAL.match(norm, seg.end)
    if number is None:
        return
    printed = r.doc.surface(seg.start, seg.end) + WHITESPACE.sub("", r.doc.surface(seg.end, number.end()))
    orig_start, orig_end = r.doc.span(seg.start, number.end())
    info = docnumber.parse_or_none(WHITESPACE.sub("", norm[seg.start : number.end()]), orig_start, orig_end)
    if info is not None and head.doc_number is None:
        head.doc_number = info.model_copy(update={"text": printed})
        r.add(MetadataField.DOC_NUMBER, seg.start, number.end(), printed)
    if is_organ(r.text(seg).removesuffix("令")):
        head.promulgation_organs = [(seg.start, seg.end - 1)]
    named = NAMED.search(norm, number.end(), min(len(norm), number.end() + 120))
    if named is not None:
        head.elements = [e for e in head.elements if e.field is not MetadataField.TITLE]
        set_title(r, [Segment(named.start("name"), named.end("name"))])
    head.body_start = number.end()


def continued_title(r: HeadReader, block: list[Segment], seg: Segment, number: regex.Match[str]) -> None:
    """A title whose last line runs on into the 发文字号 (国务院关于印发… / …的通知国发〔2007〕37号)."""
    title_end, number_start = split_number(r, seg.start, number)
    if title_end is None:
        title_end, number_start = number.start(), number.start()
    r.set_number(number_start, number.end())
    set_title(r, [*block, Segment(seg.start, title_end)])
    r.head.body_start = number.end() if r.head.doc_number is not None else title_end
    r.index += 1


def label_line(r: HeadReader, seg: Segment) -> bool:
    """A short breadcrumb or column label above a complete title (``云南要闻``), not its first line."""
    text = r.text(seg)
    starts_title = any(word in text for word in ("关于", "印发", "转发", "批转")) or text.endswith(
        ("和", "的", "与", "及")
    )
    return len(text) <= 8 and not starts_title and not is_organ(text)


def set_title(r: HeadReader, segs: list[Segment]) -> None:
    """Set the title from the paragraphs ``segs`` (their surfaces joined without line breaks).

    A bracketed label opening a one-line title (``【新闻局】…``) is the channel, not the title.
    """
    label = LABEL_PREFIX.match(r.norm, segs[0].start, segs[0].end)
    if len(segs) == 1 and label is not None and segs[0].end - label.end() >= 6 and r.head.channel is None:
        r.head.channel = r.add(MetadataField.CHANNEL, label.start("label"), label.end("label"))
        segs = [Segment(label.end(), segs[0].end)]
    segs = [*segs[:-1], title_line_end(r, segs[-1])]
    title = "".join(r.doc.surface(seg.start, seg.end) for seg in segs)
    r.head.title = title
    r.head.title_norm = "".join(r.text(seg) for seg in segs)
    r.head.title_span = (segs[0].start, segs[-1].end)
    r.add(MetadataField.TITLE, segs[0].start, segs[-1].end, title)


def flattened_title(r: HeadReader, seg: Segment) -> None:
    """A title glued to what follows it (文号, addressees, body) in one paragraph."""
    norm = r.norm
    number = next(iter(docnumber.finditer(norm, seg.start, min(seg.end, seg.start + 220))), None)
    title_end: int | None = None
    if number is not None:
        title_end, number_start = split_number(r, seg.start, number)
        if title_end is not None:
            r.set_number(number_start, number.end())
    if title_end is None:
        m = DOC_TYPE_AFTER.search(norm, seg.start, min(seg.end, seg.start + 100))
        if m is None:
            r.head.body_start = seg.start
            return
        title_end = m.end()
    candidate = norm[seg.start : title_end].strip()
    if NOT_IN_TITLE.search(candidate) or len(candidate) < 4:
        r.head.doc_number = None
        r.head.elements = [e for e in r.head.elements if e.field is not MetadataField.DOC_NUMBER]
        r.head.body_start = seg.start
        return
    set_title(r, [Segment(seg.start, seg.start + len(norm[seg.start : title_end].rstrip()))])
    r.head.body_start = number.end() if number is not None and r.head.doc_number is not None else title_end


def split_number(r: HeadReader, para_start: int, m: regex.Match[str]) -> tuple[int | None, int]:
    """Where the title ends and the number begins, for a number glued after a title."""
    norm = r.norm
    anchor = m.start("open") if "open" in m.re.groupindex and m.group("open") else m.start("code") + 1
    run_start = anchor
    while run_start > para_start and not norm[run_start - 1].isspace():
        run_start -= 1
    if run_start > para_start and anchor - run_start <= 16:
        return run_start, run_start
    best: int | None = None
    for t in TYPE_END.finditer(norm, para_start, anchor):
        if anchor - t.end() >= 2:
            best = t.end()
    for t in TITLE_CLOSER.finditer(norm, para_start, anchor):
        if anchor - t.end() >= 2 and (best is None or t.end() > best):
            best = t.end()
    if best is None:
        return None, m.start()
    return best, best
