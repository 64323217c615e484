"""Folding texts for comparison, and the two similarity measures the scorer uses.

Gold and predicted strings are compared after :func:`fold`: NFKC (width), pinyin glosses
such as ``(jìn)`` dropped, Traditional → Simplified with OpenCC ``t2s``, then only word
characters and CJK ideographs kept, lower-cased. Punctuation and whitespace therefore never
matter; words do. Document numbers get a lighter fold (:func:`fold_doc_number`) so that
``国发[2017]35号`` and ``国发〔2017〕35号`` compare equal.

These functions reproduce ``eval/score.py`` of the shared corpus exactly (same regular
expressions, evaluated with the standard library's :mod:`re`, whose ``\\w`` differs from the
``regex`` module's).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from typing import Any

#: A pinyin gloss in ASCII brackets after NFKC: ``(jìn)``.
PINYIN_GLOSS = re.compile(r"\((?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7})\)")
#: Characters kept by :func:`fold`: word characters and CJK ideographs (``_`` is dropped later).
KEEP = re.compile(r"[\w\u3400-\u9fff\u3007]", re.UNICODE)
#: Brackets and whitespace ignored in document numbers.
DOC_NUMBER_NOISE = re.compile(r"[〔〕\[\]【】()（）\s]")


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
    return "".join(ch for ch in text if KEEP.match(ch) and ch != "_").lower()


def fold_doc_number(text: str | None) -> str:
    """The comparison form of a 发文字号: NFKC, brackets and spaces removed, Simplified.

    >>> fold_doc_number("国发[2017]35号") == fold_doc_number("国发〔2017〕35号")
    True
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = DOC_NUMBER_NOISE.sub("", text)
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
