"""Data for recognising markup left in text files: Markdown syntax and HTML fragments.

:mod:`policyparse.normalize.markup` cuts what these lists name out of the normalised view (the
input keeps it). Tag names are listed so that only real HTML is cut: ``<2%`` or ``<说明>`` in a
notice is text.
"""

from __future__ import annotations

from policyparse.lexicon.html import BLOCK_TAGS

#: The words of a link that navigates away from the page (``[查看原文](https://…)`` under each
#: item of a news transcript): the whole link is page chrome, its text included.
NAVIGATION_LINKS: frozenset[str] = frozenset(
    {
        "查看原文",
        "阅读原文",
        "原文链接",
        "原文",
        "查看视频",
        "观看视频",
        "查看详情",
        "点击查看",
        "点击这里",
        "详情",
        "更多",
        "返回顶部",
        "返回首页",
        "返回列表",
        "返回",
        "上一篇",
        "下一篇",
    }
)
#: Elements whose start or end breaks the line (a ``<p>`` in the middle of a line starts a paragraph).
LINE_BREAKING_TAGS: frozenset[str] = BLOCK_TAGS | {"br", "li", "img"}
#: Elements that wrap text inside a line; cut without a break.
INLINE_TAGS: frozenset[str] = frozenset(
    {
        "span",
        "font",
        "b",
        "strong",
        "em",
        "i",
        "u",
        "s",
        "a",
        "sup",
        "sub",
        "small",
        "big",
        "label",
        "abbr",
        "code",
        "mark",
        "ins",
        "del",
        "strike",
        "o:p",
        "st1:chsdate",
        "st1:chmetcnv",
        "v:shape",
        "w:sdt",
        "input",
        "wbr",
        "source",
        "picture",
        "video",
        "audio",
        "iframe",
        "meta",
        "link",
        "head",
        "colgroup",
        "col",
        "th",
        "td",
    }
)
#: Every tag name the recogniser cuts.
HTML_TAG_NAMES: frozenset[str] = LINE_BREAKING_TAGS | INLINE_TAGS
#: Table cells: the end of one becomes `` | `` in the view, as the HTML reader joins cells.
CELL_TAGS: frozenset[str] = frozenset({"td", "th"})
#: A table's rows: the end of one ends a line of the view (its cells are one line).
ROW_TAGS: frozenset[str] = frozenset({"tr"})
#: Elements whose text marks the paragraph as a heading when they fill it.
HTML_BOLD_TAGS: frozenset[str] = frozenset({"strong", "b"})
#: Elements whose content is never text (cut whole, content included).
HTML_HIDDEN_CONTENT: tuple[str, ...] = ("script", "style", "noscript", "template", "title")

#: Front-matter keys that the metadata may use, as evidence weaker than the printed text.
FRONT_MATTER_KEYS: tuple[str, ...] = (
    "title",
    "date",
    "source",
    "author",
    "url",
    "source_url",
    "doc_number",
    "issuer",
)
#: Front-matter keys of document indexes written in Chinese, by the key they stand for.
FRONT_MATTER_KEY_ALIASES: dict[str, str] = {
    "标题": "title",
    "题目": "title",
    "文件名称": "title",
    "发布日期": "date",
    "成文日期": "date",
    "日期": "date",
    "文号": "doc_number",
    "发文字号": "doc_number",
    "来源": "source",
    "发布单位": "issuer",
    "发文机关": "issuer",
}

#: Markup syntaxes, as named in :attr:`policyparse.normalize.MarkupEvidence.syntax` and diagnostic I109.
MARKDOWN = "markdown"
HTML = "html"
#: Text exported from a database or JSON with its escapes left in (``…规划的通知\r\n国发…``).
ESCAPED = "escaped"
#: The escapes of such a text and what each stands for.
ESCAPES: dict[str, str] = {"\\r\\n": "\n", "\\n": "\n", "\\r": "\n", "\\t": "\t", '\\"': '"', "\\'": "'"}
#: How many line-break escapes make a text an escaped dump (a path or a regex may hold one).
MIN_ESCAPED_BREAKS = 3

#: A Markdown document needs this many Markdown constructs (headings, emphasis, quotes, images,
#: links, rules) before list bullets and backslash escapes are cut too; front matter alone suffices.
MARKDOWN_MIN_CONSTRUCTS = 2
