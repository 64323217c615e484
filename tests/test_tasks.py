"""The principal task list: selection, titles, sub-items, deadlines, agencies and the stated count."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from policyparse import parse, parse_file
from policyparse.document import Document
from policyparse.models import Heading, HeadingKind, MarkerKind, Notice
from policyparse.stages import tasks
from policyparse.stages.tasks.action import (
    fallback_task_headings,
    goal_task_sections,
    prescribes_action,
    schedule_sections,
)
from policyparse.stages.tasks.candidates import inline_items
from policyparse.stages.tasks.count import stated_count
from policyparse.stages.tasks.sections import is_framing, is_task_section, select_task_headings
from tests.helpers import DEV, DEV_FILES, FIXTURES, GOLD
from tests.known_misses import dev_cases

TASKS = FIXTURES / "tasks"


@cache
def _file(path: Path) -> Notice:
    return parse_file(path)


def _gold(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- section titles

TASK_SECTIONS = [
    ("重点任务", True),
    ("二、主要任务", True),
    ("重點任務", True),
    ("五项重点任务推进新型智慧城市建设", True),
    ("试点任务", True),
    ("行动步骤", True),
    ("2026年工作安排", True),
    ("任务要求", True),
    ("主要目标和重大举措", True),
    ("主要措施", True),
    # a short title ending in 任务/举措 names the list whatever its modifier (blind2 c01)
    ("行动任务", True),
    ("年度任务", True),
    ("政策举措", True),
    ("任务完成情况", False),
    ("工作进度", False),
    ("实施步骤", False),
    ("目标任务", False),
    ("主要目标", False),
    ("2025年主要工作和“十四五”发展成就", False),
    ("加强组织领导", False),
    # 工作安排 names a list only at the end of a title, not a rules chapter
    ("工作安排", True),
    ("第七章 工作安排布局", False),
    ("工作安排布局", False),
]


@pytest.mark.parametrize(("title", "expected"), TASK_SECTIONS)
def test_is_task_section(title: str, expected: bool) -> None:
    assert is_task_section(title) is expected


FRAMING = [
    ("总体要求", True),
    ("指导思想", True),
    ("基本原则", True),
    ("充分认识改善农村人居环境的重要意义", True),
    ("发展现状", True),
    ("加强组织领导", True),
    ("加强对环境保护工作的领导", True),
    ("强化协调配合，加强资金保障", True),
    ("保障措施", True),
    ("督促检查", True),
    ("加强考核评估", True),
    ("强化政策引导和支持", False),
    ("完善支持政策", False),
    ("推进环境公用设施投资运营市场化", False),
    ("不断改善人民生活，完善社会保障", False),
    ("持续增强粮食等重要农产品供给保障能力", False),
    # whitespace inside a title does not hide it
    ("附  则", True),
    ("总　则", True),
]


@pytest.mark.parametrize(("title", "expected"), FRAMING)
def test_is_framing(title: str, expected: bool) -> None:
    assert is_framing(title) is expected


ACTION = [
    ("推进环境公用设施投资运营市场化", True),
    ("规划先行，分类指导农村人居环境治理", True),
    ("经济社会发展必须与环境保护相协调", True),
    ("网络体系强基行动", True),
    ("在资源开发利用中重视生态环境的保护", True),
    ("试点范围", False),
    ("清理整顿工作的主要内容", False),
    ("工作进度", False),
    ("手工业在我国国民经济中有重要的作用", False),
    # verbs outside any list, read by part of speech
    ("动员社会各界扩大贫困地区产品和服务消费", True),
    ("化解重大风险", True),
    ("引领新质生产力发展", True),
    ("提振消费", True),
    ("补齐短板", True),
    ("保障改善民生", True),
    ("积极参与解决全球环境问题的国际合作", True),
    # two coordinated verbs with one object, a verb and its complement
    ("落实和完善财税政策", True),
    ("建立和完善环境保护的长效机制", True),
    ("巩固和加强农业基础", True),
    ("做大做强现代海洋产业", True),
    ("守牢粮食安全底线", True),
    ("保障与监督", False),
    # manner adverbials written as adjectives
    ("稳妥化解地方政府债务风险", True),
    ("有效防范化解重大经济金融风险", True),
    ("充分发挥市场机制作用", True),
    # verbs jieba tags as adjectives, and verbs glued to their object in one word
    ("稳定粮食生产", True),
    ("畅通国内大循环", True),
    ("激活市场", True),
    ("扩大内需", True),
    # adverbials before the verb
    ("全面履行政府职能", True),
    ("多措并举扩大内需", True),
    ("聚力打造区域科技创新中心", True),
    ("持续增强粮食等重要农产品供给保障能力", True),
    ("严格执法", True),
    # measures of a policy notice: manner adverbials and administrative verbs (blind2 c05, c12)
    ("适度放宽预售许可办理条件", True),
    ("适当延缓缴纳城市基础设施配套费", True),
    ("分期缴纳土地出让金", True),
    ("容缺办理相关审批手续", True),
    ("调整拆迁安置方式", True),
    ("逐步减免小微企业房屋租金", True),
    ("及时办理不动产登记", True),
    ("适度", False),
    ("办理", False),
    # a verb that also qualifies an attribute noun names a topic (blind3 d01, d04); a verb that
    # changes its object still acts
    ("实施方式", False),
    ("实施流程", False),
    ("参与用户资格", False),
    ("招生纪律", False),
    ("招生宣传", False),
    ("优化就诊流程", True),
    ("简化审批程序", True),
    ("规范招生程序", True),
    # noun phrases that open with a verb-like word
    ("持续发展", False),
    ("创新驱动", False),
    ("改革开放", False),
    ("协调发展", False),
    ("保障与监督", False),
    ("组织指挥体系", False),
    ("组成人员职责", False),
    ("招生对象", False),
    ("信访事项的办理和督办", False),
    ("工作安排布局", False),
    ("关于进一步加强我国防震减灾工作的意见", False),
    # 改革 takes an object in a title (dev 011); 改革开放 is a topic (status titles)
    ("改革创新环境保护体制机制", True),
    ("改革收入分配制度", True),
    ("改革开放向纵深推进", False),
    ("创新驱动成果丰硕", False),
    # outcomes: what a goal section states, not what is to be done (pool 069)
    ("推进共同富裕取得决定性进展", False),
    ("进一步全面深化改革取得决定性进展", False),
    ("生态环境质量明显改善", False),
    ("城乡融合发展迈上新台阶", False),
    ("以更高标准打造生态文明高地", True),
    # topics and indicators
    ("医疗质量", False),
    ("运营效率", False),
    ("指标体系", False),
    ("推进", False),
    ("", False),
]


@pytest.mark.parametrize(("title", "expected"), ACTION)
def test_prescribes_action(title: str, expected: bool) -> None:
    assert prescribes_action(title) is expected


# --------------------------------------------------------------------------- selection on heading trees


def _tree(rows: list[tuple[int, str, int | None]]) -> list[Heading]:
    """Headings from (level, title, parent) rows; offsets are placeholders for selection tests."""
    out: list[Heading] = []
    for index, (level, title, parent) in enumerate(rows):
        out.append(
            Heading(
                id=index,
                level=level,
                marker="",
                marker_kind=MarkerKind.NONE,
                title=title,
                title_start=index * 10,
                title_end=index * 10 + 5,
                start=index * 10,
                end=index * 10 + 5,
                kind=HeadingKind.NUMBERED,
                parent=parent,
                section_end=index * 10 + 9,
            )
        )
    return out


def test_children_of_task_sections_in_order() -> None:
    headings = _tree(
        [
            (1, "总体要求", None),
            (2, "指导思想", 0),
            (1, "试点任务", None),
            (2, "建设集约化平台", 2),
            (2, "形成标准规范", 2),
            (1, "工作进度", None),
            (2, "制定实施方案", 5),
            (1, "重点工作", None),
            (2, "强化安全保障", 7),
        ]
    )
    chosen = select_task_headings(headings)
    assert chosen is not None
    assert [h.title for h in chosen] == ["建设集约化平台", "形成标准规范", "强化安全保障"]


def test_goal_children_skipped_under_goals_and_measures() -> None:
    headings = _tree([(1, "主要目标和重大举措", None), (2, "主要目标", 0), (2, "实施数字乡村行动", 0)])
    chosen = select_task_headings(headings)
    assert chosen is not None
    assert [h.title for h in chosen] == ["实施数字乡村行动"]


@pytest.mark.parametrize("word", ["主要目标任务", "“十五五”时期的主要目标任务", "目标和任务"])
def test_a_goals_and_tasks_heading_with_action_children_names_tasks(word: str) -> None:
    # blind b08 (pool 065): 二、“十五五”时期的主要目标任务 with （一）聚焦…，因地制宜发展… children,
    # then 三、2026年重点工作: both lists, in order; a goal-only child is skipped
    headings = _tree(
        [
            (1, "过去五年工作回顾", None),
            (1, word, None),
            (2, "主要目标", 1),
            (2, "聚焦加快建设创新浙江，因地制宜发展新质生产力", 1),
            (2, "聚焦服务融入新发展格局，有效畅通经济循环", 1),
            (1, "2026年重点工作", None),
            (2, "着力提振市场信心增强社会预期", 5),
        ]
    )
    also = goal_task_sections(headings)
    chosen = select_task_headings(headings, also=also)
    assert chosen is not None
    assert [h.title for h in chosen] == [
        "聚焦加快建设创新浙江，因地制宜发展新质生产力",
        "聚焦服务融入新发展格局，有效畅通经济循环",
        "着力提振市场信心增强社会预期",
    ]


def test_a_goals_and_tasks_heading_with_outcome_children_stays_framing() -> None:
    # pool 069: the children of “十五五”时期主要目标任务 are outcomes (…取得决定性进展)
    headings = _tree(
        [
            (1, "“十五五”时期主要目标任务", None),
            (2, "现代化产业体系建设取得决定性进展", 0),
            (2, "推进共同富裕取得决定性进展", 0),
            (2, "构建新安全格局取得决定性进展", 0),
            (1, "2026年重点工作", None),
            (2, "着力扩大有效需求", 4),
        ]
    )
    assert goal_task_sections(headings) == frozenset()
    chosen = select_task_headings(headings)
    assert chosen is not None and [h.title for h in chosen] == ["着力扩大有效需求"]


def test_a_work_arrangement_of_procedure_stages_is_a_timetable() -> None:
    # blind b11 (pool 086): 四、招生工作安排 with 公告 / 报名 / 资格审核 / 公示 / 录取 / 注册 stages
    stages = [
        "公告",
        "报名",
        "电脑派位实施（此点仅与教育部门办幼儿园相关）",
        "资格审核",
        "公示",
        "录取",
        "注册",
    ]
    headings = _tree([(1, "招生原则", None), (1, "招生工作安排", None), *[(2, stage, 1) for stage in stages]])
    assert schedule_sections(headings) == frozenset({1})
    assert select_task_headings(headings, schedules=schedule_sections(headings)) is None
    # the same word over measures is a task list (a work report's 2026年工作安排)
    measures = _tree(
        [(1, "2026年工作安排", None), (2, "着力扩大有效需求", 0), (2, "加快建设现代化产业体系", 0)]
    )
    assert schedule_sections(measures) == frozenset()
    chosen = select_task_headings(measures, schedules=schedule_sections(measures))
    assert chosen is not None and len(chosen) == 2


def test_fallback_skips_framing_sections() -> None:
    headings = _tree(
        [
            (1, "总体要求", None),
            (1, "推进环境公用设施投资运营市场化", None),
            (1, "强化政策引导和支持", None),
            (1, "加强组织实施", None),
        ]
    )
    assert select_task_headings(headings) is None
    assert [h.title for h in fallback_task_headings(headings)] == [
        "推进环境公用设施投资运营市场化",
        "强化政策引导和支持",
    ]


def test_fallback_reads_the_main_document_only() -> None:
    """An evaluation scheme's attachment (indicator tables) never gives the fallback's tasks."""
    headings = _tree(
        [(1, "总体要求", None), (1, "指标体系", None), (1, "组织实施", None), (1, "持续发展", None)]
    )
    headings[3] = headings[3].model_copy(update={"part": 1})
    assert fallback_task_headings(headings) == []
    headings[3] = headings[3].model_copy(update={"title": "推进医院高质量发展"})
    assert fallback_task_headings(headings) == []
    headings[3] = headings[3].model_copy(update={"part": 0})
    assert [h.title for h in fallback_task_headings(headings)] == ["推进医院高质量发展"]


def test_fallback_drops_a_table_of_contents() -> None:
    headings = _tree([(1, "强化源头防控", None), (1, "深化质量管理", None), (1, "强化源头防控", None)])
    headings[2] = headings[2].model_copy(update={"section_end": 500})
    assert [h.id for h in fallback_task_headings(headings)] == [1, 2]


def test_the_word_table_is_not_loaded_when_a_section_names_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    from policyparse.stages.tasks import words

    def refuse() -> None:
        raise AssertionError("the word table was loaded for a document with a task section")

    monkeypatch.setattr(words, "table", refuse)
    text = "一、总体要求\n加快发展。\n二、重点任务\n（一）建设平台\n建设。\n（二）共享数据\n共享。\n"
    assert [t.title for t in parse(text).tasks] == ["建设平台", "共享数据"]


def test_the_fallback_never_loads_a_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    """The action fallback reads the word table, never jieba's part-of-speech tagger (a second to load)."""
    from policyparse import tokenizer

    def refuse() -> None:
        raise AssertionError("the part-of-speech tokenizer was loaded by the task stage")

    monkeypatch.setattr(tokenizer, "get_pos_tokenizer", refuse)
    monkeypatch.setattr(tokenizer, "get_tokenizer", refuse)
    text = "一、总体要求\n加快发展。\n二、落实和完善财税政策\n完善政策。\n三、改善金融服务\n改善服务。\n"
    assert [t.title for t in parse(text).tasks] == ["落实和完善财税政策", "改善金融服务"]


