"""Bytes → text: real fixtures in GBK, GB18030, Big5 and UTF-16 parse as their UTF-8 originals.

Issue 7: "Tests with GBK, GB18030, Big5, UTF-16 (with and without BOM) encodings of real
fixtures (encode them in the test) … each parsed to the same headings/targets/tasks".
"""

from __future__ import annotations

import codecs
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from policyparse import parse_file
from policyparse.diagnostics import Diagnostics
from policyparse.io import InputError, load_bytes
from policyparse.io.decode import binary_kind, decode_bytes, plausibility
from policyparse.models import Notice
from tests.helpers import DEV

#: (encoding to write, BOM to prepend, the encoding SourceInfo must report)
ENCODINGS = [
    ("gbk", b"", "gb18030"),
    ("gb18030", b"", "gb18030"),
    ("big5", b"", "big5"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-16-be", b"", "utf-16-be"),
    ("utf-8", codecs.BOM_UTF8, "utf-8"),
]
#: Fixtures whose characters all exist in GBK and, converted to Taiwan Traditional, in Big5.
FIXTURES = ["040.txt", "077.txt", "092.txt", "020.html"]


@cache
def _source(name: str, encoding: str) -> str:
    """The fixture's text; for Big5 its Traditional (Taiwan) form, which Big5 can encode."""
    text = (DEV / name).read_text(encoding="utf-8")
    if encoding == "big5":
        import opencc

        text = opencc.OpenCC("s2tw").convert(text)
    return text


def _summary(notice: Notice) -> dict[str, Any]:
    meta = notice.metadata
    return {
        "metadata": (meta.title, meta.doc_number, meta.issuers, meta.date),
        "headings": [(h.level, h.marker, h.title, h.start, h.end) for h in notice.headings],
        "targets": [(t.deadline.year, t.text, t.start, t.end) for t in notice.targets],
        "tasks": [(t.ordinal, t.title, t.start, t.end) for t in notice.tasks],
        "stated": notice.stated_task_count,
    }


@cache
def _utf8_summary(name: str, encoding: str, tmp: str) -> tuple[str, dict[str, Any]]:
    path = Path(tmp) / f"utf8-{encoding}-{name}"
    path.write_bytes(_source(name, encoding).encode("utf-8"))
    notice = parse_file(path)
    return notice.text, _summary(notice)


@pytest.mark.parametrize("name", FIXTURES)
@pytest.mark.parametrize(("encoding", "bom", "reported"), ENCODINGS, ids=lambda v: str(v) if v else "nobom")
def test_encoded_fixture_parses_like_utf8(
    name: str, encoding: str, bom: bytes, reported: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    source = _source(name, encoding)
    base = tmp_path_factory.getbasetemp()
    path = base / f"{encoding}-{len(bom)}-{name}"
    path.write_bytes(bom + source.encode(encoding))
    notice = parse_file(path)
    assert notice.source.encoding == reported
    assert notice.source.encoding_confidence is not None and notice.source.encoding_confidence >= 0.85
    assert not [d for d in notice.diagnostics if d.code in {"W002", "W003"}]
    expected_text, expected = _utf8_summary(name, "big5" if encoding == "big5" else "utf-8", str(base))
    assert notice.text == expected_text
    assert _summary(notice) == expected
    assert expected["headings"] or expected["metadata"][0]  # the comparison is not vacuous


def test_plain_text_is_kept_exactly() -> None:
    source = (DEV / "040.txt").read_text(encoding="utf-8")
    for encoding in ("gb18030", "utf-16-le"):
        loaded = load_bytes(source.encode(encoding), name="notice.txt")
        assert loaded.text == source


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("国务院", "gbk", "gb18030"),  # unrestricted detection reads this as Korean or Big5
        ("关于印发通知", "gbk", "gb18030"),
        ("一、总体要求\n", "gbk", "gb18030"),
        ("國務院關於", "big5", "big5"),
        ("2019年", "big5", "big5"),
        ("第一章\u3000总则", "utf-16-le", "utf-16-le"),
        ("各省、自治区、直辖市人民政府：\n", "utf-16-be", "utf-16-be"),
        ("國務院關於", "utf-16-be", "utf-16-be"),
        ("推進(jìn)新型智慧城市", "gb18030", "gb18030"),
    ],
)
def test_short_texts_are_detected(text: str, encoding: str, expected: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, expected)


@pytest.mark.parametrize("encoding", ["gb18030", "big5", "utf-16-le", "utf-16-be", "utf-8"])
def test_crlf_is_not_translated(encoding: str) -> None:
    text = (
        "國務院關於\r\n一、總體要求\r\n（一）指導思想\r\n"
        if encoding == "big5"
        else "国务院关于\r\n一、总体要求\r\n"
    )
    assert decode_bytes(text.encode(encoding)).text == text


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "通知".encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + "通知".encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + "通知".encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + "通知".encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + "通知".encode("utf-32-be"), "utf-32-be"),
    ],
)
def test_byte_order_marks(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.confidence) == ("通知", encoding, 1.0)


