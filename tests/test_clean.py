"""Reading the page: which lines are article text, headline, captions and furniture
(Indonesian and English, on pages written for these tests)."""
import pytest
from hypothesis import given, settings, strategies as st

from provenance.clean import caption_parts, clean, lines_with_offsets, read_byline
from provenance.doc import Article
from provenance.pagemeta import read_metadata


def cleaned(text):
    a = Article("article:t", "t.txt", text)
    clean(a)
    read_metadata(a)
    return a


def labels(a):
    return [(b.label, a.text[b.start:b.end]) for b in a.layer("blocks")]


def label_of(a, fragment):
    found = [lab for lab, t in labels(a) if fragment in t]
    assert found, f"no block holds {fragment!r}: {labels(a)}"
    return found[0]


ID_PAGE = """Menlu Bertemu Mitra ASEAN di Jakarta

Kompas - 12 Maret 2025, 10:15
thumbnail-author
Rina Wulandari
Penulis
Bagikan
JAKARTA, KOMPAS.com - Menteri Luar Negeri Sudarsono bertemu para mitra ASEAN pada Selasa (11/3/2025).
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
              "Timnas Bersiap Hadapi Laga Penting", "Luar Negeri Senin, 10 Mar 2025 | 07:30 WIB"):
        assert f in furniture
    dl = a.layer("datelines")[0]
    assert a.text[dl.end:].startswith("Menteri Luar Negeri Sudarsono")


EN_PAGE = """Leaders agree to expand trade

