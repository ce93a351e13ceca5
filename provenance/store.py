"""The claim store: articles extracted once and kept in SQLite, the corpus stages run over them.

A monitoring desk adds articles every day. Extraction (the per-article stages, about half of a
run's time) depends on nothing but the article, so the store keeps each article's analysed document
(after every per-article stage, before any corpus stage) and ``add`` extracts only the files that
are new or whose text changed (SHA-256 of the text), in parallel across processes (``jobs``;
results are taken in input order, so any number of processes stores the same documents). An
article stays in the store when its file is deleted (nothing removes articles yet).

The corpus stages (names, events, matching, discrepancies, lineage) run over the stored articles in
corpus order: by the file each was read from, the order a from-scratch ``provenance graph`` over
the same folder reads them, whatever order they were added in. Their results are kept in
**parts**: the articles of some events and of the photo captions placed in them. Matching,
discrepancies and lineage never cross an event, so nothing links two parts, and the parts of one
pass put together (``join_parts``) are that pass, byte for byte in the graph.

``add`` reruns only what new and changed articles touch: the parts of the changed articles, and
the parts of the stored articles a new article links to as ``events.assign_events`` would link
them (among its ``settings.event_neighbours`` nearest stored articles in each language by profile vector, those
whose dates can meet its own and whose link probability reaches the threshold), with the names of
people and the word and name frequencies of the whole store (each article's counts are kept,
with what the names of people take besides: which article uses a name, with which titles),
and the parts of stored articles that use a name of a person the store's names now read
another way (a misspelt name, a short form: their claims' keys and their events' participants
follow the names).
The parts left alone keep the frequencies of the pass that made them, so after an incremental
pass the scores can differ slightly from a from-scratch run (the events and flags did not differ
in the tests; over 74 real articles added 60 + 7 + 7, two claims of 1,506 went to other clusters
and 5 of 959 suggested matches came or went); a full pass runs when the store has grown by ``Settings.store_full_pass_growth`` since
the last one. A store above ``Settings.store_full_pass_max`` articles takes the new articles
``store_chunk`` at a time instead, in corpus order, each chunk's pass run while the worker
processes extract the next articles; an event a chunk names like a stored event of another part
(the same date and place) takes the next name the store has free ("~2", "~3", ...), where an
incremental pass outside chunks runs again with that part to name both as one pass would. Not
yet handled incrementally (a full pass handles them): a new article that
becomes one of a stored article's nearest neighbours without the reverse, and a stored caption
that would move to a new event.

Layout (the schema version is ``PRAGMA user_version``; ``MIGRATIONS`` brings an older store up
to date, each step in the transaction that sets its version):

- ``meta(key, value)``: the fingerprint of the extractor the documents were made with (the
  package's code and data and the settings), ``generation`` (bumped by every committed batch),
  the settings the parts were made with, the corpus's names of people (and why a misspelt one
  was read as another), and the number of articles at the last full pass.
- ``articles``: one row per article (``seq``: the order added): the file it was read from
  (resolved), its id and display path as ``load`` gives them, the hash and the text (zlib), a few
  columns to select by, and ``doc``: the analysed ``Article`` without its text, pickled and
  compressed. An article with no claim is kept too (``n_claims`` 0) so that it is not read again.
- ``parts``: each part's results (``Part``, pickled and compressed).
- ``profiles``: per article with claims, its part, whether it is current (0 once its text
  changed), its events profile (window and unit vector), its counts (``ArticleCounts``) and its
  claims' matching keys (``matching.info.KeyedClaim``: a pass over its part does not key them
  again unless the names of people they map to changed).
- ``events`` and ``placements``: the events of the parts, and each article's event and
  publication date (as printed, or estimated from its event), for ``--event`` and ``--since``.
- ``vectors``: the full model's claim vectors (``embeddings.Embedder``'s cache, kept here).

Crash safety: WAL mode, and every batch of extracted articles is written in one transaction, so a
process killed during ``add`` leaves all of a batch or none of it. The parts a pass replaces are
rewritten in one transaction; an article with no current profile (a run killed before that) is
taken up by the next ``add``.

The documents are pickles: open only stores you (or your own tools) wrote, as with any pickle.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import pickle
import sqlite3
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np

from . import events, matching, persons
from . import vectors as static_table
from .doc import Article, SourceMeta
from .embeddings import Progress
from .errors import Messages, Skipped, StoreError
from .load import article_id, expand_paths, read_article
from .matching.info import KeyedClaim, keyed_claim, windows_meet
from .matching.neighbours import nearest_columns
from .pipeline import Corpus, CorpusContext, corpus_stages, process_article
from .settings import DEFAULT, Settings

SCHEMA_VERSION = 5
# Articles extracted before each write: a killed run loses at most one batch of extraction work
# (a few, when chunk passes run beside extraction: the batches queued for the workers); larger
# batches commit (and sync the disk) less often but hold more documents in memory.
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


def _schema_v3(db: sqlite3.Connection) -> None:
    # the corpus pass kept in independent parts (see the module's docstring) instead of one snapshot
    for statement in (
        "DROP TABLE snapshot",
        "CREATE TABLE parts (id INTEGER PRIMARY KEY, result BLOB NOT NULL)",
        """CREATE TABLE profiles (
               article_id TEXT PRIMARY KEY,
               part INTEGER NOT NULL,
               current INTEGER NOT NULL,
               language TEXT NOT NULL,
               window BLOB NOT NULL,
               vector BLOB NOT NULL,
               counts BLOB NOT NULL)""",
        "CREATE INDEX profiles_part ON profiles (part)",
        "ALTER TABLE events ADD COLUMN part INTEGER NOT NULL DEFAULT 0",
    ):
        db.execute(statement)


def _schema_v4(db: sqlite3.Connection) -> None:
    # each article's claims as matching keyed them (``matching.info.KeyedClaim``), so that a pass
    # over a stored part does not key them again; NULL (a store of version 3): keyed on the next pass
    db.execute("ALTER TABLE profiles ADD COLUMN keys BLOB")


def _schema_v5(db: sqlite3.Connection) -> None:
    # each article's counts (``ArticleCounts``) keep what ``persons.unify_names`` takes of the
    # names it uses besides their number (which article, which titles: a misspelt name is read
    # as another on that evidence); the counts of a store of version 4 lack it, so its profiles
    # are no longer current: the next ``add`` passes over every article again (until then the
    # corpus is run from the stored documents)
    db.execute("UPDATE profiles SET current = 0")


# version -> the step that brings a store of the version before it to that version
MIGRATIONS = {1: _schema_v1, 2: _schema_v2, 3: _schema_v3, 4: _schema_v4, 5: _schema_v5}


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
    yield from submit_in_order(jobs, settings, pool, workers)


def submit_in_order(jobs: list[tuple], settings: Settings, pool: ProcessPoolExecutor | None,
                    workers: int = 1) -> Iterator[Extracted]:
    """As ``extract_in_order``, but the pool starts on ``jobs`` now (this process may do other
    work meanwhile); without a pool, each is extracted as the iterator is read."""
    work = _Extractor(settings)
    if pool is None:
        return map(work, jobs)
    # a few chunks a worker: small enough to balance, large enough to keep the pipes quiet
    chunk = max(1, len(jobs) // (4 * workers))
    return pool.map(work, jobs, chunksize=chunk)


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
        self._docs: dict[str, Article] = {}  # the documents one corpus pass has read
        self._keyed: dict[str, KeyedClaim] = {}  # claim id -> its key, as one corpus pass has them
        self._looked_up: set[str] = set()  # the articles whose stored keys are in _keyed
        # article id -> (its claims' ClaimInfos, its window) as one corpus pass prepared them with
        # the names of people _prepared_names: what _linked_parts prepared, the pass takes again
        self._prepared: dict[str, tuple[list, object]] = {}
        self._prepared_names: dict[str, str] | None = None
        self._profiled: dict[str, events.ArticleProfile] = {}  # their events profiles, likewise
        # the counts of every article with a current profile, summed once and then kept up to
        # date by each pass's writes (None: to be summed again)
        self._total: ArticleCounts | None = None
        self._adding = False  # within ``add``: nothing else writes to the store meanwhile
        self._order: list[str] | None = None  # ``_ordered_ids`` during ``add``, until a batch is written
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
        self._adding = True
        try:
            return self._add(paths, jobs, batch, progress or _no_progress, corpus_pass)
        finally:
            self._adding, self._order, self._total = False, None, None

    def _add(self, paths, jobs: int, batch: int, progress: Progress, corpus_pass: bool) -> AddResult:
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
        # a pass taken a chunk at a time runs while the workers extract the next articles (the
        # chunks are the same: the articles are extracted in corpus order), so that the corpus
        # stages, one process, do not leave the other cores idle after extraction
        # (not when stored articles are extracted again: a pass could take one's old document)
        chunked = (corpus_pass and len(todo) > 0 and not stale and not result.changed
                   and self._chunked(len(self._ordered_ids()) + result.new))
        if chunked:
            todo.sort(key=lambda t: (Path(t[0]).parts, t[1]))
            self._clear_other_settings()
        pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(todo) > 1 else None
        # batches handed to the workers before the one being written: enough to keep them busy
        # through a chunk's pass
        ahead = -(-self.settings.store_chunk // batch) + 1 if chunked else 1
        try:
            done = 0
            queued: deque = deque()
            for k in range(0, len(todo), batch):
                chunk = todo[k:k + batch]
                queued.append((chunk, submit_in_order([(aid, display, text, meta)
                                                       for _s, aid, display, text, meta in chunk],
                                                      self.settings, pool, jobs)))
                if len(queued) < ahead and k + batch < len(todo):
                    continue
                while queued and (len(queued) >= ahead or k + batch >= len(todo)):
                    chunk, docs = queued.popleft()
                    self._write_batch(chunk, list(docs), fingerprint, result.skipped)
                    done += len(chunk)
                    progress("reading articles", done, len(todo))
                    if chunked:
                        result.corpus = self._chunk_passes(progress, whole=False) or result.corpus
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        if chunked:
            result.corpus = self._chunk_passes(progress, whole=True) or result.corpus
        elif corpus_pass and not self._parts_current(self.settings):
            result.corpus = self._corpus_pass(progress)
        return result

    def _write_batch(self, chunk, docs: list[Extracted], fingerprint: str, skipped: list[Skipped]) -> None:
        added = datetime.now(timezone.utc).isoformat(timespec="seconds")
        # new articles change the corpus order; a changed article's profile is no longer current
        # (the store's total counts, which sum the current ones, are then to be summed again)
        self._order = None
        with self._transaction():
            for (source, aid, display, text, _meta), d in zip(chunk, docs):
                packed = zlib.compress(text.encode("utf-8"), ZLIB_LEVEL)
                row = (d.path, text_hash(text), d.n_claims, d.language, d.outlet, d.published, packed, d.doc)
                cur = self.db.execute("UPDATE articles SET path = ?, sha256 = ?, n_claims = ?, language = ?, "
                                      "outlet = ?, published = ?, text = ?, doc = ? WHERE source = ?",
                                      row + (source,))
                # its part of the last corpus pass is to be run again
                if self.db.execute("UPDATE profiles SET current = 0 WHERE article_id = ? AND current = 1",
                                   (aid,)).rowcount:
                    self._total = None
                if cur.rowcount == 0:
                    self.db.execute("INSERT INTO articles (id, source, added, path, sha256, n_claims, language, "
                                    "outlet, published, text, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    (aid, source, added) + row)
                if not d.n_claims:
                    skipped.append(Skipped(display, "P007", Messages.P007))
            self._set_meta("extractor", fingerprint)
            self._set_meta("generation", str(int(self._meta("generation", "0")) + 1))

    # --- the corpus pass, in parts

    def _parts_current(self, settings: Settings) -> bool:
        """Is every article with claims in a part of the last pass, made with these settings?"""
        if self._meta("parts_settings") != _settings_key(settings):
            return False
        stale = self.db.execute(
            "SELECT COUNT(*) FROM articles a LEFT JOIN profiles p ON p.article_id = a.id "
            "WHERE (a.n_claims > 0 AND COALESCE(p.current, 0) = 0) OR (a.n_claims = 0 AND p.article_id IS NOT NULL)"
        ).fetchone()[0]
        return stale == 0

    def _full_due(self, n_articles: int) -> bool:
        """Is a full pass due over a store of ``n_articles`` (with claims): no part yet, parts of
        other settings, or grown by ``Settings.store_full_pass_growth`` since the last one?"""
        last_full = int(self._meta("full_pass_articles", "0"))
        return (self._meta("parts_settings") != _settings_key(self.settings) or not last_full
                or self.db.execute("SELECT 1 FROM profiles WHERE current = 1 LIMIT 1").fetchone() is None
                or n_articles > self.settings.store_full_pass_growth * last_full)

    def _chunked(self, n_articles: int) -> bool:
        """Is the pass due over a store of ``n_articles`` taken ``store_chunk`` new articles at a
        time: a full pass due, but the store above ``store_full_pass_max``?"""
        return n_articles > self.settings.store_full_pass_max and self._full_due(n_articles)

    def _clear_other_settings(self) -> None:
        """Drop the parts made with other settings (every article is then pending)."""
        if self._meta("parts_settings") not in ("", _settings_key(self.settings)):
            with self._transaction():
                for table in ("parts", "profiles", "events", "placements"):
                    self.db.execute(f"DELETE FROM {table}")
            self._total = None

    def _corpus_pass(self, progress: Progress) -> Corpus:
        """The corpus stages over the new and changed articles and the parts they touch, kept as
        parts: over every article when there is no part yet or the store has grown by
        ``Settings.store_full_pass_growth`` since the last full pass, unless the store holds more
        than ``store_full_pass_max`` articles; then the new articles are taken ``store_chunk`` at a
        time."""
        ids = self._ordered_ids()
        if not self._chunked(len(ids)):
            rows = dict(self.db.execute("SELECT article_id, current FROM profiles"))
            return self._pass([a for a in ids if not rows.get(a, 0)], self._full_due(len(ids)), progress)
        self._clear_other_settings()
        return self._chunk_passes(progress, whole=True)

    def _chunk_passes(self, progress: Progress, whole: bool) -> Corpus | None:
        """Passes over the articles not yet in a part, ``store_chunk`` at a time in corpus order:
        while a whole chunk of them is stored; with ``whole``, the rest too (then the store counts
        as fully passed). The last pass's corpus, if one ran."""
        chunk = self.settings.store_chunk
        waiting = self.db.execute("SELECT COUNT(*) FROM articles a WHERE n_claims > 0 AND NOT EXISTS "
                                  "(SELECT 1 FROM profiles p WHERE p.article_id = a.id AND p.current = 1)").fetchone()[0]
        if not whole and waiting < chunk:
            return None  # read before the corpus order, which is sorted again after each batch
        ids = self._ordered_ids()
        current = {aid for (aid,) in self.db.execute("SELECT article_id FROM profiles WHERE current = 1")}
        pending = [a for a in ids if a not in current]
        corpus = None
        while len(pending) >= chunk or (whole and pending):
            # a chunk takes the next free name for an event named like a stored one: as the store
            # fills up, most new events have a stored namesake (the same date and place), and
            # running the chunk again with the namesake's part would double what it reruns
            corpus = self._pass(pending[:chunk], False, progress, rename=True)
            pending = pending[chunk:]
        if whole:
            with self._transaction():
                self._set_meta("full_pass_articles", str(len(ids)))
        return corpus

    def _pass(self, pending: list[str], full: bool, progress: Progress, rename: bool = False) -> Corpus:
        """One corpus pass: over every article (``full``), or over ``pending`` and the parts they
        touch. An event it names like a stored event of another part ("event:DATE:PLACE", the
        "~2" of a second) is named as one pass over both would name them, the pass run again with
        that part; with ``rename``, it takes the next name the store has free instead. A stored
        part whose articles use a name of a person that the store's names now read another way
        (the new articles' names weighed in) is run again with the pass (not with ``rename``:
        chunks leave it as it is)."""
        self._docs, self._keyed, self._looked_up = {}, {}, set()
        self._prepared, self._prepared_names, self._profiled = {}, None, {}
        ids = self._ordered_ids()
        position = {aid: k for k, aid in enumerate(ids)}
        rows = {aid: (part, current) for aid, part, current in
                self.db.execute("SELECT article_id, part, current FROM profiles")}
        members: dict[int, set[str]] = defaultdict(set)
        for aid, (part, _current) in rows.items():
            members[part].add(aid)
        if full:
            live = set(ids)
        else:
            # the parts of changed articles, and of articles gone from the store's claims
            dirty = {part for aid, (part, current) in rows.items() if not current or aid not in position}
            live = set(pending).union(*(members[p] for p in dirty))
            live |= set().union(*(members[p] for p in self._linked_parts(pending, live, position, rows)))
        while True:
            live = {a for a in live if a in position}
            chosen = sorted(live, key=position.__getitem__)
            # an event named like an event of another part ("~2"): both are named in one pass,
            # so the pass starts again with that part, as soon as the events are known; so it does
            # with the parts whose articles use a name of a person now read another way (a
            # misspelt name, a short form), as soon as the names are known
            own = None if full else {rows[a][0] for a in live if a in rows}
            context = _StoreContext(self, live, inject=not full, own_parts=own, rename=rename)
            try:
                corpus = corpus_stages(self.articles(chosen, self._docs), [], self.settings, progress, context)
            except _MoreParts as clash:
                live |= set().union(*(members[p] for p in clash.parts))
                continue
            break
        old_parts = {rows[a][0] for a in rows if a in live or a not in position}
        self._write_parts(corpus, context, old_parts, full)
        self._docs, self._keyed, self._looked_up = {}, {}, set()
        self._prepared, self._prepared_names, self._profiled = {}, None, {}
        # the static table's vectors of every claim text this process embedded (``vectors.embed``
        # keeps them for its lifetime): a pass's own are needed no more, and over the chunks of
        # a large store they would grow with it (about 1 KB a claim)
        static_table._cache.clear()
        return corpus

    def _linked_parts(self, pending: list[str], live: set[str], position: dict, rows: dict) -> set[int]:
        """The parts of stored articles that a new article links to as events.assign_events
        would: among its ``settings.event_neighbours`` nearest stored articles in each language, those whose
        link probability reaches ``settings.event_link_threshold``."""
        stored = [(aid, part) for aid, (part, current) in rows.items() if current and aid not in live]
        if not stored or not pending:
            return set()
        stored.sort(key=lambda r: position.get(r[0], len(position)))
        vecs, wins, langs = {}, {}, {}
        for aid, v, w, code in self.db.execute("SELECT article_id, vector, window, language FROM profiles WHERE current = 1"):
            vecs[aid], wins[aid], langs[aid] = v, w, code
        V = np.stack([np.frombuffer(vecs[aid], dtype=np.float32) for aid, _p in stored])
        # the new articles' own profiles: a pass of the first stages over them alone
        new_articles = self.articles(pending, self._docs)
        context = _StoreContext(self, set(pending), inject=True)
        infos, windows = context.prepare(new_articles, self.settings, context.person_names(new_articles, self.settings))
        vectors, _kind = matching.base_vectors(infos, self.settings)
        context.statistics(infos, vectors, windows)
        P = np.stack([context.profiles[a].vector for a in pending if a in context.profiles])
        # its nearest in each language, as events.group_articles takes them
        near = nearest_columns(P, V, self.settings.event_neighbours, np.array([langs[aid] for aid, _p in stored]))
        # a pair whose dates cannot meet has no link (``windows_meet``): its article is not read
        pending_windows = [context.profiles[a].window for a in pending if a in context.profiles]
        window_of: dict[str, object] = {}
        meets = [[False] * len(row) for row in near]
        for r, row in enumerate(near):
            for c, j in enumerate(row):
                aid = stored[j][0]
                if aid not in window_of:
                    window_of[aid] = pickle.loads(zlib.decompress(wins[aid]))
                meets[r][c] = windows_meet(pending_windows[r], window_of[aid], self.settings)
        candidates = {stored[j][0] for r, row in enumerate(near) for c, j in enumerate(row) if meets[r][c]}
        if not candidates:
            return set()
        # the link each (new, near) pair has, with the whole store's weights
        both = sorted(set(pending) | candidates, key=position.__getitem__)
        arts = self.articles(both, self._docs)
        context = _StoreContext(self, set(both), inject=True)
        infos, windows = context.prepare(arts, self.settings, context.person_names(arts, self.settings))
        vectors, kind = matching.base_vectors(infos, self.settings)
        token_stats, name_stats = context.statistics(infos, vectors, windows)
        blocks = matching.BlockScorer(infos, vectors, kind, self.settings, token_stats)
        profs = [context.profiles[a] for a in both if a in context.profiles]
        index = {p.article_id: k for k, p in enumerate(profs)}
        links = events.ArticleLinks(profs, infos, blocks, windows, self.settings, name_stats)
        linked = set()
        for r, aid in enumerate(a for a in pending if a in context.profiles):
            for c, j in enumerate(near[r]):
                cand = stored[j][0]
                if cand in linked or cand not in index or not meets[r][c]:
                    continue
                # ``could_reach`` first: most near pairs cannot link whatever claims they
                # share, and their blocks of claim verdicts are then not computed
                threshold = self.settings.event_link_threshold
                if (links.could_reach(index[aid], index[cand], threshold)
                        and links.probability(index[aid], index[cand]) >= threshold):
                    linked.add(cand)
        return {rows[a][0] for a in linked}

    def _rename_clashing(self, found: list, own: set[int]) -> dict[str, str]:
        """Rename the events of ``found`` whose name (date and place) a stored event outside the
        parts ``own`` has: those of that name take, in their order, the first of "NAME",
        "NAME~2", "NAME~3", ... that no such stored event has. Returns old id -> new id."""
        taken: dict[str, set[str]] = defaultdict(set)
        for eid, part in self.db.execute("SELECT id, part FROM events"):
            if part not in own:
                taken[eid.split("~")[0]].add(eid)
        by_base: dict[str, list] = defaultdict(list)
        for e in found:
            by_base[e.id.split("~")[0]].append(e)
        renamed = {}
        for base, evs in by_base.items():
            if not any(e.id in taken.get(base, ()) for e in evs):
                continue
            free = (n for n in (base if k == 1 else f"{base}~{k}" for k in itertools.count(1)) if n not in taken[base])
            for e in sorted(evs, key=lambda e: int(e.id.split("~")[1]) if "~" in e.id else 1):
                name = next(free)
                if name != e.id:
                    renamed[e.id] = name
            for e in evs:
                e.id = renamed.get(e.id, e.id)
        return renamed

    def _clashing_parts(self, found: list, own: set[int]) -> set[int]:
        """Parts outside ``own`` with an event named like one of ``found`` (same date and place)."""
        bases = {e.id.split("~")[0] for e in found}
        out = set()
        for eid, part in self.db.execute("SELECT id, part FROM events"):
            if part not in own and eid.split("~")[0] in bases:
                out.add(part)
        return out

    def _write_parts(self, corpus: Corpus, context: "_StoreContext", old_parts: set[int], full: bool) -> None:
        """Replace the parts the pass ran over with the parts of its result, in one transaction."""
        parts = split_parts(corpus)
        gone = [] if full or self._total is None else self._current_counts(old_parts, [a.id for a in corpus.articles])
        with self._transaction():
            if full:
                for table in ("parts", "profiles", "events", "placements"):
                    self.db.execute(f"DELETE FROM {table}")
            else:
                for chunk in _chunks(sorted(old_parts)):
                    marks = ", ".join("?" * len(chunk))
                    self.db.execute(f"DELETE FROM parts WHERE id IN ({marks})", chunk)
                    self.db.execute(f"DELETE FROM events WHERE part IN ({marks})", chunk)
                    self.db.execute(f"DELETE FROM placements WHERE article_id IN "
                                    f"(SELECT article_id FROM profiles WHERE part IN ({marks}))", chunk)
                    self.db.execute(f"DELETE FROM profiles WHERE part IN ({marks})", chunk)
                for chunk in _chunks([a.id for a in corpus.articles]):
                    marks = ", ".join("?" * len(chunk))
                    self.db.execute(f"DELETE FROM placements WHERE article_id IN ({marks})", chunk)
                    self.db.execute(f"DELETE FROM profiles WHERE article_id IN ({marks})", chunk)
            by_id = {a.id: a for a in corpus.articles}
            for part in parts:
                cur = self.db.execute("INSERT INTO parts (result) VALUES (?)", (_pack(part),))
                pid = cur.lastrowid
                self.db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?)",
                                    [(e.id, e.date.isoformat() if e.date else "", e.place, e.label, pid)
                                     for e in part.events])
                event_of = {a: e.id for e in part.events for a in e.articles}
                rows, placements = [], []
                for aid in part.articles:
                    prof = context.profiles[aid]
                    rows.append((aid, pid, by_id[aid].meta.language, _pack(prof.window),
                                 np.asarray(prof.vector, dtype=np.float32).tobytes(), _pack(context.counts[aid]),
                                 _pack(context.keyed[aid])))
                    published = corpus.published(by_id[aid])[0]
                    placements.append((aid, event_of.get(aid, ""), published.isoformat() if published else ""))
                self.db.executemany("INSERT INTO profiles (article_id, part, current, language, window, vector, "
                                    "counts, keys) VALUES (?, ?, 1, ?, ?, ?, ?, ?)", rows)
                self.db.executemany("INSERT INTO placements VALUES (?, ?, ?)", placements)
            self._set_meta("parts_settings", _settings_key(self.settings))
            self._set_meta("person_names", json.dumps(corpus.person_names, ensure_ascii=False, sort_keys=True))
            self._set_meta("person_name_evidence",
                           json.dumps(corpus.person_name_evidence, ensure_ascii=False, sort_keys=True))
            self._set_meta("events_generation", self._meta("generation", "0"))
            if full:
                self._set_meta("full_pass_articles", str(len(corpus.articles)))
        if full:
            self._total = None
        elif self._total is not None:
            for counts in gone:
                self._total.add(counts, -1)
            for aid in by_id:
                self._total.add(context.counts[aid])

    def _current_counts(self, parts: set[int], ids: list[str]) -> list["ArticleCounts"]:
        """The counts of the current profiles in ``parts`` or of ``ids`` (the rows a pass replaces)."""
        out = {}
        for chunk in _chunks(sorted(parts)):
            out.update(self.db.execute(f"SELECT article_id, counts FROM profiles WHERE current = 1 AND part IN "
                                       f"({', '.join('?' * len(chunk))})", chunk))
        for chunk in _chunks(ids):
            out.update(self.db.execute(f"SELECT article_id, counts FROM profiles WHERE current = 1 AND article_id IN "
                                       f"({', '.join('?' * len(chunk))})", chunk))
        return [pickle.loads(zlib.decompress(blob)) for _aid, blob in sorted(out.items())]

    def _known_keys(self, ids: list[str]) -> dict[str, KeyedClaim]:
        """claim id -> key of the claims of ``ids`` keyed before: in this pass, or by the pass
        that made their current profiles (with these settings: other settings' profiles are
        gone). The dict of this pass: what the caller adds to it is kept until the pass ends."""
        todo = [a for a in ids if a not in self._looked_up]
        self._looked_up.update(todo)
        for chunk in _chunks(todo):
            for (blob,) in self.db.execute(f"SELECT keys FROM profiles WHERE current = 1 AND keys IS NOT NULL "
                                           f"AND article_id IN ({', '.join('?' * len(chunk))})", chunk):
                self._keyed.update(pickle.loads(zlib.decompress(blob)))
        return self._keyed

    def _prepare(self, kept: list[Article], settings: Settings, names: dict[str, str],
                 known: dict[str, KeyedClaim]) -> tuple[list, dict]:
        """``matching.prepare`` over ``kept``, each article prepared once a pass: what prepare
        makes of an article depends on it and the names of people alone (the ``known`` keys
        decide as keying would), so an article prepared before in this pass with the same names
        (``_linked_parts``, then the pass) is taken as it was."""
        if names != self._prepared_names:
            self._prepared, self._prepared_names, self._profiled = {}, dict(names), {}
        todo = [a for a in kept if a.id not in self._prepared]
        if todo:
            infos, windows = matching.prepare(todo, settings, names, known)
            by_article: dict[str, list] = defaultdict(list)
            for info in infos:
                by_article[info.article.id].append(info)
            for a in todo:
                self._prepared[a.id] = (by_article[a.id], windows[a.id])
        return ([info for a in kept for info in self._prepared[a.id][0]],
                {a.id: self._prepared[a.id][1] for a in kept})

    def _profiles(self, infos: list, vectors: np.ndarray, windows: dict) -> list:
        """``events.profiles`` of the articles of ``infos`` (prepared by ``_prepare``), each
        article's made once a pass: a profile depends on the article's claims and their vectors,
        and a static vector on its claim alone (words-only vectors weigh each word by the claims
        run over: made again each time)."""
        if not self.settings.embeddings:
            return events.profiles(infos, vectors, windows, self.settings)
        rows = [k for k, info in enumerate(infos) if info.article.id not in self._profiled]
        if rows:
            for p in events.profiles([infos[k] for k in rows], vectors[rows], windows, self.settings):
                self._profiled[p.article_id] = p
        return [self._profiled[aid] for aid in dict.fromkeys(info.article.id for info in infos)]

    def _base_counts(self, live: set[str]) -> "ArticleCounts":
        """The counts of every article with a current profile outside ``live``, summed: the
        store's total (summed once a pass) less those of ``live``."""
        if self._total is None:
            self._total = ArticleCounts(Counter(), 0, Counter(), Counter(), 0)
            for (blob,) in self.db.execute("SELECT counts FROM profiles WHERE current = 1"):
                self._total.add(pickle.loads(zlib.decompress(blob)))
        out = self._total.copy()
        ids = sorted(live)
        for chunk in _chunks(ids):
            for (blob,) in self.db.execute("SELECT counts FROM profiles WHERE current = 1 AND article_id IN "
                                           f"({', '.join('?' * len(chunk))})", chunk):
                out.add(pickle.loads(zlib.decompress(blob)), -1)
        # a token no other article has is absent, as in a pass over those articles alone
        out.tokens, out.names, out.persons, out.name_titles = +out.tokens, +out.names, +out.persons, +out.name_titles
        return out

    def _ordered_ids(self) -> list[str]:
        """Ids of the articles with claims, in corpus order: by the file each was read from, the
        order a from-scratch run over the same folder reads them (whatever the order of adding).
        Kept during ``add`` until a batch is written: a pass asks for it several times."""
        if self._order is not None:
            return self._order
        rows = self.db.execute("SELECT id, source FROM articles WHERE n_claims > 0").fetchall()
        order = [aid for aid, _src in sorted(rows, key=lambda r: (Path(r[1]).parts, r[0]))]
        if self._adding:
            self._order = order
        return order

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
        wanted = {r[0] for r in self.db.execute(sql, args)}
        return [a for a in self._ordered_ids() if a in wanted]

    def articles(self, ids: list[str] | None = None, cache: dict | None = None) -> list[Article]:
        """The stored documents (with claims), in corpus order: all, or those of ``ids``
        (taken from and kept in ``cache`` when given: one corpus pass reads each once)."""
        order = self._ordered_ids()
        chosen = None if ids is None else set(ids)
        wanted = order if chosen is None else [a for a in order if a in chosen]
        docs = cache if cache is not None else {}
        for chunk in _chunks([a for a in wanted if a not in docs]):
            for aid, text, doc in self.db.execute(
                    f"SELECT id, text, doc FROM articles WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                article = pickle.loads(zlib.decompress(doc))
                article.text = zlib.decompress(text).decode("utf-8")
                docs[aid] = article
        return [docs[a] for a in wanted]

    def corpus(self, ids: list[str] | None = None, settings: Settings | None = None,
               progress: Progress | None = None, fresh: bool = False, lazy: bool = False) -> Corpus:
        """The corpus stages over the stored articles (all, or ``ids``). Over all of them with
        the settings of the last pass, that pass's parts put together (unless ``fresh``); then
        with ``lazy`` its articles are ``StoredArticles``, read a chunk at a time on each pass
        over them (for a writer that goes through them in order, as ``graph.emit_graph``)."""
        self.check_current()
        settings = replace(settings, vector_cache=str(self.path)) if settings else self.settings
        if ids is None and not fresh and self._parts_current(settings):
            return self._assembled(settings, lazy)
        return corpus_stages(self.articles(ids), [], settings, progress or _no_progress)

    def _assembled(self, settings: Settings, lazy: bool = False) -> Corpus:
        """The corpus of the stored parts: every article, and each part's results put in the
        order one pass over every article gives them."""
        parts = [pickle.loads(zlib.decompress(blob)) for (blob,) in self.db.execute("SELECT result FROM parts ORDER BY id")]
        claim_events = _claim_events(parts)
        articles = StoredArticles(self, self._ordered_ids(), claim_events) if lazy else self.articles()
        return join_parts(articles, parts, settings, json.loads(self._meta("person_names", "{}")), claim_events,
                          json.loads(self._meta("person_name_evidence", "{}")))

    def counts(self) -> tuple[int, int]:
        """(articles with claims, events of the last corpus pass)."""
        n = self.db.execute("SELECT COUNT(*) FROM articles WHERE n_claims > 0").fetchone()[0]
        return n, self.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]


