"""Property tests: :func:`policyparse.parse` is total, keeps offsets inside the text, emits JSON
that validates against the published schema, and the input blocks tile the text.

Bounded in the suite (``MAX_EXAMPLES`` per property, no deadline); the long run with
≥ 100,000 examples is ``benchmarks/properties_long.py``. Known failures found by these
properties are pinned below as ``xfail(strict=True)`` reproducers: when the owner fixes one,
its test starts passing and the strict marker turns that into a failure, so the marker is
removed together with the bug.
"""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import pairwise
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyparse import parse
from policyparse.io import InputError, load_bytes
from policyparse.models import Notice
from policyparse.schema import notice_schema
from policyparse.segment import blocks
from tests.helpers import assert_offsets_hold

MAX_EXAMPLES = 200
PROPERTY_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    derandomize=True,
)

#: Characters policy documents are made of (a common sample), used to weight the alphabet.
POLICY_HAN = (
    "国务院关于印发新一代人工智能发展规划的通知各省自治区直辖市人民政府部委直属机构现将同意"
    "请认真贯彻执行到年底前完成建设推进加快实施方案意见办法总体要求指导思想基本原则主要目标"
    "重点任务保障措施组织领导责任单位牵头配合负责市县区厅局委办教育财政发展改革住房城乡"
    "國務院關於發展規劃通知應當實現覆蓋萬億億元個百分點以上不低于达到力争全面提升优化"
)
MARKERS = (
    "一、",
    "（一）",
    "(二)",
    "1.",
    "2、",
    "（1）",
    "①",
    "⑩",
    "第一章",
    "第二节",
    "第一条",
    "第十二条",
    "一是",
    "——",
)
DIGITS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两"
BRACKETS = "（）()〔〕[]【】《》“”‘’「」<>{}"
PUNCT = "，。；：、！？…—·%‰～~-/ \t　"
CONTROL = (
    "".join(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x85))
    + "\u2028\u2029\ufeff\u200b\ufffd"
)
NEWLINES = ("\n", "\r\n", "\r", "\n\n")
SNIPPETS = (
    "到2025年，",
    "2020年底前",
    "“十四五”期间",
    "二〇一九年二月十九日",
    "国发〔2017〕35号",
    "冀政办字[2019]1号",
    "推進(jìn)",
    "?qǐng)",
    "88.5%",
    "3541.07万元",
    "（省发展改革委牵头，省财政厅配合）",
    "责任单位：省教育厅、省财政厅",
    "附件：1.",
    "<p>",
    "##",
    "用3年时间",
)

han = st.one_of(
    st.sampled_from(POLICY_HAN),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x3400, max_codepoint=0x4DBF),
)
token = st.one_of(
    st.text(han, min_size=1, max_size=12),
    st.text(han, min_size=1, max_size=12),
    st.text(han, min_size=1, max_size=12),
    st.sampled_from(MARKERS),
    st.sampled_from(SNIPPETS),
    st.text(st.sampled_from(DIGITS), min_size=1, max_size=8),
    st.sampled_from(BRACKETS),
    st.sampled_from(PUNCT),
    st.sampled_from(CONTROL),
    st.sampled_from(NEWLINES),
    st.characters(blacklist_categories=("Cs",)),
)
#: A stretch of text: a few tokens.
chunk = st.lists(token, max_size=40).map("".join)
#: Chinese-heavy documents of up to a few thousand characters: chunks, some repeated (which is
#: how hypothesis reaches long inputs within its entropy budget, and how real documents look:
#: runs of similar numbered paragraphs).
documents = st.lists(st.tuples(chunk, st.integers(1, 20)), max_size=24).map(
    lambda parts: "".join(text * times for text, times in parts)
)
#: Any text without surrogates (all of Unicode, the control characters included).
any_text = st.lists(
    st.tuples(st.text(st.characters(blacklist_categories=("Cs",)), max_size=60), st.integers(1, 50)),
    max_size=10,
).map(lambda parts: "".join(text * times for text, times in parts))


def inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with every ``$ref`` to ``$defs`` replaced by its definition.

    Validation means the same (a ``$ref``'s sibling keywords are annotations such as
    ``default``, merged in) and runs several times faster, as no reference is resolved per
    instance. A recursive definition raises ``ValueError``.
    """
    definitions = schema.get("$defs", {})

    def inline(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                name = node["$ref"].rsplit("/", 1)[-1]
                if name in seen:
                    raise ValueError(f"recursive definition {name}")
                merged = {**definitions[name], **{k: v for k, v in node.items() if k != "$ref"}}
                return inline(merged, (*seen, name))
            return {k: inline(v, seen) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [inline(v, seen) for v in node]
        return node

    result: dict[str, Any] = inline(schema, ())
    return result


@lru_cache(maxsize=2)
def validator(inlined: bool = True) -> Any:
    """The JSON Schema validator of the published schema (built once)."""
    schema = notice_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(inline_refs(schema) if inlined else schema)


def check_notice(text: str, notice: Notice) -> None:
    """Every property of one parse."""
    assert notice.text == text
    assert_offsets_hold(notice)
    crashes = [d.message for d in notice.diagnostics if d.code == "E901"]
    assert not crashes, f"a stage crashed: {crashes}"
    data = json.loads(notice.to_json())  # the product serialiser: escapes lone surrogates
    errors = sorted(validator().iter_errors(data), key=lambda e: list(e.path))
    assert not errors, f"schema: {errors[0].message} at {list(errors[0].path)}"


def check_blocks(text: str) -> None:
    """The blocks of the input tile it: contiguous, from 0 to len(text), none empty."""
    tiling = blocks(text)
    assert tiling[0].start == 0
    assert tiling[-1].end == len(text)
    for before, after in pairwise(tiling):
        assert before.end == after.start
    assert all(b.end > b.start for b in tiling) or text == ""


@PROPERTY_SETTINGS
@given(documents)
def test_parse_is_total_on_chinese_heavy_text(text: str) -> None:
    check_notice(text, parse(text))
    check_blocks(text)


@PROPERTY_SETTINGS
@given(any_text)
def test_parse_is_total_on_any_text(text: str) -> None:
    check_notice(text, parse(text))
    check_blocks(text)


@PROPERTY_SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["doc.txt", "page.html", "noname"]))
def test_bytes_either_parse_or_fail_with_input_error(data: bytes, name: str) -> None:
    try:
        loaded = load_bytes(data, name=name)
    except InputError as error:
        assert str(error).startswith(name)
        return
    check_notice(loaded.text, parse(loaded.text, source=loaded.source, diagnostics=loaded.diagnostics))


@PROPERTY_SETTINGS
@given(st.text(st.sampled_from("\n\r\t 　一、（）第条章0123"), max_size=500))
def test_blocks_tile_whitespace_and_marker_text(text: str) -> None:
    check_blocks(text)


def test_inlined_schema_validates_like_the_published_one(dev_outputs: dict[str, dict[str, Any]]) -> None:
    def messages(instance: Any, inlined: bool) -> list[str]:
        return sorted(e.message for e in validator(inlined).iter_errors(instance))

    for doc_id in ("004", "077", "092"):
        data = dev_outputs[doc_id]
        broken = json.loads(json.dumps(data))
        broken["metadata"]["issuers"] = [1]
        broken["headings"] = [{"start": -1}]
        broken["kind"] = "poem"
        assert messages(data, True) == messages(data, False) == []
        assert messages(broken, True) == messages(broken, False)
        assert len(messages(broken, True)) >= 3


# ------------------------------------------------------------ known failures (reproducers)


def test_parse_accepts_lone_surrogates() -> None:
    notice = parse("一、总体\ud800要求\n")
    assert any(d.code == "W005" for d in notice.diagnostics)


def test_json_of_text_with_lone_surrogate() -> None:
    # A lone surrogate becomes U+FFFD when the notice is built (one for one: offsets kept), so
    # model_dump_json and Notice.to_json (the same thing) write valid UTF-8.
    assert json.loads(Notice(text="a\udc80b").to_json())["text"] == "a\ufffdb"
    notice = parse("一、总体\ud800要求\n")
    assert notice.text == "一、总体\ufffd要求\n"
    assert json.loads(notice.model_dump_json())["text"] == notice.text
