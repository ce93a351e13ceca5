"""Discrepancies, highest severity first: both versions side by side with the words
that differ highlighted, what differs, where each version stands (file and offsets,
never cut) and whom each credits."""
from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .common import SEVERITIES, Scope, claim_text, differing_spans, limited, side

# below this width the two versions are stacked, not side by side
SIDE_BY_SIDE_WIDTH = 70


def collect(scope: Scope, limit: int) -> dict:
    corpus = scope.corpus
    kept = [d for d in corpus.discrepancies
            if scope.severity_ok(d.severity) and (scope.claim_ok(d.a) or scope.claim_ok(d.b))]
    kept.sort(key=lambda d: (SEVERITIES.index(d.severity) if d.severity in SEVERITIES else len(SEVERITIES),
                             d.type, d.a, d.b))
    shown, more = limited(kept, limit)
    items = []
    for d in shown:
        given = (d.evidence or {}).get("spans") if isinstance(d.evidence, dict) else None
        if given:
            ha, hb = given.get(d.a, []), given.get(d.b, [])
        elif d.type == "context":  # a caption against its article: different sentences, nothing to align
            ha, hb = [], []
        else:
            ha, hb = differing_spans(corpus, d.a, d.b)
        items.append({"type": d.type, "severity": d.severity, "detail": d.detail,
                      "event": corpus.claim(d.a).event, "a": side(corpus, d.a, ha), "b": side(corpus, d.b, hb)})
    return {"total": len(kept), "items": items, "more": more}


def sources_line(s: dict) -> Text:
    """Whom a claim credits: 'Antara “(Sumber Antara)” ← Chinese Ministry of Foreign Affairs “…”'."""
    out = Text()
    for i, src in enumerate(s["sources"]):
        if i:
            out.append("; ")
        _source(out, src)
    if not s["sources"]:
        out.append("credits no source", style="warn")
    return out


def _source(out: Text, src: dict) -> None:
    out.append(src["source"], style="source")
    if src.get("role") == "photo":
        out.append(" (photo)", style="muted")
    if src.get("evidence"):
        out.append(f" “{src['evidence']}”", style="muted")
    for up in src.get("cites", []):
        out.append(" ← ")
        _source(out, up)


def _head(s: dict) -> Text:
    t = Text(s["outlet"], style="outlet")
    t.append(" · " + " · ".join(x for x in (s["published"] or "undated", s["language"], s["type"]) if x), style="muted")
    if s["speaker"]:
        t.append(" · ", style="muted")
        t.append(s["speaker"], style="speaker")
    return t


def _where(label: str, s: dict) -> Table:
    """'A  file:start-end' and the credits, each on its own line, wrapped, never cut."""
    t = Table.grid(padding=(0, 1))
    t.add_column(no_wrap=True, style="muted")
    t.add_column(overflow="fold")
    t.add_row(label, Text(s["evidence"], style="evidence"))
    t.add_row("", (Text("credited to ", style="muted") + sources_line(s)) if s["sources"]
              else Text("credits no source", style="warn"))
    return t


def render(data: dict, ctx) -> Group | None:
    if not data["items"]:
        return None
    n = data["total"]
    parts = [Text(f"Discrepancies ({n}), highest severity first", style="title")]
    for i, item in enumerate(data["items"], 1):
        head = Text(f"{i}. ", style="muted")
        head.append(item["severity"].upper(), style=item["severity"])
        head.append(f" {item['type']}", style="title")
        if item["event"]:
            head.append(f" · {item['event'].removeprefix('event:')}", style="muted")
        a, b = item["a"], item["b"]
        ta = claim_text(a, ctx.text_of(a["claim"]), ctx.plain)
        tb = claim_text(b, ctx.text_of(b["claim"]), ctx.plain)
        if ctx.width >= SIDE_BY_SIDE_WIDTH:
            grid = Table.grid(padding=(0, 3), expand=True)
            grid.add_column(ratio=1, overflow="fold")
            grid.add_column(ratio=1, overflow="fold")
            grid.add_row(_head(a), _head(b))
            grid.add_row(ta, tb)
            versions = grid
        else:
            versions = Group(Text("A ", style="muted") + _head(a), Padding(ta, (0, 0, 0, 2)),
                             Text("B ", style="muted") + _head(b), Padding(tb, (0, 0, 0, 2)))
        parts.append(Text(""))
        parts.append(head)
        parts.append(Padding(Text(item["detail"]), (0, 0, 0, 3)))
        parts.append(Padding(versions, (0, 0, 0, 3)))
        parts.append(Padding(_where("A", a), (0, 0, 0, 3)))
        parts.append(Padding(_where("B", b), (0, 0, 0, 3)))
    if data["more"]:
        parts.append(Text(f"\n... and {data['more']} more (--limit 0 shows all)", style="muted"))
    return Group(*parts)
