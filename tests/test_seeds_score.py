"""The seeds' figures against the hand-annotated gold: a ratchet, never lowered.

Skips in a clone without ../shared (a user's checkout); CI always has it.
"""
import pytest

from conftest import EVAL, ROOT, needs_shared, score_figures

FLOORS = {
    "claims.recall": 0.97,
    "claims.atomicity": 0.90,
    # 0.868 until the paraphrase lexicon lost the entries written for these five articles
    # (issue 8: no seed-fitted knowledge); the general matcher that replaced it scores 0.83
    "matching.f1": 0.83,
    "matching.precision": 0.90,
    "events.f1": 0.90,
    "sources.claims.f1": 0.90,
    "sources.articles.f1": 1.0,
    "speakers.accuracy": 0.90,
    "claim_types.accuracy": 0.95,
    "derivations.f1": 0.80,
    "articles.outlet": 1.0,
    "articles.published": 1.0,
    "articles.language": 1.0,
}
CEILINGS = {"boilerplate.leaked": 0, "matching.hard_negatives_violated": 0}


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return score_figures(ROOT / "seeds", EVAL / "gold" / "seeds.json", tmp_path_factory.mktemp("score") / "seeds.graphml")


@needs_shared()
@pytest.mark.parametrize("name,floor", sorted(FLOORS.items()))
def test_figure_at_or_above_its_floor(figures, name, floor):
    assert figures[name] >= floor, f"{name} = {figures[name]} fell below {floor}"


@needs_shared()
@pytest.mark.parametrize("name,ceiling", sorted(CEILINGS.items()))
def test_figure_at_or_below_its_ceiling(figures, name, ceiling):
    assert figures[name] <= ceiling, f"{name} = {figures[name]} rose above {ceiling}"
