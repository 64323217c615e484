"""The heading tree: numbered titles, structural units, run-in titles, crossheads, articles.

The stage works in four steps, all on the normalised view (``doc.norm``):

1. **Layout** (:mod:`.layout`): paragraphs, attachment parts (``附件1``), the ``附件：``
   list, boxed inserts (``专栏1``) and noise positions that stand for a lost ``。``.
2. **Numbered candidates** (:mod:`.candidates`): a marker (``一、`` ``（一）`` ``1.``
   ``第一章`` …, see :mod:`policyparse.grammar.markers`) at the start of a paragraph, or
   mid-paragraph after ``。：；）`` or glued to a title (text that lost its line breaks), with
   the title read after it (:mod:`.titles`).
3. **Sequence and nesting** (:mod:`.tree`): a stack keyed by marker class accepts a candidate
   only when it continues a numbering (``（三）`` after ``（二）``), starts one (``1``) or
   resumes one; the nesting the document uses gives the levels. Accepted items that are titles
   (a title line, or a short run-in title) become headings (:mod:`.decide`); the others (list
   items, body sentences) only keep the numbering in step.
4. **Unnumbered headings** (:mod:`.crossheads`, :mod:`.run_ins`): crossheads of news reports
   (rule 3) and sibling paragraphs that open with a short topic phrase (rule 4), placed one
   level below the heading they stand under.

Articles ``第X条`` of rules and regulations are :class:`~policyparse.models.Article` objects
(:mod:`.articles`); the numbered items inside them are their ``items``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policyparse.document import Document
from policyparse.models import Article, DocumentKind, Heading
from policyparse.stages.headings import articles as article_stage
from policyparse.stages.headings.candidates import candidates, drop_items_of_rules
from policyparse.stages.headings.crossheads import crossheads
from policyparse.stages.headings.decide import decide, numbered_nodes
from policyparse.stages.headings.emit import emit
from policyparse.stages.headings.layout import layout
from policyparse.stages.headings.parts import report_parts
from policyparse.stages.headings.run_ins import unnumbered_run_ins
from policyparse.stages.headings.tree import build_tree

__all__ = ["HeadingsResult", "extract_headings"]


@dataclass
class HeadingsResult:
    """What the heading stage found: the headings in reading order and the articles of rules."""

    headings: list[Heading] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


def extract_headings(doc: Document) -> HeadingsResult:
    """Headings in reading order (a flat list with parents) and the articles of rules.

    >>> from policyparse.document import Document
    >>> doc = Document.from_text("一、总体要求\\n（一）指导思想。以……为指导。\\n（二）基本原则。坚持……。")
    >>> found = extract_headings(doc)
    >>> [(h.level, h.marker, h.title, h.parent) for h in found.headings]
    [(1, '一、', '总体要求', None), (2, '（一）', '指导思想', 0), (2, '（二）', '基本原则', 0)]
    """
    paragraphs = layout(doc)
    articles = article_stage.find_articles(doc, paragraphs)
    rules = len(articles) >= 3 or (len(articles) >= 2 and doc.kind is DocumentKind.RULES)
    if rules:
        doc.diagnostics.add("I205", start=doc.span(articles[0].start, articles[0].end)[0])
    else:
        articles = []
    article_spans = article_stage.article_spans(doc, paragraphs, articles)
    items = candidates(doc, paragraphs, article_spans)
    if articles:
        items = drop_items_of_rules(paragraphs, articles, items)
    build_tree(doc, items)
    decide(doc, paragraphs, items)
    nodes = numbered_nodes(doc, items)
    nodes.extend(crossheads(doc, paragraphs, nodes))
    nodes.sort(key=lambda n: n.start)
    nodes.extend(report_parts(doc, paragraphs, nodes))
    nodes.sort(key=lambda n: n.start)
    nodes.extend(unnumbered_run_ins(doc, paragraphs, nodes, article_spans))
    nodes.sort(key=lambda n: n.start)
    headings = emit(doc, paragraphs, nodes)
    return HeadingsResult(
        headings, article_stage.emit_articles(doc, paragraphs, articles, article_spans, headings)
    )
