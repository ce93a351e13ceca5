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
from provenance.graph import GraphIds


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
    orig = {d["id"]: (u, v, d) for u, v, d in seeds_graph.edges(data=True)}
    got = {d["id"]: (u, v, d) for u, v, d in back.edges(data=True)}
    assert orig == got


def test_edge_ids_are_unique(seeds_graph):
    ids = [d["id"] for _, _, d in seeds_graph.edges(data=True)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("raw, expected", [
    ("claim:000_7072c18476457dd8#c004", "claim:000_7072c18476457dd8.c004"),
    ("article:pages/kompas~2", "article:pages.kompas.2"),
    ("source:Kementerian_Luar_Negeri", "source:Kementerian_Luar_Negeri"),
    ("article:berita ²×", "article:berita___"),
    ("event:2025-01-21:jakarta", "event:2025-01-21:jakarta"),
])
def test_graph_ids_are_xml_name_tokens(raw, expected):
    assert GraphIds()(raw) == expected


def test_graph_ids_stay_unique_when_two_corpus_ids_fold_into_one():
    ids = GraphIds()
    assert [ids("claim:a#c001"), ids("claim:a.c001"), ids("claim:a#c001")] == \
        ["claim:a.c001", "claim:a.c001-2", "claim:a.c001"]


def test_every_id_in_the_graph_is_a_name_token(seeds_graph):
    import re
    token = re.compile(r"^[\w.:-]+$")
    assert all(token.match(n) for n in seeds_graph.nodes)
    assert all(token.match(d["id"]) for _, _, d in seeds_graph.edges(data=True))
    for _, d in seeds_graph.nodes(data=True):  # what claims name is a node of the graph
        for ref in ("article", "cluster", "event"):
            if d.get(ref) and d["kind"] == "claim":
                assert d[ref] in seeds_graph


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
    assert {d["id"]: (u, v, d) for u, v, d in back.edges(data=True)} == \
        {d["id"]: (u, v, d) for u, v, d in G.edges(data=True)}
    assert to_json(G)  # the JSON writer takes whatever GraphML takes
