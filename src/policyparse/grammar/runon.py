"""Joints of a document that lost its line breaks: where the head and the signature meet the text.

OCR and some copy-pastes give a whole 公文 as one line (blind b21, b22): the 版头 ``…文件``, the
文号, the title, the addressees, the cover text, the signature and its date run into each other
with nothing between. Numbered headings are found mid-line anyway (``MIDLINE`` in
:mod:`policyparse.grammar.layout`); these are the joints of the elements around them. Each
pattern matches where a paragraph break was lost, as a zero-width position or as a span whose
ends are the breaks. They run on the normalised view and only on such run-on lines
(:func:`policyparse.segment.paragraphs` decides which).
"""

from __future__ import annotations

from policyparse.grammar._compile import alternation, pattern
from policyparse.grammar.dates import DATE_SOURCE
from policyparse.grammar.markers import AR, CN
from policyparse.grammar.organs import ORGAN_NAME
from policyparse.lexicon.metadata import DOC_TYPES, SPEAKER_TITLES

#: The 版头 ``…文件`` glued to the 文号 after it: the break is after 文件.
MASTHEAD_END = pattern(r"文件(?=[\p{Han}A-Za-z]{1,10}[〔［\[（(][0-9]{4}[〕］\]）)])")
#: The 文号 at the head (bare or in brackets), glued to what follows it (or a space between, where
#: the line break was): the break is after it.
HEAD_NUMBER_END = pattern(r"[〔［\[（(][0-9]{4}[〕］\]）)]第?[0-9]{1,5}号[）)]?(?=[ \t\u3000]*[\p{Han}《“])")
#: A title's 文种 glued to the 文号 after it (in brackets or not; or a space between, where the
#: line break was): the break is before the 文号, not inside its code (``…的通知 粤基金函字〔2024〕58号``:
#: not after 函).
TITLE_BEFORE_NUMBER = pattern(
    rf"(?<=(?:{alternation(DOC_TYPES)}))(?=[ \t\u3000]*[（(]?(?:(?!的)\p{{Han}}){{1,12}}[〔［\[（(][0-9]{{4}}[〕］\]）)]第?[0-9]{{1,5}}号)"
)
#: A title's 文种 (or the 文号 after it) glued to the addressee line that follows
#: (``…的通知各市党委和人民政府，…：``; or a space between): the break is before 各.
ADDRESSEE_START = pattern(rf"(?<=(?:{alternation(DOC_TYPES)}|号[）)]?)[ \t\u3000]*)各[^。：:]{{1,200}}?[：:]")
#: A report's salutation glued to the speaker's name before it (``…国务院总理 李强各位代表：现在，…``):
#: the break is before it.
SALUTATION_START = pattern(r"(?<=[^\s])(?=各位(?:代表|委员)[：:，,])")
#: A title printed twice (a web page's title, then the document's own): the break is between.
#: The second copy starts with the first six characters of the first.
TITLE_REPEAT = pattern(
    rf"(?P<start>[^。，：]{{6}})[^。：]{{0,150}}?(?:{alternation(DOC_TYPES)})(?=(?P=start))"
)
#: What may follow a date that is part of a sentence rather than a signature: a clause mark,
#: a time of day, or a verb of what happened that day.
_IN_SENTENCE = r"[，、：；。起前后至以到在]|上午|下午|晚|凌晨|零时|召开|印发|发布|举行|出台|颁布|公布|施行|实施|开始|正式|期间"
#: A signature after a sentence end: up to nine organ names (a joint one may keep some spaces
#: between them) and the full date, with the breaks at both ends
#: (``…请认真贯彻落实。中共山东省委办公厅山东省人民政府办公厅2021年2月26日…``,
#: ``…落实。生态环境部 国家发展和改革委员会工业和信息化部 国家能源局2022年6月10日``).
SIGNATURE = pattern(
    rf"(?<=[。！][ \t\u3000]{{0,2}})(?:(?:{ORGAN_NAME.pattern})[ \t\u3000]{{0,2}}){{0,9}}(?:{DATE_SOURCE})(?![ \t]{{0,2}}(?:{_IN_SENTENCE}))"
)
#: A rule's chapter, section or article opening after a sentence end (``…重要事项。第二章 计 划第十条 …``,
#: ``…施行。第四十六条 …``), its first chapter after its title, an article after its chapter's
#: title: in a 办法 that lost its line breaks each opens a paragraph. The break is before it.
UNIT_START = pattern(
    rf"(?<=[。；！？”][ \t\u3000\u2002]{{0,2}})(?=第(?:{CN}|{AR})(?:编|章|节|条))"
    # the first chapter after the rule's title (…管理办法第一章 总 则)
    rf"|(?<=(?:{alternation(DOC_TYPES)})[ \t\u3000\u2002]{{0,2}})(?=第[一1][编章])"
    # the first article after its chapter's title (第一章 总 则第一条 …)
    rf"|(?<=第(?:{CN}|{AR})[编章节][ \t\u3000\u2002]{{0,4}}[\p{{Han}} \t\u3000\u2002]{{1,20}}?)(?=第(?:{CN}|{AR})条)"
)
#: A space between two paragraphs of a page whose crawler joined them with one (``…状况 1.落实…``,
#: ``…组织实施。 平潭综合实验区管委会办公室 2023年3月30日``): after two Han characters or a
#: closing mark, before two Han characters, an opening mark or a numbered item (``一、``, ``1.``). Chinese prose
#: puts no space between words, so in a run-on line such a space is a lost break; spaces in
#: times, Latin text and letter-spaced words (``附 件``) are not matched, nor the spaces before and
#: in a reporter's credit after a dispatch (``本报昆明3月24日电  （记者李茂颖）``, ``（记者 申铖）``), nor
#: the space between a speaker's office and name (``陕西省省长 赵刚``). A full date after a title
#: opens the line printed under it (``…政府工作报告 2026年1月27日在…会议上``, ``…办法 2008年7月17日 经…通过``).
SPACE_BREAK = pattern(
    r"(?<=(?:\p{Han}{2}|[。；：:！？”》）])[ \t\u3000]+)(?<!（(?:记者|通讯员|实习生)[ \t\u3000]+)(?!（(?:记者|通讯员|实习生))"
    rf"(?<!(?:{alternation(SPEAKER_TITLES)})[ \t\u3000]+)"
    r"(?=\p{Han}{2}|[“《（]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|(?:[—－]{1,2})?\d{4}年\d{1,2}月\d{1,2}日)"
)
