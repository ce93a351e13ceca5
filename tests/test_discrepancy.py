"""Discrepancies between versions of a claim, on sentences written for the tests.

Most tests compare two versions directly (the checks), so that they hold
whatever matching decides; a few run the whole corpus stage.
"""
import pytest

from provenance import analyze_texts, matching
from provenance import discrepancy as D
from provenance.settings import DEFAULT

HEAD = {"id": "Kompas - 6 Maret 2025\nJAKARTA, KOMPAS.com - ", "en": "Reuters - 6 March 2025\nJAKARTA (Reuters) - "}
OTHER = {"id": "Detik - 7 Maret 2025\nJakarta - ", "en": "AP - 7 March 2025\nJAKARTA (AP) - "}


def versions(*texts: str):
    """The claim versions of articles given as full texts, by article name (a.txt, b.txt, ...)."""
    names = [f"{chr(97 + k)}.txt" for k in range(len(texts))]
    corpus = analyze_texts(dict(zip(names, texts)))
    infos, _ = matching.prepare(corpus.articles, corpus.settings, corpus.person_names)
    return corpus, [D.make_version(i) for i in infos]


def pair(lang_a: str, body_a: str, lang_b: str, body_b: str):
    """The two one-sentence versions of a claim, one per outlet."""
    _, vs = versions(HEAD[lang_a] + body_a + "\n", OTHER[lang_b] + body_b + "\n")
    x = min((v for v in vs if v.article.name == "a.txt"), key=lambda v: v.info.claim.start)
    y = min((v for v in vs if v.article.name == "b.txt"), key=lambda v: v.info.claim.start)
    return x, y


def found(lang_a, body_a, lang_b, body_b) -> dict[str, D.Difference]:
    x, y = pair(lang_a, body_a, lang_b, body_b)
    out = {}
    for check in D.CHECKS:
        d = check.compare(x, y, DEFAULT)
        if d is not None:
            out[d.type] = d
    return out


# ------------------------------------------------------------------ numbers

@pytest.mark.parametrize("a,b", [
    (("id", "Banjir itu menewaskan 9 orang di desa tersebut."), ("id", "Banjir itu menewaskan 10 orang di desa tersebut.")),
    (("en", "The flood killed 9 people in the village."), ("en", "The flood killed 10 people in the village.")),
    (("en", "The flood killed 12 people in the village."), ("id", "Banjir itu menewaskan sembilan orang di desa tersebut.")),
    (("id", "Kedua menteri menandatangani 12 nota kesepahaman."), ("id", "Kedua menteri menandatangani 15 nota kesepahaman.")),
    (("en", "The flood killed at least 30 people."), ("id", "Banjir itu menewaskan sedikitnya 48 orang.")),
    (("en", "Nearly 40,000 fans attended the concert."), ("id", "Sekitar 43.500 penonton menghadiri konser itu.")),
    # "more than" and "nearly" each leave the figure itself out: no value is both
    (("en", "The talks lasted more than three hours."), ("en", "The talks lasted nearly three hours.")),
    (("id", "Pembicaraan itu berlangsung lebih dari tiga jam."), ("id", "Pembicaraan itu berlangsung hampir tiga jam.")),
    # a duration in two units is one length, held against the other whole
    (("id", "Kedua menteri bertemu selama 1 jam 40 menit."), ("en", "The ministers met for more than two hours.")),
    (("en", "The ministers met for 2 hours 30 minutes."), ("id", "Kedua menteri bertemu selama hampir dua jam.")),
    # a length in months against one in years: one scale of time, another length
    (("id", "Larangan masuk bagi keduanya berlaku selama enam bulan."), ("id", "Larangan masuk bagi keduanya berlaku selama satu tahun.")),
    (("en", "The entry ban lasts one year."), ("id", "Larangan masuk itu berlaku selama 18 bulan.")),
    # a floor far below the other figure is a count from another time, not the same count
    (("id", "Badan bencana menyebut sedikitnya 20 orang tewas akibat banjir itu."),
     ("id", "Wakil gubernur menyebut 95 orang tewas akibat banjir itu.")),
    (("en", "The disaster agency said at least 20 people died in the flood."),
     ("en", "The deputy governor said 95 people died in the flood.")),
    # a floor well below the other count (more than Settings.lower_bound_reach above it)
    (("en", "The stampede left at least 125 people dead."), ("id", "Sebanyak 174 orang tewas dalam desak-desakan itu.")),
    (("id", "Kebakaran itu menewaskan sedikitnya 30 orang."), ("id", "Kebakaran itu menewaskan 45 orang.")),
    # an amount written against its currency is read ("Rp4,8 miliar"), and a rounding stays near its figure
    (("id", "Terdakwa wajib membayar uang pengganti Rp4,8 miliar."),
     ("id", "Terdakwa wajib membayar uang pengganti Rp 4,9 miliar.")),
    (("id", "Terdakwa wajib membayar uang pengganti Rp4 miliar."),
     ("id", "Terdakwa wajib membayar uang pengganti Rp4.862.300.000.")),
    # one side's further figure of something its own word names is no second figure of the kind
    (("id", "Akibat longsor itu, 64 rumah warga rusak."), ("id", "Sebanyak 70 rumah rusak di delapan kecamatan.")),
    (("en", "The ferry carried 212 passengers and nine crew members."), ("id", "Kapal itu mengangkut 230 penumpang.")),
    (("id", "Sebanyak 81 orang selamat dan 11 orang meninggal dunia."),
     ("id", "Sembilan orang meninggal dunia dalam kecelakaan itu.")),
    # a vague quantity stands for its range of values (numbers.toml [vague])
    (("en", "Several hundred supporters gathered outside the court on Monday."),
     ("id", "Ribuan pendukung berkumpul di depan pengadilan pada Senin.")),
    (("id", "Belasan rumah rusak akibat angin kencang itu."), ("id", "Sebanyak 40 rumah rusak akibat angin kencang itu.")),
    (("en", "The losses run into billions of dollars."), ("en", "The losses reached $300 million.")),
    # those taken to hospital are the injured, whatever counts them
    (("en", "Fifteen were admitted to hospital after the blast."),
     ("id", "Sebanyak 11 pekerja dirawat di rumah sakit setelah ledakan itu.")),
])
def test_different_figures_are_a_number_discrepancy(a, b):
    d = found(*a, *b)["number"]
    assert d.value_a and d.value_b and d.spans_a and d.spans_b


@pytest.mark.parametrize("a,b", [
    (("en", "The quake killed at least 120 people."), ("id", "Gempa itu menewaskan 131 orang.")),
    (("id", "Pertemuan berlangsung sekitar 90 menit."), ("en", "The meeting lasted 90 minutes.")),
    (("en", "The concert drew over 12,000 fans."), ("id", "Konser itu dihadiri 12.300 penonton.")),
    (("id", "Lebih dari 1.400 orang terluka."), ("en", "Some 1,417 people were injured.")),
    (("id", "Sebanyak 1.417 orang terluka."), ("en", "A total of 1,417 people were injured.")),
    (("id", "Gempa itu menewaskan 30 orang."), ("id", "Gempa itu melukai 40 orang.")),
    (("id", "Pembicaraan itu berlangsung lebih dari tiga jam."), ("en", "The talks lasted about four hours.")),
    # one duration in two units is one figure, the same length as the other's
    (("id", "Kedua menteri bertemu selama 1 jam 30 menit."), ("en", "The ministers met for 90 minutes.")),
    (("id", "Kedua menteri bertemu selama satu setengah jam."), ("en", "The ministers met for one and a half hours.")),
    (("id", "Kedua menteri bertemu selama 1 jam 50 menit."), ("en", "The ministers met for nearly two hours.")),
    (("en", "The ministers met for 1 hour 50 minutes."), ("id", "Kedua menteri bertemu selama hampir dua jam.")),
    (("en", "The ministers met for 2 hours and 10 minutes."), ("id", "Kedua menteri bertemu selama lebih dari dua jam.")),
    # a year is twelve months, a week seven days, a length in two units one length
    (("id", "Larangan masuk itu berlaku selama 12 bulan."), ("en", "The entry ban lasts one year.")),
    (("id", "Terdakwa divonis 6 tahun 6 bulan penjara."), ("en", "The defendant was jailed for 6.5 years.")),
    (("id", "Pencarian korban diperpanjang dua pekan."), ("en", "The search for victims was extended by 14 days.")),
    # an age is no length of time: the player's age against how long the team trained
    (("en", "The 23-year-old said the team had trained for two months."),
     ("id", "Tim itu sudah berlatih selama dua bulan, kata pemain berusia 23 tahun itu.")),
    (("id", "Banjir itu menewaskan sedikitnya 100 orang."), ("en", "The flood killed 120 people.")),
    (("en", "The fire killed at least 40 people."), ("id", "Kebakaran itu menewaskan 50 orang.")),
    # a large figure written in its scale is the exact one rounded, the currency against the figure or not
    (("id", "Terdakwa wajib membayar uang pengganti Rp4.862.300.000."),
     ("id", "Terdakwa wajib membayar uang pengganti Rp4,86 miliar.")),
    (("id", "Terdakwa wajib membayar uang pengganti Rp4.862.300.000."),
     ("en", "The defendant must repay Rp 4.9 billion.")),
    (("en", "Some 52,400 fans attended the final."), ("en", "52K fans attended the final.")),
    (("id", "Puluhan juta warga terdampak."), ("en", "About 30 million residents were affected.")),
    (("id", "Kerugian ditaksir mencapai miliaran rupiah."), ("en", "The losses were estimated at Rp 4 billion.")),
])
def test_compatible_figures_are_not_a_discrepancy(a, b):
    assert "number" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    # an increment on an earlier count is not the total another outlet gives
    (("id", "Petugas mencatat 35 orang tambahan terluka akibat ledakan itu."),
     ("id", "Petugas mencatat 120 orang terluka akibat ledakan itu.")),
    (("id", "Tambahan 35 orang terluka akibat ledakan itu."), ("en", "The blast injured 120 people.")),
    (("en", "Another 35 people were injured in the blast."), ("en", "The blast injured 120 people.")),
    (("en", "Officials counted 35 more people injured in the blast."), ("id", "Ledakan itu melukai 120 orang.")),
    # counts in two places are two counts, not one count told twice
    (("id", "Longsor merusak 40 rumah di Desa Sukamaju."), ("id", "Longsor merusak 65 rumah di Desa Cibeureum.")),
    (("en", "The landslide damaged 40 houses in Sukamaju."), ("en", "The landslide damaged 65 houses in Cibeureum.")),
    # a distance from a place is not the depth of the quake
    (("id", "Gempa terjadi pada kedalaman 10 kilometer."),
     ("id", "Pusat gempa berada sekitar 150 kilometer (km) sebelah barat daya Padang.")),
    (("en", "The quake struck at a depth of 10 km."), ("en", "Its epicentre was about 150 km southwest of Padang.")),
    # a bare figure beside a percentage may be one too: the cut to 30 from 45 is not a cut of 45
    (("id", "Tarif impor dipangkas menjadi 30 dari 45 persen."), ("en", "Import tariffs were cut by 15%.")),
])
def test_an_increment_a_count_elsewhere_or_a_distance_is_not_a_number_discrepancy(a, b):
    assert "number" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    # a country and a city in it may be the same place: the figures are still compared
    (("id", "Kedua pemimpin bertemu selama 2 jam 50 menit di Kenya."), ("en", "The leaders met for four hours in Mombasa.")),
    (("en", "The flood killed 9 people in Brazil."), ("en", "The flood killed 12 people in Porto Alegre.")),
    # the country of a currency is the figure's unit, not where it was counted
    (("id", "Nilai perdagangan China dan Afrika Selatan mencapai 43 miliar dolar AS."),
     ("id", "Perdagangan kedua negara tercatat sebesar 42 miliar dolar AS.")),
])
def test_a_country_and_a_place_in_it_do_not_keep_figures_apart(a, b):
    assert "number" in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    (("en", "About 3 tonnes of rotting rice were found in the warehouse."),
     ("en", "Hundreds of sacks of rotting rice were found in the warehouse.")),
    (("en", "Some 2 tonnes of dead fish washed up on the beach."), ("en", "Thousands of dead fish washed up on the beach.")),
    (("id", "Pemadaman berlangsung selama 6 jam."), ("id", "Pemadaman berlangsung di 6 kecamatan.")),
    (("en", "Some 2 tonnes of dead fish washed up on the beach."), ("id", "Ribuan ikan mati terdampar di pantai itu.")),
])
def test_a_weight_length_or_time_is_not_held_against_a_bare_count(a, b):
    assert "number" not in found(*a, *b)


@pytest.mark.parametrize("a,b,differ", [
    (("id", "Sungai tercemar sepanjang 4 kilometer dari pabrik."), ("id", "Sungai tercemar sepanjang 400 meter dari pabrik."),
     True),
    (("id", "Sungai tercemar sepanjang 4 kilometer dari pabrik."), ("en", "The river was polluted for 4,000 metres from the plant."),
     False),
    (("en", "Customs seized 3 tonnes of sugar at the port."), ("id", "Bea Cukai menyita 300 kilogram gula di pelabuhan."),
     True),
    (("en", "Customs seized 3 tonnes of sugar at the port."), ("id", "Bea Cukai menyita 3.000 kg gula di pelabuhan."),
     False),
])
def test_a_length_or_weight_in_another_unit_is_compared_by_its_size(a, b, differ):
    assert ("number" in found(*a, *b)) is differ


@pytest.mark.parametrize("a,b,value", [
    (("id", "Kedua menteri bertemu selama 1 jam 40 menit."), ("en", "The ministers met for more than two hours."),
     "1 jam 40 menit"),
    (("en", "The ministers met for 1 hour 40 minutes."), ("id", "Kedua menteri bertemu selama lebih dari dua jam."),
     "1 hour 40 minutes"),
])
def test_a_compound_duration_is_held_against_the_other_whole(a, b, value):
    assert found(*a, *b)["number"].value_a == value


@pytest.mark.parametrize("a,b,differ", [
    # a round figure its own claim makes exact is read as the exact one
    (("id", "Pertemuan itu berlangsung sekitar tiga jam, tepatnya 2 jam 45 menit."),
     ("en", "The meeting lasted more than three hours."), True),
    (("en", "The meeting lasted about three hours, precisely 2 hours 45 minutes."),
     ("id", "Pertemuan itu berlangsung lebih dari tiga jam."), True),
    (("id", "Pertemuan itu berlangsung sekitar tiga jam, tepatnya 2 jam 50 menit."),
     ("en", "The meeting lasted about three hours."), False),
    (("en", "The meeting lasted about three hours, precisely 2 hours 50 minutes."),
     ("id", "Pertemuan itu berlangsung sekitar tiga jam."), False),
])
def test_a_round_figure_made_exact_in_its_claim_is_read_as_the_exact_one(a, b, differ):
    assert ("number" in found(*a, *b)) == differ


def test_figures_given_at_different_times_say_both_times():
    d = found("id", "Per pukul 10.30 WIB, banjir itu menewaskan 12 orang.",
              "id", "Hingga pukul 15.00 WIB, banjir itu menewaskan 20 orang.")["number"]
    assert "10.30" in d.detail and "15.00" in d.detail


@pytest.mark.parametrize("a,b", [
    (("id", "Menurut BNPB, banjir itu menewaskan 12 orang."),
     ("id", "Menurut Kepolisian Daerah Jawa Barat, banjir itu menewaskan 15 orang.")),
    (("en", "The flood killed 12 people, the disaster agency BNPB said."),
     ("en", "The flood killed 15 people, West Java police chief Rudi Setiawan said.")),
])
def test_figures_credited_to_two_sources_name_both(a, b):
    d = found(*a, *b)["number"]
    assert "BNPB" in d.detail and "West Java Regional Police" in d.detail


# ------------------------------------------------------------------ dates and times

@pytest.mark.parametrize("a,b", [
    (("id", "Kedua presiden bertemu pada Sabtu (4/5/2024) di Lima."), ("id", "Kedua presiden bertemu pada Minggu (5/5/2024) di Lima.")),
    (("en", "The two presidents met on Saturday in Lima."), ("en", "The two presidents met on Sunday in Lima.")),
    (("en", "The two presidents met on Saturday in Lima."), ("id", "Kedua presiden bertemu pada hari Minggu di Lima.")),
    (("id", "Bupati dilantik tepat pukul 09.31 WIB."), ("id", "Bupati dilantik pada pukul 09.26 WIB.")),
    # a time written to the minute is not a round one, even on the hour ("pukul 4.00")
    (("id", "Pesawat itu mendarat pukul 4.00 pagi waktu setempat."), ("id", "Pesawat itu mendarat sekitar pukul 03.45 waktu setempat.")),
    (("en", "The plane landed at 4:00 a.m. local time."), ("en", "The plane landed at about 3:45 a.m. local time.")),
])
def test_different_days_or_times_are_a_date_discrepancy(a, b):
    assert "date" in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    (("id", "Menteri tiba sekitar pukul 14.12 WIB."), ("id", "Menteri tiba sekitar pukul 14.15 WIB.")),
    (("en", "The minister arrived at 2 p.m. local time."), ("id", "Menteri tiba sekitar pukul 14.12 waktu setempat.")),
    (("en", "The plane landed at 3 a.m. local time."), ("en", "The plane landed at about 2:45 a.m. local time.")),
    (("id", "Menurut dia, perjanjian itu ditandatangani hari ini."), ("id", "Menurut dia, perjanjian itu ditandatangani hari ini.")),
])
def test_approximate_times_and_today_are_not_a_discrepancy(a, b):
    assert "date" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    (("id", "Gubernur Budi Santoso tiba di stadion sekitar pukul 13.50 WIB."),
     ("id", "Menteri Rahmat Hidayat tiba di stadion sekitar pukul 14.30 WIB.")),
    (("en", "Prime Minister Anthony Albanese arrived on Monday."), ("en", "President Emmanuel Macron arrived on Tuesday.")),
])
def test_when_two_different_people_acted_is_not_a_date_discrepancy(a, b):
    assert "date" not in found(*a, *b)


