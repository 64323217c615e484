"""Patterns over what policyparse writes: the head of a JSON Lines record, Markdown's special
characters, characters an HTML report cannot carry."""

from __future__ import annotations

from policyparse.grammar._compile import bytes_pattern, pattern

#: The head of a record line as ``parse`` writes it: ``{"path":"…","status":"`` (the path
#: group is a JSON string).
RECORD_HEAD = bytes_pattern(rb'^\{"path":("(?:[^"\\]|\\.)*"),"status":"')
#: A character Markdown reads as syntax (it is backslash-escaped in a rendered outline).
MARKDOWN_SPECIAL = pattern(r"([\\`*_\[\]<>#|~&])")
#: Characters HTML/UTF-8 cannot carry: C0/C1 controls, lone surrogates, non-characters.
UNSAFE_CHAR = pattern(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
