"""发文字号, the document number of a Chinese official document: the public name of
:mod:`policyparse.grammar.docnumber` (``compact``, ``validate``, ``is_valid``, ``format``,
``parse``, ``finditer``), in the style of python-stdnum.

>>> from policyparse import docnumber
>>> docnumber.format("国发[2017]35号")
'国发〔2017〕35号'
"""

from policyparse.grammar.docnumber import (
    CLOSE_BRACKETS,
    OPEN_BRACKETS,
    InvalidFormat,
    compact,
    finditer,
    format,
    is_valid,
    parse,
    parse_or_none,
    validate,
)

__all__ = [
    "CLOSE_BRACKETS",
    "OPEN_BRACKETS",
    "InvalidFormat",
    "compact",
    "finditer",
    "format",
    "is_valid",
    "parse",
    "parse_or_none",
    "validate",
]
