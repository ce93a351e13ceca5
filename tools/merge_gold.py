#!/usr/bin/env python3
"""Add a story's gold to the written corpus's gold, and its pages to the corpus.

    python tools/merge_gold.py NEW_GOLD NEW_CORPUS_DIR [--into tests/written]

The scorer (``../shared/eval/score.py``) reads one alias table per kind (sources, outlets,
speakers) for the whole corpus, and where two canonical names share an alias the last one
wins. So a body the new gold names canonically as an existing entry does ("ANTARA" beside
"Antara", or "BNPB" beside "National Disaster Mitigation Agency" listing "BNPB") is merged into
that entry, and the new gold's references follow it; a canonical name that is only another
entry's alias elsewhere in the same way. An alias two different canonical names share is
reported, not changed ("police", "health ministry": generic words two stories use for two
bodies); the story's own claims then score against whichever entry comes last.

Refuses, changing nothing, when a page's file name, a claim id, a cluster or an event is
already there.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def norm(s: str) -> str:
    """As the scorer compares names: case and runs of spaces folded."""
    return " ".join(str(s or "").split()).casefold()


def merge_names(table: dict[str, list[str]], new: dict[str, list[str]]) -> tuple[dict[str, str], list[str]]:
    """Merge ``new`` (canonical -> aliases) into ``table`` in place. Returns the renames (new
    canonical -> the existing canonical it is) and the aliases left shared by two entries."""
    by_name = {}
    for canon, aliases in table.items():
        for a in (canon, *aliases):
            by_name.setdefault(norm(a), set()).add(canon)
    renames, shared, touched = {}, [], set()
    for canon, aliases in new.items():
        # the same body: its canonical name is an existing canonical name, or an existing
        # entry's alias that no other entry shares
        owners = by_name.get(norm(canon), set())
        target = next((c for c in owners if norm(c) == norm(canon)), None) or (
            next(iter(owners)) if len(owners) == 1 else None)
        if target is None:
            table[canon] = list(dict.fromkeys(aliases))
            target = canon
        else:
            if target != canon:
                renames[canon] = target
            table[target] = list(dict.fromkeys([*table[target], *([canon] if canon != target else []), *aliases]))
        for a in (target, *table[target]):
            by_name.setdefault(norm(a), set()).add(target)
        touched |= {norm(a) for a in (canon, *aliases)}
    for name, owners in sorted(by_name.items()):
        if len(owners) > 1 and name in touched:
            shared.append(f"{name!r}: {sorted(owners)}")
    return renames, shared


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("corpus")
    ap.add_argument("--into", default=str(ROOT / "tests" / "written"))
    a = ap.parse_args()
    into = Path(a.into)
    gold_path = into / "gold.json"
    raw = gold_path.read_text(encoding="utf-8")
    gold = json.loads(raw)
    new = json.loads(Path(a.gold).read_text(encoding="utf-8"))
    pages = sorted(p for p in Path(a.corpus).iterdir() if p.is_file())

    clashes = [f"page {p.name}" for p in pages if (into / "corpus" / p.name).exists()]
    clashes += [f"article {n}" for n in new["articles"] if n in gold["articles"]]
    old_ids = {c["id"] for c in gold["claims"]}
    old_clusters = {c["cluster"] for c in gold["claims"]}
    clashes += [f"claim {c['id']}" for c in new["claims"] if c["id"] in old_ids]
    clashes += sorted({f"cluster {c['cluster']}" for c in new["claims"] if c["cluster"] in old_clusters})
    clashes += [f"event {e}" for e in new["events"] if e in gold["events"]]
    if clashes:
        print("merge_gold: nothing changed; already there: " + ", ".join(clashes[:10]), file=sys.stderr)
        return 1

    report = []
    renames = {}
    for kind in ("sources", "outlets", "speakers"):
        r, shared = merge_names(gold.setdefault(kind, {}), new.get(kind, {}))
        renames[kind] = r
        report += [f"{kind}: {k} -> {v}" for k, v in r.items()]
        report += [f"{kind}: shared alias {s}" for s in shared]

    def src(names):
        return list(dict.fromkeys(renames["sources"].get(n, n) for n in names))

    for name, meta in new["articles"].items():
        meta = dict(meta)
        if meta.get("sources"):
            meta["sources"] = src(meta["sources"])
        if meta.get("outlet"):
            meta["outlet"] = renames["outlets"].get(meta["outlet"], meta["outlet"])
        gold["articles"][name] = meta
    gold["events"].update(new["events"])
    for c in new["claims"]:
        c = dict(c)
        if c.get("sources"):
            c["sources"] = src(c["sources"])
        if c.get("speaker"):
            c["speaker"] = renames["speakers"].get(c["speaker"], c["speaker"])
        gold["claims"].append(c)
    for key in ("non_matches", "discrepancies", "derivations", "boilerplate"):
        gold.setdefault(key, []).extend(new.get(key, []))

    for p in pages:
        shutil.copyfile(p, into / "corpus" / p.name)
    indent = 1 if raw.startswith('{\n "') else 2
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8")
    print(f"merged {len(pages)} pages, {len(new['claims'])} claims into {into}")
    for line in report:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
