"""The dev corpus's figures against its gold: a ratchet, never lowered.

The dev corpus (../shared/dev/corpus, 74 real scraped pages on 12 events) stands in for
tomorrow's news. Where an issue's acceptance figure is met, its floor is that figure; where
it is not met yet, the floor is today's figure rounded down, so no change may lose ground
(the acceptance target is named beside it). Skips in a clone without ../shared.
"""
import pytest

from conftest import EVAL, SHARED, needs_shared, score_figures

FLOORS = {
    # issue 8 (reading real pages): acceptance figures, all met
    "claims.recall": 0.97,
    "claims.atomicity": 0.92,
    "articles.outlet": 0.90,
    "articles.published": 0.85,
    "articles.language": 1.0,
    "speakers.accuracy": 0.85,
    "claim_types.accuracy": 0.95,
    "sources.claims.f1": 0.80,
    "sources.articles.f1": 0.85,
    # issue 9 (matching): events met (0.85); matching below target (f1 0.75, precision 0.80,
    # cross-language recall 0.60): today's figures
    "events.f1": 0.85,
    "matching.f1": 0.52,
    "matching.precision": 0.62,
    "matching.crosslingual_recall": 0.40,
    # issue 10 (discrepancies): below target (0.60 each, typed recall 0.50, derivations 0.60): today's figures
    "discrepancies.precision": 0.50,
    "discrepancies.recall": 0.24,
    "discrepancies.typed_recall": 0.23,
    "derivations.f1": 0.53,
}
CEILINGS = {
    "boilerplate.leaked": 3,                    # issue 8: at most 3 of 144 (today 0)
    "matching.hard_negatives_violated": 2,      # issue 9 asks 0 of 60; today 2
}


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return score_figures(SHARED / "dev" / "corpus", EVAL / "gold" / "dev.json",
                         tmp_path_factory.mktemp("score") / "dev.graphml")


@needs_shared()
@pytest.mark.parametrize("name,floor", sorted(FLOORS.items()))
def test_figure_at_or_above_its_floor(figures, name, floor):
    assert figures[name] >= floor, f"{name} = {figures[name]} fell below {floor}"


@needs_shared()
@pytest.mark.parametrize("name,ceiling", sorted(CEILINGS.items()))
def test_figure_at_or_below_its_ceiling(figures, name, ceiling):
    assert figures[name] <= ceiling, f"{name} = {figures[name]} rose above {ceiling}"
