"""The index of a set of reports: the documents by kind, issuer and date, each linking to its report.

A summary counts the documents by kind, by issuer and by year (each count links to the index
filtered to it); the table lists every document with its kind, 文号, issuers, date, counts and
links, and is filtered by text, kind, issuer and year (``report.js``, also from the URL:
``index.html?kind=rules&year=2021``) and sorted by a click on a column's header.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from urllib.parse import quote, urlencode

from policyparse.render.corpus import Corpus, Entry, corpus_page, href
from policyparse.render.escape import esc
from policyparse.render.html import title_of
from policyparse.render.markdown import md_escape
from policyparse.render.tables import filter_bar_of

#: How many issuers the summary lists (the filter lists them all).
SUMMARY_ISSUERS = 30


def _year(entry: Entry) -> int | None:
    date = entry.notice.metadata.date
    return date.year if date is not None else None


def _row(entry: Entry, links: Counter[tuple[str, str]]) -> str:
    meta = entry.notice.metadata
    notice = entry.notice
    years = sorted({t.deadline.year for t in notice.targets if t.deadline.year is not None})
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")
    year = _year(entry)
    issuers = "|".join(name.replace("|", " ") for name in meta.issuers)
    cites, cited = links[("cites", entry.href)], links[("cited", entry.href)]
    return (
        f'<tr data-kind="{esc(notice.kind.value)}" data-year="{year or ""}" data-agencies="{esc(issuers)}">'
        f'<td><a href="{href(entry.href)}">{esc(title_of(notice))}</a><div class="src">{esc(entry.source)}</div></td>'
        f"<td>{esc(notice.kind.value)}</td><td>{esc(meta.doc_number or '')}</td>"
        f'<td>{esc("、".join(meta.issuers))}</td><td class="date">{esc(meta.date.isoformat() if meta.date else "")}</td>'
        f"<td>{len(notice.headings)}</td><td>{len(notice.targets)}</td><td>{esc(span)}</td>"
        f"<td>{len(notice.tasks)}</td><td>{cites} / {cited}</td><td>{len(notice.diagnostics)}</td></tr>"
    )


def _counts(title: str, key: str, counted: Counter[str], limit: int | None = None) -> str:
    ordered = sorted(counted.items(), key=lambda item: (-item[1], item[0]))[:limit]
    items = "".join(
        f'<li><a href="?{esc(urlencode({key: value}))}">{esc(value)}</a> <span class="n">{count}</span></li>'
        for value, count in ordered
    )
    more = f'<li class="n">… {len(counted) - len(ordered)} more</li>' if len(counted) > len(ordered) else ""
    return f'<div class="facet" id="by-{key}"><h3>{esc(title)}</h3><ul>{items}{more}</ul></div>'


def _summary(corpus: Corpus) -> str:
    kinds = Counter(entry.notice.kind.value for entry in corpus.entries)
    issuers = Counter(name for entry in corpus.entries for name in entry.notice.metadata.issuers)
    years = Counter(str(year) for entry in corpus.entries if (year := _year(entry)) is not None)
    by_year = dict(sorted(years.items(), reverse=True))
    year_items = "".join(
        f'<li><a href="?{esc(urlencode({"year": year}))}">{esc(year)}</a> <span class="n">{count}</span></li>'
        for year, count in by_year.items()
    )
    return (
        '<section class="summary" id="summary">'
        + _counts("By kind 类型", "kind", kinds)
        + _counts("By issuer 发文机关", "agency", issuers, SUMMARY_ISSUERS)
        + f'<div class="facet" id="by-year"><h3>By year 年份</h3><ul class="years">{year_items}</ul></div>'
        + "</section>"
    )


def _filters(corpus: Corpus) -> str:
    kinds = sorted({entry.notice.kind.value for entry in corpus.entries})
    issuers = sorted({name for entry in corpus.entries for name in entry.notice.metadata.issuers})
    years = sorted({year for entry in corpus.entries if (year := _year(entry)) is not None}, reverse=True)
    return filter_bar_of(
        agencies=issuers,
        years=years,
        kinds=[(kind, kind) for kind in kinds],
        labels=("All issuers 全部发文机关", "All years 全部年份", "All kinds 全部类型"),
        noun="documents",
    )


def index_html(corpus: Corpus) -> str:
    """The index page of ``corpus`` (and the inputs that could not be rendered)."""
    links: Counter[tuple[str, str]] = Counter()
    for link in {(link.doc_id, link.cited_doc_id) for link in corpus.links}:
        links[("cites", link[0])] += 1
        links[("cited", link[1])] += 1
    rows = "".join(_row(entry, links) for entry in corpus.entries)
    failed = ""
    if corpus.failures:
        items = "".join(
            f"<li><code>{esc(path)}</code>: {esc(reason)}</li>" for path, reason in corpus.failures
        )
        failed = f'<section id="failed"><h2>Not rendered 未生成</h2><ul>{items}</ul></section>'
    body = (
        _filters(corpus)
        + '<main class="index">'
        + _summary(corpus)
        + '<table class="index filterable sortable"><thead><tr><th>Document 文件</th><th>Kind 类型</th>'
        "<th>文号</th><th>Issuer 发文机关</th><th>Date 日期</th><th>Headings</th><th>Targets</th><th>Years</th>"
        f"<th>Tasks</th><th>Cites / cited by</th><th>Diagnostics</th></tr></thead><tbody>{rows}</tbody></table>"
        f"{failed}</main>"
    )
    return corpus_page("index", f"Documents 文件 ({len(corpus.entries)})", body, corpus)


def index_markdown(entries: Sequence[Entry]) -> str:
    """The index as a Markdown list of links."""
    lines = ["# Reports", ""]
    for entry in entries:
        meta = entry.notice.metadata
        date = f" ({meta.date.isoformat()})" if meta.date else ""
        lines.append(f"- [{md_escape(title_of(entry.notice))}]({quote(entry.href)}){date}")
    return "\n".join(lines) + "\n"


__all__ = ["SUMMARY_ISSUERS", "Entry", "index_html", "index_markdown"]
