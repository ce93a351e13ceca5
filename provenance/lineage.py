"""Lineage: which article appears to be rewritten from which.

Follows passim's and TextPAIR's view of text reuse: a rewrite keeps the
order of what it rewrites. For each pair of articles, the claims they share
(asserted matches between body claims) are lined up; when enough of the
shorter article aligns, mostly in the same order, the later article is
marked ``derived_from`` the earlier one, with the evidence: how many claims
align, how many in order, both publication dates (or the estimate, and from
what), and whether the later one credits the earlier outlet at all. Most
rewrites credit only the wire, so an uncredited rewrite is the common case
the report points out.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .matching import ClaimInfo, longest_in_order


@dataclass
class Derivation:
    later: str  # article id
    earlier: str
    score: float
    evidence: str
    aligned: int
    in_order: int
    credited: bool
    details: dict = field(default_factory=dict)


def _when(article) -> tuple[date | None, str]:
    meta = article.meta
    if meta.published is not None and not meta.published_inferred:
        return meta.published, f"published {meta.published.isoformat()}"
    ref = meta.reference_date
    if ref is not None:
        how = "latest date it mentions" if "latest date" in (meta.published_evidence or "latest date") else "inferred"
        return ref, f"not dated; {how} {ref.isoformat()}"
    return None, "no date"


def find_derivations(corpus, infos: list[ClaimInfo]) -> list[Derivation]:
    s = corpus.settings
    info = {i.id: i for i in infos}
    body_count = defaultdict(int)
    for i in infos:
        if i.body:
            body_count[i.article.id] += 1
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for m in corpus.matches:
        if m.status != "asserted":
            continue
        x, y = info[m.a], info[m.b]
        if not (x.body and y.body):
            continue
        if x.article.id > y.article.id:
            x, y = y, x
        pairs[(x.article.id, y.article.id)].append((x.order, y.order))
    arts = {a.id: a for a in corpus.articles}
    out = []
    for (a, b), aligned in sorted(pairs.items()):
        # one claim can match several: count distinct claims on the shorter side
        n = min(len({p for p, _ in aligned}), len({q for _, q in aligned}))
        shorter = min(body_count[a], body_count[b])
        if n < s.min_derivation_claims or not shorter:
            continue
        coverage = n / shorter
        in_order = longest_in_order(aligned)
        order = in_order / len(aligned)
        if coverage < s.min_derivation_coverage or order < s.min_derivation_order:
            continue
        da, wa = _when(arts[a])
        db, wb = _when(arts[b])
        if da is None or db is None or da == db:
            continue  # no direction to tell
        later, earlier = (a, b) if da > db else (b, a)
        wl, we = (wa, wb) if later == a else (wb, wa)
        la, ea = arts[later], arts[earlier]
        e_outlet = ea.meta.outlet
        credited = bool(e_outlet) and any(c.source == e_outlet for c in la.citations)
        cited = sorted({c.source for c in la.citations if not c.citing})
        score = round(min(1.0, coverage) * order, 3)
        evidence = (f"{n} of {shorter} claims of the shorter article align, {in_order} of {len(aligned)} matches in the same "
                    f"order; {la.name}: {wl}; {ea.name}: {we}; "
                    + (f"credits {e_outlet}" if credited else
                       f"does not credit {e_outlet or ea.name}" + (f" (credits only {', '.join(cited)})" if cited else "")))
        out.append(Derivation(later, earlier, score, evidence, n, in_order, credited,
                              {"coverage": round(coverage, 3), "order": round(order, 3)}))
    # A rewrite has one parent: when a later article follows several earlier ones (all of
    # them rewrites of one wire, say), only the one it follows most closely is kept.
    best: dict[str, Derivation] = {}
    for d in out:
        cur = best.get(d.later)
        if cur is None or (d.score, d.aligned, _when(arts[d.earlier])[0]) > (cur.score, cur.aligned,
                                                                           _when(arts[cur.earlier])[0]):
            best[d.later] = d
    return sorted(best.values(), key=lambda d: (d.later, d.earlier))
