"""HTML page → the text of the document it shows, with the portal's info table as metadata.

The page is parsed with selectolax's lexbor backend (a maintained HTML5 parser; no regular
expressions over markup). Then:

1. **The content block.** Every element is weighed by the visible, non-link text inside it
   (Han characters, letters and digits), not counting scripts, styles, hidden elements and
   page chrome (navigation, menus, footers, share and print widgets, related-article lists,
   marked by class/id names listed in :mod:`policyparse.lexicon.html`). Starting at
   ``<body>``, the walk descends into the child that holds at least 70 % of the page's text,
   as long as there is one; a paragraph-level element (``<p>``, ``<span>`` …) is widened to
   its parent. On a fragment made only of paragraphs the block is the whole fragment.
2. **The info table.** Label/value pairs printed before the content block (索引号, 主题分类,
   发文机关, 成文日期, 标题, 发文字号, 发布日期, 来源 …, see
   :data:`~policyparse.lexicon.html.INFO_LABELS`) go to ``SourceInfo.page_metadata`` under
   one key per field; an info table inside the content block is moved there too. They are
   not part of the text: they describe the page, not the document.
3. **The headline.** A page that prints the document's title outside the content block (an
   ``<h1>`` above the text, else the info table's 标题) gets that title as the first line of
   the text, unless the text already begins with it.
4. **The text.** Block elements and ``<br>`` become line breaks, runs of spaces collapse as
   a browser collapses them, a table row becomes one line with its cells joined by `` | ``,
   the items of an ``<ol>`` get the numbers a browser shows, empty paragraphs leave at most
   one blank line, and chrome lines inside the block (打印本页, 关闭窗口,
   扫一扫在手机打开当前页 …) are dropped.

The page's URL comes from ``<link rel=canonical>``, ``og:url`` or a ``Url`` meta tag. A page
whose ``<body>`` shows no text gives diagnostic W004 and the text of its ``<title>``.

Step 1 is :mod:`~policyparse.io.html.weighing`, steps 2 and 3 :mod:`~policyparse.io.html.info`,
step 4 :mod:`~policyparse.io.html.serializer`; :mod:`~policyparse.io.html.nodes` answers what
they ask of one element. The patterns are in :mod:`policyparse.grammar.html`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from policyparse.diagnostics import Diagnostics
from policyparse.grammar.html import OL_RESET, PAGE_DATELINE, TAG, TAG_PREFIX
from policyparse.io.html.info import headline, info_pairs, info_tables, meta_content, page_title, page_url
from policyparse.io.html.nodes import fold
from policyparse.io.html.serializer import Serializer, TextTooLong, clean_lines
from policyparse.io.html.weighing import content_block, weigh
from policyparse.lexicon.html import DATE_META, MAX_BLOCK_DEPTH, NESTING_BLOCKS
from policyparse.lexicon.news import KICKER_VERBS

__all__ = ["Page", "TextTooLong", "html_to_text", "info_pairs"]

#: How much of the text's start is searched for the headline before it is put on top.
HEADLINE_SEARCH_CHARS = 600


@dataclass
class Page:
    """Text extracted from an HTML page, with what the page says about itself.

    Attributes:
        text: The document's text (see the module docstring for the rules).
        url: The page's canonical URL, if it names one.
        metadata: Info-table fields by key (:data:`~policyparse.lexicon.html.INFO_LABELS`),
            plus ``网页标题`` (the ``<title>``).
        headline: The title line put above the text because the block did not begin with it.
    """

    text: str
    url: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    headline: str | None = None


def _defuse_deep_nesting(html: str) -> str:
    """Flatten block elements nested absurdly deep (hostile input): each start tag becomes a ``<br>``.

    The HTML5 tree builder spends time proportional to the depth on every block start tag,
    so 100,000 nested ``<div>`` would take minutes; real pages nest a few dozen levels.
    """
    depth = deepest = 0
    for match in TAG.finditer(html):
        if match.group(2).lower() not in NESTING_BLOCKS:
            continue
        depth = max(depth - 1, 0) if match.group(1) else depth + 1
        deepest = max(deepest, depth)
        if deepest > MAX_BLOCK_DEPTH:
            break
    if deepest <= MAX_BLOCK_DEPTH:
        return html
    return str(TAG.sub(lambda m: _flat(m) if m.group(2).lower() in NESTING_BLOCKS else m.group(0), html))


def _flat(match: regex.Match[str]) -> str:
    return "" if match.group(1) else "<br>"


def html_to_text(html: str, *, diagnostics: Diagnostics | None = None, max_chars: int | None = None) -> Page:
    """The document an HTML page shows: its text, URL, headline and info-table fields.

    With ``max_chars``, :class:`TextTooLong` is raised as soon as the extracted text grows past
    it (the same bound ``parse`` puts on text).

    >>> page = html_to_text(
    ...     "<table><tr><td>发文字号：</td><td>国发〔2017〕35号</td></tr></table>"
    ...     "<div><p>国务院关于印发新一代人工智能发展规划的通知</p><p>各省、自治区、直辖市人民政府：</p>"
    ...     "<p>现将《新一代人工智能发展规划》印发给你们，请认真贯彻执行。</p></div>"
    ... )
    >>> page.text.splitlines()[0]
    '国务院关于印发新一代人工智能发展规划的通知'
    >>> page.metadata
    {'发文字号': '国发〔2017〕35号'}
    """
    diagnostics = diagnostics if diagnostics is not None else Diagnostics()
    tree = LexborHTMLParser(_defuse_deep_nesting(html))
    try:
        page = _extract(tree, diagnostics, max_chars)
    except TextTooLong:
        raise
    except Exception:  # never fail on content: keep the page's plain text
        diagnostics.add("W004")
        text = tree.body.text(separator="\n") if tree.body is not None else ""
        page = Page(text=clean_lines(text.split("\n")))
    if max_chars is not None and len(page.text) > max_chars:
        raise TextTooLong(max_chars)
    return page


def _extract(tree: LexborHTMLParser, diagnostics: Diagnostics, max_chars: int | None = None) -> Page:
    title = page_title(tree)
    url = page_url(tree)
    body = tree.body
    tables = info_tables(body) if body is not None else {}
    weights, kept_chrome = weigh(body, set(tables)) if body is not None else ({}, set())
    if body is None or weights.get(body.mem_id, 0) == 0:
        diagnostics.add("W004")
        return _without_text(body, url, title)

    block = content_block(body, weights)
    metadata = _info_before(body, block, tables)
    number_lists = not any(OL_RESET.search(style.text(deep=True)) for style in tree.css("style"))
    serializer = Serializer(
        skip_ids=set(tables), kept_chrome=kept_chrome, number_lists=number_lists, max_chars=max_chars
    )
    text, shown = _headed(
        clean_lines(serializer.lines(block)), headline(tree, block, title) or metadata.get("标题")
    )
    if "发布日期" not in metadata and (published := meta_content(tree, DATE_META)):
        metadata["发布日期"] = published
    if title:
        metadata["网页标题"] = title
    return Page(text=text, url=url, metadata=metadata, headline=shown)


def _without_text(body: LexborNode | None, url: str | None, title: str | None) -> Page:
    """The page of a ``<body>`` that shows no text: whatever lines it has, else the ``<title>``."""
    fallback = clean_lines(Serializer().lines(body)) if body is not None else ""
    text = fallback or (title or "")
    return Page(text=text, url=url, metadata={"网页标题": title} if title else {}, headline=None)


def _info_before(body: LexborNode, block: LexborNode, tables: dict[int, dict[str, str]]) -> dict[str, str]:
    """Info tables anywhere, then labelled lines before the block (an article's date/来源 line)."""
    metadata: dict[str, str] = {}
    for pairs in tables.values():
        for key, value in pairs.items():
            metadata.setdefault(key, value)
    if block.mem_id != body.mem_id:
        before = Serializer(info_mode=True, stop_at=block.mem_id, skip_ids=set(tables)).lines(body)
        for key, value in info_pairs(before).items():
            metadata.setdefault(key, value)
        if "发布日期" not in metadata:  # an unlabelled dateline: the site's name and the date
            dated = next((m for line in before if (m := PAGE_DATELINE.match(line.strip())) is not None), None)
            if dated is not None:
                metadata["发布日期"] = dated.group("date")
    return metadata


def _headed(text: str, title: str | None) -> tuple[str, str | None]:
    """The text with ``title`` put on top unless its start already holds it, and the title put."""
    if title and not _holds_title(text, fold(TAG_PREFIX.sub("", title))):
        return (f"{title}\n{text}" if text else title), title
    return text, None


def _holds_title(text: str, folded: str) -> bool:
    """Whether the start of ``text`` prints the title on a title line of its own (perhaps wrapped
    onto up to three lines, perhaps inside a longer title: ``关于印发…实施办法的通知``); a lead
    that quotes it in a sentence (``《经济参考报》刊发文章《国产大模型…》。``) does not."""
    if not folded or folded not in fold(text[:HEADLINE_SEARCH_CHARS]):
        return False
    lines = [line for line in text[:HEADLINE_SEARCH_CHARS].split("\n") if fold(line)]
    for index in range(len(lines)):
        if fold(lines[index]).removeprefix(folded) in KICKER_VERBS:
            continue  # a 引题 that names the page's title as its occasion (…座谈会强调)
        if fold("".join(lines[index : index + 3])).startswith(folded):
            return True
        if folded in fold(lines[index]) and not any(mark in lines[index] for mark in "。！？"):
            return True
    return False
