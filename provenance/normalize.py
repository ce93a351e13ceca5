"""Matching keys: what a claim says, with the wording taken out.

The claim's text stays as written; this module derives the key that matching
and discrepancy detection compare:

- entities by their canonical name ("Tiongkok" -> @china, "Washington" as
  the US government -> @united_states), from ``data/entities.toml`` and the
  people the article names;
- paraphrases by their concept ("berjanji"/"berkomitmen"/"pledged" ->
  ~promise), from ``data/lexicon.toml``, phrases before words;
- other words lower-cased, stop words dropped, and Indonesian affixes
  stripped by a light stemmer (our own: LIBRARIES.md found Sastrawi merging
  "memperdalam" with "dalam" and "menentang" with "tentang", both stop
  words, which hurts more than it helps);
- numbers as values ("1.000" -> 1000, "3,5" -> 3.5, "ke-80" -> 80).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lang import Language, entities, lexicon

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])(?:ke-)?(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "hundred": 100, "thousand": 1000,
}
_ID_PREFIXES = ("memper", "diper", "meng", "meny", "mem", "men", "ber", "ter", "peng", "pem", "pen", "per", "me", "di")
_ID_SUFFIXES = ("kannya", "annya", "nya", "kan", "lah", "kah", "an")
MIN_STEM = 4


@lru_cache(maxsize=65536)
def stem_id(word: str) -> str:
    """A light Indonesian stemmer: reduplication, one suffix, the longest prefix.

    Deliberately conservative: a stem keeps at least four letters, so short
    roots never collide with function words; when the longest matching prefix
    would leave less, the word keeps its prefix ("menjadi" stays whole rather
    than becoming "njadi").
    """
    w = word
    if "-" in w:
        a, _, b = w.partition("-")
        if a == b or b.startswith(a) or a.startswith(b):  # "isu-isu", "sama-sama"
            w = a
    for suf in _ID_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= MIN_STEM + 1:
            w = w[: -len(suf)]
            break
    for pre in _ID_PREFIXES:
        if w.startswith(pre):
            if len(w) - len(pre) >= MIN_STEM:
                w = w[len(pre):]
            break
    return w


@lru_cache(maxsize=65536)
def stem_en(word: str) -> str:
    w = word
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def parse_number(s: str) -> float | None:
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s):
        return float(re.sub(r"[.,]", "", s))
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


@dataclass
class Key:
    """The matching key of one claim."""

    tokens: tuple[str, ...]  # in order, stop words dropped
    entities: frozenset[str] = frozenset()  # '@' + canonical, every kind
    persons: frozenset[str] = frozenset()
    numbers: frozenset[float] = frozenset()
    words: tuple[str, ...] = field(default=())  # surface words, folded (for quote comparison)

    @property
    def content(self) -> frozenset[str]:
        return frozenset(self.tokens)


def entity_token(name: str) -> str:
    return "@" + re.sub(r"\W+", "_", name.casefold()).strip("_")


def make_key(text: str, lang: Language, persons: tuple[str, ...] = ()) -> Key:
    """The matching key of a text (a claim, with its holes already removed)."""
    ents = entities()
    lex = lexicon()
    # 1. entities, on the text as written (aliases are case-sensitive)
    pieces: list[tuple[int, int, str]] = []
    ent_names: set[str] = set()
    for s, e, kind, name in ents.find(text):
        tok = entity_token(name)
        pieces.append((s, e, tok))
        ent_names.add(tok)
    person_toks = set()
    for p in persons:
        tok = entity_token(p)
        person_toks.add(tok)
        ent_names.add(tok)
        # the person's surface forms in this text count as the person
        for m in _person_forms(p).finditer(text):
            if not any(s <= m.start() < e for s, e, _ in pieces):
                pieces.append((m.start(), m.end(), tok))
    for s, e, kind, name in ents.find(text):
        if kind == "person":
            person_toks.add(entity_token(name))
    pieces.sort()
    # 2. the rest: phrases, then words
    out: list[str] = []
    numbers: set[float] = set()
    surface: list[str] = []
    pos = 0
    for s, e, tok in pieces + [(len(text), len(text), "")]:
        if s < pos:
            continue
        seg = text[pos:s]
        out.extend(_words_key(seg, lang, lex, numbers, surface))
        if tok:
            out.append(tok)
            surface.append(tok)
        pos = e
    # collapse repeats of one token in a row ("@china @china")
    dedup = [t for i, t in enumerate(out) if i == 0 or t != out[i - 1]]
    return Key(tuple(dedup), frozenset(ent_names), frozenset(person_toks), frozenset(numbers), tuple(surface))


@lru_cache(maxsize=4096)
def _person_forms(name: str) -> re.Pattern:
    """The full name or any one of its words, as a whole word, longest first."""
    parts = sorted({name, *name.split()}, key=lambda x: (-len(x), x))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in parts) + r")(?!\w)")


@lru_cache(maxsize=None)
def _calendar_words(code: str) -> frozenset[str]:
    """Month and weekday names: dates are compared as values, not as words."""
    from .lang import language
    lang = language(code)
    return frozenset(lang.months) | frozenset(lang.weekdays)


def _words_key(seg: str, lang: Language, lex, numbers: set, surface: list) -> list[str]:
    folded = seg.casefold()
    for m in _NUMBER.finditer(folded):
        v = parse_number(m.group(1))
        if v is not None:
            numbers.add(v)
    # phrases first: replace them with their concept
    out: list[str] = []
    pos = 0
    spans = [(m.start(), m.end(), lex.concept[m.group(0)]) for m in lex.phrase_regex.finditer(folded)]
    for s, e, concept in spans + [(len(folded), len(folded), "")]:
        for w in _WORD.findall(folded[pos:s]):
            surface.append(w)
            if w.isdigit() or w in lang.stopwords or w in _calendar_words(lang.code):
                continue
            if w in NUMBER_WORDS:
                numbers.add(float(NUMBER_WORDS[w]))
                continue
            c = lex.concept.get(w)
            if c is None:
                stem = stem_id(w) if lang.code == "id" else stem_en(w)
                c = lex.concept.get(stem, stem)
            out.append(c)
        if concept:
            out.append(concept)
            surface.extend(folded[s:e].split())
        pos = e
    return out
