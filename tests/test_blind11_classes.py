"""Classes of input blind set 11 showed (scored once at b5488f2), each in forms beyond its documents:
unnumbered run-in titles that stand alone on their lines, their body on the next line
(``物流规模效益持续提高。`` / ``“十三五”期间，社会物流总额…``)."""

from __future__ import annotations

import pytest

from policyparse import parse

PLAN = """某某发展规划
一、现状形势
（一）发展基础。
{b1}物流规模效益持续提高。
“十三五”期间，社会物流总额保持稳定增长，2020年超过300万亿元，年均增速达5.6%。
{b2}物流资源整合提质增速。
国家物流枢纽网络建设有序推进，先后发布两批国家物流枢纽建设名单，纳入地方规划建设。
{b3}物流结构调整加快推进。
运输结构持续优化，铁路货运量占比稳步提升，多式联运和运输代理等业务加快发展。
（二）面临问题。
部分领域短板较为突出，需要进一步加强。
"""


@pytest.mark.parametrize("bullet", ["", "——", "●"])
def test_phrases_alone_on_their_lines_over_body_paragraphs_are_run_in_titles(bullet: str) -> None:
    notice = parse(PLAN.format(b1=bullet, b2=bullet, b3=bullet))
    assert [h.title for h in notice.headings if h.level == 3] == [
        "物流规模效益持续提高",
        "物流资源整合提质增速",
        "物流结构调整加快推进",
    ]
    first = next(h for h in notice.headings if h.level == 3)
    assert notice.text[first.title_start : first.title_end] == "物流规模效益持续提高"


def test_short_directive_lines_among_many_body_lines_are_not_titles() -> None:
    text = """某某若干措施
一、繁荣夜间经济
鼓励有条件的地方充分利用开放性公共空间，开设节假日步行街、早市、晚市、周末集市。
探索培育专业化经营管理主体。
地方政府要综合考虑人流量、环境安全等因素给予规划引导、场地设施、交通安全保障。
实施培育和引进商贸品牌三年行动计划，支持和引导各地加大商贸品牌引进力度。
持续开展老字号认定工作，编制老字号传统技艺目录，支持老字号的传承与发展。
推动工商用电同价政策尽快全面落实。
对省内符合条件的连锁企业，可依法享受总分机构汇总纳税政策，减轻企业负担。
"""
    assert [h.title for h in parse(text).headings] == ["繁荣夜间经济"]


def test_a_lone_phrase_line_is_no_title() -> None:
    text = (
        PLAN.format(b1="", b2="", b3="")
        .replace("物流资源整合提质增速。\n", "")
        .replace("物流结构调整加快推进。\n", "")
    )
    assert not any(h.level == 3 for h in parse(text).headings)


GOALS = """关于印发某实施方案的通知
2022年6月10日
{sentence}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年和2030年，全国短流程炼钢占比分别提升至15%、20%以上。",
        "2025年、2030年，再生铝产量分别达到1150万吨、1400万吨。",
        "2024年及2025年，新增充电桩分别不少于2万个、3万个。",
    ],
)
def test_coordinated_years_opening_a_clause_are_deadlines(sentence: str) -> None:
    notice = parse(GOALS.format(sentence=sentence))
    assert [t.text for t in notice.targets] == [sentence]
    assert notice.targets[0].deadline.year == int(sentence[6:10])  # the later year


@pytest.mark.parametrize(
    "sentence", ["与2019年和2020年相比，产量有所增加。", "2019年和2020年的产量均有所增加。"]
)
def test_coordinated_past_or_attributive_years_are_not(sentence: str) -> None:
    assert parse(GOALS.format(sentence=sentence)).targets == []
