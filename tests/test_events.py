"""Events: the evidence two articles' link is weighed on."""
from collections import Counter
from datetime import date

import pytest

from provenance.events import link_features
from provenance.matching.info import Window
from provenance.settings import DEFAULT


def _window():
    return Window(date(2025, 3, 4), date(2025, 3, 4), "stated in the lead")


def events_by_file(corpus) -> dict[str, set[str]]:
    """File name -> the events its claims are in (captions left out: a photo may show another)."""
    return {a.name: {c.event for c in a.claims if c.claim_type != "caption"} for a in corpus.articles}


@pytest.mark.parametrize("lead_a,lead_b,differ", [
    ({"Leader A", "Leader B"}, {"Leader A", "Leader B"}, False),   # the same meeting
    ({"Leader A", "Leader B"}, {"Leader A"}, False),               # one report names only one of them
    ({"Leader A", "Leader B"}, {"Leader A", "Leader C"}, True),     # the same leader meets someone else
    ({"Leader A"}, {"Leader C"}, True),                            # other people altogether
    (set(), {"Leader C"}, False),                                  # a lead naming nobody says nothing
])
def test_principals_differ_only_when_each_lead_names_someone_the_other_does_not(lead_a, lead_b, differ):
    f = link_features(0.5, 0.5, False, 0.0, _window(), _window(), frozenset(lead_a), frozenset(lead_b))
    assert f["principals_differ"] == float(differ)
    g = link_features(0.5, 0.5, False, 0.0, _window(), _window(), frozenset(lead_b), frozenset(lead_a))
    assert g == f


def _principals(texts: dict[str, str]) -> dict[str, frozenset[str]]:
    from provenance import analyze_texts
    from provenance import events, matching
    from provenance.persons import unify_names

    corpus = analyze_texts(texts)
    infos, windows = matching.prepare(corpus.articles, names=unify_names(corpus.articles))
    vectors, _kind = matching.base_vectors(infos)
    return {corpus.articles[k].name: p.principals
            for k, p in enumerate(events.profiles(infos, vectors, windows))}


def test_principals_are_who_the_lead_is_about_not_who_it_quotes():
    """Two reports of one flood quote different officials: that is no sign of two floods."""
    p = _principals({
        "a.txt": "Banjir di Kota Hilir\n\nBanjir merendam 300 rumah di Kota Hilir pada Senin (3/3/2025), "
                 "kata Kepala BPBD Hendra Wijaya.\n",
        "b.txt": "Flood in Hilir\n\nFloods swamped 300 homes in Hilir on Monday, March 3, 2025, "
                 "said police chief Rudi Hartono.\n",
    })
    assert p["a.txt"] == frozenset() and p["b.txt"] == frozenset()


@pytest.mark.parametrize("text", [
    # the tail of a quotation's credit, cut into a claim of its own, names who spoke
    "Gudang Terbakar\n\nSebuah gudang di Kota Hilir terbakar pada Senin (3/3/2025). “Kami menyesalkan kejadian "
    "ini dan berdukacita atas para korban,” kata Kepala Dinas Pemadam Kebakaran Hendra Wijaya yang langsung "
    "meninjau lokasi di Kota Hilir, Senin (3/3).\n",
    "Warehouse fire\n\nA warehouse in Hilir burned down on Monday, March 3, 2025. \"The fire spread fast,\" "
    "said Rudi Hartono, the fire chief, who visited the site.\n",
])
def test_who_a_quotation_is_credited_to_is_not_a_principal(text):
    assert _principals({"a.txt": text})["a.txt"] == frozenset()


@pytest.mark.parametrize("text", [
    "Banjir di Kota Hilir\n\nBanjir merendam 300 rumah di Kota Hilir pada Senin (3/3/2025). Air setinggi satu meter "
    "masuk ke permukiman warga. Sekolah di tiga kecamatan diliburkan. Jalan utama kota lumpuh sejak pagi. Ratusan "
    "warga mengungsi ke balai desa. Bupati Hendra Wijaya meninjau lokasi banjir pada sore harinya.\n",
    "Flood in Hilir\n\nFloods swamped 300 homes in Hilir on Monday, March 3, 2025. Water a metre deep entered the "
    "houses. Schools in three districts were closed. The main road was cut off since the morning. Hundreds of "
    "residents fled to the village hall. Regent Hendra Wijaya visited the flooded area in the afternoon.\n",
])
def test_a_report_whose_lead_names_nobody_has_no_principals(text):
    """The official a flood report names in its sixth sentence is not what the flood is about:
    another report of it, naming another official further down, is no other flood."""
    assert _principals({"a.txt": text})["a.txt"] == frozenset()


def test_the_people_a_lead_reports_on_are_its_principals():
    p = _principals({
        "a.txt": "Pertemuan\n\nPresiden Budi Santoso bertemu Perdana Menteri Anna Lind di Oslo pada Senin (3/3/2025).\n",
    })
    assert p["a.txt"] == frozenset({"@budi_santoso", "@anna_lind"})


@pytest.mark.parametrize("places_a,places_b,differ", [
    ({"Hanoi"}, {"Hanoi"}, False),            # the same meeting
    ({"Hanoi"}, {"Hanoi", "Bangkok"}, False),  # one lead names a second place too
    ({"Hanoi"}, {"Bangkok"}, True),            # the same leaders, another city: another meeting
    (set(), {"Bangkok"}, False),               # a lead naming no place says nothing
])
def test_places_differ_only_when_both_leads_place_it_and_share_no_place(places_a, places_b, differ):
    f = link_features(0.5, 0.5, False, 0.0, _window(), _window(), frozenset(), frozenset(),
                      frozenset(places_a), frozenset(places_b))
    assert f["places_differ"] == float(differ)


@pytest.mark.parametrize("a,b,differ", [
    # a wire placing it in the province, a local report in a regency its address puts there
    (({"Sungai Lebar"}, {"Jambi"}), ({"Jambi"}, set()), False),
    (({"Jambi"}, set()), ({"Sungai Lebar"}, {"Jambi"}), False),
    # two regencies of one province are two places
    (({"Sungai Lebar"}, {"Jambi"}), ({"Bukit Tinggi Hulu"}, {"Jambi"}), True),
    (({"Sungai Lebar"}, {"Jambi"}), ({"Palembang"}, set()), True),
])
def test_a_place_inside_the_place_of_the_other_lead_is_no_other_place(a, b, differ):
    (la, ha), (lb, hb) = a, b
    f = link_features(0.5, 0.5, False, 0.0, _window(), _window(), frozenset(), frozenset(),
                      frozenset(la), frozenset(lb), ha=frozenset(ha), hb=frozenset(hb))
    assert f["places_differ"] == float(differ)


@pytest.mark.parametrize("text,held_in", [
    ("Tujuh narapidana Lapas Sungai Lebar, Kabupaten Sungai Lebar, Jambi, kabur pada Selasa (10/3/2026).", {"Jambi"}),
    ("Seven inmates escaped from a prison in Sungai Lebar regency, Jambi province, on Tuesday.", {"Jambi"}),
    ("Tujuh narapidana kabur dari lapas di Jambi pada Selasa (10/3/2026).", set()),
])
def test_a_lead_says_which_place_its_place_lies_in(text, held_in):
    from provenance import analyze_texts, matching
    from provenance.events import lead_holders

    corpus = analyze_texts({"a.txt": "Napi Kabur\n\n" + text + "\n"})
    infos, _ = matching.prepare(corpus.articles)
    assert lead_holders(infos) == held_in


def test_a_lead_names_the_places_it_happened_in():
    from provenance import analyze_texts, matching
    from provenance.events import lead_places

    corpus = analyze_texts({"a.txt": "Pertemuan\n\nPresiden Budi Santoso bertemu Perdana Menteri Anna Lind di Hanoi "
                                     "pada Senin (3/3/2025).\n\nKeduanya akan ke Bangkok pekan depan, kata juru bicara.\n"
                                     "\nMereka membahas perdagangan dan investasi di kawasan.\n"})
    infos, _ = matching.prepare(corpus.articles)
    assert lead_places(infos) == {"Hanoi", "Bangkok"}
    assert lead_places(infos[:2]) <= {"Hanoi", "Bangkok"}


