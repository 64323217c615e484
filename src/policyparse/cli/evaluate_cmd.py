"""``policyparse evaluate``: score predictions (or in-process parses) against gold files."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from policyparse.cli.common import Command, fail
from policyparse.cli.output import write_stdout

#: How many ids a message lists before it says "…".
SHOWN_IDS = 20


def _ids(ids: Sequence[str]) -> str:
    shown = ", ".join(ids[:SHOWN_IDS])
    return shown + (f", … ({len(ids) - SHOWN_IDS} more)" if len(ids) > SHOWN_IDS else "")


def _check_folders(gold: Path, docs: Path | None, pred: Path | None) -> None:
    if (docs is None) == (pred is None):
        raise typer.BadParameter("give exactly one of --docs or --pred", param_hint="--docs/--pred")
    for name, folder in (("--gold", gold), ("--docs", docs)):
        if folder is not None and not folder.is_dir():
            raise typer.BadParameter(f"{folder} is not a directory", param_hint=name)
    if pred is not None and not pred.exists():
        raise typer.BadParameter(f"{pred} does not exist", param_hint="--pred")


def _report_coverage(missing: list[str], unmatched: list[str], total: int, partial: bool) -> None:
    """Say which gold documents have no prediction and which predictions have no gold document."""
    if missing:
        how = "left out (--partial)" if partial else "scored as parse failures; --partial leaves them out"
        sys.stderr.write(
            f"policyparse: no prediction for {len(missing)} of {total} gold documents: {_ids(missing)} ({how})\n"
        )
    if unmatched:
        noun = "prediction matches" if len(unmatched) == 1 else "predictions match"
        sys.stderr.write(f"policyparse: {len(unmatched)} {noun} no gold document: {_ids(unmatched)}\n")


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("evaluate", cls=Command)
    def evaluate_command(
        gold: Annotated[
            Path,
            typer.Option(
                "--gold", metavar="DIR", help="Folder of gold files ID.json (corpus guidelines format)."
            ),
        ],
        pred: Annotated[
            Path | None,
            typer.Option(
                "--pred",
                metavar="PATH",
                help="Predictions: the --out-dir of `policyparse parse` (ID.txt.json, or ID.json "
                "from any parser) or its JSON Lines (-o FILE).",
            ),
        ] = None,
        docs: Annotated[
            Path | None,
            typer.Option(
                "--docs", metavar="DIR", help="Folder of the documents ID.txt/.html, parsed in this process."
            ),
        ] = None,
        partial: Annotated[
            bool,
            typer.Option(
                "--partial",
                help="Score only the gold documents that have a prediction (otherwise a missing one "
                "counts as a parse failure and the exit code is 1).",
            ),
        ] = False,
        as_json: Annotated[
            bool, typer.Option("--json", help="Print the results as JSON (for machines).")
        ] = False,
        verbose: Annotated[
            bool, typer.Option("--verbose", "-v", help="List every miss, grouped by kind.")
        ] = False,
        only: Annotated[
            str | None, typer.Option("--only", metavar="IDS", help="Comma-separated document ids to score.")
        ] = None,
    ) -> None:
        """Per-field precision, recall and F1 against gold annotations (the figures of eval/score.py).

        Exit code 1 when a gold document has no prediction (unless --partial).
        """
        from policyparse.evaluate import evaluate, render_text

        _check_folders(gold, docs, pred)
        ids = [i.strip() for i in only.split(",") if i.strip()] if only else None
        try:
            result = evaluate(gold, pred_dir=pred, docs_dir=docs, only=ids, partial=partial)
        except ValueError as error:  # no gold documents, two predictions for one document
            raise fail(str(error), 2) from None
        total = len(result.documents) + (len(result.missing) if partial else 0)
        _report_coverage(result.missing, result.unmatched, total, partial)
        if len(result.missing) == total:
            raise fail(f"nothing to score: {pred or docs} holds no prediction of a gold document", 1)
        if as_json:
            write_stdout(json.dumps(result.to_dict(misses=verbose), ensure_ascii=False, indent=2) + "\n")
        else:
            write_stdout(render_text(result, verbose=verbose))
        if result.missing and not partial:
            raise typer.Exit(1)
