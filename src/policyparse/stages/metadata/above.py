"""What stands above a title: YAML front matter, page chrome and a portal's info table, then
份号, 密级, 紧急程度, the 发文机关标志 and the 发文字号 with 签发人 (GB/T 9704-2012, 7.2).

Each function reads from the reader's current paragraph and moves it on.
"""

from __future__ import annotations

import datetime as dt

from policyparse.grammar import docnumber
from policyparse.grammar.dates import COMPACT_DATE, DATE, ISO_DATE, date_of
from policyparse.grammar.head import (
    BODY_SEPARATOR,
    COPY_NUMBER,
    MARK_ORGAN,
    RECORD_FIELD,
    REGISTRATION_NUMBER,
    SIGNER,
    TABLE_LINE,
    TITLE_CLOSES,
    TITLE_VERB,
)
from policyparse.grammar.organs import is_organ, split_run
from policyparse.grammar.text import TOKEN, compact
from policyparse.lexicon.metadata import CLASSIFICATION_WORDS, RECORD_FIELDS_MIN, TABLE_LABELS, URGENCY_WORDS
from policyparse.models import MetadataField, NoiseKind
from policyparse.segment import Segment
from policyparse.stages.metadata.printed import printed_in_red_mark
from policyparse.stages.metadata.reader import HeadReader


def front_matter(r: HeadReader) -> None:
    """Take ``title``, ``date`` and the 文号 from the front matter (the normaliser cut it from the
    view; Chinese keys such as ``标题``/``文号``/``发布日期`` are read as these)."""
    fields = r.doc.view.markup.front_matter
    if "title" in fields:
        r.head.front_matter_title = fields["title"].value.strip()
    if "doc_number" in fields and docnumber.is_valid(fields["doc_number"].value.strip()):
        r.head.front_matter_number = fields["doc_number"].value.strip()
    if "date" in fields:
        r.head.front_matter_date = _front_matter_date(fields["date"].value)


def bundle_date(r: HeadReader) -> None:
    """The date of a bundle of news items, printed before its report and cut with the other items
    (:mod:`policyparse.bundles`): the first full date there, in the bundle's title or date line
    (the items' own texts follow), as written or as eight digits (``《新闻联播》 (20260613)``)."""
    view = r.doc.view
    cut = min(
        (n for n in view.noise if n.kind is NoiseKind.BUNDLED_ITEM), key=lambda n: n.start, default=None
    )
    if cut is None:
        return
    text = view.orig[cut.start : cut.end]
    found = [m for pattern in (DATE, ISO_DATE, COMPACT_DATE) for m in pattern.finditer(text)]
    if found:
        r.head.bundle_date = date_of(min(found, key=lambda m: m.start()))


def _front_matter_date(value: str) -> dt.date | None:
    """An ISO date (``2025-07-15``) or an e-mail/RSS date (``Tue, 08 Feb 2022 08:00:05 GMT``)."""
    if (m := ISO_DATE.search(value)) is not None:
        return date_of(m)
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None


#: How far down a crawler's body separator is looked for.
RECORD_HEADER_LINES = 20


def chrome_and_table(r: HeadReader) -> None:
    """Skip page chrome and read a portal info table (``索引号：``, ``成文日期：`` …)."""
    _record_header(r)
    while r.index < min(len(r.paras), r.limit):
        seg = r.paras[r.index]
        if r.is_chrome(seg) or _breadcrumb_piece(r, r.index):
            r.index += 1
            continue
        found = r.table_field(seg)
        if found is None:
            return
        key, value, printed = found
        r.index += 1
        if not value:
            value = printed = _value_on_next_line(r, key)
        r.set_field(key, value, printed)


def _record_header(r: HeadReader) -> None:
    """A crawler's record header above a body separator (``标题: …`` / ``栏目: …`` / ``原文链接: …``
    / ``==== 正文 ====``): its label lines are the table's fields; every other line above the
    separator is the crawler's, not the page's. A record header names the title (``标题``)."""
    limit = min(len(r.paras), r.index + RECORD_HEADER_LINES, r.limit)
    separator = next(
        (i for i in range(r.index, limit) if BODY_SEPARATOR.fullmatch(r.compact(r.paras[i]))), None
    )
    header_end = separator if separator is not None else _after_record_fields(r, limit)
    if header_end is None:
        return
    fields = [found for seg in r.paras[r.index : header_end] if (found := r.table_field(seg)) is not None]
    if not any(key == "标题" and value for key, value, _ in fields):
        return  # a page's own 正文 section under its headline and 摘要 (blind b29), no record header
    for key, value, printed in fields:
        r.set_field(key, value, printed)
    r.index = header_end + 1 if separator is not None else header_end


