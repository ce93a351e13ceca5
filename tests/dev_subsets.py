"""Smaller folders drawn from a gold corpus: each gold event told by a seeded share of its outlets.

A fact-checker's folder seldom holds seventy articles: a desk may get two or three
outlets' versions of each story. Much of what the pipeline does leans on the other
outlets (a claim joins a cluster because it matches its core; an undated report joins
its event through the dated ones), so figures measured on the whole dev corpus can
flatter what a small folder gets. ``tests/test_dev_subsets.py`` holds floors on such
draws; ``tests/benchmarks/bench_subsets.py`` compares them with the whole corpus's graph.
"""
from __future__ import annotations

import json
import random
import shutil
from collections import defaultdict
from pathlib import Path


def draw(gold: dict, fraction: float, seed: int) -> set[str]:
    """The articles drawn: ``fraction`` of each gold event's (at least two, or all it has)."""
    event_of: dict[str, str] = {}
    for c in gold["claims"]:
        event_of.setdefault(c["article"], c["event"])
    by_event: dict[str, list[str]] = defaultdict(list)
    for a in sorted(gold["articles"]):
        by_event[event_of.get(a, "")].append(a)
    rng = random.Random(seed)
    kept: set[str] = set()
    for _event, articles in sorted(by_event.items()):
        k = min(len(articles), max(2, round(len(articles) * fraction)))
        kept |= set(rng.sample(articles, k))
    return kept


def restrict(gold: dict, kept: set[str]) -> dict:
    """The gold of the articles ``kept``: what it says of them alone. Claims, clusters, events,
    non-matches and discrepancies are kept when all their articles are drawn."""
    claims = [c for c in gold["claims"] if c["article"] in kept]
    ids = {c["id"] for c in claims}
    return {**gold,
            "articles": {a: v for a, v in gold["articles"].items() if a in kept},
            "claims": claims,
            "non_matches": [p for p in gold.get("non_matches", []) if p[0] in ids and p[1] in ids],
            "discrepancies": [d for d in gold.get("discrepancies", []) if all(x in ids for x in d["claims"])],
            "derivations": [d for d in gold.get("derivations", []) if d["from"] in kept and d["to"] in kept],
            "boilerplate": [b for b in gold.get("boilerplate", []) if b["article"] in kept]}


def write_subset(corpus: Path, gold: dict, fraction: float, seed: int, dest: Path) -> tuple[Path, Path]:
    """Copy the drawn articles to ``dest/corpus`` and their gold to ``dest/gold.json``;
    return (the folder, the gold file)."""
    kept = draw(gold, fraction, seed)
    folder = dest / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    for a in sorted(kept):
        shutil.copy(corpus / a, folder / a)
    gold_path = dest / "gold.json"
    gold_path.write_text(json.dumps(restrict(gold, kept), ensure_ascii=False), encoding="utf-8")
    return folder, gold_path
