"""tools/heldout.py: it counts pairs as score.py does, and a fold's verdicts never see the event it scores.

The held-out figure is only worth reading against the dev figures if both count the same pairs
the same way, and only honest if what is scored took no part in the fit."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from conftest import EVAL, SEEDS, needs_shared
from provenance import build_graph, write_graphml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import heldout  # noqa: E402


@needs_shared()
def test_its_pair_counts_are_score_pys_on_the_seeds(seeds_corpus, tmp_path):
    gold_path = EVAL / "gold" / "seeds.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out = tmp_path / "seeds.graphml"
    write_graphml(build_graph(seeds_corpus), out)
    r = subprocess.run([sys.executable, str(EVAL / "score.py"), str(out), str(gold_path), "--corpus", str(SEEDS),
                        "--json"], capture_output=True, text=True, check=True)
    matching = json.loads(r.stdout)["matching"]
    pairs = heldout.gold_pairs(gold)
    found = heldout.system_pairs(seeds_corpus, gold)
    c = heldout.count(pairs, found, set(), lambda p: True)
    assert (c["tp"], c["sys"], c["gold"]) == (matching["tp"], matching["sys"], matching["gold"])


def _data(flip: str | None = None):
    """One verdict's pairs in two events of the scored corpus (0) and one of a fitted-only corpus (1):
    a match when the first feature is high; ``flip``: that group's labels turned over."""
    rng = np.random.default_rng(5)
    groups = np.array(["0:a"] * 200 + ["0:b"] * 200 + ["1:c"] * 200)
    X = rng.normal(size=(600, 2))
    y = (X[:, 0] > 0.3).astype(float)
    if flip is not None:
        y = np.where(groups == flip, 1.0 - y, y)
    return {"claim_match": (["cosine", "dice"], X, y, groups)}


def test_a_fold_is_fitted_without_the_event_it_scores():
    held_out = heldout.fit_without(_data(), "0:a")["claim_match"]
    # what the scored event's pairs say cannot move the weights its figures are made with ...
    same = heldout.fit_without(_data(flip="0:a"), "0:a")["claim_match"]
    assert np.array_equal(held_out[1], same[1]) and held_out[2] == same[2]
    # ... and every other event's pairs do
    other = heldout.fit_without(_data(flip="0:b"), "0:a")["claim_match"]
    assert not np.allclose(held_out[1], other[1])
    assert held_out[1][0] > 1.0  # and the fit finds the evidence


def test_a_setting_is_read_in_the_type_of_its_default():
    assert heldout.setting("cluster_link_within=0.6") == ("cluster_link_within", 0.6)
    assert heldout.setting("cluster_link_own_words=3") == ("cluster_link_own_words", 3)
    assert heldout.setting("event_clock_reasons=on") == ("event_clock_reasons", True)


def _counts(tp, sys_, gold):
    return dict(tp=tp, sys=sys_, gold=gold, cross_tp=tp // 2, cross_gold=gold // 2)


def test_compare_pairs_the_runs_event_by_event():
    base = {"a": _counts(40, 50, 80), "b": _counts(10, 30, 60), "c": _counts(70, 80, 90)}
    # the same run: no difference on any draw of events
    assert heldout.compare(base, base)["f1"] == (0.0, 0.0, 0.0)
    # one more true pair in every event: better on the events as they are and on every draw,
    # though the events differ from one another far more than the runs do
    better = {ev: _counts(c["tp"] + 1, c["sys"] + 1, c["gold"]) for ev, c in base.items()}
    now, low, high = heldout.compare(better, base)["f1"]
    assert 0 < low <= now <= high
    # and worse, read the other way round
    assert heldout.compare(base, better)["f1"][2] < 0
