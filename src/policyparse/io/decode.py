"""Bytes → text: BOM, strict UTF-8, a declared charset, else detection among Chinese encodings.

The order of the checks:

1. ``encoding=`` given (``--encoding``): decode with it; undecodable bytes become U+FFFD and
   diagnostic W003. An unknown codec name is a usage error (exit code 2).
2. A byte-order mark: UTF-8, UTF-16 or UTF-32.
3. The signature of a known binary format (PDF, ZIP, images, executables, OLE2 ``.doc``):
   :class:`~policyparse.io.errors.InputError` "is a binary file".
4. Strict UTF-8 (unless NULs, which UTF-16 text has for every ASCII character, make up 1 % of
   the bytes); UTF-8 with control bytes in more than 2 % of them is a binary file.
5. A charset the caller read from the file itself (an HTML ``<meta charset>``), when the bytes
   decode strictly with it.
6. Detection restricted to the encodings Chinese documents use — GB18030 (a superset of GBK
   and GB2312), Big5 (and its cp950 extension), UTF-16 LE/BE and UTF-32 LE/BE without BOM.
   charset-normalizer proposes and measures the candidates (its unrestricted detection reads
   short GBK text as Korean cp949); a score of how common the decoded Han characters are
   ranks them, so that three GBK characters are not read as rare Big5 ones.
7. Nothing decodes: bytes that look binary (control bytes, NULs) raise "is a binary file";
   text that is mostly one encoding is decoded with U+FFFD replacements (W003, W002); anything
   else raises "cannot be decoded".

The decoded text is returned exactly: no newline translation, no normalisation.

One rule for NUL bytes, whatever the size of the file and wherever the NUL is: a decoding that
holds U+0000 makes the file binary (exit code 3), as Git and grep treat a NUL byte. The NUL
bytes of UTF-16/UTF-32 text are halves of its characters and do not count; a forced
``encoding`` (step 1) keeps whatever the bytes decode to.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import lru_cache

from policyparse.diagnostics import Diagnostics
from policyparse.io.errors import InputError
from policyparse.lexicon.han import common_han

#: Encodings Chinese documents use; detection is restricted to these, in order of preference
#: when two of them read the bytes equally well.
CHINESE_ENCODINGS = ("gb18030", "big5", "cp950", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be")
#: The subset handed to charset-normalizer (it knows these codec names).
DETECTOR_ENCODINGS = ("gb18030", "big5", "cp950", "utf_16_le", "utf_16_be")
#: Below this confidence a detected encoding gets diagnostic W002.
LOW_CONFIDENCE = 0.85
#: Below this score a candidate decoding is not taken at all.
MIN_SCORE = 0.5
#: At most this share of undecodable characters is repaired with U+FFFD instead of failing.
MAX_REPLACED = 0.02
#: Characters scored for detection (the rest of a long file does not change the verdict).
SAMPLE_CHARS = 20_000

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

#: Signatures of binary formats people save with a text name: (prefix, what it is).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 file (legacy .doc/.xls); save it as .docx or text"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", ""),  # checked further below: too short to trust alone
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", ""),  # checked further below
    (b"\xca\xfe\xba\xbe", "a Java class file"),
    (b"{\\rtf", "an RTF document; save it as .docx or text"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"RIFF", "a RIFF media file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

#: Control bytes that do not occur in text files (everything below 0x20 except \t \n \v \f \r
#: and ESC, and DEL).
_CONTROL_BYTES = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}) | {0x7F}


@dataclass
class Decoded:
    """Decoded text and how it was decoded."""

    text: str
    encoding: str
    confidence: float


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is, if its first bytes carry a known signature.

    >>> binary_kind(b"%PDF-1.7 ...")
    'a PDF document'
    >>> binary_kind("国务院".encode("gbk")) is None
    True
    """
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            if kind:
                return kind
            # "BM"/"MZ" also start ordinary text; trust them only with binary bytes after.
            if _control_share(data[:512]) > 0.05:
                return "a Windows executable" if signature == b"MZ" else "a BMP image"
    return None


def _nul_share(data: bytes) -> float:
    sample = data[:8192]
    return sample.count(0) / len(sample) if sample else 0.0


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    return sum(1 for byte in sample if byte in _CONTROL_BYTES) / len(sample)


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """Han characters in everyday use: GB2312 level 1 (3,755) and Big5's frequent block (5,401)."""
    return common_han("gb2312") | common_han("big5")


_PLAIN_PUNCTUATION = frozenset("‐‑–—―‖‘’“”•‥…‰′″※")


