"""Throughput on real documents, side by side with ``jieba.cut``.

* policyparse: full :func:`policyparse.parse` of every document (the 45 dev fixtures and the
  pool's real documents when ``../shared`` is present), in characters and documents per second;
* jieba: ``jieba.cut`` (default mode, HMM on) over the same texts in the same process,
  initialised before timing — the ratio says how the whole parse compares with segmentation alone.

The CLI's cold start is a row of the goal table (``goals.py``), measured there on CPU time over
several fresh processes; it is not measured a second way here.

Run alone: ``python benchmarks/throughput.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import document_paths, human_rate, load_texts, markdown_table, timed


def parse_all(texts: list[str]) -> None:
    """Parse every text."""
    from policyparse import parse

    for text in texts:
        parse(text, max_chars=None)


def jieba_all(texts: list[str]) -> None:
    """Segment every text with jieba (consuming the generator)."""
    import jieba

    for text in texts:
        for _ in jieba.cut(text):
            pass


def run(min_seconds: float = 2.0) -> dict[str, Any]:
    """Measure; returns the figures as JSON-ready data."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    paths = document_paths()
    texts = load_texts(paths)
    chars = sum(len(t) for t in texts)
    parse_all(texts[:3])  # warm-up: lazy imports, compiled patterns, OpenCC
    jieba_all(texts[:3])
    parse_seconds = timed(lambda: parse_all(texts), min_seconds=min_seconds, max_rounds=3)
    jieba_seconds = timed(lambda: jieba_all(texts), min_seconds=min_seconds, max_rounds=3)
    return {
        "documents": len(texts),
        "characters": chars,
        "policyparse": {
            "seconds": parse_seconds,
            "chars_per_second": chars / parse_seconds,
            "docs_per_second": len(texts) / parse_seconds,
        },
        "jieba": {
            "seconds": jieba_seconds,
            "chars_per_second": chars / jieba_seconds,
            "docs_per_second": len(texts) / jieba_seconds,
        },
        "speed_ratio_vs_jieba": jieba_seconds / parse_seconds,
    }


def table(result: dict[str, Any]) -> str:
    """The figures as a Markdown table."""
    pp, jb = result["policyparse"], result["jieba"]
    rows = [
        ["policyparse.parse", human_rate(pp["chars_per_second"]), f"{pp['docs_per_second']:.1f}"],
        ["jieba.cut", human_rate(jb["chars_per_second"]), f"{jb['docs_per_second']:.1f}"],
    ]
    text = markdown_table(["", "chars/s", "docs/s"], rows)
    return (
        f"{text}\n\n{result['documents']} documents (the dev fixtures and the pool's documents), "
        f"{result['characters']:,} characters; policyparse is {result['speed_ratio_vs_jieba']:.2f}× "
        "jieba's speed (CPU time, the best of up to 3 rounds each). The goal table's ratio is "
        "taken over other texts: the pool's documents and its government work reports."
    )


if __name__ == "__main__":
    figures = run()
    print(table(figures))
    if "--json" in sys.argv:
        print(json.dumps(figures, indent=2))
