"""The normalised view of a text, with an offset map back to the input.

The input is never changed. :class:`NormText` derives two strings of equal length from it:

* ``clean``: the input with noise cut out (pinyin glosses ``(jìn)``, stray markup ``##``,
  control characters), in the document's own script. Extracted strings are slices of it.
* ``norm``: ``clean`` with one-to-one replacements for matching: ASCII punctuation to the
  Chinese forms, full-width digits and letters to ASCII, Traditional to Simplified (OpenCC).

Cutting is the only change of length, so the map from ``norm`` positions to input offsets is
piecewise linear: a sorted list of kept segments, looked up with :func:`bisect.bisect_right`.
``?`` lost characters and mojibake runs are flagged (with spans) but kept.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from policyparse.diagnostics import Diagnostics
from policyparse.lexicon.normalisation import (
    CONTROL_CHARS,
    PINYIN_LETTERS,
    RECOVERABLE_WORDS,
    TONE_LETTERS,
    width_table,
)
from policyparse.models import Noise, NoiseKind

_HAN = r"\p{Han}"
# A gloss: (jìn) right after a Han character or a lost '?', with at least one tone mark.
GLOSS = regex.compile(
    rf"(?<=[{_HAN}?？])[(（](?=[{PINYIN_LETTERS}]{{0,6}}[{TONE_LETTERS}])[{PINYIN_LETTERS}]{{1,7}}[)）]"
)
# A fragment whose '(' was lost with the character before it: ?qǐng)
BROKEN_GLOSS = regex.compile(
    rf"(?<=[{_HAN}?？])(?=[{PINYIN_LETTERS}]{{0,6}}[{TONE_LETTERS}])[{PINYIN_LETTERS}]{{1,7}}[)）]"
)
MARKDOWN_HEADING = regex.compile(r"(?m)^[ \t]*#{1,6}[ \t]+")
MARKDOWN_QUOTE = regex.compile(r"(?m)^[ \t]*>[ \t]?")
HTML_COMMENT = regex.compile(r"<!--[^\n]{0,500}?-->")
STRAY_HASHES = regex.compile(r"(?<=\S)#{2,}(?=\S)")
CONTROL = regex.compile(rf"[{CONTROL_CHARS}]+")
LOST = regex.compile(rf"(?<=[{_HAN})）])[?？](?=[{_HAN}{PINYIN_LETTERS}])|�")
# Mojibake: a tone-marked letter stranded between Han characters (no gloss brackets), with
# the run around it up to the nearest '?' or punctuation.
STRANDED_TONE = regex.compile(rf"(?<=[{_HAN};])[{TONE_LETTERS}](?=[{_HAN}])")
_MOJIBAKE_EDGE = regex.compile(r"[?？]")

_WIDTH = width_table()
#: Lone surrogates cannot be encoded (OpenCC, JSON writers); the views carry U+FFFD instead.
SURROGATE = regex.compile(r"[\ud800-\udfff]")


@lru_cache(maxsize=1)
def _t2s_converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC, keeping the length (character by character if needed)."""
    converter = _t2s_converter()
    out: str = converter.convert(text)  # type: ignore[attr-defined]
    if len(out) == len(text):
        return out
    return "".join(
        converted if len(converted := converter.convert(ch)) == 1 else ch  # type: ignore[attr-defined]
        for ch in text
    )


@dataclass
class NormText:
    """The normalised view of ``orig`` and the offset map between them."""

    orig: str
    clean: str
    norm: str
    noise: list[Noise] = field(default_factory=list)
    _seg_norm: list[int] = field(default_factory=list, repr=False)
    _seg_orig: list[int] = field(default_factory=list, repr=False)

    def __len__(self) -> int:
        return len(self.norm)

    def to_orig(self, index: int) -> int:
        """Offset in the input of the character at ``norm[index]`` (``len(norm)`` maps to the end)."""
        if index >= len(self.norm):
            return len(self.orig)
        seg = bisect.bisect_right(self._seg_norm, index) - 1
        return self._seg_orig[seg] + (index - self._seg_norm[seg])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of the normalised span ``[start, end)``."""
        orig_start = self.to_orig(start)
        if end <= start:
            return orig_start, orig_start
        return orig_start, self.to_orig(end - 1) + 1

    def from_orig(self, offset: int) -> int:
        """Normalised index of the first kept character at or after input ``offset``."""
        seg = bisect.bisect_right(self._seg_orig, offset) - 1
        if seg < 0:
            return 0
        seg_len = (
            self._seg_norm[seg + 1] - self._seg_norm[seg]
            if seg + 1 < len(self._seg_norm)
            else len(self.clean) - self._seg_norm[seg]
        )
        delta = offset - self._seg_orig[seg]
        if delta < seg_len:
            return self._seg_norm[seg] + delta
        return self._seg_norm[seg] + seg_len

    def surface(self, start: int, end: int, *, simplified: bool = False) -> str:
        """The document's own text for a normalised span, noise removed."""
        text = self.clean[start:end]
        return to_simplified(text) if simplified else text


