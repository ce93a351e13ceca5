"""Clusters: sets of claims, across outlets, that state the same thing.

Average linkage, greedily: pairs are taken strongest first, and a pair
joins its two clusters only when the mean verdict over every pair of claims
across them (from different articles; a pair never scored counts as 0) is
still at least ``Settings.cluster_threshold``. So a claim joins a cluster
because it matches its core, not through a chain of weaker links. Two body
claims of one article share a cluster only when they restate each other (a
quotation and the lead that paraphrases it, by the same verdict, within the
article); otherwise an article would join two facts. Its headline and lead
may both carry the fact.
"""
from __future__ import annotations

from .info import ClaimInfo


class UnionFind:
    """Disjoint sets over hashable items, with the members of each set kept."""

    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.members = {x: [x] for x in self.parent}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        """Join the sets of a and b; the larger set's root (or the smaller root) stays the root."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if len(self.members[ra]) < len(self.members[rb]) or (len(self.members[ra]) == len(self.members[rb]) and ra > rb):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return ra


def cluster(infos: list[ClaimInfo], scores: dict[tuple[int, int], float], threshold: float, link: float,
            restated: dict[tuple[int, int], float] | None = None) -> dict[int, int]:
    """claim index -> cluster root index. ``scores``: (i, j), i < j -> probability; pairs at or
    above ``link`` are tried, strongest first, and join when the average linkage holds.
    ``restated``: pairs of claims of one article that state the same fact; only those may
    share a cluster."""
    restated = restated or {}
    uf = UnionFind(range(len(infos)))
    links = {**scores, **restated}
    for (i, j), p in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
        if p < link:
            break
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        A, B = uf.members[ri], uf.members[rj]
        if not _same_article_allowed(A, B, infos, restated):
            continue
        total, n = 0.0, 0
        for x in A:
            ax = infos[x].article.id
            for y in B:
                key = (x, y) if x < y else (y, x)
                if infos[y].article.id == ax:
                    if key in restated:  # an article stating the fact twice is evidence too
                        total += restated[key]
                        n += 1
                    continue
                total += scores.get(key, 0.0)
                n += 1
        if n and total / n >= threshold:
            uf.union(i, j)
    return {k: uf.find(k) for k in range(len(infos))}


def _same_article_allowed(A: list[int], B: list[int], infos: list[ClaimInfo], restated: dict) -> bool:
    """Two body claims of one article share a cluster only when the article states that fact
    twice (a quotation and its paraphrase): otherwise one article would join two facts."""
    by_article: dict[str, list[int]] = {}
    for x in A:
        if infos[x].body:
            by_article.setdefault(infos[x].article.id, []).append(x)
    for y in B:
        if not infos[y].body:
            continue
        for x in by_article.get(infos[y].article.id, ()):
            if (min(x, y), max(x, y)) not in restated:
                return False
    return True
