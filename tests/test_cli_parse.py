"""``policyparse parse`` end to end: single files, stdin, directories, batches, resume, exit codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policyparse import parse_file
from policyparse.cli.app import run
from tests.helpers import DEV, DEV_FILES

#: The four smallest fixtures: quick on 2 cores.
SOME = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[:4]
CLI = [sys.executable, "-c", "from policyparse.cli import main; main()"]


def cli(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real command in a subprocess (stdout/stderr captured as bytes)."""
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=120, check=False)


def invoke(args: list[str], capfd: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the command in-process; return exit code, stdout and stderr."""
    code = run(args)
    out, err = capfd.readouterr()
    return code, out, err


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_one_file_prints_exactly_the_model_json(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, err = invoke(["parse", str(DEV_FILES[0])], capfd)
    assert code == 0
    assert out == parse_file(DEV_FILES[0]).model_dump_json(indent=2) + "\n"
    assert err == ""


def test_stdin_is_read_as_bytes_and_decoded() -> None:
    data = DEV_FILES[0].read_bytes()
    result = cli(["parse", "-"], stdin=data)
    assert result.returncode == 0, result.stderr
    notice = json.loads(result.stdout)
    assert notice["text"] == parse_file(DEV_FILES[0]).text
    assert notice["source"]["path"] is None


def test_gb18030_stdin_with_encoding_option() -> None:
    text = "国务院关于印发新一代人工智能发展规划的通知\n国发〔2017〕35号\n"
    result = cli(["parse", "--encoding", "gb18030", "-"], stdin=text.encode("gb18030"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["text"] == text


def test_no_text_and_jsonl_for_one_file(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, _ = invoke(["parse", "--no-text", "--format", "jsonl", str(DEV_FILES[0])], capfd)
    assert code == 0
    [record] = _records(out)
    assert record["status"] == "ok" and record["path"] == str(DEV_FILES[0])
    assert isinstance(record["notice"], dict) and "text" not in record["notice"]


def test_a_directory_is_taken_as_given() -> None:
    """``parse DIR`` walks it (as ruff and pytest do); ``-r`` is still accepted."""
    result = cli(["parse", "-q", "-w", "1", str(DEV)])
    assert result.returncode == 0, result.stderr
    assert [Path(r["path"]).name for r in _records(result.stdout.decode())] == [p.name for p in DEV_FILES]
    assert cli(["parse", "-q", "-w", "1", "-r", str(DEV)]).stdout == result.stdout


def test_a_directory_without_documents_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = cli(["parse", str(tmp_path)])
    assert result.returncode == 3 and result.stdout == b""
    assert (
        result.stderr.decode()
        == f"policyparse: no input found in {tmp_path} (files matching *.txt *.md *.html *.htm *.docx)\n"
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["parse", "/no/such/file.txt"], 3, "no such file"),
        (["parse", "--encoding", "nope", str(DEV_FILES[0])], 2, "unknown encoding"),
        (["parse", "--anchor-date", "2020-02-30", str(DEV_FILES[0])], 2, "--anchor-date"),
        (["parse", "--max-chars", "10", str(DEV_FILES[0])], 4, "limit"),
        (["parse", "--resume", str(DEV_FILES[0]), str(DEV_FILES[1])], 2, "--resume needs"),
        (["parse", "--format", "yaml", str(DEV_FILES[0])], 2, "--format"),
        (["parse", "--format", "json", str(DEV_FILES[0]), str(DEV_FILES[1])], 2, "jsonl"),
    ],
)
def test_errors_are_one_line_with_documented_codes(
    args: list[str], code: int, message: str, capfd: pytest.CaptureFixture[str]
) -> None:
    exit_code, out, err = invoke(args, capfd)
    assert exit_code == code
    assert out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_binary_and_empty_files(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = invoke(["parse", str(binary)], capfd)
    assert (code, out) == (3, "") and "binary" in err
    code, out, _ = invoke(["parse", str(empty)], capfd)
    assert code == 0 and json.loads(out)["text"] == ""


def test_batch_to_stdout_is_ordered_jsonl_with_a_summary(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, err = invoke(["parse", "--workers", "2", *map(str, SOME)], capfd)
    assert code == 0
    records = _records(out)
    assert [r["path"] for r in records] == [str(p) for p in SOME]
    assert all(r["status"] == "ok" for r in records)
    assert records[1]["notice"] == json.loads(parse_file(SOME[1]).model_dump_json())
    [summary] = err.splitlines()
    assert summary.startswith(f"policyparse: {len(SOME)} files, 0 failed") and "docs/s" in summary


def test_failures_inside_a_batch(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gone.txt"
    code, out, err = invoke(["parse", "-w", "1", str(SOME[0]), str(missing), str(SOME[1])], capfd)
    assert code == 1
    records = _records(out)
    assert [r["status"] for r in records] == ["ok", "error", "ok"]
    assert records[1]["path"] == str(missing) and str(records[1]["error"]).startswith("no such file")
    assert "3 files, 1 failed" in err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory tree holding the small fixtures, one of them a level down, and a stray file."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for index, path in enumerate(SOME):
        shutil.copy(path, (root / "sub" if index == 0 else root) / path.name)
    (root / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return root


def test_recursive_directory_with_glob_unordered(corpus: Path, capfd: pytest.CaptureFixture[str]) -> None:
    code, out, _ = invoke(
        ["parse", "-r", "--glob", "*.txt", "--unordered", "-w", "2", "-q", str(corpus)], capfd
    )
    assert code == 0
    names = sorted(Path(str(r["path"])).name for r in _records(out))
    assert names == sorted(p.name for p in SOME if p.suffix == ".txt")


def test_output_file_and_resume(corpus: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = invoke(["parse", "-r", str(corpus), "-o", str(target), "-w", "1"], capfd)
    assert (code, out) == (0, "")
    full = target.read_bytes()
    lines = full.splitlines(keepends=True)
    # a run killed in the middle of its third record: two complete lines and a torn one
    target.write_bytes(b"".join(lines[:2]) + lines[2][:100])
    code, _, err = invoke(["parse", "-r", str(corpus), "-o", str(target), "--resume", "-w", "1"], capfd)
    assert code == 0
    assert "2 files" in err and "2 skipped" in err
    assert target.read_bytes() == full


def test_out_dir_writes_one_json_per_input_and_resumes(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    code, out, _ = invoke(["parse", "-r", str(DEV), "--out-dir", str(out_dir), "-w", "2", "-q"], capfd)
    assert (code, out) == (0, "")
    written = sorted(p.name for p in out_dir.iterdir())
    assert written == sorted(f"{p.name}.json" for p in DEV_FILES)
    assert (out_dir / f"{DEV_FILES[0].name}.json").read_text(encoding="utf-8") == (
        parse_file(DEV_FILES[0]).model_dump_json(indent=2) + "\n"
    )
    (out_dir / f"{DEV_FILES[0].name}.json").unlink()
    code, _, err = invoke(["parse", "-r", str(DEV), "--out-dir", str(out_dir), "--resume", "-w", "1"], capfd)
    assert code == 0 and f"1 files, 0 failed, {len(DEV_FILES) - 1} skipped" in err
    assert len(list(out_dir.iterdir())) == len(DEV_FILES)


def test_disk_full_stops_the_batch_and_says_so(capfd: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    code, _, err = invoke(["parse", "-w", "1", "-o", "/dev/full", *map(str, SOME)], capfd)
    assert code == 1
    assert "No space left on device" in err and "--resume" in err and "Traceback" not in err


def test_permission_denied_in_a_batch_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked.txt"
    shutil.copy(SOME[0], locked)
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = invoke(["parse", "-w", "1", str(locked), str(SOME[1])], capfd)
    assert code == 1
    assert [r["status"] for r in _records(out)] == ["error", "ok"]
    assert _records(out)[0] == {"path": str(locked), "status": "error", "error": "permission denied"}
    assert "2 files, 1 failed" in err and "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_unreadable_file_in_a_batch(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked.txt"
    shutil.copy(SOME[0], locked)
    locked.chmod(0)
    code, out, _ = invoke(["parse", "-w", "1", str(locked), str(SOME[1])], capfd)
    assert code == 1
    assert _records(out)[0] == {"path": str(locked), "status": "error", "error": "permission denied"}


def test_broken_pipe_is_quiet() -> None:
    """``policyparse parse … | head -c 100``: exit 141, nothing on stderr."""
    # enough output to overflow the pipe buffer after head has gone: 48 documents with their text
    files = " ".join(str(p) for p in SOME * 12)
    script = (
        f"{' '.join(CLI[:2])} {CLI[2]!r} parse {files} -w 2 | head -c 100 >/dev/null; echo ${{PIPESTATUS[0]}}"
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, timeout=120, check=False)
    assert result.stdout.strip() == b"141"
    assert result.stderr == b""


def test_markdown_is_clean_when_unavailable_or_works(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, err = invoke(["parse", "--format", "md", str(DEV_FILES[0])], capfd)
    try:
        from policyparse.render.markdown import to_markdown  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        assert code == 2 and out == "" and "markdown" in err
    else:
        markdown = to_markdown(parse_file(DEV_FILES[0]))
        assert code == 0 and out.rstrip("\n") == markdown.rstrip("\n")


def test_interrupt_leaves_only_whole_records(tmp_path: Path) -> None:
    """Ctrl-C in the middle of a batch: exit 130, a message and no traceback, only complete records."""
    import signal
    import time

    target = tmp_path / "out.jsonl"
    inputs = [str(p) for p in SOME] * 150
    process = subprocess.Popen([*CLI, "parse", "-w", "2", "-o", str(target), *inputs], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not target.exists() or target.stat().st_size == 0):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"interrupted" in err and b"Traceback" not in err
    lines = target.read_bytes().splitlines(keepends=True)
    assert lines and all(line.endswith(b"\n") for line in lines)
    assert all(json.loads(line)["status"] == "ok" for line in lines)


@pytest.mark.parametrize(
    ("flags", "kwargs"),
    [
        (["--simplified"], {"simplified": True}),
        (["--keywords"], {"keywords": True}),
        (["--anchor-date", "2020-01-01"], {"anchor_date": dt.date(2020, 1, 1)}),
    ],
    ids=["simplified", "keywords", "anchor-date"],
)
def test_parser_options_reach_every_worker(
    flags: list[str], kwargs: dict[str, object], capfd: pytest.CaptureFixture[str]
) -> None:
    traditional = DEV / "000.txt"  # a Traditional-script press release: --simplified changes it
    # parsed here first, so the forked workers inherit whatever it loaded (jieba for keywords)
    expected = json.loads(parse_file(traditional, **kwargs).model_dump_json())  # type: ignore[arg-type]
    code, out, _ = invoke(["parse", "-q", "-w", "2", *flags, str(traditional), str(SOME[0])], capfd)
    assert code == 0
    records = _records(out)
    assert records[0]["notice"] == expected
    if "anchor_date" not in kwargs:  # these two change this document's output
        assert expected != json.loads(parse_file(traditional).model_dump_json())


def test_out_dir_write_failure_is_counted_and_the_batch_goes_on(
    corpus: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    blocked = out_dir / f"{SOME[1].name}.json"
    blocked.mkdir(parents=True)  # a directory where the file should go: os.replace fails
    code, out, err = invoke(["parse", "-r", str(corpus), "--out-dir", str(out_dir), "-w", "1"], capfd)
    assert code == 1 and out == ""
    assert f"{SOME[1].name}" in err and "Traceback" not in err
    assert f"{len(SOME)} files, 1 failed" in err
    written = sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*.json") if p.is_file())
    assert len(written) == len(SOME) - 1
    assert not list(out_dir.rglob("*.tmp"))  # no temporary file left behind
