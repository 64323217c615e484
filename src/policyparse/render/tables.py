"""The report's tables and its filter bar.

* **Targets by year**: every target under its deadline year, with its kind, its indicators
  (metric, comparator, value, unit) and the agencies answering for it;
* **Tasks**: the principal task list with lead, support and responsible agencies and deadlines;
* **Who does what**: one row per agency with the tasks it leads, supports or answers for;
* **Filters**: free text, agency, year and kind; ``report.js`` hides the rows and timeline
  items that do not match (every filterable element carries ``data-kind``, ``data-year`` and
  ``data-agencies``, see :mod:`policyparse.render.facts`).
"""

from __future__ import annotations

from collections.abc import Iterable

from policyparse.models import Assignment, Indicator, Notice, Target, Task
from policyparse.render._marks import deadline_label
from policyparse.render.escape import esc
from policyparse.render.facts import filter_attributes, owners, target_keys, task_keys

#: Kinds the kind filter offers, with their labels.
KIND_LABELS = {"goal": "goal 目标", "action": "action 行动", "task": "task 任务"}


def format_value(value: float | None) -> str:
    """An indicator value for people: ``100000``, ``5.5``, ``10,000,000,000``.

    >>> format_value(1e10), format_value(5.5), format_value(None)
    ('10,000,000,000', '5.5', '')
    """
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _indicator(indicator: Indicator) -> str:
    metric = f'<span class="metric">{esc(indicator.metric)}</span> ' if indicator.metric else ""
    comparator = f'<span class="cmp">{esc(indicator.comparator)}</span> ' if indicator.comparator else ""
    return (
        f'<li title="{esc(indicator.text)}">{metric}{comparator}'
        f'<b class="value">{esc(format_value(indicator.value))}</b>'
        f' <span class="unit">{esc(indicator.unit or "")}</span></li>'
    )


def _links(items: Iterable[tuple[str, str]]) -> str:
    return " ".join(f'<a href="#{ident}">{esc(label)}</a>' for ident, label in items)


def _target_row(notice: Notice, index: int, target: Target) -> str:
    keys = target_keys(notice, target)
    year = esc(deadline_label(target.deadline) or "—")
    indicators = "".join(_indicator(indicator) for indicator in target.indicators)
    return (
        f'<tr id="row-target-{index}"{filter_attributes(keys)}><td class="year">{year}</td>'
        f'<td><a href="#target-{index}">{esc(target.text)}</a></td><td>{esc(target.kind.value)}</td>'
        f'<td><ul class="indicators">{indicators}</ul></td><td>{esc("、".join(keys.agencies))}</td></tr>'
    )


def targets_table(notice: Notice) -> str:
    """The targets grouped by deadline year (undated ones last), with indicators and owners."""
    if not notice.targets:
        return ""
    order = sorted(
        enumerate(notice.targets),
        key=lambda pair: (pair[1].deadline.year is None, pair[1].deadline.year or 0, pair[0]),
    )
    rows = "".join(_target_row(notice, index, target) for index, target in order)
    return _section(
        "targets",
        f'Targets by year 目标 <span class="n">{len(notice.targets)}</span>',
        ("Year", "Target 目标", "Kind", "Indicators 指标 (value, unit)", "Agencies 单位"),
        rows,
    )


def _task_row(index: int, task: Task) -> str:
    deadline = deadline_label(task.deadline) or (task.deadline_note or "")

    def names(role: str) -> str:
        return esc("、".join(agency.name for agency in getattr(task, role)))

    return (
        f'<tr id="row-task-{index}"{filter_attributes(task_keys(task))}><td>{task.ordinal}</td>'
        f'<td><a href="#task-{index}">{esc(task.title)}</a></td><td>{names("lead")}</td>'
        f"<td>{names('support')}</td><td>{names('responsible')}</td><td>{esc(deadline)}</td>"
        f"<td>{esc('、'.join(task.keywords))}</td></tr>"
    )


def tasks_table(notice: Notice) -> str:
    """The principal task list with its owners and deadlines."""
    if not notice.tasks:
        return ""
    rows = "".join(_task_row(index, task) for index, task in enumerate(notice.tasks))
    stated = f" (the text announces {notice.stated_task_count})" if notice.stated_task_count else ""
    return _section(
        "tasks",
        f"Tasks 任务{esc(stated)}",
        ("#", "Task", "Lead 牵头", "Support 配合", "Responsible 负责", "Deadline", "Keywords"),
        rows,
    )


