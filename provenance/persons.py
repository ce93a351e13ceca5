"""The people an article names: where, under which name, with which title.

Found by rules, not from a list of the people in the news:

- a *name* is a run of one to four capitalised words (particles such as
  "bin", "van", "al-" and initials such as "J." inside; two-letter surnames
  such as "Xi" count) none of which is a known common word: a title or rank,
  an office word ("Dalam Negeri", "Kesehatan"), a place word, a country,
  place or source of the registries (a misspelt one too: "Amerika Serika"), a
  month or weekday, a function word, a word the article writes in lower case
  ("Misa", "Nomor") or uses as a place ("di Bogor": "Kepala BPBD Bogor X");
- it is a *person* when a title or rank stands before it, however long the
  chain of offices, countries and connectors between them ("Kepala Pusat
  Data, Informasi dan Komunikasi Kebencanaan BNPB Rahmat Sujatmiko", "Kapolda
  Jatim Irjen Pol Bayu Pratama", "East Java police chief Bayu Pratama"), when an
  apposition follows it (", Kepala BNPB", ", 51,"), when a country's
  possessive stands before it ("Russia's Vladimir Putin"), or when it has two
  to four words and nothing in it or next to it makes it a place or a body;
- after a title that names a post in a body ("Kepala", "Direktur Utama", a
  title and "of": "head of"), the first of three or more name words is the
  body, not a first name ("Kepala Roscosmos Anton Sokolov", "the head of
  Roscosmos Anton Sokolov"), and goes to the chain (``of``);
- a single word is a person only with a title ("Paus Fransiskus",
  "Presiden Xi"), in a speaker's place ("kata Sujatmiko", "menurut Xi", ", Putin
  said"), as the short form of a longer name in the article ("Sujatmiko" for
  "Rahmat Sujatmiko"), or as the nickname in brackets after a name ("Joko Widodo
  (Jokowi)");
- a title with no name after it ("ujar Kapolda", "Presiden itu", "the
  governor said") is a *role mention* of the person last named with that title;
- headlines are Title Case, where every word looks like a name: there only
  the names found in the body count.

Each span of the ``persons`` layer has ``attrs``: ``name`` (the article's name
for the person: the longest name in the article that the mention stands for,
or the registry's), ``surface``, ``from`` (where its title chain starts),
``title`` (the title words before it, case-folded), ``of`` (the countries,
regions and acronyms of that chain), ``titled`` and ``role``.

A name after a place head ("Desa", "Kecamatan", "the village of") is a place's, and
so is every item of a list the head opens once ("Desa Sukamaju, Cibodas dan Mekar
Sari", "the villages of A and B"), and the same words anywhere in the article
("... dan Mekar Sari 120 KK"); a list closed by a comma before anything but the
place it lies in is no list ("Warga Desa A, Budi Santoso dan Siti Aminah, ...").

Across a corpus, ``unify_names`` gives one name per person: a short form
takes the longest name the corpus uses at least as often ("Xi" -> "Xi
Jinping", but a stray "Serika Tom Walker" does not swallow "Tom Walker"), an
ambiguous short form the name most articles use, and spellings that differ
only in transliteration ("Sergey"/"Sergei") or an older spelling
("Soekarno"/"Sukarno") are one name; so are two spellings a typo apart
("Rina Wulandari"/"Rina Wulandri") when one article names both or both carry one
title, with the evidence why.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz.distance import Levenshtein

from .doc import Article, ByStart, Span
from .lang import (LANGUAGES, Language, alternation, countries, dateline_places, degrees_after_a_name,
                   entities, language, lexicon, organisation_words, outlet_openers, place_words, possessive_at_end,
                   possessives, possessives_after_s, province_names, region_words, registry, slot_words,
                   trie_alternation)
from .normalize import calendar_words
from .segment import glued_openers
from .settings import DEFAULT, Settings

_WORD = re.compile(r"[^\W_](?:[\w'’\-]*[\w])?")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S" of "U.S.": the last full stop is the word's
# a line break, a word, or any other character that is not a space
_TOKEN = re.compile(rf"(?P<newline>\n)|(?P<word>{_WORD.pattern})|(?P<punct>\S)")


@dataclass(slots=True)  # (slots: one is made for every word of an article)
class Token:
    start: int
    end: int
    text: str
    kind: str  # word | punct | newline
    # title | office | place | region | entity | common | name | initial | particle | acronym | lower | number
    mark: str = ""


# ------------------------------------------------------------------ vocabulary


Phrases = dict[str, list[tuple[tuple[str, ...], bool]]]


def _phrases(entries) -> Phrases:
    """first word (case-folded) -> (phrase as case-folded words, matches only capitalised),
    longest first. An entry written with a capital matches only a capitalised word."""
    out: Phrases = {}
    for e in entries:
        words = tuple(w.casefold() for w in _WORD.findall(e))
        if not words:
            continue
        out.setdefault(words[0], []).append((words, e[0].isupper()))
    for k in out:
        out[k].sort(key=lambda p: len(p[0]), reverse=True)
    return out


@lru_cache(maxsize=None)
def _titles() -> Phrases:
    """Titles and ranks of every language: pages mix them ("CEO", "Bupati" in English copy)."""
    return _phrases([t for c in LANGUAGES for t in (*language(c).titles, *language(c).ranks)])


@lru_cache(maxsize=None)
def _particles() -> frozenset[str]:
    """Name particles of every language: names cross languages ("von der Leyen" in Indonesian copy)."""
    return frozenset(w for c in LANGUAGES for w in language(c).name_particles)


@lru_cache(maxsize=None)
def _name_prefix() -> re.Pattern:
    """A hyphenated lower-case prefix on a name word ("al-Assad"), of every language."""
    alt = alternation(w for c in LANGUAGES for w in language(c).name_prefixes)
    return re.compile(rf"(?:{alt})-[^\W\d_]")


@lru_cache(maxsize=None)
def _ordinal(code: str) -> re.Pattern:
    """How a title numbers its holder ("ke-8", "47th")."""
    forms = [re.escape(f).replace(re.escape("{n}"), r"\d+") for f in language(code).ordinals]
    return re.compile("(?:" + "|".join(forms) + ")" if forms else r"(?!x)x", re.I)


@lru_cache(maxsize=None)
def _offices() -> Phrases:
    return _phrases([o for c in LANGUAGES for o in language(c).offices])


@lru_cache(maxsize=None)
def _places() -> Phrases:
    return _phrases(place_words())


@lru_cache(maxsize=None)
def _regions() -> Phrases:
    return _phrases(region_words())


@lru_cache(maxsize=None)
def _compass() -> frozenset[str]:
    """Every language's compass points (names.toml ``compass_points``), case-folded."""
    return frozenset(w for c in LANGUAGES for w in language(c).compass_points)


@lru_cache(maxsize=None)
def _dotted() -> frozenset[str]:
    """Words that keep their full stop: abbreviated titles and ranks ("Gov.", "Irjen Pol.")."""
    out = set()
    for c in LANGUAGES:
        lang = language(c)
        out |= {a.casefold() for a in lang.abbreviations}
        for t in (*lang.titles, *lang.ranks):
            out |= {w.casefold() for w in re.findall(r"[^\W\d_][\w]*(?=\.)", t)}
    return frozenset(out)


def is_title(word: str) -> bool:
    """Is the word a title or rank (or the first word of one) of any language?"""
    return word.casefold().rstrip(".") in _titles()


@lru_cache(maxsize=None)
def _two_word_aliases() -> dict[str, tuple[str, ...]]:
    """First word -> second words of the two-word aliases of countries and places."""
    out: dict[str, list[str]] = {}
    for alias, (kind, _name) in entities().canonical.items():
        words = alias.split()
        if kind != "person" and len(words) == 2:
            out.setdefault(words[0], []).append(words[1])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def _common_word(word: str, code: str) -> bool:
    """A word the language uses as a common word (a function word, a month, a speech verb, a
    noun for a person by what they do, a word of the lexicon, an organisation's word)."""
    lang = language(code)
    f = word.casefold()
    return (f in lang.stopwords or f in lang.function_words or f in lang.months or f in lang.weekdays
            or f in lang.speech_verbs or f in lang.quote_verbs or f in lang.passive_speech
            or f in lang.person_nouns or f in lexicon().concept or bool(organisation_words().fullmatch(word)))


def is_office_word(word: str) -> bool:
    """A word of a portfolio's or an office's name ("Pertahanan", "Informatika", "Humas")."""
    return _derived_noun(word) or word.casefold().rstrip(".") in _offices() or _unit_word(word)


@lru_cache(maxsize=65536)
def _derived_noun(word: str) -> bool:
    """A derived noun that names an office or portfolio ("Kesehatan", "Pertahanan")."""
    f = word.casefold()
    for c in LANGUAGES:
        lang = language(c)
        if len(f) >= lang.office_noun_min and any(
                f.startswith(pre) and f.endswith(suf) and f.isalpha() and len(f) >= len(pre) + len(suf) + 3
                for pre, suf in lang.office_nouns):
            return True
    return False


@lru_cache(maxsize=65536)
def _unit_word(word: str) -> bool:
    """Is a word a unit within a body: a unit prefix (names.toml ``unit_prefixes``, every
    language's) and a body's, an office's or a title's word ("Subkomite", "Subbidang",
    "Subcommittee")? It names an office, never a person, not even a surname after a name:
    read as a name, "Ketua Subkomite Investigasi KNKT Arif Wicaksono" made "Subkomite" the
    speaker. (Attribution reads such a word as an organisation's: ``organisation_words``.)"""
    f = word.casefold()
    for pre in {p for c in LANGUAGES for p in language(c).unit_prefixes}:
        rest = f[len(pre):]
        if f.startswith(pre) and len(rest) >= 4 and rest.isalpha() and (
                organisation_words().fullmatch(rest) or rest in _offices() or rest in _titles()):
            return True
    return False


# ------------------------------------------------------------------ tokens


def tokenize(text: str, start: int, end: int, lang: Language, settings: Settings = DEFAULT) -> list[Token]:
    """Words and punctuation of ``text[start:end]``; a line break is a token of its own.
    A word keeps its full stop when it is an initial ("J.") or an abbreviation
    ("Gov."); a possessive "'s" is a token of its own."""
    out: list[Token] = []
    pos = start
    dotted = _dotted()
    # one search a token (spaces are passed over inside it), where the text was read a
    # character at a time
    for m in _TOKEN.finditer(text, start, end):
        w0, w1 = m.span()
        if w0 < pos:
            continue  # the full stop a word before kept
        kind = m.lastgroup
        if kind != "word":
            out.append(Token(w0, w1, m.group(), kind))
            continue
        word = m.group()
        owner = possessive_at_end().search(word) if word.endswith(possessives()) else None
        if owner and owner.start() > 0:
            cut = w0 + owner.start()
            out.append(Token(w0, cut, word[:owner.start()], "word"))
            out.append(Token(cut, w1, owner.group(), "punct"))
            continue
        glued = _GLUED_ACRONYM.fullmatch(word)
        if glued and _known_acronym(glued.group(1)):
            # an acronym the data knows glued to the name after it, where a page lost the space
            # between them ("Sekjen PBBAntonio Guterres", "NATOJens Stoltenberg")
            cut = w0 + glued.end(1)
            out.append(Token(w0, cut, glued.group(1), "word"))
            out.append(Token(cut, w1, glued.group(2), "word"))
            continue
        cut = next((k for k in glued_openers(text, w0, w1, lang) if k > w0), None)  # (inside the word)
        if cut is not None:
            # a sentence opener glued to the word before, where a page lost the break between
            # two blocks ("stadionMenurut polisi"): two words, where segment.py reads two sentences
            out.append(Token(w0, cut, text[w0:cut], "word"))
            out.append(Token(cut, w1, text[cut:w1], "word"))
            continue
        if w1 < end and text[w1] == "." and (
                (len(word) == 1 and word.isupper()) or word.casefold() in dotted
                or _DOTTED_INITIALS.fullmatch(word)):
            w1 += 1
            word += "."
            pos = w1
        out.append(Token(w0, w1, word, "word"))
    _mark(text, out, lang, settings)
    return out


