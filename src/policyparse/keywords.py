"""Keywords per document and per task with a private jieba tokenizer."""

from __future__ import annotations

from policyparse.document import Document
from policyparse.models import Notice


def add_keywords(notice: Notice, doc: Document) -> None:
    """Fill ``notice.keywords`` and each task's ``keywords``."""
    return None
