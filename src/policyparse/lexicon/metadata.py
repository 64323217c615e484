"""Word lists for the metadata stage: 文种, urgency and classification words, organ suffixes,
outlet names, field labels and the chrome lines that web pages put around a document.

All lists are data; :mod:`policyparse.metadata` and :mod:`policyparse.news` compile them once.
Strings are in Simplified script: matching runs on the normalised view.
"""

from __future__ import annotations

import regex

#: The 15 document types of the 2012 regulation (《党政机关公文处理工作条例》).
REGULATION_TYPES: tuple[str, ...] = (
    "决议",
    "决定",
    "命令",
    "令",
    "公报",
    "公告",
    "通告",
    "意见",
    "通知",
    "通报",
    "报告",
    "请示",
    "批复",
    "议案",
    "函",
    "纪要",
)

#: Plan and rule forms that notices transmit, and other document names found in titles.
PLAN_TYPES: tuple[str, ...] = (
    "方案",
    "规划",
    "计划",
    "办法",
    "规定",
    "细则",
    "条例",
    "规则",
    "纲要",
    "指引",
    "指南",
    "措施",
    "预案",
    "清单",
    "标准",
    "规范",
    "章程",
    "复函",
    "工作报告",
)

#: Compound type names, matched before the bare forms (longest first at match time).
COMPOUND_TYPES: tuple[str, ...] = (
    "指导意见",
    "实施意见",
    "若干意见",
    "实施方案",
    "工作方案",
    "行动方案",
    "试点方案",
    "行动计划",
    "工作计划",
    "实施计划",
    "实施办法",
    "管理办法",
    "暂行办法",
    "试行办法",
    "实施细则",
    "暂行规定",
    "若干规定",
    "若干措施",
    "若干政策",
    "规划纲要",
    "政府工作报告",
    "工作要点",
    "应急预案",
    "会议纪要",
)

#: Every 文种 and document form, longest first (for a regex alternation).
DOC_TYPES: tuple[str, ...] = tuple(
    sorted(set(REGULATION_TYPES + PLAN_TYPES + COMPOUND_TYPES), key=lambda word: (-len(word), word))
)

#: Types whose documents are rules made of 第X条 articles.
RULES_TYPES: tuple[str, ...] = ("办法", "条例", "规定", "细则", "规则", "章程")

#: 紧急程度 (GB/T 9704 7.2.4), also printed letter-spaced (特　急).
URGENCY_WORDS: tuple[str, ...] = ("特急", "加急", "特提", "平急")

#: 密级 (GB/T 9704 7.2.3); the 保密期限 follows after ★.
CLASSIFICATION_WORDS: tuple[str, ...] = ("绝密", "机密", "秘密")

#: Suffixes of organ names: a line made of names ending so is a 署名 (signature) line.
ORGAN_SUFFIXES: tuple[str, ...] = (
    "人民政府办公厅",
    "人民政府办公室",
    "人民政府",
    "人民代表大会常务委员会",
    "常务委员会",
    "委员会办公室",
    "委员会办公厅",
    "委员会",
    "办公厅",
    "办公室",
    "政府",
    "国务院",
    "中共中央",
    "党中央",
    "中央军委",
    "总局",
    "总署",
    "总会",
    "总社",
    "管理局",
    "管委会",
    "工委",
    "合作区",
    "新区",
    "示范区",
    "开发区",
    "试验区",
    "自贸区",
    "集团有限公司",
    "有限公司",
    "公司",
    "银行",
    "法院",
    "检察院",
    "研究院",
    "科学院",
    "工程院",
    "联合会",
    "协会",
    "学会",
    "中心",
    "小组",
    "指挥部",
    "部",
    "委",
    "厅",
    "局",
    "院",
    "署",
    "办",
    "处",
    "所",
    "会",
    "室",
)

#: Strong organ suffixes: enough to take the opening of a title or a clause as an organ.
STRONG_ORGAN_SUFFIXES: tuple[str, ...] = (
    "人民政府办公厅",
    "人民政府办公室",
    "人民政府",
    "常务委员会",
    "委员会",
    "办公厅",
    "办公室",
    "政府",
    "国务院",
    "中共中央",
    "总局",
    "管理局",
    "管委会",
    "合作区",
    "新区",
    "部",
    "委",
    "厅",
    "局",
    "署",
)

