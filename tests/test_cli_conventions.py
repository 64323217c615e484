"""The command line follows the conventions of typer/click tools (issue 19, items 2 and 9).

Each convention is checked through typer's test runner (in-process) and through the real
program in a subprocess (``python -m policyparse``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse import parse_file
from policyparse.cli.app import app
from tests.helpers import DEV, DEV_FILES

CLI = [sys.executable, "-m", "policyparse"]
VERBS = ("parse", "evaluate", "render", "export", "schema")
SMALL = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[:3]
runner = CliRunner()


def program(args: list[str], stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess[bytes]:
    """The real program in a subprocess, with a 100-column terminal width."""
    return subprocess.run(
        [*CLI, *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
        env={**os.environ, "COLUMNS": "100", **env},
    )


@pytest.mark.parametrize("verb", VERBS)
def test_dash_h_is_help_for_every_verb(verb: str) -> None:
    in_process = runner.invoke(app, [verb, "-h"], terminal_width=100)
    assert in_process.exit_code == 0, in_process.output
    assert in_process.stdout.startswith(f"Usage: policyparse {verb}")
    real = program([verb, "-h"])
    # the same text (wrapped to the width each one sees)
    assert real.returncode == 0 and "".join(real.stdout.decode().split()) == "".join(
        in_process.stdout.split()
    )


def test_python_dash_m_is_the_program() -> None:
    real = program(["--version"])
    assert real.returncode == 0 and real.stdout.startswith(b"policyparse ")
    assert program([]).stdout.startswith(b"Usage: policyparse [OPTIONS] COMMAND")


@pytest.mark.parametrize("verb", VERBS)
def test_help_shows_upper_metavars_and_choices(verb: str) -> None:
    text = runner.invoke(app, [verb, "--help"], terminal_width=100).stdout
    for placeholder in ("{paths}", "<list[str]>", "<str>", "<int>", "<path>", "<list"):
        assert placeholder not in text, (verb, placeholder)
    if verb in {"parse", "render", "export"}:
        assert "[PATH]..." in text and "PATH..." in text


def test_parse_help_states_the_output_rule_and_lists_formats() -> None:
    text = " ".join(runner.invoke(app, ["parse", "--help"], terminal_width=100).stdout.split())
    assert "<json|jsonl|md>" in text
    assert "one FILE, or standard input, prints one JSON object (--format json)" in text
    assert "several inputs or a DIR print JSON Lines, one record per input (--format jsonl)" in text
    for metavar in (
        "-o, --output FILE",
        "--out-dir DIR",
        "-w, --workers N",
        "--glob PATTERN",
        "--anchor-date DATE",
    ):
        assert metavar in text, metavar


def test_stdin_is_read_when_no_path_is_given() -> None:
    data = SMALL[0].read_bytes()
    expected = json.loads(parse_file(SMALL[0]).model_dump_json())
    expected["source"]["path"] = None
    in_process = runner.invoke(app, ["parse"], input=data)
    assert in_process.exit_code == 0, in_process.output
    real = program(["parse"], stdin=data)
    assert real.returncode == 0, real.stderr
    for output in (in_process.stdout, real.stdout.decode()):
        notice = json.loads(output)
        assert notice["text"] == expected["text"] and notice["headings"] == expected["headings"]


def test_a_directory_is_walked_without_a_flag_and_glob_filters() -> None:
    real = program(["parse", "-q", "-w", "1", str(DEV), "--glob", "*.html"])
    assert real.returncode == 0, real.stderr
    names = [Path(json.loads(line)["path"]).name for line in real.stdout.splitlines()]
    assert names == [p.name for p in DEV_FILES if p.suffix == ".html"]
    in_process = runner.invoke(app, ["parse", "-q", "-w", "1", str(DEV), "--glob", "*.html"])
    assert in_process.exit_code == 0 and in_process.stdout == real.stdout.decode()


def test_one_input_is_json_several_are_json_lines_as_documented() -> None:
    one = runner.invoke(app, ["parse", str(SMALL[0])])
    assert one.stdout.startswith("{\n  ")  # one JSON object, indented
    several = runner.invoke(app, ["parse", "-q", "-w", "1", *map(str, SMALL[:2])])
    assert [json.loads(line)["status"] for line in several.stdout.splitlines()] == ["ok", "ok"]
    forced = runner.invoke(app, ["parse", "-f", "jsonl", str(SMALL[0])])
    assert json.loads(forced.stdout)["status"] == "ok" and forced.stdout.count("\n") == 1


def test_usage_errors_are_one_line_from_the_program() -> None:
    real = program(["parse", "--format", "yaml", str(SMALL[0])])
    assert real.returncode == 2 and real.stdout == b""
    err = real.stderr.decode()
    assert err.count("\n") == 1 and "--format" in err and "'json', 'jsonl', 'md'" in err
    unknown = program(["parse", "--nope"])
    assert unknown.returncode == 2 and unknown.stderr.decode().count("\n") == 1


def test_shell_completion() -> None:
    text = runner.invoke(app, ["--help"]).stdout
    assert "--install-completion" in text and "--show-completion" in text
    words = program([], _POLICYPARSE_COMPLETE="complete_bash", COMP_WORDS="policyparse pa", COMP_CWORD="1")
    assert words.returncode == 0 and words.stdout.split() == [b"parse"]
    formats = program(
        [], _POLICYPARSE_COMPLETE="complete_bash", COMP_WORDS="policyparse parse --format ", COMP_CWORD="3"
    )
    assert formats.stdout.split() == [b"json", b"jsonl", b"md"]
    # the script itself, for bash named in the completion variable: --show-completion finds the
    # shell from the process tree, which a CI runner or a background job may not show
    # ("Shell  not supported.")
    script = program([], _POLICYPARSE_COMPLETE="source_bash")
    assert script.returncode == 0 and b"_POLICYPARSE_COMPLETE" in script.stdout


# ------------------------------------------------------------------ item 9: the default worker count


def test_a_small_batch_is_parsed_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from policyparse.batch import pool

    seen: list[int] = []
    real_run_batch = pool.run_batch

    def spy(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        seen.append(int(kwargs["workers"]))  # type: ignore[call-overload]
        return real_run_batch(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pool, "run_batch", spy)
    default_workers = pool.default_workers

    # two cores, whatever this machine has: the rule still keeps a small batch in-process
    monkeypatch.setattr(pool, "default_workers", lambda n, size: default_workers(n, size, cores=2))
    result = runner.invoke(app, ["parse", "-q", str(DEV)])
    assert result.exit_code == 0, result.output
    assert seen == [1]  # 16 documents, 0.4 MB: no worker processes
    result = runner.invoke(app, ["parse", "-q", "-w", "2", *map(str, SMALL)])
    assert seen == [1, 2]  # an explicit -w is obeyed


def test_the_default_rule_has_one_call_site() -> None:
    from policyparse.batch import Input, default_workers, input_bytes
    from policyparse.batch.pool import BYTES_PER_WORKER, PARALLEL_MIN_BYTES

    small = [Input(str(p), p.name) for p in DEV_FILES]
    assert default_workers(len(small), input_bytes(small)) == 1
    big = [Input(f"{i}.txt", f"{i}.txt", data=b"x" * (PARALLEL_MIN_BYTES // 8)) for i in range(9)]
    assert default_workers(1, input_bytes(big[:1])) == 1  # one input: nothing to share
    expected = max(1, min(len(os.sched_getaffinity(0)), 9, input_bytes(big) // BYTES_PER_WORKER))
    assert default_workers(len(big), input_bytes(big)) == expected
    source = (Path(__file__).resolve().parent.parent / "src" / "policyparse" / "cli").rglob("*.py")
    calls = sum(path.read_text(encoding="utf-8").count("default_workers(") for path in source)
    assert calls == 1  # the one call in run_many
