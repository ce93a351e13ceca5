"""Spans of an HTML page's extracted text as offsets into the page's source (htmlspans.py): the
claim graph's offsets index the file as Python reads it (GRAPH_CONTRACT.md)."""
import html
import re

from hypothesis import given, settings, strategies as st

from provenance.htmlspans import file_offsets, visible_text

PAGE = """<!doctype html>
<html><head><title>Banjir Rendam Hilir</title>
<meta property="og:site_name" content="Warta Hilir">
<script>var tracker = {"page": "Banjir Rendam Hilir", "x": 1 < 2};</script>
<style>p { color: black; }</style></head>
<body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article><h1>Banjir Rendam Hilir</h1>
<p><strong>HILIR</strong> - Banjir merendam 300 rumah di Kecamatan Hilir pada Senin (3/3/2025) pagi.</p>
<!-- iklan -->
<p>Kepala BPBD Hilir Budi Santoso mengatakan air mulai naik sejak pukul 02.00 WIB &amp; terus meninggi.</p>
<p>&ldquo;Kami sudah mengevakuasi 1.200 warga ke&nbsp;tempat aman,&rdquo; kata Budi kepada wartawan.</p>
<figure><img src="a.jpg"><figcaption>Warga mengungsi di Kecamatan Hilir, Senin (3/3/2025). (Foto: Rina)</figcaption></figure>
<p>Warga di <a href="/tag/hilir">bantaran sungai</a> diminta tetap waspada hingga Rabu.</p>
</article><footer>Hak cipta Warta Hilir</footer></body></html>
"""


def _seen(raw: str) -> str:
    """What a reader sees of a stretch of source: tags out, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", raw)).split())


def test_the_visible_text_leaves_out_tags_scripts_styles_and_comments_and_decodes_entities():
    text, starts, ends = visible_text(PAGE)
    assert "tracker" not in text and "color: black" not in text and "iklan" not in text
    assert "02.00 WIB & terus" in text and "“Kami" in text
    k = text.index("&")
    assert PAGE[starts[k]:ends[k]] == "&amp;"
    # an inline tag is no word break: "bantaran sungai" reads on after "di "
    assert "di bantaran sungai diminta" in " ".join(text.split())


def test_every_claim_of_an_html_page_in_the_graph_slices_its_words_from_the_pages_source(tmp_path):
    from provenance import analyze, build_graph

    (tmp_path / "banjir.html").write_text(PAGE, encoding="utf-8")
    g = build_graph(analyze([tmp_path]))
    raw = (tmp_path / "banjir.html").read_text(encoding="utf-8")
    claims = [d for _n, d in g.nodes(data=True) if d.get("kind") == "claim"]
    assert len(claims) >= 4
    for d in claims:
        s, e = d["start"], d["end"]
        assert 0 <= s < e <= len(raw)
        if not d["holes"]:
            assert _seen(raw[s:e]) == " ".join(d["text"].split()), (raw[s:e], d["text"])
    quote = next(d for d in claims if "mengevakuasi" in d["text"])
    assert raw[quote["start"]:quote["end"]].startswith("&ldquo;Kami")


words = st.text(alphabet="abcdefghij", min_size=1, max_size=6)
piece = st.one_of(words, words.map(lambda w: f"<b>{w}</b>"), st.sampled_from(["&amp;", "&nbsp;", "&#8217;"]))
paragraph = st.lists(piece, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=6))
def test_offsets_run_in_order_and_stay_inside_the_source(paras):
    raw = "<html><body>" + "".join(f"<p>{p}</p>\n" for p in paras) + "</body></html>"
    text = "\n".join(" ".join(html.unescape(re.sub(r"<[^>]*>", "", p)).split()) for p in paras)
    starts, ends = file_offsets(text, raw)
    assert len(starts) == len(text)
    assert all(0 <= a <= b <= len(raw) for a, b in zip(starts, ends))
    assert all(x <= y for x, y in zip(starts, starts[1:]))
    for line_no, line in enumerate(text.split("\n")):
        if line.strip():
            at = sum(len(x) + 1 for x in text.split("\n")[:line_no])
            assert _seen(raw[starts[at]:ends[at + len(line) - 1]]) == " ".join(line.split())


def test_the_headline_spans_the_pages_h1_not_the_title_in_its_head(tmp_path):
    from provenance import analyze, build_graph

    page = PAGE.replace("<title>Banjir Rendam Hilir</title>", "<title>Banjir Rendam Hilir | Warta Hilir</title>")
    (tmp_path / "banjir.html").write_text(page, encoding="utf-8")
    g = build_graph(analyze([tmp_path]))
    head = next(d for _n, d in g.nodes(data=True) if d.get("kind") == "claim" and d["claim_type"] == "headline")
    assert head["start"] == page.index("<h1>") + len("<h1>")