@pytest.mark.parametrize("text,place,code,where", [
    ("Kedua presiden bertemu di Hanoi pada Senin.", "Hanoi", "id", True),
    ("Kedua presiden bertemu di Hanoi, Vietnam, pada Senin.", "Vietnam", "id", True),   # a place after a place
    ("Mereka bertemu di kota pelabuhan Hanoi.", "Hanoi", "id", True),                  # place heads between
    ("The talks in the Vietnamese city of Hanoi ended.", "Hanoi", "en", True),
    ("The minister flew into Hanoi on Monday.", "Hanoi", "en", True),
    ("In Hanoi, the two ministers signed the pact.", "Hanoi", "en", True),            # a fronted locative
    ("Di Hanoi, kedua menteri meneken pakta itu.", "Hanoi", "id", True),
    ("Striker Angel Di Hanoi scored twice.", "Hanoi", "en", False),                   # "Di" in a name
    ("The deal with Hanoi cuts tariffs.", "Hanoi", "en", False),                      # a government by its capital
    ("Hanoi and Bangkok see the pact as a shield.", "Bangkok", "en", False),
    ("Hanoi menilai kesepakatan itu adil.", "Hanoi", "id", False),
    ("Menteri itu berbicara dengan Hanoi soal tarif.", "Hanoi", "id", False),
    ("in a long round of trade talks with Hanoi", "Hanoi", "en", False),               # "in" too far, words between
    # a venue's long name (and its abbreviation) before the city: one name, however many words
    ("Misa digelar di Stadion Utama Kusuma Bangsa Raya (SUKBR), Hanoi, pada Minggu.", "Hanoi", "id", True),
    ("The vigil was held at the Hall of the National Teachers Union (NTU), Hanoi.", "Hanoi", "en", True),
    ("Warga berkumpul di luar Hanoi sejak pagi.", "Hanoi", "id", False),                # outside it: not where
    # a visit's destination is where it happens, its visitor between or not; "to" alone is not
    ("The two signed six deals during a state visit by the Chilean president to Hanoi.", "Hanoi", "en", True),
    ("It was his first trip to Hanoi since 2019.", "Hanoi", "en", True),
    ("Exports to Hanoi rose by a tenth.", "Hanoi", "en", False),
    ("The envoy spoke to Hanoi about the visit.", "Hanoi", "en", False),
])
def test_a_place_counts_where_something_is_not_for_its_government(text, place, code, where):
    from provenance.events import named_as_location
    assert named_as_location(text, text.index(place), code) is where


def test_an_event_is_placed_where_its_leads_say_not_where_the_reports_were_filed():
    from provenance import analyze_texts
    corpus = analyze_texts({
        "a.txt": "Pertemuan di Hanoi\n\nJAKARTA, KOMPAS.com - Presiden Budi Santoso bertemu Perdana Menteri Anna Lind "
                 "di Hanoi, Senin (3/3/2025).\n\nKeduanya membahas perdagangan.\n",
    })
    assert [e.place for e in corpus.events] == ["Hanoi"]


def test_a_far_off_happening_is_placed_in_the_country_its_lead_names_not_the_newsrooms_city():
    # the newsroom datelines it with its own city and names the city again (its ministry there);
    # the lead names no town the gazetteer knows, only the country
    from provenance import analyze_texts
    corpus = analyze_texts({
        "a.txt": "Longsor Timpa Bus Wisata\n\nJakarta, KABARDUNIA - Tanah longsor menimpa sebuah bus wisata di jalan "
                 "pegunungan di Peru bagian selatan pada Senin (13/4/2026), menewaskan sedikitnya 11 orang.\n\n"
                 "Kementerian Luar Negeri di Jakarta menyatakan tidak ada WNI di antara korban.\n",
    })
    assert [e.place for e in corpus.events] == ["Peru"]


def test_a_place_near_or_around_is_where_something_is():
    from provenance.events import named_as_location
    for text in ("Gempa terjadi di dekat kota Hilir.", "Banjir melanda rumah di pinggiran Hilir."):
        assert named_as_location(text, text.index("Hilir"), "id")


# One pair of leaders, the same frames, two meetings: a day and a city apart. A day alone is
# allowed (time zones, next-day reports), a place alone too (a dateline read as the venue);
# both at once are two happenings, however alike the reports read.
MEETING = {
    "id": """{outlet} - {pub} Januari 2025

{cap} - Perdana Menteri Malaysia Anwar Ibrahim dan Presiden Brasil Luiz Lula bertemu di {city} pada {wd} ({d}/1/2025).
Kedua negara menandatangani {n} nota kesepahaman dalam kunjungan tersebut.
Perdagangan kedua negara tercatat sebesar 14 miliar dolar AS pada tahun lalu.
Para analis menilai pertemuan ini sebagai sinyal kuat bagi kawasan.
""",
    "en": """{outlet} - January {pub}, 2025

{cap} - Malaysian Prime Minister Anwar Ibrahim and Brazilian President Luiz Lula met in {city} on {wd}, January {d}, 2025.
The two countries signed {n} memoranda of understanding during the visit.
Trade between the two countries stood at 14 billion US dollars last year.
Analysts saw the meeting as a strong signal to the region.
""",
}
WEEKDAYS = {"id": {24: "Jumat", 23: "Kamis"}, "en": {24: "Friday", 23: "Thursday"}}


@pytest.mark.parametrize("code", sorted(MEETING))
def test_the_same_leaders_a_day_and_a_city_apart_are_two_meetings(code):
    from provenance import analyze_texts

    def report(outlet, city, d, n, pub):
        return MEETING[code].format(outlet=outlet, cap=city.upper(), city=city, d=d, wd=WEEKDAYS[code][d], n=n, pub=pub)

    c = analyze_texts({"a.txt": report("Daily One", "Hanoi", 24, 25, 25), "b.txt": report("Post Two", "Hanoi", 24, 25, 24),
                       "c.txt": report("Wire Three", "Ankara", 23, 12, 23)})
    event = {a.name: {cl.event for cl in a.claims if cl.claim_type == "statement"} for a in c.articles}
    assert event["a.txt"] == event["b.txt"] and len(event["a.txt"]) == 1
    assert not event["c.txt"] & event["a.txt"]


_FLOOD_EN = """JAKARTA (Reuters) - Floods in Jakarta killed nine people on Wednesday, the disaster agency said.
Heavy rain that began on Tuesday night submerged more than 3,000 homes in the east of the city.
The agency said 12,000 residents had been moved to schools and mosques.
"""
_FLOOD_ID = """JAKARTA - Banjir di Jakarta menewaskan sembilan orang pada Rabu, kata badan penanggulangan bencana.
Hujan deras sejak Selasa malam merendam lebih dari 3.000 rumah di bagian timur kota.
Sebanyak 12.000 warga dipindahkan ke sekolah dan masjid.
"""
_TRADE_EN = """SINGAPORE (AP) - Exports from Singapore rose 4 percent in March, the trade agency said on Friday.
Shipments of electronics to China led the rise, the agency said.
"""
_TRADE_ID = """SINGAPURA - Ekspor Singapura naik 4 persen pada Maret, kata badan perdagangan pada Jumat.
Pengiriman barang elektronik ke China menjadi pendorong utama kenaikan itu.
"""


def test_could_reach_never_rules_out_a_pair_whose_link_reaches_the_threshold():
    # could_reach spares the pairs it rules out their block of claim verdicts: it must never
    # rule out a pair whose link, computed in full, reaches the threshold; each pair is asked
    # at its own link, the hardest threshold it reaches
    from provenance import analyze_texts
    from provenance import events, matching
    from provenance.persons import unify_names

    corpus = analyze_texts({"flood-en.txt": _FLOOD_EN, "flood-id.txt": _FLOOD_ID,
                            "trade-en.txt": _TRADE_EN, "trade-id.txt": _TRADE_ID})
    infos, windows = matching.prepare(corpus.articles, names=unify_names(corpus.articles))
    vectors, kind = matching.base_vectors(infos)
    profs = events.profiles(infos, vectors, windows)
    links = events.ArticleLinks(profs, infos, matching.BlockScorer(infos, vectors, kind), windows)
    pairs = [(i, j) for i in range(len(profs)) for j in range(i + 1, len(profs))]
    linked = [(i, j, links.probability(i, j)) for i, j in pairs]
    assert any(p >= 0.5 for _i, _j, p in linked)  # the control: the two reports of a story link
    for i, j, p in linked:
        if p > 0:
            assert links.could_reach(i, j, p), (profs[i].article_id, profs[j].article_id, p)


class _Links:
    """Links given as a table, for the grouping rule alone: the pairs not named have none."""

    def __init__(self, table: dict[tuple[int, int], float]):
        self.table = {(min(i, j), max(i, j)): p for (i, j), p in table.items()}

    def prefetch(self, pairs):
        pass  # nothing to compute ahead: the table is all there is

    def could_reach(self, i, j, threshold):
        return self.probability(i, j) >= threshold

    def probability(self, i, j):
        return self.table.get((min(i, j), max(i, j)), 0.0)


