"""The program's ending (issue 17): it freezes its objects out of the garbage collector's reach
before the interpreter ends (:func:`policyparse.cli.main`), and the ending still does its work —
the output is whole, the exit code stands, atexit handlers run (the pattern cache is written)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from policyparse import parse_file
from policyparse.grammar._cache import cache_file
from tests.helpers import DEV_FILES

DOCUMENTS = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[:2]

#: Runs the entry point; an atexit handler registered first (so run last) reports how many
#: objects were frozen and whether the pattern cache's own handler had written its file.
PROBE = """
import atexit, gc, json, os, sys
from pathlib import Path
def report():
    written = any(Path(os.environ["POLICYPARSE_CACHE_DIR"]).iterdir())
    sys.stderr.write(json.dumps({"frozen": gc.get_freeze_count(), "cache_written": written}) + "\\n")
atexit.register(report)
sys.argv = ["policyparse", *sys.argv[1:]]
from policyparse.cli import main
main()
"""


def _program(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POLICYPARSE_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )


def test_a_parse_ends_frozen_with_its_output_whole_and_its_exit_handlers_run(tmp_path: Path) -> None:
    done = _program(["parse", str(DOCUMENTS[0])], tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == json.loads(parse_file(DOCUMENTS[0]).model_dump_json())
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["frozen"] > 10_000  # the modules, models and patterns the run loaded
    assert report["cache_written"] and cache_file(tmp_path).stat().st_size > 10_000


def test_a_batch_to_a_file_ends_with_every_record_written(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    cache = tmp_path / "cache"
    cache.mkdir()
    done = _program(["parse", *map(str, DOCUMENTS), "-o", str(out)], cache)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["notice"]["metadata"]["title"] for r in records] == [
        parse_file(p).metadata.title for p in DOCUMENTS
    ]


def test_a_failed_input_keeps_its_exit_code(tmp_path: Path) -> None:
    done = _program(["parse", str(tmp_path / "missing.txt")], tmp_path)
    assert done.returncode == 3
    assert done.stderr.startswith("policyparse: ") and "missing.txt" in done.stderr.splitlines()[0]
