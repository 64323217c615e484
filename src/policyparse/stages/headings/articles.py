"""Articles ``第X条`` of rules and regulations, with their numbered items (项).

Positions are normalised indices unless a name says otherwise.
"""

from __future__ import annotations

import bisect

from policyparse.document import Document
from policyparse.grammar.layout import ARTICLE_OPENER
from policyparse.grammar.markers import ARTICLE, STRUCTURAL, MarkerMatch, match_article, match_marker
from policyparse.lexicon import markers as lex
from policyparse.models import Article, Heading, SubItem, SubItemKind, innermost_section
from policyparse.stages.headings.layout import Layout, para_text


def find_articles(doc: Document, layout: Layout) -> list[MarkerMatch]:
    """Article labels ``第X条`` in sequence, at paragraph starts or after a ``。``.

    One search over the whole text finds every position where a label starts (a label holds
    no ``第`` after its first character, so the search misses none); paragraphs without one
    are passed over.
    """
    norm = doc.norm
    labels = [m.start() for m in ARTICLE.finditer(norm)]
    found: list[MarkerMatch] = []
    if not labels:
        return found
    at_label = set(labels)
    for index, para in enumerate(layout.paragraphs):
        if index in layout.excluded or not _label_within(labels, para.start, para.end):
            continue
        positions = [para.start] + [m.end() for m in ARTICLE_OPENER.finditer(norm, para.start, para.end)]
        for pos in positions:
            article = match_article(norm, pos) if pos in at_label else None
            if article is None:
                continue
            previous = found[-1].number if found else 0
            if article.number == previous + 1 or (article.number == 1 and pos == para.start):
                found.append(article)
    return found


def _label_within(labels: list[int], start: int, end: int) -> bool:
    """Whether a label starts in ``[start, end]`` (the end included: the next paragraph may
    start right there, in text that lost its line breaks)."""
    at = bisect.bisect_left(labels, start)
    return at < len(labels) and labels[at] <= end


def article_spans(doc: Document, layout: Layout, articles: list[MarkerMatch]) -> list[tuple[int, int]]:
    """Normalised ``(start, end)`` of each article's text, label included."""
    if not articles:
        return []
    norm = doc.norm
    breaks = sorted(
        {
            para.start
            for para in layout.paragraphs
            if (m := match_marker(norm, para.start)) is not None and m.kind in STRUCTURAL
        }
        | set(layout.part_starts)
    )
    para_starts = [p.start for p in layout.paragraphs]
    spans: list[tuple[int, int]] = []
    for index, article in enumerate(articles):
        end = articles[index + 1].start if index + 1 < len(articles) else len(norm)
        cut = bisect.bisect_right(breaks, article.start)
        if cut < len(breaks):
            end = min(end, breaks[cut])
        if index + 1 == len(articles):
            end = _last_article_end(doc, layout, para_starts, article.start, end)
        while end > article.start and norm[end - 1] in " \t\r\n":
            end -= 1
        spans.append((article.start, end))
    return spans


def _last_article_end(doc: Document, layout: Layout, para_starts: list[int], start: int, limit: int) -> int:
    """The last article runs over its paragraph and the long ones after it (not a signature)."""
    index = bisect.bisect_right(para_starts, start) - 1
    end = layout.paragraphs[index].end
    for para in layout.paragraphs[index + 1 :]:
        if para.start >= limit or len(para_text(doc, para)) <= 24 or match_article(doc.norm, para.start):
            break
        end = para.end
    if doc.body_end is not None and start < doc.body_end < end:
        end = doc.body_end
    return min(end, limit)


def emit_articles(
    doc: Document,
    layout: Layout,
    articles: list[MarkerMatch],
    spans: list[tuple[int, int]],
    headings: list[Heading],
) -> list[Article]:
    """Article objects with their numbered items and enclosing heading."""
    norm = doc.norm
    out: list[Article] = []
    para_starts = [para.start for para in layout.paragraphs]
    heading_starts = [heading.start for heading in headings]
    for article, (start, end) in zip(articles, spans, strict=True):
        body_start = article.end
        while body_start < end and norm[body_start] in " \t":
            body_start += 1
        orig_start, orig_end = doc.span(start, end)
        section = innermost_section(headings, heading_starts, orig_start)
        enclosing = section.id if section is not None else None
        out.append(
            Article(
                start=orig_start,
                end=orig_end,
                number=article.number,
                label=doc.surface(article.start, article.end),
                text=doc.surface(body_start, end),
                heading=enclosing,
                items=_article_items(doc, layout, body_start, end, para_starts),
            )
        )
    return out


def _article_items(
    doc: Document, layout: Layout, start: int, end: int, para_starts: list[int]
) -> list[SubItem]:
    """Numbered items (项) of an article: markers at line starts or after ``：``/``；``.

    ``para_starts`` are the paragraphs' starts (sorted), so only the paragraphs that overlap
    the article are visited: linear over a whole document of articles, not quadratic.
    """
    norm = doc.norm
    positions = _item_positions(doc, layout, start, end, para_starts)
    items: list[SubItem] = []
    for index, pos in enumerate(positions):
        marker = match_marker(norm, pos)
        if marker is None:
            continue
        at = max(0, bisect.bisect_right(para_starts, pos) - 1)
        para = layout.paragraphs[at]
        para_end = para.end if para.start <= pos < para.end + 1 else end
        item_end = min(positions[index + 1] if index + 1 < len(positions) else end, para_end, end)
        title_end = item_end
        while title_end > marker.end and norm[title_end - 1] in lex.TITLE_TRAILING:
            title_end -= 1
        if title_end > marker.end:
            span = doc.span(pos, title_end)
            items.append(
                SubItem(
                    start=span[0],
                    end=span[1],
                    marker=doc.surface(pos, marker.end),
                    title=doc.surface(marker.end, title_end),
                    kind=SubItemKind.NUMBERED,
                )
            )
    return items


def _item_positions(doc: Document, layout: Layout, start: int, end: int, para_starts: list[int]) -> list[int]:
    """Where numbered items start inside the article ``[start, end)``: line starts, after ``：；。``."""
    norm = doc.norm
    first = max(0, bisect.bisect_right(para_starts, start) - 1)
    last = bisect.bisect_left(para_starts, end)
    positions: list[int] = []
    for para in layout.paragraphs[first:last]:
        if para.end <= start or para.start >= end:
            continue
        lo, hi = max(para.start, start), min(para.end, end)
        for pos in [lo, *layout.midline_positions(norm, lo, hi)]:
            if pos < hi and (pos == para.start or norm[pos - 1] in "：；。 \t"):
                marker = match_marker(norm, pos)
                if marker is not None and marker.kind not in STRUCTURAL:
                    positions.append(pos)
    return positions
