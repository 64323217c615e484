"""Would a compiled build reach the speed goals of issue 17? ``python benchmarks/compiled.py``.

Issue 17 allows a compiled build of the hot modules "only if the pure-Python path cannot reach
the goal". This measures what one gives before anyone maintains it: it copies ``src/`` to a
temporary directory, compiles the stages, the normalisation and the segmenter there with mypyc
(part of mypy, a development dependency; it needs a C compiler and Python's headers), and then
parses the same texts with each copy, each in its own process, rounds interleaved: the 160 pool
texts of the jieba row (CPU seconds, best of three parses of all of them) and the
deadline-dense text of the deadline row against the normal document (warm µs per character).
It also checks that both copies give the same JSON for every pool text. The checkout is not
changed. The pure-Python package stays the one that ships.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, normal_text

#: What is compiled: every module of these packages, and these modules (paths under ``src/``).
COMPILED = ("policyparse/stages", "policyparse/normalize", "policyparse/segment.py")


def build(target: Path) -> float:
    """Copy ``src/`` into ``target`` and compile :data:`COMPILED` there; the seconds it took."""
    shutil.copytree(ROOT / "src", target, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    started = time.monotonic()
    command = [sys.executable, "-m", "mypyc", "--config-file", str(ROOT / "pyproject.toml"), *COMPILED]
    subprocess.run(command, cwd=target, check=True, capture_output=True)
    return time.monotonic() - started


def measure() -> dict[str, Any]:
    """Worker (run with the copy to measure first on ``sys.path``): pool time, deadline row, outputs."""
    import goals

    import policyparse.stages.targets
    from policyparse import parse

    texts = goals.pool_texts()
    digest = hashlib.sha256()
    for text in texts:
        digest.update(parse(text, max_chars=None).to_json().encode())
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            parse(text, max_chars=None)
        best = min(best, time.process_time() - start)
    dense = goals.deadline_density()
    return {
        "compiled": not policyparse.stages.targets.__file__.endswith(".py"),
        "pool_seconds": best,
        "pool_texts": len(texts),
        "normal_us_per_char": dense["normal_us_per_char"],
        "dense_us_per_char": dense["dense_us_per_char"],
        "dense_ratio": dense["value"],
        "outputs": digest.hexdigest(),
    }


def _run(source: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(source), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, __file__, "--measure"], env=env, check=True, capture_output=True, text=True
    )
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def run(rounds: int = 3) -> dict[str, Any]:
    """Build the compiled copy and time both copies, ``rounds`` interleaved rounds each."""
    normal_text()  # fail here, not after the build, when the fixtures are missing
    with tempfile.TemporaryDirectory(prefix="policyparse-compiled-") as scratch:
        compiled = Path(scratch) / "src"
        seconds = build(compiled)
        runs: dict[str, list[dict[str, Any]]] = {"pure Python": [], "compiled": []}
        for _ in range(rounds):
            runs["pure Python"].append(_run(ROOT / "src"))
            runs["compiled"].append(_run(compiled))
    for name, results in runs.items():
        assert all(result["compiled"] == (name == "compiled") for result in results), name
    return {"build_seconds": seconds, "modules": list(COMPILED), "runs": runs}


def table(result: dict[str, Any]) -> str:
    """The Markdown report of :func:`run`."""
    runs = result["runs"]
    reference = runs["pure Python"][0]["outputs"]
    lines = [
        "| build | 160 pool texts, CPU s (best of the rounds) | deadline-dense ÷ normal (median) | JSON of every pool text |",
        "|---|---|---|---|",
    ]
    for name, results in runs.items():
        pool = min(item["pool_seconds"] for item in results)
        ratios = sorted(item["dense_ratio"] for item in results)
        same = {item["outputs"] for item in results} == {reference}
        lines.append(
            f"| {name} | {pool:.2f} | {ratios[len(ratios) // 2]:.2f}× | "
            f"{'the same as pure Python' if same else '**different**'} |"
        )
    pure = min(item["pool_seconds"] for item in runs["pure Python"])
    fast = min(item["pool_seconds"] for item in runs["compiled"])
    lines.append(
        f"\nmypyc compiled {', '.join(result['modules'])} in {result['build_seconds']:.0f} s; "
        f"{len(runs['compiled'])} rounds, interleaved; the compiled copy takes "
        f"{fast / pure:.2f} of the pure-Python time on the pool texts."
    )
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of each copy")
    options = parser.parse_args()
    if options.measure:
        print(json.dumps(measure()))
        return
    print(table(run(options.rounds)))
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
