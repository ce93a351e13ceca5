"""How the figures hold on a smaller folder: the dev corpus's events, each told by fewer outlets.

    python tests/benchmarks/bench_subsets.py [--fractions 0.3 0.6] [--seeds 1 2 3]
                                             [--corpus DIR --gold GOLD] [--keep DIR]

A fact-checker's folder seldom holds seventy articles: a desk may get two or
three outlets' versions of each story. Much of what the pipeline does leans
on the other outlets (a claim joins a cluster because it matches its core;
an undated report joins its event through the dated ones), so the figures
measured on the whole dev corpus can flatter what a small folder gets.

For each fraction and seed the benchmark draws, from every gold event, that
share of its articles (at least two), at random (seeded, so the draw is the
same every run); runs the pipeline on those articles alone; and scores the
graph with ``../shared/eval/score.py`` against the gold restricted to them.
Beside it, it scores the graph of the whole corpus against the same
restricted gold: the same articles, read with every other outlet present.
The gap between the two columns is what the other outlets were worth. The
gold's claims, clusters, events, non-matches and discrepancies are kept
when all their articles are drawn.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from common import ROOT, machine

SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
FIGURES = (("matching f1", ("matching", "f1")), ("precision", ("matching", "precision")),
           ("recall", ("matching", "recall")), ("cross-lang", ("matching.crosslingual_recall",)),
           ("hard neg", ("matching.hard_negatives_violated",)), ("events f1", ("events", "f1")),
           ("disc P", ("discrepancies", "precision")), ("disc R", ("discrepancies", "recall")))


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
    """The gold of the articles ``kept``: what it says of them alone."""
    claims = [c for c in gold["claims"] if c["article"] in kept]
    ids = {c["id"] for c in claims}
    return {**gold,
            "articles": {a: v for a, v in gold["articles"].items() if a in kept},
            "claims": claims,
            "non_matches": [p for p in gold.get("non_matches", []) if p[0] in ids and p[1] in ids],
            "discrepancies": [d for d in gold.get("discrepancies", []) if all(x in ids for x in d["claims"])],
            "derivations": [d for d in gold.get("derivations", []) if d["from"] in kept and d["to"] in kept],
            "boilerplate": [b for b in gold.get("boilerplate", []) if b["article"] in kept]}


def graph(folder: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "provenance", "graph", str(folder), "-o", str(out), "--force"],
                   cwd=ROOT, check=True, capture_output=True)


def scored(graph_path: Path, gold_path: Path, folder: Path) -> list[float]:
    r = subprocess.run([sys.executable, str(SCORE), str(graph_path), str(gold_path), "--corpus", str(folder), "--json"],
                       capture_output=True, text=True, check=True)
    figures = json.loads(r.stdout)
    out = []
    for _name, path in FIGURES:
        v = figures
        for k in path:
            v = v.get(k, float("nan")) if isinstance(v, dict) else float("nan")
        out.append(float(v))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "dev" / "corpus")
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "gold" / "dev.json")
    ap.add_argument("--fractions", type=float, nargs="+", default=[0.3, 0.6])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--keep", type=Path, help="write the subsets and their graphs here (else a temp folder)")
    args = ap.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    work = args.keep or Path(tempfile.mkdtemp(prefix="provenance-subsets-"))
    work.mkdir(parents=True, exist_ok=True)
    whole = work / "whole.graphml"
    graph(args.corpus, whole)
    print(f"# {machine()}; {len(gold['articles'])} articles in the whole corpus")
    header = " ".join(f"{name:>11}" for name, _ in FIGURES)
    print(f"{'subset':<14} {'run on':<7} {header}")
    sums: dict[str, list[list[float]]] = {"subset": [], "whole": []}
    for fraction in args.fractions:
        for seed in args.seeds:
            kept = draw(gold, fraction, seed)
            here = work / f"f{fraction}-s{seed}"
            (here / "corpus").mkdir(parents=True, exist_ok=True)
            for a in sorted(kept):
                shutil.copy(args.corpus / a, here / "corpus" / a)
            gold_path = here / "gold.json"
            gold_path.write_text(json.dumps(restrict(gold, kept), ensure_ascii=False), encoding="utf-8")
            graph(here / "corpus", here / "graph.graphml")
            for label, g in (("subset", here / "graph.graphml"), ("whole", whole)):
                row = scored(g, gold_path, here / "corpus")
                sums[label].append(row)
                print(f"{f'{fraction:.0%} seed {seed}':<14} {label:<7} " + " ".join(f"{x:>11.3f}" for x in row))
    for label, rows in sums.items():
        means = [sum(col) / len(col) for col in zip(*rows)]
        print(f"{'mean':<14} {label:<7} " + " ".join(f"{x:>11.4f}" for x in means))
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
