"""A quotation's credit is not what it says: matching compares its words without it."""
import pytest

from provenance.doc import Article
from provenance.matching import BlockScorer, base_vectors, prepare
from provenance.matching.frame import content
from provenance.pipeline import process_article


@pytest.mark.parametrize("code, text, said", [
    # the credit after the marks, with the wire that relays it
    ("id", '"Jembatan baru itu akan dibuka untuk umum bulan depan," kata Gubernur Andi Rahman, menurut Antara.',
     '"Jembatan baru itu akan dibuka untuk umum bulan depan,"'),
    ("en", '"The new bridge will open to traffic next month," the governor said, according to the agency.',
     '"The new bridge will open to traffic next month,"'),
    # before the marks
    ("id", 'Wali kota mengatakan, "Pasar lama akan dipindahkan secara bertahap."',
     '"Pasar lama akan dipindahkan secara bertahap."'),
    ("en", 'The mayor told reporters: "The old market will be moved in stages."',
     '"The old market will be moved in stages."'),
    # an enclitic credit ("katanya")
    ("id", '"Kami akan menambah armada bus tahun ini," katanya.', '"Kami akan menambah armada bus tahun ini,"'),
])
def test_a_quotations_credit_is_left_out(code, text, said):
    assert content(text, code, "quote") == said


@pytest.mark.parametrize("code, text, kind", [
    # a report keeps its frame: two reports of one statement share it
    ("en", "The mayor said the old market will be moved in stages.", "statement"),
    ("id", "Menurut wali kota, pasar lama akan dipindahkan secara bertahap.", "statement"),
    # no credit outside the marks: what follows is the quotation's own sentence
    ("en", '"We will add buses this year," and the fleet will grow by a fifth.', "quote"),
    # what would be left is too short to stand for the quotation
    ("id", '"Siap," kata dia kepada wartawan di Balai Kota.', "quote"),
])
def test_a_report_or_a_quotation_without_a_credit_is_kept_whole(code, text, kind):
    assert content(text, code, kind) == text


STORY = {
    "id": ("Kota Baru (ANTARA) - Wali kota Kota Baru meresmikan terminal bus pada Senin.\n"
           "\"Terminal ini akan melayani dua puluh ribu penumpang setiap hari,\" kata Wali Kota Andi Rahman, "
           "menurut kantor berita Antara.\n",
           "Wali kota Kota Baru meresmikan terminal bus pada Senin.\n"
           "Andi Rahman berbicara di depan warga.\n"
           "\"Terminal ini akan melayani dua puluh ribu penumpang setiap hari.\"\n"),
    "en": ("NEW TOWN (Reuters) - The mayor of New Town opened a bus terminal on Monday.\n"
           "\"The terminal will serve twenty thousand passengers every day,\" Mayor Andrew Rahman said, "
           "according to the city's press office.\n",
           "The mayor of New Town opened a bus terminal on Monday.\n"
           "Andrew Rahman spoke to residents.\n"
           "\"The terminal will serve twenty thousand passengers every day.\"\n"),
}


@pytest.mark.parametrize("code", sorted(STORY))
def test_one_quotation_with_and_without_its_credit_compares_as_the_same_words(code):
    first, second = STORY[code]
    arts = [process_article(Article(f"article:{n}", f"{n}.txt", t)) for n, t in (("a", first), ("b", second))]
    infos, _ = prepare(arts)
    quotes = [k for k, i in enumerate(infos) if i.claim.claim_type == "quote"]
    assert len(quotes) == 2, [(i.claim.claim_type, i.claim.text) for i in infos]
    x, y = quotes
    # the credit stays in the key the other stages read (who said it, which wire relayed it)
    assert infos[x].key.tokens != infos[y].key.tokens
    assert set(infos[x].match_key.tokens) == set(infos[y].match_key.tokens)
    vectors, kind = base_vectors(infos)
    blk = BlockScorer(infos, vectors, kind).block("article:a", "article:b")
    p, q = blk.rows.index(x), blk.cols.index(y)
    assert blk.features["dice"][p, q] == pytest.approx(1.0)
    assert blk.features["people_differ"][p, q] == 0.0
