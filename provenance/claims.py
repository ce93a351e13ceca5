"""Atomic claims: one checkable fact each, with exact offsets.

A sentence becomes one claim, or several when it joins facts that can be
checked apart. The splitter works on words with offsets; it never cuts inside
parentheses or a short quoted phrase, and cuts a long quotation only at its
own clause boundaries. It cuts:

- before a non-restrictive relative clause (", yang ...", ", which ...",
  "di mana ..."), the marker staying with its clause: the clause becomes its
  own claim; when the main clause goes on after it, the clause is a *hole* in
  the main claim's span and the main claim's text leaves it out. After a
  whole clause a relative clause runs to the sentence's end (less a closing
  ", kata X"); after a subject alone it ends at its comma;
- at a coordinator ("dan", "serta", "namun", "seraya", "and", "but") that
  joins two clauses: the right side opens a predicate (a verb by its shape,
  an auxiliary, a complementizer "bahwa"/"that" before a clause, or a subject
  followed by a verb) and the left has its own predicate. "Tiongkok dan
  Rusia" (two names) is never cut;
- at a comma between two clauses: a clause with its own subject and verb
  after it (", kami tidak menciptakan ...", ", we are not creating ..."), an
  absolute clause (", dengan tarif ... dipangkas", ", with teams struggling
  ..."), a verb phrase (", tidak menciptakan ...", ", menjadikan ...",
  ", saying ..."), a closing appositive with a relative clause of its own
  (", satu-satunya negara yang ...") or that names who the clause ends on
  with a count of its own (", Rudi Hartono, 44, putra sulung ..."),
  or after a fronted adverbial clause
  ("Setelah gempa mengguncang ..., warga ...", "Calling it ..., the mayor ...").
  A condition ("Jika ...", "If ...") and a credit ("Dikutip dari Antara,
  ...") are never split off, and a comma after a speech verb ("Trump
  menjelaskan, tarif ...") introduces what was said, not a clause;
- after a quotation whose attribution names the place or time of speaking
  ('," kata menteri itu kepada wartawan di bandara setelah ...'), and
  before a complementizer after a verb of agreeing (not of saying) and such a
  phrase ("agreed in Lima on Sunday | that ...", "sepakat di Nairobi pada
  Jumat | bahwa ...");
- before a clause of means or manner that opens with its verb ("dengan
  disambut oleh ...", "by halving ..."), and before a subordinate clause
  with a subject of its own ("beberapa jam setelah Donald Trump dilantik",
  "after a powerful storm hit the coast", "ketika banjir meluas");
- at a dash that sets off an appositive ("... 'akar penyebabnya' — istilah
  yang ..."), or around a pair of dashes (not a range, "2024 – 2029");
- between the people of a list that ends a clause ("hadir antara lain A, B,
  dan C"): each is a claim made of the clause's head and that person, the
  people before it a hole. A list of places or things stays one claim.
- between the items of a list after a word of inclusion ("including a cut
  in port fees, a resumption of wheat purchases and ...") when each item is a
  phrase: one claim per item, as for people;
- around an appositive with a figure between the subject and its verb
  ("Talks in Lima, their first since 2019, ended ..."): a claim and a hole;
- before a clause of result that opens with its verb ("hingga memicu ...")
  and before a phrase of cause with a figure ("akibat gempa magnitudo 5,9");
- in a chain of phrases of place, time and measure after the verb, before
  each phrase after the first that holds a value of its own ("struck at 3:05
  a.m. local time at a depth of 12 km near the town of X"); a phrase that only
  says when stays with its verb;
- where a second fact has no verb of its own: a total's breakdown after a
  comma (", dengan rincian ...", ", of whom ..."), a plan with a count after what was done ("mengucurkan
  Rp 2 triliun untuk membangun 3 bendungan"; never after a verb that governs
  it: "sepakat untuk"), a phrase of time that names an event by a count
  ("tewas setelah gempa 6,2 SR"; not a date, a span of time or a phrase that
  points back: "setelah kenaikan 5 poin tersebut"), and in a title-case
  headline a segment with a count ("Menlu Disambut Raja, Kunjungan Pertama
  setelah 15 Tahun");
- around a relative clause of occurrence inside the subject that says when or
  where the event was ("Banjir yang melanda Garut pada Rabu merusak 200
  rumah"): a claim and a hole;
- at a comma set inside a closing quotation mark ('Menyebut Lula sebagai
  “sahabat karib,” Ruto ...'), as at one outside it: the left claim keeps the mark;
- before a second speech verb after a quotation's attribution, with no comma
  ('"...," katanya menambahkan bahwa ...'), as before ", adding that ...";
- after a comma, before what happened at the same time ("..., bersamaan
  dengan hujan deras", "..., amid heavy rain"), and before the members of a
  set the clause counts ("20 orang tewas, termasuk lima anak-anak");
- before "tempat" after a noun and before a subject and its verb ("di hotel
  | tempat delegasi menginap"), as before "where" with no comma;
- before "in/on/at/during which" as before "where" ("di mana"), with or
  without a comma (without one, not inside a subject with no verb before it:
  "The issue on which they disagreed was ..."); and "with"/"dengan" with a
  figure after a phrase of place or time opens a phrase of its chain
  ("pukul 16.10 dengan kedalaman 10 km");
- before the verb of a subject that names an event (``event_nouns``) and
  dates it ("The blast just after midnight on Tuesday | destroyed ...",
  "Ledakan pada Senin malam | menewaskan ..."), or holds its measure before
  a verb of occurrence that only says when ("The quake with a magnitude of
  6.4 | struck on Tuesday evening"): when, or how strong, apart from what it
  did;
- before "with", a subject of its own and a participle, with no comma
  ("ended with the home side losing 3-2"; English only:
  ``absolutes_without_comma``);

An English present tense in -s is read as a verb by its place after a subject
("as the conflict widens"; ``_read_present_tense``), in a headline before its
object's words too ("Minister signs landmark deal ..."). A headline joins its
clauses with a bare comma, so there a comma ends a clause as "and" does: the
clause after it is read for its own verb and cut off ("Quake rattles island,
tsunami warning lifted"; "..., vows to fight graft", the subject shared), unless
it only credits the claim (", IMF warns"). A bare plural noun after it may be a
verb's subject or a list's next item ("..., rupiah slips" against "..., travel
bans on officials"): no verb is read there.

Each side must keep ``Settings.min_clause_words`` words, so a split never
leaves a fragment; a split-off clause that opens with its verb keeps the
subject it depends on as its ``context``. A capitalised word inside running
text is a name, never a verb. The headline and photo captions are claims
too, cut the same way (a title-case headline only where a verb plainly opens
a clause; an Indonesian headline's verb without the prefix running text gives
it, "Polisi Tangkap ...", "Bupati Tetapkan ...", is one: ``Language.is_headline_verb``).

Adds ``Article.claims`` (and the ``claims`` layer).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import and_, not_

from .settings import DEFAULT, Settings
from .dates import MAX_YEAR, MIN_YEAR
from .doc import Article, Claim, Span
from .attribution import PREPOSITIONS
from .lang import Language, alternation, language, place_words, slot_words
from .normalize import calendar_words, title_case
from .segment import split_sentences

_TOKEN = re.compile(r"[^\s\u00a0]+")
_EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?—–-…"
_OPEN_QUOTES = "\"'“‘«"
_CLOSE_QUOTES = "\"'”’»"
# a dash between spaces; only from a run of spaces' start (and never giving back its spaces), so a
# long run of spaces with no dash after it is read once, not once from each of its spaces
_DASH_RX = re.compile(r"(?<![\s\u00a0])[\s\u00a0]++(?:—|–|-{1,2})[\s\u00a0]+")


def _dash_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each dash between spaces in ``text[start:end]``, as ``_DASH_RX`` reads the
    slice (a run of spaces at ``start`` counts from ``start``)."""
    return [(start + m.start(), start + m.end()) for m in _DASH_RX.finditer(text[start:end])]
_PARENTHESIS = re.compile(r"\([^()\n]{0,200}\)")


@lru_cache(maxsize=None)
def _words_at_least(n: int) -> re.Pattern:
    """``n`` words as ``_TOKEN`` reads them, from where the match starts (possessive: a word is
    never read as two): whether a sentence has so many, without making its tokens."""
    return re.compile(rf"(?:[\s\u00a0]*+[^\s\u00a0]++){{{max(n, 0)}}}")


@dataclass(slots=True)  # (slots: one is made for every word of every sentence)
class Token:
    start: int
    end: int
    text: str
    # May this word be a verb? Not when it is capitalised inside running text
    # ("Valdoria", "Beijing" are names); at a sentence's start or in a title-case line it may.
    verbish: bool = True
    # Is it a verb by its place in the clause, though its shape does not say so (an English
    # present tense after its subject: "as the conflict widens"; see _read_present_tense), or
    # by the form a headline gives it ("Polisi Tangkap ...": Language.is_headline_verb)?
    verb: bool = False
    word: str = field(init=False, repr=False)  # the text less edge punctuation
    folded: str = field(init=False, repr=False)
    comma: int | None = field(init=False, repr=False)  # where a comma ending the word stands ('kekacauan,"')

    def __post_init__(self):
        # computed once: the splitter looks at each word many times
        self.word = self.text.strip(_EDGE_PUNCT)
        self.folded = self.word.casefold()
        last = self.text[-1:]
        if last != "," and last not in _CLOSE_QUOTES:  # most words: no comma to look for
            self.comma = None
            return
        body = self.text.rstrip(_CLOSE_QUOTES)
        if body.endswith(","):
            self.comma = self.start + len(body) - 1
        elif self.text.endswith(",") and len(self.text) > 1 and self.text[-2] in _CLOSE_QUOTES:
            self.comma = self.end - 1
        else:
            self.comma = None


@dataclass
class Piece:
    """A stretch of a sentence that will become a claim."""

    start: int
    end: int
    # main | relative | coordinate | appositive | participial | temporal | adverbial | frame | enumeration
    # | circumstance (a phrase of place, measure or cause with a value of its own)
    kind: str = "main"
    holes: list[tuple[int, int]] = field(default_factory=list)
    context: str = ""  # the head a split-off clause depends on


@dataclass
class Cut:
    """Where a piece is cut: the left side ends at ``left_end``, the right starts at ``right_start``."""

    left_end: int
    right_start: int
    kind: str  # the kind of the right side
    left_kind: str = ""  # set when the left side is the clause told apart (a fronted adverbial)
    context: str = ""  # the subject the right side depends on


