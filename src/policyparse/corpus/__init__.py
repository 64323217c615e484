"""Questions across documents: the corpus database, its full-text search, and the links between documents.

* :mod:`~policyparse.corpus.search` — full-text indexes over titles, headings, targets, tasks
  and assignments, with Chinese matching (Simplified and Traditional, two-character words);
* :mod:`~policyparse.corpus.database` — what :func:`policyparse.export.to_sqlite` adds after the
  tables: indexes, views for the common joins, the search indexes and the links;
* :mod:`~policyparse.corpus.links` — references between documents of the corpus (a ``《…》``
  title or 文号 that names another document);
* :mod:`~policyparse.corpus.datasette` — the metadata, facets and canned queries of the
  ``policyparse serve`` view (the ``explore`` extra installs Datasette).

Nothing here imports Datasette unless asked to.
"""
