"""Corpus stages: events, discrepancies, lineage, on texts written for the tests."""
import pytest

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


A_EN = """Reuters - 6 March 2025
JAKARTA (Reuters) - Indonesian Foreign Minister Sudarsono met Japanese Foreign Minister Takeshi Iwaya in Jakarta on Wednesday (March 5, 2025).
The two ministers signed 12 memorandums of understanding on energy and trade.
They agreed to widen cooperation in all fields, including defence.
"Relations between our countries are at their highest point in history," Sudarsono said.
The meeting lasted three hours at the Pancasila Building.
"""
B_EN = """AP - 7 March 2025
JAKARTA (AP) - Indonesian Foreign Minister Sudarsono met Japanese Foreign Minister Takeshi Iwaya in Jakarta on Wednesday.
The two ministers signed 15 memorandums of understanding on energy and trade.
The two agreed to widen cooperation in various sectors, including defence.
"Relations between our countries are at their best point in history," Sudarsono said.
The meeting lasted three hours at the Pancasila Building.
"""
OLDER = {"id": """Tempo - 7 Januari 2025
TOKYO - Menteri Luar Negeri Sudarsono bertemu Menteri Luar Negeri Jepang Takeshi Iwaya di Tokyo pada Senin (6/1/2025).
Kedua menteri membahas rencana latihan maritim bersama di Laut Natuna.
Keduanya juga sepakat menggelar pertemuan lanjutan di Jakarta pada bulan Maret.
""", "en": """Kyodo - 7 January 2025
TOKYO (Kyodo) - Indonesian Foreign Minister Sudarsono met Japanese Foreign Minister Takeshi Iwaya in Tokyo on Monday (Jan. 6, 2025).
The two ministers discussed plans for joint maritime drills in the Natuna Sea.
They also agreed to hold a follow-up meeting in Jakarta in March.
"""}


def _recycled_caption_corpus(lang: str, caption: str):
    a, b, head = (A, B, "Detik - 7 Maret 2025\n") if lang == "id" else (A_EN, B_EN, "AP - 7 March 2025\n")
    return analyze_texts({"a.txt": a, "b.txt": b.replace(head, head + caption), "older.txt": OLDER[lang]})


PLAIN = {"id": "Dua menteri berjabat tangan saat bertemu di Tokyo pada Senin 6 Januari lalu ((Antara))\n",
         "en": "The two ministers shake hands as they meet in Tokyo on Monday, Jan. 6, 2025. (AP Photo/Jane Doe)\n"}
FILE_CAPTIONS = [
    ("id", "ARSIP - " + PLAIN["id"]),
    ("id", PLAIN["id"].replace(" lalu", " lalu, foto arsip")),
    ("en", "FILE - " + PLAIN["en"]),
    ("en", PLAIN["en"].replace("Doe)", "Doe, File)")),
    ("en", PLAIN["en"].replace("(AP Photo/Jane Doe)", "REUTERS/Jane Doe/File Photo")),
]


@pytest.mark.parametrize("lang,caption", FILE_CAPTIONS)
def test_a_caption_that_says_it_is_a_file_photo_is_not_flagged_as_recycled(lang, caption):
    # the caption tells the reader its picture is from before the story: no context flag;
    # the same caption without its mark is one
    flagged = lambda c: [d for d in c.discrepancies if d.type == "context"]  # noqa: E731
    assert not flagged(_recycled_caption_corpus(lang, caption))
    assert flagged(_recycled_caption_corpus(lang, PLAIN[lang]))


AFTERMATH = {"id": "Menteri Sudarsono memberi keterangan kepada wartawan di Jakarta, Jumat (7/3/2025). (ANTARA/Jane Doe)\n",
             "en": "Foreign Minister Sudarsono speaks to reporters in Jakarta on Friday, March 7, 2025. (AP Photo/Jane Doe)\n"}


@pytest.mark.parametrize("lang", sorted(AFTERMATH))
def test_a_caption_dated_after_the_happening_and_before_publication_stays_in_its_event(lang):
    # a photo of what followed (a press conference two days later) cannot be recycled from another
    # happening: it stays in the article's event, and no context flag is raised on it
    c = _recycled_caption_corpus(lang, AFTERMATH[lang])
    caption = next(cl for a in c.articles for cl in a.claims if cl.claim_type == "caption")
    lead = next(cl for a in c.articles if a.name == "b.txt" for cl in a.claims if cl.claim_type != "caption")
    assert caption.event == lead.event and not caption.event_note
    assert not [d for d in c.discrepancies if d.type == "context"]
