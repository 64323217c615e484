"""Clauses whose agent is a named organ: ``由省教育厅负责``, ``省级人民政府…负总责``, standing
duties in rules (``第四条 市住房城乡建设局负责…``), also past an adverbial (``…在职责范围内，
分别负责…``), with the supporting list that may follow a lead clause (``由环境保护部牵头，
公安部、水利部等参加``).

Positions are normalised indices.
"""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.markers import match_article, match_marker
from policyparse.grammar.notes import (
    CLAUSE_CUE,
    CLAUSE_CUE_FIRST,
    CLAUSE_VERB,
    CONNECTIVE,
    DELEGATION,
    EMBEDDED_MARKER,
    LAST_BREAK,
    MIDDLE,
    MIDDLE_START,
    NOUN_USE,
    NOUN_USE_LONGEST,
    RELATIVE,
    SUBJECT_END,
    SUBJECTLESS,
    SUPPORT_END,
)
from policyparse.grammar.organs import is_agency, names_several
from policyparse.grammar.text import CLAUSE_BREAK
from policyparse.lexicon import agencies as lex
from policyparse.models import AssignmentKind
from policyparse.stages.assignments.names import Name, split_names
from policyparse.stages.assignments.notes import Roles, Taken, holding

#: How far around a role verb a clause is looked for (keeps run-on text linear).
_WINDOW = 300
#: The longest agent phrase looked at before a role verb (a list of 20 organs fits).
_SUBJECT_LONGEST = 240


def clauses(doc: Document, taken: Taken) -> list[tuple[int, int, AssignmentKind, Roles]]:
    norm = doc.norm
    found: list[tuple[int, int, AssignmentKind, Roles]] = []
    firsts = [m.start() for m in CLAUSE_CUE_FIRST.finditer(norm)]
    for sentence in holding(doc.all_sentences, firsts, room=2):  # a role verb's first character
        if not CLAUSE_CUE.search(norm, sentence.start, sentence.end) or sentence.start in taken:
            continue
        for cue in CLAUSE_CUE.finditer(norm, sentence.start, sentence.end):
            if cue.start() in taken or _noun_use(norm, cue.start(), cue.end()):
                continue
            lo = max(sentence.start, cue.start() - _WINDOW)
            hi = min(sentence.end, cue.end() + _WINDOW)
            principle = _agent_principle(norm, cue.start(), cue.end())
            hit = _clause_agent(norm, lo, hi, cue.start(), cue.end(), direct_only=principle)
            if hit is None:
                continue
            text_start, text_end, names = hit
            text_end = _before_taken(taken, cue.end(), text_end)
            role = _role(norm, cue.group(), names, principle=principle, then=norm[cue.end() : cue.end() + 2])
            roles = Roles([], [], [])
            getattr(roles, role).extend(names)
            while role != "support":  # 由环境保护部牵头，公安部、水利部等参加(，…协助)
                continuation = _support_continuation(norm, text_end, sentence.end)
                if continuation is None:
                    break
                text_end, supporters = continuation
                roles.support.extend(supporters)
            if not _extends_last(found, text_start, text_end, roles):
                found.append((text_start, text_end, AssignmentKind.CLAUSE, roles))
            taken.add(text_start, text_end)
    return found


def _role(norm: str, verb: str, names: list[Name], *, principle: bool, then: str = "") -> str:
    """The role a clause's verb gives its agents: 负责 of several organs, of a name listing
    several, or of a principle (省有关部门按职责分工负责) is ``responsible``; a duty to support
    (``负责配合做好…``, ``then`` the words after the verb) is ``support``."""
    if verb in lex.SUPPORT_VERBS or (verb == "负责" and then in lex.SUPPORT_VERBS):
        return "support"
    several = len(names) > 1 or names_several(norm[names[0].start : names[0].end])
    return "responsible" if verb == "负责" and (several or principle) else "lead"


def _extends_last(
    found: list[tuple[int, int, AssignmentKind, Roles]], start: int, end: int, roles: Roles
) -> bool:
    """Whether a clause that shares the last one's subject (``市住房城乡建设局是…，负责…，负责…``)
    was joined to it: one assignment for the sentence's duties of one agent."""
    if not found:
        return False
    last_start, last_end, kind, last_roles = found[-1]
    if start >= last_end or _spans(last_roles) != _spans(roles):
        return False
    found[-1] = (last_start, max(last_end, end), kind, last_roles)
    return True


