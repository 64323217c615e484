"""The shape of the package, checked over every module of ``src/policyparse`` (issue 16).

* Patterns are compiled only in :mod:`policyparse.grammar`: outside it, no module calls
  ``re``/``regex`` to compile or to search with a pattern (any call of ``compile``,
  ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall``, ``sub``, ``subn``,
  ``split``); inside it, a literal pattern is declared with ``pattern(...)`` (only
  ``grammar/_compile.py`` calls ``regex.compile`` with a literal, and it has none).
* No module is longer than :data:`MAX_LINES` lines.
* No function has a cyclomatic complexity above :data:`MAX_COMPLEXITY`.

The complexity is counted here with :mod:`ast` (``radon`` is not a dependency of the
project), by radon's rules: 1, plus one for each ``if``/``elif``, conditional expression,
``for``/``while`` (and one more for its ``else``), ``except`` clause, ``try``'s ``else``,
``assert``, comprehension ``for`` and its ``if`` clauses, ``match`` case (but a catch-all),
and for each extra operand of ``and``/``or``. A nested function or class is counted on its own
(its body is not added to the enclosing function's), lambdas are part of the function they
are in. On this tree the count agrees with ``radon cc`` 6.0.1 for every one of its functions.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "policyparse"
MAX_LINES = 400
MAX_COMPLEXITY = 15
#: The only module that compiles patterns itself.
COMPILER = "grammar/_compile.py"
PATTERN_FUNCTIONS = frozenset(
    {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
)
#: Stage functions still over the limit while the lead restructures the stages on main
#: (``path:qualified name``). The list may only shrink: an entry that is no longer over the
#: limit fails the test until it is removed.
KNOWN_COMPLEX: frozenset[str] = frozenset()


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


# ---------------------------------------------------------------- patterns


def _pattern_modules(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names bound to the ``re``/``regex`` modules, and to their pattern functions."""
    modules: set[str] = set()
    functions: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(
                alias.asname or alias.name for alias in node.names if alias.name in {"re", "regex"}
            )
        elif isinstance(node, ast.ImportFrom) and node.module in {"re", "regex"}:
            functions.update(
                alias.asname or alias.name for alias in node.names if alias.name in PATTERN_FUNCTIONS
            )
    return modules, functions


