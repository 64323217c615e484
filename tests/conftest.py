"""Session fixtures shared by the evaluation, golden-file and score-floor tests."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from typing import Any

import pytest

# Compiled patterns are cached in a directory of this test session, not in the user's cache
# (subprocesses of the tests inherit it); tests of the cache itself choose their own.
if "POLICYPARSE_CACHE_DIR" not in os.environ:
    _CACHE_DIR = tempfile.mkdtemp(prefix="policyparse-test-cache-")
    os.environ["POLICYPARSE_CACHE_DIR"] = _CACHE_DIR
    atexit.register(shutil.rmtree, _CACHE_DIR, ignore_errors=True)

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


@pytest.fixture(scope="session")
def corpus_notices() -> list[Any]:
    """The dev documents and the blind document citing one of them, parsed once (``Notice`` objects)."""
    from tests.helpers import CORPUS_FILES

    return [parse_file(path) for path in CORPUS_FILES]


@pytest.fixture(scope="session")
def corpus_db(corpus_notices: list[Any], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The SQLite export of :func:`corpus_notices` (``doc_id`` relative to tests/fixtures), as ``corpus.db``."""
    from policyparse.export import to_sqlite
    from tests.helpers import FIXTURES

    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    to_sqlite(corpus_notices, path, root=FIXTURES)
    return path
