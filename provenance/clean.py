"""Read the page: tell article text from page furniture, line by line.

Works on scraped text as trafilatura does on HTML blocks, with plain functions
that each answer one question about a line. Nothing is deleted: every line
(or part of a line) becomes a span in the ``blocks`` layer labelled

    title      the headline (``attrs["role"] = "headline"``) or a subhead under it ("subhead")
    body       article text (claims come from here)
    caption    a photo caption (a claim of type caption); its credit is a furniture span
    credit     a header or footer that credits a source ("Sumber: Reuters | Editor: ...")
    meta       a masthead, a date stamp, a web address, a dateline on a line of its own
    furniture  menus, teasers, link lists, bylines, credits, share buttons, ads

with ``attrs["why"]`` saying which rule decided, and ``attrs["zone"]`` where the
line stands: ``header`` (above the lead), ``body`` or ``footer`` (below the last
paragraph). The lead paragraph's dateline ("KONTAN.CO.ID - MOSKOW.") gets a
span in the ``datelines`` layer. The page's metadata is read from these
layers by ``pagemeta.py``.

How the page is read:

1. Each line on its own: a web address, furniture by its words
   (``data/<lang>/boilerplate.toml``), a promotion, a byline, a photo credit or
   a caption with its credit, a list item, prose, a date or Title Case line.
2. The lead: the first paragraph that opens with a dateline (within the first
   few sentences of the page), else the first paragraph that ends like a
   sentence. Above it is the header.
3. The header: the headline is the first headline-shaped line, skipping a
   short topic label right above a longer line ("Konflik Palestina Vs
   Israel") and a photo's own title followed by its caption; site chrome in
   another language than the article ("Select a menu in the customizer") is
   never the headline. A sentence under the headline is a subhead; a sentence
   above it, one printed twice, one that ends with the photo's date or stands
   under a photo credit is a caption. A date line above the headline is the
   site's "today" bar.
4. The body: captions with their credit, the line before a caption that ends
   with the photo's date ("... in Port Alder, Canada May 12, 2025."), a
   sentence naming where people stand ("(kiri)", "(R)"); a teaser or the
   editors' initials ("(int/idr)") scraped onto a paragraph's end are cut off,
   and so is a caption glued to a paragraph's start where the page lost the
   break ("Jumpa pers Kapolres, Senin 3 Maret 2025Menurut Kapolres, ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import pagemeta
from .doc import Article, Span
from .lang import (LANGUAGES, alternation, countries, language, lexicon, newsroom_name_ends, organisation_words,
                   page_words, place_words, registry, slot_words, trie_alternation)
from .normalize import stem
from .segment import glued_openers
from .pagemeta import SPACES, content_words, content_words_at_most, find_stamps, read_dateline
from .settings import DEFAULT, Settings

# why a line that opens with a chrome phrase ("Skip to content", "Baca juga:") is furniture
_CHROME_PREFIX = "starts with"
_SPACES = SPACES
# possessive runs: a quotation mark before a long run of spaces is tried once, not once a space
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*+\s*+$|[\"”»]\s*+[.!?]?\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*·–—]|\d+\.)\s+")
_DOMAIN_LINE = pagemeta.DOMAIN
_URL = re.compile(r"^(?:https?://|www\.)(?P<host>[^/\s]+)\S*$", re.I)
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)
_TAG = re.compile(r"<[^<>\n]{1,60}>")
_KEY_VALUE = re.compile(r"^[^:]{1,30}:\s*\S")
# from a run of spaces' start only: a long run of spaces is tried once, not once from each space
_INITIALS = re.compile(r"(?<![ \u00a0])[ \u00a0]*+\((?:[a-z]{2,6}\d{0,3}/)+[a-z]{2,6}\d{0,3}\)[ \u00a0]*$")
_OLD_CREDIT = re.compile(r"\(\(\s*([^()]{2,40}?)\s*\)\)\s*$")


# ------------------------------------------------------------------ words and shapes


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


def titlecase_share(line: str, min_len: int = 4, words: list[str] | None = None) -> float:
    """Share of words (of ``min_len``+ letters) after the first that start with a capital;
    ``words``: ``content_words(line)`` when the caller has them."""
    words = [w for w in (content_words(line) if words is None else words)[1:] if len(w) >= min_len]
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


def ends_like_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


# a count after a section's name ("Komentar (3)", "Comments 12")
_HEADER_COUNT = re.compile(r"[ \u00a0]*\(?\d{1,5}\)?$")


def is_section_header(line: str) -> bool:
    k = _key(line)
    return k in _markers()[0] or _HEADER_COUNT.sub("", k) in _markers()[0]


# a breadcrumb: short steps of the site's sections, each of a few words ("Beranda > Nasional >
# Peristiwa", "Home / World / Asia", "News » Politics")
_CRUMB_SEPARATOR = re.compile(r"[ \u00a0]+(?:>|»|›|/|\\)[ \u00a0]+")
_CRUMB_WORDS = 3


def is_breadcrumb(line: str) -> bool:
    s = line.strip(_SPACES)
    steps = _CRUMB_SEPARATOR.split(s)
    # two steps (of a word or two each: "Asia Pacific / Indonesia") are enough with an arrow no headline uses ("Asia › SE Asia", "Business > Economy"),
    # or in capitals ("SOUTHEAST ASIA / INDONESIA"); a slash joins two words in headlines too ("AS/China")
    least = 2 if re.search(r"[ \u00a0](?:>|»|›)[ \u00a0]", s) or s.isupper() or _two_short_steps(steps) else 3
    return len(steps) >= least and all(0 < len(st.split()) <= _CRUMB_WORDS and not _SENTENCE_END.search(st) for st in steps)


# the site's sections joined by bars ("News|Climate Crisis", "Berita | Nasional"): two steps are
# enough, each a few capitalised words without digits or a colon (a stamp "Senin, 16 Jun 2025 |
# 07:30 WIB" has digits; a byline "Reporter: X | Editor: Y" has colons); joined by dots or by
# the wide gaps a flattened menu leaves ("Beranda  Nasional  Daerah", "Share · Tweet · Email"),
# three (two such words may be one name a page spaced out)
_SECTION_BAR = re.compile(r"[ \u00a0]*\|[ \u00a0]*")
_MENU_GAP = re.compile(r"[ \u00a0]*[·•][ \u00a0]*|[ \u00a0]{2,}|[ \u00a0]*\|[ \u00a0]*|[ \u00a0]+[—–][ \u00a0]+")


# the fewest words a menu row has, and the share of them that must be sections' names
_MENU_ROW_WORDS = 4
_MENU_ROW_SHARE = 0.7


def is_menu_row(line: str) -> bool:
    """A site's menu flattened into one line with single spaces ("Beranda Terkini Politik Hukum
    Ekonomi Daerah Dunia Foto Video Indeks"): capitalised words only, no punctuation, and most of
    them the names of sections (boilerplate.toml ``menu_items``, one word or two). A Title Case
    headline has words of its own: "Xi Tells Putin World Is in Chaos" names one section."""
    words = line.strip(_SPACES).split()
    if len(words) < _MENU_ROW_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    items = page_words().menu_items
    k, hits = 0, 0
    while k < len(words):
        pair = f"{words[k]} {words[k + 1]}".casefold() if k + 1 < len(words) else ""
        if pair in items:
            hits, k = hits + 2, k + 2
        else:
            hits, k = hits + (words[k].casefold() in items), k + 1
    return hits >= _MENU_ROW_SHARE * len(words)


def is_section_path(line: str, settings: Settings = DEFAULT) -> bool:
    s = line.strip(_SPACES)
    if role_row(s, settings):
        return False  # "Penulis Dian Sari | Editor Agus Riyadi": the story's byline
    for sep, least in ((_SECTION_BAR, 2), (_MENU_GAP, 3)):
        steps = sep.split(s)
        if len(steps) >= least and all(_menu_step(st) for st in steps):
            return True
    # two items in a wide gap, a word or two each ("Sign In  Register")
    return _two_short_steps(_MENU_GAP.split(s))


def _two_short_steps(steps: list[str]) -> bool:
    """Two menu items of a word or two each: a menu or section path even with two steps."""
    return len(steps) == 2 and all(_menu_step(st) and len(st.split()) <= 2 for st in steps)


# a section's code of capitals and digits ("F1", "K3", "5G" has no capital first and is left out)
_CAPITALS_CODE = re.compile(r"[A-Z]{1,3}\d{1,3}")


def _menu_step(step: str) -> bool:
    """A menu's item: a few capitalised words, no colon or sentence end; a number only after its
    first word ("Liga 1"), inside a name of letters ("ABC7 News", "Metro24") or in a capitals'
    code ("F1", "K3"), so a date is none."""
    words = step.split()
    # (a short lower-case word after the first: "Sign in", "Log in")
    return (0 < len(words) <= _CRUMB_WORDS and words[0][:1].isupper()
            and (not re.search(r"\d", words[0]) or len(re.findall(r"[^\W\d_]", words[0])) >= 2
                 or _CAPITALS_CODE.fullmatch(words[0]) is not None)
            and all(w[:1].isupper() or w == "&" or len(w) <= 3 or w.isdigit() for w in words[1:])
            and not any(re.search(r"\d", w) and not w.isdigit() for w in words[1:])
            and ":" not in step and not _SENTENCE_END.search(step))


# a market ticker: a symbol, a level, a change ("IHSG 7.123,45 +0,4%", "USD/IDR 16.748 +0,03%",
# "JCI 7,123.45 +0.4%"): two on a line, with nothing but separators and a label between, are the
# site's ticker, not a headline
_TICKER_ITEM = re.compile(r"(?<![\w/])[A-Z][A-Za-z0-9/&.]{0,11}[ \u00a0]+\d[\d.,]*(?:[ \u00a0]+[+\-−–]?\d[\d.,]*%)?")


def is_ticker_line(line: str) -> bool:
    s = line.strip(_SPACES)
    items = list(_TICKER_ITEM.finditer(s))
    if len(items) < 2:
        return False
    covered = sum(m.end() - m.start() for m in items)
    # (what is left: separators, and a label such as "Markets Live:")
    return covered >= 0.6 * len(s) and any("%" in m.group(0) for m in items)


# a rights notice is a footer's line, short; a sentence of the story may name a licence
_RIGHTS_NOTICE_WORDS = 16


def is_furniture_line(line: str, settings: Settings = DEFAULT) -> str:
    """Why a line is furniture by its words alone ('' when it is not)."""
    headers, prefixes, exact, labels = _markers()
    k = _key(line)
    if k in exact or k in labels:
        return "menu or byline label"
    if is_breadcrumb(line) or is_section_path(line, settings):
        return "the site's breadcrumb"
    if is_ticker_line(line):
        return "a market ticker"
    if is_menu_row(line):
        return "the site's menu"
    low = line.strip(_SPACES).casefold()
    if content_words_at_most(line, _RIGHTS_NOTICE_WORDS) and any(p in low for p in page_words().rights_phrases):
        return "a rights notice"
    for p in prefixes:
        if low.startswith(p):
            if (p.endswith(":") and p[:-1] in page_words().byline_labels
                    and is_prose(line.strip(_SPACES)[len(p):], settings)):
                return ""  # a transcript's turn ("Reporter: Sekitar 120 kios hangus terbakar."), not a byline
            return f"{_CHROME_PREFIX} {p!r}"
    return ""


def is_syndication(line: str) -> bool:
    """"Artikel ini telah tayang di Kompas.com ...": names where the article first appeared."""
    low = line.strip(_SPACES).casefold()
    return any(low.startswith(p) for p in page_words().syndication)


@lru_cache(maxsize=None)
def _promo_regexes() -> tuple[re.Pattern, re.Pattern]:
    pw = page_words()
    return (re.compile(rf"(?<!\w)(?:{alternation(pw.promo_words)})(?!\w)"),
            re.compile(rf"(?:{alternation(pw.promo_openers)})(?!\w)"))


def starts_with_invitation(line: str) -> bool:
    return bool(_promo_regexes()[1].match(line.strip(_SPACES).casefold()))


def is_promotion(line: str, settings: Settings = DEFAULT) -> bool:
    """A subscription, app or channel promotion: it names one and opens with an invitation
    ("Ayo berlangganan newsletter ..."), or is a short line that is no sentence
    ("Nyaman tanpa iklan. Langganan X")."""
    if not _promo_regexes()[0].search(line.casefold()):
        return False
    return starts_with_invitation(line) or (len(content_words(line)) <= settings.max_promo_words
                                            and not ends_like_sentence(line))


def is_contributor_line(line: str) -> bool:
    """"Associated Press writers X and Y contributed to this report."."""
    low = line.casefold()
    return content_words_at_most(line, 30) and any(p in low for p in page_words().contributor_phrases)


def inline_teaser(text: str, start: int, end: int) -> int | None:
    """Where a teaser marker ("Baca juga:", "Read also:") starts inside a paragraph, after a
    sentence's end, or capitalised straight after a lower-case letter where the page lost the
    break before it ("... korbanBaca juga: ..."); None when there is none. Everything from it
    to the line's end is furniture."""
    prefixes = [p for p in _markers()[1] if p.endswith(":") or " " in p]
    line = text[start:end]
    low = line.casefold()
    best = None
    for p in prefixes:
        k = low.find(p, 1)
        while k > 0:
            glued = line[k].isupper() and (line[k - 1].islower() or line[k - 1].isdigit())
            if (glued or re.search(r"[.!?\"”'’)]\s*$", low[:k])) and (best is None or k < best):
                best = k
                break
            k = low.find(p, k + 1)
    return None if best is None else start + best


