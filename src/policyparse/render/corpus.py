"""A set of reports as a corpus: its documents, the links between them, and the pages about them all.

``policyparse render DIR --out-dir site`` writes one report per document plus the corpus
pages of :data:`PAGES` (the documents by kind, issuer and date; the targets of every document by
deadline year; the agency × task matrix; the links between documents), each with the
navigation bar of :func:`nav`. :class:`Corpus` holds what they are made from; the links are
found by :mod:`policyparse.corpus.links`, with each report's file name as the document's id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from policyparse._version import __version__
from policyparse.corpus.links import Link, links_of
from policyparse.models import Notice
from policyparse.render.escape import esc
from policyparse.render.html import page


@dataclass(frozen=True)
class Entry:
    """A report written: where it is (relative to the index) and the notice it shows."""

    href: str
    source: str
    notice: Notice


#: The corpus pages: key -> (file name, label in the navigation bar).
PAGES: dict[str, tuple[str, str]] = {
    "index": ("index.html", "Documents 文件"),
    "targets": ("index-targets.html", "Targets by year 目标"),
    "agencies": ("index-agencies.html", "Agencies × tasks 分工"),
    "links": ("index-links.html", "Links 引用"),
}


@dataclass
class Corpus:
    """The documents of a set of reports, the links between them, and the inputs that failed."""

    entries: Sequence[Entry]
    failures: Sequence[tuple[str, str]] = ()
    links: list[Link] = field(default_factory=list)

    @classmethod
    def of(cls, entries: Sequence[Entry], failures: Sequence[tuple[str, str]] = ()) -> Corpus:
        """The corpus of ``entries``, with the links among them (ids are the reports' hrefs)."""
        return cls(entries, failures, links_of((entry.href, entry.notice) for entry in entries))

    def by_href(self) -> dict[str, Entry]:
        """The entries by their report's file name."""
        return {entry.href: entry for entry in self.entries}


def href(name: str, anchor: str = "") -> str:
    """A link to a report (quoted) and an anchor in it, escaped for an attribute."""
    return esc(quote(name) + (f"#{anchor}" if anchor else ""))


def nav(current: str, corpus: Corpus) -> str:
    """The bar linking the corpus pages, with the counts each page lists."""
    counts = {
        "index": len(corpus.entries),
        "targets": sum(len(entry.notice.targets) for entry in corpus.entries),
        "agencies": sum(len(entry.notice.tasks) for entry in corpus.entries),
        "links": len(corpus.links),
    }
    items = []
    for key, (name, label) in PAGES.items():
        mark = ' aria-current="page"' if key == current else ""
        items.append(f'<a href="{esc(name)}"{mark}>{esc(label)} <span class="n">{counts[key]}</span></a>')
    return f'<nav class="corpus" aria-label="Corpus">{"".join(items)}</nav>'


def corpus_page(current: str, title: str, body: str, corpus: Corpus) -> str:
    """A corpus page: its title, the navigation bar and ``body``, self-contained like a report."""
    head = f'<header class="meta" id="top"><h1>{esc(title)}</h1>{nav(current, corpus)}</header>'
    return page(f"{title} · policyparse", head + body, footer=f"policyparse {esc(__version__)}")


__all__ = ["PAGES", "Corpus", "Entry", "corpus_page", "href", "nav"]
