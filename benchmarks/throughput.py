"""Throughput on real documents, side by side with ``jieba.cut``, and the CLI's cold start.

* policyparse: full :func:`policyparse.parse` of every document (the 16 dev fixtures and the
  pool's real documents when ``../shared`` is present), in characters and documents per second;
* jieba: ``jieba.cut`` (default mode, HMM on) over the same texts in the same process,
  initialised before timing — the ratio says how the whole parse compares with segmentation alone;
* cold start: wall time of ``policyparse parse examples/000.txt`` in a fresh process (median of 3
  after one warm-up run that fills the OS file cache).

Run alone: ``python benchmarks/throughput.py``.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, document_paths, human_rate, load_texts, markdown_table, timed

COLD_START_RUNS = 3


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


def cold_start(document: Path) -> dict[str, float]:
    """Wall time of the CLI parsing one document in a fresh process."""
    cli = Path(sys.executable).parent / "policyparse"
    argv = [str(cli)] if cli.exists() else [sys.executable, "-c", "from policyparse.cli import main; main()"]
    argv += ["parse", str(document)]
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)
    runs = []
    for _ in range(COLD_START_RUNS):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)
        runs.append(time.perf_counter() - start)
    import_only = [sys.executable, "-c", "import policyparse"]
    start = time.perf_counter()
    subprocess.run(import_only, check=True, timeout=120)
    return {"seconds": statistics.median(runs), "import_seconds": time.perf_counter() - start}


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
        "cold_start": cold_start(ROOT / "examples" / "000.txt"),
    }


def table(result: dict[str, Any]) -> str:
    """The figures as a Markdown table."""
    pp, jb = result["policyparse"], result["jieba"]
    rows = [
        ["policyparse.parse", human_rate(pp["chars_per_second"]), f"{pp['docs_per_second']:.1f}"],
        ["jieba.cut", human_rate(jb["chars_per_second"]), f"{jb['docs_per_second']:.1f}"],
    ]
    text = markdown_table(["", "chars/s", "docs/s"], rows)
    cold = result["cold_start"]
    return (
        f"{text}\n\n{result['documents']} documents, {result['characters']:,} characters; "
        f"policyparse is {result['speed_ratio_vs_jieba']:.2f}× jieba's speed. "
        f"Cold start (wall time) of `policyparse parse` on one document: {cold['seconds']:.2f} s "
        f"(`import policyparse` alone: {cold['import_seconds']:.2f} s)."
    )


if __name__ == "__main__":
    figures = run()
    print(table(figures))
    if "--json" in sys.argv:
        print(json.dumps(figures, indent=2))
