"""The principal task list, with sub-items, agencies, deadlines and the announced count.

The list is chosen as the gold guideline says, in this order:

1. documents without a task list (通报, 批复, award 决定, 函, rules of articles) give ``[]``;
   rules and evaluation schemes (规则, 办法, 细则, 条例, 考核…, also when a 印发/转发 notice
   transmits them) give only the children of sections that say 任务;
2. a task-division plan (``任务分工``/``分工方案`` in the title): every numbered item or table
   row that carries its own lead-unit note;
3. the children of every section whose heading names tasks or measures (重点任务, 主要措施,
   试点任务, 行动步骤, 工作安排 …), in order, ordinals continuing; a task-naming section
   without child headings gives its inline items (一是……) or numbered list items;
4. else the top-level sections of the main document (part 0) that prescribe action, framing
   sections skipped; "prescribes action" is read by part of speech (the title opens with a
   verb that has an object), with a private jieba tokenizer loaded only when this step runs;
5. for a news report without headings for it, the paragraphs that follow the announcement
   (``意见提出了五项重点任务。``).

The announced count (``五项重点任务``, ``八个方面工作``, ``十五条措施``) is read from the first
task section that announces one, else from an announcing sentence anywhere; W401 reports a
count that differs from the tasks found.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from policyparse.document import Document
from policyparse.grammar.numerals import cn_to_int
from policyparse.lexicon import tasks as lex
from policyparse.models import Agency, Assignment, Deadline, DocumentKind, Heading, StatedCount, SubItem, Task
from policyparse.normalize import to_simplified
from policyparse.stages.targets.deadlines import find_deadlines

_LIST_ITEM = regex.compile(
    r"(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|\d{1,3}\s*+[|｜]|[①-⑳]|[（(][一二三四五六七八九十]{1,3}[）)])\s*+"
)
_FIRST_CLAUSE = regex.compile(r"[^，。；：！？\n]{1,80}+")
_STANDALONE_NOTE = regex.compile(
    r"(?:^|(?<=[（：；|]))[ \t]*+(" + lex.DEADLINE_NOTE.pattern + r")[ \t]*+(?=$|[）；|。])", regex.MULTILINE
)
_TITLE_TRAIL = "。；：，. "
_SPACE = regex.compile(r"\s++")
_TRANSMITS = regex.compile(r"(?:印发|转发|批转|发布)([^\n]{2,150}?)(?:的(?:通知|函|决定|令))?$")
_ARTICLE_LINE = regex.compile(r"(?:^|(?<=\s))第[一二三四五六七八九十百零〇]{1,5}条", regex.MULTILINE)


@dataclass
class _Candidate:
    """A task before it becomes a model: normalised spans, or a heading."""

    start: int
    end: int
    title_start: int
    title_end: int
    marker: str = ""
    heading: Heading | None = None
    subs: list[SubItem] = field(default_factory=list)


# --------------------------------------------------------------------------- headings


def _children(headings: list[Heading], parent: Heading) -> list[Heading]:
    return [h for h in headings if h.parent == parent.id]


def _ancestors(headings: list[Heading], heading: Heading) -> list[int]:
    by_id = {h.id: h for h in headings}
    out: list[int] = []
    seen: set[int] = set()
    current = heading.parent
    while current is not None and current in by_id and current not in seen:
        seen.add(current)
        out.append(current)
        current = by_id[current].parent
    return out


def _clean(title: str) -> str:
    """A title as the section tests read it: Simplified script, no whitespace (``附  则``)."""
    return _SPACE.sub("", to_simplified(title))


def is_task_section(title: str) -> bool:
    """Whether a heading title names a task list (重点任务, 主要措施, 工作安排 …)."""
    title = _clean(title)
    if lex.SCHEDULE_SECTION.search(title) or lex.REVIEW_SECTION.search(title):
        return False
    if lex.GOALS_AND_MEASURES.search(title):
        return True
    return bool(lex.TASK_SECTION.search(title)) and not lex.GOALS_ONLY.fullmatch(title)


def is_framing(title: str) -> bool:
    """Whether a section title is framing (opening requirements/goals or closing safeguards)."""
    title = _clean(title)
    if lex.NOT_FRAMING.search(title):
        return False
    return bool(lex.OPENING_FRAMING.search(title)) or is_closing(title)


def is_closing(title: str) -> bool:
    """Whether a title is a closing framing section (leadership, implementation, safeguards …)."""
    title = _clean(title)
    if lex.NOT_FRAMING.search(title):
        return False
    return bool(lex.CLOSING_FRAMING.search(lex.NOT_SAFEGUARD.sub("", title)))


def prescribes_action(title: str) -> bool:
    """Whether a top-level title states what is to be done (verb-initial, programme, normative).

    An action programme (``…行动``, ``…工程``, ``…计划``) or a norm (``…必须…``) counts as it
    stands; a topic phrase (``清理整顿工作的主要内容``) never does. Otherwise the title's first
    word, past adverbials (``全面``, ``聚力``, ``多措并举``), must be a verb with something after it,
    read by part of speech with the private jieba tokenizer (:func:`policyparse.tokenizer.get_pos_tokenizer`,
    loaded on the first call): ``动员社会各界扩大…`` is an action, ``持续发展`` and ``创新驱动`` are not.
    In a title of several clauses (``规划先行，分类指导…``) any clause may carry the action.
    """
    title = _clean(title).strip('“”"‘’')
    if not title:
        return False
    if lex.ACTION_PROGRAMME.search(title):
        return True
    if "，" not in title and lex.TOPIC_PHRASE.search(title):
        return False
    clauses = [clause for clause in regex.split(r"[，；、]", title) if clause]
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
    return any(_opens_with_verb(_pos(reading)) for reading in readings)


def _opens_with_verb(words: list[tuple[str, str]]) -> bool:
    while words and words[0][1] in {"d", "ad"}:
        words = words[1:]  # 始终坚持…, 更加注重…: adverbs jieba tags as such
    if not words:
        return False
    head, flag = words[0]
    rest = words[1:]
    if flag == "p" and head in lex.ACTION_PREPOSITIONS:  # 在资源开发利用中重视生态环境的保护
        return any(word in lex.ACTION_HEADS or word in lex.ACTION_VERBS_INNER for word, _ in rest)
    if head in lex.ACTION_HEADS:
        return bool(rest) and not _noun_compound(head, rest)
    if flag.startswith("v") and flag != "vn" and len(head) >= 2:
        return bool(rest) and not _noun_compound(head, rest) and not _topic_phrase(rest)
    # a verb glued to its object in one dictionary word: 扩大内需, 深化改革 (not 改革开放)
    verb = next((v for v in _HEADS_LONGEST_FIRST if head.startswith(v)), None)
    if verb is None or len(head) - len(verb) < 2:
        return False
    return not _noun_compound(verb, _pos(head[len(verb) :]))


def _noun_compound(head: str, rest: list[tuple[str, str]]) -> bool:
    """A verb that also names a topic followed only by verbs (创新驱动, 协调发展), or a verb
    coordinated with another word instead of taking an object (保障与监督)."""
    if rest[0][0] in _COORDINATORS:
        return True
    return head in lex.NOMINAL_VERBS and all(_verbal(tag) for _, tag in rest)


def _topic_phrase(rest: list[tuple[str, str]]) -> bool:
    """Whether what follows a verb only jieba vouches for makes the title a topic's name: it
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


