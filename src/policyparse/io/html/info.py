"""What a page says about the document besides its text: the info table's label/value pairs,
the URL, the ``<title>``, meta tags, and the headline printed above the content block."""

from __future__ import annotations

import itertools

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policyparse.grammar.html import BREADCRUMB, INFO_PAIR, LABEL_LEAD, TITLE_SEPARATOR, WIDGET_TAIL
from policyparse.io.html.nodes import children, class_names, fold, skipped, text_of
from policyparse.io.html.serializer import MAX_TABLE_DEPTH, Serializer
from policyparse.lexicon.html import (
    ARTICLE_TITLE_META,
    GENERIC_PAGE_TITLES,
    HEADLINE_CLASS_SUBSTRINGS,
    HEADLINE_TAGS,
    INFO_LABELS,
    TITLE_META,
    URL_META,
)

#: An info table inside the content block needs this many distinct labels.
INFO_TABLE_MIN_LABELS = 3
#: ... and at most this much text.
INFO_TABLE_MAX_CHARS = 1500
#: Headlines longer than this are paragraphs, not titles.
HEADLINE_MAX_CHARS = 150
#: Values that mean "no value" in an info table.
_EMPTY_VALUES = frozenset({"-", "无", "—"})


def info_pairs(lines: list[str]) -> dict[str, str]:
    """Label/value pairs of an info table given as lines (cells separated by tabs).

    >>> info_pairs(["索 引 号：\\t000014349/2018-00204\\t主题分类：\\t综合政务"])
    {'索引号': '000014349/2018-00204', '主题分类': '综合政务'}
    >>> info_pairs(["发表时间：2026-04-29 09:22:29 信息来源：南方+"])
    {'发布日期': '2026-04-29 09:22:29', '来源': '南方+'}

    A label in a cell of its own, without a colon, labels the next cell:

    >>> info_pairs(["索引号\\t113325000026455663/2023-43887\\t文号\\t丽政发〔2023〕30号"])
    {'索引号': '113325000026455663/2023-43887', '发文字号': '丽政发〔2023〕30号'}
    """
    pairs: dict[str, str] = {}
    for line in lines:
        found = [
            (match.group("label"), match.group("value")) for match in INFO_PAIR.finditer(line)
        ] or _cell_pairs(line)
        for label, value in found:
            key = INFO_LABELS.get(fold(label))
            value = WIDGET_TAIL.sub("", value.strip(" \t\u3000\u00a0")).strip(" \t\u3000\u00a0")
            if key is None or not value or value in _EMPTY_VALUES or key in pairs:
                continue
            pairs[key] = value
    return pairs


def _cell_pairs(line: str) -> list[tuple[str, str]]:
    """Label and value cells of a table row whose labels stand in cells of their own
    (``索引号 | 1133… | 文号 | 丽政发〔2023〕30号``); a cell that is a label again (a header row:
    ``文号 | 标题``) is no value."""
    cells = [cell.strip(" \u3000\u00a0") for cell in line.split("\t")]
    out: list[tuple[str, str]] = []
    for label, value in itertools.pairwise(cells):
        if fold(label) in INFO_LABELS and value and fold(value) not in INFO_LABELS:
            out.append((label, value))
    return out


def _table_sizes(root: LexborNode) -> dict[int, int]:
    """Text length of every ``<table>`` without tables inside (layout tables are left out)."""
    sizes: dict[int, int] = {}
    lengths: dict[int, int] = {}
    nests: dict[int, bool] = {}
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, visited = stack.pop()
        if node.tag == "-text":
            lengths[node.mem_id] = len(text_of(node))
            continue
        if not visited:
            stack.append((node, True))
            stack.extend((child, False) for child in children(node))
            continue
        length = 0
        nested = False
        for child in children(node):
            length += lengths.get(child.mem_id, 0)
            nested = nested or nests.get(child.mem_id, False) or child.tag == "table"
        lengths[node.mem_id] = length
        nests[node.mem_id] = nested
        if node.tag == "table" and not nested:
            sizes[node.mem_id] = length
    return sizes