def is_prose(line: str, settings: Settings = DEFAULT) -> bool:
    """Article prose: ends like a sentence (or is long) and is not Title Case like a headline.

    A line that ends with a full stop is prose unless every content word is
    capitalised: headlines and teasers seldom end with one, while a sentence
    full of names ("President Xi Jinping met Russian President Vladimir
    Putin in Moscow on Thursday.") does.
    """
    words = content_words(line)  # (read once: a long line's words are many)
    n = len(words)
    share = titlecase_share(line, words=words)
    if ends_like_sentence(line) and n >= settings.min_body_words and share < settings.max_titlecase_prose:
        return True
    if (re.search(r"\.[\"'”’)]*\s*$", line) and n >= settings.min_body_words + 1
            and titlecase_share(line, 1, words) < settings.max_titlecase_full_stop):
        return True
    long_line = n >= settings.long_prose_words
    if long_line and (share < settings.max_titlecase_prose * 0.75 or re.search(r"\.[\"'”’)]*\s*$", line)):
        return True  # headlines do not run to fifteen words and a full stop
    # a long run of names joined by function words is a sentence cut short, not a headline
    return long_line and sum(pagemeta.function_word_counts(line).values()) >= settings.min_function_words


def other_language(line: str, code: str) -> bool:
    """Is the line in another language than the article (site chrome of a template:
    "Select a menu in the customizer" on an Indonesian page)?"""
    counts = pagemeta.function_word_counts(line)
    others = max((n for c, n in counts.items() if c != code), default=0)
    return counts.get(code, 0) == 0 and others >= 2


# a label in brackets before a headline: a fact-check's verdict ("[HOAKS]", "[SALAH]", "[FALSE]")
# or a section's ("[VIDEO]")
_BRACKET_LABEL = re.compile(r"^[\[【]([^\]】\n]{1,30})[\]】][ \u00a0]*")


def headline_shaped(line: str, settings: Settings = DEFAULT) -> bool:
    """``min_title_words`` to ``max_title_words`` words (3 to 30), opening with a capital, a digit
    or a quote, ending without a full stop (a question or an exclamation may end it), and not a
    "Key: value" row."""
    s = _BRACKET_LABEL.sub("", line.strip(_SPACES), count=1)  # "[HOAKS] Video ...": the label is no word of it
    n = len(content_words(s))
    if not s or not settings.min_title_words <= n <= settings.max_title_words:
        return False
    if (re.search(r"[.;,:|…]\s*$", s) and not _ends_with_abbreviation(s)) or not (
            s[0].isupper() or s[0].isdigit() or s[0] in "\"'“‘"):
        return False
    if _LIST_ITEM.match(s) or _URL.match(s) or _DOMAIN_LINE.match(s):
        return False
    return not (n <= 4 and _KEY_VALUE.match(s))


def _ends_with_abbreviation(s: str) -> bool:
    """Does the line end with an abbreviation's full stop ("... firms pledge $11.4 bil."), not a
    sentence's? Its word is one of a language's abbreviations (data/<code>/abbreviations.txt)."""
    m = re.search(r"(\w+)\.\s*$", s)
    return m is not None and any(m.group(1).casefold() in language(c).abbreviations for c in LANGUAGES)


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", _TAG.sub(" ", s).casefold()))


# ------------------------------------------------------------------ photo captions and credits


@lru_cache(maxsize=None)
def _credit_patterns() -> tuple[re.Pattern, re.Pattern]:
    pw = page_words()
    # "Foto: X", "Foto/X", "ANTARA FOTO/X", "Image: X", "(AP Photo/X)": a label, then ':' or '/'
    # (the labels as a tree of shared beginnings, the same matches: a flat list tried each
    # label at every character of a long line)
    # (a label that is an abbreviation needs no colon: "Dok. Biro Humas")
    label = re.compile(rf"(?i){trie_alternation(pw.photo_labels, ignorecase=True)}(?:[ \u00a0]*[:/]|(?<=\.)[ \u00a0]+(?=[A-Z]))")
    position = re.compile(rf"(?i)\((?:{alternation(pw.positions)})\)")
    return label, position


_WORD_RUN = re.compile(r"\S+")  # a word as str.split() cuts it


def _at_most_words(line: str, start: int, end: int, most: int) -> bool:
    """Does ``line[start:end]`` hold at most ``most`` words? Reads no further than the word after them."""
    return _words_at_least(max(most + 1, 0)).match(line, start, end) is None


@lru_cache(maxsize=None)
def _words_at_least(n: int) -> re.Pattern:
    """``n`` words (runs of ``_WORD_RUN``) from where the match starts, read in C: the sentence
    starts of a long line each counted the words after them one match at a time. Possessive,
    so a word is never read as two."""
    return re.compile(rf"(?:\s*+\S++){{{n}}}")


def _credit_words_ok(rest: str, settings: Settings = DEFAULT) -> bool:
    """Does ``rest`` read as a photo credit: names, agencies and their slashes, no sentence words
    ("Maxim Y/Summit Host Photo Agency via REUTERS", "Sputnik/Oleg Smirnov/Pool via REUTERS")?"""
    words = rest.split()
    slashed = any("/" in w and re.search(r"[^\W\d_]", w) for w in words)  # "Sputnik/Pool", not "2/10/2022"
    # a slash set apart between names ("Rafael TUN / AFP")
    slashed = slashed or any(w == "/" and 0 < k < len(words) - 1 for k, w in enumerate(words))
    via = page_words().photo_via
    if not words or len(words) > settings.max_credit_words or not (slashed or any(w.casefold() in via for w in words)):
        return False
    for w in words:
        bare = w.strip(".,:;()")
        if not bare:
            continue
        if (bare[0].isupper() or bare[0].isdigit() or "/" in bare or bare.casefold() in page_words().photo_connectors
                or bare.casefold() in page_words().photo_via):
            continue
        return False
    return True


def _paren_credit(inner: str) -> bool:
    """A credit in parentheses: "(Xinhua/Li Wei)", "(AP Photo/X, File)", "(Foto: X)", "(Istimewa)",
    "(dok.arabnews)", "((Antara))"; the editors' initials "(ams/apl)" are not one."""
    s = inner.strip(_SPACES)
    low = s.casefold()
    if not s:
        return False
    if low in page_words().photo_words or low.rstrip(".") in page_words().photo_words:
        return True
    if _credit_patterns()[0].match(s) or re.split(r"[.\s]", low, maxsplit=1)[0] in page_words().photo_words:
        return True  # "(Foto: X)", "(dok.arabnews)", "(Dok. Humas)"
    agency, colon, who = s.partition(":")
    if colon and who.strip(_SPACES)[:1].isupper():
        e = registry().lookup(agency.strip(_SPACES))
        if e is not None and e.type in ("wire", "outlet"):
            return True  # "(Reuters: Willy Kurniadi)": the agency, then its photographer
    return "/" in s and any(c.isupper() for c in s)


@dataclass
class CaptionParts:
    """A caption line's parts, as offsets within the line."""

    start: int  # where the caption text starts (after markup or a kicker)
    end: int  # where it ends
    credit_start: int  # where the credit starts (== len(line) when there is none)
    credit: str
    why: str


def caption_parts(line: str, as_caption: bool = False, settings: Settings = DEFAULT) -> CaptionParts | None:
    """A photo caption: its text and its credit ("... 19 Juni 2024. KCNA via REUTERS",
    "...Image: Ivan Petrov/Pool/Sputnik/REUTERS", "... (Xinhua/Li Wei)", "... ((Antara))"),
    or a caption printed twice. None when the line has no credit and is not doubled, unless
    ``as_caption`` (the line is known to be a caption): then a source in parentheses at its end
    ("... <em>(Antara)</em>") is its credit, and markup around it is cut off."""
    end = len(line)
    while True:  # trailing markup: "... <em>(Antara)</em></p>"
        m = re.search(r"<[^<>\n]{1,60}>\s*$", line[:end])
        if not m:
            break
        end = m.start()
    m = _link_labels().search(line, 0, end)
    links = len(line)
    if m:
        end = links = m.start()  # "... REUTERS/Jane Roe Purchase Licensing Rights, opens new tab": links, no credit
    start = 0
    m = re.match(r"(?:<[^<>\n]{1,60}>\s*)+(?:[A-Z][A-Z .'-]{1,40}\.\s*(?:<[^<>\n]{1,60}>\s*)*)?", line)
    if m:
        start = m.end()  # "<p><strong>HOLY MASS.</strong> "
    m = _gallery_counter().match(line, start)
    if m:
        start = m.end()  # "Item 1 of 2 Students protest ...": the gallery's counter is no caption's word
    credit_at = _credit_start(line, start, end, settings)
    if credit_at is None and as_caption:
        m = re.search(r"(?:<[^<>\n]{1,60}>)?\((?P<inner>[^()\n]{2,40})\)\s*$", line[:end])
        if m and m.start() > start and registry().lookup(m.group("inner")) is not None:
            credit_at = m.start(), f"photo credit {line[m.start():end].strip()!r}"
    body_end = credit_at[0] if credit_at else end
    stripped_end = start + len(line[start:body_end].rstrip(_SPACES))
    half = _doubled(line[start:stripped_end])
    if credit_at is None:
        if half:
            return CaptionParts(start, start + half, len(line), "", "caption printed twice")
        if as_caption:
            return CaptionParts(start, stripped_end, len(line), "", "")
        return None
    cs, why = credit_at
    credit = line[cs:links].strip(_SPACES)
    if half:
        return CaptionParts(start, start + half, cs, credit, why + "; caption printed twice")
    return CaptionParts(start, stripped_end, cs, credit, why)


class MatchesAt:
    """Does ``regex.match(text, pos, end)`` find a match, asked at places in increasing order:
    the regex is searched for from a place, and the first place it matches at is kept until
    the questions pass it (whether a regex matches at a place does not depend on where the
    search began: lookbehinds read the text before it, and ``^`` matches at the text's
    start alone). A line of many sentences tried a label at each one's start."""

    def __init__(self, regex: re.Pattern, text: str, end: int):
        self.regex, self.text, self.end = regex, text, end
        self.next = -1  # the first place at or after the last one asked where it matches

    def at(self, pos: int) -> bool:
        if self.next < pos:
            m = self.regex.search(self.text, pos, self.end)
            self.next = m.start() if m else self.end + 1
        return self.next == pos


