"""Batch throughput: documents and characters per second with 1 and N worker processes.

    python benchmarks/batch.py                 # pool docs + a sample of lawrefbook, 1 and N workers
    python benchmarks/batch.py --laws 500 --workers 1 2 4
    python benchmarks/batch.py --fixtures      # the 16 dev fixtures only (no ../shared needed)

The documents are the real texts of ``../shared/corpus/pool/docs/`` plus an evenly spaced
sample of ``pool/lawrefbook/**.md`` when present, else the dev fixtures. Each run goes through
:func:`policyparse.batch.run_batch` with the JSON Lines record built for every document (the
work ``policyparse parse DIR -r`` does), output discarded. Results are printed as a Markdown
table and written to ``benchmarks/results/batch.json``, with the CPU time spent (parent and
workers) so that a run on a shared machine can be told from a slow parser.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import sys
import time
from pathlib import Path

from policyparse.batch import Input, RenderSpec, default_workers, discover, record_line, run_batch

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "dev"
POOL = ROOT.parent / "shared" / "corpus" / "pool"
RESULTS = ROOT / "benchmarks" / "results" / "batch.json"


def corpus(laws: int, fixtures_only: bool) -> tuple[list[Input], str]:
    """The inputs and a description of where they come from."""
    if fixtures_only or not (POOL / "docs").is_dir():
        return list(discover([str(FIXTURES)], recursive=True)), "tests/fixtures/dev"
    docs = list(discover([str(POOL / "docs")], recursive=True, globs=["*.txt", "*.html", "*.htm"]))
    described = f"pool/docs ({len(docs)})"
    law_dir = POOL / "lawrefbook"
    if laws and law_dir.is_dir():
        every = list(discover([str(law_dir)], recursive=True, globs=["*.md"]))
        step = max(1, len(every) // laws)
        sample = every[::step][:laws]
        docs += sample
        described += f" + pool/lawrefbook sample ({len(sample)} of {len(every)})"
    return docs, described


def measure(inputs: list[Input], workers: int) -> dict[str, float]:
    """Parse every input with ``workers`` processes; return counts and rates."""
    spec = RenderSpec("record")
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    documents = failures = chars = 0
    for outcome in run_batch(inputs, spec=spec, workers=workers, ordered=True):
        record_line(outcome)
        documents += 1
        failures += not outcome.ok
        chars += outcome.chars
    seconds = time.perf_counter() - started
    _reap_workers()
    cpu = _cpu_seconds() - cpu_before
    return {
        "workers": workers,
        "documents": documents,
        "failures": failures,
        "chars": chars,
        "seconds": round(seconds, 3),
        "docs_per_s": round(documents / seconds, 2),
        "chars_per_s": round(chars / seconds),
        "cpu_seconds": round(cpu, 2),
        "cpus_busy": round(cpu / seconds, 2),
    }


def _cpu_seconds() -> float:
    """CPU time of this process and of its reaped children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _reap_workers(timeout: float = 10.0) -> None:
    """Wait for the worker processes to exit so that their CPU time is counted."""
    deadline = time.monotonic() + timeout
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=int, default=300, help="lawrefbook documents to sample (default 300)")
    parser.add_argument(
        "--workers", type=int, nargs="+", default=None, help="worker counts (default 1 and cores)"
    )
    parser.add_argument("--fixtures", action="store_true", help="use only the dev fixtures")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per worker count; the fastest is kept")
    parser.add_argument("--no-save", action="store_true", help=f"do not write {RESULTS.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    inputs, described = corpus(args.laws, args.fixtures)
    worker_counts = args.workers or sorted({1, default_workers()})
    # warm up this process (lazy tables, compiled patterns): forked workers inherit the warm state,
    # so without this the 1-worker run alone would pay for it
    for _ in run_batch(list(discover([str(FIXTURES)], recursive=True))):
        pass
    load_before = os.getloadavg()[0]
    rounds: dict[int, list[dict[str, float]]] = {workers: [] for workers in worker_counts}
    for _ in range(max(1, args.repeat)):  # interleaved, so a burst of load hits every setting alike
        for workers in worker_counts:
            rounds[workers].append(measure(inputs, workers))
    runs = [min(rounds[workers], key=lambda run: run["seconds"]) for workers in worker_counts]
    base = runs[0]["docs_per_s"]
    for run in runs:
        run["speedup"] = round(run["docs_per_s"] / base, 2)
    print(f"documents: {described}; {runs[0]['chars']:,} characters; cores available: {default_workers()}")
    print(f"load average before the runs: {load_before:.1f}; best of {max(1, args.repeat)} rounds\n")
    print("| workers | docs | failures | seconds | docs/s | chars/s | speed-up | CPU s | CPUs busy |")
    print("|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for run in runs:
        print(
            f"| {run['workers']} | {run['documents']} | {run['failures']} | {run['seconds']:.1f} "
            f"| {run['docs_per_s']:.1f} | {run['chars_per_s']:,.0f} | {run['speedup']:.2f}× "
            f"| {run['cpu_seconds']:.1f} | {run['cpus_busy']:.2f} |"
        )
    print("\nCPUs busy = CPU seconds / wall seconds: below the worker count, the machine was shared.")
    if not args.no_save:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        report = {
            "corpus": described,
            "cores": default_workers(),
            "load_average_before": round(load_before, 2),
            "rounds": max(1, args.repeat),
            "python": sys.version.split()[0],
            "machine": platform.machine(),
            "runs": runs,
        }
        RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
