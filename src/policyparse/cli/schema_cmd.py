"""``policyparse schema``: print the JSON Schema of the output."""

from __future__ import annotations

import typer

from policyparse.cli.common import Command


def register(app: typer.Typer) -> None:
    """Add the verb to ``app``."""

    @app.command("schema", cls=Command)
    def schema() -> None:
        """Print the JSON Schema of the JSON that `policyparse parse` writes."""
        from policyparse.cli.output import write_stdout
        from policyparse.schema import schema_json

        write_stdout(schema_json() + "\n")
