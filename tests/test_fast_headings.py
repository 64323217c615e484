"""Shortcuts of the heading stage agree with what they stand in for (issue 17).

Each cheap first test or whole-text scan of :mod:`policyparse.stages.headings` is checked
against the computation it replaces (written out here as it was), on the dev fixtures, on
heading forms written for the purpose and on generated text. No timing is asserted.
"""

from __future__ import annotations

import heapq
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse.document import Document
from policyparse.grammar import layout as layout_grammar
from policyparse.grammar.layout import (
    ATTACHMENT_LIST,
    ATTACHMENT_PART,
    ATTACHMENT_TITLED,
    ORNAMENT_LINE,
    TOC_LEADER,
    TOC_LINE,
)
from policyparse.grammar.markers import (
    _PATTERNS,
    ALL_CLASSES,
    MARKER_START_CHARS,
    STRUCTURAL,
    TABLE_ROW,
    match_article,
)
from policyparse.stages.headings import articles as article_stage
from policyparse.stages.headings.candidates import Item, _Articles, _candidate_at, candidates
from policyparse.stages.headings.contents import _leader_in_tail
from policyparse.stages.headings.crossheads import _ornament
from policyparse.stages.headings.layout import (
    Layout,
    layout,
    para_text,
    skip_markup,
)

_DEV = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))

#: Heading forms written for these tests: Traditional script, chapters and articles, every
#: marker class, text that lost its line breaks, markdown, tables of contents, attachments.
SAMPLES = (
    "國務院關於加強管理的通知\n一、總體要求\n（一）指導思想。以新時代思想為指導。\n（二）基本原則。堅持穩中求進。\n",
    "某某办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于：\n（一）企业；\n（二）个人。\n"
    "第二章 附则\n第三条 本办法自2020年1月1日起施行。\n第四条 解释权归某局。\n",
    "第一章　总　　则\n第一条 为了规范。第二条 本办法适用于全省。第三条 施行。\n第二章 附则 第四条 本办法由某局解释。\n",
    "一、总体要求\n(一)指导思想\n（二）基本原则\n1.加快推进\n2、完善机制\n①强化保障\n②加强监督\n⑴开展试点\n㈠总则\n"
    "Ⅱ、目标\n1.1 编制目的\n1 总则\n二是加强领导\n",
    "一、总体要求（一）指导思想。以习近平新时代中国特色社会主义思想为指导。（二）基本原则。坚持稳中求进。"
    "二、主要任务1.加快建设。2.完善制度。三、保障措施（一）加强领导。各地要高度重视。",
    "# 关于推进工作的意见\n\n## 一、总体要求\n\n**（一）指导思想。**以新思想为指导。\n\n## 二、主要任务\n\n> 1. 加快建设\n",
    "目　录\n第一章 总则\n第二章 规划\n第一章 总则\n第一条 为规范。\n第二章 规划\n第二条 规划要求。\n",
    "目录\n一、总体要求……………………1\n二、主要任务. . . . . . 12 \n一、总体要求\n内容。\n二、主要任务\n内容。\n",
    "正文内容。\n附件：1.重点任务分工表\n2.名单\n附件1\n重点任务分工表\n"
    "序号重点任务一、加强领导1企业投资项目承诺制改革　　福建厦门开展\n2“多规合一”改革　　浙江开展\n",
    "一、主要任务\n专栏1 重点工程\n1.建设工程\n（一）加强领导\n内容。\n注：1.数据来源统计局\n2.截至年底\n▷\n● 新突破\n",
)


def midline_positions(norm: str, start: int, end: int) -> list[int]:
    """The positions a paragraph's markers may start at, as the stage found them before the
    whole-text scan: a search of the paragraph alone."""
    found = [m.end() for m in layout_grammar.MIDLINE.finditer(norm, start, end) if m.end() < end]
    return found + [m.end() for m in layout_grammar.TABLE_HEADER.finditer(norm, start, end)]


def _texts() -> list[str]:
    return [*SAMPLES, *(path.read_text(encoding="utf-8") for path in _DEV)]


