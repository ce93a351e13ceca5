"""Matching keys: what a claim says, with the wording taken out.

The claim's text stays as written; this module derives the key that matching
and discrepancy detection compare:

- entities by their canonical name ("Tiongkok" -> @china, "Washington" as
  the US government -> @united_states), from ``data/entities.toml`` and the
  people the article names;
- other proper names by their spelling, among the entities (not the tokens):
  a word capitalised inside running text ("Valdoria", "Karsova", "BNPB") is
  a name in Indonesian and English alike, written the same in both, whether
  or not a list knows it (``proper_names``);
- paraphrases by their concept ("berjanji"/"berkomitmen"/"pledged" ->
  ~promise), from ``data/lexicon.toml``, phrases before words;
- other words lower-cased, stop words dropped, and Indonesian affixes
  stripped by a light stemmer (our own: LIBRARIES.md found Sastrawi merging
  "memperdalam" with "dalam" and "menentang" with "tentang", both stop
  words, which hurts more than it helps);
- numbers as values ("1.000" -> 1000, "3,5" -> 3.5, "ke-80" -> 80).

Across languages, words borrowed from English are compared by their spelling
as Indonesian borrows them (``loan_skeleton``: "technology" and "teknologi"
both read "tknlg"), apart from the key, as a feature of their own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lang import (Language, alternation, entities, glued_before, language, lexicon, loanword_spelling,
                   possessive_at_end, slot_words)
from .slots import read_times, scale_after

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_THOUSANDS = re.compile(r"\d+k")  # the word "87k": its figure is a number already


@lru_cache(maxsize=None)
def _number_pattern(code: str) -> re.Pattern:
    """A figure in a case-folded text of the language ``code``. "ke-80" is read as 80 too: the
    hyphen before the digits is no part of a number. "87k" is 87 thousand (a headline's
    shorthand for "87,000"); "rp2,5" is read as 2,5 (``glued_before``)."""
    glued = glued_before(slot_words(code).units_glued)
    return re.compile(rf"(?:{glued}|(?<![\w.,]))(\d{{1,3}}(?:[.,]\d{{3}})+|\d+(?:[.,]\d+)?)(k?)(?![\w])")


@lru_cache(maxsize=None)
def _glued_unit(code: str) -> re.Pattern:
    """A word that is a unit written against its figure ("rp2", "rp15"): the unit is its word."""
    return re.compile(rf"({alternation(slot_words(code).units_glued)})\d+")


@lru_cache(maxsize=65536)
def stem(word: str, code: str) -> str:
    """The stem of a lower-case word by the stemmer of the language ``code`` (see
    ``lang.Stemmer`` and the [stemmer] table of ``data/<code>/words.toml``)."""
    return language(code).stemmer.stem(word)


@lru_cache(maxsize=None)
def _number_words(code: str) -> dict[str, int]:
    """Number words compared as values ("lima", "five", "seratus"): the unit and hundred
    words of numbers.toml. Scale words ("juta", "million") only multiply the number before
    them, which is read already."""
    sw = slot_words(code)
    return {**sw.number_words, **sw.hundreds}


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
    # (start, end) in the text of every name it uses (registry entities, the people it names,
    # capitalised names): what is left is what the claim says of them (matching/predicate.py)
    name_spans: tuple[tuple[int, int], ...] = ()

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
    found = list(ents.find(text))
    for s, e, kind, name in found:
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
    for s, e, kind, name in found:
        if kind == "person":
            person_toks.add(entity_token(name))
    # other names count among the claim's entities; their words stay ordinary tokens, so a word
    # gives the same token whether or not its place in the text shows it as a name
    name_spans = [(s, e) for s, e, _ in pieces]
    for s, e, tok in proper_names(text, lang):
        name_spans.append((s, e))
        if not any(ps < e and s < pe for ps, pe, _ in pieces):
            ent_names.add(tok)
    pieces.sort()
    # 2. the rest: phrases, then words
    out: list[str] = []
    numbers: set[float] = set()
    # a clock time is one figure, its hour of the day, however written: "5 p.m." and "pukul 17.00
    # WIB" are 17.0, "4:17 a.m." and "04.17" are 4.2833 (read as figures they were 5 and 17, or
    # 4 and 17 and 4.17); its digits are then no count of their own
    for t in read_times(text, 0, len(text), lang.code):
        digits = _CLOCK_DIGITS.search(text, t.start, t.end)
        if digits is not None:
            numbers.add(round(t.attrs["minutes"] / 60, 4))
            text = text[:digits.start()] + " " * (digits.end() - digits.start()) + text[digits.end():]
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
    return Key(tuple(dedup), frozenset(ent_names), frozenset(person_toks), frozenset(numbers), tuple(surface),
               tuple(sorted(set(name_spans))))


# the digits of a clock time ("17.00", "4:17", "0905", "5"), the first run of them in its span
_CLOCK_DIGITS = re.compile(r"\d{1,2}(?:[.:]\d{2})?(?!\d)|\d{4}")

# what may stand right before a word that is capitalised because a sentence, a quotation or a
# parenthesis opens there, not because it is a name
_OPENERS = tuple(".!?:;\"“‘'«([{—–-•")


def proper_names(text: str, lang: Language) -> list[tuple[int, int, str]]:
    """(start, end, token) of the words of ``text`` that are names by their capital letter.

    A capital inside running text marks a name in both languages (EYD and English
    spelling), so a volcano, a stadium, a town or an agency no list holds still counts as
    a name. Not a name: the text's first word and a word opening a sentence, quotation or
    parenthesis; stop words, month and weekday names, number words and the titles before a
    name ("Presiden", "Minister"); and every word of a text written in title case (a
    headline capitalises its words whatever they are). A name written twice in a row is one
    reduplicated name ("Laki Laki" is "Laki-laki")."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    if len(words) < 2 or title_case(text):
        return []
    skip = _not_names(lang.code)
    out = []
    for k, (s, e, w) in enumerate(words):
        if k == 0 or not w[:1].isupper():
            continue
        before = text[:s].rstrip()
        if not before or before.endswith(_OPENERS):
            continue
        w = possessive_at_end().sub("", w)  # "Asagiri's airport": the name is the word before it
        folded = w.casefold()
        if folded in skip or folded.isdigit():
            continue
        if out and out[-1][2] == entity_token(w) and text[out[-1][1]:s].isspace():
            # a reduplication whose hyphen was lost ("Laki Laki" for "Laki-laki"), common in
            # scraped Indonesian: the same name as the hyphenated spelling, not a name twice
            out[-1] = (out[-1][0], s + len(w), entity_token(f"{w}-{w}"))
            continue
        out.append((s, s + len(w), entity_token(w)))
    return out


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def title_case(text: str) -> bool:
    """Is a line written in title case ("Gubernur Peluk Erat Korban Banjir dan Berjanji ...")? Then
    its capitals say nothing about names: four words in five of more than three letters
    capitalised."""
    words = [w for w in _TITLE_WORD.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


@lru_cache(maxsize=None)
def _not_names(code: str) -> frozenset[str]:
    """Capitalised words that are no names: stop words, calendar and number words, and the
    words of titles, ranks and offices (data/<code>/titles.txt, ranks.txt, offices.txt)."""
    lang = language(code)
    titles = {w.casefold() for t in (*lang.titles, *lang.ranks, *lang.offices) for w in t.split()}
    return frozenset(lang.stopwords) | calendar_words(code) | frozenset(_number_words(code)) | frozenset(titles)


@lru_cache(maxsize=4096)
def _person_forms(name: str) -> re.Pattern:
    """The full name or any one of its words, as a whole word, longest first."""
    return re.compile(rf"(?<!\w)(?:{alternation({name, *name.split()})})(?!\w)")


@lru_cache(maxsize=None)
def calendar_words(code: str) -> frozenset[str]:
    """Month and weekday names: dates are compared as values, not as words."""
    lang = language(code)
    return frozenset(lang.months) | frozenset(lang.weekdays)


def _words_key(seg: str, lang: Language, lex, numbers: set, surface: list) -> list[str]:
    folded = seg.casefold()
    for m in _number_pattern(lang.code).finditer(folded):
        v = parse_number(m.group(1))
        if v is not None:
            # a figure is compared by its value: "87K", "87 ribu" and "87.000" are one number,
            # as "1,3 juta" and "1.3 million" are (each outlet writes large figures its own way)
            if m.group(2):
                v *= 1000
            else:
                sm = scale_after(lang.code).match(folded, m.end())
                if sm:  # (rounded: 1.1 * 10**6 is not 1100000.0 in floating point)
                    v = round(v * slot_words(lang.code).scales[sm.group(1)], 3)
            numbers.add(v)
    # phrases first: replace them with their concept
    out: list[str] = []
    pos = 0
    spans = [(m.start(), m.end(), lex.concept[m.group(0)]) for m in lex.phrase_regex.finditer(folded)]
    same_length = len(folded) == len(seg)  # casefold keeps positions (all but a few letters)
    for s, e, concept in spans + [(len(folded), len(folded), "")]:
        words = []
        for m in _WORD.finditer(folded, pos, s):
            w = m.group(0)
            if same_length and "-" in w and _joined_names(seg[m.start():m.end()]):
                words.extend(w.split("-"))
            elif "-" in w and w.split("-", 1)[0].isdigit():
                words.extend(_after_number(w))
            elif w[-1:].isdigit() and (g := _glued_unit(lang.code).fullmatch(w)):
                words.append(g.group(1))
            else:
                words.append(w)
        for w in words:
            surface.append(w)
            if w.isdigit() or _THOUSANDS.fullmatch(w) or w in lang.stopwords or w in calendar_words(lang.code):
                continue
            if w in _number_words(lang.code):
                numbers.add(float(_number_words(lang.code)[w]))
                continue
            c = lex.concept.get(w)
            if c is None:
                c = _without_clitic(w, lang.code, lex)
            if c is None:
                root = stem(w, lang.code)
                c = lex.concept.get(root, root)
            out.append(c)
        if concept:
            out.append(concept)
            surface.extend(folded[s:e].split())
        pos = e
    return out


def _after_number(word: str) -> list[str]:
    """The words of a compound a figure opens ("7.8-magnitude", "10-day", "3-2"), less its
    digits: the figure is read as a number already (the word pattern leaves "8-magnitude" of
    "7.8-magnitude"), and what it measures is the word a translation writes apart
    ("magnitudo 7,8", "selama 10 hari")."""
    parts = word.split("-")
    while parts and parts[0].isdigit():
        parts.pop(0)
    return ["-".join(parts)] if parts else []


def _joined_names(word: str) -> bool:
    """Two or more capitalised words joined by hyphens, none repeating the one before
    ("Rahmat-Sari", "Presiden-Wapres", "Jakarta-Bandung"): a pair of names or titles
    written as one (the ticket, the route), each of which is compared on its own. Not a
    reduplication ("Laki-Laki") nor a lower-case compound ("pasca-gempa")."""
    parts = word.split("-")
    return (len(parts) > 1 and all(len(p) > 1 and p[0].isupper() and p.isalpha() for p in parts)
            and all(a.casefold() != b.casefold() for a, b in zip(parts, parts[1:])))


@lru_cache(maxsize=65536)  # on every unknown word of every key: as hot as the stemmer beside it
def _without_clitic(word: str, code: str, lex) -> str | None:
    """The lexicon's concept of a word written with a clitic ("korbannya", "tewaslah",
    "country's") that the lexicon knows without it; None otherwise. The stemmer would strip
    the clitic too, but then also the affixes the lexicon lists words with ("kerusakannya"
    is "kerusakan", not "rusak"), and leaves short words whole ("lukanya")."""
    st = language(code).stemmer
    for c in st.clitics:  # longest first; the first that leaves enough letters
        if word.endswith(c) and len(word) - len(c) >= st.clitic_min_stem:
            return lex.concept.get(word[: -len(c)])
    return None


_VOWELS = re.compile(r"[aeiou]")
_DOUBLED = re.compile(r"(.)\1")


@lru_cache(maxsize=65536)
def loan_skeleton(word: str, code: str, letters: int) -> str:
    """The consonants of a lower-case ``word`` spelled as Indonesian borrows it
    (data/loanwords.toml), a leading vowel kept, cut to ``letters`` characters:
    "technology" (en) and "teknologi" (id) -> "tknlg"; "military" and "militer" -> "mltr"."""
    suffixes, rewrites = loanword_spelling(code)
    for old, new in suffixes:
        if word.endswith(old):
            word = word[:-len(old)] + new
            break
    for old, new in rewrites:
        word = word.replace(old, new)
    word = _DOUBLED.sub(r"\1", word)
    return (word[:1] + _VOWELS.sub("", word[1:]))[:letters]


def cognates(key: Key, code: str, min_letters: int, letters: int) -> frozenset[str]:
    """The loan skeletons of a key's words of at least ``min_letters`` letters (stop words and
    digits out): what a claim shares with a translation through borrowed words."""
    stop = language(code).stopwords
    words = [w for w in key.words if len(w) >= min_letters and w.isalpha() and w not in stop]
    # the word and its stem: "technologies" is "technologi", "diinvestasikan" "investasi"; a
    # stemmer that cuts too much ("periode" -> "iode") still leaves the word itself
    return frozenset(loan_skeleton(v, code, letters) for w in words for v in {w, stem(w, code)})
