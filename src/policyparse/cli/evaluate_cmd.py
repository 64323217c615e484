"""``policyparse evaluate``: score predictions (or in-process parses) against gold files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("evaluate")
    def evaluate_command(
        gold: Annotated[
            Path, typer.Option("--gold", help="Folder of gold files NNN.json (corpus guidelines format).")
        ],
        docs: Annotated[
            Path | None,
            typer.Option("--docs", help="Folder of the documents NNN.txt/.html, parsed in this process."),
        ] = None,
        pred: Annotated[
            Path | None, typer.Option("--pred", help="Folder of predictions NNN.json (any parser).")
        ] = None,
        as_json: Annotated[
            bool, typer.Option("--json", help="Print the results as JSON (for machines).")
        ] = False,
        verbose: Annotated[
            bool, typer.Option("--verbose", "-v", help="List every miss, grouped by kind.")
        ] = False,
        only: Annotated[
            str | None, typer.Option("--only", help="Comma-separated document ids to score.")
        ] = None,
    ) -> None:
        """Per-field precision, recall and F1 against gold annotations (the figures of eval/score.py)."""
        from policyparse.evaluate import evaluate, render_text

        if (docs is None) == (pred is None):
            raise typer.BadParameter("give exactly one of --docs or --pred", param_hint="--docs/--pred")
        for name, folder in (("--gold", gold), ("--docs", docs), ("--pred", pred)):
            if folder is not None and not folder.is_dir():
                raise typer.BadParameter(f"{folder} is not a directory", param_hint=name)
        ids = [i.strip() for i in only.split(",") if i.strip()] if only else None
        try:
            result = evaluate(gold, pred_dir=pred, docs_dir=docs, only=ids)
        except ValueError as error:  # no gold documents
            sys.stderr.write(f"policyparse: {error}\n")
            raise typer.Exit(2) from None
        if as_json:
            sys.stdout.write(json.dumps(result.to_dict(misses=verbose), ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(render_text(result, verbose=verbose))
