"""factcheck.py: the claims a fact-check quotes to check them are marked, and only those.

A desk reads a debunk beside the reports it refutes: the claim under "Narasi yang beredar:" is
not the fact-check outlet's own, and the report must say so where it lists who carries it."""
import io

import pytest

from helpers import article, claim_with
from provenance import analyze_texts, build_graph
from provenance.report import make_console, render

KOMPAS_STYLE = ("[HOAKS] Video Banjir Bandang Rendam Kota Hilir pada Maret 2025\n"
                "Kompas.com - 22/03/2025, 10:00 WIB\n"
                "HILIR, KOMPAS.com - Beredar video yang diklaim menunjukkan banjir bandang di Kota Hilir pekan ini.\n"
                "Narasi yang beredar:\n"
                '"Banjir bandang merendam Kota Hilir tadi pagi. Ratusan rumah hanyut terbawa arus."\n'
                "Penelusuran Kompas.com menemukan video tersebut merupakan rekaman banjir di kota lain pada 2019.\n"
                "Kesimpulan: Video banjir bandang di Kota Hilir adalah hoaks.\n")

MAFINDO_STYLE = ("[SALAH] Video Banjir Bandang Rendam Kota Hilir\n"
                 "=====\n[KATEGORI]: Konten yang Salah\n=====\n[SUMBER]: Facebook\n=====\n[NARASI]:\n"
                 "“Banjir bandang merendam Kota Hilir tadi pagi. Ratusan rumah hanyut terbawa arus.”\n"
                 "=====\n[PENJELASAN]:\n"
                 "Video tersebut merupakan rekaman banjir di kota lain pada 2019, bukan di Kota Hilir.\n")


@pytest.mark.parametrize("text,label", [(KOMPAS_STYLE, "Narasi yang beredar:"), (MAFINDO_STYLE, "[NARASI]:")])
def test_the_claim_under_a_narrative_label_is_checked_and_the_findings_are_not(text, label):
    a = article(text)
    assert claim_with(a, "Banjir bandang merendam").checked == label
    assert claim_with(a, "Ratusan rumah hanyut").checked == label
    assert claim_with(a, "rekaman banjir di kota lain").checked == ""
    # the headline under its verdict states the claim checked
    assert [c.checked for c in a.claims if c.claim_type == "headline"][0] in ("[HOAKS]", "[SALAH]")


def test_a_claim_on_the_labels_own_line_is_checked():
    a = article("Foto Jembatan Putus di Hilir\nHILIR - Beredar foto jembatan putus yang disebut berada di Kota Hilir.\n"
                "Klaim: Jembatan utama Kota Hilir putus diterjang banjir pada Senin.\n"
                "Faktanya, jembatan itu masih berdiri dan dilalui kendaraan pada Senin sore.\n")
    assert claim_with(a, "Jembatan utama Kota Hilir").checked == "Klaim:"
    assert claim_with(a, "jembatan itu masih berdiri").checked == ""


def test_a_news_report_has_no_checked_claims():
    a = article("Banjir Rendam Kota Hilir\nHILIR - Banjir merendam ratusan rumah di Kota Hilir pada Senin.\n"
                '"Air naik sangat cepat," kata warga Rina Kusuma.\nSumber: Antara\n')
    assert all(c.checked == "" for c in a.claims)


def test_the_graph_and_the_report_say_a_fact_check_quotes_the_claim_it_shares():
    hoax = ("Banjir Bandang Rendam Kota Hilir\nSelasa, 22 Maret 2025 08:00 WIB\n"
            "HILIR, WARTAHILIR.COM - Banjir bandang merendam Kota Hilir tadi pagi, menurut video yang beredar.\n"
            "Ratusan rumah hanyut terbawa arus di tepi sungai kota itu.\n")
    corpus = analyze_texts({"check.txt": KOMPAS_STYLE, "report.txt": hoax})
    g = build_graph(corpus)
    checked = [d["checked"] for _n, d in g.nodes(data=True) if d.get("kind") == "claim" and d.get("checked")]
    assert "Narasi yang beredar:" in checked
    assert all(isinstance(d.get("checked", ""), str) for _n, d in g.nodes(data=True))
    buf = io.StringIO()
    render(corpus, make_console(width=120, color=False, file=buf))
    assert "quoted to be checked (Narasi yang beredar:)" in buf.getvalue()


def test_the_claims_command_shows_which_claims_are_checked(tmp_path):
    import json
    import subprocess
    import sys

    from conftest import ROOT
    (tmp_path / "check.txt").write_text(KOMPAS_STYLE, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "provenance", "claims", str(tmp_path / "check.txt"), "--json"],
                       cwd=ROOT, capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert {row["checked"] for row in rows if "Ratusan rumah hanyut" in row["text"]} == {"Narasi yang beredar:"}
    assert all(row["checked"] == "" for row in rows if "rekaman banjir di kota lain" in row["text"])
