"""Slots: the values each claim states, read with exact offsets, in both languages.

A per-article stage, after dates and attribution. Each kind of slot is a
layer of spans over ``article.text`` with what it means in ``attrs``:

- ``numbers``: counts, amounts, ordinals and percentages, in digits
  ("2.323" in Indonesian is 2323, "7,5" is 7.5; "2,323" in English is 2323)
  or words ("delapan puluh", "eighty", "1,3 juta", "ke-80", "80th"), with
  their unit ("orang", "people" -> person; "km", "persen", "%", currency),
  their bound ("sedikitnya", "at least" -> min; "lebih dari", "more than"
  -> over; "hampir", "nearly"; "sekitar", "about"; "hingga", "up to"), the
  range of values the text allows (``lo``, ``hi``) and what is counted
  (``measure``: the dead, the injured, a magnitude...);
- ``times``: clock times ("pukul 13.25 WIB", "3:05 a.m. local time", "0905
  GMT"), as minutes after midnight in their zone;
- ``relations``: a distance in time between two happenings ("sehari
  setelah", "beberapa jam setelah", "a day after");
- ``modality``: a verb put in the future or made a plan ("akan bertemu",
  "will meet": label ``future``), or committed to ("sepakat memperluas",
  "agreed to expand": ``commitment``), or made only possible ("could deepen",
  "dapat memperdalam": ``possible``), with the word it governs;
- ``quantifiers`` (all, most, some), ``hedges`` ("diduga", "allegedly",
  "expected to") and ``negations`` (with the word each governs);
- ``kinds``: a kind of a thing among kinds that exclude one another ("kunjungan
  kenegaraan", "state visit": label ``visit:state``).

Dates, quotes, the speaker, credited sources and named people are read by
their own stages; ``of_claim`` gathers everything one claim states. Every
word and pattern comes from ``data/<lang>/numbers.toml`` and ``slots.toml``
(through ``lang.slot_words``) and the calendar data (relations).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, islice

from .dates import MAX_YEAR, MIN_YEAR
from .doc import Article, Claim, DateMention, Span
from .lang import (LANGUAGES, Language, SlotWords, alternation, entities, glued_before, language, page_words,
                   possessive_at_end, possessives, slot_words, trie_alternation)
from .settings import DEFAULT, Settings

LAYERS = ("numbers", "times", "relations", "modality", "quantifiers", "hedges", "negations", "kinds")
INF = math.inf


def _alternation(phrases) -> str:
    """A regex alternation of phrases, longest first; spaces match any run of spaces."""
    return alternation(phrases, space=r"\s+")


def _tree(phrases) -> str:
    """``(?:`` + ``_alternation(phrases)`` + ``)`` for a pattern read with ``re.IGNORECASE``, as a
    tree of shared beginnings: the same matches, one comparison a character where the flat
    list tried each phrase in turn (``trie_alternation``)."""
    return trie_alternation(phrases, ignorecase=True, space=r"\s+")


def _bounded(phrases) -> re.Pattern:
    """Phrases as whole words, case-insensitive."""
    return re.compile(rf"(?<![\w]){_tree(phrases)}(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class _Patterns:
    words: SlotWords
    digits: re.Pattern
    number_word: re.Pattern
    ordinal_word: re.Pattern
    vague: re.Pattern
    bound_before: re.Pattern
    bound_after: re.Pattern
    unit_after: re.Pattern
    unit_before: re.Pattern
    bearing_after: re.Pattern  # a compass bearing right after a figure ("18 km barat daya Poso")
    duration_link: re.Pattern
    link_before: re.Pattern
    partitive: re.Pattern
    measure: re.Pattern
    time: re.Pattern
    relation: re.Pattern
    fused: re.Pattern
    future: re.Pattern
    commitment: re.Pattern
    possible: re.Pattern
    quantifier: re.Pattern
    hedge: re.Pattern
    negation: re.Pattern
    negation_prefix: re.Pattern  # "non-" joined to the word it denies
    not_negating: re.Pattern
    kind: re.Pattern | None
    change: re.Pattern
    earlier: re.Pattern
    word: re.Pattern
    increment_before: re.Pattern | None
    increment_after: re.Pattern | None
    age_before: re.Pattern | None  # "berusia", "aged" right before a number: an age
    # a unit in a scale -> (its size in the scale's smallest unit, that unit): "year" -> (12, "month"),
    # "km" -> (100000, "cm")
    scaled_units: dict[str, tuple[float, str]]
    age_after: re.Pattern | None  # "old" right after a number's unit of years ("23-year-old")
    # every canonical measure (numbers.toml): a figure whose unit is one ("magnitudo 6,2")
    # measures it with no measure word beside it (_measure_of_unit)
    measure_units: frozenset[str]


@lru_cache(maxsize=None)
def patterns(code: str) -> _Patterns:
    sw = slot_words(code)
    lang = language(code)
    t, d = re.escape(sw.thousands), re.escape(sw.decimal)
    prefixes = _alternation(sw.ordinal_prefixes)
    suffixes = _alternation(sw.ordinal_suffixes)
    # digits: "2.323", "7,5", "1,3" (before "juta"), "80th", "ke-80", "87K", "Rp2,5"
    glued = glued_before(sw.units_glued)  # "Rp2,5 triliun": the unit against the figure
    digits = re.compile(
        rf"(?:{glued}|(?<![\w.,/:-]))(?P<pre>(?:{prefixes}))?(?:{glued}|(?<![\w.,/:]))"
        rf"(?P<num>\d{{1,3}}(?:{t}\d{{3}})+(?:{d}\d+)?(?!{t}?\d)|\d+(?:{d}\d+)?)"
        rf"(?P<suf>(?:{suffixes})(?![\w]))?(?P<k>[kK](?![\w]))?(?![\w]|[.,]\d)")
    every = [*sw.number_words, *sw.teens, *sw.tens, *sw.hundreds, *sw.scales]
    number_word = re.compile(
        rf"(?<![\w-])(?P<pre>(?:{prefixes}))?(?P<seq>{_tree(every)}(?:[\s-]+{_tree(every)})*)(?![\w])",
        re.IGNORECASE)
    units_after = _tree(sw.units)
    units_before = _tree(sw.units_before)
    time_zone = _tree(sw.time_zones)
    time_local = _tree(sw.time_local)
    parts = _tree(sw.time_parts)
    lead = _tree(sw.time_lead)
    approx = _tree([b for b, k in sw.bounds.items() if k == "approx"])
    time = re.compile(
        rf"(?<![\w])(?:(?P<approx>{approx})\s+)?(?:(?P<lead>{lead})\s+)?"
        rf"(?P<h>24(?=[.:]00)|2[0-3]|[01]?\d)(?:(?:[.:](?P<m>[0-5]\d)(?!\d))|(?P<m4>[0-5]\d)(?=\s*(?:{time_zone})\b))?(?![\d])"
        # a figure with its unit is no time: "stood at 2.40%", "at 2.40 percent"
        rf"(?!\s*(?:{units_after})(?![\w]))"
        rf"(?:\s*(?P<part>{parts})(?![\w]))?(?:\s*(?P<zone>{time_zone})(?![\w]))?(?:\s+(?P<local>{time_local})(?![\w]))?",
        re.IGNORECASE)
    # "satu setengah jam", "one and a half hours": a fraction between a number and its unit
    fraction = rf"(?:(?P<frac>{_tree(sw.fractions)})\s+)?" if sw.fractions else ""
    qty = _tree(lang.distance_quantities)
    units = _tree(lang.distance_units)
    heads = _tree([*lang.distance_after, *lang.distance_before])
    relation = re.compile(
        rf"(?<![\w])(?:(?P<qty>{qty}|\d+)\s+)?(?P<unit>{units})\s+(?P<dir>{heads})(?![\w])", re.IGNORECASE)
    fused = re.compile(rf"(?<![\w])(?P<fused>{_tree(lang.distance_fused)})(?:\s+(?P<dir>{heads}))?(?![\w])",
                       re.IGNORECASE)
    return _Patterns(
        words=sw, digits=digits, number_word=number_word,
        ordinal_word=re.compile(rf"(?<![\w]){_tree(sw.ordinal_words)}(?![\w])", re.IGNORECASE),
        vague=_bounded(sw.vague),
        bound_before=re.compile(rf"(?<![\w])(?P<b>{_tree(sw.bounds)})\s*$", re.IGNORECASE),
        # (matched in place, from the unit's end: a copy of the rest of the stretch for each
        # figure made a long stretch of figures cost its square)
        bound_after=re.compile(rf"\s*(?P<b>{_tree(sw.bounds_after)})(?![\w])", re.IGNORECASE),
        unit_after=re.compile(rf"^(?:\s*-\s*|\s*){fraction}(?:{_tree(sw.unit_links)}\s+)?(?P<u>{units_after})(?![\w])",
                              re.IGNORECASE),
        duration_link=re.compile(rf"\s*(?:(?:{_tree(sw.duration_links)})\s*)?" if sw.duration_links else r"\s*",
                                 re.IGNORECASE),
        unit_before=re.compile(rf"(?:^|(?<=[\s(]))(?P<u>{units_before})\s*(?:{_tree(sw.unit_links)}\s*)?$",
                               re.IGNORECASE),
        link_before=re.compile(rf"(?<![\w]){_tree(sw.unit_links)}\s*$", re.IGNORECASE),
        partitive=re.compile(rf"^\s*{_tree(sw.partitive)}\s+", re.IGNORECASE),
        measure=_bounded(sw.measures),
        bearing_after=re.compile(rf"\s*{_tree(sw.bearings)}(?![\w])", re.IGNORECASE),
        time=time, relation=relation, fused=fused,
        future=_bounded(sw.future),
        commitment=_bounded(sw.commitment),
        possible=_bounded(sw.possible),
        quantifier=_bounded(sw.quantifiers),
        hedge=_bounded(sw.hedges),
        negation=_bounded(sw.negations),
        negation_prefix=(re.compile(rf"(?<![\w-])(?:{alternation(sw.negation_prefixes)})(?=\w)", re.IGNORECASE)
                         if sw.negation_prefixes else re.compile(r"(?!)")),
        not_negating=_bounded(sw.not_negating),
        kind=_bounded(sw.kinds) if sw.kinds else None,
        change=_bounded(sw.change),
        earlier=_bounded(sw.earlier),
        word=re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*"),
        increment_before=re.compile(rf"(?<![\w]){_tree(sw.increments_before)}\s*$", re.IGNORECASE)
        if sw.increments_before else None,
        increment_after=re.compile(rf"\s*{_tree(sw.increments_after)}(?![\w])", re.IGNORECASE)
        if sw.increments_after else None,
        age_before=re.compile(rf"(?<![\w]){_tree(sw.ages_before)}\s*$", re.IGNORECASE) if sw.ages_before else None,
        age_after=re.compile(rf"(?:\s*-\s*|\s+){_tree(sw.ages_after)}(?![\w])", re.IGNORECASE)
        if sw.ages_after else None,
        scaled_units={unit: (size, min(scale, key=scale.get)) for scale in sw.unit_scales
                      for unit, size in scale.items()},
        measure_units=frozenset(sw.measures.values()),
    )


class Intervals:
    """Is a position inside any of a set of intervals: the intervals sorted by start, with the
    furthest end reached so far, so each question is a binary search. Asking every interval
    for every number made a long claim's cost grow with its square."""

    def __init__(self, spans):
        spans = sorted(spans)
        self._starts = [a for a, _b in spans]
        self._reach = list(accumulate((b for _a, b in spans), max))

    def contains(self, pos: int) -> bool:
        """Some interval has a <= pos < b."""
        k = bisect_right(self._starts, pos)
        return k > 0 and self._reach[k - 1] > pos

    def contains_end(self, pos: int) -> bool:
        """Some interval has a < pos <= b (``pos`` is an end)."""
        k = bisect_left(self._starts, pos)
        return k > 0 and self._reach[k - 1] >= pos

    def touches(self, start: int, end: int) -> bool:
        """``start`` or ``end`` of a span falls inside some interval."""
        return self.contains(start) or self.contains_end(end)


