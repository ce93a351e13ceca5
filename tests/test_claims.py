"""Atomic claims: split what can be checked apart, keep what cannot."""
import pytest
from hypothesis import given, settings as hyp_settings, strategies as st

from helpers import article, assert_claim_text_is_its_span, claim_with
from provenance.claims import Guard, claim_text
from provenance.lang import language


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


@pytest.mark.parametrize("text", [
    "A strong earthquake hit the coast on Monday, the Water, Forestry, and Fisheries Agency reported.",
    "Heavy rain flooded the towns of Hilir, Kampung Baru, and Sungai Dua on Sunday, officials said.",
])
def test_the_last_item_of_a_serial_list_of_names_is_no_clause(text):
    # the serial comma before "and" inside an agency's name or a list of places cut it in two
    assert len(article(text).claims) == 1


@pytest.mark.parametrize("text", [
    # a list of single words, lower case, with no verb among them
    "Polisi menyita sabu, ganja, dan pil ekstasi dari rumah kontrakan itu.",
    "Hakim menilai pelanggaran yang terstruktur, sistematis, dan masif itu tidak terbukti.",
    "Petugas meminta warga, pengunjung, dan wisatawan tidak mendekati kawah.",
    "Officials urged residents, visitors and tourists to stay away from the crater.",
    # the last item opening with a participle that describes it
    "Four mayors in the northern province clashed over housing, jobs and crumbling bridges in a televised debate "
    "on Friday.",
    "Four mayors in the northern province traded figures on housing, jobs and damaged bridges in a televised "
    "debate on Friday.",
    # two prepositions of one object
    "Penerbangan dari dan ke Bandara Sultan Babullah dibatalkan pada Selasa.",
    # a noun that looks like a verb by its prefix ("mentega", "tersangka")
    "Warga membeli beras dan mentega di pasar desa itu.",
    "Polisi menyita sabu dari rumah tersangka di Kecamatan Hilir.",
])
def test_a_list_of_words_or_a_noun_shaped_like_a_verb_is_no_clause(text):
    assert len(article(text).claims) == 1


def test_a_noun_a_coordinators_word_opens_is_no_clause():
    # "lalu lintas" (traffic): "lalu" is also "then", which joins two clauses
    assert len(article("Hujan deras membuat lalu lintas di pusat kota lumpuh selama tiga jam.").claims) == 1
    assert len(article("Polisi menutup jalan itu, lalu warga mengungsi ke masjid terdekat.").claims) == 2


def test_a_list_whose_last_item_is_a_clause_is_still_cut():
    assert len(article("Polisi menyita sabu, ganja, dan menangkap dua orang di rumah itu.").claims) == 2
    assert len(article("Police seized heroin, cash and arrested two men at the house.").claims) == 2


def test_coordinated_nouns_are_not_split():
    a = article("Kedua pemimpin berjanji untuk memperdalam hubungan pertahanan dan militer negara mereka.")
    assert len(a.claims) == 1


@pytest.mark.parametrize("text", [
    "Rescuers pulled three more bodies from the mud on Friday, the local search and rescue agency said.",
    "The storm hit the coast on Friday, the meteorology and geophysics agency said on Saturday.",
])
def test_a_coordinator_inside_the_closing_attribution_joins_its_nouns(text):
    a = article(text)
    assert [c.text for c in a.claims] == [text]


def test_embedded_relative_clause_is_a_claim_and_a_hole():
    text = ("Kunjungan Xi ke Moskow, yang bertepatan dengan peringatan 80 tahun berakhirnya Perang Dunia II, "
            "memberikan dukungan besar bagi pemimpin Rusia tersebut.")
    a = article(text)
    rel = claim_with(a, "bertepatan")
    main = claim_with(a, "memberikan dukungan")
    assert rel.text.startswith("yang bertepatan dengan peringatan 80 tahun")
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


@pytest.mark.parametrize("text,starts", [
    ("Asap pertama kali terlihat sekitar pukul 23.10 WITA, kurang lebih satu jam 40 menit setelah kapal "
     "meninggalkan pelabuhan.", "kurang lebih satu jam 40 menit setelah"),
    ("Gempa susulan terasa di kota itu pada Selasa pagi, dua jam dan 15 menit setelah gempa utama "
     "mengguncang pesisir selatan.", "dua jam dan 15 menit setelah"),
])
def test_a_distance_in_two_units_stays_whole(text, starts):
    assert claim_with(article(text), starts).text.startswith(starts)


@pytest.mark.parametrize("text", [
    "Jumlah korban meninggal dunia akibat banjir bandang di Kabupaten Sukamaju, Jawa Barat, bertambah menjadi tujuh orang.",
    "Jumlah korban luka dalam kecelakaan beruntun di Tol Cipali, Selasa (14/10/2025) pagi, mencapai 23 orang.",
    "The death toll from the landslide in Sukamaju, West Java, rose to seven on Monday.",
])
def test_a_count_and_its_verb_after_the_commas_of_its_places_are_one_claim(text):
    assert split_texts(text) == [text]


@pytest.mark.parametrize("text,main,relative", [
    # the relative clause describes the subject of a verb that comes after it: a hole in the
    # main clause, which keeps its verb, and a claim of its own
    ("Serikat pekerja menuntut agar 35 karyawan yang dirumahkan pada Agustus dipekerjakan kembali.",
     "Serikat pekerja menuntut agar 35 karyawan dipekerjakan kembali.", "yang dirumahkan pada Agustus"),
    ("Usai laga berakhir, puluhan suporter tuan rumah yang menyaksikan timnya kalah 1-2 di kandang mulai masuk ke "
     "lapangan.", "puluhan suporter tuan rumah mulai masuk ke lapangan.", "yang menyaksikan timnya kalah 1-2 di kandang"),
])
def test_a_relative_clause_inside_a_subject_is_a_hole_in_the_main_clause(text, main, relative):
    assert main in split_texts(text) and relative in split_texts(text)


def test_a_relative_clause_after_a_fronted_credit_stays_with_its_subjects_verb():
    parts = split_texts("Seperti diberitakan kantor berita Reuters, angin topan yang melanda pesisir itu telah "
                        "menewaskan 12 orang.")
    assert parts[-1] == "angin topan yang melanda pesisir itu telah menewaskan 12 orang."


@pytest.mark.parametrize("text", [
    "The satellite separated from the rocket's upper stage about 14 minutes after launch.",
    "Pesawat itu kembali ke bandara asal sekitar 20 menit setelah lepas landas.",
])
def test_a_distance_from_a_happening_named_by_a_noun_stays_with_its_claim(text):
    assert split_texts(text) == [text]


def test_english_clauses():
    a = article("Russia said it wanted to mend ties with Washington, which have sunk to a post-Cold War low, "
                "and the talks failed to produce a ceasefire.")
    assert len(a.claims) >= 2
    assert any(c.text.startswith("which have sunk") for c in a.claims)


def test_a_wire_headline_cut_at_its_semicolon_keeps_the_count_after_it():
    a = article("Floods swamp homes in central Java; 3 missing\n\nJAKARTA (Reuters) - Floods swamped hundreds "
                "of homes in Central Java on Wednesday.")
    assert [c.text for c in a.claims if c.claim_type == "headline"] == ["Floods swamp homes in central Java",
                                                                        "3 missing"]


def test_headline_and_caption_types():
    a = article("Menteri Tinjau Pelabuhan Baru\n"
                "Menteri meninjau pelabuhan baru di Makassar pada Senin Menteri meninjau pelabuhan baru di "
                "Makassar pada Senin ((Antara))\n"
                "Menteri Perhubungan meninjau pelabuhan baru di Makassar pada Senin (3/3/2025).\n")
    types = [c.claim_type for c in a.claims]
    assert types == ["headline", "caption", "statement"]


def test_claim_text_is_the_span_less_its_holes():
    a = article("Chile, yang menandatangani perjanjian dagang dengan Peru sejak 2016, semakin dekat dengan Brasil.")
    for c in a.claims:
        assert c.text.replace(" ", "") in a.text[c.start:c.end].replace(" ", "") or c.holes


def test_according_to_is_not_a_clause_of_its_own():
    a = article("Chinese Commerce Minister Wang Wentao said China was ready to resolve differences through dialogue, "
                "according to a statement on the ministry's website.")
    assert len(a.claims) == 1


# ---------------------------------------------------------------- cut where two facts meet

def split_texts(text):
    return [c.text for c in article(text).claims]


