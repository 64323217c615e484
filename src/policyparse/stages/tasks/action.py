"""Whether a top-level section title prescribes action (the task list's fallback, GUIDELINES.md).

An action programme (``…行动``, ``…工程``, ``…计划``) or a norm (``…必须…``) counts as it
stands; a topic phrase (``清理整顿工作的主要内容``) never does. Otherwise the title's first word,
past adverbials (``全面``, ``聚力``, ``多措并举``), must be a verb with something after it, read by
part of speech.
"""

from __future__ import annotations

from policyparse.grammar.sections import (
    ACTION_PROGRAMME,
    CLOSING_PARTY_LEADERSHIP,
    GOAL_OUTCOME,
    GOALS_AND_TASKS,
    SCHEDULE_WORD_AT_END,
    TITLE_CLAUSE_BREAK,
    TOPIC_PHRASE,
)
from policyparse.lexicon import tasks as lex
from policyparse.models import Heading
from policyparse.normalize import to_simplified
from policyparse.stages.tasks.sections import clean_title, is_framing
from policyparse.stages.tasks.words import segment

_COORDINATORS = frozenset({"与", "和", "及", "或", "以及", "的"})
#: The longest clause of a title handed to the tokenizer (a heading is rarely longer).
_CLAUSE_LONGEST = 80
_HEADS_LONGEST_FIRST = tuple(sorted(lex.ACTION_HEADS, key=lambda word: (-len(word), word)))


def prescribes_action(title: str) -> bool:
    """Whether a top-level title states what is to be done (verb-initial, programme, normative).

    An action programme (``…行动``, ``…工程``, ``…计划``) or a norm (``…必须…``) counts as it
    stands; a topic phrase (``清理整顿工作的主要内容``) or an outcome (``…取得决定性进展``) never does. Otherwise the title's first
    word, past adverbials (``全面``, ``聚力``, ``多措并举``), must be a verb with something after it,
    read by part of speech from a word table (:mod:`policyparse.stages.tasks.words`, loaded on the
    first call): ``动员社会各界扩大…`` is an action, ``持续发展`` and ``创新驱动`` are not.
    In a title of several clauses (``规划先行，分类指导…``) any clause may carry the action.
    """
    title = clean_title(title).strip('“”"‘’')
    if not title:
        return False
    if ACTION_PROGRAMME.search(title):
        return True
    if "，" not in title and (TOPIC_PHRASE.search(title) or GOAL_OUTCOME.search(title)):
        return False
    clauses = [clause for clause in TITLE_CLAUSE_BREAK.split(title) if clause]
    return any(_clause_acts(clause[:_CLAUSE_LONGEST]) for clause in clauses[:4])


def _clause_acts(clause: str) -> bool:
    """Whether one clause of a title opens with a verb (past adverbials) that has something after it."""
    readings = {clause}
    stripped = clause
    while True:
        modifier = next((m for m in lex.ACTION_MODIFIERS if stripped.startswith(m)), None)
        if modifier is None or len(stripped) - len(modifier) < 2:
            break
        stripped = stripped[len(modifier) :]
        readings.add(stripped)
    return any(_opens_with_verb(segment(reading)) for reading in readings)


def _opens_with_verb(words: list[tuple[str, str]]) -> bool:
    while words and words[0][1] == "d":
        words = words[1:]  # 始终坚持…, 更加注重…: adverbs
    if not words:
        return False
    head, flag = words[0]
    rest = words[1:]
    if flag == "p" and head in lex.ACTION_PREPOSITIONS:  # 在资源开发利用中重视生态环境的保护
        return any(word in lex.ACTION_HEADS or word in lex.ACTION_VERBS_INNER for word, _ in rest)
    if head in lex.ACTION_HEADS:
        return _action_head_acts(head, rest)
    if flag.startswith("v") and flag != "vn" and len(head) >= 2:
        return bool(rest) and not _noun_compound(head, rest) and not _topic_phrase(rest)
    return _verb_with_object_in_one_word(head)


def _action_head_acts(head: str, rest: list[tuple[str, str]]) -> bool:
    """An action verb with something after it that is neither a noun compound (创新驱动) nor an
    attribute it qualifies (实施方式, 参与用户资格)."""
    if head in lex.QUALIFYING_VERBS and 0 < len(rest) <= 2 and rest[-1][0] in lex.ATTRIBUTE_NOUNS:
        return False
    return bool(rest) and not _noun_compound(head, rest)


