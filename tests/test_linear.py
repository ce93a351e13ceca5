"""Linear work per article: no stage's cost grows with the square of a line's length, and
the indexed helpers answer as the scans they replace did.

A stage that compares every span with every earlier one (each claim with every quotation,
each sentence start with the rest of the line), or a regular expression that backtracks
over a long run of spaces or stops, takes minutes on one long line where a linear stage
takes a second. Each case below is a line of one repeated unit that once made a stage
quadratic; the stage is timed alone (the stages before it run untimed), in CPU seconds so
that other work on the machine does not count. The helpers are checked against the plain
scans on random input.
"""
from __future__ import annotations

import time

import pytest
from hypothesis import given, settings, strategies as st

from provenance import claims, slots, speakers
from provenance.doc import Article, Claim, Span
from provenance.lang import language
from provenance.pipeline import ARTICLE_STAGES
from provenance.settings import DEFAULT

# characters in each adversarial line: a quadratic stage takes minutes here, a linear one a second
LINE_CHARS = 150_000


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
]


@pytest.mark.parametrize("stage, unit", CASES, ids=[f"{s}: {u[:12].strip()!r}" for s, u in CASES])
def test_a_long_line_is_read_in_linear_time(stage, unit):
    assert _stage_seconds(_line(unit), stage) < 3.0


# ------------------------------------------------------------------ the helpers


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=10), st.integers(0, 70),
       st.integers(1, 30))
def test_quote_coverage_counts_as_the_sum_over_quotes(inner, start, length):
    qs = [Span(a - 1, a + n + 1, "quote", {"inner": (a, a + n)}) for a, n in inner]
    end = start + length
    by_scan = sum(max(0, min(end, b + 1) - max(start, a - 1)) for a, b in (q.attrs["inner"] for q in qs))
    assert claims.QuoteCoverage(qs).covered(start, end) == by_scan
    assert claims.quoted_share(start, end, qs) == min(1.0, by_scan / length)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=12), st.integers(0, 60),
       st.integers(1, 20))
def test_the_quote_a_claim_overlaps_most_is_the_scans(spans, start, length):
    qs = sorted((Span(s, s + n, "quote") for s, n in spans), key=lambda q: (q.start, q.end))
    c = Claim("c", "a", start, start + length, "x")
    best, best_len = -1, 0
    for i, q in enumerate(qs):
        ov = min(c.end, q.end) - max(c.start, q.start)
        if ov > best_len:
            best, best_len = i, ov
    assert speakers._quote_of(c, speakers.QuoteIndex(qs)) == best


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)), max_size=10), st.integers(0, 70),
       st.integers(0, 20))
def test_intervals_answer_as_the_scan(spans, start, length):
    ivs = [(a, a + n) for a, n in spans]
    end = start + length
    index = slots.Intervals(ivs)
    assert index.contains(start) == any(a <= start < b for a, b in ivs)
    assert index.contains_end(end) == any(a < end <= b for a, b in ivs)
    assert index.touches(start, end) == any(a <= start < b or a < end <= b for a, b in ivs)


def test_every_claims_slots_are_gathered_in_linear_time():
    """Discrepancies gather the slots of every claim: with an index of the article, not a scan of
    every span of it for each claim (on a long article, quadratic)."""
    a = Article("article:t", "t.txt", _line("Ia tiba 5 orang di Jakarta; tidak akan datang pukul 10.00 WIB. "))
    for st in ARTICLE_STAGES:
        st.run(a, DEFAULT)
    t = time.process_time()
    index = slots.SlotIndex(a)
    gathered = [slots.of_claim(a, c, index) for c in a.claims]
    assert time.process_time() - t < 3.0
    for c, got in list(zip(a.claims, gathered))[::97]:  # as the scan over every span finds them
        for name in slots.LAYERS:
            assert getattr(got, name) == [s for s in a.layer(name) if slots._inside(s, c)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["mengatakan", "bahwa", "that", "said", "rumah", "dan", "pergi", "5", "Jakarta"]),
                min_size=1, max_size=14), st.data())
def test_clause_predicates_answer_as_the_scan(words, data):
    lang = language("id")
    text = " ".join(words)
    toks = claims.Words(text, 0, len(text)).within(0, len(text))
    seg = data.draw(st.integers(0, len(toks)))
    i = data.draw(st.integers(seg, len(toks)))
    assert claims.ClausePredicates(toks, lang).between(seg, i) == claims._clause_predicate(toks[seg:i], lang)


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
    assert _stage_seconds(text, "speakers") < 3.0
