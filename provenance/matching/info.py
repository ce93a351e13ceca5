"""What matching knows of each claim: its key, its article, and when its happening can be.

``prepare`` builds one ``ClaimInfo`` per claim of the corpus, in a stable
order (articles as loaded, claims by offset). Every later matching step
refers to claims by their index in that list.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..doc import Article, Claim
from ..lang import language
from ..normalize import Key, make_key
from ..settings import DEFAULT, Settings

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

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def body(self) -> bool:
        return self.claim.claim_type in BODY_TYPES

    @property
    def language(self) -> str:
        return self.article.meta.language


def article_interval(article: Article, settings: Settings = DEFAULT) -> tuple[date | None, date | None, str]:
    """The dates the article's main happening can have, and why.

    The first day-precise date in the article's first body paragraphs that is not
    the date of a report ("Dilansir dari Reuters, Sabtu, 10 Mei 2025") and not
    after publication; else the days before publication; else unknown.
    """
    published = article.meta.published
    for c in article.claims:
        if c.claim_type not in BODY_TYPES:
            continue
        if c.paragraph >= settings.event_date_lead_paragraphs:
            break
        for d in c.dates:
            if d.value is None or d.precision != "day" or d.reporting:
                continue
            if published is not None and d.value > published:
                continue  # a plan or a deadline, not what happened
            return d.value, d.value, f"{d.text!r} in the text"
    if published is not None:
        return published - timedelta(days=settings.report_lag_days), published, "the days before publication"
    return None, None, "no date"


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


def persons_in_claim(article: Article, claim: Claim) -> tuple[str, ...]:
    """Canonical names of the people a claim names (outside its holes)."""
    return tuple(sorted({p.attrs["name"] for p in article.layer("persons")
                         if claim.start <= p.start < claim.end
                         and not any(a <= p.start < b for a, b in claim.holes)}))


def prepare(articles: list[Article], settings: Settings = DEFAULT) -> tuple[list[ClaimInfo], dict]:
    """(claim infos, article id -> (lo, hi, why) event window)."""
    infos = []
    windows = {}
    for a in articles:
        lang = language(a.meta.language)
        lo, hi, why = article_interval(a, settings)
        windows[a.id] = (lo, hi, why)
        order = 0
        for c in a.claims:
            key = make_key(c.text, lang, persons_in_claim(a, c))
            clo, chi, own = claim_interval(c, lo, hi)
            body = c.claim_type in BODY_TYPES
            infos.append(ClaimInfo(c, a, key, clo, chi, own, order if body else -1))
            if body:
                order += 1
    return infos, windows
