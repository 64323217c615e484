"""The links between the documents of a set: a page listing them, and each report's share of them.

A link is a citation in one document (a ``《…》`` title, with its 文号) that names another
document of the set (:mod:`policyparse.corpus.links`). The links page lists them all, citing
document first; each report shows the documents it cites and those that cite it
(:func:`related_of`), so the links run both ways.
"""

from __future__ import annotations

from policyparse.corpus.links import Link
from policyparse.render.corpus import Corpus, Entry, corpus_page, href
from policyparse.render.escape import esc
from policyparse.render.html import title_of
from policyparse.render.related import Neighbour, Related

#: How each way of matching reads on the page.
MATCHED = {"doc_number": "文号", "title": "title 标题", "transmitted_title": "transmitted title 印发标题"}


def _cited_as(entry: Entry, link: Link) -> tuple[str, str]:
    reference = entry.notice.metadata.references[link.citation_id]
    number = reference.doc_number.canonical if reference.doc_number else ""
    return reference.title, number


def related_of(corpus: Corpus) -> dict[str, Related]:
    """Each report's :class:`Related`: the documents it cites and those citing it (once each)."""
    entries = corpus.by_href()
    related = {entry.href: Related() for entry in corpus.entries}
    seen: set[tuple[str, str]] = set()
    for link in corpus.links:
        if (link.doc_id, link.cited_doc_id) in seen:
            continue
        seen.add((link.doc_id, link.cited_doc_id))
        citing, cited = entries[link.doc_id], entries[link.cited_doc_id]
        title, _ = _cited_as(citing, link)
        how = link.matched_by.value
        related[citing.href].cites.append(Neighbour(cited.href, title_of(cited.notice), title, how))
        related[cited.href].cited_by.append(Neighbour(citing.href, title_of(citing.notice), title, how))
    return related


def _row(corpus: Corpus, link: Link) -> str:
    entries = corpus.by_href()
    citing, cited = entries[link.doc_id], entries[link.cited_doc_id]
    title, number = _cited_as(citing, link)
    anchor = f"ref-{link.citation_id}"
    shared = f' <span class="n">1 of {link.candidates}</span>' if link.candidates > 1 else ""
    return (
        f'<tr data-kind="{esc(link.matched_by.value)}"><td><a href="{href(citing.href)}">{esc(title_of(citing.notice))}</a></td>'
        f'<td><a href="{href(citing.href, anchor)}">《{esc(title)}》</a> {esc(number)}</td>'
        f'<td><a href="{href(cited.href)}">{esc(title_of(cited.notice))}</a>{shared}</td>'
        f"<td>{esc(MATCHED[link.matched_by.value])}</td></tr>"
    )


def links_page(corpus: Corpus) -> str:
    """The page of every link between documents of the set."""
    rows = "".join(_row(corpus, link) for link in corpus.links)
    table = (
        '<table class="links filterable sortable"><thead><tr><th>Citing document 引用文件</th><th>Cites 引用</th>'
        f"<th>Cited document 被引文件</th><th>Matched by</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else '<p class="empty">No document of the set cites another one.</p>'
    )
    body = (
        '<form class="filters" id="filters" role="search" onsubmit="return false">'
        '<input type="search" id="f-text" placeholder="Search 搜索" aria-label="Search">'
        '<output id="f-count" aria-live="polite" data-noun="links"></output></form>'
        '<main class="corpus-links"><section id="links"><h2>Citations between documents 文件间引用</h2>'
        "<p>A document cites another when a 《…》 title it prints, or the 文号 after it, is that document's "
        "title or 文号 (Traditional or Simplified, punctuation aside).</p>"
        f"{table}</section></main>"
    )
    return corpus_page("links", "Links 引用", body, corpus)


__all__ = ["MATCHED", "links_page", "related_of"]
