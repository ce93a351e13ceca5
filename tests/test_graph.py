"""The GraphML export: the contract, round trips, stable bytes, a second client."""
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import EVAL, ROOT, SEEDS, needs_shared
from provenance import analyze_texts, build_graph, to_json, write_graphml


@pytest.fixture(scope="module")
def seeds_graph(seeds_corpus):
    return build_graph(seeds_corpus)


def test_every_node_and_edge_has_kind_and_label(seeds_graph):
    for _, d in seeds_graph.nodes(data=True):
        assert d["kind"] and "label" in d
    for _, _, d in seeds_graph.edges(data=True):
        assert d["kind"] and "label" in d


def test_claim_offsets_slice_the_article(seeds_graph):
    for n, d in seeds_graph.nodes(data=True):
        if d["kind"] == "claim":
            text = (SEEDS / seeds_graph.nodes[d["article"]]["path"]).read_text(encoding="utf-8")
            span = text[d["start"]:d["end"]]
            assert span and d["text"].split()[0].strip('"“') in span


def test_graphml_round_trip_keeps_nodes_edges_and_attributes(seeds_graph, tmp_path):
    p = tmp_path / "g.graphml"
    write_graphml(seeds_graph, p)
    back = nx.read_graphml(p, force_multigraph=True)
    assert set(back.nodes) == set(seeds_graph.nodes)
    assert back.number_of_edges() == seeds_graph.number_of_edges()
    for n, d in seeds_graph.nodes(data=True):
        assert back.nodes[n] == d
    orig = {d["eid"]: (u, v, d) for u, v, d in seeds_graph.edges(data=True)}
    got = {d["eid"]: (u, v, d) for u, v, d in back.edges(data=True)}
    assert orig == got


def test_edge_ids_are_unique(seeds_graph):
    ids = [d["eid"] for _, _, d in seeds_graph.edges(data=True)]
    assert len(ids) == len(set(ids))


def test_two_runs_give_the_same_bytes(tmp_path):
    out = []
    for i, seed in enumerate(("0", "1", "2")):
        p = tmp_path / f"g{i}.graphml"
        subprocess.run([sys.executable, "-m", "provenance", "graph", str(SEEDS), "-o", str(p)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT, capture_output=True)
        out.append(p.read_bytes())
    assert out[0] == out[1] == out[2]


def test_bundled_graph_is_up_to_date(tmp_path):
    """graphs/seeds.graphml must be what the README's command writes today."""
    p = tmp_path / "seeds.graphml"
    subprocess.run([sys.executable, "-m", "provenance", "graph", "seeds", "-o", str(p)], check=True, cwd=ROOT,
                   capture_output=True)
    assert p.read_bytes() == (ROOT / "graphs" / "seeds.graphml").read_bytes(), \
        "graphs/seeds.graphml is stale: run `provenance graph seeds -o graphs/seeds.graphml --force`"


def test_igraph_reads_it(seeds_graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    p = tmp_path / "g.graphml"
    write_graphml(seeds_graph, p)
    g = igraph.Graph.Read_GraphML(str(p))
    assert g.vcount() == seeds_graph.number_of_nodes()
    assert g.ecount() == seeds_graph.number_of_edges()
    assert set(g.es["kind"]) >= {"contains", "member_of", "attributed_to", "cites"}


@needs_shared()
def test_contract_checker_finds_no_breach(tmp_path):
    p = tmp_path / "g.graphml"
    subprocess.run([sys.executable, "-m", "provenance", "graph", "seeds", "-o", str(p)], check=True, cwd=ROOT,
                   capture_output=True)
    r = subprocess.run([sys.executable, str(EVAL / "check_graph.py"), str(p), "--corpus", "seeds"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout


text_st = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(text_st, min_size=1, max_size=3))
def test_any_text_round_trips_through_graphml(tmp_path_factory, texts):
    corpus = analyze_texts({f"t{i}.txt": t for i, t in enumerate(texts)})
    G = build_graph(corpus)
    p = tmp_path_factory.mktemp("rt") / "g.graphml"
    write_graphml(G, p)
    back = nx.read_graphml(p, force_multigraph=True)
    assert set(back.nodes) == set(G.nodes)
    for n, d in G.nodes(data=True):
        assert back.nodes[n] == d
    assert {d["eid"]: (u, v, d) for u, v, d in back.edges(data=True)} == \
        {d["eid"]: (u, v, d) for u, v, d in G.edges(data=True)}
    assert to_json(G)  # the JSON writer takes whatever GraphML takes
