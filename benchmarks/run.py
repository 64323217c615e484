"""Run every benchmark and print one Markdown report: ``python benchmarks/run.py``.

First the goals of issue 17, one row each with its goal and whether it is met
(``goals.py``); then throughput on the dev fixtures and pool documents (with jieba side by
side), scaling 1 k → 10 M characters with the peak memory of the 10 M parse, and the hostile
inputs of issue 10. Each part that could hang runs in a worker process with a timeout.
The figures go to ``benchmarks/results/latest.json`` (git-ignored); ``--update-docs`` also
writes the report into ``docs/benchmarks.md`` between its ``benchmarks:start/end`` markers,
so that the page holds generated figures only. ``--fuzz SECONDS`` and ``--properties N``
add the fuzz run and the long property run; ``--compiled`` adds what a mypyc build of the hot
modules would give (``compiled.py``; it builds one in a scratch copy, about four minutes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import adversarial
import goals
import scaling
import throughput
from common import RESULTS, ROOT, machine

DOCS_PAGE = ROOT / "docs" / "benchmarks.md"
START_MARK, END_MARK = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"


def report(results: dict[str, Any]) -> str:
    """The Markdown report of a run."""
    host = results["machine"]
    from policyparse import __version__

    parts = [
        f"policyparse {__version__}, {results['date']}, on {host['cpu']} "
        f"({host['cores']} usable cores), Python {host['python']}, {host['platform']}; "
        f"run took {results['seconds']:.0f} s; load average {results['load'][0]:.1f} at the start, "
        f"{results['load'][1]:.1f} at the end (figures from a busy machine are lower bounds).",
        "### The goals of issue 17\n\n" + goals.table(results["goals"]) + "\n\n" + goals.NOTES,
        "### Throughput on real documents\n\n" + throughput.table(results["throughput"]),
        "### Scaling with input size (a real document repeated)\n\n" + scaling.table(results["scaling"]),
        "### Hostile inputs\n\n" + adversarial.table(results["adversarial"]),
    ]
    if "fuzz" in results:
        import fuzz

        parts.append("### Fuzzing (structure-aware)\n\n" + fuzz.table(results["fuzz"]))
    if "properties" in results:
        import properties_long

        parts.append("### Long property run\n\n" + properties_long.report(results["properties"]))
    if "compiled" in results:
        import compiled

        parts.append(
            "### A compiled build (mypyc): measured, not shipped\n\n" + compiled.table(results["compiled"])
        )
    return "\n\n".join(parts)


def update_docs(text: str) -> None:
    """Replace the part of docs/benchmarks.md between the markers with ``text``."""
    page = DOCS_PAGE.read_text(encoding="utf-8")
    if START_MARK not in page or END_MARK not in page:
        raise SystemExit(f"{DOCS_PAGE} has no {START_MARK} … {END_MARK} markers")
    head, rest = page.split(START_MARK, 1)
    _, tail = rest.split(END_MARK, 1)
    DOCS_PAGE.write_text(f"{head}{START_MARK}\n{text}\n{END_MARK}{tail}", encoding="utf-8")


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--budget", type=float, default=280.0, help="seconds for scaling and hostile inputs")
    parser.add_argument("--fuzz", type=float, default=0.0, help="also fuzz for this many seconds")
    parser.add_argument("--properties", type=int, default=0, help="also run this many property examples")
    parser.add_argument("--compiled", action="store_true", help="also measure a mypyc build (about 4 min)")
    parser.add_argument("--update-docs", action="store_true", help="write the report into docs/benchmarks.md")
    options = parser.parse_args()
    start = time.monotonic()
    results: dict[str, Any] = {"machine": machine(), "date": dt.date.today().isoformat()}
    load_at_start = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print("goals …", file=sys.stderr, flush=True)
    results["goals"] = goals.run()
    deadline = time.monotonic() + options.budget
    print("throughput …", file=sys.stderr, flush=True)
    results["throughput"] = throughput.run(min_seconds=1.0)
    print("scaling …", file=sys.stderr, flush=True)
    remaining = deadline - time.monotonic()
    results["scaling"] = scaling.run(timeout=max(30.0, min(200.0, remaining * 0.6)))
    print("hostile inputs …", file=sys.stderr, flush=True)
    results["adversarial"] = adversarial.run(
        real_10m=adversarial.real_document_row(results["scaling"]), deadline=deadline
    )
    if options.fuzz:
        import fuzz

        print("fuzzing …", file=sys.stderr, flush=True)
        results["fuzz"] = fuzz.run(options.fuzz)
    if options.properties:
        import properties_long

        print("long property run …", file=sys.stderr, flush=True)
        results["properties"] = properties_long.run(options.properties)
    if options.compiled:
        import compiled

        print("compiled build …", file=sys.stderr, flush=True)
        results["compiled"] = compiled.run()
    results["seconds"] = time.monotonic() - start
    results["load"] = (load_at_start, os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0)
    text = report(results)
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    (RESULTS / "latest.md").write_text(text + "\n", encoding="utf-8")
    if options.update_docs:
        update_docs(text)


if __name__ == "__main__":
    main()
