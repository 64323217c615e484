"""Heading data: the limits of titles and the words of standard section titles.

Plain data; the marker classes are in :mod:`policyparse.grammar.markers` and the patterns
built from these words in :mod:`policyparse.grammar.titles` and :mod:`policyparse.grammar.layout`.
"""

from __future__ import annotations

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
