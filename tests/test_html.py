"""HTML pages → the document they show: title, info table, body paragraphs, no page chrome."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse_file
from policyparse.diagnostics import Diagnostics
from policyparse.io import load_bytes
from policyparse.io.html import html_to_text, info_pairs
from tests.helpers import DEV, FIXTURES, gold_for

BLIND = FIXTURES / "blind" / "docs"

GOV_CN_INFO = {
    "020.html": {
        "索引号": "000014349/2018-00204",
        "主题分类": "综合政务\\政务公开",
        "发文机关": "国务院办公厅",
        "成文日期": "2018年10月27日",
        "标题": "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知",
        "发文字号": "国办函〔2018〕71号",
        "发布日期": "2018年11月09日",
    },
    "024.html": {
        "索引号": "000014349/2018-00221",
        "主题分类": "综合政务\\政务公开",
        "发文机关": "国务院办公厅",
        "成文日期": "2018年12月07日",
        "标题": "国务院办公厅关于推进政务新媒体健康有序发展的意见",
        "发文字号": "国办发〔2018〕123号",
        "发布日期": "2018年12月27日",
    },
}


def _page(name: str):  # type: ignore[no-untyped-def]
    return html_to_text((DEV / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(GOV_CN_INFO))
def test_gov_cn_info_table_goes_to_page_metadata(name: str) -> None:
    page = _page(name)
    assert page.metadata == GOV_CN_INFO[name]
    for label in ("索 引 号", "主题分类", "主 题 词", "扫一扫在手机打开当前页"):
        assert label not in page.text  # the info table and the page chrome are not the document


@pytest.mark.parametrize(
    ("name", "first_lines", "last_line", "line_count"),
    [
        (
            "020.html",
            ["国务院办公厅关于印发《政府网站集约化", "试点工作方案》的通知", "国办函〔2018〕71号", ""],
            "未纳入试点范围的其他省（区、市）和国务院部门，可参照本方案推进本地区本部门政府网站集约化工作。",
            41,
        ),
        (
            "024.html",
            ["国务院办公厅关于推进", "政务新媒体健康有序发展的意见", "国办发〔2018〕123号", ""],
            "（此件公开发布）",
            37,
        ),
        (
            "100.html",
            ["4月13日，橫琴粵澳深度合作區支持人才高質量發展新聞發佈會順利舉行，"],
            "此次新修訂的政策將進一步提升",
            16,
        ),
    ],
)
def test_body_paragraphs_in_order(name: str, first_lines: list[str], last_line: str, line_count: int) -> None:
    lines = _page(name).text.split("\n")
    assert lines[: len(first_lines)] == first_lines or lines[0].startswith(first_lines[0])
    assert lines[-1].startswith(last_line)
    assert len(lines) == line_count


def test_signature_block_lines_are_trimmed() -> None:
    lines = _page("020.html").text.split("\n")
    # <p>国务院办公厅&nbsp;&nbsp;…</p><p>&nbsp;2018年10月27日 &nbsp;…</p>
    assert lines[6:9] == ["国务院办公厅", "2018年10月27日", "（此件公开发布）"]


def test_run_in_heading_spans_stay_on_their_line() -> None:
    lines = _page("020.html").text.split("\n")
    assert "一、总体要求" in lines
    assert "（一）指导思想。" in lines
    assert any(line.startswith("（一）建设集约化平台。平台建设可采用省级统建模式") for line in lines)


@pytest.mark.parametrize("name", ["020.html", "024.html", "100.html"])
def test_dev_pages_parse_to_their_gold(name: str) -> None:
    notice = parse_file(DEV / name)
    gold = gold_for(DEV / name)
    assert notice.source.format == "html"
    assert [(h.level, h.marker, h.title) for h in notice.headings][:5] == [
        (h["level"], h["marker"], h["title"]) for h in gold["headings"]
    ][:5]
    assert notice.metadata.title == gold["metadata"]["title"]
    assert notice.metadata.doc_number == gold["metadata"]["doc_number"]
    for element in [*notice.headings, *notice.targets, *notice.tasks]:
        assert 0 <= element.start < element.end <= len(notice.text)


PORTAL_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于做好2026年幼儿园招生工作的通知 - 某某区人民政府门户网站</title>
<link rel="canonical" href="https://www.example.gov.cn/zwgk/content/post_1.html">
<meta name="ArticleTitle" content="关于做好2026年幼儿园招生工作的通知">
<style>p { color: red }</style><script>var x = "不是正文";</script>
</head><body>
<div class="header"><ul class="mainnav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<div class="location">您当前所在的位置：<a href="/">首页</a> &gt; <a>政务公开</a></div>
<div class="article">
  <div class="article-title"><h1>关于做好2026年幼儿园招生工作的通知</h1></div>
  <div class="article-attr"><span>发布时间：<b>2026-04-20 11:19:38</b></span>
    <span>信息来源：<b>某某区教育局</b></span><span class="llcs">浏览量：<b>-</b></span></div>
  <div class="share">分享到：<a>微信</a><a>微博</a></div>
  <div class="article-content" id="zoomcon">
    <p>各幼儿园：</p>
    <p>　　现将有关事项通知如下。</p>
    <p>一、招生原则<br>（一）适龄优先。小班的入园年龄为3周岁。</p>
    <p style="display:none">隐藏的文字</p>
    <table><tr><td>序号</td><td>幼儿园</td><td>学位</td></tr><tr><td>1</td><td>第一幼儿园</td><td>120</td></tr></table>
    <p>某某区教育局</p><p>2026年4月20日</p>
    <p>【打印本页】【关闭窗口】</p>
  </div>
</div>
<div class="footer">主办单位：某某区人民政府办公室 版权所有</div>
</body></html>"""


