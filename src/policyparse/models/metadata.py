"""Metadata of a document: GB/T 9704 elements, 发文字号, references, attachments."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from policyparse.models.base import BoundingBox, Model, Spanned, absent
from policyparse.models.labels import MetadataField


class DocNumber(Spanned):
    """A parsed 发文字号 such as 国发〔2017〕35号."""

    text: str = Field(description="As printed")
    organ_code: str = Field(description="The organ code before the year, e.g. 国发, 冀政办字")
    year: int | None = None
    serial: int | None = None
    canonical: str = Field(description="With the standard brackets 〔〕")
    standard_brackets: bool = True


class Reference(Spanned):
    """A referenced document: a 《…》 title, with the 文号 that follows it in parentheses."""

    title: str
    doc_number: DocNumber | None = None


class Attachment(Spanned):
    """An entry of the 附件 list, or an attached part that carries its own document."""

    index: int | None = None
    title: str


class MetadataElement(Spanned):
    """One GB/T 9704 element found in the text, with its span (and, from a PDF, where it is printed)."""

    field: MetadataField = Field(description="The Metadata field it fills")
    value: str
    page: int | None = Field(
        default=None, ge=1, exclude_if=absent, description="Page of a paged input (PDF), from 1"
    )
    bbox: BoundingBox | None = Field(
        default=None,
        exclude_if=absent,
        description="(x0, top, x1, bottom) in PDF points, origin at the page's top-left corner",
    )


class Metadata(Model):
    """The document's metadata (GB/T 9704-2012 elements, or a news report's)."""

    title: str | None = None
    doc_number: str | None = Field(default=None, description="The 发文字号 as printed")
    doc_number_info: DocNumber | None = None
    issuers: list[str] = Field(default_factory=list)
    date: dt.date | None = Field(default=None, description="成文日期, else a publication date line")
    source: str | None = Field(default=None, description="A news report's 来源 outlet")
    doc_type: str | None = Field(default=None, description="文种, e.g. 通知, 意见, 实施方案")
    transmitted_title: str | None = Field(
        default=None, description="For 关于印发《…》的通知: the transmitted document's title"
    )
    transmitted_type: str | None = None
    addressees: list[str] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    copy_number: str | None = Field(default=None, description="份号")
    classification: str | None = Field(default=None, description="密级和保密期限")
    urgency: str | None = Field(default=None, description="紧急程度")
    issuer_mark: str | None = Field(default=None, description="发文机关标志")
    signer: str | None = Field(default=None, description="签发人")
    note: str | None = Field(default=None, description="附注")
    cc: list[str] = Field(default_factory=list, description="抄送机关")
    printer: str | None = Field(default=None, description="印发机关")
    print_date: dt.date | None = Field(default=None, description="印发日期")
    channel: str | None = Field(default=None, description="A news column label above the headline")
    dateline: str | None = Field(default=None, description="A news report's date line as printed")
    reported_policy: str | None = Field(default=None, description="The policy a news report is about")
    elements: list[MetadataElement] = Field(default_factory=list)
