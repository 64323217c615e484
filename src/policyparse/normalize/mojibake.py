"""Mojibake: runs of text whose bytes were read through the wrong code page, and their repair.

A run of non-ASCII characters (ASCII reads the same in every code page tried, so damage never
spans it) that is implausible as Chinese is re-encoded with each code page it may have been
read through and decoded with the encoding it was really in (:data:`ROUND_TRIPS`: UTF-8 read
as GBK ``鍙戝睍``, as Big5, as a Latin page ``å‘å±•``, as a Cyrillic page ``дЄ≠еНО``; GBK
or Big5 read as Latin-1 ``·¢Õ¹``; GBK and Big5 read as each other). A round trip is taken
when its bytes decode cleanly, the result is plausible Chinese and much more plausible than
the run (thresholds in :mod:`policyparse.lexicon.mojibake`); the most plausible wins.

Offsets: each repaired character replaces the group of garbled characters its bytes were
read into (the garbled characters whose first byte belongs to it), so a run of ``k``
characters that stands for ``m`` is "cut ``k − m``, replace ``m``" in the view and the span
of a repaired character is its group. Bytes lost in the damage (an undecodable sequence at
the seam of a run, U+FFFD or ``锟斤拷`` in the run) leave the placeholder U+FFFD.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from policyparse.grammar.noise import NON_ASCII_RUN, NOT_PLAIN, RUN_BOUND_BEFORE
from policyparse.lexicon.mojibake import (
    BYTE_MIN_RUN,
    DOMINANT_SHARE,
    HAN_CODE_PAGES,
    HAN_CONFIDENT_RUN,
    HAN_MIN_RUN,
    MAX_SEAM_LOSS,
    PLACEHOLDER,
    REPAIR_MIN_GAIN,
    REPAIR_MIN_PLAUSIBILITY,
    ROUND_TRIPS,
    SLOPPY_CODE_PAGES,
    SURVIVING_SPACES,
)
from policyparse.models import NoiseKind
from policyparse.normalize.script import SCRIPTS, chinese_plausibility, plausibility_floor
from policyparse.normalize.view import Edit

#: What an undecodable byte becomes while decoding (a noncharacter; U+FFFD may be text).
_SEAM = "\ufffe"
_ERROR_HANDLER = "policyparse-mojibake-seam"


def _seam_handler(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):  # pragma: no cover - registered for decoding only
        raise error
    return _SEAM, error.end


codecs.register_error(_ERROR_HANDLER, _seam_handler)


@dataclass
class Repair:
    """A repaired run: its input span, the round trip, the repaired text and the view's edits."""

    start: int
    end: int
    real: str
    read_as: str
    text: str
    edits: list[Edit] = field(default_factory=list)
    lost: int = 0


@lru_cache(maxsize=65536)
def _encode(char: str, code_page: str) -> bytes | None:
    """The bytes ``char`` was read from through ``code_page`` (None if it cannot have been)."""
    try:
        return char.encode(code_page)
    except UnicodeEncodeError:
        if code_page in SLOPPY_CODE_PAGES and "\x80" <= char <= "\x9f":
            return bytes((ord(char),))
        return None


def find_repairs(text: str) -> list[Repair]:
    """Every run of ``text`` that a round trip repairs, in input order.

    Two passes: the first finds the round trips that the text's damage is confidently made of
    (a run read through a single-byte page, or a run of :data:`HAN_CONFIDENT_RUN` characters
    read through a Han page); the second repairs with those, and only those admit short runs
    and runs that stand only for lost bytes. A text without a confident repair is left alone.
    """
    repaired: dict[tuple[str, str], int] = {}
    for repair in _find(text, confident=None):
        if repair.read_as not in HAN_CODE_PAGES or repair.end - repair.start >= HAN_CONFIDENT_RUN:
            round_trip = (repair.real, repair.read_as)
            repaired[round_trip] = repaired.get(round_trip, 0) + len(repair.text)
    if not repaired:
        return []
    most = max(repaired.values())
    confident = {round_trip for round_trip, count in repaired.items() if count >= most * DOMINANT_SHARE}
    return _find(text, confident=confident)


