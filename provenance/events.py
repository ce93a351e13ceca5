"""Events: the real-world happenings the articles report on, found before claims are matched.

Two articles report one happening when what they say is alike and nothing
they state rules it out. The evidence, per pair of articles:

- ``cosine``: of the two articles' mean claim vectors (multilingual, so an
  Indonesian rewrite of an English wire story is close to it);
- ``entities``: how much the names they use (people, places, countries,
  bodies) overlap, weighted by rarity;
- ``cross_language``: a translation scores lower on both;
- ``shared_claims``: how many claims the two articles share (mutual best
  matches the claim verdict asserts; headlines and captions count, a
  recycled caption does not): topic alone does not make one happening; the
  same facts do;
- ``principals_differ``: each lead names someone the other's does not (the
  same frames with another leader are another meeting; one report naming
  only one of two leaders is not a difference; a disaster's reports may
  quote different officials, so it is weighed, not a veto);
- ``places_differ``: both leads name where it happened ("di Mombasa", "in the city
  of Lima"; a capital named for its government, "talks with Beijing", is not a
  place), and no place in common (the same leaders meeting in another city on
  the same day is another meeting);
- ``dates_differ``: both state the happening's date, a day apart (a day is
  allowed for time zones and next-day reports, but it counts against: the
  same people's ceremony the next day is another event), unless the clock
  explains it (``clock_explains``: one lead puts the happening at the turn of
  the day, "Sunday night", "just after midnight on Friday", "pukul 23.40
  WITA"; or a time given in one zone is on the other's date in another);

weighed by the ``event_link`` model (``data/models.toml``), and vetoed only
by what is known and cannot be one happening: dates that cannot meet (two
meetings of the same leaders a month apart), or stated dates a day apart
*and* leads placing it in different cities (a day is allowed for time zones,
a place for a dateline read as the venue, not both at once: on the
development corpus no two reports of one happening differ in both, 51 pairs
of different happenings do), or naming different companies, or each giving
many figures with few in common (``figures_differ``: a recurring happening's
reports of two days, a market's close, share their template and not their
figures). Articles are grouped greedily, strongest link first, by
average linkage: a link joins two groups only when the mean link over every
pair of articles across them holds too, so a group never grows by a chain of
weak links; or when several strong links join them and the mean is not far
off (one happening's reports in two languages link strongly only through their
closest members), unless two of their leads state dates a day apart that the clock does
not explain (``clock_explains``, when ``settings.event_clock_reasons``), or place it in two
cities (``places_differ``: the same leaders meeting again elsewhere repeat their words, and
when neither report is dated nothing else keeps the two meetings apart). Two
groups that alone, and all their articles, name a rare name that is no person's (a volcano, a
village) are joined after, when ``settings.event_own_name_min_idf`` is set (by default, at idf 2.0). An
article with no readable date joins by what it says.

A claim belongs to its article's event, except a photo caption whose own
date cannot be that event's: it goes to another event of that date that it
resembles, or to an event of its own (a photo recycled from elsewhere).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta

import numpy as np

from .doc import ByStart
from .lang import (alternation, entities, known_name_words, language, organisation_words, place_names,
                   place_words, province_names, slot_words)
from .matching.cluster import UnionFind
from .matching.info import ClaimInfo, Window, compatible, windows_meet
from .matching.linear import model_for
from .matching.neighbours import nearest_pairs
from .normalize import entity_token
from .pagemeta import dateline_at_the_scene
from .persons import company_words
from .settings import DEFAULT, Settings
from .slots import LOWER_BOUNDS, UPPER_BOUNDS, inside, place_levels
from .speakers import opens_with_credit


@dataclass
class Event:
    id: str
    date: date | None
    place: str
    label: str
    articles: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    evidence: str = ""
    lo: date | None = None
    hi: date | None = None


@dataclass
class ArticleProfile:
    """What event grouping knows of one article."""

    article_id: str
    language: str
    vector: np.ndarray  # unit mean of its claims' vectors
    names: Counter  # entity token -> mentions
    principals: frozenset[str]  # the people its lead names
    window: Window
    places: frozenset[str] = frozenset()  # the places (cities) its lead names
    people: frozenset[str] = frozenset()  # the entity tokens of the people it names
    clock: frozenset[str] = frozenset()  # "late", "early": its lead dates the happening at the turn of the day
    zoned: tuple[tuple[int, int], ...] = ()  # (minutes, hours from UTC): the times its lead gives it in a zone
    occasions: frozenset[str] = frozenset()  # the named occasions its lead sets it at ("BRICS", "G20")
    regions: frozenset[str] = frozenset()  # the provinces its headline and lead name ("UMP Kaltim")
    holders: frozenset[str] = frozenset()  # the places its lead's places lie in ("Kabupaten X, Jambi")
    countries: frozenset[str] = frozenset()  # the countries its lead says something is in ("di Nepal")
    companies: frozenset[str] = frozenset()  # the words of the companies its headline and lead name ("PT X")
    figures: tuple[tuple[float, float], ...] = ()  # the distinct figures its claims give, as (lo, hi) ranges


def profiles(infos: list[ClaimInfo], vectors: np.ndarray, windows: dict, settings: Settings = DEFAULT
             ) -> list[ArticleProfile]:
    """One profile per article, in the order articles first appear in ``infos``."""
    rows: dict[str, list[int]] = defaultdict(list)
    for k, info in enumerate(infos):
        # captions may show another happening: they do not describe the article
        if info.claim.claim_type != "caption":
            rows[info.article.id].append(k)
    out = []
    # article ids in order of first appearance (a dict: a list's ``in`` is quadratic in the corpus)
    seen = list(dict.fromkeys(info.article.id for info in infos))
    for aid in seen:
        ks = rows.get(aid) or [k for k, i in enumerate(infos) if i.article.id == aid]
        v = vectors[ks].mean(axis=0)
        n = float(np.linalg.norm(v))
        names: Counter = Counter()
        principals: set[str] = set()
        people: set[str] = set()
        lead = 0
        for k in ks:
            names.update(infos[k].key.entities)
            people |= infos[k].key.persons
            # the people the lead is about, not the ones it quotes: a disaster's reports quote
            # different officials, a meeting's name the same leaders; and only the lead's: a
            # report whose lead names nobody (a toll, a quake) has no principals, not those of
            # whichever official its tenth sentence names
            actors = infos[k].key.persons - {entity_token(infos[k].speaker)} if infos[k].speaker else infos[k].key.persons
            if actors and opens_with_credit(infos[k].claim.text, infos[k].language):
                actors = frozenset()  # "kata Kapolda X yang …": the tail of a quotation's credit
            if (infos[k].body and lead < settings.principal_lead_claims and actors
                    and infos[k].order < settings.principal_lead_window):
                principals |= actors
                lead += 1
        first = infos[ks[0]]
        clock, zoned = lead_clock([infos[k] for k in ks], windows[aid], settings)
        out.append(ArticleProfile(aid, first.language, v / n if n else v, names, frozenset(principals), windows[aid],
                                  lead_places([infos[k] for k in ks], settings), frozenset(people), clock, zoned,
                                  lead_occasions([infos[k] for k in ks], settings),
                                  lead_regions([infos[k] for k in ks], settings),
                                  lead_holders([infos[k] for k in ks], settings),
                                  lead_countries([infos[k] for k in ks], settings),
                                  lead_companies([infos[k] for k in ks], settings),
                                  article_figures([infos[k] for k in ks])))
    return out


def article_figures(infos: list[ClaimInfo]) -> tuple[tuple[float, float], ...]:
    """The distinct figures (the ``numbers`` layer) that an article's claims give, as the (lo,
    hi) range each allows ("nearly 51 percent"), in text order: what ``figures_differ``
    compares. Ordinals count nothing ("ke-80"), and a bound open on one side ("up to 3
    metres", "over 100") meets too many figures to tell agreement."""
    if not infos:
        return ()
    seen: dict[tuple[float, float], None] = {}  # (an ordered set)
    numbers = ByStart(infos[0].article.layer("numbers"))
    for info in infos:
        for s in numbers.within(info.claim.start, info.claim.end):
            if (inside(s, info.claim) and not s.attrs.get("ordinal")
                    and s.attrs.get("bound") not in LOWER_BOUNDS + UPPER_BOUNDS):
                seen.setdefault((s.attrs["lo"], s.attrs["hi"]), None)
    return tuple(seen)


def lead_clock(infos: list[ClaimInfo], window: Window, settings: Settings = DEFAULT
               ) -> tuple[frozenset[str], tuple[tuple[int, int], ...]]:
    """Where in its day an article's lead puts its happening, read beside a date of the lead
    that is the happening's (its window's stated date), at most
    ``settings.event_clock_reach_words`` words from it: ``late`` (a clock time at most
    ``settings.event_clock_edge_minutes`` before midnight, a word of the night: "Minggu
    malam", "late on Sunday"), ``early`` (as soon after midnight, the early hours: "Senin dini
    hari", "just after midnight on Friday"), both ("midnight") or neither; and the clock
    times it gives beside that date in a named zone, as (minutes, hours from UTC). Neither
    unless ``settings.event_clock_reasons``."""
    if not (settings.event_clock_reasons and window.explicit):
        return frozenset(), ()
    edge, reach = settings.event_clock_edge_minutes, settings.event_clock_reach_words
    kinds: set[str] = set()
    zoned: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    indexes: dict[str, tuple[ByStart, ByStart]] = {}
    for info in infos:
        c = info.claim
        if not info.body or c.paragraph >= settings.event_date_lead_paragraphs:
            continue
        art, text = info.article, info.article.text
        if art.id not in indexes:  # (an article's claims: one index of its sentences and times)
            indexes[art.id] = ByStart(art.layer("sentences")), ByStart(art.layer("times"))
        sentences, times = indexes[art.id]
        for d in c.dates:
            if d.value != window.lo or d.precision != "day" or d.reporting or (d.start, d.end) in seen:
                continue
            seen.add((d.start, d.end))
            # the date's sentence: a claim may be cut between a time and its date ("at 1550 GMT | on Sunday")
            sent = sentences.holding(d.start, d.end)
            s0, s1 = (sent.start, sent.end) if sent is not None else (d.start, d.end)
            for t in times.within(s0, s1):
                if _beside(text, d.start, d.end, t.start, t.end, reach):
                    minutes = t.attrs["minutes"]
                    if minutes >= 24 * 60 - edge:
                        kinds.add("late")
                    if minutes < edge:
                        kinds.add("early")
                    if t.attrs.get("offset") is not None:
                        zoned.append((minutes, t.attrs["offset"]))
            words = _clock_words(info.language)
            after_only = slot_words(info.language).time_edge_after_date
            for m in _clock_regex(info.language).finditer(text, s0, s1):
                if (not after_only or m.start() >= d.end) and _beside(text, d.start, d.end, m.start(), m.end(), reach):
                    kinds |= words[_spaced(m.group(0))]
    return frozenset(kinds), tuple(sorted(set(zoned)))


def _spaced(s: str) -> str:
    return " ".join(s.casefold().split())


@lru_cache(maxsize=None)
def _clock_words(code: str) -> dict[str, frozenset[str]]:
    """The language's words of the turn of the day (slots.toml [times] late, early) -> which turn."""
    sw = slot_words(code)
    out: dict[str, set[str]] = defaultdict(set)
    for kind, ws in (("late", sw.time_late), ("early", sw.time_early)):
        for w in ws:
            out[_spaced(w)].add(kind)
    return {w: frozenset(k) for w, k in out.items()}


@lru_cache(maxsize=None)
def _clock_regex(code: str) -> re.Pattern:
    words = alternation(_clock_words(code), space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


_A_WORD = re.compile(r"\w+")


def _beside(text: str, s1: int, e1: int, s2: int, e2: int, reach: int) -> bool:
    """At most ``reach`` words between two stretches of ``text`` (none when they overlap)."""
    gap = text[e1:s2] if e1 <= s2 else text[e2:s1] if e2 <= s1 else ""
    return len(_A_WORD.findall(gap)) <= reach


def clock_explains(a: ArticleProfile, b: ArticleProfile) -> bool:
    """Do two articles whose leads state the happening's dates a day apart give the clock as
    the reason? The earlier date's lead puts it late in the day or the later one's early
    (``lead_clock``): a report in another zone, or one counting from when the news broke,
    gives the other day. Or a time one gives in a zone falls on the other's date in the
    other's zone: a zone the other gives times in, or, for a time in universal time (a
    wire's GMT), any zone the other's language gives times in (data: slots.toml
    [times.zones]). Neither: the same people a day later is another happening."""
    if not (a.window.explicit and b.window.explicit):
        return False
    if a.window.lo > b.window.lo:
        a, b = b, a
    if (b.window.lo - a.window.lo).days != 1:
        return False
    return "late" in a.clock or "early" in b.clock or _zone_moves(a, b, 1) or _zone_moves(b, a, -1)


def _zone_moves(x: ArticleProfile, y: ArticleProfile, days: int) -> bool:
    """Does a time ``x`` gives in a zone fall ``days`` later in a zone of ``y``'s?"""
    own = {o for _m, o in y.zoned}
    for minutes, offset in x.zoned:
        zones = own or (set(slot_words(y.language).time_zones.values()) if offset == 0 else set())
        if any((minutes + 60 * (z - offset)) // (24 * 60) == days for z in zones):
            return True
    return False


def lead_places(infos: list[ClaimInfo], settings: Settings = DEFAULT) -> frozenset[str]:
    """The places (data/places.toml, entities.toml) an article's first
    ``settings.principal_lead_claims`` body claims name as where something is: where its
    lead says it happened."""
    regex, names = place_names()
    found: set[str] = set()
    for info in _lead_body(infos, settings):
        text = info.claim.text
        found |= {names[m.group(0)] for m in regex.finditer(text)
                  if named_as_location(text, m.start(), info.language, settings)}
        found |= {names.get(n, n) for n in _level_places(text, info.language)}
    return frozenset(found)


def lead_countries(infos: list[ClaimInfo], settings: Settings = DEFAULT) -> frozenset[str]:
    """The countries an article's lead says something is in ("longsor di Nepal bagian tengah",
    "a landslide in central Nepal"): where its news happened when the lead names no town the
    gazetteer knows. Only to name the event's place (``_make_event``), never to tell events apart:
    a report naming the country and one naming its town tell one happening."""
    found: set[str] = set()
    for info in _lead_body(infos, settings):
        text = info.claim.text
        found |= {name for s0, _e0, kind, name in entities().find(text)
                  if kind == "country" and named_as_location(text, s0, info.language, settings)}
    return frozenset(found)


@lru_cache(maxsize=None)
def _held_in() -> re.Pattern:
    """What joins a place to the larger place it lies in, as an address writes it: a comma, and
    the larger place's head word if it goes first ("Kabupaten Tebing Hulu, Jambi", "Tebing Hulu
    regency, Jambi province", "Kota X, Provinsi Y"; heads: data/places.txt)."""
    return re.compile(rf"[ \u00a0]*,[ \u00a0]*(?:(?i:{alternation(place_words())})[ \u00a0]+)?")


def _lead_body(infos: list[ClaimInfo], settings: Settings) -> list[ClaimInfo]:
    """An article's first ``settings.principal_lead_claims`` body claims: its lead."""
    return [i for i in infos if i.body][:settings.principal_lead_claims]


def lead_companies(infos: list[ClaimInfo], settings: Settings = DEFAULT) -> frozenset[str]:
    """The words of the companies an article's headlines and lead name by their legal form ("PT
    Sarana Tambang Mandala (Persero)" -> "sarana", "tambang", "mandala"), less the words any
    organisation's name may hold ("Bank", "Persero"): whose results, recall or layoffs it reports.
    Two companies' like news of two days (the earnings season's press conferences, told in one
    template) share their wording and differ here."""
    found: set[str] = set()
    for info in [i for i in infos if i.claim.claim_type == "headline"] + _lead_body(infos, settings):
        for m in _company_regex().finditer(info.claim.text):
            found |= {w.casefold() for w in m.group(1).split() if not organisation_words().fullmatch(w)}
    return frozenset(found)


@lru_cache(maxsize=None)
def _company_regex() -> re.Pattern:
    """A company's legal form (every language's: names.toml company_forms) and the capitalised
    words after it, up to a bracket, a comma or a word in lower case."""
    return re.compile(rf"(?<![\w.])(?:{alternation(company_words()[0])})[ \u00a0]+((?:[A-Z][\w&'-]*)(?:[ \u00a0]+[A-Z][\w&'-]*)*)")


def lead_holders(infos: list[ClaimInfo], settings: Settings = DEFAULT) -> frozenset[str]:
    """The places the places of an article's lead (``lead_places``) lie in, as its address gives
    them ("Kabupaten Tebing Hulu, Jambi": Jambi): a wire datelined in the province and a local
    report naming the regency place one happening in two places, one inside the other. Two
    regencies of one province still differ: each lead's place is compared with the other's
    holders, not the holders with each other (``places_differ``)."""
    regex, names = place_names()
    found: set[str] = set()
    for info in _lead_body(infos, settings):
        text = info.claim.text
        ends = [m.end() for m in regex.finditer(text) if named_as_location(text, m.start(), info.language, settings)]
        ends += [span[1] for _name, level, span in place_levels(text, 0, len(text), info.language)
                 if level in _LEAD_LEVELS]
        for e in ends:
            joint = _held_in().match(text, e)
            held = regex.match(text, joint.end()) if joint else None
            if held:
                found.add(names[held.group(0)])
    return frozenset(found)


def lead_regions(infos: list[ClaimInfo], settings: Settings = DEFAULT) -> frozenset[str]:
    """The provinces (data/provinces.toml) an article's headlines and first
    ``settings.principal_lead_claims`` body claims name, wherever they stand: "UMP Kaltim 2026
    ditetapkan", "Gubernur Kalimantan Timur menetapkan": a province's name in the lead says
    whose matter it is, even when it is not where something happens. Two provinces announcing
    their wages, or two provincial police forces their operations, on one day tell the same
    story in the same words; the province is what sets them apart."""
    regex, names = province_names()
    lead = [i for i in infos if i.claim.claim_type == "headline"] + _lead_body(infos, settings)
    return frozenset(names[m.group(0)] for info in lead for m in regex.finditer(info.claim.text))


# the levels of the places a lead names by their level word: a regency, a city. Not a province or
# a state, which holds them ("East Java province" against "Malang regency" is one place, and the
# lead places are compared as sets, with no map of which holds which: the dev corpus's stadium
# disaster split in two); not a district or a village, which one report names and another leaves out
_LEAD_LEVELS = ("regency", "city")


def _level_places(text: str, code: str) -> set[str]:
    """The places a text names with their level word ("mengguncang Kabupaten Poso", "Lebak
    regency"), where the gazetteer need not know them: the object of a verb, not only after a
    locative, sets a happening in its place."""
    return {" ".join(name.split()[:3]) for name, level, _span in place_levels(text, 0, len(text), code)
            if level in _LEAD_LEVELS}


def lead_occasions(infos: list[ClaimInfo], settings: Settings = DEFAULT) -> frozenset[str]:
    """The named occasions (``occasions_named``: "the BRICS summit", "KTT APEC") an article's
    headlines and the body claims of its first ``settings.occasion_lead_paragraphs`` paragraphs
    set its happening at;
    not a claim framed as earlier ("At a previous summit in July, …", "KTT sebelumnya"):
    background names another happening's occasion."""
    if settings.occasion_lead_paragraphs <= 0:
        return frozenset()
    lead = [i for i in infos if i.claim.claim_type == "headline"
            or (i.body and i.claim.paragraph < settings.occasion_lead_paragraphs)]
    found: set[str] = set()
    for info in lead:
        text = info.claim.text
        if not _earlier_regex(info.language).search(text):
            found |= occasions_named(text, info.language, settings)
    return frozenset(found)


@lru_cache(maxsize=None)
def _occasion_regex(code: str) -> re.Pattern:
    words = alternation(language(code).occasions, space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _earlier_regex(code: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(language(code).earlier_frames)})(?!\w)", re.IGNORECASE)


def occasions_named(text: str, code: str, settings: Settings = DEFAULT) -> set[str]:
    """The occasions ``text`` names: a body or gathering of data/entities.toml (``[[thing]]``,
    by its canonical name: "SCO" and "Organisasi Kerja Sama Shanghai" are one) at most
    ``settings.occasion_name_reach_words`` words from a word of a gathering (data: names.toml
    ``occasions``), on either side, with no comma or sentence stop between ("the BRICS
    Leaders' Summit", "KTT ke-16 BRICS", "a summit of the Shanghai Cooperation
    Organisation"). Only the registry's names: one summit goes by other acronyms in other
    languages and mouths ("KTT Iklim PBB", "the UN climate summit", "COP29"), and two names
    the registry does not know to be one would set its reports apart."""
    heads = [(m.start(), m.end()) for m in _occasion_regex(code).finditer(text)]
    if not heads:
        return set()
    reach = settings.occasion_name_reach_words
    out: set[str] = set()
    for s, e, kind, name in entities().find(text):
        if kind != "thing":
            continue
        for hs, he in heads:
            if s < he and hs < e:
                continue
            gap = text[e:hs] if e <= hs else text[he:s]
            if len(_A_WORD.findall(gap)) <= reach and not _STOP.search(gap):
                out.add(name)
    return out


_STOP = re.compile(r"[.;:!?]\s|[,\"“”]")


# a word, a comma, or a parenthesised abbreviation ("Stadion Utama Kusuma Bangsa (SUKB)", "the Hall of the Teachers Union (NTU)")
_WORD_BEFORE = re.compile(r"([\w’'-]+|,|\(\s*[A-Z][\w.&-]*\s*\))\s*$")


@lru_cache(maxsize=None)
def _travel_regex(code: str) -> re.Pattern:
    """A travel word ending the text before a "to" (``Language.travel_locatives``), its traveller
    between ("a state visit by the Chilean president to Hanoi"; "a visit to Hanoi")."""
    words = language(code).travel_locatives
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(words)})(?:\s+by\s+[^,.;:!?()]{{1,60}}?)?\s*\Z")


@lru_cache(maxsize=None)
def _place_fillers(code: str) -> frozenset[str]:
    """What may stand between a locative and its place: determiners, linkers, place heads."""
    lang = language(code)
    return lang.determiners | lang.place_linkers | place_words()


def named_as_location(text: str, start: int, code: str, settings: Settings = DEFAULT) -> bool:
    """Whether the place name at ``text[start:]`` stands where something is ("bertemu di Mombasa",
    "in the Kenyan city of Mombasa", "di Mombasa, Kenya", "di Stadion Utama Kusuma Bangsa (SUKB),
    Mombasa"), not for its government ("a truce with Beijing", "Moscow and Beijing see it as …"):
    a locative before it, with only determiners, place heads, linkers, commas, capitalised
    words and parenthesised abbreviations between. At most ``settings.place_locative_words``
    of those are lower-case words; a venue's name before its city ("di Gedung Serbaguna
    Sumber Rejeki, Mombasa") counts as one, however many words it has, and the whole run
    stays within ``settings.place_locative_chars``."""
    lang = language(code)
    fillers = _place_fillers(code)
    end = start
    words = 0
    in_name = False  # the word read last (to the right) was a capitalised one
    while words <= settings.place_locative_words:
        m = _WORD_BEFORE.search(text, max(0, start - settings.place_locative_chars), end)
        if m is None:
            return False
        word = m.group(1)
        # a locative in lower case, or opening the claim ("In Mombasa, …"); "Di" inside a name is none
        if word.casefold() in lang.locatives and (word[0].islower() or not text[:m.start()].strip()):
            return True
        if word == "to" and _travel_regex(code).search(text, max(0, m.start() - 80), m.start()):
            return True
        capitalised = word[0].isupper()
        if capitalised:
            words += not in_name  # a name's words count once
        elif word.casefold() in fillers:
            words += 1
        elif not (word == "," or word[0] == "("):
            return False
        in_name = capitalised
        end = m.start()
    return False


class NameWeights:
    """Rarity of each name across the corpus's articles (idf), for the entity overlap.

    Counted as if ``settings.name_idf_prior`` more articles, naming none of these, were in
    the folder: in a folder of five articles on one story every name is in every article,
    and plain idf would make the names they share worth nothing."""

    def __init__(self, profs: list[ArticleProfile], settings: Settings = DEFAULT,
                 stats: tuple[Counter, int] | None = None):
        """``stats``: (articles naming each name, number of articles) of a larger corpus these
        articles are part of (a claim store's), instead of those of ``profs``."""
        df, n = stats if stats is not None else (Counter(t for p in profs for t in p.names), len(profs))
        n = n + settings.name_idf_prior
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}

    def vector(self, names: Counter) -> dict[str, float]:
        v = {t: (1 + math.log(c)) * self.idf.get(t, 0.0) for t, c in names.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}


