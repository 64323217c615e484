"""Shared helpers of the benchmark scripts: the corpora, timing, slopes, Markdown tables.

Benchmarks are scripts, not tests: they may read ``../shared/corpus`` when it is present.
"""

from __future__ import annotations

import math
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "dev"


def _find_shared() -> Path | None:
    """``shared/`` (with ``corpus/pool``): ``$POLICYPARSE_SHARED``, else beside the checkout or
    beside one of its ancestors."""
    if given := os.environ.get("POLICYPARSE_SHARED"):
        return Path(given) if (Path(given) / "corpus" / "pool" / "docs").is_dir() else None
    for base in ROOT.parents:
        if (base / "shared" / "corpus" / "pool" / "docs").is_dir():
            return base / "shared"
    return None


#: The shared corpus directory, or None where it is absent (the benchmarks then use the fixtures).
SHARED = _find_shared()
POOL = SHARED / "corpus" / "pool" / "docs" if SHARED else FIXTURES / "absent"
RESULTS = ROOT / "benchmarks" / "results"
DOC_SUFFIXES = {".txt", ".html", ".htm"}


def document_paths(include_pool: bool = True) -> list[Path]:
    """The 45 dev fixtures, plus the pool's real documents when ``../shared`` is present."""
    paths = sorted(p for p in FIXTURES.iterdir() if p.suffix in DOC_SUFFIXES)
    if include_pool and POOL.is_dir():
        paths += sorted(p for p in POOL.iterdir() if p.suffix in DOC_SUFFIXES)
    return paths


def load_texts(paths: Sequence[Path]) -> list[str]:
    """The text of each document as policyparse reads it (encodings detected, HTML extracted)."""
    from policyparse.io import load

    return [load(path).text for path in paths]


def normal_text() -> str:
    """A normal document for per-character baselines: the dev fixtures, one after another."""
    return "\n".join(load_texts(document_paths(include_pool=False)))


def repeat_to(text: str, size: int) -> str:
    """``text`` repeated and cut to exactly ``size`` characters."""
    if not text:
        raise ValueError("cannot repeat an empty text")
    times = size // len(text) + 1
    return (text * times)[:size]


def timed(run: Callable[[], Any], *, min_seconds: float = 0.0, max_rounds: int = 50) -> float:
    """CPU seconds one call of ``run`` takes: the best of as many rounds as fit ``min_seconds``.

    CPU time of this process, not wall time: on a shared machine the wall time also measures
    how long the process waited for a core.
    """
    best = math.inf
    spent = 0.0
    rounds = 0
    while rounds < 1 or (spent < min_seconds and rounds < max_rounds):
        start = time.process_time()
        run()
        elapsed = time.process_time() - start
        best = min(best, elapsed)
        spent += elapsed
        rounds += 1
    return best


def per_char(text: str, runs: int) -> float:
    """CPU µs per character of parsing ``text`` (warm): the median of ``runs`` parses."""
    import statistics

    from policyparse import parse

    samples = []
    for _ in range(runs):
        start = time.process_time()
        parse(text, max_chars=None)
        samples.append((time.process_time() - start) / len(text) * 1e6)
    return statistics.median(samples)


def loglog_slope(sizes: Sequence[float], seconds: Sequence[float]) -> float | None:
    """Least-squares exponent ``k`` of ``seconds ∝ size**k`` (1.0 is linear, 2.0 quadratic)."""
    points = [(math.log(n), math.log(t)) for n, t in zip(sizes, seconds, strict=True) if n > 0 and t > 0]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    var = sum((x - mean_x) ** 2 for x, _ in points)
    if var == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / var


