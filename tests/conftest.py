"""Shared fixtures: the bundled seeds, the eval tools beside the repo (when present)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from provenance import analyze

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def seeds_corpus():
    return analyze([SEEDS])


def needs_shared():
    return pytest.mark.skipif(not (EVAL / "score.py").exists(),
                              reason="../shared/eval is not beside this clone (a user's checkout); CI has it")


def score_figures(corpus: Path, gold: Path, out: Path) -> dict[str, float]:
    """Build the graph of ``corpus`` with the CLI, score it with ../shared/eval/score.py, and
    return its figures flat (``matching.f1``, ``speakers.accuracy``, ...)."""
    subprocess.run([sys.executable, "-m", "provenance", "graph", str(corpus), "-o", str(out)], check=True, cwd=ROOT,
                   capture_output=True)
    r = subprocess.run([sys.executable, str(EVAL / "score.py"), str(out), str(gold), "--corpus", str(corpus), "--json"],
                       cwd=ROOT, capture_output=True, text=True, check=True)
    flat = {}
    for k, v in json.loads(r.stdout).items():
        if isinstance(v, dict):
            for kk in ("f1", "precision", "recall"):
                flat[f"{k}.{kk}"] = v[kk]
        else:
            flat[k] = v
    return flat


def figure_tests(corpus: Path, gold: Path, floors: dict[str, float], ceilings: dict[str, float]):
    """The module fixture ``figures`` and the two ratchet tests of a scored corpus: every figure
    at or above its floor, every count at or below its ceiling. A module binds the three to
    those names (pytest collects them from there)."""

    @pytest.fixture(scope="module")
    def figures(tmp_path_factory):
        return score_figures(corpus, gold, tmp_path_factory.mktemp("score") / "graph.graphml")

    @needs_shared()
    @pytest.mark.parametrize("name,floor", sorted(floors.items()))
    def test_figure_at_or_above_its_floor(figures, name, floor):
        assert figures[name] >= floor, f"{name} = {figures[name]} fell below {floor}"

    @needs_shared()
    @pytest.mark.parametrize("name,ceiling", sorted(ceilings.items()))
    def test_figure_at_or_below_its_ceiling(figures, name, ceiling):
        assert figures[name] <= ceiling, f"{name} = {figures[name]} rose above {ceiling}"

    return figures, test_figure_at_or_above_its_floor, test_figure_at_or_below_its_ceiling