class Guard:
    """Spans no cut may fall strictly inside (quotations, parentheses).

    Sorted and merged once, so each look-up is a binary search: the cost grows
    with the article's length, not with its spans times its words."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, pos: int) -> bool:
        i = bisect_left(self.starts, pos) - 1  # the last span that starts before pos
        return i >= 0 and pos < self.ends[i]


@dataclass
class Guards:
    """What protects a sentence from cuts: ``all`` for relative, participial, dash and temporal
    cuts (every quotation and parenthesis), ``phrases`` for clause cuts (parentheses and
    quoted phrases; a long quotation may be cut at its own clause boundaries).
    ``quote_opens`` maps where each balanced quotation closes to where it opens."""

    all: Guard
    phrases: Guard
    quote_opens: dict[int, int] = field(default_factory=dict)  # where a balanced quotation closes -> opens
    person_starts: tuple[int, ...] = ()  # where the people the article names start, in order


def make_guards(text: str, quotes: list[Span], settings: Settings = DEFAULT, sentence_starts=frozenset(),
                persons: list[Span] = ()) -> Guards:
    """The guards of an article. A parenthesis that opens a sentence is that sentence
    ("(Update: The toll has been revised ...)"), not an aside inside one."""
    balanced = [q for q in quotes if q.attrs.get("balanced")]
    inners = [(q.attrs["inner"][0], q.attrs["inner"][1]) for q in balanced]
    parens = [(m.start(), m.end()) for m in _PARENTHESIS.finditer(text) if m.start() not in sentence_starts]
    phrases = [(a, b) for a, b in inners if len(text[a:b].split()) < settings.min_quote_words_to_split]
    return Guards(Guard(inners + parens), Guard(phrases + parens), {q.end: q.start for q in balanced},
                  tuple(sorted(p.start for p in persons)))


class Run:
    """``toks[lo:hi]`` without copying: the splitter asks about the rest of a clause at each of
    its words, and a copy of the rest each time made a long clause cost its square. Reads as
    the list slice would (length, index, slice, iteration); a slice of a run is a run."""

    __slots__ = ("_toks", "_lo", "_hi")

    def __init__(self, toks: list[Token], lo: int = 0, hi: int | None = None):
        n = len(toks)
        if hi is None:
            hi = n
        if not (0 <= lo <= n and 0 <= hi <= n):  # (bounds inside the list are what slice gives back)
            lo, hi, _ = slice(lo, hi).indices(n)
        self._toks, self._lo, self._hi = toks, lo, hi if hi > lo else lo

    def __len__(self) -> int:
        return self._hi - self._lo

    def __getitem__(self, k):
        if type(k) is int and 0 <= k < self._hi - self._lo:  # the common case, asked at every word
            return self._toks[self._lo + k]
        if isinstance(k, slice):
            a, b, step = k.indices(len(self))
            if step != 1:
                raise ValueError("a run is sliced with step 1")
            return Run(self._toks, self._lo + a, self._lo + max(a, b))
        n = len(self)
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError(k)
        return self._toks[self._lo + k]

    def __iter__(self):
        return map(self._toks.__getitem__, range(self._lo, self._hi))


def _outside_holes(toks: list[Token], holes) -> list[Token]:
    """The tokens whose start falls in no hole, in one sweep over the holes sorted by start
    (a token is in a hole when some hole that starts at or before it ends after it)."""
    if not holes:
        return toks
    ordered = sorted(holes)
    out, h, reach = [], 0, None
    for t in toks:
        while h < len(ordered) and ordered[h][0] <= t.start:
            reach = ordered[h][1] if reach is None else max(reach, ordered[h][1])
            h += 1
        if reach is None or reach <= t.start:
            out.append(t)
    return out


class Words:
    """The tokens of one sentence, with binary-search look-up by offsets."""

    def __init__(self, text: str, start: int, end: int, title_case: bool = False, lang: Language | None = None,
                 settings: Settings = DEFAULT, headline: bool = False):
        self.toks = [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]
        self.headline = headline
        opens = _OPEN_QUOTES + "("
        for i, t in enumerate(self.toks):
            t.verbish = title_case or i == 0 or not t.word[:1].isupper() or t.text[:1] in opens
        if lang is not None and lang.present_endings and not title_case:
            _read_present_tense(self.toks, lang, settings, headline)
        if lang is not None and headline and title_case:
            # a headline's verb without its prefix ("Polisi Tangkap ...", "Bupati Tetapkan ...")
            for t in self.toks:
                t.verb = t.verb or _headline_verb(lang, t.word)
        self.starts = [t.start for t in self.toks]
        self.ends = [t.end for t in self.toks]

    def starting(self, start: int, end: int, holes=()) -> list[Token]:
        """The tokens that start in [start, end), less those in a hole (a cut at a comma
        leaves the word the comma ends on its left)."""
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return _outside_holes(self.toks[i:j], holes)

    def within(self, start: int, end: int, holes=()) -> list[Token]:
        """The tokens wholly inside [start, end), less those in a hole."""
        i, j = bisect_left(self.starts, start), bisect_right(self.ends, end)
        return _outside_holes(self.toks[i:j], holes)


def _present_shape(t: Token, lang: Language) -> bool:
    """May this word be a present-tense verb by its shape: lower-case, with a present ending
    (``present_endings``) after three letters at least, and none of ``present_non_endings``?"""
    w = t.folded
    return (t.word[:1].islower() and len(w) >= 4 and w.endswith(lang.present_endings)
            and not w.endswith(lang.present_non_endings) and w not in lang.stopwords and w not in lang.non_verbs
            and w.isalpha())


@lru_cache(maxsize=None)
def _clause_openers(lang: Language) -> frozenset[str]:
    """The one-word connectives that open a clause: coordinators, subordinators, complementizers,
    conditionals and relatives."""
    return (frozenset(lang.coordinators) | lang.subordinators | lang.complementizers | lang.conditionals
            | frozenset(r for r in lang.relatives if " " not in r))


def _read_present_tense(toks: list[Token], lang: Language, settings: Settings, headline: bool = False) -> None:
    """Mark the present-tense verbs the word's shape alone cannot show ("as the conflict widens",
    "The agency casts China as ..."). A clause is a stretch from the sentence's start, from a
    comma and a coordinator (", and ..."), or from a subordinator or complementizer at the
    stretch's start or after a predicate (after a bare noun, "since 2019" is a preposition); a
    fronted subordinate clause ends at its comma. In a clause that shows no verb, the subject
    opens with a determiner, a pronoun or a name, and holds no preposition but
    ``present_subject_links`` ("of") within ``settings.max_subject_words`` words; the first word
    of present shape after a noun's shape (not a determiner, a figure or a possessive) is its
    verb, unless a lower-case content word follows it ("the states face ...": the noun before a
    verb the shapes cannot see) or it is the noun of a link and a word of present shape follows
    ("a series of eruptions widens"). A headline tells what happened in the
    present tense ("Minister signs landmark deal ..."): there the verb may stand before its object's
    content word."""
    openers = _clause_openers(lang)
    n, a = len(toks), 0
    spans = []
    fronted = False  # is the stretch a clause opened by a subordinator, which a comma closes?
    for k, t in enumerate(toks):
        if t.text != t.word or t.folded not in openers:
            # a headline joins its clauses with a bare comma ("Quake rattles island, tsunami warning lifted")
            if t.text[-1:] in ";:" or (fronted or headline) and t.comma is not None:
                spans.append((a, k + 1))
                a, fronted = k + 1, False
        elif t.folded in lang.coordinators:
            if k and toks[k - 1].comma is not None:  # a clause after a comma (", and ..."), not between names
                spans.append((a, k))
                a = k + 1
        elif k == a or any(_pred(x, lang) for x in toks[a:k]):
            # a subordinator or a complementizer opens a clause at the stretch's start or after a
            # whole clause; after a bare noun it is a preposition ("talks in Lima, their first since 2017")
            spans.append((a, k))
            a, fronted = k + 1, t.folded in lang.subordinators or t.folded in lang.conditionals
    spans.append((a, n))
    # right after a relative marker that follows a noun, the relative clause's verb ("a deal that
    # includes ...", "a bloc which now spans ..."): its subject is the noun before the marker
    for k in range(1, n - 1):
        m = toks[k]
        if m.folded not in lang.restrictive_relatives or m.text != m.word or _pred(toks[k - 1], lang) \
                or toks[k - 1].text != toks[k - 1].word:
            continue
        v = k + 2 if toks[k + 1].folded in lang.adverb_openers and k + 2 < n else k + 1
        if _present_shape(toks[v], lang) and not (v + 1 < n and _pred(toks[v + 1], lang)):
            toks[v].verb = True
    determiners = lang.determiners | lang.demonstratives
    for a, b in spans:
        if b - a < 2 or any(_pred(t, lang) for t in toks[a:b]):
            continue
        first = toks[a].folded
        # a headline's clause after a comma that opens with a lower-case word or a figure: a
        # subject without its article, or the verb of a subject the clause before gives
        bare = headline and a > 0 and toks[a - 1].comma is not None and first not in lang.stopwords \
            and (toks[a].word[:1].islower() or toks[a].word[:1].isdigit())
        if bare and _present_shape(toks[a], lang) and (
                toks[a + 1].folded in lang.present_object_openers or toks[a + 1].folded in determiners
                or toks[a + 1].folded in lang.personal_pronouns or toks[a + 1].word[:1].isdigit()):
            # ... or drops the subject it shares with the clause before ("..., vows to fight graft",
            # "..., says the reserves will last"): a word of present shape before what it governs
            # (not before a bare word: "..., shares slide" is a subject and its verb)
            toks[a].verb = True
            continue
        if first in lang.present_non_subjects or not (
                first in determiners or first in lang.personal_pronouns
                or toks[a].word[:1].isupper() and first not in lang.stopwords):
            continue  # a phrase ("Under the new rules", "in the north", "and bilateral relations"), not a subject
        linked = False  # past a link ("a series of ..."), the link's own noun comes first
        for k in range(a + 1, min(b, a + settings.max_subject_words + 1)):
            t, prev = toks[k], toks[k - 1]
            if _present_shape(t, lang):
                after_noun = ((prev.text == prev.word and prev.folded not in determiners
                               and prev.folded not in lang.stopwords or prev.folded in lang.personal_pronouns)
                              and not any(ch.isdigit() for ch in prev.word)
                              and not prev.folded.endswith(lang.present_non_endings))
                # "a series of small tremors widens": the link's noun, then the verb
                link_noun = (linked and t.text == t.word and k + 1 < b and _present_shape(toks[k + 1], lang))
                # a noun before a verb the shapes cannot see ("the states face ..."), not a verb before
                # its object: a lower-case content word right after it
                nxt = toks[k + 1] if k + 1 < n and t.text == t.word else None
                before_word = (nxt is not None and nxt.word[:1].islower() and nxt.folded not in lang.stopwords
                               and nxt.folded not in lang.present_non_subjects and not _present_shape(nxt, lang))
                if after_noun and not link_noun and not (before_word and not headline
                                                         and prev.folded not in lang.personal_pronouns):
                    t.verb = True
                    break
            if t.text != t.word or t.folded in lang.present_subject_links:
                linked = linked or t.folded in lang.present_subject_links
                if t.text != t.word:
                    break
                continue
            if t.folded in lang.stopwords and t.folded not in determiners or t.folded in lang.present_non_subjects:
                break


def _neither(a: bool, b: bool) -> bool:
    return not (a or b)


def _pred(t: Token, lang: Language) -> bool:
    return t.verb or t.verbish and _is_predicate(lang, t.folded)


# A word's shape is read once a language, not at each of the many times the splitter asks of
# each word (the languages are frozen and compared by identity).
@lru_cache(maxsize=65536)
def _is_predicate(lang: Language, word: str) -> bool:
    return lang.is_predicate(word)


@lru_cache(maxsize=65536)
def _headline_verb(lang: Language, word: str) -> bool:
    return lang.is_headline_verb(word)


@lru_cache(maxsize=65536)
def _participle_shape(lang: Language, word: str) -> bool:
    return lang.is_participle(word)


def _has_predicate(toks: list[Token], lang: Language, from_index: int = 0) -> bool:
    return any(_pred(t, lang) for t in toks[from_index:] if t.word)


def _clause_predicate(toks: list[Token], lang: Language) -> bool:
    """Has this stretch a predicate of its own? After a complementizer ("mengatakan bahwa ...",
    "said that ...") the predicate must come after it: the speech verb frames, it does not state."""
    last = max((k for k, t in enumerate(toks) if t.folded in lang.complementizers), default=-1)
    return _has_predicate(toks, lang, last + 1)


def _is_participle(tok: Token, lang: Language, title_case: bool) -> bool:
    """A participle in running text is not capitalised (", Beijing" is a city, not a verb)."""
    return (title_case or tok.verbish) and _participle_shape(lang, tok.word)


def _predicate_soon(toks: list[Token], lang: Language, settings: Settings, from_index: int = 1,
                    participles: bool = False) -> bool:
    """Is there a predicate within the subject's reach, before a comma or a relative marker ends the phrase?"""
    if 0 < from_index <= len(toks) and toks[from_index - 1].comma is not None:
        return False  # "saat ini, ...": the phrase ended before it began
    # names do not count against the reach ("Presiden Joko Widodo dan Perdana Menteri Anwar Ibrahim berjabat")
    # (each word is read as it is reached: the reach is known only after the word that ends it)
    common, most = 0, settings.max_subject_words
    for k, t in enumerate(toks[from_index:], start=from_index):
        common += t.verbish
        last = common >= most or k - from_index + 1 >= 3 * most  # the reach ends with this word
        w = t.folded
        if w in lang.coordinators and 0 < k < len(toks) - 1 and _names_either_side(toks, k):
            if last:
                break
            continue  # "Lula dan Ruto berjabat tangan": two names make one subject
        if (w in lang.relatives or w in lang.complementizers or w in lang.coordinators or w in lang.purposes
                or w in lang.conditionals or w in lang.subordinators):
            return False
        if _pred(t, lang) or (participles and _is_participle(t, lang, False)):
            return True
        if t.comma is not None or t.text[-1:] in ";:":
            return False
        if last:
            break
    return False


def _names_either_side(toks: list[Token], k: int) -> bool:
    return (toks[k - 1].word[:1].isupper() and toks[k - 1].comma is None and not toks[k - 1].verbish
            and toks[k + 1].word[:1].isupper() and not toks[k + 1].verbish)


def _opens_clause(toks: list[Token], lang: Language, settings: Settings, participial: bool = False,
                  title_case: bool = False) -> bool:
    """Does this word sequence open a clause (a predicate, or a subject and then a predicate)?"""
    if not toks:
        return False
    first = toks[0]
    w = first.folded
    if w in lang.complementizers:
        # "but that Beijing's partnership was ...", "dan bahwa ..."
        return len(toks) > 1 and _opens_clause(toks[1:], lang, settings, participial, title_case)
    if _pred(first, lang):
        return True
    if participial and _is_participle(first, lang, title_case):
        # "killing ..., and sending ...": a participle after a participial clause
        return True
    # a quoted or adverbial opening: '"secara tegas" menentang ...', 'dengan tegas melawan ...'
    if first.text[:1] in _OPEN_QUOTES or w in lang.adverb_openers:
        return any(_pred(t, lang) for t in toks[1:3])
    # a subject, then its predicate: "lebih dari 1.400 orang terluka", "President Biden has said"
    return _predicate_soon(toks, lang, settings)


def _subject(toks: list[Token], lang: Language) -> str:
    """The words before a clause's first predicate (its subject), for a split-off clause's context."""
    out = []
    for t in toks:
        if _pred(t, lang) or t.folded in lang.relatives:
            break  # "Para jemaat yang hadir": the head noun is the subject
        out.append(t)
        if t.comma is not None:
            out = []  # a fronted phrase ("Selain itu, tayangan televisi ...") is not the subject
    while out and (out[0].folded in lang.coordinators or out[0].folded in lang.subordinators
                   or out[0].folded in lang.conditionals):
        out.pop(0)
    if not out:
        return ""
    return " ".join(t.text for t in out).strip(" ,;:—–-\"'“”")


def _speech_frame_only(toks: list[Token], lang: Language) -> bool:
    """Are all of a clause's predicates speech or sourcing verbs ("Trump menjelaskan", "Xi told
    Putin", "Dikutip dari Antara")? The comma after such a clause introduces what was said."""
    frames = lang.speech_verbs | lang.sourcing_verbs  # "Dikutip dari Antara, ..." frames what follows too
    preds = [t.folded for t in toks if _pred(t, lang)]
    return any(w in frames for w in preds) and all(w in frames or w in lang.auxiliaries for w in preds)


def _fronted_circumstance(left: list[Token], right: list[Token], lang: Language, settings: Settings) -> bool:
    """A phrase of occasion put before the main clause that states a fact of its own by a date
    or figure ("Pada kunjungan pertamanya ke Hanoi sejak Mei 2009, sang menteri ...", "During
    the three-day visit to Manila in 2019, the minister ..."): at least
    ``settings.min_fronted_phrase_words`` words, no verb, and a clause after it. A short one
    ("Pada Senin (1/1), ...", "In 2023, ...") only dates the clause."""
    return (len(left) >= settings.min_fronted_phrase_words and left[0].folded in lang.circumstance_words
            and not any(t.comma is not None for t in left[:-1])
            and any(ch.isdigit() for t in left for ch in t.word)
            and not _has_predicate(left, lang)
            and _predicate_soon(right, lang, settings, 0))


def _fronted_adverbial(toks: list[Token], lang: Language) -> bool:
    """Does a clause open with a subordinator or with its verb ("Setelah ...", "Menyebut ...",
    "Speaking after ...", "Dengan berbalut ...")?"""
    if not toks:
        return False
    first = toks[0]
    if first.folded in lang.subordinators:
        return True
    if _pred(first, lang) or _is_participle(first, lang, False):
        return True
    return (first.folded in lang.absolutes or first.folded in lang.adverb_openers) and len(toks) > 1 and (
        _pred(toks[1], lang) or _is_participle(toks[1], lang, False))


@lru_cache(maxsize=None)
def _temporal_regex(code: str) -> re.Pattern:
    lang = language(code)

    def alt(words):
        return alternation(words, space=r"[\s\u00a0]+")

    mods = rf"(?:(?:{alt(lang.approximators)})[\s\u00a0]+)?"
    one = rf"(?:(?:{alt(lang.distance_quantities)}|\d+)[\s\u00a0]+(?:{alt(lang.distance_units)}))"
    # a length in two units is one distance ("satu jam 40 menit", "an hour and 40 minutes"): the
    # phrase starts at its first unit, not its last (slot_words' duration links join them)
    links = slot_words(code).duration_links
    link = rf"[\s\u00a0]*(?:(?:{alt(links)})[\s\u00a0]*)?" if links else r"[\s\u00a0]*"
    return re.compile(
        rf"(?<![\w])(?:,[\s\u00a0]*)?{mods}"
        rf"(?:{one}(?:{link}{one})*"
        rf"|(?:{alt(lang.distance_fused)}))[\s\u00a0]+(?:{alt(lang.temporal_heads)})(?![\w])",
        re.IGNORECASE)


def split_sentence(text: str, start: int, end: int, lang: Language, guards: Guards | list[tuple[int, int]],
                   settings: Settings = DEFAULT, title_case: bool = False, headline: bool = False) -> list[Piece]:
    """Cut one sentence into atomic pieces (see the module's docstring); ``headline``: the
    article's title, whose verbs are in the present tense."""
    if not isinstance(guards, Guards):
        guards = Guards(Guard(guards), Guard(guards))
    if _words_at_least(2 * settings.min_clause_words).match(text, start, end) is None:
        return [Piece(start, end)]  # too short to cut (asked before making its words: most sentences of a list are)
    words = Words(text, start, end, title_case, lang, settings, headline)
    pieces = [Piece(start, end)] if title_case else _split_relatives(text, start, end, words, lang, guards, settings)
    if not title_case:
        appositive = _split_appositive(text, pieces[0], words, lang, guards, settings)
        if appositive:
            pieces.append(appositive)
        relative = _split_subject_relative(text, pieces[0], words, lang, guards, settings)
        if relative:
            pieces.append(relative)
    out: list[Piece] = []
    for p in pieces:
        for q in _split_flat(text, p, words, lang, guards, settings, title_case):
            if title_case:
                out.append(q)
                continue
            people = _split_enumeration(q, words, lang, guards, settings)
            if len(people) > 1:
                out.extend(people)
                continue
            items = _split_inclusion(q, words, lang, guards, settings)
            out.extend(items if len(items) > 1 else _split_counted_members(q, words, lang, guards, settings))
    return [_trim(text, p) for p in out if words.within(p.start, p.end, p.holes)]


def _split_appositive(text: str, main: Piece, words: Words, lang: Language, guards: Guards,
                      settings: Settings) -> Piece | None:
    """A noun phrase set between commas after the subject, before its verb, with a figure of its
    own ("Talks between the two leaders in Lima, their first since 2019, ended ...", "Prabowo,
    presiden ke-8 Indonesia, tiba ..."): a claim of its own, and a hole in the main claim, which
    goes on after it. It opens with no connective or preposition (", in Lima on Monday, ..." and
    ", which ..." are read by their own rules), has no verb, at least ``min_appositive_words``
    words, and the main clause's verb follows the second comma."""
    toks = words.within(main.start, main.end, main.holes)
    n = len(toks)
    first = next((k for k, t in enumerate(toks) if t.comma is not None), n)
    if first + 1 >= n or guards.all.covers(toks[first].comma):
        return None
    a = first + 1  # the appositive's first word
    ix = PieceIndex(toks, lang, guards)
    b = ix.next_open_comma[a]  # its last word
    if (b >= n - 1 or b - a + 1 < settings.min_appositive_words or n - (b - a + 1) < settings.min_clause_words
            or ix.any_pred(0, b + 1)):
        return None
    opener = toks[a].folded
    if (toks[a].text[:1] in _OPEN_QUOTES or opener in lang.coordinators or opener in lang.relatives
            or opener in lang.subordinators or opener in lang.conditionals or opener in lang.complementizers
            or opener in lang.absolutes or opener in lang.circumstance_words
            or opener in lang.circumstance_prepositions or opener in lang.appositive_markers
            or opener in lang.sourcing_verbs or opener in lang.quote_verbs or _is_participle(toks[a], lang, False)):
        return None
    if not any(ch.isdigit() for t in toks[a:b + 1] for ch in t.word):
        return None  # a name or description alone ("Jokowi, the president, ...") only says who
    if not _pred(toks[b + 1], lang):
        return None  # the main clause's verb must follow: else a list ("Jakarta, Bandung 2, ...")
    main.holes.append((toks[first].comma, toks[b].comma + 1))
    return Piece(toks[a].start, toks[b].comma, "appositive",
                 context=_head_phrase(text[toks[0].start:toks[first].comma], lang))


