"""Reading the input: files or folders of articles, as text or as saved web pages.

What the offsets index (``Article.text``, which never changes afterwards):

- **UTF-8** (with or without a byte-order mark): exactly what
  ``Path(p).read_text(encoding="utf-8")`` returns (universal newlines; a BOM
  stays, as character 0, as Python leaves it).
- **UTF-16 or UTF-32 with a byte-order mark, or a legacy encoding**
  (Windows-1252, Latin-1, ...): ``Path(p).read_text(encoding=E)`` where ``E``
  is the encoding recorded on the article (``article.source_meta.encoding``;
  the report's ``claims`` command prints it). Legacy encodings are told apart
  with charset-normalizer, the project's languages' own encodings first
  (``data/encodings.toml``).
- **HTML** (``.html``/``.htm``, or any file whose content is an HTML page,
  such as a page saved as ``.txt``): the article text trafilatura extracts
  from the page (navigation, scripts, JSON-LD and link lists left out), one
  paragraph a line, with the page's title as the first line when the
  extracted text does not begin with it. ``read_article(path).text`` gives
  that text, and the claims' offsets index it; the claim graph's offsets index the file
  as Python reads it (``Article.file_span``, htmlspans.py). The page's metadata (title, date, author, site name, address)
  goes to ``article.source_meta`` with its evidence; the clean stage prefers
  it to what the text says.

A file that cannot be an article (missing, not a regular file, too large,
empty, binary, undecodable, an HTML page without article text) becomes a
``Skipped`` record with one line naming it and the problem; the others go on.
Nothing blocks: FIFOs and devices are never opened.
"""
from __future__ import annotations

import codecs
import re
import stat
from datetime import date, datetime, timezone
from pathlib import Path

from .dates import first_full_date
from .doc import Article, SourceMeta
from .errors import Messages, Skipped
from .htmlspans import file_offsets
from .lang import LANGUAGES, language
from .settings import DEFAULT, Settings

SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
# A text file has no NUL bytes and few control characters.
MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Byte-order marks, longest first: UTF-32's little-endian mark starts with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A page starts with a tag (after spaces or a BOM) and has one of a page's tags early on.
_HTML_START = re.compile(r"[\s\ufeff]*<")
_HTML_TAG = re.compile(r"<(?:!doctype[\s>]|html|head|body|meta|title|div|p|article|section|script|span|br|a)\b"
                       r"[^<>]{0,2000}>", re.I)
# trafilatura's date search: publication rather than modification date, from the page's
# markup only (not guessed from its text), and not bounded by today's date, so that the
# same page gives the same date on any day
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2999-12-31"}


def _human_size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.1f} kB"


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bytes(path: Path, settings: Settings = DEFAULT) -> tuple[bytes | None, Skipped | None]:
    """The bytes of a regular file within the size limit, or why not. Never opens a FIFO
    or a device (which could block or never end)."""
    try:
        st = path.stat()
    except OSError as exc:
        return None, Skipped(str(path), "P006", Messages.P006.format(detail=exc.strerror or exc))
    if not stat.S_ISREG(st.st_mode):
        return None, Skipped(str(path), "P009", Messages.P009.format(kind=_kind_of(st.st_mode)))
    limit = settings.max_article_bytes
    if st.st_size > limit:
        return None, Skipped(str(path), "P008", Messages.P008.format(size=_human_size(st.st_size),
                                                                     limit=_human_size(limit)))
    try:
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)  # a file that grew since stat is still held to the limit
    except OSError as exc:
        return None, Skipped(str(path), "P006", Messages.P006.format(detail=exc.strerror or exc))
    if len(raw) > limit:
        return None, Skipped(str(path), "P008", Messages.P008.format(size=f"over {_human_size(limit)}",
                                                                     limit=_human_size(limit)))
    return raw, None