def test_portal_page() -> None:
    diagnostics = Diagnostics()
    page = html_to_text(PORTAL_PAGE, diagnostics=diagnostics)
    assert page.text.split("\n") == [
        "关于做好2026年幼儿园招生工作的通知",
        "各幼儿园：",
        "现将有关事项通知如下。",
        "一、招生原则",
        "（一）适龄优先。小班的入园年龄为3周岁。",
        "序号 | 幼儿园 | 学位",
        "1 | 第一幼儿园 | 120",
        "某某区教育局",
        "2026年4月20日",
    ]
    assert page.url == "https://www.example.gov.cn/zwgk/content/post_1.html"
    assert page.headline == "关于做好2026年幼儿园招生工作的通知"
    assert page.metadata == {
        "发布日期": "2026-04-20 11:19:38",
        "来源": "某某区教育局",
        "网页标题": "关于做好2026年幼儿园招生工作的通知 - 某某区人民政府门户网站",
    }
    assert diagnostics.items == []


def test_headline_is_not_repeated_when_the_text_starts_with_it() -> None:
    html = (
        "<html><head><title>国务院关于印发《X规划》的通知_政府信息公开</title></head><body>"
        "<h1>国务院关于印发《X规划》的通知</h1>"
        "<div id='UCAP-CONTENT'><p>国务院关于印发《X规划》的通知</p><p>国发〔2017〕35号</p>"
        "<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p><p>现将《X规划》印发给你们，请认真贯彻执行。</p></div>"
        "</body></html>"
    )
    lines = html_to_text(html).text.split("\n")
    assert lines[0] == "国务院关于印发《X规划》的通知"
    assert lines.count("国务院关于印发《X规划》的通知") == 1


_BODY = (
    "<div class='conBox'><p>各县（市、区）人民政府，市人民政府各部门：</p>"
    "<p>为促进房地产市场平稳健康发展，现提出如下意见。</p><p>一、实施购房契税补贴</p>"
    "<p>在市区内购买商品住宅的，给予已缴契税50%消费补贴。</p></div>"
)


