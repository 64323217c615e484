"""Classes of input blind set 6 showed (scored once at aa90201), each in forms beyond its documents:
navigation links in Markdown, a broadcast transcript whose report is an item of its short-news
item, and the count closing a list of releasing bodies."""

from __future__ import annotations

import pytest

from policyparse import parse
from policyparse.document import Document
from policyparse.models import DocumentKind, NoiseKind

# ---------------------------------------------------------------- navigation links


@pytest.mark.parametrize(
    "link", ["[查看原文](https://tv.example.com/a.shtml)", "[阅读原文 ↗](https://example.com/x)"]
)
def test_a_navigation_link_is_page_chrome(link: str) -> None:
    text = (
        "# 某市关于加快建设数字政府的实施意见\n\n"
        "为加快建设数字政府，结合本市实际，提出如下意见。\n\n"
        f"{link}\n\n"
        "到2027年，全市政务服务事项全部实现网上可办。\n\n"
        f"{link}\n"
    )
    notice = parse(text)
    assert all("原文" not in h.title for h in notice.headings)
    assert all("原文" not in t.title for t in notice.tasks)
    assert [t.deadline.year for t in notice.targets] == [2027]


def test_a_link_naming_a_document_keeps_its_text() -> None:
    text = "现将[《某市数字政府建设实施方案》](https://example.com/fangan.pdf)印发给你们，请认真贯彻执行。\n"
    assert "现将《某市数字政府建设实施方案》印发给你们" in Document.from_text(text).norm


# ---------------------------------------------------------------- a transcript's short-news item

REPORT = (
    "多部门联合发文 推动新能源重卡规模化应用",
    "近日，交通运输部、国家发展改革委等11个部门联合发布《推动新能源重卡规模化应用实施方案》，"
    "提出到2030年，新能源重卡渗透率将达到40%。",
)
SHORT_NEWS = [
    ("文化和自然遗产日主场城市活动在武汉举行", "今天，2026年文化和自然遗产日主场城市活动在湖北武汉举行。"),
    REPORT,
    (
        "四部门部署农村务农务工出行安全整治工作",
        "近日，国务院安委会办公室、公安部联合部署整治工作，严厉查处违法行为。",
    ),
]
ITEMS = [
    ("我国海洋生态保护修复取得新成效", "记者从自然资源部了解到，我国海洋生态保护修复取得新成效。"),
    ("多项措施促进铁路与旅游融合发展", "到2030年，在全国范围内打造160列以上铁路旅游列车专用车组。"),
]


def _transcript(short_news: list[tuple[str, str]], *, html: bool) -> str:
    def item(headline: str, paragraphs: list[str]) -> str:
        if html:
            body = "<p><strong>央视网消息</strong>（新闻联播）：</p>" + "".join(
                f"<p>{p}</p>" for p in paragraphs
            )
        else:
            body = "央视网消息（新闻联播）：\n" + "\n".join(paragraphs)
        return f"### {headline}\n\n{body}\n\n[查看原文](https://tv.example.com/v.shtml)\n"

    def bold(text: str) -> str:
        return f"<strong>{text}</strong>" if html else text

    short = [p for headline, body in short_news for p in (bold(headline), body)]
    blocks = [
        "# 《新闻联播》 (20260613)\n\n## 新闻摘要\n\n本期节目主要内容：\n\n1.我国海洋生态保护修复取得新成效；\n\n"
        "2.国内联播快讯。\n（《新闻联播》 20260613 19：00）\n\n## 详细新闻\n",
        item(*ITEMS[0][:1], [ITEMS[0][1]]),
        item("国内联播快讯", short),
        item(*ITEMS[1][:1], [ITEMS[1][1]]),
    ]
    return "\n".join(blocks)


@pytest.mark.parametrize("html", [True, False])
@pytest.mark.parametrize("place", [0, 1, 2])
def test_a_short_news_item_reporting_a_plan_is_the_report(html: bool, place: int) -> None:
    short = [item for item in SHORT_NEWS if item is not REPORT]
    short.insert(place, REPORT)
    notice = parse(_transcript(short, html=html))
    assert notice.kind is DocumentKind.NEWS
    assert notice.metadata.title == REPORT[0]
    assert notice.metadata.issuers == ["交通运输部", "国家发展改革委"]
    assert str(notice.metadata.date) == "2026-06-13"  # the edition's date line, cut with the rest
    assert notice.headings == []
    assert [t.deadline.year for t in notice.targets] == [2030]
    assert "新能源重卡" in notice.targets[0].text  # not the railway item's 2030


