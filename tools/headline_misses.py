#!/usr/bin/env python3
"""Where the gold pairs that hold a headline or a photo caption are lost, counted by cause.

    python tools/headline_misses.py CORPUS GOLD [--samples N]

Runs the pipeline on CORPUS, puts each gold claim on the system claim that holds its anchor
(as ``cross_misses.py`` and ``../shared/eval/score.py`` do), and takes every gold pair across
two articles of which one claim at least is a headline or caption (in either language, unlike
``cross_misses.py``). Each such pair the system's clusters do not join gets one cause, the first
that applies:

- ``not extracted``: a claim of the pair is on no system claim;
- ``cut``: a system claim of the pair holds more than one gold fact (a headline that bundles
  two, or the body claim it is held against);
- ``two events``: the events stage put the claims in different events;
- ``gold cluster split elsewhere``: a headline or caption of the pair sits in a cluster that holds
  another outlet's claim of the pair's gold cluster, and the partner is in another piece of it: the
  body claims themselves are not joined (the clusters' work, not the headline's);
- ``headline attached elsewhere``: ``attach_headlines`` moved a headline of the pair to its own
  article's claim, and that claim's cluster is not the partner's;
- ``verdict high, not clustered``: the refined verdict reaches ``assert_threshold``, linkage refused;
- ``headline left in another cluster``: a headline the verdicts put in a cluster with other
  outlets' body claims (``attach_headlines`` leaves those where they are);
- ``headline not attached``: a headline alone (or with headlines only) whose own article's best
  body claim holds less than ``headline_containment`` of its words, or is matched nowhere;
- ``low verdict``: the rest (captions alone, and headlines of one-article stories).

With ``--samples``, prints that many pairs of each cause with their texts.
"""
from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from cross_misses import place_gold, run_keeping_matching  # noqa: E402
from provenance.settings import DEFAULT  # noqa: E402

KINDS = ("headline", "caption")


def _keep_attaching(real_attach, seen: dict):
    """Wraps ``matching.attach_headlines``: the clusters before and after it, and the articles it ran on."""
    def spy_attach(infos, blocks, roots, articles, *args, **kw):
        out, found = real_attach(infos, blocks, roots, articles, *args, **kw)
        seen.update(before=dict(roots), after=dict(out), attaching=set(articles))
        return out, found
    return spy_attach


def main() -> int:
    a, gold, corpus, seen = run_keeping_matching(__doc__.splitlines()[0], {"attach_headlines": _keep_attaching})
    infos, blocks, event = seen["infos"], seen["blocks"], seen["event"]
    before, after = seen["before"], seen["after"]
    claims = {c["id"]: c for c in gold["claims"]}
    at = place_gold(gold, corpus, infos)
    held = defaultdict(set)  # system claim -> the gold clusters of the gold claims on it
    for cid, k in at.items():
        if k is not None:
            held[k].add(claims[cid]["cluster"])
    spread, with_body = defaultdict(set), set()  # the clusters before headlines attach
    for k, r in before.items():
        spread[r].add(infos[k].article.id)
        if infos[k].body:
            with_body.add(r)
    cluster = corpus.clusters
    members = defaultdict(list)  # system cluster id -> its claims' indices
    for n, info in enumerate(infos):
        members[cluster[info.id]].append(n)
    cause, by_pair, samples = Counter(), Counter(), defaultdict(list)
    total = 0
    for x, y in combinations(sorted(claims), 2):
        cx, cy = claims[x], claims[y]
        if cx["cluster"] != cy["cluster"] or cx["article"] == cy["article"]:
            continue
        if cx["type"] not in KINDS and cy["type"] not in KINDS:
            continue
        total += 1
        i, k = at[x], at[y]
        if i is not None and k is not None and (i == k or cluster[infos[i].id] == cluster[infos[k].id]):
            continue
        heads = [n for n in (i, k) if n is not None and infos[n].claim.claim_type == "headline"]
        if i is None or k is None:
            why = "not extracted"
        elif len(held[i]) > 1 or len(held[k]) > 1:
            why = "cut"
        elif event[infos[i].id] != event[infos[k].id]:
            why = "two events"
        elif any(cx["cluster"] in held[j] and infos[j].article.id != infos[n].article.id
                 for n in (i, k) if infos[n].claim.claim_type in KINDS
                 for j in members[cluster[infos[n].id]] if j != n):
            why = "gold cluster split elsewhere"
        elif any(before[n] != after[n] for n in heads):
            why = "headline attached elsewhere"
        else:
            blk = blocks.block(infos[i].article.id, infos[k].article.id)
            p, q = (blk.rows.index(i), blk.cols.index(k)) if i in blk.rows else (blk.rows.index(k), blk.cols.index(i))
            v = float(blk.refined.prob[p, q]) if blk.refined is not None else 0.0
            heads = [n for n in heads if infos[n].article.id in seen["attaching"]]
            if v >= DEFAULT.assert_threshold:
                why = "verdict high, not clustered"
            elif any(len(spread[before[n]]) >= 2 and before[n] in with_body for n in heads):
                why = "headline left in another cluster"
            elif heads:
                why = "headline not attached"
            else:
                why = "low verdict"
        cause[why] += 1
        by_pair["+".join(sorted((cx["type"], cy["type"])))] += 1
        samples[why].append((cx["cluster"], i, k, x, y))
    missed = sum(cause.values())
    print(f"{total} gold pairs with a headline or caption, {missed} missed ({total - missed} found)")
    for why, n in cause.most_common():
        print(f"  {why:36s} {n}")
    print("the missed pairs by the gold claims' types:")
    for kinds, n in by_pair.most_common():
        print(f"  {kinds:36s} {n}")
    rng = random.Random(1)
    for why in sorted(samples) if a.samples else ():
        print(f"== {why}")
        for g, i, k, x, y in rng.sample(samples[why], min(a.samples, len(samples[why]))):
            print(f"  {g}")
            for n, cid in ((i, x), (k, y)):
                text = infos[n].claim.text if n is not None else "(not extracted) " + claims[cid]["anchor"]
                print(f"    [{claims[cid]['type']}] {text[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
