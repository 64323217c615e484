"""The spaCy component: span groups whose offsets are the parser's, displaCy, serialisation."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from spacy import displacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from policyparse import parse  # noqa: E402
from policyparse.integrations import spacy as component  # noqa: E402
from policyparse.io import load  # noqa: E402
from policyparse.models import Notice  # noqa: E402
from tests.helpers import DEV_FILES  # noqa: E402
from tests.test_render import RICH_TEXT, build_rich_notice  # noqa: E402

GROUPS = (*component.SPAN_GROUPS, component.ALL_SPANS_KEY)


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    pipeline.add_pipe("policyparse")
    return pipeline


def assert_spans_match(doc: Doc, notice: Notice) -> int:
    """Every group's spans cover the parser's offsets, which are kept exactly in attrs."""
    expected: dict[str, set[tuple[str, int, int]]] = {group: set() for group in GROUPS}
    for group, label, start, end in component.iter_elements(notice):
        if end > start:
            expected[group].add((label, start, end))
            expected[component.ALL_SPANS_KEY].add((label, start, end))
    count = 0
    for group in GROUPS:
        spans = doc.spans[group]
        offsets = spans.attrs["offsets"]
        assert len(offsets) == len(spans), group
        found = set()
        for span, (start, end) in zip(spans, offsets, strict=True):
            assert span.start_char <= start and span.end_char >= end, (group, span, start, end)
            found.add((span.label_, start, end))
            count += 1
        assert found == expected[group], group
    return count


@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: p.name)
def test_spans_equal_parser_offsets_on_dev_fixtures(nlp: Language, path: Path) -> None:
    text = load(path).text
    doc = nlp(text)
    notice = parse(text)
    assert doc._.notice == notice
    assert_spans_match(doc, notice)


@pytest.fixture
def rich_doc(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> Doc:
    notice = build_rich_notice()
    monkeypatch.setattr(component, "parse", lambda text, **options: notice)
    return nlp(RICH_TEXT)


def test_every_kind_of_element_becomes_a_span(rich_doc: Doc) -> None:
    notice = rich_doc._.notice
    assert notice is not None
    assert assert_spans_match(rich_doc, notice) > 0
    labels = {group: {span.label_ for span in rich_doc.spans[group]} for group in GROUPS}
    assert labels["headings"] == {"HEADING_1", "HEADING_2"}
    assert labels["targets"] == {"TARGET_GOAL"}
    assert labels["agencies"] == {"LEAD", "SUPPORT"}
    assert labels["references"] == {"REFERENCE"}
    assert len(rich_doc.spans["targets"]) == 3 and len(rich_doc.spans["tasks"]) == 2
    assert rich_doc.spans["deadlines"].attrs["offsets"][0] == [
        notice.targets[0].deadline.start,
        notice.targets[0].deadline.end,
    ]
    first_target = rich_doc.spans["targets"][0]
    assert first_target.text == notice.targets[0].text


def test_displacy_renders_the_spans(rich_doc: Doc) -> None:
    page = displacy.render(rich_doc, style="span", options={"spans_key": component.ALL_SPANS_KEY}, page=False)
    for label in ("TARGET_GOAL", "DEADLINE", "INDICATOR", "TASK", "LEAD", "HEADING_1"):
        assert label in page
    targets_only = displacy.render(rich_doc, style="span", options={"spans_key": "targets"})
    assert "TARGET_GOAL" in targets_only and "LEAD" not in targets_only


def test_doc_round_trips_with_its_notice(rich_doc: Doc) -> None:
    restored = Doc(rich_doc.vocab).from_bytes(rich_doc.to_bytes())
    assert restored._.notice == rich_doc._.notice
    assert restored.spans["targets"].attrs["offsets"] == rich_doc.spans["targets"].attrs["offsets"]


def test_versioned_factory_and_options() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("policyparse_v1", config={"spans_prefix": "pp_", "keywords": True})
    doc = nlp(RICH_TEXT)
    assert "pp_targets" in doc.spans and "targets" not in doc.spans
    assert doc._.notice.keywords
    assert nlp.get_pipe_meta("policyparse_v1").factory == "policyparse_v1"


def test_factory_is_declared_as_an_entry_point() -> None:
    points: Any = importlib.metadata.entry_points(group="spacy_factories")
    names = {point.name: point.value for point in points}
    assert names.get("policyparse") == "policyparse.integrations.spacy:make_policyparse_component"


def test_displacy_shows_each_label_in_its_colour_by_default(rich_doc: Doc) -> None:
    page = displacy.render(rich_doc, style="span", options={"spans_key": component.ALL_SPANS_KEY}, page=False)
    labels = {span.label_ for span in rich_doc.spans[component.ALL_SPANS_KEY]}
    assert {"TARGET_GOAL", "DEADLINE", "LEAD"} <= labels
    for label in labels:
        assert f"background: {component.DISPLACY_COLORS[label]}" in page, label
    assert "background: #ddd" not in page  # displaCy's grey for unknown labels


def test_displacy_colours_are_an_entry_point() -> None:
    """A process that never imports policyparse still gets the colours (pyproject entry point)."""
    import subprocess
    import sys

    code = "from spacy.util import registry; print(sorted(registry.displacy_colors.get_all()))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "'policyparse'" in done.stdout
