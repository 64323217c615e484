"""The corpus pages of a set of reports, by file name (see :data:`policyparse.render.corpus.PAGES`)."""

from __future__ import annotations

from policyparse.render.corpus import PAGES, Corpus
from policyparse.render.corpus_links import links_page
from policyparse.render.corpus_targets import targets_page
from policyparse.render.index import index_html
from policyparse.render.matrix import agencies_page


def site_pages(corpus: Corpus) -> dict[str, str]:
    """``{file name: page}`` of the index, the targets, the agencies × tasks and the links pages."""
    builders = {"index": index_html, "targets": targets_page, "agencies": agencies_page, "links": links_page}
    return {PAGES[key][0]: build(corpus) for key, build in builders.items()}


__all__ = ["site_pages"]
