"""Atomic claims: one checkable fact each, with exact offsets.

A sentence becomes one claim, or several when it joins facts that can be
checked apart. The splitter works on words with offsets and never cuts
inside a quotation or parentheses. It cuts:

- before a non-restrictive relative clause (", yang ...", ", which ...",
  "di mana ..."): the clause becomes its own claim; when the main clause
  goes on after it, the clause is a *hole* in the main claim's span and the
  main claim's text leaves it out;
- at a coordinator ("dan", "serta", "namun", "and", "but") that joins two
  clauses: the right side opens a predicate (a verb by its shape, an
  auxiliary, or a subject followed by a verb) and the left has its own
  predicate. "Tiongkok dan Rusia" (two names) is never cut;
- at a dash that sets off an appositive ("... 'akar penyebabnya' — istilah
  yang ..."), or around a pair of dashes;
- before a participial clause after a comma (", menjadikan ...",
  ", didampingi oleh ...", ", saying ...");
- before a temporal clause that carries its own fact ("beberapa jam setelah
  Donald Trump dilantik", "hours after ...").

Each side must keep at least ``MIN_CLAUSE_WORDS`` words, so a split never
leaves a fragment. The headline and photo captions are claims too.

Adds ``Article.claims`` (and the ``claims`` layer).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .settings import DEFAULT, Settings
from .doc import Article, Claim, Span
from .lang import Language, language

MIN_CLAUSE_WORDS = 3  # a shorter side is a fragment, not a claim
MIN_RELATIVE_WORDS = 4  # a shorter relative clause is a modifier ("yang baru")
MIN_PARTICIPIAL_LEFT = 5
QUOTED_SHARE = 0.5  # a claim this much inside quotation marks is a quote

_TOKEN = re.compile(r"[^\s\u00a0]+")
_EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?—–-…"
# Spaces before the dash are read from the first space of their run, whole: tried from every
# space of a long run, each try reading the rest of the run, the search was quadratic.
_DASH_RX = re.compile(r"(?<![\s\u00a0])[\s\u00a0]++(?:—|–|-{1,2})[\s\u00a0]+")


@dataclass
class Token:
    start: int
    end: int
    text: str

    @property
    def word(self) -> str:
        return self.text.strip(_EDGE_PUNCT)

    @property
    def folded(self) -> str:
        return self.word.casefold()


@dataclass
class Piece:
    """A stretch of a sentence that will become a claim."""

    start: int
    end: int
    kind: str = "main"  # main | relative | coordinate | appositive | participial | temporal
    holes: list[tuple[int, int]] = field(default_factory=list)
    context: str = ""  # the head a split-off clause depends on


def tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


class Protected:
    """Stretches no cut may fall strictly inside (quotations, parentheses), merged and sorted
    once per article: asking about a position is a binary search, not a scan of every
    quotation before it (which made a long article's cost grow with its square)."""

    def __init__(self, spans):
        merged: list[list[int]] = []  # [lo, hi]: the positions lo..hi are inside
        for s, e in sorted(spans):
            lo, hi = s + 1, e - 1
            if hi < lo:
                continue
            if merged and lo <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self._lo = [m[0] for m in merged]
        self._hi = [m[1] for m in merged]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._lo, pos) - 1
        return k >= 0 and pos <= self._hi[k]


def _protected(pos: int, spans: Protected) -> bool:
    return pos in spans


def _outside_holes(toks: list[Token], holes) -> list[Token]:
    """The tokens (sorted) that start outside every hole: one sweep over the sorted holes."""
    out, k = [], 0
    hs = sorted(holes)
    reach = -1  # the furthest hole end among the holes that start at or before the token
    for t in toks:
        while k < len(hs) and hs[k][0] <= t.start:
            reach = max(reach, hs[k][1])
            k += 1
        if t.start >= reach:
            out.append(t)
    return out


def _words(toks: list[Token], start: int, end: int, holes=()) -> list[Token]:
    """The tokens within ``start:end`` that start outside the holes (tokens are sorted and
    do not overlap, so both bounds are binary searches)."""
    ws = toks[bisect_left(toks, start, key=_token_start):bisect_right(toks, end, key=_token_end)]
    return _outside_holes(ws, holes) if holes else ws


def _count_words(toks: list[Token], start: int, end: int) -> int:
    """len(_words(toks, start, end)) without building the list."""
    return max(0, bisect_right(toks, end, key=_token_end) - bisect_left(toks, start, key=_token_start))