def _profiles(days: list[int | None], places: list[set[str]] | None = None):
    import numpy as np
    from provenance.events import ArticleProfile

    def window(d):
        if d is None:  # undated: the days before its publication
            return Window(date(2025, 3, 1), date(2025, 3, 8), "before publication")
        return Window(date(2025, 3, d), date(2025, 3, d), "stated in the lead")
    vector = np.ones(4) / 2.0  # all alike: nearest_pairs offers every pair
    places = places or [set()] * len(days)
    return [ArticleProfile(f"a{i}", "en", vector, Counter(), frozenset(), window(d), frozenset(where))
            for i, (d, where) in enumerate(zip(days, places))]


# two groups of two reports each (0-1 and 2-3), linked strongly within; across, two strong
# links (0-2 and 1-3) and two weak ones: the mean across (0.375) is under the threshold
_TWO_GROUPS = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.7, (1, 3): 0.6, (0, 3): 0.1, (1, 2): 0.1}


def _groups(days, table, places=None, **settings):
    from dataclasses import replace
    from provenance.events import group_articles
    from provenance.settings import DEFAULT
    return group_articles(_profiles(days, places), _Links(table), replace(DEFAULT, **settings))


def test_two_groups_join_on_several_strong_links_when_the_mean_is_not_far_off():
    # one happening in two wordings (or two languages): the closest reports link strongly, the
    # farthest pull the mean down
    assert _groups([5, 5, 5, 5], _TWO_GROUPS) == [[0, 1, 2, 3]]
    assert _groups([None] * 4, _TWO_GROUPS) == [[0, 1, 2, 3]]  # undated reports too


def test_groups_stay_apart_on_the_mean_alone_without_enough_strong_links():
    assert _groups([5, 5, 5, 5], _TWO_GROUPS, event_support_links=3) == [[0, 1], [2, 3]]
    one_strong = {**_TWO_GROUPS, (1, 3): 0.45}  # one strong link: a shared wire paragraph, say
    assert _groups([5, 5, 5, 5], one_strong) == [[0, 1], [2, 3]]
    far_off = {**_TWO_GROUPS, (0, 3): 0.0, (1, 2): 0.0}  # mean 0.325 ...
    assert _groups([5, 5, 5, 5], far_off, event_support_mean=0.33) == [[0, 1], [2, 3]]


def test_groups_whose_leads_state_dates_a_day_apart_join_only_on_the_mean_link():
    # the same people's ceremony the next day: its reports share strong links with the first
    # day's, yet it is another event
    assert _groups([5, 5, 6, 6], _TWO_GROUPS) == [[0, 1], [2, 3]]
    assert _groups([5, None, 6, None], _TWO_GROUPS) == [[0, 1], [2, 3]]
    strong_mean = {**_TWO_GROUPS, (0, 3): 0.6, (1, 2): 0.6}  # the mean holds (0.625): one happening
    assert _groups([5, 5, 6, 6], strong_mean) == [[0, 1, 2, 3]]


def test_groups_whose_leads_place_it_in_two_cities_join_only_on_the_mean_link():
    # the same leaders meeting again in another city, told in like words (and undated, so no
    # date keeps them apart): the strong links are the rhetoric they repeat, not one happening
    cities = [{"Sochi"}, set(), {"Tashkent"}, set()]
    assert _groups([None] * 4, _TWO_GROUPS, cities) == [[0, 1], [2, 3]]
    assert _groups([5, 5, 5, 5], _TWO_GROUPS, cities) == [[0, 1], [2, 3]]
    # one lead places it and the other group's do not: nothing known against one happening
    assert _groups([None] * 4, _TWO_GROUPS, [{"Sochi"}, set(), set(), set()]) == [[0, 1, 2, 3]]
    # a place in common: the venue and its city named alike
    assert _groups([None] * 4, _TWO_GROUPS, [{"Sochi"}, set(), {"Sochi", "Adler"}, set()]) == [[0, 1, 2, 3]]
    strong_mean = {**_TWO_GROUPS, (0, 3): 0.6, (1, 2): 0.6}  # the mean holds (0.625): one happening
    assert _groups([None] * 4, strong_mean, cities) == [[0, 1, 2, 3]]


class _NamedLinks(_Links):
    """Weak links, names weighed by their rarity in the folder; no pair vetoed."""

    def __init__(self, table, profs, settings):
        from provenance.events import NameWeights
        super().__init__(table)
        self.weights = NameWeights(profs, settings)
        self.profs = profs

    def features(self, i, j, shared=None):
        a, b = self.profs[i], self.profs[j]
        return {"dates_differ": float(a.window.lo != b.window.lo), "places_differ": 0.0, "companies_differ": 0.0,
                "figures_differ": 0.0,
                "principals_differ": float(bool(a.principals - b.principals and b.principals - a.principals))}


def _named_groups(days, names, principals=None, **settings):
    """The groups of ``days``' articles: two groups (0-1 and 2-3) linked strongly within and
    weakly across; ``names``: the names each article uses, ``principals`` the people each lead
    is about."""
    from dataclasses import replace
    from provenance.events import group_articles
    from provenance.settings import DEFAULT
    s = replace(DEFAULT, **{"event_own_name_min_idf": 2.0, **settings})
    n = len(days)
    # the folder's other stories (sixteen reports of other happenings), naming none of these names
    profs = _profiles(days + [20] * 16)
    names = names + [{f"@elsewhere_{k}": 1, "@indonesia": 1} for k in range(16)]
    for k, p in enumerate(profs):
        p.names = Counter(names[k])
        p.people = frozenset(t for t in p.names if t.startswith("@p_"))
        p.principals = frozenset((principals or {}).get(k, ()))
    # other stories of the folder, naming none of these names
    weak = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.2, (1, 3): 0.3, (0, 3): 0.1, (1, 2): 0.2}
    return [g for g in group_articles(profs, _NamedLinks(weak, profs, s), s) if g[0] < n]


# a wire report and its translation, and two local reports naming local officials and villages
_WIRE = [{"@mount": 2, "@karang_lebu": 3, "@agency": 1}, {"@gunung": 2, "@karang_lebu": 3, "@badan": 1}]
_LOCAL = [{"@karang_lebu": 2, "@desa_waiklo": 1, "@p_budi_santoso": 2},
          {"@karang_lebu": 1, "@kecamatan_rendo": 2, "@p_siti_aminah": 1}]


def test_groups_that_alone_name_one_rare_place_are_one_happening():
    # a volcano only these four reports name: one eruption, though the local reports' many
    # local names keep their links weak, and though one side dates it a day later
    assert _named_groups([5, 5, 5, 5], _WIRE + _LOCAL) == [[0, 1, 2, 3]]
    assert _named_groups([6, None, 5, 5], _WIRE + _LOCAL) == [[0, 1, 2, 3]]
    assert _named_groups([5, 5, 5, 5], _WIRE + _LOCAL, event_own_name_min_idf=0) == [[0, 1], [2, 3]]
    # and so by default: a run with no settings given joins them
    assert _named_groups([6, None, 5, 5], _WIRE + _LOCAL, event_own_name_min_idf=DEFAULT.event_own_name_min_idf) \
        == [[0, 1, 2, 3]]


def test_groups_sharing_a_name_others_use_or_a_person_stay_apart():
    # another article of the folder names the volcano too: the name is not theirs alone
    wire = _WIRE + _LOCAL + [{"@karang_lebu": 1}]
    assert _named_groups([5, 5, 5, 5, 5], wire) == [[0, 1], [2, 3], [4]]
    # what the four share is a person: two happenings of the same man
    person = [{**n, "@p_rahmat_hidayat": 1} for n in (_WIRE + _LOCAL)]
    person = [{t: c for t, c in n.items() if t != "@karang_lebu"} for n in person]
    assert _named_groups([5, 5, 5, 5], person) == [[0, 1], [2, 3]]


@pytest.mark.parametrize("shared", ["@east_java", "@ktt", "@gunung", "@sulawesi_tengah"])
def test_groups_sharing_only_a_known_region_or_word_stay_apart(shared):
    # a province, a summit's acronym, a mountain's head word: names the data files know, which
    # many happenings share, however rare they are in a small folder
    named = [{t if t != "@karang_lebu" else shared: c for t, c in n.items()} for n in (_WIRE + _LOCAL)]
    assert _named_groups([5, 5, 5, 5], named) == [[0, 1], [2, 3]]


def test_the_same_principals_a_day_apart_stay_two_happenings_whatever_place_they_share():
    # a ceremony the next day in the same town: both sides' leads name the leaders
    leaders = {0: {"@p_a"}, 1: {"@p_a"}, 2: {"@p_a"}, 3: {"@p_a"}}
    assert _named_groups([5, 5, 6, 6], _WIRE + _LOCAL, leaders) == [[0, 1], [2, 3]]
    assert _named_groups([5, 5, 5, 5], _WIRE + _LOCAL, leaders) == [[0, 1, 2, 3]]
    # leads about different people: another happening in the same place
    other = {0: {"@p_a"}, 2: {"@p_b"}}
    assert _named_groups([5, 5, 5, 5], _WIRE + _LOCAL, other) == [[0, 1], [2, 3]]


