"""The root of the output: a parsed :class:`Notice`."""

from __future__ import annotations

import bisect
import json
from typing import Final, Literal

from pydantic import Field
from pydantic_core import PydanticSerializationError

from policyparse.models.base import Model, absent
from policyparse.models.labels import DocumentKind
from policyparse.models.metadata import Metadata
from policyparse.models.source import Diagnostic, Noise, PageInfo, SourceInfo
from policyparse.models.structure import Article, Heading, innermost_section
from policyparse.models.targets import Target
from policyparse.models.tasks import Assignment, StatedCount, Task

SCHEMA_VERSION: Final = "1.1"


class Notice(Model):
    """A parsed document. ``text`` is the input exactly as given; offsets refer to it."""

    schema_version: Literal["1.0", "1.1"] = SCHEMA_VERSION
    text: str
    kind: DocumentKind = DocumentKind.NOTICE
    source: SourceInfo = Field(default_factory=SourceInfo)
    metadata: Metadata = Field(default_factory=Metadata)
    headings: list[Heading] = Field(default_factory=list)
    articles: list[Article] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    stated_task_count: int | None = None
    stated_count: StatedCount | None = None
    assignments: list[Assignment] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    noise: list[Noise] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    pages: list[PageInfo] = Field(
        default_factory=list,
        exclude_if=absent,
        description="Pages of a paged input (PDF), in order; absent for text, HTML and Word inputs",
    )

    def to_json(self, *, indent: int | None = None, exclude: set[str] | None = None) -> str:
        """JSON text of the notice, also when the input holds lone surrogates.

        ``model_dump_json`` refuses lone surrogates (pydantic-core writes UTF-8); for such
        inputs the JSON is written with ``\\uXXXX`` escapes instead, which JSON readers accept.
        """
        try:
            return self.model_dump_json(indent=indent, exclude=exclude)
        except PydanticSerializationError:
            data = self.model_dump(mode="json", exclude=exclude)
            return json.dumps(data, ensure_ascii=True, indent=indent)

    def section_of(self, offset: int) -> Heading | None:
        """The innermost heading whose section contains ``offset``."""
        return innermost_section(self.headings, [heading.start for heading in self.headings], offset)

    def page_of(self, offset: int) -> int | None:
        """The page (from 1) that prints the text offset, for a paged input; None otherwise."""
        if not self.pages:
            return None
        index = bisect.bisect_right([page.start for page in self.pages], offset) - 1
        return self.pages[max(index, 0)].number
