"""Metadata: GB/T 9704 elements of a notice, and a news report's headline, date line and 来源."""

from __future__ import annotations

from policyparse.document import Document
from policyparse.models import DocumentKind, Metadata


def extract_metadata(doc: Document) -> tuple[Metadata, DocumentKind]:
    """Metadata of the document and its kind; sets ``doc.body_start``/``doc.body_end``."""
    return Metadata(), DocumentKind.NOTICE