def _token_start(t: Token) -> int:
    return t.start


def _token_end(t: Token) -> int:
    return t.end


def _verbs_before(toks: list[Token], lang: Language, from_index: int = 0) -> list[bool]:
    """out[i] is ``_has_predicate(toks[:i], lang, from_index)``, for every i, in one pass."""
    out, seen = [False], False
    for k, t in enumerate(toks):
        if k >= from_index and not seen and t.word and lang.is_verb(t.folded):
            seen = True
        out.append(seen)
    return out


def _has_predicate(toks: list[Token], lang: Language, from_index: int = 0) -> bool:
    return any(lang.is_verb(t.folded) for t in toks[from_index:] if t.word)


def _opens_clause(toks: list[Token], lang: Language) -> bool:
    """Does this word sequence open a clause (a predicate, or a subject and then a predicate)?"""
    if not toks:
        return False
    first = toks[0]
    w = first.folded
    if lang.is_verb(w) or w in lang.auxiliaries:
        return True
    if w in lang.subjects or first.word[:1].isupper():
        return any(lang.is_verb(t.folded) or t.folded in lang.auxiliaries for t in toks[1:5])
    # a quoted or adverbial opening: '"secara tegas" menentang ...', 'dengan tegas melawan ...'
    if first.text[:1] in "\"'“‘" or w in _ADVERB_OPENERS:
        return any(lang.is_verb(t.folded) for t in toks[1:3])
    return False


_ADVERB_OPENERS = {"secara", "dengan", "terus", "segera", "bersama-sama", "firmly", "jointly", "also", "then"}


@lru_cache(maxsize=None)
def _temporal_regex(code: str) -> re.Pattern:
    lang = language(code)
    qty = "|".join(re.escape(q) for q in sorted(lang.distance_quantities, key=len, reverse=True)) or "(?!x)x"
    units = "|".join(re.escape(u) for u in sorted(lang.distance_units, key=len, reverse=True))
    heads = "|".join(re.escape(h) for h in lang.temporal_heads)
    fused = "|".join(re.escape(f) for f in lang.distance_fused) or "(?!x)x"
    mods = r"(?:(?:kurang|lebih)\s+dari\s+|sekitar\s+|hanya\s+|(?:less|more)\s+than\s+|about\s+|just\s+|only\s+)?"
    return re.compile(
        rf"(?<![\w])(?:,[\s\u00a0]*)?{mods}(?:(?:(?:{qty}|\d+)[\s\u00a0]+(?:{units}))|(?:{fused}))[\s\u00a0]+(?:{heads})(?![\w])",
        re.IGNORECASE)


def split_sentence(text: str, start: int, end: int, lang: Language, protected) -> list[Piece]:
    """Cut one sentence into atomic pieces (see the module's docstring). ``protected``: the
    article's ``Protected`` stretches (or a list of (start, end) pairs)."""
    if not isinstance(protected, Protected):
        protected = Protected(protected)
    toks = tokens(text, start, end)
    if len(toks) < 2 * MIN_CLAUSE_WORDS:
        return [Piece(start, end)]
    pieces = _split_relatives(text, start, end, toks, lang, protected)
    out: list[Piece] = []
    for p in pieces:
        out.extend(_split_flat(text, p, toks, lang, protected))
    return [_trim(text, p) for p in out if _words(toks, p.start, p.end, p.holes)]


