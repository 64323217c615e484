"""Forms of page furniture and line starts that the layout rules (PDF and wrapped text) share."""

from __future__ import annotations

import regex

_DASH = r"[—–－\-―─~～·•]"
#: Page-number forms that need no sequence check (spaces removed first).
PAGE_NUMBER = regex.compile(
    rf"^(?:{_DASH}{{1,2}}\d{{1,4}}{_DASH}{{1,2}}"
    r"|第\d{1,4}页(?:[,，/、]?共\d{1,4}页)?"
    r"|共\d{1,4}页第\d{1,4}页"
    r"|\d{1,4}/\d{1,4}"
    r"|(?:Page|页码)\d{1,4}(?:of\d{1,4})?)$",
    regex.IGNORECASE,
)
#: A bare page number: digits or a small Roman numeral (front matter).
BARE_NUMBER = regex.compile(r"^(?:\d{1,4}|[IVXivx]{1,5})$")
#: A line opening a numbered heading or article: never the continuation of a wrapped line.
HEADING_START = regex.compile(
    r"^(?:[一二三四五六七八九十百]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、]\D"
    r"|[（(]\d{1,2}[)）]|第[一二三四五六七八九十百零〇\d]{1,5}[篇章节条部分]|附件\s*\d*\s*$)"
)
#: Characters that end a paragraph's last line (a wrapped line rarely ends with them).
PARAGRAPH_END = "。！？：；!?:;"
#: A letter or digit: a break between two of them joins words, so it is never cut.
LATIN = regex.compile(r"[A-Za-z0-9]")
