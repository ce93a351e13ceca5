"""Clusters: sets of claims, across outlets, that state the same thing.

Average linkage, greedily: pairs are taken strongest first, and a pair
joins its two clusters only when the mean verdict over every pair of claims
across them (from different articles; a pair never scored counts as 0) is
still at least ``Settings.cluster_threshold``. So a claim joins a cluster
because it matches its core, not through a chain of weaker links. Two body
claims of one article share a cluster only when they state one fact twice;
otherwise an article would join two facts. That is: they restate each other
(the verdict within the article, ``Settings.restatement_threshold``), or one
is a quotation and the other is not, from the same speaker (or with one
unnamed): a quotation and the sentence that reports it in the article's own
words. Such a pair is worded too differently for the verdict to find it
alone (the report condenses, the quotation runs on), so it is decided by the
other outlets: its own verdict counts in the mean like any pair across
articles, and the two join only when the cluster's claims elsewhere match
both. Its headline and lead may both carry the fact.

Within one language, two body claims of one happening share their names,
numbers and words, and the verdict gives two facts 0.4-0.7; so such a pair
starts a join only at ``Settings.cluster_link_within`` (a translation, a
headline against a body claim, or two claims credited to one person, at
``assert_threshold``). Below it the two join only when a join another pair
starts holds with them in the mean (a third report that matches both), or
when they share words no other claim of their happening uses
(``Settings.cluster_link_own_words``): the names, place, day and topic words
of a happening recur across its claims, and what two claims alone say ("the
lowest point since the Cold War") is the fact they state. That is the case
of a fact two outlets alone report: a third report would confirm it through
the mean, and its words would no longer be the pair's alone.

A statement's quotations and its reports often form two clusters: quotations
match quotations and reports reports, while a report condenses what the
quotation runs on with, so their verdicts across outlets run low and the mean
between the clusters falls short. Outlets that carry the statement twice, quoted
and in their own words, tie the two together: when enough articles each hold a
claim of each cluster (a quotation and its paraphrase, or a restatement), their
own verdicts on those pairs are high enough, and the pairs across outlets are
not nothing, the two join (``Bridge``).

In a story few outlets report, no other report of two claims is there to
refuse a false pair between them (two facts of one happening, worded alike),
so there the mean counts a prior of "no match" pairs too
(``Settings.cluster_prior``): a lone link must be stronger, and a claim
joining a small cluster must match more of it than one member.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .features import claim_days
from .info import ClaimInfo


def members(clusters: dict[str, str]) -> dict[str, list[str]]:
    """Cluster id -> the ids of its claims, from ``Corpus.clusters`` (claim id -> cluster id),
    in the order the claims stand there."""
    out: dict[str, list[str]] = {}
    for claim_id, cluster_id in clusters.items():
        out.setdefault(cluster_id, []).append(claim_id)
    return out


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
            restated: dict[tuple[int, int], float] | None = None,
            own: Callable[[int, int], float] | None = None, across: float | None = None,
            prior: float = 0.0, small: set[int] | None = None, link_within: float | None = None,
            told_alone: set[tuple[int, int]] | None = None, bridge: "Bridge | None" = None,
            judge: Callable[[str, int, int, tuple | None], bool] | None = None) -> dict[int, int]:
    """claim index -> cluster root index. ``scores``: (i, j), i < j -> probability; pairs at or
    above ``link`` are tried, strongest first, and join when the average linkage holds.
    ``restated``: pairs of claims of one article that state the same fact; ``own(i, j)``, i < j:
    the verdict on two claims of one article, which lets a quotation and its paraphrase
    (``paraphrase``) share a cluster when the mean with it counted holds. Without ``own``
    only the ``restated`` pairs of an article may share a cluster. ``across``: the mean two
    clusters need when every pair between them is across languages (``threshold`` if None).
    ``prior``: pairs of "no match" (verdict 0) counted in the mean beside the scored ones, so
    two small clusters need more than one link to join (``Settings.cluster_prior``); only for
    the claims in ``small`` (all if None), and not when every pair across is across languages.
    ``link_within``: the verdict a pair of body claims in one language needs to be tried
    (``link`` if None; ``Settings.cluster_link_within``), unless both are credited to one
    person (two renderings of what one person said), or it is in ``told_alone`` (i < j: the
    two share words no other claim of their happening uses, ``features.HappeningWords``);
    below it such a pair still counts in the mean of a join another pair starts.
    ``bridge``: when two clusters whose mean falls short still join as a quotation's and its
    paraphrase's (``Bridge``; never if None).

    ``judge(outcome, i, j, detail)``, for tools that study clustering (``tools/refusals.py``),
    is told each decision on a pair at or above ``link``: "joined", "together" (already one
    cluster), and the refusals "not tried" (below ``link_within``; detail ([i], [j])), "one
    article" (detail: the two clusters' members) and "mean" (detail: the mean, the mean
    needed and the two clusters' members); when it answers True to a refusal, the pair is
    tried (or joined) all the same."""
    restated = restated or {}

    def allowed(x: int, y: int) -> bool:  # two body claims of one article, x < y
        return (x, y) in restated or (own is not None and paraphrase(infos[x], infos[y]))

    uf = UnionFind(range(len(infos)))
    floor = link if link_within is None else max(link, link_within)

    def tried(x: int, y: int, p: float) -> bool:
        if p < link:
            return False
        return (p >= floor or not needs_link_within(infos[x], infos[y])
                or (told_alone is not None and (x, y) in told_alone))

    links = {k: p for k, p in scores.items()
             if tried(*k, p) or (judge is not None and p >= link and judge("not tried", *k, ([k[0]], [k[1]])))}
    links.update(restated)
    for (i, j), p in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
        if p < link:
            break
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            if judge is not None:
                judge("together", i, j, None)
            continue
        A, B = uf.members[ri], uf.members[rj]
        if not _same_article_allowed(A, B, infos, allowed):
            if judge is not None and judge("one article", i, j, (list(A), list(B))):
                uf.union(i, j)
            continue
        total, n, some_within = 0.0, 0, False  # some pair across them within one language
        bridges: list[tuple[str, float]] = []  # (article, verdict) of each pair of one article across A and B
        for x in A:
            ax = infos[x].article.id
            for y in B:
                key = (x, y) if x < y else (y, x)
                if infos[y].article.id == ax:
                    if key in restated:  # an article stating the fact twice is evidence too
                        v = restated[key]
                    elif own is not None and infos[x].body and infos[y].body:  # a quotation and its paraphrase (allowed above)
                        v = own(*key)
                    else:
                        continue
                    total += v
                    n += 1
                    bridges.append((ax, v))
                    continue
                total += scores.get(key, 0.0)
                n += 1
                some_within = some_within or infos[x].language == infos[y].language
        need = threshold if across is None or some_within else across
        m = prior if small is None or i in small else 0.0
        if across is not None and not some_within:
            m = 0.0  # translations: their verdicts run lower, and ``across`` already asks less of them
        if n and (total / (n + m) >= need or (bridge is not None and _bridged(bridges, total, n, bridge))):
            uf.union(i, j)
            if judge is not None:
                judge("joined", i, j, None)
        elif judge is not None and judge("mean", i, j, (total / (n + m) if n else 0.0, need, list(A), list(B))):
            uf.union(i, j)
    return {k: uf.find(k) for k in range(len(infos))}


class Bridge(NamedTuple):
    """When a cluster of a statement's quotations and one of its reports join although the mean
    verdict between them falls short (``Settings.cluster_bridge_*``): a report condenses what the
    quotation runs on with, so their verdicts across outlets run low; but outlets that carry the
    statement twice, quoted and in their own words, tie the two together. The join needs at least
    ``articles`` articles that each hold a claim of each cluster, a quotation and its paraphrase
    by one speaker (``paraphrase``) or a restatement; those pairs' own verdicts at least
    ``threshold`` on average; and the mean over the pairs of two articles at least ``floor``."""

    articles: int
    threshold: float
    floor: float


def _bridged(bridges: list[tuple[str, float]], total: float, n: int, bridge: Bridge) -> bool:
    """Do the articles that hold a quotation in one cluster and its paraphrase in the other
    (``bridges``: (article, the pair's own verdict) for each such pair) join the two
    (``Bridge``)? ``total`` and ``n``: the sum and count of every verdict between the clusters,
    the bridges' among them."""
    if len({a for a, _v in bridges}) < bridge.articles:
        return False
    own = sum(v for _a, v in bridges)
    rest = n - len(bridges)
    return own / len(bridges) >= bridge.threshold and rest > 0 and (total - own) / rest >= bridge.floor


def needs_link_within(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Does the pair start a join only at ``Settings.cluster_link_within`` (or on words the two
    alone share)? Two body claims in one language, not both credited to one person."""
    return (a.language == b.language and a.body and b.body
            and not (a.speaker and a.speaker == b.speaker))


def paraphrase(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Could two body claims of one article be a quotation and its paraphrase? One is a
    quotation and the other is not, and they are not credited to two different people (one
    article giving like words to a host and to his guest reports two statements) nor state two
    days (``days_apart``)."""
    if (a.claim.claim_type == "quote") == (b.claim.claim_type == "quote"):
        return False
    return not credited_apart(a, b) and not days_apart(a, b)


def credited_apart(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Are two claims of one article credited to two different people? Then they are two
    statements however alike their words (a host and his guest both praising their
    partnership): neither a restatement (``BlockScorer.restatements``) nor a paraphrase."""
    return bool(a.speaker and b.speaker and a.speaker != b.speaker)


def figures_apart(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Do two body claims of one article both give figures, and none in common? Then they state two
    facts however alike their words ("Harga bensin naik menjadi Rp11.800" and "Harga solar naik
    menjadi Rp8.200"): an article that says one thing twice repeats its figure; across outlets
    a changed figure is a discrepancy to show, within one article it is the article's own word.
    Not a headline, which bundles the figures its body gives apart."""
    return bool(a.body and b.body and a.key.numbers and b.key.numbers and not a.key.numbers & b.key.numbers)


def days_apart(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Do two claims of one article each state a day, and none in common? Then they tell two
    happenings ("the quake on Sunday came a day after one on Saturday", a match and the one
    five days before): one article states one happening's day once, in one time zone, so the
    day's slack across outlets (``Settings.exact_date_tolerance_days``) has no place here."""
    da, db = claim_days(a), claim_days(b)
    return bool(da and db and not da & db)


def _same_article_allowed(A: list[int], B: list[int], infos: list[ClaimInfo],
                          allowed: Callable[[int, int], bool]) -> bool:
    """Two body claims of one article share a cluster only when the article states that fact
    twice (``allowed(x, y)``, x < y): otherwise one article would join two facts."""
    by_article: dict[str, list[int]] = {}
    for x in A:
        if infos[x].body:
            by_article.setdefault(infos[x].article.id, []).append(x)
    for y in B:
        if not infos[y].body:
            continue
        for x in by_article.get(infos[y].article.id, ()):
            if not allowed(min(x, y), max(x, y)):
                return False
    return True