def test_utf32_without_bom() -> None:
    decoded = decode_bytes("一、总体要求\n".encode("utf-32-le"))
    assert (decoded.text, decoded.encoding) == ("一、总体要求\n", "utf-32-le")


def test_override_wins_and_reports_replacements() -> None:
    data = "國務院".encode("big5")
    assert decode_bytes(data, encoding="big5").text == "國務院"
    diagnostics = Diagnostics()
    decoded = decode_bytes("通知".encode(), encoding="ascii", diagnostics=diagnostics)
    assert decoded.text == "\ufffd" * 6
    assert [(d.code, d.message) for d in diagnostics.items] == [
        ("W003", "6 undecodable byte sequence(s) replaced with U+FFFD")
    ]


def test_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(b"abc", name="a.txt", encoding="klingon")
    assert caught.value.exit_code == 2
    assert str(caught.value) == "a.txt: unknown encoding 'klingon' (try gb18030, big5, utf-16 or utf-8)"


def test_declared_charset_is_used_when_not_utf8() -> None:
    data = "“国务院”".encode("gbk")
    assert decode_bytes(data, declared="gbk").encoding == "gbk"
    assert decode_bytes("国务院".encode(), declared="gbk").encoding == "utf-8"  # UTF-8 bytes win


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a binary file (a PDF document), not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file (a PNG image), not text"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "is a binary file (a ZIP archive), not text"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00",
            "is a binary file (an OLE2 file (legacy .doc/.xls); save it as .docx or text), not text",
        ),
        (b"\x7fELF\x02\x01\x01\x00", "is a binary file (an ELF executable), not text"),
        (bytes(range(256)) * 8, "is a binary file, not text"),
        (b"\x00\x01\x02\x03\x00\x00\x10\x11" * 64, "is a binary file, not text"),
        (b"abc\x01\x02\x03\x04\x05\x06def" * 50, "is a binary file (control bytes), not text"),
    ],
)
def test_binary_files_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, name="notice.txt")
    assert str(caught.value) == f"notice.txt: {reason}"
    assert caught.value.exit_code == 3


def test_random_bytes_are_binary() -> None:
    import random

    data = random.Random(7).randbytes(4000)
    with pytest.raises(InputError, match="is a binary file"):
        decode_bytes(data, name="x.txt")


def test_a_stray_nul_in_utf8_text_is_binary() -> None:
    # the NUL rule (docs/inputs.md): a NUL character makes a file binary, however long it is
    text = "国务院关于印发通知的说明，" * 10 + "\x00" + "后文继续。" * 10
    with pytest.raises(InputError, match="NUL"):
        decode_bytes(text.encode())
    assert decode_bytes(text.encode(), encoding="utf-8").text == text


def test_ascii_in_utf16_without_bom() -> None:
    text = "Notice No. 35, 2017\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(encoding)).text == text


def test_text_starting_with_mz_is_text() -> None:
    assert binary_kind(b"MZ is how this note starts") is None
    assert decode_bytes(b"MZ is how this note starts").text == "MZ is how this note starts"


def test_undetectable_encoding_is_an_error() -> None:
    data = "café au lait, naïve résumé".encode("latin-1")
    with pytest.raises(InputError) as caught:
        decode_bytes(data, name="menu.txt")
    assert (
        str(caught.value) == "menu.txt: cannot be decoded as UTF-8, GB18030, Big5 or UTF-16 (pass --encoding)"
    )
    assert caught.value.exit_code == 3


def test_a_few_broken_bytes_are_replaced_with_a_diagnostic() -> None:
    source = (DEV / "040.txt").read_text(encoding="utf-8")
    data = bytearray(source.encode("gb18030"))
    data[300:301] = b"\xff"  # one corrupt byte in the middle of a GB18030 file
    diagnostics = Diagnostics()
    decoded = decode_bytes(bytes(data), diagnostics=diagnostics)
    assert decoded.encoding == "gb18030"
    assert decoded.confidence < 0.85
    assert decoded.text.count("\ufffd") >= 1
    assert len(decoded.text) == pytest.approx(len(source), abs=2)
    assert [d.code for d in diagnostics.items] == ["W003", "W002"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("国务院关于印发通知", 1.0, 1.0),
        ("國務院關於推進新型智慧城市建設", 0.99, 1.0),
        ("捡曩\u2061甠污楴Ⱐ湡\uef76攠狩獵淩", 0.0, 0.5),  # Latin-1 read as UTF-16-BE
        ("\ue000\ue001\x01\x02", 0.0, 0.1),
    ],
)
def test_plausibility(text: str, low: float, high: float) -> None:
    assert low <= plausibility(text) <= high
