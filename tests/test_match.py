"""Matching across outlets: rewording and translation match, look-alikes from another event never do."""
from datetime import date

import numpy as np
import pytest

from provenance import analyze_texts
from provenance.lang import language
from provenance.matching import BlockScorer, prepare
from provenance.matching.cluster import UnionFind, cluster
from provenance.matching.order import longest_in_order
from provenance.normalize import make_key
from provenance.pipeline import process_article
from provenance.doc import Article


def same_cluster(corpus, a_words, b_words):
    ca = [c for a in corpus.articles for c in a.claims if a_words in c.text]
    cb = [c for a in corpus.articles for c in a.claims if b_words in c.text]
    assert ca and cb, (a_words, b_words)
    return corpus.clusters[ca[0].id] == corpus.clusters[cb[0].id]


KONTAN = """Sumber: Reuters | Editor: Budi
KONTAN.CO.ID - NAIROBI. Presiden Brasil Luiz Inácio Lula da Silva mengatakan kepada Presiden Kenya William Ruto pada Kamis (8/5/2025) bahwa kedua negara harus menjadi "sahabat sejati".
Kedua pemimpin tersebut berjanji untuk meningkatkan kerja sama ke tingkat yang baru.
Dalam pernyataan bersama, mereka mengatakan akan memperdalam hubungan di semua bidang, termasuk hubungan pertanian.
Namun pembicaraan gagal menghasilkan kesepakatan harga kopi.
"""
NTV = """NTVNews - Berita - 10 Mei 2025, 09:59
Ntvnews.id, Nairobi - Presiden Brasil Luiz Inácio Lula da Silva menyampaikan kepada Presiden Kenya William Ruto bahwa kedua negara perlu menjadi "sahabat sejati".
Keduanya berkomitmen untuk mempererat kerja sama ke tingkat yang lebih tinggi.
Dalam pernyataan bersama, kedua pemimpin sepakat mempererat kemitraan di berbagai sektor, termasuk pertanian.
Namun, perundingan yang dilakukan tidak berhasil menciptakan kesepakatan harga kopi.
"""
KOMPAS_2024 = """Kompas - 17 Mei 2024
BRASILIA, KOMPAS.com - Lula dan Presiden Kenya William Ruto bertemu di Brasilia pada Kamis (16/5/2024).
Lula dan Ruto berjanji untuk memperdalam hubungan pertanian dan perdagangan negara mereka.
"""
REUTERS_EN = """NAIROBI, May 8 (Reuters) - Brazilian President Luiz Inacio Lula da Silva told Kenyan President William Ruto on Thursday that the two countries must be "true friends".
The two leaders pledged to raise cooperation to a new level.
But the talks failed to produce a deal on coffee prices.
"""


def test_reworded_wire_rewrites_match():
    c = analyze_texts({"kontan.txt": KONTAN, "ntv.txt": NTV})
    assert same_cluster(c, "meningkatkan kerja sama", "mempererat kerja sama")
    assert same_cluster(c, "gagal menghasilkan", "tidak berhasil")
    assert same_cluster(c, "sahabat sejati", "sahabat sejati")
    # and the rest stay apart: a failed deal is not cooperation
    assert not same_cluster(c, "gagal menghasilkan", "mempererat kerja sama")


def test_look_alike_from_another_event_never_matches():
    c = analyze_texts({"kontan.txt": KONTAN, "kompas.txt": KOMPAS_2024})
    assert not same_cluster(c, "memperdalam hubungan di semua bidang", "memperdalam hubungan pertanian")
    events = {cl.event for a in c.articles for cl in a.claims if cl.claim_type == "statement"}
    assert len(events) == 2


def test_indonesian_translation_matches_english_original():
    c = analyze_texts({"reuters.txt": REUTERS_EN, "kontan.txt": KONTAN})
    assert same_cluster(c, "true friends", "sahabat sejati")
    assert same_cluster(c, "failed to produce a deal", "gagal menghasilkan")
    assert len({cl.event for a in c.articles for cl in a.claims}) == 1


def test_match_records_why():
    c = analyze_texts({"kontan.txt": KONTAN, "ntv.txt": NTV})
    m = next(m for m in c.matches if m.status == "asserted")
    assert 0 < m.score <= 1
    assert m.reasons["shared"] and "cosine" in m.reasons and m.reasons["weights"]


def _scorer(texts):
    arts = [process_article(Article(f"article:{n}", f"{n}.txt", t)) for n, t in texts.items()]
    infos, _windows = prepare(arts)
    from provenance.matching import base_vectors
    vectors, kind = base_vectors(infos)
    return BlockScorer(infos, vectors, kind), infos


def test_verdicts_are_symmetric():
    """Scoring A against B gives the transpose of B against A."""
    s, _ = _scorer({"kontan": KONTAN, "ntv": NTV})
    ab = s._compute("article:kontan", "article:ntv")
    ba = s._compute("article:ntv", "article:kontan")
    assert np.allclose(ab.prob, ba.prob.T)


def test_average_linkage_does_not_chain():
    """a~b strongly and b~c strongly, but a and c not at all: c does not join a's cluster
    through b when the cluster's mean link would drop below the bar."""
    arts = [process_article(Article(f"article:{n}", f"{n}.txt", "Presiden bertemu menteri di Jakarta pada Senin."))
            for n in "abc"]
    infos, _ = prepare(arts)
    scores = {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.0}
    roots = cluster(infos, scores, threshold=0.5, link=0.5)
    assert roots[0] == roots[1] and roots[2] != roots[0]
    # with a lower bar the mean (0.4) is enough
    roots = cluster(infos, scores, threshold=0.35, link=0.5)
    assert roots[0] == roots[1] == roots[2]


def _table_infos(rows):
    """ClaimInfos for a table of (article, claim type, speaker): what ``cluster`` reads of a claim."""
    from provenance.doc import Claim
    from provenance.matching.info import ClaimInfo

    arts = {a: Article(f"article:{a}", f"{a}.txt", "") for a, _, _ in rows}
    return [ClaimInfo(Claim(f"claim:{a}#c{k:03d}", f"article:{a}", 0, 0, "", claim_type=kind), arts[a], None,
                      None, None, False, k, speaker=who) for k, (a, kind, who) in enumerate(rows)]


def _lang_infos(rows):
    """ClaimInfos for a table of (article, language, claim type, speaker)."""
    from provenance.doc import ArticleMeta, Claim
    from provenance.matching.info import ClaimInfo

    arts = {a: Article(f"article:{a}", f"{a}.txt", "", ArticleMeta(language=lang)) for a, lang, _, _ in rows}
    return [ClaimInfo(Claim(f"claim:{a}#c{k:03d}", f"article:{a}", 0, 0, "", claim_type=kind), arts[a], None,
                      None, None, False, k, speaker=who) for k, (a, _lang, kind, who) in enumerate(rows)]


