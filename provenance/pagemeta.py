"""Page metadata: the outlet, the publication date, the place, the language, the title, the authors.

Read from what the page shows, after ``clean.py`` has labelled its lines (a
stage of its own, between clean and segment):

- **outlet**: the dateline ("KOMPAS.com -", "Jakarta, CNN Indonesia --",
  "WASHINGTON (AP) —", "Reuters. ", a standalone "Jakarta, CNN Indonesia –"
  line), then the masthead (a web address at the top, a line that opens with
  the outlet's name, the headline's " - Viva" suffix), a byline that names an
  outlet or wire ("By Reuters", "Laporan Wartawan Tribunnews.com ..."), the
  page's own chrome ("Skip to more DW sites") and its own footer ("... dari
  SINDOnews.com"). Names go through the registry (``data/outlets.toml``, with
  the Tribun, Radar and Disway networks); an outlet the registry lacks keeps
  the name the page writes ("PINUSI.COM"). Photo credits, "Sumber:" credits
  and syndication footers ("Artikel ini telah tayang di Kompas.com") name
  sources, never the page's outlet.
- **published**: a stamp ("Selasa 21 Mar 2023 06:47 WIB", "17/10/2023, 21:20
  WIB", "Diterbitkan pada 2 Sep 2025", "March 20, 2023 | 06:07 pm PT") in the
  header, or the one stamp of the footer; a date-only line above the headline
  is the site's "today" bar (a crawl stamp) and a stamp inside a link list
  dates another article. With no stamp, the date is inferred from the text and
  the evidence says so: a date the lead marks as yesterday or today
  ("Selasa (12/11/2024) kemarin"), else one it says yesterday or today of in another
  sentence of the story's top that speaks of the same happening (shares a common word:
  "Gempa besar kemarin ..." / "... usai gempa mengguncang pada Senin (1/1)"), unless the
  text reports a later past day, else the latest date the text reports (an
  article is written on or after every date it reports; a date it quotes a
  source on, "dikutip Reuters, Rabu (23/10/2024)", counts only this way, as
  the earliest the article can be). Photo captions date the photo, and count
  only when nothing else does. A page that prints no year keeps a day and month for its
  event to give the year: the lead's (or the one so linked to its yesterday or today),
  moved to a later past day the text reports within ``Settings.yearless_later_days``
  ("dilansir AFP, Senin (9/3)" after a lead's "Minggu (8/3)"). A page with no day
  and month at all keeps the weekdays it reports as past, for its event to place in a
  week (``events.publication_estimates``).
- **place**, **language** (function-word counts), **title** (the headline
  block), **authors** (byline blocks).

For an HTML page, what its own markup says (site name or address, date,
authors; read by ``load.py`` into ``article.source_meta``) comes first, with
"page metadata: ..." as evidence, and the rules above fill only what it leaves.

Adds the ``metadata`` layer: one span of evidence per field, its ``attrs``
holding the value and the rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice

from . import dates
from .doc import Article, ByStart, DateMention, Span
from .lang import (LANGUAGES, alternation, countries, dateline_places, domain_suffixes, language, page_words, place_words,
                   registry)
from .normalize import calendar_words
from .segment import split_sentences
from .settings import DEFAULT, Settings
from .slots import read_times

SPACES = "\u00a0\u2007\u202f\u200b\ufeff\t "
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
DOMAIN = re.compile(rf"^[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)*\.(?:{alternation(domain_suffixes())})$", re.I)


def content_words(line: str) -> list[str]:
    return _WORD.findall(line)


def content_words_at_most(line: str, most: int) -> bool:
    """``len(content_words(line)) <= most``, reading no further than the word after them."""
    return most >= 0 and next(islice(_WORD.finditer(line), most, None), None) is None


# ------------------------------------------------------------------ language


def detect_language(text: str) -> tuple[str, str]:
    """(code, evidence) by counting each language's function words.

    Enough for whole articles: LIBRARIES.md found every library calling one
    Indonesian sentence in five Malay, while function-word counts over an
    article separate Indonesian from English without error and with no model.
    """
    counts = function_word_counts(text)
    best = max(LANGUAGES, key=lambda c: (counts[c], c == LANGUAGES[0]))
    evidence = ", ".join(f"{c}: {counts[c]} function words" for c in LANGUAGES)
    return best, evidence


def function_word_counts(text: str) -> dict[str, int]:
    # acronyms are not words of either language ("AS" is the United States, not "as")
    words = [w.casefold() for w in content_words(text) if not (len(w) > 1 and w.isupper())]
    out = {}
    for code in LANGUAGES:
        fw = language(code).function_words
        out[code] = sum(1 for w in words if w in fw)
    return out


# ------------------------------------------------------------------ datelines

_DASH = re.compile(r"(?:[ \u00a0]+|(?<=\)))(?:--|[-–—―])(?:[ \u00a0]+|$|(?=[\"“‘'(A-Z0-9À-Ý]))")
_STOP_FORM = re.compile(r"^(?P<head>[^.:,\n]{2,40}?)(?P<sep>[.:])[ \u00a0]+(?=[A-Z\"“‘'0-9])")
# the outlet between slashes after the place and the day: "MOSCOW, June 19. /TASS/. "
_SLASH_FORM = re.compile(r"^(?P<head>[^/\n]{2,60}?)\.?[ \u00a0]+/(?P<outlet>[^/\n]{2,30})/\.?[ \u00a0]+(?=[A-Z\"“‘'0-9])")
_AFTER_OUTLET_PLACE = re.compile(r"^(?P<place>[A-Z][A-Z '-]{2,30})\.[ \u00a0]+")
_NAME_PIECE = re.compile(r"^[^\W\d_][\w.&'’-]*(?:[ \u00a0]+[^\W\d_][\w.&'’-]*){0,3}$")
MAX_DATELINE_HEAD = 80  # characters before the dash; longer, and it is a sentence


def _outlet_of(piece: str) -> tuple[str, bool]:
    """The outlet a dateline piece names: (name, known). ('', False) when it names none."""
    p = piece.strip(SPACES + "()[]")
    if not p:
        return "", False
    e = registry().lookup(p)
    if e is not None and e.type in ("outlet", "wire"):
        return e.name, True
    if DOMAIN.match(p):
        return p, False
    return "", False


def place_name(piece: str) -> str:
    """The canonical name of a dateline place, '' when the gazetteer does not know it."""
    return dateline_places().get(piece.strip(SPACES + ".").casefold(), "")


def _as_place(piece: str) -> str:
    p = piece.strip(SPACES + ".")
    return place_name(p) or (p.title() if p.isupper() else p)


def _is_date(piece: str) -> bool:
    if not re.search(r"\d", piece):
        return False
    for code in LANGUAGES:
        for dm in dates.find_dates(piece, language(code)):
            if len(dm.text) >= len(piece.strip()) - 2:
                return True
    return False


def _named_again_as_place(name: str, text: str, after: int, kinds_only: bool = False) -> bool:
    """Does the story name ``name`` again after ``after`` as a place, behind a place's head word
    ("Kabupaten Sintang", "di Sintang", "in Sintang"; with ``kinds_only``, behind a place's kind
    only: "Kabupaten Sintang", "the city of Sintang")? A town the gazetteer does not know opens
    some outlets' leads bare ("Sintang - ..."); a person or a thing there is not named so."""
    heads = _place_kinds() if kinds_only else _place_heads()
    # (in any case: a dateline may write the name in capitals; "the city of X": the kind, then "of")
    rx = re.compile(rf"(?<!\w)(?P<head>[^\W\d_]+)[ \u00a0]+(?:of[ \u00a0]+)?(?i:{re.escape(name)})(?!\w)")
    return any(m.group("head").casefold() in heads for m in rx.finditer(text, after))


