"""What matching knows of each claim: its key, its article, and when its happening can be.

``prepare`` builds one ``ClaimInfo`` per claim of the corpus, in a stable
order (articles as loaded, claims by offset). Every later matching step
refers to claims by their index in that list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from typing import NamedTuple

from ..doc import Article, Claim
from ..lang import alternation, language, slot_words
from ..normalize import Key, cognates, make_key
from ..persons import mentions_in_claim
from ..settings import DEFAULT, Settings
from ..slots import SlotIndex, inside
from .frame import content

BODY_TYPES = ("statement", "quote")


@dataclass
class ClaimInfo:
    """What matching needs of one claim."""

    claim: Claim
    article: Article
    key: Key
    lo: date | None  # the interval of dates the claim's happening can have
    hi: date | None
    own_date: bool  # the interval comes from the claim's own date (a caption's), not its article's
    order: int  # position among the article's body claims (-1 for headlines and captions)
    persons: tuple[str, ...] = ()  # the people the claim names, by their names across the corpus
    speaker: str = ""  # who says it, by their name across the corpus
    # what its figures measure ("person", "magnitude", "percent", "time" for a clock time): two
    # claims giving the same measure may be two versions of one figure; two giving only
    # different measures state different facts
    units: frozenset[str] = frozenset()
    # its longer words spelled as Indonesian borrows them (normalize.cognates): what it shares
    # with a translation through borrowed words ("teknologi", "technology")
    cognates: frozenset[str] = frozenset()
    # a quotation's key without its credit ('," kata X, menurut Reuters': ``frame.py``), when it
    # has one: what the verdicts compare (``match_key``); ``key`` keeps the whole text's
    said_key: Key | None = None
    # the text said_key is made of (``frame.content``), when there is one
    said_text: str | None = None

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def match_key(self) -> Key:
        """The key the verdicts compare: the claim's words less a quotation's credit."""
        return self.said_key or self.key

    @property
    def said(self) -> str:
        """The text ``match_key`` is made of."""
        return self.said_text if self.said_key is not None and self.said_text is not None else self.claim.text

    @property
    def body(self) -> bool:
        return self.claim.claim_type in BODY_TYPES

    @property
    def language(self) -> str:
        return self.article.meta.language


class Window(NamedTuple):
    """The dates an article's main happening can have, and why; ``weekday`` (0 = Monday) when
    the lead names only a weekday ("pada hari Selasa") that nothing resolves."""

    lo: date | None
    hi: date | None
    why: str
    weekday: int | None = None
    # the day the lead says something was said, when that bounds the window from above (the
    # happening it tells may be earlier): the event's date when no report states one
    said: date | None = None

    @property
    def explicit(self) -> bool:
        return self.lo is not None and self.lo == self.hi


def article_interval(article: Article, settings: Settings = DEFAULT) -> Window:
    """The dates the article's main happening can have, and why.

    The first day-precise date in the article's first body paragraphs that is not
    the date of a report ("Dilansir dari Reuters, Jumat, 3 Mei 2024") and not
    after publication, widened to the other such dates there within
    ``settings.event_lead_span_days`` of it (``_lead_span``); else the days before
    publication; else unknown. A weekday the lead names without a date is kept: it
    still rules out a happening on another day of the week.
    """
    first = _first_lead_window(article, settings)
    if first.lo is None or first.lo != first.hi or not settings.event_lead_span_days:
        return first
    return _lead_span(article, first, settings)


def _lead_mentions(article: Article, settings: Settings):
    """The date mentions of the article's first ``settings.event_date_lead_paragraphs`` body
    paragraphs that are not the date of a report, nor a count's cut-off ("367 kasus ... hingga
    Jumat (12/9)": the day the count stood, days before the outbreak was declared), in order, each
    with its claim's paragraph."""
    as_of = _as_of_regex(article.meta.language or "id")
    for c in article.claims:
        if c.claim_type not in BODY_TYPES:
            continue
        if c.paragraph >= settings.event_date_lead_paragraphs:
            break
        yield from ((c.paragraph, d) for d in c.dates
                    if not d.reporting and not as_of.search(article.text, max(0, d.start - 24), d.start))


@lru_cache(maxsize=None)
def _as_of_regex(code: str) -> re.Pattern:
    """A language's cut-off word (``Language.as_of``) right before a date, "hari" allowed between."""
    words = language(code).as_of
    if not words:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{alt})[ \u00a0]+(?:hari[ \u00a0]+)?\Z")


