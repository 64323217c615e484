"""The evaluation loop a researcher runs: ``parse --out-dir preds`` then ``evaluate --pred preds``.

``parse`` names its files after the input (``000.txt.json``); ``evaluate`` must find them,
say which gold documents have no prediction (exit 1 unless ``--partial``) and which
predictions match no gold document, instead of scoring everything as a parse failure.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse.cli.app import app
from policyparse.evaluate import evaluate
from tests.conftest import notice_json
from tests.helpers import DEV, GOLD

CLI = [sys.executable, "-c", "from policyparse.cli import main; main()"]
#: Three small documents (text and HTML) keep these tests quick.
IDS = ("004", "061", "100")

runner = CliRunner()


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A gold folder and a document folder holding the three documents of :data:`IDS`."""
    root = tmp_path_factory.mktemp("small")
    gold, docs = root / "gold", root / "docs"
    gold.mkdir()
    docs.mkdir()
    for doc_id in IDS:
        shutil.copy(GOLD / f"{doc_id}.json", gold)
        [document] = DEV.glob(f"{doc_id}.*")
        shutil.copy(document, docs)
    return gold, docs


def _parse_out_dir(docs: Path, out_dir: Path) -> None:
    done = subprocess.run(
        [*CLI, "parse", "-q", "-r", "-w", "1", str(docs), "--out-dir", str(out_dir)],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()


def test_evaluate_reads_what_parse_out_dir_writes(small_set: tuple[Path, Path], tmp_path: Path) -> None:
    gold, docs = small_set
    preds = tmp_path / "preds"
    _parse_out_dir(docs, preds)
    assert sorted(p.name for p in preds.iterdir()) == ["004.txt.json", "061.txt.json", "100.html.json"]
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(preds), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["summary"]
    assert summary["parse_failures"] == 0
    expected = evaluate(gold, predictor=lambda doc_id: notice_json(next(DEV.glob(f"{doc_id}.*"))))
    assert summary == expected.summary()
    assert summary["overall"] > 0.9


def test_evaluate_reads_a_jsonl_of_parse(small_set: tuple[Path, Path], tmp_path: Path) -> None:
    gold, docs = small_set
    out = tmp_path / "preds.jsonl"
    done = subprocess.run(
        [*CLI, "parse", "-q", "-r", "-w", "1", str(docs), "-o", str(out)], capture_output=True, timeout=300
    )
    assert done.returncode == 0, done.stderr.decode()
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["parse_failures"] == 0


def test_missing_predictions_are_listed_and_exit_1(small_set: tuple[Path, Path], tmp_path: Path) -> None:
    gold, docs = small_set
    preds = tmp_path / "preds"
    _parse_out_dir(docs, preds)
    (preds / "061.txt.json").unlink()
    (preds / "999.txt.json").write_text("{}", encoding="utf-8")
    done = subprocess.run(
        [*CLI, "evaluate", "--gold", str(gold), "--pred", str(preds)], capture_output=True, timeout=120
    )
    assert done.returncode == 1
    err = done.stderr.decode()
    assert "no prediction for 1 of 3 gold documents: 061" in err
    assert "1 prediction matches no gold document: 999" in err
    assert "documents 3, parse failures 1" in done.stdout.decode()


def test_partial_scores_only_the_documents_predicted(small_set: tuple[Path, Path], tmp_path: Path) -> None:
    gold, docs = small_set
    preds = tmp_path / "preds"
    _parse_out_dir(docs, preds)
    (preds / "061.txt.json").unlink()
    result = runner.invoke(
        app, ["evaluate", "--gold", str(gold), "--pred", str(preds), "--partial", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [row["id"] for row in data["documents"]] == ["004", "100"]
    assert data["summary"]["parse_failures"] == 0
    assert "no prediction for 1 of 3 gold documents: 061" in result.stderr


def test_every_prediction_missing_is_an_error_not_a_zero_score(
    small_set: tuple[Path, Path], tmp_path: Path
) -> None:
    gold, _ = small_set
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(empty)])
    assert result.exit_code == 1
    assert "no prediction for 3 of 3 gold documents" in result.stderr


def test_two_predictions_for_one_document_are_refused(small_set: tuple[Path, Path], tmp_path: Path) -> None:
    gold, _ = small_set
    preds = tmp_path / "preds"
    preds.mkdir()
    (preds / "004.txt.json").write_text("{}", encoding="utf-8")
    (preds / "004.html.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(preds), "--partial"])
    assert result.exit_code == 2
    assert "two predictions for 004" in result.stderr
