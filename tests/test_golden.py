"""Golden-file regression tests: the full JSON output of every dev fixture is committed.

``tests/fixtures/golden/NNN.json`` holds ``policyparse parse``'s output for
``tests/fixtures/dev/NNN.*`` (with ``source.path`` reduced to the file name). Any change of
output shows up here as a readable diff. After an intended change, regenerate and review::

    POLICYPARSE_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py
    git diff tests/fixtures/golden/

The canary test fails when the flag is left on in CI (``CI`` set), so regenerated files can
never pass a CI run by accident.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import DEV_FILES, FIXTURES

GOLDEN = FIXTURES / "golden"
REGENERATE = os.environ.get("POLICYPARSE_REGENERATE_GOLDEN", "") not in ("", "0")
MAX_DIFF_LINES = 80


def dump(data: dict[str, Any]) -> str:
    """The committed form: indented JSON, non-ASCII kept, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def readable_diff(expected: str, actual: str, name: str) -> str:
    """A unified diff of the golden file and the current output, cut to a readable size."""
    lines = list(
        difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), f"golden/{name}", "current output", lineterm="", n=2
        )
    )
    if len(lines) > MAX_DIFF_LINES:
        lines = [*lines[:MAX_DIFF_LINES], f"... {len(lines) - MAX_DIFF_LINES} more diff lines"]
    return "\n".join(lines)


def test_regenerate_flag_is_off_in_ci() -> None:
    in_ci = bool(os.environ.get("CI"))
    assert not (REGENERATE and in_ci), (
        "POLICYPARSE_REGENERATE_GOLDEN is set in CI: golden files would be rewritten instead of checked"
    )


def test_every_fixture_has_a_golden_file() -> None:
    if REGENERATE:
        pytest.skip("regenerating")
    expected = {f"{p.stem}.json" for p in DEV_FILES}
    present = {p.name for p in GOLDEN.glob("*.json")}
    assert expected == present, "golden files out of step with tests/fixtures/dev (regenerate them)"


@pytest.mark.parametrize("path", DEV_FILES, ids=[p.stem for p in DEV_FILES])
def test_output_matches_golden_file(path: Path, dev_outputs: dict[str, dict[str, Any]]) -> None:
    actual = dump(dev_outputs[path.stem])
    golden = GOLDEN / f"{path.stem}.json"
    if REGENERATE:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), (
        f"no golden file {golden.name}; run POLICYPARSE_REGENERATE_GOLDEN=1 pytest {__file__}"
    )
    expected = golden.read_text(encoding="utf-8")
    if expected != actual:
        pytest.fail(
            f"output of {path.name} differs from golden/{golden.name}:\n"
            + readable_diff(expected, actual, golden.name)
            + "\n(if intended: POLICYPARSE_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py, then review git diff)",
            pytrace=False,
        )
