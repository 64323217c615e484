"""The stages of the pipeline, one package each, in the order :func:`policyparse.pipeline.parse` runs them.

* :mod:`~policyparse.stages.metadata`: the head and closing block (title, 文号, issuers, date …)
  and the document's kind;
* :mod:`~policyparse.stages.headings`: the heading tree and the articles of rules;
* :mod:`~policyparse.stages.targets`: deadlines, dated targets and their indicators;
* :mod:`~policyparse.stages.assignments`: responsibility notes and clauses (lead, support,
  responsible organs);
* :mod:`~policyparse.stages.tasks`: the principal task list, linked to its assignments.

Each stage reads the :class:`~policyparse.document.Document` and returns a small result
record; only the pipeline writes what a stage found back onto the document. Stages match
with the patterns of :mod:`policyparse.grammar` and compile none of their own.
"""