# ------------------------------------------------------------------ quotes

@pytest.mark.parametrize("lang,a,b", [
    ("id", '"Hubungan kedua negara berada pada tingkat tertinggi dalam sejarah," kata Darmawan.',
           '"Hubungan kedua negara berada pada tingkat terbaik dalam sejarah," kata Darmawan.'),
    ("en", '"Relations between our countries are at their highest level in history," Darmawan said.',
           '"Relations between our countries are at their best level in history," Darmawan said.'),
    ("id", '"Kita merayakan hari jadi yang penting bagi kedua kota," kata Hartono.',
           '"Kami merayakan hari jadi yang penting bagi kedua kota," kata Hartono.'),
])
def test_changed_words_in_the_same_quote(lang, a, b):
    assert found(lang, a, lang, b)["quote"].severity in ("low", "medium")


@pytest.mark.parametrize("a,b", [
    # a shorter excerpt of the same words
    (("en", 'Putin said relations were "at their best in history".'),
     ("en", '"Relations are at their best in history, and we are proud of it," Putin said.')),
    # a conjunction swapped for its synonym
    (("id", '"Tetapi saya yakin persahabatan kedua negara akan terus berlanjut," kata Xi.'),
     ("id", '"Namun saya yakin persahabatan kedua negara akan terus berlanjut," kata Xi.')),
    # a word written shorter where its longer form is a function word ("antar"/"antara")
    (("id", '"Hubungan antara Pulau Hilir dan Tanjung Batu akan berlanjut," kata Wibisono.'),
     ("id", '"Hubungan antar Pulau Hilir dan Tanjung Batu akan berlanjut," kata Wibisono.')),
    # an aspect adverb added, a connective phrase for another
    (("id", '"Kerja sama kedua kota akan berkembang pesat," kata Wibisono.'),
     ("id", '"Kerja sama kedua kota akan terus berkembang pesat," kata Wibisono.')),
    (("en", '"Ties between the two towns will further grow," Wibisono said.'),
     ("en", '"Ties between the two towns will grow," Wibisono said.')),
    (("id", '"Sehubungan dengan hal ini, kami tidak menutup kemungkinan kerja sama baru," kata Wibisono.'),
     ("id", '"Dalam hal ini, kami tidak menutup kemungkinan kerja sama baru," kata Wibisono.')),
    # a translation that keeps the meaning
    (("en", '"Relations are at their best in history," Putin said.'),
     ("id", '"Hubungan berada pada masa terbaik dalam sejarah," kata Putin.')),
])
def test_an_excerpt_a_synonym_or_a_translation_is_not_a_misquote(a, b):
    assert "quote" not in found(*a, *b)


# ------------------------------------------------------------------ attribution

@pytest.mark.parametrize("lang,a,b", [
    # two relays the registry does not know (a known wire or outlet credited once covers the
    # whole article, and two articles on two wires do not disagree)
    ("id", "Kedua pemimpin sepakat menjaga kendali manusia atas senjata nuklir, seperti dikutip Harian Sore.",
           "Kedua pemimpin sepakat menjaga kendali manusia atas senjata nuklir, seperti dikutip Harian Pagi."),
])
def test_another_relaying_source_is_an_attribution_discrepancy(lang, a, b):
    d = found(lang, a, lang, b)["attribution"]
    assert "Harian Sore" in d.detail and "Harian Pagi" in d.detail


@pytest.mark.parametrize("a,b", [
    # one quotation credited to two people: the credits' words are no part of what was said
    (("en", '"This is the largest seizure in five years," said Andi Wijaya, a narcotics agency official.'),
     ("en", '"This is the largest seizure in five years," said provincial police chief Budi Santoso.')),
    # ... and in two languages, where the words cannot be compared at all
    (("id", '"Ini penyitaan terbesar dalam lima tahun terakhir," kata Kapolda Hilir Budi Santoso.'),
     ("en", '"This is the largest seizure in five years," said Andi Wijaya, a narcotics agency official.')),
])
def test_a_quotation_credited_to_two_people_is_an_attribution_discrepancy(a, b):
    d = found(*a, *b)["attribution"]
    assert "Budi Santoso" in d.detail and "Andi Wijaya" in d.detail


@pytest.mark.parametrize("a,b", [
    (("id", '"Dugaan sementara bus mengalami rem blong," kata Kapolres Karangsari AKBP Dedi Kurnia.'),
     ("id", '"Dugaan sementara bus mengalami rem blong," kata Kasat Lantas Polres Karangsari AKP Rudi Hartono.')),
    (("id", '"Dugaan sementara bus mengalami rem blong," kata Kapolres Karangsari AKBP Dedi Kurnia.'),
     ("id", '"Dugaan sementara bus mengalami rem blong," kata Kepala Seksi Humas Polres Karangsari Iptu Rudi Hartono.')),
    (("en", '"The bus brakes apparently failed," Karangsari police chief Dedi Kurnia said.'),
     ("en", '"The bus brakes apparently failed," Karangsari police spokesman Rudi Hartono said.')),
])
def test_a_quotation_given_to_two_officials_of_one_body_is_an_attribution_discrepancy(a, b):
    # both speak for one police station: the body they share does not make them one speaker
    d = found(*a, *b)
    assert "Dedi Kurnia" in d["attribution"].detail and "Rudi Hartono" in d["attribution"].detail


def test_one_speaker_with_his_body_named_in_one_version_only_is_no_attribution_discrepancy():
    d = found("id", '"Dugaan sementara bus mengalami rem blong," kata Kapolres Karangsari AKBP Dedi Kurnia.',
              "id", '"Dugaan sementara bus mengalami rem blong," kata Dedi Kurnia.')
    assert "attribution" not in d


@pytest.mark.parametrize("lang,a,b", [
    # two counts, each from its own source: the number finding names both, no misattribution
    ("id", "Menurut BNPB, banjir itu menewaskan 12 orang.", "Menurut Polda Jawa Barat, banjir itu menewaskan 15 orang."),
    ("en", "The flood killed 12 people, the disaster agency BNPB said.",
     "The flood killed 15 people, West Java police chief Rudi Setiawan said."),
    # two different statements, each from its own source
    ("id", "Menurut BMKG, hujan deras masih akan turun hingga Jumat di wilayah Bogor.",
     "Menurut BNPB, warga diminta menjauhi bantaran sungai dan mengungsi ke tempat aman."),
    ("en", "Heavy rain will continue until Friday in Bogor, the weather agency BMKG said.",
     "Residents were told to keep away from river banks and move to shelters, the agency BNPB said."),
])
def test_two_statements_each_from_its_own_source_are_not_an_attribution_discrepancy(lang, a, b):
    assert "attribution" not in found(lang, a, lang, b)


def test_one_body_written_with_and_without_its_acronym_is_no_attribution_discrepancy():
    d = found("id", "Dinas Kesehatan (Dinkes) Kota Hilir mencatat 412 kasus campak sejak awal Agustus.",
              "id", "Dinas Kesehatan Kota Hilir mencatat 412 kasus campak sejak awal Agustus.")
    assert "attribution" not in d


def test_the_relay_and_the_origin_of_one_statement_do_not_disagree():
    d = found("id", "Kedua pemimpin sepakat menjaga jalur pelayaran tetap terbuka, seperti dikutip Reuters.",
              "en", "Both leaders agreed to keep the shipping lanes open, the White House said in a statement.")
    assert "attribution" not in d


@pytest.mark.parametrize("lang,a,b", [
    ("en", "Indonesia will host the next summit in 2027, the ministry said.",
           "Indonesia will host the next summit in 2026, the ministry said."),
    ("id", "Jalan tol itu ditargetkan rampung pada Maret 2027.", "Jalan tol itu ditargetkan rampung pada Mei 2027."),
])
def test_a_year_or_a_month_with_no_day_is_compared(lang, a, b):
    assert found(lang, a, lang, b)["date"].slot in ("year", "month")


def test_a_year_against_a_month_of_it_is_no_date_discrepancy():
    assert "date" not in found("id", "Jalan tol itu ditargetkan rampung pada 2027.",
                               "id", "Jalan tol itu ditargetkan rampung pada Maret 2027.")


@pytest.mark.parametrize("background", [
    "Last month, two people were killed when floods hit a village in Central Java.",
    "Tahun lalu, dua orang tewas ketika banjir melanda sebuah desa di Jawa Tengah.",
])
def test_a_figure_set_in_an_earlier_period_does_not_contradict_the_lead(background):
    lang = "en" if background.startswith("Last") else "id"
    lead = ("At least four people were killed when floods hit Karangsari village on Monday, officials said."
            if lang == "en" else "Sedikitnya empat orang tewas ketika banjir melanda Desa Karangsari pada Senin.")
    middle = ("Rescuers searched for two missing residents.\nThe floods damaged 40 houses.\n" if lang == "en"
              else "Tim SAR mencari dua warga yang hilang.\nBanjir merusak 40 rumah.\n")
    c = analyze_texts({"a.txt": HEAD[lang] + lead + "\n" + middle + background + "\n"})
    assert not [d for d in c.discrepancies if d.type == "context"], [d.detail for d in c.discrepancies]


@pytest.mark.parametrize("exact,agrees", [("61,432", True), ("60,520", True), ("61,732", False)])
def test_an_exact_figure_agrees_with_the_round_one_it_rounds_to(exact, agrees):
    d = found("en", f"The match was watched by {exact} spectators at the stadium on Thursday.",
              "en", "The match was watched by about 61,000 spectators at the stadium on Thursday.")
    assert ("number" not in d) == agrees


def test_an_amount_of_money_is_no_name_spelt_differently():
    d = found("id", "Kerugian negara akibat korupsi itu mencapai Rp14,6 miliar, kata jaksa pada Senin.",
              "id", "Kerugian negara akibat korupsi itu mencapai sekitar Rp15 miliar, kata jaksa pada Senin.")
    assert "entity" not in d


@pytest.mark.parametrize("lang,coarse,fine,agrees", [
    ("id", "6,2 persen", "6,21 persen", True),    # a decimal dropped
    ("en", "71 percent", "71.4 percent", True),  # decimals dropped
    ("id", "6,3 persen", "6,21 persen", False),   # 6,21 rounds to 6,2
    ("en", "6.2 percent", "6.25 percent", False),  # 6.25 rounds up
    ("id", "1.000 rumah", "1.024 rumah", False),   # a round count is a count, unless "sekitar" says so
])
def test_a_figure_written_to_fewer_decimals_agrees_with_the_one_it_rounds(lang, coarse, fine, agrees):
    say = "Angkanya mencapai {}, kata gubernur pada Jumat." if lang == "id" else "It reached {}, the governor said on Friday."
    assert ("number" not in found(lang, say.format(coarse), lang, say.format(fine))) == agrees


@pytest.mark.parametrize("lang,a,b", [
    ("id", '"Kemenangan ini milik seluruh warga, bukan milik kami berdua," kata Rina Kusuma.',
           '"Kemenangan ini milik seluruh warga," kata Rina Kusuma.'),
    ("en", "The aid was sent to the flooded schools, not the hospitals, the agency said.",
           "The aid was sent to the flooded schools, the agency said."),
])
def test_a_contrast_after_a_comma_is_no_negation_of_the_claim(lang, a, b):
    assert "negation" not in found(lang, a, lang, b)


def test_a_negative_pronoun_still_denies_what_the_other_version_asserts():
    assert "negation" in found("en", "Divers found nothing inside the wreck on Tuesday, the navy said.",
                               "en", "Divers found two bodies inside the wreck on Tuesday, the navy said.")


# ------------------------------------------------------------------ entities

@pytest.mark.parametrize("lang,a,b", [
    ("id", "Turut hadir Presiden Kyrgyzstan Temir Zhakenov dan Presiden Belarus.",
           "Turut hadir Presiden Kyrgyzstan Timur Jakenov dan Presiden Belarus."),
    ("en", "Also present were Kyrgyz President Temir Zhakenov and the Belarusian leader.",
           "Also present were Kyrgyz President Timur Jakenov and the Belarusian leader."),
])
def test_a_name_spelt_differently_is_an_entity_discrepancy(lang, a, b):
    assert found(lang, a, lang, b)["entity"].severity == "low"


@pytest.mark.parametrize("lang,a,b", [
    ("id", "Turut hadir Sekjen PBB António Guterres di Jenewa.", "Turut hadir Sekjen PBB Antonio Guterres di Jenewa."),
    # letters Unicode does not split into letter and accent: the dotless i, the l and o with a stroke
    ("id", "Gempa itu juga terasa di Provinsi Şırvalı dan Karsova.", "Gempa itu juga terasa di Provinsi Sirvali dan Karsova."),
    ("en", "The quake was also felt in the Polish city of Łódź on Monday.", "The quake was also felt in the Polish city of Lodz on Monday."),
    ("en", "The talks were held in Nusa Dua, officials said.", "The talks were held at the Pusat conference hall."),
])
def test_accents_and_unrelated_names_are_not_variants(lang, a, b):
    assert "entity" not in found(lang, a, lang, b)


@pytest.mark.parametrize("lang,a,b", [
    # one body under its short and its full name (the source registry's aliases)
    ("id", "Polda Jatim menangkap tiga tersangka penipuan investasi pada Senin.",
           "Polda Jawa Timur menangkap tiga tersangka penipuan investasi pada Senin."),
    ("id", "Pada Senin, BPBD Jateng mencatat 40 rumah rusak akibat banjir.",
           "Pada Senin, BPBD Jawa Tengah mencatat 40 rumah rusak akibat banjir."),
])
def test_a_bodys_short_and_full_names_are_not_variants(lang, a, b):
    assert "entity" not in found(lang, a, lang, b)


@pytest.mark.parametrize("lang,a,b", [
    # a title before a name ("Presiden") is no spelling of the name the other has ("Biden")
    ("id", "Menurut Presiden, kerja sama kedua negara akan terus berlanjut.",
           "Menurut Biden, kerja sama kedua negara akan terus berlanjut."),
    ("en", "On Monday, Chancellor Scholz said the talks would go on.",
           "On Monday, Chandler Scholz said the talks would go on."),
    # nor a word of an office's name ("Pusat Data") a spelling of another
    ("id", "Kepala Pusat Data BNPB Rahmat Hidayat menyebut sembilan orang tewas.",
           "Kepala Pusat Dana BNPB Rahmat Hidayat menyebut sembilan orang tewas."),
])
def test_a_title_or_an_office_is_not_a_name(lang, a, b):
    assert "entity" not in found(lang, a, lang, b)


# ------------------------------------------------------------------ temporal

@pytest.mark.parametrize("a,b", [
    (("id", "Keduanya bertelepon sehari setelah pelantikan Trump."), ("id", "Keduanya bertelepon beberapa jam setelah pelantikan Trump.")),
    (("en", "The two spoke a day after Trump's inauguration."), ("en", "The two spoke hours after Trump's inauguration.")),
    (("id", "Putin dikabarkan akan bertemu Xi di Nairobi."), ("id", "Putin bertemu Xi di Nairobi.")),
    (("en", "Putin will meet Xi in Nairobi."), ("en", "Putin met Xi in Nairobi, where they meet every year.")),
])
def test_another_distance_in_time_or_a_plan_reported_as_done(a, b):
    assert "temporal" in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    (("id", "Konser dijadwalkan dimulai pukul 17.00 WIB."), ("id", "Konser dimulai pukul 17.00 WIB.")),
    # a plan against a schedule: neither reports the act as done
    (("id", "Menteri itu akan pulang ke Jakarta pada Jumat."), ("id", "Menteri itu dijadwalkan kembali ke Jakarta pada Jumat.")),
    (("en", "The minister will fly home to Jakarta on Friday."), ("en", "The minister is scheduled to fly home to Jakarta on Friday.")),
    (("id", '"Kami akan terus bekerja sama," kata Xi.'), ("id", "Xi mengatakan kedua negara terus bekerja sama.")),
    # the act after a word of purpose is an aim, not an act reported as done
    (("id", "Penyanyi itu akan tampil di stadion itu pada Kamis."),
     ("id", "Penyanyi itu datang ke stadion itu untuk tampil pada Kamis.")),
    (("en", "The singer will perform at the stadium on Thursday."),
     ("en", "The singer came to the stadium to perform on Thursday.")),
])
def test_a_schedule_or_a_speakers_own_plan_is_not_a_tense_change(a, b):
    assert "temporal" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    # "would" is the future of reported speech, as "akan" is
    (("en", "The minister said the two countries would hold further talks."),
     ("id", "Menteri itu mengatakan kedua negara akan menggelar pembicaraan lanjutan.")),
    (("en", "It is unclear whether the statement would lead to further talks."),
     ("id", "Belum jelas apakah akan ada pembicaraan lanjutan.")),
])
def test_would_and_akan_are_both_a_plan(a, b):
    assert "temporal" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    # an Indonesian verb shows no tense: "memeriksa" renders "would inspect" as well as "inspected"
    (("en", "The health minister said her ministry would inspect all private clinics in the province."),
     ("id", "Menteri kesehatan menyatakan kementeriannya memeriksa seluruh klinik swasta di provinsi itu.")),
    (("en", "The mayor said the city would close the old market next month."),
     ("id", "Wali kota mengatakan kota itu menutup pasar lama bulan depan.")),
])
def test_the_future_of_reported_speech_against_a_verb_with_no_tense_is_no_tense_change(a, b):
    assert "temporal" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    # the version with no future word dates the act after its own publication: it is to come too
    (("id", "Harga bensin naik menjadi Rp11.800 per liter mulai Sabtu (8/3/2025)."),
     ("en", "The price of petrol will rise to 11,800 rupiah a litre from Saturday, March 8, 2025.")),
    (("en", "The new bridge opens to traffic on Monday, March 10, 2025."),
     ("en", "The new bridge will open to traffic on Monday, March 10, 2025.")),
])
def test_an_act_dated_after_its_articles_publication_is_not_reported_as_done(a, b):
    assert "temporal" not in found(*a, *b)


