"""Classes of input blind set 12 showed (scored once at 38bbcee), each in forms beyond its documents:
a rule that lost its line breaks (chapters and articles mid-line), a database dump that kept its
escapes (``\\r\\n``, ``\\"``) around a page's markup, the rows of a table of figures."""

from __future__ import annotations

import pytest

from policyparse import parse

# ----------------------------------------------------------------------------- a 办法 on one line
# Set 12 d01: a city's notice and its 办法 with every line break lost: ``…管理办法第一章 总 则第一条 …
# 。第二章 计 划第十条 …`` (letter-spaced chapter titles, an article right after its chapter's title).

RULES = (
    "各县人民政府，市政府各部门：现将《某市市级储备粮管理办法》印发给你们，请认真贯彻落实。"
    "某市人民政府2023年9月5日（此件公开发布）某市市级储备粮管理办法"
    "{c1}{sp}总{sp}{sp}则第一条{sp}为加强市级储备粮管理，制定本办法。"
    "第二条{sp}本办法所称市级储备粮，是指市人民政府储备的粮食。"
    "{c2}{sp}计{sp}{sp}划第三条{sp}市发展改革委会同市财政局负责拟订储备计划。第四条{sp}储备计划每年下达一次。"
    "第五条{sp}储备粮的品种和数量由市发展改革委确定。"
    "{c3}{sp}附{sp}{sp}则第六条{sp}本办法由市发展改革委负责解释。第七条{sp}本办法自印发之日起施行。"
)


@pytest.mark.parametrize(
    ("chapters", "space"),
    [
        (("第一章", "第二章", "第三章"), "\u2002"),  # en spaces, as the document prints them
        (("第一章", "第二章", "第三章"), " "),
        (("第1章", "第2章", "第3章"), "\u3000"),
        (("第一章", "第二章", "第三章"), ""),  # no spacing at all
    ],
)
def test_a_rule_on_one_line_keeps_its_chapters_and_articles(
    chapters: tuple[str, str, str], space: str
) -> None:
    text = RULES.format(c1=chapters[0], c2=chapters[1], c3=chapters[2], sp=space)
    notice = parse(text)
    assert [h.marker for h in notice.headings] == list(chapters)
    assert ["".join(h.title.split()) for h in notice.headings] == ["总则", "计划", "附则"]
    assert [a.number for a in notice.articles] == [1, 2, 3, 4, 5, 6, 7]
    assert notice.tasks == []  # rules, not a plan: its chapters are no tasks
    assert notice.metadata.issuers == ["某市人民政府"]
    assert str(notice.metadata.date) == "2023-09-05"
    first = notice.headings[0]
    assert text[first.start : first.start + len(chapters[0])] == chapters[0]


# ----------------------------------------------------------------------------- an escaped dump
# Set 12 d04: 国发〔2016〕73号 as a row of an SQL dump: ``INSERT INTO `article` VALUES ('34', '…',
# '<p style=\"…\">\r\n\t<span …>国务院关于印发</span><br />\r\n…``, the escapes left in.

_PAGE = (
    '<p style="text-align:center;">{nl}\t<span>某某省人民政府关于印发</span><br />{nl}'
    "<span>某某省数字经济发展规划的通知</span>{nl}</p>{nl}"
    '<p style="text-align:center;">{nl}\t<span>某政发〔2023〕5号</span>{nl}</p>{nl}'
    "<p>{nl}\t各市、县人民政府，省政府各部门：{nl}</p>{nl}"
    "<p>{nl}\t现将《某某省数字经济发展规划》印发给你们，请认真贯彻执行。{nl}</p>{nl}"
    "<p>{nl}\t某某省人民政府{nl}</p>{nl}<p>{nl}\t2023年3月1日{nl}</p>{nl}"
    "<p>{nl}\t一、发展现状{nl}</p>{nl}<p>{nl}\t（一）发展成就。{nl}</p>{nl}"
    "<p>{nl}\t数字经济规模持续扩大，信息基础设施不断完善。{nl}</p>{nl}"
    "<table>{nl}<tbody>{nl}<tr>{nl}<td>{nl}\t<p>指 标</p>{nl}</td>{nl}<td>{nl}\t<p>目标</p>{nl}</td>{nl}"
    "<td>{nl}\t<p>实现</p>{nl}</td>{nl}</tr>{nl}<tr>{nl}<td>{nl}\t<p>总体水平</p>{nl}</td>{nl}</tr>{nl}"
    "<tr>{nl}<td>{nl}\t<p>1.数字经济指数</p>{nl}</td>{nl}<td>{nl}\t<p>&gt;79</p>{nl}</td>{nl}"
    "<td>{nl}\t<p>72.45</p>{nl}</td>{nl}</tr>{nl}<tr>{nl}<td>{nl}\t<p>基础设施</p>{nl}</td>{nl}</tr>{nl}"
    "<tr>{nl}<td>{nl}\t<p>2.网民数量（亿）</p>{nl}</td>{nl}<td>{nl}\t<p>8.5</p>{nl}</td>{nl}"
    "<td>{nl}\t<p>6.88</p>{nl}</td>{nl}</tr>{nl}<tr>{nl}<td>{nl}\t<p>3.宽带用户（亿户）</p>{nl}</td>{nl}"
    "<td>{nl}\t<p>2.7</p>{nl}</td>{nl}<td>{nl}\t<p>2.1</p>{nl}</td>{nl}</tr>{nl}</tbody>{nl}</table>{nl}"
    "<p>{nl}\t（二）发展目标。{nl}</p>{nl}"
    "<p>{nl}\t到2025年，数字经济核心产业增加值占地区生产总值比重达到10%。{nl}</p>{nl}"
    "<p>{nl}\t二、重点任务{nl}</p>{nl}<p>{nl}\t加快建设数字基础设施。{nl}</p>"
)


