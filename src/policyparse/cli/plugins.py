"""The program's pydantic plugins: off unless asked for, and then not looked for at all.

Pydantic looks for plugins when it builds the first model: it imports its plugin loader, which
imports :mod:`importlib.metadata` (and with it :mod:`email`, :mod:`socket`, :mod:`csv`,
:mod:`zipfile` …), and only then reads ``PYDANTIC_DISABLE_PLUGINS``. With plugins off that
import is all the loader does: about 12 ms of CPU, 4 % of ``policyparse parse FILE``.

:func:`disable_plugins` turns plugins off (unless the variable is set) and puts
:class:`PluginSwitch` where pydantic imports its loader from. The switch reads the variable
first, as pydantic's loader does, and answers "no plugins" when they are off; when they are on
(the variable set to an empty string, or to a list of plugin names), or when pydantic asks it
for anything else, it imports pydantic's own loader and hands over to it. So the answer is
always pydantic's, and a later pydantic that asks its loader for more gets its own loader.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable
from typing import Any

#: The module pydantic imports its plugin loader from (``get_plugins``).
LOADER = "pydantic.plugin._loader"
#: The variable, and the values with which pydantic loads no plugin at all.
VARIABLE = "PYDANTIC_DISABLE_PLUGINS"
ALL_OFF = frozenset({"__all__", "1", "true"})


class PluginSwitch(types.ModuleType):
    """Stands for pydantic's plugin loader until plugins are asked for (then hands over)."""

    def get_plugins(self) -> Iterable[Any]:
        """No plugin when ``PYDANTIC_DISABLE_PLUGINS`` turns them all off; else pydantic's answer."""
        if os.environ.get(VARIABLE) in ALL_OFF:
            return ()
        loader: Any = self.hand_over()
        plugins: Iterable[Any] = loader.get_plugins()
        return plugins

    def hand_over(self) -> types.ModuleType:
        """Import pydantic's own loader in place of the switch, and return it."""
        if sys.modules.get(LOADER) is self:
            del sys.modules[LOADER]
        loader = importlib.import_module(LOADER)
        package = sys.modules.get(LOADER.rpartition(".")[0])
        if package is not None:
            setattr(package, "_loader", loader)  # noqa: B010 - a submodule attribute
        return loader

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.hand_over(), name)


def disable_plugins() -> None:
    """Turn pydantic plugins off for this process unless ``PYDANTIC_DISABLE_PLUGINS`` is set,
    and spare the import of pydantic's plugin loader while they are off."""
    os.environ.setdefault(VARIABLE, "__all__")
    if os.environ[VARIABLE] in ALL_OFF and LOADER not in sys.modules:
        sys.modules[LOADER] = PluginSwitch(LOADER, __doc__)