_COORDINATORS = frozenset({"与", "和", "及", "或", "以及", "的"})
#: The longest clause of a title handed to the tokenizer (a heading is rarely longer).
_CLAUSE_LONGEST = 80
_HEADS_LONGEST_FIRST = tuple(sorted(lex.ACTION_HEADS, key=lambda word: (-len(word), word)))


def _verbal(tag: str) -> bool:
    return tag.startswith(("v", "a"))


def _pos(text: str) -> list[tuple[str, str]]:
    """``(word, tag)`` pairs of a short text from the private part-of-speech tokenizer."""
    return list(_pos_cached(text))


@lru_cache(maxsize=4096)
def _pos_cached(text: str) -> tuple[tuple[str, str], ...]:
    from policyparse.tokenizer import get_pos_tokenizer  # jieba is loaded only when the fallback runs

    return tuple((pair.word, pair.flag) for pair in get_pos_tokenizer().lcut(text))


def _task_sections(headings: list[Heading], *, named_tasks_only: bool = False) -> list[Heading]:
    """Task-naming headings, except those inside a closing section (明确任务分工 under 保障措施).

    With ``named_tasks_only`` (rules, evaluation schemes) only headings that say 任务 count.
    """
    by_id = {h.id: h for h in headings}
    return [
        h
        for h in headings
        if is_task_section(h.title)
        and (not named_tasks_only or lex.NAMED_TASKS.search(_clean(h.title)))
        and not any(is_closing(by_id[a].title) for a in _ancestors(headings, h))
    ]


