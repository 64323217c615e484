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

from policyparse.document import Document
from policyparse.grammar.sections import (
    ARTICLE_START,
    DIVISION_PLAN,
    NO_TASK_TITLE,
    PRINCIPLES_LEAD,
    RULES_TITLE,
    TRANSMITS,
)
from policyparse.lexicon.tasks import REPORTED_PLAN_ENDINGS
from policyparse.models import Assignment, DocumentKind, Heading, StatedCount, Task
from policyparse.stages.tasks.action import fallback_task_headings, goal_task_sections, schedule_sections
from policyparse.stages.tasks.build import attach, build_task, check_numbers
from policyparse.stages.tasks.candidates import (
    Candidate,
    division_candidates,
    heading_candidate,
    news_candidates,
    section_items,
)
from policyparse.stages.tasks.count import stated_count
from policyparse.stages.tasks.sections import (
    ancestors,
    children,
    clean_title,
    select_task_headings,
    task_sections,
)

__all__ = ["extract_tasks", "subject_title"]


def _no_tasks(doc: Document) -> bool:
    title = clean_title((doc.metadata.title if doc.metadata is not None else None) or "")
    doc_type = (doc.metadata.doc_type if doc.metadata is not None else None) or ""
    if doc.kind == DocumentKind.RULES or len(doc.articles) >= 5 or len(ARTICLE_START.findall(doc.norm)) >= 5:
        return True  # rules made of 第X条 articles, also when a notice transmits them
    if TRANSMITS.search(title):
        return False  # a 印发/转发 notice takes the tasks of what it transmits (see _rules_like)
    return bool(NO_TASK_TITLE.search(title)) or doc_type in {"通报", "批复", "函", "公告"}


def subject_title(doc: Document) -> str:
    """The title of the document the task list is read from: for a 印发/转发 notice, the
    transmitted document's (``国务院工作规则``), else the document's own; ``""`` when unknown."""
    meta = doc.metadata
    if meta is None:
        return ""
    if meta.transmitted_title:
        return clean_title(meta.transmitted_title)
    title = clean_title(meta.title or "")
    transmitted = TRANSMITS.search(title)
    return transmitted.group(1).strip("《》") if transmitted is not None else title


def _rules_like(doc: Document) -> bool:
    """Whether the (transmitted) document is rules or an evaluation scheme (规则, 办法, 细则,
    条例, 规定, 考核…): its sections are rules or indicators, tasks only where it says 任务."""
    return bool(RULES_TITLE.search(subject_title(doc)))


def _select(
    doc: Document, assignments: list[Assignment]
) -> tuple[list[Candidate], list[tuple[int, int]] | None]:
    """The task candidates, and the opening spans of the task sections (for the stated count)."""
    title = clean_title((doc.metadata.title if doc.metadata is not None else None) or "")
    if DIVISION_PLAN.search(title):
        division = division_candidates(doc, assignments)
        if division:
            return division, None
    rules_like = _rules_like(doc)
    named = _named_sections(doc, rules_like)
    if named is not None:
        return named
    if rules_like or (doc.kind == DocumentKind.NEWS and not _reprints_a_document(doc)):
        return [], None
    chosen = fallback_task_headings(doc.headings)
    if chosen and _announced_as_principles(doc, chosen[0]):
        return [], None
    return [heading_candidate(doc, h) for h in chosen], None


def _announced_as_principles(doc: Document, first: Heading) -> bool:
    """Whether the text before the first of the fallback sections' siblings announces principles (``…应遵循以下
    原则：`` over 一、和谐友好。…): a list of principles is no task list."""
    siblings = [h for h in doc.headings if h.parent == first.parent and h.level == first.level]
    start = doc.view.from_orig(min((h.start for h in siblings), default=first.start))
    return PRINCIPLES_LEAD.search(doc.norm, max(0, start - 40), start) is not None


def _reprints_a_document(doc: Document) -> bool:
    """A news item that carries the plan it reports in full (``中办国办印发《…方案》`` over its
    numbered sections): its task list is the plan's. The reported policy must be a plan (方案,
    规划, 意见 …), and two or more numbered level-1 sections tell it from a report with
    crossheads."""
    policy = (doc.metadata.reported_policy if doc.metadata is not None else None) or ""
    if not policy.endswith(REPORTED_PLAN_ENDINGS):
        return False  # a report quoting principles (…治理原则) or news with numbered points
    numbered = [h for h in doc.headings if h.level == 1 and h.marker]
    return len(numbered) >= 2


def _named_sections(doc: Document, rules_like: bool) -> tuple[list[Candidate], list[tuple[int, int]]] | None:
    """The children (or inline and list items) of the task-naming sections, and the sections' openings."""
    headings = doc.headings
    also, schedules = goal_task_sections(headings), schedule_sections(headings)
    chosen = select_task_headings(headings, named_tasks_only=rules_like, also=also, schedules=schedules)
    if chosen is None:
        return None
    sections = task_sections(headings, named_tasks_only=rules_like, also=also, schedules=schedules)
    section_ids = {s.id for s in sections}
    candidates: list[Candidate] = []
    openings: list[tuple[int, int]] = []
    used: set[int] = set()
    for section in sections:
        kids = [h for h in chosen if h.parent == section.id]
        if kids and all(kid.id in section_ids for kid in kids):
            continue  # 三、主要任务 holding only 7、…的主要任务：一是…: the inner sections name the tasks
        if any(a in used for a in ancestors(headings, section)):
            continue
        used.add(section.id)
        openings.append(_opening(doc, section))
        if kids:
            candidates.extend(heading_candidate(doc, h) for h in kids)
        else:
            candidates.extend(section_items(doc, section))
    return (candidates, openings) if candidates else None


def _opening(doc: Document, section: Heading) -> tuple[int, int]:
    """Normalised span of a section's opening: its heading and the text before its first child."""
    candidate = heading_candidate(doc, section)
    kids = children(doc.headings, section)
    return candidate.start, doc.view.from_orig(kids[0].start) if kids else candidate.end


def extract_tasks(doc: Document, assignments: list[Assignment]) -> tuple[list[Task], StatedCount | None]:
    """The task list and the count the text announces for it."""
    if _no_tasks(doc):
        return [], None
    candidates, openings = _select(doc, assignments)
    stated = stated_count(doc, openings)
    if not candidates and doc.kind == DocumentKind.NEWS:
        candidates = news_candidates(doc, stated)
    tasks = [build_task(doc, index, candidate) for index, candidate in enumerate(candidates, start=1)]
    check_numbers(doc, tasks)
    attach(tasks, assignments)
    if stated is not None and tasks and stated.value != len(tasks):
        doc.diagnostics.add("W401", start=stated.start, end=stated.end, stated=stated.value, found=len(tasks))
    return tasks, stated
