"""Reading the page: furniture out, metadata in (Indonesian and English)."""
from datetime import date

import pytest

from provenance.clean import caption_parts, clean, detect_language, read_dateline
from provenance.doc import Article


def cleaned(text):
    a = Article("article:t", "t.txt", text)
    clean(a)
    return a


def labels(a):
    return [(b.label, a.text[b.start:b.end]) for b in a.layer("blocks")]


ID_PAGE = """Menlu Bertemu Mitra ASEAN di Jakarta

Kompas - 12 Maret 2025, 10:15
thumbnail-author
Rina Wulandari
Penulis
Bagikan
JAKARTA, KOMPAS.com - Menteri Luar Negeri Sugiono bertemu para mitra ASEAN pada Selasa (11/3/2025).
Baca Juga: Harga Emas Hari Ini Naik Tipis
Pertemuan itu membahas kerja sama ekonomi dan keamanan kawasan selama tiga jam.
TERKINI
Timnas Bersiap Hadapi Laga Penting
Luar Negeri Senin, 10 Mar 2025 | 07:30 WIB
"""


def test_indonesian_page_furniture_and_metadata():
    a = cleaned(ID_PAGE)
    body = [t for lab, t in labels(a) if lab == "body"]
    assert len(body) == 2 and body[1].startswith("Pertemuan itu")
    furniture = [t for lab, t in labels(a) if lab == "furniture"]
    for f in ("Baca Juga: Harga Emas Hari Ini Naik Tipis", "Bagikan", "Rina Wulandari", "TERKINI",
              "Timnas Bersiap Hadapi Laga Penting"):
        assert f in furniture
    m = a.meta
    assert m.title == "Menlu Bertemu Mitra ASEAN di Jakarta"
    assert m.outlet == "Kompas" and m.published == date(2025, 3, 12) and m.language == "id"
    assert m.place == "Jakarta"
    assert "Rina Wulandari (Penulis)" in m.authors
    dl = a.layer("datelines")[0]
    assert a.text[dl.end:].startswith("Menteri Luar Negeri Sugiono")


EN_PAGE = """Leaders agree to expand trade

MOSCOW, May 8 (Reuters) - Russian President Vladimir Putin and Chinese President Xi Jinping met in the Kremlin on Thursday.
Read more: Oil prices rise
The two leaders said they would deepen cooperation in all areas, a statement said.
Related Articles
Markets close higher
"""


def test_english_page_reuters_dateline():
    a = cleaned(EN_PAGE)
    assert a.meta.language == "en"
    assert a.meta.outlet == "Reuters"
    assert a.meta.place == "Moscow"
    body = [t for lab, t in labels(a) if lab == "body"]
    assert len(body) == 2
    assert all("Oil prices" not in t and "Markets" not in t for t in body)


@pytest.mark.parametrize("line,outlet,place", [
    ("KONTAN.CO.ID - MOSKOW. Presiden Xi mengatakan", "Kontan", "Moscow"),
    ("Ntvnews.id, Moskow -\u00a0Presiden Xi", "NTVNews", "Moscow"),
    ("BEIJING, - Bulan lalu, diplomat AS", "", "Beijing"),
    ("Suara.com - Presiden Rusia Vladimir Putin", "Suara.com", ""),
    ("Jakarta (ANTARA) - Presiden Prabowo", "Antara", "Jakarta"),
    ("Liputan6.com, Jakarta - Menteri", "Liputan6", "Jakarta"),
    ("WASHINGTON (AP) — The president said", "Associated Press", "Washington"),
])
def test_datelines(line, outlet, place):
    dl = read_dateline(line)
    assert dl is not None
    assert dl["outlet"] == outlet and dl["place"] == place


@pytest.mark.parametrize("line", [
    "Partisipasi Xi - dan pernyataan bersama itu memberi dorongan",
    "Presiden Xi Jinping mengatakan - tanpa rincian - bahwa",
])
def test_prose_with_a_dash_is_no_dateline(line):
    assert read_dateline(line) is None


