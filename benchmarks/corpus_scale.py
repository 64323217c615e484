"""Scale of the corpus database (issue 21): export time, database size, canned-query latency.

For the pool (``../shared/corpus/pool``: the 59 curated documents and the 2,633 lawrefbook
Markdown files; the work-report JSONL/CSV are not documents ``parse`` reads, so they are left
out) and for a synthetic corpus made by duplicating the pool with varied ids (10^5 documents
by default, written to a temporary folder and deleted afterwards):

1. ``policyparse parse`` of the pool into JSON Lines (timed; skipped with ``--jsonl``);
2. ``policyparse export --sqlite`` (timed, the real program), the database's size;
3. latency of each canned query (median and 95th percentile of ``--runs`` runs) in SQLite
   directly, and served through Datasette's own client (in process, no network) — the JSON of
   the canned query, of a table's search box and of a faceted table page.

A copy ``k`` of a pool record gets the path ``copyK/…`` and ``〔K〕`` after its title, its
transmitted title, its 文号 and every title it cites (titles that name no one document, such
as ``政府工作报告``, stay as they are), so its links stay among its own copy and the links table
grows linearly, as in a real corpus of distinct documents. Usage::

    python benchmarks/corpus_scale.py                       # pool + 100,000 synthetic documents
    python benchmarks/corpus_scale.py --jsonl pool.jsonl --synthetic 0
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: The pool: beside the repository, as in /work (main checkout /work/main, shared corpus /work/shared).
POOL = next(
    (p / "shared" / "corpus" / "pool" for p in ROOT.parents if (p / "shared" / "corpus" / "pool").is_dir()),
    ROOT.parent / "shared" / "corpus" / "pool",
)
PROGRAM = Path(sys.executable).with_name("policyparse")

#: The canned queries measured, with their parameters (a query string).
CANNED: tuple[tuple[str, str], ...] = (
    ("search", "q=医保"),
    ("search", "q=高标准农田"),
    ("search", "q=醫保基金"),
    ("targets_on", "year=2025&topic=5G"),
    ("targets_on", "year=2020&topic="),
    ("agencies_leading_tasks", ""),
    ("targets_of_cited_documents", "document="),
    ("citations_of", "document=粮食流通管理条例"),
    ("targets_by_year", ""),
)
#: Table pages measured through Datasette: the search box and facets.
PAGES: tuple[str, ...] = (
    "targets?_search=智慧城市",
    "documents",
    "task_owners",
    "target_details?deadline_year=2025",
)


def run(command: list[str]) -> float:
    """Run ``command``; its wall-clock seconds."""
    began = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - began


def parse_pool(target: Path) -> float:
    folders = [str(POOL / "docs"), str(POOL / "lawrefbook")]
    return run([str(PROGRAM), "parse", *folders, "-q", "-o", str(target)])


def synthesize(source: Path, target: Path, count: int) -> int:
    """Write ``count`` records: copies of the records of ``source`` with varied ids."""
    records = [json.loads(line) for line in source.open(encoding="utf-8") if line.strip()]
    records = [r for r in records if r.get("status") == "ok"]
    root = Path(os.path.commonpath([r["path"] for r in records]))
    written = 0
    with target.open("w", encoding="utf-8") as out:
        copy = 0
        while written < count:
            for record in records:
                if written == count:
                    break
                out.write(json.dumps(_copy(record, copy, root), ensure_ascii=False) + "\n")
                written += 1
            copy += 1
    return written


def _copy(record: dict[str, Any], copy: int, root: Path) -> dict[str, Any]:
    from policyparse.corpus.links import title_key

    def marked(title: str) -> str:  # a title that names no one document stays as it is
        return title + f"〔{copy}〕" if title_key(title) else title

    notice = dict(record["notice"])
    meta = dict(notice["metadata"])
    for key in ("title", "transmitted_title", "doc_number"):
        if meta.get(key):
            meta[key] = marked(meta[key]) if key != "doc_number" else meta[key] + f"〔{copy}〕"
    meta["references"] = [
        {**ref, "title": marked(ref["title"]), "doc_number": None} for ref in meta.get("references", [])
    ]
    meta["doc_number_info"] = None
    notice["metadata"] = meta
    relative = Path(record["path"]).relative_to(root)
    return {**record, "path": f"/synthetic/copy{copy:03d}/{relative.as_posix()}", "notice": notice}


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered) * 1e3, ordered[int(0.95 * (len(ordered) - 1))] * 1e3


def measure(call: Callable[[], Any], runs: int) -> tuple[float, float]:
    call()  # warm the caches once
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        call()
        times.append(time.perf_counter() - began)
    return percentiles(times)


def latencies(database: Path, runs: int) -> list[tuple[str, int, float, float, float, float]]:
    """``(query, rows, sql median, sql p95, served median, served p95)`` in milliseconds."""
    from policyparse.corpus import queries
    from policyparse.corpus.serve import make_datasette

    datasette = make_datasette(database)
    name = database.stem
    loop = asyncio.new_event_loop()
    loop.run_until_complete(datasette.invoke_startup())

    def served(path: str) -> Callable[[], Any]:
        def fetch() -> Any:
            response = loop.run_until_complete(datasette.client.get(path))
            assert response.status_code == 200, (path, response.text[:300])
            return response

        return fetch

    out = []
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    for query, params in CANNED:
        arguments = dict(pair.split("=", 1) for pair in params.split("&") if pair)
        rows = len(queries.run(connection, query, **arguments))
        sql = measure(lambda q=query, a=arguments: queries.run(connection, q, **a), runs)
        http = measure(served(f"/{name}/{query}.json?{params}&_shape=array&_size=max"), runs)
        out.append((f"{query} {params}".strip(), rows, *sql, *http))
    for page in PAGES:
        joiner = "&" if "?" in page else "?"
        http = measure(served(f"/{name}/{page}{joiner}_shape=objects"), runs)
        out.append((f"page {page}", -1, float("nan"), float("nan"), *http))
    connection.close()
    loop.close()
    return out


def report(label: str, documents: int, seconds: float, database: Path, runs: int) -> dict[str, Any]:
    size = database.stat().st_size
    with sqlite3.connect(database) as connection:
        counts = {
            table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            for table in ("documents", "targets", "tasks", "agencies", "citations", "links")
        }
    print(f"\n## {label}: {documents} documents\n")
    print(
        f"export {seconds:.1f} s ({documents / seconds:.0f} documents/s); database {size / 1e6:.1f} MB; {counts}\n"
    )
    measured = latencies(database, runs)
    print("| query | rows | SQL median ms | SQL p95 ms | served median ms | served p95 ms |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, rows, *times in measured:
        cells = " | ".join("—" if t != t else f"{t:.1f}" for t in times)
        print(f"| {name} | {'—' if rows < 0 else rows} | {cells} |")
    return {
        "documents": documents,
        "export_s": seconds,
        "bytes": size,
        "counts": counts,
        "latency_ms": measured,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jsonl", type=Path, help="the pool already parsed (parse -o); else it is parsed")
    parser.add_argument(
        "--synthetic", type=int, default=100_000, help="documents of the synthetic corpus (0: none)"
    )
    parser.add_argument("--runs", type=int, default=20, help="runs of each query")
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="policyparse-corpus-") as scratch:
        work = Path(scratch)
        pool = args.jsonl
        if pool is None:
            pool = work / "pool.jsonl"
            print(f"parse of the pool: {parse_pool(pool):.1f} s")
        documents = sum(1 for line in pool.open(encoding="utf-8") if '"status":"ok"' in line.replace(" ", ""))
        keep = args.keep or work
        keep.mkdir(parents=True, exist_ok=True)
        database = keep / "pool.db"
        seconds = run([str(PROGRAM), "export", str(pool), "--sqlite", str(database), "-q"])
        results["pool"] = report("pool", documents, seconds, database, args.runs)
        if args.synthetic:
            synthetic = work / "synthetic.jsonl"
            began = time.perf_counter()
            written = synthesize(pool, synthetic, args.synthetic)
            print(
                f"\nsynthetic JSON Lines: {written} records, {synthetic.stat().st_size / 1e9:.2f} GB "
                f"in {time.perf_counter() - began:.0f} s"
            )
            database = keep / "synthetic.db"
            seconds = run([str(PROGRAM), "export", str(synthetic), "--sqlite", str(database), "-q"])
            synthetic.unlink()
            results["synthetic"] = report("synthetic", written, seconds, database, args.runs)
    print("\n" + json.dumps(results, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
