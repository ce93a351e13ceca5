"""The document model: an article whose text never changes, and spans over it.

Modelled on spaCy's Doc and Span: every annotation is a pair of character
offsets into ``Article.text`` (Python string indices, as ``Path.read_text``
gives them), kept in named layers so that each stage adds one layer without
touching the others. Cleaning marks spans; it never deletes characters, so a
claim can always be shown in place.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import attrgetter


@dataclass
class Span:
    """A stretch of an article's text, with a label and free attributes."""

    start: int
    end: int
    label: str = ""
    attrs: dict = field(default_factory=dict)

    def text(self, source: str) -> str:
        return source[self.start:self.end]

    def __len__(self) -> int:
        return self.end - self.start


class ByStart:
    """Spans (anything with ``start`` and ``end``) by start, for questions asked once a claim
    or a line ("which lie inside start:end"): a binary search and the spans found, not every
    span of the article each time. Answers keep the order of the list given."""

    def __init__(self, spans):
        self.spans = list(spans)
        self.order = sorted(range(len(self.spans)), key=lambda k: self.spans[k].start)
        self.starts = [self.spans[k].start for k in self.order]

    def starting_in(self, start: int, end: int) -> list:
        """The spans with start <= span.start < end."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if lo >= hi:
            return []  # (most questions, a claim or a sentence at a time, find none)
        near = sorted(self.order[lo:hi])
        return [self.spans[k] for k in near]

    def holding(self, start: int, end: int):
        """The span that holds ``start:end``, of spans that do not overlap (sentences,
        paragraphs), or None; ``start:end`` is not empty (at a boundary an empty stretch
        would be held by two)."""
        k = self.index_holding(start, end)
        return self.spans[k] if k >= 0 else None

    def index_holding(self, start: int, end: int) -> int:
        """Where the span ``holding`` gives is in the list given (its paragraph's number), or -1."""
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and end <= self.spans[self.order[k]].end:
            return self.order[k]
        return -1

    def within(self, start: int, end: int) -> list:
        """The spans with start <= span.start and span.end <= end."""
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        if lo >= hi:
            return []
        near = sorted(self.order[lo:hi])
        return [self.spans[k] for k in near if self.spans[k].end <= end]


@dataclass
class DateMention:
    """A date expression and what it resolves to."""

    start: int
    end: int
    text: str
    value: date | None  # None when it cannot be resolved
    precision: str = "day"  # day | week | month | year
    relative: bool = False  # resolved against the publication date
    weekday: int | None = None  # the weekday the text names, if any
    weekday_conflict: bool = False  # the named weekday is not the date's weekday
    reporting: bool = False  # the date of a report or statement, not of the event
    pending: tuple = ()  # how a relative mention resolves (kind and its terms), for dates.resolve

    def last_day(self) -> date | None:
        """The last day of the day, week, month or year the mention names."""
        v = self.value
        if v is None or self.precision == "day":
            return v
        if self.precision == "year":
            return date(v.year, 12, 31)
        if self.precision == "month":
            return date(v.year + (v.month == 12), v.month % 12 + 1, 1) - timedelta(days=1)
        return v + timedelta(days=6)

    def names_an_earlier_period(self) -> bool:
        """Does it name the period before the report's ("last month", "tahun lalu")?"""
        return self.pending[:1] == ("period",) and self.pending[2] < 0

    def iso(self) -> str:
        if self.value is None:
            return ""
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


@dataclass
class Attribution:
    """A claim credited to a source, with the cue that says so."""

    source: str  # canonical name
    source_type: str  # wire | government | outlet | person | other
    evidence: str  # the cue text as it stands in the article
    scope: str  # claim | article
    kind: str  # credit | statement | release | backref | photo | header
    cue_start: int = -1
    cue_end: int = -1
    known: bool = True  # in the registry, or only named by a cue
    note: str = ""  # how the scope was decided, for the report


@dataclass
class Claim:
    """One atomic, checkable claim: a span of the article and what was read of it."""

    id: str
    article_id: str
    start: int
    end: int
    text: str  # the claim as stated: the span's text, less any holes
    claim_type: str = "statement"  # statement | quote | headline | caption
    holes: tuple[tuple[int, int], ...] = ()  # sub-spans cut out (a relative clause told apart)
    paragraph: int = 0
    sentence: int = 0
    context: str = ""  # the head a split-off clause depends on ("Kunjungan Xi ke Moskow")
    split: str = "main"  # how the clause was cut from its sentence: main | relative | coordinate | ...
    speaker: str = ""
    speaker_evidence: str = ""  # the cue words that name the speaker
    quotes: list[Span] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    sources: list[Attribution] = field(default_factory=list)
    event: str = ""  # event id, set by the events stage
    event_note: str = ""  # why the claim's event is not its article's (a recycled caption)
    # the label under which a fact-check quotes the claim to check it ("Narasi yang beredar:"): the
    # article does not assert it (factcheck.py); "" for the article's own claims
    checked: str = ""
    entities: list[tuple[str, str]] = field(default_factory=list)  # (kind, canonical)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass
class ArticleMeta:
    outlet: str = ""
    outlet_evidence: str = ""
    published: date | None = None
    published_evidence: str = ""
    published_inferred: bool = False  # no stamp on the page: inferred from the text (pagemeta.py)
    # the moment of publication in UTC, when the page's stamp gives a clock time in a named zone
    # ("Selasa, 03 Mar 2026 17:40 WIB") or its metadata one with an offset; None otherwise
    published_utc: datetime | None = None
    # No year anywhere on the page: the lead's day and month (or a later day the text reports)
    # and how many days after it the page was written ("Selasa (22/10) sore kemarin" ->
    # (10, 22, 1)); the year comes from the article's event (pipeline:
    # corpus.published_estimates). With its evidence: the words and the rule that gave it.
    published_yearless: tuple = ()
    published_yearless_evidence: str = ""
    # No date with a day and month at all: the weekdays the body reports as past, (weekday
    # number, the words), for the article's event to place in a week (pipeline, as above).
    published_weekdays: tuple = ()
    language: str = ""
    language_evidence: str = ""
    title: str = ""
    authors: list[str] = field(default_factory=list)
    place: str = ""  # dateline place, canonical
    place_evidence: str = ""
    reference_date: date | None = None  # what relative dates resolve against
    reference_evidence: str = ""
    # the dates the article's main happening can have: (first, last, why); set by matching
    event_window: tuple = (None, None, "")


@dataclass
class SourceMeta:
    """How the file was read (load.py), before any stage: the encoding it was decoded from
    and, for an HTML page, what the page's own metadata says (read with trafilatura). The
    page-metadata stage (pagemeta.py) prefers these to what it reads from the text, and keeps their evidence."""

    encoding: str = "utf-8"  # the codec the bytes were decoded with (Python's name)
    encoding_evidence: str = ""  # "valid UTF-8", "byte-order mark", "charset-normalizer: ..."
    format: str = "text"  # text | html: for html, ``Article.text`` is the text extracted from the page
    title: str = ""
    site_name: str = ""  # og:site_name, the publisher in JSON-LD, ...
    hostname: str = ""  # of the page's canonical address
    url: str = ""
    published: date | None = None
    published_evidence: str = ""
    published_utc: datetime | None = None  # article:published_time with its offset, in UTC
    authors: list[str] = field(default_factory=list)
    # for html: where each character of ``Article.text`` starts and ends in the file as Python
    # reads it (htmlspans.file_offsets), so that exported spans index the file; None for text
    file_offsets: tuple | None = None


_START_END = attrgetter("start", "end")  # a layer's order: (start, end), read in C


@dataclass
class Article:
    """One input document. ``text`` is exactly what was read and never changes."""

    id: str
    path: str
    text: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    source_meta: SourceMeta = field(default_factory=SourceMeta)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    citations: list = field(default_factory=list)  # attribution.Citation: what the article cites

    def layer(self, name: str) -> list[Span]:
        return self.layers.get(name, [])

    def add(self, name: str, spans: list[Span]) -> None:
        n = len(self.text)
        for s in spans:
            if not (0 <= s.start <= s.end <= n):
                raise ValueError(f"span {s.start}:{s.end} outside {self.path} ({n} chars)")
        self.layers[name] = sorted(spans, key=_START_END)

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """The span ``text[start:end]`` as offsets into the file as Python reads it: the same for
        a text file; for an HTML page, where the extracted text stands in the page's source."""
        offsets = self.source_meta.file_offsets
        if offsets is None or not self.text:
            return start, end
        starts, ends = offsets
        if end <= start:
            at = starts[start] if start < len(starts) else (ends[-1] if len(ends) else 0)
            return at, at
        return starts[start], max(ends[end - 1], starts[start])

    def file_holes(self, holes) -> list[tuple[int, int]]:
        """A claim's holes (``Claim.holes``) as ``file_span``s."""
        return [self.file_span(s, e) for s, e in holes]

    def span_text(self, span: Span | tuple[int, int]) -> str:
        if isinstance(span, tuple):
            return self.text[span[0]:span[1]]
        return self.text[span.start:span.end]

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]