def decode(raw: bytes) -> tuple[str, str, str] | tuple[None, str, str]:
    """(text, encoding, evidence), or (None, code, detail) when the bytes are not text.

    The text is what ``bytes.decode(encoding)`` gives, newlines not yet normalised.
    """
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                # "utf-8" keeps the mark as character 0, as read_text(encoding="utf-8") does
                return raw.decode(enc), enc, "byte-order mark"
            except UnicodeDecodeError as exc:
                return None, "P003", f"{enc} by its byte-order mark, but not at byte {exc.start}"
    # NUL bytes: binary (UTF-16 and UTF-32 without a byte-order mark are not read)
    if b"\x00" in raw[:65536]:
        return None, "P005", ""
    try:
        return raw.decode("utf-8"), "utf-8", "valid UTF-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    from charset_normalizer import from_bytes

    from .lang import preferred_encodings

    # the project's languages' own legacy encodings first (see data/encodings.toml), then any
    for isolation in (list(preferred_encodings()), None):
        best = from_bytes(raw, cp_isolation=isolation).best()
        if best is None:
            continue
        try:
            return raw.decode(best.encoding), best.encoding, f"charset-normalizer: {best.encoding} (not UTF-8)"
        except (UnicodeDecodeError, LookupError):
            continue
    return None, "P003", f"not UTF-8 at byte {utf8_error}, and no encoding reads it cleanly"


def looks_like_html(text: str) -> bool:
    """Is this text an HTML page (or fragment), whatever the file's name says?"""
    return bool(_HTML_START.match(text)) and bool(_HTML_TAG.search(text, 0, 65536))


def _page_tree(html: str):
    """The page as lxml reads it, parsed once for what trafilatura is not asked (its headline, its
    captions); None when lxml cannot read it."""
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _captions_as_paragraphs(html: str, tree) -> str:
    """The page with each photo's caption (``<figcaption>``) as a paragraph where its figure
    stood. trafilatura drops figures whole, and with them the captions: a caption is a claim of
    its own, and a photo recycled from another event shows in its caption. A page lxml cannot
    read (``tree`` None), or one with no caption, is given back as it is. Changes ``tree``."""
    if tree is None or "<figcaption" not in html.lower():
        return html
    import lxml.html

    changed = False
    for figure in list(tree.iter("figure")):
        caption = figure.find(".//figcaption")
        if caption is None:
            continue
        text = " ".join(caption.text_content().split())
        if not text or figure.find(".//table") is not None:
            continue  # a table's caption stays with the table
        p = lxml.html.Element("p")
        p.text = text
        body = figure.getnext()
        if (body is not None and body.tag in ("div", "section") and body.find(".//p") is not None
                and not (figure.tail or "").strip()):
            # a photo over the story's body, outside the block that holds its paragraphs (the
            # extractor keeps that block alone): the caption opens the block
            figure.getparent().remove(figure)
            body.insert(0, p)
            p.tail = body.text
            body.text = None
        else:
            p.tail = figure.tail
            figure.getparent().replace(figure, p)
        changed = True
    return lxml.html.tostring(tree, encoding="unicode") if changed else html


def extract_html(html: str) -> tuple[str | None, SourceMeta]:
    """The article text of a page, extracted with trafilatura, and the page's metadata.

    The text is one paragraph a line; the page's title leads it when the extracted
    text does not already begin with it. ``None`` when the page holds no article text.
    """
    import trafilatura

    meta = SourceMeta(format="html")
    tree = _page_tree(html)
    headline = _page_headline(tree)  # (read before the captions change the tree)
    doc = trafilatura.bare_extraction(_captions_as_paragraphs(html, tree), with_metadata=True, include_comments=False,
                                      include_tables=True, date_extraction_params=dict(_DATE_PARAMS))
    if doc is None or not (doc.text or "").strip():
        return None, meta
    body = doc.text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    title = " ".join((doc.title or "").split())
    meta.title = title
    meta.hostname = (doc.hostname or "").strip()
    # trafilatura gives the address as the site name when the page names none
    site_name = " ".join((doc.sitename or "").split())
    meta.site_name = "" if site_name.casefold() == meta.hostname.casefold() else site_name
    meta.url = (doc.url or "").strip()
    if doc.date:
        try:
            meta.published = date.fromisoformat(doc.date[:10])
            meta.published_evidence = f"page metadata: published {doc.date}"
        except ValueError:
            pass
    meta.published_utc = _published_instant(tree)
    shown = _byline_date(tree)
    if shown is not None and shown[0] != meta.published:
        # the date the story's byline shows its reader: the extractor drops that line and guesses
        # from what is left (a caption's date, a picture's address), which may be another day
        meta.published, meta.published_evidence = shown[0], f"the page's byline: {shown[1]!r}"
    byline = _byline_line(tree, body)
    if doc.author and not byline:
        # (with the byline's own line in the text, the clean stage reads its names and its wire:
        # the extractor's author guess cuts that line at its separators, dates and all)
        meta.authors = [f"{a.strip()} (page metadata)" for a in doc.author.split(";") if a.strip()]
    # the headline the page shows over its story (its <h1>) when the extractor left it out: a
    # page's title for search engines and sharing often words it otherwise
    lead = headline or title
    first_line, _, rest = body.partition("\n")
    if lead and " ".join(first_line.split()).casefold() != lead.casefold():
        first_line, rest = lead, body
    if byline:
        # where the page prints it, under the headline: the extractor drops the line, and with
        # it the wire a story is credited to ("AFP | Published ...", "Staff, with Antara | ...")
        first_line = f"{first_line}\n{byline}"
    body = f"{first_line}\n{rest}" if rest else first_line
    return body, meta