def test_a_release_cue_without_a_plan_named_leaves_the_transcript_whole() -> None:
    short = [
        SHORT_NEWS[0],
        ("多部门联合发文 加强农村出行安全", "近日，多部门联合部署整治工作，严厉查处违法行为。"),
    ]
    notice = parse(_transcript(short, html=True))
    assert not any(n.kind is NoiseKind.BUNDLED_ITEM for n in notice.noise)


# ---------------------------------------------------------------- the count closing a list of bodies


@pytest.mark.parametrize(
    ("lead", "bodies"),
    [
        (
            "近日，交通运输部、国家发展改革委等11个部门联合发布《推动新能源重卡规模化应用实施方案》。",
            ["交通运输部", "国家发展改革委"],
        ),
        ("日前，工业和信息化部等8部门联合印发《关于加快传统制造业转型升级的指导意见》。", ["工业和信息化部"]),
        ("近日，国家发展改革委等十部门印发《关于促进服务消费的意见》。", ["国家发展改革委"]),
    ],
)
def test_a_count_after_the_releasing_bodies_is_not_their_name(lead: str, bodies: list[str]) -> None:
    notice = parse(f"多部门发文 支持产业发展\n\n新华社北京3月1日电 {lead}\n")
    assert notice.metadata.issuers == bodies


# ---------------------------------------------------------------- a promulgation line under a label


@pytest.mark.parametrize(
    "between",
    [
        "国家市场监督管理总局规章\n\n某某管理办法\n",  # a collection's label, the title printed again
        "部门规章\n",
        "",
    ],
)
@pytest.mark.parametrize("spaced", [True, False])
def test_a_promulgation_line_below_a_label_dates_the_rule(between: str, spaced: bool) -> None:
    line = (
        "（2015 年 10 月 21 日国家食品药品监督管理总局令第 18 号公布 自\n\n2016 年 2 月 1 日起施行）"
        if spaced
        else "（2015年10月21日国家食品药品监督管理总局令第18号公布 自2016年2月1日起施行）"
    )
    text = (
        f"# 某某管理办法\n\n{between}\n{line}\n\n# 第一章 总则\n\n"
        "#### 第一条 为加强管理，制定本办法。\n\n#### 第二条 本办法适用于全国。\n\n"
        "#### 第三条 国家食品药品监督管理总局负责全国监督管理工作。\n"
    )
    meta = parse(text).metadata
    assert str(meta.date) == "2015-10-21"
    assert meta.issuers == ["国家食品药品监督管理总局"]
    assert (meta.doc_number or "").replace(" ", "") == "国家食品药品监督管理总局令第18号"


def test_a_joint_orders_organs_are_its_issuers() -> None:
    text = (
        "# 某某监测和再评价管理办法\n\n国家市场监督管理总局规章\n\n"
        "（2018 年 8 月 13 日国家市场监督管理总局、国家卫生健康委员会令第 1 号公布 自 2019 年 1 月 1 日起施行）\n\n"
        "# 第一章 总则\n\n#### 第一条 为加强管理，制定本办法。\n\n#### 第二条 本办法适用于全国。\n\n"
        "#### 第三条 国家药品监督管理局负责全国监测工作。\n"
    )
    meta = parse(text).metadata
    assert meta.issuers == ["国家市场监督管理总局", "国家卫生健康委员会"]
    assert (meta.doc_number or "").replace(" ", "") == "国家市场监督管理总局、国家卫生健康委员会令第1号"
    assert str(meta.date) == "2018-08-13"


# ---------------------------------------------------------------- double-spaced hard wraps


def _double_spaced(paragraphs: list[str], width: int = 26) -> str:
    lines = [p[i : i + width] for p in paragraphs for i in range(0, len(p), width)]
    return "\n\n".join(lines) + "\n"


