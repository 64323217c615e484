"""Structure-aware fuzzing of every input path: text, bytes in each encoding, HTML, .docx, the batch writer.

Each path has a generator (``random.Random`` → an input) and a check that runs the product on
it and raises :class:`FuzzFailure` when a rule is broken. The rules:

* ``text``: ``parse`` returns a notice whose ``model_dump_json`` / ``model_validate_json``
  round trip is exact, with every offset inside the text (lone surrogates included);
* ``bytes-<codec>``, ``html``, ``docx``: ``load_bytes`` + ``parse`` either give such a notice or
  raise a one-line :class:`~policyparse.io.InputError`; nothing else escapes; no E901; a
  ``.docx`` never shows the content of an external entity;
* ``batch``: a small batch written with a fault injected (disk full or permission denied at
  the k-th write, an input deleted or replaced between listing and reading) leaves only whole,
  valid records; resumed without the fault, every input has exactly one record.

``tests/test_fuzz.py`` runs a few of each in the suite; ``benchmarks/fuzz.py`` runs 10^5.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import random
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from policyparse import parse
from policyparse.io import InputError, load_bytes
from policyparse.models import Notice

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PIECES = (
    "国务院关于印发",
    "实施方案的通知",
    "一、",
    "（一）",
    "1.",
    "（1）",
    "①",
    "第一章",
    "第一条",
    "一是",
    "到2025年，",
    "国发〔2017〕35号",
    "推進(jìn)",
    "88.5%",
    "（省发展改革委牵头，省财政厅配合）",
    "各省、自治区、直辖市人民政府：",
    "2019年2月19日",
    "附件：",
    "\n",
    "\r\n",
    "\n\n",
    "　",
    "。",
    "，",
    "<p>",
    "##",
    "?",
    "�",
    "\t",
    "\x0b",
    "\u2028",
    "\ufeff",
    "\u200b",
    "A",
    "7",
    "０",
    "十二",
)
ODD = ("\ud800", "\udfff", "\udc80", "\x00", "\x1b", "\x7f", "\u0085", "\U0002a6a5", "\uffff")
CODECS = ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "utf-32")


class FuzzFailure(Exception):
    """A rule of the product was broken on a generated input."""


# ------------------------------------------------------------------ generators


#: Longest generated text: fuzzing wants many varied inputs; size is benchmarks/scaling.py's job.
MAX_TEXT = 20_000


def policy_text(rng: random.Random, *, odd: bool = True, size: int = 60) -> str:
    """Policy-like text: pieces of real notices, repeated runs, odd code points (surrogates too)."""
    parts: list[str] = []
    length = 0
    for _ in range(rng.randint(1, size)):
        roll = rng.random()
        if odd and roll < 0.05:
            part = rng.choice(ODD)
        elif roll < 0.15:
            part = chr(rng.randint(0x4E00, 0x9FFF)) * rng.randint(1, 3)
        elif roll < 0.2 and parts:
            part = parts[-1] * rng.randint(2, 20)  # runs of similar paragraphs, as real documents have
        else:
            part = rng.choice(PIECES)
        if length + len(part) > MAX_TEXT:
            break
        parts.append(part)
        length += len(part)
    return "".join(parts)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Flip, insert, delete or splice a few bytes (or nothing)."""
    buffer = bytearray(data)
    for _ in range(rng.choice((0, 0, 1, 2, 5))):
        if not buffer:
            break
        at = rng.randrange(len(buffer))
        action = rng.randrange(4)
        if action == 0:
            buffer[at] = rng.randrange(256)
        elif action == 1:
            buffer.insert(at, rng.choice((0, 0x80, 0xFF, 0x1B, rng.randrange(256))))
        elif action == 2:
            del buffer[at]
        else:
            buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    if rng.random() < 0.1:
        buffer = buffer[: rng.randrange(len(buffer) + 1)]
    return bytes(buffer)


