"""The README's example session runs as written: parse a folder → evaluate → export → render.

The commands of the ``console`` block under "Example session" are run one by one with the
installed program, in a scratch folder holding a copy of the fixtures they name; each output
line the README shows must be printed (a line ending in ``…`` is a prefix; ``…`` alone skips).
"""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = Path(sys.executable).with_name("policyparse")


def session() -> list[tuple[str, list[str]]]:
    """``(command, shown output lines)`` of the README's example session."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Example session", 1)[1]
    block = section.split("```console\n", 1)[1].split("```", 1)[0]
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return steps


def shown(expected: str, printed: list[str]) -> bool:
    if expected == "…":
        return True
    if expected.endswith("…"):
        return any(line.startswith(expected[:-1]) for line in printed)
    return expected in printed


def test_the_session_has_the_four_steps() -> None:
    verbs = [shlex.split(command)[1] for command, _ in session()]
    assert verbs == ["parse", "evaluate", "export", "render"]


def test_readme_session_runs_as_written(tmp_path: Path) -> None:
    if not PROGRAM.exists():
        pytest.skip("the policyparse program is not installed in this environment")
    for folder in ("dev", "gold"):
        shutil.copytree(ROOT / "tests" / "fixtures" / folder, tmp_path / "tests" / "fixtures" / folder)
    for command, expected in session():
        words = shlex.split(command)
        assert words[0] == "policyparse"
        done = subprocess.run(
            [str(PROGRAM), *words[1:]], cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False
        )
        assert done.returncode == 0, (command, done.stderr)
        printed = (done.stdout + done.stderr).splitlines()
        for line in expected:
            assert shown(line, printed), (command, line, printed[-5:])
    with sqlite3.connect(tmp_path / "notices.db") as connection:
        ids = [row[0] for row in connection.execute("SELECT doc_id FROM documents ORDER BY doc_id")]
    assert ids == sorted(p.name for p in (ROOT / "tests" / "fixtures" / "dev").iterdir())
    assert (tmp_path / "tables" / "targets.csv").is_file()
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert index.count('href="') >= 16