def _is_literal(node: ast.expr) -> bool:
    """A pattern written in place: a string or bytes literal, an f-string, or literals joined."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (str, bytes))
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_literal(node.left) or _is_literal(node.right)
    return False


def pattern_calls(source: str) -> Iterator[tuple[int, str, bool]]:
    """``(line, call, literal pattern?)`` of every call of a ``re``/``regex`` pattern function."""
    tree = ast.parse(source)
    modules, functions = _pattern_modules(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in modules:
            name = f"{func.value.id}.{func.attr}" if func.attr in PATTERN_FUNCTIONS else ""
        elif isinstance(func, ast.Name) and func.id in functions:
            name = func.id
        else:
            name = ""
        if name:
            literal = bool(node.args) and _is_literal(node.args[0])
            yield node.lineno, name, literal


def pattern_violations(relative: str, source: str) -> list[str]:
    """Pattern calls that break the rule in the module ``relative`` (a path inside the package)."""
    if relative == COMPILER:
        return []
    in_grammar = relative.startswith("grammar/")
    return [
        f"{relative}:{line}: {name}(...)"
        for line, name, literal in pattern_calls(source)
        if not in_grammar or literal
    ]


@pytest.mark.parametrize(
    ("relative", "source", "found"),
    [
        ("io/x.py", "import regex\nP = regex.compile(r'a+')\n", ["io/x.py:2: regex.compile(...)"]),
        ("io/x.py", "import re as r\nr.sub('a', 'b', text)\n", ["io/x.py:2: r.sub(...)"]),
        ("io/x.py", "from regex import search\nsearch(f'{x}+', text)\n", ["io/x.py:2: search(...)"]),
        ("io/x.py", "import regex\nregex.compile(source)\n", ["io/x.py:2: regex.compile(...)"]),
        ("io/x.py", "import regex\nregex.escape('a')\nP.search(text)\n", []),
        ("grammar/x.py", "import regex\nregex.compile('a' + b)\n", ["grammar/x.py:2: regex.compile(...)"]),
        ("grammar/x.py", "import regex\nregex.compile(built)\n", []),
        ("grammar/_compile.py", "import regex\nregex.compile('a')\n", []),
    ],
)
def test_the_pattern_rule_finds_what_it_should(relative: str, source: str, found: list[str]) -> None:
    assert pattern_violations(relative, source) == found


def test_patterns_are_compiled_only_in_grammar() -> None:
    violations = [
        found
        for path in _modules()
        for found in pattern_violations(_name(path), path.read_text(encoding="utf-8"))
    ]
    assert violations == [], "declare these patterns in policyparse/grammar/ with pattern(...)"


# ---------------------------------------------------------------- module size


def test_no_module_is_over_the_line_limit() -> None:
    long = {
        _name(path): count
        for path in _modules()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"split modules over {MAX_LINES} lines"


# ---------------------------------------------------------------- complexity

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _decisions(node: ast.AST) -> int:
    """The decision points ``node`` itself adds (radon's rules)."""
    if isinstance(node, ast.Try):
        return len(node.handlers) + bool(node.orelse)
    if isinstance(node, ast.BoolOp):
        return len(node.values) - 1
    if isinstance(node, (ast.If, ast.IfExp, ast.Assert)):
        return 1
    if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
        return 1 + bool(node.orelse)
    if isinstance(node, ast.comprehension):
        return 1 + len(node.ifs)
    if isinstance(node, ast.Match):
        catch_all = any(getattr(case.pattern, "pattern", False) is None for case in node.cases)
        return max(0, len(node.cases) - catch_all)
    return 0


def complexity(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Cyclomatic complexity of one function; nested functions and classes are left out."""
    total = 1
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, _SCOPES):
            continue
        total += _decisions(node)
        stack.extend(ast.iter_child_nodes(node))
    return total


def functions(tree: ast.Module) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Every function and method, nested ones included, by qualified name (``Class.method``)."""
    stack: list[tuple[ast.AST, str]] = [(tree, "")]
    while stack:
        node, prefix = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield prefix + child.name, child
                stack.append((child, f"{prefix}{child.name}."))
            elif isinstance(child, ast.ClassDef):
                stack.append((child, f"{prefix}{child.name}."))
            else:
                stack.append((child, prefix))


def _complexities() -> dict[str, int]:
    return {
        f"{_name(path)}:{name}": complexity(function)
        for path in _modules()
        for name, function in functions(_tree(path))
    }


_EXAMPLES = {
    "def f():\n    return 1\n": 1,
    "def f(a, b):\n    if a and b or a:\n        return 1\n    elif b:\n        return 2\n    return 3\n": 5,
    "def f(xs):\n    for x in xs:\n        pass\n    else:\n        pass\n    while xs:\n        break\n": 4,
    "def f(xs):\n    try:\n        pass\n    except A:\n        pass\n    except B:\n        pass\n"
    "    else:\n        pass\n    finally:\n        pass\n": 4,
    "def f(xs):\n    return [x for x in xs if x if x > 1] + [1 if xs else 2]\n": 5,
    "def f(xs):\n    assert xs\n    g = lambda y: y or xs\n    return g\n": 3,
    "def f(x):\n    match x:\n        case 1:\n            pass\n        case [a]:\n            pass\n"
    "        case _:\n            pass\n": 3,
    "def f(x):\n    def g(y):\n        if y:\n            return 1\n        return 2\n    return g\n": 1,
}


@pytest.mark.parametrize(("source", "expected"), list(_EXAMPLES.items()))
def test_the_complexity_count_follows_radon(source: str, expected: int) -> None:
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    assert complexity(function) == expected


def test_a_nested_function_is_counted_on_its_own() -> None:
    tree = ast.parse("class C:\n    def m(self):\n        def inner(x):\n            return x if x else 0\n")
    assert {name: complexity(function) for name, function in functions(tree)} == {"C.m": 1, "C.m.inner": 2}


def test_no_function_is_over_the_complexity_limit() -> None:
    measured = _complexities()
    over = {name: value for name, value in measured.items() if value > MAX_COMPLEXITY}
    unexpected = {name: value for name, value in over.items() if name not in KNOWN_COMPLEX}
    assert unexpected == {}, f"split functions over cyclomatic complexity {MAX_COMPLEXITY} into named helpers"
    fixed = sorted(name for name in KNOWN_COMPLEX if over.get(name) is None)
    assert fixed == [], "remove these functions from KNOWN_COMPLEX: they are within the limit now (or gone)"