def encoded(rng: random.Random, codec: str) -> bytes:
    """A document in ``codec`` (characters it cannot carry dropped), sometimes mutated."""
    text = policy_text(rng, odd=False)
    return (
        mutate(text.encode(codec, errors="ignore"), rng)
        if rng.random() < 0.5
        else text.encode(codec, "ignore")
    )


_HTML_TAGS = ("div", "p", "span", "table", "tr", "td", "ol", "li", "ul", "h1", "a", "b", "section", "font")


def html_page(rng: random.Random) -> bytes:
    """An HTML page: nested blocks (sometimes very deep or unclosed), tables, lists, scripts, an info table."""
    out = ["<!DOCTYPE html><html><head>"]
    charset = rng.choice(("utf-8", "gb18030", "big5"))
    out.append(f'<meta charset="{charset}"><title>{policy_text(rng, odd=False, size=4)}</title>')
    if rng.random() < 0.2:
        out.append("<style>ol { list-style: none }</style>")
    out.append("</head><body>")
    if rng.random() < 0.3:
        out.append(
            "<table><tr><td>发文字号：</td><td>国发〔2017〕35号</td></tr><tr><td>成文日期：</td><td>2017年7月8日</td></tr></table>"
        )
    depth = rng.choice((3, 10, 50, 400, 3000))
    opened: list[str] = []
    for _ in range(rng.randint(1, 80)):
        roll = rng.random()
        if roll < 0.3 and len(opened) < depth:
            tag = rng.choice(_HTML_TAGS)
            attributes = rng.choice(
                ("", ' style="display:none"', ' class="nav"', ' class="content"', ' start="99999999"')
            )
            out.append(f"<{tag}{attributes}>")
            opened.append(tag)
        elif roll < 0.45 and opened:
            out.append(f"</{opened.pop()}>" if rng.random() < 0.9 else "")
        elif roll < 0.5:
            out.append(
                rng.choice(
                    (
                        "<script>var a='<p>';</script>",
                        "<!-- 注释 -->",
                        "&nbsp;",
                        "&#x4E00;",
                        "&bogus;",
                        "<br>",
                    )
                )
            )
        else:
            out.append(policy_text(rng, odd=False, size=8))
    data = "".join(out).encode(charset, errors="ignore")
    return mutate(data, rng) if rng.random() < 0.3 else data


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
    '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
    'document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/numbering" Target="numbering.xml"/></Relationships>'
)


def _xml_text(rng: random.Random) -> str:
    text = policy_text(rng, odd=False, size=6)
    return "".join(c for c in text if c in "\t\n\r" or 0x20 <= ord(c) < 0xD800 or 0xE000 <= ord(c) < 0xFFFE)


def _paragraphs(rng: random.Random) -> str:
    """Body XML: numbered paragraphs, tables, content controls nested (sometimes very deep)."""
    out: list[str] = []
    for _ in range(rng.randint(1, 30)):
        roll = rng.random()
        text = _xml_text(rng).replace("&", "&amp;").replace("<", "&lt;")
        if roll < 0.5:
            num = f'<w:pPr><w:numPr><w:ilvl w:val="{rng.choice(("0", "1", "8", "-3", "99"))}"/><w:numId w:val="{rng.choice(("1", "2", "0", "x"))}"/></w:numPr></w:pPr>'
            out.append(f"<w:p>{num if rng.random() < 0.6 else ''}<w:r><w:t>{text}</w:t></w:r></w:p>")
        elif roll < 0.7:
            out.append(f"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
        elif roll < 0.8:
            depth = rng.choice((2, 20, 200, 2000))
            out.append(
                "<w:sdt><w:sdtContent>" * depth
                + f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
                + "</w:sdtContent></w:sdt>" * depth
            )
        else:
            out.append(
                f'<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>{text}</w:t></w:r><w:r><w:sym w:char="{rng.choice(("F06C", "zz", "D800", "4E00"))}"/><w:br/><w:tab/></w:r></w:p>'
            )
    return "".join(out)


def _numbering(rng: random.Random) -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="{rng.choice(("1", "0", "-5", "99999999", "x"))}"/>'
        f'<w:numFmt w:val="{rng.choice(("decimal", "chineseCounting", "upperRoman", "bullet", "ideographZodiac", "weird"))}"/>'
        f'<w:lvlText w:val="{rng.choice(("%1、", "（%1）", "%1.%2.%3", "%9%9%9", "%10", "", "%"))}"/></w:lvl>'
        for level in range(rng.randint(0, 9))
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
        f'{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
        f'<w:startOverride w:val="{rng.choice(("3", "-1", "z"))}"/></w:lvlOverride></w:num></w:numbering>'
    )


