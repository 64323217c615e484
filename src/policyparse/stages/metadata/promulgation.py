"""Promulgation and adoption lines under a rule's title: ``（2015年10月21日国家食品药品监督管理总局令
第18号公布 自2016年2月1日起施行）``, ``2008年7月17日 经…部务会议通过``. They give the rule's date,
its issuing organ and its 令 number.
"""

from __future__ import annotations

import regex

from policyparse.grammar import docnumber
from policyparse.grammar.dates import DATE, date_of
from policyparse.grammar.head import (
    DATED_LINE,
    ORDER_NUMBER,
    PROMULGATED,
    PROMULGATION_WORDS,
    PUBLISHED,
    REVISED,
)
from policyparse.grammar.organs import is_organ
from policyparse.models import MetadataField
from policyparse.stages.metadata.reader import HeadReader

#: How many lines under the last element read a promulgation line may stand.
LINES_TO_PROMULGATION = 3


def promulgation(r: HeadReader, m: regex.Match[str], pos: int) -> bool:
    """A promulgation or adoption line (2008年7月17日 经…部务会议通过; …令第2号公布)."""
    norm = r.norm
    stop = r.line_end(pos)
    if m.group("paren"):
        close = norm.find("）", pos, min(len(norm), pos + 600))
        stop = close + 1 if close > 0 else stop
    elif norm.startswith("，", m.end()):
        return False  # a sentence opening on a date (2016年3月18日，深圳市…通过): no promulgation line
    if not PROMULGATION_WORDS.search(norm, m.end(), stop):
        return False
    head = r.head
    published = PUBLISHED.search(norm, m.end(), r.line_end(m.end())) is not None
    if head.promulgation_date is None or (published and not r.published):
        # The first line; a promulgation (公布) line overrides an adoption (通过) line.
        head.elements = [e for e in head.elements if e is not r.promulgation_element]
        head.promulgation_date = date_of(DATE.match(norm, m.start("date"), m.end("date")) or m)
        r.published = published
        r.add(MetadataField.DATE, m.start("date"), m.end("date"))
        r.promulgation_element = head.elements[-1]
        organ = PROMULGATED.match(norm, m.end(), stop)
        if organ is not None:
            spans = _organs(norm, *organ.span("org"))
            head.promulgation_organs = spans if all(is_organ(norm[s:e]) for s, e in spans) else []
    if head.promulgation_number is None:
        _order_number(r, m.end(), stop)
    r.promulgation_end = stop
    return True


def _organs(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the organs of ``norm[start:end]``, split at ``、``."""
    spans, at = [], start
    for piece in norm[start:end].split("、"):
        spans.append((at, at + len(piece)))
        at += len(piece) + 1
    return spans


def _order_number(r: HeadReader, start: int, stop: int) -> None:
    """The 令 number in a promulgation line (``…令第2号公布``): the document's number; of a
    history of revisions (``…令第728号公布 …令第802号修订``), the last, the version printed; of
    orders of two organs (``国家教育委员会令第10号、卫生部令第1号发布``), the first; a joint
    order (``国家市场监督管理总局、国家卫生健康委员会令第1号``), as printed."""
    orders = list(ORDER_NUMBER.finditer(r.norm, start, stop))
    if not orders:
        return
    # a revision by another decree (…令第132号《…关于修改…的决定》) does not renumber the text
    own = [m for m in orders if not r.norm.startswith("《", r.skip_space(m.end()))] or orders
    order = own[-1] if REVISED.search(r.norm, start, stop) else own[0]
    # a joint order (国家市场监督管理总局、国家卫生健康委员会令第1号): read as its last organ's
    info = docnumber.parse_or_none(order.group(0).rsplit("、", 1)[-1])
    if info is None:
        return
    s, e = r.doc.span(order.start(), order.end())
    r.head.promulgation_number = info.model_copy(
        update={"start": s, "end": e, "text": r.doc.surface(order.start(), order.end())}
    )
    r.add(MetadataField.DOC_NUMBER, order.start(), order.end())


def promulgation_below(r: HeadReader, end: int) -> int | None:
    """A bracketed promulgation line a few lines down, past lines no step reads (a collection's
    label ``国家市场监督管理总局规章``, the title printed again): those are the head's too."""
    for _ in range(LINES_TO_PROMULGATION):
        pos = r.skip_space(end)
        end = r.line_end(pos)
        m = DATED_LINE.match(r.norm, pos, end)
        if (
            r.head.promulgation_date is None
            and m is not None
            and m.group("paren")
            and promulgation(r, m, pos)
        ):
            return r.promulgation_end
    return None
