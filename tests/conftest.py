"""Shared fixtures: the bundled seeds, the eval tools beside the repo (when present)."""
from __future__ import annotations

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
