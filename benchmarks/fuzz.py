"""Structure-aware fuzzing through every input path, for a number of inputs or a time budget.

    python benchmarks/fuzz.py --inputs 100000            # the long run of docs/reliability.md
    python benchmarks/fuzz.py --seconds 60               # as long as the budget allows

The generators and checks are those of ``tests/fuzzing.py`` (the suite runs a few of each):
``text`` (``parse`` of policy-like strings with lone surrogates and control characters),
``bytes-<codec>`` (documents encoded in UTF-8, UTF-8 with BOM, GB18030, Big5, UTF-16 with and
without BOM, UTF-32, then sometimes mutated), ``html`` (pages with deep or unclosed nesting,
tables, lists, scripts, info tables, declared charsets), ``docx`` (valid zips with hostile XML:
entity expansion, external entities, content controls nested 2,000 deep, numbering definitions
with absurd values, a member over the compression-ratio limit, truncated XML), and ``batch``
(the JSON Lines writer with a fault injected: disk full or permission denied at a random
write, an input deleted or replaced by a directory between listing and reading; then a resume).

Input *i* is generated from ``random.Random(seed + i)``, so a failure is reproduced by its
seed. A failure is any exception other than a one-line ``InputError`` for bytes, or a broken
rule (JSON round trip, offsets, E901, a record missing or twice). Each input has 120 s before
it counts as a hang. The report gives inputs and failures per path and the slowest input per
character (inputs of at least 200 characters), and is written to
``benchmarks/results/fuzz.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzzing import PATHS, path_for  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "fuzz.json"
MIN_CHARS_FOR_RATE = 200
HANG_SECONDS = 120
BLOCK = 200  # inputs per task handed to a process


class Hang(Exception):
    """An input ran past :data:`HANG_SECONDS`."""


def _alarm(signum: int, frame: object) -> None:
    raise Hang(f"no result after {HANG_SECONDS} s")


def _signature(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    message = str(error).splitlines()[0][:100] if str(error) else ""
    return f"{type(error).__name__}: {message} @ {where}"


def run_block(seed: int, start: int, count: int) -> dict[str, Any]:
    """Run inputs ``start … start + count - 1``; return counts, failures and the slowest per path."""
    signal.signal(signal.SIGALRM, _alarm)
    stats: dict[str, Any] = {}
    for index in range(start, start + count):
        rng = random.Random(seed + index)
        path = path_for(rng)
        entry = stats.setdefault(path, {"inputs": 0, "chars": 0, "failures": {}, "slowest": None})
        entry["inputs"] += 1
        signal.alarm(HANG_SECONDS)
        began = time.perf_counter()
        try:
            chars = PATHS[path](rng)
        except BaseException as error:  # every escape is a finding
            if isinstance(error, KeyboardInterrupt):
                raise
            failure = entry["failures"].setdefault(_signature(error), {"count": 0, "seed": seed + index})
            failure["count"] += 1
            continue
        finally:
            signal.alarm(0)
        seconds = time.perf_counter() - began
        entry["chars"] += chars
        if chars >= MIN_CHARS_FOR_RATE:
            rate = seconds / chars * 1e6
            if entry["slowest"] is None or rate > entry["slowest"]["us_per_char"]:
                entry["slowest"] = {"us_per_char": round(rate, 2), "chars": chars, "seed": seed + index}
    return stats


def _merge(total: dict[str, Any], part: dict[str, Any]) -> None:
    for path, entry in part.items():
        into = total.setdefault(path, {"inputs": 0, "chars": 0, "failures": {}, "slowest": None})
        into["inputs"] += entry["inputs"]
        into["chars"] += entry["chars"]
        for signature, failure in entry["failures"].items():
            known = into["failures"].setdefault(signature, {"count": 0, "seed": failure["seed"]})
            known["count"] += failure["count"]
        slow = entry["slowest"]
        if slow and (into["slowest"] is None or slow["us_per_char"] > into["slowest"]["us_per_char"]):
            into["slowest"] = slow


def run(
    seconds: float = 60.0, inputs: int | None = None, processes: int | None = None, seed: int = 0
) -> dict[str, Any]:
    """Fuzz ``inputs`` inputs (or for ``seconds``) over ``processes`` processes; return the merged stats."""
    processes = processes or len(os.sched_getaffinity(0))
    total: dict[str, Any] = {}
    began = time.perf_counter()
    limit = inputs if inputs is not None else 10**9
    next_start = 0
    with ProcessPoolExecutor(processes) as pool:
        pending = set()
        while True:
            while (
                len(pending) < processes * 2
                and next_start < limit
                and (inputs is not None or time.perf_counter() - began < seconds)
            ):
                count = min(BLOCK, limit - next_start)
                pending.add(pool.submit(run_block, seed, next_start, count))
                next_start += count
            if not pending:
                break
            finished = next(iter(pending))
            for future in list(pending):
                if future.done():
                    finished = future
                    break
            _merge(total, finished.result())
            pending.discard(finished)
    elapsed = time.perf_counter() - began
    return {"seed": seed, "processes": processes, "seconds": round(elapsed, 1), "paths": total}


def retime(stats: dict[str, Any], rounds: int = 3) -> None:
    """Time each path's slowest input again, here, warm, best of ``rounds``: a busy machine or a
    first-use load (the jieba dictionaries take a second) makes a tiny input look slow."""
    run_block(stats["seed"], 0, 50)  # warm this process up on the first inputs
    for entry in stats["paths"].values():
        slow = entry["slowest"]
        if slow is None:
            continue
        times = []
        for _ in range(rounds):
            rng = random.Random(slow["seed"])
            path = path_for(rng)
            began = time.perf_counter()
            PATHS[path](rng)
            times.append(time.perf_counter() - began)
        slow["retimed_us_per_char"] = round(min(times) / slow["chars"] * 1e6, 2)


def table(stats: dict[str, Any]) -> str:
    """A Markdown table of inputs, failures and the slowest input per character, by path."""
    lines = [
        "| path | inputs | characters | failures | slowest µs/char (chars, seed) | re-timed warm |",
        "|---|--:|--:|--:|---|--:|",
    ]
    paths = stats["paths"]
    for path in sorted(paths):
        entry = paths[path]
        failures = sum(f["count"] for f in entry["failures"].values())
        slow = entry["slowest"]
        shown = f"{slow['us_per_char']:.1f} ({slow['chars']:,}, {slow['seed']})" if slow else "—"
        again = f"{slow['retimed_us_per_char']:.1f}" if slow and "retimed_us_per_char" in slow else "—"
        lines.append(
            f"| {path} | {entry['inputs']:,} | {entry['chars']:,} | {failures} | {shown} | {again} |"
        )
    inputs = sum(entry["inputs"] for entry in paths.values())
    failures = sum(f["count"] for entry in paths.values() for f in entry["failures"].values())
    lines.append(f"| **all** | **{inputs:,}** | | **{failures}** | | |")
    for path in sorted(paths):
        for signature, failure in paths[path]["failures"].items():
            lines.append(f"\n- `{path}` × {failure['count']} (seed {failure['seed']}): `{signature}`")
    return "\n".join(lines)


def main() -> None:
    """Command line: ``--inputs N`` or ``--seconds S``."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--inputs", type=int, default=None, help="number of inputs (default: run for --seconds)"
    )
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--processes", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    stats = run(args.seconds, args.inputs, args.processes, args.seed)
    retime(stats)
    print(f"{stats['seconds']} s, {stats['processes']} processes, seed {stats['seed']}\n")
    print(table(stats))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(stats, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