# --------------------------------------------------------------------------- rules and evaluation schemes

_RULES_BODY = (
    "第一章 总则\n一、为规范工作，制定本规则。\n二、国务院工作坚持依法行政。\n"
    "第二章 全面履行政府职能\n三、全面履行经济调节职能。\n"
    "第三章 坚持依法行政\n四、国务院要依法行政。\n"
    "第四章 工作安排布局\n五、国务院工作由总理统一安排。\n"
)

TRANSMITTED = [
    # the transmitted document's type decides: rules and evaluation schemes have no tasks…
    ("国务院关于印发《国务院工作规则》的通知\n", _RULES_BODY, []),
    ("国务院关于印发国务院工作规则的通知\n", _RULES_BODY, []),
    (
        "省政府办公厅关于印发某省政务服务考核办法的通知\n",
        "一、考核内容\n二、加强政务服务平台建设\n建设平台。\n三、推进数据共享\n共享数据。\n",
        [],
    ),
    # …unless the text calls them 任务
    (
        "省政府办公厅关于印发某省政务服务考核办法的通知\n",
        "一、考核内容\n二、重点任务\n（一）加强政务服务平台建设\n建设。\n（二）推进数据共享\n共享。\n",
        ["加强政务服务平台建设", "推进数据共享"],
    ),
    # a plan transmitted the same way keeps its action sections
    (
        "国务院关于印发某某改革实施方案的通知\n",
        "一、总体要求\n二、完善国家职业教育制度体系\n完善。\n三、动员社会力量参与办学\n参与。\n",
        ["完善国家职业教育制度体系", "动员社会力量参与办学"],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), TRANSMITTED)
