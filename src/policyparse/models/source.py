"""Where a text came from, what the normaliser cut or flagged, and coded diagnostics."""

from __future__ import annotations

from pydantic import Field

from policyparse.models.base import Model, Offset, Spanned
from policyparse.models.labels import InputFormat, NoiseKind, Severity


class Diagnostic(Model):
    """A coded message about the input or the parse (see ``policyparse.diagnostics``)."""

    code: str = Field(description="Stable code such as W101; the catalogue is in policyparse.diagnostics")
    severity: Severity
    message: str
    start: Offset | None = None
    end: Offset | None = None


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
    format: InputFormat = InputFormat.TEXT
    encoding: str | None = None
    encoding_confidence: float | None = None
    url: str | None = None
    page_metadata: dict[str, str] = Field(
        default_factory=dict,
        description="Fields of a portal's info table (索引号, 发文机关, 发文字号, 成文日期, 发布日期 …)",
    )


class PageInfo(Spanned):
    """A page of a paged input (PDF): its span of Notice.text and its size in points."""

    number: int = Field(ge=1)
    width: float
    height: float
