"""Batch throughput: documents and characters per second with 1 and N worker processes.

    python benchmarks/batch.py                 # the 359 files below, 1 and N workers, 5 rounds
    python benchmarks/batch.py --laws 500 --workers 1 2 4
    python benchmarks/batch.py --fixtures      # the 45 dev fixtures only (no shared corpus needed)

The documents (a fixed, reproducible set of 359 real files):

* the 59 documents of ``shared/corpus/pool/docs`` (every ``.txt``, ``.html`` and ``.htm``
  file; ``manifest.jsonl`` is not a document), sorted by name;
* the first 300 ``.md`` files of ``shared/corpus/pool/lawrefbook``, sorted by their path
  relative to ``lawrefbook`` (Python string order of the POSIX path, i.e. by code point).

``shared/`` is looked for beside the checkout and in its ancestors (``--pool`` overrides);
without it the dev fixtures are used. Each run goes through
:func:`policyparse.batch.run_batch` with the JSON Lines record built for every document (the
work ``policyparse parse DIR`` does), output discarded. Rounds are interleaved (1, N, 1, N …)
so that a burst of load hits every setting alike; the table gives the **median** round of each
setting, and the speed-up is the median of the per-round ratios. Results are printed as a
Markdown table and written to ``benchmarks/results/batch.json``, with the CPU time spent
(parent and workers) so that a run on a shared machine can be told from a slow parser.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from policyparse.batch import Input, RenderSpec, discover, record_line, run_batch

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "dev"
RESULTS = ROOT / "benchmarks" / "results" / "batch.json"


def find_pool() -> Path | None:
    """``shared/corpus/pool`` beside the checkout or beside one of its ancestors."""
    for base in ROOT.parents:
        candidate = base / "shared" / "corpus" / "pool"
        if (candidate / "docs").is_dir():
            return candidate
    return None


def corpus_paths(pool: Path, laws: int) -> list[Path]:
    """The reproducible set: every document of ``pool/docs`` and the first ``laws`` of lawrefbook."""
    docs = sorted(p for p in (pool / "docs").iterdir() if p.suffix in {".txt", ".html", ".htm"})
    law_dir = pool / "lawrefbook"
    every = sorted(law_dir.rglob("*.md"), key=lambda p: p.relative_to(law_dir).as_posix()) if laws else []
    return docs + every[:laws]


def corpus(laws: int, fixtures_only: bool, pool: Path | None) -> tuple[list[Input], str]:
    """The inputs and a description of where they come from."""
    pool = pool or find_pool()
    if fixtures_only or pool is None:
        return list(discover([str(FIXTURES)], recursive=True)), "tests/fixtures/dev"
    paths = corpus_paths(pool, laws)
    docs = sum(1 for p in paths if p.parent == pool / "docs")
    described = f"pool/docs ({docs}) + the first {len(paths) - docs} of pool/lawrefbook (sorted by path)"
    return [Input(str(p), p.name) for p in paths], described


def measure(inputs: list[Input], workers: int) -> dict[str, float]:
    """Parse every input with ``workers`` processes; return counts and rates."""
    spec = RenderSpec("record")
    cpu_before = _cpu_seconds()
    machine_before = _machine_busy_seconds()
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
    others = _others_busy(machine_before, _machine_busy_seconds(), cpu, seconds)
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
        "others_busy": others,
    }


def _parse_in_process(inputs: list[Input]) -> float:
    """Parse and render ``inputs`` in this process as a 1-worker batch does; the CPU seconds."""
    start = time.process_time()
    for outcome in run_batch(inputs, spec=RenderSpec("record")):
        record_line(outcome)
    return time.process_time() - start


def split_by_time(inputs: list[Input], parts: int) -> list[list[Input]]:
    """``inputs`` in ``parts`` groups of about equal parse time: each file parsed once in this
    process and timed, then the longest first to the group with the least time so far."""
    timed = [(_parse_in_process([item]), item) for item in inputs]
    groups: list[list[Input]] = [[] for _ in range(parts)]
    loads = [0.0] * parts
    for seconds, item in sorted(timed, key=lambda pair: -pair[0]):
        lightest = loads.index(min(loads))
        groups[lightest].append(item)
        loads[lightest] += seconds
    return groups


def _parse_group(group: list[Input], connection: Any) -> None:
    """Parse ``group`` in this (forked) process as a 1-worker batch; send back the CPU seconds."""
    connection.send(_parse_in_process(group))
    connection.close()


def measure_independent(groups: list[list[Input]]) -> dict[str, float]:
    """Each group parsed by its own forked process, all at once, with no pool and no work in
    this process: what the machine gives that many processes (a control for :func:`measure`).

    Forked like the pool's workers, from this warm process, so they pay the same copy-on-write
    faults; what they do not pay is the pool's scheduling, the results sent back and this
    process's share of the cores. Linux only (fork)."""
    context = multiprocessing.get_context("fork")
    machine_before = _machine_busy_seconds()
    started = time.perf_counter()
    pipes, processes = [], []
    for group in groups:
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_parse_group, args=(group, send))
        process.start()
        send.close()
        pipes.append(receive)
        processes.append(process)
    cpu = sum(float(pipe.recv()) for pipe in pipes)
    seconds = time.perf_counter() - started
    for process in processes:
        process.join()
    return {
        "processes": len(groups),
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 2),
        "others_busy": _others_busy(machine_before, _machine_busy_seconds(), cpu, seconds),
    }


