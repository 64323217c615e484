"""The HTML report: one self-contained file a person reads (no network requests).

Metadata at the top, then a filter bar (free text, agency, year, kind); the outline as a
navigable tree; the timeline (deadlines by year); the targets by year with their indicators;
the tasks with their owners and a who-does-what table; the text with targets, deadlines,
indicators, tasks and agencies highlighted and the source's tables as tables; the
diagnostics. CSS and JavaScript are package files inlined into the page, and a Content
Security Policy forbids loading anything else. Every string from the document is escaped.
"""

from __future__ import annotations

from importlib import resources
from pathlib import PurePath

from policyparse._version import __version__
from policyparse.models import Notice
from policyparse.render._marks import shorten
from policyparse.render.escape import esc
from policyparse.render.outline import outline
from policyparse.render.related import Related, back_link, related_rows
from policyparse.render.tables import filter_bar, owners_table, targets_table, tasks_table
from policyparse.render.text import text_section
from policyparse.render.timeline import dated_items, timeline_html

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
#: Runs first, so that an error in the report's own script is recorded in the DOM.
ERROR_TRAP = (
    "window.addEventListener('error',function(e){var r=document.documentElement;"
    "var p=r.getAttribute('data-script-errors');var m=String(e.message||e);"
    "r.setAttribute('data-script-errors',p?p+' | '+m:m);});"
)

__all__ = ["CSP", "asset", "esc", "page", "title_of", "to_html"]


def asset(name: str) -> str:
    """A file shipped beside this module (``report.css``, ``report.js``)."""
    return resources.files("policyparse.render").joinpath(name).read_text(encoding="utf-8")


def title_of(notice: Notice) -> str:
    """The report's title: the document's, else its file name."""
    if notice.metadata.title:
        return notice.metadata.title
    if notice.source.path:
        return PurePath(notice.source.path).name
    return "Untitled document"


def _metadata(notice: Notice, related: Related | None = None) -> str:
    body = "".join(
        f"<dt>{label}</dt><dd>{value}</dd>" for label, value in _metadata_rows(notice, related) if value
    )
    counts = (
        f"{len(notice.headings)} headings · {len(notice.targets)} targets · {len(notice.tasks)} tasks · "
        f"{len(notice.assignments)} assignments · {len(notice.diagnostics)} diagnostics"
    )
    keywords = "".join(f'<span class="chip">{esc(k)}</span>' for k in notice.keywords)
    return "".join(
        [
            '<header class="meta" id="top">',
            back_link(related) if related is not None else "",
            f"<h1>{esc(title_of(notice))}</h1>",
            f'<dl class="fields">{body}</dl>',
            f'<p class="counts">{counts}</p>',
            f'<p class="keywords">{keywords}</p>' if keywords else "",
            "</header>",
        ]
    )


def _metadata_rows(notice: Notice, related: Related | None) -> list[tuple[str, str]]:
    """The metadata fields as (label, escaped HTML) rows; empty values are left out later."""
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
    if related is not None:
        rows += related_rows(related)
    if meta.attachments:
        rows.append(("附件 Attachments", "；".join(esc(a.title) for a in meta.attachments)))
    source = notice.source.url or notice.source.path
    if source:
        rows.append(("File", esc(f"{source} ({notice.source.format.value})")))
    rows.append(("Kind", esc(notice.kind.value)))
    return rows


def _timeline(notice: Notice) -> str:
    _, undated = dated_items(notice)
    parts = ['<section id="timeline"><h2>Timeline 时间轴</h2>']
    parts.append(timeline_html(notice) or '<p class="empty">No dated targets or tasks.</p>')
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


def page(title: str, body: str, *, footer: str) -> str:
    """A complete self-contained page: the report's styles and script around ``body``."""
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="policyparse {esc(__version__)}">',
            f"<title>{esc(title)}</title>",
            f"<script>{ERROR_TRAP}</script>",
            f"<style>{asset('report.css')}</style></head><body>",
            body,
            f"<footer>{footer}</footer>",
            f"<script>{asset('report.js')}</script>",
            "</body></html>\n",
        ]
    )


def to_html(notice: Notice, *, related: Related | None = None) -> str:
    """The report of ``notice`` as one self-contained HTML document.

    ``related`` places it in a set of reports (``render DIR``): a link back to the index, and
    the documents of the set it cites and that cite it.
    """
    body = "".join(
        [
            _metadata(notice, related),
            filter_bar(notice),
            '<div class="layout">',
            outline(notice),
            "<main>",
            _timeline(notice),
            targets_table(notice),
            tasks_table(notice),
            owners_table(notice),
            text_section(notice),
            _diagnostics(notice),
            "</main></div>",
        ]
    )
    footer = f"policyparse {esc(__version__)} · schema {esc(notice.schema_version)}"
    return page(title_of(notice), body, footer=footer)
