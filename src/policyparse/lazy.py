"""Names of a package imported on first use (PEP 562), so that importing it loads only what
its caller uses: ``import policyparse`` loads neither pydantic nor the stages, and
``policyparse parse FILE`` never loads the worker pool.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(namespace: dict[str, Any], where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` importing each name of ``where`` from its module when first
    asked for, and keeping it in ``namespace`` (the module's ``globals()``) thereafter."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return __getattr__
