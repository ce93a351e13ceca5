"""Lineage: which article appears to be rewritten from which, across languages too.

Follows passim's and TextPAIR's view of text reuse: a rewrite keeps the
order of what it rewrites, claim by claim. For two articles of one event,
the body claims are aligned where each is the other's most similar claim
and the verdict (``matching``) gives them at least
``Settings.derivation_pair_floor`` (a translation aligns as well as a
paraphrase: across languages on the verdicts matching itself reads, the
block scored again on the full model's vectors); the chain of aligned claims
that runs forward in both is the evidence. The pair's score is the share of
the shorter article the chain covers times the mean verdict along it: a
machine translation or a reworded copy scores high; two outlets writing up
the same press conference share some facts but not their order and wording.

Direction, in this order, as an editor would read it: publication dates; an
undated text that mentions a date after the other's publication is the
later (a date inferred from the text is when the page was written at the
earliest: it can make a page the later, never the earlier); an article that
credits the other's outlet is the later; across languages, the version in a
language wires write in (``Settings.original_languages``) is the original of
its translation, unless it is an outlet's own edition in that language of
what it reports first in the other's (``language`` in outlets.toml); a wire
agency's report is the earlier (outlets rewrite wires, not the other way);
and, last, which version tells fewer sentences inside the stretch both tell, by at least
``Settings.derivation_omission_margin`` (a rewrite cuts more than it adds;
sentences, not claims, as how finely a sentence is cut is the tool's doing).
When none tells, no edge is drawn.

Two independent rewrites of one wire also align with each other. Two
versions in one language of an original in another are linked only when
they share its wording beyond what two translations would (the weighted word
overlap of their aligned claims, ``Settings.derivation_shared_wording``);
then the one closer to the original is its translation and the other the
copy. A rewrite has one parent: each later article keeps the earlier one it
follows most closely. Each edge carries its evidence: how many claims align
and in what order, the mean verdict, how the direction was decided, and
whether the later article credits the earlier outlet at all (most rewrites
credit only the wire, so an uncredited rewrite is the common case the report
points out).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

import numpy as np

from .lang import domain_suffixes, registry
from .matching import BlockScorer, ClaimInfo, longest_in_order


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


@dataclass
class Alignment:
    """The claims two articles share, in order."""

    a: str  # article ids, a < b
    b: str
    pairs: list[tuple[int, int]]  # (order in a, order in b) of aligned body claims
    probs: list[float]
    wording: float  # mean weighted share of words the aligned claims have in common (dice)
    shorter: int  # body claims of the shorter article
    in_order: int
    score: float
    # the sentence of each counted claim (``told_sentences``), of a and of b, by its order
    sentences: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())


def told(info: ClaimInfo) -> bool:
    """A claim that counts in lineage: a body claim, not a relative clause split off its noun
    ("... gempa 6,1 | yang mengguncang Chile pada Senin"). How finely a sentence is cut is the
    tool's doing, not the outlet's: counting clauses that hang on a noun would make a rewrite
    look longer or shorter by how its sentences happen to be split."""
    return info.body and info.claim.split != "relative"


def told_sentences(infos: list[ClaimInfo]) -> dict[str, tuple[int, ...]]:
    """Article id -> the sentence each of its claims that count (``told``) was cut from, in
    their order (``told_orders``)."""
    out: dict[str, list[int]] = defaultdict(list)
    for i in infos:
        if told(i):
            out[i.article.id].append(i.claim.sentence)
    return {a: tuple(v) for a, v in out.items()}


def told_orders(infos: list[ClaimInfo]) -> dict[int, int]:
    """Claim index -> its position among its article's claims that count (``told``)."""
    out, seen = {}, defaultdict(int)
    for k, i in enumerate(infos):
        if told(i):
            out[k] = seen[i.article.id]
            seen[i.article.id] += 1
    return out


