"""The outline of a notice, with its targets and tasks, as a Markdown document.

Headings become Markdown headings one level below the title (``##`` for level 1, down to
``######``; deeper ones become bold list items). Each target is listed under its heading with
its deadline; the task list follows, with lead agencies, deadlines and keywords. Strings from
the document are escaped, so they cannot open links, emphasis or HTML.
"""

from __future__ import annotations

from policyparse.grammar.output import MARKDOWN_SPECIAL
from policyparse.models import Heading, Notice, Target, Task
from policyparse.render._marks import deadline_label, sanitize


def md_escape(text: str) -> str:
    """``text`` on one line with Markdown's special characters backslash-escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(sanitize(text).split()))


def _target_line(target: Target, index: int) -> str:
    label = deadline_label(target.deadline)
    indicators = "；".join(i.text for i in target.indicators)
    extra = f" — 指标: {md_escape(indicators)}" if indicators else ""
    return f"- 🎯 **{md_escape(label)}** {md_escape(target.text)}{extra} <!-- target {index}: {target.start}-{target.end} -->"


def _metadata_lines(notice: Notice) -> list[str]:
    meta = notice.metadata
    fields = [
        ("发文字号", meta.doc_number or ""),
        ("发文机关", "、".join(meta.issuers)),
        ("成文日期", meta.date.isoformat() if meta.date else ""),
        ("文种", meta.doc_type or ""),
        ("来源", meta.source or ""),
        ("主送", "、".join(meta.addressees)),
    ]
    lines = [f"- **{name}**: {md_escape(value)}" for name, value in fields if value]
    if notice.keywords:
        lines.append(f"- **关键词**: {md_escape('、'.join(notice.keywords))}")
    return lines


def _heading_line(heading: Heading) -> str:
    title = md_escape(f"{heading.marker}{heading.title}".strip()) or "\\(untitled\\)"
    if heading.level <= 5:
        return "#" * (heading.level + 1) + " " + title
    return "  " * (heading.level - 6) + f"- **{title}**"


def _task_line(task: Task) -> str:
    details = []
    if task.lead:
        details.append("牵头: " + md_escape("、".join(a.name for a in task.lead)))
    if task.support:
        details.append("配合: " + md_escape("、".join(a.name for a in task.support)))
    deadline = deadline_label(task.deadline) or task.deadline_note
    if deadline:
        details.append("时限: " + md_escape(deadline))
    if task.keywords:
        details.append("关键词: " + md_escape("、".join(task.keywords)))
    suffix = f" — {'；'.join(details)}" if details else ""
    return f"{task.ordinal}. **{md_escape(task.title)}**{suffix}"


def _sections(notice: Notice) -> list[str]:
    """Each heading with its task marks and targets; then the targets outside any section."""
    ids = {h.id for h in notice.headings}
    targets_of: dict[int | None, list[str]] = {}
    for index, target in enumerate(notice.targets):
        key = target.heading if target.heading in ids else None
        targets_of.setdefault(key, []).append(_target_line(target, index))
    tasks_of: dict[int, list[str]] = {}
    for task in notice.tasks:
        if task.heading in ids and task.heading is not None:
            tasks_of.setdefault(task.heading, []).append(f"*任务 {task.ordinal}*")
    lines: list[str] = []
    for heading in notice.headings:
        lines += [_heading_line(heading), ""]
        if heading.id in tasks_of:
            lines += [" ".join(tasks_of.pop(heading.id)), ""]
        if heading.id in targets_of:
            lines += [*targets_of.pop(heading.id), ""]
    if targets_of.get(None):
        lines += ["## 目标 Targets", "", *targets_of[None], ""]
    return lines


def to_markdown(notice: Notice) -> str:
    """The outline of ``notice`` with its targets and tasks, as Markdown."""
    title = notice.metadata.title or (notice.source.path or "Untitled document")
    lines = [f"# {md_escape(title)}", ""]
    meta = _metadata_lines(notice)
    if meta:
        lines += [*meta, ""]
    lines += _sections(notice)
    if notice.tasks:
        lines += ["## 任务 Tasks", "", *(_task_line(task) for task in notice.tasks), ""]
    if notice.diagnostics:
        lines += ["## Diagnostics", ""]
        lines += [f"- `{d.code}` {md_escape(d.message)}" for d in notice.diagnostics]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


__all__ = ["md_escape", "to_markdown"]
