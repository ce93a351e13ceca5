"""Discrepancies, highest severity first: both versions side by side with the words
that differ highlighted, what differs, where each version stands (file and offsets,
never cut) and whom each credits.

One finding (one slot of one cluster whose value groups disagree: "3 missing" in two
claims of one outlet, "four" in two of another) is drawn between every pair of versions
that disagree, and the graph keeps every pair. The terminal shows each finding once,
with its first pair side by side and the other pairs a line each, so the same
disagreement does not fill the screen four times; ``--format json`` keeps one item a
pair, each with its ``finding``."""
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
                             d.type, d.finding, d.a, d.b))  # (a finding's pairs together)
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
        items.append({"type": d.type, "severity": d.severity, "detail": d.detail, "finding": d.finding,
                      "value_a": d.value_a, "value_b": d.value_b,
                      "event": corpus.claim(d.a).event, "a": side(corpus, d.a, ha), "b": side(corpus, d.b, hb)})
    findings = len({d.finding or (d.a, d.b, d.type) for d in kept})
    return {"total": len(kept), "findings": findings, "items": items, "more": more}


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


def _by_finding(items: list[dict]) -> list[list[dict]]:
    """The items gathered by finding, in the order the first of each comes (highest severity
    first: a finding's pairs may differ in severity); an item with no finding stands alone."""
    runs: dict = {}
    for k, item in enumerate(items):
        runs.setdefault(item["finding"] or k, []).append(item)
    return list(runs.values())


def _pair_line(item: dict) -> Text:
    """One more pair of a finding: 'Antara a.txt:337-435 'tiga warga' ↔ Reuters b.txt:48-60 'four''."""
    t = Text()
    for k, (s, value) in enumerate(((item["a"], item["value_a"]), (item["b"], item["value_b"]))):
        if k:
            t.append(" ↔ ", style="muted")
        t.append(s["outlet"], style="outlet")
        t.append(f" {s['type']} ", style="muted")
        t.append(s["evidence"], style="evidence")
        if value:
            t.append(f" {value!r}")
    return t


def render(data: dict, ctx) -> Group | None:
    if not data["items"]:
        return None
    n = data["total"]
    runs = _by_finding(data["items"])
    m = data["findings"]
    counted = f"{m} findings between {n} pairs of versions" if m < n else f"{n}"
    parts = [Text(f"Discrepancies ({counted}), highest severity first", style="title")]
    for i, run in enumerate(runs, 1):
        item = run[0]
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
        if len(run) > 1:
            more = len(run) - 1
            parts.append(Padding(Text(f"the same disagreement between {more} more pair{'s' if more > 1 else ''} "
                                      "of versions:", style="muted"), (0, 0, 0, 3)))
            for other in run[1:]:
                parts.append(Padding(_pair_line(other), (0, 0, 0, 5)))
    if data["more"]:
        parts.append(Text(f"\n... and {data['more']} more (--limit 0 shows all)", style="muted"))
    return Group(*parts)
