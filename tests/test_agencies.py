"""Responsibility notes, labelled lines, clauses and task tables: who leads, supports, is responsible."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from policyparse import parse, parse_file, tokenizer
from policyparse.grammar.organs import is_agency
from policyparse.models import Assignment, AssignmentKind, Notice
from policyparse.stages.assignments.names import split_names
from tests.helpers import DEV_FILES, FIXTURES, GOLD
from tests.known_misses import dev_cases

#: Twenty organs of a real State Council note, in order (long notes must not be cut).
TWENTY_ORGANS = [
    "教育部",
    "科技部",
    "工业和信息化部",
    "公安部",
    "民政部",
    "司法部",
    "财政部",
    "人力资源社会保障部",
    "自然资源部",
    "生态环境部",
    "住房城乡建设部",
    "交通运输部",
    "水利部",
    "农业农村部",
    "商务部",
    "文化和旅游部",
    "国家卫生健康委",
    "应急管理部",
    "人民银行",
    "市场监管总局",
]

TASKS = FIXTURES / "tasks"


def _roles(assignment: Assignment) -> tuple[list[str], list[str], list[str]]:
    return (
        [a.name for a in assignment.lead],
        [a.name for a in assignment.support],
        [a.name for a in assignment.responsible],
    )


@cache
def _parse(text: str) -> Notice:
    return parse(text)


# --------------------------------------------------------------------------- parenthesised notes

NOTES = [
    (
        "（省发展改革委牵头，省工业和信息化厅、省财政厅配合）",
        ["省发展改革委"],
        ["省工业和信息化厅", "省财政厅"],
        [],
    ),
    ("（责任单位：省经济和信息化厅、省财政厅）", [], [], ["省经济和信息化厅", "省财政厅"]),
    (
        "（国家发展改革委牵头，国务院相关部门及各地区按职责分工负责）",
        ["国家发展改革委"],
        [],
        ["国务院相关部门", "各地区"],
    ),
    (
        "（自然资源部牵头，住房城乡建设部等国务院相关部门及各地区按职责分工负责）",
        ["自然资源部"],
        [],
        ["住房城乡建设部", "国务院相关部门", "各地区"],
    ),
    ("（国家知识产权局负责）", ["国家知识产权局"], [], []),
    ("（各地区、各部门负责）", [], [], ["各地区", "各部门"]),
    ("（国务院办公厅牵头，各地区、各部门负责）", ["国务院办公厅"], [], ["各地区", "各部门"]),
    (
        "（国务院办公厅牵头，国务院相关部门和单位及各地区按职责分工负责）",
        ["国务院办公厅"],
        [],
        ["国务院相关部门和单位", "各地区"],
    ),
    (
        "（责任单位：省经济和信息化厅、人行合肥中心支行、安徽银保监局，各市人民政府）",
        [],
        [],
        ["省经济和信息化厅", "人行合肥中心支行", "安徽银保监局", "各市人民政府"],
    ),
    # supply and marketing cooperatives, one with its other name in brackets (blind set 5 d03)
    (
        "（区农业农村局、区资源生态局、区农业农村中心（区供销社）等按职责分工负责）",
        [],
        [],
        ["区农业农村局", "区资源生态局", "区农业农村中心（区供销社）"],
    ),
    ("（省供销合作社牵头，各市县人民政府配合）", ["省供销合作社"], ["各市县人民政府"], []),
    # fire and rescue, police units (blind set 6 d01, d02)
    (
        "（各市、县级政府负责，省消防救援总队、国网省电力公司配合）",
        ["各市、县级政府"],
        ["省消防救援总队", "国网省电力公司"],
        [],
    ),
    ("（区消防救援支队、市公安局交警支队按职责分工负责）", [], [], ["区消防救援支队", "市公安局交警支队"]),
    (
        "（责任单位：省通信管理局，省铁塔公司、各基础电信企业，各市人民政府）",
        [],
        [],
        ["省通信管理局", "省铁塔公司", "各基础电信企业", "各市人民政府"],
    ),
    (
        "（生态环境部牵头，国家发展改革委、工业和信息化部参与）",
        ["生态环境部"],
        ["国家发展改革委", "工业和信息化部"],
        [],
    ),
    ("（6月底完成，牵头考核单位：省政府办公厅）", ["省政府办公厅"], [], []),
    (
        "（牵头单位：省发展改革委；配合单位：省财政厅、省统计局；完成时限：2024年6月底前）",
        ["省发展改革委"],
        ["省财政厅", "省统计局"],
        [],
    ),
    ("（责任单位：各市（州）人民政府、省民政厅）", [], [], ["各市（州）人民政府", "省民政厅"]),
    ("（市发展改革、财政、统计等相关部门负责）", ["市发展改革、财政、统计等相关部门"], [], []),
    ("（文化和旅游部牵头，商务部配合）", ["文化和旅游部"], ["商务部"], []),
    (
        "（工业和信息化部、公安部等国务院相关部门按职责分工负责）",
        [],
        [],
        ["工业和信息化部", "公安部", "国务院相关部门"],
    ),
    ("（技工院校由人力资源社会保障行政部门负责）", ["人力资源社会保障行政部门"], [], []),
    (
        "（国家发展改革委、财政部等按职责分工负责，2020年底前完成）",
        [],
        [],
        ["国家发展改革委", "财政部"],
    ),
    ("（2020年底前完成，国家发展改革委负责）", ["国家发展改革委"], [], []),
    ("（省发展改革委牵头，省财政厅、省统计局）", ["省发展改革委"], [], ["省财政厅", "省统计局"]),
    ("（国家发展改革委牵头负责）", ["国家发展改革委"], [], []),
    # class: a lead organ with a parenthesised alias, and 参加 used like 参与 (国办函〔2014〕119号)
    (
        "（由中央宣传部（国务院新闻办）牵头，中央网信办、工业和信息化部、环境保护部、新闻出版广电总局等参加）",
        ["中央宣传部（国务院新闻办）"],
        ["中央网信办", "工业和信息化部", "环境保护部", "新闻出版广电总局"],
        [],
    ),
    ("（省发展改革委牵头，省财政厅、省统计局等参加）", ["省发展改革委"], ["省财政厅", "省统计局"], []),
    # class: long notes of State Council documents (10–20 organs, a 总社 among them)
    (
        "（商务部、扶贫办、发展改革委、工业和信息化部、财政部、交通运输部、农业农村部、文化和旅游部、粮食和储备局、供销合作总社等和各有关省级人民政府负责）",
        [],
        [],
        [
            "商务部",
            "扶贫办",
            "发展改革委",
            "工业和信息化部",
            "财政部",
            "交通运输部",
            "农业农村部",
            "文化和旅游部",
            "粮食和储备局",
            "供销合作总社",
            "各有关省级人民政府",
        ],
    ),
    (
        "（教育部、科技部、工业和信息化部、公安部、民政部、司法部、财政部、人力资源社会保障部、自然资源部、生态环境部、住房城乡建设部、交通运输部、水利部、农业农村部、商务部、文化和旅游部、国家卫生健康委、应急管理部、人民银行、市场监管总局按职责分工负责）",
        [],
        [],
        TWENTY_ORGANS,
    ),
    (
        "（国家发展改革委牵头，教育部、科技部、工业和信息化部、公安部、民政部、司法部、财政部、人力资源社会保障部、自然资源部、生态环境部、住房城乡建设部、交通运输部、水利部、农业农村部、商务部、文化和旅游部、国家卫生健康委、应急管理部、人民银行、市场监管总局参与）",
        ["国家发展改革委"],
        TWENTY_ORGANS,
        [],
    ),
    # class: mixed roles; 指导 is not a role verb, the 参与/负责 organs are listed
    ("（商务部指导，供销合作总社参与）", [], ["供销合作总社"], []),
    (
        "（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）",
        ["试点城市政府"],
        [],
        [],
    ),
    ("（国家发展改革委、商务部指导，省商务厅牵头，省财政厅配合）", ["省商务厅"], ["省财政厅"], []),
]


@pytest.mark.parametrize(("note", "lead", "support", "responsible"), NOTES)
def test_parenthesised_notes(note: str, lead: list[str], support: list[str], responsible: list[str]) -> None:
    text = f"一、加快推进政务服务标准化\n推进政务服务事项标准化建设。{note}\n"
    notice = _parse(text)
    assert len(notice.assignments) == 1, notice.assignments
    assignment = notice.assignments[0]
    assert assignment.kind == AssignmentKind.NOTE
    assert assignment.text == note
    assert notice.text[assignment.start : assignment.end] == note
    assert _roles(assignment) == (lead, support, responsible)
    for agency in [*assignment.lead, *assignment.support, *assignment.responsible]:
        assert notice.text[agency.start : agency.end] == agency.name


# --------------------------------------------------------------------------- labelled lines

LABELLED = [
    ("牵头单位：省发展改革委", ["省发展改革委"], [], []),
    ("配合单位：省财政厅、省统计局", [], ["省财政厅", "省统计局"], []),
    (
        "牵头单位：市政务服务管理局；配合单位：市大数据局；完成时限：长期坚持",
        ["市政务服务管理局"],
        ["市大数据局"],
        [],
    ),
    ("责任单位：各区县人民政府", [], [], ["各区县人民政府"]),
    ("责任部门：市教育局、市财政局", [], [], ["市教育局", "市财政局"]),
    ("牵头部门：市卫生健康委　　协助单位：市医保局", ["市卫生健康委"], ["市医保局"], []),
    # support labels of other districts, and towns, subdistricts and zones as units (blind2 c01)
    (
        "牵头单位：经济技术开发区、九里亭街道，支撑单位：区规划资源局、区经委",
        ["经济技术开发区", "九里亭街道"],
        ["区规划资源局", "区经委"],
        [],
    ),
    ("牵头单位：永丰街道、泗泾镇；协同单位：区文化旅游局", ["永丰街道", "泗泾镇"], ["区文化旅游局"], []),
    ("责任单位：各乡镇、高新区、工业园区", [], [], ["各乡镇", "高新区", "工业园区"]),
    # a unit the label declares, whatever its ending; not a phrase with a role word
    ("牵头单位：区城市更新项目指挥部", ["区城市更新项目指挥部"], [], []),
    ("主办单位：区住房保障房屋管理局；配合单位：相关街镇", ["区住房保障房屋管理局"], ["相关街镇"], []),
]


@pytest.mark.parametrize(("line", "lead", "support", "responsible"), LABELLED)
def test_labelled_lines(line: str, lead: list[str], support: list[str], responsible: list[str]) -> None:
    notice = _parse(f"1.推进政务服务事项标准化。\n{line}\n")
    assert [a.kind for a in notice.assignments] == [AssignmentKind.LABEL]
    assert _roles(notice.assignments[0]) == (lead, support, responsible)


# --------------------------------------------------------------------------- clauses

CLAUSES = [
    ("本政策由省经济和信息化厅负责解释。", "由省经济和信息化厅负责解释", ["省经济和信息化厅"], [], []),
    # a duty to support is support (blind set 6 d01), whoever is named
    (
        "区经济信息委、区城市管理局：负责配合做好职责范围内加油站点摸排。",
        "区经济信息委、区城市管理局：负责配合做好职责范围内加油站点摸排",
        [],
        ["区经济信息委", "区城市管理局"],
        [],
    ),
    ("市财政局负责协助做好资金保障。", "市财政局负责协助做好资金保障", [], ["市财政局"], []),
    # a list of levels sharing one organ, after 相关/有关, with 自治区 and 直辖市 (blind set 6 d06)
    (
        "相关省、自治区、直辖市药品监督管理部门、卫生行政部门应当配合。",
        "相关省、自治区、直辖市药品监督管理部门、卫生行政部门应当配合",
        [],
        ["相关省、自治区、直辖市药品监督管理部门", "卫生行政部门"],
        [],
    ),
    (
        "有关省、自治区、直辖市人民政府应当协助开展调查。",
        "有关省、自治区、直辖市人民政府应当协助开展调查",
        [],
        ["有关省、自治区、直辖市人民政府"],
        [],
    ),
    # the body a clause charges is named after the verb that set it up (blind set 6 d01)
    (
        "领导小组下设打击整治办公室（以下简称打非办），负责专项行动的组织协调。",
        "领导小组下设打击整治办公室（以下简称打非办），负责专项行动的组织协调",
        ["打击整治办公室"],
        [],
        [],
    ),
    (
        "市政府成立的数字政府建设工作专班负责统筹推进。",
        "市政府成立的数字政府建设工作专班负责统筹推进",
        ["数字政府建设工作专班"],
        [],
        [],
    ),
    # one name listing several organs that share an ending is responsible with 负责 (dev 078's
    # gold, blind b05, b09); levels in brackets name one organ per county and lead
    (
        "国务院发展改革、财政、住房城乡建设、交通运输等有关部门应当按照职责分工，负责保障中小企业款项支付相关工作。",
        "国务院发展改革、财政、住房城乡建设、交通运输等有关部门应当按照职责分工，负责保障中小企业款项支付相关工作",
        [],
        [],
        ["国务院发展改革、财政、住房城乡建设、交通运输等有关部门"],
    ),
    (
        "市、区民政部门负责本行政区域内志愿服务行政管理工作。",
        "市、区民政部门负责本行政区域内志愿服务行政管理工作",
        [],
        [],
        ["市、区民政部门"],
    ),
    (
        "县（市、区）城市管理主管部门负责本行政区域内城镇容貌管理工作。",
        "县（市、区）城市管理主管部门负责本行政区域内城镇容貌管理工作",
        ["县（市、区）城市管理主管部门"],
        [],
        [],
    ),
    # standing duties: a copula or a duty list's colon between the organ and its role verbs,
    # one assignment for the sentence's duties of one organ (blind b10, b22; dev 078)
    (
        "市住房城乡建设局是全市公共租赁住房保障行政主管部门，负责组织建立保障体系，负责指导、监督全市保障工作。",
        "市住房城乡建设局是全市公共租赁住房保障行政主管部门，负责组织建立保障体系，负责指导、监督全市保障工作",
        ["市住房城乡建设局"],
        [],
        [],
    ),
    (
        "公安机关是辅警管理工作的主管部门，负责辅警的招聘、使用、管理和监督。",
        "公安机关是辅警管理工作的主管部门，负责辅警的招聘、使用、管理和监督",
        ["公安机关"],
        [],
        [],
    ),
    (
        "二、工作职责(一)市工信局：落实有关文件精神，牵头制定整治工作方案。",
        "市工信局：落实有关文件精神，牵头制定整治工作方案",
        ["市工信局"],
        [],
        [],
    ),
    (
        "市住房保障办公室（以下称市住房保障部门）是具体实施机构，负责公共租赁住房筹集建设。",
        "市住房保障办公室（以下称市住房保障部门）是具体实施机构，负责公共租赁住房筹集建设",
        ["市住房保障办公室"],
        [],
        [],
    ),
    (
        "省级人民政府对本地区改善农村人居环境工作负总责，要科学编制规划。",
        "省级人民政府对本地区改善农村人居环境工作负总责",
        ["省级人民政府"],
        [],
        [],
    ),
    (
        "主管单位负责推进、指导、协调、监督政务新媒体工作。",
        "主管单位负责推进、指导、协调、监督政务新媒体工作",
        ["主管单位"],
        [],
        [],
    ),
    (
        "各成员单位要认真落实部际联席会议确定的工作任务，积极配合其他单位消除隐患。",
        "各成员单位要认真落实部际联席会议确定的工作任务，积极配合其他单位消除隐患",
        [],
        ["各成员单位"],
        [],
    ),
    (
        "第四条 市住房城乡建设局负责全市房屋安全的监督管理工作。",
        "市住房城乡建设局负责全市房屋安全的监督管理工作",
        ["市住房城乡建设局"],
        [],
        [],
    ),
    (
        "试点地区政府办公厅（室）对政府网站集约化试点工作负总责。",
        "试点地区政府办公厅（室）对政府网站集约化试点工作负总责",
        ["试点地区政府办公厅（室）"],
        [],
        [],
    ),
    (
        "由人民法院、人民检察院协助执行。",
        "由人民法院、人民检察院协助执行",
        [],
        ["人民法院", "人民检察院"],
        [],
    ),
    (
        "国家发展改革委及国家粮食局负责应急工作的综合协调。",
        "国家发展改革委及国家粮食局负责应急工作的综合协调",
        [],
        [],
        ["国家发展改革委", "国家粮食局"],
    ),
    ("由省教育厅牵头，会同有关部门制定实施细则。", "由省教育厅牵头", ["省教育厅"], [], []),
    (
        "县级以上地方人民政府负责本行政区域内的突发环境事件应对工作。",
        "县级以上地方人民政府负责本行政区域内的突发环境事件应对工作",
        ["县级以上地方人民政府"],
        [],
        [],
    ),
    ("行业主管部门要积极配合。", "行业主管部门要积极配合", [], ["行业主管部门"], []),
    # 分工负责 with an organ subject is a responsible list (the guideline's own example)
    ("省有关部门按职责分工负责。", "省有关部门按职责分工负责", [], [], ["省有关部门"]),
    ("各有关部门分工负责，密切配合。", "各有关部门分工负责", [], [], ["各有关部门"]),
    ("有关部门要分工负责，加强协作。", "有关部门要分工负责", [], [], ["有关部门"]),
    # 工会 is an organ ending (省总工会, not only 全国总工会 from the dictionary)
    ("省总工会参与职工权益保障工作。", "省总工会参与职工权益保障工作", [], ["省总工会"], []),
    ("市总工会负责组织实施。", "市总工会负责组织实施", ["市总工会"], [], []),
    (
        "县应急管理局负责本地区应急预案的编制。",
        "县应急管理局负责本地区应急预案的编制",
        ["县应急管理局"],
        [],
        [],
    ),
    (
        "应对疫情工作领导小组负责统筹调度。",
        "应对疫情工作领导小组负责统筹调度",
        ["应对疫情工作领导小组"],
        [],
        [],
    ),
    # class: 由X牵头, followed by the organs that take part (参加 read like 参与)
    (
        "一、污染处置组。由环境保护部牵头，公安部、水利部、武警总部等参加。",
        "由环境保护部牵头，公安部、水利部、武警总部等参加",
        ["环境保护部"],
        ["公安部", "水利部", "武警总部"],
        [],
    ),
    (
        "五、新闻宣传组。由中央宣传部（国务院新闻办）牵头，中央网信办、新闻出版广电总局等参加。",
        "由中央宣传部（国务院新闻办）牵头，中央网信办、新闻出版广电总局等参加",
        ["中央宣传部（国务院新闻办）"],
        ["中央网信办", "新闻出版广电总局"],
        [],
    ),
    ("由省教育厅牵头，省财政厅配合。", "由省教育厅牵头，省财政厅配合", ["省教育厅"], ["省财政厅"], []),
    (
        "由省发展改革委牵头，省财政厅配合，省统计局、省税务局等参与。",
        "由省发展改革委牵头，省财政厅配合，省统计局、省税务局等参与",
        ["省发展改革委"],
        ["省财政厅", "省统计局", "省税务局"],
        [],
    ),
    # in a clause, enterprises taking part are not agents (unlike in a note)
    ("由省教育厅牵头，骨干企业参与，做好相关工作。", "由省教育厅牵头", ["省教育厅"], [], []),
    (
        "由民航局牵头，铁路局、中国铁路总公司等参加。",
        "由民航局牵头，铁路局、中国铁路总公司等参加",
        ["民航局"],
        ["铁路局"],
        [],
    ),
    # class: an adverbial between the subject list and the role verb
    (
        "国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责管理监督考核院校外实训工作。",
        "国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责管理监督考核院校外实训工作",
        [],
        [],
        ["国务院人力资源社会保障行政部门", "教育行政部门"],
    ),
    (
        "国务院教育行政部门依照职业标准牵头组织开发教学等相关标准。",
        "国务院教育行政部门依照职业标准牵头组织开发教学等相关标准",
        ["国务院教育行政部门"],
        [],
        [],
    ),
    (
        "各地区、各有关部门根据有关规定，负责指导所属科研单位制定管理办法。",
        "各地区、各有关部门根据有关规定，负责指导所属科研单位制定管理办法",
        [],
        [],
        ["各地区", "各有关部门"],
    ),
    (
        "国家发展改革委及国家粮食局、商务部按照各自职能分工，负责粮食市场应急供应工作。",
        "国家发展改革委及国家粮食局、商务部按照各自职能分工，负责粮食市场应急供应工作",
        [],
        [],
        ["国家发展改革委", "国家粮食局", "商务部"],
    ),
    (
        "县级以上地方人民政府在本行政区域内具体负责相关工作。",
        "县级以上地方人民政府在本行政区域内具体负责相关工作",
        ["县级以上地方人民政府"],
        [],
        [],
    ),
]


@pytest.mark.parametrize(("sentence", "text", "lead", "support", "responsible"), CLAUSES)
def test_clauses(
    sentence: str, text: str, lead: list[str], support: list[str], responsible: list[str]
) -> None:
    notice = _parse(sentence)
    assert [a.kind for a in notice.assignments] == [AssignmentKind.CLAUSE], notice.assignments
    assert notice.assignments[0].text == text
    assert _roles(notice.assignments[0]) == (lead, support, responsible)


def test_clause_stops_before_a_note_inside_it() -> None:
    notice = _parse(
        "国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责职业技能等级证书的实施"
        "（技工院校内由人力资源社会保障行政部门负责），国务院教育行政部门依照职业标准牵头组织开发教学标准。"
    )
    assert [(a.kind, a.text[-6:]) for a in notice.assignments] == [
        (AssignmentKind.CLAUSE, "级证书的实施"),
        (AssignmentKind.NOTE, "政部门负责）"),
        (AssignmentKind.CLAUSE, "开发教学标准"),
    ]
    assert [_roles(a) for a in notice.assignments] == [
        ([], [], ["国务院人力资源社会保障行政部门", "教育行政部门"]),
        (["人力资源社会保障行政部门"], [], []),
        (["国务院教育行政部门"], [], []),
    ]


def test_two_clauses_in_one_sentence() -> None:
    notice = _parse(
        "北京市大数据工作推进小组负责数据专区建设和应用的总体指导和重大问题决策，"
        "北京市大数据工作推进小组办公室负责组织推进相关决策落实。"
    )
    assert [_roles(a)[0] for a in notice.assignments] == [
        ["北京市大数据工作推进小组"],
        ["北京市大数据工作推进小组办公室"],
    ]


NOT_ASSIGNMENTS = [
    "强化协调配合，加强对各地工作的指导。",
    "加强协同配合，形成工作合力。",
    "实行分级负责、属地管理。",
    "各负其责，齐抓共管。",
    "明确分管负责人，统筹推动工作。",
    "地方人民政府分管负责同志要牵头抓总。",
    "鼓励社会资本参与建设。",
    "引导公众依法有序参与公共管理。",
    "并指定专门机构具体负责集约化平台的建设运维工作。",
    "运营单位作为专区运营主体，负责数据专区的建设运营。",
    "支持骨干企业牵头组建创新联合体。",
    "省发展改革委会同省财政厅制定方案。",
    "省财政厅承担资金保障工作。",
    "我委将积极配合做好相关工作。",
    "坚持政府引导、社会参与、市场运作。",
    "国务院负责中小企业促进工作综合管理的部门对相关工作进行综合协调。",
    "坚持省级人民政府对本地区粮食生产全面负责的原则。",
    "形成全社会共同参与的良好氛围。",
    "在当地公安机关协助下进行。",
    "（含中医类别）",
    "（含省级部门负责的项目）",
    "（2019年6月底前完成）",
    "县级以上公安机关应当指定一个内设部门作为涉案财物管理部门，负责对涉案财物实行统一管理。",
    "必要时可以请人民检察院协助。",
    "县级以上人民政府信访工作机构是本级人民政府负责信访工作的行政机构。",
    # adverbials whose object is the real agent, or that hide another verb
    "省教育厅根据需要组织专家参与评审。",
    "省政府在推进工作中发挥牵头作用。",
    "地方各级公安机关依照职责权限办理刑事司法协助事务。",
    "根据国务院领导同志指示，成立国务院工作组，负责指导、协调、督促有关地区工作。",
    "县级以上人民政府工作部门应当按照方便信访人的原则，确定负责信访工作的机构或者人员，具体负责信访工作。",
    # 参加 outside a 牵头 note is not a role verb
    "县级以上人民政府建立司法行政、财政等单位参加的工作协调机制。",
    "鼓励和支持行政执法人员参加国家统一法律职业资格考试。",
    "省财政厅参加会议。",
    # 指导 alone is not a role
    "（国家发展改革委、商务部指导）",
    # 分工负责 without an organ subject is a principle
    "实行统一领导、分级管理、分工负责的原则。",
    "各部门要各司其职，分工负责。",
    "公安机关在刑事诉讼中同人民法院、人民检察院分工负责，互相制约。",
    # the parties a rule regulates are duty-bearers, not organs (lawrefbook pool sweep)
    "建设单位负责建设配套设施。",
    "由施工单位负责清运建筑垃圾。",
    "电梯维护保养单位应当对维护保养质量负责。",
    "用人单位负责组织职工参加培训。",
    "由产权人负责维修。",
    "由该单位负责养护管理。",
]


def test_lead_clause_then_responsible_list() -> None:
    """The guideline's note, printed as a sentence: the lead clause and the responsible list."""
    notice = _parse("国家发展改革委牵头，国务院相关部门及各地区按职责分工负责。")
    assert [_roles(a) for a in notice.assignments] == [
        (["国家发展改革委"], [], []),
        ([], [], ["国务院相关部门", "各地区"]),
    ]


@pytest.mark.parametrize("sentence", NOT_ASSIGNMENTS)
def test_not_assignments(sentence: str) -> None:
    assert _parse(sentence).assignments == []


# --------------------------------------------------------------------------- list splitting

SPLITS = [
    (
        "住房城乡建设部、交通运输部等国务院相关部门及各地区",
        ["住房城乡建设部", "交通运输部", "国务院相关部门", "各地区"],
    ),
    ("市发展改革、财政、统计等相关部门", ["市发展改革、财政、统计等相关部门"]),
    ("各市（州）人民政府、省财政厅", ["各市（州）人民政府", "省财政厅"]),
    ("国务院相关部门和单位及各地区", ["国务院相关部门和单位", "各地区"]),
    ("文化和旅游部、商务部", ["文化和旅游部", "商务部"]),
    ("省经济和信息化厅，各市人民政府", ["省经济和信息化厅", "各市人民政府"]),
    ("省财政厅；省税务局", ["省财政厅", "省税务局"]),
    ("地方各级人民政府及其有关部门", ["地方各级人民政府", "有关部门"]),
    # bare levels sharing the organ after them: one name as printed (blind2 c11's form, varied)
    ("各市、县人民政府", ["各市、县人民政府"]),
    ("省发展改革委、各市、县人民政府", ["省发展改革委", "各市、县人民政府"]),
    ("省、市、县（区）人民政府、省财政厅", ["省、市、县（区）人民政府", "省财政厅"]),
    ("各区、县政府", ["各区、县政府"]),
    ("市发展改革委、县财政局", ["市发展改革委", "县财政局"]),
]