def test_the_future_of_reported_speech_against_the_act_done_in_english_is_a_tense_change():
    assert "temporal" in found("en", "The mayor said the city would close the old market.",
                               "en", "The city closed the old market, the mayor said.")


@pytest.mark.parametrize("a,b", [
    # one hedge in two translations: "could" is rendered "akan" as often as "dapat"
    (("en", "Analysts say Russia could deepen its support for the regime in the coming months."),
     ("id", "Analis menyebut Rusia akan memperdalam dukungannya bagi rezim itu dalam beberapa bulan mendatang.")),
    (("en", "The minister said the two firms could develop a new vaccine together."),
     ("id", "Menteri itu mengatakan kedua perusahaan dapat mengembangkan vaksin baru bersama.")),
    (("en", "Officials say the fire may spread to the village."),
     ("id", "Petugas menyebut api bisa menjalar ke desa itu.")),
])
def test_a_possible_act_against_a_plan_or_a_possibility_is_no_tense_change(a, b):
    assert "temporal" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    (("en", "The storm could close the port on Friday."), ("en", "The storm closed the port on Friday.")),
    (("id", "Badai itu bisa menutup pelabuhan pada Jumat."), ("id", "Badai itu menutup pelabuhan pada Jumat.")),
    (("en", "The storm could close the port on Friday."), ("id", "Badai itu menutup pelabuhan pada Jumat.")),
])
def test_an_act_only_possible_in_one_version_and_done_in_the_other_is_a_tense_change(a, b):
    d = found(*a, *b).get("temporal")
    assert d is not None and d.slot == "tense" and "possible" in d.detail


@pytest.mark.parametrize("a,b", [
    # "could not reach" is no hedge of reaching: it says the village was not reached
    (("en", "Rescuers could not reach the flooded village on Friday."),
     ("en", "Rescuers did not reach the flooded village on Friday.")),
    (("id", "Tim SAR tidak bisa menjangkau desa yang terendam pada Jumat."),
     ("id", "Tim SAR belum menjangkau desa yang terendam pada Jumat.")),
    # "akhirnya bisa" (finally managed to) reports the act done
    (("id", "Tim SAR akhirnya bisa menjangkau desa yang terendam pada Jumat."),
     ("id", "Tim SAR menjangkau desa yang terendam pada Jumat.")),
])
def test_a_negated_or_realised_ability_against_the_act_is_no_tense_change(a, b):
    assert "temporal" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    # a hedge on what happened is the scope check's, not a tense change
    (("en", "The storm may have closed the port on Friday."), ("en", "The storm closed the port on Friday.")),
    (("id", "Badai itu mungkin menutup pelabuhan pada Jumat."), ("id", "Badai itu menutup pelabuhan pada Jumat.")),
])
def test_a_hedged_act_against_the_act_is_a_hedge_not_a_tense_change(a, b):
    found_ = found(*a, *b)
    assert "temporal" not in found_ and found_["scope"].slot == "hedge"


@pytest.mark.parametrize("bodies", [
    ["Kedua pemimpin berjabat tangan di Nairobi.", "Kedua pemimpin bertemu di Nairobi pada hari Rabu.",
     "Kedua pemimpin akan bertemu di Nairobi."],
    ["The two leaders shook hands in Nairobi.", "The two leaders met in Nairobi on Wednesday.",
     "The two leaders will meet in Nairobi."],
])
def test_a_plan_is_found_against_the_member_of_a_group_that_reports_it_done(bodies):
    vs = _copies(bodies)
    findings, edges = D.compare_versions(vs, "test", DEFAULT, (D.TemporalCheck(),))
    assert [f.slot for f in findings] == ["tense"]
    plan = next(v.id for v in vs if "akan" in v.info.claim.text or "will" in v.info.claim.text)
    done = next(v.id for v in vs if "bertemu di Nairobi pada" in v.info.claim.text or "met" in v.info.claim.text)
    assert {frozenset((e.a, e.b)) for e in edges} == {frozenset((plan, done))}


# ------------------------------------------------------------------ scope

@pytest.mark.parametrize("a,b", [
    (("id", "Keduanya sepakat memperluas kerja sama di semua bidang."), ("id", "Keduanya sepakat memperluas kerja sama di berbagai sektor.")),
    (("en", "They agreed to expand cooperation in all areas."), ("en", "They agreed to expand cooperation in several areas.")),
    (("id", "Pejabat itu diduga menerima suap dari kontraktor."), ("id", "Pejabat itu menerima suap dari kontraktor.")),
    (("en", "The official allegedly took bribes from the contractor."), ("en", "The official took bribes from the contractor.")),
    (("id", "Korban sebagian besar berasal dari Desa Sukamaju."), ("id", "Korban berasal dari Desa Sukamaju.")),
    # a suspicion in the active voice, and "suspect that"
    (("id", "Polisi menduga sopir truk itu mengantuk saat kecelakaan."),
     ("id", "Polisi memastikan sopir truk itu mengantuk saat kecelakaan.")),
    (("en", "Police suspect that the truck driver fell asleep before the crash."),
     ("en", "Police said the truck driver fell asleep before the crash.")),
    # what one version says is still checked, the other states as found
    (("id", "Dinas perhubungan menyelidiki apakah kapal itu kelebihan muatan."),
     ("id", "Dinas perhubungan memastikan kapal itu kelebihan muatan.")),
    (("en", "The transport agency is investigating whether the ferry was overloaded."),
     ("id", "Dinas perhubungan memastikan kapal feri itu kelebihan muatan.")),
    (("en", "Officials could not confirm that the ferry was overloaded."),
     ("en", "Officials said the ferry was overloaded.")),
    # a report still being checked, the other version states what it reports
    (("id", "Polisi masih memverifikasi laporan bahwa seorang nelayan ikut hilang, kata Kapolres."),
     ("id", "Seorang nelayan ikut hilang, kata Kapolres.")),
    (("en", "Rescuers were still checking a report that a fisherman was also missing."),
     ("en", "A fisherman was also missing, rescuers said.")),
    # a plan one version says is still weighed, the other states as decided
    (("id", "Pemerintah kota sedang mempertimbangkan kenaikan tarif bus kota mulai tahun depan."),
     ("id", "Pemerintah kota memastikan kenaikan tarif bus kota mulai tahun depan.")),
    (("en", "The airline is considering a share sale of its cargo unit next year."),
     ("en", "The airline will hold a share sale of its cargo unit next year.")),
])
def test_a_quantifier_or_a_hedge_only_one_version_has(a, b):
    assert "scope" in found(*a, *b)


def test_a_wires_unverified_claim_told_in_either_language_is_hedged_in_both():
    assert "scope" not in found("en", "Reuters could not independently verify the rebels' claim.",
                                "id", "Reuters tidak dapat memverifikasi klaim pemberontak itu secara independen.")


@pytest.mark.parametrize("a,b", [
    (("id", "Keputusan hakim diperkirakan keluar pekan depan."), ("en", "The judges' decision is expected next week.")),
    (("en", "The new bridge is expected to open in June."), ("id", "Jembatan baru itu diperkirakan dibuka pada Juni.")),
    # the participle alone, with no "is" ("results expected within a week")
    (("en", "Test results expected within a week, the ministry said."),
     ("en", "Test results are expected within a week, the ministry said.")),
    # a possibility told by the adjective or the adverb
    (("en", "Regulators are reviewing a possible merger of the two banks next year."),
     ("en", "Regulators are reviewing a merger of the two banks, possibly next year.")),
])
def test_an_expectation_told_in_either_language_is_hedged_in_both(a, b):
    assert "scope" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    # a possibility left open, a plan still weighed, a cause still sought: each language's words
    (("id", '"Kami tidak menutup kemungkinan ada pelaku lain," kata Kapolsek.'),
     ("en", '"We do not rule out other culprits," the police chief said.')),
    (("id", "Serikat pekerja itu masih mempertimbangkan untuk menggugat perusahaan."),
     ("en", "The union is still considering whether to sue the company.")),
])
def test_a_hedge_told_in_either_language_is_hedged_in_both(a, b):
    assert "scope" not in found(*a, *b)


def test_a_possible_act_against_the_act_is_a_hedge():
    d = found("en", "Regulators are reviewing a possible merger of the two banks.",
              "en", "Regulators are reviewing a merger of the two banks.")
    assert d["scope"].slot == "hedge"


@pytest.mark.parametrize("text", [
    "The central bank held its rate at 6 percent, as expected.",
    "Rescuers worked as fast as possible to reach the village.",
])
def test_an_outcome_as_foreseen_or_a_wish_hedges_nothing(text):
    assert "scope" not in found("en", text, "en", text.replace(", as expected", "").replace(" as fast as possible", ""))


def test_an_inquiry_told_in_other_words_is_no_hedge():
    # "is investigating the case" reports an act, as "is probing" does
    assert "scope" not in found("en", "Police are investigating the fire at the market.",
                                "en", "Police are probing the fire at the market.")


@pytest.mark.parametrize("a,b,values", [
    (("id", "Kedua pemimpin melakukan pertemuan empat mata sebelum menyaksikan penandatanganan tujuh nota kesepahaman."),
     ("id", "Kedua pemimpin melakukan pertemuan tertutup sebelum menyaksikan penandatanganan sembilan nota kesepahaman."),
     ("tujuh", "sembilan")),
    (("en", "The leaders signed seven agreements after one-on-one talks."),
     ("en", "The leaders signed nine agreements after closed-door talks."), ("seven", "nine")),
    # "satu-satunya" is "the only one": it counts nothing
    (("id", "Atlet itu satu-satunya wakil Indonesia yang meraih tiga medali emas di kejuaraan itu."),
     ("id", "Atlet itu wakil Indonesia yang meraih empat medali emas di kejuaraan itu."), ("tiga", "empat")),
])
def test_a_number_word_in_an_idiom_counts_nothing(a, b, values):
    d = found(*a, *b)["number"]
    assert (d.value_a, d.value_b) == values


@pytest.mark.parametrize("a,b", [
    (("id", "Tim Elang Biru menang 2-1 atas Tim Rajawali dalam final di stadion kota."),
     ("id", "Tim Rajawali kalah 1-2 dari Tim Elang Biru dalam final di stadion kota.")),
    (("en", "The Blue Hawks beat the Falcons 2-1 in the final at the city stadium."),
     ("en", "The Falcons lost 1-2 to the Blue Hawks in the final at the city stadium.")),
    (("en", "The Blue Hawks beat the Falcons 2-1 in the final at the city stadium."),
     ("id", "Tim Rajawali kalah 1-2 dari Tim Elang Biru dalam final di stadion kota.")),
])
def test_a_score_written_from_the_losing_side_is_the_same_result(a, b):
    assert "number" not in found(*a, *b)


@pytest.mark.parametrize("a,b,values", [
    (("id", "Tim Elang Biru menang 2-1 atas Tim Rajawali dalam final di stadion kota."),
     ("id", "Tim Elang Biru menang 3-1 atas Tim Rajawali dalam final di stadion kota."), ("2-1", "3-1")),
    (("en", "The two sides played out a 1-1 draw in the final at the city stadium."),
     ("en", "The two sides played out a 2-2 draw in the final at the city stadium."), ("1-1", "2-2")),
])
def test_two_scores_of_one_game_are_a_number_discrepancy(a, b, values):
    d = found(*a, *b)["number"]
    assert (d.value_a, d.value_b) == values


@pytest.mark.parametrize("a,b,values", [
    (("en", "The assembly adopted the resolution with 121 votes in favour, 14 against and 38 abstentions."),
     ("en", "The assembly adopted the resolution with 121 votes in favour, 38 against and 14 abstentions."),
     ("14; 38", "38; 14")),
    (("id", "Pendapatan negara ditetapkan Rp3.000 triliun dan belanja negara Rp3.600 triliun."),
     ("id", "Pendapatan negara ditetapkan Rp3.600 triliun dan belanja negara Rp3.000 triliun."),
     ("Rp3.000 triliun; Rp3.600 triliun", "Rp3.600 triliun; Rp3.000 triliun")),
])
def test_the_same_figures_traded_between_what_they_count_are_a_number_discrepancy(a, b, values):
    d = found(*a, *b)["number"]
    assert (d.value_a, d.value_b) == values and "traded" in d.detail


@pytest.mark.parametrize("a,b", [
    # the change told the other way round: a cut told as a rise, across languages
    (("en", "The lender cut its growth forecast for the country to 4.8% from 5.1%."),
     ("id", "Lembaga itu memangkas proyeksi pertumbuhan negara itu menjadi 5,1 persen dari sebelumnya 4,8 persen.")),
    (("id", "Bank sentral menaikkan suku bunga acuan dari 5,75 persen menjadi 6 persen."),
     ("en", "The central bank lowered its benchmark rate to 5.75 percent from 6 percent.")),
    # in one language, the new figure told first ("menjadi ... dari sebelumnya ...")
    (("id", "Lembaga itu memangkas proyeksi pertumbuhan menjadi 4,8 persen dari sebelumnya 5,1 persen."),
     ("id", "Lembaga itu memangkas proyeksi pertumbuhan menjadi 5,1 persen dari sebelumnya 4,8 persen.")),
])
def test_a_change_told_the_other_way_round_is_a_high_number_discrepancy(a, b):
    d = found(*a, *b)["number"]
    assert d.severity == "high" or "traded" in d.detail


@pytest.mark.parametrize("a,b", [
    (("en", "The lender cut its growth forecast for the country to 4.8% from 5.1%."),
     ("id", "Lembaga itu memangkas proyeksi pertumbuhan negara itu dari 5,1 persen menjadi 4,8 persen.")),
    (("en", "The lender cut its growth forecast for the country to 4.8% from 5.1%."),
     ("id", "Lembaga itu memangkas proyeksi pertumbuhan negara itu menjadi 4,8 persen dari sebelumnya 5,1 persen.")),
])
def test_one_change_told_in_either_order_is_no_discrepancy(a, b):
    assert "number" not in found(*a, *b)


def test_the_same_figures_told_in_another_order_are_no_discrepancy():
    assert "number" not in found("en", "The crash on the toll road killed 10 people and injured 20 others on Sunday.",
                                 "en", "The crash on the toll road injured 20 people and killed 10 others on Sunday.")


@pytest.mark.parametrize("a,b", [
    (("en", "A wooden boat carrying 146 refugees landed on the beach on Sunday."),
     ("id", "Perahu kayu yang membawa 164 pengungsi mendarat di pantai itu pada Minggu.")),
    (("id", "Perahu kayu yang membawa 146 pengungsi mendarat di pantai itu pada Minggu."),
     ("id", "Perahu kayu yang membawa 164 imigran mendarat di pantai itu pada Minggu.")),
    (("en", "The ferry carried 212 passengers when it caught fire."), ("id", "Kapal feri itu membawa 221 penumpang saat terbakar.")),
])
def test_people_counted_by_what_they_are_are_one_count_in_both_languages(a, b):
    # "refugees" / "pengungsi", "passengers" / "penumpang": people, whichever word counts them
    assert "number" in found(*a, *b)


def test_two_tallies_with_no_word_of_a_result_stay_a_range():
    d = found("id", "Libur sekolah berlangsung 2-3 pekan di provinsi itu.",
              "id", "Libur sekolah berlangsung 4-5 pekan di provinsi itu.")["number"]
    assert "-" not in d.value_a + d.value_b


def test_a_suspicion_in_either_voice_is_no_hedge_the_other_lacks():
    # "menduga" (suspects) and "diduga" (is suspected) both hedge: no scope difference between them
    assert "scope" not in found("id", "Polisi menduga kebakaran itu dipicu korsleting listrik di lantai dua.",
                                "id", "Kebakaran itu diduga dipicu korsleting listrik di lantai dua.")
    assert "scope" not in found("id", "Kami menduga kuat jaringan itu dikendalikan dari luar negeri.",
                                "en", "We strongly suspect the network is controlled from abroad.")


def test_an_estimated_value_is_hedged_in_both_languages():
    assert "scope" not in found("id", "Nilai barang bukti itu ditaksir mencapai Rp120 miliar, kata polisi.",
                                "en", "The seized goods were worth an estimated Rp 120 billion, police said.")


@pytest.mark.parametrize("a,b", [
    (("id", "Kementerian Perhubungan memperkirakan 146 juta orang akan mudik tahun ini."),
     ("en", "The transport ministry has estimated that 146 million people would travel home this year.")),
    (("id", "Ia memperkirakan data itu mencakup sedikitnya 19 juta orang."),
     ("en", "He estimated the data covered at least 19 million people.")),
])
def test_a_speakers_own_estimate_is_what_they_said_in_both_languages(a, b):
    # "memperkirakan" is not a hedge (it is what the ministry says): its English rendering is none either
    assert "scope" not in found(*a, *b)


def test_an_estimated_figure_is_hedged():
    d = found("en", "An estimated 146 million people will travel home this year.",
              "en", "146 million people will travel home this year.")
    assert "scope" in d


def test_a_suspected_case_is_hedged_in_both_languages():
    # "kasus suspek" is how Indonesian health agencies write "suspected cases"
    d = found("id", "Dinas Kesehatan Kota Hilir mencatat 412 kasus suspek campak sejak awal Agustus.",
              "en", "The Hilir city health office recorded 412 suspected measles cases since early August.")
    assert "scope" not in d


