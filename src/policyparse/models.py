"""The output model: a :class:`Notice` and everything nested in it.

Every extracted element carries ``start``/``end``: 0-based, end-exclusive code-point offsets
into :attr:`Notice.text`, the input exactly as given, so that ``notice.text[e.start:e.end]``
is the source of ``e``. Strings such as ``title`` are that source with noise removed
(pinyin glosses, stray markup) and surrounding whitespace trimmed, in the document's own script.

The models are pydantic v2 with ``extra="forbid"``; the JSON Schema of :class:`Notice` is
what ``policyparse schema`` prints.
"""

from __future__ import annotations

import bisect
import datetime as dt
from enum import Enum
from itertools import islice
from typing import Annotated, Any, Final, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, model_validator

SCHEMA_VERSION: Final = "1.0"

Offset = Annotated[NonNegativeInt, Field(description="Code-point offset into Notice.text")]


class Model(BaseModel):
    """Base of every policyparse model: unknown keys are rejected."""

    model_config = ConfigDict(extra="forbid")


class Spanned(Model):
    """An element with a source span: ``text[start:end]`` is where it came from."""

    start: Offset
    end: Offset


class Severity(str, Enum):
    """How serious a diagnostic is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Diagnostic(Model):
    """A coded message about the input or the parse (see ``policyparse.diagnostics``)."""

    code: str = Field(description="Stable code such as W101; the catalogue is in policyparse.diagnostics")
    severity: Severity
    message: str
    start: Offset | None = None
    end: Offset | None = None


class NoiseKind(str, Enum):
    """Kinds of noise the normaliser removes from, or flags in, the normalised view."""

    PINYIN_GLOSS = "pinyin_gloss"
    BROKEN_GLOSS = "broken_gloss"
    STRAY_MARKUP = "stray_markup"
    LOST_CHAR = "lost_char"
    MOJIBAKE = "mojibake"
    CONTROL_CHAR = "control_char"
    LONE_SURROGATE = "lone_surrogate"


class Noise(Spanned):
    """A stretch of the input that is noise: removed from the normalised view or flagged."""

    kind: NoiseKind
    removed: bool = Field(description="True when the span is left out of the normalised view")
    replacement: str | None = Field(
        default=None, description="A recovered character, when the context made it certain"
    )


class SourceInfo(Model):
    """Where the text came from and how it was read."""

    path: str | None = None
    format: Literal["text", "html", "docx"] = "text"
    encoding: str | None = None
    encoding_confidence: float | None = None
    url: str | None = None
    page_metadata: dict[str, str] = Field(
        default_factory=dict,
        description="Fields of a portal's info table (索引号, 发文机关, 发文字号, 成文日期, 发布日期 …)",
    )


class DocNumber(Spanned):
    """A parsed 发文字号 such as 国发〔2017〕35号."""

    text: str = Field(description="As printed")
    organ_code: str = Field(description="The organ code before the year, e.g. 国发, 冀政办字")
    year: int | None = None
    serial: int | None = None
    canonical: str = Field(description="With the standard brackets 〔〕")
    standard_brackets: bool = True


class Reference(Spanned):
    """A referenced document: a 《…》 title, with the 文号 that follows it in parentheses."""

    title: str
    doc_number: DocNumber | None = None


class Attachment(Spanned):
    """An entry of the 附件 list, or an attached part that carries its own document."""

    index: int | None = None
    title: str


class MetadataElement(Spanned):
    """One GB/T 9704 element found in the text, with its span."""

    field: str = Field(description="The Metadata field it fills, e.g. 'title', 'doc_number'")
    value: str


class DocumentKind(str, Enum):
    """What the document is, as far as the parser's rules go."""

    NOTICE = "notice"
    RULES = "rules"
    NEWS = "news"
    REPORT = "report"


