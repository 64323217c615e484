"""News reports: dispatch headers, date lines, 来源 lines, bylines and release clauses.

A news report about a policy prints a headline, a date line or a dispatch header
(``本报北京1月6日电（记者…）``, ``新华社北京9月9日电``), perhaps a ``来源：`` line, and names the
organ that released the policy (``河北省政府办公厅日前印发《…》``). The words are data in
:mod:`policyparse.lexicon.news`.
"""

from __future__ import annotations

from policyparse.grammar._compile import REVERSE, alternation, pattern
from policyparse.grammar.dates import ARABIC_DATE
from policyparse.lexicon.news import (
    AGENCIES,
    DISPATCH_OUTLETS,
    DISPATCH_OUTLETS_TRADITIONAL,
    LEAD_FILLERS,
    LEAD_NOT_RELEASE,
    LEAD_OPENERS,
    LEAD_RELEASE_VERBS,
    RELEASE_FILLERS,
    RELEASE_VERBS,
    SUBJECT_CUTS,
)

#: A dispatch header opening a report's first paragraph: ``本报北京1月6日电 （记者王云杉）``,
#: ``新华社北京9月9日电``, ``本报讯``. It is no part of a target sentence.
DISPATCH = pattern(
    rf"(?:{alternation(DISPATCH_OUTLETS)})[^，。；（\n]{{0,20}}?[电讯](?:[ \t]{{0,4}}（[^）\n]{{0,30}}）)?"
)
#: The opening of an item of a bundle of news (a broadcast's transcript, a digest): a dispatch
#: or an outlet's ``消息`` (``央视网消息（新闻联播）：``, ``新华社北京6月17日电``).
BUNDLE_ITEM_LEAD = pattern(rf"(?:{alternation(DISPATCH_OUTLETS)})(?:消息|[^，。；（\n]{{0,20}}?[电讯])")
#: An outlet's name, in either script: a bundle names one per item (a cheap count on the input).
BUNDLE_OUTLET = pattern(alternation([*DISPATCH_OUTLETS, *DISPATCH_OUTLETS_TRADITIONAL]))
#: A tag opening an item's headline: ``[视频]``, ``[图文]``.
HEADLINE_TAG = pattern(r"\[[^\]\n]{1,6}\][ \t]{0,2}")
#: A news date line: 2019年02月19日来源：河北日报
DATELINE = pattern(rf"(?P<date>{ARABIC_DATE})[ \t]{{0,4}}(?:来源：[ \t]{{0,2}}(?P<source>[^\s]{{1,30}}))?")
#: A 来源 label with its outlet (the value may be on the next line).
SOURCE = pattern(r"来源：[ \t]{0,3}(?:\n[ \t]{0,40})?(?P<source>[^\s（）：]{2,30})")
#: A newspaper's own dated line: 《人民日报》（2025年01月07日第 02 版）
PAPER_LINE = pattern(
    rf"《[ \t]{{0,2}}(?P<paper>[^《》\s][^《》\n]{{0,18}}?[^《》\s])[ \t]{{0,2}}》[ \t]{{0,2}}"
    rf"（[ \t]{{0,2}}(?P<date>{ARABIC_DATE})[^）\n]{{0,20}}）"
)

_VERBS = "|".join(RELEASE_VERBS)
_FILLERS = "|".join(RELEASE_FILLERS)
#: An organ releasing a policy: 河北省政府办公厅日前印发《…》.
RELEASE = pattern(
    rf"(?P<orgs>[\p{{Han}}、（）]{{2,80}}?)(?:(?:{_FILLERS}){{0,3}})(?:{_VERBS})[了的]?(?:修订后的|新修订的|新版)?"
    r"《(?P<policy>[^《》\n]{2,120})》"
)
#: A policy released in the passive: 《…若干措施》……正式发布.
PASSIVE_RELEASE = pattern(rf"《(?P<policy>[^《》\n]{{2,120}})》[^。\n]{{0,40}}?(?:正式)?(?:{_VERBS})")
#: A headline's exclamation or question mark: official titles (关于…的通知) never carry one.
HEADLINE_MARK = pattern(r"[！？!?]")
#: The title of a piece that explains a policy (``《…办法》政策解读``, ``…答记者问``, ``一图读懂…``):
#: a report on the policy, like a news item, not an official document.
INTERPRETATION = pattern(r"(?:政策)?解读$|答记者问$|^一图(?:读懂|看懂)|^图解")
#: A release verb in a headline or lead (the subject is read backwards from it).
LEAD_RELEASE = pattern(
    rf"(?:{'|'.join(LEAD_RELEASE_VERBS)})(?!{alternation(LEAD_NOT_RELEASE, escape=False)})"
    rf"(?:[了的]?(?:修订后的|新修订的|新版)?《(?P<policy>[^《》\n]{{2,120}})》)?"
)
#: Fillers at the end of a subject, and time words at its start.
TRAILING_FILLERS = pattern(rf"(?:{alternation(LEAD_FILLERS, escape=False)}){{1,4}}$")
LEADING_TIME = pattern(r"^(?:日前|近日|近期|目前|今天|今日|昨天|昨日|今年|日)")
#: The last subject cut (or release verb) in a run of text: the subject follows it.
SUBJECT_CUT = pattern("(?:" + "|".join((*SUBJECT_CUTS, *LEAD_RELEASE_VERBS)) + ")", REVERSE)
#: A run of Han characters (and 、（）) ending where a release verb stands: a candidate subject.
SUBJECT_RUN = pattern(r"[\p{Han}、（）]{1,60}$")
#: The count that closes a list of releasing bodies (``交通运输部、国家发展改革委等11个部门联合发布``):
#: the bodies are those named before it.
COUNTED_REST = pattern(r"等[0-9一二三四五六七八九十两]{1,3}个?(?:部门|部委|单位|家单位)(?:联合|共同)?$")

