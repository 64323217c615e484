"""Keywords per document and per task: jieba's TF-IDF over a private tokenizer.

Keywords let users group tasks across documents (every 一网通办 task of every province). They
are computed on the normalised view (Simplified script, pinyin glosses removed) so that jieba's
dictionary applies, then given back as the document prints them: in its own script, or in
Simplified when the parse asked for ``simplified``. Ranking is TF-IDF with jieba's IDF table;
ties keep first-occurrence order, so the result is deterministic.

jieba's global tokenizer is never touched: see :mod:`policyparse.tokenizer`.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from policyparse.document import Document
from policyparse.models import Notice
from policyparse.tokenizer import get_pos_tokenizer, get_tokenizer

if TYPE_CHECKING:  # pragma: no cover - typing only
    import jieba.analyse

#: How many keywords the document and each task get.
DOCUMENT_TOP_K = 10
TASK_TOP_K = 5
#: Parts of speech kept: nouns, proper nouns (policy terms), verbal nouns, places, idioms.
#: Organisations (nt, the agency dictionary) are left out: they are who, not what.
ALLOWED_POS = ("n", "nz", "vn", "ns", "l", "i", "eng")
#: Words every notice uses; they say nothing about what a notice or a task is about.
STOP_WORDS = frozenset(
    {
        "工作",
        "通知",
        "意见",
        "要求",
        "方面",
        "有关",
        "单位",
        "责任",
        "情况",
        "问题",
        "措施",
        "能力",
        "水平",
        "作用",
        "领域",
        "重点",
        "任务",
        "目标",
        "地方",
        "各地",
        "全省",
        "全市",
        "全区",
        "全县",
        "全国",
        "我省",
        "我市",
        "本地区",
        "部门",
        "政府",
        "人民政府",
        "办公厅",
        "年底",
        "年度",
        "时间",
        "建设",
        "发展",
        "管理",
        "服务",
        "基础",
        "力度",
        "方式",
        "过程",
        "工程",
        "项目",
        "活动",
        "内容",
        "范围",
        "规定",
        "办法",
        "方案",
        "计划",
        "意识",
        "条件",
        "地区",
        "平台",
        "信息",
    }
)

_lock = threading.Lock()
_extractor: jieba.analyse.TFIDF | None = None


def _get_extractor() -> jieba.analyse.TFIDF:
    global _extractor
    if _extractor is None:
        tokenizer = get_tokenizer()
        pos_tokenizer = get_pos_tokenizer()
        with _lock:
            if _extractor is None:
                import jieba.analyse

                extractor = jieba.analyse.TFIDF()
                extractor.tokenizer = tokenizer
                extractor.postokenizer = pos_tokenizer
                extractor.stop_words = set(extractor.stop_words) | STOP_WORDS
                _extractor = extractor
    return _extractor


def extract_keywords(text: str, top_k: int = DOCUMENT_TOP_K) -> list[str]:
    """The ``top_k`` TF-IDF keywords of ``text`` (Simplified Chinese), best first.

    Nouns, verbal nouns, place names and policy terms are preferred; when a text has none,
    any word of two or more characters that is not boilerplate is taken.
    """
    if not text.strip() or top_k <= 0:
        return []
    extractor = _get_extractor()
    words: list[str] = extractor.extract_tags(text, topK=top_k, allowPOS=ALLOWED_POS)
    if not words:  # a short span of verbs and boilerplate: take any word jieba ranks
        words = [w for w in extractor.extract_tags(text, topK=top_k) if not w.isdigit()]
    return words


def _in_document_script(doc: Document, start: int, end: int, keyword: str) -> str:
    """The keyword as printed in ``doc.norm[start:end]``: the document's script, or Simplified."""
    found = doc.norm.find(keyword, start, end)
    if found < 0:
        return keyword
    return doc.surface(found, found + len(keyword)) or keyword


def _keywords_of(doc: Document, start: int, end: int, top_k: int) -> list[str]:
    words = extract_keywords(doc.norm[start:end], top_k)
    result: list[str] = []
    for word in words:
        printed = _in_document_script(doc, start, end, word)
        if printed not in result:
            result.append(printed)
    return result


def add_keywords(notice: Notice, doc: Document) -> None:
    """Fill ``notice.keywords`` (from the whole text) and each task's ``keywords`` (from its span)."""
    notice.keywords = _keywords_of(doc, 0, len(doc.norm), DOCUMENT_TOP_K)
    for task in notice.tasks:
        start = doc.view.from_orig(task.start)
        end = doc.view.from_orig(task.end)
        task.keywords = _keywords_of(doc, start, end, TASK_TOP_K) if end > start else []


__all__ = ["ALLOWED_POS", "DOCUMENT_TOP_K", "STOP_WORDS", "TASK_TOP_K", "add_keywords", "extract_keywords"]