@pytest.mark.parametrize("text,expected", [
    # a semicolon joins two clauses: two facts
    ("The storm killed three people in the city; dozens more were injured.",
     ["The storm killed three people in the city", "dozens more were injured."]),
    ("Sekolah-sekolah ditutup selama sepekan; pemerintah meminta warga tetap di rumah.",
     ["Sekolah-sekolah ditutup selama sepekan", "pemerintah meminta warga tetap di rumah."]),
    # a trailing attribution set between commas stays with the clause before it; what follows
    # its comma is cut there ("..., authorities said, as winds pushed ...")
    ("A wildfire forced 3,000 people to leave their homes on Tuesday, authorities said, as strong winds "
     "pushed the flames toward the villages.",
     ["A wildfire forced 3,000 people to leave their homes on Tuesday, authorities said",
      "as strong winds pushed the flames toward the villages."]),
    # a clause after a comma that only names its verb's speaker is no trailing attribution
    ("The storm injured dozens of people on Monday, the governor closed the roads.",
     ["The storm injured dozens of people on Monday", "the governor closed the roads."]),
    # coordinated clauses whose second half opens with its subject, not its verb
    ("Gempa itu menewaskan 40 orang dan lebih dari 200 orang terluka.",
     ["Gempa itu menewaskan 40 orang", "lebih dari 200 orang terluka."]),
    ("The storm killed 12 people and more than 300 homes were destroyed.",
     ["The storm killed 12 people", "more than 300 homes were destroyed."]),
    # a complementizer after the coordinator: the second clause is reported too
    ("Polisi menyatakan jalan itu ditutup dan bahwa pengendara harus memutar lewat Bogor.",
     ["Polisi menyatakan jalan itu ditutup", "bahwa pengendara harus memutar lewat Bogor."]),
    ("The minister said the port was closed but that ferries would resume on Monday.",
     ["The minister said the port was closed", "that ferries would resume on Monday."]),
    # a bare comma between two clauses, each with its subject and verb
    ("Jembatan itu runtuh pada Senin malam, dua mobil terjatuh ke sungai.",
     ["Jembatan itu runtuh pada Senin malam", "dua mobil terjatuh ke sungai."]),
    ("The bridge collapsed on Monday night, two cars plunged into the river.",
     ["The bridge collapsed on Monday night", "two cars plunged into the river."]),
    # an absolute clause with a subject of its own
    ("Harga minyak naik 3 persen pada Senin, dengan harga gas juga melonjak di Eropa.",
     ["Harga minyak naik 3 persen pada Senin", "dengan harga gas juga melonjak di Eropa."]),
    ("Oil prices jumped 3% on Monday, with gas prices also climbing in Europe.",
     ["Oil prices jumped 3% on Monday", "with gas prices also climbing in Europe."]),
    # a temporal conjunction that opens a clause of its own
    ("Sedikitnya 20 orang tewas setelah tanah longsor menimbun sebuah desa di perbukitan.",
     ["Sedikitnya 20 orang tewas", "setelah tanah longsor menimbun sebuah desa di perbukitan."]),
    ("At least 20 people died after a landslide buried a village in the hills.",
     ["At least 20 people died", "after a landslide buried a village in the hills."]),
    # a chain of participial clauses
    ("Gempa mengguncang kota itu pada dini hari, menewaskan 30 orang dan membuat ribuan warga kehilangan rumah.",
     ["Gempa mengguncang kota itu pada dini hari", "menewaskan 30 orang", "membuat ribuan warga kehilangan rumah."]),
    ("The quake struck the city before dawn, killing 30 people and leaving thousands homeless.",
     ["The quake struck the city before dawn", "killing 30 people", "leaving thousands homeless."]),
    # a non-restrictive relative clause of two words, when they hold a verb
    ("Peringatan tsunami, yang kemudian dicabut, sempat membuat warga panik.",
     ["Peringatan tsunami sempat membuat warga panik.", "yang kemudian dicabut"]),
    ("The tsunami warning, which was later lifted, caused panic along the coast.",
     ["The tsunami warning caused panic along the coast.", "which was later lifted"]),
    # a closing appositive with a relative clause of its own
    ("Kenya memperdalam dukungannya terhadap Somalia, satu-satunya negara yang telah menggelar dua pemilu tahun ini.",
     ["Kenya memperdalam dukungannya terhadap Somalia",
      "satu-satunya negara yang telah menggelar dua pemilu tahun ini."]),
    ("Kenya deepened its support for Somalia, the only country which has held two elections this year.",
     ["Kenya deepened its support for Somalia",
      "the only country which has held two elections this year."]),
    # a clause of means or manner that opens with its verb
    ("Menteri Rahmat Hidayat tiba di stadion sekitar pukul 14.20 WIB dengan menumpang mobil terbuka buatan Bandung.",
     ["Menteri Rahmat Hidayat tiba di stadion sekitar pukul 14.20 WIB", "dengan menumpang mobil terbuka buatan Bandung."]),
    ("Tariffs on imports would be cut to 20% from 30% by halving the rate on steel to 5%.",
     ["Tariffs on imports would be cut to 20% from 30%", "by halving the rate on steel to 5%."]),
    # a subordinate clause in the middle of the sentence, with its own subject
    ("Sedikitnya sembilan orang tewas ketika letusan gunung berapi meluas ke desa-desa di lereng.",
     ["Sedikitnya sembilan orang tewas", "ketika letusan gunung berapi meluas ke desa-desa di lereng."]),
    ("Thousands of fans cheered as the singer appeared on giant screens above the stage.",
     ["Thousands of fans cheered", "as the singer appeared on giant screens above the stage."]),
    # a speech verb after a comma with what was said is a report, not a trailing attribution
    ('Presiden menyebut Perdana Menteri itu "sahabat lama", mengatakan kemitraan kedua negara merupakan pilar stabilitas.',
     ['Presiden menyebut Perdana Menteri itu "sahabat lama"',
      "mengatakan kemitraan kedua negara merupakan pilar stabilitas."]),
    # a restrictive relative clause with a date, figure or name of its own, after a whole clause
    ("Sedikitnya 12 orang tewas akibat banjir bandang di lereng gunung yang melanda Kabupaten Garut pada Rabu (3/4).",
     ["Sedikitnya 12 orang tewas akibat banjir bandang di lereng gunung",
      "yang melanda Kabupaten Garut pada Rabu (3/4)."]),
    ("The minister signed a trade pact with his Kenyan counterpart on Friday that cuts tariffs on 300 goods.",
     ["The minister signed a trade pact with his Kenyan counterpart on Friday", "that cuts tariffs on 300 goods."]),
    # a phrase of occasion before the main clause, with a date or figure of its own
    ("Pada kunjungan pertamanya ke Papua sejak Juli 2019, Presiden meresmikan jembatan baru.",
     ["Pada kunjungan pertamanya ke Papua sejak Juli 2019", "Presiden meresmikan jembatan baru."]),
    ("On his first visit to Lagos since March 2019, the minister opened a new bridge.",
     ["On his first visit to Lagos since March 2019", "the minister opened a new bridge."]),
])
def test_facts_joined_in_one_sentence_are_split(text, expected):
    assert sorted(split_texts(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a quotation, its attribution, then with no comma a second speech verb and what it reports:
    # the speaker added a statement of its own, as after a comma (", menambahkan bahwa ...")
    ('"Kami akan membangun kembali sekolah ini," katanya menambahkan bahwa dalam hal dana, pemerintah siap membantu.',
     ['"Kami akan membangun kembali sekolah ini," katanya',
      "menambahkan bahwa dalam hal dana, pemerintah siap membantu."]),
    ('"Jalan itu sudah kami tutup sejak pagi," kata Kapolres Budi menegaskan bahwa pengendara harus memutar.',
     ['"Jalan itu sudah kami tutup sejak pagi," kata Kapolres Budi',
      "menegaskan bahwa pengendara harus memutar."]),
    ('"We will rebuild this school," the governor said adding that the province would pay for it.',
     ['"We will rebuild this school," the governor said', "adding that the province would pay for it."]),
    # a preposition of place or occasion and "which", with no comma: what happened there is a
    # fact of its own, as after "where" ("di mana")
    ("The minister ended a five-day tour of the region on Friday, during which she signed trade deals with Kenya.",
     ["The minister ended a five-day tour of the region on Friday", "during which she signed trade deals with Kenya."]),
    ("The talks in Nairobi marked the end of the minister's tour of the region on which she also signed trade deals.",
     ["The talks in Nairobi marked the end of the minister's tour of the region",
      "on which she also signed trade deals."]),
    ("Pembicaraan di Nairobi menutup lawatan menteri ke kawasan itu di mana ia juga menandatangani kesepakatan dagang.",
     ["Pembicaraan di Nairobi menutup lawatan menteri ke kawasan itu",
      "di mana ia juga menandatangani kesepakatan dagang."]),
])
def test_a_second_statement_or_what_happened_at_a_place_is_a_claim_of_its_own(text, expected):
    assert sorted(split_texts(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # after a whole clause and a comma, what happened at the same time is a fact of its own
    ("Atap sekolah itu runtuh pada Selasa malam, bersamaan dengan hujan deras dan angin kencang.",
     ["Atap sekolah itu runtuh pada Selasa malam", "bersamaan dengan hujan deras dan angin kencang."]),
    ("The roof of the school collapsed on Tuesday night, amid heavy rain and strong winds.",
     ["The roof of the school collapsed on Tuesday night", "amid heavy rain and strong winds."]),
])
def test_what_happened_at_the_same_time_is_a_claim_of_its_own(text, expected):
    assert sorted(split_texts(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected,context", [
    # a contrast that leaves out the verb it shares with the first clause is a fact of its own,
    # read with the first clause up to that verb
    ('Gubernur menyebut proyek itu "mendesak" sedangkan wali kota sebagai "pemborosan".',
     ['Gubernur menyebut proyek itu "mendesak"', 'wali kota sebagai "pemborosan".'], "Gubernur menyebut"),
    ('The union called the offer "an insult" whereas the company "a fair deal".',
     ['The union called the offer "an insult"', 'the company "a fair deal".'], "The union called"),
])
def test_a_contrast_that_leaves_out_its_verb_is_a_claim_of_its_own(text, expected, context):
    a = article(text)
    assert sorted(c.text for c in a.claims) == sorted(expected)
    assert claim_with(a, expected[1]).context == context


@pytest.mark.parametrize("text,expected", [
    # a clause that counts a set, then after a comma which members it holds
    ("Sedikitnya 20 orang tewas dalam banjir itu, termasuk lima anak-anak dan dua guru.",
     ["Sedikitnya 20 orang tewas dalam banjir itu", "termasuk lima anak-anak dan dua guru."]),
    ("At least 20 people died in the flood, including five children and two teachers.",
     ["At least 20 people died in the flood", "including five children and two teachers."]),
])
def test_the_members_of_a_counted_set_are_a_claim_of_their_own(text, expected):
    assert sorted(split_texts(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # with no count before it, the list says what the clause's noun was
    "Kedua menteri membahas berbagai isu, termasuk perdagangan dan keamanan kawasan.",
    "The ministers discussed a range of issues, including trade and regional security.",
    # a date is no count
    "Kedua menteri bertemu pada 3 Juli 2024, termasuk perwakilan dari Jepang dan Korea.",
])
def test_a_list_after_including_with_no_count_before_it_stays(text):
    assert len(article(text).claims) == 1, split_texts(text)


@pytest.mark.parametrize("text", [
    # "with"/"dengan" right after the verb's object completes the act: it is no phrase of a chain
    "Prabowo won the election with 58 percent of the vote.",
    "Warga menyambut Gubernur dengan 3 lagu daerah.",
])
def test_with_right_after_the_object_stays(text):
    assert len(article(text).claims) == 1, split_texts(text)


