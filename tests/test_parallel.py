"""Extraction across processes (``provenance add --jobs N``) stores what one process stores."""
from __future__ import annotations

import pickle
import zlib

import pytest

from provenance.cli import main
from provenance.store import Store

from conftest import SEEDS


def documents(db) -> list:
    with Store(db) as store:
        return [(aid, path, n, pickle.loads(zlib.decompress(doc))) for aid, path, n, doc in store.db.execute(
            "SELECT id, path, n_claims, doc FROM articles ORDER BY seq")]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The seeds added with one process and with two (two articles a batch: the pool's results
    cross batches), and each store's graph."""
    out = {}
    for jobs in (1, 2):
        folder = tmp_path_factory.mktemp(f"jobs{jobs}")
        db, graph = folder / "desk.db", folder / "desk.graphml"
        for argv in (["add", str(SEEDS), "--store", str(db), "--jobs", str(jobs), "--batch", "2"],
                     ["graph", "--store", str(db), "-o", str(graph)]):
            with pytest.raises(SystemExit) as exit_:
                main(argv)
            assert exit_.value.code == 0
        out[jobs] = db, graph
    return out


def test_two_processes_give_the_same_graph_bytes_as_one(stores):
    assert stores[2][1].read_bytes() == stores[1][1].read_bytes()


def test_two_processes_store_the_same_documents_in_the_same_order(stores):
    one, two = documents(stores[1][0]), documents(stores[2][0])
    assert [d[:3] for d in two] == [d[:3] for d in one]
    assert all(a[3] == b[3] for a, b in zip(one, two))
