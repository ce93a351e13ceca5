"""Sentences that survive abbreviations, numbers, dates and quotes."""
import pytest
from hypothesis import given, settings, strategies as st

from provenance.lang import language
from provenance.segment import split_sentences


def sents(text, code="id"):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), language(code))]


@pytest.mark.parametrize("text,n", [
    ("Tn. Budi tiba di Jl. Pejambon No. 6 pada Kamis (8/5/2025). Ia disambut menteri.", 2),
    ("Nilainya mencapai Rp 1.000 triliun atau 3,5 persen. Angka itu naik.", 2),
    ("Dr. Siti dan Prof. Andi hadir di Kab. Bogor. Acara dimulai pukul 09.00 WIB.", 2),
    ("PT Bank Central Asia Tbk. (BBCA) naik. Sahamnya menguat.", 2),
    ("The U.S. envoy met Mr. Xi on Jan. 21. He left on Friday.", 2),
    ("Joe Biden Jr. spoke. Then J. Smith replied.", 2),
    ("Police chief Insp. Gen. Budi Santoso and Adj. Comr. Rina Dewi spoke. Sr. Comr. Ade Irawan did not.", 2),
    ("Kepala dinas Moh. Rizal dan Muh. Arif hadir. Acara dimulai pukul 09.00 WIB.", 2),
    ("Kapolda Irjen Pol. Budi Hartono mengatakan dua orang ditangkap. Keduanya warga asing.", 2),
    # an Indonesian street in English copy
    ("Police said floodwater closed Jl. Sudirman on Monday. Traffic was diverted.", 2),
])
def test_abbreviations_and_numbers(text, n):
    code = "en" if any(w in text for w in ("envoy", "Biden", "Police", "police")) else "id"
    assert len(sents(text, code)) == n


@pytest.mark.parametrize("code,text", [
    ("id", "Indonesia kini berada di posisi kedua Grup C. Tim itu akan bertandang ke Oman pada Selasa."),
    ("en", "Indonesia is second in Group C. The team travels to Oman on Tuesday."),
])
def test_a_letter_a_label_names_ends_its_sentence(code, text):
    assert len(sents(text, code)) == 2


@pytest.mark.parametrize("text,n", [
    # English writes one stop for "p.m." and the sentence's end
    ("The warehouse fire broke out at 10:30 p.m. Firefighters arrived an hour later.", 2),
    ("The ferry docked at 9:40 a.m. It carried 120 passengers.", 2),
    # the time goes on with a weekday, a zone or a place's "time"
    ("The quake struck at 4 a.m. Monday, officials said.", 1),
    ("The quake struck at 4 a.m. GMT on Monday.", 1),
    ("Polls close at 5 p.m. Jakarta time on Wednesday.", 1),
    ("The quake struck at 4:10 a.m. Western Indonesia Time on Monday.", 1),
])
def test_a_clock_times_stop_may_end_the_sentence(text, n):
    assert len(sents(text, "en")) == n


def test_quote_with_inner_full_stops_is_split_into_its_sentences():
    text = '"Kami membangun hubungan atas dasar persahabatan. Hubungan ini mandiri." Ia tersenyum.'
    assert sents(text) == ['"Kami membangun hubungan atas dasar persahabatan.', 'Hubungan ini mandiri."', "Ia tersenyum."]


def test_quote_closing_with_attribution_is_one_sentence():
    text = '"Kedua negara harus menjadi sahabat sejati," katanya kepada Putin. Xi lalu pergi.'
    assert sents(text)[0] == '"Kedua negara harus menjadi sahabat sejati," katanya kepada Putin.'


def test_offsets_slice_the_source():
    text = "  Satu kalimat di sini.   Kalimat kedua juga ada.  "
    for s, e in split_sentences(text, 0, len(text), language("id")):
        assert text[s:e] == text[s:e].strip()


@pytest.mark.parametrize("code,text,expected", [
    ("id", "Jembatan itu runtuh pada Senin malam.Dua mobil terjatuh ke sungai.",
     ["Jembatan itu runtuh pada Senin malam.", "Dua mobil terjatuh ke sungai."]),
    ("en", "The bridge collapsed on Monday night.Two cars fell into the river.",
     ["The bridge collapsed on Monday night.", "Two cars fell into the river."]),
    # after a number or a closing bracket
    ("id", "Jembatan itu runtuh pada Senin (3/2).Dua mobil terjatuh ke sungai.",
     ["Jembatan itu runtuh pada Senin (3/2).", "Dua mobil terjatuh ke sungai."]),
    ("en", "The bridge collapsed in 2024.Two cars fell into the river, which is 3.5 km wide.",
     ["The bridge collapsed in 2024.", "Two cars fell into the river, which is 3.5 km wide."]),
    # a straight quote mark between glued sentences opens the next one (none stands before it) ...
    ("id", 'Hujan turun sejak pagi."Kami tidak bisa keluar rumah," kata seorang warga.',
     ["Hujan turun sejak pagi.", '"Kami tidak bisa keluar rumah," kata seorang warga.']),
    # ... and closes the quotation it ends (one stands before it)
    ("en", 'He said: "The road is closed."Traffic was diverted to the coast.',
     ['He said: "The road is closed."', "Traffic was diverted to the coast."]),
])
def test_sentences_glued_without_a_space_are_split(code, text, expected):
    assert sents(text, code) == expected


