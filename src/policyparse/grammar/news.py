"""News reports: dispatch headers, date lines, 来源 lines, bylines and release clauses.

A news report about a policy prints a headline, a date line or a dispatch header
(``本报北京1月6日电（记者…）``, ``新华社北京9月9日电``), perhaps a ``来源：`` line, and names the
organ that released the policy (``河北省政府办公厅日前印发《…》``). The outlet words are data in
:mod:`policyparse.lexicon.metadata`.
"""

from __future__ import annotations

from policyparse.grammar._compile import alternation, pattern
from policyparse.lexicon.metadata import DISPATCH_OUTLETS

_OUTLET = alternation(DISPATCH_OUTLETS)
#: A dispatch header opening a report's first paragraph: ``本报北京1月6日电 （记者王云杉）``,
#: ``新华社北京9月9日电``, ``本报讯``. It is no part of a target sentence.
DISPATCH = pattern(rf"(?:{_OUTLET})[^，。；（\n]{{0,20}}?[电讯](?:[ \t]{{0,4}}（[^）\n]{{0,30}}）)?")
