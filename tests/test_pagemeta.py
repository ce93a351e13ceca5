"""Page metadata: outlet, publication date, place, language (on pages written for these tests)."""
from datetime import date

import pytest

from provenance.clean import clean
from provenance.doc import Article
from provenance.lang import registry
from provenance.pagemeta import detect_language, find_stamps, read_dateline, read_metadata


def page(text):
    a = Article("article:t", "t.txt", text)
    clean(a)
    read_metadata(a)
    return a


# ------------------------------------------------------------------ datelines


@pytest.mark.parametrize("line,outlet,place", [
    ("KONTAN.CO.ID - MOSKOW. Presiden Xi mengatakan", "Kontan", "Moscow"),
    ("Ntvnews.id, Moskow -\u00a0Presiden Xi", "NTVNews", "Moscow"),
    ("BEIJING, - Bulan lalu, diplomat AS", "", "Beijing"),
    ("Suara.com - Presiden Rusia Vladimir Putin", "Suara.com", ""),
    ("Jakarta (ANTARA) - Presiden Prabowo", "Antara", "Jakarta"),
    ("Liputan6.com, Jakarta - Menteri", "Liputan6", "Jakarta"),
    ("WASHINGTON (AP) — The president said", "Associated Press", "Washington"),
    ("Brussel (ANTARA) - China dan Uni Eropa", "Antara", "Brussels"),
    ("GENEVA, Switzerland (Reuters) -Talks resumed on Monday", "Reuters", "Geneva"),
    ("KUPANG, Indonesia — A ferry sank off the coast", "", "Kupang"),
    ("Jakarta, CNN Indonesia --", "CNN Indonesia", "Jakarta"),
    ("TRIBUNJATENG.COM, SEMARANG - Banjir merendam", "Tribun Jateng", "Semarang"),
    ("RADARBOGOR.ID - Pemerintah Kota Bogor", "Radar Bogor", ""),
    ("Reuters. The central bank raised rates", "Reuters", ""),
    ("Surabaya: Ribuan warga memadati", "", "Surabaya"),
    # the outlet between slashes after the place and the day
    ("MOSCOW, June 19. /TASS/. The two presidents signed", "TASS", "Moscow"),
    # the country and the outlet with no bracket between
    ("Seoul, South Korea CNN — North Korea fired a missile", "CNN", "Seoul"),
    # the place alone before the outlet: a city the country table knows for its government
    # ("Tokyo"), or a territory that is both ("Hong Kong")
    ("Tokyo CNN — A powerful earthquake struck", "CNN", "Tokyo"),
    ("Hong Kong CNN — A typhoon made landfall", "CNN", "Hong Kong"),
    # an outlet the registry lacks, read as the page writes it
    ("WARTAKITA.COM - Harga cabai naik", "WARTAKITA.COM", ""),
    ("Bandung, KABARKU - Hujan deras", "KABARKU", "Bandung"),
    ("SUARA WARGA NEWS, MEDAN – Polisi menangkap", "SUARA WARGA NEWS", "Medan"),
    # a town and, in brackets, an outlet that neither the registry nor the gazetteer knows
    ("Karang Tengah (KabarLembah) - Banjir merendam dua desa", "KabarLembah", "Karang Tengah"),
])
def test_datelines(line, outlet, place):
    dl = read_dateline(line, line + " ...", 0)
    assert dl is not None
    assert dl["outlet"] == outlet and dl["place"] == place


@pytest.mark.parametrize("line", ["Menurut Budi (41) - warga setempat - banjir datang tiba-tiba.",
                                  "Harga cabai (per kilogram) - naik dua kali lipat."])
def test_a_bracket_in_prose_before_a_dash_is_no_dateline(line):
    assert read_dateline(line, line, 0) is None


def test_a_lone_unknown_word_is_the_outlet_unless_the_story_names_it_again_or_it_reads_as_a_town():
    line = "KABARKU - Harga beras naik di pasar tradisional."
    assert read_dateline(line, line, 0)["outlet"] == "KABARKU"
    story = line + "\nPedagang di Kabarku mengatakan pasokan berkurang."
    assert read_dateline(line, story, 0) is None
    line = "Cikalong - Harga beras naik di pasar tradisional."
    assert read_dateline(line, line, 0) is None


