"""The classes of documents blind set 4's first score missed: reprints in collections and
converters' output, news pages, portal pages.

Each class is tested with varied forms, not with the blind documents' own lines:

* a page marker a converter writes on its own line (``# Page 1401:``, ``--- Page 3 ---``,
  ``第3页 共10页``) is page furniture in any plain text;
* a PDF extraction that also broke its lines into fragments (a new line at each change of font,
  at ``“``) is still read as hard-wrapped, and a fragment ending in ``，`` runs on;
* a collection (汇编) numbers the documents it reprints (``7. 北京市…的通知（2023 年5 月9 日）``)
  and may label its parts above them (``（二）天津``);
* a report's occasion line run into its title line (``政府工作报告——2024年3月5日在…会议上``);
* a headline above a reporter's credit (``陈岩`` / ``BBC中文记者``);
* an HTML page whose lead quotes its own headline (``刊发文章《…》``);
* an abbreviated office opening a title (``天津市政务服务办关于…``);
* a portal's info table whose labels stand in cells of their own (``文号 | 丽政发〔2023〕30号``);
* a question standing as a news crosshead (``「一带一路」成功了吗？``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from policyparse import parse
from policyparse.document import Document
from policyparse.io.html import html_to_text
from policyparse.models import NoiseKind
from policyparse.textwraps import text_wrap_cuts

# ---------------------------------------------------------------- page markers


@pytest.mark.parametrize(
    "marker",
    [
        "# Page 1401:",
        "## Page 7",
        "--- Page 3 ---",
        "=== 第3页 ===",
        "第 3 页 共 10 页",
        "【第12页】",
        "Page 2 of 9",
    ],
)
def test_a_page_marker_line_is_cut_from_a_text_that_is_not_wrapped(marker: str) -> None:
    text = (
        "关于加强管理的通知\n一、总体要求\n做好各项工作。\n"
        + marker
        + "\n二、主要任务\n到2027年，建成平台。\n"
    )
    notice = parse(text)
    pages = [n for n in notice.noise if n.kind is NoiseKind.PAGE_NUMBER]
    assert [text[n.start : n.end].strip() for n in pages] == [marker]
    assert [h.title for h in notice.headings] == ["总体要求", "主要任务"]
    assert [t.text for t in notice.targets] == ["到2027年，建成平台。"]


@pytest.mark.parametrize("line", ["本页第3页内容有误", "共有3页材料", "Page views rose 12%"])
def test_a_line_that_only_mentions_a_page_is_kept(line: str) -> None:
    text = "关于加强管理的通知\n" + line + "\n到2027年，建成平台。\n"
    assert text_wrap_cuts(text) == []


def test_a_markdown_page_marker_is_not_the_title() -> None:
    text = "# Page 12:\n关于印发《城市更新行动方案》的通知\n市府办发〔2024〕3号\n各区人民政府：\n现印发给你们。\n"
    assert parse(text).metadata.title == "关于印发《城市更新行动方案》的通知"


# ---------------------------------------------------------------- fragmented wraps


def _fragmented(width: int, script: str = "simplified") -> str:
    """A PDF extraction: body lines of ``width`` characters, some lines broken at a ``，`` or
    before a quotation mark, page markers between pages."""
    filler = "各地区各部门要结合实际认真抓好落实推动工作取得实效持续提升服务水平" * 4
    body = []
    for index in range(30):
        start = (index * 7) % 40
        body.append(filler[start : start + width])
    opening = "2025 年，全区政务服务工作要深入贯彻落实党中央决策部署，按照市委全会精神和部署"
    while len(opening) - 0.5 * len(opening.encode("ascii", "ignore")) > width:  # ASCII: half a column
        opening = opening[:-1]
    sentence = [
        opening,
        "安排，以数字化变革为引领，",  # a fragment ending in ，
        "以政务服务标准化规范化便利化为主线，",
        "认真落实数字政务建设要求，持续深化",  # a piece of a clause, broken before “
        "“一网通办”，全面提升线上线下服务体验。",
    ]
    body[14] = body[14][: width - 1] + "。"  # the paragraph before the page break ends
    text = "\n".join([*body[:15], "# Page 21:", *sentence, *body[15:]]) + "\n"
    return _in_script(text, script)


def _in_script(text: str, script: str) -> str:
    """A few characters in Traditional script (the rest stays: a mixed copy, as such texts are)."""
    if script == "traditional":
        return text.replace("务", "務").replace("区", "區").replace("实", "實")
    return text


@pytest.mark.parametrize(("width", "script"), [(40, "simplified"), (32, "simplified"), (38, "traditional")])
def test_a_fragmented_extraction_is_rejoined(width: int, script: str) -> None:
    text = _fragmented(width, script)
    notice = parse(text, anchor_date=dt.date(2024, 6, 1))
    (target,) = notice.targets
    assert target.deadline.year == 2025
    assert target.text.startswith("2025 年，全")
    assert target.text.endswith(_in_script("全面提升线上线下服务体验。", script))
    assert "\n" not in target.text
    assert text[target.start : target.end].replace("\n", "").startswith("2025 年")
    kinds = {n.kind for n in notice.noise}
    assert {NoiseKind.HARD_WRAP, NoiseKind.PAGE_NUMBER} <= kinds


@pytest.mark.parametrize(
    ("pieces", "joined"),
    [
        # a marker alone on its line: its title is on the next (the full line before it ends there)
        (["（三）", "简便市场主体注销流程。"], "\n（三）简便市场主体注销流程。"),
        (["12．", "推进办事材料电子化。"], "\n12．推进办事材料电子化。"),
        (
            ["惠企政策原则上全部上线“亲清赣商”", "平台，通过平台兑现。"],
            "惠企政策原则上全部上线“亲清赣商”平台，通过平台兑现。",
        ),
        (
            ["创建8 个绿色工厂、", "1", "个绿色园区。"],
            "创建8 个绿色工厂、1个绿色园区。",
        ),  # a number and its unit
        (["印发天津市", "2023", "年优化营商环境责任清单。"], "印发天津市2023年优化营商环境责任清单。"),
    ],
)
def test_fragments_of_a_fragmented_extraction_run_on(pieces: list[str], joined: str) -> None:
    text = _fragmented(40)
    lead = "各地区各部门要结合实际认真抓好落实推动工作取得实效，持续提升服务水平，进一步优化营"  # a full line
    marker = "# Page 21:\n"
    text = text.replace(marker, marker + "\n".join([lead, *pieces]) + "\n")
    clean = Document.from_text(text).view.clean
    assert lead + joined in clean


def test_a_page_number_between_pages_is_still_cut() -> None:
    text = _fragmented(40).replace("# Page 21:\n", "\n21\n\n")
    cuts = text_wrap_cuts(text)
    assert [text[start:end].strip() for start, end, kind in cuts if kind is NoiseKind.PAGE_NUMBER] == ["21"]


def test_a_text_with_a_paragraph_per_line_is_not_taken_for_a_fragmented_one() -> None:
    # short lines ending in ，are fine in a web copy, but its paragraphs run wider than the mode
    lines = ["这是一段很长的正文内容" * (3 + index % 5) + "。" for index in range(30)]
    lines[5] = "其中，"
    assert text_wrap_cuts("\n".join(lines)) == []


# ---------------------------------------------------------------- a collection's numbered titles


@pytest.mark.parametrize(
    ("head", "title", "number"),
    [
        (
            "7. 北京市顺义区人民政府办公室关于印发《顺义区推行“一业\n一证”改革实施方案》的通知（2023 年5 月9 日）\n顺政办发〔2023〕2 号\n",
            "北京市顺义区人民政府办公室关于印发《顺义区推行“一业一证”改革实施方案》的通知",
            "顺政办发〔2023〕2号",
        ),
        (
            "3. 江西省人民政府办公厅关于印发江西省推进养老服务提质升级三年行动方案（2023-2025 年）的通知（2023 年5 月16 日）\n赣府厅字〔2023〕41 号\n",
            "江西省人民政府办公厅关于印发江西省推进养老服务提质升级三年行动方案（2023-2025年）的通知",
            "赣府厅字〔2023〕41号",
        ),
        (
            "12、杭州市人民政府办公厅关于加快推进\n数字经济发展的实施意见（2024年2月1日）\n杭政办函〔2024〕8号\n",
            "杭州市人民政府办公厅关于加快推进数字经济发展的实施意见",
            "杭政办函〔2024〕8号",
        ),
        (
            "（三）上海\n3. 上海市人民政府关于印发上海市\n2024\n年优化营商环境行动方\n案的通知（2024 年1 月8 日）\n沪府发〔2024〕1号\n",
            "上海市人民政府关于印发上海市2024年优化营商环境行动方案的通知",
            "沪府发〔2024〕1号",
        ),
    ],
)
def test_a_collections_numbered_title(head: str, title: str, number: str) -> None:
    text = (
        head
        + "各区人民政府：\n现将方案印发给你们，请认真贯彻执行。\n一、工作目标\n到2025年，全面推行改革。\n"
    )
    notice = parse(text)
    assert notice.metadata.title is not None
    assert notice.metadata.title.replace(" ", "") == title
    assert notice.metadata.doc_number_info is not None
    assert notice.metadata.doc_number_info.canonical == number
    assert [h.title for h in notice.headings] == ["工作目标"]


def test_a_document_opening_with_a_numbered_item_keeps_it_as_a_heading() -> None:
    text = "1. 加强组织领导\n各地要建立工作机制。\n2. 强化资金保障\n到2026年，资金全部到位。\n"
    notice = parse(text)
    assert notice.metadata.title is None
    assert [h.title for h in notice.headings] == ["加强组织领导", "强化资金保障"]


# ---------------------------------------------------------------- a report's occasion, a byline


@pytest.mark.parametrize(
    ("line", "title", "date"),
    [
        (
            "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强",
            "政府工作报告",
            "2024-03-05",
        ),
        ("政府工作报告——2025年1月14日在湖北省第十四届人民代表大会第三次会议上", "政府工作报告", "2025-01-14"),
    ],
)
def test_a_reports_occasion_run_into_its_title(line: str, title: str, date: str) -> None:
    text = (
        line
        + "\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2024年工作回顾\n过去一年成绩显著。\n"
    )
    metadata = parse(text).metadata
    assert (metadata.title, str(metadata.date)) == (title, date)


@pytest.mark.parametrize("byline", ["陈岩\nBBC中文记者", "本报记者 张三", "記者 王五、趙六", "新华社记者"])
def test_a_headline_ends_at_its_byline(byline: str) -> None:
    text = (
        "一带一路倡议十周年 改变世界的成败与未来\n"
        + byline
        + "\n2023年9月10日\n这个月，倡议提出已满十周年。\n"
    )
    assert parse(text).metadata.title == "一带一路倡议十周年 改变世界的成败与未来"


# ---------------------------------------------------------------- a page whose lead quotes its headline

_PAGE = """<html><head><title>{title}-新华网</title></head><body>
<div class="header"><h1><span class="title">{title}</span></h1></div>
<div id="detail"><p>新华社北京9月6日电 《经济参考报》9月6日刊发文章《{title}》。文章称，多个产品宣布开放。</p>
<p>{body}</p></div></body></html>"""


@pytest.mark.parametrize(
    "title", ["国产大模型陆续向公众开放　人工智能赛道“百舸争流”", "多地出台措施促进消费回暖"]
)
def test_a_headline_quoted_by_the_lead_is_still_put_on_top(title: str) -> None:
    body = "专家表示，相关新进展释放出积极信号。" * 20
    text = html_to_text(_PAGE.format(title=title, body=body)).text
    assert text.split("\n")[0] == title.replace("　", " ")


def test_a_headline_printed_inside_the_notices_own_title_is_not_put_on_top_again() -> None:
    title = "广州市天河区深化支持港澳青年创新创业高质量发展实施办法"
    page = f"""<html><head><title>{title}</title></head><body>
