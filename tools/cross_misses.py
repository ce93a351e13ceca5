#!/usr/bin/env python3
"""Where the gold pairs across languages that matching misses are lost, counted by cause.

    python tools/cross_misses.py CORPUS GOLD [--samples N]

Runs the pipeline on CORPUS, puts each gold claim on the smallest system claim that
holds its anchor (as ``../shared/eval/score.py`` does, by its anchor's span), and
sorts every gold pair of claims in two languages that the system's clusters do not
join into one cause:

- ``not extracted``: a claim of the pair is on no system claim;
- ``one system claim``, ``one article``: the pair is not across articles here;
- ``two events`` (a): the events stage put the claims in different events, so
  matching never compared them;
- ``not refined`` (b): their article pair's block was never scored again by the
  full model (``Block.doubtful``), the static verdict decided;
- ``verdict < 0.1`` ... ``verdict < assert`` (c): refined, and the full model's
  verdict on the pair is low;
- ``verdict high, not clustered`` (d): the verdict reaches ``assert_threshold``
  but average linkage refused the join.

Then, for the pairs in one event that are not joined, whether the split follows the
languages ("language split": in each of the two system clusters the gold cluster's
claims are of one language, and the two languages differ; that is what evidence
across languages can mend) or not ("granularity": the system keeps one fact in two
clusters that each hold both languages already, a quotation and a report of it, or a
claim that holds two facts; the figure counts it as a miss across languages too).
Then the same pairs by what the two claims are ("kinds"): a quotation and a report of
one speaker ("quotation/report, one speaker"), of a speaker the other does not name,
two quotations, two reports, or a headline or caption in the pair; with the gold
clusters they come from (a pair count grows with the square of a cluster's size: a
few split clusters make most of the granularity count).
With ``--samples``, prints that many missed pairs of each cause with their texts.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance import matching, pipeline  # noqa: E402
from provenance.settings import DEFAULT  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from fit_models import find_span  # noqa: E402  (gold anchors placed as fit_models places them)


def place(c: dict, by_name: dict, texts: dict, infos: list):
    """The index of the system claim a gold claim is on, as score.py places it: the smallest
    claim holding its anchor, else the claim overlapping most of it if that is at least half."""
    span = find_span(texts.get(c["article"], ""), c["anchor"], c.get("occurrence", 0))
    if span is None:
        return None
    best, overlap, held = None, 0, []
    for k in by_name[c["article"]]:
        s, e = infos[k].claim.start, infos[k].claim.end
        if s <= span[0] and span[1] <= e:
            held.append((e - s, k))
        if min(span[1], e) - max(span[0], s) > overlap:
            best, overlap = k, min(span[1], e) - max(span[0], s)
    if held:
        return min(held)[1]
    return best if best is not None and 2 * overlap >= span[1] - span[0] else None


def place_gold(gold: dict, corpus, infos: list) -> dict:
    """Gold claim id -> the index of the system claim it is on (``place``), or None."""
    by_name = defaultdict(list)
    for k, info in enumerate(infos):
        by_name[info.article.name].append(k)
    texts = {art.name: art.text for art in corpus.articles}
    return {c["id"]: place(c, by_name, texts, infos) for c in gold["claims"]}


def kinds_of(a, b) -> str:
    """What two claims are: quotations, reports (a body claim that is not a quotation),
    or a headline or caption among them; and for a quotation and a report, whether both are
    credited to one speaker, one of them to nobody, or to two."""
    types = sorted(x.claim.claim_type for x in (a, b))
    if any(t not in ("statement", "quote") for t in types):
        return "a headline or caption"
    if types == ["quote", "quote"]:
        return "two quotations"
    if types == ["statement", "statement"]:
        return "two reports"
    if a.speaker and a.speaker == b.speaker:
        return "quotation/report, one speaker"
    if a.speaker and b.speaker:
        return "quotation/report, two speakers"
    return "quotation/report, one or none credited"


def cluster_kinds(infos, cluster: dict) -> dict[str, str]:
    """System cluster id -> what its body claims are: "quotations" (more than half),
    "reports" (none), "mixed"; "headlines/captions" when it has no body claim."""
    body, quotes = Counter(), Counter()
    for info in infos:
        c = cluster[info.id]
        body[c] += 0
        if info.claim.claim_type in ("statement", "quote"):
            body[c] += 1
            quotes[c] += info.claim.claim_type == "quote"
    return {c: "headlines/captions" if not n else "quotations" if 2 * quotes[c] > n else "reports" if not quotes[c]
            else "mixed" for c, n in body.items()}


def run_keeping_matching(description: str, spies: dict | None = None):
    """The tools' shared opening: read CORPUS GOLD [--samples N] from the command line, run the
    pipeline on CORPUS, and keep what matching compared (``seen``: infos, blocks, event). ``spies``:
    other ``matching`` functions to wrap while it runs, name -> (function, real) -> wrapper.
    Returns (arguments, gold, corpus, seen)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("corpus")
    ap.add_argument("gold")
    ap.add_argument("--samples", type=int, default=0)
    a = ap.parse_args()
    gold = json.loads(Path(a.gold).read_text(encoding="utf-8"))
    seen: dict = {}
    real = {"match_claims": matching.match_claims}
    real.update({name: getattr(matching, name) for name in spies or {}})

    def spy(infos, blocks, claim_event, settings, progress=None):
        seen.update(infos=infos, blocks=blocks, event=claim_event)
        return real["match_claims"](infos, blocks, claim_event, settings, progress)

    # the pipeline calls them through the package: what it matched with is kept
    matching.match_claims = spy
    for name, wrap in (spies or {}).items():
        setattr(matching, name, wrap(real[name], seen))
    try:
        paths = sorted(p for p in Path(a.corpus).iterdir() if p.suffix in (".txt", ".html", ".htm"))
        corpus = pipeline.analyze(paths, DEFAULT)
    finally:
        for name, fn in real.items():
            setattr(matching, name, fn)
    return a, gold, corpus, seen