def _is_plain_text_char(char: str) -> bool:
    """Punctuation, symbols and letters that Chinese documents print besides Han characters."""
    code = ord(char)
    return (
        0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF01 <= code <= 0xFF5E  # full-width forms
        or char in _PLAIN_PUNCTUATION
        or 0x2460 <= code <= 0x24FF  # enclosed numbers ① ⑴ ⒈
        or 0x3220 <= code <= 0x3243  # parenthesised ideographs ㈠
        or 0x3280 <= code <= 0x32B0  # circled ideographs ㊀
        or 0x00A0 <= code <= 0x00FF  # Latin-1 (° · ×)
        or code
        in {
            0x01CE,
            0x01D0,
            0x01D2,
            0x01D4,
            0x01D6,
            0x01D8,
            0x01DA,
            0x01DC,
            0x0101,
            0x0113,
            0x011B,
            0x012B,
            0x014D,
            0x016B,
        }
        or 0x2160 <= code <= 0x217F  # Roman numerals
        or 0x25A0 <= code <= 0x25FF  # geometric shapes (■ ● ○)
        or 0x2190 <= code <= 0x2193  # arrows
        or code in {0x2264, 0x2265, 0x2260, 0x00D7, 0x2103, 0x2116}  # ≤ ≥ ≠ × ℃ №
    )


def plausibility(text: str) -> float:
    """How much ``text`` looks like Chinese prose (0–1): the share of its non-ASCII characters
    that are common Han characters or the punctuation around them. Rare Han characters count a
    quarter; control characters, private-use code points and other scripts pull it down.

    >>> plausibility("国务院关于印发通知")
    1.0
    >>> plausibility("\\ue000\\ue001\\x01") < 0.2
    True
    """
    common = _common_han()
    good = 0.0
    counted = 0
    for char in text[:SAMPLE_CHARS]:
        code = ord(char)
        if code < 0x80:
            if (code < 0x20 and char not in "\t\n\r\f\v\x1b") or code == 0x7F:
                counted += 1  # a control character: counts against
            continue
        counted += 1
        if char in common or _is_plain_text_char(char):
            good += 1.0
        elif 0x4E00 <= code <= 0x9FFF:
            good += 0.25  # a rarer Han character
    if counted == 0:
        return 1.0
    return round(good / counted, 3)


