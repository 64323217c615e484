"""What makes a short phrase a title: topic phrases versus clauses, events and directives.

The heading stage reads a title after a marker (rule 2) or a short phrase opening a
paragraph (rule 4); these patterns tell a topic (``坚持问题导向``) from a clause
(``…要…``), a directive with a deadline, a reported event (``…颁布实施``) or a provision whose
subject is an organ (``国务院实行总理负责制``).
"""

from __future__ import annotations

from policyparse.grammar._compile import alternation, pattern
from policyparse.lexicon.markers import HEADING_KEYWORDS

#: A standard section title at the start of a title that runs into its body (``一、总体要求以…``).
KEYWORD_PREFIX = pattern(alternation(HEADING_KEYWORDS, escape=False))
#: A ``关于…问题`` topic title that runs into its body: ``一、关于水利建设要大小并举问题进一步加大…``.
TOPIC_TITLE = pattern(r"关于[^，。；：、\s]{2,28}?(?:问题|事项|情况)(?=[\p{Han}“《])(?![的和及与等])")

#: A deadline inside a would-be run-in title makes it a directive sentence (body text).
DEADLINE_IN_TITLE = pattern(r"[0-9]{4}年|年底|年内|月底|[0-9]{1,2}月[0-9]{0,2}日?前|以前")
#: The modals 要 and 应, not inside a word (重要, 要素, 相应, 应急) or the fixed phrase ``应X尽X``
#: (应编尽编政府采购预算, 应保尽保).
_MODALS = (
    r"(?<![重主需纪简摘只])要(?![素求点件])|(?<![相响供对适反回效答感顺呼])应(?![急用答收])(?!\p{Han}尽)"
)
#: Words that make a short phrase a clause (subject–predicate) rather than a topic:
#: ``…要…``, ``…应…``, ``…分为…``. Rule 4 phrases must name a topic.
CLAUSE_WORDS = pattern(
    _MODALS + r"|必须|须|分为|是指|提出|包括|已经|"
    r"将(?=[^\p{Han}]|[要在于])|了(?![解])|我们|你们|他们|现将|特此|如下"
)
#: Subject–predicate clauses a numbered run-in title may not be (``北京市要…``).
RUN_IN_CLAUSE_WORDS = pattern(_MODALS + r"|应当|必须|现将|如下|特此|下列|以下|(?<![理自经来])由(?![此])")
#: A clause whose subject is an organ or an office holder followed by its verb is a provision,
#: not a title: ``国务院实行总理负责制``, ``总理召集和主持…``, ``副总理、国务委员按分工负责…``.
_ORGAN = (
    r"(?:各级|各|省|市|县|区)?(?:人民)?政府|国务院(?:各部门|办公厅)?|各部门|各地区|各地|各单位|审计署|"
    r"\p{Han}{0,8}?(?:总理|国务委员|部长|主任|行长|审计长|秘书长|省长|市长|县长|局长|厅长|负责人)"
)
ORGAN_CLAUSE = pattern(
    rf"(?:{_ORGAN})(?:[、和及与](?:{_ORGAN})){{0,8}}"
    r"(?:实行|领导|召集|主持|负责|按|根据|依照|依法|在|对|向|代行|协助|审批|审定|签发|签署|统一|可|不得|会同|分别)"
)
#: A phrase reporting a single event (``海南自由贸易港法颁布实施``) is a sentence, not a topic.
EVENT_PREDICATE = pattern(
    r"(?:颁布实施|颁布|正式实施|施行|出台|印发|召开|举行|举办|开幕|闭幕|揭牌|挂牌|开通|通车|投产|竣工|落成)$"
)
#: A citation item of a list of sources: a title that is a document name ``《…》``, perhaps with a
#: bracketed note, an article or a number after it (``《北京市水土保持规划》（2017 年）``,
#: ``《中华人民共和国烟草专卖法》第三条``); not a topic named after one (``一、《办法》出台背景``).
#: Matched from the title's start to its end; the note may be cut by a hard wrap
#: (``《…条例》（2021 年`` / ``修订）``).
CITATION = pattern(
    r"[《〈][^》〉\n]{1,120}[》〉]"
    r"(?:[（(〔【][^）)〕】\n]{0,60}(?:[）)〕】]|$)|第[一二三四五六七八九十百零〇\d]{1,6}[条款项章节]|[^\p{Han}（(〔【])*$"
)
#: A short name alone after a title line's colon (``1.典型场景：研发设计``): Han characters, not a
#: number or a sentence (``技术支持电话：020-83163338`` is a value).
COLON_NAME = pattern(r"[\p{Han}/／·（）]{1,12}")
#: What comes before such a colon: a category name, no clause or open note.
COLON_LEAD = pattern(r"[\p{Han}/／·“”]{2,16}")
