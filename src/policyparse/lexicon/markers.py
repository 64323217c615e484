"""Heading markers as data: numbering grammars, marker classes, heading keywords.

Every pattern here runs on the *normalised* view (``doc.norm``): ASCII digits, Chinese
brackets ``（）``, ``．``/``﹒`` folded to ``.``, Simplified script. Patterns are anchored
with ``match`` at a candidate position; repetition is bounded so matching stays linear.

To support a new numbering form, add a row to :data:`MARKER_GRAMMARS` (class name, pattern,
numeral kind) and a row to the matching test table in ``tests/test_headings.py``.
"""

from __future__ import annotations

import regex

from policyparse.lexicon.numerals import MARKER_NUMERALS

#: Chinese numerals allowed in a marker (一 … 九十九, 一百 …, with 两/〇/零).
CN = f"[{MARKER_NUMERALS}]{{1,5}}"
#: Arabic numbers allowed in a marker (1 … 999).
AR = r"[0-9]{1,5}"

#: Marker classes: (class name, pattern with a ``num`` group, how to read the number).
#: The numeral kind is ``cn`` (Chinese numeral), ``ar`` (Arabic digits) or ``sym`` (a
#: circled or parenthesised number character). Order matters only where two patterns could
#: match at the same place; the first wins.
MARKER_GRAMMARS: tuple[tuple[str, str, str], ...] = (
    # structural units of rules and long documents
    ("bian", rf"第(?P<num>{CN}|{AR})编", "cn"),
    ("bufen", rf"第(?P<num>{CN}|{AR})(?:部分|篇)", "cn"),
    ("zhang", rf"第(?P<num>{CN}|{AR})章", "cn"),
    ("jie", rf"第(?P<num>{CN}|{AR})节", "cn"),
    # 一、 一. （一） ㈠
    ("cn_dun", rf"(?P<num>{CN})、(?!{CN}、)", "cn"),
    ("cn_dot", rf"(?P<num>{CN})\.(?![0-9])", "cn"),
    ("cn_paren", rf"[（〔](?P<num>{CN})[）〕](?![、项款条])", "cn"),
    ("cn_paren_char", r"(?P<num>[\u3220-\u3229])", "sym"),
    # 1. 1、 （1） 1） ⑴ ① ⒈
    ("arabic_dot", rf"(?P<num>{AR})\.(?![0-9.%])", "ar"),
    ("arabic_dun", rf"(?P<num>{AR})、(?![0-9])", "ar"),
    ("arabic_paren", rf"（(?P<num>{AR})）(?![、项款条])", "ar"),
    ("arabic_half_paren", rf"(?P<num>{AR})）(?![、项款条])", "ar"),
    ("arabic_paren_char", r"(?P<num>[\u2474-\u2487])", "sym"),
    ("circled", r"(?P<num>[\u2460-\u2473])", "sym"),
    ("arabic_stop_char", r"(?P<num>[\u2488-\u249b])", "sym"),
    # Roman numerals: Ⅰ、 Ⅱ.
    ("roman", r"(?P<num>[\u2160-\u216b])[、.]", "roman"),
    # decimal outlines of plans and standards: 1 总则, 1.1 编制目的, 5.2.1 …
    (
        "decimal",
        r"(?P<num>[0-9]{1,2}(?:\.[0-9]{1,2}){1,3})(?![0-9.%])[ \t]{0,3}(?=[\p{Han}“《（])(?![年月日个项家万亿元次名倍米吨千百十])",
        "dec",
    ),
    ("decimal", r"(?P<num>[0-9]{1,2})[ \t]{1,3}(?=[\p{Han}“《])(?![年月日个项家万亿元次名倍])", "dec"),
)

_DIGITS = "0123456789"
#: Characters a marker of each class can start with (lets the matcher skip most positions).
FIRST_CHARS: dict[str, str] = {
    "bian": "第",
    "bufen": "第",
    "zhang": "第",
    "jie": "第",
    "cn_dun": MARKER_NUMERALS,
    "cn_dot": MARKER_NUMERALS,
    "cn_paren": "（〔",
    "cn_paren_char": "".join(chr(c) for c in range(0x3220, 0x322A)),
    "arabic_dot": _DIGITS,
    "arabic_dun": _DIGITS,
    "arabic_paren": "（",
    "arabic_half_paren": _DIGITS,
    "arabic_paren_char": "".join(chr(c) for c in range(0x2474, 0x2488)),
    "circled": "".join(chr(c) for c in range(0x2460, 0x2474)),
    "arabic_stop_char": "".join(chr(c) for c in range(0x2488, 0x249C)),
    "decimal": _DIGITS,
    "roman": "".join(chr(c) for c in range(0x2160, 0x216C)),
}