def _lead_days(article: Article, settings: Settings):
    """The lead's stated days that can date its happening: (date mention, day), in order."""
    published = article.meta.published
    for _paragraph, d in _lead_mentions(article, settings):
        if (d.value is not None and d.precision == "day" and not d.weekday_conflict
                and (published is None or d.value <= published)):
            yield d, d.value


def _lead_span(article: Article, first: Window, settings: Settings) -> Window:
    """``first`` (one stated day) widened to the lead's other stated days near it: a follow-up's
    lead gives the day of its news and the day of the happening it follows ("named on Tuesday"
    ... "capsized late Sunday"), and another outlet's lead may give either. When ``first`` is the
    day something was said ("dalam konferensi pers, Kamis (12/6), mengatakan kapal itu disergap
    pada Minggu (8/6)", "police said on Thursday"), what was said may be of a happening up to
    ``settings.report_lag_days`` before it, as a report may be: the lead's days back to then count."""
    days = list(_lead_days(article, settings))
    said = next((spoken(article, d) for d, day in days if day == first.lo), False)
    near = [(d, day) for d, day in days
            if abs((day - first.lo).days) <= settings.event_lead_span_days
            or (said and 0 < (first.lo - day).days <= settings.report_lag_days)]
    lo = min([first.lo] + [day for _d, day in near])
    hi = max([first.hi] + [day for _d, day in near])
    if said and lo == first.lo:
        return Window(first.lo - timedelta(days=settings.report_lag_days), first.hi,
                      first.why + " (the day it was said: what was said may be of the days before)", first.weekday,
                      first.lo)
    if lo == first.lo and hi == first.hi:
        return first
    others = [d.text for d, day in near if day != first.lo]
    why = first.why + "; " + ", ".join(f"{t!r}" for t in dict.fromkeys(others)) + " in the lead too"
    return Window(lo, hi, why, first.weekday)


# how far around a date the words that make it the day of a statement are read
_SPOKEN_AFTER_WORDS = 2
_SPOKEN_BEFORE_WORDS = 4
_SPOKEN_BEFORE_CHARS = 60


def spoken(article: Article, d) -> bool:
    """Is the date mention ``d`` the day of a statement: a speech verb right after it ("Kamis
    (12/6/2025), mengatakan"), or one in its clause before it with the sentence ending soon
    after ("kata Budi di Batam, Kamis.", "police said on Thursday")?"""
    text = article.text
    lang = language(article.meta.language or "id")
    verbs = lang.speech_verbs | lang.quote_verbs
    after = re.findall(r"[^\W\d_]+", text[d.end:d.end + 40])[:_SPOKEN_AFTER_WORDS]
    if any(w.casefold() in verbs for w in after) and not re.search(r"[.!?]", text[d.end:d.end + 3]):
        return True
    before = text[max(0, d.start - _SPOKEN_BEFORE_CHARS):d.start]
    before = re.split(r"[.!?;\"“”]", before)[-1]
    # the sentence ends after it, or what was said follows ("said on Thursday that ...")
    ends = re.match(rf"[^\w]*(?:[.!?]|$|,?\s*(?i:{alternation(lang.complementizers)})\b)", text[d.end:d.end + 12])
    # the verb a few words before it ("said on", "kata Kapolda Hilir di Hilir,"), not an act's
    # verb further off ("declared the outbreak an extraordinary event on Tuesday")
    words = re.findall(r"[^\W\d_]+", before)[-(_SPOKEN_BEFORE_WORDS + 1):]
    if not ends:
        return False
    if any(w.casefold() in verbs for w in words):
        return True
    # or further back, when what stands between is the speaker's title, name and place and the
    # sentence ends on the day ("kata juru bicara badan itu Maria Lestari di Jakarta, Selasa."): a
    # credit closing the sentence, not an act's object, nor an addressee before what was said
    # ("told Russian President Vladimir Putin on Thursday that ...": the talks' day)
    if not re.match(r"[^\w]*(?:[.!?]|$)", text[d.end:d.end + 12]):
        return False
    before = text[max(0, d.start - _SPOKEN_TAIL_CHARS):d.start]
    words = re.findall(r"[^\W\d_]+", re.split(r"[.!?;\"“”]", before)[-1])
    for k in range(len(words) - 1, -1, -1):
        if words[k].casefold() in verbs:
            return sum(not _in_credit(w, lang) for w in words[k + 1:]) <= _CREDIT_OTHER_WORDS
    return False


_SPOKEN_TAIL_CHARS = 120  # how far back a speech verb is looked for across a speaker's credit
# words of a credit none of the language's lists knows ("the provincial police"); an act's object
# has more ("declared the measles outbreak an extraordinary event in all districts")
_CREDIT_OTHER_WORDS = 2


