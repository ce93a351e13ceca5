"""Matching benchmarks: how cost grows with the corpus, and blocking against exhaustive scoring.

    python tests/benchmarks/bench_matching.py scaling [--sizes 10000 20000]
    python tests/benchmarks/bench_matching.py exhaustive [--articles 2000]

``scaling`` times the matching stage (keys, candidates, verdicts, alignment)
on synthetic corpora of two sizes; the issue asks time(20,000)/time(10,000)
<= 2.3, i.e. about linear growth.

``exhaustive`` compares the matching stage on 2,000 articles with scoring
every pair of claims (from different articles) with the same scorer. The
exhaustive pair set is computed exactly: a pair that shares no key token
scores at most 0.25 x the fuzzy term, below the suggestion threshold, so
scoring only pairs that share a token (through an unblocked, uncapped index)
gives the exhaustive result. Its time is the measured cost per scored pair
times the number of pairs. The issue asks for at least 20x less time and at
least 99% of the exhaustive pairs found.
"""
from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict

from common import corpus, machine

from provenance.load import load
from provenance.match import Scorer, candidates, match_claims, prepare
from provenance.pipeline import process_article
from provenance.settings import DEFAULT


def articles_of(n: int):
    arts, _ = load([corpus(n) / "articles"])
    for a in arts:
        process_article(a)
    return arts


def time_matching(arts) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    infos = prepare(arts)
    scorer = Scorer(infos)
    matches = match_claims(infos, DEFAULT, scorer)
    return time.perf_counter() - t0, len(infos), len(matches)


def scaling(sizes: list[int]) -> None:
    print(f"machine: {machine()}")
    times = []
    for n in sizes:
        arts = articles_of(n)
        dt, n_claims, n_matches = time_matching(arts)
        times.append(dt)
        print(f"{n} articles, {n_claims} claims: matching stage {dt:.1f} s, {n_matches} matches")
    for (n0, t0), (n1, t1) in zip(zip(sizes, times), zip(sizes[1:], times[1:])):
        print(f"time({n1})/time({n0}) = {t1 / t0:.2f} (corpus ratio {n1 / n0:.1f})")


def exhaustive(n: int, sample: int = 200_000) -> None:
    print(f"machine: {machine()}")
    arts = articles_of(n)
    t0 = time.perf_counter()
    infos = prepare(arts)
    scorer = Scorer(infos)
    matches = match_claims(infos, DEFAULT, scorer)
    t_blocked = time.perf_counter() - t0
    found = {(m.a, m.b) for m in matches}
    # exhaustive result, exactly: every pair sharing a key token, scored
    post = defaultdict(list)
    for k, i in enumerate(infos):
        for t in set(i.key.tokens):
            post[t].append(k)
    pairs = set()
    for ids in post.values():
        for x in range(len(ids)):
            ax = infos[ids[x]].article.id
            for y in range(x + 1, len(ids)):
                if infos[ids[y]].article.id != ax:
                    pairs.add((ids[x], ids[y]))
    reference = set()
    for i, j in pairs:
        s, _ = scorer.score(infos[i], infos[j])
        if s >= DEFAULT.suggest_threshold:
            reference.add((infos[i].id, infos[j].id))
    # the cost of scoring one pair, measured on a random sample of all pairs
    rng = random.Random(1)
    m = len(infos)
    t1 = time.perf_counter()
    done = 0
    while done < sample:
        i, j = rng.randrange(m), rng.randrange(m)
        if i != j and infos[i].article.id != infos[j].article.id:
            scorer.score(infos[i], infos[j])
            done += 1
    per_pair = (time.perf_counter() - t1) / sample
    by_article = defaultdict(int)
    for i in infos:
        by_article[i.article.id] += 1
    total_pairs = (m * (m - 1) - sum(c * (c - 1) for c in by_article.values())) // 2
    t_exhaustive = per_pair * total_pairs
    blocked = candidates(infos, scorer)
    kept = len(reference & found)
    print(f"{n} articles, {m} claims, {total_pairs:,} cross-article claim pairs")
    print(f"matching stage (blocked): {t_blocked:.1f} s, {len(blocked):,} candidate pairs scored")
    print(f"exhaustive scoring: {per_pair * 1e6:.1f} us a pair x {total_pairs:,} pairs = {t_exhaustive:.0f} s "
          f"(estimated from {sample:,} sampled pairs)")
    print(f"speed-up: {t_exhaustive / t_blocked:.0f}x")
    print(f"pairs at or above the suggestion threshold: exhaustive {len(reference)}, found by the matching stage "
          f"{kept} = {kept / max(1, len(reference)):.2%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("scaling")
    s.add_argument("--sizes", type=int, nargs="+", default=[10000, 20000])
    e = sub.add_parser("exhaustive")
    e.add_argument("--articles", type=int, default=2000)
    a = ap.parse_args()
    if a.cmd == "scaling":
        scaling(a.sizes)
    else:
        exhaustive(a.articles)


if __name__ == "__main__":
    main()