def test_a_double_spaced_hard_wrapped_text_is_rejoined() -> None:
    paragraphs = [
        "第三条 国家药品监督管理局负责全国医疗器械不良事件监测和再评价的监督管理工作，会同国务院卫生行政部门组织开展调查和处理。",
        "第四条 省、自治区、直辖市药品监督管理部门负责本行政区域内医疗器械不良事件监测和再评价的监督管理工作，组织开展调查。",
    ] * 6
    view = Document.from_text(_double_spaced(paragraphs)).norm
    assert (
        "国家药品监督管理局负责全国医疗器械不良事件监测和再评价的监督管理工作，会同国务院卫生行政部门组织开展调查和处理。"
        in view
    )
    assert view.count("处理。\n\n第四条") == 6  # a paragraph ending in 。 stays apart from the next article


def test_one_blank_line_still_ends_a_paragraph_in_a_single_spaced_text() -> None:
    lines = ["行" * 25 + "对"] * 24
    text = "\n".join(lines[:12]) + "\n\n" + "\n".join(lines[12:]) + "\n"
    view = Document.from_text(text).norm
    assert view.count("对\n\n行") == 1  # the other line breaks are wraps


# ---------------------------------------------------------------- the notice under a crawler's heading

WRAPPER = (
    "---\ntitle: 某省加快充换电基础设施建设的实施方案\ndate: '2024-02-08'\n---\n"
    "# 某省加快充换电基础设施建设的实施方案\n\n**发文机构**: 某省人民政府办公厅  \n**发布日期**: 2024-02-08  \n"
    "**来源**: https://example.gov.cn/a.html\n\n## 政策原文\n{notice}\n各市（州）人民政府，省政府各厅委办：\n"
    "《某省加快充换电基础设施建设的实施方案》已经省政府同意，现印发给你们，请认真贯彻执行。\n"
    "某省人民政府办公厅\n2024年2月7日\n某省加快充换电基础设施建设的实施方案\n"
    "一、总体要求\n到2025年，全省建成充电桩12万个以上。\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "某省人民政府办公厅\n关于印发某省加快充换电基础设施\n建设实施方案的通知\n某政办发〔2024〕3号",  # 的 dropped
        "某省人民政府办公厅关于印发某省加快充换电基础设施建设的实施方案的通知\n某政办发〔2024〕3号",
        "某省人民政府办公厅关于印发《某省加快充换电基础设施建设的实施方案》的通知\n某政办发〔2024〕3号",
    ],
)
def test_the_notice_under_a_crawlers_heading_is_the_document(notice: str) -> None:
    meta = parse(WRAPPER.format(notice=notice)).metadata
    assert (meta.title or "").startswith("某省人民政府办公厅关于印发")
    assert meta.doc_number == "某政办发〔2024〕3号"
    assert meta.issuers == ["某省人民政府办公厅"]
    assert str(meta.date) == "2024-02-07"


def test_a_heading_over_its_own_document_stays_the_title() -> None:
    text = WRAPPER.format(notice="").replace(
        "《某省加快充换电基础设施建设的实施方案》已经省政府同意，现印发给你们，请认真贯彻执行。\n", ""
    )
    assert parse(text).metadata.title == "某省加快充换电基础设施建设的实施方案"


# ---------------------------------------------------------------- a seal lent under another organ


@pytest.mark.parametrize(
    ("signature", "issuers"),
    [
        ("某区成品油市场监管联席会议办公室\n某区商务委员会（代章）", ["某区成品油市场监管联席会议办公室"]),
        ("某省促进消费厅际联席会议（代章）", ["某省促进消费厅际联席会议"]),  # alone: the issuer
    ],
)
def test_an_organ_lending_its_seal_under_another_is_no_issuer(signature: str, issuers: list[str]) -> None:
    text = f"关于做好近期促进消费工作的通知\n各有关单位：\n现将有关事项通知如下，请认真贯彻执行。\n{signature}\n2024年4月16日\n"
    assert parse(text).metadata.issuers == issuers


# ---------------------------------------------------------------- a broadcast's chrome and date


