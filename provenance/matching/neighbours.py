"""Nearest neighbours by cosine, in blocked matrix products (numpy only).

For n unit vectors, each row's ``k`` best other rows are found a block of
rows at a time, so memory stays at ``block x n`` floats however large the
corpus; ties break by index, so the result is deterministic. Measured here
this is fast enough for tens of thousands of rows; an approximate index
(hnswlib, usearch) would only pay off well beyond that.
"""
from __future__ import annotations

import numpy as np

BLOCK = 1024


def nearest_pairs(V: np.ndarray, k: int, mask_same: np.ndarray | None = None,
                  each: np.ndarray | None = None) -> list[tuple[int, int, float]]:
    """(i, j, cosine) with i < j, for every pair where one is among the other's k nearest.

    ``mask_same``: a group label per row (e.g. the article); rows of one group
    are never paired. ``each``: a label per row (e.g. the language); each row's k
    nearest are taken among the rows of every label apart, so rows that are near
    only within their label (a translation scores below any text in its own
    language) still find their k best of the other label.
    """
    n = V.shape[0]
    if n < 2 or k <= 0:
        return []
    out: dict[tuple[int, int], float] = {}
    for cols in _label_groups(n, each):
        for i, j, sc in _nearest_in(V, cols, k, mask_same):
            out[(i, j) if i < j else (j, i)] = sc
    return sorted((i, j, c) for (i, j), c in out.items())


def nearest_columns(Q: np.ndarray, V: np.ndarray, k: int, each: np.ndarray | None = None) -> list[list[int]]:
    """For each row of ``Q``, the indices of its k nearest rows of ``V`` (by dot product),
    nearest first, ties by index; with ``each`` (a label per row of ``V``), its k nearest
    among the rows of every label apart, label by label."""
    out: list[list[int]] = [[] for _ in range(Q.shape[0])]
    for cols in _label_groups(V.shape[0], each):
        kk = min(k, len(cols))
        if kk <= 0:
            continue
        C = V[cols].T
        for s in range(0, Q.shape[0], BLOCK):
            S = Q[s:s + BLOCK] @ C
            for r, row in enumerate(_top_k(S, kk)):
                order = row[np.lexsort((cols[row], -S[r, row]))]
                out[s + r].extend(int(cols[c]) for c in order)
    return out


def _top_k(S: np.ndarray, k: int) -> np.ndarray:
    """The column positions of each row's k largest scores, in no order (every column when k
    reaches the row's length); 0 < k."""
    if k < S.shape[1]:
        return np.argpartition(-S, k - 1, axis=1)[:, :k]
    return np.broadcast_to(np.arange(S.shape[1]), S.shape)


def _label_groups(n: int, each: np.ndarray | None) -> list[np.ndarray]:
    """The row indices of each label of ``each`` (labels in sorted order), or all n rows as one."""
    if each is None:
        return [np.arange(n)]
    return [np.flatnonzero(each == g) for g in sorted(set(each.tolist()))]


def _nearest_in(V: np.ndarray, cols: np.ndarray, k: int, mask_same: np.ndarray | None) -> list[tuple[int, int, float]]:
    """(i, j, cosine): for every row i, its k nearest rows j among ``cols`` (not itself)."""
    n, m = V.shape[0], len(cols)
    k = min(k, m - 1 if m == n else m)
    if k <= 0:
        return []
    found = []
    C = V[cols].T
    for s in range(0, n, BLOCK):
        S = V[s:s + BLOCK] @ C
        rows = np.arange(s, min(n, s + BLOCK))
        S[rows[:, None] == cols[None, :]] = -np.inf
        if mask_same is not None:
            S[mask_same[rows][:, None] == mask_same[cols][None, :]] = -np.inf
        for r, row in enumerate(_top_k(S, k)):
            for c in row:
                sc = S[r, c]
                if np.isfinite(sc):
                    found.append((s + r, int(cols[c]), float(sc)))
    return found