@pytest.mark.parametrize(("text", "names"), SPLITS)
def test_split_names(text: str, names: list[str]) -> None:
    assert [text[n.start : n.end] for n in split_names(text, 0, len(text))] == names


AGENCY_NAMES = [
    ("省发展改革委", True),
    ("各市（州）人民政府", True),
    ("北京市大数据工作推进小组", True),
    ("试点地区政府办公厅（室）", True),
    ("专区监管部门", True),
    ("坚持地方政府", False),
    ("动员全社会", False),
    ("需要异地公安机关", False),
    ("骨干企业", False),
    ("负责人", False),
    ("我委", False),
    ("中央宣传部（国务院新闻办）", True),
    ("供销合作总社", True),
    ("省财政厅（牵头）", False),
    ("省总工会", True),
    ("全国总工会", True),
    ("同人民法院", False),
    ("企业工会", False),
]


@pytest.mark.parametrize(("name", "expected"), AGENCY_NAMES)
def test_looks_like_agency(name: str, expected: bool) -> None:
    assert is_agency(name) is expected


# --------------------------------------------------------------------------- task tables


def test_pipe_table_rows() -> None:
    notice = parse_file(TASKS / "task_table.txt")
    tables = [a for a in notice.assignments if a.kind == AssignmentKind.TABLE]
    assert [_roles(a) for a in tables] == [
        (["市大数据局"], ["市财政局", "市委网信办"], []),
        (["市大数据局"], ["市级各部门"], []),
        (["市政务服务管理局"], ["市人力资源社会保障局", "市医保局"], []),
        (["市委网信办"], ["市公安局"], []),
        (["市市场监管局", "市司法局"], ["各区县人民政府"], []),
    ]
    assert tables[0].text.startswith("1 | 建设全市一体化政务云平台")
    clause = [a for a in notice.assignments if a.kind == AssignmentKind.CLAUSE]
    assert [_roles(a) for a in clause] == [(["市大数据局"], [], [])]