@pytest.mark.parametrize(
    ("head", "printed", "expected"),
    [
        # a portal's ArticleTitle meta (政府网站发展指引) and no printed heading: the meta's title
        (
            "<title>某某市人民政府办公室关于促进房地产市场平稳健康发展的意见_文件通知_某某市住房和城乡建设局</title>"
            "<meta name='ArticleTitle' content='某某市人民政府办公室关于促进房地产市场平稳健康发展的意见'>",
            "",
            "某某市人民政府办公室关于促进房地产市场平稳健康发展的意见",
        ),
        # a printed headline longer than the <title>'s first part (标题_站点): the printed one
        (
            "<title>某区“十条”房地产政策发布_某某网</title>",
            "<h1>换房补贴最高17万元！某区“十条”房地产政策发布</h1>",
            "换房补贴最高17万元！某区“十条”房地产政策发布",
        ),
        # the same with the other separators of a <title>
        (
            "<title>某区“十条”房地产政策发布 | 频道 | 某某网</title>",
            "<div class='article-title'>换房补贴最高17万元！某区“十条”房地产政策发布</div>",
            "换房补贴最高17万元！某区“十条”房地产政策发布",
        ),
        (
            "<title>某区“十条”房地产政策发布 - 某某网</title>",
            "<h2>某区“十条”房地产政策发布</h2>",
            "某区“十条”房地产政策发布",
        ),
        # a page title that matches no printed heading, without ArticleTitle: no headline
        ("<title>某某网 - 新闻中心</title>", "<h1>今日要闻</h1>", None),
    ],
)
def test_headline_from_the_page_title_and_portal_meta(head: str, printed: str, expected: str | None) -> None:
    page = html_to_text(f"<html><head>{head}</head><body>{printed}{_BODY}</body></html>")
    assert page.headline == expected
    if expected is not None:
        assert page.text.split("\n")[0] == expected


def test_info_table_title_heads_a_body_without_one() -> None:
    html = (
        "<div class='wrap'><table><tr><td>标　　题：</td><td>国务院关于同意建立某某制度的批复</td></tr>"
        "<tr><td>发文字号：</td><td>国函〔2019〕1号</td><td>成文日期：</td><td>2019年01月05日</td></tr></table>"
        "<div id='UCAP-CONTENT'><p>某某部：</p><p>你部关于建立某某制度的请示收悉。现批复如下：同意建立某某制度。</p>"
        "<p>国务院</p><p>2019年1月5日</p></div></div>"
    )
    page = html_to_text(html)
    assert page.text.split("\n")[:2] == ["国务院关于同意建立某某制度的批复", "某某部："]
    assert page.headline == "国务院关于同意建立某某制度的批复"
    assert _page("020.html").headline is None  # its body prints the title itself


