"""Input at any size: time per megabyte of one long article, and long adversarial lines.

    python tests/benchmarks/bench_input.py                      # everything (about 10 minutes)
    python tests/benchmarks/bench_input.py --sizes 0.1 1 4      # articles only, these sizes
    python tests/benchmarks/bench_input.py --sizes 1 16 --no-corpus  # the ratio alone, per-article stages
    python tests/benchmarks/bench_input.py --sizes --lines      # adversarial lines only

Articles: one article of 0.1, 1, 4 and 16 MB made of the seeds' own body lines and
captions in a random (seeded) order under one seed's header, written to a file and
read through ``load`` (decoding, size limit raised) and every per-article stage; then
the corpus stages on it (``run_corpus``). Issue 12 asks time(16 MB) / time(1 MB) <= 20.

Adversarial lines: one body line of 1,000,000 characters made of one unit repeated
(``"a "a "a ...``, stops, parentheses, clauses, dates, names, runs of spaces, ...), each
through every per-article stage. Issue 12 asks each under 10 s.

Times are CPU seconds of this process (``time.process_time``): the machine is shared,
and wall time there measures the neighbours. Wall time is printed beside.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, machine

from provenance.doc import Article
from provenance.load import load
from provenance.pipeline import process_article, run_corpus
from provenance.settings import Settings

SEEDS = ROOT / "seeds"

# One body line of repeated units: each once made a stage compare every span with every
# earlier one, or a regex backtrack, and each must stay linear.
UNITS = {
    "straight quotes": '"a ',
    "opening quotes": "“a ",
    "closing quotes": "a” ",
    "quoted sentences": "“Ya. ",
    "single quotes": "'a ",
    "parentheses": "(a) ",
    "open parentheses": "(a ",
    "brackets": "[a ",
    "initials": "A. ",
    "abbreviations": "a.b. ",
    "run of dots": ".",
    "sentences": "Ia datang. ",
    "capitalised words": "Abc ",
    "titles": "Presiden , ",
    "names": "Joko Widodo bertemu Prabowo Subianto. ",
    "relative clauses": "a b c d, yang e f g h, ",
    "di mana clauses": "di mana a b c d ",
    "coordinated clauses": "Xi mengatakan dan ",
    "temporal clauses": "tiga jam setelah ",
    "dashes": "a — ",
    "hyphens": "- ",
    "numeric dates": "1/1/2020 ",
    "weekdays": "Kamis, ",
    "day and month": "21 Januari ",
    "sources": "Reuters dan Antara ",
    "credits": "Dilansir dari Reuters, Kamis (1/5). ",
    "releases": "Kremlin merilis video itu. ",
    "speech": 'kata Putin. "',
    "pronoun speech": "katanya. Ia ",
    "addressees": "kepada Xi ",
    "teasers": "a. Baca juga: ",
    "commas": "a, ",
    "said cues": "said Putin, ",
    "kata cues": "kata Putin, ",
    "digits": "1234567 ",
    "no spaces": "a",
    "non-breaking spaces": "a\u00a0",
    "emoji": "🙂 ",
    "spaces after a weekday": "Kamis" + " " * 5000 + "x ",
    "spaces after a quote": '"' + " " * 5000 + "x ",
    "spaces after Foto": "(Foto" + " " * 5000 + "x ",
}


def article_of_size(n_chars: int, seed: int = 1) -> str:
    """Seed body lines and captions, shuffled, under one seed's first four lines."""
    lines = []
    for p in sorted(SEEDS.glob("*.txt")):
        a = process_article(Article("article:s", p.name, p.read_text(encoding="utf-8")))
        lines += [a.text[b.start:b.end] for b in a.layer("blocks") if b.label in ("body", "caption")]
    rnd = random.Random(seed)
    head = "\n".join((SEEDS / "001_f2809c6ccb4da4f9.txt").read_text(encoding="utf-8").split("\n")[:4]) + "\n"
    parts, n = [head], len(head)
    while n < n_chars:
        line = rnd.choice(lines) + "\n"
        parts.append(line)
        n += len(line)
    return "".join(parts)[:n_chars]


def adversarial_line(unit: str, n_chars: int) -> str:
    body = (unit * (n_chars // len(unit) + 1))[:n_chars]
    return f"Menteri itu mengatakan bahwa kebijakan {body} berlaku hari ini kata dia."


def timed(f):
    c, w = time.process_time(), time.perf_counter()
    out = f()
    return out, time.process_time() - c, time.perf_counter() - w


def bench_articles(sizes: list[float], corpus: bool = True) -> None:
    print("one article of N MB: read (load) and per-article stages" + ("; then the corpus stages" if corpus else ""))
    per = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp) / f"article-{mb}MB.txt"
            path.write_text(article_of_size(int(mb * 1_000_000)), encoding="utf-8")
            settings = Settings(max_article_bytes=int(mb * 1_000_000) + 1_000_000)
            (articles, skipped), c_load, w_load = timed(lambda: load([path], settings))
            assert not skipped, skipped
            _, c_stages, w_stages = timed(lambda: process_article(articles[0], settings))
            n_claims = len(articles[0].claims)
            c_article = c_load + c_stages
            per[mb] = c_article
            whole = ""
            if corpus:
                fresh, _ = load([path], settings)  # run_corpus runs the stages again, on a fresh copy
                _, c_all, w_all = timed(lambda: run_corpus(fresh, [], settings))
                whole = f"; whole run with corpus stages {c_all:7.1f} s CPU (wall {w_all:6.1f} s)"
            print(f"  {mb:5} MB: {n_claims:7} claims; read + stages {c_article:7.1f} s CPU "
                  f"({c_article / mb:5.1f} s/MB; wall {w_load + w_stages:6.1f} s){whole}", flush=True)
    if 1 in per and 16 in per:
        print(f"  time(16 MB) / time(1 MB) = {per[16] / per[1]:.1f} (issue 12: at most 20; linear: 16)")


def bench_lines(n_chars: int, only: list[str] | None, limit: float) -> bool:
    print(f"adversarial lines of {n_chars:,} characters, every per-article stage (issue 12: each under {limit:g} s)")
    ok = True
    for name, unit in UNITS.items():
        if only and name not in only:
            continue
        article = Article("article:t", "t.txt", adversarial_line(unit, n_chars))
        _, c, w = timed(lambda: process_article(article))
        flag = "ok" if c < limit else "SLOW"
        ok &= c < limit
        print(f"  {name:24} {c:6.1f} s CPU (wall {w:6.1f} s) {flag}", flush=True)
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="*", default=[0.1, 1, 4, 16], help="article sizes in MB")
    ap.add_argument("--lines", action="store_true", help="only the adversarial lines (with --sizes and no sizes)")
    ap.add_argument("--chars", type=int, default=1_000_000, help="length of each adversarial line")
    ap.add_argument("--only", nargs="*", help="adversarial lines by name")
    ap.add_argument("--limit", type=float, default=10.0, help="seconds allowed per adversarial line")
    ap.add_argument("--no-corpus", action="store_true",
                    help="articles: the per-article stages only (the ratio), not the corpus stages after them")
    a = ap.parse_args()
    print(f"machine: {machine()}")
    if a.sizes:
        bench_articles(a.sizes, corpus=not a.no_corpus)
    ok = True
    if a.lines or not a.sizes or (a.sizes == [0.1, 1, 4, 16] and not a.no_corpus):
        ok = bench_lines(a.chars, a.only, a.limit)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