def test_real_task_division_table() -> None:
    """附件2 of a Guangzhou plan (穗卫函〔2023〕1930号): rows with cells spanning rows on the left."""
    notice = parse_file(TASKS / "083_task_table.txt")
    tables = [a for a in notice.assignments if a.kind == AssignmentKind.TABLE]
    assert len(tables) == 12
    assert _roles(tables[0]) == (["各区政府", "基层处"], ["市卫生健康委", "医政处"], [])
    # a continuation row without 序号 and 工作事项 cells is aligned from the right
    assert _roles(tables[1]) == (["各区政府", "人事处"], ["市卫生健康委", "市人社局", "基层处"], [])
    # "/" is an empty cell
    assert _roles(tables[4]) == (["各区政府", "市卫生健康委", "科教处"], ["基层处"], [])


def test_one_cell_per_line_table() -> None:
    text = (
        "附件\n重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n"
        "1\n建设一体化平台。\n市大数据局\n市财政局、市公安局\n"
        "2\n推进数据共享。\n市政务服务管理局\n/\n"
    )
    notice = _parse(text)
    assert [_roles(a) for a in notice.assignments] == [
        (["市大数据局"], ["市财政局", "市公安局"], []),
        (["市政务服务管理局"], [], []),
    ]


def test_list_without_separators_is_one_name_with_w403() -> None:
    notice = _parse("加快建设数据平台。（牵头单位：省发展改革委省财政厅）")
    assert _roles(notice.assignments[0]) == (["省发展改革委省财政厅"], [], [])
    assert [d.code for d in notice.diagnostics if d.code.startswith("W4")] == ["W403"]
    assert not any(
        d.code == "W403" for d in _parse("加快建设。（牵头单位：省人力资源和社会保障厅）").diagnostics
    )


