"""The document's structure: headings, articles of rules and their items."""

from __future__ import annotations

import bisect

from pydantic import Field

from policyparse.models.base import Offset, Spanned
from policyparse.models.labels import HeadingKind, MarkerKind, SubItemKind


class Heading(Spanned):
    """A section title. ``start``/``end`` cover marker and title; the section runs to ``section_end``."""

    id: int = Field(description="Position in Notice.headings")
    level: int = Field(ge=1, description="Depth in the section tree, 1 = outermost of its part")
    marker: str = Field(description="Numbering as printed, '' if none")
    marker_kind: MarkerKind = Field(
        description="Marker class, e.g. cn_dun (一、), cn_paren (（一）), arabic_dot; '' if none"
    )
    number: int | None = Field(default=None, description="The marker's numeric value")
    title: str
    title_start: Offset
    title_end: Offset
    kind: HeadingKind
    parent: int | None = Field(default=None, description="id of the parent heading")
    section_end: Offset = Field(description="End of the section this heading opens")
    part: int = Field(default=0, description="0 for the main document, n for attachment n")
    part_title: str | None = Field(
        default=None, description="Title of the attached part (附件n) the heading is in"
    )


def innermost_section(headings: list[Heading], starts: list[int], offset: int) -> Heading | None:
    """The innermost heading whose section contains ``offset``.

    ``headings`` are in reading order with ``id`` equal to their index, and ``starts`` their
    ``start`` offsets. The last heading starting at or before ``offset`` or one of its
    ancestors is the answer, since a section contains the sections of its descendants.
    """
    index = bisect.bisect_right(starts, offset) - 1
    heading = headings[index] if index >= 0 else None
    steps = 0
    while heading is not None and not (heading.start <= offset < heading.section_end):
        parent = heading.parent
        heading = headings[parent] if parent is not None and 0 <= parent < len(headings) else None
        steps += 1
        if steps > len(headings):  # a malformed parent chain: give up rather than loop
            return None
    return heading


class SubItem(Spanned):
    """A numbered child or an inline enumeration item (一是……) of a task or article."""

    marker: str
    title: str
    kind: SubItemKind


class Article(Spanned):
    """An article (第X条) of rules and regulations: a provision, not a heading."""

    number: int
    label: str = Field(description="As printed, e.g. 第一条")
    text: str
    heading: int | None = Field(default=None, description="id of the enclosing chapter/section heading")
    items: list[SubItem] = Field(default_factory=list)
