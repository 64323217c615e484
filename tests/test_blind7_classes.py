"""Classes of input blind set 7 showed (scored once at 65c7bc7), each in forms beyond its documents:
a crawler's or tool's record fields above the notice, a portal table's placeholder for the issuer,
a list of organs alone closing a measure (guideline rule 3), a documentation site's Markdown
(attribute lists, containers, tabs) and a rule's promulgation note naming the rule."""

from __future__ import annotations

import pytest

from policyparse import parse
from policyparse.document import Document

NOTICE = (
    "{number}\n\n各区人民政府，市政府各委、办、局：\n\n"
    "  《某市促进产业发展行动方案》已经市政府同意，现印发给你们，请认真按照执行。\n\n"
    "  某市人民政府办公厅\n\n2025年9月4日\n\n**某市促进产业发展行动方案**\n\n"
    "  一、主要目标\n\n  到2027年，培育龙头企业2家。\n"
)

# ---------------------------------------------------------------- record fields above the notice


@pytest.mark.parametrize(
    "fields",
    [
        ["**发布日期**: 2025-10-31", "**检索时间**: 2026-02-03 13:11:03", "**检索关键词**: 测绘, 卫星, 导航"],
        ["**获取时间**：2026-02-03", "**搜索关键词**：医疗器械"],
        ["检索日期: 2026-01-01", "下载时间: 2026-01-02 08:00", "检索词: 产业"],
    ],
)
@pytest.mark.parametrize("number", ["沪府办发〔2025〕17号", "某府办发〔2025〕3号"])
def test_a_crawlers_retrieval_fields_do_not_hide_the_number(fields: list[str], number: str) -> None:
    text = "# 某市人民政府办公厅关于印发《某市促进产业发展行动方案》的通知\n\n"
    text += "\n".join(fields) + "\n\n---\n\n" + NOTICE.format(number=number)
    meta = parse(text).metadata
    assert meta.doc_number == number
    assert meta.issuers == ["某市人民政府办公厅"]
    assert str(meta.date) == "2025-09-04"


@pytest.mark.parametrize("bullet", ["- ", "* ", ""])
def test_a_tools_record_of_a_file_is_not_the_title(bullet: str) -> None:
    record = [
        "## 文档 ：某市北斗产业三年行动计划.md",
        "",
        "### 基本信息",
        f"{bullet}**文档类型**：政策类",
        f"{bullet}**原文链接**：无",
        f"{bullet}**发布机构**：某市相关部门",
        f"{bullet}**发布日期**：2021-2023年期间",
        f"{bullet}**文件名称**：某市北斗产业三年行动计划（2021-2023年）",
        f"{bullet}**文件编号**：无",
        "",
        "附件",
        "",
        "某市北斗产业三年行动计划",
        "",
        "（2021-2023年）",
        "",
        "为加快推动北斗产业发展，特制定本行动计划。",
        "",
        "一、发展目标",
        "",
        "到2023年末，北斗产业规模达1000亿元。",
    ]
    meta = parse("\n".join(record) + "\n").metadata
    assert meta.title == "某市北斗产业三年行动计划（2021-2023年）"
    assert meta.issuers == []  # 某市相关部门 names no organ
    assert meta.doc_number is None


@pytest.mark.parametrize(
    ("value", "issuers"),
    [
        ("上海市科学技术委员会", ["上海市科学技术委员会"]),
        ("广东省人民政府办公厅", ["广东省人民政府办公厅"]),
        ("某市相关部门", []),
        ("各有关单位", []),
    ],
)
def test_a_portal_tables_issuer_must_name_organs(value: str, issuers: list[str]) -> None:
    text = f"索引号：000014349/2025-00001\n发布机构：{value}\n成文日期：2025-01-10\n\n关于加快产业发展的若干措施\n\n一、总体要求\n\n加快产业发展。\n"
    assert parse(text).metadata.issuers == issuers


# ---------------------------------------------------------------- a list of organs alone closing a measure

PLAN = (
    "某市行动计划\n\n一、主要任务\n\n（一）推动协同攻关\n\n推动产学研协同攻关，形成工作机制。{note}\n\n"
    "（二）强化资金保障\n\n加大资金支持力度。\n"
)


@pytest.mark.parametrize(
    ("note", "responsible"),
    [
        ("（市科委、市经济信息化委）", ["市科委", "市经济信息化委"]),
        ("（各有关单位）", ["各有关单位"]),
        ("（各区政府、市有关部门）。", ["各区政府", "市有关部门"]),
        ("（市財政局）", ["市財政局"]),  # Traditional script
    ],
)
def test_a_list_of_organs_alone_is_responsible(note: str, responsible: list[str]) -> None:
    notice = parse(PLAN.format(note=note))
    assert [[a.name for a in x.responsible] for x in notice.assignments] == [responsible]
    assert notice.assignments[0].text == note.rstrip("。")


def test_first_listed_leads_where_the_document_says_so() -> None:
    text = PLAN.format(note="（市科委、市经济信息化委）") + "\n注：列第一位者为牵头单位。\n"
    (note,) = parse(text).assignments
    assert [a.name for a in note.lead] == ["市科委"]
    assert [a.name for a in note.responsible] == ["市经济信息化委"]