def _removals(
    text: str, extra_cuts: Iterable[tuple[int, int, NoiseKind]] = ()
) -> list[tuple[int, int, NoiseKind]]:
    """Spans of the input to cut from the view, sorted and non-overlapping.

    ``extra_cuts`` are spans a reader knows to be noise (a PDF's page numbers and hard wraps);
    they are cut like the pattern matches, an earlier span winning where two overlap.
    """
    found: list[tuple[int, int, NoiseKind]] = [
        (start, end, kind) for start, end, kind in extra_cuts if 0 <= start < end <= len(text)
    ]
    for pattern, kind in (
        (GLOSS, NoiseKind.PINYIN_GLOSS),
        (BROKEN_GLOSS, NoiseKind.BROKEN_GLOSS),
        (MARKDOWN_HEADING, NoiseKind.STRAY_MARKUP),
        (MARKDOWN_QUOTE, NoiseKind.STRAY_MARKUP),
        (HTML_COMMENT, NoiseKind.STRAY_MARKUP),
        (STRAY_HASHES, NoiseKind.STRAY_MARKUP),
        (CONTROL, NoiseKind.CONTROL_CHAR),
    ):
        found.extend((m.start(), m.end(), kind) for m in pattern.finditer(text) if m.end() > m.start())
    found.sort()
    merged: list[tuple[int, int, NoiseKind]] = []
    for start, end, kind in found:
        if merged and start < merged[-1][1]:
            continue  # overlaps an earlier cut (a gloss is also a broken-gloss match)
        merged.append((start, end, kind))
    return merged


def _flag_lost_and_mojibake(text: str, cuts: list[tuple[int, int, NoiseKind]]) -> list[Noise]:
    """Flag lost '?' characters (recovering those a gloss and a word make certain) and mojibake."""
    cut_ends = {start: end for start, end, _ in cuts}
    cut_by_end = {end: start for start, end, _ in cuts}
    flagged: list[Noise] = []
    for m in LOST.finditer(text):
        replacement = None
        gloss_end = cut_ends.get(m.end())
        if m.start() > 0 and gloss_end is not None:
            gloss = text[m.end() : gloss_end].strip("()（）")
            word = RECOVERABLE_WORDS.get((_previous_han(text, m.start(), cut_by_end), gloss))
            if word is not None:
                replacement = word
        flagged.append(
            Noise(
                kind=NoiseKind.LOST_CHAR, start=m.start(), end=m.end(), removed=False, replacement=replacement
            )
        )
    for m in STRANDED_TONE.finditer(text):
        if any(start <= m.start() < end for start, end, _ in cuts):
            continue
        left = text.rfind("?", max(0, m.start() - 12), m.start())
        right_match = _MOJIBAKE_EDGE.search(text, m.end(), min(len(text), m.end() + 12))
        start = left if left >= 0 else m.start()
        end = right_match.end() if right_match else m.end()
        if flagged and flagged[-1].kind is NoiseKind.MOJIBAKE and start < flagged[-1].end:
            continue
        flagged.append(Noise(kind=NoiseKind.MOJIBAKE, start=start, end=end, removed=False))
    return flagged


def _previous_han(text: str, index: int, cut_by_end: dict[int, int]) -> str:
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


