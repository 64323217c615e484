"""Labels of the output model: ``str`` enums whose values are the JSON strings.

Every label that the parser gives (a marker class, a heading kind, a deadline's precision …)
is one of these, inside the stages and in the public model, so a typo is a type error and the
JSON Schema lists the allowed values. The values are the strings the JSON carried before
labels were enums (schema 1.0), so stored output reads unchanged.
"""

from __future__ import annotations

from enum import Enum


class Severity(str, Enum):
    """How serious a diagnostic is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class NoiseKind(str, Enum):
    """Kinds of noise the normaliser removes from, or flags in, the normalised view."""

    PINYIN_GLOSS = "pinyin_gloss"
    BROKEN_GLOSS = "broken_gloss"
    STRAY_MARKUP = "stray_markup"
    LOST_CHAR = "lost_char"
    MOJIBAKE = "mojibake"
    CONTROL_CHAR = "control_char"
    #: A run of lone surrogates (U+D800–U+DFFF), replaced by U+FFFD when the notice is built.
    LONE_SURROGATE = "lone_surrogate"
    #: Layout noise a PDF reader reports (``policyparse.io.pdf``): page furniture and wraps.
    PAGE_NUMBER = "page_number"
    RUNNING_HEADER = "running_header"
    HARD_WRAP = "hard_wrap"
    #: Markdown syntax: heading hashes, emphasis, quote markers, link brackets, images, rules.
    MARKDOWN = "markdown"
    #: A YAML or TOML front-matter block at the start of the text.
    FRONT_MATTER = "front_matter"
    #: An HTML tag (or a block of script/style) left in a text file.
    HTML_TAG = "html_tag"
    #: An HTML character reference (``&nbsp;``); the view holds its character.
    HTML_ENTITY = "html_entity"
    #: A backslash escape a database or JSON dump left in the text (``\r\n``, ``\t``, ``\"``);
    #: the view holds the character it stands for.
    ESCAPE = "escape"
    #: A run of mojibake read back through a code-page round trip; the view holds the repair.
    MOJIBAKE_REPAIRED = "mojibake_repaired"
    #: The other items of a file that bundles several news items (a broadcast's transcript), and
    #: the tag opening the report's headline (``[视频]``): page chrome around the report.
    BUNDLED_ITEM = "bundled_item"


class InputFormat(str, Enum):
    """The kind of file a text was read from."""

    TEXT = "text"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"


class DocumentKind(str, Enum):
    """What the document is, as far as the parser's rules go."""

    NOTICE = "notice"
    RULES = "rules"
    NEWS = "news"
    REPORT = "report"


class MetadataField(str, Enum):
    """The metadata field a :class:`~policyparse.models.MetadataElement` fills."""

    TITLE = "title"
    DOC_NUMBER = "doc_number"
    ISSUERS = "issuers"
    DATE = "date"
    SOURCE = "source"
    DOC_TYPE = "doc_type"
    TRANSMITTED_TITLE = "transmitted_title"
    ADDRESSEES = "addressees"
    ATTACHMENTS = "attachments"
    COPY_NUMBER = "copy_number"
    CLASSIFICATION = "classification"
    URGENCY = "urgency"
    ISSUER_MARK = "issuer_mark"
    SIGNER = "signer"
    NOTE = "note"
    CC = "cc"
    PRINTER = "printer"
    PRINT_DATE = "print_date"
    CHANNEL = "channel"
    DATELINE = "dateline"
    REPORTED_POLICY = "reported_policy"


class MarkerKind(str, Enum):
    """The class of a numbering marker (the grammar of each is in :mod:`policyparse.grammar.markers`)."""

    NONE = ""
    BIAN = "bian"
    BUFEN = "bufen"
    ZHANG = "zhang"
    JIE = "jie"
    PHASE = "phase"
    CN_DUN = "cn_dun"
    CN_DOT = "cn_dot"
    CN_PAREN = "cn_paren"
    CN_PAREN_CHAR = "cn_paren_char"
    ARABIC_DOT = "arabic_dot"
    ARABIC_DUN = "arabic_dun"
    ARABIC_PAREN = "arabic_paren"
    ARABIC_HALF_PAREN = "arabic_half_paren"
    ARABIC_PAREN_CHAR = "arabic_paren_char"
    CIRCLED = "circled"
    ARABIC_STOP_CHAR = "arabic_stop_char"
    ROMAN = "roman"
    DECIMAL1 = "decimal1"
    DECIMAL2 = "decimal2"
    DECIMAL3 = "decimal3"
    DECIMAL4 = "decimal4"
    BARE_NUMBER = "bare_number"
    INLINE_ENUM = "inline_enum"
    ARTICLE = "article"
    TABLE_ROW = "table_row"


class HeadingKind(str, Enum):
    """How a heading was recognised."""

    NUMBERED = "numbered"
    STRUCTURAL = "structural"
    RUN_IN = "run_in"
    CROSSHEAD = "crosshead"
    UNNUMBERED_RUN_IN = "unnumbered_run_in"


class SubItemKind(str, Enum):
    """A numbered child of a task or article, or an inline enumeration item (一是……)."""

    NUMBERED = "numbered"
    INLINE = "inline"


class Precision(str, Enum):
    """How precisely a deadline is stated."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    PERIOD = "period"


class Relation(str, Enum):
    """How a deadline bounds the statement."""

    BY = "by"
    BEFORE = "before"
    DURING = "during"
    WITHIN = "within"
    AT = "at"


class TargetKind(str, Enum):
    """An outcome goal or an action deadline."""

    GOAL = "goal"
    ACTION = "action"


class AssignmentKind(str, Enum):
    """The form a responsibility note takes."""

    NOTE = "note"
    LABEL = "label"
    CLAUSE = "clause"
    TABLE = "table"


class Role(str, Enum):
    """The role an assignment gives an organ."""

    LEAD = "lead"
    SUPPORT = "support"
    RESPONSIBLE = "responsible"