def test_first_listed_leads_convention() -> None:
    text = (
        "（各项任务中列第一位者为牵头单位，其他为配合单位）\n"
        "1.完善数据共享机制。（责任单位：市大数据局、市财政局、市公安局）\n"
    )
    notice = _parse(text)
    assert _roles(notice.assignments[-1]) == (["市大数据局"], ["市财政局", "市公安局"], [])


# --------------------------------------------------------------------------- dev documents


def _folded_names(items: list[dict[str, list[str]]]) -> Counter[tuple[str, str]]:
    from policyparse.normalize import to_simplified

    return Counter(
        (role, to_simplified(name).replace("（", "").replace("）", ""))
        for item in items
        for role in ("lead", "support", "responsible")
        for name in item[role]
    )


@pytest.mark.parametrize("path", dev_cases("assignments", DEV_FILES))
def test_dev_assignments_match_gold(path: Path) -> None:
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
    notice = parse_file(path)
    predicted = [
        {role: [a.name for a in getattr(item, role)] for role in ("lead", "support", "responsible")}
        for item in notice.assignments
    ]
    assert _folded_names(predicted) == _folded_names(gold["assignments"])
    for assignment in notice.assignments:
        assert notice.text[assignment.start : assignment.end].strip()


def test_jieba_is_not_loaded_without_a_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("jieba loaded for a text without a responsibility cue")

    monkeypatch.setattr(tokenizer, "organ_tokenizer", refuse)
    assert parse("加快推进新型智慧城市建设。到2025年，建成一批智慧城市。").assignments == []


