"""Characters and punctuation of the normalised view, and the one fold used to compare texts.

The normalised view (:mod:`policyparse.normalize`) has Chinese punctuation, ASCII digits and
Simplified script, so these classes are written for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from policyparse.grammar._compile import REVERSE, pattern, plain_pattern
from policyparse.lexicon.normalisation import width_table
from policyparse.lexicon.numerals import MARKER_NUMERALS

#: A Han character.
HAN = pattern(r"\p{Han}")
#: A Han character, or an opening quote or book-title mark (a title may start with either).
HAN_OR_OPENING = pattern(r"\p{Han}|[“《]")
#: Punctuation and spaces that a fold drops.
_NOT_WORD = pattern(r"[^\p{Han}\p{L}\p{N}]+")
#: Runs of spaces and tabs inside a line.
SPACES = pattern(r"[ \t]+")
#: Runs of any whitespace.
WHITESPACE = pattern(r"\s+")
#: A line break of any convention.
EOL = pattern(r"[\r\n]")
#: A line break with the spaces around it (to join a title printed on several lines).
LINE_JOIN = pattern(r"[ \t]*[\r\n]+[ \t]*")
#: Marks that end a sentence (``。；！？``) and those that end a clause too.
SENTENCE_MARKS = "。；！？"
CLAUSE_MARKS = "，。；：！？"
#: The end of a clause, of a sentence, of a sentence or a line.
CLAUSE_BREAK = pattern(r"[，；：。！？]")
CLAUSE_BREAK_BACKWARDS = pattern(r"[，；：。！？]", REVERSE)
SENTENCE_OR_LINE_END = pattern(r"[。！？\n]")
#: A Chinese numeral of up to three characters (一 … 九十九), as markers and counts write them.
CN_NUMERAL_CLASS = "一二三四五六七八九十"
CN_NUMBER = pattern(rf"[{CN_NUMERAL_CLASS}]{{1,3}}")
#: A marker numeral (with 两, 〇, 零, 百).
MARKER_NUMERAL_CLASS = MARKER_NUMERALS
#: A line break (``\n``, ``\r\n`` or ``\r``).
LINE_BREAK = pattern(r"\r\n|\r|\n")
#: A run of two or more spaces inside a line: the ``　　`` indent of a paragraph in text that lost its breaks.
INDENT_BREAK = pattern(r"(?<=\S)[ \t]{2,}(?=\S)")
#: The marks that end a sentence, the closing quotes and brackets that may follow one, and the
#: spaces a segment is trimmed of (not ``\u3000``, which indents a paragraph's first line).
SENTENCE_MARKS = "。；！？"
CLOSERS = "”’）」』\"'"
TRIM_SPACES = " \t\r\n"
#: The end of a sentence: ``。；！？`` and any closing quotes or brackets after it.
SENTENCE_END = pattern(rf"[{SENTENCE_MARKS}][{CLOSERS}]*+")
#: A sentence without the spaces around it: from a character other than a space
#: (:data:`TRIM_SPACES`) up to and including its :data:`SENTENCE_END`, else, where none
#: follows, to the last character other than a space. Matches run one after another the way
#: the ends cut a paragraph into pieces that are then trimmed (a piece of spaces alone gives
#: none). For the standard engine, which scans these classes about twice as fast: every
#: paragraph is read so.
SENTENCE = plain_pattern(
    rf"(?=[^{TRIM_SPACES}])"
    rf"(?:[^{SENTENCE_MARKS}]*[{SENTENCE_MARKS}][{CLOSERS}]*|[^{SENTENCE_MARKS}]*[^{TRIM_SPACES}{SENTENCE_MARKS}])"
)
#: A run of tokens separated by spaces.
TOKEN = pattern(r"\S+")


def fold(text: str) -> str:
    """``text`` without punctuation and spaces: for comparing two printings of a title.

    >>> fold("关于印发《方案》的通知（试行）")
    '关于印发方案的通知试行'
    """
    return str(_NOT_WORD.sub("", text))


def compact(text: str) -> str:
    """``text`` without spaces and tabs (``特　急`` printed letter-spaced → ``特急``)."""
    return str(SPACES.sub("", text))


def one_line(text: str) -> str:
    """A text printed over several lines, joined (breaks and the indentation around them removed)."""
    return str(LINE_JOIN.sub("", text)) if "\n" in text or "\r" in text else text


def find_spaced(
    haystack: str, needle: str, start: int, end: int, *, last: bool = False
) -> tuple[int, int] | None:
    """Where ``needle`` stands in ``haystack[start:end]`` with up to three spaces between its
    characters (a letter-spaced title: ``关 于 印 发``); the first (or ``last``) occurrence."""
    found = list(_spaced(needle[:200]).finditer(haystack, start, end))
    if not found:
        return None
    m = found[-1] if last else found[0]
    return m.start(), m.end()


@lru_cache(maxsize=256)
def _spaced(needle: str) -> regex.Pattern[str]:
    return regex.compile(r"\s{0,3}".join(regex.escape(ch) for ch in needle))


#: Any character the width table folds (full-width digits and letters, punctuation): the
#: standard engine finds the few in a Chinese text at C speed, where ``str.translate`` looks
#: every character up.
WIDTH_FOLDED = plain_pattern("[" + re.escape("".join(sorted(chr(code) for code in width_table()))) + "]")

#: jieba's dictionary segmentation, as :class:`policyparse.tokenizer.DictionarySegmenter`
#: does it: the blocks it segments (``re_han_default``), the spaces between them
#: (``re_skip_default``), and the characters it groups when they stand alone (``re_eng``).
SEGMENT_BLOCK = plain_pattern("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
SEGMENT_SKIP = plain_pattern("(\r\n|\\s)")
SEGMENT_ALNUM = plain_pattern("[a-zA-Z0-9]")


def display_width(text: str) -> float:
    """Display columns of a printed line: ASCII half a column, any other character one (a
    Chinese character); how a PDF's line widths are read from its text."""
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))