@pytest.mark.parametrize("code,text", [
    ("id", "Kantor itu pindah ke Jl.Sudirman pada Senin."),  # an abbreviation, not a sentence end
    ("id", "Laporan itu dimuat Kompas.com pada Senin."),  # a domain
    ("en", "The U.S.Navy sent two ships on Monday."),  # initials
    ("id", "Nilai kontrak itu Rp 1.500.000 dan dibayar oleh PT.Waskita pada Senin."),  # thousands, a dotted firm
])
def test_glued_stops_that_are_not_sentence_ends(code, text):
    assert sents(text, code) == [text]


@pytest.mark.parametrize("code,text,expected", [
    # a stop inside parentheses ends no sentence
    ("en", "The crowd chanted (Long live the King! Long live Oscar!) for an hour. He waved.",
     ["The crowd chanted (Long live the King! Long live Oscar!) for an hour.", "He waved."]),
    ("id", "Warga berteriak (Hidup Raja! Hidup Oscar!) selama satu jam. Ia melambai.",
     ["Warga berteriak (Hidup Raja! Hidup Oscar!) selama satu jam.", "Ia melambai."]),
    # an aside the sentence goes on after belongs to the sentence before it
    ("en", '"Viva Oscar! (Long live Oscar!)," the crowd roared. He waved.',
     ['"Viva Oscar! (Long live Oscar!)," the crowd roared.', "He waved."]),
    # a parenthesis that stands alone after a full stop is a sentence of its own
    ("id", "Ia pulang ke Jakarta. (Laporan tambahan oleh Budi.) Besok ia kembali.",
     ["Ia pulang ke Jakarta.", "(Laporan tambahan oleh Budi.)", "Besok ia kembali."]),
])
def test_parentheses(code, text, expected):
    assert sents(text, code) == expected


@pytest.mark.parametrize("code,text,expected", [
    # a page lost the break between two blocks: a sentence opener glued to the word before
    ("id", "Banjir merendam dua kecamatan di Kabupaten DemakMenurut petugas, air mulai surut pada Selasa.",
     ["Banjir merendam dua kecamatan di Kabupaten Demak", "Menurut petugas, air mulai surut pada Selasa."]),
    ("id", "Jalan itu ditutup sejak pagi hariNamun warga tetap melintas dengan sepeda motor.",
     ["Jalan itu ditutup sejak pagi hari", "Namun warga tetap melintas dengan sepeda motor."]),
    ("en", "The ferry sank off the coast of SumbawaAccording to the coast guard, 12 people were rescued.",
     ["The ferry sank off the coast of Sumbawa", "According to the coast guard, 12 people were rescued."]),
    ("en", "Schools stayed shut in the cityMeanwhile, rail services resumed on Tuesday.",
     ["Schools stayed shut in the city", "Meanwhile, rail services resumed on Tuesday."]),
    # after a number too: a date closing the block before
    ("id", "Sekolah ditutup hingga 7 Maret 2025Namun kantor pemerintah tetap buka seperti biasa.",
     ["Sekolah ditutup hingga 7 Maret 2025", "Namun kantor pemerintah tetap buka seperti biasa."]),
])
def test_an_opener_glued_to_the_word_before_starts_a_sentence(code, text, expected):
    got = split_sentences(text, 0, len(text), language(code))
    assert [text[s:e] for s, e in got] == expected
    # the cut is a boundary in the text, not an edit of it: the spans meet where it was glued
    assert got[0][1] == got[1][0]


@pytest.mark.parametrize("code,text", [
    # camel-case brands and names end in no sentence opener, and stay one sentence
    ("id", "Pengumuman itu disiarkan KompasTV dan diunggah ke YouTube pada Senin malam."),
    ("id", "Harga iPhone baru naik setelah PetroChina melaporkan laba pada Selasa."),
    ("en", "DeepMind and McDonald said on Monday that the deal with PetroChina was off."),
    ("en", "The video was posted on LinkedIn and shared by the U.S. embassy."),
    ("id", "Tersangka berinisial a.n. Budi ditahan oleh Polres Bogor sejak 3,5 bulan lalu."),
])
def test_camel_case_names_and_abbreviations_are_not_split(code, text):
    assert sents(text, code) == [text]


_WORD = st.sampled_from(["Budi", "tiba", "di", "Jakarta", "U.S.", "Jl.", "(Antara)", '"Kami', 'pulang,"',
                         "kata", "3.000", "orang.", "selesai.Lalu", "(Hidup!", "Raja!)", "—", "pagi!", "Ia"])


@given(st.lists(_WORD, min_size=1, max_size=40), st.sampled_from(["id", "en"]))
@settings(max_examples=200, deadline=None)
def test_sentence_spans_are_ordered_trimmed_and_inside_the_text(words, code):
    text = " ".join(words)
    spans = split_sentences(text, 0, len(text), language(code))
    assert spans, "a non-empty paragraph has a sentence"
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        last = e
    # together the sentences hold every word of the paragraph
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