@pytest.mark.parametrize("plain,worded_alike,hedged", [
    ("Pertemuan itu membuka babak baru hubungan Jakarta dan Canberra.", "Pertemuan itu merupakan langkah maju bagi kedua negara.",
     "Pertemuan itu diyakini sebagai langkah maju bagi kedua negara."),
    ("The meeting opened a new chapter in ties between Jakarta and Canberra.", "The meeting was a step forward for both countries.",
     "The meeting is believed to be a step forward for both countries."),
])
def test_a_hedge_is_found_against_the_member_of_a_group_worded_like_it(plain, worded_alike, hedged):
    vs = _copies([plain, worded_alike, hedged])
    findings, _edges = D.compare_versions(vs, "test", DEFAULT, (D.ScopeCheck(),))
    assert [f.slot for f in findings] == ["hedge"]


@pytest.mark.parametrize("a,b", [
    (("id", "Pertemuan itu bagian dari kunjungan kenegaraan Presiden ke Jepang."),
     ("id", "Pertemuan itu bagian dari kunjungan kerja Presiden ke Jepang.")),
    (("en", "The meeting is part of the president's state visit to Japan."),
     ("en", "The meeting is part of the president's working visit to Japan.")),
    (("en", "The meeting is part of the president's official working visit to Japan."),
     ("id", "Pertemuan itu bagian dari kunjungan kenegaraan Presiden ke Jepang.")),
])
def test_two_kinds_of_one_thing_are_a_scope_discrepancy(a, b):
    d = found(*a, *b)["scope"]
    assert d.slot == "kind of visit" and d.value_a and d.value_b


@pytest.mark.parametrize("a,b", [
    (("en", "The meeting is part of the president's state visit to Japan."),
     ("id", "Pertemuan itu bagian dari kunjungan kenegaraan Presiden ke Jepang.")),
    (("id", "Pertemuan itu bagian dari kunjungan kerja resmi Presiden ke Jepang."),
     ("id", "Pertemuan itu bagian dari kunjungan kerja Presiden ke Jepang.")),
    (("id", "Pertemuan itu bagian dari kunjungan kenegaraan Presiden ke Jepang."),
     ("id", "Pertemuan itu bagian dari lawatan Presiden ke Jepang.")),
])
def test_the_same_kind_or_no_kind_is_not_a_discrepancy(a, b):
    assert "scope" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    (("id", "Indonesia menjadi negara pertama yang meratifikasi perjanjian itu."),
     ("id", "Indonesia menjadi salah satu negara yang meratifikasi perjanjian itu.")),
    (("en", "Indonesia became the first country to ratify the treaty."),
     ("en", "Indonesia became one of the countries to ratify the treaty.")),
    (("en", "Indonesia became the first country to ratify the treaty."),
     ("id", "Indonesia menjadi salah satu negara yang meratifikasi perjanjian itu.")),
])
def test_the_first_against_one_of_is_a_scope_discrepancy(a, b):
    d = found(*a, *b)["scope"]
    assert d.slot == "first" and d.spans_a and d.spans_b


@pytest.mark.parametrize("a,b", [
    (("id", "Indonesia menjadi salah satu negara pertama yang meratifikasi perjanjian itu."),
     ("id", "Indonesia menjadi salah satu negara yang meratifikasi perjanjian itu.")),
    (("id", "Indonesia menjadi negara pertama yang meratifikasi perjanjian itu."),
     ("en", "Indonesia became the first country to ratify the treaty.")),
])
def test_one_of_the_first_or_first_in_both_is_not_a_scope_discrepancy(a, b):
    assert "scope" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    (("id", "Pemerintah akan menyalurkan bantuan ke desa itu secepat mungkin."),
     ("id", "Pemerintah akan menyalurkan bantuan ke desa itu dengan segera.")),
    (("en", "The government will send aid to the village as soon as possible."),
     ("en", "The government will send aid to the village right away.")),
    (("id", "Pemerintah menahan harga bahan bakar selama mungkin sebelum menaikkannya."),
     ("id", "Pemerintah menahan harga bahan bakar sebelum menaikkannya.")),
])
def test_as_soon_as_possible_is_not_a_hedge(a, b):
    assert "scope" not in found(*a, *b)


@pytest.mark.parametrize("a,b", [
    (("id", "Badan Cuaca Tanjung Batu mengeluarkan peringatan potensi banjir di pesisir Pulau Hilir."),
     ("id", "Badan Cuaca Tanjung Batu mengeluarkan peringatan banjir di pesisir Pulau Hilir.")),
    (("en", "The Tanjung Batu weather agency issued a warning of a potential flood on the Pulau Hilir coast."),
     ("en", "The Tanjung Batu weather agency issued a flood warning on the Pulau Hilir coast.")),
])
def test_a_thing_named_as_potential_does_not_hedge_the_act(a, b):
    """A warning of a potential flood is still a warning issued: only the flood is possible."""
    assert "scope" not in found(*a, *b)


def test_a_reporting_verb_is_not_a_hedge():
    assert "scope" not in found("id", "Sembilan orang dilaporkan meninggal dalam letusan itu.",
                                "id", "Sembilan orang meninggal dalam letusan itu.")


# ------------------------------------------------------------------ negation

@pytest.mark.parametrize("lang,a,b", [
    ("id", "Rusia tidak setuju dengan usulan gencatan senjata itu.", "Rusia setuju dengan usulan gencatan senjata itu."),
    ("en", "Russia did not agree to the ceasefire proposal.", "Russia agreed to the ceasefire proposal."),
    ("en", "Russia didn't agree to the ceasefire proposal.", "Russia agreed to the ceasefire proposal."),
    ("en", "Russia didn’t agree to the ceasefire proposal.", "Russia agreed to the ceasefire proposal."),
])
def test_one_version_denies_what_the_other_asserts(lang, a, b):
    assert found(lang, a, lang, b)["negation"].severity == "high"


@pytest.mark.parametrize("lang,a,b", [
    ("id", "Perundingan itu tidak berhasil menghasilkan gencatan senjata.", "Perundingan itu gagal menghasilkan gencatan senjata."),
    ("id", "Rusia tidak hanya setuju dengan usulan itu.", "Rusia setuju dengan usulan itu."),
    ("en", "Russia not only agreed to the proposal.", "Russia agreed to the proposal."),
])
def test_a_paraphrase_with_a_negation_word_negates_nothing(lang, a, b):
    assert "negation" not in found(lang, a, lang, b)


@pytest.mark.parametrize("la,a,lb,b", [
    # the other version says its "not" in a word whose meaning holds one
    ("id", "Pemerintah kota meminta warga tidak bepergian ke pantai selama cuaca buruk.",
     "id", "Pemerintah kota meminta warga menghindari perjalanan ke pantai selama cuaca buruk."),
    ("id", "Banyak murid tidak sekolah karena harus membantu orang tua mengangkut air.",
     "en", "Many pupils skip school because they must help their parents carry water."),
    # the contrast joined by a conjunction, as a comma joins it
    ("en", '"The new dam must be a lifeline and not a threat," Governor Rina Kusuma said.',
     "en", '"The new dam must be a lifeline, not a threat," Governor Rina Kusuma said.'),
    ("id", '"Bendungan baru harus menjadi penopang hidup dan bukan ancaman," kata Gubernur Rina Kusuma.',
     "id", '"Bendungan baru harus menjadi penopang hidup, bukan ancaman," kata Gubernur Rina Kusuma.'),
    # a negative pronoun or adverb says what "tidak" says
    ("en", "Divers found nothing inside the wreck on Tuesday, the navy said.",
     "id", "Penyelam tidak menemukan apa pun di dalam bangkai kapal pada Selasa, kata TNI AL."),
    ("en", "The pumps barely ran during the night, the operator said.",
     "id", "Pompa nyaris tidak berjalan sepanjang malam, kata operator."),
])
def test_a_negation_said_in_other_words_is_no_denial(la, a, lb, b):
    assert "negation" not in found(la, a, lb, b)


@pytest.mark.parametrize("la,a,lb,b", [
    # ... unless that word is the very one denied
    ("id", "Jembatan gantung itu tidak ditutup sejak Senin.", "id", "Jembatan gantung itu ditutup sejak Senin."),
    ("en", "The suspension bridge has not been closed since Monday.", "id", "Jembatan gantung itu ditutup sejak Senin."),
])
def test_a_negation_against_the_same_word_that_holds_one_is_a_denial(la, a, lb, b):
    assert found(la, a, lb, b)["negation"].severity == "high"


@pytest.mark.parametrize("lang,a,b", [
    ("id", "Serikat buruh mengancam mogok kecuali ada kenaikan upah yang jelas.",
     "Serikat buruh mengancam mogok jika tidak ada kenaikan upah yang nyata."),
    ("en", "The union threatened to strike unless there was a clear pay rise.",
     "The union threatened to strike if there was no real pay rise."),
])
def test_unless_is_if_not(lang, a, b):
    # "unless X" and "if not X" say the same: neither version asserts X
    assert "negation" not in found(lang, a, lang, b)


@pytest.mark.parametrize("a,b", [
    ("Residents should not wait for the water to rise before leaving.", "Residents shouldn't wait for the water to rise before leaving."),
    ("The mayor said people do not need to panic.", "The mayor said people don’t need to panic."),
])
def test_a_contraction_denies_what_its_full_form_denies(a, b):
    assert "negation" not in found("en", a, "en", b)


# ------------------------------------------------------------------ omission

def test_a_material_addition_is_an_omission():
    d = found("id", "Xi mengatakan kedua negara harus menjadi sahabat baja dalam menghadapi dominasi Amerika Serikat.",
              "id", "Xi mengatakan kedua negara harus menjadi sahabat baja.")["omission"]
    assert "Amerika Serikat" in d.detail


@pytest.mark.parametrize("a,b,differ", [
    (("id", "Bupati meninjau banjir di Kabupaten Bogor pada Senin."), ("id", "Bupati meninjau banjir di Kota Bogor pada Senin."),
     True),
    (("id", "Kedua presiden bertemu di Gedung Putih, Negara Bagian Washington, Selasa."),
     ("en", "The two presidents met at the White House, Washington DC, on Tuesday."), True),
    (("en", "The regent toured the flood in Bogor regency on Monday."), ("en", "The regent toured the flood in Bogor city on Monday."),
     True),
    # an Indonesian text keeping a US state's English name, level after it
    (("id", "Menteri itu bertemu para pengusaha di sebuah hotel di Washington State, Senin."),
     ("id", "Menteri itu bertemu para pengusaha di sebuah hotel di Washington DC, Senin."), True),
    (("id", "Menteri itu bertemu para pengusaha di sebuah hotel di Washington State, Senin."),
     ("en", "The minister met business leaders at a hotel in Washington State on Monday."), False),
    # the same level, or no level on one side, is no difference
    (("id", "Bupati meninjau banjir di Kabupaten Bogor pada Senin."), ("en", "The regent toured the flood in Bogor regency on Monday."),
     False),
    (("id", "Bupati meninjau banjir di Kabupaten Bogor pada Senin."), ("id", "Bupati meninjau banjir di Bogor pada Senin."), False),
    # a version that names the place at both levels says both
    (("id", "Banjir melanda Kota Bogor dan Kabupaten Bogor pada Senin."), ("id", "Banjir melanda Kabupaten Bogor pada Senin."),
     False),
    # a regency named by its province's name and a word more lies inside the province
    (("id", "Banjir merendam 300 rumah di Provinsi Lampung pada Senin."),
     ("id", "Banjir merendam 300 rumah di Kabupaten Lampung Selatan pada Senin."), False),
    (("en", "A boat carrying 146 refugees landed on a beach in Aceh province on Sunday."),
     ("id", "Perahu berisi 146 pengungsi mendarat di pantai Kabupaten Aceh Jaya pada Minggu."), False),
])
def test_one_place_at_two_levels_is_an_entity_discrepancy(a, b, differ):
    d = found(*a, *b).get("entity")
    assert (d is not None and d.slot == "place") == differ


@pytest.mark.parametrize("a,b,differ", [
    # two claims matching left apart, each with its own day: two happenings, each in its place
    (("id", "Menteri itu bertemu Presiden di Istana, Washington DC, Selasa (12/11)."),
     ("id", "Menteri itu makan malam dengan para pengusaha di sebuah hotel, Washington State, Senin (11/11)."), False),
    (("en", "The minister met the president at the palace in Washington DC on Tuesday."),
     ("en", "The minister dined with business leaders at a hotel in Washington State on Monday."), False),
    # the same day, or a day on one side only: one happening put at two levels
    (("id", "Menteri itu bertemu para pengusaha di sebuah hotel di Washington DC, Senin."),
     ("id", "Menteri itu bertemu para pengusaha di sebuah hotel di Washington State, Senin."), True),
    (("en", "The minister met business leaders at a hotel in Washington DC on Monday."),
     ("en", "The minister met business leaders at a hotel in Washington State."), True),
])
def test_claims_left_apart_with_different_days_are_not_one_place_at_two_levels(a, b, differ):
    x, y = pair(*a, *b)
    d = D.CloseEntityCheck().compare(x, y, DEFAULT)
    assert (d is not None and d.slot == "place") == differ


@pytest.mark.parametrize("lang,a,b,reworded", [
    # one quotation with a word changed
    ("id", '"Kami akan membangun kembali rumah warga sebelum musim hujan tiba," kata Bupati.',
           '"Kami akan memperbaiki kembali rumah warga sebelum musim hujan tiba," kata Bupati.', True),
    ("en", '"We will rebuild the villagers\' homes before the rainy season comes," the regent said.',
           '"We will repair the villagers\' homes before the rainy season comes," the regent said.', True),
    # two passages of one speaker that open alike (one quote within a cluster, not across two)
    ("id", '"Warga di tiga desa ini sudah mengungsi ke posko sejak hari Senin," kata Bupati.',
           '"Warga di tiga desa ini sudah menerima bantuan beras dan selimut dari BNPB," kata Bupati.', False),
    ("en", '"The villagers of these three villages have fled to the shelters since Monday," the regent said.',
           '"The villagers of these three villages have received rice and blankets from the agency," the regent said.',
     False),
])
def test_claims_left_apart_hold_one_quote_only_when_it_shares_most_words(lang, a, b, reworded):
    x, y = pair(lang, a, lang, b)
    assert D.QuoteCheck().compare(x, y, DEFAULT) is not None  # one quotation changed, within a cluster
    assert (D.CloseQuoteCheck().compare(x, y, DEFAULT) is not None) == reworded


@pytest.mark.parametrize("a,b,changed", [
    # one count of one thing, told otherwise
    (("id", "Sebanyak 40 orang tewas akibat banjir bandang di Garut."),
     ("en", "The flash flood in Garut killed 52 people."), True),
    (("en", "About 60,000 fans attended the concert at the stadium."),
     ("id", "Konser di stadion itu dihadiri sekitar 75.000 penonton."), True),
    # a count of people whose measure is named further off in its claim, and no other measure
    (("en", "The police chief told reporters that the death toll from the fire had reached 48 people."),
     ("id", "Kebakaran itu menewaskan 55 orang."), True),
    (("id", "Kapolda menyatakan bahwa jumlah korban meninggal dunia dalam kebakaran itu mencapai 48 orang."),
     ("en", "The fire killed at least 55 people."), True),
    # two crowds, each counted where its claim says (places that share nothing keep them apart,
    # not a country the longer claim names beside them)
    (("id", "Sekitar 40.000 penonton di Stadion Manahan menghadiri konser penyanyi Korea Selatan itu, yang pertama di Indonesia."),
     ("id", "Konser itu dihadiri sekitar 55.000 penonton dari berbagai kota di Indonesia."), True),
    (("en", "About 40,000 fans at Manahan Stadium attended the South Korean singer's concert, the first in Indonesia."),
     ("en", "About 55,000 fans from across Indonesia attended the concert."), True),
    # the toll of two countries against the toll of one of them
    (("id", "Jumlah korban tewas akibat gempa di Chile dan Peru mencapai 60 orang."),
     ("id", "Di Peru, gempa itu menewaskan 19 orang."), False),
    (("en", "The quake's death toll in Chile and Peru has reached 60 people."), ("en", "In Peru, the quake killed 19 people."),
     False),
    # a figure whose measure one side leaves unsaid may count something else
    (("id", "Kedua menteri menandatangani 15 nota kesepahaman."), ("id", "Kedua menteri menandatangani 25 perjanjian."), False),
    # a claim with two figures of the kind (from one to the other) may be about another of them
    # a figure warned of against one observed
    (("id", "BMKG memperingatkan potensi tsunami setinggi 3 meter di pesisir Padang."),
     ("id", "Tsunami setinggi 1 meter menghantam pesisir Padang."), False),
    (("en", "The agency warned of a potential tsunami of 3 meters on the Padang coast."),
     ("en", "A tsunami of 1 meter hit the Padang coast."), False),
    # a count in a named place against one with none may be the part against the whole
    (("id", "Di Kabupaten Garut, 15 orang dipastikan tewas akibat banjir."), ("en", "At least 48 people were killed in the floods."),
     False),
    (("id", "Tarif impor diturunkan dari 35 persen menjadi 25 persen."),
     ("en", "The tariff on fertiliser was cut from 20 percent to 10 percent."), False),
    # a magnitude is no sum over places: the quake's magnitude in a named region is the quake's
    (("en", "The quake had a preliminary magnitude of 6.9, the agency said."),
     ("id", "Gempa bermagnitudo 6,7 mengguncang Provinsi Bengkulu, kata badan itu."), True),
    (("id", "Gempa berkekuatan magnitudo 6,9 terjadi di lepas pantai, kata badan itu."),
     ("id", "Gempa bermagnitudo 6,7 mengguncang Provinsi Bengkulu, kata badan itu."), True),
])
def test_claims_left_apart_hold_one_figure_only_when_it_surely_counts_the_same(a, b, changed):
    x, y = pair(*a, *b)
    assert (D.CloseNumberCheck().compare(x, y, DEFAULT) is not None) == changed


