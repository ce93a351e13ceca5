"""Linear work per article: the indexed helpers answer as the scans they replace did, and
no stage's cost grows with the square of a line's length.

Each stage once compared every span with every earlier one (quotes with sentence starts,
claims with every quotation, dates with every date found) or had a regular expression
that backtracks over a long run of spaces or stops. The helpers are checked against the
plain scans on random input; the stages are timed on long adversarial lines, where
doubling the length four times over must not cost sixteen times as much.
"""
from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings, strategies as st

from provenance import attribution, claims, clean, dates, quotes, segment, speakers
from provenance.doc import Article, Claim, Span
from provenance.lang import language
from provenance.pipeline import process_article

intervals = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])),
                     max_size=12)


# ------------------------------------------------------------------ shared


def _seconds(f) -> float:
    t = time.process_time()
    f()
    return time.process_time() - t


def assert_quick(run, limit: float = 3.0) -> None:
    """Work on a line of a few hundred thousand characters: minutes when each span is
    compared with every earlier one (or a regex backtracks over a long run), about a
    second or less when linear. CPU time, so that other work on the machine does not count."""
    assert _seconds(run) < limit


ID = language("id")


# ------------------------------------------------------------------ claims.py


@settings(max_examples=200, deadline=None)
@given(intervals, st.integers(-2, 75))
def test_protected_answers_as_the_scan_of_every_span(spans, pos):
    assert (pos in claims.Protected(spans)) == any(s < pos < e for s, e in spans)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=10), st.integers(0, 70),
       st.integers(1, 30))
def test_quote_coverage_counts_as_the_sum_over_quotes(inner, start, length):
    qs = [Span(a - 1, a + n + 1, "quote", {"inner": (a, a + n)}) for a, n in inner]
    end = start + length
    naive = sum(max(0, min(end, b + 1) - max(start, a - 1)) for a, b in (q.attrs["inner"] for q in qs))
    assert claims.QuoteCoverage(qs).covered(start, end) == naive
    assert claims.quoted_share(start, end, qs) == min(1.0, naive / length)


_HEAD_WORDS = st.sampled_from(["dan", "serta", "and", "or", "kota", "Jakarta,", "itu;", "baru:", "a", "Menteri"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_HEAD_WORDS, min_size=1, max_size=20))
def test_the_head_of_a_relative_clause_reads_the_same_from_a_short_window(words):
    text = " ".join(words) + " yang"
    toks = claims.tokens(text, 0, len(text))
    i = len(toks) - 1  # the marker
    if i == 0:
        return
    whole = claims._head_phrase(text[toks[0].start:toks[i - 1].end].rstrip(","))
    window = claims._head_phrase(text[claims._head_window_start(toks, 0, i):toks[i - 1].end].rstrip(","))
    assert window == whole


@pytest.mark.parametrize("text, holes", [
    ("Menteri itu , yang baru saja tiba di kota , mengatakan hal itu kepada wartawan", ()),
    ("Menteri itu mengatakan hal itu kepada wartawan", ((10, 21),)),
])
def test_words_skip_the_holes(text, holes):
    toks = claims.tokens(text, 0, len(text))
    expected = [t for t in toks if not any(hs <= t.start < he for hs, he in holes)]
    assert claims._words(toks, 0, len(text), holes) == expected
    assert claims._count_words(toks, 5, 30) == len([t for t in toks if 5 <= t.start and t.end <= 30])


@pytest.mark.parametrize("unit, protected", [
    ("(a) ", lambda text: [(m.start(), m.end()) for m in re.finditer(r"\(a\)", text)]),
    ("Xi mengatakan dan ", lambda text: []),
    ("a b c d, yang e f g h, ", lambda text: []),
    ("di mana a b c d ", lambda text: []),
    ("Xi tiba tiga jam setelah ", lambda text: []),
], ids=["parentheses", "coordinated clauses", "relative clauses", "di mana clauses", "temporal clauses"])
def test_a_long_sentence_is_cut_in_linear_time(unit, protected):
    text = unit * (200_000 // len(unit))
    spans = protected(text)
    assert_quick(lambda: claims.split_sentence(text, 0, len(text), ID, spans))


def test_spaces_before_no_dash_do_not_backtrack():
    text = "Menteri itu mengatakan" + " " * 40_000 + "hal itu kepada wartawan di Jakarta"
    assert_quick(lambda: claims.split_sentence(text, 0, len(text), ID, []))


# ------------------------------------------------------------------ quotes.py


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6)), max_size=12), st.integers(0, 70),
       st.integers(0, 20))
