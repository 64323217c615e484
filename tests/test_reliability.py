"""The five defects of issue 18, one test each (they failed on the code before the fix).

1. worker processes outliving their parent (SIGTERM, SIGKILL);
2. ``--resume`` writing error records a second time;
3. a small ``.docx`` that unpacks to a great deal of XML (an archive bomb);
4. ``Notice.model_dump_json`` raising on a lone surrogate;
5. a NUL byte making a file binary at 48 bytes but not at 7 KB.
"""

from __future__ import annotations

import io
import json
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from policyparse import parse
from policyparse.io import InputError, load, load_bytes
from policyparse.models import NoiseKind, Notice, SourceInfo
from tests.faults import alive, children_of, kill_all, line_count, wait_until
from tests.helpers import DEV_FILES, assert_offsets_hold

CLI = [sys.executable, "-c", "from policyparse.cli import main; main()"]
SMALLEST = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[:4]


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")


# ------------------------------------------------------------------ 1. workers die with their parent


@needs_proc
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_workers_do_not_outlive_their_parent(signum: int, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    inputs = [str(p) for p in SMALLEST] * 200
    process = subprocess.Popen(
        [*CLI, "parse", "-q", "-w", "2", "-o", str(target), *inputs], stderr=subprocess.DEVNULL
    )
    workers: set[int] = set()
    try:
        assert wait_until(lambda: line_count(target) >= 2), "the batch never started writing"
        workers = children_of(process.pid)
        assert len(workers) >= 2
        process.send_signal(signum)
        process.wait(timeout=60)
        assert wait_until(lambda: not any(alive(pid) for pid in workers), timeout=30), (
            f"workers {sorted(pid for pid in workers if alive(pid))} outlived their parent"
        )
    finally:
        kill_all(process, workers)
    lines = target.read_bytes().splitlines(keepends=True)
    if signum == signal.SIGTERM:  # handled: only whole records, exit 128 + 15
        assert process.returncode == 143
        assert all(line.endswith(b"\n") and json.loads(line) for line in lines)


# ------------------------------------------------------------------ 2. --resume keeps error records once


def test_resume_does_not_repeat_error_records(tmp_path: Path) -> None:
    from policyparse.cli.app import run

    good = [tmp_path / f"good{index}.txt" for index in range(3)]
    for path in good:
        shutil.copy(SMALLEST[0], path)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    inputs = [str(good[0]), str(binary), str(good[1]), str(missing), str(good[2])]
    target = tmp_path / "out.jsonl"
    assert run(["parse", "-q", "-w", "1", "-o", str(target), *inputs[:2]]) == 1  # an interrupted first run
    assert run(["parse", "-q", "-w", "1", "--resume", "-o", str(target), *inputs]) == 1
    assert run(["parse", "-q", "-w", "1", "--resume", "-o", str(target), *inputs]) == 0  # nothing left
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert sorted(record["path"] for record in records) == sorted(inputs)
    assert {record["path"]: record["status"] for record in records}[str(binary)] == "error"


# ------------------------------------------------------------------ 3. archive bombs


def _docx_parts() -> dict[str, bytes]:
    """The parts of a minimal valid Word package, without ``word/document.xml``."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            b'"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
            b'.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
            b'"word/document.xml"/></Relationships>'
        ),
        "head": f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>'.encode(),
        "tail": b"</w:body></w:document>",
    }


def bomb_docx(paragraph: bytes, repeat: int, *, members: int = 0) -> bytes:
    """A valid .docx whose document.xml is ``paragraph`` ``repeat`` times (streamed: small in memory)."""
    parts = _docx_parts()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", parts["[Content_Types].xml"])
        archive.writestr("_rels/.rels", parts["_rels/.rels"])
        with archive.open("word/document.xml", "w") as member:
            member.write(parts["head"])
            block = paragraph * 1000
            for _ in range(repeat // 1000):
                member.write(block)
            member.write(parts["tail"])
        for index in range(members):
            archive.writestr(f"customXml/item{index}.xml", b"<a/>")
    return buffer.getvalue()


#: An empty formatted run: Word writes these; a million of them is what a bomb is made of.
EMPTY_RUN = b"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t></w:t></w:r></w:p>"


def test_a_docx_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = bomb_docx(EMPTY_RUN, 400_000)  # 21 MB of XML
    assert len(data) < 100_000  # small on disk
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)

    import docx

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the package was opened: the bomb was not refused first")

    monkeypatch.setattr(docx, "Document", never)
    with pytest.raises(InputError) as caught:
        load(path)
    assert caught.value.exit_code == 4
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert "compression ratio" in message


def test_cli_refuses_a_docx_bomb_with_one_line_and_exit_4(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb_docx(EMPTY_RUN, 400_000))
    result = subprocess.run([*CLI, "parse", str(path)], capture_output=True, timeout=120, check=False)
    assert result.returncode == 4
    assert result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"policyparse: {path}: ")


# ------------------------------------------------------------------ 4. lone surrogates at the model boundary


@pytest.mark.parametrize(
    "text",
    ["一、总体\ud800要求\n", "a\udc80b", "\udfff", "到2025年，\ud83d完成建设。\ud800\udc00\udbff"],
    ids=["high", "low", "alone", "mixed"],
)
def test_standard_pydantic_calls_work_with_lone_surrogates(text: str) -> None:
    notice = parse(text)
    dumped = notice.model_dump_json()  # raised PydanticSerializationError before
    again = Notice.model_validate_json(dumped)
    assert again == notice
    assert again.model_dump() == notice.model_dump()
    assert len(notice.text) == len(text)  # one code point for one: offsets unchanged
    assert_offsets_hold(again)
    for position, char in enumerate(text):
        lone = 0xD800 <= ord(char) <= 0xDFFF
        assert notice.text[position] == ("\ufffd" if lone else char)
    spans = [(n.start, n.end) for n in notice.noise if n.kind is NoiseKind.LONE_SURROGATE]
    lone_positions = [i for i, c in enumerate(text) if 0xD800 <= ord(c) <= 0xDFFF]
    assert sorted(i for start, end in spans for i in range(start, end)) == lone_positions
    assert [d.code for d in notice.diagnostics].count("W005") == 1


def test_a_notice_built_directly_is_cleaned_too() -> None:
    notice = Notice(text="a\udc80b", source=SourceInfo(path="x\udcff.txt"))
    assert notice.text == "a\ufffdb" and notice.source.path == "x\ufffd.txt"
    assert [(n.kind, n.start, n.end) for n in notice.noise] == [(NoiseKind.LONE_SURROGATE, 1, 2)]
    assert [(d.code, d.start, d.end) for d in notice.diagnostics] == [("W005", 1, 2)]
    assert Notice.model_validate_json(notice.model_dump_json()) == notice


# ------------------------------------------------------------------ 5. one NUL-byte rule


@pytest.mark.parametrize("size", [48, 7_000, 100_000])
def test_a_nul_byte_makes_a_file_binary_whatever_its_size(size: int) -> None:
    line = "国务院关于加强管理的通知。\n".encode()
    lines = max(1, size // len(line))
    data = line * (lines // 2) + b"\x00" + line * (lines - lines // 2)  # about ``size`` bytes
    with pytest.raises(InputError, match="is a binary file"):
        load_bytes(data, name="a.txt")


def test_utf16_without_bom_is_still_text() -> None:
    text = "关于印发实施方案的通知\n一、总体要求\nABC 2025\n" * 20
    for codec in ("utf-16-le", "utf-16-be"):
        assert load_bytes(text.encode(codec), name="a.txt").text == text


def test_forced_encoding_keeps_nul_characters() -> None:
    loaded = load_bytes("通知\x00正文".encode(), name="a.txt", encoding="utf-8")
    assert loaded.text == "通知\x00正文"


def _blocked_signals() -> set[int]:
    return {int(s) for s in signal.pthread_sigmask(signal.SIG_BLOCK, [])}


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_a_worker_forked_while_signals_are_held_can_still_be_stopped() -> None:
    # the parent blocks the stop signals while it writes a record; a worker forked then inherited
    # the mask, ignored the SIGTERM that ends it, and a stopped batch hung waiting for it
    from policyparse.batch.pool import _Pool
    from policyparse.batch.signals import STOP_SIGNALS, deferred_signals

    pool = _Pool(1)
    try:
        with deferred_signals():
            blocked = pool.executor.submit(_blocked_signals).result(timeout=120)
    finally:
        pool.stop(finished=True)
    assert not blocked & {int(s) for s in STOP_SIGNALS}
