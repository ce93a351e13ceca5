"""The dev corpus's figures on small folders: a ratchet, never lowered.

The whole dev corpus tells each story through five to ten outlets; a desk often has two or
three. ``dev_subsets.draw`` takes a seeded 30% of each gold event's articles (at least
two), the pipeline runs on those alone, and score.py scores the graph against the gold
restricted to them. The floors are on the mean over the draws (one draw's figures swing
with which outlets it got); hard negatives are counted in every draw. Skips in a clone
without ../shared.
"""
import json

import pytest
from conftest import EVAL, SHARED, needs_shared, score_figures
from dev_subsets import write_subset

DRAWS = ((0.3, 1), (0.3, 2), (0.3, 3))

FLOORS = {
    # first measured on 288ab66 (cluster_prior on in stories of at most four articles); per draw
    # f1 0.629 / 0.635 / 0.603, precision 0.759 / 0.769 / 0.657, events 0.940 / 0.961 / 0.997.
    # Against the whole corpus (0.675, 0.783, 0.969) this is what a desk with fewer outlets gets.
    # Discrepancy figures are left out: a draw holds a dozen findings, so one finding moves them by 0.1.
    # round fp (in-language pairs start a cluster only at Settings.cluster_link_within) with the
    # orphan join on: f1 0.6221 -> 0.6267, precision 0.7282 -> 0.7578, events 0.9659 -> 0.9734
    # (per draw f1 0.633 / 0.623 / 0.624, precision 0.772 / 0.792 / 0.710, events 0.940 / 0.983 / 0.997)
    "matching.f1": 0.626,
    "matching.precision": 0.757,
    "events.f1": 0.973,
}


@pytest.fixture(scope="module")
def draws(tmp_path_factory):
    corpus = SHARED / "dev" / "corpus"
    gold = json.loads((EVAL / "gold" / "dev.json").read_text(encoding="utf-8"))
    out = []
    for fraction, seed in DRAWS:
        here = tmp_path_factory.mktemp(f"subset-{fraction}-{seed}")
        folder, gold_path = write_subset(corpus, gold, fraction, seed, here)
        out.append(score_figures(folder, gold_path, here / "graph.graphml"))
    return out


@needs_shared()
@pytest.mark.parametrize("name,floor", sorted(FLOORS.items()))
def test_mean_over_small_folders_at_or_above_its_floor(draws, name, floor):
    mean = sum(d[name] for d in draws) / len(draws)
    assert mean >= floor, f"{name} = {mean:.4f} (mean of {len(draws)} draws) fell below {floor}"


@needs_shared()
def test_no_hard_negative_matched_in_a_small_folder(draws):
    assert [d["matching.hard_negatives_violated"] for d in draws] == [0] * len(draws)