def test_persons_in_a_stretch_are_the_scans(spans, start, length):
    persons = sorted((Span(s, s + n, "person") for s, n in spans), key=lambda p: (p.start, p.end))
    end = start + length
    assert quotes.persons_in(persons, start, end) == [p for p in persons if start <= p.start and p.end <= end]


def _longest_names_by_scan(names):
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    mapping = {}
    for n in ordered:
        toks = n.split()
        for m in ordered:
            if len(m) <= len(n):
                break
            mt = m.split()
            if set(toks) <= set(mt) and (toks[-1] == mt[-1] or toks[0] == mt[0] or len(toks) == 1):
                mapping[n] = mapping.get(m, m)
                break
    return mapping


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Xi", "Jinping", "Recep", "Tayyip", "Erdogan", "Ana", "Li"]),
                         min_size=1, max_size=4).map(" ".join), max_size=8))
def test_longest_names_are_the_scans(names):
    assert quotes.longest_names(names) == _longest_names_by_scan(names)


def test_closing_marks_find_their_sentence_in_linear_time():
    text = 'a" ' * 60_000
    starts = list(range(0, len(text), 4))
    assert_quick(lambda: quotes.find_quotes(text, 0, len(text), starts))


@pytest.mark.parametrize("unit", ["Abc ", "Budi Santoso dan "])
def test_persons_are_found_in_linear_time(unit):
    text = unit * (200_000 // len(unit))
    a = Article("article:t", "t.txt", text)
    a.meta.language = "id"
    assert_quick(lambda: quotes.find_persons(a, [(0, len(text))]))


# ------------------------------------------------------------------ speakers.py


@settings(max_examples=200, deadline=None)
@given(intervals, st.integers(0, 60), st.integers(1, 20))
def test_the_quote_a_claim_overlaps_most_is_the_scans(spans, start, length):
    qs = sorted((Span(s, e, "quote") for s, e in spans if e > s), key=lambda q: (q.start, q.end))
    c = Claim("c", "a", start, start + length, "x")
    best, best_len = None, 0
    for q in qs:
        ov = min(c.end, q.end) - max(c.start, q.start)
        if ov > best_len:
            best, best_len = q, ov
    assert speakers._quote_in(c, speakers._QuoteIndex(qs)) is best


def test_many_quotes_and_claims_in_linear_time():
    # one claim and one unclosed quote (to the paragraph's end) per sentence: every claim
    # once read every quote, and counted the words of its quote to the paragraph's end
    text = "Menteri itu berkata: " + "“Ya. " * 20_000 + " kata dia."
    assert_quick(lambda: process_article(Article("article:t", "t.txt", text)), limit=8.0)


@pytest.mark.parametrize("text, three", [("a b c", True), ("  a\u00a0b\tc d", True), ("a b", False), (" a  b ", False),
                                         ("", False)])
def test_three_words_are_counted_as_split_counts_them(text, three):
    assert bool(speakers._THREE_WORDS.match(text)) is three is (len(text.split()) >= 3)


# ------------------------------------------------------------------ dates.py


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=10), st.integers(0, 60),
       st.integers(1, 8))
def test_a_date_overlaps_the_taken_ones_as_the_scan_says(spans, s, n):
    taken: list[tuple[int, int]] = []
    for a, k in spans:  # non-overlapping, as find_dates keeps them
        if not any(a < te and ts < a + k for ts, te in taken):
            taken.append((a, a + k))
    taken.sort()
    assert dates._overlaps_taken(taken, s, s + n) == any(s < te and ts < s + n for ts, te in taken)