MOSCOW, May 8 (Reuters) - Russian President Vladimir Putin and Chinese President Xi Jinping met in the Kremlin on Thursday.
Read more: Oil prices rise
The two leaders said they would deepen cooperation in all areas, a statement said.
Related Articles
Markets close higher
"""


def test_english_page_reuters_dateline():
    a = cleaned(EN_PAGE)
    body = [t for lab, t in labels(a) if lab == "body"]
    assert len(body) == 2
    assert all("Oil prices" not in t and "Markets" not in t for t in body)
    assert label_of(a, "Leaders agree") == "title"


# ------------------------------------------------------------------ captions and their credits


@pytest.mark.parametrize("line,caption,credit", [
    ("Warga mengungsi ke masjid di Palu, Sulawesi Tengah, 3 Maret 2025. ANTARA FOTO/Budi Santoso/abc.",
     "Warga mengungsi ke masjid di Palu, Sulawesi Tengah, 3 Maret 2025.", "ANTARA FOTO/Budi Santoso/abc."),
    ("Petugas memeriksa jembatan yang rusak akibat banjir di Garut. Foto/Dokumentasi BPBD",
     "Petugas memeriksa jembatan yang rusak akibat banjir di Garut.", "Foto/Dokumentasi BPBD"),
    ("Presiden menyapa warga di Pasar Baru, Bandung, Jumat (7/3/2025). (Foto: Biro Pers Setpres)",
     "Presiden menyapa warga di Pasar Baru, Bandung, Jumat (7/3/2025).", "(Foto: Biro Pers Setpres)"),
    ("Firefighters battle a blaze at a warehouse in Osaka, Japan, March 4, 2025. Jane Roe/Kyodo via REUTERS",
     "Firefighters battle a blaze at a warehouse in Osaka, Japan, March 4, 2025.", "Jane Roe/Kyodo via REUTERS"),
    ("Rescuers search the rubble of a school in the town of Hama (Xinhua/Li Wei)",
     "Rescuers search the rubble of a school in the town of Hama", "(Xinhua/Li Wei)"),
    ("FILE - A farmer walks through a flooded rice field in Demak, Indonesia, Feb. 2, 2025. (AP Photo/Ali Riza, File)",
     "FILE - A farmer walks through a flooded rice field in Demak, Indonesia, Feb. 2, 2025.",
     "(AP Photo/Ali Riza, File)"),
    ("The minister speaks to reporters outside parliament in ViennaImage: John Doe/AFP",
     "The minister speaks to reporters outside parliament in Vienna", "Image: John Doe/AFP"),
    # a wire gallery's counter in brackets, and the links' labels after the credit
    ("[2/3] Voters queue outside a polling station in Lima, Peru, June 7, 2026. REUTERS/Jane Roe Purchase "
     "Licensing Rights, opens new tab",
     "Voters queue outside a polling station in Lima, Peru, June 7, 2026.", "REUTERS/Jane Roe"),
])
def test_caption_and_credit(line, caption, credit):
    cap = caption_parts(line)
    assert cap is not None
    assert line[cap.start:cap.end] == caption
    assert cap.credit == credit


def test_caption_printed_twice_with_credit():
    line = "Dua pemimpin berjabat tangan di Istana Merdeka Dua pemimpin berjabat tangan di Istana Merdeka ((Antara))"
    cap = caption_parts(line)
    assert cap.credit == "((Antara))"
    assert line[cap.start:cap.end] == "Dua pemimpin berjabat tangan di Istana Merdeka"
    assert "twice" in cap.why


@pytest.mark.parametrize("line", [
    "Jajak pendapat Reuters/Ipsos menunjukkan dukungan kepada partai itu turun tiga poin pekan ini.",
    "A Reuters/Ipsos poll published on Tuesday showed support for the plan slipping among voters.",
    "Menurut dia, jumlah korban masih dapat bertambah karena pencarian belum selesai. (ams/apl)",
])
def test_a_slash_in_a_sentence_is_no_photo_credit(line):
    assert caption_parts(line) is None


def test_the_caption_and_its_credit_become_a_caption_and_furniture():
    a = cleaned("Banjir Rendam Ratusan Rumah di Demak\n"
                "Warga mengungsi dengan perahu karet di Desa Wonorejo, Demak, Senin (3/2/2025). ANTARA FOTO/Aji Styawan/tom.\n"
                "DEMAK, KOMPAS.com - Banjir merendam ratusan rumah di tiga kecamatan sejak Minggu malam.\n")
    assert label_of(a, "Warga mengungsi dengan perahu") == "caption"
    assert label_of(a, "ANTARA FOTO/Aji") == "furniture"
    assert label_of(a, "Banjir merendam ratusan") == "body"


@pytest.mark.parametrize("line,caption", [
    ("Foto: Petugas mengevakuasi warga dengan perahu karet di Desa Sukamaju, Selasa (4/2/2025). (Warta Kita/Rudi)",
     "Petugas mengevakuasi warga dengan perahu karet di Desa Sukamaju, Selasa (4/2/2025)."),
    ("Photo: Rescuers search the rubble of a collapsed school in Port Alder on Monday. (Coast Daily/J. Lim)",
     "Rescuers search the rubble of a collapsed school in Port Alder on Monday."),
    # a page's caption box in square brackets, its label and its credit inside; a caption label
    ("[Foto: Petugas mengevakuasi warga dengan perahu karet di Desa Sukamaju, Selasa (4/2/2025). (Warta Kita/Rudi)]",
     "Petugas mengevakuasi warga dengan perahu karet di Desa Sukamaju, Selasa (4/2/2025)."),
    ("[Photo caption: Rescuers search the rubble of a collapsed school in Port Alder on Monday.]",
     "Rescuers search the rubble of a collapsed school in Port Alder on Monday."),
    ("Keterangan foto: Petugas mengevakuasi warga dengan perahu karet di Desa Sukamaju, Selasa (4/2/2025).",
     "Petugas mengevakuasi warga dengan perahu karet di Desa Sukamaju, Selasa (4/2/2025)."),
])
def test_a_caption_after_its_photo_label_is_kept_and_the_label_is_furniture(line, caption):
    a = cleaned("Banjir Rendam Desa Sukamaju\n" + line + "\nBanjir merendam ratusan rumah di tiga kecamatan sejak Minggu malam.\n")
    assert ("caption", caption) in labels(a)
    assert ("furniture", line.split(":")[0] + ":") in labels(a)


def test_a_photo_label_with_only_a_credit_after_it_is_furniture():
    a = cleaned("Banjir Rendam Desa Sukamaju\nFoto: Antara/Budi Santoso\n"
                "Banjir merendam ratusan rumah di tiga kecamatan sejak Minggu malam.\n")
    assert label_of(a, "Foto: Antara") == "furniture"


@pytest.mark.parametrize("line", [
    "Kepala Dinas Kesehatan Kota Bogor Sri Wahyuni (Istimewa)",
    "ilustrasi banjir di permukiman warga (dok. Humas)",
    "Illustration of a courtroom gavel (Jane Roe/Getty Images)",
])
def test_photo_labels_are_furniture_not_captions(line):
    a = cleaned("Warga Diminta Waspada\n" + line + "\nPemerintah kota meminta warga tetap waspada terhadap banjir susulan.\n")
    assert label_of(a, line[:20]) == "furniture"


@pytest.mark.parametrize("line", [
    "Gubernur Jawa Barat (kiri) berbincang dengan warga di lokasi longsor pada 4 Maret 2025.",
    "The prime minister (R) shakes hands with his counterpart before talks in Canberra on Monday.",
])
def test_a_sentence_saying_where_people_stand_is_a_caption(line):
    text = ("Pemerintah menyalurkan bantuan ke lokasi bencana sejak pagi hari.\n" + line +
            "\nBantuan itu berupa beras, selimut, dan obat-obatan untuk para pengungsi.\n")
    assert label_of(cleaned(text), line[:20]) == "caption"


def test_a_photo_printed_twice_is_one_caption():
    a = cleaned("Harga Beras Naik Lagi\n\n"
                "Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta, 5 Maret 2025\n"
                "Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta, 5 Maret 2025Foto: Budi Santoso/Detik\n"
                "Jakarta - Harga beras medium kembali naik di sejumlah pasar tradisional pekan ini.\n")
    got = [lab for lab, t in labels(a) if t.startswith("Pedagang menata")]
    assert got == ["caption", "furniture"]
    assert label_of(a, "Foto: Budi Santoso") == "furniture"


def test_the_alt_text_before_a_credited_caption_is_a_caption():
    a = cleaned("Ministers agree on fishing quotas\n\nMarch 3, 2025\n\n"
                "The agreement sets catch limits for the next five years, officials said.\n"
                "Delegates pose for a photo in Brussels, Belgium March 3, 2025.\n"
                "Officials said the deal protects stocks while keeping boats at seaImage: Jane Roe/REUTERS\n"
                "The ministers met for two days of talks before signing the text.\n")
    assert label_of(a, "Delegates pose") == "caption"
    assert label_of(a, "Officials said the deal") == "caption"
    assert label_of(a, "Image: Jane Roe") == "furniture"


# ------------------------------------------------------------------ headline, subhead, header


def test_skip_links_and_template_chrome_are_not_the_headline():
    a = cleaned("1. Skip to content\n2. Skip to main menu\nSelect a menu in the customizer\n"
                "Warga Bogor Tanam Seribu Pohon di Bantaran Sungai\n"
                "Bogor - Ribuan warga menanam pohon di sepanjang bantaran Sungai Ciliwung pada Minggu pagi.\n"
                "Kegiatan itu digelar oleh pemerintah kota bersama komunitas pecinta lingkungan dan para pelajar.\n")
    assert a.meta.title == "Warga Bogor Tanam Seribu Pohon di Bantaran Sungai"
    assert label_of(a, "Select a menu") == "furniture"
    assert label_of(a, "Skip to content") == "furniture"


@pytest.mark.parametrize("headline", ["Inflation picks up to 2.14% on food prices",
                                      "Inflation picks up to 2.14 percent on food prices",
                                      "Inflasi Mei Naik Jadi 2.14 Persen"])
def test_a_headline_with_a_decimal_figure_is_no_time_line(headline):
    a = cleaned(f"{headline}\n"
                "JAKARTA, June 2 (Wire) - Annual inflation rose to 2.14% in May from 1.95% in April, driven by "
                "higher food prices, the statistics bureau said on Monday.\n")
    assert a.meta.title == headline


def test_the_site_name_under_a_skip_link_and_over_its_menu_is_the_masthead():
    a = cleaned("Skip to main content\nTHE HARBOUR TIMES\nWorld | Asia | Business | Opinion\n"
                "Ferry operators raise fares ahead of holiday season\n"
                "PORT KLANG (Reuters) - Ferry operators raised fares by up to 15 percent on Monday ahead of the "
                "holiday season, the transport ministry said.\n")
    assert a.meta.title == "Ferry operators raise fares ahead of holiday season"
    assert a.meta.outlet == "The Harbour Times"


@pytest.mark.parametrize("line", ["Dedi Kurnia, Contributor, Karangsari", "Dedi Kurnia, Kontributor, Karangsari",
                                  "Dedi Kurnia, Staff Writer"])
def test_a_name_then_the_writers_role_is_a_byline(line):
    assert read_byline(line) == ("", ["Dedi Kurnia"])


def test_a_topic_label_above_the_headline_is_not_the_headline():
    a = cleaned("Senin, 7 April 2025\nBanjir Jakarta 2025\n"
                "Banjir Rendam Lima Kecamatan, Ribuan Warga Mengungsi ke Sekolah\n"
                "TRIBUNJAKARTA.COM, JAKARTA - Banjir merendam lima kecamatan di Jakarta Timur sejak Sabtu malam.\n")
    assert a.meta.title.startswith("Banjir Rendam Lima Kecamatan")
    assert label_of(a, "Banjir Jakarta 2025") == "furniture"


def test_a_photo_title_above_its_caption_is_not_the_headline():
    a = cleaned("Officials inspect a flooded road in Ho Chi Minh City\n"
                "Officials inspect a flooded road in Ho Chi Minh City, Vietnam, May 2, 2025. Jane Roe/REUTERS\n"
                "Floods cut roads in southern Vietnam after record rain\n"
                "Heavy rain flooded roads across southern Vietnam on Friday, officials said.\n")
    assert a.meta.title == "Floods cut roads in southern Vietnam after record rain"
    assert label_of(a, "Officials inspect a flooded road in Ho Chi Minh City\n"[:30]) == "caption"


def test_a_sentence_under_the_headline_is_a_subhead_and_one_above_the_lead_without_headline_a_caption():
    a = cleaned("Petani Bojonegoro Panen Raya Lebih Awal\n"
                "Cuaca yang bersahabat membuat petani memanen padi dua pekan lebih cepat dari biasanya.\n"
                "BOJONEGORO - Ribuan petani di Bojonegoro memulai panen raya pada Senin (3/3/2025).\n")
    assert label_of(a, "Cuaca yang bersahabat") == "title"
    roles = [b.attrs.get("role") for b in a.layer("blocks") if b.label == "title"]
    assert roles == ["headline", "subhead"]
    b = cleaned("Gubernur meninjau tanggul yang jebol di Desa Sukamaju, Senin (3/3/2025) sore.\n"
                "Garut - Gubernur Jawa Barat meninjau tanggul yang jebol di Desa Sukamaju pada Senin sore.\n")
    assert label_of(b, "Gubernur meninjau tanggul") == "caption"


def test_a_subhead_ending_with_a_date_stays_a_subhead_and_a_sentence_under_a_credit_is_a_caption():
    a = cleaned("Presiden Lantik Lima Duta Besar Baru\n"
                "Presiden melantik lima duta besar baru di Istana Negara, Senin (3/3/2025).\n"
                "Foto: Biro Pers Sekretariat Presiden\n"
                "Para duta besar mengucapkan sumpah jabatan di hadapan Presiden, Senin (3/3/2025).\n"
                "Jakarta - Presiden melantik lima duta besar baru untuk negara-negara sahabat.\n")
    assert label_of(a, "Presiden melantik lima duta besar baru di") == "title"
    assert label_of(a, "Para duta besar mengucapkan") == "caption"


def test_the_headline_repeated_and_its_site_suffix_are_furniture():
    a = cleaned("Harga Minyak Turun Tajam - Viva\nHarga Minyak Turun Tajam\n"
                "Jakarta, VIVA – Harga minyak mentah dunia turun tajam pada perdagangan Senin.\n")
    assert a.meta.title == "Harga Minyak Turun Tajam"
    assert [lab for lab, t in labels(a) if "Harga Minyak Turun Tajam" in t] == ["title", "furniture"]
    assert label_of(a, "- Viva") == "furniture"


# ------------------------------------------------------------------ bylines, promotions, initials


@pytest.mark.parametrize("line,authors", [
    ("By Jane Roe and John Smith", ["Jane Roe (byline)", "John Smith (byline)"]),
    ("Oleh: Budi Santoso", ["Budi Santoso (byline)"]),
    ("Video Production: Siti Aminah", ["Siti Aminah (Video Production)"]),
    # the outlet after the names is the outlet, not a part of the last name
    ("By JANE ROE Associated Press", ["JANE ROE (byline)"]),
    ("Oleh Budi Santoso - Antara", ["Budi Santoso (byline)"]),
    # a row of roles with no colons
    ("Penulis Dian Sari | Editor Agus Riyadi", ["Dian Sari (Penulis)", "Agus Riyadi (Editor)"]),
    # a degree after a comma is the name's, not another author
    ("Oleh: Dr. Rina Kusuma, M.T.", ["Dr. Rina Kusuma (byline)"]),
    ("By Jane Roe, PhD, and John Smith", ["Jane Roe (byline)", "John Smith (byline)"]),
    # no opening word: names, then a known outlet's desk after a dash, or the outlet in brackets
    ("Rina Kusuma - detikJateng", ["Rina Kusuma (byline)"]),
    ("Jane Roe | Reuters", ["Jane Roe (byline)"]),
    ("News Desk (The Jakarta Post)", ["News Desk (byline)"]),
    # ... or after a comma
    ("Rina Kusuma, CNBC Indonesia", ["Rina Kusuma (byline)"]),
    # a wire's name spelt out after its short name
    ("By AFP - Agence France Presse", []),
    # a contributor joined with "with", and the town they write from
    ("By Jane Roe, with John Smith in London", ["Jane Roe (byline)", "John Smith (byline)"]),
])
def test_bylines_are_furniture_and_authors(line, authors):
    a = cleaned("Kota Bekasi Siapkan Pompa Air Tambahan\n" + line +
                "\nBEKASI - Pemerintah Kota Bekasi menyiapkan dua puluh pompa air tambahan menjelang musim hujan.\n")
    assert label_of(a, line) == "furniture"
    assert a.meta.authors == authors


@pytest.mark.parametrize("line,authors", [
    # the byline joined to the story's stamp, as a page's byline element prints it
    ("By Jane Roe | May 17, 2026", ["Jane Roe (byline)"]),
    ("Oleh Dian Sari - Selasa, 10 Maret 2026 | 08:30 WIB", ["Dian Sari (byline)"]),
    # names alone before the stamp, the town and a short weekday between them
    ("Dian Sari - Selasa, 10 Maret 2026 | 08:30 WIB", ["Dian Sari (byline)"]),
    ("Jane Roe | Bekasi / Mon, March 9, 2026 / 02:20 pm", ["Jane Roe (byline)"]),
    ("Jane Roe · Tue, March 10, 2026 15:20", ["Jane Roe (byline)"]),
])
def test_a_byline_then_its_stamp_on_one_line_gives_the_authors(line, authors):
    a = cleaned("Kota Bekasi Siapkan Pompa Air Tambahan\n" + line +
                "\nBEKASI - Pemerintah Kota Bekasi menyiapkan dua puluh pompa air tambahan menjelang musim hujan.\n")
    assert a.meta.authors == authors


@pytest.mark.parametrize("line,byline", [
    ("AFP | Published March 14, 2026 | Updated 13:20", ("AFP", [])),
    ("By Jane Roe | March 14, 2026 | 4 min read", ("", ["Jane Roe"])),
    # a dateline's town before its stamp, a label and a weekday before a date: no byline
    ("Bekasi - Senin, 9 Maret 2026", None),
    ("Posted Fri 13 Mar 2026 at 6:05am AEDT", None),
    # a lead with a date in it
    ("BEKASI, KABARKITA - Banjir merendam tiga kecamatan pada Senin (9/3/2026) pukul 08.15 WIB setelah hujan deras "
     "sejak malam.", None),
])
def test_what_stands_before_a_stamp(line, byline):
    assert read_byline(line) == byline


def test_a_name_and_a_stamp_below_a_story_head_a_comment_not_a_byline():
    assert read_byline("Budi S. - 27/11/2025 23:58") == ("", ["Budi S."])
    assert read_byline("Budi S. - 27/11/2025 23:58", bare_names=False) is None
    a = cleaned("Kota Bekasi Siapkan Pompa Air Tambahan\nBEKASI - Pemerintah Kota Bekasi menyiapkan dua puluh pompa "
                "air tambahan menjelang musim hujan.\nKomentar\nBudi Santoso - 27/11/2025 23:58\nSemoga cepat surut.\n")
    assert a.meta.authors == []


@pytest.mark.parametrize("line,byline", [
    # names, then a site the registry does not know: by its address, or a newsroom's name by its shape
    ("Dian Sari - kabarhilir.id", ("kabarhilir.id", ["Dian Sari"])),
    ("Dian Sari - hilirNews", ("hilirNews", ["Dian Sari"])),
    ("Dian Sari - kabarHilir", ("kabarHilir", ["Dian Sari"])),  # a brand's shape: lower case, then a capital
    ("Dian Sari, Kabar Hilir News", ("Kabar Hilir News", ["Dian Sari"])),
    # a headline with a site's name after it stays a headline: its words are the language's own
    ("Banjir Rendam Tiga Desa - Kabar Hilir News", None),
])
def test_names_then_a_site_the_registry_does_not_know(line, byline):
    assert read_byline(line) == byline


@pytest.mark.parametrize("title", ["Gempa Guncang Kota Hilir - Reuters", "Quake Hits Hilir Town | Reuters"])
def test_a_title_with_the_sites_name_after_it_is_no_byline(title):
    # its words are the language's own ("gempa", "hits"), where a byline's are names
    a = cleaned(title + "\nHILIR - Gempa bermagnitudo 5,2 mengguncang Kota Hilir pada Senin pagi.\n")
    assert a.meta.title == title.split(" - ")[0].split(" | ")[0]
    assert a.meta.authors == []


def test_a_wire_named_alone_under_the_headline_credits_the_photo_not_the_page():
    # a broadcaster's page puts the photo agency's name over the caption, under the byline
    a = cleaned("Ferry sinks off Hilir coast\nJane Roe\nReuters\nRescuers search the water off Hilir on Monday\n"
                "A ferry carrying 40 passengers sank off the coast of Hilir on Monday, officials said.\n"
                "Twelve people were rescued.\n")
    assert a.meta.outlet == ""
    # above the headline the same line is the page's masthead
    b = cleaned("Reuters\nFerry sinks off Hilir coast\n"
                "A ferry carrying 40 passengers sank off the coast of Hilir on Monday, officials said.\n")
    assert b.meta.outlet == "Reuters"
    # and right under the headline, over the date, the story's byline
    c = cleaned("Ferry sinks off Hilir coast\nAssociated Press\nMarch 4, 2025 | 10:28 am\n"
                "A ferry carrying 40 passengers sank off the coast of Hilir on Monday, officials said.\n")
    assert c.meta.outlet == "Associated Press"


def test_a_note_on_the_author_and_the_print_edition_are_no_claims():
    a = cleaned("Flood waters rise in river town\nBy Jane Roe\n"
                "Flood waters rose in the river town of Hilir on Friday, officials said.\n"
                "Two villages were cut off and 300 people were moved to a school.\n"
                "Jane Roe is the regional correspondent for The Daily Ledger, based in Hilir.\n"
                "A version of this article appears in print on March 8, 2025, Section A, Page 6 of the edition.\n")
    assert label_of(a, "Jane Roe is the regional") == "furniture"
    assert label_of(a, "A version of this article") == "furniture"
    assert label_of(a, "Two villages were cut off") == "body"


@pytest.mark.parametrize("label", ["[HOAKS]", "[SALAH]", "[FALSE]"])
def test_a_verdict_label_before_a_headline_is_no_word_of_it(label):
    # fact-check pages open their headline with the verdict; the headline's claim is what was checked
    a = cleaned(label + " Foto Banjir Bandang di Kota Hilir pada Maret 2025\nKompas.com - 22/03/2025, 10:00 WIB\n"
                "HILIR, KOMPAS.com - Beredar foto yang diklaim menunjukkan banjir bandang di Kota Hilir pekan ini.\n")
    assert a.meta.title == "Foto Banjir Bandang di Kota Hilir pada Maret 2025"
    assert label_of(a, label) == "furniture"


@pytest.mark.parametrize("signature", ["— Dina Ayu (@dinaayu_) March 3, 2025",
                                       "A post shared by Dina Ayu (@dinaayu_)"])
def test_an_embedded_posts_signature_and_picture_link_are_furniture(signature):
    a = cleaned("Banjir Rendam Kota Hilir\nHILIR - Banjir merendam ratusan rumah di Kota Hilir pada Senin.\n"
                "Warganet membagikan video banjir itu di media sosial.\n"
                "Air sudah masuk rumah, semua barang kami pindahkan ke lantai dua pic.twitter.com/abc123\n"
                + signature + "\nBPBD mencatat 300 rumah terendam hingga Senin malam.\n")
    assert label_of(a, signature[:12]) == "furniture"
    assert label_of(a, "pic.twitter.com") == "furniture"
    assert label_of(a, "Air sudah masuk rumah") == "body"


@pytest.mark.parametrize("header", ["Komentar (3)", "Comments 12", "Join the conversation"])
def test_readers_comments_under_the_story_are_furniture(header):
    a = cleaned("Harga Beras Naik\nHILIR - Harga beras di Pasar Hilir naik 15 persen dalam sepekan terakhir.\n"
                "Pedagang menyebut pasokan dari desa-desa sekitar berkurang sejak awal bulan.\n"
                + header + "\nAndi: harga naik terus, pemerintah kemana saja selama ini?\n")
    assert label_of(a, "Andi: harga naik") == "furniture"


@pytest.mark.parametrize("crumb", ["Beranda > Nasional > Peristiwa", "Home / World / Asia", "News » Politics » Asia",
                                   "News|Climate Crisis"])
def test_a_breadcrumb_above_the_headline_is_no_headline(crumb):
    a = cleaned(crumb + "\nJembatan Gantung di Hilir Putus, Dua Warga Luka-luka\nSelasa, 4 Maret 2025 | 10:15 WIB\n"
                "HILIR - Jembatan gantung yang menghubungkan dua desa di Kecamatan Hilir putus pada Senin sore.\n")
    assert a.meta.title == "Jembatan Gantung di Hilir Putus, Dua Warga Luka-luka"
    assert label_of(a, crumb) == "furniture"


def test_a_short_headline_above_a_desk_byline_stays_the_headline():
    # with the byline read as a candidate headline, the short line above it read as a topic
    # label over a longer headline, and "News Desk (The Jakarta Post)" became the page's title
    a = cleaned("Quake rattles Hilir town\nNews Desk (The Jakarta Post)\nJakarta ● Mon, April 21, 2025\n"
                "A magnitude 5.2 earthquake struck Hilir town on Monday afternoon, the agency reported.\n")
    assert a.meta.title == "Quake rattles Hilir town"
    assert a.meta.outlet == "The Jakarta Post"


def test_a_short_headline_above_a_row_of_roles_stays_the_headline():
    # the row of roles is no candidate headline: with it as one, the short line above it read as
    # a topic label over a longer headline, and the page's title became "Penulis Dian Sari"
    a = cleaned("Banjir di Sumber\nPenulis Dian Sari | Editor Agus Riyadi\n"
                "SUMBER - Banjir merendam 200 rumah di Kecamatan Hilir pada Senin pagi.\n")
    assert a.meta.title == "Banjir di Sumber"
    assert label_of(a, "Penulis Dian Sari") == "furniture"
    assert a.meta.authors == ["Dian Sari (Penulis)", "Agus Riyadi (Editor)"]


@pytest.mark.parametrize("line", [
    "Penulis Associated Press Jane Roe dan John Smith berkontribusi pada laporan ini.",
    "Associated Press writers Jane Roe and John Smith contributed to this report.",
    "Ayo berlangganan newsletter harian kami dan dapatkan ringkasan berita setiap pagi.",
    "Nyaman tanpa iklan. Langganan Premium",
    "Sign up for our morning newsletter to get the news in your inbox.",
    # the "read it on our site" footer, with the headline in it: as a claim it would match the
    # headline of every outlet that carries the story
    'Baca artikel detiknews, "Pemerintah Naikkan Subsidi Pupuk" selengkapnya https://news.detik.com/berita/d-1/subsidi',
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin"
    " tertulis dari Kantor Berita ANTARA.",
    "Save articles to read later and create your own reading list.",
    # consent banners, paywalls, and notes on the story's own editing
    "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
    "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.",
    "Konten ini khusus untuk pelanggan. Berlangganan sekarang untuk membaca artikel selengkapnya.",
    "Subscribe to continue reading. Already a subscriber? Sign in",
    "Correction: An earlier version of this story misspelled the trader's name.",
    "Catatan redaksi: Artikel ini telah diperbarui untuk memperbaiki nama pedagang.",
    # an opinion piece's disclaimer
    "*Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi.",
    "The views expressed in this article are the author's own and do not reflect the editorial stance.",
    # rights notices, share rows, menus and a developing story's note on itself
    "(c) 2025 Harian Contoh - PT Contoh Media. All Rights Reserved.",
    "Content from the wire service is used under licence.",
    "Hak cipta dilindungi. Kabar Contoh 2025",
    "Bagikan: f | t | wa | in",
    "Share: Facebook | X | WhatsApp",
    "Menu: Berita | Ekonomi | Olahraga",
    "Berita ini masih akan diperbarui.",
    "This story will be updated.",
    # a wire's line about itself, and a newsletter's invitation, under the story
    "Reuters, the news and media division of Thomson Reuters, is the world's largest multimedia news provider.",
    "Get a weekly digest of the region's top stories straight to your inbox. Sign up here.",
])
def test_contributor_lines_and_promotions_are_furniture(line):
    a = cleaned("Pemerintah menaikkan anggaran subsidi pupuk untuk tahun depan sebesar sepuluh persen.\n" + line + "\n")
    assert label_of(a, line[:25]) == "furniture"


@pytest.mark.parametrize("tail", ["(int/idr)", "(ant/hm25)", "(Redaksi)"])
def test_editors_initials_at_a_paragraphs_end_are_cut_off(tail):
    body = "Polisi masih menyelidiki penyebab kebakaran itu, kata dia."
    a = cleaned(body + " " + tail + "\n")
    assert labels(a) == [("body", body), ("furniture", tail)]


def test_source_credit_lines_are_not_claims():
    a = cleaned("Sumber: Reuters | Editor: Budi\nPresiden itu mengatakan kebijakan baru berlaku mulai pekan depan.\n(Sumber Antara)\n")
    got = labels(a)
    assert got[0][0] == "credit" and got[-1] == ("credit", "(Sumber Antara)")


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


def test_teaser_glued_to_a_paragraph_without_a_stop_is_furniture():
    # the page lost the break before the teaser: no stop, no space, but its capital after a lower-case letter
    line = "Petugas masih mencari dua warga yang hilang di sungaiBaca juga: Harga Cabai Naik Menjelang Lebaran"
    a = cleaned(line + "\n")
    assert labels(a) == [("body", "Petugas masih mencari dua warga yang hilang di sungai"),
                         ("furniture", "Baca juga: Harga Cabai Naik Menjelang Lebaran")]


@pytest.mark.parametrize("line,caption", [
    ("Jumpa pers Kapolres Garut di Mapolres Garut, Senin 3 Maret 2025Menurut Kapolres, tanggul itu jebol "
     "setelah hujan deras mengguyur kawasan hulu sungai sejak pagi.",
     "Jumpa pers Kapolres Garut di Mapolres Garut, Senin 3 Maret 2025"),
    ("Rescue workers at the site of the school in Kano, Nigeria, March 3, 2025Meanwhile, the education "
     "minister ordered every school in the province to be inspected by engineers.",
     "Rescue workers at the site of the school in Kano, Nigeria, March 3, 2025"),
])
def test_a_caption_glued_to_the_paragraph_after_it_is_a_caption(line, caption):
    lead = ("Tanggul sungai di Garut jebol dan merendam ratusan rumah warga pada Senin pagi." if "Menurut" in line
            else "A school building collapsed in the north of the country on Monday, the police said.")
    a = cleaned(lead + "\n" + line + "\n")
    got = labels(a)
    assert ("caption", caption) in got
    assert got[-1] == ("body", line[len(caption):])


def test_a_sentence_glued_to_the_next_is_not_a_caption():
    # it has a verb: a sentence that lost its stop, read by the segmenter, not a caption
    line = ("Tanggul itu jebol setelah hujan deras di hulu sungaiMenurut petugas, 40 rumah terendam "
            "dan warga mengungsi ke balai desa.")
    a = cleaned("Tanggul sungai di Garut jebol dan merendam ratusan rumah warga pada Senin pagi.\n" + line + "\n")
    assert labels(a)[-1] == ("body", line)


@pytest.mark.parametrize("footer", [
    "Simak breaking news dan berita pilihan kami langsung di ponselmu melalui aplikasi resmi kami.",
    "Artikel ini telah tayang di Tribunnews.com dengan judul Putin dan Xi Bertemu di Moskow.",
    "Our Standards: The Thomson Reuters Trust Principles.",
])
def test_footers_that_read_like_sentences(footer):
    a = cleaned("Menteri itu mengatakan kebijakan baru berlaku mulai pekan depan di seluruh provinsi.\n" + footer + "\n")
    assert labels(a)[-1] == ("furniture", footer)


# ------------------------------------------------------------------ body text the scrape broke


def test_truncated_long_paragraph_is_still_body():
    text = ("Namun, perundingan yang telah dilakukan tidak berhasil menciptakan kesepakatan gencatan senjata, dan "
            "Presiden itu mengancam akan menghentikan pembicara")
    assert labels(cleaned(text)) == [("body", text)]


@pytest.mark.parametrize("last", [
    "Acara kemudian ditutup dengan doa bersama para pemuka agama dan tokoh",
    "The talks are expected to resume next week in Geneva, where both si",
])
def test_the_last_line_the_scrape_cut_short_is_body(last):
    a = cleaned("Para menteri sepakat melanjutkan pembicaraan tentang perdagangan bebas.\n" + last)
    assert labels(a)[-1] == ("body", last)


def test_a_paragraph_broken_across_lines_stays_text():
    a = cleaned("Pemerintah daerah menyiapkan posko pengungsian di sekolah, yang menurut\n"
                "rencana akan dibuka hingga akhir bulan ini untuk seluruh warga.\n")
    assert [lab for lab, _ in labels(a)] == ["body", "body"]


@pytest.mark.parametrize("broken", [
    # broken before a capitalised name, after a place's head
    "HILIR - Jembatan gantung penghubung dua dusun di Desa Sukamaju, Kabupaten\n"
    "Garut, putus pada Senin pagi setelah diterjang arus sungai yang meluap.\n",
    # over three lines, the last a word
    "HILIR - Jembatan gantung penghubung dua dusun di Desa Sukamaju putus pada Senin pagi setelah\n"
    "diterjang arus sungai yang meluap sejak Minggu malam dan merusak dua rumah di tepi\n"
    "sungai.\n",
])
def test_a_lead_the_scrape_broke_across_lines_is_read(broken):
    a = cleaned("Jembatan Gantung di Desa Sukamaju Putus, Dua Warga Luka\nSenin, 17 November 2025 | 15:42 WIB\n" + broken
                + "Kepala desa Ahmad Fauzi mengatakan dua warga mengalami luka ringan akibat kejadian itu.\n")
    body = [t for lab, t in labels(a) if lab == "body"]
    assert body[0].startswith("HILIR") and "".join(body[:-1]).rstrip().endswith(".")


def test_a_list_of_facts_in_the_body_is_text():
    a = cleaned("Petugas mencatat korban di beberapa kecamatan.\n"
                "a. Di Kecamatan Cibeber, tiga orang luka ringan.\n"
                "b. Di Kecamatan Cugenang, dua rumah rusak berat\n"
                "Pendataan masih terus dilakukan hingga sore hari.\n")
    assert label_of(a, "Cugenang") == "body"


def test_a_link_list_under_a_section_header_above_the_lead_ends_at_the_lead():
    a = cleaned("Gempa Guncang Cianjur\nBreaking News:\nHarga Cabai Naik Jelang Lebaran\nTimnas Menang Tipis\n"
                "CIANJUR - Gempa bermagnitudo 5,2 mengguncang Cianjur pada Senin pagi.\n"
                "Tidak ada laporan korban jiwa hingga siang hari.\n")
    assert label_of(a, "Harga Cabai") == "furniture"
    assert [t for lab, t in labels(a) if lab == "body"][-1] == "Tidak ada laporan korban jiwa hingga siang hari."


# ------------------------------------------------------------------ properties

_LINES = st.sampled_from([
    "Presiden meninjau lokasi banjir di Demak pada Senin (3/2/2025).", "Baca juga: Harga Emas Naik",
    "Foto: Antara", "JAKARTA - Menteri Keuangan mengumumkan anggaran baru.", "Bagikan", "TERKINI",
    "Warga mengungsi ke sekolah, 3 Maret 2025. ANTARA FOTO/Budi/abc.", "By Jane Roe and John Smith",
    "Kamis, 20 Juni 2024 10:11 WIB", "Banjir Rendam Lima Kecamatan", "<p><strong>FLOOD.</strong> Residents wade.</p>",
    "The ministers agreed on a plan, officials said. (ams/apl)", "Officials said the deal holdsImage: Jane Roe/AFP",
    "", "   ", "https://www.kompas.com/read/2025/03/03/banjir",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=12), st.booleans())
def test_blocks_cover_each_line_once_and_never_overlap(lines, final_newline):
    text = "\n".join(lines) + ("\n" if final_newline else "")
    a = cleaned(text)
    blocks = sorted(a.layer("blocks"), key=lambda b: b.start)
    for x, y in zip(blocks, blocks[1:]):
        assert x.end <= y.start
    covered = set()
    for b in blocks:
        covered.update(range(b.start, b.end))
    for s, e in lines_with_offsets(text):
        for k in range(s, e):
            if not text[k].isspace():
                assert k in covered, (text[s:e], k)


@pytest.mark.parametrize("line", ["Senin, 3 Maret 2025 | 10:15 WIB", "Reporter: Andi Wijaya | Editor: Budi Santoso"])
def test_a_stamp_or_a_byline_with_bars_is_no_section_path(line):
    from provenance.clean import is_section_path

    assert not is_section_path(line)


def test_short_role_labels_joined_by_a_slash_name_the_authors():
    a = cleaned("Jembatan Gantung di Hilir Putus\nRep: Dedi Kurniawan/ Red: Fitri Zamzami\n"
                "HILIR - Jembatan gantung yang menghubungkan dua desa di Kecamatan Hilir putus pada Senin sore.\n")
    assert a.meta.authors == ["Dedi Kurniawan (Rep)", "Fitri Zamzami (Red)"]
    assert label_of(a, "Rep: Dedi") == "furniture"


@pytest.mark.parametrize("path", ["News|Climate Crisis", "Berita | Daerah"])
def test_the_sites_sections_joined_by_bars_over_a_headline_and_standfirst_are_no_title(path):
    # two sections are enough; as the title, the page's headline became a second headline
    a = cleaned(path + "\nFloods kill dozens in the north as rivers burst banks\n"
                "Rescue teams are searching for missing people after days of heavy rain.\nPublished On 12 Jun 2025\n"
                "Hilir – Floods and landslides have killed at least 34 people in the north, officials said on Thursday.\n")
    assert a.meta.title == "Floods kill dozens in the north as rivers burst banks"
    assert label_of(a, path) == "furniture"


@pytest.mark.parametrize("masthead,outlet", [
    ("KEMENTERIAN PERDAGANGAN REPUBLIK INDONESIA", "Indonesian Ministry of Trade"),
    ("Sekretariat Kabinet Republik Indonesia", "Indonesian Cabinet Secretariat"),  # a registry body, by its name
    # a body the registry lacks: its name as written
    ("Sekretariat Jenderal Dewan Perwakilan Rakyat Republik Indonesia",
     "Sekretariat Jenderal Dewan Perwakilan Rakyat Republik Indonesia"),
    ("Pemerintah Kota Surabaya", "Pemerintah Kota Surabaya"),
])
def test_a_public_bodys_name_over_its_press_release_is_the_publisher_not_the_headline(masthead, outlet):
    # as the title, the body's name became a headline claim and the release's headline was lost
    a = cleaned(masthead + "\nBeranda / Berita / Siaran Pers\nMenteri Lepas Ekspor Kopi ke Jepang\n"
                "Surabaya, 14 Juni 2025 – Menteri Perdagangan melepas ekspor 300 ton kopi ke Jepang pada Sabtu.\n"
                "Menteri meminta eksportir menjaga mutu produk.\n")
    assert a.meta.title == "Menteri Lepas Ekspor Kopi ke Jepang"
    assert a.meta.outlet == outlet


@pytest.mark.parametrize("line", ["Kemlu Kecam Serangan terhadap Konvoi Bantuan",
                                  "Pemerintah Kota Surabaya Larang Warga Mudik",
                                  "Kementerian Keuangan Naikkan Cukai Rokok"])
def test_a_headline_on_what_a_body_did_is_no_masthead(line):
    from provenance.clean import publisher_body

    assert publisher_body(line) == ""


@pytest.mark.parametrize("headline", ["Reuters Soroti Antrean Panjang di SPBU Jelang Kenaikan Harga",
                                      "AFP: Harga Minyak Dunia Naik Tajam",
                                      "Reuters Says Fuel Queues Stretch for Kilometres"])
def test_a_headline_that_opens_with_a_wires_name_stays_the_headline(headline):
    # read as a masthead, the headline was lost and the wire became the page's outlet
    a = cleaned(headline + "\nSelasa, 3 Maret 2026 10:15 WIB\nJAKARTA - Antrean kendaraan mengular di sejumlah SPBU "
                "di Jakarta pada Senin malam menjelang kenaikan harga bahan bakar.\n")
    assert a.meta.title == headline
    assert a.meta.outlet == ""


def test_a_sites_name_with_an_edition_after_it_is_the_masthead():
    a = cleaned("Antara News Jawa Barat\nAntrean Panjang di SPBU Jelang Kenaikan Harga\nSelasa, 3 Maret 2026 10:15 WIB\n"
                "BANDUNG - Antrean kendaraan mengular di sejumlah SPBU di Bandung pada Senin malam.\n")
    assert a.meta.title == "Antrean Panjang di SPBU Jelang Kenaikan Harga"
    assert a.meta.outlet == "Antara"


def test_a_menu_whose_first_item_has_a_digit_is_the_sites_menu():
    # "ABC7" is a name with a digit, not a date: the row was read as the headline
    a = cleaned("KTV7 News | Watch Live | Weather | Traffic | Local\nWORLD\nAssembly Demands Ceasefire in Valdoria\n"
                "NEW YORK - The assembly on Friday adopted a resolution demanding an immediate ceasefire in Valdoria.\n")
    assert a.meta.title == "Assembly Demands Ceasefire in Valdoria"


def test_a_menus_first_item_over_another_row_of_chrome_is_no_sites_name():
    # "World" was read as the masthead over "Sign in  Subscribe", and became the page's outlet
    a = cleaned("World | Business | Markets | Sustainability | Legal\nSign in   Subscribe\n"
                "Assembly Demands Ceasefire in Valdoria\nNEW YORK - The assembly on Friday adopted a resolution "
                "demanding an immediate ceasefire in Valdoria.\n")
    assert a.meta.outlet != "World"
    assert a.meta.title == "Assembly Demands Ceasefire in Valdoria"


def test_a_desks_credit_and_the_editors_initials_close_a_paragraph_not_a_caption():
    a = cleaned("Presiden Tinjau Jembatan di Hilir\nPresiden meninjau jembatan yang putus di Hilir pada Sabtu pagi.\n"
                "Turut mendampingi Presiden dalam kunjungan itu Kepala BNPB dan Gubernur. (Humas Setpres/UN)\n")
    assert label_of(a, "Turut mendampingi") == "body"
    assert label_of(a, "(Humas Setpres/UN)") == "furniture"
    # a wire's photo code is a photo credit still
    b = cleaned("Banjir di Hilir\nBanjir merendam 300 rumah di Hilir pada Senin.\n"
                "Warga mengungsi di Kecamatan Hilir, Senin (2/6/2025). (AFP/STR)\n")
    assert label_of(b, "Warga mengungsi") == "caption"


@pytest.mark.parametrize("menu", ["Beranda  Terkini  Nasional  Daerah  Ekonomi", "Share  ·  Tweet  ·  Email",
                                  "Singapore | Asia | World | Business", "Subscribe | Sign in",
                                  "Hilir.id — Terkini | Nasional | Ekonomi", "Asia › SE Asia", "Business > Economy",
                                  # a number after an item's first word; two items of a word or two
                                  "Beranda  Timnas  Liga 1  Liga Inggris  Video", "Sign In  Register",
                                  # an item that is a code of capitals and digits
                                  "Home | Tenis | Sepak Bola | MotoGP | F1 | Basket | Video"])
def test_a_menu_over_the_headline_is_no_title(menu):
    # a flattened menu (items in wide gaps, dots or bars) had become the page's title, and the
    # story's headline was dropped as another story's
    a = cleaned(menu + "\n\nFerry capsizes off Hilir island, 11 dead\n\n"
                "HILIR – A wooden ferry capsized off Hilir island late on Sunday, killing 11 people, police said.\n")
    assert a.meta.title == "Ferry capsizes off Hilir island, 11 dead"
    assert label_of(a, menu) == "furniture"


def test_the_sites_name_over_its_menu_is_the_masthead_and_the_outlet():
    a = cleaned("THE HILIR HERALD\nHome  National  Business  World  Opinion\n\n"
                "Ferry capsizes off Hilir island, 11 dead\n\n"
                "HILIR – A wooden ferry capsized off Hilir island late on Sunday, killing 11 people, police said.\n")
    assert a.meta.title == "Ferry capsizes off Hilir island, 11 dead"
    assert a.meta.outlet == "The Hilir Herald"


def test_a_headline_ending_with_an_abbreviations_full_stop_is_a_headline():
    a = cleaned("Home > Business\n\nJapan, Indonesia sign trade pact, firms pledge $11.4 bil.\n\n"
                "Tokyo and Jakarta signed a trade pact on Tuesday, as Japanese firms pledged $11.4 billion in "
                "investment. (Kyodo)\n\nTOKYO - Japan and Indonesia on Tuesday signed a trade pact in Tokyo.\n")
    assert a.meta.title == "Japan, Indonesia sign trade pact, firms pledge $11.4 bil."


def test_a_caption_credited_by_an_abbreviated_label_is_a_caption():
    # "Dok." needs no colon: the caption and its credit had become a body claim
    line = ("Menteri Perdagangan (kiri) berjabat tangan dengan Menteri Industri Jepang usai penandatanganan "
            "di Tokyo, Selasa (15/7/2025). Dok. Biro Humas Kementerian")
    cap = caption_parts(line)
    assert cap is not None and cap.credit == "Dok. Biro Humas Kementerian"


@pytest.mark.parametrize("line,site,desk", [("Tim Redaksi HilirTV", "HilirTV", "Tim Redaksi"),
                                            ("News Desk Hilir Times", "Hilir Times", "News Desk")])
def test_a_desk_then_its_sites_name_is_a_byline(line, site, desk):
    from provenance.clean import read_byline

    assert read_byline(line) == (site, [desk])
    # one word of a desk opens a body's name too: "Tim SAR Gabungan" is no byline
    assert read_byline("Tim SAR Gabungan") is None


def test_names_then_the_site_the_masthead_names_are_a_byline():
    a = cleaned("THE HILIR COURIER\nHome  National  Business  World\n\nFerry capsizes off Hilir island, 11 dead\n"
                "Desi Kartika (The Hilir Courier)\nJakarta | Fri, November 14, 2025 | 10:05 am\n\n"
                "HILIR – A wooden ferry capsized off Hilir island late on Sunday, killing 11 people, police said.\n")
    assert label_of(a, "Desi Kartika") == "furniture"
    assert a.meta.authors == ["Desi Kartika (byline)"]


def test_a_web_address_with_its_tagline_after_a_hyphen_over_its_menu_is_the_masthead():
    a = cleaned("KabarHilir.net - Suara Warga, Fakta Terpercaya\nHome | Nasional | Politik | Ekonomi | Sport\n\n"
                "Politik\n\nKongres Partai Hilir Pilih Ketua Baru\n\nHILIR - Kongres Partai Hilir memilih ketua umum "
                "baru pada Minggu malam.\n")
    assert a.meta.title == "Kongres Partai Hilir Pilih Ketua Baru"
    assert not any("Fakta Terpercaya" in c.text for c in a.claims)


def test_a_broadcasters_programme_promotion_is_furniture():
    from provenance.clean import is_promotion

    assert is_promotion("Saksikan Hilir News setiap hari pukul 16.30 WIB hanya di HilirTV.")


def test_the_sites_name_with_its_tagline_over_its_menu_is_the_masthead():
    a = cleaned("Hilir Bola | Berita Sepak Bola Indonesia & Dunia\nBeranda  Timnas  Liga 1  Liga Inggris  Video\n\n"
                "Timnas Menang 2-1 di Hilir\n\nHILIR - Timnas Indonesia menang 2-1 atas tuan rumah di Stadion Hilir "
                "pada Selasa malam.\n")
    assert a.meta.title == "Timnas Menang 2-1 di Hilir"
    assert a.meta.outlet == "Hilir Bola"


@pytest.mark.parametrize("line,credit", [
    # a gallery's counter before the caption is no word of it
    ("Item 1 of 2 Students protest outside the parliament building in Hilir, October 16, 2025. REUTERS/Jane Roe",
     "REUTERS/Jane Roe"),
    # the agency, a colon, its photographer, in brackets
    ("Students protest outside the parliament building in Hilir on Thursday. (Reuters: Jane Roe)", "(Reuters: Jane Roe)"),
])
def test_a_wire_photos_caption_and_credit_are_read_apart(line, credit):
    cap = caption_parts(line)
    assert cap is not None and cap.credit == credit
    assert line[cap.start:cap.end].startswith("Students protest")


@pytest.mark.parametrize("line", ["Purchase Licensing Rights, opens new tab",
                                  "Halaman ini diperbarui secara berkala. Muat ulang untuk pembaruan terbaru.",
                                  "Kirim ke WhatsApp Hotline CekHilir."])
def test_a_wire_photos_licensing_link_and_a_live_blogs_notes_are_furniture(line):
    a = cleaned("Banjir di Hilir\nBanjir merendam 300 rumah di Kecamatan Hilir pada Senin pagi.\n" + line
                + "\nWarga mengungsi ke balai desa sejak Senin malam karena air terus naik.\n")
    assert label_of(a, line[:20]) == "furniture"


@pytest.mark.parametrize("line", ["IHSG 7.123,45 +0,4%  |  LQ45 912,07 +0,6%  |  USD/IDR 16.748 +0,03%",
                                  "Markets Live: JCI 7,123.45 +0.4% | IDR 16,742 | Brent 63.10 -0.8%",
                                  "Asia Pacific / Indonesia", "SOUTHEAST ASIA / INDONESIA"])
def test_a_market_ticker_or_a_two_step_section_over_the_headline_is_no_title(line):
    a = cleaned(line + "\n\nBank Sentral Tahan Suku Bunga di 5,75 Persen\n\n"
                "JAKARTA - Bank sentral mempertahankan suku bunga acuan di level 5,75 persen pada Rabu.\n")
    assert a.meta.title == "Bank Sentral Tahan Suku Bunga di 5,75 Persen"
    assert label_of(a, line[:15]) == "furniture"


@pytest.mark.parametrize("line", ["Rupiah Ditutup Melemah ke 16.742 per Dolar AS, IHSG Naik 0,4%",
                                  "Inflasi November 2,41 Persen, Rupiah 16.742"])
def test_a_headline_with_market_figures_is_no_ticker(line):
    from provenance.clean import is_ticker_line

    assert not is_ticker_line(line)


@pytest.mark.parametrize("line,site,desk", [("Ledger Staff, with Meridian", "Ledger", "Staff"),
                                            ("By Hilir Current staff", "Hilir Current", "staff")])
def test_a_sites_desk_is_a_byline(line, site, desk):
    from provenance.clean import read_byline

    assert read_byline(line) == (site, [desk])
    # a desk's name whole is no site and its desk
    assert read_byline("Tim Redaksi") != ("Tim", ["Redaksi"])


def test_a_byline_label_before_a_row_of_roles_names_the_author():
    from provenance.clean import read_byline

    assert read_byline("Oleh: Maria Lalang | Editor: Stefanus Hadi") == ("", ["Maria Lalang"])
    assert read_byline("By Jane Roe | Reuters") == ("Reuters", ["Jane Roe"])


def test_a_market_pages_disclaimer_is_furniture():
    a = cleaned("Saham Bank Naik\nSaham perbankan memimpin penguatan indeks pada perdagangan Rabu.\n"
                "Disclaimer: Berita ini tidak bertujuan mengajak membeli atau menjual saham.\n")
    assert label_of(a, "Disclaimer:") == "furniture"


def test_a_video_pages_kicked_headline_and_its_reporters_narration_are_read():
    a = cleaned("HILIRTV.COM\nHome | Berita | Video\n\nVIDEO: Si Jago Merah Lalap Pasar Hilir, Pedagang Menangis\n\n"
                "Selasa, 2 September 2025 | 13:05 WIB\n\nHILIR TV, KABUPATEN HILIR - Pasar Hilir ludes terbakar "
                "pada Selasa dini hari.\n\nReporter: Sekitar 120 kios di pasar tradisional ini hangus terbakar.\n\n"
                "Reporter: Budi Santoso\nSimak selengkapnya di video berikut.\n")
    assert a.meta.title == "Si Jago Merah Lalap Pasar Hilir, Pedagang Menangis"
    assert label_of(a, "Reporter: Sekitar 120") == "body"  # the narration of a video, not a byline
    assert label_of(a, "Reporter: Budi") == "furniture"
    assert label_of(a, "Simak selengkapnya") == "furniture"
    assert a.meta.place == "Hilir"


def test_a_contributors_town_is_no_author():
    from provenance.clean import read_byline

    assert read_byline("Kontributor Semarang, Aditya Nugraha") == ("", ["Aditya Nugraha"])


def test_a_photographers_credit_with_a_slash_set_apart_is_a_credit():
    cap = caption_parts("Supporters of the candidate celebrate in Hilir City on December 7, 2025. Rafael TUN / AFP")
    assert cap is not None and cap.credit == "Rafael TUN / AFP"


def test_related_coverage_under_the_story_is_a_link_list():
    a = cleaned("Runoff Won in Hilir\nRina Kusuma won the presidential runoff in Hilir on Sunday, officials said.\n"
                "RELATED COVERAGE\nHilir heads to a runoff after a first round marked by low turnout\n")
    assert label_of(a, "Hilir heads to a runoff") == "furniture"


# a story's headline and lead, for the tests of what follows them
FLOOD_LEAD = ("Flood Cuts Road to Coastal Town\n\n"
              "PALU - Floodwater cut the only road to the coastal town of Sabang on Monday, stranding hundreds of residents.\n\n")


def test_a_read_more_header_in_the_middle_of_a_story_hides_only_its_teaser():
    """"Read more:" on a line of its own, its teaser's title under it, and the story going on:
    the story's next paragraphs are read, the teaser is not."""
    a = cleaned(FLOOD_LEAD +
                "Read more:\nRains Expected to Continue Across Central Sulawesi\n\n"
                "Rescuers used rubber boats to reach villages along the river, the district disaster agency said on Tuesday.\n\n"
                "Schools in the town were closed until the water recedes, the regional education office said in a statement.\n")
    assert label_of(a, "Rains Expected to Continue") == "furniture"
    assert label_of(a, "Rescuers used rubber boats") == "body"
    assert label_of(a, "Schools in the town were closed") == "body"


