"""A self-contained HTML view of the claim graph, drawn with pyvis (vis-network).

One file that a browser opens offline: pyvis inlines vis-network and its
filter menu (``cdn_resources="in_line"``); the two stylesheet and script tags
its template always points at a CDN (Bootstrap, for the look of the menu) are
taken out and replaced by a few lines of CSS, and a test checks that the file
names no remote resource.

What it shows: nodes coloured and shaped by kind (the legend on top), claims
with their text, offsets, speaker, sources and event on hover, discrepancy
edges in red with their type and what differs, rewrites in blue. The filter
menu (pyvis's own) selects nodes by ``kind``, ``event`` or ``outlet``, or the
ends of edges by ``kind`` (``discrepancy``); a click on a node greys out all
but its neighbourhood. Claims no other outlet carries are alone in their
cluster: those one-member clusters are left out of the view (they are in the
GraphML).
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx

SHAPES = {"article": "square", "claim": "dot", "cluster": "diamond", "source": "triangle", "event": "star"}
EDGE_STYLE = {  # kind -> (colour, width, dashes)
    "contains": ("#cfd8dc", 1, False),
    "member_of": ("#e6c200", 1, False),
    "attributed_to": ("#81c784", 1, False),
    "cites": ("#2e7d32", 2, False),
    "about": ("#f8bbd0", 1, False),
    "suggested_match": ("#ffb300", 1, True),
    "derived_from": ("#1e88e5", 4, False),
    "discrepancy": ("#e53935", 4, False),
}
# how many characters of a claim name it in the drawing (the whole text is on hover)
LABEL_CHARS = 28
CSS = """
body { font-family: system-ui, sans-serif; margin: 0.5em; }
header h1 { font-size: 1.2em; margin: 0.2em 0; }
header p { margin: 0.2em 0; color: #455a64; }
.legend span { display: inline-block; margin-right: 1em; white-space: nowrap; }
.legend i { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: middle; }
#filter-menu .row { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin: 0.4em 0; }
#filter-menu .row > div { flex: 1 1 12em; }
#filter-menu .col-1, #filter-menu .col-2 { flex: 0 0 auto; }
#mynetwork { border: 1px solid #cfd8dc; }
div.vis-tooltip { white-space: pre-wrap !important; max-width: 36em; font-family: system-ui, sans-serif; }
"""


def _hex(d: dict) -> str:
    return f"#{int(d['r']):02x}{int(d['g']):02x}{int(d['b']):02x}"


def _safe_title(text: str) -> str:
    # pyvis switches its tooltips to raw HTML (innerHTML) when any title holds "href";
    # a zero-width joiner keeps article text from flipping that switch
    return text.replace("href", "hre\u200df")


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _node_events(G: nx.MultiDiGraph) -> dict[str, str]:
    """The event each node belongs to, for the filter: a claim's own, an article's and a
    cluster's most frequent among their claims, an event itself."""
    out: dict[str, str] = {}
    by_article: dict[str, Counter] = {}
    by_cluster: dict[str, Counter] = {}
    for n, d in G.nodes(data=True):
        if d["kind"] == "event":
            out[n] = n
        elif d["kind"] == "claim" and d["event"]:
            out[n] = d["event"]
            by_article.setdefault(d["article"], Counter())[d["event"]] += 1
            by_cluster.setdefault(d["cluster"], Counter())[d["event"]] += 1
    for table in (by_article, by_cluster):
        for n, counts in table.items():
            out[n] = min(counts, key=lambda e: (-counts[e], e))
    return out


def _title(G: nx.MultiDiGraph, n: str, d: dict) -> str:
    kind = d["kind"]
    if kind == "claim":
        a = G.nodes[d["article"]]
        lines = [f"claim ({d['claim_type']}) · {a['outlet'] or a['path']}" + (f" · {a['published']}" if a["published"] else ""),
                 d["text"], "", f"evidence: {a['path']}:{d['start']}-{d['end']}"]
        if d["speaker"]:
            lines.append(f"speaker: {d['speaker']}" + (f" (“{d['speaker_evidence']}”)" if d["speaker_evidence"] else ""))
        if d["sources"]:
            lines.append("credited to: " + d["sources"].replace("|", ", "))
        if d["event"]:
            lines.append(f"event: {G.nodes[d['event']]['label'] if d['event'] in G else d['event']}")
        return "\n".join(lines)
    if kind == "article":
        return "\n".join(x for x in (f"article · {d['outlet'] or '?'} · {d['published'] or 'undated'} · {d['language']}",
                                     d["title"], d["path"]) if x)
    if kind == "source":
        return f"source · {d['name']} ({d['source_type']}{', ' + d['role'] if d['role'] != 'text' else ''})"
    if kind == "event":
        return "\n".join(x for x in (f"event · {d['label']}", d["evidence"]) if x)
    return f"the same claim in {d['members']} articles ({d['outlets'].replace('|', ', ')})\n{d['label']}"


def _edge_title(d: dict) -> str:
    extra = d.get("detail") or d.get("evidence") or ""
    return d["label"] + (f"\n{extra}" if extra else "")


def build_view(G: nx.MultiDiGraph):
    from pyvis.network import Network

    net = Network(height="780px", width="100%", directed=True, cdn_resources="in_line", filter_menu=True,
                  neighborhood_highlight=True)
    lonely = {n for n, d in G.nodes(data=True) if d["kind"] == "cluster" and d["members"] < 2}
    events = _node_events(G)
    for n, d in G.nodes(data=True):
        if n in lonely:
            continue
        kind = d["kind"]
        label = _short(d["text"], LABEL_CHARS) if kind == "claim" else d["label"]
        outlet = d.get("outlet", "") if kind == "article" else (
            G.nodes[d["article"]]["outlet"] if kind == "claim" else "")
        net.add_node(n, label=label, title=_safe_title(_title(G, n, d)), color=_hex(d), shape=SHAPES[kind],
                     size=min(float(d["size"]), 30.0), kind=kind, event=events.get(n, ""), outlet=outlet)
    for u, v, d in G.edges(data=True):
        if u in lonely or v in lonely:
            continue
        colour, width, dashes = EDGE_STYLE.get(d["kind"], ("#b0bec5", 1, False))
        shown = d["kind"] in ("discrepancy", "derived_from")
        net.add_edge(u, v, title=_safe_title(_edge_title(d)), color=colour, width=width, dashes=dashes,
                     kind=d["kind"], label=d["label"] if shown else "")
    net.set_options(json.dumps({
        "layout": {"randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
                  "font": {"size": 10, "align": "middle"}},
        "nodes": {"font": {"size": 11}},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 80},
                    "stabilization": {"iterations": 400}},
    }))
    return net, len(lonely)


