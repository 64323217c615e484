"""发文字号: the python-stdnum style module policyparse.docnumber."""

from __future__ import annotations

import doctest

import pytest

from policyparse.grammar import docnumber

FORMS = [
    # printed, organ code, year, serial, canonical, standard brackets
    ("国发〔2017〕35号", "国发", 2017, 35, "国发〔2017〕35号", True),
    ("冀政办字[2019]1号", "冀政办字", 2019, 1, "冀政办字〔2019〕1号", False),
    ("国办发【2019】12号", "国办发", 2019, 12, "国办发〔2019〕12号", False),
    ("京经信发〔2022〕87号", "京经信发", 2022, 87, "京经信发〔2022〕87号", True),
    ("发改办财金规〔2019〕860号", "发改办财金规", 2019, 860, "发改办财金规〔2019〕860号", True),
    ("皖政办秘(2021)82号", "皖政办秘", 2021, 82, "皖政办秘〔2021〕82号", False),
    ("国发（2024）3号", "国发", 2024, 3, "国发〔2024〕3号", False),
    ("国函〔1999〕134号", "国函", 1999, 134, "国函〔1999〕134号", True),
    ("穗天科工信规字〔2023〕1号", "穗天科工信规字", 2023, 1, "穗天科工信规字〔2023〕1号", True),
    (" 国发 〔２０１７〕 ３５号 ", "国发", 2017, 35, "国发〔2017〕35号", True),
    ("(2024)京0105民初第2号", "京0105民初", 2024, 2, "〔2024〕京0105民初第2号", False),
    ("国令第707号", "国令", None, 707, "国令第707号", True),
    (
        "中华人民共和国国务院令第431号",
        "中华人民共和国国务院令",
        None,
        431,
        "中华人民共和国国务院令第431号",
        True,
    ),
    ("公安部令第127号", "公安部令", None, 127, "公安部令第127号", True),
]


@pytest.mark.parametrize(("printed", "code", "year", "serial", "canonical", "standard"), FORMS)
def test_parse(
    printed: str, code: str, year: int | None, serial: int, canonical: str, standard: bool
) -> None:
    number = docnumber.parse(printed)
    assert (number.organ_code, number.year, number.serial) == (code, year, serial)
    assert number.canonical == canonical
    assert number.standard_brackets is standard
    assert number.text == printed.strip()
    assert docnumber.format(printed) == canonical
    assert docnumber.is_valid(printed)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "国发",
        "国发〔2017〕",
        "〔2017〕35号",
        "关于印发方案的通知",
        "2019年2月19日",
        "国发〔17〕35号",
        "第一条",
    ],
)
def test_invalid(text: str) -> None:
    assert not docnumber.is_valid(text)
    assert docnumber.parse_or_none(text) is None
    with pytest.raises(docnumber.InvalidFormat):
        docnumber.validate(text)


def test_compact_and_validate() -> None:
    assert docnumber.compact("国发 〔２０１７〕 ３５号") == "国发〔2017〕35号"
    assert docnumber.validate("国发 [2017] 35号") == "国发[2017]35号"


def test_no_number_is_longer_than_the_longest_form() -> None:
    """Text with more than LONGEST characters besides spaces is not compacted and is never a
    number; the longest numbers of each form are, however spaced."""
    longest_order = "中" * 24 + "令第12345号"
    assert len(longest_order) == docnumber.LONGEST
    assert docnumber.is_valid(longest_order)
    assert not docnumber.is_valid("中" + longest_order)
    assert docnumber.is_valid("高 教 研 究 中 心 综 合 办 公 室 秘 书 一 二 三〔2016〕12345号")
    assert docnumber.is_valid("国发" + " " * 5000 + "〔2017〕35号")
    assert docnumber.is_valid("国发〔2017〕35号" + "\u3000" * 5000)
    assert not docnumber.is_valid("国发〔2017〕35号" + "。" * 5000)
    for text in (
        "中" * 24 + "令第12345号",
        "〔2024〕" + "京" * 16 + "第12345号",
        "国" * 16 + "〔2017〕第12345号",
    ):
        assert docnumber.is_valid(text), text
        assert len(docnumber.compact(text)) <= docnumber.LONGEST


def test_a_paragraph_is_not_compacted_to_learn_it_is_no_number(monkeypatch: pytest.MonkeyPatch) -> None:
    compacted: list[str] = []
    compact = docnumber.compact
    monkeypatch.setattr(docnumber, "compact", lambda text: compacted.append(text) or compact(text))
    assert not docnumber.is_valid("到2025年，完成建设；" * 1000)
    assert docnumber.is_valid("国发〔2017〕35号" + " " * 100)
    assert [len(text) for text in compacted] == [len("国发〔2017〕35号") + 100]


def test_parse_records_the_span() -> None:
    number = docnumber.parse("国发〔2017〕35号", 10, 21)
    assert (number.start, number.end) == (10, 21)


def test_finditer_in_running_text() -> None:
    text = "根据《国务院关于印发…的通知》（国发〔2018〕41号）和国办发[2019]12号，以及国令第707号"
    found = [m.group(0) for m in docnumber.finditer(text)]
    assert found[0].endswith("国发〔2018〕41号")
    assert found[1].endswith("国办发[2019]12号")
    assert found[-1].endswith("国令第707号")


def test_doctests() -> None:
    failures, tried = doctest.testmod(docnumber)
    assert tried > 5
    assert failures == 0
