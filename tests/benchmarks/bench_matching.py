"""Matching benchmark: a synthetic corpus end to end, and what the event gate costs in pairs.

    python tests/benchmarks/bench_matching.py [--articles 2000] [--seed 7] [--sample 150]

Runs the whole pipeline (``analyze``, default settings) on a synthetic corpus
(``../shared/bench/gen_corpus.py``), then scores it on the generator's gold,
and prints: wall time and articles a second; claims; claims the full model
embedded and the share of compared article pairs it decided (the rest are
decided on the static vector table); matching and events f1.

Then, on a random sample of ``--sample`` articles, it scores every pair of
those articles whose stated dates can meet, with the scorer the pipeline used
(the pipeline compares only the articles of one event), and reports the share
of the claim pairs this exhaustive scoring asserts that the pipeline found,
and the same share among those the gold says state one fact. The verdict
alone asserts many pairs of look-alike frames from other stories (the same
sentence with other people); keeping those apart is the events' job, so the
second share is the one that says whether the event gate loses real matches.
Issue 9 asks for 2,000 articles (seed 7) in at most 90 s on this 2-core
machine, matching and events f1 of at least 0.95, and at least 99% of the
exhaustive pairs.

The exhaustive side scores on the static table only; the pipeline re-scores
cross-language pairs with the full model, so on a corpus in one language (the
generator writes Indonesian) both sides use the same verdicts.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import tempfile
import time
from pathlib import Path

from common import corpus, machine, score

from provenance import analyze, build_graph, embeddings, matching, write_graphml
from provenance.matching.info import windows_meet
from provenance.settings import DEFAULT


class Counting:
    """Counts what the run hands to the full model, and keeps the run's block scorer."""

    def __init__(self):
        self.embedded = 0
        self.refined = 0
        self.scorer = None

    def install(self):
        encode, refine, init = embeddings.Embedder._encode, matching.BlockScorer.refine, matching.BlockScorer.__init__
        me = self

        def counted_encode(self, texts):
            me.embedded += len(texts)
            return encode(self, texts)

        def counted_refine(self, a, b, full):
            me.refined += 1
            return refine(self, a, b, full)

        def kept_init(self, *args, **kwargs):
            init(self, *args, **kwargs)
            me.scorer = self

        embeddings.Embedder._encode = counted_encode
        matching.BlockScorer.refine = counted_refine
        matching.BlockScorer.__init__ = kept_init


def gold_same_fact(c, folder: Path):
    """(claim id, claim id) -> does the generator's gold put them in one cluster? A claim
    stands for the gold claims whose anchor it contains."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    by_name = {Path(a.path).name: a for a in c.articles}
    cluster_of: dict[str, set[str]] = {}
    for g in gold["claims"]:
        art = by_name.get(g["article"])
        if art is None:
            continue
        at = art.text.find(g["anchor"])
        for cl in art.claims:
            if at >= 0 and cl.start <= at and at + len(g["anchor"]) <= cl.end:
                cluster_of.setdefault(cl.id, set()).add(g["cluster"])
    return lambda a, b: bool(cluster_of.get(a, set()) & cluster_of.get(b, set()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sample", type=int, default=150, help="articles scored exhaustively against each other")
    args = ap.parse_args()
    folder = corpus(args.articles, args.seed)
    counts = Counting()
    counts.install()
    print(f"machine: {machine()}")
    t0 = time.perf_counter()
    c = analyze([folder / "articles"], DEFAULT)
    dt = time.perf_counter() - t0
    blocks = counts.scorer
    n_claims = sum(len(a.claims) for a in c.articles)
    compared = len(blocks.computed())
    print(f"{len(c.articles)} articles, {n_claims} claims in {dt:.1f} s ({len(c.articles) / dt:.1f} articles/s)")
    print(f"claims embedded by the full model: {counts.embedded} ({counts.embedded / max(n_claims, 1):.1%}); "
          f"article pairs compared: {compared}, decided by the full model: {counts.refined} "
          f"({counts.refined / max(compared, 1):.1%})")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "graph.graphml"
        write_graphml(build_graph(c), out)
        figures = score(out, folder)
    m, e = figures["matching"], figures["events"]
    print(f"matching.f1={m['f1']}  matching.precision={m['precision']}  matching.recall={m['recall']}  "
          f"events.f1={e['f1']}")

    found = {(m.a, m.b) for m in c.matches if m.score >= DEFAULT.assert_threshold}
    sample = sorted(random.Random(args.seed).sample(sorted(blocks.by_article), min(args.sample, len(blocks.by_article))))
    infos = blocks.infos
    exhaustive = set()
    vetoed = 0
    for a, b in itertools.combinations(sample, 2):
        # known dates that cannot meet are the one veto matching keeps (issue 9); every other
        # pair of articles is scored
        if not windows_meet(c.windows[a], c.windows[b], DEFAULT):
            vetoed += 1
            continue
        for (i, j) in blocks.verdicts(a, b, DEFAULT.assert_threshold):
            exhaustive.add(tuple(sorted((infos[i].id, infos[j].id))))
    kept = len(exhaustive & found)
    print(f"exhaustive scoring of {len(sample)} articles ({len(sample) * (len(sample) - 1) // 2} pairs, "
          f"{vetoed} whose stated dates cannot meet left out) asserts "
          f"{len(exhaustive)} claim pairs; the pipeline found {kept} "
          f"({kept / max(len(exhaustive), 1):.2%})")
    same = gold_same_fact(c, folder)
    true = {p for p in exhaustive if same(*p)}
    print(f"of those, the gold says {len(true)} state one fact; the pipeline found "
          f"{len(true & found)} ({len(true & found) / max(len(true), 1):.2%}); the other "
          f"{len(exhaustive) - len(true)} are look-alike frames of other stories that the events keep apart")


if __name__ == "__main__":
    main()