def _split_subject_relative(text: str, main: Piece, words: Words, lang: Language, guards: Guards,
                            settings: Settings) -> Piece | None:
    """A restrictive relative clause inside the subject, before the main verb, that says when
    or where the subject happened by a date, figure or name ("Banjir yang melanda Garut pada
    Rabu (3/4) merusak 200 rumah", "The flood that hit the district on Wednesday destroyed 200
    homes"): a claim of its own, and a hole in the main claim ("Banjir merusak 200 rumah").
    The marker (``restrictive_relatives``) follows the subject's head with no verb and no comma
    before it, a verb of occurrence opens the clause (``occurrence_verbs``: "terjadi",
    "melanda", "took place"; any other verb may define which of the things the main clause
    counts: "Warga yang mengungsi ke GOR X mencapai 300 orang" is one fact), and the clause
    ends where the next predicate starts (less a
    closing demonstrative: "Bencana yang terjadi pada 2024 itu memicu ..." keeps "itu" with
    its subject). That predicate must hold a verb of its own, not a copula or an auxiliary
    alone: in "Negara yang pertama mengakui Indonesia adalah Mesir" the clause says which
    country, and stays."""
    toks = words.within(main.start, main.end, main.holes)
    n = len(toks)
    i = next((k for k, t in enumerate(toks[:settings.max_subject_words + 1])
              if t.folded in lang.restrictive_relatives and t.text == t.word), None)
    if i is None or i == 0 or i + 2 >= n or guards.all.covers(toks[i].start):
        return None
    before = toks[:i]
    if _has_predicate(before, lang) or any(t.comma is not None for t in before[1:]) or (
            before[0].folded in lang.subordinators or before[0].folded in lang.conditionals):
        return None
    k = i + 1
    while k < n and toks[k].folded in lang.auxiliaries and not _pred(toks[k + 1] if k + 1 < n else toks[k], lang):
        k += 1
    while k < n - 1 and toks[k].folded in lang.auxiliaries:
        k += 1  # "yang telah menewaskan": the clause's verb after its auxiliaries
    if not _pred(toks[k], lang) or toks[k].folded not in lang.occurrence_verbs:
        return None
    # the main predicate: auxiliaries and then a verb of its own ("sudah rusak", "juga memicu");
    # an auxiliary before a word of time is part of a phrase of time ("tengah malam": midnight)
    time_words = _time_words(lang.code)[0]
    j = next((c for c in range(k + 1, n) if _pred(toks[c], lang)
              and not (toks[c].folded in lang.auxiliaries and c + 1 < n and toks[c + 1].folded in time_words)), None)
    if j is None:
        return None
    m = j
    while m < n - 1 and m - j < 3 and toks[m].folded in lang.auxiliaries:
        m += 1
    if not _pred(toks[m], lang) or toks[m].folded in lang.auxiliaries:
        return None  # a copula ("adalah", "is") or an auxiliary alone: the clause says which thing
    if any(t.comma is not None or t.text[-1:] in ";:" for t in toks[i:j]):
        return None
    last = j - 1
    while last > k and toks[last].folded in lang.demonstratives:
        last -= 1
    clause = toks[i:last + 1]
    if last - i + 1 < settings.min_relative_verb_words + 1 or not any(_is_value(t) for t in clause[1:]):
        return None
    if n - (last - i + 1) < settings.min_clause_words:
        return None
    hole = (toks[i].start, toks[last].end)
    if any(a < hole[1] and hole[0] < b for a, b in main.holes):
        return None
    main.holes.append(hole)
    return Piece(hole[0], hole[1], "relative", context=" ".join(t.text for t in before).strip(" \"'“”"))


def _split_enumeration(piece: Piece, words: Words, lang: Language, guards: Guards, settings: Settings) -> list[Piece]:
    """A list of people that ends a clause ("hadir pula para tamu, antara lain A, B, dan C",
    "disambut oleh ..., seperti A, B, dan C"): one claim per person, each the clause's head and
    that person, the people before it a hole. A list of places or things stays one claim."""
    toks = words.within(piece.start, piece.end, piece.holes)
    segments = _comma_segments(toks, guards)
    if len(segments) < 2:
        return [piece]
    last = segments[-1]
    j = next((k for k, t in enumerate(last) if t.folded in lang.list_conjunctions), None)
    if j is None:
        return [piece]
    items = [last[j + 1:]] if j == 0 else [last[:j], last[j + 1:]]

    def is_item(seg):  # a name, with its title: capitalised at both ends, no verb
        return (0 < len(seg) <= settings.max_list_item_words and not _has_predicate(seg, lang)
                and all(t.word[:1].isupper() and not t.verbish for t in (seg[0], seg[-1])))

    if not all(is_item(x) for x in items):
        return [piece]
    head: list[Token] = []
    for k in range(len(segments) - 2, -1, -1):
        seg = segments[k]
        if is_item(seg) and k > 0:
            items.insert(0, seg)
            continue
        run = len(seg)
        while run > 0 and seg[run - 1].word[:1].isupper() and not seg[run - 1].verbish:
            run -= 1
        if run == len(seg) or not is_item(seg[run:]):
            return [piece]
        items.insert(0, seg[run:])
        head = [t for s in segments[:k] for t in s] + seg[:run]
        break
    if len(items) < settings.min_list_items or not head or not _has_predicate(head, lang):
        return [piece]
    people = sum(1 for x in items if _names_a_person(x, guards))
    if 2 * people <= len(items):
        return [piece]  # most items must be people: a list of countries or places is one fact
    return _item_pieces(piece, items)


def _split_inclusion(piece: Piece, words: Words, lang: Language, guards: Guards, settings: Settings) -> list[Piece]:
    """A list of things that ends a clause after a word of inclusion ("announced a set of
    agreements, including a cut in port fees, a resumption of wheat purchases and an end
    to export curbs", "menyepakati ..., termasuk penurunan tarif 10 persen, ..."): each item
    is a fact of its own, a claim made of the clause's head and that item, the items before it
    a hole. Each item must be a phrase of ``min_inclusion_item_words`` words with no verb that
    opens with a common word, and there must be ``min_list_items`` of them: a list of names
    ("including Brazil, India and China") or of single things ("rice, sugar and cooking oil")
    says one thing."""
    toks = words.within(piece.start, piece.end, piece.holes)
    at = _inclusion_at(toks, 1, lang, lambda k: not guards.all.covers(toks[k].start))
    if at is None or not _has_predicate(toks[:at[0]], lang):
        return [piece]
    segments = _comma_segments(toks[at[1]:], guards)
    if len(segments) < 2:
        return [piece]
    last = segments[-1]
    if last[0].folded in lang.list_conjunctions:
        items = segments[:-1] + [last[1:]]  # "A, B, and C"
    else:
        j = next((k for k, t in enumerate(last) if t.folded in lang.list_conjunctions), None)
        if j is None:
            return [piece]
        items = segments[:-1] + [last[:j], last[j + 1:]]  # "A, B and C"

    def is_item(seg):
        return (len(seg) >= settings.min_inclusion_item_words and not _has_predicate(seg, lang)
                and seg[0].word[:1].islower())

    if len(items) < settings.min_list_items or not all(is_item(x) for x in items):
        return [piece]
    return _item_pieces(piece, items)


def _inclusion_at(toks, first: int, lang: Language, ok) -> tuple[int, int] | None:
    """The token span (k, end) of the first word of inclusion (``inclusion_markers``: "termasuk",
    "including") from ``toks[first]`` on where ``ok(k)`` holds."""
    heads = _marker_heads(lang.inclusion_markers)
    for k in range(first, len(toks)):
        if toks[k].folded in heads:
            n = _marker_at(toks, k, lang.inclusion_markers)
            if n and ok(k):
                return k, k + n
    return None


def _split_counted_members(piece: Piece, words: Words, lang: Language, guards: Guards,
                           settings: Settings) -> list[Piece]:
    """A clause that counts a set, then after a comma a word of inclusion and which members it
    holds ("Sedikitnya 20 orang tewas, termasuk lima anak-anak", "Leaders from more than 40
    countries attended, including from Japan, Kenya and Peru"): who or what the set holds is
    checked apart from its count. The clause before the marker has its verb and a count
    (``_counts``: not a date or a rank); the members run to the piece's end with no verb and
    ``min_clause_words`` words. (A list of items that each say a fact is cut item by item, by
    ``_split_inclusion``, before this is asked.)"""
    toks = words.within(piece.start, piece.end, piece.holes)
    at = _inclusion_at(toks, 2, lang,  # after a comma of the clause's own
                       lambda k: toks[k - 1].comma is not None and not guards.all.covers(toks[k - 1].comma))
    if at is None:
        return [piece]
    left, members = toks[:at[0]], toks[at[1]:]
    if (len(left) < settings.min_clause_words or len(members) + at[1] - at[0] < settings.min_clause_words
            or not _has_predicate(left, lang) or _has_predicate(members, lang) or not any(_counts(left, lang))):
        return [piece]
    comma = left[-1].comma
    return [Piece(piece.start, comma, piece.kind, [h for h in piece.holes if h[0] < comma], piece.context),
            Piece(toks[at[0]].start, piece.end, "enumeration", [h for h in piece.holes if h[0] >= comma],
                  _subject(left, lang))]


def _comma_segments(toks: list[Token], guards: Guards) -> list[list[Token]]:
    """The tokens cut after each comma that no quotation, parenthesis or name covers."""
    segments, cur = [], []
    for t in toks:
        cur.append(t)
        if t.comma is not None and not guards.all.covers(t.comma):
            segments.append(cur)
            cur = []
    if cur:
        segments.append(cur)
    return segments


def _item_pieces(piece: Piece, items: list[list[Token]]) -> list[Piece]:
    """One piece per item of a list: the clause up to that item, the items before it a hole."""
    out = []
    first = items[0][0].start
    for k, item in enumerate(items):
        end = piece.end if k == len(items) - 1 else item[-1].end
        holes = [h for h in piece.holes if h[0] < end]
        if k == 0:
            out.append(Piece(piece.start, end, piece.kind, holes, piece.context))
        else:
            out.append(Piece(piece.start, end, "enumeration", holes + [(first, item[0].start)], piece.context))
    return out


def _names_a_person(item: list[Token], guards: Guards) -> bool:
    i = bisect_left(guards.person_starts, item[0].start)
    return i < len(guards.person_starts) and guards.person_starts[i] < item[-1].end


def _positions(words: list[str], wanted) -> dict[str, list[int]]:
    """Where each of the ``wanted`` words stands in ``words`` (in order), in one pass."""
    at: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        if w in wanted:
            at.setdefault(w, []).append(i)
    return at


def _split_relatives(text, start, end, words: Words, lang, guards: Guards, settings) -> list[Piece]:
    """Relative clauses after a comma (", yang ...") and "di mana" clauses become pieces of their own."""
    toks = words.toks
    folded = [t.folded for t in toks]
    markers = []
    ix = None  # the sentence's counts, made when first needed and shared with the stops below
    # where each relative marker's first word stands, read in one pass (not one a marker)
    at = _positions(folded, {rel.split()[0] for rel in lang.relatives if rel.split()})
    for rel in lang.relatives:
        parts = rel.split()
        for i in at.get(parts[0], ()) if parts else ():
            t = toks[i]
            if i == 0 or folded[i:i + len(parts)] != parts:
                continue
            if toks[i].text[:1] in _OPEN_QUOTES or guards.all.covers(t.start):
                continue
            comma = toks[i - 1].comma is not None
            if not comma and rel not in lang.relatives_without_comma and not (
                    rel in lang.relatives_with_subject and _relative_with_subject(toks, i, lang, settings)):
                continue
            if comma and _after_a_contrast(toks, i, lang):
                continue
            markers.append((i, len(parts), False, None))
    if any(f in lang.restrictive_relatives for f in folded):
        # one sweep: the last predicate before each word, and whether a dash came after it
        ix = PieceIndex(toks, lang)
        last_verb, dash = -1, False
        for i, t in enumerate(toks):
            if (0 < i and folded[i] in lang.restrictive_relatives and toks[i - 1].comma is None
                    and folded[i - 1] not in lang.as_markers  # "seperti yang disampaikan X": a credit
                    and not guards.all.covers(t.start)
                    and _restrictive_relative(toks, i, lang, settings, ix, last_verb, dash)):
                markers.append((i, 1, True, _head_verb_after(toks, i, last_verb, lang)))
            if _pred(t, lang):
                last_verb, dash = i, False
            elif not t.word:
                dash = True
    markers.sort()
    main = Piece(start, end)
    pieces = [main]
    consumed_until = -1
    if not markers:
        return pieces
    stops = _RelativeStops(text, toks, lang, guards, ix)
    holes = _Holes(())
    first_free = 0  # the first word in no hole of the main clause (holes only grow, further on)
    for i, n, restrictive, head_verb in markers:
        if toks[i].start < consumed_until:
            continue
        if (not restrictive and toks[i - 1].comma is None and i < settings.max_subject_words
                and not stops.ix.any_pred(0, i)):
            # with no comma, within a subject's reach of the start and no verb before it, the
            # marker opens a restrictive relative inside the subject ("The issue on which they
            # disagreed was ...", "Isu di mana ... adalah ..."): it says which thing, and stays
            continue
        body_first = i + n
        # Where does the clause end? After a whole clause ("Kantor presiden mengatakan ia mengadakan
        # pertemuan di sela forum, yang berlangsung di Tashkent, ibu kota Uzbekistan, dan berakhir ...")
        # it runs to the sentence's end, less a closing attribution (", kata Kim"). After a subject
        # alone ("Kunjungan menteri ke Wina, yang ..., memberikan ...") the main clause goes on after
        # the next comma, unless all that follows is the clause's own list ("..., Jepang, dan ASEAN").
        stop = stops.after_clause(body_first) if stops.ix.between(0, i) else stops.after_subject(body_first)
        if head_verb is not None:
            stop = head_verb - 1  # inside a subject: the clause ends before its noun's verb, a hole in the main clause
        last = stop if stop is not None else len(toks) - 1
        n_clause = max(0, last + 1 - body_first)  # the words of toks[body_first:last + 1]
        if restrictive and not any(any(ch.isdigit() for ch in c.word) or c.word[:1].isupper()
                                   for c in toks[body_first:last + 1]):
            # with no date, figure or name of its own it describes its noun ("pembenaran ...
            # yang dinilai sebagai invasi"): one claim with it
            continue
        verb = restrictive or stops.ix.any_pred(body_first, last + 1)
        need = settings.min_relative_verb_words if verb else settings.min_relative_words
        if n_clause < need or not (verb or stops.ix.count(stops.digits, body_first, last + 1)):
            continue
        while first_free < i and holes.covers(toks[first_free].start):
            first_free += 1
        if first_free >= i:  # no word of the main clause before the marker
            continue
        clause_start = toks[i].start  # the marker stays with its clause: "yang bertujuan ...", "which have ..."
        clause_end = toks[last].end
        rel = Piece(clause_start, clause_end, "relative",
                    context=stops.head_phrase(toks[first_free].start, toks[i - 1].end))
        if stop is None:
            # final relative: the main clause ends before the comma (or the marker)
            main.end = toks[i - 1].end
        else:
            # embedded: a hole in the main clause, which goes on after it
            main.holes.append((toks[i - 1].end - 1 if toks[i - 1].text.endswith(",") else toks[i].start, toks[last].end))
            holes.add(*main.holes[-1])
        pieces.append(rel)
        consumed_until = clause_end
    return pieces


def _predicate_before_comma(toks, k: int, lang: Language) -> bool:
    """Is there a predicate among ``toks[k:]`` up to the first word a comma closes?"""
    for t in toks[k:]:
        if _pred(t, lang):
            return True
        if t.comma is not None:
            return False
    return False


def _after_a_contrast(toks: list[Token], i: int, lang: Language) -> bool:
    """Does a contrast set off by commas end right before ``toks[i]`` ("pemerintah, bukan swasta,
    yang harus mengelola ...", "the driver, not the passenger, who caused ...")? Then what follows
    is what the contrasted noun did (a cleft's predicate, the verb of its clause): the sentence's
    own clause, not a relative clause about the alternative nor a clause of its own."""
    k = i - 1
    while k > 0 and toks[k - 1].comma is None:
        k -= 1
    return (k > 0 and toks[k].folded in slot_words(lang.code).contrast_negations
            and not any(_pred(t, lang) for t in toks[k + 1:i]))


def _relative_with_subject(toks: list[Token], i: int, lang: Language, settings: Settings) -> bool:
    """Does the marker ``toks[i]`` ("tempat") open a relative clause of place with no comma before
    it ("di hotel tempat delegasi menginap", "rumah tempat pelaku bersembunyi")? Only after a common noun
    (not a preposition: "di tempat kejadian") and before a subject and then its verb: right before a
    verb it names a place for doing ("tempat menginap"), and before a noun alone a kind of place
    ("tempat ibadah")."""
    if i + 2 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    if (not prev.word[:1].islower() or prev.text != prev.word or prev.folded in lang.stopwords
            or prev.folded in lang.circumstance_prepositions or _pred(prev, lang)):
        return False
    return not _pred(nxt, lang) and _predicate_soon(Run(toks, i + 1), lang, settings)


def _restrictive_relative(toks: list[Token], i: int, lang: Language, settings: Settings, ix: "PieceIndex",
                          last_verb: int, dash: bool) -> bool:
    """Does the marker ``toks[i]`` ("yang", "that") open a relative clause with a fact of its own,
    with no comma before it: a whole clause before it ("Putin menandatangani perjanjian ..."),
    a verb right after it (or an auxiliary and then a verb: "yang telah menewaskan"; in English a
    present tense shows by its ending, ``relative_verb_endings``), no verb right before it
    (after "said", "that" opens what was said), and a noun phrase of
    ``settings.min_restrictive_head_words`` between the main verb (``last_verb``, the last
    predicate before the marker) and the marker, with no dash between (``dash``)?"""
    if i + 1 >= len(toks) or last_verb < 0 or dash:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    if nxt.folded in lang.adverb_openers and i + 2 < len(toks):
        nxt = toks[i + 2]  # "yang kini berstatus ...", "which now holds ...": the verb after its adverb
    if _pred(prev, lang) or prev.folded in lang.speech_verbs or prev.folded in lang.quote_verbs:
        return False
    if nxt.word[:1].islower() and nxt.folded not in lang.stopwords and nxt.folded.endswith(lang.relative_verb_endings):
        opens = True  # "a deal that includes ...": after the marker a present-tense verb shows by its ending
    else:
        opens = _pred(nxt, lang) and (nxt.folded not in lang.auxiliaries or any(_pred(t, lang) for t in toks[i + 2:i + 4]))
    if not opens or not ix.between(0, i) or ix.speech_frame_only(0, i):
        return False
    return i - last_verb - 1 >= settings.min_restrictive_head_words