<div class="header"><h1>{title}</h1></div><div id="content">
<p>穗天科工信规字〔2023〕1号</p><p>关于印发{title}的通知</p><p>区属各单位：</p>
<p>《{title}》已经区委、区政府同意，现印发实施。</p><p>{"第一条 为支持港澳青年创新创业，制定本办法。" * 10}</p></div></body></html>"""
    text = html_to_text(page).text
    assert text.startswith("穗天科工信规字〔2023〕1号\n关于印发")


# ---------------------------------------------------------------- abbreviated offices


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("天津市政务服务办关于印发天津市2023年优化营商环境责任清单的通知", "天津市政务服务办"),
        ("国家网信办关于开展专项整治行动的通知", "国家网信办"),
        ("省医改办关于做好2024年医改重点工作的通知", "省医改办"),
    ],
)
def test_an_abbreviated_office_opening_a_title_issues_it(title: str, issuer: str) -> None:
    text = title + "\n各有关单位：\n现将有关事项通知如下。\n"
    assert parse(text).metadata.issuers == [issuer]


# ---------------------------------------------------------------- a portal's info table without colons

_INFO_PAGE = """<html><head><title>{title}</title></head><body>
<table class="xxgk_article"><tr><td>索引号</td><td>113325000026455663/2023-43887</td>
<td>文号</td><td>{number}</td></tr><tr><td>发布机构</td><td>市政府</td><td>成文日期</td><td>2023-10-16</td></tr></table>
<div class="content"><p>{title}</p><p>各区人民政府，市直各单位：</p><p>{body}</p>
<p>丽水市人民政府</p><p>2023年10月16日</p></div></body></html>"""


@pytest.mark.parametrize("number", ["丽政发〔2023〕30号", "浙政办发〔2024〕12号"])
def test_an_info_tables_labels_in_cells_of_their_own(number: str) -> None:
    title = "丽水市人民政府关于下达2023年安置任务的通知"
    body = "现将安置任务下达给你们，请按规定做好接收安置等各项工作。" * 8
    page = html_to_text(_INFO_PAGE.format(title=title, number=number, body=body))
    assert page.metadata["发文字号"] == number
    assert page.metadata["成文日期"] == "2023-10-16"


def test_a_header_row_of_labels_gives_no_pairs() -> None:
    from policyparse.io.html.info import info_pairs

    assert info_pairs(["序号\t文号\t标题\t发布日期", "1\t国发〔2024〕1号\t关于…的通知\t2024-01-02"]) == {}


# ---------------------------------------------------------------- a question as a crosshead

_BODY = "这个月，倡议提出已满十周年，各方对其成效看法不一。" * 3


@pytest.mark.parametrize("question", ["「一带一路」成功了吗？", "为什么要推行这项改革？", "新规何时落地?"])
def test_a_question_standing_between_paragraphs_is_a_crosshead(question: str) -> None:
    text = "倡议十周年的成败与未来\n2023年9月10日\n" + _BODY + "\n" + question + "\n" + _BODY + "\n"
    notice = parse(text)
    assert [h.title for h in notice.headings] == [question]


@pytest.mark.parametrize("line", ["这意味着什么？我们来看。", "他问，为什么？"])
def test_a_question_that_is_a_sentence_of_the_body_is_no_crosshead(line: str) -> None:
    text = "倡议十周年的成败与未来\n2023年9月10日\n" + _BODY + "\n" + line + "\n" + _BODY + "\n"
    assert parse(text).headings == []


# ---------------------------------------------------------------- a list of links inside a news body

_NEWS = """<html><head><title>倡议十周年-新闻</title></head><body><article>
<h1>倡议十周年 改变世界的成败与未来</h1><p>{body}</p>{listing}<h2>倡议成功了吗？</h2><p>{body}</p>
</article></body></html>"""


def _listing(items: list[tuple[str, str, str]]) -> str:
    return (
        "<ul>"
        + "".join(f'<li><a href="{href}">{text}</a>{tail}</li>' for text, href, tail in items)
        + "</ul>"
    )


@pytest.mark.parametrize(
    "related",
    [
        [
            ("中老跨国铁路通车 泛亚铁路计划艰难起步", "/news/1", ""),
            ("巨额负债的开发商 会否倒在黎明前", "/news/2", ""),
        ],
        [  # Traditional script, absolute links, three items
            ("中國老撾跨國鐵路通車 泛亞鐵路計劃艱難起步", "https://www.bbc.com/zhongwen/trad/world-1", ""),
            ("債權大戶中國如何平衡減免窮國債務", "https://www.bbc.com/zhongwen/trad/world-2", ""),
            ("多地出台措施促进消费回暖", "http://www.news.cn/2023-09/07/c_1.htm", ""),
        ],
    ],
    ids=["simplified", "traditional-absolute"],
)
def test_a_list_of_links_to_other_pages_is_chrome(related: list[tuple[str, str, str]]) -> None:
    body = "这个月，倡议提出已满十周年，各方对其成效看法不一，专家认为影响深远。" * 3
    text = html_to_text(_NEWS.format(body=body, listing=_listing(related))).text
    assert not any(name in text for name, _, _ in related)
    assert [h.title for h in parse(text).headings] == ["倡议成功了吗？"]


@pytest.mark.parametrize(
    "items",
    [
        [("附件1：重点任务分工表", "/files/fj1.pdf", ""), ("附件2：申报表", "/files/fj2.docx?id=3", "")],
        [
            ("《关于加强管理的通知》", "/policy/1.html", "（市府办发〔2024〕3号）"),
            ("《实施细则》", "/policy/2.html", "自2024年起施行"),
        ],
    ],
    ids=["attachments", "links-with-text"],
)
def test_a_list_of_attachments_or_of_described_links_is_kept(items: list[tuple[str, str, str]]) -> None:
    body = "这个月，倡议提出已满十周年，各方对其成效看法不一，专家认为影响深远。" * 3
    text = html_to_text(_NEWS.format(body=body, listing=_listing(items))).text
    assert all(name.strip("《》") in text for name, _, _ in items)
