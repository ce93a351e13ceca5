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
from functools import lru_cache
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
class Language:
    code: str
    abbreviations: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    past_markers: tuple[str, ...]
    future_markers: tuple[str, ...]
    relative_days: dict[str, int]
    anchored_days: dict[str, int]  # counted from the date last named ("sehari sebelumnya")
    relative_periods: dict[str, tuple[str, int]]
    distance_units: dict[str, str]
    distance_fused: dict[str, tuple[str, int]]
    distance_quantities: tuple[str, ...]
    distance_after: tuple[str, ...]
    distance_before: tuple[str, ...]
    speech_verbs: frozenset[str]  # report speech wherever they stand
    quote_verbs: frozenset[str]  # credit a quotation they follow (also the reporting verbs)
    according: tuple[str, ...]
    pronouns: frozenset[str]
    titles: tuple[str, ...]
    coordinators: tuple[str, ...]
    relatives: tuple[str, ...]
    auxiliaries: frozenset[str]
    verb_prefixes: tuple[str, ...]
    verb_suffixes: tuple[str, ...]
    non_verbs: frozenset[str]
    subjects: frozenset[str]
    temporal_heads: tuple[str, ...]
    function_words: frozenset[str]
    stopwords: frozenset[str]
    universal: tuple[str, ...]
    partial: tuple[str, ...]
    hedges: tuple[str, ...]
    negations: frozenset[str]
    section_headers: frozenset[str]
    line_prefixes: tuple[str, ...]
    exact_lines: frozenset[str]
    byline_labels: frozenset[str]
    cue_patterns: tuple[tuple[str, str], ...]  # (kind, pattern with {source})
    photo_patterns: tuple[str, ...]

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


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The frozen language data for ``code`` (``id`` or ``en``)."""
    if code not in LANGUAGES:
        code = DEFAULT_LANGUAGE
    cal = _read_toml(code, "calendar.toml")
    speech = _read_toml(code, "speech.toml")
    clauses = _read_toml(code, "clauses.toml")
    words = _read_toml(code, "words.toml")
    bp = _read_toml(code, "boilerplate.toml")
    att = _read_toml(code, "attribution.toml")
    rel = cal.get("relative", {})
    dist = cal.get("distance", {})
    titles = sorted(_read_list(code, "titles.txt"), key=len, reverse=True)
    return Language(
        code=code,
        abbreviations=frozenset(a.casefold() for a in _read_list(code, "abbreviations.txt")),
        months={k.casefold(): int(v) for k, v in cal["months"].items()},
        weekdays={k.casefold(): int(v) for k, v in cal["weekdays"].items()},
        past_markers=tuple(rel.get("past_markers", ())),
        future_markers=tuple(rel.get("future_markers", ())),
        relative_days={k: int(v) for k, v in rel.get("days", {}).items()},
        anchored_days={k: int(v) for k, v in rel.get("anchored", {}).items()},
        relative_periods={k: (v[0], int(v[1])) for k, v in rel.get("periods", {}).items()},
        distance_units=dict(dist.get("units", {})),
        distance_fused={k: (v[0], int(v[1])) for k, v in dist.get("fused", {}).items()},
        distance_quantities=tuple(dist.get("quantity_words", ())),
        distance_after=tuple(dist.get("after", ())),
        distance_before=tuple(dist.get("before", ())),
        speech_verbs=frozenset(v.casefold() for v in speech["reporting"]),
        quote_verbs=frozenset(v.casefold() for v in [*speech["reporting"], *speech.get("after_quote", [])]),
        according=tuple(speech.get("according", ())),
        pronouns=frozenset(speech.get("pronouns", ())),
        titles=tuple(titles),
        coordinators=tuple(clauses["coordinators"]),
        relatives=tuple(clauses["relatives"]),
        auxiliaries=frozenset(clauses["auxiliaries"]),
        verb_prefixes=tuple(sorted(clauses.get("verb_prefixes", ()), key=len, reverse=True)),
        verb_suffixes=tuple(clauses.get("verb_suffixes", ())),
        non_verbs=frozenset(clauses.get("non_verbs", ())),
        subjects=frozenset(clauses.get("subjects", ())),
        temporal_heads=tuple(clauses.get("temporal_heads", ())),
        function_words=frozenset(words["function_words"]),
        stopwords=frozenset(words["stopwords"]),
        universal=tuple(words["universal"]),
        partial=tuple(words["partial"]),
        hedges=tuple(words["hedges"]),
        negations=frozenset(words["negations"]),
        section_headers=frozenset(bp["section_headers"]),
        line_prefixes=tuple(bp["line_prefixes"]),
        exact_lines=frozenset(bp["exact_lines"]),
        byline_labels=frozenset(bp["byline_labels"]),
        cue_patterns=tuple((c["kind"], p) for c in att.get("cue", []) for p in c["patterns"]),
        photo_patterns=tuple(att.get("photo", {}).get("patterns", ())),
    )


# ---------------------------------------------------------------- registry


@dataclass(frozen=True)
class SourceEntry:
    name: str
    type: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...] = ()
    owner: str = ""


@dataclass(frozen=True, eq=False)
class Registry:
    """The source registry (wires, government bodies, outlets)."""

    entries: tuple[SourceEntry, ...]
    by_alias: dict[str, SourceEntry] = field(repr=False)
    by_folded: dict[str, SourceEntry] = field(repr=False)
    alias_regex: re.Pattern = field(repr=False)

    def lookup(self, name: str) -> SourceEntry | None:
        """The entry a name refers to: exact alias first, then case-folded, then a domain."""
        name = name.strip().strip(".,;:()[]\"'")
        if name in self.by_alias:
            return self.by_alias[name]
        folded = name.casefold()
        if folded in self.by_folded:
            return self.by_folded[folded]
        for e in self.entries:
            for d in e.domains:
                if folded == d or folded.endswith("." + d) or folded == d.split(".")[0]:
                    return e
        return None


@lru_cache(maxsize=None)
def registry() -> Registry:
    data = _read_toml("sources.toml")
    entries = []
    by_alias: dict[str, SourceEntry] = {}
    by_folded: dict[str, SourceEntry] = {}
    for s in data["source"]:
        aliases = list(dict.fromkeys([s["name"], *s.get("aliases", [])]))
        aliases += [a.upper() for a in aliases if a.upper() not in aliases]
        e = SourceEntry(s["name"], s["type"], tuple(aliases), tuple(s.get("domains", ())), s.get("owner", ""))
        entries.append(e)
        for a in aliases:
            by_alias.setdefault(a, e)
            # Folded look-up only for names that cannot be a common word:
            # several words, a dotted domain, or an all-capitals acronym.
            if " " in a or "." in a or len(a) > 5:
                by_folded.setdefault(a.casefold(), e)
    names = sorted(by_alias, key=len, reverse=True)
    alias_regex = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    return Registry(tuple(entries), by_alias, by_folded, alias_regex)


# ---------------------------------------------------------------- entities


@dataclass(frozen=True, eq=False)
class Entities:
    """Aliases of countries, places, persons and named things."""

    canonical: dict[str, tuple[str, str]]  # alias -> (kind, canonical name)
    regex: re.Pattern = field(repr=False)
    places: dict[str, str] = field(repr=False)  # alias -> canonical place (cities stay cities)
    persons: dict[str, str] = field(repr=False)

    def find(self, text: str):
        """Yield (start, end, kind, canonical) for each entity alias in text."""
        for m in self.regex.finditer(text):
            kind, name = self.canonical[m.group(0)]
            yield m.start(), m.end(), kind, name


@lru_cache(maxsize=None)
def entities() -> Entities:
    data = _read_toml("entities.toml")
    canonical: dict[str, tuple[str, str]] = {}
    places: dict[str, str] = {}
    persons: dict[str, str] = {}
    for c in data.get("country", []):
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
    names = sorted(canonical, key=len, reverse=True)
    regex = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    return Entities(canonical, regex, places, persons)


# ---------------------------------------------------------------- organisations


@lru_cache(maxsize=None)
def organisation_words() -> re.Pattern:
    """Words that make a name an organisation's (data/organisations.txt), as one regex;
    a dotted web address ("Kompas.com") counts too."""
    words = sorted({w.casefold() for w in _read_list("organisations.txt")}, key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in words) + r")\b|\.\w{2,3}$")


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Paraphrase groups: word or phrase (case-folded) -> concept key."""

    concept: dict[str, str]
    phrase_regex: re.Pattern = field(repr=False)  # multi-word entries, longest first


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    data = _read_toml("lexicon.toml")
    concept: dict[str, str] = {}
    for key, words in data["groups"].items():
        for w in words:
            concept.setdefault(w.casefold(), "~" + key)
    phrases = sorted((w for w in concept if " " in w), key=len, reverse=True)
    phrase_regex = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")
    return Lexicon(concept, phrase_regex)


@lru_cache(maxsize=None)
def preferred_encodings() -> tuple[str, ...]:
    """Legacy encodings tried first for a file that is not UTF-8 (``data/encodings.toml``)."""
    return tuple(_read_toml("encodings.toml")["preferred"])
