"""The layout of a document around its sections: attachments, tables of contents, notes, boxes.

These patterns tell the heading stage which paragraphs never hold a heading (an ``附件：``
list, a table of contents, numbered notes under a table, a glossary, a boxed insert), where an
attached part starts (``附件1``), and which short lines are datelines, signatures or
addressees rather than crossheads. They run on the normalised view.
"""

from __future__ import annotations

from policyparse.grammar._compile import pattern, plain_pattern
from policyparse.grammar.markers import AR
from policyparse.lexicon.markers import MIDLINE_OPENERS
from policyparse.lexicon.numerals import MARKER_NUMERALS

#: A table of contents' label line: ``目录``, ``目　录``.
TOC_LINE = pattern(r"目\s{0,4}录")
#: A contents line's leader dots and page number. Searched right to left ((?r)): anchored at
#: the paragraph end, so linear on runs of leaders.
TOC_LEADER = pattern(r"(?r)(?:[.·…]\s?){4,}\s{0,3}[0-9IVXivx]{1,4}\s{0,3}$")

#: Bullets in front of an unnumbered run-in title: ``——因地制宜、分类指导。``.
DASH_BULLET = pattern(r"(?:——|—|--|-|－－|·|•|●|■|◆|○)\s{0,2}")

#: An ``附件`` line: a part opens at ``附件``/``附件1``/``附件一`` standing alone on its line.
ATTACHMENT_PART = pattern(
    rf"附\s{{0,2}}[件表]\s{{0,2}}(?P<num>{AR}|[{MARKER_NUMERALS}]{{1,3}})?\s{{0,2}}[：:]?\s{{0,2}}$"
)
#: An attachment part whose label carries its title: ``附件1：重点任务分工表``.
ATTACHMENT_TITLED = pattern(
    rf"附\s{{0,2}}[件表]\s{{0,2}}(?:{AR}|[{MARKER_NUMERALS}]{{1,3}})\s{{0,2}}[：:]?\s{{0,2}}(?P<title>[^\s0-9.．、].{{1,60}})"
)
#: The list of attachments in a notice: ``附件：1.…`` (its items are not headings).
ATTACHMENT_LIST = pattern(r"附\s{0,2}[件表]\s{0,2}[：:]")
#: Notes under a table or a list: ``注：1. …`` then ``2. …``; the numbered notes are not sections.
NOTE_LABEL = pattern(r"(?:备\s{0,2})?注\s{0,2}[：:]\s{0,2}")
#: Boxed inserts ``专栏1 …工程``: their content is not part of the outline.
BOX_LABEL = pattern(r"(?:专栏|专题|链接|图|表)\s{0,2}[0-9一二三四五六七八九十]{1,3}")

#: Signature and date lines (never headings): a date alone on its line.
DATE_LINE = pattern(
    rf"(?:[0-9]{{4}}|[{MARKER_NUMERALS}○O]{{4}})\s{{0,2}}年\s{{0,2}}[0-9{MARKER_NUMERALS}]{{1,3}}\s{{0,2}}月"
    rf"(?:\s{{0,2}}[0-9{MARKER_NUMERALS}]{{1,3}}\s{{0,2}}日)?"
)
#: Addressee lines: ``各省、自治区、直辖市人民政府…：``.
ADDRESSEE_LINE = pattern(r"^各[\p{Han}、，（）]{1,80}[：:]$")
#: Lines of a news page that are not crossheads: datelines, sources, editors, captions, a
#: video's length (``视频时长: 02:10``).
NEWS_BOILERPLATE = pattern(
    r"^(?:本报|新华社|来源|作者|记者|编辑|责任编辑|责编|通讯员|原标题|图片|摄影|相关报道|扫一扫|打印|关闭|视频时长|"
    r"[《【（(])|电$|版）$|[：:]$|^[0-9]{4}[-/年]"
    # a photo caption: a bracketed credit closes it (（新华社记者 某某 摄）, （央广网发 主办方供图）,
    # （资料图）, （图片来源：某某网）)
    r"|[（(][^（）()\n]{0,40}(?:摄|摄影|供图|资料图|图|图源[^（）()\n]{0,30}|图片来源[^（）()\n]{0,30})[）)]$"
)

#: A paragraph of ornaments only (``▷``, ``●``, a stray ``：``): a news page's decoration between
#: a crosshead and its text, passed over when the paragraphs around a crosshead are read.
ORNAMENT_LINE = pattern(r"^[\s▷▶►◁◀◆◇■□●○•·★☆※→〜~：:]{1,6}$")
#: A bullet glyph opening a crosshead (``● 项目引进实现新突破``): not part of its title.
BULLET_LEAD = pattern(r"[▷▶►◆◇■□●○•★☆※][ \t\u3000]{0,2}")

