"""Page numbers beside report elements, for inputs that have pages (PDF); nothing otherwise.

Kept apart from :mod:`policyparse.render.html` so that the report's layout code only asks for a
badge: ``page_badge(notice, offset)`` is ``""`` for text, HTML and Word inputs.
"""

from __future__ import annotations

from html import escape

from policyparse.models import Notice


def page_badge(notice: Notice, offset: int) -> str:
    """A small ``p. N`` badge for the page printing ``offset``, or ``""`` when there are no pages."""
    page = notice.page_of(offset)
    if page is None:
        return ""
    return f'<span class="page" title="page {page} of the PDF">{escape(f"p. {page}")}</span>'
