"""HTML page → text of the document it shows, with the portal's info table."""

from __future__ import annotations

from dataclasses import dataclass, field

from policyparse.diagnostics import Diagnostics

BLOCK_TAGS = {
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
    "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "center", "title",
}
SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "iframe", "svg", "form", "button", "head"}


@dataclass
class Page:
    """Text extracted from an HTML page."""

    text: str
    url: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def html_to_text(html: str, *, diagnostics: Diagnostics | None = None) -> Page:
    """Visible text of ``html`` with block elements as line breaks."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser
    from selectolax.lexbor import LexborNode as Node

    tree = HTMLParser(html)
    root = tree.body or tree.root
    out: list[str] = []

    def walk(node: Node) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                out.append(child.text_content or "")
            elif tag in SKIP_TAGS or tag == "-comment":
                continue
            else:
                if tag in BLOCK_TAGS:
                    out.append("\n")
                walk(child)
                if tag in BLOCK_TAGS:
                    out.append("\n")

    if root is not None:
        walk(root)
    lines = [" ".join(line.split()) if not line.strip() else line.strip() for line in "".join(out).splitlines()]
    text = "\n".join(line for line in lines if line)
    return Page(text=text)
