"""Responsibility notes and clauses: lead, supporting and responsible agencies.

Four forms are read, in this order, each span claimed once:

* parenthesised notes: ``（省发展改革委牵头，省财政厅配合）``, ``（责任单位：…）``;
* labelled lines: ``牵头单位：…；配合单位：…；完成时限：…``;
* task tables flattened to text, with ``|`` between cells or one cell per line, whose header
  names role columns (``牵头单位``, ``配合单位``, ``责任单位``);
* clauses whose agent is a named organ: ``由省教育厅负责``, ``省级人民政府…负总责``,
  standing duties in rules (``第四条 市住房城乡建设局负责…``), also past an adverbial
  (``…在职责范围内，分别负责…``), with the supporting list that may follow a lead clause
  (``由环境保护部牵头，公安部、水利部等参加``).

Agency names are told apart from other subjects with a private :class:`jieba.Tokenizer`
loaded with ``lexicon/agencies.txt``; it is built on first use, so a parse whose text has no
responsibility cue never loads jieba.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import regex

from policyparse.document import Document
from policyparse.lexicon import agencies as lex
from policyparse.models import Agency, Assignment, AssignmentKind
from policyparse.segment import Segment

if TYPE_CHECKING:  # pragma: no cover - typing only
    import jieba

#: A parenthesised note; one level of nested parentheses is allowed for an alias or a
#: variant (``中央宣传部（国务院新闻办）``, ``各市（州）``).
_NOTE = regex.compile(r"（((?:[^（）\n]|（[^（）\n]{1,16}）){2,600}+)）")
_LABEL = regex.compile(
    "("
    + "|".join(regex.escape(k) for k in sorted([*lex.LABELS, *lex.DEADLINE_LABELS], key=len, reverse=True))
    + ")[：:]"
)
_ROLE_END = regex.compile(
    r"(?:按照?职责分工|按照?职责|分别|共同|具体|统一)?+(牵头负责|牵头|负总责|负责|配合|参与|参加|协助)(?:落实|实施|推进)?+$"
)
_CUE = regex.compile(r"牵头负责|负总责|牵头|负责|配合|参与|协助")
_CLAUSE_BREAK = regex.compile(r"[，；：。！？]")
_LEAD_IN = regex.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]{1,6}条|[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|[①-⑳])\s*+"
)
_CONNECTIVE = regex.compile(r"^(?:同时|其中|此外|另外|并且|并|而且|对此|为此|今后)")
_SPLIT = regex.compile(r"[、，,；]|及其|及")
_BAD_TOKENS = frozenset({"应当", "必须", "可以", "负责", "牵头", "配合", "参与", "协助", "会同"})


@dataclass(frozen=True, slots=True)
class _Name:
    start: int
    end: int


# --------------------------------------------------------------------------- jieba, lazily

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None


@lru_cache(maxsize=1)
def dictionary_tags() -> dict[str, str]:
    """Word → tag of the shipped dictionary: ``nt`` organ names, ``n`` suffixes, ``v``/``p``/``d`` openers."""
    text = resources.files("policyparse.lexicon").joinpath("agencies.txt").read_text(encoding="utf-8")
    tags: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            tags[fields[0]] = fields[2]
    return tags


def dictionary_names() -> frozenset[str]:
    """Organ names (tag ``nt``) of the shipped dictionary."""
    return _names()


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(word for word, tag in dictionary_tags().items() if tag == "nt")


def tokenizer() -> jieba.Tokenizer:
    """The private jieba tokenizer over the shipped organ dictionary (built once, on first use).

    Its dictionary is ``lexicon/agencies.txt`` alone (organ names, organ suffixes and the verbs,
    prepositions and adverbs that cannot open a name), so it loads in milliseconds; jieba's
    global tokenizer and its dictionary are never touched.
    """
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            path = resources.files("policyparse.lexicon").joinpath("agencies.txt")
            with resources.as_file(path) as real_path:
                built = jieba.Tokenizer(dictionary=str(real_path))
                built.initialize()
            _tokenizer = built
        return _tokenizer


# --------------------------------------------------------------------------- names


_ALIAS = regex.compile(r"([^（）]{2,30})（([^（）]{2,16})）")


@lru_cache(maxsize=8192)
def looks_like_agency(name: str, *, in_note: bool = False) -> bool:
    """Whether ``name`` (normalised) names an organ.

    In a note or table cell (``in_note``) any phrase with an organ ending counts, enterprises
    included (the note lists them); as the agent of a clause it must be a state organ, and
    the jieba segmentation must not reveal a verb or modal inside it.
    """
    name = name.strip()
    if not 2 <= len(name) <= 40 or lex.UNNAMED.search(name) or lex.SELF_REFERENCE.search(name):
        return False
    if regex.search(r"[，。；：！？“”《》\s]", name):
        return False
    if name in dictionary_names():
        return True
    alias = _ALIAS.fullmatch(name)
    if alias is not None:  # 中央宣传部（国务院新闻办）: an organ and its other name
        return looks_like_agency(alias.group(1), in_note=in_note) and looks_like_agency(
            alias.group(2), in_note=True
        )
    endings = lex.ORGAN_SUFFIXES + (lex.NOTE_ONLY_SUFFIXES if in_note else ())
    if not name.endswith(endings):
        return False
    if in_note:
        return True
    if name.endswith(lex.NON_STATE):
        return False
    if any(word in name for word in lex.NON_STATE_INSIDE) and not name.endswith(lex.STATE_HEADS):
        return False
    tags = dictionary_tags()
    tokens = tokenizer().lcut(name, HMM=False)
    if not tokens or tags.get(tokens[0], "").startswith(lex.BAD_FIRST_TAGS):
        return False
    return not any(token in _BAD_TOKENS or token in lex.BAD_INNER_WORDS for token in tokens)


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start] in " \t\r\n、，；：:/（":
        start += 1
    for joiner in ("以及", "和", "与"):
        if norm.startswith(joiner, start) and end - start > len(joiner) + 2:
            start += len(joiner)
    while end > start and norm[end - 1] in " \t\r\n、，；：。:等":
        end -= 1
    return start, end


def split_names(norm: str, start: int, end: int, *, in_note: bool = True) -> list[_Name]:
    """Split a list of organs at ``、，,；``, ``及`` and after ``等``; shared-suffix lists stay whole."""
    names: list[_Name] = []
    depth = 0
    cursor = start
    pieces: list[tuple[int, int]] = []
    for index in range(start, end):
        char = norm[index]
        if char == "（":
            depth += 1
        elif char == "）":
            depth = max(depth - 1, 0)
        elif depth == 0 and char in "，,；":
            pieces.append((cursor, index))
            cursor = index + 1
    pieces.append((cursor, end))
    for piece_start, piece_end in pieces:
        names.extend(_split_group(norm, piece_start, piece_end, in_note=in_note))
    return names


def _split_group(norm: str, start: int, end: int, *, in_note: bool) -> list[_Name]:
    start, end = _trim(norm, start, end)
    if start >= end:
        return []
    items = _split_at(norm, start, end, "、")
    if len(items) > 1 and any(not looks_like_agency(norm[s:e], in_note=True) for s, e in items[:-1]):
        return [_Name(start, end)]  # 市发展改革、财政、统计等相关部门: one name as printed
    out: list[_Name] = []
    for item_start, item_end in items:
        for part_start, part_end in _split_parts(norm, item_start, item_end):
            part_start, part_end = _trim(norm, part_start, part_end)
            if norm.startswith("其", part_start) and part_end - part_start > 2:
                part_start += 1
            if part_end > part_start:
                out.append(_Name(part_start, part_end))
    return out


def _split_at(norm: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = start
    depth = 0
    for index in range(start, end):
        char = norm[index]
        depth += char == "（"
        depth -= char == "）" and depth > 0
        if depth == 0 and char == separator:
            out.append((cursor, index))
            cursor = index + 1
    out.append((cursor, end))
    return [(s, e) for s, e in out if e > s]


_ETC_OR_AND = regex.compile(r"等(?=[^等]{2})|及其|及")


def _split_parts(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one item at ``等`` (keeping what follows) and ``及``."""
    out: list[tuple[int, int]] = []
    cursor = start
    for m in _ETC_OR_AND.finditer(norm, start, end):
        out.append((cursor, m.start()))
        cursor = m.end()
    out.append((cursor, end))
    return out


