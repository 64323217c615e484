"""What a report shows of the set it belongs to: the documents it cites and those citing it."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from policyparse.render.escape import esc


@dataclass(frozen=True)
class Neighbour:
    """Another report of the set: its file, its title, and the citation that links the two."""

    href: str
    title: str
    cited_as: str
    matched_by: str


@dataclass(frozen=True)
class Related:
    """A report's place in its set: the index, the documents it cites and those that cite it."""

    index: str = "index.html"
    cites: list[Neighbour] = field(default_factory=list)
    cited_by: list[Neighbour] = field(default_factory=list)


def _list(neighbours: list[Neighbour]) -> str:
    return "；".join(
        f'<a class="doc-link" href="{esc(quote(n.href))}" title="{esc("《" + n.cited_as + "》 · " + n.matched_by)}">'
        f"{esc(n.title)}</a>"
        for n in neighbours
    )


def related_rows(related: Related) -> list[tuple[str, str]]:
    """``(label, html)`` rows of the report's metadata for the links of ``related``."""
    rows = []
    if related.cites:
        rows.append(("本组引用 Cites", _list(related.cites)))
    if related.cited_by:
        rows.append(("本组被引 Cited by", _list(related.cited_by)))
    return rows


def back_link(related: Related) -> str:
    """The link from a report back to the set's index."""
    return f'<p class="back"><a href="{esc(quote(related.index))}">← All documents 全部文件</a></p>'


__all__ = ["Neighbour", "Related", "back_link", "related_rows"]