@pytest.mark.parametrize("text", [
    # with no clause before the comma there is nothing it accompanies
    "Malam tanpa listrik di desa itu, bersamaan dengan hujan deras dan angin kencang.",
    "A night without power in the village, amid heavy rain and strong winds.",
    # without a comma the phrase belongs to the clause
    "Prices of rice kept rising amid the protests in the capital.",
])
def test_an_accompanying_phrase_without_a_clause_before_it_or_a_comma_stays(text):
    assert len(article(text).claims) == 1, split_texts(text)



@pytest.mark.parametrize("text", [
    # a condition is no fact on its own
    "Jika hujan turun lagi, warga akan dievakuasi ke sekolah terdekat.",
    # a restrictive relative clause that defines a short noun, or only describes it, stays with it
    "Kedua negara menjalin hubungan yang didasarkan pada kepercayaan sejak 1950.",
    "The agency published a report that shows the toll rising to 50.",
    "Warga memandang keputusan itu sebagai langkah keliru yang dinilai merugikan nelayan kecil.",
    # a short phrase of time, or one with no date or figure, only frames the clause
    "Pada Senin (1/1/2024), gempa mengguncang kota di pesisir itu.",
    "In a statement on Monday, the ministry said the port was closed.",
    # after a speech verb "that" opens what was said
    "The governor said that was the only road still open to Bandung.",
    "If the rain returns, residents will be moved to the nearest schools.",
    # a speech verb and a comma introduce what was said
    "Menteri Keuangan menjelaskan, tarif impor akan dinaikkan tahun depan.",
    # a trailing attribution is not a clause, verb first or subject first (English wire copy)
    "Hujan lebat akan turun sepanjang pekan di Jawa Barat, kata BMKG.",
    "Heavy rain will fall all week across the region, said the weather agency.",
    "Heavy rain will fall all week across the region, the weather agency said.",
    "Two bridges collapsed in the flood on Monday, officials told reporters.",
    "Dua jembatan ambruk diterjang banjir pada Senin, seperti dikutip dari kantor berita Antara.",
    # a list set off by semicolons is no clause after each
    "Delegates came from Chile; Peru; and Mexico to attend the forum.",
    # "dengan" + a verb says how, not a second fact
    "Bupati menyapa para pedagang di pasar, dengan mengatakan ia akan kembali pekan depan.",
    # capitalised names are not verbs, however they begin ("Dimarosa", "Beijing")
    "Korban tewas tercatat di Teralva, Pelasgo, Dimarosa, Asuna, dan Melvika.",
    "Delegates flew in from Tokyo, Seoul, Beijing, Nanjing and Manila on Sunday.",
    # a purpose clause is not the subject of a new clause
    "Petugas berupaya melakukan penjagaan dan pengaturan agar pengunjung tidak masuk ke panggung.",
    # a quotation is not cut inside one thought
    # inside a quotation a noun after a comma is as often the second half of one thought
    '"Harga pangan sedang naik di seluruh dunia, situasi ekonomi penuh ketidakpastian," kata Budi Santoso.',
    '"Food prices are rising everywhere, the economic situation is uncertain," Budi Santoso said.',
    # and two verbs under one "need to" are one quoted thought
    '"Kedua negara perlu menimbang risiko dengan saksama dan mengembangkan teknologi secara bijak," kata Budi.',
    # a short quoted phrase is never cut
    'Menteri menyebut kebijakan itu "adil dan tidak memihak siapa pun" di depan wartawan.',
    # an attribution that only names the speaker stays with the quote
    '"Kami akan membangun kembali sekolah ini," kata Gubernur Budi Santoso.',
    '"We will rebuild this school," Budi Santoso said.',
    # a phrase of time made of a subordinator and a demonstrative is no clause
    "Jumlah korban meninggal yang tercatat saat ini menjadi 61 orang di seluruh kabupaten.",
    "The number of people who died since then has risen to 61 across the province.",
    # a nominalised ber-/ter- verb ("berakhirnya") is a noun, not the verb of a new clause
    "Suasana di gedung tenang sejak awal hingga berakhirnya rapat antara kedua pihak.",
    # a credit that opens the sentence is not a fact of its own
    "Dikutip dari kantor berita Antara, gempa itu merusak ratusan rumah di pesisir selatan.",
    "Gempa itu merusak ratusan rumah di pesisir selatan, dikutip dari kantor berita Antara.",
    # "saying" after "dengan": how the speaker put it, one speech act with the clause before
    "Menteri menyapa para nelayan di dermaga, dengan mengatakan pemerintah akan membantu mereka.",
    # a dash between two numbers is a range, not an appositive
    "Rahmat dan Sari dilantik sebagai Bupati dan Wakil Bupati masa bakti 2021 – 2026 di Gedung Serbaguna.",
    # an explanation after "yakni"/"namely" belongs to what it explains
    "Kedua desa menemukan cara yang adil bagi warga di perbatasan, yakni tidak bersaing dan tidak berselisih.",
    # a list of places or countries is one fact
    "Korban tewas tercatat di Teralva, Pelasgo, Asuna, dan Melvika.",  # places
    "The minister touted trade deals with Kenya, Chile and Nordic nations.",  # countries
])
def test_one_fact_stays_one_claim(text):
    assert len(article(text).claims) == 1, split_texts(text)


def test_two_names_joined_by_a_coordinator_make_one_subject():
    a = article("Setelah upacara selesai, Presiden Joko Widodo dan Perdana Menteri Anwar Ibrahim berjabat tangan.")
    assert [c.text for c in a.claims] == ["Setelah upacara selesai",
                                          "Presiden Joko Widodo dan Perdana Menteri Anwar Ibrahim berjabat tangan."]


@pytest.mark.parametrize("text,adverbial,context", [
    ("Setelah banjir surut pada Rabu, warga mulai membersihkan rumah mereka.", "Setelah banjir surut pada Rabu", ""),
    ("When the floodwaters receded on Wednesday, residents began cleaning their homes.",
     "When the floodwaters receded on Wednesday", ""),
    # a clause that opens with its verb depends on the main clause's subject
    ("Menyebut kunjungan itu bersejarah, Presiden Prabowo menandatangani tiga perjanjian.",
     "Menyebut kunjungan itu bersejarah", "Presiden Prabowo"),
    ("Calling the visit historic, President Lula signed three agreements.",
     "Calling the visit historic", "President Lula"),
])
def test_a_fronted_adverbial_clause_is_a_claim_with_its_subject_as_context(text, adverbial, context):
    a = article(text)
    adv = claim_with(a, adverbial)
    assert adv.text == adverbial and adv.split == "adverbial"
    assert adv.context == context
    assert len(a.claims) == 2


@pytest.mark.parametrize("text,first,second", [
    ('"Kami tidak mencari musuh, kami hanya melindungi warga kami," kata Menteri Pertahanan Budi Santoso.',
     '"Kami tidak mencari musuh', 'kami hanya melindungi warga kami," kata Menteri Pertahanan Budi Santoso.'),
    ('"We are not looking for enemies, we are only protecting our citizens," Budi Santoso said.',
     '"We are not looking for enemies', 'we are only protecting our citizens," Budi Santoso said.'),
    ('"Program kami tidak merugikan petani mana pun, tidak menaikkan harga pupuk sedikit pun," kata Menteri Budi Santoso.',
     '"Program kami tidak merugikan petani mana pun', 'tidak menaikkan harga pupuk sedikit pun," kata Menteri Budi Santoso.'),
])
def test_a_long_quotation_is_cut_at_its_own_clauses_and_keeps_its_speaker(text, first, second):
    a = article(text)
    assert [c.text for c in a.claims] == [first, second]
    assert {c.claim_type for c in a.claims} == {"quote"}
    assert {c.speaker for c in a.claims} == {"Budi Santoso"}


@pytest.mark.parametrize("text,frame", [
    ('"Kami akan membangun kembali sekolah ini," kata Gubernur Budi Santoso kepada wartawan di Palu pada Selasa.',
     "kata Gubernur Budi Santoso kepada wartawan di Palu pada Selasa."),
    ('"We will rebuild this school," Budi Santoso told reporters in Palu on Tuesday.',
     "Budi Santoso told reporters in Palu on Tuesday."),
])
def test_an_attribution_that_names_place_and_time_is_a_claim_of_its_own(text, frame):
    a = article(text)
    assert [c.text for c in a.claims][1] == frame
    assert a.claims[0].claim_type == "quote" and a.claims[0].speaker == "Budi Santoso"


def test_a_split_off_verb_phrase_keeps_its_subject_as_context():
    a = article("Menteri Rahmat Hidayat tiba di stadion sekitar pukul 14.00 WIB dan disambut oleh Gubernur Budi Santoso.")
    greeted = claim_with(a, "disambut")
    assert greeted.text == "disambut oleh Gubernur Budi Santoso."
    assert greeted.context == "Menteri Rahmat Hidayat"


@pytest.mark.parametrize("title,n", [
    ("Gubernur Peluk Korban Banjir dan Berjanji Membangun Tanggul", 2),  # a verb right after the coordinator
    ("Bupati Tinjau Lokasi Banjir, Tapi Warga Masih Menunggu Bantuan", 2),  # a coordinator after a comma
    ("Mayor Visited the Flood Zone, But Residents Were Still Waiting", 2),
    ("Jokowi Sebut Indonesia dan Malaysia Tetap Bersahabat", 1),  # capitals say nothing in a title
    ("Gunung Api Meletus di Pulau Hilir, Menewaskan Sembilan Warga", 2),  # a participle after a whole clause
    ("Banjir Bandang di Pulau Hilir, Menyisakan Duka Mendalam", 1),  # after a topic with no verb: one claim
])
def test_title_case_headlines_are_cut_only_where_a_clause_surely_starts(title, n):
    body = ("The mayor visited the zone on Monday and said that help was on its way." if "Mayor" in title
            else "Bupati meninjau lokasi itu pada Senin dan mengatakan bahwa bantuan akan segera tiba.")
    a = article(title + "\n" + body + "\n")
    assert len([c for c in a.claims if c.claim_type == "headline"]) == n


