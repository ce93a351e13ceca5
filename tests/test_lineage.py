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