@lru_cache(maxsize=None)
def _gallery_counter() -> re.Pattern:
    """A gallery's counter before a caption: "Item 1 of 2 ", "Foto 1 dari 5 ", "[1/2] "."""
    pw = page_words()
    return re.compile(rf"(?i)(?:(?:{alternation(pw.photo_counters)})[ \u00a0]+\d{{1,3}}[ \u00a0]+"
                      rf"(?:{alternation(pw.photo_counter_of)})[ \u00a0]+\d{{1,3}}|\[\d{{1,3}}/\d{{1,3}}\])[ \u00a0]+")


@lru_cache(maxsize=None)
def _link_labels() -> re.Pattern:
    """The links' labels that end a scraped caption line, from the first to the line's end."""
    label = alternation(page_words().photo_link_labels)
    return re.compile(rf"(?i)[ \u00a0]*(?:{label})(?:[ \u00a0,.]*(?:{label}))*[ \u00a0,.]*$")


def _credit_start(line: str, start: int, end: int, settings: Settings = DEFAULT) -> tuple[int, str] | None:
    """Where the photo credit starts, and why: the earliest place after which the rest of the
    line is a credit."""
    label = _credit_patterns()[0]
    m = _OLD_CREDIT.search(line, start, end)
    if m:
        return m.start(), f"photo credit {m.group(0).strip()!r}"
    # a credit in parentheses at the end, markup around it allowed
    m = re.search(r"(?:<[^<>\n]{1,60}>)?\((?P<inner>[^()\n]{1,80})\)\s*$", line[:end])
    paren = m.start() if m and m.start() >= start and _paren_credit(m.group("inner")) else None
    # where a credit may start: the line's start, after a sentence, or glued to a word ("othersImage:")
    starts = {k: False for k in [start] + [k.end() for k in re.finditer(r"[.!?”\"')][ \u00a0]+", line[:end])
                                          if k.end() > start]}
    for k in re.finditer(r"[a-z0-9][A-Z]", line[:end]):  # a label glued to the caption: "othersImage:"
        starts.setdefault(k.start() + 1, True)
    # (each start reads the line from where it stands, not a copy of the rest of the line: on
    # a long line of sentences the copies grew with the square of its length)
    labelled = MatchesAt(label, line, end)
    for s, glued in sorted(starts.items()):
        if paren is not None and s >= paren:
            break
        if labelled.at(s) and (s == start or line[s].isupper()):
            return s, f"photo credit {line[s:end].strip()[:40]!r}"
        if not glued and line[s:min(s + 1, end)].isupper() and _at_most_words(line, s, end, settings.max_credit_words) \
                and _credit_words_ok(line[s:end], settings):
            return s, f"photo credit {line[s:end].strip()[:40]!r}"
    if paren is not None:
        return paren, f"photo credit {line[paren:end].strip()!r}"
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


def _caption_claim(text: str, settings: Settings = DEFAULT) -> bool:
    """Does a caption's text say something checkable? A sentence does; a name or a label
    ("Rahmat Sujatmiko, Kepala Pusat Data BNPB", "ilustrasi Gempa") does not."""
    low = text.strip(_SPACES).casefold()
    if any(low.startswith(w) for w in page_words().illustration):
        return False
    words = content_words(text)
    if len(words) < settings.min_caption_words:
        return False
    lower = [w for w in words[1:] if w[0].islower() and len(w) >= 4]
    return ends_like_sentence(text) or titlecase_share(text) < settings.max_titlecase_prose or len(lower) >= 2


def _ends_with_date(line: str) -> bool:
    """Does a sentence end with a date, as photo captions do ("... in Port Alder, Canada May 12, 2025.")?"""
    s = line.rstrip(_SPACES + ".")
    found = pagemeta.full_dates(s, max(0, len(s) - 40), len(s))
    return bool(found) and found[-1].end >= len(s) - 1


def _has_position(line: str) -> bool:
    return bool(_credit_patterns()[1].search(line))


# ------------------------------------------------------------------ bylines


@lru_cache(maxsize=None)
def _byline_opener() -> re.Pattern:
    return re.compile(rf"(?i)^(?:{alternation(page_words().byline_openers)})[ \u00a0]*:?[ \u00a0]+(?=\S)")


@lru_cache(maxsize=None)
def _names() -> tuple[re.Pattern, re.Pattern]:
    """Names as bylines list them ("Jane Roe, John Smith and Ana de Souza"), and what joins them."""
    pw = page_words()
    name = rf"[A-Z][\w.'’-]*(?:[ \u00a0]+(?:[A-Z][\w.'’-]*|(?:{alternation(pw.name_particles)})(?!\w)))*"
    # "and" with or without the serial comma before it ("Jane Roe, John Smith, and Ana Lee")
    joiner = rf"(?:(?:,[ \u00a0]*)?(?<!\w)(?:{alternation(pw.name_joiners)})(?!\w)|,)"
    return re.compile(rf"^{name}(?:[ \u00a0]*{joiner}[ \u00a0]*{name})*[ \u00a0]*$"), re.compile(joiner)




# names, then the outlet after a dash or a bar, or in brackets: "Rina Kusuma - detikJateng",
# "News Desk (The Jakarta Post)"
_NAMES_THEN_OUTLET = re.compile(r"^(?P<names>[^()\-–—|,]+?)[ \u00a0]*(?:[-–—|,][ \u00a0]*(?P<after>[^()\-–—|,]+)"
                                r"|\((?P<inside>[^()]+)\))$")


def _names_then_outlet(s: str, settings: Settings) -> tuple[str, list[str]] | None:
    """A byline with no opening word: names, then the outlet or wire they write for, which the
    registry must know ("Rina Kusuma - detikJateng", "Rina Kusuma, CNBC Indonesia", "News Desk (The
    Jakarta Post)"). A known
    outlet is what tells this line from a headline with a dash in it."""
    m = _NAMES_THEN_OUTLET.match(s)
    if not m:
        return None
    after = (m.group("after") or m.group("inside") or "").strip(_SPACES)
    e = registry().lookup(after)
    if e is not None and e.type in ("outlet", "wire"):
        outlet = e.name
    elif _DOMAIN_LINE.match(after) or _newsroom_name(after):
        outlet = after  # a site the registry does not know, by its address or its name's shape
    else:
        return None
    names = m.group("names").strip(_SPACES)
    if names.casefold() in page_words().desks:
        return outlet, [names]
    found = _byline_names(names, settings)
    return (outlet, found) if found else None


def _newsroom_name(s: str) -> bool:
    """A newsroom's name by its shape: a few capitalised (or camel-case) words, the last ending in
    a word news outlets name themselves with (data/outlets.toml ``newsroom_name_ends``: "Kabar Kota
    News", "detakNews", "Harian Hilir TV")."""
    words = s.split()
    if len(words) == 1 and _CAMEL_BRAND.fullmatch(s):
        return True  # "detikJateng", "kumparanNEWS": a brand's shape, no word's nor name's
    return (0 < len(words) <= 4 and all(w[:1].isupper() or w[:1].islower() and any(c.isupper() for c in w)
                                       for w in words)
            and words[-1].casefold().endswith(newsroom_name_ends()))


# one word in lower case, then capitals inside it: how news sites brand themselves
_CAMEL_BRAND = re.compile(r"[a-z]{3,}[A-Z][A-Za-z]*")


@lru_cache(maxsize=None)
def _name_role_regex() -> re.Pattern:
    roles = alternation(page_words().byline_roles, r"[ \u00a0]+")
    name = r"[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,3}"
    return re.compile(rf"(?P<name>{name})[ \u00a0]*,[ \u00a0]*(?i:{roles})(?:[ \u00a0]*,[ \u00a0]*{name})?[ \u00a0]*")


def _name_then_role(s: str) -> tuple[str, list[str]] | None:
    """A byline of a name, then the writer's role and the town they write from ("Andi Syahrul,
    Contributor, Makassar")."""
    m = _name_role_regex().fullmatch(s) if page_words().byline_roles else None
    return ("", [m.group("name")]) if m else None


def _names_for_site(line: str, sites: set[str], settings: Settings) -> list[str]:
    """The names of a byline that names its site after them (``_NAMES_THEN_OUTLET``), when that
    site is one of ``sites`` (case-folded); [] otherwise."""
    m = _NAMES_THEN_OUTLET.match(line.strip(_SPACES)) if sites else None
    if m is None or (m.group("after") or m.group("inside") or "").strip(_SPACES).casefold() not in sites:
        return []
    return _byline_names(m.group("names").strip(_SPACES), settings)


def _desk_for_site(line: str, sites: set[str]) -> list[str]:
    """A desk's byline that names the page's own site ("Tim NusaTV News", "Tim DetikRaya -
    detikRaya", "Redaksi Kabar Kota"): [the desk as written], where the masthead names the site
    (``sites``, case-folded); [] otherwise."""
    s = line.strip(_SPACES)
    first, _, rest = s.partition(" ")
    if not sites or first.casefold() not in page_words().desks or not rest:
        return []
    m = _NAMES_THEN_OUTLET.match(s)
    named = [rest] + ([m.group("after") or m.group("inside") or ""] if m else [])
    squeeze = lambda n: re.sub(r"\W+", "", n.casefold())  # noqa: E731  ("Kabar Kota" / "KABARKOTA")
    names = {squeeze(n) for n in named if n} | {squeeze(n.split(" - ")[0]) for n in named if n}
    return [s] if names & {squeeze(x) for x in sites} else []


def _byline_names(names: str, settings: Settings) -> list[str]:
    """The people a byline's names part lists ("Jane Roe, John Smith and Ana Lee", degrees left
    out); [] when it is no list of names. A page title with the site's name after it ("Gempa
    Guncang Cianjur - Reuters") is none: its words are the language's own, where a byline's are
    names."""
    if not _names()[0].match(names):
        return []
    found = _without_degrees([n.strip(_SPACES) for n in _names()[1].split(names) if n and n.strip(_SPACES)])
    if any(len(n.split()) > settings.max_byline_name_words or any(_common_word(w) for w in n.split()) for n in found):
        return []
    return found


def _site_then_desk(s: str) -> tuple[str, list[str]] | None:
    """A site's name then its desk, maybe opened by "By" and joined to a wire ("By SEA Current
    staff", "Ledger Staff, with Meridian"): (the site as written, [the desk])."""
    m = _site_desk_regex().match(s)
    if m is None:
        return None
    desks = page_words().desks
    # "Tim Redaksi" is a desk's name whole, not the site "Tim" and its desk
    if s.casefold() in desks or any(d.split()[0] == m.group("site").casefold() for d in desks):
        return None
    return m.group("site"), [m.group("desk")]


@lru_cache(maxsize=None)
def _site_desk_regex() -> re.Pattern:
    pw = page_words()
    joiners = alternation(pw.desk_joiners)
    return re.compile(rf"^(?:(?i:{alternation(pw.byline_openers)})[ \u00a0:]+)?"
                      rf"(?P<site>[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){{0,3}}?)[ \u00a0]+"
                      rf"(?P<desk>(?i:{alternation(pw.desks)}))"
                      rf"(?:,?[ \u00a0]+(?i:{joiners})[ \u00a0]+[A-Z][\w.'’ -]{{1,40}})?$")


def _desk_then_site(s: str) -> tuple[str, list[str]] | None:
    """A desk's byline with the site's name after it and nothing between ("Tim Redaksi WartaKu",
    "Staff Hilir Post"): (the site, as written, [the desk]); the site's name is one to three
    capitalised words."""
    m = _desk_site_regex().match(s)
    return (m.group("site"), [m.group("desk")]) if m else None


@lru_cache(maxsize=None)
def _desk_site_regex() -> re.Pattern:
    # desks of two words or more: "Tim" alone opens a body's name too ("Tim SAR Gabungan Temukan ...")
    desks = alternation(d for d in page_words().desks if " " in d)
    return re.compile(rf"^(?P<desk>(?i:{desks}))[ \u00a0]+(?P<site>[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){{0,2}})$")


@lru_cache(maxsize=65536)
def _common_word(word: str) -> bool:
    """A word some language uses as a common word: a stop or function word, or a word of the
    paraphrase lexicon, as written or by its stem ("gempa", "price", "meets"); names are none of these."""
    f = word.casefold().strip(".,'’")
    return f in lexicon().concept or any(
        f in language(c).stopwords or f in language(c).function_words or stem(f, c) in lexicon().concept
        for c in LANGUAGES)


