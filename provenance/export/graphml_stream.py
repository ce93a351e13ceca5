"""GraphML written as a stream: one node or one edge at a time, never the whole graph in memory.

``provenance.graph.write_graphml`` hands a networkx graph to networkx's writer, which builds an
XML tree of the whole graph before writing it: at tens of thousands of articles the graph and
its tree take gigabytes. ``GraphMLStream`` takes the nodes and edges in the order
``graph.emit_graph`` produces them and writes the same bytes as that writer does for the same
graph (a test compares them on the seeds and the dev corpus):

- the ``<key>`` elements come first, one per (attribute, type, domain), in the reverse of the
  order they are first met in the document (networkx inserts each new key at the top), so the
  body is written to temporary files while the keys are collected, and the file is put
  together at the end;
- nodes in the order given; an edge's end never given as a node (networkx adds it, with no
  data) gets an empty ``<node>`` after the others, in the order such ends are first named;
- edges as networkx's multigraph lists them: by source node (in node order), then by target
  in the order that source's first edge to each target was given, then in the order given.
  Edges are kept in a temporary SQLite table and read back sorted, so that this order costs
  disk, not memory;
- values are written as ``str(value)``, escaped as ElementTree escapes text and attributes
  (``xml.sax.saxutils.escape``), indented two spaces a level, an empty element as ``<x />``.

Memory grows with the number of node ids (each id's place in node order), not with the
attributes. All nodes are given before the first edge (as ``graph.emit_graph`` gives them).
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from typing import BinaryIO
from xml.sax.saxutils import escape

from networkx.readwrite.graphml import GraphMLWriter

# ElementTree's escaping of an attribute's value, beyond the text's & < >
_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}
_XML_TYPES = GraphMLWriter()  # networkx's table of Python types to GraphML attribute types


def _attr(value: str) -> str:
    return escape(value, _ATTRIBUTE_ENTITIES)


class GraphMLStream:
    """Write nodes (``node``) then edges (``edge``), then ``close``: a directed GraphML document
    on ``out`` (a binary file), as ``provenance.graph.write_graphml`` writes the same graph."""

    def __init__(self, out: BinaryIO):
        self.out = out
        # the body is kept in temporary files until the keys are all known
        self._nodes = tempfile.TemporaryFile()
        # "": a private temporary database on disk, removed when closed
        self._edges = sqlite3.connect("")
        self._edges.execute("CREATE TABLE edge (source INTEGER NOT NULL, seq INTEGER NOT NULL, target INTEGER NOT NULL, "
                            "element TEXT NOT NULL, PRIMARY KEY (source, seq)) WITHOUT ROWID")
        self._pending: list[tuple] = []  # edges not yet inserted
        self._keys: dict[tuple[str, str, str], str] = {}  # (name, type, domain) -> key id
        self._key_ids: set[str] = set()
        self._position: dict[str, int] = {}  # node id -> its place in node order
        self._missing: list[str] = []  # ends of edges given as no node, in order met
        self.n_nodes = 0
        self.n_edges = 0

    def node(self, node_id: str, data: dict) -> None:
        if node_id in self._position:
            raise ValueError(f"node {node_id!r} given twice")
        if self.n_edges:
            raise ValueError(f"node {node_id!r} given after an edge: give every node first")
        self._position[node_id] = len(self._position)
        self.n_nodes += 1
        self._nodes.write(self._element(f'<node id="{_attr(node_id)}"', "node", self._data(data)))

    def edge(self, source: str, target: str, edge_id: str, data: dict) -> None:
        for end in (source, target):
            if end not in self._position:
                self._position[end] = len(self._position)
                self._missing.append(end)
        # kept as its start tag and data: the keys are named in the order the edges are written
        element = json.dumps([f'<edge source="{_attr(source)}" target="{_attr(target)}" id="{_attr(edge_id)}"',
                              self._data(data)], ensure_ascii=False)
        self._pending.append((self._position[source], self.n_edges, self._position[target], element))
        self.n_edges += 1
        if len(self._pending) >= 10_000:
            self._flush()

    def _flush(self) -> None:
        self._edges.executemany("INSERT INTO edge VALUES (?, ?, ?, ?)", self._pending)
        self._pending = []

    def _sorted_edges(self):
        """The edges' XML in networkx's order (see the module's docstring)."""
        self._flush()
        group: list[tuple] = []
        for source, seq, target, element in self._edges.execute("SELECT source, seq, target, element FROM edge "
                                                                "ORDER BY source, seq"):
            if group and group[0][0] != source:
                yield from self._by_target(group)
                group = []
            group.append((source, seq, target, element))
        yield from self._by_target(group)

    def _by_target(self, group: list[tuple]):
        first: dict[int, int] = {}
        for k, (_s, _q, target, _e) in enumerate(group):
            first.setdefault(target, k)
        for _s, _q, _t, element in sorted(group, key=lambda e: first[e[2]]):  # stable: given order within a target
            start, data = json.loads(element)
            yield self._element(start, "edge", data)

    @staticmethod
    def _data(data: dict) -> list[tuple[str, str, str]]:
        """(name, GraphML type, text) of each attribute, as networkx writes it."""
        return [(str(name), _XML_TYPES.get_xml_type(type(value)), str(value)) for name, value in data.items()]

    def _element(self, start: str, domain: str, data: list) -> bytes:
        if not data:
            return self._encode(f"    {start} />\n")
        lines = [f"    {start}>"]
        for name, xml_type, value in data:
            key = self._key(name, xml_type, domain)
            text = escape(value)
            lines.append(f'      <data key="{_attr(key)}">{text}</data>' if text else f'      <data key="{_attr(key)}" />')
        lines.append(f"    </{start[1:5]}>\n")
        return self._encode("\n".join(lines))

    def _key(self, name: str, xml_type: str, domain: str) -> str:
        """The key id of an attribute (``graph._GraphMLWriter.get_key``'s names)."""
        found = self._keys.get((name, xml_type, domain))
        if found is None:
            found = f"{domain}_{name}"
            if found in self._key_ids:  # one attribute written with two types: keep both, apart
                found = f"{domain}_{name}_{xml_type}"
            self._keys[(name, xml_type, domain)] = found
            self._key_ids.add(found)
        return found

    @staticmethod
    def _encode(text: str) -> bytes:
        return text.encode("utf-8", "xmlcharrefreplace")

    def close(self) -> None:
        """Write the document: declaration, keys, the graph's nodes and edges."""
        out = self.out
        edges = tempfile.TemporaryFile()
        for xml in self._sorted_edges():
            edges.write(xml)
        self._edges.close()
        w = GraphMLWriter
        out.write(self._encode(
            "<?xml version='1.0' encoding='utf-8'?>\n"
            f'<graphml xmlns="{_attr(w.NS_GRAPHML)}" xmlns:xsi="{_attr(w.NS_XSI)}" '
            f'xsi:schemaLocation="{_attr(w.SCHEMALOCATION)}">\n'))
        for (name, xml_type, domain), key in reversed(self._keys.items()):
            out.write(self._encode(f'  <key id="{_attr(key)}" for="{_attr(domain)}" attr.name="{_attr(name)}" '
                                   f'attr.type="{_attr(xml_type)}" />\n'))
        for end in self._missing:
            self._nodes.write(self._element(f'<node id="{_attr(end)}"', "node", []))
        self.n_nodes += len(self._missing)
        if self.n_nodes + self.n_edges == 0:
            out.write(self._encode('  <graph edgedefault="directed" />\n</graphml>\n'))
        else:
            out.write(self._encode('  <graph edgedefault="directed">\n'))
            for part in (self._nodes, edges):
                part.seek(0)
                shutil.copyfileobj(part, out)
            out.write(self._encode("  </graph>\n</graphml>\n"))
        self._nodes.close()
        edges.close()


def write_graphml_stream(corpus, path) -> tuple[int, int]:
    """The corpus's claim graph (``graph.emit_graph``) streamed to GraphML at ``path`` (through a
    temporary file, as every writer): (nodes, edges) written."""
    from ..graph import emit_graph, write_atomic

    counts = (0, 0)

    def w(tmp):
        nonlocal counts
        with open(tmp, "wb") as f:
            stream = GraphMLStream(f)
            emit_graph(corpus, stream)
            stream.close()
            counts = (stream.n_nodes, stream.n_edges)
    write_atomic(path, w)
    return counts