@pytest.mark.parametrize("rows, together", [
    # two outlets in one language: "Governor Oda Lind arrived in Varnholm on Monday" against "Oda Lind
    # and Mayor Piet Saro signed a water pact in Varnholm on Monday" share names, place and day, and
    # a verdict of 0.55 is no proof they state one fact
    ((("a", "en", "statement", ""), ("b", "en", "statement", "")), False),
    ((("a", "id", "statement", ""), ("b", "id", "statement", "")), False),
    # a translation earns its verdict on meaning alone (it shares no words): 0.55 is a match
    ((("a", "id", "statement", ""), ("b", "en", "statement", "")), True),
    # a headline condenses the fact in a few words: its verdict against the body runs lower
    ((("a", "id", "headline", ""), ("b", "id", "statement", "")), True),
    # two outlets' renderings of what one person said
    ((("a", "id", "quote", "Oda Lind"), ("b", "id", "quote", "Oda Lind")), True),
    ((("a", "en", "statement", "Oda Lind"), ("b", "en", "statement", "Piet Saro")), False),
])
def test_a_pair_of_body_claims_in_one_language_needs_a_strong_verdict_to_start_a_cluster(rows, together):
    """Within a language two facts of one happening share their names, numbers and words, and
    the verdict gives them 0.4-0.7: such a pair joins only at ``Settings.cluster_link_within``."""
    from provenance.settings import DEFAULT

    infos = _lang_infos(rows)
    roots = cluster(infos, {(0, 1): 0.55}, threshold=0.25, link=0.35, link_within=DEFAULT.cluster_link_within)
    assert (roots[0] == roots[1]) is together
    # at the link of a translation (the behaviour before the setting) the pair always joined
    assert len(set(cluster(infos, {(0, 1): 0.55}, threshold=0.25, link=0.35).values())) == 1
    roots = cluster(infos, {(0, 1): 0.75}, threshold=0.25, link=0.35, link_within=DEFAULT.cluster_link_within)
    assert roots[0] == roots[1]


def test_a_third_report_joins_a_weak_pair_in_one_language_through_the_mean():
    """Outlets a and b (one language) state one fact at 0.55, too weak alone; outlet c, a
    translation, matches both (0.8, 0.6): the three join on the mean."""
    from provenance.settings import DEFAULT

    infos = _lang_infos([("a", "id", "statement", ""), ("b", "id", "statement", ""), ("c", "en", "statement", "")])
    scores = {(0, 1): 0.55, (0, 2): 0.8, (1, 2): 0.6}
    roots = cluster(infos, scores, threshold=0.25, link=0.35, link_within=DEFAULT.cluster_link_within)
    assert roots[0] == roots[1] == roots[2]
    roots = cluster(infos, {(0, 1): 0.55}, threshold=0.25, link=0.35, link_within=DEFAULT.cluster_link_within)
    assert roots[0] != roots[1]


@pytest.mark.parametrize("kinds, speakers, together", [
    (("quote", "statement"), ("Rina Wibowo", ""), True),  # a quotation and the report of it
    (("quote", "statement"), ("Rina Wibowo", "Rina Wibowo"), True),
    (("statement", "statement"), ("", ""), False),  # two facts of one article
    (("quote", "quote"), ("", ""), False),
    (("quote", "statement"), ("Rina Wibowo", "Tomas Ek"), False),  # like words given to two people
])
def test_a_quotation_and_its_paraphrase_share_a_cluster_when_other_outlets_match_both(kinds, speakers, together):
    """Outlet a quotes a minister (0) and reports the quotation in its own words (1); outlet b
    repeats the report (2), outlet c the quotation (3). Within a the two are worded too
    differently for the verdict (0.05), but c's quotation and b's report link them: the
    clusters {0, 3} and {1, 2} join on their mean (0.29 with a's own verdict counted). Two
    statements of one article, two quotations, or words credited to two people never join so."""
    infos = _table_infos([("a", kinds[0], speakers[0]), ("a", kinds[1], speakers[1]),
                          ("b", kinds[1], speakers[1]), ("c", kinds[0], speakers[0])])
    scores = {(0, 3): 0.9, (1, 2): 0.8, (2, 3): 0.5, (1, 3): 0.3, (0, 2): 0.3}
    own = {(0, 1): 0.05}
    roots = cluster(infos, scores, threshold=0.25, link=0.35, own=lambda i, j: own[(i, j)])
    assert roots[0] == roots[3] and roots[1] == roots[2]
    assert (roots[0] == roots[1]) is together
    # without the verdicts within an article, only restatements may share a cluster
    roots = cluster(infos, scores, threshold=0.25, link=0.35)
    assert roots[0] != roots[1]


# Outlets a and b each carry one statement twice, quoted (0, 2) and in their own words (1, 3);
# outlet c only quotes it (4), outlet d only reports it (5). Quotations match quotations and
# reports reports (0.8-0.9), a quotation against another outlet's report runs low (one link of
# 0.4, the rest 0.12), so the two clusters' mean (0.22 with a's and b's own verdicts) falls short.
_TWICE = [("a", "quote", "Rina Wibowo"), ("a", "statement", "Rina Wibowo"), ("b", "quote", "Rina Wibowo"),
          ("b", "statement", ""), ("c", "quote", "Rina Wibowo"), ("d", "statement", "Rina Wibowo")]
_TWICE_SCORES = {(0, 2): 0.9, (0, 4): 0.85, (2, 4): 0.85, (1, 3): 0.85, (1, 5): 0.8, (3, 5): 0.8,
                 (0, 3): 0.4, (0, 5): 0.12, (1, 2): 0.12, (2, 5): 0.12, (1, 4): 0.12, (3, 4): 0.12, (4, 5): 0.12}


@pytest.mark.parametrize("own, scores, together", [
    ({(0, 1): 0.5, (2, 3): 0.4}, {}, True),  # two outlets each tie the quotation to its report
    ({(0, 1): 0.5, (2, 3): 0.0}, {}, False),  # b's two claims are unlike: one outlet's word alone
    ({(0, 1): 0.1, (2, 3): 0.1}, {}, False),  # each outlet quotes one thing and reports another
    # the pairs of two outlets say nothing for the join (they average 0.06)
    ({(0, 1): 0.5, (2, 3): 0.4}, {(0, 5): 0.0, (1, 2): 0.0, (2, 5): 0.0, (1, 4): 0.0, (3, 4): 0.0, (4, 5): 0.0}, False),
])
def test_outlets_that_quote_a_statement_and_report_it_join_its_quotations_and_reports(own, scores, together):
    """A report condenses what the quotation runs on with, so a statement's quotations cluster
    apart from its reports; two outlets that carry it both ways, with their own verdicts on the
    two high enough, tie the clusters together (``Bridge``). Without the bridge they stay apart."""
    from provenance.matching.cluster import Bridge
    from provenance.settings import DEFAULT

    infos = _table_infos(_TWICE)
    scores = {**_TWICE_SCORES, **scores}
    bridge = Bridge(DEFAULT.cluster_bridge_articles, DEFAULT.cluster_bridge_threshold, DEFAULT.cluster_bridge_floor)
    roots = cluster(infos, scores, threshold=0.25, link=0.35, own=lambda i, j: own[(i, j)], bridge=bridge)
    assert roots[0] == roots[2] == roots[4] and roots[1] == roots[3] == roots[5]
    assert (roots[0] == roots[1]) is together
    roots = cluster(infos, scores, threshold=0.25, link=0.35, own=lambda i, j: own[(i, j)])
    assert roots[0] != roots[1]


