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
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from policyparse.diagnostics import Diagnostics
from policyparse.lexicon.html import (
    BLOCK_TAGS,
    BREADCRUMB,
    CHROME_CLASS_SUBSTRINGS,
    CHROME_CLASS_TOKENS,
    CHROME_LINE,
    CHROME_LINE_MAX,
    CHROME_TAGS,
    CONTENT_CLASS_SUBSTRINGS,
    DATE_META,
    HEADLINE_CLASS_SUBSTRINGS,
    HEADLINE_TAGS,
    INFO_LABELS,
    INFO_PAIR,
    INLINE_OR_PARAGRAPH_TAGS,
    MAX_BLOCK_DEPTH,
    NESTING_BLOCKS,
    SKIP_TAGS,
    TAG,
    TITLE_META,
    URL_META,
)

#: Share of the page's text a child must hold for the walk to descend into it.
CONTENT_SHARE = 0.7
#: An info table inside the content block needs this many distinct labels.
INFO_TABLE_MIN_LABELS = 3
#: ... and at most this much text.
INFO_TABLE_MAX_CHARS = 1500
#: Headlines longer than this are paragraphs, not titles.
HEADLINE_MAX_CHARS = 150
#: Nested tables deeper than this are read as plain blocks.
MAX_TABLE_DEPTH = 8

_WEIGHED = regex.compile(r"[\p{Han}\p{L}\p{N}]")
_COLLAPSE = regex.compile(r"[ \t\n\r\f]++")
# Only display:none hides for good; visibility:hidden is how pages wait for their scripts.
_HIDDEN = regex.compile(r"display\s{0,3}+:\s{0,3}+none", regex.IGNORECASE)
_CLASS_SPLIT = regex.compile(r"[\s_\-]++")
_FOLD = regex.compile(r"[\s\u3000\u00a0]++")
_BLANK_RUN = regex.compile(r"\n{3,}+")
# A portal's tag before a reposted title: （转载）, 【转发】.
# A style sheet that hides the numbers of ordered lists: ol { list-style: none }.
_OL_RESET = regex.compile(
    r"\bol\b[^{}]{0,200}+\{[^{}]{0,500}?list-style(?:-type)?\s{0,3}+:\s{0,3}+none", regex.IGNORECASE
)
_TAG_PREFIX = regex.compile(r"^[（(【\[][^）)】\]]{1,6}+[）)】\]]")


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


# ------------------------------------------------------------------ node helpers


def _children(node: LexborNode) -> Iterator[LexborNode]:
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _is_hidden(node: LexborNode) -> bool:
    if node.tag in {"body", "html"}:
        return False
    attributes = node.attributes
    if "hidden" in attributes:
        return True
    style = attributes.get("style") or ""
    return _HIDDEN.search(style) is not None


def _is_chrome(node: LexborNode) -> bool:
    """Navigation, footers, share/print widgets … by tag or by class/id name.

    An element whose name says it holds the text (``article-content``, ``zoom``) is never
    chrome, whatever other class it also carries.
    """
    if node.tag in CHROME_TAGS:
        return True
    attributes = node.attributes
    names = " ".join(value for key in ("class", "id") if (value := attributes.get(key)))
    if not names:
        return False
    lowered = names.lower()
    if any(marker in lowered for marker in CONTENT_CLASS_SUBSTRINGS):
        return False  # named as the text's container: never chrome, whatever else it is called
    if any(marker in lowered for marker in CHROME_CLASS_SUBSTRINGS):
        return True
    return any(token in CHROME_CLASS_TOKENS for token in _CLASS_SPLIT.split(lowered))


def _skipped(node: LexborNode) -> bool:
    tag = node.tag
    return (
        tag is None or tag in SKIP_TAGS or tag == "-comment" or (not tag.startswith("-") and _is_hidden(node))
    )


def _text_of(node: LexborNode) -> str:
    return node.text_content or ""


# ------------------------------------------------------------------ weighing


def _weights(root: LexborNode, excluded: set[int]) -> tuple[dict[int, int], set[int]]:
    """Visible non-link text per element (by ``mem_id``); chrome, hidden parts and the
    elements in ``excluded`` (info tables) count 0.

    An element that looks like chrome by its class name but holds half of the page's text is
    not chrome (a wrapper named ``header-main`` around everything): the second value lists
    those, and their text counts.
    """
    weights: dict[int, int] = {}
    raw: dict[int, int] = {}  # the same, chrome included
    inner: dict[int, int] = {}  # a chrome element's weight had it not been chrome
    chrome: list[LexborNode] = []
    # Iterative post-order walk: (node, inside_link, visited).
    stack: list[tuple[LexborNode, bool, bool]] = [(root, False, False)]
    while stack:
        node, in_link, visited = stack.pop()
        key = node.mem_id
        if visited:
            weight = raw_weight = 0
            for child in _children(node):
                weight += weights.get(child.mem_id, 0)
                raw_weight += raw.get(child.mem_id, 0)
            raw[key] = raw_weight
            if node is not root and _is_chrome(node):
                inner[key] = weight
                weights[key] = 0
                chrome.append(node)
            else:
                weights[key] = weight
            continue
        tag = node.tag
        if tag == "-text":
            weights[key] = raw[key] = 0 if in_link else len(_WEIGHED.findall(_text_of(node)))
            continue
        if _skipped(node) or key in excluded:
            weights[key] = raw[key] = 0
            continue
        stack.append((node, in_link, True))
        link = in_link or tag == "a"
        for child in _children(node):
            stack.append((child, link, False))
    kept: set[int] = set()
    half = 0.5 * raw.get(root.mem_id, 0)
    for node in reversed(chrome):  # outermost first
        if raw[node.mem_id] < half or half == 0:
            continue
        kept.add(node.mem_id)
        delta = inner[node.mem_id] - weights[node.mem_id]
        current: LexborNode | None = node
        while current is not None and delta:
            key = current.mem_id
            if key not in weights:
                break
            weights[key] += delta
            if key == root.mem_id or (key != node.mem_id and _is_chrome(current) and key not in kept):
                break
            current = current.parent
    return weights, kept


def _content_block(body: LexborNode, weights: dict[int, int]) -> LexborNode:
    """The element holding the document: descend while one child holds most of the text."""
    total = weights.get(body.mem_id, 0)
    node = body
    while True:
        ranked = sorted(
            (child for child in _children(node) if not child.tag or not child.tag.startswith("-")),
            key=lambda child: weights.get(child.mem_id, 0),
            reverse=True,
        )
        if not ranked:
            break
        best = ranked[0]
        best_weight = weights.get(best.mem_id, 0)
        if best_weight >= CONTENT_SHARE * total and best_weight > 0:
            node = best
            continue
        # The same content printed twice (a desktop and a mobile copy): take the first.
        if len(ranked) > 1 and best_weight >= 0.3 * total:
            second = ranked[1]
            if weights.get(second.mem_id, 0) == best_weight and _fold(second.text()) == _fold(best.text()):
                node = next(
                    child for child in _children(node) if child.mem_id in {best.mem_id, second.mem_id}
                )
                continue
        break
    while node.tag in INLINE_OR_PARAGRAPH_TAGS and node.parent is not None and node.parent.tag != "html":
        node = node.parent
    return _named_content(node, weights)


def _named_content(block: LexborNode, weights: dict[int, int]) -> LexborNode:
    """Inside ``block``, the element a portal names as the text's container, if it holds half."""
    total = weights.get(block.mem_id, 0)
    for node in block.traverse(include_text=False):
        if node.mem_id == block.mem_id or weights.get(node.mem_id, 0) < 0.5 * total:
            continue
        names = " ".join(value for key in ("class", "id") if (value := node.attributes.get(key))).lower()
        if names and any(marker in names for marker in CONTENT_CLASS_SUBSTRINGS):
            return node
    return block


def _fold(text: str) -> str:
    return str(_FOLD.sub("", text))


# ------------------------------------------------------------------ serialising