class Metadata(Model):
    """The document's metadata (GB/T 9704-2012 elements, or a news report's)."""

    title: str | None = None
    doc_number: str | None = Field(default=None, description="The 发文字号 as printed")
    doc_number_info: DocNumber | None = None
    issuers: list[str] = Field(default_factory=list)
    date: dt.date | None = Field(default=None, description="成文日期, else a publication date line")
    source: str | None = Field(default=None, description="A news report's 来源 outlet")
    doc_type: str | None = Field(default=None, description="文种, e.g. 通知, 意见, 实施方案")
    transmitted_title: str | None = Field(
        default=None, description="For 关于印发《…》的通知: the transmitted document's title"
    )
    transmitted_type: str | None = None
    addressees: list[str] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    copy_number: str | None = Field(default=None, description="份号")
    classification: str | None = Field(default=None, description="密级和保密期限")
    urgency: str | None = Field(default=None, description="紧急程度")
    issuer_mark: str | None = Field(default=None, description="发文机关标志")
    signer: str | None = Field(default=None, description="签发人")
    note: str | None = Field(default=None, description="附注")
    cc: list[str] = Field(default_factory=list, description="抄送机关")
    printer: str | None = Field(default=None, description="印发机关")
    print_date: dt.date | None = Field(default=None, description="印发日期")
    channel: str | None = Field(default=None, description="A news column label above the headline")
    dateline: str | None = Field(default=None, description="A news report's date line as printed")
    reported_policy: str | None = Field(default=None, description="The policy a news report is about")
    elements: list[MetadataElement] = Field(default_factory=list)


class HeadingKind(str, Enum):
    """How a heading was recognised."""

    NUMBERED = "numbered"
    STRUCTURAL = "structural"
    RUN_IN = "run_in"
    CROSSHEAD = "crosshead"
    UNNUMBERED_RUN_IN = "unnumbered_run_in"


class Heading(Spanned):
    """A section title. ``start``/``end`` cover marker and title; the section runs to ``section_end``."""

    id: int = Field(description="Position in Notice.headings")
    level: int = Field(ge=1, description="Depth in the section tree, 1 = outermost of its part")
    marker: str = Field(description="Numbering as printed, '' if none")
    marker_kind: str = Field(description="Marker class, e.g. cn_dun (一、), cn_paren (（一）), arabic_dot")
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
    kind: Literal["numbered", "inline"]


class Article(Spanned):
    """An article (第X条) of rules and regulations: a provision, not a heading."""

    number: int
    label: str = Field(description="As printed, e.g. 第一条")
    text: str
    heading: int | None = Field(default=None, description="id of the enclosing chapter/section heading")
    items: list[SubItem] = Field(default_factory=list)


class Precision(str, Enum):
    """How precisely a deadline is stated."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    PERIOD = "period"


class Relation(str, Enum):
    """How a deadline bounds the statement."""

    BY = "by"
    BEFORE = "before"
    DURING = "during"
    WITHIN = "within"
    AT = "at"


class Deadline(Spanned):
    """A deadline expression, resolved against the document's date."""

    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    precision: Precision = Precision.YEAR
    relation: Relation = Relation.BY
    range_start: int | None = Field(default=None, description="First year of a range or period")
    period: str | None = Field(default=None, description="A planning period named, e.g. 十四五")
    relative: bool = Field(default=False, description="True when resolved from the anchor")
    anchor: dt.date | None = Field(default=None, description="The anchor a relative expression used")


class Indicator(Spanned):
    """A quantitative indicator stated inside a target."""

    text: str
    value: float | None = None
    unit: str | None = None
    raw_value: str = Field(description="The number as printed, with 万/亿")
    metric: str | None = Field(default=None, description="What is measured, e.g. 覆盖率")
    comparator: str | None = Field(default=None, description="达到, 不低于, 以上 …")


class TargetKind(str, Enum):
    """An outcome goal or an action deadline."""

    GOAL = "goal"
    ACTION = "action"


