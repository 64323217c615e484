"""Classes of input blind set 11 showed (scored once at b5488f2), each in forms beyond its documents:
unnumbered run-in titles that stand alone on their lines, their body on the next line
(``物流规模效益持续提高。`` / ``“十三五”期间，社会物流总额…``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse, parse_file

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


# ----------------------------------------------------------------------------- joint national notices on one line
# Set 11 d02: seven ministries' notice with every line break lost; its 版头 and signature run the
# names of central organs together (``生态环境部国家发展和改革委员会…国家能源局文件``), the
# signature keeps a few spaces between them.

_ONE_LINE = (
    "{mark}文件教发〔2023〕5号关于印发《职业教育产教融合赋能提升行动实施方案》的通知"
    "各省、自治区、直辖市教育厅（教委）、发展改革委、财政厅（局）：现将《职业教育产教融合赋能提升行动实施方案》"
    "印发给你们，请结合实际认真贯彻落实。{signature}2023年6月8日（此件主动公开）"
    "一、总体要求到2025年，国家和省级产教融合型城市建设50个左右。二、重点任务（一）深化产教融合。"
    "各地要加快推进产教融合型企业建设，完善支持政策。"
)


@pytest.mark.parametrize(
    ("mark", "signature", "issuers"),
    [
        (
            "教育部国家发展改革委财政部",
            "教育部 国家发展改革委财政部",
            ["教育部", "国家发展改革委", "财政部"],
        ),
        (
            "工业和信息化部国家发展和改革委员会科学技术部财政部人力资源和社会保障部自然资源部生态环境部住房和城乡建设部",
            "工业和信息化部 国家发展和改革委员会 科学技术部财政部 人力资源和社会保障部自然资源部 生态环境部住房和城乡建设部",
            [
                "工业和信息化部",
                "国家发展和改革委员会",
                "科学技术部",
                "财政部",
                "人力资源和社会保障部",
                "自然资源部",
                "生态环境部",
                "住房和城乡建设部",
            ],
        ),
        (
            "中国人民银行国家金融监督管理总局中国证券监督管理委员会",
            "中国人民银行国家金融监督管理总局中国证券监督管理委员会",
            ["中国人民银行", "国家金融监督管理总局", "中国证券监督管理委员会"],
        ),
    ],
)
def test_a_one_line_joint_notice_of_central_organs_keeps_its_head(
    mark: str, signature: str, issuers: list[str]
) -> None:
    notice = parse(_ONE_LINE.format(mark=mark, signature=signature))
    meta = notice.metadata
    assert meta.title == "关于印发《职业教育产教融合赋能提升行动实施方案》的通知"
    assert meta.doc_number == "教发〔2023〕5号"
    assert meta.issuers == issuers
    assert str(meta.date) == "2023-06-08"
    assert [t.deadline.year for t in notice.targets if t.deadline] == [2025]


@pytest.mark.parametrize(
    ("name", "pieces"),
    [
        ("生态环境部国家能源局", ["生态环境部", "国家能源局"]),
        ("国家卫生健康委员会国家中医药管理局", ["国家卫生健康委员会", "国家中医药管理局"]),
        (
            "山东省发展和改革委员会国家能源局山东监管办公室",
            ["山东省发展和改革委员会", "国家能源局山东监管办公室"],
        ),
        # one organ each: a ministry's office, the state's commission, the party's
        ("交通运输部办公厅", ["交通运输部办公厅"]),
        ("国务院国有资产监督管理委员会", ["国务院国有资产监督管理委员会"]),
        ("中共中央国家安全委员会", ["中共中央国家安全委员会"]),
        ("国家市场监督管理总局", ["国家市场监督管理总局"]),
    ],
)
def test_central_organs_run_together_are_split_and_one_organ_is_not(name: str, pieces: list[str]) -> None:
    from policyparse.grammar.organs import split_run

    assert [name[s:e] for s, e in split_run(name)] == pieces


# ----------------------------------------------------------------------------- a news page's headline box
# Set 11 d04: a site reposting a 新华社 report prints the article's title in a box with its
# 来源 and time (``<div class="…title"><div>习近平主持召开…座谈会</div><ul><li>来源：新华社</li>…``)
# and names it in ``<title>`` before a bare hyphen (``…座谈会-中国科普网``); the report under it
# opens with the wire's headline block (引题 ``…座谈会强调``, two 主题 lines, 副题 ``李强蔡奇出席``).

NEWS_PAGE = """<html><head><meta charset="utf-8"><title>{title}{separator}{site}</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/news">时政新闻</a></div>
<div class="detail-title">
  <div>{title}</div>
  <ul>
    <li>来源：新华社</li>
    <li>作者：</li>
    <li>2023-12-01 14:43</li>
  </ul>
