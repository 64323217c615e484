"""The catalogue of diagnostic codes, and a collector the pipeline stages write to.

Codes are stable: users grep and filter on them. The first digit names the stage:
0 input, 1 normalisation, 2 headings, 3 targets, 4 tasks and agencies, 5 metadata, 9 internal.
The letter is the default severity (E error, W warning, I info).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policyparse.models import Diagnostic, Severity

#: code -> (severity, message template). Templates use str.format with keyword fields.
CATALOGUE: dict[str, tuple[Severity, str]] = {
    # 0 input
    "I001": (Severity.INFO, "the input is empty or whitespace only"),
    "W002": (Severity.WARNING, "encoding {encoding} detected with low confidence {confidence:.2f}"),
    "W003": (Severity.WARNING, "{count} undecodable byte sequence(s) replaced with U+FFFD"),
    "W004": (Severity.WARNING, "the HTML page has no recognisable body; all visible text was kept"),
    "W005": (Severity.WARNING, "the input contains {count} lone surrogate(s) or non-characters"),
    "E006": (Severity.ERROR, "the input exceeds the size limit of {limit} characters"),
    "W007": (
        Severity.WARNING,
        "{count} page(s) of the PDF have no text layer (first: page {page}); their text is missing "
        "unless OCR is run first",
    ),
    "W008": (
        Severity.WARNING,
        "the .docx package names {count} part(s) it does not hold ({targets}); read without them",
    ),
    # 1 normalisation
    "W101": (Severity.WARNING, "{count} pinyin gloss(es) left out of the normalised view"),
    "W102": (Severity.WARNING, "stray markup {markup!r} left out of the normalised view"),
    "W103": (Severity.WARNING, "character lost to '?'"),
    "W104": (Severity.WARNING, "mojibake run (text decoded with the wrong encoding)"),
    "W105": (Severity.WARNING, "{count} control character(s) left out of the normalised view"),
    "I106": (
        Severity.INFO,
        "lost character recovered as {char!r} from the gloss {gloss!r} and the word {word!r}",
    ),
    "W107": (Severity.WARNING, "pinyin gloss fragment without its opening bracket"),
    "I108": (
        Severity.INFO,
        "{furniture} page number/running header line(s) and {wraps} hard line break(s) "
        "left out of the normalised view",
    ),
    "I109": (
        Severity.INFO,
        "the text is written in {syntax}: {count} markup span(s) left out of the normalised view",
    ),
    "W110": (
        Severity.WARNING,
        "the text is garbled: only {before:.0%} of its characters are plausible as Chinese ({after:.0%} after repair)",
    ),
    "I111": (
        Severity.INFO,
        "mojibake repaired: {count} character(s) of {real} text that was read as {read_as}",
    ),
    "W112": (Severity.WARNING, "{count} character(s) lost in the damage; kept as placeholders (U+FFFD)"),
    "I113": (
        Severity.INFO,
        "the text bundles news items: read as the one that reports a plan, the others "
        "({chars} characters) left out of the normalised view",
    ),
    # 2 headings
    "W201": (Severity.WARNING, "heading numbering jumps from {previous} to {current}"),
    "W202": (Severity.WARNING, "heading number {current} repeats"),
    "W203": (Severity.WARNING, "numbering marker without a title"),
    "W204": (Severity.WARNING, "headings nested deeper than {limit} levels were flattened"),
    "I205": (Severity.INFO, "document read as rules and regulations (第X条 articles)"),
    # 3 targets
    "W301": (Severity.WARNING, "impossible date {text!r} ignored"),
    "W302": (Severity.WARNING, "year {year} is out of the plausible range and was ignored"),
    "W303": (Severity.WARNING, "number {text!r} is glued to other digits; no value taken"),
    "I304": (Severity.INFO, "relative deadline {text!r} left unresolved: the document's date is unknown"),
    # 4 tasks and agencies
    "W401": (Severity.WARNING, "the text announces {stated} tasks but {found} were found"),
    "W402": (Severity.WARNING, "task ordinal {ordinal} appears more than once"),
    "W403": (Severity.WARNING, "agency list without separators kept as one name"),
    "W404": (Severity.WARNING, "a task has no title"),
    # 5 metadata
    "W501": (
        Severity.WARNING,
        "document number {text!r} uses non-standard brackets; canonical form {canonical}",
    ),
    "W502": (Severity.WARNING, "no title found"),
    "W503": (Severity.WARNING, "impossible date {text!r} in the metadata ignored"),
    "I504": (
        Severity.INFO,
        "lost character in the outlet name {text!r} recovered from the outlet list as {outlet!r}",
    ),
    # 9 internal
    "E901": (Severity.ERROR, "the {stage} stage failed on this input ({error}); its results are missing"),
}


def make(code: str, *, start: int | None = None, end: int | None = None, **fields: object) -> Diagnostic:
    """Build a :class:`Diagnostic` from the catalogue."""
    severity, template = CATALOGUE[code]
    try:
        message = template.format(**fields)
    except (KeyError, ValueError, IndexError):
        message = template
    return Diagnostic(code=code, severity=severity, message=message, start=start, end=end)


@dataclass
class Diagnostics:
    """A collector the stages append to; the pipeline hands its list to the Notice."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, code: str, *, start: int | None = None, end: int | None = None, **fields: object) -> None:
        """Append a diagnostic from the catalogue."""
        self.items.append(make(code, start=start, end=end, **fields))

    def extend(self, diagnostics: list[Diagnostic]) -> None:
        """Append diagnostics made elsewhere."""
        self.items.extend(diagnostics)
