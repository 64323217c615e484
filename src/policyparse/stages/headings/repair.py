"""Title repairs: titles split by wide spacing, broken inside ``《…》``, or glued in flattened tables.

Positions are normalised indices.
"""

from __future__ import annotations

import bisect

from policyparse.document import Document
from policyparse.grammar.layout import GLUED_NUMBER
from policyparse.grammar.markers import match_marker
from policyparse.lexicon import markers as lex
from policyparse.stages.headings.layout import Layout, para_text
from policyparse.stages.headings.titles import TitleForm, TitleRead


def join_spaced_title(doc: Document, layout: Layout, index: int, title: TitleRead) -> TitleRead:
    """Join a title split by wide spacing (``第一章　总　　则``) or put on the next line (``第一章``)."""
    norm = doc.norm
    if title.form is TitleForm.LINE and norm.count("《", title.start, title.end) > norm.count(
        "》", title.start, title.end
    ):
        return _join_unclosed(doc, layout, index, title)
    if title.form not in (TitleForm.LINE, TitleForm.EMPTY) or title.length > 4:
        return title
    last = _last_on_line(doc, layout, index)
    if last > index:
        return _join_spaced(doc, layout, index, last, title)
    if title.form is TitleForm.EMPTY and index + 1 < len(layout.paragraphs):
        return _title_on_next_line(doc, layout, index, title)
    return title


def _last_on_line(doc: Document, layout: Layout, index: int) -> int:
    """The last paragraph on the line of paragraph ``index`` (wide spacing splits a line); a
    lost break of a run-on text (a joint) ends a line too."""
    paragraphs = layout.paragraphs
    line_end = doc.norm.find("\n", paragraphs[index].end)
    line_end = len(doc.norm) if line_end < 0 else line_end
    joints = doc.joints
    at = bisect.bisect_right(joints, paragraphs[index].start)
    if at < len(joints):
        line_end = min(line_end, joints[at])
    last = index
    while last + 1 < len(paragraphs) and paragraphs[last + 1].start < line_end:
        last += 1
    return last


def _join_spaced(doc: Document, layout: Layout, index: int, last: int, title: TitleRead) -> TitleRead:
    """The pieces of a letter-spaced title line joined, when they make a title (no sentence stops)."""
    paragraphs = layout.paragraphs
    joined = doc.norm[paragraphs[index + 1].start : paragraphs[last].end]
    if len(joined) + title.length > lex.LINE_TITLE_MAX or any(ch in joined for ch in "。；：！？"):
        return title
    layout.excluded.update(range(index + 1, last + 1))
    start = title.start if title.form is TitleForm.LINE else paragraphs[index + 1].start
    return TitleRead(TitleForm.LINE, start, paragraphs[last].end)


def _title_on_next_line(doc: Document, layout: Layout, index: int, title: TitleRead) -> TitleRead:
    """A marker alone on its line (``第一章``) whose title is the next, short line."""
    following = layout.paragraphs[index + 1]
    text = para_text(doc, following)
    if (
        len(text) > lex.CROSSHEAD_MAX
        or any(ch in text for ch in "。，；：！？")
        or match_marker(doc.norm, following.start)
    ):
        return title
    layout.excluded.add(index + 1)
    return TitleRead(TitleForm.LINE, following.start, following.end)


def split_bare_number(norm: str, title: TitleRead) -> TitleRead:
    """In a flattened table, a category title runs into its first numbered row: split it there."""
    m = GLUED_NUMBER.search(norm, title.start, title.end)
    if m is None or m.start() - title.start < 2:
        return title
    return TitleRead(TitleForm.GLUED, title.start, m.start(), next_marker=m.start())


def _join_unclosed(doc: Document, layout: Layout, index: int, title: TitleRead) -> TitleRead:
    """Join a title line broken inside ``《…》`` (a linked title in a web page) with its continuation."""
    norm = doc.norm
    depth = norm.count("《", title.start, title.end) - norm.count("》", title.start, title.end)
    last = index
    while depth > 0 and last + 1 < len(layout.paragraphs) and last < index + 3:
        last += 1
        text = para_text(doc, layout.paragraphs[last])
        depth += text.count("《") - text.count("》")
    end = layout.paragraphs[last].end
    if (
        depth > 0
        or end - title.start > lex.LINE_TITLE_MAX
        or any(ch in norm[title.start : end] for ch in "。；")
    ):
        return title
    layout.excluded.update(range(index + 1, last + 1))
    return TitleRead(TitleForm.LINE, title.start, end)
