"""Fast paths agree with what they stand in for (issue 17).

Each speed change that replaces a library call or a plain loop by a table or a shortcut is
checked here against the original: the same answer on the inputs that matter and on generated
ones. No timing is asserted (speed lives in ``benchmarks/``).
"""

from __future__ import annotations

import functools

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse.lexicon.mojibake import PLAUSIBLE_SYMBOLS
from policyparse.lexicon.normalisation import RECOVERABLE_WORDS
from policyparse.normalize.script import (
    TRADITIONAL_OF_RESTORED,
    chinese_plausibility,
    common_han,
    plainly_chinese,
)


def test_every_restorable_character_has_opencc_s2t_form_in_the_table() -> None:
    converter = opencc.OpenCC("s2t")
    for char in set(RECOVERABLE_WORDS.values()):
        assert char in TRADITIONAL_OF_RESTORED, f"{char} restorable but not in the table"
        assert TRADITIONAL_OF_RESTORED[char] == converter.convert(char)


def _plausibility_by_loop(text: str) -> float:
    """The original per-character loop of chinese_plausibility."""
    simplified, traditional = common_han("gb2312"), common_han("big5")
    good_simplified = good_traditional = 0.0
    counted = 0
    for char in text:
        if char < "\x80" or char == "\ufffd":
            continue
        counted += 1
        if any(low <= ord(char) <= high for low, high in PLAUSIBLE_SYMBOLS):
            good_simplified += 1.0
            good_traditional += 1.0
        elif "\u4e00" <= char <= "\u9fff":
            good_simplified += 1.0 if char in simplified else 0.25
            good_traditional += 1.0 if char in traditional else 0.25
    return round(max(good_simplified, good_traditional) / counted, 3) if counted else 1.0


SAMPLES = [
    "国务院关于印发通知，2012年",
    "國務院關於印發通知",
    "дЄ≠еНОдЇЇж∞С",
    "鍙戝睍鏀归潻濮斿憳浼�",
    "å‘å±•æ”¹é©",
    "国國务務",
    "锟斤拷锟斤拷",
    "",
    "plain ASCII",
    "①⑴㈠★ ×÷°℃",
    "\ufffd\ufffd",
    "\uf900\u3400\U00020000",
]


def test_plausibility_matches_the_per_character_loop_on_samples() -> None:
    for text in SAMPLES:
        assert chinese_plausibility(text) == _plausibility_by_loop(text), text


def test_plausibility_matches_the_per_character_loop_on_real_lines() -> None:
    """Every line of the dev and noise fixtures (sound text, rare characters, mojibake)."""
    from pathlib import Path

    root = Path(__file__).parent / "fixtures"
    lines = {
        line
        for path in sorted([*(root / "dev").glob("*.txt"), *(root / "noise").rglob("*.txt")])
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if not line.isascii()
    }
    assert len(lines) > 1000
    for line in sorted(lines):
        assert chinese_plausibility(line) == _plausibility_by_loop(line), line


def test_the_plausibility_floor_is_a_lower_bound_on_real_lines() -> None:
    """Each script's floor is at most the plausibility, and equal to it on a plainly Chinese line."""
    from pathlib import Path

    from policyparse.normalize.script import SCRIPTS, plausibility_floor

    root = Path(__file__).parent / "fixtures"
    lines = {
        line
        for path in sorted([*(root / "dev").glob("*.txt"), *(root / "noise").rglob("*.txt")])
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    }
    for line in sorted(lines):
        exact = chinese_plausibility(line)
        floors = [plausibility_floor(line, codec) for codec in SCRIPTS]
        assert max(floors) <= exact, line
        if plainly_chinese(line):
            assert max(floors) == exact == 1.0


_CHARS = st.one_of(
    st.sampled_from(sorted(common_han("gb2312"))[:300] + sorted(common_han("big5"))[:300]),
    st.characters(min_codepoint=0x2000, max_codepoint=0x33FF),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x00, max_codepoint=0x4FF),
    st.sampled_from(["\ufffd", "\uff01", "\uf900"]),
)


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=40))
def test_plausibility_matches_the_per_character_loop(text: str) -> None:
    from policyparse.normalize.script import SCRIPTS, plausibility_floor

    assert chinese_plausibility(text) == _plausibility_by_loop(text)
    assert all(plausibility_floor(text, codec) <= _plausibility_by_loop(text) for codec in SCRIPTS)
    assert plainly_chinese(text) == (_plausibility_by_loop(text) == 1.0 and _fully_plain(text))


