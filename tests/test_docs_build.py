"""The documentation builds cleanly and says true things (issue 19, item 8).

``mkdocs build --strict`` must pass with its warnings visible (``make docs`` no longer hides
them with ``--quiet``), the API reference must list the models' fields, and links to the docs
from the code must point at pages that exist.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).with_name("mkdocs")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The site built with ``--strict`` (no ``--quiet``), and everything the build printed."""
    if not MKDOCS.exists():
        pytest.skip("mkdocs is not installed (the docs extra)")
    target = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [str(MKDOCS), "build", "--strict", "--site-dir", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return target, done.stdout + done.stderr


def test_strict_build_without_warnings(site: tuple[Path, str]) -> None:
    _, log = site
    assert "WARNING" not in log, [line for line in log.splitlines() if "WARNING" in line]


def test_make_docs_shows_warnings() -> None:
    [recipe] = re.findall(r"^docs:\n\t(.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    assert "--strict" in recipe and "--quiet" not in recipe and "-q" not in recipe.split()


@pytest.mark.parametrize(
    "field",
    [
        "Metadata.doc_number",
        "Metadata.issuers",
        "Heading.level",
        "Target.indicators",
        "Indicator.unit",
        "Task.lead",
    ],
)
def test_api_reference_lists_model_fields(site: tuple[Path, str], field: str) -> None:
    page = (site[0] / "reference" / "api" / "index.html").read_text(encoding="utf-8")
    assert f'id="policyparse.models.{field}"' in page


def test_no_placeholder_repository_url() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "example.invalid" not in config and "example.com" not in config


def test_links_to_docs_pages_from_the_code_exist() -> None:
    mentioned = set()
    for path in [*(ROOT / "src").rglob("*.py"), ROOT / "README.md", *(ROOT / "docs").rglob("*.md")]:
        mentioned |= set(re.findall(r"\bdocs/[\w/.-]+?\.md\b", path.read_text(encoding="utf-8")))
    assert mentioned, "no links found: the pattern is wrong"
    missing = sorted(name for name in mentioned if not (ROOT / name).is_file())
    assert missing == []