def _check_encoding(encoding: str, name: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(
            name, f"unknown encoding {encoding!r} (try gb18030, big5, utf-16 or utf-8)", exit_code=2
        ) from None


def _replaced(text: str, data: bytes) -> int:
    count = text.count("\ufffd")
    if count and "\ufffd".encode() in data:
        return 0  # the file itself holds U+FFFD characters (valid UTF-8); nothing was replaced
    return count


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detector_chaos(data: bytes) -> dict[str, float]:
    """charset-normalizer's mess ratio for each restricted candidate it accepts."""
    from charset_normalizer import from_bytes

    chaos: dict[str, float] = {}
    try:
        results = from_bytes(data, cp_isolation=list(DETECTOR_ENCODINGS), preemptive_behaviour=False)
    except Exception:
        return chaos
    for match in results:
        chaos[codecs.lookup(match.encoding).name] = float(match.chaos)
    return chaos


def _best_candidate(data: bytes) -> tuple[float, str, str] | None:
    """The strict decoding of ``data`` that reads most like Chinese: (score, codec, text).

    Only the best text is kept while the candidates are tried, so a large file is held in
    memory at most twice.
    """
    chaos = _detector_chaos(data[:200_000]) if len(data) >= 2 else {}
    best: tuple[float, int, str, str] | None = None
    for rank, codec in enumerate(CHINESE_ENCODINGS):
        width = 4 if codec.startswith("utf_32") else 2 if codec.startswith("utf_16") else 1
        if len(data) % width:
            continue
        text = _strict(data, codec)
        if text is None:
            continue
        score = plausibility(text)
        mess = chaos.get(codecs.lookup(codec).name)
        if mess is not None:
            score *= 1.0 - min(mess, 1.0) * 0.5
        score = round(score, 3)
        if best is None or (score, -rank) > (best[0], best[1]):
            best = (score, -rank, codec, text)
    return (best[0], best[2], best[3]) if best is not None else None


def _lenient(data: bytes) -> tuple[str, str, float, int] | None:
    """The encoding that reads ``data`` with the fewest replacements, if they are few."""
    best: tuple[str, str, float, int] | None = None
    for codec in ("gb18030", "big5", "cp950"):
        text = data.decode(codec, errors="replace")
        replaced = text.count("\ufffd")
        if not text or replaced / len(text) > MAX_REPLACED:
            continue
        score = plausibility(text.replace("\ufffd", ""))
        if score < MIN_SCORE:
            continue
        if best is None or replaced < best[3] or (replaced == best[3] and score > best[2]):
            best = (text, codec, score, replaced)
    return best


def _looks_binary(data: bytes) -> bool:
    """Bytes that no text encoding we read produces: NULs outside a UTF-16/32 pattern, control bytes."""
    sample = data[:8192]
    return b"\x00" in sample or _control_share(sample) > 0.02


def decode_bytes(
    data: bytes,
    *,
    name: str = "<bytes>",
    encoding: str | None = None,
    declared: str | None = None,
    diagnostics: Diagnostics | None = None,
) -> Decoded:
    """Decode ``data`` to text, or raise :class:`InputError` when it is not text we can read.

    The NUL rule: text read from bytes never holds U+0000. Bytes whose decoding has a NUL
    character are a binary file (exit code 3), whatever their size and wherever the NUL is, as
    Git and grep decide it. The NUL *bytes* of UTF-16 and UTF-32 text are parts of its
    characters and do not count. A forced ``encoding`` is the one override: the bytes are
    decoded as told, NULs included.

    Args:
        data: The file's bytes.
        name: The file's name, for error messages.
        encoding: An encoding forced by the user (``--encoding``); skips detection.
        declared: An encoding the file declares (an HTML ``<meta charset>``); used when the
            bytes are not UTF-8 and decode strictly with it.
        diagnostics: Collector for W002 (low confidence) and W003 (replaced bytes).

    Returns:
        The text (exactly as decoded, newlines untouched), the codec name and a confidence
        between 0 and 1 (1.0 for a BOM, UTF-8, a forced or a declared encoding).

    Raises:
        InputError: exit code 2 for an unknown ``encoding``; 3 for a binary file (a NUL
            character, a binary signature, control bytes) or bytes that no supported
            encoding reads.
    """
    diagnostics = diagnostics if diagnostics is not None else Diagnostics()
    if encoding is not None:
        codec = _check_encoding(encoding, name)
        text = data.decode(codec, errors="replace")
        if count := _replaced(text, data):
            diagnostics.add("W003", count=count)
        return Decoded(text, codec, 1.0)
    decoded = _detect(data, name, declared, diagnostics)
    if b"\x00" in data and "\x00" in decoded.text:
        raise InputError(name, "is a binary file (it holds a NUL character), not text")
    return decoded


def _utf8_or_declared(data: bytes, name: str, declared: str | None) -> Decoded | None:
    """Strict UTF-8 (step 4), else the charset the file declares (step 5), else ``None``."""
    text = _strict(data, "utf-8")
    if text is not None:
        if _control_share(data[:8192]) > 0.02:
            raise InputError(name, "is a binary file (control bytes), not text")
        return Decoded(text, "utf-8", 1.0)
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    text = _strict(data, codec)
    return Decoded(text, codec, 1.0) if text is not None else None


def _detect(data: bytes, name: str, declared: str | None, diagnostics: Diagnostics) -> Decoded:
    """BOM, binary signatures, UTF-8, the declared charset, then detection (steps 2–7 above)."""
    if not data:
        return Decoded("", "utf-8", 1.0)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            if count := _replaced(text, data):
                diagnostics.add("W003", count=count)
            return Decoded(text, label, 1.0)
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(name, f"is a binary file ({kind}), not text")
    if _nul_share(data) < 0.01:  # UTF-16 text has a NUL for every ASCII character
        certain = _utf8_or_declared(data, name, declared)
        if certain is not None:
            return certain
    candidate = _best_candidate(data)
    if candidate is not None and candidate[0] >= MIN_SCORE:
        score, codec, text = candidate
        if codec == "cp950" and _strict(data, "big5") == text:
            codec = "big5"  # cp950 is Microsoft's Big5; name the standard when they agree
        if score < LOW_CONFIDENCE:
            diagnostics.add("W002", encoding=codec, confidence=score)
        return Decoded(text, codecs.lookup(codec).name, score)
    if _looks_binary(data):
        raise InputError(name, "is a binary file, not text")
    lenient = _lenient(data)
    if lenient is not None:
        text, codec, score, replaced = lenient
        diagnostics.add("W003", count=replaced)
        confidence = round(min(score, LOW_CONFIDENCE - 0.01), 3)
        diagnostics.add("W002", encoding=codec, confidence=confidence)
        return Decoded(text, codecs.lookup(codec).name, confidence)
    raise InputError(name, "cannot be decoded as UTF-8, GB18030, Big5 or UTF-16 (pass --encoding)")