@pytest.mark.parametrize("again", ["Pedagang di Cikalong mengatakan pasokan berkurang.",
                                   "Pasar induk Kecamatan Cikalong sepi pembeli."])
def test_a_town_the_gazetteer_lacks_is_the_place_when_the_story_names_it_again_as_a_place(again):
    # some outlets open the lead with the town alone ("Cikalong - ..."); a person named so is not a place
    line = "Cikalong - Harga beras naik di pasar tradisional."
    assert read_dateline(line, line + "\n" + again, 0)["place"] == "Cikalong"
    person = "Rina Kusuma - Menteri Rina Kusuma meninjau pasar itu."
    assert read_dateline(person, person + "\nMenurut Rina Kusuma, harga akan turun.", 0) is None


def test_a_town_in_capitals_is_the_place_when_the_story_names_it_behind_its_kind():
    line = "MESHKAL - A bomb killed 12 people at a market on Wednesday."
    assert read_dateline(line, line + "\nThe market is in the city of Meshkal.", 0)["place"] == "Meshkal"
    assert read_dateline(line, line + "\nTraders in Meshkal said prices rose.", 0) is None  # an outlet's name, maybe


@pytest.mark.parametrize("line", [
    "Partisipasi Xi - dan pernyataan bersama itu memberi dorongan",
    "Presiden Xi Jinping mengatakan - tanpa rincian - bahwa",
    "FILE - A farmer walks through a flooded field",
    "Korban: 144 orang meninggal dunia",
    "Presiden Jokowi - yang baru pulang - meninjau lokasi",
    "Dr. Budi Santoso mengatakan bahwa vaksin aman.",
])
def test_prose_with_a_dash_or_stop_is_no_dateline(line):
    assert read_dateline(line, line, 0) is None


def test_the_dateline_names_the_outlet_and_place_of_the_lead():
    a = page("Gempa Guncang Sukabumi\n\nTRIBUNJABAR.ID, SUKABUMI - Gempa bermagnitudo 4,9 mengguncang Sukabumi.\n"
             "Warga sempat berhamburan keluar rumah.\n")
    assert a.meta.outlet == "Tribun Jabar" and a.meta.place == "Sukabumi"
    assert a.meta.outlet_evidence == "TRIBUNJABAR.ID, SUKABUMI -"


def test_a_dateline_on_its_own_line_is_meta_and_the_next_line_the_lead():
    a = page("Jakarta, CNN Indonesia --\nPemerintah menaikkan harga bahan bakar mulai pekan depan.\n"
             "Kenaikan itu berlaku untuk semua jenis bensin nonsubsidi.\n")
    assert a.meta.outlet == "CNN Indonesia"
    assert [b.label for b in a.layer("blocks")] == ["meta", "body", "body"]


# ------------------------------------------------------------------ outlets by other means


@pytest.mark.parametrize("text,outlet", [
    # a web address at the top
    ("https://www.detik.com/berita/d-123/banjir\nBanjir di Jakarta\nHujan deras merendam ratusan rumah warga.\n",
     "Detik"),
    # the headline's site suffix
    ("Harga Cabai Naik Lagi | Kompas.com\nHarga cabai di pasar tradisional naik dua kali lipat pekan ini.\n", "Kompas"),
    # a byline naming a wire
    ("Floods hit northern Italy\nBy Reuters\nHeavy rain flooded towns across northern Italy on Sunday.\n", "Reuters"),
    # a reporter line naming the outlet
    ("Laporan Wartawan Tribunnews.com Budi Santoso\nPemerintah menambah kuota haji tahun ini.\n", "Tribunnews"),
    # the page's own menu above the headline
    ("1. Skip to content\n2. Skip to more DW sites\nEU leaders meet on migration\n"
     "European Union leaders met in Brussels on Thursday to discuss migration.\n", "DW"),
    # the page's own footer promotion
    ("Polisi menangkap dua tersangka pencurian sepeda motor di Depok.\n"
     "Dapatkan berita terkini setiap hari dari Okezone.com, klik di sini untuk berlangganan!\n", "Okezone"),
])
def test_outlet_from_masthead_byline_chrome_and_footer(text, outlet):
    assert page(text).meta.outlet == outlet