def machine() -> dict[str, Any]:
    """Where the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu,
        "cores": usable,
        "python": sys.version.split()[0],
        "platform": platform.platform(terse=True),
    }


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A GitHub-flavoured Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def human_rate(chars_per_second: float) -> str:
    """``1234567`` → ``1.23 M``."""
    for factor, suffix in ((1e6, " M"), (1e3, " k")):
        if chars_per_second >= factor:
            return f"{chars_per_second / factor:.2f}{suffix}"
    return f"{chars_per_second:.0f}"


# ------------------------------------------------------------ inputs and the measuring worker


#: Kinds of input the worker can build, by name: a function from size (characters) to text.
def _build(kind: str, size: int) -> str:
    import random

    if kind == "real":  # a real document made by repetition (the dev fixtures, one after another)
        return repeat_to(normal_text(), size)
    if kind == "no_newline":  # real text with every line break removed
        return repeat_to(normal_text().replace("\r", "").replace("\n", ""), size)
    if kind == "yi_dun":  # 一、一、一、…
        return repeat_to("一、", size)
    if kind == "open_paren":  # （（（…
        return "（" * size
    if kind == "digits":  # random digits
        rng = random.Random(size)
        return "".join(rng.choices("0123456789", k=size))
    if kind == "heading_lines":  # a heading on every line
        return repeat_to("一、总体要求\n（一）指导思想\n1.加快建设\n", size)
    if kind == "deadlines":  # a deadline every few characters
        return repeat_to("到2025年，完成建设；", size)
    if kind == "dated_events":  # a date in every short sentence, none of them a target (control)
        return repeat_to("在2025年召开会议。", size)
    if kind == "short_sentences":  # short sentences without a date (control)
        return repeat_to("加快完成建设工作；", size)
    if kind == "spaced_deadlines":  # deadline forms with spaces inside and broken ones between
        return repeat_to("到 2025 年，2019 年 6 月 30 日前，用 3 年时间，  2  2 年 年  月 日，", size)
    if kind == "deep_html":  # an HTML page of nested blocks, one inside the other
        depth = max(1, (size - 2) // 11)
        return "<div>" * depth + "正文" + "</div>" * depth
    if kind == "ellipsis_run":  # a table-of-contents leader: ………… without a page number
        return "…" * size
    if kind == "assignment_notes":  # responsibility notes back to back
        return repeat_to("（省发展改革委牵头，省财政厅、省教育厅配合）", size)
    raise ValueError(f"unknown input kind {kind!r}")


INPUT_KINDS = (
    "real",
    "no_newline",
    "yi_dun",
    "open_paren",
    "digits",
    "heading_lines",
    "deadlines",
    "dated_events",
    "short_sentences",
    "assignment_notes",
    "ellipsis_run",
    "spaced_deadlines",
    "deep_html",
)
#: Kinds whose input is an HTML page: timed from the markup (``html_to_text``) to the notice.
HTML_KINDS = frozenset({"deep_html"})


def _rss_mb() -> float:
    """Current resident set size of this process in MB (Linux), else 0."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _peak_rss_mb() -> float:
    """Peak resident memory of this process in MB: ``VmHWM`` where Linux gives it (``ru_maxrss``
    also holds the parent's memory that this process was a copy of before its exec)."""
    import resource

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1e3
    except OSError:
        pass

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def worker(kind: str, sizes: Sequence[int], budget: float, normal_runs: int = 0) -> None:
    """Parse inputs of ``kind`` at growing ``sizes``, printing one JSON line per size (CPU seconds).

    Stops before a size whose predicted time (from the growth seen so far, at least linear)
    exceeds ``budget`` seconds, printing a ``skipped`` line instead. With ``normal_runs``, the
    normal document (:func:`normal_text`) is then parsed in the same process, once to warm up and
    ``normal_runs`` times timed, and a last line gives its median µs per character: a baseline
    taken where and when the input was, so that a slow spell of the machine cannot fall on one
    of them alone.
    """
    import json

    from policyparse import parse
    from policyparse.io.html import html_to_text

    parse("一、总体要求\n到2025年，完成建设。\n")  # warm-up
    previous: tuple[int, float] | None = None
    exponent = 1.0
    for size in sorted(sizes):
        if previous is not None:
            predicted = previous[1] * (size / previous[0]) ** max(1.0, exponent)
            if predicted > budget:
                print(
                    json.dumps({"kind": kind, "size": size, "skipped": True, "predicted": predicted}),
                    flush=True,
                )
                break
        text = _build(kind, size)
        before = _rss_mb()
        start, wall_start = time.process_time(), time.perf_counter()
        notice = parse(html_to_text(text).text if kind in HTML_KINDS else text, max_chars=None)
        seconds, wall = time.process_time() - start, time.perf_counter() - wall_start
        crashes = [d.message for d in notice.diagnostics if d.code == "E901"]
        line = {
            "kind": kind,
            "size": size,
            "seconds": seconds,
            "wall_seconds": wall,
            "rss_before_mb": before,
            "peak_rss_mb": _peak_rss_mb(),
            "crashes": crashes,
        }
        print(json.dumps(line, ensure_ascii=False), flush=True)
        if previous is not None and previous[1] > 0.05:
            exponent = math.log(seconds / previous[1]) / math.log(size / previous[0])
        previous = (size, seconds)
        del notice, text
    if normal_runs and previous is not None:
        normal = normal_text()
        parse(normal, max_chars=None)  # warm-up: what the input did not need is compiled here
        baseline = {
            "kind": kind,
            "normal_chars": len(normal),
            "normal_us_per_char": per_char(normal, normal_runs),
        }
        print(json.dumps(baseline), flush=True)


def measure(
    kind: str, sizes: Sequence[int], *, budget: float = 40.0, timeout: float = 150.0, normal_runs: int = 0
) -> list[dict[str, Any]]:
    """Run :func:`worker` in a fresh process; its JSON lines (a ``timeout`` line if it was killed)."""
    import json
    import subprocess

    argv = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        kind,
        str(budget),
        str(normal_runs),
        *map(str, sizes),
    ]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
        output, error = done.stdout, done.stderr if done.returncode else ""
    except subprocess.TimeoutExpired as expired:
        raw = expired.stdout or b""
        output = raw.decode() if isinstance(raw, bytes) else raw
        error = f"timeout after {timeout:.0f} s"
    lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    if error:
        lines.append({"kind": kind, "error": error.strip().splitlines()[-1] if error.strip() else "failed"})
    return lines


if __name__ == "__main__" and len(sys.argv) > 4 and sys.argv[1] == "--worker":
    worker(sys.argv[2], [int(s) for s in sys.argv[5:]], float(sys.argv[3]), int(sys.argv[4]))
