"""The program runs without pydantic plugins, and without importing the code that looks for them
(:mod:`policyparse.cli.plugins`); with plugins asked for, pydantic's own loader answers.

The program is run in a subprocess (the switch is installed before pydantic builds a model, and
this test process has built its models long before); what each run imported is printed at exit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from policyparse import parse_file
from policyparse.cli.plugins import ALL_OFF, LOADER, PluginSwitch
from tests.helpers import DEV_FILES

DOCUMENT = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[0]

#: Runs the program's entry point on the arguments, then prints to stderr what it imported.
PROBE = """
import atexit, json, sys
def report():
    loader = sys.modules.get("pydantic.plugin._loader")
    sys.stderr.write(json.dumps({
        "loader": type(loader).__name__ if loader is not None else None,
        "metadata": "importlib.metadata" in sys.modules,
    }) + "\\n")
atexit.register(report)
sys.argv = ["policyparse", *sys.argv[1:]]
from policyparse.cli import main
main()
"""


def run_program(variable: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The notice the program prints for :data:`DOCUMENT` and what it imported, with
    ``PYDANTIC_DISABLE_PLUGINS`` set to ``variable`` (``None``: not set)."""
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if variable is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = variable
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "parse", str(DOCUMENT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), json.loads(done.stderr.strip().splitlines()[-1])


def test_by_default_the_program_neither_loads_plugins_nor_imports_their_search() -> None:
    notice, imported = run_program(None)
    assert imported == {"loader": "PluginSwitch", "metadata": False}
    assert notice == json.loads(parse_file(DOCUMENT).model_dump_json())


@pytest.mark.parametrize("variable", ["", "some_plugin"])
def test_with_plugins_asked_for_pydantic_looks_for_them_itself(variable: str) -> None:
    notice, imported = run_program(variable)
    # pydantic's own loader, which reads the installed distributions' entry points
    assert imported == {"loader": "module", "metadata": True}
    assert notice == run_program(None)[0]


@pytest.mark.parametrize("variable", sorted(ALL_OFF))
def test_every_value_that_turns_all_plugins_off_is_honoured(variable: str) -> None:
    _, imported = run_program(variable)
    assert imported == {"loader": "PluginSwitch", "metadata": False}


def test_the_switch_answers_as_pydantics_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic.plugin import _loader as pydantic_loader

    switch = PluginSwitch(LOADER)
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")
    assert tuple(switch.get_plugins()) == tuple(pydantic_loader.get_plugins()) == ()
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")
    # plugins on: the real loader answers (this environment installs no pydantic plugin)
    assert list(switch.get_plugins()) == list(pydantic_loader.get_plugins())
    # any other name pydantic may ask for comes from its own loader
    assert switch.PYDANTIC_ENTRY_POINT_GROUP == pydantic_loader.PYDANTIC_ENTRY_POINT_GROUP == "pydantic"
    with pytest.raises(AttributeError):
        switch.__wrapped__  # noqa: B018 - dunder names are not handed over


def _install_plugin(where: Path) -> Path:
    """A pydantic plugin installed in ``where`` (a module and its distribution's entry point) that
    writes a line to the returned file for each model validator pydantic makes with it."""
    calls = where / "calls.txt"
    (where / "recording_plugin.py").write_text(
        "class Plugin:\n"
        "    def new_schema_validator(self, schema, schema_type, path, kind, config, settings):\n"
        f"        with open({str(calls)!r}, 'a') as f:\n"
        "            f.write(path.name + '\\n')\n"
        "        return None, None, None\n"
        "plugin = Plugin()\n",
        encoding="utf-8",
    )
    info = where / "recording_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: recording-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[pydantic]\nrecording = recording_plugin:plugin\n", encoding="utf-8"
    )
    return calls


@pytest.mark.parametrize(
    ("variable", "loaded"), [(None, False), ("", True), ("other_plugin", True), ("recording", False)]
)
def test_an_installed_plugin_is_loaded_only_when_asked_for(
    tmp_path: Path, variable: str | None, loaded: bool
) -> None:
    calls = _install_plugin(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), env.get("PYTHONPATH", "")])
    if variable is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = variable
    done = subprocess.run(
        [sys.executable, "-m", "policyparse", "parse", str(DOCUMENT)],
        capture_output=True,
        timeout=300,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    made = calls.read_text(encoding="utf-8").split() if calls.exists() else []
    # with the plugin loaded pydantic hands it every model it builds, the Notice among them
    assert ("Notice" in made) is loaded


@pytest.mark.parametrize("variable", [*sorted(ALL_OFF), ""])
def test_pydantics_own_loader_turns_plugins_off_for_the_same_values_as_the_switch(
    tmp_path: Path, variable: str
) -> None:
    # the switch answers "no plugins" for ALL_OFF before pydantic's loader is imported: this
    # asks pydantic's loader itself, with a plugin installed, whether it agrees on each value
    _install_plugin(tmp_path)
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": variable}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from pydantic.plugin._loader import get_plugins; print(len(list(get_plugins())))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == (0 if variable in ALL_OFF else 1)