@pytest.mark.parametrize("lang,a,b", [
    ("id", "Badan geologi mencatat gempa itu bermagnitudo 6,7.\nBadan cuaca mencatat gempa itu bermagnitudo 6,9.\n",
     "Gempa bermagnitudo 6,9 mengguncang pesisir Bengkulu.\n"),
    ("en", "The geology agency put the quake's magnitude at 6.7.\nThe weather agency put the magnitude at 6.9.\n",
     "A magnitude 6.9 quake shook the Bengkulu coast.\n"),
])
def test_an_article_that_gives_both_figures_does_not_disagree_with_one_of_them(lang, a, b):
    _, vs = versions(HEAD[lang] + a, OTHER[lang] + b)
    x = min((v for v in vs if v.article.name == "a.txt"), key=lambda v: v.info.claim.start)
    y = min((v for v in vs if v.article.name == "b.txt"), key=lambda v: v.info.claim.start)
    assert [f.value for f in D.figures(x)] == [6.7] and [f.value for f in D.figures(y)] == [6.9]
    assert D.CloseNumberCheck().compare(x, y, DEFAULT) is None
    # the same article without the other agency's figure does disagree
    _, vs = versions(HEAD[lang] + a.split("\n")[0] + "\n", OTHER[lang] + b)
    x = min((v for v in vs if v.article.name == "a.txt"), key=lambda v: v.info.claim.start)
    y = min((v for v in vs if v.article.name == "b.txt"), key=lambda v: v.info.claim.start)
    assert D.CloseNumberCheck().compare(x, y, DEFAULT) is not None


@pytest.mark.parametrize("a,b,changed", [
    # one happening, another day
    (("id", "Presiden itu tiba di Tokyo pada Selasa malam (18/6)."), ("id", "Presiden itu tiba di Tokyo pada Rabu (19/6/2024)."),
     True),
    (("en", "The president arrived in Tokyo on Tuesday night."), ("en", "The president arrived in Tokyo on Wednesday."), True),
    # two happenings of one story, each on its own day
    (("id", "Presiden itu tiba di Tokyo pada Selasa malam."),
     ("id", "Presiden itu bertemu Perdana Menteri Jepang di istana pada Rabu pagi untuk membahas perdagangan."), False),
    (("en", "The president arrived in Tokyo on Tuesday night."),
     ("en", "The president met the Japanese prime minister at the palace on Wednesday morning to discuss trade."), False),
    # only the people, the place and the words of dates in common: two things said of them
    (("id", "Presiden Prancis Emmanuel Macron dan Presiden Joko Widodo bertemu di Jakarta pada hari Senin."),
     ("id", "Joko Widodo akan terbang ke Jakarta hari Rabu."), False),
    (("en", "French President Emmanuel Macron and President Joko Widodo met in Jakarta on Monday."),
     ("en", "Joko Widodo will fly to Jakarta on Wednesday."), False),
    # the day of a plan against the day of a happening
    (("id", "Menteri itu tiba di Tokyo pada hari Selasa."), ("id", "Menteri itu akan pulang dari Tokyo pada hari Kamis."), False),
    (("en", "The minister arrived in Tokyo on Tuesday."), ("en", "The minister will fly home from Tokyo on Thursday."), False),
    # two moments of one day: the arrival, then the speech
    (("id", "Menteri tiba di stadion sekitar pukul 16.00 WIB."), ("id", "Menteri berpidato di stadion mulai pukul 17.00 WIB."), False),
    (("en", "The minister arrived at the stadium at about 4 p.m."), ("en", "The minister spoke at the stadium from 5 p.m."), False),
])
def test_claims_left_apart_hold_one_day_only_when_they_say_the_same(a, b, changed):
    x, y = pair(*a, *b)
    assert (D.CloseDateCheck().compare(x, y, DEFAULT) is not None) == changed


def test_a_quote_reworded_between_two_claims_matching_left_apart_is_found():
    corpus, vs = versions(HEAD["id"] + '"Kami akan membangun kembali rumah warga sebelum musim hujan tiba," kata Bupati.\n',
                          OTHER["id"] + '"Kami akan memperbaiki kembali rumah warga sebelum musim hujan tiba," kata Bupati.\n')
    x = min((v for v in vs if v.article.name == "a.txt"), key=lambda v: v.info.claim.start)
    y = min((v for v in vs if v.article.name == "b.txt"), key=lambda v: v.info.claim.start)
    corpus.clusters = {v.id: v.id for v in vs}  # each claim alone in its cluster
    corpus.matches = [matching.Match(*sorted((x.id, y.id)), 0.3, "suggested")]
    found_types = {(frozenset((d.a, d.b)), d.type) for d in D.find_discrepancies(corpus, [v.info for v in vs])}
    assert (frozenset((x.id, y.id)), "quote") in found_types
    corpus.matches = []
    assert not D.find_discrepancies(corpus, [v.info for v in vs])


@pytest.mark.parametrize("lang,a,b", [
    ("id", "Gempa bermagnitudo 5,1 itu berpusat di kedalaman 10 kilometer.",
     "Gempa bermagnitudo 7,0 itu berpusat di kedalaman 10,2 kilometer."),
    ("en", "The quake, with a magnitude of 5.1, struck at a depth of 10 kilometers.",
     "The quake, with a magnitude of 7.0, struck at a depth of 10.2 kilometers."),
])
def test_of_two_findings_between_two_claims_the_edge_shows_the_more_severe(lang, a, b):
    # the depths barely differ (low), the magnitudes far apart (high): one edge of a type links
    # two claims, and it is the magnitude's, whichever finding came first
    corpus, vs = versions(HEAD[lang] + a + "\n", OTHER[lang] + b + "\n")
    for v in vs:
        v.info.claim.event = "event:test"  # one happening, whatever the event stage made of two lines
    corpus.clusters = {v.id: v.id for v in vs}  # each claim alone: only the figures the articles lead with meet
    corpus.matches = []
    (d,) = [d for d in D.find_discrepancies(corpus, [v.info for v in vs]) if d.type == "number"]
    assert d.severity == "high" and "magnitude" in d.finding
    assert {f.severity for f in corpus.findings} == {"low", "high"}


@pytest.mark.parametrize("earlier,now", [
    ("Sebelumnya, gubernur menyebut korban tewas akibat banjir itu mencapai 20 orang.",
     "Korban tewas akibat banjir itu mencapai 25 orang, kata gubernur."),
    ("Laporan awal dari petugas menunjukkan 20 orang tewas akibat banjir itu.",
     "Petugas menyatakan 25 orang tewas akibat banjir itu."),
    ("Officials had previously put the death toll from the flood at 20.",
     "Officials put the death toll from the flood at 25."),
    ("Initial reports showed 20 people died in the flood.", "Officials said 25 people died in the flood."),
])
def test_a_figure_told_as_an_earlier_count_is_not_held_against_the_count_now(earlier, now):
    vs = _copies([earlier, now])
    assert D.compare_versions(vs, "test", DEFAULT, (D.NumberCheck(),)) == ([], [])
    assert D.CloseNumberCheck().compare(vs[0], vs[1], DEFAULT) is None


@pytest.mark.parametrize("text", [
    "Kompas - 6 Maret 2025\nJAKARTA, KOMPAS.com - Sebelumnya, BPBD menyebut korban tewas akibat banjir itu 20 orang.\n"
    "Petugas menyatakan korban tewas akibat banjir itu 25 orang.\n",
    "Reuters - 6 March 2025\nJAKARTA (Reuters) - Officials had previously put the death toll from the flood at 20.\n"
    "Officials said the death toll from the flood stood at 25.\n",
])
def test_an_earlier_count_in_the_lead_is_not_the_figure_the_article_leads_with(text):
    _, vs = versions(text)
    led = [f.value for by_claim in D.lead_figures(vs, DEFAULT).values() for f in by_claim.values()]
    assert 20 not in led


@pytest.mark.parametrize("a,b", [
    # the words of a date, or "earlier" dating the happening, do not make the figure an earlier count
    ("Pada Senin, 3 Maret 2025, banjir melanda desa itu. Sehari sebelumnya, hujan deras menewaskan 20 orang di desa itu.",
     "Pada Senin, 3 Maret 2025, banjir melanda desa itu. Sehari sebelumnya, hujan deras menewaskan 25 orang di desa itu."),
    ("Rescuers earlier on Monday pulled 20 people from the rubble.", "Rescuers on Monday pulled 25 people from the rubble."),
])
def test_a_figure_beside_the_words_of_a_date_is_still_compared(a, b):
    vs = [v for v in _copies([a, b]) if any(f.value in (20, 25) for f in D.figures(v))]
    _findings, edges = D.compare_versions(vs, "test", DEFAULT, (D.NumberCheck(),))
    assert len(edges) == 1


# ------------------------------------------------------------------ one finding per disagreement

def _copies(bodies: list[str]):
    outlets = ["Kompas", "Detik", "Tempo", "Antara", "Kontan", "Okezone", "Liputan6", "Republika", "Tribunnews", "Merdeka"]
    texts = [f"{outlets[k]} - 6 Maret 2025\nJAKARTA - {b}\n" for k, b in enumerate(bodies)]
    _, vs = versions(*texts)
    return vs


def test_versions_are_grouped_by_value_and_edges_grow_with_the_values():
    vs = _copies(["Banjir itu menewaskan 9 orang di desa tersebut."] * 5 +
                 ["Banjir itu menewaskan 10 orang di desa tersebut."] * 3)
    findings, edges = D.compare_versions(vs, "test", DEFAULT, (D.NumberCheck(),))
    assert len(findings) == 1
    assert sorted(len(g.claims) for g in findings[0].groups) == [3, 5]
    # 5 x 3 = 15 pairs is over the budget: each version is linked to the other group's representative
    assert len(edges) == 5 + 3 - 1
    nine = set(next(g.claims for g in findings[0].groups if len(g.claims) == 5))
    assert all((e.a in nine) != (e.b in nine) for e in edges)
    assert all(e.finding == findings[0].id and e.group_a and e.group_b for e in edges)
    assert "9 orang" in findings[0].detail and "10 orang" in findings[0].detail


@pytest.mark.parametrize("quoted,elsewhere,changed", [
    ('Kerja sama kedua negara akan dilanjutkan "demi perdamaian dunia", kata Xi.',
     'Xi menutup pidatonya di depan para delegasi dengan seruan "demi kemakmuran bersama".',
     'Kerja sama kedua negara akan dilanjutkan "demi kemakmuran bersama", kata Xi.'),
    ('Cooperation between the two countries will continue "for world peace", Xi said.',
     'Xi closed his speech to the delegates with a call "for shared prosperity".',
     'Cooperation between the two countries will continue "for shared prosperity", Xi said.'),
])
def test_over_the_budget_each_version_is_shown_against_one_that_shows_the_change(quoted, elsewhere, changed):
    # 4 x 4 is over the budget; the other group's first version quotes its words in another
    # sentence, where they cannot be held against these: each outlet is shown against one worded like it
    vs = _copies([quoted] * 4 + [elsewhere] + [changed] * 3)
    (finding,), edges = D.compare_versions(vs, "test", DEFAULT, (D.QuoteCheck(),))
    assert sorted(len(g.claims) for g in finding.groups) == [4, 4]
    names = {v.id: v.article.name for v in vs}
    linked = {names[x] for e in edges for x in (e.a, e.b)}
    assert {"a.txt", "b.txt", "c.txt", "d.txt"} <= linked  # every outlet that quotes it the other way
    assert len(edges) <= len(vs)


def test_small_groups_get_every_pair():
    vs = _copies(["Banjir itu menewaskan 9 orang di desa tersebut."] * 2 +
                 ["Banjir itu menewaskan 10 orang di desa tersebut."] * 2)
    _, edges = D.compare_versions(vs, "test", DEFAULT, (D.NumberCheck(),))
    assert len(edges) == 4


def test_identical_copies_make_no_edge():
    vs = _copies(["Banjir itu menewaskan 9 orang di desa tersebut."] * 6)
    assert D.compare_versions(vs, "test", DEFAULT) == ([], [])


# ------------------------------------------------------------------ the corpus stage

def test_the_figure_each_article_leads_with_is_compared_across_the_event():
    c, _ = versions("Reuters - 6 March 2025\nJAKARTA (Reuters) - The flood in Jakarta killed 9 people on Wednesday, "
                    "officials said.\nThe government will send aid to all affected areas.\n",
                    "Kompas - 6 Maret 2025\nJAKARTA, KOMPAS.com - Banjir di Jakarta menewaskan 10 orang pada Rabu, "
                    "kata pejabat.\n")
    (d,) = [d for d in c.discrepancies if d.type == "number"]
    assert "Reuters" in d.detail and "Kompas" in d.detail
    assert c.findings and c.findings[0].groups


@pytest.mark.parametrize("text,value", [
    ("Kompas - 6 Maret 2025\nJAKARTA, KOMPAS.com - Kapolda menyatakan bahwa jumlah korban meninggal dunia dalam kebakaran "
     "pasar itu mencapai 41 orang.\nPetugas masih memeriksa penyebab kebakaran.\n", 41),
    ("Reuters - 6 March 2025\nJAKARTA (Reuters) - The police chief told reporters that the death toll from the market fire "
     "had reached 41 people.\nInvestigators are still looking into the cause.\n", 41),
])
def test_a_count_whose_measure_its_claim_names_further_off_is_the_articles_figure(text, value):
    _, vs = versions(text)
    dead = {cid: f.value for (_event, measure), by_claim in D.lead_figures(vs, DEFAULT).items() if measure == "dead"
            for cid, f in by_claim.items()}
    assert list(dead.values()) == [value]


@pytest.mark.parametrize("text", [
    "Kompas - 6 Maret 2025\nBanjir Bandang Tewaskan 30 Orang di Garut\nGARUT, KOMPAS.com - Banjir bandang di Garut "
    "menewaskan sedikitnya 30 orang pada Rabu.\nTim SAR masih mencari korban lain.\n",
    "Reuters - 6 March 2025\nFlash flood kills 30 people in Garut\nGARUT (Reuters) - A flash flood in Garut killed at "
    "least 30 people on Wednesday.\nRescuers are still searching for others.\n",
])
def test_the_headline_and_the_lead_that_restate_an_articles_figure_are_each_its_version(text):
    _, vs = versions(text)
    chosen = {cid for by_claim in D.lead_figures(vs, DEFAULT).values() for cid in by_claim}
    stating = {v.id for v in vs if any(f.value == 30 for f in D.figures(v))}
    assert len(stating) == 2 and stating <= chosen


@pytest.mark.parametrize("text", [
    "Kompas - 6 Maret 2025\nBanjir Bandang Tewaskan 30 Orang di Garut\nGARUT, KOMPAS.com - Banjir bandang di Garut "
    "menewaskan 12 orang pada Rabu, sebelum korban bertambah.\n",
    "Reuters - 6 March 2025\nFlash flood kills 30 people in Garut\nGARUT (Reuters) - A flash flood in Garut killed "
    "12 people on Wednesday before the toll rose.\n",
])
def test_a_lead_with_another_figure_than_the_headline_is_not_the_articles_figure(text):
    _, vs = versions(text)
    chosen = {cid for by_claim in D.lead_figures(vs, DEFAULT).values() for cid in by_claim}
    assert not {v.id for v in vs if any(f.value == 12 for f in D.figures(v))} & chosen


@pytest.mark.parametrize("text", [
    "Kompas - 6 Maret 2025\nGARUT, KOMPAS.com - Jumlah korban tewas direvisi dari 34 orang menjadi 30 orang.\n"
    "Banjir bandang di Garut menewaskan sedikitnya 30 orang pada Rabu.\nTim SAR masih mencari korban lain.\n",
    "Reuters - 6 March 2025\nGARUT (Reuters) - The death toll was revised from 34 to 30.\n"
    "A flash flood in Garut killed at least 30 people on Wednesday.\nRescuers are still searching for others.\n",
])
def test_a_claim_that_revises_the_figure_is_not_the_articles_version_beside_one_that_states_it(text):
    _, vs = versions(text)
    chosen = {cid for by_claim in D.lead_figures(vs, DEFAULT).values() for cid in by_claim}
    revising = {v.id for v in vs if any(f.value == 34 for f in D.figures(v))}
    stating = {v.id for v in vs if v.id not in revising and any(f.value == 30 for f in D.figures(v))}
    assert len(revising) == 1 and len(stating) == 1
    assert stating <= chosen and not revising & chosen


def test_a_weekday_that_is_not_its_dates_weekday_is_flagged_on_the_claim():
    c, _ = versions("Kompas - 6 Mei 2024\nSLEMAN, KOMPAS.com - Kebakaran terjadi di pasar pada Sabtu (5/5/2024) "
                    "malam di Pasar Sentosa.\n")
    (d,) = [d for d in c.discrepancies if d.type == "date"]
    assert d.a == d.b and "Sunday" in d.detail


def test_a_figure_that_contradicts_the_lead():
    c, _ = versions("Kompas - 6 Maret 2025\nJAKARTA, KOMPAS.com - Banjir di Jakarta menewaskan 9 orang pada Rabu.\n"
                    "Hujan deras turun sejak pagi di seluruh wilayah kota.\n"
                    "Petugas menutup sejumlah jalan utama.\n"
                    "Banjir itu menewaskan 14 orang, kata kepala BPBD.\n")
    assert [d.type for d in c.discrepancies] == ["context"]


