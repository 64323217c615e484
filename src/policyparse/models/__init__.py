"""The output model: a :class:`Notice` and everything nested in it.

Every extracted element carries ``start``/``end``: 0-based, end-exclusive code-point offsets
into :attr:`Notice.text`, the input exactly as given, so that ``notice.text[e.start:e.end]``
is the source of ``e``. Strings such as ``title`` are that source with noise removed
(pinyin glosses, stray markup) and surrounding whitespace trimmed, in the document's own script.

The models are pydantic v2 with ``extra="forbid"``; the JSON Schema of :class:`Notice` is
what ``policyparse schema`` prints.
"""

from __future__ import annotations

from policyparse.models.base import BoundingBox, Model, Offset, Spanned
from policyparse.models.labels import (
    AssignmentKind,
    DocumentKind,
    HeadingKind,
    InputFormat,
    MarkerKind,
    MetadataField,
    NoiseKind,
    Precision,
    Relation,
    Role,
    Severity,
    SubItemKind,
    TargetKind,
)
from policyparse.models.metadata import Attachment, DocNumber, Metadata, MetadataElement, Reference
from policyparse.models.notice import SCHEMA_VERSION, Notice
from policyparse.models.source import Diagnostic, Noise, PageInfo, SourceInfo
from policyparse.models.structure import Article, Heading, SubItem, innermost_section
from policyparse.models.targets import Deadline, Indicator, Target
from policyparse.models.tasks import Agency, Assignment, StatedCount, Task

__all__ = [
    "SCHEMA_VERSION",
    "Agency",
    "Article",
    "Assignment",
    "AssignmentKind",
    "Attachment",
    "BoundingBox",
    "Deadline",
    "Diagnostic",
    "DocNumber",
    "DocumentKind",
    "Heading",
    "HeadingKind",
    "Indicator",
    "InputFormat",
    "MarkerKind",
    "Metadata",
    "MetadataElement",
    "MetadataField",
    "Model",
    "Noise",
    "NoiseKind",
    "Notice",
    "Offset",
    "PageInfo",
    "Precision",
    "Reference",
    "Relation",
    "Role",
    "Severity",
    "SourceInfo",
    "Spanned",
    "StatedCount",
    "SubItem",
    "SubItemKind",
    "Target",
    "TargetKind",
    "Task",
    "innermost_section",
]