def _find(text: str, *, confident: set[tuple[str, str]] | None) -> list[Repair]:
    repairs: list[Repair] = []
    for run_start, run_end in suspect_runs(text):
        floor = repairs[-1].end if repairs else 0
        best: Repair | None = None
        for start, end in _run_bounds(text, run_start, run_end, floor):
            repair = repair_run(text, start, end, confident=confident)
            if repair is not None and (best is None or repair.lost < best.lost):
                best = repair
        if best is not None:
            repairs.append(best)
    return repairs


def suspect_runs(text: str) -> Iterator[tuple[int, int]]:
    """The runs of non-ASCII characters (:data:`NON_ASCII_RUN`) that are not plainly Chinese
    (see :func:`~policyparse.normalize.script.plainly_chinese`; plausibility 1 however a run is
    bounded, since placeholders and spaces score in full), in order.

    Only a run holding a character that does not score in full in Simplified script can be
    one, and a sound Simplified text has few: they are found in one scan of the text, and only
    their runs are tested (in Traditional script), not every run of the text.
    """
    end = 0
    for odd in NOT_PLAIN["gb2312"].finditer(text):
        if odd.start() < end:
            continue  # in the run just tested
        bound = RUN_BOUND_BEFORE.search(text, end, odd.start())
        start = bound.end() if bound is not None else end
        run = NON_ASCII_RUN.match(text, start)
        end = run.end() if run is not None else odd.end()
        if NOT_PLAIN["big5"].search(text, start, end) is not None:
            yield start, end


def _run_bounds(text: str, start: int, end: int, floor: int) -> list[tuple[int, int]]:
    """The run as found and, if spaces open or close it, without them (they may have survived
    the damage unchanged); each widened over the placeholders next to it."""
    bounds = [(start, end)]
    inner_start, inner_end = start, end
    while inner_start < inner_end and text[inner_start] in SURVIVING_SPACES:
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in SURVIVING_SPACES:
        inner_end -= 1
    if (inner_start, inner_end) != (start, end) and inner_end > inner_start:
        bounds.append((inner_start, inner_end))
    widened = []
    for low, high in bounds:
        while low > floor and text[low - 1] == PLACEHOLDER:
            low -= 1
        while high < len(text) and text[high] == PLACEHOLDER:
            high += 1
        widened.append((low, high))
    return widened


def _long_enough(length: int, round_trip: tuple[str, str], confident: set[tuple[str, str]] | None) -> bool:
    """Whether a run of ``length`` characters is evidence enough for ``round_trip``."""
    if confident is not None and round_trip in confident:
        return True
    if round_trip[1] not in HAN_CODE_PAGES:
        return length >= BYTE_MIN_RUN
    if length < HAN_MIN_RUN:
        return False
    return length >= HAN_CONFIDENT_RUN or confident is None or round_trip in confident


#: U+FFFD U+FFFD encoded in UTF-8 and read as GBK: bytes lost before the text was garbled.
_LOST_PAIR = "锟斤拷"


def repair_run(
    text: str, start: int, end: int, *, confident: set[tuple[str, str]] | None = None
) -> Repair | None:
    """The most plausible repair of ``text[start:end]``, or None when no round trip reads it.

    ``confident``: the round trips that repaired a long run of the text (None: any).
    """
    garbled = text[start:end]
    trips = _round_trips_to_try(garbled, confident)
    if not trips or _too_plausible_to_repair(garbled):
        return None  # too short for any round trip (a stranded pinyin letter), or sound enough
    before = chinese_plausibility(garbled)
    if before > 1.0 - REPAIR_MIN_GAIN and _LOST_PAIR not in garbled:
        return None
    best: tuple[tuple[float, int], Repair] | None = None
    for real, read_as in trips:
        repair = _round_trip(text, start, end, real, read_as)
        if repair is None:
            continue
        confirmed = confident is not None and (real, read_as) in confident
        rank = _rank(repair, garbled, before, confirmed=confirmed)
        if rank is not None and (best is None or rank > best[0]):
            best = (rank, repair)
    return best[1] if best is not None else None