@pytest.mark.parametrize("text", [
    "Kompas - 6 Maret 2025\nJAKARTA, KOMPAS.com - Banjir bandang menewaskan sedikitnya 40 orang pada Rabu.\n"
    "Hujan deras turun sejak pagi di seluruh wilayah provinsi.\n"
    "Petugas menutup sejumlah jalan utama.\n"
    "Sedikitnya 12 orang tewas di Kabupaten Garut.\n",
    "Reuters - 6 March 2025\nJAKARTA (Reuters) - Flash floods killed at least 40 people on Wednesday.\n"
    "Heavy rain fell across the province from the morning.\n"
    "Officers closed several main roads.\n"
    "At least 12 people died in Garut regency.\n",
])
def test_a_figure_for_one_place_further_down_is_a_part_not_a_contradiction(text):
    c, _ = versions(text)
    assert [d.type for d in c.discrepancies] == []


def test_a_figure_that_was_updated_does_not_contradict_the_lead():
    c, _ = versions("Kompas - 6 Maret 2025\nJAKARTA, KOMPAS.com - Banjir di Jakarta menewaskan 9 orang pada Rabu.\n"
                    "Hujan deras turun sejak pagi di seluruh wilayah kota.\n"
                    "Petugas menutup sejumlah jalan utama.\n"
                    "Korban tewas kemudian bertambah menjadi 14 orang, kata kepala BPBD.\n")
    assert [d.type for d in c.discrepancies] == []


@pytest.mark.parametrize("right,wrong_a,wrong_b", [
    ("Nilai perdagangan kedua negara mencapai 58 miliar dolar AS tahun lalu.",
     "Nilai perdagangan kedua negara mencapai 57 miliar dolar AS tahun lalu.",
     "Nilai perdagangan kedua negara mencapai 56 miliar dolar AS tahun lalu."),
    ("Trade between the two countries reached $58 billion last year.",
     "Trade between the two countries reached $57 billion last year.",
     "Trade between the two countries reached $56 billion last year."),
    # a count named by the word after it (not a toll that moves as it is updated)
    ("Kedua menteri menandatangani 12 nota kesepahaman di Jakarta.",
     "Kedua menteri menandatangani 15 nota kesepahaman di Jakarta.",
     "Kedua menteri menandatangani 16 nota kesepahaman di Jakarta."),
    ("The two ministers signed 12 memorandums in Jakarta.",
     "The two ministers signed 15 memorandums in Jakarta.",
     "The two ministers signed 16 memorandums in Jakarta."),
])
def test_two_wrong_values_are_each_drawn_against_the_reference_not_against_each_other(right, wrong_a, wrong_b):
    vs = _copies([right, right, wrong_a, wrong_b])
    findings, edges = D.compare_versions(vs, "test", DEFAULT, (D.NumberCheck(),))
    (finding,) = findings
    assert len(finding.groups) == 3  # every value is shown
    by_article = {v.id: v.article.name for v in vs}
    pairs = {frozenset((by_article[e.a], by_article[e.b])) for e in edges}
    # the two outlets that got it wrong are each linked to the two that agree, not to each other
    assert pairs == {frozenset(p) for p in (("a.txt", "c.txt"), ("b.txt", "c.txt"), ("a.txt", "d.txt"), ("b.txt", "d.txt"))}


@pytest.mark.parametrize("texts", [
    ["Gempa itu menewaskan sedikitnya 40 orang, kata petugas.",
     "Gempa itu menewaskan sedikitnya 75 orang, kata petugas.",
     "Gempa itu menewaskan sedikitnya 120 orang, kata petugas."],
    ["The earthquake killed at least 40 people, officials said.",
     "The earthquake killed at least 75 people, officials said.",
     "The earthquake killed at least 120 people, officials said."],
])
def test_three_counts_of_a_moving_toll_are_each_shown_against_the_others(texts):
    # a toll moves as it is updated: each count is a snapshot, and each two snapshots disagree
    vs = _copies(texts)
    _findings, edges = D.compare_versions(vs, "test", DEFAULT, (D.NumberCheck(),))
    by_article = {v.id: v.article.name for v in vs}
    pairs = {frozenset((by_article[e.a], by_article[e.b])) for e in edges}
    assert pairs == {frozenset(p) for p in (("a.txt", "b.txt"), ("a.txt", "c.txt"), ("b.txt", "c.txt"))}


@pytest.mark.parametrize("texts", [
    ["Gempa itu menewaskan 125 orang, kata petugas.", "Gempa itu menewaskan paling banyak 125 orang, kata petugas.",
     "Gempa itu menewaskan 127 orang, kata petugas.", "Gempa itu menewaskan 174 orang, kata petugas."],
    ["The earthquake killed 125 people, officials said.", "The earthquake killed as many as 125 people, officials said.",
     "The earthquake killed 127 people, officials said.", "The earthquake killed 174 people, officials said."],
])
def test_a_toll_told_two_ways_is_one_snapshot_and_the_others_are_drawn_against_each_other(texts):
    # "125" and "at most 125" agree: three counts of the toll (125, 127, 174), not four, so each
    # two that disagree are linked: 127 against 174 too, not only each against 125
    vs = _copies(texts)
    (finding,), edges = D.compare_versions(vs, "test", DEFAULT, (D.NumberCheck(),))
    assert len(finding.groups) == 4
    by_article = {v.id: v.article.name for v in vs}
    pairs = {frozenset((by_article[e.a], by_article[e.b])) for e in edges}
    assert frozenset(("c.txt", "d.txt")) in pairs
    assert frozenset(("a.txt", "b.txt")) not in pairs  # they agree


@pytest.mark.parametrize("texts", [
    ['"Kedua kota harus menjaga tujuan awal kerja sama untuk generasi mendatang," kata Hartono.',
     '"Kedua kota harus menjunjung tinggi niat awal kerja sama untuk generasi mendatang," kata Hartono.',
     '"Kedua kota harus memelihara cita-cita awal kerja sama untuk generasi mendatang," kata Hartono.'],
    ['"Both cities must keep the original goal of cooperation for future generations," Hartono said.',
     '"Both cities must uphold the original intention of cooperation for future generations," Hartono said.',
     '"Both cities must preserve the original aspiration of cooperation for future generations," Hartono said.'],
])
def test_three_renderings_of_a_quotation_are_each_shown_against_the_others(texts):
    # no rendering is the speaker's own words to be the reference: each differs from each
    vs = _copies(texts)
    _findings, edges = D.compare_versions(vs, "test", DEFAULT, (D.QuoteCheck(),))
    by_article = {v.id: v.article.name for v in vs}
    pairs = {frozenset((by_article[e.a], by_article[e.b])) for e in edges}
    assert pairs == {frozenset(p) for p in (("a.txt", "b.txt"), ("a.txt", "c.txt"), ("b.txt", "c.txt"))}


def test_a_longer_excerpt_of_the_reference_quote_counts_for_the_reference():
    vs = _copies(['Kerja sama akan dilanjutkan "demi perdamaian dunia", kata Xi.',
                  '"Kami akan terus bekerja sama demi perdamaian dunia," ujar Xi.',
                  'Kerja sama akan dilanjutkan "demi kemakmuran bersama", kata Xi.'])
    findings, edges = D.compare_versions(vs, "test", DEFAULT, (D.QuoteCheck(),))
    by_article = {v.id: v.article.name for v in vs}
    # the excerpt and the full quote agree; the changed quote is drawn against the full one too
    assert {frozenset((by_article[e.a], by_article[e.b])) for e in edges} >= {frozenset(("b.txt", "c.txt"))}


@pytest.mark.parametrize("lang,texts", [
    ("id", ["Detik - 7 Maret 2025\nJakarta - Kedua presiden bertemu di Paris pada hari Jumat.\n"
            "Presiden Prancis dijadwalkan kembali ke Paris pada hari Minggu.\n",
            "Kompas - 7 Maret 2025\nJAKARTA - Kedua presiden bertemu di Paris pada hari Jumat.\n"]),
    ("en", ["AP - 7 March 2025\nPARIS (AP) - The two presidents met in Paris on Friday.\n"
            "The French president is due back in Paris on Sunday.\n",
            "Reuters - 7 March 2025\nPARIS (Reuters) - The two presidents met in Paris on Friday.\n"]),
])
def test_values_one_article_states_for_two_claims_are_not_a_disagreement(lang, texts):
    # should the two claims of a.txt land in one cluster, a.txt itself tells their days apart
    _, vs = versions(*texts)
    findings, edges = D.compare_versions(vs, "test", DEFAULT, (D.DateCheck(),))
    assert edges == []


@pytest.mark.parametrize("first,alike,changed", [
    ('Kerja sama akan dilanjutkan "demi stabilitas kawasan", kata Xi.',
     'Xi berjanji kedua negara akan terus bekerja sama "demi stabilitas kawasan".',
     'Xi berjanji kedua negara akan terus bekerja sama "demi kemakmuran bersama".'),
    ('The aim is "regional stability", Xi told reporters after the talks.',
     'Xi promised that the two countries would keep working together for "regional stability".',
     'Xi promised that the two countries would keep working together for "shared prosperity".'),
])
def test_a_changed_quote_is_found_through_the_member_worded_like_it(first, alike, changed):
    # the group's first version words the statement otherwise; its twin shows the change
    vs = _copies([first, alike, changed])
    findings, edges = D.compare_versions(vs, "test", DEFAULT, (D.QuoteCheck(),))
    by_article = {v.id: v.article.name for v in vs}
    assert len(findings) == 1
    assert frozenset(("b.txt", "c.txt")) in {frozenset((by_article[e.a], by_article[e.b])) for e in edges}


@pytest.mark.parametrize("a,b,differ", [
    (("en", "Lula da Silva and William Ruto met on Saturday in Nairobi."), ("id", "Lula da Silva dan William Ruto bertemu pada Minggu di Nairobi."), True),
    (("id", "Lula da Silva dan William Ruto bertemu pada Sabtu di Nairobi."), ("id", "Lula da Silva dan William Ruto bertemu pada Minggu di Nairobi."), True),
    # the quake on Monday, the rescue on Tuesday: two happenings of one event
    (("id", "Gempa berkekuatan magnitudo 6,8 mengguncang pesisir barat Chile pada Senin."),
     ("en", "Rescue teams struggled on Tuesday to reach isolated villages."), False),
    (("en", "A magnitude 6.8 quake struck the west coast of Chile on Monday."),
     ("en", "Rescue teams struggled on Tuesday to reach isolated villages."), False),
])
def test_the_day_articles_lead_with_is_compared_when_they_report_one_happening(a, b, differ):
    x, y = pair(*a, *b)
    assert (D.LeadDateCheck({x.id, y.id}).compare(x, y, DEFAULT) is not None) == differ



# ------------------------------------------------------------------ the figure a count was revised from

@pytest.mark.parametrize("a,b,differ", [
    (("en", "The death toll from the landslide was revised from 52 to 40 on Friday."),
     ("id", "Jumlah korban tewas longsor itu diralat dari semula 47 orang menjadi 40 orang."), True),
    (("id", "Polisi merevisi jumlah korban tewas dari sebelumnya 52 orang menjadi 40 orang."),
     ("id", "Korban meninggal tercatat 47 orang (sebelum akhirnya diralat jadi 40 orang)."), True),
    # the same figure before and after: no disagreement
    (("en", "The death toll from the landslide was revised from 52 to 40 on Friday."),
     ("id", "Jumlah korban tewas longsor itu direvisi dari 52 orang menjadi 40 orang."), False),
    # another figure now: two revisions (or one count further on), not one told two ways
    (("en", "The death toll from the landslide was revised from 52 to 40 on Friday."),
     ("en", "The death toll from the landslide rose from 47 to 61 on Saturday."), False),
    # a claim that gives two figures with no word of change revises nothing
    (("id", "Longsor itu menewaskan 12 orang di Cianjur dan 40 orang di Garut."),
     ("id", "Jumlah korban tewas direvisi dari 52 orang menjadi 40 orang."), False),
])
def test_the_figure_a_count_was_revised_from(a, b, differ):
    x, y = pair(*a, *b)
    if D.revision(x) is None or D.revision(y) is None:
        assert not differ
        return
    d = D.RevisionCheck().compare(x, y, DEFAULT)
    assert (d is not None) == differ
    if differ:
        assert d.type == "number" and "40" in d.detail


@pytest.mark.parametrize("lang,text,before,now", [
    ("id", "Lomba itu kini diikuti tujuh tim dari sebelumnya sembilan tim.", 9, 7),
    ("en", "The contest now has seven teams, down from nine.", 9, 7),
    # a figure marked as it now stands keeps its place, told first or last
    ("id", "Jumlah tim menjadi tujuh dari sebelumnya sembilan.", 9, 7),
    ("en", "The toll was revised from 52 to 40.", 52, 40),
])
def test_the_figure_told_as_before_is_the_one_a_revision_replaced(lang, text, before, now):
    """With no figure marked as it now stands, the last one is the new unless a word of an earlier
    count leads it ("dari sebelumnya sembilan", "down from nine"): that one was replaced."""
    x, _ = pair(lang, text, lang, text)
    old, new = D.revision(x)
    assert (old.value, new.value) == (before, now)


def test_two_revisions_from_different_figures_are_found_across_the_event():
    c, _ = versions("Reuters - 6 March 2025\nGARUT (Reuters) - A landslide buried a village in Garut on Wednesday.\n"
                    "The death toll was later revised from 52 to 40, police said.\n",
                    "Kompas - 6 Maret 2025\nGARUT, KOMPAS.com - Longsor menimbun sebuah desa di Garut pada Rabu.\n"
                    "Jumlah korban tewas kemudian diralat dari semula 47 orang menjadi 40 orang, kata polisi.\n")
    assert [d for d in c.discrepancies if d.type == "number" and "revised" in d.detail]


# ------------------------------------------------------------------ a length in days against a range of dates

@pytest.mark.parametrize("a,b,differ", [
    # the first day in common, the last not: two spans
    (("id", "Pameran buku itu digelar pada 5–12 Oktober 2025 di Makassar."),
     ("id", "Pameran buku itu digelar pada 5-14 Oktober 2025 di Makassar."), True),
    (("en", "The book fair runs October 5-12, 2025 in Makassar."),
     ("id", "Pameran buku itu digelar pada 5-14 Oktober 2025 di Makassar."), True),
    # the span's first day alone is no other date, and the same span told two ways agrees
    (("id", "Pameran buku itu dibuka pada 5 Oktober 2025 di Makassar."),
     ("id", "Pameran buku itu digelar pada 5-12 Oktober 2025 di Makassar."), False),
    (("en", "The book fair runs from October 5 to 12, 2025 in Makassar."),
     ("id", "Pameran buku itu digelar pada 5 hingga 12 Oktober 2025 di Makassar."), False),
])
def test_two_spans_of_days_that_end_apart_differ(a, b, differ):
    d = found(*a, *b).get("date")
    assert (d is not None) == differ
    if differ:
        assert "5" in d.value_a and "12" in d.value_a  # the span whole, as written

@pytest.mark.parametrize("a,b,differ", [
    (("en", "The minister began a 12-day tour of Asia on Monday."),
     ("id", "Menteri itu melakukan lawatan ke Asia pada 3–8 Maret 2025."), True),
    (("id", "Menteri itu melakukan lawatan enam hari ke Asia."),
     ("id", "Menteri itu melakukan lawatan ke Asia pada 3 hingga 12 Maret 2025."), True),
    (("en", "The minister began a six-day tour of Asia."), ("en", "The minister toured Asia from 3 to 8 March 2025."), False),
    # a length may count the nights: one day off is the same length
    (("en", "The minister began a five-day tour of Asia."), ("id", "Menteri itu melakukan lawatan ke Asia pada 3–8 Maret 2025."),
     False),
    # no range: a date alone says nothing of the length
    (("en", "The minister began a 12-day tour of Asia."), ("id", "Menteri itu memulai lawatan ke Asia pada 3 Maret 2025."), False),
])
def test_a_length_in_days_against_a_range_of_dates(a, b, differ):
    x, y = pair(*a, *b)
    d = D.SpanCheck().compare(x, y, DEFAULT)
    assert (d is not None) == differ
    if differ:
        assert d.type == "number" and "days" in d.detail


# ------------------------------------------------------------------ a plan against another article's headline

@pytest.mark.parametrize("lang,plan,headline,differ", [
    ("id", "Presiden Joko Widodo dikabarkan akan bertemu dengan Perdana Menteri Anthony Albanese di Canberra.",
     "Joko Widodo dan Anthony Albanese Bertemu di Canberra", True),
    ("en", "President Joko Widodo will meet Prime Minister Anthony Albanese in Canberra.",
     "Joko Widodo and Anthony Albanese meet in Canberra", True),
    # the headline reports another act of the same people
    ("id", "Presiden Joko Widodo dikabarkan akan bertemu dengan Perdana Menteri Anthony Albanese di Canberra.",
     "Joko Widodo dan Anthony Albanese Tiba di Canberra", False),
    # one person in common: the plan of one against the news of another
    ("id", "Presiden Joko Widodo dikabarkan akan bertemu dengan Perdana Menteri Anthony Albanese di Canberra.",
     "Joko Widodo dan Christopher Luxon Bertemu di Wellington", False),
    ("en", "President Joko Widodo will meet Prime Minister Anthony Albanese in Canberra.",
     "Joko Widodo and Anthony Albanese arrive in Canberra", False),
])
def test_a_plan_against_another_articles_headline_that_reports_it_done(lang, plan, headline, differ):
    _, vs = versions(HEAD[lang] + plan + "\n", OTHER[lang].split("\n")[0] + "\n" + headline + "\n" + OTHER[lang].split("\n")[1]
                     + ("Presiden Joko Widodo dan Perdana Menteri Anthony Albanese membahas perdagangan." if lang == "id"
                        else "President Joko Widodo and Prime Minister Anthony Albanese discussed trade.") + "\n")
    x = min((v for v in vs if v.article.name == "a.txt"), key=lambda v: v.info.claim.start)
    y = next(v for v in vs if v.article.name == "b.txt" and v.info.claim.claim_type == "headline")
    d = D.HeadlineTenseCheck().compare(x, y, DEFAULT)
    assert (d is not None) == differ
    if differ:
        assert d.type == "temporal"