def align(a: str, b: str, infos: list[ClaimInfo], blocks: BlockScorer, body_count: dict[str, int], settings,
          told_order: dict[int, int], told_at: dict[str, np.ndarray] | None = None,
          sentences: dict[str, tuple[int, ...]] | None = None) -> Alignment | None:
    """The body claims of articles a and b that are each other's most similar claim, with a
    verdict of at least the floor; None when too few of them run in order. ``told_at``: article
    id -> the positions of its claims that count (``told_positions``), when the caller aligns
    many pairs (each article's taken once, not once a pair); ``sentences``: ``told_sentences``,
    likewise."""
    blk = blocks.block(a, b)
    if blk.refined is not None:
        # across languages, the verdicts matching reads: the block scored again on the full
        # model's vectors (the static vectors align a translation's claims more loosely)
        blk = blk.refined
    x, y = (a, b) if a < b else (b, a)  # the block's rows are its first article's claims
    if told_at is None:
        told_at = told_positions(blocks, infos, (x, y))
    rows, cols = told_at[x], told_at[y]
    if not len(rows) or not len(cols):
        return None
    cells = np.ix_(rows, cols)
    cos = blk.features["cosine"][cells]
    best_col = cos.argmax(axis=1)
    best_row = cos.argmax(axis=0)
    # mutual best cells: the only ones that can align, one a row at most
    mutual = np.nonzero(best_row[best_col] == np.arange(len(rows)))[0]
    if len(mutual) < settings.min_derivation_claims:
        return None
    prob = blk.prob[cells]
    dice = blk.features["dice"][cells]
    pairs, probs, words = [], [], []
    for i in mutual:
        j = best_col[i]
        if prob[i, j] >= settings.derivation_pair_floor:
            pairs.append((told_order[blk.rows[rows[i]]], told_order[blk.cols[cols[j]]]))
            probs.append(float(prob[i, j]))
            words.append(float(dice[i, j]))
    if len(pairs) < settings.min_derivation_claims:
        return None
    in_order = longest_in_order(pairs)
    shorter = min(body_count[a], body_count[b])
    score = min(1.0, in_order / shorter) * float(np.mean(probs))
    if sentences is None:
        sentences = told_sentences(infos)
    return Alignment(x, y, pairs, probs, float(np.mean(words)), shorter, in_order, round(score, 3),
                     (sentences.get(x, ()), sentences.get(y, ())))


def told_positions(blocks: BlockScorer, infos: list[ClaimInfo], ids) -> dict[str, np.ndarray]:
    """Article id -> the positions, among its claims (``blocks.by_article``), of those that
    count (``told``): a block's rows and columns to align."""
    return {aid: np.array([k for k, r in enumerate(blocks.by_article[aid]) if told(infos[r])], dtype=np.intp)
            for aid in ids}