@pytest.mark.parametrize("text", [
    "Polisi menangkap dua tersangka pencurian di Depok.\nArtikel ini telah tayang di Kompas.com dengan judul Polisi Tangkap.\n",
    "Warga memadati alun-alun kota, Minggu (2/3/2025). Foto: Antara/Budi Santoso\n"
    "Warga memadati alun-alun kota untuk menyaksikan pawai budaya.\n",
    "Sumber: Reuters | Editor: Siti Aminah\nHarga minyak dunia turun pada perdagangan Senin.\n",
])
def test_syndication_photo_and_source_credits_do_not_name_the_pages_outlet(text):
    assert page(text).meta.outlet == ""


@pytest.mark.parametrize("name,canonical", [
    ("TRIBUN-MEDAN.COM", "Tribun Medan"), ("jogja.tribunnews.com", "Tribun Jogja"), ("TRIBUNNEWS.COM", "Tribunnews"),
    ("radarsolo.jawapos.com", "Radar Solo"), ("jambi-independent.disway.id", "Jambi-Independent"),
    ("nasional.kompas.com", "Kompas"), ("en.tempo.co", "Tempo"), ("KOMPAS.com", "Kompas"),
    ("www.antaranews.com", "Antara"), ("Antv", "ANTV"), ("DW Indonesia", "DW"),
])
def test_registry_outlets_networks_and_domains(name, canonical):
    e = registry().lookup(name)
    assert e is not None and e.name == canonical


def test_the_registry_reads_outlets_and_sources_alike():
    assert registry().lookup("Reuters").type == "wire"
    assert registry().lookup("Kremlin").type == "government"
    assert registry().lookup("Pikiran Rakyat").type == "outlet"
    # common words and names are never aliases
    for word in ("era", "Surya", "Fajar", "Narasi", "tribun"):
        assert registry().lookup(word) is None, word


# ------------------------------------------------------------------ stamps


@pytest.mark.parametrize("line,value,timed", [
    ("Selasa 21 Mar 2023 06:47 WIB", date(2023, 3, 21), True),
    ("17/10/2023, 21:20 WIB", date(2023, 10, 17), True),
    ("Diterbitkan pada 2 Sep 2025", date(2025, 9, 2), False),
    ("March 20, 2023 | 06:07 pm PT", date(2023, 3, 20), True),
    ("2025-01-14 08:30:00", date(2025, 1, 14), True),
    ("Budi Santoso - 6 Februari 2023", date(2023, 2, 6), False),
    ("Nasional Senin, 10 Mar 2025 | 07:30 WIB", date(2025, 3, 10), True),
    # an English ordinal day before the month
    ("21st April 2025", date(2025, 4, 21), False),
    ("Monday, 3rd March 2025 10:15", date(2025, 3, 3), True),
])
def test_stamps(line, value, timed):
    stamps = find_stamps(line, 0, len(line), whole_line=True)
    assert stamps and stamps[0].value == value and stamps[0].timed == timed


@pytest.mark.parametrize("line", [
    "Tragedi Banjir Bandang 1 Maret 2025",
    "Presiden bertemu para menteri pada 3 Maret 2025 di istana untuk membahas anggaran tahun depan.",
])
def test_a_date_inside_words_is_no_stamp(line):
    assert find_stamps(line, 0, len(line), whole_line=True) == []


def test_the_header_stamp_is_the_publication_date():
    a = page("Banjir Rendam Demak\nKamis, 6 Maret 2025 09:15 WIB\n"
             "DEMAK - Banjir merendam ratusan rumah sejak Selasa (4/3/2025) malam.\n")
    assert a.meta.published == date(2025, 3, 6) and not a.meta.published_inferred
    assert a.meta.published_evidence == "Kamis, 6 Maret 2025 09:15 WIB"


