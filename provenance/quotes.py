"""Quotations, the people named in an article, and who says what.

Three small jobs, each a function:

- ``find_quotes``: direct quotations in a paragraph, with straight or curly
  marks. A straight mark opens after a space and closes after a word; an
  opening mark pairs with the last closing mark before the next opening one
  (so a stray inner mark does not cut a quote short); a closing mark with no
  opener marks a quote that runs from the start of its sentence; an opener
  with no closer runs to the paragraph's end.
- ``find_persons``: names of people, with titles ("Presiden Rusia Vladimir
  Putin"), resolved to one canonical name per person: a short form ("Xi",
  "Ketua Xi") takes the longest name in the article that starts or ends with
  it, then the registry in ``data/entities.toml``.
- ``speaker_of``: who is quoted or reported in a stretch of text: a speech
  verb with its subject before it ("Xi mengatakan") or its speaker after it
  ("kata Putin", "tegas dia", "katanya", "he said"); pronouns point to the
  subject of the sentence, or else to the person last quoted.

Adds the ``quotes`` and ``persons`` layers.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .settings import DEFAULT, Settings
from .claims import Protected
from .doc import Article, Span
from .lang import LANGUAGES, Language, entities, language, lexicon, organisation_words, registry

OPEN_MARKS = "“«„‘"
CLOSE_MARKS = "”»’"
_STRAIGHT = '"'
_NAME_TOKEN = r"(?:[A-Z][\w'’.-]*|(?:al|el|ad|as|at|az|bin|de|da|van|von)-[A-Z][\w'’.-]*)"
_NAME_SEQ = re.compile(rf"{_NAME_TOKEN}(?:[ \u00a0]+(?:(?:bin|binti|al|el|da|de|van|von|der)[ \u00a0]+)?{_NAME_TOKEN})*")
_PREPOSITIONS = {
    "kepada", "dengan", "oleh", "dari", "untuk", "bagi", "ke", "di", "terhadap", "bersama", "antara", "atas",
    "to", "with", "by", "from", "for", "at", "of", "between", "and", "dan", "menemui", "bertemu", "tentang",
}


def _single_quote_mark(text: str, i: int, start: int, end: int) -> bool:
    """A straight single mark that opens or closes a quote, not an apostrophe ("Xi's", "rock 'n' roll")."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    return not (prev.isalnum() and nxt.isalnum())


_MARK_CHARS = re.compile("[" + re.escape(OPEN_MARKS + CLOSE_MARKS + _STRAIGHT + "'") + "]")


def find_quotes(text: str, start: int, end: int, sentence_starts: list[int] | None = None) -> list[Span]:
    """Quotation spans in ``text[start:end]`` (a paragraph); ``attrs``: inner span, balanced."""
    marks = []  # (pos, 'open'|'close')
    # single marks quote only in a paragraph without double ones (British style, headlines);
    # elsewhere they are apostrophes ("Xi's") or a quote inside a quote
    singles = not any(c in text[start:end] for c in '"“”«»„')
    # only quotation marks and apostrophes matter: visit those, not every character
    for found in _MARK_CHARS.finditer(text, start, end):
        i = found.start()
        c = text[i]
        if c in "‘’" and not singles:
            continue
        if c == "’" and i + 1 < end and text[i + 1].isalpha():
            continue  # an apostrophe: "Xi’s"
        if c in OPEN_MARKS:
            marks.append((i, "open"))
        elif c in CLOSE_MARKS:
            marks.append((i, "close"))
        elif c == _STRAIGHT or (c == "'" and singles and _single_quote_mark(text, i, start, end)):
            prev = text[i - 1] if i > start else " "
            nxt = text[i + 1] if i + 1 < end else " "
            if (prev.isspace() or prev in "([{—–-:") and not nxt.isspace():
                marks.append((i, "open"))
            elif not prev.isspace():
                marks.append((i, "close"))
            elif not nxt.isspace():
                marks.append((i, "open"))
    out = []
    k = 0
    pending_close_from = start
    while k < len(marks):
        pos, kind = marks[k]
        if kind == "close":
            # a closing mark with no opener: the quote runs from its sentence's start
            s0 = pending_close_from
            if sentence_starts:
                # the last sentence start at or before the mark (the starts are sorted)
                at = bisect_right(sentence_starts, pos) - 1
                s0 = sentence_starts[at] if at >= 0 else start
            if pos > s0:
                out.append(Span(s0, pos + 1, "quote", {"inner": (s0, pos), "balanced": False}))
            pending_close_from = pos + 1
            k += 1
            continue
        # an opener: pair with the last closer before the next opener
        j = k + 1
        last_close = None
        while j < len(marks) and marks[j][1] != "open":
            last_close = j
            j += 1
        if last_close is None:
            out.append(Span(pos, end, "quote", {"inner": (pos + 1, end), "balanced": False}))
        else:
            cpos = marks[last_close][0]
            out.append(Span(pos, cpos + 1, "quote", {"inner": (pos + 1, cpos), "balanced": True}))
            pending_close_from = cpos + 1
        k = j
    return [q for q in out if q.end - q.start > 2]


