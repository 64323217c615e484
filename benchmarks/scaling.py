"""Scaling with input size: a real document made by repetition, 1 KB → 10 MB, as a slope.

Sizes are in characters (10 MB = 10,000,000 characters). Up to 100 kB the parse is timed in
this process (best of several rounds); 1 MB and 10 MB run in a fresh worker process, which
also reports the peak resident memory of the 10 MB parse. The slope is the least-squares
exponent ``k`` of ``time ∝ size**k`` from 100 k up (1.0 is linear); below that the fixed cost
of a parse dominates, and the slope over all sizes is reported beside it.

Run alone: ``python benchmarks/scaling.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import loglog_slope, markdown_table, measure, normal_text, repeat_to, timed

IN_PROCESS_SIZES = (1_000, 10_000, 100_000)
WORKER_SIZES = (1_000_000, 10_000_000)
#: The slope is fitted from this size up; below it a parse's fixed cost (a few ms) dominates.
LARGE_FROM = 100_000


def run(*, timeout: float = 180.0) -> dict[str, Any]:
    """Measure every size; returns the figures as JSON-ready data."""
    from policyparse import parse

    base = normal_text()
    parse(base[:5000])  # warm-up
    points: list[dict[str, Any]] = []
    for size in IN_PROCESS_SIZES:
        text = repeat_to(base, size)
        seconds = timed(lambda text=text: parse(text, max_chars=None), min_seconds=0.5, max_rounds=20)
        points.append({"size": size, "seconds": seconds})
    lines = measure("real", WORKER_SIZES, budget=timeout * 0.85, timeout=timeout)
    memory: dict[str, Any] = {}
    for line in lines:
        if "seconds" in line:
            points.append({"size": line["size"], "seconds": line["seconds"], "crashes": len(line["crashes"])})
            memory = {
                "size": line["size"],
                "peak_rss_mb": line["peak_rss_mb"],
                "rss_before_parse_mb": line["rss_before_mb"],
            }
        else:
            points.append(
                {"size": line.get("size"), "note": "skipped" if line.get("skipped") else line.get("error")}
            )
    timed_points = [p for p in points if "seconds" in p]
    for point in timed_points:
        point["us_per_char"] = point["seconds"] / point["size"] * 1e6
    large = [p for p in timed_points if p["size"] >= LARGE_FROM]
    return {
        "points": points,
        "slope": loglog_slope([p["size"] for p in large], [p["seconds"] for p in large]),
        "slope_all_sizes": loglog_slope(
            [p["size"] for p in timed_points], [p["seconds"] for p in timed_points]
        ),
        "memory": memory,
    }


def _size(size: int | None) -> str:
    if size is None:
        return "?"
    return f"{size / 1e6:g} M" if size >= 1_000_000 else f"{size / 1e3:g} k"


def table(result: dict[str, Any]) -> str:
    """The figures as a Markdown table."""
    rows = [
        [
            _size(p["size"]),
            f"{p['seconds']:.3f}" if "seconds" in p else p.get("note", ""),
            f"{p['us_per_char']:.2f}" if "us_per_char" in p else "",
        ]
        for p in result["points"]
    ]
    text = markdown_table(["chars", "seconds", "µs/char"], rows)
    slope = result["slope"]
    if slope is not None:
        text += (
            f"\n\nSlope (exponent of time vs size, 100 k → 10 M): {slope:.2f}"
            f" (1 k → 10 M: {result['slope_all_sizes']:.2f}, the fixed cost per parse pulling it below 1)."
        )
    memory = result["memory"]
    if memory:
        text += (
            f" Peak RSS parsing {_size(memory['size'])} characters: {memory['peak_rss_mb']:.0f} MB "
            f"({memory['peak_rss_mb'] - memory['rss_before_parse_mb']:.0f} MB above the process "
            "holding the input)."
        )
    return text


if __name__ == "__main__":
    figures = run()
    print(table(figures))
    if "--json" in sys.argv:
        print(json.dumps(figures, indent=2))
