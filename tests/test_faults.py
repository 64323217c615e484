"""Stop a batch with SIGINT, SIGTERM or SIGKILL at several moments, with 1 and 2 workers, then resume.

After each stop no process of the run is left, and after ``--resume`` every input has exactly
one record (ok or error) and every line is valid JSON. The same scenarios make the
fault-injection matrix of docs/reliability.md (``benchmarks/faults.py``).
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.faults import MOMENTS, run_scenario

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")

SIGNALS = {"SIGINT": signal.SIGINT, "SIGTERM": signal.SIGTERM, "SIGKILL": signal.SIGKILL}


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("moment", list(MOMENTS))
@pytest.mark.parametrize("signal_name", list(SIGNALS))
def test_stop_then_resume_gives_every_input_once(
    signal_name: str, moment: str, workers: int, tmp_path: Path
) -> None:
    result = run_scenario(tmp_path, SIGNALS[signal_name], moment, workers)
    assert result.leftover == [], f"processes left after {signal_name}: {result.leftover}"
    assert result.invalid_lines == 0
    assert result.duplicates == 0
    assert result.missing == 0
    assert result.records == result.inputs
    assert result.resume_exit in {0, 1}  # 1: the five broken inputs failed (in this run or the first)
    if signal_name != "SIGKILL" and result.first_exit is not None and result.lines_at_signal < result.inputs:
        assert result.first_exit in {0, 1, 128 + SIGNALS[signal_name]}
        assert not result.torn_line  # a handled signal never cuts a record
