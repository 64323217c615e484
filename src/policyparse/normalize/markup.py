"""Markup left in text files: Markdown syntax and HTML fragments, as edits of the view.

Crawled corpora store notices as Markdown (front matter, ``#`` headings, ``**一、**`` bold
headings, ``>`` quotes, images, links) or with HTML left in a ``.txt`` (``<p>…</p>`` on one
line, ``<span>`` around every number as Word-pasted HTML has it, ``&nbsp;``). The markup
stays in the input and is cut from the normalised view as noise, with its spans:

* front matter, images, shortcodes, rules, fenced code blocks, ``<script>``/``<style>`` blocks: cut whole;
* heading hashes, quote markers, emphasis delimiters, link brackets and targets, tags: cut,
  the text they mark is kept; a tag that breaks a line in the middle of one (``</p><p>``,
  ``<br>``) becomes a line break, a cell end (``</td>``) becomes `` | ``;
* character references become their character (``&nbsp;`` → U+00A0; "cut k − 1, replace 1");
* the backslash escapes of a database or JSON dump (``\\r\\n``, ``\\t``, ``\\"``) become theirs,
  in a text with a few line-break escapes (an ``escaped`` text).

What the markup says about structure is kept as evidence (:class:`MarkupEvidence`): the
front-matter fields, and the lines marked as headings (``#`` lines, a bold line, ``<hN>``).

A document counts as Markdown when it has front matter or a construct only Markdown writes
(emphasis, an image, a link, a table rule, a fence, a shortcode), or two kinds of the others
(``#`` headings, quotes, rules, ``<!-- -->`` comments: LawRefBook's ``# 标题`` … ``<!-- INFO END -->``). In a text that is neither Markdown nor HTML, ``#`` and ``>``
at a line start and HTML comments are *stray* markup (W102), as before.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from policyparse.grammar import markup as grammar
from policyparse.lexicon.markup import (
    CELL_TAGS,
    ESCAPED,
    ESCAPES,
    FRONT_MATTER_KEY_ALIASES,
    FRONT_MATTER_KEYS,
    HTML,
    HTML_BOLD_TAGS,
    LINE_BREAKING_TAGS,
    MARKDOWN,
    MIN_ESCAPED_BREAKS,
    NAVIGATION_LINKS,
    ROW_TAGS,
)
from policyparse.models import NoiseKind
from policyparse.normalize.script import to_simplified
from policyparse.normalize.view import Edit, FrontMatterField, MarkupEvidence

if TYPE_CHECKING:  # pragma: no cover - typing only
    from collections.abc import Iterable

    from regex import Match, Pattern

#: Markdown constructs that no plain text writes; one of them makes the text Markdown.
_DISTINCTIVE = ("strong", "image", "link", "table_rule", "fence", "shortcode")


@dataclass
class MarkupFound:
    """The edits the markup asks for, the evidence it gives, and the spans that mark headings."""

    edits: list[Edit] = field(default_factory=list)
    evidence: MarkupEvidence = field(default_factory=MarkupEvidence)
    #: Input spans of text between bold delimiters or inside ``<strong>``/``<b>``.
    bold: list[tuple[int, int]] = field(default_factory=list)
    #: Input spans of ``#`` heading titles and ``<hN>`` contents, with their level and source.
    headings: list[tuple[int, int, int, str]] = field(default_factory=list)


def find_markup(text: str) -> MarkupFound:
    """The markup of ``text`` (see the module docstring)."""
    found = MarkupFound()
    kinds: set[str] = set()
    _front_matter(text, found, kinds)
    _markdown_blocks(text, found, kinds)
    _markdown_inline(text, found, kinds)
    is_markdown = (
        bool(kinds & {"front_matter", *_DISTINCTIVE}) or len(kinds & {"atx", "quote", "rule", "comment"}) >= 2
    )
    escaped = _escapes(text, found)
    if escaped:
        found.evidence.syntax.append(ESCAPED)
    has_html = _html(text, found, escaped=escaped)
    if is_markdown:
        found.evidence.syntax.append(MARKDOWN)
        _markdown_only(text, found)
    if has_html:
        found.evidence.syntax.append(HTML)
    stray = not is_markdown and not has_html
    found.edits = [
        Edit(e.start, e.end, NoiseKind.STRAY_MARKUP, e.replacement)
        if e.kind is NoiseKind.MARKDOWN and stray and _legacy_stray(text, e)
        else e
        for e in found.edits
    ]
    return found


def _legacy_stray(text: str, edit: Edit) -> bool:
    """``#``/``>`` at a line start and HTML comments: stray markup in a plain text."""
    piece = text[edit.start : edit.end].strip()
    return piece.startswith(("#", ">", "<!--"))


