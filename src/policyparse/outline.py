"""Layout and output for :mod:`policyparse.headings`.

* :func:`layout`: paragraphs with their attachment part, the paragraphs that never hold
  headings (``附件：`` lists, attachment titles, boxed inserts, tables of contents) and noise
  positions that stand for a lost ``。``.
* Title repairs: titles split by wide spacing or broken inside ``《…》``, flattened tables.
* :func:`emit`: heading nodes to :class:`~policyparse.models.Heading` objects with ids,
  parents and section ends in input offsets.

Articles of rules are in :mod:`policyparse.articles`; crossheads and unnumbered run-in titles
in :mod:`policyparse.unnumbered`.

Positions are normalised indices unless a name says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from policyparse.document import Document
from policyparse.lexicon import markers as lex
from policyparse.markers import MarkerMatch, TitleRead, match_marker
from policyparse.models import Heading, HeadingKind, NoiseKind
from policyparse.segment import Segment

_MIDLINE = regex.compile(rf"[{lex.MIDLINE_OPENERS}][”’」』]{{0,2}}[ \t\ue000-\uf8ff]{{0,4}}")
# Searched right to left ((?r)): anchored at the paragraph end, so linear on runs of leaders.
_TOC_LEADER = regex.compile(r"(?r)(?:[.·…]\s?){4,}\s{0,3}[0-9IVXivx]{1,4}\s{0,3}$")


@dataclass(slots=True, eq=False)
class Node:
    """A heading before ids are assigned: normalised positions and its parent node."""

    start: int
    marker_end: int
    title_start: int
    title_end: int
    kind: HeadingKind
    marker_kind: str
    number: int | None
    level: int
    part: int
    para: int
    parent: Node | None = None
    run_in_end: int | None = None


@dataclass(slots=True)
class Layout:
    """Paragraphs and what they are, for the heading stage."""

    paragraphs: list[Segment]
    part_of: list[int]
    part_starts: list[int] = field(default_factory=list)
    part_titles: dict[int, tuple[int, int]] = field(default_factory=dict)
    excluded: set[int] = field(default_factory=set)
    boxed: set[int] = field(default_factory=set)
    stops: frozenset[int] = frozenset()

    def part_end(self, part: int, norm_length: int) -> int:
        """Normalised index where ``part`` ends."""
        return self.part_starts[part] if part < len(self.part_starts) else norm_length


def para_text(doc: Document, segment: Segment) -> str:
    """The normalised text of a paragraph."""
    return doc.norm[segment.start : segment.end]


def _starts_with_marker(doc: Document, segment: Segment) -> bool:
    return match_marker(doc.norm, segment.start) is not None


def layout(doc: Document) -> Layout:
    """Classify the paragraphs of ``doc`` for the heading stage."""
    paragraphs = doc.paragraphs
    part_of: list[int] = []
    result = Layout(paragraphs=paragraphs, part_of=part_of)
    part = 0
    in_list = False
    list_marker = _NO_MARKER
    in_box = False
    in_glossary = False
    toc = _table_of_contents(doc, paragraphs)
    result.excluded.update(toc)
    result.excluded.update(_notes(doc, paragraphs))
    for index, para in enumerate(paragraphs):
        text = para_text(doc, para)
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        label = lex.ATTACHMENT_PART.fullmatch(text) if len(text) <= 12 else None
        is_list_head = lex.ATTACHMENT_LIST.match(text) is not None and (
            label is None or (following is not None and _starts_with_marker(doc, following))
        )
        titled = _titled_part(doc, paragraphs, index) if label is None and not is_list_head else None
        if titled is not None:
            part += 1
            result.part_starts.append(para.start)
            result.excluded.add(index)
            result.part_titles[part] = titled
            in_list = in_box = False
        elif label is not None and not is_list_head:
            part += 1
            result.part_starts.append(para.start)
            result.excluded.add(index)
            if (
                following is not None
                and len(para_text(doc, following)) <= 60
                and "。" not in para_text(doc, following)
            ):
                result.part_titles[part] = (following.start, following.end)
            in_list = in_box = False
        elif is_list_head:
            result.excluded.add(index)
            in_list = True
            list_marker = _list_head_marker(doc, para)
        elif in_list and len(text) <= 80 and not text.endswith("。") and _starts_with_marker(doc, para):
            # the list goes on while its numbering does (``1.`` ``2.``); ``一、`` after it is a section
            following_marker = _list_line_marker(doc, para, list_marker)
            if following_marker is None:
                in_list = False
            else:
                result.excluded.add(index)
                list_marker = following_marker
        else:
            in_list = False
        if index - 1 in result.excluded and result.part_titles.get(part, (-1, -1))[0] == para.start:
            result.excluded.add(index)
        if len(text) <= 30 and lex.GLOSSARY_LABEL.search(text) and not _starts_with_marker(doc, para):
            in_glossary = True
        elif index in result.excluded and index > 0 and paragraphs[index - 1].start in result.part_starts:
            pass  # the title line of a part keeps the glossary state of its label
        elif label is not None or titled is not None:
            in_glossary = False
        if in_glossary:
            result.excluded.add(index)
        if lex.BOX_LABEL.match(text) and len(text) <= 40:
            in_box = True
        elif in_box and _starts_with_marker(doc, para):
            in_box = False
        if in_box:
            result.boxed.add(index)
            result.excluded.add(index)
        part_of.append(part)
    result.stops = frozenset(_stops(doc))
    return result


_NO_MARKER = MarkerMatch("", 0, 0, 0)


def _list_head_marker(doc: Document, para: Segment) -> MarkerMatch:
    """The marker right after ``附件：`` on the label line of an attachment list, if any."""
    norm = doc.norm
    label = lex.ATTACHMENT_LIST.search(norm, para.start, para.end)
    if label is None:
        return _NO_MARKER
    position = label.end()
    while position < para.end and norm[position] in " \t\u3000":
        position += 1
    return match_marker(norm, position) or _NO_MARKER


def _list_line_marker(doc: Document, para: Segment, previous: MarkerMatch) -> MarkerMatch | None:
    """The marker of a line that continues an attachment list's numbering, else ``None``.

    Any marker continues a list whose label line had none.
    """
    found = match_marker(doc.norm, para.start)
    if found is None:
        return None
    if not previous.kind or (found.kind == previous.kind and found.number == previous.number + 1):
        return found
    return None


def _notes(doc: Document, paragraphs: list[Segment]) -> set[int]:
    """Numbered notes under a table: ``注：1. …`` and the lines that continue its numbering."""
    out: set[int] = set()
    norm = doc.norm
    kind, number = "", 0
    for index, para in enumerate(paragraphs):
        label = lex.NOTE_LABEL.match(norm, para.start, para.end)
        if label is None and not kind:
            continue
        marker = match_marker(norm, label.end() if label is not None else para.start)
        if label is not None and marker is not None:
            kind, number = marker.kind, marker.number
            out.add(index)
        elif label is None and marker is not None and marker.kind == kind and marker.number == number + 1:
            number = marker.number
            out.add(index)
        else:
            kind = ""
    return out


def _is_attachment_line(text: str) -> bool:
    return bool(
        lex.ATTACHMENT_LIST.match(text)
        or lex.ATTACHMENT_PART.fullmatch(text)
        or lex.ATTACHMENT_TITLED.fullmatch(text)
    )


def _titled_part(doc: Document, paragraphs: list[Segment], index: int) -> tuple[int, int] | None:
    """Span of the title of a part label ``附件1：标题`` standing alone (not one line of a list)."""
    text = para_text(doc, paragraphs[index])
    m = lex.ATTACHMENT_TITLED.fullmatch(text) if len(text) <= 70 else None
    if m is None or any(ch in m.group("title") for ch in "。；"):
        return None
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(paragraphs) and _is_attachment_line(para_text(doc, paragraphs[neighbour])):
            return None
    start = paragraphs[index].start
    return start + m.start("title"), start + m.end("title")


def _table_of_contents(doc: Document, paragraphs: list[Segment]) -> set[int]:
    """Paragraphs of a table of contents: from a ``目录`` line to where its first entry repeats."""
    out: set[int] = set()
    norm = doc.norm
    index = 0
    while index < len(paragraphs):
        line_end = norm.find("\n", paragraphs[index].start)
        line_end = len(norm) if line_end < 0 else line_end
        last = index
        while last + 1 < len(paragraphs) and paragraphs[last + 1].start < line_end:
            last += 1
        line = norm[paragraphs[index].start : paragraphs[last].end].replace(" ", "")
        if lex.TOC_LINE.fullmatch(line) is not None and last + 1 < len(paragraphs):
            first_text = para_text(doc, paragraphs[last + 1])
            limit = min(len(paragraphs), last + 400)
            stop = next(
                (i for i in range(last + 2, limit) if para_text(doc, paragraphs[i]) == first_text), None
            )
            if stop is not None:
                out.update(range(index, stop))
                index = stop
                continue
        index = last + 1
    for index, para in enumerate(paragraphs):
        if _TOC_LEADER.search(doc.norm, para.start, para.end) is not None:
            out.add(index)
            if index > 0 and "\n" not in doc.norm[paragraphs[index - 1].end : para.start]:
                out.add(index - 1)
    return out | _repeated_outline(doc, paragraphs)


def _repeated_outline(doc: Document, paragraphs: list[Segment]) -> set[int]:
    """An unlabelled table of contents: short numbered lines whose first line repeats after them."""
    out: set[int] = set()
    seen: dict[str, int] = {}
    for index, para in enumerate(paragraphs):
        text = para_text(doc, para)
        if len(text) > 40 or any(ch in text for ch in "。；"):
            seen.clear()
            continue
        if text in seen and index - seen[text] >= 3:
            first = seen[text]
            if match_marker(doc.norm, paragraphs[first].start) is not None:
                out.update(range(first, index))
            seen.clear()
        seen.setdefault(text, index)
    return out


def join_spaced_title(doc: Document, layout_: Layout, index: int, title: TitleRead) -> TitleRead:
    """Join a title split by wide spacing (``第一章　总　　则``) or put on the next line (``第一章``)."""
    paragraphs = layout_.paragraphs
    norm = doc.norm
    if title.form == "line" and norm.count("《", title.start, title.end) > norm.count(
        "》", title.start, title.end
    ):
        return _join_unclosed(doc, layout_, index, title)
    if title.form not in ("line", "empty") or title.length > 4:
        return title
    line_end = norm.find("\n", paragraphs[index].end)
    line_end = len(norm) if line_end < 0 else line_end
    last = index
    while last + 1 < len(paragraphs) and paragraphs[last + 1].start < line_end:
        last += 1
    if last > index:
        joined = norm[paragraphs[index + 1].start : paragraphs[last].end]
        if len(joined) + title.length <= lex.LINE_TITLE_MAX and not any(ch in joined for ch in "。；：！？"):
            layout_.excluded.update(range(index + 1, last + 1))
            start = title.start if title.form == "line" else paragraphs[index + 1].start
            return TitleRead("line", start, paragraphs[last].end)
        return title
    if title.form == "empty" and index + 1 < len(paragraphs):
        following = paragraphs[index + 1]
        text = para_text(doc, following)
        if (
            len(text) <= lex.CROSSHEAD_MAX
            and not any(ch in text for ch in "。，；：！？")
            and not match_marker(norm, following.start)
        ):
            layout_.excluded.add(index + 1)
            return TitleRead("line", following.start, following.end)
    return title


_GLUED_NUMBER = regex.compile(r"(?<=\p{Han})[0-9]{1,2}(?=\p{Han})(?![年月日号个项家条万亿元次名倍])")


def split_bare_number(norm: str, title: TitleRead) -> TitleRead:
    """In a flattened table, a category title runs into its first numbered row: split it there."""
    m = _GLUED_NUMBER.search(norm, title.start, title.end)
    if m is None or m.start() - title.start < 2:
        return title
    return TitleRead("glued", title.start, m.start(), next_marker=m.start())


def _join_unclosed(doc: Document, layout_: Layout, index: int, title: TitleRead) -> TitleRead:
    """Join a title line broken inside ``《…》`` (a linked title in a web page) with its continuation."""
    norm = doc.norm
    depth = norm.count("《", title.start, title.end) - norm.count("》", title.start, title.end)
    last = index
    while depth > 0 and last + 1 < len(layout_.paragraphs) and last < index + 3:
        last += 1
        text = para_text(doc, layout_.paragraphs[last])
        depth += text.count("《") - text.count("》")
    end = layout_.paragraphs[last].end
    if (
        depth > 0
        or end - title.start > lex.LINE_TITLE_MAX
        or any(ch in norm[title.start : end] for ch in "。；")
    ):
        return title
    layout_.excluded.update(range(index + 1, last + 1))
    return TitleRead("line", title.start, end)


def _stops(doc: Document) -> list[int]:
    """Normalised positions where a mojibake run or a lost character stands for a lost ``。``."""
    out: list[int] = []
    norm = doc.norm
    for noise in doc.view.noise:
        if noise.removed:
            continue
        position = doc.view.from_orig(noise.start)
        if noise.kind is NoiseKind.MOJIBAKE or (
            noise.kind is NoiseKind.LOST_CHAR
            and position + 1 < len(norm)
            and norm[position + 1] in "；，。、"
        ):
            out.append(position)
    return out


def skip_markup(norm: str, start: int, end: int) -> int:
    """``start`` moved past markdown emphasis and list markup (``**``, ``*``, ``>``) opening a paragraph."""
    while start < end and norm[start] in "*>_ \t":
        start += 1
    return start


def midline_positions(norm: str, start: int, end: int) -> list[int]:
    """Positions inside a paragraph where a marker may start (after ``。：；！？）``)."""
    return [m.end() for m in _MIDLINE.finditer(norm, start, end) if m.end() < end]


def bare_number(norm: str, pos: int, part: int) -> MarkerMatch | None:
    """A bare number glued to a title (``1企业投资…``), only in attachment parts (flattened tables)."""
    if part == 0:
        return None
    m = lex.BARE_NUMBER.match(norm, pos, min(len(norm), pos + 4))
    return MarkerMatch("bare_number", int(m.group("num")), pos, m.end()) if m is not None else None


# ---------------------------------------------------------------- output


def _orig(doc: Document, position: int) -> int:
    return doc.view.to_orig(position) if position < len(doc.norm) else len(doc.text)


def _one_line(text: str) -> str:
    """A title that spans lines, joined (line breaks and the indentation around them removed)."""
    return regex.sub(r"[ \t]*[\r\n]+[ \t]*", "", text) if "\n" in text or "\r" in text else text


def emit(doc: Document, layout_: Layout, nodes: list[Node]) -> list[Heading]:
    """Headings with ids, parent ids and section ends (input offsets)."""
    ids = {id(node): index for index, node in enumerate(nodes)}
    section_ends = [0] * len(nodes)
    open_nodes: list[int] = []
    part = 0
    for index, node in enumerate(nodes):
        if node.part != part:
            for waiting in open_nodes:
                section_ends[waiting] = _orig(doc, layout_.part_end(part, len(doc.norm)))
            open_nodes, part = [], node.part
        while open_nodes and nodes[open_nodes[-1]].level >= node.level:
            section_ends[open_nodes.pop()] = _orig(doc, node.start)
        open_nodes.append(index)
    end_of_part = layout_.part_end(part, len(doc.norm))
    if part == 0 and doc.body_end is not None and nodes and nodes[-1].start < doc.body_end < end_of_part:
        end_of_part = doc.body_end
    for waiting in open_nodes:
        section_ends[waiting] = _orig(doc, end_of_part)
    part_titles = {part: _one_line(doc.surface(s, e)) for part, (s, e) in layout_.part_titles.items()}
    headings: list[Heading] = []
    for index, node in enumerate(nodes):
        start, end = doc.span(node.start, node.title_end)
        title_start, title_end = doc.span(node.title_start, node.title_end)
        headings.append(
            Heading(
                id=index,
                level=node.level,
                marker=doc.surface(node.start, node.marker_end),
                marker_kind=node.marker_kind,
                number=node.number,
                title=_one_line(doc.surface(node.title_start, node.title_end)),
                start=start,
                end=end,
                title_start=title_start,
                title_end=title_end,
                kind=node.kind,
                parent=ids.get(id(node.parent)) if node.parent is not None else None,
                section_end=max(section_ends[index], end),
                part=node.part,
                part_title=part_titles.get(node.part),
            )
        )
    return headings