class Target(Spanned):
    """A sentence that ties an outcome or an action to a future deadline."""

    text: str
    deadline: Deadline
    deadlines: list[Deadline] = Field(default_factory=list, description="Every deadline in the sentence")
    kind: TargetKind = TargetKind.GOAL
    heading: int | None = Field(default=None, description="id of the enclosing heading")
    indicators: list[Indicator] = Field(default_factory=list)


class Agency(Spanned):
    """An organ named as responsible."""

    name: str


class AssignmentKind(str, Enum):
    """The form a responsibility note takes."""

    NOTE = "note"
    LABEL = "label"
    CLAUSE = "clause"
    TABLE = "table"


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


#: A run of lone surrogates (U+D800–U+DFFF): code points that are not characters and that no
#: UTF-8 writer (pydantic-core, OpenCC, SQLite, Arrow) accepts. (``regex`` scans a long text for
#: them about eight times faster than ``re``: 40 ms for 10 M characters.)
LONE_SURROGATES = regex.compile("[\ud800-\udfff]+")
#: At most this many ``lone_surrogate`` noise entries (one per run) are added to a notice.
MAX_SURROGATE_REPORTS = 1000


def _replace_surrogates(text: str) -> str:
    return LONE_SURROGATES.sub(lambda match: "\ufffd" * len(match.group()), text)


def _has_surrogates(value: str | None) -> bool:
    return value is not None and LONE_SURROGATES.search(value) is not None


def _clean_strings(value: Any) -> Any:
    """``value`` with U+FFFD for every lone surrogate in every string inside it (models changed in place)."""
    if isinstance(value, str):  # str enums too: those are left as they are (no surrogates in them)
        return _replace_surrogates(value) if _has_surrogates(value) else value
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

    schema_version: Literal["1.0"] = SCHEMA_VERSION
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

    @model_validator(mode="after")
    def _no_lone_surrogates(self) -> Notice:
        """Replace lone surrogates by U+FFFD everywhere and report their runs; see the class docstring."""
        source = self.source
        suspects = (self.text, source.path, source.url, source.encoding, *source.page_metadata.values())
        if not any(_has_surrogates(value) for value in (*suspects, *source.page_metadata)):
            return self
        runs = list(islice(LONE_SURROGATES.finditer(self.text), MAX_SURROGATE_REPORTS))
        count = sum(len(run.group()) for run in LONE_SURROGATES.finditer(self.text))
        _clean_strings(self)
        found = [
            Noise(kind=NoiseKind.LONE_SURROGATE, start=run.start(), end=run.end(), removed=False)
            for run in runs
        ]
        self.noise = sorted([*self.noise, *found], key=lambda noise: (noise.start, noise.end))
        if count and not any(diagnostic.code == "W005" for diagnostic in self.diagnostics):
            from policyparse.diagnostics import make  # diagnostics imports this module

            first = runs[0]
            self.diagnostics.append(make("W005", start=first.start(), end=first.end(), count=count))
        return self

    def to_json(self, *, indent: int | None = None, exclude: set[str] | None = None) -> str:
        """JSON text of the notice: ``model_dump_json`` (lone surrogates never reach it, see above)."""
        return self.model_dump_json(indent=indent, exclude=exclude)

    def section_of(self, offset: int) -> Heading | None:
        """The innermost heading whose section contains ``offset``."""
        return innermost_section(self.headings, [heading.start for heading in self.headings], offset)


__all__ = [
    "LONE_SURROGATES",
    "MAX_SURROGATE_REPORTS",
    "SCHEMA_VERSION",
    "Agency",
    "Article",
    "Assignment",
    "AssignmentKind",
    "Attachment",
    "Deadline",
    "Diagnostic",
    "DocNumber",
    "DocumentKind",
    "Heading",
    "HeadingKind",
    "Indicator",
    "Metadata",
    "MetadataElement",
    "Model",
    "Noise",
    "NoiseKind",
    "Notice",
    "Precision",
    "Reference",
    "Relation",
    "Severity",
    "SourceInfo",
    "Spanned",
    "StatedCount",
    "SubItem",
    "Target",
    "TargetKind",
    "Task",
    "innermost_section",
]
