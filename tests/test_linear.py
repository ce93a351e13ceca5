"""The indexed helpers that keep each stage linear on a long article answer as the plain
scans they replace did (on random input). The timing itself, a stage on a line of 150,000
characters, is a benchmark outside the test run: ``tests/benchmarks/bench_linear.py``.
"""
from __future__ import annotations


from hypothesis import given, settings, strategies as st

from provenance import attribution, claims, clean, slots, speakers
from provenance.doc import Article, ByStart, Claim, Span
from provenance.lang import language
from provenance.pipeline import ARTICLE_STAGES
from provenance.settings import DEFAULT

# characters in each adversarial line: a quadratic stage takes minutes here, a linear one a second
LINE_CHARS = 150_000


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


def test_every_claims_slots_gathered_by_the_index_are_the_scans():
    """Discrepancies gather the slots of every claim with an index of the article (a scan of
    every span for each claim is quadratic on a long article): the same slots as the scan."""
    text = "Menteri itu mengatakan bahwa " + "Ia tiba 5 orang di Jakarta; tidak akan datang pukul 10.00 WIB. " * 60
    a = Article("article:t", "t.txt", text)
    for stage in ARTICLE_STAGES:
        stage.run(a, DEFAULT)
    index = slots.SlotIndex(a)
    assert a.claims
    for c in a.claims:
        got = slots.of_claim(a, c, index)
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


# spans as (start, length), in any order: a layer is sorted, a list of claims' dates need not be
_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_SPANS, st.integers(0, 70), st.integers(0, 20))
def test_spans_by_start_answer_as_the_scan_in_the_lists_order(spans, start, length):
    """Each claim's dates, a page's dated blocks, a credit line's captions: found by binary
    search, in the order the scan over every span gave."""
    ss = [Span(a, a + n, str(k)) for k, (a, n) in enumerate(spans)]
    end = start + length
    index = ByStart(ss)
    assert index.within(start, end) == [x for x in ss if start <= x.start and x.end <= end]
    assert index.starting_in(start, end) == [x for x in ss if start <= x.start < end]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(-1, 6), st.integers(0, 3)), max_size=15), st.integers(-2, 7))
def test_bodies_named_so_far_answer_as_the_scan(named, since):
    """An anaphor ("the ministry said") reads the bodies named in its paragraph and the one
    before, kept by paragraph: the same names, in the same order, as the scan of all of them."""
    recent, so_far = [], attribution._NamedSoFar()
    for k, (para, n) in enumerate(named):
        names = [f"{k}.{j}" for j in range(n)]
        so_far.add(para, names)
        recent += [(para, x) for x in names]
    assert so_far.since(since) == [x for p, x in recent if p >= since]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(1, 8), min_size=1, max_size=10), st.lists(st.tuples(st.integers(0, 80), st.integers(0, 3)),
                                                               max_size=12), st.data())
def test_a_photo_credits_captions_are_the_scans(line_lengths, claim_spans, data):
    """The captions a photo credit closes: those of its line and of the caption lines right
    before it, found by binary search as the scan over every line and caption found them."""
    lines, pos = [], 0
    for n in line_lengths:
        lines.append((pos, pos + n))
        pos += n + 1
    captions = [Claim(f"c{k}", "a", a, a + n, "x", claim_type="caption") for k, (a, n) in enumerate(claim_spans)]
    s, e = lines[data.draw(st.integers(0, len(lines) - 1))]

    def by_scan():
        out = [c for c in captions if s <= c.start < e]
        for ls, le in reversed([(ls, le) for ls, le in lines if le <= s]):
            prev = [c for c in captions if ls <= c.start < le]
            if not prev:
                break
            out = prev + out
        return out

    assert attribution._captions_of(ByStart(captions), lines, [le for _ls, le in lines], s, e) == by_scan()


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(["a", "B", "/", " ", "\u00a0", "\u2003", "\t", "\n", "\x1c", "\x85", "\u200b"]), max_size=30),
       st.integers(0, 30), st.integers(0, 30), st.integers(0, 6))
def test_a_photo_credits_word_count_is_str_splits(line, start, end, most):
    """A photo credit is read from each sentence start only when the rest of the line has few
    words, counted without copying the rest: the count str.split() gives, read no further."""
    assert clean._at_most_words(line, start, end, most) == (len(line[start:end].split()) <= most)
