#!/usr/bin/env python3
"""Why clustering keeps apart the gold pairs whose verdict asserts a match.

    python tools/refusals.py CORPUS GOLD [--samples N]

Runs the pipeline on CORPUS, keeps the arguments ``matching.cluster`` was called with, and
calls it again with a judge (``trace``) that notes what became of every link: joined, already
in one cluster, never tried (an in-language body pair below ``Settings.cluster_link_within``),
or refused, and by which rule:

- ``one article``: a body claim of one side's article is in the other cluster, and the two are
  neither restatements nor a quotation and its paraphrase (``_same_article_allowed``);
- ``mean``: the mean verdict over every pair across the two clusters fell short of
  ``cluster_threshold`` (or ``cluster_threshold_across``, with the prior of small stories).

Each gold claim is put on the system claim that holds its anchor (as ``cross_misses.py`` and
``../shared/eval/score.py`` do). It prints:

1. the gold pairs in one event whose verdict reaches ``assert_threshold`` and that end in two
   clusters, by the rule that refused their link;
2. for those refused by the mean, the cluster each side was in then (the competing join), as the
   gold sees it: its other annotated claims all of the side's gold cluster ("right"), none
   ("wrong"), some ("mixed"); for those refused as one article's, the two claims that block (one
   sentence cut in two or two sentences; one of the pair's own claims or a third; one gold fact
   or two);
3. every refusal of the whole run (not only the missed pairs), by rule, with the gold pairs that
   joining would have added: true (one gold cluster) and false (two);
4. the figures when each rule's refusals are decided by the gold instead (join when that adds
   more true pairs than false): the most a better judge of that rule's cases could gain.

With ``--samples N``, N missed pairs of each rule with their texts and the clusters then.
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
from provenance import matching  # noqa: E402
from provenance.matching.cluster import cluster, paraphrase  # noqa: E402
from provenance.settings import DEFAULT  # noqa: E402

# The order of ``cluster``'s parameters, to read the spied call whichever way it was made.
PARAMS = ("infos", "scores", "threshold", "link", "restated", "own", "across", "prior", "small", "link_within",
          "told_alone", "bridge")


def trace(infos, scores, threshold, link, restated=None, own=None, across=None, prior=0.0, small=None,
          link_within=None, told_alone=None, bridge=None, decide=None):
    """``cluster.cluster`` run with a judge that notes each decision. Returns (claim index ->
    root, log): log maps each scored pair (i, j), i < j, at or above ``link`` to (outcome,
    detail): "joined", "together" (already one cluster), "not tried" (an in-language body pair
    below ``link_within``), "one article" (detail: the two claims of one article that block it)
    or "mean" (detail: mean, need, and the two clusters' members then). ``decide(rule, A, B)``,
    if given, is asked about each refusal (rule "not tried" with A = [i], B = [j], before the
    loop; "one article"; "mean") and the join is made when it says so: what a better judge of
    that rule's cases would change (the log then says "joined by decide")."""
    restated = restated or {}
    log = {}

    def allowed(x, y):
        return (x, y) in restated or (own is not None and paraphrase(infos[x], infos[y]))

    def judge(outcome, i, j, detail):
        if outcome in ("joined", "together"):
            log[(i, j)] = (outcome, None)
            return False
        A, B = detail if outcome != "mean" else detail[2:]
        if decide is not None and decide(outcome, A, B):
            if outcome != "not tried":  # a pair let through is logged when the loop decides it
                log[(i, j)] = ("joined by decide", outcome)
            return True
        log[(i, j)] = (outcome, {"not tried": None, "one article": _blocking(A, B, infos, allowed),
                                 "mean": detail}[outcome])
        return False

    roots = cluster(infos, scores, threshold, link, restated, own, across, prior, small, link_within, told_alone,
                    bridge, judge=judge)
    return roots, log


def _blocking(A, B, infos, allowed):
    """The first pair of body claims of one article, one in A and one in B, not allowed together."""
    for x in A:
        for y in B:
            if infos[x].body and infos[y].body and infos[x].article.id == infos[y].article.id \
                    and not allowed(min(x, y), max(x, y)):
                return (x, y)
    return None


def main() -> int:
    spies = {"cluster": lambda real, seen: _keep(real, seen, "cluster_call"),
             "attach_headlines": lambda real, seen: _keep(real, seen, "headlines_call")}
    a, gold, corpus, seen = run_keeping_matching(__doc__.splitlines()[0], spies)
    infos, event, blocks = seen["infos"], seen["event"], seen["blocks"]
    args, result = seen["cluster_call"]
    roots, log = trace(**args)
    assert roots == result, "cluster() with a judge that declines ends in other clusters than it did"
    final = corpus.clusters
    claims = {c["id"]: c for c in gold["claims"]}
    at = place_gold(gold, corpus, infos)
    on = defaultdict(set)  # system claim index -> gold clusters on it
    for cid, k in at.items():
        if k is not None:
            on[k].add(claims[cid]["cluster"])
    scores = args["scores"]
    gold_pairs = lambda A, B: _gold_pairs(A, B, infos, on)

    # 1. the missed pairs with a verdict that asserts a match, by the rule that refused them
    missed, rows = Counter(), []
    for x, y in combinations(sorted(claims), 2):
        cx, cy = claims[x], claims[y]
        if cx["cluster"] != cy["cluster"] or cx["article"] == cy["article"]:
            continue
        i, k = at[x], at[y]
        if i is None or k is None or i == k or final[infos[i].id] == final[infos[k].id]:
            continue
        if infos[i].article.id == infos[k].article.id or event[infos[i].id] != event[infos[k].id]:
            continue
        key = (min(i, k), max(i, k))
        p = scores.get(key, 0.0)
        if p < DEFAULT.assert_threshold:
            continue
        outcome, detail = log.get(key, ("not scored", None))
        if outcome in ("joined", "together"):
            outcome = f"{outcome}, then parted by headlines"
        missed[outcome] += 1
        rows.append((outcome, p, key, detail, x, y))
    print(f"{sum(missed.values())} missed gold pairs in one event with a verdict >= {DEFAULT.assert_threshold}, by rule:")
    for why, n in missed.most_common():
        print(f"  {why:40s} {n}")

    # 2. the competing joins: how the gold sees each side's cluster when the pair was refused
    comp = Counter()
    for outcome, p, (i, k), detail, x, y in rows:
        if outcome == "mean":
            A, B = detail[2], detail[3]
            if i not in A:
                A, B = B, A
            for who, mem, other in ((i, A, k), (k, B, i)):
                comp[("mean", "alone" if len(mem) == 1 else "in a cluster", _held(who, mem, other, on))] += 1
        elif outcome == "one article" and detail:
            u, v = detail
            rel = "one sentence" if infos[u].claim.sentence == infos[v].claim.sentence else "two sentences"
            own = "the pair's own claim" if {u, v} & {i, k} else "a third claim"
            comp[("one article", rel, own, _facts(u, v, on))] += 1
    print("the refused missed pairs: 'mean': the cluster each side is in then (does the gold put the side's "
          "other claims with it?); 'one article': the two claims of one article that block (one sentence or two; "
          "is one of them the pair's own claim; one gold fact or two)")
    for key_, n in sorted(comp.items()):
        print(f"  {' / '.join(key_):80s} {n}")

    # 3. every refusal of the run, by rule, and what joining would have added
    add = defaultdict(lambda: [0, 0, 0])
    for (i, j), (outcome, detail) in log.items():
        if outcome == "mean":
            A, B = detail[2], detail[3]
            t, f = gold_pairs(A, B)
            why = "mean, " + ("alone+alone" if len(A) == len(B) == 1 else
                              "alone+cluster" if min(len(A), len(B)) == 1 else "cluster+cluster")
        elif outcome in ("one article", "not tried"):
            (t, f), why = gold_pairs([i], [j]), outcome
        else:
            continue
        add[why][0] += 1
        add[why][1] += t
        add[why][2] += f
    print("every refusal of the run: links, and the gold pairs joining would add, true / false "
          "('one article' and 'not tried': the pair's own; 'mean': the two clusters')")
    for why, (n, t, f) in sorted(add.items()):
        print(f"  {why:30s} {n:5d} links  {t:5d} true / {f:5d} false")

    # 4. what deciding a rule's refusals by the gold would change: the bound a better signal has there
    heads_args = seen["headlines_call"][0]

    def figures(rts):
        out, _ = matching.attach_headlines(infos, blocks, rts, heads_args[3], heads_args[4])
        return _pair_figures(gold, claims, at, out)

    base = figures(result)
    print(f"deciding each rule's refusals by the gold (join when that adds more true pairs than false; "
          f"an upper bound, not a method). As run: tp {base[0]} sys {base[1]} f1 {_f1(base, gold, claims):.4f}")
    for rules in (("one article",), ("mean",), ("not tried",), ("one article", "mean", "not tried")):
        joins = []

        def decide(rule, A, B, rules=rules, joins=joins):
            t, f = gold_pairs(A, B)
            ok = rule in rules and t > f
            joins.extend([1] if ok else [])
            return ok
        fig = figures(trace(**args, decide=decide)[0])
        print(f"  {' + '.join(rules):36s} {len(joins):3d} said yes: tp {fig[0] - base[0]:+4d}, false pairs "
              f"{(fig[1] - fig[0]) - (base[1] - base[0]):+4d}, f1 {_f1(fig, gold, claims):.4f}")

    rng = random.Random(1)
    by = defaultdict(list)
    for r in rows:
        by[r[0]].append(r)
    for why in sorted(by) if a.samples else ():
        print(f"== {why}")
        for outcome, p, (i, k), detail, x, y in sorted(rng.sample(by[why], min(a.samples, len(by[why]))),
                                                       key=lambda r: r[2]):
            print(f"  {p:.2f} {x} ~ {y}")
            for n in (i, k):
                print(f"    [{infos[n].language}/{infos[n].claim.claim_type}] {infos[n].claim.text[:150]}")
            if outcome == "mean":
                mean, need, A, B = detail
                print(f"    mean {mean:.3f} < {need}; sizes {len(A)} + {len(B)}")
                for mem, name in ((A, "A"), (B, "B")):
                    who = i if i in mem else k
                    for m_ in mem:
                        if m_ != who:
                            print(f"      {name} {scores.get((min(m_, who), max(m_, who)), 0):.2f} "
                                  f"{sorted(on[m_]) or '-'} {infos[m_].claim.text[:100]}")
            elif outcome == "one article" and detail:
                u, v = detail
                print(f"    blocked by one article: {infos[u].claim.text[:80]} | {infos[v].claim.text[:80]}")
    return 0


def _gold_pairs(A, B, infos, on):
    """(true, false) gold pairs across articles that joining clusters A and B would add."""
    t = f = 0
    for x in A:
        for y in B:
            if infos[x].article.id == infos[y].article.id:
                continue
            for gx in on[x]:
                for gy in on[y]:
                    t += gx == gy
                    f += gx != gy
    return t, f


def _held(k, members, other_k, on):
    """Claim k's cluster as the gold sees it: "right" when its other annotated claims are all of
    k's gold cluster, "wrong" when none is, "mixed", or "unannotated"."""
    mine = [bool(on[x] & on[k]) for x in members if x != k and on[x]]
    if not mine:
        return "unannotated"
    return "right" if all(mine) else "wrong" if not any(mine) else "mixed"


def _facts(u, v, on):
    if not (on[u] and on[v]):
        return "unannotated"
    return "one gold fact" if on[u] & on[v] else "two gold facts"


def _pair_figures(gold, claims, at, roots):
    """(tp, sys) over gold claim pairs across articles, as ``score.py`` counts them."""
    tp = sys_ = 0
    for x, y in combinations(sorted(claims), 2):
        if claims[x]["article"] == claims[y]["article"] or at[x] is None or at[y] is None:
            continue
        if at[x] == at[y] or roots[at[x]] == roots[at[y]]:
            sys_ += 1
            tp += claims[x]["cluster"] == claims[y]["cluster"]
    return tp, sys_


def _f1(fig, gold, claims):
    n_gold = sum(1 for x, y in combinations(sorted(claims), 2)
                 if claims[x]["article"] != claims[y]["article"] and claims[x]["cluster"] == claims[y]["cluster"])
    p, r = fig[0] / max(1, fig[1]), fig[0] / max(1, n_gold)
    return 2 * p * r / max(1e-9, p + r)


def _keep(real, seen, name):
    def wrapper(*args, **kwargs):
        out = real(*args, **kwargs)
        if name == "cluster_call":
            call = dict(zip(PARAMS, args))
            call.update(kwargs)
            seen[name] = (call, out)
        else:
            seen[name] = (args, kwargs)
        return out
    return wrapper


if __name__ == "__main__":
    sys.exit(main())
