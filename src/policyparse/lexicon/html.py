"""Data for reading HTML pages of government portals: info-table labels, page chrome markers.

:mod:`policyparse.io.html` uses these lists; to teach it a new portal layout, add the label or
the class name here and a row to ``tests/test_html.py``.
"""

from __future__ import annotations

import regex

from policyparse.grammar._compile import IGNORECASE, bytes_pattern, pattern

#: Labels of the info table portals print above a document (索引号, 发文机关 …) and of the
#: attribute line of an article page (发布时间, 来源), mapped to the key they get in
#: ``SourceInfo.page_metadata``. Synonyms share a key so that readers need one name only.
INFO_LABELS: dict[str, str] = {
    "索引号": "索引号",
    "统一编号": "统一编号",
    "主题分类": "主题分类",
    "分类": "主题分类",
    "主题词": "主题词",
    "体裁分类": "体裁分类",
    "组配分类": "组配分类",
    "发文机关": "发文机关",
    "发布机关": "发文机关",
    "发布机构": "发文机关",
    "发文单位": "发文机关",
    "制发机关": "发文机关",
    "发文機關": "发文机关",
    "發文機關": "发文机关",
    "成文日期": "成文日期",
    "成文时间": "成文日期",
    "成文時間": "成文日期",
    "标题": "标题",
    "標題": "标题",
    "名称": "标题",
    "文件名称": "标题",
    "发文字号": "发文字号",
    "發文字號": "发文字号",
    "文号": "发文字号",
    "文號": "发文字号",
    "发布日期": "发布日期",
    "發佈日期": "发布日期",
    "發布日期": "发布日期",
    "发布时间": "发布日期",
    "發佈時間": "发布日期",
    "發布時間": "发布日期",
    "发表时间": "发布日期",
    "公开日期": "发布日期",
    "公开时间": "发布日期",
    "实施日期": "实施日期",
    "生效日期": "实施日期",
    "失效日期": "失效日期",
    "废止日期": "失效日期",
    "有效性": "有效性",
    "时效性": "有效性",
    "文件状态": "有效性",
    "来源": "来源",
    "來源": "来源",
    "信息来源": "来源",
    "文章来源": "来源",
    "稿件来源": "来源",
}

#: The info-table keys, in the order portals print them (for documentation and tests).
INFO_KEYS: tuple[str, ...] = tuple(dict.fromkeys(INFO_LABELS.values()))


#: Labels of other page widgets that can follow an info value without a space between.
OTHER_LABELS: tuple[str, ...] = (
    "浏览量",
    "浏览次数",
    "阅读量",
    "阅读次数",
    "点击数",
    "点击量",
    "访问量",
    "访问次数",
    "字号",
    "字体",
    "作者",
    "编辑",
    "责任编辑",
    "分享到",
    "打印",
)


def _label_pattern(label: str) -> str:
    # Portals pad labels to a common width: 索 引 号, 标　　题.
    return r"[ \t\u3000\u00a0]{0,4}".join(regex.escape(char) for char in label)


_ANY_LABEL = "|".join(
    _label_pattern(label) for label in sorted([*INFO_LABELS, *OTHER_LABELS], key=len, reverse=True)
)

#: A label, optional padding, a colon, then its value up to the next label (a known one, or
#: any short word with a colon after a space), a cell boundary (tab), two spaces or the end
#: of the line. Bounded repetitions only.
INFO_PAIR = pattern(
    r"(?<![\p{Han}])(?P<label>"
    + "|".join(_label_pattern(label) for label in sorted(INFO_LABELS, key=len, reverse=True))
    + r")[ \t\u3000\u00a0]{0,4}[:：][ \t\u3000\u00a0]{0,8}"
    r"(?P<value>[^\t\n]{0,300}?)"
    r"(?=[ \u3000\u00a0]{0,8}(?:\t|\n|$)|[ \u3000\u00a0]{2}|[ \u3000\u00a0]{0,4}(?:"
    + _ANY_LABEL
    + r")[ \u3000\u00a0]{0,2}[:：]|[ \u3000\u00a0]{1,4}[\p{Han}]{2,6}[ \u3000\u00a0]{0,2}[:：])"
)

#: Meta tags whose content gives the page's URL, in order of trust.
URL_META: tuple[tuple[str, str], ...] = (
    ("property", "og:url"),
    ("name", "url"),
    ("name", "Url"),
)
#: Meta tags naming the article's title (portals built on TRS/NFCMS fill ArticleTitle).
TITLE_META: tuple[str, ...] = ("ArticleTitle", "og:title", "title")
#: Meta tags giving the publication time; used for 发布日期 when no visible label gives it.
DATE_META: tuple[str, ...] = (
    "PubDate",
    "pubdate",
    "publishdate",
    "article:published_time",
    "firstpublishedtime",
)

#: Elements never shown or never part of a document.
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "canvas",
        "object",
        "embed",
        "video",
        "audio",
        "map",
        "head",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "img",
    }
)
#: Elements that hold page chrome in HTML5 layouts (dropped inside the content block).
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})

#: Block elements: each starts and ends a line.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "center",
        "header",
        "footer",
        "nav",
        "aside",
        "address",
        "figure",
        "figcaption",
        "fieldset",
        "form",
        "hr",
        "details",
        "summary",
        "title",
        "body",
        "html",
    }
)
#: Elements that wrap a paragraph's text; the content block is never one of them.
INLINE_OR_PARAGRAPH_TAGS = frozenset(
    {
        "p",
        "span",
        "font",
        "b",
        "strong",
        "em",
        "i",
        "u",
        "a",
        "label",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "sup",
        "sub",
    }
)

