"""Claims carried by several articles, by event, each outlet's wording in publication
order; and the suggested matches (scores between the two thresholds) to confirm."""
from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.text import Text

from ..matching.cluster import members as cluster_members
from .common import Scope, claim_text, limited, side, when_key


def collect_shared(scope: Scope, limit: int, reasons: bool) -> dict:
    corpus = scope.corpus
    members = cluster_members(corpus.clusters)
    best = {}
    if reasons:
        for m in corpus.matches:
            if m.status == "asserted":
                for c in (m.a, m.b):
                    if c not in best or m.score > best[c].score:
                        best[c] = m
    clusters = []
    for key, cids in members.items():
        if len({corpus.article_of(c).id for c in cids}) < 2 or not any(scope.claim_ok(c) for c in cids):
            continue
        cids = sorted(cids, key=lambda c: (when_key(corpus.article_of(c)), corpus.claim(c).start))
        events = sorted({corpus.claim(c).event for c in cids if corpus.claim(c).event})
        clusters.append((key, cids, events))
    events = {e.id: e for e in corpus.events}

    def event_order(ev: str) -> tuple:
        e = events.get(ev)
        return (e is None or e.date is None, e.date.isoformat() if e and e.date else "", ev)

    # by event (dated events in date order, then the rest), then the most widely carried first
    clusters.sort(key=lambda x: (event_order(x[2][0] if x[2] else ""),
                                 -len({corpus.article_of(c).id for c in x[1]}), x[0]))
    shown, more = limited(clusters, limit)
    groups: list[dict] = []
    for key, cids, evs in shown:
        ev = evs[0] if evs else ""
        if not groups or groups[-1]["event"] != ev:
            e = events.get(ev)
            groups.append({"event": ev, "label": e.label if e else "", "clusters": []})
        item = {"cluster": key, "articles": len({corpus.article_of(c).id for c in cids}),
                "claims": [side(corpus, c) for c in cids]}
        if reasons:
            for s in item["claims"]:
                m = best.get(s["claim"])
                if m is not None:
                    s["match"] = {"score": round(m.score, 4), "shared": [str(x) for x in m.reasons.get("shared", [])],
                                  "aligned": bool(m.reasons.get("aligned"))}
        groups[-1]["clusters"].append(item)
    return {"total": len(clusters), "events": groups, "more": more}


def _versions(claims: list[dict], ctx, reasons: bool) -> Group:
    """Each version: who and when, then the wording, then where it stands and whom it credits."""
    rows = []
    for s in claims:
        head = Text(s["outlet"], style="outlet")
        head.append(f" · {s['published'] or 'undated'}", style="muted")
        if s["speaker"]:
            head.append(" · ", style="muted")
            head.append(s["speaker"], style="speaker")
        if s.get("checked"):
            # a fact-check quotes it to check it: this outlet does not carry the claim, it disputes it
            head.append(f" · quoted to be checked ({s['checked']})", style="muted")
        where = Text(s["evidence"], style="evidence")
        if s["sources"]:
            where.append(" · via " + ", ".join(x["source"] for x in s["sources"]), style="muted")
        if reasons and s.get("match"):
            m = s["match"]
            where.append(f" · match {m['score']:.2f}" + (" (by alignment)" if m["aligned"] else ""), style="score")
        rows.append(Group(head, Padding(claim_text(s, ctx.text_of(s["claim"]), ctx.plain), (0, 0, 0, 2)),
                          Padding(where, (0, 0, 0, 2))))
    return Group(*rows)


def render_shared(data: dict, ctx, reasons: bool = False) -> Group | None:
    if not data["events"]:
        return None
    parts = [Text(f"Claims carried by more than one article ({data['total']}), by event", style="title")]
    for g in data["events"]:
        parts.append(Text(""))
        head = Text(f"▸ {g['event'].removeprefix('event:') or 'no event'}", style="event")
        if g["label"]:
            head.append(f"  {g['label']}", style="muted")
        parts.append(head)
        for c in g["clusters"]:
            parts.append(Padding(Text(f"● {c['articles']} articles", style="score"), (0, 0, 0, 2)))
            parts.append(Padding(_versions(c["claims"], ctx, reasons), (0, 0, 0, 4)))
            if reasons:
                shared = sorted({w for s in c["claims"] for w in s.get("match", {}).get("shared", [])})
                if shared:
                    parts.append(Padding(Text("shares " + ", ".join(shared[:12]), style="muted"), (0, 0, 0, 4)))
    if data["more"]:
        parts.append(Text(f"... and {data['more']} more (--limit 0 shows all)", style="muted"))
    return Group(*parts)


def collect_suggestions(scope: Scope, limit: int) -> dict:
    corpus = scope.corpus
    ms = sorted((m for m in corpus.matches
                 if m.status == "suggested" and (scope.claim_ok(m.a) or scope.claim_ok(m.b))),
                key=lambda m: (-m.score, m.a, m.b))
    shown, more = limited(ms, limit)
    items = [{"score": round(m.score, 4), "a": side(corpus, m.a), "b": side(corpus, m.b),
              "shared": [str(x) for x in m.reasons.get("shared", [])]} for m in shown]
    return {"total": len(ms), "items": items, "more": more}


def render_suggestions(data: dict, ctx) -> Group | None:
    if not data["items"]:
        return None
    parts = [Text(f"Suggested matches to confirm ({data['total']})", style="title")]
    for item in data["items"]:
        parts.append(Text(""))
        parts.append(Padding(Text(f"{item['score']:.2f}", style="score")
                             + Text(f"  shares {', '.join(item['shared'][:10])}" if item["shared"] else "",
                                    style="muted"), (0, 0, 0, 2)))
        parts.append(Padding(_versions([item["a"], item["b"]], ctx, False), (0, 0, 0, 4)))
    if data["more"]:
        parts.append(Text(f"... and {data['more']} more (--limit 0 shows all)", style="muted"))
    return Group(*parts)
