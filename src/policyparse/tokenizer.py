"""policyparse's private tokenizers, built lazily: the one place jieba is loaded.

jieba's default tokenizer (``jieba.dt``) is process-global: loading a user dictionary into it
changes how every other caller in the process segments text. policyparse never does that. It
builds its own tokenizers on first use:

* :func:`organ_tokenizer`: jieba's dictionary segmentation (no HMM) over the shipped
  ``lexicon/agencies.txt`` alone (organ names, organ endings, and the verbs, prepositions and
  adverbs that cannot open a name), by :class:`DictionarySegmenter`, which does what jieba
  does without importing it; it tells an organ's name from a clause;
* :func:`get_tokenizer`: jieba's own dictionary plus the shipped ones (``lexicon/terms.txt``:
  policy terms such as 一网通办, 互联网+, 雪亮工程); it is loaded only for keywords.

>>> from policyparse.tokenizer import get_tokenizer
>>> "雪亮工程" in get_tokenizer().lcut("推进雪亮工程建设")
True
"""

from __future__ import annotations

import logging
import math
import threading
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from policyparse.grammar.text import SEGMENT_ALNUM, SEGMENT_BLOCK, SEGMENT_SKIP

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
_organ_tokenizer: DictionarySegmenter | None = None


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


class DictionarySegmenter:
    """jieba's dictionary segmentation without its HMM, over one user dictionary.

    ``lcut(text, HMM=False)`` gives what ``jieba.Tokenizer(dictionary=...).lcut(text,
    HMM=False)`` gives (the same blocks, prefix DAG and maximum-probability route, the same
    grouping of single letters and digits; ``tests/test_fast_paths.py`` checks it against
    jieba), without importing jieba, whose import loads its HMM tables (0.13 s) that this
    segmentation never uses.
    """

    def __init__(self, lines: list[str]) -> None:
        freq: dict[str, int] = {}
        total = 0
        for line in lines:
            word, count = line.strip().split(" ")[:2]
            freq[word] = int(count)
            total += int(count)
            for end in range(1, len(word) + 1):
                freq.setdefault(word[:end], 0)
        self.freq = freq
        self.log_total = math.log(total)

    def _route(self, sentence: str) -> list[int]:
        """End (inclusive) of the word starting at each index on the most probable path."""
        freq, size = self.freq, len(sentence)
        score = [0.0] * (size + 1)
        end = [0] * (size + 1)
        for start in range(size - 1, -1, -1):
            ends = []
            stop, fragment = start, sentence[start]
            while stop < size and fragment in freq:
                if freq[fragment]:
                    ends.append(stop)
                stop += 1
                fragment = sentence[start : stop + 1]
            best = max(
                (math.log(freq.get(sentence[start : x + 1]) or 1) - self.log_total + score[x + 1], x)
                for x in ends or [start]
            )
            score[start], end[start] = best
        return end

    def _cut_block(self, block: str) -> list[str]:
        route = self._route(block)
        words: list[str] = []
        buffer = ""
        index = 0
        while index < len(block):
            word = block[index : route[index] + 1]
            index = route[index] + 1
            if len(word) == 1 and SEGMENT_ALNUM.match(word):
                buffer += word
                continue
            if buffer:
                words.append(buffer)
                buffer = ""
            words.append(word)
        if buffer:
            words.append(buffer)
        return words

    def lcut(self, sentence: str, HMM: bool = False) -> list[str]:
        """The words of ``sentence`` (``HMM`` must be False: there is no HMM here)."""
        if HMM:
            raise ValueError("DictionarySegmenter has no HMM; use HMM=False")
        words: list[str] = []
        for block in SEGMENT_BLOCK.split(sentence):
            if not block:
                continue
            if SEGMENT_BLOCK.match(block):
                words.extend(self._cut_block(block))
                continue
            for piece in SEGMENT_SKIP.split(block):
                words.extend([piece] if SEGMENT_SKIP.match(piece) else piece)
        return words


def organ_tokenizer() -> DictionarySegmenter:
    """The private segmenter over the shipped organ dictionary alone (built once, on first use)."""
    global _organ_tokenizer
    with _lock:
        if _organ_tokenizer is None:
            text = resources.files("policyparse.lexicon").joinpath("agencies.txt").read_text(encoding="utf-8")
            _organ_tokenizer = DictionarySegmenter(text.splitlines())
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
