"""Words of the layout rules (PDF and wrapped text); their patterns are in :mod:`policyparse.grammar.layout`."""

from __future__ import annotations

#: Characters that end a paragraph's last line (a wrapped line rarely ends with them).
PARAGRAPH_END = "。！？：；!?:;"