def _agencies(doc: Document, names: list[_Name]) -> list[Agency]:
    out: list[Agency] = []
    for name in names:
        orig_start, orig_end = doc.span(name.start, name.end)
        out.append(Agency(name=doc.surface(name.start, name.end), start=orig_start, end=orig_end))
    return out


# --------------------------------------------------------------------------- notes and labels


@dataclass
class _Roles:
    lead: list[_Name]
    support: list[_Name]
    responsible: list[_Name]

    def empty(self) -> bool:
        return not (self.lead or self.support or self.responsible)


def _label_roles(norm: str, start: int, end: int, *, rest_role: str | None = None) -> _Roles | None:
    """Roles of a text made of ``label：list`` fields; ``None`` when it has no role label."""
    roles = _Roles([], [], [])
    matches = list(_LABEL.finditer(norm, start, end))
    if not any(m.group(1) in lex.LABELS for m in matches):
        return None
    for index, m in enumerate(matches):
        role = lex.LABELS.get(m.group(1))
        value_end = matches[index + 1].start() if index + 1 < len(matches) else end
        if role is None:
            continue
        names = [
            n
            for n in split_names(norm, m.end(), value_end)
            if looks_like_agency(norm[n.start : n.end], in_note=True)
        ]
        if rest_role is not None and role == "responsible" and len(names) > 1:
            roles.lead.append(names[0])
            getattr(roles, rest_role).extend(names[1:])
            continue
        getattr(roles, role).extend(names)
    return roles


