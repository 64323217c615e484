"""Responsibility notes and clauses: who leads (牵头), who supports (配合), who is responsible.

Four forms: parenthesised notes (``（省发展改革委牵头，省财政厅配合）``, ``（责任单位：…）``),
labelled lines (``牵头单位：…；配合单位：…``), task tables flattened to text, and clauses whose
agent is a named organ (``由省教育厅负责``, ``市住房城乡建设局负责…``). The words are data in
:mod:`policyparse.lexicon.agencies`; organ names are recognised by
:mod:`policyparse.grammar.organs`.
"""

from __future__ import annotations

from policyparse.grammar._compile import REVERSE, alternation, pattern, plain_pattern
from policyparse.lexicon.agencies import (
    CUE_WORDS,
    DEADLINE_LABELS,
    LABELS,
    NOUN_USES,
    SUPPORT_VERBS,
)

# ---------------------------------------------------------------- notes and labels

#: A parenthesised note; one level of nested parentheses is allowed for an alias or a
#: variant (``中央宣传部（国务院新闻办）``, ``各市（州）``). Some documents bracket their notes
#: with ``〔〕`` or ``【】`` (``〔责任单位：市行政审批局、市市场监管局等〕``): group 1 is the
#: inside of any of the three.
NOTE = pattern(
    r"(?|（((?:[^（）\n]|（[^（）\n]{1,16}）){2,600}+)）"
    r"|〔((?:[^〔〕（）\n]|（[^（）\n]{1,16}）){2,600}+)〕"
    r"|【((?:[^【】（）\n]|（[^（）\n]{1,16}）){2,600}+)】)"
)
#: A role or deadline label with its colon: ``牵头单位：``, ``完成时限：``.
LABEL = pattern("(" + alternation([*LABELS, *DEADLINE_LABELS]) + ")[：:]")
#: The role verb ending a note's segment: ``…牵头``, ``…按职责分工负责``; or none, when the
#: organs carry the measure out by their duties (``（省发展改革委、省能源局等部门按职责分工落实）``:
#: group 1 empty, the organs responsible as for ``按职责分工负责``).
ROLE_END = pattern(
    r"(?|(?:按照?职责分工|按照?职责|分别|共同|具体|统一)?+(牵头负责|牵头|负总责|负责|配合|参与|参加|协助)(?:落实|实施|推进)?+$"
    r"|按照?(?:各自)?职责(?:分工)?()(?:抓好)?(?:落实|实施|推进)$)"
)
#: A note's segments: up to ``，；。`` or the end.
NOTE_SEGMENT_END = pattern(r"[，；。]|$")
#: Any cue of an assignment (a role word or a role label): without one, no organ is looked up.
CUE = pattern("|".join((*CUE_WORDS, *(alternation(LABELS),))))
#: A list of organs alone in parentheses closing a measure after its full stop (guideline rule 3:
#: ``…推动产学研协同攻关。（市科委、市经济信息化委）``, ``…工作机制。（各有关单位）``), at the end of
#: its line or before a final ``。``: by convention the responsible units (not an alias,
#: ``（以下简称市科委）``). Group ``list``.
BARE_NOTE = pattern(
    r"(?<=[。；！？][ \t]{0,2})（(?!以下|下称|简称)(?P<list>[^（）\n。，：:；]{2,200})）(?=[。；]?[ \t]*(?:\n|$))"
)
#: The role verbs of a clause.
CLAUSE_CUE = pattern(r"牵头负责|负总责|牵头|负责|配合|参与|协助")
#: The first characters of the role verbs of :data:`CLAUSE_CUE` (each verb is two or more
#: characters): a sentence without one is not searched for a verb.
CLAUSE_CUE_FIRST = plain_pattern(r"[牵负配参协]")
#: The colon every :data:`LABEL` ends with: a line without one is not searched for a label.
LABEL_COLON = plain_pattern(r"[：:]")
#: A sentence end inside a labelled line (the label's list ends there).
FULL_STOP = pattern(r"。")
#: A "first listed leads" convention for the whole document, and its "others support".
FIRST_LISTED_LEADS = pattern(r"列(?:第一|首)位(?:者|的)?(?:为|是)牵头")
OTHERS_SUPPORT = pattern(r"其他(?:单位|部门)?(?:为|是)(?:配合|参与|协助)")

# ---------------------------------------------------------------- lists of organs

#: Where an item of a list of organs splits further: after ``等`` (keeping what follows), at ``以及``,
#: ``及其``, ``及`` (before ``其他``: ``市城管局及其他行政许可的监管部门`` keeps 其他 with the next name;
#: ``…等国务院相关部门以及各地区按职责分工负责``: 以及 whole).
ETC_OR_AND = pattern(r"等(?=[^等]{2})|以及|及(?=其他)|及其|及")

# ---------------------------------------------------------------- task tables

