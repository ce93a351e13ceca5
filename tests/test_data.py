"""The language data files (provenance/data/<lang>/): every one loads, holds no empty list
and no duplicate entry, every key in them is read by the loader and every field the loader
fills is used by the code, and every language defines the same keys.

How "read" is measured: the loader (provenance/lang) is run with a TOML reader that records
each key it looks up; a table it walks whole (a word -> value map such as [months]) counts
as read, entry by entry, and is a map, whose keys differ between languages by nature.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import provenance.lang as lang_module
from provenance.lang import LANGUAGES, AttributionWords, Language, PageWords, SlotWords, Stemmer

DATA = Path(lang_module.__file__).resolve().parent.parent / "data"
PACKAGE = DATA.parent

# A list or table that is empty because the language lacks the thing, with why; any other
# empty list is an entry forgotten.
LANGUAGE_LACKS = {
    ("id", "names.toml", "possessives"): "Indonesian writes no possessive ending: the owner stands after ('rumah Budi')",
    ("id", "names.toml", "possessives_after_s"): "Indonesian writes no possessive ending: the owner stands after",
    ("id", "numbers.toml", "ages.after"): "Indonesian says an age before its number ('berusia 34 tahun'), none after",
    ("id", "names.toml", "personal_relatives"): "Indonesian 'yang' opens a relative clause for persons and things alike",
    ("id", "names.toml", "travel_locatives"): "Indonesian 'ke' is a locative on its own ('kunjungan ke Hanoi')",
    ("id", "calendar.toml", "relative.passive_auxiliaries"):
        "an Indonesian verb's form says nothing of when: no past form puts a weekday in what was done",
    ("id", "speech.toml", "passive_auxiliaries"):
        "Indonesian marks the passive on the verb itself ('dilaporkan'), with no auxiliary before it",
    ("id", "calendar.toml", "relative.past_clause_next"):
        "an Indonesian verb's form says nothing of when: no past form puts a weekday in what was done",
    ("en", "names.toml", "given_name_titles"): "English news writes no title inside a given name",
    ("en", "attribution.toml", "generic_kinds.Police"):
        "English names a police body with the kind's own name last ('Semarang Police'), read already",
    ("id", "attribution.toml", "words.role_qualifiers"):
        "Indonesian writes a role's standing after the role ('pejabat senior di ...'), not before it",
    ("id", "slots.toml", "modality.reported_future"):
        "Indonesian has no tense for reported speech to impose: 'akan' is a plan in speech or out of it",
    ("en", "attribution.toml", "title_bodies"): "English titles do not fuse with the body ('Kapolda' = head of 'Polda')",
    ("id", "attribution.toml", "words.articles"): "Indonesian has no articles",
    ("id", "attribution.toml", "words.back_references"):
        "an Indonesian anaphor ('kementerian tersebut') has no words saying which body of the kind it is",
    ("id", "clauses.toml", "noun_complement_prepositions"):
        "the Indonesian preposition that completes a noun ('terhadap') opens no phrase of place or time",
    ("en", "names.toml", "company_forms"): "English writes a company's legal form after its name ('Inc', 'Ltd'), not before",
    ("en", "clauses.toml", "coordinator_nouns"): "an English coordinator is never a noun's first word",
    ("en", "names.toml", "compass_points"): "English sets a compass point before a region's name ('West Java')",
    ("id", "slots.toml", "quantifiers.degree_before"):
        "an Indonesian superlative is a prefix ('terkuat') or 'paling', which is no quantifier",
    ("en", "names.toml", "title_modifiers"):
        "English sets a post's state before its title ('acting governor') or joins it ('governor-elect')",
    ("en", "names.toml", "company_suffixes"): "(the same: a suffix closes a name a form opened)",
    ("en", "calendar.toml", "distance.fused"): "English has no one-word distances like 'sehari', 'sepekan'",
    ("en", "clauses.toml", "verb_prefixes"): "English verbs are not marked by a prefix ('men-', 'di-')",
    ("id", "clauses.toml", "relative_verb_endings"): "Indonesian verbs show by their prefixes ('men-', 'di-'), which the verb rule reads",
    ("en", "clauses.toml", "relatives_with_subject"): "English 'where' opens a relative clause anywhere (relatives_without_comma)",
    ("id", "clauses.toml", "present_endings"): "an Indonesian verb does not change with its subject",
    ("id", "clauses.toml", "present_non_endings"): "(the same: no present-tense ending to tell apart)",
    ("id", "clauses.toml", "present_subject_links"): "(the same: no present tense read after a subject)",
    ("id", "clauses.toml", "present_object_openers"): "(the same: no headline verb read by its tense)",
    ("id", "clauses.toml", "present_non_subjects"): "(the same: no present tense read after a subject)",
    ("id", "clauses.toml", "absolutes_without_comma"):
        "Indonesian 'dengan' + noun + verb with no comma is as often the verb's object and purpose ('bertemu dengan X membahas')",
    ("en", "clauses.toml", "purposes"): "English has no purpose word a clause is cut at (Indonesian 'guna', 'agar')",
    ("en", "names.toml", "definite_after"): "English marks a known referent before the noun ('the'), not after ('itu')",
    ("en", "names.toml", "body_titles"):
        "English writes a title's body before it ('Roscosmos head') or after 'of' (body_joiners), "
        "never between it and the name",
    ("en", "names.toml", "spelling_variants"): "English copy spells a name as it is spelt, after no spelling reform",
    ("en", "names.toml", "office_nouns"): "English office nouns are not made with a circumfix ('ke-...-an')",
    ("id", "numbers.toml", "ordinals.suffixes"): "Indonesian ordinals take a prefix ('ke-80'), not a suffix",
    ("en", "numbers.toml", "ordinals.prefixes"): "English ordinals take a suffix ('80th'), not a prefix",
    ("en", "slots.toml", "modality.possible_before_verb"):
        "English modals have no other sense a verb after them tells apart (the month 'May' is told by its capital)",
    ("en", "numbers.toml", "words.teens"): "English teens are single words ('twelve'), listed with the units",
    ("en", "numbers.toml", "words.tens"): "English tens are single words ('twenty'), listed with the units",
    ("en", "slots.toml", "times.weak_lead"): "English has no clock word that is also a duration ('jam')",
    ("en", "speech.toml", "anaphora"): "none listed for English yet: 'That was' is too common an opener",
    ("en", "speech.toml", "passive"): "English puts the agent after 'by' with any passive: no list needed",
    ("en", "speech.toml", "pronoun_suffixes"): "English verbs carry no enclitic pronoun ('katanya')",
    ("en", "words.toml", "stemmer.prefixes"): "English prefixes change a word's meaning: none is stripped",
}
# A key one language has and the other has not, with why.
ONE_LANGUAGE_ONLY = {
    ("en", "boilerplate.toml", "credit_roles"): "Indonesian credit lines label roles with a colon ('Pewarta:')",
    ("id", "clauses.toml", "nominalized"): "Indonesian nominalises verbs by affixes ('berakhirnya')",
    ("id", "clauses.toml", "nominalized[].prefix"): "(the same table)",
    ("id", "clauses.toml", "nominalized[].suffixes"): "(the same table)",
    ("id", "clauses.toml", "nominalized[].min_stem"): "(the same table)",
    ("id", "clauses.toml", "headline_verbs"):
        "Indonesian headlines drop a verb's prefix ('Polisi Tangkap ...'); English keeps its verbs' forms",
    ("id", "clauses.toml", "headline_verb_shapes"): "(the same: a headline's '-kan' without 'me-')",
    ("id", "clauses.toml", "headline_verb_shapes[].suffixes"): "(the same table)",
    ("id", "clauses.toml", "headline_verb_shapes[].min_stem"): "(the same table)",
    ("id", "clauses.toml", "headline_noun_shapes"): "(the nouns among those shapes)",
    ("id", "clauses.toml", "headline_noun_shapes[].prefix"): "(the same table)",
    ("id", "clauses.toml", "headline_noun_shapes[].suffixes"): "(the same table)",
    ("id", "clauses.toml", "headline_noun_shapes[].min_stem"): "(the same table)",
    ("en", "clauses.toml", "verb_suffixes"): "English marks verbs by suffix ('-ed'); Indonesian by prefix",
    ("id", "clauses.toml", "participles[].prefix"): "English participles are made by a suffix alone ('-ing')",
    ("en", "attribution.toml", "said.addressee_verbs"): "Indonesian names the addressee after 'kepada', a preposition",
    ("id", "attribution.toml", "words.passive_speech"): "English seldom opens a paragraph with a bare passive speech verb",
}


class _Recorder:
    """Wraps parsed TOML so every key the loader reads is recorded."""

    def __init__(self):
        self.read: set[tuple[str, str]] = set()  # (file, dotted key)
        self.maps: set[tuple[str, str]] = set()  # tables walked whole

    def wrap(self, value, file: str, path: str):
        if isinstance(value, dict):
            return _TrackedTable(value, self, file, path)
        if isinstance(value, list):
            return [self.wrap(v, file, path + "[]") for v in value]
        return value


class _TrackedTable(dict):
    def __init__(self, data: dict, rec: _Recorder, file: str, path: str):
        super().__init__(data)
        self._rec, self._file, self._path = rec, file, path

    def _key(self, k) -> str:
        return f"{self._path}.{k}" if self._path else str(k)

    def _mark(self, k):
        self._rec.read.add((self._file, self._key(k)))

    def _walked(self):
        self._rec.maps.add((self._file, self._path))
        for k in dict.keys(self):
            self._mark(k)

    def __getitem__(self, k):
        self._mark(k)
        return self._rec.wrap(dict.__getitem__(self, k), self._file, self._key(k))

    def get(self, k, default=None):
        if dict.__contains__(self, k):
            return self[k]
        return default

    def __contains__(self, k):
        self._mark(k)
        return dict.__contains__(self, k)

    def items(self):
        self._walked()
        return [(k, self._rec.wrap(v, self._file, self._key(k))) for k, v in dict.items(self)]

    def values(self):
        return [v for _, v in self.items()]

    def keys(self):
        self._walked()
        return list(dict.keys(self))

    def __iter__(self):
        return iter(self.keys())


def _all_keys(value, path: str = ""):
    """Every dotted key of a parsed TOML file, lists of tables as 'name[]'."""
    if isinstance(value, dict):
        for k, v in value.items():
            key = f"{path}.{k}" if path else k
            yield key
            yield from _all_keys(v, key)
    elif isinstance(value, list):
        for v in value:
            yield from _all_keys(v, path + "[]")


def _lists(value, path: str = ""):
    """Every list and table of a parsed TOML file, with its dotted key."""
    if isinstance(value, dict):
        if path:
            yield path, value
        for k, v in value.items():
            yield from _lists(v, f"{path}.{k}" if path else k)
    elif isinstance(value, list):
        yield path, value
        for v in value:
            if isinstance(v, (dict, list)):
                yield from _lists(v, path + "[]")


def _language_files(suffix: str):
    return [(code, p.name) for code in LANGUAGES for p in sorted((DATA / code).glob("*" + suffix))]


def _cached_loaders():
    return (lang_module.language, lang_module.slot_words, lang_module.page_words, lang_module.possessives,
            lang_module.possessives_after_s)


def _load_everything():
    for code in LANGUAGES:
        lang_module.language(code)
        lang_module.slot_words(code)
        lang_module.page_words(code)
    lang_module.page_words()
    lang_module.possessives()
    lang_module.possessives_after_s()


@pytest.fixture(scope="module")
def reading(request):
    """Run every language loader with a recording TOML reader; the caches are emptied
    before and after, so no other test sees the recording objects."""
    rec = _Recorder()
    lists_read: set[tuple[str, str]] = set()
    real_toml, real_list = lang_module._read_toml, lang_module._read_list

    def read_toml(*parts):
        return rec.wrap(real_toml(*parts), "/".join(parts), "")

    def read_list(*parts):
        lists_read.add(tuple(parts))
        return real_list(*parts)

    for f in _cached_loaders():
        f.cache_clear()
    lang_module._read_toml, lang_module._read_list = read_toml, read_list
    try:
        _load_everything()
    finally:
        lang_module._read_toml, lang_module._read_list = real_toml, real_list
        for f in _cached_loaders():
            f.cache_clear()
    return rec, lists_read


def _parsed(code: str, name: str) -> dict:
    return tomllib.loads((DATA / code / name).read_text(encoding="utf-8"))


def test_every_language_has_the_same_files():
    names = {code: sorted(p.name for p in (DATA / code).iterdir()) for code in LANGUAGES}
    first = names[LANGUAGES[0]]
    assert first, "no data files"
    assert all(n == first for n in names.values()), names


@pytest.mark.parametrize("code,name", _language_files(".toml"))
def test_toml_file_loads_and_says_what_it_is(code, name):
    text = (DATA / code / name).read_text(encoding="utf-8")
    assert tomllib.loads(text)
    assert text.lstrip().startswith("#"), f"{code}/{name} opens with no comment saying what it is"


@pytest.mark.parametrize("code,name", _language_files(".toml"))
def test_no_empty_list_unless_the_language_lacks_it(code, name):
    empty = [path for path, value in _lists(_parsed(code, name)) if len(value) == 0
             and (code, name, path) not in LANGUAGE_LACKS]
    assert not empty, f"{code}/{name}: empty, and not a documented lack of the language: {empty}"


def test_every_documented_lack_is_still_empty():
    for (code, name, path), why in LANGUAGE_LACKS.items():
        found = dict(_lists(_parsed(code, name)))
        assert path in found and len(found[path]) == 0, f"{code}/{name} {path} is no longer empty ({why})"


@pytest.mark.parametrize("code,name", _language_files(".toml"))
def test_no_duplicate_entries_in_a_list(code, name):
    dups = []
    for path, value in _lists(_parsed(code, name)):
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            dups += [(path, v) for v in sorted(set(value)) if value.count(v) > 1]
    assert not dups, f"{code}/{name}: {dups}"


@pytest.mark.parametrize("code,name", _language_files(".txt"))
def test_word_list_has_entries_and_no_duplicates(code, name):
    words = [w.casefold() for w in lang_module._read_list(code, name)]
    assert words, f"{code}/{name} is empty"
    assert len(words) == len(set(words)), f"{code}/{name}: {sorted({w for w in words if words.count(w) > 1})}"


@pytest.mark.parametrize("code,name", _language_files(".toml"))
def test_every_key_is_read_by_the_loader(reading, code, name):
    rec, _ = reading
    file = f"{code}/{name}"
    unread = sorted(k for k in _all_keys(_parsed(code, name)) if (file, k) not in rec.read)
    assert not unread, f"{file}: keys nothing reads (delete them or wire them): {unread}"


@pytest.mark.parametrize("code,name", _language_files(".txt"))
def test_every_word_list_is_read_by_the_loader(reading, code, name):
    _, lists_read = reading
    assert (code, name) in lists_read


@pytest.mark.parametrize("name", sorted({n for _, n in _language_files(".toml")}))
def test_both_languages_define_the_same_keys(reading, name):
    rec, _ = reading
    keys = {}
    for code in LANGUAGES:
        maps = {path for f, path in rec.maps if f == f"{code}/{name}"}
        keys[code] = {k for k in _all_keys(_parsed(code, name))
                      if not any(k.startswith(m + ".") for m in maps if m)
                      and (code, name, k) not in ONE_LANGUAGE_ONLY}
    first = keys[LANGUAGES[0]]
    for code in LANGUAGES[1:]:
        assert keys[code] == first, (f"{name}: only in {LANGUAGES[0]}: {sorted(first - keys[code])}; "
                                     f"only in {code}: {sorted(keys[code] - first)}")


def _source_outside_loader() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))
                     if p.name != "__init__.py" or p.parent.name != "lang") \
        + "\n".join(m.group(0) for m in re.finditer(r"def (?:is_\w+|stem)\(self.*?(?=\n    def |\n\n\n)",
                                                    (PACKAGE / "lang" / "__init__.py").read_text(), re.S))


@pytest.mark.parametrize("cls", [Language, AttributionWords, SlotWords, PageWords, Stemmer])
def test_every_loaded_field_is_used(cls):
    source = _source_outside_loader()
    unused = [f for f in cls.__dataclass_fields__ if not re.search(rf"\.{f}\b", source)]
    assert not unused, f"{cls.__name__}: fields the loader fills and no code reads: {unused}"


def test_no_language_branch_in_the_code():
    """A difference between languages is a data difference: no module outside the loader
    compares a language code (``lang.code == "en"``, ``code != "id"``)."""
    import ast
    branches = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "lang":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            if any(isinstance(s, ast.Constant) and s.value in LANGUAGES for s in sides) \
                    or any(isinstance(s, ast.Attribute) and s.attr == "code" for s in sides):
                branches.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not branches, branches
