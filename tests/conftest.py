"""Session fixtures shared by the evaluation, golden-file and score-floor tests."""

from __future__ import annotations

from typing import Any

import pytest

from policyparse import parse_file
from tests.helpers import DEV_FILES


def notice_json(path: Any) -> dict[str, Any]:
    """The JSON output of a dev fixture, with ``source.path`` reduced to the file name.

    The path is the only part of the output that depends on where the repository lives.
    """
    data: dict[str, Any] = parse_file(path).model_dump(mode="json")
    data["source"]["path"] = path.name
    return data


@pytest.fixture(scope="session")
def dev_outputs() -> dict[str, dict[str, Any]]:
    """The current parser's JSON output for every dev fixture, keyed by id (parsed once)."""
    return {path.stem: notice_json(path) for path in DEV_FILES}