</div>
<div class="article">
<p>{title}{kicker}</p>
<p>推动长三角一体化发展取得新的重大突破</p>
<p>在中国式现代化中更好发挥引领示范作用</p>
<p>李强蔡奇出席</p>
<p>新华社上海11月30日电 中共中央总书记、国家主席、中央军委主席习近平30日上午在上海主持召开{occasion}并发表重要讲话。他强调，深入推进长三角一体化发展，进一步提升创新能力、产业竞争力、发展能级，率先形成更高层次改革开放新格局，对于我国构建新发展格局、推动高质量发展，意义重大。</p>
<p>中共中央政治局常委、国务院总理李强，中共中央政治局常委、中央办公厅主任蔡奇出席座谈会。习近平在上海调研期间专门召开这次座谈会。座谈会上，各地负责同志先后发言，就推进一体化发展汇报工作情况、提出意见建议。</p>
<p>习近平在认真听取大家发言后指出，要完整、准确、全面贯彻新发展理念，紧扣一体化和高质量这两个关键词，树立全球视野和战略思维，坚定不移深化改革、扩大高水平开放。</p>
<p>习近平强调，长三角区域要加强科技创新和产业创新跨区域协同。大力推进科技创新，加强科技创新和产业创新深度融合，催生新产业新业态新模式，拓展发展新空间，培育发展新动能，更好联动长江经济带、辐射全国。</p>
<p>习近平指出，要加快完善一体化发展体制机制。着力打破行政壁垒，提高政策协同，让要素在更大范围畅通流动，有利于发挥各地区比较优势，实现更合理分工，凝聚更强大的合力，促进高质量发展。</p>
<p>习近平强调，要积极推进高层次协同开放。上海要加快建设具有世界影响力的社会主义现代化国际大都市，更好发挥龙头带动作用，苏浙皖各扬所长，加强改革举措的有机衔接和融会贯通。</p>
</div></body></html>"""


@pytest.mark.parametrize(
    ("title", "separator", "site", "kicker"),
    [
        ("习近平主持召开深入推进长三角一体化发展座谈会", "-", "中国科普网", "强调"),
        ("习近平主持召开深入推进长三角一体化发展座谈会", " - ", "人民网", "时指出"),
        ("李强主持召开国务院常务会议研究部署促进消费工作", "-", "某某市人民政府门户网站", "指出"),
    ],
)
def test_a_news_pages_title_box_gives_the_title_over_the_wires_headline_block(
    tmp_path: Path, title: str, separator: str, site: str, kicker: str
) -> None:
    path = tmp_path / "page.html"
    occasion = title.removeprefix("习近平主持召开").removeprefix("李强主持召开")
    path.write_text(
        NEWS_PAGE.format(title=title, separator=separator, site=site, kicker=kicker, occasion=occasion),
        encoding="utf-8",
    )
    notice = parse_file(path)
    assert notice.metadata.title == title
    assert notice.metadata.source == "新华社"
    assert str(notice.metadata.date) == "2023-12-01"
    assert notice.headings == []
    title_element = next(e for e in notice.metadata.elements if e.field == "title")
    assert notice.text[title_element.start : title_element.end] == title


@pytest.mark.parametrize(
    ("page_title", "parts"),
    [
        (
            "习近平主持召开深入推进长三角一体化发展座谈会-中国科普网",
            ["习近平主持召开深入推进长三角一体化发展座谈会", "中国科普网"],
        ),
        # a title's own hyphen joins years: no separator
        (
            "济南市促进民营经济发展壮大三年行动计划（2025-2027年）",
            ["济南市促进民营经济发展壮大三年行动计划（2025-2027年）"],
        ),
        (
            "关于印发2025-2027年行动计划的通知-济南市人民政府门户网站",
            ["关于印发2025-2027年行动计划的通知", "济南市人民政府门户网站"],
        ),
    ],
)
def test_a_bare_hyphen_separates_a_site_name_from_the_page_title(page_title: str, parts: list[str]) -> None:
    from policyparse.grammar.html import TITLE_SEPARATOR

    assert TITLE_SEPARATOR.split(page_title) == parts


# ----------------------------------------------------------------------------- a reposted article's page
# Set 11 d06: 中新网 reposting a 求是网 article; its dateline ``2020年07月04日 12:10　来源：求是网`` with
# a comments link glued (``参与互动``), and ``2020年《政府工作报告》提出，要…`` in the text.

ARTICLE_PAGE = """<html><head><meta charset="utf-8"><title>坚定实施扩大内需战略-中新网</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<div class="left-t">{dateline}　来源：求是网<a href="#comments"><img alt="{widget}">{widget}</a></div>
<div class="content">
<p>坚定实施扩大内需战略</p>
<p>编者按：为进一步深入学习宣传贯彻党的十九届四中全会精神，求是网推出“中国稳健前行”专栏，敬请关注。</p>
<p>内容摘要：进入新时代，坚定实施扩大内需战略，既是满足人民美好生活需要的必然要求。</p>
<p>2020年5月14日，中央政治局常委会会议指出，要深化供给侧结构性改革，充分发挥我国超大规模市场优势和内需潜力。2020年《政府工作报告》提出，要实施扩大内需战略。</p>
<p>2019年，内需对我国经济增长的贡献率达到89%，其中最终消费支出对经济增长的贡献率达到57.8%。扩大内需是中国特色社会主义经济发展的题中之义，体现了以人民为中心的发展思想。</p>
<p>坚定实施扩大内需战略，把我国超大规模市场优势和内需潜力充分激发出来，稳住经济基本盘，是我们应对各种风险挑战的战略基点。要加快构建完整的内需体系，着力扩大有效投资。</p>
</div></body></html>"""


@pytest.mark.parametrize(
    ("dateline", "widget"),
    [("2020年07月04日 12:10", "参与互动"), ("2020年7月4日", "我要评论"), ("2020-07-04 12:10", "分享到")],
)
def test_a_pages_dateline_and_source_come_without_its_widgets(
    tmp_path: Path, dateline: str, widget: str
) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_PAGE.format(dateline=dateline, widget=widget), encoding="utf-8")
    notice = parse_file(path)
    assert notice.source.page_metadata["来源"] == "求是网"
    assert str(notice.metadata.date) == "2020-07-04"
    # the year of a report's edition names it; 2019 is past once the page's date is known
    assert notice.targets == []


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("2020年《政府工作报告》提出，要实施扩大内需战略。", []),
        ("2025年《行动计划》确定的任务要全面完成。", []),
        ("2025年，要全面完成《行动计划》确定的任务。", [2025]),
    ],
)
def test_a_year_before_a_documents_name_names_its_edition(sentence: str, years: list[int]) -> None:
    notice = parse(
        f"某某市人民政府关于做好有关工作的通知\n各区人民政府：\n{sentence}\n某某市人民政府\n2020年3月1日\n"
    )
    assert [t.deadline.year for t in notice.targets if t.deadline] == years


# ----------------------------------------------------------------------------- a crawler's record in English keys
# Set 11 d05: ``# 原件固化`` / ``- corpus_id: …`` / ``- title: …`` / ``- publisher: …`` /
# ``- publish_date: …`` / ``---`` above the document, which prints its title on two lines.

RECORD = """{label}{bullet}corpus_id: gw-tongzhi-20220517-001
{bullet}title: 国务院办公厅关于印发“十四五”现代物流发展规划的通知
{bullet}source_url: https://www.gov.cn/zhengce/content/2022-12/15/content_5732092.htm
{bullet}publisher: 国务院办公厅
{bullet}publish_date: 2022-05-17
{bullet}capture_method: requests + BeautifulSoup
{rule}国务院办公厅关于印发
“十四五”现代物流发展规划的通知
国办发〔2022〕17号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《“十四五”现代物流发展规划》已经国务院同意，现印发给你们，请认真贯彻执行。
国务院办公厅
2022年5月17日
一、现状形势
现代物流一头连着生产，一头连着消费。
"""


@pytest.mark.parametrize(
    ("label", "bullet", "rule"),
    [
        ("# 原件固化\n\n", "- ", "\n---\n\n"),  # Markdown, as the document
        ("", "", "\n"),  # plain lines, no label, no rule
        ("原件固化\n", "* ", ""),
    ],
)
def test_a_crawlers_record_in_english_keys_is_not_the_documents_head(
    label: str, bullet: str, rule: str
) -> None:
    notice = parse(RECORD.format(label=label, bullet=bullet, rule=rule))
    meta = notice.metadata
    assert meta.title == "国务院办公厅关于印发“十四五”现代物流发展规划的通知"
    assert meta.doc_number == "国办发〔2022〕17号"
    assert meta.issuers == ["国务院办公厅"]
    assert str(meta.date) == "2022-05-17"
    assert [h.title for h in notice.headings] == ["现状形势"]
