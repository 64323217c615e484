"""Exports: the tables' schema and row counts match the parsed models, in SQLite, Parquet and pandas."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from policyparse import parse_file
from policyparse.batch import file_mode
from policyparse.cli.app import run
from policyparse.export import (
    TABLES,
    document_id,
    notice_rows,
    read_records,
    to_dataframes,
    to_parquet,
    to_sqlite,
)
from policyparse.models import (
    Agency,
    Assignment,
    AssignmentKind,
    Deadline,
    Heading,
    HeadingKind,
    Indicator,
    Metadata,
    Notice,
    Reference,
    SourceInfo,
    Target,
    Task,
)
from tests.helpers import DEV_FILES

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")


def synthetic() -> Notice:
    """A small notice with at least one row in every table, independent of the extractors."""
    text = "一、总体要求\n到2025年，覆盖率达到90%。\n（一）加强建设。（省发展改革委牵头，省财政厅配合）\n依据《城市绿化条例》。\n"
    deadline = Deadline(start=7, end=12, text="到2025年", year=2025)
    lead, support = Agency(start=35, end=41, name="省发展改革委"), Agency(start=43, end=46, name="省财政厅")
    return Notice(
        text=text,
        source=SourceInfo(path="synthetic.txt"),
        metadata=Metadata(issuers=["省人民政府"], references=[Reference(start=52, end=60, title="城市绿化条例")]),
        headings=[
            Heading(start=0, end=6, id=0, level=1, marker="一、", marker_kind="cn_dun", number=1, title="总体要求",
                    title_start=2, title_end=6, kind=HeadingKind.NUMBERED, section_end=len(text)),
        ],
        targets=[
            Target(start=7, end=23, text="到2025年，覆盖率达到90%。", deadline=deadline, deadlines=[deadline], heading=0,
                   indicators=[Indicator(start=13, end=22, text="覆盖率达到90%", value=90.0, unit="%", raw_value="90",
                                         metric="覆盖率", comparator="达到")]),
        ],
        tasks=[Task(start=24, end=49, ordinal=1, title="加强建设", marker="（一）", title_start=27, title_end=31,
                    lead=[lead], support=[support])],
        assignments=[Assignment(start=32, end=49, text="（省发展改革委牵头，省财政厅配合）", kind=AssignmentKind.NOTE,
                                lead=[lead], support=[support], task=1)],
    )  # fmt: skip


@pytest.fixture(scope="module")
def notices() -> list[Notice]:
    return [parse_file(path) for path in DEV_FILES] + [synthetic()]


def expected_counts(notices: list[Notice]) -> dict[str, int]:
    """Row counts each table must have, computed from the models directly."""
    return {
        "documents": len(notices),
        "headings": sum(len(n.headings) for n in notices),
        "targets": sum(len(n.targets) for n in notices),
        "indicators": sum(len(t.indicators) for n in notices for t in n.targets),
        "tasks": sum(len(n.tasks) for n in notices),
        "assignments": sum(len(n.assignments) for n in notices),
        "agencies": sum(
            len(x.lead) + len(x.support) + len(x.responsible)
            for n in notices
            for x in [*n.tasks, *n.assignments]
        ),
        "issuers": sum(len(n.metadata.issuers) for n in notices),
        "citations": sum(len(n.metadata.references) for n in notices),
        "diagnostics": sum(len(n.diagnostics) for n in notices),
    }


def test_synthetic_notice_fills_every_table() -> None:
    rows = notice_rows(synthetic())
    assert {name: len(table) for name, table in rows.items()} == {
        "documents": 1, "headings": 1, "targets": 1, "indicators": 1,
        "tasks": 1, "assignments": 1, "agencies": 4, "issuers": 1, "citations": 1, "diagnostics": 0,
    }  # fmt: skip
    assert rows["citations"][0]["title"] == "城市绿化条例"
    assert rows["tasks"][0]["text"] == synthetic().text[24:49]
    assert rows["targets"][0]["deadline_year"] == 2025
    assert rows["indicators"][0]["value"] == 90.0
    assert rows["tasks"][0]["lead"] == "省发展改革委"
    assert {(r["owner"], r["role"], r["name"]) for r in rows["agencies"]} >= {
        ("task", "lead", "省发展改革委")
    }
    for table in rows.values():
        for row in table:
            assert row["doc_id"] == "synthetic.txt"


def test_document_id_falls_back_to_a_text_hash() -> None:
    notice = Notice(text="通知")
    assert document_id(notice).startswith("sha1:") and len(document_id(notice)) == 21
    assert document_id(notice) == document_id(Notice(text="通知"))
    assert document_id(notice, "a.txt") == "a.txt"


def test_dataframes_schema_and_counts(notices: list[Notice]) -> None:
    frames = to_dataframes(notices)
    assert set(frames) == set(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == [column for column, _ in TABLES[name]]
        assert len(frame) == expected_counts(notices)[name], name
    documents = frames["documents"]
    assert documents["doc_id"].is_unique
    for notice, row in zip(notices, documents.itertuples(), strict=True):
        assert row.title == notice.metadata.title or (pd.isna(row.title) and notice.metadata.title is None)
        assert row.n_targets == len(notice.targets)
        assert row.chars == len(notice.text)
    assert str(frames["headings"]["level"].dtype) == "Int64"
    joined = frames["targets"].merge(documents, on="doc_id", how="left", suffixes=("", "_doc"))
    assert joined["path"].notna().all()


def test_empty_input_gives_typed_empty_frames() -> None:
    frames = to_dataframes([])
    assert all(len(frame) == 0 for frame in frames.values())
    assert list(frames["tasks"].columns) == [column for column, _ in TABLES["tasks"]]


def test_sqlite_schema_and_counts(notices: list[Notice], tmp_path: Path) -> None:
    target = tmp_path / "out.db"
    counts = to_sqlite(notices, target, chunk_size=5)
    assert counts == expected_counts(notices)
    with sqlite3.connect(target) as connection:
        for name, columns in TABLES.items():
            info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
            assert [row[1] for row in info] == [column for column, _ in columns]
            assert connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] == counts[name]
        orphans = connection.execute(
            "SELECT COUNT(*) FROM headings h LEFT JOIN documents d ON h.doc_id = d.doc_id WHERE d.doc_id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        date = connection.execute(
            "SELECT date FROM documents WHERE doc_id = ?", (str(DEV_FILES[1]),)
        ).fetchone()[0]
        assert date == (notices[1].metadata.date.isoformat() if notices[1].metadata.date else None)
    assert [p.name for p in tmp_path.iterdir()] == ["out.db"]  # no temporary left behind
    assert target.stat().st_mode & 0o777 == file_mode()


def test_sqlite_keeps_the_last_document_with_an_id(tmp_path: Path) -> None:
    first, second = synthetic(), synthetic()
    second.tasks = []
    counts = to_sqlite([first, second], tmp_path / "out.db", chunk_size=1)
    assert counts["documents"] == 1 and counts["tasks"] == 0 and counts["assignments"] == 1


def test_parquet_schema_and_counts(notices: list[Notice], tmp_path: Path) -> None:
    counts = to_parquet(notices, tmp_path / "pq", chunk_size=4)
    assert counts == expected_counts(notices)
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == sorted(f"{name}.parquet" for name in TABLES)
    for name, columns in TABLES.items():
        table = pq.read_table(tmp_path / "pq" / f"{name}.parquet")
        assert table.schema.names == [column for column, _ in columns]
        assert table.num_rows == counts[name]
    documents = pq.read_table(tmp_path / "pq" / "documents.parquet").to_pandas()
    assert str(pq.read_schema(tmp_path / "pq" / "documents.parquet").field("date").type) == "date32[day]"
    assert documents["doc_id"].tolist() == [str(p) for p in DEV_FILES] + ["synthetic.txt"]


def test_read_records_keeps_the_last_record_of_a_path(tmp_path: Path) -> None:
    ok = json.loads(parse_file(DEV_FILES[0]).model_dump_json())
    lines = [
        {"path": "a.txt", "status": "error", "error": "no such file"},
        {"path": "b.txt", "status": "ok", "notice": ok},
        {"path": "a.txt", "status": "ok", "notice": ok},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines) + '{"path":"c', encoding="utf-8"
    )
    records = list(read_records(source))
    assert [(r["path"], r["status"]) for r in records] == [("b.txt", "ok"), ("a.txt", "ok")]
    frames = to_dataframes(records)
    assert frames["documents"]["doc_id"].tolist() == ["b.txt", "a.txt"]


def test_cli_parse_then_export(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], notices: list[Notice]
) -> None:
    jsonl = tmp_path / "out.jsonl"
    paths = [str(p) for p in DEV_FILES[:5]]
    assert run(["parse", "-q", "-w", "2", "-o", str(jsonl), *paths, str(tmp_path / "missing.txt")]) == 1
    code = run(["export", str(jsonl), "--sqlite", str(tmp_path / "x.db"), "--parquet", str(tmp_path / "pq")])
    _, err = capfd.readouterr()
    assert code == 0, err
    expected = expected_counts(notices[:5])  # the error record is not a document
    assert f"documents {expected['documents']}, headings {expected['headings']}" in err
    with sqlite3.connect(tmp_path / "x.db") as connection:
        assert connection.execute("SELECT COUNT(*) FROM targets").fetchone()[0] == expected["targets"]
    assert pq.read_table(tmp_path / "pq" / "tasks.parquet").num_rows == expected["tasks"]


def test_cli_export_no_text_records_and_bad_records(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    jsonl = tmp_path / "out.jsonl"
    assert run(["parse", "-q", "--no-text", "-w", "1", "-o", str(jsonl), *map(str, DEV_FILES[:3])]) == 0
    with jsonl.open("a", encoding="utf-8") as handle:
        handle.write('{"path":"bad.txt","status":"ok","notice":{"unknown":1}}\n')
    code = run(["export", str(jsonl), "--sqlite", str(tmp_path / "x.db"), "--root", str(DEV_FILES[0].parent)])
    _, err = capfd.readouterr()
    assert code == 1 and "bad.txt" in err and "Traceback" not in err
    with sqlite3.connect(tmp_path / "x.db") as connection:
        rows = connection.execute("SELECT doc_id, chars FROM documents").fetchall()
    assert rows == [(p.name, None) for p in DEV_FILES[:3]]  # relative to --root


def test_cli_export_of_something_else_says_so(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "random.jsonl"
    garbage.write_bytes(bytes(range(256)) * 4 + b"\nnot json\n[1, 2]\n")
    assert run(["export", str(garbage), "--sqlite", str(tmp_path / "x.db")]) == 1
    _, err = capfd.readouterr()
    assert "no notices found" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "code"),
    [(["export", "x.jsonl"], 2), (["export", "/no/such.jsonl", "--sqlite", "x.db"], 3)],
)
def test_cli_export_usage_errors(args: list[str], code: int, capfd: pytest.CaptureFixture[str]) -> None:
    assert run(args) == code
    out, err = capfd.readouterr()
    assert out == "" and err.count("\n") == 1


def test_cli_export_from_stdin(tmp_path: Path) -> None:
    record = {"path": "a.txt", "status": "ok", "notice": json.loads(synthetic().model_dump_json())}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from policyparse.cli import main; main()",
            "export",
            "-",
            "--sqlite",
            str(tmp_path / "s.db"),
        ],
        input=(json.dumps(record, ensure_ascii=False) + "\n").encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "s.db") as connection:
        assert connection.execute("SELECT doc_id FROM agencies").fetchall() == [("a.txt",)] * 4


def test_every_column_is_documented() -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "batch.md").read_text(encoding="utf-8")
    for name, columns in TABLES.items():
        assert f"**{name}**" in page, name
        for column, _ in columns:
            assert f"`{column}`" in page, f"{name}.{column} is not in docs/batch.md"


def test_read_records_of_a_pretty_notice_file(tmp_path: Path) -> None:
    """One-file ``parse`` output (or an ``--out-dir`` file) is one notice."""
    source = tmp_path / "a.txt.json"
    source.write_text(synthetic().model_dump_json(indent=2) + "\n", encoding="utf-8")
    [record] = list(read_records(source))
    frames = to_dataframes([record])
    assert frames["documents"]["doc_id"].tolist() == ["synthetic.txt"]
    assert len(frames["agencies"]) == 4
