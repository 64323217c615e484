"""The normalised view: each noise kind, with offsets checked against the input."""

from __future__ import annotations

import pytest

from policyparse.diagnostics import Diagnostics
from policyparse.models import NoiseKind
from policyparse.normalize import normalize


@pytest.mark.parametrize(
    ("text", "norm", "clean"),
    [
        ("推進(jìn)建設", "推进建设", "推進建設"),  # pinyin gloss, Traditional
        ("加快推進（jìn）", "加快推进", "加快推進"),  # full-width gloss brackets
        ("覆盖率达到９５％", "覆盖率达到95%", "覆盖率达到９５％"),  # full-width digits
        ("提出,要加强;", "提出，要加强；", "提出,要加强;"),  # half-width punctuation
        ("(一)总体要求", "（一）总体要求", "(一)总体要求"),  # half-width brackets
        ("省、市、縣##全民健康", "省、市、县全民健康", "省、市、縣全民健康"),  # stray markup
        ("# 企业职工带薪年休假实施办法", "企业职工带薪年休假实施办法", "企业职工带薪年休假实施办法"),
        ("第一条\x00为了", "第一条为了", "第一条为了"),  # control character
        ("人工智能(AI)发展", "人工智能（AI）发展", "人工智能(AI)发展"),  # not a gloss: no tone mark
        ("应用(app)推广", "应用（app）推广", "应用(app)推广"),  # not a gloss: no tone mark
        ("", "", ""),
    ],
)
def test_views(text: str, norm: str, clean: str) -> None:
    view = normalize(text)
    assert view.norm == norm
    assert view.clean == clean
    assert len(view.norm) == len(view.clean)


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("推進(jìn)建設", NoiseKind.PINYIN_GLOSS, "(jìn)"),
        ("日?qǐng)?bào)", NoiseKind.BROKEN_GLOSS, "qǐng)"),
        ("省##全民", NoiseKind.STRAY_MARKUP, "##"),
        ("更加智能?;\ue2a2窘ǔ筛咚?、移動", NoiseKind.MOJIBAKE, "?;\ue2a2窘ǔ筛咚?"),
        ("燃?xì)", NoiseKind.LOST_CHAR, "?"),
    ],
)
def test_noise_spans_point_at_the_input(text: str, kind: NoiseKind, source: str) -> None:
    view = normalize(text)
    spans = [n for n in view.noise if n.kind is kind]
    assert spans, f"no {kind} noise found"
    assert text[spans[0].start : spans[0].end] == source


def test_lost_character_recovered_from_gloss_and_word() -> None:
    diagnostics = Diagnostics()
    view = normalize("來源:河北日?qǐng)?bào)", diagnostics)
    assert view.clean == "來源:河北日?報"
    assert view.norm == "来源：河北日?报"
    assert "I106" in [d.code for d in diagnostics.items]


def test_lost_character_kept_without_certainty() -> None:
    diagnostics = Diagnostics()
    view = normalize("燃?xì)狻", diagnostics)
    assert "?" in view.clean
    assert {"W103", "W107"} <= {d.code for d in diagnostics.items}


@pytest.mark.parametrize(
    "text",
    [
        "推進(jìn)新型智慧城市建設(shè)。到2020年,實現(xiàn)4G網(wǎng)絡(luò)100%覆蓋",
        "a\r\nb(jìn)\rc##d\x00e",
        "（一）指导思想。以习近平新时代中国特色社会主义思想为指导",
    ],
)
def test_offset_map_round_trips(text: str) -> None:
    view = normalize(text)
    for index in range(len(view.norm)):
        orig = view.to_orig(index)
        assert view.from_orig(orig) == index
        # the character at that offset is the source of the normalised character
        assert view.clean[index] == text[orig] or view.clean[index] in "報报"
    start, end = view.span(0, len(view.norm))
    assert (start, end) == (0, len(text.rstrip("\x00"))) or start == 0


def test_span_covers_removed_noise_inside() -> None:
    text = "加快推進(jìn)新型"
    view = normalize(text)
    begin = view.norm.index("推进")
    start, end = view.span(begin, begin + 4)
    assert text[start:end] == "推進(jìn)新型"