def _dot(x: dict, y: dict) -> float:
    if len(x) > len(y):
        x, y = y, x
    return sum(v * y.get(t, 0.0) for t, v in x.items())


def link_features(cos: float, ent: float, cross: bool, shared: float, wa: Window, wb: Window,
                  pa: frozenset, pb: frozenset, la: frozenset = frozenset(), lb: frozenset = frozenset(),
                  clock: bool = False, oa: frozenset = frozenset(), ob: frozenset = frozenset(),
                  ra: frozenset = frozenset(), rb: frozenset = frozenset(), ha: frozenset = frozenset(),
                  hb: frozenset = frozenset(), ca: frozenset = frozenset(), cb: frozenset = frozenset(),
                  figures: bool = False) -> dict[str, float]:
    """``clock``: the clock explains the stated dates' day apart (``clock_explains``); ``la``,
    ``lb``: the leads' places, ``oa``, ``ob``: their named occasions, ``ra``, ``rb``: the
    provinces they name, ``ha``, ``hb``: the places their places lie in (``set_apart``); ``ca``,
    ``cb``: the words of the companies they name (``lead_companies``). ``companies_differ`` is
    no weight of the model: it only vetoes (``_vetoed``)."""
    return {"cosine": cos, "entities": ent, "cross_language": float(cross), "cosine_cross": cos * float(cross),
            "shared_claims": shared,
            "dates_differ": float(wa.explicit and wb.explicit and wa.lo != wb.lo and not clock),
            "principals_differ": float(bool(pa - pb and pb - pa)),
            "places_differ": float(set_apart(la, lb, oa, ob, ra, rb, ha, hb)),
            "companies_differ": float(bool(ca and cb and not ca & cb)),
            "figures_differ": float(figures)}