@dataclass
class ArticleCounts:
    """What one article adds to the corpus-wide frequencies the corpus stages weigh with: the
    claims naming each matching-key token (``TokenWeights``), its claims, the names its profile
    uses (``events.NameWeights``) and the people it names (``persons.unify_names``: how many
    articles use each name, and what it takes besides of each use, ``persons.NameUse``, kept
    so that an article's can be taken away from a sum again: name -> the articles that use it,
    and (name, title word) -> how many of them give the name that title)."""

    tokens: Counter
    n_claims: int
    names: Counter
    persons: Counter
    n_articles: int = 1
    name_articles: dict = field(default_factory=dict)
    name_titles: Counter = field(default_factory=Counter)

    @classmethod
    def of_names(cls, tokens: Counter, n_claims: int, names: Counter, uses: dict[str, persons.NameUse]
                 ) -> "ArticleCounts":
        """One article's counts, its people as ``persons.article_name_uses`` gives them."""
        return cls(tokens, n_claims, names, Counter(uses.keys()), 1, {n: set(u.articles) for n, u in uses.items()},
                   Counter((n, t) for n, u in uses.items() for t in u.titles))

    def copy(self) -> "ArticleCounts":
        return ArticleCounts(Counter(self.tokens), self.n_claims, Counter(self.names), Counter(self.persons),
                             self.n_articles, {n: set(ids) for n, ids in self.name_articles.items()},
                             Counter(self.name_titles))

    def add(self, other: "ArticleCounts", sign: int = 1) -> None:
        for mine, theirs in ((self.tokens, other.tokens), (self.names, other.names), (self.persons, other.persons),
                             (self.name_titles, other.name_titles)):
            if sign > 0:
                mine.update(theirs)
            else:
                mine.subtract(theirs)
        for name, ids in other.name_articles.items():
            if sign > 0:
                self.name_articles.setdefault(name, set()).update(ids)
            elif self.name_articles.get(name, set()) - ids:
                self.name_articles[name] = self.name_articles[name] - ids
            else:
                self.name_articles.pop(name, None)
        self.n_claims += sign * other.n_claims
        self.n_articles += sign * other.n_articles

    def name_uses(self) -> dict[str, persons.NameUse]:
        """What ``persons.unify_counted_names`` takes besides the counts: name -> its uses."""
        uses = {n: persons.NameUse(set(ids)) for n, ids in self.name_articles.items()}
        for (n, title), k in self.name_titles.items():
            if k > 0 and n in uses:
                uses[n].titles.add(title)
        return uses


