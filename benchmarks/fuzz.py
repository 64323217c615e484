"""Fuzz :func:`policyparse.parse` and the byte readers with atheris, for a bounded time.

Three targets, chosen by the first byte of each input:

* ``bytes``: :func:`policyparse.io.load_bytes` (as a ``.txt``, ``.html`` or unnamed file), then
  :func:`policyparse.parse` — the path of :func:`policyparse.parse_file`;
* ``text``: ``parse`` of a string drawn from the bytes (no lone surrogates);
* ``surrogates``: the same with lone surrogates allowed (a known crash, counted apart).

A crash is an exception other than :class:`~policyparse.io.InputError` (a file policyparse
refuses with a clear message), or an E901 diagnostic (a stage that failed and was skipped).
Crashes are recorded and fuzzing goes on; their inputs are written to ``--crash-dir``.
The report gives inputs tried, crashes by signature, and the slowest input per character.

Run: ``python benchmarks/fuzz.py --seconds 60`` (the fuzzer runs in a child process; libFuzzer
options can follow ``--``).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import FIXTURES, RESULTS

STATS_EVERY = 2.0  # seconds between stats snapshots written by the child
MIN_CHARS_FOR_RATE = 200  # shorter inputs are not ranked by time per character


class Recorder:
    """Counts inputs, records crashes and the slowest input per character; snapshots to JSON."""

    def __init__(self, stats_path: Path, crash_dir: Path) -> None:
        self.stats_path = stats_path
        self.crash_dir = crash_dir
        self.stats: dict[str, Any] = {
            "inputs": 0,
            "by_target": {},
            "crashes": 0,
            "known_surrogate_crashes": 0,
            "signatures": {},
            "slowest": None,
        }
        self.last_write = 0.0

    def tried(self, target: str) -> None:
        """Count one input."""
        self.stats["inputs"] += 1
        self.stats["by_target"][target] = self.stats["by_target"].get(target, 0) + 1

    def would_be_slowest(self, text: str, seconds: float) -> bool:
        """True when this input would become the slowest per character."""
        slowest = self.stats["slowest"]
        rate = seconds / max(len(text), 1) * 1e6
        return len(text) >= MIN_CHARS_FOR_RATE and (slowest is None or rate > slowest["us_per_char"])

    def timing(self, target: str, text: str, seconds: float) -> None:
        """Keep the slowest input per character."""
        if len(text) < MIN_CHARS_FOR_RATE:
            return
        rate = seconds / len(text) * 1e6
        slowest = self.stats["slowest"]
        if slowest is None or rate > slowest["us_per_char"]:
            self.stats["slowest"] = {
                "us_per_char": rate,
                "chars": len(text),
                "seconds": seconds,
                "target": target,
                "head": text[:80].encode("unicode_escape").decode("ascii"),
            }

    def crash(self, target: str, signature: str, data: bytes) -> None:
        """Record a crash and save its input."""
        if target == "surrogates" and "surrogates not allowed" in signature:
            self.stats["known_surrogate_crashes"] += 1
            return
        self.stats["crashes"] += 1
        entry = self.stats["signatures"].setdefault(signature, {"count": 0, "example": None})
        entry["count"] += 1
        if entry["example"] is None or len(data) < entry["example_size"]:
            name = f"crash-{hashlib.sha1(data).hexdigest()[:12]}"
            self.crash_dir.mkdir(parents=True, exist_ok=True)
            (self.crash_dir / name).write_bytes(data)
            entry["example"] = str(self.crash_dir / name)
            entry["example_size"] = len(data)

    def maybe_write(self, force: bool = False) -> None:
        """Write the stats snapshot every few seconds."""
        now = time.monotonic()
        if force or now - self.last_write > STATS_EVERY:
            self.stats_path.write_text(json.dumps(self.stats, ensure_ascii=False, indent=1))
            self.last_write = now


def child(stats_path: Path, crash_dir: Path, libfuzzer_args: list[str]) -> None:
    """The fuzzing process: instrument policyparse, then run libFuzzer until its time is up."""
    import importlib
    import pkgutil

    import atheris

    with atheris.instrument_imports(include=["policyparse"]):
        import policyparse

        for module in pkgutil.walk_packages(policyparse.__path__, "policyparse."):
            if ".cli" in module.name or ".integrations" in module.name:
                continue
            with contextlib.suppress(Exception):  # an optional dependency missing: not fuzzed
                importlib.import_module(module.name)
    from policyparse import parse
    from policyparse.io import InputError, load_bytes

    for path in sorted(FIXTURES.iterdir())[:3]:  # warm-up: lazy loads are not the input's fault
        loaded = load_bytes(path.read_bytes(), name=path.name)
        parse(loaded.text, source=loaded.source)
    recorder = Recorder(stats_path, crash_dir)
    names = ("doc.txt", "page.html", "noname")

    def check(target: str, text: str, run: Any, data: bytes) -> None:
        start = time.perf_counter()
        notice = run()
        seconds = time.perf_counter() - start
        if recorder.would_be_slowest(text, seconds):  # re-time: a busy core is not the input's fault
            for _ in range(2):
                start = time.perf_counter()
                run()
                seconds = min(seconds, time.perf_counter() - start)
        recorder.timing(target, text, seconds)
        for diagnostic in notice.diagnostics:
            if diagnostic.code == "E901":
                recorder.crash(target, f"E901 {diagnostic.message[:120]}", data)

    def test_one_input(data: bytes) -> None:
        if not data:
            return
        mode = data[0] % 8
        target = "bytes" if mode < 4 else ("text" if mode < 7 else "surrogates")
        recorder.tried(target)
        try:
            if target == "bytes":
                try:
                    loaded = load_bytes(data[1:], name=names[mode % 3])
                except InputError:
                    return
                check(
                    target,
                    loaded.text,
                    lambda: parse(loaded.text, source=loaded.source, diagnostics=loaded.diagnostics),
                    data,
                )
            else:
                provider = atheris.FuzzedDataProvider(data[1:])
                size = provider.remaining_bytes()
                text = (
                    provider.ConsumeUnicodeNoSurrogates(size)
                    if target == "text"
                    else provider.ConsumeUnicode(size)
                )
                check(target, text, lambda: parse(text), data)
        except Exception as error:
            where = error.__traceback__
            while where is not None and where.tb_next is not None:
                where = where.tb_next
            place = f"{Path(where.tb_frame.f_code.co_filename).name}:{where.tb_lineno}" if where else "?"
            recorder.crash(target, f"{type(error).__name__} at {place}: {str(error)[:100]}", data)
        recorder.maybe_write()

    import atexit

    atexit.register(lambda: recorder.maybe_write(force=True))
    atheris.Setup([sys.argv[0], *libfuzzer_args], test_one_input)
    try:
        atheris.Fuzz()
    finally:
        recorder.maybe_write(force=True)


def seed_corpus(folder: Path) -> None:
    """Starting inputs: the first 4 kB of each dev fixture, once per target byte."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(FIXTURES.iterdir()):
        data = path.read_bytes()[:4096]
        for mode in (0, 1, 4, 7):
            (folder / f"{path.stem}-{mode}").write_bytes(bytes([mode]) + data)


