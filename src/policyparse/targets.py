"""Dated targets: sentences tied to a future deadline, with their indicators."""

from __future__ import annotations

from policyparse.document import Document
from policyparse.models import Target


def extract_targets(doc: Document) -> list[Target]:
    """Every target sentence of the document, in order."""
    return []
