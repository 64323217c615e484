"""Classes of blind set 5's first score other than crawled pages (:mod:`tests.test_crawled_pages`):

* a 文号 cited after a document's name in the first sentence (``为贯彻《国务院关于…的意见》
  （国发〔2025〕11号），…``) is not the document's own, and the sentence is not part of the title;
* a framing section pairing 思路 and 目标 (``发展思路及目标``, ``总体思路和主要目标``) is no task.
"""

from __future__ import annotations

from itertools import pairwise

import opencc
import pytest

from policyparse import parse
from policyparse.grammar.organs import split_glued_agencies
from policyparse.models import NoiseKind
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


# ---------------------------------------------------------------- a bundle of news items

ITEMS = [
    ("韩正会见美国前运输部长", "6月17日，国家副主席韩正在北京会见美国前运输部长。双方就加强交流进行了讨论。"),
    ("全国夏粮丰收成定局", "记者今天从农业农村部了解到，全国麦收进度过九成，夏粮丰收已成定局。"),
    (
        "国务院印发《促进数字经济高质量发展三年行动方案》",
        "日前，国务院印发《促进数字经济高质量发展三年行动方案》，明确了数字经济发展的总体目标、重点任务和保障措施。"
        "《方案》提出，到2027年，数字经济核心产业增加值占GDP比重达到12%。",
    ),
    (
        "第三十二届北京国际图书博览会在京举办",
        "6月17日，第三十二届北京国际图书博览会开幕。到2030年，博览会将扩大规模。",
    ),
]


def _markdown_bundle(items: list[tuple[str, str]]) -> str:
    blocks = [
        '---\ntitle: "新闻联播完整文字稿 · 2026年6月17日"\ndate: "2026-06-17"\n---\n',
        "### 《新闻联播》 20260617 19:00\n",
    ]
    for headline, body in items:
        blocks.append(
            f"### [视频]{headline}\n\n[查看视频 ↗](https://tv.example.com/v.shtml)\n\n央视网消息（新闻联播）：{body}\n"
        )
    return "\n".join(blocks)


def _plain_bundle(items: list[tuple[str, str]]) -> str:
    return (
        "今日要闻\n\n"
        + "\n\n".join(f"{headline}\n新华社北京6月17日电 {body}" for headline, body in items)
        + "\n"
    )


@pytest.mark.parametrize("form", [_markdown_bundle, _plain_bundle])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_bundle_of_news_items_is_its_report(form, script: str) -> None:  # type: ignore[no-untyped-def]
    text = form(ITEMS)
    if script == "traditional":
        text = opencc.OpenCC("s2t").convert(text)
    notice = parse(text)
    to_simplified = opencc.OpenCC("t2s").convert
    assert to_simplified(notice.metadata.title or "") == "国务院印发《促进数字经济高质量发展三年行动方案》"
    assert notice.metadata.issuers == [
        opencc.OpenCC("s2t").convert("国务院") if script == "traditional" else "国务院"
    ]
    assert notice.headings == []
    assert [t.deadline.year for t in notice.targets] == [2027]  # not the 2030 of another item
    cut = [n for n in notice.noise if n.kind is NoiseKind.BUNDLED_ITEM]
    assert cut
    assert [d.code for d in notice.diagnostics if d.code == "I113"] == ["I113"]
    kept = "".join(text[a.end : b.start] for a, b in pairwise(cut))
    assert "数字经济" in opencc.OpenCC("t2s").convert(kept)  # the report is what stays


def test_a_bundle_reporting_no_plan_is_left_whole() -> None:
    notice = parse(_markdown_bundle([ITEMS[0], ITEMS[1], ITEMS[3]]))
    assert not any(n.kind is NoiseKind.BUNDLED_ITEM for n in notice.noise)
    assert all(d.code != "I113" for d in notice.diagnostics)


def test_one_report_quoting_three_dispatches_is_no_bundle() -> None:
    text = (
        "国务院印发《促进数字经济高质量发展三年行动方案》\n"
        "新华社北京6月17日电 日前，国务院印发《方案》。到2027年，数字经济核心产业增加值占GDP比重达到12%。\n"
        "新华社记者了解到，各地积极落实。新华社评论指出，方案意义重大。\n"
    )
    notice = parse(text)
    assert not any(n.kind is NoiseKind.BUNDLED_ITEM for n in notice.noise)
    assert [t.deadline.year for t in notice.targets] == [2027]


@pytest.mark.parametrize(
    "sentence",
    [
        "明确了“十五五”时期深入实施就业优先战略、促进高质量充分就业的思路目标、重点任务和保障措施。",
        "提出了到2030年全省数字经济发展的总体目标、主要任务和保障措施。",
    ],
)
def test_a_plans_contents_named_set_no_target(sentence: str) -> None:
    assert parse(f"某省关于数字经济的通知\n{sentence}\n").targets == []