@lru_cache(maxsize=None)
def _place_kinds() -> frozenset[str]:
    """The words of a place's kind ("Kabupaten", "Kota", "city", "district")."""
    return frozenset(w.casefold() for w in place_words())


@lru_cache(maxsize=None)
def _place_heads() -> frozenset[str]:
    """The words that stand before a place's name: locatives ("di", "in") and a place's kind
    ("Kabupaten", "Kecamatan", "Kota", "district")."""
    out = set()
    for code in LANGUAGES:
        lang = language(code)
        out |= {w.casefold() for w in lang.locatives}
    out |= {w.casefold() for w in place_words()}
    return frozenset(out)


def _elsewhere(word: str, text: str, start: int, end: int) -> bool:
    """Does ``word`` stand in ``text`` outside [start, end)? A dateline's place usually
    comes back in the story; an outlet's own name seldom does."""
    rx = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)
    return any(not (start <= m.start() < end) for m in rx.finditer(text))


def read_dateline(line: str, text: str | None = None, offset: int = 0) -> dict | None:
    """A dateline at the start of a paragraph: outlet, place, where the text begins.

    Forms news uses: "KONTAN.CO.ID - MOSKOW. ", "Ntvnews.id, Moskow - ", "BEIJING, - ",
    "MOSCOW, May 8 (Reuters) - ", "WAJIMA, Japan (Reuters) -At", "Jakarta (ANTARA) - ",
    "MOSCOW, June 19. /TASS/. ",
    "JAKARTA, KOMPAS.com - ", "Jakarta, CNN Indonesia --" alone on its line, and with a
    stop or a colon after a known outlet or place ("Reuters. ", "Jakarta: "). Every piece
    before the dash must be an outlet, a place, a country or a date; a name the registry
    and the gazetteer lack is the outlet beside a known place ("Jakarta, FORTUNE -"), or,
    alone, the outlet when it is one word that the story never repeats ("WARTAKU -");
    anything else is prose. ``text`` (the article) and ``offset`` (the line's start in it)
    let that last test look at the rest of the story.
    """
    m = _DASH.search(line, 0, MAX_DATELINE_HEAD + 8)
    if m and m.start() <= MAX_DATELINE_HEAD and m.start() > 0:
        head, body_start = line[:m.start()], m.end()
        rest = line[body_start:]
        if rest and not re.match(r"[\"“‘'(\[]?[A-Z0-9À-Ý]", rest):
            return None
        found = _read_pieces(head, text, offset)
        if found is not None:
            return _finish(found, line, body_start, place_after=True)
    m = _SLASH_FORM.match(line)
    if m:
        outlet, known = _outlet_of(m.group("outlet").strip(SPACES))
        found = _read_pieces(m.group("head"), text, offset) if outlet and known else None
        if found is not None and not found["outlet"]:
            return _finish({**found, "outlet": outlet, "known": known}, line, m.end(), place_after=False)
    m = _STOP_FORM.match(line)
    if m:
        head = m.group("head").strip(SPACES)
        outlet, known = _outlet_of(head)
        place = place_name(head)
        if (outlet and known) or place:
            found = {"outlet": outlet if known else "", "known": known, "place": "" if outlet else place, "country": ""}
            return _finish(found, line, m.end(), place_after=False)
    return None


# "Padang Hilir (KabarKita) -": a place, then in brackets the outlet or the wire it files for:
# the shape of a news agency's dateline, which regional sites copy with their own name
_BRACKETED = re.compile(r"(?P<place>[^,()]+?)[ \u00a0]*\((?P<outlet>[^()]+)\)[ \u00a0]*")


