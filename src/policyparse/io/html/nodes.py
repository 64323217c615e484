"""What the HTML reader asks of one element: its children, whether it is shown, whether it is
page chrome, its class and id names, its text; and the fold used to compare two texts."""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from policyparse.grammar.html import CLASS_SEPARATOR, FILE_LINK, FOLDED_SPACES, HIDDEN_STYLE
from policyparse.lexicon.html import (
    CHROME_CLASS_SUBSTRINGS,
    CHROME_CLASS_TOKENS,
    CHROME_TAGS,
    CONTENT_CLASS_SUBSTRINGS,
    LINK_LIST_DENSITY,
    LINK_LIST_TAGS,
    SKIP_TAGS,
)


def children(node: LexborNode) -> Iterator[LexborNode]:
    """The children of ``node`` (text and comment nodes included), in order."""
    child = node.child
    while child is not None:
        yield child
        child = child.next


def class_names(node: LexborNode) -> str:
    """The element's ``class`` and ``id`` values, joined by a space (case as written)."""
    attributes = node.attributes
    return " ".join(value for key in ("class", "id") if (value := attributes.get(key)))


def is_hidden(node: LexborNode) -> bool:
    """An element the page hides (``hidden``, ``display:none``); ``<body>`` and ``<html>`` never."""
    if node.tag in {"body", "html"}:
        return False
    attributes = node.attributes
    if "hidden" in attributes:
        return True
    style = attributes.get("style") or ""
    return HIDDEN_STYLE.search(style) is not None


def is_chrome(node: LexborNode) -> bool:
    """Navigation, footers, share/print widgets … by tag or by class/id name.

    An element whose name says it holds the text (``article-content``, ``zoom``) is never
    chrome, whatever other class it also carries.
    """
    if node.tag in CHROME_TAGS:
        return True
    if node.tag in LINK_LIST_TAGS and link_list(node):
        return True
    names = class_names(node)
    if not names:
        return False
    lowered = names.lower()
    if any(marker in lowered for marker in CONTENT_CLASS_SUBSTRINGS):
        return False  # named as the text's container: never chrome, whatever else it is called
    if any(marker in lowered for marker in CHROME_CLASS_SUBSTRINGS):
        return True
    return any(token in CHROME_CLASS_TOKENS for token in CLASS_SEPARATOR.split(lowered))


def link_list(node: LexborNode) -> bool:
    """A list whose text is all in links to other pages (related articles in a news body, a
    menu): chrome. A list of links to files (attachments) is content, and so is a list whose
    items say more than their links."""
    text = fold(node.text(deep=True))
    links = node.css("a")
    if not text or not links:
        return False
    linked = sum(len(fold(link.text(deep=True))) for link in links)
    if linked < LINK_LIST_DENSITY * len(text):
        return False
    return not any(FILE_LINK.search(link.attributes.get("href") or "") for link in links)


def skipped(node: LexborNode) -> bool:
    """A node that is never shown: scripts, styles, comments, hidden elements."""
    tag = node.tag
    return (
        tag is None or tag in SKIP_TAGS or tag == "-comment" or (not tag.startswith("-") and is_hidden(node))
    )


def text_of(node: LexborNode) -> str:
    """The text inside ``node``, as the parser gives it."""
    return node.text_content or ""


def fold(text: str) -> str:
    """``text`` without any spaces (ideographic and no-break ones included), for comparing."""
    return str(FOLDED_SPACES.sub("", text))