def _note_names(norm: str, start: int, end: int) -> list[_Name]:
    """Names of a note's list, after a 由; ``[]`` unless every item names an organ."""
    by = norm.rfind("由", start, end)
    names = split_names(norm, by + 1 if by != -1 else start, end)
    if names and all(looks_like_agency(norm[n.start : n.end], in_note=True) for n in names):
        return names
    return []


def _verb_roles(norm: str, start: int, end: int, *, rest_role: str | None = None) -> _Roles | None:
    """Roles of an unlabelled note such as ``国家发展改革委牵头，国务院相关部门及各地区按职责分工负责``."""
    groups: list[tuple[str, list[_Name], bool]] = []
    cursor = start
    segment_start = start
    for m in regex.finditer(r"[，；。]|$", norm[start:end]):
        seg_end = start + m.start()
        role_match = _ROLE_END.search(norm, segment_start, seg_end)
        if role_match is not None:
            names = _note_names(norm, cursor, role_match.start()) or _note_names(
                norm, segment_start, role_match.start()
            )
            if not names:
                return None
            by_duty = "职责" in norm[role_match.start() : role_match.end()]
            groups.append((role_match.group(1), names, by_duty))
            cursor = seg_end + 1
        segment_start = seg_end + 1
        if m.end() >= end - start:
            break
    if not groups:
        return None
    trailing = _note_names(norm, cursor, end) if cursor < end else []
    if trailing:  # 省发展改革委牵头，省财政厅、省统计局: a list that names no role
        groups.append(("", trailing, True))
    roles = _Roles([], [], [])
    has_lead = any(verb.startswith("牵头") or verb == "负总责" for verb, _, _ in groups)
    for verb, names, by_duty in groups:
        role = lex.NOTE_VERBS.get(verb.removesuffix("负责") or "负责", "lead") if verb else "responsible"
        if verb == "负责" and (by_duty or has_lead or len(names) > 1):
            role = "responsible"
        if rest_role is not None and len(names) > 1 and role in {"lead", "responsible"}:
            roles.lead.append(names[0])
            getattr(roles, rest_role).extend(names[1:])
            continue
        getattr(roles, role).extend(names)
    return roles


