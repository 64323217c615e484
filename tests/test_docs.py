"""The documentation cannot drift: generated pages are current, examples run, APIs have docstrings."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

import policyparse
from policyparse import models

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PYTHON_BLOCK = regex.compile(r"(?ms)^```python\n(.*?)^```")


def _examples() -> list[tuple[str, int, str]]:
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        for index, match in enumerate(PYTHON_BLOCK.finditer(page.read_text(encoding="utf-8"))):
            code = match.group(1)
            if code.lstrip().startswith("# not run"):
                continue
            found.append((str(page.relative_to(ROOT)), index, code))
    return found


EXAMPLES = _examples()


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize(("page", "index", "code"), EXAMPLES, ids=[f"{p}#{i}" for p, i, _ in EXAMPLES])
def test_doc_example_runs(page: str, index: int, code: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    exec(compile(code, f"{page}#{index}", "exec"), {"__name__": "__docs__"})


def test_reference_pages_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_reference.py"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
    )
    assert result.returncode == 0, result.stderr


def _public_objects() -> list[tuple[str, object]]:
    objects: list[tuple[str, object]] = [(name, getattr(policyparse, name)) for name in policyparse.__all__]
    objects += [(f"models.{name}", getattr(models, name)) for name in models.__all__]
    return [(name, obj) for name, obj in objects if inspect.isclass(obj) or inspect.isfunction(obj)]


@pytest.mark.parametrize(("name", "obj"), _public_objects(), ids=[n for n, _ in _public_objects()])
def test_public_api_has_docstring(name: str, obj: object) -> None:
    assert inspect.getdoc(obj), f"{name} has no docstring"


def _modules_with_examples() -> list[str]:
    import pkgutil

    import policyparse

    names = [m.name for m in pkgutil.walk_packages(policyparse.__path__, "policyparse.")]
    return [name for name in names if ">>>" in (importlib.util.find_spec(name).loader.get_source(name) or "")]  # type: ignore[union-attr]


@pytest.mark.parametrize("name", _modules_with_examples())
def test_doctests(name: str) -> None:
    """Every example in a docstring of the package runs and gives what it shows."""
    import doctest

    module = importlib.import_module(name)
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0