def _read_pieces(head: str, text: str | None, offset: int) -> dict | None:
    found = _read_each_piece(head, text, offset)
    m = _BRACKETED.fullmatch(head)
    if found is None and m:
        place, outlet = m.group("place").strip(SPACES), m.group("outlet").strip(SPACES)
        if _NAME_PIECE.match(place) and _name_like(place) and place[0].isupper() \
                and _NAME_PIECE.match(outlet) and _name_like(outlet):
            o, known = _outlet_of(outlet)
            return {"outlet": o or outlet, "known": known, "place": _as_place(place), "country": ""}
    return found


def _read_each_piece(head: str, text: str | None, offset: int) -> dict | None:
    pieces = [p.strip(SPACES) for p in re.split(r"[,()]", head)]
    outlets, places, country, names = [], [], [], []
    saw_date = False
    filed_from = ""  # the country a dateline names before its outlet ("Hong Kong CNN —")
    for p in pieces:
        if not p:
            continue
        if p.casefold() in page_words().kickers:
            return None
        o, k = _outlet_of(p)
        if o:
            outlets.append((o, k))
            continue
        pl = place_name(p)
        if pl:
            places.append(pl)
            continue
        head, _, rest = p.partition(" ")
        if rest and head.casefold() in place_words() and _NAME_PIECE.match(rest):
            # a place head and its name ("KABUPATEN SEMARANG", "Kota Hilir"): the place is the name
            places.append(place_name(rest) or (rest.title() if rest.isupper() else rest))
            continue
        c = countries().get(p.casefold())
        if c:
            country.append(c)
            continue
        if _is_date(p):
            saw_date = True
            continue
        split = _place_then_outlet(p)
        if split is not None:
            # "Jakarta, Indonesia CNN —", "Hong Kong CNN —": the country or place, then the
            # outlet with no bracket between
            (country if split[0] == "country" else places).append(split[1])
            outlets.append(split[2])
            if split[0] == "country":
                filed_from = filed_from or split[1]
            continue
        if _NAME_PIECE.match(p) and _name_like(p):
            names.append(p)
            continue
        return None
    outlet, known = outlets[0] if outlets else ("", False)
    place = places[0] if places else filed_from
    for n in names:
        if outlets or country:
            place = place or _as_place(n)  # "WAJIMA, Japan (Reuters) -", "Brussel (ANTARA) -"
        elif places:
            outlet = outlet or n  # "Jakarta, FORTUNE -", "TOP JABAR, Jakarta -"
        elif (len(names) == 1 and len(n.split()) == 1 and not _plain_word(n) and text is not None
              and not _elsewhere(n, text, offset, offset + len(head) + 4)):
            outlet = n  # "WARTAKU - ...": one word, not a known place, not repeated in the story
        elif (len(names) == 1 and len(n.split()) <= 2 and text is not None
              and (all(_plain_word(w) for w in n.split()) and _named_again_as_place(n, text, offset + len(head) + 4)
                   or n.isupper() and _named_again_as_place(n, text, offset + len(head) + 4, kinds_only=True))):
            # "Sintang - Banjir ... di Kabupaten Sintang": a town the gazetteer lacks; in capitals, as
            # outlets write their own names too, only behind a place's kind ("MESHKAL - ... in the
            # city of Meshkal"; "KABARKU - ... di Kabarku" may be the outlet's own)
            place = _as_place(n)
        else:
            return None
    if not (outlet or place or country or saw_date):
        return None
    # the country beside a place ("KUMAMOTO, Japan (Reuters) -"): a dateline written from the field
    return {"outlet": outlet, "known": known, "place": place or (country[0] if country and not outlets else ""),
            "country": country[0] if country and place and place != filed_from else ""}


def _place_then_outlet(piece: str) -> tuple[str, str, tuple[str, bool]] | None:
    """("country" or "place", its name, (outlet, known)) of a piece that is a country or a place
    then a known outlet ("Indonesia CNN", "Hong Kong CNN"), else None."""
    words = piece.split()
    for k in range(1, len(words)):
        o, known = _outlet_of(" ".join(words[k:]))
        if not (o and known):
            continue
        head = " ".join(words[:k])
        c = countries().get(head.casefold())
        pl = place_name(head)
        # a city the country table knows for its government ("Tokyo" for Japan) is, in a
        # dateline, the city the report was filed from
        if c and not (pl and pl.casefold() != c.casefold()):
            return "country", c, (o, known)
        if pl:
            return "place", pl, (o, known)
    return None


def _plain_word(word: str) -> bool:
    """"Cikampek": capitalised like a town's name. Outlets write themselves in capitals
    ("WARTAKU"), in lowercase ("kabarku") or with a capital inside ("KabarKu")."""
    return word[:1].isupper() and word[1:].islower()


def _name_like(piece: str) -> bool:
    """A name as datelines write it: one word in any case ("arnews", "HARIANE"), or
    several capitalised words ("TOP JABAR", "Mata Jurnalis News")."""
    words = piece.split()
    return len(words) == 1 or all(w[0].isupper() or w[0].isdigit() for w in words)


def _finish(found: dict, line: str, body_start: int, place_after: bool) -> dict:
    """The dateline's span, and a place after the outlet's dash: "KONTAN.CO.ID - BUSAN. "."""
    rest = line[body_start:]
    m2 = _AFTER_OUTLET_PLACE.match(rest) if place_after else None
    if m2 and found["outlet"] and not found["place"]:
        p = m2.group("place")
        pl = place_name(p) or (p.title() if len(p.split()) <= 3 and re.fullmatch(r"[A-Z][A-Z '-]{2,30}", p) else "")
        if pl:
            found["place"] = pl
            body_start += m2.end()
    while body_start < len(line) and line[body_start] in SPACES:
        body_start += 1
    return {**found, "body_start": body_start, "text": line[:body_start].strip(SPACES),
            "standalone": body_start >= len(line)}


