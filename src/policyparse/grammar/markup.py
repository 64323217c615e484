"""Patterns of Markdown syntax and HTML fragments left in text files.

They run on the input as given. Each names only markup: tag names come from
:mod:`policyparse.lexicon.markup`, and Markdown constructs are anchored as Markdown writes
them (``#`` at the start of a line, ``**`` in pairs on one line, ``](`` before a link target).
"""

from __future__ import annotations

from policyparse.grammar._compile import DOTALL, IGNORECASE, alternation, pattern
from policyparse.lexicon.markup import ESCAPES, HTML_HIDDEN_CONTENT, HTML_TAG_NAMES

#: YAML (``---``) or TOML (``+++``) front matter at the very start of the text.
FRONT_MATTER = pattern(
    r"\A\ufeff?\s*(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>(?:[^\n]*\n){0,200}?)[ \t]*(?P=fence)[ \t]*(?:\r?\n|\Z)"
)
#: One ``key: value`` (YAML) or ``key = value`` (TOML) line of front matter; keys may be Chinese (``标题: …``).
FRONT_MATTER_FIELD = pattern(
    r"(?m)^(?P<key>[A-Za-z_\p{Han}][\w-]{0,40})[ \t]*[:=：][ \t]*(?P<quote>[\"']?)(?P<value>[^\n\r]*?)(?P=quote)[ \t]*\r?$"
)
#: An ATX heading: ``## 第一章 总则`` (the hashes and the space are markup; closing hashes too).
ATX_HEADING = pattern(
    r"(?m)^(?P<mark>[ \t]*(?P<hashes>#{1,6})[ \t]+)(?P<title>[^\n\r]*?)(?P<close>[ \t]+#+)?[ \t]*\r?$"
)
#: A block quote marker at the start of a line (nested ones too): ``> 《人民日报》``.
QUOTE = pattern(r"(?m)^[ \t]*(?:>[ \t]?)+")
#: Strong emphasis in pairs on one line: ``**一、总体要求**``, ``__…__``.
STRONG = pattern(r"(?P<open>\*\*|__)(?=[^\s*_])(?P<inner>[^\n]{1,2000}?)(?<=[^\s*_])(?P=open)")
#: An image, with its caption and target: ``![图片](https://…)``.
IMAGE = pattern(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)")
#: A link: its text stays, the brackets and the target are markup. The target must look like
#: one (a URL, a path or an anchor), so ``[2017](1)`` in a notice is left alone.
LINK = pattern(
    r"(?P<open>\[)(?P<text>[^\[\]\n]{1,300})(?P<target>\]\((?:https?://|www\.|/|\.{1,2}/|#|mailto:)[^)\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,200}\")?\))"
)
#: A horizontal rule alone on its line: ``---``, ``***``, ``___``.
RULE = pattern(r"(?m)^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\r?$")
#: A fenced code block, fences and content (code or raw data, never the notice's prose).
FENCED_BLOCK = pattern(
    r"(?m)^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[^\n]*\n(?s:.){0,1000000}?^[ \t]{0,3}(?P=fence)[ \t]*\r?$"
)
#: A code fence line left without its pair: ```` ``` ```` or ``~~~``.
FENCE = pattern(r"(?m)^[ \t]{0,3}(?:`{3,}|~{3,})[^\n\r]*\r?$")
#: Single emphasis (cut only in a Markdown document): ``*（完整内容已保存）*``.
EMPHASIS = pattern(
    r"(?<![*\w])(?P<open>\*)(?=[^\s*])(?P<inner>[^*\n]{1,500}?)(?<=[^\s*])(?P<close>\*)(?![*\w])"
)
#: A list bullet (cut only in a Markdown document): ``- ``, ``* ``, ``+ ``.
BULLET = pattern(r"(?m)^[ \t]{0,6}[-*+][ \t]+(?=\S)")
#: A backslash escape of Markdown punctuation (cut only in a Markdown document): ``\*``.
ESCAPE = pattern(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~])")
#: A table separator row: ``|---|:---:|``.
TABLE_RULE = pattern(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\r?$")
#: A Hugo or Jekyll shortcode / template tag: ``{{< figure src="…" >}}``, ``{% include … %}``.
SHORTCODE = pattern(r"\{\{[<%][^\n]{0,2000}?[>%]\}\}|\{%[^\n]{0,2000}?%\}")
#: An attribute list closing a line (markdown-it-attrs, Pandoc, kramdown):
#: ``## 第一章&emsp;总则{align="center"}``, ``{#t1 .center}``, ``{: .note}``.
_ATTRIBUTE = r"""(?:[#.][\w-]+|[\w-]+=(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s}]{1,200}))"""
ATTRIBUTE_LIST = pattern(
    rf"(?m)\{{(?::[ \t]*)?{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE}){{0,20}}[ \t]*\}}(?=[ \t]*\r?$)"
)
#: A documentation site's container line (markdown-it-container: VuePress, VitePress,
#: Docusaurus): ``::: tip 修订信息``, ``::: details 目录``, ``:::``; the box's label goes with it.
CONTAINER = pattern(r"(?m)^[ \t]{0,3}:{3,}[ \t]*(?:[A-Za-z][\w-]{0,30}(?:[ \t][^\n\r]{0,80})?)?[ \t]*\r?$")
#: A documentation site's tab and outline directives: ``@tab 章节``, ``[[toc]]``.
SITE_DIRECTIVE = pattern(r"(?m)^[ \t]{0,3}(?:@tab(?:[ \t][^\n\r]{0,80})?|\[\[toc\]\])[ \t]*\r?$")
#: An HTML comment: ``<!-- INFO END -->``.
HTML_COMMENT = pattern(r"<!--.{0,5000}?-->", DOTALL)
#: An element whose content is not text: ``<script>…</script>``, ``<style>…</style>``.
HTML_HIDDEN = pattern(
    rf"<(?P<name>{alternation(HTML_HIDDEN_CONTENT)})\b[^>]{{0,2000}}>.{{0,200000}}?</(?P=name)[ \t]*>",
    IGNORECASE | DOTALL,
)
#: A start, end or empty tag of a known element, with its attributes (quoted values may hold ``>``).
HTML_TAG = pattern(
    rf"<(?P<end>/?)(?P<name>{alternation(HTML_TAG_NAMES)})(?=[\s/>])(?:[^<>\"']|\"[^\"]*\"|'[^']*'){{0,3000}}>",
    IGNORECASE,
)
#: A character reference: ``&nbsp;``, ``&ldquo;``, ``&#12345;``, ``&#x4e2d;``.
HTML_ENTITY = pattern(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: Spaces and line breaks between two tags (a run of tags with nothing but layout between).
TAG_GAP = pattern(r"[ \t\r\n]*")

#: For each Markdown pattern, strings one of which every match of it holds: a text holding none
#: of them is not searched with it (Markdown's punctuation is rare in a notice, and a search
#: tries every line or every position).
NEEDS: dict[object, tuple[str, ...]] = {
    ATX_HEADING: ("#",),
    QUOTE: (">",),
    STRONG: ("**", "__"),
    IMAGE: ("![",),
    LINK: ("](",),
    RULE: ("-", "*", "_"),
    FENCED_BLOCK: ("```", "~~~"),
    FENCE: ("```", "~~~"),
    TABLE_RULE: ("---",),
    SHORTCODE: ("{{", "{%"),
    HTML_COMMENT: ("<!--",),
    ATTRIBUTE_LIST: ("{",),
    CONTAINER: (":::",),
    SITE_DIRECTIVE: ("@tab", "[[toc]]"),
}
#: A backslash escape of a dump (:data:`~policyparse.lexicon.markup.ESCAPES`), not after another
#: backslash (``\\n`` is an escaped backslash and an ``n``).
DUMP_ESCAPE = pattern(r"(?<!\\)(?:" + alternation(ESCAPES) + ")")
#: A line-break escape: a text needs a few to be read as an escaped dump.
DUMP_BREAK = pattern(r"(?<!\\)\\[rn]")
