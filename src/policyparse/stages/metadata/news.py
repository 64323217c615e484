"""A news report's metadata beyond its head: the body that released the reported policy, the
policy's 《》 title, and a 来源 outlet with a lost character.

The body is read, in order, from a release clause in the lead (its first sentence) or in the
headline (``司法部部署开展…``, ``4日召开的国务院常务会议提出…``); from an organ releasing a 《》
policy in the first 1,500 characters; from a passive ``《…》…正式发布`` whose title opens with an
organ.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from policyparse.document import Document
from policyparse.grammar.news import (
    COUNTED_REST,
    LEAD_RELEASE,
    LEADING_TIME,
    PASSIVE_RELEASE,
    RELEASE,
    SUBJECT_CUT,
    SUBJECT_RUN,
    TRAILING_FILLERS,
)
from policyparse.grammar.organs import (
    LEADING_ORGAN,
    LEVEL_FIRST,
    MEETING,
    is_organ,
    split_bodies,
    split_organs,
)
from policyparse.grammar.text import SENTENCE_OR_LINE_END
from policyparse.lexicon.news import HOSTED_MEETINGS, OUTLETS
from policyparse.models import Metadata, MetadataElement, MetadataField
from policyparse.stages.metadata.closing import element
from policyparse.stages.metadata.reader import Head

#: How far into the body a release clause is looked for.
_RELEASE_WINDOW = 1500
_TIME_WORDS = ("日前", "近日", "近期", "目前", "今天", "今日", "昨天", "昨日")


@dataclass(frozen=True, slots=True)
class Release:
    """A body named as releasing a policy in a headline or lead (normalised spans)."""

    bodies: list[tuple[int, int]]
    policy: tuple[int, int] | None


def lead_release(norm: str, start: int, end: int) -> Release | None:
    """The first clause in ``norm[start:end]`` whose subject is a body releasing a policy.

    The subject is read backwards from a release verb (:data:`LEAD_RELEASE`) to a
    punctuation mark, after the last subject cut (``4日召开的``), without time words and
    fillers (``日前在全国``) and a closing count (``等11个部门``): ``司法部日前在全国部署开展…`` →
    ``司法部``.
    """
    for m in LEAD_RELEASE.finditer(norm, start, end):
        rest = COUNTED_REST.search(norm, max(start, m.start() - 12), m.start())
        subject_end = rest.start() if rest is not None else m.start()
        run = SUBJECT_RUN.search(norm, max(start, subject_end - 60), subject_end)
        if run is None:
            continue
        subject_start, subject = run.start(), run.group(0)
        if (cut := SUBJECT_CUT.search(subject)) is not None:
            subject_start, subject = subject_start + cut.end(), subject[cut.end() :]
        if (time := LEADING_TIME.match(subject)) is not None:
            subject_start, subject = subject_start + time.end(), subject[time.end() :]
        if (filler := TRAILING_FILLERS.search(subject)) is not None:
            subject = subject[: filler.start()]
        bodies = split_bodies(subject, subject_start)
        if bodies:
            return Release(bodies, m.span("policy") if m.group("policy") else None)
    return None


def recover_outlet(source: str) -> str | None:
    """The outlet a source with a lost ``?`` names, when the outlet list makes it certain.

    >>> recover_outlet("河北日?报")
    '河北日报'
    """
    if "?" not in source:
        return None
    without = source.replace("?", "")
    if without in OUTLETS:
        return without
    candidates = [
        outlet
        for outlet in OUTLETS
        if len(outlet) == len(source) and all(a == b or a == "?" for a, b in zip(source, outlet, strict=True))
    ]
    return candidates[0] if len(candidates) == 1 else None


def news_policy(doc: Document, head: Head, meta: Metadata, body_start: int) -> list[MetadataElement]:
    """Set ``meta.issuers`` and ``meta.reported_policy`` of a news report; the elements found."""
    norm = doc.norm
    windows = [(body_start, _lead_end(norm, body_start))]
    if head.title_span is not None and meta.title == head.title:
        windows.append(head.title_span)
    releases = [lead_release(norm, start, end) for start, end in windows]
    for release in releases:
        if release is not None:
            release = _with_place(norm, release, releases[-1])
            release = Release([_host_of_meeting(norm, span) for span in release.bodies], release.policy)
            meta.issuers = [doc.surface(s, e) for s, e in release.bodies]
            elements = [element(doc, MetadataField.ISSUERS, s, e) for s, e in release.bodies]
            if release.policy is not None:
                meta.reported_policy = doc.surface(*release.policy)
                elements.append(element(doc, MetadataField.REPORTED_POLICY, *release.policy))
            return elements
    window_end = min(len(norm), body_start + _RELEASE_WINDOW)
    return _release_clause(doc, meta, body_start, window_end) or _passive_release(
        doc, meta, body_start, window_end
    )


def _host_of_meeting(norm: str, span: tuple[int, int]) -> tuple[int, int]:
    """The organ that holds a meeting named as the releasing body (``国务院常务会议`` →
    国务院, as dev 089's gold reads it): the policy is that organ's."""
    meeting = MEETING.fullmatch(norm, *span)
    held_by_host = meeting is not None and meeting.group(0).endswith(HOSTED_MEETINGS)
    if meeting is not None and held_by_host and is_organ(meeting.group("host")):
        return meeting.span("host")
    return span  # 中共中央政治局会议: the 政治局's, named as printed


def _with_place(norm: str, release: Release, headline: Release | None) -> Release:
    """The lead's bodies, each replaced by the headline's body that names it with its place: a
    lead's ``省政府印发了…`` under the headline ``浙江省政府发文…`` is 浙江省政府."""
    if headline is None or headline is release:
        return release
    named = [norm[s:e] for s, e in headline.bodies]
    bodies = []
    for start, end in release.bodies:
        body = norm[start:end]
        fuller = next(
            (
                span
                for span, name in zip(headline.bodies, named, strict=True)
                if len(name) > len(body) and name.endswith(body)
            ),
            None,
        )
        bodies.append(fuller if fuller is not None and LEVEL_FIRST.match(body) else (start, end))
    return Release(bodies, release.policy)


def _release_clause(doc: Document, meta: Metadata, start: int, end: int) -> list[MetadataElement]:
    """An organ releasing a 《》 policy: 河北省政府办公厅日前印发《…》."""
    norm = doc.norm
    for m in RELEASE.finditer(norm, start, end):
        orgs_text = m.group("orgs")
        offset = m.start("orgs") + max(orgs_text.rfind(ch) for ch in "，。；：）") + 1
        text = norm[offset : m.end("orgs")]
        stripped = text.removeprefix(next((w for w in _TIME_WORDS if text.startswith(w)), ""))
        spans = split_organs(stripped, offset + len(text) - len(stripped))
        if spans:
            meta.issuers = [doc.surface(s, e) for s, e in spans]
            return [element(doc, MetadataField.ISSUERS, s, e) for s, e in spans] + _reported(doc, m, meta)
    return []


def _passive_release(doc: Document, meta: Metadata, start: int, end: int) -> list[MetadataElement]:
    """A passive ``《…》…正式发布`` whose title opens with an organ."""
    for m in PASSIVE_RELEASE.finditer(doc.norm, start, end):
        leading = LEADING_ORGAN.match(doc.norm, m.start("policy"), m.end("policy"))
        if leading is not None:
            s, e = leading.span("org")
            meta.issuers = [doc.surface(s, e)]
            return [element(doc, MetadataField.ISSUERS, s, e), *_reported(doc, m, meta)]
    return []


def _lead_end(norm: str, start: int) -> int:
    """The end of the lead's first sentence (at most 300 characters on)."""
    while start < len(norm) and norm[start] in " \t\r\n":
        start += 1
    stop = SENTENCE_OR_LINE_END.search(norm, start, min(len(norm), start + 300))
    return stop.start() if stop is not None else min(len(norm), start + 300)


def _reported(doc: Document, m: regex.Match[str], meta: Metadata) -> list[MetadataElement]:
    start, end = m.start("policy"), m.end("policy")
    meta.reported_policy = doc.surface(start, end)
    return [element(doc, MetadataField.REPORTED_POLICY, start, end)]