# ------------------------------------------------------------------ stamps


@dataclass(frozen=True)
class Stamp:
    """A date printed as the page's stamp: where it stands, its value, and what it says it is."""

    start: int
    end: int
    value: date
    timed: bool  # a clock time follows the date
    kind: str  # published | updated | "" (not said)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}/\d{1,2}/\d{2}(?!\d)")
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
_SEPARATORS = "-–—|/•·,"


@lru_cache(maxsize=None)
def _after_date() -> re.Pattern:
    pw = page_words()
    return re.compile(rf"[ \u00a0{re.escape(_SEPARATORS)}]*(?:(?:{alternation(pw.clock_words)})[ \u00a0]+)?"
                      rf"(?P<clock>{_CLOCK})(?:[ \u00a0]*(?:{alternation(pw.zones)})(?![\w]))?", re.I)


@lru_cache(maxsize=None)
def _label_before() -> tuple[re.Pattern, re.Pattern]:
    pw = page_words()
    pub = re.compile(rf"(?i)(?<!\w)(?:{alternation(pw.published_labels)})(?!\w)[^\n]{{0,16}}$")
    upd = re.compile(rf"(?i)(?<!\w)(?:{alternation(pw.updated_labels)})(?!\w)[^\n]{{0,16}}$")
    return pub, upd


def full_dates(text: str, start: int = 0, end: int | None = None, first: str = "id") -> list[DateMention]:
    """Day-precise dates with their year, of either language, the given one first where both read
    the same characters ("6/2/2023" is 6 February in Indonesian, June 2 in English)."""
    end = len(text) if end is None else end
    out: list[DateMention] = []
    if not _YEAR.search(text, start, end):
        return out  # no year, no full date: spare the date reader
    for code in sorted(LANGUAGES, key=lambda c: c != first):
        for dm in dates.find_dates(text, language(code), start, end):
            if dm.value is None or dm.relative or dm.precision != "day":
                continue
            if any(dm.start < o.end and o.start < dm.end for o in out):
                continue
            out.append(dm)
    return sorted(out, key=lambda d: d.start)


def find_stamps(text: str, start: int, end: int, first: str = "id", whole_line: bool = False,
                settings: Settings = DEFAULT) -> list[Stamp]:
    """Stamps in text[start:end]: a full date followed by a clock time ("Kamis, 05 September 2024 -
    17:20 WIB", "2024-07-04 11:54:19"), or, when ``whole_line``, a date that stands apart from the
    line's other words (at the start, or after a separator: "Dimas - 6 Februari 2023",
    "Kompas - 12 Maret 2025"). "Tragedi Kali Jernih 1 Oktober 2022" is a topic, not a stamp."""
    pub, upd = _label_before()
    out = []
    for dm in full_dates(text, start, end, first):
        after = _after_date().match(text, dm.end, end)
        # or the clock first, as American pages print it: "Updated 2:15 AM EDT, Mon April 21, 2025"
        clock_first = _clock_before().search(text, max(start, dm.start - 40), dm.start) if after is None else None
        timed = after is not None or clock_first is not None
        at = clock_first.start() if clock_first is not None else dm.start
        before = text[start:at].rstrip(SPACES)
        apart = (not before or before[-1] in _SEPARATORS or bool(pub.search(before)) or bool(upd.search(before))
                 or _only_weekday(before))
        if not (timed or (whole_line and apart and _few_other_words(text, start, end, dm, settings))):
            continue
        lead = text[max(start, at - 40):at]
        kind = "updated" if upd.search(lead) else "published" if pub.search(lead) else ""
        out.append(Stamp(at, after.end() if after else dm.end, dm.value, timed, kind))
    return out


@lru_cache(maxsize=None)
def _clock_before() -> re.Pattern:
    """A clock time, its zone and a weekday, right before a date ("2:15 AM EDT, Mon ")."""
    zones = alternation(page_words().zones)
    return re.compile(rf"(?<![\d:.])(?:{_CLOCK})(?:[ \u00a0]*(?:{zones})(?!\w))*[ \u00a0,]*(?:[^\W\d_]{{2,9}}\.?[ \u00a0,]*)?$",
                      re.I)


def _few_other_words(text: str, start: int, end: int, dm: DateMention, settings: Settings) -> bool:
    return len(content_words(text[start:dm.start] + " " + text[dm.end:end])) <= settings.max_stamp_line_words


def _only_weekday(before: str) -> bool:
    """Is what stands before the date only a separator-led weekday ("| Selasa,")? The weekday is
    part of the date mention already, so this is for a weekday the date reader left out."""
    words = content_words(before)
    return False if not words else (len(words) == 1 and any(words[0].casefold() in language(c).weekdays
                                                               for c in LANGUAGES))


# ------------------------------------------------------------------ the stage


@dataclass
class _Found:
    value: object
    start: int
    end: int
    why: str