def _fully_plain(text: str) -> bool:
    """Every character scores in full for one script (the shortcut's condition)."""

    def full(char: str, script: frozenset[str]) -> bool:
        if char < "\x80" or char == "\ufffd":
            return True
        if any(low <= ord(char) <= high for low, high in PLAUSIBLE_SYMBOLS):
            return True
        return "\u4e00" <= char <= "\u9fff" and char in script

    return all(full(c, common_han("gb2312")) for c in text) or all(full(c, common_han("big5")) for c in text)


# ------------------------------------------------------------------ the organ segmenter


@functools.lru_cache(maxsize=1)
def _jieba_organ_tokenizer() -> object:
    import logging
    from importlib import resources

    import jieba

    jieba.setLogLevel(logging.WARNING)
    path = resources.files("policyparse.lexicon").joinpath("agencies.txt")
    with resources.as_file(path) as real_path:
        tokenizer = jieba.Tokenizer(dictionary=str(real_path))
        tokenizer.initialize()
    return tokenizer


def _fixture_pieces() -> list[str]:
    """Every clause (between punctuation) of the dev fixtures, and the dictionary's own words."""
    import re
    from pathlib import Path

    from policyparse.tokenizer import organ_dictionary

    pieces = list(organ_dictionary())
    for path in sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt")):
        pieces += [p for p in re.split(r"[，。；：、\n]", path.read_text(encoding="utf-8")) if p][:400]
    return pieces


def test_organ_segmenter_cuts_as_jieba_does_on_the_fixtures() -> None:
    from policyparse.tokenizer import organ_tokenizer

    reference = _jieba_organ_tokenizer()
    ours = organ_tokenizer()
    pieces = _fixture_pieces()
    assert len(pieces) > 2000
    for piece in pieces:
        assert ours.lcut(piece, HMM=False) == reference.lcut(piece, HMM=False), piece  # type: ignore[attr-defined]


_ORGAN_CHARS = st.one_of(
    st.sampled_from("国务院办公厅省市县人民政府发展改革委财政教育局牵头负责配合各有关部门和及"),
    st.sampled_from("abcXYZ0123 .-_%#&+\t\r\n（）、，"),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
)


@settings(max_examples=300, deadline=None)
@given(st.text(_ORGAN_CHARS, max_size=30))
def test_organ_segmenter_cuts_as_jieba_does(text: str) -> None:
    from policyparse.tokenizer import organ_tokenizer

    reference = _jieba_organ_tokenizer()
    assert organ_tokenizer().lcut(text, HMM=False) == reference.lcut(text, HMM=False)  # type: ignore[attr-defined]