def select_task_headings(headings: list[Heading], *, named_tasks_only: bool = False) -> list[Heading] | None:
    """Children of the task-naming sections, in order; ``None`` when no heading names tasks.

    With ``named_tasks_only`` only sections whose heading says 任务 are read (a rules document or
    an evaluation scheme whose text calls its items tasks).
    """
    sections = _task_sections(headings, named_tasks_only=named_tasks_only)
    chosen_ids = {h.id for h in sections}
    sections = [h for h in sections if not any(a in chosen_ids for a in _ancestors(headings, h))]
    if not sections:
        return None
    out: list[Heading] = []
    for section in sections:
        children = _children(headings, section)
        if lex.GOALS_AND_MEASURES.search(to_simplified(section.title)):
            children = [c for c in children if not lex.GOALS_ONLY.fullmatch(to_simplified(c.title.strip()))]
        out.extend(children)
    return out


def fallback_task_headings(headings: list[Heading]) -> list[Heading]:
    """Top-level action sections of the main document, framing sections skipped.

    Only part 0 is read: the main text, which in a 印发/转发 notice holds the transmitted
    document; attachments are indicator lists, tables and forms, never the task list.
    """
    tops = [h for h in headings if h.part == 0 and h.parent is None]
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


# --------------------------------------------------------------------------- candidates


def _heading_candidate(doc: Document, heading: Heading) -> _Candidate:
    start = doc.view.from_orig(heading.start)
    end = doc.view.from_orig(heading.section_end)
    title_start = doc.view.from_orig(heading.title_start)
    title_end = doc.view.from_orig(heading.title_end)
    return _Candidate(start, max(end, title_end), title_start, title_end, heading.marker, heading)


def _first_clause(norm: str, start: int, end: int) -> tuple[int, int]:
    m = _FIRST_CLAUSE.match(norm, start, end)
    if m is None:
        return start, start
    clause_end = m.end()
    while clause_end > start and norm[clause_end - 1] in _TITLE_TRAIL:
        clause_end -= 1
    return start, clause_end