def _split_relatives(text, start, end, toks, lang, protected) -> list[Piece]:
    """Relative clauses after a comma (", yang ...") and "di mana" clauses become pieces of their own."""
    markers = []
    folded = [t.folded for t in toks]  # each token folded once, not once per relative word
    for rel in lang.relatives:
        parts = rel.split()
        for i, t in enumerate(toks):
            if i == 0 or folded[i] != parts[0] or _protected(t.start, protected):
                continue
            if folded[i:i + len(parts)] != parts or toks[i].text[:1] in "\"'“‘":
                continue
            comma = toks[i - 1].text.endswith(",")
            if not comma and rel not in ("di mana", "dimana", "where"):
                continue
            markers.append((i, len(parts)))
    markers.sort()
    main = Piece(start, end)
    pieces = [main]
    consumed_until = -1
    next_comma = _next_comma(toks, protected) if markers else []
    # running counts of verbs and numbers: whether a clause has one is a subtraction, not
    # a scan of the clause (which, for clauses that run to the sentence's end, was quadratic)
    verbs = _running_count(toks, lambda t: bool(t.word) and lang.is_verb(t.folded)) if markers else []
    numbers = _running_count(toks, lambda t: t.word.isdigit()) if markers else []
    for i, n in markers:
        if toks[i].start < consumed_until:
            continue
        body_first = i + n
        # the clause ends at the next unprotected comma, or with the sentence
        stop = next_comma[body_first] if body_first < len(toks) else None
        last = stop if stop is not None else len(toks) - 1
        n_clause = last + 1 - body_first
        if n_clause < MIN_RELATIVE_WORDS or not (verbs[last + 1] > verbs[body_first]
                                                 or numbers[last + 1] > numbers[body_first]):
            continue
        first = _first_word(toks, start, toks[i].start, main.holes)
        if first is None:
            continue
        clause_start = toks[body_first].start
        clause_end = toks[last].end
        head = text[_head_window_start(toks, first, i):toks[i - 1].end].rstrip(",")
        rel = Piece(clause_start, clause_end, "relative", context=_head_phrase(head))
        if stop is None:
            # final relative: the main clause ends before the comma (or the marker)
            main.end = toks[i - 1].end
        else:
            # embedded: a hole in the main clause, which goes on after it
            main.holes.append((toks[i - 1].end - 1 if toks[i - 1].text.endswith(",") else toks[i].start, toks[last].end))
        pieces.append(rel)
        consumed_until = clause_end
    return pieces


def _running_count(toks: list[Token], test) -> list[int]:
    """out[i]: how many of toks[:i] pass the test."""
    out, n = [0], 0
    for t in toks:
        n += bool(test(t))
        out.append(n)
    return out


def _next_comma(toks: list[Token], protected: Protected) -> list[int | None]:
    """For each token index, the first token from there on that ends with an unprotected
    comma and is not the last token (where a relative clause stops), in one backward pass."""
    out: list[int | None] = [None] * len(toks)
    nxt = None
    for j in range(len(toks) - 1, -1, -1):
        if toks[j].text.endswith(",") and not _protected(toks[j].end - 1, protected) and j + 1 < len(toks):
            nxt = j
        out[j] = nxt
    return out


def _first_word(toks: list[Token], start: int, end: int, holes) -> int | None:
    """Index of the first token within ``start:end`` that starts outside the holes (sorted
    by start), or None; reads only the holes that start before that token."""
    k = bisect_left(toks, start, key=_token_start)
    for hs, he in holes:
        if k >= len(toks) or hs > toks[k].start:
            break
        if toks[k].start < he:
            k = bisect_left(toks, he, key=_token_start)
    return k if k < len(toks) and toks[k].end <= end else None


_HEAD_COORDINATORS = ("dan", "serta", "and", "atau", "or")
_HEAD_WINDOW = 8  # more tokens than _head_phrase keeps words


def _head_window_start(toks: list[Token], first: int, i: int) -> int:
    """Where the text ``_head_phrase`` needs before the marker at ``i`` starts: back to the
    last comma, semicolon or colon, or far enough back that a non-coordinator opens the
    window (then the phrase is the same as from the sentence's start), so that each
    relative clause reads a few words, not the whole sentence before it."""
    j = i - 1
    while j > first:
        t = toks[j].text.rstrip(",") if j == i - 1 else toks[j].text
        if re.search(r"[,;:]", t):
            break
        words = t.split()
        if i - j >= _HEAD_WINDOW and words and words[0].casefold() not in _HEAD_COORDINATORS:
            break
        j -= 1
    return toks[j].start


def _head_phrase(left: str) -> str:
    """The noun phrase a relative clause hangs on: the words after the last comma before it."""
    tail = re.split(r"[,;:]", left)[-1].strip()
    words = tail.split()
    while words and words[0].casefold() in _HEAD_COORDINATORS:
        words.pop(0)
    return " ".join(words[-6:])