def _candidates_by_every_position(doc: Document, layout: Layout, spans: list[tuple[int, int]]) -> list[Item]:
    """The candidate loop as it was: every midline position tried, each paragraph's own scan."""
    items: list[Item] = []
    articles = _Articles(spans)
    for index, para in enumerate(layout.paragraphs):
        if index in layout.excluded:
            continue
        first = skip_markup(doc.norm, para.start, para.end)
        queue = [first, *midline_positions(doc.norm, para.start, para.end)]
        heapq.heapify(queue)
        seen: set[int] = set()
        glued: set[int] = set()
        while queue:
            pos = heapq.heappop(queue)
            if pos in seen or pos >= para.end:
                continue
            seen.add(pos)
            item = _candidate_at(doc, layout, index, pos, first=pos == first, glued=pos in glued)
            if item is None or (articles.contains(pos) and item.marker.kind not in STRUCTURAL):
                continue
            items.append(item)
            if item.title.next_marker is not None:
                glued.add(item.title.next_marker)
                heapq.heappush(queue, item.title.next_marker)
    return items


def _articles_at_every_position(doc: Document, layout: Layout) -> list[object]:
    """find_articles as it was: a label tried at every paragraph start and after every ``。``."""
    norm = doc.norm
    found: list[object] = []
    for index, para in enumerate(layout.paragraphs):
        if index in layout.excluded:
            continue
        positions = [para.start] + [
            m.end() for m in layout_grammar.ARTICLE_OPENER.finditer(norm, para.start, para.end)
        ]
        for pos in positions:
            article = match_article(norm, pos)
            if article is None:
                continue
            previous = found[-1].number if found else 0  # type: ignore[attr-defined]
            if article.number == previous + 1 or (article.number == 1 and pos == para.start):
                found.append(article)
    return found


def _check_document(text: str) -> None:
    doc = Document.from_text(text)
    shown = layout(doc)
    norm = doc.norm
    # midline positions: the whole-text scan gives each paragraph's own (and any sub-range's)
    for para in doc.paragraphs:
        for start, end in ((para.start, para.end), (para.start + 1, para.end), (para.start, para.end - 1)):
            assert shown.midline_positions(norm, start, end) == midline_positions(norm, start, end)
    # articles: one search finds every label
    assert article_stage.find_articles(doc, shown) == _articles_at_every_position(doc, shown)
    # candidates: skipping positions whose character starts no marker loses none
    spans = article_stage.article_spans(doc, shown, article_stage.find_articles(doc, shown))
    assert candidates(doc, layout(doc), spans) == _candidates_by_every_position(doc, layout(doc), spans)
    for para in doc.paragraphs:
        text_of = para_text(doc, para)
        # the gates of the layout walk
        assert _leader_in_tail(norm, para) or TOC_LEADER.search(norm, para.start, para.end) is None
        assert _ornament(doc, para) == (ORNAMENT_LINE.match(text_of) is not None)
        if not text_of.startswith("附"):
            assert ATTACHMENT_PART.fullmatch(text_of) is None and ATTACHMENT_LIST.match(text_of) is None
            assert ATTACHMENT_TITLED.fullmatch(text_of) is None
        if norm[para.start] not in "目 ":
            assert TOC_LINE.fullmatch(norm[para.start : para.end].replace(" ", "")) is None


def test_shortcuts_agree_on_the_fixtures_and_samples() -> None:
    for text in _texts():
        _check_document(text)


_CHARS = st.one_of(
    st.sampled_from(
        list("一二三四五六七八九十第章节条编部分篇是、．.。：；！？）（()〔〕”’ \t\n　附件目录序号总则…·▷●")
    ),
    st.sampled_from(list("0123456789①②⑴⒈㈠ⅡⅣ加强推进工作年月日")),
    st.characters(min_codepoint=0xE000, max_codepoint=0xE010),
)


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=80))
def test_shortcuts_agree_on_generated_text(text: str) -> None:
    _check_document(text)


#: Each pattern that may find a marker, the characters it is declared to start with, and texts
#: it matches less their first character.
_TAILS = [
    (_PATTERNS[c.kind], c.first_chars, {example[1:] for example, _ in c.examples} | {" 总则"})
    for c in ALL_CLASSES
] + [
    (TABLE_ROW, "0123456789", {"2 |", " |"}),
    (layout_grammar.TABLE_ROW, "0123456789", {"企业投资项目承诺制改革  福建"}),
]


def test_no_marker_starts_at_a_character_outside_its_first_characters() -> None:
    """Every code point of the BMP in front of each class's examples (their first character
    left out): a class matches only at one of its ``first_chars`` (what ``_match_class`` and
    ``match_marker`` test first), so only at a character of :data:`MARKER_START_CHARS`."""
    assert all(set(firsts) <= MARKER_START_CHARS for _, firsts, _ in _TAILS)
    for code in range(0x10000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        for pattern, firsts, tails in _TAILS:
            if char not in firsts:
                for tail in tails:
                    assert pattern.match(char + tail) is None, (hex(code), tail)