def test_related_stories_with_a_summary_each_stay_a_link_list():
    a = cleaned(FLOOD_LEAD +
                "Berita Terkait\nHujan Deras Diprediksi Berlanjut di Sulawesi Tengah\n"
                "Badan cuaca memperkirakan hujan deras masih akan turun di sebagian besar wilayah hingga akhir pekan ini.\n"
                "Jembatan Putus, Warga Seberangi Sungai dengan Rakit\n"
                "Warga di dua desa terpaksa menyeberangi sungai dengan rakit bambu setelah jembatan gantung putus diterjang arus.\n")
    assert label_of(a, "Badan cuaca memperkirakan") == "furniture"
    assert label_of(a, "Warga di dua desa terpaksa") == "furniture"


def test_a_story_scraped_twice_is_read_once():
    """The page, a teaser, then the page again: the second copy's paragraphs run on as prose
    after the teaser, and are the first copy's again, word for word."""
    body = ("Floodwater cut the only road to the coastal town of Sabang on Monday, stranding hundreds of residents.\n\n"
            "Rescuers used rubber boats to reach villages along the river, the district disaster agency said.\n\n"
            "Ten people were hurt in the flood on Monday.\n\n")
    a = cleaned("Flood Cuts Road to Coastal Town\n\nPALU - " + body + "Read more:\nRains Expected to Continue\n\n"
                "Flood Cuts Road to Coastal Town\n\nPALU - " + body)
    for fragment in ("Rescuers used rubber boats", "Ten people were hurt"):
        assert [lab for lab, t in labels(a) if fragment in t] == ["body", "furniture"]


