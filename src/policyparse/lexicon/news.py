"""Words of news reports: outlets, release verbs, meetings, bylines.

Plain data; the patterns built from it are in :mod:`policyparse.grammar.news`.
Strings are in Simplified script: matching runs on the normalised view.
"""

from __future__ import annotations

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
#: The same outlets in Traditional script, for a test on the raw input (before the view).
DISPATCH_OUTLETS_TRADITIONAL: tuple[str, ...] = (
    "本報",
    "新華社",
    "人民網",
    "中新網",
    "新華網",
    "央視網",
    "央廣網",
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

#: Words of a headline that tells of a release whose policy its item's first sentence names
#: (``多部门联合发文 推动新能源重卡规模化应用`` / ``近日，交通运输部…联合发布《…实施方案》``).
HEADLINE_RELEASE_CUES: tuple[str, ...] = (*RELEASE_VERBS, "发文", "联合发文")
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
    "发文",
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
    # …会议从三方面进行部署: the subject's way of acting, not part of its name
    "进行",
    "作出",
    "从两方面",
    "从三方面",
    "从四方面",
    "从五方面",
    "从多方面",
)

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

#: Meetings of an organ itself (国务院常务会议, 市政府全体会议): a policy they release is the
#: organ's, which is the issuer.
HOSTED_MEETINGS: tuple[str, ...] = ("常务会议", "全体会议", "办公会议")
#: What a news headline's 引题 ends with after the occasion it names (``习近平主持召开…座谈会强调``):
#: the line leads to the main headline, it is not the article's title.
KICKER_VERBS: tuple[str, ...] = ("强调", "指出", "表示", "要求", "宣布", "时强调", "时指出", "时表示")