def _direction(x, y, al: Alignment, found: dict, settings, touching: dict | None = None
               ) -> tuple[str, str, str] | None:
    """(later id, earlier id, how it was decided) for two aligned articles, or None.
    ``touching``: article id -> the articles it is aligned with in ``found`` (``_touching``), so
    that a call reads the pairs of its two articles, not every pair of the corpus."""
    stamped = [a.meta.published if a.meta.published and not a.meta.published_inferred else None for a in (x, y)]
    if stamped[0] and stamped[1] and stamped[0] != stamped[1]:
        later, earlier = (x, y) if stamped[0] > stamped[1] else (y, x)
        return (later.id, earlier.id,
                f"{later.name} published {later.meta.published}, {earlier.name} {earlier.meta.published}")
    # on one day, the moments their stamps give (each in its zone, set in UTC): a copy cannot
    # be out before what it copies, when the two are far enough apart for the clocks to tell
    moments = [a.meta.published_utc if stamped[k] else None for k, a in enumerate((x, y))]
    if moments[0] and moments[1] and abs(moments[0] - moments[1]) >= timedelta(minutes=settings.derivation_clock_minutes):
        later, earlier = (x, y) if moments[0] > moments[1] else (y, x)
        return (later.id, earlier.id,
                f"{later.name} published {later.meta.published_utc:%Y-%m-%d %H:%M} UTC, "
                f"{earlier.name} {earlier.meta.published_utc:%Y-%m-%d %H:%M} UTC")
    # a date only inferred from the text ("the latest date it reports") is a lower bound: the
    # page was published on or after it, so it can say a page is later, never that it is earlier
    for (u, su), (v, sv) in (((x, stamped[0]), (y, stamped[1])), ((y, stamped[1]), (x, stamped[0]))):
        bound = u.meta.published if u.meta.published and not su else u.meta.reference_date
        if bound and sv and bound > sv:
            return (u.id, v.id, f"{u.name} mentions {bound}, after {v.name} was published ({sv})")
    cx = bool(y.meta.outlet) and any(same_newsroom(c.source, y.meta.outlet) for c in x.citations)
    cy = bool(x.meta.outlet) and any(same_newsroom(c.source, x.meta.outlet) for c in y.citations)
    if cx != cy:
        later, earlier = (x, y) if cx else (y, x)
        return later.id, earlier.id, f"{later.name} credits {earlier.meta.outlet}"
    lx, ly = x.meta.language, y.meta.language
    if lx != ly and (lx in settings.original_languages) != (ly in settings.original_languages):
        later, earlier = (y, x) if lx in settings.original_languages else (x, y)
    else:
        later = earlier = None
    # unless the version in the wire language is its outlet's own translation of what it
    # reports first in the other's language (an Indonesian outlet's English edition)
    if earlier is not None and not _own_translation(earlier, later.meta.language):
        return (later.id, earlier.id,
                f"dates do not tell; {later.name} ({later.meta.language}) reads as a translation of {earlier.name} "
                f"({earlier.meta.language})")
    wx, wy = _is_wire(x), _is_wire(y)
    if wx != wy:
        later, earlier = (y, x) if wx else (x, y)
        return (later.id, earlier.id, f"dates do not tell; {earlier.meta.outlet} is a wire agency, whose reports "
                                      f"outlets rewrite")
    if lx == ly:
        # two versions of one original in another language: unless they share its wording
        # beyond what two translations would (a copy), their likeness is the original's;
        # if they do, the one closer to the original is the translation, the other its copy
        if touching is None:
            touching = _touching(found)
        # the articles both align with (the pair itself aside), with each one's alignment score
        nx, ny = touching.get(x.id, {}), touching.get(y.id, {})
        common = [(third, al_x.score, ny[third].score) for third, al_x in nx.items()
                  if third in ny and third != x.id and third != y.id]
        if common and al.wording < settings.derivation_shared_wording:
            return None
        for third, sx, sy in sorted(common):
            if sx != sy:
                later, earlier = (y, x) if sx > sy else (x, y)
                return (later.id, earlier.id, f"both follow {third.split(':')[-1]}; {earlier.name} more closely "
                                              f"({max(sx, sy)} against {min(sx, sy)}), and {later.name} shares "
                                              f"its wording")
    if lx == ly:
        # a rewrite of another outlet's story cuts more than it adds: the version that tells
        # fewer sentences inside the stretch both tell is the later one, when it tells at
        # least the margin fewer (one sentence more or less is an editor's touch either way)
        ins_x, ins_y = _inserted(al)
        if abs(ins_x - ins_y) >= settings.derivation_omission_margin:
            later, earlier = (x, y) if ins_x < ins_y else (y, x)
            return (later.id, earlier.id, f"dates do not tell; {later.name} leaves out sentences {earlier.name} "
                                          f"tells inside the stretch both tell ({min(ins_x, ins_y)} against "
                                          f"{max(ins_x, ins_y)} not aligned)")
    return None


def _own_translation(article, language: str) -> bool:
    """Is the article an outlet's page in a language other than the one it reports in first,
    that one being ``language`` (an English page of an outlet that reports in Indonesian:
    its desk's translation of its own reporting, not an original others translate)?"""
    entry = registry().lookup(article.meta.outlet) if article.meta.outlet else None
    return entry is not None and entry.language == language != article.meta.language


def _is_wire(article) -> bool:
    """Is the article's outlet a wire agency (Antara, Reuters, AFP in the source registry)?"""
    entry = registry().lookup(article.meta.outlet) if article.meta.outlet else None
    return entry is not None and entry.type == "wire"


def _touching(found: dict) -> dict[str, dict]:
    """Article id -> {each article it is aligned with in ``found``: their alignment}."""
    out: dict[str, dict] = defaultdict(dict)
    for (a, b), al in found.items():
        out[a][b] = al
        out[b][a] = al
    return out


