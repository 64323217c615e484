"""The head and the closing block of a notice (GB/T 9704-2012): the lines around the body.

Above the title: 份号, 密级, 紧急程度, the 发文机关标志, the 发文字号 with 签发人. Under it:
dated occasion and promulgation lines, a date in parentheses, ``来源``/``时间`` lines, the
speaker of a report, the addressees. After the body: the signature and 成文日期, 附注, 抄送,
印发, the 附件 list. Words are data in :mod:`policyparse.lexicon.metadata`.
"""

from __future__ import annotations

from policyparse.grammar._compile import MULTILINE, pattern
from policyparse.grammar.dates import DATE_SOURCE
from policyparse.lexicon.metadata import DOC_TYPES, SPEAKER_TITLES

_TYPE_ALT = "|".join(DOC_TYPES)

# ---------------------------------------------------------------- the title

#: How a complete title ends: a 文种 or a closing quote, perhaps with a bracketed note.
TITLE_CLOSES = pattern(rf"(?:{_TYPE_ALT}|[》”])(?:（[^（）]{{1,30}}）){{0,2}}$")
#: ``的`` and a 文种: where a title glued to its body ends.
DOC_TYPE_AFTER = pattern(rf"的(?:{_TYPE_ALT})")
#: A 文种 (with a bracketed note) anywhere: where a title glued to its 文号 may end.
TYPE_END = pattern(rf"(?:{_TYPE_ALT})(?:（[^（）\n]{{1,30}}）)?")
#: The 文种 at the end of a title.
#: A 文号 printed at the end of the title's line after a space (``…重点工作的意见 国发 〔2011〕 35 号``).
NUMBER_AFTER_TITLE = pattern(
    r"(?<=\p{Han}|[）)”》])[ \t\u3000\u00a0]+(?P<number>[\p{Han}]{1,10}[ \t\u3000]{0,3}[〔［\[(（][ \t]{0,3}"
    r"(?:19|20)\d\d[ \t]{0,3}[〕］\])）][ \t]{0,3}第?[ \t]{0,3}\d{1,5}[ \t]{0,3}号)[ \t\u3000]*$"
)
#: The end of an attachment's title run into the signature after it (``附件：部分地方优化营商环境
#: 典型做法国务院办公厅``): a 文种, or a form attachments take (做法, 制度, 名单, 清单, 目录, 表).
ATTACHMENT_TITLE_END = pattern(rf"(?:{_TYPE_ALT}|做法|制度|名单|清单|目录|一览表|表)")
TYPE_AT_END = pattern(rf"(?:{_TYPE_ALT})(?=(?:（[^（）]{{1,20}}）)?$)")
#: A bracketed line under a title: ``（试行）``, ``（2024年12月5日）``.
PAREN_LINE = pattern(r"（[^（）\n]{1,30}）")
#: A 印发/转发 notice's transmitted title: ``关于印发《…》的通知``.
TRANSMIT = pattern(
    r"(?:印发|转发|批转|颁布|发布)(?P<title>《[^\n]{2,150}》|[^《》\n]{2,150}?)的(?:通知|函|决定|令)$"
)
#: A bracketed column or office label opening a headline: 【新闻局】
LABEL_PREFIX = pattern(r"【(?P<label>[^【】\n]{1,8})】[ \t]{0,2}")
#: A 《》 name (the document an order promulgates), and a reference with its 文号.
NAMED = pattern(r"《(?P<name>[^《》\n]{2,80})》")
REFERENCE = pattern(r"《(?P<title>[^《》\n]{1,150})》(?:[ \t]{0,2}（(?P<number>[^（）\n]{2,40})）)?")
#: Words that join a title's organ line to the rest (a title line, not a mark).
TITLE_VERB = pattern(r"印发|转发|批转|发布|关于")
#: A closing quote or bracket in a title glued to its 文号.
TITLE_CLOSER = pattern(r"[》”）]")
#: Sentence punctuation that a title never holds.
NOT_IN_TITLE = pattern(r"[，。；！？：]")

# ---------------------------------------------------------------- above the title

