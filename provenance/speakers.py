"""Who says each claim, and whether a claim is a quote.

A claim is a ``quote`` when it is a direct quotation: mostly inside quotation
marks, or inside a quotation that runs over several sentences. Its speaker is
whoever the quotation is credited to:

- after it: '," kata Putin', '," tegas dia', '," katanya', '," Putin said',
  '," said Prabowo', '," he said', '," ujar Kapolda' (a title standing for the
  person last named with it), '," tulis KBRI Ankara' (a body quoted directly is
  its speaker too); a quotation followed at once by another shares its credit
  ('"A," "B," lanjutnya');
- before it: 'Putin mengatakan, "', 'Xi said: "', 'Menurut X, "';
- else the speaker of the sentence before it, when that sentence reports
  speech ("Dia menegaskan, ..." then a paragraph of quotation).

Any other claim is a ``statement``; its speaker, if someone is reported as
saying it:

- a credit for the whole sentence: "..., kata Xi.", "..., Trump said.",
  "Menurut Sujatmiko, ...", "... according to its mayor Kenta Morimoto",
  "..., kata Nico, ...";
- else the subject of a speech verb in the sentence, for the clause with the
  verb and the clauses after it: the person nearest before the verb who is not
  the object of a verb or preposition ("Atas undangan Presiden Putin, Xi
  Jinping menyatakan ..."), a pronoun ("Ia mengatakan", "Dirinya", "He also
  told"), a title standing for a person ("Presiden itu mengatakan"), or the
  agent of a passive speech verb ("dinilai Kim", "ditegaskannya");
- in a headline, the person before a headline speech verb ("Xi Jinping Sebut
  ...", "Xi tells Putin ...") or before a colon ("Putin ke Xi: ..."); the second
  half of a split headline or caption takes its line's speaker ("Mayor tells council
  budget is short but | taxes will not rise"), and a second predicate of
  speech the line's subject ("Momen Putin Peluk Kim dan | Berjanji ...");
- in a sentence opened by a speech participle ("Calling it a new beginning,
  Trump announced ..."), the subject of the speech verb after it; a quoted
  phrase in a clause after reported speech is that speaker's;
- where a reader carries the speaker on (languages whose reports run on,
  speech.toml ``runs_on``): a sentence that names nobody after reported speech
  in its paragraph, and over one paragraph break (``speech_carry_paragraphs``)
  the first sentence after a paragraph where the speech already ran on, or one
  opened by a pronoun. Carrying stops at a sentence naming a person, a body or
  the speaker, with a credit or speech verb of its own, turning away
  ("Sementara itu"), or telling a dated happening or what happened next
  ("pada Senin", "kemudian"): the writer's narration.

Pronouns (``ia``, ``dia``, ``beliau``, ``dirinya``, ``-nya``, ``he``, ``she``) go
to the subject of their own sentence when one stands before them, else to the
person in focus: the last speaker or sentence subject named before.

Sets ``Claim.speaker``, ``Claim.speaker_evidence`` and, for body claims,
``Claim.claim_type``; adds the ``speakers`` layer.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .claims import quote_coverage
from .dates import find_dates
from .doc import Article, ByStart, Claim, Span
from .lang import (Language, countries, degrees_after_a_name, language, organisation_words, possessive_after,
                   possessive_at_end, registry, slot_words, trie_alternation)
from .persons import is_title, persons_in, persons_in_from_the_end
from .segment import is_abbreviation
from .settings import DEFAULT, Settings
from .slots import Intervals

OPENING_MARKS = "\"“«„‘'"
# Clauses cut from a sentence after its speech verb that carry what was said; a relative
# or temporal clause after it ("..., which was founded in 1948", "beberapa jam setelah
# Trump dilantik") is most often the writer's background.
INHERITING_SPLITS = ("main", "coordinate", "participial", "circumstance")


@dataclass(frozen=True)
class Said:
    """Who says something, and the words that say so."""

    name: str
    evidence: str


# ------------------------------------------------------------------ vocabulary


def _verb_words(code: str, kind: str) -> frozenset[str]:
    lang = language(code)
    return {"reporting": lang.speech_verbs, "quote": lang.quote_verbs, "passive": lang.passive_speech,
            "headline": lang.headline_speech | lang.quote_verbs,
            "credit": lang.quote_verbs | lang.vocal_verbs | lang.citing_verbs}[kind]


@lru_cache(maxsize=None)
def _verb_regex(code: str, kind: str, start_only: bool = False) -> re.Pattern:
    """The verbs of ``kind`` as whole words; ``start_only``: where one could start (its words
    begin there, whatever follows)."""
    words = _verb_words(code, kind)
    if not words:
        return re.compile(r"(?!x)x")
    if start_only:
        return re.compile(rf"(?i)(?<![\w-])(?=(?:{_alternation(words)}))")
    return re.compile(rf"(?i)(?<![\w-])(?P<verb>{_alternation(words)}){_suffix(code)}(?![\w-])")


_OPENING_PUNCTUATION = " \t\"“”'‘’,.—–-"


def opens_with_credit(text: str, code: str) -> bool:
    """Whether ``text`` opens with a verb of saying ("kata Kapolda …", "ujar dia", "said the
    minister"): the tail of a quotation's credit, whose names say who spoke, not who acted."""
    return _verb_regex(code, "quote").match(text.lstrip(_OPENING_PUNCTUATION)) is not None


def _alternation(words) -> str:
    # every pattern of this module is read with (?i); as a tree, a hundred verbs cost one
    # comparison a character where the flat list cost a hundred
    return trie_alternation(words, ignorecase=True)


@lru_cache(maxsize=None)
def _suffix(code: str) -> str:
    """The optional enclitic pronoun of a verb ("katanya", "menurutnya"), as a named group."""
    sufs = language(code).pronoun_suffixes
    return f"(?P<nya>{_alternation(sufs)})?" if sufs else "(?P<nya>(?!x)x)?"


@lru_cache(maxsize=None)
def _according_regex(code: str) -> re.Pattern:
    """"menurut", "according to", with an enclitic pronoun ("menurutnya")."""
    lang = language(code)
    if not lang.according:
        return re.compile(r"(?!x)x(?P<nya>)")
    plain = [a for a in lang.according if "…" not in a]
    # "berdasarkan informasi … dari": "…" stands for up to two words ("informasi terkini dari")
    gapped = [r"(?:\s+[\w-]+){0,2}\s+".join(re.escape(part.strip()) for part in a.split("…"))
              for a in lang.according if "…" in a]
    forms = "|".join([_alternation(plain)] + gapped) if plain else "|".join(gapped)
    # at a word's start, or capitalised straight after a lower-case letter or a digit, where a page lost
    # the break before it ("di stadionMenurut Nico, ...": segment.py starts a sentence there)
    return re.compile(rf"(?i)(?:(?<![\w-])|(?-i:(?<=[a-zà-ÿ0-9])(?=[A-ZÀ-Ý])))(?:{forms}){_suffix(code)}(?![\w-])")


@lru_cache(maxsize=None)
def _anaphora_regex(code: str) -> re.Pattern:
    """How a sentence opens when it credits the one before ("Pernyataan tersebut", "Hal itu")."""
    lang = language(code)
    if not lang.speech_anaphora:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?i)(?:{_alternation(lang.speech_anaphora)})(?![\w-])")


@lru_cache(maxsize=None)
def _shift_regex(code: str) -> re.Pattern:
    """A sentence that turns to another matter: "Sementara itu, ...", "Meanwhile, ..."."""
    shifts = language(code).attribution.topic_shifts
    if not shifts:
        return re.compile(r"(?!x)x")
    return re.compile(rf"[\W_]*(?i:{_alternation(shifts)})(?![\w-])")


