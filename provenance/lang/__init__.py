"""The one loader of language knowledge.

Everything the pipeline knows about a language (calendar words, speech verbs,
clause connectives, boilerplate markers, attribution cues) and about the world
(sources, outlets, entities, the paraphrase lexicon) lives in data files under
``provenance/data``. This module reads them once and hands out frozen objects;
no other module opens a data file. Adding a language is adding a folder
``data/<code>/`` with the same files and its code to ``LANGUAGES``.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def _data_path(*parts: str):
    path = resources.files("provenance").joinpath("data")
    for part in parts:
        path = path.joinpath(part)
    return path


def _read_toml(*parts: str) -> dict:
    with _data_path(*parts).open("rb") as fh:
        return tomllib.load(fh)


def read_data_toml(*parts: str) -> dict:
    """A TOML file under provenance/data, for modules that keep a model or table there."""
    return _read_toml(*parts)


def read_data_bytes(*parts: str) -> bytes:
    """A binary file under provenance/data (a vector table)."""
    return _data_path(*parts).read_bytes()


def _read_list(*parts: str) -> tuple[str, ...]:
    """A word list: one entry a line, '#' starts a comment."""
    out = []
    for line in _data_path(*parts).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@dataclass(frozen=True)
class Cue:
    """One attribution cue pattern: its kind and its compiled regex."""

    kind: str
    pattern: str
    regex: re.Pattern


@dataclass(frozen=True, eq=False)
class AttributionWords:
    """The words of attribution.toml besides its cue patterns (see that file)."""

    report_verbs: tuple[str, ...] = ()  # a body reports through them ("BNPB mencatat")
    between: tuple[str, ...] = ()  # may stand between a body and its verb
    statement_nouns: tuple[str, ...] = ()  # '," tulis keterangan resmi Gedung Putih'
    addressee_verbs: frozenset[str] = frozenset()  # "told Reuters": who was told, not who spoke
    told_outlet: tuple[str, ...] = ()  # "telling Antara", "kepada Antara": the outlet a speaker spoke to
    mediums: tuple[str, ...] = ()  # "dikutip dari situs CNA"
    outlet_openers: tuple[str, ...] = ()  # "dilansir", "news site": a capitalised name after them is an outlet
    staff: tuple[str, ...] = ()  # "pejabat prefektur Asagiri"
    role_links: tuple[str, ...] = ()  # tie a role to the body after it: "a spokeswoman for the health ministry"
    relative_roles: tuple[str, ...] = ()  # "X, who heads the Y,": X speaks for Y
    member_links: tuple[str, ...] = ()  # "X of the Y said": X speaks for Y
    role_qualifiers: frozenset[str] = frozenset()  # "a senior official at ...": the role all the same
    continuations: tuple[str, ...] = ()  # paragraph openers that carry on the account
    topic_shifts: tuple[str, ...] = ()  # paragraph openers that turn to another matter
    title_bodies: dict[str, str] = field(default_factory=dict)  # "Kapolda" -> "Polda"
    photo_labels: tuple[str, ...] = ()  # "Foto:", "Image:" before a photo credit
    roles: tuple[str, ...] = ()  # roles in a body, beside the titles: "Kabid Humas", "official"
    possessive: str = ""  # a role tied to the body named before it: "its {role}", "{role}nya"
    passive_speech: tuple[str, ...] = ()  # "Dijelaskan pula, ...": speech with no speaker named
    body_pronouns: tuple[str, ...] = ()  # "It added", "Pihaknya menambahkan"
    anaphor: tuple[str, ...] = ()  # a body named again by its kind: "the {head}", "{head} tersebut"
    anaphor_heads: tuple[str, ...] = ()  # "ministry", "agency", "kementerian", "badan"
    alias_joiners: tuple[str, ...] = ()  # "atau", "or": a body's name, then its short form ("PT X atau XYZ")
    # words that make an anaphor's body one named before ("the same ministry", "the latter agency")
    back_references: frozenset[str] = frozenset()
    name_connectors: tuple[str, ...] = ()  # join the words of a body's name: "of", "di"
    prepositions: tuple[str, ...] = ()  # a body after them is no subject: "kepada", "to"
    place_prepositions: tuple[str, ...] = ()  # a body after them is a place: "di", "in"
    articles: tuple[str, ...] = ()  # between a cue and its source: "according to the AP"
    generic_bodies: dict[str, str] = field(default_factory=dict)  # "police", "kepolisian" -> "Police"
    generic_kinds: dict[str, frozenset[str]] = field(default_factory=dict)  # "Police" -> {"polres", "polda", ...}


@dataclass(frozen=True)
class Stemmer:
    """How matching keys reduce a word to its stem (the [stemmer] table of words.toml)."""

    reduplication: bool  # "isu-isu" -> "isu"
    suffixes: tuple[str, ...]  # longest first; one at most is stripped
    suffix_min_stem: int  # letters a suffix must leave
    prefixes: tuple[str, ...]  # longest first; the longest that matches is stripped, or none
    prefix_min_stem: int  # letters a prefix must leave
    clitics: tuple[str, ...] = ()  # particles and pronouns written onto a word ("korbannya"), longest first
    clitic_min_stem: int = 4  # letters a clitic must leave (normalize._without_clitic)

    def stem(self, word: str) -> str:
        """A light stemmer: reduplication, one suffix, then the longest prefix.

        Deliberately conservative: when the longest matching prefix would leave
        a stem shorter than ``prefix_min_stem``, the word keeps its prefix
        ("berita" stays whole rather than becoming "ita", "menang" rather than "ang").
        """
        w = word
        if self.reduplication and "-" in w:
            a, _, b = w.partition("-")
            if a == b or b.startswith(a) or a.startswith(b):  # "isu-isu", "sama-sama"
                w = a
        for suf in self.suffixes:
            if w.endswith(suf) and len(w) - len(suf) >= self.suffix_min_stem:
                w = w[: -len(suf)]
                break
        for pre in self.prefixes:
            if w.startswith(pre):
                if len(w) - len(pre) >= self.prefix_min_stem:
                    w = w[len(pre):]
                break
        return w


@dataclass(frozen=True, eq=False)
class Language:
    code: str
    abbreviations: frozenset[str]
    letter_labels: frozenset[str]  # words a single capital letter labels ("Grup C", "Group C"): no initial
    months: dict[str, int]
    weekdays: dict[str, int]
    past_markers: tuple[str, ...]
    holidays: frozenset[str]  # "idul fitri", "christmas": a feast's name, no person's (case-folded)
    as_of: tuple[str, ...]  # before a date, a count's cut-off ("hingga", "as of"): no happening's date
    day_list_links: tuple[str, ...]  # "dan", "and": "9 dan 10 Maret" names two days (a bare day first only)
    future_markers: tuple[str, ...]
    # auxiliaries that keep a past participle after a future word to come ("will be announced
    # on Friday"); without one, the participle dates what was done (``dates._future_context``)
    passive_auxiliaries: frozenset[str]
    # after such a past form, the words that make it a clause's verb ("handed down on", "arrived
    # on", "signed in"), not an adjective before its noun ("subsidised gasoline")
    past_clause_next: frozenset[str]
    weekday_lead: tuple[str, ...]  # before a bare weekday that names a day ("pada hari", "on")
    weekday_tail: tuple[str, ...]  # after a bare weekday that names a day: a part of it ("Selasa malam")
    year_lead: tuple[str, ...]  # before a bare year that names a date ("tahun", "in")
    date_order: str  # the order of a numeric date's parts: "dmy" or "mdy"
    month_before_day: bool  # a month name may stand before its day ("June 12")
    relative_days: dict[str, int]
    anchored_days: dict[str, int]  # counted from the date last named ("sehari sebelumnya")
    # the same with a number of days: "days", "earlier", "later" -> their words ("lima hari sebelumnya")
    anchored_count: dict[str, tuple[str, ...]]
    relative_periods: dict[str, tuple[str, int]]
    distance_units: dict[str, str]
    distance_fused: dict[str, tuple[str, int]]
    distance_quantities: tuple[str, ...]
    distance_after: tuple[str, ...]
    distance_before: tuple[str, ...]
    speech_verbs: frozenset[str]  # report speech wherever they stand
    quote_verbs: frozenset[str]  # credit a quotation they follow (also the reporting verbs)
    vocal_verbs: frozenset[str]  # a voice a quotation is credited to ("the crowd chanted")
    citing_verbs: frozenset[str]  # cite a quotation from an outlet or document ("dilansir", "reads")
    according: tuple[str, ...]
    anonymity: tuple[str, ...]  # "enggan disebut namanya", "who declined to be named": no one credited
    # before a speech verb, make it passive ("were reported safe"): the name before it is no speaker
    speech_passive_auxiliaries: frozenset[str]
    pronouns: frozenset[str]
    passive_speech: frozenset[str]  # passive speech verbs whose agent follows them ("disampaikan Xi")
    headline_speech: frozenset[str]  # the bare speech verbs of headlines ("Xi Jinping Sebut ...")
    objects: frozenset[str]  # after these a person is an object or addressee ("kepada Putin")
    speech_participles: frozenset[str]  # a speech verb after these, or these verbs, continue the clause before
    speech_runs_on: bool  # a sentence naming nobody after reported speech goes on with it
    object_pronouns: frozenset[str]  # third-person pronouns as objects, after "according to" ("him")
    narration_markers: tuple[str, ...]  # tell a happening in the story's sequence ("kemudian", "then")
    speech_openers: frozenset[str]  # open a sentence whose main clause's subject says its opening ("Calling it ...")
    speech_bridges: frozenset[str]  # may stand between a quotation and its credit verb ("demikian")
    agent_markers: frozenset[str]  # may stand between a passive speech verb and its agent ("oleh")
    speech_anaphora: tuple[str, ...]  # open a sentence that credits the one before ("Hal itu")
    pronoun_suffixes: tuple[str, ...]  # enclitic pronouns a verb carries ("katanya")
    ages: tuple[str, ...]  # how a description gives an age, {n} for the number ("{n}-year-old")
    name_particles: frozenset[str]  # lower-case words inside a name ("bin", "von")
    name_prefixes: frozenset[str]  # hyphenated lower-case prefixes of a name word ("al-")
    title_connectors: frozenset[str]  # join the parts of a title and its office ("dan", "of")
    title_modifiers: frozenset[str]  # a title's state written after it in lower case ("terpilih")
    # titles naming a post in a body, written with the body before the name ("Kepala
    # Roscosmos Anton Sokolov"), as case-folded word tuples; and the words that join a title
    # to its body ("head of Roscosmos Anton Sokolov")
    body_titles: frozenset[tuple[str, ...]]
    body_joiners: frozenset[str]
    honorifics: tuple[str, ...]  # titles any person may be given ("Pak", "Mr."), as titles.txt writes them
    spelling_variants: tuple[tuple[str, str], ...]  # (old, new) spellings names keep ("dj", "j")
    determiners: frozenset[str]  # open a description or a title chain ("the", "sang")
    personal_relatives: frozenset[str]  # relative pronouns for persons only ("who")
    indefinites: frozenset[str]  # a title after these names nobody in particular ("a", "seorang")
    definites: frozenset[str]  # a title after these refers back to a person ("the", "sang")
    definites_after: frozenset[str]  # ... or before these ("itu", "tersebut")
    locatives: frozenset[str]  # a capitalised run after these is a place ("di", "in")
    travel_locatives: frozenset[str]  # after these, "to" is a locative ("a visit to Hanoi")
    given_name_titles: frozenset[str]  # titles that are given names too ("Andi Sultan Rahman")
    place_linkers: frozenset[str]  # words between a locative and its place ("city of")
    occasions: tuple[str, ...]  # name a gathering a name beside them names ("summit", "KTT"), case-folded
    earlier_frames: frozenset[str]  # set a sentence at an earlier happening ("previous", "sebelumnya"), case-folded
    company_forms: frozenset[str]  # open a company's name, as written ("PT", "CV"): "PT Garuda Indonesia"
    company_suffixes: frozenset[str]  # close one, as written ("Tbk"): "PT Bank Rakyat Indonesia Tbk"
    compass_points: frozenset[str]  # "timur", "east": after a name, they make it a region's ("Flores Timur")
    ordinals: tuple[str, ...]  # how a title numbers its holder, {n} for the number ("ke-{n}")
    office_nouns: tuple[tuple[str, str], ...]  # (prefix, suffix) of nouns naming an office ("ke-...-an")
    office_noun_min: int  # the shortest such noun
    unit_prefixes: tuple[str, ...]  # make a unit of a body's word ("sub": "Subkomite")
    titles: tuple[str, ...]
    ranks: tuple[str, ...]
    offices: tuple[str, ...]
    coordinators: tuple[str, ...]
    clause_coordinators: frozenset[str]  # of those, the ones that join clauses only ("sedangkan", "whereas")
    coordinator_nouns: frozenset[tuple[str, ...]]  # ("lalu", "lintas"): a noun a coordinator's word opens
    conjunction_adverbs: frozenset[str]  # measure a conjunction of time before it ("shortly after")
    comma_coordinators: frozenset[str]  # of those, the ones that join clauses only after a comma ("sementara")
    as_markers: frozenset[str]  # open a credit before a passive speech verb (", sebagaimana disampaikan X")
    relatives: tuple[str, ...]
    auxiliaries: frozenset[str]
    verb_prefixes: tuple[str, ...]
    verb_suffixes: tuple[str, ...]
    non_verbs: frozenset[str]
    subjects: frozenset[str]
    temporal_heads: tuple[str, ...]
    duration_prepositions: frozenset[str]  # "selama", "for": a length of time after them is how long
    # words that open a sentence and never close a name: glued to a lower-case letter, they
    # start one (clauses.toml ``sentence_openers`` and the first words of ``according``)
    sentence_openers: frozenset[str]
    disjunctions: frozenset[str]
    relatives_without_comma: tuple[str, ...]
    relatives_with_subject: frozenset[str]  # open one with no comma before a subject and its verb ("tempat")
    restrictive_relatives: tuple[str, ...]
    count_heads: frozenset[str]  # "jumlah", "the death toll": a subject counting what its modifiers describe
    count_verbs: frozenset[str]  # "bertambah", "rose": the verb such a count changes by
    relative_verb_endings: tuple[str, ...]
    present_endings: tuple[str, ...]  # endings of a present-tense verb after its subject ("widens")
    present_non_endings: tuple[str, ...]  # endings that make such a word no verb ("process", "crisis")
    present_subject_links: frozenset[str]  # the one preposition such a subject may hold ("of")
    present_object_openers: frozenset[str]  # after a headline's subjectless verb, what it governs ("to")
    present_non_subjects: frozenset[str]  # prepositions: a stretch they open is no such subject ("under")
    complementizers: frozenset[str]
    subordinators: frozenset[str]
    conditionals: frozenset[str]
    absolutes: frozenset[str]
    absolutes_without_comma: frozenset[str]  # of those, the ones that open one with no comma ("with")
    adverb_openers: frozenset[str]
    bare_verbs: frozenset[str]
    headline_verbs: frozenset[str]  # verbs as a headline writes them, with no prefix ("Tangkap")
    headline_verb_shapes: tuple[tuple[str, tuple[str, ...], int], ...]  # (prefix, suffixes, min stem)
    headline_noun_shapes: tuple[tuple[str, tuple[str, ...], int], ...]  # of those shapes, nouns
    participles: tuple[tuple[str, tuple[str, ...], int], ...]  # (prefix, suffixes, min stem)
    approximators: tuple[str, ...]
    circumstance_words: frozenset[str]
    circumstance_prepositions: frozenset[str]  # open a phrase of place, time or measure after the verb
    figure_qualifiers: tuple[str, ...]  # open with one of those but qualify a figure ("at least")
    occasion_prepositions: frozenset[str]  # of those, purpose or occasion ("for", "untuk")
    noun_complement_prepositions: frozenset[str]  # of those, most often completing a noun ("on")
    bound_prepositions: tuple[str, ...]  # bind a reason or exchange to the clause ("in exchange for")
    inclusion_markers: tuple[str, ...]  # open a list of what a clause includes ("including")
    breakdown_markers: tuple[str, ...]  # after a comma, open the parts of a total told before ("dengan rincian")
    occurrence_verbs: frozenset[str]  # say that an event happened, and so when or where ("terjadi", "struck")
    event_nouns: frozenset[str]  # name a happening, which a subject may date ("gempa", "flood")
    concurrent_markers: tuple[str, ...]  # after a comma, open what happened at the same time ("bersamaan dengan", "amid")
    role_markers: frozenset[str]  # open the role a clause's act gives its subject ("sebagai", "as")
    ranking_markers: tuple[str, ...]  # place a thing among others of its kind ("salah satu", "one of")
    superlatives: frozenset[str]  # words that rank a thing first of its kind ("terburuk", "deadliest", "most")
    copulas: frozenset[str]  # link a subject to what it is ("merupakan", "was")
    unique_markers: tuple[str, ...]  # single a thing out of its kind ("satu-satunya", "the only")
    unique_prepositions: frozenset[str]  # govern such a phrase after a clause ("bagi", "for")
    unique_links: tuple[str, ...]  # open the clause that says what singles it out ("yang", "to")
    result_markers: frozenset[str]  # before a verb, open a clause of result ("hingga memicu")
    cause_prepositions: tuple[str, ...]  # open a phrase of cause ("akibat", "due to")
    personal_pronouns: frozenset[str]
    list_conjunctions: frozenset[str]
    sourcing_verbs: frozenset[str]
    appositive_markers: frozenset[str]
    demonstratives: frozenset[str]
    manner_markers: frozenset[str]
    nominalized: tuple[tuple[str, tuple[str, ...], int], ...]  # (prefix, suffixes, min stem)
    purposes: frozenset[str]
    function_words: frozenset[str]
    stopwords: frozenset[str]
    person_nouns: frozenset[str]
    stemmer: Stemmer
    section_headers: frozenset[str]
    line_prefixes: tuple[str, ...]
    exact_lines: frozenset[str]
    byline_labels: frozenset[str]
    cue_patterns: tuple[tuple[str, str], ...]  # (kind, pattern with {source})
    photo_patterns: tuple[str, ...]
    attribution: AttributionWords = AttributionWords()

    @cached_property
    def telling_verbs(self) -> frozenset[str]:
        """Every verb that tells a speaking or where a fact came from: speech, a quotation's
        credit, sourcing ("kata", "said", "dikutip"). A clause after one tells who said it,
        not the fact (claims' credit cuts, the earlier-count reading of discrepancies)."""
        return self.speech_verbs | self.quote_verbs | self.sourcing_verbs

    def is_verb(self, word: str) -> bool:
        """A predicate by its shape: an Indonesian verb prefix, an English -ed, or a speech verb."""
        w = word.casefold()
        if w in self.non_verbs or len(w) < 4:
            return w in self.speech_verbs
        if w in self.speech_verbs or w in self.auxiliaries:
            return True
        for p in self.verb_prefixes:
            if w.startswith(p) and len(w) >= len(p) + 3:
                return True
        for s in self.verb_suffixes:
            if w.endswith(s) and len(w) >= len(s) + 3:
                return True
        return False

    def is_predicate(self, word: str) -> bool:
        """A word that can head a clause's predicate: a verb by its shape, an unaffixed
        verb from the list, or an auxiliary (short ones too: "is", "has", "tak"); not a
        nominalised verb ("berakhirnya")."""
        w = word.casefold()
        if w in self.auxiliaries or w in self.bare_verbs:
            return True
        return self.is_verb(w) and not _has_shape(w, self.nominalized)

    def is_headline_verb(self, word: str) -> bool:
        """A verb as a title-case headline writes it, without the prefix running text gives it
        ("Tangkap", "Tetapkan"): one of ``headline_verbs``, or of ``headline_verb_shapes`` and
        none of ``headline_noun_shapes``."""
        w = word.casefold()
        if w in self.headline_verbs:
            return True
        if w in self.non_verbs or w in self.stopwords:
            return False
        return _has_shape(w, self.headline_verb_shapes) and not _has_shape(w, self.headline_noun_shapes)

    def is_participle(self, word: str) -> bool:
        """A verb form that opens a participial clause (", menjadikan ...", ", saying ...")."""
        w = word.casefold()
        return w not in self.non_verbs and _has_shape(w, self.participles) and not _has_shape(w, self.nominalized)


def _longest_first_exact(words) -> tuple[str, ...]:
    """Affixes as written, longest first (so the first that fits is the longest)."""
    return tuple(sorted(dict.fromkeys(words), key=lambda w: (-len(w), w)))


def _shapes(entries) -> tuple[tuple[str, tuple[str, ...], int], ...]:
    """Word shapes from a data table: (prefix, suffixes, letters at least between them)."""
    return tuple((e.get("prefix", ""), tuple(e.get("suffixes", ())), int(e["min_stem"])) for e in entries)


def _has_shape(word: str, shapes) -> bool:
    for prefix, suffixes, min_stem in shapes:
        if not word.startswith(prefix):
            continue
        stem = word[len(prefix):]
        if suffixes:
            ending = next((s for s in suffixes if stem.endswith(s)), None)
            if ending is None:
                continue
            stem = stem[:len(stem) - len(ending)]
        if len(stem) >= min_stem and stem.replace("-", "").isalpha():
            return True
    return False


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The frozen language data for ``code`` (``id`` or ``en``)."""
    if code not in LANGUAGES:
        code = DEFAULT_LANGUAGE
    cal = _read_toml(code, "calendar.toml")
    speech = _read_toml(code, "speech.toml")
    names = _read_toml(code, "names.toml")
    clauses = _read_toml(code, "clauses.toml")
    words = _read_toml(code, "words.toml")
    bp = _read_toml(code, "boilerplate.toml")
    att = _read_toml(code, "attribution.toml")
    rel = cal.get("relative", {})
    dist = cal.get("distance", {})
    titles = sorted(_read_list(code, "titles.txt"), key=len, reverse=True)
    ranks = sorted(_read_list(code, "ranks.txt"), key=len, reverse=True)
    offices = sorted(_read_list(code, "offices.txt"), key=len, reverse=True)
    return Language(
        code=code,
        abbreviations=frozenset(a.casefold() for a in _read_list(code, "abbreviations.txt")),
        letter_labels=frozenset(a.casefold() for a in _read_list(code, "letter_labels.txt")),
        months={k.casefold(): int(v) for k, v in cal["months"].items()},
        weekdays={k.casefold(): int(v) for k, v in cal["weekdays"].items()},
        past_markers=tuple(rel.get("past_markers", ())),
        holidays=frozenset(h.casefold() for h in cal.get("holidays", {}).get("names", ())),
        as_of=tuple(cal.get("as_of", ())),
        day_list_links=tuple(cal.get("day_ranges", {}).get("listed", ())),
        future_markers=tuple(rel.get("future_markers", ())),
        passive_auxiliaries=frozenset(rel.get("passive_auxiliaries", ())),
        past_clause_next=frozenset(rel.get("past_clause_next", ())),
        weekday_lead=tuple(rel["weekday_lead"]),
        weekday_tail=tuple(rel.get("weekday_tail", ())),
        year_lead=tuple(cal["year_lead"]),
        date_order=cal["date_order"],
        month_before_day=bool(cal["month_before_day"]),
        relative_days={k: int(v) for k, v in rel.get("days", {}).items()},
        anchored_days={k: int(v) for k, v in rel.get("anchored", {}).items()},
        anchored_count={k: tuple(v) for k, v in rel.get("anchored_count", {}).items()},
        relative_periods={k: (v[0], int(v[1])) for k, v in rel.get("periods", {}).items()},
        distance_units=dict(dist.get("units", {})),
        distance_fused={k: (v[0], int(v[1])) for k, v in dist.get("fused", {}).items()},
        distance_quantities=tuple(dist.get("quantity_words", ())),
        distance_after=tuple(dist.get("after", ())),
        distance_before=tuple(dist.get("before", ())),
        speech_verbs=frozenset(v.casefold() for v in speech["reporting"]),
        quote_verbs=frozenset(v.casefold() for v in [*speech["reporting"], *speech.get("after_quote", [])]),
        vocal_verbs=frozenset(v.casefold() for v in speech.get("vocal", ())),
        citing_verbs=frozenset(v.casefold() for v in speech.get("citing", ())),
        according=tuple(speech.get("according", ())),
        anonymity=tuple(speech.get("anonymity", ())),
        speech_passive_auxiliaries=frozenset(w.casefold() for w in speech.get("passive_auxiliaries", ())),
        pronouns=frozenset(speech.get("pronouns", ())),
        passive_speech=frozenset(v.casefold() for v in speech.get("passive", ())),
        headline_speech=frozenset(v.casefold() for v in speech.get("headline", ())),
        objects=frozenset(v.casefold() for v in speech.get("objects", ())),
        speech_participles=frozenset(v.casefold() for v in speech.get("participles", ())),
        speech_runs_on=bool(speech.get("runs_on", False)),
        object_pronouns=frozenset(v.casefold() for v in speech.get("object_pronouns", ())),
        narration_markers=tuple(speech.get("narration", ())),
        speech_openers=frozenset(v.casefold() for v in speech.get("openers", ())),
        speech_bridges=frozenset(speech.get("bridges", ())),
        agent_markers=frozenset(speech.get("agents", ())),
        speech_anaphora=tuple(speech.get("anaphora", ())),
        pronoun_suffixes=tuple(speech.get("pronoun_suffixes", ())),
        ages=tuple(speech.get("ages", ())),
        name_particles=frozenset(names.get("particles", ())),
        name_prefixes=frozenset(names.get("prefixes", ())),
        title_connectors=frozenset(names.get("connectors", ())),
        title_modifiers=frozenset(names.get("title_modifiers", ())),
        body_titles=frozenset(tuple(t.casefold().split()) for t in names.get("body_titles", ())),
        body_joiners=frozenset(names.get("body_joiners", ())),
        honorifics=tuple(names["honorifics"]),
        spelling_variants=tuple((a, b) for a, b in names["spelling_variants"]),
        determiners=frozenset(names.get("determiners", ())),
        personal_relatives=frozenset(names.get("personal_relatives", ())),
        indefinites=frozenset(names.get("indefinite", ())),
        definites=frozenset(names.get("definite", ())),
        definites_after=frozenset(names.get("definite_after", ())),
        locatives=frozenset(names.get("locatives", ())),
        travel_locatives=frozenset(names.get("travel_locatives", ())),
        given_name_titles=frozenset(names.get("given_name_titles", ())),
        place_linkers=frozenset(names.get("place_linkers", ())),
        occasions=tuple(w.casefold() for w in names.get("occasions", ())),
        earlier_frames=frozenset(w.casefold() for w in names.get("earlier_frames", ())),
        company_forms=frozenset(names.get("company_forms", ())),
        company_suffixes=frozenset(names.get("company_suffixes", ())),
        compass_points=frozenset(w.casefold() for w in names.get("compass_points", ())),
        ordinals=tuple(names.get("ordinals", ())),
        office_nouns=tuple((a, b) for a, b in names.get("office_nouns", ())),
        office_noun_min=int(names.get("office_noun_min", 0)),
        unit_prefixes=tuple(w.casefold() for w in names.get("unit_prefixes", ())),
        titles=tuple(titles),
        ranks=tuple(ranks),
        offices=tuple(offices),
        coordinators=tuple(clauses["coordinators"]),
        clause_coordinators=frozenset(clauses["clause_coordinators"]),
        coordinator_nouns=frozenset(tuple(w.split()) for w in clauses.get("coordinator_nouns", ())),
        conjunction_adverbs=frozenset(clauses.get("conjunction_adverbs", ())),
        comma_coordinators=frozenset(clauses.get("comma_coordinators", ())),
        as_markers=frozenset(clauses.get("as_markers", ())),
        relatives=tuple(clauses["relatives"]),
        auxiliaries=frozenset(clauses["auxiliaries"]),
        verb_prefixes=tuple(sorted(clauses.get("verb_prefixes", ()), key=len, reverse=True)),
        verb_suffixes=tuple(clauses.get("verb_suffixes", ())),
        non_verbs=frozenset(clauses.get("non_verbs", ())),
        subjects=frozenset(clauses.get("subjects", ())),
        temporal_heads=tuple(clauses.get("temporal_heads", ())),
        duration_prepositions=frozenset(clauses.get("duration_prepositions", ())),
        sentence_openers=frozenset(w.casefold() for w in (
            *clauses["sentence_openers"], *(a.split()[0] for a in speech.get("according", ())))),
        disjunctions=frozenset(clauses.get("disjunctions", ())),
        relatives_without_comma=tuple(clauses.get("relatives_without_comma", ())),
        relatives_with_subject=frozenset(clauses["relatives_with_subject"]),
        restrictive_relatives=tuple(clauses["restrictive_relatives"]),
        count_heads=frozenset(clauses.get("count_heads", ())),
        count_verbs=frozenset(clauses.get("count_verbs", ())),
        relative_verb_endings=tuple(clauses["relative_verb_endings"]),
        present_endings=tuple(clauses["present_endings"]),
        present_non_endings=tuple(clauses["present_non_endings"]),
        present_subject_links=frozenset(clauses["present_subject_links"]),
        present_object_openers=frozenset(clauses["present_object_openers"]),
        present_non_subjects=frozenset(clauses["present_non_subjects"]),
        complementizers=frozenset(clauses.get("complementizers", ())),
        subordinators=frozenset(clauses.get("subordinators", ())),
        conditionals=frozenset(clauses.get("conditionals", ())),
        absolutes=frozenset(clauses.get("absolutes", ())),
        absolutes_without_comma=frozenset(clauses["absolutes_without_comma"]),
        adverb_openers=frozenset(clauses.get("adverb_openers", ())),
        bare_verbs=frozenset(clauses.get("bare_verbs", ())),
        headline_verbs=frozenset(clauses.get("headline_verbs", ())),
        headline_verb_shapes=_shapes(clauses.get("headline_verb_shapes", ())),
        headline_noun_shapes=_shapes(clauses.get("headline_noun_shapes", ())),
        participles=_shapes(clauses.get("participles", ())),
        approximators=tuple(clauses.get("approximators", ())),
        circumstance_words=frozenset(clauses.get("circumstance_words", ())),
        circumstance_prepositions=frozenset(clauses.get("circumstance_prepositions", ())),
        figure_qualifiers=tuple(clauses.get("figure_qualifiers", ())),
        occasion_prepositions=frozenset(clauses.get("occasion_prepositions", ())),
        noun_complement_prepositions=frozenset(clauses.get("noun_complement_prepositions", ())),
        bound_prepositions=tuple(clauses.get("bound_prepositions", ())),
        inclusion_markers=tuple(clauses.get("inclusion_markers", ())),
        occurrence_verbs=frozenset(clauses["occurrence_verbs"]),
        event_nouns=frozenset(clauses["event_nouns"]),
        breakdown_markers=tuple(clauses["breakdown_markers"]),
        concurrent_markers=tuple(clauses["concurrent_markers"]),
        role_markers=frozenset(clauses["role_markers"]),
        ranking_markers=tuple(clauses["ranking_markers"]),
        superlatives=frozenset(clauses["superlatives"]),
        copulas=frozenset(clauses["copulas"]),
        unique_markers=tuple(clauses["unique_markers"]),
        unique_prepositions=frozenset(clauses["unique_prepositions"]),
        unique_links=tuple(clauses["unique_links"]),
        result_markers=frozenset(clauses.get("result_markers", ())),
        cause_prepositions=tuple(clauses.get("cause_prepositions", ())),
        personal_pronouns=frozenset(clauses.get("personal_pronouns", ())),
        list_conjunctions=frozenset(clauses.get("list_conjunctions", ())),
        sourcing_verbs=frozenset(clauses.get("sourcing_verbs", ())),
        appositive_markers=frozenset(clauses.get("appositive_markers", ())),
        demonstratives=frozenset(clauses.get("demonstratives", ())),
        manner_markers=frozenset(clauses.get("manner_markers", ())),
        nominalized=_shapes(clauses.get("nominalized", ())),
        purposes=frozenset(clauses.get("purposes", ())),
        function_words=frozenset(words["function_words"]),
        stopwords=frozenset(words["stopwords"]),
        person_nouns=frozenset(words.get("person_nouns", ())),
        stemmer=Stemmer(
            reduplication=bool(words["stemmer"]["reduplication"]),
            suffixes=_longest_first_exact(words["stemmer"]["suffixes"]),
            suffix_min_stem=int(words["stemmer"]["suffix_min_stem"]),
            prefixes=_longest_first_exact(words["stemmer"]["prefixes"]),
            prefix_min_stem=int(words["stemmer"]["prefix_min_stem"]),
            clitics=_longest_first_exact(words["stemmer"].get("clitics", ())),
            clitic_min_stem=int(words["stemmer"].get("clitic_min_stem", 4)),
        ),
        section_headers=frozenset(bp["section_headers"]),
        line_prefixes=tuple(bp["line_prefixes"]) + tuple(bp.get("syndication", ())),
        exact_lines=frozenset(bp["exact_lines"]),
        byline_labels=frozenset(bp["byline_labels"]),
        cue_patterns=tuple((c["kind"], p) for c in att.get("cue", []) for p in c["patterns"]),
        photo_patterns=tuple(att.get("photo", {}).get("patterns", ())),
        attribution=AttributionWords(
            report_verbs=tuple(att.get("said", {}).get("report_verbs", ())),
            between=tuple(att.get("said", {}).get("between", ())),
            statement_nouns=tuple(att.get("said", {}).get("statement_nouns", ())),
            addressee_verbs=frozenset(att.get("said", {}).get("addressee_verbs", ())),
            told_outlet=tuple(att.get("said", {}).get("told_outlet", ())),
            mediums=tuple(att.get("words", {}).get("mediums", ())),
            outlet_openers=tuple(att.get("words", {}).get("outlet_openers", ())),
            staff=tuple(att.get("words", {}).get("staff", ())),
            role_links=tuple(att.get("words", {}).get("role_links", ())),
            relative_roles=tuple(att.get("words", {}).get("relative_roles", ())),
            member_links=tuple(att.get("words", {}).get("member_links", ())),
            role_qualifiers=frozenset(w.casefold() for w in att.get("words", {}).get("role_qualifiers", ())),
            continuations=tuple(att.get("words", {}).get("continuations", ())),
            topic_shifts=tuple(att.get("words", {}).get("topic_shifts", ())),
            title_bodies=dict(att.get("title_bodies", {})),
            photo_labels=tuple(att.get("photo", {}).get("labels", ())),
            roles=tuple(att.get("words", {}).get("roles", ())),
            possessive=att.get("words", {}).get("possessive", ""),
            passive_speech=tuple(att.get("words", {}).get("passive_speech", ())),
            body_pronouns=tuple(att.get("words", {}).get("body_pronouns", ())),
            anaphor=tuple(att.get("words", {}).get("anaphor", ())),
            anaphor_heads=tuple(att.get("words", {}).get("anaphor_heads", ())),
            back_references=frozenset(att.get("words", {}).get("back_references", ())),
            alias_joiners=tuple(att.get("words", {}).get("alias_joiners", ())),
            name_connectors=tuple(att["words"]["name_connectors"]),
            prepositions=tuple(att["words"]["prepositions"]),
            place_prepositions=tuple(att["words"]["place_prepositions"]),
            articles=tuple(att["words"]["articles"]),
            generic_bodies=dict(att.get("generic_bodies", {})),
            generic_kinds={k: frozenset(w.casefold() for w in v) for k, v in att.get("generic_kinds", {}).items()},
        ),
    )


# ---------------------------------------------------------------- page words


@dataclass(frozen=True, eq=False)
class PageWords:
    """The words page-furniture and page-metadata rules need (``data/<lang>/boilerplate.toml``),
    lowercase; ``page_words()`` without a code merges every language, since pages mix them."""

    syndication: tuple[str, ...]
    byline_labels: frozenset[str]
    byline_roles: tuple[str, ...]  # a writer's role after the name and a comma ("Jane Roe, Contributor, Medan")
    credit_roles: tuple[str, ...]
    name_joiners: tuple[str, ...]
    name_particles: tuple[str, ...]
    byline_openers: tuple[str, ...]
    contributor_phrases: tuple[str, ...]
    rights_phrases: tuple[str, ...]  # a rights notice anywhere in a short line ("All Rights Reserved")
    editor_tags: frozenset[str]
    kickers: frozenset[str]
    promo_openers: tuple[str, ...]
    promo_words: tuple[str, ...]
    photo_labels: tuple[str, ...]
    photo_words: frozenset[str]
    photo_via: tuple[str, ...]
    photo_connectors: frozenset[str]
    positions: frozenset[str]
    illustration: tuple[str, ...]
    archive: tuple[str, ...]  # "FILE - ...", "(AP Photo/..., File)", "foto arsip": a picture from before the story
    published_labels: tuple[str, ...]
    updated_labels: tuple[str, ...]
    zones: tuple[str, ...]
    clock_words: tuple[str, ...]
    range_words: tuple[str, ...]
    source_labels: tuple[str, ...]  # "Sumber: Antara", "Source: Reuters"
    desks: frozenset[str]  # a byline that names a desk, not a person ("News Desk", "Tim Redaksi")
    checked_labels: frozenset[str]  # a fact-check's label over the claim it checks ("Narasi yang beredar")
    finding_labels: frozenset[str]  # ... and over what it found ("Penjelasan", "Kesimpulan")
    verdict_labels: frozenset[str]  # a fact-check's verdict in brackets before its headline ("HOAKS")
    name_suffixes: frozenset[str]  # degrees after a name and a comma ("M.T.", "PhD"), spaces left out
    # words of a public body's formal name as its own site prints it over the page ("Republik
    # Indonesia", "Republic of"): such a line is the publisher's masthead, not a headline
    body_name_markers: tuple[str, ...] = ()
    desk_joiners: tuple[str, ...] = ()  # a desk's byline to the wire it drew on: "Ledger Staff, with Reuters"
    photo_counters: tuple[str, ...] = ()  # a gallery's counter before a caption: "Item" 1 "of" 2
    photo_counter_of: tuple[str, ...] = ()
    # a link's label a scraped caption ends with, after its credit ("Purchase Licensing Rights, opens new tab")
    photo_link_labels: tuple[str, ...] = ()
    menu_items: frozenset[str] = frozenset()  # a site's sections ("Beranda", "Politik", "World"), case-folded


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for w in words}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def page_words(code: str | None = None) -> PageWords:
    codes = LANGUAGES if code is None else (code if code in LANGUAGES else DEFAULT_LANGUAGE,)
    merged: dict[str, list[str]] = {}

    def put(key, words):
        merged.setdefault(key, []).extend(words)

    for c in codes:
        bp = _read_toml(c, "boilerplate.toml")
        for key in ("syndication", "byline_labels", "byline_openers", "contributor_phrases", "rights_phrases",
                    "editor_tags", "kickers",
                    "credit_roles", "name_joiners", "name_particles", "source_labels", "desks", "byline_roles",
                    "checked_labels", "finding_labels", "verdict_labels", "name_suffixes", "body_name_markers",
                    "menu_items"):
            put(key, bp.get(key, ()))
        promo, photo, stamp = bp.get("promo", {}), bp.get("photo", {}), bp.get("stamp", {})
        put("promo_openers", promo.get("openers", ()))
        put("promo_words", promo.get("words", ()))
        put("photo_labels", photo.get("credit_labels", ()))
        put("photo_words", photo.get("credit_words", ()))
        put("photo_via", photo.get("via", ()))
        put("photo_connectors", photo.get("connectors", ()))
        put("desk_joiners", bp.get("desk_joiners", ()))
        put("photo_counters", photo.get("counters", ()))
        put("photo_counter_of", photo.get("counter_of", ()))
        put("photo_link_labels", photo.get("link_labels", ()))
        put("positions", photo.get("positions", ()))
        put("illustration", photo.get("illustration", ()))
        put("archive", photo.get("archive", ()))
        put("published_labels", stamp.get("published", ()))
        put("updated_labels", stamp.get("updated", ()))
        put("zones", stamp.get("zones", ()))
        put("clock_words", stamp.get("clock_words", ()))
        put("range_words", stamp.get("range_words", ()))
    get = lambda k: merged.get(k, [])  # noqa: E731
    return PageWords(
        syndication=_longest_first(get("syndication")),
        byline_labels=frozenset(w.casefold() for w in get("byline_labels")),
        byline_roles=_longest_first(get("byline_roles")),
        credit_roles=_longest_first(get("credit_roles")),
        name_joiners=_longest_first(get("name_joiners")),
        name_particles=_longest_first(get("name_particles")),
        byline_openers=_longest_first(get("byline_openers")),
        contributor_phrases=_longest_first(get("contributor_phrases")),
        rights_phrases=_longest_first(w.casefold() for w in get("rights_phrases")),
        editor_tags=frozenset(w.casefold() for w in get("editor_tags")),
        kickers=frozenset(w.casefold() for w in get("kickers")),
        promo_openers=_longest_first(get("promo_openers")),
        promo_words=_longest_first(get("promo_words")),
        photo_labels=_longest_first(get("photo_labels")),
        photo_words=frozenset(w.casefold() for w in get("photo_words")),
        photo_via=_longest_first(get("photo_via")),
        photo_connectors=frozenset(w.casefold() for w in get("photo_connectors")),
        positions=frozenset(w.casefold() for w in get("positions")),
        illustration=_longest_first(get("illustration")),
        archive=_longest_first(get("archive")),
        published_labels=_longest_first(get("published_labels")),
        updated_labels=_longest_first(get("updated_labels")),
        # zones keep their case: "WIT" is a zone, "wit" a word
        zones=tuple(sorted(set(get("zones")), key=lambda w: (-len(w), w))),
        clock_words=_longest_first(get("clock_words")),
        range_words=_longest_first(get("range_words")),
        source_labels=_longest_first(get("source_labels")),
        desks=frozenset(w.casefold() for w in get("desks")),
        checked_labels=frozenset(w.casefold() for w in get("checked_labels")),
        finding_labels=frozenset(w.casefold() for w in get("finding_labels")),
        verdict_labels=frozenset(w.casefold() for w in get("verdict_labels")),
        name_suffixes=frozenset(w.casefold().replace(" ", "") for w in get("name_suffixes")),
        body_name_markers=_longest_first(w.casefold() for w in get("body_name_markers")),
        desk_joiners=_longest_first(get("desk_joiners")),
        photo_counters=_longest_first(get("photo_counters")),
        photo_counter_of=_longest_first(get("photo_counter_of")),
        photo_link_labels=_longest_first(get("photo_link_labels")),
        menu_items=frozenset(w.casefold() for w in get("menu_items")),
    )


@lru_cache(maxsize=None)
def degrees_after_a_name() -> re.Pattern:
    """The academic and professional degrees written after a name and a comma, in any language
    (boilerplate.toml ``name_suffixes``: "Sp.PD", "M.Si.", "S.H.", "PhD"), each with or without its
    last full stop, as whole words, in any case."""
    forms = {d.rstrip(".") for d in page_words().name_suffixes}
    return re.compile(rf"(?<![\w.])(?i:{alternation(forms)})\.?(?![\w])")


# A pattern that matches nothing: what an empty word list stands for in a regex.
NEVER = "(?!x)x"


@lru_cache(maxsize=None)
def possessives() -> tuple[str, ...]:
    """The written endings of a possessive in every language read ("'s", "’s": names.toml
    ``possessives``), longest first. A name or a body ends before one: "the agency's head" names
    the agency, and "Budi's lawyer" is not Budi. Every language's at once: copy in one language
    quotes names written in another."""
    return _longest_first_exact(w for code in LANGUAGES for w in _read_toml(code, "names.toml").get("possessives", ()))


@lru_cache(maxsize=None)
def possessives_after_s() -> tuple[str, ...]:
    """The possessive endings a word already ending in "s" takes alone ("Agus'", "the
    ministers’": names.toml ``possessives_after_s``), in every language read."""
    return _longest_first_exact(w for code in LANGUAGES
                                for w in _read_toml(code, "names.toml").get("possessives_after_s", ()))


@lru_cache(maxsize=None)
def possessive_at_end() -> re.Pattern:
    """A possessive ending that ends the string searched ("Asagiri's" -> "Asagiri")."""
    return re.compile(f"(?:{alternation(possessives())})$")


@lru_cache(maxsize=None)
def possessive_after() -> re.Pattern:
    """A possessive ending at the position matched, the word ending with it ("Budi's",
    "Agus'", not "Budi'sapa")."""
    return re.compile(f"(?:{alternation(possessives())})(?!\\w)"
                      f"|(?<=s)(?:{alternation(possessives_after_s())})(?=\\s)")


def glued_before(units) -> str:
    r"""A lookbehind alternation that lets a figure start right after one of ``units`` written
    against it ("Rp2,5": no space), the unit itself starting a word, in any case; a pattern
    that never matches when there are none. Each unit is its own lookbehind (fixed width)."""
    looks = [rf"(?<=(?<![\w])(?i:{re.escape(u)}))" for u in sorted(set(units))]
    return "|".join(looks) if looks else NEVER


def alternation(words, space: str | None = None) -> str:
    r"""A regex alternation of words or phrases, each escaped, longest first (so "pada hari"
    wins over "pada"). ``space``, when given, is what a run of spaces inside a phrase matches
    (r"\s+": a phrase broken across spaces of any kind). An empty list gives a pattern that
    never matches, never one that matches everywhere."""
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not words:
        return NEVER
    if space is None:
        return "|".join(re.escape(w) for w in words)
    return "|".join("".join(space if part.isspace() else re.escape(part) for part in re.split(r"(\s+)", w) if part)
                    for w in words)


def _folds_apart(c: str) -> bool:
    """Does ``c``, lower-cased, match under ``re.IGNORECASE`` only what no other such
    character matches? ASCII and characters without case do; other cased letters may share
    a match ("s" and "ſ"), and are left to the flat alternation."""
    return c.isascii() or c.lower() == c.upper() == c.casefold()


def trie_alternation(words, ignorecase: bool = False, space: str | None = None) -> str:
    r"""``(?:`` + ``alternation(words, space)`` + ``)``, matching what it matches, written as a
    tree of shared beginnings ("me(?:nyatakan|ngatakan)"): Python's ``re`` tries a flat
    alternation's words one after the other at every place, so a list of a hundred words costs
    a hundred comparisons a character, the tree one a character. At each branch the longer
    words come before the end of a shorter one, so where several words fit, the longest is
    tried first, as in the flat list. ``ignorecase``: for a pattern compiled with
    ``re.IGNORECASE``; words are lower-cased to share their branches. The flat form is kept
    where the tree could choose otherwise: a cased letter outside ASCII under ``ignorecase``,
    and with ``space`` a phrase whose words are not parted by one plain space (longest first
    counts characters, and the tree counts a run of spaces as one step)."""
    words = {w for w in words if w}
    if not words:
        return f"(?:{NEVER})"
    flat = f"(?:{alternation(words, space)})"
    if ignorecase:
        if not all(_folds_apart(c) for w in words for c in w):
            return flat
        words = {w.lower() for w in words}
    if space is not None and any(re.search(r"\s", w) and w.split(" ") != w.split() for w in words):
        return flat
    tree: dict = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here

    def step(c: str) -> str:
        return space if space is not None and c == " " else re.escape(c)

    def branch(node: dict) -> str:
        longer = [step(c) + branch(child) for c, child in sorted(node.items()) if c]
        if not longer:
            return ""
        if len(longer) == 1 and "" not in node:
            return longer[0]
        return "(?:" + "|".join(longer) + ("|" if "" in node else "") + ")"

    return f"(?:{branch(tree)})"


# ---------------------------------------------------------------- slot words


@dataclass(frozen=True, eq=False)
class SlotWords:
    """What the slot reader knows of a language: numbers, units, bounds, clock
    times, and the words that change what a claim asserts (``numbers.toml``,
    ``slots.toml``). Phrases are case-folded, except time-zone names."""

    decimal: str
    thousands: str
    number_words: dict[str, int]  # "lima" -> 5
    teens: dict[str, int]  # "belas": a unit word before it is in the tens ("dua belas" = 12)
    tens: dict[str, int]  # "puluh": multiplies the unit word before it by ten
    hundreds: dict[str, int]
    scales: dict[str, int]  # "juta" -> 1000000
    ordinal_prefixes: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    ordinal_words: dict[str, int]
    vague: dict[str, tuple[int, int]]  # "ratusan" -> (200, 999)
    bounds: dict[str, str]  # "sedikitnya" -> "min"
    bounds_after: dict[str, str]  # "lebih" (after the number) -> "min"
    units: dict[str, str]  # "orang" -> "person"
    units_before: dict[str, str]  # "magnitudo" -> "magnitude"
    units_glued: tuple[str, ...]  # "rp": written against the figure ("Rp2,5 triliun")
    identifiers: tuple[str, ...]  # "nomor", "number": the figure after one names a thing, counts nothing
    name_codes: tuple[str, ...]  # "TB", "MV": a vessel's name they open, closed by a figure, is numbered
    number_idioms: tuple[str, ...]  # "empat mata", "one-on-one": a number word that counts nothing
    number_none: tuple[str, ...]  # "no one", "tak seorang pun": a number word denied, a count of none
    score_words: tuple[str, ...]  # "menang", "draw": "2-1" near one is a game's score
    unit_links: tuple[str, ...]  # "of": "hundreds of people", "a magnitude of 7.6"
    partitive: tuple[str, ...]  # "dari": "709 dari 731 anggota"
    group_part: tuple[str, ...]  # "of the", "di antaranya": "twelve of the injured", a part of a group
    companions: tuple[str, ...]  # "beserta", "along with": the count after it joins those before, a part of the toll
    measures: dict[str, str]  # "tewas" -> "dead"
    bearings: tuple[str, ...]  # "barat daya", "southwest": right after a length, a distance from a place
    bearing_units: frozenset[str]  # "cm", "mile": the lengths a bearing makes a distance
    time_lead: tuple[str, ...]
    time_weak_lead: tuple[str, ...]  # "jam": a time only with minutes, else a duration
    time_local: tuple[str, ...]
    time_zone_name_words: frozenset[str]  # "time": a zone named in words ("Western Indonesia Time")
    time_parts: dict[str, str]  # "sore" -> "pm"
    time_zones: dict[str, int]  # "WIB" -> 7 (hours from UTC)
    future: tuple[str, ...]
    reported_future: frozenset[str]  # "would": the future of reported speech, a tense and no plan of its own
    verbs_show_tense: bool  # False where a verb says nothing of done or to come (Indonesian "bertemu")
    commitment: tuple[str, ...]  # "sepakat", "agreed to": the act they govern is not done yet
    possible: tuple[str, ...]  # "could", "dapat": the act they govern is possible, not done nor announced
    possible_before_verb: frozenset[str]  # "dapat" (also "get"): modal only with a verb right after it
    realised_possible: frozenset[str]  # "akhirnya" before "bisa": the ability was realised, the act done
    infinitive_markers: frozenset[str]  # "to", "untuk": ending a commitment, before a determiner a preposition
    quantifiers: dict[str, str]  # "semua" -> "all", "sebagian besar" -> "most", "berbagai" -> "some", "salah satu" -> "one"
    degree_before: frozenset[str]  # words before a quantifier that make it a degree ("the most", "at most")
    hedges: dict[str, str]  # "diduga" -> "alleged"
    negations: tuple[str, ...]
    not_negating: tuple[str, ...]  # "tidak hanya": a negation word that denies nothing
    contrast_negations: frozenset[str]  # "bukan" after a comma: denies the alternative only
    contrast_joiners: frozenset[str]  # "dan", "and": before a contrast negation, as a comma is ("a bridge and not a wall")
    negation_prefixes: tuple[str, ...]  # "non-": denies the word it is joined to ("non-binding")
    implied_negations: frozenset[str]  # "avoid", "menghindari": words whose meaning holds a "not"
    change: tuple[str, ...]  # "sebelumnya", "revised": a figure was updated
    personal_pronouns: frozenset[str]  # "kita", "kami": who a quotation means
    place_prepositions: tuple[str, ...]  # "di", "in": before a place the entity list may not know
    current: tuple[str, ...]  # "menjadi", "to": the figure after it is the figure as it now stands
    earlier: tuple[str, ...] = ()  # "sebelumnya", "initial reports": the claim's figure is an earlier count
    kinds: dict[str, tuple[str, str]] = field(default_factory=dict)  # "kunjungan kerja" -> ("visit", "working")
    # each scale of units (time, length, mass): a canonical unit -> its size in the scale's
    # smallest unit ({"second": 1, "minute": 60, "hour": 3600}, {"cm": 1, "m": 100, "km": 100000})
    unit_scales: tuple[dict[str, float], ...] = ()
    duration_links: tuple[str, ...] = ()  # "dan", "and": "2 jam dan 15 menit" is one duration
    fractions: dict[str, float] = field(default_factory=dict)  # "setengah" -> 0.5: "satu setengah jam"
    purposes: tuple[str, ...] = ()  # "untuk", "to": the verb after one is an aim, not an act done
    increments_before: tuple[str, ...] = ()  # "tambahan", "another": the count after is an increment
    increments_after: tuple[str, ...] = ()  # "tambahan", "more": the count before is an increment
    ages_before: tuple[str, ...] = ()  # "berusia", "aged": the number of years after is an age
    ages_after: tuple[str, ...] = ()  # "old": the number of years before is an age ("34 years old")
    place_levels_before: dict[str, str] = field(default_factory=dict)  # "kabupaten" -> "regency" ("Kabupaten Malang")
    place_levels_after: dict[str, str] = field(default_factory=dict)  # "dc" -> "federal district" ("Washington DC")
    # a capitalised word after a level that names the place's own body ("Washington State Department
    # of Health"): any other makes the level part of a longer name ("Ohio State University")
    place_level_bodies: frozenset[str] = frozenset()
    # words beside a happening's date that put it at the turn of the day: "Sunday night",
    # "larut malam" (late), "just after midnight", "dini hari" (early); "midnight" is both
    time_late: tuple[str, ...] = ()
    time_early: tuple[str, ...] = ()
    time_edge_after_date: bool = False  # those words count only after the date ("Minggu malam", not "malam Minggu")
    # words a quotation's renderings swap or drop without changing what was said, beyond the
    # stop words ("terus", "sehubungan"): kept apart so that matching keys do not change
    quote_function_words: frozenset[str] = frozenset()
    # the period a rate is measured over ("tahunan", "month-on-month", "year-to-date") -> "year",
    # "month", "ytd": two claims giving a rate over two periods state two figures
    periods: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=None)
def slot_words(code: str) -> SlotWords:
    """The frozen slot data for ``code``."""
    if code not in LANGUAGES:
        code = DEFAULT_LANGUAGE
    num = _read_toml(code, "numbers.toml")
    sl = _read_toml(code, "slots.toml")
    fold = lambda d: {str(k).casefold(): v for k, v in d.items()}  # noqa: E731
    words = num["words"]
    bounds = {w.casefold(): kind for kind, ws in num["bounds"].items() if kind != "min_after" for w in ws}
    quantifiers = {w.casefold(): kind for kind, ws in (("all", sl["quantifiers"]["universal"]),
                                                        ("most", sl["quantifiers"]["most"]),
                                                        ("some", sl["quantifiers"]["partial"]),
                                                        ("one", sl["quantifiers"].get("one_of", ()))) for w in ws}
    return SlotWords(
        decimal=num["separators"]["decimal"],
        thousands=num["separators"]["thousands"],
        number_words={k: int(v) for k, v in fold(words["units"]).items()},
        teens={k: int(v) for k, v in fold(words.get("teens", {})).items()},
        tens={k: int(v) for k, v in fold(words.get("tens", {})).items()},
        hundreds={k: int(v) for k, v in fold(words.get("hundreds", {})).items()},
        scales={k: int(v) for k, v in fold(words.get("scales", {})).items()},
        ordinal_prefixes=tuple(num["ordinals"].get("prefixes", ())),
        ordinal_suffixes=tuple(num["ordinals"].get("suffixes", ())),
        ordinal_words={k: int(v) for k, v in fold(num["ordinals"].get("words", {})).items()},
        vague={k: (int(v[0]), int(v[1])) for k, v in fold(num.get("vague", {})).items()},
        bounds=bounds,
        bounds_after={w.casefold(): "min" for w in num["bounds"].get("min_after", ())},
        units=fold(num["units"]),
        units_before=fold(num.get("units_before", {})),
        units_glued=tuple(w.casefold() for w in num.get("glued_before", {}).get("units", ())),
        identifiers=tuple(w.casefold() for w in num.get("identifiers", {}).get("words", ())),
        name_codes=tuple(num.get("identifiers", {}).get("name_codes", ())),
        number_idioms=tuple(w.casefold() for w in num.get("idioms", {}).get("words", ())),
        number_none=tuple(w.casefold() for w in num.get("none", {}).get("words", ())),
        score_words=tuple(w.casefold() for w in num.get("scores", {}).get("words", ())),
        unit_links=tuple(w.casefold() for w in num.get("links", {}).get("unit", ())),
        partitive=tuple(w.casefold() for w in num.get("links", {}).get("partitive", ())),
        group_part=tuple(w.casefold() for w in num.get("links", {}).get("group_part", ())),
        companions=tuple(w.casefold() for w in num.get("links", {}).get("companions", ())),
        measures={w.casefold(): m for m, ws in num.get("measures", {}).items() for w in ws},
        bearings=tuple(w.casefold() for w in num.get("bearings", {}).get("words", ())),
        bearing_units=frozenset(num.get("bearings", {}).get("units", ())),
        time_lead=tuple(w.casefold() for w in sl["times"].get("lead", ())),
        time_weak_lead=tuple(w.casefold() for w in sl["times"].get("weak_lead", ())),
        time_local=tuple(w.casefold() for w in sl["times"].get("local", ())),
        time_zone_name_words=frozenset(w.casefold() for w in sl["times"].get("zone_name_words", ())),
        time_parts=fold(sl["times"].get("parts", {})),
        time_zones={k: int(v) for k, v in sl["times"].get("zones", {}).items()},
        future=tuple(w.casefold() for w in sl["modality"]["future"]),
        reported_future=frozenset(w.casefold() for w in sl["modality"].get("reported_future", ())),
        verbs_show_tense=bool(sl["modality"].get("verbs_show_tense", True)),
        commitment=tuple(w.casefold() for w in sl["modality"].get("commitment", ())),
        possible=tuple(w.casefold() for w in sl["modality"].get("possible", ())),
        possible_before_verb=frozenset(w.casefold() for w in sl["modality"].get("possible_before_verb", ())),
        realised_possible=frozenset(w.casefold() for w in sl["modality"].get("realised_possible", ())),
        infinitive_markers=frozenset(w.casefold() for w in sl["modality"].get("infinitive_markers", ())),
        quantifiers=quantifiers,
        degree_before=frozenset(w.casefold() for w in sl["quantifiers"].get("degree_before", ())),
        hedges={w.casefold(): kind for kind, ws in sl["hedges"].items() for w in ws},
        negations=tuple(w.casefold() for w in sl["negation"]["words"]),
        not_negating=tuple(w.casefold() for w in sl["negation"].get("not_negating", ())),
        contrast_negations=frozenset(w.casefold() for w in sl["negation"].get("contrast", ())),
        contrast_joiners=frozenset(w.casefold() for w in sl["negation"].get("contrast_joiners", ())),
        negation_prefixes=tuple(w.casefold() for w in sl["negation"].get("prefixes", ())),
        implied_negations=frozenset(w.casefold() for w in sl["negation"].get("implied", ())),
        change=tuple(w.casefold() for w in sl.get("change", {}).get("words", ())),
        personal_pronouns=frozenset(w.casefold() for w in sl.get("pronouns", {}).get("words", ())),
        place_prepositions=tuple(w.casefold() for w in sl.get("places", {}).get("prepositions", ())),
        current=tuple(w.casefold() for w in sl.get("change", {}).get("current", ())),
        earlier=tuple(w.casefold() for w in sl.get("change", {}).get("earlier", ())),
        kinds={w.casefold(): (thing, kind) for thing, table in sl.get("kinds", {}).items()
               for kind, ws in table.items() for w in ws},
        unit_scales=tuple({k: float(v) for k, v in scale.items()}
                          for scales in num.get("scales", {}).values() for scale in scales),
        duration_links=tuple(w.casefold() for w in num.get("durations", {}).get("links", ())),
        fractions={k: float(v) for k, v in fold(num.get("durations", {}).get("fractions", {})).items()},
        purposes=tuple(w.casefold() for w in sl["modality"].get("purpose", ())),
        increments_before=tuple(w.casefold() for w in num.get("increments", {}).get("before", ())),
        increments_after=tuple(w.casefold() for w in num.get("increments", {}).get("after", ())),
        ages_before=tuple(w.casefold() for w in num.get("ages", {}).get("before", ())),
        ages_after=tuple(w.casefold() for w in num.get("ages", {}).get("after", ())),
        place_levels_before=fold(sl.get("places", {}).get("levels_before", {})),
        place_levels_after=fold(sl.get("places", {}).get("levels_after", {})),
        place_level_bodies=frozenset(w.casefold() for w in sl.get("places", {}).get("level_bodies", ())),
        time_late=tuple(w.casefold() for w in sl["times"].get("late", ())),
        time_early=tuple(w.casefold() for w in sl["times"].get("early", ())),
        time_edge_after_date=bool(sl["times"].get("edge_after_date", False)),
        quote_function_words=frozenset(w.casefold() for w in sl.get("quotes", {}).get("function_words", ())),
        periods={w.casefold(): period for period, ws in sl.get("periods", {}).items() for w in ws},
    )


# ---------------------------------------------------------------- registry


@dataclass(frozen=True)
class SourceEntry:
    name: str
    type: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...] = ()
    owner: str = ""
    network: str = ""  # the network a member outlet was read from ("Tribun Network")
    language: str = ""  # the language an outlet reports in first, where known (outlets.toml)


