"""A file that bundles several news items (a daily broadcast's transcript, a news digest): the
document is the item that reports a policy; the other items are page chrome.

The guideline: "A page or file that bundles other, unrelated news items after (or before) the
report is one document: the report. The other items, with their headlines and dates, are page
chrome like navigation, and give no headings, targets or metadata." A bundle is told by its
items: at least :data:`MIN_ITEMS` paragraphs that open with a news dispatch
(``央视网消息（新闻联播）：``, ``新华社北京6月17日电``), each under a headline of its own. The
report is the first item whose headline reports the release of a plan, an opinion, a measure
(``国务院印发《实施就业优先战略“十五五”规划》``). Everything before its headline (the bundle's
own title, a lead, the items before) and everything from the next item's headline on is cut
from the view (:attr:`~policyparse.models.NoiseKind.BUNDLED_ITEM`), and so is a tag opening the
headline (``[视频]``). A bundle without such an item is left whole: which of its items is the
report is not the parser's to guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.grammar.news import BUNDLE_ITEM_LEAD, BUNDLE_OUTLET, HEADLINE_TAG, RELEASE
from policyparse.layout import Cut
from policyparse.lexicon.news import HEADLINE_RELEASE_CUES
from policyparse.lexicon.tasks import REPORTED_PLAN_ENDINGS
from policyparse.models import NoiseKind
from policyparse.normalize import NormText
from policyparse.segment import lines as view_lines

#: A bundle has this many items at least.
MIN_ITEMS = 3
#: A headline stands within this many paragraphs above its item's dispatch (a link line between).
HEADLINE_REACH = 3
#: A headline is at most this long and ends no sentence.
MAX_HEADLINE = 100


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def may_bundle(text: str) -> bool:
    """A cheap test on the input: the outlets of :data:`MIN_ITEMS` dispatches at least."""
    return any(count >= MIN_ITEMS for count, _ in enumerate(BUNDLE_OUTLET.finditer(text), start=1))


def bundle_cuts(view: NormText) -> list[Cut]:
    """Cuts (input offsets) around the report of a bundle of news items; none for a text that is
    not a bundle or reports no policy."""
    norm = view.norm
    lines = [
        _Line(s.start, s.end, norm[s.start : s.end].strip())
        for s in view_lines(norm)
        if norm[s.start : s.end].strip()
    ]
    headlines = _item_headlines(lines)
    if len(headlines) < MIN_ITEMS:
        return []
    report = next(
        (
            (start, end)
            for start, end, body in _candidates(lines, headlines)
            if _reports_a_plan(lines[start], body)
        ),
        None,
    )
    if report is None:
        return []
    start = lines[report[0]].start
    end = lines[report[1]].start if report[1] < len(lines) else len(norm)
    tag = HEADLINE_TAG.match(norm, start)
    spans = [(0, tag.end() if tag is not None else start), (end, len(norm))]
    cuts: list[Cut] = []
    for span_start, span_end in spans:
        if span_end > span_start:
            orig_start, orig_end = view.span(span_start, span_end)
            cuts.append((orig_start, orig_end, NoiseKind.BUNDLED_ITEM))
    return cuts


def _item_headlines(lines: list[_Line]) -> list[_Line]:
    """The headline of each item: the nearest short line above a paragraph that opens with a
    dispatch, which is no dispatch and ends no sentence."""
    found: list[_Line] = []
    for at, line in enumerate(lines):
        if BUNDLE_ITEM_LEAD.match(line.text) is None:
            continue
        for back in range(at - 1, max(-1, at - 1 - HEADLINE_REACH), -1):
            above = lines[back]
            if BUNDLE_ITEM_LEAD.match(above.text) is not None:
                break
            if len(above.text) <= MAX_HEADLINE and above.text[-1] not in "。！？；" and _worded(above.text):
                if not found or found[-1].start < above.start:
                    found.append(above)
                break
    return found


def _candidates(lines: list[_Line], headlines: list[_Line]) -> list[tuple[int, int, str]]:
    """Each item and each item of an item (``国内联播快讯``), in order: the index of its headline
    line, the index of the line that ends it, and its first body line."""
    heads = {id(headline) for headline in headlines}
    starts = [at for at, line in enumerate(lines) if id(line) in heads]
    out: list[tuple[int, int, str]] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        body = next(
            (line.text for line in lines[start + 1 : end] if BUNDLE_ITEM_LEAD.match(line.text) is None), ""
        )
        out.append((start, end, body))
        inner = [at for at in range(start + 2, end - 1) if _sub_headline(lines, at)]
        for place, at in enumerate(inner):
            out.append((at, inner[place + 1] if place + 1 < len(inner) else end, lines[at + 1].text))
    return out


def _sub_headline(lines: list[_Line], at: int) -> bool:
    """A headline inside an item: a short worded line ending no sentence, between body lines
    (the line before ends a sentence or is the item's dispatch, the line after ends one)."""
    text, before, after = lines[at].text, lines[at - 1].text, lines[at + 1].text
    if len(text) > MAX_HEADLINE or text[-1] in "。！？；：" or not _worded(text):
        return False
    opens = before[-1] in "。！？" or BUNDLE_ITEM_LEAD.match(before) is not None
    return opens and after[-1] in "。！？" and len(after) > len(text)


def _worded(text: str) -> bool:
    """A headline holds words: at least six Han characters (a link line ``查看视频 ↗`` does not)."""
    return sum(1 for char in text if "\u4e00" <= char <= "\u9fff") >= 6


def _reports_a_plan(headline: _Line, body: str) -> bool:
    """A headline that reports the release of a plan, an opinion, a measure (``…印发《…规划》``),
    or tells of a release (``多部门联合发文…``) that the item's first sentence names."""
    if _names_a_plan(headline.text):
        return True
    if not any(cue in headline.text for cue in HEADLINE_RELEASE_CUES):
        return False
    first = body.split("。", 1)[0]
    return _names_a_plan(first)


def _names_a_plan(text: str) -> bool:
    release = RELEASE.search(text)
    return release is not None and release.group("policy").endswith(REPORTED_PLAN_ENDINGS)