def info_tables(body: LexborNode) -> dict[int, dict[str, str]]:
    """Tables that are a portal's info table (several labels, little text), with their pairs."""
    found: dict[int, dict[str, str]] = {}
    sizes = _table_sizes(body)
    for table in body.css("table"):
        if sizes.get(table.mem_id, INFO_TABLE_MAX_CHARS * 4) > 2 * INFO_TABLE_MAX_CHARS:
            continue  # long, or a layout table around other tables
        lines = Serializer(info_mode=True).lines(table, depth=MAX_TABLE_DEPTH - 1)
        if sum(map(len, lines)) > INFO_TABLE_MAX_CHARS:
            continue
        pairs = info_pairs(lines)
        if len(pairs) >= INFO_TABLE_MIN_LABELS:
            found[table.mem_id] = pairs
    return found


def meta_content(tree: LexborHTMLParser, names: tuple[str, ...]) -> str | None:
    """The content of the first ``<meta>`` named (or with a property) in ``names``."""
    for meta in tree.css("meta"):
        attributes = meta.attributes
        name = attributes.get("name") or attributes.get("property") or ""
        if name in names and (content := (attributes.get("content") or "").strip()):
            return content
    return None


def page_url(tree: LexborHTMLParser) -> str | None:
    """The page's URL: ``<link rel=canonical>``, else the meta tags of :data:`URL_META`."""
    for link in tree.css("link"):
        attributes = link.attributes
        rel = (attributes.get("rel") or "").lower()
        href = (attributes.get("href") or "").strip()
        if "canonical" in rel.split() and href.startswith(("http://", "https://")):
            return href
    for key, value in URL_META:
        for meta in tree.css("meta"):
            attributes = meta.attributes
            content = (attributes.get("content") or "").strip()
            if attributes.get(key) == value and content.startswith(("http://", "https://")):
                return content
    return None


def page_title(tree: LexborHTMLParser) -> str | None:
    """The text of ``<title>``, on one line."""
    node = tree.css_first("title")
    if node is None:
        return None
    title = " ".join(node.text().split())
    return title or None


def headline(tree: LexborHTMLParser, block: LexborNode, title: str | None) -> str | None:
    """The document's title as the page prints it above (or at the top of) the content.

    A printed heading is taken when it matches the title the page names (its title meta, or a
    part of its ``<title>``: ``标题_栏目_站点``); with no match, a government portal's
    ``ArticleTitle`` meta; a page that names no title takes its first printed heading.
    """
    meta_title = meta_content(tree, TITLE_META)
    named = [found for found in (meta_title, *_title_parts(title)) if found]
    references = [fold(found) for found in named]
    candidates = _headline_candidates(tree, block)
    for text in candidates:
        folded = fold(text)
        for reference, original in zip(references, named, strict=True):
            if folded and folded in reference:
                return text
            if folded and reference in folded:
                # a title box that also holds the article's info (``…座谈会 来源：新华社 作者：``):
                # the title is the part the page names
                rest = folded[folded.index(reference) + len(reference) :]
                return original if LABEL_LEAD.match(rest) else text
    if references:  # the page names its title and no printed heading matches it
        return meta_content(tree, ARTICLE_TITLE_META)
    return candidates[0] if candidates else None


def _title_parts(title: str | None) -> list[str]:
    """The parts of a ``<title>`` that may be the article's title (4 characters or more)."""
    if not title or title in GENERIC_PAGE_TITLES:
        return []
    parts = TITLE_SEPARATOR.split(title)
    return [part for part in parts if len(part) >= 4] if len(parts) > 1 else [title]


def _headline_candidates(tree: LexborHTMLParser, block: LexborNode) -> list[str]:
    """Headings and title-named elements up to the end of ``block``, in document order."""
    order: dict[int, int] = {}
    for index, element in enumerate(tree.root.traverse(include_text=False) if tree.root is not None else ()):
        order[element.mem_id] = index
    end_of_block = max((order.get(node.mem_id, 0) for node in block.traverse(include_text=False)), default=0)
    candidates: list[str] = []
    for node in tree.css("h1, h2, h3, [class], [id]"):
        position = order.get(node.mem_id)
        if position is None or position > end_of_block or skipped(node):
            continue
        tag = node.tag or ""
        names = class_names(node).lower()
        if tag not in HEADLINE_TAGS and not any(marker in names for marker in HEADLINE_CLASS_SUBSTRINGS):
            continue
        text = " ".join(node.text().split())
        if not 4 <= len(text) <= HEADLINE_MAX_CHARS or BREADCRUMB.search(text):
            continue
        candidates.append(text)
    return candidates