@pytest.mark.parametrize("text", [
    "Kompas - 5 Mei 2024\nNAIROBI, KOMPAS.com - Presiden Lula da Silva dan Presiden William Ruto bertemu di Nairobi pada Sabtu (4/5).\n"
    "Keduanya membahas perdagangan dan pertanian.\nPertemuan kedua pemimpin itu berlangsung di sela KTT Uni Afrika pada Sabtu (4/5).\n"
    "Para pengunjuk rasa berkumpul di pusat kota pada Sabtu (4/5).\n",
    "Reuters - 5 May 2024\nNAIROBI (Reuters) - President Lula da Silva and President William Ruto met in Nairobi on Saturday.\n"
    "The two discussed trade and farming.\nThe meeting of the two leaders took place on the sidelines of the African Union summit "
    "on Saturday.\nProtesters gathered in the city centre on Saturday.\n",
])
def test_a_later_claim_restating_the_day_of_the_happening_is_the_articles_version_of_it(text):
    _, vs = versions(text)
    chosen = {cid for ids in D.lead_dates(vs, DEFAULT).values() for cid in ids}
    said = {v.id: v.info.claim.text for v in vs}
    assert any(said[c].startswith(("Presiden Lula da Silva", "President Lula da Silva")) for c in chosen)
    assert any(said[c].startswith(("Pertemuan", "The meeting")) for c in chosen)
    # the same day, another happening
    assert not any(said[c].startswith(("Para pengunjuk", "Protesters")) for c in chosen)


# ------------------------------------------------------------------ the same thing counted by name across an event

@pytest.mark.parametrize("a,b,differ", [
    (("id", "Sidang itu dihadiri oleh 575 anggota DPR dan para menteri."),
     ("id", "Dari 580 anggota DPR, sebagian besar hadir dalam sidang itu."), True),
    (("en", "The session was attended by 575 Congress members and the cabinet."),
     ("en", "Of the 580 Congress members, most attended the session."), True),
    (("en", "The session was attended by 575 Congress members and the cabinet."),
     ("en", "About 600 Congress members attended the session."), False),  # about 600 may be 575
    (("en", "The storm killed 12 people Monday in the port city."),
     ("en", "The storm killed 15 people Monday in the fishing village."), False),  # a weekday names nothing counted
    (("id", "Sebanyak 30 warga Palestina tewas dalam serangan itu."),
     ("id", "Sebanyak 120 warga Palestina ditangkap dalam operasi itu."), False),  # the dead against the arrested
    (("id", "Sidang itu dihadiri oleh 575 anggota DPR dan para menteri."),
     ("id", "Sidang itu dihadiri oleh 575 anggota DPR serta tamu undangan."), False),
])
def test_the_same_thing_counted_by_name_with_two_figures(a, b, differ):
    x, y = pair(*a, *b)
    d = D.CountedThingCheck().compare(x, y, DEFAULT)
    assert (d is not None) == differ
    if differ:
        assert d.type == "number" and "575" in d.detail and "580" in d.detail


def test_the_same_thing_counted_by_name_is_compared_across_the_event():
    c, _ = versions("Kompas - 6 Maret 2025\nJAKARTA, KOMPAS.com - Pelantikan itu dihadiri oleh 575 anggota DPR serta tamu "
                    "kehormatan.\nAcara berlangsung khidmat.\n",
                    "Detik - 6 Maret 2025\nJakarta - Sebanyak 560 dari 580 anggota DPR menyaksikan pelantikan tersebut.\n"
                    "Para tamu mulai datang sejak pagi.\n")
    assert [d for d in c.discrepancies if d.type == "number" and "575" in d.detail and "580" in d.detail]


# ------------------------------------------------------------------ a change in percent against one in points

@pytest.mark.parametrize("a,b,differ", [
    (("en", "The government announced a 5% cut in the tax on rice imports."),
     ("id", "Pemerintah memangkas pajak impor beras sebesar 5 poin persentase."), True),
    (("id", "Bank sentral memangkas suku bunga sebesar 2 persen."), ("id", "Bank sentral memangkas suku bunga sebesar 2 poin."), True),
    # the level a figure was brought to is no change
    (("id", "Pemerintah memangkas pajak impor beras menjadi 5 persen."),
     ("id", "Pemerintah memangkas pajak impor beras sebesar 5 poin persentase."), False),
    # the version shows the change in points itself
    (("en", "The government cut the tax on rice imports by 5%, from 20% to 15%."),
     ("id", "Pemerintah memangkas pajak impor beras sebesar 5 poin persentase."), False),
    (("en", "The government announced a 5% cut in the tax on rice imports."),
     ("id", "Pemerintah memangkas pajak impor beras sebesar 5 persen."), False),
])
def test_a_change_in_percent_against_one_in_points(a, b, differ):
    x, y = pair(*a, *b)
    d = D.PointCheck().compare(x, y, DEFAULT)
    assert (d is not None) == differ
    if differ:
        assert d.type == "number" and "points" in d.detail


@pytest.mark.parametrize("lang,text,levels", [
    # a level word that goes on into a longer name is part of that name, not the place's level
    ("en", "The study was led by researchers at Ohio State University on Friday.", []),
    ("id", "Kedua pemimpin bertemu di Riverside State Guest House pada hari Rabu.", []),
    # ... unless the word names one of the place's own bodies, or a day follows it
    ("en", "The Washington State Department of Health reported two cases on Friday.", ["state"]),
    ("id", "Menteri itu bertemu para pengusaha di Washington State Senin lalu.", ["state"]),
    ("en", "The regent toured the flood in Bogor regency on Monday.", ["regency"]),
])
def test_a_level_word_inside_a_longer_name_is_no_level(lang, text, levels):
    x, _y = pair(lang, text, lang, text)
    assert [level for _w, level, _s in D._place_levels(x)] == levels


# ------------------------------------------------------------------ two agencies' readings

QUAKE_A = {"id": "Kompas - 6 Maret 2025\nJAKARTA, KOMPAS.com - Gempa bermagnitudo 6,6 mengguncang Provinsi Karsova, Turki, "
                 "pada Rabu (5/3/2025) pagi.\nWarga berhamburan keluar rumah.\n",
           "en": "Reuters - 6 March 2025\nANKARA (Reuters) - A magnitude 6.6 earthquake struck Karsova province in Turkey "
                 "on Wednesday morning.\nResidents ran out of their homes.\n"}
QUAKE_B = {"id": "Detik - 6 Maret 2025\nJakarta - Gempa bermagnitudo 6,9 mengguncang Provinsi Karsova, Turki, pada Rabu "
                 "(5/3/2025) pagi.\nBanyak bangunan runtuh.\n",
           "en": "AP - 6 March 2025\nANKARA (AP) - A magnitude 6.9 earthquake struck Karsova province in Turkey on Wednesday "
                 "morning.\nMany buildings collapsed.\n"}
QUAKE_BOTH = {"id": "Tempo - 6 Maret 2025\nJakarta - Gempa mengguncang Provinsi Karsova, Turki, pada Rabu (5/3/2025) pagi. "
                    "Badan bencana Turki mencatat magnitudo 6,6, sedangkan USGS mencatat magnitudo 6,9.\n",
              "en": "AFP - 6 March 2025\nANKARA (AFP) - An earthquake struck Karsova province in Turkey on Wednesday morning. "
                    "Turkey's disaster agency reported a magnitude of 6.6, while USGS reported a magnitude of 6.9.\n"}


def _numbers_between_a_and_b(texts: dict[str, str]) -> list:
    """The number discrepancies the corpus stage draws between a.txt's and b.txt's claims."""
    return [d for d in analyze_texts(texts).discrepancies
            if d.type == "number" and {d.a.split("#")[0], d.b.split("#")[0]} == {"claim:a", "claim:b"}]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_two_readings_the_event_gives_side_by_side_do_not_disagree(lang):
    # alone, 6.6 against 6.9 is a discrepancy; once a report of the event gives both as two
    # agencies' readings, an outlet giving one does not disagree with one giving the other
    assert _numbers_between_a_and_b({"a.txt": QUAKE_A[lang], "b.txt": QUAKE_B[lang]})
    assert not _numbers_between_a_and_b({"a.txt": QUAKE_A[lang], "b.txt": QUAKE_B[lang], "c.txt": QUAKE_BOTH[lang]})


