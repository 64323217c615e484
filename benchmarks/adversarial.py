"""Hostile inputs: time per character against a normal document, the slope, crashes.

Inputs (sizes in characters): 1 M without a line break, 1 M of ``一、``, 100 k of ``（``,
1 M of digits, lines that are all headings, deadlines or responsibility notes, and a run of
``…`` (a contents leader without its page number); the 10 M
real document made by repetition comes from ``scaling.py`` (``run.py`` passes it in). Each kind
runs in a fresh worker process at 1/16, 1/4 and the full size; a size whose predicted time
exceeds the budget is skipped, and a worker that overruns its timeout is killed — either is
reported, never waited for.

For each kind: CPU seconds and µs per character at the largest size reached, the ratio of that
to the normal document's µs per character, and the slope (exponent of time vs size; 1.0 is
linear). The normal document (the dev fixtures one after another) is parsed in each kind's own
worker right after its largest size, once to warm up and then five times (the median): each
ratio compares two figures taken in one process within seconds of each other, so a slow spell
of the machine cannot fall on one side alone. Issue 10 asks for a ratio within 2×.

Run alone: ``python benchmarks/adversarial.py``.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import loglog_slope, markdown_table, measure

#: kind → sizes measured (ascending; the worker stops early when the next would overrun)
SIZES: dict[str, list[int]] = {
    # quadratic today (outline._TOC_LEADER): start small so the growth is seen within the budget
    "ellipsis_run": [1_000, 4_000, 16_000, 62_500, 250_000, 1_000_000],
}
#: kind → (full size, description)
KINDS: dict[str, tuple[int, str]] = {
    "no_newline": (1_000_000, "1 M chars of real text, no line break"),
    "yi_dun": (1_000_000, "1 M chars of 一、"),
    "open_paren": (100_000, "100 k of （"),
    "digits": (1_000_000, "1 M random digits"),
    "heading_lines": (1_000_000, "1 M chars, a heading on every line"),
    "deadlines": (1_000_000, "1 M chars of 到2025年，完成建设；"),
    "dated_events": (1_000_000, "1 M chars of 在2025年召开会议。 (a date in each sentence, no target)"),
    "short_sentences": (1_000_000, "1 M chars of 加快完成建设工作； (short sentences, no date)"),
    "assignment_notes": (1_000_000, "1 M chars of responsibility notes"),
    "ellipsis_run": (1_000_000, "1 M chars of … (a contents leader)"),
    "spaced_deadlines": (1_000_000, "1 M chars of spaced and broken date forms (到 2025 年，  2  2 年 年)"),
    "deep_html": (1_000_000, "HTML of 90 k nested <div> (timed from the markup)"),
}


#: Timed parses of the normal document in each kind's worker (after one to warm up).
NORMAL_RUNS = 5


def _summarise(kind: str, description: str, lines: list[dict[str, Any]]) -> dict[str, Any]:
    timed_lines = [line for line in lines if "seconds" in line]
    row: dict[str, Any] = {"kind": kind, "input": description, "points": lines}
    row.update(next((line for line in lines if "normal_us_per_char" in line), {}))
    if timed_lines:
        last = timed_lines[-1]
        row.update(
            size=last["size"],
            seconds=last["seconds"],
            us_per_char=last["seconds"] / last["size"] * 1e6,
            slope=loglog_slope([x["size"] for x in timed_lines], [x["seconds"] for x in timed_lines]),
            crashes=sum(len(x["crashes"]) for x in timed_lines),
            peak_rss_mb=last["peak_rss_mb"],
        )
    notes = [
        x.get("error") or ("skipped larger sizes" if x.get("skipped") else "")
        for x in lines
        if "seconds" not in x and "normal_us_per_char" not in x
    ]
    row["note"] = "; ".join(n for n in notes if n)
    return row


def run(*, real_10m: dict[str, Any] | None = None, deadline: float | None = None) -> dict[str, Any]:
    """Measure every kind (within ``deadline``, a ``time.monotonic()`` value, when given)."""
    rows = []
    kinds = list(KINDS.items())
    for index, (kind, (size, description)) in enumerate(kinds):
        timeout = 150.0
        if deadline is not None:
            remaining = deadline - time.monotonic()
            timeout = max(10.0, min(timeout, remaining / (len(kinds) - index)))
        sizes = SIZES.get(kind, [size // 16, size // 4, size])
        lines = measure(kind, sizes, budget=timeout * 0.5, timeout=timeout, normal_runs=NORMAL_RUNS)
        rows.append(_summarise(kind, description, lines))
    normals = [row["normal_us_per_char"] for row in rows if "normal_us_per_char" in row]
    normal_us = statistics.median(normals) if normals else None
    for row in rows:
        own = row.get("normal_us_per_char")
        if "us_per_char" in row and (own or normal_us):
            row["ratio_to_normal"] = row["us_per_char"] / (own or normal_us)
            if own is None:  # its worker was stopped before the baseline: the kinds' median
                row["note"] = "; ".join(filter(None, [row.get("note"), "vs the median normal"]))
    if real_10m is not None and normal_us is not None:
        rows.append(real_10m | {"ratio_to_normal": real_10m["us_per_char"] / normal_us})
    return {
        "normal_chars": next((row["normal_chars"] for row in rows if "normal_chars" in row), None),
        "normal_us_per_char": normal_us,
        "normal_range": (min(normals), max(normals)) if normals else None,
        "kinds": rows,
    }


def real_document_row(scaling: dict[str, Any]) -> dict[str, Any] | None:
    """The 10 M real-document line of ``scaling.run()``'s result, as an adversarial row."""
    points = [p for p in scaling["points"] if "seconds" in p]
    if not points or points[-1]["size"] < 10_000_000:
        return None
    last = points[-1]
    return {
        "kind": "real_10m",
        "input": "10 M chars of a real document (repeated)",
        "size": last["size"],
        "seconds": last["seconds"],
        "us_per_char": last["us_per_char"],
        "slope": scaling["slope"],
        "crashes": last.get("crashes", 0),
        "peak_rss_mb": scaling["memory"].get("peak_rss_mb"),
        "note": "from scaling (1 k → 10 M)",
    }


