"""Articles that appear to be rewritten from earlier ones, the strongest first."""
from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.text import Text

from .common import Scope, limited, outlet_of, published


def collect(scope: Scope, limit: int) -> dict:
    corpus = scope.corpus
    arts = {a.id: a for a in corpus.articles}
    kept = [d for d in corpus.derivations if scope.article_ok(arts[d.later]) or scope.article_ok(arts[d.earlier])]
    kept.sort(key=lambda d: (-d.score, d.later, d.earlier))
    shown, more = limited(kept, limit)
    items = []
    for d in shown:
        later, earlier = arts[d.later], arts[d.earlier]
        items.append({"later": {"article": later.path, "outlet": outlet_of(later), "published": published(later)},
                      "earlier": {"article": earlier.path, "outlet": outlet_of(earlier),
                                  "published": published(earlier)},
                      "score": round(d.score, 4), "credited": d.credited, "aligned": d.aligned,
                      "in_order": d.in_order, "evidence": d.evidence})
    return {"total": len(kept), "items": items, "more": more}


def render(data: dict, ctx) -> Group | None:
    if not data["items"]:
        return None
    parts = [Text(f"Likely rewrites ({data['total']})", style="title")]
    for d in data["items"]:
        line = Text()
        line.append(d["later"]["outlet"], style="outlet")
        line.append(f" {d['later']['article']}", style="evidence")
        line.append(" follows ")
        line.append(d["earlier"]["outlet"], style="outlet")
        line.append(f" {d['earlier']['article']}", style="evidence")
        line.append(f", score {d['score']:.2f}", style="score")
        line.append("  uncredited" if not d["credited"] else "  credited", style="warn" if not d["credited"] else "muted")
        parts.append(Padding(Group(line, Padding(Text(d["evidence"], style="muted"), (0, 0, 0, 2))), (0, 0, 0, 2)))
    if data["more"]:
        parts.append(Text(f"... and {data['more']} more (--limit 0 shows all)", style="muted"))
    return Group(*parts)