@pytest.mark.parametrize("title,expected", [
    # an Indonesian headline drops its verbs' prefix ("Tangkap" for "menangkap", "Kerahkan" for
    # "mengerahkan"): read as verbs, the comma between two clauses is seen, two facts
    ("Tiga Nelayan Hilang, Basarnas Kerahkan Kapal Cepat", ["Tiga Nelayan Hilang", "Basarnas Kerahkan Kapal Cepat"]),
    ("Polisi Tangkap Dua Pengedar Sabu, Satu Masih Buron", ["Polisi Tangkap Dua Pengedar Sabu", "Satu Masih Buron"]),
    ("Gempa Guncang Maluku, BMKG Pastikan Tidak Berpotensi Tsunami",
     ["Gempa Guncang Maluku", "BMKG Pastikan Tidak Berpotensi Tsunami"]),
    ("Banjir Rendam 300 Rumah di Bekasi, Pemkot Dirikan Dapur Umum",
     ["Banjir Rendam 300 Rumah di Bekasi", "Pemkot Dirikan Dapur Umum"]),
    # a noun in -kan or -ikan ("Ledakan", "Kebijakan", "Kenaikan", "Pendidikan") is no verb: a topic
    # before the comma stays with the fact after it
    ("Ledakan Tabung Gas di Depok, Warga Mengungsi", ["Ledakan Tabung Gas di Depok, Warga Mengungsi"]),
    ("Kebijakan Baru Impor Beras, Pedagang Khawatir Harga Turun",
     ["Kebijakan Baru Impor Beras, Pedagang Khawatir Harga Turun"]),
    ("Kenaikan Harga Gas Elpiji, Warga Antre di Pangkalan", ["Kenaikan Harga Gas Elpiji, Warga Antre di Pangkalan"]),
    ("Pendidikan Dokter Spesialis, Kampus Buka Pendaftaran", ["Pendidikan Dokter Spesialis, Kampus Buka Pendaftaran"]),
    # one clause: nothing to cut
    ("Wali Kota Resmikan Pasar Baru di Cilacap", ["Wali Kota Resmikan Pasar Baru di Cilacap"]),
])
def test_an_indonesian_headline_verb_without_its_prefix_opens_a_clause(title, expected):
    a = article(title + "\n" + "Petugas tiba di lokasi pada Senin pagi dan mulai bekerja.\n")
    assert [c.text for c in a.claims if c.claim_type == "headline"] == expected


@pytest.mark.parametrize("word,verb", [
    ("Tangkap", True), ("Tetapkan", True), ("Kerahkan", True), ("Hentikan", True), ("Naikkan", True),
    ("Umumkan", True), ("Kembalikan", True),
    ("Ledakan", False), ("Tabrakan", False), ("Kebijakan", False), ("Kenaikan", False),
    ("Pendidikan", False), ("Penyidikan", False), ("Perbaikan", False), ("Ikan", False), ("Bupati", False),
])
def test_which_words_an_indonesian_headline_uses_as_verbs(word, verb):
    assert language("id").is_headline_verb(word) is verb
    assert not language("en").is_headline_verb(word)  # English headlines keep their verbs' forms


def test_a_sentence_in_parentheses_is_cut_like_any_other():
    a = article("(Update: The death toll was revised to 48 after officials found that two victims had been listed twice.)")
    assert len(a.claims) == 2


# ---------------------------------------------------------------- offsets and fragments

_SENTENCES = [
    "Gempa itu menewaskan 40 orang dan lebih dari 200 orang terluka, sementara ribuan warga mengungsi ke tenda.",
    "The quake struck the city before dawn, killing 30 people and leaving thousands homeless, officials said.",
    '"Kami tidak mencari musuh, kami hanya melindungi warga," kata Budi Santoso di Jakarta pada Senin.',
    "Setelah banjir surut, warga, yang sempat mengungsi selama tiga hari, mulai membersihkan rumah — pekerjaan yang berat.",
    "When the water receded, residents, who had fled for three days, began cleaning up, with volunteers helping them.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_every_split_claim_slices_the_text_and_has_a_predicate(text):
    a = article(text)
    lang = language(a.meta.language)
    assert len(a.claims) >= 2
    for c in a.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert claim_text(text, c.start, c.end, c.holes) == c.text
        words = [w.strip("\"'“”,.;:—()") for w in c.text.split()]
        assert any(lang.is_predicate(w) or lang.is_participle(w) or w.casefold() in lang.quote_verbs
                   for w in words), c.text


@given(st.lists(st.integers(0, 300), min_size=0, max_size=30), st.integers(0, 320))
@hyp_settings(max_examples=300, deadline=None)
def test_guard_covers_a_position_strictly_inside_some_span(points, pos):
    spans = [(a, a + (b % 40) + 1) for a, b in zip(points[::2], points[1::2])]
    assert Guard(spans).covers(pos) == any(s < pos < e for s, e in spans)


def test_a_subordinate_clause_set_off_in_the_middle_keeps_the_main_verb_with_its_subject():
    a = article("Menteri kemudian berbicara di luar naskah setelah rapat berakhir, berbicara tentang serangan hama di desa itu.")
    assert [c.text for c in a.claims] == ["Menteri kemudian berbicara di luar naskah setelah rapat berakhir",
                                          "berbicara tentang serangan hama di desa itu."]


def test_a_relative_clause_after_a_whole_clause_runs_to_the_end_less_its_attribution():
    a = article("Kantor presiden mengatakan Ruto mengadakan pertemuan di sela KTT, yang berlangsung di Tashkent, ibu kota "
                "Uzbekistan, dan berakhir pada hari Kamis, kata juru bicara Anton Belov.")
    texts = [c.text for c in a.claims]
    assert "yang berlangsung di Tashkent, ibu kota Uzbekistan" in texts
    assert "berakhir pada hari Kamis" in texts
    main = claim_with(a, "Kantor presiden mengatakan")
    assert main.text == "Kantor presiden mengatakan Ruto mengadakan pertemuan di sela KTT kata juru bicara Anton Belov."


@pytest.mark.parametrize("text,head,people", [
    ("Hadir pula beberapa tamu antara lain Presiden Chile Gabriel Boric, Perdana Menteri Kanada Justin Trudeau, "
     "dan Kanselir Jerman Olaf Scholz.",
     "Hadir pula beberapa tamu antara lain", ["Gabriel Boric", "Justin Trudeau", "Olaf Scholz"]),
    ("The president was greeted by several officials, including Chilean President Gabriel Boric, Canadian Prime "
     "Minister Justin Trudeau and German Chancellor Olaf Scholz.",
     "The president was greeted by several officials, including", ["Gabriel Boric", "Justin Trudeau", "Olaf Scholz"]),
])
def test_a_list_of_people_ending_a_clause_is_one_claim_per_person(text, head, people):
    a = article(text)
    assert len(a.claims) == len(people)
    for c, person in zip(a.claims, people):
        assert c.text.startswith(head) and person in c.text
        assert sum(p in c.text for p in people) == 1  # the other people are holes
        assert c.start == 0  # every claim keeps the clause's head, so it has a predicate


# ---------------------------------------------------------------- phrases of place, time and measure

@pytest.mark.parametrize("text,expected", [
    # a chain of phrases after the verb, each with its own figure or name: the first stays with the verb
    ("The tremor hit at 2:40 p.m. local time at a depth of about 35 kilometers near the coastal town of Palu.",
     ["The tremor hit at 2:40 p.m. local time", "at a depth of about 35 kilometers",
      "near the coastal town of Palu."]),
    ("Gempa terjadi pukul 14.40 WITA pada kedalaman sekitar 35 kilometer di dekat kota pesisir Palu.",
     ["Gempa terjadi pukul 14.40 WITA", "pada kedalaman sekitar 35 kilometer", "di dekat kota pesisir Palu."]),
    # a phrase of purpose or occasion with a figure of its own; its first words carry none
    ("Presiden Brasil tiba di Hanoi pada Kamis (3/4/2025) untuk kunjungan pertamanya dalam 12 tahun terakhir.",
     ["Presiden Brasil tiba di Hanoi pada Kamis (3/4/2025)", "untuk kunjungan pertamanya dalam 12 tahun terakhir."]),
    ("The Brazilian president arrived in Hanoi on Thursday for his first visit in 12 years.",
     ["The Brazilian president arrived in Hanoi on Thursday", "for his first visit in 12 years."]),
    # "with"/"dengan" and a figure after a phrase of place or time: a measure of its own
    ("The tremor hit at 2:40 p.m. local time with a depth of about 35 kilometers.",
     ["The tremor hit at 2:40 p.m. local time", "with a depth of about 35 kilometers."]),
    ("Gempa terjadi pukul 14.40 WITA dengan kedalaman sekitar 35 kilometer.",
     ["Gempa terjadi pukul 14.40 WITA", "dengan kedalaman sekitar 35 kilometer."]),
    # a place, then an occasion: its name is another fact ("the opening of the summit")
    ("The president spoke to reporters in the city of Hilir at the opening of the ASEAN summit.",
     ["The president spoke to reporters in the city of Hilir", "at the opening of the ASEAN summit."]),
])
def test_a_chain_of_phrases_with_values_of_their_own_is_cut(text, expected):
    assert split_texts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of manner with a value of its own after a phrase of place or time
    ("Gubernur tiba di Bandara Sentani sekitar pukul 09.30 WIT menggunakan pesawat Boeing milik TNI.",
     ["Gubernur tiba di Bandara Sentani sekitar pukul 09.30 WIT", "menggunakan pesawat Boeing milik TNI."]),
    ("The governor arrived at Sentani airport at 9:30 a.m. local time riding in a black Nissan Patrol.",
     ["The governor arrived at Sentani airport at 9:30 a.m. local time", "riding in a black Nissan Patrol."]),
])
def test_a_verb_of_manner_with_a_value_after_a_phrase_of_place_or_time_is_cut(text, expected):
    assert split_texts(text) == expected


