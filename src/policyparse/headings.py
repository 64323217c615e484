"""The heading tree: numbered titles, structural units, run-in titles, crossheads, articles."""

from __future__ import annotations

from policyparse.document import Document
from policyparse.models import Article, Heading


def extract_headings(doc: Document) -> tuple[list[Heading], list[Article]]:
    """Headings in reading order (a flat list with parents) and articles of rules."""
    return [], []
