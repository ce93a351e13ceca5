"""The streamed GraphML writer (provenance/export/graphml_stream.py) writes the bytes networkx's
writer (provenance.graph.write_graphml) writes for the same graph: on the seeds, on the dev
corpus, and on any sequence of nodes and edges (hypothesis)."""
from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEEDS, SHARED, needs_shared
from provenance import analyze
from provenance.export.graphml_stream import GraphMLStream, write_graphml_stream
from provenance.graph import _NetworkxSink, build_graph, write_graphml

import networkx as nx


def networkx_bytes(calls, tmp_path) -> bytes:
    G = nx.MultiDiGraph()
    sink = _NetworkxSink(G)
    for kind, args in calls:
        getattr(sink, kind)(*args)
    write_graphml(G, tmp_path / "nx.graphml")
    return (tmp_path / "nx.graphml").read_bytes()


def streamed_bytes(calls) -> bytes:
    out = io.BytesIO()
    stream = GraphMLStream(out)
    for kind, args in calls:
        getattr(stream, kind)(*args)
    stream.close()
    return out.getvalue()


def test_the_seeds_graph_streamed_is_byte_for_byte_networkx_s(seeds_corpus, tmp_path):
    G = build_graph(seeds_corpus)
    write_graphml(G, tmp_path / "nx.graphml")
    assert write_graphml_stream(seeds_corpus, tmp_path / "stream.graphml") == (G.number_of_nodes(), G.number_of_edges())
    assert (tmp_path / "stream.graphml").read_bytes() == (tmp_path / "nx.graphml").read_bytes()


@needs_shared()
def test_the_dev_corpus_graph_streamed_is_byte_for_byte_networkx_s(tmp_path):
    corpus = analyze([SHARED / "dev" / "corpus"])
    write_graphml(build_graph(corpus), tmp_path / "nx.graphml")
    write_graphml_stream(corpus, tmp_path / "stream.graphml")
    assert (tmp_path / "stream.graphml").read_bytes() == (tmp_path / "nx.graphml").read_bytes()


@pytest.mark.parametrize("calls", [
    # edges of one source given apart, to two targets in turn: networkx groups them by target
    [("node", ("a", {"kind": "x"})), ("node", ("b", {"kind": "x"})), ("node", ("c", {"kind": "x"})),
     ("edge", ("a", "b", "e1", {"w": 1.0})), ("edge", ("b", "c", "e2", {"w": 2.0})),
     ("edge", ("a", "c", "e3", {"w": 3.0})), ("edge", ("a", "b", "e4", {"w": 4.0}))],
    # an edge to a node never given: an empty node after the others
    [("node", ("a", {"kind": "x"})), ("edge", ("a", "ghost", "e1", {"kind": "about"}))],
    # one attribute with two types, and values XML must escape
    [("node", ("a", {"n": 1, "t": 'Kata "resmi" & <b>\tbaris\nbaru'})), ("node", ("b", {"n": "satu", "t": ""})),
     ("edge", ("a", "b", 'say "x"', {"flag": True, "n": 2.5}))],
    [],
], ids=["grouped-by-target", "missing-end", "types-and-escaping", "empty"])
def test_cases_networkx_writes_its_own_way(calls, tmp_path):
    assert streamed_bytes(calls) == networkx_bytes(calls, tmp_path)


_ids = st.sampled_from(["a", "b", "c", "d", "claim:1", "x.y"])
_values = st.one_of(st.integers(-5, 5), st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
                    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=6))
_data = st.dictionaries(st.sampled_from(["kind", "label", "score", "n"]), _values, max_size=3)


@settings(max_examples=60, deadline=None)
@given(nodes=st.lists(st.tuples(_ids, _data), unique_by=lambda n: n[0], max_size=4),
       edges=st.lists(st.tuples(_ids, _ids, _data), max_size=8))
def test_any_graph_streamed_is_byte_for_byte_networkx_s(nodes, edges, tmp_path_factory):
    calls = [("node", (nid, data)) for nid, data in nodes]
    calls += [("edge", (u, v, f"e{k}", data)) for k, (u, v, data) in enumerate(edges)]
    assert streamed_bytes(calls) == networkx_bytes(calls, tmp_path_factory.mktemp("g"))


def test_a_node_after_an_edge_is_refused():
    stream = GraphMLStream(io.BytesIO())
    stream.node("a", {"kind": "x"})
    stream.edge("a", "a", "e", {})
    with pytest.raises(ValueError, match="after an edge"):
        stream.node("b", {"kind": "x"})