def test_transmitted_document_type(title: str, body: str, expected: list[str]) -> None:
    assert [t.title for t in parse(title + body).tasks] == expected


SUBJECT_TITLES = [
    ("国务院关于印发《国务院工作规则》的通知", "国务院工作规则"),
    ("国务院办公厅转发民政部关于清理整顿社会团体意见的通知", "民政部关于清理整顿社会团体意见"),
    (
        "国务院办公厅关于加强三级公立医院绩效考核工作的意见",
        "国务院办公厅关于加强三级公立医院绩效考核工作的意见",
    ),
]


@pytest.mark.parametrize(("title", "subject"), SUBJECT_TITLES)
def test_subject_title(title: str, subject: str) -> None:
    from policyparse.stages.metadata import extract_metadata

    doc = Document.from_text(title + "\n一、总体要求\n")
    assert tasks.subject_title(doc) == ""  # no metadata yet
    found = extract_metadata(doc)
    doc.metadata, doc.kind = found.metadata, found.kind
    assert tasks.subject_title(doc) == subject


# --------------------------------------------------------------------------- stated counts

COUNTS = [
    ("意见提出了五项重点任务。", 5),
    ("意見提出了五項重點任務。", 5),
    ("方案提出了十个方面的重点任务。", 10),
    ("规划部署了八大工程。", 8),
    ("会议明确了20项任务。", 20),
    ("省政府出台《支持民营经济高质量发展十五条措施》。", 15),
    ("重点做好八个方面工作。", 8),
    ("从三个方面提出12项重点举措。", 12),
    ("这四大举措内容包括：", 4),
    # a measure count announced with an area count: the measures are counted
    ("司法部日前部署开展公证规范优质行动，在14个方面采取38项措施。", 38),
    ("方案在8个领域推出25项改革举措。", 25),
    ("文件从五个方面出台二十条政策措施。", 20),
    # …and the area count alone is still read when it is the only count
    ("意见提出了十个方面的重点任务，涵盖改革发展各领域。", 10),
    ("会议强调，要在3个方面下功夫。", None),
    ("坚决落实中央八项规定精神。", None),
    ("这是一项重大任务。", None),
    ("会议听取了两项工作汇报。", None),
    ("建设三个中心。", None),
    ("实施立德树人工程等“九大行动”。", None),
    # a tally of work done is not a list announced (blind b31)
    ("围绕区域中心建设，已累计推出26项政策、364条举措，构建起制度环境。", None),
    ("截至目前，全省先后出台15项改革措施。", None),
]