#: Organs often printed glued together at the start of a title (中共中央国务院关于…).
GLUED_ORGANS: tuple[str, ...] = (
    "中共中央办公厅",
    "国务院办公厅",
    "中共中央",
    "国务院",
    "中央军委",
    "全国人大常委会",
)

#: Newspapers and outlets (for the 来源 line and for recovering lost characters).
OUTLETS: tuple[str, ...] = (
    "人民日报",
    "新华社",
    "新华网",
    "光明日报",
    "经济日报",
    "中国日报",
    "法治日报",
    "河北日报",
    "吉林日报",
    "北京日报",
    "解放日报",
    "重庆日报",
    "浙江日报",
    "江西日报",
    "云南日报",
    "青海日报",
    "宁夏日报",
    "内蒙古日报",
    "贵州日报",
    "海南日报",
    "南方日报",
    "广州日报",
    "中国政府网",
)

#: Outlets whose reports open with a dispatch header (``本报北京1月6日电``, ``新华社北京9月9日电``).
DISPATCH_OUTLETS: tuple[str, ...] = (
    "本报",
    "新华社",
    "人民网",
    "中新社",
    "中新网",
    "新华网",
    "央视网",
    "央广网",
)

#: Labels of a portal's info table (索引号 …), after removing spaces; the value follows.
TABLE_LABELS: dict[str, str] = {
    "索引号": "索引号",
    "主题分类": "主题分类",
    "发文机关": "发文机关",
    "成文日期": "成文日期",
    "标题": "标题",
    "发文字号": "发文字号",
    "发布日期": "发布日期",
    "主题词": "主题词",
    "发布机构": "发文机关",
    "发布时间": "发布日期",
    "生效日期": "生效日期",
    "文号": "发文字号",
    "信息来源": "来源",
    "有效性": "有效性",
    "公开方式": "公开方式",
}

#: Lines of web-page chrome that may stand above the document (matched on the whole line).
CHROME_LINES: tuple[str, ...] = (
    "下载",
    "打印",
    "全屏",
    "收藏",
    "加大",
    "还原",
    "减小",
    "大",
    "中",
    "小",
    "】",
    "【",
    "首页",
    ">",
    "|",
    "分享到：",
    "扫一扫在手机打开当前页",
    "相关报道：",
    "相关文档：",
    "打印本页",
    "关闭窗口",
    "阅读量：",
    "当前位置：",
    "您的位置：",
)

#: Line openings of chrome (a citation header, a link line, a font-size bar).
CHROME_PREFIXES: tuple[str, ...] = (
    "【法宝引证码】",
    "原文链接：",
    "【字号",
    "【字体",
    "发表时间：",
    "时间：",
    "编辑：",
    "责任编辑",
    "<!--",
)

#: Words that close a signature block's trailing matter (附注 and page chrome).
NOTE_WORDS: tuple[str, ...] = (
    "此件公开发布",
    "此件主动公开",
    "此件有删改",
    "此件有删减",
    "本文有删减",
    "此件不公开",
    "此件依申请公开",
)

#: Verbs a news report uses for an organ releasing a policy.
RELEASE_VERBS: tuple[str, ...] = (
    "印发",
    "发布",
    "出台",
    "颁布",
    "公布",
    "下发",
    "制定",
    "修订",
    "编制",
)

#: Adverbs and particles that may stand between the organ and the release verb.
RELEASE_FILLERS: tuple[str, ...] = (
    "日前",
    "近日",
    "近期",
    "目前",
    "今天",
    "今日",
    "昨天",
    "昨日",
    "正式",
    "联合",
    "共同",
    "已",
    "首次",
    "专门",
    "研究",
)

#: Verbs a news report uses for a body releasing or launching a policy in its headline or lead,
#: whatever the object (``司法部部署开展…行动``, ``国务院常务会议提出…举措``); longest first.
LEAD_RELEASE_VERBS: tuple[str, ...] = (
    "部署开展",
    "部署",
    "提出",
    "出台",
    "发布",
    "印发",
    "公布",
    "推出",
    "颁布",
    "下发",
    "制定",
    "修订",
)

#: What may follow such a verb when it is not a release: a press conference (``发布会``,
#: ``发布厅``), or data and news rather than a policy (``发布的数据显示``).
LEAD_NOT_RELEASE: tuple[str, ...] = (
    "会",
    "厅",
    "的数据",
    "数据显示",
    "的统计",
    "统计数据",
    "的消息",
    "消息",
    "新闻",
    "预警",
)

