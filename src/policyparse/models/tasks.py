"""The principal task list and the responsibility notes and clauses (assignments)."""

from __future__ import annotations

from pydantic import Field

from policyparse.models.base import Offset, Spanned
from policyparse.models.labels import AssignmentKind
from policyparse.models.structure import SubItem
from policyparse.models.targets import Deadline


class Agency(Spanned):
    """An organ named as responsible."""

    name: str


class Assignment(Spanned):
    """A responsibility note or clause: who leads, who supports, who is responsible."""

    text: str
    kind: AssignmentKind
    lead: list[Agency] = Field(default_factory=list)
    support: list[Agency] = Field(default_factory=list)
    responsible: list[Agency] = Field(default_factory=list)
    task: int | None = Field(default=None, description="ordinal of the task it belongs to")
    heading: int | None = Field(default=None, description="id of the enclosing heading")


class Task(Spanned):
    """An entry of the document's principal task list."""

    ordinal: int = Field(ge=1)
    title: str
    marker: str = ""
    title_start: Offset
    title_end: Offset
    heading: int | None = Field(default=None, description="id of the task's heading, if it has one")
    sub_items: list[SubItem] = Field(default_factory=list)
    lead: list[Agency] = Field(default_factory=list)
    support: list[Agency] = Field(default_factory=list)
    responsible: list[Agency] = Field(default_factory=list)
    deadline: Deadline | None = None
    deadline_note: str | None = Field(default=None, description="长期坚持, 持续推进 … as printed")
    keywords: list[str] = Field(default_factory=list)


class StatedCount(Spanned):
    """The phrase announcing how many tasks there are (五项重点任务)."""

    value: int
    text: str