@pytest.mark.parametrize(
    "note",
    [
        "（以下简称市科委）",  # an alias
        "（试行）",
        "（企业）",  # not an organ
        "（国网上海市电力公司、市发展改革委）",  # an enterprise in the list
    ],
)
def test_not_a_list_of_organs_alone(note: str) -> None:
    assert parse(PLAN.format(note=note)).assignments == []


def test_a_list_of_organs_mid_sentence_is_no_note() -> None:
    text = PLAN.format(note="").replace("形成工作机制。", "由市政府（市发展改革委）统筹，形成工作机制。")
    assert parse(text).assignments == []


# ---------------------------------------------------------------- a documentation site's Markdown

SITE = """---
title: 某省碳排放管理试行办法
date: 2014-03-01
---

::: tip 修订信息

（该文件于2014年1月15日以某省人民政府令第197号公布，根据2020年5月12日某省人民政府令第275号第一次修改）

:::

::: details 目录

::: tabs

@tab 章节

[[toc]]

:::

## 第一章&emsp;总则{attrs}

<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为规范碳排放管理活动，制定本办法。</p>
<p id="t4">&emsp;&emsp;<b>第二条</b>&emsp;省生态环境部门负责全省碳排放管理的组织实施。</p>

## 第二章&emsp;附则{attrs}

<p id="t5">&emsp;&emsp;<b>第三条</b>&emsp;本办法自2014年3月1日起施行。</p>
"""


@pytest.mark.parametrize("attrs", ['{align="center"}', "{#chapter .center}", "{: .title}", ""])
def test_a_documentation_sites_markdown(attrs: str) -> None:
    notice = parse(SITE.replace("{attrs}", attrs))
    assert [h.title for h in notice.headings] == ["总则", "附则"]
    meta = notice.metadata
    assert meta.title == "某省碳排放管理试行办法"
    assert meta.doc_number == "某省人民政府令第197号"  # amended (修改) by order 275, not republished
    assert meta.issuers == ["某省人民政府"]
    assert str(meta.date) == "2014-01-15"


def test_container_and_directive_lines_are_markup() -> None:
    doc = Document.from_text(SITE.replace("{attrs}", '{align="center"}'))
    assert ":::" not in doc.norm and "@tab" not in doc.norm and "[[toc]]" not in doc.norm
    assert "align" not in doc.norm and "修订信息" not in doc.norm
    assert "（该文件于2014年1月15日" in doc.norm


def test_a_brace_in_text_stays() -> None:
    doc = Document.from_text("# 标题\n\n公式为 {a=1} 时成立。\n\n说明{见附件}\n")
    assert "{a=1}" in doc.norm and "{见附件}" in doc.norm


@pytest.mark.parametrize(
    ("line", "number", "date"),
    [
        ("（本办法于2018年3月1日以某省人民政府令第250号公布）", "某省人民政府令第250号", "2018-03-01"),
        (
            "（该规定于2018年3月1日以某省人民政府令第250号公布，根据2021年某省人民政府令第300号修正）",
            "某省人民政府令第250号",
            "2018-03-01",
        ),
        # revised: the text republished under the later order
        (
            "（2020年7月5日某省人民政府令第28号公布 2025年3月17日某省人民政府令第80号修订）",
            "某省人民政府令第80号",
            "2020-07-05",
        ),
    ],
)
def test_a_promulgation_note_under_a_rules_title(line: str, number: str, date: str) -> None:
    text = f"某省安全生产管理办法\n\n{line}\n\n第一条 为加强安全生产管理，制定本办法。\n\n第二条 省应急管理厅负责全省安全生产工作。\n"
    meta = parse(text).metadata
    assert meta.doc_number == number
    assert str(meta.date) == date
    assert meta.issuers == ["某省人民政府"]


# ---------------------------------------------------------------- a paragraph torn by a page break

TASKS = (
    "某市北斗产业三年行动计划\n\n一、主要任务\n\n"
    "1.开展智能交通应用。推动北斗在交通中的应用。{first}\n\n"
    "2.开展智慧水务应用。推动北斗在水务中的应用。（牵头部门：市水务局）\n"
)


@pytest.mark.parametrize(
    "torn",
    [
        "（牵头部\n\n门：市交通委、市水务局）",
        "（牵头部门：市交通委、\n\n市水务局）",
        "（牵头部门：\n \n市交通委、市水务局）",
        "（牽頭部\n\n門：市交通委、市水務局）",  # Traditional script
    ],
)
def test_a_note_torn_by_a_page_break_is_one_note(torn: str) -> None:
    notice = parse(TASKS.format(first=torn))
    first = notice.assignments[0]
    assert [a.name for a in first.lead] in (["市交通委", "市水务局"], ["市交通委", "市水務局"])
    assert len(notice.assignments) == 2


def test_an_enumeration_torn_by_a_page_break_is_one_paragraph() -> None:
    text = "四、责任分工\n\n区税务局：负责成品油税收日常监管，开展成品油生产、\n\n经营企业税收检查。\n"
    doc = Document.from_text(text)
    assert "开展成品油生产、经营企业税收检查" in doc.norm


@pytest.mark.parametrize(
    "text",
    [
        "开展成品油生产。\n\n经营企业税收检查。\n",  # a sentence's end
        "（一）\n\n加强组织领导。\n",  # a marker alone: closed
        "详见附件（\n\n第一部分\n",  # the next paragraph does not close the bracket
    ],
)
def test_a_paragraph_break_that_may_end_a_paragraph_stays(text: str) -> None:
    assert "\n" in Document.from_text(text).norm.strip()
