"""A spaCy pipeline component: policyparse's parse as span groups on a ``Doc``.

The component is a thin layer over :func:`policyparse.parse`: it parses ``doc.text`` and writes
one span group per kind of element (headings, targets, deadlines, indicators, tasks, agencies,
references), plus one group with all of them for displaCy. Spans are made with
``doc.char_span(start, end, alignment_mode="expand")``, so each covers the parser's span; the
exact parser offsets are kept in each group's ``attrs["offsets"]`` (a list of ``[start, end]``
pairs parallel to the group) and in the :class:`~policyparse.models.Notice`, exposed as ``doc._.notice``.

>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
>>> _ = nlp.add_pipe("policyparse")
>>> doc = nlp("一、总体要求\\n到2020年，建成一批新型智慧城市。")
>>> doc._.notice.schema_version
'1.1'

A PDF keeps its layout when read with :func:`read_file` (``doc = read_file(nlp, "notice.pdf")``):
the layout travels in ``doc.user_data`` so that page numbers and hard wraps leave the parse's
view, and each span group's ``attrs["pages"]`` gives the page of each span (parallel to
``attrs["offsets"]``; absent for inputs without pages).

The factory is registered under ``policyparse`` (also declared as a ``spacy_factories`` entry
point, so ``nlp.add_pipe("policyparse")`` works without importing this module) and under the
versioned name ``policyparse_v1``. displaCy shows the labels in the report's colours
(:data:`DISPLACY_COLORS`), with no option to pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from policyparse.io import load
from policyparse.layout import Layout
from policyparse.models import Assignment, Notice, Task
from policyparse.pipeline import parse

#: The span groups written, in this order; each key is prefixed with the ``spans_prefix`` setting.
SPAN_GROUPS = ("headings", "targets", "deadlines", "indicators", "tasks", "agencies", "references")
#: The group that holds every span, for ``displacy.render(doc, style="span")``.
ALL_SPANS_KEY = "policyparse"
#: The Doc extension that holds the parse as JSON (serialisable with the Doc).
JSON_EXTENSION = "policyparse_json"

#: displaCy colours of the span labels, the palette of the HTML report. They are registered
#: in spaCy's ``displacy_colors`` registry (here and as a ``spacy_displacy_colors`` entry
#: point), so ``displacy.render(doc, style="span", …)`` shows them without a ``colors`` option.
DISPLACY_COLORS: dict[str, str] = {
    **{f"HEADING_{level}": color for level, color in enumerate(("#9fc3ff", "#bcd5ff", "#d6e5ff"), 1)},
    **{f"HEADING_{level}": "#e6eeff" for level in range(4, 10)},
    "TARGET_GOAL": "#fff1a8",
    "TARGET_ACTION": "#ffd8a8",
    "DEADLINE": "#ffb3ad",
    "INDICATOR": "#cfe3ff",
    "TASK": "#c9f0d6",
    "LEAD": "#e2c6f5",
    "SUPPORT": "#efdcfa",
    "RESPONSIBLE": "#d9b8f0",
    "REFERENCE": "#d8f3ef",
}


def displacy_colors() -> dict[str, str]:
    """The label colours for displaCy (what the ``displacy_colors`` registry entry returns)."""
    return dict(DISPLACY_COLORS)


registry.displacy_colors.register("policyparse", func=displacy_colors)
#: The ``doc.user_data`` key under which :func:`read_file` leaves a PDF's layout for the component.
LAYOUT_KEY = "policyparse_layout"

#: One element to write: (group, label, start, end).
Element = tuple[str, str, int, int]


@lru_cache(maxsize=16)
def _notice_from_json(data: str) -> Notice:
    return Notice.model_validate_json(data)


def _get_notice(doc: Doc) -> Notice | None:
    data = doc._.get(JSON_EXTENSION)
    return _notice_from_json(data) if data else None


def _register_extensions() -> None:
    if not Doc.has_extension(JSON_EXTENSION):
        Doc.set_extension(JSON_EXTENSION, default=None)
    if not Doc.has_extension("notice"):
        Doc.set_extension("notice", getter=_get_notice)


def iter_elements(notice: Notice) -> Iterator[Element]:
    """Every element of ``notice`` that becomes a span, as ``(group, label, start, end)``.

    Deadlines and indicators come from the targets and tasks; agencies from the assignments
    and tasks, labelled by role (``LEAD``, ``SUPPORT``, ``RESPONSIBLE``). Duplicates (the same
    group, label and offsets) are given once.
    """
    seen: set[Element] = set()

    def once(element: Element) -> Iterator[Element]:
        if element not in seen:
            seen.add(element)
            yield element

    for heading in notice.headings:
        yield from once(("headings", f"HEADING_{heading.level}", heading.start, heading.end))
    for target in notice.targets:
        yield from once(("targets", f"TARGET_{target.kind.value.upper()}", target.start, target.end))
        for deadline in [target.deadline, *target.deadlines]:
            yield from once(("deadlines", "DEADLINE", deadline.start, deadline.end))
        for indicator in target.indicators:
            yield from once(("indicators", "INDICATOR", indicator.start, indicator.end))
    for task in notice.tasks:
        yield from once(("tasks", "TASK", task.start, task.end))
        if task.deadline is not None:
            yield from once(("deadlines", "DEADLINE", task.deadline.start, task.deadline.end))
    holders: list[Assignment | Task] = [*notice.assignments, *notice.tasks]
    for holder in holders:
        for role, agencies in (
            ("LEAD", holder.lead),
            ("SUPPORT", holder.support),
            ("RESPONSIBLE", holder.responsible),
        ):
            for agency in agencies:
                yield from once(("agencies", role, agency.start, agency.end))
    for reference in notice.metadata.references:
        yield from once(("references", "REFERENCE", reference.start, reference.end))


class PolicyparseComponent:
    """Parses each ``Doc`` with policyparse and writes span groups and ``doc._.notice``."""

    def __init__(
        self,
        name: str = "policyparse",
        *,
        keywords: bool = False,
        simplified: bool = False,
        anchor_date: str | None = None,
        spans_prefix: str = "",
    ) -> None:
        """Set the parse options; ``anchor_date`` is an ISO date (``2019-02-19``) or ``None``."""
        self.name = name
        self.keywords = keywords
        self.simplified = simplified
        self.anchor_date = dt.date.fromisoformat(anchor_date) if anchor_date else None
        self.spans_prefix = spans_prefix
        _register_extensions()

    def key(self, group: str) -> str:
        """The ``doc.spans`` key of a span group."""
        return f"{self.spans_prefix}{group}"

    def __call__(self, doc: Doc) -> Doc:
        """Parse ``doc.text`` and annotate ``doc``."""
        layout = doc.user_data.get(LAYOUT_KEY)
        notice = parse(
            doc.text,
            anchor_date=self.anchor_date,
            simplified=self.simplified,
            keywords=self.keywords,
            max_chars=None,
            layout=layout if isinstance(layout, Layout) else None,
        )
        doc._.set(JSON_EXTENSION, notice.model_dump_json())
        groups: dict[str, list[Any]] = {self.key(group): [] for group in (*SPAN_GROUPS, ALL_SPANS_KEY)}
        offsets: dict[str, list[list[int]]] = {key: [] for key in groups}
        for group, label, start, end in iter_elements(notice):
            if end <= start:
                continue
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None:
                continue
            for key in (self.key(group), self.key(ALL_SPANS_KEY)):
                groups[key].append(span)
                offsets[key].append([start, end])
        for key, spans in groups.items():
            doc.spans[key] = spans
            doc.spans[key].attrs["offsets"] = offsets[key]
            if notice.pages:
                doc.spans[key].attrs["pages"] = [notice.page_of(start) for start, _ in offsets[key]]
        return doc


def read_file(nlp: Language, path: str | Path) -> Doc:
    """Read a file as :func:`policyparse.parse_file` does and run ``nlp`` on its text.

    A PDF's layout is handed to the component through ``doc.user_data`` (it is not serialised
    with the ``Doc``), so its page furniture and hard wraps are treated as in ``parse_file``.
    """
    loaded = load(path)
    doc = nlp.make_doc(loaded.text)
    if loaded.layout is not None:
        doc.user_data[LAYOUT_KEY] = loaded.layout
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def make_policyparse_component(
    nlp: Language,
    name: str,
    keywords: bool,
    simplified: bool,
    anchor_date: str | None,
    spans_prefix: str,
) -> PolicyparseComponent:
    """The spaCy factory: ``nlp.add_pipe("policyparse", config={...})``."""
    return PolicyparseComponent(
        name, keywords=keywords, simplified=simplified, anchor_date=anchor_date, spans_prefix=spans_prefix
    )


DEFAULT_CONFIG: dict[str, Any] = {
    "keywords": False,
    "simplified": False,
    "anchor_date": None,
    "spans_prefix": "",
}
ASSIGNS = ["doc.spans", f"doc._.{JSON_EXTENSION}"]

for _factory_name in ("policyparse", "policyparse_v1"):
    Language.factory(
        _factory_name, default_config=DEFAULT_CONFIG, assigns=ASSIGNS, func=make_policyparse_component
    )

_register_extensions()

__all__ = [
    "ALL_SPANS_KEY",
    "DISPLACY_COLORS",
    "LAYOUT_KEY",
    "SPAN_GROUPS",
    "PolicyparseComponent",
    "displacy_colors",
    "iter_elements",
    "make_policyparse_component",
    "read_file",
]