def test_published_before_updated():
    a = page("Flood toll rises\nUpdated: March 8, 2025 10:00 am\nPublished: March 7, 2025 09:00 am\n"
             "The death toll from floods rose to twelve on Friday, officials said.\n")
    assert a.meta.published == date(2025, 3, 7)


def test_the_date_bar_above_the_headline_and_link_list_stamps_are_not_the_publication_date():
    a = page("Senin, 29 September 2025\nBanjir Rendam Demak, Ribuan Warga Mengungsi\n"
             "DEMAK - Banjir merendam ratusan rumah pada Selasa (4/3/2025) kemarin.\n"
             "Warga mengungsi ke balai desa dan masjid terdekat.\nBerita Terkait\nHarga Beras Naik\n"
             "Nasional Jumat, 3 Oktober 2025 | 08:00 WIB\n")
    assert a.meta.published == date(2025, 3, 5)
    assert a.meta.published_inferred and "kemarin" in a.meta.published_evidence


def test_a_labelled_stamp_under_a_standfirst_is_the_publication_date():
    # the standfirst ends like a sentence and is read as the lead, so the stamp under it stands in
    # the body; its label says whose date it is (a bare date there may be anything's)
    a = page("Flood waters rise in river town\nThe regional agency says two villages were cut off by the water.\n"
             "Published On 7 Mar 2025\nFlood waters rose in the river town of Hilir on Friday, officials said.\n"
             "Two villages were cut off.\n")
    assert a.meta.published == date(2025, 3, 7) and not a.meta.published_inferred


def test_a_bare_stamp_under_a_standfirst_before_the_next_paragraph_is_the_publication_date():
    a = page("Flood waters rise in river town\nThe regional agency says two villages were cut off by the water.\n"
             "By Jane Roe\nMarch 7, 2025\nFlood waters rose in the river town of Hilir on Friday, officials said.\n"
             "Two villages were cut off.\n")
    assert a.meta.published == date(2025, 3, 7) and not a.meta.published_inferred


@pytest.mark.parametrize("line", ["Updated 2:15 AM EDT, Mon March 10, 2025", "Published 9:03 PM EST, Sun March 9, 2025"])
def test_a_clock_before_the_date_is_a_timed_stamp(line):
    # American pages print the time first
    (st,) = find_stamps(line, 0, len(line), "en", whole_line=True)
    assert st.timed and st.kind == line.split()[0].lower()


def test_a_link_under_a_labelled_line_is_not_the_pages_site():
    # a fact-check names where the post it checks was found: that site is not the page's outlet
    a = page("[SALAH] Video Banjir di Kota Hilir\n=====\n[SUMBER]: Facebook\nhttps://www.facebook.com/share/v/abc/\n"
             "=====\nBeredar sebuah video yang diklaim menunjukkan banjir di Kota Hilir pada Maret 2025.\n")
    assert a.meta.outlet != "facebook.com"


def test_the_footer_stamp_when_the_header_has_none():
    a = page("Jakarta (ANTARA) - Pemerintah meresmikan jalan tol baru di Jawa Tengah pada Senin.\n"
             "Jalan tol itu memangkas waktu tempuh hingga dua jam.\n"
             "Jalan tol baru diresmikan di Jawa Tengah\nSenin, 3 Maret 2025 14:20 WIB\n")
    assert a.meta.published == date(2025, 3, 3)


# ------------------------------------------------------------------ inferred dates


@pytest.mark.parametrize("lead,value,word", [
    ("Gempa mengguncang Cianjur pada Senin (3/3/2025) kemarin, merusak puluhan rumah.", date(2025, 3, 4), "kemarin"),
    ("Jumlah korban banjir hari ini (5/3/2025) bertambah menjadi dua belas orang.", date(2025, 3, 5), "hari ini"),
    ("A ferry sank off Bali on March 3, 2025, yesterday, officials said on the island.", date(2025, 3, 4), "yesterday"),
])
def test_the_lead_says_today_or_yesterday(lead, value, word):
    a = page(lead + "\nTim SAR masih mencari para korban yang hilang.\n")
    assert a.meta.published == value and a.meta.published_inferred
    assert word in a.meta.published_evidence