def _after_record_fields(r: HeadReader, limit: int) -> int | None:
    """Where a run of ``key: value`` lines in English keys near the top ends (a crawler's record
    without a separator line: ``- title: …`` / ``- publisher: …`` / ``- publish_date: …``): the
    first line of the page's text; ``None`` without such a run."""
    run_start = None
    for index in range(r.index, limit):
        if RECORD_FIELD.fullmatch(r.compact(r.paras[index])) is not None:
            run_start = index if run_start is None else run_start
        elif run_start is not None:
            return index if index - run_start >= RECORD_FIELDS_MIN else None
    return None


def _breadcrumb_piece(r: HeadReader, index: int) -> bool:
    """A short line next to the ``>`` of a breadcrumb a text dump printed one piece per line
    (``政务公开`` / ``>`` / ``政策法规``); the ``>`` lines themselves may be cut from the view
    (a Markdown quote mark), so the input between the paragraphs is looked at."""
    if len(r.compact(r.paras[index])) > 10:
        return False
    seg = r.paras[index]
    gaps = []
    if index > 0:
        gaps.append((r.paras[index - 1].end, seg.start))
    if index + 1 < len(r.paras):
        gaps.append((seg.end, r.paras[index + 1].start))
    for start, end in gaps:
        orig_start, orig_end = r.doc.span(start, end)
        if r.doc.text[orig_start:orig_end].strip() in {">", "›", "»", "&gt;"}:
            return True
    return False


def _value_on_next_line(r: HeadReader, key: str) -> str:
    """A table value printed on the line after its label (not another label, not the title)."""
    if r.index >= len(r.paras):
        return ""
    following = r.paras[r.index]
    following_label = TABLE_LINE.fullmatch(r.compact(following))
    looks_title = "关于" in r.text(following) or TITLE_CLOSES.search(r.text(following))
    if (following_label and following_label.group("label") in TABLE_LABELS) or (
        key == "主题词" and looks_title
    ):
        return ""
    if key.endswith("日期") and not any(char.isdigit() for char in r.text(following)):
        return ""  # an empty date field: the next line is not its value (the title, say)
    r.index += 1
    return r.doc.surface(following.start, following.end)


def above_title(r: HeadReader) -> None:
    """Read 份号, 密级, 紧急程度, 发文机关标志 and 发文字号 with 签发人 above the title."""
    mark_open = False
    while r.index < min(len(r.paras), r.limit):
        seg = r.paras[r.index]
        if _plain_element(r, seg):
            pass
        elif mark_line(r, seg):
            mark_open = True
            continue
        elif mark_open and is_organ(r.compact(seg)) and r.head.doc_number is None:
            r.head.issuer_mark = f"{r.head.issuer_mark} {r.doc.surface(seg.start, seg.end)}"
            r.head.mark_organs.append((seg.start, seg.end))
            r.add(MetadataField.ISSUER_MARK, seg.start, seg.end)
        elif (
            not (r.head.doc_number is None and number_line(r, seg))
            and not _signer_line(r, seg)
            and not organ_line(r, seg)
        ):
            if not printed_in_red_mark(r.doc, seg):  # a PDF's red 版头 line the text rules missed
                return
            mark_open = True
            _red_mark_line(r, seg)
        r.index += 1


def _red_mark_line(r: HeadReader, seg: Segment) -> None:
    mark = r.doc.surface(seg.start, seg.end)
    r.head.issuer_mark = f"{r.head.issuer_mark} {mark}" if r.head.issuer_mark else mark
    r.head.mark_organs.append((seg.start, seg.end))
    r.add(MetadataField.ISSUER_MARK, seg.start, seg.end, mark)


def _plain_element(r: HeadReader, seg: Segment) -> bool:
    """份号, 密级 or 紧急程度 standing alone on its line."""
    head, squeezed = r.head, r.compact(seg)
    if COPY_NUMBER.fullmatch(squeezed) and head.copy_number is None:
        head.copy_number = r.add(MetadataField.COPY_NUMBER, seg.start, seg.end)
    elif REGISTRATION_NUMBER.fullmatch(squeezed):
        pass  # a 规范性文件's filing code above the 文号: read past it
    elif squeezed.startswith(CLASSIFICATION_WORDS) and len(squeezed) <= 16:
        head.classification = r.add(MetadataField.CLASSIFICATION, seg.start, seg.end, squeezed)
    elif squeezed in URGENCY_WORDS:
        head.urgency = r.add(MetadataField.URGENCY, seg.start, seg.end, squeezed)
    else:
        return False
    return True


def _signer_line(r: HeadReader, seg: Segment) -> bool:
    signer = SIGNER.fullmatch(r.text(seg))
    if signer is None or r.head.signer is not None:
        return False
    r.head.signer = r.add(
        MetadataField.SIGNER, seg.start + signer.start("signer"), seg.start + signer.end("signer")
    )
    return True


