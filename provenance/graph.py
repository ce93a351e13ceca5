"""The claim graph (networkx) and its writers: GraphML and node-link JSON.

The graph keeps ``../shared/eval/GRAPH_CONTRACT.md``: node kinds article,
claim, cluster, source, event; edge kinds contains, member_of,
attributed_to, cites, derived_from, discrepancy, about (and
``suggested_match`` for pairs the report only suggests). Every node and edge
has ``kind`` and ``label``; every value is a GraphML scalar (lists joined
with ``|``, unknown as ``""``); nodes carry Gephi's ``r``, ``g``, ``b`` and
``size``, edges a ``weight``. The same corpus always gives the same bytes.

Ids are readable and stable (Cytoscape shows node ids as names) and valid
GraphML: the schema types node, edge and key ids as XML name tokens, so the
graph id of a claim is ``claim:000_7072c18476457dd8.c004`` where the corpus
says ``claim:...#c004`` (see ``GraphIds``). Edge ids are unique (Gephi and yEd
drop repeated ones) and kept in the edge's ``id`` attribute too: igraph reads
an edge attribute named ``id`` as it stands, and otherwise fills ``id`` with
node ids. Key ids are unique in the document and name their domain and
attribute (``node_kind``, ``edge_kind``; ``attr.name`` stays ``kind``), never
``d3`` or ``d7``, which Gephi reads as the label.

Writers never leave half a file: they write a temporary file beside the
target, created with the user's umask, and rename it into place. Other
formats (PROV-JSON, the HTML view) live in ``provenance/export/``; ``write``
picks the writer by the output's name.
"""
from __future__ import annotations

import json
import os
import re
import secrets
from pathlib import Path

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from .pipeline import Corpus

COLOURS = {
    "article": (66, 133, 244),
    "claim:statement": (158, 158, 158),
    "claim:quote": (255, 152, 0),
    "claim:headline": (156, 39, 176),
    "claim:caption": (0, 150, 136),
    "cluster": (255, 235, 59),
    "source:wire": (229, 57, 53),
    "source:government": (46, 125, 50),
    "source:outlet": (30, 136, 229),
    "source:person": (121, 85, 72),
    "source:other": (96, 125, 139),
    "event": (216, 27, 96),
}
SIZES = {"article": 30.0, "claim": 8.0, "cluster": 12.0, "source": 20.0, "event": 25.0}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _s(v) -> str:
    """A GraphML-safe string: XML forbids most control characters."""
    # XML reads a carriage return back as a newline: write it as one
    return _CONTROL.sub(" ", "" if v is None else str(v)).replace("\r\n", "\n").replace("\r", "\n")


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# XML 1.0 (fifth edition) NameChar: what a GraphML id (xs:NMTOKEN) may hold
_NAME_CHAR = re.compile(
    "[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
    "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
    "\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]")
# separators in corpus ids that are not name characters: '#' before a claim's
# number, '/' in a path, '~' before the number of a repeated name
_READABLE = {"#": ".", "/": ".", "~": "."}


class GraphIds:
    """Graph ids for corpus ids: XML name tokens, readable, unique, the same on every run.

    A character GraphML does not allow in an id becomes '.' where it separates
    parts ('#', '/', '~') and '_' otherwise; should two corpus ids fold into one,
    the later gets '-2', '-3', ... (in the order the graph is built, which is fixed).
    """

    def __init__(self):
        self._ids: dict[str, str] = {}
        self._taken: set[str] = set()

    def __call__(self, raw: str) -> str:
        if raw in self._ids:
            return self._ids[raw]
        base = "".join(ch if _NAME_CHAR.fullmatch(ch) else _READABLE.get(ch, "_") for ch in raw) or "_"
        gid, k = base, 2
        while gid in self._taken:
            gid, k = f"{base}-{k}", k + 1
        self._taken.add(gid)
        self._ids[raw] = gid
        return gid


def source_id(name: str, role: str = "text") -> str:
    """A source's id (before ``GraphIds``). A photo agency credited for an image gets a node
    of its own ("source:Antara:photo"), so that what the agency's text cites is not read as
    what the photo cites."""
    base = "source:" + (re.sub(r"[^\w.-]+", "_", name).strip("_") or "unknown")
    return base if role == "text" else f"{base}:{role}"