@dataclass(frozen=True)
class Network:
    """Member sites named under one scheme: a web address that fits a pattern names the member."""

    name: str
    member: str  # "Tribun {Place}"
    patterns: tuple[re.Pattern, ...]

    def member_of(self, host: str) -> SourceEntry | None:
        for p in self.patterns:
            m = p.fullmatch(host)
            if m:
                place = m.group("place")
                name = self.member.replace("{Place}", "-".join(w.capitalize() for w in place.split("-")))
                return SourceEntry(name, "outlet", (name,), (host,), "", self.name)
        return None


@dataclass(frozen=True, eq=False)
class Registry:
    """The source registry: wires, government bodies (data/sources.toml) and outlets
    with their networks (data/outlets.toml)."""

    entries: tuple[SourceEntry, ...]
    by_alias: dict[str, SourceEntry] = field(repr=False)
    by_folded: dict[str, SourceEntry] = field(repr=False)
    alias_regex: re.Pattern = field(repr=False)
    by_domain: dict[str, SourceEntry] = field(default_factory=dict, repr=False)
    networks: tuple[Network, ...] = ()

    def lookup(self, name: str) -> SourceEntry | None:
        """The entry a name refers to: exact alias first, then case-folded, then a web address."""
        name = name.strip().strip(".,;:()[]\"'")
        if name in self.by_alias:
            return self.by_alias[name]
        folded = name.casefold()
        if folded in self.by_folded:
            return self.by_folded[folded]
        return self.by_web_address(folded)

    def by_web_address(self, address: str) -> SourceEntry | None:
        """The outlet a host names: a registered domain, a network's member ("jakarta.tribunnews.com",
        "tribun-medan.com"), then the registered domain it is a sub-domain of. A bare word is no
        web address ("surya" is a name; the outlet's aliases say which words name it)."""
        host = re.sub(r"^[a-z]+://", "", address.casefold()).split("/", 1)[0].removeprefix("www.")
        if host in self.by_domain:
            return self.by_domain[host]
        if "." in host:
            for n in self.networks:
                e = n.member_of(host)
                if e is not None:
                    return e
            parts = host.split(".")
            for i in range(1, len(parts) - 1):
                e = self.by_domain.get(".".join(parts[i:]))
                if e is not None:
                    return e
        return None