def _split_flat(text: str, piece: Piece, all_toks: list[Token], lang: Language, protected) -> list[Piece]:
    """Coordinators, dashes, participial and temporal clauses within one piece."""
    toks = _words(all_toks, piece.start, piece.end, piece.holes)
    if len(toks) < 2 * MIN_CLAUSE_WORDS:
        return [piece]
    cuts: list[tuple[int, int, str]] = []  # (left_end, right_start, kind)
    coords = set(lang.coordinators)
    temporal = _temporal_regex(lang.code)
    # whether toks[:i] (from its first or second word) has a predicate, for every i: the
    # left side of each candidate cut is a prefix, read once rather than once per cut
    verb_before = _verbs_before(toks, lang)
    verb_before_from_1 = _verbs_before(toks, lang, 1)
    for i, t in enumerate(toks):
        if i < MIN_CLAUSE_WORDS or i > len(toks) - MIN_CLAUSE_WORDS - 1:
            continue
        if _protected(t.start, protected):
            continue
        n_left, n_right = i, len(toks) - i - 1
        # coordinators
        if t.folded in coords and t.text == t.word:
            prev = toks[i - 1]
            nxt = toks[i + 1]
            np_coordination = (prev.word[:1].isupper() and not prev.text.endswith(",")
                               and (nxt.word[:1].isupper() or nxt.folded in lang.subjects))
            # _opens_clause reads at most the first five words of the right side
            if (not np_coordination and _opens_clause(toks[i + 1:i + 6], lang) and verb_before[i]
                    and n_right >= MIN_CLAUSE_WORDS):
                cuts.append((prev.end, nxt.start, "coordinate"))
                continue
        # participial clause after a comma
        if toks[i - 1].text.endswith(",") and not _protected(toks[i - 1].end - 1, protected):
            w = t.folded
            participle = (lang.code == "id" and (re.match(r"^(me|ber)\w{4,}", w) or re.match(r"^di\w{3,}(kan|i)$", w))
                          and lang.is_verb(w)) or (lang.code == "en" and w.endswith("ing") and len(w) > 5
                                                   and w not in lang.non_verbs)
            if (participle and n_left >= MIN_PARTICIPIAL_LEFT and verb_before_from_1[i]
                    and n_right >= MIN_CLAUSE_WORDS - 1):
                cuts.append((toks[i - 1].end - 1, t.start, "participial"))
                continue
    # dashes: one appositive at the end, or a pair around a parenthesis
    in_hole = Protected((hs - 1, he) for hs, he in piece.holes)  # hs <= pos < he
    dashes = [m for m in _DASH_RX.finditer(text, piece.start, piece.end)
              if not _protected(m.start(), protected) and m.start() not in in_hole]
    if len(dashes) == 1:
        m = dashes[0]
        left = _words(toks, piece.start, m.start())
        right = _words(toks, m.end(), piece.end)
        if len(left) >= 4 and len(right) >= 4:
            cuts.append((m.start(), m.end(), "appositive"))
    elif len(dashes) == 2:
        a, b = dashes
        inner = _words(toks, a.end(), b.start())
        if len(inner) >= 4 and len(_words(toks, piece.start, a.start())) >= 1:
            piece.holes.append((a.start(), b.end()))
            rest = _split_flat(text, piece, all_toks, lang, protected)
            return rest + [Piece(a.end(), b.start(), "appositive")]
    # temporal clauses
    for m in temporal.finditer(text, piece.start, piece.end):
        if _protected(m.start(), protected):
            continue
        # toks lie within the piece: the left side is a prefix of them, the right the rest
        n_left = _count_words(toks, piece.start, m.start())
        n_right = _count_words(toks, m.start(), piece.end)
        s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(", \u00a0")))
        if n_left >= MIN_PARTICIPIAL_LEFT and verb_before[n_left] and n_right >= 4 + 1:
            cuts.append((m.start(), s, "temporal"))
    if not cuts:
        return [piece]
    cuts.sort()
    out = []
    cur_start, kind = piece.start, piece.kind
    context = piece.context
    # the holes in order of their starts, to hand each piece its own by binary search
    by_start = sorted(range(len(piece.holes)), key=lambda k: piece.holes[k][0])
    hole_starts = [piece.holes[k][0] for k in by_start]

    def holes_in(a: int, b: int) -> list[tuple[int, int]]:
        ks = by_start[bisect_left(hole_starts, a):bisect_left(hole_starts, b)]
        return [piece.holes[k] for k in sorted(ks)]

    for le, rs, k in cuts:
        if le <= cur_start:
            continue
        if _count_words(toks, cur_start, le) < MIN_CLAUSE_WORDS - (1 if k == "participial" else 0):
            continue
        out.append(Piece(cur_start, le, kind, holes_in(cur_start, le), context))
        cur_start, kind, context = rs, k, ""
    out.append(Piece(cur_start, piece.end, kind, holes_in(cur_start, piece.end), context))
    return out