#: Words after which a release clause's subject begins (``4日召开的国务院常务会议``,
#: ``记者获悉``): the subject is the text after the last of them.
SUBJECT_CUTS: tuple[str, ...] = (
    "的",
    "召开",
    "举行",
    "主持",
    "获悉",
    "据悉",
    "了解到",
    "表示",
    "指出",
)

#: Adverbs and place phrases between the subject and the verb (``司法部日前在全国部署开展``).
LEAD_FILLERS: tuple[str, ...] = (
    *RELEASE_FILLERS,
    "再次",
    "进一步",
    "在全国",
    "在全省",
    "在全市",
    "在全区",
    "在全县",
    "在全系统",
    "在全行业",
)

#: Endings of a body that may be named as releasing a policy in a headline or lead (stricter
#: than :data:`ORGAN_SUFFIXES`: no ``会``, ``所``, ``室`` that also end ordinary words).
NEWS_BODY_SUFFIXES: tuple[str, ...] = (
    *STRONG_ORGAN_SUFFIXES,
    "银行",
    "法院",
    "检察院",
    "证监会",
    "常委会",
    "总署",
    "示范区",
    "开发区",
    "试验区",
    "自贸区",
    "领导小组",
)

#: Bodies named without an organ ending (besides :data:`GLUED_ORGANS`).
NAMED_BODIES: tuple[str, ...] = ("党中央", "全国人大", "全国政协", "证监会", "银保监会")

#: One-character prefixes that make a short name of an organ (``省政府``, ``市委``).
LEVEL_PREFIXES: tuple[str, ...] = ("省", "市", "县", "区", "州")

#: A meeting that decides and releases policy: a host body (or a host word of
#: :data:`MEETING_HOSTS`) followed by one of these (``国务院常务会议``, ``中共中央政治局会议``).
MEETING_TYPES: tuple[str, ...] = (
    "常务会议",
    "全体会议",
    "常委会会议",
    "政治局会议",
    "政治局常委会会议",
    "办公会议",
    "工作会议",
    "会议",
)

#: Hosts of a meeting that are not organ names by themselves.
MEETING_HOSTS: tuple[str, ...] = (
    "中央",
    "中共中央",
    "中央经济",
    "中央农村",
    "中央城市",
    "中央财经委员会",
    "中央全面深化改革委员会",
)

#: Openings of a reference to a meeting already named, never a name (``此次会议``).
DEMONSTRATIVES: tuple[str, ...] = ("此次", "本次", "这次", "该", "上述", "这一", "会上")

#: News agencies whose reporters sign a wire story (``新华社记者 赵文君``).
AGENCIES: tuple[str, ...] = ("新华社", "中新社", "人民日报", "本报", "央视", "经济日报", "光明日报")

#: Words a wire story's lead may open with, right after the reporter's name glued to it.
LEAD_OPENERS: tuple[str, ...] = (
    "近日",
    "日前",
    "近期",
    "近来",
    "今年",
    "今天",
    "今日",
    "昨天",
    "昨日",
    "目前",
    "当前",
    "截至",
    "随着",
    "记者",
    "据",
    "在",
    "从",
    "为",
    "本周",
    "上周",
)


# ---------------------------------------------------------------- patterns (compiled once)

_TYPE_ALT = "|".join(DOC_TYPES)
_S = r"[ \t]{0,2}"
_ARABIC_DATE = rf"(?P<y>(?:19|20)\d\d){_S}年{_S}(?P<m>\d{{1,2}}){_S}月{_S}(?P<d>\d{{1,2}}){_S}日"
_CN_DATE = (
    r"(?P<cy>[〇零○OΟ0-9一二三四五六七八九]{4})年(?P<cm>[一二三四五六七八九十]{1,3})月"
    r"(?P<cd>[一二三四五六七八九十]{1,3})日"
)
#: A full date, Arabic (2019年2月19日) or Chinese (二〇一九年二月十九日, 二00六年十月八日).
DATE = regex.compile(rf"(?:{_ARABIC_DATE}|{_CN_DATE})")
#: An ISO date or date-time (a web page's publication time).
ISO_DATE = regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")

