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
    # issue 9 (matching): events met (0.85; 0.943 today); matching below target (f1 0.75, precision 0.80,
    # cross-language recall 0.60): today's figures (0.607, 0.726, 0.477)
    "events.f1": 0.93,
    "matching.f1": 0.60,
    "matching.precision": 0.72,
    "matching.crosslingual_recall": 0.47,
    # issue 10 (discrepancies): below target (precision 0.60, recall 0.60, typed recall 0.50): today's
    # figures (0.580, 0.40, 0.375); derivations met (0.60). The discrepancy branch alone reached
    # precision 0.606, recall 0.415; the refined cross-language verdict (predicate, the table's cosine
    # beside the model's) then joined more translations (matching 0.592 -> 0.607), and the new
    # clusters gave 4 more false findings (a translation's attribution and duration) and 3 fewer
    # true ones
    # The round after (durations as one value, pairs matching left apart, titles not names,
    # aims not acts): precision 0.611, recall 0.44, typed recall 0.415
    "discrepancies.precision": 0.61,
    "discrepancies.recall": 0.44,
    "discrepancies.typed_recall": 0.41,
    "derivations.f1": 0.62,
}
CEILINGS = {
    "boilerplate.leaked": 3,                    # issue 8: at most 3 of 144 (today 0)
    "matching.hard_negatives_violated": 1,      # issue 9 asks 0 of 60; today 1
}


figures, test_figure_at_or_above_its_floor, test_figure_at_or_below_its_ceiling = figure_tests(
    SHARED / "dev" / "corpus", EVAL / "gold" / "dev.json", FLOORS, CEILINGS)