def _others_busy(machine_before: float, machine_after: float, cpu: float, seconds: float) -> float:
    """Cores kept busy by every other process of the machine during a run of ``seconds`` that
    used ``cpu`` seconds itself (other users' work): above about 0.1, a 2-process run could not
    have two cores to itself; -1 where the machine's busy time is not known."""
    if min(machine_before, machine_after) < 0:
        return -1.0
    return round(max(0.0, machine_after - machine_before - cpu) / seconds, 2)


def _cpu_seconds() -> float:
    """CPU time of this process and of its reaped children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _machine_busy_seconds() -> float:
    """CPU seconds every process of the machine has used since boot (``/proc/stat``; -1 elsewhere).

    The load average cannot tell a short burst of someone else's work during one run; this can.
    """
    try:
        fields = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()[1:]
    except OSError:
        return -1.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _reap_workers(timeout: float = 10.0) -> None:
    """Wait for the worker processes to exit so that their CPU time is counted."""
    deadline = time.monotonic() + timeout
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)


def _median(values: list[float]) -> float:
    return float(statistics.median(values))


def summarise(rounds: dict[int, list[dict[str, float]]]) -> list[dict[str, float]]:
    """The median round of each worker count, with the median per-round speed-up over the first."""
    counts = list(rounds)
    runs = []
    for workers in counts:
        ordered = sorted(rounds[workers], key=lambda run: run["seconds"])
        run = dict(ordered[(len(ordered) - 1) // 2])
        run["seconds_min"] = ordered[0]["seconds"]
        run["seconds_max"] = ordered[-1]["seconds"]
        ratios = [
            base["seconds"] / other["seconds"]
            for base, other in zip(rounds[counts[0]], rounds[workers], strict=True)
        ]
        run["speedup"] = round(_median(ratios), 2)
        run["speedups"] = [round(ratio, 2) for ratio in ratios]  # type: ignore[assignment]
        runs.append(run)
    return runs


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=int, default=300, help="lawrefbook documents (default 300)")
    parser.add_argument(
        "--workers", type=int, nargs="+", default=None, help="worker counts (default 1 and cores)"
    )
    parser.add_argument("--fixtures", action="store_true", help="use only the dev fixtures")
    parser.add_argument("--pool", type=Path, default=None, help="the shared/corpus/pool directory")
    parser.add_argument("--repeat", type=int, default=5, help="rounds per worker count (median kept)")
    parser.add_argument("--no-save", action="store_true", help=f"do not write {RESULTS.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    inputs, described = corpus(args.laws, args.fixtures, args.pool)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    worker_counts = args.workers or sorted({1, cores})
    # warm up this process (lazy tables, compiled patterns), so that the first 1-worker round
    # does not pay for what every later round and every forked worker gets for free
    for _ in run_batch(list(discover([str(FIXTURES)], recursive=True))):
        pass
    load_before = os.getloadavg()[0]
    rounds: dict[int, list[dict[str, float]]] = {workers: [] for workers in worker_counts}
    for _ in range(max(1, args.repeat)):  # interleaved, so a burst of load hits every setting alike
        for workers in worker_counts:
            rounds[workers].append(measure(inputs, workers))
    runs = summarise(rounds)
    print(f"documents: {described}; {len(inputs)} files, {runs[0]['chars']:,} characters; cores: {cores}")
    print(f"load average before the runs: {load_before:.1f}; median of {max(1, args.repeat)} rounds\n")
    print(
        "| workers | docs | failures | seconds (min–max) | docs/s | chars/s | speed-up | CPU s | CPUs busy |"
    )
    print("|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for run in runs:
        print(
            f"| {run['workers']} | {run['documents']} | {run['failures']} "
            f"| {run['seconds']:.2f} ({run['seconds_min']:.2f}–{run['seconds_max']:.2f}) "
            f"| {run['docs_per_s']:.1f} | {run['chars_per_s']:,.0f} | {run['speedup']:.2f}× "
            f"| {run['cpu_seconds']:.1f} | {run['cpus_busy']:.2f} |"
        )
    print("\nspeed-up: median over rounds of (1-worker seconds / N-worker seconds) of the same round.")
    print("CPUs busy = CPU seconds / wall seconds: below the worker count, the machine was shared.")
    if not args.no_save:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        report = {
            "corpus": described,
            "files": len(inputs),
            "cores": cores,
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
