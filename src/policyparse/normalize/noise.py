"""Noise inside the prose: pinyin glosses, control characters, stray ``##``, lost characters.

Glosses (``推進(jìn)``), their broken fragments (``?qǐng)``), stray hashes glued inside a line
and control characters are cut from the view. Characters lost to ``?`` and stranded-tone
mojibake runs (``?;\\ue2a2窘ǔ筛咚?``) are flagged with their spans but kept; a lost character
that the gloss after it and the character before it make certain is recovered
(``河北日?bào)`` → 报).
"""

from __future__ import annotations

from policyparse.grammar.noise import (
    BROKEN_GLOSS,
    CONTROL,
    GLOSS,
    LOST,
    MOJIBAKE_EDGE,
    STRANDED_TONE,
    STRAY_HASHES,
    TONE_LETTER,
)
from policyparse.lexicon.normalisation import RECOVERABLE_WORDS
from policyparse.models import Noise, NoiseKind
from policyparse.normalize.view import Edit


def has_tone_letter(text: str) -> bool:
    """Whether ``text`` holds a tone-marked letter, which every gloss, broken gloss and
    stranded-tone run needs: most texts hold none, and one C scan spares them the three
    patterns (which try every position)."""
    return TONE_LETTER.search(text) is not None


def prose_cuts(text: str) -> list[Edit]:
    """Glosses, broken glosses, stray hashes and control characters to cut, in input order."""
    found: list[Edit] = []
    glosses = ((GLOSS, NoiseKind.PINYIN_GLOSS), (BROKEN_GLOSS, NoiseKind.BROKEN_GLOSS))
    for pattern, kind in (
        *(glosses if has_tone_letter(text) else ()),
        (STRAY_HASHES, NoiseKind.STRAY_MARKUP),
        (CONTROL, NoiseKind.CONTROL_CHAR),
    ):
        found.extend(Edit(m.start(), m.end(), kind) for m in pattern.finditer(text) if m.end() > m.start())
    return found


def flag_lost_and_mojibake(
    text: str, cuts: list[Edit], skip: list[tuple[int, int]] | None = None
) -> list[Noise]:
    """Flag lost '?' characters (recovering those a gloss and a word make certain) and mojibake.

    ``skip`` lists input spans already repaired (their placeholders are reported there).
    """
    skipped = skip or []
    flagged = _lost_characters(text, cuts, skipped)
    _flag_mojibake(text, cuts, skipped, flagged)
    return flagged


def _lost_characters(text: str, cuts: list[Edit], skipped: list[tuple[int, int]]) -> list[Noise]:
    """Every lost '?', with the character recovered where its gloss and a word make it certain."""
    cut_ends = {edit.start: edit.end for edit in cuts}
    cut_by_end = {edit.end: edit.start for edit in cuts}
    flagged: list[Noise] = []
    for m in LOST.finditer(text):
        if _inside(m.start(), skipped):
            continue
        replacement = None
        gloss_end = cut_ends.get(m.end())
        if m.start() > 0 and gloss_end is not None:
            gloss = text[m.end() : gloss_end].strip("()（）")
            word = RECOVERABLE_WORDS.get((previous_han(text, m.start(), cut_by_end), gloss))
            if word is not None:
                replacement = word
        flagged.append(
            Noise(
                kind=NoiseKind.LOST_CHAR, start=m.start(), end=m.end(), removed=False, replacement=replacement
            )
        )
    return flagged


def _flag_mojibake(text: str, cuts: list[Edit], skipped: list[tuple[int, int]], flagged: list[Noise]) -> None:
    """Append the stranded-tone mojibake runs to ``flagged`` (a run overlapping the last one is
    left out)."""
    for m in STRANDED_TONE.finditer(text) if has_tone_letter(text) else ():
        if any(edit.start <= m.start() < edit.end for edit in cuts) or _inside(m.start(), skipped):
            continue
        left = text.rfind("?", max(0, m.start() - 12), m.start())
        right_match = MOJIBAKE_EDGE.search(text, m.end(), min(len(text), m.end() + 12))
        start = left if left >= 0 else m.start()
        end = right_match.end() if right_match else m.end()
        if flagged and flagged[-1].kind is NoiseKind.MOJIBAKE and start < flagged[-1].end:
            continue
        flagged.append(Noise(kind=NoiseKind.MOJIBAKE, start=start, end=end, removed=False))


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def previous_han(text: str, index: int, cut_by_end: dict[int, int]) -> str:
    """The nearest Han character before ``index``, skipping cut noise (``cut_by_end``: end → start)
    and other lost '?'."""
    position = index
    for _ in range(8):
        if position in cut_by_end:
            position = cut_by_end[position]
            continue
        if position == 0:
            return ""
        char = text[position - 1]
        if char in "?？":
            position -= 1
            continue
        return char
    return ""
