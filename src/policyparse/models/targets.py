"""Dated targets: deadlines resolved against the document's date, and indicators."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from policyparse.models.base import Spanned
from policyparse.models.labels import Precision, Relation, TargetKind


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


class Target(Spanned):
    """A sentence that ties an outcome or an action to a future deadline."""

    text: str
    deadline: Deadline
    deadlines: list[Deadline] = Field(default_factory=list, description="Every deadline in the sentence")
    kind: TargetKind = TargetKind.GOAL
    heading: int | None = Field(default=None, description="id of the enclosing heading")
    indicators: list[Indicator] = Field(default_factory=list)