def _in_credit(word: str, lang) -> bool:
    """A word a speaker's credit is written with: a capitalised one (a name, a title, a body, a
    place), or a lower-case title, role or preposition ("juru bicara", "kepala", "di")."""
    if word[:1].isupper():
        return True
    w = word.casefold()
    return w in _credit_words(lang.code)


@lru_cache(maxsize=None)
def _credit_words(code: str) -> frozenset[str]:
    lang = language(code)
    words = {w for phrase in (*lang.titles, *lang.attribution.roles) for w in phrase.casefold().split()}
    return frozenset(words | {w.casefold() for w in slot_words(code).place_prepositions} | set(lang.function_words))


def _first_lead_window(article: Article, settings: Settings) -> Window:
    """``article_interval`` before its span: the first stated day alone."""
    published = article.meta.published
    weekday = None
    lead = next((c.paragraph for c in article.claims if c.claim_type in BODY_TYPES), 0)
    for paragraph, d in _lead_mentions(article, settings):
        if d.value is None:
            if weekday is None and d.weekday is not None:
                weekday = d.weekday
            continue
        if d.precision != "day":
            continue
        if published is not None and d.value > published:
            continue  # a plan or a deadline, not what happened
        if d.weekday_conflict:
            # the weekday and the date disagree ("Sabtu (2/10)" when the 2nd is a Sunday):
            # either may be the slip, so the happening is on one of the two days
            other = weekday_nearest(d.value, d.weekday)
            lo, hi = min(d.value, other), max(d.value, other)
            return Window(lo, hi, f"{d.text!r} in the text (its weekday is {other.isoformat()})")
        if paragraph > lead and published is not None and (published - d.value).days > settings.report_lag_days:
            # the lead's own news has no day ("X has been suspended"), and the first day stated
            # after it is of what led to it, weeks before ("a sample taken on April 18"): the news
            # itself is of any day from then to the report's
            return Window(d.value, published, f"{d.text!r} in the text, after an undated lead: "
                          "the lead's news may be of any day from then to publication", weekday)
        return Window(d.value, d.value, f"{d.text!r} in the text")
    if published is not None:
        return Window(published - timedelta(days=settings.report_lag_days), published, "the days before publication",
                      weekday)
    return Window(None, None, "no date", weekday)


def weekday_nearest(day: date, weekday: int) -> date:
    """The day nearest ``day`` that falls on ``weekday`` (0 = Monday); the earlier one when two
    are as near (a report is more often a day late than early)."""
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead) if ahead < 7 - ahead else day - timedelta(days=7 - ahead)


def windows_meet(a: Window, b: Window, settings: Settings = DEFAULT) -> bool:
    """Can two articles' happenings be one? Only what is known can rule it out: two
    stated dates more than ``exact_date_tolerance_days`` apart, two windows that do not
    overlap (with ``event_tolerance_days`` of slack), or a stated date on another
    weekday than the one the other lead names."""
    if a.lo is not None and b.lo is not None:
        tol = settings.exact_date_tolerance_days if a.explicit and b.explicit else settings.event_tolerance_days
        if not compatible(a.lo, a.hi, b.lo, b.hi, tol, tol):
            return False
    for x, y in ((a, b), (b, a)):
        if x.weekday is not None and y.explicit and not _near_weekday(y.lo.weekday(), x.weekday, settings):
            return False
    if a.weekday is not None and b.weekday is not None and not _near_weekday(a.weekday, b.weekday, settings):
        return False
    return True


def _near_weekday(w1: int, w2: int, settings: Settings) -> bool:
    d = (w1 - w2) % 7
    return min(d, 7 - d) <= settings.exact_date_tolerance_days


def claim_interval(c: Claim, art_lo, art_hi) -> tuple[date | None, date | None, bool]:
    """A caption's own date places it (a photo can come from another day); a body
    claim's happening is its article's: the dates inside it (a schedule, a past
    meeting, a weekday an outlet got wrong) are compared as slots, not used to gate."""
    if c.claim_type == "caption":
        for d in c.dates:
            if d.value is not None and d.precision == "day" and not d.reporting:
                return d.value, d.value, True
    return art_lo, art_hi, False


def compatible(a_lo, a_hi, b_lo, b_hi, tol_days: int, exact_tol_days: int = DEFAULT.exact_date_tolerance_days) -> bool:
    """Can two date intervals be one happening? Two dates the texts state (one-day
    intervals) may differ by ``exact_tol_days`` (time zones, a late report); a window
    guessed from publication dates gets the wider ``tol_days``. Unknown dates can be anything."""
    if a_lo is None or b_lo is None:
        return True
    exact = a_lo == a_hi and b_lo == b_hi
    tol = timedelta(days=exact_tol_days if exact else tol_days)
    return a_lo - tol <= b_hi and b_lo - tol <= a_hi


