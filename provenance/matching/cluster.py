"""Clusters: sets of claims, across outlets, that state the same thing.

Average linkage, greedily: pairs are taken strongest first, and a pair
joins its two clusters only when the mean verdict over every pair of claims
across them (from different articles; a pair never scored counts as 0) is
still at least ``Settings.cluster_threshold``. So a claim joins a cluster
because it matches its core, not through a chain of weaker links. Two body
claims of one article never share a cluster (an article says a thing once;
its headline and lead may both carry it).
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


def cluster(infos: list[ClaimInfo], scores: dict[tuple[int, int], float], threshold: float, link: float
            ) -> dict[int, int]:
    """claim index -> cluster root index. ``scores``: (i, j), i < j -> probability; pairs at or
    above ``link`` are tried, strongest first, and join when the average linkage holds."""
    uf = UnionFind(range(len(infos)))
    for (i, j), p in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if p < link:
            break
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        A, B = uf.members[ri], uf.members[rj]
        if _same_article_body(A, B, infos):
            continue
        total, n = 0.0, 0
        for x in A:
            ax = infos[x].article.id
            for y in B:
                if infos[y].article.id == ax:
                    continue
                total += scores.get((x, y) if x < y else (y, x), 0.0)
                n += 1
        if n and total / n >= threshold:
            uf.union(i, j)
    return {k: uf.find(k) for k in range(len(infos))}


def _same_article_body(A: list[int], B: list[int], infos: list[ClaimInfo]) -> bool:
    arts = {infos[x].article.id for x in A if infos[x].body}
    return any(infos[y].body and infos[y].article.id in arts for y in B)