def _notes(doc: Document, rest_role: str | None) -> list[tuple[int, int, AssignmentKind, _Roles]]:
    norm = doc.norm
    found: list[tuple[int, int, AssignmentKind, _Roles]] = []
    for m in _NOTE.finditer(norm):
        inner_start, inner_end = m.span(1)
        if not lex.CUE.search(norm, inner_start, inner_end):
            continue
        roles = _label_roles(norm, inner_start, inner_end, rest_role=rest_role)
        if roles is None:
            roles = _verb_roles(norm, inner_start, inner_end, rest_role=rest_role)
        if roles is not None and not roles.empty():
            found.append((m.start(), m.end(), AssignmentKind.NOTE, roles))
    return found


def _labelled_lines(doc: Document, taken: _Taken) -> list[tuple[int, int, AssignmentKind, _Roles]]:
    norm = doc.norm
    found: list[tuple[int, int, AssignmentKind, _Roles]] = []
    for line in doc.lines:
        m = _LABEL.search(norm, line.start, line.end)
        if (
            m is None
            or m.start() in taken
            or (m.group(1) not in lex.LABELS and not _role_label_in(norm, m.start(), line.end))
        ):
            continue
        end = line.end
        stop = regex.compile(r"。").search(norm, m.start(), line.end)
        if stop is not None:
            end = stop.start()
        roles = _label_roles(norm, m.start(), end)
        if roles is not None and not roles.empty():
            start, end = _trim(norm, m.start(), end)
            found.append((start, end, AssignmentKind.LABEL, roles))
    return found


def _role_label_in(norm: str, start: int, end: int) -> bool:
    return any(m.group(1) in lex.LABELS for m in _LABEL.finditer(norm, start, end))


class _Taken:
    """Normalised positions already claimed by an assignment (a mask: O(1) membership)."""

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * max(end - start, 0)

    def __contains__(self, index: int) -> bool:
        return 0 <= index < len(self.mask) and self.mask[index] == 1


# --------------------------------------------------------------------------- task tables

_HEADER_ROLE = regex.compile(r"牵头|配合|协助|协办|参与|责任|承办|实施单位|落实单位")
_EMPTY_CELL = frozenset({"/", "-", "—", "——", "无", "／"})
_TABLE_END = regex.compile(r"^(?:附件|[一二三四五六七八九十]{1,3}、)")


def _column_role(header: str) -> str | None:
    """The role a table column gives its cells, from the column's header."""
    header = header.strip()
    if header in lex.LABELS:
        return lex.LABELS[header]
    if len(header) > 14 or not header.endswith(("单位", "部门", "处室", "科室", "主体", "机构")):
        return None
    if "牵头" in header or "主责" in header:
        return "lead"
    if regex.search(r"配合|协助|协办|参与", header):
        return "support"
    if _HEADER_ROLE.search(header):
        return "responsible"
    return None


def _cell_names(norm: str, start: int, end: int) -> list[_Name]:
    return [
        n for n in split_names(norm, start, end) if looks_like_agency(norm[n.start : n.end], in_note=True)
    ]


def _tables(doc: Document) -> list[tuple[int, int, _Roles]]:
    """Assignments of task tables flattened to text (``|`` rows, or one cell per line)."""
    if not regex.search(r"(?:牵头|配合|责任|协助)(?:单位|部门|处室)", doc.norm):
        return []
    return _pipe_tables(doc) + _line_tables(doc)


def _pipe_cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    cursor = start
    for index in range(start, end + 1):
        if index == end or norm[index] in "|｜":
            cells.append(_trim(norm, cursor, index))
            cursor = index + 1
    if cells and cells[0][0] >= cells[0][1] and norm[start:end].lstrip().startswith(("|", "｜")):
        cells = cells[1:]
    if cells and cells[-1][0] >= cells[-1][1] and norm[start:end].rstrip().endswith(("|", "｜")):
        cells = cells[:-1]
    return cells


