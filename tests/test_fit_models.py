"""tools/fit_models.py: a refit of new evidence on top of a shipped verdict holds what it is told to.

A new piece of evidence is judged by fitting its weight on top of the shipped verdict
(``--add-only --hold-bias``): the held weights and bias must come back unchanged, or the refit
moves every pair's verdict and the figures measure the refit, not the evidence."""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import fit_models  # noqa: E402


def _pairs(seed=3, n=600):
    """Pairs of two pieces of evidence, labelled by a known verdict, in six events."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = 1.5 * X[:, 0] - 2.0 * X[:, 1] + 0.5 + rng.normal(scale=0.5, size=n) > 0
    rows = [{"shipped": float(a), "new": float(b)} for a, b in X]
    groups = [f"0:event{k % 6}" for k in range(n)]
    return rows, list(y), groups


def test_a_held_bias_and_weight_come_back_as_shipped_and_the_new_weight_is_fitted(capsys):
    rows, y, groups = _pairs()
    feats, w, b, *_ = fit_models.fit("m", rows, y, groups, keep={"shipped": 1.5}, bias=0.25)
    weights = dict(zip(feats, w))
    assert b == 0.25 and weights["shipped"] == 1.5
    assert weights["new"] < -1.0  # the free weight finds the evidence's sign and size


def test_without_a_held_bias_the_bias_is_fitted(capsys):
    rows, y, groups = _pairs()
    _feats, _w, b, *_ = fit_models.fit("m", rows, y, groups, keep={"shipped": 1.5})
    assert b > 0 and b != 0.25