def figures_differ(fa: tuple[tuple[float, float], ...], fb: tuple[tuple[float, float], ...],
                   settings: Settings = DEFAULT) -> bool:
    """Do two articles each give at least ``settings.event_figures_min`` figures
    (``article_figures``), and does at most ``settings.event_figures_agree_max`` of the fewer
    agree with one of the other's (their ranges meet: "nearly 51 percent" and "50.8%")? A
    recurring happening's reports of two days (a market's close, a day's count) share their
    wording and none of their figures; two outlets' versions of one happening share most
    (a figure drifted is one of many)."""
    n = min(len(fa), len(fb))
    if not settings.event_figures_min or n < settings.event_figures_min:
        return False
    agree = min(sum(_meets(x, fb) for x in fa), sum(_meets(y, fa) for y in fb))
    return agree <= settings.event_figures_agree_max * n


def _meets(x: tuple[float, float], ys: tuple[tuple[float, float], ...]) -> bool:
    return any(x[0] <= y[1] and y[0] <= x[1] for y in ys)


def places_differ(la: frozenset, lb: frozenset, ha: frozenset = frozenset(), hb: frozenset = frozenset()) -> bool:
    """Do two leads both place the happening, and in no place in common, nor one in a place that
    the other's lies in (``ha``, ``hb``: ``lead_holders``; "Jambi" against "Kabupaten Tebing Hulu,
    Jambi")?"""
    return bool(la and lb and not la & lb and not la & hb and not lb & ha)