class TextTooLong(ValueError):
    """The page's text is longer than the ``max_chars`` it was extracted with."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the page's text exceeds the limit of {limit} characters (--max-chars)")


class _Lines:
    """Builds lines the way a browser lays text out: blocks break lines, spaces collapse.

    With a ``limit``, :class:`TextTooLong` is raised as soon as the pieces add up to twice it
    (spaces that the line clean-up strips still count here), so memory stays bounded however
    much a page expands (list numbers, cell separators); the exact check on the finished text
    is made by :func:`html_to_text`.
    """

    def __init__(self, limit: int | None = None) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.limit = limit
        self.size = 0

    def add(self, text: str) -> None:
        if text:
            self.current.append(text)
            self.size += len(text)
            if self.limit is not None and self.size > 2 * self.limit:
                raise TextTooLong(self.limit)

    def soft_break(self) -> None:
        """End the line if it holds anything (a block boundary)."""
        if "".join(self.current).strip(" "):
            self.hard_break()

    def hard_break(self) -> None:
        """End the line, even an empty one (``<br>``)."""
        self.lines.append("".join(self.current))
        self.current = []

    def finish(self) -> list[str]:
        """All lines, the last one included."""
        if self.current:
            self.hard_break()
        return self.lines


@dataclass
class _Serializer:
    """Walks a subtree and writes its visible text as lines."""

    info_mode: bool = False
    skip_ids: set[int] = field(default_factory=set)
    kept_chrome: set[int] = field(default_factory=set)
    number_lists: bool = True
    item_numbers: dict[int, str] = field(default_factory=dict)
    stop_at: int | None = None
    stopped: bool = False
    max_chars: int | None = None

    def lines(self, root: LexborNode, depth: int = 0) -> list[str]:
        out = _Lines(self.max_chars)
        self._walk(root, out, depth)
        return out.finish()

    def _walk(self, root: LexborNode, out: _Lines, depth: int) -> None:
        # Iterative walk; ("end", node) entries close block elements.
        stack: list[tuple[LexborNode, bool]] = [(root, False)]
        while stack and not self.stopped:
            node, closing = stack.pop()
            tag = node.tag or ""
            if closing:
                if tag in BLOCK_TAGS or tag in {"td", "th"}:
                    out.soft_break()
                continue
            if self.stop_at is not None and node.mem_id == self.stop_at:
                self.stopped = True
                break
            if tag == "-text":
                out.add(_COLLAPSE.sub(" ", _text_of(node)))
                continue
            if _skipped(node) or node.mem_id in self.skip_ids:
                continue
            if (
                node is not root
                and not self.info_mode
                and node.mem_id not in self.kept_chrome
                and _is_chrome(node)
            ):
                continue
            if tag == "br":
                out.hard_break()
                continue
            if tag == "pre":
                out.soft_break()
                for line in node.text(deep=True).replace("\r\n", "\n").split("\n"):
                    out.add(line)
                    out.hard_break()
                continue
            if tag == "tr" and depth < MAX_TABLE_DEPTH:
                out.soft_break()
                self._row(node, out, depth)
                out.soft_break()
                continue
            if tag in BLOCK_TAGS or tag in {"td", "th"}:
                out.soft_break()
            if tag == "ol" and self.number_lists:
                self._number_items(node)
            elif tag == "li" and node.mem_id in self.item_numbers:
                out.add(self.item_numbers.pop(node.mem_id))
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(_children(node))))

    def _number_items(self, listing: LexborNode) -> None:
        """The numbers a browser shows before the items of an ``<ol>`` (``1.``, ``a.``, ``i.``)."""
        attributes = listing.attributes
        style = (attributes.get("style") or "").replace(" ", "").lower()
        if "list-style:none" in style or "list-style-type:none" in style:
            return
        kind = attributes.get("type") or "1"
        try:
            number = int(attributes.get("start") or 1)
        except ValueError:
            number = 1
        for item in _children(listing):
            if item.tag != "li":
                continue
            value = item.attributes.get("value")
            if value is not None and value.strip().lstrip("-").isdigit():
                number = int(value)
            self.item_numbers[item.mem_id] = _ordinal(number, kind) + "."
            number += 1

    def _row(self, row: LexborNode, out: _Lines, depth: int) -> None:
        cells: list[list[str]] = []
        for cell in _children(row):
            if cell.tag not in {"td", "th"} or _skipped(cell) or cell.mem_id in self.skip_ids:
                continue
            if self.stop_at is not None and _contains(cell, self.stop_at):
                # The stop node is inside this cell: walk it normally to stop there.
                self._walk(cell, out, depth + 1)
                return
            lines = [line.strip() for line in self.lines(cell, depth + 1)]
            cells.append([line for line in lines if line])
        if all(len(lines) <= 1 for lines in cells):
            joiner = "\t" if self.info_mode else " | "
            out.add(joiner.join(lines[0] for lines in cells if lines))
            out.soft_break()
            return
        for lines in cells:
            for line in lines:
                out.add(line)
                out.hard_break()


def _ordinal(number: int, kind: str) -> str:
    if kind in {"a", "A"} and number > 0:
        letters = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letters.upper() if kind == "A" else letters
    if kind in {"i", "I"} and 0 < number < 4000:
        from policyparse.io.docx import format_number

        roman = format_number(number, "upperRoman")
        return roman if kind == "I" else roman.lower()
    return str(number)


def _contains(node: LexborNode, mem_id: int) -> bool:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.mem_id == mem_id:
            return True
        stack.extend(_children(current))
    return False


def _clean_lines(lines: list[str]) -> str:
    kept: list[str] = []
    for line in lines:
        line = line.strip()
        if line and len(line) <= CHROME_LINE_MAX and CHROME_LINE.match(line):
            continue
        kept.append(line)
    return str(_BLANK_RUN.sub("\n\n", "\n".join(kept))).strip("\n")


# ------------------------------------------------------------------ metadata


def info_pairs(lines: list[str]) -> dict[str, str]:
    """Label/value pairs of an info table given as lines (cells separated by tabs).

    >>> info_pairs(["索 引 号：\\t000014349/2018-00204\\t主题分类：\\t综合政务"])
    {'索引号': '000014349/2018-00204', '主题分类': '综合政务'}
    >>> info_pairs(["发表时间：2026-04-29 09:22:29 信息来源：南方+"])
    {'发布日期': '2026-04-29 09:22:29', '来源': '南方+'}
    """
    pairs: dict[str, str] = {}
    for line in lines:
        for match in INFO_PAIR.finditer(line):
            label = _fold(match.group("label"))
            key = INFO_LABELS.get(label)
            value = match.group("value").strip(" \t\u3000\u00a0")
            if key is None or not value or value in {"-", "无", "—"} or key in pairs:
                continue
            pairs[key] = value
    return pairs


def _table_sizes(root: LexborNode) -> dict[int, int]:
    """Text length of every ``<table>`` without tables inside (layout tables are left out)."""
    sizes: dict[int, int] = {}
    lengths: dict[int, int] = {}
    nests: dict[int, bool] = {}
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, visited = stack.pop()
        if node.tag == "-text":
            lengths[node.mem_id] = len(_text_of(node))
            continue
        if not visited:
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node))
            continue
        length = 0
        nested = False
        for child in _children(node):
            length += lengths.get(child.mem_id, 0)
            nested = nested or nests.get(child.mem_id, False) or child.tag == "table"
        lengths[node.mem_id] = length
        nests[node.mem_id] = nested
        if node.tag == "table" and not nested:
            sizes[node.mem_id] = length
    return sizes


def _info_tables(body: LexborNode) -> dict[int, dict[str, str]]:
    """Tables that are a portal's info table (several labels, little text), with their pairs."""
    found: dict[int, dict[str, str]] = {}
    sizes = _table_sizes(body)
    for table in body.css("table"):
        if sizes.get(table.mem_id, INFO_TABLE_MAX_CHARS * 4) > 2 * INFO_TABLE_MAX_CHARS:
            continue  # long, or a layout table around other tables
        lines = _Serializer(info_mode=True).lines(table, depth=MAX_TABLE_DEPTH - 1)
        if sum(map(len, lines)) > INFO_TABLE_MAX_CHARS:
            continue
        pairs = info_pairs(lines)
        if len(pairs) >= INFO_TABLE_MIN_LABELS:
            found[table.mem_id] = pairs
    return found