# --- one happening told on two days because of the clock

def _clocks(texts: dict[str, str], on: bool = True) -> dict[str, tuple]:
    from dataclasses import replace
    from provenance import analyze_texts
    from provenance import events, matching
    from provenance.persons import unify_names
    from provenance.settings import DEFAULT

    corpus = analyze_texts(texts)
    infos, windows = matching.prepare(corpus.articles, names=unify_names(corpus.articles))
    vectors, _kind = matching.base_vectors(infos)
    settings = replace(DEFAULT, event_clock_reasons=on)
    return {corpus.articles[k].name: (p.window.lo, p.clock, p.zoned)
            for k, p in enumerate(events.profiles(infos, vectors, windows, settings))}


_LEADS = {
    "night-id.txt": "Gunung Meletus\n\nGunung Api Karang Lebu di Pulau Sawu meletus pada Minggu (2/3/2025) malam. "
                    "Tiga desa tertutup abu.\n",
    "clock-id.txt": "Gunung Meletus\n\nGunung Api Karang Lebu meletus pada Minggu, 2 Maret 2025 sekitar pukul 23.50 "
                    "WITA. Tiga desa tertutup abu.\n",
    "early-id.txt": "Gunung Meletus\n\nGunung Api Karang Lebu meletus pada Senin (3/3/2025) dini hari. Tiga desa "
                    "tertutup abu.\n",
    "midnight-en.txt": "Volcano erupts\n\nMount Karang Lebu on Sawu island erupted just after midnight on Monday, "
                       "March 3, 2025, covering three villages in ash.\n",
    "late-en.txt": "Volcano erupts\n\nMount Karang Lebu erupted late on Sunday, March 2, 2025, covering three "
                   "villages in ash.\n",
    "gmt-en.txt": "Volcano erupts\n\nMount Karang Lebu erupted at 1550 GMT on Sunday, March 2, 2025, covering "
                  "three villages in ash.\n",
    "morning-en.txt": "Volcano erupts\n\nMount Karang Lebu erupted on Monday, March 3, 2025, at 10 a.m., covering "
                      "three villages in ash.\n",
    "far-id.txt": "Gunung Meletus\n\nGunung Api Karang Lebu meletus pada Minggu (2/3/2025). Warga di tiga desa "
                  "mengungsi ke balai desa hingga malam.\n",
    "eve-id.txt": "Tawuran di Pasar\n\nTawuran antarwarga pecah di Pasar Rendo pada malam Minggu (2/3/2025). "
                  "Dua orang terluka.\n",
}


def test_a_lead_that_dates_its_happening_at_the_turn_of_the_day_says_so():
    c = _clocks(_LEADS)
    assert c["night-id.txt"] == (date(2025, 3, 2), frozenset({"late"}), ())
    assert c["clock-id.txt"] == (date(2025, 3, 2), frozenset({"late"}), ((23 * 60 + 50, 8),))
    assert c["early-id.txt"] == (date(2025, 3, 3), frozenset({"early"}), ())
    assert c["midnight-en.txt"] == (date(2025, 3, 3), frozenset({"early"}), ())
    assert c["late-en.txt"] == (date(2025, 3, 2), frozenset({"late"}), ())
    # a time in universal time, far from midnight: no turn of the day, a zone to convert from
    assert c["gmt-en.txt"] == (date(2025, 3, 2), frozenset(), ((15 * 60 + 50, 0),))
    # a morning's time; a night word of another part of the sentence, far from the date
    assert c["morning-en.txt"] == (date(2025, 3, 3), frozenset(), ())
    assert c["far-id.txt"] == (date(2025, 3, 2), frozenset(), ())
    # "malam Minggu" is Saturday night, the eve of the date: no turn of Sunday
    assert c["eve-id.txt"] == (date(2025, 3, 2), frozenset(), ())
    # off: no lead gives the clock as a reason
    assert all(not clock and not zoned for _d, clock, zoned in _clocks(_LEADS, on=False).values())


def _clocked(day: int, clock=(), zoned=(), lang="en"):
    import numpy as np
    from provenance.events import ArticleProfile
    w = Window(date(2025, 3, day), date(2025, 3, day), "stated in the lead")
    return ArticleProfile("a", lang, np.ones(4) / 2.0, Counter(), frozenset(), w, clock=frozenset(clock),
                          zoned=tuple(zoned))


@pytest.mark.parametrize("a,b,explained", [
    (_clocked(2, {"late"}), _clocked(3), True),                  # Sunday night, told as Monday
    (_clocked(2), _clocked(3, {"early"}), True),                 # just after midnight on Monday, told as Sunday
    (_clocked(2), _clocked(3), False),                           # the same people the next day: two happenings
    (_clocked(2, {"early"}), _clocked(3), False),                # early on Sunday is no reason for Monday
    (_clocked(2), _clocked(3, {"late"}), False),                 # late on Monday is no reason for Sunday
    (_clocked(2, {"late"}), _clocked(4), False),                 # two days apart: no clock explains that
    (_clocked(2, zoned=[(15 * 60 + 50, 0)]), _clocked(3, lang="id"), True),   # 15.50 GMT is 23.50/00.50 in Indonesia
    (_clocked(2, zoned=[(9 * 60, 0)]), _clocked(3, lang="id"), False),        # 09.00 GMT is Sunday there too
    (_clocked(3, zoned=[(10 * 60, 7)], lang="id"), _clocked(2), False),       # a local time is not converted at will
    (_clocked(3, zoned=[(6 * 60, 7)], lang="id"), _clocked(2, zoned=[(23 * 60, 0)]), True),  # 06.00 WIB is 23.00 GMT
])
def test_the_clock_explains_dates_a_day_apart_only_when_a_lead_gives_a_reason(a, b, explained):
    from provenance.events import clock_explains
    assert clock_explains(a, b) is explained
    assert clock_explains(b, a) is explained


def test_groups_a_day_apart_join_on_strong_links_when_the_clock_explains_it():
    from dataclasses import replace
    from provenance.events import group_articles
    from provenance.settings import DEFAULT
    profs = _profiles([2, 2, 3, 3])
    assert group_articles(profs, _Links(_TWO_GROUPS), DEFAULT) == [[0, 1], [2, 3]]
    for k in (0, 1):
        profs[k].clock = frozenset({"late"})  # "Minggu malam", "late on Sunday"
    assert group_articles(profs, _Links(_TWO_GROUPS), DEFAULT) == [[0, 1, 2, 3]]
    profs = _profiles([2, 2, 3, 3])
    profs[2].clock = frozenset({"early"})  # one of Monday's reports: "just after midnight"
    assert group_articles(profs, _Links(_TWO_GROUPS), DEFAULT) == [[0, 1], [2, 3]]  # the other gives none
    profs[3].clock = frozenset({"early", "late"})  # "at midnight"
    assert group_articles(profs, _Links(_TWO_GROUPS), replace(DEFAULT)) == [[0, 1, 2, 3]]


def test_an_event_is_placed_where_a_report_was_filed_from_the_scene_not_in_a_newsroom():
    from provenance import analyze_texts
    corpus = analyze_texts({
        "wire.txt": "Ferry sinks off Sawu\n\nKUPANG, Indonesia — A ferry sank off Sawu island on Monday, March 3, "
                    "2025, killing four people, the search agency said.\n",
        "desk.txt": "Kapal feri tenggelam di Sawu\n\nJakarta, CNN Indonesia --\nSebuah kapal feri tenggelam di perairan "
                    "Pulau Sawu pada Senin (3/3/2025), menewaskan empat orang, kata badan SAR.\n",
        "desk2.txt": "Feri tenggelam di Sawu, empat tewas\n\nJakarta (ANTARA) - Sebuah kapal feri tenggelam di perairan "
                     "Pulau Sawu pada Senin (3/3/2025) dan menewaskan empat orang, kata badan SAR.\n",
    })
    [ev] = [e for e in corpus.events if len(e.articles) == 3]
    assert ev.place == "Kupang"


# --- occasions: the named gathering a lead sets its happening at