@pytest.mark.parametrize("days, together", [
    ((date(2026, 3, 9), date(2026, 3, 9)), True),  # the quotation and its report, one day
    ((date(2026, 3, 9), None), True),  # the report states no day
    ((date(2026, 3, 9), date(2026, 3, 10)), False),  # two days: what was said on each
])
def test_a_quotation_and_a_report_in_one_article_on_two_days_are_two_facts(days, together):
    """As above (a quotes a minister, and reports the quotation in its own words), but each of a's
    two claims may state a day: an article gives one happening's day once, so a quotation and a
    report on two days tell two things the minister said, however the other outlets link them."""
    from provenance.doc import DateMention

    infos = _table_infos([("a", "quote", "Rina Wibowo"), ("a", "statement", ""), ("b", "statement", ""),
                          ("c", "quote", "Rina Wibowo")])
    for info, day in zip(infos, days):
        if day is not None:
            info.claim.dates.append(DateMention(0, 0, "", day))
    scores = {(0, 3): 0.9, (1, 2): 0.8, (2, 3): 0.5, (1, 3): 0.3, (0, 2): 0.3}
    roots = cluster(infos, scores, threshold=0.25, link=0.35, own=lambda i, j: 0.05)
    assert (roots[0] == roots[1]) is together


def test_a_quotation_and_its_paraphrase_join_only_on_the_mean():
    """The paraphrase pair's own verdict counts in the mean: where the other outlets link the
    two clusters weakly, they stay apart."""
    infos = _table_infos([("a", "quote", ""), ("a", "statement", ""), ("b", "statement", ""), ("c", "quote", "")])
    scores = {(0, 3): 0.9, (1, 2): 0.8, (2, 3): 0.4}
    roots = cluster(infos, scores, threshold=0.25, link=0.35, own=lambda i, j: 0.05)
    assert roots[0] != roots[1]  # mean (0.05 + 0 + 0 + 0.4) / 4 = 0.11


@pytest.mark.parametrize("languages, together", [
    (("id", "id", "en", "en"), True),  # one fact's reports in each language: joined on the lower bar
    (("id", "id", "id", "id"), False),  # the same links within one language: the usual bar holds
    (("id", "en", "id", "en"), False),  # groups that each mix the languages: the usual bar
])
def test_two_groups_in_two_languages_join_on_the_lower_bar_across_languages(languages, together):
    """Two Indonesian reports of a fact (0, 1) match each other, as do two English ones (2, 3);
    a translation's verdict runs lower, and only two of the four pairs across are scored. Their
    mean (0.225) is under ``threshold`` (0.25) but at ``across`` (0.2): the groups join when every
    pair between them is across languages, and not when the same links join reports in one
    language or groups that each mix the two."""
    infos = _table_infos([("a", "statement", ""), ("b", "statement", ""), ("c", "statement", ""),
                          ("d", "statement", "")])
    for info, code in zip(infos, languages):
        info.article.meta.language = code
    scores = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.6, (1, 3): 0.3}
    roots = cluster(infos, scores, threshold=0.25, link=0.35, across=0.2)
    assert (len(set(roots.values())) == 1) is together
    # without ``across`` every join needs ``threshold``
    assert len(set(cluster(infos, scores, threshold=0.25, link=0.35).values())) == 2


def test_union_find_keeps_members():
    uf = UnionFind("abcd")
    uf.union("a", "b")
    uf.union("c", "d")
    uf.union("b", "d")
    assert sorted(uf.members[uf.find("a")]) == ["a", "b", "c", "d"]


def test_longest_in_order():
    assert longest_in_order([(0, 0), (1, 2), (2, 1), (3, 3)]) == 3
    assert longest_in_order([(0, 1), (0, 2), (0, 3)]) == 1  # one claim cannot chain with itself
    assert longest_in_order([]) == 0


def test_entity_aliases_share_a_key():
    k1 = make_key("Tiongkok dan AS berjanji", language("id"))
    k2 = make_key("China dan Washington berkomitmen", language("id"))
    assert set(k1.tokens) == set(k2.tokens)


def test_figures_of_one_measure_are_evidence_of_one_fact_and_of_two_measures_of_two():
    """A toll against a toll (values apart, languages apart) is two versions of one figure; a
    toll against a magnitude is two facts, however alike the rest of the words."""
    s, infos = _scorer({
        "a": "Gempa Lembah Hijau\n\nGempa di Lembah Hijau menewaskan sedikitnya 12 orang pada Selasa (4/3/2025).\n\n"
             "Gempa itu berkekuatan magnitudo 6,1 menurut badan geologi.\n",
        "b": "Valley quake\n\nThe quake in Lembah Hijau killed 15 people on Tuesday, March 4, 2025.\n",
    })
    blk = s._compute("article:a", "article:b")
    toll_a = next(k for k, r in enumerate(blk.rows) if "12 orang" in infos[r].claim.text)
    magnitude_a = next(k for k, r in enumerate(blk.rows) if "magnitudo" in infos[r].claim.text)
    toll_b = next(k for k, c in enumerate(blk.cols) if "15 people" in infos[c].claim.text)
    assert infos[blk.rows[toll_a]].units == {"person"} == infos[blk.cols[toll_b]].units
    assert blk.features["units_shared"][toll_a, toll_b] == 1.0
    assert blk.features["units_differ"][toll_a, toll_b] == 0.0
    assert blk.features["units_differ"][magnitude_a, toll_b] == 1.0
    assert blk.prob[toll_a, toll_b] > blk.prob[magnitude_a, toll_b]


@pytest.mark.parametrize("text,lo,hi", [
    # the weekday and the date disagree: the happening is on one of the two days
    ("Gempa\n\nGempa mengguncang Kota Hilir pada Sabtu (2/3/2025) malam.\n", date(2025, 3, 1), date(2025, 3, 2)),
    ("Quake\n\nA quake hit Hilir on Tuesday, March 2, 2025.\n", date(2025, 3, 2), date(2025, 3, 4)),
    # they agree: one day
    ("Gempa\n\nGempa mengguncang Kota Hilir pada Minggu (2/3/2025) malam.\n", date(2025, 3, 2), date(2025, 3, 2)),
])
def test_a_lead_date_whose_weekday_disagrees_dates_the_happening_to_either_day(text, lo, hi):
    from provenance import analyze_texts
    from provenance.matching.info import article_interval
    w = article_interval(analyze_texts({"a.txt": text}).articles[0])
    assert (w.lo, w.hi) == (lo, hi)
    assert w.explicit is (lo == hi)


# A headline is telegraphic: it rarely matches another outlet's sentence by its own verdict,
# but its own article's lead says the same at length (matching/headlines.py).
BRIDGE = {
    "id": ("""{head}

Harian Borneo - 4 November 2025

PONTIANAK - Menteri Perhubungan Andi Wirawan meresmikan jembatan baru di atas Sungai Kapuas di Pontianak pada Senin (3/11/2025), jembatan terpanjang di provinsi itu.
Jembatan sepanjang 420 meter itu dibangun selama dua tahun dengan biaya Rp 610 miliar.
Wali Kota Pontianak Rina Safitri mengatakan jembatan itu akan memangkas waktu tempuh warga hingga setengah jam.
""", """Warta Kalbar - 4 November 2025

PONTIANAK - Jembatan baru di atas Sungai Kapuas diresmikan Menteri Perhubungan Andi Wirawan di Pontianak, Senin (3/11/2025).
Pembangunan jembatan sepanjang 420 meter tersebut memakan waktu dua tahun dan menelan biaya Rp 610 miliar.
""", "Jembatan Terpanjang di Kalbar Diresmikan", "Warga Gelar Pesta Rakyat Semalam Suntuk", "Warta Kalbar"),
    "en": ("""{head}

Borneo Daily - November 4, 2025

PONTIANAK - Transport Minister Andi Wirawan opened a new bridge over the Kapuas River in Pontianak on Monday, the longest bridge in the province.
The 420-metre bridge took two years to build at a cost of 610 billion rupiah.
Pontianak mayor Rina Safitri said the bridge would cut travel times by up to half an hour.
""", """Kalbar Post - November 4, 2025

PONTIANAK - A new bridge over the Kapuas River was inaugurated on Monday by Transport Minister Andi Wirawan in Pontianak.
Building the 420-metre bridge took two years and cost 610 billion rupiah.
""", "Kapuas River Gets Its Longest Bridge", "Residents Hold All-Night Street Party", "Kalbar Post"),
}


