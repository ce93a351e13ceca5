#!/usr/bin/env python3
"""How well the words two claims alone share tell one fact from two, within one language.

    python tools/told_alone.py CORPUS GOLD [--samples N]

Runs the pipeline on CORPUS, puts each gold claim on the system claim that holds its anchor
(as ``cross_misses.py`` and ``../shared/eval/score.py`` do), and takes every scored pair of two
body claims of one event in one language, not both credited to one person (the pairs that start a
cluster only at ``Settings.cluster_link_within``), whose two claims both hold gold claims: one
fact when a gold cluster is on both, two otherwise. Counts them by the static verdict's band
(below ``assert_threshold``, up to ``cluster_link_within``, above) and by how many words the two
share that no other claim of their event uses (``features.HappeningWords``: what
``Settings.cluster_link_own_words`` counts). With ``--samples``, prints that many pairs of each
band and count with their words.
"""
from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from cross_misses import place_gold, run_keeping_matching  # noqa: E402
from provenance.matching.cluster import needs_link_within  # noqa: E402
from provenance.matching.features import HappeningWords  # noqa: E402
from provenance.settings import DEFAULT  # noqa: E402


def main() -> int:
    a, gold, corpus, seen = run_keeping_matching(__doc__.splitlines()[0])
    infos, blocks, event = seen["infos"], seen["blocks"], seen["event"]
    on = defaultdict(set)  # system claim index -> the gold clusters of the gold claims on it
    clusters = {c["id"]: c["cluster"] for c in gold["claims"]}
    for cid, k in place_gold(gold, corpus, infos).items():
        if k is not None:
            on[k].add(clusters[cid])
    words = HappeningWords(infos, event)
    lo, hi = DEFAULT.assert_threshold, DEFAULT.cluster_link_within
    table, samples = Counter(), defaultdict(list)
    for x, y in blocks.computed():
        blk = blocks.block(x, y)
        if blk.cross_language:
            continue
        for p, q in zip(*(blk.prob >= DEFAULT.suggest_threshold).nonzero()):
            i, j = sorted((blk.rows[p], blk.cols[q]))
            if not (needs_link_within(infos[i], infos[j]) and on[i] and on[j]):
                continue
            if event.get(infos[i].id) != event.get(infos[j].id):
                continue
            v = float(blk.prob[p, q])
            band = f"[{DEFAULT.suggest_threshold}, {lo})" if v < lo else f"[{lo}, {hi})" if v < hi else f"[{hi}, 1]"
            alone = words.told_alone(i, j)
            one = bool(on[i] & on[j])
            table[(band, min(len(alone), 3), one)] += 1
            samples[(band, min(len(alone), 3))].append((one, v, alone, infos[i], infos[j]))
    print("in-language body pairs of annotated claims: one fact / two facts, by verdict and words told alone")
    for band in sorted({b for b, _n, _o in table}):
        cells = "  ".join(f"{n}{'+' if n == 3 else ''} words: {table[(band, n, True)]:3d} / {table[(band, n, False)]:3d}"
                          for n in range(4))
        print(f"  {band:12s} {cells}")
    rng = random.Random(1)
    for key in sorted(samples) if a.samples else ():
        print(f"== {key[0]}, {key[1]} words")
        for one, v, alone, x, y in rng.sample(samples[key], min(a.samples, len(samples[key]))):
            print(f"  {'one fact' if one else 'two facts'} {v:.2f} {alone}\n    {x.claim.text[:150]}\n    {y.claim.text[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