def _meta(tree: LexborHTMLParser, names: tuple[str, ...]) -> str | None:
    for meta in tree.css("meta"):
        attributes = meta.attributes
        name = attributes.get("name") or attributes.get("property") or ""
        if name in names and (content := (attributes.get("content") or "").strip()):
            return content
    return None


def _page_url(tree: LexborHTMLParser) -> str | None:
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


def _page_title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    if node is None:
        return None
    title = " ".join(node.text().split())
    return title or None


def _headline(
    tree: LexborHTMLParser,
    block: LexborNode,
    order: dict[int, int],
    end_of_block: int,
    page_title: str | None,
) -> str | None:
    """The document's title as the page prints it above (or at the top of) the content."""
    meta_title = _meta(tree, TITLE_META)
    references = [_fold(title) for title in (meta_title, page_title) if title]
    candidates: list[str] = []
    for node in tree.css("h1, h2, h3, [class], [id]"):
        position = order.get(node.mem_id)
        if position is None or position > end_of_block or _skipped(node):
            continue
        tag = node.tag or ""
        names = " ".join(value for key in ("class", "id") if (value := node.attributes.get(key))).lower()
        if tag not in HEADLINE_TAGS and not any(marker in names for marker in HEADLINE_CLASS_SUBSTRINGS):
            continue
        text = " ".join(node.text().split())
        if not 4 <= len(text) <= HEADLINE_MAX_CHARS or BREADCRUMB.search(text):
            continue
        candidates.append(text)
    for text in candidates:
        folded = _fold(text)
        if any(folded and (folded in reference or reference in folded) for reference in references):
            return text
    if references:
        return None  # the page names its title and no printed heading matches it
    for text in candidates:
        return text
    return None


