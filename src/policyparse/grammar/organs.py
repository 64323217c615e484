"""Organs: the one recogniser of organ names, for issuers and for assignments alike.

The endings are the one table of :mod:`policyparse.lexicon.organs`, each with the uses it
serves. :func:`is_organ` reads a signature line or the organ opening a title (an ``issuer``
ending); :func:`is_news_body` the body a news report names as releasing a policy;
:func:`is_agency` the agent of a responsibility clause or a name in a note, which must also
not reveal a verb or a modal when the private organ tokenizer
(:func:`policyparse.tokenizer.organ_tokenizer`) segments it.

>>> is_organ("河北省人民政府办公厅"), is_organ("加快推进")
(True, False)
>>> [is_news_body(n) for n in ("司法部", "国务院常务会议", "省委", "证监会")]
[True, True, True, True]
>>> [is_news_body(n) for n in ("此次会议", "会议", "全部", "政府", "干部")]
[False, False, False, False, False]
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from policyparse.grammar._compile import alternation, pattern

if TYPE_CHECKING:  # pragma: no cover - typing only
    from policyparse.grammar._compile import Pattern
from policyparse.lexicon.agencies import (
    BAD_FIRST_TAGS,
    BAD_INNER_WORDS,
    NON_STATE,
    NON_STATE_INSIDE,
    SELF_REFERENCE_PATTERN,
    STATE_HEADS,
    UNNAMED_PATTERN,
)
from policyparse.lexicon.news import DEMONSTRATIVES, MEETING_HOSTS, MEETING_TYPES
from policyparse.lexicon.organs import (
    CENTRAL_STARTS,
    GLUED_ORGANS,
    LEVEL_PREFIXES,
    NAMED_BODIES,
    NEWS_BODY_ENDINGS,
    ZONE_COMMITTEES,
    ZONE_ENDINGS,
    endings,
)

ISSUER_ENDINGS = endings("issuer")
STRONG_ENDINGS = endings("strong")
AGENT_ENDINGS = endings("agent")
NOTE_ENDINGS = endings("note")

_ISSUER_ALT = alternation(ISSUER_ENDINGS, escape=False)
_STRONG_ALT = alternation(STRONG_ENDINGS, escape=False)
#: A short quoted term inside an organ's name: 安徽省推进“三地一区”建设领导小组.
_QUOTED = r"“[\p{Han}0-9]{1,8}”"
#: Such a term ending where a search ends (to tell it from a closing quote of a sentence).
QUOTED_IN_NAME = pattern(rf"\p{{Han}}{_QUOTED}$")
#: An organ's name: Han characters (a short quoted term among them) ending with an issuer ending.
ORGAN_NAME = pattern(rf"(?:[\p{{Han}}（）·]|{_QUOTED}){{0,40}}(?:{_ISSUER_ALT})")
#: What a body's session issues, after the body in a title: 第二十四次会议联合公报, 第三次全体会议公报.
SESSION_PAPER = r"第[一二三四五六七八九十百0-9]{1,6}次(?:全体|常务)?会议(?:联合)?(?:公报|决议|决定|纪要)"
#: The same, ending the title: the document is the session's own (its body is its issuer, in a
#: wire service's copy too).
SESSION_TITLE = pattern(SESSION_PAPER + "$")
#: A title opening with organs, possibly after a year: 2026年吉林省政府工作报告, 国务院关于…,
#: 上海合作组织成员国政府首脑（总理）理事会第二十四次会议联合公报.
TITLE_ORGAN = pattern(
    rf"(?:\d{{4}}年)?(?P<orgs>(?:[\p{{Han}}（）、 ]|{_QUOTED}){{0,60}}?(?:{_STRONG_ALT}))"
    r"(?=\s{0,4}(?:关于|印发|转发|批转|发布|颁布|公布|工作报告|政府工作报告|令第)|" + SESSION_PAPER + ")"
)
#: A policy title opening with an organ name (横琴粤澳深度合作区支持人才…若干措施).
LEADING_ORGAN = pattern(rf"(?P<org>[\p{{Han}}]{{2,30}}?(?:{_STRONG_ALT}))(?=[\p{{Han}}])")
#: An organ name ending with a strong ending (for splitting ``A和B``).
STRONG_AT_END = pattern(f"(?:{_STRONG_ALT})$")
NEWS_BODY_ENDING = pattern("(?:" + alternation(NEWS_BODY_ENDINGS, escape=False) + ")$")
#: A meeting's name: host, an optional ordinal, the meeting type.
MEETING = pattern(
    rf"(?P<host>[\p{{Han}}]{{2,24}}?)(?:第[\d一二三四五六七八九十百零〇]{{1,6}}次)?(?:{alternation(MEETING_TYPES, escape=False)})"
)
#: Where a list of organs splits: ``、``, ``，``, spaces; and ``和``/``及`` between two organs.
LIST_ITEM = pattern(r"[^、，,\s]+")
AND = pattern("和|及")
#: Bodies acting together: ``生态环境部联合国家能源局发布…``, ``…会同…``.
JOINTLY = pattern(r"联合|会同")
AND_OR_WITH = pattern("和|及|与")
ENUMERATION_ITEM = pattern(r"[^、]+")
_UNNAMED = pattern(UNNAMED_PATTERN)
_SELF_REFERENCE = pattern(SELF_REFERENCE_PATTERN)
_NOT_IN_NAME = pattern(r"[，。；：！？“”《》\s]")
#: An organ and its other name in brackets: 中央宣传部（国务院新闻办）.
ALIAS = pattern(r"([^（）]{2,30})（([^（）]{2,16})）")
#: A seal note closing a signature line: ``（代章）``, ``（国家卫生健康委代章）`` — the organ that
#: lent its seal, not an issuer.
SEAL_NOTE = pattern(r"[（(][\p{Han}]{0,20}代章[）)]$")
#: The place a name starts with (after 中共): 龙岩市, 山东省, 石城县.
RUN_PLACE = pattern(r"(?:中共|中国共产党)?(?P<place>\p{Han}{1,6}?[省市县区州旗])")
#: The short name a text defines after an organ: ``市住房保障办公室（以下称市住房保障部门）``.
DEFINED_SHORT_NAME = pattern(r"（以下(?:简)?称[^（）]{1,30}）$")
#: A bracketed part of a name: ``县（市、区）`` lists its levels inside one organ's name.
BRACKETED = pattern(r"[（(][^（）()]{0,30}[)）]")
#: A bare administrative level in a list that shares the organ after it: the 各市 of
#: ``各市、县人民政府``, the 省 and 市 of ``省、市、县（区）人民政府``, the 相关省 and 自治区 of
#: ``相关省、自治区、直辖市药品监督管理部门`` (one name as printed).
BARE_LEVEL = pattern(
    r"^(?:各|相关|有关)?(?:省|市|州|盟|地|县|区|旗|乡|镇|村|街道|乡镇|市州|区县|县区|县市|市县|自治区|直辖市|自治州|自治县)"
    r"(?:（[^）]{1,4}）)?$"
)
#: The organ such a level shares opens with a level itself (县人民政府, 县（区）政府).
LEVEL_FIRST = pattern(r"^各?(?:自治区|直辖市|自治州|自治县|省|市|州|盟|地|县|区|旗|乡|镇|村|街道)")
#: A zone's name alone in a list that shares the committee after it, and that committee:
#: ``济宁高新技术产业开发区、太白湖新区、济宁经济技术开发区管委会`` is one name as printed.
BARE_ZONE = pattern(r"^\p{Han}{0,16}(?:" + alternation(ZONE_ENDINGS) + ")$")
#: (any ``…区`` before the committee: an urban district run as a zone has one too, 西城区管委会).
ZONE_COMMITTEE = pattern(r"^\p{Han}{1,16}区(?:" + alternation(ZONE_COMMITTEES) + ")$")
#: How a new organ's name may start inside a run of names (besides the first name's place).
FRESH_STARTS = ("中共", "中国共产党")
_BAD_TOKENS = frozenset({"应当", "必须", "可以", "负责", "牵头", "配合", "参与", "协助", "会同"})


def is_organ(name: str) -> bool:
    """Whether ``name`` reads as an organ's name (Han characters ending with an organ ending)."""
    return 2 <= len(name) <= 40 and ORGAN_NAME.fullmatch(name) is not None


