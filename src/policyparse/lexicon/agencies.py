"""Data for responsibility notes: organ suffixes, role cues, labels and exclusions.

Everything is matched against the normalised view (Simplified script, Chinese punctuation).
The jieba user dictionary of organ names and suffixes is ``agencies.txt`` beside this file.
"""

from __future__ import annotations

import regex

#: Endings that make a phrase the name of an organ (longest first when matching).
ORGAN_SUFFIXES: tuple[str, ...] = (
    "人民政府",
    "政府",
    "办公厅（室）",
    "办公厅",
    "办公室",
    "委员会",
    "领导小组",
    "工作小组",
    "推进小组",
    "工作组",
    "小组",
    "联席会议",
    "成员单位",
    "相关部门和单位",
    "有关部门和单位",
    "部门",
    "单位",
    "机关",
    "总局",
    "总署",
    "总社",
    "中心支行",
    "支行",
    "分行",
    "银行",
    "部",
    "委",
    "厅",
    "局",
    "办",
    "署",
    "院",
    "中心",
    "委员会",
    "监会",
    "联合会",
    "红十字会",
    "工会",
    "总会",
    "工委",
    "妇联",
    "残联",
    "工商联",
    "科协",
    "处",
    "室",
    "司",
    "所",
    "地区",
    "各地",
    "各区",
    "各县",
    "各市",
    "各省",
    "各级",
    "法院",
    "检察院",
)

#: Endings accepted in a labelled or parenthesised list (责任单位：…) but not as the agent of
#: a clause: the guideline keeps such names in notes, and leaves enterprises out of clauses.
NOTE_ONLY_SUFFIXES: tuple[str, ...] = ("集团", "公司", "企业", "协会", "商会")

#: Agents that are never state organs (enterprises, the public, operators, persons).
NON_STATE: tuple[str, ...] = (
    "企业",
    "公司",
    "集团",
    "运营单位",
    "运营主体",
    "市场主体",
    "社会资本",
    "社会力量",
    "社会组织",
    "公众",
    "群众",
    "农民",
    "村民",
    "居民",
    "个人",
    "纳税人",
    "医院",
    "学校",
    "科研机构",
    "负责人",
    "负责同志",
    "领导",
    "同志",
    "主任",
    "书记",
    "干部",
    "职工",
    "员工",
    "人员",
    "专家",
    "律师",
)

#: Words that mark a non-state agent anywhere in the name (铁路运输企业主管部门 is not a state organ)…
NON_STATE_INSIDE: tuple[str, ...] = (
    "企业",
    "公司",
    "集团",
    "市场主体",
    "社会资本",
    "运营",
    "负责人",
    "负责同志",
)
#: …unless the name ends as a state organ does (中小企业局, 国有企业监督管理委员会).
STATE_HEADS: tuple[str, ...] = ("局", "委", "厅", "部", "办", "署", "委员会", "办公室", "人民政府")

#: Heads of phrases that use a role word as a noun or a principle: never an assignment.
NOUN_USES: tuple[str, ...] = (
    "协调配合",
    "协同配合",
    "密切配合",
    "相互配合",
    "互相配合",
    "配合协作",
    "技术协助",
    "分级负责",
    "各负其责",
    "谁主管谁负责",
    "谁审批谁负责",
    "谁监管谁负责",
    "司法协助",
    "属地负责",
    "层层负责",
    "自主负责",
    "负责任",
    "负责人",
    "负责同志",
    "牵头人",
    "参与权",
    "参与度",
    "参与者",
    "参与方",
)

#: Principles that are assignments when a named organ is their subject (``省有关部门按职责分工
#: 负责`` → responsible) and principles otherwise (``分级管理、分工负责的原则``, ``各司其职，分工负责``).
AGENT_PRINCIPLES: tuple[str, ...] = ("分工负责",)

#: Labels of responsibility lines and notes, with the role they give.
LABELS: dict[str, str] = {
    "牵头考核单位": "lead",
    "牵头单位": "lead",
    "牵头部门": "lead",
    "牵头处室": "lead",
    "主责单位": "lead",
    "主责部门": "lead",
    "配合单位": "support",
    "配合部门": "support",
    "配合处室": "support",
    "协助单位": "support",
    "协办单位": "support",
    "参与单位": "support",
    "参与部门": "support",
    "责任单位": "responsible",
    "责任部门": "responsible",
    "责任主体": "responsible",
    "实施单位": "responsible",
    "承办单位": "responsible",
    "落实单位": "responsible",
}

#: Labels of deadline lines and table columns.
DEADLINE_LABELS: tuple[str, ...] = ("完成时限", "完成时间", "时间要求", "时限要求", "完成期限", "时间节点")

