"""Properties that hold for any input."""
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import assert_claim_text_is_its_span

from provenance import analyze_texts
from provenance.doc import Article
from provenance.pipeline import process_article

# news-like text: words, names, quotes, dates, punctuation, odd spaces and unicode
pieces = st.sampled_from([
    "Presiden", "Xi", "Jinping", "mengatakan", "kata", "dan", "yang", ",", ".", '"', "“", "”", "'", "—", "-",
    "(8/5/2025)", "Kamis", "pada", "hari", "Selasa", "lalu", "Reuters", "Dilansir", "dari", "Sumber:", "((Antara))",
    "\n", "\n\n", "\u00a0", "Baca", "Juga:", "TERKINI", "1.000", "3,5", "ke-80", "AS", "Tiongkok", "said", "the",
    "Moskow", "KONTAN.CO.ID", "-", "kedua", "negara", "berjanji", "meningkatkan", "kerja", "sama", "é", "中国", "🙂",
])
texts = st.one_of(st.lists(pieces, max_size=80).map(" ".join),
                  st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_claim_offsets_always_slice_the_source(text):
    a = process_article(Article("article:t", "t.txt", text))
    for c in a.claims:
        assert 0 <= c.start < c.end <= len(text)
        span = text[c.start:c.end]
        assert span.strip() == span or span.strip()
        for h0, h1 in c.holes:
            assert c.start <= h0 <= h1 <= c.end
        assert_claim_text_is_its_span(text, c)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=4))
def test_no_input_crashes_the_pipeline(ts):
    corpus = analyze_texts({f"t{i}.txt": t for i, t in enumerate(ts)})
    ids = {c.id for a in corpus.articles for c in a.claims}
    assert set(corpus.clusters) == ids
    for m in corpus.matches:
        assert m.a in ids and m.b in ids
