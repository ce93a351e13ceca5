"""Extraction speed: articles a second through the per-article stages, on one core.

    python tests/benchmarks/bench_extraction.py [--articles 2000]

Reads the articles of a synthetic corpus (``../shared/bench/gen_corpus.py``)
and times clean -> segment -> quotes -> claims -> speakers -> dates ->
attribution on each, in this one process (one core). The issue asks for at
least 300 articles a second.
"""
from __future__ import annotations

import argparse
import time

from common import corpus, machine

from provenance.load import load
from provenance.pipeline import process_article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    folder = corpus(a.articles) / "articles"
    best = None
    for _ in range(a.repeat):
        articles, _ = load([folder])
        t0 = time.perf_counter()
        n_claims = 0
        for art in articles:
            process_article(art)
            n_claims += len(art.claims)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    print(f"machine: {machine()}")
    print(f"{len(articles)} articles, {n_claims} claims: best of {a.repeat} runs {best:.2f} s "
          f"= {len(articles) / best:.0f} articles/s, {n_claims / best:.0f} claims/s (one core)")


if __name__ == "__main__":
    main()