def _spans(roles: Roles) -> list[list[tuple[int, int]]]:
    return [[(n.start, n.end) for n in names] for names in (roles.lead, roles.support, roles.responsible)]


def _before_taken(taken: Taken, start: int, end: int) -> int:
    """``end``, or the first position after ``start`` already claimed (a note inside the clause)."""
    claimed = taken.mask.find(1, start, end)
    return end if claimed == -1 else claimed


def _support_continuation(norm: str, clause_end: int, limit: int) -> tuple[int, list[Name]] | None:
    """A list of supporting organs right after a lead clause: ``，公安部、商务部等参加``."""
    if clause_end >= limit or norm[clause_end] not in "，；":
        return None
    start = clause_end + 1
    hi = min(limit, start + _WINDOW)
    stop = CLAUSE_BREAK.search(norm, start, hi)
    end = stop.start() if stop is not None else hi
    role = SUPPORT_END.search(norm, start, end)
    if role is None or role.start() - start < 2:
        return None
    names = split_names(norm, start, role.start())
    if not names or not all(is_agency(norm[n.start : n.end], in_note=True) for n in names):
        return None
    # a clause, not a note: enterprises in the list are not agents (中国铁路总公司等参加)
    state = [n for n in names if is_agency(norm[n.start : n.end])]
    return (end, state) if state else None