def test_a_section_header_over_the_headline_is_its_label_not_a_list():
    """"BREAKING NEWS" on the line over the headline, the date stamp under it: the headline and
    the photo's caption are read (a list of other stories has more titles under its header)."""
    a = cleaned("KABARHILIR.COM\n\nBREAKING NEWS\nKapal Terbalik di Perairan Hilir, 11 Penumpang Hilang\n\n"
                "Rabu, 15 Oktober 2025 10:12 WIB\n\n"
                "Kapal motor terbalik di perairan Pulau Hilir. (Foto: Istimewa)\n\n"
                "HILIR - Kapal motor Bahari Jaya terbalik di perairan Pulau Hilir pada Rabu (15/10/2025) pagi karena ombak tinggi.\n\n"
                "Sebanyak 11 penumpang masih dicari oleh tim SAR gabungan hingga Rabu siang.\n")
    assert label_of(a, "Kapal Terbalik di Perairan Hilir") == "title"
    assert label_of(a, "BREAKING NEWS") == "furniture"


def test_a_menu_with_a_section_word_ends_at_the_headline_under_it():
    """A site menu one item a line, "Terkini" among them: the list it opens ends at the page's
    headline (its date stamp under it), which is read with its date and caption."""
    a = cleaned("KabarHilir.id\nBeranda\nTerkini\nTerpopuler\nNasional\nPolitik\n"
                "Jembatan Gantung di Desa Sukamaju Putus, Dua Warga Luka\n"
                "Senin, 17 November 2025 | 15:42 WIB\n"
                "Sukamaju - Jembatan gantung penghubung dua dusun di Desa Sukamaju putus pada Senin pagi, kata kepala desa.\n"
                "Dua warga mengalami luka ringan akibat kejadian itu, menurut petugas puskesmas setempat.\n")
    assert label_of(a, "Jembatan Gantung di Desa Sukamaju Putus") == "title"
    assert label_of(a, "Terpopuler") == "furniture"
    assert str(a.meta.published) == "2025-11-17"


