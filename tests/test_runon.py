"""Documents that lost their line breaks (OCR, copy-paste): the head and the signature still read.

The class: a whole 公文 on one line, 版头 | 文号 | title | addressees | cover text | signature and
date | the attached document, with nothing between (blind b21, b22). Tested on the two real
ones, on dev documents copied from pkulaw with their line breaks taken out, and on a template
with other organs, numbers, brackets and dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from policyparse import parse, parse_file
from policyparse.document import Document
from tests.helpers import DEV_FILES, FIXTURES, gold_for

BLIND = FIXTURES / "blind"
FIELDS = ("title", "doc_number", "date", "issuers")


def _metadata(notice_metadata: object) -> dict[str, object]:
    values = {field: getattr(notice_metadata, field) for field in FIELDS}
    values["date"] = values["date"].isoformat() if isinstance(values["date"], dt.date) else values["date"]
    return values


@pytest.mark.parametrize("name", ["b21", "b22"])
def test_blind_ocr_notices_read_their_head_and_signature(name: str) -> None:
    import json

    gold = json.loads((BLIND / "gold" / f"{name}.json").read_text(encoding="utf-8"))["metadata"]
    notice = parse_file(BLIND / "docs" / f"{name}.txt")
    assert _metadata(notice.metadata) == {field: gold[field] for field in FIELDS}


def _flattened(path: Path) -> str:
    """A pkulaw copy without its 法宝 header lines and without any line break."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "".join(line.strip() for line in lines if "法宝引证码" not in line and "原文链接" not in line)


PKULAW = [path for path in DEV_FILES if "法宝引证码" in path.read_text(encoding="utf-8")[:200]]


#: Known misses of this test (strict: a fix makes the test fail until the entry goes).
FLAT_MISSES = {"060": "the bracketed 文号 after a title printed twice is not read"}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(reason=FLAT_MISSES[p.stem], strict=True)])
        if p.stem in FLAT_MISSES
        else pytest.param(p, id=p.stem)
        for p in PKULAW
    ],
)
def test_dev_notices_without_line_breaks_keep_their_metadata(path: Path) -> None:
    gold = gold_for(path)["metadata"]
    assert _metadata(parse(_flattened(path)).metadata) == {field: gold[field] for field in FIELDS}


TEMPLATE = (
    "{mark}{number}{title}{addressee}现将《{short}》印发给你们，请认真贯彻执行。{signature}{date}"
    "{short}一、总体要求坚持问题导向，到2027年底，基本建成覆盖全市的服务体系。二、重点任务（一）加强统筹。各部门要密切配合。"
)
VARIANTS = [
    # one organ, bare number, Arabic date
    dict(
        mark="某某市人民政府文件",
        number="某政发〔2024〕12号",
        title="某某市人民政府关于印发某某市数据资源管理办法的通知",
        addressee="各区人民政府，市政府各部门：",
        short="某某市数据资源管理办法",
        signature="某某市人民政府",
        date="2024年3月8日",
        issuers=["某某市人民政府"],
    ),
    # three organs run together in 版头 and signature, Chinese numerals in the date, [2023]
    dict(
        mark="某某省财政厅某某省教育厅中共某某省委组织部文件",
        number="某财教[2023]7号",
        title="某某省财政厅某某省教育厅中共某某省委组织部关于印发某某省教师培训经费管理办法的通知",
        addressee="各市、县财政局、教育局，省直有关单位：",
        short="某某省教师培训经费管理办法",
        signature="某某省财政厅中共某某省委组织部某某省教育厅",
        date="二〇二三年十一月二十日",
        issuers=["某某省财政厅", "中共某某省委组织部", "某某省教育厅"],
    ),
    # no 版头, the number in brackets after the title, a quoted term inside the organ's name
    dict(
        mark="",
        number="",
        title="某某县推进“两区”建设领导小组办公室关于印发某某县营商环境提升方案的通知（某两区办〔2022〕3号）",
        addressee="县直有关单位：",
        short="某某县营商环境提升方案",
        signature="某某县推进“两区”建设领导小组办公室",
        date="2022年6月30日",
        issuers=["某某县推进“两区”建设领导小组办公室"],
    ),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=["one-organ", "three-organs", "bracketed-number"])
def test_template_notice_without_line_breaks(variant: dict[str, object]) -> None:
    text = TEMPLATE.format(**variant)
    notice = parse(text)
    title = str(variant["title"]).split("（")[0] if not variant["number"] else variant["title"]
    assert notice.metadata.title == title
    assert notice.metadata.issuers == variant["issuers"]
    assert notice.metadata.date is not None and notice.metadata.date.year == int(
        str(variant["date"])[:4].translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    )
    assert [t.deadline.year for t in notice.targets if t.deadline] == [2027]


def test_the_same_notice_with_its_line_breaks_reads_the_same() -> None:
    variant = VARIANTS[1]
    flat = TEMPLATE.format(**variant)
    broken = flat
    for piece in ("文件", "7号", "的通知", "执行。", "二十日"):
        broken = broken.replace(piece, piece + "\n", 1)
    assert _metadata(parse(flat).metadata) == _metadata(parse(broken).metadata)


def test_a_head_run_into_one_line_is_cut_into_its_elements() -> None:
    # dev 009: the title, the 文号 and the addressees on one line (a copy of gov.cn's page)
    from policyparse.io import load

    doc = Document.from_text(load(FIXTURES / "dev" / "009.txt").text)
    heads = [doc.norm[p.start : p.end][:14] for p in doc.paragraphs[:3]]
    assert heads == ["国务院关于落实科学发展观加强", "国发〔2005〕39号", "各省、自治区、直辖市人民政府"]


def test_a_date_inside_a_sentence_is_not_a_signature() -> None:
    body = "各部门要抓好落实。" * 80
    text = f"{body}。某某市人民政府2021年3月5日召开常务会议，研究部署有关工作。{body}"
    joints = Document.from_text(text).joints
    assert joints == []
