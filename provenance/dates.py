"""Reading and resolving dates (Indonesian and English).

Our own reader rather than dateparser: measured here (see
``../shared/notes/LIBRARIES.md``), dateparser misses Indonesian relative
forms ("Selasa 21 Januari lalu", "pada hari Kamis") and invents days for
month-only dates, while these patterns, built from the calendar data files,
cover the forms news uses and keep exact offsets.

A weekday-only mention resolves to the latest such day on or before the
reference date (the publication date); with a past marker ("Selasa lalu",
"last Tuesday") strictly before it. A year-less date takes the reference's
year, or the year before when that would put it more than a week ahead.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache

from .settings import DEFAULT, Settings
from .doc import ByStart, DateMention
from .lang import NEVER, Language, alternation, possessives, slot_words

# A year-less date more than this far after the reference belongs to the year before ...
YEARLESS_FUTURE_SLACK = timedelta(days=7)
# ... unless it is within this many days ahead: then it is the coming one, a plan or a deadline
# (a page names a date of last year with its year; "pada 25 Maret" on 12 March is this month's)
YEARLESS_AHEAD = timedelta(days=45)
# News reports dates in this range; a "date" outside it is a number in a path or an id.
MIN_YEAR, MAX_YEAR = 1900, 2100


@lru_cache(maxsize=None)
def _patterns(lang: Language) -> list[tuple[str, re.Pattern]]:
    wd = alternation(lang.weekdays)
    mon = alternation(lang.months)
    past = alternation(lang.past_markers)
    day_suffix = alternation(slot_words(lang.code).ordinal_suffixes)  # "June 12th", "21st April"
    year_lead = "|".join(rf"(?<=\b{re.escape(w)} )" for w in lang.year_lead) or NEVER
    pats = [
        ("iso", r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
        ("numeric", rf"(?:(?P<wd>{wd})\s*,?\s*)?\(?(?<![/\d])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>(?:19|20)\d{{2}}|\d{{2}})(?![\d/])\)?"),
        ("numeric_yearless", rf"(?:(?P<wd>{wd})\s*,?\s*)?\((?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})\)"),
        ("day_month", rf"(?:(?P<wd>{wd})\s*[,(]?\s*)?(?<!\d)(?P<d>\d{{1,2}})(?:{day_suffix})?\s+(?P<mon>{mon})\.?(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}}))?(?:\s+(?P<past>{past}))?(?!\w)"),
        ("month_day", rf"(?:(?P<wd>{wd})\s*,?\s*)?(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:{day_suffix})?(?!\d)(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}}))?"),
        ("month_year", rf"(?P<mon>{mon})\s+(?P<y>(?:19|20)\d{{2}})(?!\d)"),
        ("weekday", rf"(?:(?P<pastpre>{past})\s+)?(?P<wd>{wd})(?:\s+(?P<past>{past}))?(?!\w)"),
        ("rel_period", rf"(?P<period>{alternation(lang.relative_periods)})(?!\w)"),
        ("anchored", rf"(?P<anchored>{alternation(lang.anchored_days)})(?!\w)"),
        ("anchored_count", _anchored_count(lang)),
        ("rel_day", rf"(?P<relday>{alternation(lang.relative_days)})(?!\w)"),
        ("year", rf"(?:{year_lead})(?P<y>(?:19|20)\d{{2}})(?![\d/])"),
    ]
    out = []
    for name, p in pats:
        if name == "month_day" and not lang.month_before_day:
            continue
        out.append((name, re.compile(r"(?<!\w)" + p, re.IGNORECASE)))
    return [(n, r) for n, r in out] + [("_order", re.compile(lang.date_order))]


def _future_context(text: str, pos: int, lang: Language) -> bool:
    """Does the sentence of a bare weekday speak of what is to come ("akan pulang hari Jumat",
    "Pada Kamis, Macron dijadwalkan kembali")?"""
    # read no further than the 120 characters either side that count: a search of the whole
    # text from each weekday made a long line of weekdays cost its square
    near = max(0, pos - 120)
    start = max(text.rfind(". ", near, pos), text.rfind("\n", near, pos), pos - 120)
    ends = [i for i in (text.find(". ", pos, pos + 122), text.find("\n", pos, pos + 121)) if i >= 0]
    end = min(ends + [pos + 120, len(text)])
    sentence = text[start + 1:end].casefold()
    at = pos - start - 1
    for m in _future_regex(lang.code).finditer(sentence):
        if m.start() >= at or not _past_clause_between(sentence[m.end():at], lang):
            return True
    return False


def _past_clause_between(words: str, lang: Language) -> bool:
    """Do the words between a future word and a bare weekday hold a past form (an -ed word or an
    irregular past, ``Language.is_verb``'s shapes) that heads a clause of its own: no auxiliary
    of the passive before it (``Language.passive_auxiliaries``) and a preposition or particle
    after it (``Language.past_clause_next``), or a verb of speech ("..., the minister told
    reporters on Friday")? "will appeal the sentence | handed down on Tuesday": the weekday
    dates the sentence; not "will be | announced on Friday", nor "will raise | subsidised fuel
    prices from Saturday". Only in a language whose verbs show tense (an
    Indonesian verb's prefix says nothing of when)."""
    if _tenseless(lang):
        return False
    toks = re.findall(r"[\w-]+", words)
    for k, w in enumerate(toks):
        if k and (w in lang.bare_verbs or (
                w not in lang.non_verbs and w not in lang.auxiliaries
                and any(w.endswith(x) and len(w) >= len(x) + 3 for x in lang.verb_suffixes))) \
                and toks[k - 1] not in lang.passive_auxiliaries \
                and (k + 1 == len(toks) or toks[k + 1] in lang.past_clause_next or w in lang.speech_verbs):
            return True
    return False


@lru_cache(maxsize=None)
def _future_regex(code: str) -> re.Pattern:
    """Any of the language's words of what is to come, as a whole word, in one pattern (each
    tried apart made each weekday cost a search a word)."""
    from .lang import language
    markers = language(code).future_markers
    if not markers:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(m) for m in markers) + r")(?!\w)")


