"""Shared test helpers: fixture paths and the provenance walk over a Notice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from policyparse.models import Notice, Spanned

FIXTURES = Path(__file__).parent / "fixtures"
DEV = FIXTURES / "dev"
GOLD = FIXTURES / "gold"
DEV_FILES = sorted(p for p in DEV.iterdir() if p.suffix in {".txt", ".html"})


def gold_for(path: Path) -> dict[str, Any]:
    """The gold answer of a dev fixture."""
    return json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))


def spanned_elements(model: BaseModel, where: str = "notice") -> Iterator[tuple[str, Spanned]]:
    """Every element with a span inside ``model``, with a path for error messages."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            if isinstance(item, BaseModel):
                path = f"{where}.{name}[{index}]" if isinstance(value, list) else f"{where}.{name}"
                if isinstance(item, Spanned):
                    yield path, item
                yield from spanned_elements(item, path)


def assert_offsets_hold(notice: Notice) -> None:
    """Every span lies inside the text and is non-inverted."""
    size = len(notice.text)
    for path, element in spanned_elements(notice):
        assert 0 <= element.start <= element.end <= size, (
            f"{path}: span {element.start}-{element.end} outside text"
        )


#: A blind-set document that cites a dev document (国发〔2007〕37号 cites 国发〔2005〕39号, dev 009).
CITING = FIXTURES / "blind" / "docs" / "b02.txt"
#: The corpus of the corpus tests: the dev documents plus CITING, ids relative to FIXTURES.
CORPUS_FILES = [*DEV_FILES, CITING]
