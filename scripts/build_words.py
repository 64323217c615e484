"""Build ``src/policyparse/lexicon/words.tsv`` from jieba's own dictionary.

The task stage's fallback asks one question of a section title: does it open with a verb that
has an object (``加快推进…``, ``扩大内需``), or is it a topic's name (``组织指挥体系``,
``创新驱动``)? Loading jieba's part-of-speech tagger for that costs about a second, so the
answer comes from a table precomputed here from the same dictionary: the words of up to five
characters with a frequency of at least :data:`MIN_FREQUENCY`, each with a coarse class of its
part of speech. The stage segments a title by the longest word at each place
(:mod:`policyparse.stages.tasks.words`).

Run ``python scripts/build_words.py`` after upgrading jieba; ``tests/test_words.py`` rebuilds
the table in memory and checks the committed copy (gzip, ``lexicon/words.tsv.gz``) matches.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

MIN_FREQUENCY = 10
HEADER = (
    "# word<TAB>class: v verb, n verbal noun or adjective, d adverb, p preposition, c conjunction,\n"
    "# u particle, x other; built by scripts/build_words.py from jieba's dictionary (do not edit)\n"
)
TARGET = Path(__file__).resolve().parents[1] / "src" / "policyparse" / "lexicon" / "words.tsv.gz"


def word_class(tag: str) -> str:
    """The table's class of a jieba tag: v (verb), n (verbal noun, adjective), d (adverb),
    p (preposition), c (conjunction), u (particle), x (anything else)."""
    if tag.startswith("v") and tag != "vn":
        return "v"
    if tag == "vn" or tag.startswith("a"):
        return "n"
    if tag in ("d", "ad"):
        return "d"
    if tag in ("p", "c"):
        return tag
    return "u" if tag.startswith("u") else "x"


def build(dictionary: Path) -> str:
    """The table's text from jieba's ``dict.txt``: every word of up to five characters with a
    frequency of at least :data:`MIN_FREQUENCY`, and its class."""
    table: dict[str, str] = {}
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split()
        if len(word) <= 5 and int(frequency) >= MIN_FREQUENCY:
            table[word] = word_class(tag)
    lines = [f"{word}\t{kind}" for word, kind in sorted(table.items())]
    return HEADER + "\n".join(lines) + "\n"


def jieba_dictionary() -> Path:
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


def compressed(text: str) -> bytes:
    """The table as stored: gzip with a fixed timestamp, so that a rebuild is byte-identical."""
    return gzip.compress(text.encode("utf-8"), 9, mtime=0)


if __name__ == "__main__":
    TARGET.write_bytes(compressed(build(jieba_dictionary())))
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)", file=sys.stderr)
