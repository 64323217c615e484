"""Patterns of reading a PDF's text layer: Chinese characters and punctuation, bold font names,
PDFium's error messages, and the digit mask that compares running headers across pages.

Page numbers and the wrap rule's lines are in :mod:`policyparse.grammar.layout` (they run on
any text, not only on a PDF's).
"""

from __future__ import annotations

from policyparse.grammar._compile import IGNORECASE, pattern

#: A Chinese character or full-width punctuation: a generated space next to one is dropped.
CJK_CHAR = pattern(r"[\p{Han}\p{Han}\u3000-\u303f\uff00-\uffef，。、；：？！“”‘’（）《》〔〕【】—…·]")
#: Font names of bold faces (Latin weights, Chinese 黑体 and 小标宋 in their many spellings).
BOLD_FONT = pattern(r"Bold|Black|Heavy|Hei|HT[KS-]|XBS|XiaoBiao|Xbs|黑|小标宋", IGNORECASE)
#: The reason in a PDFium error message (``Failed to load document (PDFium: Data format error).``).
#: A run of digits: masked so that ``第3页`` and ``第4页`` read alike.
DIGITS = pattern(r"\d+")
