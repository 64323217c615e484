"""The program in a real terminal (a pseudo-terminal from the ``pty`` module), issue 19 item 3.

When stdout and stderr are the same terminal a progress bar would interleave with the data
(``parsing ━━━╺━━━ 1/2 -:--:--{"path":…`` and redraws erasing wrapped rows of a record), so
there is none; when the data goes to a file, the bar is drawn on stderr. A summary line ends
the batch either way.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import DEV_FILES

SMALL = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[:2]
CLI = [sys.executable, "-c", "from policyparse.cli import main; main()"]
#: rich draws the bar with these characters; the erase-line sequence is how it redraws.
BAR_PIECES = ("━", "parsing ")
ERASE_LINE = "\x1b[2K"


def in_terminal(args: list[str], *, stdout_to_terminal: bool = True) -> tuple[int, str]:
    """Run the program with stdin, stderr (and stdout) on one pseudo-terminal; all it printed there."""
    controller, terminal = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    env.pop("NO_COLOR", None)
    stdout = terminal if stdout_to_terminal else subprocess.DEVNULL
    process = subprocess.Popen(
        [*CLI, *args], stdin=terminal, stdout=stdout, stderr=terminal, env=env, close_fds=True
    )
    os.close(terminal)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.2)
        if ready:
            try:
                data = os.read(controller, 65536)
            except OSError:  # EIO: the other side is closed
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    code = process.wait(timeout=60)
    os.close(controller)
    return code, b"".join(chunks).decode("utf-8", errors="replace").replace("\r\n", "\n")


def test_no_progress_bar_between_records_in_one_terminal() -> None:
    code, screen = in_terminal(["parse", "-w", "1", *map(str, SMALL)])
    assert code == 0
    assert not any(piece in screen for piece in BAR_PIECES)
    assert ERASE_LINE not in screen
    lines = screen.rstrip("\n").split("\n")
    assert lines[-1].startswith("policyparse: 2 files, 0 failed")  # the summary, last
    records = [json.loads(line) for line in lines[:-1]]
    assert [r["path"] for r in records] == [str(p) for p in SMALL]


def test_progress_bar_when_the_data_goes_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    code, screen = in_terminal(["parse", "-w", "1", "-o", str(out), *map(str, SMALL)])
    assert code == 0
    assert all(piece in screen for piece in BAR_PIECES), screen
    assert screen.rstrip("\n").split("\n")[-1].lstrip(ERASE_LINE).endswith("chars/s")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_progress_bar_when_stdout_is_piped_away() -> None:
    code, screen = in_terminal(["parse", "-w", "1", *map(str, SMALL)], stdout_to_terminal=False)
    assert code == 0
    assert all(piece in screen for piece in BAR_PIECES)
    assert "{" not in screen  # no data on the terminal


def test_no_input_in_a_terminal_is_a_hint_not_a_hang() -> None:
    code, screen = in_terminal(["parse"])
    assert code == 2
    assert screen.strip() == (
        "policyparse: no input: give a FILE or DIR, or pipe a document into standard input (see --help)"
    )


@pytest.mark.parametrize("verb", ["render", "export"])
def test_other_verbs_without_input_in_a_terminal(verb: str) -> None:
    code, screen = in_terminal([verb, "--sqlite", "x.db"] if verb == "export" else [verb])
    assert code == 2 and "no input" in screen
