"""Cross-outlet claim matching: vectors, candidates within events, verdicts, clusters.

The steps, each in its own module:

- ``info``: what matching knows of each claim (key, dates, order);
- ``vectors`` (here): each claim's multilingual vector, centred on its language;
- ``neighbours``: nearest neighbours in blocked matrix products;
- ``features`` and ``pairs``: the evidence for a pair, and the verdict;
- ``linear``: the small logistic models the verdicts use, weights in data;
- ``cluster``: average-linkage clusters; ``headlines``: a headline joins the
  fact its own article states; ``order``: in-order chains (lineage).

Events come first (``provenance/events.py``): claims of different events
are never compared, however alike their words.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import numpy as np

from ..embeddings import DIM, Progress, centre, embedder
from ..lang import read_data_toml
from ..settings import DEFAULT, Settings
from .cluster import Bridge, UnionFind, cluster, needs_link_within
from .features import HappeningWords
from .headlines import attach_headlines
from .info import ClaimInfo, compatible, prepare
from .order import longest_in_order
from .pairs import BlockScorer, Match
from .wordvectors import word_vectors

__all__ = ["BlockScorer", "ClaimInfo", "Match", "UnionFind", "base_vectors", "cluster", "compatible", "longest_in_order",
           "match_claims", "prepare"]


@lru_cache(maxsize=None)
def language_centroids(space: str = "model") -> dict[str, np.ndarray]:
    """Each language's centre in a vector space, "model" (the full model's) or "static" (the
    piece table's), from ``data/vector_centroids.toml``."""
    data = read_data_toml("vector_centroids.toml")
    return {code: np.asarray(v["centroid" if space == "model" else "static_centroid"], dtype=np.float32)
            for code, v in data.items()}


def base_vectors(infos: list[ClaimInfo], settings: Settings = DEFAULT) -> tuple[np.ndarray, str]:
    """(vectors, kind) every claim gets: the static multilingual table, centred per language,
    or with ``settings.embeddings`` off, hashed TF-IDF of the matching keys ("words")."""
    if not settings.embeddings:
        return word_vectors(infos), "words"
    return static_vectors(infos), "static"


def model_vectors(infos: list[ClaimInfo], rows: list[int], settings: Settings = DEFAULT,
                  progress: Progress | None = None) -> np.ndarray:
    """The full model's vectors, centred on each claim's language, for the claims ``rows``
    (the other rows are zero: never compared)."""
    out = np.zeros((len(infos), DIM), dtype=np.float32)
    if rows:
        raw = embedder(settings.vector_cache or None).embed([infos[k].claim.text for k in rows], progress)
        out[rows] = centre(raw, [infos[k].language for k in rows], language_centroids())
    return out


def static_vectors(infos: list[ClaimInfo]) -> np.ndarray:
    """The static piece-table vectors (``vectors.py``), centred on each language's fixed centre
    (``data/vector_centroids.toml``): never on the corpus's own mean, so a claim's vector, and what it matches, does not depend on
    which other articles are in the folder."""
    from .. import vectors

    langs = [i.language for i in infos]
    out = np.zeros((len(infos), vectors.table().dims), dtype=np.float32)
    for code in sorted(set(langs)):
        rows = [k for k, c in enumerate(langs) if c == code]
        out[rows] = vectors.embed([infos[k].claim.text for k in rows], code)
    return centre(out, langs, language_centroids("static"))


def refine(infos: list[ClaimInfo], blocks: BlockScorer, article_pairs: list[tuple[str, str]],
           settings: Settings = DEFAULT, progress: Progress | None = None) -> int:
    """Score again on the full model's vectors every article pair across languages whose
    static block finds a plausible match (``Block.doubtful``); each claim it needs is
    embedded once. Returns how many claims it embedded. Nothing to do on words-only runs or
    with ``settings.refine_with_model`` off."""
    if blocks.kind != "static" or not settings.refine_with_model:
        return 0
    todo = [(a, b) for a, b in article_pairs if blocks.block(a, b).doubtful(settings)]
    rows = sorted({k for a, b in todo for k in blocks.by_article[a] + blocks.by_article[b]})
    full = model_vectors(infos, rows, settings, progress)
    for a, b in todo:
        blocks.refine(a, b, full)
    return len(rows)


def bridge_of(settings: Settings) -> Bridge | None:
    """The join of a statement's quotations and its reports that ``settings`` asks for (None: none)."""
    if settings.cluster_bridge_articles <= 0:
        return None
    return Bridge(settings.cluster_bridge_articles, settings.cluster_bridge_threshold, settings.cluster_bridge_floor)


def match_claims(infos: list[ClaimInfo], blocks: BlockScorer, claim_event: dict[str, str],
                 settings: Settings = DEFAULT, progress: Progress | None = None) -> tuple[list[Match], dict[str, str]]:
    """(matches, claim id -> cluster id): every pair of articles within an event is
    compared; the cells the cheap vectors leave in doubt are decided again by the full
    model (``refine``); the cluster id is the smallest claim id in the cluster."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for info in infos:
        articles_of[claim_event[info.id]].add(info.article.id)
    pairs = [(ev, a, b) for ev in sorted(articles_of) for x, a in enumerate(sorted(articles_of[ev]))
             for b in sorted(articles_of[ev])[x + 1:]]
    article_pairs = [(a, b) for _ev, a, b in pairs]
    blocks.prefetch(article_pairs)
    refine(infos, blocks, article_pairs, settings, progress)
    verdicts: dict[tuple[int, int], tuple[float, dict]] = {}
    for ev, a, b in pairs:
        for (i, j), v in blocks.verdicts(a, b, settings.suggest_threshold).items():
            if claim_event[infos[i].id] == ev and claim_event[infos[j].id] == ev:
                verdicts[(i, j)] = v
    restated: dict[tuple[int, int], float] = {}
    for ev in sorted(articles_of):
        if len(articles_of[ev]) > 1:
            for a in sorted(articles_of[ev]):
                for (i, j), p in blocks.restatements(a, settings.restatement_threshold).items():
                    # (as the verdicts above: claims of two events are never one fact, though one
                    # article tells both, a background "at a previous meeting in July" beside today's)
                    if claim_event[infos[i].id] == claim_event[infos[j].id]:
                        restated[(i, j)] = p
    # the claims of stories few outlets report, where the mean counts ``cluster_prior`` (None: all)
    small = ({k for k, info in enumerate(infos) if len(articles_of[claim_event[info.id]]) <= settings.cluster_prior_reports}
             if settings.cluster_prior_reports else None)
    told_alone = _told_alone(infos, verdicts, claim_event, settings)
    roots = cluster(infos, {k: v[0] for k, v in verdicts.items()}, settings.cluster_threshold,
                    settings.assert_threshold, restated, blocks.own_verdict,
                    settings.cluster_threshold_across, settings.cluster_prior, small, settings.cluster_link_within,
                    set(told_alone), bridge_of(settings))
    roots, headline_matches = attach_headlines(
        infos, blocks, roots, [a for ev in sorted(articles_of) if len(articles_of[ev]) > 1 for a in sorted(articles_of[ev])],
        settings.headline_containment)
    members: dict[int, list[int]] = defaultdict(list)
    for k, r in roots.items():
        members[r].append(k)
    cluster_id = {}
    for ks in members.values():
        cid = min(infos[k].id for k in ks)
        for k in ks:
            cluster_id[infos[k].id] = cid
    matches = []
    for (i, j), p in sorted(restated.items()):
        if roots[i] == roots[j]:  # why two claims of one article share a cluster
            own = blocks.own_block(infos[i].article.id)
            why = {"restated": "two claims of one article that state the same fact (a quotation and its paraphrase)",
                   **blocks.cell_reasons(own, own.rows.index(i), own.cols.index(j))}
            matches.append(Match(*sorted((infos[i].id, infos[j].id)), p, "asserted", why))
    for (i, j), (p, why) in sorted(verdicts.items()):
        together = roots[i] == roots[j]
        status = "asserted" if together and p >= settings.assert_threshold else "suggested"
        if together and (i, j) in told_alone:
            why = {**why, "own words": f"{', '.join(told_alone[(i, j)])}: no other claim of the happening uses them"}
        if not together and p >= settings.assert_threshold:
            why = {**why, "not clustered": "the rest of the cluster does not match it as well"}
        a, b = sorted((infos[i].id, infos[j].id))
        matches.append(Match(a, b, p, status, why))
    return sorted(matches + headline_matches, key=lambda m: (m.a, m.b)), cluster_id


def _told_alone(infos: list[ClaimInfo], verdicts: dict, claim_event: dict[str, str],
                settings: Settings) -> dict[tuple[int, int], list[str]]:
    """The pairs below ``settings.cluster_link_within`` that may start a join all the same
    (``cluster``'s ``told_alone``): two body claims in one language, at ``assert_threshold`` or
    more, that share at least ``settings.cluster_link_own_words`` words no other claim of their
    happening uses; with those words."""
    if settings.cluster_link_own_words <= 0:
        return {}
    words = None
    out = {}
    for (i, j), (p, _why) in sorted(verdicts.items()):
        if not (settings.assert_threshold <= p < settings.cluster_link_within) or not needs_link_within(infos[i], infos[j]):
            continue
        words = words or HappeningWords(infos, claim_event)
        alone = words.told_alone(i, j)
        if len(alone) >= settings.cluster_link_own_words:
            out[(i, j)] = alone
    return out
