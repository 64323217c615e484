"""The evaluation's text fold: what ``eval/score.py`` drops before it compares two strings.

The scorer (:mod:`policyparse.evaluate.fold`) must fold exactly as the corpus's ``score.py``
does, which uses the standard library's :mod:`re`. Only the pinyin gloss is a pattern; it is
an explicit character class, so :mod:`regex` matches it exactly as :mod:`re` does. The two
classes that ``score.py`` writes with ``\\w`` and ``\\s`` are not patterns here: :mod:`re`'s
``\\w`` is :meth:`str.isalnum` (plus ``_``) and its ``\\s`` is :meth:`str.isspace`, whereas
:mod:`regex` follows Unicode's definitions (``\\s`` leaves out ``\\x1c``–``\\x1f``, ``\\w``
admits combining marks), so the fold calls those methods and keeps only the extra characters
as data.
"""

from __future__ import annotations

from policyparse.grammar._compile import pattern

#: A pinyin gloss in ASCII brackets after NFKC: ``(jìn)`` (score.py's ``PINYIN_GLOSS``).
PINYIN_GLOSS = pattern(r"\((?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7})\)")
#: Characters kept besides letters and digits: CJK Extension A and the Unified block, and 〇.
KEPT_IDEOGRAPHS = (("\u3400", "\u9fff"), ("\u3007", "\u3007"))
#: Brackets that a document number may be printed with (``〔2017〕``, ``[2017]``, ``（2017）``).
DOC_NUMBER_BRACKETS = frozenset("〔〕[]【】()（）")
