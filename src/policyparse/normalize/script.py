"""Script conversion (OpenCC) and how plausible a run of characters is as Chinese text."""

from __future__ import annotations

from functools import lru_cache

from policyparse.grammar.noise import NOT_PLAIN, UNIFIED_HAN_RUN
from policyparse.lexicon.han import SCRIPTS, common_han

__all__ = [
    "SCRIPTS",
    "chinese_plausibility",
    "common_han",
    "looks_traditional",
    "plainly_chinese",
    "plausibility_floor",
    "to_simplified",
    "to_traditional_char",
]


@lru_cache(maxsize=1)
def _t2s_converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t_converter() -> object:
    import opencc

    return opencc.OpenCC("s2t")


#: Texts longer than this are converted in pieces that end at a line break: OpenCC's copies of
#: a whole 10 M-character text (UTF-8 in, UTF-8 out, its segments) took about 11 bytes per
#: character at once; no dictionary phrase spans a line break, so the pieces convert alike.
CONVERT_PIECE = 1 << 16


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC, keeping the length (character by character if needed).

    A long text is converted a piece at a time (see :data:`CONVERT_PIECE`); a piece whose
    conversion changes its length is converted character by character.
    """
    if len(text) <= CONVERT_PIECE:
        return _to_simplified(text)
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + CONVERT_PIECE) + 1 or len(text)
        pieces.append(_to_simplified(text[start:end]))
        start = end
    return "".join(pieces)


def _to_simplified(text: str) -> str:
    converter = _t2s_converter()
    out: str = converter.convert(text)  # type: ignore[attr-defined]
    if len(out) == len(text):
        return out
    return "".join(
        converted if len(converted := converter.convert(ch)) == 1 else ch  # type: ignore[attr-defined]
        for ch in text
    )


#: OpenCC's s2t of each character a gloss can restore (the values of
#: :data:`policyparse.lexicon.normalisation.RECOVERABLE_WORDS`), so that restoring one in a
#: Traditional document does not load OpenCC's s2t dictionaries (0.04 s); a test checks every
#: value of the lexicon against OpenCC. Other characters are converted by OpenCC.
TRADITIONAL_OF_RESTORED = {"报": "報", "闻": "聞", "华": "華", "府": "府", "民": "民"}


def to_traditional_char(char: str) -> str:
    """One Simplified character in Traditional script (itself when OpenCC gives more than one)."""
    known = TRADITIONAL_OF_RESTORED.get(char)
    if known is not None:
        return known
    converted: str = _s2t_converter().convert(char)  # type: ignore[attr-defined]
    return converted if len(converted) == 1 else char


def looks_traditional(text: str) -> bool:
    """Whether the first 4,000 characters are written in Traditional script (0.5 % differ)."""
    sample = text[:4000]
    return sum(a != b for a, b in zip(sample, to_simplified(sample), strict=True)) >= max(
        1, len(sample) // 200
    )


def plainly_chinese(text: str) -> bool:
    """Whether :func:`chinese_plausibility` of ``text`` is 1 because every character scores in
    full for one script (what nearly every run of a sound text does), found by one scan of a
    character class (:data:`~policyparse.grammar.noise.NOT_PLAIN`) instead of a Python loop."""
    return NOT_PLAIN["gb2312"].search(text) is None or NOT_PLAIN["big5"].search(text) is None


def chinese_plausibility(text: str) -> float:
    """How plausible the non-ASCII characters of ``text`` are in Chinese prose (0–1).

    The share of them that are everyday Han characters of one script (Simplified: GB2312
    level 1; Traditional: Big5's frequent block; the better of the two) or symbols Chinese
    documents print. Other Han characters count a quarter; Latin-1 letters, Cyrillic, box
    drawing, private-use and control characters nothing. Mixing scripts scores low, as text
    decoded with the wrong one of GBK and Big5 does. Without non-ASCII characters: 1.

    Counted with two scans per script in C: the characters that do not score in full
    (:data:`~policyparse.grammar.noise.NOT_PLAIN`), and the unified Han characters among them.

    >>> chinese_plausibility("国务院关于印发通知，2012年")
    1.0
    >>> chinese_plausibility("國務院關於印發通知")
    1.0
    >>> chinese_plausibility("дЄ≠еНОдЇЇж∞С") < 0.2
    True
    """
    counted = _counted(text)
    if not counted:
        return 1.0
    best = 0.0
    for codec in SCRIPTS:
        odd = "".join(NOT_PLAIN[codec].findall(text))
        han = sum(map(len, UNIFIED_HAN_RUN.findall(odd)))
        best = max(best, counted - len(odd) + 0.25 * han)  # sums of quarters: exact
    return round(best / counted, 3)


def _counted(text: str) -> int:
    """How many characters of ``text`` a plausibility counts: all but ASCII and U+FFFD."""
    return len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")


def plausibility_floor(text: str, codec: str) -> float:
    """A lower bound of :func:`chinese_plausibility`: every character that does not score in
    full for ``codec``'s script counted as scoring nothing (it scores 0.25 or 0).

    One scan of a character class (:data:`~policyparse.grammar.noise.NOT_PLAIN`) instead of
    counting every character: enough to tell that a sound text is plausible, which is what the
    callers nearly always need to know. Rounded as the plausibility is, so ``floor > x``
    implies ``plausibility > x``.
    """
    counted = _counted(text)
    if not counted:
        return 1.0
    odd = sum(map(len, NOT_PLAIN[codec].findall(text)))
    return round((counted - odd) / counted, 3)
