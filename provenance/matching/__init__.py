"""Cross-outlet claim matching: vectors, candidates within events, verdicts, clusters.

The steps, each in its own module:

- ``info``: what matching knows of each claim (key, dates, order);
- ``vectors`` (here): each claim's multilingual vector, centred on its language;
- ``neighbours``: nearest neighbours in blocked matrix products;
- ``features`` and ``pairs``: the evidence for a pair, and the verdict;
- ``linear``: the small logistic models the verdicts use, weights in data;
- ``cluster``: average-linkage clusters; ``order``: in-order chains (lineage).

Events come first (``provenance/events.py``): claims of different events
are never compared, however alike their words.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from ..embeddings import Progress, centre, embedder
from ..lang import read_data_toml
from ..settings import DEFAULT, Settings
from .cluster import UnionFind, cluster
from .info import ClaimInfo, compatible, prepare
from .order import longest_in_order
from .pairs import BlockScorer, Match
from .wordvectors import word_vectors

__all__ = ["BlockScorer", "ClaimInfo", "Match", "UnionFind", "claim_vectors", "cluster", "compatible", "longest_in_order",
           "match_claims", "prepare"]


def language_centroids() -> dict[str, np.ndarray]:
    """Each language's centre in the embedding space (``data/vector_centroids.toml``)."""
    data = read_data_toml("vector_centroids.toml")
    return {code: np.asarray(v["centroid"], dtype=np.float32) for code, v in data.items()}


def claim_vectors(infos: list[ClaimInfo], settings: Settings = DEFAULT, progress: Progress | None = None
                  ) -> np.ndarray:
    """One unit vector per claim: the multilingual model's, centred on its language (see
    ``embeddings``), or with ``settings.embeddings`` off, hashed TF-IDF of the matching keys."""
    if not settings.embeddings:
        return word_vectors(infos)
    raw = embedder(settings.vector_cache or None).embed([i.claim.text for i in infos], progress)
    return centre(raw, [i.language for i in infos], language_centroids())


def match_claims(infos: list[ClaimInfo], blocks: BlockScorer, claim_event: dict[str, str],
                 settings: Settings = DEFAULT) -> tuple[list[Match], dict[str, str]]:
    """(matches, claim id -> cluster id): every pair of articles within an event is
    compared; the cluster id is the smallest claim id in the cluster."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for info in infos:
        articles_of[claim_event[info.id]].add(info.article.id)
    verdicts: dict[tuple[int, int], tuple[float, dict]] = {}
    for ev in sorted(articles_of):
        arts = sorted(articles_of[ev])
        for x, a in enumerate(arts):
            for b in arts[x + 1:]:
                for (i, j), v in blocks.verdicts(a, b, settings.suggest_threshold).items():
                    if claim_event[infos[i].id] == ev and claim_event[infos[j].id] == ev:
                        verdicts[(i, j)] = v
    roots = cluster(infos, {k: v[0] for k, v in verdicts.items()}, settings.cluster_threshold,
                    settings.assert_threshold)
    members: dict[int, list[int]] = defaultdict(list)
    for k, r in roots.items():
        members[r].append(k)
    cluster_id = {}
    for ks in members.values():
        cid = min(infos[k].id for k in ks)
        for k in ks:
            cluster_id[infos[k].id] = cid
    matches = []
    for (i, j), (p, why) in sorted(verdicts.items()):
        together = roots[i] == roots[j]
        status = "asserted" if together and p >= settings.assert_threshold else "suggested"
        if not together and p >= settings.assert_threshold:
            why = {**why, "not clustered": "the rest of the cluster does not match it as well"}
        a, b = sorted((infos[i].id, infos[j].id))
        matches.append(Match(a, b, p, status, why))
    return sorted(matches, key=lambda m: (m.a, m.b)), cluster_id
