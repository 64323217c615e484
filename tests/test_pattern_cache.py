"""The cache of compiled patterns (issue 17): what it gives back matches as a fresh compile,
and nothing wrong with its file or its directory changes a parse or stops one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from policyparse.grammar import _compile
from policyparse.grammar._cache import PatternCache, cache_file, open_cache
from tests.helpers import FIXTURES

DEV = sorted((FIXTURES / "dev").glob("*.txt"))[:8]

#: Parses the files given and prints the JSON of each, and how many patterns this process
#: compiled (and added to the cache) rather than read from it, as the last line.
PROBE = (
    "import sys, json, policyparse\n"
    "from policyparse.grammar import _compile\n"
    "out = [policyparse.parse_file(p).to_json() for p in sys.argv[1:]]\n"
    "print(json.dumps(out))\n"
    "print(len(_compile._CACHE[0]._new) if _compile._CACHE else -1)\n"
)


def _run(cache_dir: str) -> tuple[list[str], int]:
    env = {**os.environ, "POLICYPARSE_CACHE_DIR": cache_dir}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *map(str, DEV)], capture_output=True, text=True, env=env, check=True
    )
    outputs, compiled = done.stdout.rstrip("\n").rsplit("\n", 1)
    return json.loads(outputs), int(compiled)


def test_a_second_process_reads_every_pattern_and_parses_the_same(tmp_path: Path) -> None:
    first, compiled_first = _run(str(tmp_path))
    files = list(tmp_path.iterdir())
    assert [f.name for f in files] == [cache_file(tmp_path).name]
    assert files[0].stat().st_mode & 0o077 == 0
    second, compiled_second = _run(str(tmp_path))
    uncached, _ = _run("")
    assert compiled_first > 100 and compiled_second == 0
    assert first == second == uncached
    assert list(tmp_path.iterdir()) == files


def test_an_empty_directory_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICYPARSE_CACHE_DIR", "")
    cache = open_cache()
    assert cache.path is None
    compiled = regex.compile("到(?P<y>20\\d\\d)年")
    cache.add(compiled.pattern, 0, compiled)
    cache.save()
    assert cache.get(compiled.pattern, 0) is None


def test_every_pattern_read_back_is_the_pattern_compiled(tmp_path: Path) -> None:
    """Each declared pattern, pickled and read back, matches the fixture texts as it did."""
    import pkgutil

    import policyparse.grammar as grammar

    for module in pkgutil.walk_packages(grammar.__path__, "policyparse.grammar."):
        __import__(module.name)
    declared = [p for p in _compile.REGISTRY if not p.plain]
    writer = PatternCache(tmp_path / "patterns.pickle")
    fresh = [regex.compile(p.source, p.flags) for p in declared]
    for lazy, compiled in zip(declared, fresh, strict=True):
        writer.add(lazy.source, lazy.flags, compiled)
    writer.save()
    reader = PatternCache(tmp_path / "patterns.pickle")
    texts = [path.read_text(encoding="utf-8") for path in DEV[:3]]
    for lazy, compiled in zip(declared, fresh, strict=True):
        cached = reader.get(lazy.source, lazy.flags)
        assert cached is not None and cached.pattern == compiled.pattern and cached.flags == compiled.flags
        if isinstance(lazy.source, str):
            for text in texts:
                assert [m.span() + m.groups() for m in cached.finditer(text)] == [
                    m.span() + m.groups() for m in compiled.finditer(text)
                ]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "shared", "not a dict"])
def test_a_damaged_or_foreign_file_is_compiled_around(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "patterns.pickle"
    compiled = regex.compile("(?P<n>\\d+)项")
    writer = PatternCache(path)
    writer.add(compiled.pattern, 0, compiled)
    writer.save()
    good = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x80\x05not a pickle")
    elif damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "shared":
        path.chmod(0o666)
    else:
        import pickle

        path.write_bytes(pickle.dumps(["a list"]))
    assert PatternCache(path).get(compiled.pattern, 0) is None
    if damage != "shared":
        again = PatternCache(path)
        again.add(compiled.pattern, 0, compiled)
        again.save()
        assert PatternCache(path).get(compiled.pattern, 0).search("共12项").group("n") == "12"


def test_an_entry_for_another_source_is_not_used(tmp_path: Path) -> None:
    import pickle

    path = tmp_path / "patterns.pickle"
    path.write_bytes(pickle.dumps({("a+", 0): pickle.dumps(regex.compile("b+"))}))
    path.chmod(0o600)
    assert PatternCache(path).get("a+", 0) is None


def test_a_directory_that_cannot_be_made_leaves_the_parse_alone(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    outputs, compiled = _run(str(blocker / "cache"))
    uncached, _ = _run("")
    assert outputs == uncached and compiled > 100
    assert blocker.read_text(encoding="utf-8") == "not a directory"
