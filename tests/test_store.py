"""The claim store (provenance/store.py): what is stored, what is read again, equality with a
from-scratch run, selection, the schema, and a process killed in the middle of ``add``."""
from __future__ import annotations

import itertools
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

import hypothesis
import pytest
from hypothesis import strategies as st

from provenance import analyze
from provenance.cli import main
from provenance.errors import StoreError
from provenance.graph import build_graph, write
from provenance.settings import Settings
from provenance.store import MIGRATIONS, SCHEMA_VERSION, Store, text_hash

from conftest import ROOT, SEEDS


def graph_bytes(corpus, path: Path) -> bytes:
    write(build_graph(corpus), path)
    return path.read_bytes()


@pytest.fixture(scope="module")
def seeds_graph_bytes(tmp_path_factory) -> bytes:
    return graph_bytes(analyze([SEEDS]), tmp_path_factory.mktemp("scratch") / "seeds.graphml")


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "seeds.db"
    with Store(path, create=True) as store:
        store.add([SEEDS])
    return path


def copy_seeds(folder: Path, names: list[str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = sorted(SEEDS.glob("*.txt"))
    out = []
    for f in files:
        if names is None or f.name in names:
            out.append(Path(shutil.copy(f, folder / f.name)))
    return out


@pytest.mark.parametrize("fresh", [False, True], ids=["snapshot", "corpus-stages-again"])
def test_graph_from_the_store_is_the_graph_of_the_files(seeds_store, seeds_graph_bytes, tmp_path, fresh):
    with Store(seeds_store) as store:
        assert graph_bytes(store.corpus(fresh=fresh), tmp_path / "g.graphml") == seeds_graph_bytes


def test_the_stored_parts_are_used_only_while_they_are_current(tmp_path, monkeypatch):
    folder = tmp_path / "desk"
    files = copy_seeds(folder)
    with Store(tmp_path / "desk.db", create=True) as store:
        store.add([folder])
        calls = []
        monkeypatch.setattr("provenance.store.corpus_stages", lambda *a, **k: calls.append(a) or "ran")
        assert store.corpus() != "ran"
        assert store.corpus(settings=Settings(embeddings=False)) == "ran"
        # an article changed, its part not yet run again (a run killed before the corpus pass)
        files[0].write_text(files[0].read_text(encoding="utf-8") + "\nRapat itu dihadiri oleh sepuluh menteri.\n",
                            encoding="utf-8")
        store.add([folder], corpus_pass=False)
        assert store.corpus() == "ran"


def test_cli_graph_from_the_store_writes_the_same_bytes(seeds_store, seeds_graph_bytes, tmp_path):
    out = tmp_path / "g.graphml"
    with pytest.raises(SystemExit) as exit_:
        main(["graph", "--store", str(seeds_store), "-o", str(out)])
    assert exit_.value.code == 0
    assert out.read_bytes() == seeds_graph_bytes


def test_adding_the_same_files_again_extracts_nothing(seeds_store, monkeypatch):
    def no_extraction(*args, **kwargs):
        raise AssertionError("an unchanged article was extracted again")

    monkeypatch.setattr("provenance.store.extract_document", no_extraction)
    with Store(seeds_store) as store:
        result = store.add([SEEDS])
    assert (result.new, result.changed, result.unchanged) == (0, 0, len(list(SEEDS.glob("*.txt"))))


def test_articles_added_later_give_the_graph_of_all_the_files(tmp_path):
    names = sorted(f.name for f in SEEDS.glob("*.txt"))
    folder = tmp_path / "desk"
    copy_seeds(folder, names[:3])
    db = tmp_path / "desk.db"
    with Store(db, create=True) as store:
        first = store.add([folder])
        copy_seeds(folder, names[3:])
        second = store.add([folder])
        stored = graph_bytes(store.corpus(), tmp_path / "store.graphml")
    assert (first.new, second.new, second.unchanged) == (3, len(names) - 3, 3)
    assert stored == graph_bytes(analyze([folder]), tmp_path / "scratch.graphml")


def test_a_changed_article_is_extracted_again_and_replaces_its_old_version(tmp_path):
    folder = tmp_path / "desk"
    files = copy_seeds(folder)
    db = tmp_path / "desk.db"
    with Store(db, create=True) as store:
        store.add([folder])
        edited = files[1]
        edited.write_text(edited.read_text(encoding="utf-8") + "\nMenteri itu menambahkan bahwa rapat akan "
                          "dilanjutkan pada Senin depan.\n", encoding="utf-8")
        result = store.add([folder])
        stored = graph_bytes(store.corpus(), tmp_path / "store.graphml")
        rows = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone()
        sha = store.db.execute("SELECT sha256 FROM articles WHERE source = ?", (str(edited.resolve()),)).fetchone()
    assert (result.new, result.changed, result.unchanged) == (0, 1, len(files) - 1)
    assert rows == (len(files), len(files))
    assert sha[0] == text_hash(edited.read_text(encoding="utf-8"))
    assert stored == graph_bytes(analyze([folder]), tmp_path / "scratch.graphml")


def test_a_store_made_by_other_code_is_refused_until_extracted_again(tmp_path, monkeypatch):
    folder = tmp_path / "desk"
    copy_seeds(folder)
    db = tmp_path / "desk.db"
    with Store(db, create=True) as store:
        store.add([folder])
    monkeypatch.setattr("provenance.store.extractor_fingerprint", lambda settings: "another version")
    with Store(db) as store:
        with pytest.raises(StoreError) as err:
            store.corpus()
        assert err.value.code == "P024"
        result = store.add([])
        assert result.reextracted == len(list(folder.glob("*.txt")))
        store.corpus()


def test_select_by_event_and_date(seeds_store, seeds_corpus):
    with Store(seeds_store) as store:
        everything = store.select()
        assert everything == [a.id for a in seeds_corpus.articles]
        assert sorted(store.event_ids()) == sorted(e.id for e in seeds_corpus.events)
        for event in seeds_corpus.events:
            assert store.select(events=(event.id,)) == [a for a in everything if a in event.articles]
        dated = {a.id: seeds_corpus.published(a)[0] for a in seeds_corpus.articles}
        cut = sorted(d for d in dated.values() if d)[-1]
        assert store.select(since=cut) == [a for a in everything if dated[a] and dated[a] >= cut]
        assert store.select(since=date(2999, 1, 1)) == []


def test_cli_report_from_the_store_on_one_event(seeds_store, seeds_corpus, capsys):
    event = seeds_corpus.events[0]
    with pytest.raises(SystemExit) as exit_:
        # the id as the summary prints it
        main(["report", "--store", str(seeds_store), "--event", event.id.removeprefix("event:"),
              "--section", "sources", "--no-pager", "--width", "100"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for a in seeds_corpus.articles:
        assert (a.name in out) == (a.id in event.articles)


@pytest.mark.parametrize("argv, message", [
    (["graph", "--store", "{db}", "--event", "1999-01-01:nowhere", "-o", "{out}"], "unknown event"),
    (["graph", "seeds", "--store", "{db}", "-o", "{out}"], "not both"),
    (["graph", "seeds", "--since", "2025-01-01", "-o", "{out}"], "--since"),
    (["graph", "-o", "{out}"], "give PATHS"),
])
def test_cli_usage_errors_with_a_store(seeds_store, tmp_path, capsys, argv, message):
    argv = [a.format(db=seeds_store, out=tmp_path / "g.graphml") for a in argv]
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_missing_or_foreign_store_is_one_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["graph", "--store", str(tmp_path / "none.db"), "-o", str(tmp_path / "g.graphml")])
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert "no store at" in err and len(err.strip().splitlines()) == 1
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.commit()
    with pytest.raises(StoreError) as err:
        Store(other)
    assert err.value.code == "P020"
    text = tmp_path / "text.db"
    text.write_text("not a database at all, just words " * 100)
    with pytest.raises(StoreError) as err:
        Store(text)
    assert err.value.code == "P020"


def test_schema_version_wal_and_a_newer_store_refused(seeds_store, tmp_path):
    db = sqlite3.connect(seeds_store)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    newer = tmp_path / "newer.db"
    shutil.copy(seeds_store, newer)
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError) as err:
        Store(newer)
    assert err.value.code == "P021"


def test_a_store_of_the_first_version_is_migrated_and_keeps_its_articles(tmp_path, seeds_graph_bytes):
    db = tmp_path / "old.db"
    with Store(db, create=True) as store:
        store.add([SEEDS])
        n = store.counts()[0]
    # take it back to version 1: the tables later versions add, gone
    con = sqlite3.connect(db)
    for statement in ("DROP TABLE parts", "DROP TABLE profiles", "ALTER TABLE events DROP COLUMN part",
                      "PRAGMA user_version = 1"):
        con.execute(statement)
    con.commit()
    con.close()
    assert set(MIGRATIONS) == set(range(1, SCHEMA_VERSION + 1))
    with Store(db) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.counts()[0] == n
        result = store.add([SEEDS])
        # nothing is read again; the corpus pass, kept in parts since version 3, is run once
        assert result.new == 0 and result.corpus is not None
        assert graph_bytes(store.corpus(), tmp_path / "g.graphml") == seeds_graph_bytes


def stored_count(db: Path) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not written yet
        return 0
    finally:
        con.close()


def test_a_process_killed_during_add_leaves_whole_batches_and_the_next_add_completes(tmp_path):
    folder = tmp_path / "desk"
    files = copy_seeds(folder)
    db = tmp_path / "desk.db"
    batch = 2
    proc = subprocess.Popen([sys.executable, "-m", "provenance", "add", str(folder), "--store", str(db),
                             "--batch", str(batch), "--jobs", "1"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        # kill it once the first batch is in: the next one is being extracted or written
        while stored_count(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    stored = stored_count(db)
    assert stored % batch == 0 or stored == len(files), f"{stored} articles stored: half a batch"
    with Store(db) as store:
        for source, sha in store.db.execute("SELECT source, sha256 FROM articles"):
            assert sha == text_hash(Path(source).read_text(encoding="utf-8"))
        result = store.add([folder])
        assert result.new == len(files) - stored
        assert result.corpus is not None
        stored_graph = graph_bytes(store.corpus(), tmp_path / "store.graphml")
    assert stored_graph == graph_bytes(analyze([folder]), tmp_path / "scratch.graphml")


def structure(corpus) -> dict:
    """What a corpus pass decides, without the scores that carry the corpus-wide word weights."""
    return {
        "events": sorted((e.id, tuple(e.articles)) for e in corpus.events),
        "claim_events": sorted((c.id, c.event) for a in corpus.articles for c in a.claims),
        "clusters": sorted(sorted(c for c, k in corpus.clusters.items() if k == key) for key in set(corpus.clusters.values())),
        # asserted ones: a suggestion sits near the floor by definition, where the word weights of
        # a part left alone (its pass's, not the whole store's) may tip it either way
        "matches": sorted((m.a, m.b) for m in corpus.matches if m.status == "asserted"),
        "discrepancies": sorted((d.a, d.b, d.type) for d in corpus.discrepancies),
        "derivations": sorted((d.later, d.earlier) for d in corpus.derivations),
    }


SEED_BATCHES = {
    # every later batch reaches every part: each pass is the whole corpus, with its figures
    "touching-every-part": [["000", "003"], ["001", "002", "004"]],
    # the 2024 article alone first; then one event; then another
    "one-event-a-batch": [["002"], ["000", "001"], ["003", "004"]],
    # the 2024 article last: its lead dates a statement ("pada Kamis (16/5/2024) mengecam"), so
    # its window reaches back a week and it may link to the undated report of the same two
    # leaders (0.90 as a pair; the events stage keeps it apart): the last pass runs over every
    # part, and gives what one pass over all the files gives
    "reversed": [["003", "004"], ["000", "001"], ["002"]],
}
TOUCHING_EVERY_PART = ("touching-every-part", "reversed")


@pytest.mark.parametrize("batches", list(SEED_BATCHES.values()), ids=list(SEED_BATCHES))
def test_articles_added_in_batches_in_any_order_give_the_corpus_of_all_the_files(tmp_path, monkeypatch, batches):
    # only the parts each batch touches are run again (never a full pass after the first)
    folder = tmp_path / "desk"
    names = {f.name[:3]: f.name for f in SEEDS.glob("*.txt")}
    passes = []
    with Store(tmp_path / "desk.db", Settings(store_full_pass_growth=1000.0), create=True) as store:
        for batch in batches:
            copy_seeds(folder, [names[b] for b in batch])
            passes.append(store.add([folder]).corpus)
        stored = store.corpus()
        stored_bytes = graph_bytes(stored, tmp_path / "store.graphml")
    scratch = analyze([folder])
    assert structure(stored) == structure(scratch)
    every_pass_whole = [len(p.articles) for p in passes] == list(itertools.accumulate(map(len, batches)))
    assert every_pass_whole == any(batches == SEED_BATCHES[k] for k in TOUCHING_EVERY_PART)
    if every_pass_whole:
        # the same figures as one pass: the same bytes
        assert stored_bytes == graph_bytes(scratch, tmp_path / "scratch.graphml")


def test_a_new_article_reruns_only_the_parts_it_touches(tmp_path, monkeypatch):
    folder = tmp_path / "desk"
    names = sorted(f.name for f in SEEDS.glob("*.txt"))
    copy_seeds(folder, [n for n in names if not n.startswith("001")])
    with Store(tmp_path / "desk.db", Settings(store_full_pass_growth=1000.0), create=True) as store:
        store.add([folder])
        before = {e.id: e.articles for e in store.corpus().events}
        copy_seeds(folder, [n for n in names if n.startswith("001")])
        result = store.add([folder])
        after = store.corpus()
    # the new article joins the Moscow meeting's event, whose first report has a photo caption
    # placed in the January Beijing event: those two events are run again, the 2024 one is not
    assert "article:001_f2809c6ccb4da4f9" in next(e for e in after.events if e.id.endswith("moscow")).articles
    assert [a.id[8:11] for a in result.corpus.articles] == ["000", "001", "003", "004"]
    assert before["event:2024-05-16:beijing"] == ["article:002_ac164939a37dbcb6"]
    assert {e.id: e.articles for e in after.events}["event:2024-05-16:beijing"] == ["article:002_ac164939a37dbcb6"]


def test_a_large_batch_is_taken_a_chunk_at_a_time(tmp_path, monkeypatch):
    # as a store above store_full_pass_max articles: no full pass, the new articles two at a time
    passes = []
    real = Store._pass
    monkeypatch.setattr(Store, "_pass", lambda self, pending, full, progress, **kw: passes.append((len(pending), full))
                        or real(self, pending, full, progress, **kw))
    folder = tmp_path / "desk"
    copy_seeds(folder)
    with Store(tmp_path / "desk.db", Settings(store_full_pass_max=2, store_chunk=2), create=True) as store:
        store.add([folder])
        stored = store.corpus()
    assert passes == [(2, False), (2, False), (1, False)]
    assert structure(stored) == structure(analyze([folder]))


def test_the_graph_written_from_the_store_a_few_documents_at_a_time_is_the_graph_of_the_files(
        seeds_store, seeds_graph_bytes, tmp_path, monkeypatch):
    from provenance.export.graphml_stream import write_graphml_stream
    from provenance.store import StoredArticles

    read = []
    monkeypatch.setattr(StoredArticles, "CHUNK", 2)
    original = StoredArticles._read
    monkeypatch.setattr(StoredArticles, "_read", lambda self, ids: read.append(len(ids)) or original(self, ids))
    with Store(seeds_store) as store:
        corpus = store.corpus(lazy=True)
        assert isinstance(corpus.articles, StoredArticles)
        write_graphml_stream(corpus, tmp_path / "g.graphml")
    assert (tmp_path / "g.graphml").read_bytes() == seeds_graph_bytes
    assert read and max(read) <= 2  # never more than a chunk of documents at once


def test_a_stored_article_is_not_keyed_again_and_its_kept_key_decides_the_same(tmp_path, monkeypatch):
    import provenance.matching.info as info
    from provenance.matching.frame import content

    names = sorted(f.name for f in SEEDS.glob("*.txt"))
    settings = Settings(store_full_pass_growth=1000.0)
    stores = {}
    for kept in (True, False):
        folder = tmp_path / f"desk-{kept}"
        copy_seeds(folder, [n for n in names if not n.startswith("001")])
        store = stores[kept] = Store(tmp_path / f"desk-{kept}.db", settings, create=True)
        store.add([folder])
        if not kept:  # as a store of schema 3 left them: every claim keyed again
            store.db.execute("UPDATE profiles SET keys = NULL")
        copy_seeds(folder, [n for n in names if n.startswith("001")])
        keyed = []
        real = info.make_key
        monkeypatch.setattr(info, "make_key", lambda text, *a: keyed.append(text) or real(text, *a))
        result = store.add([folder])
        monkeypatch.setattr(info, "make_key", real)
        rerun = [c.text for a in result.corpus.articles for c in a.claims]
        new = [c.text for a in result.corpus.articles if a.id.startswith("article:001") for c in a.claims]
        # and a quotation's words without its credit, once (matching.frame)
        new += [said for a in result.corpus.articles if a.id.startswith("article:001") for c in a.claims
                if (said := content(c.text, a.meta.language, c.claim_type)) != c.text]
        if kept:
            # the new article's claims are keyed once in the pass; the stored ones it reruns not at all
            assert sorted(keyed) == sorted(new) and len(rerun) > len(new)
        else:
            assert len(keyed) >= len(rerun)
    try:
        assert graph_bytes(stores[True].corpus(), tmp_path / "kept.graphml") == \
            graph_bytes(stores[False].corpus(), tmp_path / "again.graphml")
    finally:
        for store in stores.values():
            store.close()


def test_chunks_passed_while_the_rest_is_extracted_give_the_store_of_chunks_passed_after(tmp_path, monkeypatch):
    # a store above store_full_pass_max: its passes, two new articles at a time, run between the
    # batches written (the workers extracting the next ones) and give what they give after them
    settings = Settings(store_full_pass_max=2, store_chunk=2)
    folder = tmp_path / "desk"
    copy_seeds(folder)
    calls = []
    real_pass, real_write = Store._pass, Store._write_batch
    monkeypatch.setattr(Store, "_pass", lambda self, pending, full, progress, **kw: calls.append(("pass", len(pending)))
                        or real_pass(self, pending, full, progress, **kw))
    monkeypatch.setattr(Store, "_write_batch", lambda self, chunk, *a: calls.append(("write", len(chunk)))
                        or real_write(self, chunk, *a))
    with Store(tmp_path / "during.db", settings, create=True) as store:
        store.add([folder], batch=1, jobs=2)
        during = graph_bytes(store.corpus(), tmp_path / "during.graphml")
    assert calls.index(("pass", 2)) < max(k for k, c in enumerate(calls) if c[0] == "write")
    assert [c for c in calls if c[0] == "pass"] == [("pass", 2), ("pass", 2), ("pass", 1)]
    calls.clear()
    with Store(tmp_path / "after.db", settings, create=True) as store:
        store.add([folder], batch=1, corpus_pass=False)
        store.add([folder])
        after = graph_bytes(store.corpus(), tmp_path / "after.graphml")
    assert [c for c in calls if c[0] == "pass"] == [("pass", 2), ("pass", 2), ("pass", 1)]
    assert during == after


B = "event:2025-03-04:paris"


@pytest.mark.parametrize("stored, own, found, renamed", [
    ([("event:2025-03-04:lima", 1)], {2}, [B], {}),  # no namesake
    ([(B, 1)], {2}, [B], {B: B + "~2"}),  # a stored namesake keeps its name
    ([(B, 2)], {2}, [B], {}),  # the namesake is in a part the pass replaces
    ([(B + "~2", 1)], {2}, [B, B + "~2"], {B + "~2": B + "~3"}),
    ([(B, 1), (B + "~3", 3)], {2}, [B, B + "~2"], {B: B + "~2", B + "~2": B + "~4"}),
], ids=["none", "taken", "own-part", "second-taken", "gaps"])
def test_a_chunk_names_an_event_whose_name_is_taken_with_the_next_free_one(tmp_path, stored, own, found, renamed):
    from provenance.events import Event

    with Store(tmp_path / "desk.db", create=True) as store:
        store.db.executemany("INSERT INTO events VALUES (?, '2025-03-04', 'Paris', '', ?)", stored)
        events = [Event(eid, None, "Paris", "") for eid in found]
        assert store._rename_clashing(events, own) == renamed
    assert [e.id for e in events] == [renamed.get(eid, eid) for eid in found]


def test_an_incremental_pass_prepares_and_profiles_each_article_once(tmp_path, monkeypatch):
    # the new article is prepared and profiled to find the stored parts it links to; the pass
    # over it and those parts takes that work again instead of doing it a second time
    import provenance.store as st

    names = sorted(f.name for f in SEEDS.glob("*.txt"))
    folder = tmp_path / "desk"
    copy_seeds(folder, [n for n in names if not n.startswith("001")])
    with Store(tmp_path / "desk.db", Settings(store_full_pass_growth=1000.0), create=True) as store:
        store.add([folder])
        copy_seeds(folder, [n for n in names if n.startswith("001")])
        prepared, profiled, linked = [], [], []
        real_prepare, real_profiles, real_linked = st.matching.prepare, st.events.profiles, Store._linked_parts
        monkeypatch.setattr(st.matching, "prepare",
                            lambda arts, *a, **k: prepared.extend(x.id for x in arts) or real_prepare(arts, *a, **k))
        # the profiles the store makes (the events stage makes its own from the pass's claims)
        real_store_profiles, inside = Store._profiles, []

        def store_profiles(self, infos, *a):
            inside.append(True)
            try:
                return real_store_profiles(self, infos, *a)
            finally:
                inside.pop()

        def profiles(infos, *a, **k):
            if inside:
                profiled.extend(dict.fromkeys(i.article.id for i in infos))
            return real_profiles(infos, *a, **k)

        monkeypatch.setattr(Store, "_profiles", store_profiles)
        monkeypatch.setattr(st.events, "profiles", profiles)
        monkeypatch.setattr(Store, "_linked_parts", lambda self, *a: linked.append(a[0]) or real_linked(self, *a))
        result = store.add([folder])
    assert len(linked) == 1
    ran = [a.id for a in result.corpus.articles]
    assert len(ran) > 1  # stored articles were run again with the new one
    assert sorted(prepared) == sorted(ran) and sorted(profiled) == sorted(ran)


# one invented event, four outlets; one of them misspells the regent's family name ("Gunawrman"):
# the files' graph reads it as the name the others use, on the evidence of the title they share
FLOOD_DESK = {
    "a.txt": "Banjir Rendam Ratusan Rumah di Teluk Damar\n\nKabar Pesisir - 6 Maret 2025\n\n"
             "TELUK DAMAR - Banjir merendam 240 rumah di Kecamatan Sungai Lintang, Teluk Damar, pada Rabu "
             "(5/3/2025) setelah hujan deras turun sejak malam.\nBupati Teluk Damar Helena Gunawarman mengatakan "
             "600 warga telah mengungsi ke balai desa dan sekolah terdekat.\n\"Kami sudah membuka dapur umum di tiga "
             "titik,\" kata Helena Gunawarman di lokasi banjir.\nKetinggian air mencapai satu meter di sejumlah "
             "permukiman, menurut petugas di lapangan.\n",
    "b.txt": "Ratusan Warga Teluk Damar Mengungsi Akibat Banjir\n\nSuara Timur - 6 Maret 2025\n\n"
             "Teluk Damar - Sebanyak 600 warga Kecamatan Sungai Lintang mengungsi setelah banjir merendam 240 rumah "
             "pada Rabu (5/3/2025).\nBupati Teluk Damar Helena Gunawarman menyebut pemerintah kabupaten telah "
             "menyalurkan bantuan makanan dan selimut.\nMenurut Helena Gunawarman, air mulai surut pada Kamis pagi.\n",
    "c.txt": "Banjir Sungai Lintang, Bupati Buka Dapur Umum\n\nWarta Lembah - 6 Maret 2025\n\n"
             "TELUK DAMAR - Bupati Teluk Damar Helena Gunawrman mengatakan banjir merendam 240 rumah di Kecamatan "
             "Sungai Lintang pada Rabu (5/3/2025).\nHelena Gunawrman menambahkan dapur umum dibuka di tiga titik "
             "untuk 600 pengungsi.\nIa meminta warga tetap waspada karena hujan diperkirakan turun hingga akhir "
             "pekan.\n",
    "d.txt": "Air Mulai Surut, Pengungsi Banjir Teluk Damar Pulang\n\nKabar Pesisir - 7 Maret 2025\n\n"
             "TELUK DAMAR - Air yang merendam 240 rumah di Kecamatan Sungai Lintang mulai surut pada Kamis "
             "(6/3/2025).\nBupati Teluk Damar Helena Gunawarman mengatakan sebagian dari 600 pengungsi sudah kembali "
             "ke rumah masing-masing.\n\"Kami tetap menyiagakan perahu karet sampai cuaca membaik,\" ujar Helena "
             "Gunawarman.\n",
}


def write_flood_desk(folder: Path, names=FLOOD_DESK) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(FLOOD_DESK[name], encoding="utf-8")


@pytest.fixture(scope="module")
def flood_graph(tmp_path_factory) -> Path:
    """The graph of the files, written once (its path: hypothesis prints the arguments of a failure)."""
    folder = tmp_path_factory.mktemp("flood") / "desk"
    write_flood_desk(folder)
    corpus = analyze([folder])
    # the corpus the test is about: the misspelt name read as the one the others use, and why
    assert corpus.person_names.get("Helena Gunawrman") == "Helena Gunawarman"
    assert "titled 'bupati'" in corpus.person_name_evidence["Helena Gunawrman"]
    out = folder.parent / "files.graphml"
    graph_bytes(corpus, out)
    return out


@hypothesis.settings(max_examples=12, deadline=None)
@hypothesis.given(order=st.permutations(sorted(FLOOD_DESK)), cuts=st.sets(st.integers(1, len(FLOOD_DESK) - 1)))
def test_a_misspelt_name_is_read_as_the_corpus_name_whatever_batches_the_store_takes(flood_graph, order, cuts):
    # the names of people are unified over the whole store with what the files' run has: which
    # article uses a name and with which title, not the counts alone
    bounds = [0, *sorted(cuts), len(order)]
    batches = [order[i:j] for i, j in zip(bounds, bounds[1:])]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "desk"
        # only the parts each batch touches are run again (never a full pass after the first)
        with Store(Path(tmp) / "desk.db", Settings(store_full_pass_growth=1000.0), create=True) as store:
            for batch in batches:
                write_flood_desk(folder, batch)
                store.add([folder])
            assert int(store._meta("full_pass_articles")) == len(batches[0])
            stored = graph_bytes(store.corpus(), Path(tmp) / "store.graphml")
    assert stored == flood_graph.read_bytes()


def test_counts_taken_away_leave_the_name_uses_of_the_other_articles():
    # a store's total less the articles a pass runs over: what the others say of each name
    from provenance.persons import NameUse
    from provenance.store import ArticleCounts

    def counts(aid, titled):
        return ArticleCounts.of_names(Counter(), 1, Counter(), {name: NameUse({aid}, set(titles))
                                                                for name, titles in titled.items()})

    a = counts("a", {"Ana Lestari": {"menteri"}, "Budi Santoso": set()})
    b = counts("b", {"Ana Lestari": {"menteri", "kesehatan"}})
    c = counts("c", {"Ana Lestary": {"menteri"}})
    total = ArticleCounts(Counter(), 0, Counter(), Counter(), 0)
    for x in (a, b, c):
        total.add(x)
    kept = total.copy()
    total.add(b, -1)
    total.add(c, -1)
    assert total.name_uses() == a.name_uses()
    assert +total.persons == Counter({"Ana Lestari": 1, "Budi Santoso": 1})
    # the copy kept the three articles' uses
    assert kept.name_uses()["Ana Lestari"] == NameUse({"a", "b"}, {"menteri", "kesehatan"})


def test_a_store_of_version_4_passes_again_over_its_articles_to_keep_the_name_uses(tmp_path, flood_graph):
    folder = tmp_path / "desk"
    write_flood_desk(folder)
    db = tmp_path / "old.db"
    with Store(db, Settings(store_full_pass_growth=1000.0), create=True) as store:
        store.add([folder])
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 4")
    con.commit()
    con.close()
    with Store(db, Settings(store_full_pass_growth=1000.0)) as store:
        assert store.db.execute("SELECT COUNT(*) FROM profiles WHERE current = 1").fetchone()[0] == 0
        # until the next add, the corpus is run from the stored documents
        assert graph_bytes(store.corpus(), tmp_path / "before.graphml") == flood_graph.read_bytes()
        result = store.add([folder])
        assert result.new == 0 and len(result.corpus.articles) == len(FLOOD_DESK)
        assert graph_bytes(store.corpus(), tmp_path / "after.graphml") == flood_graph.read_bytes()


# a second invented event, whose two reports differ on the toll
FERRY_DESK = {
    f"{name}.txt": f"{title}\n\n{outlet} - 14 Agustus 2024\n\nSELAT KARANG - Kapal feri Nusa Indah terbakar di Selat "
                   f"Karang pada Selasa (13/8/2024) malam dan menewaskan {toll} penumpang.\nKepala Basarnas Selat Karang "
                   "Yosef Matondang mengatakan 112 penumpang lainnya berhasil dievakuasi ke Pelabuhan Batu Lapis.\n"
                   "Api diduga berasal dari ruang mesin kapal.\n"
    for name, title, outlet, toll in (("e", "Kapal Feri Terbakar di Selat Karang, Tujuh Penumpang Tewas", "Berita Bahari",
                                       "tujuh"),
                                      ("f", "Feri Nusa Indah Terbakar, Sembilan Penumpang Tewas", "Kabar Laut", "sembilan"))
}


def test_the_parts_of_a_pass_put_together_give_its_discrepancies_and_findings_in_its_order(tmp_path):
    # each part's flags keep their place among the other parts': the comparisons within clusters
    # (the ferry's toll) before those of claims matched but left in two clusters (the regent's
    # name spelt two ways), whatever the ids of the clusters
    from provenance.store import join_parts, split_parts

    write_flood_desk(tmp_path)
    for name, text in FERRY_DESK.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = analyze([tmp_path])
    parts = split_parts(corpus)
    assert len(parts) == 2
    flags = [(d.a, d.b, d.type, d.finding) for d in corpus.discrepancies]
    assert any("~" in f for *_x, f in flags) and any(t == "number" for _a, _b, t, _f in flags)
    joined = join_parts(corpus.articles, parts, corpus.settings, corpus.person_names)
    assert [(d.a, d.b, d.type, d.finding) for d in joined.discrepancies] == flags
    assert [f.id for f in joined.findings] == [f.id for f in corpus.findings]


# a later invented event where the regent is named right: alone, the flood report that
# misspells her name ("c.txt") is an event of its own, in a part of its own
FIRE_DESK = {
    "g.txt": "Pasar Induk Teluk Damar Terbakar\n\nKabar Pesisir - 12 April 2025\n\nTELUK DAMAR - Kebakaran "
             "menghanguskan 85 kios di Pasar Induk Teluk Damar pada Jumat (11/4/2025) dini hari.\nBupati Teluk Damar "
             "Helena Gunawarman mengatakan pemerintah kabupaten akan membangun kios darurat bagi para pedagang.\n"
             "\"Kami akan membantu pedagang agar bisa berjualan lagi pekan depan,\" kata Helena Gunawarman.\n",
    "h.txt": "Kebakaran Pasar Induk, 85 Kios Hangus\n\nSuara Timur - 12 April 2025\n\nTeluk Damar - Sebanyak 85 kios "
             "di Pasar Induk Teluk Damar hangus terbakar pada Jumat (11/4/2025).\nBupati Teluk Damar Helena "
             "Gunawarman menyebut kerugian pedagang ditaksir mencapai Rp 4 miliar.\nMenurut Helena Gunawarman, api "
             "diduga berasal dari korsleting listrik.\n",
}


@pytest.mark.parametrize("batches", [[["c.txt"], ["g.txt", "h.txt"]], [["g.txt", "h.txt"], ["c.txt"]]],
                         ids=["misspelt-first", "misspelt-later"])
def test_a_stored_part_whose_people_are_read_another_way_is_run_again(tmp_path, batches):
    # the fire's reports make the flood report's "Helena Gunawrman" the regent: the flood's
    # event, passed over before, names her as the files' run does
    folder = tmp_path / "desk"
    folder.mkdir()
    texts = {**FLOOD_DESK, **FIRE_DESK}
    with Store(tmp_path / "desk.db", Settings(store_full_pass_growth=1000.0), create=True) as store:
        for batch in batches:
            for name in batch:
                (folder / name).write_text(texts[name], encoding="utf-8")
            store.add([folder])
        stored = store.corpus()
        stored_bytes = graph_bytes(stored, tmp_path / "store.graphml")
    scratch = analyze([folder])
    assert scratch.person_names == {"Helena Gunawrman": "Helena Gunawarman"}
    assert len(scratch.events) == 2
    assert structure(stored) == structure(scratch)
    assert [(e.id, e.label, e.participants) for e in stored.events] == \
        [(e.id, e.label, e.participants) for e in scratch.events]
    if batches[0] == ["c.txt"]:
        # the fire's part, the last passed over, had every article's figures: the same bytes
        assert stored_bytes == graph_bytes(scratch, tmp_path / "scratch.graphml")
