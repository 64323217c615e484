"""Which numbering markers open a line: a section, a title line, a new paragraph.

Hard-wrapped text (PDF extraction, web pages with line breaks) is joined back into paragraphs
by asking, at each line start, whether a marker there begins something new; the metadata
reader asks whether a line is body text. The markers themselves are
:mod:`policyparse.grammar.markers`.
"""

from __future__ import annotations

from policyparse.grammar.markers import MARKER_CLASSES, match_article, match_marker
from policyparse.models.labels import MarkerKind

#: Marker classes that open a numbered section line (``一、`` ``（一）`` ``1.`` ``1、`` ``第一章`` ``第一节``).
SECTION_OPENERS = frozenset(
    {
        MarkerKind.CN_DUN,
        MarkerKind.CN_PAREN,
        MarkerKind.ARABIC_DOT,
        MarkerKind.ARABIC_DUN,
        MarkerKind.ZHANG,
        MarkerKind.JIE,
    }
)


#: Classes whose marker opens a line holding only a title: ``第一编`` ``第一部分`` ``第一章`` ``第一节``.
TITLE_LINE_OPENERS = frozenset(c.kind for c in MARKER_CLASSES if c.structural)
#: Classes whose marker, at the start of a line, begins a new paragraph: a line so opened never
#: continues the line above it (used to tell hard wraps from paragraph breaks).
LINE_OPENERS = SECTION_OPENERS | TITLE_LINE_OPENERS | {MarkerKind.ARABIC_PAREN, MarkerKind.ARABIC_HALF_PAREN}


def opens_line(text: str, pos: int = 0) -> bool:
    """Whether a numbered heading, a list item or an article starts at ``pos``.

    >>> opens_line("（2）加强监管"), opens_line("第三章  强化统筹"), opens_line("2035年前")
    (True, True, False)
    """
    return match_marker(text, pos, classes=LINE_OPENERS) is not None or match_article(text, pos) is not None


def opens_title_line(text: str, pos: int = 0) -> bool:
    """Whether a structural marker (``第三章``) starts at ``pos``: the line is a title, never wrapped on.

    >>> opens_title_line("第三章  强化国土空间的整体统筹"), opens_title_line("（三）强化统筹")
    (True, False)
    """
    return match_marker(text, pos, classes=TITLE_LINE_OPENERS) is not None


def opens_section(text: str, pos: int = 0) -> bool:
    """Whether a numbered section or an article starts at ``pos`` (such a line is body, never a title)."""
    return (
        match_marker(text, pos, classes=SECTION_OPENERS) is not None or match_article(text, pos) is not None
    )
