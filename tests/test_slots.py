"""Slots: what each claim states, read with offsets, on sentences written for the tests."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import article, claim_with
from provenance.slots import of_claim, periods_in, read_markers, read_numbers, read_relations, read_times


def numbers(text: str, code: str):
    return read_numbers(text, 0, len(text), code, [])


def one_number(text: str, code: str):
    ns = numbers(text, code)
    assert len(ns) == 1, [(text[n.start:n.end], n.attrs) for n in ns]
    return ns[0]


@pytest.mark.parametrize("code,text,value", [
    ("id", "Gempa berkekuatan 7,5 mengguncang kota itu.", 7.5),
    ("id", "Sebanyak 2.323 warga mengungsi.", 2323),
    ("id", "Kerugian ditaksir 1,3 juta dolar.", 1_300_000),
    ("id", "Sebanyak 96.214.691 suara sah dihitung.", 96_214_691),
    ("id", "Delapan puluh warga mengungsi.", 80),
    ("id", "Sebanyak dua puluh lima rumah roboh.", 25),
    ("id", "Seratus dua puluh rumah roboh.", 120),
    ("id", "Tiga ribu tentara dikerahkan.", 3000),
    ("en", "A 7.5 quake shook the town.", 7.5),
    ("en", "Some 2,323 residents fled.", 2323),
    ("en", "Losses reached 1.3 million dollars.", 1_300_000),
    ("en", "Eighty residents fled.", 80),
    ("en", "Twenty-five houses collapsed.", 25),
    ("en", "Two hundred houses collapsed.", 200),
    ("en", "87K fans packed the stadium.", 87_000),
])
def test_number_values_in_both_languages(code, text, value):
    assert one_number(text, code).attrs["value"] == pytest.approx(value)


@pytest.mark.parametrize("code,text,seconds", [
    ("id", "Rapat kabinet itu berlangsung 2 jam 15 menit.", 8100),
    ("id", "Rapat kabinet itu berlangsung dua jam dan lima belas menit.", 8100),
    ("id", "Penerbangan ke Makassar memakan waktu satu setengah jam.", 5400),
    ("id", "Penerbangan ke Makassar memakan waktu 1,5 jam.", 5400),
    ("id", "Tim SAR menyisir sungai selama 3 jam, 20 menit.", 12000),
    ("en", "The cabinet meeting lasted 2 hours 15 minutes.", 8100),
    ("en", "The cabinet meeting lasted two hours and fifteen minutes.", 8100),
    ("en", "The flight to Makassar took one and a half hours.", 5400),
    ("en", "The flight to Makassar took 1.5 hours.", 5400),
])
def test_a_compound_duration_is_one_value(code, text, seconds):
    n = one_number(text, code)
    assert (n.attrs["value"], n.attrs["unit"]) == (seconds, "second")
    assert text[n.start:n.end].split()[-1].rstrip(".") in ("menit", "jam", "minutes", "hours")


@pytest.mark.parametrize("code,text,months", [
    ("id", "Larangan masuk itu berlaku satu tahun.", 12),
    ("id", "Terdakwa divonis 4 tahun 6 bulan penjara.", 54),
    ("en", "The defendant was jailed for four years and six months.", 54),
    ("en", "The ban lasts 18 months.", 18),
])
def test_months_and_years_are_one_scale_of_time(code, text, months):
    """A month has no fixed length in days: months and years are measured in months, apart from
    days and hours."""
    n = one_number(text, code)
    assert (n.attrs["value"], n.attrs["unit"]) == (months, "month")


@pytest.mark.parametrize("code,text,unit,value", [
    ("id", "Jalan itu rusak sepanjang 3 kilometer.", "cm", 300_000),
    ("id", "Jalan itu rusak sepanjang 3.000 meter.", "cm", 300_000),
    ("en", "The road was damaged along 2.5 km.", "cm", 250_000),
    ("en", "The wall was 1 m 80 cm high.", "cm", 180),
    ("id", "Polisi menyita 2 ton beras.", "gram", 2_000_000),
    ("id", "Polisi menyita 2.000 kg beras.", "gram", 2_000_000),
    ("en", "Police seized 450 kilograms of rice.", "gram", 450_000),
])
def test_lengths_and_weights_are_held_in_their_scales_smallest_unit(code, text, unit, value):
    n = one_number(text, code)
    assert (n.attrs["unit"], n.attrs["value"]) == (unit, pytest.approx(value))


@pytest.mark.parametrize("code,text", [
    ("id", "Korban berusia 34 tahun itu dirawat di rumah sakit."),
    ("id", "Pria usia 34 tahun itu dirawat di rumah sakit."),
    ("en", "The 34-year-old was taken to hospital."),
    ("en", "The man, 34 years old, was taken to hospital."),
    ("en", "A man aged 34 was taken to hospital."),
])
def test_a_persons_age_in_years_is_an_age(code, text):
    assert one_number(text, code).attrs["unit"] == "age"


@pytest.mark.parametrize("code,text", [
    ("id", "Tim SAR menemukan 3 korban, 2 jam kemudian hujan turun."),
    ("en", "Rescuers found 3 victims, and 2 hours later rain fell."),
])
def test_a_count_before_a_duration_stays_apart(code, text):
    assert [n.attrs["unit"] for n in numbers(text, code)][-1] == "second"
    assert len(numbers(text, code)) == 2


@pytest.mark.parametrize("code,text", [
    ("id", "Ini adalah KTT ASEAN ke-9 di Filipina."),
    ("en", "It was the 9th ASEAN summit in the Philippines."),
])
def test_ordinals_are_marked(code, text):
    n = one_number(text, code)
    assert n.attrs["value"] == 9 and n.attrs["ordinal"]


@pytest.mark.parametrize("code,text,unit", [
    # a length is held in its scale's smallest unit (numbers.toml [scales])
    ("id", "Zona bahaya diperluas menjadi 7 kilometer.", "cm"),
    ("id", "Zona bahaya diperluas menjadi 7 km.", "cm"),
    ("en", "The danger zone was widened to 7 kilometres.", "cm"),
    ("id", "Tarif dipangkas 10 persen.", "percent"),
    ("id", "Tarif dipangkas 10%.", "percent"),
    ("en", "Tariffs were cut by 10 percent.", "percent"),
    ("en", "Tariffs were cut by 10%.", "percent"),
    ("id", "Banjir menewaskan 12 jiwa.", "person"),
    ("id", "Banjir menewaskan 12 orang.", "person"),
    ("en", "The flood killed 12 people.", "person"),
    ("id", "Bantuan senilai Rp 5 miliar dikirim.", "IDR"),
    ("en", "Aid worth $3 billion was sent.", "USD"),
    ("id", "Bantuan senilai Rp5 miliar dikirim.", "IDR"),
    ("en", "Aid worth Rp5 billion was sent.", "IDR"),
    ("id", "Investasi senilai USD4 miliar disepakati.", "USD"),
    ("en", "An investment of USD4 billion was agreed.", "USD"),
    # a unit written before the figure is its own: the word after starts another phrase
    ("id", "Ekspor mencapai Rp7,5 miliar tahun lalu.", "IDR"),
    ("id", "Ekspor mencapai USD 3 miliar tahun lalu.", "USD"),
    ("en", "The exchange lost $2 million hours after the hack.", "USD"),
])
def test_units_are_canonical_across_languages(code, text, unit):
    assert one_number(text, code).attrs["unit"] == unit


@pytest.mark.parametrize("code,text,bound", [
    ("id", "Banjir menewaskan sedikitnya 12 orang.", "min"),
    ("id", "Banjir menewaskan setidaknya 12 orang.", "min"),
    ("en", "The flood killed at least 12 people.", "min"),
    ("id", "Lebih dari 300 rumah terendam.", "over"),
    ("en", "More than 300 houses were flooded.", "over"),
    ("en", "Over 300 houses were flooded.", "over"),
    ("id", "Hampir 80.000 penonton hadir.", "nearly"),
    ("en", "Nearly 80,000 fans attended.", "nearly"),
    ("id", "Sekitar 90 menit kemudian hujan reda.", "approx"),
    ("en", "About 90 minutes later the rain stopped.", "approx"),
    ("id", "Gelombang setinggi hingga 3 meter menghantam pantai.", "max"),
    ("en", "Waves of up to 3 meters hit the coast.", "max"),
    ("id", "Sebanyak 12 orang tewas.", "exact"),
])
def test_bounds(code, text, bound):
    assert one_number(text, code).attrs["bound"] == bound


@pytest.mark.parametrize("code,text", [
    ("id", "Keduanya bertemu pertama kali sejak 2019."),
    ("en", "They met for the first time since 2019."),
])
def test_a_year_is_not_a_count(code, text):
    assert all(n.attrs["ordinal"] for n in numbers(text, code))


@pytest.mark.parametrize("code,text", [
    ("id", "Sebanyak 2000 orang mengungsi."),
    ("en", "Some 2000 people fled."),
])
def test_a_count_in_the_years_range_is_still_a_count(code, text):
    assert one_number(text, code).attrs["value"] == 2000


@pytest.mark.parametrize("code,text,measure", [
    ("id", "Gempa itu menewaskan sedikitnya 30 orang.", "dead"),
    ("id", "Sebanyak 30 orang meninggal dunia akibat gempa.", "dead"),
    ("en", "At least 30 people were killed in the quake.", "dead"),
    ("id", "Gempa itu melukai 45 orang.", "injured"),
    ("en", "The quake injured 45 people.", "injured"),
    ("id", "Gempa bermagnitudo 6,1 terjadi pagi ini.", "magnitude"),
    ("en", "A magnitude 6.1 quake struck this morning.", "magnitude"),
    # a count described by one measure and told of by another counts neither alone: those who
    # escaped and are now caught, those who escaped and are still at large
    ("id", "Sebanyak 9 tahanan kabur ditangkap kembali di kebun sawit.", "escaped>arrested"),
    ("en", "Six inmates who escaped remain at large, police said.", "escaped>at_large"),
    ("en", "Four of the escapees were caught near the river.", "escaped>arrested"),
    # animals that died of a disease, and those killed to stop it
    ("id", "Sebanyak 3.400 ekor bebek mati dalam sepekan.", "dead"),
    ("id", "Dinas memusnahkan 9.000 ekor bebek di tiga desa.", "culled"),
    ("id", "Sebanyak 9.000 ekor bebek dimusnahkan di tiga desa.", "culled"),
    ("en", "Officials culled 9,000 ducks in three villages.", "culled"),
])
def test_what_a_count_counts(code, text, measure):
    n = next(n for n in numbers(text, code) if n.attrs["measure"])
    assert n.attrs["measure"] == measure


@pytest.mark.parametrize("code,text", [
    ("id", "Longsor itu menewaskan seorang petani beserta tiga anaknya."),
    ("id", "Banjir menewaskan seorang kakek dan tiga cucunya."),
    ("en", "The landslide killed a farmer along with his three sons."),
    ("en", "The landslide killed a farmer and his three sons."),
])
def test_a_count_joined_to_someone_named_before_it_is_no_toll(code, text):
    # three sons died, and their father with them: the toll is four, and "three" is a part of it
    assert all(n.attrs["measure"] != "dead" for n in numbers(text, code))


def test_two_counts_in_one_sentence_count_different_things():
    t = "Banjir menewaskan 12 orang dan melukai 40 orang lainnya."
    dead, hurt = numbers(t, "id")
    assert (dead.attrs["measure"], hurt.attrs["measure"]) == ("dead", "injured")


def test_the_place_of_each_count():
    t = "Korban meninggal mencapai 60 orang, terdiri dari 41 orang di Chile dan 19 orang di Peru."
    total, chile, peru = numbers(t, "id")
    assert total.attrs["place"] == ""
    assert chile.attrs["place"] == "Chile"
    assert peru.attrs["place"] == "Peru"


@pytest.mark.parametrize("code,text,place", [
    # a phrase a coordinating word joins to the count's, with no count of its own, names where
    # the count was counted
    ("id", "Banjir merusak ratusan rumah dan sekolah terutama di Kota Garut.", "Kota Garut"),
    ("en", "The quake killed 300 people in Chile and Peru.", "Chile|Peru"),
    ("en", "The storm damaged 40 houses and schools in Garut.", "Garut"),
])
def test_the_place_of_a_phrase_joined_to_the_counts(code, text, place):
    assert one_number(text, code).attrs["place"] == place


def test_the_figure_as_it_now_stands():
    t = "The death toll has been revised from 61 to 48."
    old, new = numbers(t, "en")
    assert not old.attrs["current"] and new.attrs["current"]


def test_a_part_of_a_whole_is_not_the_whole():
    t = "Sebanyak 412 dari 450 anggota DPRD hadir."
    part, whole = numbers(t, "id")
    assert part.attrs["part_of"] and not whole.attrs["part_of"]


@pytest.mark.parametrize("code,text,minutes,zone", [
    ("id", "Gempa terjadi pukul 13.25 WIB.", 13 * 60 + 25, "WIB"),
    ("id", "Letusan terjadi pukul 23.57 WITA.", 23 * 60 + 57, "WITA"),
    ("id", "Pesawat mendarat pukul 3.00 pagi waktu setempat.", 180, "local"),
    ("id", "Acara dimulai pukul 17.00 sore.", 17 * 60, ""),
    ("en", "The quake struck at 3:05 a.m. local time.", 3 * 60 + 5, "local"),
    ("en", "The concert began at 5 p.m. local time.", 17 * 60, "local"),
    ("en", "The blast was heard at 0905 GMT.", 9 * 60 + 5, "GMT"),
])
def test_clock_times_and_zones(code, text, minutes, zone):
    (t,) = read_times(text, 0, len(text), code)
    assert (t.attrs["minutes"], t.attrs["zone"]) == (minutes, zone)


@pytest.mark.parametrize("code,text,offset", [
    ("id", "Diperbarui pukul 21.40 GMT+7.", 7),
    ("en", "The statement was issued at 9:40 p.m. UTC+08:00.", 8),
    ("en", "The blast was heard at 0905 GMT.", 0),
    ("id", "Gempa terjadi pukul 13.25 WIB.", 7),
])
def test_a_zone_counted_from_utc_gives_its_offset(code, text, offset):
    (t,) = read_times(text, 0, len(text), code)
    assert t.attrs["offset"] == offset


@pytest.mark.parametrize("code,text", [
    ("en", "Core inflation stood at 2.40% in May."),
    ("en", "Core inflation stood at 2.40 percent in May."),
    ("id", "Inflasi inti tercatat pada 2,40 persen."),
])
def test_a_figure_with_its_unit_is_no_clock_time(code, text):
    assert read_times(text, 0, len(text), code) == []


@pytest.mark.parametrize("code,text", [
    ("id", "Sekitar pukul 14.20 WIB Menteri tiba."),
    ("en", "The minister arrived at about 2:20 p.m. local time."),
])
def test_an_approximate_time(code, text):
    (t,) = read_times(text, 0, len(text), code)
    assert t.attrs["approx"]


@pytest.mark.parametrize("code,text,unit,direction", [
    ("id", "Keduanya bertelepon sehari setelah pelantikan.", "day", "after"),
    ("id", "Keduanya bertelepon beberapa jam setelah pelantikan.", "hour", "after"),
    ("id", "Keduanya bertemu dua hari sebelum KTT.", "day", "before"),
    ("en", "They spoke a day after the inauguration.", "day", "after"),
    ("en", "They spoke hours after the inauguration.", "hour", "after"),
    ("en", "They met two days before the summit.", "day", "before"),
])
def test_distances_in_time(code, text, unit, direction):
    (r,) = read_relations(text, 0, len(text), code)
    assert (r.attrs["unit"], r.attrs["direction"]) == (unit, direction)


def governed(text, span):
    g = span.attrs.get("governs")
    return text[g[0]:g[1]] if g else None


@pytest.mark.parametrize("code,text,word", [
    ("id", "Putin akan bertemu Xi di Beijing.", "bertemu"),
    ("en", "Putin will meet Xi in Beijing.", "meet"),
    ("en", "Putin plans to meet Xi in Beijing.", "meet"),
])
def test_the_future_and_what_it_governs(code, text, word):
    (m,) = read_markers(text, 0, len(text), code)["modality"]
    assert governed(text, m) == word


@pytest.mark.parametrize("code,text,word", [
    ("en", "The ferry is due to leave the harbour at dawn.", "leave"),
    ("en", "The two mayors agreed to share the water supply.", "share"),
    ("id", "Kedua wali kota setuju untuk berbagi pasokan air.", "berbagi"),
])
def test_a_commitment_governs_the_act_it_commits_to(code, text, word):
    (m,) = read_markers(text, 0, len(text), code)["modality"]
    assert m.label == "commitment" and governed(text, m) == word


@pytest.mark.parametrize("code,text,word", [
    ("en", "Officials warned the river could flood the lower town.", "flood"),
    ("en", "The ban may apply to every import from the region.", "apply"),
    ("id", "Pejabat memperingatkan sungai itu bisa membanjiri kota bawah.", "membanjiri"),
    ("id", "Larangan itu dapat berlaku untuk semua impor dari kawasan itu.", "berlaku"),
])
def test_a_possible_act_is_read_with_the_word_it_governs(code, text, word):
    (m,) = read_markers(text, 0, len(text), code)["modality"]
    assert m.label == "possible" and governed(text, m) == word


def test_a_modal_with_another_sense_is_read_before_a_verb_a_word_away():
    text = "Pelabuhan itu dapat segera ditutup jika badai menguat."
    assert [m.label for m in read_markers(text, 0, len(text), "id")["modality"]] == ["possible"]


@pytest.mark.parametrize("code,text", [
    # "May" capitalised is the month; "secepat mungkin" (as soon as possible) hedges nothing
    ("en", "The bridge reopened in May after a year of repairs."),
    ("id", "Jembatan itu harus dibuka kembali secepat mungkin."),
    # "dapat" before no verb is "get", "bisa" the venom
    ("id", "Warga korban banjir dapat bantuan beras dari pemerintah."),
    ("id", "Bisa ular itu mematikan dalam hitungan jam."),
])
def test_a_month_an_idiom_or_a_modals_other_sense_is_no_possible_act(code, text):
    assert read_markers(text, 0, len(text), code)["modality"] == []


@pytest.mark.parametrize("code,text", [
    # a negated ability tells what did not or cannot happen; a realised one what did
    ("en", "Rescue teams could not reach the flooded village until Sunday."),
    ("en", "The mayor said residents can not return before the water recedes."),
    ("id", "Tim penyelamat tidak bisa menjangkau desa yang terendam hingga Minggu."),
    ("id", "Pejabat itu tak dapat dihubungi untuk dimintai komentar."),
    ("id", "Setelah tiga hari, tim penyelamat akhirnya bisa menjangkau desa itu."),
    ("en", "After three days the rescue teams finally could reach the village."),
])
def test_a_negated_or_realised_ability_is_no_possible_act(code, text):
    assert [m for m in read_markers(text, 0, len(text), code)["modality"] if m.label == "possible"] == []


@pytest.mark.parametrize("code,text", [
    # the marker before a determiner is a preposition: a cause, an act done, a beneficiary
    ("en", "The delay is due to the storm that closed the port."),
    ("en", "The council agreed to the plan on Monday."),
    ("id", "Pemerintah setuju untuk para nelayan diberi bantuan."),
])
def test_a_commitment_before_a_determiner_commits_to_nothing(code, text):
    assert read_markers(text, 0, len(text), code)["modality"] == []


@pytest.mark.parametrize("code,text,kind", [
    ("id", "Mereka sepakat bekerja sama di semua bidang.", "all"),
    ("id", "Mereka sepakat bekerja sama di berbagai sektor.", "some"),
    ("id", "Korban sebagian besar berasal dari desa itu.", "most"),
    ("en", "They agreed to cooperate in all areas.", "all"),
    ("en", "They agreed to cooperate in several areas.", "some"),
    ("en", "Most of the victims came from the village.", "most"),
    ("id", "Ia salah satu saksi kejadian itu.", "one"),
    ("en", "He was one of the witnesses.", "one"),
])
def test_quantifiers(code, text, kind):
    (q,) = read_markers(text, 0, len(text), code)["quantifiers"]
    assert q.label == kind


@pytest.mark.parametrize("code,text,kind", [
    ("id", "Pejabat itu diduga menerima suap.", "alleged"),
    ("en", "The official allegedly took bribes.", "alleged"),
    ("id", "Sekjen PBB diperkirakan hadir.", "expected"),
    ("en", "The UN chief was also expected to attend.", "expected"),
    ("id", "Sembilan orang dilaporkan meninggal.", "reported"),
])
def test_hedges(code, text, kind):
    (h,) = read_markers(text, 0, len(text), code)["hedges"]
    assert h.label == kind


@pytest.mark.parametrize("code,text,kind", [
    ("id", "Presiden tiba di Tokyo untuk kunjungan kenegaraan selama tiga hari.", "visit:state"),
    ("id", "Perdana menteri itu melakukan kunjungan kerja resmi ke Jakarta.", "visit:working"),
    ("en", "The president arrived in Tokyo for a three-day state visit.", "visit:state"),
    ("en", "The prime minister is on an official working visit to Jakarta.", "visit:working"),
])
def test_kinds_that_exclude_one_another(code, text, kind):
    (k,) = read_markers(text, 0, len(text), code)["kinds"]
    assert k.label == kind


@pytest.mark.parametrize("code,text", [
    ("id", "Menteri itu melakukan kunjungan resmi ke Jakarta."),
    ("en", "The minister paid an official visit to Jakarta."),
])
def test_an_official_visit_names_no_kind(code, text):
    # papers call any visit "official", the state visit included
    assert read_markers(text, 0, len(text), code)["kinds"] == []


@pytest.mark.parametrize("code,text,word", [
    ("id", "Rusia tidak setuju dengan usulan itu.", "setuju"),
    ("en", "Russia did not agree to the plan.", "agree"),
])
def test_negations_and_what_they_deny(code, text, word):
    (n,) = read_markers(text, 0, len(text), code)["negations"]
    assert governed(text, n) == word


@pytest.mark.parametrize("code,text", [
    ("id", "Rusia tidak hanya setuju, tetapi juga mendukung."),
    ("en", "Russia not only agreed but also backed the plan."),
    ("id", "Gempa itu menewaskan tak kurang dari sepuluh orang."),
])
def test_phrases_that_hold_a_negation_word_deny_nothing(code, text):
    assert read_markers(text, 0, len(text), code)["negations"] == []


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators_read_back_in_each_language(n):
    idn = f"{n:,}".replace(",", ".")
    assert one_number(f"Sebanyak {idn} orang hadir.", "id").attrs["value"] == n
    assert one_number(f"Some {n:,} people attended.", "en").attrs["value"] == n


def test_the_stage_adds_the_layers_and_spans_point_into_the_text():
    text = ("Kompas - 6 Maret 2025\n"
            "JAKARTA - Banjir di Jakarta menewaskan sedikitnya 12 orang pada Rabu (5/3/2025) pukul 16.10 WIB.\n"
            "Pemerintah akan mengirim bantuan ke semua wilayah yang terdampak.\n")
    a = article(text)
    for layer in ("numbers", "times", "relations", "modality", "quantifiers", "hedges", "negations", "kinds"):
        assert layer in a.layers
    c = claim_with(a, "menewaskan")
    slots = of_claim(a, c)
    (n,) = slots.numbers
    assert a.text[n.start:n.end] == "sedikitnya 12 orang"
    (t,) = slots.times
    assert a.text[t.start:t.end] == "pukul 16.10 WIB"
    later = of_claim(a, claim_with(a, "bantuan"))
    assert [a.text[m.start:m.end] for m in later.modality] == ["akan"]
    assert [q.label for q in later.quantifiers] == ["all"]


@pytest.mark.parametrize("code,text,added", [
    ("id", "Petugas mencatat 35 orang tambahan terluka.", True),
    ("id", "Tambahan 35 orang dilaporkan terluka.", True),
    ("id", "Dua orang lagi ditemukan tewas.", True),
    ("id", "Petugas mencatat 35 orang terluka.", False),
    ("en", "Another 35 people were injured.", True),
    ("en", "Officials counted 35 more people injured.", True),
    ("en", "An additional 35 people were injured.", True),
    ("en", "Officials counted 35 people injured.", False),
])
def test_an_increment_on_an_earlier_count_is_marked(code, text, added):
    n = one_number(text, code)
    assert n.attrs["added"] is added


@pytest.mark.parametrize("code,text", [
    ("id", "Pusat gempa berada sekitar 150 kilometer (km) sebelah barat daya Padang."),
    ("en", "Its epicentre was about 150 km southwest of Padang."),
])
def test_a_distance_from_a_place_is_measured_as_a_distance(code, text):
    assert one_number(text, code).attrs["measure"] == "distance"


@pytest.mark.parametrize("code,text", [
    # a bare bearing right after a length: how far from the place, though a depth follows
    ("id", "Pusat gempa berada 25 kilometer barat daya Kota Palu pada kedalaman 12 kilometer."),
    ("id", "Gempa berpusat di laut 40 km tenggara Kabupaten Malang, kedalaman 12 km."),
    ("en", "The epicentre was 25 km north-east of the town, at a depth of 12 km."),
])
def test_a_length_before_a_bearing_is_a_distance_and_the_depth_is_the_others(code, text):
    first, second = numbers(text, code)
    assert first.attrs["measure"] == "distance"
    assert second.attrs["measure"] == "depth"


@pytest.mark.parametrize("code,text,place", [
    ("id", "Ekspor ke Jepang mencapai 5 miliar dolar AS.", "Japan"),
    ("id", "Ekspor mencapai 5 miliar dolar AS.", ""),
    ("en", "Exports to Japan reached 5 billion US dollars.", "Japan"),
])
def test_the_country_of_a_currency_is_not_where_a_figure_was_counted(code, text, place):
    assert one_number(text, code).attrs["place"] == place


@pytest.mark.parametrize("code,text,place", [
    # a locative put before its clause is the place of the clause after the comma
    ("id", "Di Kota Garut, 15 orang dipastikan tewas.", "Kota Garut"),
    ("id", "Di kota Garut, 15 orang dipastikan tewas.", "Garut"),
    ("en", "In Garut, 15 people were confirmed dead.", "Garut"),
    # an opening phrase that names no place gives none
    ("en", "In the end, 15 people were confirmed dead.", ""),
])
def test_a_place_before_its_clause_is_where_the_figure_was_counted(code, text, place):
    assert one_number(text, code).attrs["place"] == place


@pytest.mark.parametrize("code,text", [
    ("id", "Gelombang setinggi tiga meter atau lebih bisa terjadi."),
    ("en", "Waves of three meters or more could hit the coast."),
])
def test_or_more_after_a_figure_makes_it_a_floor(code, text):
    n = one_number(text, code)
    assert n.attrs["bound"] == "min" and n.attrs["lo"] == 300  # three metres, in centimetres


@pytest.mark.parametrize("code,text", [
    # headlines put the verb in the present
    ("en", "12K Fans join Singer for Concert in Bandung"),
    ("en", "About 5,000 people gather at the square."),
    ("id", "Sekitar 5.000 warga berkumpul di alun-alun."),
    ("id", "Konser itu dihadiri 12.000 penonton."),
])
def test_a_crowd_is_counted_as_attending(code, text):
    assert one_number(text, code).attrs["measure"] == "attended"


@pytest.mark.parametrize("code,text", [
    ("en", "The pilots found a problem with one of its engines."),
    ("id", "Pilot menemukan masalah pada salah satu mesin pesawat."),
    ("id", "Pilot menemukan masalah pada mesin nomor dua."),
    ("en", "The pilots found a problem with engine number two."),
    ("id", "Pasangan calon nomor urut 3 menggugat hasil pemilihan."),
])
def test_one_among_several_or_an_identifier_is_no_count(code, text):
    assert numbers(text, code) == []


def test_people_made_to_take_shelter_are_the_displaced():
    assert one_number("The flood forced 2,430 residents to take shelter in mosques.", "en").attrs["measure"] == "displaced"


@pytest.mark.parametrize("text,kinds", [
    ("Most students were sent home on Monday.", ["most"]),
    ("Most of the students were sent home on Monday.", ["most"]),
    ("It was the most powerful quake in a decade.", []),  # a degree, not how many
    ("At most ten houses were damaged.", []),
    ("West Java, the country's most populous province, led the list.", []),
])
def test_most_is_a_quantifier_unless_it_makes_a_degree(text, kinds):
    assert [q.label for q in read_markers(text, 0, len(text), "en")["quantifiers"]] == kinds


@pytest.mark.parametrize("code,text,periods", [
    ("id", "Inflasi tahunan (yoy) pada Mei tercatat 2,14 persen.", {"year"}),
    ("id", "Secara bulanan, harga naik 0,21 persen.", {"month"}),
    ("id", "Inflasi tahun kalender mencapai 1,32 persen.", {"ytd"}),
    ("en", "Exports rose 3.1% month-on-month and 9.4% year-on-year.", {"month", "year"}),
    ("en", "Inflation was 2.14% in May.", set()),
])
def test_the_period_a_rate_is_measured_over(code, text, periods):
    assert periods_in(text, code) == periods


@pytest.mark.parametrize("text,code,counts", [
    ("Penerbangan XY 618 mendarat darurat di Makassar.", "id", []),
    ("The Boeing 737-800 returned to the airport with 164 passengers.", "en", [(164.0, "person")]),
    ("Kecelakaan di Tol KM 426 menewaskan empat orang.", "id", [(4.0, "person")]),
    # a unit after the figure makes it a count whatever stands before it
    ("Tarif AS 10 persen berlaku mulai pekan depan.", "id", [(10.0, "percent")]),
    # a vessel's name its code opens, numbered
    ("Kapal tunda TB Bahari Jaya 12 mulai menarik kapal itu.", "id", []),
    ("The tanker MT Sea Lotus 3 picked up 13 people from the water.", "en", [(13.0, "person")]),
    # a body's acronym is no vessel's code: the figure after its place counts
    ("Polisi menahan 12 orang, sedangkan KPU Jakarta 15 kali menggelar rapat.", "id", [(12.0, "person"), (15.0, "")]),
])
def test_a_flights_or_a_models_number_is_no_count(text, code, counts):
    assert [(n.attrs["value"], n.attrs["unit"]) for n in read_numbers(text, 0, len(text), code, [])] == counts


@pytest.mark.parametrize("text,ages", [
    ("Polisi menangkap dua tersangka berinisial AR (34) dan MH (27) di pelabuhan.", [34.0, 27.0]),
    ("Korban, Budi Santoso (52), dirawat di rumah sakit.", [52.0]),
])
def test_a_number_in_brackets_after_initials_or_a_name_is_an_age(text, ages):
    assert [n.attrs["value"] for n in read_numbers(text, 0, len(text), "id", []) if n.attrs["unit"] == "age"] == ages


@pytest.mark.parametrize("text,code,times", [
    # the zone written once after a range's second time is the first's too
    ("Skema satu arah berlaku mulai pukul 07.00 hingga 22.00 WIB.", "id", [(420, "WIB"), (1320, "WIB")]),
    ("The road is closed from 7:00 a.m. to 10:00 p.m. GMT.", "en", [(420, "GMT"), (1320, "GMT")]),
    # "24.00" is midnight, not "00 WIB"
    ("Skema satu arah berlaku mulai pukul 07.00 hingga 24.00 WIB.", "id", [(420, "WIB"), (1440, "WIB")]),
    # two times apart, not a range: each its own zone
    ("Gempa pertama pukul 07.00 dan gempa kedua pukul 09.15 WIB.", "id", [(420, ""), (555, "WIB")]),
])
def test_a_range_of_clock_times(text, code, times):
    from provenance.slots import read_times
    assert [(t.attrs["minutes"], t.attrs["zone"]) for t in read_times(text, 0, len(text), code)] == times


@pytest.mark.parametrize("text,code,said", [
    ("No one was hurt in the fire, police said.", "en", "No one"),
    ("Tidak ada seorang pun yang terluka dalam kebakaran itu.", "id", "Tidak ada seorang pun"),
    ("Tak ada satu pun rumah yang rusak.", "id", "Tak ada satu pun"),
])
def test_a_number_word_denied_is_a_count_of_none(text, code, said):
    found = numbers(text, code)
    assert [n.attrs["value"] for n in found] == [0.0]
    assert text[found[0].start:found[0].end].startswith(said)  # (with its unit after it: "satu pun rumah")