_AGENCY_ALT = "|".join(AGENCIES)
_OPENER_ALT = "|".join(LEAD_OPENERS)
_NAME = r"[\p{Han}]{2,3}"
#: A wire story's headline after its dispatch header: ``新华社北京9月9日电 题：…`` up to the
#: byline (``新华社记者 赵文君``) or the end of the line.
WIRE_HEADLINE = pattern(
    rf"[ \t]{{0,4}}\n?[ \t]{{0,4}}题[ \t]{{0,2}}：[ \t]{{0,4}}(?P<title>[^\n。]{{4,80}}?)[ \t]{{0,4}}"
    rf"(?=(?:{_AGENCY_ALT})?记者|\n|$)"
)
#: The byline under (or glued to) a wire headline; the names end before the lead's first word.
BYLINE = pattern(
    rf"(?:{_AGENCY_ALT})?记者[ \t]{{0,4}}(?:{_NAME}[、 \t]{{1,2}}){{0,4}}[\p{{Han}}]{{2,3}}?"
    rf"(?=[ \t\n（，]|{_OPENER_ALT}|\d|$)"
)
#: A reporter's credit on a line of its own under a headline: ``BBC中文记者``, ``本报记者 张三``,
#: ``记者 王五 赵六`` (an outlet or desk of up to 12 characters, 记者, up to four names).
BYLINE_LINE = pattern(
    rf"[ \t]{{0,4}}(?:[\p{{Han}}A-Za-z]{{1,12}}[ \t]{{0,2}})?记者(?:[ \t]{{0,4}}{_NAME}(?:[、 \t]{{1,2}}{_NAME}){{0,3}})?[ \t]{{0,4}}"
)
#: A reporter's name alone on the line above such a credit (``陈岩`` / ``BBC中文记者``).
BYLINE_NAME = pattern(r"[ \t]{0,4}\p{Han}{2,4}[ \t]{0,4}")
#: A photo caption: ``…记者…摄``.
CAPTION = pattern(r"[^\n]{0,40}记者[^\n]{0,20}摄")
#: A reporter's credit closing a report (``（记者袁瑞娟 通讯员徐靖涛报道）``, ``（本报记者 张三）``):
#: searched at the end of the text.
CLOSING_BYLINE = pattern(r"（(?:本报)?(?:记者|通讯员)[^（）\n]{2,40}）[ \t\n]*$")
#: What makes a web page's text read as a news report (its 来源 is then the outlet): a
#: reporter, a dispatch or newspaper date line, or a lead opening on the day of the event.
NEWS_CONTENT = pattern(
    r"记者|通讯员|[电讯]（记者|本报讯|本报[\p{Han}]{0,6}\d{1,2}月\d{1,2}日电"
    rf"|(?:{alternation(DISPATCH_OUTLETS)})[\p{{Han}}]{{0,8}}\d{{1,2}}月\d{{1,2}}日电"  # 新华社上海11月30日电
    r"|(?:^|\n)[ \t]{0,4}(?:\d{1,2}月\d{1,2}日|近日|日前|今天|昨天|今年\d{1,2}月|(?:今|昨)（\d{1,2}）日)[，,上下]"
)
#: A 来源 given on a page without the outlet in parentheses: ``（来源：…）``, ``（新华社…电）``.
PAGE_SOURCE_NOTE = pattern(r"（(?:来源：[^）]{1,20}|新华社[^）]{1,20}电)）")