def read_metadata(article: Article, settings: Settings = DEFAULT) -> None:
    """Fill ``article.meta`` from the labelled page; adds the ``metadata`` layer (the evidence)."""
    text = article.text
    meta = article.meta
    code, evidence = detect_language(text)
    meta.language, meta.language_evidence = code, evidence
    blocks = article.layer("blocks")
    evidence_spans: list[Span] = []

    def note(field_name: str, f: _Found | None) -> None:
        if f is not None:
            s, e = f.start, f.end
            while s < e and text[s] in SPACES:
                s += 1
            while e > s and text[e - 1] in SPACES:
                e -= 1
            evidence_spans.append(Span(s, e, field_name, {"value": str(f.value), "why": f.why}))

    title = next((b for b in blocks if b.label == "title" and b.attrs.get("role") == "headline"), None)
    if title is not None:
        meta.title = text[title.start:title.end].strip(SPACES)
        note("title", _Found(meta.title, title.start, title.end, title.attrs.get("why", "")))

    # an HTML page's own metadata (load.py) comes first: the page names its publisher and
    # date in markup made for machines, where the rules read what a reader sees
    page_outlet = _page_outlet(article)
    outlet = None if page_outlet else _outlet(article)
    if page_outlet:
        meta.outlet, meta.outlet_evidence = page_outlet
    elif outlet is not None:
        meta.outlet, meta.outlet_evidence = outlet.value, text[outlet.start:outlet.end].strip(SPACES)
        note("outlet", outlet)

    place = _place(article)
    if place is not None:
        meta.place, meta.place_evidence = place.value, text[place.start:place.end].strip(SPACES)
        note("place", place)

    src = article.source_meta
    published = None if src.published else _published(article, settings)
    if src.published:
        meta.published, meta.published_evidence = src.published, src.published_evidence
        # the metadata's moment, when it falls on the day the page shows (a zone apart at most):
        # the byline's date may have overruled the metadata's, whose clock is then of another day
        if src.published_utc is not None and src.published_utc.date() in (
                src.published - timedelta(days=1), src.published, src.published + timedelta(days=1)):
            meta.published_utc = src.published_utc
    elif published is not None:
        meta.published = published.value
        meta.published_inferred = published.why.startswith("inferred")
        if not meta.published_inferred:
            meta.published_utc = _stamp_instant(text, published, meta.language or "id")
        shown = text[published.start:published.end].strip(SPACES)
        meta.published_evidence = f"{published.why}: {shown}" if meta.published_inferred else shown
        note("published", published)
    else:
        yearless = _yearless_lead(article, settings)
        if yearless is not None:
            meta.published_yearless = yearless.value
            shown = text[yearless.start:yearless.end].strip(SPACES)
            meta.published_yearless_evidence = f"{shown!r}{yearless.why}"
            note("published_yearless", yearless)
        else:
            meta.published_weekdays = _reported_weekdays(article, settings)

    meta.authors.extend(src.authors)
    # a name a role line gives ("Penulis: Rina Kusuma") is not listed again as the byline's
    roled = {who for b in blocks for who, role in b.attrs.get("authors", ()) if role != "byline"}
    for b in blocks:
        for who, role in b.attrs.get("authors", ()):
            # (named twice: a byline at the top and at the foot; a line cut in parts, each
            # carrying the line's attributes)
            if f"{who} ({role})" in meta.authors or (role == "byline" and who in roled):
                continue
            meta.authors.append(f"{who} ({role})")
            note("author", _Found(who, b.start, b.end, role))
    article.add("metadata", evidence_spans)


# ------------------------------------------------------------------ outlet


def _page_outlet(article: Article) -> tuple[str, str] | None:
    """(outlet, evidence) from an HTML page's own metadata (``article.source_meta``): its site
    name, else its address when the registry knows it. None for a text file."""
    src = article.source_meta
    for name, why in ((src.site_name, "site name"), (src.hostname, "address")):
        outlet = (_outlet_of(name)[0] or (name if why == "site name" else "")) if name else ""
        if outlet:
            return outlet, f"page metadata: {why} {name!r}"
    return None


def _outlet(article: Article) -> _Found | None:
    """The outlet, by the strength of what names it (see the module docstring)."""
    text = article.text
    blocks = article.layer("blocks")
    masthead = next((_Found(b.attrs["masthead"], b.start, b.end, b.attrs.get("why", "masthead"))
                     for b in blocks if b.attrs.get("masthead")), None)
    for d in article.layer("datelines"):
        if d.attrs.get("outlet"):
            wire = registry().lookup(d.attrs["outlet"])
            if (wire is not None and wire.type == "wire" and masthead is not None
                    and registry().lookup(masthead.value) is not wire):
                # a site printing a wire's copy under its own masthead ("SUARAPUBLIK.CO.ID" over
                # "Balikpapan (ANTARA) -"): the site published it, the wire is its source (the
                # attribution stage credits a wire's dateline to the whole article)
                return masthead
            return _Found(d.attrs["outlet"], d.start, d.end, "dateline")
    if masthead is not None:
        return masthead
    for b in blocks:
        name = b.attrs.get("byline_outlet")
        if name:
            return _Found(name, b.start, b.end, "byline")
    # the page's own chrome and footer: a registry outlet named in a menu or a promotion
    for zone in ("header", "footer"):
        for b in blocks:
            if b.label != "furniture" or b.attrs.get("zone") != zone or not b.attrs.get("own_chrome"):
                continue
            for m in registry().alias_regex.finditer(text, b.start, b.end):
                e = registry().lookup(m.group(0))
                if e is not None and e.type == "outlet":
                    return _Found(e.name, m.start(), m.end(), f"named in the page's own {zone}")
            for m in re.finditer(r"(?<![\w.@/])[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)+(?![\w.])", text[b.start:b.end]):
                e = registry().by_web_address(m.group(0))
                if e is not None and e.type == "outlet":
                    return _Found(e.name, b.start + m.start(), b.start + m.end(), f"named in the page's own {zone}")
    return None


def dateline_at_the_scene(article: Article) -> bool:
    """Does the page's dateline place (``meta.place``) stand for where its news happened, not
    only for where it was filed? A newsroom datelines every report with its own city
    ("Jakarta, CNN Indonesia -" over a volcano's eruption far away); a report filed from the
    scene names the country beside the place ("KUMAMOTO, Japan (Reuters) -"), or the story names
    the place again."""
    place = article.meta.place
    if not place:
        return False
    names = {place.casefold()} | {k for k, v in dateline_places().items() if v == place}
    said = re.compile(r"(?<!\w)(?:" + alternation(names) + r")(?!\w)", re.IGNORECASE)
    for d in article.layer("datelines"):
        if d.attrs.get("place") != place:
            continue
        found = read_dateline(article.text[d.start:d.end])
        if found and found.get("country"):
            return True
        if any(said.search(article.text, max(p.start, d.end), p.end) for p in article.layer("paragraphs") if p.end > d.end):
            return True
    return False