ORGAN_SUFFIX_ALT = "|".join(sorted(ORGAN_SUFFIXES, key=len, reverse=True))
STRONG_ALT = "|".join(sorted(STRONG_ORGAN_SUFFIXES, key=len, reverse=True))
ORGAN_NAME = regex.compile(rf"[\p{{Han}}（）·]{{0,30}}(?:{ORGAN_SUFFIX_ALT})")
#: A title opening with an organ, possibly after a year: 2026年吉林省政府工作报告.
TITLE_ORGAN = regex.compile(
    rf"(?:\d{{4}}年)?(?P<orgs>[\p{{Han}}（）、 ]{{0,60}}?(?:{STRONG_ALT}))"
    r"(?=\s{0,4}(?:关于|印发|转发|批转|发布|颁布|公布|工作报告|政府工作报告|令第))"
)
#: A policy title opening with an organ name (横琴粤澳深度合作区支持人才…若干措施).
LEADING_ORGAN = regex.compile(rf"(?P<org>[\p{{Han}}]{{2,30}}?(?:{STRONG_ALT}))(?=[\p{{Han}}])")
_VERBS = "|".join(RELEASE_VERBS)
_FILLERS = "|".join(RELEASE_FILLERS)
#: An organ releasing a policy: 河北省政府办公厅日前印发《…》.
RELEASE = regex.compile(
    rf"(?P<orgs>[\p{{Han}}、（）]{{2,80}}?)(?:(?:{_FILLERS}){{0,3}})(?:{_VERBS})[了的]?(?:修订后的|新修订的|新版)?"
    r"《(?P<policy>[^《》\n]{2,120})》"
)
#: A policy released in the passive: 《…若干措施》……正式发布.
PASSIVE_RELEASE = regex.compile(rf"《(?P<policy>[^《》\n]{{2,120}})》[^。\n]{{0,40}}?(?:正式)?(?:{_VERBS})")
#: A news date line: 2019年02月19日来源：河北日报
DATELINE = regex.compile(
    rf"(?P<date>{_ARABIC_DATE})[ \t]{{0,4}}(?:来源：[ \t]{{0,2}}(?P<source>[^\s]{{1,30}}))?"
)
#: A 来源 label with its outlet (the value may be on the next line).
SOURCE = regex.compile(r"来源：[ \t]{0,3}\n?[ \t]{0,3}(?P<source>[^\s（）：]{2,30})")
#: A newspaper's own dated line: 《人民日报》（2025年01月07日第 02 版）
PAPER_LINE = regex.compile(
    rf"《(?P<paper>[^《》\n]{{2,20}})》[ \t]{{0,2}}（(?P<date>{_ARABIC_DATE})[^）\n]{{0,20}}）"
)
#: A dispatch header: 本报北京1月6日电 （记者王云杉）, 新华社北京9月9日电
DISPATCH = regex.compile(
    r"(?:本报|新华社|中新社|人民网|新华网|央视网)(?:[\p{Han}]{0,8}?\d{1,2}月\d{1,2}日电|讯)"
    r"(?:[ \t]{0,4}（[^）\n]{1,30}）)?"
)
_LEAD_VERBS = "|".join(LEAD_RELEASE_VERBS)
_NOT_RELEASE = "|".join(sorted(LEAD_NOT_RELEASE, key=len, reverse=True))
#: A release verb in a headline or lead (the subject is read backwards from it).
LEAD_RELEASE = regex.compile(
    rf"(?:{_LEAD_VERBS})(?!{_NOT_RELEASE})(?:[了的]?(?:修订后的|新修订的|新版)?《(?P<policy>[^《》\n]{{2,120}})》)?"
)
_LEAD_FILLER_ALT = "|".join(sorted(LEAD_FILLERS, key=len, reverse=True))
#: Fillers at the end of a subject, and time words at its start.
TRAILING_FILLERS = regex.compile(rf"(?:{_LEAD_FILLER_ALT}){{1,4}}$")
LEADING_TIME = regex.compile(r"^(?:日前|近日|近期|目前|今天|今日|昨天|昨日|今年|日)")
_SUBJECT_CUT_ALT = "|".join((*SUBJECT_CUTS, *LEAD_RELEASE_VERBS))
#: The last subject cut (or release verb) in a run of text: the subject follows it.
SUBJECT_CUT = regex.compile(rf"(?r)(?:{_SUBJECT_CUT_ALT})")
NEWS_BODY_SUFFIX = regex.compile(
    "(?:" + "|".join(sorted(set(NEWS_BODY_SUFFIXES), key=len, reverse=True)) + ")$"
)
_MEETING_TYPE_ALT = "|".join(sorted(MEETING_TYPES, key=len, reverse=True))
#: A meeting's name: host, an optional ordinal, the meeting type.
MEETING = regex.compile(
    rf"(?P<host>[\p{{Han}}]{{2,24}}?)(?:第[\d一二三四五六七八九十百零〇]{{1,6}}次)?(?:{_MEETING_TYPE_ALT})"
)
_AGENCY_ALT = "|".join(AGENCIES)
_OPENER_ALT = "|".join(LEAD_OPENERS)
_NAME = r"[\p{Han}]{2,3}"
#: A wire story's headline after its dispatch header: ``新华社北京9月9日电 题：…`` up to the
#: byline (``新华社记者 赵文君``) or the end of the line.
WIRE_HEADLINE = regex.compile(
    rf"[ \t]{{0,4}}\n?[ \t]{{0,4}}题[ \t]{{0,2}}：[ \t]{{0,4}}(?P<title>[^\n。]{{4,80}}?)[ \t]{{0,4}}"
    rf"(?=(?:{_AGENCY_ALT})?记者|\n|$)"
)
#: The byline under (or glued to) a wire headline; the names end before the lead's first word.
BYLINE = regex.compile(
    rf"(?:{_AGENCY_ALT})?记者[ \t]{{0,4}}(?:{_NAME}[、 \t]{{1,2}}){{0,4}}[\p{{Han}}]{{2,3}}?"
    rf"(?=[ \t\n（，]|{_OPENER_ALT}|\d|$)"
)
#: The end of a sentence or paragraph (where a report's lead ends).
SENTENCE_END = regex.compile(r"[。！？\n]")
#: An organ name ending with a strong suffix (for splitting ``A和B``).
STRONG_AT_END = regex.compile(f"(?:{STRONG_ALT})$")