def _pipe_tables(doc: Document) -> list[tuple[int, int, _Roles]]:
    norm = doc.norm
    found: list[tuple[int, int, _Roles]] = []
    roles: list[str | None] | None = None
    for line in doc.lines:
        text = norm[line.start : line.end]
        if text.count("|") + text.count("｜") < 1:
            if text.strip():
                roles = None
            continue
        cells = _pipe_cells(norm, line.start, line.end)
        header_roles = [_column_role(norm[s:e]) for s, e in cells]
        if any(header_roles):
            roles = header_roles
            continue
        if roles is None or regex.fullmatch(r"[\s|｜:：\-—]*+", text):
            continue
        row = _Roles([], [], [])
        if len(cells) < len(roles):  # cells spanning rows on the left are printed once: align right
            cells = [(line.start, line.start)] * (len(roles) - len(cells)) + cells
        for (cell_start, cell_end), role in zip(cells, roles, strict=False):
            if role is not None:
                getattr(row, role).extend(_cell_names(norm, cell_start, cell_end))
        if not row.empty():
            found.append((*_trim(norm, line.start, line.end), row))
    return found


def _is_agency_cell(norm: str, start: int, end: int) -> bool:
    text = norm[start:end].strip()
    if text in _EMPTY_CELL:
        return True
    if not text or len(text) > 400:
        return False
    names = split_names(norm, start, end)
    return bool(names) and all(looks_like_agency(norm[n.start : n.end], in_note=True) for n in names)


def _line_tables(doc: Document) -> list[tuple[int, int, _Roles]]:
    norm = doc.norm
    paragraphs = doc.paragraphs
    found: list[tuple[int, int, _Roles]] = []
    index = 0
    while index < len(paragraphs):
        roles = _header_run(norm, paragraphs, index)
        if roles is None:
            index += 1
            continue
        index += roles[1]
        column_roles = roles[0]
        group: list[tuple[int, int]] = []
        while index <= len(paragraphs):
            para = paragraphs[index] if index < len(paragraphs) else None
            if para is not None and _is_agency_cell(norm, para.start, para.end):
                group.append((para.start, para.end))
                index += 1
                continue
            found.extend(_row_groups(norm, group, column_roles))
            group = []
            if para is None or _TABLE_END.match(norm, para.start) or _header_run(norm, paragraphs, index):
                break
            index += 1
    return found


def _header_run(norm: str, paragraphs: list[Segment], index: int) -> tuple[list[str], int] | None:
    """Role columns of a one-cell-per-line table header starting at ``index``, and its length."""
    cells: list[str] = []
    cursor = index
    while cursor < len(paragraphs) and len(cells) < 12:
        para = paragraphs[cursor]
        text = norm[para.start : para.end].strip()
        if len(text) > 14 or text.endswith(("。", "；", "，")):
            break
        cells.append(text)
        cursor += 1
    roles = [_column_role(cell) for cell in cells]
    while roles and roles[-1] is None:
        roles.pop()
    role_columns = [role for role in roles if role is not None]
    if "序号" not in cells[:2] or not role_columns:
        return None
    return role_columns, len(roles)


def _row_groups(
    norm: str, group: list[tuple[int, int]], column_roles: list[str]
) -> list[tuple[int, int, _Roles]]:
    out: list[tuple[int, int, _Roles]] = []
    width = len(column_roles)
    for offset in range(0, len(group), width):
        chunk = group[offset : offset + width]
        row = _Roles([], [], [])
        for (cell_start, cell_end), role in zip(chunk, column_roles, strict=False):
            if norm[cell_start:cell_end].strip() not in _EMPTY_CELL:
                getattr(row, role).extend(_cell_names(norm, cell_start, cell_end))
        if not row.empty():
            out.append((chunk[0][0], chunk[-1][1], row))
    return out


# --------------------------------------------------------------------------- clauses