def cluster_node_id(cluster_key: str) -> str:
    return "cluster:" + cluster_key.removeprefix("claim:")


class _NetworkxSink:
    """``emit_graph``'s nodes and edges into a networkx graph."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G = G

    def node(self, node_id: str, data: dict) -> None:
        self.G.add_node(node_id, **data)

    def edge(self, source: str, target: str, edge_id: str, data: dict) -> None:
        self.G.add_edge(source, target, key=edge_id, **data)


def build_graph(corpus: Corpus) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    emit_graph(corpus, _NetworkxSink(G))
    return G


def emit_graph(corpus: Corpus, sink) -> None:
    """The claim graph's nodes, then its edges, each handed once to ``sink.node(id, data)`` or
    ``sink.edge(source, target, id, data)`` in a fixed order: into networkx (``build_graph``),
    or straight into a file (``export.graphml_stream``). Goes through ``corpus.articles`` twice
    and keeps no article or claim, only a few strings a claim (a store's articles are read a
    chunk at a time, ``store.StoredArticles``)."""
    gid = GraphIds()
    edge_ids: set[str] = set()

    def node(nid: str, kind: str, colour: str, **attrs):
        r, g, b = COLOURS[colour]
        attrs = {k: (_s(v) if isinstance(v, str) else v) for k, v in attrs.items()}
        sink.node(gid(nid), dict(kind=kind, r=r, g=g, b=b, size=float(attrs.pop("size", SIZES[kind])), **attrs))

    def edge(u: str, v: str, kind: str, label: str, weight: float = 1.0, tag: str = "", **attrs):
        u, v = gid(u), gid(v)
        # parallel edges of one kind (two discrepancies between the same claims) get -2, -3, ...
        base = f"{kind}:{gid(tag) + ':' if tag else ''}{u}--{v}"
        eid, k = base, 2
        while eid in edge_ids:
            eid, k = f"{base}-{k}", k + 1
        edge_ids.add(eid)
        attrs = {k: (_s(v) if isinstance(v, str) else v) for k, v in attrs.items()}
        sink.edge(u, v, eid, dict(id=eid, kind=kind, label=_s(label), weight=float(weight), **attrs))

    # events first, so claims can name them
    for ev in corpus.events:
        node(ev.id, "event", "event", label=ev.label, date=ev.date.isoformat() if ev.date else "",
             place=ev.place, participants="|".join(ev.participants), evidence=ev.evidence)
    # articles and their claims
    best_score: dict[str, float] = {}
    for m in corpus.matches:
        if m.status == "asserted":
            for c in (m.a, m.b):
                best_score[c] = max(best_score.get(c, 0.0), m.score)
    sources = {}
    members: dict[str, list[str]] = {}
    outlet_of: dict[str, str] = {}  # claim id -> its article's outlet (or file name)
    event_of: dict[str, str] = {}  # claim id -> its event
    first: dict[str, tuple[str, str]] = {}  # cluster key -> (its first claim's id, label)
    notes = []  # claims set apart from their article's event: (claim, event, note)
    for a in corpus.articles:
        meta = a.meta
        published, published_evidence = corpus.published(a)
        node(a.id, "article", "article",
             label=_short(f"{meta.outlet or a.name}: {meta.title}" if meta.title else (meta.outlet or a.name), 60),
             path=a.path, outlet=meta.outlet, published=published.isoformat() if published else "",
             language=meta.language, title=meta.title, authors="|".join(meta.authors), place=meta.place,
             outlet_evidence=meta.outlet_evidence, published_evidence=published_evidence,
             language_evidence=meta.language_evidence,
             reference_date=meta.reference_date.isoformat() if meta.reference_date else "",
             reference_evidence=meta.reference_evidence)
        for c in a.claims:
            fs, fe = a.file_span(c.start, c.end)  # offsets into the file (an HTML page's source)
            node(c.id, "claim", f"claim:{c.claim_type}", label=_short(c.text), article=gid(a.id), start=fs,
                 end=fe, text=c.text, claim_type=c.claim_type, speaker=corpus.person_name(c.speaker),
                 speaker_evidence=_speaker_evidence(corpus, c), event=gid(c.event) if c.event else "", context=c.context,
                 holes="|".join(f"{s}-{e}" for s, e in a.file_holes(c.holes)), checked=c.checked,
                 dates="|".join(d.iso() for d in c.dates if d.value),
                 sources="|".join(sorted({s.source for s in c.sources})),
                 cluster=gid(cluster_node_id(corpus.clusters.get(c.id, c.id))))
            key = corpus.clusters.get(c.id, c.id)
            members.setdefault(key, []).append(c.id)
            outlet_of[c.id] = meta.outlet or a.name
            event_of[c.id] = c.event
            if key not in first or c.id < first[key][0]:
                first[key] = (c.id, _short(c.text, 60))
            if c.event_note:
                notes.append((c.id, c.event, c.event_note))
        for c in a.claims:
            for s in c.sources:
                sources.setdefault((s.source, _role(s.kind)), (s.source_type, s.known))
        for ct in a.citations:
            sources.setdefault((ct.source, ct.role), (ct.source_type, ct.known))
            if ct.citing:
                sources.setdefault((ct.citing, getattr(ct, "citing_role", "text")), ("wire", True))
    # sources (sorted by name, so ids and order are stable)
    for name, role in sorted(sources):
        stype, known = sources[(name, role)]
        node(source_id(name, role), "source", f"source:{stype}", label=name if role == "text" else f"{name} ({role})",
             name=name, source_type=stype, known=bool(known), role=role)
    # clusters
    for key in sorted(members):
        ms = members[key]
        outlets = sorted({outlet_of[c] for c in ms})
        node(cluster_node_id(key), "cluster", "cluster", size=float(len(ms)),
             label=first[key][1] + (f" ({len(outlets)} outlets)" if len(outlets) > 1 else ""),
             outlets="|".join(outlets), members=len(ms))
    # edges: contains, member_of, attributed_to
    for a in corpus.articles:
        for c in a.claims:
            edge(a.id, c.id, "contains", "contains")
            score = best_score.get(c.id, 1.0) if len(members[corpus.clusters.get(c.id, c.id)]) > 1 else 1.0
            edge(c.id, cluster_node_id(corpus.clusters.get(c.id, c.id)), "member_of", "member of",
                 weight=score, score=float(round(score, 4)))
            for s in c.sources:
                edge(c.id, source_id(s.source, _role(s.kind)), "attributed_to", f"attributed to {s.source}", evidence=s.evidence,
                     scope=s.scope, cue_kind=s.kind, note=s.note)
        relays = set()
        for ct in a.citations:
            u = a.id if not ct.citing else source_id(ct.citing, getattr(ct, "citing_role", "text"))
            if ct.citing and u not in relays and u != source_id(ct.citing):
                # the article cites the source's report that the chain starts from
                relays.add(u)
                edge(a.id, u, "cites", f"cites {ct.citing}", evidence=ct.evidence, tag=a.id)
            edge(u, source_id(ct.source, ct.role), "cites", f"cites {ct.source}", evidence=ct.evidence,
                 tag=a.id if ct.citing else "")
    # about: clusters (and claims set apart from their cluster's event) -> events
    event_ids = {e.id for e in corpus.events}
    for key in sorted(members):
        evs = sorted({event_of[c] for c in members[key] if event_of[c] in event_ids})
        for ev in evs:
            edge(cluster_node_id(key), ev, "about", "about")
    for cid, event, note in notes:
        edge(cid, event, "about", "about", note=note)
    # matches the report only suggests
    for m in corpus.matches:
        if m.status == "suggested":
            edge(m.a, m.b, "suggested_match", f"suggested match ({m.score:.2f})", weight=m.score,
                 score=float(m.score), evidence=_reasons(m.reasons))
    # discrepancies and derivations
    # each discrepancy edge names its finding and the two value groups it links (the
    # versions that state each value), and the spans of the differing values
    for d in corpus.discrepancies:
        edge(d.a, d.b, "discrepancy", f"{d.type} ({d.severity})", tag=d.type, type=d.type, severity=d.severity,
             detail=d.detail, finding=d.finding, value_a=d.value_a, value_b=d.value_b,
             group_a="|".join(d.group_a), group_b="|".join(d.group_b),
             outlets_a="|".join(dict.fromkeys(outlet_of[c] for c in d.group_a if c in outlet_of)),
             outlets_b="|".join(dict.fromkeys(outlet_of[c] for c in d.group_b if c in outlet_of)),
             evidence_a=_spans(d.evidence.get("a", ())), evidence_b=_spans(d.evidence.get("b", ())))
    for dv in corpus.derivations:
        edge(dv.later, dv.earlier, "derived_from", f"derived from ({dv.score:.2f})", weight=dv.score,
             score=float(dv.score), evidence=dv.evidence, credited=bool(dv.credited), aligned=int(dv.aligned),
             in_order=int(dv.in_order), coverage=float(dv.details.get("coverage", 0.0)),
             mean_match=float(dv.details.get("mean_match", 0.0)))


def _spans(spans) -> str:
    """Character spans as "start-end|start-end"."""
    return "|".join(f"{a}-{b}" for a, b in spans)


def _role(cue_kind: str) -> str:
    return "photo" if cue_kind == "photo" else "text"


def _reasons(r: dict) -> str:
    parts = []
    for k in sorted(r):
        v = r[k]
        if isinstance(v, (list, tuple)):
            v = " ".join(str(x) for x in v)
        parts.append(f"{k}: {v}")
    return "; ".join(parts)


def write_atomic(path: str | Path, write) -> None:
    """Write through ``write(tmp_path)`` to a temporary file beside ``path``, then rename it
    into place. The temporary file is created as ``open`` creates a file (mode 0666 less
    the umask), so the output gets the permissions the user expects, not mkstemp's 0600."""
    path = Path(path)
    folder = path.parent
    while True:
        tmp = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            break
        except FileExistsError:
            continue
    try:
        write(str(tmp))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class _GraphMLWriter(GraphMLWriter):
    """networkx's writer (the standard-library one, so that the bytes do not depend on
    whether lxml is installed), with key ids unique in the document: ``node_kind`` and
    ``edge_kind`` where networkx's ``named_key_ids`` writes ``kind`` twice."""

    def get_key(self, name, attr_type, scope, default):
        keys_key = (name, attr_type, scope)
        if keys_key not in self.keys:
            key_id = f"{scope}_{name}"
            taken = set(self.keys.values())
            if key_id in taken:  # one attribute written with two types: keep both, apart
                key_id = f"{scope}_{name}_{attr_type}"
            self.keys[keys_key] = key_id
            key = self.myElement("key", **{"id": key_id, "for": scope, "attr.name": name, "attr.type": attr_type})
            if default is not None:
                element = self.myElement("default")
                element.text = str(default)
                key.append(element)
            self.xml.insert(0, key)
        return self.keys[keys_key]


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> None:
    def w(tmp):
        writer = _GraphMLWriter(encoding="utf-8", prettyprint=True, edge_id_from_attribute="id")
        writer.add_graph_element(G)
        with open(tmp, "wb") as f:
            writer.dump(f)
    write_atomic(path, w)


def to_json(G: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(G, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_text_atomic(path: str | Path, text: str) -> None:
    write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def write_json(G: nx.MultiDiGraph, path: str | Path) -> None:
    write_text_atomic(path, to_json(G))


def write(G: nx.MultiDiGraph, path: str | Path) -> None:
    """Write by the output's name: .graphml, .json (node-link), .prov.json (W3C PROV-JSON)
    or .html (a view for the browser); see ``provenance.export``."""
    from .export import write as write_by_name

    write_by_name(G, path)


def _speaker_evidence(corpus, c) -> str:
    """The words that credit the claim, and, when the article spells the speaker's name another
    way than the corpus does, why the two were read as one person."""
    why = corpus.person_name_evidence.get(c.speaker, "") if c.speaker else ""
    return f"{c.speaker_evidence} ({why})" if why and c.speaker_evidence else (c.speaker_evidence or why)
