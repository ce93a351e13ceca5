"""Attribution cues and their scope, Indonesian and English."""
import pytest

from helpers import article, claim_with


def sources(c):
    return {(s.source, s.scope) for s in c.sources}


@pytest.mark.parametrize("cue", [
    "Dilansir dari Reuters,", "Seperti dikutip Reuters,", "Reuters melaporkan,", "Menurut kantor berita Reuters,",
    "Mengutip Reuters,",
])
def test_wire_credit_in_the_body_covers_the_article(cue):
    a = article("Presiden Brasil Lula tiba di Beijing pada Senin untuk kunjungan kenegaraan.\n"
                f"{cue} kedua pemimpin menandatangani 12 perjanjian dagang.\n"
                "Keduanya juga membahas perang di Ukraina.")
    for c in a.claims:
        assert ("Reuters", "article") in sources(c)
    assert [x.source for x in a.citations] == ["Reuters"]


def test_header_and_footer_credits():
    a = article("Sumber: AFP | Editor: Budi\nPara menteri bertemu di Paris dan menyepakati paket bantuan baru.\n"
                "(Sumber Antara)")
    c = a.claims[0]
    assert {s.source for s in c.sources} == {"AFP", "Antara"}
    assert all(s.scope == "article" for s in c.sources)


def test_photo_credit_covers_only_the_caption():
    a = article("Menteri Tinjau Pelabuhan\nMenteri meninjau pelabuhan di Makassar ((Antara))\n"
                "Menteri Perhubungan meninjau pelabuhan baru di Makassar pada Senin.")
    cap = [c for c in a.claims if c.claim_type == "caption"][0]
    body = [c for c in a.claims if c.claim_type == "statement"][0]
    assert sources(cap) == {("Antara", "claim")}
    assert body.sources == []


def test_statement_cue_carries_forward_and_back_reference():
    a = article(
        "Kedua pemimpin bertemu secara virtual untuk membahas isu bilateral.\n"
        '"Presiden Xi siap bekerja sama," demikian disebutkan dalam keterangan tertulis pada laman Kementerian '
        "Luar Negeri China.\n"
        "Pertemuan itu berlangsung selama dua jam di Beijing.\n"
        '"Xi akan meningkatkan kerja sama," demikian menurut keterangan tersebut.\n'
        "(Sumber Antara)")
    lead = claim_with(a, "bertemu secara virtual")
    assert {s.source for s in lead.sources} == {"Antara"}
    for words in ("siap bekerja sama", "dua jam", "meningkatkan kerja sama"):
        assert "Chinese Ministry of Foreign Affairs" in {s.source for s in claim_with(a, words).sources}
    # the chain: the outlet credits Antara, whose text cites the ministry
    assert any(c.citing == "Antara" and c.source == "Chinese Ministry of Foreign Affairs" for c in a.citations)


def test_release_covers_the_reported_speech_before_it():
    a = article("Putin menyapa Xi sebagai sahabat karibnya, dengan mengatakan ia ingin kerja sama baru.\n"
                "Kremlin merilis video pertemuan mereka.\n"
                '"Kerja sama kita didasarkan pada kepentingan bersama," kata Putin kepada Xi.')
    for words in ("sahabat karibnya", "merilis video", "kepentingan bersama"):
        assert "Kremlin" in {s.source for s in claim_with(a, words).sources}


def test_person_after_menurut_is_a_speaker_not_a_source():
    a = article("Menurut Putin, Rusia menentang setiap campur tangan pihak luar.")
    assert a.claims[0].sources == []
    assert a.claims[0].speaker == "Putin"


def test_unknown_organisation_is_kept_as_unknown_source():
    a = article("Dalam keterangan tertulis Kementerian Perdagangan Peru, kedua negara sepakat memangkas tarif.")
    s = a.claims[0].sources[0]
    assert s.source == "Kementerian Perdagangan Peru" and s.source_type == "other" and not s.known


def test_english_cues():
    a = article("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Thursday, "
                "according to Reuters.\nThe two leaders signed a joint statement on energy.")
    for c in a.claims:
        assert "Reuters" in {s.source for s in c.sources}


def test_date_of_a_report_is_not_the_event_date():
    a = article("Dilansir dari Reuters, Sabtu, 10 Mei 2025, kedua pemimpin sepakat memperluas kerja sama.")
    d = a.claims[0].dates[0]
    assert d.reporting


@pytest.mark.parametrize("text,source,scope", [
    ("The two ministers signed a trade pact in Hanoi on Monday, Reuters reported.", "Reuters", "article"),
    ("The two ministers signed a trade pact in Hanoi on Monday, according to the Associated Press.",
     "Associated Press", "article"),
    ("The two ministers signed a trade pact in Hanoi on Monday, the Kremlin said in a statement.", "Kremlin", "claim"),
    ("The White House released a transcript of the call between the two presidents on Monday.", "White House", "claim"),
    ("The ministry of trade of Peru said in a statement that tariffs would fall.", "", ""),
])
def test_english_cue_forms(text, source, scope):
    a = article(text + "\nThe two sides will meet again next month to finish the talks.")
    got = {(s.source, s.scope) for s in a.claims[0].sources}
    if source:
        assert (source, scope) in got
    else:
        assert all(s.source != "Peru" for s in a.claims[0].sources)


def test_english_photo_credit_covers_the_caption():
    a = article("Leaders Meet in Hanoi\nThe two ministers shake hands in Hanoi (Photo: Reuters)\n"
                "The two ministers signed a trade pact in Hanoi on Monday after three days of talks.")
    cap = [c for c in a.claims if c.claim_type == "caption"][0]
    assert {(s.source, s.scope) for s in cap.sources} == {("Reuters", "claim")}