def _roles(notice: Notice) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """agency → role → ``(anchor, label)`` of the tasks and notes naming it in that role."""
    table: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for index, task in enumerate(notice.tasks):
        _add_roles(table, task, (f"task-{index}", f"任务 {task.ordinal}"))
    for index, note in enumerate(notice.assignments):
        if note.task is not None:
            continue  # already counted with its task
        _add_roles(table, note, (f"assignment-{index}", f"§{index + 1}"))
    return table


def _add_roles(
    table: dict[str, dict[str, list[tuple[str, str]]]], holder: Task | Assignment, link: tuple[str, str]
) -> None:
    """Add ``link`` (anchor, label) under each agency ``holder`` names, in the role it names it in."""
    for role in ("lead", "support", "responsible"):
        for agency in getattr(holder, role):
            entry = table.setdefault(agency.name, {"lead": [], "support": [], "responsible": []})
            entry[role].append(link)


def owners_table(notice: Notice) -> str:
    """Who does what: each agency with the tasks (and stand-alone notes) it leads, supports or answers for."""
    table = _roles(notice)
    if not table:
        return ""
    rows = []
    for name, roles in sorted(table.items(), key=lambda item: (-len(item[1]["lead"]), item[0])):
        rows.append(
            f'<tr data-agencies="{esc(name)}"><td>{esc(name)}</td>'
            f"<td>{_links(roles['lead'])}</td><td>{_links(roles['support'])}</td>"
            f"<td>{_links(roles['responsible'])}</td></tr>"
        )
    return _section(
        "owners",
        "Who does what 分工",
        ("Agency 单位", "Leads 牵头", "Supports 配合", "Responsible 负责"),
        "".join(rows),
    )


def _section(ident: str, heading: str, headers: tuple[str, ...], rows: str) -> str:
    """A section of the report holding one filterable table (``ident``: the section's id and
    the table's class; ``heading`` and ``rows`` are HTML)."""
    head = "".join(f"<th>{header}</th>" for header in headers)
    return (
        f'<section id="{ident}"><h2>{heading}</h2><table class="{ident} filterable"><thead><tr>{head}'
        f"</tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _options(values: Iterable[tuple[str, str]], everything: str) -> str:
    options = "".join(f'<option value="{esc(value)}">{esc(label)}</option>' for value, label in values)
    return f'<option value="">{esc(everything)}</option>{options}'


def filter_bar_of(
    *,
    agencies: Iterable[str],
    years: Iterable[int],
    kinds: Iterable[tuple[str, str]],
    labels: tuple[str, str, str] = ("All agencies 全部单位", "All years 全部年份", "All kinds 全部类型"),
    noun: str = "targets and tasks",
) -> str:
    """Search and the agency, year and kind filters over the given choices (the script applies
    them to every element carrying ``data-agencies``, ``data-year`` and ``data-kind``); the count
    of rows shown is worded with ``noun``."""
    every_agency, every_year, every_kind = labels
    return (
        '<form class="filters" id="filters" role="search" onsubmit="return false">'
        '<input type="search" id="f-text" placeholder="Search 搜索" aria-label="Search">'
        f'<select id="f-agency" aria-label="Agency">{_options(((a, a) for a in agencies), every_agency)}</select>'
        f'<select id="f-year" aria-label="Year">{_options(((str(y), str(y)) for y in years), every_year)}</select>'
        f'<select id="f-kind" aria-label="Kind">{_options(kinds, every_kind)}</select>'
        f'<output id="f-count" aria-live="polite" data-noun="{esc(noun)}"></output></form>'
    )


def filter_bar(notice: Notice) -> str:
    """Search and the agency, year and kind filters of a report (the script applies them)."""
    holders: list[Task | Assignment] = [*notice.tasks, *notice.assignments]
    agencies = sorted({name for holder in holders for name in owners(holder)})
    years = sorted(
        {t.deadline.year for t in notice.targets if t.deadline.year is not None}
        | {t.deadline.year for t in notice.tasks if t.deadline is not None and t.deadline.year is not None}
    )
    return filter_bar_of(agencies=agencies, years=years, kinds=KIND_LABELS.items())


__all__ = [
    "KIND_LABELS",
    "filter_bar",
    "filter_bar_of",
    "format_value",
    "owners_table",
    "targets_table",
    "tasks_table",
]