def organs_before_about(text: str) -> str | None:
    """The organs a title names before its first ``关于`` (``""`` for a title opening with it),
    or ``None`` when ``关于`` is missing or what stands before it is no list of organs. A line that
    may hold the organs alone (``吉林省人民政府办公厅`` / ``关于印发…``) is asked with ``关于`` added."""
    organs, about, _ = text.partition("关于")
    return organs if about and all(is_organ(part) for part in organs.split()) else None


def split_glued(name: str) -> list[str]:
    """Split organs printed without a separator (中共中央国务院 → 中共中央, 国务院)."""
    parts: list[str] = []
    rest = name
    while rest:
        head = next((organ for organ in GLUED_ORGANS if rest.startswith(organ)), None)
        if head is None:
            return [name] if not parts else [*parts, rest]
        parts.append(head)
        rest = rest[len(head) :]
    return parts


def split_run(name: str) -> list[tuple[int, int]]:
    """Spans of the organs in ``name`` when it is several printed without a separator, else one span.

    A signature or a joint 版头 that lost its spaces runs the names together. A name is cut
    where the text before is an organ and the text after starts afresh: with 中共, a name of
    :data:`GLUED_ORGANS`, a central organ's start (:data:`CENTRAL_STARTS`: 国家…, 中国…, a
    ministry's name), or the place the first name starts with. Every piece must be an organ.

    >>> name = "龙岩市工业和信息化局中共龙岩市委精神文明建设办公室龙岩市城市管理局"
    >>> [name[s:e] for s, e in split_run(name)]
    ['龙岩市工业和信息化局', '中共龙岩市委精神文明建设办公室', '龙岩市城市管理局']
    >>> name = "中共山东省委办公厅山东省人民政府办公厅"
    >>> [name[s:e] for s, e in split_run(name)]
    ['中共山东省委办公厅', '山东省人民政府办公厅']
    >>> name = "生态环境部国家发展和改革委员会工业和信息化部国家能源局"
    >>> [name[s:e] for s, e in split_run(name)]
    ['生态环境部', '国家发展和改革委员会', '工业和信息化部', '国家能源局']
    >>> split_run("中共龙岩市委办公室")
    [(0, 9)]
    """
    place = RUN_PLACE.match(name)
    fresh = (*FRESH_STARTS, *GLUED_ORGANS, *CENTRAL_STARTS, *([place.group("place")] if place else []))
    spans: list[tuple[int, int]] = []
    start = 0
    for index in range(2, len(name) - 1):
        if (
            name.startswith(fresh, index)
            and is_organ(name[start:index])
            and not _one_central(name, start, index)
        ):
            spans.append((start, index))
            start = index
    spans.append((start, len(name)))
    if len(spans) > 1 and not all(is_organ(name[s:e]) for s, e in spans):
        return [(0, len(name))]
    return spans


