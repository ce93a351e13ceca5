"""tools/refusals.py: its replay of clustering ends where ``cluster`` ends, and names the rule
that refused each link (what its counts of missed pairs rest on)."""
import sys
from pathlib import Path

from provenance.matching.cluster import cluster

from test_match import _lang_infos

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import refusals  # noqa: E402

# Outlet a states two facts (0: the dam opened, 1: its cost); b and c report each in English;
# d and e two of its other claims in Indonesian.
ROWS = [("a", "id", "statement", ""), ("a", "id", "statement", ""), ("b", "en", "statement", ""),
        ("c", "en", "statement", ""), ("d", "id", "statement", ""), ("e", "id", "statement", "")]
SCORES = {
    (0, 2): 0.9,   # a's first fact and b's report of it
    (1, 3): 0.85,  # a's second fact and c's report of it
    (1, 2): 0.8,   # would put a's two facts in one cluster
    (3, 4): 0.45,  # c's report against d's claim: 0.45 and (1, 4) unscored, a mean of 0.225
    (4, 5): 0.5,   # two Indonesian reports: below cluster_link_within
}
KW = dict(threshold=0.25, link=0.35, link_within=0.68)


def test_the_replay_ends_in_the_clusters_cluster_makes_and_names_each_refusal():
    infos = _lang_infos(ROWS)
    roots, log = refusals.trace(infos, SCORES, **KW)
    assert roots == cluster(infos, SCORES, **KW)
    assert log[(0, 2)][0] == log[(1, 3)][0] == "joined"
    outcome, blockers = log[(1, 2)]
    assert outcome == "one article" and sorted(blockers) == [0, 1]  # a's two claims, one on each side
    outcome, (mean, need, _a, _b) = log[(3, 4)]
    assert outcome == "mean" and abs(mean - 0.225) < 1e-9 and need == 0.25
    assert log[(4, 5)][0] == "not tried"


def test_a_judge_of_one_rule_changes_only_that_rules_refusals():
    infos = _lang_infos(ROWS)
    roots, log = refusals.trace(infos, SCORES, **KW, decide=lambda rule, A, B: rule == "one article")
    assert log[(1, 2)] == ("joined by decide", "one article")
    assert roots[0] == roots[1] == roots[2] == roots[3]
    assert roots[4] != roots[3] and roots[4] != roots[5]
