"""The closing block of a notice: 署名, 成文日期, 附注, 抄送, 印发 (GB/T 9704-2012, 7.3–7.4).

A signature block is a full date at the end of a line (or before a note such as
``（此件公开发布）``), preceded by organ names or standing alone after a line break.
:func:`signature_blocks` finds the first one after the head (the document's own signature,
also of a 转发/印发 cover letter) and the last one of the text; :func:`closing_start` says
where the closing matter begins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex

from policyparse.document import Document
from policyparse.grammar.dates import DATE, date_of
from policyparse.grammar.head import (
    AFTER_DATE,
    ATTACHMENT_ITEM,
    ATTACHMENT_LINE,
    ATTACHMENT_TITLE_END,
    CC_ITEM,
    CC_LINE,
    LOOSE_AFTER_DATE,
    NOTE,
    PRINT_LINE,
)
from policyparse.grammar.news import PAGE_SOURCE_NOTE
from policyparse.grammar.organs import ISSUER_ENDINGS, QUOTED_IN_NAME, SEAL_NOTE, is_organ, split_run
from policyparse.grammar.text import TOKEN, WHITESPACE
from policyparse.grammar.windows import full_dates
from policyparse.lexicon.metadata import CHROME_LINES, CHROME_PREFIXES, NOTE_WORDS
from policyparse.models import Attachment, Metadata, MetadataElement, MetadataField

_BOUNDARY = "。！？；：”"
#: Characters a signature date may follow: a line break, a sentence end, an organ name's end.
_BEFORE_DATE = frozenset("\r\n" + _BOUNDARY + "）" + "".join(suffix[-1] for suffix in ISSUER_ENDINGS))


@dataclass
class Block:
    """A signature block: organ spans and the date (normalised positions)."""

    start: int
    end: int
    organs: list[tuple[int, int]] = field(default_factory=list)
    date: dt.date | None = None
    date_span: tuple[int, int] = (0, 0)


def element(
    doc: Document, name: MetadataField, start: int, end: int, value: str | None = None
) -> MetadataElement:
    """A :class:`MetadataElement` for the normalised span ``[start, end)``."""
    orig_start, orig_end = doc.span(start, end)
    return MetadataElement(
        field=name,
        value=value if value is not None else doc.surface(start, end),
        start=orig_start,
        end=orig_end,
    )


def signature_blocks(doc: Document, body_start: int) -> list[Block]:
    """The document's own signature block and the last one of the text (one if they coincide).

    The own block is the first one after the head that names organs, else the first bare date
    line; the last one decides where the closing matter begins.
    """
    norm = doc.norm
    candidates = [
        m
        for m in full_dates(norm, body_start)
        if not (previous := norm[max(0, m.start() - 8) : m.start()].rstrip(" \t"))
        or previous[-1] in _BEFORE_DATE
    ]
    joints = frozenset(doc.joints)
    first: Block | None = None
    for m in candidates:
        block = _block_at(norm, m, joints)
        if block is None:
            continue
        if block.organs:
            first = block  # a signed date wins over a bare date line earlier in the body
            break
        first = first or block
    if first is None:
        return []
    last = next(
        (block for m in reversed(candidates) if (block := _block_at(norm, m, joints)) is not None), first
    )
    return [first] if last.start == first.start else [first, last]


def _block_at(norm: str, m: regex.Match[str], joints: frozenset[int] = frozenset()) -> Block | None:
    """The signature block ending with the date ``m``, if the date is one.

    ``joints`` are the lost paragraph breaks of a run-on text: there they stand for line breaks.
    """
    after = AFTER_DATE.match(norm[m.end() : m.end() + 80]) or (True if m.end() in joints else None)
    loose_after = LOOSE_AFTER_DATE.match(norm[m.end() : m.end() + 42])
    if after is None and loose_after is None:
        return None
    organs, organ_start, clean_start = _organs_before(norm, m.start(), joints)
    if not organs and (after is None or not clean_start):
        return None
    if (organs and after is None and not clean_start) or norm[m.end() : m.end() + 2] == "印发":
        return None
    return Block(
        start=organ_start, end=m.end(), organs=organs, date=date_of(m), date_span=(m.start(), m.end())
    )


def _organs_before(
    norm: str, date_start: int, joints: frozenset[int] = frozenset()
) -> tuple[list[tuple[int, int]], int, bool]:
    """Organ-name tokens right before a date, the block start, and whether it opens a line."""
    window_start = max(0, date_start - 160)
    cut = _boundary_before(norm, window_start, date_start)
    joint = max((j for j in joints if window_start <= j < date_start), default=-1)
    if joint > window_start + cut:  # a lost break of a run-on text: the block starts there
        cut = joint - window_start - 1
    seg_start = window_start + cut + 1
    tokens = _letter_spaced_tokens(norm, seg_start, date_start)
    merged = [_past_attachment_title(norm, _without_seal(norm, token)) for token in tokens]
    organs, index = _trailing_organs(norm, merged)
    organs = _issuing(norm, organs, tokens)
    block_start = organs[0][0] if organs else date_start
    if index >= 0:
        gap = norm[merged[index][1] : block_start]
        clean = "\n" in gap or len(gap) >= 2
        return (organs, block_start, clean) if clean else ([], date_start, False)
    before = norm[max(0, block_start - 3) : block_start]
    clean = seg_start == 0 or "\n" in norm[seg_start:block_start] or cut >= 0 or before.strip() == ""
    return organs, block_start, clean


def _trailing_organs(norm: str, tokens: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """The organ-name tokens at the end of ``tokens``, and the index of the token before them
    (-1: all are organs). An empty token (a seal note alone on its line) is passed over."""
    organs: list[tuple[int, int]] = []
    index = len(tokens) - 1
    while index >= 0:
        start, end = tokens[index]
        if start < end and not _organs_in(norm[start:end].replace(" ", "")):
            break
        if start < end:
            organs.insert(0, tokens[index])
        index -= 1
    return organs, index


def _past_attachment_title(norm: str, token: tuple[int, int]) -> tuple[int, int]:
    """A signature token without the attachment title run into it on the 附件 line (``附件：…
    典型做法国务院办公厅`` → 国务院办公厅): cut after the first title ending that leaves an organ."""
    start, end = token
    line_start = max(norm.rfind("\n", 0, start), norm.rfind("\r", 0, start)) + 1
    if "附件" not in norm[line_start:start]:
        return token
    for m in ATTACHMENT_TITLE_END.finditer(norm, start, end):
        if end - m.end() >= 2 and is_organ(norm[m.end() : end]):
            return m.end(), end
    return token


def _issuing(
    norm: str, organs: list[tuple[int, int]], tokens: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The organs that issue: under another organ, one whose name ends with ``（代章）`` lent its
    seal (``重庆市綦江区成品油市场监管联席会议办公室`` / ``重庆市綦江区商务委员会（代章）``: the
    joint meeting's office has none); alone, it is the issuer (``…厅际联席会议（代章）``)."""
    sealed = {start for start, end in tokens if SEAL_NOTE.search(norm, start, end) is not None}
    issuing = [organ for organ in organs if organ[0] not in sealed]
    return issuing if issuing else organs


