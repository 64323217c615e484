"""What the normaliser tells: noise records for repairs, markup heading evidence, diagnostics."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import partial

from policyparse import segment
from policyparse.diagnostics import Diagnostics
from policyparse.lexicon.mojibake import (
    GARBLED_MAX_PLAUSIBILITY,
    GARBLED_MIN_CHARS,
    PLACEHOLDER,
    SURVIVING_SPACES,
)
from policyparse.models import Noise, NoiseKind
from policyparse.normalize.markup import MarkupFound
from policyparse.normalize.mojibake import Repair
from policyparse.normalize.noise import previous_han
from policyparse.normalize.script import SCRIPTS, chinese_plausibility, plausibility_floor
from policyparse.normalize.view import MarkupHeading, NormText

#: Characters sampled to judge whether a whole text is garbled.
GARBLED_SAMPLE = 50_000
_MARKUP_KINDS = {
    NoiseKind.MARKDOWN: "markdown",
    NoiseKind.FRONT_MATTER: "markdown",
    NoiseKind.HTML_TAG: "html",
    NoiseKind.HTML_ENTITY: "html",
    NoiseKind.ESCAPE: "escaped",
}


def _report_spans(repairs: list[Repair], text: str) -> list[list[Repair]]:
    """Repairs of one round trip separated only by ASCII, grouped to be reported as one span."""
    spans: list[list[Repair]] = []
    for repair in repairs:
        if spans:
            last = spans[-1][-1]
            same = (last.real, last.read_as) == (repair.real, repair.read_as)
            gap = text[last.end : repair.start]
            if same and all(char.isascii() or char in SURVIVING_SPACES for char in gap):
                spans[-1].append(repair)
                continue
        spans.append([repair])
    return spans


def repaired_spans(view: NormText, repairs: list[Repair]) -> list[Noise]:
    """One noise record per reported repair span (its repaired text), and one per lost character."""
    out: list[Noise] = []
    for span in _report_spans(repairs, view.orig):
        start, end = span[0].start, span[-1].end
        repaired = view.clean[view.from_orig(start) : view.from_orig(end)]
        out.append(
            Noise(kind=NoiseKind.MOJIBAKE_REPAIRED, start=start, end=end, removed=True, replacement=repaired)
        )
    for repair in repairs:
        out.extend(
            Noise(kind=NoiseKind.LOST_CHAR, start=edit.start, end=edit.end, removed=True, replacement=None)
            for edit in repair.edits
            if edit.replacement == PLACEHOLDER
        )
    return out


def heading_evidence(view: NormText, markup: MarkupFound) -> list[MarkupHeading]:
    """Lines the markup marks as headings: ``#`` and ``<hN>`` lines, bold filling or opening a paragraph."""
    found = [
        MarkupHeading(start=start, end=end, source=source, level=level)
        for start, end, level, source in markup.headings
        if view.clean[view.from_orig(start) : view.from_orig(end)].strip()
    ]
    if markup.bold:
        paragraphs = segment.paragraphs(view.norm)
        starts = [p.start for p in paragraphs]
        html_bold = {span for span in markup.bold if view.orig[span[0] - 1 : span[0]] == ">"}
        for start, end in markup.bold:
            source = _bold_source(view, paragraphs, starts, start, end)
            if source:
                prefix = "html_" if (start, end) in html_bold else ""
                found.append(MarkupHeading(start=start, end=end, source=prefix + source))
    found.sort(key=lambda h: (h.start, h.end))
    return found


def _bold_source(
    view: NormText, paragraphs: list[segment.Segment], starts: list[int], start: int, end: int
) -> str:
    """``bold`` when the bold text fills its paragraph, ``bold_run_in`` when it opens it, else ''."""
    norm_start = view.from_orig(start)
    norm_end = view.from_orig(end)
    inner = view.norm[norm_start:norm_end]
    norm_start += len(inner) - len(inner.lstrip())
    norm_end -= len(inner) - len(inner.rstrip())
    if norm_end <= norm_start:
        return ""
    index = bisect.bisect_right(starts, norm_start) - 1
    if index < 0:
        return ""
    paragraph = paragraphs[index]
    if paragraph.start != norm_start or norm_end > paragraph.end:
        return ""
    return "bold" if norm_end == paragraph.end else "bold_run_in"


def report(view: NormText, diagnostics: Diagnostics, repairs: list[Repair]) -> None:
    """Diagnostics of the normalisation, in the catalogue's order of codes."""
    _report_prose(view, diagnostics)
    _report_layout(view, diagnostics)
    _report_markup(view, diagnostics)
    _report_damage(view, diagnostics, repairs)
    _report_bundle(view, diagnostics)


def _report_prose(view: NormText, diagnostics: Diagnostics) -> None:
    """W101 once for the glosses, W105 once for the control characters, then one diagnostic
    for each broken gloss, stray markup, lost character and mojibake run, in input order."""
    glosses = [n for n in view.noise if n.kind is NoiseKind.PINYIN_GLOSS]
    if glosses:
        diagnostics.add("W101", start=glosses[0].start, end=glosses[0].end, count=len(glosses))
    controls = [n for n in view.noise if n.kind is NoiseKind.CONTROL_CHAR]
    if controls:
        diagnostics.add("W105", start=controls[0].start, end=controls[-1].end, count=len(controls))
    cuts = _Cuts(view)
    for noise in view.noise:
        _report_noise(view, diagnostics, noise, cuts)


