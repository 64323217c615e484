"""The head of a document: everything above the body (see :mod:`policyparse.metadata`).

:func:`read_head` walks the paragraphs of the normalised view from the top: YAML front
matter, a portal info table and page chrome are read or skipped; then come the elements
above the title (份号, 密级, 紧急程度, 发文机关标志, 发文字号 with 签发人), the title block,
and the lines under it (发文字号, dated lines, 来源, news date lines, dispatch header,
addressees). ``body_start`` is where the body begins.
"""

from __future__ import annotations

import regex

from policyparse import docnumber, news
from policyparse.document import Document
from policyparse.lexicon.metadata import (
    CLASSIFICATION_WORDS,
    COPY_NUMBER,
    DATED_LINE,
    DOC_TYPE_AFTER,
    HEADING_START,
    ISO_LINE,
    LABEL_PREFIX,
    NAMED,
    ORDER_SERIAL,
    PAREN_DATE,
    PAREN_LINE,
    SIGNER,
    SPEAKER,
    TABLE_LABELS,
    TITLE_CLOSES,
    TYPE_END,
    URGENCY_WORDS,
    YEAR_ONLY,
)
from policyparse.metadata_under import Head, HeadBase, news_fold
from policyparse.segment import Segment


def read_head(doc: Document) -> Head:
    """Read the head of ``doc`` (see the module docstring)."""
    reader = _HeadReader(doc)
    reader.run()
    return reader.head