@pytest.mark.parametrize("code,head,how", [
    ("id", None, "headline"), ("en", None, "headline"),
    # near enough to its lead for the verdict itself: the article states the fact twice
    ("id", "Jembatan Terpanjang di Provinsi Diresmikan", "restated"),
    ("en", "Minister Opens New Bridge in Pontianak", "restated"),
])
def test_a_headline_joins_the_fact_its_own_lead_states_and_says_why(code, head, how):
    first, second, default_head, _other, _outlet = BRIDGE[code]
    c = analyze_texts({"daily.txt": first.format(head=head or default_head), "post.txt": second})
    headline = next(cl for a in c.articles for cl in a.claims if cl.claim_type == "headline")
    lead = next(cl for a in c.articles if a.name == "post.txt" for cl in a.claims if "Kapuas" in cl.text)
    assert c.clusters[headline.id] == c.clusters[lead.id]
    why = next(m for m in c.matches if headline.id in (m.a, m.b))
    assert why.status == "asserted" and how in why.reasons and why.reasons["shared"]


@pytest.mark.parametrize("code", sorted(BRIDGE))
def test_headlines_alike_only_to_each_other_join_the_fact_their_leads_state(code):
    # two outlets' headlines in the same few words match each other, and no body claim: a
    # cluster of headlines says nothing of which fact they state; their leads do
    first, second, head, _other, _outlet = BRIDGE[code]
    c = analyze_texts({"daily.txt": first.format(head=head), "post.txt": head + "\n\n" + second})
    headlines = [cl for a in c.articles for cl in a.claims if cl.claim_type == "headline"]
    lead = next(cl for a in c.articles if a.name == "post.txt" for cl in a.claims if "Kapuas" in cl.text)
    assert len(headlines) == 2
    assert {c.clusters[h.id] for h in headlines} == {c.clusters[lead.id]}


@pytest.mark.parametrize("code", sorted(BRIDGE))
def test_a_headline_its_body_does_not_state_stays_alone(code):
    first, second, _head, other, _outlet = BRIDGE[code]
    c = analyze_texts({"daily.txt": first.format(head=other), "post.txt": second})
    headline = next(cl for a in c.articles for cl in a.claims if cl.claim_type == "headline")
    assert [cl for cl, k in c.clusters.items() if k == c.clusters[headline.id]] == [headline.id]


# copies of one report: the same sentences word for word, one outlet adding a line of its own
COPIES = {
    "id": ("Menteri Perdagangan meresmikan pasar induk baru di Surabaya pada Rabu (4/6/2025).\n"
           "Pasar itu menampung 1.200 pedagang dan dibangun dengan biaya Rp 85 miliar.\n"
           "Pedagang lama akan dipindahkan secara bertahap mulai bulan depan.\n",
           "Warga sekitar berharap kemacetan di jalan utama berkurang.\n"),
    "en": ("The trade minister opened a new wholesale market in Surabaya on Wednesday.\n"
           "The market holds 1,200 traders and cost 85 billion rupiah to build.\n"
           "Existing traders will be moved in stages starting next month.\n",
           "Residents hope the congestion on the main road will ease.\n"),
}


@pytest.mark.parametrize("lang", sorted(COPIES))
def test_a_claim_repeated_word_for_word_is_keyed_once_and_keyed_as_alone(lang, monkeypatch):
    import provenance.matching.info as info

    body, extra = COPIES[lang]
    arts = [process_article(Article(f"article:{n}", f"{n}.txt", t))
            for n, t in (("a", body), ("b", body + extra), ("c", extra + body))]
    keyed = []
    real = info.make_key
    monkeypatch.setattr(info, "make_key", lambda text, *a: keyed.append(text) or real(text, *a))
    infos, _ = prepare(arts)
    texts = [i.claim.text for i in infos]
    assert len(set(texts)) < len(texts)  # the copies' claims repeat
    assert sorted(keyed) == sorted(set(texts))
    monkeypatch.setattr(info, "make_key", real)
    for i in infos:
        assert i.key == make_key(i.claim.text, language(lang), i.persons)


@pytest.mark.parametrize("lang", sorted(COPIES))
def test_copies_share_reasons_only_where_claims_and_evidence_are_the_same(lang):
    body, extra = COPIES[lang]
    s, infos = _scorer({"a": body, "b": body + extra, "c": extra + body, "d": body})
    ids = sorted({i.article.id for i in infos})
    seen = {}
    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            blk = s.block(a, b)
            for (i, j), (p, reasons) in s.verdicts(a, b, 0.0).items():
                p_, q_ = (blk.rows.index(i), blk.cols.index(j)) if i in blk.rows else (blk.rows.index(j), blk.cols.index(i))
                f = {name: float(m[p_, q_]) for name, m in blk.features.items()}
                row, col = blk.rows[p_], blk.cols[q_]
                # the shared reasons are those the cell's own claims and evidence give
                assert reasons == s._reasons(row, col, f, s.verdict)
                seen.setdefault(id(reasons), set()).add((infos[row].claim.text, infos[col].claim.text))
    # one dict is shared by copies of the same pair of claims, never by two different pairs
    assert all(len(pairs) == 1 for pairs in seen.values())
    assert len(seen) < sum(len(s.verdicts(a, b, 0.0)) for x, a in enumerate(ids) for b in ids[x + 1:])


# One article giving like words to two people (a host and his guest each praising their ties)
# reports two statements, not one fact twice: they never share a cluster as restatements.
TWO_SPEAKERS = {
    "id": ("""Harian Nusa - 12 Maret 2026

DARWIN - Presiden Andalia Marko Velic bertemu Perdana Menteri Teluria Hana Oshiro di Darwin pada Rabu (11/3/2026).
Velic mengatakan kemitraan kedua negara merupakan kekuatan untuk perdamaian di kawasan.
Oshiro juga mengatakan kemitraan kedua negara merupakan kekuatan untuk perdamaian di kawasan.
Keduanya menandatangani perjanjian perdagangan senilai 3 miliar dolar.
""", """Warta Timur - 12 Maret 2026

DARWIN - Presiden Andalia Marko Velic menerima Perdana Menteri Teluria Hana Oshiro di Darwin, Rabu (11/3/2026).
Menurut Velic, kemitraan kedua negara adalah kekuatan bagi perdamaian di kawasan.
Kedua pemimpin meneken perjanjian dagang senilai 3 miliar dolar.
"""),
    "en": ("""Northern Daily - March 12, 2026

DARWIN - Andalian President Marko Velic met Telurian Prime Minister Hana Oshiro in Darwin on Wednesday.
Velic said the partnership between the two countries was a force for peace in the region.
Oshiro also said the partnership between the two countries was a force for peace in the region.
The two leaders signed a trade agreement worth 3 billion dollars.
""", """Top End Times - March 12, 2026

DARWIN - Andalian President Marko Velic hosted Telurian Prime Minister Hana Oshiro in Darwin on Wednesday.
According to Velic, the partnership between the two nations is a force for peace in the region.
The leaders signed a trade deal worth 3 billion dollars.
"""),
}


