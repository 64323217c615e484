"""The same document in other input forms, for measuring what a form costs against one gold.

A document's gold does not change with the form its text comes in, so an annotated text can be
re-printed as a PDF extraction would give it (:func:`hard_wrap`) or as a page that lost its line
breaks (:func:`run_together`) and scored against its own gold (``scripts/input_forms.py`` does so
for the project's fixtures; ``docs/evaluation.md``, "Input forms").

    >>> hard_wrap("关于加强管理的通知（2023年第12号）", 8)
    '关于加强管理的通\\n知（2023年第12号）'
    >>> run_together("一、总体要求\\n（一）指导思想", " ")
    '一、总体要求 （一）指导思想'
"""

from __future__ import annotations

import zlib

#: Closing marks a typesetter keeps off the start of a line (避头尾).
CLOSERS = frozenset("，。、；：！？）」”》’")


def _columns(char: str) -> float:
    """A character's width: ASCII half a column, anything else one."""
    return 0.5 if ord(char) < 128 else 1.0


def _latin(char: str) -> bool:
    return ord(char) < 128 and char.isalnum()


def hard_wrap(text: str, width: float) -> str:
    """Each line cut at ``width`` columns as a typesetter would: ASCII half a column, a run of
    Latin letters and digits kept whole (moved to the next line), no line opening with a closing
    mark (it stays on the line before), and no indent."""
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        current, used = "", 0.0
        for char in line.strip():
            if used + _columns(char) > width and char not in CLOSERS:
                keep = len(current)
                while keep > 0 and _latin(char) and _latin(current[keep - 1]):
                    keep -= 1
                keep = keep if keep > 0 else len(current)
                out.append(current[:keep])
                current = current[keep:]
                used = sum(_columns(c) for c in current)
            current += char
            used += _columns(char)
        out.append(current)
    return "\n".join(out)


def page_width(text: str) -> int:
    """A page width of 28–40 columns chosen by the text's opening (the same for the same text)."""
    return 28 + zlib.crc32(text[:200].encode()) % 13


def run_together(text: str, joint: str = "") -> str:
    """The text's non-blank lines, stripped, joined by ``joint`` (``""``: every break lost; ``" "``:
    a crawler that joined its lines with a space)."""
    return joint.join(line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip())
