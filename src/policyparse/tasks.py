"""The principal task list, with sub-items, agencies, deadlines and the announced count."""

from __future__ import annotations

from policyparse.document import Document
from policyparse.models import Assignment, StatedCount, Task


def extract_tasks(doc: Document, assignments: list[Assignment]) -> tuple[list[Task], StatedCount | None]:
    """The task list and the count the text announces for it."""
    return [], None