@pytest.mark.parametrize("text", [
    "Gubernur tiba di Bandara Sentani sekitar pukul 09.30 WIT mengenakan seragam lengkap.",  # no value of its own
    "He was sworn in at the parliament in Jakarta beside the outgoing President Joko Widodo.",  # an adjective
])
def test_a_verb_that_adds_no_fact_or_belongs_to_another_clause_stays(text):
    assert len(article(text).claims) == 1, split_texts(text)


@pytest.mark.parametrize("text", [
    # a written date, its day and year figures included, only says when: it stays with its act
    "Police chief Budi Hartono shows the seized drugs at a press conference in Pekanbaru on November 5, 2025.",
    "The two ministers met at the palace in Bogor on 5 November 2025.",
    "Kapolda menunjukkan barang bukti dalam konferensi pers di Pekanbaru pada 5 November 2025.",
])
def test_a_written_date_after_a_phrase_of_place_stays_with_its_act(text):
    assert split_texts(text) == [text]


def test_a_relative_clauses_verb_opens_no_phrase_of_manner():
    # "menginap" is the verb of "tempat Presiden Peru menginap", which is cut off whole as a
    # relative clause of place; it does not open a phrase of its own
    assert split_texts("Kedua pemimpin berjabat tangan di hotel tempat Presiden Peru menginap di ibu kota Lima.") == [
        "Kedua pemimpin berjabat tangan di hotel", "tempat Presiden Peru menginap di ibu kota Lima."]


def test_a_phrase_cut_off_keeps_the_subject_and_slices_the_text():
    text = "The tremor hit at 2:40 p.m. local time at a depth of about 35 kilometers near the coastal town of Palu."
    a = article(text)
    depth = claim_with(a, "at a depth")
    assert depth.context == "The tremor" and depth.split == "circumstance"
    for c in a.claims:
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("text", [
    # one phrase of place or time: the fact's own circumstance
    "Para pemimpin bertemu di sela KTT di Lima.",
    "The leaders met on the sidelines of the summit in Lima.",
    # the time of the act stays with it
    "Pesawat itu mendarat di Bandara Sentani pukul 09.30 WIT.",
    "Presiden tiba di Pelabuhan Makassar pada Selasa malam (4/3).",
    "The plane landed at Sentani airport on Tuesday evening.",
    # a place inside the place before it is one place
    "Gempa berpusat di Kecamatan Cugenang di Kabupaten Cianjur.",
    "Fans invaded the pitch in Sleman in the province of Central Java.",
    # ... after another preposition of place
    "The boat came ashore at Pasir Putih beach in Tanjung Seruni district.",
    "The agency sold 500 tickets at the Hilir station in the city of Tanjung Seruni.",
    # after an object a preposition completes a noun
    "The United States announced a 10% cut in tariffs on Chinese goods.",
    # a purpose or occasion with a name but no figure says what the act was for
    "The two ministers met in the Kenyan capital Nairobi for a meeting of the East African Community.",
    # phrases in a list, and a figure qualified by "at least"
    "Korban tewas tercatat di Kabupaten Cianjur 40 orang dan di Kabupaten Sukabumi 12 orang.",
    "Rescuers pulled a girl from the rubble in Antakya at least 30 hours into the search.",
    # after a speech tag, the phrase places the telling, not the fact told
    "Tiga pekerja masih dirawat di klinik desa, kata Wulan Sari di Pontianak, Rabu (4/3/2026).",
    "Tiga pekerja masih dirawat di klinik desa, ujar Kepala Dinas Kesehatan Wulan Sari di Pontianak, Rabu (4/3/2026).",
    "Three workers remain in the village clinic, Wulan Sari told reporters in Pontianak on Wednesday.",
])
def test_a_phrase_of_place_or_time_that_adds_no_fact_stays(text):
    assert len(article(text).claims) == 1, split_texts(text)


@pytest.mark.parametrize("text,main,appositive,context", [
    ("Talks between the two leaders in the Peruvian capital Lima, their first since 2019, ended without a deal.",
     "Talks between the two leaders in the Peruvian capital Lima ended without a deal.", "their first since 2019",
     "leaders in the Peruvian capital Lima"),
    ("Prabowo, presiden ke-8 Indonesia, tiba di Tokyo pada Senin.",
     "Prabowo tiba di Tokyo pada Senin.", "presiden ke-8 Indonesia", "Prabowo"),
])
def test_an_appositive_with_a_figure_between_subject_and_verb_is_a_claim_and_a_hole(text, main, appositive, context):
    a = article(text)
    assert sorted(c.text for c in a.claims) == sorted([main, appositive])
    app = claim_with(a, appositive)
    assert app.split == "appositive" and app.context == context
    assert text[app.start:app.end] == appositive
    assert claim_with(a, main).holes


@pytest.mark.parametrize("text", [
    "The governor, a former army general, resigned on Monday.",  # no figure: it only says who
    "Gubernur itu, mantan jenderal angkatan darat, mengundurkan diri pada Senin.",
    "The minister, 54, resigned on Monday.",  # an age is a label, too short to stand alone
    "Warga Jakarta, Bandung 2, dan Surabaya merayakan 17 Agustus.",  # a list, not an appositive
    "Ruto, in Mombasa on 14 May, praised the partnership.",  # a phrase of place and time, not a noun
])
def test_a_description_or_list_between_commas_stays(text):
    assert len(article(text).claims) == 1, split_texts(text)


@pytest.mark.parametrize("text", [
    # a subject whose one verb is its relative clause's, and a place set off by commas after it
    "Jumlah warga yang mengungsi di Desa Sukamaju, Kecamatan Cibeber, Kabupaten Lebak, bertambah menjadi 412 orang.",
    "The number of homes that were flooded in Sukamaju village, Cibeber district, climbed to 412.",
])
def test_a_subject_with_a_relative_clause_stays_with_its_verb_after_a_comma(text):
    assert len(article(text).claims) == 1, split_texts(text)


@pytest.mark.parametrize("period", ["tahun lalu", "pekan lalu", "bulan lalu"])
def test_lalu_closing_a_period_joins_no_clauses(period):
    text = f"Kementerian Pertanian memperkirakan {period} harga beras naik 12 persen di seluruh provinsi."
    assert len(article(text).claims) == 1, split_texts(text)


@pytest.mark.parametrize("text", [
    # a phrase of time after the conjunction, then the clause's own verb
    "Luas hutan yang terbakar di Kalimantan sejak Januari hingga kini mencapai sekitar 4.120 hektare.",
    "Jumlah wisatawan yang datang sejak 2019 mencapai 3,2 juta orang.",
])
def test_since_and_a_date_is_a_phrase_of_time_not_a_clause(text):
    assert len(article(text).claims) == 1, split_texts(text)


def test_an_adverb_measuring_a_conjunction_of_time_goes_with_its_clause():
    a = article("The passengers suffered nausea and dizziness shortly after the meals were served on board.")
    assert claim_with(a, "meals were served").text.startswith("shortly after"), texts(a)


@pytest.mark.parametrize("text,clause", [
    ("Tim tamu membalas pada menit ke-64 sebelum Dedi Kurnia menutup pesta gol pada menit ke-81.",
     "sebelum Dedi Kurnia menutup pesta gol pada menit ke-81."),
    ("Warga mengungsi ke balai desa pada Senin setelah hujan deras mengguyur kota sejak Minggu malam.",
     "setelah hujan deras mengguyur kota sejak Minggu malam."),
])
def test_the_verb_of_a_clause_a_conjunction_opens_stays_in_it(text, clause):
    assert clause in texts(article(text)), split_texts(text)


def test_a_subject_and_a_description_set_off_by_commas_stay_with_the_verb():
    text = "Korban ketiga, seorang pria berinisial DK (52), meninggal dunia saat dirawat di puskesmas."
    assert len(article(text).claims) == 1, split_texts(text)


def test_a_verb_after_a_comma_that_follows_a_whole_clause_is_still_cut():
    # the relative clause closes before the comma, and the main clause has its verb before it
    text = ("Dalam upacara yang berlangsung khidmat, Bupati Rudi Hartono dilantik di Serang, disaksikan ratusan "
            "warga yang memadati alun-alun.")
    assert claim_with(article(text), "disaksikan").text.startswith("disaksikan"), split_texts(text)


@pytest.mark.parametrize("text,head,items", [
    ("The two governments announced a set of trade measures on Friday, including a 15% cut in import duties, "
     "a resumption of coffee purchases, and an end to curbs on fertiliser exports.",
     "The two governments announced a set of trade measures on Friday, including",
     ["a 15% cut in import duties", "a resumption of coffee purchases", "an end to curbs on fertiliser exports"]),
    ("Kedua pemerintah mengumumkan sejumlah kesepakatan dagang pada Jumat, termasuk pemangkasan bea masuk 15 persen, "
     "pembelian kopi dari Brasil, serta pencabutan pembatasan ekspor pupuk.",
     "Kedua pemerintah mengumumkan sejumlah kesepakatan dagang pada Jumat, termasuk",
     ["pemangkasan bea masuk 15 persen", "pembelian kopi dari Brasil", "pencabutan pembatasan ekspor pupuk"]),
])
def test_a_list_of_agreed_items_is_one_claim_per_item(text, head, items):
    a = article(text)
    assert len(a.claims) == len(items)
    for c, item in zip(a.claims, items):
        assert c.text.startswith(head) and item in c.text
        assert sum(x in c.text for x in items) == 1  # the other items are holes
        assert c.start == 0


@pytest.mark.parametrize("text", [
    "Prices rose for staples including rice, sugar and cooking oil.",  # single things: one fact
    "Harga naik untuk bahan pokok termasuk beras, gula, dan minyak goreng.",
    "The bloc now includes several countries, including Brazil, India and South Africa.",  # names: membership
])
def test_a_list_of_things_or_names_after_including_stays(text):
    assert len(article(text).claims) == 1, split_texts(text)


