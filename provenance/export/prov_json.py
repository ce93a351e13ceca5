"""The claim graph as W3C PROV-JSON, written with the ``prov`` package.

How the graph maps onto PROV (https://www.w3.org/TR/prov-dm/):

- an article is an entity and a ``prov:Collection`` whose members
  (``hadMember``) are its claims; a claim is an entity with its text and its
  offsets into the article;
- outlets and sources are agents (``prov:Organization``, or ``prov:Person``
  for a source of type person); an outlet and a source of the same name are
  one agent;
- publishing: the article ``wasAttributedTo`` its outlet (``pv:Publication``);
- crediting: a claim ``wasAttributedTo`` the source it is credited to, and an
  article to the source it cites (``pv:Credit``, with the cue as
  ``pv:evidence``); a chain such as Antara citing a ministry is the agent
  ``wasInfluencedBy`` the agent it cites;
- quoting: the words a speaker said are an entity (one per cluster of claims
  and speaker) attributed to the speaker, a ``prov:Person``; each quote claim
  ``wasQuotedFrom`` it (a derivation of type ``prov:Quotation``), and a
  claim that reports the speech without quoting it ``wasDerivedFrom`` it;
- rewriting: a later article ``wasDerivedFrom`` the earlier one it appears to
  rewrite (``pv:Rewrite``, with ``pv:score``, ``pv:credited`` and the evidence);
- claims that say the same thing in several outlets are ``alternateOf`` the
  first of them.

Discrepancies, suggested matches and events are not provenance and stay in
the GraphML. Identifiers live in ``urn:claim-provenance:`` namespaces
(``article:``, ``claim:``, ``agent:``, ``words:``, and ``pv:`` for the
project's types and attributes); each record also names its graph node in
``pv:node``.
"""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

URN = "urn:claim-provenance:"
AGENT_TYPES = {"person": "prov:Person"}  # every other source type is an organisation


def _local(text: str) -> str:
    """A PROV qualified name's local part: word characters, dots and dashes."""
    return re.sub(r"[^\w.-]+", "_", text).strip("_") or "_"


def prov_document(G: nx.MultiDiGraph):
    from prov.model import PROV, ProvDocument

    doc = ProvDocument()
    for prefix in ("pv", "article", "claim", "agent", "words"):
        doc.add_namespace(prefix, URN if prefix == "pv" else f"{URN}{prefix}:")

    def qn(prefix: str, local: str):
        return doc.valid_qualified_name(f"{prefix}:{_local(local)}")

    def ptype(name: str):
        return doc.valid_qualified_name(f"pv:{name}")

    agents: dict[str, object] = {}

    def agent(name: str, source_type: str = "outlet"):
        if name not in agents:
            kind = AGENT_TYPES.get(source_type, "prov:Organization")
            agents[name] = doc.agent(qn("agent", name), {"prov:type": PROV[kind.split(":")[1]],
                                                          "prov:label": name, "pv:sourceType": source_type})
        return agents[name]

    nodes = G.nodes
    records = {}
    # entities: articles and their claims
    for n, d in G.nodes(data=True):
        if d["kind"] == "article":
            records[n] = doc.collection(qn("article", n.removeprefix("article:")), {
                "prov:type": ptype("Article"), "prov:label": d["label"], "pv:node": n, "pv:path": d["path"],
                "pv:title": d["title"], "pv:published": d["published"], "pv:language": d["language"]})
    for n, d in G.nodes(data=True):
        if d["kind"] == "claim":
            records[n] = doc.entity(qn("claim", n.removeprefix("claim:")), {
                "prov:type": ptype("Claim"), "prov:label": d["label"], "pv:node": n, "pv:text": d["text"],
                "pv:start": d["start"], "pv:end": d["end"], "pv:claimType": d["claim_type"],
                "pv:speaker": d["speaker"]})
            doc.hadMember(records[d["article"]], records[n])
    # agents: sources first (they know their type), then outlets
    for n, d in G.nodes(data=True):
        if d["kind"] == "source":
            records[n] = agent(d["name"], d["source_type"])
    for n, d in G.nodes(data=True):
        if d["kind"] == "article" and d["outlet"]:
            doc.wasAttributedTo(records[n], agent(d["outlet"]), other_attributes={
                "prov:type": ptype("Publication"), "pv:evidence": d["outlet_evidence"]})
    # crediting, chains, rewriting
    for u, v, d in G.edges(data=True):
        kind = d["kind"]
        if kind == "attributed_to":
            doc.wasAttributedTo(records[u], records[v], other_attributes={
                "prov:type": ptype("Credit"), "pv:evidence": d["evidence"], "pv:scope": d["scope"],
                "pv:role": nodes[v]["role"]})
        elif kind == "cites" and nodes[u]["kind"] == "article":
            doc.wasAttributedTo(records[u], records[v], other_attributes={
                "prov:type": ptype("Credit"), "pv:evidence": d["evidence"], "pv:scope": "article",
                "pv:role": nodes[v]["role"]})
        elif kind == "cites":
            doc.wasInfluencedBy(records[u], records[v], other_attributes={
                "prov:type": ptype("Citation"), "pv:evidence": d["evidence"]})
        elif kind == "derived_from":
            doc.wasDerivedFrom(records[u], records[v], other_attributes={
                "prov:type": ptype("Rewrite"), "pv:score": d["score"], "pv:credited": d["credited"],
                "pv:evidence": d["evidence"]})
    # quoting: the words said, once per cluster and speaker
    said: dict[tuple[str, str], object] = {}
    members: dict[str, list[str]] = {}
    for n, d in G.nodes(data=True):
        if d["kind"] != "claim":
            continue
        members.setdefault(d["cluster"], []).append(n)
        if not d["speaker"]:
            continue
        key = (d["cluster"], d["speaker"])
        if key not in said:
            said[key] = doc.entity(qn("words", f"{d['cluster'].removeprefix('cluster:')}.{d['speaker']}"), {
                "prov:type": ptype("Utterance"), "prov:label": f"what {d['speaker']} said", "pv:node": d["cluster"]})
            doc.wasAttributedTo(said[key], agent(d["speaker"], "person"),
                                other_attributes={"prov:type": ptype("Speaker")})
        if d["claim_type"] == "quote":
            doc.quotation(records[n], said[key], other_attributes={"pv:evidence": d["speaker_evidence"]})
        else:
            doc.wasDerivedFrom(records[n], said[key], other_attributes={
                "prov:type": ptype("ReportedSpeech"), "pv:evidence": d["speaker_evidence"]})
    # the same claim in several outlets
    for cluster in sorted(members):
        first, *rest = members[cluster]
        for n in rest:
            doc.alternateOf(records[n], records[first])
    return doc


def to_prov_json(G: nx.MultiDiGraph) -> str:
    return prov_document(G).serialize(format="json", indent=1) + "\n"


def write_prov_json(G: nx.MultiDiGraph, path: str | Path) -> None:
    from ..graph import write_text_atomic

    write_text_atomic(path, to_prov_json(G))