def _expand_templates(data: dict) -> list[dict]:
    """The registry's entries: its [[source]] tables, and a [[template]] table once per
    province of data/provinces.toml ({province}: English name; {prov}: each Indonesian name).
    Entries of one name merge their aliases."""
    provinces = _read_toml("provinces.toml").get("province", [])
    out: dict[str, dict] = {}
    expanded = list(data.get("source", []))
    for t in data.get("template", []):
        for p in provinces:
            aliases = []
            for a in t.get("aliases", []):
                if "{prov}" in a:
                    aliases += [a.replace("{prov}", v).replace("{province}", p["name"]) for v in p["aliases"]]
                else:
                    aliases.append(a.replace("{province}", p["name"]))
            expanded.append({**t, "name": t["name"].replace("{province}", p["name"]), "aliases": aliases})
    for s in expanded:
        if s["name"] in out:
            out[s["name"]]["aliases"] = [*out[s["name"]].get("aliases", []), *s.get("aliases", [])]
        else:
            out[s["name"]] = dict(s)
    return list(out.values())


@lru_cache(maxsize=None)
def domain_suffixes() -> tuple[str, ...]:
    """The endings of news sites' web addresses ("com", "co.id"), data/outlets.toml."""
    return tuple(_read_toml("outlets.toml")["domain_suffixes"])