#: An article of rules and regulations: 第十二条 (a provision, not a heading).
ARTICLE = regex.compile(rf"第(?P<num>{CN}|{AR})条(?:之[{MARKER_NUMERALS}]{{1,3}})?")
#: Inline enumeration ``一是`` (a heading only when it stands alone as a short line).
INLINE_ENUM = regex.compile(rf"(?P<num>[{MARKER_NUMERALS}]{{1,3}})是")
#: A bare number glued to a title, used by flattened tables in attachments: ``1企业投资…``.
BARE_NUMBER = regex.compile(r"(?P<num>[0-9]{1,2})(?=[\p{Han}“])(?![年月日号个项家条万亿元次名倍%])")

#: Default nesting order of the classes (GB/T 9704-2012 §7.3.3 and common practice), used
#: only to place a class the document has not used before; after that the document's own
#: nesting decides.
CANONICAL_RANK: dict[str, int] = {
    "bian": 0,
    "bufen": 1,
    "zhang": 2,
    "jie": 3,
    "roman": 4,
    "cn_dun": 4,
    "cn_dot": 4,
    "cn_paren": 5,
    "cn_paren_char": 5,
    "arabic_dot": 6,
    "arabic_dun": 6,
    "arabic_stop_char": 6,
    "bare_number": 6,
    "decimal1": 4,
    "decimal2": 5,
    "decimal3": 6,
    "decimal4": 7,
    "arabic_paren": 7,
    "arabic_half_paren": 7,
    "arabic_paren_char": 7,
    "circled": 8,
    "inline_enum": 9,
}
#: Classes that are structural units (kind ``structural``).
STRUCTURAL_CLASSES = frozenset({"bian", "bufen", "zhang", "jie"})
#: Classes whose markers are distinctive enough to be found right after a title without
#: punctuation in text that lost its line breaks (``…便利度（一）优化…``).
GLUED_CLASSES = frozenset({"cn_paren", "cn_paren_char", "arabic_paren", "zhang", "jie"})

#: Characters after which a marker may start mid-paragraph (text that lost its line breaks).
MIDLINE_OPENERS = "。：；！？）"
#: Punctuation that ends a run-in title.
RUN_IN_ENDS = "。："
#: Punctuation stripped from the end of a title.
TITLE_TRAILING = "。：；，、！？.:;, \t*_"
#: Sentence-final punctuation (a crosshead has none).
SENTENCE_FINAL = "。；！？"

#: Maximum length of a run-in title (rule 2) and of an unnumbered run-in title (rule 4).
RUN_IN_MAX = 30
UNNUMBERED_RUN_IN_MAX = 20
#: Rule 4 siblings follow one another: at most this many body paragraphs lie between two of them.
SIBLING_GAP = 4
#: Maximum length of a crosshead (rule 3).
CROSSHEAD_MAX = 40
#: Maximum length of a numbered title standing alone on its line.
LINE_TITLE_MAX = 80
#: Deepest level kept; deeper headings are flattened (diagnostic W204).
MAX_DEPTH = 8

#: Titles of standard sections: in text that lost its line breaks, ``一、总体要求以习近平…``
#: ends its title after the keyword.
HEADING_KEYWORDS: tuple[str, ...] = (
    "总体要求",
    "总体目标",
    "指导思想",
    "基本原则",
    "工作原则",
    "主要目标",
    "发展目标",
    "工作目标",
    "目标任务",
    "主要任务",
    "重点任务",
    "工作任务",
    "重点工作",
    "主要措施",
    "工作措施",
    "政策措施",
    "保障措施",
    "组织实施",
    "组织保障",
    "组织领导",
    "实施步骤",
    "工作步骤",
    "进度安排",
    "工作要求",
    "适用范围",
    "工作回顾",
    "工作安排",
    "总则",
    "附则",
)
KEYWORD_PREFIX = regex.compile("|".join(sorted(HEADING_KEYWORDS, key=len, reverse=True)))
#: A ``关于…问题`` topic title that runs into its body: ``一、关于水利建设要大小并举问题进一步加大…``.
TOPIC_TITLE = regex.compile(r"关于[^，。；：、\s]{2,28}?(?:问题|事项|情况)(?=[\p{Han}“《])(?![的和及与等])")