@pytest.mark.parametrize("lang", sorted(TWO_SPEAKERS))
def test_like_words_an_article_gives_two_speakers_are_two_statements(lang):
    first, second = TWO_SPEAKERS[lang]
    c = analyze_texts({"a.txt": first, "b.txt": second})
    host = next(cl for a in c.articles if a.name == "a.txt" for cl in a.claims if cl.speaker and "Velic" in cl.speaker)
    guest = next(cl for a in c.articles if a.name == "a.txt" for cl in a.claims if cl.speaker and "Oshiro" in cl.speaker)
    assert c.clusters[host.id] != c.clusters[guest.id]
    assert not any({m.a, m.b} == {host.id, guest.id} and m.status == "asserted" for m in c.matches)


# One article giving two figures in like words (two fuels' new prices, two ports' arrivals) states
# two facts, not one fact twice: the two never share a cluster as restatements.
TWO_FIGURES = {
    "id": ("Harga BBM Naik Mulai Sabtu\n\nJakarta - Pemerintah menaikkan harga bahan bakar bersubsidi mulai "
           "Sabtu (7/3/2026).\n\nHarga bensin naik dari Rp10.000 menjadi Rp11.800 per liter.\n\nHarga solar naik "
           "dari Rp6.800 menjadi Rp8.200 per liter.\n",
           "BBM Subsidi Resmi Naik\n\nJakarta - Harga bahan bakar bersubsidi resmi naik mulai Sabtu (7/3/2026), kata "
           "pemerintah.\n\nHarga bensin naik dari Rp10.000 menjadi Rp11.800 per liter.\n\nSementara harga solar "
           "naik dari Rp6.800 menjadi Rp8.200 per liter.\n"),
    "en": ("Fuel Prices Rise From Saturday\n\nJAKARTA - The government raised subsidised fuel prices from Saturday, "
           "March 7, 2026.\n\nThe price of petrol rose from 10,000 rupiah to 11,800 rupiah a litre.\n\nThe price of "
           "diesel rose from 6,800 rupiah to 8,200 rupiah a litre.\n",
           "Subsidised Fuel Now Costs More\n\nJAKARTA - Subsidised fuel prices rose from Saturday, March 7, 2026, the "
           "government said.\n\nThe price of petrol rose from 10,000 rupiah to 11,800 rupiah a litre.\n\nMeanwhile "
           "the price of diesel rose from 6,800 rupiah to 8,200 rupiah a litre.\n"),
}


@pytest.mark.parametrize("lang", sorted(TWO_FIGURES))
def test_like_words_with_other_figures_in_one_article_are_two_facts(lang):
    first, second = TWO_FIGURES[lang]
    c = analyze_texts({"a.txt": first, "b.txt": second})
    clusters = {}
    for a in c.articles:
        for word in ("11", "8"):
            claim = next(cl for cl in a.claims if f"{word}," in cl.text or f"{word}." in cl.text)
            clusters[(a.name, word)] = c.clusters[claim.id]
    assert clusters[("a.txt", "11")] != clusters[("a.txt", "8")]
    assert clusters[("a.txt", "11")] == clusters[("b.txt", "11")]
    assert clusters[("a.txt", "8")] == clusters[("b.txt", "8")]


# One article telling today's happening and, in like words, the one the day before (a quake
# "a day after" another of the same magnitude elsewhere): each claim states its own day, and an
# article states one happening's day once, so the two are two facts, never one restated.
TWO_DAYS = {
    "id": ("Kabar Daerah - 16 November 2025\n\nSERANG - Gempa bermagnitudo 5,4 mengguncang Kabupaten Lebak, Banten, "
           "pada Minggu (16/11/2025) pukul 09.52 WIB.\nBPBD melaporkan puluhan rumah rusak.\nGempa Lebak terjadi "
           "sehari setelah gempa bermagnitudo 5,4 mengguncang Kabupaten Garut, Jawa Barat, pada Sabtu (15/11/2025).\n",
           "Warta Banten - 16 November 2025\n\nSERANG - Gempa bumi bermagnitudo 5,4 mengguncang wilayah Kabupaten "
           "Lebak, Banten, Minggu (16/11/2025) pagi.\nPuluhan rumah warga dilaporkan rusak, kata BPBD.\n"),
    "en": ("Banten Post - November 16, 2025\n\nSERANG - A magnitude 5.4 earthquake struck Lebak regency in Banten on "
           "Sunday, November 16, 2025.\nThe disaster agency said dozens of houses were damaged.\nThe Lebak quake came "
           "a day after a magnitude 5.4 earthquake struck Garut regency in West Java on Saturday, November 15, 2025.\n",
           "Java Wire - November 16, 2025\n\nSERANG - A magnitude 5.4 quake hit Lebak regency, Banten, on Sunday, "
           "November 16, 2025.\nDozens of houses were damaged, the disaster agency said.\n"),
}


@pytest.mark.parametrize("lang", sorted(TWO_DAYS))
def test_like_words_on_two_days_in_one_article_are_two_facts(lang):
    first, second = TWO_DAYS[lang]
    c = analyze_texts({"a.txt": first, "b.txt": second})
    (today, yesterday) = [next(cl for a in c.articles if a.name == "a.txt" for cl in a.claims if place in cl.text)
                          for place in ("Banten", "Garut")]
    other = next(cl for a in c.articles if a.name == "b.txt" for cl in a.claims if "Lebak" in cl.text)
    assert c.clusters[today.id] == c.clusters[other.id]  # today's quake, told by both outlets
    assert c.clusters[yesterday.id] != c.clusters[today.id]
    assert not any({m.a, m.b} == {today.id, yesterday.id} for m in c.matches)


# A rate over one period against a rate over another, in like words ("annual inflation" /
# "monthly inflation"): two facts, never one cluster, however the figures are given.
PERIODS = {
    "id": ("Kabar Ekonomi - 2 Juni 2026\n\nJAKARTA - Badan Pusat Statistik mencatat inflasi tahunan pada Mei "
           "sebesar 2,14 persen.\nPemerintah menilai harga pangan mulai stabil.\n",
           "Warta Pasar - 2 Juni 2026\n\nJAKARTA - Badan Pusat Statistik mencatat inflasi bulanan pada Mei "
           "sebesar 2,14 persen.\nPemerintah menilai harga pangan mulai stabil.\n"),
    "en": ("Economy Daily - June 2, 2026\n\nJAKARTA - Annual inflation in May was 2.14 percent, the statistics "
           "bureau said.\nThe government said food prices were stabilising.\n",
           "Market Wire - June 2, 2026\n\nJAKARTA - Monthly inflation in May was 2.14 percent, the statistics "
           "bureau said.\nThe government said food prices were stabilising.\n"),
}