TITLE_CLOSES = regex.compile(rf"(?:{_TYPE_ALT}|[》”])(?:（[^（）]{{1,30}}）){{0,2}}$")
#: ``的`` and a 文种: where a title glued to its body ends.
DOC_TYPE_AFTER = regex.compile(rf"的(?:{_TYPE_ALT})")
TYPE_END = regex.compile(rf"(?:{_TYPE_ALT})(?:（[^（）\n]{{1,30}}）)?")
PAREN_LINE = regex.compile(r"（[^（）\n]{1,30}）")
COPY_NUMBER = regex.compile(r"(?:No\.?)?\d{6}")
SIGNER = regex.compile(r"签发人：[ \t]{0,4}(?P<signer>[\p{Han}· \t]{2,20})")
PAREN_DATE = regex.compile(rf"（[ \t]{{0,2}}(?P<date>{DATE.pattern})[ \t]{{0,2}}）")
YEAR_ONLY = regex.compile(r"（[ \t]{0,2}(?:19|20)\d\d[ \t]{0,2}年[ \t]{0,2}）")
OCCASION = regex.compile(
    rf"(?:[—－\-]{{1,2}}|（)?[ \t]{{0,2}}(?P<date>{DATE.pattern})[ \t]{{0,2}}在[^\n]{{2,100}}"
)
#: The second line of an occasion line wrapped by the page (``人民代表大会第五次会议上``).
OCCASION_END = regex.compile(
    r"[ \t]{0,4}\r?\n[ \t]{0,4}[^\n。：]{2,40}?(?:会议|大会)上）?(?=[ \t]{0,4}(?:\r?\n|$))"
)
DATED_LINE = regex.compile(rf"(?:##[ \t]*)?(?P<paren>（)?[ \t]{{0,2}}(?P<date>{DATE.pattern})")
PROMULGATED = regex.compile(
    r"[ \t]{0,2}经?(?P<org>[\p{Han}]{2,40}?)(?:令[ \t]{0,2}第[ \t]{0,2}\d{1,5}[ \t]{0,2}号|第[\d一二三四五六七八九十百]{1,6}次)"
)
#: The serial of an order printed under its 令 line: 第707号
ORDER_SERIAL = regex.compile(r"\s{0,4}第[ \t]{0,3}\d{1,5}[ \t]{0,3}号")
#: A 《》 name (the document an order promulgates).
NAMED = regex.compile(r"《(?P<name>[^《》\n]{2,80})》")
ORDER_NUMBER = regex.compile(r"[\p{Han}]{2,40}?令[ \t]{0,2}第[ \t]{0,2}\d{1,5}[ \t]{0,2}号")
ISO_LINE = regex.compile(
    r"(?:(?:发布|发表)?时间：[ \t]{0,2}\n?[ \t]{0,2})?(?P<iso>(?:19|20)\d\d-\d{1,2}-\d{1,2})(?:[ \t]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
SPEAKER = regex.compile(
    r"[\p{Han}]{0,16}(?:省长|市长|主席|总理|书记|主任|区长|州长|县长|部长)\s{0,6}[\p{Han}][\p{Han} \t]{1,5}"
)
ADDRESSEE = regex.compile(r"(?P<list>[^\n：。；！？]{2,250}?)：")
ADDRESSEE_WORDS = regex.compile(r"各|政府|机构|部门|单位|同志|代表|委员会|[厅局委办院部]|有关")
HEADING_START = regex.compile(
    r"[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、]|第[一二三四五六七八九十]{1,3}[章条节]"
)
#: A bracketed column or office label opening a headline: 【新闻局】
LABEL_PREFIX = regex.compile(r"【(?P<label>[^【】\n]{1,8})】[ \t]{0,2}")
EOL = regex.compile(r"[\r\n]")
CAPTION = regex.compile(r"[^\n]{0,40}记者[^\n]{0,20}摄")
ARTICLE = regex.compile(r"(?m)^[ \t]{0,8}第[一二三四五六七八九十百零〇]{1,6}条")
REFERENCE = regex.compile(r"《(?P<title>[^《》\n]{1,150})》(?:[ \t]{0,2}（(?P<number>[^（）\n]{2,40})）)?")
TRANSMIT = regex.compile(
    r"(?:印发|转发|批转|颁布|发布)(?P<title>《[^\n]{2,150}》|[^《》\n]{2,150}?)的(?:通知|函|决定|令)$"
)
TYPE_AT_END = regex.compile(rf"(?:{_TYPE_ALT})(?=(?:（[^（）]{{1,20}}）)?$)")
NOTE = regex.compile(r"（(?P<note>[^（）\n]{2,20})）")
CC_LINE = regex.compile(r"(?m)^[ \t]{0,8}抄送：(?P<cc>[^\n]{2,300})")
PRINT_LINE = regex.compile(
    rf"(?m)^[ \t]{{0,8}}(?P<printer>[\p{{Han}}]{{2,30}})[ \t]{{1,8}}(?P<date>{DATE.pattern})印发"
)
ATTACHMENT_LINE = regex.compile(r"(?m)^[ \t]{0,8}附件：[ \t]{0,4}(?P<items>[^\r\n]{0,200})")
ATTACHMENT_ITEM = regex.compile(
    r"[ \t]{0,8}(?P<index>\d{1,2})[.．、][ \t]{0,2}(?P<title>[^\r\n]{2,150}?)[ \t]{0,8}(?:\r?\n|$)"
)
FOLD = regex.compile(r"[^\p{Han}\p{L}\p{N}]+")
#: A report's speaker acting for a government: 我代表省人民政府，向大会报告工作 / 我代表国务院，作…
REPORT_ON_BEHALF = regex.compile(r"我代表(?P<org>[\p{Han}]{2,30}?)[，,]?(?:向|作)")
#: A level word a report's ``我代表省人民政府`` opens with (the region is named elsewhere).
REPORT_LEVELS = ("自治区", "自治州", "省", "市", "州", "县", "区", "盟", "旗")
#: The region of a report's occasion line: （…在贵州省第十四届人民代表大会第四次会议上）
REPORT_REGION = regex.compile(
    r"在(?P<region>[\p{Han}]{2,12}?(?:自治区|自治州|省|市|州|县|区|盟|旗))"
    r"第[一二三四五六七八九十]{1,3}届\s{0,3}人民代表大会"
)
#: What makes a web page's text read as a news report (its 来源 is then the outlet): a
#: reporter, a dispatch or newspaper date line, or a lead opening on the day of the event.
NEWS_CONTENT = regex.compile(
    r"记者|通讯员|[电讯]（记者|本报讯|本报[\p{Han}]{0,6}\d{1,2}月\d{1,2}日电"
    r"|(?:^|\n)[ \t]{0,4}(?:\d{1,2}月\d{1,2}日|近日|日前|今天|昨天|今年\d{1,2}月|(?:今|昨)（\d{1,2}）日)[，,上下]"
)