def _head_verb_after(toks: list[Token], i: int, last_verb: int, lang: Language) -> int | None:
    """Where the verb of the noun a restrictive relative clause describes stands, when the
    clause sits inside a subject: the noun follows a comma or a word opening a clause of its own
    ("Seperti diberitakan Reuters, gelombang panas yang melanda negara itu | telah menewaskan 38
    orang", "menuntut agar 27 pekerja yang diberhentikan pada Oktober | dipekerjakan kembali"),
    and after the clause's own verbs a verb follows (a word other than a verb between them; the
    last such, before a comma, another relative marker or a coordinator). None otherwise."""
    between = toks[last_verb:i] if last_verb >= 0 else []
    if not (any(t.comma is not None for t in between) or any(
            t.folded in lang.complementizers or t.folded in lang.subordinators or t.folded in lang.purposes
            for t in between[1:])):
        return None
    k = i + 1
    while k < len(toks) and (_pred(toks[k], lang) or toks[k].folded in lang.adverb_openers):
        k += 1  # the relative clause's verb (and its auxiliaries, a serial verb)
    # the last group of verbs before the clause ends: the relative clause may hold a clause of its
    # own ("supporter yang tidak terima tim kesayangannya kalah dengan skor 2-3 | mulai rusuh")
    found = None
    for j in range(k, len(toks)):
        t = toks[j]
        if t.folded in lang.relatives or t.folded in lang.coordinators or t.folded in lang.restrictive_relatives:
            break
        if _pred(t, lang) and j > k and not _pred(toks[j - 1], lang):
            found = j
        if t.comma is not None:
            break
    return found