def _without_degrees(names: list[str]) -> list[str]:
    """The names of a byline less the academic degrees after a comma ("Rina Kusuma, M.T.", "Jane
    Roe, PhD"): a degree is the name's, not another author."""
    degrees = page_words().name_suffixes
    return [n for n in names if n.casefold().replace(" ", "") not in degrees]


def read_byline(line: str, bare_names: bool = True, settings: Settings = DEFAULT) -> tuple[str, list[str]] | None:
    """A byline: (outlet or wire it names, authors). "By Kenji Sato and Yuki Tanaka",
    "Oleh: Budi Santoso", "By Reuters", "Laporan Wartawan Tribunnews.com Rina Kusuma",
    "Rina Kusuma - detikJateng"; also with the story's stamp after it ("By Jane Roe | May 17,
    2026", "Rina Kusuma - Selasa, 10 Maret 2026 | 08:30 WIB", "AFP | Published March 14, 2025").
    ``bare_names``: names alone before a stamp are a byline too; below a story they head a
    reader's comment as often ("Budi S. - 27/11/2025 23:58")."""
    return _read_byline(line, settings) or _byline_before_stamp(line.strip(_SPACES), settings, bare_names)


_STAMP_TAIL_WORDS = 4  # what a stamp ending a byline's line may have after it

# a separator between a byline's parts and the stamp after them: a bar, a dot, a slash or a dash
# with spaces around it
_BYLINE_PARTS = re.compile(r"[ \u00a0]+[|·•/–—-][ \u00a0]+")


def _byline_before_stamp(s: str, settings: Settings, bare_names: bool = True) -> tuple[str, list[str]] | None:
    """A byline the story's stamp follows on its line: what stands before the stamp, read as a
    byline, or as the names or the wire alone that a stamp after them makes a byline ("Rina
    Kusuma - Selasa, 10 Maret 2026", "AFP | Published ..."); the town written between the
    two is left out ("Rina Kusuma | Padang / Mon, February 9, 2026")."""
    stamp = min(((st.start, st.end) for code in LANGUAGES for st in find_stamps(s, 0, len(s), code, whole_line=True)),
                default=None)
    # the stamp closes the line, but for a few words ("| Updated 13:20", "| 4 min read"): a
    # story's lead has a date too ("JAYAPURA, KABAR.ID - ... pada Senin (10/2/2025) pukul 08.15 WIT ...")
    if not stamp or not stamp[0] or len(s[stamp[1]:].split()) > _STAMP_TAIL_WORDS:
        return None
    at = stamp[0]
    parts = [p.strip(_SPACES + ",") for p in _BYLINE_PARTS.split(s[:at].rstrip(_SPACES + "|·•/–—-,"))]
    # the stamp's label, a weekday the date reader left out ("Posted Fri, August 15") and the
    # town written between the byline and its stamp
    while parts:
        last, was = parts[-1], None
        while last != was:
            was = last
            words = _stamp_labels().sub("", last).strip(_SPACES + ",").split()
            while words and _weekday(words[-1]):
                words.pop()
            last = " ".join(words)
        if last and not _town(last):
            parts[-1] = last
            break
        parts.pop()
    if len(parts) != 1:
        return None  # nothing before the stamp but a town ("Jakarta - Senin, 6 Februari 2023")
    head = parts[0]
    by = _read_byline(head, settings)
    if by is not None:
        return by
    e = registry().lookup(head)
    if e is not None and e.type in ("outlet", "wire"):
        return e.name, []
    if _DOMAIN_LINE.match(head):
        return head, []  # the site's address ("Kabarkota.com - 2 Juni 2025, 14:02 WIB")
    names = _byline_names(head, settings) if bare_names else []
    return ("", names) if names else None


def _town(piece: str) -> bool:
    """A place's name: one the gazetteer knows, or one a place word heads ("Tanjung Seruni")."""
    first = piece.split()[0].casefold() if piece.split() else ""
    return bool(pagemeta.place_name(piece)) or first in place_words()


def _weekday(word: str) -> bool:
    """A weekday's name, whole or cut short as stamps print it ("Selasa", "Mon", "Wed.")."""
    w = word.strip(_SPACES + ".,").casefold()
    return len(w) >= 3 and any(d == w or (len(w) == 3 and d.startswith(w))
                               for c in LANGUAGES for d in language(c).weekdays)


@lru_cache(maxsize=None)
def _stamp_labels() -> re.Pattern:
    """The label a stamp opens with, at the end of what stands before its date ("Published",
    "Diperbarui")."""
    words = [*page_words().published_labels, *page_words().updated_labels]
    return re.compile(rf"(?i:(?<!\w)(?:{alternation(words)}))[ \u00a0:]*$") if words else re.compile(r"(?!)")


def _read_byline(line: str, settings: Settings) -> tuple[str, list[str]] | None:
    s = line.strip(_SPACES)
    site_desk = _site_then_desk(s)
    if site_desk is not None:
        return site_desk
    m = _byline_opener().match(s)
    if not m:
        return _names_then_outlet(s, settings) or _desk_then_site(s) or _name_then_role(s)
    # (a row of roles after the names: "Oleh: Maria Lalang | Editor: Stefanus Hadi")
    rest = s[m.end():]
    head, bar, tail = rest.partition("|")
    if bar and ":" in tail:
        rest = head.strip(_SPACES)
    outlet = ""
    first = rest.split()[0] if rest.split() else ""
    e = registry().lookup(rest) or (registry().lookup(first) if first else None)
    if e is not None and e.type in ("outlet", "wire"):
        outlet = e.name
        rest = "" if registry().lookup(rest) else rest[len(first):].strip(_SPACES)
        if registry().lookup(rest.strip(_SPACES + "-–—|,")) is e:
            rest = ""  # the wire's name spelt out after it: "By AFP - Agence France Presse"
    elif _DOMAIN_LINE.match(first):
        outlet, rest = first, rest[len(first):].strip(_SPACES)
    if not outlet:
        # the outlet after the names: "By Jane Roe Associated Press", "Oleh Budi Santoso - Antara"
        words = rest.split()
        for k in range(min(4, len(words) - 1), 0, -1):
            e = registry().lookup(" ".join(words[-k:]))
            if e is not None and e.type in ("outlet", "wire"):
                outlet, rest = e.name, " ".join(words[:-k]).strip(_SPACES + ",-–—|")
                break
    rest = _without_contributors_town(rest)
    if rest and not _names()[0].match(rest):
        return None
    if len(content_words(rest)) > 12:
        return None
    names = _without_degrees([n.strip(_SPACES) for n in _names()[1].split(rest) if n and n.strip(_SPACES)])
    # the town a contributor writes from, before the name ("Kontributor Semarang, Aditya Nugraha")
    names = [n for n in names if not pagemeta.place_name(n)] or names
    if not outlet and not names:
        return None
    return outlet, names


def _without_contributors_town(rest: str) -> str:
    """The names of a byline with a contributor joined as wires write it, and the town they write
    from, read as names alone: "Jane Roe, with John Doe in London" -> "Jane Roe, John Doe"."""
    town, joiner = _contributor_patterns()
    m = town.search(rest)
    if m and _town(m.group("town")):
        rest = rest[:m.start()]
    return joiner.sub(", ", rest)