@pytest.mark.parametrize("lang", sorted(PERIODS))
def test_rates_over_two_periods_are_two_facts(lang):
    first, second = PERIODS[lang]
    c = analyze_texts({"a.txt": first, "b.txt": second})
    rate = {a.name: next(cl for cl in a.claims if "2,14" in cl.text or "2.14" in cl.text) for a in c.articles}
    assert c.clusters[rate["a.txt"].id] != c.clusters[rate["b.txt"].id]
    # the rest of the two reports still match
    food = {a.name: next(cl for cl in a.claims if "pangan" in cl.text or "food" in cl.text) for a in c.articles}
    assert c.clusters[food["a.txt"].id] == c.clusters[food["b.txt"].id]


COURT_EN = """JAKARTA, March 3 (Wire) - A court in Surabaya sentenced a former port official to eight years in prison on Tuesday for accepting bribes.
The judges said the official had received 2 billion rupiah from a shipping company.
His lawyer said he would appeal the verdict.
Prosecutors had demanded a ten-year sentence.
"""
COURT_ID = """Warta Kota - 4 Maret 2025
Pengadilan di Surabaya pada Selasa (3/3/2025) menjatuhkan vonis delapan tahun penjara kepada seorang mantan pejabat pelabuhan karena menerima suap.
Majelis hakim menyatakan pejabat itu menerima Rp2 miliar dari sebuah perusahaan pelayaran.
Pengacaranya mengatakan ia akan mengajukan banding atas putusan tersebut.
"""


def test_a_translation_in_the_words_of_courts_and_crime_matches():
    """Court, bribe, judge, lawyer, appeal, verdict: the general vocabulary of a trial report is
    the same concept in both languages, so a translation matches claim by claim."""
    c = analyze_texts({"wire.txt": COURT_EN, "wartakota.txt": COURT_ID})
    assert same_cluster(c, "sentenced a former port official", "menjatuhkan vonis delapan tahun")
    assert same_cluster(c, "would appeal the verdict", "mengajukan banding")
    assert not same_cluster(c, "would appeal the verdict", "menjatuhkan vonis delapan tahun")


QUAKE_EN = """JAKARTA, March 3 (Reuters) - A 6.1-magnitude earthquake struck the island of Sumbawa on Monday, the meteorology agency said.
At least 12 people were killed and dozens of houses collapsed in the main town of the district.
Rescue teams were searching for survivors under the rubble.
"""
QUAKE_ID = """Liputan - Selasa, 4 Maret 2025
JAKARTA - Gempa bermagnitudo 6,1 mengguncang Pulau Sumbawa pada Senin (3/3/2025), kata badan meteorologi.
Sedikitnya 12 orang tewas dan puluhan rumah ambruk di kota utama kabupaten tersebut.
Tim penyelamat masih mencari korban selamat di bawah reruntuhan.
"""
QUAKE_OTHER = """Kabar - Kamis, 14 Agustus 2025
MATARAM - Gempa bermagnitudo 5,2 mengguncang Pulau Lombok pada Rabu (13/8/2025).
Sedikitnya 12 orang tewas dan puluhan rumah ambruk di kota utama kabupaten tersebut.
"""


def test_an_indonesian_report_of_an_english_wire_matches_it_and_another_quake_does_not():
    """The wire's magnitude ("6.1-magnitude"), toll ("at least 12") and damage ("the main town")
    match the Indonesian report's ("bermagnitudo 6,1", "sedikitnya 12", "kota utama"); a report
    of another quake, in the same words, has its own event and clusters."""
    c = analyze_texts({"reuters.txt": QUAKE_EN, "liputan.txt": QUAKE_ID, "kabar.txt": QUAKE_OTHER})
    assert same_cluster(c, "6.1-magnitude", "bermagnitudo 6,1")
    assert same_cluster(c, "At least 12 people", "Sedikitnya 12 orang tewas")
    assert same_cluster(c, "houses collapsed", "rumah ambruk di kota utama")
    assert same_cluster(c, "Rescue teams", "Tim penyelamat")
    assert not same_cluster(c, "6.1-magnitude", "Gempa bermagnitudo 5,2")
    other = [cl for a in c.articles if a.name == "kabar.txt" for cl in a.claims]
    mine = [cl for a in c.articles if a.name != "kabar.txt" for cl in a.claims]
    assert not {c.clusters[x.id] for x in other} & {c.clusters[x.id] for x in mine}
    assert not {x.event for x in other} & {x.event for x in mine}


# One minister's quotation reported in two languages, and the same words an Indonesian outlet
# credits to someone else: only the speaker tells the two Indonesian quotations apart.
QUOTED = {
    "en": """Harbour plans - March 12, 2026

JAKARTA - Transport Minister Rina Wibowo spoke to reporters in Jakarta on Wednesday.
"We will open two new ports in the eastern islands next year," she said.
""",
    "same": """Rencana pelabuhan - 12 Maret 2026

JAKARTA - Menteri Perhubungan Rina Wibowo berbicara kepada wartawan di Jakarta, Rabu (11/3/2026).
"Kami akan membuka dua pelabuhan baru di kepulauan timur tahun depan," katanya.
""",
    "other": """Rencana pelabuhan - 12 Maret 2026

JAKARTA - Ketua Kadin Tomas Ek berbicara kepada wartawan di Jakarta, Rabu (11/3/2026).
"Kami akan membuka dua pelabuhan baru di kepulauan timur tahun depan," katanya.
""",
}


def _quote_cell(s, infos, a, b, verdict=None, vectors=None):
    """The block of a and b (full model's verdict when ``vectors``) and its quotation cell."""
    blk = s._compute(a, b, vectors=vectors, verdict=verdict)
    p = next(k for k, r in enumerate(blk.rows) if infos[r].claim.claim_type == "quote")
    q = next(k for k, c in enumerate(blk.cols) if infos[c].claim.claim_type == "quote")
    return blk, p, q


def test_a_quotation_across_languages_scores_above_the_same_words_credited_to_another_speaker():
    from provenance.matching import model_vectors
    from provenance.matching.linear import model_for

    s, infos = _scorer(QUOTED)
    full = model_vectors(infos, list(range(len(infos))))
    verdict = model_for("claim_match", "model")
    same, p1, q1 = _quote_cell(s, infos, "article:en", "article:same", verdict, full)
    other, p2, q2 = _quote_cell(s, infos, "article:en", "article:other", verdict, full)
    assert infos[same.cols[q1]].claim.text == infos[other.cols[q2]].claim.text  # the very same words
    assert same.features["same_speaker"][p1, q1] == 1.0 and same.features["speakers_differ"][p1, q1] == 0.0
    assert other.features["speakers_differ"][p2, q2] == 1.0 and other.features["same_speaker"][p2, q2] == 0.0
    assert same.prob[p1, q1] > other.prob[p2, q2]
    # whichever article comes first
    back = s._compute("article:other", "article:en", vectors=full, verdict=verdict)
    assert np.array_equal(back.prob, other.prob.T)
    assert np.array_equal(back.features["speakers_differ"], other.features["speakers_differ"].T)