def _place(article: Article) -> _Found | None:
    for d in article.layer("datelines"):
        if d.attrs.get("place"):
            return _Found(d.attrs["place"], d.start, d.end, "dateline")
    return None


# ------------------------------------------------------------------ publication date


def _published(article: Article, settings: Settings) -> _Found | None:
    stamp = _stamp(article, settings)
    if stamp is not None:
        return stamp
    return _inferred(article, settings)


def _stamp(article: Article, settings: Settings) -> _Found | None:
    """The page's own stamp: in the header (a "published" one before an "updated" one), else the
    footer's only stamp. Date-only lines above the headline and stamps in link lists do not count."""
    text = article.text
    code = article.meta.language or "id"
    header, footer = [], []
    for b in article.layer("blocks"):
        if b.label not in ("meta", "furniture", "credit") or b.attrs.get("list") or b.attrs.get("topbar"):
            continue
        zone = b.attrs.get("zone")
        whole = b.label == "meta"
        if zone == "body" and whole:
            # a stamp line under a standfirst read as the lead ("Published On 21 Apr 2025"), which
            # the page reader kept as the page's (clean._body)
            header.extend(find_stamps(text, b.start, b.end, code, whole_line=True, settings=settings))
            continue
        if zone not in ("header", "footer"):
            continue
        if zone == "footer" and not whole:
            continue  # a teaser's time in the footer dates another article
        for st in find_stamps(text, b.start, b.end, code, whole_line=whole, settings=settings):
            (header if zone == "header" else footer).append(st)
    if header:
        best = next((s for s in header if s.kind == "published"), None) or \
            next((s for s in header if s.kind != "updated"), None) or header[0]
        return _Found(best.value, best.start, best.end, "date stamp in the page header")
    values = {s.value for s in footer if s.timed}
    if len(values) == 1:
        st = next(s for s in footer if s.timed)
        return _Found(st.value, st.start, st.end, "date stamp in the page footer")
    return None


# how far after a stamp's date, on its line, its clock time and zone may stand
_CLOCK_AFTER_STAMP = 30


def _stamp_instant(text: str, found: _Found, code: str) -> datetime | None:
    """The moment a stamp gives, in UTC: its date and the first clock time in it with a named
    zone ("17:40 WIB", "21:40 GMT+7"); None when it gives no zone (the reader's local time is
    no moment another page's can be set against)."""
    # the clock may stand after the date the stamp was read from, on its line ("February 3,
    # 2026 4:12 PM GMT+7", "April 13, 2026 at 14:48 GMT+8"), its zone's offset with it
    line_end = text.find("\n", found.end)
    end = min(len(text) if line_end < 0 else line_end, found.end + _CLOCK_AFTER_STAMP)
    # (a site prints its stamps its own way, whatever the story's language: "4:12 PM" over an
    # Indonesian story; the story's language is tried first)
    for c in (code, *(x for x in LANGUAGES if x != code)):
        for t in read_times(text, found.start, max(end, found.end), c):
            if t.attrs["offset"] is not None:
                day = datetime(found.value.year, found.value.month, found.value.day)
                return day + timedelta(minutes=t.attrs["minutes"] - 60 * t.attrs["offset"])
    return None


_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=/)")


def _inferred(article: Article, settings: Settings) -> _Found | None:
    """No stamp: the lead's "kemarin"/"hari ini" date, else the day a "kemarin"/"hari ini" is
    said of (``_linked_relative``) unless the text reports a later one, else the latest date
    the text reports, else the latest a caption reports, else a web address's."""
    text = article.text
    lang = language(article.meta.language)
    blocks = article.layer("blocks")
    body = [b for b in blocks if b.label in ("body", "title")]
    captions = [b for b in blocks if b.label == "caption"]
    lead = next((b for b in blocks if b.label == "body"), None)
    found = _Mentions(text, lang, body + captions)
    if lead is not None:
        said = _said_relative(text, lead.start, lead.end, lang, found, settings)
        if said is not None:
            return said
    days = list(_reported(text, body, lang, found.within, settings))
    latest = max(days, key=lambda d: d.value, default=None)  # the first of the latest
    linked = _linked_relative(text, [b for b in body if b.label == "body"], lang, [(d, d.value) for d in days],
                              settings)
    if linked is not None:
        dm, rel, offset, word = linked
        value = dm.value - timedelta(days=offset)
        # a page is never older than the latest past day it reports: a link that says so is wrong
        if latest is None or value >= latest.value:
            return _Found(value, dm.start, dm.end, f"inferred (no stamp on the page), the day of the {word!r} "
                                                   f"the text calls {rel.text!r}")
    if latest is None:
        latest = max(_reported(text, captions, lang, found.within, settings), key=lambda d: d.value, default=None)
    if latest is not None:
        return _Found(latest.value, latest.start, latest.end,
                      "inferred (no stamp on the page), the latest date the text reports")
    # a date in the page's own web address or a syndication footer's ("/read/2024/09/05/")
    for b in blocks:
        if b.label in ("meta", "furniture") and not b.attrs.get("list"):
            for m in _URL_DATE.finditer(text, b.start, b.end):
                try:
                    v = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    continue
                return _Found(v, m.start() + 1, m.end(), "inferred (no stamp on the page), the date in a web address")
    return None


