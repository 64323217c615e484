"""Build hook: byte-compile the package where an editable install leaves it (issue 17).

``pip install .`` byte-compiles what it installs, but ``pip install -e .`` leaves the modules in
``src/`` and Python compiles them on import; where bytecode is not written
(``PYTHONDONTWRITEBYTECODE``, a read-only checkout) every start compiles every module again,
about 0.1 s of a cold ``policyparse parse``. This hook writes the ``__pycache__`` files of
``src/policyparse`` when an editable wheel is built, with the interpreter that builds it (the
one the package is installed for). Everything else is configured in ``pyproject.toml``.
"""

from __future__ import annotations

import compileall
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

PACKAGE = Path(__file__).resolve().parent / "src" / "policyparse"


class BuildPy(build_py):
    """``build_py`` that also byte-compiles the source tree of an editable install."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compileall.compile_dir(str(PACKAGE), quiet=1)


setup(cmdclass={"build_py": BuildPy})
