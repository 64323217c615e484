"""The pipeline: text → normalised view → blocks → metadata → headings → targets, tasks → Notice.

Each stage is a function of the :class:`~policyparse.document.Document`; a stage that fails
on some input is recorded as diagnostic E901 and the others still run, so :func:`parse` is
total on every string.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from policyparse.diagnostics import Diagnostics
from policyparse.document import Document
from policyparse.layout import Layout, page_infos, place_elements
from policyparse.limits import DEFAULT_MAX_CHARS as DEFAULT_MAX_CHARS
from policyparse.models import (
    Assignment,
    Notice,
    SourceInfo,
    StatedCount,
    Target,
    Task,
)
from policyparse.stages.assignments import extract_assignments
from policyparse.stages.headings import HeadingsResult, extract_headings
from policyparse.stages.metadata import MetadataResult, extract_metadata
from policyparse.stages.targets import extract_targets
from policyparse.stages.tasks import extract_tasks

T = TypeVar("T")


class InputTooLarge(ValueError):
    """The input exceeds the configured size limit."""


def _guarded(doc: Document, stage: str, run: Callable[[], T], fallback: T) -> T:
    try:
        return run()
    except Exception as error:
        doc.diagnostics.add("E901", stage=stage, error=f"{type(error).__name__}: {error}")
        return fallback


def parse(
    text: str,
    *,
    anchor_date: dt.date | None = None,
    source: SourceInfo | None = None,
    simplified: bool = False,
    keywords: bool = False,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    diagnostics: Diagnostics | None = None,
    layout: Layout | None = None,
) -> Notice:
    """Parse a notice given as text.

    Args:
        text: The document, exactly as it should be referenced by offsets.
        anchor_date: Date that relative deadlines (``年内``, ``用3年时间``) resolve against;
            by default the document's own date from its metadata. Never today.
        source: Where the text came from (set by :func:`policyparse.parse_file`).
        simplified: Emit extracted strings in Simplified script.
        keywords: Fill ``keywords`` of the notice and its tasks (loads jieba).
        max_chars: Inputs longer than this raise :class:`InputTooLarge`; ``None`` for no limit.
        diagnostics: A collector to start from (decoding diagnostics from ``parse_file``).
        layout: Pages, printed lines and noise cuts of a paged input (a PDF read by
            :func:`policyparse.io.load`): its cuts leave the view, its hints help the metadata.

    Returns:
        The :class:`~policyparse.models.Notice`; problems with the content are in its
        ``diagnostics``, never raised.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_file() for bytes")
    if max_chars is not None and len(text) > max_chars:
        raise InputTooLarge(f"input of {len(text)} characters exceeds the limit of {max_chars}")
    diagnostics = diagnostics if diagnostics is not None else Diagnostics()
    doc = Document.from_text(
        text,
        source=source,
        anchor_date=anchor_date,
        simplified=simplified,
        diagnostics=diagnostics,
        layout=layout,
    )
    notice = Notice(text=text, source=doc.source, pages=page_infos(layout))
    if not text.strip():
        diagnostics.add("I001")
        notice.diagnostics = diagnostics.items
        return notice
    no_tasks: tuple[list[Task], StatedCount | None] = ([], None)
    head = _guarded(doc, "metadata", lambda: extract_metadata(doc), MetadataResult())
    doc.metadata, doc.kind = meta, kind = head.metadata, head.kind
    doc.body_start, doc.body_end = head.body_start, head.body_end
    structure = _guarded(doc, "headings", lambda: extract_headings(doc), HeadingsResult())
    doc.headings = heads = structure.headings
    doc.articles = articles = structure.articles
    found_targets: list[Target] = _guarded(doc, "targets", lambda: extract_targets(doc), [])
    found_assignments: list[Assignment] = _guarded(doc, "assignments", lambda: extract_assignments(doc), [])
    found_tasks, stated = _guarded(doc, "tasks", lambda: extract_tasks(doc, found_assignments), no_tasks)
    notice = Notice(
        text=text,
        kind=kind,
        source=doc.source,
        metadata=meta,
        headings=heads,
        articles=articles,
        targets=found_targets,
        tasks=found_tasks,
        stated_task_count=stated.value if stated is not None else None,
        stated_count=stated,
        assignments=found_assignments,
        noise=doc.view.noise,
        pages=page_infos(layout),
    )
    if layout is not None:
        place_elements(meta.elements, layout)
    if keywords:
        from policyparse import keywords as keyword_stage

        _guarded(doc, "keywords", lambda: keyword_stage.add_keywords(notice, doc), None)
    notice.diagnostics = diagnostics.items
    return notice