@pytest.mark.parametrize(("text", "value"), COUNTS)
def test_stated_count_phrases(text: str, value: int | None) -> None:
    notice = parse(text)
    assert notice.stated_task_count == value
    if value is not None:
        assert notice.stated_count is not None
        assert notice.text[notice.stated_count.start : notice.stated_count.end] == notice.stated_count.text


def test_count_outside_the_task_sections_is_not_theirs() -> None:
    text = (
        "一、“十五五”时期发展成就\n纲要具体部署了13项任务举措。\n"
        "二、2026年重点工作\n（一）扩大有效需求\n扩大消费。\n（二）发展现代产业\n建设园区。\n"
    )
    notice = parse(text)
    assert [t.title for t in notice.tasks] == ["扩大有效需求", "发展现代产业"]
    assert notice.stated_task_count is None


def test_count_announced_before_a_list_that_it_names() -> None:
    text = "一、总体要求\n今年重点抓好三项重点任务。\n二、重点任务\n（一）建设平台\n（二）共享数据\n（三）优化服务\n"
    notice = parse(text)
    assert len(notice.tasks) == 3
    assert notice.stated_task_count == 3
    assert not any(d.code == "W401" for d in notice.diagnostics)


def test_inline_items() -> None:
    text = "重点任务。主要包括：一是构建现代化产业体系，巩固实体经济根基；二是全方位扩大内需；三是提升创新体系整体效能。"
    items = inline_items(text, 0, len(text))
    assert [text[s : s + 2] for s, _, _ in items] == ["一是", "二是", "三是"]
    assert text[items[1][0] : items[1][1]] == "二是全方位扩大内需；"