def _dump(style: str) -> str:
    if style == "sql":
        page = _PAGE.format(nl="\\r\\n").replace('"', '\\"')
        return f"INSERT INTO `article` VALUES ('34', '某某省印发数字经济发展规划', '{page}', '2023-03-02');"
    page = _PAGE.format(nl="\\n").replace('"', '\\"')
    return f'{{"id": 34, "content": "{page}"}}'


@pytest.mark.parametrize("style", ["sql", "json"])
def test_an_escaped_dump_of_a_page_reads_as_the_page(style: str) -> None:
    text = _dump(style)
    notice = parse(text)
    meta = notice.metadata
    assert meta.title == "某某省人民政府关于印发某某省数字经济发展规划的通知"
    assert meta.doc_number == "某政发〔2023〕5号"
    assert meta.issuers == ["某某省人民政府"]
    assert str(meta.date) == "2023-03-01"
    assert [(h.level, h.marker, h.title) for h in notice.headings] == [
        (1, "一、", "发展现状"),
        (2, "（一）", "发展成就"),
        (2, "（二）", "发展目标"),
        (1, "二、", "重点任务"),
    ]
    assert [t.deadline.year for t in notice.targets if t.deadline] == [2025]
    target = notice.targets[0]
    assert text[target.start : target.end].startswith("到2025年，数字经济核心产业")
    assert any(d.code == "I109" and "escaped" in d.message for d in notice.diagnostics)


def test_a_text_with_a_stray_backslash_n_is_not_an_escaped_dump() -> None:
    text = "某某方案\n一、总体要求\n文件存放于D:\\new\\data目录。\n二、重点任务\n加快建设。\n"
    notice = parse(text)
    assert [h.title for h in notice.headings] == ["总体要求", "重点任务"]
    assert not any(n.kind.value == "escape" for n in notice.noise)


# ----------------------------------------------------------------------------- a table of figures
# Set 12 d04's 十二五 table: numbered indicator labels in rows of figures, category rows between.

FIGURES = """某某规划
一、发展现状
（一）发展成就。
信息化水平显著提升，各项指标完成良好。
“十二五”信息化发展基本情况
指标 | 规划目标 | 实现情况
总体发展水平
1.信息化发展指数 | >79 | 72.45
信息基础设施
2.网民数量（亿） | 8.5 | 6.88
3.宽带接入用户（亿户） | >2.7 | 2.1
信息经济
4.电子商务交易规模（万亿元） | >18 | {last}
（二）发展形势。
形势严峻。
"""


@pytest.mark.parametrize("last", ["21.79", "—", "〔55〕"])
def test_numbered_labels_of_rows_of_figures_are_not_headings(last: str) -> None:
    notice = parse(FIGURES.format(last=last))
    assert [(h.level, h.marker) for h in notice.headings] == [(1, "一、"), (2, "（一）"), (2, "（二）")]


# ----------------------------------------------------------------------------- a work report's calls
# Set 12 d03: the 2025 江西省政府工作报告: ``我代表江西省人民政府向大会报告工作`` (the full name printed),
# ``新的一年，我们要…`` (the report's own year), a 名词注释 attachment (entries as run-in titles).

REPORT = """2025年{region}政府工作报告
2025年1月17日在{region}第十四届人民代表大会第三次会议上
各位代表：
现在，我代表{speaker}向大会报告工作，请予审议。
一、2024年工作回顾
一年来，全省经济运行持续向好。
二、2025年工作安排
今年发展的主要预期目标是：地区生产总值增长5%左右。
新的一年，我们要大力支持国防和军队建设，推动军政军民团结。
附件
名词注释
1.“两重”、“两新”：“两重”是指国家重大战略实施和重点领域安全能力建设。
2.“一图四清单”：是指产业链图谱和企业、项目、技术、人才清单。
"""


@pytest.mark.parametrize(
    ("region", "speaker", "issuer"),
    [
        ("江西省", "江西省人民政府", "江西省人民政府"),  # printed in full: as printed
        ("浙江省", "省人民政府", "浙江省政府"),  # a level word alone: the title's form (blind b08)
        ("成都市", "成都市人民政府", "成都市人民政府"),
    ],
)
def test_a_report_takes_its_government_as_the_speaker_names_it_in_full(
    region: str, speaker: str, issuer: str
) -> None:
    notice = parse(REPORT.format(region=region, speaker=speaker))
    assert notice.metadata.issuers == [issuer]


def test_a_reports_new_year_is_its_own_year_and_its_glossary_entries_are_titles() -> None:
    notice = parse(REPORT.format(region="江西省", speaker="江西省人民政府"))
    assert [(t.deadline.year if t.deadline else None, t.text[:8]) for t in notice.targets] == [
        (2025, "今年发展的主要预"),
        (2025, "新的一年，我们要"),
    ]
    assert [(h.marker, h.title) for h in notice.headings if h.part == 1] == [
        ("1.", "“两重”、“两新”"),
        ("2.", "“一图四清单”"),
    ]


@pytest.mark.parametrize(("date", "year"), [("2025-01-20", 2025), ("2024-12-20", 2025), ("2025-06-30", 2025)])
def test_a_new_year_is_the_one_begun_or_from_october_the_one_about_to_begin(date: str, year: int) -> None:
    import datetime as dt

    text = "某某市人民政府关于做好有关工作的通知\n各区人民政府：\n新的一年，各区要完成老旧小区改造任务。\n"
    notice = parse(text, anchor_date=dt.date.fromisoformat(date))
    assert [t.deadline.year for t in notice.targets if t.deadline] == [year]
