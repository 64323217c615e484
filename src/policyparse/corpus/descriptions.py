"""What each table, view and column of the corpus database holds, as shown by ``policyparse serve``.

Plain data: :data:`TABLES` (a sentence per table or view) and :data:`COLUMNS` (per table or
view, its columns' descriptions; :data:`COMMON` for the columns many tables share). A test
checks that every column of the export and of the views is described here.
"""

from __future__ import annotations

#: Columns that mean the same in every table that has them.
COMMON: dict[str, str] = {
    "doc_id": "The document: its path relative to the folder exported (joins every table to documents)",
    "start": "Offset of the element's first character in the document's text",
    "end": "Offset just past the element's last character in the document's text",
    "document": "Title of the document",
    "document_kind": "notice, news, report or rules",
    "date": "成文日期 of the document (else a publication date), ISO",
    "year": "Year of the document's date",
    "issuers": "发文机关, joined with ；",
    "deadline_year": "Year the target or task is due",
    "deadline_text": "The deadline as printed (到2025年, 年底前 …)",
    "heading": "heading_id of the enclosing heading",
    "text": "The text as printed",
}

TABLES: dict[str, str] = {
    "documents": "One row per document: where it came from, its metadata and counts of what was found",
    "headings": "The heading tree of each document (一、 / （一） / 1. …, 第X章)",
    "targets": "Statements tied to a future deadline, with the main deadline resolved",
    "indicators": "Quantitative indicators inside targets (value, unit, what is measured)",
    "tasks": "The principal task list of each document, with its agencies and deadline",
    "assignments": "Responsibility notes and clauses (牵头/配合/责任单位)",
    "agencies": "One row per agency named for a task or an assignment, with its role",
    "issuers": "One row per issuing organ (发文机关) of a document",
    "citations": "The 《…》 titles a document cites, with the 文号 printed after them",
    "links": "Citations that name another document of this corpus (by 文号 or title)",
    "diagnostics": "Coded diagnostics of the parse (catalogue in the policyparse docs)",
    "target_details": "Targets with their document's title, date and issuers, and their indicators",
    "task_owners": "Tasks with one of their owners: one row per task and agency named for it",
    "documents_by_issuer": "Documents once per issuer, for facets by issuer",
    "document_links": "Links between documents with both titles and how the citation was matched",
}

COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "path": "The file as recorded by parse",
        "text_sha1": "SHA-1 of the document's text (joins exports made from different folders)",
        "format": "text, html or docx",
        "encoding": "Encoding the file was read in",
        "kind": "notice, news, report or rules",
        "chars": "Length of the text in characters",
        "title": "The document's title",
        "doc_number": "发文字号 as printed",
        "doc_type": "文种 (通知, 意见, 实施方案 …)",
        "transmitted_title": "For 关于印发《…》的通知: the title of the document it transmits",
        "stated_task_count": "The number of tasks the text announces, if it does",
        "n_headings": "Number of headings",
        "n_articles": "Number of articles (第X条)",
        "n_targets": "Number of targets",
        "n_tasks": "Number of tasks",
        "n_assignments": "Number of assignments",
        "n_diagnostics": "Number of diagnostics",
    },
    "headings": {
        "heading_id": "Position in the document's headings",
        "parent": "heading_id of the parent heading",
        "level": "Depth in the tree, 1 = outermost",
        "part": "0 for the main document, n for attachment n",
        "kind": "numbered, structural, run_in, crosshead or unnumbered_run_in",
        "marker": "Numbering as printed",
        "marker_kind": "Class of the numbering (cn_dun for 一、, cn_paren for （一） …)",
        "number": "Numeric value of the marker",
        "title": "The heading's title",
        "section_end": "End of the section the heading opens",
    },
    "targets": {
        "target_id": "Position in the document's targets",
        "kind": "goal (a state to reach) or action (a thing to do)",
        "deadline_month": "Month the target is due, if stated",
        "deadline_day": "Day the target is due, if stated",
        "deadline_precision": "day, month, quarter, half, year or period",
        "deadline_relation": "by, before, during, within or at (到2025年 is by)",
        "deadline_period": "Planning period named (十四五 …)",
        "deadline_relative": "1 when resolved from the document's date (明年, 三年内)",
        "n_indicators": "Number of indicators in the target",
    },
    "indicators": {
        "target_id": "The target it belongs to",
        "indicator_id": "Position inside the target",
        "metric": "What is measured (覆盖率 …)",
        "comparator": "达到, 不低于, 以上 …",
        "value": "The number, with 万/亿 applied",
        "unit": "Unit as written (%, 个, 万人 …)",
        "raw_value": "The number as printed",
    },
    "tasks": {
        "ordinal": "Position in the task list, from 1",
        "marker": "Numbering as printed",
        "title": "The task's title",
        "lead": "牵头 agencies, joined with ；",
        "support": "配合 agencies, joined with ；",
        "responsible": "责任 agencies, joined with ；",
        "deadline_note": "长期坚持, 持续推进 … as printed",
        "n_sub_items": "Number of sub-items",
        "keywords": "Keywords of the task, joined with ；",
    },
    "assignments": {
        "assignment_id": "Position in the document's assignments",
        "kind": "note, label, clause or table (the form the responsibility takes)",
        "task": "Ordinal of the task it belongs to",
    },
    "agencies": {
        "owner": "task or assignment",
        "owner_id": "The task's ordinal or the assignment_id",
        "role": "lead (牵头), support (配合) or responsible (责任)",
        "name": "The agency as printed",
    },
    "issuers": {
        "issuer_id": "Position among the document's issuers",
        "name": "The issuing organ",
    },
    "citations": {
        "citation_id": "Position among the document's citations",
        "title": "The cited title, without 《》",
        "doc_number": "The cited 文号 (standard brackets), if printed",
    },
    "links": {
        "citation_id": "The citation (citations.citation_id of doc_id)",
        "cited_doc_id": "The document the citation names",
        "matched_by": "doc_number, title or transmitted_title",
        "candidates": "How many documents the citation names (more than 1: a shared title)",
    },
    "diagnostics": {
        "code": "Stable code (W101 …)",
        "severity": "info, warning or error",
        "message": "What was found",
    },
    "target_details": {
        "target_rowid": "rowid of the target (for its search box)",
        "doc_number": "发文字号 of the document",
        "target_id": "Position in the document's targets",
        "kind": "goal or action",
        "n_indicators": "Number of indicators",
        "indicators": "The indicators' texts, joined with ；",
    },
    "task_owners": {
        "task_rowid": "rowid of the task (for its search box)",
        "ordinal": "Position in the task list",
        "task": "The task's title",
        "role": "lead, support or responsible",
        "agency": "The agency as printed",
    },
    "documents_by_issuer": {
        "issuer": "One issuing organ of the document",
        "title": "The document's title",
        "doc_number": "发文字号 as printed",
        "kind": "notice, news, report or rules",
        "doc_type": "文种",
        "n_targets": "Number of targets",
        "n_tasks": "Number of tasks",
    },
    "document_links": {
        "cited_doc_id": "The document cited",
        "cited_document": "Title of the document cited",
        "cited_date": "Date of the document cited",
        "cited_as": "The title as the citing document prints it",
        "cited_number": "The 文号 as the citing document prints it",
        "matched_by": "doc_number, title or transmitted_title",
        "candidates": "How many documents the citation names",
    },
}


def describe(table: str, column: str) -> str | None:
    """The description of ``column`` of ``table`` (or view), or ``None`` when there is none."""
    return COLUMNS.get(table, {}).get(column) or COMMON.get(column)


__all__ = ["COLUMNS", "COMMON", "TABLES", "describe"]