@lru_cache(maxsize=None)
def _contributor_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(the town a byline's writers file from at its end: " in London", " di Jakarta"; the word
    joining a contributor: ", with", " dengan"), in every language."""
    locatives = {w for c in LANGUAGES for w in language(c).locatives}
    town = re.compile(rf"(?i:[ \u00a0]+(?:{alternation(locatives)}))"
                      r"[ \u00a0]+(?P<town>[A-Z][\w'-]*(?:[ \u00a0]+[A-Z][\w'-]*){0,2})$")
    joiner = re.compile(rf"(?i:,?[ \u00a0]+(?:{alternation(page_words().desk_joiners)})[ \u00a0]+)(?=[A-Z])")
    return town, joiner


# ------------------------------------------------------------------ one line on its own


@lru_cache(maxsize=None)
def _time_line() -> re.Pattern:
    """A clock time on a line ("10:42", "13.25"): not a figure with its unit after it ("picks up
    to 2.14% on food prices", "2,5 persen"), in any language: a headline of figures is no
    time line."""
    units = sorted({u for code in LANGUAGES for u in slot_words(code).units}, key=len, reverse=True)
    return re.compile(rf"\b\d{{1,2}}[:.]\d{{2}}\b(?!\s*(?:{alternation(units)})(?!\w))", re.IGNORECASE)


def _classify(line: str, settings: Settings = DEFAULT) -> tuple[str, str]:
    stripped = line.strip(_SPACES)
    if _URL.match(stripped) or _DOMAIN_LINE.match(stripped):
        return "meta", "web address"
    links = sum(len(m.group(0)) for m in _LINK.finditer(stripped))
    if links and links * 2 >= len(stripped):
        return "furniture", "a link"
    why = is_furniture_line(line, settings)
    if why and re.match(rf"^\(?\s*(?:{alternation(page_words().source_labels)})\s*:?", stripped, re.I):
        return "credit", "source credit line"
    if labelled_caption(line, settings) is not None:
        return "caption", "a caption after its photo label"
    if why:
        return "furniture", why
    if is_promotion(line, settings):
        return "furniture", "promotion"
    if is_contributor_line(line):
        return "furniture", "contributors' line"
    if read_byline(line, settings=settings):
        return "furniture", "byline"
    if re.match(rf"^\(?\s*(?:{alternation(page_words().source_labels)})\s*:?\s*[^\s]", stripped, re.I) \
            and len(content_words(stripped)) <= 12:
        return "credit", "source credit line"
    if re.fullmatch(r"\(\s*[A-Z][\w .&-]{1,40}\)", stripped) and registry().lookup(stripped.strip("() ")):
        return "credit", "source credit line"
    signed = re.fullmatch(r"[-–—]+[ \u00a0]*([A-Z][\w .&-]{1,40})", stripped)
    if signed and (e := registry().lookup(signed.group(1))) is not None and e.type in ("wire", "outlet"):
        return "credit", "source credit line"  # a wire's sign-off under the story: "- AFP", "— Reuters"
    cap = caption_parts(line, settings=settings)
    if cap is not None and _INITIALS.search(line) is None and _desk_initials(line, 0, len(line)) is None:
        text = line[cap.start:cap.end]
        if not text.strip(_SPACES):
            return "furniture", "photo credit"
        if _caption_claim(text, settings) or cap.credit == "":
            return "caption", cap.why
        return "furniture", "photo label with its credit"
    if _LIST_ITEM.match(line) and not is_prose(_LIST_ITEM.sub("", line), settings):
        return "furniture", "link list item"
    if is_prose(_without_tag(line), settings):
        return "body", "prose"
    if _time_line().search(line) and len(content_words(line)) <= 12:
        return "furniture", "date or time line"
    if titlecase_share(line) >= settings.max_titlecase_prose:
        return "furniture", "Title Case line (a headline of another story)"
    return "furniture", "short line without sentence punctuation"


# ------------------------------------------------------------------ the page


@dataclass
class _Line:
    start: int
    end: int
    text: str
    label: str
    why: str
    attrs: dict = field(default_factory=dict)
    parts: list = field(default_factory=list)  # (start, end, label, attrs) replacing the whole line


def clean(article: Article, settings: Settings = DEFAULT) -> None:
    """Label every line; adds the ``blocks`` and ``datelines`` layers."""
    text = article.text
    code = pagemeta.detect_language(text)[0]
    lines = [_Line(s, e, text[s:e], *_classify(text[s:e], settings)) for s, e in lines_with_offsets(text)]
    _cut_short(lines, text, settings)
    _broken_lines(lines, settings)
    lead, dateline, dateline_line = _find_lead(lines, text, settings)
    last_body = max((i for i, ln in enumerate(lines) if ln.label == "body"), default=-1)
    for i, ln in enumerate(lines):
        ln.attrs["zone"] = "header" if i < lead else "footer" if i > last_body and i > lead else "body"
    _link_lists(lines, lead, code, settings)
    _repeated_paragraphs(lines)
    _list_items(lines, lead, settings)
    _embedded_posts(lines)
    title = _header(lines, lead, code, settings)
    _body(lines, lead, code, settings)
    _bylines(lines, settings)
    _author_notes(lines, lead)
    _mastheads(lines, lead, title, code, settings)
    datelines = []
    if dateline is not None:
        ln = lines[dateline_line]
        end = ln.start + dateline["body_start"]
        datelines.append(Span(ln.start, end, "dateline", {"outlet": dateline["outlet"], "place": dateline["place"],
                                                          "known": dateline["known"]}))
        if dateline["standalone"]:
            ln.label, ln.why = "meta", "dateline on a line of its own"
    article.add("blocks", _blocks(lines, text, settings, code))
    article.add("datelines", datelines)


# a paragraph given twice this long is a copy, not a refrain ("Hingga kini", "Semoga bermanfaat")
_REPEAT_MIN_WORDS = 6


def _repeated_paragraphs(lines: list[_Line]) -> None:
    """A paragraph the page has given already, word for word, is no new text: a story scraped
    twice (the page, then the page again under its own menu), or a paragraph a template prints
    twice. Its claims would be the first copy's again, matched with each other."""
    seen = set()
    for ln in lines:
        if ln.label != "body":
            continue
        key = _norm(ln.text)
        if len(key.split()) < _REPEAT_MIN_WORDS:
            continue
        if key in seen:
            ln.label, ln.why = "furniture", "a paragraph the page gave already (scraped twice)"
        seen.add(key)


def _cut_short(lines: list[_Line], text: str, settings: Settings) -> None:
    """The page's last line, when the scrape stopped inside it (no line break at the end), is a
    paragraph cut short if it reads as a sentence's start: lowercase words, function words."""
    if not lines or text.endswith(("\n", "\r")):
        return
    ln = lines[-1]
    if ln.label != "furniture" or ln.why not in ("short line without sentence punctuation",
                                                 "Title Case line (a headline of another story)"):
        return
    if len(content_words(ln.text)) >= settings.min_body_words and _reads_as_sentence(ln.text, settings):
        ln.label, ln.why = "body", "a paragraph the scrape cut short"


def _reads_as_sentence(line: str, settings: Settings) -> bool:
    """Lowercase words or function words: the start of a sentence, not a headline or a label."""
    return (titlecase_share(line) < settings.max_titlecase_prose
            or sum(pagemeta.function_word_counts(line).values()) >= settings.min_function_words - 1)


def _broken_lines(lines: list[_Line], settings: Settings) -> None:
    """A paragraph broken across lines by the scrape: a line that reads as a sentence, without
    an end, followed by a prose line that goes on: in lowercase ("... yang tanpa" / "lelah ..."),
    or after a word no sentence ends with ("... di Desa Sukamaju, Kabupaten" / "Garut, putus ...").
    Read from the last line up, so a paragraph broken over three lines is read whole, with its
    short last piece ("... di tepi" / "sungai."). Each line stays a block of its own: joined into one
    paragraph (tried), the pieces changed which claims two undated reports of the dev corpus share,
    which the events stage reads, and split an event of its small folders."""
    for i in range(len(lines) - 2, -1, -1):
        ln, nxt = lines[i], lines[i + 1]
        short = ln.label == "furniture" and ln.why == "short line without sentence punctuation"
        if not (short or ln.label == "body") or ends_like_sentence(ln.text):
            continue
        sentence = len(content_words(ln.text)) >= settings.min_body_words and _reads_as_sentence(ln.text, settings)
        lead_in = ln.text.rstrip(_SPACES).endswith(":")
        if lead_in or _text_list_item(nxt.text):
            # a list's lead-in and its items are lines of their own ("rinciannya:" / "a. Di ..."): the
            # lead-in is text when a sentence opens it and an item follows
            if (short and sentence and nxt.label == "body" and not _text_list_item(ln.text)
                    and (lead_in or nxt.text[:1].islower())):
                ln.label, ln.why = "body", "a list's lead-in"
            continue
        if not sentence or not (nxt.text[:1].islower() or _open_ending(ln.text)):
            continue
        if nxt.label == "furniture" and nxt.why == "short line without sentence punctuation" and nxt.text[:1].islower() \
                and ends_like_sentence(nxt.text):
            nxt.label, nxt.why = "body", "the end of a paragraph broken across lines"
        if nxt.label == "body" and short:
            ln.label, ln.why = "body", "a paragraph broken across lines"


_LETTERED_ITEM = re.compile(r"^\s*[a-z]\.\s+")  # "a. Di kota Asagiri, ..."


def _text_list_item(line: str) -> re.Match | None:
    """The mark opening an item of a list in running text ("- dua orang", "a. Di kota ..."), or None."""
    return _LIST_ITEM.match(line) or _LETTERED_ITEM.match(line)


def _open_ending(line: str) -> bool:
    """Does the line end on a word no sentence ends with: a function word, or a place's head
    ("Kabupaten", "Desa") whose name is still to come?"""
    m = re.search(r"([^\W\d_]+)[ \u00a0]*$", line)
    if m is None:
        return False
    w = m.group(1).casefold()
    # (a head in capitals, whose name must follow: "Kabupaten"; "river town" ends a headline)
    return any(w in language(c).stopwords for c in LANGUAGES) or (m.group(1)[0].isupper() and w in place_words())


# The signature under a social-media post embedded in a page, as a scrape keeps it: "— Dina Ayu
# (@dinaayu_) April 21, 2025" (X/Twitter); "A post shared by Dina Ayu (@dinaayu_)" (Instagram).
_POST_SIGNATURE = re.compile(r"^[ \u00a0]*(?:[—–-]{1,2}[ \u00a0]*|(?:a post shared by|sebuah kiriman dibagikan oleh)"
                             r"[ \u00a0]+)(?P<who>[^()\n@]{1,60}?)[ \u00a0]*\((?P<handle>@\w{1,30})\)[^\n]{0,40}$",
                             re.I)
# a post's picture or link at the end of its text ("... pic.twitter.com/abc123", "https://t.co/x")
_POST_LINK = re.compile(r"[ \u00a0]*(?:pic\.twitter\.com/\S+|https?://t\.co/\S+)[ \u00a0]*$")


def _embedded_posts(lines: list[_Line]) -> None:
    """A post embedded from a social network: its signature line is furniture, and the line above
    it is the post, said by the account ("post_by", for the speakers stage), less the picture's
    link at its end."""
    for i, ln in enumerate(lines):
        m = _POST_SIGNATURE.match(ln.text)
        if not m or i == 0:
            continue
        who = m.group("who").strip(_SPACES) or m.group("handle")
        ln.label, ln.why = "furniture", "an embedded post's signature"
        post = lines[i - 1]
        if post.label != "body":
            continue
        post.attrs["post_by"] = who
        link = _POST_LINK.search(post.text)
        if link and link.start() > 0:
            cut = post.start + link.start()
            post.parts = [(post.start, cut, "body", {"why": "an embedded post", "post_by": who}),
                          (cut, post.end, "furniture", {"why": "an embedded post's picture or link"})]


def _list_items(lines: list[_Line], lead: int, settings: Settings) -> None:
    """In the article's body, a list of facts ("a. Di kota Asagiri, 15 orang tewas", "- dua orang
    di kota Watukali") is text, not a link list: items that read as sentences, among paragraphs."""
    for i in range(lead + 1, len(lines)):
        ln = lines[i]
        if ln.label != "furniture" or ln.attrs.get("list") or ln.attrs.get("zone") != "body":
            continue
        m = _text_list_item(ln.text)
        if not m:
            continue
        item = ln.text[m.end():]
        prev = lines[i - 1]
        if (prev.label == "body" or prev.why == "an item of a list in the text") and \
                len(content_words(item)) >= settings.min_caption_words and \
                titlecase_share(item) < settings.max_titlecase_prose:
            ln.label, ln.why = "body", "an item of a list in the text"


def _find_lead(lines: list[_Line], text: str, settings: Settings) -> tuple[int, dict | None, int]:
    """(index of the lead paragraph, its dateline, the dateline's line). The first paragraph that
    opens with a dateline, when no more than a few sentences (captions, a subhead) stand above
    it; else the first paragraph that ends like a sentence; else the first prose line."""
    sentences = 0
    for i, ln in enumerate(lines[:settings.header_max_lines]):
        if ln.label not in ("body", "furniture", "credit"):
            continue
        if ln.label != "body" and len(content_words(ln.text)) > settings.max_dateline_line_words:
            continue
        dl = read_dateline(ln.text, text, ln.start)
        if dl is not None and dl["standalone"] and ln.label != "body":
            nxt = next((j for j in range(i + 1, min(len(lines), i + 3)) if lines[j].label == "body"), None)
            if nxt is not None:
                return nxt, dl, i
        elif dl is not None and ln.label == "body":
            return i, dl, i
        if ln.label == "body":
            sentences += 1
            if sentences > settings.max_header_sentences:
                break
    first_sentence = next((i for i, ln in enumerate(lines) if ln.label == "body" and (
        ends_like_sentence(ln.text) or ln.why == "a paragraph broken across lines")), None)
    if first_sentence is None:
        first_sentence = next((i for i, ln in enumerate(lines) if ln.label == "body"), len(lines))
    return first_sentence, None, -1


def _link_lists(lines: list[_Line], lead: int, code: str, settings: Settings) -> None:
    """Lines under a section header ("Berita Terkait", "Baca Juga") are a link list: above the
    lead the list ends at the next paragraph; below it at the page's end, or where the article
    goes on: two paragraphs of prose in a row (a "Read more:" line and its teaser title set in the
    middle of a story, the story's next paragraphs after them). A list's items are titles, or a
    title and a line of summary each, never two sentences' paragraphs running."""
    i = 0
    while i < len(lines):
        if is_section_header(lines[i].text):
            header = lines[i].text.strip(_SPACES)
            lines[i].label, lines[i].why = "furniture", "section header"
            if i < lead and _labels_the_headline(lines, i, code, settings):
                lines[i].why = "a label over the headline"
                i += 1
                continue
            lines[i].attrs["list"] = True
            j = i + 1
            while j < len(lines) and not (i < lead and lines[j].label == "body"):
                if i < lead and (j >= lead or _labels_the_headline(lines, j - 1, code, settings)):
                    break  # (the page's headline, its date stamp or byline under it, ends a menu's list)
                if i >= lead and _prose(lines, j, settings) and _prose(lines, j + 1, settings):
                    break
                lines[j].label, lines[j].why = "furniture", f"after section header {header!r}"
                lines[j].attrs["list"] = True
                j += 1
            i = j
        else:
            i += 1


def _labels_the_headline(lines: list[_Line], i: int, code: str, settings: Settings) -> bool:
    """Is the section header at ``i`` ("BREAKING NEWS", "Terkini") a label set over the page's
    headline: one headline-shaped line under it, then the story's date stamp or byline? A list
    of other stories has more titles under its header."""
    if i + 2 >= len(lines) or not headline_shaped(lines[i + 1].text, settings):
        return False
    nxt = lines[i + 2]
    return _stamp_line(nxt, code, settings) or bool(read_byline(nxt.text, settings=settings))


# a paragraph of the story's prose, not a list item: this many words at least, ending a sentence
_PROSE_MIN_WORDS = 12


def _prose(lines: list[_Line], j: int, settings: Settings) -> bool:
    """Is line ``j`` a paragraph of running prose (``_PROSE_MIN_WORDS`` words or more, ending a
    sentence, not headline-shaped, not read as furniture by the line rules)?"""
    if j >= len(lines) or lines[j].label != "body":
        return False
    s = lines[j].text.strip(_SPACES)
    return (len(s.split()) >= _PROSE_MIN_WORDS and ends_like_sentence(s) and not headline_shaped(s, settings)
            and not is_furniture_line(s, settings))


def _kicked_headline(line: str, settings: Settings) -> bool:
    """A headline behind a page-kind kicker and its colon ("VIDEO: Si Jago Merah Lalap Pasar ...",
    "FOTO: ..."): the kicker (``kickers``) is a line prefix of furniture, the headline after it is not."""
    return _kicker_end(line, settings) is not None


def _kicker_end(line: str, settings: Settings) -> int | None:
    """Where the headline starts after a page-kind kicker and its colon (``_kicked_headline``);
    None when the line has none."""
    m = re.match(r"[ \u00a0]*([^:]+):[ \u00a0]*", line)
    if m is None or m.group(1).strip(_SPACES).casefold() not in page_words().kickers:
        return None
    return m.end() if headline_shaped(line[m.end():].strip(_SPACES), settings) else None


def _is_candidate(ln: _Line, code: str, settings: Settings) -> bool:
    """Could the line be the headline?"""
    return (ln.label in ("furniture", "body") and not ln.attrs.get("list") and headline_shaped(ln.text, settings)
            and (not is_furniture_line(ln.text, settings) or _kicked_headline(ln.text, settings))
            and not is_promotion(ln.text, settings) and not read_byline(ln.text, settings=settings)
            and not role_row(ln.text, settings)
            and not other_language(ln.text, code) and not _masthead_name(ln.text)
            and not _stamp_line(ln, code, settings)
            and ln.why not in ("photo credit", "photo label with its credit", "date or time line"))


def _header(lines: list[_Line], lead: int, code: str, settings: Settings) -> int | None:
    """Headline, subheads, captions and stamps above the lead; returns the headline's index."""
    header = range(min(lead, len(lines)))
    _caption_pairs(lines, 0, min(lead, len(lines)), settings)
    cands = [i for i in header if _is_candidate(lines[i], code, settings)]
    # the page's first line, past the links that skip its chrome ("Skip to main content")
    top = next((i for i, ln in enumerate(lines)
                if not (ln.label == "furniture" and ln.why.startswith(_CHROME_PREFIX))), len(lines))
    slogan = False
    if top + 2 < len(lines) and lines[top].label in ("furniture", "body", "meta") and _tagline(lines, top, settings):
        # the site's slogan between its name and its menu ("Berita Terkini, Tajam dan Terpercaya")
        if cands and cands[0] == top + 1:
            cands.pop(0)
        elif len(cands) > 1 and cands[:2] == [top, top + 1]:
            del cands[1]
        lines[top + 1].label, lines[top + 1].why = "furniture", "the site's tagline"
        slogan = True
    if top < len(lines) and lines[top].label in ("furniture", "body") and _site_name_over_menu(lines, top, settings, slogan):
        # (a name of one or two words is no candidate headline, and is the masthead all the same)
        if cands and cands[0] == top:
            cands.pop(0)
        ln = lines[top]
        ln.label, ln.why = "furniture", "masthead"
        name = _site_name(ln.text)
        ln.attrs["masthead"] = name.title() if name.isupper() else name
    title = None
    for k, i in enumerate(cands):
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        words = len(content_words(lines[i].text))
        if (nxt == i + 1 and words <= settings.kicker_max_words
                and len(content_words(lines[nxt].text)) > words
                and titlecase_share(lines[nxt].text) >= settings.max_titlecase_prose):
            lines[i].label, lines[i].why = "furniture", "topic label above the headline"
            continue
        if (nxt is not None and nxt > i + 1 and lines[i + 1].label == "caption"
                and _norm(lines[i].text).split()[:3] == _norm(_caption_text(lines[i + 1], settings)).split()[:3]):
            lines[i].label, lines[i].why = "caption", "a photo's title above its caption"
            continue
        title = i
        break
    if title is not None:
        ln = lines[title]
        ln.label, ln.why = "title", "the first headline-shaped line"
        ln.attrs["role"] = "headline"
        _title_suffix(ln)
        _title_label(ln, settings)
    title_text = _norm(_title_text(lines[title])) if title is not None else ""
    for i in header:
        ln = lines[i]
        if i == title:
            continue
        if title_text and _copies(ln.text, title_text):
            ln.label, ln.why = "furniture", "the headline repeated"
            continue
        if _stamp_line(ln, code, settings):
            ln.label, ln.why = "meta", "date stamp"
            if title is not None and i < title and not _has_clock(ln.text, code, settings):
                ln.attrs["topbar"] = True  # the site's "today" bar, above the headline
                ln.why = "the date bar above the headline"
            continue
        if ln.label == "meta":
            continue
        if ln.label == "body":
            if title is None or i < title:
                ln.label, ln.why = "caption", "a sentence above the headline and the lead"
            elif _caption_signals(lines, i, settings):
                ln.label, ln.why = "caption", "a sentence under a photo credit or ending with the photo's date"
            else:
                ln.label, ln.why = "title", "a subhead under the headline"
                ln.attrs["role"] = "subhead"
        elif (ln.label == "furniture" and title is not None and i == title + 1 and _is_candidate(ln, code, settings)
              and lines[i].why not in ("topic label above the headline",)):
            ln.label, ln.why = "title", "a subhead under the headline"
            ln.attrs["role"] = "subhead"
    _caption_pairs(lines, 0, min(lead, len(lines)), settings)
    return title


def _site_name_over_menu(lines: list[_Line], i: int, settings: Settings, slogan: bool = False) -> bool:
    """Is line ``i``, the page's first (past skip links), the site's name over its menu ("THE
    STRAITS OBSERVER" / "Singapore | Asia | World")? Short, with the site's menu or breadcrumb
    right under it, or under its slogan (``slogan``: line ``i + 1`` is the site's tagline): a
    story's headline stands under the site's chrome, not over it."""
    under = i + 2 if slogan else i + 1
    return (under < len(lines) and _short_site_name(lines[i], settings) and _menu_line(lines[under].text, settings)
            and not _menu_items(lines[i].text))


_MENU_ITEMS = 3  # parts set apart by bars that make a line a menu: a site's name has a tagline at most


def _menu_items(line: str) -> bool:
    """Is the line a row of a menu's items ("World | Business | Markets | Legal"), not a site's
    name with its tagline ("Arena Bola | Berita Sepak Bola")? Its first item is no site's name."""
    return len(re.split(r"[ \u00a0]+[|•·][ \u00a0]+", line.strip(_SPACES))) >= _MENU_ITEMS


def _short_site_name(ln: _Line, settings: Settings) -> bool:
    """Is the line short enough for a site's name (a tagline after a bar left out)?"""
    return len(content_words(_site_name(ln.text))) <= settings.kicker_max_words


def _menu_line(line: str, settings: Settings) -> bool:
    """The site's menu or breadcrumb, with separators or as a row of section names."""
    return is_section_path(line, settings) or is_breadcrumb(line) or is_menu_row(line)


def _tagline(lines: list[_Line], i: int, settings: Settings) -> bool:
    """Is line ``i + 1`` the site's slogan, between its name (line ``i``, short) and its menu or
    breadcrumb (line ``i + 2``): a short line that is no sentence ("SELARASPOS.COM" / "Berita
    Terkini, Tajam dan Terpercaya" / "HOME | PERISTIWA | ...")?"""
    slogan = lines[i + 1]
    return (_short_site_name(lines[i], settings) and _menu_line(lines[i + 2].text, settings)
            and len(content_words(slogan.text)) <= 2 * settings.kicker_max_words
            and not ends_like_sentence(slogan.text) and slogan.label in ("furniture", "body"))


def _site_name(line: str) -> str:
    """A site's name less the tagline a bar sets after it ("Arena Bola | Berita Sepak Bola"), or a
    hyphen after a web address ("BeritaRakyat.net - Suara Rakyat, Fakta Terpercaya"; a hyphen
    after words may be a headline's own)."""
    head = re.split(r"[ \u00a0]+[|–—][ \u00a0]+", line.strip(_SPACES), maxsplit=1)[0]
    parts = re.split(r"[ \u00a0]+-[ \u00a0]+", head, maxsplit=1)
    return parts[0] if len(parts) > 1 and _DOMAIN_LINE.match(parts[0]) else head


def _stamp_line(ln: _Line, code: str, settings: Settings, labelled: bool = False) -> bool:
    """A furniture line that is a date stamp ("Kamis, 20 Juni 2024 10:11 WIB", "Dimas - 6 Februari 2023");
    ``labelled``: one its label names ("Published On 21 Apr 2025", "Diperbarui 21 Apr 2025, 14:35 WIB")."""
    return ln.label in ("furniture", "credit") and any(
        s.kind or not labelled for s in find_stamps(ln.text, 0, len(ln.text), code, whole_line=True, settings=settings))


def _has_clock(line: str, code: str, settings: Settings) -> bool:
    return any(s.timed for s in find_stamps(line, 0, len(line), code, settings=settings))


def _title_text(ln: _Line) -> str:
    for s, e, label, _ in ln.parts:
        if label == "title":
            return ln.text[s - ln.start:e - ln.start]
    return ln.text


def _copies(line: str, title_norm: str) -> bool:
    n = _norm(line)
    if not n:
        return False
    if n == title_norm or n.startswith(title_norm + " ") and len(title_norm) > 20:
        return True
    return line.rstrip(_SPACES).endswith(("...", "…")) and len(n) > 10 and title_norm.startswith(n)


def _title_label(ln: _Line, settings: Settings) -> None:
    """Split a bracketed label ("[HOAKS] Video ...", "[SALAH] ...") or a page-kind kicker ("VIDEO: ...")
    off the front of the headline: a fact-check's verdict, a section's name or the page's kind, not
    words of the claim the headline states. The
    label is kept on the title (``label``) for the report."""
    m = _BRACKET_LABEL.match(ln.text)
    # or a page-kind kicker and its colon ("VIDEO: ...", "FOTO: ..."): the page's kind, no word of the claim
    end = m.end() if m is not None else _kicker_end(ln.text, settings)
    if end is None:
        return
    label = m.group(1) if m is not None else ln.text[:end].strip(_SPACES).rstrip(":")
    cut = ln.start + end
    title = [p for p in ln.parts if p[2] == "title"]
    end = title[0][1] if title else ln.end
    rest = [p for p in ln.parts if p[2] != "title"]
    ln.attrs["label"] = label.strip(_SPACES)
    ln.parts = [(ln.start, cut, "furniture", {"why": "a label before the headline", "label": ln.attrs["label"]}),
                (cut, end, "title", {"why": ln.why, "role": "headline"}), *rest]


def _title_suffix(ln: _Line) -> None:
    """Split a site or section name off the headline: "... - Viva", "... | Berita Agama"."""
    m = re.match(r"^(?P<title>.+?)[ \u00a0]+(?P<sep>\||-|–|—)[ \u00a0]+(?P<tail>[^|–—]{2,40})$", ln.text)
    if not m:
        return
    tail = m.group("tail").strip(_SPACES)
    e = registry().lookup(tail) or registry().lookup(tail.upper())
    outlet = e.name if e is not None and e.type in ("outlet", "wire") else ""
    if not (outlet or m.group("sep") == "|" and len(content_words(tail)) <= 3):
        return
    cut = ln.start + m.end("title")
    ln.parts = [(ln.start, cut, "title", {"why": ln.why, "role": "headline"}),
                (cut, ln.end, "furniture", {"why": "site or section name after the headline",
                                            **({"masthead": outlet} if outlet else {})})]


def _caption_signals(lines: list[_Line], i: int, settings: Settings) -> bool:
    """A sentence under the headline that is a photo's caption, not a subhead: it stands under a
    photo credit line, names where people stand ("(kiri)"), or is printed again on the next line.
    (Ending with a date is no sign here: subheads do too.)"""
    ln = lines[i]
    prev = lines[i - 1] if i > 0 else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if prev is not None and (prev.why == "photo credit" or _credit_patterns()[0].match(prev.text.strip(_SPACES))):
        return True
    if _has_position(ln.text):
        return True
    caption = _norm(_caption_text(nxt, settings)) if nxt is not None else ""
    if caption and caption.startswith(_norm(ln.text)[:60]):
        return True
    return False


def _caption_text(ln: _Line, settings: Settings) -> str:
    cap = caption_parts(ln.text, as_caption=True, settings=settings)
    return ln.text[cap.start:cap.end] if cap is not None else ln.text


def _caption_pairs(lines: list[_Line], lo: int, hi: int, settings: Settings) -> None:
    """A photo printed twice (alt text, then the caption with its credit, or the caption then a
    plain copy): the first print is the caption, the others furniture; the line before a
    credited caption that ends with the photo's date is its alt text, a caption too."""
    for i in range(lo, hi):
        ln = lines[i]
        if ln.label != "caption" or ln.attrs.get("copy"):
            continue
        here = _norm(_caption_text(ln, settings))
        if i > lo:
            prev = lines[i - 1]
            there = _norm(_caption_text(prev, settings))
            if (prev.label in ("furniture", "body", "title") and prev.attrs.get("role") != "headline"
                    and not prev.attrs.get("lead") and there and _same_caption(here, there)):
                prev.label, prev.why = "caption", "the photo's caption printed before its credit"
                prev.attrs.pop("role", None)
                ln.attrs["copy"] = True
                continue
            if (prev.label in ("body", "title") and prev.attrs.get("role") != "headline"
                    and not prev.attrs.get("lead") and _ends_with_date(prev.text)):
                prev.label, prev.why = "caption", "the photo's alt text, ending with its date"
                prev.attrs.pop("role", None)
        for j in range(i + 1, min(hi, i + 3)):
            nxt = lines[j]
            if nxt.attrs.get("role") == "headline" or nxt.attrs.get("lead"):
                break
            if _same_caption(here, _norm(_caption_text(nxt, settings))):
                nxt.label, nxt.why = "caption", "a caption printed again"
                nxt.attrs["copy"] = True
                nxt.attrs.pop("role", None)


def _same_caption(a: str, b: str) -> bool:
    """Two prints of one caption: the same words, or one the start of the other (a kicker or a
    credit added, an alt text cut short)."""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 20 and (long_.startswith(short) or long_.endswith(short))


def _body(lines: list[_Line], lead: int, code: str, settings: Settings) -> None:
    """Captions between paragraphs; stamps in the footer; the lead marked."""
    if lead < len(lines):
        lines[lead].attrs["lead"] = True
    for i in range(lead + 1, len(lines)):
        ln = lines[i]
        if ln.label == "body" and _has_position(ln.text) and _caption_claim(ln.text, settings):
            ln.label, ln.why = "caption", "a sentence naming where people stand in a photo"
        elif _short_paragraph(lines, i, code):
            ln.label, ln.why = "body", "a short paragraph between paragraphs"
        elif ln.label != "body" and ln.attrs.get("zone") == "footer" and not ln.attrs.get("list"):
            if _stamp_line(ln, code, settings):
                ln.label, ln.why = "meta", "date stamp"
        elif ln.label != "body" and not ln.attrs.get("list") and (
                _stamp_line(ln, code, settings, labelled=True)
                or not any(lines[k].label == "body" for k in range(lead + 1, i)) and _stamp_line(ln, code, settings)):
            # under a standfirst that was read as the lead: a stamp its label names is the
            # page's wherever it stands ("Published On 21 Apr 2025"), and so is a bare one
            # before the story's next paragraph
            ln.label, ln.why = "meta", "date stamp"
    _caption_pairs(lines, lead, len(lines), settings)


# the kinds of short line a one-sentence paragraph of the story may have been taken for
_SHORT_KINDS = ("short line without sentence punctuation", "Title Case line (a headline of another story)",
                "date or time line")
_SHORT_PARAGRAPH_WORDS = 3


# what a page sets between two paragraphs of its story: a teaser ("Baca juga: ..."), a link, an
# advertisement's label, a photo with its caption or credit
_INSET_KINDS = ("a link", "promotion", "photo credit", "photo label with its credit")


def _inset(ln: _Line) -> bool:
    """Is the line one a page sets between two paragraphs of its story (``_INSET_KINDS``, a
    line that opens with a chrome prefix, a caption), so that the paragraphs on either side of
    it still stand next to each other?"""
    return ln.label == "caption" or (ln.label == "furniture" and (
        ln.why in _INSET_KINDS or ln.why.startswith(_CHROME_PREFIX)))


def _short_paragraph(lines: list[_Line], i: int, code: str) -> bool:
    """Is line ``i`` a paragraph of one short sentence between two of the story's paragraphs
    ("Turnout reached 68 percent.", "Api padam pukul 07.45 WIB."), with only what the page sets
    between paragraphs (``_inset``: a "Baca juga" teaser, a caption) beside it: three words or
    more, a capital first and a full stop last, a verb among them? Wire copy writes such
    paragraphs; alone they look like a label or a time line."""
    ln = lines[i]
    if ln.label != "furniture" or ln.why not in _SHORT_KINDS or not (0 < i < len(lines) - 1):
        return False
    before = next((lines[k] for k in range(i - 1, -1, -1) if not _inset(lines[k])), None)
    after = next((lines[k] for k in range(i + 1, len(lines)) if not _inset(lines[k])), None)
    if before is None or after is None or before.label != "body" or after.label != "body":
        return False
    words = ln.text.split()
    if len(words) < _SHORT_PARAGRAPH_WORDS or not ln.text[:1].isupper() or not ln.text.rstrip(_SPACES).endswith("."):
        return False
    lang = language(code)
    return any(lang.is_predicate(w.strip(".,")) for w in words[1:])


def _bylines(lines: list[_Line], settings: Settings) -> None:
    """Authors, from label blocks ("Rina Wulandari" / "Penulis"), role lines ("Penulis: Rina"),
    byline lines ("By X and Y", "Laporan Wartawan Tribunnews.com X")."""
    labels = page_words().byline_labels
    used: set[int] = set()
    sites = {ln.attrs["masthead"].casefold() for ln in lines if ln.attrs.get("masthead")}
    body = next((i for i, ln in enumerate(lines) if ln.label == "body"), len(lines))
    for i, ln in enumerate(lines):
        site_byline = _names_for_site(ln.text, sites, settings) or _desk_for_site(ln.text, sites)
        if site_byline:
            # names, then the site the page's masthead names ("Desi Kartika (The Hilir Courier)"):
            # a byline even where the registry does not know the site
            ln.label, ln.why = "furniture", "byline"
            ln.attrs.setdefault("authors", []).extend((n, "byline") for n in site_byline)
            continue
        k = _key(ln.text)
        if k in labels:
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and j not in used and _name_line(lines[j], settings):
                    lines[j].label, lines[j].why = "furniture", f"byline ({ln.text.strip()})"
                    lines[j].attrs.setdefault("authors", []).append((lines[j].text.strip(_SPACES), ln.text.strip()))
                    used.add(j)
                    break
            continue
        for m in _author_roles().finditer(ln.text):
            who = m.group("who").strip(_SPACES + ".;)")
            if who and len(who.split()) <= settings.max_byline_name_words:
                ln.attrs.setdefault("authors", []).append((who, m.group("role").strip().rstrip(":")))
        if not ln.attrs.get("authors"):
            row = role_row(ln.text, settings)
            if row:
                ln.label, ln.why = "furniture", "role line"
                ln.attrs["authors"] = row
        role = re.match(r"^(?P<role>[^:]{2,30}):[ \u00a0]*(?P<who>\S.*)$", ln.text)
        if (role and _key(role.group("role")) in labels and not ln.attrs.get("authors")
                and len(content_words(role.group("who"))) <= settings.max_byline_name_words):
            ln.label, ln.why = "furniture", "role line"
            ln.attrs["authors"] = [(role.group("who").strip(_SPACES), role.group("role").strip())]
        # (a byline joined to the story's stamp is read as the stamp: "Rina Kusuma - Selasa, 10
        # Maret 2026 | 08:30 WIB")
        by = (read_byline(ln.text, bare_names=i < body, settings=settings) if ln.label in ("furniture", "meta")
              else None)
        if by is not None:
            outlet, names = by
            if outlet:
                ln.attrs["byline_outlet"] = outlet
            ln.attrs.setdefault("authors", []).extend((n, "byline") for n in names)


# what an author's note says of its author after the name ("Hannah Roe is the Asia correspondent
# for The Times", "... covers energy", "... adalah wartawan ...")
_NOTE_VERBS = re.compile(r"[ \u00a0]+(?:is|was|covers|reports|writes|has|adalah|merupakan)[ \u00a0]")
_NOTE_LINES = 3  # an author's note closes the story: it is looked for among its last body lines


def _author_notes(lines: list[_Line], lead: int) -> None:
    """A note on the byline's author at the story's end ("Jane Roe is the Asia correspondent for
    The Times."): furniture, like the byline it goes with, not a claim of the story."""
    names = {who for ln in lines for who, _role in ln.attrs.get("authors", ()) if len(who.split()) >= 2}
    if not names:
        return
    body = [i for i in range(lead + 1, len(lines)) if lines[i].label == "body"]
    for i in body[-_NOTE_LINES:]:
        text = lines[i].text.strip(_SPACES)
        for name in names:
            if text.casefold().startswith(name.casefold()) and _NOTE_VERBS.match(text, len(name)):
                lines[i].label, lines[i].why = "furniture", f"a note on the author ({name})"
                break


def role_row(line: str, settings: Settings = DEFAULT) -> list[tuple[str, str]] | None:
    """A row of roles with no colons, "Penulis Dian Sari | Editor Agus Riyadi": its (name, role)
    pairs, each cell a label from the data and a name (``_bare_role``); None if it is not one."""
    if "|" not in line:
        return None
    parts = [_bare_role(p, page_words().byline_labels, settings) for p in line.split("|")]
    return [(who, role) for role, who in parts] if all(parts) else None


@lru_cache(maxsize=None)
def _bare_role(part: str, labels, settings: Settings) -> tuple[str, str] | None:
    """(role, name) of one cell of a row of roles, "Penulis Dian Sari": a label from the data,
    then a capitalised name of at most ``settings.max_byline_name_words`` words."""
    words = part.strip(_SPACES).split()
    for k in (2, 1):
        role, name = " ".join(words[:k]), words[k:]
        if (_key(role) in labels and 1 <= len(name) <= settings.max_byline_name_words
                and all(w[:1].isupper() for w in name)):
            return role, " ".join(name)
    return None


def _author_roles() -> re.Pattern:
    """"Pewarta: Budi Santoso", "Editor: Siti | ...", "Reporting by Jane Doe; Editing by John Smith":
    a role from the data (``byline_labels`` with a colon, ``credit_roles`` with "by"), then a name."""
    pw = page_words()
    labels = alternation(w.capitalize() for w in pw.byline_labels)
    roles = alternation(w.capitalize() for w in pw.credit_roles)
    return re.compile(rf"(?P<role>(?:{labels})[ \u00a0]*:|(?:{roles}))[ \u00a0]*(?P<who>[A-Z][\w.'’ -]{{1,60}}?)"
                      rf"(?=[ \u00a0]*(?:[|;)/]|$|\n|(?:{labels}|{roles})\b))", re.M)


def _name_line(ln: _Line, settings: Settings) -> bool:
    s = ln.text.strip(_SPACES)
    n = len(content_words(s))
    return (1 <= n <= settings.max_byline_name_words and not ends_like_sentence(s)
            and not is_furniture_line(s, settings)
            and ln.label not in ("title", "caption") and not re.search(r"\d", s))


def _mastheads(lines: list[_Line], lead: int, title: int | None, code: str, settings: Settings) -> None:
    """Mastheads in the header (a web address, a line that opens with an outlet's name) and the
    page's own chrome (menus above the headline, promotions in the footer)."""
    for i, ln in enumerate(lines):
        zone = ln.attrs.get("zone")
        if zone == "header":
            name = _masthead_name(ln.text)
            if name and i > 0 and line_label(lines[i - 1].text) is not None and (
                    _URL.match(ln.text.strip(_SPACES)) or _DOMAIN_LINE.match(ln.text.strip(_SPACES))):
                # a link under a labelled line names what the label says ("[SUMBER]: Facebook",
                # "Source:": where a checked post was found), not the page's own site
                name = ""
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if (name and title is not None and i > title + 1 and _wire_alone(ln.text) and nxt is not None
                    and nxt.label in ("furniture", "caption") and not _stamp_line(nxt, code, settings)):
                # a wire's name alone over a caption, below the headline and the byline, credits the
                # photo (a broadcaster's page: "Reuters", then what the picture shows); right under
                # the headline, or over the date, it is the story's byline
                ln.why = "photo credit"
                name = ""
            if name and ln.label in ("meta", "furniture"):
                ln.attrs["masthead"] = name
                if ln.label == "furniture":
                    ln.why = "masthead"
            if (ln.label == "furniture" and not ln.attrs.get("list") and not is_syndication(ln.text)
                    and ln.why not in ("photo credit", "photo label with its credit", "source credit line", "byline")
                    and (title is None or i < title or ln.why in ("promotion",))):
                ln.attrs["own_chrome"] = True
        elif zone == "footer" and ln.label == "furniture" and not ln.attrs.get("list"):
            if not is_syndication(ln.text) and (starts_with_invitation(ln.text) or is_promotion(ln.text, settings)):
                ln.attrs["own_chrome"] = True


# a label and its colon opening a line, bracketed or not: "[SUMBER]:", "Narasi yang beredar:", "Klaim:"
_LINE_LABEL = re.compile(r"[ \u00a0]*[\[【(]?(?P<label>[^\W\d_][^:\]\n】)]{0,40}?)[\]】)]?[ \u00a0]*:[ \u00a0]*")


def line_label(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The label opening ``text[start:end]`` ("label" group; the match ends where the line's own
    words start), or None."""
    return _LINE_LABEL.match(text, start, len(text) if end is None else end)


def _wire_alone(line: str) -> bool:
    """Is the line a wire or agency's name and nothing else ("Reuters", "AFP", "Getty Images")?"""
    e = registry().lookup(line.strip(_SPACES))
    return e is not None and e.type == "wire"


def _masthead_name(line: str) -> str:
    s = line.strip(_SPACES)
    url = _URL.match(s)
    if url or _DOMAIN_LINE.match(s):
        host = (url.group("host") if url else s).lower().removeprefix("www.")
        e = registry().by_web_address(host)
        return e.name if e is not None else host
    if len(content_words(s)) > 16 or ends_like_sentence(s):
        return ""
    body = publisher_body(s)
    if body:
        return body
    head = re.split(r"[ \u00a0]+[-–—|][ \u00a0]+|[ \u00a0]{2,}", s, maxsplit=1)[0]
    for cand in (head, " ".join(head.split()[:3]), " ".join(head.split()[:2]), head.split()[0] if head.split() else ""):
        if not cand:
            continue
        e = registry().lookup(cand)
        if e is not None and e.type in ("outlet", "wire") and s.startswith(cand) and _after_a_name_of_a_site(head[len(cand):]):
            return e.name
    return ""


_TAGLINE_WORDS = 2  # a site's name may carry a word or two more ("Antara News Jawa Barat", "Reuters World")


def _after_a_name_of_a_site(rest: str) -> bool:
    """Can what follows an outlet's name on a line be its tagline or edition, not the rest of a
    headline that opens with the outlet ("Reuters Soroti Lonjakan Pemudik di Tol Trans Jawa",
    "AFP: Harga Minyak Naik")?"""
    rest = rest.strip(_SPACES)
    # (a label of the site's own after it counts to its colon: "Elshinta.com Jenis Media: Metropolitan")
    return not rest.startswith(":") and len(rest.split(":", 1)[0].split()) <= _TAGLINE_WORDS


# a public body's formal name: capitalised words and the short words that join them ("of",
# "the", "dan"), at most this many
_BODY_NAME_WORDS = 10


def publisher_body(line: str) -> str:
    """The public body a line names and nothing else, as its own site prints it over a press
    release ("KEMENTERIAN PERDAGANGAN REPUBLIK INDONESIA", "Ministry of Foreign Affairs of the
    Republic of Indonesia"): a government body of the registry, by its canonical name, or a
    formal name (an organisation's word first, a marker of a state's or a region's body from
    ``body_name_markers``, every longer word capitalised), as written; '' otherwise. A headline
    says what a body did ("Kemlu Kecam Serangan"); this line says only who publishes."""
    s = line.strip(_SPACES)
    e = registry().lookup(s)
    if e is not None and e.type == "government":
        return e.name
    words = s.split()
    low = s.casefold()
    marker = next((m for m in page_words().body_name_markers if m in low), None)
    if not (2 <= len(words) <= _BODY_NAME_WORDS) or marker is None:
        return ""
    # the name ends at its marker or with the state's or region's name after it ("... Republic
    # of Indonesia", "Pemerintah Kota Surabaya"); words after that say what the body did
    # ("Pemerintah Kota Surabaya Larang Mudik")
    rest = s[low.index(marker) + len(marker):].strip(_SPACES)
    if rest and not (pagemeta.place_name(rest) or countries().get(rest.casefold())):
        return ""
    first = organisation_words().match(words[0])
    if first is None or first.end() != len(words[0]) or not all(w[:1].isupper() or len(w) <= 3 for w in words):
        return ""
    return s.title() if s.isupper() else s


# ------------------------------------------------------------------ spans


def glued_caption(text: str, start: int, end: int, code: str, settings: Settings = DEFAULT) -> int | None:
    """Where a paragraph starts after a photo caption or a label glued to it, the page having
    lost the break between them ("Konferensi pers Kapolda di Mapolda, SeninMenurut Kapolda,
    ..."): the line opens with words and no stop, no verb, and a caption's shape (a date at
    its end, or mostly capitalised words), up to a sentence opener capitalised straight after a lower-case letter or a digit (``segment.glued_openers``). None if not."""
    lang = language(code)
    cut = next(iter(glued_openers(text, start, end, lang)), None)
    if cut is None or re.search(r"[.!?…][\"'”’)]*[ \u00a0]", text[start:cut]):
        return None
    head = text[start:cut]
    words = re.findall(r"[^\W\d_][\w'’-]*", head)
    if len(words) < settings.min_body_words or any(lang.is_predicate(w) for w in words):
        return None
    # a caption's shape: it ends with the photo's date, or names more than it says (Title Case)
    return cut if _ends_with_date(head) or titlecase_share(head) >= settings.max_titlecase_prose else None


def _blocks(lines: list[_Line], text: str, settings: Settings, code: str) -> list[Span]:
    out: list[Span] = []

    def add(s, e, label, attrs):
        while s < e and text[s] in _SPACES:
            s += 1
        while e > s and text[e - 1] in _SPACES:
            e -= 1
        if s < e:
            out.append(Span(s, e, label, attrs))

    for ln in lines:
        base = {"why": ln.why, **ln.attrs}
        if ln.parts:
            for s, e, label, attrs in ln.parts:
                add(s, e, label, {**base, **attrs})
            continue
        if ln.label == "caption":
            k = labelled_caption(ln.text, settings) or 0
            inner = ln.text
            if k and inner.lstrip(_SPACES)[:1] == "[" and inner.rstrip(_SPACES)[-1:] == "]":
                inner = inner[:len(inner.rstrip(_SPACES)) - 1]  # the box's closing bracket: furniture below
            cap = caption_parts(inner[k:], as_caption=True, settings=settings)
            if cap is not None:
                s0 = ln.start + k
                if k:
                    add(ln.start, s0, "furniture", {**base, "why": "the photo label before a caption"})
                if cap.start > 0:
                    add(s0, s0 + cap.start, "furniture", {**base, "why": "markup or kicker before a caption"})
                kicker = _kicker_regex().match(ln.text, cap.start, cap.end)
                cs = s0 + (kicker.end() if kicker else cap.start)
                if kicker:
                    add(s0 + cap.start, cs, "furniture", {**base, "why": "kicker before a caption"})
                label = "furniture" if ln.attrs.get("copy") else "caption"
                why = "a caption printed again" if ln.attrs.get("copy") else (cap.why or ln.why)
                add(cs, s0 + cap.end, label, {**base, "why": why, "credit": cap.credit})
                if s0 + cap.end < ln.end:
                    add(s0 + cap.end, ln.end, "furniture", {**base, "why": "caption copy or photo credit",
                                                            "photo_credit": True})
                continue
            if ln.attrs.get("copy"):
                add(ln.start, ln.end, "furniture", {**base, "why": "a caption printed again"})
                continue
        if ln.label == "body":
            start, end = ln.start, ln.end
            head = glued_caption(text, ln.start, ln.end, code, settings)
            if head is not None:
                add(ln.start, head, "caption", {**base, "why": "a caption glued to the paragraph after it"})
                start = head
            cut = inline_teaser(text, ln.start, ln.end)
            tail = []
            if cut is not None:
                tail.append((cut, ln.end, "furniture", "teaser inside a paragraph"))
                end = cut
            m = _INITIALS.search(text, start, end) or _editor_tag(text, start, end)
            if m is not None and m.start() > start:
                tail.insert(0, (m.start(), end, "furniture", "the editors' initials at a paragraph's end"))
                end = m.start()
            add(start, end, "body", base)
            for s, e, label, why in tail:
                add(s, e, label, {**base, "why": why})
            continue
        add(ln.start, ln.end, ln.label, base)
    return out


def _without_tag(line: str) -> str:
    """A line without the editors' initials or tag at its end ("... kata dia. (int/idr)")."""
    m = _INITIALS.search(line) or _editor_tag(line, 0, len(line))
    return line[:m.start()] if m is not None and m.start() > 0 else line


@lru_cache(maxsize=None)
def _editor_tag_regex() -> re.Pattern:
    return re.compile(rf"(?i)(?<=[.!?\"”'’])[ \u00a0]*\((?:{alternation(page_words().editor_tags)})\)[ \u00a0]*$")


def labelled_caption(line: str, settings: Settings = DEFAULT) -> int | None:
    """Where the caption starts in a line that opens with a photo's label ("Foto: Warga
    membersihkan rumah dari lumpur di Desa X, Senin (9/2/2026). (Kabar/Ilham)", "Photo:
    Rescuers search ..."): after the label, when what follows is a caption that says something
    checkable (``_caption_claim``), not a credit alone ("Foto: Antara/Budi"). None otherwise."""
    s = len(line) - len(line.lstrip(_SPACES))
    if line[s:s + 1] == "[" and line.rstrip(_SPACES).endswith("]"):
        s += 1  # a page's caption box in square brackets: "[Foto: Warga ... (Kabar/Ilham)]"
    m = _credit_patterns()[0].match(line, s)
    if m is None or line[m.end() - 1:m.end()] != ":":
        return None
    k = m.end()
    while k < len(line) and line[k] in _SPACES:
        k += 1
    cap = caption_parts(line[k:], as_caption=True, settings=settings)
    if cap is None or not _caption_claim(line[k:][cap.start:cap.end], settings):
        return None
    return k


@lru_cache(maxsize=None)
def _kicker_regex() -> re.Pattern:
    return re.compile(rf"(?i)(?:{alternation(page_words().kickers)})[ \u00a0]+[-–—][ \u00a0]+")


def _editor_tag(text: str, start: int, end: int):
    return _editor_tag_regex().search(text, start, end) or _desk_initials(text, start, end)


# a desk's credit and the editor's initials closing a paragraph after its sentence ("... Kepala
# BNPB. (BPMI Setpres/UN)", "(Humas/AGS)")
_DESK_INITIALS = re.compile(r"(?<=[.!?\"”'’])[ \u00a0]*\((?P<desk>[A-Z][^()/\n]{1,40})/(?P<initials>[A-Z]{2,3})\)[ \u00a0]*$")


def _desk_initials(text: str, start: int, end: int) -> re.Match | None:
    """The desk's credit and the editor's initials at a paragraph's end, not a photo credit: the
    initials are no photo code (``photo.credit_words``: "STR", "HO") and no outlet or wire ("AP":
    "(Reuters/AP)" credits two wires), and the desk no photo label ("(AFP PHOTO/KSA)": the
    photographer's agency)."""
    m = _DESK_INITIALS.search(text, start, end)
    if m is None or m.group("initials").casefold() in page_words().photo_words:
        return None
    if _credit_patterns()[0].match(m.group("desk") + "/"):
        return None
    e = registry().lookup(m.group("initials"))
    return None if e is not None and e.type in ("wire", "outlet") else m
