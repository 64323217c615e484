"""The fault-injection matrix: stop a batch with a signal at several moments, then resume.

    python benchmarks/faults.py          # 3 signals × 3 moments × 1 and 2 workers

Each scenario is ``tests/faults.py``'s :func:`run_scenario`: ``policyparse parse`` over 60
small documents and 5 broken inputs (binary, dangling symlink, truncated .docx, undecodable
bytes, a FIFO) to ``-o out.jsonl``, stopped by the signal once the output holds 1 record,
half of them or all but 3; then ``--resume`` with the same worker count. The table gives the
records written when the signal was sent, the first run's exit code, whether its last line
was torn, the processes left afterwards, and after the resume: records, duplicates, missing
inputs and invalid lines. Written to ``benchmarks/results/faults.json`` too.
"""

from __future__ import annotations

import json
import signal
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.faults import MOMENTS, run_scenario  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "faults.json"


def main() -> None:
    """Run every scenario and print the matrix as Markdown."""
    rows = []
    print(
        "| signal | moment | workers | records at signal | exit | torn line | left processes "
        "| records after resume | duplicates | missing | invalid lines |"
    )
    print("|---|---|--:|--:|--:|---|---|--:|--:|--:|--:|")
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        for moment in MOMENTS:
            for workers in (1, 2):
                with tempfile.TemporaryDirectory() as folder:
                    result = run_scenario(Path(folder), signum, moment, workers)
                rows.append(asdict(result))
                print(
                    f"| {result.signal_name} | {moment} | {workers} | {result.lines_at_signal}/{result.inputs} "
                    f"| {result.first_exit} | {'yes' if result.torn_line else 'no'} | {len(result.leftover)} "
                    f"| {result.records}/{result.inputs} | {result.duplicates} | {result.missing} "
                    f"| {result.invalid_lines} |",
                    flush=True,
                )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
