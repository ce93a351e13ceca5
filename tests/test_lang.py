"""The one loader of language knowledge (provenance/lang): the alternation helper, the
language objects, and differences between languages that are data, not code."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.dates import find_dates
from provenance.lang import (DEFAULT_LANGUAGE, LANGUAGES, alternation, language, page_words, possessive_after,
                             possessive_at_end, registry)

# ------------------------------------------------------------------ alternation


def test_the_longest_alternative_wins():
    rx = re.compile(rf"(?:{alternation(['pada', 'pada hari', 'hari'])})")
    assert rx.match("pada hari Senin").group(0) == "pada hari"


def test_alternatives_are_escaped():
    rx = re.compile(rf"^(?:{alternation(['Dok.', 'a+b', '(AP)'])})$")
    assert rx.match("Dok.") and rx.match("a+b") and rx.match("(AP)")
    assert not rx.match("Doks") and not rx.match("aab")


@pytest.mark.parametrize("words", [[], [""], ()])
def test_an_empty_list_matches_nothing(words):
    rx = re.compile(rf"(?:{alternation(words)})")
    assert rx.search("any text at all, even an empty one") is None
    assert rx.search("") is None


def test_spaces_in_a_phrase_can_match_any_run_of_spaces():
    rx = re.compile(alternation(["sehari sebelumnya"], space="[ \u00a0]+"))
    assert rx.search("pada sehari\u00a0 sebelumnya itu")
    assert not re.search(rf"(?:{alternation(['sehari sebelumnya'])})", "sehari\u00a0sebelumnya")


@given(st.lists(st.text(min_size=1, max_size=8), max_size=6), st.text(max_size=30))
def test_an_alternation_matches_exactly_its_words(words, text):
    rx = re.compile(rf"(?:{alternation(words)})")
    assert all(rx.fullmatch(w) for w in words)
    m = rx.search(text)
    assert m is None or m.group(0) in words


# ------------------------------------------------------------------ language objects


def test_an_unknown_code_gives_the_default_language():
    assert language("xx").code == DEFAULT_LANGUAGE


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_knows_its_calendar(code):
    lang = language(code)
    assert sorted(set(lang.months.values())) == list(range(1, 13))
    assert sorted(set(lang.weekdays.values())) == list(range(7))
    assert lang.date_order in ("dmy", "mdy")


def test_page_words_merge_every_language():
    """Pages mix languages (an Indonesian page with an English widget): the page-furniture
    words of every language count on every page."""
    labels = page_words().source_labels
    assert "sumber" in labels and "source" in labels
    assert set(page_words("id").source_labels) < set(labels)


@pytest.mark.parametrize("word,owner", [
    ("Ministry's", "Ministry"), ("Ministry’s", "Ministry"),  # straight and curly apostrophes
    ("Marcos", "Marcos"),  # a name that ends in "s" owns nothing
    ("s's", "s"),
])
def test_a_possessive_ending_is_cut_from_a_name_in_any_language_copy(word, owner):
    """English names stand in Indonesian copy too ("menurut Ministry's ...": rare, but the name
    is the same), so the endings of every language read are cut, whatever the article's."""
    assert possessive_at_end().sub("", word) == owner


@pytest.mark.parametrize("text,owned", [
    ("Budi's lawyer", True), ("Agus' lawyer", True), ("Agus’ lawyer", True),
    ("Budi said", False), ("Budi'sapa", False),  # not an ending: the word goes on
    ("Budi' said", False),  # the ending without "s" is a plural's only after an "s"
])
def test_a_possessive_after_a_name_is_read_where_the_name_ends(text, owned):
    assert bool(possessive_after().match(text, 4)) is owned


@pytest.mark.parametrize("name,canonical", [
    ("Kompas.com", "Kompas"),  # an alias
    ("nasional.kompas.com", "Kompas"),  # a sub-domain of a registered domain
    ("tribunjakarta.com", "Tribun Jakarta"),  # a member of a network, by its naming scheme
    ("ANTARA", "Antara"),  # all capitals
])
def test_the_registry_finds_an_outlet_by_any_of_its_names(name, canonical):
    assert registry().lookup(name).name == canonical


def test_a_bare_word_is_no_web_address():
    assert registry().by_web_address("surya") is None


# ------------------------------------------------------------------ differences that are data


@pytest.mark.parametrize("code,text,value", [
    ("id", "Rapat digelar 3/12/2024 di Jakarta.", date(2024, 12, 3)),  # day first
    ("en", "The meeting was held on 3/12/2024 in Jakarta.", date(2024, 3, 12)),  # month first
])
def test_numeric_dates_follow_the_language_date_order(code, text, value):
    assert [d.value for d in find_dates(text, language(code))] == [value]


def test_a_month_before_its_day_is_read_where_the_language_writes_it():
    assert [d.value for d in find_dates("The vote was held on June 12, 2024.", language("en"))] == [date(2024, 6, 12)]
    assert find_dates("Pemungutan suara digelar Juni 12, 2024.", language("id")) == []


@pytest.mark.parametrize("code,led,day,unled", [
    ("id", "Rapat digelar pada Senin sore", "Senin", "Grup Senin Ceria tampil"),
    ("id", "Warga mengungsi sejak Selasa malam", "Selasa", "Lagu Selasa Kelabu diputar"),
    ("en", "Talks resumed on Tuesday morning", "Tuesday", "The band Tuesday Night played"),
    ("en", "Flights have been grounded since Friday night", "Friday", "The film Friday Night Lights aired"),
])
def test_a_bare_weekday_is_a_date_after_its_lead_word(code, led, day, unled):
    assert [d.text for d in find_dates(led, language(code))] == [day]
    assert find_dates(unled, language(code)) == []


@pytest.mark.parametrize("code,text", [
    ("id", "Ia menjabat sejak 2019 hingga kini"),
    ("id", "Program itu dimulai tahun 2019 lalu"),
    ("en", "He has served since 2019 and will stay"),
    ("en", "The program started in 2019 with ten staff"),
])
def test_a_bare_year_is_a_date_after_its_lead_word(code, text):
    assert [d.value for d in find_dates(text, language(code))] == [date(2019, 1, 1)]


@pytest.mark.parametrize("code,text", [
    ("id", "Sebanyak 2019 warga mengungsi"),
    ("en", "Some 2019 residents fled"),
])
def test_a_bare_number_is_no_year(code, text):
    assert find_dates(text, language(code)) == []
