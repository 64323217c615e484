"""Exports a researcher joins: stable ``doc_id``, typed Parquet, CSV, and one column spec per table."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse import parse_file
from policyparse.cli.app import app
from policyparse.export import TABLES, to_dataframes, to_parquet
from policyparse.models import Heading, Indicator, Notice, Target
from tests.helpers import DEV_FILES

pd = pytest.importorskip("pandas")

CLI = [sys.executable, "-c", "from policyparse.cli import main; main()"]
SOME = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[:3]
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three documents in ``<tmp>/work/corpus``, one of them in a sub-folder."""
    root = tmp_path_factory.mktemp("runs") / "work" / "corpus"
    (root / "sub").mkdir(parents=True)
    for index, path in enumerate(SOME):
        shutil.copy(path, (root / "sub" if index == 0 else root) / path.name)
    return root


def _parse(args: list[str], cwd: Path) -> None:
    done = subprocess.run(
        [*CLI, "parse", "-q", "-r", "-w", "1", *args], cwd=cwd, capture_output=True, timeout=300
    )
    assert done.returncode == 0, done.stderr.decode()


def _ids(database: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT doc_id, text_sha1 FROM documents ORDER BY doc_id").fetchall()


def test_absolute_and_relative_runs_give_the_same_doc_ids(corpus: Path, tmp_path: Path) -> None:
    _parse([str(corpus), "-o", str(tmp_path / "absolute.jsonl")], cwd=tmp_path)
    _parse(["corpus", "-o", str(tmp_path / "relative.jsonl")], cwd=corpus.parent)
    for name in ("absolute", "relative"):
        result = runner.invoke(
            app, ["export", str(tmp_path / f"{name}.jsonl"), "--sqlite", str(tmp_path / f"{name}.db")]
        )
        assert result.exit_code == 0, result.output
    absolute, relative = _ids(tmp_path / "absolute.db"), _ids(tmp_path / "relative.db")
    assert absolute == relative
    assert [doc_id for doc_id, _ in absolute] == sorted(["sub/" + SOME[0].name, SOME[1].name, SOME[2].name])
    assert all(len(digest) == 40 for _, digest in absolute)


def test_root_option_and_the_rule(corpus: Path, tmp_path: Path) -> None:
    _parse([str(corpus), "-o", str(tmp_path / "out.jsonl")], cwd=tmp_path)
    result = runner.invoke(
        app,
        [
            "export",
            str(tmp_path / "out.jsonl"),
            "--sqlite",
            str(tmp_path / "x.db"),
            "--root",
            str(corpus.parent),
        ],
    )
    assert result.exit_code == 0, result.output
    assert {doc_id for doc_id, _ in _ids(tmp_path / "x.db")} == {
        "corpus/sub/" + SOME[0].name,
        "corpus/" + SOME[1].name,
        "corpus/" + SOME[2].name,
    }
    from policyparse.tables import common_root, document_id

    assert common_root(["/a/b/c.txt", "/a/d/e.txt", "<stdin>", None]) == "/a"
    notice = parse_file(SOME[1])
    assert document_id(notice, root=str(SOME[1].parent)) == SOME[1].name
    assert document_id(notice, root=str(SOME[1].parent.parent)) == f"dev/{SOME[1].name}"


def test_export_takes_the_out_dir_of_parse(corpus: Path, tmp_path: Path) -> None:
    _parse([str(corpus), "--out-dir", str(tmp_path / "preds")], cwd=tmp_path)
    done = subprocess.run(
        [*CLI, "export", str(tmp_path / "preds"), "--sqlite", str(tmp_path / "x.db")],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert len(_ids(tmp_path / "x.db")) == 3


def test_parquet_read_back_by_pandas_has_the_nullable_dtypes(tmp_path: Path) -> None:
    notices = [parse_file(path) for path in SOME]
    to_parquet(notices, tmp_path)
    frames = to_dataframes(notices)
    for name, frame in frames.items():
        read = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert dict(read.dtypes.astype(str)) == dict(frame.dtypes.astype(str)), name
        pd.testing.assert_frame_equal(read, frame)
    assert str(pd.read_parquet(tmp_path / "headings.parquet")["parent"].dtype) == "Int64"
    assert str(pd.read_parquet(tmp_path / "targets.parquet")["deadline_month"].dtype) == "Int64"


def test_csv_one_file_per_table(corpus: Path, tmp_path: Path) -> None:
    _parse([str(corpus), "-o", str(tmp_path / "out.jsonl")], cwd=tmp_path)
    done = subprocess.run(
        [*CLI, "export", str(tmp_path / "out.jsonl"), "--csv", str(tmp_path / "csv")],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(f"{name}.csv" for name in TABLES)
    from policyparse.export import notice_rows

    notices = [parse_file(path) for path in sorted(corpus.rglob("*.*"))]
    for name, columns in TABLES.items():
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == [column for column, _ in columns]
        assert len(rows) - 1 == sum(len(notice_rows(n)[name]) for n in notices), name
    documents = pd.read_csv(tmp_path / "csv" / "documents.csv")
    assert set(documents["doc_id"]) == {"sub/" + SOME[0].name, SOME[1].name, SOME[2].name}
    dated = documents.dropna(subset=["date"])
    assert all(dt.date.fromisoformat(value) for value in dated["date"])


def test_every_table_comes_from_one_spec() -> None:
    """TABLES, the rows and the model types all come from the specs in policyparse.tables."""
    from policyparse.tables import SPECS, column_type, notice_rows

    assert list(TABLES) == [table.name for table in SPECS]
    notice = parse_file(DEV_FILES[0])
    for table in SPECS:
        assert TABLES[table.name] == [(column.name, column.type) for column in table.columns]
        assert table.columns[0].name == "doc_id"
        for row in notice_rows(notice)[table.name]:
            assert list(row) == [column.name for column in table.columns]
    assert column_type(Heading, "parent") == "int"
    assert column_type(Indicator, "value") == "float"
    assert column_type(Target, "kind") == "str"
    assert column_type(Notice, "stated_task_count") == "int"
    with pytest.raises(TypeError):
        column_type(Target, "indicators")  # a list is not a column


def test_subprocess_export_help_lists_csv() -> None:
    done = subprocess.run(
        [*CLI, "export", "-h"], capture_output=True, timeout=60, env={**os.environ, "COLUMNS": "100"}
    )
    assert done.returncode == 0
    assert b"--csv DIR" in done.stdout and b"--root DIR" in done.stdout