@pytest.mark.parametrize("banner", [
    "We value your privacy\nWe and our 120 partners use cookies to store and access information on your device.\nACCEPT ALL    REJECT\n",
    "Kami menghargai privasi Anda\nSitus ini menggunakan cookie untuk meningkatkan pengalaman Anda.\nTerima semua    Tolak semua\n",
])
def test_a_consent_banner_is_no_headline_nor_claim(banner):
    a = cleaned(banner + "Bridge Collapses in River Town, Two Injured\nNov 17, 2025\n"
                "HILIR - A suspension bridge linking two villages collapsed on Monday morning, injuring two people, a village head said.\n")
    assert label_of(a, "Bridge Collapses in River Town") == "title"
    assert all(lab == "furniture" for lab, t in labels(a) if "cookie" in t.casefold() or "privas" in t.casefold())


@pytest.mark.parametrize("line,menu", [
    ("Beranda Terkini Politik Hukum Ekonomi Daerah Dunia Foto Video Indeks", True),
    ("Home News World Business Sport Opinion", True),
    ("Xi Tells Putin World Is In Chaos", False),
    ("World Leaders Meet In Lima", False),
])
def test_a_row_of_section_names_is_the_sites_menu(line, menu):
    from provenance.clean import is_menu_row
    assert is_menu_row(line) == menu