# --------------------------------------------------------------------------- dev documents


@pytest.mark.parametrize("path", dev_cases("tasks", DEV_FILES))
def test_dev_tasks_match_gold(path: Path) -> None:
    from policyparse.normalize import to_simplified

    gold = _gold(path)
    notice = _file(path)
    assert [to_simplified(t.title) for t in notice.tasks] == [
        to_simplified(t["title"]) for t in gold["tasks"]
    ]
    assert [t.ordinal for t in notice.tasks] == list(range(1, len(notice.tasks) + 1))
    assert notice.stated_task_count == gold["stated_task_count"]
    for task in notice.tasks:
        assert task.start <= task.title_start <= task.title_end <= task.end


def test_task_spans_and_sub_items() -> None:
    notice = _file(DEV / "014.txt")
    first = notice.tasks[0]
    assert first.marker == "二、"
    assert notice.text[first.start : first.end].startswith("二、规划先行")
    assert [s.title for s in first.sub_items] == [
        "加快编制村庄规划",
        "提高村庄规划可实施性",
        "合理确定整治重点",
    ]
    assert all(s.kind == "numbered" and first.start <= s.start < s.end <= first.end for s in first.sub_items)
    assert notice.tasks[2].sub_items[-1].title == "加强组织领导"


def test_news_report_tasks_and_count() -> None:
    notice = _file(DEV / "000.txt")
    assert notice.stated_task_count == 5
    assert notice.stated_count is not None and notice.stated_count.text in {"五項重點任務", "五项重点任务"}
    assert notice.tasks[0].deadline is not None and notice.tasks[0].deadline.year == 2020