def _inserted(al: Alignment) -> tuple[int, int]:
    """Sentences of each side between its first and last aligned claim none of whose claims
    aligns. Sentences, not claims: how finely a sentence is cut is the tool's doing, not the
    outlet's ("Among them were A, B and C" cut into one claim a name), so a list one version
    spells out name by name is not more of the story than the same list told in one claim.
    Without the sentences (an alignment made by hand), each claim is its own sentence."""
    out = []
    for side, sents in enumerate(al.sentences):
        orders = {p[side] for p in al.pairs}
        lo, hi = min(orders), max(orders)
        sentence = (lambda k: sents[k]) if len(sents) > hi else (lambda k: k)
        aligned = {sentence(k) for k in orders}
        out.append(len({sentence(k) for k in range(lo, hi + 1)} - aligned))
    return out[0], out[1]


def find_derivations(corpus, infos: list[ClaimInfo], blocks: BlockScorer) -> list[Derivation]:
    s = corpus.settings
    body_count: dict[str, int] = defaultdict(int)
    events_of: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for i in infos:
        if told(i):
            body_count[i.article.id] += 1
            events_of[i.article.id][i.claim.event] += 1
    main = {a: max(evs, key=lambda e: (evs[e], e)) for a, evs in events_of.items()}
    by_event: dict[str, list[str]] = defaultdict(list)
    for a in sorted(main):
        by_event[main[a]].append(a)
    arts = {a.id: a for a in corpus.articles}
    order = told_orders(infos)
    sentences = told_sentences(infos)
    told_at = told_positions(blocks, infos, main)
    found: dict[tuple[str, str], Alignment] = {}
    for ev in sorted(by_event):
        ids = by_event[ev]
        for k, a in enumerate(ids):
            for b in ids[k + 1:]:
                al = align(a, b, infos, blocks, body_count, s, order, told_at, sentences)
                if al is None or al.in_order / len(al.pairs) < s.min_derivation_order or al.score < s.min_derivation_score:
                    continue
                found[(a, b)] = al
    # candidate edges, with their direction
    cands: dict[str, list[tuple[Alignment, str, str]]] = defaultdict(list)
    touching = _touching(found)
    for (a, b), al in sorted(found.items()):
        d = _direction(arts[a], arts[b], al, found, s, touching)
        if d is not None:
            cands[d[0]].append((al, d[1], d[2]))
    # a rewrite has one parent: the earlier article it follows most closely
    out = []
    for later in sorted(cands):
        al, earlier, why = min(cands[later], key=lambda t: (-t[0].score, t[1]))
        out.append(_derivation(arts[later], arts[earlier], al, why))
    return sorted(out, key=lambda d: (d.later, d.earlier))


def same_newsroom(a: str, b: str) -> bool:
    """Do two names name one newsroom, as pages write it: its masthead in capitals, its web
    address, or its name in a credit ("JATENGKINI.COM", "jatengkini.com", "JatengKini")? Case,
    spaces and punctuation aside, and a web address's ending (``lang.domain_suffixes``)."""
    return _newsroom_key(a) == _newsroom_key(b) != ""


@lru_cache(maxsize=4096)
def _newsroom_key(name: str) -> str:
    """A name folded as ``same_newsroom`` compares it (each outlet and credit recurs across pairs)."""
    low = name.casefold().strip()
    for suffix in _suffixes_longest_first():
        if low.endswith("." + suffix):
            low = low[: -len(suffix) - 1]
            break
    return re.sub(r"[\W_]+", "", low)


@lru_cache(maxsize=None)
def _suffixes_longest_first() -> tuple[str, ...]:
    return tuple(sorted(domain_suffixes(), key=len, reverse=True))  # "co.id" before "id"


def _derivation(la, ea, al: Alignment, why: str) -> Derivation:
    e_outlet = ea.meta.outlet
    credited = bool(e_outlet) and any(same_newsroom(c.source, e_outlet) for c in la.citations)
    cited = sorted({c.source for c in la.citations if not c.citing})
    n = len(al.pairs)
    evidence = (f"{al.in_order} of {al.shorter} claims of the shorter article align in the same order "
                f"({n} aligned, mean match {np.mean(al.probs):.2f}"
                + (", across languages" if la.meta.language != ea.meta.language else "") + f"); {why}; "
                + (f"credits {e_outlet}" if credited else
                   f"does not credit {e_outlet or ea.name}" + (f" (credits only {', '.join(cited)})" if cited else "")))
    return Derivation(la.id, ea.id, al.score, evidence, n, al.in_order, credited,
                      {"coverage": round(al.in_order / al.shorter, 3), "mean_match": round(float(np.mean(al.probs)), 3),
                       "order": round(al.in_order / n, 3)})