#: Substrings of class/id values that mark page chrome: navigation, menus, footers, share
#: and print widgets, related-article lists, search boxes, QR codes.
CHROME_CLASS_SUBSTRINGS: tuple[str, ...] = (
    "footer",
    "breadcrumb",
    "crumb",
    "mainnav",
    "navbar",
    "topnav",
    "subnav",
    "menu",
    "sidebar",
    "share",
    "fenxiang",
    "bdshare",
    "qrcode",
    "erweima",
    "copyright",
    "xgwz",
    "xgxw",
    "related",
    "friendlink",
    "yqlj",
    "toolbar",
    "fontsize",
    "setfont",
    # skip links ("skip to content"), not the accessibility toolkit's ``skipAutoFix`` class
    # that some portals put on every element of the article
    "skiplink",
    "skip-link",
    "skip_link",
    "skipnav",
    "skip-nav",
    "skipto",
    "skip-to",
    "login",
    "banner",
    "search",
    "easybtn",
    "pagebreak",
    "print",
)
#: Whole class/id tokens (split on spaces, ``-`` and ``_``) that mark page chrome.
CHROME_CLASS_TOKENS = frozenset(
    {
        "nav",
        "foot",
        "header",
        "head",
        "top",
        "bottom",
        "side",
        "position",
        "location",
        "weizhi",
        "dqwz",
        "ewm",
        "qr",
        "fx",
        "jc",
        "llcs",
        "tools",
        "tool",
        "links",
        "hotkey",
    }
)
#: Class/id names of the element portals put the document's text in (TRS, NFCMS, UCAP …):
#: inside the chosen block, such an element holding half its text is taken instead.
CONTENT_CLASS_SUBSTRINGS: tuple[str, ...] = (
    "ucap-content",
    "zoom",
    "info_cont",
    "article-content",
    "article_content",
    "articlecontent",
    "trs_editor",
    "trs_paper",
    "pages_content",
    "pages-content",
    "txt_txt",
    "custom_unionstyle",
    "con_text",
    "content_text",
    "zhengwen",
    "xxgk_content",
    "news_content",
    "main-text",
)
#: Class/id substrings of an element holding the article's headline.
HEADLINE_CLASS_SUBSTRINGS: tuple[str, ...] = ("title", "tit", "headline", "biaoti")
HEADLINE_TAGS = frozenset({"h1", "h2", "h3"})

#: Lines of page chrome that sit inside a content block: print/close/share widgets, QR code
#: prompts, font-size switches, view counters, editor lines, "click to view" links. A line is
#: dropped when it consists of these items only (checked on lines of at most
#: ``CHROME_LINE_MAX`` characters, so the bounded backtracking stays small).
CHROME_LINE = pattern(
    r"^(?:[\s【\[|｜]{0,3}(?:"
    r"扫一扫在手机(?:上)?打开当前页|扫一扫在手机打开|打印本页|打印|关闭窗口|关闭|收藏本页|收藏|分享到[:：]?[^【】]{0,40}"
    r"|字号[:：]?\s{0,3}[大中小\s]{0,12}|字体[:：]?\s{0,3}[大中小\s]{0,12}|浏览次数[:：]?[^【】]{0,20}|访问量[:：]?[^【】]{0,20}"
    r"|点击(?:查看|下载|收听|观看|进入|这里)[^。]{0,120}"
    r"|责任编辑[:：][^【】]{0,30}|纠错|返回顶部|上一篇[:：][^【】]{0,80}|下一篇[:：][^【】]{0,80}"
    r")[\s】\]|｜]{0,3}){1,8}$"
)
CHROME_LINE_MAX = 200
#: Breadcrumb text ("您当前所在的位置：首页 > …"): never a headline.
BREADCRUMB = pattern(r"位置|首页\s{0,3}+[>›»/]|[>›»]\s{0,3}+\S{1,20}+\s{0,3}+[>›»]")

#: A <meta> charset (or XML encoding) declaration in the first bytes of a page.
META_CHARSET = bytes_pattern(
    rb"""(?:<meta[^>]{0,200}?charset|<\?xml[^>]{0,100}?encoding)\s{0,3}=\s{0,3}["']?([A-Za-z0-9_\-]{2,20})""",
    IGNORECASE,
)

#: Block elements whose nesting costs the HTML5 tree builder time per level (each start tag
#: looks for an open <p> through the stack): pages nesting them deeper than
#: ``MAX_BLOCK_DEPTH`` are flattened before parsing.
NESTING_BLOCKS = frozenset(
    {
        "div",
        "section",
        "article",
        "ul",
        "ol",
        "dl",
        "blockquote",
        "center",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "figure",
        "fieldset",
        "form",
        "details",
        "address",
        "menu",
        "dir",
        "summary",
        "figcaption",
        "hgroup",
        "search",
    }
)
MAX_BLOCK_DEPTH = 1000
#: A start or end tag (for the nesting guard only; the page itself is read by the parser).
TAG = pattern(r"<(/?+)([A-Za-z][A-Za-z0-9]{0,15}+)(?=[\s/>])[^<>]{0,2000}+>")
