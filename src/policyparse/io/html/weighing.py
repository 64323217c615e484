"""Which element of a page holds the document: every element weighed by its visible text.

Every element is weighed by the visible, non-link text inside it (Han characters, letters
and digits), not counting scripts, styles, hidden elements, page chrome (see
:func:`~policyparse.io.html.nodes.is_chrome`) and the info tables. Starting at ``<body>``, the
walk descends into the child that holds at least :data:`CONTENT_SHARE` of the page's text, as
long as there is one; a paragraph-level element is widened to its parent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from policyparse.grammar.html import WEIGHED
from policyparse.io.html.nodes import children, class_names, fold, is_chrome, skipped, text_of
from policyparse.lexicon.html import CONTENT_CLASS_SUBSTRINGS, INLINE_OR_PARAGRAPH_TAGS

#: Share of the page's text a child must hold for the walk to descend into it.
CONTENT_SHARE = 0.7
#: Share a copy must hold to be taken for the text printed twice (a desktop and a mobile copy).
DUPLICATE_SHARE = 0.3


@dataclass
class _Tally:
    """Weights by ``mem_id`` during the walk."""

    #: Visible non-link text; chrome, hidden parts and excluded elements count 0.
    weights: dict[int, int] = field(default_factory=dict)
    #: The same, chrome included.
    raw: dict[int, int] = field(default_factory=dict)
    #: A chrome element's weight had it not been chrome.
    inner: dict[int, int] = field(default_factory=dict)
    #: The chrome elements, innermost first.
    chrome: list[LexborNode] = field(default_factory=list)


def weigh(root: LexborNode, excluded: set[int]) -> tuple[dict[int, int], set[int]]:
    """Visible non-link text per element (by ``mem_id``); chrome, hidden parts and the
    elements in ``excluded`` (info tables) count 0.

    An element that looks like chrome by its class name but holds half of the page's text is
    not chrome (a wrapper named ``header-main`` around everything): the second value lists
    those, and their text counts.
    """
    tally = _tally(root, excluded)
    return tally.weights, _keep_large_chrome(tally, root)


def _tally(root: LexborNode, excluded: set[int]) -> _Tally:
    """Weigh every element under ``root`` (an iterative post-order walk)."""
    tally = _Tally()
    weights, raw = tally.weights, tally.raw
    # (node, inside_link, visited)
    stack: list[tuple[LexborNode, bool, bool]] = [(root, False, False)]
    while stack:
        node, in_link, visited = stack.pop()
        key = node.mem_id
        if visited:
            _close(tally, node, root)
            continue
        tag = node.tag
        if tag == "-text":
            weights[key] = raw[key] = 0 if in_link else len(WEIGHED.findall(text_of(node)))
            continue
        if skipped(node) or key in excluded:
            weights[key] = raw[key] = 0
            continue
        stack.append((node, in_link, True))
        link = in_link or tag == "a"
        for child in children(node):
            stack.append((child, link, False))
    return tally


def _close(tally: _Tally, node: LexborNode, root: LexborNode) -> None:
    """Weigh ``node`` from its children's weights (all weighed by now)."""
    weight = raw_weight = 0
    for child in children(node):
        weight += tally.weights.get(child.mem_id, 0)
        raw_weight += tally.raw.get(child.mem_id, 0)
    key = node.mem_id
    tally.raw[key] = raw_weight
    if node is not root and is_chrome(node):
        tally.inner[key] = weight
        tally.weights[key] = 0
        tally.chrome.append(node)
    else:
        tally.weights[key] = weight


def _keep_large_chrome(tally: _Tally, root: LexborNode) -> set[int]:
    """Chrome-named elements holding half the page's text: their text is put back, up the tree."""
    weights = tally.weights
    kept: set[int] = set()
    half = 0.5 * tally.raw.get(root.mem_id, 0)
    for node in reversed(tally.chrome):  # outermost first
        if tally.raw[node.mem_id] < half or half == 0:
            continue
        kept.add(node.mem_id)
        delta = tally.inner[node.mem_id] - weights[node.mem_id]
        current: LexborNode | None = node
        while current is not None and delta:
            key = current.mem_id
            if key not in weights:
                break
            weights[key] += delta
            if key == root.mem_id or (key != node.mem_id and is_chrome(current) and key not in kept):
                break
            current = current.parent
    return kept


def content_block(body: LexborNode, weights: dict[int, int]) -> LexborNode:
    """The element holding the document: descend while one child holds most of the text."""
    total = weights.get(body.mem_id, 0)
    node = body
    while (inner := _descend(node, weights, total)) is not None:
        node = inner
    while node.tag in INLINE_OR_PARAGRAPH_TAGS and node.parent is not None and node.parent.tag != "html":
        node = node.parent
    return _named_content(node, weights)


def _descend(node: LexborNode, weights: dict[int, int], total: int) -> LexborNode | None:
    """The child of ``node`` the walk descends into, or ``None`` where it stops."""
    ranked = sorted(
        (child for child in children(node) if not child.tag or not child.tag.startswith("-")),
        key=lambda child: weights.get(child.mem_id, 0),
        reverse=True,
    )
    if not ranked:
        return None
    best = ranked[0]
    best_weight = weights.get(best.mem_id, 0)
    if best_weight >= CONTENT_SHARE * total and best_weight > 0:
        return best
    # The same content printed twice (a desktop and a mobile copy): take the first.
    if len(ranked) > 1 and best_weight >= DUPLICATE_SHARE * total:
        second = ranked[1]
        if weights.get(second.mem_id, 0) == best_weight and fold(second.text()) == fold(best.text()):
            return next(child for child in children(node) if child.mem_id in {best.mem_id, second.mem_id})
    return None


def _named_content(block: LexborNode, weights: dict[int, int]) -> LexborNode:
    """Inside ``block``, the element a portal names as the text's container, if it holds half."""
    total = weights.get(block.mem_id, 0)
    for node in block.traverse(include_text=False):
        if node.mem_id == block.mem_id or weights.get(node.mem_id, 0) < 0.5 * total:
            continue
        names = class_names(node).lower()
        if names and any(marker in names for marker in CONTENT_CLASS_SUBSTRINGS):
            return node
    return block