# ------------------------------------------------------------------ numbers


def parse_digits(s: str, sw: SlotWords) -> float | None:
    """The value of a run of digits written with the language's separators."""
    t, d = sw.thousands, sw.decimal
    if _grouped_digits(t, d).fullmatch(s):
        s = s.replace(t, "")
    s = s.replace(d, ".")
    try:
        return float(s)
    except ValueError:
        return None


@lru_cache(maxsize=None)
def _grouped_digits(thousands: str, decimal: str) -> re.Pattern:
    """Digits in groups of three ("2.323", "1,234,567.5"): compiled once, not a figure."""
    return re.compile(rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+(?:{re.escape(decimal)}\d+)?")


def parse_words(words: list[str], sw: SlotWords) -> float | None:
    """The value of a run of number words: "dua puluh lima" = 25, "seratus dua puluh" = 120,
    "twenty-five" = 25, "tiga ribu" = 3000. None when the words do not make one number."""
    total, group, pending, seen = 0, 0, 0, False
    for w in words:
        w = w.casefold()
        if w in sw.number_words:
            group, pending, seen = group + pending, sw.number_words[w], True
        elif w in sw.teens and pending:
            group, pending = group + pending + sw.teens[w], 0
        elif w in sw.tens and pending:
            group, pending = group + pending * sw.tens[w], 0
        elif w in sw.hundreds:
            group, pending = group + (pending or 1) * sw.hundreds[w], 0
        elif w in sw.scales:
            total, group, pending = total + (group + pending or 1) * sw.scales[w], 0, 0
        else:
            return None
    return float(total + group + pending) if seen or total else None


# (compiled once: read for every figure)
_TRAILING_NON_DIGITS = re.compile(r"\D+$")
_DECIMALS = re.compile(r"[.,](\d{1,2})$")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def rounding_step(digits: str, value: float, scale: float = 1.0) -> float:
    """The step a figure is rounded to, from how it is written: "87.000" and "87 ribu" to
    thousands, "90" to tens, "7,6" to tenths, "125" to ones, "2,37 miliar" (``scale`` 10**9)
    to ten millions."""
    body = _TRAILING_NON_DIGITS.sub("", digits)
    decimals = _DECIMALS.search(body)
    if decimals and not _THOUSANDS.fullmatch(body):
        return 10.0 ** -len(decimals.group(1)) * scale
    whole = int(value) if value >= 1 else 0
    step = 1.0
    while whole and whole % 10 == 0:
        whole //= 10
        step *= 10
    return step


# The bounds open on one side: at least ("lebih dari 100", "at least 5") and at most ("hingga 3 meter").
LOWER_BOUNDS = ("min", "over")
UPPER_BOUNDS = ("under", "max")


def _range(value: float, bound: str, step: float, settings: Settings) -> tuple[float, float]:
    """The values a number with this bound allows. "About" and "nearly" allow part of a
    rounding step (``Settings.approx_rounding_steps``: "sekitar 90" 86 to 94, "sekitar
    87.000" 86,600 to 87,400), so "about 3 hours" and "about 4 hours" still disagree."""
    slack = step * settings.approx_rounding_steps
    if bound in LOWER_BOUNDS:
        return value, INF
    if bound in UPPER_BOUNDS:
        return 0.0, value
    if bound == "nearly":
        return value - slack, value
    if bound == "approx":
        return value - slack, value + slack
    return value, value


_SPACES = r"\s+"  # what a run of spaces inside a phrase matches


def _whole_phrases(words) -> re.Pattern:
    """Any of ``words`` as whole words, in any case, a run of spaces inside a phrase matching any
    spaces; a pattern that never matches for no words."""
    return re.compile(rf"(?<!\w)(?i:{alternation(words, space=_SPACES)})(?!\w)") if words else re.compile(r"(?!)")


@lru_cache(maxsize=None)
def _number_none(code: str) -> re.Pattern:
    """The language's number words denied, a count of none (numbers.toml ``none``: "no one")."""
    return _whole_phrases(slot_words(code).number_none)


@lru_cache(maxsize=None)
def _number_idioms(code: str) -> re.Pattern:
    """The language's idioms with a number word that count nothing (numbers.toml ``idioms``)."""
    return _whole_phrases(slot_words(code).number_idioms)


# two tallies joined by a hyphen or dash ("2-1", "1 – 1"): a score when a word of the game's
# result is near (numbers.toml ``scores``)
_TALLY = re.compile(r"(?<![\w.,-])(\d{1,2})[ \u00a0]?[-\u2013\u2014][ \u00a0]?(\d{1,2})(?![\w.,]?\d|-)")


# how far from the tallies a word of the result is looked for: a few words before them (the
# verb and the other side's name, "mengalahkan Persija Jakarta 2-1"), one word after ("a 2-1 win")
_SCORE_WORD_BEFORE = 40
_SCORE_WORD_AFTER = 16


@lru_cache(maxsize=None)
def _score_words(code: str) -> re.Pattern:
    """A word that says a game's result ("menang", "kalah", "won", "draw": numbers.toml ``scores``)."""
    words = slot_words(code).score_words
    return re.compile(rf"(?<!\w)(?i:{alternation(words)})(?!\w)") if words else re.compile(r"(?!)")


def _scores(text: str, start: int, end: int, code: str) -> list[Span]:
    """Scores of a game ("menang 2-1", "kalah 1-2 dari", "a 1-1 draw"): one figure each, the two
    tallies read without the side, the larger first. One result is written from either side
    ("X menang 2-1 atas Y", "Y kalah 1-2 dari X"): read as two counts, "2" against "1" was a
    disagreement. Without a word of the result near, "2-3" stays a range ("2-3 hari")."""
    out = []
    words = _score_words(code)
    for m in _TALLY.finditer(text, start, end):
        # the result word ends before the score, within a few words ("mengalahkan Persija 2-1"),
        # or follows it ("a 2-1 win")
        if not (words.search(text, max(start, m.start() - _SCORE_WORD_BEFORE), m.start())
                or words.match(text, m.end() + 1, min(end, m.end() + _SCORE_WORD_AFTER))):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        hi, lo = max(a, b), min(a, b)
        # one value per result, so that "2-1" and "1-2" are one figure and "3-1" another
        value = float(hi * 100 + lo)
        out.append(Span(m.start(), m.end(), "number", {
            "value": value, "lo": value, "hi": value, "bound": "exact", "unit": "score", "ordinal": False,
            "measure": "", "part_of": False, "whole": False, "current": False, "digits": (m.start(), m.end()), "added": False,
            "step": 0.0}))
    return out


def read_numbers(text: str, start: int, end: int, code: str, skip: list[tuple[int, int]],
                 settings: Settings = DEFAULT) -> list[Span]:
    """The numbers in ``text[start:end]``, leaving out those inside ``skip`` (dates, clock times)."""
    p = patterns(code)
    sw = p.words
    found: list[tuple[int, int, float, bool, str, float]] = []  # start, end, value, ordinal, vague-kind, scale
    for m in p.digits.finditer(text, start, end):
        v = parse_digits(m.group("num"), sw)
        if v is None:
            continue
        scale = 1000.0 if m.group("k") else 1.0
        found.append((m.start(), m.end(), v * scale, bool(m.group("pre") or m.group("suf")), "", scale))
    for m in _number_none(code).finditer(text, start, end):
        # "no one", "tak seorang pun": a count of none (it starts before the number word it holds,
        # which the placing below then passes over)
        found.append((m.start(), m.end(), 0.0, False, "", 1.0))
    for m in p.number_word.finditer(text, start, end):
        words = re.split(r"[\s-]+", m.group("seq"))
        if all(w.casefold() in sw.scales for w in words):
            continue  # a scale word alone ("juta") belongs to the digits before it
        v = parse_words(words, sw)
        if v is not None:
            found.append((m.start(), m.end(), v, bool(m.group("pre")), "", 1.0))
    for m in p.ordinal_word.finditer(text, start, end):
        found.append((m.start(), m.end(), float(sw.ordinal_words[m.group(0).casefold()]), True, "", 1.0))
    for m in p.vague.finditer(text, start, end):
        found.append((m.start(), m.end(), 0.0, False, m.group(0).casefold(), 1.0))
    found.sort(key=lambda f: (f[0], -f[1]))
    scores = _scores(text, start, end, code) if found else []
    out: list[Span] = []
    last_end = -1
    if found:
        skip = list(skip) + [(sc.start, sc.end) for sc in scores]
        # "one of its engines", "salah satu mesin": one among several, no count of them
        skip = list(skip) + [(m.start(), m.end()) for m in p.quantifier.finditer(text, start, end)
                             if sw.quantifiers.get(re.sub(r"\s+", " ", m.group(0).casefold())) == "one"]
        # "pertemuan empat mata", "a one-on-one meeting": an idiom's number word counts nothing
        skip += [(m.start(), m.end()) for m in _number_idioms(code).finditer(text, start, end)]
    skipped = Intervals(skip) if found else None  # (built only where there is a number to place)
    ident = _identifier_before(code)
    for s, e, v, ordinal, vague, scale in found:
        if s < last_end or skipped.touches(s, e):
            continue
        if ident.search(text, max(start, s - 16), s):
            continue  # "mesin nomor dua", "engine number two": a name, not a count
        # a scale word after the number: "1,3 juta", "1.3 million", "dua ribu"
        m = scale_after(code).match(text, e, end)
        if m and not vague:
            v *= sw.scales[m.group(1).casefold()]
            scale *= sw.scales[m.group(1).casefold()]
            e = m.end()
        span = _number_span(text, s, e, v, ordinal, vague, start, end, code, settings, scale)
        if span is None or (not span.attrs["unit"] and not vague and _code_number(text, s, e, start, end, code)):
            continue
        if not span.attrs["unit"] and not vague and _AGE_AFTER_NAME.search(text, max(start, s - 40), s) \
                and text[e:e + 1] == ")":
            span.attrs["unit"] = "age"  # "AR (34)", "Budi Santoso (52)": a person's age, not a count
        elif span.attrs["unit"] in ("year", "") and not vague and _an_age(text, span, start, end, code):
            span.attrs["unit"] = "age"  # "berusia 34 tahun", "the 23-year-old": an age, no length of time
        out.append(span)
        last_end = e
    if scores:
        out = sorted(out + scores, key=lambda n: n.start)
    if not out:
        return out  # (what follows reads the numbers found: most stretches have none)
    out = _in_smallest_units(text, out, code, settings)
    _partitive_units(text, out, code)
    _measures(text, out, start, end, code, settings)
    _places(text, out, start, end, code, settings)
    _current(text, out, start, code)
    return out


@lru_cache(maxsize=None)
def _place_level_patterns(code: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """A place's name with the word of its level before it ("Kabupaten Sleman", "the state of
    Washington") or after it ("Washington DC", "Sleman regency"): the level word in any case,
    the name capitalised (slots.toml, ``places.levels_*``)."""
    sw = slot_words(code)
    name = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    levels_before = alternation(sw.place_levels_before, space=r"\s+")
    levels_after = alternation(sw.place_levels_after, space=r"\s+")
    before = re.compile(rf"(?<![\w])(?P<level>(?i:{levels_before}))\s+(?P<name>{name})") if sw.place_levels_before else None
    after = re.compile(rf"(?P<name>{name}),?\s+(?P<level>(?i:{levels_after}))(?![\w])") if sw.place_levels_after else None
    return before, after


def place_levels(text: str, start: int, end: int, code: str) -> list[tuple[str, str, tuple[int, int]]]:
    """The places ``text[start:end]`` names with the word of their level: (the name as written, the
    canonical level, the span), "Kabupaten Sleman" -> ("Sleman", "regency", ...)."""
    sw = slot_words(code)
    out = []
    for regex, levels in zip(_place_level_patterns(code), (sw.place_levels_before, sw.place_levels_after)):
        for m in (regex.finditer(text, start, end) if regex else ()):
            if levels is sw.place_levels_after and _part_of_longer_name(text, m.end(), sw, code):
                continue
            name, at = _after_possessive(m.group("name")), m.start()
            at += len(m.group("name")) - len(name)
            out.append((name, levels[re.sub(r"\s+", " ", m.group("level").casefold())], (at, m.end())))
    return out


def _after_possessive(name: str) -> str:
    """The place a name with its level names when a larger place owns it ("East Java's Lumajang"
    regency -> "Lumajang"): the words after the last one with a possessive ending."""
    words = name.split()
    owners = [k for k, w in enumerate(words[:-1]) if possessive_at_end().search(w)]
    return " ".join(words[owners[-1] + 1:]) if owners else name


_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Z][\w'’-]*)")


def _part_of_longer_name(text: str, end: int, sw: SlotWords, code: str) -> bool:
    """Does a level written after a name ("Ohio State") go on into a longer name, a capitalised
    word that names no body of the place ("Ohio State University")? Then it is no level. A day or
    a month after it ("di Washington State Senin") starts no name."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).casefold()
    lang = language(code)
    return word not in sw.place_level_bodies and word not in lang.months and word not in lang.weekdays


@lru_cache(maxsize=None)
def _identifier_before(code: str) -> re.Pattern:
    """An identifier word ending right before a figure ("nomor", "number", "No.")."""
    return re.compile(rf"(?<![\w])(?i:{alternation(slot_words(code).identifiers)})[ \u00a0]*\Z")


def _an_age(text: str, span: Span, start: int, end: int, code: str) -> bool:
    """Is a number (of years, or with no unit) a person's age: after the language's age word
    ("berusia 34 tahun", "aged 34") or, in years, before its age word ("34 years old", "the
    23-year-old")? (numbers.toml ``ages``)"""
    p = patterns(code)
    if p.age_before is not None and p.age_before.search(text, max(start, span.start - 16), span.start):
        return True
    return (span.attrs["unit"] == "year" and p.age_after is not None
            and p.age_after.match(text, span.end, end) is not None)


# a person's initials or name, then the bracket an age stands in ("AR (34)", "Budi Santoso (52)")
_AGE_AFTER_NAME = re.compile(r"(?:\b[A-Z]{1,4}|\b[A-Z][a-z]+)[ \u00a0]*\($")


# a code of capitals right before a figure ("XY 618", "GA 812", "KM 426"), or a figure joined by
# a hyphen to a further group of digits ("737-800")
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,3}[ \u00a0]\Z")
_DIGITS_JOINED_AFTER = re.compile(r"-\d{2,}(?![\d.,])")
_NAME_REACH = 40  # characters a vessel's code and the name after it may take before its figure


@lru_cache(maxsize=None)
def _name_after_code() -> re.Pattern:
    """A vessel's name its code opens, ending right before a figure ("TB Perkasa 15", "MV
    Ocean Star 8"): every language's codes, as pages name vessels by any language's."""
    codes = sorted({c for code in LANGUAGES for c in slot_words(code).name_codes}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, codes))})(?:[ \u00a0][A-Z][a-z]+){{1,3}}[ \u00a0]\Z")


