"""The HTML report: one self-contained file a person reads (no network requests).

Metadata at the top; the outline as a navigable tree; a timeline of deadlines (inline SVG);
the task list; the text with targets, deadlines, indicators, tasks and agencies highlighted;
the diagnostics. CSS and JavaScript are package files inlined into the page, and a Content
Security Policy forbids loading anything else. Every string from the document is escaped.
"""

from __future__ import annotations

from html import escape
from importlib import resources
from pathlib import PurePath

from policyparse._version import __version__
from policyparse.models import Agency, Heading, Notice
from policyparse.render._marks import KINDS, collect_marks, deadline_label, sanitize, segments, shorten
from policyparse.render.pages import page_badge
from policyparse.render.timeline import dated_items, timeline_svg, without_deadline

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
#: Runs first, so that an error in the report's own script is recorded in the DOM.
ERROR_TRAP = (
    "window.addEventListener('error',function(e){var r=document.documentElement;"
    "var p=r.getAttribute('data-script-errors');var m=String(e.message||e);"
    "r.setAttribute('data-script-errors',p?p+' | '+m:m);});"
)


def esc(text: object) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return escape(sanitize(str(text)), quote=True)


def _asset(name: str) -> str:
    return resources.files("policyparse.render").joinpath(name).read_text(encoding="utf-8")


def _title(notice: Notice) -> str:
    if notice.metadata.title:
        return notice.metadata.title
    if notice.source.path:
        return PurePath(notice.source.path).name
    return "Untitled document"


def _agencies(agencies: list[Agency]) -> str:
    return "、".join(a.name for a in agencies)


def _metadata(notice: Notice) -> str:
    meta = notice.metadata
    rows: list[tuple[str, str]] = [
        ("发文字号 Number", esc(meta.doc_number or "")),
        ("发文机关 Issuer", esc("、".join(meta.issuers))),
        ("成文日期 Date", esc(meta.date.isoformat() if meta.date else "")),
        ("文种 Type", esc(meta.doc_type or "")),
        ("印发文件 Transmits", esc(meta.transmitted_title or "")),
        ("主送 To", esc("、".join(meta.addressees))),
        ("来源 Source", esc(meta.source or "")),
        ("签发人 Signer", esc(meta.signer or "")),
        ("抄送 Cc", esc("、".join(meta.cc))),
    ]
    if meta.references:
        links = [f'<a href="#ref-{i}">{esc(r.title)}</a>' for i, r in enumerate(meta.references)]
        rows.append(("引用 References", "；".join(links)))
    if meta.attachments:
        rows.append(("附件 Attachments", "；".join(esc(a.title) for a in meta.attachments)))
    source = notice.source.url or notice.source.path
    if source:
        rows.append(("File", esc(f"{source} ({notice.source.format})")))
    rows.append(("Kind", esc(notice.kind.value)))
    body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows if value)
    counts = (
        f"{len(notice.headings)} headings · {len(notice.targets)} targets · {len(notice.tasks)} tasks · "
        f"{len(notice.assignments)} assignments · {len(notice.diagnostics)} diagnostics"
    )
    keywords = "".join(f'<span class="chip">{esc(k)}</span>' for k in notice.keywords)
    parts = [
        '<header class="meta" id="top">',
        f"<h1>{esc(_title(notice))}</h1>",
        f'<dl class="fields">{body}</dl>',
        f'<p class="counts">{counts}</p>',
        f'<p class="keywords">{keywords}</p>' if keywords else "",
        "</header>",
    ]
    return "".join(parts)


def _outline(notice: Notice) -> str:
    ids = {h.id for h in notice.headings}
    order = {h.id: i for i, h in enumerate(notice.headings)}
    children: dict[int | None, list[Heading]] = {}
    for heading in notice.headings:
        parent = (
            heading.parent if heading.parent in ids and order[heading.parent] < order[heading.id] else None
        )
        children.setdefault(parent, []).append(heading)
    targets_of: dict[int | None, list[str]] = {}
    for index, target in enumerate(notice.targets):
        key = target.heading if target.heading in ids else None
        label = f"{deadline_label(target.deadline)} · {shorten(without_deadline(target.text, target.deadline.text), 40)}"
        targets_of.setdefault(key, []).append(
            f'<li class="o-target"><a href="#target-{index}" title="{esc(target.text)}">{esc(label)}</a></li>'
        )
    tasks_of: dict[int | None, list[str]] = {}
    for index, task in enumerate(notice.tasks):
        key = task.heading if task.heading in ids else None
        tasks_of.setdefault(key, []).append(
            f'<a class="badge" href="#task-{index}">任务 {task.ordinal}</a>' + page_badge(notice, task.start)
        )
    parts = ['<nav class="outline" aria-label="Outline"><h2>Outline 提纲</h2><ul class="tree">']
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