def _without_seal(norm: str, token: tuple[int, int]) -> tuple[int, int]:
    """A signature token without the seal note it ends with (``…联席会议（代章）``); an empty span
    when the token is only the note (``（国家卫生健康委代章）`` on a line of its own)."""
    start, end = token
    seal = SEAL_NOTE.search(norm, start, end)
    return (start, seal.start()) if seal is not None else token


def _boundary_before(norm: str, window_start: int, end: int) -> int:
    """The last sentence boundary in ``norm[window_start:end]`` (relative; -1: none).

    A closing quote of a short quoted term inside a name (安徽省推进“三地一区”建设领导小组) is
    not a boundary.
    """
    window = norm[window_start:end]
    cut = max(window.rfind(ch) for ch in _BOUNDARY)
    while cut >= 0 and window[cut] == "”" and QUOTED_IN_NAME.search(window, max(0, cut - 10), cut + 1):
        cut = max(window.rfind(ch, 0, window.rfind("“", 0, cut)) for ch in _BOUNDARY)
    return cut


def _organs_in(token: str) -> bool:
    """Whether a signature token is an organ's name, or several run together."""
    return is_organ(token) or len(split_run(token)) > 1


def _letter_spaced_tokens(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The space-separated tokens of ``norm[start:end]``, letter-spaced names (国 务 院) joined."""
    merged: list[tuple[int, int]] = []
    for m in TOKEN.finditer(norm, start, end):
        token_start, token_end = m.span()
        if merged and token_end - token_start == 1 and _single_run(norm, merged[-1], token_start):
            merged[-1] = (merged[-1][0], token_end)
        else:
            merged.append((token_start, token_end))
    return merged


def _single_run(norm: str, previous: tuple[int, int], start: int) -> bool:
    """Whether a one-character token continues a letter-spaced name (国 务 院)."""
    gap = norm[previous[1] : start]
    last = norm[previous[0] : previous[1]].split(" ")[-1]
    return gap.strip() == "" and "\n" not in gap and len(gap) <= 2 and len(last) == 1


def closing_start(doc: Document, blocks: list[Block]) -> int | None:
    """Where the closing matter begins (the last signature block, else trailing page chrome), or ``None``."""
    norm = doc.norm
    tail_start = _trailing_chrome_start(doc)
    if blocks:
        last = blocks[-1]
        rest = norm[last.end : tail_start]
        rest = NOTE.sub("", rest, count=1)
        rest = CC_LINE.sub("", rest)
        rest = PRINT_LINE.sub("", rest)
        if rest.strip() == "" or (len(rest.strip()) <= 40 and "。" not in rest):
            return last.start
    return tail_start if tail_start < len(norm) else None


def _trailing_chrome_start(doc: Document) -> int:
    norm = doc.norm
    position = len(norm)
    for paragraph in doc.paragraphs[: -200 - 1 : -1]:
        text = norm[paragraph.start : paragraph.end].strip()
        compact = text.replace(" ", "")
        if (
            compact in CHROME_LINES
            or compact.startswith(CHROME_PREFIXES)
            or PAGE_SOURCE_NOTE.fullmatch(compact)
            or compact.startswith(("公开方式：", "抄送：", "主办", "网站标识码", "备案序号"))
            or PRINT_LINE.fullmatch(norm, paragraph.start, paragraph.end) is not None
        ):
            position = paragraph.start
            continue
        break
    return position


def add_signature(doc: Document, block: Block, meta: Metadata, elements: list[MetadataElement]) -> None:
    """Put a signature block's organs into ``meta.issuers`` and record its organ and date elements."""
    for start, end in _each_organ(doc.norm, block.organs):
        name = WHITESPACE.sub("", doc.surface(start, end))
        meta.issuers.append(name)
        elements.append(element(doc, MetadataField.ISSUERS, start, end, name))
    if block.date is not None:
        elements.append(element(doc, MetadataField.DATE, *block.date_span))
    else:
        orig_start, orig_end = doc.span(*block.date_span)
        doc.diagnostics.add("W503", start=orig_start, end=orig_end, text=doc.surface(*block.date_span))


def _each_organ(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The organ spans of a signature, a run of names printed without a separator cut into names."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if WHITESPACE.search(norm, start, end) is None:
            out.extend((start + s, start + e) for s, e in split_run(norm[start:end]))
        else:
            out.append((start, end))
    return out


def closing_elements(
    doc: Document, meta: Metadata, body_start: int, body_end: int | None
) -> list[MetadataElement]:
    """Read 附注, 抄送, 印发 and the 附件说明 list into ``meta``; the elements found."""
    norm = doc.norm
    elements: list[MetadataElement] = []
    start = body_end if body_end is not None else max(body_start, len(norm) - 2000)
    note = next(
        (m for m in NOTE.finditer(norm, start) if any(word in m.group("note") for word in NOTE_WORDS)), None
    )
    if note is not None:
        meta.note = doc.surface(note.start(), note.end())
        elements.append(element(doc, MetadataField.NOTE, note.start(), note.end()))
    tail = max(body_start, len(norm) - 5000)
    for m in CC_LINE.finditer(norm, tail):
        for part in CC_ITEM.finditer(m.group("cc")):
            s, e = m.start("cc") + part.start(), m.start("cc") + part.end()
            meta.cc.append(doc.surface(s, e))
            elements.append(element(doc, MetadataField.CC, s, e))
    for m in list(PRINT_LINE.finditer(norm, tail))[-1:]:
        meta.printer = doc.surface(m.start("printer"), m.end("printer"))
        elements.append(element(doc, MetadataField.PRINTER, m.start("printer"), m.end("printer")))
        date_match = DATE.match(norm, m.start("date"), m.end("date"))
        meta.print_date = date_of(date_match) if date_match else None
        elements.append(element(doc, MetadataField.PRINT_DATE, m.start("date"), m.end("date")))
    attachment_list = ATTACHMENT_LINE.search(norm, body_start)
    if attachment_list is not None:
        _attachments(doc, attachment_list, meta, elements)
    return elements


def _attachments(doc: Document, m: regex.Match[str], meta: Metadata, elements: list[MetadataElement]) -> None:
    """The 附件说明: ``附件：1. A`` then ``2. B`` on the following lines, or ``附件：A`` alone."""
    norm = doc.norm
    entries: list[tuple[int | None, int, int]] = []
    items = m.group("items").strip()
    first = ATTACHMENT_ITEM.match(norm, m.start("items"))
    if first is not None:
        entries.append((int(first.group("index")), first.start("title"), first.end("title")))
        cursor = first.end()
    elif items:
        start = m.start("items") + m.group("items").index(items)
        entries.append((None, start, start + len(items)))
        cursor = len(norm)
    else:
        cursor = m.end() + (2 if norm[m.end() : m.end() + 2] == "\r\n" else 1)
    while len(entries) < 50 and (item := ATTACHMENT_ITEM.match(norm, cursor)) is not None:
        entries.append((int(item.group("index")), item.start("title"), item.end("title")))
        cursor = item.end()
    for number, start, end in entries:
        orig_start, orig_end = doc.span(start, end)
        meta.attachments.append(
            Attachment(start=orig_start, end=orig_end, index=number, title=doc.surface(start, end))
        )
        elements.append(element(doc, MetadataField.ATTACHMENTS, start, end))