def test_a_videos_length_is_no_heading_and_the_edition_dates_the_transcript() -> None:
    items = "\n\n".join(
        f"### {headline}\n\n视频时长: 02:1{n}\n\n<p><strong>央视网消息</strong>（新闻联播）：</p><p>{body}</p>\n"
        for n, (headline, body) in enumerate(
            [
                (
                    "今年前7个月我国货物贸易进出口超30万亿元",
                    "海关总署今天公布，今年前7个月，我国货物贸易进出口总值30.13万亿元。",
                ),
                ("大面积单产提升持续加力", "今年，我国首次启动20个大面积单产提升整建制推进市。"),
                (
                    "我国重点生态保护区域保护成效显著",
                    "记者从生态环境部了解到，重点生态保护区域保护成效显著。",
                ),
            ]
        )
    )
    notice = parse(f"# 《新闻联播》 (20260807)\n\n## 详细新闻\n\n{items}")
    assert all("视频时长" not in h.title for h in notice.headings)
    assert str(notice.metadata.date) == "2026-08-07"
    assert all("前7个月" not in t.text for t in notice.targets)


# ---------------------------------------------------------------- a plan's dated phases

PHASE_HEAD = "关于印发某区专项整治工作方案的通知\n某区人民政府办公室\n2024年3月20日\n五、工作步骤\n"


@pytest.mark.parametrize(
    ("line", "text", "year", "month"),
    [
        (
            "第一阶段：动员部署、摸底排查阶段（即日起至4月30日）。制定实施方案。",
            "动员部署、摸底排查阶段（即日起至4月30日）。",
            2024,
            4,
        ),
        (
            "第二阶段 集中整治阶段（5月1日至10月31日）。逐项清理。",
            "集中整治阶段（5月1日至10月31日）。",
            2024,
            10,
        ),
        (
            "1.第一阶段(2024年7月至2024年12月)。以主次干道为整治重点。",
            "第一阶段(2024年7月至2024年12月)。",
            2024,
            12,
        ),
        (
            "（二）集中整治阶段（2024年6月—2025年6月）。全面开展整治。",
            "集中整治阶段（2024年6月—2025年6月）。",
            2025,
            6,
        ),
        ("（三）总结提升階段（2024年7月-12月）。總結經驗。", "总结提升階段（2024年7月-12月）。", 2024, 12),
        ("2、部署阶段（2024年5月）。召开动员会。", "部署阶段（2024年5月）。", 2024, 5),
    ],
)
def test_a_phase_written_as_a_sentence_is_a_target(line: str, text: str, year: int, month: int) -> None:
    notice = parse(PHASE_HEAD + line + "\n")
    assert [(t.text, t.deadline.year, t.deadline.month) for t in notice.targets] == [(text, year, month)]


def test_phases_on_one_line_each_give_a_target() -> None:
    line = "三、时间安排1.第一阶段(2024年7月至2024年12月)。以中心城区为重点。2.第二阶段(2025年1月至2025年11月)。查缺补漏。"
    notice = parse("关于印发某市整治工作方案的通知\n2024年4月19日\n" + line + "\n")
    assert [(t.deadline.year, t.deadline.month) for t in notice.targets] == [(2024, 12), (2025, 11)]


def test_a_step_window_counts_in_a_timetable_only() -> None:
    def plan(section: str) -> str:
        return (
            "关于印发某区专项整治工作方案的通知\n2024年3月20日\n一、工作目标\n全面消除安全隐患。\n"
            f"二、{section}\n（一）集中整治（2024年6月—2024年10月）。全面开展整治。\n"
            "（二）总结验收（2024年11月—12月）。总结经验做法。\n三、工作要求\n加强组织领导。\n"
        )

    in_schedule = parse(plan("工作步骤"))
    elsewhere = parse(plan("重点任务"))
    assert [t.deadline.month for t in in_schedule.targets] == [10, 12]
    assert elsewhere.targets == []


@pytest.mark.parametrize(
    "line",
    [
        "（一）准备阶段（2024年3月至5月）",  # a heading line holding only the phase's name: a label
        "某市生态环境保护规划（2021—2025年）。",  # a plan's period after its name
        "按照《某省整治行动方案（2024年6月—12月）》部署。",  # inside a book title
        "第一阶段，投标人按照招标公告的要求提交技术建议（2024年5月）。",  # prose, not a phase's name
    ],
)
def test_not_a_phase_window(line: str) -> None:
    notice = parse(PHASE_HEAD + line + "\n")
    assert [t.text for t in notice.targets] == []