def _one_central(name: str, start: int, index: int) -> bool:
    """Whether ``国家…``/``中国…`` at ``index`` goes on the party's or the state's top organ
    before it as one name (中共中央国家安全委员会), not a new one."""
    return name.startswith(("国家", "中国"), index) and name[start:index] in GLUED_ORGANS


#: Where a name run on from an organ's may start (``市…``, ``省…``, ``中共…``, ``各…``).
_GLUED_OPENERS = ("市", "省", "区", "县", "州", "国", "各", "中共", "自治")
#: Each of two organs run together has this many characters at least (``人民银行省分行`` is one
#: name: a branch names its level).
_GLUED_PIECE = 4


def split_glued_agencies(name: str) -> list[tuple[int, int]]:
    """Spans of the organs of a note or table cell printed without a separator
    (``市市场监管委市政务服务办``, ``区经济发展局区行政审批局区直各有关单位``), else one span.

    A name is cut where the text before is an organ (:func:`is_agency` in a note) and the text
    after opens a name; every piece must be an organ of four characters or more. The same idea
    as :func:`split_run` for signatures, whose pieces must be issuers.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for at in range(_GLUED_PIECE, len(name) - _GLUED_PIECE + 1):
        if (
            at - start >= _GLUED_PIECE
            and name.startswith(_GLUED_OPENERS, at)
            and is_agency(name[start:at], in_note=True)
        ):
            spans.append((start, at))
            start = at
    spans.append((start, len(name)))
    if len(spans) > 1 and all(e - s >= _GLUED_PIECE and is_agency(name[s:e], in_note=True) for s, e in spans):
        return spans
    return [(0, len(name))]


def split_organs(text: str, start: int) -> list[tuple[int, int]]:
    """Spans (offset by ``start``) of the organs in a list such as ``A、B和C``; ``[]`` unless all are organs."""
    spans: list[tuple[int, int]] = []
    for m in LIST_ITEM.finditer(text):
        piece, offset = m.group(0), m.start()
        cut = _and_split(piece)
        if cut is not None:
            spans.append((start + offset, start + offset + cut))
            spans.append((start + offset + cut + 1, start + m.end()))
        else:
            spans.append((start + offset, start + m.end()))
    names = [text[s - start : e - start] for s, e in spans]
    if not names or not all(is_organ(name) for name in names):
        return []
    return spans


def _and_split(piece: str) -> int | None:
    for m in AND.finditer(piece):
        left, right = piece[: m.start()], piece[m.end() :]
        if is_organ(left) and is_organ(right) and STRONG_AT_END.search(left):
            return int(m.start())
    return None


def is_news_body(name: str) -> bool:
    """Whether ``name`` is a body a report may name as releasing a policy.

    An organ with a strong ending (at least two characters before it), a glued organ, or a
    meeting of such a body (``国务院常务会议``); never a bare or demonstrative reference.
    """
    if not 2 <= len(name) <= 30 or name.startswith(DEMONSTRATIVES):
        return False
    if name in GLUED_ORGANS or name in NAMED_BODIES:
        return True
    suffix = NEWS_BODY_ENDING.search(name)
    if suffix is not None and is_organ(name) and _named_enough(name[: suffix.start()], suffix.group(0), name):
        return True
    meeting = MEETING.fullmatch(name)
    if meeting is None:
        return False
    host = meeting.group("host")
    return host in MEETING_HOSTS or (MEETING.fullmatch(host) is None and is_news_body(host))


def _named_enough(prefix: str, ending: str, name: str) -> bool:
    """An ending with enough before it: two characters, a level word (省委), or a long ending."""
    if len(prefix) >= 2:
        return True
    if len(prefix) == 1:
        return len(ending) >= 2 or prefix in LEVEL_PREFIXES
    return name not in ISSUER_ENDINGS


def split_bodies(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the bodies in ``A、B和C`` or ``A联合B`` (``start`` is ``text``'s offset); ``[]``
    unless all are bodies."""
    spans: list[tuple[int, int]] = []
    for m in ENUMERATION_ITEM.finditer(text):
        piece, offset = m.group(0), start + m.start()
        joint = _cut(piece, JOINTLY)  # 生态环境部联合国家能源局: two bodies releasing together
        if joint is None and is_news_body(piece):
            spans.append((offset, offset + len(piece)))
            continue
        cut = joint or _cut(piece, AND_OR_WITH)
        if cut is None:
            return []
        spans.extend([(offset, offset + cut[0]), (offset + cut[1], offset + len(piece))])
    return spans


