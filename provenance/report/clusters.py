"""Claims carried by several outlets, each outlet's wording, and why they match."""
from __future__ import annotations

from collections import defaultdict

from rich.console import Group
from rich.table import Table
from rich.text import Text

from ..pipeline import Corpus


def shared_claims(corpus: Corpus, reasons: bool = False, limit: int = 0) -> Group | None:
    members = defaultdict(list)
    for cid, key in corpus.clusters.items():
        members[key].append(cid)
    best = {}
    for m in corpus.matches:
        if m.status == "asserted":
            for c in (m.a, m.b):
                if c not in best or m.score > best[c].score:
                    best[c] = m
    rows = []
    for key, cids in members.items():
        arts = {corpus.article_of(c).id for c in cids}
        if len(arts) < 2:
            continue
        rows.append((len(arts), key, sorted(cids, key=lambda c: _when(corpus, c))))
    if not rows:
        return None
    rows.sort(key=lambda r: (-r[0], r[1]))
    if limit:
        rows = rows[:limit]
    parts = [Text(f"Claims carried by more than one article ({len(rows)})", style="title")]
    for n, key, cids in rows:
        t = Table(show_header=False, box=None, padding=(0, 1), expand=False)
        t.add_column("outlet", style="outlet", no_wrap=True)
        t.add_column("claim", overflow="fold")
        first = corpus.claim(cids[0])
        ev = first.event.removeprefix("event:") if first.event else ""
        for cid in cids:
            c = corpus.claim(cid)
            a = corpus.article_of(cid)
            line = Text(c.text)
            meta = []
            if c.speaker:
                meta.append(f"speaker: {corpus.person_name(c.speaker)}")
            if c.sources:
                meta.append("via " + ", ".join(sorted({s.source for s in c.sources})))
            meta.append(f"{a.name}:{c.start}-{c.end}")
            if cid in best and reasons:
                m = best[cid]
                meta.append(f"score {m.score:.2f}")
                if m.reasons.get("aligned"):
                    meta.append("recovered by alignment")
            line.append("  [" + "; ".join(meta) + "]", style="muted")
            t.add_row(a.meta.outlet or a.name, line)
        parts.append(Text(f"\n● {n} articles · {ev}", style="score"))
        parts.append(t)
        if reasons:
            ms = [m for m in corpus.matches if m.status == "asserted" and m.a in cids and m.b in cids]
            for m in sorted(ms, key=lambda m: -m.score)[:3]:
                shared = ", ".join(str(x) for x in m.reasons.get("shared", [])[:8])
                parts.append(Text(f"    match {m.score:.2f}: shares {shared}"
                                  + (f"; {m.reasons['aligned']}" if m.reasons.get("aligned") else ""), style="muted"))
    return Group(*parts)


def suggestions(corpus: Corpus, limit: int = 10) -> Group | None:
    ms = sorted((m for m in corpus.matches if m.status == "suggested"), key=lambda m: (-m.score, m.a, m.b))
    if not ms:
        return None
    parts = [Text(f"Suggested matches to confirm ({len(ms)}; top {min(limit, len(ms))})", style="title")]
    for m in ms[:limit]:
        a, b = corpus.claim(m.a), corpus.claim(m.b)
        oa, ob = corpus.article_of(m.a), corpus.article_of(m.b)
        parts.append(Text(f"  {m.score:.2f}  ", style="score") + Text(f"{oa.meta.outlet or oa.name}: ", style="outlet")
                     + Text(a.text[:120]))
        parts.append(Text("        ") + Text(f"{ob.meta.outlet or ob.name}: ", style="outlet") + Text(b.text[:120]))
        shared = ", ".join(str(x) for x in m.reasons.get("shared", [])[:8])
        parts.append(Text(f"        shares {shared}", style="muted"))
    return Group(*parts)


def _when(corpus, cid):
    a = corpus.article_of(cid)
    d = a.meta.published or a.meta.reference_date
    return (d.isoformat() if d else "9999", a.name, cid)