def turns_away(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the sentence at ``start`` opens by turning to another matter ("Sementara itu,
    ...", "Meanwhile, ..."): what follows is not the last speaker's."""
    return bool(_shift_regex(lang.code).match(text, start, end))


def tells_a_dated_happening(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether a sentence dates what it tells (``dates.find_dates``: "pada Senin", "Sabtu (1/10)",
    "on Monday", "kemarin", "tahun lalu"): a happening told with its date is the writer's
    narration, not the last speaker's words run on."""
    return bool(find_dates(text, lang, start, end))


@lru_cache(maxsize=None)
def _narration_regex(code: str) -> re.Pattern:
    """The words that tell a happening in the story's sequence (speech.toml narration)."""
    words = language(code).narration_markers
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?i)(?<![\w-])(?:{_alternation(words)})(?![\w-])")


def tells_what_happened_next(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether a sentence tells a happening in the story's sequence ("Dia kemudian meninjau
    gudang", "Usai pelantikan, acara dilanjutkan ...", "He then left"): the writer's
    account, not the last speaker's words run on."""
    return bool(_narration_regex(lang.code).search(text, start, end))


def names_a_body_first(gap: str) -> bool:
    """Whether the words between "menurut"/"according to" and a person are a body's name that
    ends at a comma ("menurut Gedung Putih, Presiden Joe Biden ...", "according to the White
    House, President X ..."): the credit is that body's, and the person the subject of what
    follows. A description of the person before the comma ("menurut Kapolda Jawa Timur, Irjen
    Bayu") names no body of the registry nor an organisation."""
    if "," not in gap:
        return False
    head = gap.split(",", 1)[0].strip()
    first = _words(head)[:1]
    if not first or is_title(first[0]):
        return False  # "menurut Kepala BNPB, Letjen X": the head of a body, the person described
    return bool(registry().alias_regex.search(head) or organisation_words().search(head))


def names_a_body(text: str, start: int, end: int) -> bool:
    """Whether a sentence names a body by name: a source of the registry ("Gedung Putih",
    "Aljazeera") or a capitalised organisation's name ("Badan Geologi", "Layanan Geologi
    Amerika Serikat"). A report carried on stops there: the sentence tells what that body
    did or said."""
    window = text[start:end]
    if registry().alias_regex.search(window):
        return True
    return any(m.group(0)[:1].isupper() for m in organisation_words().finditer(window))


def stops_a_carried_report(text: str, start: int, end: int, lang: Language, speaker: str) -> bool:
    """Whether a sentence that names no person still is not the last speaker's words run on:
    it turns to another matter, tells a dated happening or what happened next, names a body,
    or names the speaker
    (a speaker does not name himself: "Pengumuman Trump membuat pasar bergejolak" is the
    writer's)."""
    if turns_away(text, start, end, lang) or tells_a_dated_happening(text, start, end, lang) \
            or tells_what_happened_next(text, start, end, lang) or names_a_body(text, start, end):
        return True
    names = {w.casefold() for w in _words(speaker) if len(w) > 2}
    return any(w.casefold() in names for w in _words(text[start:end]) if w[:1].isupper())


def opens_with_a_pronoun(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether a sentence's first word is a third-person pronoun ("Ia pun ingin ...", "Dia
    juga ..."): its subject is the person in focus."""
    words = _words(text[start:min(end, start + 40)])
    return bool(words) and words[0].casefold() in lang.pronouns


def opener_end(text: str, start: int, end: int, lang: Language) -> int:
    """Where the opening verb ends of a sentence that opens with a speech verb and no subject
    ("Calling it a new beginning, the mayor said ...", "Menyebut X sebagai mitra, Rina
    mengatakan ..."), or -1."""
    m = re.match(r"[\W_]*([^\W\d_]+)", text[start:end])
    if m is None or m.group(1).casefold() not in lang.speech_openers:
        return -1
    return start + m.end(1)


@lru_cache(maxsize=None)
def _age_regex(code: str) -> re.Pattern:
    """A description that gives an age ("the 59-year-old", "berusia 87 tahun")."""
    forms = [re.escape(f).replace(re.escape("{n}"), r"\d+") for f in language(code).ages]
    return re.compile("(?i)(?:" + "|".join(forms) + ")" if forms else r"(?!x)x")


def speech_verbs_in(text: str, start: int, end: int, lang: Language, kind: str = "reporting"):
    """(start, end, with -nya) of each speech verb of a ``kind`` in the stretch: ``reporting``
    verbs ("mengatakan", "said"), ``quote`` (also the short forms that credit a quotation:
    "kata", "tegas"), ``credit`` (also voices and citations: "chanted", "dilansir"),
    ``passive`` ("disampaikan"), ``headline`` ("Sebut", "tells")."""
    return [(m.start(), m.end(), bool(m.group("nya"))) for m in _verb_regex(lang.code, kind).finditer(text, start, end)
            if not _credits_no_one(text, m.start(), lang)]


_ANONYMITY_REACH = 40  # characters: longer than any phrase of speech.toml ``anonymity``


def _anonymous_at(text: str, pos: int, code: str) -> bool:
    """Is ``pos`` inside a phrase of a source who asked not to be named (read only around it)?"""
    regex = _anonymity_regex(code)
    return regex is not None and any(
        m.start() <= pos < m.end()
        for m in regex.finditer(text, max(0, pos - _ANONYMITY_REACH), min(len(text), pos + _ANONYMITY_REACH)))


def _credits_no_one(text: str, pos: int, lang: Language) -> bool:
    """Does the speech verb at ``pos`` credit no one: inside a phrase of a source who asked not to
    be named, or right after a negation ("Kestrel belum menanggapi", "tidak menjawab panggilan":
    someone who did not say anything is no one's credit for the claim) or a form of "be" ("all 19
    crew were reported safe", "is said to be": a passive participle, the name before it what was
    reported; speech.toml ``passive_auxiliaries``)?"""
    if _anonymous_at(text, pos, lang.code):
        return True
    m = _LAST_WORD.search(text, max(0, pos - 20), pos)
    before = m.group(1).casefold() if m else ""
    return before in _negation_words(lang.code) or before in lang.speech_passive_auxiliaries


_LAST_WORD = re.compile(r"([\w’']+)[ \u00a0]+$")


@lru_cache(maxsize=None)
def _negation_words(code: str) -> frozenset[str]:
    return frozenset(w for w in slot_words(code).negations if " " not in w)


@lru_cache(maxsize=None)
def _anonymity_regex(code: str) -> re.Pattern | None:
    """The language's phrases of a source who asked not to be named (speech.toml ``anonymity``)."""
    words = language(code).anonymity
    return re.compile(rf"(?i)(?<![\w-])(?:{_alternation(words)})(?![\w-])") if words else None



@lru_cache(maxsize=None)
def _verb_reach(code: str, kind: str) -> int:
    """The most characters a match of ``_verb_regex(code, kind)`` spans: its longest verb with
    its longest enclitic."""
    return max(map(len, _verb_words(code, kind)), default=0) + max(map(len, language(code).pronoun_suffixes), default=0)


class VerbIndex:
    """The speech verbs of one kind in an article, read once over its whole text: the verbs of
    a stretch are those read there, found by binary search, as ``speech_verbs_in`` gives them.
    Near the stretch's end, where a verb could run past it, the verb is tried again with the
    text cut there, only where a verb's word begins; and the stretch is read whole when it
    starts inside a verb. Reading each quotation's 160 characters after it again made a line
    of many quotations cost 160 readings a character."""

    def __init__(self, text: str, lang: Language, kind: str):
        self.text, self.lang, self.kind = text, lang, kind
        self.reach = _verb_reach(lang.code, kind)
        self.regex = _verb_regex(lang.code, kind)
        # where a verb's word begins (elsewhere no verb can match): the one reading of the text
        self.begins = [m.start() for m in _verb_regex(lang.code, kind, start_only=True).finditer(text)]
        self.found = self._matches(self.begins, 0, len(text))
        self.starts = [vs for vs, _ve, _nya in self.found]

    def _matches(self, begins: list[int], pos: int, end: int) -> list[tuple[int, int, bool]]:
        """The verbs a reading of ``text[pos:end]`` finds, tried only at ``begins`` (sorted):
        each after the one before, as ``finditer`` goes on."""
        out = []
        for b in begins:
            if b < pos:
                continue
            m = self.regex.match(self.text, b, end)
            if m and not _credits_no_one(self.text, b, self.lang):
                # (no verb credits anyone there)
                out.append((m.start(), m.end(), bool(m.group("nya"))))
                pos = m.end()
        return out

    def between(self, start: int, end: int) -> list[tuple[int, int, bool]]:
        b = bisect_left(self.begins, start)
        if b == len(self.begins) or self.begins[b] >= end:
            return []  # no verb's word begins in the stretch: none is found there
        k = bisect_left(self.starts, start)
        if k > 0 and self.found[k - 1][1] > start:
            return speech_verbs_in(self.text, start, end, self.lang, self.kind)  # it starts inside a verb
        out, pos = [], start
        # a verb this far from the end reads the same whether the text stops at ``end`` or not
        while k < len(self.found) and self.found[k][0] + self.reach < end:
            out.append(self.found[k])
            pos = self.found[k][1]
            k += 1
        # nearer the end, each verb is tried again with the text cut at ``end``
        near = self.begins[bisect_left(self.begins, max(pos, end - self.reach)):bisect_left(self.begins, end)]
        return out + self._matches(near, pos, end)


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


_WORD = re.compile(r"[\w'’-]+")
# compiled once: asked for each person before each verb, where re's cache look-up was a cost
_BEFORE_BREAK = re.compile(r"[,;:()\"“”]")
_SENTENCE_BREAK = re.compile(r"[.!?;]")
_BRACKETED = re.compile(r"\([^()]*\)")
_CLAUSE_BREAK = re.compile(r"[,;:\"“”]")
_NON_SPACE = re.compile(r"\S")  # (searched for in place: a copy of a sentence a quotation was quadratic)
_AFTER_QUOTE = re.compile(r"[\s\u00a0,.!?…]*")  # what stands between a quotation and its credit
_FIRST_WINDOW = 128  # characters read back first; each retry reads four times as many


def _last_words(text: str, start: int, pos: int, n: int, clause: bool = False, width: int = _FIRST_WINDOW) -> list[str]:
    """The last ``n`` words of ``_words(text[start:pos])`` (all of them when fewer); with
    ``clause``, of the part after the last comma, colon, semicolon or quotation mark (what
    ``re.split(r'[,;:"“”]', ...)[-1]`` keeps). Read back from ``pos`` in a growing window:
    reading from the sentence's start at each verb made a long sentence cost its square."""
    while True:
        a = max(start, pos - width)
        chunk = text[a:pos]
        if clause:
            breaks = list(_CLAUSE_BREAK.finditer(chunk))
            if breaks:
                return _words(chunk[breaks[-1].end():])[-n:]
        words = _words(chunk)
        if a == start:
            return words[-n:]
        words = words[1:]  # the first may be the end of a word cut by the window
        if len(words) >= n:
            return words[-n:]
        width *= 4


def _last_word_but(text: str, start: int, pos: int, skip: frozenset[str]) -> str:
    """The last word of ``text[start:pos]``, casefolded, once the words in ``skip`` that end
    it are passed ("" when none is left)."""
    n = 4
    while True:
        words = _last_words(text, start, pos, n)
        for w in reversed(words):
            if w.casefold() not in skip:
                return w.casefold()
        if len(words) < n:
            return ""
        n *= 4


# ------------------------------------------------------------------ who stands where


def _from(p: Span) -> int:
    """Where a person's mention begins, title chain included ("Kepala Pusat Data, ... Rahmat Sujatmiko")."""
    return min(p.start, p.attrs.get("from", p.start))


def _governed(text: str, p: Span, start: int, lang: Language) -> bool:
    """Is the person an object or addressee: right after a preposition or a verb, titles
    and country words between them not counted ("kepada Presiden Rusia Vladimir Putin")?
    A coordinator right after a comma opens a clause and governs nothing (", and Biden said")."""
    before = text[max(start, _from(p) - 50):_from(p)]
    parts = _BEFORE_BREAK.split(before)
    words = _words(parts[-1])
    while words and words[-1][:1].isupper():
        words.pop()
    prev = words[-1].casefold() if words else ""
    if len(words) == 1 and len(parts) > 1 and prev in lang.coordinators:
        return False
    return prev in lang.objects or bool(prev) and lang.is_verb(prev) and prev not in lang.auxiliaries


def nearest_subject(text: str, persons: list[Span], start: int, pos: int, lang: Language,
                    holes: tuple[tuple[int, int], ...] = (), settings: Settings = DEFAULT,
                    governed: dict | None = None) -> Span | None:
    """The subject of a verb at ``pos``: the person nearest before it in ``text[start:pos]``
    who is not an object, with no sentence break or quotation mark between. ``governed``: the
    answers of ``_governed`` kept by (where the person's mention begins, ``start``), for a
    caller that asks of the same persons from many verbs of one sentence."""
    for p in persons_in_from_the_end(persons, start, pos):
        if any(a <= p.start < b for a, b in holes):
            continue
        # (a degree set off after the name is the name's: "dr. Agus Salim, Sp.PD, mengatakan")
        gap = degrees_after_a_name().sub("", text[p.end:pos])
        # (words are parted by at least one character, and taking out a bracket adds none: a
        # gap this short cannot hold too many, and its words need not be counted)
        if _SENTENCE_BREAK.search(gap) or ((len(gap) + 1) // 2 > settings.max_subject_distance
                                           and len(_words(_BRACKETED.sub(" ", gap))) > settings.max_subject_distance):
            return None
        if governed is None:
            is_object = _governed(text, p, start, lang)
        else:
            key = (_from(p), start)
            is_object = governed.get(key)
            if is_object is None:
                is_object = governed[key] = _governed(text, p, start, lang)
        if is_object:
            continue
        return p
    return None


def first_subject(text: str, persons: list[Span], start: int, pos: int, lang: Language,
                  inside_quotes: Intervals = Intervals(())) -> Span | None:
    """The subject of a sentence: its first person who is not an object (nor quoted:
    ``inside_quotes`` holds each quotation's (start + 1, end), read once an article)."""
    for p in persons_in(persons, start, pos):
        if inside_quotes.contains(p.start):
            continue
        if not _governed(text, p, start, lang):
            return p
    return None


def person_after(text: str, persons: list[Span], pos: int, end: int, lang: Language,
                 settings: Settings = DEFAULT) -> Span | None:
    """The person named right after ``pos`` ("kata Presiden Putin", "disampaikan oleh
    Kapolda Jawa Timur, Irjen Bayu", "according to its mayor X"): between them only the
    words that mark an agent, determiners, and capitalised words."""
    allowed = lang.agent_markers | lang.determiners | lang.title_connectors
    for p in persons_in(persons, pos, min(end, pos + 90)):
        if possessive_after().match(text, p.end):
            return None  # "according to Budi Santoso's lawyer": the one named is not the one who speaks
        gap = text[pos:max(pos, _from(p))]
        words = _words(gap)
        if len(words) <= settings.max_verb_to_person_words and not _stop_between(gap, lang) and (all(
                w[:1].isupper() or w.casefold() in allowed for w in words)
                or _qualifies_title(words, p, lang, settings, gap.rstrip().endswith(","))):
            return p
        return None
    return None


_GAP_STOP = re.compile(r"[.!?;:\"“”]")


def _stop_between(gap: str, lang: Language) -> bool:
    """Does ``gap`` hold a sentence's or a quotation's end? The stop of an abbreviation or an
    initial does not end one ("kata dr. Rina", "said Gov. X", "Brig. Gen. X"; as the sentence
    splitter reads it, ``segment.is_abbreviation``)."""
    return any(m.group(0) != "." or not is_abbreviation(gap, 0, m.start(), lang) for m in _GAP_STOP.finditer(gap))


def _qualifies_title(words: list[str], p: Span, lang: Language, settings: Settings = DEFAULT,
                     appositive: bool = False) -> bool:
    """Whether the words between a verb and a titled person qualify the title ("said fire chief
    X", "said senior police official X"): a few content words in lower case, none of them a
    function word ("said that chief X …" reports what X did). A full name needs no title: before
    it one or two such words say who the person is ("said trader Rudi Hartono", "kata pedagang
    Rudi Hartono"), or, set off by a comma, a description of up to ``max_description_words``
    ("kata juru bicara maskapai, Dimas Prasetyo", "said a lawyer for the petitioners, X")."""
    full_name = len(p.attrs.get("name", "").split()) >= 2
    most = settings.max_title_qualifier_words if p.attrs.get("titled") else (
        settings.max_role_words_before_name if full_name else 0)
    if appositive and full_name:
        most = max(most, settings.max_description_words)
    # the body a role belongs to, by a name the registry knows ("juru bicara Kemenkes X",
    # "WHO spokesman X"), is part of the description, and no word of the role's count
    roles = _without_bodies(words, lang)
    if p.attrs.get("titled") and len(roles) == 1 and roles[0].casefold() in lang.definites and len(words) > 1 \
            and possessive_at_end().search(words[-1]):
        return True  # the title's body before it, whose it is: "said the ministry's spokeswoman X"
    if appositive and full_name and roles and roles[0].casefold() in lang.definites \
            and len(roles) <= settings.max_credit_appositive_words and any(is_title(w) for w in roles):
        # a description set off by a comma before the name, with its function words ("said the
        # head of the district disaster agency, Budi Santoso"): a title in it says who
        return all(w.isalpha() and w.islower() for w in roles)
    if full_name and roles and is_title(roles[0]):
        # a title in lower case, then what it heads ("kata kepala badan antariksa X", "said
        # spokesman for the ministry X" without the function words): the title and its qualifiers
        most = max(most, 1 + settings.max_title_qualifier_words)
    return 0 < len(roles) <= most and all(
        w.isalpha() and w.islower() and w not in lang.function_words and w not in lang.stopwords for w in roles)


_ACRONYM = re.compile(r"[A-Z][A-Z&-]*[A-Z]")


def _without_bodies(words: list[str], lang: Language) -> list[str]:
    """The words of a role with the body it belongs to left out: a name the registry knows, an
    organisation's word or an acronym (an agency the registry does not know: "juru bicara NDMA
    X"), a country ("juru bicara militer Nepal, X"), and the capitalised words right after it
    that name it or say which one ("juru bicara Kemlu Rusia X", "juru bicara Kementerian Luar
    Negeri Rusia X": the body's name and the country or district it serves); and a body named
    before, told again by its kind ("juru bicara kementerian tersebut, X", "the ministry's
    spokeswoman, X": ``attribution.toml`` anaphor)."""
    heads, closers = _anaphor_words(lang.code)
    out, after_body = [], False
    for k, w in enumerate(words):
        stem = possessive_at_end().sub("", w)  # ("the Kremlin's spokesman X")
        if w[:1].isupper() and (after_body or registry().lookup(stem) is not None or organisation_words().fullmatch(stem)
                                or _ACRONYM.fullmatch(stem) or stem.casefold() in countries()):
            after_body = True
            continue
        after_body = False
        head = stem.casefold()
        if head in heads and (head != w.casefold() or k + 1 < len(words) and words[k + 1].casefold() in closers):
            continue  # the kind's word ("ministry's"; "kementerian" before "tersebut")
        if w.casefold() in closers and k and words[k - 1].casefold() in heads:
            continue  # the word that refers back ("tersebut", "itu")
        out.append(w)
    return out


@lru_cache(maxsize=None)
def _anaphor_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the words a body is told again by, by its kind: "ministry", "kementerian"; the words
    after one that refer back to it: "tersebut", "itu"), from ``attribution.toml`` anaphor."""
    att = language(code).attribution
    closers = {w.casefold() for form in att.anaphor for w in re.findall(r"[^\W\d_]+", form.split("{head}", 1)[-1])
               if "{head}" in form}
    return frozenset(h.casefold() for h in att.anaphor_heads), frozenset(closers)


def _pronoun_right_after(text: str, pos: int, lang: Language, objects: bool = False) -> str:
    """The pronoun right after ``pos`` ("kata dia"); with ``objects``, an object pronoun too
    ("according to him")."""
    m = re.match(r"[\s\u00a0]+([\w]+)", text[pos:pos + 20])
    if m and m.group(1).casefold() in lang.pronouns:
        return m.group(1)
    # an object pronoun closes its phrase: "according to her ministry" names the ministry
    if m and objects and m.group(1).casefold() in lang.object_pronouns \
            and re.match(r"[\s\u00a0]*(?:[,.;:!?)]|$)", text[pos + m.end():pos + m.end() + 3]):
        return m.group(1)
    return ""


def _pronoun_before(text: str, start: int, pos: int, lang: Language, settings: Settings = DEFAULT) -> str:
    """A pronoun subject among the last words before a verb: "Ia juga mengatakan", "He also told"."""
    for w in _last_words(text, start, pos, settings.max_pronoun_distance, clause=True):
        if w.casefold() in lang.pronouns:
            return w
    return ""


# a description set off by commas between a person and their speech verb (", head of the unit, ")
_APPOSITIVE_GAP = re.compile(r"[ \u00a0]*,[^,.!?;:\"“”()]+,[ \u00a0]*")


def _demonstrative_description(text: str, pos: int, end: int, lang: Language, settings: Settings) -> str:
    """A description closed by a demonstrative right after a credit verb, opened by a lower-case
    noun ("mahasiswi Universitas Merdeka itu", "pria asal Bandung tersebut"): the words, or ''.
    Such a description points back at someone named before, even when a body's name is in it."""
    m = re.match(r"[\s\u00a0]+([^.,;:!?\"“”]+?)[\s\u00a0]*(?:[.,;:!?]|$)", text[pos:min(end, pos + 80)])
    if not m:
        return ""
    words = m.group(1).split()
    if not (2 <= len(words) <= settings.max_description_words + 2) or words[-1].casefold() not in lang.demonstratives:
        return ""
    return m.group(1) if words[0].isalpha() and words[0].islower() else ""


def _body_after(text: str, pos: int, end: int) -> str:
    """A body quoted directly, named after a credit verb: a registry source ("Gedung Putih"), else
    an acronym or an organisation's name ("KBRI Ankara", "lembaga penyiaran publik NHK")."""
    window = text[pos:min(end, pos + 60)]
    m = registry().alias_regex.search(window)
    if m and not re.search(r"[.!?;]", window[:m.start()]) and len(_words(window[:m.start()])) <= 4:
        entry = registry().lookup(m.group(0))
        return entry.name if entry else m.group(0)
    m = re.match(r"[\s\u00a0]+(?:[a-z]+[\s\u00a0]+){0,4}?((?:[A-Z]{2,}|[A-Z][\w-]+)(?:[\s\u00a0]+[A-Z][\w-]+){0,3})", window)
    if m and (re.fullmatch(r"[A-Z]{2,}", m.group(1).split()[0]) or organisation_words().search(m.group(1))):
        return m.group(1)
    return ""


# ------------------------------------------------------------------ the article


class _Reader:
    """One article: its text and layers, and who is in focus for pronouns."""

    def __init__(self, article: Article, settings: Settings = DEFAULT):
        self.article = article
        self.settings = settings
        self.text = article.text
        self.lang = language(article.meta.language)
        self.persons = [p for p in article.layer("persons")]
        self.person_starts = [p.start for p in self.persons]  # (the layer is sorted by start)
        self.quotes = article.layer("quotes")
        # built once: the quote a claim overlaps most, and its quoted share, by binary search
        self.quote_index = QuoteIndex(self.quotes)
        self.coverage = quote_coverage(self.quotes)
        self.sentences = article.layer("sentences")
        self.paragraphs = article.layer("paragraphs")
        # looked up by binary search: a scan of every sentence, paragraph or quotation for each
        # question made a long article's cost grow with its square
        self.sentence_index = ByStart(self.sentences)
        self.paragraph_index = ByStart(self.paragraphs)
        self.inside_quotes = Intervals((q.start + 1, q.end) for q in self.quotes)  # q.start < pos < q.end
        self.quote_ends = sorted(q.end for q in self.quotes)
        self.focus = ""
        self._credits: dict[int, Said | None] = {}
        self._verbs: dict[str, VerbIndex] = {}
        self._governed: dict[tuple[int, int], bool] = {}  # is a person an object (nearest_subject)

    def verbs(self, start: int, end: int, kind: str = "reporting") -> list[tuple[int, int, bool]]:
        """``speech_verbs_in`` of the article's text, each kind read once over all of it."""
        index = self._verbs.get(kind)
        if index is None:
            index = self._verbs[kind] = VerbIndex(self.text, self.lang, kind)
        return index.between(start, end)

    def name(self, p: Span) -> str:
        return p.attrs["name"]

    def resolve_pronoun(self, start: int, pos: int) -> str:
        """A pronoun at ``pos``: the subject of a speech verb before it in its sentence, or the
        sentence's subject, or the person in focus."""
        for vs, _ve, _nya in reversed(self.verbs(start, pos)):
            p = nearest_subject(self.text, self.persons, start, vs, self.lang, (), self.settings)
            if p is not None:
                return self.name(p)
        p = first_subject(self.text, self.persons, start, pos, self.lang, self.inside_quotes)
        if p is not None:
            return self.name(p)
        return self.focus

    def sentence_of(self, pos: int) -> Span:
        """The sentence that holds the character at ``pos`` (an empty span at ``pos`` if none)."""
        return self.sentence_index.holding(pos, pos + 1) or Span(pos, pos)

    def paragraph_of(self, pos: int) -> int:
        """The number of the paragraph that holds the character at ``pos``, or -1."""
        return self.paragraph_index.index_holding(pos, pos + 1)

    # -------------------------------------------------------------- quotations

    def quote_credit(self, qi: int) -> Said | None:
        """Who a quotation is credited to, after it or before it."""
        if qi in self._credits:
            return self._credits[qi]
        self._credits[qi] = None  # a chain of quotations must not loop
        q = self.quotes[qi]
        said = self._credit_after(qi) or self._credit_before(q)
        self._credits[qi] = said
        return said

    def _credit_after(self, qi: int) -> Said | None:
        text, lang, q = self.text, self.lang, self.quotes[qi]
        end = min(len(text), q.end + self.settings.credit_window)
        nl = text.find("\n", q.end, end)
        if nl >= 0:
            end = nl
        pos = _AFTER_QUOTE.match(text, q.end, end).end()  # (read in place: no copy of the window a quotation)
        nxt = self.quotes[qi + 1] if qi + 1 < len(self.quotes) else None
        # '"A," "B," lanjutnya': the next quotation's credit
        if pos < end and text[pos] in "\"“«" and nxt is not None and nxt.start == pos:
            return self.quote_credit(qi + 1)
        # a quotation that runs to its paragraph's end and goes on in the next one
        if not q.attrs.get("balanced", True) and nxt is not None and not nxt.attrs.get("balanced", True) \
                and nxt.start > q.end and not re.search(r"\S", text[q.end:nxt.start]):
            return self.quote_credit(qi + 1)
        for vs, ve, nya in self.verbs(pos, end, "credit"):
            between = text[pos:vs]
            if _stop_between(between, lang):
                break  # (the stop of a title's short form is none: '," Brig. Gen. X said')
            # '," John Doe, head of the city police traffic unit, said': the person, then who they
            # are set off by commas, then the verb
            named = persons_in(self.persons, pos, vs)
            if named and named[0].start - pos < 3 and _APPOSITIVE_GAP.fullmatch(text, named[0].end, vs) \
                    and len(_words(text[named[0].end:vs])) <= self.settings.max_credit_appositive_words:
                return Said(self.name(named[0]), text[named[0].start:ve])
            # '," Putin said', '," the Turkish leader tweeted', '," he said'; the person's title may
            # be long ('," Indonesia's ambassador to the UN in New York Arif Wicaksono said')
            if named and not re.search(r"\w", text[named[-1].end:vs]) \
                    and len(_words(between)) <= self.settings.max_titled_credit_words:
                return Said(self.name(named[-1]), text[named[-1].start:ve])
            if len(_words(between)) > self.settings.max_quote_to_verb_words + self.settings.max_description_words:
                break
            verb = text[vs:ve].casefold()
            if len(_words(between)) == 1 and between.strip().casefold() in lang.pronouns:
                who = self.resolve_pronoun(self.sentence_of(q.start).start, q.start)
                return Said(who, text[pos:ve])
            if verb in lang.citing_verbs:
                return Said("", text[pos:ve].strip())
            words = _words(between)
            if words and all(w.casefold() in lang.speech_bridges for w in words):
                words = []  # '," demikian disebutkan'
            if len(words) > self.settings.max_quote_to_verb_words:
                if words[0].casefold() in lang.definites and len(words) <= self.settings.max_description_words:
                    # '," the crowd chanted', '," the Turkish leader tweeted': someone described
                    return Said(self._described(between), text[pos:ve].strip())
                return None
            if nya:
                who = self.resolve_pronoun(self.sentence_of(q.start).start, q.start)
                return Said(who, text[vs:ve])
            p = person_after(text, self.persons, ve, end, lang, self.settings)
            if p is not None:
                return Said(self.name(p), text[vs:p.end])
            pr = _pronoun_right_after(text, ve, lang)
            if pr:
                who = self.resolve_pronoun(self.sentence_of(q.start).start, q.start)
                return Said(who, text[vs:ve + 1 + len(pr)])
            after = _words(text[ve:end])[:self.settings.max_description_words]
            if after and after[0].casefold() in lang.definites | lang.determiners:
                # 'said the 59-year-old notary', 'kata pria berusia 87 tahun itu'
                return Said(self._described(" ".join(after)), text[vs:ve] + " " + " ".join(after))
            desc = _demonstrative_description(text, ve, end, lang, self.settings)
            if desc:
                # 'tegas mahasiswi Universitas Merdeka itu': the one just named, described
                return Said(self.focus or "", text[vs:ve] + " " + desc)
            body = _body_after(text, ve, end)
            if body:
                return Said(body, text[vs:ve] + " " + body)
            return Said("", text[vs:ve])
        return None

    def _described(self, words: str) -> str:
        """A description that names no one ("the Turkish leader", "the 59-year-old notary"):
        the person in focus when it holds a title or an age, else nobody ("the crowd")."""
        if self.focus and (any(is_title(w) for w in _words(words)) or _age_regex(self.lang.code).search(words)):
            return self.focus
        return ""

    def earlier_credit(self, qi: int) -> Said | None:
        """'"A," X said. "B."': a quotation with no credit of its own, after a credited one in
        the same paragraph, is the same speaker's."""
        quotes = self.quotes
        pi = self.paragraph_of(quotes[qi].start)
        # (quotations are by start, and each starts before this one's: one in its paragraph
        # starts no earlier than the paragraph, where a search a quotation found its paragraph)
        first = self.paragraphs[pi].start if pi >= 0 else None
        for k in range(qi - 1, -1, -1):
            if quotes[k].start < first if first is not None else self.paragraph_of(quotes[k].start) != pi:
                break
            said = self.quote_credit(k)
            if said is not None and said.name:
                return Said(said.name, "goes on from: " + said.evidence)
        return None

    def _credit_before(self, q: Span) -> Said | None:
        """'Putin mengatakan, "...', 'Xi said: "...', 'kata Xi, "...', 'Menurut X, "...',
        'sambil kerumunan berteriak, "...', and a paragraph ending 'mengucapkan sumpahnya:'."""
        text, lang = self.text, self.lang
        sent = self.sentence_of(q.start)
        start = sent.start
        if _NON_SPACE.search(text, sent.start, q.start) is None:
            # a quotation opening its paragraph: the paragraph before may end by introducing it
            pi = self.paragraph_of(q.start)
            if pi <= 0 or not text[self.paragraphs[pi - 1].start:self.paragraphs[pi - 1].end].rstrip().endswith(":"):
                return None
            start = self.sentence_of(self.paragraphs[pi - 1].end - 1).start
        said = self._according(start, q.start)
        if said:
            return said
        verbs = self.verbs(start, q.start, "credit")
        if not verbs:
            return None
        vs, ve, nya = verbs[-1]
        if len(_words(re.sub(r"\([^()]*\)", " ", text[ve:q.start]))) > self.settings.max_verb_to_quote_words:
            return None
        p = person_after(text, self.persons, ve, q.start, lang, self.settings)
        if p is not None:
            return Said(self.name(p), text[vs:p.end])
        return self._subject_of(start, vs, ve, ()) or Said("", text[vs:ve])

    # -------------------------------------------------------------- reported speech

    def persons_before(self, start: int, vs: int, holes=()) -> Span | None:
        """The person who is the subject of a verb at ``vs``: the nearest before it who is no
        object; after a coordinator ("Putin memeluk Kim dan berjanji ..."), the verb shares
        the subject of the clause before it."""
        text, lang = self.text, self.lang
        before = _last_word_but(text, start, vs, lang.auxiliaries)  # the last word that is no auxiliary
        if before and before in lang.coordinators:
            return first_subject(text, self.persons, start, vs, lang, self.inside_quotes)
        return nearest_subject(text, self.persons, start, vs, lang, holes, self.settings, self._governed)

    def _subject_of(self, start: int, vs: int, ve: int, holes) -> Said | None:
        """The subject of the speech verb at [vs, ve): a person, a pronoun, or a title for a person."""
        text = self.text
        subject = self._described_subject(start, vs)
        if subject is not None:
            # ", the election commission said": the subject stands right before the verb, after the
            # clause it credits; a person named in that clause is what it is about, not its speaker
            # (a body is nobody: "the Supreme Electoral Tribunal", "the disaster agency")
            who = "" if organisation_words().search(subject) or registry().alias_regex.search(subject) \
                else self._described(subject)
            return Said(who, f"{subject} … {text[vs:ve]} ({who})") if who else None
        p = self.persons_before(start, vs, holes)
        if p is not None:
            return Said(self.name(p), f"{text[p.start:p.end]} … {text[vs:ve]}")
        pr = _pronoun_before(text, start, vs, self.lang, self.settings)
        if pr:
            who = self.resolve_pronoun(start, vs - len(pr))
            if who:
                return Said(who, f"{pr} … {text[vs:ve]} ({who})")
        # "The new president vowed ...": a description with a title, of the person in focus
        words = _last_words(text, start, vs, self.settings.max_description_words + 1, clause=True)
        if 1 < len(words) <= self.settings.max_description_words and words[0].casefold() in self.lang.definites:
            who = self._described(" ".join(words))
            if who:
                return Said(who, f"{' '.join(words)} … {text[vs:ve]} ({who})")
        return None

    def _described_subject(self, start: int, vs: int) -> str | None:
        """The words of a description standing between the sentence's last comma and the speech
        verb at ``vs``, opened by a definite word and naming nobody ("..., the election commission
        said", "..., the minister told reporters"); None when there is none."""
        text, lang = self.text, self.lang
        comma = text.rfind(",", start, vs)
        if comma < 0 or self._in_quote(comma):
            return None
        words = _words(text[comma + 1:vs])
        if not (1 < len(words) <= self.settings.max_description_words and words[0].casefold() in lang.definites):
            return None
        if bisect_left(self.person_starts, vs) > bisect_left(self.person_starts, comma):
            return None  # a person is named in it ("..., the commission chief Budi Santoso said")
        return " ".join(words)

    def _according(self, start: int, end: int) -> Said | None:
        """'menurut Putin', 'according to its mayor Kenta Morimoto', 'Menurutnya', 'Menurut dia'."""
        text, lang = self.text, self.lang
        for m in _according_regex(lang.code).finditer(text, start, end):
            a0, a1 = m.start(), m.end()
            if self._in_quote(a0):
                continue
            pr = _pronoun_right_after(text, a1, lang, objects=True)
            if m.group("nya") or pr:
                who = self.resolve_pronoun(self.sentence_of(a0).start, a0)
                if who:
                    return Said(who, text[a0:a1 + (len(pr) + 1 if pr else 0)])
                continue
            p = person_after(text, self.persons, a1, end, lang, self.settings)
            if p is not None and not names_a_body_first(text[a1:p.start]):
                return Said(self.name(p), text[a0:p.end])
        return None

    def _in_quote(self, pos: int) -> bool:
        return self.inside_quotes.contains(pos)

    def sentence_credit(self, sent: Span) -> Said | None:
        """A credit for the whole sentence: "..., kata Xi.", "..., Trump said.", "Menurut X, ...",
        "..., kata Nico, ...", "... according to X"."""
        text, lang = self.text, self.lang
        said = self._according(sent.start, sent.end)
        if said:
            return said
        for vs, ve, nya in self.verbs(sent.start, sent.end, "quote"):
            if self._in_quote(vs) or bisect_right(self.quote_ends, vs) > bisect_left(self.quote_ends, vs - 4):
                continue
            comma = text.rfind(",", sent.start, vs)
            if comma < 0:
                continue
            between = text[comma + 1:vs]
            # ', kata Xi.' / ', katanya.' / ', kata dia,'
            if not between.strip():
                if nya:
                    who = self.resolve_pronoun(sent.start, vs)
                    if who:
                        return Said(who, text[vs:ve])
                    continue
                p = person_after(text, self.persons, ve, sent.end, lang, self.settings)
                if p is not None and self._credit_ends(p.end, sent.end):
                    return Said(self.name(p), text[vs:p.end])
                pr = _pronoun_right_after(text, ve, lang)
                if pr and self._credit_ends(ve + 1 + len(pr), sent.end):
                    who = self.resolve_pronoun(sent.start, vs)
                    if who:
                        return Said(who, text[vs:ve + 1 + len(pr)])
                continue
            # ', Trump said.' / ', he said on Sunday.'
            named = persons_in(self.persons, comma + 1, vs)
            if named and not re.search(r"\w", text[comma + 1:_from(named[0])]) \
                    and not re.search(r"\w", text[named[-1].end:vs]) and self._credit_ends(ve, sent.end):
                return Said(self.name(named[-1]), text[named[-1].start:ve])
            if len(_words(between)) == 1 and between.strip().casefold() in lang.pronouns and self._credit_ends(ve, sent.end):
                who = self.resolve_pronoun(sent.start, comma)
                if who:
                    return Said(who, text[comma + 1:ve].strip())
        return None

    def _credit_ends(self, pos: int, end: int) -> bool:
        """A credit closes its sentence or a comma clause: what follows is short or set off."""
        rest = self.text[pos:end]
        cut = re.search(r"[,.;!?]", rest)
        tail = rest[:cut.start()] if cut else rest
        return len(_words(tail)) <= 8

    def credits_the_sentence_before(self, sent: Span) -> Said | None:
        """'... . Pernyataan tersebut disampaikan Xi saat ...': a sentence that opens by pointing
        back and names the agent of a passive speech verb credits the sentence before it."""
        text, lang = self.text, self.lang
        if not _anaphora_regex(lang.code).match(text, sent.start, sent.end):
            return None
        for vs, ve, nya in self.verbs(sent.start, sent.end, "passive"):
            if len(_words(text[sent.start:vs])) > self.settings.max_description_words:
                break
            p = person_after(text, self.persons, ve, sent.end, lang, self.settings)
            if p is not None:
                return Said(self.name(p), text[sent.start:p.end])
        return None

    def verb_frames(self, sent: Span, holes=()) -> list[tuple[int, Said, bool]]:
        """(verb position, who, inside a quotation) for each speech verb of the sentence with
        a subject or an agent."""
        text, lang = self.text, self.lang
        out = []
        last_frame = {}  # in a quotation or not -> the last frame found so far
        for vs, ve, _nya in self.verbs(sent.start, sent.end, "reporting"):
            in_quote = self._in_quote(vs)
            start = sent.start
            if in_quote:
                start = self.quote_index.innermost_start(vs)
            before = _words(text[max(start, vs - 20):vs])
            prior = last_frame.get(in_quote)
            if prior and (text[vs:ve].casefold() in lang.speech_participles
                          or before and before[-1].casefold() in lang.speech_participles):
                # '..., seraya mengatakan bahwa ...', '..., adding that ...': the same speaker
                said = prior[1]
                out.append((vs, Said(said.name, said.evidence + " … " + text[vs:ve]), in_quote))
                last_frame[in_quote] = out[-1]
                continue
            said = self._subject_of(start, vs, ve, holes)
            if said:
                out.append((vs, said, in_quote))
                last_frame[in_quote] = out[-1]
        for vs, ve, nya in self.verbs(sent.start, sent.end, "passive"):
            in_quote = self._in_quote(vs)
            if nya:
                who = self.resolve_pronoun(sent.start, vs)
                if who:
                    out.append((vs, Said(who, text[vs:ve]), in_quote))
                continue
            p = person_after(text, self.persons, ve, sent.end, lang, self.settings)
            if p is not None:
                out.append((vs, Said(self.name(p), text[vs:p.end]), in_quote))
        out.sort(key=lambda f: f[0])
        return out


class QuoteIndex:
    """The quotes layer (sorted by start, as layers are) with the running maximum of their
    ends, so that the quote overlapping a claim most is found without reading every quote
    (which, claim after claim, made a long article's cost grow with its square)."""

    def __init__(self, quotes: list[Span]):
        self.quotes = quotes
        self.starts = [q.start for q in quotes]
        self.max_end: list[int] = []
        m = -1
        for q in quotes:
            m = max(m, q.end)
            self.max_end.append(m)

    def innermost_start(self, pos: int) -> int:
        """The latest start of a quotation around ``pos`` (``start < pos < end``); ``pos``
        itself when none is."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0 and self.max_end[i] > pos:
            if self.quotes[i].end > pos:
                return self.quotes[i].start
            i -= 1
        return pos


def _quote_of(claim: Claim, index: QuoteIndex) -> int:
    """Index of the quotation that overlaps the claim most (the first such), or -1."""
    quotes = index.quotes
    best, best_len = -1, 0
    lo = bisect_left(index.starts, claim.start)
    if lo:
        # a quote that starts before the claim overlaps it by min(claim.end, q.end) - claim.start:
        # the first of them reaching the furthest end (capped at the claim's) is the best
        reach = min(claim.end, index.max_end[lo - 1])
        if reach > claim.start:
            best = bisect_left(index.max_end, reach, 0, lo)
            best_len = reach - claim.start
    for k in range(lo, bisect_left(index.starts, claim.end)):
        ov = min(claim.end, quotes[k].end) - quotes[k].start
        if ov > best_len:
            best, best_len = k, ov
    return best


def _is_direct(claim: Claim, r: _Reader, qi: int, settings: Settings) -> bool:
    """A direct quotation: mostly inside quotation marks, or wholly inside one quotation."""
    quotes = r.quotes
    if qi < 0:
        return False
    if r.coverage.share(claim.start, claim.end) >= settings.quoted_share:
        return True
    q = quotes[qi]
    return q.start <= claim.start + 1 and claim.end <= q.end + 1


def _frame_for(c: Claim, frames: list[tuple[int, Said, bool]], r: _Reader, quoted: bool) -> Said | None:
    """Who the sentence's speech verbs make the claim's speaker: the last verb before the
    claim's end whose clause the claim is (the clause with the verb, or a main, coordinate
    or participial clause after it); for quoted words with no credit, the verbs inside
    them ('"Presiden Xi menekankan ...," demikian disebutkan dalam keterangan')."""
    best = None
    for vs, said, in_quote in frames:
        if vs >= c.end or any(a <= vs < b for a, b in c.holes):
            continue
        if in_quote and not (quoted and c.start <= vs):
            continue
        if vs < c.start and c.split not in INHERITING_SPLITS:
            continue
        best = said
    return best


def _opener_subject(r: _Reader, sent: Span, c: Claim, frames: list[tuple[int, Said, bool]]) -> Said | None:
    """A claim in the opening clause of 'Calling it a new beginning, the mayor said ...': the
    subject of the first speech verb after it, named after the claim, says it."""
    text = r.text
    for vs, said, in_quote in frames:
        if in_quote or vs < c.end:
            continue
        p = first_subject(text, r.persons, c.end, vs, r.lang, r.inside_quotes)
        if p is None or r.name(p) != said.name:
            return None
        return Said(said.name, text[sent.start:sent.start + 40].strip() + " … " + said.evidence)
    return None


def _headline_speaker(r: _Reader, c: Claim) -> Said | None:
    """'Xi Jinping Sebut ...', 'Xi tells Putin ...', 'Putin ke Xi: ...', 'Xi Jinping: ...'."""
    text = r.text
    for vs, ve, _nya in r.verbs(c.start, c.end, "headline") + \
            r.verbs(c.start, c.end, "reporting"):
        p = r.persons_before(c.start, vs)
        if p is not None:
            return Said(r.name(p), f"{text[p.start:p.end]} … {text[vs:ve]}")
    colon = text.find(":", c.start, c.end)
    if colon > 0:
        p = nearest_subject(text, r.persons, c.start, colon, r.lang, (), r.settings)
        if p is not None and not re.search(r"\w", text[p.end:colon]):
            return Said(r.name(p), text[p.start:colon + 1])
        p = _speaker_to_addressee(r, c.start, colon)
        if p is not None:
            return Said(r.name(p), text[p.start:colon + 1])
    return None


def _coordinate_headline_speaker(r: _Reader, c: Claim) -> Said | None:
    """'Biden Meets Xi and Warns of ...', 'Momen Putin Peluk Kim dan Berjanji akan ...': the
    second predicate of a headline opens with a speech verb and shares the line's subject."""
    text = r.text
    verbs = [v for kind in ("headline", "reporting") for v in r.verbs(c.start, c.end, kind)]
    opening = [v for v in verbs if not re.search(r"\w", text[c.start:v[0]])]
    if not opening:
        return None
    line_start = text.rfind("\n", 0, c.start) + 1
    p = first_subject(text, r.persons, line_start, c.start, r.lang, r.inside_quotes)
    if p is None:
        return None
    vs, ve, _nya = opening[0]
    return Said(r.name(p), f"{text[p.start:p.end]} … {text[vs:ve]}")


def _speaker_to_addressee(r: _Reader, start: int, colon: int) -> Span | None:
    """'Putin ke Xi: ...', 'Putin to Xi: ...': a headline's speaker, then a word that governs
    an addressee and the addressee, then the colon; nothing else stands before the colon."""
    named = persons_in(r.persons, start, colon)
    if len(named) != 2 or re.search(r"\w", r.text[start:_from(named[0])]):
        return None
    between = _words(r.text[named[0].end:_from(named[1])])
    if len(between) != 1 or between[0].casefold() not in r.lang.objects or re.search(r"\w", r.text[named[1].end:colon]):
        return None
    return named[0]


@dataclass
class _ReportTrail:
    """The reported speech the next sentence of an article may go on with, where the language's
    reports run on (``speech_runs_on``): who reported speech last, in which paragraph and
    sentence; where that speaker was last credited by name; which paragraphs were all one
    speaker's, and in how many sentences."""

    speaker: str = ""
    paragraph: int = -9
    sentence: int = -9
    named_in: int = -9  # the paragraph where that report's speaker was last credited, not carried
    owner: dict[int, str] = field(default_factory=dict)  # paragraph -> its one speaker, or "" if not one
    owned: dict[int, int] = field(default_factory=dict)  # paragraph -> how many of its sentences they say

    def _may_go_on(self, r: _Reader, sent: Span, si: int) -> bool:
        """The sentence comes right after reported speech and names nobody."""
        return (r.lang.speech_runs_on and bool(self.speaker) and self.sentence == si - 1
                and not persons_in(r.persons, sent.start, sent.end))

    def goes_on(self, r: _Reader, sent: Span, si: int, para: int) -> bool:
        """A sentence that names nobody, right after reported speech in its paragraph, goes on
        with it ("Menurut dia, ... . Tak ada suporter ...", "Lebih lanjut Kapolri mengatakan,
        ... . Namun, setelah proses verifikasi ...")."""
        return (self._may_go_on(r, sent, si) and self.paragraph == para
                and (self.named_in == para
                     or not stops_a_carried_report(r.text, sent.start, sent.end, r.lang, self.speaker)))

    def carries_over(self, r: _Reader, sent: Span, si: int, para: int, settings: Settings) -> bool:
        """The first sentence of a paragraph right after a paragraph all of one speaker's, where
        the speech already ran on over two sentences or the new one opens with a pronoun ("Ia
        pun ..."), goes on with it across the break, a few paragraphs at most from where the
        speaker was credited ("Menurut Kapolda X, ... . Tak ada ... .", then "Dalam laga tak
        ada masalah."); not a sentence naming someone, with a credit or speech verb of its own,
        or one that stops a carried report (``stops_a_carried_report``)."""
        text = r.text
        return (self._may_go_on(r, sent, si) and self.paragraph < para
                and para - self.named_in <= settings.speech_carry_paragraphs
                and self.owner.get(self.paragraph) == self.speaker
                and (self.owned.get(self.paragraph, 0) >= 2 or opens_with_a_pronoun(text, sent.start, sent.end, r.lang))
                and not _according_regex(r.lang.code).search(text, sent.start, sent.end)
                and not any(not r._in_quote(vs) for kind in ("reporting", "quote")
                            for vs, _ve, _nya in r.verbs(sent.start, sent.end, kind))
                and not stops_a_carried_report(text, sent.start, sent.end, r.lang, self.speaker))

    def said_in(self, para: int, speaker: str) -> None:
        """A sentence with claims in ``para``, said by ``speaker`` ("" for the writer)."""
        self.owner[para] = speaker if self.owner.get(para, speaker) == speaker else ""
        self.owned[para] = self.owned.get(para, 0) + 1

    def reported(self, speaker: str, para: int, si: int, credited: bool) -> None:
        """Sentence ``si`` reported ``speaker``'s speech; ``credited``: by naming them, not carried."""
        self.speaker, self.paragraph, self.sentence = speaker, para, si
        if credited:
            self.named_in = para


# A transcript's speaker label: a short run of words, maybe a bracketed note ("(retranslated)",
# "(via interpreter)"), a colon, then the words spoken ("President of Russia Vladimir Putin: ...",
# "Mao Ning: ...", "Q: ...").
_LABEL = re.compile(r"(?P<label>[^\W\d_][^:\n\"“”]{0,78}?)(?P<note>[ \u00a0]*\([^()\n]{1,30}\))?:[ \u00a0]+(?=\S)")
_LABEL_WORDS = 8  # more words before the colon, and it is a sentence that announces what follows


def transcript_labels(r: "_Reader") -> list[tuple[int, Said | None]]:
    """(where a turn starts, who speaks in it), in order, for the lines of a transcript (a
    readout, a press conference) that open with a speaker label: the person the label names
    (``Said``), or None for a label that names nobody the article knows as a person ("Q:",
    "Reuters:", a journalist's outlet), which ends the turn before. A label counts only where the
    person's name closes it (after a title: "President of Indonesia Prabowo Subianto:"), so
    reported speech that ends in a colon ('Putin mengatakan: "..."') is no label. Lines of the
    body and short ones alike: a label line may hold only a greeting ("Vladimir Putin: Mr
    President, friends,"), which the page reader leaves out as no sentence."""
    out: list[tuple[int, Said | None]] = []
    forms = None  # the names the article gives its people, longest first, for a label on a short line
    for b in r.article.layer("blocks"):
        if b.label not in ("body", "furniture"):
            continue
        m = _LABEL.match(r.text, b.start, b.end)
        if m is None or len(m.group("label").split()) > _LABEL_WORDS:
            continue
        end = m.end("label")
        person = next((p for p in r.persons if m.start() <= p.start and p.end == end), None)
        label = m.group("label")
        if person is None and forms is None:
            # (a short line is not read for persons: its name is looked up among the article's)
            forms = sorted({(p.attrs.get("surface") or r.name(p), r.name(p)) for p in r.persons},
                           key=lambda f: (-len(f[0]), f))
        name = r.name(person) if person is not None else next(
            (n for f, n in forms if label.endswith(f) and (len(label) == len(f) or not label[-len(f) - 1].isalnum())), "")
        if name:
            out.append((b.start, Said(name, f"{r.text[m.start():m.end()].strip()} (a transcript's speaker label)")))
        elif out and not any(w.casefold() in r.lang.stopwords for w in m.group("label").split()):
            out.append((b.start, None))  # another speaker's turn (a question) once the page is a transcript
    return out


def assign_speakers(article: Article, settings: Settings = DEFAULT) -> None:
    r = _Reader(article, settings)
    text, quotes = r.text, r.quotes
    labels = transcript_labels(r)
    # posts embedded from a social network (clean._embedded_posts): the account says them
    posts = [(b.start, b.end, b.attrs["post_by"]) for b in article.layer("blocks")
             if b.label == "body" and b.attrs.get("post_by")]
    turn: Said | None = None  # the transcript speaker whose turn a paragraph is in
    turn_para = -1
    next_label = 0
    by_sentence: dict[int, list[Claim]] = {}
    others: list[Claim] = []
    for c in article.claims:
        if c.claim_type in ("headline", "caption") or c.sentence < 0:
            others.append(c)
        else:
            by_sentence.setdefault(c.sentence, []).append(c)
    trail = _ReportTrail()
    for si, sent in enumerate(r.sentences):
        claims = by_sentence.get(si, [])
        para = r.paragraph_of(sent.start)
        if labels and para != turn_para:
            # a labelled line starts a turn; the paragraphs after it go on with it
            turn_para = para
            while next_label < len(labels) and labels[next_label][0] <= sent.start:
                turn = labels[next_label][1]
                next_label += 1
        back = r.credits_the_sentence_before(sent)
        if back is not None:
            for c in by_sentence.get(si - 1, []):
                if not c.speaker and c.split in INHERITING_SPLITS:
                    c.speaker, c.speaker_evidence = back.name, back.evidence
        whole = r.sentence_credit(sent)
        frames = None  # computed on demand: the sentence's speech verbs and their subjects
        spoke = ""
        going_on = trail.goes_on(r, sent, si, para)
        carried = trail.carries_over(r, sent, si, para, settings)
        opener = opener_end(text, sent.start, sent.end, r.lang)
        credited = False  # a claim of the sentence has a speaker of its own, not carried
        before_said = None  # the speaker of the sentence's claim before, if it has one
        for c in claims:
            qi = _quote_of(c, r.quote_index)
            quoted = _is_direct(c, r, qi, settings)
            q = quotes[qi] if qi >= 0 else None
            # the claim opens inside a quotation: the quoted words are its content, the credit its source
            opens = q is not None and q.start <= c.start + 1 and c.start < q.end - 1
            credit = r.quote_credit(qi) if q is not None and (quoted or opens) else None
            if credit is None and q is not None and (quoted or opens):
                credit = r.earlier_credit(qi)
            # a quotation with nothing to credit it, alone in its paragraph, goes on with the speech before
            pi = r.paragraph_of(q.start) if q is not None else -1
            alone = quoted and credit is None and pi >= 0 and text[q.start] in OPENING_MARKS and r.coverage.share(
                r.paragraphs[pi].start, r.paragraphs[pi].end) >= settings.standalone_quote_share
            direct = (quoted or opens) and credit is not None or alone
            said = credit if direct and credit is not None and credit.name else None
            if said is None:
                said = whole
            if said is None and credit is not None and credit.name:
                # a quotation and its credit in one claim: '"...," kata Trump kepada wartawan'
                said = credit
            if said is None:
                if frames is None:
                    frames = r.verb_frames(sent, ())
                said = _frame_for(c, frames, r, quoted or opens)
            if said is None and opener >= 0:
                if frames is None:
                    frames = r.verb_frames(sent, ())
                said = _opener_subject(r, sent, c, frames)
            if said is None and q is not None and credit is None and c.start <= q.start and q.end <= c.end + 1:
                # a quoted phrase in a clause after reported speech ('X said officers fired when
                # people began "acting anarchically"'): the quoted words are X's, not the writer's
                if frames is None:
                    frames = r.verb_frames(sent, ())
                before = [f for f in frames if f[0] < c.start and not f[2]]
                if before:
                    said = Said(before[-1][1].name, before[-1][1].evidence + " … (a quoted phrase after it)")
            if said is not None and said.name:
                credited = True
            post = next((who for ps, pe, who in posts if ps <= c.start < pe), None) if posts else None
            if post is not None:
                said = Said(post, f"an embedded post signed by {post}")
            if said is None and turn is not None:
                said = turn
            if said is None and alone and trail.speaker and para - trail.paragraph <= 1 and r.focus == trail.speaker:
                said = Said(trail.speaker, "continues the speech reported before")
            if said is None and going_on and c.split in INHERITING_SPLITS:
                said = Said(trail.speaker, "goes on with the report of the sentence before")
            if said is None and carried and c.split in INHERITING_SPLITS:
                said = Said(trail.speaker, "goes on with the report of the paragraph before")
            if (said is None and before_said is not None and c.split == "participial"
                    and any(vs == c.start for vs, _ve, _nya in r.verbs(c.start, c.end, "reporting"))):
                # a speech verb split off the claim before it ('"...," katanya menambahkan bahwa ...',
                # '"...," he said, adding that ...'): its subject is that claim's speaker
                said = Said(before_said.name, "adds to the claim before, in the same sentence")
            if said is None and before_said is not None and c.split == "frame":
                # the credit cut off a quotation, with where and when it was said ('," kata Xi di
                # Kazan, Rabu'): who speaks in it is who the quotation is credited to
                said = Said(before_said.name, before_said.evidence + " … (the credit of the quotation before it)")
            before_said = said if said is not None and said.name else None
            c.speaker = said.name if said else ""
            c.speaker_evidence = said.evidence if said and said.name else ""
            # a transcript's words are the speaker's own, as a quotation's are
            c.claim_type = "quote" if direct or (turn is not None and said is turn) or post is not None else "statement"
            if c.speaker:
                spoke = c.speaker
        if claims:
            trail.said_in(para, spoke)
        if spoke:
            r.focus = spoke
            trail.reported(spoke, para, si, credited)
        else:
            p = first_subject(text, r.persons, sent.start, sent.end, r.lang, r.inside_quotes)
            if p is not None:
                r.focus = r.name(p)
    prev = None  # the headline or caption claim before, and who says it
    for c in others:
        said = _headline_speaker(r, c) if c.claim_type == "headline" else None
        if said is None and c.claim_type == "caption":
            whole = r.sentence_credit(Span(c.start, c.end))
            frames = [f for f in r.verb_frames(Span(c.start, c.end)) if not f[2]]
            said = whole or (frames[0][1] if frames else None)
        if said is None and prev is not None and prev[1] is not None and c.split in INHERITING_SPLITS \
                and c.split != "main" and prev[0].claim_type == c.claim_type and prev[0].end <= c.start \
                and "\n" not in text[prev[0].end:c.start]:
            # the second half of a split headline or caption ('Mayor tells council budget is short
            # but taxes will not rise'): its line's speaker says it too
            said = Said(prev[1].name, prev[1].evidence + " … (the same line)")
        if said is None and c.claim_type == "headline" and c.split == "coordinate":
            said = _coordinate_headline_speaker(r, c)
        prev = (c, said if said is not None and said.name else None)
        c.speaker = said.name if said else ""
        c.speaker_evidence = said.evidence if said else ""
    article.add("speakers", [Span(c.start, c.end, "speaker", {"claim": c.id, "name": c.speaker,
                                                              "evidence": c.speaker_evidence})
                             for c in article.claims if c.speaker])