def test_else_the_latest_date_the_text_reports_marked_inferred():
    a = page("Banjir merendam ratusan rumah di Demak sejak Minggu (2/3/2025) malam.\n"
             "Hingga Senin (3/3/2025) siang, air belum surut, kata kepala desa seperti dikutip Antara, Selasa (4/3/2025).\n"
             "Pemerintah akan menggelar rapat koordinasi pada 10 Maret 2025 di Semarang.\n"
             "Bantuan akan disalurkan pada 5-12 Maret 2025 secara bertahap.\n")
    assert a.meta.published == date(2025, 3, 4)
    assert a.meta.published_inferred and a.meta.published_evidence.startswith("inferred")


@pytest.mark.parametrize("plan", [
    "Rapat lanjutan akan digelar pada 10 Maret 2025 di Semarang.",
    "Rapat lanjutan digelar pada 10 Maret mendatang di Semarang.",
    "The ministers will meet again on March 10, 2025, in Geneva.",
])
def test_a_planned_date_is_not_the_publication_date(plan):
    a = page("Para menteri bertemu di Jakarta pada Senin (3/3/2025) untuk membahas harga pangan.\n" + plan + "\n")
    assert a.meta.published == date(2025, 3, 3)


def test_a_caption_dates_the_page_only_when_nothing_else_does():
    text = ("Warga memadati alun-alun kota, Minggu (2/3/2025). ANTARA FOTO/Budi Santoso/abc.\n"
            "Jakarta (ANTARA) - Ribuan warga memadati alun-alun kota untuk menyaksikan pawai budaya, Minggu.\n")
    assert page(text).meta.published == date(2025, 3, 2)
    text = ("Dua pemimpin berjabat tangan di Istana, 20 Maret 2023. ANTARA FOTO/Budi Santoso/abc.\n"
            "Jakarta (ANTARA) - Kedua pemimpin bertemu lagi pada Selasa (7/5/2024) di Porto.\n")
    assert page(text).meta.published == date(2024, 5, 7)


def test_a_web_address_dates_a_page_whose_text_gives_no_year():
    a = page("Jakarta - Presiden meninjau lokasi banjir di Bekasi pada Kamis (6/3) pagi.\n"
             "Presiden meminta bantuan segera disalurkan kepada warga.\n"
             "Klik untuk baca: https://www.kompas.com/read/2025/03/06/10150011/presiden-tinjau-banjir\n")
    assert a.meta.published == date(2025, 3, 6) and a.meta.published_inferred
    assert "web address" in a.meta.published_evidence


def test_no_date_no_publication_date():
    a = page("Gempa mengguncang wilayah selatan pada Senin pagi.\nWarga sempat panik dan keluar rumah.\n")
    assert a.meta.published is None and a.meta.published_evidence == ""


# ------------------------------------------------------------------ language, evidence layer


def test_language_identification():
    assert detect_language("Presiden mengatakan bahwa kedua negara akan bekerja sama dalam bidang ekonomi.")[0] == "id"
    assert detect_language("The president said that the two countries would work together on the economy.")[0] == "en"


def test_the_metadata_layer_points_at_the_evidence():
    a = page("Banjir Rendam Demak\nKamis, 6 Maret 2025 09:15 WIB\n"
             "DEMAK, KOMPAS.com - Banjir merendam ratusan rumah sejak Selasa malam.\n")
    got = {s.label: (a.text[s.start:s.end], s.attrs["value"]) for s in a.layer("metadata")}
    assert got["outlet"] == ("DEMAK, KOMPAS.com -", "Kompas")
    assert got["published"] == ("Kamis, 6 Maret 2025 09:15 WIB", "2025-03-06")
    assert got["title"] == ("Banjir Rendam Demak", "Banjir Rendam Demak")
    assert got["place"][1] == "Demak"