#: How far around a role verb a clause is looked for (keeps run-on text linear).
_WINDOW = 300


def _clauses(doc: Document, taken: _Taken) -> list[tuple[int, int, AssignmentKind, _Roles]]:
    norm = doc.norm
    found: list[tuple[int, int, AssignmentKind, _Roles]] = []
    for sentence in doc.all_sentences:
        if not _CUE.search(norm, sentence.start, sentence.end) or sentence.start in taken:
            continue
        for cue in _CUE.finditer(norm, sentence.start, sentence.end):
            if cue.start() in taken or _noun_use(norm, cue.start(), cue.end()):
                continue
            lo = max(sentence.start, cue.start() - _WINDOW)
            hi = min(sentence.end, cue.end() + _WINDOW)
            principle = _agent_principle(norm, cue.start(), cue.end())
            hit = _clause_agent(norm, lo, hi, cue.start(), cue.end(), direct_only=principle)
            if hit is None:
                continue
            text_start, text_end, names = hit
            text_end = _before_taken(taken, cue.end(), text_end)
            verb = cue.group()
            role = "support" if verb in {"配合", "参与", "协助"} else "lead"
            if verb == "负责" and (len(names) > 1 or principle):
                role = "responsible"  # 省有关部门按职责分工负责: a list that does not say who leads
            roles = _Roles([], [], [])
            getattr(roles, role).extend(names)
            while role != "support":  # 由环境保护部牵头，公安部、水利部等参加(，…协助)
                continuation = _support_continuation(norm, text_end, sentence.end)
                if continuation is None:
                    break
                text_end, supporters = continuation
                roles.support.extend(supporters)
            found.append((text_start, text_end, AssignmentKind.CLAUSE, roles))
            taken.add(text_start, text_end)
    return found


def _before_taken(taken: _Taken, start: int, end: int) -> int:
    """``end``, or the first position after ``start`` already claimed (a note inside the clause)."""
    claimed = taken.mask.find(1, start, end)
    return end if claimed == -1 else claimed


_SUPPORT_END = regex.compile(
    r"等?+(?:共同|积极|按职责)?+(?:" + "|".join(lex.SUPPORT_VERBS) + r")(?:落实|实施|推进|工作)?+$"
)


def _support_continuation(norm: str, clause_end: int, limit: int) -> tuple[int, list[_Name]] | None:
    """A list of supporting organs right after a lead clause: ``，公安部、商务部等参加``."""
    if clause_end >= limit or norm[clause_end] not in "，；":
        return None
    start = clause_end + 1
    hi = min(limit, start + _WINDOW)
    stop = _CLAUSE_BREAK.search(norm, start, hi)
    end = stop.start() if stop is not None else hi
    role = _SUPPORT_END.search(norm, start, end)
    if role is None or role.start() - start < 2:
        return None
    names = split_names(norm, start, role.start())
    if not names or not all(looks_like_agency(norm[n.start : n.end], in_note=True) for n in names):
        return None
    # a clause, not a note: enterprises in the list are not agents (中国铁路总公司等参加)
    state = [n for n in names if looks_like_agency(norm[n.start : n.end])]
    return (end, state) if state else None