#: Where a marker may start mid-paragraph (text that lost its line breaks): after ``。：；！？）``.
_MIDLINE = rf"[{MIDLINE_OPENERS}][”’」』]{{0,2}}[ \t\ue000-\uf8ff]{{0,4}}"
MIDLINE = pattern(_MIDLINE)
#: :data:`MIDLINE` for the standard engine, which scans its character classes faster: one scan
#: of the whole text (the heading stage's layout), the same matches.
MIDLINE_SCAN = plain_pattern(_MIDLINE)
#: A flattened table's header run into its first category: ``序号改革举措主要内容一、…``,
#: ``工作任务工作要求牵头单位配合/责任单位一、…`` (ending with a role column); the category's marker
#: may start after it.
TABLE_HEADER = pattern(
    r"(?:序号[\p{Han}]{2,20}?|(?:牵头|配合|责任|协助|主责)[\p{Han}/、]{0,12}?(?:单位|部门|处室))"
    r"(?=[一二三四五六七八九十]{1,3}、)"
)
#: In a flattened table, a category printed right after the last cell of the row before it
#: (``…各区属国有企企七、开展行政规范性文件集中公开16.结合…``): a Chinese numeral and ``、``
#: after a Han character (not 第 or another numeral), its comma-less title glued to the next
#: row's number ``N.`` and a Han character.
GLUED_CATEGORY = pattern(
    r"(?<![第一二三四五六七八九十])(?<=\p{Han})[一二三四五六七八九十]{1,3}、"
    r"(?=[^，。；、\n\d]{2,40}?[0-9]{1,3}[.．、]\p{Han})"
)
#: A table's data row as the view writes it: a label cell, then two cells or more of figures
#: only (``1.信息化发展指数 | >79 | — | 72.45 | —``): a numbered label of such a row is no heading.
DATA_ROW = pattern(r"[^\n|]++(?:\|[^\p{Han}\n|]*+){2,}$")
#: A row of a flattened table: a bare number, the row's title, two ideographic spaces before
#: its content (``…以上。2“多规合一”和完善工程建设项目审批体系改革　　福建厦门…``; the view has
#: them as two spaces).
TABLE_ROW = pattern(r"[0-9]{1,2}(?=[\p{Han}“《][^。 　\n]{1,40}[ 　]{2})")
#: In a flattened table, a category title runs into its first numbered row: ``…制度1企业…``.
GLUED_NUMBER = pattern(r"(?<=\p{Han})[0-9]{1,2}(?=[\p{Han}“《])(?![年月日号个项家条万亿元次名倍])")
#: A sentence end inside an article (after which the next article may start).
ARTICLE_OPENER = pattern(r"[。][”’]{0,2}[ \t]{0,4}")

_DASH = r"[—–－\-―─~～·•]"
#: A page named in words: ``Page 3``, ``Page 3 of 10``, ``页码 3``, ``第3页``, ``第3页 共10页``,
#: ``共10页 第3页`` (spaces allowed, for :data:`PAGE_MARKER_LINE`; none in the compact forms).
_PAGE_WORDS = (
    r"(?:(?:Page|页码)[ \t]*\d{1,4}(?:[ \t]*of[ \t]*\d{1,4})?"
    r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/、]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?"
    r"|共[ \t]*\d{1,4}[ \t]*页[ \t]*第[ \t]*\d{1,4}[ \t]*页)"
)
#: What a text converter puts around such a page marker: ``# Page 3:``, ``--- Page 3 ---``,
#: ``=== 第3页 ===``, ``[Page 3]``, ``【第3页】``.
_MARKER_OPEN = r"(?:\#{1,6}|[=*\-—]{2,}|[\[【<])"
_MARKER_CLOSE = r"(?:[:：]|[=*\-—]{2,}|[\]】>])"
#: Page furniture: page-number forms that need no sequence check (spaces removed first).
PAGE_NUMBER = pattern(
    rf"(?i)^(?:{_DASH}{{1,2}}\d{{1,4}}{_DASH}{{1,2}}"
    r"|\d{1,4}/\d{1,4}"
    rf"|{_MARKER_OPEN}?{_PAGE_WORDS}{_MARKER_CLOSE}?)$"
)
#: A line of a plain text that only names a page (``# Page 1401:``, ``第3页 共10页``), with its
#: line break: page furniture wherever it stands, so cut from any text, wrapped or not (a bare
#: number or ``— 3 —`` is cut only from a hard-wrapped text, where lines are known to be printed
#: lines).
PAGE_MARKER_LINE = pattern(
    rf"(?im)^[ \t\u3000]*{_MARKER_OPEN}?[ \t]*{_PAGE_WORDS}[ \t]*{_MARKER_CLOSE}?[ \t\u3000]*(?:\r\n|\r|\n|$)"
)
#: A bare page number: digits or a small Roman numeral (front matter).
BARE_PAGE_NUMBER = pattern(r"^(?:\d{1,4}|[IVXivx]{1,5})$")
#: A letter or digit: a line break between two of them joins words, so it is never cut.
LATIN = pattern(r"[A-Za-z0-9]")
#: A line that ends inside a web address (``原文链接：https://www.pkulaw.com/lar/``), cut where a
#: typesetter may cut one: after ``/ . - _ ? = &``.
URL_CUT = pattern(r"(?:https?://|www\.)[A-Za-z0-9/._\-?=&%#:~+]*[/._\-?=&]$")
#: The rest of a web address opening the next line (``b64c9966…bdfb.html``): no space, no Han.
URL_REST = pattern(r"[A-Za-z0-9/._\-?=&%#:~+]+(?:\s|$)")
#: One line of a text with its line break (``\r\n``, ``\r`` or ``\n``; none at the end).
TEXT_LINE = pattern(r"[^\r\n]*(?:\r\n|\r|\n|$)")
#: A paragraph break that cannot end a paragraph, in a text that is not hard-wrapped (a page
#: break a converter left as a blank line): after an enumeration comma (``开展成品油生产、`` /
#: blank / ``经营企业税收检查``), or inside a note the next paragraph closes (``（牵头部`` / blank
#: / ``门：市交通委、市水务局）``). Group ``gap`` is the break, blank lines included; each form
#: opens with its literal (``、``, ``（``), which the engine looks for first (8 ns a character).
TORN_PARAGRAPH = pattern(
    r"(?<=\p{Han})、(?P<gap>[ \t]*\n(?:[ \t]*\n){1,2}[ \t]*)(?=\p{Han})"
    r"|（[^（）\n]{1,40}+(?P<gap>[ \t]*\n(?:[ \t]*\n){1,2}[ \t]*)(?=[^（）\n]{1,80}）)"
)
