"""Matching keys (provenance/normalize.py): what a claim says, with the wording taken out."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.lang import language
from provenance.normalize import entity_token, make_key, parse_number, stem


@pytest.mark.parametrize("code,a,b", [
    ("id", "isu-isu", "isu"),  # reduplication counts once
    ("id", "pemerintahan", "pemerintah"),  # a suffix
    ("id", "kebijakannya", "kebijakan"),  # an enclitic on a suffix
    ("id", "dibangun", "membangun"),  # passive and active prefixes
    ("en", "reported", "reports"),
    ("en", "reporting", "report"),
    ("en", "cases", "case"),
])
def test_forms_of_one_word_share_a_stem(code, a, b):
    assert stem(a, code) == stem(b, code)


@pytest.mark.parametrize("code,word", [
    ("id", "berita"),  # "ber-" would leave "ita": too short a stem to be one
    ("id", "menang"),  # "men-" would leave "ang"
    ("id", "pada"),
    ("en", "news"),  # "-s" would leave "new", another word
    ("en", "is"),
])
def test_short_stems_keep_their_affixes(code, word):
    assert stem(word, code) == word


def test_english_words_keep_their_prefixes():
    assert stem("disagreed", "en").startswith("dis")
    assert stem("unrest", "en") == "unrest"
    assert stem("dibangun", "id") != "dibangun"  # an Indonesian prefix goes


@pytest.mark.parametrize("code,text,numbers", [
    ("id", "Lima orang tewas dalam kecelakaan itu", {5.0}),
    ("id", "Gempa merusak seratus rumah warga", {100.0}),
    ("id", "Sebanyak 1.250 warga mengungsi", {1250.0}),
    ("id", "Inflasi naik menjadi 3,5 persen", {3.5}),
    ("id", "Pertemuan ke-80 digelar di Jakarta", {80.0}),
    ("en", "Twenty people were hurt in the blast", {20.0}),
    ("en", "Five ministers resigned on the same day", {5.0}),
    ("en", "Some 1,250 residents fled the town", {1250.0}),
    ("en", "Inflation rose to 3.5 percent", {3.5}),
])
def test_numbers_are_read_as_values(code, text, numbers):
    assert make_key(text, language(code)).numbers == numbers


@pytest.mark.parametrize("en_text,id_text,concept", [
    ("A 6.1-magnitude quake struck the island", "Gempa bermagnitudo 6,1 mengguncang pulau itu", "~magnitude"),
    ("The ministers began a 3-day visit to the capital", "Para menteri memulai kunjungan 3 hari ke ibu kota", "~day"),
])
def test_a_figure_joined_to_its_measure_leaves_the_measure_in_the_key(en_text, id_text, concept):
    """English joins a figure to what it measures ("6.1-magnitude", "3-day"); a translation
    writes them apart. The figure is a number of the key, the measure its word, on both sides."""
    ke, ki = make_key(en_text, language("en")), make_key(id_text, language("id"))
    assert concept in ke.content and concept in ki.content
    assert ke.numbers == ki.numbers
    assert not any(t[:1].isdigit() for t in ke.content)


@pytest.mark.parametrize("a_code,a,b_code,b", [
    ("en", "40K fans packed the stadium", "id", "Sebanyak 40.000 suporter memadati stadion"),
    ("id", "Sekitar 40 ribu suporter memadati stadion", "en", "Some 40,000 fans packed the stadium"),
    ("id", "Nilai investasi mencapai Rp 2,5 triliun", "id", "Nilai investasi mencapai Rp2.500.000.000.000"),
    ("id", "Harga beras naik menjadi Rp15.000 per kilogram", "en", "Rice rose to Rp 15,000 a kilogram"),
    ("en", "The deal is worth $1.1 million", "id", "Kesepakatan itu bernilai 1,1 juta dolar AS"),
])
def test_a_figure_is_one_number_however_its_scale_is_written(a_code, a, b_code, b):
    """Outlets write large figures their own way ("40K", "40 ribu", "40.000", "2,5 triliun"): the
    key compares the value, and neither the shorthand word ("40k") nor a currency written against
    its figure ("Rp15.000", the house style of many newsrooms) is a token of its own."""
    ka, kb = make_key(a, language(a_code)), make_key(b, language(b_code))
    assert ka.numbers == kb.numbers and len(ka.numbers) == 1
    assert not any(t[:1].isdigit() for t in ka.content | kb.content)


@pytest.mark.parametrize("a_code,a,b_code,b", [
    ("en", "The ferry left the port at 9 p.m. local time", "id", "Kapal feri berangkat dari pelabuhan pukul 21.00 WIB"),
    ("en", "The blast was heard at 4:17 a.m.", "id", "Ledakan terdengar sekitar pukul 04.17 waktu setempat"),
    ("id", "Rapat dimulai pukul 3 sore", "id", "Rapat dimulai pada pukul 15.00 WIB"),
])
def test_a_clock_time_is_one_figure_however_it_is_written(a_code, a, b_code, b):
    """A time of day is its hour, however written ("9 p.m.", "21.00", "4:17 a.m.", "04.17"): one
    figure the two keys share, and its digits no count of their own (9 and 21 are not two figures)."""
    ka, kb = make_key(a, language(a_code)), make_key(b, language(b_code))
    assert ka.numbers == kb.numbers and len(ka.numbers) == 1


def test_a_count_beside_a_clock_time_stays_a_count():
    k = make_key("Pukul 09.30 WIB, sebanyak 12 rumah terendam", language("id"))
    assert k.numbers == {9.5, 12.0}


def test_number_words_are_read_in_the_text_language():
    """A number word counts in its own language: "five" in an Indonesian sentence is a
    word (a name, a quoted title), not the number 5."""
    assert make_key("Band Five tampil di Jakarta", language("id")).numbers == frozenset()
    assert make_key("Tiga menteri mundur", language("id")).numbers == make_key(
        "Three ministers resigned", language("en")).numbers == {3.0}


@pytest.mark.parametrize("code,a,b", [
    ("id", "Presiden itu berjanji membantu korban banjir", "Presiden berkomitmen membantu korban banjir"),
    ("en", "The president pledged to help flood victims", "The president promised to help the flood victims"),
])
def test_paraphrases_share_a_key(code, a, b):
    ka, kb = make_key(a, language(code)), make_key(b, language(code))
    assert ka.content == kb.content


@pytest.mark.parametrize("id_text,en_text,concepts", [
    ("Menteri tiba di bandara pada dini hari", "The minister arrived at the airport in the early hours",
     {"~arrive", "~airport", "~early_hours"}),
    ("Pemerintah memangkas harga pangan", "The government cut food prices", {"~cut", "~price", "~food"}),
    ("Polisi menangkap tersangka di perbatasan", "Police arrested a suspect at the border",
     {"~arrest", "~suspect", "~border"}),
    ("Kapal feri terbalik dan nakhoda serta awak kapal selamat", "The ferry capsized and the captain and crew survived",
     {"~ship", "~capsize", "~captain", "~crew", "~survivor"}),
    ("DPR mengesahkan revisi undang-undang ormas", "The House of Representatives passed amendments to the mass organisations law",
     {"~parliament", "~pass_law", "~amend", "~mass_organisation"}),
    # everyday words a translation keeps where the vectors drift
    ("Petugas menemukan dua truk penuh bahan peledak di kantor itu tanpa pengawalan",
     "Personnel found two trucks full of explosive materials at the office without guards",
     {"~officer", "~truck", "~full", "~material", "~office", "~without"}),
    ("Kendali manusia atas senjata itu termasuk dalam daftar hasil perundingan",
     "Human control over the weapons is included in the list of the talks' results",
     {"~human", "~include", "~list", "~result"}),
    # keeping a thing as it is: "mempertahankan" maintains (a rate, control), it does not defend
    ("Bank sentral mempertahankan suku bunga acuan", "The central bank maintained its benchmark rate", {"~maintain"}),
    ("Kedua pemimpin sepakat mempertahankan kendali manusia", "Both leaders agreed to retain human control",
     {"~maintain", "~human"}),
    # ... and "melestarikan" keeps a heritage or a forest as it is: it preserves
    ("Warga desa melestarikan hutan adat mereka", "Villagers preserve their customary forest", {"~maintain"}),
])
def test_a_translation_shares_the_concepts_of_general_news_words(id_text, en_text, concepts):
    ki, ke = make_key(id_text, language("id")), make_key(en_text, language("en"))
    assert concepts <= ki.content & ke.content


@pytest.mark.parametrize("code,text,stop", [
    ("id", "Menteri itu mengatakan bahwa harga naik", {"itu", "bahwa"}),
    ("en", "The minister said that prices rose", {"the", "that"}),
])
def test_stop_words_and_calendar_words_leave_the_key(code, text, stop):
    key = make_key(text + " pada Senin" if code == "id" else text + " on Monday", language(code))
    assert not stop & key.content
    assert "senin" not in key.content and "monday" not in key.content


def test_persons_count_by_any_of_their_names():
    key = make_key("Menurut Wibowo, harga beras naik", language("id"), persons=("Budi Wibowo",))
    assert entity_token("Budi Wibowo") in key.tokens
    assert key.persons == {entity_token("Budi Wibowo")}


@pytest.mark.parametrize("text,value", [
    ("1.000", 1000.0), ("1,000", 1000.0), ("3,5", 3.5), ("3.5", 3.5), ("12", 12.0), ("x", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@given(st.text(alphabet="abcdeimnrstuyk-", min_size=1, max_size=14))
def test_a_stem_is_never_longer_than_its_word_and_is_stable_on_short_words(word):
    for code in ("id", "en"):
        s = stem(word, code)
        assert len(s) <= len(word)
        assert word.endswith(s) or word.startswith(s) or s in word


@pytest.mark.parametrize("code,text,names", [
    ("id", "Warga di lereng Gunung Semeru mengungsi ke Lumajang, kata BPBD.", {"@gunung", "@semeru", "@lumajang", "@bpbd"}),
    ("en", "Rescuers reached the Albanian town of Durres, where Noto's airport stayed shut.", {"@albanian", "@durres", "@noto"}),
    # a sentence's first word, a word after a quotation mark, titles and calendar words are no names
    ("id", 'Banjir merendam rumah warga pada Senin, "Kami butuh bantuan," kata Bupati.', set()),
    ("en", "Floods hit the valley on Monday, the Minister said.", set()),
    # a title-case headline capitalises every word
    ("en", "Floods Hit Valley Town as River Bursts Banks", set()),
])
def test_proper_names_are_the_capitalised_words_of_running_text(code, text, names):
    from provenance.normalize import proper_names
    assert {tok for _s, _e, tok in proper_names(text, language(code))} == names
    for s, e, tok in proper_names(text, language(code)):
        assert tok == "@" + text[s:e].casefold()


@pytest.mark.parametrize("code,hyphen,spaced", [
    ("id", "Warga lereng Gunung Kuri-Kuri mengungsi.", "Warga lereng Gunung Kuri Kuri mengungsi."),
    ("en", "Ash fell on the village of Boto-boto overnight.", "Ash fell on the village of Boto Boto overnight."),
])
def test_a_reduplicated_name_is_one_name_with_or_without_its_hyphen(code, hyphen, spaced):
    """Scraped pages often lose the hyphen of a reduplication ("Kuri Kuri" for "Kuri-Kuri"):
    both spellings name the same thing, with the span of both words."""
    from provenance.normalize import proper_names
    lang = language(code)
    assert make_key(hyphen, lang).entities == make_key(spaced, lang).entities
    s, e, tok = proper_names(spaced, lang)[-1]
    assert tok == "@" + spaced[s:e].casefold().replace(" ", "_")


def test_a_name_written_once_beside_another_stays_two_names():
    from provenance.normalize import proper_names
    assert [t for *_s, t in proper_names("Warga dari dusun Boru Kedang mulai mengungsi ke tempat aman.", language("id"))] == ["@boru", "@kedang"]


def test_proper_names_count_as_entities_but_leave_the_tokens_alone():
    """A name at the start of one claim and inside another gives both the same tokens."""
    lang = language("id")
    inside = make_key("Abu vulkanik dari Semeru menutup jalan.", lang)
    first = make_key("Semeru kembali meletus.", lang)
    assert "@semeru" in inside.entities and "@semeru" not in first.entities
    assert "semeru" in inside.tokens and "semeru" in first.tokens


@pytest.mark.parametrize("en,id_", [
    ("technology", "teknologi"), ("military", "militer"), ("nuclear", "nuklir"),
    ("comprehensive", "komprehensif"), ("strategic", "strategis"), ("stability", "stabilitas"),
    ("economy", "ekonomi"), ("evacuation", "evakuasi"), ("infrastructure", "infrastruktur"),
    ("democracy", "demokrasi"), ("corruption", "korupsi"), ("investment", "investasi"),
])
def test_a_borrowed_word_has_the_skeleton_of_its_english_original(en, id_):
    from provenance.normalize import loan_skeleton
    assert loan_skeleton(en, "en", 5) == loan_skeleton(id_, "id", 5)


@pytest.mark.parametrize("en,id_", [
    ("weapons", "senjata"), ("leaders", "pemimpin"), ("decision", "keputusan"), ("village", "desa"),
])
def test_words_of_their_own_have_other_skeletons(en, id_):
    from provenance.normalize import loan_skeleton
    assert loan_skeleton(en, "en", 5) != loan_skeleton(id_, "id", 5)


def test_a_translation_shares_its_borrowed_words():
    from provenance.normalize import cognates
    en = make_key("The ministers discussed military technology and economic stability.", language("en"))
    id_ = make_key("Para menteri membahas teknologi militer dan stabilitas ekonomi.", language("id"))
    other = make_key("Warga desa mengungsi setelah banjir merendam rumah mereka.", language("id"))
    a, b, c = (cognates(k, code, 5, 5) for k, code in ((en, "en"), (id_, "id"), (other, "id")))
    assert len(a & b) >= 3
    assert not a & c


@pytest.mark.parametrize("id_text,en_text,concepts", [
    ("Hakim menjatuhkan vonis kepada tersangka korupsi", "The judge sentenced the corruption suspect",
     {"~judge", "~sentence", "~suspect", "~corruption"}),
    ("Banjir bandang merendam ratusan rumah warga", "A flash flood inundated hundreds of homes",
     {"~mudflow", "~inundate", "~hundreds", "~house"}),
    ("Bank sentral menaikkan suku bunga acuan", "The central bank raised its benchmark rate",
     {"~central_bank", "~raise", "~interest_rate"}),
    ("Kedua negara menandatangani perjanjian dagang di kedutaan", "The two countries signed a trade deal at the embassy",
     {"~sign", "~deal", "~trade", "~embassy"}),
    ("Sejumlah warga tewas dalam serangan udara", "A number of residents were killed in an airstrike",
     {"~airstrike", "~dead", "~many", "~residents"}),
    ("Sedikitnya 30 penonton tewas di stadion utama", "At least 30 spectators died at the main stadium",
     {"~at_least", "~main", "~fans", "~dead", "~stadium"}),
    ("Kedua menteri berjabat tangan dalam pertemuan tatap muka di pantai timur",
     "The two ministers shook hands at a face-to-face meeting on the east coast",
     {"~handshake", "~face_to_face", "~meeting", "~east", "~coast"}),
    ("Gempa mengguncang wilayah barat laut negara itu", "The quake shook the northwest of the country",
     {"~earthquake", "~northwest"}),
])
def test_general_news_vocabulary_is_shared_across_the_languages(id_text, en_text, concepts):
    ki, ke = make_key(id_text, language("id")), make_key(en_text, language("en"))
    assert concepts <= ki.content & ke.content


@pytest.mark.parametrize("code,a,b", [
    ("id", "Harga beras naik tajam", "Pemerintah menaikkan harga beras"),  # it rose / someone raised it
    ("id", "Ekspor turun pada kuartal ini", "Pemerintah memangkas ekspor pada kuartal ini"),
    ("en", "Exports fell this quarter", "The government cut exports this quarter"),
    ("id", "Polisi menangkap pelaku", "Polisi membebaskan pelaku"),  # arrest / release
    ("en", "The party won the vote", "The party lost the vote"),
])
def test_words_whose_swap_changes_the_fact_keep_apart(code, a, b):
    ka, kb = make_key(a, language(code)), make_key(b, language(code))
    assert ka.content != kb.content


@pytest.mark.parametrize("code,with_clitic,bare", [
    ("id", "Lukanya cukup parah", "Luka cukup parah"),  # "luka": too short for the stemmer to strip "-nya"
    ("id", "Kerusakannya meluas", "Kerusakan meluas"),  # the stemmer would cut it to "rusak"
    ("id", "Tewaslah tiga penambang", "Tewas tiga penambang"),
    ("en", "The ministry's spokesperson", "The ministry spokesperson"),
])
def test_a_word_with_a_clitic_has_the_concept_of_the_word_without(code, with_clitic, bare):
    assert make_key(with_clitic, language(code)).tokens == make_key(bare, language(code)).tokens


def test_a_word_that_only_ends_like_a_clitic_keeps_its_own_meaning():
    # "masalah" (a problem) is no "masa" (a period) with "-lah"
    assert make_key("Masalah itu", language("id")).tokens != make_key("Masa itu", language("id")).tokens
    # "punya" would leave two letters: no clitic is stripped from it
    assert make_key("Punya", language("id")).tokens == ("punya",)


@pytest.mark.parametrize("code, joined, apart", [
    ("id", "Pasangan Andi-Budi mendaftar ke KPU", "Pasangan Andi dan Budi mendaftar ke KPU"),
    ("id", "Jalur kereta Surabaya-Malang ditutup", "Jalur kereta Surabaya dan Malang ditutup"),
    ("en", "The Sanders-Warren ticket was announced on Monday", "The Sanders and Warren ticket was announced on Monday"),
])
def test_hyphen_joined_names_are_compared_one_by_one(code, joined, apart):
    # a ticket or a route written with a hyphen names the same two as the words apart
    a = make_key(joined, language(code)).tokens
    b = make_key(apart, language(code)).tokens
    assert set(a) == set(b)


@pytest.mark.parametrize("code, text, token", [
    ("id", "Rumah-Rumah warga rusak berat", "rumah-rumah"),
    ("id", "bantuan pasca-gempa disalurkan", "pasca-gempa"),
])
def test_reduplications_and_lower_case_compounds_stay_whole(code, text, token):
    assert token in make_key(text, language(code)).words


@pytest.mark.parametrize("text", [
    "Polisi menangkap dua tersangka berinisial AS (34) dan RI (29) di pelabuhan.",
    "Officers detained a suspect identified by his initials AS (41) at the port.",
])
def test_initials_with_an_age_are_a_person_not_a_country(text):
    """Crime reports name suspects by their initials and age; "AS" and "RI" are then nobody's
    country (the short forms of Amerika Serikat and Republik Indonesia elsewhere)."""
    key = make_key(text, language("id" if "Polisi" in text else "en"))
    assert not {"@united_states", "@indonesia"} & key.entities


def test_a_countrys_short_form_before_a_bracket_is_still_the_country():
    assert "@united_states" in make_key("Presiden AS (Amerika Serikat) tiba di Jakarta.", language("id")).entities
