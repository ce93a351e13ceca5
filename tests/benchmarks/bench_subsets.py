"""How the figures hold on a smaller folder: the dev corpus's events, each told by fewer outlets.

    python tests/benchmarks/bench_subsets.py [--fractions 0.3 0.6] [--seeds 1 2 3]
                                             [--corpus DIR --gold GOLD] [--keep DIR]

Why small folders: see ``tests/dev_subsets.py``, which also draws them.

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
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, machine

sys.path.insert(0, str(ROOT / "tests"))
from dev_subsets import write_subset  # noqa: E402  (tests/ holds the draw, shared with test_dev_subsets)

SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
FIGURES = (("matching f1", ("matching", "f1")), ("precision", ("matching", "precision")),
           ("recall", ("matching", "recall")), ("cross-lang", ("matching.crosslingual_recall",)),
           ("hard neg", ("matching.hard_negatives_violated",)), ("events f1", ("events", "f1")),
           ("disc P", ("discrepancies", "precision")), ("disc R", ("discrepancies", "recall")))


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
            here = work / f"f{fraction}-s{seed}"
            folder, gold_path = write_subset(args.corpus, gold, fraction, seed, here)
            graph(folder, here / "graph.graphml")
            for label, g in (("subset", here / "graph.graphml"), ("whole", whole)):
                row = scored(g, gold_path, folder)
                sums[label].append(row)
                print(f"{f'{fraction:.0%} seed {seed}':<14} {label:<7} " + " ".join(f"{x:>11.3f}" for x in row))
    for label, rows in sums.items():
        means = [sum(col) / len(col) for col in zip(*rows)]
        print(f"{'mean':<14} {label:<7} " + " ".join(f"{x:>11.4f}" for x in means))
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