# ------------------------------------------------------------------ persons


@lru_cache(maxsize=None)
def _title_regex(code: str) -> re.Pattern:
    titles = language(code).titles
    alt = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"^(?:(?:{alt})\b[ \u00a0]*)+")


@lru_cache(maxsize=None)
def _country_regex() -> re.Pattern:
    ents = entities()
    names = sorted((a for a, (k, _) in ents.canonical.items() if k in ("country", "thing")), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(n) for n in names) + r")[ \u00a0]+")


def _strip_titles(seq: str, lang: Language) -> tuple[str, str]:
    """('Presiden Rusia Vladimir Putin') -> ('Presiden Rusia ', 'Vladimir Putin'): titles and a country."""
    head = ""
    rest = seq
    # English puts the nationality first: "Japanese Prime Minister Shigeru Ishiba"
    c = _country_regex().match(rest)
    if c and _title_regex(lang.code).match(rest[c.end():]):
        head, rest = c.group(0), rest[c.end():]
    for _ in range(3):
        m = _title_regex(lang.code).match(rest)
        if m:
            head += m.group(0)
            rest = rest[m.end():]
        # a country or body after a title: "Presiden Rusia", "Menteri Luar Negeri AS"
        if head:
            c = _country_regex().match(rest)
            if c:
                head += c.group(0)
                rest = rest[c.end():]
        if not m:
            break
    return head, rest.strip()


def _not_a_name(name: str) -> bool:
    if organisation_words().search(name):
        return True
    ents = entities()
    if name in ents.canonical and ents.canonical[name][0] != "person":
        return True
    if registry().by_alias.get(name):
        return True
    first = name.split()[0]
    return first in ents.canonical and ents.canonical[first][0] in ("country", "place")


def find_persons(article: Article, spans: list[tuple[int, int]]) -> list[Span]:
    """Person mentions in the given stretches; ``attrs``: name (canonical), titled, surface."""
    text = article.text
    lang = language(article.meta.language)
    ents = entities()
    raw: list[tuple[int, int, str, bool]] = []  # start, end, name, titled
    for s0, e0 in spans:
        for m in _NAME_SEQ.finditer(text, s0, e0):
            seq = m.group(0)
            # a full stop after a word (not an initial) ends the sentence, and the name
            stop = re.search(r"[^\W\d_]{2,}\.(?=[ \u00a0])", seq)
            if stop:
                seq = seq[:stop.end() - 1]
            seq = seq.rstrip(".")
            head, name = _strip_titles(seq, lang)
            titled = bool(head.strip())
            if not name:
                # "Presiden China, Xi Jinping,": the name follows the title after a comma
                after = _NAME_AFTER_COMMA.match(text, m.end(), e0)
                if titled and after:
                    n2 = after.group(1)
                    if not _not_a_name(n2):
                        s = after.start(1)
                        raw.append((s, s + len(n2), n2, True))
                continue
            # portfolios between a title and the name: "Kepala Perdagangan UE Maros Sefcovic",
            # "Chinese Commerce Minister Wang Wentao": the name starts after the last title
            # word or country in the run
            toks = name.split()
            if organisation_words().search(name):
                continue
            if titled or any(t in _title_words() for t in toks[:-1]):
                cut = max((k for k, t in enumerate(toks[:-1]) if t in _title_words()
                           or ents.canonical.get(t, ("",))[0] in ("country", "thing")), default=-1)
                if cut >= 0:
                    name, titled = " ".join(toks[cut + 1:]), True
            nstart = m.start() + seq.rfind(name) if name in seq else m.start()
            # trailing words that are entities are not part of a name ("Xi Jinping China")
            toks = name.split()
            while len(toks) > 1 and toks[-1] in ents.canonical and ents.canonical[toks[-1]][0] != "person":
                toks.pop()
            name = " ".join(toks)
            if _not_a_name(name):
                continue
            known = ents.persons.get(name)
            if not known and not titled and len(toks) >= 2:
                # tails longer than the longest registered name cannot be one
                for k in range(max(1, len(toks) - _longest_person_words()), len(toks)):
                    tail = " ".join(toks[k:])
                    if tail in ents.persons:
                        nstart += len(" ".join(toks[:k])) + 1
                        name, known = tail, ents.persons[tail]
                        break
            if known or titled:
                raw.append((nstart, nstart + len(name), known or name, titled))
            elif len(toks) >= 2 and not _has_common_word(toks, lang) and (
                    m.start() > s0 and text[m.start() - 1] not in ".!?\n" or _could_open_a_sentence_as_name(toks, lang)):
                raw.append((nstart, nstart + len(name), name, False))
    # later mentions by one name only ("Sefcovic said"): a capitalised word that is the
    # first or last word of a full name found in the article
    parts = {}
    for _s, _e, name, _t in raw:
        ws = name.split()
        if len(ws) >= 2:
            for w in (ws[0], ws[-1]):
                if len(w) > 2:
                    parts.setdefault(w, name)
    if parts:
        # positions already read as a name: s .. e-1 (Protected holds open intervals)
        taken = Protected((s - 1, e) for s, e, _n, _t in raw)
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(parts, key=len, reverse=True)) + r")(?![\w-])")
        for s0, e0 in spans:
            for m in rx.finditer(text, s0, e0):
                if m.start() not in taken:
                    raw.append((m.start(), m.end(), m.group(0), False))
    # one canonical name per person: the registry's, else the longest name in the article
    # that a short form stands for
    longer = longest_names({r[2] for r in raw})
    out = []
    for s, e, name, titled in raw:
        canon = ents.persons.get(name) or longer.get(name, name)
        canon = ents.persons.get(canon, canon)
        out.append(Span(s, e, "person", {"name": canon, "titled": titled, "surface": text[s:e]}))
    return out