def _legend(G: nx.MultiDiGraph) -> str:
    seen: dict[str, str] = {}
    for _, d in G.nodes(data=True):
        key = d["kind"] if d["kind"] != "claim" else f"claim ({d['claim_type']})"
        key = key if d["kind"] != "source" else f"source ({d['source_type']})"
        seen.setdefault(key, _hex(d))
    items = [f'<span><i style="background:{c}"></i>{html.escape(k)}</span>' for k, c in sorted(seen.items())]
    for kind in ("discrepancy", "derived_from"):
        items.append(f'<span><i style="background:{EDGE_STYLE[kind][0]};height:0.25em"></i>{kind} edge</span>')
    return "".join(items)


def to_html(G: nx.MultiDiGraph) -> str:
    net, n_lonely = build_view(G)
    page = net.generate_html()
    # the template's CDN tags (Bootstrap) would need the network: out, with our few lines of CSS instead
    page = re.sub(r"\s*<link[^>]*href=\"https?://[^\"]*\"[^>]*/?>", "", page)
    page = re.sub(r"\s*<script[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>", "", page)
    page = re.sub(r"\s*<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    page = re.sub(r"\s*<!--[^>]*node_modules.*?-->", "", page, flags=re.S)  # a commented-out local copy
    kinds = Counter(d["kind"] for _, d in G.nodes(data=True))
    edges = Counter(d["kind"] for _, _, d in G.edges(data=True))
    summary = (f"{kinds['article']} articles, {kinds['claim']} claims, {kinds['source']} sources, "
               f"{kinds['event']} events; {edges['discrepancy']} discrepancies, "
               f"{edges['derived_from']} likely {'rewrite' if edges['derived_from'] == 1 else 'rewrites'}. "
               f"{n_lonely} claims no other article carries are shown without their one-member cluster.")
    header = (f'<header><h1>Claim graph</h1><p>{html.escape(summary)}</p>'
              f'<p>Hover a node or edge for its text and evidence; click a node to see its neighbours; '
              f'filter by node <b>kind</b>, <b>event</b> or <b>outlet</b>, or by edge <b>kind</b>.</p>'
              f'<p class="legend">{_legend(G)}</p></header>')
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="en">', 1)
    page = page.replace("<head>", '<head>\n<meta name="viewport" content="width=device-width, initial-scale=1">'
                                  "\n<title>Claim graph</title>", 1)
    page = page.replace("</head>", f"<style>{CSS}</style>\n</head>", 1)
    page = page.replace("<body>", f"<body>\n{header}", 1)
    return page


def write_html(G: nx.MultiDiGraph, path: str | Path) -> None:
    from ..graph import write_text_atomic

    write_text_atomic(path, to_html(G))