def test_a_menu_row_over_a_sentence_case_headline_is_not_the_headline():
    a = cleaned("Kabar Kita\nBeranda Terkini Politik Hukum Ekonomi Daerah Dunia Foto Video Indeks\nEkonomi\n"
                "Ribuan buruh pabrik tekstil di Cimahi mogok kerja tuntut kenaikan upah\n"
                "Selasa, 14 Oktober 2025 10:15 WIB\n\nCIMAHI - Ribuan buruh pabrik tekstil mogok kerja pada Selasa "
                "untuk menuntut kenaikan upah sebesar 10 persen.\n")
    assert a.meta.title == "Ribuan buruh pabrik tekstil di Cimahi mogok kerja tuntut kenaikan upah"


@pytest.mark.parametrize("page,title,masthead", [
    ("KABARKOTA.COM\nBerita Terkini, Cepat dan Terpercaya\nHOME | PERISTIWA | HUKUM | EKONOMI | INDEKS\n"
     "Peristiwa\nGudang Logistik di Kawasan Industri Terbakar, 12 Mobil Damkar Dikerahkan\n"
     "Sabtu, 10 Oktober 2026 - 11:20 WIB\n\nKebakaran melanda sebuah gudang logistik di kawasan industri "
     "pada Sabtu dini hari, kata petugas pemadam kebakaran.\n",
     "Gudang Logistik di Kawasan Industri Terbakar, 12 Mobil Damkar Dikerahkan", "KABARKOTA.COM"),
    # a name in words, no web address: the slogan and then the menu under it say it is the site's
    ("THE DAILY LANTERN\nIndonesia's independent English-language daily\n"
     "Home | Indonesia | Business | World | Opinion\n\nFlood waters recede in Bekasi as residents "
     "return home\n\nBy Lantern Staff\n\nFlood waters began to recede in Bekasi on Monday, and residents "
     "returned to clean their homes, officials said.\n",
     "Flood waters recede in Bekasi as residents return home", "THE DAILY LANTERN"),
])
def test_the_sites_name_and_tagline_over_its_menu_are_not_the_headline(page, title, masthead):
    a = cleaned(page)
    assert a.meta.title == title
    tagline = page.split("\n")[1]
    # (a web address on its own line is the page's meta, a name in words its furniture)
    assert label_of(a, masthead) in ("furniture", "meta") and label_of(a, tagline[:20]) == "furniture"