def _cut(found: MarkupFound, start: int, end: int, kind: NoiseKind, replacement: str = "") -> None:
    if end > start:
        found.edits.append(Edit(start, end, kind, replacement))


def _front_matter(text: str, found: MarkupFound, kinds: set[str]) -> None:
    match = grammar.FRONT_MATTER.match(text)
    if match is None:
        return
    kinds.add("front_matter")
    start = match.start("fence") if not text.startswith("\ufeff") else match.start()
    _cut(found, start, match.end(), NoiseKind.FRONT_MATTER)
    offset = match.start("body")
    for line in grammar.FRONT_MATTER_FIELD.finditer(match.group("body")):
        written = line.group("key")
        key = FRONT_MATTER_KEY_ALIASES.get(written) or FRONT_MATTER_KEY_ALIASES.get(
            to_simplified(written), written.lower()
        )  # 文號: the keys of a Traditional index too
        if key in FRONT_MATTER_KEYS and key not in found.evidence.front_matter and line.group("value"):
            found.evidence.front_matter[key] = FrontMatterField(
                key=key,
                value=line.group("value"),
                start=offset + line.start("value"),
                end=offset + line.end("value"),
            )


def _matches(text: str, markdown: Pattern[str]) -> Iterable[Match[str]]:
    """The matches of a Markdown pattern in ``text``; none, without a search, when the text holds
    none of the strings every match of it holds (:data:`~policyparse.grammar.markup.NEEDS`)."""
    if not any(needed in text for needed in grammar.NEEDS[markdown]):
        return ()
    return markdown.finditer(text)


def _markdown_blocks(text: str, found: MarkupFound, kinds: set[str]) -> None:
    """Line-level Markdown: headings, quotes, rules, fences, table rules, shortcodes, comments."""
    for m in _matches(text, grammar.ATX_HEADING):
        kinds.add("atx")
        _cut(found, m.start("mark"), m.end("mark"), NoiseKind.MARKDOWN)
        if m.group("close"):
            _cut(found, m.start("close"), m.end("close"), NoiseKind.MARKDOWN)
        if m.group("title"):
            found.headings.append((m.start("title"), m.end("title"), len(m.group("hashes")), "atx"))
    for name, grammar_pattern in (
        ("fence", grammar.FENCED_BLOCK),
        ("quote", grammar.QUOTE),
        ("rule", grammar.RULE),
        ("fence", grammar.FENCE),
        ("table_rule", grammar.TABLE_RULE),
        ("shortcode", grammar.SHORTCODE),
        ("attributes", grammar.ATTRIBUTE_LIST),
        ("container", grammar.CONTAINER),
        ("directive", grammar.SITE_DIRECTIVE),
    ):
        for m in _matches(text, grammar_pattern):
            if m.end() > m.start():
                kinds.add(name)
                _cut(found, m.start(), m.end(), NoiseKind.MARKDOWN)
    for m in _matches(text, grammar.HTML_COMMENT):
        kinds.add("comment")
        _cut(found, m.start(), m.end(), NoiseKind.MARKDOWN)


def _markdown_inline(text: str, found: MarkupFound, kinds: set[str]) -> None:
    """Emphasis, images and links."""
    for m in _matches(text, grammar.STRONG):
        kinds.add("strong")
        _cut(found, m.start("open"), m.end("open"), NoiseKind.MARKDOWN)
        _cut(found, m.end("inner"), m.end(), NoiseKind.MARKDOWN)
        found.bold.append((m.start("inner"), m.end("inner")))
    for m in _matches(text, grammar.IMAGE):
        kinds.add("image")
        _cut(found, m.start(), m.end(), NoiseKind.MARKDOWN)
    for m in _matches(text, grammar.LINK):
        kinds.add("link")
        if m.group("text").strip(" \t↗→>»") in NAVIGATION_LINKS:
            _cut(found, m.start(), m.end(), NoiseKind.MARKDOWN)  # [查看原文](…): page chrome
            continue
        _cut(found, m.start("open"), m.end("open"), NoiseKind.MARKDOWN)
        _cut(found, m.start("target"), m.end("target"), NoiseKind.MARKDOWN)