@pytest.mark.parametrize("text,code,named", [
    ("The two leaders met on the sidelines of the G20 summit in Rome.", "en", {"G20"}),
    ("They met before the opening of the APEC Leaders' Summit.", "en", {"APEC"}),
    ("The leaders met at a summit of the Shanghai Cooperation Organisation.", "en", {"Shanghai Cooperation Organisation"}),
    ("Kedua pemimpin bertemu di sela-sela KTT ke-20 APEC di Manila.", "id", {"APEC"}),
    ("Presiden hadir dalam sesi tahunan Organisasi Kerja Sama Shanghai (SCO) di Bishkek.", "id",
     {"Shanghai Cooperation Organisation"}),
    # a press conference, a country, a name the registry does not know as one body: none named
    ("The minister told a press conference that NATO troops had been sent.", "en", set()),
    ("Dia bertemu Presiden AS di KTT itu.", "id", set()),
    ("Menteri berbicara di KTT Iklim PBB di Baku.", "id", set()),
    ("Hasil KTT dibahas lagi pekan depan.", "id", set()),
    # a name past a clause's comma is not the summit's
    ("At the summit, the NATO chief said talks would go on.", "en", set()),
])
def test_an_occasion_is_a_name_beside_a_word_of_a_gathering(text, code, named):
    from provenance.events import occasions_named
    assert occasions_named(text, code) == named


def _occasions(text: str) -> frozenset[str]:
    from provenance import analyze_texts, matching
    from provenance.events import lead_occasions
    corpus = analyze_texts({"a.txt": text})
    infos, _ = matching.prepare(corpus.articles)
    return lead_occasions(infos)


def test_a_lead_names_its_occasion_not_an_earlier_one_it_recalls():
    assert _occasions("Pertemuan\n\nPresiden Budi Santoso bertemu Perdana Menteri Anna Lind di sela-sela KTT APEC "
                      "di Manila pada Senin (3/3/2025).\n\nPada KTT G20 sebelumnya, keduanya membahas perdagangan.\n"
                      ) == {"APEC"}
    assert _occasions("Talks\n\nPresident Budi Santoso met Prime Minister Anna Lind on Monday. At the previous G20 "
                      "summit they had agreed on a trade pact.\n") == frozenset()
    # a headline counts; an occasion only a late paragraph names does not
    assert _occasions("Leaders meet at ASEAN summit\n\nPresident Budi Santoso met Prime Minister Anna Lind on "
                      "Monday.\n\nThe two signed a pact on fishing rights in the northern sea.\n\nThe pact cuts tariffs on rice by "
                      "half from June.\n\nOfficials said a new road link would open next year.\n\n"
                      "Both will attend the G20 summit next month.\n") == {"ASEAN"}


@pytest.mark.parametrize("occ_a,occ_b,differ", [
    ({"BRICS"}, {"BRICS"}, False),                # the same summit (many meetings: still only weak)
    ({"BRICS"}, {"Shanghai Cooperation Organisation"}, True),  # the same leaders at another summit
    ({"APEC"}, {"APEC", "G20"}, False),           # one lead names the next summit too
    (set(), {"G20"}, False),                      # a lead naming no occasion says nothing
])
def test_two_leads_naming_different_occasions_count_as_set_apart(occ_a, occ_b, differ):
    f = link_features(0.5, 0.5, False, 0.0, _window(), _window(), frozenset(), frozenset(),
                      oa=frozenset(occ_a), ob=frozenset(occ_b))
    assert f["places_differ"] == float(differ)


def test_groups_whose_leads_name_two_summits_join_only_on_the_mean_link():
    # the same two leaders at two summits months apart, undated reports in like words
    profs = _profiles([None] * 4)
    for p, occ in zip(profs, [{"BRICS"}, set(), {"SCO"}, set()]):
        p.occasions = frozenset(occ)
    from provenance.events import group_articles
    assert group_articles(profs, _Links(_TWO_GROUPS)) == [[0, 1], [2, 3]]
    for p in profs:
        p.occasions = frozenset({"BRICS"}) if p.occasions else p.occasions
    assert group_articles(profs, _Links(_TWO_GROUPS)) == [[0, 1, 2, 3]]


# --- an undated report alone in its group

def test_a_lone_undated_report_joins_the_group_it_links_to_far_best():
    # 0-1 one happening, 2-3 another; 4 undated, alone, linked 0.45 to 0 and 0.1 to 2
    table = {(0, 1): 0.9, (2, 3): 0.9, (0, 4): 0.45, (2, 4): 0.1}
    assert _groups([5, 5, 9, 9, None], table) == [[0, 1, 4], [2, 3]]  # on by default (0.4)
    assert _groups([5, 5, 9, 9, None], table, event_orphan_link=0) == [[0, 1], [2, 3], [4]]  # 0: off
    assert _groups([5, 5, 9, 9, None], table, event_orphan_link=0.5) == [[0, 1], [2, 3], [4]]  # link too weak
    assert _groups([5, 5, 9, 9, None], table, event_orphan_link=0.4) == [[0, 1, 4], [2, 3]]
    # not far ahead of its next best: left alone
    close = {**table, (2, 4): 0.3}
    assert _groups([5, 5, 9, 9, None], close, event_orphan_link=0.4) == [[0, 1], [2, 3], [4]]
    # a lead placing it elsewhere than the group's: left alone
    elsewhere = [{"Sochi"}, set(), set(), set(), {"Tashkent"}]
    assert _groups([5, 5, 9, 9, None], table, elsewhere, event_orphan_link=0.4) == [[0, 1], [2, 3], [4]]


# --- a claim framed as an earlier happening

@pytest.mark.parametrize("text,code,anchor,month", [
    ("At a previous meeting in Hanoi in July, the two leaders agreed to cut tariffs.", "en", date(2024, 10, 22),
     (date(2024, 7, 1), date(2024, 7, 31))),
    ("Pada pertemuan sebelumnya di Hanoi pada Desember, keduanya sepakat memangkas tarif.", "id", date(2025, 3, 4),
     (date(2024, 12, 1), date(2024, 12, 31))),
    ("Pada Juli lalu, keduanya sepakat memangkas tarif.", "id", date(2024, 10, 22),
     (date(2024, 7, 1), date(2024, 7, 31))),
    # the frame names no month, or its event's own month: not placed at another time
    ("At a previous meeting, the two leaders agreed to cut tariffs.", "en", date(2024, 10, 22), None),
    ("The previous record was set in October.", "en", date(2024, 10, 22), None),
    # a month but no earlier frame: the happening's own account
    ("The leaders agreed in July to cut tariffs.", "en", date(2024, 10, 22), None),
    # "may" is no month
    ("Earlier talks may resume.", "en", date(2024, 10, 22), None),
])
def test_a_claim_framed_at_an_earlier_month_is_placed_there(text, code, anchor, month):
    from provenance.events import earlier_month
    assert earlier_month(text, code, anchor) == month


_BACKGROUND = ("Leaders meet in Hanoi\n\nPresident Budi Santoso met Prime Minister Anna Lind in Hanoi on Tuesday, "
               "October 22, 2024, and the two signed a fisheries pact.\n\nAt a previous meeting in Bangkok in July, "
               "the two leaders agreed to cut tariffs on rice.\n")


def test_a_background_claim_belongs_to_the_earlier_happening_not_its_article_event():
    from dataclasses import replace
    from provenance import analyze_texts
    from provenance.settings import DEFAULT

    def events_of(texts, on):
        corpus = analyze_texts(texts, replace(DEFAULT, event_earlier_frames=on))
        claims = [c for a in corpus.articles for c in a.claims]
        background = [c for c in claims if "previous meeting" in c.text]
        own = [c for c in claims if "fisheries" in c.text]
        assert background and own
        return background, own

    background, own = events_of({"a.txt": _BACKGROUND}, True)
    assert background[0].event != own[0].event
    assert "earlier happening" in background[0].event_note
    # two reports recalling the same earlier month share its event (their background can match)
    background, own = events_of({"a.txt": _BACKGROUND, "b.txt": _BACKGROUND.replace("Leaders meet", "Talks")}, True)
    assert len({c.event for c in background}) == 1 and background[0].event != own[0].event
    background, own = events_of({"a.txt": _BACKGROUND}, False)  # off: its article's event
    assert background[0].event == own[0].event


_RESTATED = ("Leaders meet in Hanoi\n\nHANOI, Oct 22, 2024 (Reuters) - President Budi Santoso and Prime Minister "
             "Anna Lind agreed on Tuesday to cut tariffs on rice.\n\nAt a previous meeting in Bangkok in July, "
             "President Budi Santoso and Prime Minister Anna Lind agreed to cut tariffs on rice.\n")


def test_a_background_claim_is_never_one_fact_with_the_claim_it_resembles_in_its_article():
    # matching never joins claims of two events: nor as an article restating itself
    from dataclasses import replace
    from provenance import analyze_texts
    from provenance.settings import DEFAULT

    corpus = analyze_texts({"a.txt": _RESTATED, "b.txt": _RESTATED.replace("Leaders meet", "Talks held")},
                           replace(DEFAULT, event_earlier_frames=True))
    for a in corpus.articles:
        background = [c for c in a.claims if "previous meeting" in c.text]
        today = [c for c in a.claims if "tariffs" in c.text and c not in background]
        assert background and today and all(background[0].event != c.event for c in today)
        assert all(corpus.clusters.get(background[0].id) != corpus.clusters.get(c.id) for c in today)


