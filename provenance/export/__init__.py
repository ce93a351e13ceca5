"""Exports of the claim graph, chosen by the output's name.

==============  =====================================================  ===========================
name ends with  format                                                 opens in
==============  =====================================================  ===========================
``.graphml``    GraphML (``provenance.graph.write_graphml``)           Gephi, Cytoscape, yEd, igraph
``.prov.json``  W3C PROV-JSON (``prov_json.py``, the ``prov`` package)  prov, PROV tools
``.json``       networkx node-link JSON                                networkx, d3, scripts
``.html``       a self-contained view for the browser (``html_view.py``) any browser, offline
==============  =====================================================  ===========================

Every writer writes a temporary file beside the target and renames it into
place (``provenance.graph.write_atomic``): an interrupted run never leaves
half a file, and the file gets the user's umask.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import networkx as nx


@dataclass(frozen=True)
class Format:
    suffix: str
    name: str
    write: Callable[[nx.MultiDiGraph, Path], None]


def _graphml(G, path):
    from ..graph import write_graphml
    write_graphml(G, path)


def _node_link(G, path):
    from ..graph import write_json
    write_json(G, path)


def _prov(G, path):
    from .prov_json import write_prov_json
    write_prov_json(G, path)


def _html(G, path):
    from .html_view import write_html
    write_html(G, path)


# longest suffix first: "x.prov.json" is PROV, "x.json" node-link
FORMATS = (
    Format(".prov.json", "W3C PROV-JSON", _prov),
    Format(".graphml", "GraphML", _graphml),
    Format(".json", "node-link JSON", _node_link),
    Format(".html", "HTML view", _html),
)


def format_for(path: str | Path) -> Format | None:
    """The format an output's name asks for, or None."""
    name = Path(path).name.lower()
    return next((f for f in FORMATS if name.endswith(f.suffix)), None)


def suffixes() -> str:
    """The accepted endings, for messages: '.prov.json, .graphml, .json or .html'."""
    names = [f.suffix for f in FORMATS]
    return ", ".join(names[:-1]) + " or " + names[-1]


def write(G: nx.MultiDiGraph, path: str | Path) -> None:
    fmt = format_for(path)
    if fmt is None:
        raise ValueError(f"unknown output format {Path(path).suffix!r}: use {suffixes()}")
    fmt.write(G, Path(path))