@pytest.mark.parametrize("text,expected", [
    # a clause of result opened by its marker and a verb
    ("Gempa magnitudo 6,8 mengguncang Pulau Lombok pada Minggu pagi hingga memicu kepanikan warga di pesisir.",
     ["Gempa magnitudo 6,8 mengguncang Pulau Lombok pada Minggu pagi", "hingga memicu kepanikan warga di pesisir."]),
    # a phrase of cause with a figure of its own
    ("Sedikitnya 310 orang terluka akibat gempa magnitudo 6,2 di Kabupaten Cianjur.",
     ["Sedikitnya 310 orang terluka", "akibat gempa magnitudo 6,2 di Kabupaten Cianjur."]),
    ("At least 310 people were injured due to a magnitude 6.2 quake in the region.",
     ["At least 310 people were injured", "due to a magnitude 6.2 quake in the region."]),
])
def test_cause_and_effect_are_two_claims(text, expected):
    assert split_texts(text) == expected


@pytest.mark.parametrize("text", [
    "Banjir merendam ratusan rumah hingga Senin pagi.",  # "hingga" before a noun: until
    "Dua warga tewas akibat tertimbun tanah longsor di Kabupaten Bogor.",  # no figure: how they died
    "Two residents died due to a landslide that buried their house.",
    "Jumlah korban meninggal akibat banjir 4/3 kini mencapai 38 orang.",  # inside the subject
])
def test_a_cause_without_a_figure_or_inside_a_subject_stays(text):
    assert len(article(text).claims) == 1, split_texts(text)


# ---------------------------------------------------------------- two facts with no verb between them

@pytest.mark.parametrize("text,expected", [
    # a plan with a count of its own after what was done
    ("Pemerintah mengucurkan dana Rp 2 triliun untuk membangun 3 bendungan di Jawa Barat.",
     ["Pemerintah mengucurkan dana Rp 2 triliun", "untuk membangun 3 bendungan di Jawa Barat."]),
    ("The company signed a deal with Pertamina, to build 2 refineries in Java.",
     ["The company signed a deal with Pertamina", "to build 2 refineries in Java."]),
    # a relative clause of occurrence inside the subject says when the event was: a claim and a hole
    ("Banjir yang melanda Kabupaten Garut pada Rabu (3/4) itu juga merusak 200 rumah warga.",
     ["Banjir itu juga merusak 200 rumah warga.", "yang melanda Kabupaten Garut pada Rabu (3/4)"]),
    ("Longsor yang terjadi tepat setelah tengah malam pada hari Minggu menimbun tiga rumah di lereng bukit.",
     ["Longsor menimbun tiga rumah di lereng bukit.", "yang terjadi tepat setelah tengah malam pada hari Minggu"]),
    ("The flood that hit the district on Wednesday destroyed 200 homes.",
     ["The flood destroyed 200 homes.", "that hit the district on Wednesday"]),
    # a subject that names an event and dates it, with no relative marker: when it was, and what
    # it did
    ("Ledakan di gudang itu pada Senin (2/9) malam menewaskan tiga pekerja.",
     ["Ledakan di gudang itu pada Senin (2/9) malam", "menewaskan tiga pekerja."]),
    ("The blast just after midnight on Tuesday destroyed a warehouse in the port.",
     ["The blast just after midnight on Tuesday", "destroyed a warehouse in the port."]),
    # an event with a measure of its own, then only when it happened: how strong, and when
    ("Gempa dengan magnitudo 5,9 terjadi pada Selasa (3/9) malam.",
     ["Gempa dengan magnitudo 5,9", "terjadi pada Selasa (3/9) malam."]),
    ("The quake with a magnitude of 6.4 struck on Tuesday evening.",
     ["The quake with a magnitude of 6.4", "struck on Tuesday evening."]),
    # an absolute clause with no comma before it (English "with", a subject and a participle)
    ("The final at the national stadium ended with the home side losing to its old rivals.",
     ["The final at the national stadium ended", "with the home side losing to its old rivals."]),
    # a phrase of time that names an event by a count of its own
    ("Sedikitnya 12 orang tewas, setelah adanya gempa 6,2 skala richter di lepas pantai.",
     ["Sedikitnya 12 orang tewas", "setelah adanya gempa 6,2 skala richter di lepas pantai."]),
    ("Tsunami warnings were issued after a magnitude 7.6 quake off the coast.",
     ["Tsunami warnings were issued", "after a magnitude 7.6 quake off the coast."]),
    # a total, then its breakdown
    ("BPBD mencatat warga terdampak sebanyak 1.200 KK atau 4.100 jiwa, dengan rincian di Desa Sukamaju 800 KK "
     "dan Desa Sukarame 400 KK.",
     ["BPBD mencatat warga terdampak sebanyak 1.200 KK atau 4.100 jiwa",
      "dengan rincian di Desa Sukamaju 800 KK dan Desa Sukarame 400 KK."]),
])
def test_a_second_fact_with_no_verb_of_its_own_is_split(text, expected):
    a = article(text)
    assert sorted(c.text for c in a.claims) == sorted(expected)
    for c in a.claims:
        assert_claim_text_is_its_span(text, c)


@pytest.mark.parametrize("text", [
    # a verb of commitment governs its plan: one commitment
    "Kedua negara sepakat untuk memangkas tarif 10 persen.",
    "The two countries want to cut tariffs by 10 percent in 2025.",
    # a rank or a date says which plan, it is no count of its own
    "Ruto berkunjung ke Tashkent untuk menghadiri KTT ke-9 forum itu.",
    # a clause with nothing checkable of its own before the plan
    "Pemerintah memiliki rencana untuk membangun 3 bendungan.",
    # a relative clause that defines what the main clause counts, or says which thing it is
    "Warga yang mengungsi ke GOR Bogor mencapai 300 orang.",
    "Gempa yang terjadi pada Senin adalah gempa terkuat sejak 2011.",
    "Gempa pada Senin adalah gempa terkuat sejak 2011.",
    # a person or a body dated before its verb: the date is the act's, no event of its own
    "Polisi pada Senin (2/10) menangkap tiga orang di Sleman.",
    "The agency on Monday raised the toll from the floods to 30.",
    # a place alone says which event
    "Banjir di Kabupaten Garut merusak 200 rumah warga.",
    # a date set off by commas heads a topic
    "Kebakaran pasar, Sabtu 4 Mei 2024 itu telah menghanguskan 120 kios.",
    # an event's measure with where it struck is one fact, its time with it; a count of the events too
    "A 6.1-magnitude quake hit Sumatra on Tuesday.",
    "Two earthquakes hit the region on Monday.",
    # "with" and no participle ending its subject, or a gerund after a possessive: a phrase of the clause
    "The plane landed at the airport with 200 passengers aboard.",
    "The club was founded in 1948 with the city council's backing.",
    # Indonesian "dengan" + noun + verb with no comma: the verb's object, then what the meeting was for
    "Menteri bertemu dengan Presiden Jokowi membahas kerja sama perdagangan kedua negara.",
    # with no comma and no verb before it, "on which" / "di mana" opens a relative inside the subject
    "The issue on which the two ministers disagreed was the tariff on steel imports.",
    "Isu di mana kedua menteri berbeda pendapat adalah tarif impor baja.",
    # a span of time, or a phrase that points back to a fact told already
    "Jalan itu kembali dibuka setelah 3 hari penutupan total.",
    "The match was halted after the first 10 minutes of play.",
    "Tarif impor kini sekitar 20 persen setelah pemangkasan 5 poin tersebut.",
])
def test_a_figure_that_belongs_to_the_one_fact_stays(text):
    assert len(article(text).claims) == 1, split_texts(text)


@pytest.mark.parametrize("text,first,second", [
    ("Menyebut Jokowi sebagai “sahabat lama,” Anwar menyinggung kerja sama yang telah dicapai kedua negara.",
     "Menyebut Jokowi sebagai “sahabat lama,”", "Anwar menyinggung kerja sama yang telah dicapai kedua negara."),
    ('Calling the talks "historic," the minister said both sides would sign a deal in May.',
     'Calling the talks "historic,"', "the minister said both sides would sign a deal in May."),
])
def test_a_comma_inside_a_closing_quotation_mark_ends_the_clause_and_the_claim_keeps_the_mark(text, first, second):
    assert split_texts(text) == [first, second]


@pytest.mark.parametrize("title,expected", [
    # a segment with a count beside a clause: two facts
    ("Menlu Disambut Raja Abdullah di Amman, Kunjungan Pertama setelah 15 Tahun",
     ["Menlu Disambut Raja Abdullah di Amman", "Kunjungan Pertama setelah 15 Tahun"]),
    ("Gempa M 7,4 Guncang Jepang, 30 Orang Tewas", ["Gempa M 7,4 Guncang Jepang", "30 Orang Tewas"]),
    # a topic, then the fact; and a date, which only says when
    ("Tragedi Pasar Sentosa, 43 Orang Meninggal", ["Tragedi Pasar Sentosa, 43 Orang Meninggal"]),
    ("Menlu Bertemu Raja Abdullah di Amman pada Peringatan 60 Tahun, 3 Mei 2023",
     ["Menlu Bertemu Raja Abdullah di Amman pada Peringatan 60 Tahun, 3 Mei 2023"]),
])
def test_a_title_case_headline_segment_with_a_count_is_a_claim_of_its_own(title, expected):
    a = article(title + "\n" + "Presiden tiba di ibu kota pada Rabu dini hari untuk kunjungan dua hari.\n")
    assert [c.text for c in a.claims if c.claim_type == "headline"] == expected


# ---------------------------------------------------------------- the English present tense

@pytest.mark.parametrize("text,expected", [
    # a subordinate clause whose verb is a present tense in -s, after a whole clause
    ("At least 14 people have died as the flooding spreads across the southern provinces.",
     ["At least 14 people have died", "as the flooding spreads across the southern provinces."]),
    ("Hundreds of families have fled as a series of landslides threatens the hill villages.",
     ["Hundreds of families have fled", "as a series of landslides threatens the hill villages."]),
    # ", and" before a clause of its own, after a clause whose only verb is a present tense
    ("The ministry ranks Kenya as its largest trading partner, and the premier has said trade will double.",
     ["The ministry ranks Kenya as its largest trading partner", "the premier has said trade will double."]),
])
def test_a_present_tense_in_s_is_read_as_a_verb(text, expected):
    assert sorted(split_texts(text)) == sorted(expected)