def _code_number(text: str, s: int, e: int, start: int, end: int, code: str) -> bool:
    """Is a figure with no unit part of a code ("penerbangan XY 618", "Boeing 737-800", "di KM
    426") or of a vessel's name a code opens ("kapal tunda TB Perkasa 15")? A flight's, a model's,
    a road marker's, a vessel's number names a thing, it counts nothing: two reports of one
    flight must not show "618" against "737" as a disagreement. With a unit
    after it ("AS 10 persen") the figure is a count whatever stands before, and so is the
    first of a range with its unit after the second ("10-15 orang")."""
    if _CODE_BEFORE.search(text, max(start, s - 4), s) \
            or _name_after_code().search(text, max(start, s - _NAME_REACH), s):
        return True
    joined = _DIGITS_JOINED_AFTER.match(text, e, end)
    return bool(joined) and not patterns(code).unit_after.match(text[joined.end():end])


@lru_cache(maxsize=None)
def scale_after(code: str) -> re.Pattern:
    """A scale word right after a number ("1,3 juta", "1.3 million")."""
    return re.compile(rf"\s+({_tree(slot_words(code).scales)})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _current_before(code: str) -> re.Pattern:
    """A word that gives the figure after it as it now stands ("menjadi", "to"), ending the text."""
    return re.compile(rf"(?<![\w]){_tree(slot_words(code).current)}\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _place_after_preposition(code: str) -> re.Pattern:
    """ "di Peru", "di wilayah bagian Peru", "in rebel-held parts of Yemen" """
    preps = _alternation(slot_words(code).place_prepositions)
    # the preposition in any case ("Di kota Asagiri" opens a sentence), the name capitalised
    return re.compile(rf"(?<![\w])(?i:{preps})\s+(?:[a-z][\w-]*\s+){{0,3}}((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)")


def _current(text: str, nums: list[Span], start: int, code: str) -> None:
    """A figure right after "menjadi", "to" in a clause that says a figure changed is the figure
    as it now stands ("revised from 61 to 48": 48); ``current`` is set on it."""
    p = patterns(code)
    cur = _current_before(code)
    # where each sentence ends, found once: looking back from every figure re-read the sentence
    last = max((n.start for n in nums), default=start)
    stops = [m.start() for m in re.finditer(r"\. ", text[start:last])]
    # and each sentence's first word of change, searched for once: searching the sentence
    # again for every figure was quadratic on a long one ("to 5 to 6 to 7 ...")
    first_change: dict[int, re.Match | None] = {}
    for n in nums:
        k = bisect_right(stops, n.start - start - 2)
        sentence_start = start + stops[k - 1] + 1 if k else start
        if not cur.search(text[max(sentence_start, n.start - 20):n.start]):
            continue
        if sentence_start not in first_change:
            first_change[sentence_start] = p.change.search(text, sentence_start, last)
        m = first_change[sentence_start]
        if m is not None and m.end() <= n.start:
            n.attrs["current"] = True
        elif ((m is not None and m.start() < n.start) or not text[n.start - 1:n.start].isspace()) \
                and p.change.search(text, sentence_start, n.start):
            # a word of change reaching into the figure, or one cut short where the figure begins
            n.attrs["current"] = True


def _number_span(text, s, e, v, ordinal, vague, start, end, code, settings, scale=1.0) -> Span | None:
    p = patterns(code)
    sw = p.words
    after = text[e:min(end, e + 60)]
    before = text[max(start, s - 60):s]
    unit, u_end, u_start = "", e, s
    # an increment on an earlier count: "440 more people", "440 orang tambahan", "another 440"
    inc = p.increment_after.match(after) if p.increment_after and not ordinal else None
    skip_inc = inc.end() if inc else 0
    added = bool(inc)
    # a unit written before the figure is its unit, and the word after it starts another phrase
    # ("Rp2,5 miliar tahun lalu": rupiah last year, not 2.5 billion years)
    mb = p.unit_before.search(before)
    m = None if mb else p.unit_after.match(after[skip_inc:])
    fraction = 0.0
    if m and not ordinal:
        unit, u_end = sw.units[re.sub(r"\s+", " ", m.group("u").casefold())], e + skip_inc + m.end()
        if m.groupdict().get("frac") and not vague:
            fraction = sw.fractions[re.sub(r"\s+", " ", m.group("frac").casefold())]
            v = v + fraction
    elif mb:
        unit, u_start = sw.units_before[re.sub(r"\s+", " ", mb.group("u").casefold())], s - (len(before) - mb.start())
    if not unit and not ordinal and not vague and float(v).is_integer() and MIN_YEAR <= v <= MAX_YEAR \
            and re.fullmatch(r"\d{4}", text[s:e]):
        return None  # a year
    bound, b_start = "exact", u_start
    mb = p.bound_before.search(text[max(start, u_start - 40):u_start])
    if mb:
        bound = sw.bounds[re.sub(r"\s+", " ", mb.group("b").casefold())]
        b_start = u_start - (len(text[max(start, u_start - 40):u_start]) - mb.start())
    else:
        ma = p.bound_after.match(text, u_end, end)
        if ma:
            bound, u_end = sw.bounds_after[ma.group("b").casefold()], ma.end()
    if not ordinal and p.increment_after and not added:
        inc = p.increment_after.match(text, u_end, end)
        added = bool(inc)
    if not ordinal and p.increment_before and not added:
        added = bool(p.increment_before.search(text[max(start, b_start - 40):b_start]))
    if vague:
        lo, hi = sw.vague[vague]
        lo, hi, value, bound = float(lo), float(hi), float(lo), "vague"
    else:
        value = float(v)
        step = rounding_step(text[s:e], value, scale)
        lo, hi = _range(value, bound, min(step, fraction) if fraction else step, settings)
        if bound == "exact" and scale > 1:
            # "Rp2,37 miliar", "87K": a large figure written in its scale is the exact one
            # rounded ("Rp2.374.650.000"), within half its last digit and ``scaled_figure_reach``;
            # just under half, so two figures rounded alike a step apart (57 and 58 miliar) differ
            reach = min(0.49 * step, value * settings.scaled_figure_reach)
            lo, hi = value - reach, value + reach
    return Span(b_start, u_end, "number", {
        "value": value, "lo": lo, "hi": hi, "bound": bound, "unit": unit, "ordinal": ordinal,
        "measure": "", "part_of": False, "whole": False, "current": False, "digits": (s, e), "added": added,
        "step": 0.0 if vague else min(step, fraction) if fraction else step})


def _in_smallest_units(text: str, nums: list[Span], code: str, settings: Settings) -> list[Span]:
    """Amounts in a unit of a scale (numbers.toml ``scales``) as one value in the scale's
    smallest unit: lengths of time (seconds: "2 jam" and "120 menit" are one length; months:
    "satu tahun" is 12 months, against "enam bulan" another length), distances ("7 km" is
    700,000 cm, against "700 meter" another) and weights ("2 ton" and "2.000 kg"); a run of units
    of one scale from larger to smaller is one amount ("1 jam 40 menit", "2 hours and 15
    minutes": 100 and 135 minutes, not two figures). The run keeps the bound of its first
    part ("lebih dari 1 jam 30 menit") and the rounding step of its last."""
    scaled = patterns(code).scaled_units
    if not any(n.attrs["unit"] in scaled for n in nums):
        return nums
    link = patterns(code).duration_link
    out: list[Span] = []
    # the size of the unit the span before ended in, and its scale's smallest unit, when scaled
    last_size, last_base = 0.0, None
    for n in nums:
        a = n.attrs
        found = scaled.get(a["unit"]) if not a["ordinal"] else None
        if found is None:
            out.append(n)
            last_size, last_base = 0.0, None
            continue
        size, base = found
        prev = out[-1] if out else None
        if prev is not None and base == last_base and last_size > size and a["bound"] == "exact" \
                and link.fullmatch(text, prev.end, n.start):
            p = prev.attrs
            value = p["value"] + a["value"] * size
            step = rounding_step(text[slice(*a["digits"])], a["value"]) * size
            lo, hi = _range(value, p["bound"], step, settings)
            out[-1] = Span(prev.start, n.end, "number", {**p, "value": value, "lo": lo, "hi": hi, "step": step})
        else:
            out.append(Span(n.start, n.end, "number", {
                **a, "unit": base, "value": a["value"] * size, "lo": a["lo"] * size, "hi": a["hi"] * size,
                "step": a["step"] * size}))
        last_size, last_base = size, base
    return out


def _partitive_units(text: str, nums: list[Span], code: str) -> None:
    """ "709 dari 731 anggota", "9 of the 12 victims": the first number counts part of what the
    second counts (``part_of`` is set: it is not the same figure as the whole), and the second is
    that whole (``whole``: not a count of what another version counts with the part's words,
    "38 dari 580 kursi" against "38 kursi")."""
    p = patterns(code)
    for a, b in zip(nums, nums[1:]):
        # "menjadi 20 dari 30 persen" is a change (to 20 from 30), not a part
        lead = text[max(0, a.start - 30):a.start]
        changed = any(m.end() >= len(lead.rstrip()) - 1 for m in p.change.finditer(lead.rstrip()))
        if not a.attrs["unit"] and b.attrs["unit"] and p.partitive.fullmatch(text[a.end:b.start] + " ") and not changed:
            a.attrs["unit"] = b.attrs["unit"]
            a.attrs["part_of"] = True
            b.attrs["whole"] = True
    group = _group_part(code)
    for a in nums:
        if not a.attrs["unit"] and not a.attrs["part_of"] and group.match(text, a.end):
            a.attrs["part_of"] = True  # "twelve of the injured": a part of a group, not its count


@lru_cache(maxsize=None)
def _group_part(code: str) -> re.Pattern:
    """The words after a figure that make it a part of a group (numbers.toml ``links.group_part``)."""
    words = slot_words(code).group_part
    return re.compile(rf"[ \u00a0]+(?i:{alternation(words)})(?!\w)") if words else re.compile(r"(?!)")


def _measures(text: str, nums: list[Span], start: int, end: int, code: str, settings: Settings) -> None:
    """What each count counts: what its unit tells (``_measure_of_unit``: "magnitudo", a length
    before a compass bearing), else the nearest measure word within its clause, after it
    (before the next number) or before it (after the words the number before it took); the
    nearer wins, after on a tie."""
    p = patterns(code)
    sw = p.words
    window = settings.slot_measure_window
    stops = _measure_stops(code)
    taken = start
    for k, n in enumerate(nums):
        nxt = nums[k + 1].start if k + 1 < len(nums) else end
        found, used = "", n.end
        options = []
        after = text[n.end:nxt]
        # a short aside right after the figure restates its unit ("600 kilometer (km) sebelah
        # tenggara"): the clause goes on past it
        aside = _UNIT_ASIDE.match(after)
        skip = aside.end() if aside else 0
        told = _measure_of_unit(n.attrs["unit"], after, skip, p)
        if told:
            n.attrs["measure"] = told
            taken = n.end
            continue
        cut = stops.search(after, skip)
        after = after[:cut.start()] if cut else after
        m = p.measure.search(after, skip)
        if m:
            d = len(p.word.findall(after[skip:m.start()]))
            if d <= window:
                measure = sw.measures[re.sub(r"\s+", " ", m.group(0).casefold())]
                then = p.measure.search(after, m.end())
                other = sw.measures[re.sub(r"\s+", " ", then.group(0).casefold())] if then else measure
                if other != measure and len(p.word.findall(after[m.end():then.start()])) <= window:
                    # a count described by one measure and told of by another ("11 napi kabur
                    # ditangkap", "21 inmates who escaped are still at large"): those escaped,
                    # now caught; a count of its own, neither the escaped nor all the caught
                    measure = f"{measure}>{other}"
                options.append((d, 0, measure, n.end + m.end()))
        before = text[max(taken, start):n.start]
        cuts = list(stops.finditer(before))
        before = before[cuts[-1].end():] if cuts else before
        ms = list(p.measure.finditer(before))
        if ms:
            d = len(p.word.findall(before[ms[-1].end():]))
            if d <= window:
                options.append((d, 1, sw.measures[re.sub(r"\s+", " ", ms[-1].group(0).casefold())], n.end))
        if options:
            _d, _side, found, used = min(options)
        elif k and nums[k - 1].attrs["unit"] == n.attrs["unit"] and n.attrs["unit"]:
            # "41 orang di Chile dan 19 orang di Peru meninggal": one measure for both
            gap = text[nums[k - 1].end:n.start]
            if ". " not in gap and len(p.word.findall(gap)) <= 2 * window:
                found = nums[k - 1].attrs["measure"]
        n.attrs["measure"] = found
        taken = max(used, n.end)


def _measure_of_unit(unit: str, after: str, skip: int, p: _Patterns) -> str:
    """The measure a figure's unit tells with no measure word: the unit when it is one
    ("magnitudo"), or "distance" for a length right before a compass bearing, how far from a
    place ("18 kilometer barat daya Poso, pada kedalaman 11 kilometer": the depth is the other
    figure's); "" otherwise. ``after``: the text after the figure, from ``skip`` on."""
    if unit in p.measure_units:
        return unit
    if unit in p.words.bearing_units and p.bearing_after.match(after, skip):
        return "distance"
    return ""


# A parenthesis of one short word with no digit right after a figure: its unit again, or an
# abbreviation of it ("(km)", "(mil)" has no figure and is left too).
_UNIT_ASIDE = re.compile(r"\s*\([^\d()\s]{1,12}\)")


@lru_cache(maxsize=None)
def _clause_stops(code: str) -> re.Pattern:
    """Where a clause ends: punctuation, or a coordinating word (clauses.toml)."""
    return re.compile(rf"[;:()\"“”]|,\s|\.\s|\s{_tree(language(code).coordinators)}\s", re.IGNORECASE)


@lru_cache(maxsize=None)
def _measure_stops(code: str) -> re.Pattern:
    """Where a measure word stops reaching a count: a clause's end (``_clause_stops``), or a word
    that adds the count after it to those before ("seorang ibu beserta dua anaknya")."""
    companions = slot_words(code).companions
    if not companions:
        return _clause_stops(code)
    return re.compile(rf"{_clause_stops(code).pattern}|\s(?:{_tree(companions)})\s", re.IGNORECASE)


def _places(text: str, nums: list[Span], start: int, end: int, code: str, settings: Settings) -> None:
    """Where each count was counted: the places and countries named in its clause (known
    entities, or a capitalised name after "di", "in"), each given to the nearest count ("41
    orang di Chile dan 19 orang di Peru"); ``place`` is the names joined with "|", or ""
    when the clause names none."""
    for n in nums:
        n.attrs["place"] = ""
    if not nums:
        return
    found = list(_clause_stops(code).finditer(text, start, end))
    stops = [m.start() for m in found]
    clause = lambda pos: bisect_left(stops, pos)  # noqa: E731 - how many stops stand before pos
    # a clause a coordinating word opens that holds no count of its own is a phrase joined to
    # the one before ("puluhan rumah dan toko di Kota Valdoria", "41 people in Chile and
    # Peru"): a place it names is where the count before was counted
    counted = {clause(n.start) for n in nums}
    joined = lambda k: k not in counted and k > 0 and found[k - 1].group(0)[:1].isspace() \
        and k - 1 in counted  # noqa: E731
    word = re.compile(r"\w+")
    # a country inside a figure is its unit's ("miliar dolar AS"), not where it was counted
    in_figures = Intervals([(n.start, n.end) for n in nums])
    mentions = [(start + s, start + e, name) for s, e, kind, name in entities().find(text[start:end])
                if kind in ("place", "country") and not in_figures.touches(start + s, start + e)]
    known = Intervals([(s, e) for s, e, _name in mentions])
    calendar = set(language(code).weekdays) | set(language(code).months)
    for m in _place_after_preposition(code).finditer(text[start:end]):
        s, e = start + m.start(1), start + m.end(1)
        if m.group(1).split()[0].casefold() in calendar:
            continue  # "in the village on Wednesday": a day, not a place
        if not known.touches(s, e):  # (the matches of this loop never overlap one another)
            mentions.append((s, e, m.group(1)))
    reach = settings.slot_measure_window * 2
    # the counts by start, and the furthest end among those up to each: a name is given to the
    # nearest count in its clause, found by walking out from the name until the words between
    # pass the reach (asking every count for every name was quadratic on a long clause)
    order = sorted(range(len(nums)), key=lambda k: nums[k].start)
    starts = [nums[k].start for k in order]
    ends_so_far = list(accumulate((nums[k].end for k in order), max))
    given: dict[int, set[str]] = {}
    for s, e, name in mentions:
        here = clause(s)
        if _fronted(text, start, s, e, code):
            here = clause(e + 1)  # "Di kota Asagiri, 15 orang tewas": the place of the clause after the comma
        elif joined(here):
            here -= 1
        near: list[tuple[int, int]] = []
        split = bisect_left(starts, s)
        for j in range(split - 1, -1, -1):  # counts that start before the name, nearest first
            n = nums[order[j]]
            if clause(n.start) != here:
                break
            near.append((len(word.findall(text[n.end:s] if n.end <= s else text[e:n.start])), order[j]))
            if (j == 0 or ends_so_far[j - 1] <= n.start) and len(word.findall(text[n.start:s])) > reach:
                break  # every count further back ends before this one starts: it is further away
        for j in range(split, len(order)):  # counts that start at or after it
            n = nums[order[j]]
            if clause(n.start) != here or len(word.findall(text[e:n.start])) > reach:
                break
            near.append((len(word.findall(text[n.end:s] if n.end <= s else text[e:n.start])), order[j]))
        best = min(((d, k) for d, k in near if d <= reach), default=None)
        if best is not None:
            given.setdefault(best[1], set()).add(name)
    for k, names in given.items():
        nums[k].attrs["place"] = "|".join(sorted(names))


def _fronted(text: str, start: int, s: int, e: int, code: str) -> bool:
    """Is the place at ``s:e`` a locative put before its clause ("Di kota Asagiri, 15 orang
    tewas", "In Syria, 237 people died"): a preposition and at most a few words opening the
    sentence (or the stretch), then the name, then a comma?"""
    if text[e:e + 1] != ",":
        return False
    stop = text.rfind(". ", start, s)
    k = stop + 2 if stop >= 0 else start
    opening = text[k:s].split()
    preps = slot_words(code).place_prepositions
    return 0 < len(opening) <= 4 and opening[0].casefold().strip("\"'“‘(") in preps


# ------------------------------------------------------------------ clock times


# an offset written right after "GMT" or "UTC" ("GMT+7", "UTC+08:00")
_ZONE_SHIFT = re.compile(r"([+-]\d{1,2})(?::?00)?(?!\d)")


def read_times(text: str, start: int, end: int, code: str) -> list[Span]:
    """Clock times: "pukul 13.25 WIB", "sekitar pukul 01.30 waktu setempat", "3:05 a.m.", "0905 GMT"."""
    p = patterns(code)
    sw = p.words
    out = []
    for m in p.time.finditer(text, start, end):
        lead, part, zone, local = m.group("lead"), m.group("part"), m.group("zone"), m.group("local")
        minutes = m.group("m") or m.group("m4")
        if not (lead or part or zone or local):
            continue
        if not minutes and not (part or zone or local):
            continue  # "pukul 3" alone is too weak
        if lead and lead.casefold() in sw.time_weak_lead and not minutes:
            continue  # "jam 3" is a duration as often as a time
        h, mi = int(m.group("h")), int(minutes or 0)
        kind = sw.time_parts.get(part.casefold(), "") if part else ""
        if kind == "pm" and h < 12:
            h += 12
        elif kind == "am" and h == 12:
            h = 0
        z = zone.upper() if zone else ("local" if local else "")
        offset = sw.time_zones.get(z) if zone else None
        shifted = _ZONE_SHIFT.match(text, m.end(), end) if offset == 0 else None
        if shifted:  # "GMT+7", "UTC+08:00": the zone counted from UTC
            offset = int(shifted.group(1))
        approx = bool(m.group("approx"))
        out.append(Span(m.start(), m.end(), "time", {
            "minutes": h * 60 + mi, "zone": z, "offset": offset, "approx": approx,
            # round: on the hour with no minutes written ("pukul 3", "4 p.m."), which a writer
            # may round to; "pukul 3.00" is written to the minute
            "round": not minutes, "day_part": kind}))
    _zone_of_range(text, out)
    return out


def _zone_of_range(text: str, times: list[Span]) -> None:
    """The first time of a range takes the zone written once after the second ("pukul 07.00
    hingga 24.00 WIB", "from 7:00 a.m. to 10:00 p.m. GMT"): without it, it could be held against
    no other time."""
    for a, b in zip(times, times[1:]):
        if a.attrs["zone"] or not b.attrs["zone"] or b.attrs["zone"] == "local":
            continue
        between = text[a.end:b.start].strip(" \u00a0").casefold()
        if between in ("-", "–", "—") or between in page_words().range_words:
            a.attrs["zone"], a.attrs["offset"] = b.attrs["zone"], b.attrs["offset"]


# ------------------------------------------------------------------ periods


@lru_cache(maxsize=None)
def _period_pattern(code: str) -> re.Pattern | None:
    sw = slot_words(code)
    return _bounded(sw.periods) if sw.periods else None


def periods_in(text: str, code: str) -> frozenset[str]:
    """The periods the text measures a rate or change over ("inflasi tahunan" -> "year",
    "month-on-month" -> "month"): slots.toml [periods]."""
    rx = _period_pattern(code)
    if rx is None:
        return frozenset()
    periods = slot_words(code).periods
    return frozenset(periods[re.sub(r"\s+", " ", m.group(0).casefold())] for m in rx.finditer(text))


# ------------------------------------------------------------------ relations, markers


def read_relations(text: str, start: int, end: int, code: str) -> list[Span]:
    """Distances in time: "sehari setelah", "beberapa jam setelah", "a day after", "hours before"."""
    p = patterns(code)
    lang = language(code)
    out = []
    for m in p.relation.finditer(text, start, end):
        qty = (m.group("qty") or "").casefold()
        amount = float(qty) if qty.isdigit() else (parse_words([qty], p.words) if qty else None)
        direction = "after" if m.group("dir").casefold() in lang.distance_after else "before"
        out.append(Span(m.start(), m.end(), "relation", {
            "unit": lang.distance_units[m.group("unit").casefold()], "amount": amount, "direction": direction}))
    taken = Intervals((s.start, s.end) for s in out) if out else None  # (none taken: none built)
    for m in p.fused.finditer(text, start, end):
        if taken is not None and taken.contains(m.start()):
            continue
        unit, n = lang.distance_fused[m.group("fused").casefold()]
        d = (m.group("dir") or "").casefold()
        direction = "after" if d in lang.distance_after else ("before" if d else "")
        out.append(Span(m.start(), m.end(), "relation", {"unit": unit, "amount": float(n), "direction": direction}))
    return sorted(out, key=lambda s: (s.start, s.end))


def _governed(text: str, pos: int, end: int, lang: Language, reach: int) -> tuple[int, int] | None:
    """The first content word after ``pos`` (within ``reach`` words): what a marker governs."""
    word = patterns(lang.code).word
    for k, m in enumerate(word.finditer(text, pos, end)):
        if k >= reach:
            break
        if m.group(0).casefold() not in lang.stopwords:
            return m.start(), m.end()
    return None


def _before_a_determiner(text: str, m: re.Match, end: int, lang: Language, sw: SlotWords) -> bool:
    """Does a commitment that ends with the infinitive's marker ("is due to", "agreed to",
    "setuju untuk") stand right before a determiner ("the", "its", "para")? Then the marker is
    a preposition: "the delay is due to the storm" gives a cause, "agreed to the deal" an act
    done; neither puts an act in the future."""
    if m.group(0).split()[-1].casefold() not in sw.infinitive_markers:
        return False
    nxt = patterns(lang.code).word.search(text, m.end(), end)
    return bool(nxt) and text[m.end():nxt.start()].isspace() and nxt.group(0).casefold() in lang.determiners


def _a_month(word: str, lang: Language) -> bool:
    """Is a modal word written capitalised a month's name ("in May", "May 5"): the modal
    "may" stands capitalised only at a sentence's start, the month always."""
    return word[:1].isupper() and word.casefold() in lang.months


def _no_verb_after(text: str, m: re.Match, end: int, lang: Language, sw: SlotWords) -> bool:
    """Is a modal word that is also another word ("dapat", also "get") without a verb among the
    two words after it: "warga dapat bantuan" (got aid), not "dapat segera ditutup"."""
    if m.group(0).casefold() not in sw.possible_before_verb:
        return False
    after = islice(patterns(lang.code).word.finditer(text, m.end(), end), 2)
    return not any(lang.is_predicate(w.group(0)) for w in after)


def _not_hedged(text: str, m: re.Match, negations: list[re.Match], lang: Language, sw: SlotWords) -> bool:
    """Is a modal word's act told as done or as not done, not as possible: a negation beside it
    ("tidak bisa hadir", "could not reach": the act did not happen, the negation check's to
    compare) or a word of realisation right before it ("akhirnya bisa", "finally could")."""
    for n in negations:
        if text[n.end():m.start()].isspace() or text[m.end():n.start()].isspace():
            return True
    before = list(patterns(lang.code).word.finditer(text, max(0, m.start() - 40), m.start()))
    return bool(before) and text[before[-1].end():m.start()].isspace() \
        and before[-1].group(0).casefold() in sw.realised_possible


def _sets_a_contrast(text: str, start: int, m: re.Match, sw) -> bool:
    """Does the negation ``m`` open the alternative a contrast denies, after a comma or a joiner
    ("a bridge, not a wall", "a bridge and not a wall", "jembatan dan bukan tembok")?"""
    # read back from the negation a character at a time: a scan of the claim's whole stretch
    # before it cost each negation the claim's length
    e = m.start()
    while e > start and text[e - 1].isspace():
        e -= 1
    if e > start and text[e - 1] == ",":
        return True
    s = e
    while s > start and (text[s - 1].isalnum() or text[s - 1] == "_"):
        s -= 1
    return start < s < e and text[s:e].casefold() in sw.contrast_joiners


def read_markers(text: str, start: int, end: int, code: str, settings: Settings = DEFAULT) -> dict[str, list[Span]]:
    """Future and plan markers, quantifiers, hedges and negations, each with what it governs;
    and the kinds of things named among kinds that exclude one another."""
    p = patterns(code)
    lang = language(code)
    sw = p.words
    out: dict[str, list[Span]] = {"modality": [], "quantifiers": [], "hedges": [], "negations": [], "kinds": []}
    hedges = [(m, sw.hedges[re.sub(r"\s+", " ", m.group(0).casefold())]) for m in p.hedge.finditer(text, start, end)]
    idioms = Intervals((m.start(), m.end()) for m, kind in hedges if kind == "idiom")
    negations = list(p.negation.finditer(text, start, end))
    # (the phrases that void a negation are read only where there is a negation)
    void = Intervals((m.start(), m.end()) for m in p.not_negating.finditer(text, start, end)) if negations else None
    negations = [m for m in negations if not void.contains(m.start())
                 and not (m.group(0).casefold() in sw.contrast_negations and _sets_a_contrast(text, start, m, sw))]
    # a negation denying a negation asserts: "tak menampik" (does not deny: admits), "did not deny",
    # "bukan tidak mungkin", "not without risk"
    doubled = {k for a, b in zip(negations, negations[1:]) if not text[a.end():b.start()].strip()
               for k in (a.start(), b.start())}
    negations = [m for m in negations if m.start() not in doubled]
    for label, regex in (("future", p.future), ("commitment", p.commitment), ("possible", p.possible)):
        for m in regex.finditer(text, start, end):
            if label == "commitment" and _before_a_determiner(text, m, end, lang, sw):
                continue
            if label == "possible" and (idioms.contains(m.start()) or _a_month(m.group(0), lang)
                                        or _no_verb_after(text, m, end, lang, sw)
                                        or _not_hedged(text, m, negations, lang, sw)):
                continue
            attrs = {"governs": _governed(text, m.end(), end, lang, settings.slot_governs_reach)}
            if label == "future" and re.sub(r"\s+", " ", m.group(0).casefold()) in sw.reported_future:
                attrs["reported"] = True  # "said it would": a tense of reported speech
            out["modality"].append(Span(m.start(), m.end(), label, attrs))
    for m in p.quantifier.finditer(text, start, end):
        before = text[max(start, m.start() - 30):m.start()].split()
        word = before[-1].casefold().rstrip("-") if before else ""
        if word in sw.degree_before or word.endswith(possessives()) or word in sw.ordinal_words \
                or re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
            # "the most powerful", "at most", "the country's most populous", "the fourth most
            # populous", "second-most": a degree, not how many
            continue
        out["quantifiers"].append(Span(m.start(), m.end(), sw.quantifiers[re.sub(r"\s+", " ", m.group(0).casefold())]))
    for m, kind in hedges:
        out["hedges"].append(Span(m.start(), m.end(), kind))
    for m in (p.kind.finditer(text, start, end) if p.kind else ()):
        thing, kind = sw.kinds[re.sub(r"\s+", " ", m.group(0).casefold())]
        out["kinds"].append(Span(m.start(), m.end(), f"{thing}:{kind}"))
    for m in negations:
        out["negations"].append(Span(m.start(), m.end(), "negation",
                                     {"governs": _governed(text, m.end(), end, lang, settings.slot_governs_reach)}))
    for m in p.negation_prefix.finditer(text, start, end):
        # "non-binding": the prefix denies the word it is joined to, and that word only
        word = re.match(r"\w+", text[m.end():end])
        out["negations"].append(Span(m.start(), m.end(), "negation", {"governs": (m.end(), m.end() + word.end())}))
    out["negations"].sort(key=lambda n: n.start)
    return out


# ------------------------------------------------------------------ the stage


def _stretches(article: Article) -> list[tuple[int, int]]:
    """The stretches the claims cover, merged: slots are read where claims stand."""
    spans = sorted((c.start, c.end) for c in article.claims)
    out: list[list[int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _readers_patterns(p: _Patterns) -> list[re.Pattern]:
    """The patterns the stretch readers find slots with (``read_times``, ``read_numbers``,
    ``read_relations``, ``read_markers``): a stretch where none of them matches has no slot.
    (``not_negating`` is read only where a negation is, ``measure`` and the rest only around a
    number: neither finds a slot alone.)"""
    return [p.time, p.digits, p.number_word, p.ordinal_word, p.vague, p.relation, p.fused,
            p.future, p.commitment, p.possible, p.quantifier, p.hedge, *([p.kind] if p.kind else []), p.negation,
            p.negation_prefix]


def _bounded_words(sw: SlotWords) -> list:
    """The word lists whose patterns are ``_bounded`` ones (``ordinal_word`` is written the same)."""
    return [sw.ordinal_words, sw.vague, sw.future, sw.commitment, sw.possible, sw.quantifiers, sw.hedges,
            *([sw.kinds] if sw.kinds else []), sw.negations]


@lru_cache(maxsize=None)
def any_slot(code: str) -> re.Pattern:
    """One regex that matches where any of ``_readers_patterns`` matches: each pattern in a
    group of its own flags, its named groups made plain (none refers back to one), so it
    matches at a place exactly when one of them does; and the patterns that are whole words of
    a list (``_bounded``) as one, of all their words (a word of one list or of another, whole:
    the same places). A stretch it finds nothing in is passed with one search, where the
    readers ran thirteen (a line of many one-word claims, each a stretch of its own, paid them
    claim after claim)."""
    p = patterns(code)
    bounded = _bounded([w for words in _bounded_words(p.words) for w in words])
    parts = []
    for rx in [bounded, p.time, p.digits, p.number_word, p.relation, p.fused, p.negation_prefix]:
        assert "(?P=" not in rx.pattern and not rx.flags & ~(re.IGNORECASE | re.UNICODE), rx.pattern
        # (an escape is kept as it is, so an escaped bracket is never taken for a group)
        plain = re.sub(r"\\.|\(\?P<\w+>", lambda m: "(?:" if m.group(0)[0] == "(" else m.group(0), rx.pattern,
                       flags=re.DOTALL)
        parts.append(("(?i:" if rx.flags & re.IGNORECASE else "(?:") + plain + ")")
    return re.compile("|".join(parts))


def annotate_slots(article: Article, settings: Settings = DEFAULT) -> None:
    """Adds the slot layers (``LAYERS``)."""
    code = article.meta.language or "id"
    text = article.text
    layers: dict[str, list[Span]] = {name: [] for name in LAYERS}
    dates = [(s.start, s.end) for s in article.layer("dates")]  # sorted by start (Article.add)
    date_starts = [a for a, _b in dates]
    longest_date = max((b - a for a, b in dates), default=0)
    gate = any_slot(code)
    for s, e in _stretches(article):
        if gate.search(text, s, e) is None:
            continue  # no reader would find a slot here
        times = read_times(text, s, e, code)
        layers["times"] += times
        # the dates that reach into this stretch, not every date of the article for every stretch
        near = dates[bisect_left(date_starts, s - longest_date):bisect_left(date_starts, e)]
        skip = [(a, b) for a, b in near if b > s] + [(t.start, t.end) for t in times]
        layers["numbers"] += read_numbers(text, s, e, code, skip, settings)
        layers["relations"] += read_relations(text, s, e, code)
        for name, spans in read_markers(text, s, e, code, settings).items():
            layers[name] += spans
    for name in LAYERS:
        article.add(name, layers[name])


# ------------------------------------------------------------------ one claim's slots


@dataclass
class ClaimSlots:
    """Everything one claim states, as spans of its article."""

    numbers: list[Span] = field(default_factory=list)
    times: list[Span] = field(default_factory=list)
    relations: list[Span] = field(default_factory=list)
    modality: list[Span] = field(default_factory=list)
    quantifiers: list[Span] = field(default_factory=list)
    hedges: list[Span] = field(default_factory=list)
    negations: list[Span] = field(default_factory=list)
    kinds: list[Span] = field(default_factory=list)
    quotes: list[Span] = field(default_factory=list)  # the inner spans of quotations
    dates: list[DateMention] = field(default_factory=list)


def inside(span: Span, claim: Claim) -> bool:
    """Does a span lie in a claim, outside its holes?"""
    return claim.start <= span.start and span.end <= claim.end and not any(a <= span.start < b for a, b in claim.holes)


class SlotIndex:
    """One article's slot layers and quotations indexed by where they start, built once, so that
    gathering one claim's slots is a binary search: reading every span of the article for every
    claim made a long article's cost grow with its square."""

    def __init__(self, article: Article):
        self.layers = {name: article.layer(name) for name in LAYERS}  # sorted by start (Article.add)
        self.starts = {name: [s.start for s in spans] for name, spans in self.layers.items()}
        self.quotes = article.layer("quotes")
        inner = [q.attrs.get("inner", (q.start, q.end)) for q in self.quotes]
        self.quote_order = sorted(range(len(inner)), key=lambda k: inner[k][0])
        self.quote_starts = [inner[k][0] for k in self.quote_order]
        self.quote_reach = list(accumulate((inner[k][1] for k in self.quote_order), max))

    def layer_within(self, name: str, start: int, end: int) -> list[Span]:
        """The spans of a layer that start in ``start:end`` (and at ``end``), in layer order."""
        starts = self.starts[name]
        return self.layers[name][bisect_left(starts, start):bisect_right(starts, end)]

    def quotes_reaching(self, start: int, end: int) -> list[Span]:
        """The quotations whose inner span starts before ``end`` and ends after ``start``, in layer order."""
        found = []
        for j in range(bisect_left(self.quote_starts, end) - 1, -1, -1):
            if self.quote_reach[j] <= start:
                break  # none further back ends after start
            found.append(self.quote_order[j])
        return [self.quotes[k] for k in sorted(found)]


def of_claim(article: Article, claim: Claim, index: SlotIndex | None = None) -> ClaimSlots:
    """The slots inside one claim (outside its holes); callers asking for every claim of an
    article pass one ``SlotIndex`` of it."""
    index = index or SlotIndex(article)
    out = ClaimSlots(dates=list(claim.dates))
    for name in LAYERS:
        setattr(out, name, [s for s in index.layer_within(name, claim.start, claim.end) if inside(s, claim)])
    for q in index.quotes_reaching(claim.start, claim.end):
        s, e = q.attrs.get("inner", (q.start, q.end))
        s, e = max(s, claim.start), min(e, claim.end)
        if e - s >= 3:
            out.quotes.append(Span(s, e, "quote"))
    return out
