"""Word .docx → text: paragraphs with the numbers Word generates for lists, tables as rows."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from policyparse import parse, parse_file
from policyparse.io import InputError, load, load_bytes
from policyparse.io.docx import chinese_counting, format_number
from tests.helpers import DEV, FIXTURES, gold_for

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402

#: A three-level list definition as Chinese notices number their sections: 一、（一）1.
LEVELS = [
    ("chineseCounting", "%1、", "nothing"),
    ("chineseCounting", "（%2）", "nothing"),
    ("decimal", "%3.", "tab"),
]


def _add_numbering(
    document: object,
    num_id: int,
    levels: list[tuple[str, str, str]],
    *,
    start_override: int | None = None,
    abstract_id: int | None = None,
) -> None:
    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    abstract_id = num_id if abstract_id is None else abstract_id
    if (
        numbering.find(
            f"{{{numbering.nsmap['w']}}}abstractNum[@{{{numbering.nsmap['w']}}}abstractNumId='{abstract_id}']"
        )
        is None
    ):
        lvls = "".join(
            f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:suff w:val="{suffix}"/></w:lvl>'
            for index, (fmt, text, suffix) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
        if start_override is not None
        else ""
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
    )


def _item(document: object, text: str, level: int, num_id: int = 90) -> None:
    paragraph = document.add_paragraph(text)  # type: ignore[attr-defined]
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _save(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def _notice_docx() -> bytes:
    """Sentences of dev fixture 024 (国办发〔2018〕123号), numbered by Word instead of typed."""
    document = docx.Document()
    _add_numbering(document, 90, LEVELS)
    document.add_paragraph("国务院办公厅关于推进政务新媒体健康有序发展的意见")
    document.add_paragraph("国办发〔2018〕123号")
    document.add_paragraph("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    _item(document, "总体要求", 0)
    _item(document, "指导思想。以习近平新时代中国特色社会主义思想为指导，推动政务新媒体健康有序发展。", 1)
    _item(
        document,
        "工作目标。到2022年，建成以中国政府网政务新媒体为龙头，整体协同、响应迅速的政务新媒体矩阵体系。",
        1,
    )
    _item(document, "基本原则。", 1)
    _item(document, "坚持正确导向。", 2)
    _item(document, "坚持需求引领。", 2)
    _item(document, "主要任务", 0)
    _item(document, "明确工作职责。", 1)
    _item(document, "加强功能建设。", 1)
    table = document.add_table(rows=2, cols=3)
    for row, values in enumerate([("序号", "任务", "牵头单位"), ("1", "明确工作职责", "国务院办公厅")]):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    _item(document, "保障措施", 0)
    document.add_paragraph("国务院办公厅")
    document.add_paragraph("2018年12月7日")
    return _save(document)


EXPECTED_TEXT = """国务院办公厅关于推进政务新媒体健康有序发展的意见
国办发〔2018〕123号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
一、总体要求
（一）指导思想。以习近平新时代中国特色社会主义思想为指导，推动政务新媒体健康有序发展。
（二）工作目标。到2022年，建成以中国政府网政务新媒体为龙头，整体协同、响应迅速的政务新媒体矩阵体系。
（三）基本原则。
1.坚持正确导向。
2.坚持需求引领。
二、主要任务
（一）明确工作职责。
（二）加强功能建设。
序号 | 任务 | 牵头单位
1 | 明确工作职责 | 国务院办公厅
三、保障措施
国务院办公厅
2018年12月7日"""


def test_docx_text_has_word_numbering_and_table_rows() -> None:
    loaded = load_bytes(_notice_docx(), name="notice.docx")
    assert loaded.text == EXPECTED_TEXT
    assert loaded.source.format == "docx"


def test_docx_parses_like_the_same_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    path.write_bytes(_notice_docx())
    notice = parse_file(path)
    plain = parse(EXPECTED_TEXT)
    assert notice.text == plain.text
    assert [(h.level, h.marker, h.title) for h in notice.headings] == [
        (h.level, h.marker, h.title) for h in plain.headings
    ]
    assert [(t.deadline.year, t.text) for t in notice.targets] == [
        (t.deadline.year, t.text) for t in plain.targets
    ]
    assert [(t.ordinal, t.title) for t in notice.tasks] == [(t.ordinal, t.title) for t in plain.tasks]
    assert notice.metadata.doc_number == "国办发〔2018〕123号"
    heads = [(h.level, h.marker, h.title) for h in notice.headings]
    assert (1, "一、", "总体要求") in heads  # the heading numbered by Word keeps its 一、
    assert (2, "（一）", "指导思想") in heads


MARKERS = [
    (re.compile(r"^[一二三四五六七八九十]{1,3}、"), 0),
    (re.compile(r"^（[一二三四五六七八九十]{1,3}）"), 1),
    (re.compile(r"^\d{1,2}\."), 2),
]


@pytest.mark.parametrize("name", ["024.html", "020.html"])
def test_real_notice_numbered_by_word_parses_to_its_gold(name: str, tmp_path: Path) -> None:
    """The dev notice rebuilt as Word would save it: every 一、（一）1. is list numbering, not text."""
    text = load(DEV / name).text
    document = docx.Document()
    _add_numbering(document, 90, LEVELS)
    numbered = 0
    for line in text.split("\n"):
        for pattern, level in MARKERS:
            if match := pattern.match(line):
                _item(document, line[match.end() :], level)
                numbered += 1
                break
        else:
            document.add_paragraph(line)
    path = tmp_path / "notice.docx"
    path.write_bytes(_save(document))
    notice = parse_file(path)
    gold = gold_for(DEV / name)
    assert numbered > 20
    assert notice.text == text  # Word's numbers are exactly the markers the page printed
    assert [(h.level, h.marker, h.title) for h in notice.headings] == [
        (h["level"], h["marker"], h["title"]) for h in gold["headings"]
    ]
    assert [(t.ordinal, t.title) for t in notice.tasks] == [(t["ordinal"], t["title"]) for t in gold["tasks"]]
    assert [t.deadline.year for t in notice.targets] == [t["year"] for t in gold["targets"]]


def test_list_styles_of_the_default_template() -> None:
    document = docx.Document()
    document.add_paragraph("加快推进", style="List Number")
    document.add_paragraph("全面加强", style="List Number")
    document.add_paragraph("要点", style="List Bullet")
    assert load_bytes(_save(document), name="x.docx").text == "1.加快推进\n2.全面加强\n• 要点"


def test_start_override_and_shared_definition() -> None:
    document = docx.Document()
    _add_numbering(document, 91, LEVELS)
    _add_numbering(document, 92, LEVELS, abstract_id=91)  # continues the same list
    _add_numbering(document, 93, LEVELS, abstract_id=91, start_override=1)  # restarts it
    _item(document, "甲", 0, 91)
    _item(document, "乙", 0, 92)
    _item(document, "丙", 0, 93)
    _item(document, "丁", 1, 93)
    assert load_bytes(_save(document), name="x.docx").text == "一、甲\n二、乙\n一、丙\n（一）丁"


def test_tracked_changes_and_breaks() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    w = nsdecls("w")
    paragraph._p.append(
        parse_xml(f"<w:r {w}><w:t>保留</w:t><w:tab/><w:t>制表</w:t><w:br/><w:t>换行</w:t></w:r>")
    )
    paragraph._p.append(
        parse_xml(f'<w:del {w} w:id="1" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>')
    )
    paragraph._p.append(parse_xml(f'<w:ins {w} w:id="2" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(f"<w:r {w}><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"))
    paragraph._p.append(parse_xml(f"<w:r {w}><w:instrText> PAGE </w:instrText></w:r>"))
    assert load_bytes(_save(document), name="x.docx").text == "保留\t制表\n换行插入"


def test_merged_cells_and_empty_paragraphs() -> None:
    document = docx.Document()
    document.add_paragraph("前")
    document.add_paragraph("")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "合并"
    table.cell(0, 2).text = "右"
    table.cell(1, 0).text = "左"
    document.add_paragraph("后")
    assert load_bytes(_save(document), name="x.docx").text == "前\n\n合并 | 右\n左\n后"


@pytest.mark.parametrize(
    ("number", "fmt", "shown"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (12, "chineseCounting", "十二"),
        (20, "chineseCountingThousand", "二十"),
        (105, "chineseCounting", "一百零五"),
        (3, "chineseLegalSimplified", "叁"),
        (3, "ideographTraditional", "丙"),
        (2, "ideographZodiac", "丑"),
        (12, "ideographDigital", "一二"),
        (3, "decimalEnclosedCircle", "③"),
        (3, "decimalEnclosedParen", "⑶"),
        (3, "decimalEnclosedFullstop", "⒊"),
        (25, "decimalEnclosedCircle", "(25)"),
        (7, "decimalFullWidth", "７"),
        (7, "decimalZero", "07"),
        (28, "upperLetter", "BB"),
        (4, "lowerRoman", "iv"),
        (9, "none", ""),
        (9, "somethingNew", "9"),
    ],
)
def test_number_formats(number: int, fmt: str, shown: str) -> None:
    assert format_number(number, fmt) == shown


def test_chinese_counting_round_trips() -> None:
    from policyparse.grammar.numerals import cn_to_int

    for number in range(1, 1000):
        assert cn_to_int(chinese_counting(number)) == number


def test_truncated_docx_is_a_one_line_error(tmp_path: Path) -> None:
    data = _notice_docx()
    path = tmp_path / "broken.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: is not a readable .docx file (truncated or not a ZIP archive)"
    assert caught.value.exit_code == 3


def _with_relationship(data: bytes, target: str, *, drop: str | None = None) -> bytes:
    """``data`` with one more relationship of the main document, to ``target`` (and without part ``drop``)."""
    import zipfile

    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                extra = f'<Relationship Id="rId99" Type="{_IMAGE}" Target="{target}"/></Relationships>'
                content = content.replace(b"</Relationships>", extra.encode())
            if info.filename != drop:
                package.writestr(info, content)
    return out.getvalue()


_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


@pytest.mark.parametrize("target", ["../NULL", "media/image1.png", "/word/media/missing.jpeg"])
def test_a_relationship_to_a_missing_part_is_dropped_with_a_warning(target: str) -> None:
    # WPS writes an image relationship to ``../NULL`` (blind b27): Word shows the text; so do we
    data = _notice_docx()
    loaded = load_bytes(_with_relationship(data, target), name="x.docx")
    assert loaded.text == load_bytes(data, name="x.docx").text
    assert [(d.code, target in d.message) for d in loaded.diagnostics.items] == [("W008", True)]


def test_a_package_without_its_main_document_is_still_an_error() -> None:
    data = _with_relationship(_notice_docx(), "../NULL", drop="word/document.xml")
    with pytest.raises(InputError) as caught:
        load_bytes(data, name="x.docx")
    assert caught.value.exit_code == 3


def test_blind_b27_a_wps_notice_with_a_dangling_image() -> None:
    notice = parse_file(FIXTURES / "blind" / "docs" / "b27.docx")
    assert notice.metadata.title == "中央机关及其直属机构2022年度考试录用公务员公共科目笔试考试大纲"
    assert "W008" in {d.code for d in notice.diagnostics}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"just some text", "is not a .docx file (not a ZIP package)"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
            "is not a .docx file (an OLE2 file (legacy .doc/.xls); save it as .docx or text)",
        ),
    ],
)
def test_not_a_docx(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        load_bytes(data, name="a.docx")
    assert str(caught.value) == f"a.docx: {reason}"


def test_zip_that_is_not_word() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match=r"^a\.docx: is not a (readable )?\.docx file \(.+\)$"):
        load_bytes(buffer.getvalue(), name="a.docx")


def test_package_without_numbering_and_styles_parts() -> None:
    import re
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(_notice_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename in {"word/numbering.xml", "word/styles.xml"}:
                continue
            if item.filename in {"word/_rels/document.xml.rels", "[Content_Types].xml"}:
                data = re.sub(
                    rb"<(?:Relationship|Override) [^>]*(?:numbering|styles)\.xml\"[^>]*/>", b"", data
                )
            target.writestr(item, data)
    lines = load_bytes(buffer.getvalue(), name="x.docx").text.split("\n")
    assert lines[3:5] == [
        "总体要求",
        "指导思想。以习近平新时代中国特色社会主义思想为指导，推动政务新媒体健康有序发展。",
    ]


def test_docx_bytes_under_another_name_are_read_as_word() -> None:
    loaded = load_bytes(_notice_docx(), name="attachment.bin")
    assert loaded.source.format == "docx"
    assert loaded.text.startswith("国务院办公厅关于推进政务新媒体健康有序发展的意见\n")
