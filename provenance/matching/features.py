"""The evidence a verdict weighs for one pair of claims from two articles.

``pairs.BlockScorer`` computes each of these for all claim pairs of two
articles at once (a matrix each); the ``claim_match`` model weighs them. Per pair:

- ``cosine``: of the claims' multilingual vectors (centred on their
  language), so a translation or a paraphrase counts;
- ``dice``, ``containment``: IDF-weighted overlap of the matching keys
  (entities by canonical name, paraphrases by concept, other words stemmed);
- ``cognates``: across languages only, the share of the longer words of the
  shorter claim that the other shares as borrowed words ("teknologi" and
  "technology", ``normalize.cognates``): a translation keeps them where its
  vector drifts;
- ``entities``: share of the names the two claims use that they share;
- ``people_differ``: both name people, and each names someone the other does not
  (another speaker; another actor beside the same counterpart: "Herzog met Biden" and
  "Prabowo met Biden", the same host's two guests on one day). Measured against "none in
  common" on the weights fitted with that: dev corpus matching f1 0.6821 -> 0.6842
  (precision 0.8052 -> 0.8110), the written corpus unchanged (0.6644 -> 0.6642);
- ``numbers_shared``: how many numbers they share, up to two (a shared "284" is
  telling; a different number is a discrepancy to report, not a reason to part them);
- ``units_shared``: both give a figure of the same measure (a toll in people,
  a magnitude, a clock time): likely two versions of one figure, whatever the
  values; ``units_differ``: both give figures, of different measures only
  (a toll against a magnitude): two facts;
- ``best``, ``mutual``: the claim is the other's most similar claim in its
  article (in one direction, in both): outlets rewrite a report claim by
  claim, so a best match is worth more than a high score among many;
- ``in_order``: the claims before or after them are each other's best
  matches too (a rewrite keeps the order of what it rewrites);
- ``same_speaker``, ``speakers_differ``: both credited to one person or body
  (``ClaimInfo.speaker``, by the corpus-wide name), or to two (one outlet's
  quotation of X against another's of Y is not one claim however alike);
- ``places_agree``, ``places_differ``: both name where something is ("di Hamburg",
  ``claim_places``), a place in common or none;
- ``dates_agree``, ``dates_differ``: both state a day (``claim_days``), a day in
  common or none within ``Settings.exact_date_tolerance_days``;
- ``cross_language`` (and ``cosine_cross``): a translation scores lower;
- on a block the full model scores again (``pairs.Block.refined``, across
  languages): ``predicate`` (and ``predicate_cross``), the cosine of the claims
  with their names left out (``predicate.py``): what each says of the names
  they share; ``cosine_base``, the static table's cosine beside the model's:
  the two err on different pairs.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache

from ..lang import lexicon, place_names
from ..settings import DEFAULT, Settings
from .info import ClaimInfo

FEATURES = ("cosine", "cross_language", "cosine_cross", "dice", "containment", "cognates", "people_differ",
            "numbers_shared", "units_shared", "units_differ", "best", "mutual", "in_order")
# The full model's verdict (``claim_match``) also weighs the predicate and the static table's
# cosine. On the static verdict the predicate gained nothing once events were found on it
# (dev corpus: events f1 0.943 -> 0.935, matching 0.592 -> 0.581 refitted). And it weighs
# ``speakers_differ``: across languages (where it decides) a quotation of one person against
# another's is rarely one claim (dev corpus: 11 of 2,329 same-event pairs credited to two people
# are, and 4 of those 11 are one person under two spellings or a spokesman and his embassy);
# fitted on top of the shipped weights, matching f1 0.665 -> 0.667, cross-language recall
# 0.560 -> 0.561. Within a language the static verdict also decides which articles report
# one happening (shared claims), and there the same weight moved an article whose officials'
# names two outlets spell differently out of its event (events f1 0.969 -> 0.961).
REFINED_FEATURES = FEATURES + ("predicate", "predicate_cross", "cosine_base", "speakers_differ")
# Evidence every block computes and the reasons show ("same speaker: ...", "places differ:
# ...") that no verdict weighs, measured on the dev corpus's graph with each fitted on top of
# the shipped weights: ``same_speaker`` costs (matching f1 0.665 -> 0.659 on the full model's
# verdict, 0.653 on the static one's: a speaker says several things of one happening, and only
# 11% of same-event pairs with one speaker are one claim); places and dates, stated in few
# claims (88 and 86 of 1,505), move nothing or cost cross-language recall (0.561 -> 0.558).
SHOWN = ("same_speaker", "speakers_differ", "places_agree", "places_differ", "dates_agree", "dates_differ")


def features_for(kind: str) -> tuple[str, ...]:
    """The features the verdict on vectors of ``kind`` ("model", "static", "words") weighs."""
    return REFINED_FEATURES if kind == "model" else FEATURES

# Concept tokens that say nothing about what happened ("said", "both countries"): lexicon.toml.
WEIGHTLESS = lexicon().weightless


class TokenWeights:
    """IDF weights of matching-key tokens across the claims being matched."""

    def __init__(self, infos: list[ClaimInfo], stats: tuple[dict[str, int], int] | None = None,
                 settings: Settings = DEFAULT):
        """``stats``: (document frequency of each token, number of claims) of a larger corpus
        these claims are part of (a claim store's), instead of those of ``infos``;
        ``settings``: the weights of a weightless concept and of a name."""
        self.weightless = settings.weightless_token_weight
        self.entity = settings.entity_token_weight
        df: dict[str, int] = defaultdict(int)
        if stats is not None:
            df, n = stats
        else:
            for i in infos:
                for t in set(i.match_key.tokens):
                    df[t] += 1
            n = len(infos)
        n = max(1, n)
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.default = math.log(n + 1)
        self._bags: dict[int, tuple[dict[str, float], float]] = {}

    def weight(self, t: str) -> float:
        if t in WEIGHTLESS:
            return self.weightless
        w = self.idf.get(t, self.default)
        return w * (self.entity if t.startswith("@") else 1.0)

    def bag(self, k: int, info: ClaimInfo) -> tuple[dict[str, float], float]:
        """token -> weight for claim ``k``, and their sum (in sorted order: stable bytes)."""
        b = self._bags.get(k)
        if b is None:
            toks = sorted(set(info.match_key.tokens))
            weights = {t: self.weight(t) for t in toks}
            b = (weights, sum(weights[t] for t in toks))
            self._bags[k] = b
        return b


class HappeningWords:
    """Which key tokens each happening's claims use, and how many of its claims use each: the
    words two claims share that no other claim of their happening uses are what those two
    alone say. A happening's names, place, day and topic words ("quake", "summit") recur across
    its claims, so two facts of it share them; a word the rest of the story never uses ("the
    lowest point since the Cold War", "a cart built by a local firm") marks the one fact the
    two state. Counted within the happening (its claims of every kind, headlines and captions
    too), not across the corpus: a word rare in the corpus may be every claim's word in one
    story."""

    def __init__(self, infos: list[ClaimInfo], claim_event: dict[str, str]):
        self.infos = infos
        self.event = claim_event
        self.counts: dict[str, Counter] = defaultdict(Counter)
        for info in infos:
            ev = claim_event.get(info.id)
            if ev is not None:
                self.counts[ev].update(set(info.match_key.tokens))

    def told_alone(self, i: int, j: int) -> list[str]:
        """The key tokens claims ``i`` and ``j`` share that no other claim of their happening
        uses (none when the two are of two happenings), sorted; not the weightless ones
        ("said", ``WEIGHTLESS``)."""
        a, b = self.infos[i], self.infos[j]
        ev = self.event.get(a.id)
        if ev is None or self.event.get(b.id) != ev:
            return []
        counts = self.counts[ev]
        shared = set(a.match_key.tokens) & set(b.match_key.tokens)
        return sorted(t for t in shared if counts[t] == 2 and t not in WEIGHTLESS)


def claim_places(info: ClaimInfo, settings: Settings = DEFAULT) -> frozenset[str]:
    """The places (data/places.toml, entities.toml) the claim names as where something is ("di
    Hamburg", "in the city of Lima"; not "talks with Beijing", a capital for its government),
    by their canonical names: two claims placing what they say in different places state two
    facts, whatever else they share."""
    return _places(info.claim.text, info.language, settings)


@lru_cache(maxsize=65536)
def _places(text: str, code: str, settings: Settings) -> frozenset[str]:
    from ..events import named_as_location  # events reads matching: imported when first needed

    regex, names = place_names()
    return frozenset(names[m.group(0)] for m in regex.finditer(text)
                     if named_as_location(text, m.start(), code, settings))


def claim_days(info: ClaimInfo) -> frozenset[int]:
    """The days the claim states (resolved, day-precise, not the date of a report: "said on
    Monday" dates the saying, not what was said), as ordinals."""
    return frozenset(d.value.toordinal() for d in info.claim.dates
                     if d.value is not None and d.precision == "day" and not d.reporting)


def iso_day(day: int) -> str:
    """A day of ``claim_days`` (an ordinal) as the reasons show it: "2026-03-09"."""
    return date.fromordinal(day).isoformat()
