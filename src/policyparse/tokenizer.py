"""A private jieba tokenizer with policyparse's user dictionaries, built lazily.

jieba's default tokenizer (``jieba.dt``) is process-global: loading a user dictionary into it
changes how every other caller in the process segments text. policyparse never does that. It
builds its own :class:`jieba.Tokenizer` on first use, loads the shipped dictionaries into it
(``lexicon/terms.txt``: policy terms such as 一网通办, 互联网+, 雪亮工程; and, when present,
``lexicon/agencies.txt``: organ names), and shares it between the stages that segment text.

>>> from policyparse.tokenizer import get_tokenizer
>>> "雪亮工程" in get_tokenizer().lcut("推进雪亮工程建设")
True
"""

from __future__ import annotations

import logging
import threading
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    import jieba
    import jieba.posseg

#: The shipped user dictionaries, in loading order (a missing one is skipped).
DICTIONARIES = ("terms.txt", "agencies.txt")
#: Part-of-speech tag given to entries that carry none: policy terms are proper nouns (nz),
#: organ names organisations (nt).
DEFAULT_TAGS = {"terms.txt": "nz", "agencies.txt": "nt"}

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_pos_tokenizer: jieba.posseg.POSTokenizer | None = None


def dictionary_entries(name: str) -> list[tuple[str, int | None, str]]:
    """The ``(word, frequency, tag)`` entries of a shipped dictionary; ``[]`` when it is absent.

    The files use jieba's user-dictionary format, one ``word [frequency] [tag]`` a line, so a
    caller may also hand them to ``jieba.load_userdict`` themselves.
    """
    resource = resources.files("policyparse.lexicon").joinpath(name)
    if not resource.is_file():
        return []
    entries: list[tuple[str, int | None, str]] = []
    for line in resource.read_text(encoding="utf-8").lstrip("\ufeff").splitlines():
        fields = line.split()
        if not fields:
            continue
        word, frequency, tag = fields[0], None, DEFAULT_TAGS.get(name, "nz")
        for extra in fields[1:]:
            if extra.isdigit():
                frequency = int(extra)
            elif extra.isalpha() and extra.isascii():
                tag = extra.lower()
        entries.append((word, frequency, tag))
    return entries


def _build() -> jieba.Tokenizer:
    import jieba

    tokenizer = jieba.Tokenizer()
    previous_level = jieba.default_logger.level
    jieba.default_logger.setLevel(logging.WARNING)  # keep "Building prefix dict" off stderr
    try:
        tokenizer.initialize()
    finally:
        jieba.default_logger.setLevel(previous_level)
    for name in DICTIONARIES:
        for word, frequency, tag in dictionary_entries(name):
            # A zero frequency would register a global force-split in jieba.finalseg.
            tokenizer.add_word(word, frequency if frequency else None, tag)
    return tokenizer


def get_tokenizer() -> jieba.Tokenizer:
    """The private tokenizer with the shipped dictionaries (built on first call, then shared)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _build()
    return _tokenizer


def get_pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """A part-of-speech tokenizer over :func:`get_tokenizer` (also private)."""
    global _pos_tokenizer
    if _pos_tokenizer is None:
        tokenizer = get_tokenizer()
        with _lock:
            if _pos_tokenizer is None:
                import jieba.posseg

                _pos_tokenizer = jieba.posseg.POSTokenizer(tokenizer)
    return _pos_tokenizer


def agency_names() -> frozenset[str]:
    """The organ names of the shipped agency dictionary (empty when it is not installed)."""
    return frozenset(word for word, _, _ in dictionary_entries("agencies.txt"))


__all__ = ["DICTIONARIES", "agency_names", "dictionary_entries", "get_pos_tokenizer", "get_tokenizer"]
