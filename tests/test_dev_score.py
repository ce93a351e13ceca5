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
    # cross-language recall 0.60): today's figures
    "events.f1": 0.93,
    "matching.f1": 0.58,
    "matching.precision": 0.72,
    "matching.crosslingual_recall": 0.44,
    # issue 10 (discrepancies): precision met (0.60; 0.606 today); recall and typed recall below
    # target (0.60, 0.50): today's figures (0.415, 0.39); derivations met (0.60)
    # precision was 0.593 on the discrepancy branch alone; with matching's new clusters (figure
    # measures, relative clauses) it is 0.556 and recall 0.240 -> 0.275: more versions compared
    "discrepancies.precision": 0.60,
    "discrepancies.recall": 0.41,
    "discrepancies.typed_recall": 0.39,
    "derivations.f1": 0.62,
}
CEILINGS = {
    "boilerplate.leaked": 3,                    # issue 8: at most 3 of 144 (today 0)
    "matching.hard_negatives_violated": 1,      # issue 9 asks 0 of 60; today 1
}


figures, test_figure_at_or_above_its_floor, test_figure_at_or_below_its_ceiling = figure_tests(
    SHARED / "dev" / "corpus", EVAL / "gold" / "dev.json", FLOORS, CEILINGS)
