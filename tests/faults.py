"""Fault scenarios for the batch: a real ``policyparse parse`` process stopped by a signal, then resumed.

Used by ``tests/test_faults.py`` (every scenario, as tests) and ``benchmarks/faults.py`` (the
same scenarios printed as the fault-injection matrix of docs/reliability.md).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "dev"
CLI = [sys.executable, "-c", "from policyparse.cli import main; main()"]
#: How many copies of the small fixtures a scenario parses (besides the five broken inputs).
GOOD_INPUTS = 60


def children_of(pid: int) -> set[int]:
    """Process ids whose parent is ``pid`` (Linux /proc)."""
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (a zombie waiting to be reaped does not count)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in {"Z", "X"}


def processes_mentioning(marker: str) -> set[int]:
    """Running processes whose command line contains ``marker`` (a scenario's own directory)."""
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
        except OSError:
            continue
        if marker in command and alive(int(entry.name)):
            found.add(int(entry.name))
    return found


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Poll ``condition()`` until true or ``timeout`` seconds pass (a liveness bound, not a speed check)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def line_count(path: Path) -> int:
    """Complete lines in ``path`` (0 when it does not exist yet)."""
    try:
        return path.read_bytes().count(b"\n")
    except OSError:
        return 0


def kill_all(process: subprocess.Popen[bytes], workers: set[int]) -> None:
    """End a command and the workers recorded for it, so that a failing test leaves nothing behind."""
    if process.poll() is None:
        process.kill()
        process.wait()
    for pid in workers:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def make_inputs(root: Path, good: int = GOOD_INPUTS) -> list[str]:
    """``good`` copies of the four smallest fixtures and five broken inputs, interleaved.

    The broken ones are those of issue 18: a binary file, a dangling symlink, a truncated
    ``.docx``, bytes no encoding reads, and a FIFO.
    """
    root.mkdir(parents=True, exist_ok=True)
    sources = sorted((p for p in FIXTURES.iterdir() if p.suffix == ".txt"), key=lambda p: p.stat().st_size)[
        :4
    ]
    paths: list[str] = []
    for index in range(good):
        target = root / f"good{index:03d}{sources[index % 4].suffix}"
        shutil.copy(sources[index % 4], target)
        paths.append(str(target))
    binary = root / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    dangling = root / "dangling.txt"
    dangling.symlink_to(root / "nowhere.txt")
    truncated = root / "truncated.docx"
    truncated.write_bytes(b"PK\x03\x04" + b"\x14\x00" * 40)
    invalid = root / "invalid.txt"
    invalid.write_bytes(b"\x81\xff\xfe\x80" * 300 + b"\x00\x9f" * 50)
    fifo = root / "fifo.txt"
    os.mkfifo(fifo)
    broken = [str(binary), str(dangling), str(truncated), str(invalid), str(fifo)]
    step = max(1, len(paths) // len(broken))
    for offset, path in enumerate(broken):
        paths.insert(min(len(paths), (offset + 1) * step + offset), path)
    return paths


#: When the signal is sent: after this many records of the first run were written.
MOMENTS: dict[str, Callable[[int], int]] = {
    "first record": lambda total: 1,
    "half": lambda total: total // 2,
    "near the end": lambda total: total - 3,
}


@dataclass
class Result:
    """What one scenario found."""

    signal_name: str
    moment: str
    workers: int
    inputs: int
    lines_at_signal: int
    first_exit: int | None
    torn_line: bool
    leftover: list[int]
    records: int
    duplicates: int
    missing: int
    invalid_lines: int
    resume_exit: int | None

    @property
    def ok(self) -> bool:
        """Every input exactly once, every line valid, no process left."""
        return not (self.leftover or self.duplicates or self.missing or self.invalid_lines)


def run_scenario(root: Path, signum: int, moment: str, workers: int) -> Result:
    """Parse into ``root/out.jsonl``, send ``signum`` at ``moment``, then ``--resume`` to the end."""
    inputs = make_inputs(root / "in")
    target = root / "out.jsonl"
    command = [*CLI, "parse", "-q", "-w", str(workers), "-o", str(target), *inputs]
    threshold = MOMENTS[moment](len(inputs))
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers_seen: set[int] = set()

    def reached() -> bool:
        workers_seen.update(children_of(process.pid))
        return line_count(target) >= threshold or process.poll() is not None

    try:
        wait_until(reached, timeout=120)
        at_signal = line_count(target)
        if process.poll() is None:
            process.send_signal(signum)
        first_exit = process.wait(timeout=60)
        wait_until(lambda: not any(alive(pid) for pid in workers_seen), timeout=15)
        leftover = sorted({pid for pid in workers_seen if alive(pid)} | processes_mentioning(str(root)))
    finally:
        kill_all(process, workers_seen)
    torn = target.exists() and not target.read_bytes().endswith(b"\n") and target.stat().st_size > 0
    resumed = subprocess.run(
        [*CLI, "parse", "-q", "-w", str(workers), "--resume", "-o", str(target), *inputs],
        capture_output=True,
        timeout=300,
        check=False,
    )
    paths: list[str] = []
    invalid = 0
    for line in target.read_bytes().splitlines():
        try:
            paths.append(json.loads(line)["path"])
        except (ValueError, KeyError, TypeError):
            invalid += 1
    counts = Counter(paths)
    return Result(
        signal_name=signal.Signals(signum).name,
        moment=moment,
        workers=workers,
        inputs=len(inputs),
        lines_at_signal=at_signal,
        first_exit=first_exit,
        torn_line=torn,
        leftover=leftover,
        records=len(paths),
        duplicates=sum(count - 1 for count in counts.values() if count > 1),
        missing=sum(1 for path in inputs if path not in counts),
        invalid_lines=invalid,
        resume_exit=resumed.returncode,
    )