_AROUND = {
    "en": ("The Green Party won the most seats in Sunday's election, the electoral commission said on Monday.",
           "The party's leader said she would begin coalition talks this week with two smaller parties."),
    "id": ("Kebakaran melanda gudang di kawasan industri itu sejak Sabtu dini hari, kata petugas pemadam kebakaran.",
           "Polisi masih menyelidiki penyebab kebakaran yang menghanguskan gudang seluas dua hektare itu."),
}


@pytest.mark.parametrize("lang,line,body", [
    ("en", "Turnout reached 68 percent.", True),
    ("id", "Api padam pukul 07.45 WIB.", True),
    ("en", "All rights reserved.", False),  # not between two paragraphs of the story
])
def test_a_one_sentence_paragraph_between_paragraphs_is_body(lang, line, body):
    before, after = _AROUND[lang]
    a = cleaned("A Story Headline Here\n" + before + "\n" + line + "\n" + (after + "\n" if body else ""))
    assert (label_of(a, line) == "body") == body


@pytest.mark.parametrize("lang,teaser", [("en", "Read also: New coach unveiled at the club"),
                                          ("id", "Baca Juga: Pelatih Baru Resmi Diperkenalkan")])
def test_a_one_sentence_paragraph_after_a_teaser_is_body(lang, teaser):
    """A teaser set between two paragraphs does not make the short paragraph beside it a label."""
    before, after = _AROUND[lang]
    line = "Turnout reached 68 percent." if lang == "en" else "Api padam pukul 07.45 WIB."
    a = cleaned("A Story Headline Here\n" + before + "\n" + teaser + "\n" + line + "\n" + after + "\n")
    assert label_of(a, line) == "body"
    assert label_of(a, teaser) == "furniture"