@lru_cache(maxsize=None)
def newsroom_name_ends() -> tuple[str, ...]:
    """The words a newsroom's name ends in (data/outlets.toml ``newsroom_name_ends``), case-folded."""
    return tuple(w.casefold() for w in _read_toml("outlets.toml").get("newsroom_name_ends", ()))


def _network_pattern(p: str) -> re.Pattern:
    return re.compile(re.escape(p.casefold()).replace(re.escape("{place}"), r"(?P<place>[a-z][a-z-]{2,30}?)"))


@lru_cache(maxsize=None)
def registry() -> Registry:
    sources = _read_toml("sources.toml")
    outlets = _read_toml("outlets.toml")
    rows = [dict(s) for s in _expand_templates(sources)]
    rows += [dict(o, type="outlet") for o in outlets.get("outlet", [])]
    entries = []
    by_alias: dict[str, SourceEntry] = {}
    by_folded: dict[str, SourceEntry] = {}
    by_domain: dict[str, SourceEntry] = {}
    for s in rows:
        aliases = list(dict.fromkeys([s["name"], *s.get("aliases", [])]))
        # as printed: a curly apostrophe ("Indonesia’s"), a capital opening a sentence
        # ("Media pemerintah Rusia"), all capitals ("ANTARA")
        aliases += [a.replace("'", "\u2019") for a in aliases if "'" in a]
        aliases += [a[0].upper() + a[1:] for a in aliases if a[:1].islower() and " " in a]
        aliases += [a.upper() for a in aliases if a.upper() not in aliases]
        aliases = list(dict.fromkeys(aliases))
        e = SourceEntry(s["name"], s["type"], tuple(aliases), tuple(d.casefold() for d in s.get("domains", ())),
                        s.get("owner", ""), language=s.get("language", ""))
        entries.append(e)
        for a in aliases:
            by_alias.setdefault(a, e)
            # Folded look-up only for names that cannot be a common word:
            # several words, a dotted domain, or an all-capitals acronym.
            if " " in a or "." in a or len(a) > 5:
                by_folded.setdefault(a.casefold(), e)
        for d in e.domains:
            by_domain.setdefault(d, e)
    networks = tuple(Network(n["name"], n["member"], tuple(_network_pattern(p) for p in n["patterns"]))
                     for n in outlets.get("network", []))
    alias_regex = re.compile(rf"(?<![\w.])(?:{alternation(by_alias)})(?![\w])")
    return Registry(tuple(entries), by_alias, by_folded, alias_regex, by_domain, networks)