def test_info_table_inside_the_content_is_moved_to_metadata() -> None:
    html = (
        "<div class='content'><table>"
        "<tr><td>索引号：</td><td>11440100/2023-00331</td><td>分类：</td><td></td></tr>"
        "<tr><td>发布机构：</td><td>广州市卫生健康委员会</td><td>成文日期：</td><td>2023-10-19</td></tr>"
        "<tr><td>文号：</td><td>穗卫函〔2023〕1930号</td><td>发布日期：</td><td>2023-11-07</td></tr>"
        "</table><p>各区卫生健康局：</p><p>现印发给你们，请贯彻执行。现印发给你们，请贯彻执行。</p></div>"
    )
    page = html_to_text(html)
    assert page.text == "各区卫生健康局：\n现印发给你们，请贯彻执行。现印发给你们，请贯彻执行。"
    assert page.metadata == {
        "索引号": "11440100/2023-00331",
        "发文机关": "广州市卫生健康委员会",
        "成文日期": "2023-10-19",
        "发文字号": "穗卫函〔2023〕1930号",
        "发布日期": "2023-11-07",
    }


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["索 引 号：\t000014349/2018-00204\t主题分类：\t综合政务\\政务公开"],
            {"索引号": "000014349/2018-00204", "主题分类": "综合政务\\政务公开"},
        ),
        (
            ["标　　题：\t国务院办公厅关于推进政务新媒体健康有序发展的意见"],
            {"标题": "国务院办公厅关于推进政务新媒体健康有序发展的意见"},
        ),
        (["文　　号： 穗府办规〔2021〕19号"], {"发文字号": "穗府办规〔2021〕19号"}),
        (["发布日期：2023-11-07\u00a0\u00a0浏览次数：-"], {"发布日期": "2023-11-07"}),
        (
            ["发表时间：2026-04-29 09:22:29 信息来源：南方+ 浏览量：-"],
            {"发布日期": "2026-04-29 09:22:29", "来源": "南方+"},
        ),
        (["来源：广州日报"], {"来源": "广州日报"}),
        (["主 题 词：\t\t"], {}),
        (["联系人：孙映吟，联系电话：81085234"], {}),
        (["發文字號：府授法字第1130001號"], {"发文字号": "府授法字第1130001號"}),
    ],
)
def test_info_pairs(lines: list[str], expected: dict[str, str]) -> None:
    assert info_pairs(lines) == expected


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>第一段</p><p>第二段</p>", "第一段\n第二段"),
        ("<div>甲<br>乙<br/>丙</div>", "甲\n乙\n丙"),
        ("<p>甲</p><p><br></p><p><br></p><p>乙</p>", "甲\n\n乙"),
        ("<p>国务院办公厅\n  关于  印发</p>", "国务院办公厅 关于 印发"),
        ("<p>一、<b>总体</b><span>要求</span></p>", "一、总体要求"),
        ("<ul><li>一是加强领导</li><li>二是强化保障</li></ul>", "一是加强领导\n二是强化保障"),
        ("<p>甲</p><!-- 注释 --><script>alert(1)</script><p>乙</p>", "甲\n乙"),
        ("<pre>第一行\n  第二行</pre>", "第一行\n第二行"),
        # an <ol> shows its numbers, as the browser does
        ("<ol><li>加强领导</li><li>强化保障</li></ol>", "1.加强领导\n2.强化保障"),
        ("<ol start='3' type='a'><li>甲</li><li value='7'>乙</li></ol>", "c.甲\ng.乙"),
        ("<ol type='I'><li>甲</li><li>乙</li></ol>", "I.甲\nII.乙"),
        ("<ol style='list-style: none'><li>甲</li></ol>", "甲"),
        ("<style>ul, ol { margin: 0; list-style: none }</style><ol><li>甲</li></ol>", "甲"),
        ("<p>文字&nbsp;&amp;&nbsp;符号&lt;&gt;</p>", "文字\u00a0&\u00a0符号<>"),
        ("<table><tr><td><p>甲段</p><p>乙段</p></td><td>丙段丁段</td></tr></table>", "甲段\n乙段\n丙段丁段"),
        # a cell holding 70 % of the page's text is the content block; the rest is left out
        (
            "<table><tr><td><p>第一段文字</p><p>第二段文字</p></td><td>旁注</td></tr></table>",
            "第一段文字\n第二段文字",
        ),
    ],
)
def test_layout_rules(html: str, text: str) -> None:
    assert html_to_text(html).text == text


def test_a_wrapper_named_like_chrome_that_holds_the_page_is_kept() -> None:
    html = (
        "<body><div class='header-main'><div class='nav'><a>首页</a>导航</div>"
        "<div class='text'><p>第一段正文内容。</p><p>第二段正文内容。</p></div></div>"
        "<div class='footer'>主办单位：某某区人民政府办公室</div></body>"
    )
    assert html_to_text(html).text == "第一段正文内容。\n第二段正文内容。"


@pytest.mark.parametrize("extra", ["skipAutoFix", "print-area", "share-body", "menu-text"])
def test_the_named_text_container_is_never_chrome(extra: str) -> None:
    # Portals with an accessibility toolkit put ``skipAutoFix`` on every element of the article
    # (blind b26); a container named as the text's (article-content, zoom) is kept whatever
    # else it is called, while the chrome blocks beside it (related links, footer) are not.
    related = "".join(f"<li>相关链接第{i}条的标题文字</li>" for i in range(10))
    footer = (
        "主办单位：某某县人民政府办公室　承办单位：某某县信息中心　联系电话：０７９５－１２３４５６７８　网站标识码：３６０９２２００００"
        * 2
    )
    html = (
        f"<body><div class='crumb'>首页 &gt; 统计公报</div><div class='related'><ul>{related}</ul></div>"
        f"<div class='footer'>{footer}</div>"
        f"<div class='article-content {extra}' id='zoomcon'><p>一、综合</p>"
        + "<p>国民经济继续健康稳定发展。全年生产总值增长百分之八。</p>" * 6
        + "</div></body>"
    )
    assert html_to_text(html).text == "\n".join(
        ["一、综合"] + ["国民经济继续健康稳定发展。全年生产总值增长百分之八。"] * 6
    )


