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
    # A file where claim vectors are kept between runs (SQLite); "" for none.
    # The full model embeds about 50 claims a second on two cores: the cache
    # makes a second run over the same articles fast, at the cost of disk space
    # (1.5 KB a claim).
    vector_cache: str = ""
    # --- slots
    # "sekitar 90", "about 90" allows this share of a rounding step either side of 90 (the
    # step is how the figure is written: tens for 90, thousands for 87.000; "nearly 90"
    # allows it below only). Wider: fewer approximate figures reported as disagreeing,
    # and more real differences missed ("about 3 hours" against "about 4 hours" at 0.5).
    approx_rounding_steps: float = 0.4
    # What a count counts ("127 orang meninggal") is the nearest measure word at most
    # this many words from it. Wider: more counts get a measure, some the wrong one.
    slot_measure_window: int = 4
    # A negation or a future marker governs the first content word within this many
    # words after it ("tidak akan pernah setuju" -> "setuju").
    slot_governs_reach: int = 3
    # --- discrepancies
    # Two figures of the same thing that differ by at least this share of the larger
    # are a high-severity discrepancy (174 against 125 dead), by at least the second a
    # medium one; closer ones (7.6 against 7.5) are low. Severity only orders the report.
    number_high_difference: float = 0.2
    number_medium_difference: float = 0.05
    # Two clock times of one happening agree within this many minutes when both are
    # approximate ("sekitar pukul 16.15", "4 p.m."), within the second when either is
    # exact ("tepat pukul 10.31"). Wider: fewer rounding differences reported, and
    # some real ones missed.
    clock_tolerance_minutes: int = 15
    exact_clock_tolerance_minutes: int = 2
    # Two quotations are the same quotation when they share at least this many words
    # and this share of the shorter one; below that they quote different passages.
    quote_min_shared_words: int = 3
    quote_min_shared_share: float = 0.5
    # Two versions with one quotation each, that share this share of their words outside
    # the quotation marks, quote the same thing: different quoted words are a changed
    # quote even when the two quotations share few words.
    quote_context_overlap: float = 0.6
    # A quote that differs by at most this many words is a low-severity change.
    quote_minor_words: int = 2
    # A quoted term ("'dual containment'") one version has and the other drops is a
    # discrepancy when it is at most this many words (longer ones are quotes).
    quoted_term_max_words: int = 4
    # Two names are one name spelt differently ("Zhaparov"/"Jafarov") at or above this
    # similarity (difflib ratio). Lower: more variants found, and more different
    # names taken for variants.
    name_variant_similarity: float = 0.6
    # Two versions naming different people are a swap only when they share this
    # share of their other words (else they say different things).
    entity_swap_min_overlap: float = 0.6
    # An omission is a closing stretch of at least this many words with a name, and
    # the rest of the longer version must be this much in the shorter one.
    omission_min_words: int = 3
    omission_min_covered: float = 0.75
    # Edges for one disagreement between two groups of versions: every pair while
    # that is at most this many edges per version, else each version against the
    # other group's representative. Higher: more pairs shown, more edges.
    discrepancy_edges_per_version: float = 1.5
    # A distance in time ("sehari setelah") is measured from what the next this many
    # words name; two distances are from the same happening when those words share at
    # least the second many key tokens ("Trump", "dilantik").
    relation_anchor_words: int = 6
    relation_anchor_shared: int = 2
    # An article's lead is its first this many body claims (for figures that
    # contradict the lead further down).
    lead_claims: int = 2
    # The figures an article leads with (its toll, its magnitude) are read from its
    # headline and first this many body claims, and compared across the event's
    # articles. More: figures from further down (a partial count, a previous toll)
    # are taken for the article's own.
    event_figure_lead_claims: int = 3
    # --- lineage
    # Two body claims of two articles align when each is the other's most similar
    # claim and the verdict gives them at least this probability. Lower: more of a loose
    # rewrite aligns, and more of two write-ups of the same facts.
    derivation_pair_floor: float = 0.3
    # An article is a rewrite of another when at least this many claims align, this
    # share of the aligned pairs run in the same order, and the chain in order covers
    # enough of the shorter article, weighed by the mean verdict along it, to reach
    # the score. Lower score: translations of short excerpts are found, and more
    # independent write-ups of one press conference are taken for rewrites.
    min_derivation_claims: int = 4
    min_derivation_order: float = 0.75
    min_derivation_score: float = 0.4
    # When dates do not tell, the version in one of these languages is taken as the
    # original of a version in another (Indonesian outlets translate English wire copy;
    # the reverse is rare).
    original_languages: tuple[str, ...] = ("en",)
    # Two versions in one language of an original in another are copies of each other
    # only when their aligned claims share at least this much of their wording (the
    # weighted word overlap); below it they are two translations of the original.
    derivation_shared_wording: float = 0.6


DEFAULT = Settings()
