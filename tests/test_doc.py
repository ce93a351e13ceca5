"""The document model (provenance/doc.py): a text that never changes, and spans over it."""
from __future__ import annotations

from datetime import date

import pytest

from provenance.doc import Article, DateMention, Span

TEXT = "Gempa mengguncang Watukali. Warga mengungsi."


def test_a_layer_is_kept_in_text_order():
    a = Article("article:t", "t.txt", TEXT)
    a.add("sentences", [Span(28, 44, "sentence"), Span(0, 27, "sentence")])
    assert [(s.start, s.end) for s in a.layer("sentences")] == [(0, 27), (28, 44)]


def test_a_layer_nobody_added_is_empty():
    assert Article("article:t", "t.txt", TEXT).layer("quotes") == []


@pytest.mark.parametrize("start,end", [(-1, 4), (40, 45), (5, 3)])
def test_a_span_outside_the_text_is_refused_naming_the_file(start, end):
    a = Article("article:t", "folder/t.txt", TEXT)
    with pytest.raises(ValueError, match="folder/t.txt"):
        a.add("claims", [Span(start, end)])
    assert "claims" not in a.layers


def test_span_text_is_the_text_at_the_offsets():
    a = Article("article:t", "t.txt", TEXT)
    assert a.span_text(Span(18, 26)) == "Watukali"
    assert a.span_text((28, 33)) == "Warga"
    assert Span(18, 26).text(TEXT) == "Watukali" and len(Span(18, 26)) == 8


def test_adding_layers_never_changes_the_text():
    a = Article("article:t", "t.txt", TEXT)
    a.add("sentences", [Span(0, 27), Span(28, 44)])
    a.add("blocks", [Span(0, 44, "body")])
    assert a.text == TEXT


@pytest.mark.parametrize("precision,iso", [("day", "2025-01-21"), ("month", "2025-01"), ("year", "2025")])
def test_a_date_is_written_to_its_precision(precision, iso):
    assert DateMention(0, 5, "x", date(2025, 1, 21), precision=precision).iso() == iso


def test_an_unresolved_date_has_no_iso_form():
    assert DateMention(0, 5, "Selasa", None, relative=True).iso() == ""


@pytest.mark.parametrize("path,name", [("a/b/c.txt", "c.txt"), ("a\\b\\c.txt", "c.txt"), ("c.txt", "c.txt")])
def test_an_article_is_named_by_its_file(path, name):
    assert Article("article:c", path, "").name == name


@pytest.mark.parametrize("value,precision,last", [
    (date(2025, 12, 1), "month", date(2025, 12, 31)),
    (date(2024, 2, 1), "month", date(2024, 2, 29)),
    (date(2025, 1, 1), "year", date(2025, 12, 31)),
    (date(2025, 3, 3), "week", date(2025, 3, 9)),
    (date(2025, 3, 3), "day", date(2025, 3, 3)),
])
def test_the_last_day_of_the_period_a_date_names(value, precision, last):
    assert DateMention(0, 1, "x", value, precision=precision).last_day() == last
