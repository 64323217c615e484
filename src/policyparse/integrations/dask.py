"""Dask integration (the ``dask`` extra): parse a collection on a cluster.

Map the parser over a :class:`dask.bag.Bag` of file paths or texts, get back records (the
same shape as the JSON Lines of ``policyparse parse``) and, from them, one Dask DataFrame per
table of :mod:`policyparse.export`::

    import dask.bag as db
    from distributed import Client
    from policyparse.integrations.dask import parse_bag, to_dask_dataframes

    client = Client("tcp://scheduler:8786")          # or Client(LocalCluster(...))
    records = parse_bag(db.from_sequence(paths, npartitions=64)).persist()
    tables = to_dask_dataframes(records)
    tables["targets"].to_parquet("s3://bucket/targets/")

The workers read the paths themselves, so the files must be visible to them (shared disk,
or pass texts instead). Records of failed inputs have ``status`` ``"error"`` and are skipped
by the tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from policyparse.batch import Input, ParseOptions, parse_input
from policyparse.io import InputError
from policyparse.pipeline import DEFAULT_MAX_CHARS, InputTooLarge, parse

Record = dict[str, Any]


def _text_item(item: Any) -> tuple[str | None, str]:
    if isinstance(item, tuple) and len(item) == 2:
        return (None if item[0] is None else str(item[0])), str(item[1])
    if isinstance(item, str):
        return None, item
    raise TypeError(f"expected a text or an (id, text) pair, got {type(item).__name__}")


def parse_record(
    item: Any, *, inputs: Literal["paths", "texts"], options: ParseOptions, include_text: bool = True
) -> Record:
    """Parse one bag item into a record (never raises on bad input).

    A path gives ``{"path", "status": "ok", "notice"}`` or ``{"path", "status": "error",
    "error"}``; a text gives the same with ``path`` set to its id (or ``None``).
    """
    exclude = None if include_text else {"text"}
    name: str | None
    try:
        if inputs == "paths":
            name = str(item)
            notice = parse_input(Input(name, Path(name).name), options)
        else:
            name, text = _text_item(item)
            notice = parse(
                text,
                anchor_date=options.anchor_date,
                simplified=options.simplified,
                keywords=options.keywords,
                max_chars=options.max_chars,
            )
    except InputError as error:
        return {"path": error.path, "status": "error", "error": error.reason}
    except (InputTooLarge, TypeError) as error:
        return {"path": None if inputs == "texts" else str(item), "status": "error", "error": str(error)}
    except Exception as error:  # fault isolation: one input never fails the computation
        where = str(item) if inputs == "paths" else None
        return {"path": where, "status": "error", "error": f"internal error: {type(error).__name__}: {error}"}
    return {"path": name, "status": "ok", "notice": notice.model_dump(mode="json", exclude=exclude)}


def parse_bag(
    bag: Any,
    *,
    inputs: Literal["paths", "texts"] = "paths",
    encoding: str | None = None,
    simplified: bool = False,
    anchor_date: dt.date | None = None,
    keywords: bool = False,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    include_text: bool = True,
) -> Any:
    """Map the parser over a :class:`dask.bag.Bag`; return a bag of records.

    Args:
        bag: Items are file paths (``inputs="paths"``, read by the workers), or texts given
            as ``str`` or ``(id, text)`` pairs (``inputs="texts"``).
        inputs: What the items are.
        encoding: Override encoding detection (paths only).
        simplified: Emit extracted strings in Simplified script.
        anchor_date: Date that relative deadlines resolve against.
        keywords: Fill the keywords of notices and tasks.
        max_chars: Input size limit in characters; ``None`` for no limit.
        include_text: ``False`` leaves ``text`` out of the notices (smaller records).

    Returns:
        A bag of dicts ``{"path", "status": "ok", "notice": {...}}`` (the notice in JSON form)
        or ``{"path", "status": "error", "error": "..."}``.
    """
    if inputs not in ("paths", "texts"):
        raise ValueError(f"inputs must be 'paths' or 'texts', not {inputs!r}")
    options = ParseOptions(
        encoding=encoding,
        simplified=simplified,
        anchor_date=anchor_date,
        keywords=keywords,
        max_chars=max_chars,
    )
    return bag.map(parse_record, inputs=inputs, options=options, include_text=include_text)


def _partition_tables(records: Iterable[Record]) -> list[dict[str, Any]]:
    """The pandas tables of one partition of records (a one-element list, as bags want)."""
    from policyparse.export import collect_rows, rows_to_dataframes

    return [rows_to_dataframes(collect_rows(records))]


def _table(partition: list[dict[str, Any]], name: str) -> Any:
    return partition[0][name]


def to_dask_dataframes(records: Any) -> dict[str, Any]:
    """One :class:`dask.dataframe.DataFrame` per export table, from a bag of records.

    ``records`` is what :func:`parse_bag` returns. Each partition of the bag becomes one
    partition of every table; compute the tables together (``dask.compute(*tables.values())``)
    or :meth:`~dask.bag.Bag.persist` the records first, so that documents are parsed once.
    """
    import dask.dataframe as dd
    from dask.delayed import delayed

    from policyparse.export import TABLES, empty_dataframes

    meta = empty_dataframes()
    parts = records.map_partitions(_partition_tables).to_delayed()
    table = delayed(_table, pure=True)
    return {name: dd.from_delayed([table(part, name) for part in parts], meta=meta[name]) for name in TABLES}


__all__ = ["parse_bag", "parse_record", "to_dask_dataframes"]
