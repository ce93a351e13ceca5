"""The claim store: articles extracted once and kept in SQLite, the corpus stages run over them.

A monitoring desk adds articles every day. Extraction (the per-article stages, about half of a
run's time) depends on nothing but the article, so the store keeps each article's analysed document
(after every per-article stage, before any corpus stage) and ``add`` extracts only the files that
are new or whose text changed (SHA-256 of the text), in parallel across processes (``jobs``;
results are taken in input order, so any number of processes stores the same documents). The
corpus stages (names, events, matching, discrepancies, lineage) then run over the stored articles
in the order they were first added, the order in which a from-scratch ``provenance graph`` over the
same paths reads them, so the results are the same (``tests/test_store.py`` compares graph bytes).
The corpus stages are rerun whole for now: they are not yet incremental per event. An article
stays in the store when its file is deleted (nothing removes articles yet).

Layout (the schema version is ``PRAGMA user_version``; ``MIGRATIONS`` brings an older store up
to date, each step in the transaction that sets its version):

- ``meta(key, value)``: the fingerprint of the extractor the documents were made with (the
  package's code and data and the settings), ``generation`` (bumped by every committed batch) and
  ``events_generation`` (the generation the events were computed at).
- ``articles``: one row per article, in the order added (``seq``): the file it was read from
  (resolved), its id and display path as ``load`` gives them, the hash and the text (zlib), a few
  columns to select by, and ``doc``: the analysed ``Article`` without its text, pickled and
  compressed. An article with no claim is kept too (``n_claims`` 0) so that it is not read again.
- ``events`` and ``placements``: the events of the last corpus pass and each article's event and
  publication date (as printed, or estimated from its event), for ``--event`` and ``--since``.
- ``snapshot``: the last corpus pass over every stored article (the ``Corpus``, pickled and
  compressed) with the generation and settings it was made at: ``graph`` and ``report`` over the
  whole store read it instead of running the corpus stages again.
- ``vectors``: the full model's claim vectors (``embeddings.Embedder``'s cache, kept here).

Crash safety: WAL mode, and every batch of extracted articles is written in one transaction, so a
process killed during ``add`` leaves all of a batch or none of it. The events are rewritten in one
transaction after the corpus pass; a store whose events are older than its articles (a run killed
before that) has them recomputed by the next ``add``.

The documents are pickles: open only stores you (or your own tools) wrote, as with any pickle.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path

from .doc import Article, SourceMeta
from .embeddings import Progress
from .errors import Messages, Skipped, StoreError
from .load import article_id, expand_paths, read_article
from .pipeline import Corpus, corpus_stages, process_article
from .settings import DEFAULT, Settings

SCHEMA_VERSION = 2
# Articles extracted before each write: a killed run loses at most one batch of extraction work;
# larger batches commit (and sync the disk) less often but hold more documents in memory.
BATCH = 256
# zlib level for texts and documents: 6 is zlib's default, near the best ratio at a fraction of
# level 9's time.
ZLIB_LEVEL = 6
_PACKAGE = Path(__file__).resolve().parent


def _schema_v1(db: sqlite3.Connection) -> None:
    for statement in (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE articles (
               seq INTEGER PRIMARY KEY,
               id TEXT NOT NULL UNIQUE,
               path TEXT NOT NULL,
               source TEXT NOT NULL UNIQUE,
               sha256 TEXT NOT NULL,
               n_claims INTEGER NOT NULL,
               language TEXT NOT NULL,
               outlet TEXT NOT NULL,
               published TEXT NOT NULL,
               added TEXT NOT NULL,
               text BLOB NOT NULL,
               doc BLOB NOT NULL)""",
        "CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT NOT NULL, place TEXT NOT NULL, label TEXT NOT NULL)",
        """CREATE TABLE placements (
               article_id TEXT PRIMARY KEY,
               event_id TEXT NOT NULL,
               published TEXT NOT NULL)""",
        "CREATE INDEX placements_event ON placements (event_id)",
        "CREATE TABLE IF NOT EXISTS vectors (sha1 TEXT PRIMARY KEY, v BLOB)",
    ):
        db.execute(statement)


