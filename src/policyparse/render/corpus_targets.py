"""The targets of every document of a set by deadline year: a timeline and a table.

The timeline lists each year with the targets due in it, each labelled with its document and
linking to the target in that document's report; the table gives every target with its
document, kind, indicators and the agencies answering for it (targets without a year last).
Both are filtered by text, agency, year and kind like a report.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from policyparse.models import Target
from policyparse.render._marks import deadline_label, shorten
from policyparse.render.corpus import Corpus, Entry, corpus_page, href
from policyparse.render.escape import esc
from policyparse.render.facts import FilterKeys, filter_attributes, target_keys
from policyparse.render.html import title_of
from policyparse.render.tables import KIND_LABELS, filter_bar_of, format_value
from policyparse.render.timeline import LABEL_CHARS, without_deadline

#: Characters of a document's title shown beside each of its targets.
DOCUMENT_CHARS = 24


@dataclass(frozen=True)
class Due:
    """A target of a document of the set, with its filter values."""

    entry: Entry
    index: int
    target: Target
    keys: FilterKeys


def targets_of(corpus: Corpus) -> Iterator[Due]:
    """Every target of the set, document by document."""
    for entry in corpus.entries:
        for index, target in enumerate(entry.notice.targets):
            yield Due(entry, index, target, target_keys(entry.notice, target))


def _document(due: Due) -> str:
    title = title_of(due.entry.notice)
    return f'<a class="t-doc" href="{href(due.entry.href)}" title="{esc(title)}">{esc(shorten(title, DOCUMENT_CHARS))}</a>'


def _item(due: Due) -> str:
    badge = "目标" if due.target.kind.value == "goal" else "行动"
    label = without_deadline(due.target.text, due.target.deadline.text)
    tip = f"{deadline_label(due.target.deadline)} · {due.target.text}"
    return (
        f'<li class="t-item t-target"{filter_attributes(due.keys)}>'
        f'<a href="{href(due.entry.href, f"target-{due.index}")}" title="{esc(shorten(tip, 300))}">'
        f'<span class="t-badge">{badge}</span> {esc(shorten(label, LABEL_CHARS))}</a> {_document(due)}</li>'
    )


def timeline(dues: list[Due]) -> str:
    """The years with targets due, each listing them (an empty string when nothing is dated)."""
    by_year: dict[int, list[Due]] = {}
    for due in dues:
        if due.target.deadline.year is not None:
            by_year.setdefault(due.target.deadline.year, []).append(due)
    if not by_year:
        return ""
    parts = ['<ol class="timeline" aria-label="Targets by deadline year">']
    for year in sorted(by_year):
        items = sorted(
            by_year[year], key=lambda due: (due.target.deadline.month or 0, due.entry.href, due.index)
        )
        parts.append(
            f'<li class="t-year" data-year="{year}"><span class="t-label">{year}</span>'
            f' <span class="t-count">{len(items)}</span><ul class="t-items">'
        )
        parts.extend(_item(due) for due in items)
        parts.append("</ul></li>")
    parts.append("</ol>")
    return "".join(parts)


def _indicators(target: Target) -> str:
    items = "".join(
        f'<li title="{esc(i.text)}">{esc(i.metric or "")} <b class="value">{esc(format_value(i.value))}</b>'
        f' <span class="unit">{esc(i.unit or "")}</span></li>'
        for i in target.indicators
    )
    return f'<ul class="indicators">{items}</ul>'


def _row(due: Due) -> str:
    year = esc(deadline_label(due.target.deadline) or "—")
    link = href(due.entry.href, f"target-{due.index}")
    return (
        f'<tr{filter_attributes(due.keys)}><td class="year">{year}</td><td>{_document(due)}</td>'
        f'<td><a href="{link}">{esc(due.target.text)}</a></td><td>{esc(due.target.kind.value)}</td>'
        f"<td>{_indicators(due.target)}</td><td>{esc('、'.join(due.keys.agencies))}</td></tr>"
    )


def targets_page(corpus: Corpus) -> str:
    """The page of every target of the set by deadline year."""
    dues = list(targets_of(corpus))
    order = sorted(
        dues,
        key=lambda d: (d.target.deadline.year is None, d.target.deadline.year or 0, d.entry.href, d.index),
    )
    years = sorted({due.target.deadline.year for due in dues if due.target.deadline.year is not None})
    agencies = sorted({name for due in dues for name in due.keys.agencies})
    kinds = [(kind, label) for kind, label in KIND_LABELS.items() if kind != "task"]
    documents = len({due.entry.href for due in dues})
    body = (
        filter_bar_of(agencies=agencies, years=years, kinds=kinds, noun="targets")
        + '<main class="corpus-targets">'
        + f'<section id="timeline"><h2>Timeline 时间轴 <span class="n">{len(dues)} targets in {documents} documents</span></h2>'
        + (timeline(dues) or '<p class="empty">No dated targets.</p>')
        + "</section>"
        + '<section id="targets"><h2>Targets 目标</h2><table class="targets filterable sortable"><thead><tr>'
        "<th>Year</th><th>Document 文件</th><th>Target 目标</th><th>Kind</th><th>Indicators 指标</th>"
        f"<th>Agencies 单位</th></tr></thead><tbody>{''.join(_row(due) for due in order)}</tbody></table></section>"
        + "</main>"
    )
    return corpus_page("targets", "Targets by deadline year 目标", body, corpus)


__all__ = ["DOCUMENT_CHARS", "Due", "targets_of", "targets_page", "timeline"]