def _yearless_lead(article: Article, settings: Settings) -> _Found | None:
    """No year anywhere: the first day-and-month date of the lead ("Selasa (22/10)"), with how
    many days later the page was written when the lead says so ("... sore kemarin": one)."""
    text = article.text
    lang = language(article.meta.language)
    lead = next((b for b in article.layer("blocks") if b.label == "body"), None)
    if lead is None:
        return None
    found, weekday = None, None
    for dm in dates.find_dates(text, lang, lead.start, lead.end):
        if not (dm.pending and dm.pending[0] == "yearless"):
            continue
        _kind, month, day, *_ = dm.pending
        offset, end = 0, dm.end
        m = _relative_after(lang.code).match(text, dm.end, min(lead.end, dm.end + settings.relative_day_reach))
        if m:
            rel = lang.relative_days.get(m.group("rel").casefold())
            if rel is not None and rel <= 0:
                offset, end = -rel, m.end()
        found, weekday = _Found((month, day, offset), dm.start, end, " in the lead"), dm.weekday
        break
    body = [b for b in article.layer("blocks") if b.label == "body"]
    days = [dm for b in body for dm in dates.find_dates(text, lang, b.start, b.end)
            if dm.pending and dm.pending[0] == "yearless"]
    by_start = ByStart(days)
    days = list(_reported(text, body, lang, by_start.within, settings))
    if found is None or found.value[2] == 0:
        linked = _linked_relative(text, body, lang, [(dm, dm.pending[1:3]) for dm in days], settings)
        if linked is not None:
            dm, rel, offset, word = linked
            found, weekday = _Found((dm.pending[1], dm.pending[2], -offset), dm.start, dm.end,
                                    f", the day of the {word!r} the text calls {rel.text!r}"), dm.weekday
    if found is None:
        return None
    # a page is never older than the latest past day it reports
    month, day, offset = found.value
    later = None
    for dm in days:
        ahead = _days_after((month, day, weekday), dm, offset)
        if ahead is not None and 0 < ahead <= settings.yearless_later_days and (later is None or ahead > later[0]):
            later = (ahead, dm)
    if later is not None:
        dm = later[1]
        found = _Found((dm.pending[1], dm.pending[2], 0), dm.start, dm.end, ", the latest day the text reports")
    return found


def _reported_weekdays(article: Article, settings: Settings) -> tuple:
    """The weekdays the body reports as past ("struck on Monday afternoon", "rescue teams
    struggled on Tuesday"), not a plan's ("will meet on Friday"): ((weekday, words), ...)."""
    text = article.text
    lang = language(article.meta.language)
    body = [b for b in article.layer("blocks") if b.label == "body"]
    days = ByStart([dm for b in body for dm in dates.find_dates(text, lang, b.start, b.end)
                    if dm.pending and dm.pending[0] == "weekday" and not dm.pending[3]])
    return tuple((dm.pending[1], dm.text) for dm in _reported(text, body, lang, days.within, settings))


def _days_after(base: tuple, dm: DateMention, offset: int) -> int | None:
    """How many days the year-less ``dm`` falls after the page's day (``base``'s day and month,
    ``offset`` days later), the nearer way round the year; None when the weekdays they name
    cannot both be right that far apart."""
    month, day, weekday = base
    for year in (2001, 2000):  # a common year, and a leap one for 29 February
        try:
            page = date(year, month, day) + timedelta(days=offset)
            there = min((date(y, dm.pending[1], dm.pending[2]) for y in (year - 1, year, year + 1)),
                        key=lambda d: abs((d - page).days))
        except ValueError:
            continue
        ahead = (there - page).days
        if weekday is not None and dm.weekday is not None and (dm.weekday - weekday) % 7 != (ahead + offset) % 7:
            return None
        return ahead
    return None


@lru_cache(maxsize=None)
def _relative_after(code: str) -> re.Pattern:
    """A relative-day word right after a date, a time-of-day word or two between
    ("Selasa (22/10) sore kemarin", "Monday, yesterday")."""
    lang = language(code)
    days = alternation(lang.relative_days)
    return re.compile(rf"[ \u00a0,]*(?:[^\W\d_]+[ \u00a0]+){{0,2}}?(?P<rel>{days})(?!\w)", re.I)


@lru_cache(maxsize=None)
def _relative_before(code: str) -> re.Pattern:
    lang = language(code)
    days = alternation(lang.relative_days)
    return re.compile(rf"(?<!\w)(?P<rel>{days})[ \u00a0,]*(?:\([ \u00a0]*)?$", re.I)


def _said_relative(text: str, start: int, end: int, lang, found: "_Mentions", settings: Settings) -> _Found | None:
    """A date in the lead that the lead calls today or yesterday: "hari ini (6/2/2023)",
    "pada Selasa (12/11/2024) kemarin"; the publication date follows from it."""
    for dm in found.within(start, end):
        rel = None
        m = _relative_after(lang.code).match(text, dm.end, min(end, dm.end + settings.relative_day_reach))
        if m:
            rel = m.group("rel")
        else:
            m = _relative_before(lang.code).search(text, max(start, dm.start - settings.relative_day_reach), dm.start)
            if m:
                rel = m.group("rel")
        if rel is None:
            continue
        offset = lang.relative_days.get(rel.casefold())
        if offset is None or offset > 0:
            continue
        return _Found(dm.value - timedelta(days=offset), dm.start, (m.end() if m.start() >= dm.end else dm.end),
                      f"inferred (no stamp on the page), the lead dates it {rel!r}")
    return None