def persons_in_claim(article: Article, claim: Claim, names: dict[str, str]) -> tuple[str, ...]:
    """The people a claim names (outside its holes), by their names across the corpus."""
    return tuple(sorted({names.get(p.attrs["name"], p.attrs["name"])
                         for p in mentions_in_claim(article.layer("persons"), claim)}))


def claim_units(c: Claim, index: SlotIndex) -> frozenset[str]:
    """What the claim's figures measure (the ``numbers`` layer's units; ``time`` for a clock
    time), outside its holes; ordinals ("ke-80") measure nothing."""
    units = {s.attrs["unit"] for s in index.layer_within("numbers", c.start, c.end)
             if s.attrs.get("unit") and not s.attrs.get("ordinal") and inside(s, c)}
    if any(inside(s, c) for s in index.layer_within("times", c.start, c.end)):
        units.add("time")
    return frozenset(units)


class KeyedClaim(NamedTuple):
    """What ``prepare`` derives from one claim alone, given the people it names: kept (a claim
    store keeps it with the claim's article) so that a claim is not keyed again."""

    persons: tuple[str, ...]
    key: Key
    units: frozenset[str]
    cognates: frozenset[str]
    # a quotation's key without its credit (``ClaimInfo.said_key``); None when it has none (and
    # in a store written before it was kept: then it is made again)
    said_key: Key | None = None


def prepare(articles: list[Article], settings: Settings = DEFAULT, names: dict[str, str] | None = None,
            known: dict[str, KeyedClaim] | None = None) -> tuple[list[ClaimInfo], dict[str, Window]]:
    """(claim infos, article id -> the window of its happening). ``names`` maps each article's
    person names to their names across the corpus (``persons.unify_names``). ``known``: claim id
    -> its ``KeyedClaim`` from an earlier ``prepare`` with the same settings, taken instead of
    keying the claim again when it names the same people (the rest depends on its text alone)."""
    names = names or {}
    known = known or {}
    infos = []
    windows = {}
    # (language, text, people) -> (key, cognates): copies of a wire report repeat claims word for
    # word, and a key depends on nothing else, so each distinct claim is keyed once
    keys: dict[tuple, tuple[Key, frozenset[str]]] = {}
    said_keys: dict[tuple, Key] = {}  # the same for quotations' words without their credit
    for a in articles:
        lang = language(a.meta.language)
        window = article_interval(a, settings)
        windows[a.id] = window
        lo, hi = window.lo, window.hi
        order = 0
        slot_index = None
        for c in a.claims:
            persons = persons_in_claim(a, c, names)
            said = content(c.text, lang.code, c.claim_type, settings)  # (a quotation's words less its credit)
            keyed = known.get(c.id)
            if keyed is None or keyed.persons != persons:
                slot_index = slot_index or SlotIndex(a)
                same = keys.get((lang.code, c.text, persons))
                if same is None:
                    key = make_key(c.text, lang, persons)
                    same = keys[(lang.code, c.text, persons)] = (key, cognates(
                        key, lang.code, settings.cognate_min_letters, settings.cognate_skeleton_letters))
                keyed = KeyedClaim(persons, same[0], claim_units(c, slot_index), same[1], _said_key(
                    said, c, lang, persons, said_keys))
            elif keyed.said_key is None:
                keyed = keyed._replace(said_key=_said_key(said, c, lang, persons, said_keys))
            clo, chi, own = claim_interval(c, lo, hi)
            body = c.claim_type in BODY_TYPES
            infos.append(ClaimInfo(c, a, keyed.key, clo, chi, own, order if body else -1, persons,
                                   names.get(c.speaker, c.speaker), keyed.units, keyed.cognates, keyed.said_key,
                                   said if keyed.said_key is not None else None))
            if body:
                order += 1
    return infos, windows


def _said_key(said: str, c: Claim, lang, persons: tuple[str, ...], made: dict) -> Key | None:
    """The key of a quotation's words without its credit (``said``: ``frame.content``), None when
    it has none; ``made``: (language, text, people) -> key, those made in this pass."""
    if said == c.text:
        return None
    key = made.get((lang.code, said, persons))
    if key is None:
        key = made[(lang.code, said, persons)] = make_key(said, lang, persons)
    return key


def keyed_claim(info: ClaimInfo) -> KeyedClaim:
    """What ``prepare`` derived from the claim alone (to give it back as ``known``)."""
    return KeyedClaim(info.persons, info.key, info.units, info.cognates, info.said_key)
