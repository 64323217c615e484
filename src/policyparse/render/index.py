"""The index page of a set of reports: one row per document, linking to its report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from policyparse._version import __version__
from policyparse.models import Notice
from policyparse.render.escape import esc
from policyparse.render.html import page, title_of
from policyparse.render.markdown import md_escape


@dataclass(frozen=True)
class Entry:
    """A report written: where it is (relative to the index) and the notice it shows."""

    href: str
    source: str
    notice: Notice


def _row(entry: Entry) -> str:
    meta = entry.notice.metadata
    notice = entry.notice
    years = sorted({t.deadline.year for t in notice.targets if t.deadline.year is not None})
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")
    return (
        f'<tr data-kind="{esc(notice.kind.value)}"><td><a href="{esc(quote(entry.href))}">{esc(title_of(notice))}</a>'
        f'<div class="src">{esc(entry.source)}</div></td><td>{esc(meta.doc_number or "")}</td>'
        f"<td>{esc('、'.join(meta.issuers))}</td><td>{esc(meta.date.isoformat() if meta.date else '')}</td>"
        f"<td>{len(notice.headings)}</td><td>{len(notice.targets)}</td><td>{esc(span)}</td>"
        f"<td>{len(notice.tasks)}</td><td>{len(notice.diagnostics)}</td></tr>"
    )


def index_html(entries: Sequence[Entry], *, failures: Sequence[tuple[str, str]] = ()) -> str:
    """A self-contained page listing ``entries`` (and the inputs that could not be rendered)."""
    rows = "".join(_row(entry) for entry in entries)
    failed = ""
    if failures:
        items = "".join(f"<li><code>{esc(path)}</code>: {esc(reason)}</li>" for path, reason in failures)
        failed = f'<section id="failed"><h2>Not rendered 未生成</h2><ul>{items}</ul></section>'
    body = (
        f'<header class="meta" id="top"><h1>Reports 报告 <span class="n">{len(entries)}</span></h1></header>'
        '<form class="filters" id="filters" role="search" onsubmit="return false">'
        '<input type="search" id="f-text" placeholder="Search 搜索" aria-label="Search"></form>'
        '<main class="index"><table class="index filterable"><thead><tr><th>Document 文件</th><th>文号</th>'
        "<th>Issuer 发文机关</th><th>Date 日期</th><th>Headings</th><th>Targets</th><th>Years</th>"
        f"<th>Tasks</th><th>Diagnostics</th></tr></thead><tbody>{rows}</tbody></table>{failed}</main>"
    )
    return page("policyparse reports", body, footer=f"policyparse {esc(__version__)}")


def index_markdown(entries: Sequence[Entry]) -> str:
    """The index as a Markdown list of links."""
    lines = ["# Reports", ""]
    for entry in entries:
        meta = entry.notice.metadata
        date = f" ({meta.date.isoformat()})" if meta.date else ""
        lines.append(f"- [{md_escape(title_of(entry.notice))}]({quote(entry.href)}){date}")
    return "\n".join(lines) + "\n"


__all__ = ["Entry", "index_html", "index_markdown"]