@lru_cache(maxsize=None)
def dateline_places() -> dict[str, str]:
    """Places that open datelines, case-folded alias -> canonical name (data/places.toml and the
    places of data/entities.toml)."""
    out: dict[str, str] = {}
    for a, name in place_names()[1].items():
        out.setdefault(a.casefold(), name)
    return out


@lru_cache(maxsize=None)
def province_names() -> tuple[re.Pattern, dict[str, str]]:
    """(regex, alias as written -> English name) of the provinces of data/provinces.toml, matched
    as written, whole words. Not an alias that is also a city's name (data/places.toml: "Jakarta",
    "Jambi"): a city is where a government sits or a report is filed, not the region it is about."""
    cities = {p["name"].casefold() for p in _read_toml("places.toml").get("place", [])}
    cities |= {a.casefold() for p in _read_toml("places.toml").get("place", []) for a in p.get("aliases", [])}
    names: dict[str, str] = {}
    for p in _read_toml("provinces.toml").get("province", []):
        for a in [p["name"], *p.get("aliases", [])]:
            if a.casefold() not in cities:
                names.setdefault(a, p["name"])
    return re.compile(rf"(?<![\w.])(?:{alternation(names)})(?![\w])"), names


@lru_cache(maxsize=None)
def place_names() -> tuple[re.Pattern, dict[str, str]]:
    """(regex, alias as written -> canonical) of the places of data/places.toml and
    data/entities.toml, matched as written (a place's name is capitalised), whole words."""
    names: dict[str, str] = {}
    for p in _read_toml("places.toml").get("place", []):
        for a in [p["name"], *p.get("aliases", [])]:
            names.setdefault(a, p["name"])
    for a, name in entities().places.items():
        names.setdefault(a, name)
    return re.compile(rf"(?<![\w.])(?:{alternation(names)})(?![\w])"), names