COPY_NUMBER = pattern(r"(?:No\.?)?\d{6}")
#: The registration number of a 规范性文件, printed above the 文号 (``AHDR-2022-01008``,
#: ``HNPR-2022-00012``): a filing code, not part of the title.
REGISTRATION_NUMBER = pattern(r"[A-Z]{2,6}[0-9]{0,3}[-－—][0-9]{4}[-－—][0-9]{3,6}")
SIGNER = pattern(r"签发人：[ \t]{0,4}(?P<signer>[\p{Han}· \t]{2,20})")
#: The organ of a 发文机关标志 line before ``文件``.
MARK_ORGAN = pattern(r"(?P<organ>.*?\S)[ \t]*文[ \t]*件[ \t]*$")
#: A portal's info-table line: ``成文日期：…``, ``【发布文号】商办流通函〔2024〕397号``.
TABLE_LINE = pattern(
    r"(?P<label>[\p{Han}]{2,6})：(?P<value>.*)|【(?P<label>[\p{Han}]{2,6})】(?P<value>.*)"
    r"|[-*•]?(?P<label>[a-z][a-z_]{1,20})：(?P<value>.*)"
)
#: A line of a crawler's record in English keys (spaces removed), perhaps a list item:
#: ``source_url：https：//…``, ``*title：…``.
RECORD_FIELD = pattern(r"[-*•]?[A-Za-z][A-Za-z0-9_]{1,30}：.*")
#: A line of decoration: dashes, rules, bullets.
RULE_LINE = pattern(r"[-—=_*·|>•]{1,80}")
#: A crawler's line between its record header and the page's text: ``==== 正文 ====`` (spaces
#: removed), or a line holding only the word (a Markdown heading ``## 正文（原样保留）``).
BODY_SEPARATOR = pattern(
    r"[-—=_*#~·]{3,80}(?:正文|原文|全文|内容|正文内容|文章内容)[-—=_*#~·]{3,80}"
    r"|(?:正文|原文|全文|正文内容)(?:（[^）]{1,12}）)?[：:]?"
)
#: A link line.
URL = pattern(r"https?:")
#: Lines a portal prints above a document in a text dump: today's date with its weekday
#: (``2019年12月3日星期二``), the site's name (``天津政务网``, ``某某市人民政府门户网站``), the
#: page's ``<title>`` (``标题_栏目_站点``).
PAGE_DATE_LINE = pattern(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]?(?:星期|周)[一二三四五六日天]")
SITE_NAME_LINE = pattern(r"\p{Han}{2,12}(?:政务网|门户网站|政府网|政务服务网|网站)")
PAGE_TITLE_LINE = pattern(r"[^_\n]{4,120}(?:_[^_\n]{1,20}){1,4}")

# ---------------------------------------------------------------- under the title

