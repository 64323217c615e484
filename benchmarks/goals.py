"""The goals of issue 17, one row each, measured the same way every time.

    python benchmarks/goals.py            # every row, printed as a Markdown table
    python benchmarks/goals.py --only cold_start fallback

Rows (``ROWS``; each a function returning the figures of its row):

* ``throughput`` — full :func:`policyparse.parse` ÷ ``jieba.cut`` over the same pool texts in
  the same process, rounds interleaved (parse, jieba, parse, jieba …), CPU time of this process;
  the median of the per-round ratios.
* ``cold_start`` — ``policyparse parse examples/000.txt`` in a fresh process.
* ``fallback`` — ``policyparse parse`` of pool document 001 (its tasks come from the
  action-section fallback) in a fresh process: time and peak resident memory.
* ``deadlines`` — ``到2025年，完成建设；`` repeated to 200 k characters against the normal
  document (the dev fixtures one after another), per character, both parsed warm in one fresh
  process, rounds interleaved (the normal document three times, then the dense text, in each);
  the median of the per-round ratios. Its control: the targets' models made again from their
  values, validated, per character (what the output alone costs).
* ``memory_cli`` / ``memory_api`` — 10 MB (UTF-8) of real text, the pool's texts one after
  another, through ``policyparse parse FILE`` and through :func:`policyparse.parse_file`, each in
  a fresh process: peak resident memory above the same process run on a one-line file, per
  input character. ``memory_repeated`` — the same for 10 M characters of the normal document
  repeated, through the API.
* ``batch`` — ``run_batch`` over the 359 files of ``benchmarks/batch.py`` (pool documents and a
  sample of lawrefbook), 2 workers ÷ 1 worker, wall time, the fastest of the interleaved rounds
  of each, with the cores other processes used during each round. Its control: the same files
  split evenly by parse time between two processes forked from the same warm process, without
  a pool (:func:`batch.measure_independent`), in the same rounds: what the machine gives two
  processes, and how much more CPU they use than one.

Whole-process times are given as wall time and as CPU time (user + system of the child, from
``os.wait4``); on a machine shared with other work the wall time measures the queue as much as
the program, so the goal is judged on the CPU time of a single-process row and the load
average is printed with the table. Needs the pool (``shared/corpus/pool`` beside the checkout
or one of its parents); rows that need it are skipped without it.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, SHARED, markdown_table, normal_text, per_char, repeat_to

POOL = SHARED / "corpus" / "pool" if SHARED else None
EXAMPLE = ROOT / "examples" / "000.txt"
FALLBACK_DOCUMENT = "001.txt"
MEMORY_BYTES = 10_000_000
DEADLINE_CHARS = 200_000
DEADLINE_TEXT = "到2025年，完成建设；"


# ----------------------------------------------------------------------------- processes


def _cli() -> list[str]:
    script = Path(sys.executable).parent / "policyparse"
    return [str(script)] if script.exists() else [sys.executable, "-m", "policyparse"]


#: GNU time, to read a child's peak memory: ``ru_maxrss`` from ``os.wait4`` also counts the
#: memory of this (larger) process, which the child is a copy of until it execs.
GNU_TIME = Path("/usr/bin/time")


def run_process(argv: Sequence[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run ``argv`` (output discarded); its wall seconds, CPU seconds and peak RSS in MB."""
    with tempfile.TemporaryFile() as errors, tempfile.NamedTemporaryFile("r") as peak:
        wrapper = [str(GNU_TIME), "-f", "%M", "-o", peak.name] if GNU_TIME.exists() else []
        start = time.perf_counter()
        process = subprocess.Popen([*wrapper, *argv], stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace").strip().splitlines()
            raise RuntimeError(f"{argv} exited {process.returncode}: {message[-1] if message else ''}")
        reported = peak.read().split()
    peak_mb = int(reported[-1]) / 1024 if reported else usage.ru_maxrss / 1024
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": peak_mb}


def own_peak_mb() -> float:
    """This process's peak resident memory in MB (``VmHWM``: of this program alone, unlike
    ``ru_maxrss``, which also holds the parent's memory copied before the exec)."""
    import resource

    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def repeated_runs(argv: Sequence[str], runs: int, env: dict[str, str] | None = None) -> dict[str, Any]:
    """``runs`` fresh processes after one warm-up: min, median and max of each figure."""
    run_process(argv, env)
    samples = [run_process(argv, env) for _ in range(runs)]
    return {
        key: {
            "min": min(s[key] for s in samples),
            "median": statistics.median(s[key] for s in samples),
            "max": max(s[key] for s in samples),
        }
        for key in ("wall", "cpu", "peak_mb")
    } | {"runs": runs}


def in_worker(function: str, *args: str, timeout: float = 900) -> dict[str, Any]:
    """Run ``function`` of this module in a fresh interpreter; its JSON result."""
    code = f"import sys, json; sys.path.insert(0, {str(Path(__file__).parent)!r}); import goals; "
    code += f"print(json.dumps(goals.{function}(*{list(args)!r})))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{function} failed: {done.stderr.strip().splitlines()[-1:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ----------------------------------------------------------------------------- inputs


def pool_texts() -> list[str]:
    """The pool's real texts: its 59 documents and the government work reports (national, provincial)."""
    import csv

    from policyparse.io import load

    assert POOL is not None
    texts = [
        load(path).text for path in sorted((POOL / "docs").iterdir()) if path.suffix in {".txt", ".html"}
    ]
    reports = POOL / "work_reports"
    with (reports / "government_work_reports.jsonl").open(encoding="utf-8") as lines:
        texts += [json.loads(line)["content"] for line in lines if line.strip()]
    csv.field_size_limit(1 << 30)
    for path in sorted(reports.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as rows:
            texts += [row["full_text"] for row in csv.DictReader(rows)]
    return [text for text in texts if text.strip()]


def real_text_file(directory: Path, size_bytes: int = MEMORY_BYTES) -> tuple[Path, int]:
    """A UTF-8 file of ``size_bytes`` of real text: the pool texts, then lawrefbook's laws, one
    after another (no text repeated); its path and its length in characters."""
    assert POOL is not None
    law_dir = POOL / "lawrefbook"
    laws = (
        p.read_text(encoding="utf-8")
        for p in sorted(law_dir.rglob("*.md"), key=lambda p: p.relative_to(law_dir).as_posix())
    )
    pieces: list[str] = []
    total = 0
    for text in itertools.chain(pool_texts(), laws):
        pieces.append(text)
        total += len(text.encode("utf-8")) + 2
        if total >= size_bytes:
            break
    data = "\n\n".join(pieces).encode("utf-8")[:size_bytes].decode("utf-8", errors="ignore")
    path = directory / "real_10mb.txt"
    path.write_text(data, encoding="utf-8")
    return path, len(data)


# ----------------------------------------------------------------------------- rows


def throughput(rounds: int = 3) -> dict[str, Any]:
    """policyparse ÷ jieba.cut over the pool texts, in this process, on CPU time."""
    import jieba

    from policyparse import parse

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = pool_texts()

    def parse_all() -> None:
        for text in texts:
            parse(text, max_chars=None)

    def cut_all() -> None:
        for text in texts:
            for _ in jieba.cut(text):
                pass

    def cpu(run: Callable[[], None]) -> float:
        start = time.process_time()
        run()
        return time.process_time() - start

    parse_all()  # warm-up: lazy tables, compiled patterns
    cut_all()
    ratios, parse_seconds, jieba_seconds = [], [], []
    for _ in range(rounds):
        parse_seconds.append(cpu(parse_all))
        jieba_seconds.append(cpu(cut_all))
        ratios.append(jieba_seconds[-1] / parse_seconds[-1])
    chars = sum(map(len, texts))
    return {
        "texts": len(texts),
        "chars": chars,
        "parse_seconds": statistics.median(parse_seconds),
        "jieba_seconds": statistics.median(jieba_seconds),
        "ratios": ratios,
        "value": statistics.median(ratios),
    }


def _cache_env(directory: str) -> dict[str, str]:
    """The environment with the pattern cache in ``directory`` (``""``: no cache)."""
    return {**os.environ, "POLICYPARSE_CACHE_DIR": directory}


def _cached_and_first(argv: list[str], runs: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`repeated_runs` of ``argv`` with the pattern cache in a new directory (the warm-up
    writes it), and of a first run on a machine, without the cache."""
    with tempfile.TemporaryDirectory() as cache:
        cached = repeated_runs(argv, runs, _cache_env(cache))
    return cached, repeated_runs(argv, max(3, runs // 2), _cache_env(""))


def cold_start(runs: int = 9) -> dict[str, Any]:
    """``policyparse parse examples/000.txt`` in a fresh process; also ``import policyparse``.

    With the compiled patterns cached by an earlier run (the warm-up writes them to a new
    directory), and, as a first run on a machine would be, without the cache.
    """
    parse_figures, uncached = _cached_and_first([*_cli(), "parse", str(EXAMPLE)], runs)
    import_figures = repeated_runs([sys.executable, "-c", "import policyparse"], runs)
    return {
        "parse": parse_figures,
        "uncached": uncached,
        "import": import_figures,
        "value": parse_figures["cpu"]["median"],
    }


def fallback(runs: int = 5) -> dict[str, Any]:
    """``policyparse parse`` of pool 001 in a fresh process; and whether jieba.posseg was loaded."""
    assert POOL is not None
    path = POOL / "docs" / FALLBACK_DOCUMENT
    figures, uncached = _cached_and_first([*_cli(), "parse", str(path)], runs)
    probe = (
        "import sys, policyparse; n = policyparse.parse_file(sys.argv[1]); "
        "print(len(n.tasks), 'jieba.posseg' in sys.modules, 'jieba' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True, timeout=300
    )
    tasks, posseg, jieba_loaded = done.stdout.split()
    return figures | {
        "uncached": uncached,
        "tasks": int(tasks),
        "posseg_loaded": posseg == "True",
        "jieba_loaded": jieba_loaded == "True",
        "value": figures["cpu"]["median"],
    }


def deadline_density(rounds: int = 5, normal_runs: int = 3) -> dict[str, Any]:
    """µs per character of deadline-dense text ÷ the normal document's, both warm (worker).

    Rounds interleaved: each parses the normal document ``normal_runs`` times (their median)
    and then the dense text once, and gives the round's ratio; the value is the median of the
    rounds' ratios. A machine that slows down for a while slows both sides of a round alike
    (measured one after the other, a slow spell over the normal parses alone read 4.07× for
    6.20×)."""
    from policyparse import parse

    normal = normal_text()
    dense = repeat_to(DEADLINE_TEXT, DEADLINE_CHARS)
    parse(normal, max_chars=None)  # warm-up: the first parse compiles and loads what it uses
    parse(dense[:20_000], max_chars=None)
    normal_us, dense_us, ratios = [], [], []
    for _ in range(rounds):
        normal_us.append(per_char(normal, normal_runs))
        dense_us.append(per_char(dense, 1))
        ratios.append(dense_us[-1] / normal_us[-1])
    notice = parse(dense, max_chars=None)
    return {
        "normal_chars": len(normal),
        "normal_us_per_char": statistics.median(normal_us),
        "dense_chars": len(dense),
        "dense_us_per_char": statistics.median(dense_us),
        "targets": len(notice.targets),
        "models_us_per_char": statistics.median(_models_per_char(notice) for _ in range(3)),
        "ratios": ratios,
        "value": statistics.median(ratios),
    }


def _models_per_char(notice: Any) -> float:
    """CPU µs per character of making the notice's targets again from their values, each
    target and its deadline validated as a parse makes them: what the output alone costs."""
    values = [(type(t), dict(t), type(t.deadline), dict(t.deadline)) for t in notice.targets]
    start = time.process_time()
    for target_type, fields, deadline_type, deadline in values:
        target_type(**(fields | {"deadline": deadline_type(**deadline)}))
    return (time.process_time() - start) / len(notice.text) * 1e6


def _api_peak(path: str) -> dict[str, Any]:
    """Worker: peak RSS of :func:`policyparse.parse_file` on ``path`` (no size limit)."""
    import policyparse

    notice = policyparse.parse_file(path, max_chars=None)
    return {"chars": len(notice.text), "peak_mb": own_peak_mb()}


def _memory(path: Path, chars: int, via: str) -> dict[str, Any]:
    tiny = path.parent / "tiny.txt"
    tiny.write_text("一、总体要求\n到2025年，完成建设。\n", encoding="utf-8")

    def peak(target: Path) -> float:
        if via == "cli":
            return run_process([*_cli(), "parse", "--max-chars", "0", str(target)])["peak_mb"]
        return float(in_worker("_api_peak", str(target))["peak_mb"])

    base, full = peak(tiny), peak(path)
    return {
        "chars": chars,
        "baseline_mb": base,
        "peak_mb": full,
        "value": (full - base) * 1024 * 1024 / chars,
        "total_bytes_per_char": full * 1024 * 1024 / chars,
    }


def memory_cli() -> dict[str, Any]:
    """10 MB of real text through ``policyparse parse FILE``: bytes per character above a tiny parse."""
    with tempfile.TemporaryDirectory() as directory:
        path, chars = real_text_file(Path(directory))
        return _memory(path, chars, "cli")


def memory_api() -> dict[str, Any]:
    """10 MB of real text through :func:`policyparse.parse_file`."""
    with tempfile.TemporaryDirectory() as directory:
        path, chars = real_text_file(Path(directory))
        return _memory(path, chars, "api")


def memory_repeated() -> dict[str, Any]:
    """10 M characters of the normal document repeated, through :func:`policyparse.parse_file`."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "repeated.txt"
        path.write_text(repeat_to(normal_text(), 10_000_000), encoding="utf-8")
        return _memory(path, 10_000_000, "api")


def batch_inputs(laws: int = 300) -> list[Any]:
    """The fixed 359 files: pool/docs (59) and the first 300 of lawrefbook by relative path."""
    from policyparse.batch import Input

    assert POOL is not None
    docs = sorted(p for p in (POOL / "docs").iterdir() if p.suffix in {".txt", ".html", ".htm"})
    law_dir = POOL / "lawrefbook"
    every = sorted(law_dir.rglob("*.md"), key=lambda p: p.relative_to(law_dir).as_posix())
    return [Input(str(p), p.name) for p in docs + every[:laws]]


def batch(rounds: int = 5) -> dict[str, Any]:
    """2 workers ÷ 1 worker over the 359 files: the fastest round of each (wall time, rounds interleaved).

    Another process can only make a round slower, never faster, so the fastest round of each
    setting is the one least disturbed (as :mod:`timeit` takes the minimum); every round's ratio
    and the cores other processes kept busy during it are reported beside it.
    """
    import batch as batch_benchmark

    from policyparse.batch import run_batch, warm_up

    inputs = batch_inputs()
    for _ in run_batch(inputs[:20]):  # warm this process up (the 1-worker run parses in it)
        pass
    warm_up()  # what the first 2-worker run would otherwise load before forking
    groups = batch_benchmark.split_by_time(inputs, 2)  # for the control: no pool, two processes
    runs: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    independent: list[dict[str, float]] = []
    for _ in range(rounds):
        for workers in (1, 2):
            runs[workers].append(batch_benchmark.measure(inputs, workers))
        independent.append(batch_benchmark.measure_independent(groups))
    ratios = [one["seconds"] / two["seconds"] for one, two in zip(runs[1], runs[2], strict=True)]
    fastest = {w: min(found, key=lambda run: run["seconds"]) for w, found in runs.items()}
    control = min(independent, key=lambda run: run["seconds"])
    one_cpu = statistics.median(run["cpu_seconds"] for run in runs[1])
    return {
        "files": len(inputs),
        "one": fastest[1],
        "two": fastest[2],
        "ratios": ratios,
        "others_busy": [
            max(one["others_busy"], two["others_busy"], alone["others_busy"])
            for one, two, alone in zip(runs[1], runs[2], independent, strict=True)
        ],
        # the control: the same files split evenly between two forked processes without a pool
        "independent": control,
        "independent_ratio": fastest[1]["seconds"] / control["seconds"],
        "independent_cpu": statistics.median(run["cpu_seconds"] for run in independent) / one_cpu,
        "pool_cpu": statistics.median(run["cpu_seconds"] for run in runs[2]) / one_cpu,
        "value": fastest[1]["seconds"] / fastest[2]["seconds"],
    }


# ----------------------------------------------------------------------------- the table

#: How to read the table (printed under it; it says how, never what the figures were).
NOTES = (
    "How each row is measured (`benchmarks/goals.py`): single-process rows are judged on the CPU "
    "time (user + system) of a fresh process, with its wall time beside it (median, min–max over "
    "the runs), because on a shared machine the wall time also counts the wait for a core; the "
    "jieba ratio and the deadline row take CPU time inside one process, rounds interleaved; memory "
    "is the peak resident set of a fresh process (GNU time's %M, or the process's own VmHWM) above "
    "the same process run on a one-line input, "
    "per input character (the total per character beside it); the batch row is wall time, the "
    "fastest of interleaved rounds of each setting (another process can only slow a round "
    "down), with the CPUs the runs kept busy and, per round, the cores other processes of the "
    "machine used meanwhile (from /proc/stat; above about 0.1 the machine was shared), and its "
    "control: two forked processes without a pool, each parsing half of the files (split by "
    "their parse time), the fastest round, with their CPU time against one process's (medians). "
    "The deadline row's control makes each target and its deadline again from their values, "
    "validated, CPU time per character of the dense text. The 10 MB of real text are the pool's texts and then "
    "lawrefbook's laws, one after another; the 160 pool texts are its 59 documents and its 101 "
    "government work reports."
)

#: name → (what is measured, goal text, test of the value, needs the pool)
ROWS: dict[str, tuple[str, str, Callable[[float], bool], bool]] = {
    "throughput": ("full `parse` ÷ `jieba.cut`, same texts, same process", "≥ 4×", lambda v: v >= 4.0, True),
    "cold_start": ("`policyparse parse examples/000.txt`, cold", "≤ 0.30 s", lambda v: v <= 0.30, False),
    "fallback": ("pool 001 (task fallback), cold: time", "≤ 0.40 s", lambda v: v <= 0.40, True),
    "deadlines": (
        "`到2025年，完成建设；` per character ÷ a normal document",
        "≤ 2×",
        lambda v: v <= 2.0,
        False,
    ),
    "memory_cli": ("peak memory, 10 MB of real text through the CLI", "≤ 25 B/char", lambda v: v <= 25, True),
    "memory_api": ("peak memory, 10 MB of real text through the API", "≤ 25 B/char", lambda v: v <= 25, True),
    "memory_repeated": (
        "peak memory, 10 M characters of repeated text (API)",
        "≤ 25 B/char",
        lambda v: v <= 25,
        False,
    ),
    "batch": ("batch, 359 files: 2 workers ÷ 1 worker", "≥ 1.85×", lambda v: v >= 1.85, True),
}

MEASURE: dict[str, Callable[[], dict[str, Any]]] = {
    "throughput": lambda: in_worker("throughput"),
    "cold_start": cold_start,
    "fallback": fallback,
    "deadlines": lambda: in_worker("deadline_density"),
    "memory_cli": memory_cli,
    "memory_api": memory_api,
    "memory_repeated": memory_repeated,
    "batch": lambda: in_worker("batch"),
}


def _spread(figure: dict[str, float], unit: str = " s") -> str:
    return f"{figure['median']:.2f}{unit} ({figure['min']:.2f}–{figure['max']:.2f})"


def measured_text(name: str, result: dict[str, Any]) -> str:
    """What the row's cell says: the judged value and the figures behind it."""
    value = result["value"]
    if name == "throughput":
        ratios = ", ".join(f"{r:.2f}" for r in result["ratios"])
        return (
            f"**{value:.2f}×** (rounds {ratios}; {result['texts']} texts, {result['chars']:,} chars: "
            f"parse {result['parse_seconds']:.1f} s, jieba {result['jieba_seconds']:.1f} s CPU)"
        )
    if name == "cold_start":
        parse, imported = result["parse"], result["import"]
        return (
            f"**{value:.2f} s** CPU, wall {_spread(parse['wall'])}, {parse['peak_mb']['median']:.0f} MB; "
            f"first run, before the pattern cache is written: {result['uncached']['cpu']['median']:.2f} s CPU; "
            f"`import policyparse` {imported['cpu']['median']:.2f} s CPU, wall {_spread(imported['wall'])}"
        )
    if name == "fallback":
        posseg = "loaded" if result["posseg_loaded"] else "not loaded"
        return (
            f"**{value:.2f} s** CPU, wall {_spread(result['wall'])}, peak "
            f"**{result['peak_mb']['median']:.0f} MB**; first run, before the pattern cache is written: "
            f"{result['uncached']['cpu']['median']:.2f} s CPU; {result['tasks']} tasks; jieba.posseg {posseg}"
        )
    if name == "deadlines":
        return (
            f"**{value:.2f}×** (rounds {', '.join(f'{r:.2f}' for r in result['ratios'])}; "
            f"{result['dense_us_per_char']:.2f} µs/char over {result['dense_chars']:,} chars; "
            f"normal {result['normal_us_per_char']:.2f} µs/char over {result['normal_chars']:,}, warm medians"
            f"{_models_text(result)})"
        )
    if name.startswith("memory"):
        return (
            f"**{value:.1f} B/char** ({result['peak_mb']:.0f} MB peak − {result['baseline_mb']:.0f} MB for a "
            f"one-line input, {result['chars']:,} chars; {result['total_bytes_per_char']:.0f} B/char in all)"
        )
    if name == "batch":
        one, two = result["one"], result["two"]
        others = ", ".join(f"{busy:.2f}" for busy in result["others_busy"])
        return (
            f"**{value:.2f}×** (fastest of {len(result['ratios'])} rounds: {one['seconds']:.2f} s vs "
            f"{two['seconds']:.2f} s, CPUs busy {one['cpus_busy']:.2f} and {two['cpus_busy']:.2f}; "
            f"{result['files']} files; per-round ratios {', '.join(f'{r:.2f}' for r in result['ratios'])}, "
            f"cores used by other processes {others}){_batch_control(result)}"
        )
    return f"{value:.2f}"


def _models_text(result: dict[str, Any]) -> str:
    """The deadline row's control: what making its targets' models alone costs."""
    if "models_us_per_char" not in result:
        return ""
    models = result["models_us_per_char"]
    return (
        f"; control, making its {result['targets']:,} targets' models again from their values, "
        f"validated: {models:.2f} µs/char, {models / result['normal_us_per_char']:.2f}× the normal "
        f"document's whole parse"
    )


def _batch_control(result: dict[str, Any]) -> str:
    """The batch row's control: what two processes without a pool get on this machine."""
    if "independent" not in result:
        return ""
    return (
        f"; control, the same files split evenly by parse time between two forked processes without "
        f"a pool: {result['independent_ratio']:.2f}× ({result['independent']['seconds']:.2f} s), their CPU "
        f"{result['independent_cpu'] - 1:+.0%} over one process's (the pool's workers and parent: "
        f"{result['pool_cpu'] - 1:+.0%})"
    )


def verdict(name: str, result: dict[str, Any]) -> str:
    """``pass`` or ``fail`` (the fallback row must meet its memory goal too)."""
    ok = ROWS[name][2](result["value"])
    if name == "fallback":
        ok = ok and result["peak_mb"]["median"] <= 100 and not result["posseg_loaded"]
    return "pass" if ok else "**fail**"


def run(only: Sequence[str] = ()) -> dict[str, Any]:
    """Measure every row (or ``only`` those); rows needing the pool are skipped without it."""
    results: dict[str, Any] = {}
    for name in only or ROWS:
        if ROWS[name][3] and POOL is None:
            results[name] = {"skipped": "the pool (shared/corpus/pool) is not beside this checkout"}
            continue
        print(f"  {name} …", file=sys.stderr, flush=True)
        started = time.monotonic()
        results[name] = MEASURE[name]() | {"run_seconds": time.monotonic() - started}
    return results


def table(results: dict[str, Any]) -> str:
    """The goals as one Markdown table."""
    rows = []
    for name, result in results.items():
        what, goal = ROWS[name][0], ROWS[name][1]
        if name == "fallback":
            goal = f"{goal}, ≤ 100 MB"
        if "skipped" in result:
            rows.append([what, result["skipped"], goal, "not measured"])
        else:
            rows.append([what, measured_text(name, result), goal, verdict(name, result)])
    return markdown_table(["measure", "measured", "goal", ""], rows)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], choices=list(ROWS), help="rows to measure")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args()
    load = os.getloadavg()[0]
    results = run(options.only)
    print(table(results))
    print(f"\nload average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
