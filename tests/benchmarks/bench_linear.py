"""Linear work per article: no stage's cost grows with the square of a line's length.

    python -m pytest tests/benchmarks/bench_linear.py

A stage that compares every span with every earlier one (each claim with every quotation,
each sentence start with the rest of the line), or a regular expression that backtracks
over a long run of spaces or stops, takes minutes on one long line where a linear stage
takes a second. Each case below is a line of one repeated unit that once made a stage
quadratic; the stage is timed alone (the stages before it run untimed), in CPU seconds so
that other work on the machine does not count, against a bound far above linear and far
below quadratic. Outside the default test run (a timed test is a benchmark); it takes a few
minutes.
"""
from __future__ import annotations

import time

import pytest

from provenance import slots
from provenance.doc import Article
from provenance.pipeline import ARTICLE_STAGES
from provenance.settings import DEFAULT

# characters in each adversarial line: a quadratic stage takes minutes here, a linear one a second
LINE_CHARS = 150_000
# CPU seconds a stage may take on one such line
BOUND = 3.0


def _stage_seconds(text: str, stage: str) -> float:
    """CPU seconds of one per-article stage on ``text``, the stages before it run untimed."""
    a = Article("article:t", "t.txt", text)
    for st in ARTICLE_STAGES:
        t = time.process_time()
        st.run(a, DEFAULT)
        if st.name == stage:
            return time.process_time() - t
    raise ValueError(stage)


def _line(unit: str, n_chars: int = LINE_CHARS) -> str:
    """One body line: a sentence's start, ``unit`` repeated, a sentence's end."""
    body = (unit * (n_chars // len(unit) + 1))[:n_chars]
    return f"Menteri itu mengatakan bahwa kebijakan {body} berlaku hari ini kata dia."


# (stage, unit): the stage was quadratic on a line of that unit
CASES = [
    ("claims", "(a) "),
    ("claims", "Xi mengatakan dan "),
    ("claims", "di mana a b c d "),
    ("claims", "“Ya. "),  # a claim per quoted sentence: each summed every quotation for its share
    ("claims", "5 orang di Jakarta dan "),  # each coordinator read its whole clause for a predicate
    ("speakers", "“Ya. "),  # each claim read every quotation for the one it overlaps most
    ("quotes", 'a" '),
    ("quotes", "“a "),
    ("persons", "Abc "),
    ("segment", "a.b. "),
    ("segment", "."),  # the boundary regex tried a run of dots from every dot, at every length
    ("segment", "Dr. "),  # the word before each stop was searched for from the sentence's start
    ("slots", "5 orang di Jakarta; "),  # each place asked every count, each count every clause stop
    ("slots", "to 5 "),  # each figure after "to" searched its sentence again for a word of change
    ("slots", "Ia tiba 1 Mei 2020. "),  # each stretch of claims copied every date of the article
    ("clean", "Ia tiba Kamis (1/5). "),  # each sentence start copied and split the rest of the line, for a photo credit
    ("claims", "a, "),  # each comma copied the rest of its clause and read its left side again
    ("claims", "Presiden , "),  # the same, the comma after a capitalised word
    ("claims", "a b c d, yang e f g h, "),  # each relative marker read the sentence before and after it again
    ("claims", "tiga jam setelah "),  # each phrase of time listed the words on either side of it
    ("speakers", "Xi mengatakan dan "),  # each speech verb split the sentence from its start for a subject
    ("attribution", "“Ya. "),  # each unclosed quotation listed every claim to its paragraph's end
    ("dates", "Kamis, "),  # each date was checked against every date read before it
    ("pagemeta", "1/1/2020 "),  # the same, reading the lead's dates for the publication date
    ("persons", "Reuters dan Antara "),  # each word was sought in every registry name found in the text
    ("claims", "Polisi menangkap pria tua itu yang mencuri motor 2024 "),  # restrictive relatives: one sweep
    ("claims", "The agency signed a long deal that cuts 300 tariffs "),  # the same in English
    ("claims", "Pada kunjungan ke Papua sejak Juli 2019, "),  # a fronted phrase of occasion at each comma
    ("attribution", "Kremlin merilis video itu. "),  # each release walked back over its paragraph's claims,
    # and each sentence's question for its names read every name of its line
    ("claims", "di rumah "),  # phrases of place with no value: each ran on to the next with one
    ("claims", "tiba di Kota 5 pada kedalaman 7 km di Desa A "),  # chains of phrases of place and measure
    ("claims", "tewas akibat gempa 7 "),  # phrases of cause: each read to the next comma for a figure
    ("claims", "termasuk a b c, "),  # a list after a word of inclusion, read once
]


@pytest.mark.parametrize("stage, unit", CASES, ids=[f"{s}: {u[:12].strip()!r}" for s, u in CASES])
def test_a_long_line_is_read_in_linear_time(stage, unit):
    assert _stage_seconds(_line(unit), stage) < BOUND


def test_every_claims_slots_are_gathered_in_linear_time():
    """Discrepancies gather the slots of every claim: with an index of the article, not a scan of
    every span of it for each claim (on a long article, quadratic)."""
    a = Article("article:t", "t.txt", _line("Ia tiba 5 orang di Jakarta; tidak akan datang pukul 10.00 WIB. "))
    for st in ARTICLE_STAGES:
        st.run(a, DEFAULT)
    t = time.process_time()
    index = slots.SlotIndex(a)
    gathered = [slots.of_claim(a, c, index) for c in a.claims]
    assert time.process_time() - t < BOUND
    for c, got in list(zip(a.claims, gathered))[::97]:  # as the scan over every span finds them
        for name in slots.LAYERS:
            assert getattr(got, name) == [s for s in a.layer(name) if slots.inside(s, c)]


# paragraphs of an ordinary article (written for this test), repeated to one long article
PARAGRAPHS = [
    'Menteri Perhubungan Budi Santoso mengatakan, "Kami akan membuka jalur baru bulan depan."',
    "Ia menambahkan bahwa 120 orang bekerja di proyek itu sejak Senin (3/2/2025), seperti dikutip Antara.",
    "Foto: Petugas memeriksa rel di Bandung. (ANTARA/Rina Wulandari)",
    'The minister told Reuters on Tuesday that "the line will open next month", according to a statement.',
    "Sekitar 40 warga menolak rencana itu dan meminta pemerintah daerah menunda pembangunan, kata Ketua RT Ahmad.",
]


def test_a_long_article_of_many_paragraphs_is_read_in_linear_time():
    """Each claim's sentence, paragraph and quotations looked up by binary search: scans of
    every one of them for each claim took seconds more a megabyte on every megabyte."""
    text = "\n".join(PARAGRAPHS[k % len(PARAGRAPHS)] for k in range(1_000_000 // 90))
    assert _stage_seconds(text, "speakers") < BOUND