_HEADLINE_MIN_WORDS = 3  # a site's logo in an <h1> has a word or two


# the elements a story's page prints its byline and date in
_BYLINE_XPATH = ("//article//*[contains(@class,'byline') or contains(@class,'dateline') or contains(@class,'date')"
                 " or contains(@class,'published')] | //article//time")


def _published_instant(tree) -> datetime | None:
    """The moment the page's metadata says it was published (``article:published_time`` and the
    like), in UTC, when it gives a clock time with an offset ("2026-03-03T17:40:00+07:00"); None
    otherwise: a clock without a zone says no moment."""
    if tree is None:
        return None
    for value in tree.xpath(_PUBLISHED_TIME_XPATH):
        try:
            moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            continue
        if moment.tzinfo is not None and (moment.hour or moment.minute):
            return moment.astimezone(timezone.utc).replace(tzinfo=None)
    return None


# where pages state their publication's moment (Open Graph, schema.org microdata)
_PUBLISHED_TIME_XPATH = ('//meta[@property="article:published_time" or @name="article:published_time" '
                         'or @itemprop="datePublished"]/@content | //time[@itemprop="datePublished"]/@datetime')


def _byline_date(tree) -> tuple[date, str] | None:
    """The first full date (day, month, year) the story's byline or date element shows, in either
    language, with the text it was read from; None when there is none (or no tree). Only inside
    the page's <article>: a sidebar's dates are other stories'."""
    if tree is None:
        return None
    for el in tree.xpath(_BYLINE_XPATH):
        text = " ".join(el.text_content().split())
        for code in LANGUAGES:
            dm = first_full_date(text, language(code))
            if dm is not None:
                return dm.value, text[dm.start:dm.end]
    return None


# the elements a story's page prints its byline in (its authors, its wire, its stamp)
_BYLINE_LINE_XPATH = ("//article//*[contains(@class,'byline') or contains(@class,'meta') or contains(@class,'author')]"
                      " | //main//*[contains(@class,'byline') or contains(@class,'meta') or contains(@class,'author')]")
_BYLINE_MAX_WORDS = 25  # a byline is a line; an element longer than that is a box of other things


def _byline_line(tree, body: str) -> str:
    """The text of the story's byline element, one line: the first such element of the page's
    <article> or <main> that the extracted text lacks (the outer one, when one holds another:
    "post-meta" around "author" and "date"); '' when there is none (or no tree)."""
    if tree is None:
        return ""
    flat = " ".join(body.split()).casefold()
    for el in tree.xpath(_BYLINE_LINE_XPATH):
        text = " ".join(el.text_content().split())
        if text and len(text.split()) <= _BYLINE_MAX_WORDS and text.casefold() not in flat:
            return text
    return ""


def _page_headline(tree) -> str:
    """The story's headline as the page shows it: the first <h1> of its <article> or <main>, else
    of the page, of ``_HEADLINE_MIN_WORDS`` words or more; '' when there is none (or no tree)."""
    if tree is None:
        return ""
    for path in ("//article//h1 | //main//h1", "//h1"):
        for h in tree.xpath(path):
            text = " ".join(h.text_content().split())
            if len(text.split()) >= _HEADLINE_MIN_WORDS:
                return text
    return ""


