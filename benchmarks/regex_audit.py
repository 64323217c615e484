"""Stress every compiled regular expression of the package for super-linear matching.

Imports every ``policyparse`` module, collects the compiled patterns it holds at module level
(``regex`` and ``re``, also inside lists, tuples and dicts), and runs each one with
``finditer`` over inputs built from its own literal characters (repeated, shuffled, mixed with
digits, Han characters and brackets) at two sizes. A pattern whose time grows much faster than
the input (ratio over ``GROWTH_LIMIT`` for a 4× input) or that times out is reported with its
module, name and source line. This complements reading the patterns: it finds the ``X.*Y``
kind of search that rescans the rest of the text from every ``X``. Timings are the best of
three runs, and a pattern is reported only when both 4× steps (4 k → 16 k → 64 k characters)
grow more than ``GROWTH_LIMIT`` times, so a busy machine does not make findings up.

Run: ``python benchmarks/regex_audit.py``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import random
import re
import sys
import time
from collections.abc import Iterator
from typing import Any

import regex

SIZES = (4_000, 16_000, 64_000)
GROWTH_LIMIT = 8.0  # a 4× input may take at most this many times as long (linear: 4, quadratic: 16)
MIN_SECONDS = 0.005  # below this the ratio is noise
TIMEOUT = 5.0


def patterns() -> Iterator[tuple[str, str, Any]]:
    """(module, attribute path, compiled pattern) for every module-level pattern."""
    import policyparse

    seen: set[int] = set()
    for info in pkgutil.walk_packages(policyparse.__path__, "policyparse."):
        if ".integrations" in info.name:
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:
            continue
        for name, value in vars(module).items():
            yield from _walk(info.name, name, value, seen, depth=0)


def _walk(module: str, name: str, value: Any, seen: set[int], depth: int) -> Iterator[tuple[str, str, Any]]:
    if isinstance(value, (re.Pattern, regex.Pattern)):
        if id(value) not in seen and isinstance(value.pattern, str):
            seen.add(id(value))
            yield module, name, value
    elif depth < 2 and isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _walk(module, f"{name}[{index}]", item, seen, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(module, f"{name}[{key!r}]", item, seen, depth + 1)


def inputs(pattern: Any, size: int) -> dict[str, str]:
    """Hostile inputs for ``pattern`` of ``size`` characters."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else ""
    literals = [ch for ch in source if not ch.isascii() or ch in "（）()[]〔〕、.,，。：:；0123456789"]
    literals = literals or ["一"]
    rng = random.Random(size)
    first = literals[0]
    return {
        "first literal repeated": first * size,
        "literals shuffled": "".join(rng.choices(literals, k=size)),
        "literals and Han": "".join(rng.choice((rng.choice(literals), "发展建设")) for _ in range(size // 2))[
            :size
        ],
        "digits": "".join(rng.choices("0123456789", k=size)),
        "open brackets": "（" * (size // 2) + "(" * (size // 2),
        "spaces and newlines": "".join(rng.choices(" \t\n　", k=size)),
    }


def _time(pattern: Any, text: str, rounds: int = 3) -> float:
    """Best of ``rounds`` runs of ``finditer`` over ``text`` (consumed)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        if isinstance(pattern, regex.Pattern):
            for _ in pattern.finditer(text, timeout=TIMEOUT):
                pass
        else:
            for _ in pattern.finditer(text):
                pass
        best = min(best, time.perf_counter() - start)
    return best


def growth(pattern: Any, kind: str) -> tuple[float, float] | None:
    """Time ratio for each 4× step, when both steps exceed the limit (else ``None``)."""
    times = []
    for index, size in enumerate(SIZES):
        times.append(_time(pattern, inputs(pattern, size)[kind], rounds=3 if index < 2 else 1))
        if index >= 1:
            ratio = times[index] / max(times[index - 1], 1e-7)
            if times[index] < MIN_SECONDS or ratio < GROWTH_LIMIT:
                return None
    return times[1] / max(times[0], 1e-7), times[2] / max(times[1], 1e-7)


def line_of(module: str, name: str) -> str:
    """``file:line`` of the assignment of ``name`` in ``module``."""
    base = name.split("[", 1)[0]
    try:
        source, first = inspect.getsourcelines(sys.modules[module])
    except (OSError, TypeError, KeyError):
        return module
    path = inspect.getsourcefile(sys.modules[module]) or module
    short = path.split("src/", 1)[-1]
    for offset, line in enumerate(source):
        if re.match(rf"\s*{re.escape(base)}\s*(:[^=]*)?=", line):
            return f"{short}:{first + offset}"
    return short


def audit() -> tuple[int, list[dict[str, Any]]]:
    """Every pattern checked; the findings."""
    findings = []
    count = 0
    for module, name, pattern in patterns():
        count += 1
        for kind in inputs(pattern, 10):
            try:
                steps = growth(pattern, kind)
            except TimeoutError:
                findings.append(
                    {"where": line_of(module, name), "name": name, "input": kind, "problem": "timeout"}
                )
                break
            if steps is not None:
                findings.append(
                    {
                        "where": line_of(module, name),
                        "name": name,
                        "input": kind,
                        "problem": f"each 4× input took {steps[0]:.0f}×, {steps[1]:.0f}× the time",
                        "pattern": pattern.pattern[:120].encode("unicode_escape").decode("ascii")
                        if not pattern.pattern[:120].isprintable()
                        else pattern.pattern[:120],
                    }
                )
                break
    return count, findings


if __name__ == "__main__":
    total, found = audit()
    print(f"{total} compiled patterns checked; {len(found)} grow super-linearly:")
    for finding in found:
        print(f"- {finding['where']} {finding['name']}: {finding['problem']} on '{finding['input']}'")
        if "pattern" in finding:
            print(f"    {finding['pattern']}")