def test_a_photo_agencys_credit_in_brackets_is_no_desks_initials():
    line = "Petugas bersorak di ruang kendali saat satelit mencapai orbit pada Selasa. (AFP PHOTO/KSA)"
    a = cleaned("Satelit Pertama Mencapai Orbit\n" + line + "\nSatelit pertama negara itu mencapai orbit pada Selasa, "
                "kata badan antariksanya.\n")
    assert label_of(a, "Petugas bersorak") == "caption"
    assert label_of(a, "(AFP PHOTO/KSA)") == "furniture"


@pytest.mark.parametrize("byline", ["Tim Kabar Kota", "Tim KabarKota - kabarkota"])
def test_a_desks_byline_naming_the_pages_own_site_is_a_byline(byline):
    a = cleaned("KABARKOTA\nBerita | Daerah | Politik | Ekonomi | Kriminal | Video\nDaerah\n"
                "Hampir Tujuh Jam, Petugas Padamkan Kebakaran Gudang di Kawasan Industri\n" + byline + "\n"
                "Sabtu, 10 Okt 2026 16:37 WIB\nPetugas pemadam kebakaran membutuhkan waktu hampir tujuh jam untuk "
                "memadamkan api yang melahap sebuah gudang logistik, Sabtu (10/10/2026).\n")
    assert label_of(a, byline) == "furniture"


@pytest.mark.parametrize("line", [
    "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
    "Republication or redistribution of wire content is expressly prohibited without prior written consent.",
    "Translator: Dewi Lestari | Editor: Rina Kusuma",
])
def test_a_wires_notices_and_a_translators_credit_are_furniture(line):
    a = cleaned("Stocks End Higher On Bank Gains\nThe index closed 0.8 percent higher on Tuesday as banks gained, "
                "traders said.\n" + line + "\n")
    assert label_of(a, line[:25]) == "furniture"


@pytest.mark.parametrize("line", [
    # a story's sentence that names a protection by law or a licence is no rights notice
    "Harimau Sumatra dilindungi undang-undang, sehingga warga dilarang memasang jerat di kebun.",
    "The mine operated for years under a licence the ministry had revoked in 2019, officials said.",
])
def test_a_sentence_that_names_a_right_or_a_licence_stays_a_claim(line):
    a = cleaned("Pemerintah menaikkan anggaran subsidi pupuk untuk tahun depan sebesar sepuluh persen.\n" + line + "\n")
    assert label_of(a, line[:25]) == "body"


@pytest.mark.parametrize("line, field, other", [
    # five words and a full stop: a paragraph at the default floor, a button's label past it
    ("Warga desa memperbaiki jembatan gantung.", "min_body_words", 7),
    # seventeen words with no full stop, as a scrape cuts a paragraph short: prose at the default
    # length, a headline's fragment when prose must run longer
    ("petugas gabungan masih menyisir sungai di hilir bendungan untuk mencari dua warga yang hanyut "
     "sejak kemarin sore", "long_prose_words", 20),
])
def test_the_prose_thresholds_are_the_callers_settings(line, field, other):
    import dataclasses

    from provenance.clean import is_prose
    from provenance.settings import DEFAULT

    assert is_prose(line, DEFAULT)
    assert not is_prose(line, dataclasses.replace(DEFAULT, **{field: other}))
