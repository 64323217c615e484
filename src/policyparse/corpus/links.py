"""Links between the documents of a corpus: a citation (``《…》`` title, 文号) that names another one.

A document cites others in its body (``Notice.metadata.references``: the ``《…》`` titles with
the 文号 printed after them). A citation links to every other document of the corpus whose 文号
equals the cited 文号, or, when the citation has no 文号 that matches, whose title (or the
title it transmits, for a 印发/转发 notice) equals the cited title. Both sides are folded as the
scorer folds them (:func:`policyparse.evaluate.fold.fold` and
:func:`~policyparse.evaluate.fold.fold_doc_number`: NFKC, Simplified script, punctuation and
brackets ignored), so ``国发[2005]39号`` finds ``国发〔2005〕39号`` and a Traditional title finds
its Simplified twin. Cited titles shorter than :data:`MIN_TITLE_CHARS` once folded (``《规划》``,
an abbreviation) and titles that are only a document type (``《政府工作报告》``) link to nothing. ``candidates`` counts the documents a citation links to: more
than one means the title is shared (versions of a law, two 政府工作报告).

:func:`find_links` works on plain records, so the SQLite export (:func:`build_links`) and the
corpus report (:func:`links_of`) share it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

from policyparse.evaluate.fold import fold, fold_doc_number
from policyparse.lexicon.metadata import DOC_TYPES
from policyparse.models import Notice

#: A cited title must have this many characters once folded to be matched.
MIN_TITLE_CHARS = 4
#: Titles that are only a document type (《政府工作报告》, 《实施方案》) name no one document.
GENERIC_TITLES = frozenset(DOC_TYPES)


def title_key(title: str | None) -> str:
    """The folded title a citation is matched by, or ``""`` when it names no one document."""
    key = fold(title)
    return key if len(key) >= MIN_TITLE_CHARS and key not in GENERIC_TITLES else ""


class MatchedBy(str, Enum):
    """How a citation was matched to a document (the strongest way, in this order)."""

    DOC_NUMBER = "doc_number"
    TITLE = "title"
    TRANSMITTED_TITLE = "transmitted_title"


@dataclass(frozen=True)
class Citable:
    """What a document can be cited by: its title, the title it transmits, its 文号."""

    doc_id: str
    title: str | None
    transmitted_title: str | None
    doc_number: str | None


@dataclass(frozen=True)
class Citation:
    """A citation in a document: its position among the document's citations, title and 文号."""

    doc_id: str
    citation_id: int
    title: str
    doc_number: str | None


@dataclass(frozen=True)
class Link:
    """A citation of ``doc_id`` that names ``cited_doc_id``."""

    doc_id: str
    citation_id: int
    cited_doc_id: str
    matched_by: MatchedBy
    candidates: int


class Catalogue:
    """The documents of a corpus by folded 文号 and by folded title."""

    def __init__(self, citables: Iterable[Citable]) -> None:
        self.by_number: dict[str, list[str]] = defaultdict(list)
        self.by_title: dict[str, list[tuple[str, MatchedBy]]] = defaultdict(list)
        for doc in citables:
            if doc.doc_number and (number := fold_doc_number(doc.doc_number)):
                self.by_number[number].append(doc.doc_id)
            for title, how in (
                (doc.title, MatchedBy.TITLE),
                (doc.transmitted_title, MatchedBy.TRANSMITTED_TITLE),
            ):
                key = fold(title)
                if len(key) >= MIN_TITLE_CHARS:
                    self.by_title[key].append((doc.doc_id, how))

    def documents_cited(self, citation: Citation) -> dict[str, MatchedBy]:
        """The documents ``citation`` names (never its own document), with how each was matched."""
        found: dict[str, MatchedBy] = {}
        if citation.doc_number:
            for doc_id in self.by_number.get(fold_doc_number(citation.doc_number), ()):
                found.setdefault(doc_id, MatchedBy.DOC_NUMBER)
        if not found and (key := title_key(citation.title)):
            for doc_id, how in self.by_title.get(key, ()):
                found.setdefault(doc_id, how)
        found.pop(citation.doc_id, None)
        return found


def find_links(citables: Iterable[Citable], citations: Iterable[Citation]) -> Iterator[Link]:
    """Every link of ``citations`` to a document of ``citables``."""
    catalogue = Catalogue(citables)
    for citation in citations:
        cited = catalogue.documents_cited(citation)
        for doc_id, how in cited.items():
            yield Link(citation.doc_id, citation.citation_id, doc_id, how, len(cited))


def citable(doc_id: str, notice: Notice) -> Citable:
    """What ``notice`` can be cited by."""
    meta = notice.metadata
    return Citable(doc_id, meta.title, meta.transmitted_title, meta.doc_number)


def citations(doc_id: str, notice: Notice) -> list[Citation]:
    """The citations of ``notice``, numbered as the ``citations`` table numbers them."""
    return [
        Citation(doc_id, index, ref.title, ref.doc_number.canonical if ref.doc_number else None)
        for index, ref in enumerate(notice.metadata.references)
    ]


def links_of(documents: Iterable[tuple[str, Notice]]) -> list[Link]:
    """The links among ``(doc_id, notice)`` pairs."""
    pairs = list(documents)
    return list(
        find_links(
            (citable(doc_id, notice) for doc_id, notice in pairs),
            (citation for doc_id, notice in pairs for citation in citations(doc_id, notice)),
        )
    )


#: The ``links`` table of the database: one row per citation and document it names.
LINKS_TABLE = """CREATE TABLE links (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    citation_id INTEGER NOT NULL,
    cited_doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    matched_by TEXT NOT NULL,
    candidates INTEGER NOT NULL
)"""


def build_links(connection: sqlite3.Connection) -> int:
    """Create and fill the ``links`` table from the ``documents`` and ``citations`` tables; the row count."""
    connection.execute(LINKS_TABLE)
    documents = connection.execute("SELECT doc_id, title, transmitted_title, doc_number FROM documents")
    cited = connection.execute("SELECT doc_id, citation_id, title, doc_number FROM citations").fetchall()
    links = find_links((Citable(*row) for row in documents), (Citation(*row) for row in cited))
    rows = [
        (link.doc_id, link.citation_id, link.cited_doc_id, link.matched_by.value, link.candidates)
        for link in links
    ]
    connection.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?)", rows)
    return len(rows)


__all__ = [
    "GENERIC_TITLES",
    "LINKS_TABLE",
    "MIN_TITLE_CHARS",
    "Catalogue",
    "Citable",
    "Citation",
    "Link",
    "MatchedBy",
    "build_links",
    "citable",
    "citations",
    "find_links",
    "links_of",
    "title_key",
]