@lru_cache(maxsize=None)
def loanword_spelling(code: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(suffix rewrites longest first, letter rewrites in order) that spell a word of language
    ``code`` as Indonesian borrows it (data/loanwords.toml); none for a language not listed."""
    table = _read_toml("loanwords.toml").get(code, {})
    suffixes = tuple(sorted(((a, b) for a, b in table.get("suffixes", ())), key=lambda ab: -len(ab[0])))
    return suffixes, tuple((a, b) for a, b in table.get("letters", ()))


@lru_cache(maxsize=None)
def countries() -> dict[str, str]:
    """Countries, case-folded alias -> canonical name (data/entities.toml)."""
    return {a.casefold(): name for a, (kind, name) in entities().canonical.items() if kind == "country"}


# ---------------------------------------------------------------- entities


@dataclass(frozen=True, eq=False)
class Entities:
    """Aliases of countries, places, persons and named things."""

    canonical: dict[str, tuple[str, str]]  # alias -> (kind, canonical name)
    regex: re.Pattern = field(repr=False)
    places: dict[str, str] = field(repr=False)  # alias -> canonical place (cities stay cities)
    persons: dict[str, str] = field(repr=False)

    def find(self, text: str):
        """Yield (start, end, kind, canonical) for each entity alias in text; not an acronym
        that is someone's initials with their age after them ("AS (34)", "RI (29)": how crime
        reports name suspects), though it spells a country's short form."""
        for m in self.regex.finditer(text):
            if _INITIALS_WITH_AGE.match(text, m.end()) and m.group(0).isupper() and len(m.group(0)) <= 3:
                continue
            kind, name = self.canonical[m.group(0)]
            yield m.start(), m.end(), kind, name


