"""Accuracy by input form: the annotated documents re-printed in other forms, scored against the
same gold. ``python scripts/input_forms.py [--forms trad,wrap] [--misses FORM]``.

Users' input comes as Traditional script, GBK bytes, HTML pages, PDF or Word extractions with
hard line breaks, and pages that lost their line breaks. A document's gold does not change with
its form, so each annotated plain-text document of ``tests/fixtures`` (the dev fixtures and the
blind sets) is re-printed in each form and scored against its own gold, in this process
(:func:`policyparse.evaluate.evaluate`). The difference from the ``orig`` row is what the form
costs. Forms:

* ``trad``: OpenCC ``s2t``; ``gbk``: the bytes in GB 18030; ``html``: a ``<p>`` per line;
* ``wrap``: each line hard-wrapped at 28–40 columns (chosen per document; ASCII half a column,
  no break inside a run of Latin letters and digits, no line opening with a closing mark, the
  paragraph's indent lost) — as text copied from a PDF;
* ``runon``: every line break removed; ``runon_sp``: every line break replaced by a space.

The last three change the lines, so they take only documents printed a paragraph per line (not
already hard-wrapped or run into one line: those are such forms already; and not Markdown, whose
markup no PDF or joined page keeps); ``orig_layout`` scores those documents as given.

Only UTF-8 ``.txt``/``.md`` documents without markup take part (the others already are a form).
"""

from __future__ import annotations

import argparse
import html
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
#: The forms that change the lines: scored on the documents printed one paragraph per line.
_LAYOUT_FORMS = ("orig_layout", "wrap", "runon", "runon_sp")
FIELDS = (
    ("overall", lambda s: s["overall"]),
    ("headings", lambda s: s["headings"]["f1"]),
    ("targets", lambda s: s["targets"]["f1"]),
    ("tasks", lambda s: s["tasks"]["f1"]),
    ("indicators", lambda s: s["indicators"]["f1"]),
    ("agencies", lambda s: s["agencies"]["f1"]),
    ("owners", lambda s: s["owners"]["f1"]),
    ("date", lambda s: s["metadata"]["date"]),
    ("文号", lambda s: s["metadata"]["doc_number"]),
    ("issuers", lambda s: s["metadata"]["issuers"]),
    ("title", lambda s: s["metadata"]["title"]),
)


def _html(text: str) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}\n</body></html>\n"


def _forms() -> dict[str, Callable[[str], tuple[str, str]]]:
    import opencc

    from policyparse.evaluate.forms import hard_wrap, page_width, run_together

    to_traditional = opencc.OpenCC("s2t").convert
    return {
        "orig": lambda t: (t, ".txt"),
        "trad": lambda t: (to_traditional(t), ".txt"),
        "gbk": lambda t: (t, ".gbk"),
        "html": lambda t: (_html(t), ".html"),
        "orig_layout": lambda t: (t, ".txt"),
        "wrap": lambda t: (hard_wrap(t, page_width(t)), ".txt"),
        "runon": lambda t: (run_together(t), ".txt"),
        "runon_sp": lambda t: (run_together(t, " "), ".txt"),
    }


def _plain_text(path: Path) -> str | None:
    if path.suffix not in (".txt", ".md"):
        return None
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return None if any(tag in text for tag in ("<p", "<div", "<br")) else text


def _sets() -> list[tuple[str, Path, Path]]:
    sets = [("dev", FIXTURES / "dev", FIXTURES / "gold")]
    blind = sorted(
        (p for p in FIXTURES.glob("blind*") if (p / "gold").is_dir()), key=lambda p: (len(p.name), p.name)
    )
    return sets + [(p.name, p / "docs", p / "gold") for p in blind]


def _wrappable(text: str) -> bool:
    """A document printed a paragraph per line, without Markdown (a PDF or a crawler that ran the
    lines together would not keep ``#`` headings or front matter)."""
    from policyparse.textwraps import text_wrap_cuts

    lines = [line for line in text.split("\n") if line.strip()]
    markdown = any(line.startswith(("#", "---")) for line in lines)
    return len(lines) >= 8 and max(map(len, lines)) <= 1500 and not markdown and not text_wrap_cuts(text)


def _parse(text: str, suffix: str) -> dict[str, Any]:
    """The JSON of the text as a file of its form would give it (GB 18030 bytes, an HTML page)."""
    import tempfile

    from policyparse import parse, parse_file

    if suffix == ".txt":
        notice = parse(text)
    else:
        data = text.encode("gb18030" if suffix == ".gbk" else "utf-8")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / ("doc.txt" if suffix == ".gbk" else "doc.html")
            path.write_bytes(data)
            notice = parse_file(path)
    result: dict[str, Any] = notice.model_dump(mode="json")
    return result


def run(forms: list[str], misses: str | None) -> dict[str, dict[str, float]]:
    from policyparse.evaluate import evaluate

    makers = _forms()
    table: dict[str, dict[str, float]] = {}
    for form in forms:
        totals: dict[str, float] = dict.fromkeys((name for name, _ in FIELDS), 0.0)
        weights: dict[str, int] = dict.fromkeys((name for name, _ in FIELDS), 0)
        count = 0
        for _, docs, gold in _sets():
            texts = {}
            for path in sorted(docs.iterdir()):
                text = _plain_text(path)
                known = text is not None and (gold / f"{path.stem}.json").exists()
                if known and text is not None and (form not in _LAYOUT_FORMS or _wrappable(text)):
                    texts[path.stem] = makers[form](text)
            if not texts:
                continue
            result = evaluate(
                gold, predictor=lambda doc_id, texts=texts: _parse(*texts[doc_id]), only=sorted(texts)
            )
            summary = result.summary()
            for name, read in FIELDS:
                try:
                    value = read(summary)
                except KeyError:
                    continue  # no document of the set has that layer (task owners)
                totals[name] += value * summary["documents"]
                weights[name] += summary["documents"]
            count += summary["documents"]
            if form == misses:
                for miss in result.misses():
                    print(f"{docs.parent.name}/{miss.doc_id}  {miss.kind}  {miss.detail}", file=sys.stderr)
        table[form] = {name: totals[name] / weights[name] for name in totals if weights[name]} | {
            "documents": count
        }
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", default="orig,trad,gbk,html,orig_layout,wrap,runon,runon_sp")
    parser.add_argument("--misses", metavar="FORM", help="print that form's misses to stderr")
    args = parser.parse_args(argv)
    table = run(args.forms.split(","), args.misses)
    print("| form | documents | " + " | ".join(name for name, _ in FIELDS) + " |")
    print("|---|---|" + "---|" * len(FIELDS))
    for form, row in table.items():
        cells = " | ".join(f"{row[name]:.3f}" if name in row else "—" for name, _ in FIELDS)
        print(f"| {form} | {row['documents']:.0f} | {cells} |")


if __name__ == "__main__":
    main()