class _StoreContext(CorpusContext):
    """The corpus stages over ``live`` articles of a store: with ``inject``, the names of people
    and the frequencies are those of the whole store (the other articles' as their last pass
    counted them); without, those of the articles run over (all of them). Keeps each article's
    profile and counts for the store."""

    def __init__(self, store: Store, live: set[str], inject: bool, own_parts: set[int] | None = None,
                 rename: bool = False):
        self.store = store
        self.live = live
        self.inject = inject
        self.own_parts = own_parts  # the stored parts the pass replaces (None: every part)
        # an event named like a stored one of another part: renamed (True) or run again with it
        self.rename = rename
        self.persons: dict[str, dict[str, persons.NameUse]] = {}  # article id -> its names' uses
        self.profiles: dict = {}
        self.counts: dict[str, ArticleCounts] = {}
        self.keyed: dict[str, list] = defaultdict(list)  # article id -> [(claim id, KeyedClaim)]
        self._base: ArticleCounts | None = None

    def base(self) -> ArticleCounts:
        if self._base is None:
            self._base = self.store._base_counts(self.live)
        return self._base

    def person_names(self, kept: list[Article], settings: Settings = DEFAULT,
                     evidence: dict[str, str] | None = None) -> dict[str, str]:
        self.persons = {a.id: persons.article_name_uses(a) for a in kept}
        if not self.inject:
            return persons.unify_names(kept, evidence, settings)
        base = self.base()
        count = Counter(base.persons)
        uses = base.name_uses()
        for names in self.persons.values():
            for name, use in names.items():
                count[name] += 1
                uses.setdefault(name, persons.NameUse()).update(use)
        mapping = persons.unify_counted_names(count, uses, evidence, settings)
        if self.own_parts is not None and not self.rename:
            self._check_names(mapping, base)
        return mapping

    def _check_names(self, mapping: dict[str, str], base: ArticleCounts) -> None:
        """Raise ``_MoreParts`` with the stored parts outside the pass whose articles use a name
        that ``mapping`` reads otherwise than the store's names did when they were passed over
        (their claims' keys, their events' participants)."""
        before = json.loads(self.store._meta("person_names", "{}"))
        changed = [n for n in base.name_articles if mapping.get(n, n) != before.get(n, n)]
        if not changed:
            return
        ids = sorted(set().union(*(base.name_articles[n] for n in changed)))
        parts = set()
        for chunk in _chunks(ids):
            parts.update(p for (p,) in self.store.db.execute(
                f"SELECT part FROM profiles WHERE current = 1 AND article_id IN ({', '.join('?' * len(chunk))})", chunk))
        parts -= self.own_parts
        if parts:
            raise _MoreParts(parts)

    def prepare(self, kept: list[Article], settings: Settings, names: dict[str, str]) -> tuple:
        """``matching.prepare`` with the keys the store holds, and those of this pass, again."""
        known = self.store._known_keys([a.id for a in kept])
        infos, windows = self.store._prepare(kept, settings, names, known)
        for info in infos:
            known[info.id] = keyed_claim(info)
        return infos, windows

    def statistics(self, infos: list, vectors, windows: dict) -> tuple:
        tokens: dict[str, Counter] = defaultdict(Counter)
        n_claims: Counter = Counter()
        for info in infos:
            self.keyed[info.article.id].append((info.id, keyed_claim(info)))
            tokens[info.article.id].update(set(info.match_key.tokens))
            n_claims[info.article.id] += 1
        profs = self.store._profiles(infos, vectors, windows)
        for p in profs:
            self.profiles[p.article_id] = p
            self.counts[p.article_id] = ArticleCounts.of_names(tokens[p.article_id], n_claims[p.article_id],
                                                               Counter(set(p.names)), self.persons.get(p.article_id, {}))
        if not self.inject:
            return None, None
        base = self.base()
        token_df = Counter(base.tokens)
        name_df = Counter(base.names)
        for c in self.counts.values():
            token_df.update(c.tokens)
            name_df.update(c.names)
        return (token_df, base.n_claims + len(infos)), (name_df, base.n_articles + len(profs))

    def events_assigned(self, found: list, claim_event: dict[str, str]) -> None:
        if self.own_parts is None:
            return
        if self.rename:
            renamed = self.store._rename_clashing(found, self.own_parts)
            if renamed:
                for cid, eid in claim_event.items():
                    claim_event[cid] = renamed.get(eid, eid)
                found.sort(key=lambda e: e.id)
            return
        clash = self.store._clashing_parts(found, self.own_parts)
        if clash:
            raise _MoreParts(clash)


