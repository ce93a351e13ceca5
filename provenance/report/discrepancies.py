"""Discrepancies, with both versions side by side and what differs."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text

from ..pipeline import Corpus

ORDER = {"high": 0, "medium": 1, "low": 2}


def discrepancies(corpus: Corpus) -> Table | None:
    if not corpus.discrepancies:
        return None
    t = Table(title=f"Discrepancies ({len(corpus.discrepancies)})", title_justify="left", show_lines=True, expand=True)
    t.add_column("type", no_wrap=True)
    t.add_column("one version", ratio=3)
    t.add_column("the other", ratio=3)
    t.add_column("what differs", ratio=3)
    for d in sorted(corpus.discrepancies, key=lambda d: (ORDER[d.severity], d.type, d.a, d.b)):
        t.add_row(Text(f"{d.type}\n{d.severity}", style=d.severity), _version(corpus, d.a), _version(corpus, d.b),
                  Text(d.detail))
    return t


def _version(corpus, cid) -> Text:
    c = corpus.claim(cid)
    a = corpus.article_of(cid)
    out = Text(f"{a.meta.outlet or a.name}", style="outlet")
    out.append(f" {a.name}:{c.start}-{c.end}\n", style="muted")
    out.append(c.text)
    return out
