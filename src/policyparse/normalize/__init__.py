"""The normalised view of a text, with an offset map back to the input.

The input is never changed. :class:`NormText` derives two strings of equal length from it:

* ``clean``: the input with noise cut out and damage repaired, in the document's own script.
  Noise is pinyin glosses ``(jìn)``, control characters, stray ``##``, and markup left in a
  text file (Markdown, HTML: :mod:`.markup`). Damage is mojibake that a code-page round trip
  reads back (:mod:`.mojibake`). Extracted strings are slices of it.
* ``norm``: ``clean`` with one-to-one replacements for matching: ASCII punctuation to the
  Chinese forms, full-width digits and letters to ASCII, Traditional to Simplified (OpenCC).

Cuts and replacements that keep fewer characters than they cover are the only changes of
length; the offset map (:mod:`.view`) is a sorted list of segments looked up with
:func:`bisect.bisect_right`. ``?`` lost characters and unrepaired mojibake are flagged (with
spans) but kept. What markup says about structure is on :attr:`NormText.markup`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache

from policyparse.diagnostics import Diagnostics
from policyparse.grammar.noise import ASTRAL, SURROGATE
from policyparse.grammar.text import WIDTH_FOLDED
from policyparse.lexicon.normalisation import width_table
from policyparse.models import Noise, NoiseKind
from policyparse.normalize.markup import MarkupFound, find_markup
from policyparse.normalize.mojibake import Repair, find_repairs
from policyparse.normalize.noise import flag_lost_and_mojibake, prose_cuts
from policyparse.normalize.report import heading_evidence, repaired_spans, report
from policyparse.normalize.script import looks_traditional, to_simplified, to_traditional_char
from policyparse.normalize.view import (
    Edit,
    FrontMatterField,
    MarkupEvidence,
    MarkupHeading,
    NormText,
    build_view,
)

__all__ = [
    "FrontMatterField",
    "MarkupEvidence",
    "MarkupHeading",
    "NormText",
    "normalize",
    "to_simplified",
]


def _within_plane(converted: str, original: str) -> str:
    """``converted`` with each character OpenCC took out of the Basic Multilingual Plane put
    back as it was in ``original`` (the same length).

    OpenCC simplifies a few rare characters to forms of CJK Extension E and later (頔 → 𬱖);
    no word of the grammar holds one, and a single one made the whole matching view take 4
    bytes per character instead of 2 (6.5 MB more for a 3.4 M-character text).
    """
    moved = [m.start() for m in ASTRAL.finditer(converted) if original[m.start()] <= "\uffff"]
    if not moved:
        return converted
    pieces: list[str] = []
    done = 0
    for index in moved:
        pieces += (converted[done:index], original[index])
        done = index + 1
    pieces.append(converted[done:])
    return "".join(pieces)


def _fold_width(text: str) -> str:
    """``text`` with :func:`~policyparse.lexicon.normalisation.width_table` applied, as
    ``str.translate`` would: the standard :mod:`re` finds the few characters to fold in a
    Chinese text at C speed, where ``translate`` looks every character up (0.15 s → 0.016 s
    over the pool's 2.4 M characters)."""
    table = _width_map()
    return WIDTH_FOLDED.sub(lambda match: table[match.group()], text)


@lru_cache(maxsize=1)
def _width_map() -> dict[str, str]:
    return {chr(code): folded for code, folded in width_table().items()}


def _resolve(edits: list[Edit]) -> list[Edit]:
    """Edits sorted by start, dropping any that overlaps an earlier (or longer, same-start) one."""
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, -e.end)):
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


def _with_repairs(edits: list[Edit], repairs: list[Repair]) -> tuple[list[Edit], list[Repair]]:
    """Add the edits of each repair that no markup or prose cut overlaps."""
    starts = [e.start for e in edits]
    taken: list[Repair] = []
    for repair in repairs:
        index = bisect.bisect_left(starts, repair.end)
        if index > 0 and edits[index - 1].end > repair.start:
            continue
        taken.append(repair)
    merged = sorted([*edits, *(e for r in taken for e in r.edits)], key=lambda e: e.start)
    return merged, taken


def normalize(
    text: str,
    diagnostics: Diagnostics | None = None,
    *,
    extra_cuts: Iterable[tuple[int, int, NoiseKind]] = (),
) -> NormText:
    """Build the normalised view of ``text``; noise goes to ``diagnostics`` with its spans.

    ``extra_cuts`` — ``(start, end, kind)`` spans of ``text`` that the reader knows to be
    noise (page numbers, running headers, hard line breaks of a PDF or of PDF-extracted text)
    — are left out of the view and listed in ``noise`` like the noise found here; where one
    overlaps a cut found here, the earlier (or longer) wins.
    """
    markup: MarkupFound = find_markup(text)
    layout = [Edit(start, end, kind) for start, end, kind in extra_cuts if 0 <= start < end <= len(text)]
    cuts = _resolve([*layout, *prose_cuts(text), *markup.edits])
    edits, repairs = _with_repairs(cuts, find_repairs(text))
    view = build_view(text, edits)
    surrogates = len(SURROGATE.findall(view.clean))
    if surrogates:
        view.clean = SURROGATE.sub("\ufffd", view.clean)
    flagged = flag_lost_and_mojibake(text, cuts, [(r.start, r.end) for r in repairs])
    if any(n.replacement for n in flagged):
        _recover(view, flagged)
    folded = _fold_width(view.clean)
    view.norm = _within_plane(to_simplified(folded), folded)
    view.noise = [
        Noise(kind=e.kind, start=e.start, end=e.end, removed=True, replacement=e.replacement or None)
        for e in cuts
    ]
    view.noise += flagged + repaired_spans(view, repairs)
    view.noise.sort(key=lambda n: (n.start, n.end))
    view.markup = markup.evidence
    view.markup.headings = heading_evidence(view, markup)
    if diagnostics is not None:
        report(view, diagnostics, repairs)
        if surrogates:
            first = SURROGATE.search(text)
            diagnostics.add(
                "W005",
                start=first.start() if first else None,
                end=first.end() if first else None,
                count=surrogates,
            )
    return view


def _recover(view: NormText, flagged: list[Noise]) -> None:
    """Write characters recovered from a gloss into the view, in the document's script.

    The view is rebuilt from slices around the recovered characters: a list of every
    character (a Python object each) took about 80 bytes per character of the input.
    """
    clean = view.clean
    traditional = looks_traditional(clean)
    recovered: dict[int, str] = {}
    for noise in flagged:
        if noise.replacement:
            index = view.from_orig(noise.start)
            recovered[index] = to_traditional_char(noise.replacement) if traditional else noise.replacement
    pieces: list[str] = []
    done = 0
    for index in sorted(recovered):
        pieces += (clean[done:index], recovered[index])
        done = index + 1
    pieces.append(clean[done:])
    view.clean = "".join(pieces)