def _hostile_prolog(rng: random.Random) -> str:
    """A DOCTYPE that expands entities (billion laughs) or names an external file, or nothing."""
    roll = rng.random()
    if roll < 0.1:
        entities = '<!ENTITY a "啊啊啊啊啊啊啊啊啊啊">' + "".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
        )
        return f"<!DOCTYPE w:document [{entities}]>"
    if roll < 0.2:
        return '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    return ""


def docx_package(rng: random.Random) -> bytes:
    """A valid zip holding Word parts with hostile XML (deep nesting, entities, odd numbering, bombs)."""
    prolog = _hostile_prolog(rng)
    reference = "&x;" if "SYSTEM" in prolog else ("&i;" if "ENTITY a" in prolog else "")
    body = _paragraphs(rng)
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W}"><w:body>'
        f"<w:p><w:r><w:t>{reference}</w:t></w:r></w:p>{body}</w:body></w:document>"
    )
    if rng.random() < 0.05:
        document = document[: rng.randrange(len(document))]  # not well-formed
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        archive.writestr("word/document.xml", document.encode("utf-8"))
        if rng.random() < 0.8:
            archive.writestr("word/numbering.xml", _numbering(rng))
        if rng.random() < 0.03:
            archive.writestr("word/media/bomb.xml", b"<a/>" * 400_000)  # 1.6 MB at ratio > 100
        for index in range(rng.choice((0, 0, 0, 30))):
            archive.writestr(f"customXml/item{index}.xml", b"<x/>")
    data = buffer.getvalue()
    return mutate(data, rng) if rng.random() < 0.1 else data


# ------------------------------------------------------------------ checks


def check_notice(notice: Notice) -> None:
    """The JSON round trip is exact; every offset lies inside the text; no stage failed."""
    again = Notice.model_validate_json(notice.model_dump_json())
    if again != notice:
        raise FuzzFailure("model_validate_json(model_dump_json()) differs")
    size = len(notice.text)
    stack: list[Any] = [notice]
    while stack:
        item = stack.pop()
        if hasattr(item, "start") and hasattr(item, "end") and isinstance(item.start, int):
            end = item.end if isinstance(item.end, int) else item.start
            if not 0 <= item.start <= end <= size:
                raise FuzzFailure(f"offset out of the text: {type(item).__name__} {item.start}–{end}")
        for name in type(item).model_fields if hasattr(type(item), "model_fields") else ():
            value = getattr(item, name)
            stack.extend(value if isinstance(value, list) else [value])
    if any(d.code == "E901" for d in notice.diagnostics):
        raise FuzzFailure("E901: " + next(d.message for d in notice.diagnostics if d.code == "E901")[:80])


def run_bytes(data: bytes, name: str) -> int:
    """Load and parse bytes; an InputError must be one line. Returns the characters parsed."""
    try:
        loaded = load_bytes(data, name=name)
    except InputError as error:
        if "\n" in str(error):
            raise FuzzFailure("InputError message spans lines") from None
        return 0
    if name.endswith(".docx") and "root:" in loaded.text:
        raise FuzzFailure("external entity resolved: /etc/passwd in the text")
    check_notice(parse(loaded.text, source=loaded.source, diagnostics=loaded.diagnostics))
    return len(loaded.text)