def test_the_reasons_name_the_speaker_both_are_credited_to_or_the_two():
    s, infos = _scorer(QUOTED)
    for b, key, value in (("article:same", "same speaker", "Rina Wibowo"),
                          ("article:other", "speakers differ", "Rina Wibowo / Tomas Ek")):
        blk, p, q = _quote_cell(s, infos, "article:en", b)
        assert s.cell_reasons(blk, p, q)[key] == value


@pytest.mark.parametrize("first, second, differ", [
    ("Presiden Ana Velic bertemu Perdana Menteri Hana Oshiro di Istana Darwin pada Selasa.",
     "Raja Tomas Ek bertemu Perdana Menteri Hana Oshiro di Istana Darwin pada Selasa.", True),  # two guests
    ("Presiden Ana Velic bertemu Perdana Menteri Hana Oshiro di Istana Darwin pada Selasa.",
     "Hana Oshiro menerima Ana Velic di Istana Darwin pada Selasa.", False),  # one meeting, reworded
    ("Presiden Ana Velic bertemu Perdana Menteri Hana Oshiro di Istana Darwin pada Selasa.",
     "Ana Velic bertemu Hana Oshiro dan Menteri Luar Negeri Tomas Ek di Darwin.", False),  # one names more
])
def test_people_differ_when_each_claim_names_someone_the_other_does_not(first, second, differ):
    s, infos = _scorer({"a": f"Kunjungan\n\n{first}\n", "b": f"Pertemuan\n\n{second}\n"})
    blk = s._compute("article:a", "article:b")
    p = next(k for k, r in enumerate(blk.rows) if infos[r].body)
    q = next(k for k, c in enumerate(blk.cols) if infos[c].body)
    assert blk.features["people_differ"][p, q] == float(differ)


@pytest.mark.parametrize("first, second, agree", [
    ("Kapal itu tenggelam di Hamburg pada Senin (9/3/2026).", "On March 9, 2026, the ship sank in Hamburg.", True),
    ("Kapal itu tenggelam di Hamburg pada Senin (9/3/2026).", "On March 2, 2026, the ship sank in Lima.", False),
])
def test_places_and_days_two_claims_state_agree_or_differ(first, second, agree):
    s, infos = _scorer({"a": f"Kapal\n\n{first}\n", "b": f"Ship\n\n{second}\n"})
    blk = s._compute("article:a", "article:b")
    p = next(k for k, r in enumerate(blk.rows) if "tenggelam" in infos[r].claim.text)
    q = next(k for k, c in enumerate(blk.cols) if "sank" in infos[c].claim.text)
    f = {name: blk.features[name][p, q] for name in ("places_agree", "places_differ", "dates_agree", "dates_differ")}
    assert f == {"places_agree": float(agree), "places_differ": float(not agree),
                 "dates_agree": float(agree), "dates_differ": float(not agree)}
    reasons = s.cell_reasons(blk, p, q)
    assert ("same place" in reasons and "same date" in reasons) if agree else ("places differ" in reasons)


def test_in_a_small_story_a_claim_must_match_more_of_a_cluster_than_one_member():
    """Three outlets: a and b report one fact alike (0.9); c's claim, another fact of the same
    happening, looks like a's (0.6) and nothing like b's. The plain mean (0.3) lets c in; with
    half a "no match" pair counted (the prior of a small story) the mean is 0.24 and c stays out.
    Claims outside the small stories keep the plain mean."""
    infos = _table_infos([("a", "statement", ""), ("b", "statement", ""), ("c", "statement", "")])
    scores = {(0, 1): 0.9, (0, 2): 0.6}
    plain = cluster(infos, scores, threshold=0.25, link=0.35)
    assert plain[0] == plain[1] == plain[2]
    roots = cluster(infos, scores, threshold=0.25, link=0.35, prior=0.5)
    assert roots[0] == roots[1] and roots[2] != roots[0]
    roots = cluster(infos, scores, threshold=0.25, link=0.35, prior=0.5, small=set())
    assert roots[0] == roots[1] == roots[2]


@pytest.mark.parametrize("p, together", [(0.36, False), (0.4, True)])
def test_in_a_small_story_a_lone_link_must_be_stronger(p, together):
    """Two lone claims of two outlets: with a prior of 0.5 their one link must reach
    0.25 * 1.5 = 0.375, above the bar to be tried at all (0.35)."""
    infos = _table_infos([("a", "statement", ""), ("b", "statement", "")])
    roots = cluster(infos, {(0, 1): p}, threshold=0.25, link=0.35, prior=0.5)
    assert (roots[0] == roots[1]) is together
    assert len(set(cluster(infos, {(0, 1): p}, threshold=0.25, link=0.35).values())) == 1


@pytest.mark.parametrize("p, together", [(0.34, False), (0.351, True), (0.36, True)])
def test_the_shipped_prior_adds_no_bar_of_its_own_to_two_lone_claims(p, together):
    """With the shipped settings two lone claims join exactly when their link is asserted: a bar
    of the prior's own (0.375 at 0.5) would sit where a claim store's part passed alone, with
    its own word weights, may score a pair a little apart from one pass, and cluster unlike it."""
    from provenance.settings import DEFAULT as s
    assert s.cluster_prior > 0
    infos = _table_infos([("a", "statement", ""), ("b", "statement", "")])
    roots = cluster(infos, {(0, 1): p}, threshold=s.cluster_threshold, link=s.assert_threshold,
                    prior=s.cluster_prior)
    assert (roots[0] == roots[1]) is together


def test_the_small_story_prior_spares_translations():
    """A fact in Indonesian (a) and its translation in English (b): the translation's verdict
    runs low (0.36), and a join whose every pair is across languages is held to ``across``
    without the prior."""
    infos = _table_infos([("a", "statement", ""), ("b", "statement", "")])
    infos[0].article.meta.language = "id"
    infos[1].article.meta.language = "en"
    roots = cluster(infos, {(0, 1): 0.36}, threshold=0.25, link=0.35, across=0.21, prior=0.5)
    assert roots[0] == roots[1]
    infos[1].article.meta.language = "id"
    roots = cluster(infos, {(0, 1): 0.36}, threshold=0.25, link=0.35, across=0.21, prior=0.5)
    assert roots[0] != roots[1]


# One happening told by two outlets in one language: the governor's arrival and the market he
# opened are stated by both, in like words; the low rice stocks are stated by both in other
# words (a verdict of 0.4-0.6), and with words no other claim of the visit uses
_VISIT = {
    "id": ({"satu.txt": """Koran Satu - 4 Maret 2025
BARAMUDA, KORANSATU - Gubernur Rasmi Kandar tiba di Kota Baramuda pada Senin (3/3/2025) untuk kunjungan kerja dua hari.
Rasmi Kandar meresmikan pasar induk baru di Kota Baramuda yang dibangun dengan dana provinsi.
Dalam kunjungan itu, Rasmi Kandar menyebut pasokan beras ke Kota Baramuda merosot ke tingkat terendah sejak musim kemarau panjang.
Rasmi Kandar juga bertemu para pedagang di Kota Baramuda dan meninjau gudang pangan.
Wali Kota Baramuda Tiro Lesmana mendampingi gubernur selama kunjungan.
""", "dua.txt": """Harian Dua - 4 Maret 2025
BARAMUDA - Gubernur Rasmi Kandar mengunjungi Kota Baramuda pada Senin (3/3/2025).
Di Kota Baramuda, Rasmi Kandar membuka pasar induk yang baru dibangun pemerintah provinsi.
Kunjungan itu berlangsung ketika stok beras kota berada pada titik terendah pasca-kemarau panjang.
Gubernur kemudian berdialog dengan pedagang dan petani di Kota Baramuda.
"""}, "pasokan beras", "stok beras"),
    "en": ({"one.txt": """The Daily One - March 4, 2025
BARAMUDA - Governor Rasmi Kandar arrived in Baramuda on Monday for a two-day working visit.
Rasmi Kandar opened a new central market in Baramuda that the province paid for.
During the visit, Rasmi Kandar said rice supplies to Baramuda had fallen to their lowest level since the long dry season.
Rasmi Kandar also met traders in Baramuda and inspected a food warehouse.
Baramuda mayor Tiro Lesmana accompanied the governor throughout the visit.
""", "two.txt": """Second Herald - March 4, 2025
BARAMUDA - Governor Rasmi Kandar visited Baramuda on Monday.
In Baramuda, Rasmi Kandar inaugurated a central market newly built by the provincial government.
The visit came as rice stocks in the city sank to a low unseen since the long dry season.
The governor then held talks with traders and farmers in Baramuda.
"""}, "rice supplies", "rice stocks"),
}


