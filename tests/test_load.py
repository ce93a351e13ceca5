"""Reading input: bad files become one-line skips, good ones keep exact offsets.

Every bad case is made here, at test time (no large or odd files are committed):
missing paths, FIFOs and devices, oversized, empty, binary and undecodable files,
UTF-8 with a byte-order mark, UTF-16, Windows-1252 and Latin-1, and HTML pages,
named .html or saved as .txt.
"""
import os
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest

from provenance import analyze
from provenance.load import load, looks_like_html, read_article
from provenance.pipeline import process_article
from provenance.settings import Settings

ID_TEXT = ("Menteri itu mengatakan kebijakan baru berlaku mulai hari ini, Senin (4/3/2024).\n"
           "\u201cKami ingin melindungi generasi muda,\u201d kata dia kepada wartawan di Jakarta.\n")
EN_TEXT = ("The minister said the new rules take effect on Monday, a day after the café\u2019s owner was fined.\n"
           "\u201cWe want to protect young people,\u201d she told reporters in Jakarta.\n")


def codes(skipped):
    return {Path(s.path).name: s.code for s in skipped}


def test_missing_path_is_skipped_with_its_name(tmp_path):
    arts, skipped = load([tmp_path / "nope"])
    assert arts == []
    assert [s.code for s in skipped] == ["P001"]
    assert "nope" in skipped[0].line()


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.md").write_text("hello", encoding="utf-8")
    arts, skipped = load([tmp_path])
    assert arts == [] and skipped[0].code == "P002"