def set_apart(la: frozenset, lb: frozenset, oa: frozenset = frozenset(), ob: frozenset = frozenset(),
              ra: frozenset = frozenset(), rb: frozenset = frozenset(), ha: frozenset = frozenset(),
              hb: frozenset = frozenset()) -> bool:
    """Do two leads set the happening apart: in different places (``places_differ``), at
    different named occasions (both name one, none in common: "the BRICS summit" and "the SCO
    summit" are two gatherings; the same leaders meet at both and say the same things), or in
    different provinces (``lead_regions``). One named occasion in common is no evidence of one
    happening: a summit has many meetings. Cities and provinces are compared apart: a lead
    naming "Malang" and one naming "East Java" do not differ (one holds the other)."""
    return places_differ(la, lb, ha, hb) or places_differ(oa, ob) or places_differ(ra, rb)


def shared_claims(block, infos: list[ClaimInfo], windows: dict, settings: Settings = DEFAULT) -> float:
    """How many claims two articles share: mutual best pairs the verdict is confident of (at most
    ``settings.event_shared_claims_cap``, beyond which more says nothing new). A caption
    dated otherwise than its own article is a recycled photo: it says nothing of the article."""
    mutual = block.mutual_best() & (block.prob >= settings.event_shared_claim_threshold)
    n = 0
    for p, q in zip(*np.nonzero(mutual)):
        if not (_of_its_article(infos[block.rows[p]], windows, settings)
                and _of_its_article(infos[block.cols[q]], windows, settings)):
            continue
        n += 1
    return float(min(n, settings.event_shared_claims_cap))