# after a person's initials, their age: " (34)", "(34 tahun)", "(34 years)"
_INITIALS_WITH_AGE = re.compile(r"[ \u00a0]?\(\d{1,2}(?:[ \u00a0]+\w+)?\)")


@lru_cache(maxsize=None)
def entities() -> Entities:
    data = _read_toml("entities.toml")
    canonical: dict[str, tuple[str, str]] = {}
    places: dict[str, str] = {}
    persons: dict[str, str] = {}
    for c in _read_toml("countries.toml").get("country", []):
        for a in c["aliases"]:
            canonical.setdefault(a, ("country", c["name"]))
        for a in c.get("metonyms", []):
            canonical.setdefault(a, ("country", c["name"]))
    for p in data.get("place", []):
        for a in p["aliases"]:
            places[a] = p["name"]
            canonical.setdefault(a, ("place", p["name"]))
    for p in data.get("person", []):
        for a in p["aliases"]:
            persons[a] = p["name"]
            canonical.setdefault(a, ("person", p["name"]))
    for t in data.get("thing", []):
        for a in t["aliases"]:
            canonical.setdefault(a, ("thing", t["name"]))
    regex = re.compile(rf"(?<![\w])(?:{alternation(canonical)})(?![\w])")
    return Entities(canonical, regex, places, persons)


