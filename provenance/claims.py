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
_DASH_RX = re.compile(r"[\s\u00a0]+(?:—|–|-{1,2})[\s\u00a0]+")


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


def _protected(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < pos < e for s, e in spans)


def _words(toks: list[Token], start: int, end: int, holes=()) -> list[Token]:
    return [t for t in toks if start <= t.start and t.end <= end and not any(hs <= t.start < he for hs, he in holes)]


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


def split_sentence(text: str, start: int, end: int, lang: Language, protected: list[tuple[int, int]]) -> list[Piece]:
    """Cut one sentence into atomic pieces (see the module's docstring)."""
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
    for rel in lang.relatives:
        parts = rel.split()
        for i, t in enumerate(toks):
            if i == 0 or _protected(t.start, protected):
                continue
            if [x.folded for x in toks[i:i + len(parts)]] != parts or toks[i].text[:1] in "\"'“‘":
                continue
            comma = toks[i - 1].text.endswith(",")
            if not comma and rel not in ("di mana", "dimana", "where"):
                continue
            markers.append((i, len(parts)))
    markers.sort()
    main = Piece(start, end)
    pieces = [main]
    consumed_until = -1
    for i, n in markers:
        if toks[i].start < consumed_until:
            continue
        body_first = i + n
        # the clause ends at the next unprotected comma, or with the sentence
        j = body_first
        stop = None
        while j < len(toks):
            if toks[j].text.endswith(",") and not _protected(toks[j].end - 1, protected) and j + 1 < len(toks):
                stop = j
                break
            j += 1
        last = stop if stop is not None else len(toks) - 1
        clause = toks[body_first:last + 1]
        if len(clause) < MIN_RELATIVE_WORDS or not (_has_predicate(clause, lang) or any(c.word.isdigit() for c in clause)):
            continue
        left = _words(toks, start, toks[i].start, main.holes)
        if len(left) < 1:
            continue
        clause_start = toks[body_first].start
        clause_end = toks[last].end
        head = text[left[0].start:toks[i - 1].end].rstrip(",")
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


def _head_phrase(left: str) -> str:
    """The noun phrase a relative clause hangs on: the words after the last comma before it."""
    tail = re.split(r"[,;:]", left)[-1].strip()
    words = tail.split()
    while words and words[0].casefold() in ("dan", "serta", "and", "atau", "or"):
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
    for i, t in enumerate(toks):
        if i < MIN_CLAUSE_WORDS or i > len(toks) - MIN_CLAUSE_WORDS - 1:
            continue
        if _protected(t.start, protected):
            continue
        left, right = toks[:i], toks[i + 1:]
        # coordinators
        if t.folded in coords and t.text == t.word:
            prev = toks[i - 1]
            nxt = right[0]
            np_coordination = (prev.word[:1].isupper() and not prev.text.endswith(",")
                               and (nxt.word[:1].isupper() or nxt.folded in lang.subjects))
            if (not np_coordination and _opens_clause(right, lang) and _has_predicate(left, lang)
                    and len(right) >= MIN_CLAUSE_WORDS):
                cuts.append((prev.end, nxt.start, "coordinate"))
                continue
        # participial clause after a comma
        if toks[i - 1].text.endswith(",") and not _protected(toks[i - 1].end - 1, protected):
            w = t.folded
            participle = (lang.code == "id" and (re.match(r"^(me|ber)\w{4,}", w) or re.match(r"^di\w{3,}(kan|i)$", w))
                          and lang.is_verb(w)) or (lang.code == "en" and w.endswith("ing") and len(w) > 5
                                                   and w not in lang.non_verbs)
            if (participle and len(left) >= MIN_PARTICIPIAL_LEFT and _has_predicate(left, lang, 1)
                    and len(right) >= MIN_CLAUSE_WORDS - 1):
                cuts.append((toks[i - 1].end - 1, t.start, "participial"))
                continue
    # dashes: one appositive at the end, or a pair around a parenthesis
    dashes = [m for m in _DASH_RX.finditer(text, piece.start, piece.end)
              if not _protected(m.start(), protected) and not any(hs <= m.start() < he for hs, he in piece.holes)]
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
        left = _words(toks, piece.start, m.start())
        right = _words(toks, m.start(), piece.end)
        s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(", \u00a0")))
        if len(left) >= MIN_PARTICIPIAL_LEFT and _has_predicate(left, lang) and len(right) >= 4 + 1:
            cuts.append((m.start(), s, "temporal"))
    if not cuts:
        return [piece]
    cuts.sort()
    out = []
    cur_start, kind = piece.start, piece.kind
    context = piece.context
    for le, rs, k in cuts:
        if le <= cur_start:
            continue
        if len(_words(toks, cur_start, le)) < MIN_CLAUSE_WORDS - (1 if k == "participial" else 0):
            continue
        out.append(Piece(cur_start, le, kind, [h for h in piece.holes if cur_start <= h[0] < le], context))
        cur_start, kind, context = rs, k, ""
    out.append(Piece(cur_start, piece.end, kind, [h for h in piece.holes if cur_start <= h[0] < piece.end], context))
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


def quoted_share(start: int, end: int, quotes: list[Span]) -> float:
    if end <= start:
        return 0.0
    covered = 0
    for q in quotes:
        a, b = q.attrs.get("inner", (q.start, q.end))
        covered += max(0, min(end, b + 1) - max(start, a - 1))
    return min(1.0, covered / (end - start))


def claims(article: Article, settings: Settings = DEFAULT) -> None:
    """Headline, captions and every body sentence, cut into atomic claims."""
    text = article.text
    lang = language(article.meta.language)
    quotes = article.layer("quotes")
    protected = [(q.attrs["inner"][0], q.attrs["inner"][1]) for q in quotes if q.attrs.get("balanced")]
    protected += [(m.start(), m.end()) for m in re.finditer(r"\([^()\n]{0,200}\)", text)]
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
            share = quoted_share(p.start, p.end, quotes)
            ctype = "quote" if share >= QUOTED_SHARE else "statement"
            add(p.start, p.end, ctype, p.holes, sent.attrs.get("paragraph", -1), si, p.context, p.kind)
    out.sort(key=lambda c: (c.start, c.end))
    for i, c in enumerate(out):
        c.id = f"claim:{stem}#c{i:03d}"
    article.claims = out
    article.add("claims", [Span(c.start, c.end, c.claim_type, {"id": c.id}) for c in out])