def test_private_tokenizer_leaves_jieba_global_dictionary_alone() -> None:
    import jieba

    tokenizer.organ_tokenizer()
    assert tokenizer.organ_tokenizer() is not jieba.dt
    assert "省经济和信息化厅" in tokenizer.organ_tokenizer().lcut("由省经济和信息化厅负责", HMM=False)
    assert "省经济和信息化厅" not in jieba.dt.FREQ


@pytest.mark.parametrize(
    "text",
    [
        "（牵头）",
        "（）",
        "牵头单位：",
        "（责任单位：）",
        "负责" * 50,
        "由负责",
        "（" * 100 + "牵头",
        "牵头单位：省" + "、" * 200,
    ],
)
def test_odd_inputs_never_crash(text: str) -> None:
    notice = parse(text)
    assert all(e.code != "E901" for e in notice.diagnostics)


def test_clauses_listed_with_the_enumeration_comma() -> None:
    # each item of a list of clauses joined by 、 has its own agent (blind b12); a list of
    # organs before one verb stays one clause
    notice = _parse(
        "比如市场监管总局推动商事制度改革、税务总局牵头开展纳税便利化改革、海关总署推进单一窗口建设、"
        "住建部牵头开展工程建设项目审批制度改革等。省发展改革委、省财政厅牵头推进改革。"
    )
    assert [(a.text, _roles(a)) for a in notice.assignments] == [
        ("税务总局牵头开展纳税便利化改革", (["税务总局"], [], [])),
        ("住建部牵头开展工程建设项目审批制度改革等", (["住建部"], [], [])),
        ("省发展改革委、省财政厅牵头推进改革", (["省发展改革委", "省财政厅"], [], [])),
    ]
