"""What the document is: rules made of articles, a work report, a news report, or a notice."""

from __future__ import annotations

from policyparse.document import Document
from policyparse.grammar.head import DELEGATES, NUMBERED_SECTION_LINE, TYPE_AT_END
from policyparse.grammar.markers import ARTICLE_LINE
from policyparse.grammar.news import (
    CLOSING_BYLINE,
    HEADLINE_MARK,
    INTERPRETATION,
    NEWS_CONTENT,
    PASSIVE_RELEASE,
    RELEASE,
)
from policyparse.grammar.organs import is_organ
from policyparse.lexicon.metadata import RULES_TYPES
from policyparse.models import DocumentKind, NoiseKind
from policyparse.normalize import to_simplified
from policyparse.stages.metadata.closing import Block
from policyparse.stages.metadata.reader import Head


def document_kind(doc: Document, head: Head, own: Block | None) -> DocumentKind:
    """Rules (three or more 第X条 articles), a report, a news report, or a notice."""
    title = head.title_norm or ""
    if _reads_as_rules(doc, head, title):
        return DocumentKind.RULES
    if _reads_as_report(doc, head, title) and not head.doc_number and own is None:
        return DocumentKind.REPORT
    official = (
        head.doc_number is not None or own is not None or ("关于" in title and TYPE_AT_END.search(title))
    )
    if not official and _reads_as_news_report(doc, head):
        return DocumentKind.NEWS
    return DocumentKind.NOTICE


def _reads_as_rules(doc: Document, head: Head, title: str) -> bool:
    """Three or more articles, in rules by title or in a text without numbered sections."""
    if len(ARTICLE_LINE.findall(doc.norm, head.body_start)) < 3:
        return False
    return title.endswith(RULES_TYPES) or not NUMBERED_SECTION_LINE.search(doc.norm)


def _headline(title: str) -> bool:
    """A news headline (``…！浙江省政府发文``, ``中共中央、国务院印发《…纲要》``, ``《…办法》政策解读``);
    ``title`` is the normalised view's (Simplified, whatever the script printed)."""
    title = title.strip()
    return (
        HEADLINE_MARK.search(title) is not None
        or RELEASE.fullmatch(title) is not None
        or INTERPRETATION.search(title) is not None
    )


def _reads_as_news_report(doc: Document, head: Head) -> bool:
    """A date line, a 来源 or channel label, a reporter's closing credit, a page that is a news
    outlet's, or a release clause opening a text without addressees whose title, if any, is a
    headline (``…！…发文``)."""
    if head.news or head.channel is not None or _bundled(doc):
        return True  # the report of a bundle of news items (policyparse.bundles) is news
    if CLOSING_BYLINE.search(doc.norm, max(head.body_start, len(doc.norm) - 60)) is not None:
        return True  # …（记者袁瑞娟 通讯员徐靖涛报道）
    if page_outlet(doc) is not None and _reads_as_news(doc, head.body_start):
        return True
    if (head.title is not None and not _headline(head.title_norm or head.title)) or head.addressees:
        return False
    if NUMBERED_SECTION_LINE.match(doc.norm, head.body_start):
        return False  # a text opening with 一、 is a plan's body (工作要点 without its head), not a news lead
    window = (head.body_start, min(len(doc.norm), head.body_start + 1500))
    return bool(RELEASE.search(doc.norm, *window) or PASSIVE_RELEASE.search(doc.norm, *window))


def _bundled(doc: Document) -> bool:
    return any(noise.kind is NoiseKind.BUNDLED_ITEM for noise in doc.view.noise)


def _reads_as_report(doc: Document, head: Head, title: str) -> bool:
    """A work report: its title, an occasion line, or ``各位代表：`` opening the body."""
    return bool("工作报告" in title or head.occasion or DELEGATES.search(doc.norm, 0, head.body_start + 200))


def page_outlet(doc: Document) -> str | None:
    """A news outlet a web page names as its 来源 (not an organ, which publishes notices)."""
    outlet = doc.source.page_metadata.get("来源", "").strip()
    return outlet if outlet and not is_organ(to_simplified(outlet)) else None


def _reads_as_news(doc: Document, body_start: int) -> bool:
    """Whether the text under the title reads as a news report (byline, dispatch, dated lead)."""
    return NEWS_CONTENT.search(doc.norm[body_start : body_start + 1500]) is not None
