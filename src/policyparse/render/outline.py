"""The outline of the report: the heading tree, with each section's targets and tasks."""

from __future__ import annotations

from policyparse.models import Heading, Notice
from policyparse.render._marks import deadline_label, shorten
from policyparse.render.escape import esc
from policyparse.render.pages import page_badge
from policyparse.render.timeline import without_deadline

#: Items by the id of the heading they sit under (``None``: outside every section).
Items = dict[int | None, list[str]]


def outline(notice: Notice) -> str:
    """The heading tree as nested lists, each heading with its targets and task badges."""
    ids = {h.id for h in notice.headings}
    targets_of = _target_items(notice, ids)
    tasks_of = _task_badges(notice, ids)
    parts = ['<nav class="outline" aria-label="Outline"><h2>Outline 提纲</h2><ul class="tree">']
    parts.extend(_tree(notice, ids, targets_of, tasks_of))
    if targets_of.get(None) or tasks_of.get(None):
        parts.append('<li class="o-heading o-rest"><span>Outside sections 未归属</span>')
        parts.extend(tasks_of.get(None, []))
        parts.append("<ul>")
        parts.extend(targets_of.get(None, []))
        parts.append("</ul></li>")
    if not notice.headings and not notice.targets and not notice.tasks:
        parts.append('<li class="empty">No headings found.</li>')
    parts.append("</ul></nav>")
    return "".join(parts)


def _children(headings: list[Heading], ids: set[int]) -> dict[int | None, list[Heading]]:
    """Headings by parent id; a parent that is missing or comes later counts as none."""
    order = {h.id: i for i, h in enumerate(headings)}
    children: dict[int | None, list[Heading]] = {}
    for heading in headings:
        parent = (
            heading.parent if heading.parent in ids and order[heading.parent] < order[heading.id] else None
        )
        children.setdefault(parent, []).append(heading)
    return children


def _target_items(notice: Notice, ids: set[int]) -> Items:
    """Each target as a list item (deadline and short text), under its heading."""
    targets_of: Items = {}
    for index, target in enumerate(notice.targets):
        key = target.heading if target.heading in ids else None
        label = f"{deadline_label(target.deadline)} · {shorten(without_deadline(target.text, target.deadline.text), 40)}"
        targets_of.setdefault(key, []).append(
            f'<li class="o-target"><a href="#target-{index}" title="{esc(target.text)}">{esc(label)}</a></li>'
        )
    return targets_of


def _task_badges(notice: Notice, ids: set[int]) -> Items:
    """Each task as a badge (its ordinal and page), under its heading."""
    tasks_of: Items = {}
    for index, task in enumerate(notice.tasks):
        key = task.heading if task.heading in ids else None
        tasks_of.setdefault(key, []).append(
            f'<a class="badge" href="#task-{index}">任务 {task.ordinal}</a>' + page_badge(notice, task.start)
        )
    return tasks_of


def _tree(notice: Notice, ids: set[int], targets_of: Items, tasks_of: Items) -> list[str]:
    """The headings as nested list items, depth first, each with its badges and targets."""
    children = _children(notice.headings, ids)
    parts: list[str] = []
    # Iterative depth-first walk: nesting depth is bounded by the input, not the call stack.
    stack: list[Heading | None] = list(reversed(children.get(None, [])))
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if node is None:
            parts.append("</ul></li>")
            continue
        if node.id in seen:
            continue
        seen.add(node.id)
        label = f"{node.marker}{node.title}" if node.title else node.marker or "(untitled)"
        parts.append(
            f'<li class="o-heading level-{min(node.level, 6)}"><a href="#h-{node.id}">{esc(shorten(label, 60))}</a>'
            + page_badge(notice, node.start)
        )
        parts.extend(tasks_of.get(node.id, []))
        parts.append("<ul>")
        parts.extend(targets_of.get(node.id, []))
        stack.append(None)
        stack.extend(reversed(children.get(node.id, [])))
    return parts


__all__ = ["outline"]
