"""Classes of blind set 5's first score other than crawled pages (:mod:`tests.test_crawled_pages`):

* a 文号 cited after a document's name in the first sentence (``为贯彻《国务院关于…的意见》
  （国发〔2025〕11号），…``) is not the document's own, and the sentence is not part of the title;
* a framing section pairing 思路 and 目标 (``发展思路及目标``, ``总体思路和主要目标``) is no task.
"""

from __future__ import annotations

import opencc
import pytest

from policyparse import parse
from policyparse.stages.tasks.sections import is_framing


@pytest.mark.parametrize(
    "cited",
    [
        "《国务院关于深入实施“人工智能+”行动的意见》（国发〔2025〕11号）",
        "《某省数字经济促进条例》(苏政发〔2024〕12号)",
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_cited_number_is_not_the_documents_own(cited: str, script: str) -> None:
    text = (
        "某市加快建设智慧城市行动方案\n\n（2025～2026年）\n\n"
        f"为贯彻{cited}，抢抓发展机遇，特制定本行动方案。\n\n一、重点任务\n\n（一）建设算力设施。到2026年，建成智算中心。\n"
    )
    if script == "traditional":
        text = opencc.OpenCC("s2t").convert(text)
    meta = parse(text).metadata
    assert opencc.OpenCC("t2s").convert(meta.title or "") == "某市加快建设智慧城市行动方案（2025～2026年）"
    assert meta.doc_number is None


def test_a_number_under_the_title_is_still_read() -> None:
    text = "某市人民政府关于印发某某方案的通知\n某政发〔2024〕3号\n各区人民政府：\n现印发给你们。\n"
    assert parse(text).metadata.doc_number == "某政发〔2024〕3号"


@pytest.mark.parametrize("title", ["发展思路及目标", "总体思路和主要目标", "工作思路与目标", "发展思路"])
def test_thinking_and_goals_are_framing(title: str) -> None:
    assert is_framing(title)


@pytest.mark.parametrize("title", ["推进思路创新", "明确发展重点", "创新发展方式"])
def test_titles_that_only_mention_thinking_or_goals_are_not_framing(title: str) -> None:
    assert not is_framing(title)