#: A task table somewhere in the text: a role column's header.
ROLE_COLUMN = pattern(r"(?:牵头|配合|责任|协助)(?:单位|部门|处室)")
HEADER_ROLE = pattern(r"牵头|配合|协助|协办|参与|责任|承办|实施单位|落实单位")
SUPPORT_HEADER = pattern(r"配合|协助|协办|参与")
#: A rule line of a pipe table (``|---|:---|``).
TABLE_RULE = pattern(r"[\s|｜:：\-—]*+")
#: Where a one-cell-per-line table ends: an attachment or a new section.
TABLE_END = pattern(r"^(?:附件|[一二三四五六七八九十]{1,3}、)")
#: The role columns of a task table flattened onto one line, glued before its first category:
#: ``…工作要求牵头单位配合/责任单位一、…`` (group ``second``: the second column's header).
FLAT_ROLE_HEADER = pattern(
    r"(?:牵头|主责)(?:单位|部门)(?P<second>(?:配合|协助|责任)(?:[/、](?:配合|协助|责任))?(?:单位|部门))"
    r"(?=一、)"
)
#: A category glued after a flattened row's organs: where the row's organ text ends.
FLAT_ROW_END = pattern(r"[一二三四五六七八九十]{1,3}、")
#: The 序号 cell of a table row printed on a line of its own: a bare number.
ROW_NUMBER = pattern(r"\d{1,3}")
#: A cell of a deadline column: a date, a period or a standing term (``2023年6月底前``,
#: ``长期坚持``, ``持续推进``), opening the cell or after ``力争``, ``确保``.
DEADLINE_CELL = pattern(
    r"(?:力争|确保|原则上|预计|计划|于)?(?:\d{4}年|\d{1,2}月|年底|年内|季度|底前|持续|长期|常态|每年|逐年|全年)[^。]{0,20}"
)


def is_role_note(text: str) -> bool:
    """Whether ``text`` is one bracketed note naming roles and nothing else
    (``（发展改革委、司法部牵头，各地区负责）``, ``〔责任单位：市行政审批局等〕``)."""
    note = NOTE.fullmatch(text.strip())
    return note is not None and CUE.search(note.group(1)) is not None


def column_role(header: str) -> str | None:
    """The role a task table's column gives its cells (lead, support, responsible), from the
    column's header (``牵头部门``, ``配合单位``, ``责任单位``); ``None`` for any other column."""
    header = header.strip()
    if header in LABELS:
        return LABELS[header]
    if len(header) > 14 or not header.endswith(("单位", "部门", "处室", "科室", "主体", "机构")):
        return None
    if "牵头" in header or "主责" in header:
        return "lead"
    if SUPPORT_HEADER.search(header):
        return "support"
    if HEADER_ROLE.search(header):
        return "responsible"
    return None


# ---------------------------------------------------------------- clauses

#: A connective opening a clause before its agent.
CONNECTIVE = pattern(r"(?:同时|其中|此外|另外|并且|并|而且|对此|为此|今后)")
#: The role words used as nouns or principles (协调配合, 分级负责): never an assignment.
NOUN_USE = pattern(alternation(NOUN_USES))
NOUN_USE_LONGEST = max(len(word) for word in NOUN_USES)
#: The last clause break before a position (searched right to left).
LAST_BREAK = pattern(r"[，；：。！？]", REVERSE)
#: A supporting list after a lead clause: ``，公安部、商务部等参加``.
SUPPORT_END = pattern(
    r"等?+(?:共同|积极|按职责)?+(?:" + "|".join(SUPPORT_VERBS) + r")(?:落实|实施|推进|工作)?+$"
)
#: Where the adverbials between an agent and its role verb may start.
MIDDLE_START = pattern(
    r"要|应|须|需|必须|将|还要|也要|均|都|分别|共同|具体|主要|统一|全面|积极|主动|切实|认真|继续|进一步|依法|按|根据|对|会同|分工"
    r"|在|依照|依据|结合|对照"
)
#: An attributive use: ``负责中小企业促进工作的部门``.
RELATIVE = pattern(r"[^，；。：]{0,30}?的(?:部门|单位|机构|机关|科室|处室)")
#: A designated or created body is the agent, not the clause's subject: ``指定…负责``.
DELEGATION = pattern(r"指定|成立|设立|组建|委托|明确由|确定(?!的)|指派|授权|设置")
MODAL = pattern(r"要|应当|应|须|必须|将")
#: A numbering marker inside a would-be agent, left by a text that lost its line breaks
#: (``二、工作职责(一)市工信局：…``): the agent starts after it.
EMBEDDED_MARKER = pattern(r"[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、", REVERSE)
#: A verb that makes a list item a clause of its own (``市场监管总局推动商事制度改革``), so a
#: 、 after it separates clauses, not the organs of one agent.
CLAUSE_VERB = pattern(r"推动|推进|开展|实施|建设|负责|牵头|组织|制定|出台|落实|加强|完善|建立|健全|深化|推行")
#: What may end the subject of a sentence whose later clause holds the role verb: a modal, a
#: copula (``市住房城乡建设局是…主管部门，负责…``, ``市发改委作为牵头部门…``), or the colon of
#: a duty list (``市工信局：落实…，牵头制定…``).
SUBJECT_END = pattern(r"要|应当|应|须|必须|将|是|作为|：$")
#: A clause without a subject before its role verb: ``积极配合``.
SUBJECTLESS = pattern(
    r"(?:积极|主动|共同|全力|切实|认真|要|应|并|还要|同时|及时|密切|分别|具体|各自|统一|均|都)*+"
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
_PREPOSITIONAL = (
    r"(?:对[^，；。：]{1,40}"
    r"|会同[^，；。：]{1,30}"
    r"|在" + _OBJECT + r"{0,24}?(?:范围内|职责内|领域内|区域内|以内|之内|内|下|中|时|期间)"
    r"|(?:依照|依据|按照|根据|结合|对照)" + _OBJECT + r"{0,16}?(?:" + _BASIS + r"))"
)
#: What may stand between an agent and its role verb: adverbs and up to two prepositional phrases.
MIDDLE = pattern(_ADVERBS + r"{0,6}(?:" + _PREPOSITIONAL + r"){0,2}" + _ADVERBS + r"{0,6}")
#: Two organs printed without a separator (省发展改革委省财政厅): W403.
GLUED_ORGANS = pattern(
    r"(?:厅|局|委|办|署|部)(?=(?:省|市|县|区|自治区|国家)[^，、；]{1,12}?(?:厅|局|委|办|署|部|人民政府)$)"
)
