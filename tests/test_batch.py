"""Batch parsing: discovery, parallel and ordered runs, fault isolation, safe writes, resume."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from policyparse import parse_file
from policyparse.batch import (
    BatchStats,
    DirWriter,
    DiscoveryError,
    Input,
    JsonlWriter,
    Outcome,
    OutputError,
    ParseOptions,
    RenderSpec,
    completed_paths,
    discover,
    file_mode,
    record_line,
    run_batch,
    unique_keys,
    work,
    write_atomic,
)
from tests.helpers import DEV, DEV_FILES

#: The six smallest fixtures (one HTML among them): enough for every behaviour, quick on 2 cores.
SOME = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[:6]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A directory with fixtures at two depths, a hidden file, and a file of another kind."""
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    shutil.copy(SOME[0], root / SOME[0].name)
    shutil.copy(SOME[1], root / "sub" / SOME[1].name)
    shutil.copy(SOME[2], root / "sub" / "deeper" / SOME[2].name)
    (root / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    (root / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return root


def test_discover_files_are_taken_as_given() -> None:
    found = list(discover([str(p) for p in SOME]))
    assert [item.path for item in found] == [str(p) for p in SOME]
    assert [item.key for item in found] == [p.name for p in SOME]


def test_discover_directory_needs_recursive(tree: Path) -> None:
    with pytest.raises(DiscoveryError) as caught:
        list(discover([str(tree)]))
    assert caught.value.exit_code == 3
    assert "--recursive" in str(caught.value)


def test_discover_walks_sorted_and_skips_hidden_and_other_kinds(tree: Path) -> None:
    found = list(discover([str(tree)], recursive=True))
    keys = [item.key for item in found]
    assert keys == [SOME[0].name, f"sub/{SOME[1].name}", f"sub/deeper/{SOME[2].name}"]


def test_discover_glob(tree: Path) -> None:
    found = list(discover([str(tree)], recursive=True, globs=["*.csv"]))
    assert [item.key for item in found] == ["notes.csv"]


def test_discover_stdin_reads_once() -> None:
    import io

    found = list(discover(["-"], stdin=io.BytesIO("通知".encode())))
    assert found == [Input("<stdin>", "stdin", data="通知".encode())]


def test_unique_keys() -> None:
    items = [Input("a/x.txt", "x.txt"), Input("b/x.txt", "x.txt"), Input("y.txt", "y.txt")]
    assert [item.key for item in unique_keys(items)] == ["x.txt", "x.txt~2", "y.txt"]


def _inputs(paths: list[Path]) -> list[Input]:
    return list(discover([str(p) for p in paths]))


def test_records_match_the_parser() -> None:
    outcomes = list(run_batch(_inputs(SOME), workers=1))
    assert [o.index for o in outcomes] == list(range(len(SOME)))
    for path, outcome in zip(SOME, outcomes, strict=True):
        assert outcome.ok
        assert outcome.payload == parse_file(path).model_dump_json()
        record = json.loads(record_line(outcome))
        assert record["path"] == str(path)
        assert record["status"] == "ok"
        assert record["notice"]["text"] == parse_file(path).text


def test_parallel_ordered_equals_serial() -> None:
    serial = list(run_batch(_inputs(SOME), workers=1))
    parallel = list(run_batch(_inputs(SOME), workers=2, ordered=True))
    assert parallel == serial


def test_parallel_unordered_has_every_input_once() -> None:
    outcomes = list(run_batch(_inputs(SOME * 2), workers=2, ordered=False))
    assert sorted(o.index for o in outcomes) == list(range(len(SOME) * 2))
    assert all(o.ok for o in outcomes)


def test_failures_inside_a_batch_are_records(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    long = tmp_path / "long.txt"
    long.write_text("通知" * 3000, encoding="utf-8")  # 6000 characters, 18 kB
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"x" * 60_000)  # refused from its size before it is read
    paths = [SOME[0], tmp_path / "missing.txt", binary, long, huge, SOME[1]]
    assert all(len(parse_file(p).text) < 5000 for p in (SOME[0], SOME[1]))
    outcomes = list(run_batch(_inputs(paths), ParseOptions(max_chars=5000), workers=1))
    assert [o.ok for o in outcomes] == [True, False, False, False, False, True]
    assert outcomes[1].payload.startswith("no such file") and outcomes[1].exit_code == 3
    assert "binary" in outcomes[2].payload and outcomes[2].exit_code == 3
    assert "exceeds the limit" in outcomes[3].payload and outcomes[3].exit_code == 4
    assert "60000 bytes" in outcomes[4].payload and outcomes[4].exit_code == 4
    record = json.loads(record_line(outcomes[1]))
    assert record == {"path": str(tmp_path / "missing.txt"), "status": "error", "error": outcomes[1].payload}


def test_no_text_and_json_render() -> None:
    item = _inputs([SOME[0]])[0]
    outcome = work((0, item, ParseOptions(), RenderSpec("json", include_text=False, indent=2)))
    data = json.loads(outcome.payload)
    assert "text" not in data
    assert outcome.payload.startswith('{\n  "schema_version"')
    assert outcome.chars == len(parse_file(SOME[0]).text)


def die_on_second(job: tuple[int, Input, ParseOptions, RenderSpec]) -> Outcome:
    """A worker that kills its process on the input at index 1 (a segfault stand-in)."""
    if job[0] == 1:
        os._exit(7)
    return work(job)


def test_a_dying_worker_takes_down_only_its_input() -> None:
    outcomes = list(run_batch(_inputs(SOME), workers=2, worker=die_on_second))
    assert [o.index for o in outcomes] == list(range(len(SOME)))
    assert [o.ok for o in outcomes] == [True, False, True, True, True, True]
    assert "worker process died" in outcomes[1].payload


def slow_first(job: tuple[int, Input, ParseOptions, RenderSpec]) -> Outcome:
    """A worker for which the first input is slow, so later ones finish before it."""
    if job[0] == 0:
        time.sleep(1.0)
    return work(job)


def test_ordered_output_waits_for_a_slow_input_with_bounded_backlog(monkeypatch: pytest.MonkeyPatch) -> None:
    import policyparse.batch.pool as batch

    monkeypatch.setattr(batch, "MAX_WAITING", 3)
    monkeypatch.setattr(batch, "CHUNK_MAX_INPUTS", 1)
    backlog: list[int] = []
    real_push = batch._Reorder.push

    def push(self: batch._Reorder, outcomes: list[Outcome]) -> Iterator[Outcome]:
        released = list(real_push(self, outcomes))
        backlog.append(len(self.waiting))
        return iter(released)

    monkeypatch.setattr(batch._Reorder, "push", push)
    outcomes = list(run_batch(_inputs(SOME * 3), workers=2, ordered=True, worker=slow_first))
    assert [o.index for o in outcomes] == list(range(len(SOME) * 3))
    assert all(o.ok for o in outcomes)
    # no new work once 3 wait: at most 3 plus what was already in flight (2 workers x 3 chunks of 1)
    assert max(backlog) <= 3 + 2 * 3


def test_closing_the_generator_early_returns_quickly() -> None:
    outcomes = run_batch(_inputs(SOME * 8), workers=2)
    first = next(outcomes)
    outcomes.close()
    assert first.ok


def test_jsonl_writer_rolls_back_a_failed_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.jsonl"
    writer = JsonlWriter(target)
    writer.write('{"path":"a","status":"ok","notice":{}}\n')
    real_write = os.write

    def half_then_full(fd: int, data: bytes | memoryview) -> int:
        real_write(fd, bytes(data)[:5])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(OutputError, match="No space left"):
        writer.write('{"path":"b","status":"ok","notice":{}}\n')
    monkeypatch.undo()
    writer.write('{"path":"c","status":"ok","notice":{}}\n')
    writer.close()
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["path"] for line in lines] == ["a", "c"]


def test_jsonl_writer_disk_full_device() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    writer = JsonlWriter(Path("/dev/full"))
    with pytest.raises(OutputError, match="No space left"):
        writer.write("{}\n")
    writer.close()


def test_write_atomic_keeps_the_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "a.json"
    write_atomic(target, "old\n")

    def refuse(src: str, dst: str) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="Permission denied"):
        write_atomic(target, "new\n")
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.json"]