def _trim(text: str, p: Piece) -> Piece:
    s, e = p.start, p.end
    while s < e and (text[s].isspace() or text[s] in ",;:—–-\u00a0"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-\u00a0"):
        e -= 1
    holes = [(max(s, a), min(e, b)) for a, b in p.holes if a < e and b > s]
    return Piece(s, e, p.kind, holes, p.context)


def claim_text(text: str, start: int, end: int, holes) -> str:
    """The claim as stated: its span less its holes, with spaces tidied."""
    parts, pos = [], start
    for a, b in sorted(holes):
        parts.append(text[pos:a])
        pos = b
    parts.append(text[pos:end])
    out = " ".join(" ".join(parts).split())
    return re.sub(r"\s+([,.;:!?])", r"\1", out)


class QuoteCoverage:
    """How many characters of a stretch stand inside quotation marks (each quote's inner
    span and its marks, counted once per quote that covers them), from a running sum over
    the quotes' edges built once per article: a binary search a question, where summing
    over every quote for every claim made long articles quadratic."""

    def __init__(self, quotes: list[Span]):
        delta: dict[int, int] = {}
        for q in quotes:
            a, b = q.attrs.get("inner", (q.start, q.end))
            if b + 1 > a - 1:
                delta[a - 1] = delta.get(a - 1, 0) + 1
                delta[b + 1] = delta.get(b + 1, 0) - 1
        self._xs = sorted(delta)
        self._depth: list[int] = []  # quotes covering [xs[k], xs[k + 1])
        self._area: list[int] = []  # covered characters before xs[k]
        depth = area = 0
        for k, x in enumerate(self._xs):
            if k:
                area += depth * (x - self._xs[k - 1])
            depth += delta[x]
            self._area.append(area)
            self._depth.append(depth)

    def _before(self, x: int) -> int:
        k = bisect_right(self._xs, x) - 1
        return 0 if k < 0 else self._area[k] + self._depth[k] * (x - self._xs[k])

    def covered(self, start: int, end: int) -> int:
        return self._before(end) - self._before(start)


def quoted_share(start: int, end: int, quotes) -> float:
    """Share of ``start:end`` inside quotation marks; ``quotes``: the quotes layer, or a
    ``QuoteCoverage`` built from it once (callers asking per claim should pass one)."""
    if end <= start:
        return 0.0
    cov = quotes if isinstance(quotes, QuoteCoverage) else QuoteCoverage(quotes)
    return min(1.0, cov.covered(start, end) / (end - start))


def claims(article: Article, settings: Settings = DEFAULT) -> None:
    """Headline, captions and every body sentence, cut into atomic claims."""
    text = article.text
    lang = language(article.meta.language)
    quotes = article.layer("quotes")
    protected = [(q.attrs["inner"][0], q.attrs["inner"][1]) for q in quotes if q.attrs.get("balanced")]
    protected += [(m.start(), m.end()) for m in re.finditer(r"\([^()\n]{0,200}\)", text)]
    protected = Protected(protected)
    coverage = QuoteCoverage(quotes)
    stem = article.id.removeprefix("article:")
    out: list[Claim] = []

    def add(s, e, ctype, holes=(), paragraph=-1, sentence=-1, context="", kind="main"):
        ctext = claim_text(text, s, e, holes)
        if not ctext or not re.search(r"\w", ctext):
            return
        c = Claim(id="", article_id=article.id, start=s, end=e, text=ctext, claim_type=ctype, holes=tuple(holes),
                  paragraph=paragraph, sentence=sentence, context=context, split=kind)
        out.append(c)

    for b in article.layer("blocks"):
        if b.label == "title":
            add(b.start, b.end, "headline")
        elif b.label == "caption":
            add(b.start, b.end, "caption")
    for si, sent in enumerate(article.layer("sentences")):
        for p in split_sentence(text, sent.start, sent.end, lang, protected):
            share = quoted_share(p.start, p.end, coverage)
            ctype = "quote" if share >= QUOTED_SHARE else "statement"
            add(p.start, p.end, ctype, p.holes, sent.attrs.get("paragraph", -1), si, p.context, p.kind)
    out.sort(key=lambda c: (c.start, c.end))
    for i, c in enumerate(out):
        c.id = f"claim:{stem}#c{i:03d}"
    article.claims = out
    article.add("claims", [Span(c.start, c.end, c.claim_type, {"id": c.id}) for c in out])