#: A date in parentheses under a title: ``（2024年12月5日）``.
PAREN_DATE = pattern(rf"（[ \t]{{0,2}}(?P<date>{DATE_SOURCE})[ \t]{{0,2}}）")
#: A year alone in parentheses: ``（2024年）``.
#: A line that is all in brackets: ``（万载县统计局）``.
BRACKETED_LINE = pattern(r"[（(][ \t]{0,2}(?P<inner>[^（）()\n]{2,40}?)[ \t]{0,2}[）)]")
#: The month a cover prints under the organ that drew the document up: ``2021 年 9 月``.
COVER_MONTH = pattern(r"(?:19|20)\d\d[ \t]{0,2}年[ \t]{0,2}\d{1,2}[ \t]{0,2}月")
YEAR_ONLY = pattern(r"（[ \t]{0,2}(?:19|20)\d\d[ \t]{0,2}年[ \t]{0,2}）")
#: A dated occasion line: ``——2026年1月27日在…会议上``.
OCCASION = pattern(rf"(?:[—－\-]{{1,2}}|（)?[ \t]{{0,2}}(?P<date>{DATE_SOURCE})[ \t]{{0,2}}在[^\n]{{2,100}}")
#: The second line of an occasion line wrapped by the page (``人民代表大会第五次会议上``).
OCCASION_END = pattern(
    r"[ \t]{0,4}\r?\n[ \t]{0,4}[^\n。：]{2,40}?(?:会议|大会)上）?(?=[ \t]{0,4}(?:\r?\n|$))"
)
#: The rule a bracketed promulgation note names before its date: ``（该文件于2014年1月15日以…令第197号公布）``.
_RULE_SUBJECT = r"(?:该|本)(?:文件|办法|规定|条例|细则|决定|规章|规则)于"
#: A line opening with a date: promulgation or adoption (``2008年7月17日 经…部务会议通过``).
DATED_LINE = pattern(
    rf"(?:##[ \t]*)?(?:(?P<paren>（)[ \t]{{0,2}}(?:{_RULE_SUBJECT})?)?[ \t]{{0,2}}(?P<date>{DATE_SOURCE})"
)
#: Words that make a dated line a promulgation or adoption line.
PROMULGATION_WORDS = pattern(r"令|会议|通过|公布|发布|批准|修订|施行")
PUBLISHED = pattern(r"公布|发布")
#: The organ of a promulgation line: ``经…部务会议``, ``…令第2号``, a joint order's organs
#: (``国家市场监督管理总局、国家卫生健康委员会令第1号``).
PROMULGATED = pattern(
    r"[ \t]{0,2}[经以]?(?P<org>(?:[\p{Han}]{2,40}?、){0,4}[\p{Han}]{2,40}?)(?:令[ \t]{0,2}第[ \t]{0,2}\d{1,5}[ \t]{0,2}号|第[\d一二三四五六七八九十百]{1,6}次)"
)
#: The serial of an order printed under its 令 line: 第707号
ORDER_SERIAL = pattern(r"\s{0,4}第[ \t]{0,3}\d{1,5}[ \t]{0,3}号")
ORDER_NUMBER = pattern(
    r"(?![日以经于])(?:[\p{Han}]{2,40}?、){0,4}[\p{Han}]{2,40}?令[ \t]{0,2}第[ \t]{0,2}\d{1,5}[ \t]{0,2}号"
)
#: A revision in a law's history line (``…令第728号公布 …令第802号修订``): the text republished
#: under the later order. An amendment (``根据…令第275号第一次修改``, ``…修正``) keeps the number.
REVISED = pattern(r"修订")
#: A publication time: ``发布时间：2026-02-01 10:00``.
ISO_LINE = pattern(
    r"(?:(?:发布|发表)?时间：[ \t]{0,2}\n?[ \t]{0,2})?(?P<iso>(?:19|20)\d\d-\d{1,2}-\d{1,2})(?:[ \t]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
#: A report's speaker line: ``省长 王宁``.
SPEAKER = pattern(
    rf"[\p{{Han}}]{{0,16}}(?:{'|'.join(SPEAKER_TITLES)})\s{{0,6}}[\p{{Han}}][\p{{Han}} \t]{{1,5}}"
)
#: An addressee line (主送机关), ending in ``：``; the words that make it one.
ADDRESSEE = pattern(r"(?P<list>[^\n：。；！？]{2,250}?)：")
ADDRESSEE_WORDS = pattern(r"各|政府|机构|部门|单位|同志|代表|委员会|[厅局委办院部]|有关")
ADDRESSEE_ITEM = pattern(r"[^，；,]+")
#: An opening bracket before a 发文字号.
OPEN_BRACKET = pattern(r"（?")

# ---------------------------------------------------------------- reports

#: A report's speaker acting for a government: 我代表省人民政府，向大会报告工作 / 我代表国务院，作…
REPORT_ON_BEHALF = pattern(r"我代表(?P<org>[\p{Han}]{2,30}?)[，,]?(?:向|作)")
#: The region of a report's occasion line: （…在贵州省第十四届人民代表大会第四次会议上）
REPORT_REGION = pattern(
    r"在(?P<region>[\p{Han}]{2,12}?(?:自治区|自治州|省|市|州|县|区|盟|旗))第[一二三四五六七八九十]{1,3}届\s{0,3}人民代表大会"
)
#: A report's address to the delegates: ``各位代表：``.
DELEGATES = pattern(r"(?m)^[ \t]{0,4}各位代表[：！，]")

# ---------------------------------------------------------------- the closing block

#: A date right after a signature's organs, with its line end (or a note) after it.
AFTER_DATE = pattern(r"[ \t]{0,40}(?:（[^（）\n]{1,20}）)?[ \t]{0,40}(?:\r?\n|$)")
LOOSE_AFTER_DATE = pattern(r"[ \t]{1,40}\S")
#: A note in parentheses (附注, ``（此件公开发布）``).
NOTE = pattern(r"（(?P<note>[^（）\n]{2,20})）")
CC_LINE = pattern(r"^[ \t]{0,8}抄送：(?P<cc>[^\n]{2,300})", MULTILINE)
CC_ITEM = pattern(r"[^，、,。\s]+")
PRINT_LINE = pattern(
    rf"^[ \t]{{0,8}}(?P<printer>[\p{{Han}}]{{2,30}})[ \t]{{1,8}}(?P<date>{DATE_SOURCE})印发", MULTILINE
)
ATTACHMENT_LINE = pattern(r"^[ \t]{0,8}附件：[ \t]{0,4}(?P<items>[^\r\n]{0,200})", MULTILINE)
ATTACHMENT_ITEM = pattern(
    r"[ \t]{0,8}(?P<index>\d{1,2})[.．、][ \t]{0,2}(?P<title>[^\r\n]{2,150}?)[ \t]{0,8}(?:\r?\n|$)"
)
#: A numbered section opening a line (a notice has them; rules made of articles may not).
NUMBERED_SECTION_LINE = pattern(r"(?m)^[ \t]{0,8}[一二三四五六七八九十]{1,3}、")
