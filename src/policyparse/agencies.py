"""Responsibility notes and clauses: lead, supporting and responsible agencies."""

from __future__ import annotations

from policyparse.document import Document
from policyparse.models import Assignment


def extract_assignments(doc: Document) -> list[Assignment]:
    """Every responsibility note or clause of the document, in reading order."""
    return []
