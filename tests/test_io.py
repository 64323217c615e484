"""Reading files: the error paths (one line, a documented exit code, no traceback) and empty input.

Issues 2 and 10: "a path that does not exist, a directory, unreadable bytes, permission denied,
a binary file, an empty file, invalid --encoding: a one-line error naming the file and the
reason, a documented non-zero exit code, no traceback".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from policyparse import parse_file
from policyparse.cli.app import run
from policyparse.io import InputError, load, load_bytes
from tests.helpers import DEV


def _unreadable(path: Path) -> bool:
    """chmod 000 and check that it took effect (it does not for root)."""
    path.chmod(0)
    try:
        path.read_bytes()
    except PermissionError:
        return True
    return False


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    truncated = tmp_path / "broken.docx"
    truncated.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 40)
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\nendobj\n")
    latin = tmp_path / "menu.txt"
    latin.write_bytes("café au lait, naïve résumé".encode("latin-1"))
    directory = tmp_path / "folder"
    directory.mkdir()
    return {
        "missing": tmp_path / "missing.txt",
        "directory": directory,
        "binary": binary,
        "truncated_docx": truncated,
        "undecodable": latin,
    }


REASONS = {
    "missing": "no such file or directory",
    "directory": "is a directory (pass --recursive to parse the files in it)",
    # PDF bytes go to the PDF reader whatever the name (issue 20); this one is truncated.
    "binary": "is not a readable PDF (data format error)",
    "truncated_docx": "is not a readable .docx file (truncated or not a ZIP archive)",
    "undecodable": "cannot be decoded as UTF-8, GB18030, Big5 or UTF-16 (pass --encoding)",
}


@pytest.mark.parametrize("kind", sorted(REASONS))
def test_load_errors_are_one_line(kind: str, bad_inputs: dict[str, Path]) -> None:
    path = bad_inputs[kind]
    with pytest.raises(InputError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: {REASONS[kind]}"
    assert (caught.value.path, caught.value.reason, caught.value.exit_code) == (str(path), REASONS[kind], 3)


def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("通知", encoding="utf-8")
    if not _unreadable(path):
        pytest.skip("running with privileges that ignore file modes (root)")
    with pytest.raises(InputError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: permission denied"
    assert caught.value.exit_code == 3


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "cannot be read (Input/output error)"),
    ],
)
def test_read_failures_map_to_one_line(
    error: OSError, reason: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Also covers permission denied when the suite runs as root (chmod has no effect there).
    path = tmp_path / "notice.txt"
    path.write_text("通知", encoding="utf-8")

    def fail(self: Path) -> bytes:
        raise error

    monkeypatch.setattr(Path, "read_bytes", fail)
    with pytest.raises(InputError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: {reason}"
    assert caught.value.exit_code == 3


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_fifo_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(InputError) as caught:
        load(path)  # must not block waiting for a writer
    assert str(caught.value) == f"{path}: is not a regular file"


def test_size_limit_is_exit_code_4(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("通知" * 100, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load(path, max_bytes=100)
    assert str(caught.value) == f"{path}: is 600 bytes, over the limit of 100"
    assert caught.value.exit_code == 4


def test_message_stays_on_one_line() -> None:
    error = InputError("bad\nname.txt", "is a binary file, not text")
    assert str(error) == "bad\\nname.txt: is a binary file, not text"
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    ("content", "suffix"), [(b"", ".txt"), (b"  \r\n\t\n", ".txt"), (b"", ".docx"), (b"", ".html")]
)
def test_empty_files_give_an_empty_notice(content: bytes, suffix: str, tmp_path: Path) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(content)
    notice = parse_file(path)
    assert notice.text == content.decode()
    assert [d.code for d in notice.diagnostics] == ["I001"]
    assert notice.headings == [] and notice.tasks == [] and notice.targets == []


def test_source_info_of_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes((DEV / "077.txt").read_text(encoding="utf-8").encode("gb18030"))
    source = parse_file(path).source
    assert (source.path, source.format, source.encoding, source.encoding_confidence) == (
        str(path),
        "text",
        "gb18030",
        1.0,
    )


def test_load_bytes_without_a_name() -> None:
    loaded = load_bytes("一、总体要求".encode("gbk"))
    assert (loaded.text, loaded.source.path, loaded.source.encoding) == ("一、总体要求", "<bytes>", "gb18030")


# ------------------------------------------------------------------ the command line


@pytest.mark.parametrize("kind", sorted(set(REASONS) - {"directory"}))  # the CLI walks directories
def test_cli_reports_unreadable_inputs_on_one_line(
    kind: str, bad_inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_inputs[kind]
    code = run(["parse", str(path)])
    captured = capsys.readouterr()
    assert code == 3
    assert captured.out == ""
    assert captured.err == f"policyparse: {path}: {REASONS[kind]}\n"


def test_cli_unknown_encoding_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("通知", encoding="utf-8")
    code = run(["parse", "--encoding", "klingon", str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.count("\n") == 1 and "klingon" in captured.err and "Traceback" not in captured.err


def test_cli_encoding_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes("國務院關於".encode("big5"))
    assert run(["parse", "--encoding", "big5", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["text"], result["source"]["encoding"], result["source"]["encoding_confidence"]) == (
        "國務院關於",
        "big5",
        1.0,
    )


def test_cli_empty_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert run(["parse", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [d["code"] for d in result["diagnostics"]] == ["I001"]


def test_cli_batch_reports_the_bad_file_and_goes_on(
    bad_inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["parse", str(bad_inputs["binary"]), str(DEV / "077.txt")])
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert code != 0
    assert "Traceback" not in captured.err
    assert any(str(bad_inputs["binary"]) in json.dumps(record, ensure_ascii=False) for record in records)
    assert any(
        "077" in json.dumps(record, ensure_ascii=False) and "headings" in json.dumps(record)
        for record in records
    )


def test_cli_process_binary_file(bad_inputs: dict[str, Path]) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from policyparse.cli import main; main()",
            "parse",
            str(bad_inputs["binary"]),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr == f"policyparse: {bad_inputs['binary']}: {REASONS['binary']}\n"
