"""``policyparse render`` takes what ``parse`` wrote, refuses what is not a notice, and renders sets
(issue 19, item 4); through typer's runner and the real program."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser
from typer.testing import CliRunner

from policyparse import parse_file
from policyparse.cli.app import app
from policyparse.render.corpus import PAGES
from policyparse.render.html import to_html
from tests.helpers import DEV, DEV_FILES

CLI = [sys.executable, "-c", "from policyparse.cli import main; main()"]
SMALL = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[:3]
runner = CliRunner()
#: The pages written beside the reports of a set (index.html first).
CORPUS_PAGES = [file for file, _ in PAGES.values()]


def program(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=300, check=False)


def test_parsed_json_renders_like_the_document(tmp_path: Path) -> None:
    parsed = tmp_path / "014.txt.json"
    parsed.write_text(parse_file(DEV / "014.txt").model_dump_json(indent=2), encoding="utf-8")
    result = runner.invoke(app, ["render", str(parsed), "--no-keywords"])
    assert result.exit_code == 0, result.output
    assert result.stdout == to_html(parse_file(DEV / "014.txt"))
    tree = LexborHTMLParser(result.stdout)
    assert tree.css_first("title").text() == "国务院办公厅关于改善农村人居环境的指导意见"
    real = program(["render", str(parsed), "--no-keywords"])
    assert real.returncode == 0 and real.stdout.decode() == result.stdout


def test_json_that_is_not_a_notice_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "gold.json"
    other.write_text(json.dumps({"headings": [], "schema_version": "0"}), encoding="utf-8")
    real = program(["render", str(other)])
    assert real.returncode == 3 and real.stdout == b""
    err = real.stderr.decode()
    assert err.count("\n") == 1 and f"{other}: is JSON but not a policyparse notice" in err
    piped = runner.invoke(app, ["render"], input=b'{"title": "x"}\n')
    assert piped.exit_code == 3 and "not a policyparse notice" in piped.stderr


def test_text_that_is_not_a_notice_is_refused(tmp_path: Path) -> None:
    note = tmp_path / "shopping.txt"
    note.write_text("milk\neggs\nbread\n", encoding="utf-8")
    real = program(["render", str(note)])
    assert real.returncode == 3 and real.stdout == b""
    assert "is not a notice" in real.stderr.decode()


def test_a_directory_gives_one_report_per_document_and_an_index(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    real = program(["render", str(DEV), "--out-dir", str(out), "--no-keywords"])
    assert real.returncode == 0, real.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted([*(f"{p.name}.html" for p in DEV_FILES), *CORPUS_PAGES])
    index = LexborHTMLParser((out / "index.html").read_text(encoding="utf-8"))
    links = [a.attributes.get("href") for a in index.css("table.index a")]
    assert links == [f"{p.name}.html" for p in DEV_FILES]
    first = LexborHTMLParser((out / f"{DEV_FILES[0].name}.html").read_text(encoding="utf-8"))
    assert first.css_first("#document") is not None


def test_json_lines_of_parse_and_bad_inputs_in_a_set(tmp_path: Path) -> None:
    records = tmp_path / "out.jsonl"
    assert program(["parse", "-q", "-w", "1", "-o", str(records), *map(str, SMALL)]).returncode == 0
    junk = tmp_path / "junk.json"
    junk.write_text("[1, 2, 3]", encoding="utf-8")
    result = runner.invoke(app, ["render", str(records), str(junk), "--out-dir", str(tmp_path / "r")])
    assert result.exit_code == 1  # one input failed, the others were rendered
    assert f"{junk}: " in result.stderr
    names = sorted(p.name for p in (tmp_path / "r").iterdir())
    assert names == sorted([*(f"{p.name}.html" for p in SMALL), *CORPUS_PAGES])
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "junk.json" in index  # listed under "Not rendered"


def test_several_inputs_need_an_out_dir() -> None:
    result = runner.invoke(app, ["render", *map(str, SMALL[:2])])
    assert result.exit_code == 2 and "--out-dir" in result.stderr


def test_markdown_set_has_a_markdown_index(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["render", *map(str, SMALL), "-f", "md", "--out-dir", str(tmp_path), "--no-keywords"]
    )
    assert result.exit_code == 0, result.output
    index = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert index.startswith("# Reports") and all(f"({p.name}.md)" in index for p in SMALL)
