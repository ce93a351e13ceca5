"""Shared by the benchmarks: synthetic corpora from ../shared/bench/gen_corpus.py, cached in a temp folder."""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT.parent / "shared" / "bench" / "gen_corpus.py"
CACHE = Path(os.environ.get("PROVENANCE_BENCH_CACHE", Path(tempfile.gettempdir()) / "provenance-bench"))


def corpus(n_articles: int, seed: int = 1) -> Path:
    """The folder of a synthetic corpus of ``n_articles`` (generated once, then reused)."""
    out = CACHE / f"syn-{n_articles}-{seed}"
    if not (out / "gold.json").exists():
        if not GEN.exists():
            sys.exit(f"benchmarks need {GEN} (the shared folder beside the repository)")
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(GEN), str(out), "--articles", str(n_articles), "--seed", str(seed)],
                       check=True, capture_output=True)
    return out


def machine() -> str:
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        model = platform.processor() or "unknown CPU"
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def score(graph: Path, folder: Path) -> dict:
    """``../shared/eval/score.py`` on a graph of a synthetic corpus folder (its ``articles`` and
    ``gold.json``): the figures as score.py's --json gives them."""
    r = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), str(graph),
                        str(folder / "gold.json"), "--corpus", str(folder / "articles"), "--json"],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)