class _Mentions:
    """The day-precise dates of an article's text blocks, read once: full ones, and year-less
    ones ("Kamis (5/9)") given the year of the latest full date, when the weekday they name
    agrees and they do not fall after it."""

    def __init__(self, text: str, lang, blocks: list[Span]):
        spans = sorted((b.start, b.end) for b in blocks)
        raw = []
        for s, e in spans:
            raw += dates.find_dates(text, lang, s, e)
        full = [d for d in raw if d.value is not None and not d.relative and d.precision == "day"]
        ref = max((d.value for d in full), default=None)
        self.dates = list(full)
        for dm in raw:
            if dm.precision == "day" and dm.value is None and dm.pending and dm.pending[0] == "yearless" \
                    and ref is not None:
                dates.resolve([dm], ref)
                if dm.value is not None and not dm.weekday_conflict and dm.value <= ref:
                    self.dates.append(dm)
        self.dates.sort(key=lambda d: d.start)
        self._by_start = ByStart(self.dates)

    def within(self, start: int, end: int) -> list[DateMention]:
        return self._by_start.within(start, end)


@lru_cache(maxsize=None)
def _future_before(code: str) -> re.Pattern:
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(language(code).future_markers)})(?!\w)")


def _reported(text: str, group: list[Span], lang, within, settings: Settings):
    """The mentions ``within(start, end)`` gives in the blocks of ``group`` that the text reports as
    past: not the end of a range ("3-13 September 2024"), not a plan ("akan digelar pada 1
    November 2025", "will meet on May 8, 2025")."""
    for b in group:
        for dm in within(b.start, b.end):
            if dates.range_start().search(text, max(b.start, dm.start - 16), dm.start):
                continue
            if _future_before(lang.code).search(text, max(b.start, dm.start - settings.future_marker_reach), dm.start):
                continue
            if _future_before(lang.code).match(text, dm.end + 1 if text[dm.end:dm.end + 1] == " " else dm.end, b.end):
                continue  # "pada 1 November mendatang"
            yield dm


def _common_words(text: str, start: int, end: int, lang) -> dict[str, bool]:
    """The words of a stretch that can name a happening: casefolded -> written in lower case
    there (a name is written with its capital everywhere). Function words, stopwords, calendar
    words and the relative-day words are left out, and words shorter than four letters."""
    skip = _calendar_words(lang.code)
    out: dict[str, bool] = {}
    for m in _WORD.finditer(text, start, end):
        w = m.group(0)
        f = w.casefold()
        if len(f) < 4 or f in skip or f in lang.function_words or f in lang.stopwords:
            continue
        out[f] = out.get(f, False) or w.islower()
    return out


@lru_cache(maxsize=None)
def _calendar_words(code: str) -> frozenset[str]:
    """Month and weekday names, and the words of relative days and of past and future markers."""
    lang = language(code)
    words = set(calendar_words(code))
    for phrase in list(lang.relative_days) + list(lang.past_markers) + list(lang.future_markers):
        words.update(phrase.casefold().split())
    return frozenset(words)


def _linked_relative(text: str, paragraphs: list[Span], lang, days: list, settings: Settings):
    """A "hari ini"/"kemarin"/"today"/"yesterday" with no date of its own, outside quotes, in the
    first paragraphs of the story, and a dated day those paragraphs report in another sentence
    that speaks of the same happening: the two share a common word, one a name does not make
    ("Gempa besar kemarin memicu tsunami" / "... usai gempa mengguncang pada Senin (1/1)").
    A reader takes the day the text dates that happening as the one it calls yesterday (or
    today), and dates the page from it. ``days``: (mention, key) of the reported days, the key
    telling days apart. Returns (day mention, relative mention, its offset in days, the shared
    word), or None; the sentence sharing most words wins, then the nearest."""
    from .quotes import find_quotes

    paragraphs = paragraphs[:settings.relative_link_paragraphs]
    if not paragraphs:
        return None
    top, bottom = paragraphs[0].start, paragraphs[-1].end
    days = [(dm, key) for dm, key in days if top <= dm.start < bottom]
    if not days:
        return None
    reach = settings.relative_day_reach
    sentences = ByStart(Span(a, b) for p in paragraphs for a, b in split_sentences(text, p.start, p.end, lang))

    def sentence_of(pos: int) -> tuple[int, int]:
        """The sentence that holds the character at ``pos``, or (pos, pos)."""
        s = sentences.holding(pos, pos + 1)
        return (s.start, s.end) if s is not None else (pos, pos)

    for p in paragraphs:
        quoted = find_quotes(text, p.start, p.end)
        mentions = dates.find_dates(text, lang, p.start, p.end)
        for rel in mentions:
            if not (rel.pending and rel.pending[0] == "days" and rel.pending[1] <= 0):
                continue
            if any(q.start <= rel.start < q.end for q in quoted):
                continue  # someone's "today" in a quote
            if any(o is not rel and o.end > rel.start - reach and o.start < rel.end + reach for o in mentions):
                continue  # a date of its own beside it: the lead's rule reads that
            own = sentence_of(rel.start)
            words = _common_words(text, own[0], own[1], lang)
            best = None
            for sent in sorted({sentence_of(dm.start) for dm, _ in days} - {own}):
                keys = {key for dm, key in days if sentence_of(dm.start) == sent}
                if len(keys) != 1:
                    continue  # a sentence of two days does not say which one
                theirs = _common_words(text, sent[0], sent[1], lang)
                shared = [w for w in words.keys() & theirs.keys() if words[w] or theirs[w]]
                if not shared:
                    continue
                rank = (len(shared), -abs(sent[0] - own[0]))
                if best is None or rank > best[0]:
                    dm = next(dm for dm, _ in days if sentence_of(dm.start) == sent)
                    best = (rank, dm, max(shared, key=lambda w: (words[w] and theirs[w], len(w), w)))
            if best is not None:
                return best[1], rel, rel.pending[1], best[2]
    return None