def run(seconds: float = 60.0, extra: list[str] | None = None) -> dict[str, Any]:
    """Fuzz for ``seconds`` in a child process; the final stats."""
    work = Path(tempfile.mkdtemp(prefix="policyparse-fuzz-"))
    corpus = work / "corpus"
    seed_corpus(corpus)
    stats_path = work / "stats.json"
    crash_dir = RESULTS / "fuzz-crashes"
    args = [
        f"-max_total_time={int(seconds)}",
        "-max_len=8192",
        "-timeout=30",
        "-rss_limit_mb=4096",
        f"-artifact_prefix={work}/",
        *(extra or []),
        str(corpus),
    ]
    argv = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(stats_path),
        str(crash_dir),
        "--",
        *args,
    ]
    start = time.monotonic()
    done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 120, check=False)
    elapsed = time.monotonic() - start
    stats: dict[str, Any] = json.loads(stats_path.read_text()) if stats_path.exists() else {"inputs": 0}
    stats["seconds"] = elapsed
    stats["exit_code"] = done.returncode
    stats["libfuzzer_tail"] = done.stderr.strip().splitlines()[-3:]
    return stats


def table(stats: dict[str, Any]) -> str:
    """A one-paragraph report."""
    slowest = stats.get("slowest") or {}
    lines = [
        f"Fuzzed {stats.get('seconds', 0):.0f} s: {stats['inputs']:,} inputs "
        f"({', '.join(f'{k} {v:,}' for k, v in sorted(stats.get('by_target', {}).items()))}); "
        f"crashes {stats.get('crashes', 0)}, known lone-surrogate crashes {stats.get('known_surrogate_crashes', 0)}.",
    ]
    for signature, entry in stats.get("signatures", {}).items():
        lines.append(f"- {entry['count']}× {signature} (input: {entry['example']})")
    if slowest:
        lines.append(
            f"Slowest input per character: {slowest['us_per_char']:.1f} µs/char "
            f"({slowest['chars']} chars, {slowest['target']}): `{slowest['head'][:60]}`"
        )
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        extra = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else []
        child(Path(sys.argv[2]), Path(sys.argv[3]), extra)
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("libfuzzer", nargs="*", help="extra libFuzzer options (after --)")
    options = parser.parse_args()
    stats = run(options.seconds, options.libfuzzer)
    print(table(stats))
    if options.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
    os.makedirs(RESULTS, exist_ok=True)
    (RESULTS / "fuzz.json").write_text(json.dumps(stats, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
