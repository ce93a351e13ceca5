"""The summary that opens the report: one screen, the counts that say where to look."""
from __future__ import annotations

from collections import Counter

from rich.console import Group
from rich.table import Table
from rich.text import Text

from .common import SEVERITIES, Scope, plural

# the summary names this many events and outlets, the largest first; the rest are counted
SUMMARY_NAMES = 6


def collect(scope: Scope) -> dict:
    corpus = scope.corpus
    articles = [a for a in corpus.articles if scope.article_ok(a)]
    claims = [c for a in articles for c in a.claims if scope.claim_ok(c.id)]
    kept = {c.id for c in claims}
    arts_of_cluster: dict[str, set[str]] = {}
    for cid, key in corpus.clusters.items():
        if cid in kept:
            arts_of_cluster.setdefault(key, set()).add(corpus.article_of(cid).id)
    event_articles: dict[str, set[str]] = {}
    for a in articles:
        for c in a.claims:
            if c.event and scope.event_ok(c.event) and c.claim_type in ("statement", "quote"):
                event_articles.setdefault(c.event, set()).add(a.id)
    events = []
    for e in corpus.events:
        if e.id in event_articles:
            events.append({"id": e.id, "label": e.label, "date": e.date.isoformat() if e.date else "",
                           "place": e.place, "participants": list(e.participants),
                           "articles": len(event_articles[e.id])})
    events.sort(key=lambda e: (-e["articles"], e["date"] or "9999", e["id"]))
    severities = Counter(d.severity for d in corpus.discrepancies
                         if scope.severity_ok(d.severity) and (scope.claim_ok(d.a) or scope.claim_ok(d.b)))
    outlets = Counter(a.meta.outlet for a in articles if a.meta.outlet)
    return {
        "articles": len(articles),
        "outlets": [{"name": n, "articles": k} for n, k in sorted(outlets.items(), key=lambda x: (-x[1], x[0]))],
        "no_outlet": sum(1 for a in articles if not a.meta.outlet),
        "languages": dict(sorted(Counter(a.meta.language or "?" for a in articles).items())),
        "events": events,
        "claims": len(claims),
        "shared_claims": sum(1 for arts in arts_of_cluster.values() if len(arts) > 1),
        "discrepancies": {s: severities.get(s, 0) for s in SEVERITIES},
        "rewrites": sum(1 for d in corpus.derivations if _derivation_ok(scope, d)),
        "suggestions": sum(1 for m in corpus.matches
                           if m.status == "suggested" and (scope.claim_ok(m.a) or scope.claim_ok(m.b))),
        "skipped": [s.line() for s in corpus.skipped],
        "filters": {"events": sorted(scope.events), "outlets": sorted(scope.outlets),
                    "min_severity": SEVERITIES[scope.min_rank]},
    }


def _derivation_ok(scope: Scope, d) -> bool:
    arts = {a.id: a for a in scope.corpus.articles}
    return scope.article_ok(arts[d.later]) or scope.article_ok(arts[d.earlier])


def _names(items: list[dict], fmt) -> str:
    shown = ", ".join(fmt(x) for x in items[:SUMMARY_NAMES])
    more = len(items) - SUMMARY_NAMES
    return shown + (f" and {more} more" if more > 0 else "")


def render(data: dict, ctx) -> Group:
    t = Table.grid(padding=(0, 2))
    t.add_column(style="muted", no_wrap=True)
    t.add_column(overflow="fold")
    langs = ", ".join(f"{k} {v}" for k, v in data["languages"].items())
    outlets = _names(data["outlets"], lambda o: f"{o['name']} {o['articles']}")
    if data["no_outlet"]:
        outlets += f"; {data['no_outlet']} with no outlet found"
    t.add_row("articles", Text(f"{data['articles']} from {plural(len(data['outlets']), 'outlet')} ({outlets})"))
    t.add_row("languages", Text(langs))
    events = _names(data["events"], lambda e: f"{e['id'].removeprefix('event:')} "
                                              f"({', '.join(e['participants'][:3]) + '; ' if e['participants'] else ''}"
                                              f"{plural(e['articles'], 'article')})")
    t.add_row("events", Text(f"{len(data['events'])}: {events}" if data["events"] else "none found"))
    t.add_row("claims", Text(f"{data['claims']}, of which {data['shared_claims']} are carried by more than one article"))
    d = data["discrepancies"]
    line = Text(f"{sum(d.values())}: ")
    for i, s in enumerate(SEVERITIES):
        line.append(f"{d[s]} {s}", style=s if d[s] else "muted")
        if i < len(SEVERITIES) - 1:
            line.append(", ")
    t.add_row("discrepancies", line)
    t.add_row("rewrites", Text(f"{plural(data['rewrites'], 'likely rewrite')} (an article that follows an earlier one)"))
    if data["suggestions"]:
        t.add_row("to confirm", Text(plural(data["suggestions"], "suggested match", "suggested matches")))
    f = data["filters"]
    shown = [f"event {', '.join(e.removeprefix('event:') for e in f['events'])}" if f["events"] else "",
             f"outlet {', '.join(f['outlets'])}" if f["outlets"] else "",
             f"severity {f['min_severity']} and above" if f["min_severity"] != SEVERITIES[-1] else ""]
    if any(shown):
        t.add_row("only", Text("; ".join(x for x in shown if x), style="warn"))
    if data["skipped"]:
        t.add_row(Text("skipped", style="warn"), Text("\n".join(data["skipped"])))
    return Group(Text("Summary", style="title"), t)
