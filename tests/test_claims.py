"""Atomic claims: split what can be checked apart, keep what cannot."""
from helpers import article, claim_with


def texts(a):
    return [c.text for c in a.claims]


def test_two_clauses_joined_by_dan_are_two_claims():
    a = article('Keduanya berkomitmen mempererat kerja sama ke tingkat yang lebih tinggi dan "secara tegas" '
                'menentang pengaruh Washington.')
    assert texts(a) == ["Keduanya berkomitmen mempererat kerja sama ke tingkat yang lebih tinggi",
                        '"secara tegas" menentang pengaruh Washington.']


def test_coordinated_names_are_not_split():
    a = article("Xi mengatakan Tiongkok dan Rusia harus memperkuat fondasi kerja sama mereka.")
    assert len(a.claims) == 1


def test_coordinated_nouns_are_not_split():
    a = article("Kedua pemimpin berjanji untuk memperdalam hubungan pertahanan dan militer negara mereka.")
    assert len(a.claims) == 1


def test_embedded_relative_clause_is_a_claim_and_a_hole():
    text = ("Kunjungan Xi ke Moskow, yang bertepatan dengan peringatan 80 tahun berakhirnya Perang Dunia II, "
            "memberikan dukungan besar bagi pemimpin Rusia tersebut.")
    a = article(text)
    rel = claim_with(a, "bertepatan")
    main = claim_with(a, "memberikan dukungan")
    assert rel.text.startswith("bertepatan dengan peringatan 80 tahun")
    assert rel.context == "Kunjungan Xi ke Moskow"
    assert main.holes and "bertepatan" not in main.text
    assert main.text == "Kunjungan Xi ke Moskow memberikan dukungan besar bagi pemimpin Rusia tersebut."
    # every span still slices the source
    for c in a.claims:
        assert c.start < c.end and text[c.start:c.end]


def test_dash_appositive_is_its_own_claim():
    a = article('Penyelesaian hanya bisa dicapai dengan mengatasi "akar penyebabnya" — istilah yang kerap digunakan '
                "Rusia untuk membenarkan tindakannya.")
    assert len(a.claims) == 2
    assert a.claims[1].text.startswith("istilah yang kerap")


def test_temporal_clause_is_its_own_claim():
    a = article("Putin mengadakan panggilan video dengan Xi pada hari Selasa beberapa jam setelah Donald Trump "
                "dilantik sebagai presiden.")
    assert claim_with(a, "beberapa jam setelah").text.startswith("beberapa jam setelah Donald Trump")


def test_english_clauses():
    a = article("Russia said it wanted to mend ties with Washington, which have sunk to a post-Cold War low, "
                "and the talks failed to produce a ceasefire.")
    assert len(a.claims) >= 2
    assert any(c.text.startswith("have sunk") for c in a.claims)


def test_headline_and_caption_types():
    a = article("Menteri Tinjau Pelabuhan Baru\n"
                "Menteri meninjau pelabuhan baru di Makassar pada Senin Menteri meninjau pelabuhan baru di "
                "Makassar pada Senin ((Antara))\n"
                "Menteri Perhubungan meninjau pelabuhan baru di Makassar pada Senin (3/3/2025).\n")
    types = [c.claim_type for c in a.claims]
    assert types == ["headline", "caption", "statement"]


def test_claim_text_is_the_span_less_its_holes():
    a = article("Rusia, yang melancarkan perang melawan Ukraina sejak 2022, semakin dekat dengan Tiongkok.")
    for c in a.claims:
        assert c.text.replace(" ", "") in a.text[c.start:c.end].replace(" ", "") or c.holes


def test_according_to_is_not_a_clause_of_its_own():
    a = article("Chinese Commerce Minister Wang Wentao said China was ready to resolve differences through dialogue, "
                "according to a statement on the ministry's website.")
    assert len(a.claims) == 1