def _cut(piece: str, joiner: Pattern) -> tuple[int, int] | None:
    """The first joiner in ``piece`` with a body on both sides."""
    return next(
        (
            (c.start(), c.end())
            for c in joiner.finditer(piece)
            if is_news_body(piece[: c.start()]) and is_news_body(piece[c.end() :])
        ),
        None,
    )


#: A unit a role label declares (``牵头单位：九里亭街道、泗泾镇``): a short name of Han characters
#: (with a bracketed part), whatever its ending.
DECLARED_NAME = pattern(r"^\p{Han}[\p{Han}（）]{1,19}$")


def names_several(name: str) -> bool:
    """Whether one name lists several organs sharing an ending (``发展改革、财政等有关部门``,
    ``市、县人民政府``); ``县（市、区）城市管理主管部门`` names one organ in each county."""
    return "、" in BRACKETED.sub("", name)


def is_declared_unit(name: str) -> bool:
    """Whether ``name``, listed after a role label (``牵头单位：``), is a unit's name: the label
    says it is one, so any short Han name counts (街道, 镇, 开发区, 项目指挥部 …) unless it is
    unnamed, the document itself, or holds a role word (``市财政局负责``)."""
    name = name.strip()
    return (
        DECLARED_NAME.match(name) is not None
        and not _UNNAMED.search(name)
        and not _SELF_REFERENCE.search(name)
        and not any(word in name for word in _BAD_TOKENS)
    )


@lru_cache(maxsize=8192)
def is_agency(name: str, *, in_note: bool = False) -> bool:
    """Whether ``name`` (normalised) names an organ as an assignment does.

    In a note or table cell (``in_note``) any phrase with an organ ending counts, enterprises
    included (the note lists them); as the agent of a clause it must be a state organ, and
    the organ tokenizer's segmentation must not reveal a verb or modal inside it.
    """
    from policyparse.tokenizer import agency_names

    name = name.strip()
    longest = 90 if "、" in name else 40  # a list sharing one ending: 国务院发展改革、财政、…等有关部门
    if not 2 <= len(name) <= longest or _UNNAMED.search(name) or _SELF_REFERENCE.search(name):
        return False
    if _NOT_IN_NAME.search(name):
        return False
    if name in agency_names():
        return True
    alias = ALIAS.fullmatch(name)
    if alias is not None:  # 中央宣传部（国务院新闻办）: an organ and its other name
        return is_agency(alias.group(1), in_note=in_note) and is_agency(alias.group(2), in_note=True)
    if not name.endswith(AGENT_ENDINGS + (NOTE_ENDINGS if in_note else ())):
        return False
    return in_note or _state_agent(name)


def _state_agent(name: str) -> bool:
    """A clause agent: a state organ whose segmentation opens with no verb and holds no modal."""
    from policyparse.tokenizer import organ_dictionary, organ_tokenizer

    if name.endswith(NON_STATE):
        return False
    if any(word in name for word in NON_STATE_INSIDE) and not name.endswith(STATE_HEADS):
        return False
    tags = organ_dictionary()
    tokens = organ_tokenizer().lcut(name, HMM=False)
    if not tokens or tags.get(tokens[0], "").startswith(BAD_FIRST_TAGS):
        return False
    return not any(token in _BAD_TOKENS or token in BAD_INNER_WORDS for token in tokens)
