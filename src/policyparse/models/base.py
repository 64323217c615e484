"""The base classes of every output model: unknown keys rejected, spans of the input."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt

Offset = Annotated[NonNegativeInt, Field(description="Code-point offset into Notice.text")]


class Model(BaseModel):
    """Base of every policyparse model: unknown keys are rejected."""

    model_config = ConfigDict(extra="forbid")


class Spanned(Model):
    """An element with a source span: ``text[start:end]`` is where it came from."""

    start: Offset
    end: Offset
