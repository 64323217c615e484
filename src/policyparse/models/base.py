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


#: A box on a page: (x0, top, x1, bottom) in PDF points, origin at the page's top-left corner.
BoundingBox = tuple[float, float, float, float]


def absent(value: object) -> bool:
    """Leave a field out of the output when it has nothing (keeps text inputs' JSON unchanged)."""
    return value is None or value == []