def test_a_parse_does_not_import_jieba() -> None:
    import subprocess
    import sys
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "dev"
    probe = (
        "import sys, policyparse\n"
        "for p in sys.argv[1:]: policyparse.parse_file(p)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jieba', 'typer', 'rich')))"
    )
    paths = [str(p) for p in sorted(fixture.glob("*.txt"))]
    done = subprocess.run([sys.executable, "-c", probe, *paths], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_parse_verb_loads_neither_the_other_verbs_nor_the_worker_pool() -> None:
    """``policyparse parse FILE`` builds its own verb only and no process pool; it prints the same."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    fixture = str(Path(__file__).parent / "fixtures" / "dev" / "000.txt")
    probe = (
        "import sys, json\n"
        "from policyparse.cli.app import run\n"
        "code = run(sys.argv[1:])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('policyparse.cli.', 'multiprocessing',"
        " 'concurrent', 'policyparse.batch.pool')))\n"
        "print(json.dumps({'code': code, 'loaded': loaded}), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe, "parse", fixture], capture_output=True, text=True)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] == 0
    assert report["loaded"] == [
        f"policyparse.cli.{name}"
        for name in ("app", "common", "inputs", "memory", "options", "output", "parse_cmd", "parse_run")
    ]
    from policyparse import parse_file

    assert json.loads(done.stdout) == json.loads(parse_file(fixture).model_dump_json())


# ------------------------------------------------------------------ the deadline scan


def _fixture_sentences() -> list[str]:
    """Every sentence of the dev fixtures and of the report fixtures, normalised."""
    from pathlib import Path

    from policyparse.document import Document

    out: list[str] = []
    root = Path(__file__).parent / "fixtures"
    for path in sorted([*(root / "dev").glob("*.txt"), *(root / "report").rglob("*.txt")]):
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        out += [doc.norm[s.start : s.end] for s in doc.all_sentences]
    return out


def _scans(texts: list[str]) -> list[object]:
    import datetime as dt

    from policyparse.stages.targets.deadlines import scan

    out: list[object] = []
    for text in texts:
        for anchor in (None, dt.date(2021, 3, 1)):
            result = scan(text, anchor=anchor)
            out.append((result.found, result.problems))
    return out


def test_the_scan_skips_only_patterns_that_cannot_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pattern runs only on sentences holding one of its required characters; running every
    pattern on every sentence finds the same expressions and problems."""
    from policyparse.stages.targets import deadlines

    texts = _fixture_sentences() + list(_DATE_SAMPLES)
    assert len(texts) > 2000
    skipping = _scans(texts)
    monkeypatch.setattr(deadlines, "_patterns_for", _every_pattern)
    assert _scans(texts) == skipping


def _every_pattern(present: frozenset[str]) -> tuple[bool, bool, tuple[tuple[object, object], ...], bool]:
    """The scan's plan with no pattern skipped."""
    from policyparse.stages.targets import deadlines

    return True, True, tuple((pattern, reader) for pattern, reader, _ in deadlines._READERS), True


_DATE_SAMPLES = (
    "年内完成建设",
    "上半年完成",
    "6月底前完成",
    "今后3年",
    "到2025年底前完成，今年下半年启动",
    "元旦前、国庆节之前、“十一”前完成",
    "本世纪中叶建成，“十四五”期间，第十四个五年规划",
    "今后五年，用3年时间，力争用2-3年时间",
    "2021年6月至12月，本年4—6月，下个月底前",
    "第一季度末，年内，全年开行3000列以上",
    "20255年，2019—2021年，1997年4—6月",
)

_DATE_CHARS = st.one_of(
    st.sampled_from("年月日底末内前后来全半季度世纪中叶第五个十四三二一今本明下上旬号至到—-~之以用时间期"),
    st.sampled_from("0123456789 ，。“”《》（）"),
)


def _required_chars_hold(texts: list[str]) -> set[object]:
    """The patterns that match one of ``texts``; fails if one matches text without its characters."""
    from policyparse.stages.targets.deadlines import REQUIRED_CHARS

    matched: set[object] = set()
    for text in texts:
        for pattern, chars in REQUIRED_CHARS.items():
            if pattern.search(text) is not None:
                matched.add(pattern)
                assert not chars.isdisjoint(text), (pattern, text)
    return matched


def test_every_match_holds_a_required_character() -> None:
    from policyparse.grammar.dates import TRIGGER_CHARS
    from policyparse.stages.targets.deadlines import REQUIRED_CHARS, TIME_CHARS

    assert _required_chars_hold(_fixture_sentences() + list(_DATE_SAMPLES)) == set(REQUIRED_CHARS)
    # the scan plans its patterns from a sentence's characters of TIME_CHARS, and skips a
    # sentence with none of TRIGGER's (one of which every time expression holds)
    assert frozenset().union(*REQUIRED_CHARS.values()) <= TIME_CHARS
    assert TRIGGER_CHARS <= TIME_CHARS


@settings(max_examples=300, deadline=None)
@given(st.text(_DATE_CHARS, max_size=24))
def test_every_match_holds_a_required_character_generated(text: str) -> None:
    _required_chars_hold([text])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_DATE_CHARS, max_size=24), min_size=1, max_size=4))
