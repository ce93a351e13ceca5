"""Sentences that survive abbreviations, numbers, dates and quotes."""
import pytest

from provenance.lang import language
from provenance.segment import split_sentences


def sents(text, code="id"):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), language(code))]


@pytest.mark.parametrize("text,n", [
    ("Tn. Budi tiba di Jl. Pejambon No. 6 pada Kamis (8/5/2025). Ia disambut menteri.", 2),
    ("Nilainya mencapai Rp 1.000 triliun atau 3,5 persen. Angka itu naik.", 2),
    ("Dr. Siti dan Prof. Andi hadir di Kab. Bogor. Acara dimulai pukul 09.00 WIB.", 2),
    ("PT Bank Central Asia Tbk. (BBCA) naik. Sahamnya menguat.", 2),
    ("The U.S. envoy met Mr. Xi on Jan. 21. He left on Friday.", 2),
    ("Joe Biden Jr. spoke. Then J. Smith replied.", 2),
])
def test_abbreviations_and_numbers(text, n):
    code = "en" if "envoy" in text or "Biden" in text else "id"
    assert len(sents(text, code)) == n


def test_quote_with_inner_full_stops_is_split_into_its_sentences():
    text = '"Kami membangun hubungan atas dasar persahabatan. Hubungan ini mandiri." Ia tersenyum.'
    assert sents(text) == ['"Kami membangun hubungan atas dasar persahabatan.', 'Hubungan ini mandiri."', "Ia tersenyum."]


def test_quote_closing_with_attribution_is_one_sentence():
    text = '"Kedua negara harus menjadi sahabat sejati," katanya kepada Putin. Xi lalu pergi.'
    assert sents(text)[0] == '"Kedua negara harus menjadi sahabat sejati," katanya kepada Putin.'


def test_offsets_slice_the_source():
    text = "  Satu kalimat di sini.   Kalimat kedua juga ada.  "
    for s, e in split_sentences(text, 0, len(text), language("id")):
        assert text[s:e] == text[s:e].strip()