@pytest.mark.parametrize("text,verbs", [
    ("As the conflict widens, thousands have fled the border towns.", ["widens"]),
    ("It remains in force until March.", ["remains"]),
    ("The head of the agency warns of more floods.", ["warns"]),
    # nouns in -s: in a clause with a verb, after a preposition, before a verb the shapes cannot see
    ("The rescue teams arrived at dawn.", []),
    ("Under the new rules, officials in the region must publish their budgets.", []),
    ("Talks in the capital, their first since 2019, ended without a deal.", []),
    ("The rebel groups face growing pressure.", []),
])
def test_which_words_in_s_are_read_as_present_tense_verbs(text, verbs):
    from provenance.claims import Words
    words = Words(text, 0, len(text), False, language("en"))
    assert [t.word for t in words.toks if t.verb] == verbs
    # Indonesian verbs do not change with their subject: nothing is read there
    assert not [t for t in Words(text, 0, len(text), False, language("id")).toks if t.verb]


@pytest.mark.parametrize("title,body,expected", [
    # a headline tells what happened in the present tense, the verb before its object's words:
    # with the verb read, the plan with a figure after a comma is a fact of its own
    ("Minister signs landmark trade pact with Kenya, to cut tariffs on cars 15%",
     "The minister signed the pact in Nairobi on Friday.",
     ["Minister signs landmark trade pact with Kenya", "to cut tariffs on cars 15%"]),
    ("Menteri meneken pakta dagang dengan Kenya, untuk memangkas tarif mobil 15%",
     "Menteri meneken pakta itu di Nairobi pada Jumat.",
     ["Menteri meneken pakta dagang dengan Kenya", "untuk memangkas tarif mobil 15%"]),
])
def test_a_sentence_case_headline_reads_its_present_tense(title, body, expected):
    a = article(title + "\n" + body + "\n")
    assert [c.text for c in a.claims if c.claim_type == "headline"] == expected


@pytest.mark.parametrize("title,expected", [
    # a headline joins its clauses with a bare comma: the clause after it is a fact of its own
    ("Quake rattles island province, tsunami warning lifted", ["Quake rattles island province", "tsunami warning lifted"]),
    ("Governor closes schools as smog worsens, 212 hotspots detected in Jambi",
     ["Governor closes schools as smog worsens", "212 hotspots detected in Jambi"]),
    ("Storm batters coast, Governor declares emergency", ["Storm batters coast", "Governor declares emergency"]),
    # ... also when it drops the subject it shares with the first: its verb before what it governs
    ("Minister quits over graft probe, vows to clear his name", ["Minister quits over graft probe", "vows to clear his name"]),
    # a bare plural noun after the comma may be a verb's subject or the next item of a list
    # ("..., rupiah slips" against "..., travel bans on officials"): no cut is read there
    ("Bloc slaps asset freezes, travel bans on junta officials", ["Bloc slaps asset freezes, travel bans on junta officials"]),
    ("Lender hit by long outage, shares slide 4%", ["Lender hit by long outage, shares slide 4%"]),
    ("Graft probe widens in capital, Minister resigns", ["Graft probe widens in capital", "Minister resigns"]),
    # a trailing credit and commas that set off a part of one clause cut nothing
    ("Truce holds in border town, UN says", ["Truce holds in border town, UN says"]),
    ("Global recession looms next year, IMF warns", ["Global recession looms next year, IMF warns"]),
    ("Global recession looms next year, the fund warns", ["Global recession looms next year, the fund warns"]),
    ("Talks in Oslo, their first since 2019, end without deal", ["Talks in Oslo, their first since 2019, end without deal"]),
    ("Mayor, in rare move, pardons protesters", ["Mayor, in rare move, pardons protesters"]),
    ("Police say driver, 41, admits to speeding", ["Police say driver, 41, admits to speeding"]),
])
def test_a_sentence_case_headline_cut_at_a_bare_comma_between_two_clauses(title, expected):
    a = article(title + "\n\nGENEVA - The agency said so in a statement on Monday.\n")
    assert [c.text for c in a.claims if c.claim_type == "headline"] == expected


def test_a_bare_comma_opens_a_present_tense_clause_only_in_a_headline():
    """In running text a verb-shaped word after a comma is as often a noun of a list."""
    from provenance.claims import Words
    text = "Minister quits over graft probe, vows to clear his name"
    verbs = lambda headline: [t.word for t in Words(text, 0, len(text), False, language("en"),
                                                    headline=headline).toks if t.verb]
    assert verbs(True) == ["quits", "vows"]
    assert verbs(False) == ["quits"]


@pytest.mark.parametrize("text,expected", [
    # that they met and agreed there and then is a fact of its own, what they agreed another
    ("Kedua menteri sepakat di Nairobi pada Jumat bahwa tarif mobil akan dipangkas 15 persen.",
     ["Kedua menteri sepakat di Nairobi pada Jumat", "bahwa tarif mobil akan dipangkas 15 persen."]),
    ("The health ministers agreed in Nairobi on Friday that the outbreak was under control.",
     ["The health ministers agreed in Nairobi on Friday", "that the outbreak was under control."]),
    ("The two leaders agreed on Saturday that the talks would resume in the spring.",
     ["The two leaders agreed on Saturday", "that the talks would resume in the spring."]),
])
def test_an_agreement_that_names_place_or_time_before_what_was_agreed_is_a_claim_of_its_own(text, expected):
    assert split_texts(text) == expected


@pytest.mark.parametrize("text", [
    # a verb alone or with a bare date only frames; a speech verb frames what was said, dated or not
    "Kedua menteri sepakat bahwa tarif mobil akan dipangkas 15 persen.",
    "The health ministers agreed Friday that the outbreak was under control.",
    "Menteri Kesehatan mengatakan kepada wartawan di Nairobi pada Jumat bahwa wabah itu sudah terkendali.",
    "The health minister told parliament in Nairobi on Friday that the outbreak was under control.",
])
def test_a_frame_with_no_place_or_time_stays_with_what_was_said(text):
    assert split_texts(text) == [text]


@pytest.mark.parametrize("text,expected", [
    # a closing appositive with a relative clause of its own, its marker ten words in: a
    # superlative with its domain and time runs long, and "that" marks it as "which" does
    ("The minister signed a trade pact with Kenya on Friday, one of the largest concessions in the region "
     "for a decade that analysts said would reshape trade.",
     ["The minister signed a trade pact with Kenya on Friday",
      "one of the largest concessions in the region for a decade that analysts said would reshape trade."]),
    ("Menteri meneken pakta dagang dengan Kenya pada Jumat, salah satu konsesi terbesar di kawasan itu "
     "dalam satu dekade yang menurut analis akan mengubah peta perdagangan.",
     ["Menteri meneken pakta dagang dengan Kenya pada Jumat",
      "salah satu konsesi terbesar di kawasan itu dalam satu dekade yang menurut analis akan mengubah peta perdagangan."]),
])
def test_a_long_closing_appositive_with_a_relative_clause_is_a_claim_of_its_own(text, expected):
    assert split_texts(text) == expected


def test_a_present_tense_right_after_a_relative_marker_is_the_relative_clauses_verb():
    # "includes" is the verb of "that includes ...": the clause is whole, and the appositive
    # after it, with a relative clause of its own, is a claim apart
    text = ("The minister signed a deal with Kenya on Friday that includes a tariff cut, one of the largest "
            "concessions in the region for a decade that analysts said would reshape trade.")
    assert split_texts(text) == [
        "The minister signed a deal with Kenya on Friday", "that includes a tariff cut",
        "one of the largest concessions in the region for a decade that analysts said would reshape trade."]
    from provenance.claims import Words
    said = "The minister said that talks continue."  # after a verb, "that" opens what was said
    assert not [t for t in Words(said, 0, len(said), False, language("en")).toks if t.verb]


@pytest.mark.parametrize("text,expected", [
    # a closing appositive that names who the clause ends on, with an age of its own
    ('He was joined at the ceremony by his running mate, John Kamau, 52, the eldest son of a former governor.',
     ["He was joined at the ceremony by his running mate",
      "John Kamau, 52, the eldest son of a former governor."]),
    ("Ia didampingi dalam upacara itu oleh wakilnya, Rudi Hartono Wibisono, 44, putra sulung mantan gubernur.",
     ["Ia didampingi dalam upacara itu oleh wakilnya",
      "Rudi Hartono Wibisono, 44, putra sulung mantan gubernur."]),
])
def test_a_closing_appositive_that_names_with_a_count_of_its_own_is_a_claim(text, expected):
    assert split_texts(text) == expected


@pytest.mark.parametrize("text", [
    # a name alone only says who; a place with a date only places the act
    "Gubernur tiba di kantornya bersama wakilnya, Sari Wulandari.",
    "The minister arrived in the capital, Nairobi, on 3 March.",
])
def test_a_closing_appositive_with_a_name_alone_or_a_place_and_date_stays(text):
    assert split_texts(text) == [text]


@pytest.mark.parametrize("text,expected", [
    # "tempat" after a noun and before a subject and its verb is "where": what happened there is a
    # fact of its own, as after "di mana" (English "where" does the same with no comma)
    ("Kedua menteri bertemu pada Jumat di hotel tempat delegasi Kenya menginap selama konferensi.",
     ["Kedua menteri bertemu pada Jumat di hotel", "tempat delegasi Kenya menginap selama konferensi."]),
    ("The two ministers met on Friday at the hotel where the Kenyan delegation stayed during the conference.",
     ["The two ministers met on Friday at the hotel", "where the Kenyan delegation stayed during the conference."]),
])
def test_a_relative_clause_of_place_without_a_comma_is_a_claim_of_its_own(text, expected):
    assert split_texts(text) == expected


@pytest.mark.parametrize("text", [
    # right before a verb, "tempat" names a place for doing; after a preposition, it is the place
    "Warga kesulitan mencari tempat menginap di Bekasi setelah banjir melanda.",
    "Petugas mendatangi tempat kejadian di Bekasi pada Senin malam.",
])
def test_tempat_as_a_noun_opens_no_clause(text):
    assert split_texts(text) == [text]


