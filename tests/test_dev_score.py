"""The dev corpus's figures against its gold: a ratchet, never lowered.

The dev corpus (../shared/dev/corpus, 74 real scraped pages on 12 events) stands in for
tomorrow's news. Where an issue's acceptance figure is met, its floor is that figure; where
it is not met yet, the floor is today's figure rounded down, so no change may lose ground
(the acceptance target is named beside it). Skips in a clone without ../shared.
"""
from conftest import EVAL, SHARED, figure_tests

FLOORS = {
    # issue 8 (reading real pages): acceptance figures, all met
    "claims.recall": 0.97,
    "claims.atomicity": 0.93,
    "articles.outlet": 0.90,
    "articles.published": 0.85,
    "articles.language": 1.0,
    "speakers.accuracy": 0.85,
    "claim_types.accuracy": 0.95,
    "sources.claims.f1": 0.80,
    "sources.articles.f1": 0.85,
    # issue 9 (matching): events met (0.85; 0.958 today); matching below target (f1 0.75, precision 0.80,
    # cross-language recall 0.60): today's figures (0.617, 0.724, 0.495); round lex2 (general
    # news vocabulary in the lexicon, clitics): 0.619 -> 0.627, 0.731 -> 0.734, 0.495 -> 0.509
    "events.f1": 0.95,
    "matching.f1": 0.62,
    "matching.precision": 0.73,
    "matching.crosslingual_recall": 0.50,
    # issue 10 (discrepancies): precision met (0.60), recall and typed recall below target (0.60, 0.50).
    # Round disc5 (same matching and events as the round before): precision 0.567 -> 0.651, recall
    # 0.425 -> 0.495, typed recall 0.405 -> 0.465. Counts that are not the figure compared (an
    # increment, another place, a distance, a warning), credits compared only between versions saying
    # the same thing, a revision claim not taken as the toll, figures and a quotation's renderings
    # compared between claims matching left apart, one place at two levels. Floors are today's figures.
    # 0.651 on disc5's branch; 0.647 merged with the speaker rule for restatements (an article's two
    # speakers' like words no longer one cluster), which moves a few versions between clusters.
    # 0.651 after round lex2 (the new matches' versions compared).
    "discrepancies.precision": 0.65,
    "discrepancies.recall": 0.49,
    "discrepancies.typed_recall": 0.46,
    "derivations.f1": 0.62,
}
CEILINGS = {
    "boilerplate.leaked": 3,                    # issue 8: at most 3 of 144 (today 0)
    "matching.hard_negatives_violated": 0,      # issue 9 asks 0 of 60; met (0 since round lex2's base)
}


figures, test_figure_at_or_above_its_floor, test_figure_at_or_below_its_ceiling = figure_tests(
    SHARED / "dev" / "corpus", EVAL / "gold" / "dev.json", FLOORS, CEILINGS)
