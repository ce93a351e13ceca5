"""Read the page: tell article text from page furniture, and read the metadata.

Works line by line on scraped text, as trafilatura does on HTML blocks, with
plain functions that each answer one question about a line. Nothing is
deleted: every line becomes a span in the ``blocks`` layer labelled

    title      the headline
    body       article text (claims come from here)
    caption    a photo caption (a claim of type caption; its credit is cut off)
    credit     a header or footer that credits a source ("Sumber: Reuters | Editor: ...")
    meta       a masthead or date line ("NTVNews - ... - 10 Mei 2025, 09:59")
    furniture  menus, teasers, link lists, bylines, share buttons

with ``attrs["why"]`` saying which rule decided. Body lines that open with a
dateline ("KONTAN.CO.ID - MOSKOW.") get a ``dateline`` span, and the
article's metadata (outlet, publication date, place, language, title,
authors) is filled in with the evidence for each.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .settings import DEFAULT, Settings
from . import dates
from .doc import Article, Span
from .lang import LANGUAGES, entities, language, registry

# A line is prose when it ends like a sentence and is not Title Case.
MIN_BODY_WORDS = 5  # shorter sentence-like lines are buttons or labels
LONG_PROSE_WORDS = 15  # a line this long is prose even without a full stop (truncated scrapes)
MAX_TITLECASE_PROSE = 0.6  # share of capitalised content words above which a line is a headline
MAX_TITLECASE_FULL_STOP = 0.95  # a line ending in a full stop is a headline only if all Title Case
MAX_TITLE_WORDS = 30
HEADER_ZONE_LINES = 12  # mastheads and bylines are looked for in the first lines only

_SPACES = "\u00a0\u2007\u202f\u200b\ufeff\t "
# "\s*(?:[.!?]\s*)?$", not "\s*[.!?]?\s*$": the same lines, but a quote mark followed by a
# long run of spaces is not split between two \s* in every way (quadratic backtracking)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|[\"”»]\s*(?:[.!?]\s*)?$")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*·–—]|\d+\.)\s+")
_DOMAIN = re.compile(r"^[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|id|co\.id|net|org|co|tv|news|info|my|sg|uk|co\.uk)$", re.I)
_PHOTO_CREDIT = re.compile(r"\(\(\s*([^()]{2,40}?)\s*\)\)\s*$|\((?:Foto|Photo|Dok\.?|Image|Credit)\s*(?::\s*)?([^()]{2,60})\)\s*$", re.I)
_AUTHOR_LINE = re.compile(r"(?P<role>(?:Penulis|Editor|Pewarta|Reporter|Redaktur|Kontributor|Penyunting)\s*:|"
                          r"(?:Reporting|Editing|Writing|Additional reporting) by)\s*(?P<who>[A-Z][\w.'’ -]{1,60}?)"
                          r"(?=\s*(?:[|;)]|$|\n|(?:Editor|Editing|Pewarta)\b))", re.M)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


@lru_cache(maxsize=None)
def _markers() -> tuple[frozenset, tuple, frozenset, frozenset]:
    """Furniture markers of every language: pages mix them ("Load More" on Indonesian sites)."""
    headers, prefixes, exact, labels = set(), [], set(), set()
    for code in LANGUAGES:
        lang = language(code)
        headers |= lang.section_headers
        prefixes += lang.line_prefixes
        exact |= lang.exact_lines
        labels |= lang.byline_labels
    return frozenset(headers), tuple(sorted(set(prefixes), key=len, reverse=True)), frozenset(exact), frozenset(labels)


def _key(line: str) -> str:
    """A line as the marker lists compare it: folded, trimmed of spaces and end punctuation."""
    return line.strip(_SPACES).rstrip(":.|").strip(_SPACES).casefold()


def lines_with_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, trimmed of surrounding spaces; empty lines dropped."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and text[s] in _SPACES + "\r":
            s += 1
        while e > s and text[e - 1] in _SPACES + "\r":
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def content_words(line: str) -> list[str]:
    return _WORD.findall(line)


def titlecase_share(line: str, min_len: int = 4) -> float:
    """Share of words (of ``min_len``+ letters) after the first that start with a capital."""
    words = [w for w in content_words(line)[1:] if len(w) >= min_len]
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


def ends_like_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def is_section_header(line: str) -> bool:
    return _key(line) in _markers()[0]


def is_furniture_line(line: str) -> str:
    """Why a line is furniture by its words alone ('' when it is not)."""
    headers, prefixes, exact, labels = _markers()
    k = _key(line)
    if k in exact or k in labels:
        return "menu or byline label"
    low = line.strip(_SPACES).casefold()
    for p in prefixes:
        if low.startswith(p):
            return f"starts with {p!r}"
    return ""


def inline_teaser(text: str, start: int, end: int) -> int | None:
    """Where a teaser marker ("Baca juga:", "Read also:") starts inside a paragraph, after a
    sentence's end; None when there is none. Everything from it to the line's end is furniture."""
    prefixes = [p for p in _markers()[1] if p.endswith(":") or " " in p]
    low = text[start:end].casefold()
    best = None
    for p in prefixes:
        k = low.find(p, 1)
        while k > 0:
            if _after_sentence_end(low, k) and (best is None or k < best):
                best = k
                break
            k = low.find(p, k + 1)
    return None if best is None else start + best


def _after_sentence_end(s: str, k: int) -> bool:
    """Is the last character before ``k``, spaces aside, one that ends a sentence? (Looks
    back from ``k`` only, where a regex over ``s[:k]`` read the whole line at every marker.)"""
    while k > 0 and s[k - 1].isspace():
        k -= 1
    return k > 0 and s[k - 1] in ".!?\"”'’)"


def is_prose(line: str) -> bool:
    """Article prose: ends like a sentence (or is long) and is not Title Case like a headline.

    A line that ends with a full stop is prose unless every content word is
    capitalised: headlines and teasers seldom end with one, while a sentence
    full of names ("President Xi Jinping met Russian President Vladimir
    Putin in Moscow on Thursday.") does.
    """
    n = len(content_words(line))
    share = titlecase_share(line)
    if ends_like_sentence(line) and n >= MIN_BODY_WORDS and share < MAX_TITLECASE_PROSE:
        return True
    if (re.search(r"\.[\"'”’)]*\s*$", line) and n >= MIN_BODY_WORDS + 1
            and titlecase_share(line, 1) < MAX_TITLECASE_FULL_STOP):
        return True
    return n >= LONG_PROSE_WORDS and share < MAX_TITLECASE_PROSE * 0.75


def caption_parts(line: str) -> tuple[str, int, int, str] | None:
    """A photo caption: (credit as written, caption start, caption end, why), offsets within the line.

    Scrapers print a caption with its photo credit, "((Antara))", and often
    twice (alt text and caption); the first copy is the caption.
    """
    m = _PHOTO_CREDIT.search(line)
    credit = ""
    end = len(line)
    why = ""
    if m:
        credit = m.group(0).strip()
        end = m.start()
        why = f"photo credit {m.group(0).strip()!r}"
    body = line[:end].rstrip(_SPACES)
    half = _doubled(body)
    if half:
        return credit, 0, half, (why + "; " if why else "") + "caption printed twice"
    if m and len(content_words(body)) >= 4 and not ends_like_sentence(body):
        return credit, 0, len(body), why
    return None


def _doubled(s: str) -> int:
    """Length of the first copy when s is the same text twice (separated by spaces)."""
    n = len(s)
    if n < 30:
        return 0
    mid = n // 2
    for cut in range(max(1, mid - 3), min(n, mid + 4)):
        a, b = s[:cut].rstrip(_SPACES), s[cut:].lstrip(_SPACES)
        if a and a == b:
            return len(a)
    return 0


def detect_language(text: str) -> tuple[str, str]:
    """(code, evidence) by counting each language's function words.

    Enough for whole articles: LIBRARIES.md found every library calling one
    Indonesian sentence in five Malay, while function-word counts over an
    article separate Indonesian from English without error and with no model.
    """
    # acronyms are not words of either language ("AS" is the United States, not "as")
    words = [w.casefold() for w in content_words(text) if not (len(w) > 1 and w.isupper())]
    counts = {}
    for code in LANGUAGES:
        fw = language(code).function_words
        counts[code] = sum(1 for w in words if w in fw)
    best = max(LANGUAGES, key=lambda c: (counts[c], c == LANGUAGES[0]))
    evidence = ", ".join(f"{c}: {counts[c]} function words" for c in LANGUAGES)
    return best, evidence


# ------------------------------------------------------------------ datelines


def _outlet_of(piece: str) -> tuple[str, bool]:
    """The outlet a masthead piece names: (name, known). ('', False) when it names none."""
    p = piece.strip(_SPACES + "()[]")
    if not p:
        return "", False
    e = registry().lookup(p)
    if e is not None and e.type in ("outlet", "wire"):
        return e.name, True
    if _DOMAIN.match(p):
        return p, False
    return "", False


def _place_of(piece: str) -> str:
    p = piece.strip(_SPACES + ".")
    if not p:
        return ""
    places = entities().places
    if p in places:
        return places[p]
    if re.fullmatch(r"[A-Z][A-Z .'-]{2,30}", p) and len(p.split()) <= 3:
        return places.get(p, p.title())
    return ""


_DATELINE = re.compile(r"^(?P<head>[^\n]{2,90}?)[\s\u00a0]*[-–—]{1,2}[\s\u00a0]+")
_AFTER_OUTLET_PLACE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]{2,30})\.\s+")


def read_dateline(line: str) -> dict | None:
    """A dateline at the start of a paragraph: outlet, place, where the text begins.

    Forms seen in news: "KONTAN.CO.ID - MOSKOW. ", "Ntvnews.id, Moskow - ",
    "BEIJING, - ", "Suara.com - ", "MOSCOW, May 8 (Reuters) - ",
    "Jakarta (ANTARA) - ", "JAKARTA, KOMPAS.com - ". Every piece before the
    dash must be an outlet, a place or a date; anything else is prose.
    """
    m = _DATELINE.match(line)
    if not m:
        return None
    head = m.group("head")
    pieces = [p.strip(_SPACES) for p in re.split(r"[,()]", head)]
    outlet, known, place, saw = "", False, "", False
    en = language("en")
    named_outlet = any(_outlet_of(p)[0] for p in pieces if p)
    for p in pieces:
        if not p:
            continue
        o, k = _outlet_of(p)
        if o:
            if not outlet:
                outlet, known = o, k
            saw = True
            continue
        pl = _place_of(p)
        if not pl and named_outlet and re.fullmatch(r"[A-Z][a-zà-ÿ'-]+(?: [A-Z][a-zà-ÿ'-]+){0,2}", p):
            pl = entities().places.get(p, p)  # "Brussel (ANTARA) -": a place beside an outlet
        if pl:
            place = place or pl
            saw = True
            continue
        if dates.find_dates(p, en) or dates.find_dates(p, language("id")):
            saw = True
            continue
        return None
    if not saw:
        return None
    body_start = m.end()
    rest = line[body_start:]
    m2 = _AFTER_OUTLET_PLACE.match(rest)
    if m2 and not place:
        pl = _place_of(m2.group("place"))
        if pl:
            place = pl
            body_start += m2.end()
    return {"outlet": outlet, "known": known, "place": place, "body_start": body_start, "text": line[:body_start].strip(_SPACES)}


# ------------------------------------------------------------------ the stage


def prefer_page_metadata(article: Article) -> None:
    """An HTML page's own metadata (``article.source_meta``, read by load.py) names the
    outlet, the publication date and the authors before anything the text says: the rules
    below fill only what it leaves empty."""
    src, meta = article.source_meta, article.meta
    for name, why in ((src.site_name, "site name"), (src.hostname, "address")):
        if name and not meta.outlet:
            outlet = _outlet_of(name)[0] or (name if why == "site name" else "")
            if outlet:
                meta.outlet, meta.outlet_evidence = outlet, f"page metadata: {why} {name!r}"
    if src.published is not None and meta.published is None:
        meta.published, meta.published_evidence = src.published, src.published_evidence
    meta.authors.extend(a for a in src.authors if a not in meta.authors)


def clean(article: Article, settings: Settings = DEFAULT) -> None:
    """Label every line, fill in the metadata; adds the ``blocks`` and ``datelines`` layers."""
    text = article.text
    meta = article.meta
    prefer_page_metadata(article)
    code, evidence = detect_language(text)
    meta.language, meta.language_evidence = code, evidence
    lang = language(code)

    lines = lines_with_offsets(text)
    labels: list[tuple[str, str]] = []  # (label, why) per line
    stopped = ""
    for s, e in lines:
        line = text[s:e]
        if stopped:
            labels.append(("furniture", f"after section header {stopped!r}"))
            continue
        if is_section_header(line):
            stopped = line.strip(_SPACES)
            labels.append(("furniture", "section header"))
            continue
        labels.append(_classify(line))

    # Byline blocks: a short name line next to a byline label is furniture, and an author.
    label_words = _markers()[3]
    for i, (s, e) in enumerate(lines):
        if _key(text[s:e]) in label_words and i > 0:
            prev = text[lines[i - 1][0]:lines[i - 1][1]]
            if len(content_words(prev)) <= 5 and not ends_like_sentence(prev) and not is_furniture_line(prev):
                labels[i - 1] = ("furniture", f"byline ({text[s:e].strip()})")
                meta.authors.append(f"{prev.strip()} ({text[s:e].strip()})")

    # "Pewarta: Budi Santoso", "Editor: Siti", "Reporting by Jane Doe; Editing by John Smith"
    for s, e in lines:
        for m in _AUTHOR_LINE.finditer(text, s, e):
            who = m.group("who").strip(_SPACES + ".;)")
            if who and len(who.split()) <= 5:
                meta.authors.append(f"{who} ({m.group('role').strip().rstrip(':')})")

    # The title: the first line that is not a web address or a credit, when it reads as a
    # headline rather than prose or furniture.
    first_body = next((i for i, (lab, _) in enumerate(labels) if lab == "body"), len(lines))
    first = next((i for i in range(min(first_body, HEADER_ZONE_LINES))
                  if labels[i] not in (("meta", "web address"), ("credit", "source credit line"))), None)
    if first is not None:
        s, e = lines[first]
        line = text[s:e]
        if (labels[first][0] == "furniture" and not is_furniture_line(line) and not is_section_header(line)
                and len(content_words(line)) <= MAX_TITLE_WORDS and len(content_words(line)) >= 3
                and not _TIME.search(line) and not _masthead(line)):
            labels[first] = ("title", "first line, a headline")
            meta.title = line.strip(_SPACES)

    # Mastheads and date lines before the body: outlet and publication date.
    for i in range(min(first_body, HEADER_ZONE_LINES)):
        s, e = lines[i]
        line = text[s:e]
        if labels[i][0] == "title":
            continue
        mh = _masthead(line)
        if mh:
            labels[i] = ("meta", "masthead or date line")
            if mh.get("outlet") and not meta.outlet:
                meta.outlet, meta.outlet_evidence = mh["outlet"], line.strip(_SPACES)
            if mh.get("published") and meta.published is None:
                meta.published, meta.published_evidence = mh["published"], mh["published_text"]

    blocks = []
    datelines = []
    seen_body = False
    for (s, e), (lab, why) in zip(lines, labels):
        if lab == "body" and not seen_body:
            dl = read_dateline(text[s:e])
            if dl:
                datelines.append(Span(s, s + dl["body_start"], "dateline", {"outlet": dl["outlet"], "place": dl["place"]}))
                if dl["outlet"] and not meta.outlet:
                    meta.outlet, meta.outlet_evidence = dl["outlet"], dl["text"]
                if dl["place"] and not meta.place:
                    meta.place, meta.place_evidence = dl["place"], dl["text"]
            seen_body = True
        if lab == "caption":
            cap = caption_parts(text[s:e])
            assert cap is not None
            credit, cs, ce, cwhy = cap
            blocks.append(Span(s + cs, s + ce, "caption", {"why": cwhy, "credit": credit}))
            if s + ce < e:
                blocks.append(Span(s + ce, e, "furniture", {"why": "caption copy or photo credit"}))
            continue
        if lab == "body":
            cut = inline_teaser(text, s, e)
            if cut is not None:
                # "... kata dia. Baca juga: Judul berita lain" scraped onto one line
                end = cut
                while end > s and text[end - 1] in _SPACES:
                    end -= 1
                if end > s:
                    blocks.append(Span(s, end, lab, {"why": why}))
                blocks.append(Span(cut, e, "furniture", {"why": "teaser inside a paragraph"}))
                continue
        blocks.append(Span(s, e, lab, {"why": why}))
    article.add("blocks", blocks)
    article.add("datelines", datelines)
    # A dateless masthead but a dated first line: some scrapes put the date on the dateline.
    if meta.published is None:
        for b in blocks:
            if b.label in ("meta", "credit"):
                dm = dates.first_full_date(text, lang, b.start, b.end)
                if dm:
                    meta.published, meta.published_evidence = dm.value, dm.text
                    break


_URL = re.compile(r"^(?:https?://|www\.)(?P<host>[^/\s]+)\S*$", re.I)


def _classify(line: str) -> tuple[str, str]:
    if _URL.match(line.strip(_SPACES)):
        return "meta", "web address"
    why = is_furniture_line(line)
    if why:
        if re.match(r"^\(?\s*(?:sumber|source)\s*:?", line.strip(_SPACES), re.I):
            return "credit", "source credit line"
        return "furniture", why
    stripped = line.strip(_SPACES)
    if re.match(r"^\(?\s*(?:sumber|source)\s*:?\s*[^\s]", stripped, re.I) and len(content_words(stripped)) <= 12:
        return "credit", "source credit line"
    if re.fullmatch(r"\(\s*[A-Z][\w .&-]{1,40}\)", stripped) and registry().lookup(stripped.strip("() ")):
        return "credit", "source credit line"
    cap = caption_parts(line)
    if cap:
        return "caption", cap[3]
    if _LIST_ITEM.match(line) and not is_prose(_LIST_ITEM.sub("", line)):
        return "furniture", "link list item"
    if is_prose(line):
        return "body", "prose"
    if _TIME.search(line) and len(content_words(line)) <= 12:
        return "furniture", "date or time line"
    if titlecase_share(line) >= MAX_TITLECASE_PROSE:
        return "furniture", "Title Case line (a headline of another story)"
    return "furniture", "short line without sentence punctuation"


def _masthead(line: str) -> dict | None:
    """A masthead or date line: 'NTVNews - Berita Hari Ini - 10 Mei 2025, 09:59', 'Kompas - 8 Mei 2025'."""
    stripped = line.strip(_SPACES)
    url = _URL.match(stripped)
    if url:
        host = url.group("host").lower().removeprefix("www.")
        e = registry().lookup(host)
        return {"outlet": e.name if e is not None else host}
    if len(content_words(stripped)) > 16 or ends_like_sentence(stripped) and len(content_words(stripped)) > 8:
        return None
    out: dict = {}
    for code in LANGUAGES:
        dm = dates.first_full_date(stripped, language(code))
        if dm:
            out["published"], out["published_text"] = dm.value, dm.text
            break
    head = re.split(r"\s+[-–—|]\s+", stripped, maxsplit=1)[0]
    o, _known = _outlet_of(head)
    if o:
        out["outlet"] = o
    if not out.get("published") and not out.get("outlet"):
        return None
    if not out.get("published") and len(content_words(stripped)) > 6:
        return None
    return out
