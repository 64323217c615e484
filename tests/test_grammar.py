"""Integrity of the grammar's data tables, record by record (as dateparser tests its language data).

A heading marker is one :class:`~policyparse.grammar.markers.MarkerClass` record; an organ
ending is one row of :data:`~policyparse.lexicon.organs.ORGAN_ENDINGS`. Adding either means
adding a record with its examples (for a marker) or its uses (for an ending): these tests check
every record, so a record that contradicts itself or is shadowed by another fails here.
"""

from __future__ import annotations

import pytest

from policyparse.grammar.markers import (
    ALL_CLASSES,
    DECIMAL_KINDS,
    MARKER_CLASSES,
    MarkerClass,
    match_marker,
    rank,
    value,
)
from policyparse.lexicon.organs import ORGAN_ENDINGS
from policyparse.models.labels import MarkerKind

_EXAMPLES = [(c, text, number) for c in MARKER_CLASSES for text, number in c.examples]


def _ids(rows: list[tuple[MarkerClass, str, int]]) -> list[str]:
    return [f"{c.kind.value}:{text}" for c, text, _ in rows]


def test_every_marker_class_has_a_kind_of_its_own_and_examples() -> None:
    kinds = [c.kind for c in ALL_CLASSES]
    assert len(kinds) == len(set(kinds))
    assert all(c.examples for c in ALL_CLASSES)


@pytest.mark.parametrize(("marker_class", "text", "number"), _EXAMPLES, ids=_ids(_EXAMPLES))
def test_each_example_is_read_by_its_own_class(marker_class: MarkerClass, text: str, number: int) -> None:
    """``match_marker`` finds the class (no earlier class shadows it) and the number."""
    assert text[0] in marker_class.first_chars
    found = match_marker(text, 0)
    assert found is not None
    expected = DECIMAL_KINDS if marker_class.kind in DECIMAL_KINDS else (marker_class.kind,)
    assert (found.kind in expected, found.number) == (True, number)
    assert text[found.end :].strip()  # the marker is followed by its title


@pytest.mark.parametrize("marker_class", [c for c in ALL_CLASSES if c not in MARKER_CLASSES])
def test_classes_matched_on_request_read_their_examples(marker_class: MarkerClass) -> None:
    from policyparse.grammar._compile import pattern

    compiled = pattern(marker_class.source)
    for text, number in marker_class.examples:
        m = compiled.match(text)
        assert m is not None, text
        assert value(m.group("num"), marker_class.numeral) == number


@pytest.mark.parametrize("marker_class", MARKER_CLASSES, ids=[c.kind.value for c in MARKER_CLASSES])
def test_marker_flags_agree_with_the_form(marker_class: MarkerClass) -> None:
    """Structural units are written 第X编/部分/章/节 (第X阶段, a plan's phase, is not one); ranks order
    the nesting (outer first)."""
    assert marker_class.structural == (
        marker_class.first_chars == "第" and marker_class.kind is not MarkerKind.PHASE
    )
    assert rank(marker_class.kind) == marker_class.rank
    assert 0 <= marker_class.rank <= 10


def test_every_marker_kind_has_a_class() -> None:
    """But "no marker" and a table row's number (read by ``match_table_row``)."""
    assert {c.kind for c in ALL_CLASSES} | {MarkerKind.NONE, MarkerKind.TABLE_ROW, *DECIMAL_KINDS} == set(
        MarkerKind
    )


_USES = {"issuer", "strong", "agent", "note"}


def test_organ_endings_are_unique_longest_first_with_known_uses() -> None:
    endings = [ending for ending, _ in ORGAN_ENDINGS]
    assert len(endings) == len(set(endings))
    assert [len(e) for e in endings] == sorted((len(e) for e in endings), reverse=True)
    assert all(uses and uses <= _USES for _, uses in ORGAN_ENDINGS)


#: (name, an issuer's name?, the agent of a clause?, a name in a note?)
ORGAN_NAMES = [
    ("国务院办公厅", True, True, True),
    ("县人民政府", True, True, True),
    ("市应急管理局", True, True, True),
    ("省工业和信息化厅", True, True, True),
    ("市政务服务办", True, True, True),  # an abbreviated office (办 alone is no strong ending)
    ("国家网信办", True, True, True),
    ("国务院联防联控机制", True, True, True),  # a standing body that issues notices
    ("中国人民银行广东省分行", True, True, True),  # the central bank's provincial branch: signs jointly
    ("国家能源局派出机构", False, True, True),  # an organ's regional offices: an agent, no signer
    ("某某集团有限公司", True, False, True),  # an enterprise: named in notes, never a clause's agent
    ("各有关企业", False, False, True),
    ("负责同志", False, False, False),
]


@pytest.mark.parametrize(
    ("name", "organ", "agent", "in_note"), ORGAN_NAMES, ids=[row[0] for row in ORGAN_NAMES]
)
def test_organ_names(name: str, organ: bool, agent: bool, in_note: bool) -> None:
    from policyparse.grammar.organs import is_agency, is_organ

    assert (is_organ(name), is_agency(name), is_agency(name, in_note=True)) == (organ, agent, in_note)
