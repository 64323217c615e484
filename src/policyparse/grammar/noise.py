"""Patterns of the noise the normalised view cuts or flags: pinyin glosses, lost characters,
stray markup, control characters, mojibake runs.

They run on the input as given (not on the normalised view), since they decide what the
view keeps. Markdown and HTML markup are in :mod:`policyparse.grammar.markup`.
"""

from __future__ import annotations

from functools import partial
from re import Pattern

from policyparse.grammar._compile import built_plain_pattern, pattern, plain_pattern
from policyparse.lexicon.han import SCRIPTS, shipped_class_body
from policyparse.lexicon.normalisation import CONTROL_CHARS, PINYIN_LETTERS, TONE_LETTERS

_HAN = r"\p{Han}"
#: A gloss: (jìn) right after a Han character or a lost '?', with at least one tone mark.
GLOSS = pattern(
    rf"(?<=[{_HAN}?？])[(（](?=[{PINYIN_LETTERS}]{{0,6}}[{TONE_LETTERS}])[{PINYIN_LETTERS}]{{1,7}}[)）]"
)
#: A fragment whose '(' was lost with the character before it: ?qǐng)
BROKEN_GLOSS = pattern(
    rf"(?<=[{_HAN}?？])(?=[{PINYIN_LETTERS}]{{0,6}}[{TONE_LETTERS}])[{PINYIN_LETTERS}]{{1,7}}[)）]"
)
#: ``##`` glued between two characters (a broken heading mark inside a line).
STRAY_HASHES = pattern(r"(?<=\S)#{2,}(?=\S)")
#: Control and invisible characters.
CONTROL = plain_pattern(rf"[{CONTROL_CHARS}]+")
#: A character lost to '?' between Han characters, or U+FFFD anywhere.
LOST = pattern(rf"(?<=[{_HAN})）])[?？](?=[{_HAN}{PINYIN_LETTERS}])|�")
#: Any tone-marked letter: every gloss, broken gloss and stranded-tone run needs one, and most
#: texts hold none (one scan by the standard engine spares them the three patterns above).
TONE_LETTER = plain_pattern(f"[{TONE_LETTERS}]")
#: Mojibake: a tone-marked letter stranded between Han characters (no gloss brackets).
STRANDED_TONE = pattern(rf"(?<=[{_HAN};])[{TONE_LETTERS}](?=[{_HAN}])")
#: The edge of a stranded-tone mojibake run.
MOJIBAKE_EDGE = pattern(r"[?？]")
#: Lone surrogates cannot be encoded (OpenCC, JSON writers); the views carry U+FFFD instead.
SURROGATE = pattern(r"[\ud800-\udfff]")
#: A run of lone surrogates: code points no UTF-8 writer accepts (pydantic-core, OpenCC, SQLite).
SURROGATE_RUN = pattern(r"[\ud800-\udfff]+")
#: A character outside the Basic Multilingual Plane (a string holding one takes 4 bytes per
#: character instead of 2).
ASTRAL = plain_pattern(r"[\U00010000-\U0010ffff]")
#: A run of non-ASCII characters without placeholders: the unit a mojibake repair works on
#: (ASCII bytes read the same in every code page tried, so a run never spans one).
NON_ASCII_RUN = plain_pattern(r"[^\x00-\x7f\ufffd]+")
#: The last character before a position that bounds a non-ASCII run (searched right to left).
RUN_BOUND_BEFORE = pattern(r"(?r)[\x00-\x7f\ufffd]")


def _not_plain_source(codec: str) -> str:
    """A run of characters that do not score in full for ``codec``'s script (see
    :func:`~policyparse.lexicon.han.plain_code_points`): ASCII and the class shipped for it."""
    return f"[^\\x00-\\x7f{shipped_class_body(codec)}]+"


#: A run of characters of the unified Han block, the characters a plausibility counts a
#: quarter for when they are not everyday ones.
UNIFIED_HAN_RUN = plain_pattern(r"[\u4e00-\u9fff]+")
#: By script (``gb2312``, ``big5``): a run of characters that do not score in full in it. A text
#: without one is plainly Chinese in that script; the runs' lengths sum to what a lower bound
#: of its plausibility leaves out. Compiled on first use: about 3,000 ranges each.
NOT_PLAIN: dict[str, Pattern[str]] = {
    codec: built_plain_pattern(partial(_not_plain_source, codec)) for codec in SCRIPTS
}