# an all-capitals word of two to five letters, then a capitalised word with no space between
_GLUED_ACRONYM = re.compile(r"([A-Z]{2,5})([A-Z][a-z]{2,}[\w'’\-]*)")


@lru_cache(maxsize=4096)
def _known_acronym(word: str) -> bool:
    """An organisation, country or source the data knows by this acronym ("PBB", "NATO", "AS")."""
    kind = entities().canonical.get(word)
    return (kind is not None and kind[0] != "person") or word in registry().by_alias


def _match_phrase(tokens: list[Token], i: int, table, any_case: bool = False) -> int:
    """Length in tokens of the longest phrase of ``table`` starting at token i, or 0 (``any_case``:
    an entry written with a capital matches a word in lower case too)."""
    t = tokens[i]
    if t.kind != "word":
        return 0
    for phrase, capital in table.get(t.text.casefold().rstrip("."), ()):
        if capital and not any_case and not t.text[0].isupper():
            continue
        n = len(phrase)
        if i + n > len(tokens):
            continue
        if all(tokens[i + k].kind == "word" and tokens[i + k].text.casefold().rstrip(".") == phrase[k].rstrip(".")
               for k in range(n)):
            return n
    return 0


class WordAlternation:
    """``before``, then the longest of many words, then ``after``: the one regex
    ``re.compile(before + "(?:" + alternation(words) + ")" + after)`` (``regex``), found
    the way that regex finds it, but tried only where a word can start (``before`` holds and
    the character begins one of the words) and there with the words of that first character
    alone. One regex of thousands of registry names and aliases tried every one at every
    character of a text: seconds a megabyte."""

    def __init__(self, words, before: str, after: str):
        self.words, self.before, self.after = words, before, after
        by_first: dict[str, list[str]] = {}
        for w in words:
            if w:
                by_first.setdefault(w[0], []).append(w)
        # each first character's words as a tree of shared beginnings (the same matches,
        # without trying each name in turn: ``trie_alternation``)
        self.by_first = {c: re.compile(rf"{before}{trie_alternation(ws)}{after}") for c, ws in by_first.items()}
        first = "".join(re.escape(c) for c in sorted(by_first))
        self.starts = re.compile(rf"{before}[{first}]" if first else r"(?!x)x")

    @cached_property
    def regex(self) -> re.Pattern:
        """The one regex of all the words, whose matches ``finditer`` gives (compiled when asked)."""
        return re.compile(rf"{self.before}(?:{alternation(self.words)}){self.after}")

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """The matches ``regex.finditer(text, start, end)`` gives, in order."""
        end = len(text) if end is None else end
        pos = start
        for c in self.starts.finditer(text, start, end):
            p = c.start()
            if p < pos:
                continue  # inside the match before
            m = self.by_first[text[p]].match(text, p, end)
            if m:
                pos = m.end()
                yield m


@lru_cache(maxsize=None)
def _known_names() -> tuple[WordAlternation, WordAlternation]:
    """Aliases of countries, places and named things (``entities().regex``), and the
    registry's names and aliases (``registry().alias_regex``), each found a word start at a time."""
    return (WordAlternation(entities().canonical, r"(?<![\w])", r"(?![\w])"),
            WordAlternation(registry().by_alias, r"(?<![\w.])", r"(?![\w])"))


