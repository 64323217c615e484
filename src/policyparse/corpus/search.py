"""Full-text search over the corpus database: which texts are indexed, and how Chinese is matched.

Searched are the documents' titles, the headings, the targets, the tasks' texts and the
assignments (:data:`SEARCHED`). Each has two SQLite FTS5 indexes whose ``rowid`` is the row's
in its table:

* ``<table>_pairs`` — the matching that works for what people type. The text is folded as
  the scorer folds it (:func:`fold_for_search`: NFKC, Traditional → Simplified, punctuation
  and spaces dropped, lower case) and cut into its overlapping pairs of characters plus its
  last character (:func:`bigrams`); a query is folded the same way and becomes the phrase of
  its pairs (:func:`match_expression`). So a query matches exactly where its characters
  occur in a row — two-character words (``医保``, ``5G``) as well as long phrases, and in
  either script. Used by :func:`search`, the ``search`` query of ``policyparse serve`` and the
  SQL function ``policyparse_match``.
* ``<table>_fts`` — the FTS5 ``trigram`` tokenizer over the folded text: what Datasette's own
  search box on a table page uses (it passes the query as typed). It finds any Simplified
  string of three characters or more, in documents of either script, and nothing shorter.

``benchmarks/fts_choice.py`` measured these against a jieba-tokenised column on the pool (see
docs/explore.md): the pair index finds every row holding the query (recall and precision 1.0
for two-character words, longer words and Traditional queries); trigram finds nothing under
three characters; jieba misses 1–3 % of the rows (where it cuts the text differently from the
query) and returns 5 % that do not hold the query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum

from policyparse.evaluate.fold import fold
from policyparse.grammar.search import QUERY_TERM


class SearchKind(str, Enum):
    """What a search hit is: a document title, a heading, a target, a task or an assignment."""

    TITLE = "title"
    HEADING = "heading"
    TARGET = "target"
    TASK = "task"
    ASSIGNMENT = "assignment"


@dataclass(frozen=True)
class Searched:
    """A searched column: its kind, its table, the column indexed, the column that identifies a
    row inside its document (``None`` for the document itself) and the column a hit shows."""

    kind: SearchKind
    table: str
    column: str
    item: str | None
    label: str

    @property
    def pairs(self) -> str:
        """The name of its pair index (an FTS5 table)."""
        return f"{self.table}_pairs"

    @property
    def trigrams(self) -> str:
        """The name of its trigram index (an FTS5 table, for Datasette's search box)."""
        return f"{self.table}_fts"


#: The texts searched.
SEARCHED = (
    Searched(SearchKind.TITLE, "documents", "title", None, "title"),
    Searched(SearchKind.HEADING, "headings", "title", "heading_id", "title"),
    Searched(SearchKind.TARGET, "targets", "text", "target_id", "text"),
    Searched(SearchKind.TASK, "tasks", "text", "ordinal", "title"),
    Searched(SearchKind.ASSIGNMENT, "assignments", "text", "assignment_id", "text"),
)


def fold_for_search(text: str | None) -> str:
    """The form texts and queries are compared in: the scorer's fold (NFKC, pinyin glosses
    dropped, Simplified script, only letters, digits and Han characters, lower case).

    Spaces and punctuation never decide a match, so ``十四五规划`` finds ``“十四五”规划`` and a
    letter-spaced title (``国 家 粮 食``) is found by its words.

    >>> fold_for_search("新型智慧城市建設，ＰＭ２.５")
    '新型智慧城市建设pm25'
    """
    return fold(text)


def _tokens(run: str) -> list[str]:
    if len(run) <= 1:
        return [run] if run else []
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def bigrams(text: str | None) -> str:
    """The tokens of the pair index: the overlapping pairs of characters of the folded text,
    then its last character.

    Every character starts a token, so a phrase of a query's tokens matches exactly where the
    query occurs, whatever its length (see :func:`match_expression`).

    >>> bigrams("医保基金，5G")
    '医保 保基 基金 金5 5g g'
    """
    return " ".join(_tokens(fold_for_search(text)))


def match_expression(query: str) -> str | None:
    """The FTS5 expression that finds ``query`` in the pair index, or ``None`` if it has no word.

    Terms separated by spaces must all occur (a phrase in double quotes is one term); a term
    matches where its characters occur in a row, in either script: it is folded as the texts
    are (:func:`fold_for_search`) and written as the phrase of its tokens, the last one a prefix
    (in the text, the run may go on after the query's last character).

    >>> match_expression("醫保 5G")
    '"医保 保"* AND "5g g"*'
    >>> match_expression("“ ”") is None
    True
    """
    phrases = []
    for term in QUERY_TERM.finditer(query):
        tokens = bigrams(term.group("phrase") if term.group("phrase") is not None else term.group("word"))
        if tokens:
            phrases.append(f'"{tokens}"*')
    return " AND ".join(phrases) or None


def _match_or_nothing(query: str | None) -> str:
    """:func:`match_expression` for SQL: an expression that matches nothing when there is no word."""
    return match_expression(query or "") or '""'


def register_functions(connection: sqlite3.Connection) -> None:
    """Add ``policyparse_fold(text)``, ``policyparse_pairs(text)`` and ``policyparse_match(query)``
    to ``connection`` (the export and the Datasette plugin both call this)."""
    connection.create_function("policyparse_fold", 1, fold_for_search, deterministic=True)
    connection.create_function("policyparse_pairs", 1, bigrams, deterministic=True)
    connection.create_function("policyparse_match", 1, _match_or_nothing, deterministic=True)


def build_indexes(connection: sqlite3.Connection) -> None:
    """Create and fill both indexes of every searched table (after the tables are written)."""
    register_functions(connection)
    for searched in SEARCHED:
        rows = f'FROM "{searched.table}" WHERE "{searched.column}" IS NOT NULL'
        connection.execute(f"CREATE VIRTUAL TABLE \"{searched.pairs}\" USING fts5(pairs, content='')")
        connection.execute(
            f'INSERT INTO "{searched.pairs}"(rowid, pairs) SELECT rowid, policyparse_pairs("{searched.column}") {rows}'
        )
        connection.execute(
            f"CREATE VIRTUAL TABLE \"{searched.trigrams}\" USING fts5(folded, tokenize='trigram', content='')"
        )
        connection.execute(
            f'INSERT INTO "{searched.trigrams}"(rowid, folded) SELECT rowid, policyparse_fold("{searched.column}") {rows}'
        )


def search_sql(match: str = "policyparse_match(:q)") -> str:
    """The SQL of every hit of ``match`` (an FTS5 expression in SQL) over all searched texts.

    Columns: ``kind``, ``doc_id``, ``item`` (the heading id, target id, task ordinal or
    assignment id), ``text`` (what the hit shows), ``document``, ``date``.
    """
    parts = []
    for s in SEARCHED:
        item = f'x."{s.item}"' if s.item else "NULL"
        parts.append(
            f"SELECT '{s.kind.value}' AS kind, x.doc_id AS doc_id, {item} AS item, x.\"{s.label}\" AS text, "
            f'd.title AS document, d.date AS date FROM "{s.pairs}" JOIN "{s.table}" x ON x.rowid = "{s.pairs}".rowid '
            f'JOIN documents d ON d.doc_id = x.doc_id WHERE "{s.pairs}" MATCH {match}'
        )
    return "\nUNION ALL\n".join(parts)


@dataclass(frozen=True)
class Hit:
    """A row holding the query: what it is, its document, its id there and its text."""

    kind: SearchKind
    doc_id: str
    item: int | None
    text: str
    document: str | None
    date: str | None


def search(connection: sqlite3.Connection, query: str, *, kinds: tuple[SearchKind, ...] = ()) -> list[Hit]:
    """Every title, heading, target, task and assignment of the database holding ``query``.

    ``query`` is matched as :func:`match_expression` says (any script, any length; terms
    separated by spaces must all occur). ``kinds`` keeps hits of those kinds only. Hits come by
    document date (latest first), then document and position.
    """
    register_functions(connection)
    wanted = {kind.value for kind in kinds}
    sql = f"SELECT * FROM ({search_sql('?')}) ORDER BY date DESC, doc_id, kind, item"
    expression = _match_or_nothing(query)
    rows = connection.execute(sql, [expression] * len(SEARCHED)).fetchall()
    return [
        Hit(SearchKind(row[0]), row[1], row[2], row[3], row[4], row[5])
        for row in rows
        if not wanted or row[0] in wanted
    ]