def test_a_portal_page_with_an_accessibility_toolkit_keeps_its_text() -> None:
    notice = parse_file(BLIND / "b26.html")  # 万载县2015年国民经济和社会发展统计公报
    assert [h.title for h in notice.headings if h.level == 1][:3] == ["综合", "农业", "工业与建筑业"]
    assert len(notice.text) > 5000


def test_page_metadata_keys_are_the_documented_ones() -> None:
    from policyparse.lexicon.html import INFO_KEYS

    for name in ("020.html", "024.html"):
        assert set(_page(name).metadata) <= {*INFO_KEYS, "网页标题"}
    assert INFO_KEYS[:3] == ("索引号", "统一编号", "主题分类")


def test_page_without_body_text_gets_w004_and_its_title() -> None:
    diagnostics = Diagnostics()
    page = html_to_text(
        "<html><head><title>国务院公报</title></head><body>  </body></html>", diagnostics=diagnostics
    )
    assert page.text == "国务院公报"
    assert [d.code for d in diagnostics.items] == ["W004"]


def test_a_plain_full_page_is_read_without_warnings() -> None:
    diagnostics = Diagnostics()
    page = html_to_text(
        "<html><head><title>通知</title></head><body><p>第一段。</p><p>第二段。</p></body></html>",
        diagnostics=diagnostics,
    )
    assert (page.text, diagnostics.items) == ("第一段。\n第二段。", [])


def test_an_extraction_failure_keeps_the_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import policyparse.io.html as html_module

    def broken(*args: object) -> None:
        raise RuntimeError("unexpected markup")

    monkeypatch.setattr(html_module, "_extract", broken)
    diagnostics = Diagnostics()
    page = html_to_text("<p>第一段</p><p>第二段</p>", diagnostics=diagnostics)
    assert page.text == "第一段\n第二段"
    assert [d.code for d in diagnostics.items] == ["W004"]


def test_empty_html_file_is_an_empty_notice(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head></head><body></body></html>", encoding="utf-8")
    notice = parse_file(path)
    assert notice.text == ""
    assert {d.code for d in notice.diagnostics} >= {"W004", "I001"}


def test_duplicate_desktop_and_mobile_copies_are_read_once() -> None:
    body = "".join(f"<p>第{i}段，内容相同。</p>" for i in range(1, 6))
    html = f"<body><div class='pc'>{body}</div><div class='wap'>{body}</div></body>"
    assert html_to_text(html).text.split("\n") == [f"第{i}段，内容相同。" for i in range(1, 6)]


@pytest.mark.parametrize(
    ("declaration", "name", "encoding"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=gbk">', "page.htm", "gbk"),
        ("<meta charset='GB2312'>", "page.html", "gb2312"),
        ('<?xml version="1.0" encoding="gb2312"?>', "page.xhtml", "gb2312"),
    ],
)
def test_declared_charset_of_a_page(declaration: str, name: str, encoding: str) -> None:
    html = f"{declaration}<html><body><p>“国务院”关于</p></body></html>"
    loaded = load_bytes(html.encode(encoding), name=name)
    assert (loaded.text, loaded.source.encoding, loaded.source.format) == ("“国务院”关于", encoding, "html")


def test_html_name_without_markup_is_read_as_text() -> None:
    loaded = load_bytes("第一行\n第二行".encode(), name="notice.html")
    assert (loaded.text, loaded.source.format) == ("第一行\n第二行", "text")


def test_html_is_recognised_without_an_html_suffix() -> None:
    loaded = load_bytes("<!DOCTYPE html><html><body><p>通知</p></body></html>".encode(), name="page")
    assert (loaded.text, loaded.source.format) == ("通知", "html")
    plain = load_bytes(b"<p> is how paragraphs start", name="notes.txt")
    assert plain.source.format == "text"


def test_deeply_nested_markup_is_read() -> None:
    # The HTML5 tree builder is quadratic in the depth of nested blocks (60,000 levels: ~20 s);
    # such pages are flattened first (timed in benchmarks/adversarial.py, deep_html).
    count = 30_000
    page = html_to_text("<div>" * count + "正文" + "</div>" * count)
    assert page.text == "正文"