def normalize(
    text: str,
    diagnostics: Diagnostics | None = None,
    *,
    extra_cuts: Iterable[tuple[int, int, NoiseKind]] = (),
) -> NormText:
    """Build the normalised view of ``text``; noise goes to ``diagnostics`` with its spans.

    ``extra_cuts`` — ``(start, end, kind)`` spans of ``text`` that the reader knows to be
    noise (page numbers, running headers, hard line breaks of a PDF) — are left out of the
    view and listed in ``noise`` like the noise found here.
    """
    cuts = _removals(text, extra_cuts)
    pieces: list[str] = []
    seg_norm: list[int] = []
    seg_orig: list[int] = []
    cursor = 0
    length = 0
    for start, end, _ in cuts:
        if start > cursor:
            seg_norm.append(length)
            seg_orig.append(cursor)
            pieces.append(text[cursor:start])
            length += start - cursor
        cursor = end
    if cursor < len(text) or not seg_norm:
        seg_norm.append(length)
        seg_orig.append(cursor)
        pieces.append(text[cursor:])
    clean = "".join(pieces)
    surrogates = len(SURROGATE.findall(clean))
    if surrogates:
        clean = SURROGATE.sub("\ufffd", clean)
    flagged = _flag_lost_and_mojibake(text, cuts)
    view = NormText(orig=text, clean=clean, norm="", _seg_norm=seg_norm, _seg_orig=seg_orig)
    if any(n.replacement for n in flagged):
        chars = list(clean)
        traditional = _looks_traditional(clean)
        for noise in flagged:
            if noise.replacement:
                index = view.from_orig(noise.start)
                chars[index] = _s2t(noise.replacement) if traditional else noise.replacement
        clean = "".join(chars)
        view.clean = clean
    view.norm = to_simplified(clean.translate(_WIDTH))
    view.noise = [Noise(kind=kind, start=s, end=e, removed=True) for s, e, kind in cuts] + flagged
    view.noise.sort(key=lambda n: (n.start, n.end))
    if diagnostics is not None:
        _report(view, diagnostics)
        if surrogates:
            first = SURROGATE.search(text)
            diagnostics.add(
                "W005",
                start=first.start() if first else None,
                end=first.end() if first else None,
                count=surrogates,
            )
    return view


def _looks_traditional(text: str) -> bool:
    sample = text[:4000]
    return sum(a != b for a, b in zip(sample, to_simplified(sample), strict=True)) >= max(
        1, len(sample) // 200
    )


@lru_cache(maxsize=1)
def _s2t_converter() -> object:
    import opencc

    return opencc.OpenCC("s2t")


def _s2t(char: str) -> str:
    converted: str = _s2t_converter().convert(char)  # type: ignore[attr-defined]
    return converted if len(converted) == 1 else char


_FURNITURE = (NoiseKind.PAGE_NUMBER, NoiseKind.RUNNING_HEADER)


def _report_layout(view: NormText, diagnostics: Diagnostics) -> None:
    """One summary diagnostic for the page furniture and hard wraps a reader cut."""
    furniture = [n for n in view.noise if n.kind in _FURNITURE]
    wraps = sum(1 for n in view.noise if n.kind is NoiseKind.HARD_WRAP)
    if furniture or wraps:
        first = furniture[0] if furniture else None
        diagnostics.add(
            "I108",
            start=first.start if first else None,
            end=first.end if first else None,
            furniture=len(furniture),
            wraps=wraps,
        )


def _report(view: NormText, diagnostics: Diagnostics) -> None:
    cut_by_end = {n.end: n.start for n in view.noise if n.removed}
    cut_at = {n.start: n for n in view.noise if n.removed}
    glosses = [n for n in view.noise if n.kind is NoiseKind.PINYIN_GLOSS]
    if glosses:
        diagnostics.add("W101", start=glosses[0].start, end=glosses[0].end, count=len(glosses))
    controls = [n for n in view.noise if n.kind is NoiseKind.CONTROL_CHAR]
    if controls:
        diagnostics.add("W105", start=controls[0].start, end=controls[-1].end, count=len(controls))
    _report_layout(view, diagnostics)
    for noise in view.noise:
        if noise.kind is NoiseKind.BROKEN_GLOSS:
            diagnostics.add("W107", start=noise.start, end=noise.end)
        elif (
            noise.kind is NoiseKind.STRAY_MARKUP and view.orig[noise.start : noise.end].strip("# \t") != ""
        ) or (
            noise.kind is NoiseKind.STRAY_MARKUP
            and noise.start > 0
            and view.orig[noise.start - 1] not in "\n"
        ):
            diagnostics.add(
                "W102", start=noise.start, end=noise.end, markup=view.orig[noise.start : noise.end]
            )
        elif noise.kind is NoiseKind.LOST_CHAR:
            if noise.replacement:
                gloss_noise = cut_at.get(noise.end)
                gloss = view.orig[gloss_noise.start : gloss_noise.end] if gloss_noise else ""
                word = _previous_han(view.orig, noise.start, cut_by_end) + noise.replacement
                diagnostics.add(
                    "I106", start=noise.start, end=noise.end, char=noise.replacement, gloss=gloss, word=word
                )
            else:
                diagnostics.add("W103", start=noise.start, end=noise.end)
        elif noise.kind is NoiseKind.MOJIBAKE:
            diagnostics.add("W104", start=noise.start, end=noise.end)
