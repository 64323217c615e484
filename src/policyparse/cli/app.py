"""The typer application; each verb lives in its own module."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import typer

from policyparse._version import __version__
from policyparse.cli.output import broken_pipe, is_broken_pipe

#: ``-h`` as well as ``--help``, on every verb.
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}

#: The verbs, in the order ``policyparse -h`` lists them, and the module that adds each.
VERBS = {
    "parse": "parse_cmd",
    "schema": "schema_cmd",
    "evaluate": "evaluate_cmd",
    "render": "render_cmd",
    "export": "export_cmd",
    "serve": "serve_cmd",
}


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"policyparse {__version__}")
        raise typer.Exit()


def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Turn Chinese government notices into typed, verifiable JSON."""


def build_app(verb: str | None = None) -> typer.Typer:
    """The typer application with every verb, or with ``verb`` alone.

    A run that names its verb builds only that one (:func:`run`): importing and describing
    the other five (their modules, their options for click) took about a tenth of the cold
    start of ``policyparse parse FILE``. Help, completion and unknown verbs get them all.
    """
    application = typer.Typer(
        name="policyparse",
        help="Turn Chinese government notices into typed, verifiable JSON.",
        context_settings=CONTEXT_SETTINGS,
        add_completion=True,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    application.callback()(_root)
    for name in [verb] if verb in VERBS else VERBS:
        importlib.import_module(f"policyparse.cli.{VERBS[name]}").register(application)
    return application


def _verb_of(args: list[str]) -> str | None:
    """The verb a command line runs, when it can be told from its first word; else ``None``."""
    if not args or any(name.endswith("_COMPLETE") for name in os.environ):
        return None
    return args[0] if args[0] in VERBS else None


def __getattr__(name: str) -> Any:
    """``app``: the application with every verb (for typer's test runner and the docs)."""
    if name == "app":
        application = globals()["app"] = build_app()
        return application
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def usage_error(error: Exception) -> str | None:
    """The one-line form of a click usage error (bad option, bad value), or ``None`` for others.

    typer ships its own copy of click, so its exceptions are recognised by what they carry
    (``format_message``, ``exit_code`` and the context naming the verb).
    """
    format_message = getattr(error, "format_message", None)
    if not callable(format_message) or not isinstance(getattr(error, "exit_code", None), int):
        return None
    context = getattr(error, "ctx", None)
    where = getattr(context, "command_path", None) or "policyparse"
    message = " ".join(str(format_message()).split())
    return f"{where}: {message} (see {where} -h)"


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (usage errors, broken pipes and interrupts included).

    Every error is one line on stderr, usage errors included (click's own form takes three);
    no arguments at all print the help.
    """
    args = list(sys.argv[1:] if argv is None else argv) or ["--help"]
    try:
        code = build_app(_verb_of(args))(args=args, prog_name="policyparse", standalone_mode=False)
        return _leave_if_pipe_closed(code if isinstance(code, int) else 0)
    except SystemExit as done:
        code = done.code
        return _leave_if_pipe_closed(code if isinstance(code, int) else (0 if code is None else 1))
    except KeyboardInterrupt:
        sys.stderr.write("policyparse: interrupted\n")
        return 130
    except OSError as error:
        if is_broken_pipe(error):
            broken_pipe()
            return _leave_if_pipe_closed(141)
        sys.stderr.write(f"policyparse: {error}\n")
        return 3
    except Exception as error:
        line = usage_error(error)
        if line is None:
            raise
        sys.stderr.write(line + "\n")
        return int(getattr(error, "exit_code", 2))


def _leave_if_pipe_closed(code: int) -> int:
    """On a closed stdout (141) end the process at once: nothing is left to write, and the
    interpreter's exit handlers (CPython 3.11's process-pool wake-up among them) would race
    with the closed descriptors and print a traceback. Other codes are returned as they are."""
    if code == 141 and argv_is_cli():
        import multiprocessing

        for child in multiprocessing.active_children():  # a batch's workers must not outlive us
            child.terminate()
        sys.stderr.flush()
        os._exit(141)
    return code


_PROGRAM = {"active": False}


def mark_as_program() -> None:
    """Record that this process is the ``policyparse`` program (the console script)."""
    _PROGRAM["active"] = True


def argv_is_cli() -> bool:
    """True when running as the ``policyparse`` program, not inside a caller's process."""
    return _PROGRAM["active"]
