"""The HTML report in a real browser: headless Chromium runs its script, then we read the DOM.

The report's first script records any script error in ``data-script-errors`` on ``<html>``;
its main script ends by setting ``data-checked`` (``ok`` or the problems it found), so a report
whose script did not run at all fails too. ``--dump-dom`` prints the DOM after scripts ran.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from policyparse import parse_file
from policyparse.models import Notice
from policyparse.render.html import to_html
from tests.helpers import DEV
from tests.test_render import build_rich_notice, highlighted_text

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--virtual-time-budget=5000",
]


def chromium(page: Path, profile: Path, *action: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on ``page`` with ``action`` flags (``--dump-dom``, ``--screenshot=…``)."""
    assert CHROMIUM is not None
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *action, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def rendered_dom(page: Path, tmp_path: Path) -> LexborHTMLParser:
    """The DOM of ``page`` after its scripts ran."""
    done = chromium(page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0 and "<html" in done.stdout, done.stderr[-2000:]
    return LexborHTMLParser(done.stdout)


def check_report(notice: Notice, tmp_path: Path, name: str) -> None:
    """Open the report of ``notice`` and check the DOM; keep a screenshot when a check fails."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (run scripts/ensure-chromium.sh as root to install it)")
    page = tmp_path / f"{name}.html"
    page.write_text(to_html(notice), encoding="utf-8")
    try:
        tree = rendered_dom(page, tmp_path)
        root = tree.css_first("html")
        assert root is not None
        assert root.attributes.get("data-script-errors") is None, root.attributes.get("data-script-errors")
        assert root.attributes.get("data-checked") == "ok", root.attributes.get("data-checked")
        outline = tree.css_first("nav.outline")
        assert outline is not None
        for heading in notice.headings:
            link = outline.css_first(f'a[href="#h-{heading.id}"]')
            assert link is not None, f"heading {heading.id} {heading.title!r} missing from the outline"
            assert heading.title[:10] in link.text(), (heading.title, link.text())
        for index, target in enumerate(notice.targets):
            assert highlighted_text(tree, f"target-{index}") == notice.text[target.start : target.end], index
    except AssertionError:
        shot = tmp_path / f"{name}.png"
        chromium(page, tmp_path / "profile-shot", "--window-size=1400,2000", f"--screenshot={shot}")
        raise


def test_report_of_a_built_notice_in_chromium(tmp_path: Path) -> None:
    check_report(build_rich_notice(), tmp_path, "rich")


@pytest.mark.parametrize("name", ["014.txt", "020.html"])
def test_report_of_a_fixture_in_chromium(tmp_path: Path, name: str) -> None:
    check_report(parse_file(DEV / name), tmp_path, name.replace(".", "-"))


def test_a_script_error_is_caught(tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (run scripts/ensure-chromium.sh as root to install it)")
    page = tmp_path / "broken.html"
    html = to_html(build_rich_notice()).replace("</body>", "<script>null.boom();</script></body>")
    page.write_text(html, encoding="utf-8")
    root = rendered_dom(page, tmp_path).css_first("html")
    assert root is not None
    assert "null" in (root.attributes.get("data-script-errors") or "")