class _RelativeStops:
    """Where a relative clause that starts at a word ends, read from running counts over the
    sentence's words, built once: each marker read the rest of the sentence again, and a
    sentence of many relative clauses cost its square."""

    _SEPARATORS = re.compile(r"[,;:]")

    def __init__(self, text: str, toks: list[Token], lang: Language, guards: Guards, ix: PieceIndex | None = None):
        n = len(toks)
        self.text, self.lang, self.n = text, lang, n
        # ``ix``: the same words' counts when the caller made them already (with no guards)
        self.ix = ix if ix is not None else PieceIndex(toks, lang)
        self.digits = [0]  # words that are a number
        for t in toks:
            self.digits.append(self.digits[-1] + t.word.isdigit())
        # a comma that may end the clause: ending a word, outside quotations and parentheses,
        # with a word after it; and of those, the ones a speech or sourcing verb follows
        may_end = [t.text.endswith(",") and not guards.all.covers(t.end - 1) and k + 1 < n for k, t in enumerate(toks)]
        said = lang.telling_verbs
        self.next_comma, self.next_credit = [n] * (n + 1), [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            self.next_comma[k] = k if may_end[k] else self.next_comma[k + 1]
            self.next_credit[k] = k if may_end[k] and toks[k + 1].folded in said else self.next_credit[k + 1]
        preds = [k for k in range(n) if self.ix.preds[k + 1] > self.ix.preds[k]]
        self.last_pred = preds[-1] if preds else -1
        # (a conjunction between two figures joins days or amounts, "May 4 and 5", no list's items)
        self.last_list = max((k for k, t in enumerate(toks) if t.folded in lang.list_conjunctions
                              and not (0 < k < n - 1 and toks[k - 1].word[-1:].isdigit()
                                       and toks[k + 1].word[:1].isdigit())), default=-1)
        self.separators = [m.start() for m in self._SEPARATORS.finditer(text, toks[0].start, toks[-1].end)] if toks else []

    def after_clause(self, k: int) -> int | None:
        """After a whole clause, a relative clause runs to a comma before a closing ", kata X"."""
        j = self.next_credit[min(k, self.n)]
        return j if j < self.n else None

    def after_subject(self, k: int) -> int | None:
        """After a subject alone, to the first comma after which a predicate follows, or no
        conjunction of a list ("..., Jepang, dan ASEAN" is the clause's own list)."""
        j = self.next_comma[min(k, self.n)]
        if j < self.n and not (j < self.last_pred or j >= self.last_list):
            j = self.next_comma[max(self.last_list, j + 1)] if max(self.last_list, j + 1) <= self.n else self.n
        return j if j < self.n else None

    def head_phrase(self, a: int, b: int) -> str:
        """``_head_phrase(text[a:b].rstrip(","))`` reading only after the last separator."""
        text = self.text
        while b > a and text[b - 1] == ",":
            b -= 1
        k = bisect_left(self.separators, b) - 1
        tail_start = self.separators[k] + 1 if k >= 0 and self.separators[k] >= a else a
        return _head_phrase(text[tail_start:b], self.lang)


def _head_phrase(left: str, lang: Language) -> str:
    """The noun phrase a relative clause hangs on: the words after the last comma before it."""
    tail = re.split(r"[,;:]", left)[-1].strip(" \"'“”‘’")
    words = tail.split()
    while words and (words[0].casefold() in lang.coordinators or words[0].casefold() in lang.disjunctions):
        words.pop(0)
    return " ".join(words[-6:])


class PieceIndex:
    """Running counts over one piece's words, built in one sweep: whether a stretch
    ``toks[a:b]`` has a predicate of its own (``_clause_predicate``), only speech verbs
    (``_speech_frame_only``), a sourcing verb, a circumstance word, and where the next comma
    stands. Each comma, coordinator and subordinator once read its whole clause again (and
    copied the rest of the piece), so a long clause cost its square; now each question is a
    subtraction or a look-up."""

    def __init__(self, toks: list[Token], lang: Language, guards: Guards | None = None):
        n = len(toks)
        frames = lang.speech_verbs | lang.sourcing_verbs
        negations = slot_words(lang.code).negations
        self.n = n
        # running counts from one list of each word's answer (accumulate, in C): predicates
        # among toks[:k]; the last complementizer among them, or -1; predicates that are speech
        # or sourcing verbs; predicates that are neither those nor auxiliaries; predicates that
        # are not a negation alone; sourcing verbs ("dikutip", "melansir"), predicates or not;
        # words of place or time ("di", "kepada", "setelah")
        # (the per-word answers are built with map and C-level set look-ups: this runs over
        # every word of every piece, and a generator a question cost more than the questions)
        words = [t.folded for t in toks]
        preds = [bool(t.word and _pred(t, lang)) for t in toks]
        comps, auxiliaries = lang.complementizers, lang.auxiliaries
        self.preds = list(accumulate(preds, initial=0))
        self.last_comp = list(accumulate((k if w in comps else -1 for k, w in enumerate(words)), max, initial=-1))
        framed = list(map(frames.__contains__, words))
        self.frames = list(accumulate(map(and_, preds, framed), initial=0))
        self.others = list(accumulate(map(and_, preds, map(_neither, framed, map(auxiliaries.__contains__, words))),
                                      initial=0))
        self.own_verbs = list(accumulate(map(and_, preds, map(not_, map(negations.__contains__, words))), initial=0))
        self.sourcing = list(accumulate(map(lang.sourcing_verbs.__contains__, words), initial=0))
        self.circumstances = list(accumulate(map(lang.circumstance_words.__contains__, words), initial=0))
        # the first word at or after k that ends on a comma (n when none); the same for a
        # comma outside every quotation and parenthesis
        next_comma = [n] * (n + 1)
        next_open_comma = [n] * (n + 1)
        covers = None if guards is None else guards.all.covers
        at = open_at = n
        for k in range(n - 1, -1, -1):
            c = toks[k].comma
            if c is not None:
                at = k
                if covers is None or not covers(c):
                    open_at = k
            next_comma[k] = at
            next_open_comma[k] = open_at
        self.next_comma, self.next_open_comma = next_comma, next_open_comma

    def _span(self, a: int, b: int) -> tuple[int, int]:
        a, b = min(max(a, 0), self.n), min(max(b, 0), self.n)
        return a, max(a, b)

    def count(self, running: list[int], a: int, b: int) -> int:
        """How many of ``toks[a:b]`` a running count counts."""
        a, b = self._span(a, b)
        return running[b] - running[a]

    def any_pred(self, a: int, b: int) -> bool:
        """``_has_predicate(toks[a:b])``."""
        return self.count(self.preds, a, b) > 0

    def between(self, seg: int, i: int) -> bool:
        """``_clause_predicate(toks[seg:i])``: a predicate after the stretch's last complementizer."""
        seg, i = self._span(seg, i)
        after = max(self.last_comp[i], seg - 1) + 1
        return self.preds[i] - self.preds[after] > 0

    def speech_frame_only(self, a: int, b: int) -> bool:
        """``_speech_frame_only(toks[a:b])``."""
        return self.count(self.frames, a, b) > 0 and self.count(self.others, a, b) == 0

    def complementizer_from(self, k: int) -> bool:
        """Is there a complementizer among ``toks[k:]``?"""
        return self.last_comp[self.n] >= k

    def reports_content(self, k: int) -> bool:
        """``_reports_content(toks[k:])``: a complementizer first, or a predicate up to and
        including the first word that ends on a comma."""
        if k >= self.n:
            return False
        if self.last_comp[k + 1] == k:
            return True
        c = self.next_comma[k]
        return self.any_pred(k, min(c + 1, self.n))


def _in_long_quote(pos: int, guards: Guards) -> bool:
    return guards.all.covers(pos) and not guards.phrases.covers(pos)


def _coordinate_cut(toks, i, seg, lang, guards: Guards, settings, title_case, participial,
                    ix: PieceIndex) -> Cut | None:
    """A coordinator at ``toks[i]`` that joins two clauses; ``ix``: the piece's counts."""
    left, right = Run(toks, seg, i), Run(toks, i + 1)
    if len(left) < settings.min_clause_words or len(right) < settings.min_clause_words:
        return None
    prev, nxt = toks[i - 1], right[0]
    if toks[i].folded in lang.comma_coordinators and prev.comma is None:
        return None  # "jembatan sementara agar ...": an adjective after its noun
    verb_first = _pred(nxt, lang) or _is_participle(nxt, lang, title_case)
    if title_case:
        # in a title-case line capitals say nothing ("Chile dan Peru Tetap Bersahabat" is one
        # subject) and verbs lose their prefixes ("Resmikan", "Sambangi"): a clause follows only a
        # coordinator with a verb right after it, or one after a comma (", Tapi Persahabatan ... Berlanjut")
        if not verb_first and prev.comma is None:
            return None
        if not _opens_clause(right, lang, settings, participial, title_case):
            return None
        return Cut(prev.end, nxt.start, "coordinate")
    np_coordination = (not title_case and prev.word[:1].isupper() and prev.comma is None
                       and (nxt.word[:1].isupper() or nxt.folded in lang.subjects) and not verb_first)
    # the last item of a serial list of capitalised words ("the Meteorology, Climatology, and
    # Geophysics Agency", "Jakarta, Bandung, and Surabaya"): a name's words, not a new clause
    serial = (not title_case and prev.comma is not None and prev.word[:1].isupper() and nxt.word[:1].isupper()
              and not verb_first and i >= 2 and toks[i - 2].comma is not None and toks[i - 2].word[:1].isupper())
    # ... or of single words, with no verb among them ("sabu, ganja, dan pil ekstasi",
    # "terstruktur, sistematis, dan masif", "residents, visitors and tourists"): one phrase's items
    # (the last item may open with a participle that describes it: "poverty, jobs and crumbling
    # roads", "... and damaged roads", a word and then its noun, no verb)
    # (a past form does so only in a list a preposition governs: "on housing, jobs and damaged
    # roads"; "seized heroin, cash and arrested two men" lists what a verb did)
    described = (verb_first and i + 2 < len(toks)
                 and (not _pred(nxt, lang) or _past_form(nxt, lang) and _preposition_governs(toks, seg, i, lang))
                 and toks[i + 1].comma is None and not _is_value(toks[i + 2])
                 and not _pred(toks[i + 2], lang) and not _is_participle(toks[i + 2], lang, False)
                 and toks[i + 2].folded not in PREPOSITIONS and toks[i + 2].folded not in lang.determiners)
    listed = (not title_case and i >= 2 and toks[i - 2].comma is not None and (not verb_first or described)
              and not _pred(prev, lang)
              and (prev.comma is not None or toks[i].folded in lang.coordinators))
    # two prepositions of one object ("penerbangan dari dan ke Ternate", "flights to and from"):
    # a clause does not end with a preposition
    shared_object = prev.comma is None and prev.folded in PREPOSITIONS and nxt.folded in PREPOSITIONS
    if np_coordination or serial or listed or shared_object:
        return None
    # a contrast of one part ("made by humans and not by machines", "hujan deras dan bukan
    # bendungan"): the negation denies the alternative, with no predicate of its own
    sw = slot_words(lang.code)
    if toks[i].folded in sw.contrast_joiners and nxt.folded in sw.contrast_negations \
            and not _predicate_before_comma(right, 1, lang):
        return None
    # the coordinator inside the attribution that closes the sentence (", the local search and
    # rescue agency said."): it joins the nouns of who said it, not two clauses
    after = next((k + 1 for k in range(i - 1, seg - 1, -1) if toks[k].comma is not None), None)
    if (after is not None and after < i and not ix.any_pred(after, i)
            and _trailing_attribution(Run(toks, after), False, lang, ix, after)):
        return None
    if verb_first and _in_long_quote(toks[i].start, guards):
        # a speaker's "consider the risks and develop AI responsibly" is one quoted thought
        return None
    # the left is a clause: a predicate of its own, or a participle heading a participial clause
    left_clause = ix.between(seg, i) or (participial and _is_participle(left[0], lang, False))
    if not left_clause:
        return None
    if not _opens_clause(right, lang, settings, participial, title_case):
        if toks[i].folded not in lang.clause_coordinators:
            return None
        # a contrast joins two clauses only, the second one's verb left out when it is the first's
        # ("menyebut sang menteri 'pembohong' sedangkan gubernur 'pengecut'"): the first clause to its verb frames it
        verb = next((k for k in range(len(left)) if _pred(left[k], lang)), None)
        if verb is None:
            return None
        return Cut(prev.end, nxt.start, "coordinate", context=" ".join(t.text for t in left[:verb + 1]))
    return Cut(prev.end, nxt.start, "coordinate", context=_subject(left, lang) if verb_first else "")


def _past_form(t: Token, lang: Language) -> bool:
    """Is the word a past form by its ending (clauses.toml ``verb_suffixes``: "damaged",
    "flooded"), which may describe a noun as an adjective does? Not an irregular past ("took"),
    which only heads a clause. None in a language whose verbs show no tense by an ending."""
    return t.folded not in lang.bare_verbs and any(t.folded.endswith(x) and len(t.folded) >= len(x) + 3
                                                   for x in lang.verb_suffixes)


def _preposition_governs(toks, seg: int, i: int, lang: Language) -> bool:
    """Is the nearest preposition or predicate before ``toks[i]`` (from ``seg``) a preposition: the
    words between are the objects of a preposition ("on housing, jobs"), not of a verb?"""
    for t in reversed(toks[seg:i]):
        if t.folded in PREPOSITIONS:
            return True
        if _pred(t, lang):
            return False
    return False


def _is_ordinal(t: Token, code: str) -> bool:
    """An ordinal: a word that is one ("eighth", "pertama"), or digits or a number word with an
    ordinal prefix or suffix ("ke-8", "47th")."""
    sw = slot_words(code)
    w = t.folded
    return (w in sw.ordinal_words or (bool(sw.ordinal_prefixes) and w.startswith(sw.ordinal_prefixes)
                                      and len(w) > max(map(len, sw.ordinal_prefixes)))
            or (bool(sw.ordinal_suffixes) and w[:1].isdigit() and w.endswith(sw.ordinal_suffixes)))


def _rank_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A role marker at ``toks[i]`` ("as", "sebagai") after a whole clause, with an ordinal in the
    role's first ``max_rank_words`` words ("was sworn in on Friday as the fifth governor of
    ...", "dilantik sebagai Gubernur ke-5 provinsi itu"): the rank is a fact of its own, checked apart from
    the act (another outlet may report the act without it, or the rank without the act). Read with
    the clause's subject as context. A role with no ordinal ("as president") completes the act."""
    if toks[i].text != toks[i].word or guards.all.covers(toks[i].start):
        return None
    if i - seg < settings.min_clause_words or ix.n - i - 1 < settings.min_clause_words or not ix.any_pred(seg, i):
        return None
    if toks[i - 2].folded in lang.role_markers:
        return None  # the second word of "as well as", "as soon as": a link, not a role
    role = toks[i + 1:min(ix.n, i + 1 + settings.max_rank_words)]
    for t in role:
        if _is_ordinal(t, lang.code):
            break
        if t.comma is not None or _pred(t, lang) or t.folded in lang.role_markers:
            return None  # (a second "as": "as well as the third ...", a list, not a role)
    else:
        return None
    return Cut(toks[i - 1].end, toks[i].start, "coordinate", context=_subject(Run(toks, seg, i), lang))


def _ranked_event_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A copula at ``toks[i]`` after a subject that names an event (``event_nouns``, in its first
    words) with a place, date or name of its own, and a rank right after it (an ordinal or a
    superlative within ``max_rank_words``): "Pertemuan kedua menteri di Nairobi, Kenya,
    merupakan pertemuan tatap muka pertama mereka sejak 2017", "The talks in Nairobi were their
    first meeting since 2017". That the event took place there and then is a fact; its rank
    another: cut before the copula, the subject the context. The subject opens the piece and has
    no verb, and a place or a name of its own: an event with none ("Pertemuan itu merupakan ...") or
    with a date alone ("Banjir pada Senin adalah banjir terbesar sejak 2013") says which one only."""
    if seg != 0 or i < settings.min_clause_words or guards.all.covers(toks[i].start) or ix.any_pred(0, i):
        return None
    if not any(t.folded in lang.event_nouns for t in toks[:3]) or toks[0].text[:1] in _OPEN_QUOTES:
        return None
    event = next(k for k in range(3) if toks[k].folded in lang.event_nouns)
    time_words, time_leads = _time_words(lang.code)
    if not any(_is_value(toks[k]) and not _is_time(toks[k], toks[k - 1], time_words, time_leads)
               and not _is_year(toks[k]) for k in range(event + 1, i)):
        return None  # a date alone says which event it is ("Banjir pada Senin adalah banjir terbesar ...")
    for t in toks[i + 1:min(ix.n, i + 1 + settings.max_rank_words)]:
        if _is_ordinal(t, lang.code) or t.folded in lang.superlatives:
            break
        if t.comma is not None or _pred(t, lang):
            return None
    else:
        return None
    return Cut(toks[i - 1].comma if toks[i - 1].comma is not None else toks[i - 1].end, toks[i].start,
               "coordinate", context=" ".join(t.text for t in toks[:i]).rstrip(","))


def _ranking_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A phrase after a whole clause that ranks what the clause tells among others of its kind: a
    ranking marker, alone after a comma or after a preposition of place or occasion, with a
    superlative in its next ``max_subject_words`` words ("... put the toll at 61 in one of the
    world's worst ferry disasters", "..., salah satu banjir terbesar sejak 2013"): cut before it,
    a claim of its own with the clause's subject as context. A ranking of a person inside the clause
    ("met one of the richest men") is its object, not after a whole clause: the left must hold a
    predicate and the clause's words."""
    t = toks[i]
    if t.text != t.word or guards.all.covers(t.start):
        return None
    at = i + 1 if (t.folded in lang.circumstance_prepositions and toks[i - 1].comma is None) else i
    if at == i and toks[i - 1].comma is None:
        return None  # a ranking with neither a comma nor a preposition before it is the verb's object
    size = _marker_at(toks, at, lang.ranking_markers)
    if not size:
        return None
    if i - seg < settings.min_clause_words or not ix.any_pred(seg, i) or ix.speech_frame_only(seg, i):
        return None
    rank = toks[at + size:min(ix.n, at + size + settings.max_subject_words)]
    for r in rank:
        if r.folded in lang.superlatives:
            break
        if r.comma is not None or _pred(r, lang):
            return None
    else:
        return None
    if ix.any_pred(at + size, min(ix.next_comma[at] + 1, ix.n)):
        return None  # "one of the worst that hit ...": a clause of its own follows, read whole
    return Cut(toks[i - 1].end, t.start, "circumstance", context=_subject(Run(toks, seg, i), lang))


def _unique_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A preposition at ``toks[i]`` after a whole clause, then a phrase that singles a thing out of
    its kind with a clause of its own ("... deepen support for the only country to have tested a
    nuclear weapon this century", "... dukungan bagi satu-satunya negara yang telah menguji ..."):
    that it is the only one is a fact of its own, cut before the preposition. The marker
    (``unique_markers``) follows the preposition; the clause's link (``unique_links``) comes
    within a subject's reach, with a verb right after it (or after "have"/an auxiliary)."""
    t = toks[i]
    if t.text != t.word or guards.all.covers(t.start) or toks[i - 1].comma is not None:
        return None
    size = _marker_at(toks, i + 1, lang.unique_markers)
    if not size or i - seg < settings.min_clause_words or not ix.any_pred(seg, i) or ix.speech_frame_only(seg, i):
        return None
    head = i + 1 + size
    for k in range(head, min(ix.n - 1, head + settings.max_subject_words)):
        w = toks[k]
        if w.comma is not None or _pred(w, lang):
            return None
        if w.folded in lang.unique_links and k > head:
            nxt = [x for x in toks[k + 1:k + 4]]
            # the verb after the link, past auxiliaries ("to have tested", "yang telah menguji")
            for x in nxt:
                if x.folded in lang.auxiliaries:
                    continue
                # (after an infinitive's "to" a bare word is the verb: "to lead")
                if _pred(x, lang) or (w.folded == "to" and x.word.isalpha() and x.word.islower()
                                      and x.folded not in lang.stopwords):
                    return Cut(toks[i - 1].end, t.start, "circumstance")
                break
            return None
    return None


def _frame_cut(text, toks, i, lang, settings, ix: PieceIndex) -> Cut | None:
    """After a quotation closed by a comma: its attribution, when it holds a place or time
    ('," kata menteri itu di Porto, Portugal, Rabu'), is a claim of its own."""
    right = Run(toks, i)
    # the speech verb first ('," kata X'), or after the speaker's name ('," Governor X told')
    verb_at = next((k for k, t in enumerate(right) if t.folded in lang.quote_verbs or t.verbish), None)
    if verb_at is None or right[verb_at].folded not in lang.quote_verbs or len(right) < settings.min_frame_words:
        return None
    rest = i + verb_at + 1  # where the words after the speech verb start
    if ix.complementizer_from(rest):
        return None  # '," katanya menambahkan bahwa ...' reports more than who spoke
    # the place or time of the speaking, before any comma: in '," kata Maya Lindqvist, analis di
    # Northgate Capital' the place is the speaker's, not the occasion's
    if not ix.count(ix.circumstances, rest, ix.next_comma[min(rest, ix.n)] + 1):
        return None
    return Cut(toks[i - 1].end, right[0].start, "frame")


def _framed_content_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A complementizer (``toks[i]``: "that", "bahwa") after a verb of agreeing or deciding and a
    phrase of place or time ("agreed in Lima on Sunday that ...", "sepakat di Lima pada Minggu
    bahwa ..."): that they met and agreed there and then is a fact of its own, what they agreed
    another. Between the verb and the complementizer stand no verb and no comma, and a
    circumstance word with a value (a figure or a name) after it; a verb alone before it ("agreed
    that") or with a date and no preposition ("agreed Monday that") frames only. A speech verb
    ("said on Tuesday that", "mengatakan pada Selasa bahwa") frames what was said, whatever stands
    between: one version dates the saying, another does not, and what was said is compared whole.
    """
    if toks[i - 1].comma is not None or guards.all.covers(toks[i].start) or i + 1 >= ix.n:
        return None
    verb = next((k for k in range(i - 1, seg - 1, -1) if _pred(toks[k], lang)), None)
    if verb is None or any(toks[k].comma is not None for k in range(verb, i)):
        return None
    if toks[verb].folded in lang.speech_verbs or toks[verb].folded in lang.quote_verbs:
        return None
    phrase = next((k for k in range(verb + 1, i) if toks[k].folded in lang.circumstance_words), None)
    if phrase is None or not any(_is_value(toks[k]) for k in range(phrase + 1, i)):
        return None
    if verb - seg + 1 < settings.min_clause_words or ix.n - i - 1 < settings.min_clause_words \
            or not ix.any_pred(i + 1, ix.n):
        return None
    return Cut(toks[i - 1].end, toks[i].start, "coordinate")


def _added_statement_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A quotation, its attribution and, with no comma between, a second speech verb with what it
    reports ('"...," katanya menambahkan bahwa China ...', '"...," he said adding that ...'): the
    speaker added a statement of its own, cut as after a comma (", menambahkan bahwa ...",
    ", adding that ..."). The attribution runs from the quotation's closing mark to the second
    verb: a speech verb and at most ``max_subject_words`` words in all."""
    t = toks[i]
    if (t.folded not in lang.quote_verbs or t.text != t.word or toks[i - 1].comma is not None or i + 2 >= ix.n
            or toks[i + 1].folded not in lang.complementizers or guards.all.covers(t.start)):
        return None
    for j in range(i - 1, max(seg - 1, i - 1 - settings.max_subject_words), -1):
        if toks[j].end in guards.quote_opens:  # the word that closes the quotation
            frame = Run(toks, j + 1, i)
            if len(frame) and any(_credits_quote(x.folded, lang) for x in frame) and not ix.count(ix.others, j + 1, i):
                speaker = " ".join(x.text for x in frame if not _credits_quote(x.folded, lang))
                return Cut(toks[i - 1].end, t.start, "participial", context=speaker)  # who added it
            return None
    return None


def _credits_quote(word: str, lang: Language) -> bool:
    """A verb that credits a quotation it follows, bare or with its enclitic pronoun ("kata",
    "katanya", "said")."""
    return word in lang.quote_verbs or any(
        word.endswith(suf) and word[:-len(suf)] in lang.quote_verbs for suf in lang.pronoun_suffixes)


def _reports_content(toks: list[Token], lang: Language) -> bool:
    """Do the words after a speech verb hold what was said: a complementizer, or a clause
    (a predicate before the next comma)?"""
    if toks and toks[0].folded in lang.complementizers:
        return True
    for t in toks:
        if _pred(t, lang):
            return True
        if t.comma is not None:
            return False
    return False


def _semicolon_cut(toks, i, seg, lang, settings, ix: PieceIndex) -> Cut | None:
    """A semicolon between two clauses ("The storm killed three people; dozens were injured",
    a wire headline's "Floods swamp homes in Java; 3 missing"): it joins two statements of
    fact, each a claim. The left side is a clause (``min_clause_words`` words and a verb); the
    right one too, or a count with a word about it (the headline's "3 missing"). A list set
    off by semicolons ("delegates from Chile; Peru; and Mexico") has no verb on its right."""
    left, right = Run(toks, seg, i), Run(toks, i)
    if len(left) < settings.min_clause_words or not ix.any_pred(seg, i):
        return None
    clause = len(right) >= settings.min_clause_words and _predicate_soon(right, lang, settings, from_index=0)
    count = len(right) >= 2 and any(_counts(Run(toks, i, min(i + 2, ix.n)), lang))
    if not (clause or count):
        return None
    return Cut(toks[i - 1].end - 1, toks[i].start, "coordinate")


def _comma_cut(text, toks, i, seg, lang, guards: Guards, settings, title_case, participial,
               ix: PieceIndex, headline: bool = False) -> Cut | None:
    """A comma before ``toks[i]`` that ends one clause and starts another (see the module's docstring);
    ``headline``: the piece is a sentence-case headline's."""
    prev, first = toks[i - 1], toks[i]
    left, right = Run(toks, seg, i), Run(toks, i)
    comma = prev.comma
    opened = guards.quote_opens.get(prev.end, guards.quote_opens.get(prev.end - 1))
    if opened is not None and left and opened <= left[0].start:
        # a quotation that opens the clause, then its attribution
        return _frame_cut(text, toks, i, lang, settings, ix)
    if (guards.phrases.covers(comma) and not _closes_quote(comma, guards)) or first.text[:1] in _OPEN_QUOTES:
        return None
    if _closes_quote(comma, guards):
        comma = prev.end  # the left side keeps the quotation's closing mark ('“teman lama,”')
    if first.folded in lang.appositive_markers:
        return None  # "..., yakni ...", "..., namely ...": an explanation of what came before
    if _after_a_contrast(toks, i, lang) or (first.folded in slot_words(lang.code).contrast_negations
                                            and not _predicate_before_comma(toks, i + 1, lang)):
        # "the driver, not the passenger, who ...": a contrast's commas open and end no clause
        return None
    if title_case:
        # a comma joins two clauses of a headline only when a verb shows on both sides: a topic
        # before it ("Tragedi Pasar Sentosa, 43 Orang Meninggal") is no claim of its own
        if (len(left) >= settings.min_clause_words and len(right) >= settings.min_clause_words
                and ix.any_pred(seg, i)):
            if not _pred(first, lang) and _predicate_soon(right, lang, settings):
                return Cut(comma, first.start, "coordinate")
            # a participle after a whole clause tells a second fact, as in running text
            # ("Gunung Api Meletus di Pulau Hilir, Menewaskan Sembilan Warga")
            if _is_participle(first, lang, True):
                return Cut(comma, first.start, "participial", context=_subject(left, lang))
        return _headline_figure_cut(toks, i, seg, lang, settings, ix)
    if left and left[0].folded in lang.conditionals:
        return None
    in_quote = _in_long_quote(comma, guards)
    w = first.folded
    # a trailing attribution (", kata BMKG", ", said the agency") or credit (", melansir Reuters") is no
    # clause; a speech verb before what was said (", menambahkan bahwa ...", ", mengatakan kemitraan
    # ... merupakan ...", ", adding that ...") reports one
    speech_at = 0 if (w in lang.quote_verbs or w in lang.speech_verbs) else (
        1 if len(right) > 1 and _pred(first, lang) and right[1].folded in lang.quote_verbs else None)
    speech = w in lang.sourcing_verbs or (speech_at is not None and not ix.reports_content(i + speech_at + 1))
    # an absolute clause with its own subject: ", dengan tarif ... dipangkas", ", with teams struggling ..."
    if w in lang.absolutes:
        if (len(left) >= settings.min_participial_left and ix.between(seg, i)
                and len(right) >= settings.min_clause_words + 1 and not _pred(right[1], lang)
                and not _is_participle(right[1], lang, False)
                and _predicate_soon(right, lang, settings, 2, participles=True)):
            return Cut(comma, first.start, "participial")  # an absolute participial clause
        return None
    # a verb phrase: ", menjadikan ...", ", saying ...", ", tidak menciptakan ..."
    participle = _is_participle(first, lang, False)
    if w in lang.auxiliaries:
        verb_phrase = any(_pred(t, lang) for t in right[1:3])  # ", tidak menciptakan", not ", not AI"
    else:
        verb_phrase = participle or _pred(first, lang)
    if verb_phrase and not speech:
        if (len(left) >= settings.min_participial_left and ix.any_pred(seg + 1, i)
                and len(right) >= settings.min_clause_words - 1 and not _relative_subject(toks, seg, i, lang, ix)
                and not _appositive_subject(toks, seg, i, lang, ix) and not _count_subject(toks, i, lang)):
            kind = "participial" if participle else "coordinate"
            return Cut(comma, first.start, kind, context=_subject(left, lang))
        return None
    if _pred(first, lang):
        return None
    if headline and _headline_credit(right, lang):
        return None  # "..., IMF warns", "..., the ministry says": who said the headline's claim
    # a headline's clause may be a subject and its verb alone ("..., Minister resigns")
    shortest = settings.min_clause_words - (1 if headline and len(right) > 1 and right[1].verb else 0)
    if len(left) < settings.min_clause_words or len(right) < shortest:
        return None
    if seg == 0 and not in_quote and _fronted_circumstance(left, right, lang, settings):
        return Cut(comma, first.start, "", left_kind="adverbial")
    # after a fronted adverbial clause ("Setelah banjir surut, ..."), the main clause follows
    adv = seg + 1 if len(left) > 1 and left[0].comma is not None and left[0].folded in lang.coordinators \
        else seg  # "Namun, usai hujan reda, ...": the adverbial clause is toks[adv:i]
    if (seg == 0 and ix.next_comma[adv] >= i - 1 and _fronted_adverbial(adverbial := Run(toks, adv, i), lang)
            and not ix.count(ix.sourcing, adv, i)):
        # an adverbial clause stands before the main clause at the piece's start (one in the middle
        # is a subordinate clause, cut before its conjunction); "Dikutip dari CNN, ..." is a credit
        # after a subordinator the main clause surely follows; after a clause that only opens with its
        # verb ("Menyebut ...", "Terverifikasi jumlahnya ...") the right must open a clause itself
        main_follows = (ix.any_pred(i, ix.n) if adverbial[0].folded in lang.subordinators
                        else _predicate_soon(right, lang, settings))
        # a verb of its own, not a negation alone: "Not only this, ..." is no clause
        own_verb = ix.count(ix.own_verbs, adv, i) > 0 or any(_is_participle(t, lang, False) for t in adverbial[:2])
        if own_verb and main_follows:
            return Cut(comma, first.start, "", left_kind="adverbial")
        return None
    # a clause with its own subject after a whole clause, or a closing appositive
    if not _predicate_soon(right, lang, settings):
        return None if in_quote else _appositive_cut(text, toks, i, seg, lang, guards, settings, ix)
    if in_quote and w not in lang.personal_pronouns:
        # inside a quotation a noun after a bare comma is as often the second half of one thought
        return None
    if (ix.between(seg, i) and not ix.speech_frame_only(seg, i)
            and not _trailing_attribution(right, in_quote, lang, ix, i)):
        return Cut(comma, first.start, "coordinate")
    return None


def _headline_credit(right: list[Token], lang: Language) -> bool:
    """Is a headline's stretch after a comma only who said it (", IMF warns", ", the ministry
    says")? It has a verb, every verb of it a speech verb, headlines' own among them ("warns",
    "urges": speech.toml ``headline``)."""
    verbs = [t for t in right if _pred(t, lang)]
    return bool(verbs) and all(t.folded in lang.headline_speech or t.folded in lang.speech_verbs for t in verbs)


def _relative_subject(toks: list[Token], seg: int, i: int, lang: Language, ix: PieceIndex) -> bool:
    """Is ``toks[seg:i]`` a subject whose one verb is its relative clause's, with more of the
    subject set off by commas after it ("Jumlah rumah yang terendam banjir di Desa X, Kecamatan
    Y, Kabupaten Z, bertambah menjadi 40 unit")? Then the verb after the comma is the
    sentence's own, not a clause added to a whole one. No predicate before the relative word,
    one up to the relative clause's first comma besides auxiliaries ("that were flooded"), and
    none after it. A comma that closes the relative clause itself ("Kunjungan Xi serta
    deklarasi yang disampaikan bersama Putin, memberikan dukungan ...") is left to cut: what
    follows it is as often told apart by other outlets."""
    rel = next((k for k in range(seg + 1, i) if toks[k].folded in lang.restrictive_relatives), None)
    if rel is None or ix.any_pred(seg, rel):  # (a relative word first: the piece is the relative clause)
        return False
    closes = ix.next_comma[rel] + 1
    return closes < i and ix.count(ix.others, rel, closes) == 1 and not ix.any_pred(closes, i)


def _count_subject(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the piece's start to ``toks[i]`` a subject that counts something, opened by a count's
    head noun in its first three words, and ``toks[i]`` the count's own verb ("Jumlah korban
    meninggal dunia akibat banjir di Kabupaten X, Sumatera Barat, bertambah menjadi sembilan
    orang", "The death toll from the floods in X, West Sumatra, rose to nine")? The verbs before
    the comma describe what is counted ("korban meninggal", a relative clause without "yang"),
    and the count's verb is none of them: no clause ends at the comma. "Jumlah pengungsi terus
    bertambah, memaksa ..." has the count's verb before it."""
    if toks[i].folded not in lang.count_verbs:
        return False
    head = next((k for k in range(0, min(3, i)) if toks[k].folded in lang.count_heads), None)
    return head is not None and not any(toks[k].folded in lang.count_verbs for k in range(head + 1, i))


def _appositive_subject(toks: list[Token], seg: int, i: int, lang: Language, ix: PieceIndex) -> bool:
    """Is ``toks[seg:i]`` a subject and a description set between commas after it, opened by an
    indefinite word ("Korban keempat, seorang perempuan berinisial SW (61), meninggal dunia ...",
    "The driver, a 40-year-old man from Bandung, was arrested")? Then the verb after the second
    comma is the subject's own: no predicate before the first comma, and none in the description
    but a participle that describes ("berinisial", "aged"); "In 2024, a train derailed near X,
    injuring ..." has its clause there."""
    first = ix.next_comma[seg]
    if first >= i - 1 or toks[first + 1].folded not in lang.indefinites or ix.any_pred(seg, first + 1):
        return False
    return all(_is_participle(t, lang, False) for t in toks[first + 1:i] if _pred(t, lang))


def _trailing_attribution(right: list[Token], in_quote: bool, lang: Language, ix: PieceIndex, i: int) -> bool:
    """Is the clause after a comma, to the piece's end or its next comma, only who said it: the
    subject-first attribution of English wire copy (", the ministry said.", ", officials told
    reporters on Monday.", ", seperti dikutip dari Antara.", ", authorities said, as winds
    ...": the clause after its comma is cut there)? Its only verbs are of speech or sourcing,
    it is no subordinate clause (", as they stressed ...") and says nothing after a
    complementizer; a quotation holds none (an attribution stands outside the marks)."""
    end = min(ix.next_comma[i] + 1, ix.n)
    if not in_quote and right[0].folded in lang.as_markers and _credit_after_as(right, lang):
        return True  # ", sebagaimana disampaikan Kementerian ...", ", as reported by Reuters"
    return (not in_quote and right[0].folded not in lang.subordinators and right[0].folded not in lang.relatives
            and ix.speech_frame_only(i, end) and ix.last_comp[end] < i)


def _credit_after_as(right: list[Token], lang: Language) -> bool:
    """Does an "as" word open a credit, not a clause of its own: a passive speech or sourcing
    verb right after it ("sebagaimana disampaikan X", "seperti yang dilansir X"), or a reporting
    verb and its agent's marker ("as reported by X")? A subject between them ("as they stressed
    the need ...") makes a clause that says something."""
    w = [t.folded for t in right[1:4]]
    if w and w[0] in lang.relatives:
        w = w[1:]  # "seperti yang disampaikan"
    if not w:
        return False
    return (w[0] in lang.passive_speech or w[0] in lang.sourcing_verbs
            or (w[0] in lang.quote_verbs and len(w) > 1 and w[1] in lang.agent_markers))


def _closes_quote(comma: int, guards: Guards) -> bool:
    """Is this comma the last character inside a quotation, right before its closing mark
    ('sebagai “sahabat karib,” Ruto ...', 'called it "historic," the minister ...')? Such a comma
    is the sentence's punctuation set inside the marks, not the quotation's own: it may end a
    clause as it would outside them."""
    return comma + 2 in guards.quote_opens


def _is_figure(t: Token, numbers) -> bool:
    """A word that is a figure: digits ("180", "2.734") or a number word ("dua", "twelve")."""
    return any(ch.isdigit() for ch in t.word) or t.folded in numbers


def _counts(toks, lang: Language) -> list[bool]:
    """Which words are a count or amount, not a date, an hour or a rank: a figure or number word,
    not a year ("2024"), not beside a month's name ("3 Juli", "July 3"), not shaped as a date or
    an hour ("1/1", "16.10" after "pukul") and no ordinal ("ke-16", "16th")."""
    sw = slot_words(lang.code)
    time_words, time_leads = _time_words(lang.code)
    months = set(lang.months)
    out = []
    for k, t in enumerate(toks):
        if not _is_figure(t, sw.number_words):
            out.append(False)
            continue
        w = t.folded
        year = _is_year(t)
        dated = any(0 <= j < len(toks) and toks[j].folded in months for j in (k - 1, k + 1))
        ordinal = (w.startswith(sw.ordinal_prefixes) if sw.ordinal_prefixes else False) or (
            w in sw.ordinal_words) or (bool(sw.ordinal_suffixes) and w[:1].isdigit() and w.endswith(sw.ordinal_suffixes))
        out.append(not (year or dated or ordinal or _is_time(t, toks[k - 1] if k else None, time_words, time_leads)))
    return out


@lru_cache(maxsize=None)
def _marker_words(markers: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each marker of a word list as its words, in the list's order (split once, not at every
    comma of every piece)."""
    return tuple(tuple(m.split()) for m in markers)


@lru_cache(maxsize=None)
def _marker_heads(markers: tuple[str, ...]) -> frozenset[str]:
    """The words a marker of the list opens with: a token that is none of them opens none."""
    return frozenset(m[0] for m in _marker_words(markers))


def _marker_at(toks, i: int, markers: tuple[str, ...]) -> int:
    """How many words the first of ``markers`` that starts at ``toks[i]`` takes (0: none does)."""
    for m in _marker_words(markers):
        if tuple(t.folded for t in toks[i:i + len(m)]) == m:
            return len(m)
    return 0


def _breakdown_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A total, then after a comma its breakdown ("mencatat 1.200 KK terdampak, dengan rincian
    Desa A 800 KK dan Desa B 400 KK", "..., of whom 12 were children"): the parts are facts
    of their own beside the total, checked apart (a version may give the total alone). Cut
    before the marker (``breakdown_markers``) when the clause before holds a verb and a count
    and the breakdown holds a count of its own."""
    at = _marker_at(toks, i, lang.breakdown_markers)
    if not at or guards.all.covers(toks[i].start):
        return None
    left, right = Run(toks, seg, i), Run(toks, i + at)
    if len(left) < settings.min_clause_words or len(right) < 2 or not ix.any_pred(seg, i):
        return None
    if not any(_counts(left, lang)) or not any(_counts(right, lang)):
        return None
    return Cut(toks[i - 1].comma, toks[i].start, "coordinate")  # (a second fact of the same report: it keeps its speaker)


def _concurrent_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """After a whole clause and a comma, what happened at the same time ("jembatan itu ambruk
    diterjang arus, bersamaan dengan hujan lebat dan angin kencang", "the bridge collapsed, amid heavy
    rain and strong winds"): a fact of its own beside the act it accompanies. Cut before the marker
    (``concurrent_markers``) when the clause before has its verb and the phrase after it
    ``min_clause_words`` words."""
    at = _marker_at(toks, i, lang.concurrent_markers)
    if not at or guards.all.covers(toks[i].start) or toks[i + at - 1].text != toks[i + at - 1].word:
        return None
    left, right = Run(toks, seg, i), Run(toks, i)
    if len(left) < settings.min_clause_words or len(right) < settings.min_clause_words + at - 1:
        return None
    if not ix.between(seg, i) or ix.speech_frame_only(seg, i):
        return None
    return Cut(toks[i - 1].comma, toks[i].start, "circumstance", context=_subject(left, lang))


def _purpose_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A plan with a figure of its own after a whole clause, opened by a word of purpose and a
    verb ("mengucurkan dana Rp 2 triliun untuk membangun 3 bendungan", "signed a deal with
    the union, to raise wages 8%"): what was done and what it is for are checked apart. The
    clause before must have its verb and a value (figure or name) after it; a verb right
    before the purpose word governs it ("sepakat untuk memangkas", "agreed to cut": one
    commitment, never cut); the plan must open with a verb (or, after a comma, a lower-case
    word that is no function word: English infinitives have no mark) and hold a figure before
    the next comma."""
    sw = slot_words(lang.code)
    t = toks[i]
    n = _marker_at(toks, i, sw.purposes)  # the purpose word's words
    if not n or guards.all.covers(t.start) or t.text != t.word:
        return None
    left, right = Run(toks, seg, i), Run(toks, i + n)
    if len(left) < settings.min_clause_words or len(right) < settings.min_clause_words - 1:
        return None
    prev, verb = toks[i - 1], right[0]
    if prev.comma is None and (_pred(prev, lang) or prev.folded in lang.auxiliaries):
        return None
    said = " " + " ".join(x.folded for x in toks[max(0, i - 3):i + n])
    if prev.comma is None and any(said.endswith(" " + c) for c in sw.commitment):
        return None  # "want to", "setuju untuk": a commitment's own words (``commitment`` in slots.toml)
    opens = _pred(verb, lang) or (prev.comma is not None and verb.word[:1].islower()
                                  and verb.folded not in lang.stopwords and not _is_figure(verb, sw.number_words))
    if not opens or verb.folded in lang.auxiliaries and not _pred(verb, lang):
        return None
    end = min(ix.next_comma[i] + 1, ix.n)
    if not any(_counts(Run(toks, i + n, end), lang)):
        return None  # a date or a rank ("untuk menghadiri forum ke-9") only says which plan
    first_pred = next((k for k in range(seg, i) if _pred(toks[k], lang)), None)
    if first_pred is None or not ix.between(seg, i) or ix.speech_frame_only(seg, i):
        return None
    if not any(_is_value(x) for x in toks[first_pred + 1:i]):
        return None  # "memiliki rencana untuk ...": the clause before says nothing checkable of its own
    return Cut(prev.comma if prev.comma is not None else prev.end, t.start, "participial",
               context=_subject(left, lang))


def _bare_absolute_cut(toks, i, seg, lang, settings, ix: PieceIndex) -> Cut | None:
    """An absolute clause with no comma before it, after a whole clause ("the match ended with
    the home side losing 3-2 to its rivals"): "with", a subject of its own and a participle
    (``absolutes_without_comma``; Indonesian "dengan" + noun + verb is as often the verb's own
    object and purpose: "bertemu dengan Presiden membahas ..."). The subject has no verb, at most
    ``max_subject_words`` common words (names do not count), and the participle ends it ("landed
    with 200 passengers aboard" has none: one fact)."""
    left, right = Run(toks, seg, i), Run(toks, i)
    if (len(left) < settings.min_participial_left or not ix.between(seg, i)
            or len(right) < settings.min_clause_words + 1 or ix.speech_frame_only(seg, i)):
        return None
    if _pred(right[1], lang) or _is_participle(right[1], lang, False):
        return None  # "with" before a verb: a clause of manner, read by its own rule
    common = 0
    for k in range(1, len(right)):
        t = right[k]
        if (k > 1 and _is_participle(t, lang, False) and k + 1 < len(right)
                and right[k - 1].folded not in lang.stopwords and not (lang.stemmer.clitics and right[k - 1].folded.endswith(lang.stemmer.clitics))):
            # (not after a function word or a possessive: "its growing support", "the Union's backing")
            return Cut(toks[i - 1].end, toks[i].start, "participial", context=_subject(left, lang))
        common += t.verbish
        if (_pred(t, lang) or t.comma is not None or t.text[-1:] in ";:" or common > settings.max_subject_words
                or t.folded in lang.relatives or t.folded in lang.coordinators or t.folded in lang.subordinators):
            return None
    return None


@lru_cache(maxsize=None)
def _time_openers(lang: Language) -> frozenset[str]:
    """Words that open a phrase of place or time after a noun: the circumstance prepositions,
    the heads of time ("after", "setelah") and the first words of the approximators ("just")."""
    return frozenset([*lang.circumstance_prepositions, *lang.temporal_heads, *(a.split()[0] for a in lang.approximators)])


def _event_subject_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A subject that names an event (``event_nouns``) with a value of its own, then its verb:
    cut before the verb (``toks[i]``), the subject a claim of its own and the verb phrase another,
    with the subject as its context.

    - A phrase of time in the subject ("Banjir di Garut pada Rabu (3/4) merusak 200 rumah", "The
      blast just after midnight on Tuesday destroyed a warehouse"): when the event was is a fact
      of its own, checked apart from what it did, as for a relative clause of occurrence. The
      subject opens the piece (no subordinator, preposition or quotation first: "Pada Senin, ..."
      is a fronted phrase); the phrase opens after the event's noun with a preposition, a head of
      time or an approximator ("on", "pada", "just after"), with no comma before it, and holds a
      date or a time of day; a verb of its own follows the auxiliaries, not a copula ("Banjir pada
      Senin adalah banjir terbesar sejak 2013" says which flood).
    - A measure in the subject, then a verb of occurrence and only when it happened ("The quake
      with a magnitude of 6.8 struck on Monday afternoon"): how strong the event was and when are
      two facts (a version may give the one without the other). The subject runs back to the
      clause's start or the last subordinator, relative marker or comma; its figure is a count,
      not a date, after its first word ("Two quakes hit ..." counts the events: one fact); the
      verb phrase, to the next comma, holds a date or a time of day and no other value ("hit
      Turkey early on Monday" tells where it struck with its measure: one fact).

    A subject that is a person or a body ("Polisi pada Senin menangkap ...", "Biden on Monday
    signed ...") only dates the act: no event noun, no cut. The subject has no verb of its own."""
    if i < 2 or guards.all.covers(toks[i].start) or not _pred(toks[i], lang) or ix.any_pred(seg, i):
        return None
    time_words, time_leads = _time_words(lang.code)

    def dated(k):
        return _is_time(toks[k], toks[k - 1] if k else None, time_words, time_leads) or _is_year(toks[k])

    first = toks[seg]
    if (seg == 0 and first.text[:1] not in _OPEN_QUOTES
            and not any(first.folded in ws for ws in (lang.subordinators, lang.conditionals, lang.circumstance_words,
                                                      lang.coordinators, lang.temporal_heads))
            and not any(t.folded in lang.relatives or t.folded in lang.complementizers or t.text[-1:] in ";:"
                        for t in Run(toks, 0, i))):
        event = next((k for k in range(i) if toks[k].folded in lang.event_nouns), None)
        # the phrase of time opens after the event's noun with a preposition, a head of time or a
        # word that qualifies a distance in time ("on", "pada", "just after"), with no comma before
        # it: a date set off by commas ("Tragedi X, Sabtu 1 Oktober 2022") heads a topic, not a fact
        opened = next((k for k in range(event + 1, i) if toks[k].folded in _time_openers(lang)
                       and toks[k - 1].comma is None), None) if event is not None else None
        if opened is not None and any(dated(k) for k in range(opened, i)):
            m = i  # the verb of its own after the auxiliaries
            while m < ix.n - 1 and m - i < 3 and toks[m].folded in lang.auxiliaries:
                m += 1
            if (_pred(toks[m], lang) and toks[m].folded not in lang.auxiliaries
                    and ix.n - i >= settings.min_clause_words - 1 and i >= settings.min_clause_words - 1):
                return Cut(toks[i - 1].end, toks[i].start, "coordinate",
                           context=" ".join(t.text for t in Run(toks, 0, i)))
    if toks[i].folded not in lang.occurrence_verbs:
        return None
    b = i - 1
    while b > seg and toks[b - 1].comma is None and not (
            toks[b - 1].folded in lang.subordinators or toks[b - 1].folded in lang.temporal_heads
            or toks[b - 1].folded in lang.relatives or toks[b - 1].folded in lang.complementizers
            or toks[b - 1].folded in lang.coordinators):
        b -= 1
    subject = Run(toks, b, i)
    if len(subject) < settings.min_clause_words - 1 or not any(t.folded in lang.event_nouns for t in subject):
        return None
    counts = _counts(subject, lang)
    if not any(c and k > 0 and any(ch.isdigit() for ch in t.word) for k, (t, c) in enumerate(zip(subject, counts))):
        return None
    end = min(ix.next_comma[i] + 1, ix.n)
    if end - i < settings.min_clause_words - 1 or not any(dated(k) for k in range(i + 1, end)):
        return None
    if any(_is_value(toks[k]) and not dated(k) for k in range(i + 1, end)):
        return None  # "hit Turkey early on Monday": where it struck is told with its measure, one fact
    return Cut(toks[i - 1].end, toks[i].start, "coordinate", context=" ".join(t.text for t in subject))


def _headline_figure_cut(toks, i, seg, lang, settings, ix: PieceIndex) -> Cut | None:
    """In a title-case headline, a comma before a segment that holds a figure ("Menlu Disambut
    Raja di Amman, Kunjungan Pertama setelah 15 Tahun", "Uskup Pimpin Misa di Stadion Kota, Dihadiri
    12.000 Umat"): the figure is a fact of its own beside what comes before. The segment (to
    the next comma) has ``min_clause_words`` words and the part before is more than a topic:
    it has a verb, a figure, or more words than a subject (``max_subject_words``); "Tragedi
    Pasar Sentosa, 43 Orang Meninggal" names a topic, then the fact."""
    left = Run(toks, seg, i)
    end = min(ix.next_comma[i] + 1, ix.n)
    segment = Run(toks, i, end)
    if len(left) < settings.min_clause_words or len(segment) < settings.min_clause_words:
        return None
    if not any(any(ch.isdigit() for ch in t.word) and c for t, c in zip(segment, _counts(segment, lang))):
        return None  # a date ("Tashkent, Uzbekistan, 3 Mei 2023") only says when
    if not (ix.any_pred(seg, i) or any(_counts(left, lang)) or len(left) > settings.max_subject_words):
        return None
    return Cut(toks[i - 1].comma, toks[i].start, "coordinate")


def _appositive_cut(text, toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A closing appositive with a relative clause of its own: "... dukungannya terhadap klub itu,
    satu-satunya tim yang telah menjuarai liga tiga kali", "..., a club which was formed in 1987",
    "..., one of the largest concessions in a decade that analysts said ...". The marker (a relative
    or a restrictive one: "that") stands within ``settings.max_appositive_words`` of its start."""
    if not ix.between(seg, i):
        return None
    left, right = Run(toks, seg, i), Run(toks, i)
    first = right[0].folded
    if (first in lang.subordinators or first in lang.coordinators or first in lang.complementizers
            or first in lang.absolutes or first in lang.relatives or first in lang.non_verbs
            or first in lang.circumstance_words):
        return None  # ", berdasarkan data yang diterima ...": a phrase, not a noun set beside one
    if _named_appositive(left, right, lang, settings, ix):
        head = text[left[0].start:left[-1].end].rstrip(",")
        return Cut(left[-1].comma, right[0].start, "appositive", context=_head_phrase(head, lang))
    marker = None
    for k, t in enumerate(right[:settings.max_appositive_words]):
        if (t.folded in lang.relatives or t.folded in lang.restrictive_relatives) and k > 0:
            marker = k
            break
        if _pred(t, lang) or t.comma is not None:
            return None
    if marker is None or not _has_predicate(right[marker + 1:marker + 4], lang):
        return None
    if ix.next_open_comma[i + marker] < ix.n - 1:
        return None  # it does not run to the end: an appositive inside the clause, not after it
    head = text[left[0].start:left[-1].end].rstrip(",")
    return Cut(left[-1].comma, right[0].start, "appositive", context=_head_phrase(head, lang))


def _named_appositive(left: Run, right: Run, lang: Language, settings: Settings, ix: PieceIndex) -> bool:
    """A closing appositive that names the person or thing the clause ends on and tells a count of
    its own ("... by his running mate, John Kamau, 52, the eldest son of a former governor",
    "... didampingi wakilnya, Rudi Hartono, 44, putra sulung mantan gubernur"): who
    it is, and the age or figure, are checked apart from what the clause says. The clause ends on a
    common noun (lower-case); the appositive opens with a name, runs to the sentence's end with no
    verb and no phrase of place or time (", Jakarta, on 3 March" only places the act) and holds a
    count, not a date."""
    last, first = left[-1], right[0]
    if not last.word[:1].islower() or not first.word[:1].isupper() or first.verbish:
        return False
    if len(right) < settings.min_appositive_words or _has_predicate(right, lang):
        return False
    if any(t.folded in lang.circumstance_words or t.folded in lang.circumstance_prepositions for t in right):
        return False
    return any(_counts(right, lang))


def _manner_cut(toks, i, seg, lang, guards: Guards, settings, ix: PieceIndex) -> Cut | None:
    """A clause of means or manner that opens with its verb: "tiba ... dengan disambut oleh
    Presiden", "would be cut to 20% by halving the rate ..."; or one of result ("mengguncang
    pesisir ... hingga memicu longsor", ``result_markers``): the effect is a fact of its own."""
    left, right = Run(toks, seg, i), Run(toks, i + 1)
    if (len(left) < settings.min_participial_left or len(right) < settings.min_clause_words - 1
            or guards.all.covers(toks[i].start) or not ix.between(seg, i)):
        return None
    verb = right[0]
    if not ((_pred(verb, lang) and verb.folded not in lang.auxiliaries) or _is_participle(verb, lang, False)):
        return None
    if verb.folded in lang.speech_verbs or verb.folded in lang.quote_verbs or verb.folded in lang.sourcing_verbs:
        return None  # "dengan mengatakan ...": how the speaker put it, one speech act with the clause before
    prev = toks[i - 1]
    return Cut(prev.comma if prev.comma is not None else prev.end, toks[i].start, "participial",
               context=_subject(left, lang))


def _temporal_cut(toks, i, seg, lang, settings, ix: PieceIndex) -> Cut | None:
    """A subordinating conjunction with a clause of its own: "... killed after a powerful storm
    hit the coast", "... tewas ketika banjir meluas". Without a subject of its own ("setelah bertemu
    dengan ...") the clause stays with the one it depends on."""
    left, right = Run(toks, seg, i), Run(toks, i + 1)
    if len(left) < settings.min_clause_words or len(right) < settings.min_clause_words + 1:
        return None
    if not ix.between(seg, i) or _pred(right[0], lang) or right[0].folded in lang.demonstratives:
        return None  # "saat ini", "since then": a phrase of time, not a clause
    if _calendar_term(right[0], lang):
        return None  # "sejak Januari (hingga kini)", "since 2019", "after Monday": a phrase of time too
    if ix.speech_frame_only(seg, i):
        return None  # "Xi mengakui sebelum pertemuan dimulai bahwa ...": what he said is still to come
    close = ix.next_comma[i + 1]  # the first comma after the conjunction, not on the last word
    if close < ix.n - 1 and _pred(toks[close + 1], lang):
        return None  # "Menteri, setelah rapat berakhir, berbicara ...": the main verb comes after it
    if not _predicate_soon(right, lang, settings):
        return None
    kind = "temporal" if toks[i].folded in lang.temporal_heads else "adverbial"
    if i - 1 > seg and toks[i - 1].folded in lang.conjunction_adverbs and toks[i - 2].comma is None:
        # "shortly after", "sesaat setelah": the adverb measures the conjunction, and goes with it
        return Cut(toks[i - 2].end, toks[i - 1].start, kind)
    return Cut(toks[i - 1].end, toks[i].start, kind)


def _calendar_term(t: Token, lang: Language) -> bool:
    """A month's or weekday's name, or a year ("2019"): what a phrase of time names."""
    return t.folded in calendar_words(lang.code) or _is_year(t)


def _is_year(t: Token) -> bool:
    """A four-digit year within the years a date is read in ("2024")."""
    return len(t.word) == 4 and t.word.isdigit() and MIN_YEAR <= int(t.word) <= MAX_YEAR


def _is_value(t: Token) -> bool:
    """Does a word carry a checkable value: a figure or date ("17,9", "(19/6)", "2019"), or a
    name (capitalised inside running text: "Valdoria", "Rabu", "WIB")?"""
    return any(ch.isdigit() for ch in t.word) or (t.word[:1].isupper() and not t.verbish)


@lru_cache(maxsize=None)
def _time_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that make a value a time or date (weekdays, months, the words that close a
    clock time: "a.m.", "WIB"), and the words that open a clock time ("pukul", "at")."""
    lang, sw = language(code), slot_words(code)
    return (frozenset([*lang.weekdays, *lang.months, *sw.time_parts, *(z.casefold() for z in sw.time_zones)]),
            frozenset(sw.time_lead))


def _date_figure(toks: list[Token], k: int, months) -> bool:
    """Is ``toks[k]`` a figure of a written date: a year, or a day beside its month's name
    ("November 5, 2025", "5 November 2025"; ``months``: the language's month names)? Such a
    phrase only says when."""
    t = toks[k]
    if _is_year(t):
        return True
    day = t.word.rstrip(",.")
    return (day.isdigit() and 1 <= int(day) <= 31
            and any(0 <= j < len(toks) and toks[j].folded in months for j in (k - 1, k + 1)))


def _is_time(t: Token, prev: Token | None, time_words: frozenset[str], time_leads: frozenset[str]) -> bool:
    """A value that only says when: a time word, a figure shaped as a date or an hour ("19/6",
    "4:17"), or a figure after the word that opens a clock time ("pukul 3.00")."""
    if t.folded in time_words:
        return True
    figure = any(ch.isdigit() for ch in t.word)
    return figure and ("/" in t.word or ":" in t.word or (prev is not None and prev.folded in time_leads))


def _circumstance_cuts(toks: list[Token], lang: Language, guards: Guards, settings: Settings,
                       ix: PieceIndex) -> list[Cut]:
    """A chain of phrases of place, time or measure after the verb, each with a value of its own
    ("The quake struck at 3 a.m. local time at a depth of 12 km near the town of X", "tiba di
    Hanoi pada Selasa (14/5) untuk kunjungan pertamanya dalam 10 tahun"): the first phrase
    stays with its clause, each later one is a claim of its own, with the clause's subject as
    its context. A phrase is cut off only right after another phrase that opens with such a
    preposition and holds a value, and only when it holds a value the words before it do not
    give (``_is_value``), has no verb of its own, and has ``min_circumstance_phrase_words``
    words. A stretch with no value ("for his first visit") runs on into the next ("in 24
    years"): it is one phrase. Never cut off: a phrase that only says when (the time of the
    act stays with it), a phrase of purpose or occasion without a figure (``occasion
    prepositions``: "met in Lima for a summit of APEC"), a place inside the place before it
    ("di Distrik X di Provinsi Y": the same preposition, no figure in either), a phrase in a
    list ("di Chile 41 orang dan di Peru 19 orang"). After an object ("a 5% cut in fees
    on goods") a preposition completes a noun and follows no phrase of place or time. A verb
    of manner with a value of its own after such a phrase ("tiba di stadion pukul 14.20 WIB
    menggunakan helikopter Puma") is cut the same way, as a participial clause."""
    n = len(toks)
    qualifiers = [tuple(q.split()) for q in (*lang.figure_qualifiers, *lang.bound_prepositions)]
    approximator_ends = {a.split()[-1] for a in lang.approximators}
    joiners = set(lang.coordinators) | lang.list_conjunctions | lang.disjunctions
    time_words, time_leads = _time_words(lang.code)
    folded = [t.folded for t in toks]
    # running counts: values, values not said before, values that only say when, figures, joiners
    # (each from one list of the words' answers, summed by accumulate in C)
    digit = [any(map(str.isdigit, t.word)) for t in toks]
    value = [d or (t.word[:1].isupper() and not t.verbish) for d, t in zip(digit, toks)]  # _is_value
    seen: set[str] = set()
    new_value = []
    for v, w in zip(value, folded):
        new_value.append(v and w not in seen)
        seen.add(w)
    values = list(accumulate(value, initial=0))
    new_values = list(accumulate(new_value, initial=0))
    # (a figure before the word that closes a clock time is one too: "14.00 WIB", "6 p.m. on")
    times = list(accumulate((v and (_is_time(t, toks[k - 1] if k else None, time_words, time_leads)
                                    or (digit[k] and k + 1 < n and folded[k + 1] in time_words)
                                    or _date_figure(toks, k, lang.months))
                             for k, (v, t) in enumerate(zip(value, toks))), initial=0))
    figures = list(accumulate(digit, initial=0))
    joins = list(accumulate((w in joiners for w in folded), initial=0))
    # relative markers: a verb after one is the relative clause's ("hotel tempat delegasi menginap")
    relatives = list(accumulate((w in lang.relatives for w in folded), initial=0))
    said = lang.telling_verbs
    # a speech verb between two phrases ends the clause's chain: the phrase after it places the
    # telling ("... dirawat di puskesmas, kata X di Medan, Selasa", "... in the clinic, X told
    # reporters in Medan"), not the clause's fact
    tellings = list(accumulate((w in said for w in folded), initial=0))
    place_preps = set(slot_words(lang.code).place_prepositions)
    # a verb of manner may open a phrase too ("tiba ... pukul 14.20 WIB menggunakan helikopter X")
    # (not after a function word: "the outgoing president", "son of outgoing ...")
    verbs = {k for k in range(1, n) if toks[k].verbish and _is_participle(toks[k], lang, False)
             and folded[k] not in lang.auxiliaries and folded[k] not in said and folded[k - 1] not in lang.stopwords}
    next_relative = [n] * (n + 1)  # the first relative marker at or after each word
    for k in range(n - 1, -1, -1):
        next_relative[k] = k if folded[k] in lang.relatives else next_relative[k + 1]
    starts = [k for k in range(1, n)
              if (folded[k] in lang.circumstance_prepositions or k in verbs) and toks[k].text == toks[k].word
              and toks[k - 1].comma is None and not guards.all.covers(toks[k].start)
              and not any(tuple(folded[k:k + len(q)]) == q for q in qualifiers)]
    cuts: list[Cut] = []
    subjects: dict[int, str] = {}  # the subject of the clause after each complementizer, read once
    prev = None  # where the phrase before the current one starts
    j = k = 0
    while j < len(starts):
        s = starts[j]
        # this phrase runs on over stretches with no value of their own (the counts only grow,
        # so the stretch where it ends only moves on)
        k = max(k, j + 1)
        while k < len(starts) and new_values[starts[k]] - new_values[s] == 0:
            k += 1
        e = starts[k] if k < len(starts) else n
        # the phrase before: a phrase of place or time in the clause (no verb), with a value,
        # after the clause's verb, in no list
        # after a phrase that opens with a preposition completing a noun ("tariffs on China"),
        # only when it says when; never after an occasion, which the phrase places
        after_phrase = (prev is not None and values[s] - values[prev] > 0 and not ix.any_pred(prev, s)
                        and tellings[s] - tellings[prev] == 0
                        and ix.between(0, prev) and joins[s] - joins[prev] == 0
                        and folded[prev] not in lang.occasion_prepositions
                        and (folded[prev] not in lang.noun_complement_prepositions
                             or values[s] - values[prev] == times[s] - times[prev]))
        # a place inside the place before it ("di Distrik X di Provinsi Y": the same preposition,
        # no figure in either; "at the Gambir station in Jakarta until 6 p.m.", "at X beach in Y
        # district": two prepositions of place, no figure in the second but a clock time)
        one_place = (prev is not None and figures[s] - figures[prev] == 0 and (
            (folded[prev] == folded[s] and figures[e] - figures[s] == 0)
            or (folded[prev] in place_preps and folded[s] in place_preps and _names_a_place(toks, s + 1, lang)
                and figures[e] - figures[s] == times[e] - times[s])))
        if (after_phrase and not one_place
                and new_values[e] - new_values[s] > 0  # a value of its own
                and values[e] - values[s] > times[e] - times[s]  # not only when
                and (folded[s] not in lang.occasion_prepositions or figures[e] - figures[s] > 0)
                and e - s >= settings.min_circumstance_phrase_words
                and joins[e] - joins[s] == 0 and folded[s - 1] not in approximator_ends
                and not ix.any_pred(s + (s in verbs), min(e, next_relative[s]))  # its own verb only
                and (s not in verbs or (relatives[s] - relatives[prev] == 0 and ix.next_comma[prev] >= s
                                        and _main_verb_before(toks, prev, relatives, lang)
                                        # "... sebelum Yoga Lesmana menutup ...": a conjunction between
                                        # opens a clause, and the verb is that clause's own
                                        and not any(folded[m] in lang.subordinators or folded[m] in lang.temporal_heads
                                                    for m in range(prev, s))))):
            clause = ix.last_comp[s] + 1
            if clause not in subjects:
                subjects[clause] = _subject(Run(toks, clause, s), lang)
            kind = "participial" if s in verbs else "circumstance"
            cuts.append(Cut(toks[s - 1].end, toks[s].start, kind, context=subjects[clause]))
            prev, j = s, k
            continue
        prev, j = s, j + 1
    return cuts


def _names_a_place(toks: list[Token], k: int, lang: Language) -> bool:
    """Does the phrase from ``toks[k]`` name a place: its first word past the determiners
    capitalised or a place's head ("in Aceh Jaya district", "di Kabupaten Hilir", "in the city of
    Hilir"), not an occasion ("at the opening of the summit")?"""
    while k < len(toks) and toks[k].folded in lang.determiners:
        k += 1
    return k < len(toks) and (toks[k].word[:1].isupper() or toks[k].folded in place_words())


def _main_verb_before(toks: list[Token], end: int, relatives: list[int], lang: Language) -> bool:
    """A predicate among ``toks[:end]`` before any relative marker: the clause's own verb, not
    only its subject's relative clause ("luas lahan yang terbakar di Riau sejak Januari
    mencapai ...": "mencapai" is the verb, no phrase after one)."""
    return any(_pred(toks[m], lang) for m in range(end) if relatives[m + 1] == 0)


def _cause_cuts(toks: list[Token], lang: Language, guards: Guards, settings: Settings,
                ix: PieceIndex) -> list[Cut]:
    """A phrase of cause with a figure of its own after a whole clause ("210 orang terluka
    akibat gempa magnitudo 5,9", "flights were cancelled due to a 6.1 magnitude aftershock"):
    the effect and its cause are two facts. Without a figure ("tewas akibat tertimbun longsor")
    the cause only says how, and stays; a clause of cause with its own subject ("karena ...")
    is cut as a subordinate clause. The phrase runs to the next comma, has
    ``min_cause_phrase_words`` words at least and no verb: with one it sits in a subject
    ("Jumlah korban meninggal akibat banjir 4/3 mencapai 38 orang")."""
    markers = [tuple(m.split()) for m in lang.cause_prepositions]
    temporal = [(h,) for h in lang.temporal_heads]
    heads = {m[0] for m in markers + temporal}
    if not any(t.folded in heads for t in toks):
        return []
    counts = None  # which words are counts (not dates, hours or spans of time), read when first asked
    figures = [0]  # running count of words with a figure
    for t in toks:
        figures.append(figures[-1] + any(ch.isdigit() for ch in t.word))
    subjects: dict[int, str] = {}  # the subject of the clause after each complementizer, read once
    cuts = []
    for k in range(1, len(toks)):
        t = toks[k]
        if t.text != t.word or guards.all.covers(t.start) or not ix.between(0, k):
            continue
        m = next((m for m in markers + temporal
                  if t.folded == m[0] and tuple(x.folded for x in toks[k:k + len(m)]) == m), None)
        if m is None:
            continue
        end = min(ix.next_comma[k] + 1, ix.n)
        if end - k < settings.min_cause_phrase_words:
            continue
        if figures[end] - figures[k + len(m)] == 0 or ix.any_pred(k + len(m), end):
            continue  # no figure; or a verb after it: a clause, or the main verb of a subject it sits in
        if m in temporal:
            # a phrase of time after a whole clause ("tewas setelah gempa 6,1 SR", "after a 6.1
            # magnitude aftershock") states the event it is timed by when it holds a count of its
            # own: not a date or an hour ("setelah Senin (1/1)"), not a span of time ("after 10
            # minutes", "setelah 3 hari"), not opening with its figure, and with no demonstrative
            # ("setelah kenaikan 5 poin tersebut" points back to a fact told already)
            if counts is None:
                counts = _counts(toks, lang)
            after = toks[k + 1]
            if (_is_figure(after, slot_words(lang.code).number_words)
                    or any(x.folded in lang.demonstratives for x in toks[k + 1:end])
                    or not any(counts[x] and not (x + 1 < len(toks) and toks[x + 1].folded in lang.distance_units)
                               for x in range(k + 1, end))):
                continue
        clause = ix.last_comp[k] + 1
        if clause not in subjects:
            subjects[clause] = _subject(Run(toks, clause, k), lang)
        cuts.append(Cut(toks[k - 1].comma if toks[k - 1].comma is not None else toks[k - 1].end, t.start,
                        "temporal" if m in temporal else "circumstance", context=subjects[clause]))
    return cuts


class _Holes:
    """Is an offset inside one of a piece's holes (``hs <= pos < he``)? A binary search over
    the holes sorted by start, with the furthest end so far: a scan of every hole for each
    phrase made a sentence of many relative clauses cost its square."""

    def __init__(self, holes):
        self.starts: list[int] = []
        self.reach: list[int] = []
        for hs, he in sorted(holes):
            self.add(hs, he)

    def add(self, hs: int, he: int) -> None:
        """One more hole, starting at or after every hole so far."""
        self.starts.append(hs)
        self.reach.append(he if not self.reach else max(self.reach[-1], he))

    def covers(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.reach[k]


def _split_flat(text: str, piece: Piece, words: Words, lang: Language, guards: Guards, settings: Settings,
                title_case: bool = False) -> list[Piece]:
    """Coordinators, commas, dashes, participial and temporal clauses within one piece."""
    toks = words.within(piece.start, piece.end, piece.holes)
    if len(toks) < 2 * settings.min_clause_words:
        return [piece]
    cuts: list[Cut] = []
    coords = set(lang.coordinators)
    temporal = _temporal_regex(lang.code)
    distance_heads = set()
    ix = PieceIndex(toks, lang, guards)
    tok_starts, tok_ends = [t.start for t in toks], [t.end for t in toks]
    holes = _Holes(piece.holes)
    for m in temporal.finditer(text, piece.start, piece.end):
        distance_heads.add(m.end())
        if guards.all.covers(m.start()) or holes.covers(m.start()):
            continue
        # the piece's words before the phrase, and from it on (as words.within gives them)
        n_left = bisect_right(tok_ends, m.start())
        if n_left and toks[n_left - 1].folded in lang.duration_prepositions and toks[n_left - 1].comma is None:
            continue  # "status darurat selama | 30 hari setelah ...": how long the act lasts
        n_right = len(toks) - bisect_left(tok_starts, m.start())
        s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(", \u00a0")))
        # a clause after the conjunction ("two hours after the ship left port"), not a noun phrase
        # ("about 14 minutes after launch", "20 menit setelah lepas landas"): a distance from a
        # happening the sentence's own fact is measured by, which stays with it
        after = Run(toks, bisect_left(tok_starts, m.end()))
        if (n_left >= settings.min_participial_left and ix.any_pred(0, n_left) and n_right >= 4 + 1
                and _predicate_soon(after, lang, settings, 0)):
            cuts.append(Cut(m.start(), s, "temporal"))
    if not title_case:
        cuts.extend(_circumstance_cuts(toks, lang, guards, settings, ix))
        cuts.extend(_cause_cuts(toks, lang, guards, settings, ix))
    seg = 0  # the first token of the clause being read
    participial = piece.kind == "participial"
    purpose_heads = _marker_heads(slot_words(lang.code).purposes)
    breakdown_heads = _marker_heads(lang.breakdown_markers)
    concurrent_heads = _marker_heads(lang.concurrent_markers)
    ranking_heads = _marker_heads(lang.ranking_markers)
    for i in range(1, len(toks)):
        t = toks[i]
        cut = None
        if t.folded in coords and t.text == t.word:
            # (a noun it opens, "lalu lintas"; a period it closes, "tahun lalu": calendar.toml)
            if not guards.phrases.covers(t.start) and not (
                    i + 1 < len(toks) and (t.folded, toks[i + 1].folded) in lang.coordinator_nouns) \
                    and f"{toks[i - 1].folded} {t.folded}" not in lang.relative_periods:
                cut = _coordinate_cut(toks, i, seg, lang, guards, settings, title_case, participial, ix)
            if cut:
                seg = i + 1
        elif toks[i - 1].text.endswith(";") and not guards.all.covers(toks[i - 1].end - 1):
            cut = _semicolon_cut(toks, i, seg, lang, settings, ix)
            if cut:
                seg = i
        elif toks[i - 1].comma is not None:
            cut = _comma_cut(text, toks, i, seg, lang, guards, settings, title_case, participial, ix, words.headline)
            if not cut and (t.folded in lang.manner_markers or t.folded in lang.result_markers) and not title_case:
                cut = _manner_cut(toks, i, seg, lang, guards, settings, ix)
            if not cut and not title_case and t.folded in concurrent_heads:
                cut = _concurrent_cut(toks, i, seg, lang, guards, settings, ix)
            if not cut and not title_case and t.folded in breakdown_heads:
                cut = _breakdown_cut(toks, i, seg, lang, guards, settings, ix)
            if not cut and not title_case and t.folded in purpose_heads:
                cut = _purpose_cut(toks, i, seg, lang, guards, settings, ix)
            if cut:
                seg = i
        elif (t.folded in lang.absolutes_without_comma and t.text == t.word and not title_case
              and not guards.all.covers(t.start)):
            cut = _bare_absolute_cut(toks, i, seg, lang, settings, ix)
            if cut:
                seg = i
        elif (t.folded in lang.manner_markers or t.folded in lang.result_markers) and t.text == t.word \
                and not title_case:
            cut = _manner_cut(toks, i, seg, lang, guards, settings, ix)
            if cut:
                seg = i
        elif ((t.folded in lang.temporal_heads or t.folded in lang.subordinators) and t.text == t.word
              and t.end not in distance_heads and not title_case and not guards.all.covers(t.start)):
            cut = _temporal_cut(toks, i, seg, lang, settings, ix)
            if cut:
                seg = i
        if not cut and not title_case and toks[i - 1].comma is None and t.folded in lang.quote_verbs:
            cut = _added_statement_cut(toks, i, seg, lang, guards, settings, ix)
            if cut:
                seg = i
        if not cut and not title_case and t.folded in lang.complementizers and t.text == t.word:
            cut = _framed_content_cut(toks, i, seg, lang, guards, settings, ix)
            if cut:
                seg = i
        if not cut and not title_case and t.folded in purpose_heads and toks[i - 1].comma is None:
            cut = _purpose_cut(toks, i, seg, lang, guards, settings, ix)
            if cut:
                seg = i
        if not cut and not title_case and (t.folded in lang.circumstance_prepositions
                                           or (toks[i - 1].comma is not None and t.folded in ranking_heads)):
            # (a phrase, not a clause: the clause reads on from where it started)
            cut = _ranking_cut(toks, i, seg, lang, guards, settings, ix)
        if not cut and not title_case and t.folded in lang.copulas and t.text == t.word:
            cut = _ranked_event_cut(toks, i, seg, lang, guards, settings, ix)
            if cut:
                seg = i
        if not cut and not title_case and t.folded in lang.unique_prepositions:
            cut = _unique_cut(toks, i, seg, lang, guards, settings, ix)
        if not cut and not title_case and t.folded in lang.role_markers:
            # (the role is no clause: the clause reads on from where it started, and a verb
            # phrase after a comma is still its own: "as the eighth president ..., completing ...")
            cut = _rank_cut(toks, i, seg, lang, guards, settings, ix)
        if not cut and not title_case and toks[i - 1].comma is None and ix.preds[i] == ix.preds[seg]:
            # (the clause reads on from where it started: a verb phrase after a comma is still its own)
            cut = _event_subject_cut(toks, i, seg, lang, guards, settings, ix)
        if cut:
            cuts.append(cut)
            participial = participial or cut.kind == "participial"
    # dashes: one appositive at the end, or a pair around a parenthesis
    dashes = [(ds, de) for ds, de in _dash_spans(text, piece.start, piece.end)
              if not guards.all.covers(ds) and not holes.covers(ds)
              and not (text[ds - 1:ds].isdigit()  # a range, "2024 - 2029"
                       and text[de:de + 1].isdigit())]
    if len(dashes) == 1:
        ds, de = dashes[0]
        left = words.within(piece.start, ds)
        right = words.within(de, piece.end)
        if len(left) >= 4 and len(right) >= 4:
            cuts.append(Cut(ds, de, "appositive"))
    elif len(dashes) == 2:
        (a_start, a_end), (b_start, b_end) = dashes
        inner = words.within(a_end, b_start)
        if len(inner) >= 4 and len(words.within(piece.start, a_start)) >= 1:
            piece.holes.append((a_start, b_end))
            rest = _split_flat(text, piece, words, lang, guards, settings, title_case)
            return rest + [Piece(a_end, b_start, "appositive")]
    if not cuts:
        return [piece]
    cuts.sort(key=lambda c: (c.left_end, c.right_start))
    out = []
    cur_start, kind, context = piece.start, piece.kind, piece.context
    for c in cuts:
        if c.left_end <= cur_start:
            continue
        if len(words.starting(cur_start, c.left_end, piece.holes)) < settings.min_clause_words:
            continue
        holes = [h for h in piece.holes if cur_start <= h[0] < c.left_end]
        if c.left_kind:
            # the left side is the clause told apart; the right goes on as the piece did. An
            # adverbial that opens with its verb ("Menyebut Putin ...") depends on the right's subject.
            left_toks = words.within(cur_start, c.left_end, piece.holes)
            if left_toks and (left_toks[0].folded in lang.subordinators or left_toks[0].folded in lang.absolutes
                              or left_toks[0].folded in lang.adverb_openers):
                left_toks = left_toks[1:]
            verb_first = bool(left_toks) and (_pred(left_toks[0], lang) or _is_participle(left_toks[0], lang, False))
            right_toks = words.within(c.right_start, piece.end, piece.holes)
            context = _subject(right_toks, lang) if verb_first else ""
            out.append(Piece(cur_start, c.left_end, c.left_kind, holes, context))
            cur_start = c.right_start
            continue
        out.append(Piece(cur_start, c.left_end, kind, holes, context))
        cur_start, kind, context = c.right_start, c.kind, c.context
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
    if holes:
        parts, pos = [], start
        for a, b in sorted(holes):
            parts.append(text[pos:a])
            pos = b
        parts.append(text[pos:end])
        body = " ".join(parts)
    else:
        body = text[start:end]  # (most claims: no list to build or sort)
    out = " ".join(body.split())
    # (split and join leave no space but " ": a claim without one has none before a stop)
    return _SPACE_BEFORE_STOP.sub(r"\1", out) if " " in out else out


_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;:!?])")
_WORD_CHAR = re.compile(r"\w")


class QuoteCoverage:
    """How many characters of a stretch stand inside quotation marks (each quote's inner
    span and its marks, counted once per quote that covers them), from a running sum over
    the quotes' edges built once per article: a binary search a question, where summing
    over every quote for every claim made a long article's cost grow with its square."""

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

    def share(self, start: int, end: int) -> float:
        """The share of ``start:end`` inside quotation marks (``covered`` written out: asked
        for every claim, twice)."""
        if end <= start:
            return 0.0
        xs = self._xs
        k = bisect_right(xs, end) - 1
        covered = 0 if k < 0 else self._area[k] + self._depth[k] * (end - xs[k])
        k = bisect_right(xs, start) - 1
        if k >= 0:
            covered -= self._area[k] + self._depth[k] * (start - xs[k])
        return min(1.0, covered / (end - start))


# the coverage of the last quotes layer asked about: the claims and speakers stages both ask
# of one article's quotes layer (held here, so that it is the same list while kept)
_last_coverage: tuple[list[Span] | None, int, QuoteCoverage | None] = (None, 0, None)


def quote_coverage(quotes: list[Span]) -> QuoteCoverage:
    """``QuoteCoverage(quotes)``, built once for a layer that stages after one another ask of."""
    global _last_coverage
    if _last_coverage[0] is not quotes or _last_coverage[1] != len(quotes):
        _last_coverage = (quotes, len(quotes), QuoteCoverage(quotes))
    return _last_coverage[2]


def quoted_share(start: int, end: int, quotes: list[Span] | QuoteCoverage) -> float:
    """Share of ``start:end`` inside quotation marks; ``quotes``: the quotes layer, or a
    ``QuoteCoverage`` built from it once (callers asking per claim pass one)."""
    return (quotes if isinstance(quotes, QuoteCoverage) else QuoteCoverage(quotes)).share(start, end)


def _title_case(text: str, start: int, end: int) -> bool:
    return title_case(text[start:end])


def claims(article: Article, settings: Settings = DEFAULT) -> None:
    """Headline, captions and every body sentence, cut into atomic claims."""
    text = article.text
    lang = language(article.meta.language)
    quotes = article.layer("quotes")
    sentences = article.layer("sentences")
    guards = make_guards(text, quotes, settings, frozenset(s.start for s in sentences), article.layer("persons"))
    stem = article.id.removeprefix("article:")
    coverage = quote_coverage(quotes)
    out: list[Claim] = []

    def add(s, e, ctype, holes=(), paragraph=-1, sentence=-1, context="", kind="main"):
        ctext = claim_text(text, s, e, holes)
        if not ctext or not _WORD_CHAR.search(ctext):
            return
        c = Claim(id="", article_id=article.id, start=s, end=e, text=ctext, claim_type=ctype, holes=tuple(holes),
                  paragraph=paragraph, sentence=sentence, context=context, split=kind)
        out.append(c)

    for b in article.layer("blocks"):
        if b.label == "title":
            for p in split_sentence(text, b.start, b.end, lang, guards, settings, _title_case(text, b.start, b.end),
                                    headline=True):
                add(p.start, p.end, "headline", p.holes, context=p.context, kind=p.kind)
        elif b.label == "caption":
            for s, e in split_sentences(text, b.start, b.end, lang):
                for p in split_sentence(text, s, e, lang, guards, settings, _title_case(text, s, e)):
                    add(p.start, p.end, "caption", p.holes, context=p.context, kind=p.kind)
    for si, sent in enumerate(sentences):
        for p in split_sentence(text, sent.start, sent.end, lang, guards, settings):
            share = coverage.share(p.start, p.end)
            ctype = "quote" if share >= settings.quoted_share else "statement"
            add(p.start, p.end, ctype, p.holes, sent.attrs.get("paragraph", -1), si, p.context, p.kind)
    out.sort(key=lambda c: (c.start, c.end))
    for i, c in enumerate(out):
        c.id = f"claim:{stem}#c{i:03d}"
    article.claims = out
    article.add("claims", [Span(c.start, c.end, c.claim_type, {"id": c.id}) for c in out])
