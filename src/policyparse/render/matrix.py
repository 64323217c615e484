"""Agencies × tasks across a set of documents: who leads and who supports which task.

One row per agency (names folded as the scorer folds them, so a Traditional and a Simplified
spelling are one agency), one column per document with tasks; a cell lists the tasks of that
document the agency leads (牵头 or 责任单位, in bold) or supports (配合), each linking to the task
in the document's report. The rows are ordered by tasks led, then supported; a large set shows
the :data:`MAX_AGENCIES` agencies and :data:`MAX_DOCUMENTS` documents with the most tasks, and
the table below the matrix counts every agency.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from policyparse.evaluate.fold import fold
from policyparse.render._marks import shorten
from policyparse.render.corpus import Corpus, Entry, corpus_page, href
from policyparse.render.escape import esc
from policyparse.render.html import title_of

#: Rows and columns the matrix shows at most.
MAX_AGENCIES = 80
MAX_DOCUMENTS = 40
#: Characters of a document's title in a column header.
HEADER_CHARS = 16
#: Roles that count as leading a task.
LEADING = ("lead", "responsible")


@dataclass
class AgencyTasks:
    """An agency's tasks: per document (its position in the set), the tasks it leads and supports."""

    names: Counter[str] = field(default_factory=Counter)
    led: dict[int, list[int]] = field(default_factory=dict)
    supported: dict[int, list[int]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The spelling used most often."""
        return self.names.most_common(1)[0][0]

    def count(self, role: dict[int, list[int]]) -> int:
        """How many tasks in ``role`` (``led`` or ``supported``)."""
        return sum(len(tasks) for tasks in role.values())


def agency_tasks(corpus: Corpus) -> dict[str, AgencyTasks]:
    """Every agency named for a task of the set, by folded name."""
    table: dict[str, AgencyTasks] = {}
    for position, entry in enumerate(corpus.entries):
        for index, task in enumerate(entry.notice.tasks):
            for role in ("lead", "responsible", "support"):
                for agency in getattr(task, role):
                    row = table.setdefault(fold(agency.name) or agency.name, AgencyTasks())
                    row.names[agency.name] += 1
                    held = row.led if role in LEADING else row.supported
                    tasks = held.setdefault(position, [])
                    if index not in tasks:
                        tasks.append(index)
    return table


def _ranked(table: dict[str, AgencyTasks]) -> list[AgencyTasks]:
    return sorted(table.values(), key=lambda row: (-row.count(row.led), -row.count(row.supported), row.name))


def _cell(entry: Entry, row: AgencyTasks, position: int) -> str:
    links = []
    tasks = entry.notice.tasks
    for held, css in ((row.led, "lead"), (row.supported, "support")):
        for index in held.get(position, []):
            links.append(
                f'<a class="{css}" href="{href(entry.href, f"task-{index}")}" title="{esc(tasks[index].title)}">'
                f"{tasks[index].ordinal}</a>"
            )
    return f'<td class="cell">{" ".join(links)}</td>' if links else "<td></td>"


def matrix(corpus: Corpus, table: dict[str, AgencyTasks]) -> str:
    """The agency × task matrix (empty when no task names an agency)."""
    rows = _ranked(table)[:MAX_AGENCIES]
    tasks_of = Counter({p: len(e.notice.tasks) for p, e in enumerate(corpus.entries) if e.notice.tasks})
    named = {position for row in table.values() for position in (*row.led, *row.supported)}
    columns = sorted((p for p in tasks_of if p in named), key=lambda p: (-tasks_of[p], p))[:MAX_DOCUMENTS]
    if not rows or not columns:
        return '<p class="empty">No task names an agency.</p>'
    columns.sort()
    heads = "".join(
        f'<th class="doc"><a href="{href(corpus.entries[p].href)}" title="{esc(title_of(corpus.entries[p].notice))}">'
        f"{esc(shorten(title_of(corpus.entries[p].notice), HEADER_CHARS))}</a></th>"
        for p in columns
    )
    body = "".join(
        f'<tr data-agencies="{esc(row.name)}"><th scope="row">{esc(row.name)}</th>'
        f"<td>{row.count(row.led)}</td><td>{row.count(row.supported)}</td>"
        + "".join(_cell(corpus.entries[p], row, p) for p in columns)
        + "</tr>"
        for row in rows
    )
    shown = []
    if len(table) > len(rows):
        shown.append(f"the {len(rows)} agencies with the most tasks (of {len(table)})")
    if len(named) > len(columns):
        shown.append(f"the {len(columns)} documents with the most tasks (of {len(named)})")
    note = (
        f'<p class="note">Showing {" and ".join(shown)}; every agency is counted below.</p>' if shown else ""
    )
    return (
        f'{note}<div class="matrix-wrap"><table class="matrix filterable"><thead><tr><th>Agency 单位</th>'
        f"<th>Leads</th><th>Supports</th>{heads}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _totals(table: dict[str, AgencyTasks]) -> str:
    rows = "".join(
        f'<tr data-agencies="{esc(row.name)}"><td>{esc(row.name)}</td><td>{row.count(row.led)}</td>'
        f"<td>{row.count(row.supported)}</td><td>{len({*row.led, *row.supported})}</td></tr>"
        for row in _ranked(table)
    )
    return (
        '<table class="agencies filterable sortable counted"><thead><tr><th>Agency 单位</th><th>Tasks led 牵头/负责</th>'
        f"<th>Tasks supported 配合</th><th>Documents 文件</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def agencies_page(corpus: Corpus) -> str:
    """The page of the agency × task matrix and the counts of every agency."""
    table = agency_tasks(corpus)
    body = (
        '<form class="filters" id="filters" role="search" onsubmit="return false">'
        '<input type="search" id="f-text" placeholder="Agency 单位" aria-label="Search">'
        '<output id="f-count" aria-live="polite" data-noun="agencies"></output></form>'
        '<main class="corpus-agencies">'
        '<section id="matrix"><h2>Agencies × tasks 分工矩阵</h2>'
        '<p class="legend-text">Numbers are task ordinals: <b>bold</b> the agency leads (牵头) or is responsible '
        "(负责), plain it supports (配合).</p>"
        + matrix(corpus, table)
        + f'</section><section id="agencies"><h2>Every agency 全部单位 <span class="n">{len(table)}</span></h2>'
        + _totals(table)
        + "</section></main>"
    )
    return corpus_page("agencies", "Agencies × tasks 分工", body, corpus)


__all__ = [
    "LEADING",
    "MAX_AGENCIES",
    "MAX_DOCUMENTS",
    "AgencyTasks",
    "agencies_page",
    "agency_tasks",
    "matrix",
]
