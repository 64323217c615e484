"""The root of the output: a parsed :class:`Notice`."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import islice
from typing import Any, Final, Literal

from pydantic import BaseModel, Field, TypeAdapter, model_validator

from policyparse.grammar.noise import SURROGATE_RUN
from policyparse.models.base import Model, absent
from policyparse.models.labels import DocumentKind, NoiseKind
from policyparse.models.metadata import Metadata
from policyparse.models.source import Diagnostic, Noise, PageInfo, SourceInfo
from policyparse.models.structure import Article, Heading, innermost_section
from policyparse.models.targets import Target
from policyparse.models.tasks import Assignment, StatedCount, Task

SCHEMA_VERSION: Final = "1.1"
#: At most this many ``lone_surrogate`` noise entries (one per run) are added to a notice.
MAX_SURROGATE_REPORTS = 1000


def _has_surrogates(value: str | None) -> bool:
    return value is not None and SURROGATE_RUN.search(value) is not None


def _clean_strings(value: Any) -> Any:
    """``value`` with U+FFFD for every lone surrogate in every string inside it (models changed in place)."""
    if isinstance(value, str):  # str enums too: those are left as they are (no surrogates in them)
        return (
            SURROGATE_RUN.sub(lambda m: "\ufffd" * len(m.group()), value) if _has_surrogates(value) else value
        )
    if isinstance(value, list):
        return [_clean_strings(item) for item in value]
    if isinstance(value, dict):
        return {_clean_strings(key): _clean_strings(item) for key, item in value.items()}
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            setattr(value, name, _clean_strings(getattr(value, name)))
    return value


class Notice(Model):
    """A parsed document. ``text`` is the input exactly as given; offsets refer to it.

    The one exception is the lone surrogate: a code point between U+D800 and U+DFFF that is not
    a character (Python makes them from undecodable bytes with ``surrogateescape``) and that
    UTF-8 cannot carry. Each one becomes U+FFFD when a notice is built, in ``text`` and in
    every other string of the notice, one code point for one so every offset stays exact; each
    run of them is a ``noise`` entry of kind ``lone_surrogate`` with its span (the first
    :data:`MAX_SURROGATE_REPORTS` runs), and diagnostic W005 gives their count. So
    ``model_dump_json``, ``model_validate_json`` and any UTF-8 writer work on every notice.
    """

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

    @model_validator(mode="after")
    def _no_lone_surrogates(self) -> Notice:
        """Replace lone surrogates by U+FFFD everywhere and report their runs; see the class docstring."""
        source = self.source
        suspects = (self.text, source.path, source.url, source.encoding, *source.page_metadata.values())
        if not any(_has_surrogates(value) for value in (*suspects, *source.page_metadata)):
            return self
        runs = list(islice(SURROGATE_RUN.finditer(self.text), MAX_SURROGATE_REPORTS))
        count = sum(len(run.group()) for run in SURROGATE_RUN.finditer(self.text))
        _clean_strings(self)
        found = [
            Noise(kind=NoiseKind.LONE_SURROGATE, start=run.start(), end=run.end(), removed=False)
            for run in runs
        ]
        self.noise = sorted([*self.noise, *found], key=lambda noise: (noise.start, noise.end))
        if count and not any(diagnostic.code == "W005" for diagnostic in self.diagnostics):
            from policyparse.diagnostics import make  # diagnostics imports the models

            first = runs[0]
            self.diagnostics.append(make("W005", start=first.start(), end=first.end(), count=count))
        return self

    def to_json(self, *, indent: int | None = None, exclude: set[str] | None = None) -> str:
        """JSON text of the notice: ``model_dump_json`` (lone surrogates never reach it, see above)."""
        return self.model_dump_json(indent=indent, exclude=exclude)

    def json_pieces(self, *, indent: int, exclude: set[str] | None = None) -> Iterator[bytes]:
        """:meth:`to_json` with ``indent``, as UTF-8 bytes, in pieces: joined, they are byte for
        byte that JSON, and no piece is larger than one element of a list or a stretch of the
        text (a large notice's whole JSON as one ``str`` took about 12 bytes an input character
        at its peak)."""
        opened = False
        for name in [*type(self).model_fields, *type(self).model_computed_fields]:
            if exclude and name in exclude:
                continue
            value = getattr(self, name, None)
            if isinstance(value, list) and value and all(isinstance(item, BaseModel) for item in value):
                pieces = _list_pieces(name, value, indent)
            elif isinstance(value, str) and len(value) > _TEXT_PIECE:
                pieces = _text_pieces(name, value, indent)
            else:
                piece = self.__pydantic_serializer__.to_json(self, include={name}, indent=indent)
                if piece == b"{}":
                    continue  # a field left out of every dump
                pieces = iter((piece[2:-2],))
            yield b",\n" if opened else b"{\n"
            yield from pieces
            opened = True
        yield b"\n}" if opened else b"{}"

    def section_of(self, offset: int) -> Heading | None:
        """The innermost heading whose section contains ``offset``."""
        return innermost_section(self.headings, [heading.start for heading in self.headings], offset)

    def page_of(self, offset: int) -> int | None:
        """The page (from 1) that prints the text offset, for a paged input; None otherwise."""
        if not self.pages:
            return None
        index = bisect.bisect_right([page.start for page in self.pages], offset) - 1
        return self.pages[max(index, 0)].number


#: How many characters of a long string field :meth:`Notice.json_pieces` encodes at a time.
_TEXT_PIECE = 1 << 16


def _list_pieces(name: str, items: list[Any], indent: int) -> Iterator[bytes]:
    """A list of models as :meth:`Notice.to_json` nests it, one element at a time."""
    pad, inner = b" " * indent, b"\n" + b" " * (2 * indent)
    yield pad + _key(name) + b" [\n"
    for index, item in enumerate(items):
        element = item.__pydantic_serializer__.to_json(item, indent=indent)
        yield (b",\n" if index else b"") + b" " * (2 * indent) + element.replace(b"\n", inner)
    yield b"\n" + pad + b"]"


def _text_pieces(name: str, value: str, indent: int) -> Iterator[bytes]:
    """A long string as one JSON string, encoded a stretch at a time (escaping is per character)."""
    yield b" " * indent + _key(name) + b' "'
    for start in range(0, len(value), _TEXT_PIECE):
        yield _STR.dump_json(value[start : start + _TEXT_PIECE])[1:-1]
    yield b'"'


def _key(name: str) -> bytes:
    return _STR.dump_json(name) + b":"


_STR: TypeAdapter[str] = TypeAdapter(str)
