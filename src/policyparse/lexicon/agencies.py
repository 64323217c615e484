"""Data for responsibility notes: role words, labels, exclusions and adverbials.

Plain data; the patterns built from it are in :mod:`policyparse.grammar.notes`, organ endings
in :mod:`policyparse.lexicon.organs`. Everything is matched against the normalised view
(Simplified script, Chinese punctuation). The jieba user dictionary of organ names and
endings is ``agencies.txt`` beside this file.
"""

from __future__ import annotations

#: Enterprises: an item of a clause's list of agents that is left out while the organs listed with
#: it are kept (``统计部门、供电部门、燃气公司等配合…``).
ENTERPRISES: tuple[str, ...] = ("企业", "公司", "集团")
#: Agents that are never state organs (enterprises, the public, operators, persons).
NON_STATE: tuple[str, ...] = (
    *ENTERPRISES,
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
    # the parties a rule regulates (建设单位负责…, 由施工单位负责): duty-bearers, not organs
    "建设单位",
    "施工单位",
    "设计单位",
    "勘察单位",
    "监理单位",
    "经营单位",
    "用人单位",
    "用地单位",
    "维修单位",
    "维护保养单位",
    "制造单位",
    "生产单位",
    "营运单位",
    "使用单位",
    "产权单位",
    "举办单位",
    "销售单位",
    "排污单位",
    "经营者",
    "生产者",
    "所有人",
    "使用人",
    "产权人",
    "业主",
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
    "支撑单位": "support",
    "支撑部门": "support",
    "协同单位": "support",
    "协同部门": "support",
    "协办部门": "support",
    "协助部门": "support",
    "配合责任单位": "support",
    "主办单位": "lead",
    "主要责任单位": "lead",
    "牵头责任单位": "lead",
    "责任单位": "responsible",
    "责任部门": "responsible",
    "责任主体": "responsible",
    "实施单位": "responsible",
    "承办单位": "responsible",
    "落实单位": "responsible",
    # the 部门 twins of the 单位 labels above
    "主办部门": "lead",
    "实施部门": "responsible",
    "承办部门": "responsible",
    "落实部门": "responsible",
}

#: Labels of deadline lines and table columns.
#: What a table prints in an empty cell.
EMPTY_CELLS: frozenset[str] = frozenset({"/", "-", "—", "——", "无", "／"})
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

#: Verbs that set up the body a clause then charges (``领导小组下设全区…办公室，负责…``,
#: ``市政府成立的工作专班负责…``): the agent's name begins after them.
ESTABLISHING_VERBS: tuple[str, ...] = ("下设", "设立", "成立", "组建", "设置")
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
SELF_REFERENCE_PATTERN = r"^(?:我|本)(?:部|委|厅|局|办|署|院|省|市|区|县|单位|机关|中心|会)"

#: Unnamed bodies and pronouns that are never an agency (``该单位`` too). A bare generic head left
#: by the split after ``等`` (``区水利局等部门`` → …, ``部门``) is an entry: the guideline splits after
#: 等 and keeps names as printed (blind set 2's c10 adjudication). An organ's 派出机构 (its regional
#: offices, ``国家能源局及其派出机构``) is named by the organ.
UNNAMED_PATTERN = r"^(?:指定|专门|其他|其|该|有关方面|相关方面|各方|双方|多方|社会各界|(?!派出).{0,2}机构$)"

#: Role words that decide whether a text can hold an assignment at all.
CUE_WORDS: tuple[str, ...] = ("牵头", "负责", "负总责", "配合", "参与", "参加", "协助", "职责")