def test_wire_dateline_with_a_place_and_author_lines():
    a = page("China dan Uni Eropa Sepakat Lanjutkan Perundingan\n\nJumat, 13 Juni 2025 08:15 WIB\n\n"
             "Brussel (ANTARA) - China dan Uni Eropa pada Kamis (12/6) sepakat melanjutkan perundingan tarif.\n\n"
             "Pewarta: Budi Santoso\nEditor: Siti Aminah\n")
    assert a.meta.outlet == "Antara" and a.meta.place == "Brussels"
    assert a.meta.published == date(2025, 6, 13)
    assert a.meta.authors == ["Budi Santoso (Pewarta)", "Siti Aminah (Editor)"]


def test_a_page_with_no_year_keeps_the_leads_day_and_month_and_how_much_later_it_was_written():
    from helpers import article

    a = article("Jakarta - Gubernur meresmikan jembatan baru di Bekasi pada Kamis (12/3) siang kemarin.\n"
                "Jembatan itu menghubungkan dua kecamatan.\n")
    assert a.meta.published is None
    assert a.meta.published_yearless == (3, 12, 1)
    assert "(12/3)" in a.meta.published_yearless_evidence


def test_the_event_gives_a_yearless_page_its_year():
    from provenance import analyze_texts

    dated = ("Kompas - 13 Maret 2026\nJAKARTA, KOMPAS.com - Gubernur Jawa Barat meresmikan jembatan "
             "Cikarang di Bekasi pada Kamis (12/3/2026). Jembatan sepanjang 300 meter itu menghubungkan "
             "dua kecamatan.\n")
    yearless = ("Jakarta - Gubernur Jawa Barat meresmikan jembatan Cikarang di Bekasi pada Kamis (12/3) siang "
                "kemarin. Jembatan sepanjang 300 meter itu menghubungkan dua kecamatan.\n")
    c = analyze_texts({"a.txt": dated, "b.txt": yearless})
    b = next(a for a in c.articles if a.name == "b.txt")
    when, why = c.published(b)
    assert when is not None and when.isoformat() == "2026-03-13" and "estimated" in why


# ------------------------------------------------------------------ dates a reader infers


def test_a_yearless_page_is_never_older_than_the_latest_day_it_reports():
    a = page("Bendungan Baru Diresmikan\nBOGOR - Presiden meresmikan bendungan di Bogor pada Senin (3/3).\n"
             "Bendungan itu menampung air untuk tiga kabupaten.\n"
             "Menurut keterangan yang dikutip Antara, Selasa (4/3), bendungan itu menelan biaya besar.\n")
    assert a.meta.published is None
    assert a.meta.published_yearless == (3, 4, 0)
    assert "(4/3)" in a.meta.published_yearless_evidence and "latest day" in a.meta.published_yearless_evidence


def test_a_later_day_whose_weekday_cannot_be_right_does_not_move_a_yearless_page():
    # Senin (3/3) and Jumat (4/3) cannot both be right one day apart: the later day is not read
    a = page("Bendungan Baru Diresmikan\nBOGOR - Presiden meresmikan bendungan di Bogor pada Senin (3/3).\n"
             "Menurut keterangan yang dikutip Antara, Jumat (4/3), bendungan itu menelan biaya besar.\n")
    assert a.meta.published_yearless == (3, 3, 0)


def test_a_later_day_a_page_plans_does_not_move_it():
    a = page("Bendungan Baru Diresmikan\nBOGOR - Presiden meresmikan bendungan di Bogor pada Senin (3/3).\n"
             "Bendungan kedua akan diresmikan pada Jumat (7/3).\n")
    assert a.meta.published_yearless == (3, 3, 0)


