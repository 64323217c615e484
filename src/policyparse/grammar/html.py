"""Patterns of reading HTML pages: info-table pairs, chrome lines, breadcrumbs, the charset
declaration, the nesting guard's tags, and the text rules of the serializer.

The page itself is parsed by selectolax (no pattern runs over markup except the nesting guard
and the charset sniff of the first bytes); these patterns run on the text of its elements. The
word lists they are built from (info-table labels, other widget labels) are data in
:mod:`policyparse.lexicon.html`.
"""

from __future__ import annotations

from regex import escape

from policyparse.grammar._compile import IGNORECASE, alternation, bytes_pattern, pattern
from policyparse.lexicon.html import INFO_LABELS, OTHER_LABELS, SITE_NAME_ENDINGS, WIDGET_WORDS
from policyparse.lexicon.metadata import DOC_TYPES


def _label_pattern(label: str) -> str:
    # Portals pad labels to a common width: 索 引 号, 标　　题.
    return r"[ \t\u3000\u00a0]{0,4}".join(escape(char) for char in label)


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

#: A page's info label and its colon glued right after a title's 文种 (a crawler's title line:
#: ``…的通知印发日期：2026-06-02发布日期：2026-06-10黄发改规〔2026〕1号字号：大中小``): the title ends
#: there, and the rest is the page's residue.
GLUED_LABEL = pattern(
    r"(?<=(?:" + alternation(DOC_TYPES) + r"))(?:" + _ANY_LABEL + r")[ \t\u3000\u00a0]{0,4}[:：]"
)

#: A label and its colon opening a text (what follows a title in a page's title box, glued
#: to it: ``…座谈会来源：新华社作者：2023-12-01``).
LABEL_LEAD = pattern(r"^(?:" + _ANY_LABEL + r")[ \t\u3000\u00a0]{0,4}[:：]")

#: Lines of page chrome that sit inside a content block: print/close/share widgets, QR code
#: prompts, font-size switches, view counters, editor lines, "click to view" links. A line is
#: dropped when it consists of these items only (checked on lines of at most
#: ``CHROME_LINE_MAX`` characters of :mod:`policyparse.lexicon.html`, so the bounded
#: backtracking stays small).
CHROME_LINE = pattern(
    r"^(?:[\s【\[|｜]{0,3}(?:"
    r"扫一扫在手机(?:上)?打开当前页|扫一扫在手机打开|打印本页|打印|关闭窗口|关闭|收藏本页|收藏|分享到[:：]?[^【】]{0,40}"
    r"|字号[:：]?\s{0,3}[大中小\s]{0,12}|字体[:：]?\s{0,3}[大中小\s]{0,12}|浏览次数[:：]?[^【】]{0,20}|访问量[:：]?[^【】]{0,20}"
    r"|点击(?:查看|下载|收听|观看|进入|这里)[^。]{0,120}"
    r"|责任编辑[:：][^【】]{0,30}|纠错|返回顶部|上一篇[:：][^【】]{0,80}|下一篇[:：][^【】]{0,80}"
    r")[\s】\]|｜]{0,3}){1,8}$"
)
#: Breadcrumb text ("您当前所在的位置：首页 > …"): never a headline.
BREADCRUMB = pattern(r"位置|首页\s{0,3}+[>›»/]|[>›»]\s{0,3}+\S{1,20}+\s{0,3}+[>›»]")

#: A <meta> charset (or XML encoding) declaration in the first bytes of a page.
META_CHARSET = bytes_pattern(
    rb"""(?:<meta[^>]{0,200}?charset|<\?xml[^>]{0,100}?encoding)\s{0,3}=\s{0,3}["']?([A-Za-z0-9_\-]{2,20})""",
    IGNORECASE,
)
#: A start or end tag (for the nesting guard only; the page itself is read by the parser).
TAG = pattern(r"<(/?+)([A-Za-z][A-Za-z0-9]{0,15}+)(?=[\s/>])[^<>]{0,2000}+>")
#: The opening of a tag: a text holding one is looked at as a page.
TAG_START = pattern(r"<[A-Za-z!/?]")

#: A character that counts towards an element's weight (visible text: Han, letters, digits).
WEIGHED = pattern(r"[\p{Han}\p{L}\p{N}]")
#: A run of the spaces a browser collapses into one.
COLLAPSIBLE_SPACES = pattern(r"[ \t\n\r\f]++")
#: An inline style that hides an element for good; ``visibility:hidden`` is how pages wait
#: for their scripts, so it does not count.
HIDDEN_STYLE = pattern(r"display\s{0,3}+:\s{0,3}+none", IGNORECASE)
#: A link to a file (an attachment), not to another page: ``附件1.pdf``, ``…docx?id=3``.
FILE_LINK = pattern(r"\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|txt|et|pptx?)(?:$|[?#])", IGNORECASE)
#: What separates the tokens of a class or id value.
CLASS_SEPARATOR = pattern(r"[\s_\-]++")
#: Spaces dropped when two texts are compared (ideographic and no-break spaces included).
FOLDED_SPACES = pattern(r"[\s\u3000\u00a0]++")
#: Three or more line breaks: at most one blank line is kept.
BLANK_RUN = pattern(r"\n{3,}+")
#: A style sheet that hides the numbers of ordered lists: ``ol { list-style: none }``.
OL_RESET = pattern(r"\bol\b[^{}]{0,200}+\{[^{}]{0,500}?list-style(?:-type)?\s{0,3}+:\s{0,3}+none", IGNORECASE)
#: What separates the parts of a page's ``<title>`` (``标题_栏目_站点``, ``标题 | 站点``,
#: ``标题 - 站点``): the article's title is one part.
#: A bare hyphen separates only before a site's name that ends the title (``座谈会-中国科普网``):
#: a title's own hyphens join years and names (``2025-2027年``).
TITLE_SEPARATOR = pattern(
    r"\s{0,3}+(?:[_|｜]|(?<=\s)[-–—](?=\s)|[-–—](?=[\p{Han}A-Za-z]{1,12}?(?:"
    + alternation(SITE_NAME_ENDINGS)
    + r")$))\s{0,3}+"
)
#: A portal's tag before a reposted title: （转载）, 【转发】.
TAG_PREFIX = pattern(r"^[（(【\[][^）)】\]]{1,6}+[）)】\]]")
#: A page's dateline above its text: an ISO date alone or beside the site's name
#: (``福建省中小企业公共服务平台 2019-03-28``), not a clock line (``今天是…星期一``). Group ``date``.
PAGE_DATELINE = pattern(
    r"^[^\n今星]{0,30}?(?<!\d)(?P<date>(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))(?!\d)"
    r"[^\n今星]{0,30}$"
)
#: Words of a page's widgets glued after an info value (``来源：求是网参与互动``, a link to the comments).
WIDGET_TAIL = pattern(r"(?:" + alternation(WIDGET_WORDS) + r")+$")
