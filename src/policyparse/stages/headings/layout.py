"""Layout for the heading stage: which paragraph belongs to which part, and which hold no heading.

:func:`layout` gives the paragraphs with their attachment part (``附件1`` …), the paragraphs
that never hold headings (``附件：`` lists, attachment titles, boxed inserts, tables of
contents, notes under tables, glossaries) and the noise positions that stand for a lost ``。``.

Positions are normalised indices.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from policyparse.document import Document
from policyparse.grammar.layout import (
    ATTACHMENT_LIST,
    ATTACHMENT_PART,
    ATTACHMENT_TITLED,
    BOX_LABEL,
    GLUED_CATEGORY,
    MIDLINE_SCAN,
    NOTE_LABEL,
    TABLE_HEADER,
    TABLE_ROW,
)
from policyparse.grammar.markers import MarkerMatch, match_bare_number, match_marker
from policyparse.models import MarkerKind, NoiseKind
from policyparse.segment import Segment
from policyparse.stages.headings.contents import table_of_contents


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
    #: Every match of :data:`MIDLINE` in the whole text (:data:`MIDLINE_SCAN`): its start, its end.
    midline_starts: list[int] = field(default_factory=list)
    midline_ends: list[int] = field(default_factory=list)
    #: Where a table's category follows a row's last cell, once a paragraph holds its header.
    glued_categories: list[int] | None = None

    def midline_positions(self, norm: str, start: int, end: int) -> list[int]:
        """Positions inside ``[start, end)`` where a marker may start (after ``。：；！？）``, and in
        a flattened table after its header ``序号…`` or ``…牵头单位配合/责任单位`` and where a
        category follows the last cell of a row (:data:`GLUED_CATEGORY`)), read off the
        whole-text scan.

        The same positions: a match starts at every ``。：；！？）`` (its tail of quotes and
        spaces holds none of them), and a tail cut at ``end`` by a bounded search ends at
        ``end``, a position left out either way.
        """
        first = bisect.bisect_left(self.midline_starts, start)
        last = bisect.bisect_left(self.midline_starts, end, first)
        found = [pos for pos in self.midline_ends[first:last] if pos < end]
        if norm.find("序号", start, end) >= 0 or (
            norm.find("一、", start, end) >= 0
            and any(norm.find(word, start, end) >= 0 for word in _ROLE_HEADER_WORDS)
        ):
            headers = [m.end() for m in TABLE_HEADER.finditer(norm, start, end)]
            found += headers
            if headers and self.glued_categories is None:
                self.glued_categories = _glued_categories(norm)
        if self.glued_categories:
            first = bisect.bisect_left(self.glued_categories, start)
            found += self.glued_categories[first : bisect.bisect_left(self.glued_categories, end, first)]
        return found

    def part_end(self, part: int, norm_length: int) -> int:
        """Normalised index where ``part`` ends."""
        return self.part_starts[part] if part < len(self.part_starts) else norm_length


def _title_under_label(doc: Document, following: Segment | None) -> tuple[int, int] | None:
    """The title of an attached part printed on the line under its label (short, no sentence)."""
    if following is None:
        return None
    text = para_text(doc, following)
    return (following.start, following.end) if len(text) <= 60 and "。" not in text else None


def para_text(doc: Document, segment: Segment) -> str:
    """The normalised text of a paragraph."""
    return doc.norm[segment.start : segment.end]


def _starts_with_marker(doc: Document, segment: Segment) -> bool:
    return match_marker(doc.norm, segment.start) is not None


#: Words one of which a flattened table's header ending with a role column holds (:data:`TABLE_HEADER`;
#: it is glued to the first category, ``一、``): a paragraph without them is not searched.
_ROLE_HEADER_WORDS = ("单位", "部门", "处室")


def layout(doc: Document) -> Layout:
    """Classify the paragraphs of ``doc`` for the heading stage."""
    walk = _LayoutWalk(doc)
    for index in range(len(doc.paragraphs)):
        walk.step(index)
    walk.result.stops = frozenset(_stops(doc))
    spans = [m.span() for m in MIDLINE_SCAN.finditer(doc.norm)]
    walk.result.midline_starts = [start for start, _ in spans]
    walk.result.midline_ends = [end for _, end in spans]
    return walk.result


def _glued_categories(norm: str) -> list[int]:
    """Where a category follows a row's last cell (:data:`GLUED_CATEGORY`) after the first header."""
    header = TABLE_HEADER.search(norm)
    return [] if header is None else [m.start() for m in GLUED_CATEGORY.finditer(norm, header.end())]


