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
