"""The seeds' figures against the hand-annotated gold: a ratchet, never lowered.

Skips in a clone without ../shared (a user's checkout); CI always has it.
"""
from conftest import EVAL, ROOT, figure_tests

FLOORS = {
    "claims.recall": 0.97,
    "claims.atomicity": 0.90,
    # 0.868 until the paraphrase lexicon lost the entries written for these five articles
    # (issue 8: no seed-fitted knowledge); the general matcher that replaced it scores 0.83;
    # 0.857 since a pair in one language may start a cluster on words no other claim of its
    # happening uses (Settings.cluster_link_own_words), as issue 9 asks (0.85)
    "matching.f1": 0.85,
    "matching.precision": 0.90,
    "events.f1": 0.90,
    "sources.claims.f1": 0.90,
    "sources.articles.f1": 1.0,
    "speakers.accuracy": 0.90,
    "claim_types.accuracy": 0.95,
    "derivations.f1": 0.80,
    "discrepancies.precision": 0.85,  # issue 10 asks 0.85 for both on the seeds
    "discrepancies.recall": 0.85,
    "articles.outlet": 1.0,
    "articles.published": 1.0,
    "articles.language": 1.0,
}
CEILINGS = {"boilerplate.leaked": 0, "matching.hard_negatives_violated": 0}


figures, test_figure_at_or_above_its_floor, test_figure_at_or_below_its_ceiling = figure_tests(
    ROOT / "seeds", EVAL / "gold" / "seeds.json", FLOORS, CEILINGS)
