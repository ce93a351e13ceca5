"""Words-only claim vectors, for runs without the multilingual model (``--no-embeddings``).

Each claim's matching key (entities by canonical name, paraphrases by
concept, other words stemmed: ``normalize.py``) becomes a TF-IDF vector,
hashed into ``DIM`` dimensions (a stable hash, so the same text always gives
the same vector) and normalised. Across languages only names, numbers and
lexicon concepts meet, so translations match far less often than with the
model; the verdict uses its own weights for this mode
(``claim_match_words`` in ``data/models.toml``).
"""
from __future__ import annotations

import math
import zlib
from collections import Counter

import numpy as np

from .info import ClaimInfo

DIM = 1024


def word_vectors(infos: list[ClaimInfo]) -> np.ndarray:
    df = Counter(t for i in infos for t in set(i.key.tokens))
    n = max(1, len(infos))
    out = np.zeros((len(infos), DIM), dtype=np.float32)
    for k, info in enumerate(infos):
        for t, c in Counter(info.key.tokens).items():
            out[k, zlib.crc32(t.encode("utf-8")) % DIM] += (1 + math.log(c)) * math.log((n + 1) / (df[t] + 0.5))
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms
