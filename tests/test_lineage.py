"""Lineage: who rewrote whom, on articles written for the tests."""
from provenance import analyze_texts

EN = """Reuters
JAKARTA (Reuters) - Floods in the Indonesian capital Jakarta killed nine people on Wednesday, the disaster agency said.
Heavy rain that began on Tuesday night submerged more than 3,000 homes in the east of the city.
The agency said 12,000 residents had been moved to schools and mosques.
Governor Pramono Anung ordered water pumps to be deployed to the worst-hit districts.
Forecasters warned that more heavy rain was expected until the weekend.
The city of 11 million people is one of the most flood-prone capitals in the world.
"""

# a close translation of EN
ID_TRANSLATION = """Kabar Harian
Banjir di ibu kota Indonesia, Jakarta, menewaskan sembilan orang pada Rabu, kata badan penanggulangan bencana.
Hujan deras yang mulai turun pada Selasa malam merendam lebih dari 3.000 rumah di bagian timur kota.
Badan itu mengatakan 12.000 warga telah dipindahkan ke sekolah dan masjid.
Gubernur Pramono Anung memerintahkan pengerahan pompa air ke distrik-distrik yang paling parah terdampak.
Prakirawan cuaca memperingatkan bahwa hujan lebat masih diperkirakan turun hingga akhir pekan.
Kota berpenduduk 11 juta jiwa itu merupakan salah satu ibu kota paling rawan banjir di dunia.
"""

# another outlet's own translation of EN, worded differently
ID_OTHER = """Warta Kota
Sembilan orang tewas akibat banjir yang melanda Jakarta, ibu kota Indonesia, pada hari Rabu menurut badan bencana.
Lebih dari 3.000 rumah di Jakarta bagian timur terendam setelah hujan lebat sejak Selasa malam.
Sebanyak 12.000 penduduk diungsikan ke sekolah-sekolah dan masjid, menurut badan tersebut.
Pompa air dikerahkan ke wilayah yang paling parah atas perintah Gubernur Pramono Anung.
Menurut prakirawan, hujan deras masih akan mengguyur sampai akhir pekan.
Jakarta, yang dihuni 11 juta orang, termasuk ibu kota yang paling sering dilanda banjir di dunia.
"""


def test_a_translation_is_derived_from_its_original_across_languages():
    c = analyze_texts({"reuters.txt": EN, "kabar.txt": ID_TRANSLATION})
    (d,) = c.derivations
    assert d.later.endswith(":kabar") and d.earlier.endswith(":reuters")
    assert "across languages" in d.evidence and "translation" in d.evidence
    assert not d.credited


def test_two_translations_of_one_story_each_follow_the_original():
    c = analyze_texts({"reuters.txt": EN, "kabar.txt": ID_TRANSLATION, "warta.txt": ID_OTHER})
    parents = {d.later.split(":")[-1]: d.earlier.split(":")[-1] for d in c.derivations}
    assert parents.get("kabar") == "reuters"
    assert parents.get("warta") in ("reuters", None)
    assert "reuters" not in parents


def test_an_article_crediting_the_other_outlet_is_the_later():
    credited = ID_TRANSLATION + "Artikel ini telah tayang di Warta Kota.\n"
    c = analyze_texts({"kabar.txt": credited, "warta.txt": ID_TRANSLATION.replace("Kabar Harian", "Warta Kota")})
    laters = {d.later.split(":")[-1] for d in c.derivations}
    assert laters <= {"kabar"}


def test_a_credit_names_the_outlet_whatever_way_its_page_writes_it():
    # the masthead gives the web address in capitals, the credit the newsroom's name: one outlet,
    # and a rewrite that credits it is not accused of leaving it out
    credited = ID_TRANSLATION + "Artikel ini telah tayang di Warta Kota.\n"
    c = analyze_texts({"kabar.txt": credited, "warta.txt": ID_TRANSLATION.replace("Kabar Harian", "WARTAKOTA.COM")})
    (d,) = c.derivations
    assert d.later.endswith(":kabar") and d.credited and "does not credit" not in d.evidence


def test_without_dates_credits_or_additions_no_direction_is_claimed():
    c = analyze_texts({"a.txt": ID_TRANSLATION, "b.txt": ID_TRANSLATION.replace("Kabar Harian", "Portal Berita")})
    assert c.derivations == []


def test_unrelated_articles_of_one_event_are_not_rewrites():
    other = """Kompas
JAKARTA, KOMPAS.com - Warga Kampung Melayu mengeluhkan lambatnya bantuan makanan saat banjir pada Rabu.
Sejumlah relawan membuka dapur umum di halaman masjid.
Anak-anak tetap bermain di genangan air meski dilarang orang tua mereka.
Pedagang pasar mengaku rugi karena kios mereka terendam sejak pagi.
Camat setempat berjanji akan mendata kerugian warga pekan depan.
"""
    c = analyze_texts({"reuters.txt": EN, "kompas.txt": other})
    assert c.derivations == []