def test_caption_printed_twice_with_credit():
    line = "Dua pemimpin berjabat tangan di Istana Merdeka Dua pemimpin berjabat tangan di Istana Merdeka ((Antara))"
    credit, s, e, why = caption_parts(line)
    assert credit == "((Antara))"
    assert line[s:e] == "Dua pemimpin berjabat tangan di Istana Merdeka"
    assert "twice" in why


def test_source_credit_lines_are_not_claims():
    a = cleaned("Sumber: Reuters | Editor: Budi\nPresiden itu mengatakan kebijakan baru berlaku mulai pekan depan.\n(Sumber Antara)\n")
    got = labels(a)
    assert got[0][0] == "credit" and got[-1] == ("credit", "(Sumber Antara)")


def test_language_identification():
    assert detect_language("Presiden mengatakan bahwa kedua negara akan bekerja sama dalam bidang ekonomi.")[0] == "id"
    assert detect_language("The president said that the two countries would work together on the economy.")[0] == "en"


def test_truncated_long_paragraph_is_still_body():
    text = ("Namun, perundingan yang telah dilakukan tidak berhasil menciptakan kesepakatan gencatan senjata, dan "
            "Presiden itu mengancam akan menghentikan pembicara")
    assert labels(cleaned(text)) == [("body", text)]


def test_wire_dateline_with_a_title_case_place_and_author_lines():
    a = cleaned("China dan Uni Eropa Sepakat Lanjutkan Perundingan\n\nJumat, 13 Juni 2025 08:15 WIB\n\n"
                "Brussel (ANTARA) - China dan Uni Eropa pada Kamis (12/6) sepakat melanjutkan perundingan tarif.\n\n"
                "Pewarta: Budi Santoso\nEditor: Siti Aminah\n")
    assert a.meta.outlet == "Antara" and a.meta.place == "Brussel"
    assert a.meta.published == date(2025, 6, 13)
    assert a.meta.authors == ["Budi Santoso (Pewarta)", "Siti Aminah (Editor)"]


def test_english_reporting_credit_line_is_furniture():
    a = cleaned("The two ministers signed a trade pact in Hanoi on Monday after three days of talks.\n"
                "(Reporting by Jane Doe; Editing by John Smith)\n")
    assert [lab for lab, _ in labels(a)] == ["body", "furniture"]
    assert a.meta.authors == ["Jane Doe (Reporting by)", "John Smith (Editing by)"]


def test_teaser_scraped_onto_the_end_of_a_paragraph_is_furniture():
    line = ("Menteri itu mengatakan kebijakan baru berlaku mulai pekan depan. Baca juga: Harga Emas Hari Ini Naik "
            "Tipis")
    a = cleaned(line + "\n")
    assert labels(a) == [("body", "Menteri itu mengatakan kebijakan baru berlaku mulai pekan depan."),
                         ("furniture", "Baca juga: Harga Emas Hari Ini Naik Tipis")]


@pytest.mark.parametrize("footer", [
    "Simak breaking news dan berita pilihan kami langsung di ponselmu melalui aplikasi resmi kami.",
    "Artikel ini telah tayang di Tribunnews.com dengan judul Putin dan Xi Bertemu di Moskow.",
    "Our Standards: The Thomson Reuters Trust Principles.",
])
def test_footers_that_read_like_sentences(footer):
    a = cleaned("Menteri itu mengatakan kebijakan baru berlaku mulai pekan depan di seluruh provinsi.\n" + footer + "\n")
    assert labels(a)[-1] == ("furniture", footer)


def test_a_web_address_names_the_outlet():
    a = cleaned("https://www.kompas.com/global/read/2025/05/08/xi-putin\nXi dan Putin Bertemu di Moskow\n"
                "Presiden China Xi Jinping bertemu Presiden Rusia Vladimir Putin di Moskow pada Kamis (8/5/2025).\n")
    assert a.meta.outlet == "Kompas"
    assert [lab for lab, _ in labels(a)][:2] == ["meta", "title"]
