"""The Dask path: parse a bag of paths or texts on a local cluster with two worker processes.

Deselect with ``-k "not dask"``; it runs in the default suite (a few seconds to start the cluster).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from policyparse import parse, parse_file
from policyparse.export import TABLES
from tests.helpers import DEV_FILES

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from policyparse.integrations.dask import parse_bag, parse_record, to_dask_dataframes  # noqa: E402

FILES = sorted(DEV_FILES, key=lambda p: p.stat().st_size)[:6]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A local cluster of two worker processes, one thread each."""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=50
    )
    with distributed.Client(cluster) as dask_client:
        dask_client.wait_for_workers(2, timeout=120)
        yield dask_client
    cluster.close()


def test_parse_record_never_raises() -> None:
    from policyparse.batch import ParseOptions

    record = parse_record("/no/such/file.txt", inputs="paths", options=ParseOptions())
    assert record["status"] == "error" and record["path"] == "/no/such/file.txt"
    record = parse_record(("id-1", "通知"), inputs="texts", options=ParseOptions(max_chars=1))
    assert record["status"] == "error" and "limit" in record["error"]
    record = parse_record(42, inputs="texts", options=ParseOptions())
    assert record["status"] == "error"


def test_dask_bag_of_paths_on_a_local_cluster(client: Any) -> None:
    paths = [str(p) for p in FILES] + ["/no/such/file.txt"]
    records = parse_bag(db.from_sequence(paths, npartitions=3)).compute()
    assert [r["path"] for r in records] == paths
    assert [r["status"] for r in records] == ["ok"] * len(FILES) + ["error"]
    for path, record in zip(FILES, records, strict=False):
        assert record["notice"] == json.loads(parse_file(path).model_dump_json())
    assert len(client.scheduler_info()["workers"]) == 2


def test_dask_bag_of_texts_and_tables(client: Any) -> None:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in FILES if p.suffix == ".txt"]
    records = parse_bag(db.from_sequence(texts, npartitions=2), inputs="texts", include_text=False).persist()
    tables = to_dask_dataframes(records)
    assert set(tables) == set(TABLES)
    computed = dict(zip(tables, dask.compute(*tables.values()), strict=True))
    notices = [parse(text) for _, text in texts]
    documents = computed["documents"]
    assert documents["doc_id"].tolist() == [name for name, _ in texts]
    assert documents["chars"].isna().all()  # include_text=False
    assert len(computed["headings"]) == sum(len(n.headings) for n in notices)
    assert len(computed["targets"]) == sum(len(n.targets) for n in notices)
    assert len(computed["tasks"]) == sum(len(n.tasks) for n in notices)
    for name, frame in computed.items():
        assert list(frame.columns) == [column for column, _ in TABLES[name]]