def test_work_report_inline_tasks_and_first_count() -> None:
    notice = _file(DEV / "067.txt")
    assert notice.stated_task_count == 8
    assert [t.marker for t in notice.tasks[8:11]] == ["一是", "二是", "三是"]
    assert any(d.code == "W401" for d in notice.diagnostics)


@pytest.mark.parametrize("name", ["004.txt", "045.txt", "077.txt", "092.txt"])
def test_documents_without_a_task_list(name: str) -> None:
    assert _file(DEV / name).tasks == []


def test_rules_of_articles_have_no_tasks_but_keep_duties() -> None:
    text = "第一章 总则\n" + "".join(
        f"第{n}条 市住房城乡建设局负责第{n}项工作。\n" for n in ["一", "二", "三", "四", "五", "六"]
    )
    notice = parse(text)
    assert notice.tasks == []
    assert len(notice.assignments) == 6
    assert [a.name for a in notice.assignments[0].lead] == ["市住房城乡建设局"]


def test_assignments_attach_to_their_tasks() -> None:
    notice = _file(DEV / "037.txt")
    first = notice.tasks[0]
    assert [a.name for a in first.lead] == ["国家发展改革委", "住房城乡建设部", "自然资源部"]
    assert {a.task for a in notice.assignments} <= {1, 2, 3, 4, 5, 6}
    assert notice.assignments[0].task == 1


# --------------------------------------------------------------------------- fixtures with deadlines


def test_division_plan_items_with_notes_and_deadlines() -> None:
    """A task-division plan: each numbered item with its own lead-unit note is a task."""
    notice = _file(TASKS / "division_plan.txt")
    assert [t.title for t in notice.tasks] == [
        "推进政务服务事项标准化",
        "深化“一网通办”改革",
        "压减企业开办时间",
        "全面落实市场准入负面清单制度",
        "开展工程建设项目审批制度改革",
        "建立优化营商环境考核评价机制",
    ]
    first = notice.tasks[0]
    assert first.deadline is not None and (first.deadline.year, first.deadline.month) == (2024, 6)
    assert [a.name for a in first.lead] == ["省政务服务管理局"]
    assert [a.name for a in first.support] == ["省司法厅", "省市场监管局"]
    assert notice.tasks[2].deadline_note == "长期坚持"
    assert notice.tasks[3].deadline_note == "持续推进"
    assert notice.stated_task_count == 12
    assert any(d.code == "W401" for d in notice.diagnostics)
    assert [a.task for a in notice.assignments] == [1, 2, 3, 4, 5, 6]


_DIVISION = (
    "某某市人民政府办公室关于印发某某市优化营商环境重点任务分工方案的通知\n"
    "某某市优化营商环境重点任务分工方案\n"
    "为确保重点任务落到实处，现制定如下分工方案。一、深化审批改革{a}研究精简各类审批，提高审批效率。"
    "（市发展改革委牵头，市司法局配合）具体措施：1．编制审批事项清单。（市政务服务局牵头）"
    "2．2025年底前实现全程网办。（市政务服务局、市大数据局按职责分工负责）{b}推行告知承诺制。"
    "（市市场监管局牵头，各区政府负责）二、加强事中事后监管{c}完善监管标准体系，推进信用监管。"
    "（市市场监管局牵头，市有关部门按职责分工负责）具体措施：1．2025年6月底前制定监管标准。（市市场监管局牵头）"
)


