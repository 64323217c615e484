"""Input limits (archives, HTML text), the worker-count rule, and the atomic writer."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from policyparse.atomic import replacing, write_atomic
from policyparse.batch import default_workers
from policyparse.io import InputError, load_bytes
from policyparse.io.archive import DEFAULT_MAX_CHARS, ArchiveLimits, check_archive, declared_members
from policyparse.pipeline import DEFAULT_MAX_CHARS as PIPELINE_MAX_CHARS
from tests.test_reliability import EMPTY_RUN, bomb_docx


def test_the_archive_default_follows_the_parser_default() -> None:
    assert DEFAULT_MAX_CHARS == PIPELINE_MAX_CHARS
    assert (
        ArchiveLimits().max_unpacked_bytes == ArchiveLimits.for_chars(PIPELINE_MAX_CHARS).max_unpacked_bytes
    )
    assert ArchiveLimits.for_chars(None).max_unpacked_bytes is None


def test_member_count_is_read_before_the_directory() -> None:
    data = bomb_docx(b"<w:p/>", 1000, members=40)
    assert declared_members(data) == 43
    with pytest.raises(InputError, match=r"is an archive of 43 members, over the limit of 10$") as caught:
        check_archive(data, name="a.docx", limits=ArchiveLimits(max_members=10))
    assert caught.value.exit_code == 4


def test_unpacked_size_follows_max_chars() -> None:
    import random

    rng = random.Random(0)
    text = "".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(60_000))  # compresses about 2:1
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f"<w:t>{text}</w:t>")
    data = buffer.getvalue()
    check_archive(data, name="a.docx")  # fine under the defaults
    with pytest.raises(InputError, match=r"unpacks to [\d,]+ bytes, over the limit of 100,000") as caught:
        check_archive(data, name="a.docx", limits=ArchiveLimits.for_chars(10_000))
    assert caught.value.exit_code == 4


def test_ratio_limit_spares_small_members_and_can_be_lifted() -> None:
    small = bomb_docx(EMPTY_RUN, 1000)  # 54 KB of XML at a high ratio: under the grace size
    check_archive(small, name="a.docx")
    bomb = bomb_docx(EMPTY_RUN, 100_000)
    with pytest.raises(InputError, match="compression ratio"):
        check_archive(bomb, name="a.docx")
    check_archive(bomb, name="a.docx", limits=ArchiveLimits(max_ratio=None))


def test_a_corrupt_zip_is_left_to_the_reader() -> None:
    check_archive(b"PK\x03\x04 not really", name="a.docx")  # no error here ...
    with pytest.raises(InputError) as caught:  # ... the reader says it is not readable
        load_bytes(b"PK\x03\x04 not really", name="a.docx")
    assert caught.value.exit_code == 3


def test_html_text_is_held_to_max_chars() -> None:
    page = "<html><body><ol>" + "<li>第一条 内容</li>" * 2000 + "</ol></body></html>"
    assert len(load_bytes(page.encode(), name="a.html").text) > 10_000
    with pytest.raises(InputError, match=r"exceeds the limit of 10000 characters") as caught:
        load_bytes(page.encode(), name="a.html", max_chars=10_000)
    assert caught.value.exit_code == 4


@pytest.mark.parametrize(
    ("inputs", "size", "cores", "expected"),
    [
        (1, 50_000_000, 2, 1),  # one input: nothing to share
        (59, 1_500_000, 2, 1),  # the 59 pool documents: in-process
        (359, 8_800_000, 2, 2),
        (359, 8_800_000, 8, 8),
        (5, 8_800_000, 8, 5),  # no more workers than inputs
        (100, 4_500_000, 8, 4),  # one per MB
    ],
)
def test_default_workers_follows_the_work(inputs: int, size: int, cores: int, expected: int) -> None:
    assert default_workers(inputs, size, cores=cores) == expected


def test_atomic_write_leaves_nothing_on_interrupt(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, "old")
    with pytest.raises(KeyboardInterrupt), replacing(target) as temporary:
        temporary.write_text("half")
        raise KeyboardInterrupt
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_zip_helpers_read_a_real_package() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a", b"x")
    assert declared_members(buffer.getvalue()) == 1
    assert declared_members(b"no zip here") is None
