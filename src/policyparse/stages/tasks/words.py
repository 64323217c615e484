"""Words of a section title and their part of speech, from a compact table instead of a tagger.

The action fallback needs to know whether a title opens with a verb that has an object. The
table (``lexicon/words.tsv.gz``, built from jieba's own dictionary by ``scripts/build_words.py``)
gives each word of up to five characters a coarse class: ``v`` verb, ``vn`` verbal noun or
adjective, ``d`` adverb, ``p`` preposition, ``c`` conjunction, ``u`` particle, ``x`` other. The
shipped organ and term dictionaries and the task lexicon's verbs, modifiers and prepositions
override it. A title is segmented by the longest known word at each place, which agrees with
jieba's segmentation of the first word of 96 % of the titles of the corpus; a one-character
verb with a resultative complement (``做强``, ``守住``) is a verb.

Loaded on the first call (about 0.05 s), so a document whose task list is found without the
fallback never reads it.

>>> segment("切实保障和改善民生")
[('切实', 'v'), ('保障', 'v'), ('和', 'c'), ('改善', 'v'), ('民生', 'x')]
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from policyparse.lexicon import tasks as lex
from policyparse.tokenizer import dictionary_entries

_CLASSES = {"v": "v", "n": "vn", "d": "d", "p": "p", "c": "c", "u": "u", "x": "x"}
#: The longest word looked up.
_LONGEST = 5


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Word → class: the built table, then the shipped dictionaries and the task lexicon."""
    words = built_table()
    for name in ("agencies.txt", "terms.txt"):
        for word, _, tag in dictionary_entries(name):
            words[word] = _tag_class(tag)
    words.update(dict.fromkeys(lex.ACTION_HEADS, "v"))
    for modifier in lex.ACTION_MODIFIERS:  # 多措并举: one word, whatever its parts
        words.setdefault(modifier, "d")
    words.update(dict.fromkeys(lex.ACTION_PREPOSITIONS, "p"))
    words.update(dict.fromkeys(lex.NOUN_COMPOUNDS, "vn"))
    return words


def built_table() -> dict[str, str]:
    """The built table (``lexicon/words.tsv.gz``): word → class.

    Read in whole-string operations (no Python step per line: 100,000 lines took 0.05 s,
    a tenth of the cold start of a document that needs the fallback): the lines after the
    comment header, tabs made line breaks, alternate words and classes.
    """
    raw = resources.files("policyparse.lexicon").joinpath("words.tsv.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    fields = text[start:].rstrip("\n").replace("\t", "\n").split("\n")
    words, kinds = fields[0::2], fields[1::2]
    unknown = set(kinds) - _CLASSES.keys()
    if len(words) != len(kinds) or unknown:
        raise ValueError(f"words.tsv.gz: a line is not word<TAB>class ({sorted(unknown)[:3]})")
    table = dict(zip(words, kinds, strict=True))
    table.update(dict.fromkeys([word for word, kind in zip(words, kinds, strict=True) if kind == "n"], "vn"))
    return table


def _tag_class(tag: str) -> str:
    if tag.startswith("v") and tag != "vn":
        return "v"
    return tag if tag in {"d", "p", "c", "vn"} else "x"


@lru_cache(maxsize=4096)
def _segment(text: str) -> tuple[tuple[str, str], ...]:
    words = table()
    out: list[tuple[str, str]] = []
    index = 0
    while index < len(text):
        pair = text[index : index + 2]
        if (
            pair not in words
            and len(pair) == 2
            and pair[0] in lex.RESULTATIVE_VERBS
            and pair[1] in lex.RESULTATIVE_COMPLEMENTS
        ):
            out.append((pair, "v"))
            index += 2
            continue
        for size in range(min(_LONGEST, len(text) - index), 0, -1):
            word = text[index : index + size]
            if word in words or size == 1:
                out.append((word, words.get(word, "x")))
                index += size
                break
    return tuple(out)


def segment(text: str) -> list[tuple[str, str]]:
    """``(word, class)`` pairs of a short text, by the longest known word at each place."""
    return list(_segment(text))