def _noun_use(norm: str, start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` belongs to a noun use or a principle (协调配合, 分级负责)."""
    for m in _NOUN_USE.finditer(
        norm, max(0, start - _NOUN_USE_LONGEST), end + _NOUN_USE_LONGEST, overlapped=True
    ):
        if m.start() < end and m.end() > start:
            return True
    return False


def _agent_principle(norm: str, start: int, end: int) -> bool:
    """Whether the cue belongs to a principle that is an assignment only with an organ subject (分工负责)."""
    for word in lex.AGENT_PRINCIPLES:
        offset = word.find(norm[start:end])
        if offset != -1 and norm.startswith(word, start - offset):
            return True
    return False


_NOUN_USE = regex.compile(
    "|".join(regex.escape(word) for word in sorted(lex.NOUN_USES, key=len, reverse=True))
)
_NOUN_USE_LONGEST = max(len(word) for word in lex.NOUN_USES)
_LAST_BREAK = regex.compile(r"[，；：。！？]", flags=regex.REVERSE)


def _clause_bounds(norm: str, lo: int, hi: int, cue_start: int, cue_end: int) -> tuple[int, int]:
    last = _LAST_BREAK.search(norm, lo, cue_start)
    clause_start = last.end() if last is not None else lo
    stop = _CLAUSE_BREAK.search(norm, cue_end, hi)
    clause_end = stop.start() if stop is not None else hi
    return clause_start, clause_end


def _clause_agent(
    norm: str, lo: int, hi: int, cue_start: int, cue_end: int, *, direct_only: bool = False
) -> tuple[int, int, list[_Name]] | None:
    """The agent of the role verb at ``cue_start``: ``(text start, text end, names)``.

    With ``direct_only`` the agent must be the clause's own subject (or follow its 由): a
    principle such as 分工负责 is not linked to the subject of an earlier clause.
    """
    if norm.startswith("的", cue_end) or _RELATIVE.match(norm, cue_end, hi):
        return None  # attributive use: 全面负责的原则, 负责中小企业促进工作的部门
    clause_start, clause_end = _clause_bounds(norm, lo, hi, cue_start, cue_end)
    prefix = norm[clause_start:cue_start]
    by = prefix.rfind("由")
    if by != -1:
        agent_start = clause_start + by + 1
        names = _subject(norm, agent_start, cue_start)
        return (clause_start + by, clause_end, names) if names else None
    agent_start = clause_start + _lead_in_length(prefix)
    names = _subject(norm, agent_start, cue_start)
    if names:
        return agent_start, clause_end, names
    if direct_only:
        return None
    if _SUBJECTLESS.fullmatch(prefix.strip()) and clause_start > lo:
        previous = _previous_clause_agent(norm, lo, clause_start - 1)
        if previous is not None:  # 国务院教育行政部门在职责范围内，分别负责…
            return previous[0], clause_end, previous[1]
        # a clause without a subject: the sentence's subject is the agent (各成员单位要…，积极配合…)
        first_start = lo + _lead_in_length(norm[lo:cue_start])
        first_clause_end = _CLAUSE_BREAK.search(norm, first_start, clause_start)
        if first_clause_end is None or _DELEGATION.search(norm, first_start, clause_start):
            return None  # 指定一个内设部门…，负责…: the designated body is the agent, not the subject
        for m in _MODAL.finditer(norm, first_start, first_clause_end.start()):
            names = _agent_names(norm, first_start, m.start())
            if names:
                return first_start, clause_end, names
    return None


def _previous_clause_agent(norm: str, lo: int, comma: int) -> tuple[int, list[_Name]] | None:
    """The agent of the clause before ``comma`` when it is only an agent and an adverbial.

    ``国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责…``: the subject list
    is separated from its role verb by a prepositional phrase and a comma.
    """
    last = _LAST_BREAK.search(norm, lo, comma)
    start = last.end() if last is not None else lo
    start += _lead_in_length(norm[start:comma])
    if comma - start < 4 or _DELEGATION.search(norm, start, comma):
        return None
    names = _subject(norm, start, comma)
    if not names or comma - names[-1].end < 2:
        return None  # a bare list before the comma is an enumeration, not an agent
    return start, names


_MIDDLE_START = regex.compile(
    r"要|应|须|需|必须|将|还要|也要|均|都|分别|共同|具体|主要|统一|全面|积极|主动|切实|认真|继续|进一步|依法|按|根据|对|会同|分工"
    r"|在|依照|依据|结合|对照"
)
#: The longest agent phrase looked at before a role verb (a list of 20 organs fits).
_SUBJECT_LONGEST = 240
_RELATIVE = regex.compile(r"[^，；。：]{0,30}?的(?:部门|单位|机构|机关|科室|处室)")
_DELEGATION = regex.compile(r"指定|成立|设立|组建|委托|明确由|确定(?!的)|指派|授权|设置")
_MODAL = regex.compile(r"要|应当|应|须|必须|将")
_SUBJECTLESS = regex.compile(
    r"(?:积极|主动|共同|全力|切实|认真|要|应|并|还要|同时|及时|密切|分别|具体|各自|统一|均|都)*+"
)


def _subject(norm: str, start: int, cue_start: int) -> list[_Name]:
    """Names of the agent that opens ``norm[start:cue_start]``, the rest being adverbials."""
    if cue_start - start > _SUBJECT_LONGEST:
        return []
    splits = [
        cue_start,
        *sorted((m.start() for m in _MIDDLE_START.finditer(norm, start + 2, cue_start)), reverse=True),
    ]
    for split in splits:
        if split <= start + 1 or not lex.MIDDLE.fullmatch(norm, split, cue_start):
            continue
        names = _agent_names(norm, start, split)
        if names:
            return names
    return []


def _lead_in_length(text: str) -> int:
    length = 0
    for pattern in (_LEAD_IN, _CONNECTIVE):
        m = pattern.match(text, length)
        if m is not None:
            length = int(m.end())
    while length < len(text) and text[length] in " 　，":
        length += 1
    return length


def _agent_names(norm: str, start: int, end: int) -> list[_Name]:
    text = norm[start:end]
    while True:
        stripped = text
        for word in lex.ADVERBIALS:
            stripped = stripped.removesuffix(word)
        if stripped == text:
            break
        text = stripped
    end = start + len(text)
    if end <= start:
        return []
    names = split_names(norm, start, end, in_note=False)
    if not names or not all(looks_like_agency(norm[n.start : n.end]) for n in names):
        return []
    return names


# --------------------------------------------------------------------------- the stage


def extract_assignments(doc: Document) -> list[Assignment]:
    """Every responsibility note or clause of the document, in reading order."""
    norm = doc.norm
    if not lex.CUE.search(norm):
        return []
    rest_role: str | None = None
    if lex.FIRST_LISTED_LEADS.search(norm):
        rest_role = "support" if lex.OTHERS_SUPPORT.search(norm) else "responsible"
    found = _notes(doc, rest_role)
    taken = _Taken(len(norm))
    for start, end, _, _ in found:
        taken.add(start, end)
    for start, end, roles in _tables(doc):
        if start not in taken:
            found.append((start, end, AssignmentKind.TABLE, roles))
            taken.add(start, end)
    labelled = _labelled_lines(doc, taken)
    found.extend(labelled)
    for start, end, _, _ in labelled:
        taken.add(start, end)
    found.extend(_clauses(doc, taken))
    found.sort(key=lambda item: item[0])
    return [_assignment(doc, *item) for item in found]


_GLUED = regex.compile(
    r"(?:厅|局|委|办|署|部)(?=(?:省|市|县|区|自治区|国家)[^，、；]{1,12}?(?:厅|局|委|办|署|部|人民政府)$)"
)


def _check_glued(doc: Document, roles: _Roles) -> None:
    """W403 for a name that reads as two organs without a separator (省发展改革委省财政厅)."""
    for name in [*roles.lead, *roles.support, *roles.responsible]:
        text = doc.norm[name.start : name.end]
        if name.end - name.start > 6 and _GLUED.search(text) and text not in dictionary_names():
            doc.diagnostics.add(
                "W403", start=doc.span(name.start, name.end)[0], end=doc.span(name.start, name.end)[1]
            )


def _assignment(doc: Document, start: int, end: int, kind: AssignmentKind, roles: _Roles) -> Assignment:
    _check_glued(doc, roles)
    orig_start, orig_end = doc.span(start, end)
    heading = doc.section_of(orig_start)
    return Assignment(
        text=doc.surface(start, end),
        start=orig_start,
        end=orig_end,
        kind=kind,
        lead=_agencies(doc, roles.lead),
        support=_agencies(doc, roles.support),
        responsible=_agencies(doc, roles.responsible),
        heading=heading.id if heading is not None else None,
    )