class _LayoutWalk:
    """One pass over the paragraphs: attachment parts, the ``附件：`` list, glossaries, boxes."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.paragraphs = doc.paragraphs
        self.result = Layout(paragraphs=self.paragraphs, part_of=[])
        self.result.excluded.update(table_of_contents(doc, self.paragraphs))
        self.result.excluded.update(_notes(doc, self.paragraphs))
        self.part = 0
        self.in_list = False
        self.list_marker = _NO_MARKER
        self.in_box = False
        self.box_label = -1  # the paragraph of the open box's label
        self.box_marker: MarkerMatch | None = None  # the last item of the box's own list

    def step(self, index: int) -> None:
        """Classify paragraph ``index``."""
        doc, result = self.doc, self.result
        para = self.paragraphs[index]
        text = para_text(doc, para)
        self._parts_and_lists(index, text)
        if index - 1 in result.excluded and result.part_titles.get(self.part, (-1, -1))[0] == para.start:
            result.excluded.add(index)
        self._box(index, text)
        result.part_of.append(self.part)

    def _parts_and_lists(self, index: int, text: str) -> None:
        """An attachment part's label (titled or not), the ``附件：`` list and its lines."""
        if not text.startswith("附"):  # every attachment pattern opens with 附
            self._list_line(index, text)
            return
        doc, paragraphs = self.doc, self.paragraphs
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        label = ATTACHMENT_PART.fullmatch(text) if len(text) <= 12 else None
        is_list_head = ATTACHMENT_LIST.match(text) is not None and (
            label is None or (following is not None and _starts_with_marker(doc, following))
        )
        titled = _titled_part(doc, paragraphs, index) if label is None and not is_list_head else None
        if titled is not None:
            self._open_part(index, titled)
        elif label is not None and not is_list_head:
            self._open_part(index, _title_under_label(doc, following))
        elif is_list_head:
            self.result.excluded.add(index)
            self.in_list = True
            self.list_marker = _list_head_marker(doc, paragraphs[index])
        else:
            self._list_line(index, text)

    def _list_line(self, index: int, text: str) -> None:
        """A line of the ``附件：`` list: the list goes on while its numbering does (``1.`` ``2.``);
        ``一、`` after it is a section."""
        para = self.paragraphs[index]
        if not (
            self.in_list
            and len(text) <= 80
            and not text.endswith("。")
            and _starts_with_marker(self.doc, para)
        ):
            self.in_list = False
            return
        following_marker = _list_line_marker(self.doc, para, self.list_marker)
        if following_marker is None:
            self.in_list = False
        else:
            self.result.excluded.add(index)
            self.list_marker = following_marker

    def _open_part(self, index: int, title: tuple[int, int] | None) -> None:
        self.part += 1
        self.result.part_starts.append(self.paragraphs[index].start)
        self.result.excluded.add(index)
        if title is not None:
            self.result.part_titles[self.part] = title
        self.in_list = self.in_box = False

    def _box(self, index: int, text: str) -> None:
        """A boxed insert (``专栏1``) runs to the next numbered paragraph, past a numbered list of
        its own: items from ``1`` right under its label (``专栏1 …工程`` / ``1.家用电器行业：…`` /
        ``2.家具行业：…``), while they run in sequence."""
        if BOX_LABEL.match(text) and len(text) <= 40:
            self.in_box, self.box_marker = True, None
            self.box_label = index
        elif self.in_box and (marker := match_marker(self.doc.norm, self.paragraphs[index].start)):
            own = self.box_marker
            if (own is None and index == self.box_label + 1 and marker.number == 1) or (
                own is not None and marker.kind is own.kind and marker.number == own.number + 1
            ):
                self.box_marker = marker  # the box's own list
            else:
                self.in_box = False
        if self.in_box:
            self.result.boxed.add(index)
            self.result.excluded.add(index)


_NO_MARKER = MarkerMatch(MarkerKind.NONE, 0, 0, 0)


def _list_head_marker(doc: Document, para: Segment) -> MarkerMatch:
    """The marker right after ``附件：`` on the label line of an attachment list, if any."""
    norm = doc.norm
    label = ATTACHMENT_LIST.search(norm, para.start, para.end)
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
    if previous.kind is MarkerKind.NONE or (
        found.kind == previous.kind and found.number == previous.number + 1
    ):
        return found
    return None


def _notes(doc: Document, paragraphs: list[Segment]) -> set[int]:
    """Numbered notes under a table: ``注：1. …`` and the lines that continue its numbering."""
    out: set[int] = set()
    norm = doc.norm
    kind, number = "", 0
    for index, para in enumerate(paragraphs):
        label = NOTE_LABEL.match(norm, para.start, para.end)
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
        ATTACHMENT_LIST.match(text) or ATTACHMENT_PART.fullmatch(text) or ATTACHMENT_TITLED.fullmatch(text)
    )


def _titled_part(doc: Document, paragraphs: list[Segment], index: int) -> tuple[int, int] | None:
    """Span of the title of a part label ``附件1：标题`` standing alone (not one line of a list)."""
    text = para_text(doc, paragraphs[index])
    m = ATTACHMENT_TITLED.fullmatch(text) if len(text) <= 70 else None
    if m is None or any(ch in m.group("title") for ch in "。；"):
        return None
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(paragraphs) and _is_attachment_line(para_text(doc, paragraphs[neighbour])):
            return None
    start = paragraphs[index].start
    return start + m.start("title"), start + m.end("title")


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


def bare_number(norm: str, pos: int, part: int) -> MarkerMatch | None:
    """A bare number glued to a title (``1企业投资…``), only in attachment parts (flattened tables)."""
    return match_bare_number(norm, pos) if part > 0 else None


def table_row(norm: str, pos: int, part: int) -> MarkerMatch | None:
    """A flattened table's row number mid-paragraph: its title ends at two ideographic spaces."""
    return bare_number(norm, pos, part) if TABLE_ROW.match(norm, pos) is not None else None