@pytest.mark.parametrize(
    ("markers", "flat"),
    [(("（一）", "（二）", "（三）"), True), (("（一）", "（二）", "（三）"), False)],
    ids=["one-line", "with-breaks"],
)
def test_division_plan_items_are_found_whether_or_not_the_text_lost_its_breaks(
    markers: tuple[str, str, str], flat: bool
) -> None:
    # dev 038: a 分工方案 of 25 （一）…（二十五） items on one 13,000-character line, each with its
    # own lead-unit note and 具体措施 1．2．… with notes of their own; the tasks are the （X） items
    text = _DIVISION.format(a=markers[0], b=markers[1], c=markers[2])
    if not flat:
        for marker in (*markers, "二、", "具体措施", "2．"):
            text = text.replace(marker, "\n" + marker)
    notice = parse(text)
    assert [t.title for t in notice.tasks] == ["研究精简各类审批", "推行告知承诺制", "完善监管标准体系"]
    owners: dict[int, set[str]] = {}
    for a in notice.assignments:
        if a.task is not None:
            owners.setdefault(a.task, set()).update(agency.name for agency in a.lead)
    assert {"市政务服务局"} <= owners.get(1, set())  # a measure's note belongs to its task


def test_task_table_rows_are_tasks() -> None:
    notice = _file(TASKS / "task_table.txt")
    assert [t.title for t in notice.tasks] == [
        "建设全市一体化政务云平台",
        "推进公共数据共享开放",
        "推行“高效办成一件事”",
        "强化网络安全保障",
        "推进“互联网+监管”",
    ]
    assert notice.stated_task_count == 5
    assert [a.name for a in notice.tasks[4].lead] == ["市市场监管局", "市司法局"]
    assert notice.tasks[3].deadline_note == "长期坚持"
    assert notice.tasks[0].deadline is not None and notice.tasks[0].deadline.month == 6


def test_transmitted_plan_tasks() -> None:
    notice = _file(TASKS / "083_task_table.txt")
    assert [t.title for t in notice.tasks] == ["扩大签约服务供给", "拓展签约服务内涵"]
    assert notice.tasks[0].sub_items[0].title == "有序扩大家庭医生来源"


def test_deadline_label_without_deadline_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    from policyparse.stages.targets import deadlines

    monkeypatch.delattr(deadlines, "find_deadlines")
    text = "二、重点任务\n1.推进数据共享。（牵头单位：市大数据局；完成时限：长期坚持）\n2.建设平台。（牵头单位：市政务服务管理局）\n"
    notice = parse(text)
    assert [t.deadline_note for t in notice.tasks] == ["长期坚持", None]
    assert all(t.deadline is None for t in notice.tasks)


@pytest.mark.parametrize(
    "text", ["一是", "重点任务", "二、重点任务\n一是；二是", "五项重点任务" * 1000, "（一）\n（二）"]
)
def test_odd_inputs_never_crash(text: str) -> None:
    notice = parse(text)
    assert all(d.code != "E901" for d in notice.diagnostics)


def test_document_helpers_are_used() -> None:
    doc = Document.from_text("意见提出了五项重点任务。")
    count = stated_count(doc)
    assert count is not None and count.value == 5


@pytest.mark.parametrize("name", ["division_plan.txt", "task_table.txt", "083_task_table.txt"])
def test_fixture_spans_point_into_the_text(name: str) -> None:
    from policyparse.normalize import normalize
    from tests.helpers import assert_offsets_hold

    notice = _file(TASKS / name)
    assert_offsets_hold(notice)
    for task in notice.tasks:
        source = notice.text[task.title_start : task.title_end]
        assert normalize(source).norm.strip() == normalize(task.title).norm.strip()
        for agency in [*task.lead, *task.support, *task.responsible]:
            assert notice.text[agency.start : agency.end] == agency.name
    for assignment in notice.assignments:
        assert notice.text[assignment.start : assignment.end] == assignment.text


def test_task_naming_heading_inside_a_closing_section_is_ignored() -> None:
    headings = _tree(
        [
            (1, "强化源头防控", None),
            (1, "健全规划实施保障措施", None),
            (2, "明确任务分工", 1),
            (3, "各部门制定实施方案", 2),
        ]
    )
    assert select_task_headings(headings) is None
    assert [h.title for h in fallback_task_headings(headings)] == ["强化源头防控"]