# ------------------------------------------------------------------ entry point


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
        page = Page(text=_clean_lines(text.split("\n")))
    if max_chars is not None and len(page.text) > max_chars:
        raise TextTooLong(max_chars)
    return page


def _extract(tree: LexborHTMLParser, diagnostics: Diagnostics, max_chars: int | None = None) -> Page:
    page_title = _page_title(tree)
    url = _page_url(tree)
    body = tree.body
    info_tables = _info_tables(body) if body is not None else {}
    weights, kept_chrome = _weights(body, set(info_tables)) if body is not None else ({}, set())
    if body is None or weights.get(body.mem_id, 0) == 0:
        diagnostics.add("W004")
        fallback = _clean_lines(_Serializer().lines(body)) if body is not None else ""
        text = fallback or (page_title or "")
        return Page(
            text=text, url=url, metadata={"网页标题": page_title} if page_title else {}, headline=None
        )

    block = _content_block(body, weights)
    order: dict[int, int] = {}
    for position, node in enumerate(tree.root.traverse(include_text=False) if tree.root is not None else ()):
        order[node.mem_id] = position
    end_of_block = max((order.get(node.mem_id, 0) for node in block.traverse(include_text=False)), default=0)

    # Info tables anywhere, then labelled lines before the block (an article's date/来源 line).
    metadata: dict[str, str] = {}
    for pairs in info_tables.values():
        for key, value in pairs.items():
            metadata.setdefault(key, value)
    whole_body = block.mem_id == body.mem_id
    if not whole_body:
        before = _Serializer(info_mode=True, stop_at=block.mem_id, skip_ids=set(info_tables))
        for key, value in info_pairs(before.lines(body)).items():
            metadata.setdefault(key, value)

    number_lists = not any(_OL_RESET.search(style.text(deep=True)) for style in tree.css("style"))
    serializer = _Serializer(
        skip_ids=set(info_tables), kept_chrome=kept_chrome, number_lists=number_lists, max_chars=max_chars
    )
    text = _clean_lines(serializer.lines(block))
    headline = _headline(tree, block, order, end_of_block, page_title) or metadata.get("标题")
    if headline and _fold(_TAG_PREFIX.sub("", headline)) not in _fold(text[:600]):
        text = f"{headline}\n{text}" if text else headline
    else:
        headline = None

    if "发布日期" not in metadata and (published := _meta(tree, DATE_META)):
        metadata["发布日期"] = published
    if page_title:
        metadata["网页标题"] = page_title
    return Page(text=text, url=url, metadata=metadata, headline=headline)
