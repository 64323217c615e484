"""Bytes → text: BOM, strict UTF-8, else charset-normalizer limited to Chinese encodings."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from policyparse.diagnostics import Diagnostics
from policyparse.io.errors import InputError

#: Encodings Chinese documents use; detection is restricted to these (unrestricted detection
#: reads short GBK text as Korean cp949).
CHINESE_ENCODINGS = ("gb18030", "big5", "utf_16_le", "utf_16_be")
LOW_CONFIDENCE = 0.5

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Decoded:
    """Decoded text and how it was decoded."""

    text: str
    encoding: str
    confidence: float


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" not in sample:
        return False
    # UTF-16 text has NULs in every other byte; binary has them anywhere.
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    return not (even > len(sample) // 4 or odd > len(sample) // 4) or (even > 0 and odd > 0 and min(even, odd) > 8)


def decode_bytes(
    data: bytes, *, name: str = "<bytes>", encoding: str | None = None, diagnostics: Diagnostics | None = None
) -> Decoded:
    """Decode ``data``; raise :class:`InputError` when it is not text in any supported encoding."""
    diagnostics = diagnostics if diagnostics is not None else Diagnostics()
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(name, f"unknown encoding {encoding!r}", exit_code=2) from None
        text = data.decode(encoding, errors="replace")
        if (count := text.count("\ufffd")) and "\ufffd".encode() not in data:
            diagnostics.add("W003", count=count)
        return Decoded(text, encoding, 1.0)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(codec, errors="replace"), codec.replace("-sig", ""), 1.0)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise InputError(name, "is a binary file, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CHINESE_ENCODINGS)).best()
    if best is None:
        raise InputError(name, "cannot be decoded as UTF-8, GB18030, Big5 or UTF-16 (pass --encoding)")
    confidence = max(0.0, 1.0 - float(best.chaos))
    text = str(best)
    if confidence < LOW_CONFIDENCE:
        diagnostics.add("W002", encoding=best.encoding, confidence=confidence)
    return Decoded(text, best.encoding, round(confidence, 3))