class _Within:
    """Does one of the spans hold ``[start, end)`` whole? The spans sorted by start with the
    furthest end so far: a binary search a word, where reading every registry name found in
    the text for every word made a text full of names cost its square."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []
        for _, b in ordered:
            self.reach.append(b if not self.reach else max(self.reach[-1], b))

    def holds(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start) - 1
        return k >= 0 and self.reach[k] >= end


def _mark(text: str, tokens: list[Token], lang: Language, settings: Settings = DEFAULT) -> None:
    """Give each word token its class: what kind of word it is, in place."""
    # spans of registry names and entity aliases (multi-word: "Korea Utara", "Amerika Serikat")
    known: list[tuple[int, int]] = []
    if tokens:
        s0, e0 = tokens[0].start, tokens[-1].end
        entity_names, registry_names = _known_names()
        known += [(m.start(), m.end()) for m in entity_names.finditer(text, s0, e0)
                  if entities().canonical[m.group(0)][0] != "person"]
        known += [(m.start(), m.end()) for m in registry_names.finditer(text, s0, e0)]
    inside_known = _Within(known)
    if known:  # (with no known name in the text, no word is an entity, nor follows one)
        for t in tokens:
            if t.kind == "word" and inside_known.holds(t.start, t.end):
                t.mark = "entity"
        # a misspelt last word of a two-word name of a country or place ("Amerika Serika")
        for prev, t in zip(tokens, tokens[1:]):
            if prev.mark == "entity" and t.kind == "word" and not t.mark and len(t.text) >= settings.min_typo_word:
                for alias in _two_word_aliases().get(prev.text, ()):
                    if Levenshtein.distance(t.text, alias, score_cutoff=1) <= 1:
                        t.mark = "entity"
    _mark_degrees(text, tokens)
    tables = ((_titles(), "title"), (_offices(), "office"), (_places(), "place"), (_regions(), "region"))
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind != "word" or t.mark:
            i += 1
            continue
        key = t.text.casefold().rstrip(".")
        for table, mark in tables:
            if key not in table:
                continue
            n = _match_phrase(tokens, i, table)
            if n:
                # a title's lower-case state after it is the title's ("Gubernur terpilih", "Bupati nonaktif")
                if mark == "title" and i + n < len(tokens) and tokens[i + n].kind == "word" \
                        and tokens[i + n].text in lang.title_modifiers:
                    n += 1
                for k in range(n):
                    tokens[i + k].mark = tokens[i + k].mark or mark
                break
        i += 1
    _lowercase_titles(tokens)
    particles, name_prefix = _particles(), _name_prefix()
    derived = False
    for t in tokens:
        if t.kind != "word" or t.mark:
            continue
        w = t.text
        if known and inside_known.holds(t.start, t.end):
            t.mark = "entity"
        elif any(ch.isdigit() for ch in w):
            t.mark = "number"  # a figure, and a word with one in it: "Rp3,4 juta", "G20", "Covid-19"
        elif len(w) == 2 and w[1] == "." and w[0].isupper():
            t.mark = "initial"
        elif w in particles:
            t.mark = "particle"
        elif name_prefix.match(w):
            t.mark = "name"  # "al-Assad", "bin-Salman"
        elif not w[0].isupper():
            t.mark = "lower"
        elif w.rstrip(".").replace("-", "").isupper() and len(w.rstrip(".")) >= 2:
            t.mark = "acronym"
        elif _unit_word(w):
            t.mark = "office"
        elif _derived_noun(w):
            t.mark = "derived"
            derived = True
        elif _common_word(w, lang.code):
            t.mark = "common"
        else:
            t.mark = "name"
    # a unit written before a figure is the figure's ("Rp 150 juta", "US$ 3 miliar"), not a name's
    # last word ("PS Tirta Mandala Rp 150 million" made "Tirta Mandala Rp" a person)
    before = slot_words(lang.code).units_before
    for t, nxt in zip(tokens, tokens[1:]):
        if t.mark == "name" and nxt.mark == "number" and t.text.casefold() in before:
            t.mark = "number"
    _companies(tokens)
    _compass_regions(tokens)
    _joined_offices(tokens, lang)
    # a title that is a given name too, between two words of a name or closing one, is the
    # name's ("Andi Sultan Rahman", "AKBP Ridwan Hakim mengatakan"); not after a sentence's first
    # word, which may be any word ("Adapun Presiden Xi")
    for k in range(1, len(tokens)):
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if t.mark == "title" and t.text in _given_name_titles() and tokens[k - 1].mark == "name" \
                and (nxt is None or nxt.mark == "name" or not nxt.text[:1].isupper() and nxt.text != "(") \
                and not _sentence_initial(tokens, k - 1):
            t.mark = "name"
    # a derived noun's shape names an office ("Menteri Kesehatan Budi", "Pertahanan Sipil"),
    # but closing a run of names it is a surname ("Masoud Pezeshkian dan ...")
    for k, t in enumerate(tokens if derived else ()):
        if t.mark == "derived":
            prev = tokens[k - 1] if k > 0 else None
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            surname = prev is not None and prev.mark == "name" and (
                nxt is None or nxt.kind != "word" or not nxt.text[:1].isupper())
            t.mark = "name" if surname else "office"


def _lowercase_titles(tokens: list[Token]) -> None:
    """A title written in lower case that heads the body named right after it is a title all the
    same ("kata juru bicara Kementerian Kesehatan Budi Santoso", "ujar kepala Dinas Sosial ..."):
    pages often write it so, though the entry matches only capitalised (a title alone in lower
    case only describes: "para menteri", "kepala desa itu"). The body is an office the tables
    know or a capitalised word of an organisation ("Dinas", "Kantor")."""
    titles = _titles()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "word" and not t.mark and t.text[:1].islower() and t.text.casefold() in titles:
            n = _match_phrase(tokens, i, titles, any_case=True)
            nxt = tokens[i + n] if n and i + n < len(tokens) else None
            if nxt is not None and nxt.kind == "word" and (
                    nxt.mark == "office" or nxt.text[:1].isupper() and organisation_words().fullmatch(nxt.text)):
                for k in range(n):
                    tokens[i + k].mark = "title"
                i += n
                continue
        i += 1


def _mark_degrees(text: str, tokens: list[Token]) -> None:
    """Mark "degree" the words of an academic degree written after a name ("dr. Hendra Wijaya,
    Sp.OG, mengatakan", "Maya Lindqvist, PhD, said", "Rudi Hartanto S.H., M.H."): the name's, not
    a name of their own, nor the name that closes a credit. Not a degree in capitals alone ("MA",
    "MBA"), which a body's acronym may spell ("..., MA menolak kasasi": the Supreme Court)."""
    if not tokens:
        return
    words = [t for t in tokens if t.kind == "word"]
    ends = [t.end for t in words]
    for m in degrees_after_a_name().finditer(text, tokens[0].start, tokens[-1].end):
        k = bisect_right(ends, m.start())  # the degree's first word; words[k - 1] stands before it
        if m.group(0).isupper() or k == 0 or not words[k - 1].text[:1].isupper():
            continue  # after a name (or a degree after one), with or without a comma between
        while k < len(words) and words[k].end <= m.end():
            words[k].mark = "degree"
            k += 1


def _joined_offices(tokens: list[Token], lang: Language) -> None:
    """A word joined by "dan" to an office's words, before the office's place or body, is the
    office's too ("Dinas Tenaga Kerja dan Transmigrasi Jambi Ali Rahman": "Transmigrasi" is no
    person, and the place after it is the office's jurisdiction)."""
    for k in range(2, len(tokens) - 1):
        t, joint, before, after = tokens[k], tokens[k - 1], tokens[k - 2], tokens[k + 1]
        if t.mark == "name" and joint.kind == "word" and joint.text in lang.title_connectors \
                and before.mark == "office" and after.mark in ("region", "entity", "acronym", "office", "place"):
            t.mark = "office"


def _compass_regions(tokens: list[Token]) -> None:
    """The capitalised names before a compass point are a region's ("Flores Timur", "Halmahera
    Barat", "Bolaang Mongondow Timur": regencies the gazetteer need not know), part of a title's
    chain ("Kepala BPBD Flores Timur Rudi Hartono"), never a person's name."""
    points = _compass()
    for k, t in enumerate(tokens):
        if t.kind != "word" or t.mark != "region" or not t.text[:1].isupper() or t.text.casefold() not in points:
            continue
        j = k - 1
        while j >= 0 and tokens[j].kind == "word" and tokens[j].mark in ("name", "common") and tokens[j].text[:1].isupper():
            tokens[j].mark = "region"
            j -= 1


# how many capitalised words after a name may stand before the organisation word that makes them
# one body's name ("Natuna United Fishermen's Association")
_BODY_WORD_REACH = 3


def _before_a_body_word(tokens, j: int, described: bool = False) -> bool:
    """Do the capitalised words right after ``tokens[j]`` (through a possessive "'s") reach an
    organisation's word within ``_BODY_WORD_REACH`` words: "Natuna United Fishermen's
    Association", "Mekar Sari Farmers Association"? Then the name is the body's. ``described``:
    the name follows an article, and words in lower case may come between ("the Mina Lestari
    fish farmers' group"), as a person's name is not led by "the"."""
    k, words = j + 1, 0
    while k < len(tokens) and words < _BODY_WORD_REACH:
        t = tokens[k]
        if t.text in possessives() or t.text in possessives_after_s():
            k += 1
            continue
        if t.kind != "word" or not (t.text[:1].isupper() or described and t.text.isalpha()):
            return False
        if organisation_words().fullmatch(t.text):
            return True
        words += 1
        k += 1
    return False


@lru_cache(maxsize=None)
def _given_name_titles() -> frozenset[str]:
    """Every language's titles that are given names too (names.toml): a page in English names
    Indonesians, and reads Indonesian titles ("AKBP Ridwan Hakim")."""
    return frozenset(w for c in LANGUAGES for w in language(c).given_name_titles)


@lru_cache(maxsize=None)
def company_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every language's companies' legal forms ("PT", "Ltd") and the suffixes that close a
    company's name ("Tbk"), from names.toml: pages mix languages, and an English page names an
    Indonesian company by its own form. Events read the forms too (``events.lead_companies``)."""
    return (frozenset(w for c in LANGUAGES for w in language(c).company_forms),
            frozenset(w for c in LANGUAGES for w in language(c).company_suffixes))


def company_short_names(name: str) -> list[str]:
    """The names a company goes by once an article has named it in full with its legal form: its
    name without the form ("PT Sinar Bumi Persada" -> "Sinar Bumi Persada") and, of three words or
    more, its first two ("Sinar Bumi, which produces oil and gas, ..."). Not a single word of a
    longer name ("Bank", "Sinar"): such a word names many things."""
    words = name.split()
    forms, suffixes = company_words()
    if len(words) < 2 or words[0] not in forms:
        return []
    rest = [w for w in words[1:] if w not in suffixes and not w.startswith("(")]
    if not rest or not all(w[:1].isupper() for w in rest):
        return []
    return [" ".join(rest), " ".join(rest[:2])] if len(rest) >= 3 else [" ".join(rest)]


@lru_cache(maxsize=None)
def _company_name_regex() -> re.Pattern:
    """A company's legal form and the capitalised words after it ("PT Sinar Bumi Persada")."""
    forms = "|".join(map(re.escape, sorted(company_words()[0], key=len, reverse=True)))
    # (a full stop inside a word only: "PT Sinar Bumi Persada." ends the name before it)
    return re.compile(rf"(?<![\w-])(?:{forms})(?:[ \u00a0]+[A-Z][\w&'-]*(?:\.[\w&'-]+)*)+")


def _company_short_names_in(text: str) -> set[str]:
    """The short names (``company_short_names``) of the companies ``text`` names with their form."""
    return {s for m in _company_name_regex().finditer(text) for s in company_short_names(m.group(0))}


# the words a name after a company's has, as Indonesian news writes it (most often two)
_NAME_AFTER_COMPANY = 2


def _companies(tokens: list[Token]) -> None:
    """A company's name after its legal form ("PT Kereta Lintas Parahyangan (KLP)", "PT Garuda
    Indonesia Budi Santoso"): its words are an entity's, not a person's. The name runs over the
    capitalised words after the form, to a bracket, a suffix ("Tbk") or a title; when a run of
    names ends it with no such mark, its last ``_NAME_AFTER_COMPANY`` words are the person's who
    holds the post ("Corporate Secretary PT Garuda Indonesia Budi Santoso")."""
    forms, suffixes = company_words()
    for c, t in enumerate(tokens):
        if t.kind != "word" or t.text not in forms:
            continue
        run: list[int] = []
        k = c + 1
        closed = False
        while k < len(tokens) and tokens[k].kind == "word" and tokens[k].mark not in ("title", "lower") \
                and (tokens[k].text[:1].isupper() or tokens[k].text[:1].isdigit()):
            run.append(k)
            if tokens[k].text in suffixes:
                closed = True
                break
            k += 1
        if not run:
            continue
        closed = closed or (k < len(tokens) and tokens[k].text in ("(", ","))
        if not closed and len(run) > _NAME_AFTER_COMPANY \
                and all(tokens[x].mark == "name" for x in run[-_NAME_AFTER_COMPANY:]):
            run = run[:-_NAME_AFTER_COMPANY]
        t.mark = "entity"
        for x in run:
            tokens[x].mark = "entity"


# ------------------------------------------------------------------ finding


@dataclass
class Mention:
    first: int  # token indices [first, last]
    last: int
    name: str
    titled: bool
    title: tuple[str, ...]  # title words before it, case-folded, nearest first
    chain: tuple[str, ...]  # every case-folded word of the title chain (countries included)
    evidence: str  # why it is a person: title | apposition | possessive | shape | short | nickname | registry
    chain_first: int = -1  # token index where its title chain starts
    opens: bool = False  # it opens a sentence, where any word is capitalised


def _cores(tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs of name words (particles and initials inside), as token index pairs."""
    out = []
    i = 0
    n = len(tokens)
    while i < n:
        if tokens[i].mark != "name":
            i += 1
            continue
        j = i
        while j + 1 < n:
            nxt = tokens[j + 1]
            if nxt.mark in ("name", "initial"):
                j += 1
            elif nxt.mark == "particle" and j + 2 < n and tokens[j + 2].mark == "name":
                j += 2
            else:
                break
        while tokens[j].mark != "name":
            j -= 1
        out.append((i, j))
        i = j + 1
    return out


_CHAIN_WORDS = ("title", "office", "place", "region", "entity", "acronym", "number", "initial")


def _left_chain(tokens: list[Token], i: int, persons_end: int, lang: Language,
                settings: Settings = DEFAULT) -> tuple[list[Token], bool]:
    """The title chain before token i: (its tokens, nearest first; does it hold a title).

    Titles, ranks, offices, regions, countries, acronyms, connectors ("dan",
    "untuk", "of"), brackets ("(Menko PMK)", "(Purn)") and commas between them
    ("Kepala Pusat Data, Informasi dan ..."; "Presiden China, Xi Jinping"); an
    unknown capitalised word only right after a title or office ("Kapolda
    Jatim", "Kepala Roscosmos"). Stops at any other word, at sentence
    punctuation, at a line break, and at a person found before (``persons_end``)."""
    chain: list[Token] = []
    titled = False
    j = i - 1
    depth = 0  # inside brackets, walking left
    while j >= max(0, persons_end) and len(chain) < settings.max_title_chain:
        t = tokens[j]
        left = tokens[j - 1] if j > 0 else None
        if t.kind == "newline":
            break
        if depth > 0:
            if t.text == "(":
                depth -= 1
            elif t.text == ")":
                depth += 1
            elif t.mark == "title":
                titled = True
        elif t.kind == "punct":
            if t.text == ")":
                depth += 1
            elif t.text == ",":
                jurisdiction = left is not None and left.mark == "name" and j > 1 and tokens[j - 2].mark in ("title", "office")
                if left is None or left.mark not in _CHAIN_WORDS and not jurisdiction:
                    break
            elif t.text not in possessives():
                break
        elif t.mark == "title":
            titled = True
        elif t.mark in _CHAIN_WORDS:
            pass
        elif t.mark == "name":
            if (left is None or left.mark not in ("title", "office")) and not _field_of_a_titled_body(tokens, j, settings):
                break
        elif t.mark == "common" and t.text[:1].isupper() and organisation_words().fullmatch(t.text) \
                and left is not None and left.mark == "title":
            pass  # the body a title heads, named by its kind: "Kepala Kantor SAR", "Kepala Dinas Sosial"
        elif t.mark == "common" and t.text[:1].isupper() and _field_of_a_titled_body(tokens, j, settings):
            pass  # ... and the field it serves: "Ketua Dewan Pers", "Ketua Badan Anggaran DPR"
        elif t.text.casefold() in lang.determiners:
            chain.append(t)
            break
        elif not (t.text.casefold() in lang.title_connectors or _ordinal(lang.code).fullmatch(t.text)):
            break
        chain.append(t)
        j -= 1
    # what the chain reached is what counts; connectors and commas at its far end say nothing
    while chain and (chain[-1].kind == "punct" or chain[-1].text.casefold() in lang.title_connectors):
        chain.pop()
    return chain, titled


def _field_of_a_titled_body(tokens: list[Token], j: int, settings: Settings = DEFAULT) -> bool:
    """Is token j, capitalised, a word of the field a body serves, named by its kind right after a
    title ("Pers" in "Ketua Dewan Pers", "Anggaran" in "Ketua Badan Anggaran DPR", "Etik" in "Ketua
    Komite Etik DPR"; at most ``Settings.body_field_words`` words)? Then it is the title's, as the
    kind is: the name after it is the titled person's."""
    k = j
    while k > 1 and j - k < settings.body_field_words and tokens[k].kind == "word" \
            and tokens[k].text[:1].isupper() and tokens[k].mark in ("common", "office", "name"):
        kind = tokens[k - 1]
        if kind.kind == "word" and kind.text[:1].isupper() and organisation_words().fullmatch(kind.text) \
                and tokens[k - 2].mark == "title":
            return True
        k -= 1
    return False


def _run_start(tokens: list[Token], i: int) -> int:
    """Where the capitalised words that token i closes or stands in begin ("Kabar" of "Kabar Hilir")."""
    k = i
    while k > 0 and tokens[k - 1].kind == "word" and tokens[k - 1].text[:1].isupper():
        k -= 1
    return tokens[k].start


def _after_a_body_kind(tokens: list[Token], i: int, settings: Settings = DEFAULT) -> bool:
    """Does token i follow a body's kind, capitalised, and the field it serves ("Dinkes", "Dinas
    Kesehatan", "Badan Pengelola Keuangan"; ``Settings.body_field_words``)? A body's kind is never
    followed by a person: its place or name comes first."""
    k = i - 1
    field = 0  # the field's words between the kind and token i
    while k >= 0 and tokens[k].kind == "word" and tokens[k].mark != "entity" and tokens[k].text[:1].isupper():
        if organisation_words().fullmatch(tokens[k].text):
            return True
        if field == settings.body_field_words or tokens[k].mark in ("name", "acronym") or tokens[k].text.isupper():
            return False  # (an acronym names the body: "Kementerian PANRB Dwi Anggraini Lubis")
        field += 1
        k -= 1
    return False


def _after_outlet_opener(text: str, pos: int, lang: Language) -> bool:
    """Do words after which a name can only be a newsroom ("news site", "dilansir") end right
    before ``pos``?"""
    return any(not text[m.end():pos].strip(" \u00a0")
               for m in outlet_openers(lang.code).finditer(text, max(0, pos - _OPENER_REACH), pos))


_OPENER_REACH = 40  # characters read back for an outlet opener: longer than any of attribution.toml's


def _could_be_a_given_name(word: str, lang: Language) -> bool:
    """A capitalised common word that may be a given name ("Bill", "Will", "Hope"): not a
    body's word, a month or weekday, a function word or a stopword."""
    f = word.casefold()
    return not (organisation_words().fullmatch(word) or f in calendar_words(lang.code)
                or f in lang.function_words or f in lang.stopwords)


def _names_a_body(tokens: list[Token], i: int, lang: Language) -> bool:
    """Does a title that names a post in a body (``Language.body_titles``: "Kepala", "Direktur
    Utama") stand right before token i, or a title and a word joining it to its body ("head
    of")? A lower-case one after a preposition is a word of its own ("luka di kepala ...")."""
    k = i - 1
    if k >= 1 and tokens[k].kind == "word" and tokens[k].text.casefold() in lang.body_joiners \
            and tokens[k - 1].mark == "title":
        return True
    for entry in lang.body_titles:
        n = len(entry)
        span = tokens[k - n + 1:k + 1] if k - n + 1 >= 0 else []
        if len(span) == n and all(t.kind == "word" and t.text.casefold() == w for t, w in zip(span, entry)):
            before = tokens[k - n] if k - n >= 0 else None
            return not (span[0].text[0].islower() and before is not None and before.kind == "word"
                        and before.text.casefold() in (lang.locatives | lang.objects))
    return False


def _past_connectors(tokens: list[Token], i: int, lang: Language) -> int:
    """Token i, or the first of the words joining a title to it right before it ("Deputi Bidang
    | Statistik"): where the title's own words end."""
    while i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].text.casefold() in lang.title_connectors:
        i -= 1
    return i


def _right_apposition(tokens: list[Token], j: int, lang: Language) -> bool:
    """A title or an age after a comma: "Rahmat Sujatmiko, Kepala ...", "Lestari, 51,", "Budi (45)"."""
    n = len(tokens)
    k = j + 1
    if k < n and tokens[k].text == "(" and k + 2 < n and tokens[k + 1].mark == "number" and tokens[k + 2].text == ")":
        return True
    if k + 1 < n and tokens[k].text == "," and tokens[k + 1].mark == "number" and k + 2 < n \
            and tokens[k + 2].text in (",", ".", "\n"):
        return re.fullmatch(r"\d{1,3}", tokens[k + 1].text) is not None
    return _apposition_title(tokens, j, lang) >= 0


def _apposition_title(tokens: list[Token], j: int, lang: Language, person_nouns: bool = False) -> int:
    """Where the title of an apposition after the name ending at ``j`` stands ("Kepala" of
    "Rahmat Sujatmiko, Kepala ..."), or -1. The body the title serves, or words that qualify it,
    may come first: "Peskov, the Kremlin spokesman,", "Sutrisno, the regional police chief,".
    With ``person_nouns``, a noun for a person or a title in lower case stands there as well
    ("Budi, warga Desa Cibaru,", "Maria, a resident of ...,", "Budi, ketua Koperasi Y,")."""
    n = len(tokens)
    k = j + 1
    if person_nouns and _aged(tokens, j):
        k += 3  # "Nurhayati (61), pedagang ...": the age, then the apposition
    if not (k < n and tokens[k].text == ","):
        return -1
    k += 1
    if k < n and tokens[k].text.casefold() in lang.determiners:
        k += 1
    for _ in range(_APPOSITION_BODY_WORDS):
        t = tokens[k] if k < n else None
        if t is not None and person_nouns and _describes_a_person(t, lang):
            return k
        if t is not None and t.mark != "title" and t.kind == "word" and (
                t.text[:1].isupper() or t.text.isalpha() and t.text.casefold() not in lang.function_words):
            k += 1
    if k < n and person_nouns and _describes_a_person(tokens[k], lang):
        return k
    return k if k < n and tokens[k].mark == "title" else -1


def _describes_a_person(t: Token, lang: Language) -> bool:
    """A noun for a person, or a title, in lower case: what a bare name's apposition starts with
    ("Budi, warga Desa X,", "Budi, ketua Koperasi Y,"), a title being written in lower case when
    no name follows it."""
    return t.kind == "word" and t.text.islower() and (t.text in lang.person_nouns or is_title(t.text))


_APPOSITION_BODY_WORDS = 2  # words before the title in an apposition ("the White House press secretary")


def _before_a_personal_relative(tokens: list[Token], j: int, lang: Language) -> bool:
    """Is the name ending at ``j`` followed by a comma and a relative pronoun that refers to
    persons only, the clause closed by a comma and the sentence going on with its verb ("Harlan,
    who heads the group, said")? A clause that is the subject of another ("However, who dumped
    it is unclear, police said") goes on with no verb of the name's."""
    if not (j + 2 < len(tokens) and tokens[j + 1].text == "," and tokens[j + 2].kind == "word"
            and tokens[j + 2].text in lang.personal_relatives):
        return False
    for k in range(j + 3, min(len(tokens) - 1, j + 3 + _RELATIVE_CLAUSE_WORDS)):
        if tokens[k].text in (".", "!", "?", "\n"):
            return False
        if tokens[k].text == ",":
            after = tokens[k + 1]
            return after.kind == "word" and after.text.islower() and lang.is_verb(after.text)
    return False


_RELATIVE_CLAUSE_WORDS = 14  # tokens a relative clause after a name runs to its closing comma


def _inside_its_apposition(tokens: list[Token], last: int, i: int, j: int, lang: Language) -> bool:
    """Do tokens ``i..j`` close the apposition after the name ending at ``last``, right before
    its comma and the sentence's verb ("Nurhayati (61), pedagang warga Muara Lintang,
    mengaku")? Then they name the place or the body the apposition gives the person."""
    k = _apposition_title(tokens, last, lang, person_nouns=True)
    if k < 0 or k >= i or any(t.text in (",", ".", "\n") for t in tokens[k:i]):
        return False
    return j + 2 < len(tokens) and tokens[j + 1].text == "," and tokens[j + 2].kind == "word" \
        and tokens[j + 2].text.islower() and lang.is_verb(tokens[j + 2].text)


def _aged(tokens: list[Token], j: int) -> bool:
    """Is an age in brackets, set off by a comma, right after token j ("Sarmini (52), warga
    ...")? A word opening a sentence is then a name too: a role noun given an age goes on with
    its verb ("Pelaku (34) ditangkap"), not with an apposition."""
    k = j + 1
    return (k + 3 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")"
            and tokens[k + 3].text == "," and re.fullmatch(r"\d{1,3}", tokens[k + 1].text) is not None)


def _titled_apposition(tokens: list[Token], j: int, lang: Language) -> bool:
    """Is there a title's apposition after the name, closed by its comma, the sentence going on
    with its verb after it ("Peskov, the Kremlin spokesman, said")? A word opening a sentence is
    then a name too: a common noun there has no title set off after it. "the mayor said" between
    commas is a clause, no apposition; "Sebelumnya, Kepala Dinas ..., Wiyanto mengatakan": the
    title is Wiyanto's."""
    n = len(tokens)
    k = _apposition_title(tokens, j, lang, person_nouns=True)
    if k < 0:
        return False
    k += 1
    while k < n and tokens[k].mark == "title":
        k += 1
    # in Indonesian the body and its place follow the title ("Kepala BPBD Hilir,", "Ketua
    # Kelompok Tani Sido Makmur Jaya,", "warga Desa Cibaru,", "pedagang di Pasar Induk,"):
    # words of the clause, up to the comma that closes it
    for _ in range(_APPOSITION_CLAUSE_WORDS):
        if k < n and tokens[k].kind == "word":
            k += 1
    return k + 1 < n and tokens[k].text == "," and tokens[k + 1].kind == "word" \
        and not tokens[k + 1].text[:1].isupper()


_APPOSITION_CLAUSE_WORDS = 6  # words after an apposition's title, up to its closing comma


def _speaks(tokens: list[Token], i: int, j: int, lang: Language, opens: bool) -> bool:
    """A single name word in a speaker's place is a person's: after a verb that credits a
    quotation ("kata Sujatmiko", "said Xi") or after "menurut", "according to", or before a
    speech verb inside a sentence ("..., Putin said"); opening a sentence, a capitalised
    word before a verb is as often a common noun ("Witnesses said"). Countries, places
    and sources in those places are told apart before this."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if prev is not None and prev.kind == "word" and prev.text.casefold() in lang.quote_verbs:
        return True
    if any(" ".join(t.text.casefold() for t in tokens[max(0, i - len(a.split())):i]) == a.casefold()
           for a in lang.according):
        return True  # "menurut Sujatmiko", "according to Castro"
    if prev is not None and prev.kind == "word" and prev.text.casefold() in lang.objects:
        return False  # "pada Seni mengatakan": the object of a preposition is no speaker
    if (not opens and prev is not None and prev.text == "," and nxt is not None and nxt.text == ","
            and j + 2 < len(tokens) and tokens[j + 2].kind == "word" and tokens[j + 2].text.casefold() in lang.speech_verbs):
        return True  # set off by commas before a speech verb: "the head of the centre, Sutrisno, said"
    return not opens and nxt is not None and nxt.kind == "word" and nxt.text.casefold() in lang.speech_verbs


def _sentence_initial(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    prev = tokens[i - 1]
    if prev.text in ("\"", "”") and i > 1 and tokens[i - 2].text == ",":
        return False  # '"...," Budi told reporters': a quotation's tag goes on with the sentence
    return prev.kind == "newline" or prev.text in (".", "!", "?", "\"", "“", "”", ":", "-", "–", "—")


def _could_open_a_sentence_as_name(toks: list[str], lang: Language) -> bool:
    """A capitalised run at a sentence's start is a name unless it starts with a verb
    ("Bertemu Biden", "Menyebut Putin"): the run then is capitalised only because it opens."""
    return not lang.is_verb(toks[0].casefold())


def _lowercase_words(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The words an article's body writes in lower case: a capitalised word among them is a
    common word ("Misa", "Rumah Sakit", "Nomor"), as prose never writes a name in lower case
    (tag rows and web addresses do, and are not body)."""
    out = set()
    for s0, e0 in spans:
        out.update(_LOWER_WORD.findall(text, s0, e0))
    return frozenset(out)


_LOWER_WORD = re.compile(r"(?<![\w'’./-])[a-z]{2,}(?![\w'’/-])")


@lru_cache(maxsize=None)
def _place_regex(code: str) -> re.Pattern:
    """A capitalised word right after a locative or a place head ("di Bogor", "Kabupaten Sleman")."""
    heads = sorted(language(code).locatives | {w for w in place_words() if " " not in w}, key=len, reverse=True)
    # (the name in a lookahead: matches must not consume it, for it may be a place head itself
    # with the name after it, "di Kabupaten Sigi")
    return re.compile(rf"(?i:(?<![\w-])(?:{'|'.join(re.escape(h) for h in heads)}))[ \u00a0]+(?=([A-Z][\w-]+)"
                      rf"(?!{alternation(possessives())})(?![\w'’-]))")


def _place_names(text: str, spans: list[tuple[int, int]], lang: Language) -> frozenset[str]:
    """The words an article's body uses as places: right after a locative or a place head
    ("di Bogor", "Kabupaten Sleman"), not as a possessive ("in Putin's words"). Such a word
    after a title is the title's jurisdiction ("Kepala BPBD Bogor Hendra Saputra")."""
    rx = _place_regex(lang.code)
    out = set()
    for s0, e0 in spans:
        # (the place's capital after a space, sought first: a stretch without one has no place
        # name, and is spared the long alternation of place words at every character)
        if _SPACE_CAPITAL.search(text, s0, e0):
            out.update(m.group(1) for m in rx.finditer(text, s0, e0))
    return frozenset(out)


@lru_cache(maxsize=None)
def _place_run_regex(code: str) -> re.Pattern:
    """A place head and the capitalised run after it, up to four words ("Kecamatan Tanah Merah",
    "Desa Mekar Sari", "the village of Mekar Sari"): the run is the place's name."""
    heads = "|".join(re.escape(h) for h in sorted(place_words(), key=len, reverse=True))
    linkers = "|".join(re.escape(w) for w in sorted(language(code).place_linkers, key=len, reverse=True))
    link = rf"(?:[ \u00a0]+(?:{linkers}))?" if linkers else ""
    word = r"[A-Z][\w'’-]*[\w]"
    return re.compile(rf"(?i:(?<![\w-])(?:{heads})){link}[ \u00a0]+({word}(?:[ \u00a0]+{word}){{0,3}})(?![\w'’-])")


def _place_runs(text: str, spans: list[tuple[int, int]], lang: Language) -> frozenset[str]:
    """The names of two words or more an article gives places after a place head ("Kecamatan
    Tanah Merah", "the village of Mekar Sari"), with every shorter run their words begin with:
    elsewhere in the article the same words with no head ("... dan Tanah Merah 120 KK") name
    the place, not a person."""
    rx = _place_run_regex(lang.code)
    out = set()
    for s0, e0 in spans:
        if _SPACE_CAPITAL.search(text, s0, e0):
            for m in rx.finditer(text, s0, e0):
                ws = m.group(1).split()
                out.update(" ".join(ws[:k]) for k in range(2, len(ws) + 1))
    return frozenset(out)


def _in_place_list(tokens: list[Token], i: int, j: int, lang: Language, settings: Settings = DEFAULT) -> bool:
    """Is the run ``tokens[i..j]`` an item of a list that a place head opens, the head said once
    for all ("Desa Sukamaju, Cibodas, Mekar Sari dan Sumber Jaya", "Kecamatan A dan B", "the
    villages of A and B")? The list must be joined by a conjunction before its last item: a
    place, a comma and a name ("di Desa Sukamaju, Budi Santoso mengatakan") is no list."""
    joins = lang.list_conjunctions | lang.disjunctions
    joined = False
    k = i - 1
    for _item in range(settings.max_place_list):
        if k < 1 or not (tokens[k].text == "," or tokens[k].text.casefold() in joins):
            return False
        joined |= tokens[k].text != ","
        k -= 1
        m = k  # the item before the separator: capitalised words, then the head or a separator
        while m >= 0 and k - m < settings.max_name_words and tokens[m].kind == "word" \
                and tokens[m].text[:1].isupper() and tokens[m].mark != "place":
            m -= 1
        if m == k or m < 0:
            return False
        if tokens[m].mark == "place" or (
                tokens[m].text.casefold() in lang.place_linkers and m > 0 and tokens[m - 1].mark == "place"):
            return _list_closes(tokens, j + 1, joins, joined, settings)
        k = m
    return False


def _list_closes(tokens: list[Token], k: int, joins: frozenset[str], joined: bool, settings: Settings) -> bool:
    """Do the commas and capitalised items from token ``k`` on end the list: at a conjunction
    and one more item (unless one was ``joined`` before), and then not at a comma before
    anything but the place they are in ("Desa A dan B, Kecamatan C", "A dan B, Flores
    Timur"): "Warga Desa A, Budi Santoso dan Siti Aminah, mengungsi" names two people."""
    n = len(tokens)
    for _item in range(settings.max_place_list + 1):
        if k < n and tokens[k].text.casefold() in joins and not joined:
            joined = True
        elif k < n and tokens[k].text == ",":
            if joined:  # the place the list's places are in: a capitalised run with a place's word
                run = tokens[k + 1:k + 1 + settings.max_name_words]
                run = run[:next((x for x, t in enumerate(run) if t.kind != "word" or not t.text[:1].isupper()), len(run))]
                return any(t.mark in ("place", "region", "entity") for t in run)
        else:
            return joined
        k += 1
        start = k
        while k < n and k - start < settings.max_name_words and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
            k += 1
        if k == start:
            return False
    return False


# what every place name after a locative or a place head begins with (``_place_regex``)
_SPACE_CAPITAL = re.compile(r"[ \u00a0][A-Z]")


def find_mentions(text: str, start: int, end: int, lang: Language, lower: frozenset[str] = frozenset(),
                  places: frozenset[str] = frozenset(),
                  settings: Settings = DEFAULT, place_runs: AbstractSet[str] = frozenset()
                  ) -> tuple[list[Token], list[Mention], set[str]]:
    """Person mentions in ``text[start:end]`` from the shape of the text alone; ``lower``:
    the words the article writes in lower case; ``places``: the words it uses as places;
    ``place_runs``: the names of two words or more it gives places. Also returns the names of
    two words or more read here as items of a list of places (places too, from there on)."""
    tokens = tokenize(text, start, end, lang, settings)
    out: list[Mention] = []
    listed: set[str] = set()
    persons_end = 0
    cores = _cores(tokens)
    core_at = {i: j for i, j in cores}
    set_off: set[int] = set()  # names a title's jurisdiction and a comma set off from the title
    for i, j in cores:
        # a capitalised function word inside a sentence, before a titled name, is the name's
        # ("Duta Besar ... untuk Turki Lalu Ahmad Fauzan"), and so is a common word, not a body's
        # or a date's, before a titled surname ("NASA Administrator Bill Nelson")
        if i > 1 and tokens[i - 1].mark == "common" and tokens[i - 1].text[0].isupper() \
                and (j > i and not organisation_words().fullmatch(tokens[i - 1].text)
                     or _could_be_a_given_name(tokens[i - 1].text, lang)) \
                and not _sentence_initial(tokens, i - 1) and _left_chain(tokens, i - 1, persons_end, lang, settings)[1]:
            i -= 1
        words = [t.text for t in tokens[i:j + 1] if t.mark in ("name", "initial", "particle", "common")]
        chain, titled = _left_chain(tokens, i, persons_end, lang, settings)
        titled = titled or i in set_off
        if " ".join(words).casefold() in _holidays():
            continue  # "Idul Fitri", "Lunar New Year": a feast's name
        # a town of two or three words the gazetteer knows, before a name, is no part of it ("the
        # ambassador to the UN in New York Arif Wicaksono", "New" read as a common word)
        lead = [tokens[i - 1].text] if i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].text[:1].isupper() else []
        for n in (3, 2, 1):
            town = lead + words[:n]
            if len(town) >= 2 and len(words) > n and " ".join(town).casefold() in dateline_places():
                words = words[n:]
                i = next(k for k in range(i + 1, j + 1) if tokens[k].text == words[0])
                break
        # a run of more words than a name has: a headline or a title-case phrase
        if sum(w not in _particles() for w in words) > settings.max_name_words:
            if not titled:
                continue
            # keep the last name words, and the particles between them ("Lula da Silva")
            kept = [k for k in range(i, j + 1) if tokens[k].mark != "punct"]
            while sum(tokens[k].text not in _particles() for k in kept) > settings.max_name_words:
                kept.pop(0)
            i = kept[0]
            words = [tokens[k].text for k in kept]
        # capitalised common words and places: dropped before a title's name, fatal to a name by shape
        if titled:
            # (a town the gazetteer knows is a place there too, named or not after a locative: the
            # jurisdiction of "Kepala BPBD Surabaya Agus Hebi")
            while words and (words[0].casefold() in lower or words[0] in places
                             or words[0].casefold() in dateline_places()) and len(words) > 1:
                words = words[1:]
                i = next(k for k in range(i + 1, j + 1) if tokens[k].text == words[0])
            if words[0].casefold() in lower or words[0] in places:
                continue
            # a body a title heads, named by its kind, then three names: the first is the body's
            # place or name, not a given name ("Kepala Dinkes Pandeglang Iwan Setiabudi", "Direktur
            # Bank Mandiri Darmawan Junaidi"); a body's kind is never followed by a person. (A longer
            # run is cut where the article writes the body's name apart, below.)
            if len(words) == 3 and words[0] == tokens[i].text and _after_a_body_kind(tokens, i, settings):
                words = words[1:]
                i = next(k for k in range(i + 1, j + 1) if tokens[k].text == words[0])
        # a title that names a post in a body, then the body, then the name: "Kepala Roscosmos
        # Anton Sokolov", "the head of Roscosmos Anton Sokolov"; the body is no first name
        body = ()
        if len(words) >= 3 and words[0] == tokens[i].text and tokens[i].mark == "name" \
                and _names_a_body(tokens, i, lang):
            rest = [k for k in range(i + 1, j + 1) if tokens[k].kind == "word"]
            if all(tokens[k].mark in ("name", "initial", "particle") for k in rest):
                body, i, words = (tokens[i].text.casefold(),), rest[0], words[1:]
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        after = tokens[j + 2] if j + 2 < len(tokens) else None
        prev = tokens[i - 1] if i > 0 else None
        # the word before or after makes it a place or a body: "Kota Toyama", "Ibu Kota
        # Nusantara", "Four Seasons Hotel", "Shanghai Cooperation Organisation", "di Kazan",
        # "Otoritas Manajemen Bencana", "Pusat Koordinasi Tanggap Darurat", "West Wing Portico"
        if prev is not None and prev.mark == "place":
            continue
        if nxt is not None and nxt.kind == "word" and (nxt.mark in ("place", "office") or
                                                     organisation_words().fullmatch(nxt.text)):
            continue
        if not titled and _before_a_body_word(
                tokens, j, described=prev is not None and prev.kind == "word" and prev.text in lang.determiners):
            continue  # "the Natuna United Fishermen's Association": the body's name, not a person

        if prev is not None and prev.mark == "lower" and prev.text in lang.locatives:
            continue
        # a name before a noun for a person, in lower case, is where they live or come from, no
        # one's name ("a Fatu Lulu resident, Maria ...", "the Kampung Melayu trader")
        if nxt is not None and nxt.kind == "word" and nxt.text.islower() and nxt.text in lang.person_nouns \
                and not titled:
            continue
        if prev is not None and prev.kind == "word" and _after_outlet_opener(text, _run_start(tokens, i), lang):
            continue  # "local news site Suara Hilir reported", "dilansir Kabar Hilir": a newsroom
        # "the village of Mekar Sari"; an item of a list of places that one head opens ("Desa
        # Sukamaju, Cibodas dan Mekar Sari"); a name the article gives a place after its head
        if prev is not None and prev.text.casefold() in lang.place_linkers and i >= 2 and tokens[i - 2].mark == "place":
            continue
        if not titled and len(words) > 1 and (" ".join(words) in place_runs or " ".join(words) in listed):
            continue
        if not titled and _in_place_list(tokens, i, j, lang, settings):
            if len(words) > 1:
                listed.add(" ".join(words))
            continue
        if not titled and prev is not None and (prev.mark in ("office", "region") or
                                                prev.kind == "word" and organisation_words().fullmatch(prev.text)
                                                and prev.mark != "entity" and prev.text[:1].isupper()) \
                and not _after_its_body(tokens, i):
            continue  # "Pusat Koordinasi ...", "West Wing Portico", "Otoritas Jasa Keuangan"; not after a
            # body's whole name the registry knows ("... Kemenkes Laksmi Rahayu menyebut"), nor after a
            # body's word in lower case, which describes and names nothing ("juru bicara kementerian X")
        if not titled and _inside_a_body_name(tokens, i):
            continue  # "PT Mega Kencana Abadi": the company's name, not "Kencana Abadi"
        # one word before a title, or before a comma and a name or an office, is the title's
        # jurisdiction or one of a list of offices: "Kapolda Jatim Irjen ...", "Walikota Asagiri,
        # Kenta Morimoto", "Kepala Pusat Data, Informasi dan ..."
        if len(words) == 1 and nxt is not None and (
                nxt.mark == "title" or titled and nxt.text == "," and after is not None
                and (after.mark == "office" or core_at.get(j + 2, j + 2) > j + 2)):
            continue
        # ... and so are the words between a title's body and the rank that opens the name
        # ("Kepala Kepolisian Resor Bogor AKBP Lucia Ferreira": "Resor Bogor" is the body's): a
        # person's name is not followed by a rank and another name, with nothing between
        if titled and nxt is not None and nxt.mark == "title":
            k = j + 1
            while k < len(tokens) and tokens[k].mark == "title":
                k += 1
            if k in core_at:
                continue
        # ... and a jurisdiction of a few words before a comma and the name that closes the credit
        # ("kata Bupati Aceh Jaya, Safwandi.", "kata Camat Setia Bakti, Rahmat Hidayat."), an
        # honorific before that name too ("kata Direktur RSUD Bakti Husada, dr. Hasnah Rahim.")
        named_at = j + 2
        while named_at < len(tokens) and tokens[named_at].mark == "title":
            named_at += 1
        if titled and nxt is not None and nxt.text == "," and _closing_name(tokens, named_at, core_at, lang):
            set_off.add(named_at)  # the title is the name's after the comma
            continue
        # one word after a title of a post in a body, joined to more: the post's field ("Direktur
        # Gempabumi dan Tsunami BMKG X", "Deputi Bidang Neraca dan Analisis BPS X"), not a person
        if len(words) == 1 and nxt is not None and nxt.kind == "word" and nxt.text in lang.title_connectors \
                and after is not None and after.kind == "word" and after.text[:1].isupper() \
                and _names_a_body(tokens, _past_connectors(tokens, i, lang), lang):
            continue
        # one word before a body's acronym and a name: the last word of a post's field ("Deputi
        # Bidang Neraca dan Analisis BPS Ahmad Fauzi"), the name after the body is the person
        if titled and len(words) == 1 and nxt is not None and nxt.mark in ("acronym", "entity") \
                and after is not None and after.mark == "name":
            continue
        first = tokens.index(chain[-1]) if chain and titled else i
        # a title inside the name of a body or a building is nobody's: "Kantor Wali Kota Surabaya";
        # a body's word in lower case describes the title ("police spokesman X", "juru bicara polisi"),
        # and so does a capitalised one before a title in lower case ("Police spokesman X",
        # "Makassar Police spokesman X"): a title inside a name is capitalised with it
        if titled and first > 0 and tokens[first - 1].kind == "word" and (
                tokens[first - 1].mark == "place" or organisation_words().fullmatch(tokens[first - 1].text)
                and not tokens[first - 1].text.islower() and not tokens[first].text.islower()):
            continue
        # one word right after a capitalised organisation word is the body's name's ("Ketua Asosiasi
        # Pengusaha Indonesia (Apindo) X", "Kepala Lembaga Sensor X"), not the titled person
        if titled and i > 0 and tokens[i - 1].kind == "word" \
                and tokens[i - 1].text[:1].isupper() and organisation_words().fullmatch(tokens[i - 1].text) \
                and (len(words) == 1 or nxt is not None and nxt.text.casefold() in lang.demonstratives
                     or _body_to_its_place_then_a_name(tokens, i - 1)):
            continue  # ... and so are the words before a demonstrative ("mantan Rektor Universitas Tambun Raya
            # itu"), and those before the place the body serves and the name after it ("Ketua Himpunan
            # Pengusaha Muda Jawa Timur Budi Santoso")
        # a title set off after a name, up to a comma ("Sutrisno, Kepala BPBD Hilir, mengatakan"):
        # it is that name's title, and the word closing it is its jurisdiction, not a person
        if (titled and first >= 2 and tokens[first - 1].text == "," and out
                and out[-1].last == first - 2 and nxt is not None and nxt.text == ","
                and (len(words) == 1 or not out[-1].titled and after is not None and after.kind == "word"
                     and after.text.islower())):
            continue  # (a full name there is the next item of a list of titled people, unless the
            # name before is bare and the clause goes on with its verb: "Suwarno, Ketua Kelompok
            # Tani Makmur Jaya, menyebut" names the group, not a person)
        if not titled and out and out[-1].evidence and _inside_its_apposition(tokens, out[-1].last, i, j, lang):
            continue  # "Nurhayati (61), pedagang warga Muara Lintang, mengaku": where she lives
        name = " ".join(words)
        title = tuple(t.text.casefold().rstrip(".") for t in chain if t.mark == "title")
        chain_words = body + tuple(t.text.casefold() for t in chain if t.mark in ("entity", "region", "acronym"))
        opens = _sentence_initial(tokens, i)
        evidence = ""
        if titled:
            evidence = "title"
        elif opens and not _could_open_a_sentence_as_name(words, lang):
            evidence = ""
        elif any(w.casefold() in lower for w in words):
            evidence = ""
        elif (_right_apposition(tokens, j, lang) and (len(words) > 1 or not opens or _aged(tokens, j))
              or _titled_apposition(tokens, j, lang)) and (len(words) > 1 or not opens
                                                           or not _common_word(words[0], lang.code)):
            evidence = "apposition"
        elif _before_a_personal_relative(tokens, j, lang) and not _common_word(words[0], lang.code):
            evidence = "apposition"  # "Harlan, who heads the farmers' group, said"
        elif prev is not None and prev.text in possessives() and i >= 2 and tokens[i - 2].mark == "entity":
            evidence = "possessive"
        elif len(words) >= 2:
            evidence = "shape"
        elif _speaks(tokens, i, j, lang, opens):
            evidence = "speech"
        if not evidence:
            # kept aside: a single word may still be a short form or a nickname
            out.append(Mention(i, j, name, False, (), chain_words, "", first))
            continue
        out.append(Mention(i, j, name, evidence == "title", title, chain_words, evidence, first, opens))
        persons_end = j + 1
    return tokens, out, listed


def _nicknames(tokens: list[Token], mentions: list[Mention]) -> dict[str, str]:
    """'Joko Widodo (Jokowi)': the word in brackets right after a person's name is a name of theirs."""
    out = {}
    for m in mentions:
        if not m.evidence or " " not in m.name:
            continue
        k = m.last + 1
        if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" \
                and tokens[k + 1].mark in ("name", "acronym") and tokens[k + 1].text not in m.name:
            out[tokens[k + 1].text] = m.name
    return out


def _role_mentions(text: str, tokens: list[Token], taken: list[tuple[int, int]],
                   lang: Language) -> list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
    """Titles with no name after them, read as references to a person named before:
    "ujar Kapolda", "Presiden itu", "the governor said". (start, end, title words, chain words)."""
    out = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if t.mark != "title" or any(a <= t.start < b for a, b in taken):
            i += 1
            continue
        j = i
        while j + 1 < n and tokens[j + 1].mark in ("title", "entity", "place", "office", "acronym"):
            j += 1
        nxt = tokens[j + 1] if j + 1 < n else None
        if nxt is not None and nxt.mark in ("name", "initial") or nxt is not None and nxt.text in (",", "("):
            i = j + 1
            continue
        prev = tokens[i - 1] if i > 0 else None
        before = [x.text.casefold() for x in tokens[max(0, i - 3):i] if x.kind == "word"][-2:]
        definite = (nxt is not None and nxt.text.casefold() in lang.definites_after) or bool(lang.definites & set(before))
        indefinite = prev is not None and prev.text.casefold() in lang.indefinites
        # a bare title opening a sentence before its verb: "Presiden mengatakan ..."
        opens_clause = _sentence_initial(tokens, i) and nxt is not None and nxt.mark == "lower" and (
            lang.is_verb(nxt.text) or nxt.text.casefold() in lang.auxiliaries)
        capitalised = t.text[:1].isupper() and (not _sentence_initial(tokens, i) or definite or opens_clause)
        if indefinite or not (definite or capitalised):
            i = j + 1
            continue
        words = tuple(x.text.casefold().rstrip(".") for x in tokens[i:j + 1] if x.mark == "title")
        chain = tuple(x.text.casefold() for x in tokens[i:j + 1] if x.mark in ("entity", "region", "acronym"))
        end = tokens[j].end
        if nxt is not None and nxt.text.casefold() in lang.definites_after:
            end = nxt.end
        out.append((t.start, end, words, chain))
        i = j + 1
    return out


def find_persons(article: Article, spans: list[tuple[int, int]], headlines: list[tuple[int, int]] = (),
                 settings: Settings = DEFAULT) -> list[Span]:
    """Person mentions in the body ``spans`` (and, by the names found there, in ``headlines``)."""
    text = article.text
    lang = language(article.meta.language)
    ents = entities()
    found: list[tuple[int, int, str, Mention | None]] = []  # start, end, name as written, mention
    chain_from: dict[tuple[int, int], int] = {}  # (start, end) -> where its title chain starts
    loose: list[tuple[int, int, str]] = []  # single capitalised words kept aside
    nick: dict[str, str] = {}
    roles = []
    lower = _lowercase_words(text, spans)
    places = _place_names(text, spans, lang)
    place_runs = set(_place_runs(text, spans, lang))
    for s0, e0 in spans:
        tokens, mentions, listed = find_mentions(text, s0, e0, lang, lower, places, settings, place_runs)
        place_runs |= listed  # the lists of places read on the way
        nick.update(_nicknames(tokens, mentions))
        for m in mentions:
            s, e = tokens[m.first].start, tokens[m.last].end
            chain_from[(s, e)] = tokens[m.chain_first].start if m.chain_first >= 0 else s
            if m.evidence:
                found.append((s, e, m.name, m))
            elif ents.persons.get(m.name):
                found.append((s, e, m.name, Mention(m.first, m.last, m.name, False, (), (), "registry", m.first)))
            else:
                loose.append((s, e, m.name))
        taken = [(tokens[m.chain_first].start, tokens[m.last].end) for m in mentions if m.evidence]
        roles += _role_mentions(text, tokens, taken, lang)
    # a name by its shape alone that the article gives a place anywhere, a paragraph before
    # or after ("Kecamatan A dan Tanah Merah" ... "warga Tanah Merah"), is the place's
    found = [f for f in found if not (f[3] is not None and f[3].evidence == "shape" and f[2] in place_runs)]
    # a run opening a sentence whose first word is nowhere else part of a name, and whose other
    # words are a name found elsewhere, was capitalised by the sentence: "Partisipasi Xi - ..."
    elsewhere = {n for _s, _e, n, m in found if m is not None and not m.opens}
    known_words = {w for n in elsewhere for w in n.split()} | {n for _s, _e, n in loose}
    for k, (s, e, n, m) in enumerate(found):
        toks = n.split()
        if m is not None and m.opens and m.evidence == "shape" and toks[0] not in known_words \
                and " ".join(toks[1:]) in known_words | elsewhere:
            tail = " ".join(toks[1:])
            s2 = s + n.index(tail, len(toks[0]))
            found[k] = (s2, s2 + len(tail), tail, None)
    _trim_to_the_name_used_alone(found, loose, chain_from, text)
    # a company's short name ("Sinar Bumi" after "PT Sinar Bumi Persada") is the company's, when no
    # title makes it a person's
    shorts = _company_short_names_in(text)
    if shorts:
        found = [f for f in found if f[2] not in shorts or f[3] is not None and f[3].titled]
    # single words and short forms: a word of a longer name found in the article, or a nickname
    full = {n for _s, _e, n, _m in found if " " in n}
    parts: dict[str, list[str]] = {}
    for n in sorted(full):
        ws = n.split()
        for w in (ws[0], ws[-1]):
            parts.setdefault(w, []).append(n)
    single = {n for _s, _e, n, m in found if " " not in n and m is not None and m.evidence}
    for s, e, n in loose:
        toks = n.split()
        if len(toks) == 1:
            if n in nick or n in parts or n in single:
                found.append((s, e, n, None))
        elif toks[-1] in parts:
            # a run that is no name as a whole ("Bertemu Biden" opening a sentence) may end in one
            s2 = s + n.rfind(toks[-1])
            found.append((s2, s2 + len(toks[-1]), toks[-1], None))
    found.sort(key=lambda f: (f[0], f[1]))
    names = canonical_names([f[2] for f in found], nick)
    out = []
    for s, e, n, m in found:
        canon = names.get(n, n)
        canon = ents.persons.get(canon, canon)
        out.append(Span(s, e, "person", {
            "name": canon, "surface": text[s:e], "titled": bool(m and m.titled), "from": chain_from.get((s, e), s),
            "title": list(m.title) if m else [], "of": list(m.chain) if m else [], "role": False}))
    # role mentions: the person last named before with the same title (and country, if one is said)
    titled_index = RoleIndex(out)
    for s, e, words, chain in roles:
        who = titled_index.resolve(s, words, chain)
        if who:
            out.append(Span(s, e, "person", {"name": who, "surface": text[s:e], "titled": True, "from": s,
                                             "title": list(words), "of": list(chain), "role": True}))
    # headlines: the names and name words the body uses
    if headlines and out:
        table: dict[str, str] = {}
        for p in out:
            if p.attrs["role"]:
                continue
            table.setdefault(p.attrs["surface"], p.attrs["name"])
            for w in p.attrs["name"].split():
                if len(w) >= 2 and w[0].isupper():
                    table.setdefault(w, p.attrs["name"])
        rx = re.compile(rf"(?<![\w-])(?:{alternation(table)})(?![\w-])")
        for s0, e0 in headlines:
            for m in rx.finditer(text, s0, e0):
                out.append(Span(m.start(), m.end(), "person", {
                    "name": table[m.group(0)], "surface": m.group(0), "titled": False, "from": m.start(),
                    "title": [], "of": [], "role": False}))
    out.sort(key=lambda p: (p.start, p.end))
    return out


def _trim_to_the_name_used_alone(found: list, loose: list, chain_from: dict, text: str) -> None:
    """A run of three or more capitalised words whose inner word the article uses alone for the
    person ("Ekonom Bank Mandala Rini Hapsari menilai ..." ... "ujar Rini"; "Kepala BPBD Tanah
    Merapu Yusran Effendi" ... "kata Yusran"): the person's name starts at that word, and the
    words before it are a body's or a place's the gazetteer does not know. Indonesian and
    English reports refer back to a person by a given name or a surname, never by a body's
    word. Not when the run's first word is used alone too ("Andi Sultan Hamid" ... "kata Andi"):
    then the run is the name. In place, with the title chain's start kept; a body's words cut
    off the front of a name by ``_named_apart`` ("Uni Meridian") name no person elsewhere."""
    alone = {n for _s, _e, n in loose if " " not in n}
    alone |= {n for _s, _e, n, m in found if " " not in n and m is not None and m.evidence}
    bodies = set()
    for k, (s, e, n, m) in enumerate(found):
        words = n.split()
        if len(words) < 3 or words[0] in alone:
            continue
        j = next((j for j in range(1, len(words) - 1) if words[j] in alone and len(words[j]) > 2), None)
        if j is None:
            j = _named_apart(words, text)
            if j is not None:
                bodies.add(" ".join(words[:j]))
        if j is None:
            continue
        w = re.search(rf"(?<![\w-]){re.escape(words[j])}(?![\w-])", text[s:e])
        if w is None:
            continue
        s2 = s + w.start()
        chain_from[(s2, e)] = chain_from.get((s, e), s)
        found[k] = (s2, e, " ".join(words[j:]), m)
    if bodies:
        found[:] = [f for f in found if f[2] not in bodies]


def _named_apart(words: list[str], text: str) -> int | None:
    """Where a person's name starts in a run whose first two words or more the article also
    writes without the rest ("Ketua Umum Partai Nusa Raya Budi Santika ..." ... "Partai Nusa
    Raya akan menggelar kongres"): those words are a body's or a place's. The last such start
    that leaves a name of two words or more; None when there is none."""
    best = None
    for j in range(2, len(words) - 1):
        head = r"[ \u00a0]+".join(re.escape(w) for w in words[:j])
        if re.search(rf"(?<![\w-]){head}(?![\w-])(?![ \u00a0]+{re.escape(words[j])}(?![\w-]))", text):
            best = j
    return best


class RoleIndex:
    """The people named so far, by each word of their titles, in text order: who a role
    mention ("the minister said") stands for is found by a binary search per title word,
    not by reading every earlier name (which made a long article's cost grow with its
    square)."""

    def __init__(self, persons: list[Span]):
        self.by_title: dict[str, list[tuple[int, int, Span]]] = {}
        for k, p in enumerate(persons):
            if p.attrs["role"]:
                continue
            for w in set(p.attrs["title"]):
                self.by_title.setdefault(w, []).append((p.start, k, p))
        for entries in self.by_title.values():
            entries.sort(key=lambda x: (x[0], -x[1]))  # read backwards: latest first, then first listed
        self.starts = {w: [x[0] for x in entries] for w, entries in self.by_title.items()}

    def resolve(self, pos: int, words: tuple[str, ...], of: tuple[str, ...]) -> str:
        """The person last named before ``pos`` with one of the title ``words`` (and, when the
        role names a country or region, "Presiden Rusia", with it in their title too); of
        two named at one place, the one listed first."""
        want_of = set(of)
        best: tuple[int, int, Span] | None = None
        for w in sorted(set(words)):
            entries = self.by_title.get(w)
            if not entries:
                continue
            for i in range(bisect_left(self.starts[w], pos) - 1, -1, -1):
                start, k, p = entries[i]
                if best is not None and (start, -k) <= (best[0], -best[1]):
                    break
                if want_of <= set(p.attrs["of"]):
                    best = (start, k, p)
                    break
        return best[2].attrs["name"] if best else ""


def canonical_names(names, nicknames: dict[str, str] | None = None) -> dict[str, str]:
    """One article's names -> the name each stands for: the longest name in the article
    whose words include it and that starts or ends like it ("Xi" -> "Xi Jinping",
    "Tayyip Erdogan" -> "Recep Tayyip Erdogan"); a nickname -> the name it follows."""
    mapping = dict(longest_names(names))
    for k, v in (nicknames or {}).items():
        mapping[k] = mapping.get(v, v)
    return mapping


def longest_names(names) -> dict[str, str]:
    """name -> the longest name it stands for: a name whose words are all in a longer one
    that starts or ends like it ("Xi" -> "Xi Jinping", "Tayyip Erdogan" -> "Recep Tayyip
    Erdogan"). Names that stand for nothing longer are left out."""
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    mapping: dict[str, str] = {}
    for n in ordered:
        toks = n.split()
        middle = []  # longer names holding a one-word name inside ("Lula" in "Luiz Inácio Lula da Silva")
        for m in ordered:
            if len(m) <= len(n):
                break
            mt = m.split()
            if set(toks) <= set(mt) and (toks[-1] == mt[-1] or toks[0] == mt[0]):
                mapping[n] = mapping.get(m, m)
                break
            if len(toks) == 1 and toks[0] in mt[1:-1] and toks[0][:1].isupper():
                middle.append(m)
        # a name some people go by is the middle word of their full name: it stands for that name
        # when one longer name alone holds it (of two, it is nobody's to give)
        fulls = {mapping.get(m, m) for m in middle}
        if n not in mapping and len(fulls) == 1:
            mapping[n] = fulls.pop()
    return mapping


# ------------------------------------------------------------------ the stage


def persons(article: Article, settings: Settings = DEFAULT) -> None:
    """Adds the ``persons`` layer: body paragraphs and captions, then headlines by the names found."""
    stretches = [(p.start, p.end) for p in article.layer("paragraphs")]
    stretches += [(b.start, b.end) for b in article.layer("blocks") if b.label == "caption"]
    heads = [(b.start, b.end) for b in article.layer("blocks") if b.label == "title"]
    covered = [(s, e) for s, e in stretches]
    heads = [(s, e) for s, e in heads if not any(a <= s < b for a, b in covered)]
    article.add("persons", find_persons(article, sorted(stretches), heads, settings))


# the last persons list asked about, indexed by start: callers ask of one article's persons
# layer many times, and a scan of the whole layer each time was quadratic
_last_index: tuple[list[Span] | None, ByStart] = (None, ByStart(()))


def _index(persons: list[Span]) -> ByStart:
    global _last_index
    if _last_index[0] is not persons or len(_last_index[1].spans) != len(persons):
        _last_index = (persons, ByStart(persons))
    return _last_index[1]


def persons_in(persons: list[Span], start: int, end: int) -> list[Span]:
    """The persons wholly inside ``start:end``, in the list's order."""
    return _index(persons).within(start, end)


def persons_in_from_the_end(persons: list[Span], start: int, end: int):
    """``reversed(persons_in(persons, start, end))``, read lazily: a verb's subject is the
    nearest person before it, and listing every person of a long sentence for each verb made
    the sentence cost its square. Lazy only when the list is in order of start (a layer is)."""
    index = _index(persons)
    in_order = getattr(index, "in_order", None)
    if in_order is None:
        in_order = index.in_order = index.order == list(range(len(index.order)))
    if not in_order:
        yield from reversed(persons_in(persons, start, end))
        return
    for k in range(bisect_right(index.starts, end) - 1, bisect_left(index.starts, start) - 1, -1):
        p = index.spans[k]
        if p.end <= end:
            yield p


def mentions_in_claim(persons: list[Span], claim) -> list[Span]:
    """The person mentions a claim makes: those that start inside it, outside its holes
    (a hole is a speech tag or an aside cut out of the claim: "kata X" names the speaker,
    not someone the claim is about)."""
    return [p for p in _index(persons).starting_in(claim.start, claim.end)
            if not any(a <= p.start < b for a, b in claim.holes)]


# ------------------------------------------------------------------ across the corpus


@lru_cache(maxsize=None)
def _spelling_variants() -> tuple[tuple[str, str], ...]:
    """Older spellings names keep, of every language ("oe" for "u": "Soekarno"), longest first."""
    pairs = {(a.casefold(), b.casefold()) for c in LANGUAGES for a, b in language(c).spelling_variants}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


def _translit(name: str) -> str:
    """A spelling key that transliteration variants share ("Sergey"/"Sergei",
    "Zelensky"/"Zelenskyy", "Dmitry"/"Dmitri", "Erdoğan"/"Erdogan", "Mikhail"/"Mihail"), a name in a language's
    older spelling ("Soekarno"/"Sukarno", ``spelling_variants`` in names.toml), and an
    initial with or without its full stop ("William J. Burns"/"William J Burns")."""
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    for old, new in _spelling_variants():
        s = s.replace(old, new)
    # (Cyrillic names come as "zh" or "j", "kh" or "h": "Zhukov"/"Jukov", "Mikhail"/"Mihail")
    s = s.replace("-", " ").replace(".", "").replace("zh", "j").replace("kh", "h").replace("y", "i").replace("j", "i")
    s = re.sub(r"(.)\1+", r"\1", s)
    return " ".join(s.split())


def unify_names(articles: list[Article], evidence: dict[str, str] | None = None,
                settings: Settings = DEFAULT) -> dict[str, str]:
    """One name per person across the corpus, as a map from each article's names
    (``persons`` layers) to the corpus name; names that stay as they are are left out.

    Spellings with one transliteration key are one name (the one most articles use);
    so are two spellings of one name that a typo tells apart, when the corpus says they
    are one person (``_misspelt_names``); a name stands for a longer name whose words
    hold it and that starts or ends like it, when the corpus uses the longer one at least
    as often (a single word always: it names nobody on its own); of several such names,
    the one most articles use. ``evidence``, when given, is told why each misspelt name
    was read as another."""
    count: Counter = Counter()
    uses: dict[str, NameUse] = {}
    for a in articles:
        for name, use in article_name_uses(a).items():
            count[name] += 1
            uses.setdefault(name, NameUse()).update(use)
    return unify_counted_names(count, uses, evidence, settings)


@dataclass
class NameUse:
    """What the corpus says of a person's name besides how many articles use it: which
    articles (by id) and which titles (words of them, honorifics left out) go with it."""
    articles: set = field(default_factory=set)
    titles: set = field(default_factory=set)

    def update(self, other: "NameUse") -> None:
        """Take in what ``other`` says of the name (more articles' uses of it)."""
        self.articles |= other.articles
        self.titles |= other.titles


def article_name_uses(article: Article) -> dict[str, NameUse]:
    """What ``unify_names`` takes of one article: each name its ``persons`` layer uses (each
    counted once an article), with the article and the titles that go with it."""
    uses: dict[str, NameUse] = {}
    for p in article.layer("persons"):
        use = uses.setdefault(p.attrs["name"], NameUse({article.id}))
        use.titles.update(w for w in p.attrs["title"] if w not in _honorifics())
    return uses


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    """Titles any person may be given ("Pak", "Mr."), of every language: two people share them."""
    return frozenset(w.casefold().rstrip(".") for c in LANGUAGES for w in language(c).honorifics)


def _misspelt_names(count: Counter, uses: dict[str, NameUse], settings: Settings = DEFAULT
                    ) -> dict[str, tuple[str, str]]:
    """Spellings of one person's name that a typo tells apart ("Rina Wulandari" and "Rina
    Wulandri", "Mohammad Fadil" and "Muhammad Fadil"): misspelt name -> (the name most articles
    use, why). Two names of two words or more are one person when

    - every word but one is the same (by transliteration key), and the two spellings of
      that one have at least ``settings.name_typo_min_letters`` letters, the same first and
      the same last letter (a change of ending makes another name: "Francesco"/"Francesca",
      "Daniel"/"Danielle"), and differ by at most ``settings.name_typo_edits`` edits, no more
      than a third of the shorter;
    - the corpus says they are one person: one article names both, or both carry the same
      title (not an honorific: "Kapolda", "Presiden"); and not both spellings are in common
      use (``settings.name_typo_known`` articles each: then they are two namesakes);
    - the registry does not know them as two different people.

    The counts alone (``uses`` empty) say nothing of who is who: no name is merged."""
    keys = {n: _translit(n).split() for n in count}
    # names alike but for one word, that word's first and last letter the same: one bucket
    buckets: dict[tuple, list[str]] = {}
    for n, ws in keys.items():
        if len(ws) < 2:
            continue
        for i, w in enumerate(ws):
            if len(w) >= settings.name_typo_min_letters:
                buckets.setdefault((i, w[0], w[-1], *ws[:i], *ws[i + 1:]), []).append(n)
    known = entities().persons
    out: dict[str, tuple[str, str]] = {}
    for (i, *_rest), names in sorted(buckets.items()):
        if len(names) < 2:
            continue
        names = sorted(names, key=lambda v: (-count[v], v not in known, v))  # the name most articles use first
        for k, a in enumerate(names):
            for b in names[k + 1:]:
                if b in out or a in out or abs(len(keys[a][i]) - len(keys[b][i])) > settings.name_typo_edits:
                    continue
                if count[b] >= settings.name_typo_known:
                    continue  # both spellings in common use (b is the rarer): a name of its own each
                why = _same_person(a, b, i, keys, uses, settings)
                if why and not (a in known and b in known and known[a] != known[b]):
                    out[b] = (a, why)
    return out


def _same_person(a: str, b: str, i: int, keys: dict[str, list[str]], uses: dict[str, NameUse],
                 settings: Settings) -> str:
    """Why names ``a`` and ``b``, the same but for word ``i`` of their transliteration ``keys``
    (whose first and last letters are the same), are one person; "" if they are not."""
    fa, fb = keys[a][i], keys[b][i]
    shorter = min(len(fa), len(fb))
    edits = Levenshtein.distance(fa, fb, score_cutoff=settings.name_typo_edits)
    if edits > settings.name_typo_edits or edits > shorter // 3:
        return ""
    # the words as written, where the name's words are the key's ("Kassym-Jomart" is two in the key)
    ra, rb = a.split(), b.split()
    wa, wb = (ra[i], rb[i]) if len(ra) == len(keys[a]) and len(rb) == len(keys[b]) else (fa, fb)
    ua, ub = uses.get(a), uses.get(b)
    if ua is None or ub is None:
        return ""
    spelt = f"{wb!r} and {wa!r} are {edits} letter{'s' if edits > 1 else ''} apart"
    if ua.articles & ub.articles:
        return f"{spelt}, and one article names both"
    shared = sorted(ua.titles & ub.titles)
    if shared:
        return f"{spelt}, and both are titled {' '.join(shared)!r}"
    return ""


def unify_counted_names(count: Counter, uses: dict[str, NameUse] | None = None,
                        evidence: dict[str, str] | None = None, settings: Settings = DEFAULT) -> dict[str, str]:
    """``unify_names`` from its counts: name -> how many articles use it; ``uses``: what the
    corpus says of each name (without it, no misspelt name is read as another)."""
    # transliteration variants
    by_key: dict[str, list[str]] = {}
    for n in count:
        by_key.setdefault(_translit(n), []).append(n)
    spelling: dict[str, str] = {}
    for variants in by_key.values():
        best = sorted(variants, key=lambda v: (-count[v], v))[0]
        for v in variants:
            spelling[v] = best
    merged: Counter = Counter()
    joined: dict[str, NameUse] = {}
    for n, k in count.items():
        merged[spelling[n]] += k
        if uses and n in uses:
            use = joined.setdefault(spelling[n], NameUse())
            use.articles |= uses[n].articles
            use.titles |= uses[n].titles
    # spellings a typo tells apart
    if joined:
        typos = _misspelt_names(merged, joined, settings)
        for n in count:
            if spelling[n] in typos:
                target, why = typos[spelling[n]]
                while target in typos and typos[target][0] != spelling[n]:
                    target = typos[target][0]  # (a name read as one that is itself misspelt)
                if evidence is not None:
                    evidence[n] = f"{n} read as {target}: {why}"
                spelling[n] = target
        merged = Counter()
        for n, k in count.items():
            merged[spelling[n]] += k
    # short forms: the longer names that hold all of a name's words (found through an
    # index of words, so that the cost grows with the names that share a word)
    words = {n: _translit(n).split() for n in merged}
    holding: dict[str, set[str]] = {}
    for n, toks in words.items():
        for t in toks:
            holding.setdefault(t, set()).add(n)
    longer: dict[str, str] = {}
    for n in sorted(merged):
        toks = words[n]
        cands = []
        for m in set.intersection(*(holding[t] for t in toks)):
            mt = words[m]
            if len(mt) <= len(toks) or not (toks[0] == mt[0] or toks[-1] == mt[-1]):
                continue
            if len(toks) == 1 or merged[m] >= merged[n]:
                cands.append(m)
        if cands:
            longer[n] = sorted(cands, key=lambda m: (-merged[m], -len(m), m))[0]
    out = {}
    for n in count:
        target = spelling[n]
        seen = {target}
        while target in longer and longer[target] not in seen:
            target = longer[target]
            seen.add(target)
        if target != n:
            out[n] = target
    return out


def _inside_a_body_name(tokens, i: int) -> bool:
    """Do the capitalised words right before ``tokens[i]`` open with an organisation's word ("PT
    Mega Kencana Abadi", "Yayasan Bina Karya Mandiri"): the words after it are the body's name."""
    k = _opening_body_word(tokens, i)
    # a body's whole name the registry knows, in one word, ends before the name ("Kemenkes Laksmi
    # Rahayu"), and so does one with the place it serves, known too ("Kemlu Rusia Maria
    # Zakharova"); a head the registry knows with words after it ("PT Tirta") heads them
    return k is not None and not (k == i - 1 and tokens[k].mark == "entity"
                                  or _a_whole_body([t.text for t in tokens[k:i]])
                                  or _body_to_its_place_then_a_name(tokens, k, i))


def _after_its_body(tokens, i: int) -> bool:
    """Does the name at ``tokens[i]`` follow, in one run of capitals, a body's name that an
    organisation word opens and the province or country it serves closes ("Himpunan Pengusaha
    Muda Jawa Timur Budi Santoso", "... Nusantara (KBN) Riau Ali Rahman")?"""
    k = _opening_body_word(tokens, i, through_acronym=True)
    return k is not None and _body_to_its_place_then_a_name(tokens, k, i)


def _opening_body_word(tokens, i: int, through_acronym: bool = False) -> int | None:
    """The organisation's word that opens the run of capitalised words right before
    ``tokens[i]`` (the nearest one), or None; ``through_acronym``: the run may hold one acronym in
    brackets ("Konfederasi Buruh Nusantara (KBN) Riau")."""
    k = i - 1
    bracket = not through_acronym
    while k >= 0:
        if not bracket and k >= 2 and tokens[k].text == ")" and tokens[k - 2].text == "(":
            bracket, k = True, k - 3
            continue
        if not (tokens[k].kind == "word" and tokens[k].text[:1].isupper()):
            return None
        if organisation_words().fullmatch(tokens[k].text):
            return k
        k -= 1
    return None


def _body_to_its_place_then_a_name(tokens, k: int, at: int | None = None) -> bool:
    """From the organisation word at ``tokens[k]``, does the run of capitalised words name a body
    up to the country or province it serves (with its acronym in brackets), then a person's given
    and family names that end the run ("Asosiasi Pengusaha Sawit Indonesia Budi Santoso",
    "Ikatan Dokter Anak Jawa Barat (IDAI) Dewi Lestari", "Konfederasi Buruh Nusantara (KBN) Riau
    Ali Rahman")? ``at``: the person's name must start there. A body's name runs on past its
    place by one word at most ("Bank Rakyat Indonesia Syariah"), so two or more are a person's."""
    run, acronym = _capital_run(tokens, k)
    for m in range(3, len(run) - 1):
        if at is not None and run[m] != at or acronym is not None and acronym not in run[:m]:
            continue  # (an acronym in brackets is the body's, never the person's)
        if _ends_with_its_place([tokens[x].text for x in run[:m] if x != acronym]):
            return True
    return False


def _capital_run(tokens, k: int) -> tuple[list[int], int | None]:
    """(the indices of the capitalised words from ``tokens[k]`` on, through one acronym in
    brackets, "Gabungan Pengusaha Sawit Indonesia (Gapsi) Budi Santoso"; that acronym's index)."""
    run: list[int] = []
    acronym = None
    e = k
    while e < len(tokens):
        t = tokens[e]
        if t.kind == "word" and t.text[:1].isupper():
            run.append(e)
            e += 1
        elif acronym is None and run and t.text == "(" and e + 2 < len(tokens) and tokens[e + 1].kind == "word" \
                and tokens[e + 1].text[:1].isupper() and tokens[e + 2].text == ")":
            acronym = e + 1
            run.append(acronym)
            e += 3
        else:
            break
    return run, acronym


def _ends_with_its_place(words: list[str]) -> bool:
    """Do the words of a body's name, past its organisation word, close with the country or
    province it serves ("Asosiasi Pengusaha Sawit Indonesia", "Ikatan Dokter Anak Jawa Barat")?
    Such a name ends there: what follows is who speaks for it."""
    if len(words) < 3:
        return False
    pattern, _names = province_names()
    tail = " ".join(words[1:])
    return words[-1].casefold() in countries() or any(m.end() == len(tail) for m in pattern.finditer(tail))


def _a_whole_body(words: list[str]) -> bool:
    """Do ``words`` name a body the registry knows, whole, or one and then the country or town it
    serves ("Badan Nasional Penanggulangan Bencana", "Kemlu Jepang")? Then a name after them is
    a person's, not the rest of the body's name."""
    if registry().lookup(" ".join(words)) is not None:
        return True
    last = words[-1].casefold()
    return len(words) >= 2 and (last in countries() or last in dateline_places()) \
        and registry().lookup(" ".join(words[:-1])) is not None


def _closing_name(tokens, k: int, core_at: dict[int, int], lang: Language) -> bool:
    """Does a name start at ``tokens[k]`` and close its clause: the sentence or the clause ends
    after it, or a speech verb follows ("..., Safwandi.", "..., Rahmat Hidayat, mengatakan")?"""
    if k >= len(tokens) or k not in core_at or tokens[k].mark != "name":
        return False
    end = core_at[k] + 1
    if end >= len(tokens):
        return True
    t = tokens[end]
    return t.text in (".", ",", "!", "?", ";") or t.text.casefold() in lang.quote_verbs


@lru_cache(maxsize=None)
def _holidays() -> frozenset[str]:
    """Feasts' names in any language (calendar.toml ``holidays``): copy in one language names
    the other's ("Idul Fitri" in English), so the names of all count."""
    return frozenset(h for c in LANGUAGES for h in language(c).holidays)
