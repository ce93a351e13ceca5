"""The report, rendered to fixed-width text: what it holds and in what order.

Checks content and order, never colours: the text is rendered plain (as in a
pipe), where the differing words are marked « ». The small corpora here are
built by hand from sentences written for the tests, so that what the report
shows does not depend on how the analysis decides.
"""
import io
import json
from datetime import date

import pytest

from conftest import EVAL, SHARED, needs_shared
from provenance.discrepancy import Discrepancy
from provenance.doc import Article, ArticleMeta, Attribution, Claim
from provenance.pipeline import Corpus
from provenance.report import (SECTIONS, ReportOptions, filter_problems, make_console, render, report_data,
                               report_json)
from provenance.report.common import claim_text, differing_spans, side


def rendered(corpus, width=100, **options) -> str:
    buf = io.StringIO()
    render(corpus, make_console(width=width, color=False, file=buf), ReportOptions(**options))
    return buf.getvalue()


def _article(aid, name, text, outlet, published, lang, claims):
    a = Article(aid, name, text, ArticleMeta(outlet=outlet, published=published, language=lang))
    for i, (phrase, ctype, sources) in enumerate(claims):
        s = text.index(phrase)
        a.claims.append(Claim(f"claim:{aid}#c{i:03d}", aid, s, s + len(phrase), phrase, claim_type=ctype,
                              sources=[Attribution(src, "wire", cue, "article", "credit") for src, cue in sources]))
    return a


# Two Indonesian versions and one English version of one story, written for this test.
ID_A = ("Gempa bermagnitudo 5,6 mengguncang Kabupaten Garut pada Senin pagi. "
        "Sebanyak 12 rumah rusak berat, kata BPBD setempat. Sumber: Antara")
ID_B = ("Gempa bermagnitudo 5,4 mengguncang Kabupaten Garut pada Senin pagi. "
        "Sebanyak 12 rumah rusak berat, kata BPBD setempat.")
EN_C = "A magnitude 5.6 earthquake shook Garut regency on Monday morning, Reuters reported."


@pytest.fixture()
def quake():
    a = _article("article:a", "a.txt", ID_A, "Harian Satu", date(2025, 3, 3), "id", [
        ("Gempa bermagnitudo 5,6 mengguncang Kabupaten Garut pada Senin pagi", "statement", [("Antara", "Sumber: Antara")]),
        ("Sebanyak 12 rumah rusak berat, kata BPBD setempat", "statement", [("Antara", "Sumber: Antara")])])
    b = _article("article:b", "sub/b.txt", ID_B, "Kabar Dua", date(2025, 3, 4), "id", [
        ("Gempa bermagnitudo 5,4 mengguncang Kabupaten Garut pada Senin pagi", "statement", []),
        ("Sebanyak 12 rumah rusak berat, kata BPBD setempat", "statement", [])])
    c = _article("article:c", "c.txt", EN_C, "Wire Daily", date(2025, 3, 3), "en", [
        ("A magnitude 5.6 earthquake shook Garut regency on Monday morning", "statement", [("Reuters", "Reuters reported")])])
    corpus = Corpus([a, b, c])
    corpus.clusters = {"claim:article:a#c000": "k1", "claim:article:b#c000": "k1", "claim:article:c#c000": "k1",
                       "claim:article:a#c001": "k2", "claim:article:b#c001": "k2"}
    corpus.discrepancies = [
        Discrepancy("claim:article:a#c000", "claim:article:b#c000", "number", "medium", "Harian Satu has 5.6, Kabar Dua has 5.4"),
        Discrepancy("claim:article:b#c000", "claim:article:c#c000", "number", "high", "Kabar Dua has 5.4, Wire Daily has 5.6"),
        Discrepancy("claim:article:a#c001", "claim:article:b#c001", "omission", "low", "nothing, really"),
    ]
    return corpus


def test_sections_come_in_the_order_a_fact_checker_needs(seeds_corpus):
    out = rendered(seeds_corpus)
    heads = ["Summary", "Discrepancies (", "Claims carried by more than one article", "Thin sourcing",
             "Sources and chains", "Likely rewrites", "Suggested matches to confirm"]
    where = [out.index(h) for h in heads]
    assert where == sorted(where)