class _HeadReader(HeadBase):
    """Reads a document's head from the top; the steps under the title are in :class:`HeadBase`."""

    def md_level(self, seg: Segment) -> int:
        """The Markdown heading level (``#`` count) the paragraph's line was printed with, 0 if none."""
        orig_start = self.doc.span(seg.start, seg.start + 1)[0]
        line_start = self.doc.text.rfind("\n", 0, orig_start) + 1
        prefix = self.doc.text[line_start:orig_start].strip()
        return len(prefix) if prefix and set(prefix) == {"#"} else 0

    # -- the walk
    def run(self) -> None:
        """Read the head from the top: front matter, chrome and table, elements above the title, title, lines under it."""
        self.front_matter()
        self.chrome_and_table()
        self.above_title()
        self.title_block()
        self.page_title()
        self.under_title()

    def front_matter(self) -> None:
        """Take ``title`` and ``date`` from the front matter (the normaliser cut it from the view)."""
        fields = self.doc.view.markup.front_matter
        if "title" in fields:
            self.head.front_matter_title = fields["title"].value.strip()
        if "date" in fields and (m := news.ISO_DATE.search(fields["date"].value)) is not None:
            self.head.front_matter_date = news.date_of(m)

    def chrome_and_table(self) -> None:
        """Skip page chrome and read a portal info table (``索引号：``, ``成文日期：`` …)."""
        while self.index < min(len(self.paras), self.limit):
            seg = self.paras[self.index]
            compact = self.compact(seg)
            if self.is_chrome(seg):
                self.index += 1
                continue
            label = regex.fullmatch(r"(?P<label>[\p{Han}]{2,6})：(?P<value>.*)", compact)
            if label is not None and label.group("label") in TABLE_LABELS:
                key = TABLE_LABELS[label.group("label")]
                value = label.group("value")
                self.index += 1
                if not value and self.index < len(self.paras):
                    nxt = self.paras[self.index]
                    nxt_label = regex.fullmatch(r"([\p{Han}]{2,6})：.*", self.compact(nxt))
                    looks_title = "关于" in self.text(nxt) or TITLE_CLOSES.search(self.text(nxt))
                    if not (nxt_label and nxt_label.group(1) in TABLE_LABELS) and not (
                        key == "主题词" and looks_title
                    ):
                        value = self.doc.surface(nxt.start, nxt.end)
                        self.index += 1
                if value:
                    self.head.table[key] = value
                continue
            break

    def above_title(self) -> None:
        """Read 份号, 密级, 紧急程度, 发文机关标志 and 发文字号 with 签发人 above the title."""
        head = self.head
        mark_open = False
        while self.index < min(len(self.paras), self.limit):
            seg = self.paras[self.index]
            compact = self.compact(seg)
            if COPY_NUMBER.fullmatch(compact) and head.copy_number is None:
                head.copy_number = self.add("copy_number", seg.start, seg.end)
            elif compact.startswith(CLASSIFICATION_WORDS) and len(compact) <= 16:
                head.classification = self.add("classification", seg.start, seg.end, compact)
            elif compact in URGENCY_WORDS:
                head.urgency = self.add("urgency", seg.start, seg.end, compact)
            elif self.mark_line(seg):
                mark_open = True
                continue
            elif mark_open and news.is_organ(compact) and head.doc_number is None:
                mark = self.doc.surface(seg.start, seg.end)
                head.issuer_mark = f"{head.issuer_mark} {mark}"
                head.mark_organs.append((seg.start, seg.end))
                self.add("issuer_mark", seg.start, seg.end)
            elif head.doc_number is None and self.number_line(seg):
                pass
            elif (signer := SIGNER.fullmatch(self.text(seg))) is not None and head.signer is None:
                head.signer = self.add(
                    "signer", seg.start + signer.start("signer"), seg.start + signer.end("signer")
                )
            elif self.organ_line(seg):
                pass
            else:
                return
            self.index += 1

    def organ_line(self, seg: Segment) -> bool:
        """Read organ lines above the title as a 发文机关标志 printed without 文件.

        A run of lines naming only organs is a mark when the next line reads ``文件`` or is a
        发文字号, or when the run names two or more organs (joint issuers) and the title
        follows (``关于…``). A single organ line before ``关于…的通知`` is the first line of a
        two-line title (``河北省人民政府办公厅`` / ``关于…的通知``), not a mark.
        """
        run: list[Segment] = []
        names: list[str] = []
        position = self.index
        while position < min(len(self.paras), self.index + 4):
            line = self.paras[position]
            parts = self.text(line).split()
            if not parts or not all(news.is_organ(name) and len(name) <= 24 for name in parts):
                break
            if regex.search(r"印发|转发|批转|发布|关于", self.text(line)) is not None:
                break
            run.append(line)
            names.extend(parts)
            position += 1
        following = self.paras[position] if run and position < len(self.paras) else None
        if following is None:
            return False
        after = self.compact(following)
        marked = (
            after == "文件"
            or (self.head.doc_number is None and self.is_number_line(following))
            or (len(names) >= 2 and self.text(following).startswith("关于"))
        )
        if not marked:
            return False
        for line in run:
            mark = self.doc.surface(line.start, line.end)
            self.head.mark_organs.extend(
                (line.start + m.start(), line.start + m.end())
                for m in regex.finditer(r"\S+", self.text(line))
            )
            self.head.issuer_mark = f"{self.head.issuer_mark} {mark}" if self.head.issuer_mark else mark
            self.add("issuer_mark", line.start, line.end, mark)
        self.index = position - 1
        if after == "文件":
            self.head.issuer_mark = f"{self.head.issuer_mark}文件"
            self.add("issuer_mark", following.start, following.end)
            self.index = position
        return True

    def is_number_line(self, seg: Segment) -> bool:
        """Whether a paragraph is a 发文字号 (bracketed or not, with 签发人 or not), without reading it."""
        text = self.text(seg)
        signer = SIGNER.search(text)
        body = (text[: signer.start()] if signer else text).strip()
        return docnumber.is_valid(body[1:-1] if body.startswith("（") and body.endswith("）") else body)

    def mark_line(self, seg: Segment) -> bool:
        """Read a 发文机关标志 line (××人民政府文件, letter-spaced or split by spaces)."""
        start = max(self.norm.rfind("\n", 0, seg.start), self.norm.rfind("\r", 0, seg.start)) + 1
        end = self.line_end(seg.start)
        compact = regex.sub(r"[ \t]+", "", self.norm[start:end])
        if not (compact.endswith("文件") and 4 <= len(compact) <= 60 and news.is_organ(compact[:-2])):
            return False
        mark = " ".join(regex.sub(r"[ \t]+", "", self.doc.surface(start, end)).split())
        head = self.head
        organ = regex.match(r"(?P<organ>.*?\S)[ \t]*文[ \t]*件[ \t]*$", self.norm[start:end])
        if organ is not None:
            head.mark_organs.append((start, start + organ.end("organ")))
        head.issuer_mark = f"{head.issuer_mark} {mark}" if head.issuer_mark else mark
        self.add("issuer_mark", start, end, mark)
        while self.index < len(self.paras) and self.paras[self.index].start < end:
            self.index += 1
        return True

    def number_line(self, seg: Segment) -> bool:
        """Read a paragraph that is a 发文字号 (in brackets, with 签发人 or not)."""
        text = self.text(seg)
        signer = SIGNER.search(text)
        body = text[: signer.start()] if signer else text
        body_stripped = body.strip()
        inner = (
            body_stripped[1:-1]
            if body_stripped.startswith("（") and body_stripped.endswith("）")
            else body_stripped
        )
        if not docnumber.is_valid(inner):
            return False
        start = seg.start + text.find(inner)
        self.set_number(start, start + len(inner))
        if signer is not None:
            s, e = seg.start + signer.start("signer"), seg.start + signer.end("signer")
            self.head.signer = self.add("signer", s, e)
        return True

    def marker_at(self, seg: Segment) -> bool:
        """Whether a paragraph is one of the elements printed under a title (it ends the title)."""
        text = self.text(seg)
        return bool(
            docnumber.is_valid(text.strip("（）"))
            or DATED_LINE.match(text)
            or PAREN_DATE.match(text)
            or YEAR_ONLY.fullmatch(text)
            or text.startswith(("来源：", "——", "--", "时间：", "发布时间："))
            or news.PAPER_LINE.match(text)
            or news.DISPATCH.match(text)
            or ISO_LINE.match(text)
            or SPEAKER.fullmatch(text)
            or (
                text.endswith("：")
                and self.addressee_ok(text[:-1])
                and "关于" not in text
                and next(iter(docnumber.finditer(text)), None) is None
            )
        )

    def title_block(self) -> None:
        """Find the title block and set the title (joined lines, headline, or cut from a flattened paragraph)."""
        block: list[Segment] = []
        flattened = False
        while self.index < min(len(self.paras), self.limit) and len(block) < 4:
            seg = self.paras[self.index]
            text = self.text(seg)
            if self.is_chrome(seg):
                self.index += 1
                continue
            if self.marker_at(seg) or HEADING_START.match(text) is not None:
                break  # a numbered heading or article is body, never a title line
            prose = len(text) > 60 or "。" in text[:-1] or (text.endswith("。") and len(text) > 25)
            glued = next(iter(docnumber.finditer(self.norm, seg.start + 4, seg.end)), None)
            if glued is not None and block:
                self.continued_title(block, seg, glued)
                return
            if prose or glued is not None:
                if not block:
                    block, flattened = [seg], True
                break
            if block and news_fold(text) == news_fold(self.text(block[-1])):
                block[-1] = seg
                self.index += 1
                self.limit = min(self.limit, self.index + 3)
                continue
            if (
                block
                and self.closes(block)
                and not (PAREN_LINE.fullmatch(text) and not news.DATE.search(text))
            ):
                break
            block.append(seg)
            self.index += 1
        if not block:
            self.head.body_start = (
                self.paras[self.index].start if self.index < len(self.paras) else len(self.norm)
            )
            return
        if flattened:
            self.flattened_title(block[0])
            return
        levels = [self.md_level(seg) for seg in block]
        if 1 in levels:
            main = [block[levels.index(1)]]
        elif self.closes(block) or len(block) == 1:
            main = block
            while len(main) > 1 and self.label_line(main[0]) and self.closes(main[1:]):
                main = main[1:]
        else:
            main = [block[-1]]
            first = block[0]
            if len(self.text(first)) <= 12:
                self.head.channel = self.add("channel", first.start, first.end)
        self.set_title(main)
        self.head.body_start = block[-1].end
        if len(main) == 1 and self.text(main[0]).endswith("令"):
            self.order_header(main[0])

    def page_title(self) -> None:
        """Complete a title the text split or cut, using the page's info table (``标题``).

        When the title read from the text is a fragment of the table's title, the adjoining
        lines (at most three before and three after) that make up the table's title are
        joined to it, as printed in the text. Lines taken back from the 发文机关标志 or the
        channel are no longer those elements.
        """
        head = self.head
        wanted = news_fold(self.doc.source.page_metadata.get("标题", ""))
        if not wanted or head.title_norm is None or head.title_span is None:
            return
        found = news_fold(head.title_norm)
        if not found or found == wanted or found not in wanted or len(head.title_norm) > 200:
            return
        first = next((i for i, seg in enumerate(self.paras) if seg.end > head.title_span[0]), None)
        last = next((i for i, seg in enumerate(self.paras) if seg.end >= head.title_span[1]), None)
        if first is None or last is None:
            return
        for before in range(min(3, first) + 1):
            for after in range(min(3, len(self.paras) - 1 - last) + 1):
                segs = self.paras[first - before : last + after + 1]
                if news_fold("".join(self.text(seg) for seg in segs)) == wanted:
                    self.retitle(segs)
                    return

    def retitle(self, segs: list[Segment]) -> None:
        """Make ``segs`` the title, dropping elements those lines were read as."""
        head = self.head
        start, end = self.doc.span(segs[0].start, segs[-1].end)
        taken = {"title", "issuer_mark", "channel"}
        head.elements = [
            e
            for e in head.elements
            if not (e.field in taken and start <= e.start and e.end <= end) and e.field != "title"
        ]
        if not any(e.field == "issuer_mark" for e in head.elements):
            head.issuer_mark, head.mark_organs = None, []
        if not any(e.field == "channel" for e in head.elements):
            head.channel = None
        self.set_title(segs)
        head.body_start = max(head.body_start, segs[-1].end)

    def order_header(self, seg: Segment) -> None:
        """An order (令): ``××令`` / ``第N号`` / ``《…》已经…通过，现予公布``.

        The number is the document number, the organ before 令 the issuer, and the title of
        the promulgated document (its 《》 name) the title.
        """
        norm, head = self.norm, self.head
        number = ORDER_SERIAL.match(norm, seg.end)
        if number is None:
            return
        printed = self.doc.surface(seg.start, seg.end) + regex.sub(
            r"\s+", "", self.doc.surface(seg.end, number.end())
        )
        orig_start, orig_end = self.doc.span(seg.start, number.end())
        info = docnumber.parse_or_none(
            regex.sub(r"\s+", "", norm[seg.start : number.end()]), orig_start, orig_end
        )
        if info is not None and head.doc_number is None:
            head.doc_number = info.model_copy(update={"text": printed})
            self.add("doc_number", seg.start, number.end(), printed)
        organ = regex.sub(r"令$", "", self.text(seg))
        if news.is_organ(organ):
            head.promulgation_organ = (seg.start, seg.end - 1)
        named = NAMED.search(norm, number.end(), min(len(norm), number.end() + 120))
        if named is not None:
            head.elements = [e for e in head.elements if e.field != "title"]
            self.set_title([Segment(named.start("name"), named.end("name"))])
        head.body_start = number.end()

    def continued_title(self, block: list[Segment], seg: Segment, number: regex.Match[str]) -> None:
        """A title whose last line runs on into the 发文字号 (国务院关于印发… / …的通知国发〔2007〕37号)."""
        title_end, number_start = self.split_number(seg.start, number)
        if title_end is None:
            title_end, number_start = number.start(), number.start()
        self.set_number(number_start, number.end())
        self.set_title([*block, Segment(seg.start, title_end)])
        self.head.body_start = number.end() if self.head.doc_number is not None else title_end
        self.index += 1

    def label_line(self, seg: Segment) -> bool:
        """A short breadcrumb or column label above a complete title (``云南要闻``), not its first line."""
        text = self.text(seg)
        return (
            len(text) <= 8
            and regex.search(r"关于|印发|转发|批转|[和的与及]$", text) is None
            and not news.is_organ(text)
        )

    def closes(self, block: list[Segment]) -> bool:
        """Whether the joined paragraphs end like a complete title (a 文种, brackets balanced)."""
        joined = "".join(self.text(seg) for seg in block)
        return TITLE_CLOSES.search(joined) is not None and _balanced(joined)

    def set_title(self, segs: list[Segment]) -> None:
        """Set the title from the paragraphs ``segs`` (their surfaces joined without line breaks).

        A bracketed label opening a one-line title (``【新闻局】…``) is the channel, not the title.
        """
        label = LABEL_PREFIX.match(self.norm, segs[0].start, segs[0].end)
        if (
            len(segs) == 1
            and label is not None
            and segs[0].end - label.end() >= 6
            and self.head.channel is None
        ):
            self.head.channel = self.add("channel", label.start("label"), label.end("label"))
            segs = [Segment(label.end(), segs[0].end)]
        parts = [self.doc.surface(seg.start, seg.end) for seg in segs]
        title = "".join(parts)
        head = self.head
        head.title = title
        head.title_norm = "".join(self.text(seg) for seg in segs)
        head.title_span = (segs[0].start, segs[-1].end)
        self.add("title", segs[0].start, segs[-1].end, title)

    def flattened_title(self, seg: Segment) -> None:
        """A title glued to what follows it (文号, addressees, body) in one paragraph."""
        norm = self.norm
        limit = min(seg.end, seg.start + 220)
        number = next(iter(docnumber.finditer(norm, seg.start, limit)), None)
        title_end: int | None = None
        if number is not None:
            title_end, number_start = self.split_number(seg.start, number)
            if title_end is not None:
                self.set_number(number_start, number.end())
        if title_end is None:
            m = DOC_TYPE_AFTER.search(norm, seg.start, min(seg.end, seg.start + 100))
            if m is None:
                self.head.body_start = seg.start
                return
            title_end = m.end()
        candidate = norm[seg.start : title_end].strip()
        if regex.search(r"[，。；！？：]", candidate) or len(candidate) < 4:
            self.head.doc_number = None
            self.head.elements = [e for e in self.head.elements if e.field != "doc_number"]
            self.head.body_start = seg.start
            return
        self.set_title([Segment(seg.start, seg.start + len(norm[seg.start : title_end].rstrip()))])
        self.head.body_start = (
            number.end() if number is not None and self.head.doc_number is not None else title_end
        )

    def split_number(self, para_start: int, m: regex.Match[str]) -> tuple[int | None, int]:
        """Where the title ends and the number begins, for a number glued after a title."""
        norm = self.norm
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
        for t in regex.finditer(r"[》”）]", norm[para_start:anchor]):
            position = para_start + t.end()
            if anchor - position >= 2 and (best is None or position > best):
                best = position
        if best is None:
            return None, m.start()
        return best, best


def _balanced(text: str) -> bool:
    return (
        text.count("《") == text.count("》")
        and text.count("（") == text.count("）")
        and text.count("“") <= text.count("”") + 0
    )


__all__ = ["Head", "read_head"]
