"""Every element of every fixture points back into the input: text[start:end] is its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse_file
from policyparse.models import Notice
from tests.helpers import DEV_FILES, assert_offsets_hold, spanned_elements


@pytest.fixture(scope="module", params=DEV_FILES, ids=lambda p: p.name)
def notice(request: pytest.FixtureRequest) -> Notice:
    path: Path = request.param
    return parse_file(path)


def test_offsets_inside_text(notice: Notice) -> None:
    assert_offsets_hold(notice)


def _folded(text: str) -> str:
    from policyparse.normalize import normalize

    return "".join(normalize(text).norm.split())


def test_titles_come_from_their_spans(notice: Notice) -> None:
    for heading in notice.headings:
        source = notice.text[heading.title_start : heading.title_end]
        assert _folded(heading.title) == _folded(source), heading
    for target in notice.targets:
        assert _folded(target.text) == _folded(notice.text[target.start : target.end]), target
        for indicator in target.indicators:
            assert target.start <= indicator.start <= indicator.end <= target.end
    for task in notice.tasks:
        assert _folded(task.title) == _folded(notice.text[task.title_start : task.title_end]), task


def test_every_element_has_nonempty_source(notice: Notice) -> None:
    for path, element in spanned_elements(notice):
        assert element.end > element.start, path
