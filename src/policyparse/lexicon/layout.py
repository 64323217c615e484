"""Words of the layout rules (PDF and wrapped text); their patterns are in :mod:`policyparse.grammar.layout`."""

from __future__ import annotations

#: Characters that end a paragraph's last line (a wrapped line rarely ends with them).
PARAGRAPH_END = "。！？：；!?:;"
#: The bars between the cells of a table flattened to text (``5 | 门急诊服务… | 占比…``).
CELL_BARS: frozenset[str] = frozenset("|｜")
