"""The count the text announces for its task list: ``五项重点任务``, ``八个方面工作``, ``十五条措施``.

Read from the first task section that announces one, else from an announcing sentence anywhere.
"""

from __future__ import annotations

import regex

from policyparse.document import Document
from policyparse.grammar.numerals import cn_to_int
from policyparse.grammar.sections import ANNOUNCE, ANNOUNCE_AFTER, AREA_LEAD_IN, LISTED_BEFORE_COUNT, TALLY
from policyparse.grammar.windows import count_phrases
from policyparse.models import StatedCount
from policyparse.stages.tasks.sections import is_task_section


def _count_value(text: str) -> int | None:
    return int(text) if text.isdigit() else cn_to_int(text.replace("两", "二"))


def _is_announcement(norm: str, m: regex.Match[str], headings_spans: list[tuple[int, int]]) -> bool:
    if any(start <= m.start() < end for start, end in headings_spans):
        return True
    window = max(0, m.start() - 200)
    sentence_start = max(window - 1, *(norm.rfind(ch, window, m.start()) for ch in "。；\n")) + 1
    before = norm[sentence_start : m.start()]
    after = norm[m.end() : m.end() + 2]
    if TALLY.search(before[-14:]):
        return False  # 已累计推出…364条举措: a tally of work done, not a list announced
    if m.group("aspect") is not None:
        return True  # 从三方面进行部署: the aspects are the list announced
    if ANNOUNCE.search(before[-30:]) or ANNOUNCE_AFTER.match(norm[m.end() : m.end() + 12]):
        return True
    if LISTED_BEFORE_COUNT.search(before) is not None:
        return True  # 部署了A、B、…等9方面重点任务: the list named before its count
    if AREA_LEAD_IN.search(before[-12:]):
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
    announced = _announced(doc)
    chosen = (
        _in_sections(doc.norm, announced, sections) if sections else (announced[0] if announced else None)
    )
    if chosen is None:
        return None
    value = _count_value(chosen.group("n"))
    if value is None or value <= 0:
        return None
    start, end = doc.span(chosen.start(), chosen.end())
    return StatedCount(value=value, text=doc.surface(chosen.start(), chosen.end()), start=start, end=end)


def _announced(doc: Document) -> list[regex.Match[str]]:
    """Count phrases of the text that announce a list (of two or more)."""
    heading_spans = [
        (doc.view.from_orig(h.title_start), doc.view.from_orig(h.title_end))
        for h in doc.headings
        if is_task_section(h.title)
    ]
    return [
        m
        for m in count_phrases(doc.norm)
        if _is_announcement(doc.norm, m, heading_spans) and (_count_value(m.group("n")) or 0) >= 2
    ]


def _in_sections(
    norm: str, announced: list[regex.Match[str]], sections: list[tuple[int, int]]
) -> regex.Match[str] | None:
    """The first count announced inside a task section, else one announced before the first
    section that names its list (今年重点抓好五项重点任务 … 二、重点任务)."""
    inside = next((m for start, end in sections for m in announced if start <= m.start() < end), None)
    if inside is not None:
        return inside
    first_title = norm[sections[0][0] : min(sections[0][1], sections[0][0] + 40)]
    return next((m for m in announced if m.start() < sections[0][0] and m.group()[-2:] in first_title), None)
