"""The base classes of every output model: unknown keys rejected, spans of the input."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt

Offset = Annotated[NonNegativeInt, Field(description="Code-point offset into Notice.text")]


#: One set of explicitly set field names per distinct content, shared by the instances that
#: have it (see :meth:`Model.model_post_init`).
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


class Model(BaseModel):
    """Base of every policyparse model: unknown keys are rejected.

    Pydantic gives every instance its own set of the field names set at construction
    (``model_fields_set``); with five or more names that set takes 728 bytes, more than the
    instance's values, and a parse of a long document makes tens of thousands of elements.
    Instances whose sets are equal therefore share one set, and an instance gets a copy of its
    own before a field it did not have is set (copy on write), so ``model_fields_set`` and
    ``exclude_unset`` answer as pydantic documents them.
    """

    model_config = ConfigDict(extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        """Share the set of explicitly set field names with the instances that have the same."""
        names = self.__pydantic_fields_set__
        key = frozenset(names)
        shared = _FIELDS_SETS.get(key)
        if shared is None:
            shared = _FIELDS_SETS[key] = names
        object.__setattr__(self, "__pydantic_fields_set__", shared)

    def __setattr__(self, name: str, value: Any) -> None:
        names = self.__pydantic_fields_set__
        if name not in names and names is _FIELDS_SETS.get(frozenset(names)):
            object.__setattr__(self, "__pydantic_fields_set__", set(names))
        super().__setattr__(name, value)


class Spanned(Model):
    """An element with a source span: ``text[start:end]`` is where it came from."""

    start: Offset
    end: Offset


#: A box on a page: (x0, top, x1, bottom) in PDF points, origin at the page's top-left corner.
BoundingBox = tuple[float, float, float, float]


def absent(value: object) -> bool:
    """Leave a field out of the output when it has nothing (keeps text inputs' JSON unchanged)."""
    return value is None or value == []