def test_the_first_screen_holds_the_worst_discrepancy_with_both_wordings(seeds_corpus):
    """What a 100x40 terminal shows first (the pager's first screen)."""
    first = "\n".join(rendered(seeds_corpus, width=100).splitlines()[:39])
    top = min(["high", "medium", "low"].index(d.severity) for d in seeds_corpus.discrepancies)
    severity = ["high", "medium", "low"][top]
    listed_first = [d for d in seeds_corpus.discrepancies
                    if d.severity == severity and f"1. {severity.upper()} {d.type}" in first]
    assert listed_first, "the first discrepancy shown is not one of the most severe"
    # both sides of it, with their evidence, on the same screen
    flat = " ".join(first.split())
    assert any(all(f"{seeds_corpus.article_of(cid).path}:{seeds_corpus.claim(cid).start}-"
                   f"{seeds_corpus.claim(cid).end}" in first
                   and " ".join(seeds_corpus.claim(cid).text.split()[:4]) in flat for cid in (d.a, d.b))
               for d in listed_first)


def test_discrepancies_highest_severity_first(quake):
    out = rendered(quake, sections=("discrepancies",))
    assert out.index("1. HIGH number") < out.index("2. MEDIUM number") < out.index("3. LOW omission")
    items = report_data(quake, ReportOptions(sections=("discrepancies",)))["discrepancies"]["items"]
    assert [i["severity"] for i in items] == ["high", "medium", "low"]


@pytest.mark.parametrize("width", [80, 100])
def test_evidence_stands_whole_on_its_own_line(quake, width):
    out = rendered(quake, width=width)
    lines = [x.strip() for x in out.splitlines()]
    for a in quake.articles:
        for c in a.claims:
            ev = f"{a.path}:{c.start}-{c.end}"
            assert any(line.startswith(("A " + ev, "B " + ev, ev)) for line in lines), ev
    assert "…" not in out


@pytest.mark.parametrize("width", [80, 100])
def test_no_evidence_offset_is_cut_on_the_seeds(seeds_corpus, width):
    out = rendered(seeds_corpus, width=width)
    text = " ".join(out.split())
    for d in seeds_corpus.discrepancies:
        for cid in (d.a, d.b):
            c, a = seeds_corpus.claim(cid), seeds_corpus.article_of(cid)
            assert f"{a.path}:{c.start}-{c.end}" in out  # on one line, whole
    assert "…" not in text


def test_differing_words_are_marked_by_offset(quake):
    a, b = "claim:article:a#c000", "claim:article:b#c000"
    ha, hb = differing_spans(quake, a, b)
    assert [ID_A[s:e] for s, e in ha] == ["5,6"] and [ID_B[s:e] for s, e in hb] == ["5,4"]
    assert str(claim_text(side(quake, a, ha), ID_A, plain=True)) == \
        "Gempa bermagnitudo «5,6» mengguncang Kabupaten Garut pada Senin pagi"
    styled = claim_text(side(quake, a, ha), ID_A, plain=False)
    assert [str(styled)[s.start:s.end] for s in styled.spans if s.style == "diff"] == ["5,6"]


def test_a_translation_is_not_marked_word_by_word(quake):
    assert differing_spans(quake, "claim:article:b#c000", "claim:article:c#c000") == ([], [])


def test_spans_the_analysis_gives_are_used_as_they_are(quake):
    d = quake.discrepancies[0]
    d.evidence = {"spans": {d.a: [[6, 18]], d.b: []}}
    item = report_data(quake, ReportOptions(sections=("discrepancies",)))["discrepancies"]["items"][1]
    assert item["a"]["highlights"] == [[6, 18]] and item["b"]["highlights"] == []
    assert "«bermagnitudo»" in rendered(quake, sections=("discrepancies",))


def test_each_side_shows_whom_it_credits(quake):
    out = rendered(quake, sections=("discrepancies",))
    assert "credited to Antara “Sumber: Antara”" in out
    assert "credited to Reuters “Reuters reported”" in out
    assert "credits no source" in out


def test_shared_claims_in_publication_order(quake):
    out = rendered(quake, sections=("shared",))
    block = out[out.index("3 articles"):]
    assert block.index("Harian Satu · 2025-03-03") < block.index("Kabar Dua · 2025-03-04")
    assert f"c.txt:0-{len(EN_C.split(',')[0])}" in block


@pytest.mark.parametrize("section", SECTIONS)
def test_limit_applies_to_every_section(seeds_corpus, section):
    data = report_data(seeds_corpus, ReportOptions(sections=(section,), limit=1))[section]
    for key, value in data.items():
        if isinstance(value, list) and key not in ("outlets", "events", "skipped") or section == "shared" and key == "events":
            n = sum(len(g["clusters"]) for g in value) if section == "shared" else len(value)
            assert n <= 1, (section, key)


