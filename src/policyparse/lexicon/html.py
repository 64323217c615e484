"""Data for reading HTML pages of government portals: info-table labels, page chrome markers.

:mod:`policyparse.io.html` uses these lists (and :mod:`policyparse.grammar.html` builds its
patterns from the labels); to teach it a new portal layout, add the label or the class name
here and a row to ``tests/test_html.py``.
"""

from __future__ import annotations

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
    "印发日期": "成文日期",
    "印發日期": "成文日期",
    "印发时间": "成文日期",
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


#: Words of page widgets (comment, print, share links) that may be glued to an info value.
WIDGET_WORDS: tuple[str, ...] = ("参与互动", "我要评论", "发表评论", "打印本页", "关闭窗口", "分享到")

#: Meta tags whose content gives the page's URL, in order of trust.
URL_META: tuple[tuple[str, str], ...] = (
    ("property", "og:url"),
    ("name", "url"),
    ("name", "Url"),
)
#: Meta tags naming the article's title (portals built on TRS/NFCMS fill ArticleTitle).
TITLE_META: tuple[str, ...] = ("ArticleTitle", "og:title", "title")
#: The meta tag that government portals fill with the article's own title (the meta set of the
#: State Council's 政府网站发展指引, 2017: SiteName, ColumnName, ArticleTitle, PubDate,
#: ContentSource …): taken as the title when the page prints no heading that matches it.
ARTICLE_TITLE_META: tuple[str, ...] = ("ArticleTitle",)
#: A page ``<title>`` that names no document, only the kind of page (a mobile site's ``详情``):
#: it is no reference for the printed headline.
GENERIC_PAGE_TITLES = frozenset(
    {
        "详情",
        "详情页",
        "正文",
        "文章",
        "文章详情",
        "内容",
        "内容页",
        "详细信息",
        "信息详情",
        "新闻详情",
        "政策详情",
        "文章内容",
    }
)
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
#: Lists that are chrome when their text is nearly all link text (related articles, a menu
#: inside the text's block): Readability's link-density test, for lists only.
LINK_LIST_TAGS = frozenset({"ul", "ol"})
#: The share of a list's text inside its links that makes it a list of links.
LINK_LIST_DENSITY = 0.9

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

#: Lines longer than this are never page chrome (:data:`~policyparse.grammar.html.CHROME_LINE`
#: is tried on shorter ones only, so its bounded backtracking stays small).
CHROME_LINE_MAX = 200
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
#: How a site's name ends, where a page's ``<title>`` names it after a bare hyphen
#: (``习近平主持召开…座谈会-中国科普网``, ``…通知-济南市人民政府门户网站``).
SITE_NAME_ENDINGS: tuple[str, ...] = ("门户网站", "网站", "新闻网", "客户端", "网", "频道")
