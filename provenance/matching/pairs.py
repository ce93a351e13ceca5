"""Verdicts: which claims of two articles say the same thing.

Claims are compared article pair by article pair, a block at a time: for the
claims of articles A and B, every piece of evidence (``features.py``) is a
small matrix computed with a few matrix products (cosines of the claims'
vectors, IDF-weighted key overlap, shared names, people, numbers), from
which each cell also learns whether it is its row's or its column's best;
the ``claim_match`` model (``data/models.toml``) turns each cell's evidence
into a probability. Only the cells kept (at or above the suggestion
threshold) get their reasons written out.

Which article pairs are compared is decided elsewhere: the events stage
compares each article with its nearest articles (and uses the blocks as
evidence that two articles report one happening); matching compares every
pair of articles within an event. A block is computed once and reused. Both
stages know which blocks they will read and have them computed together
(``BlockScorer.prefetch``): what needs a block's own rows and columns (the
products of vectors and of each article's incidence matrices, made once an
article; each row's and column's best) is done block by block, every
feature of one cell alone and the verdict over the cells of many blocks at
once, so a cell gets the same bits whichever blocks it is computed with
(``tests/test_caches.py``). Copies of one story make many small blocks: per
block, Python and numpy's call overheads were most of the cost.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from ..settings import DEFAULT, Settings
from ..slots import periods_in
from .cluster import credited_apart, days_apart, figures_apart
from .features import TokenWeights, iso_day, claim_days, claim_places
from .predicate import predicate_vectors
from .info import ClaimInfo
from .linear import model_for


@dataclass
class Match:
    a: str  # claim id (a < b)
    b: str
    score: float  # the verdict's probability that they state the same thing
    status: str  # asserted | suggested
    reasons: dict = field(default_factory=dict)


@dataclass
class Block:
    """The verdicts between the claims of two articles."""

    rows: list[int]  # claim indices of the first article
    cols: list[int]  # of the second
    prob: np.ndarray  # len(rows) x len(cols)
    features: dict[str, np.ndarray]
    # across languages: the same block on the full model's vectors (see ``doubtful``)
    refined: "Block | None" = None

    @property
    def cross_language(self) -> bool:
        return bool(self.prob.size) and bool(self.features["cross_language"].flat[0])

    def mutual_best(self) -> np.ndarray:
        return self.features["mutual"].astype(bool)

    def doubtful(self, settings: Settings) -> bool:
        """Should the full model score this block again? Across languages, where the static
        table is weakest (dev corpus AUC 0.81 against the model's 0.87), when a best match is
        at or above ``settings.refine_floor``. Within a language the table is nearly as good
        (0.87 against 0.91): scoring every block of the dev corpus again with the model (a
        verdict that also weighs the table's cosine) gave matching f1 0.606 against 0.607
        across languages only, at 31% of a synthetic corpus's claims embedded against none."""
        if not self.cross_language:
            return False
        best = self.features["best"].astype(bool)
        return bool(np.any(best & (self.prob >= settings.refine_floor)))


class BlockScorer:
    """Scores article pairs block by block; remembers every block it computed."""

    def __init__(self, infos: list[ClaimInfo], vectors: np.ndarray, kind: str, settings: Settings = DEFAULT,
                 token_stats: tuple[dict[str, int], int] | None = None):
        """``kind``: which vectors these are ("model", "static", "words"); the verdict uses
        the weights fitted for them. ``token_stats``: a larger corpus's token frequencies
        (``TokenWeights``)."""
        self.infos = infos
        self.vectors = vectors
        self._predicate: np.ndarray | None = None
        self.kind = kind
        self.settings = settings
        self.verdict = model_for("claim_match", kind)
        self.weights = TokenWeights(infos, token_stats, settings)
        self.by_article: dict[str, list[int]] = defaultdict(list)
        for k, info in enumerate(infos):
            self.by_article[info.article.id].append(k)
        self._blocks: dict[tuple[str, str], Block] = {}
        self._own: dict[str, Block] = {}  # an article's claims against each other
        self._slots: dict[str, dict] = {}
        # per claim index, what ``_compute_many`` reads cell by cell (filled with each article's slots)
        n = len(infos)
        self._claim_arrays = {"total": np.zeros(n), "n_entities": np.zeros(n, dtype=np.int64),
                              "has_persons": np.zeros(n, bool), "n_persons": np.zeros(n, dtype=np.int64),
                              "has_units": np.zeros(n, bool),
                              "n_cognates": np.zeros(n, dtype=np.int64), "language": np.zeros(n, dtype=np.int64),
                              "speaker": np.full(n, -1, dtype=np.int64), "has_places": np.zeros(n, bool),
                              "has_dates": np.zeros(n, bool), "has_periods": np.zeros(n, bool)}
        self._languages: dict[str, int] = {}
        self._speakers: dict[str, int] = {}  # speaker's name -> a number (only equality is read)
        self._reasons_of: dict[tuple, dict] = {}  # (verdict, claim, claim, evidence) -> reasons

    @property
    def predicate(self) -> np.ndarray:
        """Each claim's vector with its names left out (``predicate.py``), made when a refined
        verdict first needs it: the static verdict does not weigh it."""
        if self._predicate is None:
            self._predicate = predicate_vectors(self.infos)
        return self._predicate

    def _article_slots(self, aid: str) -> dict:
        """Per article: each claim's weighted tokens, names, people, numbers, order, as lists, and
        what every block of the article needs of them again and again (its rows of the vectors,
        incidence matrices of its tokens and sets: ``_Incidence``); the sizes of its sets go to
        the scorer's per-claim arrays."""
        s = self._slots.get(aid)
        if s is None:
            ks = self.by_article[aid]
            bags = [self.weights.bag(k, self.infos[k]) for k in ks]
            tokens = [bag for bag, _total in bags]
            entities = [self.infos[k].match_key.entities for k in ks]
            persons = [self.infos[k].match_key.persons for k in ks]
            numbers = [self.infos[k].match_key.numbers for k in ks]
            units = [self.infos[k].units for k in ks]
            cognates = [self.infos[k].cognates for k in ks]
            order = np.array([self.infos[k].order for k in ks])
            places = [claim_places(self.infos[k], self.settings) for k in ks]
            dates = [claim_days(self.infos[k]) for k in ks]
            periods = [periods_in(self.infos[k].said, self.infos[k].language) for k in ks]
            # each date with the days a report may be off by (time zones, a late report)
            slack = self.settings.exact_date_tolerance_days
            near = [frozenset(d + x for d in ds for x in range(-slack, slack + 1)) for ds in dates]
            s = {
                "tokens": tokens,
                "total": np.array([total for _bag, total in bags]),
                "entities": entities, "persons": persons, "numbers": numbers, "units": units,
                "cognates": cognates, "order": order,
                "language": self.infos[ks[0]].language,
                "vectors": self.vectors[ks],
                "position": {int(o): p for p, o in enumerate(order) if o >= 0},
                "inc_tokens": _Incidence(tokens, weighted=True),
                "inc_entities": _Incidence(entities), "inc_persons": _Incidence(persons),
                "inc_numbers": _Incidence(numbers), "inc_units": _Incidence(units),
                "inc_cognates": _Incidence(cognates),
                "inc_places": _Incidence(places), "inc_dates": _Incidence(dates), "inc_near": _Incidence(near),
                "periods": periods, "inc_periods": _Incidence(periods),
            }
            self._slots[aid] = s
            arrays = self._claim_arrays
            arrays["total"][ks] = s["total"]
            arrays["n_entities"][ks] = [len(e) for e in entities]
            arrays["has_persons"][ks] = [bool(p) for p in persons]
            arrays["n_persons"][ks] = [len(p) for p in persons]
            arrays["has_units"][ks] = [bool(u) for u in units]
            arrays["n_cognates"][ks] = [len(c) for c in cognates]
            arrays["language"][ks] = self._languages.setdefault(s["language"], len(self._languages))
            arrays["speaker"][ks] = [self._speakers.setdefault(self.infos[k].speaker, len(self._speakers))
                                     if self.infos[k].speaker else -1 for k in ks]
            arrays["has_places"][ks] = [bool(p) for p in places]
            arrays["has_dates"][ks] = [bool(d) for d in dates]
            arrays["has_periods"][ks] = [bool(p) for p in periods]
        return s

    def block(self, a: str, b: str) -> Block:
        """The block of articles a and b (a < b)."""
        if a > b:
            a, b = b, a
        blk = self._blocks.get((a, b))
        if blk is None:
            blk = self._compute(a, b)
            self._blocks[(a, b)] = blk
        return blk

    def computed(self) -> list[tuple[str, str]]:
        return sorted(self._blocks)

    def own_block(self, a: str) -> Block:
        """Article ``a``'s claims against each other (restatements, headlines)."""
        blk = self._own.get(a)
        if blk is None:
            blk = self._own[a] = self._compute(a, a)
        return blk

    def own_verdict(self, i: int, j: int) -> float:
        """The verdict on two claims of one article (from its ``own_block``)."""
        blk = self.own_block(self.infos[i].article.id)
        return float(blk.prob[blk.rows.index(i), blk.cols.index(j)])

    def restatements(self, a: str, floor: float) -> dict[tuple[int, int], float]:
        """(i, j) with i < j -> probability, for two claims of article ``a`` that state the same
        fact (a quotation and the lead that paraphrases it), at or above ``floor``. Not two claims
        the article credits to different people: one article giving like words to two speakers
        (a host and his guest both praising their partnership) reports two statements; across
        outlets a changed speaker is a discrepancy to show, within one it is the article's own word.
        Nor two that both give figures and none in common (``figures_apart``), or days
        (``days_apart``)."""
        blk = self.own_block(a)
        out = {}
        for p, q in zip(*np.nonzero(blk.prob >= floor)):
            if p < q:
                i, j = blk.rows[p], blk.cols[q]
                x, y = self.infos[i], self.infos[j]
                if credited_apart(x, y) or figures_apart(x, y) or days_apart(x, y):
                    continue
                out[(i, j)] = float(blk.prob[p, q])
        return out

    def prefetch(self, pairs) -> None:
        """Compute the blocks of these article pairs not computed yet, together (``_compute_many``):
        what ``block`` would give one at a time, for less. Callers that know which blocks they
        will ask for (the events stage's candidate pairs, matching's pairs within an event) call
        it first; it computes nothing they would not."""
        todo = []
        for a, b in pairs:
            if a > b:
                a, b = b, a
            if a != b and (a, b) not in self._blocks:
                self._blocks[(a, b)] = None  # taken (a pair given twice is computed once)
                todo.append((a, b))
        step = self.settings.prefetch_blocks
        for at in range(0, len(todo), step):
            for (a, b), blk in zip(todo[at:at + step], self._compute_many(todo[at:at + step])):
                self._blocks[(a, b)] = blk

    def _compute(self, a: str, b: str, vectors: np.ndarray | None = None, verdict=None) -> Block:
        return self._compute_many([(a, b)], vectors, verdict)[0]

    def _compute_many(self, pairs: list[tuple[str, str]], vectors: np.ndarray | None = None,
                      verdict=None) -> list[Block]:
        """The blocks of these article pairs. What needs a block's own rows and columns (the
        products of vectors and of incidence matrices, each row's and column's best) is done a
        block at a time; every feature that is a function of one cell's values alone, and the
        verdict, is then computed over the cells of all the blocks at once, with the same
        operations on the same types as one block at a time: each cell gets the same bits
        whichever blocks it is computed with."""
        verdict = verdict or self.verdict
        if not pairs:
            return []
        cos_l, base_l, pred_l, sw_l, ents_l, people_l, num_l, units_l, cog_l = ([] for _ in range(9))
        places_l, dates_l, near_l, periods_l = [], [], [], []
        best_l, mutual_l, order_l, rows_l, cols_l, shapes = [], [], [], [], [], []
        for a, b in pairs:
            xs, ys = self.by_article[a], self.by_article[b]
            sa, sb = self._article_slots(a), self._article_slots(b)
            base = sa["vectors"] @ sb["vectors"].T
            cos = base if vectors is None else vectors[xs] @ vectors[ys].T
            shapes.append(cos.shape)
            cos_l.append(cos.ravel())
            if vectors is not None:
                base_l.append(base.ravel())
                pred_l.append((self.predicate[xs] @ self.predicate[ys].T).ravel())
            sw_l.append(sa["inc_tokens"].weights_shared(sb["inc_tokens"]).ravel())
            ents_l.append(sa["inc_entities"].count_shared(sb["inc_entities"]).ravel())
            people_l.append(sa["inc_persons"].count_shared(sb["inc_persons"]).ravel())
            num_l.append(sa["inc_numbers"].count_shared(sb["inc_numbers"]).ravel())
            units_l.append(sa["inc_units"].count_shared(sb["inc_units"]).ravel())
            places_l.append(sa["inc_places"].count_shared(sb["inc_places"]).ravel())
            dates_l.append(sa["inc_dates"].count_shared(sb["inc_dates"]).ravel())
            near_l.append(sa["inc_dates"].count_shared(sb["inc_near"]).ravel())
            periods_l.append(sa["inc_periods"].count_shared(sb["inc_periods"]).ravel())
            if sa["language"] != sb["language"]:
                # within a language the key's own overlap (dice) already counts these words
                cog_l.append(sa["inc_cognates"].count_shared(sb["inc_cognates"]).ravel())
            else:
                cog_l.append(np.zeros(cos.size))
            ranked = cos.copy()
            if a == b:
                np.fill_diagonal(ranked, -np.inf)  # within one article (restatements): not itself
            row_best = np.zeros(cos.shape, bool)
            col_best = np.zeros(cos.shape, bool)
            if cos.size and (a != b or len(xs) > 1):
                row_best[np.arange(cos.shape[0]), ranked.argmax(axis=1)] = True
                col_best[ranked.argmax(axis=0), np.arange(cos.shape[1])] = True
            mutual = row_best & col_best
            in_order = (_in_order(sa["order"], sb["order"], mutual, sa["position"], sb["position"]) if a != b
                        else np.zeros(cos.shape, bool))
            best_l.append((row_best | col_best).ravel())
            mutual_l.append(mutual.ravel())
            order_l.append(in_order.ravel())
            rows_l.append(np.repeat(np.asarray(xs, dtype=np.intp), len(ys)))
            cols_l.append(np.tile(np.asarray(ys, dtype=np.intp), len(xs)))
        cat = np.concatenate
        rows, cols = cat(rows_l), cat(cols_l)
        cos = cat(cos_l)
        total, n_ent, has_p, has_u, n_cog, lang, spk, has_pl, has_d, has_per = (
            self._claim_arrays[k] for k in ("total", "n_entities", "has_persons", "has_units", "n_cognates", "language",
                                            "speaker", "has_places", "has_dates", "has_periods"))
        shared_w = cat(sw_l)
        ta, tb = total[rows], total[cols]
        with np.errstate(divide="ignore", invalid="ignore"):
            dice = np.where(ta + tb > 0, 2 * shared_w / (ta + tb), 0.0)
            contain = np.where(np.minimum(ta, tb) > 0, shared_w / np.minimum(ta, tb), 0.0)
        ents_shared = cat(ents_l)
        union = n_ent[rows] + n_ent[cols] - ents_shared
        with np.errstate(divide="ignore", invalid="ignore"):
            ents = np.where(union > 0, ents_shared / np.maximum(union, 1), 0.0)
        # each names someone the other does not: another speaker, or another actor ("Herzog met
        # Biden" / "Prabowo met Biden", the same host's two guests on one day)
        shared_p, n_p = cat(people_l), self._claim_arrays["n_persons"]
        people_differ = (has_p[rows] & has_p[cols] & (n_p[rows] > shared_p) & (n_p[cols] > shared_p)).astype(float)
        numbers = np.minimum(cat(num_l), 2).astype(float)
        units_shared = cat(units_l) > 0
        units_differ = has_u[rows] & has_u[cols] & ~units_shared
        across = lang[rows] != lang[cols]
        cross = across.astype(float)
        ca, cb = n_cog[rows], n_cog[cols]
        with np.errstate(divide="ignore", invalid="ignore"):
            cognates = np.where(across & (np.minimum(ca, cb) > 0), cat(cog_l) / np.maximum(np.minimum(ca, cb), 1), 0.0)
        sa_, sb_ = spk[rows], spk[cols]
        credited = (sa_ >= 0) & (sb_ >= 0)
        places_shared = cat(places_l) > 0
        dates_shared = cat(dates_l) > 0
        feats = {
            # ``cosine * cross`` in the cosine's own type (a block multiplies it by a Python float)
            "cosine": cos, "cross_language": cross, "cosine_cross": cos * cross.astype(cos.dtype),
            "dice": dice, "containment": np.minimum(contain, 1.0), "cognates": cognates, "entities": ents,
            "people_differ": people_differ, "numbers_shared": numbers,
            "units_shared": units_shared.astype(float), "units_differ": units_differ.astype(float),
            "best": cat(best_l).astype(float), "mutual": cat(mutual_l).astype(float),
            "in_order": cat(order_l).astype(float),
            "same_speaker": (credited & (sa_ == sb_)).astype(float),
            "speakers_differ": (credited & (sa_ != sb_)).astype(float),
            "places_agree": places_shared.astype(float),
            "places_differ": (has_pl[rows] & has_pl[cols] & ~places_shared).astype(float),
            "dates_agree": dates_shared.astype(float),
            "dates_differ": (has_d[rows] & has_d[cols] & (cat(near_l) == 0)).astype(float),
            "periods_differ": (has_per[rows] & has_per[cols] & (cat(periods_l) == 0)).astype(float),
        }
        if vectors is not None:
            predicate = cat(pred_l)
            feats.update(predicate=predicate, predicate_cross=predicate * cross.astype(predicate.dtype),
                         cosine_base=cat(base_l))
        z = np.full(cos.shape, verdict.bias)
        for f, w in zip(verdict.features, verdict.weights):
            z = z + w * feats[f]
        prob = np.round(1.0 / (1.0 + np.exp(-np.clip(z, -60, 60))), 4)
        # a rate over one period against a rate over another ("annual inflation" / "monthly
        # inflation") is two facts, however alike the words: known, and cannot be one figure
        prob = np.where(feats["periods_differ"] > 0, 0.0, prob)
        out, at = [], 0
        for (a, b), shape in zip(pairs, shapes):
            n = shape[0] * shape[1]
            out.append(Block(self.by_article[a], self.by_article[b], prob[at:at + n].reshape(shape),
                             {name: m[at:at + n].reshape(shape) for name, m in feats.items()}))
            at += n
        return out

    def refine(self, a: str, b: str, full: np.ndarray) -> None:
        """Score the block of a and b again on the full model's vectors (``full``, by claim
        index), with the ``claim_match`` weights; its verdicts replace the static ones."""
        blk = self.block(a, b)
        blk.refined = self._compute(*sorted((a, b)), vectors=full, verdict=model_for("claim_match", "model"))

    def verdicts(self, a: str, b: str, floor: float) -> dict[tuple[int, int], tuple[float, dict]]:
        """(i, j) with i < j -> (probability, reasons), for the cells at or above ``floor``."""
        blk = self.block(a, b)
        verdict = self.verdict
        if blk.refined is not None:
            blk, verdict = blk.refined, model_for("claim_match", "model")
        out = {}
        ps, qs = np.nonzero(blk.prob >= floor)
        if not len(ps):
            return out
        names = list(blk.features)
        # every kept cell's evidence at once, as Python floats (float() of each cell, as before)
        cells = list(zip(*(m[ps, qs].tolist() for m in blk.features.values())))
        probs = blk.prob[ps, qs].tolist()
        for p, q, values, prob in zip(ps.tolist(), qs.tolist(), cells, probs):
            i, j = blk.rows[p], blk.cols[q]
            # the reasons read the two claims' keys (their text, language and people) and the
            # cell's evidence alone: copies of a report give the same pair of claims with the
            # same evidence again and again, and share one dict of reasons (nothing writes to it)
            same = (verdict.name, self._claim_text(i), self._claim_text(j), values)
            reasons = self._reasons_of.get(same)
            if reasons is None:
                f = dict(zip(names, values))
                reasons = self._reasons_of[same] = self._reasons(i, j, f, verdict)
                if verdict is not self.verdict:
                    reasons["vectors"] = ("the full multilingual model beside the static table (a translation: "
                                          "the table is weakest there)")
            key = (i, j) if i < j else (j, i)
            out[key] = (prob, reasons)
        return out

    def cell_reasons(self, blk: Block, p: int, q: int) -> dict:
        """The reasons of a block's cell, as ``verdicts`` writes them (static verdict)."""
        f = {name: float(m[p, q]) for name, m in blk.features.items()}
        return self._reasons(blk.rows[p], blk.cols[q], f, self.verdict)

    def _claim_text(self, k: int) -> tuple:
        """What claim ``k``'s key is made of (``info.prepare``): its text, language and people; and
        who it is credited to (the reasons name the speaker)."""
        info = self.infos[k]
        return info.claim.text, info.language, info.persons, info.speaker

    def _reasons(self, i: int, j: int, f: dict[str, float], verdict) -> dict:
        wi = self.weights.bag(i, self.infos[i])[0]
        wj = self.weights.bag(j, self.infos[j])[0]
        shared = sorted((t for t in wi if t in wj), key=lambda t: (-wi[t], t))
        r = {"cosine": round(f["cosine"], 3), "dice": round(f["dice"], 3), "containment": round(f["containment"], 3),
             "shared": shared[:12]}
        if "predicate" in f:
            r["predicate"] = round(f["predicate"], 3)
        if f["cross_language"]:
            r["languages"] = "differ (a translation)"
        if f["mutual"]:
            r["best match"] = "each is the other's most similar claim in its article"
        elif f["best"]:
            r["best match"] = "one is the other's most similar claim in its article"
        if f["in_order"]:
            r["aligned"] = "the claims next to them match too (same order)"
        if f["people_differ"]:
            r["people differ"] = "each names someone the other does not"
        if f["cognates"]:
            n = len(self.infos[i].cognates & self.infos[j].cognates)
            r["borrowed words"] = f"{n} in common across the languages ({f['cognates']:.2f} of the shorter claim's)"
        if f["numbers_shared"]:
            r["numbers"] = f"{int(f['numbers_shared'])} shared"
        a, b = self.infos[i], self.infos[j]
        if f["same_speaker"]:
            r["same speaker"] = a.speaker
        elif f["speakers_differ"]:
            r["speakers differ"] = " / ".join(sorted((a.speaker, b.speaker)))
        if f["places_agree"]:
            r["same place"] = " ".join(sorted(claim_places(a, self.settings) & claim_places(b, self.settings)))
        elif f["places_differ"]:
            r["places differ"] = " / ".join(", ".join(sorted(claim_places(x, self.settings))) for x in sorted((a, b), key=lambda x: x.id))
        if f["dates_agree"]:
            r["same date"] = " ".join(sorted(iso_day(d) for d in claim_days(a) & claim_days(b)))
        elif f["dates_differ"]:
            r["dates differ"] = " / ".join(", ".join(sorted(iso_day(d) for d in claim_days(x)))
                                           for x in sorted((a, b), key=lambda x: x.id))
        if f.get("periods_differ"):
            r["periods differ"] = " / ".join(", ".join(sorted(periods_in(x.said, x.language)))
                                             for x in sorted((a, b), key=lambda x: x.id)) + " (two facts: no match)"
        r["weights"] = verdict.contributions(f)
        return r


class _Incidence:
    """One article's claims as rows of an incidence matrix over the items they hold (tokens with
    their weights, or the members of a set), made once an article: a block then takes the columns
    of the items two articles share instead of building both matrices again. The matrices a block
    multiplies are the ones ``_overlap`` and ``_count_overlap`` build (same values, same column
    order, same shape), so the sums are the same to the last bit."""

    __slots__ = ("rows", "cols", "weights", "ones")

    def __init__(self, rows: list, weighted: bool = False):
        self.rows = len(rows)
        self.cols: dict = {}
        for r in rows:
            for t in r:
                if t not in self.cols:
                    self.cols[t] = len(self.cols)
        self.ones = np.zeros((self.rows, len(self.cols)))
        self.weights = np.zeros((self.rows, len(self.cols))) if weighted else None
        for k, r in enumerate(rows):
            for t in r:
                self.ones[k, self.cols[t]] = 1.0
                if weighted:
                    self.weights[k, self.cols[t]] = r[t]

    def weights_shared(self, other: "_Incidence") -> np.ndarray:
        """``_overlap`` of the two articles' token bags: the weights (this article's) of the
        tokens each pair of claims shares, summed in sorted token order."""
        vocab = sorted(self.cols.keys() & other.cols.keys())
        if not vocab:
            return np.zeros((self.rows, other.rows))
        A = self.weights.take([self.cols[t] for t in vocab], axis=1)
        B = other.ones.take([other.cols[t] for t in vocab], axis=1)
        return A @ B.T

    def count_shared(self, other: "_Incidence") -> np.ndarray:
        """``_count_overlap`` of the two articles' sets (whole numbers: exact in any order)."""
        vocab = [t for t in self.cols if t in other.cols]
        if not vocab:
            return np.zeros((self.rows, other.rows))
        A = self.ones.take([self.cols[t] for t in vocab], axis=1)
        B = other.ones.take([other.cols[t] for t in vocab], axis=1)
        return A @ B.T


def _overlap(xa: list[dict[str, float]], xb: list[dict[str, float]]) -> np.ndarray:
    """Sum of the weights of the tokens each pair of bags shares (weights from the first)."""
    vocab = sorted({t for d in xa for t in d} & {t for d in xb for t in d})
    out = np.zeros((len(xa), len(xb)))
    if not vocab:
        return out
    col = {t: k for k, t in enumerate(vocab)}
    A = np.zeros((len(xa), len(vocab)))
    B = np.zeros((len(xb), len(vocab)))
    for r, d in enumerate(xa):
        for t, w in d.items():
            if t in col:
                A[r, col[t]] = w
    for r, d in enumerate(xb):
        for t in d:
            if t in col:
                B[r, col[t]] = 1.0
    return A @ B.T


def _count_overlap(xa: list, xb: list) -> np.ndarray:
    """How many items each pair of sets shares."""
    vocab = sorted({t for s in xa for t in s} & {t for s in xb for t in s}, key=str)
    if not vocab:
        return np.zeros((len(xa), len(xb)))
    col = {t: k for k, t in enumerate(vocab)}
    A = np.zeros((len(xa), len(vocab)))
    B = np.zeros((len(xb), len(vocab)))
    for r, s in enumerate(xa):
        for t in s:
            if t in col:
                A[r, col[t]] = 1.0
    for r, s in enumerate(xb):
        for t in s:
            if t in col:
                B[r, col[t]] = 1.0
    return A @ B.T


def _in_order(order_a: np.ndarray, order_b: np.ndarray, mutual: np.ndarray, pos_a: dict, pos_b: dict) -> np.ndarray:
    """Whether the body claims just before or just after a pair are a mutual best pair too.
    ``pos_a``, ``pos_b``: body position -> row (the scorer's ``position``, kept per article)."""
    out = np.zeros(mutual.shape, bool)
    for p, q in zip(*np.nonzero(mutual)):
        oa, ob = int(order_a[p]), int(order_b[q])
        if oa < 0 or ob < 0:
            continue
        for d in (-1, 1):
            pp, qq = pos_a.get(oa - d), pos_b.get(ob - d)
            if pp is not None and qq is not None:
                out[pp, qq] = True
    return out
