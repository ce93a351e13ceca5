"""Scale: synthetic corpora into a new claim store (``provenance add``), then 100 more articles.

    python tests/benchmarks/bench_scale.py sizes --articles 1000 10000 [--jobs N]
    python tests/benchmarks/bench_scale.py copies --articles 2000 --copies 20 [--jobs N]
    python tests/benchmarks/bench_scale.py phases --articles 10000 [--jobs N]
    python tests/benchmarks/bench_scale.py chunks --articles 10000 [--copies 50] [--profile K] [--jobs N]

``sizes`` adds each synthetic corpus (``../shared/bench/gen_corpus.py``, seed 7) to a new store,
then a further 100 articles (another corpus, seed 8), then writes the store's graph
(``provenance graph --store``, GraphML), and prints wall time, articles a second, the
peak memory of each process (``os.wait4``'s ru_maxrss: the largest single process, the
main one, not the sum over extraction workers) and the time ratio between consecutive sizes.
``copies`` does the same on a corpus where every story is rewritten by ``--copies`` outlets
(built by ``bench_discrepancy.copied_corpus``). Issue 13 asks for: 50,000 articles in at most 20
minutes and under 2 GB, time(50k)/time(10k) at most 5.5, 100 more articles in at most 10 s, the
copies-heavy 10,000 in at most 3 minutes and 2 GB.

``phases`` adds one corpus to a new store in this process and prints, for each phase of ``add``
(reading the stored documents, each corpus stage, writing the parts), its wall time, the
resident memory after it and the peak so far: where the time and the memory of ``add`` go.

``chunks`` extracts a corpus into a new store (no corpus pass), then runs the pass a chunk
(``Settings.store_chunk``) at a time, as ``add`` does above ``store_full_pass_max`` articles, and
prints for each chunk the articles it reran (the new ones and those of the stored parts they
touch), its events, whether an event named like a stored one made it start again, and the CPU
seconds of each stage: how a chunk's cost grows with the store. ``--profile K`` writes chunk K's
cProfile to ``chunkK.prof`` in the current folder.

Not part of the test run (pytest collects ``test_*.py`` only). Set PROVENANCE_BENCH_CACHE to keep
the corpora somewhere else than the temp folder.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, corpus, machine


def timed_add(folder: Path, store: Path, jobs: int | None) -> tuple[float, float, float]:
    """(seconds, peak MB, CPU seconds) of one ``provenance add FOLDER --store STORE`` process (the
    CPU time counts its extraction workers too: on a shared machine it is steadier than the wall
    time)."""
    argv = [sys.executable, "-m", "provenance", "add", str(folder), "--store", str(store)]
    if jobs:
        argv += ["--jobs", str(jobs)]
    return timed(argv)


def timed(argv: list[str]) -> tuple[float, float, float]:
    """(seconds, peak MB, CPU seconds) of one process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:  # 1 is also a skipped file, but a synthetic corpus has none
        sys.exit(f"{' '.join(argv[2:4])} failed ({code}): {err.strip()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # Linux: kilobytes


def count(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.txt"))


def bench(label: str, folder: Path, extra: Path, jobs: int | None) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "bench.db"
        n = count(folder)
        seconds, mb, cpu = timed_add(folder, store, jobs)
        print(f"{label}: {n} articles into a new store in {seconds:.1f} s ({n / seconds:.1f} articles/s, "
              f"CPU {cpu:.1f} s), peak {mb:.0f} MB; store {store.stat().st_size / 2**20:.0f} MB", flush=True)
        more, more_mb, more_cpu = timed_add(extra, store, jobs)
        print(f"{label}: + {count(extra)} new articles in {more:.1f} s (CPU {more_cpu:.1f} s), "
              f"peak {more_mb:.0f} MB", flush=True)
        graphml = Path(tmp) / "bench.graphml"
        g, g_mb, g_cpu = timed([sys.executable, "-m", "provenance", "graph", "--store", str(store), "-o", str(graphml)])
        print(f"{label}: graph --store in {g:.1f} s (CPU {g_cpu:.1f} s), peak {g_mb:.0f} MB; "
              f"GraphML {graphml.stat().st_size / 2**20:.0f} MB", flush=True)
    return seconds


def phases(folder: Path, jobs: int | None) -> None:
    """Time and memory of each phase of one ``Store.add`` (see the module's docstring)."""
    import functools
    import resource

    sys.path.insert(0, str(ROOT))
    from provenance import discrepancy, events, lineage, matching, persons
    from provenance import store as st

    def rss() -> float:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

    def wrap(owner, name: str, label: str) -> None:
        f = getattr(owner, name)

        @functools.wraps(f)
        def timed(*args, **kwargs):
            t = time.perf_counter()
            out = f(*args, **kwargs)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{label:32s} {time.perf_counter() - t:7.1f} s  rss {rss():6.0f} MB  peak {peak:6.0f} MB", flush=True)
            return out
        setattr(owner, name, timed)

    for owner, name, label in [
            (persons, "unify_names", "corpus: names"), (matching, "prepare", "corpus: prepare"),
            (matching, "base_vectors", "corpus: vectors"), (events, "assign_events", "corpus: events"),
            (matching, "match_claims", "corpus: match_claims"), (discrepancy, "find_discrepancies", "corpus: discrepancies"),
            (lineage, "find_derivations", "corpus: derivations"), (st.Store, "articles", "store: read documents"),
            (st.Store, "_write_parts", "store: write parts"), (st, "corpus_stages", "corpus stages, all")]:
        wrap(owner, name, label)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        with st.Store(Path(tmp) / "bench.db", create=True) as store:
            r = store.add([folder], jobs=jobs or st.default_jobs())
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"add: {r.new} articles in {time.perf_counter() - t0:.1f} s, peak {peak:.0f} MB")


def chunks(folder: Path, jobs: int | None, profile: int) -> None:
    """Per-chunk figures of the chunked corpus pass (see the module's docstring)."""
    import cProfile
    import functools
    import resource

    sys.path.insert(0, str(ROOT))
    from provenance import discrepancy, events, lineage, matching
    from provenance import store as st

    spent: dict[str, float] = {}

    def wrap(owner, name: str, label: str) -> None:
        f = getattr(owner, name)

        @functools.wraps(f)
        def timed(*args, **kwargs):
            t = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t
        setattr(owner, name, timed)

    for owner, name, label in [
            (st.Store, "_linked_parts", "linked"), (st.Store, "articles", "read"), (matching, "prepare", "prepare"),
            (matching, "base_vectors", "vectors"), (events, "assign_events", "events"),
            (matching, "match_claims", "match"), (discrepancy, "find_discrepancies", "discrepancies"),
            (lineage, "find_derivations", "lineage"), (st.Store, "_write_parts", "write")]:
        wrap(owner, name, label)
    real_pass, real_clash = st.Store._pass, st._EventClash.__init__
    clashes = [0]

    def clash(self, parts):
        clashes[0] += 1
        real_clash(self, parts)

    def one_pass(self, pending, full, progress, **kwargs):
        k = one_pass.n
        spent.clear()
        clashes[0] = 0
        stored = self.db.execute("SELECT COUNT(*) FROM profiles WHERE current = 1").fetchone()[0]
        t, w = time.process_time(), time.perf_counter()
        prof = cProfile.Profile() if k == profile else None
        if prof:
            prof.enable()
        out = real_pass(self, pending, full, progress, **kwargs)
        if prof:
            prof.disable()
            prof.dump_stats(f"chunk{k}.prof")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"chunk {k}: {stored} stored, {len(pending)} new, {len(out.articles)} in the pass, {len(out.events)} "
              f"events, {clashes[0]} restarts; CPU {time.process_time() - t:.1f} s (wall "
              f"{time.perf_counter() - w:.1f} s), peak {peak:.0f} MB | "
              + " ".join(f"{name} {v:.1f}" for name, v in spent.items()), flush=True)
        one_pass.n += 1
        return out

    one_pass.n = 0
    st.Store._pass, st._EventClash.__init__ = one_pass, clash
    with tempfile.TemporaryDirectory() as tmp:
        with st.Store(Path(tmp) / "bench.db", create=True) as store:
            t = time.perf_counter()
            r = store.add([folder], jobs=jobs or st.default_jobs(), corpus_pass=False)
            print(f"extracted {r.new} articles in {time.perf_counter() - t:.1f} s", flush=True)
            t, c = time.perf_counter(), time.process_time()
            store._adding = True
            store._corpus_pass(lambda *a: None)
            print(f"corpus pass: {time.perf_counter() - t:.1f} s, CPU {time.process_time() - c:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sizes")
    s.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    c = sub.add_parser("copies")
    c.add_argument("--articles", type=int, default=10000)
    c.add_argument("--copies", type=int, default=50)
    ph = sub.add_parser("phases")
    ph.add_argument("--articles", type=int, default=10000)
    ch = sub.add_parser("chunks")
    ch.add_argument("--articles", type=int, default=10000)
    ch.add_argument("--copies", type=int, default=0, help="the copies-heavy corpus, this many outlets a story")
    ch.add_argument("--profile", type=int, default=-1, help="write this chunk's cProfile to chunkK.prof")
    for p in (s, c, ph, ch):
        p.add_argument("--jobs", type=int, default=None, help="extraction processes (default: all cores)")
    a = ap.parse_args()
    print(f"machine: {machine()}", flush=True)
    extra = corpus(100, seed=8) / "articles"
    if a.cmd == "chunks":
        if a.copies:
            from bench_discrepancy import copied_corpus

            chunks(copied_corpus(a.articles, a.copies) / "articles", a.jobs, a.profile)
        else:
            chunks(corpus(a.articles, seed=7) / "articles", a.jobs, a.profile)
        return
    if a.cmd == "phases":
        phases(corpus(a.articles, seed=7) / "articles", a.jobs)
        return
    if a.cmd == "copies":
        from bench_discrepancy import copied_corpus

        bench(f"copies x{a.copies}", copied_corpus(a.articles, a.copies) / "articles", extra, a.jobs)
        return
    times = []
    for n in a.articles:
        times.append((n, bench(f"{n}", corpus(n, seed=7) / "articles", extra, a.jobs)))
    for (n0, t0), (n1, t1) in zip(times, times[1:]):
        print(f"time({n1})/time({n0}) = {t1 / t0:.2f} (articles x{n1 / n0:.1f})")


if __name__ == "__main__":
    main()
