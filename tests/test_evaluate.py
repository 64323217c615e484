"""`policyparse evaluate` against the reference scorer, and the scorer's own rules.

The reference is ``tests/fixtures/reference_score.py``, a verbatim copy of the corpus's
``eval/score.py``: on the same predictions both must give the same summary, number for number,
the same per-document figures and the same miss lines (``--verbose``).
"""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from policyparse.cli.app import app
from policyparse.evaluate import (
    Tally,
    evaluate,
    fold,
    fold_doc_number,
    greedy_match,
    prf,
    read_prediction,
    score_document,
)
from policyparse.evaluate.reading import read_gold
from policyparse.evaluate.report import score_py_misses
from policyparse.evaluate.runner import predictions_from_docs
from tests.conftest import notice_json
from tests.helpers import DEV, DEV_FILES, FIXTURES, GOLD

REFERENCE = FIXTURES / "reference_score.py"


#: The header of the reference's per-document table (its verbose misses come before it).
TABLE_HEADER = f"{'doc':>6} {'head F1':>8}"


def reference_summary(gold: Path, pred: Path, tmp_path: Path) -> tuple[dict[str, Any], str]:
    """Run the reference script (with ``--verbose``); its JSON summary and its stdout."""
    out = tmp_path / "reference.json"
    done = subprocess.run(
        [sys.executable, str(REFERENCE), "--gold", str(gold), "--pred", str(pred), "--json", str(out), "-v"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(out.read_text(encoding="utf-8")), done.stdout


def split_stdout(stdout: str) -> tuple[list[str], list[str]]:
    """The reference's stdout as its verbose miss lines and the lines from its table on."""
    lines = stdout.splitlines()
    table = next(i for i, line in enumerate(lines) if line.startswith(TABLE_HEADER))
    return lines[:table], lines[table:]


def reference_rows(stdout: str) -> dict[str, tuple[float, float, float, int]]:
    """The per-document table of the reference's stdout."""
    rows = {}
    for line in split_stdout(stdout)[1][1:]:
        if not line.strip():
            break
        doc, head, tgt, task, meta = line.split()
        rows[doc] = (float(head), float(tgt), float(task), int(meta))
    return rows


def without_failure_messages(lines: list[str]) -> list[str]:
    """Miss lines without the text of parse failures (each scorer words its own exceptions)."""
    return ["  PARSE FAILED" if x.startswith("  PARSE FAILED: ") else x for x in lines]


def write_predictions(folder: Path, predictions: dict[str, Any]) -> Path:
    """Write ``<id>.json`` files (a ``str`` value is written as is, to make broken files)."""
    folder.mkdir()
    for doc_id, data in predictions.items():
        text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
        (folder / f"{doc_id}.json").write_text(text, encoding="utf-8")
    return folder


def assert_same_as_reference(pred: Path, tmp_path: Path) -> dict[str, Any]:
    """The library's summary and per-document figures equal the reference's exactly."""
    expected, stdout = reference_summary(GOLD, pred, tmp_path)
    result = evaluate(GOLD, pred_dir=pred)
    assert result.summary() == expected
    rows = reference_rows(stdout)
    assert len(rows) == len(result.documents)
    for row in result.rows():
        head, tgt, task, meta = rows[row["id"]]
        assert (round(row["headings_f1"], 3), round(row["targets_f1"], 3), round(row["tasks_f1"], 3)) == (
            pytest.approx(head, abs=6e-4),
            pytest.approx(tgt, abs=6e-4),
            pytest.approx(task, abs=6e-4),
        )
        assert row["metadata_correct"] == meta
    ours = score_py_misses(result).splitlines()
    assert without_failure_messages(ours) == without_failure_messages(split_stdout(stdout)[0])
    return expected


def test_current_parser_scores_same_as_reference(
    dev_outputs: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    pred = write_predictions(tmp_path / "pred", dev_outputs)
    expected = assert_same_as_reference(pred, tmp_path)
    assert expected["documents"] == len(DEV_FILES)
    # In-process parsing (--docs) gives the same figures as reading the parser's files
    # (on a few documents, text and HTML, to keep the suite fast).
    only = ["004", "061", "100"]
    in_process = evaluate(GOLD, predictor=predictions_from_docs(DEV, notice_json), only=only)
    assert in_process.summary() == evaluate(GOLD, pred_dir=pred, only=only).summary()


# ------------------------------------------------------------ perturbed gold predictions


@lru_cache(maxsize=1)
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


def _to_traditional(text: str) -> str:
    return str(_s2t().convert(text))


ROLES = ("lead", "support", "responsible")


def perturb_tasks(gold: dict[str, Any], rng: random.Random) -> tuple[list[Any], list[Any]]:
    """Tasks and assignments with the errors parsers make in the task list and its owners.

    Tasks are dropped and their titles cut, and in some documents renumbered after a dropped
    one; an assignment keeps its names (some dropped) and is linked to its task in the
    prediction's numbering, or to none, to the next task, to the ordinal written as a string
    (which links nothing), or has its names given on the task itself; a task that is not in
    the gold, sharing the last task's ordinal, brings owners of its own.
    """
    renumber = rng.random() < 0.3
    tasks: list[dict[str, Any]] = []
    pred_ordinal: dict[Any, Any] = {}
    for task in gold.get("tasks", []):
        if rng.random() < 0.2:
            continue
        ordinal = len(tasks) + 1 if renumber else task.get("ordinal")
        pred_ordinal[task.get("ordinal")] = ordinal
        key = "text" if rng.random() < 0.2 else "title"
        tasks.append({"ordinal": ordinal, key: task["title"][: rng.randint(4, 40)]})
    if tasks and rng.random() < 0.3:
        tasks.append({"ordinal": tasks[-1]["ordinal"], "title": "其他有关工作", "lead": ["省政府办公厅"]})
    by_ordinal = {task["ordinal"]: task for task in tasks}
    assignments = []
    for a in gold.get("assignments", []):
        names = {
            role: [n if rng.random() < 0.5 else {"name": n} for n in a.get(role, []) if rng.random() > 0.2]
            for role in ROLES
        }
        link = pred_ordinal.get(a["task"]) if a.get("task") is not None else None
        roll = rng.random()
        if roll < 0.15 and link in by_ordinal:  # the owners given on the task instead
            for role, found in names.items():
                by_ordinal[link].setdefault(role, []).extend(found)
            link = None
        elif roll < 0.25:
            link = None
        elif roll < 0.35 and isinstance(link, int):
            link += 1
        elif roll < 0.4 and link is not None:
            link = str(link)
        assignments.append({**names, "task": link})
    return tasks, assignments


def perturb_metadata(gold: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Metadata with a title lengthened, brackets changed, the date lost, issuers Traditional."""
    meta = dict(gold["metadata"])
    if rng.random() < 0.3:
        meta["title"] = (meta.get("title") or "") + "的通知"
    if rng.random() < 0.3 and meta.get("doc_number"):
        meta["doc_number"] = meta["doc_number"].replace("〔", "[").replace("〕", "]")
    if rng.random() < 0.3:
        meta["date"] = None
    if rng.random() < 0.3:
        meta["issuers"] = [{"name": _to_traditional(i)} for i in meta.get("issuers") or []]
    return meta


def perturb_headings(gold: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    """Headings dropped, cut, in Traditional script, glossed, a level shifted, one invented."""
    headings = []
    for h in gold.get("headings", []):
        roll = rng.random()
        if roll < 0.15:
            continue
        title = h["title"]
        if roll < 0.3:
            title = title[: max(1, len(title) - 3)]
        elif roll < 0.4:
            title = _to_traditional(title) + "。"
        elif roll < 0.45:
            title = title[:1] + "(jìn)" + title[1:]
        level = h["level"] + 1 if rng.random() < 0.2 else h["level"]
        headings.append({"level": level, "marker": h.get("marker", ""), "title": title})
    if rng.random() < 0.5:
        headings.append({"level": 1, "marker": "一、", "title": "总体要求"})
    return headings


def perturb_targets(gold: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    """Targets dropped, cut, lengthened or a year off, with some of the gold's indicators."""
    targets = []
    for t in gold.get("targets", []):
        roll = rng.random()
        if roll < 0.15:
            continue
        text, year = t["text"], t.get("year")
        if roll < 0.35:
            text = text[: int(len(text) * rng.uniform(0.5, 0.95))]
        elif roll < 0.45:
            year = (year or 2020) + 1
        elif roll < 0.55:
            text = text + "，确保各项任务落到实处，形成长效机制"
        entry: dict[str, Any] = (
            {"text": text, "deadline": {"year": year}} if rng.random() < 0.7 else {"text": text, "year": year}
        )
        entry["indicators"] = [
            {"value": str(i["value"]) if rng.random() < 0.3 else i["value"], "unit": i.get("unit")}
            for i in gold.get("indicators", [])
            if rng.random() < 0.2
        ]
        targets.append(entry)
    return targets


def perturb(gold: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A prediction made from a gold answer with the kinds of errors parsers make."""
    meta = perturb_metadata(gold, rng)
    headings = perturb_headings(gold, rng)
    targets = perturb_targets(gold, rng)
    tasks, assignments = perturb_tasks(gold, rng)
    prediction: dict[str, Any] = {
        "metadata": meta,
        "targets": targets,
        "tasks": tasks,
        "assignments": assignments,
        "indicators": [{"value": 7, "unit": "个"}] if rng.random() < 0.3 else [],
    }
    if rng.random() < 0.3:  # a section tree instead of a flat list
        prediction["sections"] = [{"title": h["title"], "children": [{"text": "子节"}]} for h in headings]
    else:
        prediction["headings"] = headings
    if rng.random() < 0.5:
        prediction["stated_task_count"] = gold.get("stated_task_count")
    else:
        meta["stated_task_count"] = rng.choice([None, 5, gold.get("stated_task_count")])
    return prediction


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_perturbed_gold_scores_same_as_reference(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    predictions: dict[str, Any] = {}
    for path in sorted(GOLD.glob("*.json")):
        predictions[path.stem] = perturb(json.loads(path.read_text(encoding="utf-8")), rng)
    predictions["004"] = "{ not json"  # a parse failure
    predictions["077"] = {"metadata": {"issuers": [3]}}  # an unreadable issuer: a failure too
    del predictions["092"]  # a missing prediction: a failure
    expected = assert_same_as_reference(write_predictions(tmp_path / "pred", predictions), tmp_path)
    assert expected["parse_failures"] == 3
    # the perturbations leave something to find, and something wrong, in each layer
    for layer in ("headings", "targets", "tasks", "agencies", "owners"):
        assert 0.2 < expected[layer]["f1"] < 1.0, layer
    assert expected["owners"]["precision"] < 1.0


def test_gold_against_itself_is_perfect() -> None:
    result = evaluate(GOLD, predictor=lambda doc_id: json.loads((GOLD / f"{doc_id}.json").read_text("utf-8")))
    summary = result.summary()
    for layer in ("headings", "targets", "tasks", "indicators", "agencies", "owners"):
        assert summary[layer]["f1"] == 1.0, layer
    assert summary["overall"] == 1.0
    assert result.extended()["headings_with_level"]["f1"] == 1.0
    assert result.misses() == []


# ------------------------------------------------------------ rules


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("推進(jìn)新型智慧城市建設", "推进新型智慧城市建设"),
        ("一、总体要求：", "一 总体要求"),
        ("ＡＢＣ　１２３", "abc123"),
        ("加強組織領導", "加强组织领导"),
    ],
)
def test_fold_ignores_width_punctuation_gloss_and_script(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_examples() -> None:
    assert fold("推進(jìn)建設！") == "推进建设"
    assert fold("A_b c") == "abc"
    assert fold(None) == ""
    assert fold_doc_number("国发[2017]35号") == fold_doc_number("国发〔2017〕35號".replace("號", "号"))
    assert fold_doc_number("冀政办字（2019）1号") == "冀政办字20191号"


@lru_cache(maxsize=1)
def reference_module() -> Any:
    """The reference script imported as a module (for its ``norm`` and ``norm_docno``)."""
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: Characters on which the standard library's ``re`` (score.py's) and ``regex`` disagree
#: (``\s``: information separators; ``\w``: combining marks), and others a fold must handle.
TRICKY = "\x1c\x1f\u093f\u0301\u20dd_　 （）〔〕[]【】(jìn)Ⅳ①〇㈠ＡＢ國發號々〆\u3400\u9fff\ua000"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(TRICKY)), max_size=40))
def test_fold_is_score_py_norm(text: str) -> None:
    reference = reference_module()
    assert fold(text) == reference.norm(text)
    assert fold_doc_number(text) == reference.norm_docno(text)


@pytest.mark.parametrize(
    "text", ["字\x1c号", "क\u093f", "a\u20dd", "推進(jìn)建設", "Ⅳ_〇", "国发〔2017〕\x1f35号"]
)
def test_fold_where_re_and_regex_differ(text: str) -> None:
    reference = reference_module()
    assert fold(text) == reference.norm(text)
    assert fold_doc_number(text) == reference.norm_docno(text)


def test_prf_edge_cases() -> None:
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert prf(0, 3, 0) == (0.0, 0.0, 0.0)  # nothing to find, but something predicted
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)
    assert prf(2, 4, 2) == pytest.approx((0.5, 1.0, 2 / 3))


def test_greedy_match_prefers_best_score_then_closest_position() -> None:
    scores = {("a", "x"): 0.9, ("a", "y"): 0.95, ("b", "y"): 0.99, ("b", "x"): 0.5}
    pairs = greedy_match(["a", "b"], ["x", "y"], lambda g, p: scores[(g, p)], 0.6)
    assert pairs == [(1, 1), (0, 0)]
    same = greedy_match(["t", "t"], ["t", "t"], lambda g, p: 1.0, 0.5)
    assert sorted(same) == [(0, 0), (1, 1)]  # equal scores: nearest positions pair up
    assert greedy_match(["a"], ["b"], lambda g, p: 0.4, 0.5) == []


def test_target_needs_same_year_and_enough_overlap() -> None:
    gold = read_gold({"targets": [{"year": 2025, "text": "到2025年，全面建成数字政府体系。"}]})
    same = read_prediction(
        {"targets": [{"text": "到2025年，全面建成数字政府体系", "deadline": {"year": 2025}}]}
    )
    wrong_year = read_prediction({"targets": [{"text": "到2025年，全面建成数字政府体系", "year": 2026}]})
    too_short = read_prediction({"targets": [{"text": "到2025年", "year": 2025}]})
    assert score_document("x", gold, same).targets.tp == 1
    assert score_document("x", gold, wrong_year).targets.tp == 0
    assert score_document("x", gold, too_short).targets.tp == 0


def test_heading_level_counts_separately() -> None:
    gold = read_gold({"headings": [{"level": 1, "marker": "一、", "title": "总体要求"}]})
    pred = read_prediction({"headings": [{"level": 2, "marker": "一、", "title": "总体要求"}]})
    score = score_document("x", gold, pred)
    assert score.headings.tp == 1
    assert score.headings_with_level.tp == 0
    assert [m.kind for m in score.misses if m.kind.startswith("heading")] == ["heading level"]


def test_second_layer_scored_only_where_gold_has_it() -> None:
    pred = read_prediction({"indicators": [{"value": 5, "unit": "个"}]})
    assert score_document("x", read_gold({}), pred).indicators is None
    gold = read_gold({"indicators": [{"value": 5.0, "unit": "个"}], "assignments": []})
    score = score_document("x", gold, pred)
    assert score.indicators is not None and score.indicators.tp == 1
    assert score.agencies is not None and score.agencies.gold == 0


def test_owners_are_task_agency_pairs_through_task_matching() -> None:
    gold = read_gold(
        {
            "tasks": [{"ordinal": 1, "title": "加强组织领导"}, {"ordinal": 2, "title": "强化资金保障"}],
            "assignments": [
                {"lead": ["省发展改革委"], "support": ["省财政厅"], "task": 1},
                {"lead": ["省财政厅"], "task": 2},
                {"responsible": ["省教育厅"], "task": None},
            ],
        }
    )
    pred = read_prediction(
        {
            "tasks": [
                {"ordinal": 5, "title": "强化资金保障", "lead": [{"name": "省财政厅"}]},
                {"ordinal": 6, "title": "加强組織領導"},
                {"ordinal": 7, "title": "完善统计监测制度", "support": ["省民政厅"]},
            ],
            "assignments": [{"lead": ["省发展改革委"], "task": 6}, {"lead": ["省教育厅"], "task": None}],
        }
    )
    score = score_document("x", gold, pred)
    # found: 省财政厅 on task 2 (given on the task), 省发展改革委 on task 1 (an assignment linked to
    # predicted task 6, matched with gold task 1); missed: 省财政厅 on task 1; extra: 省民政厅 on a
    # task the gold does not have. Unlinked assignments (省教育厅) are not owners.
    assert score.owners == Tally(2, 3, 3)
    details = [(m.kind, m.detail) for m in score.misses if m.kind.startswith("owner")]
    assert details == [
        ("owner missed", "task 1 加强组织领导: 省财政厅"),
        ("owner extra", "task None : 省民政厅"),
    ]


def test_owners_scored_only_where_gold_links_assignments() -> None:
    pred = read_prediction({"tasks": [{"ordinal": 1, "title": "任务", "lead": ["省财政厅"]}]})
    unlinked = read_gold(
        {"tasks": [{"ordinal": 1, "title": "任务"}], "assignments": [{"lead": ["省财政厅"]}]}
    )
    assert score_document("x", unlinked, pred).owners is None
    assert score_document("x", read_gold({}), pred).owners is None


def test_owners_ordinal_that_cannot_be_a_key_matches_nothing() -> None:
    gold = read_gold(
        {"tasks": [{"ordinal": 1, "title": "任务"}], "assignments": [{"lead": ["甲"], "task": 1}]}
    )
    pred = read_prediction(
        {
            "tasks": [{"ordinal": [1], "title": "任务", "lead": ["甲"]}],
            "assignments": [{"lead": ["乙"], "task": {}}],
        }
    )
    score = score_document("x", gold, pred)
    assert score.owners == Tally(1, 2, 1)  # the task still matched by title; the {} link matched none


# ------------------------------------------------------------ the verb

runner = CliRunner()


def test_cli_json_summary_matches_reference(dev_outputs: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    pred = write_predictions(tmp_path / "pred", dev_outputs)
    expected, _ = reference_summary(GOLD, pred, tmp_path)
    result = runner.invoke(app, ["evaluate", "--gold", str(GOLD), "--pred", str(pred), "--json", "-v"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["summary"] == expected
    assert [row["id"] for row in data["documents"]] == sorted(p.stem for p in GOLD.glob("*.json"))
    assert all({"doc", "kind", "detail"} <= set(m) for m in data["misses"])


def test_cli_text_report_and_misses(tmp_path: Path) -> None:
    pred = write_predictions(tmp_path / "pred", {"077": {"headings": [{"level": 1, "title": "无关标题"}]}})
    result = runner.invoke(app, ["evaluate", "--gold", str(GOLD), "--pred", str(pred), "--only", "077", "-v"])
    assert result.exit_code == 0, result.output
    assert "heading extra (1):" in result.stdout
    assert "077  L1 无关标题" in result.stdout
    assert "documents 1, parse failures 0" in result.stdout
    assert "owners" not in result.stdout  # 077's gold links no assignment to a task


def test_cli_text_report_owners(dev_outputs: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    unlinked = dict(dev_outputs["061"], tasks=[], assignments=[])  # 061's gold links its notes
    pred = write_predictions(tmp_path / "pred", {"061": unlinked})
    result = runner.invoke(app, ["evaluate", "--gold", str(GOLD), "--pred", str(pred), "--only", "061", "-v"])
    assert result.exit_code == 0, result.output
    assert "owners      P 0.000 R 0.000 F1 0.000" in result.stdout
    assert "owner missed (" in result.stdout
    data = json.loads(
        runner.invoke(
            app, ["evaluate", "--gold", str(GOLD), "--pred", str(pred), "--only", "061", "--json"]
        ).stdout
    )
    assert data["documents"][0]["owners_f1"] == 0.0
    assert data["extended"]["counts"]["owners"]["gold"] > 0


def test_cli_usage_errors(tmp_path: Path) -> None:
    both = runner.invoke(app, ["evaluate", "--gold", str(GOLD), "--pred", str(tmp_path), "--docs", str(DEV)])
    assert both.exit_code == 2
    neither = runner.invoke(app, ["evaluate", "--gold", str(GOLD)])
    assert neither.exit_code == 2
    empty = runner.invoke(app, ["evaluate", "--gold", str(tmp_path), "--pred", str(tmp_path)])
    assert empty.exit_code == 2


def test_cli_docs_parses_in_process(dev_outputs: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    pred = write_predictions(tmp_path / "pred", {"077": dev_outputs["077"]})
    from_docs = runner.invoke(
        app, ["evaluate", "--gold", str(GOLD), "--docs", str(DEV), "--only", "077", "--json"]
    )
    from_pred = runner.invoke(
        app, ["evaluate", "--gold", str(GOLD), "--pred", str(pred), "--only", "077", "--json"]
    )
    assert from_docs.exit_code == from_pred.exit_code == 0
    assert json.loads(from_docs.stdout)["summary"] == json.loads(from_pred.stdout)["summary"]