def test_empty_binary_and_control_files_are_skipped_others_kept(tmp_path):
    (tmp_path / "a_empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (tmp_path / "c_controls.txt").write_bytes(b"\x01\x02\x03\x04 ab \x05\x06\x07\x08")
    (tmp_path / "d_good.txt").write_text(ID_TEXT, encoding="utf-8")
    arts, skipped = load([tmp_path])
    assert [a.name for a in arts] == ["d_good.txt"]
    assert codes(skipped) == {"a_empty.txt": "P004", "b_binary.txt": "P005", "c_controls.txt": "P005"}
    assert all(Path(s.path).exists() for s in skipped)  # the message names the real file


def test_text_is_read_as_python_reads_it(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes("Baris satu.\r\nBaris dua.\r\n".encode("utf-8"))
    arts, _ = load([p])
    assert arts[0].text == p.read_text(encoding="utf-8")


def test_same_file_twice_is_read_once(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("Menteri itu mengatakan kebijakan baru berlaku hari ini.", encoding="utf-8")
    arts, _ = load([tmp_path, p])
    assert len(arts) == 1


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize("name, data, encoding, evidence", [
    ("utf8.txt", ID_TEXT.encode("utf-8"), "utf-8", "valid UTF-8"),
    ("utf8_bom.txt", b"\xef\xbb\xbf" + ID_TEXT.encode("utf-8"), "utf-8", "byte-order mark"),
    ("utf16le.txt", ID_TEXT.encode("utf-16"), "utf-16", "byte-order mark"),
    ("utf16be.txt", b"\xfe\xff" + ID_TEXT.encode("utf-16-be"), "utf-16", "byte-order mark"),
    ("cp1252_id.txt", ID_TEXT.encode("cp1252"), "cp1252", "charset-normalizer"),
    ("cp1252_en.txt", EN_TEXT.replace("\n", "\r\n").encode("cp1252"), "cp1252", "charset-normalizer"),
    ("latin1.txt", "Presiden berkata: café, naïve, à la carte.\n".encode("latin-1"), "cp1252", "charset-normalizer"),
])
def test_each_encoding_is_decoded_and_recorded_and_offsets_index_read_text(tmp_path, name, data, encoding,
                                                                           evidence):
    p = tmp_path / name
    p.write_bytes(data)
    arts, skipped = load([p])
    assert not skipped
    a = arts[0]
    assert a.source_meta.encoding == encoding and evidence in a.source_meta.encoding_evidence
    # the documented rule: offsets index Path(p).read_text(encoding=<the recorded encoding>)
    assert a.text == p.read_text(encoding=a.source_meta.encoding)
    process_article(a)
    for c in a.claims:
        assert a.text[c.start:c.end].strip()


def test_curly_quotes_of_a_windows_1252_file_are_quotes(tmp_path):
    p = tmp_path / "cp1252.txt"
    p.write_bytes(ID_TEXT.encode("cp1252"))
    a = process_article(load([p])[0][0])
    assert any(q.attrs["balanced"] for q in a.layer("quotes"))
    assert "\u201cKami" in a.text


def test_a_utf8_bom_stays_character_zero_as_python_reads_it(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ID_TEXT.encode("utf-8"))
    a = load([p])[0][0]
    assert a.text[0] == "\ufeff" and a.text == p.read_text(encoding="utf-8")


def test_text_no_encoding_reads_is_one_skip(tmp_path):
    (tmp_path / "noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    (tmp_path / "good.txt").write_text(ID_TEXT, encoding="utf-8")
    arts, skipped = load([tmp_path])
    assert [a.name for a in arts] == ["good.txt"]
    assert codes(skipped) == {"noise.txt": "P003"}
    assert "not UTF-8" in skipped[0].reason


def test_utf16_with_a_broken_tail_is_one_skip(tmp_path):
    (tmp_path / "broken16.txt").write_bytes(b"\xff\xfe" + "Menteri".encode("utf-16-le") + b"\x00\xd8")
    arts, skipped = load([tmp_path])
    assert arts == [] and codes(skipped) == {"broken16.txt": "P003"}


# ------------------------------------------------------------------ size, FIFOs, devices


def test_a_file_over_the_size_limit_is_skipped_unread_and_the_rest_goes_on(tmp_path):
    (tmp_path / "big.txt").write_text("Menteri itu mengatakan hal itu. " * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(ID_TEXT, encoding="utf-8")
    arts, skipped = load([tmp_path], Settings(max_article_bytes=1000))
    assert [a.name for a in arts] == ["small.txt"]
    assert codes(skipped) == {"big.txt": "P008"}
    assert "too large: 3.2 kB, over the limit of 1.0 kB" in skipped[0].line()


def test_the_default_limit_is_a_few_megabytes():
    assert 2_000_000 <= Settings().max_article_bytes <= 10_000_000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_skipped_never_opened(tmp_path):
    (tmp_path / "good.txt").write_text(ID_TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    # in a child process with a deadline: opening a FIFO with no writer would block forever
    code = textwrap.dedent(f"""
        from provenance.load import load
        arts, skipped = load([{str(tmp_path)!r}, {str(tmp_path / 'pipe.txt')!r}])
        print([a.name for a in arts], sorted((s.code, s.reason) for s in skipped))
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "['good.txt']" in r.stdout
    assert r.stdout.count("P009") == 1 and "a FIFO" in r.stdout  # once, though named twice


def test_a_device_is_skipped(tmp_path):
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    arts, skipped = load(["/dev/null"])
    assert arts == [] and skipped[0].code == "P009" and "a device" in skipped[0].reason


# ------------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>Menteri Keuangan Umumkan Tarif Baru Cukai Rokok - Warta Contoh</title>
<meta property="og:site_name" content="Warta Contoh">
<meta property="og:title" content="Menteri Keuangan Umumkan Tarif Baru Cukai Rokok">
<meta property="og:url" content="https://www.wartacontoh.co.id/ekonomi/2024/03/05/tarif-cukai">
<meta property="article:published_time" content="2024-03-05T09:15:00+07:00">
<meta name="author" content="Rina Kartika">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Menteri Keuangan Umumkan Tarif Baru Cukai Rokok","datePublished":"2024-03-05T09:15:00+07:00"}</script>
<script>window.dataLayer = window.dataLayer || []; function track(){dataLayer.push(arguments);}</script>
</head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/news">Nasional</a></li><li><a href="/e">Ekonomi</a></li></ul></nav>
<article>
<h1>Menteri Keuangan Umumkan Tarif Baru Cukai Rokok</h1>
<p>JAKARTA, Warta Contoh - Menteri Keuangan mengumumkan tarif baru cukai rokok yang berlaku mulai 1 April 2024.</p>
<p>Menurut Menteri Keuangan, kenaikan tarif rata-rata sebesar 10 persen itu bertujuan menekan jumlah perokok anak.
"Kami ingin melindungi generasi muda," kata dia kepada wartawan di Jakarta.</p>
<p>Kementerian Keuangan mencatat penerimaan cukai hasil tembakau pada 2023 mencapai Rp 213 triliun.</p>
<p>Asosiasi produsen rokok menyatakan keberatan atas kebijakan tersebut dan meminta pemerintah menunda penerapannya.</p>
</article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/a">Rupiah Melemah Pagi Ini</a></li></ul></aside>
<footer>Copyright 2024 Warta Contoh. <a href="/privacy">Kebijakan Privasi</a></footer>
<script>console.log("tracking");</script>
</body></html>
"""


@pytest.mark.parametrize("name", ["page.html", "page.htm", "saved_page.txt"])
def test_an_html_page_is_read_as_its_article_text_whatever_its_name(tmp_path, name):
    p = tmp_path / name
    p.write_text(PAGE, encoding="utf-8")
    arts, skipped = load([tmp_path])
    assert not skipped and len(arts) == 1
    a = arts[0]
    assert a.source_meta.format == "html"
    # navigation, scripts, JSON-LD and link lists are not in the text
    for furniture in ("dataLayer", "@context", "Beranda", "console.log", "Kebijakan Privasi", "<p>"):
        assert furniture not in a.text
    assert a.text.splitlines()[0] == "Menteri Keuangan Umumkan Tarif Baru Cukai Rokok"
    assert "Rp 213 triliun" in a.text
    text, _ = read_article(p)
    assert text == a.text  # the documented way to get the text offsets index


def test_the_page_metadata_gives_outlet_date_and_authors_with_evidence(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    corpus = analyze([tmp_path])
    a = corpus.articles[0]
    m = a.meta
    assert m.outlet == "Warta Contoh" and "page metadata" in m.outlet_evidence
    assert m.published == date(2024, 3, 5) and "page metadata" in m.published_evidence
    # its moment, from article:published_time and its offset, in UTC (for which page came first)
    assert m.published_utc == datetime(2024, 3, 5, 2, 15)
    assert any("Rina Kartika" in x for x in m.authors)
    assert m.title == "Menteri Keuangan Umumkan Tarif Baru Cukai Rokok"
    assert any(c.claim_type == "headline" for c in a.claims)
    for c in a.claims:
        assert a.text[c.start:c.end].strip()


def test_a_photos_caption_on_an_html_page_is_a_caption_claim(tmp_path):
    # a recycled photo shows in its caption; the extractor drops figures whole, captions with them
    page = PAGE.replace("<article>\n<h1>Menteri Keuangan Umumkan Tarif Baru Cukai Rokok</h1>",
                        "<article>\n<h1>Menteri Keuangan Umumkan Tarif Baru Cukai Rokok</h1>\n"
                        '<figure><img src="rokok.jpg"><figcaption>Pedagang menata rokok di sebuah warung di Jakarta, '
                        "Senin (4/3/2024). (Foto: Warta Contoh/Budi)</figcaption></figure>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    a = analyze([tmp_path]).articles[0]
    caption = [c for c in a.claims if c.claim_type == "caption"]
    assert len(caption) == 1 and caption[0].text.startswith("Pedagang menata rokok")
    assert a.text[caption[0].start:caption[0].end].startswith("Pedagang menata rokok")
    assert "rokok.jpg" not in a.text


def test_the_page_address_names_the_outlet_when_the_site_name_is_missing(tmp_path):
    page = PAGE.replace('<meta property="og:site_name" content="Warta Contoh">', "")
    page = page.replace("Warta Contoh", "").replace("JAKARTA,  -", "JAKARTA -")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    a = analyze([tmp_path]).articles[0]
    assert a.meta.outlet == "wartacontoh.co.id" and "address" in a.meta.outlet_evidence


def test_the_same_page_gives_the_same_date_on_any_day(tmp_path):
    # the date search is not bounded by today's date: a page dated ahead of the machine's
    # clock keeps its date (bounded, trafilatura took "1 April 2024" from the text instead)
    page = PAGE.replace("2024-03-05", "2031-03-05").replace("/2024/03/05/", "/")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    _, meta = read_article(tmp_path / "page.html")
    assert meta.published == date(2031, 3, 5)


def test_an_html_page_without_article_text_is_one_skip(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>x</title><script>var a=1;</script></head>"
                                         "<body></body></html>", encoding="utf-8")
    (tmp_path / "menu.html").write_text("<html><head><title>Beranda</title></head><body><nav><a href='/'>Beranda"
                                        "</a> <a href='/n'>Nasional</a></nav></body></html>", encoding="utf-8")
    (tmp_path / "good.txt").write_text(ID_TEXT, encoding="utf-8")
    corpus = analyze([tmp_path])
    assert [a.name for a in corpus.articles] == ["good.txt"]
    # nothing extracted, or only a menu that the clean stage leaves out
    assert codes(corpus.skipped) == {"empty.html": "P015", "menu.html": "P007"}


@pytest.mark.parametrize("text, html", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
    ("\ufeff  <html lang='id'><head></head></html>", True),
    ("<div class='content'><p>Menteri itu datang.</p></div>", True),
    ("Menteri itu mengatakan <b>ini</b> penting.", False),
    ("<<Jakarta>> Menteri itu datang.", False),
    ("Harga naik 5 < 7 persen.", False),
])
def test_what_counts_as_an_html_page(text, html):
    assert looks_like_html(text) is html


# ------------------------------------------------------------------ one bad file


def test_an_internal_error_in_one_article_leaves_out_that_article_only(tmp_path, monkeypatch):
    from provenance import pipeline

    (tmp_path / "a.txt").write_text(ID_TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ID_TEXT.replace("Menteri", "Gubernur"), encoding="utf-8")
    real = pipeline.ARTICLE_STAGES[2].run

    def failing(article, settings):
        if article.name == "a.txt":
            raise RuntimeError("boom")
        real(article, settings)

    stage = pipeline.ARTICLE_STAGES[2]
    monkeypatch.setattr(pipeline, "ARTICLE_STAGES",
                        pipeline.ARTICLE_STAGES[:2] + (pipeline.Stage(stage.name, failing, stage.requires, stage.adds),)
                        + pipeline.ARTICLE_STAGES[3:])
    corpus = analyze([tmp_path])
    assert [a.name for a in corpus.articles] == ["b.txt"]
    assert [(s.path, s.code) for s in corpus.skipped] == [("a.txt", "P016")]
    assert "RuntimeError: boom" in corpus.skipped[0].line()


def test_the_headline_the_page_shows_leads_the_text_where_its_title_words_it_otherwise(tmp_path):
    # the page's <title> and og:title were written for search engines; the headline over the story
    # (its <h1>) is what the outlet says, and the extractor leaves it out
    page = PAGE.replace("<h1>Menteri Keuangan Umumkan Tarif Baru Cukai Rokok</h1>",
                        "<h1>Cukai Rokok Naik 10 Persen Mulai Tahun Depan</h1>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    a = load([tmp_path])[0][0]
    assert a.text.splitlines()[0] == "Cukai Rokok Naik 10 Persen Mulai Tahun Depan"
    assert "Menteri Keuangan Umumkan Tarif Baru Cukai Rokok" not in a.text.splitlines()[0]


def test_the_date_a_pages_byline_shows_is_its_date(tmp_path):
    # with no date in its metadata, the extractor guessed from what was left (a caption's day)
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hikers found alive - The Valley Post'
            '</title></head><body><article><h1>Four missing hikers found alive on Mount Sarapati</h1>'
            '<p class="byline">Rina Lestari, The Valley Post &middot; Wed, February 11, 2026</p>'
            '<figure><img src="/img/rescue.jpg"><figcaption>Rescuers carry a hiker down the trail on Feb. 10, 2026.'
            '</figcaption></figure><p>A search team found four members of a group of six hikers alive on Mount '
            'Sarapati on Tuesday, three days after they lost contact amid heavy rain.</p><p>Two hikers are still '
            'missing, the head of the local search and rescue office said.</p></article></body></html>')
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    _, meta = read_article(tmp_path / "page.html")
    assert meta.published == date(2026, 2, 11) and "byline" in meta.published_evidence


FIRE_STORY = ("<p>{lead}A fire tore through a wholesale market in the port city on Friday, killing three traders and "
              "destroying more than 200 stalls, officials said.</p>\n<p>Firefighters needed six hours to bring the blaze "
              "under control, the city fire department said in a statement.</p>\n<p>The cause of the fire was not yet "
              "known, and investigators would examine the market's electrical wiring, the department said.</p>\n"
              "<p>Traders said the market, built in the 1970s, had no working sprinklers and that the narrow lanes "
              "between stalls slowed the firefighters.</p>\n<p>The city government promised temporary stalls for the "
              "traders who lost their goods within two weeks.</p>")


def _fire_page(byline: str, lead: str = "") -> str:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Market fire kills three - The Gulf '
            'Courier</title><meta property="og:site_name" content="The Gulf Courier"></head><body><article>\n'
            f'<h1>Fire at a wholesale market kills three in Port Amran</h1>\n{byline}\n'
            + FIRE_STORY.format(lead=lead) + '\n</article></body></html>')


def test_a_wire_byline_the_extractor_drops_credits_the_wire(tmp_path):
    # "<p class="meta">AFP | Published ...</p>": the extractor leaves the line out of the text, and
    # with it the wire the story is credited to; its own author guess cut the line at its bars
    page = _fire_page('<p class="meta">AFP | Published March 14, 2026 | Updated 13:20</p>', "PORT AMRAN: ")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    text, meta = read_article(tmp_path / "page.html")
    assert text.splitlines()[:2] == ["Fire at a wholesale market kills three in Port Amran",
                                     "AFP | Published March 14, 2026 | Updated 13:20"]
    assert meta.authors == []
    a = analyze([tmp_path]).articles[0]
    assert a.meta.outlet == "The Gulf Courier"
    lead = next(c for c in a.claims if "A fire tore" in c.text)
    assert "AFP" in {s.source for s in lead.sources}


def test_a_byline_element_gives_its_names_not_its_date_as_authors(tmp_path):
    page = _fire_page('<div class="byline">By Jane Roe | Wednesday, March 11, 2026 08:10 WIB</div>')
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    a = analyze([tmp_path]).articles[0]
    assert a.meta.authors == ["Jane Roe (byline)"]


def test_a_caption_over_the_storys_body_block_is_a_caption_claim(tmp_path):
    # the figure stands between the headline and the block that holds the paragraphs, which is
    # all the extractor keeps
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Market fire kills three</title>'
            '</head><body><article>\n<h1>Fire at a wholesale market kills three in Port Amran</h1>\n'
            '<figure><img src="/img/fire.jpg"><figcaption>Firefighters spray water on the burning market in Port '
            'Amran on Friday. (Photo: Gulf Courier/Dian Sari)</figcaption></figure>\n<div class="article-body">\n'
            + FIRE_STORY.format(lead="") + '\n</div>\n</article></body></html>')
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    a = analyze([tmp_path]).articles[0]
    caption = [c for c in a.claims if c.claim_type == "caption"]
    assert [c.text for c in caption] == ["Firefighters spray water on the burning market in Port Amran on Friday."]
    assert a.text.index("Firefighters spray") < a.text.index("A fire tore through")
