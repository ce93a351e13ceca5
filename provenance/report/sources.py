"""Where claims come from: thin sourcing, and each article's sources and chains.

Both read only what attribution put on the claims and articles (``Claim.sources``,
``Article.citations``) and the registry's record of whom a government body
speaks for.
"""
from __future__ import annotations

from collections import Counter

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from rich.tree import Tree

from ..lang import registry
from .common import Scope, chain, claim_text, limited, outlet_of, plural, published, side, when_key


def collect_thin(scope: Scope, limit: int) -> dict:
    """Claims several articles carry that all rest on one source; and the sources that
    speak for an interested party (a government body) and are the only source of claims."""
    corpus = scope.corpus
    members: dict[str, list[str]] = {}
    for cid, key in corpus.clusters.items():
        members.setdefault(key, []).append(cid)
    owners = {e.name: e.owner for e in registry().entries if e.owner}
    single, interested = [], Counter()
    interested_articles: dict[str, set[str]] = {}
    types = {}
    for key in sorted(members):
        cids = [c for c in members[key] if corpus.claim(c).claim_type in ("statement", "quote")]
        if not cids or not any(scope.claim_ok(c) for c in cids):
            continue
        srcs, uncredited = set(), False
        for cid in cids:
            own = [s for s in corpus.claim(cid).sources if s.kind != "photo"]
            uncredited |= not own
            for s in own:
                srcs.add(s.source)
                types[s.source] = s.source_type
        if len(srcs) != 1 or uncredited:
            continue
        (src,) = srcs
        arts = {corpus.article_of(c).id for c in cids}
        if len(arts) > 1:
            first = min(cids, key=lambda c: (when_key(corpus.article_of(c)), corpus.claim(c).start))
            single.append({"source": src, "type": types[src], "articles": len(arts),
                           "outlets": sorted({outlet_of(corpus.article_of(c)) for c in cids}),
                           "claim": side(corpus, first)})
        if owners.get(src):
            interested[src] += len(cids)
            interested_articles.setdefault(src, set()).update(arts)
    single.sort(key=lambda x: (-x["articles"], x["source"], x["claim"]["claim"]))
    parties = [{"source": s, "type": types[s], "speaks_for": owners[s], "claims": n,
                "articles": len(interested_articles[s])} for s, n in sorted(interested.items(), key=lambda x: (-x[1], x[0]))]
    shown, more = limited(single, limit)
    shown_parties, more_parties = limited(parties, limit)
    return {"single_source": shown, "single_source_total": len(single), "single_source_more": more,
            "interested_party": shown_parties, "interested_party_more": more_parties}


def render_thin(data: dict, ctx) -> Group | None:
    if not data["single_source"] and not data["interested_party"]:
        return None
    parts = [Text("Thin sourcing", style="title")]
    if data["single_source"]:
        parts.append(Text(f"Carried by several articles, all resting on one source ({data['single_source_total']}):"))
        for item in data["single_source"]:
            s = item["claim"]
            line = Text(f"{item['articles']} articles ({', '.join(item['outlets'])}), all via ", style="muted")
            line.append(item["source"], style="source")
            parts.append(Padding(Group(line, Padding(claim_text(s, ctx.text_of(s["claim"]), ctx.plain), (0, 0, 0, 2)),
                                       Padding(Text(s["evidence"], style="evidence"), (0, 0, 0, 2))), (0, 0, 0, 2)))
        if data["single_source_more"]:
            parts.append(Text(f"  ... and {data['single_source_more']} more", style="muted"))
    if data["interested_party"]:
        parts.append(Text("Resting only on a body that speaks for an interested party:"))
        for p in data["interested_party"]:
            parts.append(Padding(Text(p["source"], style="source")
                                 + Text(f" (speaks for {p['speaks_for']}): the only source of "
                                        f"{plural(p['claims'], 'claim')} in {plural(p['articles'], 'article')}",
                                        style="muted"), (0, 0, 0, 2)))
        if data["interested_party_more"]:
            parts.append(Text(f"  ... and {data['interested_party_more']} more", style="muted"))
    return Group(*parts)


def collect_trees(scope: Scope, limit: int) -> dict:
    corpus = scope.corpus
    arts = [a for a in corpus.articles if scope.article_ok(a)]
    arts.sort(key=when_key)
    shown, more = limited(arts, limit)
    items = []
    for a in shown:
        events = Counter(c.event for c in a.claims if c.event and c.claim_type in ("statement", "quote"))
        direct = sorted((c for c in a.citations if not c.citing), key=lambda c: (c.role, c.source))
        items.append({
            "article": a.path, "outlet": a.meta.outlet, "published": published(a), "language": a.meta.language,
            "claims": len(a.claims), "event": min(events, key=lambda e: (-events[e], e)) if events else "",
            "sources": [{"source": c.source, "type": c.source_type, "role": c.role, "known": c.known,
                         "evidence": c.evidence, "cites": chain(a, c.source) if c.role == "text" else []}
                        for c in direct]})
    return {"total": len(arts), "items": items, "more": more}


def _label(src: dict) -> Text:
    t = Text(src["source"], style="source")
    notes = [src["type"]] + (["photo"] if src["role"] == "photo" else []) + ([] if src["known"] else ["not in the registry"])
    t.append(f" ({', '.join(notes)})", style="muted")
    if src["evidence"]:
        t.append(f"  “{src['evidence']}”", style="muted")
    return t


def _add(node: Tree, src: dict) -> None:
    child = node.add(_label(src))
    for up in src["cites"]:
        _add(child, up)


def render_trees(data: dict, ctx) -> Group | None:
    if not data["items"]:
        return None
    parts = [Text(f"Sources and chains ({data['total']} articles)", style="title")]
    for item in data["items"]:
        head = Text(item["outlet"], style="outlet") if item["outlet"] else Text("outlet unknown", style="muted")
        head.append(" · ")
        head.append(item["article"], style="evidence")
        head.append(" · " + " · ".join(x for x in (item["published"] or "undated", item["language"],
                                                   plural(item["claims"], "claim"),
                                                   item["event"].removeprefix("event:")) if x), style="muted")
        tree = Tree(head)
        if not item["sources"]:
            tree.add(Text("credits no source", style="warn"))
        for src in item["sources"]:
            _add(tree, src)
        parts.append(tree)
    if data["more"]:
        parts.append(Text(f"... and {data['more']} more (--limit 0 shows all)", style="muted"))
    return Group(*parts)