@pytest.mark.parametrize(
    "inner",
    [
        "7、职教师资基地的主要任务：一是培养培训专业课教师；二是培训学校管理干部；三是开展师资科学研究。",
        "（一）近期主要任务。一是培养培训专业课教师；二是培训学校管理干部；三是开展师资科学研究。",
    ],
)
def test_a_task_section_holding_only_a_task_section_takes_the_inner_items(inner: str) -> None:
    # 三、…主要任务 whose one child names the tasks again, with inline items (blind2 c04)
    text = (
        "关于加强职教师资基地建设的意见\n一、指导思想\n以提高质量为核心。\n三、职教师资基地的主要任务\n"
        f"{inner}\n四、加强组织领导\n各地要加强领导。\n"
    )
    notice = parse(text)
    assert [t.title for t in notice.tasks] == ["培养培训专业课教师", "培训学校管理干部", "开展师资科学研究"]


def test_news_tasks_are_the_crossheads_after_an_uncounted_announcement() -> None:
    lead = "为进一步提高招商引资工作水平，近日，省政府印发了《关于进一步加强招商引资工作的指导意见》。"
    body = "围绕推动传统产业高端化、智能化、绿色化，大力招引技术创新项目，聚焦培育新增长点。"
    text = (
        f"重磅！浙江省政府发文，进一步加强这项工作\n\n{lead}\n\n● 项目引进实现新突破\n\n{body}\n\n"
        f"《意见》明确，浙江要完成这些任务〜\n\n明确重点招商方向\n\n▷\n\n{body}\n\n强化重大项目谋划\n\n▷\n\n{body}\n\n"
        f"创新精准招商方法\n\n{body}"
    )
    notice = parse(text)
    assert notice.kind.value == "news"
    assert [t.title for t in notice.tasks] == ["明确重点招商方向", "强化重大项目谋划", "创新精准招商方法"]
    assert notice.stated_task_count is None


def test_news_tasks_listed_after_the_announcement_separated_by_semicolons() -> None:
    # a headline "X印发《…》" over a report whose announced tasks run on in one sentence (dev 094)
    text = (
        "中共中央、国务院印发《某某建设规划纲要》\n"
        "新华社北京1月19日电 近日，中共中央、国务院印发了《某某建设规划纲要》，并发出通知。\n"
        "《纲要》部署了3个方面重点任务：塑造立德树人新格局，培养时代新人；办强办优基础教育，夯实战略基点；"
        "增强高等教育综合实力，打造战略引领力量。\n"
    )
    notice = parse(text)
    assert notice.kind.value == "news" and notice.stated_task_count == 3
    assert [t.title for t in notice.tasks] == [
        "塑造立德树人新格局",
        "办强办优基础教育",
        "增强高等教育综合实力",
    ]


def test_news_reprinting_a_plan_takes_its_task_list_but_not_its_principles() -> None:
    body = "各地区各部门要结合实际认真贯彻落实，加大工作力度，确保各项措施落到实处。"
    plan = (
        "中办国办印发《提振消费专项行动方案》\n新华社北京3月16日电 近日，中共中央办公厅、国务院办公厅印发了"
        f"《提振消费专项行动方案》。\n一、城乡居民增收促进行动\n{body}\n二、消费能力保障支持行动\n{body}\n"
        f"三、完善支持政策\n{body}\n"
    )
    assert [t.title for t in parse(plan).tasks] == [
        "城乡居民增收促进行动",
        "消费能力保障支持行动",
        "完善支持政策",
    ]
    principles = plan.replace("提振消费专项行动方案", "新一代人工智能治理原则")
    assert parse(principles).tasks == []


def test_sections_announced_as_principles_are_no_task_list() -> None:
    # 一、…八、 after "应遵循以下原则：" (blind3 d08); the same sections after a plain lead act
    body = "人工智能发展应以增进人类共同福祉为目标，促进人机和谐，服务人类文明进步。"
    sections = f"一、和谐友好。{body}\n二、公平公正。{body}\n三、包容共享。{body}\n四、推动开放协作。{body}\n"
    principles = parse(
        f"新一代人工智能治理原则\n为促进健康发展，人工智能发展相关各方应遵循以下原则：\n{sections}"
    )
    assert principles.tasks == []
    plan = parse(f"某某行动方案\n为促进健康发展，制定本方案。\n{sections}")
    assert [t.title for t in plan.tasks] == ["包容共享", "推动开放协作"]