_NAME_AFTER_COMMA = re.compile(rf",[ \u00a0]+({_NAME_TOKEN}(?:[ \u00a0]+{_NAME_TOKEN})*)")


def longest_names(names) -> dict[str, str]:
    """name -> the longest name it stands for: a name whose words are all in a longer one
    that starts or ends like it ("Xi" -> "Xi Jinping", "Tayyip Erdogan" -> "Recep Tayyip
    Erdogan"). Names that stand for nothing longer are left out.

    Only names that share the short name's first word can qualify, so each name is tried
    against those (an index by word), not against every longer name in the corpus."""
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    rank = {n: i for i, n in enumerate(ordered)}
    by_word: dict[str, list[str]] = {}
    for m in ordered:  # each list stays in the order of ``ordered``
        for w in set(m.split()):
            by_word.setdefault(w, []).append(m)
    mapping: dict[str, str] = {}
    for n in ordered:
        toks = n.split()
        if not toks:
            continue
        for m in by_word.get(toks[0], ()):
            if rank[m] >= rank[n] or len(m) <= len(n):
                break
            mt = m.split()
            if set(toks) <= set(mt) and (toks[-1] == mt[-1] or toks[0] == mt[0] or len(toks) == 1):
                mapping[n] = mapping.get(m, m)
                break
    return mapping


@lru_cache(maxsize=None)
def _longest_person_words() -> int:
    """Words in the longest person name of the registry."""
    return max((len(n.split()) for n in entities().persons), default=1)


@lru_cache(maxsize=None)
def _title_words() -> frozenset[str]:
    """Every language's one-word titles ("Presiden", "Menteri", "Minister", "Chief")."""
    out = set()
    for code in LANGUAGES:
        for t in language(code).titles:
            if " " not in t and t[:1].isupper() and not t.endswith("."):
                out.add(t)
    return frozenset(out)


def _has_common_word(toks: list[str], lang: Language) -> bool:
    """Does a capitalised run hold a word we know as a common word or a body's name
    ("Perang Anti-Fasis Dunia", "Piagam PBB", "Hubungan China-Rusia")? Then it is no
    person's name unless a title or the registry says so."""
    concepts = lexicon().concept
    for t in toks:
        f = t.casefold().strip("'’\"")
        if (f in lang.stopwords or f in lang.function_words or f in concepts or f in lang.months
                or f in lang.weekdays or registry().by_alias.get(t) or any(q in t for q in "'’\"")
                or "-" in t and any(part in entities().canonical for part in t.split("-"))):
            return True
    return False


def _could_open_a_sentence_as_name(toks: list[str], lang: Language) -> bool:
    """A capitalised run at a sentence's start is a name unless it starts with a common word
    ("Dalam Pernyataan", "Kedua Negara" are capitalised only because they open the sentence)."""
    first = toks[0].casefold()
    return (first not in lang.stopwords and first not in lang.function_words and first not in lang.auxiliaries
            and not lang.is_verb(first)
            and all(t[:1].isupper() or t in _PARTICLES or t.split("-")[0] in _PARTICLES for t in toks[1:]))


_PARTICLES = {"bin", "binti", "al", "el", "ad", "as", "at", "az", "da", "de", "van", "von", "der"}