# ---------------------------------------------------------------- organisations


@lru_cache(maxsize=None)
def outlet_openers(code: str) -> re.Pattern:
    """The language's words after which a capitalised name is a newsroom (attribution.toml
    ``outlet_openers``: "dilansir", "news site"), longest first, as whole words, in any case,
    with a space after them; a pattern that never matches where there are none."""
    words = language(code).attribution.outlet_openers
    return re.compile(rf"(?<![\w-])(?i:{alternation(words)})(?=[ \u00a0])") if words else re.compile(r"(?!)")


@lru_cache(maxsize=None)
def organisation_words() -> re.Pattern:
    """Words that make a name an organisation's (data/organisations.txt), as one regex;
    a dotted web address ("Kompas.com") counts too. The words as a tree of shared beginnings
    (``trie_alternation``: the same matches), as the flat list tried each word at every word
    boundary of a long text."""
    words = {w.casefold() for w in _read_list("organisations.txt")}
    # a unit within a body is one too ("Subkomite", "Subcommittee": names.toml unit_prefixes)
    units = sorted({p for c in LANGUAGES for p in language(c).unit_prefixes})
    unit = f"(?:{'|'.join(map(re.escape, units))})?" if units else ""
    return re.compile(rf"(?i)\b{unit}{trie_alternation(words, ignorecase=True)}\b|\.\w{{2,3}}$")


@lru_cache(maxsize=None)
def place_words() -> frozenset[str]:
    """Heads of place names (data/places.txt: "Kota", "Gunung", "Stadium"), case-folded."""
    return frozenset(w.casefold() for w in _read_list("places.txt"))


@lru_cache(maxsize=None)
def region_words() -> frozenset[str]:
    """Compass points and Indonesian regions (data/regions.txt: "Timur", "Jatim"), case-folded;
    entries of two words ("barat daya") are kept whole."""
    return frozenset(w.casefold() for w in _read_list("regions.txt"))


@lru_cache(maxsize=None)
def known_name_words() -> frozenset[str]:
    """Every word (case-folded) of the names and words the data files know: countries, places,
    provinces, registry entities, heads of place names ("Gunung"), regions ("Timur") and the
    lexicon's words ("KTT"). A name made only of them is shared by many happenings (a province,
    a summit); one with a word none of them knows ("Lewotobi") is likely a happening's own."""
    aliases = list(entities().canonical) + list(place_names()[1]) + list(province_names()[1])
    words = {w for a in aliases for w in re.split(r"\W+", a.casefold()) if w}
    words |= {w for phrase in lexicon().concept for w in re.split(r"\W+", phrase) if w}
    return frozenset(words | place_words() | region_words())


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Paraphrase groups: word or phrase (case-folded) -> concept key."""

    concept: dict[str, str]
    phrase_regex: re.Pattern = field(repr=False)  # multi-word entries, longest first
    weightless: frozenset[str] = frozenset()  # concepts that say nothing of what happened ("~say")


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    data = _read_toml("lexicon.toml")
    concept: dict[str, str] = {}
    for key, words in data["groups"].items():
        for w in words:
            concept.setdefault(w.casefold(), "~" + key)
    phrase_regex = re.compile(rf"(?<!\w)(?:{alternation(w for w in concept if ' ' in w)})(?!\w)")
    weightless = frozenset("~" + key for key in data["weightless"])
    unknown = weightless - set(concept.values())
    if unknown:
        raise ValueError(f"lexicon.toml: weightless names groups it does not have: {sorted(unknown)}")
    return Lexicon(concept, phrase_regex, weightless)


@lru_cache(maxsize=None)
def preferred_encodings() -> tuple[str, ...]:
    """Legacy encodings tried first for a file that is not UTF-8 (``data/encodings.toml``)."""
    return tuple(_read_toml("encodings.toml")["preferred"])