def _organ_run(r: HeadReader) -> tuple[list[Segment], list[str]]:
    """Up to four lines from the current one that name only organs (not a title line)."""
    run: list[Segment] = []
    names: list[str] = []
    position = r.index
    while position < min(len(r.paras), r.index + 4):
        line = r.paras[position]
        parts = r.text(line).split()
        if not parts or not all(is_organ(name) and len(name) <= 24 for name in parts):
            break
        if TITLE_VERB.search(r.text(line)) is not None:
            break
        run.append(line)
        names.extend(parts)
        position += 1
    return run, names


def organ_line(r: HeadReader, seg: Segment) -> bool:
    """Read organ lines above the title as a 发文机关标志 printed without 文件.

    A run of lines naming only organs is a mark when the next line reads ``文件`` or is a
    发文字号 (GB/T 9704 prints the mark above the number), or when joint issuers stand one per
    line (a joint mark is stacked so) over ``关于…``. One line of organs right before
    ``关于…的通知`` is the first line of the title, one organ or several joint issuers
    (``河北省人民政府办公厅`` / ``关于…``; ``中共柳河县委 柳河县人民政府`` / ``关于…``): the title
    is printed at the head, over several lines, and the lines are joined.
    """
    run, _ = _organ_run(r)
    position = r.index + len(run)
    following = r.paras[position] if run and position < len(r.paras) else None
    if following is None:
        return False
    after = r.compact(following)
    marked = (
        after == "文件"
        or (r.head.doc_number is None and is_number_line(r, following))
        or (len(run) >= 2 and r.text(following).startswith("关于"))
    )
    if not marked:
        return False
    for line in run:
        mark = r.doc.surface(line.start, line.end)
        r.head.mark_organs.extend(
            (line.start + m.start(), line.start + m.end()) for m in TOKEN.finditer(r.text(line))
        )
        r.head.issuer_mark = f"{r.head.issuer_mark} {mark}" if r.head.issuer_mark else mark
        r.add(MetadataField.ISSUER_MARK, line.start, line.end, mark)
    r.index = position - 1
    if after == "文件":
        r.head.issuer_mark = f"{r.head.issuer_mark}文件"
        r.add(MetadataField.ISSUER_MARK, following.start, following.end)
        r.index = position
    return True


def _number_body(text: str) -> str:
    """A line's 发文字号 candidate: without 签发人 and without enclosing brackets."""
    signer = SIGNER.search(text)
    body = (text[: signer.start()] if signer else text).strip()
    return body[1:-1] if body.startswith("（") and body.endswith("）") else body


def is_number_line(r: HeadReader, seg: Segment) -> bool:
    """Whether a paragraph is a 发文字号 (bracketed or not, with 签发人 or not), without reading it."""
    return docnumber.is_valid(_number_body(r.text(seg)))


def mark_line(r: HeadReader, seg: Segment) -> bool:
    """Read a 发文机关标志 line (××人民政府文件, letter-spaced or split by spaces).

    The mark is the whole line (its paragraphs are the pieces of a letter-spaced mark), or the
    paragraph alone when the line is longer (a text that lost its line breaks).
    """
    line_start = max(r.norm.rfind("\n", 0, seg.start), r.norm.rfind("\r", 0, seg.start)) + 1
    spans = ((line_start, r.line_end(seg.start)), (seg.start, seg.end))
    found = next((span for span in spans if _is_mark(compact(r.norm[span[0] : span[1]]))), None)
    if found is None:
        return False
    start, end = found
    mark = " ".join(compact(r.doc.surface(start, end)).split())
    organ = MARK_ORGAN.match(r.norm[start:end])
    if organ is not None:
        names = r.norm[start : start + organ.end("organ")]
        pieces = split_run(names) if names.strip() == names and " " not in names else [(0, len(names))]
        r.head.mark_organs.extend((start + s, start + e) for s, e in pieces)
    r.head.issuer_mark = f"{r.head.issuer_mark} {mark}" if r.head.issuer_mark else mark
    r.add(MetadataField.ISSUER_MARK, start, end, mark)
    while r.index < len(r.paras) and r.paras[r.index].start < end:
        r.index += 1
    return True


def _is_mark(squeezed: str) -> bool:
    """``…文件`` after one organ's name, or after several run together (a joint 版头 that lost its spaces)."""
    if not (squeezed.endswith("文件") and 4 <= len(squeezed) <= 120):
        return False
    names = squeezed[:-2]
    return is_organ(names) or len(split_run(names)) > 1


def number_line(r: HeadReader, seg: Segment) -> bool:
    """Read a paragraph that is a 发文字号 (in brackets, with 签发人 or not)."""
    text = r.text(seg)
    inner = _number_body(text)
    if not docnumber.is_valid(inner):
        return False
    start = seg.start + text.find(inner)
    r.set_number(start, start + len(inner))
    signer = SIGNER.search(text)
    if signer is not None:
        s, e = seg.start + signer.start("signer"), seg.start + signer.end("signer")
        r.head.signer = r.add(MetadataField.SIGNER, s, e)
    return True