class _MoreParts(Exception):
    """A pass found stored ``parts`` it must run with: one with an event named like one of its
    own, or whose articles use a name of a person the corpus now reads another way."""

    def __init__(self, parts: set[int]):
        super().__init__(parts)
        self.parts = parts


@dataclass
class Part:
    """The corpus pass's results over a set of articles that nothing outside it changes: the
    articles of some events, and of the captions placed in them (``split_parts``)."""

    articles: list[str]
    events: list = field(default_factory=list)
    matches: list = field(default_factory=list)
    clusters: dict = field(default_factory=dict)
    discrepancies: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    derivations: list = field(default_factory=list)
    windows: dict = field(default_factory=dict)
    published_estimates: dict = field(default_factory=dict)
    claim_events: dict = field(default_factory=dict)  # claim id -> (event id, note)


def split_parts(corpus: Corpus) -> list[Part]:
    """The corpus's results in parts: articles joined by an event they are in or that one of
    their claims is placed in (a caption's). Matching, discrepancies and derivations never
    cross events, so nothing links two parts."""
    parent = {a.id: a.id for a in corpus.articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    for ev in corpus.events:
        for a in ev.articles[1:]:
            union(ev.articles[0], a)
    first: dict[str, str] = {}
    article_of: dict[str, str] = {}
    for a in corpus.articles:
        for c in a.claims:
            article_of[c.id] = a.id
            if c.event in first:
                union(first[c.event], a.id)
            else:
                first[c.event] = a.id
    parts: dict[str, Part] = {}
    for a in corpus.articles:
        parts.setdefault(find(a.id), Part([])).articles.append(a.id)
    of_article = {a: parts[find(a)] for a in parent}

    def of_claim(cid: str) -> Part:
        return of_article[article_of[cid]]

    for ev in corpus.events:
        of_article[ev.articles[0] if ev.articles else first[ev.id]].events.append(ev)
    for m in corpus.matches:
        of_claim(m.a).matches.append(m)
    for cid, cluster in corpus.clusters.items():
        of_claim(cid).clusters[cid] = cluster
    for d in corpus.discrepancies:
        of_claim(d.a).discrepancies.append(d)
    for f in corpus.findings:
        of_claim(f.groups[0].claims[0]).findings.append(f)
    for dv in corpus.derivations:
        of_article[dv.later].derivations.append(dv)
    for aid, w in corpus.windows.items():
        if aid in of_article:
            of_article[aid].windows[aid] = w
    for aid, est in corpus.published_estimates.items():
        of_article[aid].published_estimates[aid] = est
    for a in corpus.articles:
        for c in a.claims:
            of_article[a.id].claim_events[c.id] = (c.event, c.event_note)
    return list(parts.values())


# where a discrepancy or finding stands in the order one pass gives them
# (``discrepancy.find_discrepancies``, ``discrepancy.comparisons``): each cluster's comparisons by
# cluster id; then the checks across each event's clusters, one check over every event before the
# next: the lead figures (by event and measure), the lead day, the headlines' tense, the things
# counted, the figures revised and the distances in time (by event); then each pair of claims
# matched but left in two clusters (in the order of the matches); then the flags within articles.
# A finding's id is "finding:" + the comparison's key + ":" + the slot; the event checks' key is
# the event and the check ("event:2025-03-04:paris:day"), a lead figure's the measure instead.
_EVENT_CHECKS = ("", "day", "tense", "counted", "revised", "distance")  # "": a lead figure's measure
_MATCHED_PAIR = len(_EVENT_CHECKS) + 1
_CONTEXT_FLAG, _WEEKDAY_FLAG, _LEAD_FIGURE_FLAG = _MATCHED_PAIR + 1, _MATCHED_PAIR + 2, _MATCHED_PAIR + 3


class StoredArticles(Sequence):
    """A store's documents (``ids``, in that order) as a sequence read a chunk at a time: each
    pass over it unpickles the documents again and keeps none, so that a writer going through
    the corpus in order holds one chunk of documents, not the store. Each claim gets its event
    from ``claim_events`` (claim id -> (event id, note)) as it is read. The articles' texts are
    left out (``text`` is ""): a claim holds its own text and offsets."""

    CHUNK = 256  # documents unpickled at a time

    def __init__(self, store: Store, ids: list[str], claim_events: dict):
        self.store = store
        self.ids = ids
        self.claim_events = claim_events

    def __len__(self) -> int:
        return len(self.ids)

    def claim_count(self) -> int:
        """The claims of these articles (from the store's rows, no document read)."""
        n = 0
        for chunk in _chunks(self.ids):
            n += self.store.db.execute(f"SELECT COALESCE(SUM(n_claims), 0) FROM articles WHERE id IN "
                                       f"({', '.join('?' * len(chunk))})", chunk).fetchone()[0]
        return n

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self._read([aid])[0] for aid in self.ids[k]]
        return self._read([self.ids[k]])[0]

    def __iter__(self) -> Iterator[Article]:
        for chunk in _chunks(self.ids, self.CHUNK):
            yield from self._read(chunk)

    def _read(self, ids: list[str]) -> list[Article]:
        docs = {}
        for aid, doc in self.store.db.execute(
                f"SELECT id, doc FROM articles WHERE id IN ({', '.join('?' * len(ids))})", ids):
            article = pickle.loads(zlib.decompress(doc))
            for c in article.claims:
                c.event, c.event_note = self.claim_events.get(c.id, ("", ""))
            docs[aid] = article
        return [docs[a] for a in ids]