def test_the_scan_skips_only_patterns_that_cannot_match_generated(texts: list[str]) -> None:
    from policyparse.stages.targets import deadlines

    skipping = _scans(texts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(deadlines, "_patterns_for", _every_pattern)
        assert _scans(texts) == skipping


# ------------------------------------------------------------------ segments kept as offsets


def test_segments_read_like_the_list_they_store(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from policyparse import document, segment
    from policyparse.segment import Segment, Segments

    monkeypatch.setattr(document, "COMPACT_FROM", 0)
    path = Path(__file__).parent / "fixtures" / "dev" / "000.txt"
    doc = document.Document.from_text(path.read_text(encoding="utf-8"))
    listed = segment.lines(doc.norm)
    kept = doc.lines
    assert isinstance(kept, Segments)
    assert len(kept) == len(listed) > 10
    assert list(kept) == listed and kept == listed and kept == Segments(listed)
    assert [kept[i] for i in range(-len(listed), len(listed))] == listed + listed
    for part in (slice(1, None), slice(None, -3), slice(None, -4, -1), slice(2, 9, 3)):
        assert kept[part] == listed[part]
    assert doc.all_sentences == [s for p in doc.paragraphs for s in segment.sentences(doc.norm, p)]
    assert not Segments() and Segments([Segment(3, 5)])[0] == Segment(3, 5)


def test_a_document_kept_as_offsets_parses_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Large documents keep lines and sentences as offsets; forced on, every fixture parses the same."""
    from pathlib import Path

    from policyparse import document, parse

    paths = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    as_lists = [parse(text).to_json() for text in texts]
    monkeypatch.setattr(document, "COMPACT_FROM", 0)
    assert [parse(text).to_json() for text in texts] == as_lists


# ------------------------------------------------------------------ run-on lines


def _joints_both_ways(text: str) -> tuple[list[int], list[int]]:
    from policyparse import segment

    line = segment.Segment(0, len(text))
    found = segment.run_on_joints(text, line)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segment, "_may_repeat_title", lambda norm, start, end: True)
        return found, segment.run_on_joints(text, line)


def test_the_title_repeat_test_keeps_every_joint() -> None:
    from pathlib import Path

    from policyparse.document import Document

    title = "某市人民政府办公室关于印发某市数字政府建设实施方案的通知"
    samples = [
        f"{title}{title}各区人民政府：现印发给你们。",
        f"某市人民政府网站{title}某政办发〔2021〕5号{title}各区县：",
        f"{title}。{title}",
    ]
    root = Path(__file__).parent / "fixtures"
    for path in sorted([*(root / "blind").rglob("*.txt"), *(root / "dev").glob("*.txt")]):
        norm = Document.from_text(path.read_text(encoding="utf-8")).norm
        samples.append(norm[:600])
    repeats = 0
    for text in samples:
        found, reference = _joints_both_ways(text)
        assert found == reference, text[:60]
        repeats += found != _joints_without_title_repeat(text)
    assert repeats >= 2  # the samples do exercise the pattern


def _joints_without_title_repeat(text: str) -> list[int]:
    from policyparse import segment

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segment, "_may_repeat_title", lambda norm, start, end: False)
        return segment.run_on_joints(text, segment.Segment(0, len(text)))


_TITLE_CHARS = st.one_of(
    st.sampled_from(
        ["通知", "意见", "实施方案", "办法", "关于", "印发", "某市", "人民政府", "，", "。", "："]
    ),
    st.sampled_from("某市区县关于加强数字建设的"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TITLE_CHARS, max_size=40))
def test_the_title_repeat_test_keeps_every_joint_generated(pieces: list[str]) -> None:
    text = "".join(pieces)
    found, reference = _joints_both_ways(text + text)
    assert found == reference


# ------------------------------------------------------------------ sections holding an offset


def test_the_section_index_finds_what_a_scan_of_every_heading_finds() -> None:
    from pathlib import Path

    from policyparse import parse
    from policyparse.stages.targets.sections import SectionIndex

    root = Path(__file__).parent / "fixtures"
    checked = titles = 0
    for path in sorted([*(root / "dev").glob("*.txt"), *(root / "report").rglob("*.txt")]):
        notice = parse(path.read_text(encoding="utf-8"))
        index = SectionIndex(notice.headings)
        marks = {h.start for h in notice.headings} | {h.section_end for h in notice.headings}
        offsets = {o + d for o in marks for d in (-1, 0, 1)} | set(range(0, len(notice.text), 97))
        for offset in sorted(offsets):
            scanned = [h for h in notice.headings if h.start <= offset < h.section_end]
            expected = sorted(scanned, key=lambda h: h.level, reverse=True)
            assert list(index.enclosing(offset)) == expected, (path.name, offset)
            checked += bool(expected)
            for length in (1, 8, 30):
                covered = any(
                    h.start <= offset and offset + length <= h.title_end + 1 for h in notice.headings
                )
                assert index.in_title(offset, offset + length) == covered, (path.name, offset, length)
                titles += covered
    assert checked > 1000 and titles > 100


# ------------------------------------------------------------------ footprint


def _tradition_fixture_text() -> str:
    from pathlib import Path

    paths = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))[:12]
    simplified = "\n".join(path.read_text(encoding="utf-8") for path in paths)
    return str(opencc.OpenCC("s2t").convert(simplified))


def test_a_long_text_converts_in_pieces_as_it_does_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces cut at line breaks give OpenCC's conversion of the whole text, character for character."""
    from policyparse.normalize import script

    text = _tradition_fixture_text()
    whole = script._to_simplified(text)
    assert whole != text and len(whole) == len(text)
    monkeypatch.setattr(script, "CONVERT_PIECE", 300)
    assert script.to_simplified(text) == whole
    assert script.to_simplified(text.replace("\n", "")) == whole.replace("\n", "")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["國務院", "關於", "發展", "\n", "，", "網絡", "里程碑", "乾隆", "後"]), max_size=60
    )
)
def test_pieces_convert_as_the_whole_generated(words: list[str]) -> None:
    from policyparse.normalize import script

    text = "".join(words)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(script, "CONVERT_PIECE", 5)
        assert script.to_simplified(text) == script._to_simplified(text)


