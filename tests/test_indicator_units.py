"""Units as written: a rate keeps its whole unit (``立方米/小时``), ``万``/``亿`` fold into the value.

Every row is a phrase found in the corpus's pool or dev documents (the file in the comment),
with what a reader expects per the corpus guidelines ("``unit`` is the unit as written after
the number, with ``万``/``亿`` folded into the value").
"""

from __future__ import annotations

import pytest

from policyparse import parse
from policyparse.stages.targets.indicators import parse_indicators

# (phrase, value, unit, comparator)
UNIT_FORMS = [
    # rates: 万 folds into the value, the denominator stays in the unit
    ("全省累计新增应急抽排能力10万立方米/小时", 100000.0, "立方米/小时", None),  # pool 058
    ("新增应急排涝能力28万立方米/小时", 280000.0, "立方米/小时", None),  # pool work report
    ("单位面积森林蓄积量达到95立方米/公顷", 95.0, "立方米/公顷", "达到"),  # pool 019
    ("全员劳动生产率达到30万元/人左右", 300000.0, "元/人", "左右"),  # pool 065
    ("全员劳动生产率提高到42万元/人以上", 420000.0, "元/人", "以上"),  # provincial report
    ("新增产能3095万吨/年", 30950000.0, "吨/年", None),  # provincial report
    ("长乐镇污水厂（二期）（0.8万吨/日）", 8000.0, "吨/日", None),  # pool work report
    ("城乡居民基础养老金最低标准提高到178元/月", 178.0, "元/月", "提高到"),  # provincial report
    ("临时救助标准不超过240元/人/日", 240.0, "元/人/日", "不超过"),  # pool work report
    # a multiplier inside the denominator is part of the unit, not of the value
    ("生产安全事故死亡率控制在0.6人/百亿元以下", 0.6, "人/百亿元", "以下"),  # provincial report
    ("每千人口床位数达到6张/千人", 6.0, "张/千人", "达到"),
    # a rate written with 每
    ("新增强排流量160立方米每秒", 160.0, "立方米每秒", None),  # pool work report
    # numerators that are units only in a rate
    ("全省工商业平均电价下降5分/千瓦时", 5.0, "分/千瓦时", "下降"),  # provincial report
    ("延长石油150亿方/年天然气产能", 1.5e10, "方/年", None),  # provincial report
    ("新建20m3/s排涝泵站", 20.0, "m3/s", None),  # pool work report
    ("雨水泵站提升改造提高到1376L/s", 1376.0, "L/s", "提高到"),  # pool work report
    # compound units that were already whole
    ("PM2.5平均浓度27.4微克/立方米", 27.4, "微克/立方米", None),  # pool work report
    ("有机质达到27克/千克", 27.0, "克/千克", "达到"),  # provincial report
    # 万 before a unit folds into the value
    ("发电量达到100万千瓦时", 1e6, "千瓦时", "达到"),
    ("新增装机容量300万千瓦", 3e6, "千瓦", None),
    ("每万人口拥有执业医师达到3.2人", 3.2, "人", "达到"),  # the denominator is written before
]


@pytest.mark.parametrize(
    ("phrase", "value", "unit", "comparator"), UNIT_FORMS, ids=[r[0] for r in UNIT_FORMS]
)
def test_unit_as_written(phrase: str, value: float, unit: str, comparator: str | None) -> None:
    [indicator] = parse_indicators(phrase)
    assert (indicator.value, indicator.unit, indicator.comparator) == (value, unit, comparator)
    assert indicator.text.endswith(unit + (comparator if comparator in {"以上", "以下", "左右"} else ""))


@pytest.mark.parametrize(
    "phrase",
    ["得分达到90分以上", "每天工作8小时", "2020/12/31前完成", "分类推进", "按照1:1比例配套"],
    ids=["score", "hours", "date", "word", "ratio"],
)
def test_rate_only_units_and_slashes_do_not_make_rates_elsewhere(phrase: str) -> None:
    for indicator in parse_indicators(phrase):
        assert "/" not in (indicator.unit or "") and indicator.unit not in {"分", "方", "L"}


def test_a_rate_in_a_document_keeps_its_unit_and_offsets() -> None:
    text = "到2025年，全省累计新增应急抽排能力10万立方米/小时。\n"
    notice = parse(text)
    [target] = notice.targets
    [indicator] = target.indicators
    assert (indicator.value, indicator.unit) == (100000.0, "立方米/小时")
    assert text[indicator.start : indicator.end] == indicator.text