@pytest.mark.parametrize("text,want", [
    # yesterday, said of the flood the lead dates
    ("Banjir Rendam Demak\nDEMAK - Ratusan rumah warga di Demak terendam banjir pada Senin (3/3).\n"
     "Warga mengungsi ke balai desa.\nBanjir kemarin juga memutus jalan provinsi.\n", (3, 3, 1)),
    # today in the lead, its day a paragraph later
    ("Pameran Buku Dibuka\nPresiden membuka pameran buku di Jakarta hari ini.\n"
     "Pameran buku itu dibuka pada Rabu (5/3) dan diikuti ratusan penerbit.\n", (3, 5, 0)),
    ("Storm Hits Coast\nThe storm hit the coast on Monday, March 3, flooding hundreds of homes.\n"
     "Residents said the storm yesterday also cut power to the port.\n", (3, 3, 1)),
])
def test_a_relative_day_said_of_the_happening_another_sentence_dates_dates_a_yearless_page(text, want):
    a = page(text)
    assert a.meta.published is None
    assert a.meta.published_yearless == want
    assert "the text calls" in a.meta.published_yearless_evidence


def test_a_relative_day_said_of_a_dated_happening_dates_a_page_with_years():
    a = page("Wildfire Spreads\nFirefighters battled the wildfire near the town yesterday.\n"
             "The wildfire broke out on Monday, March 3, 2025, and spread overnight.\n")
    assert a.meta.published == date(2025, 3, 4) and a.meta.published_inferred
    assert "'yesterday'" in a.meta.published_evidence and "wildfire" in a.meta.published_evidence


@pytest.mark.parametrize("text,want", [
    # someone's "yesterday" in a quote dates nothing
    ('Banjir Rendam Demak\nDEMAK - "Banjir kemarin sangat tinggi," kata warga.\n'
     "Ratusan rumah warga di Demak terendam banjir pada Senin (3/3/2025).\n", date(2025, 3, 3)),
    # the two sentences share only a name: nothing says they speak of one happening
    ("Kunjungan Presiden\nJoko Widodo tiba kemarin di Surabaya.\n"
     "Joko Widodo meresmikan bendungan pada Senin (3/3/2025).\n", date(2025, 3, 3)),
    # the link would make the page older than a day it reports as past: the link is wrong
    ("Banjir Rendam Demak\nDEMAK - Ratusan rumah warga di Demak terendam banjir pada Senin (3/3/2025).\n"
     "Banjir kemarin juga memutus jalan provinsi, kata petugas, Kamis (6/3/2025).\n", date(2025, 3, 6)),
])
def test_a_relative_day_with_no_link_to_a_dated_happening_leaves_the_latest_day(text, want):
    a = page(text)
    assert a.meta.published == want
    assert "latest date" in a.meta.published_evidence


def _estimate(undated: str):
    from provenance import analyze_texts

    dated = ("Quake Hits Coast\nMarch 2, 2026 | 10:15 am\nA strong earthquake struck the coast of Sulawesi on Monday, "
             "March 2, 2026, destroying hundreds of homes in the port town of Palu.\n")
    c = analyze_texts({"a.txt": dated, "b.txt": undated})
    return c.published(next(a for a in c.articles if a.name == "b.txt"))


def test_a_page_with_no_date_but_weekdays_is_dated_the_latest_in_its_events_week():
    when, why = _estimate("Quake Kills Dozens\nA strong earthquake struck the coast of Sulawesi on Monday, destroying "
                          "hundreds of homes in the port town of Palu.\nRescue teams on Tuesday reached the villages "
                          "cut off by landslides.\n")
    assert when is not None and when.isoformat() == "2026-03-03"
    assert "'Tuesday'" in why and "estimated" in why


def test_a_weekday_the_page_looks_back_on_is_before_its_event():
    # Thursday is four days before the Monday quake, not three after it: a page with no date is
    # written soon after its news, and looks back on the days before
    when, _why = _estimate("Quake Kills Dozens\nA strong earthquake struck the coast of Sulawesi on Monday, destroying "
                           "hundreds of homes in the port town of Palu.\nSmaller tremors had shaken the town since "
                           "Thursday.\n")
    assert when is not None and when.isoformat() == "2026-03-02"


def test_weekdays_none_of_them_the_events_give_a_page_no_date():
    when, _why = _estimate("Quake Kills Dozens\nA strong earthquake struck the coast of Sulawesi, destroying hundreds "
                           "of homes in the port town of Palu.\nRescue teams on Tuesday reached the villages cut off "
                           "by landslides.\n")
    assert when is None