def test_a_leads_stated_days_near_its_first_widen_its_happenings_window():
    # a follow-up gives the day of its news first and the happening's day after it; a day a
    # week off is background, not this happening
    from provenance import analyze_texts
    from provenance.matching.info import article_interval
    text = ("Nakhoda Jadi Tersangka\n\nPolisi menetapkan nakhoda kapal motor yang terbalik di perairan Hilir "
            "sebagai tersangka pada Selasa (16/9/2025).\n\nKapal itu terbalik pada Minggu (14/9/2025) malam "
            "karena ombak tinggi.\n\nKapal yang sama pernah mogok di tengah laut pada Minggu (7/9/2025).\n")
    w = article_interval(analyze_texts({"a.txt": text}).articles[0])
    assert (w.lo, w.hi) == (date(2025, 9, 14), date(2025, 9, 16))
    assert "Minggu (14/9/2025)" in w.why


FERRY = {
    "capsized": ("Kapal Terbalik di Hilir, 11 Tewas\n\nHILIR - Kapal motor Bahari Jaya terbalik di perairan Pulau "
                 "Hilir pada Minggu (14/9/2025) malam karena ombak tinggi.\n\nSebanyak 11 penumpang meninggal "
                 "dunia dan 20 orang masih dicari tim SAR.\n\nKapal itu mengangkut hampir dua kali lipat jumlah "
                 "penumpang yang diizinkan.\n"),
    "suspects": ("Police name captain of capsized ferry as suspect\n\nHILIR (Reuters) - Police on Tuesday, "
                 "September 16, 2025, named the captain of the Bahari Jaya ferry as a suspect.\n\nThe ferry "
                 "capsized off Hilir island late on Sunday, September 14, 2025, in high waves, killing 11 "
                 "people.\n\nTwenty people are still missing, and the boat carried nearly twice the number of "
                 "passengers it was allowed.\n"),
    "earlier": ("Kapal Terbalik di Hilir, Empat Tewas\n\nHILIR - Kapal motor Sinar Laut terbalik di perairan "
                      "Pulau Hilir pada Minggu (15/9/2024) malam karena ombak tinggi.\n\nSebanyak empat penumpang "
                      "meninggal dunia dan dua orang masih dicari tim SAR.\n"),
}


def test_follow_up_reports_pegged_to_different_days_of_one_happening_share_its_event():
    from provenance import analyze_texts
    corpus = analyze_texts({f"{k}.txt": v for k, v in FERRY.items()})
    event = {a.id.split(":")[-1]: {c.event for c in a.claims if c.claim_type != "caption"} for a in corpus.articles}
    assert event["capsized"] == event["suspects"]
    assert event["earlier"].isdisjoint(event["capsized"])


@pytest.mark.parametrize("text", [
    "Wabah Campak\n\nKementerian Kesehatan mencatat 367 kasus campak di Kabupaten Hilir hingga Jumat (12/9/2025).\n\n"
    "Pemerintah Kabupaten Hilir menetapkan wabah itu sebagai kejadian luar biasa pada Selasa (16/9/2025).\n",
    "Measles\n\nThe ministry recorded 367 measles cases in Hilir regency as of Friday, Sept. 12, 2025.\n\n"
    "Hilir regency declared the outbreak an extraordinary event on Tuesday, Sept. 16, 2025.\n",
])
def test_a_counts_cut_off_date_does_not_date_the_happening(text):
    # "hingga Jumat", "as of Friday": the day the count stood, four days before the declaration
    from provenance import analyze_texts
    from provenance.matching.info import article_interval
    w = article_interval(analyze_texts({"a.txt": text}).articles[0])
    assert (w.lo, w.hi) == (date(2025, 9, 16), date(2025, 9, 16))


@pytest.mark.parametrize("text,lo,hi", [
    # a press conference's day, and the happening it tells of days before
    ("Sabu Disita\n\nKapolda Hilir dalam konferensi pers di Hilir, Kamis (12/6/2025), mengatakan kapal itu "
     "disergap pada Minggu (8/6/2025) dini hari.\n", date(2025, 6, 8), date(2025, 6, 12)),
    # the day something was said, alone: what was said may be of the week before it
    ("Drugs Seized\n\nPolice said on Thursday, June 12, 2025, that officers had seized 300 kg of "
     "methamphetamine from a fishing boat.\n", date(2025, 6, 5), date(2025, 6, 12)),
    ("Sabu Disita\n\nPolisi menyita 300 kg sabu dari sebuah kapal nelayan, kata Kapolda Hilir di Hilir, "
     "Kamis (12/6/2025).\n", date(2025, 6, 5), date(2025, 6, 12)),
    # the speech verb further back, behind the speaker's title, name and place
    ("Sabu Disita\n\nPolisi menyita 300 kg sabu dari sebuah kapal nelayan, kata juru bicara Kepolisian Daerah "
     "Hilir Budi Santoso di Hilir, Kamis (12/6/2025).\n", date(2025, 6, 5), date(2025, 6, 12)),
    ("Drugs Seized\n\nOfficers seized 300 kg of methamphetamine from a fishing boat, said the spokesperson of the "
     "Hilir provincial police, Budi Santoso, in Hilir on Thursday, June 12, 2025.\n", date(2025, 6, 5),
     date(2025, 6, 12)),
    # a day the happening has, not a statement's: the day itself
    ("Sabu Disita\n\nPolisi menyita 300 kg sabu dari sebuah kapal nelayan di Pelabuhan Hilir pada Kamis "
     "(12/6/2025) dini hari.\n", date(2025, 6, 12), date(2025, 6, 12)),
    # what one leader told another on a day: the talks' day
    ("Dua Presiden Bertemu\n\nPresiden Hilir Budi Santoso mengatakan kepada Presiden Hulu Arif Wibowo pada Kamis "
     "(12/6/2025) bahwa kedua negara akan memperluas kerja sama.\n", date(2025, 6, 12), date(2025, 6, 12)),
    # a speech verb before an act's object and its day: the act's day
    ("Wabah Campak\n\nThe regency declared the measles outbreak an extraordinary event in all districts on "
     "Thursday, June 12, 2025.\n", date(2025, 6, 12), date(2025, 6, 12)),
])
def test_the_day_of_a_statement_bounds_the_happening_it_tells_from_above(text, lo, hi):
    from provenance import analyze_texts
    from provenance.matching.info import article_interval
    w = article_interval(analyze_texts({"a.txt": text}).articles[0])
    assert (w.lo, w.hi) == (lo, hi), w.why


def test_a_press_conference_report_and_a_report_of_the_raid_day_share_their_event():
    """One outlet leads with the day of the police's press conference, another with the day of the
    raid it announced, four days before: one happening."""
    from provenance import analyze_texts
    corpus = analyze_texts({
        "presser.txt": "Polisi Sita 50 Kg Sabu\n\nBATAM - Kapolda Kepri dalam konferensi pers di Batam, Kamis "
                       "(12/6/2025), mengatakan kapal kayu pembawa 50 kilogram sabu itu disergap di Pelabuhan Tanjung "
                       "Batu.\n\nDua awak kapal ditangkap dalam penggerebekan itu.\n",
        "raid.txt": "50 Kg Sabu Disita di Tanjung Batu\n\nBATAM - Sebuah kapal kayu yang membawa 50 kilogram sabu "
                    "disergap polisi di Pelabuhan Tanjung Batu pada Minggu (8/6/2025) dini hari.\n\nDua awak kapal "
                    "ditangkap dalam penggerebekan itu.\n",
    })
    events = events_by_file(corpus)
    assert events["presser.txt"] == events["raid.txt"]


def test_a_place_a_province_owns_in_english_is_the_place_the_indonesian_lead_names():
    """A wire's "East Java's Sumberwangi regency" names the regency, not a place called "East
    Java's Sumberwangi": the wire and the Indonesian report of the same flood are one event."""
    from provenance import analyze_texts
    corpus = analyze_texts({
        "wire.txt": "Floods hit East Java's Sumberwangi regency, killing three\n\nSURABAYA, May 2 (Reuters) - Floods "
                    "hit East Java's Sumberwangi regency on Friday, killing three people and forcing 400 residents to "
                    "flee, the local disaster agency said.\n\nThe river burst its banks after two days of heavy rain, "
                    "agency head Rudi Hartono said.\n",
        "local.txt": "Banjir Landa Sumberwangi, Tiga Orang Tewas\n\nSUMBERWANGI - Banjir melanda Kabupaten "
                     "Sumberwangi, Jawa Timur, Jumat (2/5/2025), menewaskan tiga orang dan memaksa 400 warga "
                     "mengungsi.\n\nSungai meluap setelah hujan deras selama dua hari, kata Kepala BPBD "
                     "Sumberwangi Rudi Hartono.\n",
    })
    events = events_by_file(corpus)
    assert events["wire.txt"] == events["local.txt"]


