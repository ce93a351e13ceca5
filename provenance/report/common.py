"""What every section of the report shares: the options, the filters, one claim as a
side of a comparison, source chains, and drawing a claim with its differing words.

The report only shows what the analysis put on the ``Corpus``: it never matches,
scores or reads keys again. The one thing it computes is which words of two
versions differ, to highlight them: a word-by-word comparison of the two texts
as printed (see ``differing_spans``), unless the analysis gave the spans itself
in ``Discrepancy.evidence["spans"]`` ({claim id: [[start, end], ...]}).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from rich.text import Text

from ..pipeline import Corpus

SECTIONS = ("summary", "discrepancies", "shared", "thin", "sources", "rewrites", "suggestions")
SEVERITIES = ("high", "medium", "low")
# in plain output (piped, NO_COLOR, --no-color) the differing words are marked with these
PLAIN_MARKS = ("«", "»")
# a word as a reader compares it: a number with its separators ("5,6", "8/5/2025") is one
_WORD = re.compile(r"\d+(?:[.,:/]\d+)*|\w+", re.UNICODE)
_TOKEN = re.compile(r"\S+")
_PUNCT = re.compile(r"[,.;:!?]")


@dataclass(frozen=True)
class ReportOptions:
    """What the report shows: which sections, how many items in each (0: all), and filters."""

    sections: tuple[str, ...] = SECTIONS
    limit: int = 0
    events: tuple[str, ...] = ()  # event ids, with or without "event:"
    outlets: tuple[str, ...] = ()  # outlet names, any case
    min_severity: str = "low"
    reasons: bool = False


@dataclass
class Scope:
    """The articles and claims the filters keep, and the names they were given."""

    corpus: Corpus
    events: set[str] = field(default_factory=set)  # event ids kept (empty: all)
    outlets: set[str] = field(default_factory=set)  # casefolded outlet names kept (empty: all)
    min_rank: int = len(SEVERITIES) - 1

    def outlet_ok(self, article) -> bool:
        return not self.outlets or outlet_of(article).casefold() in self.outlets

    def claim_ok(self, claim_id: str) -> bool:
        c = self.corpus.claim(claim_id)
        return (not self.events or c.event in self.events) and self.outlet_ok(self.corpus.article_of(claim_id))

    def event_ok(self, event_id: str) -> bool:
        return not self.events or event_id in self.events

    def article_ok(self, article) -> bool:
        return self.outlet_ok(article) and (not self.events or any(c.event in self.events for c in article.claims))

    def severity_ok(self, severity: str) -> bool:
        return SEVERITIES.index(severity) <= self.min_rank if severity in SEVERITIES else True

    @property
    def filtered(self) -> bool:
        return bool(self.events or self.outlets or self.min_rank < len(SEVERITIES) - 1)


def make_scope(corpus: Corpus, options: ReportOptions) -> tuple[Scope, list[str]]:
    """The scope the options ask for, and a message for each filter value that names nothing."""
    problems = []
    known_events = {e.id for e in corpus.events}
    events = set()
    for raw in options.events:
        eid = raw if raw.startswith("event:") else f"event:{raw}"
        if eid in known_events:
            events.add(eid)
        else:
            problems.append(f"no event {raw!r}; the events are: "
                            + ", ".join(sorted(e.removeprefix("event:") for e in known_events)))
    known_outlets = {outlet_of(a).casefold(): outlet_of(a) for a in corpus.articles}
    outlets = set()
    for raw in options.outlets:
        if raw.casefold() in known_outlets:
            outlets.add(raw.casefold())
        else:
            problems.append(f"no outlet {raw!r}; the outlets are: " + ", ".join(sorted(known_outlets.values())))
    if options.min_severity not in SEVERITIES:
        problems.append(f"no severity {options.min_severity!r}; use {', '.join(SEVERITIES)}")
        rank = len(SEVERITIES) - 1
    else:
        rank = SEVERITIES.index(options.min_severity)
    return Scope(corpus, events, outlets, rank), problems


def outlet_of(article) -> str:
    return article.meta.outlet or article.name


def published(article) -> str:
    """The publication date, '~date' when only inferred from the text, or ''."""
    m = article.meta
    if m.published:
        return ("~" if m.published_inferred else "") + m.published.isoformat()
    return f"~{m.reference_date.isoformat()}" if m.reference_date else ""


def when_key(article) -> tuple:
    """Publication order: dated first by date (an estimate counts), then by file."""
    m = article.meta
    d = m.published or m.reference_date
    return (d is None, d.isoformat() if d else "", article.path)


def chain(article, source: str, seen: frozenset = frozenset()) -> list[dict]:
    """What ``source`` itself cites in this article (a wire's own source), to any depth."""
    out = []
    for ct in article.citations:
        if ct.citing == source and ct.source not in seen:
            out.append({"source": ct.source, "type": ct.source_type, "role": ct.role, "known": ct.known,
                        "evidence": ct.evidence, "cites": chain(article, ct.source, seen | {source})})
    return out


def claim_sources(corpus: Corpus, claim_id: str) -> list[dict]:
    a = corpus.article_of(claim_id)
    c = corpus.claim(claim_id)
    out = []
    for s in sorted(c.sources, key=lambda s: (s.kind == "photo", s.source)):
        out.append({"source": s.source, "type": s.source_type, "role": "photo" if s.kind == "photo" else "text",
                    "evidence": s.evidence, "scope": s.scope, "cites": chain(a, s.source)})
    return out


def side(corpus: Corpus, claim_id: str, highlights: list | None = None) -> dict:
    """One claim as the report shows it: where it stands, what it says, who it credits."""
    c = corpus.claim(claim_id)
    a = corpus.article_of(claim_id)
    # start, end and holes index the text the tool read (drawn from it); the evidence points into
    # the file as Python reads it, an HTML page's source (Article.file_span)
    fs, fe = a.file_span(c.start, c.end)
    out = {"claim": c.id, "outlet": outlet_of(a), "article": a.path, "published": published(a),
           "language": a.meta.language, "type": c.claim_type, "speaker": corpus.person_name(c.speaker),
           "start": c.start, "end": c.end, "holes": [list(h) for h in c.holes], "text": c.text,
           "evidence": f"{a.path}:{fs}-{fe}", "sources": claim_sources(corpus, claim_id), "checked": c.checked}
    if highlights is not None:
        out["highlights"] = [list(h) for h in highlights]
    return out


def _words(corpus: Corpus, claim_id: str) -> list[tuple[str, int, int]]:
    """The claim's words as printed, with their offsets in the article (holes left out)."""
    c = corpus.claim(claim_id)
    text = corpus.article_of(claim_id).text
    out = []
    for m in _WORD.finditer(text, c.start, c.end):
        if not any(a <= m.start() < b for a, b in c.holes):
            out.append((m.group().casefold(), m.start(), m.end()))
    return out


def differing_spans(corpus: Corpus, a: str, b: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Article offsets of the words in which two versions of a claim differ, for each side.

    Word by word, as printed (difflib's longest matching blocks); only between two
    texts in one language, since a translation differs in every word."""
    if corpus.article_of(a).meta.language != corpus.article_of(b).meta.language:
        return [], []
    wa, wb = _words(corpus, a), _words(corpus, b)
    sm = difflib.SequenceMatcher(None, [w for w, _, _ in wa], [w for w, _, _ in wb], autojunk=False)
    out_a, out_b = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        out_a += [(s, e) for _, s, e in wa[i1:i2]]
        out_b += [(s, e) for _, s, e in wb[j1:j2]]
    return _merge(out_a, corpus.article_of(a).text), _merge(out_b, corpus.article_of(b).text)


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join spans separated only by spaces or punctuation, so a changed phrase is one mark."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and not _WORD.search(text, out[-1][1], s) and "\n" not in text[out[-1][1]:s]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def claim_text(side_: dict, article_text: str, plain: bool, style: str = "", mark: str = "diff") -> Text:
    """The claim as a Text drawn from the article by offset: spaces tidied, holes left out,
    the highlighted spans styled (or, in plain output, marked « »)."""
    spans = []
    for a, b in side_.get("highlights", []):
        while a < b and article_text[a].isspace():
            a += 1
        while b > a and article_text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    spans.sort()
    pieces, cur = [], side_["start"]
    for a, b in sorted(tuple(h) for h in side_["holes"]):
        pieces.append((cur, a))
        cur = b
    pieces.append((cur, side_["end"]))
    parts: list[str] = []
    marked: list[list[int]] = []  # ranges of the printed string to highlight
    length = 0
    last_end = None
    for s, e in pieces:
        for m in _TOKEN.finditer(article_text, s, e):
            ws, we = m.start(), m.end()
            if last_end is not None and not _PUNCT.match(m.group()):
                parts.append(" ")
                length += 1
                if marked and marked[-1][1] == length - 1 and any(a <= last_end and ws <= b for a, b in spans):
                    marked[-1][1] = length  # a highlighted phrase runs on over the space
            last_end = we
            for a, b in spans:
                if a < we and b > ws:
                    lo, hi = length + max(a, ws) - ws, length + min(b, we) - ws
                    if marked and marked[-1][1] == lo:
                        marked[-1][1] = hi
                    else:
                        marked.append([lo, hi])
            parts.append(m.group())
            length += we - ws
    printed = "".join(parts)
    if plain:
        for lo, hi in reversed(marked):
            printed = printed[:lo] + PLAIN_MARKS[0] + printed[lo:hi] + PLAIN_MARKS[1] + printed[hi:]
        return Text(printed, style=style)
    out = Text(printed, style=style)
    for lo, hi in marked:
        out.stylize(mark, lo, hi)
    return out


def plural(n: int, word: str, many: str = "") -> str:
    """'1 article', '2 articles'."""
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def limited(items: list, limit: int) -> tuple[list, int]:
    """The first ``limit`` items (all when 0) and how many were left out."""
    if limit and len(items) > limit:
        return items[:limit], len(items) - limit
    return items, 0