def test_of_two_undated_copies_the_wire_agencys_report_is_the_earlier():
    # outlets rewrite wires, not the other way: with no date and no credit to tell, the
    # copy that a wire agency published is the original
    for wire, copy in ((ID_TRANSLATION.replace("Kabar Harian", "Antara"), ID_TRANSLATION),
                       (EN, EN.replace("Reuters\nJAKARTA (Reuters)", "Daily Courier\nJAKARTA"))):
        c = analyze_texts({"wire.txt": wire, "copy.txt": copy})
        (d,) = c.derivations
        assert d.later.endswith(":copy") and d.earlier.endswith(":wire")
        assert "wire agency" in d.evidence


def test_a_copy_of_a_translation_follows_the_translation_not_the_original():
    # a second outlet takes the translation word for word and cuts its last sentence: both
    # align with the original; the one closer to it is the translation, the other its copy
    copy = "\n".join(["Portal Nusantara"] + ID_TRANSLATION.splitlines()[1:6]) + "\n"
    c = analyze_texts({"reuters.txt": EN, "kabar.txt": ID_TRANSLATION, "portal.txt": copy})
    parents = {d.later.split(":")[-1]: d for d in c.derivations}
    assert parents["kabar"].earlier.endswith(":reuters")
    assert parents["portal"].earlier.endswith(":kabar")
    assert "both follow reuters" in parents["portal"].evidence


# a story of nine sentences, in each language, from no wire (so the wire rule does not
# decide) and with no date (so dates do not)
STORY = {
    "id": """Rumah longsor di lereng Gunung Salak menimbun empat rumah warga pada Kamis dini hari.
Hujan deras mengguyur kawasan itu sejak Rabu sore tanpa henti.
Kepala desa mengatakan tiga warga masih dicari oleh tim gabungan.
Dua warga lainnya dirawat di puskesmas karena luka ringan.
Petugas mendirikan tenda pengungsian di halaman sekolah dasar.
Jalan menuju desa tertutup lumpur setinggi satu meter.
Alat berat dikerahkan dari kabupaten untuk membuka akses jalan.
Warga diminta menjauhi tebing selama musim hujan.
Pemerintah daerah menyiapkan bantuan makanan untuk seratus keluarga.
""",
    "en": """A landslide on the slopes of Mount Salak buried four homes early on Thursday.
Heavy rain had fallen on the area without a break since Wednesday afternoon.
The village head said three residents were still being sought by a joint team.
Two other residents were treated at a clinic for minor injuries.
Officials set up shelter tents in the yard of a primary school.
The road to the village was covered by a metre of mud.
Heavy equipment was sent from the district to reopen the road.
Residents were told to keep away from the cliffs during the rainy season.
The local government is preparing food aid for a hundred families.
""",
}
EXTRA = {"id": ["Seorang relawan mengaku belum pernah melihat longsor sebesar ini.",
                "Sekolah di desa itu diliburkan hingga pekan depan.",
                "Listrik padam di sebagian besar desa sejak malam."],
         "en": ["A volunteer said he had never seen a landslide this large.",
                "The village school was closed until next week.",
                "Power was cut across most of the village overnight."]}


def _story(lang: str, outlet: str, extra: int = 0) -> str:
    lines = STORY[lang].splitlines()
    return "\n".join([outlet] + lines[:4] + EXTRA[lang][:extra] + lines[4:]) + "\n"


def test_one_sentence_more_is_no_evidence_of_which_version_came_first():
    # an editor adds or drops a sentence either way: with no date and no credit, one sentence
    # more inside the stretch both tell does not make the other version the later one
    for lang in ("id", "en"):
        c = analyze_texts({"a.txt": _story(lang, "Kabar Bogor"), "b.txt": _story(lang, "Warta Pagi", extra=1)})
        assert c.derivations == [], lang


def test_a_version_that_leaves_out_several_sentences_is_the_later():
    # a rewrite cuts more than it adds: three sentences the other tells inside the stretch
    # both tell, and left out, make it the later one
    for lang in ("id", "en"):
        c = analyze_texts({"cut.txt": _story(lang, "Kabar Bogor"), "full.txt": _story(lang, "Warta Pagi", extra=3)})
        (d,) = c.derivations
        assert d.later.endswith(":cut") and d.earlier.endswith(":full"), lang
        assert "leaves out sentences" in d.evidence