@pytest.mark.parametrize("text,name", [
    ("Floods hit West Java's Sukamaju regency.", "Sukamaju"),
    ("Floods hit Sukamaju regency in West Java.", "Sukamaju"),
    ("Floods hit Papua’s Lembah Sunyi regency.", "Lembah Sunyi"),
])
def test_a_place_with_its_level_after_a_possessive_is_the_place_owned(text, name):
    from provenance.slots import place_levels
    assert [n for n, _level, _span in place_levels(text, 0, len(text), "en")] == [name]


def test_two_quakes_in_two_regencies_a_day_apart_are_two_events():
    """The agency's words are the same for both; the regencies the leads name (the objects of the
    verb, no locative before them, and no gazetteer entry) set them apart."""
    from provenance import analyze_texts
    quake = ("Gempa Guncang {r}\n\n{r2} - Gempa bumi bermagnitudo {m} mengguncang Kabupaten {r}, {p}, pada {d} "
             "dini hari. BMKG menyatakan gempa tidak berpotensi tsunami.\n\n"
             '"Gempa ini merupakan gempa dangkal akibat aktivitas sesar lokal," kata Direktur BMKG di Jakarta.\n')
    texts = {
        "a1.txt": quake.format(r="Sekarjati", r2="SEKARJATI", m="5,7", p="Sulawesi Tengah", d="Sabtu (15/11/2025)"),
        "a2.txt": quake.format(r="Sekarjati", r2="PALU", m="5,7", p="Sulawesi Tengah", d="Sabtu (15/11/2025)"),
        "b1.txt": quake.format(r="Lembah Hijau", r2="SERANG", m="5,4", p="Banten", d="Minggu (16/11/2025)"),
        "b2.txt": quake.format(r="Lembah Hijau", r2="LEMBAH HIJAU", m="5,4", p="Banten", d="Minggu (16/11/2025)"),
    }
    corpus = analyze_texts(texts)
    event = events_by_file(corpus)
    assert event["a1.txt"] == event["a2.txt"] and event["b1.txt"] == event["b2.txt"]
    assert event["a1.txt"].isdisjoint(event["b1.txt"])


@pytest.mark.parametrize("places_a,regions_a,places_b,regions_b,differ", [
    (set(), {"Central Java"}, set(), {"Central Java"}, False),           # one province's matter
    (set(), {"Central Java"}, set(), {"East Java"}, True),               # two provinces' like matters
    (set(), {"Central Java"}, set(), {"Central Java", "East Java"}, False),  # one lead names both
    ({"Malang"}, set(), set(), {"East Java"}, False),                     # a city and a province: one may hold the other
    (set(), set(), set(), {"East Java"}, False),                           # a lead naming no province says nothing
])
def test_leads_naming_different_provinces_count_as_set_apart(places_a, regions_a, places_b, regions_b, differ):
    f = link_features(0.5, 0.5, False, 0.0, _window(), _window(), frozenset(), frozenset(),
                      frozenset(places_a), frozenset(places_b), ra=frozenset(regions_a), rb=frozenset(regions_b))
    assert f["places_differ"] == float(differ)


def test_a_lead_names_its_provinces_by_any_of_their_names_and_not_by_a_city_of_the_same_name():
    from provenance import analyze_texts, matching
    from provenance.events import lead_regions

    corpus = analyze_texts({"a.txt": "UMP Jateng 2026 Naik 6 Persen\n\nSEMARANG - Pemerintah Provinsi Jawa Tengah "
                                     "menetapkan upah minimum provinsi 2026 sebesar Rp2,4 juta pada Jumat (21/11/2025)."
                                     "\n\nGubernur menyampaikan keputusan itu di Jambi Room, sebuah hotel di Semarang.\n"
                                     "\n\nSerikat buruh menilai kenaikan itu terlalu kecil.\n"
                                     "\n\nPengusaha meminta kenaikan ditunda.\n"
                                     "\n\nBuruh di Bali dan Papua juga menunggu keputusan provinsi mereka.\n"})
    infos, _ = matching.prepare(corpus.articles)
    assert lead_regions(infos) == {"Central Java"}


def test_two_provinces_announcing_their_wages_in_the_same_words_are_two_events():
    """Every province sets its minimum wage within days of the others, and the outlets write each
    from one template; the province the leads name is what tells them apart, also in English."""
    from provenance import analyze_texts
    id_text = ("UMP {short} 2026 Ditetapkan\n\n{city} - Gubernur {prov} menetapkan upah minimum provinsi (UMP) {short} "
               "2026 sebesar {amount}, naik 6,5 persen dari tahun ini, pada Jumat (21/11/2025).\n\n"
               '"Kenaikan ini mempertimbangkan daya beli pekerja dan kemampuan dunia usaha," kata gubernur.\n\n'
               "Seluruh kabupaten dan kota diminta menetapkan upah minimum masing-masing paling lambat 18 Desember.\n")
    en_text = ("{en} sets 2026 minimum wage\n\n{city} - The governor of {en} on Friday set the province's 2026 minimum "
               "wage at {amount}, up 6.5 percent from this year.\n\n"
               '"This increase takes into account the purchasing power of workers and the ability of businesses," '
               "the governor said.\n\nAll districts and cities must set their own minimum wages by December 18.\n")
    texts = {
        "jateng_id.txt": id_text.format(short="Jateng", city="SEMARANG", prov="Jawa Tengah", amount="Rp2.410.000"),
        "jateng_en.txt": en_text.format(en="Central Java", city="SEMARANG", amount="Rp2,410,000"),
        "jatim_id.txt": id_text.format(short="Jatim", city="SURABAYA", prov="Jawa Timur", amount="Rp2.390.000"),
        "jatim_en.txt": en_text.format(en="East Java", city="SURABAYA", amount="Rp2,390,000"),
    }
    corpus = analyze_texts(texts)
    event = events_by_file(corpus)
    assert event["jateng_id.txt"] == event["jateng_en.txt"] and event["jatim_id.txt"] == event["jatim_en.txt"]
    assert event["jateng_id.txt"].isdisjoint(event["jatim_id.txt"])


def test_a_plans_day_ahead_of_the_page_does_not_date_its_happening():
    """"will impose tariffs from Nov. 1, the ministry said on Tuesday": the happening is Tuesday's
    announcement, and another outlet's report of it dated by that Tuesday is the same event."""
    from provenance import analyze_texts
    corpus = analyze_texts({
        "wire.txt": "October 8, 2025 4:12 PM\n\nNorland to tax imported steel\n\nOSTRAVIK, Oct 8 (Reuters) - Norland will impose "
                    "a 20 percent tariff on imported steel from Nov. 1, its trade ministry said on Tuesday.\n\n"
                    "Norland imported 3.1 million tonnes of steel last year, the ministry said.\n",
        "local.txt": "Rabu, 8 Oktober 2025 - 06:15 WIB\n\nNorland Kenakan Tarif Baja Impor\n\nJAKARTA - Pemerintah Norland mengumumkan "
                     "tarif 20 persen atas baja impor pada Selasa (7/10/2025), kata kementerian perdagangannya.\n\n"
                     "Tahun lalu Norland mengimpor 3,1 juta ton baja, menurut kementerian itu.\n",
    })
    events = events_by_file(corpus)
    assert events["wire.txt"] == events["local.txt"]


