"""Corpus stages: events, discrepancies, lineage, on texts written for the tests."""
from provenance import analyze_texts

A = """Kompas - 6 Maret 2025
JAKARTA, KOMPAS.com - Menteri Luar Negeri Sudarsono bertemu Menteri Luar Negeri Jepang Takeshi Iwaya di Jakarta pada Rabu (5/3/2025).
Kedua menteri menandatangani 12 nota kesepahaman di bidang energi dan perdagangan.
Mereka sepakat memperluas kerja sama di semua bidang, termasuk pertahanan.
"Hubungan kedua negara berada pada tingkat tertinggi dalam sejarah," kata Sudarsono.
Pertemuan itu berlangsung selama tiga jam di Gedung Pancasila.
"""
B = """Detik - 7 Maret 2025
Jakarta - Menteri Luar Negeri Sudarsono bertemu Menteri Luar Negeri Jepang Takeshi Iwaya di Jakarta pada hari Rabu.
Kedua menteri meneken 15 nota kesepahaman di bidang energi dan perdagangan.
Keduanya sepakat memperluas kerja sama di berbagai sektor, termasuk pertahanan.
"Hubungan kedua negara berada pada tingkat terbaik dalam sejarah," kata Sudarsono.
Pertemuan tersebut berlangsung selama tiga jam di Gedung Pancasila.
"""


def test_one_event_and_the_discrepancies_between_versions():
    c = analyze_texts({"a.txt": A, "b.txt": B})
    assert len(c.events) == 1
    ev = c.events[0]
    assert ev.date.isoformat() == "2025-03-05"
    types = {d.type for d in c.discrepancies}
    assert {"number", "quote", "scope"} <= types
    num = next(d for d in c.discrepancies if d.type == "number")
    assert "12" in num.detail and "15" in num.detail
    quote = next(d for d in c.discrepancies if d.type == "quote")
    assert "tertinggi" in quote.detail and "terbaik" in quote.detail


def test_a_later_rewrite_is_derived_from_the_earlier_article():
    c = analyze_texts({"a.txt": A, "b.txt": B})
    assert len(c.derivations) == 1
    d = c.derivations[0]
    assert d.later.endswith(":b") and d.earlier.endswith(":a")
    assert "align" in d.evidence and not d.credited


def test_recycled_caption_is_flagged_as_context():
    caption = ("Dua menteri berjabat tangan saat bertemu di Tokyo pada Senin 6 Januari lalu Dua menteri berjabat "
               "tangan saat bertemu di Tokyo pada Senin 6 Januari lalu ((Antara))\n")
    older = """Tempo - 7 Januari 2025
TOKYO - Menteri Luar Negeri Sudarsono bertemu Menteri Luar Negeri Jepang Takeshi Iwaya di Tokyo pada Senin (6/1/2025).
Kedua menteri membahas rencana latihan maritim bersama di Laut Natuna.
Keduanya juga sepakat menggelar pertemuan lanjutan di Jakarta pada bulan Maret.
"""
    b2 = B.replace("Detik - 7 Maret 2025\n", "Detik - 7 Maret 2025\n" + caption)
    c = analyze_texts({"a.txt": A, "b.txt": b2, "tempo.txt": older})
    ctx = [d for d in c.discrepancies if d.type == "context"]
    assert ctx and ctx[0].severity == "high"
    cap = c.claim(ctx[0].a)
    assert cap.claim_type == "caption"


def test_a_rewrite_has_one_parent():
    c_text = B.replace("Detik - 7 Maret 2025", "Tempo - 8 Maret 2025").replace("Jakarta - ", "Jakarta, Tempo - ")
    c = analyze_texts({"a.txt": A, "b.txt": B, "c.txt": c_text})
    laters = [d.later for d in c.derivations]
    assert len(laters) == len(set(laters))


def test_a_stage_that_does_not_add_what_it_declares_fails_the_run(monkeypatch):
    """The runner checks every declared output: a stage that forgets one is named in the error."""
    import pytest

    from provenance import pipeline
    from provenance.doc import Article

    broken = tuple(pipeline.Stage(s.name, (lambda a, st: None) if s.name == "segment" else s.run, s.requires, s.adds)
                   for s in pipeline.ARTICLE_STAGES)
    monkeypatch.setattr(pipeline, "ARTICLE_STAGES", broken)
    with pytest.raises(pipeline.StageError, match="stage segment did not add"):
        pipeline.process_article(Article("article:t", "t.txt", "Presiden Xi Jinping bertemu Putin di Moskow pada Kamis."))


def test_discrepancy_edges_carry_their_finding_groups_and_spans():
    from provenance import build_graph
    c = analyze_texts({"a.txt": A, "b.txt": B})
    G = build_graph(c)
    edges = [d for _u, _v, d in G.edges(data=True) if d["kind"] == "discrepancy"]
    num = next(d for d in edges if d["type"] == "number")
    assert num["finding"] and num["group_a"] and num["group_b"]
    assert {num["outlets_a"], num["outlets_b"]} == {"Kompas", "Detik"}
    assert {num["value_a"], num["value_b"]} == {"12", "15"}
    s, e = map(int, num["evidence_a"].split("|")[0].split("-"))
    claim_a = next(cl for a in c.articles for cl in a.claims if cl.id in num["group_a"].split("|"))
    assert c.article_of(claim_a.id).text[s:e] in ("12", "15")
    f = next(f for f in c.findings if f.id == num["finding"])
    assert sorted(g.outlets for g in f.groups) == [("Detik",), ("Kompas",)]


def test_derived_from_edges_say_how_much_aligns():
    from provenance import build_graph
    c = analyze_texts({"a.txt": A, "b.txt": B})
    (d,) = [d for _u, _v, d in build_graph(c).edges(data=True) if d["kind"] == "derived_from"]
    assert d["aligned"] >= 4 and 0 < d["coverage"] <= 1 and 0 < d["mean_match"] <= 1