def _schema_v2(db: sqlite3.Connection) -> None:
    # the whole corpus of the last pass, so that graph and report need not run it again
    db.execute("CREATE TABLE snapshot (generation TEXT NOT NULL, settings TEXT NOT NULL, corpus BLOB NOT NULL)")


# version -> the step that brings a store of the version before it to that version
MIGRATIONS = {1: _schema_v1, 2: _schema_v2}


def extractor_fingerprint(settings: Settings = DEFAULT) -> str:
    """What the stored documents depend on: the package's code and data, and the settings
    (less the ones only the corpus stages or the cache read). A store made by other code is
    extracted again rather than mixed with new documents."""
    h = hashlib.sha256()
    for f in sorted(_PACKAGE.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc":
            h.update(f.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(f.read_bytes()).digest())
    h.update(repr(replace(settings, embeddings=True, vector_cache="")).encode())
    return h.hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Extracted:
    """One article as a worker hands it back: the columns of its row."""

    id: str
    path: str
    n_claims: int
    language: str
    outlet: str
    published: str
    doc: bytes


def extract_document(job: tuple, settings: Settings = DEFAULT) -> Extracted:
    """Every per-article stage on one article (id, display path, text, how the file was read),
    then its document packed without its text (the row keeps the text once). Runs in a worker
    process."""
    aid, path, text, meta = job
    article = process_article(Article(aid, path, text, source_meta=meta), settings)
    article.text = ""
    doc = zlib.compress(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL), ZLIB_LEVEL)
    m = article.meta
    return Extracted(aid, path, len(article.claims), m.language, m.outlet,
                     m.published.isoformat() if m.published else "", doc)


def _source_meta(doc: bytes | None) -> SourceMeta:
    """How a stored article's file was read (its encoding, an HTML page's own metadata), from
    its stored document; a document another version wrote may not unpickle: then a plain text's."""
    try:
        return pickle.loads(zlib.decompress(doc)).source_meta
    except Exception:  # noqa: BLE001 - any failure means: not readable by this version
        return SourceMeta()


class _Extractor:
    """A picklable callable for the process pool: ``extract_document`` with fixed settings."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, job):
        return extract_document(job, self.settings)


def extract_in_order(jobs: list[tuple], settings: Settings, pool: ProcessPoolExecutor | None,
                     workers: int = 1) -> Iterator[Extracted]:
    """Documents of ``jobs`` in the order given, across the pool's ``workers`` processes (or in
    this one when there is no pool)."""
    work = _Extractor(settings)
    if pool is None:
        yield from map(work, jobs)
        return
    # a few chunks a worker: small enough to balance, large enough to keep the pipes quiet
    chunk = max(1, len(jobs) // (4 * workers))
    yield from pool.map(work, jobs, chunksize=chunk)


@dataclass
class AddResult:
    """What ``Store.add`` did."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    reextracted: int = 0  # documents of another extractor, extracted again
    skipped: list[Skipped] = field(default_factory=list)
    corpus: Corpus | None = None  # the corpus pass over every stored article, when one ran


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Store:
    """A claim store in one SQLite file (see the module's docstring)."""

    def __init__(self, path: str | Path, settings: Settings = DEFAULT, create: bool = False):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError("P022", path=self.path)
        # the full model's vectors are kept in the store itself
        self.settings = replace(settings, vector_cache=str(self.path))
        self._fingerprint: str | None = None
        try:
            self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=60)
        except sqlite3.Error as exc:
            raise StoreError("P020", path=self.path, detail=str(exc)) from None
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            # in WAL mode NORMAL loses no committed transaction when the process dies (only on
            # power loss), and commits do not wait for the disk
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except (sqlite3.DatabaseError, StoreError) as exc:
            self.db.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError("P020", path=self.path, detail=str(exc)) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema

    def _migrate(self) -> None:
        found = self.db.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            raise StoreError("P021", path=self.path, found=found, known=SCHEMA_VERSION)
        if found and not self._has_table("meta"):
            raise StoreError("P020", path=self.path, detail="no meta table")
        if not found and self._tables() - {"vectors"}:
            raise StoreError("P020", path=self.path, detail="an SQLite file of something else")
        for version in range(found + 1, SCHEMA_VERSION + 1):
            with self._transaction():
                MIGRATIONS[version](self.db)
                self.db.execute(f"PRAGMA user_version = {version}")

    def _tables(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _has_table(self, name: str) -> bool:
        return name in self._tables()

    def _transaction(self):
        return _Transaction(self.db)

    def _meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # --- adding

    def add(self, paths: Iterable[str | Path], jobs: int = 1, batch: int = BATCH,
            progress: Progress | None = None, corpus_pass: bool = True) -> AddResult:
        """Extract the new and changed articles under ``paths`` (and, when the package has
        changed since they were extracted, every stored article again), write them a batch per
        transaction, then run the corpus stages over every stored article and keep its events."""
        progress = progress or _no_progress
        result = AddResult()
        files, result.skipped = expand_paths(list(paths))
        fingerprint = self.fingerprint()
        known = {src: (aid, sha) for src, aid, sha in self.db.execute("SELECT source, id, sha256 FROM articles")}
        taken = {r[0] for r in self.db.execute("SELECT id FROM articles")}
        stale = bool(known) and self._meta("extractor") != fingerprint
        todo: list[tuple[str, str, str, str, SourceMeta]] = []  # (source, id, display, text, how it was read)
        seen: set[str] = set()
        for f, display in files:
            text, meta = read_article(f, self.settings)
            if text is None:
                result.skipped.append(meta)
                continue
            source = str(f.resolve())
            seen.add(source)
            old = known.get(source)
            if old is not None and old[1] == text_hash(text):
                if stale:
                    result.reextracted += 1
                    todo.append((source, old[0], display, text, meta))
                else:
                    result.unchanged += 1
                continue
            if old is None:
                result.new += 1
                aid = article_id(display, taken)
            else:
                result.changed += 1
                aid = old[0]
            todo.append((source, aid, display, text, meta))
        if stale:
            for source, aid, path, text, doc in self.db.execute(
                    "SELECT source, id, path, text, doc FROM articles ORDER BY seq").fetchall():
                if source not in seen:
                    result.reextracted += 1
                    todo.append((source, aid, path, zlib.decompress(text).decode("utf-8"), _source_meta(doc)))
        if not todo and not stale and self._meta("extractor") == "":
            with self._transaction():
                self._set_meta("extractor", fingerprint)
        pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(todo) > 1 else None
        try:
            done = 0
            for k in range(0, len(todo), batch):
                chunk = todo[k:k + batch]
                docs = list(extract_in_order([(aid, display, text, meta) for _s, aid, display, text, meta in chunk],
                                             self.settings, pool, jobs))
                self._write_batch(chunk, docs, fingerprint, result.skipped)
                done += len(chunk)
                progress("reading articles", done, len(todo))
        finally:
            if pool is not None:
                pool.shutdown()
        if corpus_pass and (todo or self._meta("events_generation") != self._meta("generation", "0")):
            result.corpus = self.corpus(progress=progress, fresh=True)
            self._write_events(result.corpus)
        return result

    def _write_batch(self, chunk, docs: list[Extracted], fingerprint: str, skipped: list[Skipped]) -> None:
        added = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._transaction():
            for (source, aid, display, text, _meta), d in zip(chunk, docs):
                packed = zlib.compress(text.encode("utf-8"), ZLIB_LEVEL)
                row = (d.path, text_hash(text), d.n_claims, d.language, d.outlet, d.published, packed, d.doc)
                cur = self.db.execute("UPDATE articles SET path = ?, sha256 = ?, n_claims = ?, language = ?, "
                                      "outlet = ?, published = ?, text = ?, doc = ? WHERE source = ?",
                                      row + (source,))
                if cur.rowcount == 0:
                    self.db.execute("INSERT INTO articles (id, source, added, path, sha256, n_claims, language, "
                                    "outlet, published, text, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    (aid, source, added) + row)
                if not d.n_claims:
                    skipped.append(Skipped(display, "P007", Messages.P007))
            self._set_meta("extractor", fingerprint)
            self._set_meta("generation", str(int(self._meta("generation", "0")) + 1))

    def _write_events(self, corpus: Corpus) -> None:
        with self._transaction():
            self.db.execute("DELETE FROM events")
            self.db.execute("DELETE FROM placements")
            self.db.executemany("INSERT INTO events VALUES (?, ?, ?, ?)",
                                [(e.id, e.date.isoformat() if e.date else "", e.place, e.label)
                                 for e in corpus.events])
            event_of = {a: e.id for e in corpus.events for a in e.articles}
            rows = []
            for a in corpus.articles:
                published = corpus.published(a)[0]
                rows.append((a.id, event_of.get(a.id, ""), published.isoformat() if published else ""))
            self.db.executemany("INSERT INTO placements VALUES (?, ?, ?)", rows)
            self._set_meta("events_generation", self._meta("generation", "0"))
            self.db.execute("DELETE FROM snapshot")
            packed = zlib.compress(pickle.dumps(corpus, protocol=pickle.HIGHEST_PROTOCOL), ZLIB_LEVEL)
            self.db.execute("INSERT INTO snapshot VALUES (?, ?, ?)",
                            (self._meta("generation", "0"), _settings_key(corpus.settings), packed))

    # --- reading

    def fingerprint(self) -> str:
        """This process's extractor fingerprint (taken once: the code a run started with)."""
        if self._fingerprint is None:
            self._fingerprint = extractor_fingerprint(self.settings)
        return self._fingerprint

    def check_current(self) -> None:
        """Raise when the stored documents were made by another extractor."""
        stored = self._meta("extractor")
        if stored and stored != self.fingerprint():
            raise StoreError("P024", path=self.path)

    def event_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM events ORDER BY id")]

    def select(self, since: date | None = None, events: tuple[str, ...] = ()) -> list[str]:
        """Ids of the stored articles with claims, in corpus order: all, or those the last corpus
        pass dated on or after ``since`` (as printed, or estimated from the event; an article
        with no date at all is left out) and placed in one of ``events``."""
        sql = ("SELECT a.id FROM articles a LEFT JOIN placements p ON p.article_id = a.id "
               "WHERE a.n_claims > 0")
        args: list = []
        if since is not None:
            sql += " AND COALESCE(p.published, '') != '' AND p.published >= ?"
            args.append(since.isoformat())
        if events:
            sql += f" AND p.event_id IN ({', '.join('?' * len(events))})"
            args.extend(events)
        return [r[0] for r in self.db.execute(sql + " ORDER BY a.seq", args)]

    def articles(self, ids: list[str] | None = None) -> list[Article]:
        """The stored documents (with claims), in corpus order: all, or those of ``ids``."""
        out = []
        wanted = None if ids is None else set(ids)
        for aid, text, doc in self.db.execute(
                "SELECT id, text, doc FROM articles WHERE n_claims > 0 ORDER BY seq"):
            if wanted is not None and aid not in wanted:
                continue
            article = pickle.loads(zlib.decompress(doc))
            article.text = zlib.decompress(text).decode("utf-8")
            out.append(article)
        return out

    def corpus(self, ids: list[str] | None = None, settings: Settings | None = None,
               progress: Progress | None = None, fresh: bool = False) -> Corpus:
        """The corpus stages over the stored articles (all, or ``ids``). Over all of them with
        the settings of the last pass, that pass's snapshot (unless ``fresh``)."""
        self.check_current()
        settings = replace(settings, vector_cache=str(self.path)) if settings else self.settings
        if ids is None and not fresh:
            row = self.db.execute("SELECT generation, settings, corpus FROM snapshot").fetchone()
            if row is not None and row[0] == self._meta("generation", "0") and row[1] == _settings_key(settings):
                return pickle.loads(zlib.decompress(row[2]))
        return corpus_stages(self.articles(ids), [], settings, progress or _no_progress)

    def counts(self) -> tuple[int, int]:
        """(articles with claims, events of the last corpus pass)."""
        n = self.db.execute("SELECT COUNT(*) FROM articles WHERE n_claims > 0").fetchone()[0]
        return n, self.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]


def _settings_key(settings: Settings) -> str:
    """The settings a corpus pass depends on (not where the vectors are cached)."""
    return repr(replace(settings, vector_cache=""))


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on an exception (the connection is in autocommit
    mode, so nothing else opens a transaction behind our back)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
        return False


def _no_progress(stage: str, done: int, total: int) -> None:
    pass