@pytest.mark.parametrize("unit", ["1/1/2020 ", "Kamis, ", "21 Januari "])
def test_many_dates_are_read_in_linear_time(unit):
    text = unit * (180_000 // len(unit))
    assert_quick(lambda: dates.find_dates(text, ID))


def test_spaces_after_a_weekday_do_not_backtrack():
    assert_quick(lambda: dates.find_dates("Kamis" + " " * 40_000 + "x", language("en")))


# ------------------------------------------------------------------ segment.py


def test_a_run_of_stops_does_not_backtrack():
    text = "Ia datang" + "." * 40_000 + " Lalu pergi."
    assert segment.split_sentences(text, 0, len(text), language("id"))[-1] == (40_010, len(text))
    assert_quick(lambda: segment.split_sentences(text, 0, len(text), language("id")))


@pytest.mark.parametrize("unit", ["A. ", "a.b. ", "Dr. "])
def test_stops_that_end_no_sentence_are_read_in_linear_time(unit):
    text = unit * (180_000 // len(unit))
    assert_quick(lambda: segment.split_sentences(text, 0, len(text), ID))


# ------------------------------------------------------------------ clean.py


@pytest.mark.parametrize("run", [
    lambda: clean.ends_like_sentence('"' + " " * 40_000 + "x"),
    lambda: clean.caption_parts("(Foto" + " " * 40_000 + "x"),
    lambda: clean.inline_teaser("a Baca juga: " * 20_000, 0, 260_000),
], ids=["spaces after a quote mark", "spaces after a photo credit word", "many teaser markers"])
def test_line_rules_do_not_backtrack(run):
    assert_quick(run)


def test_a_teaser_after_a_sentence_is_still_found():
    line = "Menteri itu datang kemarin. Baca juga: Harga Emas Naik"
    assert clean.inline_teaser(line, 0, len(line)) == line.index("Baca")


# ------------------------------------------------------------------ attribution.py


def test_many_sources_in_one_sentence_in_linear_time():
    text = "Reuters dan Antara " * 10_000
    assert_quick(lambda: attribution.find_cues(text, 0, len(text), ID))


@pytest.mark.parametrize("text, source", [
    ("Dilansir dari Reuters, Presiden itu datang.", "Reuters"),
    ("DILANSIR DARI Reuters, Presiden itu datang.", "Reuters"),
    ("Menurut Kementerian Luar Negeri China, pembicaraan itu berlangsung hangat.", "Chinese Ministry of Foreign Affairs"),
    ("Seperti dikutip dari AFP, kapal itu tenggelam.", "AFP"),
    ("The talks were cordial, according to the Associated Press.", "Associated Press"),
])
def test_cues_are_still_found_with_the_last_word_check(text, source):
    lang = language("en") if "according" in text else ID
    assert source in {c.source for c in attribution.find_cues(text, 0, len(text), lang)}


@pytest.mark.parametrize("unit", ["Kremlin merilis video itu. ", "Dilansir dari Reuters, Kamis (1/5). "])
def test_releases_and_credits_in_linear_time(unit):
    text = "Menteri itu mengatakan hal itu. " + unit * (100_000 // len(unit))
    assert_quick(lambda: process_article(Article("article:t", "t.txt", text)), limit=8.0)


# ------------------------------------------------------------------ match.py, events.py


def _long_article_with_many_people():
    lines = [f"Menteri {n} bertemu Gubernur {m} di Jakarta pada Senin, kata juru bicara itu."
             for n, m in zip(["Budi Santoso", "Siti Rahma", "Agus Salim", "Dewi Lestari"] * 1000,
                             ["Rudi Hartono", "Maya Sari", "Joko Susilo", "Rina Wati"] * 1000)]
    return process_article(Article("article:t", "t.txt", "\n".join(lines)))


def test_the_people_of_each_claim_are_a_slice_of_the_persons_layer():
    from provenance import match
    from provenance.pipeline import Corpus
    from provenance import events

    a = _long_article_with_many_people()
    assert len(a.claims) >= 4000 and len(a.layer("persons")) >= 8000
    infos = []
    # 1.8 s and 1.0 s when every claim read the whole layer; about 0.4 s and 0.02 s now
    assert_quick(lambda: infos.extend(match.prepare([a])), limit=1.0)
    assert infos[0].key is not None
    assert_quick(lambda: events.assign_events(Corpus([a]), infos), limit=0.5)
    assert any(ev.participants for ev in events.assign_events(Corpus([a]), infos))