# ---------------------------------------------------------------- a task list named before its count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "《规划》部署了强化宏观调控就业优先导向、加强产业和就业协同、加强劳动者就业权益保障等9方面重点任务。",
            9,
        ),
        ("《方案》明确了推进算力设施建设、培育数据要素市场、深化行业应用等五个方面的重点任务。", 5),
        ("《意见》提出了完善财政支持政策、加强金融服务、强化人才保障等6项重点举措。", 6),
    ],
)
def test_a_reports_list_named_before_its_count(sentence: str, count: int) -> None:
    text = f"国务院印发《某某规划》\n新华社北京6月17日电 日前，国务院印发《某某规划》。{sentence}\n"
    notice = parse(text)
    named = sentence.split("了", 1)[1].rsplit("等", 1)[0].split("、")
    assert [t.title for t in notice.tasks] == named
    assert notice.stated_task_count == count


def test_a_count_of_areas_announces_a_report_s_sections() -> None:
    text = (
        "2026年某市政府工作报告\n重点做好三方面工作。\n（一）推动高质量发展\n加快转型。\n"
        "（二）深化改革开放\n扩大开放。\n（三）保障改善民生\n办好实事。\n"
    )
    assert parse(text).stated_task_count == 3


# ---------------------------------------------------------------- a flattened table's owner cells

FLAT_TABLE = (
    "某区关于印发重点任务分解表的通知\n"
    "各街道，区直各单位：现将任务分解表印发给你们，请认真组织实施。 某区人民政府办公室 2023年3月1日 "
    "附件重点任务分解表工作任务工作要求牵头单位{second}一、优化营商环境1.推进审批服务便民化，压缩审批时限。 "
    "区直各有关单位，各街道办事处2.深化商事制度改革，推行证照分离。区市场监管局区直各有关单位，各街道办事处"
    "二、强化要素保障3.加强用地保障，盘活存量土地。区自然资源局区住房城乡建设局区直各有关单位、各街道办事处\n"
)


@pytest.mark.parametrize(
    ("second", "other"),
    [("配合/责任单位", None), ("配合单位", "support"), ("责任单位", "responsible")],
)
def test_a_flattened_tables_owner_cells(second: str, other: str | None) -> None:
    notice = parse(FLAT_TABLE.format(second=second))
    rows = [a for a in notice.assignments if a.kind.value == "table"]
    got = [
        ([n.name for n in a.lead], [n.name for n in a.support], [n.name for n in a.responsible]) for a in rows
    ]
    cells = [["区直各有关单位", "各街道办事处"]] * 3
    if other is None:  # 配合/责任: responsible without a lead, support beside one
        expected = [
            ([], [], cells[0]),
            (["区市场监管局"], cells[1], []),
            (["区自然资源局", "区住房城乡建设局"], cells[2], []),
        ]
    elif other == "support":
        expected = [
            ([], cells[0], []),
            (["区市场监管局"], cells[1], []),
            (["区自然资源局", "区住房城乡建设局"], cells[2], []),
        ]
    else:
        expected = [
            ([], [], cells[0]),
            (["区市场监管局"], [], cells[1]),
            (["区自然资源局", "区住房城乡建设局"], [], cells[2]),
        ]
    assert got == expected


def test_a_glued_run_that_is_no_list_of_organs_is_no_row() -> None:
    text = FLAT_TABLE.format(second="配合单位").replace(
        "区直各有关单位，各街道办事处2.", "按季度报送进展情况2."
    )
    rows = [a for a in parse(text).assignments if a.kind.value == "table"]
    assert len(rows) == 2


def test_a_decimal_in_a_row_is_no_row_number() -> None:
    text = FLAT_TABLE.format(second="配合单位").replace("压缩审批时限。", "审批时限压缩2.5个工作日。")
    rows = [a for a in parse(text).assignments if a.kind.value == "table"]
    assert [[n.name for n in a.lead] for a in rows] == [
        [],
        ["区市场监管局"],
        ["区自然资源局", "区住房城乡建设局"],
    ]


@pytest.mark.parametrize("last_cell", ["区住房城乡建设局", "各区属国有企业", "各街道办事处（乡镇）"])
def test_a_category_after_a_rows_last_cell_is_a_heading(last_cell: str) -> None:
    """A category printed right after the last cell of the row before it, its title glued to
    the next row's number, in a table whose rows end ``。 `` (a crawler's run-on page: blind set
    5 d04, ``…。 各区属事业单位，各区属国有企企七、开展行政规范性文件集中公开16.…``)."""
    text = (
        FLAT_TABLE.format(second="配合单位")
        .replace("盘活存量土地。区", "盘活存量土地。 区")
        .replace(
            "区住房城乡建设局区直各有关单位、各街道办事处\n",
            f"区住房城乡建设局区直各有关单位、{last_cell}三、加强组织保障4.建立督办机制，按月通报进展。 区政府办公室\n",
        )
    )
    notice = parse(text)
    assert [h.title for h in notice.headings if h.level == 1] == [
        "优化营商环境",
        "强化要素保障",
        "加强组织保障",
    ]


@pytest.mark.parametrize(
    ("name", "pieces"),
    [
        ("市市场监管委市政务服务办", ["市市场监管委", "市政务服务办"]),
        ("区经济发展局区行政审批局区直各有关单位", ["区经济发展局", "区行政审批局", "区直各有关单位"]),
        ("人民银行省分行", ["人民银行省分行"]),
        ("市发展改革委", ["市发展改革委"]),
    ],
)
def test_organs_run_together(name: str, pieces: list[str]) -> None:
    assert [name[s:e] for s, e in split_glued_agencies(name)] == pieces
