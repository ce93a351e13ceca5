"""Headlines: a headline states the fact its own article leads with.

A headline is written to be short: names, a verb, a figure, in title case,
often with a colon where the sentence had "said". Its verdict against
another outlet's body sentence is weak even when both state one fact, so
headlines rarely cluster by their own verdicts (on the development corpus
one headline pair in seven). What a headline says is, nearly always, said
again in its own article's body, in a sentence the verdict can match across
outlets. So a headline no other outlet's claim joins, or only other headlines
(headlines alike in their few words, which may each bundle another of the
story's facts), takes the cluster of
its own article's body claim that holds the most of its words (the share of
the headline key's words and concepts found in the claim's key, leaving out
the entities, which the story's every sentence names; unweighted, so the
decision does not move with the corpus's word weights, and a claim store
decides it as a pass over every article would), when that claim's cluster
spans other articles and the share reaches ``Settings.headline_containment``. The match it makes says so, with the
figure, for the report.
"""
from __future__ import annotations

from .features import WEIGHTLESS
from .info import ClaimInfo
from .pairs import BlockScorer, Match


def _content(info: ClaimInfo) -> frozenset[str]:
    """What a claim's matching key says of its names: its words and concepts, not the entities
    (the people and countries of a story are in most of its sentences, so they do not tell
    which fact a headline states) nor the weightless concepts ("said", "president")."""
    return frozenset(t for t in info.key.tokens if t not in WEIGHTLESS and not t.startswith("@"))


def attach_headlines(infos: list[ClaimInfo], blocks: BlockScorer, roots: dict[int, int], articles: list[str],
                     threshold: float) -> tuple[dict[int, int], list[Match]]:
    """(claim index -> cluster root with headlines attached, the matches that attach them).
    ``roots``: claim index -> cluster root, from ``cluster``; ``articles``: the article ids
    whose headlines may attach (articles of events with more than one article)."""
    spread: dict[int, set[str]] = {}
    has_body: set[int] = set()
    for k, r in roots.items():
        spread.setdefault(r, set()).add(infos[k].article.id)
        if infos[k].body:
            has_body.add(r)
    out = dict(roots)
    matches = []
    for a in articles:
        heads = [k for k in blocks.by_article[a]
                 if infos[k].claim.claim_type == "headline" and (len(spread[roots[k]]) < 2 or roots[k] not in has_body)]
        if not heads:
            continue
        blk = blocks.own_block(a)
        for k in heads:
            words = _content(infos[k])
            if not words:
                continue
            best, best_q = 0.0, -1
            for q, j in enumerate(blk.cols):
                if j == k or not infos[j].body or len(spread[roots[j]]) < 2:
                    continue
                v = len(words & _content(infos[j])) / len(words)
                if v > best:  # ties: the earlier claim, nearer the lead
                    best, best_q = v, q
            if best_q < 0 or best < threshold:
                continue
            j = blk.cols[best_q]
            out[k] = roots[j]
            x, y = sorted((infos[k].id, infos[j].id))
            why = {"headline": f"restates its own article's claim: {best:.2f} of the headline's words are in it",
                   **blocks.cell_reasons(blk, blk.rows.index(k), best_q)}
            matches.append(Match(x, y, round(best, 4), "asserted", why))
    return out, matches
