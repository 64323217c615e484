"""policyparse's private jieba tokenizers, built lazily: the one place jieba is loaded.

jieba's default tokenizer (``jieba.dt``) is process-global: loading a user dictionary into it
changes how every other caller in the process segments text. policyparse never does that. It
builds its own tokenizers on first use:

* :func:`organ_tokenizer`: a :class:`jieba.Tokenizer` whose only dictionary is the shipped
  ``lexicon/agencies.txt`` (organ names, organ endings, and the verbs, prepositions and adverbs
  that cannot open a name); it loads in milliseconds, and tells an organ's name from a clause;
* :func:`get_tokenizer`: jieba's own dictionary plus the shipped ones (``lexicon/terms.txt``:
  policy terms such as 一网通办, 互联网+, 雪亮工程); it is loaded only for keywords.

>>> from policyparse.tokenizer import get_tokenizer
>>> "雪亮工程" in get_tokenizer().lcut("推进雪亮工程建设")
True
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
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
_organ_tokenizer: jieba.Tokenizer | None = None


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


@lru_cache(maxsize=1)
def organ_dictionary() -> dict[str, str]:
    """Word → tag of the shipped organ dictionary: ``nt`` organ names, ``n`` endings, ``v``/``p``/``d`` openers."""
    text = resources.files("policyparse.lexicon").joinpath("agencies.txt").read_text(encoding="utf-8")
    tags: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            tags[fields[0]] = fields[2]
    return tags


@lru_cache(maxsize=1)
def agency_names() -> frozenset[str]:
    """The organ names (tag ``nt``) of the shipped organ dictionary."""
    return frozenset(word for word, tag in organ_dictionary().items() if tag == "nt")


def organ_tokenizer() -> jieba.Tokenizer:
    """The private tokenizer over the shipped organ dictionary alone (built once, on first use)."""
    global _organ_tokenizer
    with _lock:
        if _organ_tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            path = resources.files("policyparse.lexicon").joinpath("agencies.txt")
            with resources.as_file(path) as real_path:
                built = jieba.Tokenizer(dictionary=str(real_path))
                built.initialize()
            _organ_tokenizer = built
        return _organ_tokenizer


__all__ = [
    "DICTIONARIES",
    "agency_names",
    "dictionary_entries",
    "get_pos_tokenizer",
    "get_tokenizer",
    "organ_dictionary",
    "organ_tokenizer",
]
