"""The long property run: the suite's properties over ≥ 100,000 generated inputs.

Uses the strategies of ``tests/test_properties.py`` (Chinese-heavy documents built from
markers, digits, brackets, control characters and snippets; any Unicode text; documents with
lone surrogates) and checks every property of each parse: no
exception, no E901 diagnostic, offsets inside the text, JSON valid (every tenth example against
the JSON Schema with jsonschema, the others by a round trip through the pydantic model the
schema is generated from, which is fifty times cheaper), blocks tiling the text. Failures are recorded and the run goes on (hypothesis is used as a generator,
without shrinking), so the report counts them; the smallest failing input of each kind is kept.

Work is split over processes (``--jobs``, default the usable cores). Run:
``python benchmarks/properties_long.py --examples 100000``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS  # noqa: E402

#: strategy name → share of the examples (short documents keep 100,000 examples within minutes;
#: the suite's full-size documents, up to several thousand characters, are a share of their own)
MIX = {"short_documents": 0.65, "documents": 0.05, "any_text": 0.2, "surrogates": 0.1}
MIN_CHARS_FOR_RATE = 200
#: Every n-th example is validated with jsonschema (slow, pure Python); the others are
#: round-tripped through the pydantic model the schema is generated from.
SCHEMA_EVERY = 10


def check_cheap(text: str, notice: Any) -> None:
    """The properties of ``check_notice`` with a pydantic round trip instead of jsonschema."""
    from tests.helpers import assert_offsets_hold

    from policyparse.models import Notice

    assert notice.text == text
    assert_offsets_hold(notice)
    crashes = [d.message for d in notice.diagnostics if d.code == "E901"]
    assert not crashes, f"a stage crashed: {crashes}"
    # Notice.to_json is the product's serialiser (it escapes lone surrogates, which
    # model_dump_json refuses); the round trip goes through Python's JSON reader for that reason.
    assert Notice.model_validate(json.loads(notice.to_json())) == notice


def _retime(parse: Any, text: str, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        parse(text)
        best = min(best, time.perf_counter() - start)
    return best


def _strategies() -> dict[str, Any]:
    from hypothesis import strategies as st
    from tests.test_properties import any_text, chunk, documents

    short_documents = st.lists(st.tuples(chunk, st.integers(1, 4)), max_size=6).map(
        lambda parts: "".join(text * times for text, times in parts)
    )
    surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
    with_surrogates = st.tuples(documents, surrogate, st.integers(0, 10_000)).map(
        lambda t: t[0][: t[2] % (len(t[0]) + 1)] + t[1] + t[0][t[2] % (len(t[0]) + 1) :]
    )
    return {
        "short_documents": short_documents,
        "documents": documents,
        "any_text": any_text,
        "surrogates": with_surrogates,
    }


def signature(error: BaseException) -> str:
    """Exception type and the innermost frame: one key per bug, whatever the input."""
    import traceback

    frames = traceback.extract_tb(error.__traceback__)
    place = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    first_line = str(error).splitlines()[0] if str(error) else ""
    if isinstance(error, AssertionError):
        return f"property violated: {first_line[:90]}"
    return f"{type(error).__name__} at {place}"


def explore(name: str, examples: int, seed: int) -> dict[str, Any]:
    """Generate ``examples`` inputs of strategy ``name`` and check each; the tallies."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed
    from tests.test_properties import check_blocks, check_notice

    from policyparse import parse

    parse("一、总体要求\n")  # warm-up
    out: dict[str, Any] = {"strategy": name, "tried": 0, "chars": 0, "failures": {}, "slowest": None}

    def fail(kind: str, text: str) -> None:
        entry = out["failures"].setdefault(kind, {"count": 0, "smallest": None})
        entry["count"] += 1
        if entry["smallest"] is None or len(text) < len(entry["smallest"]):
            entry["smallest"] = text

    @hypothesis_seed(seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(_strategies()[name])
    def check(text: str) -> None:
        out["tried"] += 1
        out["chars"] += len(text)
        try:
            check_blocks(text)
        except AssertionError as error:
            fail(f"blocks: {signature(error)}", text)
        start = time.perf_counter()
        try:
            notice = parse(text)
        except Exception as error:
            fail(signature(error), text)
            return
        seconds = time.perf_counter() - start
        if len(text) >= MIN_CHARS_FOR_RATE:
            rate = seconds / len(text) * 1e6
            if out["slowest"] is None or rate > out["slowest"]["us_per_char"]:
                seconds = min(seconds, _retime(parse, text))  # a GC pause or a busy core is not the input
                rate = seconds / len(text) * 1e6
            if out["slowest"] is None or rate > out["slowest"]["us_per_char"]:
                out["slowest"] = {"us_per_char": rate, "chars": len(text), "seconds": seconds, "text": text}
        try:
            if out["tried"] % SCHEMA_EVERY == 0:
                check_notice(text, notice)  # the suite's full check, JSON Schema included
            else:
                check_cheap(text, notice)
        except Exception as error:
            fail(signature(error), text)

    check()
    print(f"  {name}: {out['tried']} examples done", file=sys.stderr, flush=True)
    return out


def merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Pool the tallies of the workers."""
    total: dict[str, Any] = {"tried": 0, "chars": 0, "by_strategy": {}, "failures": {}, "slowest": None}
    for part in parts:
        total["tried"] += part["tried"]
        total["chars"] += part["chars"]
        total["by_strategy"][part["strategy"]] = total["by_strategy"].get(part["strategy"], 0) + part["tried"]
        for kind, entry in part["failures"].items():
            key = f"[{part['strategy']}] {kind}"
            pooled = total["failures"].setdefault(key, {"count": 0, "smallest": None})
            pooled["count"] += entry["count"]
            if pooled["smallest"] is None or len(entry["smallest"]) < len(pooled["smallest"]):
                pooled["smallest"] = entry["smallest"]
        slowest = part["slowest"]
        if slowest and (total["slowest"] is None or slowest["us_per_char"] > total["slowest"]["us_per_char"]):
            total["slowest"] = slowest | {"strategy": part["strategy"]}
    return total


def run(examples: int = 100_000, jobs: int | None = None, chunk: int = 1_000) -> dict[str, Any]:
    """Run the mix over ``jobs`` processes in chunks of ``chunk`` examples."""
    jobs = jobs or len(os.sched_getaffinity(0))
    tasks = []
    seed = 0
    for name, share in MIX.items():
        remaining = round(examples * share)
        while remaining > 0:
            size = min(chunk, remaining)
            tasks.append((name, size, seed))
            remaining -= size
            seed += 1
    start = time.monotonic()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(explore, *zip(*tasks, strict=True)))
    result = merge(parts)
    result["seconds"] = time.monotonic() - start
    result["jobs"] = jobs
    return result


def report(result: dict[str, Any]) -> str:
    """A short text report."""
    lines = [
        f"{result['tried']:,} inputs ({', '.join(f'{k} {v:,}' for k, v in result['by_strategy'].items())}), "
        f"{result['chars']:,} characters, in {result['seconds']:.0f} s on {result['jobs']} processes.",
        f"Failures: {sum(e['count'] for e in result['failures'].values())}",
    ]
    for kind, entry in result["failures"].items():
        smallest = entry["smallest"].encode("unicode_escape").decode("ascii")
        lines.append(
            f"- {entry['count']}× {kind}; smallest input ({len(entry['smallest'])} chars): {smallest[:80]!r}"
        )
    slowest = result["slowest"]
    if slowest:
        head = slowest["text"][:60].encode("unicode_escape").decode("ascii")
        lines.append(
            f"Slowest input per character: {slowest['us_per_char']:.1f} µs/char "
            f"({slowest['chars']} chars, {slowest['seconds'] * 1e3:.0f} ms, {slowest['strategy']}): {head!r}"
        )
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=None)
    options = parser.parse_args()
    result = run(options.examples, options.jobs)
    print(report(result))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "properties_long.json").write_text(json.dumps(result, indent=2, default=str))


if __name__ == "__main__":
    main()