def main() -> int:
    a, gold, corpus, seen = run_keeping_matching(__doc__.splitlines()[0])
    infos, blocks, event = seen["infos"], seen["blocks"], seen["event"]
    claims = {c["id"]: c for c in gold["claims"]}
    at = place_gold(gold, corpus, infos)  # gold claim id -> claim index
    cluster = corpus.clusters
    lang = lambda cid: gold["articles"][claims[cid]["article"]].get("language")
    langs_in = defaultdict(set)  # (gold cluster, system cluster) -> languages of its gold claims there
    for cid, k in at.items():
        if k is not None:
            langs_in[(claims[cid]["cluster"], cluster[infos[k].id])].add(infos[k].language)
    cause = Counter({"(a) two events": 0, "(b) not refined": 0, "(d) verdict high, not clustered": 0})
    split, samples = Counter(), defaultdict(list)
    kinds, kind_clusters = Counter(), defaultdict(set)
    clusters_split, clusters_split_gold = Counter(), defaultdict(set)
    quoting = cluster_kinds(infos, cluster)
    total = 0
    for x, y in combinations(sorted(claims), 2):
        cx, cy = claims[x], claims[y]
        if cx["cluster"] != cy["cluster"] or cx["article"] == cy["article"] or lang(x) == lang(y):
            continue
        total += 1
        i, k = at[x], at[y]
        if i is not None and k is not None and (i == k or cluster[infos[i].id] == cluster[infos[k].id]):
            continue
        if i is None or k is None:
            why = "not extracted"
        elif infos[i].article.id == infos[k].article.id:
            why = "one article"
        elif event[infos[i].id] != event[infos[k].id]:
            why = "(a) two events"
        else:
            blk = blocks.block(infos[i].article.id, infos[k].article.id)
            p, q = (blk.rows.index(i), blk.cols.index(k)) if i in blk.rows else (blk.rows.index(k), blk.cols.index(i))
            if blk.refined is None:
                why = "(b) not refined"
            else:
                v = float(blk.refined.prob[p, q])
                if v >= DEFAULT.assert_threshold:
                    why = "(d) verdict high, not clustered"
                else:
                    band = next(b for b in (0.1, 0.2, 0.3, DEFAULT.assert_threshold) if v < b)
                    why = f"(c) verdict < {band:g}"
            one = lambda c, n: langs_in[(c["cluster"], cluster[infos[n].id])]
            lx, ly = one(cx, i), one(cy, k)
            how = "language split" if len(lx) == 1 and len(ly) == 1 and lx != ly else "granularity"
            split[how] += 1
            kind = f"{how}: {kinds_of(infos[i], infos[k])}"
            if how == "granularity":
                sides = sorted(quoting[cluster[infos[n].id]] for n in (i, k))
                clusters_split[f"{sides[0]} / {sides[1]}"] += 1
                clusters_split_gold[f"{sides[0]} / {sides[1]}"].add(cx["cluster"])
            kinds[kind] += 1
            kind_clusters[kind].add(cx["cluster"])
        cause[why] += 1
        if i is not None and k is not None:
            samples[why].append((cx["cluster"], infos[i], infos[k]))
    missed = sum(cause.values())
    print(f"{total} gold pairs across languages, {missed} missed ({total - missed} found: {(total - missed) / max(1, total):.4f})")
    for why, n in sorted(cause.items()):
        print(f"  {why:34s} {n}")
    print("the missed pairs within one event, by how the system splits their gold cluster:")
    for why, n in sorted(split.items()):
        print(f"  {why:34s} {n}")
    print("the same, by what the two claims are (pairs, gold clusters):")
    for kind, n in sorted(kinds.items()):
        print(f"  {kind:60s} {n:4d} {len(kind_clusters[kind]):3d}")
    print("the granularity pairs, by what their two system clusters hold (pairs, gold clusters):")
    for kind, n in sorted(clusters_split.items()):
        print(f"  {kind:60s} {n:4d} {len(clusters_split_gold[kind]):3d}")
    rng = random.Random(1)
    for why in sorted(samples) if a.samples else ():
        print(f"== {why}")
        for g, x, y in rng.sample(samples[why], min(a.samples, len(samples[why]))):
            print(f"  {g}\n    [{x.language}] {x.claim.text[:160]}\n    [{y.language}] {y.claim.text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
