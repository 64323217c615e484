"""Which full-text index finds what a user types in Chinese? (issue 21)

Builds four SQLite FTS5 indexes over the searched texts of an export (document titles, headings,
targets, task texts, assignments) and runs the queries of :data:`QUERIES` on each:

* ``trigram raw`` — FTS5 ``trigram`` over the text as printed, the query as typed (what
  Datasette's own search box does);
* ``trigram folded`` — ``trigram`` over the folded text (NFKC, Traditional → Simplified,
  lower case), the query folded the same way; a term under three characters finds nothing;
* ``trigram folded + LIKE`` — the same, and a term under three characters read with ``LIKE``
  over the folded texts (a scan: ``LIKE`` on a trigram index finds nothing under three
  characters);
* ``jieba`` — ``unicode61`` over the folded text cut by jieba (search mode), the query cut by
  jieba into an AND of its words;
* ``bigram`` — ``unicode61`` over overlapping character pairs of the folded text (and each
  run's last character), the query a phrase of its pairs (:func:`match_expression`).

The truth for a query is every row whose folded text contains the folded query. Reported per
method and query length: recall and precision against that truth, the index size, and the
median and 95th-percentile latency of a query. Usage::

    python benchmarks/fts_choice.py corpus.db            # an export of policyparse
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from policyparse.corpus.search import SEARCHED, bigrams, fold_for_search, match_expression

#: What users type: two-character words, longer terms, Traditional forms, Latin letters and digits.
QUERIES: tuple[str, ...] = (
    "医保",
    "5G",
    "养老",
    "托育",
    "就业",
    "税收",
    "消防",
    "疫情",
    "住房",
    "物业",
    "污水",
    "扶贫",
    "宽带",
    "水土",
    "4G",
    "碳达峰",
    "充电桩",
    "高标准农田",
    "垃圾分类",
    "营商环境",
    "数字经济",
    "乡村振兴",
    "老旧小区",
    "新能源汽车",
    "人工智能",
    "农村人居环境",
    "智慧城市",
    "工业互联网",
    "个人所得税",
    "安全生产",
    "食品安全",
    "生态环境保护",
    "醫保",
    "養老",
    "數字經濟",
    "鄉村振興",
    "營商環境",
    "碳達峰",
    "垃圾分類",
    "農村人居環境",
    "新型智慧城市建設",
    "寬帶",
    "5G基站",
    "PM2.5",
    "4G网络",
    "百兆",
)

Method = Callable[[sqlite3.Connection, str], set[int]]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def build(connection: sqlite3.Connection) -> dict[str, int]:
    """Create the four indexes in ``connection``; return the bytes each one takes."""
    import jieba

    from policyparse.tokenizer import get_tokenizer

    jieba.setLogLevel(60)
    cutter = get_tokenizer()
    connection.create_function("fold", 1, fold_for_search, deterministic=True)
    connection.create_function("bigrams", 1, bigrams, deterministic=True)
    connection.create_function(
        "jieba", 1, lambda text: " ".join(cutter.cut_for_search(text or "")), deterministic=True
    )
    connection.execute("CREATE TEMP TABLE corpus_text(id INTEGER PRIMARY KEY, text TEXT, folded TEXT)")
    for searched in SEARCHED:
        connection.execute(
            f"INSERT INTO corpus_text(text, folded) SELECT {searched.column}, fold({searched.column}) "
            f"FROM {searched.table} WHERE {searched.column} IS NOT NULL"
        )
    specs = {
        "t_raw": ("text", "trigram", "text"),
        "t_fold": ("folded", "trigram", "folded"),
        "jieba": ("words", "unicode61", "jieba(folded)"),
        "bigram": ("pairs", "unicode61", "bigrams(folded)"),
    }
    sizes = {}
    for name, (column, tokenizer, source) in specs.items():
        connection.execute(f"CREATE VIRTUAL TABLE {name} USING fts5({column}, tokenize='{tokenizer}')")
        connection.execute(f"INSERT INTO {name}(rowid, {column}) SELECT id, {source} FROM corpus_text")
        connection.commit()
        sizes[name] = _size(connection, name)
    return sizes


def _size(connection: sqlite3.Connection, name: str) -> int:
    try:
        rows = connection.execute(
            "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE ?", (f"{name}%",)
        ).fetchone()
        return int(rows[0] or 0)
    except sqlite3.OperationalError:  # no dbstat in this SQLite
        return 0


def _ids(connection: sqlite3.Connection, sql: str, *args: str) -> set[int]:
    return {row[0] for row in connection.execute(sql, args)}


def trigram_raw(connection: sqlite3.Connection, query: str) -> set[int]:
    if len(query) < 3:
        return set()
    return _ids(connection, "SELECT rowid FROM t_raw WHERE t_raw MATCH ?", _quote(query))


def trigram_folded(connection: sqlite3.Connection, query: str) -> set[int]:
    folded = fold_for_search(query)
    if len(folded) < 3:
        return set()
    return _ids(connection, "SELECT rowid FROM t_fold WHERE t_fold MATCH ?", _quote(folded))


def trigram_like(connection: sqlite3.Connection, query: str) -> set[int]:
    folded = fold_for_search(query)
    if len(folded) >= 3:
        return trigram_folded(connection, query)
    # LIKE on a trigram index finds nothing under three characters: scan the texts instead
    return _ids(connection, "SELECT id FROM corpus_text WHERE folded LIKE ?", f"%{folded}%")


def jieba_and(connection: sqlite3.Connection, query: str) -> set[int]:
    from policyparse.tokenizer import get_tokenizer

    words = [w for w in get_tokenizer().cut(fold_for_search(query)) if w.strip()]
    expression = " AND ".join(_quote(w) for w in words)
    return _ids(connection, "SELECT rowid FROM jieba WHERE jieba MATCH ?", expression) if words else set()


def bigram_phrase(connection: sqlite3.Connection, query: str) -> set[int]:
    expression = match_expression(query)
    return (
        _ids(connection, "SELECT rowid FROM bigram WHERE bigram MATCH ?", expression) if expression else set()
    )


METHODS: dict[str, tuple[str, Method]] = {
    "trigram raw": ("t_raw", trigram_raw),
    "trigram folded": ("t_fold", trigram_folded),
    "trigram folded + LIKE": ("t_fold", trigram_like),
    "jieba": ("jieba", jieba_and),
    "bigram": ("bigram", bigram_phrase),
}


def truth(connection: sqlite3.Connection, query: str) -> set[int]:
    folded = fold_for_search(query)
    return {
        rowid for rowid, text in connection.execute("SELECT id, folded FROM corpus_text") if folded in text
    }


def _timed(method: Method, connection: sqlite3.Connection, query: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        method(connection, query)
        times.append(time.perf_counter() - began)
    return times


def _group(query: str) -> str:
    from policyparse.evaluate.fold import to_simplified

    script = "Traditional" if to_simplified(query) != query else "Simplified"
    return f"{'2 chars' if len(fold_for_search(query)) < 3 else '3+ chars'}, {script}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "database", type=Path, help="an export of policyparse (read only; indexes built in memory)"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    connection = sqlite3.connect(":memory:")
    sqlite3.connect(args.database).backup(connection)
    sizes = build(connection)
    rows = connection.execute("SELECT COUNT(*), SUM(LENGTH(text)) FROM corpus_text").fetchone()
    print(f"{rows[0]} searched texts, {rows[1]} characters; {len(QUERIES)} queries\n")
    truths = {query: truth(connection, query) for query in QUERIES}
    groups = sorted({_group(q) for q in QUERIES})
    print(
        "| method | index MB | "
        + " | ".join(f"recall {g}" for g in groups)
        + " | precision | median ms | p95 ms |"
    )
    print("| --- | --- | " + " | ".join("---" for _ in groups) + " | --- | --- | --- |")
    for label, (index, method) in METHODS.items():
        found = {query: method(connection, query) for query in QUERIES}
        recall = []
        for group in groups:
            hit = sum(len(found[q] & truths[q]) for q in QUERIES if _group(q) == group)
            total = sum(len(truths[q]) for q in QUERIES if _group(q) == group)
            recall.append(f"{hit / total:.3f}" if total else "—")
        returned = sum(len(found[q]) for q in QUERIES)
        right = sum(len(found[q] & truths[q]) for q in QUERIES)
        times = sorted(t for q in QUERIES for t in _timed(method, connection, q, args.runs))
        p95 = times[int(0.95 * (len(times) - 1))]
        print(
            f"| {label} | {sizes[index] / 1e6:.1f} | {' | '.join(recall)} | "
            f"{right / returned if returned else 0:.3f} | {statistics.median(times) * 1e3:.2f} | {p95 * 1e3:.2f} |"
        )
    missed = {q: len(truths[q] - jieba_and(connection, q)) for q in QUERIES}
    worst = sorted(missed.items(), key=lambda item: -item[1])[:8]
    print("\njieba misses (query: rows containing it that jieba does not find):", worst)
    print("rows per query:", {q: len(truths[q]) for q in QUERIES})


if __name__ == "__main__":
    main()