def _round_trips_to_try(garbled: str, confident: set[tuple[str, str]] | None) -> list[tuple[str, str]]:
    """The round trips a run is long enough evidence for, in :data:`ROUND_TRIPS` order (all of
    them for a run holding ``锟斤拷``)."""
    trips = list(ROUND_TRIPS) if confident is None else sorted(confident, key=ROUND_TRIPS.index)
    if _LOST_PAIR in garbled:
        return trips
    return [trip for trip in trips if _long_enough(len(garbled), trip, confident)]


def _too_plausible_to_repair(garbled: str) -> bool:
    """Whether a lower bound of the run's plausibility already leaves no repair room to gain
    enough (what the exact test in :func:`repair_run` decides, told without counting every
    character); a run holding ``锟斤拷`` is always tried."""
    return _LOST_PAIR not in garbled and any(
        plausibility_floor(garbled, codec) > 1.0 - REPAIR_MIN_GAIN for codec in SCRIPTS
    )


def _rank(repair: Repair, garbled: str, before: float, *, confirmed: bool) -> tuple[float, int] | None:
    """How good a repair is (plausibility, then fewer characters lost); None when it is not
    plausible Chinese, not plausible enough more than the run, or ASCII only.

    A repair that only loses characters stands when the run holds ``锟斤拷`` or its round
    trip is ``confirmed`` (it repaired a long run of the text).
    """
    core = repair.text.replace(PLACEHOLDER, "")
    score = chinese_plausibility(core) if core else 1.0
    only_lost = not core and (_LOST_PAIR in garbled or confirmed)
    if not only_lost and (
        score < REPAIR_MIN_PLAUSIBILITY or score - before < REPAIR_MIN_GAIN or core.isascii()
    ):
        return None
    return (score, -repair.lost)


def _round_trip(text: str, start: int, end: int, real: str, read_as: str) -> Repair | None:
    """Re-read ``text[start:end]`` as ``real`` bytes read through ``read_as``; None if it fails."""
    edits: list[Edit] = []
    position = start
    while position < end:
        if text[position] == PLACEHOLDER:
            edits.append(Edit(position, position + 1, NoiseKind.MOJIBAKE_REPAIRED, PLACEHOLDER))
            position += 1
            continue
        piece_end = position
        while piece_end < end and text[piece_end] != PLACEHOLDER:
            piece_end += 1
        groups = _decode_piece(text, position, piece_end, real, read_as)
        if groups is None:
            groups = _decode_between_spaces(text, position, piece_end, real, read_as)
        if groups is None:
            return None
        edits.extend(Edit(s, e, NoiseKind.MOJIBAKE_REPAIRED, output) for s, e, output in groups)
        position = piece_end
    merged = _merge_lost(edits)
    return Repair(
        start=start,
        end=end,
        real=real,
        read_as=read_as,
        text="".join(e.replacement for e in merged),
        edits=merged,
        lost=sum(e.replacement.count(PLACEHOLDER) for e in merged),
    )


def _decode_between_spaces(
    text: str, start: int, end: int, real: str, read_as: str
) -> list[tuple[int, int, str]] | None:
    """Groups of the parts of a run between spaces that survived the damage unchanged.

    A no-break or ideographic space inside a run is often the original character, kept as it
    was while the bytes around it were misread; the parts between them are read separately.
    """
    groups: list[tuple[int, int, str]] = []
    part_start = start
    for index in range(start, end + 1):
        if index < end and text[index] not in SURVIVING_SPACES:
            continue
        if index > part_start:
            part = _decode_piece(text, part_start, index, real, read_as)
            if part is None:
                return None
            groups.extend(part)
        part_start = index + 1
    return groups if groups and part_start > start else None