def unify_persons(articles: list[Article]) -> dict[str, str]:
    """One name per person across the corpus: a name whose words are all in a longer
    name of the same person ("Tayyip Erdogan", "Recep" -> "Recep Tayyip Erdogan") takes
    the longer one. Rewrites the persons layers; returns the mapping."""
    mapping = longest_names(p.attrs["name"] for a in articles for p in a.layer("persons"))
    for a in articles:
        for p in a.layer("persons"):
            p.attrs["name"] = mapping.get(p.attrs["name"], p.attrs["name"])
        for c in a.claims:
            if c.speaker in mapping:
                c.speaker = mapping[c.speaker]
    return mapping


def quotes(article: Article, settings: Settings = DEFAULT) -> None:
    """Adds the ``quotes`` and ``persons`` layers."""
    text = article.text
    sent_starts = [s.start for s in article.layer("sentences")]  # sorted, as every layer
    qs = []
    for p in article.layer("paragraphs"):
        qs += find_quotes(text, p.start, p.end, sent_starts)
    article.add("quotes", qs)
    # Headlines are Title Case, where every word looks like a name: only body and captions.
    stretches = [(p.start, p.end) for p in article.layer("paragraphs")]
    stretches += [(b.start, b.end) for b in article.layer("blocks") if b.label == "caption"]
    article.add("persons", find_persons(article, stretches))


# ------------------------------------------------------------------ speakers


@lru_cache(maxsize=None)
def _speech_regex(code: str, after_quote: bool) -> re.Pattern:
    lang = language(code)
    words = lang.quote_verbs if after_quote else lang.speech_verbs
    verbs = "|".join(re.escape(v) for v in sorted(words, key=len, reverse=True))
    # "mengatakan", "kata Putin", "katanya", "he said"
    return re.compile(rf"(?i:\b(?P<verb>{verbs})(?P<nya>nya)?\b)")


def speech_verbs_in(text: str, start: int, end: int, lang: Language,
                    after_quote: bool = False) -> list[tuple[int, int, str, bool]]:
    """(start, end, verb, with_nya) of each speech verb in the stretch; ``after_quote``
    admits the short forms that credit a quotation they follow ("kata", "tegas")."""
    rx = _speech_regex(lang.code, after_quote)
    return [(m.start(), m.end(), m.group("verb"), bool(m.group("nya"))) for m in rx.finditer(text, start, end)]


def persons_in(persons: list[Span], start: int, end: int) -> list[Span]:
    """The person mentions within ``start:end``, in order; ``persons`` is a persons layer
    (sorted by start), so only the mentions from ``start`` on are read."""
    return list(_persons_from(persons, start, end))


def _persons_from(persons: list[Span], start: int, end: int):
    for k in range(bisect_left(persons, start, key=_span_start), len(persons)):
        p = persons[k]
        if p.start > end:
            break
        if p.end <= end:
            yield p


def _span_start(span: Span) -> int:
    return span.start


def subject_before(text: str, persons: list[Span], start: int, pos: int, lang: Language,
                   holes: tuple[tuple[int, int], ...] = ()) -> Span | None:
    """The person who is the subject of a verb at ``pos``: the first person mention in
    ``text[start:pos]`` not governed by a preposition or a verb (an object or addressee),
    and not inside a relative clause."""
    for p in _persons_from(persons, start, pos):
        if any(hs <= p.start < he for hs, he in holes):
            continue
        before = text[max(start, p.start - 40):p.start]
        # titles and country words between the governing word and the name do not count,
        # but a comma ends the phrase before: "kepada AS, Xi mengatakan"
        before = re.split(r"[,;:()\"“”]", before)[-1]
        words = re.findall(r"[\w'’-]+", before)
        while words and (words[-1][:1].isupper()):
            words.pop()
        prev = words[-1].casefold() if words else ""
        if prev in _PREPOSITIONS or (prev and lang.is_verb(prev) and prev not in lang.auxiliaries
                                     and prev not in ("juga", "pun")):
            continue
        return p
    return None


def speaker_after(text: str, persons: list[Span], pos: int, end: int) -> Span | None:
    """The person named right after a speech verb ("kata Presiden Putin kepada Xi")."""
    for p in persons_in(persons, pos, min(end, pos + 60)):
        gap = text[pos:p.start]
        if re.fullmatch(r"[\s\u00a0,]*(?:[A-Z][\w.]*[\s\u00a0]+){0,5}", gap):
            return p
        break
    return None


def pronoun_after(text: str, pos: int, lang: Language) -> str:
    m = re.match(r"[\s\u00a0]+([\w]+)", text[pos:pos + 20])
    if m and m.group(1).casefold() in lang.pronouns:
        return m.group(1)
    return ""
