"""Keywords: filled, deterministic, in the document's script, and jieba's globals untouched."""

from __future__ import annotations

import jieba
import pytest

from policyparse import parse, parse_file
from policyparse import tokenizer as tokenizer_module
from policyparse.document import Document
from policyparse.keywords import add_keywords, extract_keywords
from policyparse.normalize import to_simplified
from tests.helpers import DEV, DEV_FILES, gold_for
from tests.test_render import RICH_TEXT, build_rich_notice

REQUIRED_TERMS = ("一网通办", "互联网+", "雪亮工程", "放管服")


def test_shipped_dictionary_has_the_policy_terms() -> None:
    words = {word for word, _, _ in tokenizer_module.dictionary_entries("terms.txt")}
    assert set(REQUIRED_TERMS) <= words
    assert tokenizer_module.dictionary_entries("no-such-dictionary.txt") == []


def test_private_tokenizer_knows_the_terms() -> None:
    words = tokenizer_module.get_tokenizer().lcut(
        "推进雪亮工程和放管服改革，深化互联网+政务服务，实现一网通办"
    )
    assert "雪亮工程" in words and "一网通办" in words
    assert "互联网+政务服务" in words or "互联网+" in words


def test_jieba_global_state_is_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    jieba.dt.check_initialized()
    sentence = "推进雪亮工程建设，实现一网通办"

    def snapshot() -> tuple[object, ...]:
        return (
            len(jieba.dt.FREQ),
            jieba.dt.total,
            dict(jieba.dt.user_word_tag_tab),
            "雪亮工程" in jieba.dt.FREQ,
            jieba.lcut(sentence),
        )

    before = snapshot()
    # Build the private tokenizer afresh inside the test, then use it.
    monkeypatch.setattr(tokenizer_module, "_tokenizer", None)
    monkeypatch.setattr(tokenizer_module, "_pos_tokenizer", None)
    monkeypatch.setattr("policyparse.keywords._extractor", None)
    notice = build_rich_notice()
    add_keywords(notice, Document.from_text(RICH_TEXT))
    assert notice.keywords
    assert tokenizer_module.get_tokenizer() is not jieba.dt
    assert snapshot() == before


def test_document_and_task_keywords_are_filled_and_deterministic() -> None:
    notice = build_rich_notice()
    notice.keywords = []
    add_keywords(notice, Document.from_text(RICH_TEXT))
    assert "智慧城市" in notice.keywords or "新型智慧城市" in notice.keywords
    assert "一网通办" in notice.tasks[0].keywords
    assert "雪亮工程" in notice.tasks[1].keywords
    again = build_rich_notice()
    add_keywords(again, Document.from_text(RICH_TEXT))
    assert again.keywords == notice.keywords
    assert [t.keywords for t in again.tasks] == [t.keywords for t in notice.tasks]


TASK_FIXTURES = [p for p in DEV_FILES if gold_for(p).get("tasks")]


@pytest.mark.parametrize("path", TASK_FIXTURES, ids=lambda p: p.name)
def test_keywords_on_fixtures_with_tasks(path: object) -> None:
    notice = parse_file(path, keywords=True)  # type: ignore[arg-type]
    assert not [d for d in notice.diagnostics if d.code == "E901"]
    assert 0 < len(notice.keywords) <= 10
    for task in notice.tasks:
        assert task.keywords, task.title


def test_keywords_keep_the_document_script() -> None:
    text = (DEV / "000.txt").read_text(encoding="utf-8")
    doc = Document.from_text(text)
    notice = parse(text, keywords=True)
    assert notice.keywords
    assert all(keyword in doc.view.clean for keyword in notice.keywords)
    assert any(keyword != to_simplified(keyword) for keyword in notice.keywords)  # Traditional kept
    simplified = parse(text, keywords=True, simplified=True)
    assert all(keyword == to_simplified(keyword) for keyword in simplified.keywords)


def test_extract_keywords_on_nothing() -> None:
    assert extract_keywords("") == []
    assert extract_keywords("，。；", top_k=5) == []
    assert extract_keywords("智慧城市建设", top_k=0) == []