def read_article(path: str | Path, settings: Settings = DEFAULT) -> tuple[str | None, SourceMeta | Skipped]:
    """The text of one file as the pipeline reads it (see the module's docstring) and how
    it was read, or the ``Skipped`` record that says why it cannot be an article."""
    path = Path(path)
    raw, skip = read_bytes(path, settings)
    if skip is not None:
        return None, skip
    if not raw.strip():
        return None, Skipped(str(path), "P004", Messages.P004)
    text, enc, evidence = decode(raw)
    if text is None:
        code = enc
        return None, Skipped(str(path), code, Messages.P005 if code == "P005" else Messages.P003.format(detail=evidence))
    if len(_CONTROL.findall(text[:65536])) > MAX_CONTROL_SHARE * min(len(text), 65536):
        return None, Skipped(str(path), "P005", Messages.P005)
    # as Path.read_text does: universal newlines
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        page = text
        text, meta = extract_html(page)
        if text is None:
            return None, Skipped(str(path), "P015", Messages.P015)
        meta.file_offsets = file_offsets(text, page)
    else:
        meta = SourceMeta()
    meta.encoding, meta.encoding_evidence = enc, evidence
    if not text.strip():
        return None, Skipped(str(path), "P004", Messages.P004)
    return text, meta


def expand_paths(paths: list[str | Path]) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """(file, display path) for every article file under the given paths, in a stable order.

    A folder contributes its ``.txt``, ``.html`` and ``.htm`` files (recursively), each
    shown relative to the folder; a file is shown as given. FIFOs, devices and sockets are
    skipped with a message, given or found in a folder, and never opened.
    """
    files: list[tuple[Path, str]] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        try:
            mode = p.stat().st_mode
        except OSError:
            skipped.append(Skipped(str(p), "P001", Messages.P001))
            continue
        if stat.S_ISDIR(mode):
            found, odd = [], []
            for f in sorted(p.rglob("*")):
                if f.suffix.lower() not in SUFFIXES:
                    continue
                try:
                    fmode = f.stat().st_mode
                except OSError:
                    continue  # a dangling link
                if stat.S_ISREG(fmode):
                    found.append(f)
                elif not stat.S_ISDIR(fmode):
                    odd.append((f, fmode))
            if not found and not odd:
                skipped.append(Skipped(str(p), "P002", Messages.P002))
            for f, m in odd:
                if f.resolve() not in seen:
                    seen.add(f.resolve())
                    skipped.append(Skipped(str(f), "P009", Messages.P009.format(kind=_kind_of(m))))
            for f in found:
                r = f.resolve()
                if r not in seen:
                    seen.add(r)
                    files.append((f, f.relative_to(p).as_posix()))
        elif not stat.S_ISREG(mode):
            if p.resolve() not in seen:
                seen.add(p.resolve())
                skipped.append(Skipped(str(p), "P009", Messages.P009.format(kind=_kind_of(mode))))
        else:
            r = p.resolve()
            if r not in seen:
                seen.add(r)
                files.append((p, p.as_posix()))
    return files, skipped


def article_id(display: str, taken: set[str]) -> str:
    """A stable, readable id from the display path (Cytoscape shows ids as names)."""
    stem = re.sub(r"\.(?:txt|html?)$", "", display, flags=re.I)
    base = "article:" + re.sub(r"[^\w.\-/]+", "_", stem)
    aid, k = base, 2
    while aid in taken:
        aid, k = f"{base}~{k}", k + 1
    taken.add(aid)
    return aid


def load(paths: list[str | Path], settings: Settings = DEFAULT) -> tuple[list[Article], list[Skipped]]:
    files, skipped = expand_paths(paths)
    articles = []
    taken: set[str] = set()
    for f, display in files:
        text, meta = read_article(f, settings)
        if text is None:
            skipped.append(meta)
            continue
        articles.append(Article(article_id(display, taken), display, text, source_meta=meta))
    return articles, skipped