def _markdown_only(text: str, found: MarkupFound) -> None:
    """Single emphasis, list bullets and backslash escapes: cut only in a Markdown document."""
    for m in grammar.EMPHASIS.finditer(text):
        _cut(found, m.start("open"), m.end("open"), NoiseKind.MARKDOWN)
        _cut(found, m.start("close"), m.end("close"), NoiseKind.MARKDOWN)
    for grammar_pattern in (grammar.BULLET, grammar.ESCAPE):
        for m in grammar_pattern.finditer(text):
            _cut(found, m.start(), m.end(), NoiseKind.MARKDOWN)


def _escapes(text: str, found: MarkupFound) -> bool:
    """A database or JSON dump's backslash escapes (``\\r\\n`` → a line break, ``\\"`` → ``"``),
    when the text holds a few line-break escapes; True when it does."""
    if "\\" not in text:
        return False
    if (
        sum(1 for _ in itertools.islice(grammar.DUMP_BREAK.finditer(text), MIN_ESCAPED_BREAKS))
        < MIN_ESCAPED_BREAKS
    ):
        return False
    for m in grammar.DUMP_ESCAPE.finditer(text):
        _cut(found, m.start(), m.end(), NoiseKind.ESCAPE, ESCAPES[m.group()])
    return True


def _html(text: str, found: MarkupFound, *, escaped: bool = False) -> bool:
    """Tags, hidden elements and character references; True when the text has any. In an
    escaped dump (``escaped``) the escapes between two tags are layout, as spaces are."""
    has_html = False
    for m in grammar.HTML_HIDDEN.finditer(text):
        has_html = True
        _cut(found, m.start(), m.end(), NoiseKind.HTML_TAG)
    tags = list(grammar.HTML_TAG.finditer(text))
    if tags:
        has_html = True
        _tag_groups(text, tags, found, escaped=escaped)
        _tag_evidence(tags, found)
    for m in grammar.HTML_ENTITY.finditer(text):
        char = html.unescape(m.group())
        if char != m.group() and 0 < len(char) <= len(m.group()):
            has_html = True
            _cut(found, m.start(), m.end(), NoiseKind.HTML_ENTITY, char)
    return has_html


def _tag_groups(text: str, tags: list[Match[str]], found: MarkupFound, *, escaped: bool = False) -> None:
    """Cut runs of adjacent tags; a run that breaks a line mid-line becomes ``\\n`` (a row end
    too; a cell end `` | ``)."""
    group: list[Match[str]] = []
    for tag in [*tags, None]:
        if group and (tag is None or _gap(text, group[-1].end(), tag.start(), escaped=escaped)):
            _emit_group(text, group, found)
            group = []
        if tag is not None:
            group.append(tag)


def _gap(text: str, end: int, start: int, *, escaped: bool = False) -> bool:
    """Whether text other than spaces and tabs (and a dump's escapes) lies between two tags."""
    between = text[end:start]
    if escaped:
        between = grammar.DUMP_ESCAPE.sub("", between)
    return bool(between.strip(" \t")) or start < end


def _emit_group(text: str, group: list[Match[str]], found: MarkupFound) -> None:
    start = group[0].start()
    end = group[-1].end()
    names = {m.group("name").lower() for m in group}
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start].strip()
    after = text[end:line_end].strip()
    replacement = ""
    if before and after and names & ROW_TAGS:
        replacement = "\n"  # a row's end (``</td></tr><tr><td>``): its cells are a line
    elif before and after and names & CELL_TAGS and end - start >= 3:
        replacement = " | "
    elif before and after and names & LINE_BREAKING_TAGS:
        replacement = "\n"
    _cut(found, start, end, NoiseKind.HTML_TAG, replacement)


def _tag_evidence(tags: list[Match[str]], found: MarkupFound) -> None:
    """Contents of ``<strong>``/``<b>`` (bold) and ``<h1>``…``<h6>`` (headings)."""
    open_at: dict[str, int] = {}
    for m in tags:
        name = m.group("name").lower()
        if name not in HTML_BOLD_TAGS and not (len(name) == 2 and name[0] == "h" and name[1].isdigit()):
            continue
        if not m.group("end"):
            open_at[name] = m.end()
            continue
        opened = open_at.pop(name, None)
        if opened is None or opened >= m.start():
            continue
        if name in HTML_BOLD_TAGS:
            found.bold.append((opened, m.start()))
        else:
            found.headings.append((opened, m.start(), int(name[1]), "html_heading"))