def _tenseless(lang: Language) -> bool:
    """Do the language's verbs show no tense (slots.toml ``verbs_show_tense``)?"""
    return not slot_words(lang.code).verbs_show_tense


def _capitalised(word: str, lang: Language) -> bool:
    # Lowercase "minggu" is "week" and lowercase "mei" is rare outside dates:
    # calendar names count only when written with a capital.
    return bool(word) and word[0].isupper()


# the patterns that read a digit: a stretch with none cannot hold them
_DIGIT_PATTERNS = frozenset({"iso", "numeric", "numeric_yearless", "day_month", "month_day", "month_year", "year"})
_DIGIT = re.compile(r"\d")
# Readings kept: the page-metadata stage and the dates stage read the same paragraphs of an
# article (a block, the lead, a paragraph); each reads them once, and the ones kept cover an
# article's stretches between the two stages.
READINGS_KEPT = 256


def find_dates(text: str, lang: Language, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, unresolved (relative ones have no value yet).
    New objects at each call (callers resolve them in place), from a reading of that stretch
    made once."""
    end = len(text) if end is None else end
    return [_fresh(dm) for dm in _read_stretch(text, lang, start, end)]


@lru_cache(maxsize=None)
def range_start(code: str | None = None) -> re.Pattern:
    """A bare day and its link ending the text searched, before the date that ends a range of
    days: "3-" / "3–" / "3 hingga " / "3 to " (a dash, or a range word of any language:
    boilerplate.toml ``range_words``) of "3-13 September 2024"; given a language, a list's too
    ("9 dan " of "9 dan 10 Maret": calendar.toml ``day_ranges.listed``). The day is group 1."""
    from .lang import alternation, language, page_words
    words = alternation([*page_words().range_words, *(language(code).day_list_links if code else ())])
    return re.compile(rf"(?i)(?<![\w.,/])(\d{{1,2}})[ \u00a0]*(?:[-–—]|(?:{words})(?!\w))[ \u00a0]*\Z")


@lru_cache(maxsize=None)
def _range_end_after() -> re.Pattern:
    """A link and a bare day right after a date, with the range's year if it closes it ("-15",
    " to 15", "-15, 2026"; the links of ``range_start``)."""
    from .lang import alternation, page_words
    words = alternation(page_words().range_words)
    return re.compile(rf"(?i)[ \u00a0]*(?:[-–—]|(?:{words})(?!\w))[ \u00a0]*(\d{{1,2}})(?:,?[ \u00a0]+(\d{{4}})(?!\d))?"
                      rf"(?![\w:/]|[.,]\d|[ \u00a0]*(?:%|\d))")


def _other_day_of_span(text: str, dm: DateMention, name: str, lang: Language, start: int, end: int
                       ) -> DateMention | None:
    """The bare day that a span or list of days of one month gives beside a full date ("9-15
    Maret 2026": the 9th; "March 9 to 15": the 15th), as a date of the same month and year:
    the earlier day before the date, the later one after it. Only the day's digits are its
    span; ``None`` when there is none or it is no day of that month."""
    if name == "day_month":
        m = range_start(lang.code).search(text, max(start, dm.start - 16), dm.start)
    else:
        m = _range_end_after().match(text, dm.end, end)
    if m is None:
        return None
    day = int(m.group(1))
    year = m.group(2) if name == "month_day" else None
    if year is not None and dm.value is None and dm.pending and MIN_YEAR <= int(year) <= MAX_YEAR:
        # "February 4-8, 2025": the year closing the span is the first day's too
        try:
            dm.value, dm.relative, dm.pending = date(int(year), dm.pending[1], dm.pending[2]), False, ()
        except ValueError:
            return None
    mine = dm.value.day if dm.value is not None else dm.pending[2] if dm.pending else None
    if mine is None or (day >= mine if name == "day_month" else day <= mine):
        return None
    out = _fresh(dm)
    out.start, out.end, out.text = m.start(1), m.end(1), m.group(1)
    out.weekday, out.weekday_conflict = None, False
    if dm.value is not None:
        try:
            out.value = dm.value.replace(day=day)
        except ValueError:
            return None
    else:
        out.pending = (dm.pending[0], dm.pending[1], day, *dm.pending[3:])
    return out


def _fresh(dm: DateMention) -> DateMention:
    """A new mention with the same fields (what ``dataclasses.replace(dm)`` gave, at a quarter
    of its cost: the page-metadata stage asks for every date of a text full of them)."""
    out = object.__new__(DateMention)
    out.__dict__.update(dm.__dict__)
    return out


@lru_cache(maxsize=READINGS_KEPT)
def _read_stretch(text: str, lang: Language, start: int, end: int) -> tuple[DateMention, ...]:
    pats = _patterns(lang)
    order = pats[-1][1].pattern
    found: list[tuple[int, int, str, re.Match]] = []
    digits = _DIGIT.search(text, start, end) is not None
    for name, rx in pats[:-1]:
        if name in _DIGIT_PATTERNS and not digits:
            continue
        for m in rx.finditer(text, start, end):
            found.append((m.start(), m.end(), name, m))
    # Longest match wins; ties go to the earlier pattern.
    rank = {n: i for i, (n, _) in enumerate(pats)}
    found.sort(key=lambda t: (-(t[1] - t[0]), rank[t[2]], t[0]))
    taken = _Taken()
    out: list[DateMention] = []
    for s, e, name, m in found:
        if taken.overlaps(s, e):
            continue
        dm = _read(m, name, text, lang, order)
        if dm is None:
            continue
        taken.add(s, e)
        out.append(dm)
        if name in ("day_month", "month_day"):
            other = _other_day_of_span(text, dm, name, lang, start, end)
            if other is not None and not taken.overlaps(other.start, other.end):
                taken.add(other.start, other.end)
                out.append(other)
    out.sort(key=lambda d: d.start)
    return tuple(out)


class _Taken:
    """The stretches already read as dates: disjoint, never empty (every date pattern reads a
    word or a digit) and kept sorted, so that whether a match overlaps one is a binary search
    (the one starting last before the match's end is the only one that can), where a scan of
    all of them made a line of many dates cost its square."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        k = bisect_left(self.starts, e) - 1
        return k >= 0 and self.ends[k] > s

    def add(self, s: int, e: int) -> None:
        k = bisect_left(self.starts, s)
        self.starts.insert(k, s)
        self.ends.insert(k, e)


def _read(m: re.Match, name: str, text: str, lang: Language, order: str) -> DateMention | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    wd = g.get("wd")
    weekday = None
    if wd:
        if not _capitalised(wd, lang):
            if name == "weekday":
                return None
            # drop an uncapitalised weekday from the front of a fuller date
            wd = None
        else:
            weekday = lang.weekdays[wd.casefold()]
    mon = g.get("mon")
    if mon and not _capitalised(mon, lang):
        return None
    past = bool(g.get("past") or g.get("pastpre"))
    if name == "iso":
        if not MIN_YEAR <= int(g["y"]) <= MAX_YEAR:
            return None
        try:
            value = date(int(g["y"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        return DateMention(s, e, text[s:e], value)
    if name == "numeric":
        a, b = int(g["a"]), int(g["b"])
        d, mo = (a, b) if order == "dmy" else (b, a)
        y = int(g["y"])
        y = y + 2000 if y < 100 else y
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None  # a path or an id ("read/2024/09/05/16383291"), not a date
        try:
            value = date(y, mo, d)
        except ValueError:
            return None
        return DateMention(s, e, text[s:e], value, weekday=weekday,
                           weekday_conflict=weekday is not None and value.weekday() != weekday)
    if name == "numeric_yearless":
        # "Kamis (12/6)": day and month in parentheses, the year of the reference
        a, b = int(g["a"]), int(g["b"])
        d, mo = (a, b) if order == "dmy" else (b, a)
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return None
        dm = DateMention(s, e, text[s:e], None, relative=True, weekday=weekday)
        dm.pending = ("yearless", mo, d, False, _future_context(text, s, lang), _tenseless(lang))
        return dm
    if name in ("day_month", "month_day"):
        d, mo = int(g["d"]), lang.months[mon.casefold().rstrip(".")]
        if g.get("y"):
            try:
                value = date(int(g["y"]), mo, d)
            except ValueError:
                return None
            return DateMention(s, e, text[s:e], value, weekday=weekday,
                               weekday_conflict=weekday is not None and value.weekday() != weekday)
        if not 1 <= d <= 31:
            return None
        dm = DateMention(s, e, text[s:e], None, relative=True, weekday=weekday)
        dm.pending = ("yearless", mo, d, past, not past and _future_context(text, s, lang), _tenseless(lang))
        return dm
    if name == "month_year":
        return DateMention(s, e, text[s:e], date(int(g["y"]), lang.months[mon.casefold()], 1), precision="month")
    if name == "weekday":
        # A bare weekday must stand as a time expression: capitalised and either
        # led by "pada (hari)"/"on", followed by "lalu" or a part of the day ("Selasa malam"),
        # or followed by a comma/stop, or owning what happened on it ("Thursday's vote", wire style).
        lead = text[max(0, s - 10):s].casefold()
        after = text[e:e + 2]
        if not (past or any(lead.rstrip().endswith(w) for w in lang.weekday_lead)
                or after[:1] in (",", ".", ")", ";") or after[:1] == "" or _bare_in_running_text(text, s, e)
                or _owning_a_word().match(text, e) or _part_of_day_after(lang).match(text, e)):
            return None
        dm = DateMention(s, e, text[s:e], None, relative=True, weekday=weekday)
        dm.pending = ("weekday", weekday, past, not past and _future_context(text, s, lang))
        return dm
    if name == "rel_period":
        unit, k = lang.relative_periods[g["period"].casefold()]
        dm = DateMention(s, e, text[s:e], None, relative=True, precision=unit)
        dm.pending = ("period", unit, k)
        return dm
    if name == "anchored":
        dm = DateMention(s, e, text[s:e], None, relative=True)
        dm.pending = ("anchored", lang.anchored_days[g["anchored"].casefold()])
        return dm
    if name == "anchored_count":
        n = g["count"].casefold()
        days = int(n) if n.isdigit() else slot_words(lang.code).number_words[n]
        if not 1 <= days <= _ANCHORED_COUNT_MAX:
            return None
        sign = -1 if g.get("earlier") else 1
        dm = DateMention(s, e, text[s:e], None, relative=True)
        dm.pending = ("anchored", sign * days)
        return dm
    if name == "rel_day":
        dm = DateMention(s, e, text[s:e], None, relative=True)
        dm.pending = ("days", lang.relative_days[g["relday"].casefold()])
        return dm
    if name == "year":
        return DateMention(s, e, text[s:e], date(int(g["y"]), 1, 1), precision="year")
    return None


# the most days a counted anchored phrase counts ("lima hari sebelumnya"): more is a span of weeks
# that news writes in weeks or with a date
_ANCHORED_COUNT_MAX = 31


def _anchored_count(lang: Language) -> str:
    """The pattern of days counted from the date last named (calendar.toml
    ``[relative.anchored_count]``): a number of days in digits or a number word, then a word
    counting back ("earlier") or forward ("later")."""
    words = lang.anchored_count
    if not (words.get("days") and (words.get("earlier") or words.get("later"))):
        return NEVER
    numbers = alternation(w for w, v in slot_words(lang.code).number_words.items() if 1 <= v <= _ANCHORED_COUNT_MAX)
    earlier = alternation(words.get("earlier", ()), space=r"\s+")
    later = alternation(words.get("later", ()), space=r"\s+")
    return (rf"(?P<count>\d{{1,2}}|{numbers})\s+(?:{alternation(words['days'])})\s+"
            rf"(?:(?P<earlier>{earlier})|(?P<later>{later}))(?!\w)")


@lru_cache(maxsize=None)
def _part_of_day_after(lang: Language) -> re.Pattern:
    """A part of the day right after a weekday (calendar.toml ``weekday_tail``: "Selasa malam",
    "Monday night"), as a whole word in lower case: capitalised it may be a name's ("the film
    Friday Night Lights")."""
    if not lang.weekday_tail:
        return re.compile(NEVER)
    words = alternation(lang.weekday_tail, space=r"\s+")
    return re.compile(rf"\s+(?:{words})(?!\w)")


def _bare_in_running_text(text: str, s: int, e: int) -> bool:
    """A capitalised weekday between two lower-case words is a time expression too ("was
    inaugurated Sunday as ...", "killed nine people Monday and ..."), as wire style writes
    it; beside another capitalised word it may be a name ("Black Friday", "Jumat Agung")."""
    before = text[max(0, s - 40):s].split()
    after = text[e:e + 40].split()
    return bool(before and after and before[-1][:1].islower() and after[0][:1].islower())


def resolve(mentions: list[DateMention], reference: date | None) -> None:
    """Give relative mentions a value against ``reference`` (in place); an anchored one
    ("sehari sebelumnya", "the next day") counts from the day-precise date named before it."""
    last_day: date | None = None
    for dm in sorted(mentions, key=lambda d: d.start):
        pending = dm.pending or None
        if pending is not None and pending[0] == "anchored":
            if last_day is not None:
                dm.value = last_day + timedelta(days=pending[1])
            continue
        if pending is not None and reference is not None:
            _resolve_one(dm, pending, reference)
        if dm.value is not None and dm.precision == "day":
            last_day = dm.value


# what may stand between two dates of one list: commas and a conjunction ("Selasa (9/3), Jumat
# (12/3), dan Senin (15/3/2027)")
_LIST_GAP = re.compile(r"[\s,;]*(?:[^\W\d_]{1,6}[\s,]*)?")
# how far before the dated day a year-less day of its list may be ("9, 12 dan 15 Maret 2027")
_LIST_SPAN = timedelta(days=366)


@lru_cache(maxsize=None)
def _owning_a_word() -> re.Pattern:
    """A possessive ending right after a weekday, a word after it ("Thursday's vote")."""
    return re.compile(rf"(?:{alternation(possessives())})\s+[^\W\d_]")


def year_of_the_list(text: str, mentions: list[DateMention]) -> None:
    """Year-less days listed before one written with its year take that year ("Selasa (9/3),
    Jumat (12/3), dan Senin (15/3/2027)"): the list gives it once, at its end, and the
    reference's year they took alone may be another (next year's holidays, set this year)."""
    ordered = sorted(mentions, key=lambda d: d.start)
    run: list[DateMention] = []
    for dm in ordered:
        if run and not _LIST_GAP.fullmatch(text, run[-1].end, dm.start):
            run = []
        if dm.pending and dm.pending[0] == "yearless":
            run.append(dm)
            continue
        if run and dm.value is not None and dm.precision == "day" and not dm.pending:
            for listed in run:
                _, mo, d, *_rest = listed.pending
                v = _day(dm.value.year, mo, d)
                if v is not None and timedelta(0) <= dm.value - v <= _LIST_SPAN and v != listed.value:
                    listed.value = v
                    listed.weekday_conflict = listed.weekday is not None and v.weekday() != listed.weekday
        run = []


def _day(y: int, mo: int, d: int) -> date | None:
    """The day, or None where the year has none (29 February)."""
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _resolve_one(dm: DateMention, pending: tuple, reference: date) -> None:
    """Resolve one relative mention against the reference date."""
    kind = pending[0]
    if kind == "yearless":
        _, mo, d, _past, future, tenseless = pending
        # in a sentence of what is to come ("will impose tariffs from Nov. 1", "berlaku mulai 1
        # Januari") the next such day, not the last: a plan or a deadline is ahead of the page
        years = (reference.year, reference.year + 1) if future else (reference.year, reference.year - 1)
        for y in years:
            v = _day(y, mo, d)
            if v is None:
                continue
            if (v >= reference - YEARLESS_FUTURE_SLACK) if future else (v <= reference + YEARLESS_FUTURE_SLACK):
                dm.value = v
                break
        if tenseless and not future and dm.value is not None and dm.value.year < reference.year:
            # where verbs show no tense, a day and month within ``YEARLESS_AHEAD`` after the page
            # is the coming one ("sepakat melanjutkan perundingan pada 25 Maret", dated 12 March),
            # not last year's: a page names a date of last year with its year (English says by its
            # tense: "met on Nov. 1" is last year's)
            ahead = _day(reference.year, mo, d)
            if ahead is not None and ahead - reference <= YEARLESS_AHEAD:
                dm.value = ahead
        if dm.value is not None and dm.weekday is not None and dm.value.weekday() != dm.weekday:
            # the weekday the writer gives tells the year where the tense did not ("would be
            # held on Saturday, March 21", dated 6 March: the coming one, a Saturday, not last
            # year's Friday): a day within ``YEARLESS_AHEAD`` either side of the page that falls
            # on it; a weekday no such day has is the writer's slip, and is flagged
            near = [v for v in (_day(y, mo, d) for y in (reference.year - 1, reference.year, reference.year + 1))
                    if v is not None and abs(v - reference) <= YEARLESS_AHEAD and v.weekday() == dm.weekday]
            if near:
                dm.value = min(near, key=lambda v: abs(v - reference))
        if dm.value is not None and dm.weekday is not None:
            dm.weekday_conflict = dm.value.weekday() != dm.weekday
    elif kind == "weekday":
        _, wd, past, future = pending
        if future:
            dm.value = reference + timedelta(days=(wd - reference.weekday()) % 7)
        else:
            back = (reference.weekday() - wd) % 7
            if past and back == 0:
                back = 7
            dm.value = reference - timedelta(days=back)
    elif kind == "days":
        dm.value = reference + timedelta(days=pending[1])
    elif kind == "period":
        _, unit, k = pending
        if unit == "month":
            y, m = reference.year, reference.month + k
            while m < 1:
                y, m = y - 1, m + 12
            dm.value, dm.precision = date(y, m, 1), "month"
        elif unit == "year":
            dm.value, dm.precision = date(reference.year + k, 1, 1), "year"
        elif unit == "week":
            # "pekan lalu", "last week": some day of that week, no day the text states (a
            # happening "akhir pekan lalu" is not on the day a week before publication)
            dm.value, dm.precision = reference + timedelta(days=7 * k), "week"


def first_full_date(text: str, lang: Language, start: int = 0, end: int | None = None) -> DateMention | None:
    """The first date with day, month and year in a stretch of text (for datelines and mastheads)."""
    for dm in find_dates(text, lang, start, end):
        if dm.value is not None and dm.precision == "day" and not dm.relative:
            return dm
    return None


def reference_date(article, mentions: list[DateMention] | None = None) -> tuple[date | None, str]:
    """The date relative expressions resolve against, and why.

    The publication date when the page gives one; else the latest full date
    the article's own text names (an article is written on or after every
    date it reports), which the report marks as an estimate. ``mentions``: the
    dates of the article's text stretches, when already read (unresolved: a full
    date's value is read, never resolved).
    """
    if article.meta.published is not None:
        return article.meta.published, "publication date, inferred" if article.meta.published_inferred \
            else "publication date"
    if mentions is None:
        mentions = _read_stretches(article)
    best = None
    for dm in mentions:
        if dm.value is not None and not dm.relative and dm.precision == "day":
            if best is None or dm.value > best.value:
                best = dm
    if best is None:
        return None, ""
    return best.value, f"estimated from {best.text!r}"


def language_of(article):
    from .lang import language
    return language(article.meta.language)


def _read_stretches(article) -> list[DateMention]:
    """The dates of the article's paragraphs, title and captions, unresolved, in that order."""
    lang = language_of(article)
    mentions: list[DateMention] = []
    for s, e in _text_stretches(article):
        mentions += find_dates(article.text, lang, s, e)
    return mentions


def _text_stretches(article) -> list[tuple[int, int]]:
    out = [(p.start, p.end) for p in article.layer("paragraphs")]
    out += [(b.start, b.end) for b in article.layer("blocks") if b.label in ("title", "caption")]
    return sorted(out)


def annotate_dates(article, settings: Settings = DEFAULT) -> None:
    """Find and resolve dates; adds the ``dates`` layer and ``Claim.dates``.

    A date that names a weekday which is not that date's weekday is kept with
    ``weekday_conflict`` set, for the discrepancy stage to report.
    """
    # read once: the reference date is chosen among the full dates read, before any is resolved
    mentions = _read_stretches(article)
    ref, why = reference_date(article, mentions)
    article.meta.reference_date, article.meta.reference_evidence = ref, why
    resolve(mentions, ref)
    year_of_the_list(article.text, mentions)
    from .doc import Span
    article.add("dates", [Span(m.start, m.end, "date", {"mention": m}) for m in mentions])
    index = ByStart(mentions)
    for c in article.claims:
        c.dates = [m for m in index.within(c.start, c.end) if not any(a <= m.start < b for a, b in c.holes)]