def test_two_companies_reporting_their_results_a_day_apart_in_one_template_are_two_events():
    """In the earnings season companies present their results a day or two apart, and a wire
    writes each from one template ("PT X membukukan laba bersih ..."): the company its headline
    and lead name tells two days' press conferences apart; two reports of one company's, a day
    apart, stay one."""
    from provenance import analyze_texts
    text = ("{short} bukukan laba bersih {profit} pada 2025\n\n"
            "Jakarta - PT {name} (Persero) atau {short} membukukan laba bersih sebesar {profit} sepanjang 2025, "
            "naik {growth} persen dibandingkan tahun sebelumnya, {day}.\n\n"
            "Hal itu disampaikan Direktur Utama {short} {ceo} dalam konferensi pers kinerja tahunan di Jakarta.\n\n"
            "Perseroan mengusulkan dividen sebesar {dividend} kepada negara untuk tahun buku 2025.\n\n"
            "Usulan tersebut masih harus disetujui dalam rapat umum pemegang saham pada Juni 2026.\n")
    first = dict(short="BSN", name="Bara Sentosa Nusantara", profit="Rp21,3 triliun", growth="9,1", ceo="Hendra Wijaya",
                 dividend="Rp6,4 triliun")
    second = dict(short="PAL", name="Pelabuhan Armada Lestari", profit="Rp7,8 triliun", growth="4,2",
                  ceo="Rudi Santoso", dividend="Rp2,1 triliun")
    texts = {
        "bsn_a.txt": text.format(day="Rabu (18/3/2026)", **first),
        "bsn_b.txt": text.format(day="Kamis (19/3/2026)", **first),
        "pal.txt": text.format(day="Kamis (19/3/2026)", **second),
    }
    event = events_by_file(analyze_texts(texts))
    assert event["bsn_a.txt"] == event["bsn_b.txt"]
    assert event["bsn_a.txt"].isdisjoint(event["pal.txt"])


@pytest.mark.parametrize("text,words", [
    ("PT Bara Sentosa Nusantara (Persero) membukukan laba bersih Rp21,3 triliun.", {"bara", "sentosa", "nusantara"}),
    ("PT Bank Niaga Raya Tbk mencatat kenaikan kredit 8 persen.", {"niaga", "raya"}),
    ("Harga batu bara acuan turun 4 persen bulan ini.", set()),
])
def test_a_lead_names_its_companies_by_their_legal_form(text, words):
    from provenance import analyze_texts, matching
    from provenance.events import lead_companies
    corpus = analyze_texts({"a.txt": text})
    infos, _ = matching.prepare(corpus.articles)
    assert lead_companies(infos) == frozenset(words)


DOPING = {
    "wire.txt": "Runner suspended over banned steroid\n\nJune 3, 2026 - 14:05 GMT+7\n\n"
                "JAKARTA, June 3 (AP) - Indonesian sprinter Dimas Arya Putra has been provisionally suspended "
                "after testing positive for a banned steroid, the testing agency said.\n\n"
                "The agency said a sample taken from the 24-year-old on April 12, 2026, at a meet in Bangkok "
                "contained the steroid.\n\nHe faces a ban of up to four years.\n",
    "local.txt": "Pelari Dimas Arya Diskors Sementara\n\nRabu, 3 Juni 2026 15:10 WIB\n\n"
                 "JAKARTA - Pelari Indonesia Dimas Arya Putra diskors sementara setelah sampelnya positif "
                 "mengandung steroid terlarang, kata badan penguji pada Rabu (3/6/2026).\n\n"
                 "Ia terancam larangan bertanding hingga empat tahun.\n",
}


def test_an_undated_leads_news_is_not_dated_by_what_led_to_it_weeks_before():
    # the wire's lead has no day of its own; the first day it states, two paragraphs on, is the
    # day a sample was taken, seven weeks before: the suspension is still the day's news
    from provenance import analyze_texts
    from provenance.matching.info import article_interval
    corpus = analyze_texts(DOPING)
    wire = next(a for a in corpus.articles if a.id.endswith("wire"))
    w = article_interval(wire)
    assert (w.lo, w.hi) == (date(2026, 4, 12), date(2026, 6, 3)), w.why
    assert events_by_file(corpus)["wire.txt"] == events_by_file(corpus)["local.txt"]


def test_a_lead_that_dates_its_own_news_weeks_before_publication_keeps_that_day():
    # the day in the lead's own paragraph is the news's day, however old: no widening
    from provenance import analyze_texts
    from provenance.matching.info import article_interval
    text = ("Runner suspended\n\nJune 3, 2026 - 14:05 GMT+7\n\nJAKARTA, June 3 (AP) - Indonesian sprinter Dimas "
            "Arya Putra was provisionally suspended on April 20, 2026, the testing agency said.\n\n"
            "The sample was taken on April 12, 2026.\n")
    w = article_interval(analyze_texts({"a.txt": text}).articles[0])
    assert (w.lo, w.hi) == (date(2026, 4, 20), date(2026, 4, 20)), w.why


@pytest.mark.parametrize("fa,fb,differ", [
    # six figures each, none in common: two days' figures of one kind of report
    ([(float(k), float(k)) for k in range(1, 7)], [(float(k), float(k)) for k in range(11, 17)], True),
    # one in six in common (a count both days give, "7 of 11 sectors"): still two days'
    ([(float(k), float(k)) for k in range(1, 7)], [(1.0, 1.0)] + [(float(k), float(k)) for k in range(12, 17)], False),
    # a range meets an exact figure ("nearly 51 percent", "50.8%"): they agree
    ([(50.5, 51.0)] + [(float(k), float(k)) for k in range(2, 7)],
     [(50.8, 50.8)] + [(float(k), float(k)) for k in range(12, 17)], False),
    # too few figures to tell a template's two days from one happening told twice
    ([(1.0, 1.0), (2.0, 2.0)], [(3.0, 3.0), (4.0, 4.0)], False),
])
def test_figures_differ_when_many_figures_and_few_agree(fa, fb, differ):
    from provenance.events import figures_differ

    assert figures_differ(tuple(fa), tuple(fb)) is differ
    assert figures_differ(tuple(fb), tuple(fa)) is differ  # either way round


_RUPIAH_CLOSE = (
    "Rupiah ditutup {dir} {step} poin\n\n"
    "Jakarta - Nilai tukar rupiah terhadap dolar AS ditutup {dir} {step} poin atau {pct} persen ke level "
    "Rp{close} per dolar AS pada perdagangan {day} sore.\n\n"
    "Sepanjang hari rupiah bergerak di kisaran Rp{low} hingga Rp{high} per dolar AS.\n\n"
    "Kurs referensi JISDOR Bank Indonesia ditetapkan Rp{jisdor} per dolar AS.\n\n"
    "Terhadap euro, rupiah ditutup di level Rp{euro}.\n")


def test_a_daily_report_of_two_days_in_one_template_is_two_events_and_a_day_moved_is_not():
    """A currency's close, a market's, a day's count: an outlet writes each day's from one template,
    so two days' reports share every word and none of their figures. Stated a day apart with
    none of the same figures, they are two happenings; another version of one day's, its day
    moved and its figures the same (a date drifted in a rewrite), is still that day's, for the
    discrepancy to be shown."""
    from provenance import analyze_texts

    monday = dict(dir="melemah", step="35", pct="0,21", close="16.420", low="16.372", high="16.436",
                  jisdor="16.401", euro="18.952")
    tuesday = dict(dir="menguat", step="48", pct="0,29", close="16.385", low="16.355", high="16.418",
                   jisdor="16.389", euro="18.890")
    two_days = analyze_texts({"monday.txt": _RUPIAH_CLOSE.format(day="Senin (9/3/2026)", **monday),
                              "tuesday.txt": _RUPIAH_CLOSE.format(day="Selasa (10/3/2026)", **tuesday)})
    event = events_by_file(two_days)
    assert event["monday.txt"].isdisjoint(event["tuesday.txt"])
    one_day = analyze_texts({"monday.txt": _RUPIAH_CLOSE.format(day="Senin (9/3/2026)", **monday),
                             "moved.txt": _RUPIAH_CLOSE.format(day="Selasa (10/3/2026)", **monday)})
    event = events_by_file(one_day)
    assert event["monday.txt"] == event["moved.txt"]


def test_a_report_and_its_translation_are_compared_however_many_texts_of_their_languages_are_nearer():
    # a translation scores below the unrelated texts of its own language (each language's
    # sentences share an offset): among every article's nearest of all, a story's two versions
    # may never meet; among its nearest in each language they do
    import numpy as np
    from dataclasses import replace
    from provenance.events import ArticleProfile, group_articles
    from provenance.settings import DEFAULT
    rng = np.random.default_rng(5)
    offsets = {"en": np.eye(32)[0] * 2, "id": np.eye(32)[1] * 2}

    def topic():
        t = rng.normal(size=32)
        t[:2] = 0
        return t / np.linalg.norm(t)
    story = topic()
    rows = [("en", story), ("id", story)] + [(code, topic()) for code in ("en", "id") for _ in range(8)]
    window = Window(date(2025, 3, 5), date(2025, 3, 5), "stated in the lead")
    profs = []
    for i, (code, t) in enumerate(rows):
        v = offsets[code] + t
        profs.append(ArticleProfile(f"a{i}", code, v / np.linalg.norm(v), Counter(), frozenset(), window, frozenset()))
    links = _Links({(0, 1): 0.95})  # the story's two versions link; no other pair does
    groups = group_articles(profs, links, replace(DEFAULT, event_neighbours=3))
    assert [0, 1] in groups