#: Verbs of a responsibility clause, with the role they give their agents.
CLAUSE_VERBS: dict[str, str] = {
    "牵头": "lead",
    "负总责": "lead",
    "负责": "lead",
    "配合": "support",
    "参与": "support",
    "协助": "support",
}
#: Verbs of a responsibility note (and of the list that follows ``由X牵头，``): the clause
#: verbs, and 参加, which such notes use exactly like 参与 (``由公安部牵头，商务部等参加``).
NOTE_VERBS: dict[str, str] = {**CLAUSE_VERBS, "参加": "support"}
#: Support verbs of a list that continues a ``由X牵头`` clause.
SUPPORT_VERBS: tuple[str, ...] = tuple(verb for verb, role in NOTE_VERBS.items() if role == "support")

#: Tags (in ``agencies.txt``) of words that cannot open an organ's name: verbs, prepositions,
#: adverbs (坚持地方政府, 在当地公安机关, 需要异地公安机关).
BAD_FIRST_TAGS: tuple[str, ...] = ("v", "p", "d", "c")
#: Words that may not occur anywhere inside a clause agent's name (公安部凭外交部公文指定…,
#: 公安机关在刑事诉讼中同人民法院…; ``所在地`` is a dictionary word, so 所在地人民政府 stays).
BAD_INNER_WORDS: frozenset[str] = frozenset(
    {"凭", "在", "按照", "根据", "通过", "依据", "依照", "关于", "对于", "随着", "应当", "必须", "可以", "是"}
)

_ADVERBS = (
    r"(?:要|应当|应|须|需|必须|将|还要|也要|均|都|分别|共同|具体|主要|统一|全面|积极|主动|切实|认真|继续|"
    r"进一步|依法|按照?职责分工|按照?职责|根据职责|按照?各自职能分工|按照?各自职责|按照?分工|分工)"
)
#: Verbs that make a prepositional phrase's object the agent of what follows (依照规定组织专家参与):
#: a phrase containing one does not link its subject to the role verb.
_CAUSATIVE = r"组织|邀请|动员|鼓励|支持|引导|委托|指定|要求|吸引|带动|推动|让|使|请|发挥|作为|成立|设立|组建"
_OBJECT = r"(?:(?!" + _CAUSATIVE + r")[^，；。：])"
#: What 依照/根据/按照… are followed by: a rule, a duty or a plan (依照职业标准, 根据有关规定).
_BASIS = (
    r"规定|标准|职责|分工|权限|职能|要求|办法|法律|法规|条例|程序|规划|计划|方案|部署|需要|原则|意见|"
    r"精神|规范|制度|授权|安排|实际|情况"
)
#: Prepositional adverbials between an agent and its role verb: 在职责范围内, 依照职业标准,
#: 根据有关规定, 对本地区工作 (``国务院教育行政部门依照职业标准牵头组织…``).
PREPOSITIONAL = (
    r"(?:对[^，；。：]{1,40}"
    r"|会同[^，；。：]{1,30}"
    r"|在" + _OBJECT + r"{0,24}?(?:范围内|职责内|领域内|区域内|以内|之内|内|下|中|时|期间)"
    r"|(?:依照|依据|按照|根据|结合|对照)" + _OBJECT + r"{0,16}?(?:" + _BASIS + r"))"
)
MIDDLE = regex.compile(_ADVERBS + r"{0,6}(?:" + PREPOSITIONAL + r"){0,2}" + _ADVERBS + r"{0,6}")

#: Words between an agent and its role verb that do not break the link.
ADVERBIALS: tuple[str, ...] = (
    "按职责分工",
    "按照职责分工",
    "按职责",
    "按分工",
    "分工",
    "依职责",
    "根据职责",
    "分别",
    "共同",
    "具体",
    "主要",
    "统一",
    "积极",
    "全面",
    "切实",
    "要",
    "应当",
    "应",
    "须",
    "必须",
    "将",
    "会同有关部门",
)

#: Subjects that are the issuer itself (an issuer describing its own participation).
SELF_REFERENCE = regex.compile(r"^(?:我|本)(?:部|委|厅|局|办|署|院|省|市|区|县|单位|机关|中心|会)")

#: Unnamed bodies and pronouns that are never an agency.
UNNAMED = regex.compile(r"^(?:指定|专门|其他|其|有关方面|相关方面|各方|双方|多方|社会各界|.{0,2}机构$)")

#: A responsibility-cue test that decides whether jieba is loaded at all.
CUE = regex.compile(
    r"牵头|负责|负总责|配合|参与|参加|协助|" + "|".join(regex.escape(label) for label in LABELS)
)

#: Announcing a "first listed leads" convention for the whole document.
FIRST_LISTED_LEADS = regex.compile(r"列(?:第一|首)位(?:者|的)?(?:为|是)牵头")
OTHERS_SUPPORT = regex.compile(r"其他(?:单位|部门)?(?:为|是)(?:配合|参与|协助)")