def table(result: dict[str, Any]) -> str:
    """The figures as a Markdown table."""
    rows = []
    for row in result["kinds"]:
        if "seconds" not in row:
            rows.append([row["input"], "", "", "", "", "", row.get("note", "")])
            continue
        slope = row.get("slope")
        rows.append(
            [
                row["input"],
                f"{row['size']:,}",
                f"{row['seconds']:.2f}",
                f"{row['us_per_char']:.2f}",
                f"{row['ratio_to_normal']:.2f}×" if "ratio_to_normal" in row else "",
                f"{slope:.2f}" if slope is not None else "",
                f"{row['crashes']}" + (f"; {row['note']}" if row.get("note") else ""),
            ]
        )
    text = markdown_table(
        ["input", "chars", "seconds", "µs/char", "vs normal", "slope", "E901 / notes"], rows
    )
    if result["normal_us_per_char"] is None:
        return text + "\n\nSeconds are CPU seconds. No worker reached its normal-document baseline."
    low, high = result["normal_range"]
    return (
        text + f"\n\nSeconds are CPU seconds. Normal document: the dev fixtures one after another "
        f"({result['normal_chars']:,} chars), parsed warm in each input's own process right after "
        f"it, the median of {NORMAL_RUNS} parses: {low:.2f}–{high:.2f} µs/char across the inputs "
        f"(median {result['normal_us_per_char']:.2f}); each ratio is against its own process's. "
        f"The 10 M real document is compared with the median."
    )


if __name__ == "__main__":
    figures = run()
    print(table(figures))
    if "--json" in sys.argv:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