def test_limit_says_how_many_it_left_out(seeds_corpus):
    out = rendered(seeds_corpus, sections=("discrepancies",), limit=2)
    assert "3. " not in out and f"... and {len(seeds_corpus.discrepancies) - 2} more" in out


def test_filters_by_outlet_event_and_severity(quake):
    data = report_data(quake, ReportOptions(outlets=("wire daily",)))
    assert {(i["a"]["outlet"], i["b"]["outlet"]) for i in data["discrepancies"]["items"]} == {("Kabar Dua", "Wire Daily")}
    assert [t["outlet"] for t in data["sources"]["items"]] == ["Wire Daily"]
    data = report_data(quake, ReportOptions(min_severity="medium"))
    assert {i["severity"] for i in data["discrepancies"]["items"]} == {"high", "medium"}
    assert data["summary"]["discrepancies"] == {"high": 1, "medium": 1, "low": 0}


def test_unknown_filter_values_are_named(quake):
    problems = filter_problems(quake, ReportOptions(outlets=("Nowhere",), events=("2099-01-01:mars",)))
    assert any("Nowhere" in p and "Harian Satu" in p for p in problems)
    assert any("2099-01-01:mars" in p for p in problems)


def test_json_carries_what_the_text_shows(seeds_corpus):
    data = json.loads(report_json(seeds_corpus))
    assert list(data) == list(SECTIONS)
    out = rendered(seeds_corpus)
    for item in data["discrepancies"]["items"]:
        assert item["a"]["evidence"] in out and item["b"]["evidence"] in out
        assert item["detail"].split()[0] in out
    assert data["summary"]["claims"] == sum(len(a.claims) for a in seeds_corpus.articles)


@needs_shared()
def test_dev_corpus_report_lists_every_discrepancy_edge_of_the_graph():
    from provenance import analyze, build_graph

    corpus = analyze([SHARED / "dev" / "corpus"])
    G = build_graph(corpus)
    path = {n: d["path"] for n, d in G.nodes(data=True) if d["kind"] == "article"}

    def where(n):
        d = G.nodes[n]
        return f"{path[d['article']]}:{d['start']}-{d['end']}"
    edges = sorted((d["type"], where(u), where(v)) for u, v, d in G.edges(data=True) if d["kind"] == "discrepancy")
    assert edges
    data = report_data(corpus, ReportOptions(sections=("discrepancies",)))["discrepancies"]
    listed = sorted((i["type"], i["a"]["evidence"], i["b"]["evidence"]) for i in data["items"])
    assert listed == edges and data["total"] == len(edges) and not data["more"]
    out = rendered(corpus, width=80, sections=("discrepancies",))
    # each finding once, numbered, its other pairs a line each: every pair's two places shown
    findings = len({i["finding"] or (i["type"], i["a"]["evidence"], i["b"]["evidence"]) for i in data["items"]})
    assert findings < len(edges) and data["findings"] == findings
    assert f"Discrepancies ({findings} findings between {len(edges)} pairs of versions)" in out
    assert f"\n{findings}. " in out and f"\n{findings + 1}. " not in out
    for _, a, b in edges:
        assert a in out and b in out
    assert (EVAL / "score.py").exists()


def test_a_disagreement_stated_by_two_claims_of_each_outlet_is_shown_once_a_finding():
    from provenance import analyze_texts

    corpus = analyze_texts({
        "a.txt": "Banjir Rendam Desa di Kabupaten Sumber, 3 Warga Hilang\n\nSUMBER (ANTARA) - Banjir merendam "
                 "ratusan rumah di Kabupaten Sumber pada Rabu (13/3/2024) malam. Kepala BPBD Kabupaten Sumber, "
                 "Agus Santoso, mengatakan tiga warga dilaporkan hilang terseret arus.\n",
        "b.txt": "Floods swamp homes in Sumber regency; four missing\n\nSUMBER, Indonesia, March 14 (Reuters) - "
                 "Floods swamped hundreds of homes in Sumber regency on Wednesday night. Four residents were swept "
                 "away and remain missing, the head of the local disaster agency, Agus Santoso, said.\n"})
    data = report_data(corpus, ReportOptions(sections=("discrepancies",)))["discrepancies"]
    counts = [i for i in data["items"] if i["type"] == "number"]
    findings = {i["finding"] for i in counts}
    assert len(counts) == 4 and len(findings) < len(counts)
    out = rendered(corpus, width=120, sections=("discrepancies",))
    assert out.count("HIGH number") == len(findings) and "the same disagreement between" in out
    for i in counts:
        assert i["a"]["evidence"] in out and i["b"]["evidence"] in out
