"""The normalised view of a text and its offset map back to the input.

The view is built from *edits* of the input: an :class:`Edit` replaces the input span
``[start, end)`` with ``replacement``, which is never longer than the span. A cut is an edit
whose replacement is empty; an HTML entity (``&nbsp;`` → U+00A0), a block tag that ends a
paragraph mid-line (``</p><p>`` → ``\\n``) or a character repaired from mojibake (``鍙戝`` →
``发``) is an edit that keeps fewer characters than it covers: "cut k − m, replace m".

The map is a sorted list of segments. A *copy* segment maps a run of the view one to one onto
the input; a *replacement* segment maps the ``m`` characters of a replacement onto the first
``m`` input characters of its span, and the last of them also covers the rest of the span, so
that the source of a repaired character is the whole group of characters it was read from:
:meth:`NormText.span` of a repaired character gives that group.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from policyparse.models import Noise, NoiseKind
from policyparse.normalize.script import to_simplified


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the input span ``[start, end)`` by ``replacement`` (at most as long; ``""`` cuts)."""

    start: int
    end: int
    kind: NoiseKind
    replacement: str = ""


@dataclass
class NormText:
    """The normalised view of ``orig`` and the offset map between them.

    ``clean`` is the input with noise cut out and repairs applied, in the document's own
    script; ``norm`` is ``clean`` with one-to-one replacements for matching (punctuation,
    widths, Traditional → Simplified). Both have the same length.
    """

    orig: str
    clean: str
    norm: str
    noise: list[Noise] = field(default_factory=list)
    #: What the document's markup (Markdown, HTML) says about its structure.
    markup: MarkupEvidence = field(default_factory=lambda: MarkupEvidence())
    _seg_norm: list[int] = field(default_factory=list, repr=False)
    _seg_orig: list[int] = field(default_factory=list, repr=False)
    _seg_orig_end: list[int] = field(default_factory=list, repr=False)

    def __len__(self) -> int:
        return len(self.norm)

    def _segment_length(self, seg: int) -> int:
        following = self._seg_norm[seg + 1] if seg + 1 < len(self._seg_norm) else len(self.clean)
        return following - self._seg_norm[seg]

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
        last = end - 1
        if last >= len(self.norm):
            return orig_start, len(self.orig)
        seg = bisect.bisect_right(self._seg_norm, last) - 1
        if last == self._seg_norm[seg] + self._segment_length(seg) - 1:
            return orig_start, self._seg_orig_end[seg]
        return orig_start, self._seg_orig[seg] + (last - self._seg_norm[seg]) + 1

    def from_orig(self, offset: int) -> int:
        """Normalised index of the first kept character at or after input ``offset``."""
        seg = bisect.bisect_right(self._seg_orig, offset) - 1
        if seg < 0:
            return 0
        seg_len = self._segment_length(seg)
        delta = offset - self._seg_orig[seg]
        if delta < seg_len:
            return self._seg_norm[seg] + delta
        return self._seg_norm[seg] + seg_len

    def surface(self, start: int, end: int, *, simplified: bool = False) -> str:
        """The document's own text for a normalised span, noise removed."""
        text = self.clean[start:end]
        return to_simplified(text) if simplified else text


@dataclass(frozen=True, slots=True)
class MarkupHeading:
    """A line the markup marks as a heading; offsets are input offsets of its text.

    ``source`` is ``atx`` (``## 标题``), ``bold`` (``**一、总体要求**`` alone on its line),
    ``bold_run_in`` (a bold opening of a longer paragraph), ``html_heading`` (``<h2>``) or
    ``html_bold`` (``<strong>`` filling its paragraph). ``level`` is the ``#`` count or the
    ``<hN>`` number, 0 when the markup gives none.
    """

    start: int
    end: int
    source: str
    level: int = 0


@dataclass(frozen=True, slots=True)
class FrontMatterField:
    """One field of YAML/TOML front matter: its value and the value's input span."""

    key: str
    value: str
    start: int
    end: int


@dataclass
class MarkupEvidence:
    """What the document's markup says, for the stages: weaker than the printed text.

    ``syntax`` names the markup languages found (``markdown``, ``html``); ``front_matter``
    holds the fields of a front-matter block by lower-cased key (``title``, ``date`` …);
    ``headings`` the lines the markup marks as headings, in input order.
    """

    syntax: list[str] = field(default_factory=list)
    front_matter: dict[str, FrontMatterField] = field(default_factory=dict)
    headings: list[MarkupHeading] = field(default_factory=list)


def build_view(text: str, edits: list[Edit]) -> NormText:
    """The view of ``text`` with ``edits`` applied (sorted, non-overlapping); ``norm`` is left empty."""
    pieces: list[str] = []
    seg_norm: list[int] = []
    seg_orig: list[int] = []
    seg_orig_end: list[int] = []
    cursor = 0
    length = 0

    def add(piece: str, orig_start: int, orig_end: int) -> None:
        nonlocal length
        seg_norm.append(length)
        seg_orig.append(orig_start)
        seg_orig_end.append(orig_end)
        pieces.append(piece)
        length += len(piece)

    for edit in edits:
        if edit.start > cursor:
            add(text[cursor : edit.start], cursor, edit.start)
        if edit.replacement:
            last = len(edit.replacement) - 1
            for offset, char in enumerate(edit.replacement):
                add(char, edit.start + offset, edit.end if offset == last else edit.start + offset + 1)
        cursor = edit.end
    if cursor < len(text) or not seg_norm:
        add(text[cursor:], cursor, len(text))
    clean = "".join(pieces)
    return NormText(
        orig=text, clean=clean, norm="", _seg_norm=seg_norm, _seg_orig=seg_orig, _seg_orig_end=seg_orig_end
    )