@pytest.mark.parametrize("code", sorted(_VISIT))
def test_two_reports_in_one_language_join_on_words_no_other_claim_of_the_happening_uses(code):
    """Below ``cluster_link_within`` a pair of body claims in one language joins when the two
    share words the rest of their happening never uses (``cluster_link_own_words``): the low
    rice stocks, which the two outlets alone report; and the match says which words."""
    import dataclasses

    from provenance.settings import DEFAULT

    texts, a_words, b_words = _VISIT[code]
    c = analyze_texts(texts)
    assert same_cluster(c, a_words, b_words)
    ids = {cl.id for a in c.articles for cl in a.claims if a_words in cl.text or b_words in cl.text}
    m = next(m for m in c.matches if {m.a, m.b} == ids)
    assert DEFAULT.assert_threshold <= m.score < DEFAULT.cluster_link_within  # the rule decided, not the verdict
    assert m.status == "asserted" and "~rice" in m.reasons["own words"]
    # without the rule the pair stays apart, as two facts worded alike would
    c = analyze_texts(texts, dataclasses.replace(DEFAULT, cluster_link_own_words=0))
    assert not same_cluster(c, a_words, b_words)


def test_words_two_claims_share_are_theirs_alone_only_if_no_other_claim_of_the_happening_uses_them():
    """A word a third claim of the happening uses (its place, its people, its topic) is no
    evidence of one fact; nor are the words of two claims of two happenings."""
    from provenance.matching.features import HappeningWords

    texts = {"a": "Harga beras di Kota Baramuda merosot ke tingkat terendah sejak kemarau panjang.",
             "b": "Stok beras di Kota Baramuda berada pada titik terendah pasca-kemarau panjang.",
             "c": "Gubernur Rasmi Kandar meresmikan pasar induk di Kota Baramuda."}
    arts = [process_article(Article(f"article:{n}", f"{n}.txt", t)) for n, t in texts.items()]
    infos, _ = prepare(arts)
    one = {i.id: "e1" for i in infos}
    alone = HappeningWords(infos, one).told_alone(0, 1)
    assert "~rice" in alone and not any("baramuda" in t for t in alone)  # the city is the third claim's too
    two = {**one, infos[1].id: "e2"}
    assert HappeningWords(infos, two).told_alone(0, 1) == []


def test_the_overlaps_weights_are_the_settings():
    # a name weighs entity_token_weight times a word of the same rarity, a weightless concept
    # ("said") weightless_token_weight, whatever the settings a caller runs with
    from dataclasses import replace

    from provenance.matching.features import WEIGHTLESS, TokenWeights
    from provenance.settings import DEFAULT
    said = sorted(WEIGHTLESS)[0]
    for entity, weightless in ((DEFAULT.entity_token_weight, DEFAULT.weightless_token_weight), (2.0, 0.3)):
        w = TokenWeights([], ({"banjir": 3, "@jakarta": 3, said: 3}, 10),
                         replace(DEFAULT, entity_token_weight=entity, weightless_token_weight=weightless))
        assert w.weight("@jakarta") == pytest.approx(entity * w.weight("banjir"))
        assert w.weight(said) == weightless


# ---------------------------------------------------------------- nearest neighbours

def _two_languages(n_unrelated: int):
    """Unit vectors: one story told in English (row 0) and in Indonesian (row 1), beside
    ``n_unrelated`` texts on other stories in each language. Every text carries its language's
    offset (what a sentence of the language shares), so the translation is farther from its
    original than any two texts of one language are from each other."""
    rng = np.random.default_rng(3)
    dims = 64
    en, id_ = np.zeros(dims), np.zeros(dims)
    en[0], id_[1] = 1.0, 1.0
    story = rng.normal(size=dims)
    story[:2] = 0
    rows = [en * 2 + story / np.linalg.norm(story), id_ * 2 + story / np.linalg.norm(story)]
    for offset in (en, id_):
        for _ in range(n_unrelated):
            other = rng.normal(size=dims)
            other[:2] = 0
            rows.append(offset * 2 + other / np.linalg.norm(other))
    V = np.array(rows)
    return V / np.linalg.norm(V, axis=1, keepdims=True), np.array(["en", "id"] + ["en"] * n_unrelated + ["id"] * n_unrelated)


def test_nearest_in_each_language_finds_a_translation_that_texts_of_its_own_language_outscore():
    from provenance.matching.neighbours import nearest_pairs
    V, langs = _two_languages(12)
    k = 3
    assert (0, 1) not in {(i, j) for i, j, _ in nearest_pairs(V, k)}  # the control: all outscore it
    pairs = {(i, j) for i, j, _ in nearest_pairs(V, k, each=langs)}
    assert (0, 1) in pairs
    # each row's k nearest of every language, and never itself
    for i in range(len(V)):
        for code in ("en", "id"):
            others = [j for j in range(len(V)) if j != i and langs[j] == code]
            near = [j for j in others if (min(i, j), max(i, j)) in pairs]
            assert len(near) >= min(k, len(others))
    assert all(i < j for i, j in pairs)


def test_nearest_pairs_without_labels_keeps_each_rows_k_nearest_of_all():
    from provenance.matching.neighbours import nearest_pairs
    V, _langs = _two_languages(12)
    S = V @ V.T
    np.fill_diagonal(S, -np.inf)
    expected = {(min(i, int(j)), max(i, int(j))) for i in range(len(V)) for j in np.argsort(-S[i])[:3]}
    assert {(i, j) for i, j, _ in nearest_pairs(V, 3)} == expected


def test_nearest_columns_lists_each_languages_nearest_first():
    from provenance.matching.neighbours import nearest_columns
    V, langs = _two_languages(12)
    near = nearest_columns(V[1:2], V, 2, langs)[0]  # the Indonesian text against all
    assert len(near) == 4  # two of each language, the labels in order (en, id)
    assert near[0] == 0  # its original, first of the English texts
    assert near[2] == 1  # itself, first of the Indonesian ones (the store asks of stored rows only)
    S = V[1] @ V.T
    assert S[near[0]] >= S[near[1]] and S[near[2]] >= S[near[3]]
