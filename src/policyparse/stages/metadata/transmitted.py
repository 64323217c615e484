"""The notice under a crawler's heading: a page saved with a heading of its own (``# 吉林省进一步
构建高质量充换电基础设施体系的实施方案``, the front matter's ``title``) above the notice that
transmits the document the heading names (``吉林省人民政府办公厅`` / ``关于印发吉林省进一步构建高质量``
/ ``充换电基础设施体系实施方案的通知`` / ``吉政办发〔2024〕3号``). The document is the notice: its
title is the notice's, and the lines under it (the 文号, the addressees) are read again from there.
"""

from __future__ import annotations

from policyparse.grammar.head import TRANSMIT
from policyparse.grammar.organs import organs_before_about
from policyparse.grammar.text import fold
from policyparse.segment import Segment
from policyparse.stages.metadata.reader import HeadReader
from policyparse.stages.metadata.title import retitle

#: How many lines under the title the notice may begin (the crawler's fields and a portal's chrome between).
NOTICE_REACH = 40
#: How many lines the notice's title may be printed on, and how long its first line may be.
TITLE_LINES = 3
MAX_TITLE_LINE = 120


def _bare(text: str) -> str:
    """A title folded for comparison, without ``的`` (``体系的实施方案`` / ``体系实施方案``)."""
    return fold(text).replace("的", "")


def notice_below(r: HeadReader) -> bool:
    """Make the notice under the title the title when it transmits the title's document; whether
    it did (the caller reads the lines under the new title)."""
    head = r.head
    if head.title_norm is None or head.title_span is None or "关于" in head.title_norm:
        return False
    wanted = _bare(head.title_norm)
    reach = _reach(r, head.title_span[1])
    if not wanted or reach is None:
        return False
    for start in range(*reach):
        segs = _notice_at(r, start, wanted)
        if segs is not None:
            retitle(r, segs)
            return True
    return False


def _reach(r: HeadReader, title_end: int) -> tuple[int, int] | None:
    """The lines under the title the notice may begin on; ``None`` when no notice's title is
    within them (nearly every text: one search)."""
    first = next((i for i, seg in enumerate(r.paras) if seg.start >= title_end), None)
    if first is None:
        return None
    last = min(len(r.paras), first + NOTICE_REACH)
    if r.norm.find("的通知", r.paras[first].start, r.paras[last - 1].end) < 0:
        return None
    return first, last


def _notice_at(r: HeadReader, start: int, wanted: str) -> list[Segment] | None:
    """The lines from ``start`` (one to three) of a notice's title transmitting ``wanted``."""
    if len(r.text(r.paras[start])) > MAX_TITLE_LINE:
        return None
    opening = r.text(r.paras[start]).strip()
    if organs_before_about(opening + "关于") is None:
        return None  # the first line is the title's: its organs, or its 关于
    for count in range(1, TITLE_LINES + 1):
        segs = r.paras[start : start + count]
        joined = "".join(r.text(seg).strip() for seg in segs)
        found = TRANSMIT.search(joined)
        if (
            found is not None
            and organs_before_about(joined) is not None
            and _bare(found.group("title")) == wanted
        ):
            return segs
    return None