@pytest.mark.parametrize("text,scene", [
    # a wire's dateline from the field names the country beside the place
    ("Ferry sinks\n\nKUPANG, Indonesia — A ferry sank off Sawu island on Monday, killing four people.\n", True),
    # a newsroom datelines far-off news with its own city
    ("Kapal tenggelam\n\nJakarta, CNN Indonesia --\nSebuah kapal feri tenggelam di perairan Pulau Sawu pada Senin "
     "(3/3/2025), menewaskan empat orang.\n", False),
    # ... unless the story is of that city: it names it again
    ("Banjir\n\nJakarta, CNN Indonesia --\nBanjir merendam 300 rumah di Jakarta Timur pada Senin (3/3/2025).\n", True),
    ("Banjir\n\nBanjir merendam 300 rumah pada Senin (3/3/2025).\n", False),  # no dateline
])
def test_a_dateline_stands_for_the_scene_only_when_filed_from_it(text, scene):
    from provenance import analyze_texts
    from provenance.pagemeta import dateline_at_the_scene
    a = analyze_texts({"a.txt": text}).articles[0]
    assert dateline_at_the_scene(a) is scene


@pytest.mark.parametrize("text,outlet", [
    # a site printing a wire's copy under its own masthead: the site is the outlet
    ("WARTAHILIR.COM\nBeranda | Daerah | Nasional\n\nJembatan Putus Diterjang Banjir di Hilir\n\n"
     "Rabu, 15 Oktober 2025 11:20 WIB\n\n"
     "Hilir (ANTARA) - Jembatan gantung di Desa Sukamaju putus diterjang banjir pada Rabu pagi, kata petugas.\n\n"
     "Warga dua desa kini menyeberangi sungai dengan rakit bambu.\n", "wartahilir.com"),
    # the wire's own page, with no other masthead: the wire
    ("Jembatan Putus Diterjang Banjir di Hilir\n\n"
     "Hilir (ANTARA) - Jembatan gantung di Desa Sukamaju putus diterjang banjir pada Rabu pagi, kata petugas.\n\n"
     "Warga dua desa kini menyeberangi sungai dengan rakit bambu.\n", "Antara"),
])
def test_a_wire_dateline_under_another_sites_masthead_is_the_wire_copy_it_prints(text, outlet):
    assert page(text).meta.outlet.casefold() == outlet.casefold()


def test_the_wire_of_a_reprinted_dateline_is_the_articles_source():
    from provenance import analyze_texts
    text = ("WARTAHILIR.COM\nBeranda | Daerah | Nasional\n\nJembatan Putus Diterjang Banjir di Hilir\n\n"
            "Rabu, 15 Oktober 2025 11:20 WIB\n\n"
            "Hilir (ANTARA) - Jembatan gantung di Desa Sukamaju putus diterjang banjir pada Rabu pagi, kata petugas.\n\n"
            "Warga dua desa kini menyeberangi sungai dengan rakit bambu.\n")
    a = analyze_texts({"a.txt": text}).articles[0]
    assert all("Antara" in {s.source for s in c.sources} for c in a.claims if c.claim_type == "statement")


@pytest.mark.parametrize("stamp,utc", [
    # the clock and its zone after the date on the stamp's line, the zone's offset with it
    ("February 3, 2026 4:12 PM GMT+7 Updated 3 hours ago", (2026, 2, 3, 9, 12)),
    ("Published on April 13, 2026 at 14:48 GMT+8", (2026, 4, 13, 6, 48)),
    ("Selasa, 3 Februari 2026 | 14:35 WIB", (2026, 2, 3, 7, 35)),
    # no zone: no moment another page's can be set against
    ("Wednesday, February 4, 2026 | 10:05 am", None),
])
def test_a_stamps_moment_in_utc_takes_the_clock_and_zone_on_its_line(stamp, utc):
    from datetime import datetime
    a = page(f"Harga Air Kemasan Naik\n{stamp}\nJAKARTA - Harga air minum kemasan naik sepuluh persen pada Selasa.\n")
    assert a.meta.published_utc == (datetime(*utc) if utc else None)
