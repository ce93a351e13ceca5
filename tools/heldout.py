#!/usr/bin/env python3
"""How matching does on happenings its verdicts were not fitted on: leave-one-event-out, on the graph.

    python tools/heldout.py --corpus ../shared/dev/corpus ../shared/eval/gold/dev.json \
        --fit-corpus /tmp/synfit/articles /tmp/synfit/gold.json [--cache FILE] [--shipped] \
        [--set NAME=VALUE ...] [--json] [--compare OTHER_RUN.json]

The claim verdicts (``claim_match`` and ``claim_match_static`` in ``data/models.toml``) are fitted on
the development corpus, so the matching figures ``score.py`` gives for it are in sample: a change
of evidence or of weights that scores lower there may only have lost the luck of the shipped fit.
This tool gives the figure a fit earns on news it has not seen. For each gold event E of
``--corpus``:

1. both verdicts are fitted (as ``fit_models.py`` fits them) on the claim pairs of every other
   event of ``--corpus`` and of all of each ``--fit-corpus`` (the synthetic corpus the shipped
   models are also fitted on);
2. the whole pipeline runs over ``--corpus`` with those two verdicts;
3. E's gold pairs are counted as ``score.py`` counts pairs: two annotated claims of two articles,
   each put on the system claim that holds its anchor, found when those claims are one claim or
   share a cluster.

The counts are pooled over the events: precision, recall, f1 and cross-language recall, and each
event's own. With ``--shipped`` the shipped verdicts run instead, scored the same way (in sample;
``score.py``'s figures, less pairs between two gold events): the gap between the two runs is what
the dev figures owe to having been fitted there. Events are found with the shipped event models
and the fold's static verdict, centroids are the shipped ones; the thresholds in ``Settings`` stay
as they are (or as ``--set`` puts them), and were set on this corpus too, so even the held-out
figure flatters a little.

With a dozen events the pooled f1 moves by several points with which events are drawn (dev
corpus: 0.68, between 0.61 and 0.74 in 90% of redrawn sets), far more than most changes move it.
``--compare`` takes another run's ``--json`` output (another branch, another setting) and gives
the difference with its spread over the same redrawn sets for both runs (``compare``): a change
helps only where that spread stays above zero. Measured on the dev corpus (2026-12-05): shipped
f1 0.6824, held out 0.6704, a difference of 0.012 (0.002 to 0.023).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import fit_models as fm  # noqa: E402
from cross_misses import place  # noqa: E402
from provenance import pipeline  # noqa: E402
from provenance.embeddings import centre  # noqa: E402
from provenance.matching import language_centroids, static_vectors  # noqa: E402
from provenance.matching.features import features_for  # noqa: E402
from provenance.settings import DEFAULT, Settings  # noqa: E402

VERDICTS = (("model", "claim_match"), ("static", "claim_match_static"))


def gold_pairs(gold: dict) -> dict[tuple[str, str], bool]:
    """Every pair of annotated claims of two articles (score.py's), sorted -> one gold cluster?"""
    claims = sorted(gold["claims"], key=lambda c: c["id"])
    return {(a["id"], b["id"]): a["cluster"] == b["cluster"]
            for a, b in combinations(claims, 2) if a["article"] != b["article"]}


def system_pairs(corpus, gold: dict) -> set[tuple[str, str]]:
    """The pairs of annotated claims the run joins: on one system claim, or on two of one cluster."""
    infos = [SimpleNamespace(claim=c, article=a) for a in corpus.articles for c in a.claims]
    by_name = defaultdict(list)
    for k, info in enumerate(infos):
        by_name[info.article.name].append(k)
    texts = {a.name: a.text for a in corpus.articles}
    at = {c["id"]: place(c, by_name, texts, infos) for c in gold["claims"]}
    cluster = {k: corpus.clusters.get(info.claim.id) for k, info in enumerate(infos)}
    key = {cid: (None if k is None else (cluster[k] or ("claim", k))) for cid, k in at.items()}
    groups = defaultdict(list)
    for cid, g in key.items():
        if g is not None:
            groups[g].append(cid)
    return {tuple(sorted(p)) for ids in groups.values() for p in combinations(sorted(ids), 2)}


def fit_without(data: dict, group: str) -> dict:
    """Each verdict fitted as ``fit_models`` fits it (each corpus weighing the same) on the pairs of
    every group but ``group`` ("corpus index:event"). ``data``: verdict name -> (features, X, labels,
    groups). Returns name -> (features, weights, bias)."""
    out = {}
    for name, (feats, X, y, groups) in data.items():
        keep = groups != group
        w, b = fm.fit_logistic(X[keep], y[keep], weight=fm.corpus_weights(groups[keep]), against=fm.against_only(feats))
        out[name] = (feats, w, b)
    return out


def count(pairs: dict, found: set, cross: set, keep) -> dict:
    """tp, system and gold pair counts (and across languages) over the pairs ``keep`` accepts."""
    c = dict(tp=0, sys=0, gold=0, cross_tp=0, cross_gold=0)
    for p, same in pairs.items():
        if not keep(p):
            continue
        hit = p in found
        c["gold"] += same
        c["sys"] += hit
        c["tp"] += same and hit
        if same and p in cross:
            c["cross_gold"] += 1
            c["cross_tp"] += hit
    return c


def figures(c: dict) -> dict:
    p = c["tp"] / c["sys"] if c["sys"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    return dict(precision=round(p, 4), recall=round(r, 4), f1=round(2 * p * r / (p + r) if p + r else 0.0, 4),
                crosslingual_recall=round(c["cross_tp"] / c["cross_gold"], 4) if c["cross_gold"] else None,
                **{k: c[k] for k in ("tp", "sys", "gold", "cross_tp", "cross_gold")})


def compare(ours: dict, theirs: dict, draws: int = 2000, seed: int = 0) -> dict:
    """How much this run's pooled f1 (and cross-language recall) exceeds another's, and how sure
    that is: the events are drawn again with replacement ``draws`` times (the same draws for both
    runs: a paired bootstrap) and the difference is taken on each draw. ``ours``, ``theirs``:
    event -> counts (``figures``'s) over the same events. Returns the difference on the events as
    they are and the 5th and 95th percentiles over the draws. With a dozen events a corpus's f1
    moves by several points from one draw to another, while the same draws move two runs
    together: only the paired difference says whether a change helps beyond the events drawn."""
    events = sorted(ours)
    if sorted(theirs) != events:
        raise SystemExit("heldout: the two runs were scored on different events")
    rng = np.random.default_rng(seed)

    def pooled(run, pick):
        total = defaultdict(int)
        for ev in pick:
            for k in ("tp", "sys", "gold", "cross_tp", "cross_gold"):
                total[k] += run[ev][k]
        return figures(total)

    out = {}
    picks = [[events[k] for k in rng.integers(0, len(events), len(events))] for _ in range(draws)]
    for name in ("f1", "crosslingual_recall"):
        def diff(pick):
            a, b = pooled(ours, pick)[name], pooled(theirs, pick)[name]
            return None if a is None or b is None else a - b
        now = diff(events)
        if now is None:
            continue
        spread = sorted(d for d in map(diff, picks) if d is not None)
        out[name] = (round(now, 4), round(spread[len(spread) // 20], 4), round(spread[-1 - len(spread) // 20], 4))
    return out


def setting(text: str) -> tuple[str, object]:
    """"name=value" -> (name, value in the type of the setting's default)."""
    name, _, value = text.partition("=")
    fields = {f.name for f in dataclasses.fields(Settings)}
    if name not in fields:
        raise SystemExit(f"heldout: no setting named {name!r}")
    default = getattr(DEFAULT, name)
    if isinstance(default, bool):
        return name, value.lower() in ("1", "true", "yes", "on")
    return name, type(default)(value)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", nargs=2, metavar=("DIR", "GOLD"), required=True,
                    help="the corpus scored, one event held out at a time")
    ap.add_argument("--fit-corpus", nargs=2, action="append", default=[], metavar=("DIR", "GOLD"),
                    help="a corpus always fitted on, never scored (the synthetic one the shipped models use)")
    ap.add_argument("--cache", default="", help="a vector cache file (SQLite) to reuse between runs")
    ap.add_argument("--shipped", action="store_true", help="score the shipped verdicts instead (in sample)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--compare", type=Path, metavar="RUN.json",
                    help="another run's --json output (the same corpus): the difference, paired over drawn events")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a setting of the runs other than its default (Settings), to weigh a threshold the same way")
    a = ap.parse_args()
    settings = dataclasses.replace(DEFAULT, **({"vector_cache": a.cache} if a.cache else {}),
                                   **dict(setting(s) for s in a.set))
    corpora = [a.corpus, *a.fit_corpus]
    gold = json.loads(Path(a.corpus[1]).read_text(encoding="utf-8"))
    event_of = {c["id"]: c["event"] for c in gold["claims"]}
    language = {c["id"]: gold["articles"][c["article"]].get("language") for c in gold["claims"]}
    pairs = gold_pairs(gold)
    cross = {p for p in pairs if language[p[0]] != language[p[1]]}
    # the events scored: those with gold pairs (an event of one article has none). A pair belongs
    # to its claims' event (gold pairs never span two); one across two events, which only a false
    # join counts, to the first of them scored
    events = sorted({event_of[p[0]] for p, same in pairs.items() if same})
    fold_of = {p: event_of[p[0]] if event_of[p[0]] in events else event_of[p[1]] for p in pairs}

    def run():
        corpus = pipeline.analyze([a.corpus[0]], settings)
        return system_pairs(corpus, gold)

    per_event, total = {}, defaultdict(int)
    if a.shipped:
        found = run()
        for ev in events:
            per_event[ev] = count(pairs, found, cross, lambda p, ev=ev: fold_of[p] == ev)
    else:
        loaded = [fm.load_corpus(Path(d), Path(g), a.cache) for d, g in corpora]
        vecs = {"model": [centre(raw, [i.language for i in infos], language_centroids("model"))
                          for _g, infos, _w, raw, _l, _e in loaded],
                "static": [static_vectors(infos) for _g, infos, _w, _r, _l, _e in loaded]}
        data = {}
        for kind, name in VERDICTS:
            rows, ys, groups = fm.claim_pairs(loaded, vecs, kind, settings)
            feats = list(features_for(kind))
            data[name] = (feats, np.array([[r[f] for f in feats] for r in rows], dtype=float),
                          np.array(ys, dtype=float), np.array(groups))
        for ev in events:
            for name, fitted in fit_without(data, f"0:{ev}").items():
                fm.install(fitted, name)
            per_event[ev] = count(pairs, run(), cross, lambda p, ev=ev: fold_of[p] == ev)
            print(f"{ev}: {figures(per_event[ev])}", file=sys.stderr)
    for c in per_event.values():
        for k, v in c.items():
            total[k] += v
    out = {"pooled": figures(total), "events": {ev: figures(c) for ev, c in per_event.items()},
           "verdicts": "shipped (in sample)" if a.shipped else "fitted without the event scored"}
    if a.compare:
        other = json.loads(a.compare.read_text(encoding="utf-8"))
        out["compared"] = {"with": str(a.compare), "differences": compare(out["events"], other["events"])}
    if a.json:
        print(json.dumps(out, indent=1, sort_keys=True))
        return 0
    print(f"verdicts: {out['verdicts']}")
    for ev, f in out["events"].items():
        print(f"  {ev:<28} f1 {f['f1']:.4f}  precision {f['precision']:.4f}  recall {f['recall']:.4f}"
              f"  ({f['tp']} of {f['gold']} gold pairs, {f['sys']} joined)")
    f = out["pooled"]
    cross_recall = "-" if f["crosslingual_recall"] is None else f"{f['crosslingual_recall']:.4f}"
    print(f"pooled: f1 {f['f1']:.4f}  precision {f['precision']:.4f}  recall {f['recall']:.4f}  "
          f"cross-language recall {cross_recall}  (tp {f['tp']} sys {f['sys']} gold {f['gold']})")
    for name, (now, low, high) in out.get("compared", {}).get("differences", {}).items():
        print(f"against {a.compare}: {name} {now:+.4f} (in 90% of redrawn sets of events {low:+.4f} to {high:+.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
