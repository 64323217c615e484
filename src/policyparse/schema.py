"""The JSON Schema of the output, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from policyparse.models import Notice


def notice_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of :class:`~policyparse.models.Notice` as serialised to JSON."""
    schema = Notice.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://policyparse.readthedocs.io/schema/notice-1.0.json"
    return schema


def schema_json() -> str:
    """The schema as indented JSON text."""
    return json.dumps(notice_schema(), ensure_ascii=False, indent=2)