#: A deadline inside a would-be run-in title makes it a directive sentence (body text).
DEADLINE_IN_TITLE = regex.compile(r"[0-9]{4}年|年底|年内|月底|[0-9]{1,2}月[0-9]{0,2}日?前|以前")
#: Words that make a short phrase a clause (subject–predicate) rather than a topic:
#: ``…要…``, ``…应…``, ``…分为…``. Rule 4 phrases must name a topic.
CLAUSE_WORDS = regex.compile(
    r"(?<![重主需纪简摘只])要(?![素求点件])|(?<![相响供对适反回效答感顺呼])应(?![急用])|必须|须|分为|是指|提出|包括|已经|"
    r"将(?=[^\p{Han}]|[要在于])|了(?![解])|我们|你们|他们|现将|特此|如下"
)
#: Subject–predicate clauses a numbered run-in title may not be (``北京市要…``).
RUN_IN_CLAUSE_WORDS = regex.compile(
    r"(?<![重主需纪简摘只])要(?![素求点件])|应当|必须|现将|如下|特此|下列|以下|(?<![理自经来])由(?![此])|(?<![相响供对适反回效答感顺呼])应(?![急用])"
)
#: A clause whose subject is an organ or an office holder followed by its verb is a provision,
#: not a title: ``国务院实行总理负责制``, ``总理召集和主持…``, ``副总理、国务委员按分工负责…``.
_ORGAN = (
    r"(?:各级|各|省|市|县|区)?(?:人民)?政府|国务院(?:各部门|办公厅)?|各部门|各地区|各地|各单位|审计署|"
    r"\p{Han}{0,8}?(?:总理|国务委员|部长|主任|行长|审计长|秘书长|省长|市长|县长|局长|厅长|负责人)"
)
ORGAN_CLAUSE = regex.compile(
    rf"(?:{_ORGAN})(?:[、和及与](?:{_ORGAN})){{0,8}}"
    r"(?:实行|领导|召集|主持|负责|按|根据|依照|依法|在|对|向|代行|协助|审批|审定|签发|签署|统一|可|不得|会同|分别)"
)
#: A phrase reporting a single event (``海南自由贸易港法颁布实施``) is a sentence, not a topic.
EVENT_PREDICATE = regex.compile(
    r"(?:颁布实施|颁布|正式实施|施行|出台|印发|召开|举行|举办|开幕|闭幕|揭牌|挂牌|开通|通车|投产|竣工|落成)$"
)
#: A citation item of a list of sources: a title that opens with a document name ``《…》``.
CITATION = regex.compile(r"[《〈]")

#: A table of contents: its lines repeat the headings and are not headings themselves.
TOC_LINE = regex.compile(r"目\s{0,4}录")

#: Bullets in front of an unnumbered run-in title: ``——因地制宜、分类指导。``.
DASH_BULLET = regex.compile(r"(?:——|—|--|-|－－|·|•|●|■|◆|○)\s{0,2}")

#: An ``附件`` line: a part opens at ``附件``/``附件1``/``附件一`` standing alone on its line.
ATTACHMENT_PART = regex.compile(
    rf"附\s{{0,2}}[件表]\s{{0,2}}(?P<num>{AR}|[{MARKER_NUMERALS}]{{1,3}})?\s{{0,2}}[：:]?\s{{0,2}}$"
)
#: An attachment part whose label carries its title: ``附件1：重点任务分工表``.
ATTACHMENT_TITLED = regex.compile(
    rf"附\s{{0,2}}[件表]\s{{0,2}}(?:{AR}|[{MARKER_NUMERALS}]{{1,3}})\s{{0,2}}[：:]?\s{{0,2}}(?P<title>[^\s0-9.．、].{{1,60}})"
)
#: The list of attachments in a notice: ``附件：1.…`` (its items are not headings).
ATTACHMENT_LIST = regex.compile(r"附\s{0,2}[件表]\s{0,2}[：:]")
#: Notes under a table or a list: ``注：1. …`` then ``2. …``; the numbered notes are not sections.
NOTE_LABEL = regex.compile(r"(?:备\s{0,2})?注\s{0,2}[：:]\s{0,2}")
#: A glossary after the text (``名词解释``): its numbered entries are notes, not sections.
GLOSSARY_LABEL = regex.compile(r"(?:名词|术语|词语)(?:解释|注释|释义|说明)|^(?:注释|注解|释义)[：:]?$")
#: Boxed inserts ``专栏1 …工程``: their content is not part of the outline.
BOX_LABEL = regex.compile(r"(?:专栏|专题|链接|图|表)\s{0,2}[0-9一二三四五六七八九十]{1,3}")

#: Signature and date lines (never headings): a date alone on its line.
DATE_LINE = regex.compile(
    rf"(?:[0-9]{{4}}|[{MARKER_NUMERALS}○O]{{4}})\s{{0,2}}年\s{{0,2}}[0-9{MARKER_NUMERALS}]{{1,3}}\s{{0,2}}月"
    rf"(?:\s{{0,2}}[0-9{MARKER_NUMERALS}]{{1,3}}\s{{0,2}}日)?"
)
#: Addressee lines: ``各省、自治区、直辖市人民政府…：``.
ADDRESSEE_LINE = regex.compile(r"^各[\p{Han}、，（）]{1,80}[：:]$")
#: Lines of a news page that are not crossheads: datelines, sources, editors, captions.
NEWS_BOILERPLATE = regex.compile(
    r"^(?:本报|新华社|来源|作者|记者|编辑|责任编辑|责编|通讯员|原标题|图片|摄影|相关报道|扫一扫|打印|关闭|"
    r"[《【（(])|电$|版）$|[：:]$|^[0-9]{4}[-/年]"
)
