"""Order: the longest chain of matched pairs that runs forward in both articles (LIS)."""
from __future__ import annotations

import bisect


def longest_in_order(pairs: list[tuple[int, int]]) -> int:
    """Length of the longest chain of (x, y) pairs increasing in both, O(n log n)."""
    best: list[int] = []
    # equal x must not chain: sort y descending within one x
    for _x, y in sorted(pairs, key=lambda p: (p[0], -p[1])):
        k = bisect.bisect_left(best, y)
        if k == len(best):
            best.append(y)
        else:
            best[k] = y
    return len(best)