def _claim_events(parts: list[Part]) -> dict:
    claim_events: dict = {}
    for p in parts:
        claim_events.update(p.claim_events)
    return claim_events


def join_parts(articles: Sequence[Article], parts: list[Part], settings: Settings, person_names: dict,
               claim_events: dict | None = None, person_name_evidence: dict | None = None) -> Corpus:
    """One corpus from ``articles`` (in corpus order) and the parts of their corpus pass: what
    one pass over every article gives when each part was computed with the same figures
    (``claim_events``: the parts' claim events put together, when the caller has them;
    ``person_names`` and ``person_name_evidence``: the corpus's names of people, and why a
    name was read as another)."""
    corpus = Corpus(articles, [], settings=settings, person_names=person_names,
                    person_name_evidence=dict(person_name_evidence or {}))
    claim_events = _claim_events(parts) if claim_events is None else claim_events
    for p in parts:
        corpus.clusters.update(p.clusters)
        corpus.published_estimates.update(p.published_estimates)
    ids = articles.ids if isinstance(articles, StoredArticles) else [a.id for a in articles]
    position = {aid: k for k, aid in enumerate(ids)}
    windows = {}
    for p in parts:
        windows.update(p.windows)
    for aid in ids:
        if aid in windows:
            corpus.windows[aid] = windows[aid]
    # the article of each claim a flag is ordered by (one pass over the articles)
    flagged = {d.a for p in parts for d in p.discrepancies}
    article_of = {}
    for a in articles:
        for c in a.claims:
            c.event, c.event_note = claim_events.get(c.id, ("", ""))
            if c.id in flagged:
                article_of[c.id] = a.id

    def key(finding: str, claim: str, other: str) -> tuple:
        """The place of the comparison that made ``finding``, one of whose versions is ``claim``
        (and, when it was a matched pair's, ``other`` the other)."""
        event = claim_events[claim][0]
        if event and finding.startswith(f"finding:{event}:"):
            check = finding[len(f"finding:{event}:"):].split(":", 1)[0]
            if check in _EVENT_CHECKS[1:]:
                return (1 + _EVENT_CHECKS.index(check), event)
            return (1, event, check)
        for x, y in ((claim, other), (other, claim)):
            if finding.startswith(f"finding:{x}~{y}:"):
                return (_MATCHED_PAIR, x, y)
        return (0, corpus.clusters.get(claim, claim))

    def flag_key(d) -> tuple:
        if d.finding:
            return key(d.finding, d.a, d.b)
        if "caption_event" in d.evidence:
            phase = _CONTEXT_FLAG
        elif d.a == d.b:
            phase = _WEEKDAY_FLAG
        else:
            phase = _LEAD_FIGURE_FLAG
        return (phase, position[article_of[d.a]])

    corpus.events = sorted((e for p in parts for e in p.events), key=lambda e: e.id)
    corpus.matches = sorted((m for p in parts for m in p.matches), key=lambda m: (m.a, m.b))
    corpus.discrepancies = sorted((d for p in parts for d in p.discrepancies), key=flag_key)
    corpus.findings = sorted((f for p in parts for f in p.findings),
                             key=lambda f: key(f.id, f.groups[0].claims[0], f.groups[-1].claims[0]))
    corpus.derivations = sorted((d for p in parts for d in p.derivations), key=lambda d: (d.later, d.earlier))
    return corpus


def _pack(obj) -> bytes:
    return zlib.compress(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL), ZLIB_LEVEL)


def _chunks(items: list, size: int = 500) -> Iterator[list]:
    """SQLite takes at most so many parameters in one statement."""
    for k in range(0, len(items), size):
        yield items[k:k + size]


def _settings_key(settings: Settings) -> str:
    """The settings a corpus pass depends on (not where the vectors are cached, nor when the
    store runs a full pass)."""
    return repr(replace(settings, vector_cache="", store_full_pass_growth=DEFAULT.store_full_pass_growth,
                        store_full_pass_max=DEFAULT.store_full_pass_max, store_chunk=DEFAULT.store_chunk))


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