class _Cuts:
    """The spans the view cut, by start and by end (for the gloss after a lost character)."""

    def __init__(self, view: NormText) -> None:
        self.by_end = {n.end: n.start for n in view.noise if n.removed}
        self.at = {n.start: n for n in view.noise if n.removed}


def _report_noise(view: NormText, diagnostics: Diagnostics, noise: Noise, cuts: _Cuts) -> None:
    """The diagnostic of one span of noise, if its kind has one of its own."""
    if noise.kind is NoiseKind.BROKEN_GLOSS:
        diagnostics.add("W107", start=noise.start, end=noise.end)
    elif noise.kind is NoiseKind.STRAY_MARKUP and _reported_stray(view.orig, noise):
        diagnostics.add("W102", start=noise.start, end=noise.end, markup=view.orig[noise.start : noise.end])
    elif noise.kind is NoiseKind.LOST_CHAR and not noise.removed:
        _report_lost(view, diagnostics, noise, cuts)
    elif noise.kind is NoiseKind.MOJIBAKE:
        diagnostics.add("W104", start=noise.start, end=noise.end)


def _report_lost(view: NormText, diagnostics: Diagnostics, noise: Noise, cuts: _Cuts) -> None:
    """I106 for a lost character recovered from its gloss, else W103."""
    if not noise.replacement:
        diagnostics.add("W103", start=noise.start, end=noise.end)
        return
    gloss_noise = cuts.at.get(noise.end)
    gloss = view.orig[gloss_noise.start : gloss_noise.end] if gloss_noise else ""
    word = previous_han(view.orig, noise.start, cuts.by_end) + noise.replacement
    diagnostics.add("I106", start=noise.start, end=noise.end, char=noise.replacement, gloss=gloss, word=word)


_FURNITURE = (NoiseKind.PAGE_NUMBER, NoiseKind.RUNNING_HEADER)


def _report_layout(view: NormText, diagnostics: Diagnostics) -> None:
    """I108 once for the page furniture and hard wraps a reader (or the wrap rule) cut."""
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


def _report_bundle(view: NormText, diagnostics: Diagnostics) -> None:
    """I113 once for a bundle of news items read as its report (:mod:`policyparse.bundles`)."""
    cut = [n for n in view.noise if n.kind is NoiseKind.BUNDLED_ITEM]
    if cut:
        chars = sum(n.end - n.start for n in cut)
        diagnostics.add("I113", start=cut[0].start, end=cut[-1].end, chars=chars)


def _reported_stray(text: str, noise: Noise) -> bool:
    """Stray markup worth a warning: more than a ``#`` heading mark at the start of a line."""
    return text[noise.start : noise.end].strip("# \t") != "" or (
        noise.start > 0 and text[noise.start - 1] not in "\n"
    )


def _report_markup(view: NormText, diagnostics: Diagnostics) -> None:
    """I109 once for each markup syntax the text is written in, with the count of spans cut."""
    for syntax in view.markup.syntax:
        spans = [n for n in view.noise if _MARKUP_KINDS.get(n.kind) == syntax]
        if spans:
            diagnostics.add("I109", start=spans[0].start, end=spans[0].end, syntax=syntax, count=len(spans))


def _text_plausibility(text: str, score: Callable[[str], float] = chinese_plausibility) -> float | None:
    """Plausibility of a whole text, U+FFFD counting against it; None for too few non-ASCII characters.

    ``score`` is :func:`chinese_plausibility` or a lower bound of it, which gives a lower bound.
    """
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if non_ascii < GARBLED_MIN_CHARS:
        return None
    replaced = text.count(PLACEHOLDER)
    return score(text) * (non_ascii - replaced) / non_ascii


def _plainly_sound(text: str) -> bool:
    """Whether a lower bound of the text's plausibility already clears the garbled mark (so its
    exact value, which counts every character, is not needed)."""
    for codec in SCRIPTS:
        floor = _text_plausibility(text, partial(plausibility_floor, codec=codec))
        if floor is None or floor >= GARBLED_MAX_PLAUSIBILITY:
            return True
    return False


def _report_damage(view: NormText, diagnostics: Diagnostics, repairs: list[Repair]) -> None:
    """W110 for a garbled text, I111 for each repaired span, W112 for characters lost in the damage."""
    sample = view.orig[:GARBLED_SAMPLE]
    before = None if _plainly_sound(sample) else _text_plausibility(sample)
    if before is not None and before < GARBLED_MAX_PLAUSIBILITY:
        after = _text_plausibility(view.clean[: view.from_orig(len(sample))]) or 0.0
        diagnostics.add("W110", start=0, end=len(view.orig), before=before, after=after)
    for span in _report_spans(repairs, view.orig):
        start, end = span[0].start, span[-1].end
        count = sum(len(r.text) for r in span)
        diagnostics.add("I111", start=start, end=end, count=count, real=span[0].real, read_as=span[0].read_as)
        lost = sum(r.lost for r in span)
        if lost:
            diagnostics.add("W112", start=start, end=end, count=lost)