def _decode_piece(
    text: str, start: int, end: int, real: str, read_as: str
) -> list[tuple[int, int, str]] | None:
    """Groups ``(input start, input end, repaired text)`` of a run without placeholders."""
    byte_starts: list[int] = []
    chunks: list[bytes] = []
    size = 0
    for char in text[start:end]:
        encoded = _encode(char, read_as)
        if encoded is None:
            return None
        byte_starts.append(size)
        chunks.append(encoded)
        size += len(encoded)
    outputs = _decode_with_positions(b"".join(chunks), real)
    if outputs is None:
        return None
    groups: list[tuple[int, int, str]] = []
    char_index = 0
    for out_text, _, byte_end in outputs:
        first = char_index
        while char_index < len(byte_starts) and byte_starts[char_index] < byte_end:
            char_index += 1
        if char_index == first:
            if not groups:
                return None
            group_start, _, previous = groups[-1]
            joined = previous + out_text
            if set(joined) == {PLACEHOLDER}:
                joined = PLACEHOLDER  # one seam, however many bytes it lost
            groups[-1] = (group_start, start + char_index, joined)
        else:
            groups.append((start + first, start + char_index, out_text))
    if any(len(output) > group_end - group_start for group_start, group_end, output in groups):
        return None
    return groups


def _decode_with_positions(data: bytes, real: str) -> list[tuple[str, int, int]] | None:
    """``data`` decoded as ``real``, as (characters, first byte, end byte) for each step.

    Undecodable bytes are allowed only at the seams: at most :data:`MAX_SEAM_LOSS` at the
    start and at the end; each seam becomes one placeholder.

    The bytes are decoded at once first: most runs tried either decode cleanly (each
    character then stands for its own encoding, in order) or have undecodable bytes inside
    (no repair). Only a run with damage at its seams is fed to an incremental decoder byte by
    byte, which tells where each seam's bytes end (what that costs: a call per byte).
    """
    try:
        decoded = data.decode(real)
    except UnicodeDecodeError:
        decoded = data.decode(real, _ERROR_HANDLER)
        if _SEAM in decoded.strip(_SEAM):
            return None  # damage inside the run: not this round trip
        return _decode_at_seams(data, real)
    if _SEAM in decoded:
        return _decode_at_seams(data, real)  # U+FFFE decoded: read as a seam, as there
    outputs: list[tuple[str, int, int]] = []
    consumed = 0
    for char in decoded:
        size = len(char.encode(real))
        outputs.append((char, consumed, consumed + size))
        consumed += size
    return outputs if consumed == len(data) else _decode_at_seams(data, real)


def _decode_at_seams(data: bytes, real: str) -> list[tuple[str, int, int]] | None:
    """:func:`_decode_with_positions` byte by byte, for a run whose seams lost bytes."""
    decoder = codecs.getincrementaldecoder(real)(_ERROR_HANDLER)
    outputs: list[tuple[str, int, int]] = []
    consumed = 0
    for index in range(len(data)):
        out = decoder.decode(data[index : index + 1])
        if out:
            outputs.append((out, consumed, index + 1))
            consumed = index + 1
    tail = decoder.decode(b"", final=True)
    if tail:
        outputs.append((tail, consumed, len(data)))
    decoded = "".join(out for out, _, _ in outputs)
    core = decoded.lstrip(_SEAM).rstrip(_SEAM)
    if _SEAM in core or len(decoded) - len(decoded.lstrip(_SEAM)) > MAX_SEAM_LOSS:
        return None
    if len(decoded) - len(decoded.rstrip(_SEAM)) > MAX_SEAM_LOSS:
        return None
    return [(out.replace(_SEAM, PLACEHOLDER), first, last) for out, first, last in outputs]


def _merge_lost(edits: list[Edit]) -> list[Edit]:
    """Adjacent groups that only stand for lost bytes become one group with one placeholder."""
    merged: list[Edit] = []
    for edit in edits:
        lost_only = set(edit.replacement) == {PLACEHOLDER}
        if (
            lost_only
            and merged
            and set(merged[-1].replacement) == {PLACEHOLDER}
            and merged[-1].end == edit.start
        ):
            previous = merged[-1]
            merged[-1] = Edit(previous.start, edit.end, previous.kind, PLACEHOLDER)
            continue
        if lost_only:
            edit = Edit(edit.start, edit.end, edit.kind, PLACEHOLDER)
        merged.append(edit)
    return merged