def test_dir_writer_mirrors_keys(tmp_path: Path) -> None:
    writer = DirWriter(tmp_path, ".json")
    written = writer.write("sub/x.txt", "{}")
    assert written == tmp_path / "sub" / "x.txt.json"
    assert written.read_text() == "{}\n"
    assert written.stat().st_mode & 0o777 == file_mode()  # not the 0600 of the temporary file


def test_completed_paths_repairs_a_torn_line(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    good = '{"path":"a","status":"ok","notice":{}}\n{"path":"b","status":"error","error":"x"}\n'
    target.write_text(good + '{"path":"c","status":"ok","noti', encoding="utf-8")
    assert completed_paths(target) == {"a", "b"}  # an error record is a record: not retried
    assert target.read_text(encoding="utf-8") == good


def test_batch_stats_summary() -> None:
    stats = BatchStats()
    stats.add(Outcome(0, "a", "a", True, "{}", chars=100))
    stats.add(Outcome(1, "b", "b", False, "no such file", exit_code=3))
    line = stats.summary()
    assert line.startswith("policyparse: 2 files, 1 failed,")
    assert "docs/s" in line and "chars/s" in line


def test_dev_directory_is_discovered_whole() -> None:
    found = list(discover([str(DEV)], recursive=True))
    assert [Path(item.path).name for item in found] == [p.name for p in DEV_FILES]


_HALF_WRITE = """
import os, signal, sys
from pathlib import Path
from policyparse.batch import Interrupted, JsonlWriter, stop_on_signals

target = Path(sys.argv[1])
writer = JsonlWriter(target)
real_write, calls = os.write, 0

def write_in_two_halves(fd, data):
    global calls
    calls += 1
    if calls > 1:
        return real_write(fd, data)
    written = real_write(fd, bytes(data)[: len(data) // 2])
    os.kill(os.getpid(), signal.SIGTERM)  # blocked: delivered when the write is done
    return written

os.write = write_in_two_halves
try:
    with stop_on_signals():
        writer.write('{"path":"a","status":"ok","notice":{}}\\n')
except Interrupted as error:
    os.write = real_write
    writer.close()
    print(error.exit_code)
"""


def test_a_stop_signal_waits_for_the_record(tmp_path: Path) -> None:
    """SIGTERM arriving in the middle of a write is handled after the record is whole.

    Run in a child process: the main thread of a process with no other thread writing (pytest-xdist's
    channel thread also calls ``os.write``, and signals go to the main thread only).
    """
    target = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", _HALF_WRITE, str(target)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "143"
    assert target.read_text(encoding="utf-8") == '{"path":"a","status":"ok","notice":{}}\n'


def test_a_path_that_is_not_utf8_round_trips_through_a_record(tmp_path: Path) -> None:
    name = os.fsdecode(b"notice-\xff.txt")  # '\udcff' in it
    line = record_line(Outcome(0, name, name, False, "no such file or directory", exit_code=3))
    line.encode("utf-8")  # valid UTF-8
    target = tmp_path / "out.jsonl"
    target.write_text(line, encoding="utf-8")
    assert completed_paths(target) == {name}


_HALF_WRITE_OTHER_THREAD = """
import os, signal, sys, threading
from pathlib import Path
from policyparse.batch import Interrupted, JsonlWriter, stop_on_signals

target = Path(sys.argv[1])
writer = JsonlWriter(target)
ready, sent = threading.Event(), threading.Event()
helper = threading.Thread(target=lambda: (ready.set(), sent.wait(5)), daemon=True)
helper.start()
ready.wait(5)
real_write, calls = os.write, 0

def write_in_two_halves(fd, data):
    global calls
    calls += 1
    if calls > 1:
        return real_write(fd, data)
    written = real_write(fd, bytes(data)[: len(data) // 2])
    signal.pthread_kill(helper.ident, signal.SIGTERM)  # to a thread that does not block it
    sent.set()
    helper.join(5)  # the handler is now due in the main thread
    return written

os.write = write_in_two_halves
try:
    with stop_on_signals():
        writer.write('{"path":"a","status":"ok","notice":{}}\\n')
except Interrupted as error:
    os.write = real_write
    writer.close()
    print(error.exit_code)
"""


def test_a_stop_signal_taken_by_another_thread_waits_for_the_record(tmp_path: Path) -> None:
    """A signal sent to the process may be delivered to any thread that does not block it (a
    progress bar's refresh thread); Python then runs the handler in the main thread at once,
    in the middle of the write. The record is still written whole before the batch stops.

    Run in a child process, so that no other thread of the test runner writes through the spy.
    """
    import subprocess
    import sys

    target = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", _HALF_WRITE_OTHER_THREAD, str(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "143"
    assert target.read_text(encoding="utf-8") == '{"path":"a","status":"ok","notice":{}}\n'


def test_the_names_batch_imports_on_first_use_are_the_pools() -> None:
    """``policyparse.batch`` lists the pool's names again for PEP 562 (it must not import the
    pool to read them): every listed name resolves, to the pool's own object, and every public
    name of the pool but the workers' entry point is listed."""
    import policyparse.batch
    import policyparse.batch.pool as pool

    for name in policyparse.batch.__all__:
        assert getattr(policyparse.batch, name) is not None, name
    for name in set(pool.__all__) - {"work_chunk"}:
        assert name in policyparse.batch.__all__, name
        assert getattr(policyparse.batch, name) is getattr(pool, name), name
