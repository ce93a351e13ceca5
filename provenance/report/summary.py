"""The articles read, with what was read of each, and what was skipped."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text

from ..pipeline import Corpus


def summary(corpus: Corpus) -> Table:
    t = Table(title="Articles", title_justify="left", expand=False, show_lines=False)
    t.add_column("file")
    t.add_column("outlet", style="outlet")
    t.add_column("published")
    t.add_column("lang")
    t.add_column("claims", justify="right")
    t.add_column("cites", style="source")
    t.add_column("event", style="muted")
    for a in corpus.articles:
        m = a.meta
        published = m.published.isoformat() if m.published and not m.published_inferred else (
            f"~{m.reference_date.isoformat()}" if m.reference_date else "?")
        cites = ", ".join(sorted({c.source + (" (photo)" if c.role == "photo" else "")
                                  for c in a.citations if not c.citing})) or "-"
        events = sorted({c.event for c in a.claims if c.claim_type in ("statement", "quote")})
        t.add_row(a.name, m.outlet or "?", published, m.language, str(len(a.claims)), cites,
                  ", ".join(e.removeprefix("event:") for e in events))
    return t


def skipped(corpus: Corpus) -> Text | None:
    if not corpus.skipped:
        return None
    out = Text("Skipped\n", style="warn")
    for s in corpus.skipped:
        out.append(f"  {s.line()}\n")
    return out


def headline(corpus: Corpus) -> Text:
    n_claims = sum(len(a.claims) for a in corpus.articles)
    clusters = {}
    for cid, k in corpus.clusters.items():
        clusters.setdefault(k, set()).add(corpus.article_of(cid).id)
    shared = sum(1 for arts in clusters.values() if len(arts) > 1)
    t = Text()
    t.append(f"{len(corpus.articles)} articles", style="title")
    t.append(f", {n_claims} claims, {shared} claims carried by more than one article, "
             f"{len(corpus.events)} events, {len(corpus.discrepancies)} discrepancies, "
             f"{len(corpus.derivations)} likely rewrites")
    if corpus.skipped:
        t.append(f", {len(corpus.skipped)} files skipped", style="warn")
    return t