def test_a_list_cut_into_one_claim_a_name_counts_as_one_sentence_left_out():
    # how finely a sentence is cut into claims is the tool's doing: three unaligned claims of
    # one sentence are one sentence the other version leaves out, not three
    from provenance.lineage import Alignment, _inserted

    pairs = [(0, 0), (1, 1), (2, 5), (3, 6)]
    al = Alignment("a", "b", pairs, [1.0] * 4, 1.0, 4, 4, 1.0, ((0, 1, 2, 3), (0, 1, 2, 2, 2, 3, 4)))
    assert _inserted(al) == (0, 1)
    al = Alignment("a", "b", pairs, [1.0] * 4, 1.0, 4, 4, 1.0, ((0, 1, 2, 3), (0, 1, 2, 3, 4, 5, 6)))
    assert _inserted(al) == (0, 3)


def test_a_date_a_page_mentions_never_makes_a_stamped_page_the_later():
    # the latest date an unstamped page mentions says when it was written at the earliest: a
    # stamped page of the next day may be its original as well as its copy
    stamped = ("Kabar Bogor\nKamis, 20 Juni 2024 10:11 WIB\n"
               "Rumah longsor di lereng Gunung Salak pada Rabu, 19 Juni 2024, menimbun empat rumah warga.\n"
               + "\n".join(STORY["id"].splitlines()[1:]) + "\n")
    unstamped = stamped.replace("Kabar Bogor\nKamis, 20 Juni 2024 10:11 WIB\n", "Warta Pagi\n")
    c = analyze_texts({"stamped.txt": stamped, "unstamped.txt": unstamped})
    arts = {a.id.split(":")[-1]: a for a in c.articles}
    assert arts["stamped"].meta.published is not None and not arts["stamped"].meta.published_inferred
    assert arts["unstamped"].meta.published_inferred
    assert c.derivations == []


def test_an_outlets_english_edition_is_not_the_original_of_an_indonesian_page():
    # Indonesian outlets translate English wire copy, so an English version is taken for the
    # original when nothing else tells; not when it is the English page of an outlet that
    # reports in Indonesian first (its desk translates its own reporting)
    body = "\n".join(STORY["en"].splitlines()[1:]) + "\n"
    edition = "TEMPO.CO, Jakarta - " + STORY["en"].splitlines()[0] + "\n" + body
    foreign = "SINGAPORE (Daily Courier) - " + STORY["en"].splitlines()[0] + "\n" + body
    translation = _story("id", "Warta Pagi")
    c = analyze_texts({"edition.txt": edition, "warta.txt": translation})
    assert {a.meta.outlet for a in c.articles} >= {"Tempo"}
    assert c.derivations == []
    c = analyze_texts({"foreign.txt": foreign, "warta.txt": translation})
    (d,) = c.derivations
    assert d.later.endswith(":warta") and "translation" in d.evidence


def test_a_wires_english_page_is_not_the_original_of_its_indonesian_report():
    # a national wire reports in Indonesian first; its English service translates its own story
    body = "\n".join(STORY["en"].splitlines()[1:]) + "\n"
    english = "Jakarta (ANTARA) - " + STORY["en"].splitlines()[0] + "\n" + body
    c = analyze_texts({"antara_en.txt": english, "warta.txt": _story("id", "Warta Pagi")})
    assert {a.meta.outlet for a in c.articles} >= {"Antara"}
    assert not any(d.earlier.endswith(":antara_en") and "translation" in d.evidence for d in c.derivations)


def _stamped(outlet: str, stamp: str) -> str:
    return (f"{outlet}\n{stamp}\n"
            "Rumah longsor di lereng Gunung Salak pada Rabu, 19 Juni 2024, menimbun empat rumah warga.\n"
            + "\n".join(STORY["id"].splitlines()[1:]) + "\n")


def test_of_two_pages_of_one_day_the_one_stamped_later_in_its_zone_is_the_later():
    # the clocks of the stamps, each in its zone: 10:11 WIB is 03:11 UTC, 12:40 WITA 04:40 UTC
    c = analyze_texts({"first.txt": _stamped("Kabar Bogor", "Kamis, 20 Juni 2024 10:11 WIB"),
                       "copy.txt": _stamped("Warta Pagi", "Kamis, 20 Juni 2024 12:40 WITA")})
    (d,) = c.derivations
    assert d.later.endswith(":copy") and d.earlier.endswith(":first")
    assert "04:40 UTC" in d.evidence and "03:11 UTC" in d.evidence


def test_clocks_without_a_zone_or_too_close_tell_no_order():
    # a clock with no zone is no moment; two stamps minutes apart may be one wire's at once
    for a, b in (("Kamis, 20 Juni 2024 10:11", "Kamis, 20 Juni 2024 16:40"),
                 ("Kamis, 20 Juni 2024 10:11 WIB", "Kamis, 20 Juni 2024 10:20 WIB")):
        c = analyze_texts({"first.txt": _stamped("Kabar Bogor", a), "copy.txt": _stamped("Warta Pagi", b)})
        assert c.derivations == [], (a, b)