def _noun_use(norm: str, start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` belongs to a noun use or a principle (协调配合, 分级负责)."""
    for m in NOUN_USE.finditer(
        norm, max(0, start - NOUN_USE_LONGEST), end + NOUN_USE_LONGEST, overlapped=True
    ):
        if m.start() < end and m.end() > start:
            return True
    return False


def _agent_principle(norm: str, start: int, end: int) -> bool:
    """Whether the cue belongs to a principle that is an assignment only with an organ subject (分工负责)."""
    for word in lex.AGENT_PRINCIPLES:
        offset = word.find(norm[start:end])
        if offset != -1 and norm.startswith(word, start - offset):
            return True
    return False


def _clause_bounds(norm: str, lo: int, hi: int, cue_start: int, cue_end: int) -> tuple[int, int]:
    last = LAST_BREAK.search(norm, lo, cue_start)
    clause_start = last.end() if last is not None else lo
    stop = CLAUSE_BREAK.search(norm, cue_end, hi)
    clause_end = stop.start() if stop is not None else hi
    return clause_start, clause_end


def _clause_agent(
    norm: str, lo: int, hi: int, cue_start: int, cue_end: int, *, direct_only: bool = False
) -> tuple[int, int, list[Name]] | None:
    """The agent of the role verb at ``cue_start``: ``(text start, text end, names)``.

    With ``direct_only`` the agent must be the clause's own subject (or follow its 由): a
    principle such as 分工负责 is not linked to the subject of an earlier clause.
    """
    if norm.startswith("的", cue_end) or RELATIVE.match(norm, cue_end, hi):
        return None  # attributive use: 全面负责的原则, 负责中小企业促进工作的部门
    clause_start, clause_end = _clause_bounds(norm, lo, hi, cue_start, cue_end)
    prefix = norm[clause_start:cue_start]
    by = prefix.rfind("由")
    if by != -1:
        agent_start = clause_start + by + 1
        names = _subject(norm, agent_start, cue_start)
        return (clause_start + by, clause_end, names) if names else None
    agent_start = clause_start + _lead_in_length(prefix)
    names = _subject(norm, agent_start, cue_start)
    if names:
        return agent_start, clause_end, names
    enumerated = _enumerated_clause_agent(norm, clause_start, cue_start)
    if enumerated is not None:  # 市场监管总局推动…、税务总局牵头开展…: clauses listed with 、
        item_end = norm.find("、", cue_end, clause_end)
        return enumerated[0], item_end if item_end != -1 else clause_end, enumerated[1]
    if direct_only:
        return None
    if SUBJECTLESS.fullmatch(prefix.strip()) and clause_start > lo:
        previous = _previous_clause_agent(norm, lo, clause_start - 1)
        if previous is not None:  # 国务院教育行政部门在职责范围内，分别负责…
            return previous[0], clause_end, previous[1]
        # a clause without a subject: the sentence's subject is the agent (各成员单位要…，积极配合…)
        first_start = lo + _lead_in_length(norm[lo:cue_start])
        first_clause_end = CLAUSE_BREAK.search(norm, first_start, clause_start)
        if first_clause_end is None or DELEGATION.search(norm, first_start, clause_start):
            return None  # 指定一个内设部门…，负责…: the designated body is the agent, not the subject
        names = _sentence_subject(norm, first_start, first_clause_end.end())
        if names:
            return names[0].start, clause_end, names
    return None


def _sentence_subject(norm: str, start: int, end: int) -> list[Name]:
    """The organs opening the first clause ``norm[start:end]`` (its break included) before a
    modal, a copula or a duty list's colon (:data:`SUBJECT_END`)."""
    for m in SUBJECT_END.finditer(norm, start, end):
        names = _agent_names(norm, start, m.start())
        if names:
            return names
    return []


def _enumerated_clause_agent(norm: str, clause_start: int, cue_start: int) -> tuple[int, list[Name]] | None:
    """The agent of a clause that is one item of a list of clauses joined by 、, each with its own
    agent and verb (``比如市场监管总局推动商事制度改革、税务总局牵头开展…``): the names after the
    last 、 before the role verb, when the item before it holds a verb of its own."""
    comma = norm.rfind("、", clause_start, cue_start)
    if comma == -1 or cue_start - comma > 40 or not CLAUSE_VERB.search(norm, clause_start, comma):
        return None
    names = _subject(norm, comma + 1, cue_start)
    return (comma + 1, names) if names else None


def _previous_clause_agent(norm: str, lo: int, comma: int) -> tuple[int, list[Name]] | None:
    """The agent of the clause before ``comma`` when it is only an agent and an adverbial.

    ``国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责…``: the subject list
    is separated from its role verb by a prepositional phrase and a comma.
    """
    last = LAST_BREAK.search(norm, lo, comma)
    start = last.end() if last is not None else lo
    start += _lead_in_length(norm[start:comma])
    if comma - start < 4 or DELEGATION.search(norm, start, comma):
        return None
    names = _subject(norm, start, comma)
    if not names or comma - names[-1].end < 2:
        return None  # a bare list before the comma is an enumeration, not an agent
    return start, names


def _subject(norm: str, start: int, cue_start: int) -> list[Name]:
    """Names of the agent that opens ``norm[start:cue_start]``, the rest being adverbials."""
    if cue_start - start > _SUBJECT_LONGEST:
        return []
    splits = [
        cue_start,
        *sorted((m.start() for m in MIDDLE_START.finditer(norm, start + 2, cue_start)), reverse=True),
    ]
    for split in splits:
        if split <= start + 1 or not MIDDLE.fullmatch(norm, split, cue_start):
            continue
        names = _agent_names(norm, start, split)
        if names:
            return names
    return []


def _lead_in_length(text: str) -> int:
    """The length of what opens a clause before its agent: an article label or a numbering
    marker, a connective (``同时``, ``其中``), and the spaces and commas after them."""
    length = 0
    marker = match_article(text, 0) or match_marker(text, 0)
    if marker is not None:
        length = marker.end
        while length < len(text) and text[length].isspace():
            length += 1
    connective = CONNECTIVE.match(text, length)
    if connective is not None:
        length = connective.end()
    while length < len(text) and text[length] in " 　，":
        length += 1
    return length


def _after_establishing(norm: str, start: int, end: int) -> int:
    """Where the body a clause charges is named after the verb that set it up (``领导小组下设``,
    ``市政府成立的``), else ``start``."""
    for verb in lex.ESTABLISHING_VERBS:
        at = norm.rfind(verb, start, end)
        if at >= 0:
            after = at + len(verb)
            start = after + 1 if norm.startswith("的", after) else after
    return start


def _agent_names(norm: str, start: int, end: int) -> list[Name]:
    marker = EMBEDDED_MARKER.search(norm, start, end)
    if marker is not None:  # 工作职责(一)市工信局: a run-on heading before the agent
        start = marker.end()
    start = _after_establishing(norm, start, end)
    text = norm[start:end]
    while True:
        stripped = text
        for word in lex.ADVERBIALS:
            stripped = stripped.removesuffix(word)
        if stripped == text:
            break
        text = stripped
    end = start + len(text)
    if end <= start:
        return []
    names = split_names(norm, start, end, in_note=False)
    # enterprises listed after two or more organs (统计部门、供电部门、燃气公司等配合…) are no agents
    organs = [n for n in names if not norm[n.start : n.end].endswith(lex.ENTERPRISES)]
    if len(organs) < len(names) and len(organs) < 2:
        return []
    if not organs or not all(is_agency(norm[n.start : n.end]) for n in organs):
        return []
    return organs