QUAKE_REVISED = {
    "id": "Tempo - 6 Maret 2025\nJakarta - Gempa mengguncang Provinsi Karsova, Turki, pada Rabu (5/3/2025) pagi. "
          "Badan bencana Turki awalnya mencatat magnitudo 6,9, lalu merevisinya menjadi magnitudo 6,6.\n",
    "en": "AFP - 6 March 2025\nANKARA (AFP) - An earthquake struck Karsova province in Turkey on Wednesday morning. "
          "Turkey's disaster agency initially reported a magnitude of 6.9, later revised to a magnitude of 6.6.\n"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_reading_revised_is_no_second_reading_beside_the_first(lang):
    # the first reading was replaced: an outlet that gives it as final still disagrees
    assert _numbers_between_a_and_b({"a.txt": QUAKE_A[lang], "b.txt": QUAKE_B[lang], "c.txt": QUAKE_REVISED[lang]})


def test_a_count_two_reports_give_side_by_side_still_disagrees():
    # a toll is updated, not read by two agencies: an article giving 9 and 10 does not explain them
    a = "Kompas - 6 Maret 2025\nGARUT, KOMPAS.com - Banjir bandang di Garut menewaskan 9 orang pada Rabu (5/3/2025).\n"
    b = "Detik - 6 Maret 2025\nGarut - Banjir bandang di Garut menewaskan 10 orang pada Rabu (5/3/2025).\n"
    c = ("Tempo - 6 Maret 2025\nGarut - Banjir bandang melanda Garut pada Rabu (5/3/2025). Polisi menyebut 9 orang tewas, "
         "sedangkan BPBD menyebut 10 orang tewas.\n")
    assert [d for d in analyze_texts({"a.txt": a, "b.txt": b, "c.txt": c}).discrepancies
            if d.type == "number" and {d.a, d.b} == {"claim:a#c000", "claim:b#c000"}]


# ------------------------------------------------------------------ a claim that is its quotation

RATING = {
    "id": ('Menteri Luar Negeri Darmawan memuji pertemuan itu. "Saya beri nilai sembilan dari sepuluh," ujar Darmawan '
           'dengan nada puas.\n',
           'Menteri Luar Negeri Darmawan memuji pertemuan itu.\n“Kalau skalanya satu sampai sepuluh, dengan sepuluh yang '
           'terbaik, pertemuan ini bernilai sembilan.”\n'),
    "en": ('Foreign Minister Darmawan praised the meeting. "I give it nine out of ten," Darmawan said with a smile.\n',
           'Foreign Minister Darmawan praised the meeting.\n“On a scale from one to ten, with ten the best, I would say the '
           'meeting was a nine.”\n'),
}


def _quoting(lang: str, a: str, b: str):
    _, vs = versions(HEAD[lang] + a, OTHER[lang] + b)
    return [next(v for v in vs if v.article.name == name and v.slots.quotes) for name in ("a.txt", "b.txt")]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_claim_that_is_nothing_but_its_quotation_reworded_is_a_changed_quote(lang):
    # the matcher holds the two as one claim; one is only the quotation, the other gives it to
    # the same speaker: other words quoted are the quotation changed, shared words or not
    x, y = _quoting(lang, *RATING[lang])
    d = D.QuoteCheck().compare(x, y, DEFAULT)
    assert d is not None and d.type == "quote"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_two_speakers_quoted_in_other_words_are_two_quotations(lang):
    a, b = RATING[lang]
    x, y = _quoting(lang, a, b.replace("Darmawan", "Kusuma"))
    assert x.info.speaker != y.info.speaker
    assert D.QuoteCheck().compare(x, y, DEFAULT) is None


# ------------------------------------------------------------------ a plan against a photo of it done

PLAN_AND_PHOTO = {
    "id": ("Presiden Prabowo Subianto akan bertemu dengan Perdana Menteri Anthony Albanese di Canberra.\n",
           "Keduanya membahas kerja sama pertahanan.\n",
           "Presiden Prabowo Subianto dan Perdana Menteri Anthony Albanese berjabat tangan di Canberra, Australia, "
           "12 November 2024 ((Antara))\n", "ARSIP - "),
    "en": ("President Prabowo Subianto will meet Prime Minister Anthony Albanese in Canberra.\n",
           "The two discussed defence cooperation.\n",
           "President Prabowo Subianto and Prime Minister Anthony Albanese shake hands in Canberra, Australia, "
           "November 12, 2024. (AP Photo/Jane Doe)\n", "FILE - "),
}


def _plan_and_caption(lang: str, file_mark: bool):
    plan, body, caption, mark = PLAN_AND_PHOTO[lang]
    _, vs = versions(HEAD[lang] + plan, OTHER[lang] + body + (mark if file_mark else "") + caption)
    x = next(v for v in vs if v.article.name == "a.txt")
    y = next(v for v in vs if v.article.name == "b.txt" and v.info.claim.claim_type == "caption")
    return x, y


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_plan_against_a_photo_of_its_people_together_is_a_plan_reported_done(lang):
    # the caption shows the two shaking hands where the other version says they will meet
    d = D.TemporalCheck().compare(*_plan_and_caption(lang, False), DEFAULT)
    assert d is not None and d.slot == "tense" and "caption" in d.detail


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_file_photo_of_the_people_does_not_show_the_plan_done(lang):
    assert D.TemporalCheck().compare(*_plan_and_caption(lang, True), DEFAULT) is None


# ------------------------------------------------------------------ the day an article leads with

@pytest.mark.parametrize("la,a,lb,b,differ", [
    # one word in common ("kawasan", "region"): the quake's day and the rescue's are two happenings'
    ("id", "Gempa bermagnitudo 6,2 mengguncang kawasan pesisir Sulawesi pada Senin.",
     "id", "Tim penyelamat kesulitan menjangkau kawasan terpencil pada Selasa.", False),
    ("en", "A magnitude 6.2 quake shook the coastal region of Sulawesi on Monday.",
     "en", "Rescue teams struggled to reach isolated regions on Tuesday.", False),
    # the same people, or more of the happening in common: one happening on two days
    ("id", "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing pada Sabtu.",
     "en", "Prabowo Subianto and Xi Jinping held talks in Beijing on Sunday.", True),
    ("id", "Banjir bandang menerjang Kota Garut pada Senin.", "en", "Flash floods hit the town of Garut on Tuesday.", True),
    # a place's name is a word in common
    ("id", "Gempa mengguncang Sulawesi pada Senin.", "en", "An earthquake struck Sulawesi on Tuesday.", True),
])
def test_the_days_two_articles_lead_with_are_of_one_happening_when_they_share_enough(la, a, lb, b, differ):
    x, y = pair(la, a, lb, b)
    assert (D.LeadDateCheck({x.id, y.id}).compare(x, y, DEFAULT) is not None) == differ



@pytest.mark.parametrize("lang,a,b", [
    ("en", "Budi Santoso's lawyer, Yosef Manurung, said they would take seven days to consider whether to appeal.",
           "Budi Santoso said he would take seven days to consider whether to appeal."),
    ("id", "Kuasa hukum Budi Santoso, Yosef Manurung, mengatakan pihaknya akan pikir-pikir selama tujuh hari.",
           "Budi Santoso mengatakan dirinya akan pikir-pikir selama tujuh hari."),
])
def test_words_given_to_the_client_the_lawyer_spoke_for_are_misattributed(lang, a, b):
    """The client named in the lawyer's description is whose lawyer spoke, not a source quoted."""
    assert found(lang, a, lang, b)["attribution"].slot == "credited origin"


def test_a_speaker_citing_the_other_versions_speaker_is_no_misattribution():
    assert "attribution" not in found("en", "Yosef Manurung said, citing Budi Santoso, that they would take seven days to decide.",
                                      "en", "Budi Santoso said he would take seven days to decide.")


@pytest.mark.parametrize("lang,a,b", [
    ("id", "Wisatawan dapat tinggal maksimal 30 hari tanpa visa, kata pejabat imigrasi.",
           "Wisatawan dapat tinggal maksimal 60 hari tanpa visa, kata pejabat imigrasi."),
    ("en", "Visitors may stay for up to 30 days, the immigration office said.",
           "Visitors may stay for up to 60 days, the immigration office said."),
])
def test_two_limits_are_two_figures(lang, a, b):
    assert "number" in found(lang, a, lang, b)


def test_one_time_in_two_zones_whose_universal_times_differ_is_a_date_discrepancy():
    d = found("en", "The rocket lifted off at 9:42 a.m. local time (0642 GMT) on Tuesday, the agency said.",
              "en", "The rocket lifted off at 09:42 local time (1242 GMT) on Tuesday, the agency said.")
    assert d["date"].slot == "time"


def test_the_same_time_in_two_zones_in_both_versions_is_no_discrepancy():
    assert "date" not in found("en", "The rocket lifted off at 9:42 a.m. local time (0642 GMT) on Tuesday.",
                               "en", "The rocket lifted off at 09:42 local time (0642 GMT) on Tuesday.")


def test_a_negation_denies_what_is_reported_not_the_reporting():
    d = found("id", "Seluruh warga di desa itu selamat dan tidak ada yang dilaporkan terluka, kata bupati pada Selasa.",
              "id", "Sebagian besar warga di desa itu dilaporkan selamat, kata bupati pada Selasa.")
    assert "negation" not in d


@pytest.mark.parametrize("lang,a,b", [
    ("id", "Kepala lapas mengakui lemahnya pengawasan petugas pada malam itu.",
     "Kepala lapas tak menampik lemahnya pengawasan petugas pada malam itu."),
    ("en", "The company confirmed that its systems had been breached on Monday.",
     "The company did not deny that its systems had been breached on Monday."),
    ("en", "The plan carries some risk for the region, the minister said.",
     "The plan is not without risk for the region, the minister said."),
])
def test_a_negation_of_a_negation_asserts(lang, a, b):
    assert "negation" not in found(lang, a, lang, b)


def test_a_denial_not_negated_still_denies():
    d = found("en", "The company confirmed that its systems had been breached on Monday.",
              "en", "The company denied that its systems had been breached on Monday.")
    assert "negation" in d


@pytest.mark.parametrize("a,b", [
    # those who got away, those caught again, those still at large: counts of other people
    (("id", "Tujuh napi kabur dari lapas itu pada Selasa dini hari."), ("id", "Lima napi ditangkap kembali pada Selasa siang.")),
    (("en", "Four inmates remain at large after the breakout, police said."),
     ("en", "Three inmates were recaptured after the breakout, police said.")),
    (("en", "Seven inmates escaped from the prison before dawn on Tuesday."),
     ("id", "Empat napi masih buron hingga Selasa malam.")),
])
def test_counts_of_the_escaped_the_recaptured_and_those_at_large_are_not_held_against_each_other(a, b):
    assert "number" not in found(*a, *b)


def test_two_counts_of_the_escaped_still_disagree():
    assert "number" in found("id", "Tujuh napi kabur dari lapas itu pada Selasa dini hari.",
                             "en", "Six inmates escaped from the prison before dawn on Tuesday.")


@pytest.mark.parametrize("a,b", [
    (("en", "No one was hurt in the fire at the market, police said."),
     ("en", "Five people were hurt in the fire at the market, police said.")),
    (("id", "Tidak ada seorang pun yang terluka dalam kebakaran pasar itu, kata polisi."),
     ("id", "Lima orang terluka dalam kebakaran pasar itu, kata polisi.")),
])
def test_nobody_against_a_count_is_a_number_discrepancy_of_none(a, b):
    d = found(*a, *b)["number"]
    # the evidence is the denial itself, not "one" read as a count of one
    assert {d.value_a, d.value_b} in ({"No one", "Five people"}, {"Tidak ada seorang pun", "Lima orang"})


@pytest.mark.parametrize("a,b", [
    (("en", "About 2,000 people were evacuated from the riverbank villages."),
     ("en", "An estimated 2,000 people were evacuated from the riverbank villages.")),
    (("id", "Tanggul yang jebol sepanjang sekitar 35 meter, kata kepala desa."),
     ("id", "Tanggul yang jebol diperkirakan sepanjang sekitar 35 meter, kata kepala desa.")),
])
def test_an_estimate_against_an_approximate_figure_is_no_hedge_one_lacks(a, b):
    assert "scope" not in found(*a, *b)


def test_an_estimate_against_an_exact_figure_is_still_a_hedge():
    assert "scope" in found("en", "2,000 people were evacuated from the riverbank villages.",
                            "en", "An estimated 2,000 people were evacuated from the riverbank villages.")


def test_the_whole_a_part_is_counted_of_is_no_count_of_the_part():
    # the party's seats of the parliament's: 580 is the parliament's, 38 the party's in both
    assert "number" not in found("id", "Partai Hilir memiliki 38 dari 580 kursi parlemen dan dua menteri.",
                                 "en", "The Hilir Party holds 38 seats in parliament and two cabinet posts.")
    # two parts of one whole still disagree
    assert "number" in found("en", "The Hilir Party holds 38 of the 580 seats in parliament.",
                             "en", "The Hilir Party holds 40 of the 580 seats in parliament.")


def test_a_whole_whose_measure_is_named_is_still_a_count_of_those_there():
    d = found("id", "Sebanyak 610 dari 650 anggota dewan menghadiri sidang tahunan itu.",
              "id", "Sidang tahunan itu dihadiri oleh 652 anggota dewan.")
    assert "number" in d


# ------------------------------------------------------------------ a photo of what followed

CRUSH = ("Delapan Tewas dalam Desak-desakan di Festival Musik Hilir\nMinggu, 10 Mei 2026 18:00 WIB\n"
         "Petugas memasang garis polisi di pintu masuk GOR Hilir, Kota Hilir, {caption_day}. "
         "(Foto: Warta Hilir/Budi)\nHILIR - Delapan penonton tewas dalam desak-desakan di pintu masuk GOR Hilir, "
         "Kota Hilir, pada {lead_day} malam.\nPolisi masih memeriksa panitia festival.\n")
CRUSH_OTHER = ("Festival Musik di Hilir Berujung Maut\nMinggu, 10 Mei 2026 09:00 WIB\nHILIR - Delapan penonton "
               "tewas dalam desak-desakan di pintu masuk GOR Hilir, Kota Hilir, {day} malam.\n"
               "Polisi masih memeriksa panitia festival musik tersebut.\n")


def _caption_against_lead(caption_day: str, lead_day: str, other_day: str):
    _, vs = versions(CRUSH.format(caption_day=caption_day, lead_day=lead_day), CRUSH_OTHER.format(day=other_day))
    x = next(v for v in vs if v.info.claim.claim_type == "caption")
    y = next(v for v in vs if v.article.name == "b.txt" and "tewas" in v.info.claim.text)
    return x, y


def test_a_caption_dated_after_its_articles_happening_is_a_photo_of_what_followed():
    # the police line on Sunday, the crush on Saturday night: no day of the happening to hold against
    x, y = _caption_against_lead("Minggu (10/5/2026)", "Sabtu (9/5/2026)", "Sabtu (9/5)")
    assert D.DateCheck().compare(x, y, DEFAULT) is None


def test_a_caption_dated_on_its_articles_day_of_the_happening_gives_that_day():
    # its own lead gives the same Sunday: the other outlet's Saturday disagrees with both
    x, y = _caption_against_lead("Minggu (10/5/2026)", "Minggu (10/5/2026) dini hari", "Sabtu (9/5)")
    d = D.DateCheck().compare(x, y, DEFAULT)
    assert d is not None and d.type == "date"


@pytest.mark.parametrize("a,b,said", [
    (("en", "The assembly adopted a non-binding resolution on the conflict on Friday."),
     ("en", "The assembly adopted a binding resolution on the conflict on Friday."), "non-binding"),
    (("id", "Pemerintah menaikkan harga BBM non-subsidi mulai Sabtu."),
     ("id", "Pemerintah menaikkan harga BBM subsidi mulai Sabtu."), "non-subsidi"),
])
def test_a_prefix_that_denies_its_word_is_a_negation(a, b, said):
    d = found(*a, *b)["negation"]
    assert said in d.detail


def test_a_word_that_only_begins_with_the_prefix_denies_nothing():
    assert "negation" not in found("en", "The nonprofit group sent a team to the flooded district on Friday.",
                                   "en", "The group sent a team to the flooded district on Friday.")


@pytest.mark.parametrize("a,b", [
    (("en", "Twelve of the injured were in critical condition at the city hospital on Sunday."),
     ("en", "Forty-one people were injured and taken to the city hospital on Sunday.")),
    (("id", "Sebanyak 41 orang luka-luka, 12 di antaranya dalam kondisi kritis."),
     ("id", "Sebanyak 41 orang luka-luka dalam insiden itu.")),
])
def test_a_part_of_a_group_is_no_count_of_the_group(a, b):
    # "twelve of the injured" are some of them: no other outlet's count of the injured
    assert "number" not in found(*a, *b)


def test_the_ages_of_two_people_are_two_things():
    # two witnesses by name and age: no disagreement on anyone's age
    assert "number" not in found("id", "Seorang penonton, Fajar (23), mengaku terdorong ke arah pintu keluar.",
                                 "id", "Seorang penonton, Dewi (20), mengaku terdorong ke arah pintu keluar.")
    d = found("id", "Seorang penonton, Fajar (23), mengaku terdorong ke arah pintu keluar.",
              "id", "Seorang penonton, Fajar (25), mengaku terdorong ke arah pintu keluar.")["number"]
    assert (d.value_a, d.value_b) == ("23", "25")


@pytest.mark.parametrize("lang,denied,negated,asserted", [
    ("id", "Juru bicara badan itu membantah sistem mereka telah dibobol peretas.",
     "Juru bicara badan itu menyebut sistem mereka tidak dibobol peretas.",
     "Juru bicara badan itu menyebut sistem mereka telah dibobol peretas."),
    ("en", "The agency's spokesperson denied that its systems had been breached.",
     "The agency's spokesperson said its systems had not been breached.",
     "The agency's spokesperson said its systems had been breached."),
])
def test_a_denial_denies_what_it_reports(lang, denied, negated, asserted):
    # "denied that X" says X did not happen: no negation flipped against "X did not", one against "X did"
    assert "negation" not in found(lang, denied, lang, negated)
    assert "negation" in found(lang, denied, lang, asserted)


@pytest.mark.parametrize("lang_a,a,lang_b,b,differ", [
    # a ceiling denied ("no more than") is a bound at most the figure, not a floor above it
    ("id", "Jumlah pengungsi tidak lebih dari 300 orang, kata camat.", "en",
     "Fewer than 300 people were evacuated, the district head said.", False),
    ("en", "No more than 300 people were evacuated, the district head said.", "en",
     "Up to 300 people were evacuated, the district head said.", False),
    # ... and cannot be true beside "more than" the same figure, nor a floor beside a ceiling under it
    ("id", "Jumlah pengungsi tidak lebih dari 300 orang, kata camat.", "id",
     "Jumlah pengungsi lebih dari 300 orang, kata camat.", True),
    ("en", "Fewer than 40 homes were damaged, the agency said.", "en",
     "At least 40 homes were damaged, the agency said.", True),
])
def test_bounds_that_cannot_both_hold_are_a_number_discrepancy(lang_a, a, lang_b, b, differ):
    assert ("number" in found(lang_a, a, lang_b, b)) == differ


@pytest.mark.parametrize("lang_a,a,lang_b,b", [
    # a school's, a gate's or a post's number names it; it counts nothing to set against a toll
    ("id", "Petugas mengevakuasi puing atap ruang kelas SD Negeri 3 Karangsari, Selasa.", "en",
     "A classroom roof caved in on 23 pupils at a primary school in Karangsari on Tuesday."),
    ("en", "Fans fled through Gate 13 as the tear gas spread, witnesses said.", "en",
     "Hundreds of fans fled as the tear gas spread, leaving 40 injured, witnesses said."),
    ("id", "Pendaki berkumpul di Pos 2 Gunung Arjasa sebelum badai datang.", "id",
     "Sebanyak 7 pendaki berkumpul sebelum badai datang di Gunung Arjasa."),
])
def test_the_number_of_a_school_gate_or_post_is_no_count(lang_a, a, lang_b, b):
    assert "number" not in found(lang_a, a, lang_b, b)


@pytest.mark.parametrize("a,b", [
    ("Indonesia, the world's fourth most populous country, began the campaign on Monday.",
     "Indonesia, the world's fourth-largest country by population, began the campaign on Monday."),
    ("Java, the second-most visited island, reopened its parks on Monday.",
     "Java, the island with the second-highest number of visitors, reopened its parks on Monday."),
])
def test_an_ordinal_before_most_makes_a_degree_not_a_quantity(a, b):
    assert "scope" not in found("en", a, "en", b)


def test_the_escaped_now_caught_are_no_count_of_the_escaped():
    # a follow-up leading with the escapees caught again is no other count of those who escaped
    a = ("Kabar Rakyat - 9 Maret 2026\nRutan Sungai Jernih Kebobolan, 12 Tahanan Kabur\n"
         "Sungai Jernih - Sebanyak 12 tahanan kabur dari Rutan Sungai Jernih pada Minggu (8/3/2026) malam.\n"
         "Mereka kabur dengan menjebol teralis kamar mandi rutan.\n"
         "Kepala Rutan Sungai Jernih Budi Santoso mengatakan petugas jaga malam itu hanya empat orang.\n")
    b = ("Warta Daerah - 9 Maret 2026\nLima Tahanan Kabur Rutan Sungai Jernih Ditangkap Kembali\n"
         "Sungai Jernih - Sebanyak lima tahanan kabur ditangkap kembali di kebun karet pada Minggu (8/3/2026) malam.\n"
         "Mereka kabur dengan menjebol teralis kamar mandi rutan.\n"
         "Kepala Rutan Sungai Jernih Budi Santoso mengatakan petugas jaga malam itu hanya empat orang.\n")
    corpus = analyze_texts({"a.txt": a, "b.txt": b})
    assert len(corpus.events) == 1
    assert not [d for d in corpus.discrepancies if d.type == "number"]


def test_a_quotation_given_to_another_speaker_is_found_between_the_versions_worded_alike():
    """The mayor's words, in a wire (in English) and in one Indonesian report, are given to a
    director general by another: the swap is seen between the two Indonesian versions that tell
    the same statement, not between the group's first members, which word it apart."""
    from provenance import analyze_texts
    c = analyze_texts({
        "a.txt": "Reuters - 6 March 2025\nTram cuts commute in Sukamaju\n\nSUKAMAJU (Reuters) - A new tram line opened "
                 "in Sukamaju on Monday.\n\n\"Residents used to spend an hour and a half in traffic to reach the city "
                 "centre. Now it takes 25 minutes,\" Mayor Darmawan Putra said.\n",
        "b.txt": "Kompas - 6 Maret 2025\nTrem Pangkas Waktu Tempuh\n\nSUKAMAJU, KOMPAS.com - Jalur trem baru di Sukamaju "
                 "mulai beroperasi pada Senin.\n\nWali Kota Sukamaju Darmawan Putra mengatakan trem telah memangkas waktu "
                 "tempuh warga. \"Dulu warga bisa satu setengah jam terjebak macet ke pusat kota. Sekarang cukup 25 "
                 "menit,\" ujarnya.\n",
        "c.txt": "Detik - 6 Maret 2025\nTrem Sukamaju Beroperasi\n\nSUKAMAJU - Jalur trem baru di Sukamaju mulai "
                 "beroperasi pada Senin.\n\nMenurut Direktur Jenderal Perkeretaapian Hendra Wijaya, trem telah memangkas "
                 "waktu tempuh warga. \"Dulu warga bisa satu setengah jam terjebak macet ke pusat kota. Sekarang cukup "
                 "25 menit.\"\n",
    })
    found = [d for d in c.discrepancies if d.type == "attribution"]
    assert found and all("Darmawan Putra" in d.detail and "Hendra Wijaya" in d.detail for d in found)


def test_a_person_credited_with_no_body_is_no_other_source_than_a_body():
    """A leader's words, and the same statement credited to his office: he may speak for it."""
    assert "attribution" not in found(
        "id", '"Kita merayakan 50 tahun hubungan kedua negara," kata Perdana Menteri Karel Vos di Jakarta.',
        "id", "Menurut Kantor Perdana Menteri, pertemuan itu merayakan 50 tahun hubungan kedua negara.")


# ------------------------------------------------------------------ a word of an earlier count before an act

@pytest.mark.parametrize("a,b", [
    # "sebelumnya" before a verb that tells no speaking says when the act was done: the count is
    # the outlet's own, and it disagrees
    ("Banjir merendam Desa Karangjati pada Senin (9/3/2026). Sebanyak 27 warga sebelumnya dievakuasi perahu karet.",
     "Banjir merendam Desa Karangjati pada Senin (9/3/2026). Sebanyak 31 warga dievakuasi perahu karet."),
    ("Banjir merendam Desa Karangjati pada Senin (9/3/2026). Sebanyak 27 warga sebelumnya telah dievakuasi perahu karet.",
     "Banjir merendam Desa Karangjati pada Senin (9/3/2026). Sebanyak 31 warga dievakuasi perahu karet."),
])
def test_an_earlier_word_that_dates_the_act_leaves_the_count_the_outlets_own(a, b):
    texts = {"a.txt": "Kompas - 10 Maret 2026\n" + a + "\n", "b.txt": "Detik - 10 Maret 2026\n" + b + "\n"}
    assert _numbers_between_a_and_b(texts)


def test_an_earlier_word_before_a_speech_verb_still_tells_an_earlier_count():
    a = ("Kompas - 10 Maret 2026\nBanjir merendam Desa Karangjati pada Senin (9/3/2026). "
         "Camat sebelumnya menyebut 27 warga dievakuasi perahu karet.\n")
    b = ("Detik - 10 Maret 2026\nBanjir merendam Desa Karangjati pada Senin (9/3/2026). "
         "Sebanyak 31 warga dievakuasi perahu karet.\n")
    assert not _numbers_between_a_and_b({"a.txt": a, "b.txt": b})


# ------------------------------------------------------------------ when a quotation was given

def test_the_day_a_quotation_was_given_is_not_held_against_the_day_of_what_happened():
    # the credit's place and day ('," kata X di Y, Senin') tell when X spoke, not when the fire
    # started: the credit's claim may fall in with the fire's, but its day is another happening's
    a = ("Kompas - 9 Maret 2026\nKapal Terbakar\n\nApi muncul dari dek tujuh kapal KM Sinar Jaya di perairan "
         "Karangsari pada Minggu (8/3/2026) malam.\n\n\"Seluruh awak kami evakuasi dalam keadaan selamat,\" kata "
         "Darmono di Karangsari, Senin (9/3/2026).\n")
    b = ("Reuters - 9 March 2026\nShip fire off Java\n\nThe fire was detected on Sunday at around 10:30 p.m. local "
         "time off Karangsari, said Darmono, head of the Karangsari rescue office.\n\nAll crew were evacuated "
         "safely, Darmono said.\n")
    assert [d for d in analyze_texts({"a.txt": a, "b.txt": b}).discrepancies if d.type == "date"] == []