def _verb_with_object_in_one_word(head: str) -> bool:
    """A verb glued to its object in one dictionary word: 扩大内需, 深化改革 (not 改革开放)."""
    verb = next((v for v in _HEADS_LONGEST_FIRST if head.startswith(v)), None)
    if verb is None or len(head) - len(verb) < 2:
        return False
    return not _noun_compound(verb, segment(head[len(verb) :]))


def _noun_compound(head: str, rest: list[tuple[str, str]]) -> bool:
    """A verb that also names a topic followed only by verbs (创新驱动, 协调发展), or a verb
    coordinated with another word instead of taking an object (保障与监督; but 保障和改善民生,
    two coordinated verbs with their object, is an action)."""
    if rest[0][0] in _COORDINATORS:
        coordinated_verbs = len(rest) > 2 and (rest[1][1] == "v" or rest[1][0] in lex.ACTION_HEADS)
        return not coordinated_verbs
    return head in lex.NOMINAL_VERBS and all(_verbal(tag) for _, tag in rest)


def _topic_phrase(rest: list[tuple[str, str]]) -> bool:
    """Whether what follows a verb only the word table vouches for makes the title a topic's name: it
    ends in a topic noun (组织指挥体系, 招生对象) or is ``…的…`` with no verb before the ``的``
    (信访事项的办理和督办; not 参与解决全球环境问题的国际合作)."""
    if rest[-1][0].endswith(lex.TOPIC_NOUNS):
        return True
    for word, tag in rest:
        if word == "的":
            return True
        if tag.startswith("v") and tag != "vn":
            return False
    return False


def _verbal(tag: str) -> bool:
    return tag.startswith(("v", "a"))


def goal_task_sections(headings: list[Heading]) -> frozenset[int]:
    """Headings naming goals and tasks in one word (``“十五五”时期的主要目标任务``) whose children
    mostly prescribe action: task-naming, like ``主要目标和重大举措`` (blind b08). Without such
    children (goals only, or no child headings) they stay framing."""
    found: set[int] = set()
    for heading in headings:
        if GOALS_AND_TASKS.search(clean_title(heading.title)) is None:
            continue
        kids = [h for h in headings if h.parent == heading.id]
        if kids and 2 * sum(prescribes_action(kid.title) for kid in kids) > len(kids):
            found.add(heading.id)
    return frozenset(found)


def schedule_sections(headings: list[Heading]) -> frozenset[int]:
    """``…工作安排`` sections whose children are the stages of a procedure, not measures.

    工作安排 names a task list in a work report (``2026年工作安排``) and a timetable in a
    procedure (``招生工作安排``: 公告 / 报名 / 资格审核 / 公示 / 录取, blind b11). When no child
    prescribes action, the section is the timetable (the schedule precedent).
    """
    found: set[int] = set()
    for heading in headings:
        if SCHEDULE_WORD_AT_END.search(clean_title(heading.title)) is None:
            continue
        kids = [h for h in headings if h.parent == heading.id]
        if kids and not any(prescribes_action(kid.title) for kid in kids):
            found.add(heading.id)
    return frozenset(found)


def fallback_task_headings(headings: list[Heading]) -> list[Heading]:
    """Top-level action sections of the main document, framing sections skipped (and a last
    section on Party leadership, :data:`~policyparse.grammar.sections.CLOSING_PARTY_LEADERSHIP`).

    Only part 0 is read: the main text, which in a 印发/转发 notice holds the transmitted
    document; attachments are indicator lists, tables and forms, never the task list.
    """
    tops = [h for h in headings if h.part == 0 and h.parent is None]
    if len(tops) > 2 and CLOSING_PARTY_LEADERSHIP.search(clean_title(tops[-1].title)):
        tops = tops[:-1]  # the plan closes on Party leadership: a closing framing section
    chosen = [h for h in tops if not is_framing(h.title) and prescribes_action(h.title)]
    return _without_contents_list(chosen)


def _without_contents_list(headings: list[Heading]) -> list[Heading]:
    """Drop a table of contents: of headings with the same title, keep the longest section."""
    best: dict[str, Heading] = {}
    for heading in headings:
        key = to_simplified(heading.title.strip())
        kept = best.get(key)
        if kept is None or heading.section_end - heading.start > kept.section_end - kept.start:
            best[key] = heading
    return [h for h in headings if best[to_simplified(h.title.strip())] is h]
