"""Where each claim comes from: attribution cues, their scope, and chains.

Cues are read from ``data/<lang>/attribution.toml`` ("Dilansir dari
{source}", "{source} merilis", ...) and sources from the registry
(``data/sources.toml``). A name a cue gives that the registry lacks is kept
as an unknown source when it looks like an organisation (a ministry, an
agency, a web address); a person named by "menurut" is a speaker, not a
source.

Scope, by the kind of cue (see the data file):

- a header or footer line ("Sumber: Reuters | Editor: ...", "(Sumber
  Antara)"), and a wire or outlet credited in the body ("Dilansir dari
  Reuters"): the whole article, since outlets credit their wire once;
- a photo credit ("((Antara))"): the caption only;
- a statement or a source's own channel ("keterangan tertulis pada laman
  Kementerian Luar Negeri China"): the claims of its sentence and those
  after it, until another source is named;
- a release ("Kremlin merilis video"): its sentence, the reported speech of
  the paragraph before, and the claims after it, as a statement;
- a back-reference ("demikian menurut keterangan tersebut"): the source
  last named.

Chains: when the article credits a wire and the text the wire supplied
cites a further source, that source is the wire's source (``cites`` edge
wire -> source), not the outlet's.

Adds the ``cues`` layer, ``Claim.sources``, and ``article.citations``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import lru_cache

from .settings import DEFAULT, Settings
from .doc import Article, Attribution, Claim, Span
from .lang import Language, language, organisation_words, registry

# A date this close after a cue dates the report, not the event ("Dilansir dari Reuters, Sabtu, 10 Mei 2025").
REPORT_DATE_WINDOW = 30
_UNKNOWN = r"(?:[A-Z][\w.&'’-]*(?:[ \u00a0]+(?:of|the|for|dan|and|de|di|[A-Z][\w.&'’-]*)){0,6})"


@dataclass
class Cue:
    kind: str
    start: int
    end: int
    source: str  # canonical name ('' for a back-reference)
    source_type: str
    known: bool
    text: str


@dataclass
class Citation:
    """An article or source citing a source (a ``cites`` edge)."""

    citing: str  # "" for the article itself, else a source name
    source: str
    source_type: str
    evidence: str
    known: bool = True
    role: str = "text"  # text | photo: a photo agency is credited for the image, not the words


@dataclass(frozen=True)
class _CuePattern:
    kind: str
    before: re.Pattern | None  # what stands before the source, anchored at the source
    after: re.Pattern | None  # what stands after it, anchored at the source's end
    whole: re.Pattern | None  # a cue without a source (back-references)
    # the last word of ``before``, lower-cased: text without it cannot match ``before``, and
    # looking for it costs far less than the regex search (54 patterns for every name)
    before_last: str = ""


@lru_cache(maxsize=None)
def _cue_patterns(code: str) -> tuple[_CuePattern, ...]:
    lang = language(code)
    out = []
    pairs = list(lang.cue_patterns) + [("photo", p) for p in lang.photo_patterns]
    for kind, pattern in pairs:
        if "{source}" not in pattern:
            out.append(_CuePattern(kind, None, None, re.compile(rf"(?i:(?<!\w){_words(pattern)}(?!\w))")))
            continue
        before, after = pattern.split("{source}")
        b = a = None
        if before:
            sep = r"[ \u00a0]*" if before.endswith((" ", "(")) else ""
            # "according to the Associated Press": an article may stand before the name
            det = r"(?:[Tt]he[ \u00a0]+)?" if before.endswith(" ") else ""
            b = re.compile(rf"(?i:(?<!\w){_words(before.rstrip())}){sep}{det}$")
        if after:
            sep = r"[ \u00a0]*" if after.startswith(" ") else ""
            a = re.compile(rf"{sep}(?i:{_words(after.lstrip())})")
        last = before.split()[-1].lower() if before.strip() else ""
        out.append(_CuePattern(kind, b, a, None, last))
    return tuple(out)


def _words(s: str) -> str:
    """A cue phrase as a regex: words separated by any spaces, punctuation as written."""
    parts = re.split(r"(\s+)", s)
    return "".join(r"[ \u00a0]+" if p.isspace() else re.escape(p) for p in parts if p)


_UNKNOWN_ORG = re.compile(_UNKNOWN)


def _source_of(name: str) -> tuple[str, str, bool] | None:
    """(canonical, type, known) for a name a cue gives, or None when it is no source."""
    name = name.strip(" \u00a0.,;:()")
    e = registry().lookup(name)
    if e is not None:
        return e.name, e.type, True
    # an unknown name: keep it only when it reads as an organisation
    if organisation_words().search(name) and len(name.split()) <= 8:
        return name, "other", False
    return None


def _names_in(text: str, start: int, end: int) -> list[tuple[int, int, str, str, bool]]:
    """Source names in a stretch: registry aliases, and organisation-like capitalised names."""
    out = []
    for m in registry().alias_regex.finditer(text, start, end):
        e = registry().lookup(m.group(0))
        if e is not None:
            out.append((m.start(), m.end(), e.name, e.type, True))
    # the registry's matches come in order and do not overlap (nor do the unknown names,
    # from one scan): whether a name starts inside one is a binary search
    known_starts, known_ends = [o[0] for o in out], [o[1] for o in out]
    for m in _UNKNOWN_ORG.finditer(text, start, end):
        k = bisect_right(known_starts, m.start()) - 1
        if k >= 0 and m.start() < known_ends[k]:
            continue
        name = m.group(0)
        # only an organisation-like name is kept (as an unknown source): test that first, and
        # spare the registry look-up, which reads every domain on a miss, for every other
        # capitalised word
        bare = name.strip(" \u00a0.,;:()")
        if not (organisation_words().search(bare) and len(bare.split()) <= 8):
            continue
        src = _source_of(name)
        if src is not None and not src[2]:
            out.append((m.start(), m.end(), src[0], src[1], False))
    return out


def find_cues(text: str, start: int, end: int, lang: Language, kinds=None) -> list[Cue]:
    """Attribution cues in ``text[start:end]``, longest first, not overlapping.

    Source first: each source name in the stretch is tried against every
    cue pattern's words before and after it, so a sentence that names no
    source costs one scan.
    """
    found = []
    patterns = [p for p in _cue_patterns(lang.code) if not kinds or p.kind in kinds]
    names = _names_in(text, start, end)
    for s, e, name, stype, known in names:
        left = text[max(start, s - 90):s]
        low_left = left.lower()
        for p in patterns:
            if p.whole is not None:
                continue
            cs, ce = s, e
            if p.before is not None:
                if p.before_last not in low_left:
                    continue
                m = p.before.search(left)
                if not m:
                    continue
                cs = s - (len(left) - m.start())
            if p.after is not None:
                m = p.after.match(text, e, end)
                if not m:
                    continue
                ce = m.end()
            found.append(Cue(p.kind, cs, ce, name, stype, known, text[cs:ce]))
    for p in patterns:
        if p.whole is not None:
            for m in p.whole.finditer(text, start, end):
                found.append(Cue(p.kind, m.start(), m.end(), "", "", True, m.group(0)))
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    out: list[Cue] = []
    kept: list[tuple[int, int]] = []  # the kept cues' stretches, sorted; they never overlap
    for c in found:
        k = bisect_left(kept, (c.start, c.end))
        if any(c.start < ke and ks < c.end for ks, ke in kept[max(0, k - 1):k + 1]):
            continue
        insort(kept, (c.start, c.end))
        out.append(c)
    return sorted(out, key=lambda c: c.start)


def attribute(article: Article, settings: Settings = DEFAULT) -> None:
    """Credit each claim with its sources; adds ``cues``, ``Claim.sources``, ``article.citations``."""
    lang = language(article.meta.language)
    text = article.text
    blocks = article.layer("blocks")
    sentences = article.layer("sentences")
    claims = article.claims
    body_claims = [c for c in claims if c.claim_type in ("statement", "quote")]
    cues: list[Cue] = []
    article_wide: list[Attribution] = []
    citations: list[Citation] = []
    # what has been cited, by (citing, source, role) and (citing, source): set look-ups
    # rather than a scan of every citation for every cue
    cited: set[tuple[str, str, str]] = set()
    cited_any_role: set[tuple[str, str]] = set()

    def add_citation(citation: Citation) -> None:
        citations.append(citation)
        cited.add((citation.citing, citation.source, citation.role))
        cited_any_role.add((citation.citing, citation.source))

    def cite(citing, cue: Cue, role: str = "text"):
        if (citing, cue.source, role) not in cited:
            add_citation(Citation(citing, cue.source, cue.source_type, cue.text, cue.known, role))

    # Headers, footers and photo credits.
    for b in blocks:
        if b.label == "credit":
            for cue in find_cues(text, b.start, b.end, lang, kinds=("credit",)):
                cues.append(cue)
                article_wide.append(Attribution(cue.source, cue.source_type, cue.text, "article", "header",
                                                cue.start, cue.end, cue.known, "header or footer credit"))
                cite("", cue)
        elif b.label == "caption" and b.attrs.get("credit"):
            credit_text = b.attrs["credit"]
            cs = text.find(credit_text, b.end)
            photo = find_cues(text, cs, cs + len(credit_text), lang, kinds=("photo",)) if cs >= 0 else []
            if photo:
                cue = photo[0]
                cues.append(cue)
                cite("", cue, role="photo")
                for c in claims:
                    if c.claim_type == "caption" and c.start >= b.start and c.end <= b.end:
                        c.sources.append(Attribution(cue.source, cue.source_type, cue.text, "claim", "photo",
                                                     cue.start, cue.end, cue.known, "photo credit of this caption"))

    # Cues in the body, sentence by sentence.
    body_cues: list[tuple[Cue, Span]] = []
    for s in sentences:
        for cue in find_cues(text, s.start, s.end, lang):
            if cue.kind == "photo":
                continue
            body_cues.append((cue, s))
            cues.append(cue)

    wire_credit = None
    for cue, s in body_cues:
        if cue.kind == "credit" and cue.source_type in ("wire", "outlet") and cue.source:
            if cue.source not in {a.source for a in article_wide}:
                article_wide.append(Attribution(cue.source, cue.source_type, cue.text, "article", "credit",
                                                cue.start, cue.end, cue.known, "a wire credited once covers the article"))
            cite("", cue)
            wire_credit = wire_credit or cue.source
    header_wire = next((a.source for a in article_wide if a.source_type in ("wire", "outlet")), None)
    upstream = header_wire or wire_credit  # what the rest of the text was supplied by

    # Claim-level sources: statements, releases and back-references carry forward.
    current: Cue | None = None
    last_named: Cue | None = None
    cue_at = {}
    for cue, s in body_cues:
        cue_at.setdefault(s.start, []).append(cue)
    order = sorted(body_claims, key=lambda c: c.start)
    release_walked: dict[str, tuple[int, int]] = {}
    for i, c in enumerate(order):
        # the sentence holding the claim (sentences are sorted and do not overlap)
        k = bisect_right(sentences, c.start, key=_span_start) - 1
        sent = sentences[k] if k >= 0 and c.start < sentences[k].end else None
        here = cue_at.get(sent.start, []) if sent else []
        for cue in here:
            if cue.kind == "backref":
                if last_named is not None:
                    _add(c, last_named, "claim", "backref", text, f"refers back to {last_named.source}",
                         evidence=cue.text)
                continue
            if cue.kind == "credit" and cue.source_type in ("wire", "outlet"):
                continue  # article-wide, above
            if cue.source_type in ("government", "other", "person") or cue.kind in ("statement", "release", "credit"):
                _add(c, cue, "claim", cue.kind, text, "cue in this sentence")
                current, last_named = cue, cue
                if upstream and upstream != cue.source:
                    if (upstream, cue.source) not in cited_any_role:
                        add_citation(Citation(upstream, cue.source, cue.source_type, cue.text, cue.known))
                else:
                    cite("", cue)
                if cue.kind == "release":
                    _cover_speech_before(order, i, c, cue, text, release_walked)
        if not here and current is not None and current.kind in ("statement", "release", "credit"):
            _add(c, current, "claim", current.kind, text, f"after the cue {current.text!r}, until another source is named")
    # the first article-wide credit of each source is the one a claim gets
    first_of_source: dict[str, Attribution] = {}
    for a in article_wide:
        first_of_source.setdefault(a.source, a)
    for c in claims:
        if c.claim_type == "caption":
            continue
        has = {x.source for x in c.sources}
        for a in first_of_source.values():
            if a.source not in has:
                c.sources.append(a)
                has.add(a.source)
    # Dates next to a cue date the report, not the event: only the cues that end in the
    # window before a date can (cue ends sorted, a binary search per date).
    cue_ends = sorted(cue.end for cue in cues)
    for d in article.layer("dates"):
        for k in range(bisect_left(cue_ends, d.start - REPORT_DATE_WINDOW), bisect_right(cue_ends, d.start)):
            if not re.search(r"[.!?\n]", text[cue_ends[k]:d.start]):
                d.attrs["mention"].reporting = True
                break
    article.add("cues", [Span(c.start, c.end, c.kind, {"source": c.source, "source_type": c.source_type,
                                                       "known": c.known}) for c in cues if c.start >= 0])
    article.citations = citations


def _add(c: Claim, cue: Cue, scope: str, kind: str, text: str, note: str, evidence: str | None = None) -> None:
    if not cue.source or any(a.source == cue.source for a in c.sources):
        return
    c.sources.append(Attribution(cue.source, cue.source_type, evidence or cue.text, scope, kind,
                                 cue.start, cue.end, cue.known, note))


def _span_start(span: Span) -> int:
    return span.start


def _cover_speech_before(order: list[Claim], i: int, cue_claim: Claim, cue: Cue, text: str,
                         walked: dict[str, tuple[int, int]]) -> None:
    """A release covers the reported speech just before it (what the video or transcript
    shows): the claims before ``order[i]``, back to the paragraph before its own.

    ``walked[source]`` is the range of claims an earlier release of the same source has
    already covered (adding the source again would change nothing): it is stepped over,
    so a paragraph of many releases is read once, not once per release."""
    para = cue_claim.paragraph
    lo, hi = walked.get(cue.source, (i, i))
    k = i - 1
    while k >= 0:
        if lo <= k < hi:
            k = lo - 1
            continue
        c = order[k]
        if c.paragraph < para - 1:
            break
        if c.speaker or c.claim_type == "quote":
            _add(c, cue, "claim", "release", text, "reported speech shown in the released material")
        k -= 1
    # claims k+1 .. i-1 are covered now, and lo .. hi-1 still are when the two ranges meet
    walked[cue.source] = (min(lo, k + 1), i) if k + 1 <= hi else (k + 1, i)
