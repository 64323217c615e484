"""Folding texts for comparison, and the two similarity measures the scorer uses.

Gold and predicted strings are compared after :func:`fold`: NFKC (width), pinyin glosses
such as ``(jìn)`` dropped, Traditional → Simplified with OpenCC ``t2s``, then only word
characters and CJK ideographs kept, lower-cased. Punctuation and whitespace therefore never
matter; words do. Document numbers get a lighter fold (:func:`fold_doc_number`) so that
``国发[2017]35号`` and ``国发〔2017〕35号`` compare equal.

These functions reproduce ``eval/score.py`` of the shared corpus exactly. Its two character
classes are evaluated as its :mod:`re` evaluates them (``\\w`` is :meth:`str.isalnum` or ``_``,
``\\s`` is :meth:`str.isspace`); its one pattern, the pinyin gloss, is in
:mod:`policyparse.grammar.evaluation` (see there why the classes are not patterns).
"""

from __future__ import annotations

import difflib
import unicodedata
from functools import lru_cache
from typing import Any

from policyparse.grammar.evaluation import DOC_NUMBER_BRACKETS, KEPT_IDEOGRAPHS, PINYIN_GLOSS


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC ``t2s`` (whole-string conversion, as score.py does)."""
    converted: str = _converter().convert(text)
    return converted


def fold(text: str | None) -> str:
    """The comparison form of a title, target sentence, unit or agency name.

    >>> fold("推進(jìn)新型智慧城市建設！")
    '推进新型智慧城市建设'
    >>> fold(None)
    ''
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = PINYIN_GLOSS.sub("", text)
    text = to_simplified(text)
    return "".join(ch for ch in text if is_kept(ch)).lower()


def is_kept(char: str) -> bool:
    """Whether :func:`fold` keeps ``char``: a letter or digit (``str.isalnum``, which is what
    score.py's ``\\w`` matches, less ``_``), or a CJK ideograph of the kept blocks.

    >>> is_kept("推"), is_kept("Ⅳ"), is_kept("_"), is_kept("，")
    (True, True, False, False)
    """
    return char.isalnum() or any(low <= char <= high for low, high in KEPT_IDEOGRAPHS)


def fold_doc_number(text: str | None) -> str:
    """The comparison form of a 发文字号: NFKC, brackets and spaces removed, Simplified.

    >>> fold_doc_number("国发[2017]35号") == fold_doc_number("国发〔2017〕35号")
    True
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if not (ch.isspace() or ch in DOC_NUMBER_BRACKETS))
    return to_simplified(text)


def similarity(a: str, b: str) -> float:
    """``difflib`` ratio of two folded strings (1.0 when both are empty, 0.0 when one is)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def overlap(gold: str, pred: str) -> tuple[float, float]:
    """Share of ``gold`` covered by ``pred``, and share of ``pred`` covered by ``gold``.

    Coverage is the total size of ``difflib``'s matching blocks.

    >>> overlap("到2020年完成", "到2020年完成改造")
    (1.0, 0.8)
    """
    if not gold or not pred:
        return 0.0, 0.0
    matcher = difflib.SequenceMatcher(None, gold, pred, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(gold), matched / len(pred)


def number_key(value: object) -> float | None:
    """An indicator value rounded to six significant digits, or ``None`` when not a number."""
    try:
        return float(f"{float(value):.6g}")  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