def inline_items(norm: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Inline enumeration items ``一是……；二是……`` of a span: ``(start, end, marker)`` in order.

    Items must run 一, 二, 三 … from the first; an item ends where the next begins.
    """
    found: list[tuple[int, int, str]] = []
    expected = 1
    for m in lex.INLINE_ITEM.finditer(norm, start, end):
        value = cn_to_int(m.group(1))
        if value != expected:
            continue
        if m.start() > start and norm[m.start() - 1] not in "。；：，\n 　":
            continue
        found.append((m.start(), m.end(), m.group()))
        expected += 1
    if len(found) < 2:
        return []
    items: list[tuple[int, int, str]] = []
    for index, (item_start, _body, marker) in enumerate(found):
        item_end = found[index + 1][0] if index + 1 < len(found) else _item_tail(norm, item_start, end)
        items.append((item_start, item_end, marker))
    return items


def _item_tail(norm: str, start: int, end: int) -> int:
    stop = regex.compile(r"[。\n]").search(norm, start, end)
    return stop.end() if stop is not None else end


def _inline_candidates(doc: Document, start: int, end: int) -> list[_Candidate]:
    norm = doc.norm
    out: list[_Candidate] = []
    for item_start, item_end, marker in inline_items(norm, start, end):
        body = item_start + len(marker)
        title_start, title_end = _first_clause(norm, body, item_end)
        out.append(
            _Candidate(item_start, _strip_end(norm, item_start, item_end), title_start, title_end, marker)
        )
    return out


def _strip_end(norm: str, start: int, end: int) -> int:
    while end > start and norm[end - 1] in "；， \n\t":
        end -= 1
    return end


def _list_item_candidates(doc: Document, start: int, end: int) -> list[_Candidate]:
    """Numbered paragraphs (``1. 加强组织领导，…``) of a span that are not headings."""
    norm = doc.norm
    paragraphs = [p for p in doc.paragraphs if start <= p.start < end]
    items: list[tuple[int, int, str]] = []
    kind: str | None = None
    for para in paragraphs:
        m = _LIST_ITEM.match(norm, para.start, para.end)
        if m is None:
            continue
        marker_kind = regex.sub(r"[0-9一二三四五六七八九十①-⑳]", "0", m.group().strip())
        kind = kind or marker_kind
        if marker_kind == kind:
            items.append((para.start, m.end(), m.group().strip(" |｜\t")))
    out: list[_Candidate] = []
    for index, (item_start, body, marker) in enumerate(items):
        item_end = items[index + 1][0] if index + 1 < len(items) else end
        title_start, title_end = _first_clause(norm, body, item_end)
        out.append(
            _Candidate(item_start, _strip_end(norm, item_start, item_end), title_start, title_end, marker)
        )
    return out


def _section_items(doc: Document, heading: Heading) -> list[_Candidate]:
    """Tasks of a task-naming section without child headings: inline items, else list items."""
    candidate = _heading_candidate(doc, heading)
    body_start = candidate.title_end
    items = _inline_candidates(doc, body_start, candidate.end)
    return items or _list_item_candidates(doc, body_start, candidate.end)


def _news_candidates(doc: Document, stated: StatedCount | None) -> list[_Candidate]:
    """A news report's tasks: the paragraphs after the announcing sentence, one per task."""
    if stated is None:
        return []
    norm = doc.norm
    start = doc.view.from_orig(stated.end)
    following = [p for p in doc.paragraphs if p.start >= start]
    if following and following[0].start < _item_tail(norm, start, len(norm)):
        following = following[1:]
    out: list[_Candidate] = []
    for para in following[: stated.value]:
        title_start, title_end = _first_clause(norm, para.start, para.end)
        out.append(_Candidate(para.start, para.end, title_start, title_end))
    if len(out) == stated.value:
        return out
    inline = _inline_candidates(doc, start, min(len(norm), start + 5000))
    return inline[: stated.value] if len(inline) >= 2 else []


def _division_candidates(doc: Document, assignments: list[Assignment]) -> list[_Candidate]:
    """Items of a task-division plan: numbered items or rows carrying their own lead-unit note."""
    norm = doc.norm
    out: list[_Candidate] = []
    paragraphs = doc.paragraphs
    starts = [p.start for p in paragraphs]
    for assignment in assignments:
        note_start = doc.view.from_orig(assignment.start)
        index = bisect.bisect_right(starts, note_start) - 1
        if index < 0 or not paragraphs[index].start <= note_start < max(
            paragraphs[index].end, note_start + 1
        ):
            continue
        para = paragraphs[index]
        m = _LIST_ITEM.match(norm, para.start, para.end) or regex.compile(r"\d{1,3}(?=\s|[|｜])").match(
            norm, para.start, para.end
        )
        if m is None or any(c.start == para.start for c in out):
            continue
        body = m.end()
        while body < para.end and norm[body] in " |｜\t":
            body += 1
        title_start, title_end = _first_clause(norm, body, para.end)
        out.append(_Candidate(para.start, para.end, title_start, title_end, m.group().strip()))
    return out


# --------------------------------------------------------------------------- sub-items


def _sub_items(doc: Document, candidate: _Candidate) -> list[SubItem]:
    norm = doc.norm
    if candidate.heading is not None:
        children = _children(doc.headings, candidate.heading)
        if children:
            return [
                SubItem(start=c.start, end=c.section_end, marker=c.marker, title=c.title, kind="numbered")
                for c in children
            ]
    subs: list[SubItem] = []
    body = candidate.title_end
    numbered = _list_item_candidates(doc, body, candidate.end) if candidate.heading is not None else []
    for item in numbered:
        subs.append(_sub_item(doc, item, "numbered"))
    if not subs:
        subs = [_sub_item(doc, item, "inline") for item in _inline_candidates(doc, body, candidate.end)]
    _ = norm
    return subs


def _sub_item(doc: Document, item: _Candidate, kind: str) -> SubItem:
    start, end = doc.span(item.start, item.end)
    title = doc.surface(item.title_start, item.title_end)
    return SubItem(
        start=start,
        end=end,
        marker=item.marker,
        title=title,
        kind="inline" if kind == "inline" else "numbered",
    )


# --------------------------------------------------------------------------- deadlines


def _find_deadlines(doc: Document, start: int, end: int) -> list[Deadline]:
    return find_deadlines(doc, start, end)


def _deadline(doc: Document, start: int, end: int) -> tuple[Deadline | None, str | None]:
    """The task's deadline: a labelled 完成时限, else a dated target inside it; and a note."""
    norm = doc.norm
    label = lex.DEADLINE_LABEL.search(norm, start, end)
    note_match = _STANDALONE_NOTE.search(norm, start, end)
    note = doc.surface(*note_match.span(1)) if note_match is not None else None
    if label is not None:
        stop = regex.compile(r"[；。）|\n]").search(norm, label.end(), end)
        value_end = stop.start() if stop is not None else end
        labelled = _find_deadlines(doc, label.end(), value_end)
        if labelled:
            return labelled[0], note
        value = lex.DEADLINE_NOTE.search(norm, label.end(), value_end)
        if value is not None:
            return None, doc.surface(value.start(), value.end())
    found = _find_deadlines(doc, start, end)
    if not found:
        return None, note
    latest = max(found, key=lambda d: (d.year or 0, d.month or 0, d.day or 0))
    return latest, note


# --------------------------------------------------------------------------- stated count


def _count_value(text: str) -> int | None:
    return int(text) if text.isdigit() else cn_to_int(text.replace("两", "二"))


def _is_announcement(norm: str, m: regex.Match[str], headings_spans: list[tuple[int, int]]) -> bool:
    if any(start <= m.start() < end for start, end in headings_spans):
        return True
    window = max(0, m.start() - 200)
    sentence_start = max(window - 1, *(norm.rfind(ch, window, m.start()) for ch in "。；\n")) + 1
    before = norm[sentence_start : m.start()]
    after = norm[m.end() : m.end() + 2]
    if lex.ANNOUNCE.search(before[-30:]) or lex.ANNOUNCE_AFTER.match(norm[m.end() : m.end() + 12]):
        return True
    if lex.AREA_LEAD_IN.search(before[-12:]):
        return True  # 在14个方面采取38项措施: the measure count of an announced programme
    opened = norm.rfind("《", sentence_start, m.start())
    if opened != -1 and norm.rfind("》", opened, m.start()) == -1 and after[:1] == "》":
        return True  # a measure count in a policy's quoted name: 《…十五条措施》
    return after[:1] in "：。" and len(before) <= 20


def stated_count(doc: Document, sections: list[tuple[int, int]] | None = None) -> StatedCount | None:
    """The count the text announces for its task list, from an announcing phrase.

    With ``sections`` (normalised spans of the task sections' openings, in order) the count is
    the first one announced inside the first section that announces one, else ``None``;
    without, it is the first announced count of the document.
    """
    norm = doc.norm
    heading_spans = [
        (doc.view.from_orig(h.title_start), doc.view.from_orig(h.title_end))
        for h in doc.headings
        if is_task_section(h.title)
    ]
    candidates = [
        m
        for m in lex.COUNT_PHRASE.finditer(norm)
        if _is_announcement(norm, m, heading_spans) and (_count_value(m.group("n")) or 0) >= 2
    ]
    chosen: regex.Match[str] | None = candidates[0] if candidates else None
    if sections:
        chosen = next(
            (m for start, end in sections for m in candidates if start <= m.start() < end),
            None,
        )
        if chosen is None:
            # an announcement before the list that names it (今年重点抓好五项重点任务 … 二、重点任务)
            first_title = norm[sections[0][0] : min(sections[0][1], sections[0][0] + 40)]
            chosen = next(
                (m for m in candidates if m.start() < sections[0][0] and m.group()[-2:] in first_title),
                None,
            )
    if chosen is None:
        return None
    value = _count_value(chosen.group("n"))
    if value is None or value <= 0:
        return None
    start, end = doc.span(chosen.start(), chosen.end())
    return StatedCount(value=value, text=doc.surface(chosen.start(), chosen.end()), start=start, end=end)


# --------------------------------------------------------------------------- the stage


def _no_tasks(doc: Document) -> bool:
    title = (doc.metadata.title if doc.metadata is not None else None) or ""
    doc_type = (doc.metadata.doc_type if doc.metadata is not None else None) or ""
    if doc.kind == DocumentKind.RULES or len(_ARTICLE_LINE.findall(doc.norm)) >= 5:
        return True  # rules made of 第X条 articles, also when a notice transmits them
    if _TRANSMITS.search(_clean(title)):
        return False  # a 印发/转发 notice takes the tasks of what it transmits (see _rules_like)
    return bool(lex.NO_TASK_TITLE.search(title.strip())) or doc_type in {"通报", "批复", "函", "公告"}


def subject_title(doc: Document) -> str:
    """The title of the document the task list is read from: for a 印发/转发 notice, the
    transmitted document's (``国务院工作规则``), else the document's own; ``""`` when unknown."""
    meta = doc.metadata
    if meta is None:
        return ""
    if meta.transmitted_title:
        return _clean(meta.transmitted_title)
    title = _clean(meta.title or "")
    transmitted = _TRANSMITS.search(title)
    return transmitted.group(1).strip("《》") if transmitted is not None else title


def _rules_like(doc: Document) -> bool:
    """Whether the (transmitted) document is rules or an evaluation scheme (规则, 办法, 细则,
    条例, 规定, 考核…): its sections are rules or indicators, tasks only where it says 任务."""
    return bool(lex.RULES_TITLE.search(subject_title(doc)))


def _select(
    doc: Document, assignments: list[Assignment]
) -> tuple[list[_Candidate], list[tuple[int, int]] | None]:
    """The task candidates, and the opening spans of the task sections (for the stated count)."""
    title = (doc.metadata.title if doc.metadata is not None else None) or ""
    if lex.DIVISION_PLAN.search(title):
        division = _division_candidates(doc, assignments)
        if division:
            return division, None
    headings = doc.headings
    rules_like = _rules_like(doc)
    chosen = select_task_headings(headings, named_tasks_only=rules_like)
    if chosen is not None:
        sections = _task_sections(headings, named_tasks_only=rules_like)
        candidates: list[_Candidate] = []
        openings: list[tuple[int, int]] = []
        for section in sections:
            if any(a in {s.id for s in sections} for a in _ancestors(headings, section)):
                continue
            openings.append(_opening(doc, section))
            kids = [h for h in chosen if h.parent == section.id]
            if kids:
                candidates.extend(_heading_candidate(doc, h) for h in kids)
            else:
                candidates.extend(_section_items(doc, section))
        if candidates:
            return candidates, openings
    if doc.kind == DocumentKind.NEWS or rules_like:
        return [], None
    fallback = fallback_task_headings(headings)
    if fallback:
        return [_heading_candidate(doc, h) for h in fallback], None
    return [], None


def _opening(doc: Document, section: Heading) -> tuple[int, int]:
    """Normalised span of a section's opening: its heading and the text before its first child."""
    candidate = _heading_candidate(doc, section)
    children = _children(doc.headings, section)
    return candidate.start, doc.view.from_orig(children[0].start) if children else candidate.end


def _attach(tasks: list[Task], assignments: list[Assignment]) -> None:
    for assignment in assignments:
        for task in tasks:
            if task.start <= assignment.start < task.end:
                assignment.task = task.ordinal
                task.lead.extend(_copies(assignment.lead))
                task.support.extend(_copies(assignment.support))
                task.responsible.extend(_copies(assignment.responsible))
                break


def _copies(agencies: list[Agency]) -> list[Agency]:
    return [agency.model_copy() for agency in agencies]


def _build(doc: Document, ordinal: int, candidate: _Candidate) -> Task:
    start, end = doc.span(candidate.start, candidate.end)
    title_start, title_end = doc.span(candidate.title_start, candidate.title_end)
    title = (
        candidate.heading.title
        if candidate.heading is not None
        else doc.surface(candidate.title_start, candidate.title_end)
    )
    if not title.strip():
        doc.diagnostics.add("W404", start=start, end=end)
    deadline, note = _deadline(doc, candidate.start, candidate.end)
    return Task(
        ordinal=ordinal,
        title=title,
        marker=candidate.marker,
        start=start,
        end=max(end, title_end),
        title_start=title_start,
        title_end=title_end,
        heading=candidate.heading.id if candidate.heading is not None else None,
        sub_items=_sub_items(doc, candidate),
        deadline=deadline,
        deadline_note=note,
    )


def extract_tasks(doc: Document, assignments: list[Assignment]) -> tuple[list[Task], StatedCount | None]:
    """The task list and the count the text announces for it."""
    if _no_tasks(doc):
        return [], None
    candidates, openings = _select(doc, assignments)
    stated = stated_count(doc, openings)
    if not candidates and doc.kind == DocumentKind.NEWS:
        candidates = _news_candidates(doc, stated)
    tasks = [_build(doc, index, candidate) for index, candidate in enumerate(candidates, start=1)]
    _check_numbers(doc, tasks)
    _attach(tasks, assignments)
    if stated is not None and tasks and stated.value != len(tasks):
        doc.diagnostics.add("W401", start=stated.start, end=stated.end, stated=stated.value, found=len(tasks))
    return tasks, stated


def _check_numbers(doc: Document, tasks: list[Task]) -> None:
    """W402 when two tasks of one numbered run carry the same number."""
    seen: dict[tuple[int | None, str], int] = {}
    by_id = {h.id: h for h in doc.headings}
    for task in tasks:
        heading = by_id.get(task.heading) if task.heading is not None else None
        if heading is None or heading.number is None:
            continue
        key = (heading.parent, f"{heading.marker_kind}:{heading.number}")
        if key in seen:
            doc.diagnostics.add("W402", start=task.start, end=task.end, ordinal=heading.number)
        seen[key] = task.ordinal