@pytest.mark.parametrize("text,expected", [
    # a role with a rank in a series after the act: the rank is a fact of its own, read with
    # the act's subject
    ("The former senator was sworn in on Monday as the country's 47th governor, ending a long recount.",
     ["The former senator was sworn in on Monday", "as the country's 47th governor",
      "ending a long recount."]),
    ("Budi Santoso dilantik pada Senin sebagai Gubernur ke-12 Jawa Tengah, menggantikan pejabat sementara.",
     ["Budi Santoso dilantik pada Senin", "sebagai Gubernur ke-12 Jawa Tengah",
      "menggantikan pejabat sementara."]),
])
def test_a_rank_in_a_series_is_a_claim_of_its_own(text, expected):
    a = article(text)
    assert sorted(c.text for c in a.claims) == sorted(expected)
    assert claim_with(a, expected[1]).context == expected[0].split(" was ")[0].split(" dilantik")[0]


@pytest.mark.parametrize("text", [
    # a role with no rank completes the act
    "The former senator was sworn in on Monday as governor of the province.",
    "Budi Santoso dilantik pada Senin sebagai Gubernur Jawa Tengah di Semarang.",
    # "as well as" links a second thing to the first, whatever rank it holds
    "The minister visited Jakarta on Monday as well as the third largest city.",
])
def test_a_role_without_a_rank_stays_with_its_act(text):
    assert len(article(text).claims) == 1


@pytest.mark.parametrize("text,expected", [
    # a phrase that ranks what the clause tells among others of its kind, after a preposition
    # or a comma, is a fact of its own, read with the clause's subject
    ("The flood killed 40 people in the valley in one of the deadliest disasters in the region since 1990.",
     ["The flood killed 40 people in the valley", "in one of the deadliest disasters in the region since 1990."]),
    ("Banjir itu menewaskan 40 orang di lembah tersebut dalam salah satu bencana terburuk di kawasan itu sejak 1990.",
     ["Banjir itu menewaskan 40 orang di lembah tersebut",
      "dalam salah satu bencana terburuk di kawasan itu sejak 1990."]),
    ("The storm destroyed 300 homes on the coast, one of the costliest storms of the decade.",
     ["The storm destroyed 300 homes on the coast", "one of the costliest storms of the decade."]),
])
def test_a_ranking_of_what_the_clause_tells_is_a_claim_of_its_own(text, expected):
    a = article(text)
    assert sorted(c.text for c in a.claims) == sorted(expected)
    assert claim_with(a, expected[1]).context == " ".join(expected[0].split()[:2])


@pytest.mark.parametrize("text", [
    # a ranking that is the verb's object, or that has no superlative, stays with its clause
    "The minister met one of the richest men in Asia on Monday.",
    "Menteri bertemu salah satu pengusaha terkaya di Asia pada Senin.",
    "The flood killed 40 people in the valley in one of the villages near the river.",
])
def test_a_ranking_that_is_the_object_or_ranks_nothing_stays(text):
    assert len(article(text).claims) == 1


@pytest.mark.parametrize("text,expected", [
    # an event named with its place or date, then a copula and a rank: where and when it took
    # place is a fact, its rank another, read with the event as context
    ("Pertemuan kedua menteri di Nairobi, Kenya, merupakan pertemuan tatap muka pertama mereka sejak 2017.",
     ["Pertemuan kedua menteri di Nairobi, Kenya", "merupakan pertemuan tatap muka pertama mereka sejak 2017."]),
    ("The talks between the two ministers in Nairobi on Friday were their first face-to-face meeting since 2019.",
     ["The talks between the two ministers in Nairobi on Friday",
      "were their first face-to-face meeting since 2019."]),
])
def test_an_event_and_its_rank_are_two_claims(text, expected):
    a = article(text)
    assert sorted(c.text for c in a.claims) == sorted(expected)
    assert claim_with(a, expected[1]).context == expected[0]


@pytest.mark.parametrize("text", [
    # an event with no place, date or name of its own only says which one; a copula with no rank
    # after it says what the event was
    "Pertemuan itu merupakan pertemuan tatap muka pertama mereka sejak 2017.",
    "The talks in Nairobi were a chance to settle the dispute over grazing land.",
    # a date alone says which event it is
    "The quake on Monday was the strongest since 2011.",
])
def test_an_event_with_nothing_of_its_own_or_no_rank_stays_whole(text):
    assert len(article(text).claims) == 1


@pytest.mark.parametrize("text,expected", [
    # after a whole clause and a preposition, a phrase that singles a thing out of its kind with a
    # clause of its own: that it is the only one is a fact of its own
    ("Russia could deepen its support for the only country to have tested a nuclear weapon this century.",
     ["Russia could deepen its support", "for the only country to have tested a nuclear weapon this century."]),
    ("Rusia dapat memperdalam dukungan bagi satu-satunya negara yang telah menguji senjata nuklir pada abad ini.",
     ["Rusia dapat memperdalam dukungan", "bagi satu-satunya negara yang telah menguji senjata nuklir pada abad ini."]),
])
def test_the_only_one_of_its_kind_is_a_claim_of_its_own(text, expected):
    assert sorted(split_texts(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # right after the verb it is the object; with no clause of its own it says nothing apart
    "Menteri bertemu satu-satunya warga yang selamat dari kecelakaan itu.",
    "The ministry awarded the prize to the only woman in the race.",
])
def test_the_only_one_as_an_object_or_with_no_clause_stays(text):
    assert len(article(text).claims) == 1


@pytest.mark.parametrize("text,expected", [
    # with no comma before it, "sementara" is "temporary" after its noun, not "while"
    ("Pemerintah membangun jembatan sementara agar warga tidak terisolasi.",
     ["Pemerintah membangun jembatan sementara agar warga tidak terisolasi."]),
    ("Data sementara menunjukkan 120 rumah rusak berat akibat gempa itu.",
     ["Data sementara menunjukkan 120 rumah rusak berat akibat gempa itu."]),
    # after a comma it joins two clauses
    ("Tiga warga meninggal dunia, sementara dua orang lainnya masih dicari tim SAR.",
     ["Tiga warga meninggal dunia", "dua orang lainnya masih dicari tim SAR."]),
])
def test_sementara_joins_two_clauses_only_after_a_comma(text, expected):
    assert split_texts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "yet" and "so" with no comma before them are adverbs
    ("The ministry has not yet decided whether the operator will lose its licence.",
     ["The ministry has not yet decided whether the operator will lose its licence."]),
    ("Police named two suspects, yet the families say more people are to blame.",
     ["Police named two suspects", "the families say more people are to blame."]),
])
def test_yet_joins_two_clauses_only_after_a_comma(text, expected):
    assert split_texts(text) == expected


@pytest.mark.parametrize("text,parts", [
    ("Akibatnya dua orang tewas dan sembilan lainnya luka-luka.", ["Akibatnya dua orang tewas", "sembilan lainnya luka-luka."]),
    ("Empat warga hilang dan 15 orang luka-luka akibat longsor itu.",
     ["Empat warga hilang", "15 orang luka-luka akibat longsor itu."]),
    # a modifier of the victims, no predicate: one claim
    ("Seluruh korban luka-luka dibawa ke rumah sakit daerah untuk dirawat.",
     ["Seluruh korban luka-luka dibawa ke rumah sakit daerah untuk dirawat."]),
])
def test_the_dead_and_the_injured_are_two_claims(text, parts):
    assert split_texts(text) == parts


@pytest.mark.parametrize("text", [
    "Bupati menetapkan status tanggap darurat selama 30 hari setelah 47 desa kehabisan air bersih.",
    "The mayor imposed a curfew for three days after the protests turned violent in the capital.",
])
def test_a_length_after_a_preposition_of_duration_is_how_long_not_how_long_after(text):
    # "selama 30 hari setelah ...": the act lasts 30 days; the phrase is no distance from what
    # the clause after it tells, and the sentence is not cut before the number
    a = article(text)
    assert not any(c.text[:1].isdigit() or c.text.startswith(("three", "30")) for c in a.claims)


@pytest.mark.parametrize("text,whole", [
    ("The fair, which opens the planting season, runs on June 8 and 9, 2027.", "runs on June 8 and 9, 2027"),
    ("Pameran itu, yang membuka musim tanam, digelar pada 8 dan 9 Juni 2027, kata panitia.",
     "digelar pada 8 dan 9 Juni 2027"),
])
def test_a_conjunction_between_two_days_is_no_list_that_a_relative_clause_runs_over(text, whole):
    # "June 8 and 9": the aside ends at its comma, and the main clause keeps its verb and its days
    assert any(whole in t and t.split()[0] in ("The", "Pameran") for t in texts(article(text)))


@pytest.mark.parametrize("text", [
    # a cleft: what the contrasted noun does, after the contrast set off by commas
    "Kedua menteri sepakat bahwa pemerintah, bukan swasta, yang harus mengelola pelabuhan itu.",
    "Menurut dia, warga, bukan petugas dinas, yang pertama kali melaporkan kebocoran pipa itu.",
    "It was the truck driver, not the bus driver, who caused the crash on the toll road.",
    "The ministers agreed that humans, not machines, should decide on the use of the weapons.",
    # a contrast of one part after "and": no predicate of its own, no clause
    "The ministers agreed that the decision on the port should be made by the government and not private firms.",
    "The mayor said the flood was caused by heavy rain and not by the dam.",
])
def test_a_contrast_of_one_part_stays_in_its_clause(text):
    assert texts(article(text)) == [text]


@pytest.mark.parametrize("text,first", [
    # a contrast with a verb of its own is a clause; a relative clause after a noun stays one
    ("The ministry approved the bridge and did not approve the new toll road to the port.",
     "The ministry approved the bridge"),
    ("Gubernur meninjau lokasi banjir di Kecamatan Sukamaju, yang terendam sejak Senin pagi.",
     "Gubernur meninjau lokasi banjir di Kecamatan Sukamaju"),
])
def test_a_clause_after_the_contrast_words_is_still_cut(text, first):
    assert texts(article(text))[0] == first