def _timeline(notice: Notice) -> str:
    svg = timeline_svg(notice)
    _, undated = dated_items(notice)
    parts = ['<section id="timeline"><h2>Timeline 时间轴</h2>']
    parts.append(svg or '<p class="empty">No dated targets or tasks.</p>')
    if undated:
        links = "".join(
            f'<li class="u-{kind}"><a href="#{ident}">{esc(shorten(text, 60))}</a></li>'
            for kind, ident, text in undated
        )
        parts.append(
            f'<details class="undated"><summary>Without a year: {len(undated)}</summary><ul>{links}</ul></details>'
        )
    parts.append("</section>")
    return "".join(parts)


def _tasks(notice: Notice) -> str:
    if not notice.tasks:
        return ""
    rows = []
    for index, task in enumerate(notice.tasks):
        deadline = deadline_label(task.deadline) or (task.deadline_note or "")
        rows.append(
            f'<tr><td>{task.ordinal}</td><td><a href="#task-{index}">{esc(task.title)}</a></td>'
            f"<td>{esc(_agencies(task.lead))}</td><td>{esc(_agencies(task.support))}</td>"
            f"<td>{esc(deadline)}</td><td>{esc('、'.join(task.keywords))}</td></tr>"
        )
    stated = f" (the text announces {notice.stated_task_count})" if notice.stated_task_count else ""
    return (
        f'<section id="tasks"><h2>Tasks 任务{esc(stated)}</h2><table class="tasks"><thead><tr><th>#</th>'
        "<th>Task</th><th>Lead 牵头</th><th>Support 配合</th><th>Deadline</th><th>Keywords</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _legend() -> str:
    items = "".join(
        f'<label><input type="checkbox" checked data-toggle="{kind}"> <span class="m m-{kind}">{esc(label)}</span></label>'
        for kind, label in KINDS.items()
    )
    return f'<div class="legend" aria-label="Legend">{items}</div>'


def _text(notice: Notice) -> str:
    text = notice.text
    marks = collect_marks(notice)
    anchors: dict[int, list[str]] = {}
    for mark in marks:
        anchors.setdefault(mark.start, []).append(mark.ident)
    for index, diagnostic in enumerate(notice.diagnostics):
        if diagnostic.start is not None and diagnostic.start <= len(text):
            anchors.setdefault(diagnostic.start, []).append(f"diag-{index}")
    parts = ['<section id="document"><h2>Text 正文</h2>', _legend(), '<div class="text">']
    for start, end, covering in segments(len(text), marks, anchors):
        parts.extend(f'<a class="anchor" id="{esc(ident)}"></a>' for ident in anchors.pop(start, []))
        chunk = esc(text[start:end])
        if not covering:
            parts.append(chunk)
            continue
        kinds = sorted({m.kind for m in covering}, key=list(KINDS).index)
        classes = " ".join(["m", *(f"m-{k}" for k in kinds)])
        refs = " ".join(m.ident for m in covering)
        tip = " · ".join(dict.fromkeys(m.tip for m in covering))
        parts.append(f'<span class="{classes}" data-ids="{esc(refs)}" title="{esc(tip)}">{chunk}</span>')
    for idents in anchors.values():  # anchors at the very end of the text
        parts.extend(f'<a class="anchor" id="{esc(ident)}"></a>' for ident in idents)
    parts.append("</div></section>")
    return "".join(parts)


def _diagnostics(notice: Notice) -> str:
    if not notice.diagnostics:
        return '<section id="diagnostics"><h2>Diagnostics 诊断</h2><p class="empty">None.</p></section>'
    rows = []
    for index, diagnostic in enumerate(notice.diagnostics):
        where = ""
        if diagnostic.start is not None and diagnostic.start <= len(notice.text):
            end = diagnostic.end if diagnostic.end is not None else diagnostic.start
            excerpt = shorten(notice.text[diagnostic.start : max(end, diagnostic.start)], 30)
            where = f'<a href="#diag-{index}">@{diagnostic.start}</a> {esc(excerpt)}'
        rows.append(
            f'<tr class="sev-{esc(diagnostic.severity.value)}"><td><code>{esc(diagnostic.code)}</code></td>'
            f"<td>{esc(diagnostic.severity.value)}</td><td>{esc(diagnostic.message)}</td><td>{where}</td></tr>"
        )
    return (
        '<section id="diagnostics"><h2>Diagnostics 诊断</h2><table class="diagnostics"><thead><tr><th>Code</th>'
        f"<th>Severity</th><th>Message</th><th>Where</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def to_html(notice: Notice) -> str:
    """The report of ``notice`` as one self-contained HTML document."""
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="policyparse {esc(__version__)}">',
            f"<title>{esc(_title(notice))}</title>",
            f"<script>{ERROR_TRAP}</script>",
            f"<style>{_asset('report.css')}</style></head><body>",
            _metadata(notice),
            '<div class="layout">',
            _outline(notice),
            "<main>",
            _timeline(notice),
            _tasks(notice),
            _text(notice),
            _diagnostics(notice),
            "</main></div>",
            f"<footer>policyparse {esc(__version__)} · schema {esc(notice.schema_version)}</footer>",
            f"<script>{_asset('report.js')}</script>",
            "</body></html>\n",
        ]
    )


__all__ = ["to_html"]