def test_equal_fields_sets_are_shared_and_copied_before_a_change() -> None:
    """Elements share their set of explicitly set names; setting a new field copies it first."""
    from pathlib import Path

    from policyparse import parse

    text = (Path(__file__).parent / "fixtures" / "dev" / "000.txt").read_text(encoding="utf-8")
    notice = parse(text)
    headings = notice.headings
    assert len({id(h.model_fields_set) for h in headings}) < len(headings) / 4
    target = next(t for t in notice.tasks if set(type(t).model_fields) - t.model_fields_set)
    unset = sorted(set(type(target).model_fields) - target.model_fields_set)[0]
    others = [t for t in notice.tasks if t is not target and t.model_fields_set == target.model_fields_set]
    assert others and all(t.model_fields_set is target.model_fields_set for t in others)
    before = target.model_dump(exclude_unset=True)
    setattr(target, unset, getattr(target, unset))
    assert unset in target.model_fields_set
    assert all(unset not in t.model_fields_set for t in others)
    assert set(target.model_dump(exclude_unset=True)) == {*before, unset}
    assert target.model_copy().model_fields_set == target.model_fields_set


def test_the_word_table_reads_as_its_lines_say() -> None:
    """The whole-string read of lexicon/words.tsv.gz gives what reading it line by line gives."""
    import gzip
    from importlib import resources

    from policyparse.stages.tasks import words

    raw = resources.files("policyparse.lexicon").joinpath("words.tsv.gz").read_bytes()
    by_line: dict[str, str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, kind = line.split("\t")
            by_line[word] = {"n": "vn"}.get(kind, kind)
    table = words.built_table()
    assert table == by_line and len(table) > 100_000
    assert table["保障"] == "v" and words.table()["保障"] == "v"


def test_the_program_holds_the_mmap_threshold_for_large_inputs_only() -> None:
    import platform
    import sys

    from policyparse.cli.memory import LARGE_INPUT, hold_mmap_threshold

    assert hold_mmap_threshold(LARGE_INPUT - 1) is False
    if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
        assert hold_mmap_threshold(LARGE_INPUT) is True


def test_a_character_simplified_out_of_the_plane_keeps_its_place_in_the_view() -> None:
    """OpenCC's 頔 → 𬱖 (CJK Extension E) is left as 頔 in the matching view; the rest is simplified."""
    import sys

    from policyparse.document import Document
    from policyparse.normalize.script import to_simplified

    assert to_simplified("頔") == "\U0002cc56"
    text = "國務院關於頔的通知\n" * 50
    view = Document.from_text(text).view
    assert view.norm == text.replace("國務院關於", "国务院关于")
    assert sys.getsizeof(view.norm) < 3 * len(view.norm)  # two bytes a character, not four


# ------------------------------------------------------------------ sentences in one pass


def _pieces_trimmed(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences the long way: cut after each sentence end, then trim each piece."""
    from policyparse.grammar.text import SENTENCE_END

    spaces = " \t\r\n"
    cuts = [m.end() for m in SENTENCE_END.finditer(norm, start, end)]
    out: list[tuple[int, int]] = []
    for lo, hi in zip([start, *cuts], [*cuts, end], strict=True):
        while lo < hi and norm[lo] in spaces:
            lo += 1
        while hi > lo and norm[hi - 1] in spaces:
            hi -= 1
        if hi > lo:
            out.append((lo, hi))
    return out


def _one_pass(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    from policyparse.segment import Segment, sentences

    return [(s.start, s.end) for s in sentences(norm, Segment(start, end))]


def test_sentences_in_one_pass_are_the_trimmed_pieces() -> None:
    """Every paragraph of the fixtures splits into the same sentences as cutting and trimming."""
    from pathlib import Path

    from policyparse.document import Document

    root = Path(__file__).parent / "fixtures"
    compared = 0
    for path in sorted([*(root / "dev").glob("*.txt"), *(root / "report").rglob("*.txt")]):
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        for p in doc.paragraphs:
            expected = _pieces_trimmed(doc.norm, p.start, p.end)
            assert _one_pass(doc.norm, p.start, p.end) == expected, doc.norm[p.start : p.end]
            compared += len(expected)
    assert compared > 3000


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("。；！？”’）」』\"' \t\r\n\u3000甲乙a1，"), max_size=30), st.data())
def test_sentences_in_one_pass_are_the_trimmed_pieces_generated(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    padded = "前" + text + "后"  # the window does not reach the ends of the string
    assert _one_pass(padded, start + 1, end + 1) == _pieces_trimmed(padded, start + 1, end + 1)