def run_text(text: str) -> int:
    """Parse a string and check the notice."""
    check_notice(parse(text))
    return len(text)


# ------------------------------------------------------------------ the batch writer under faults


@contextlib.contextmanager
def failing_write(after: int, code: int) -> Iterator[None]:
    """``os.write`` fails with ``code`` (ENOSPC, EACCES) from its ``after``-th call on, after half a write."""
    real = os.write
    calls = 0

    def write(fd: int, data: Any) -> int:
        nonlocal calls
        calls += 1
        if calls > after:
            real(fd, bytes(data)[: len(data) // 2])
            raise OSError(code, os.strerror(code))
        return real(fd, data)

    os.write = write
    try:
        yield
    finally:
        os.write = real


def run_batch_faults(rng: random.Random) -> int:
    """A small batch to a JSON Lines file with one fault, then a resume without it: every input once."""
    from policyparse.batch import (
        Input,
        JsonlWriter,
        OutputError,
        ParseOptions,
        completed_paths,
        record_line,
        run_batch,
    )

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = []
        for index in range(rng.randint(2, 6)):
            path = root / f"in{index}.txt"
            path.write_text(policy_text(rng, odd=False, size=20), encoding="utf-8")
            paths.append(str(path))
        inputs = [Input(path, Path(path).name) for path in paths]
        fault = rng.choice(("disk full", "permission denied", "deleted", "replaced by a directory"))
        victim = Path(rng.choice(paths))
        if fault == "deleted":
            victim.unlink()  # listed above, gone before it is read
        elif fault == "replaced by a directory":
            victim.unlink()
            victim.mkdir()
        target = root / "out.jsonl"
        code = errno.ENOSPC if fault == "disk full" else errno.EACCES
        injected = (
            failing_write(rng.randrange(len(paths)), code)
            if fault in {"disk full", "permission denied"}
            else contextlib.nullcontext()
        )
        writer = JsonlWriter(target)
        with injected:
            try:
                for outcome in run_batch(inputs, ParseOptions(), workers=1):
                    writer.write(record_line(outcome))
            except OutputError:
                pass  # the batch stops, as the CLI does; what was written must be whole
        writer.close()
        done = completed_paths(target)
        writer = JsonlWriter(target, append=True)
        for outcome in run_batch(
            [item for item in inputs if item.path not in done], ParseOptions(), workers=1
        ):
            writer.write(record_line(outcome))
        writer.close()
        lines = target.read_bytes().splitlines()
        recorded = [json.loads(line)["path"] for line in lines]
        if sorted(recorded) != sorted(paths):
            raise FuzzFailure(f"batch under '{fault}': records {sorted(recorded)} for inputs {sorted(paths)}")
        return sum(len(line) for line in lines)


# ------------------------------------------------------------------ the paths


def _bytes_path(codec: str) -> Callable[[random.Random], int]:
    return lambda rng: run_bytes(encoded(rng, codec), rng.choice(("a.txt", "a.md", "noname")))


#: Every input path, by name: a function of the random generator that runs one input.
PATHS: dict[str, Callable[[random.Random], int]] = {
    "text": lambda rng: run_text(policy_text(rng)),
    **{f"bytes-{codec}": _bytes_path(codec) for codec in CODECS},
    "html": lambda rng: run_bytes(html_page(rng), rng.choice(("a.html", "a.htm", "page"))),
    "docx": lambda rng: run_bytes(docx_package(rng), "a.docx"),
    "batch": run_batch_faults,
}
#: Share of the inputs each path gets in a long run (the bytes paths share theirs).
WEIGHTS = {"text": 0.3, "bytes": 0.25, "html": 0.2, "docx": 0.2, "batch": 0.05}


def path_for(rng: random.Random) -> str:
    """Draw a path by :data:`WEIGHTS`."""
    roll = rng.random()
    for kind, weight in WEIGHTS.items():
        if roll < weight:
            return f"bytes-{rng.choice(CODECS)}" if kind == "bytes" else kind
        roll -= weight
    return "text"