def _of_its_article(info: ClaimInfo, windows: dict, settings: Settings) -> bool:
    if not info.own_date:
        return True
    w = windows[info.article.id]
    return compatible(info.lo, info.hi, w.lo, w.hi, settings.event_tolerance_days, settings.exact_date_tolerance_days)


class ArticleLinks:
    """The probability that two articles report one happening, computed once a pair."""

    def __init__(self, profs: list[ArticleProfile], infos: list[ClaimInfo], blocks, windows: dict,
                 settings: Settings = DEFAULT, name_stats: tuple[Counter, int] | None = None):
        self.profs = profs
        self.windows = windows
        self.infos = infos
        self.blocks = blocks
        self.settings = settings
        self.model = model_for("event_link", blocks.kind)
        weights = NameWeights(profs, settings, name_stats)
        self.names = [weights.vector(p.names) for p in profs]
        self.weights = weights
        self._memo: dict[tuple[int, int], float] = {}
        self._shared_weight = dict(zip(self.model.features, self.model.weights)).get("shared_claims", 0.0)

    def features(self, i: int, j: int, shared: float | None = None) -> dict[str, float]:
        """The pair's link features; ``shared``: a number of shared claims to take instead of
        counting them (which computes the pair's block of claim verdicts)."""
        a, b = self.profs[i], self.profs[j]
        if shared is None:
            shared = shared_claims(self.blocks.block(a.article_id, b.article_id), self.infos, self.windows, self.settings)
        return link_features(float(a.vector @ b.vector), _dot(self.names[i], self.names[j]), a.language != b.language,
                             shared, a.window, b.window, a.principals, b.principals, a.places, b.places,
                             clock_explains(a, b), a.occasions, b.occasions, a.regions, b.regions, a.holders,
                             b.holders, a.companies, b.companies,
                             # (the figures count only where the stated dates differ: compared there alone)
                             a.window.explicit and b.window.explicit and a.window.lo != b.window.lo
                             and figures_differ(a.figures, b.figures, self.settings))

    def could_reach(self, i: int, j: int, threshold: float) -> bool:
        """Could the link of i and j reach ``threshold``, whatever claims they share? The
        features but ``shared_claims`` cost nothing; the shared claims need the pair's block of
        claim verdicts, the costliest step of a pair. The model is a logistic of a weighted sum,
        so the link is at most the one with the shared claims at the end of their range its
        weight favours (0 or ``settings.event_shared_claims_cap``): below the threshold there,
        below it whatever the block says, and the block is not computed."""
        if not windows_meet(self.profs[i].window, self.profs[j].window, self.settings):
            return False
        favoured = float(self.settings.event_shared_claims_cap) if self._shared_weight >= 0 else 0.0
        f = self.features(i, j, favoured)
        return not _vetoed(f) and self.model.probability(f) >= threshold

    def prefetch(self, pairs) -> None:
        """Have the blocks of claim verdicts that ``probability`` of these pairs will read computed
        together (``BlockScorer.prefetch``): the pairs not scored yet whose windows meet."""
        self.blocks.prefetch([(self.profs[i].article_id, self.profs[j].article_id) for i, j in pairs
                  if ((i, j) if i < j else (j, i)) not in self._memo
                  and windows_meet(self.profs[i].window, self.profs[j].window, self.settings)])

    def probability(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        p = self._memo.get(key)
        if p is None:
            if not windows_meet(self.profs[i].window, self.profs[j].window, self.settings):
                p = 0.0
            else:
                f = self.features(i, j)
                p = 0.0 if _vetoed(f) else self.model.probability(f)
            self._memo[key] = p
        return p


def _vetoed(f: dict[str, float]) -> bool:
    """Stated dates a day apart and leads placing it in different cities, or naming different
    companies, or many figures and few in common: two happenings (the module's docstring),
    whatever else the pair shares."""
    return bool(f["dates_differ"] and (f["places_differ"] or f["companies_differ"] or f["figures_differ"]))


def group_articles(profs: list[ArticleProfile], links: ArticleLinks, settings: Settings = DEFAULT) -> list[list[int]]:
    """Groups of profile indices, each one happening (see the module's docstring)."""
    n = len(profs)
    if n == 0:
        return []
    V = np.stack([p.vector for p in profs])
    scored = []
    # a pair that cannot link: its block of claim verdicts is not computed
    # each article's nearest in each language: a translation scores below most texts in its own
    # language, so among all articles its own story's reports in the other language may not be near
    languages = np.array([p.language for p in profs])
    near = [(i, j) for i, j, _cos in nearest_pairs(V, settings.event_neighbours, each=languages)
            if links.could_reach(i, j, settings.event_link_threshold)]
    links.prefetch(near)  # the blocks the links below read, computed together
    for i, j in near:
        p = links.probability(i, j)
        if p >= settings.event_link_threshold:
            scored.append((p, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    uf = UnionFind(range(n))
    window = {i: profs[i].window for i in range(n)}
    for _p, i, j in scored:
        gi, gj = uf.find(i), uf.find(j)
        if gi == gj:
            continue
        if not windows_meet(window[gi], window[gj], settings):
            continue
        A, B = uf.members[gi], uf.members[gj]
        links.prefetch([(x, y) for x in A for y in B])
        across = [links.probability(x, y) for x in A for y in B]
        if not _joined(across, A, B, profs, settings):
            continue
        merged = _meet(window[gi], window[gj])
        window[uf.union(i, j)] = merged
    _join_on_own_name(profs, links, uf, window, settings)
    _join_orphans(profs, links, uf, window, settings)
    return sorted((sorted(ms) for ms in uf.members.values()), key=lambda ms: ms[0])


def _joined(across: list[float], A: list[int], B: list[int], profs: list[ArticleProfile], settings: Settings) -> bool:
    """May two groups, whose articles' links to each other are ``across``, be one happening?
    When the mean link holds (average linkage); or when several strong links hold and the mean
    is not far off (``settings.event_support_links``, ``settings.event_support_mean``): two
    groups of one happening's reports, each in its own language or wording, link strongly
    through their closest members while their farthest ones (a side story, a translation)
    pull the mean down. Never on that support when two of their articles state dates a day
    apart and the clock does not explain it (the same people's ceremony the next day is
    another event whose reports share many strong links), nor when two of their leads place
    it in different cities (the same leaders meeting again elsewhere)."""
    mean = sum(across) / len(across)
    if mean >= settings.event_link_threshold:
        return True
    strong = sum(1 for p in across if p >= settings.event_link_threshold)
    return (strong >= settings.event_support_links and mean >= settings.event_support_mean
            and not _dates_a_day_apart(A, B, profs) and not _placed_apart(A, B, profs))


def _join_on_own_name(profs: list[ArticleProfile], links: ArticleLinks, uf: UnionFind, window: dict,
                      settings: Settings) -> None:
    """Join two groups that alone, and every one of their articles, name a rare name that is
    not a person's (a volcano, a village, a ship): the reports of one happening whose links are
    weak because one side names many local officials and places the other does not. Not when a
    pair across them is vetoed or names other principals, nor when their stated dates are a day
    apart and both name principals (the same people's ceremony the next day, in the same city,
    is another event; a disaster's wire report names no principal)."""
    if settings.event_own_name_min_idf <= 0 or not any(p.names for p in profs):
        return
    people = set().union(*(p.people for p in profs))  # a name any article gives a person is out
    naming: dict[str, set[int]] = defaultdict(set)
    for i, p in enumerate(profs):
        for t in p.names:
            if t not in people and not _known_name(t):
                naming[t].add(i)
    idf = links.weights.idf
    for t in sorted(naming, key=lambda t: (-idf.get(t, 0.0), t)):
        arts = naming[t]
        if idf.get(t, 0.0) < settings.event_own_name_min_idf or len(arts) < 2:
            continue
        roots = sorted({uf.find(i) for i in arts})
        if len(roots) != 2:
            continue
        gi, gj = roots
        A, B = uf.members[gi], uf.members[gj]
        if set(A) | set(B) != arts or not windows_meet(window[gi], window[gj], settings):
            continue
        feats = [links.features(x, y, 0.0) for x in A for y in B]
        if any(_vetoed(f) or f["principals_differ"] for f in feats):
            continue
        if _dates_a_day_apart(A, B, profs) and all(any(profs[x].principals for x in G) for G in (A, B)):
            continue
        merged = _meet(window[gi], window[gj])
        window[uf.union(A[0], B[0])] = merged


def _known_name(token: str) -> bool:
    """Is an entity token ("@east_java", "@ktt") made only of words the data files know
    (``lang.known_name_words``)? Such a name is a region's, a country's or a common word's, which
    many happenings share (in a small folder it is rare all the same), never a happening's own."""
    words = known_name_words()
    return all(w in words for w in token.lstrip("@").split("_") if w)


def _join_orphans(profs: list[ArticleProfile], links: ArticleLinks, uf: UnionFind, window: dict,
                  settings: Settings) -> None:
    """An article that states no date and is alone in its group joins the group it links to
    best (its strongest link to one of the group's articles) when that link is at least
    ``settings.event_orphan_link`` and at least ``settings.event_orphan_margin`` times its
    best link to any other group, unless it is set apart from one of the group's articles
    (vetoed, or placed elsewhere or at another occasion: ``set_apart``). In a small folder a
    report alone has no other report to make the mean link hold; its best link, far ahead of
    the rest, is the evidence there is."""
    if settings.event_orphan_link <= 0:
        return
    n = len(profs)
    floor = settings.event_orphan_link / max(settings.event_orphan_margin, 1.0)
    for i in range(n):
        gi = uf.find(i)
        if len(uf.members[gi]) != 1 or profs[i].window.explicit:
            continue
        # a link below floor cannot be the best nor keep the best from its margin
        near = [j for j in range(n) if uf.find(j) != gi and windows_meet(window[gi], window[uf.find(j)], settings)
                and links.could_reach(i, j, floor)]
        links.prefetch([(i, j) for j in near])
        best: dict[int, float] = {}
        for j in near:
            g = uf.find(j)
            best[g] = max(best.get(g, 0.0), links.probability(i, j))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][1] < settings.event_orphan_link:
            continue
        if len(ranked) > 1 and ranked[0][1] < settings.event_orphan_margin * ranked[1][1]:
            continue
        g = ranked[0][0]
        a = profs[i]
        if any(_profiles_apart(a, profs[y]) for y in uf.members[g]):
            continue
        merged = _meet(window[gi], window[g])
        window[uf.union(i, g)] = merged


def _dates_a_day_apart(A: list[int], B: list[int], profs: list[ArticleProfile]) -> bool:
    """Do an article of A and one of B both state the happening's date, and different dates
    the clock does not explain (``clock_explains``)?"""
    stated = lambda G: [i for i in G if profs[i].window.explicit]  # noqa: E731
    return any(profs[x].window.lo != profs[y].window.lo and not clock_explains(profs[x], profs[y])
               for x in stated(A) for y in stated(B))


def _placed_apart(A: list[int], B: list[int], profs: list[ArticleProfile]) -> bool:
    """Do an article of A and one of B both lead with where it happened, and no place in
    common, or at what occasion, and none in common (``set_apart``)?"""
    return any(_profiles_apart(profs[x], profs[y]) for x in A for y in B)


def _profiles_apart(a: ArticleProfile, b: ArticleProfile) -> bool:
    """``set_apart`` of two articles' leads: their places, occasions and provinces."""
    return set_apart(a.places, b.places, a.occasions, b.occasions, a.regions, b.regions, a.holders, b.holders)


def _meet(a: Window, b: Window) -> Window:
    """The window a merged group can have: a stated date wins over a publication window."""
    if a.lo is None or (b.explicit and not a.explicit):
        lo, hi, why = b.lo, b.hi, b.why
    elif b.lo is None or (a.explicit and not b.explicit):
        lo, hi, why = a.lo, a.hi, a.why
    else:
        lo, hi, why = max(a.lo, b.lo), min(a.hi, b.hi), a.why
        if lo > hi:
            lo, hi = min(a.lo, b.lo), max(a.hi, b.hi)
    return Window(lo, hi, why, a.weekday if a.weekday is not None else b.weekday)


def assign_events(infos: list[ClaimInfo], vectors: np.ndarray, windows: dict, blocks, settings: Settings = DEFAULT,
                  name_stats: tuple[Counter, int] | None = None
                  ) -> tuple[list[Event], dict[str, str], dict[str, str]]:
    """(events, claim id -> event id, claim id -> why it is not its article's event).

    ``blocks``: a ``matching.pairs.BlockScorer``, whose claim verdicts between two
    articles count as evidence that they report one happening. ``name_stats``: a larger
    corpus's name frequencies (``NameWeights``)."""
    profs = profiles(infos, vectors, windows, settings)
    groups = group_articles(profs, ArticleLinks(profs, infos, blocks, windows, settings, name_stats), settings)
    arts = {}
    for info in infos:
        arts.setdefault(info.article.id, info.article)
    events: list[Event] = []
    event_of_article: dict[str, Event] = {}
    centroid: dict[int, np.ndarray] = {}
    lead_places_of = {p.article_id: p.places for p in profs}
    lead_countries_of = {p.article_id: p.countries for p in profs}
    for g in groups:
        ids = [profs[i].article_id for i in g]
        ev = _make_event(ids, arts, windows, lead_places_of, lead_countries_of)
        events.append(ev)
        v = np.stack([profs[i].vector for i in g]).mean(axis=0)
        centroid[id(ev)] = v / (np.linalg.norm(v) or 1.0)
        for a in ids:
            event_of_article[a] = ev
    event_of: dict[int, Event] = {}
    notes: dict[str, str] = {}
    tol = settings.event_tolerance_days
    earlier: dict[tuple[int, date], Event] = {}  # (its article's event, month) -> the earlier happening's event
    for k, info in enumerate(infos):
        ev = event_of_article[info.article.id]
        c = info.claim
        when = (earlier_month(c.text, info.language, ev.date)
                if settings.event_earlier_frames and info.body and not info.own_date and ev.date else None)
        if when is not None:
            # its own event, one for each earlier month its event's reports recall (so two
            # outlets' like background can still match), never another event of that month:
            # the claim would bring its article into that event's folder, and the matcher then
            # weighs the folder's reports as more than they are
            lo, hi = when
            key = (id(ev), lo)
            if key not in earlier:
                earlier[key] = Event("", None, "", "", [], [], f"an earlier happening, of {lo.isoformat()[:7]}, "
                                     f"that reports of another set their background at", lo, hi)
                events.append(earlier[key])
            ev = earlier[key]
            notes[c.id] = f"framed as an earlier happening ({lo.isoformat()[:7]}), not its article's event"
            event_of[k] = ev
            continue
        if (info.own_date and c.claim_type == "caption" and not compatible(info.lo, info.hi, ev.lo, ev.hi, tol)
                and not taken_since(info, ev)):
            others = [(float(vectors[k] @ centroid[id(e)]), e.id, e) for e in events
                      if e is not ev and e.lo is not None and id(e) in centroid
                      and compatible(info.lo, info.hi, e.lo, e.hi, tol)]
            others = [o for o in others if o[0] >= settings.caption_event_min_cosine]
            if others:
                ev = max(others, key=lambda o: (o[0], o[1]))[2]
            else:
                ev = Event("", info.lo, "", "", [], [], f"the caption's own date {info.lo.isoformat()}", info.lo, info.hi)
                events.append(ev)
            notes[c.id] = f"its own date ({info.lo.isoformat()}) is not its article's event"
        event_of[k] = ev
    _name_events(events, infos, event_of)
    claim_event = {info.id: event_of[k].id for k, info in enumerate(infos)}
    return sorted(events, key=lambda e: e.id), claim_event, notes


def taken_since(info: ClaimInfo, ev: Event) -> bool:
    """Is a caption's own date between its event's date and its article's publication: a photo
    of what followed (the bodies recovered days later, the press conference where the seized
    goods were shown), not one recycled from another happening, which a page can only have
    taken before?"""
    published = info.article.meta.published
    return (ev.lo is not None and info.lo is not None and published is not None
            and ev.lo <= info.lo and info.hi <= published)


def earlier_month(text: str, code: str, anchor: date) -> tuple[date, date] | None:
    """The month of an earlier happening a claim is framed at: a word of an earlier time
    (names.toml ``earlier_frames``: "At a previous meeting in Bangkok in July", "pertemuan
    sebelumnya pada Juli") and a month named, capitalised, that is not the month of its
    event's date ``anchor``: the last such month before it, as (first day, last day). None
    when the claim names no month, or only its event's (the frame is then another thing's:
    "the previous record"), or more than one."""
    if not _earlier_regex(code).search(text):
        return None
    months = {n for m in _month_regex(code).finditer(text)
              if m.start() > 0 and m.group(0)[0].isupper() for n in [language(code).months[m.group(0).casefold()]]}
    if len(months) != 1:
        return None
    m = months.pop()
    if m == anchor.month:
        return None
    y = anchor.year if m < anchor.month else anchor.year - 1
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date(y, m, 1), nxt - timedelta(days=1)


@lru_cache(maxsize=None)
def _month_regex(code: str) -> re.Pattern:
    """The language's month names of at least three letters, whole words (not "Jan."'s dot)."""
    words = [w for w in language(code).months if len(w) >= 3]
    return re.compile(rf"(?<![\w.])(?:{alternation(words)})(?![\w.])", re.IGNORECASE)


def _make_event(members: list[str], arts, windows, lead_places_of: dict[str, frozenset[str]],
                lead_countries_of: dict[str, frozenset[str]]) -> Event:
    explicit = [windows[a].lo for a in members if windows[a].explicit]
    lo = hi = None
    for a in members:
        wlo, whi = windows[a].lo, windows[a].hi
        if wlo is not None:
            lo = wlo if lo is None else max(lo, wlo)
            hi = whi if hi is None else min(hi, whi)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    when = None
    evidence = ""
    said = [windows[a].said for a in members if windows[a].said is not None and lo is not None
            and lo <= windows[a].said <= hi]
    if explicit:
        counts = Counter(explicit)
        when = sorted(counts, key=lambda d: (-counts[d], d))[0]
        lo = hi = when
        evidence = "; ".join(f"{arts[a].name}: {windows[a].why}" for a in members
                             if windows[a].lo == when or windows[a].said == when)
    elif said:
        # no report states the happening's day; the day a statement was made, which its window
        # ends at, names it (the statement is most often the news itself)
        counts = Counter(said)
        when = sorted(counts, key=lambda d: (-counts[d], d))[0]
        evidence = "; ".join(f"{arts[a].name}: {windows[a].why}" for a in members if windows[a].said == when)
    elif lo is not None:
        evidence = "; ".join(f"{arts[a].name}: {windows[a].why}" for a in members)
    # where the leads say it happened; else where most of the reports were filed from the scene
    # (pagemeta.dateline_at_the_scene: a newsroom datelines reports of far-off news with its own
    # city); else where most were filed
    places = Counter(p for a in members for p in lead_places_of.get(a, ()))
    if not places:
        places = Counter(arts[a].meta.place for a in members if dateline_at_the_scene(arts[a]))
        countries = Counter(c for a in members for c in lead_countries_of.get(a, ()))
        if countries:
            # not a capital of another country than the leads set it in: a newsroom datelines a
            # far-off happening with its own city, which its story may name again ("Jakarta, X -
            # Longsor di Nepal ... Kemlu di Jakarta menyatakan ...")
            places = Counter({p: n for p, n in places.items() if _capital_of(p) in (None, *countries)})
        if not places:
            places = countries
    if not places:
        places = Counter(arts[a].meta.place for a in members if arts[a].meta.place)
    place = sorted(places, key=lambda p: (-places[p], p))[0] if places else ""
    return Event("", when, place, "", list(members), [], evidence, lo, hi)


def _capital_of(place: str) -> str | None:
    """The country a capital names (countries.toml ``metonyms``: "Jakarta" -> Indonesia), else None."""
    kind, name = entities().canonical.get(place, ("", ""))
    return name if kind == "country" else None


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.casefold()).strip("-") or "unplaced"


def _name_events(events: list[Event], infos: list[ClaimInfo], event_of: dict[int, Event]) -> None:
    people: dict[int, Counter] = defaultdict(Counter)
    for k, info in enumerate(infos):
        for name in info.persons:
            people[id(event_of[k])][name] += 1
    taken: set[str] = set()
    for ev in sorted(events, key=lambda e: (e.date or date.min, e.place, e.articles, e.evidence)):
        ev.participants = [n for n, _ in sorted(people[id(ev)].items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
        base = f"event:{ev.date.isoformat() if ev.date else 'undated'}:{_slug(ev.place) if ev.place else 'unplaced'}"
        eid, k = base, 2
        while eid in taken:
            eid, k = f"{base}~{k}", k + 1
        taken.add(eid)
        ev.id = eid
        when = ev.date.isoformat() if ev.date else (f"{ev.lo.isoformat()}..{ev.hi.isoformat()}" if ev.lo else "date unknown")
        who = ", ".join(ev.participants[:2])
        ev.label = " · ".join(x for x in (who, ev.place, when) if x)


def publication_estimates(articles, events: list[Event], settings: Settings = DEFAULT) -> dict[str, tuple[date, str]]:
    """article id -> (publication date, why) for pages that print no year at all but whose lead
    gives a day and month (``meta.published_yearless``): the year is the one that puts that
    day nearest its event's date; and for pages with no date but weekdays, one of them the
    event's (``meta.published_weekdays``, ``_week_estimate``). An estimate, and said to be one."""
    event_of = {a: ev for ev in events for a in ev.articles}
    out = {}
    for a in articles:
        month, day, offset = a.meta.published_yearless or (None, None, 0)
        ev = event_of.get(a.id)
        anchor = (ev.date or ev.lo) if ev is not None else None
        if anchor is not None and month is None and a.meta.published_weekdays:
            week = _week_estimate(a.meta.published_weekdays, anchor, settings)
            if week is not None:
                out[a.id] = week
            continue
        if month is None or anchor is None:
            continue
        best = None
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            if best is None or abs((d - anchor).days) < abs((best - anchor).days):
                best = d
        if best is None:
            continue
        out[a.id] = (best + timedelta(days=offset),
                     f"estimated: {a.meta.published_yearless_evidence}, the year of its event "
                     f"({anchor.isoformat()})")
    return out


def _week_estimate(weekdays: tuple, anchor: date, settings: Settings = DEFAULT) -> tuple[date, str] | None:
    """A page with no date but weekdays ("struck on Monday", "on Tuesday"), one of them its
    event's: each weekday is the day of that name in the week around the event's, at most
    ``Settings.weekday_after_event_days`` after it (a page that gives no date is written
    soon after its news, and the days it looks back on come before), and the page is never
    older than the latest of them."""
    if not any(wd == anchor.weekday() for wd, _w in weekdays):
        return None  # no weekday is the event's: nothing ties the page's days to its week
    ahead = settings.weekday_after_event_days
    best = max(((anchor + timedelta(days=ahead - (ahead - (wd - anchor.weekday())) % 7), words)
                for wd, words in weekdays), key=lambda t: t[0])
    return best[0], (f"estimated: {best[1]!r}, the latest weekday the text reports, in the week of its event "
                     f"({anchor.isoformat()})")
