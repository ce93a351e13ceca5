"""Where each claim comes from: attribution cues, their scope, and chains.

Sources are found by name first: the registry's names and aliases
(``data/sources.toml``), and organisation-shaped names the registry lacks (a
run of capitalised words holding an organisation word, ``organisations.txt``:
"Kedutaan Besar Republik Indonesia (KBRI) di Lima", "Polda Jatim").
Each name is then tried against the cue words of its language
(``data/<lang>/attribution.toml``) before and after it. A person is never a
source: "menurut Putin" names a speaker. A person who speaks for a body
("Kapolda Jatim Bayu Pratama", "Kremlin spokesperson Anton Belov") makes
that body the source of what they say.

Scope:

- a credit line ("Sumber: Reuters | Editor: ...", "(Sumber Antara)"), a
  republication notice ("Artikel ini telah tayang di Kompas.com"), a wire's
  byline or footer at the page's top or bottom ("Associated Press writer X
  contributed") and a wire's dateline ("MOSCOW (Reuters) -", when the wire is
  not the article's own outlet) cover the whole article;
- a wire or outlet credited in the body covers the whole article when it
  frames the text: it opens the lead, or it is the one upstream the article
  credits and opens its sentence ("Dilansir dari Reuters, ...") or stands in
  an article that credits no body of its own;
- any other cue covers its claim: the claims of its sentence and of the
  quotation it closes, the rest of its paragraph, and the paragraphs that go
  on with it (a quotation, reported speech with no new speaker, "Yakni", a
  list after a colon), until another source is credited, another body
  becomes the subject, a person first named after the cue speaks, or a
  paragraph turns to another matter ("Sementara itu"); a document the
  article draws on ("keterangan tertulis pada laman X", a readout) and a
  release ("Kremlin merilis video") go on over the next paragraphs too;
- a wire credited beside a body's statement ("kata Gedung Putih ..., seperti
  dikutip Reuters") relays that statement and goes with it;
- a release also covers the reported speech of the paragraph before it; a
  back-reference ("demikian menurut keterangan tersebut") points to the body
  last named; a role tied back to a body ("its commissioner told Reuters",
  "kata juru bicaranya") makes that body speak;
- a photo credit ("((Antara))", "ANTARA FOTO/Name", "Sputnik/Name/Pool via
  REUTERS", "(Contributor/Getty Images)") covers its caption only, with the
  ``photo`` role;
- a credit on the cut-off last line of a scrape is still cited.

Chains: a body credited in text that a wire or outlet supplied is that
source's source (a ``cites`` edge wire -> body), not the article's.
The article's own outlet is never its source.

Adds the ``cues`` layer, ``Claim.sources``, and ``article.citations``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate

from .clean import lines_with_offsets, read_byline
from .doc import Article, Attribution, ByStart, Claim, Span
from .lang import (LANGUAGES, Language, alternation, countries, degrees_after_a_name, entities, language,
                   organisation_words, outlet_openers, page_words, place_names, possessive_after, possessive_at_end,
                   possessives, province_names,
                   registry, slot_words, trie_alternation)
from .normalize import calendar_words
from .persons import company_short_names, company_words, is_office_word
from .segment import is_abbreviation
from .settings import DEFAULT, Settings
from .slots import Intervals

# A date this close after a cue dates the report, not the event ("Dilansir dari Reuters, Sabtu, 10 Mei 2025").
REPORT_DATE_WINDOW = 30
MEDIA_TYPES = ("wire", "outlet")

_SP = r"[ \u00a0]"
_CAP = r"[A-Z\u00c0-\u00de][\w.&'\u2019-]*"
_ACRONYM = re.compile(r"\([A-Z][A-Za-z0-9.&-]{1,14}\)")
_WORD = re.compile(r"[^\W_][\w.&'\u2019-]*")
_TOKEN = re.compile(r"\([A-Z][A-Za-z0-9.&-]{1,14}\)|[^\W\d_][\w.&'\u2019-]*|\d[\w.,-]*|\S")
# words that join the capitalised words of one name ("Ministry of Foreign Affairs", "KBRI di Ankara")
_CONNECTORS = frozenset(w for c in LANGUAGES for w in language(c).attribution.name_connectors) \
    | frozenset(page_words().name_particles)
# a name after one of these is a place, not a body a role speaks for ("Kepala Dinas ... di Sleman")
_PLACE_BEFORE = re.compile(rf"(?i)(?:^|\s)(?:{alternation(w for c in LANGUAGES for w in language(c).attribution.place_prepositions)})"
                           r"\s*$")
# "the" or "a" between a cue and its source ("according to the AP")
_ARTICLE = alternation(w for c in LANGUAGES for w in language(c).attribution.articles)
# "Dilansir The Times dan Le Monde", "Source: Reuters/AFP": what joins two names in a list
_NAME_LIST_JOIN = re.compile(rf"(?:,|[ \u00a0]*/[ \u00a0]*|,?\s*(?:{alternation([*page_words().name_joiners, *(w for c in LANGUAGES for w in language(c).list_conjunctions)])}))"
                             r"\s*")
# a place's name is at most this many words ("Nusa Tenggara Timur", "Papua Barat Daya")
_PLACE_WORDS = 3
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.I)
_SENTENCE_STOP = re.compile(r"[.;:!?\"“”‘’«»]")


@dataclass(frozen=True)
class Name:
    """A source's name as it stands in the text."""

    start: int
    end: int
    source: str  # canonical name, or the name as written for an unknown source
    source_type: str
    known: bool


@dataclass
class Cue:
    kind: str
    start: int
    end: int
    source: str  # canonical name ('' for a back-reference)
    source_type: str
    known: bool
    text: str
    name_start: int = -1
    name_end: int = -1
    # does a date right after it date the report rather than the happening ("the agency said on
    # Friday")? Not for a body told only by its kind (``_anaphor_cue``): see there
    dates_the_report: bool = True


@dataclass
class Citation:
    """An article or source citing a source (a ``cites`` edge)."""

    citing: str  # "" for the article itself, else a source name
    source: str
    source_type: str
    evidence: str
    known: bool = True
    role: str = "text"  # text | photo: a photo agency is credited for the image, not the words
    # A chain (source -> source) starts from the citing source's report in this article
    # (its article's name), not from the source as a whole: that Reuters cited the White
    # House in one article says nothing of what another article took from Reuters.
    citing_role: str = "text"


# ------------------------------------------------------------------ names


def _words(s: str) -> str:
    """A cue phrase as a regex: words separated by any spaces, punctuation as written."""
    parts = re.split(r"(\s+)", s)
    return "".join(r"[ \u00a0]+" if p.isspace() else re.escape(p) for p in parts if p)


def _alt(phrases) -> str:
    return alternation(phrases, space=r"[ \u00a0]+")


def _itree(phrases) -> str:
    """``(?:`` + ``_alt(phrases)`` + ``)`` where it is read case-insensitively (inside ``(?i:``), as
    a tree of shared beginnings: the same matches, without trying each phrase in turn at
    every character (``trie_alternation``)."""
    return trie_alternation(phrases, ignorecase=True, space=r"[ \u00a0]+")


@lru_cache(maxsize=None)
def _vocabulary(code: str) -> dict:
    """Word sets the name finder needs, for one language."""
    lang = language(code)
    cue_words = set()
    for _, p in lang.cue_patterns:
        cue_words |= {w.casefold() for w in re.findall(r"[^\W\d_]+", p.replace("{source}", " "))}
    title_words, title_phrases = set(), set()
    for c in LANGUAGES:
        for t in language(c).titles:
            title_words |= {w.casefold().rstrip(".") for w in t.split()}
            title_phrases.add(tuple(w.casefold().rstrip(".") for w in t.split()))
    att = lang.attribution
    return {
        "skip": frozenset(lang.stopwords | lang.function_words | cue_words | set(att.report_verbs)
                          | {v.casefold() for v in lang.speech_verbs | lang.quote_verbs}),
        "titles": frozenset(title_words),
        # whole titles, as word tuples ("kepala", "secretary of state"): a word of a title of
        # several ("State", "National") is one only where the whole title stands
        "title_phrases": frozenset(title_phrases),
        "title_longest": max((len(t) for t in title_phrases), default=1),
        # portfolios ("health", "finance"): a title's word, and a body's before its organisation word
        "offices": frozenset(o.casefold() for c in LANGUAGES for o in language(c).offices if " " not in o),
        "staff": tuple(sorted((s.casefold() for s in att.staff), key=len, reverse=True)),
        "fused": {k: v for c in LANGUAGES for k, v in language(c).attribution.title_bodies.items()},
        "roles": frozenset(w.casefold() for c in LANGUAGES for r in language(c).attribution.roles for w in r.split()),
        "medium_head": re.compile(rf"(?:{_alt(att.mediums)})(?!\w)") if att.mediums else re.compile(r"(?!)"),
        # a name a negation opens is nobody's ("No group claimed the attack")
        "negations": frozenset(slot_words(code).negations),
    }


@lru_cache(maxsize=65536)
def _is_org_word(word: str) -> bool:
    return bool(organisation_words().fullmatch(word)) if " " not in word else False


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return list(_iter_tokens(text, start, end))


def _iter_tokens(text: str, start: int, end: int):
    """The tokens of ``text[start:end]`` one at a time, as ``_tokens`` lists them (a caller that
    reads only the first stops there)."""
    for m in _TOKEN.finditer(text, start, end):
        s, e, w = m.start(), m.end(), m.group(0)
        # a full stop that ends a sentence is not part of the word ("tewas.", "Senin.")
        if len(w) > 1 and w.endswith(".") and w.count(".") == 1 and not re.fullmatch(r"[A-Z]\.", w):
            yield s, e - 1, w[:-1]
            yield e - 1, e, "."
            continue
        yield s, e, w


_SPACE = re.compile(r"\s")
_BACK_WINDOW = 32  # characters read back first; each retry reads four times as many


def _tokens_back(text: str, start: int, end: int):
    """The tokens of ``_tokens(text, start, end)``, last first, read back from ``end`` in a
    growing window: a title is read back from a name until a word that is no part of it,
    usually the first, and tokenizing the whole zone before every mention was most of the
    stage on a text of many names. No token holds a space, so the tokens read from just after
    a space are the whole stretch's from there on."""
    width, given = _BACK_WINDOW, end  # tokens that start at or after ``given`` were given
    while True:
        a = max(start, end - width)
        if a > start:
            space = _SPACE.search(text, a, given)
            a = space.end() if space else given
        yield from reversed(_tokens(text, a, given))
        if a <= start:
            return
        given, width = a, width * 4


def _start(span) -> int:
    return span.start


def _capitalised(w: str) -> bool:
    return w[:1].isupper() or bool(_ACRONYM.fullmatch(w))


@lru_cache(maxsize=None)
def _rank_words(code: str) -> frozenset[str]:
    """The words of the language's ranks ("AKP", "Kombes", "Irjen", "Brig.", "Gen."), but
    organisation words ("Police", "Polri"): read only right before a person's name."""
    return frozenset(w for r in language(code).ranks for w in r.split() if not _is_org_word(w))


def _unknown_names(text: str, start: int, end: int, lang: Language, settings: Settings,
                   persons: list[Span]) -> list[tuple[int, int]]:
    """Stretches that read as one organisation's name the registry lacks: capitalised words
    (with connectors and a parenthesised acronym) holding an organisation word, or a
    lowercase head ("pemerintah prefektur Asagiri", "kelompok Pertahanan Sipil Yaman")
    before capitalised words."""
    voc = _vocabulary(lang.code)
    if not organisation_words().search(text, start, end):
        return []  # no organisation word, no organisation's name
    toks = _tokens(text, start, end)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        s, e, w = toks[i]
        lower_head = not _capitalised(w) and (_is_org_word(w) or w.casefold() in voc["staff"])
        if not (_capitalised(w) or lower_head) or not re.match(r"[^\W\d_(]|\(", w):
            i += 1
            continue
        j = i + 1
        lowers = 0
        proper = _capitalised(w) and not _is_org_word(w)
        while j < n:
            w2 = toks[j][2]
            if text[toks[j - 1][1]:toks[j][0]].strip(" \u00a0"):
                break  # a full stop, a comma or a line break ends the name
            if _capitalised(w2) and w2.casefold().rstrip(".") not in calendar_words(lang.code):  # "said on Tuesday": no body
                lowers = 0
                proper = proper or not _is_org_word(w2.strip("()"))
            elif re.match(r"[^\W\d_]", w2) and w2.islower() and not lang.is_predicate(w2) and (
                    w2 in _CONNECTORS or _is_org_word(w2) or not proper):
                # lowercase inside a name: connectors ("Ministry of ..."), organisation words
                # ("East Java police"), and the words of a head before the proper name
                # ("Kementerian luar negeri Tiongkok")
                lowers += 1
                if lowers > 2:
                    break
            else:
                break
            j += 1
        # trim: the name ends on a capitalised word, an acronym or an organisation word
        k = j
        while k > i and not (_capitalised(toks[k - 1][2]) or _is_org_word(toks[k - 1][2])):
            k -= 1
        # a lowercase head must reach a capitalised word ("pejabat prefektur Asagiri")
        if lower_head and not any(_capitalised(t[2]) for t in toks[i:k]):
            i = max(j, i + 1)
            continue
        # lead words that belong to the sentence, not the name: cue words, titles ("Menurut KBRI",
        # "Kepala Dinas Kesehatan ...")
        if toks[i][2].casefold() in voc["negations"]:
            i = max(j, i + 1)
            continue  # "No group claimed ...", "Tidak ada kelompok yang ...": no source
        a = title_end = i
        while a < k and not _is_org_word(toks[a][2]) and toks[a][2].casefold() not in voc["staff"]:
            if a >= title_end:
                title_end = a + _title_at(toks, a, k, voc)
            if not (toks[a][2].casefold() in voc["skip"] or a < title_end):
                break
            if toks[a][2].casefold() in voc["offices"] and a + 1 < k and _is_org_word(toks[a + 1][2]):
                break  # a portfolio naming the body after it ("Health Ministry"; not "Kepala Dinas ...")
            a += 1
        if a < k:
            # a person's name and a member link open the stretch ("Budi Santoso of the Asian Fiscal
            # Studies Institute"): the body's name is what follows the link (the person speaks
            # for it: ``_member_body``)
            pk = bisect_left(persons, toks[a][0], key=_start)
            p = persons[pk] if pk < len(persons) else None
            if p is not None and p.start == toks[a][0] and p.end < toks[k - 1][0] \
                    and len(text[p.start:p.end].split()) > 1 and not organisation_words().search(text[p.start:p.end]):
                link = _member_link_regex(lang.code).match(text, p.end)
                if link is not None:
                    a = next((x for x in range(a, k) if toks[x][0] >= link.end()), k)
        if a < k and not voc["medium_head"].match(text, toks[a][0]) and toks[k - 1][1] < len(text):
            # ("kantor berita Korut" is where a source published, not a source; a name the
            # text ends on was cut off by the scrape)
            ns, ne = toks[a][0], toks[k - 1][1]
            # a company's legal form opens its name: the words before it describe the company
            # ("energy company PT Sinar Bumi Persada", "Perusahaan energi PT ..."), or say whose
            # people speak ("Nasabah PT Bank ... mengeluhkan": its customers, not the bank)
            form = next((t for t in toks[a + 1:k - 1] if t[2] in company_words()[0]), None)
            if form is not None:
                if any(t[2].casefold() in lang.person_nouns for t in toks[a:k] if t[0] < form[0]):
                    i = max(j, i + 1)
                    continue
                ns = form[0]
            owner = possessive_at_end().search(toks[k - 1][2])
            if owner and ne - len(owner.group()) > ns:
                ne -= len(owner.group())  # "the Manpower Ministry's secretary": the possessive ends the name, outside it
            # a person's name ends the organisation's ("Kabid Humas Polda Jatim Kombes Yusuf Harahap")
            # (persons is a layer, sorted by start: the first that starts after ns, by binary search)
            titled = False
            person_cut = None
            for pk in range(bisect_right(persons, ns, key=_start), len(persons)):
                p = persons[pk]
                if p.start >= ne:
                    break
                # (a one-word "person" is too often a country or a place to cut a name at)
                if len(text[p.start:p.end].split()) > 1 \
                        and not organisation_words().search(text[p.start:p.end]):
                    cut = [t for t in toks[a:k] if t[1] <= p.start]
                    # nor on the rank of the person ("Satuan Lalu Lintas Polres Bogor AKP Rudi Santoso")
                    while len(cut) > 1 and cut[-1][2] in _rank_words(lang.code):
                        cut.pop()
                    ne = cut[-1][1] if cut else ns
                    # a title right before the person: it is one ("police chief Budi Santoso")
                    titled = bool(cut) and cut[-1][2].casefold() in voc["titles"]
                    person_cut = p
                    break
            if not _org_name(text[ns:ne], settings):
                if titled:
                    i = max(j, i + 1)
                    continue  # what comes before the title names no body ("agency head X")
                if person_cut is not None and not toks[a][2][:1].isupper() \
                        and not _names_a_body(text[person_cut.start:person_cut.end], lang):
                    i = max(j, i + 1)
                    continue  # a lower-case description before a person ("badan antariksa Ilse Markova")
                if person_cut is not None and person_cut.attrs.get("titled") \
                        and not _names_a_body(text[person_cut.start:person_cut.end], lang):
                    i = max(j, i + 1)
                    continue  # a body's kind alone before a titled person ("Kepala Kepolisian Lucia Ferreira")
                ne = toks[k - 1][1]  # the "person" was part of the name ("kelompok Pertahanan Sipil Yaman")
            if _org_name(text[ns:ne], settings) and not _person_then_place(text, ns, ne, persons, lang):
                out.append((ns, ne))
        i = max(j, i + 1)
    return out


def _title_at(toks: list[tuple[int, int, str]], a: int, k: int, voc: dict) -> int:
    """How many of ``toks[a:k]`` a whole title takes from ``a`` ("Kepala", "Juru bicara",
    "Secretary of State"); 0 when none starts there. "State" in "State Security Service" and
    "National" in "National Weather Service" are words of titles, but no title there."""
    words = [t[2].casefold().rstrip(".") for t in toks[a:min(k, a + voc["title_longest"])]]
    n = next((n for n in range(len(words), 0, -1) if tuple(words[:n]) in voc["title_phrases"]), 0)
    return n or int(bool(words) and words[0] in voc["roles"])  # a role in a body ("Kepala", "Direktur")


def _names_a_body(words: str, lang: Language) -> bool:
    """Do a "person's" words read as a body's name: an office noun ("Pertahanan Sipil") or a
    country or place among them ("... Yaman")?"""
    return any(is_office_word(w) or w.casefold() in countries() for w in words.split())


def _person_then_place(text: str, ns: int, ne: int, persons: list[Span], lang: Language) -> bool:
    """Does the stretch open with a person and a preposition of place ('kata Budi di Kantor
    Bupati', 'said Smith at the City Hall')? Then it says where someone spoke, and names no body."""
    k = bisect_right(persons, ns, key=_start) - 1
    if k < 0 or not persons[k].start <= ns < persons[k].end:
        return False
    after = text[persons[k].end:ne].split(maxsplit=1)
    return bool(after) and after[0].casefold() in lang.attribution.place_prepositions


@lru_cache(maxsize=None)
def _alias_index() -> dict[str, list[tuple[str, object]]]:
    """The registry's names by their first word, longest first: a word-by-word look-up,
    far cheaper than one regex of every alias."""
    index: dict[str, list] = {}
    for alias, e in registry().by_alias.items():
        m = _WORD.match(alias)
        if m:
            index.setdefault(m.group(0), []).append((alias, e))
    for v in index.values():
        v.sort(key=lambda x: -len(x[0]))
    return index


def registry_names_in(text: str, start: int, end: int):
    """(start, end, entry) of each registry name in the stretch, leftmost-longest, whole words."""
    index = _alias_index()
    pos = start
    for m in _WORD.finditer(text, start, end):
        w = m.group(0)
        if w in index:
            keys = (w,)
        elif w[-1] == ".":  # (a word ends on no other stop: "," ";" ":" are not word characters)
            keys = (w.rstrip("."),)
            if keys[0] not in index:
                continue
        else:
            continue
        s = m.start()
        if s < pos or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "._")):
            continue
        for key in keys:
            hit = next(((a, e) for a, e in index.get(key, ()) if text.startswith(a, s) and s + len(a) <= end
                        and not (s + len(a) < len(text) and (text[s + len(a)].isalnum() or text[s + len(a)] == "_"))),
                       None)
            if hit:
                pos = s + len(hit[0])
                yield s, pos, hit[1]
                break


def _abroad(text: str, n: Name, end: int) -> bool:
    """Does an Indonesian body's name ``n`` go on, up to ``end``, with another country's name
    ("Kemlu Jepang", "Kemenkes Malaysia")? Its owner is then that country, not Indonesia."""
    entry = registry().lookup(n.source)
    if entry is None or entry.owner != "Indonesia":
        return False
    rest = text[n.end:end].strip(" \u00a0()")
    country = countries().get(rest.casefold())
    return country is not None and country != "Indonesia"


def _org_name(name: str, settings: Settings) -> bool:
    """An organisation's name: it holds an organisation word and a proper name or an acronym."""
    words = name.split()
    proper = any(_capitalised(x) and not _is_org_word(x.strip("()")) for x in words) \
        or any(x.isupper() and len(x) > 1 for x in words)
    return bool(words) and proper and bool(organisation_words().search(name)) \
        and len(words) <= settings.max_source_name_words


def source_names(text: str, start: int, end: int, lang: Language, settings: Settings = DEFAULT,
                 persons: list[Span] | None = None) -> list[Name]:
    """Source names in ``text[start:end]``: registry names and aliases (with the acronym
    that follows them), fused titles that name a body ("Kapolda Jatim" -> "Polda Jatim"),
    and organisation-shaped names the registry lacks."""
    reg = registry()
    persons = persons or []
    out: list[Name] = []
    for s, t, e in registry_names_in(text, start, end):
        if out and s < out[-1].end:
            continue
        # "Badan Nasional Penanggulangan Bencana (BNPB)": the acronym is part of the name
        acr = _ACRONYM.match(text, t + 1) if text[t:t + 1] in (" ", "\u00a0") else None
        if acr and acr.end() <= end:
            t = acr.end()
        out.append(Name(s, t, e.name, e.type, True))
    voc = _vocabulary(lang.code)
    stretch = text[start:end]
    fused = [t for t in _tokens(text, start, end) if t[2] in voc["fused"]] \
        if any(k in stretch for k in voc["fused"]) else []
    for tok in fused:
        body = voc["fused"].get(tok[2])
        if body is None or any(n.start <= tok[0] < n.end for n in out):
            continue
        # the capitalised words right after it name the place ("Kapolda Nusa Tenggara Timur
        # Irjen ..."): the longest run of them that the registry knows with the body
        nxt = []
        for t in _tokens(text, tok[1], end):
            if not _capitalised(t[2]) or len(nxt) == _PLACE_WORDS:
                break
            nxt.append(t)
        found = None
        for k in range(len(nxt), 0, -1):
            e = reg.lookup(body + " " + text[nxt[0][0]:nxt[k - 1][1]])
            if e is not None:
                found = Name(tok[0], nxt[k - 1][1], e.name, e.type, True)
                break
        if found is None:
            e = reg.lookup(body)
            found = Name(tok[0], tok[1], e.name, e.type, True) if e is not None else None
        if found is None:
            # a body the registry lacks, of the place the words after the title name ("Kapolres
            # Lembah AKBP Budi Santoso" -> "Polres Lembah"): up to a rank or the person's name
            place = []
            for t in nxt:
                if t[2] in _rank_words(lang.code) or any(p.start <= t[0] < p.end for p in persons):
                    break
                place.append(t)
            if place:
                found = Name(tok[0], place[-1][1], body + " " + text[place[0][0]:place[-1][1]], "government", False)
        if found is not None:
            out.append(found)
    for s, t in _unknown_names(text, start, end, lang, settings, persons):
        inside = [n for n in out if s <= n.start and n.end <= t and n.known]
        paren = [n for n in inside if text[n.start - 1:n.start] == "(" and text[n.end:n.end + 1] == ")"]
        head = [n for n in inside if n.start == s]
        if head and not paren and _abroad(text, head[0], t):
            # "Kemlu Jepang", "Kemenkes Malaysia": an Indonesian body's short name with another
            # country after it is that country's body, which the registry may lack
            out = [x for x in out if x is not head[0]]
            head = []
        if paren or head:
            # "Layanan Geologi Amerika Serikat (USGS)": the acronym says who it is;
            # "Otoritas Manajemen Bencana dan Darurat (AFAD) Turki": a known name and its country
            n = (paren or head)[0]
            out = [x for x in out if x not in inside]
            out.append(Name(s, t, n.source, n.source_type, True))
            continue
        if any(n.start < t and s < n.end for n in out):
            continue
        based = _BASED.match(text, s, t)
        if based:
            s = based.end()  # "the Jakarta-based Institute for ...": where it sits is no part of its name
        e = reg.lookup(text[s:t])
        if e is None:
            # the body's name without the short form it defines ("Asian Fiscal Studies Institute
            # (LKFA)"): the short form is an alias of the name (``_defined_acronyms``), not part of it
            acr = _DEFINED_ACRONYM.search(text, s, t)
            bare = text[s:acr.start()].rstrip() if acr is not None and acr.end() == t else ""
            e = reg.lookup(bare) if bare else None
            out.append(Name(s, t, e.name if e else bare or text[s:t], e.type if e else "other", e is not None))
            continue
        out.append(Name(s, t, e.name, e.type, True))
    if lang.attribution.outlet_openers:
        # a newsroom the registry lacks, named after words that leave it nothing else to be
        # ("seperti dilansir Lintas Warta", "local news site Suara Hilir reported")
        for m in outlet_openers(lang.code).finditer(text, start, end):
            run = _OUTLET_NAME.match(text, m.end(), end)
            if run is None:
                continue
            ns, ne = run.start(1), run.end(1)
            if entities().canonical.get(text[ns:ne], ("",))[0] in ("country", "place"):
                continue  # "kantor berita Korut, KCNA": the news agency of a country, named after it
            # an unknown name that took the opener in ("news site Suara Hilir") gives way to it
            if any(n.start < ne and ns < n.end and (n.known or not (n.start <= ns and ne <= n.end)) for n in out):
                continue
            out = [n for n in out if not (n.start < ne and ns < n.end)]
            e = reg.lookup(text[ns:ne])
            out.append(Name(ns, ne, e.name if e else text[ns:ne], e.type if e else "outlet", e is not None))
    generic = lang.attribution.generic_bodies
    if generic:
        # a body by its kind alone, in lower case ("police said", "kata polisi"); never inside a name
        # (its first letter a capital where it opens a sentence: "Police said on Tuesday ...")
        for m in _generic_regex(lang.code).finditer(text, start, end):
            w = m.group(0)
            if w[1:] == w[1:].lower() and not any(n.start < m.end() and m.start() < n.end for n in out):
                out.append(Name(m.start(), m.end(), generic[w.casefold()], "government", False))
    out = [_with_its_initials(text, n, end, lang) for n in out]
    # an academic degree set off after a name ("dr. Agus Salim, Sp.PD, mengatakan") is the
    # person's, never a body that speaks
    return sorted((n for n in out if n.known or not degrees_after_a_name().fullmatch(text, n.start, n.end)),
                  key=lambda n: n.start)


# a body's short form defined in brackets right after its name: "PT Bank Persada Nusantara (BPN)"
_DEFINED_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\)$")


def _defined_acronyms(text: str, line_names: list[tuple[int, int, list[Name]]]) -> dict[str, Name]:
    """The short forms an article defines for the bodies the registry lacks, each with the name it
    gives in full: "PT Bank Persada Nusantara (Persero) Tbk (BPN)", "the Asian Fiscal Studies
    Institute (LKFA)". Of two names defining one short form, the longer (the first of two as long)
    holds: the body named in full, not a caption's "mesin ATM Bank Persada Nusantara (BPN)"."""
    defined: dict[str, Name] = {}
    for _ls, _le, names in line_names:
        for n in names:
            m = _DEFINED_ACRONYM.search(text, n.start, n.end)
            if not n.known and m is not None and m.end() == n.end and text[n.start:n.start + 1].isalpha() \
                    and not _a_place(m.group("acr")):
                held = defined.get(m.group("acr"))
                if held is None or len(n.source) > len(held.source):
                    defined[m.group("acr")] = n
    for _ls, _le, names in line_names:
        for n in names:
            for short in company_short_names(n.source) if not n.known else ():
                held = defined.get(short)
                if held is None or len(n.source) > len(held.source):
                    defined[short] = n
    return defined


def _a_place(word: str) -> bool:
    """Is a short form a country's, a province's or a place's ("AS", "NTT", "DKI")? Then the words
    before it name where, not a body it stands for ("rumah sakit umum daerah (RSUD) di Nusa
    Tenggara Timur (NTT)")."""
    return (entities().canonical.get(word, ("",))[0] in ("country", "place")
            or word in province_names()[1] or word in place_names()[1])


def _as_defined(text: str, n: Name, defined: dict[str, Name]) -> Name:
    """An unknown name that a defined short form ends ("Perusahaan BPN" after the title
    "Sekretaris", "Divisi Humas BPN") is that body, named by its short form."""
    last = re.search(r"\S+$", text[n.start:n.end]) if defined and not n.known else None
    body = defined.get(last.group(0)) if last is not None else None
    if body is None or body.source == n.source:
        return n
    return Name(n.start + last.start(), n.end, body.source, body.source_type, False)


@lru_cache(maxsize=1024)
def _short_forms_regex(forms: tuple[str, ...]) -> re.Pattern:
    """An article's defined short forms as whole words (asked again for each title the article's
    people hold: compiled once)."""
    return re.compile(rf"(?<![\w&(-])(?:{_alt(forms)})(?![\w&)-])")


def _with_defined_acronyms(text: str, line_names: list[tuple[int, int, list[Name]]],
                           defined: dict[str, Name]) -> list[tuple[int, int, list[Name]]]:
    """The names of each line, with the defined short forms (``_defined_acronyms``) read as their
    bodies where they stand alone later ("BPN menyebut ...", "LKFA also said") and in the unknown
    names they end (``_as_defined``): the article's own alias of a name it gave in full."""
    if not defined:
        return line_names
    mention = _short_forms_regex(tuple(sorted(defined)))
    out = []
    for ls, le, names in line_names:
        kept = [_as_defined(text, n, defined) for n in names]
        for m in mention.finditer(text, ls, le):
            if not any(n.start < m.end() and m.start() < n.end for n in kept):
                body = defined[m.group(0)]
                kept.append(Name(m.start(), m.end(), body.source, body.source_type, False))
        out.append((ls, le, sorted(kept, key=lambda n: n.start)))
    return out


def _with_its_initials(text: str, n: Name, end: int, lang: Language) -> Name:
    """A body's name with the short form the article gives it after "atau" / "or" ("PT Daya
    Listrik Negara (Persero) atau DLN menyebut"): the short form is the name's, so a verb after
    it credits the body. Only the initials of the name's capitalised words, in order, make one:
    "Kemenkes atau WHO" are two bodies."""
    m = _alias_regex(lang.code).match(text, n.end, end)
    if m is None:
        return n
    short = m.group("short")
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", text[n.start:n.end])
             if w[:1].isupper() and not organisation_words().fullmatch(w)]
    initials = "".join(w[0] for w in words)
    # ("DLN": the initials of a run of the name's words, in order, "Daya Listrik Negara")
    if len(short) < 2 or short.upper() not in initials.upper():
        return n
    return Name(n.start, m.end(), n.source, n.source_type, n.known)


@lru_cache(maxsize=None)
def _alias_regex(code: str) -> re.Pattern:
    """ "atau" / "or" and a short form in capitals right after a name (attribution.toml alias_joiners)."""
    joiners = language(code).attribution.alias_joiners or ("(?!)",)
    return re.compile(rf"{_SP}+(?:{'|'.join(re.escape(j) for j in joiners)}){_SP}+(?P<short>[A-Z][A-Z0-9]{{1,7}})(?![\w-])")


# a newsroom's name after an opener: up to four capitalised words ("Suara Hilir", "Kabar Hilir News",
# "KabarHilir.com") or a site's address ("kabarhilir.id"); a full stop ends it unless a domain follows
_OUTLET_NAME = re.compile(r"[ \u00a0]+((?:[A-Z][\w&'-]*(?:\.[a-z]{2,6}){0,2}(?:[ \u00a0]+(?=[A-Z])|(?!\w|\.[a-z])))"
                          r"{1,4}|[a-z][\w-]*(?:\.[a-z]{2,6}){1,2}(?!\w))")


# a place and "-based" before a body's name ("Jakarta-based", "London-based")
_BASED = re.compile(r"[^\W\d_][\w.]*-based[ \u00a0]+(?=[A-Z])")


@lru_cache(maxsize=None)
def _generic_regex(code: str) -> re.Pattern:
    """The language's bodies named by their kind in lower case (attribution.toml ``generic_bodies``),
    longest first, as whole words."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(language(code).attribution.generic_bodies)})(?![\w-])")


@lru_cache(maxsize=None)
def _generic_sources(code: str) -> frozenset[str]:
    """The names the language's bodies told by their kind alone are credited under ("Police")."""
    return frozenset(language(code).attribution.generic_bodies.values())


def _the_body_of_its_kind(cue: Cue, nearby: list[Name], lang: Language) -> Cue:
    """A body told by its kind alone ("police said", "kata polisi", credited as "Police") is the
    body of that kind the article named last before it, within the anaphor's reach, as "the
    ministry" is the ministry named before: the one whose name ends on the kind ("Semarang
    Police", "East Java Regional Police") or holds a word of the kind's (``generic_kinds``:
    "Polres Semarang"). With none, the kind, as before."""
    kind = cue.source.casefold().split()
    kind_words = lang.attribution.generic_kinds.get(cue.source, frozenset())
    for n in reversed(nearby):
        words = n.source.casefold().split()
        if n.start < cue.start and n.source != cue.source and (
                words[-len(kind):] == kind or not kind_words.isdisjoint(words)):
            return replace(cue, source=n.source, source_type=n.source_type, known=n.known)
    return cue


# ------------------------------------------------------------------ cue patterns


@dataclass(frozen=True)
class _KindPatterns:
    kind: str
    before_words: frozenset[str]  # a window before a name without one of these holds no cue
    before: re.Pattern | None  # cue words before the name, anchored at the name
    after: re.Pattern | None  # cue words after the name, anchored at its end
    both: tuple[tuple[re.Pattern, re.Pattern], ...]  # patterns with words on both sides
    whole: re.Pattern | None  # cues without a source (back-references)


@lru_cache(maxsize=None)
def _patterns(code: str) -> dict[str, _KindPatterns]:
    lang = language(code)
    att = lang.attribution
    by_kind: dict[str, dict[str, list]] = {}
    pairs = list(lang.cue_patterns) + [("photo", p) for p in lang.photo_patterns]
    for kind, p in pairs:
        d = by_kind.setdefault(kind, {"before": [], "after": [], "both": [], "whole": []})
        if "{source}" not in p:
            d["whole"].append(p)
            continue
        before, after = p.split("{source}")
        if before and after:
            d["both"].append((before, after))
        elif before:
            d["before"].append(before)
        else:
            d["after"].append(after)
    # a body speaking: "Kremlin mengatakan", "AFAD mencatat", '," kata Gedung Putih', "said the White House"
    said = by_kind.setdefault("said", {"before": [], "after": [], "both": [], "whole": []})
    said["after"] += [" " + v for v in (*lang.speech_verbs, *att.report_verbs)]
    quote_verbs = [v for v in lang.quote_verbs if v not in att.addressee_verbs]
    med = _itree(att.mediums)
    between = _itree(att.between) if att.between else None
    out = {}
    for kind, d in by_kind.items():
        before = after = whole = None
        if d["before"]:
            # "dikutip dari situs CNA", "melansir dari kantor berita Korut, KCNA", "according to the AP"
            descriptor = rf"(?:{_SP}+(?i:{med})(?:{_SP}+{_CAP})?{_SP}*,?)?" if med else ""
            before = re.compile(rf"(?i:(?<!\w)(?:{_itree(x.rstrip() for x in d['before'])})){descriptor}"
                                rf"{_SP}*(?:(?i:{_ARTICLE}){_SP}+)?$")
        elif kind == "said":
            # a speech tag after a quotation or a clause: '," kata Gedung Putih', '," tulis keterangan
            # resmi Gedung Putih', ', said the ministry' (never "Trump said the Pentagon would ...")
            # ('," kata juru bicara Kementerian Luar Negeri Rusia': a role speaks for its body)
            nouns = rf"(?:{_SP}+(?i:{_itree([*att.statement_nouns, *att.roles])}))?" if att.statement_nouns else ""
            before = re.compile(rf"[,\"”’»]{_SP}*(?i:{_itree(quote_verbs)}){nouns}{_SP}+(?:(?i:{_ARTICLE}){_SP}+)?$")
        if d["after"]:
            mid = rf"(?:{_SP}+(?i:{between}))*" if between and kind in ("said", "release") else ""
            comma = ",?" if kind in ("said", "release") else ""
            words = [x.strip() for x in d["after"]]
            tail = "|".join([rf"(?:{_itree(w for w in words if w[-1:].isalnum())})(?![^\W_])"] * any(w[-1:].isalnum() for w in words)
                            + [_itree(w for w in words if not w[-1:].isalnum())] * any(not w[-1:].isalnum() for w in words))
            after = re.compile(rf"{comma}{mid}{_SP}*(?i:{tail})")
        if d["whole"]:
            whole = re.compile(rf"(?i:(?<!\w)(?:{_itree(d['whole'])})(?!\w))")
        both = tuple((re.compile(rf"(?i:(?<!\w){_words(b.rstrip())}){_SP}*$" if b[:1].isalnum()
                                 else rf"(?i:{_words(b.rstrip())}){_SP}*$"),
                      re.compile(rf"{_SP}*(?i:{_words(a.strip())})")) for b, a in d["both"])
        words = [*d["before"], *(b for b, _ in d["both"])]
        if kind == "said":
            words += quote_verbs
        firsts = frozenset(w.casefold() for x in words for w in re.findall(r"[^\W\d_]+", x)[:1])
        if any(not re.search(r"[^\W\d_]", x) for x in words):
            firsts = frozenset()  # a cue of punctuation only ("({source})"): always tried
        out[kind] = _KindPatterns(kind, firsts, before, after, both, whole)
    return out


def _defined_acronym(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` an acronym in brackets that the words just before it spell
    ("rukun tetangga (RT)", "Rapid Transit (RT)")? Then the text defines it as its own abbreviation,
    whatever source of that name the registry knows."""
    name = text[start:end]
    if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()) or text[start - 1:start] != "(" \
            or text[end:end + 1] != ")":
        return False
    words = re.findall(r"[^\W\d_]+", text[max(0, start - 80):start - 1])[-len(name):]
    return len(words) == len(name) and "".join(w[0] for w in words).casefold() == name.casefold()


def find_cues(text: str, start: int, end: int, lang: Language, kinds=None, settings: Settings = DEFAULT,
              names: list[Name] | None = None, persons: list[Span] | None = None) -> list[Cue]:
    """Attribution cues in ``text[start:end]``, longest first, not overlapping.

    Source first: each source name in the stretch is tried against every
    kind's cue words before and after it, so a sentence that names no
    source costs one scan.
    """
    pats = _patterns(lang.code)
    kinds = [k for k in (kinds or pats) if k in pats]
    if names is None:
        names = source_names(text, start, end, lang, settings, persons)
    if not names:
        # most sentences name no source: only the cues that name none can be there
        return _longest_apart(_whole_matches(text, start, end, kinds, pats))
    found: list[Cue] = []
    for n in names:
        if _defined_acronym(text, n.start, n.end):
            continue  # "rukun tetangga (RT)": the text's own abbreviation, not the broadcaster
        left_start = max(start, n.start - settings.cue_window_chars)
        left = text[left_start:n.start]
        left_words = {w.casefold() for w in re.findall(r"[^\W\d_]+", left)}
        for kind in kinds:
            p = pats[kind]
            if kind == "media" and n.source_type not in MEDIA_TYPES or kind == "photo" and not n.known:
                continue  # after "kepada" a body is an addressee; a photo is credited to a known agency
            spans = []
            tried = not p.before_words or not left_words.isdisjoint(p.before_words)
            if p.before is not None and tried:
                m = p.before.search(left)
                # the cue words stand before this name, not before another one between
                if m and not any(left_start + m.start() <= o.start < n.start for o in names):
                    spans.append((left_start + m.start(), n.end))
            if p.after is not None:
                m = p.after.match(text, n.end, end)
                if m is None:
                    # a relative clause set off by commas between the name and its verb ("The
                    # ministry, which oversees the hospitals, said")
                    aside = _relative_aside(lang.code).match(text, n.end, end)
                    m = p.after.match(text, aside.end(), end) if aside else None
                if m:
                    holder = _aside_holder(text, n, names, lang)
                    if holder is None:
                        spans.append((n.start, m.end()))
                    else:
                        # the verb after a relative clause set off by commas is its holder's
                        found.append(Cue(kind, holder.start, m.end(), holder.source, holder.source_type,
                                         holder.known, text[holder.start:m.end()], holder.start, holder.end))
            for b, a in p.both if tried else ():
                mb, ma = b.search(left), a.match(text, n.end, end)
                if mb and ma:
                    spans.append((left_start + mb.start(), ma.end()))
            for cs, ce in spans:
                found.append(Cue(kind, cs, ce, n.source, n.source_type, n.known, text[cs:ce], n.start, n.end))
    # "Dilansir The Times dan Le Monde": a name joined to a credited name shares its cue
    for i in range(1, len(names)):
        prev, n = names[i - 1], names[i]
        if _NAME_LIST_JOIN.fullmatch(text[prev.end:n.start]) \
                and not any(c.name_start == n.start for c in found):
            for c in [c for c in found if c.name_start == prev.start and c.end <= prev.end]:
                found.append(Cue(c.kind, n.start, n.end, n.source, n.source_type, n.known, text[n.start:n.end],
                                 n.start, n.end))
    found += _whole_matches(text, start, end, kinds, pats)
    return _longest_apart(found)


def _aside_holder(text: str, n: Name, names: list[Name], lang: Language) -> Name | None:
    """For a name inside a relative clause set off by commas, whose closing comma a verb follows
    ("Kementerian X, yang membawahi seluruh lapas di Indonesia, menyatakan ..."): the body the
    clause hangs on, the one named right before its opening comma. None when ``n`` stands in no
    such clause, or the clause hangs on no body: a person's ("Amirudin Saleh, who chairs the
    fishermen's association, said"), whose role names the body he speaks for."""
    comma = text.rfind(",", 0, n.start)
    if comma < 0 or re.search(r"[.!?;\n]", text[comma:n.start]):
        return None
    if _relative_opener(lang.code).match(text, comma + 1) is None:
        return None
    before = text[:comma].rstrip(" \u00a0")
    return next((o for o in names if o.end == len(before) and o is not n), None)


@lru_cache(maxsize=None)
def _relative_aside(code: str) -> re.Pattern:
    """A relative clause set off by commas, up to its closing comma (not included)."""
    return re.compile(rf",{_relative_opener(code).pattern}[^,.;!?\n]{{1,150}}(?=,)")


@lru_cache(maxsize=None)
def _relative_opener(code: str) -> re.Pattern:
    """A relative word right after a comma (clauses.toml ``relatives``: "yang", "which", "who")."""
    return re.compile(rf"{_SP}*(?i:{alternation(language(code).relatives)})(?!\w)")


def _whole_matches(text: str, start: int, end: int, kinds: list[str], pats: dict[str, _KindPatterns]) -> list[Cue]:
    """The cues of the kinds that name no source ("backref"), in ``text[start:end]``."""
    return [Cue(kind, m.start(), m.end(), "", "", True, m.group(0))
            for kind in kinds if pats[kind].whole is not None for m in pats[kind].whole.finditer(text, start, end)]


def _longest_apart(found: list[Cue]) -> list[Cue]:
    """The longest cues first, each kept when it overlaps none kept before; by start."""
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    out: list[Cue] = []
    for c in found:
        if any(c.start < o.end and o.start < c.end for o in out):
            continue
        out.append(c)
    return sorted(out, key=lambda c: c.start)


# ------------------------------------------------------------------ photo credits


@lru_cache(maxsize=None)
def _photo_regexes() -> tuple[re.Pattern, re.Pattern]:
    alt = alternation(lab for c in LANGUAGES for lab in language(c).attribution.photo_labels)
    via = alternation(page_words().photo_via)
    part = r"[A-Za-z\u00c0-\u024f][\w.&'\u2019 -]{0,60}?"
    # "Foto: BPMI Setpres", "Image: Ivan Petrov/Pool/Sputnik/REUTERS", "Foto/Port Authority/Anadolu Agency"
    labelled = re.compile(rf"(?:{alt})[ \u00a0]*[:/][ \u00a0]*(?P<credit>[^\n()<>|]{{2,120}})")
    # "Sputnik/Oleg Smirnov/Pool via REUTERS", "(Xinhua/Li Wei)", "KCNA via REUTERS", "REUTERS/Jane Porter"
    bare = re.compile(rf"(?P<credit>(?:{part}/)+{part}(?: (?:{via}) [A-Z][\w.&' -]{{1,40}})?|{part} (?:{via}) [A-Z][\w.&'-]{{1,40}})"
                      rf"[ \u00a0]*\)?[ \u00a0]*(?:</\w+>[ \u00a0]*)*$")
    return labelled, bare


def _photo_credit_sources(credit: str) -> list[tuple[str, str, int, int]]:
    """Registry sources among the parts of a photo credit ("Sputnik/Name/Pool via REUTERS"),
    with their offsets inside the credit."""
    out = []
    for m in re.finditer(r"[^/]+", credit):
        for part in re.split(rf"\s+(?:{alternation(page_words().photo_via)})\s+", m.group(0)):
            # the caption's last sentence may run into the credit: "... 3 Mei 2023. KCNA via REUTERS"
            p = re.split(r"\.\s+", part)[-1].strip(" \u00a0,.")
            p = re.sub(rf"(?i),\s*(?:{alternation(page_words().photo_words)})$", "", p)  # "REUTERS/Name, File"
            e = registry().lookup(p)
            if e is None:
                # the agency inside a longer part ("Contributor Getty Images"), when it is most of it:
                # a photographer's name is not an agency's
                mm = next(registry_names_in(p, 0, len(p)), None)
                e = mm[2] if mm and 2 * (mm[1] - mm[0]) >= len(p) else None
            if e is not None:
                off = credit.find(p, m.start())
                out.append((e.name, e.type, off, off + len(p)))
    return out


# ------------------------------------------------------------------ the stage


@dataclass
class _Credits:
    """What an article credits: the sources that cover all of it, and its citations."""

    article: Article
    own: frozenset[str]  # the article's own outlet: never its source
    article_wide: list[Attribution] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def cite(self, citing: str, source: str, stype: str, evidence: str, known: bool, role: str = "text"):
        if source in self.own or citing == source:
            return
        if not any(c.citing == citing and c.source == source and c.role == role for c in self.citations):
            self.citations.append(Citation(citing, source, stype, evidence, known, role,
                                           citing_role=self.article.name if citing else "text"))

    def whole(self, cue: Cue, kind: str, note: str, keep_own: bool = False):
        if cue.source in self.own and keep_own:
            self.own = frozenset()  # the dateline's wire is the source, not the outlet
        if cue.source in self.own or any(a.source == cue.source for a in self.article_wide):
            return
        self.article_wide.append(Attribution(cue.source, cue.source_type, cue.text, "article", kind,
                                             cue.start, cue.end, cue.known, note))
        self.cite("", cue.source, cue.source_type, cue.text, cue.known)


def attribute(article: Article, settings: Settings = DEFAULT) -> None:
    """Credit each claim with its sources; adds ``cues``, ``Claim.sources``, ``article.citations``."""
    lang = language(article.meta.language)
    text = article.text
    credits = _Credits(article, _own_outlets(article))
    lines = lines_with_offsets(text)
    # source names, read once a line (a name never runs over a line)
    line_names = [(ls, le, source_names(text, ls, le, lang, settings, article.layer("persons")))
                  for ls, le in lines]
    defined = _defined_acronyms(text, line_names)
    line_names = _with_defined_acronyms(text, line_names, defined)

    names_in = _NamesIn(line_names).within

    labels: dict[int, str] = {}
    for blk in article.layer("blocks"):
        labels.setdefault(blk.start, blk.label)
    cues = _credit_lines(article, lines, labels, names_in, lang, settings, credits)
    cues += _photo_credits(article, lines, labels, names_in, lang, settings, credits)
    units, unit_names, unit_cues = _body_cues(article, names_in, lang, settings, credits.own)
    cues += [c for u in units for c in unit_cues[u.start]]
    bodies_of = _speaker_bodies(article, lang, settings, credits.own, names_in, defined)
    relayed = _frames_and_relays(article, units, unit_cues, bodies_of, lang, credits)
    unit_starts = [u.start for u in units]  # sorted, and units do not overlap

    def _unit_of(pos: int):
        k = bisect_right(unit_starts, pos) - 1
        return units[k] if k >= 0 and pos < units[k].end else None

    unit_at = {c.id: _unit_of(c.start) for c in article.claims}
    _claim_sources(article, units, unit_at, unit_names, unit_cues, lang)
    # a person who speaks for a body: their claims, and the claims split from the same
    # sentence that name no other speaker ("X said officers closed the road | when people ...")
    spoken = {}
    for c in article.claims:
        body = bodies_of.get(c.speaker)
        u = unit_at.get(c.id)
        if body is not None and u is not None:
            spoken.setdefault(u.start, (c.speaker, body))
    for c in article.claims:
        body = bodies_of.get(c.speaker)
        u = unit_at.get(c.id)
        if body is None and not c.speaker and u is not None and u.start in spoken:
            who, body = spoken[u.start]
        else:
            who = c.speaker
        if body is not None:
            _add(c, body, "claim", "speaker", f"{who} speaks for {body.source}")
    _between_accounts(article, unit_at, unit_names, lang, settings)
    for c in article.claims:
        # the article-wide sources go to every claim but captions (their image has its own credit)
        if c.claim_type != "caption":
            for a in credits.article_wide:
                if not any(x.source == a.source for x in c.sources):
                    c.sources.append(a)
    _chains(article, unit_at, relayed, credits)
    for u in units:
        if u.label == "tail":  # a credit on the cut-off last line: no claim, still a source
            for x in unit_cues[u.start]:
                if x.source_type in MEDIA_TYPES:
                    credits.cite("", x.source, x.source_type, x.text, x.known)
    for c in article.claims:
        c.sources = [a for a in c.sources if a.source not in credits.own]
    # Dates next to a cue date the report, not the event ("Dilansir dari Reuters, Sabtu"). Not
    # after a dateline: the lead that follows it dates the happening ("(Reuters) - ... on Saturday").
    # (the cues' ends sorted: each date reads the cues that end just before it, not every cue)
    cue_ends = sorted(cue.end for cue in cues if cue.kind != "dateline" and cue.dates_the_report)
    for d in article.layer("dates"):
        for k in range(bisect_left(cue_ends, d.start - REPORT_DATE_WINDOW), bisect_right(cue_ends, d.start)):
            if not re.search(r"[.!?\n]", text[cue_ends[k]:d.start]):
                d.attrs["mention"].reporting = True
                break
    article.add("cues", [Span(c.start, c.end, c.kind, {"source": c.source, "source_type": c.source_type,
                                                       "known": c.known}) for c in cues if c.start >= 0])
    article.citations = credits.citations


def _credit_lines(article, lines, labels, names_in, lang, settings, credits: _Credits) -> list[Cue]:
    """Credit lines ("Sumber: Reuters", "Artikel ini telah tayang di Kompas.com", a wire's
    writers) and a wire's dateline: they cover the article. A source label ("Sumber: Xinhua")
    counts even when the dateline made that wire the outlet: a site does not label its own copy."""
    text = article.text
    cues = []
    dateline_outlet = any(article.meta.outlet_evidence and article.meta.outlet_evidence in text[d.start:d.end]
                          for d in article.layer("datelines"))
    # the page's head runs to its first paragraph of prose: a byline sits under the headline,
    # after however many lines of menus and section names a page prints above it
    head = next((i for i, (s, _e) in enumerate(lines) if labels.get(s) == "body"), 0)
    for i, (s, e) in enumerate(lines):
        label = labels.get(s, "furniture")
        edge = i < max(head, settings.byline_zone_lines) or i >= len(lines) - settings.byline_zone_lines
        kinds = ("line", "republished") + (("byline",) if edge else ()) + (
            ("credit", "signoff") if label == "credit" else ())
        # a page may print its credit lines in another language than its text ("Source: Reuters")
        found = [c for code in dict.fromkeys((lang.code, *LANGUAGES))
                 for c in find_cues(text, s, e, language(code), kinds, settings, names=names_in(s, e))]
        for cue in found:
            if label == "body" and text[s:cue.start].strip(" \u00a0\t("):
                continue  # in prose a credit line must open its line
            cues.append(cue)
            credits.whole(cue, "header", "credit line", keep_own=cue.kind in ("line", "signoff") and dateline_outlet)
        if edge and not found:
            cue = _byline_wire(text, s, e, settings)
            if cue is not None:
                cues.append(cue)
                credits.whole(cue, "header", "the byline names the wire")
    for d in article.layer("datelines"):
        e = registry().lookup(d.attrs.get("outlet") or "")
        if e is not None and e.type == "wire":
            cue = Cue("dateline", d.start, d.end, e.name, e.type, True, text[d.start:d.end].strip())
            cues.append(cue)
            credits.whole(cue, "dateline", "the dateline names the wire")
    return cues


# the editor's initials closing a story, joined by slashes, one of them a wire's code ("(rkw/afp)")
_DESK_CODES = re.compile(r"\((?P<codes>(?:[a-z]{2,6}\d{0,3}/)+[a-z]{2,6}\d{0,3})\)\s*$")


def _byline_wire(text: str, s: int, e: int, settings: Settings) -> Cue | None:
    """A wire or outlet a line at the page's top or bottom names as the story's: a byline with
    it ("John Smith (Antara)", "By Reuters Staff"), its name alone ("Agence France-Presse"), or its
    code among the editors' initials ("(rkw/afp)"). The page's own outlet is left out by
    ``_Credits.whole``."""
    line = text[s:e].strip()
    reg = registry()
    by = read_byline(line, settings=settings)
    entry = reg.lookup(by[0]) if by and by[0] else None
    if entry is None:
        alone = reg.lookup(line)
        entry = alone if alone is not None and alone.type == "wire" else None
    if entry is None:
        # the wire, then its stamp behind a bar or a dot ("AFP | Published April 9, 2025")
        parts = re.split(r"[ \u00a0]+[|·•][ \u00a0]+", line, maxsplit=1)
        found = reg.lookup(parts[0]) if len(parts) == 2 and any(ch.isdigit() for ch in parts[1]) else None
        entry = found if found is not None and found.type == "wire" else None
    if entry is None:
        m = _DESK_CODES.search(line)
        entry = next((x for x in (reg.lookup(c.upper()) for c in (m.group("codes").split("/") if m else ())
                                  if len(c) >= 3) if x is not None and x.type == "wire"), None)
    if entry is None or entry.type not in ("wire", "outlet"):
        return None
    return Cue("byline", s, e, entry.name, entry.type, True, line)


def _photo_credits(article, lines, labels, names_in, lang, settings, credits: _Credits) -> list[Cue]:
    """Photo credits: cited with the ``photo`` role, and the source of their caption only."""
    text = article.text
    captions = ByStart(c for c in article.claims if c.claim_type == "caption")
    line_ends = [le for _ls, le in lines]  # lines are in order and do not overlap
    cues = []
    for s, e in lines:
        for cue in _photo_cues(text, s, e, lang, labels.get(s, "furniture"), settings, names_in(s, e)):
            if cue.source in credits.own:
                continue
            cues.append(cue)
            credits.cite("", cue.source, cue.source_type, cue.text, cue.known, role="photo")
            for c in _captions_of(captions, lines, line_ends, s, e):
                _add(c, cue, "claim", "photo", "photo credit of this caption")
    return cues


def _body_cues(article, names_in, lang, settings, own) -> tuple[list[Span], dict, dict]:
    """Cues in the body, sentence by sentence, and in headlines and captions, claim by claim:
    (units, their names, their cues), the last two by the unit's start."""
    text = article.text
    units = [Span(s.start, s.end, "sentence", {"paragraph": s.attrs.get("paragraph", -1)})
             for s in article.layer("sentences")]
    in_sentence = Intervals((u.start, u.end) for u in units)
    reach = -1  # the furthest end of the claims added as units (claims come sorted by start)
    for c in article.claims:
        if c.claim_type in ("headline", "caption") and not in_sentence.contains(c.start) and not c.start < reach:
            units.append(Span(c.start, c.end, c.claim_type, {"paragraph": -1}))
            reach = max(reach, c.end)
    # a scrape cut mid-sentence ends on a line that reads as no prose, yet may credit a source
    tail = _last_line(article)
    if tail is not None and not any(u.start < tail[1] and tail[0] < u.end for u in units):
        units.append(Span(tail[0], tail[1], "tail", {"paragraph": -1}))
    units.sort(key=lambda u: (u.start, u.end))
    unit_names: dict[int, list[Name]] = {}
    unit_cues: dict[int, list[Cue]] = {}
    recent = _NamedSoFar()  # bodies named so far, with their paragraph
    body_kinds = ["credit", "media", "document", "statement", "release", "said", "backref"]
    headline_kinds = [*body_kinds, "headline"]  # (built once: find_cues reads them, changes neither)
    # a unit naming no source holds only the cues that name none: what find_cues does for such
    # a stretch, with the kinds it knows picked once here rather than once a unit
    pats = _patterns(lang.code)
    known = {id(kinds): [k for k in kinds if k in pats] for kinds in (body_kinds, headline_kinds)}
    for u in units:
        names = names_in(u.start, u.end)
        kinds = headline_kinds if u.label == "headline" else body_kinds
        if names:
            found = find_cues(text, u.start, u.end, lang, kinds, settings, names=names)
        else:
            found = _longest_apart(_whole_matches(text, u.start, u.end, known[id(kinds)], pats))
        found = [c for c in found
                 if c.source not in own and (c.kind != "headline" or not text[u.start:c.start].strip())
                 # a kicker before the colon labels the story ("BREAKING NEWS: ...", "UPDATE: ..."),
                 # it credits no one
                 and not (c.kind == "headline" and c.source.casefold() in page_words().kickers)]
        # (with no name in the sentence no possessive has a body to go back to, and with no
        # body named so far an anaphor has one only where it says which body of the kind it is,
        # "the health ministry": otherwise neither is searched for)
        if names and not any(c.source and c.source_type not in MEDIA_TYPES for c in found):
            found += _possessive_cue(text, u, names, lang, own)
        para = u.attrs.get("paragraph", -1)
        if (recent.count or _anaphor_says_which(lang.code)) \
                and not any(c.source and c.source_type not in MEDIA_TYPES for c in found):
            # "The agency said ...", "Kementerian tersebut menyatakan ...": the body named just before;
            # "the health ministry said" with none named so: that body, by the words it is told by
            said = _anaphor_cue(text, u, lambda: recent.since(para - settings.anaphor_reach_paragraphs), lang)
            found += [c for c in said if c.source]
            recent.add(para, [Name(c.name_start, c.name_end, c.source, c.source_type, False) for c in said])
        if recent.count and any(c.source in _generic_sources(lang.code) for c in found):
            # "polisi menduga ...", "police said" after "Polres Semarang" named it: that body
            nearby = recent.since(para - settings.anaphor_reach_paragraphs)
            found = [_the_body_of_its_kind(c, nearby, lang) if c.source in _generic_sources(lang.code) else c
                     for c in found]
        if names:
            recent.add(para, [n for n in names if n.source_type not in MEDIA_TYPES and n.source not in own])
        unit_names[u.start] = names
        unit_cues[u.start] = found
    return units, unit_names, unit_cues


@lru_cache(maxsize=None)
def _anaphor_says_which(code: str) -> bool:
    """Do the language's anaphors hold words that say which body of the kind they name ("the
    {mods}{head}": "the health ministry"), so that one names a body even with none named before?"""
    return any("{mods}" in form for form in language(code).attribution.anaphor)


@lru_cache(maxsize=None)
def _anaphor_regex(code: str) -> re.Pattern | None:
    """A body named again by its kind as the speaker: "the ministry said", '," said the agency',
    "kementerian tersebut menyatakan", '," kata badan itu'."""
    lang = language(code)
    att = lang.attribution
    if not att.anaphor or not att.anaphor_heads:
        return None
    forms = _anaphor_forms(code)
    staff = _staff_prefix(code).pattern

    def heads(g: str) -> str:
        # a body's staff before it: "a spokeswoman for the health ministry said"; the body is the
        # words after them (group ``s`` + g, which ``_anaphor_cue`` reads where the body starts)
        return rf"(?P<s{g}>{staff})?{forms}"
    verbs = _itree([*lang.speech_verbs, *att.report_verbs])
    after = _itree(v for v in lang.quote_verbs if v not in att.addressee_verbs)
    according = _itree(a for a in lang.according if "…" not in a)
    return re.compile(rf"(?i:(?<!\w)(?P<a>{heads('a')}){_SP}+(?:{verbs})(?!\w)"
                      rf"|[,\"”’]{_SP}*(?:{after}){_SP}+(?P<b>{heads('b')})(?!\w)"
                      rf"|(?<!\w)(?:{according}){_SP}+(?P<c>{heads('c')})(?!\w))")


@lru_cache(maxsize=None)
def _anaphor_forms(code: str) -> str:
    """The pattern of a body told by its kind (``attribution.toml`` anaphor): "the ministry",
    "the health ministry", "kementerian tersebut"."""
    att = language(code).attribution
    head = _itree(att.anaphor_heads)
    # "{mods}": up to three words that say which body of the kind ("the health ministry");
    # _anaphor_body asks that they stand in the body's name
    mods = rf"(?:[^\W\d_]+{_SP}+){{0,3}}?"
    forms = []
    for form in att.anaphor:
        parts = re.split(r"(\{head\}|\{mods\})", form)
        forms.append("".join(head if p == "{head}" else mods if p == "{mods}" else _words(p) for p in parts if p))
    return "(?:" + "|".join(forms) + ")"


@lru_cache(maxsize=None)
def _role_body_regex(code: str) -> re.Pattern | None:
    """After a role in an apposition, the body it is tied to, told by its kind: "[a spokeswoman]
    for the health ministry", "[head] of the regional health office"."""
    att = language(code).attribution
    if not att.role_links or not att.anaphor or not att.anaphor_heads:
        return None
    return re.compile(rf"{_role_link_regex(code).pattern}{_SP}+(?P<body>(?i:{_anaphor_forms(code)}))(?!\w)")


@lru_cache(maxsize=None)
def _role_link_regex(code: str) -> re.Pattern:
    """A word tying a role to the body after it (``attribution.toml`` role_links): " for", " of"."""
    links = language(code).attribution.role_links
    return re.compile(rf"{_SP}+(?i:{_itree(links)})(?!\w)" if links else r"(?!)")


class _NamedSoFar:
    """The bodies named so far in an article, each with its paragraph, kept by paragraph: a
    sentence asks for those of its paragraph and the one before, and reads those, not every
    name of the article. Answers in the order the names came."""

    def __init__(self):
        self.by_paragraph: dict[int, list[tuple[int, Name]]] = {}
        self.paragraphs: list[int] = []  # sorted
        self.count = 0

    def add(self, paragraph: int, names: list[Name]) -> None:
        for n in names:
            if paragraph not in self.by_paragraph:
                insort(self.paragraphs, paragraph)
                self.by_paragraph[paragraph] = []
            self.by_paragraph[paragraph].append((self.count, n))
            self.count += 1

    def since(self, paragraph: int) -> list[Name]:
        """The names of paragraph ``paragraph`` and after, in the order they came."""
        found = [e for p in self.paragraphs[bisect_left(self.paragraphs, paragraph):] for e in self.by_paragraph[p]]
        return [n for _k, n in sorted(found, key=lambda e: e[0])]


class _NamesIn:
    """The source names inside a stretch, from the names of every line (read once a line):
    all of them in one list by start (lines are in order and names stay inside their line),
    a binary search a question, where each question once read every name of the lines it
    reached (a long line of many sentences cost its square)."""

    def __init__(self, line_names: list[tuple[int, int, list[Name]]]):
        self.names = ByStart([n for _ls, _le, ns in line_names for n in ns])

    def within(self, start: int, end: int) -> list[Name]:
        return self.names.within(start, end)


def _anaphor_cue(text: str, u: Span, nearby_of, lang: Language) -> list[Cue]:
    """The body an anaphor names (``_anaphor_body``), as the cue of unit ``u``: "the ministry
    said", "according to the provincial health office", '," kata badan itu'.
    ``nearby_of()`` gives the bodies named just before (asked only when an anaphor is there)."""
    rx = _anaphor_regex(lang.code)
    m = rx.search(text, u.start, u.end) if rx is not None else None
    if m is None:
        return []
    group = next(g for g in ("a", "b", "c") if m.group(g))
    body_at = m.end("s" + group) if m.group("s" + group) else m.start(group)  # where the body's words start
    found = _anaphor_body(text, body_at, m.end(group), m.start(), nearby_of(), lang)
    if found is None or not found[0].source:
        return []  # (none, or the body last named so is one we could not name)
    n, named_before = found
    if named_before:
        return [Cue("said", m.start(), m.end(), n.source, n.source_type, n.known, m.group(0).strip(' ,"”’'),
                    n.start, n.end)]
    # (a body told here for the first time leaves its date to date the happening, as before such
    # a body was credited: a lead's only other day then became its happening's alone, and one
    # story's reports a few days apart fell into two events; written corpus matching 0.6678 ->
    # 0.6652. The day of a statement as an upper bound of the happening it tells is the open question.)
    return [Cue("said", m.start(), m.end(), n.source, n.source_type, n.known, m.group(0).strip(' ,"”’'),
                n.start, n.end, dates_the_report=False)]


def _anaphor_body(text: str, s: int, e: int, before: int, nearby: list[Name],
                  lang: Language) -> tuple[Name, bool] | None:
    """The body that ``text[s:e]``, a body told by its kind ("the ministry", "the health
    ministry", "kementerian tersebut"), names, and whether it was named before: the last of
    ``nearby`` (bodies named before ``before``, in order) whose name, as written, holds the
    kind's head word and the words that say which ("the ministry" -> "Peru's Health Ministry");
    with none, and words that say which body of the kind it is ("the health ministry", "the
    provincial health office"), that body as the article tells it (or as the registry names it).
    A body named before whose name we could not read comes back with no source."""
    att = lang.attribution
    words = re.findall(r"[^\W\d_]+", text[s:e])
    heads = [h for h in att.anaphor_heads if h.casefold() in {w.casefold() for w in words}]
    form_words = {w.casefold() for form in att.anaphor for w in re.findall(r"[^\W\d_{}]+", form)}
    said_which = [w.casefold() for w in words if w.casefold() not in form_words and w.casefold() not in heads]
    for n in reversed(nearby):
        if n.start >= before:
            continue
        written = {w.casefold() for w in re.findall(r"[^\W\d_]+", text[n.start:n.end])}
        if any(h.casefold() in written for h in heads) and all(w in written for w in said_which):
            return n, True
    if said_which and lang.stopwords.isdisjoint(said_which) and att.back_references.isdisjoint(said_which):
        # a body no name of the article holds, told by its kind and which one it is ("the health
        # ministry said", "the provincial health office said"): that body, as the article tells
        # it, and a later "the ministry said" is the same body, not an older one whose name
        # holds the word. Not "the same ministry", "the other agency": those refer back.
        # As written, its article too, in lower case wherever the sentence puts it: "the health
        # ministry" is how the page tells it. A proper name among its words makes them a name
        # written in lower case ("the Waimanu health office"), whose article is no part of it, as
        # it is none of "the Health Ministry"
        words = re.findall(r"[^\W\d_][\w'’-]*", text[s:e])
        bare = [w for w in words if w.casefold() not in att.articles]
        named = any(w[:1].isupper() for w in bare)
        told = " ".join(bare) if named else " ".join(w.casefold() if w.casefold() in att.articles else w for w in words)
        # ("the Chinese foreign ministry": a body the registry knows, without the article)
        known = registry().lookup(" ".join(bare))
        if known is not None:
            return Name(s, e, known.name, known.type, True), False
        return Name(s, e, told, "other", False), False
    return None


@lru_cache(maxsize=None)
def _staff_prefix(code: str) -> re.Pattern:
    """The words of a body's staff that open an anaphor ("a spokeswoman for the health ministry"):
    the person speaks for the body; the body is the words after them."""
    staff = language(code).attribution.staff
    if not staff:
        return re.compile(r"(?!)")
    return re.compile(rf"(?i:{_itree(staff)}){_SP}+")


@lru_cache(maxsize=None)
def _possessive_regex(code: str) -> re.Pattern | None:
    lang = language(code)
    att = lang.attribution
    if not att.possessive or not att.roles:
        return None
    role = _itree(att.possessive.replace("{role}", r) for r in att.roles)
    verbs = _itree([*lang.speech_verbs, *lang.quote_verbs])
    return re.compile(rf"(?i:(?<!\w)(?:{role}){_SP}+(?:{verbs})|(?<!\w)(?:{verbs}){_SP}+(?:{role}))(?!\w)")


def _possessive_cue(text: str, u: Span, names: list[Name], lang: Language, own) -> list[Cue]:
    """A body speaking through a role tied back to it: "Komisi itu akan memeriksa ..., its
    commissioner told Reuters", "..., kata juru bicaranya": the body named before the role."""
    rx = _possessive_regex(lang.code)
    hint = lang.attribution.possessive.replace("{role}", "").strip()
    if rx is None or (hint and hint not in text[u.start:u.end]):
        return []
    m = rx.search(text, u.start, u.end)
    if m is None:
        return []
    body = next((n for n in names if n.end <= m.start() and n.source_type not in MEDIA_TYPES
                 and n.source not in own), None)
    if body is None:
        return []
    return [Cue("said", m.start(), m.end(), body.source, body.source_type, body.known, m.group(0), body.start, body.end)]


def _last_line(article) -> tuple[int, int] | None:
    """The text's last line when it was cut off mid-sentence: it ends on a letter, not on
    sentence punctuation, and no cleaning rule took it for a menu, a teaser or a byline."""
    lines = lines_with_offsets(article.text)
    if not lines:
        return None
    s, e = lines[-1]
    block = next((b for b in article.layer("blocks") if b.start <= s < b.end), None)
    cut = article.text[e - 1:e].isalpha() and e == len(article.text.rstrip())
    if cut and (block is None or block.label == "body" or block.attrs.get("why", "").startswith("short line")):
        return s, e
    return None


def _frames_and_relays(article, units, unit_cues, bodies_of, lang, credits: _Credits) -> dict[int, list[Cue]]:
    """Wires and outlets credited in the body. A relay of a body's statement ("kata Gedung Putih
    ..., seperti dikutip Reuters") goes with that statement; a credit frames the whole article
    when it opens the lead, or when it is the one upstream the article credits and either opens
    its sentence or stands in an article that credits no body of its own. Framing credits leave
    ``unit_cues`` for the article's sources; returns the relays by unit."""
    text = article.text
    lead = next((u.start for u in units if u.label == "sentence"), None)
    has_line = any(a.kind in ("header", "dateline") for a in credits.article_wide)
    relayed: dict[int, list[Cue]] = {}
    frames: list[tuple[Span, Cue]] = []
    body_sources = bool(bodies_of)
    for u in units:
        here = unit_cues[u.start]
        bodies = [c for c in here if c.source and c.source_type not in MEDIA_TYPES]
        body_sources = body_sources or bool(bodies)
        for c in here:
            if not c.source or c.source_type not in MEDIA_TYPES:
                continue
            if bodies:
                relayed.setdefault(u.start, []).append(c)
            elif u.label == "sentence":
                frames.append((u, c))
    upstreams = {c.source for _, c in frames} | {c.source for cs in relayed.values() for c in cs}
    alone = not has_line and len(upstreams) == 1
    framed: set[int] = set()
    told = lang.attribution.told_outlet
    for u, c in frames:
        if u.start != lead and _told(c, told):
            # "a spokeswoman rejected the claims, telling Antara ...": what one speaker told the
            # outlet, relayed by it, not the source of the article's other claims
            relayed.setdefault(u.start, []).append(c)
            continue
        if u.start == lead or alone and (_opens(text, u, c, article, lang) or not body_sources):
            credits.whole(c, "credit", "the credit frames the article")
            framed.add(id(c))
    for u in units:
        unit_cues[u.start] = [c for c in unit_cues[u.start] if id(c) not in framed]
    return relayed


def _told(c: Cue, openers: tuple[str, ...]) -> bool:
    """Does the credit name the outlet as the one a speaker spoke to ("telling Antara", "told
    Reuters", "kepada Antara"; attribution.toml ``told_outlet``)?"""
    words = " ".join(re.findall(r"[^\W\d_]+", c.text.casefold()))
    return any(words.startswith(o + " ") for o in openers)


def _claim_sources(article, units, unit_at, unit_names, unit_cues, lang) -> None:
    """Claim-level sources, carried over the claims that continue them: the rest of the
    paragraph, and the next paragraphs while they go on with the account (a quotation,
    reported speech with no new speaker, "Yakni", a list after a colon) or while the source
    is a document or a release. A cue that closes a quotation covers all of it; headlines and
    captions take the cues in them."""
    text = article.text
    claims = article.claims
    first_seen: dict[str, int] = {}
    for p in article.layer("persons"):
        first_seen.setdefault(p.attrs.get("name", ""), p.start)
    para_of = {u.start: u.attrs.get("paragraph", -1) for u in units}
    shift = _topic_shift_regex(lang.code)
    goes_on = _continuation_regex(lang.code)

    def stops(u, prev_unit, carry_unit, carry, carry_from, c) -> bool:
        """Whether a sentence without cues ends the account credited before it."""
        if prev_unit is None or para_of.get(u.start) != para_of.get(prev_unit.start):
            if shift is not None and shift.match(text, u.start):
                return True  # "Sementara itu, ...": another matter
            document = any(x.kind in ("document", "release") for x in carry)
            listed = carry_unit is not None and text[carry_unit.start:carry_unit.end].rstrip().endswith(":")
            if not (document or listed or goes_on.match(text, u.start)):
                return True
        names = unit_names.get(u.start, [])
        if names:
            # another body as the subject: "Kementerian luar negeri Chile tidak segera menanggapi"
            n = names[0]
            words = re.findall(r"[^\W\d_]+", text[u.start:n.start])
            if n.source not in {x.source for x in carry} and \
                    not any(lang.is_verb(w) or w.casefold() in PREPOSITIONS for w in words):
                return True
        # a person first named after the cue speaks
        return bool(c.speaker) and first_seen.get(c.speaker, -1) > carry_from >= 0

    carry: list[Cue] = []
    carry_from = -1
    carry_unit = prev_unit = None
    last_bodies: list[Cue] = []
    order = sorted((c for c in claims if c.claim_type in ("statement", "quote")), key=lambda c: c.start)
    released = _ReleaseCover(order)
    for i, c in enumerate(order):
        u = unit_at.get(c.id)
        if u is None:
            continue
        here = unit_cues.get(u.start, [])
        if here:
            named = [x for x in here if x.kind != "backref" and x.source]
            refs = [x for x in here if x.kind == "backref"]
            given = list(named) if named else (list(last_bodies) if refs else [])
            for x in given:
                _add(c, x, "claim", x.kind, "cue in this sentence", evidence=refs[0].text if refs and not named else None)
            if u is not prev_unit:
                # the same source named again in the account of its document ("according to the
                # ministry's written statement, ... The ministry said ...") goes on with that
                # account: the document's credit still covers the paragraphs after it
                again = {x.source for x in given}
                kept = [x for x in carry if x.kind in ("document", "release") and x.source in again
                        and not any(y.kind in ("document", "release") and y.source == x.source for y in given)]
                carry, carry_from, carry_unit = given + kept, (given[0].start if given else -1), u
                bodies = [x for x in named if x.source_type not in MEDIA_TYPES]
                if bodies:
                    last_bodies = bodies
                elif named and not last_bodies:
                    last_bodies = named
                for x in named:
                    if x.kind == "release":
                        released.cover(i, x)
        elif carry:
            if u is not prev_unit and stops(u, prev_unit, carry_unit, carry, carry_from, c):
                carry = []
            for x in carry:
                _add(c, x, "claim", x.kind, f"continues the account credited by {x.text!r}")
        prev_unit = u
    # a cue that closes a quotation covers all of it ('"A. B," said X, as quoted from Y')
    # the claims a quotation overlaps, walking back from its end while a claim so far reaches
    # into it (a scan of every claim for each quotation was quadratic on a long article)
    order_starts = [c.start for c in order]
    order_index = {id(c): j for j, c in enumerate(order)}
    order_reach = list(accumulate((c.end for c in order), max))
    # the latest claim-level cue of each claim: a quotation whose claims have none after its end
    # takes nothing, and is passed without listing its claims (an unclosed quotation runs to its
    # paragraph's end, and listing every claim after each one made a long paragraph quadratic)
    latest_cue = _RangeMax([max((x.cue_start for x in c.sources if x.scope == "claim"), default=-1)
                            for c in order])
    for q in article.layer("quotes"):
        if latest_cue.most() < q.end:
            continue  # no claim has a cue after this quotation's end (a look-up, before the walk)
        k = bisect_left(order_starts, q.end)
        if latest_cue.between(bisect_right(order_reach, q.start), k) < q.end:
            continue
        found = []
        for j in range(k - 1, -1, -1):
            if order_reach[j] <= q.start:
                break
            if q.start < order[j].end:
                found.append(order[j])
        inside = found[::-1]
        credited = [x for c in inside for x in c.sources if x.scope == "claim" and x.cue_start >= q.end]
        for c in inside:
            for x in credited:
                if not any(y.source == x.source for y in c.sources):
                    c.sources.append(Attribution(x.source, x.source_type, x.evidence, "claim", x.kind, x.cue_start,
                                                 x.cue_end, x.known, "the cue closes this quotation"))
                    latest_cue.raise_to(order_index[id(c)], x.cue_start)
    for c in claims:
        if c.claim_type in ("headline", "caption"):
            u = unit_at.get(c.id)
            for x in unit_cues.get(u.start, []) if u else []:
                if x.source:
                    _add(c, x, "claim", x.kind, "cue in this line")


def _between_accounts(article, unit_at, unit_names, lang, settings: Settings) -> None:
    """Sentences with no credit of their own between two parts of one source's account are
    part of it: a reporter who gives an official's words, then the detail ("Terdapat 6 desa
    terdampak, yaitu ..."), then the official's words again, is still relaying that official.
    Only a short run (``account_gap_paragraphs``), one that names no other body, gives no
    other speaker and opens no other matter ("Sementara itu, ..."), takes the sources the
    claims on both sides of it share."""
    text = article.text
    shift = _topic_shift_regex(lang.code)
    order = sorted((c for c in article.claims if c.claim_type in ("statement", "quote")), key=lambda c: c.start)
    credited = [{x.source: x for x in c.sources if x.scope == "claim" and x.kind != "backref"} for c in order]
    first = 1
    while first < len(order):
        if credited[first]:
            first += 1
            continue
        last = first
        while last < len(order) and not credited[last]:
            last += 1
        run, before, after = range(first, last), first - 1, last
        first = last
        if after == len(order) or not credited[before]:
            continue
        shared = [x for s, x in credited[before].items() if s in credited[after]]
        if not shared or order[after].paragraph - order[before].paragraph > settings.account_gap_paragraphs + 1:
            continue
        voices = {order[before].speaker, order[after].speaker, ""}
        sources = {x.source for x in shared}

        def apart(k: int) -> bool:
            c = order[k]
            u = unit_at.get(c.id)
            if c.speaker not in voices or u is None:
                return True
            if any(n.source not in sources for n in unit_names.get(u.start, [])):
                return True  # another body in the sentence: its own matter
            opens = c.paragraph != order[k - 1].paragraph  # a paragraph's first claim
            return opens and shift is not None and bool(shift.match(text, u.start))

        if any(apart(k) for k in run):
            continue
        for k in run:
            for x in shared:
                order[k].sources.append(replace(
                    x, note=f"between two parts of the account credited to {x.source}"))


def _chains(article, unit_at, relayed, credits: _Credits) -> None:
    """Who cites each claim-level source: the article cites a wire or outlet; a body is cited by
    the wire that relays it in its sentence, else by the wire that supplied the article, else
    by the article itself."""
    upstream = next((a.source for a in credits.article_wide if a.source_type in MEDIA_TYPES), "")
    for c in article.claims:
        u = unit_at.get(c.id)
        relays = [r.source for r in relayed.get(u.start, [])] if u else []
        for a in c.sources:
            if a.scope == "article" or a.kind == "photo":
                continue
            if a.source_type in MEDIA_TYPES:
                credits.cite("", a.source, a.source_type, a.evidence, a.known)
            else:
                via = next((r for r in relays if r != a.source), "") or upstream
                credits.cite(via, a.source, a.source_type, a.evidence, a.known)


# ------------------------------------------------------------------ helpers


class _RangeMax:
    """The largest of ``values[a:b]`` (-1 when empty), with values that may rise: a segment
    tree, a binary-search-like walk a question or an update."""

    def __init__(self, values: list[int]):
        self.n = len(values)
        self.tree = [-1] * self.n + list(values)
        for k in range(self.n - 1, 0, -1):
            self.tree[k] = max(self.tree[2 * k], self.tree[2 * k + 1])

    def raise_to(self, j: int, value: int) -> None:
        k = j + self.n
        while k >= 1 and self.tree[k] < value:
            self.tree[k] = value
            k //= 2

    def most(self) -> int:
        """The largest of all the values (-1 when there are none): a look-up."""
        return self.tree[1] if self.n else -1

    def between(self, a: int, b: int) -> int:
        best = -1
        a, b = max(a, 0) + self.n, min(b, self.n) + self.n
        while a < b:
            if a & 1:
                best = max(best, self.tree[a])
                a += 1
            if b & 1:
                b -= 1
                best = max(best, self.tree[b])
            a //= 2
            b //= 2
        return best


def _own_outlets(article: Article) -> frozenset[str]:
    """The article's own outlet, as the registry names it and as written: never its own source."""
    o = (article.meta.outlet or "").strip()
    if not o:
        return frozenset()
    e = registry().lookup(o)
    return frozenset({o, e.name} if e is not None else {o})


def _photo_cues(text: str, s: int, e: int, lang: Language, label: str, settings: Settings,
                names: list[Name]) -> list[Cue]:
    """Photo credits in one line: the language's photo patterns ("((Antara))", "ANTARA FOTO/"),
    labelled and slash-separated credits, and a wire in brackets ending a caption line."""
    line = text[s:e]
    labelled, bare = _photo_regexes()
    via = any(f" {w} " in line for w in page_words().photo_via)
    if "/" not in line and "(" not in line and not via and not labelled.search(line):
        return []  # every photo credit has a slash, a bracket, "via" or a label
    out: list[Cue] = []
    for code in dict.fromkeys((lang.code, *LANGUAGES)):
        out += find_cues(text, s, e, language(code), ("photo",), settings, names=names)
    spans = [(m.start("credit"), m.end("credit")) for m in labelled.finditer(line)]
    if label != "body" and ("/" in line or via):
        m = bare.search(line)
        if m and not any(a <= m.start("credit") < b for a, b in spans):
            spans.append((m.start("credit"), m.end("credit")))
    for a, b in spans:
        credit = line[a:b]
        for name, stype, ps, pe in _photo_credit_sources(credit):
            out.append(Cue("photo", s + a, s + b, name, stype, True, credit.strip(), s + a + ps, s + a + pe))
    if label != "body":
        # "... at the stadium. (Antara)": a caption that ends with its agency in brackets
        m = re.search(r"\(([^()]{2,30})\)[ \u00a0]*(?:</\w+>[ \u00a0]*)*$", line)
        if m:
            ent = registry().lookup(m.group(1))
            if ent is not None and ent.type in MEDIA_TYPES:
                out.append(Cue("photo", s + m.start(), s + m.end(1) + 1, ent.name, ent.type, True, m.group(0).strip()))
    # a web address is no credit ("https://www.kontan.co.id/news/...")
    urls = [(s + m.start(), s + m.end()) for m in _URL.finditer(line)]
    out = [c for c in out if not any(a < c.end and c.start < b for a, b in urls)]
    seen, uniq = set(), []
    for c in out:
        if c.source not in seen:
            seen.add(c.source)
            uniq.append(c)
    return uniq


def _captions_of(captions: ByStart, lines: list[tuple[int, int]], line_ends: list[int], s: int,
                 e: int) -> list[Claim]:
    """The caption claims a photo credit in line [s, e) belongs to: those of its line and of
    the caption lines right before it (``line_ends``: each line's end, in order)."""
    out = captions.starting_in(s, e)
    # the caption lines just before it, when the credit closes a caption block (a photo's
    # title and its caption, or a credit on a line of its own)
    for k in range(bisect_right(line_ends, s) - 1, -1, -1):
        ls, le = lines[k]
        prev = captions.starting_in(ls, le)
        if not prev:
            break
        out = prev + out
    return out


def _opens(text: str, u: Span, c: Cue, article: Article, lang: Language) -> bool:
    """The cue opens its sentence ("Dilansir dari Reuters, ..."): before it stand only a
    dateline, punctuation or a connective."""
    start = u.start
    for d in article.layer("datelines"):
        if d.start <= start < d.end or start <= d.start < c.start:
            start = max(start, d.end)
    head = re.sub(r"[\W_]+", " ", text[start:c.start]).strip().casefold()
    att = lang.attribution
    return not head or head in {w.casefold() for w in (*att.continuations, *att.topic_shifts)}


@lru_cache(maxsize=None)
def _topic_shift_regex(code: str) -> re.Pattern | None:
    """A paragraph that turns to another matter: "Sementara itu, ...", "Meanwhile, ..."."""
    shifts = language(code).attribution.topic_shifts
    return re.compile(rf"[\W_]*(?i:{_itree(shifts)})(?!\w)") if shifts else None


@lru_cache(maxsize=None)
def _continuation_regex(code: str) -> re.Pattern:
    """A paragraph that goes on with the account before it: it opens with a quotation mark, a
    continuation word ("Yakni", "Meski begitu"), a speech verb with no named speaker
    ("Dijelaskan pula", "Ditambahkan") or a pronoun and a speech verb ("Ia menambahkan",
    "He added") or a verb a body reports with ("It projected", "Ia memperkirakan")."""
    lang = language(code)
    att = lang.attribution
    verbs = [*lang.speech_verbs, *lang.quote_verbs, *att.report_verbs]
    told = [f"{p} {v}" for p in (*lang.pronouns, *att.body_pronouns) for v in verbs]  # "Ia menambahkan", "It added"
    words = _itree([*att.continuations, *att.passive_speech, *told]) or "(?!)"
    return re.compile(rf"[ \u00a0]*(?:[\"“‘'«]|(?i:(?:{words}))(?!\w))")


# every language's prepositions (attribution.toml): a body named after one is no subject; two
# before one object join no clauses (claims.py)
PREPOSITIONS = frozenset(w for c in LANGUAGES for w in language(c).attribution.prepositions)


def _speaker_bodies(article: Article, lang: Language, settings: Settings, own: frozenset[str],
                    names_in, defined: dict[str, Name]) -> dict[str, Cue]:
    """Person -> the body they speak for, read from a role in the title around a mention of
    them: the body after the role ("Kepala Dinas Kesehatan Kabupaten Sleman, Wahyu Prasetya",
    "Kapolda Jatim Irjen Bayu Pratama"), the body before it ("Kremlin spokesperson Anton
    Belov", "East Java police chief Bayu Pratama"), or an apposition after the name ("Rahmat
    Sujatmiko, Kepala Pusat Data ... BNPB,"). An office or a rank ("Presiden", "Jenderal TNI") is
    no role: its holder does not speak for a body. ``names_in(start, end)`` gives the source
    names read in a stretch; ``defined``, the short forms the article defines (``_defined_acronyms``:
    "ADN President Director X", "Sekretaris Perusahaan BPN X")."""
    text = article.text
    voc = _vocabulary(lang.code)
    out: dict[str, Cue] = {}
    names_before = lambda end: names_in(0, end)  # noqa: E731  (asked only where a body is told by its kind)
    for p in article.layer("persons"):
        who = p.attrs.get("name", "")
        if not who or who in out:
            continue
        # the title before the name: capitalised words, connectors, organisation and title words
        zs = p.start
        for s, e, w in _tokens_back(text, max(0, p.start - settings.title_zone_chars), p.start):
            if "\n" in text[e:zs] or _SENTENCE_STOP.fullmatch(w) and not (
                    w == "." and is_abbreviation(text, max(0, p.start - settings.title_zone_chars), s, lang)):
                break
            if w == ".":  # an honorific's stop ("Kepala Dinas Kesehatan Sleman dr. Wahyu")
                zs = s
                continue
            if not (_capitalised(w) or w == "," or w.casefold() in _CONNECTORS or _is_org_word(w)
                    or w.casefold() in voc["titles"] or _is_role(w, voc)):
                break
            zs = s
        body = _body_in_title(text, zs, p.start, p, lang, settings, voc, own, defined)
        if body is None:
            body = _apposition_body(text, p, lang, settings, voc, names_before, own, defined)
        if body is None:
            body = _member_body(text, p, lang, settings, voc, names_in)
        if body is not None:
            out[who] = body
    return out


def _apposition_body(text: str, p: Span, lang: Language, settings: Settings, voc: dict, names_before,
                     own: frozenset[str], defined: dict[str, Name]) -> Cue | None:
    """The body an apposition after person ``p``'s name says they speak for: a role and its body
    (", Kepala Pusat Data ... (BNPB),", ", a spokesperson for UNHCR", ", a UNICEF spokesperson",
    ", a senior official at ..."), told by its name or its kind (", a spokeswoman for the health
    ministry", ", the ministry's chief spokeswoman"), or a relative clause saying which body they
    head (", who heads the provincial corrections office,")."""
    m = re.match(r",[ \u00a0]*", text[p.end:p.end + 3])
    if not m:
        return None  # (most names: no apposition after)
    zone = (p.end + m.end(), min(len(text), p.end + m.end() + settings.title_zone_chars))
    first = next(_iter_tokens(text, *zone), None)
    if first is None:
        return None
    led_by_article = first[2].casefold() in lang.determiners
    if not led_by_article:
        # a relative clause saying which body they head: ", who heads the Y,"
        body = _relative_role_body(text, zone[0], zone[1], p.start, lang, settings, names_before, own)
        if body is not None:
            return body
    else:
        # the body told by its kind, whose the role is: ", the ministry's chief spokeswoman"
        body = _kind_possessive_body(text, zone[0], zone[1], p.start, lang, names_before, own)
        if body is not None:
            return body
        # an article before the role: ", a spokesperson for UNHCR", ", a UNHCR spokesperson"
        zone = (first[1], zone[1])
        first = next(_iter_tokens(text, *zone), None)
        # a word that says the role's standing, not whether it holds ("a senior official at
        # ...", "an acting spokesperson for ..."; not "a former official")
        while first is not None and first[2].casefold() in lang.attribution.role_qualifiers:
            first = next(_iter_tokens(text, first[1], zone[1]), None)
            zone = (first[0], zone[1]) if first is not None else zone
        if first is not None and not _is_role(first[2], voc) and (_capitalised(first[2]) or _is_org_word(first[2])):
            # the body's name before the role: "a UNICEF spokesperson", "the Health
            # Ministry's spokesperson"
            nxt = None
            for nxt in _iter_tokens(text, first[1], zone[1]):
                if not (_capitalised(nxt[2]) or nxt[2].casefold() in _CONNECTORS or _is_org_word(nxt[2])) \
                        or _is_role(nxt[2], voc):
                    break
            first = nxt if nxt is not None and _is_role(nxt[2], voc) else None
    if first is None or not _is_role(first[2], voc):
        return None
    toks = _tokens(text, *zone)
    ze = toks[0][1]
    stop = ""  # the word the title stops at
    for s, e, w in toks:
        if _SENTENCE_STOP.fullmatch(w) or "\n" in text[ze:s] or not (
                _capitalised(w) or w == "," or w.casefold() in _CONNECTORS or _is_org_word(w)
                or _is_role(w, voc)):
            stop = w
            break
        ze = e
    # after an article, a lower-case word going on with the phrase ("a spokesperson for
    # the U.N. refugee agency UNHCR"): the name read is a modifier of the body, not the body
    goes_on = led_by_article and stop[:1].islower() and stop.casefold() not in lang.stopwords
    body = None if goes_on else _body_in_title(text, toks[0][0], ze, None, lang, settings, voc, own, defined)
    if body is not None:
        return body
    # no body by name: one told by its kind after the role ("Maria Lopez, a spokeswoman for
    # the health ministry", "Tom Baker, head of the regional health office"), as "the health
    # ministry said" is read
    role_end = toks[0][1]
    for s, e, w in toks[1:]:
        if not _is_role(w, voc):
            break
        role_end = e
    return _role_body_by_kind(text, toks[0][0], role_end, zone[1], p.start, lang, names_before, own)


@lru_cache(maxsize=None)
def _member_link_regex(code: str) -> re.Pattern:
    """Right after a person's name, a word tying them to the body named next (``attribution.toml``
    member_links) and its article: " of the", " dari"."""
    att = language(code).attribution
    if not att.member_links:
        return re.compile(r"(?!)")
    article = rf"(?:{_SP}+(?:{_itree(att.articles)}))?" if att.articles else ""
    return re.compile(rf"{_SP}+(?:{_itree(att.member_links)}){article}{_SP}+")


def _member_body(text: str, p: Span, lang: Language, settings: Settings, voc: dict, names_in) -> Cue | None:
    """The body named right after person ``p``'s name and a member link, where the person speaks:
    "Budi Santoso of the Asian Fiscal Studies Institute said", "kata Budi Santoso dari Lembaga
    Kajian Fiskal Asia". Only next to a speech verb (before the name and its title, or after the
    body): elsewhere the link may say where from ("KPU Coret Budi dari Daftar Calon")."""
    m = _member_link_regex(lang.code).match(text, p.end)
    if m is None:
        return None
    body = next((n for n in names_in(m.end(), m.end() + settings.title_zone_chars) if n.start == m.end()), None)
    if body is None:
        return None
    speech = {v.casefold() for v in lang.speech_verbs | lang.quote_verbs}
    # the word after the body (its acronym, in brackets, and a comma between): "..., said"
    after = re.match(r"(?:[ \u00a0]*\([^()\n]{1,20}\))?[ \u00a0,]*([^\W\d_]+)", text[body.end:body.end + 40])
    spoken = after is not None and after.group(1).casefold() in speech
    if not spoken:
        # the word before the name and its title: "said [researcher] Budi Santoso of the ..."
        for s, e, w in _tokens_back(text, max(0, p.start - settings.title_zone_chars), p.start):
            if _capitalised(w) or w.casefold() in voc["titles"] or _is_role(w, voc):
                continue
            spoken = w.casefold() in speech
            break
    if not spoken:
        return None
    return Cue("speaker", body.start, body.end, body.source, body.source_type, body.known,
               text[p.start:body.end], body.start, body.end)


@lru_cache(maxsize=None)
def _kind_possessive_regex(code: str) -> re.Pattern | None:
    """A body told by its kind, then the role its person holds in it: "the ministry's
    spokeswoman", "the health ministry's chief spokesman" (a word or two may qualify the role)."""
    att = language(code).attribution
    roles = _vocabulary(code)["roles"]
    if not att.anaphor or not att.anaphor_heads or not roles:
        return None
    return re.compile(rf"(?P<body>(?i:{_anaphor_forms(code)}))(?:{alternation(possessives())}){_SP}+"
                      rf"(?:[^\W\d_]+{_SP}+){{0,2}}?"
                      rf"(?i:{_itree(roles)})(?!\w)")


def _kind_possessive_body(text: str, start: int, limit: int, before: int, lang: Language, names_before,
                          own: frozenset[str]) -> Cue | None:
    """The body an apposition opening at ``start`` gives by its kind and a role in it ("the
    ministry's spokeswoman"): as ``_role_body_by_kind`` reads one after the role."""
    rx = _kind_possessive_regex(lang.code)
    m = rx.match(text, start, limit) if rx is not None else None
    if m is None:
        return None
    return _body_by_kind_cue(text, m.start("body"), m.end("body"), m.group(0).strip(), before, lang, names_before, own)


@lru_cache(maxsize=None)
def _relative_role_regex(code: str) -> re.Pattern | None:
    """The words of a relative clause giving the body a person heads (``attribution.toml``
    relative_roles: "who heads", "yang memimpin"), then the body's words up to the clause's end."""
    att = language(code).attribution
    if not att.relative_roles:
        return None
    return re.compile(rf"(?i:{_itree(att.relative_roles)}){_SP}+(?P<body>[^,.;:!?\"“”\n]+)")


@lru_cache(maxsize=None)
def _kind_regex(code: str) -> re.Pattern | None:
    """A body told by its kind, as a whole phrase (``_anaphor_forms``)."""
    att = language(code).attribution
    if not att.anaphor or not att.anaphor_heads:
        return None
    return re.compile(rf"(?i:{_anaphor_forms(code)})(?!\w)")


def _relative_role_body(text: str, start: int, limit: int, before: int, lang: Language, settings: Settings,
                        names_before, own: frozenset[str]) -> Cue | None:
    """The body the relative clause opening at ``start`` says a person heads: its name ("who
    chairs the Natuna Fishermen's Association"), or its kind, with the words that say which or
    whose ("who heads the provincial corrections office", "who heads the ministry's directorate
    for ..."), as the apposition's role reads it (``_body_by_kind_cue``)."""
    rx = _relative_role_regex(lang.code)
    m = rx.match(text, start, limit) if rx is not None else None
    if m is None:
        return None
    bs, be = m.span("body")
    evidence = m.group(0).strip()
    # (a name, not words in lower case around a place: "a fishermen's group in Pesawaran")
    names = [n for n in source_names(text, bs, be, lang, settings)
             if n.source not in own and n.source_type not in MEDIA_TYPES and (n.known or text[n.start].isupper())]
    if names:
        n = names[0]
        return Cue("speaker", n.start, n.end, n.source, n.source_type, n.known, evidence, n.start, n.end)
    rk = _kind_regex(lang.code)
    kind = rk.match(text, bs, be) if rk is not None else None
    if kind is None:
        return None
    whose = possessive_after().match(text, kind.end())  # "the ministry's directorate": the ministry
    if not whose and _role_link_regex(lang.code).match(text, kind.end(), be):
        return None  # a unit of another body: neither names the one they head
    return _body_by_kind_cue(text, kind.start(), kind.end(), evidence, before, lang, names_before, own)


def _body_by_kind_cue(text: str, s: int, e: int, evidence: str, before: int, lang: Language, names_before,
                      own: frozenset[str]) -> Cue | None:
    """The cue of the body ``text[s:e]`` tells by its kind, for a person named at ``before``:
    the body of that kind named before them, or the body as told (``_anaphor_body``)."""
    nearby = [n for n in names_before(before) if n.source_type not in MEDIA_TYPES and n.source not in own]
    found = _anaphor_body(text, s, e, before, nearby, lang)
    if found is None or not found[0].source or found[0].source in own:
        return None
    n, _named_before = found
    return Cue("speaker", s, e, n.source, n.source_type, n.known, evidence, n.start, n.end)


def _role_body_by_kind(text: str, role_start: int, role_end: int, limit: int, before: int, lang: Language, names_before,
                       own: frozenset[str]) -> Cue | None:
    """The body an apposition's role (``text[role_start:role_end]``) is tied to when the body is
    told by its kind, not its name ("a spokeswoman for the health ministry"): the body named
    before ``before`` whose name holds the kind, or the body as told (``_anaphor_body``)."""
    rx = _role_body_regex(lang.code)
    m = rx.match(text, role_end, limit) if rx is not None else None
    if m is None or possessive_after().match(text, m.end()) or _role_link_regex(lang.code).match(text, m.end(), limit):
        # a unit of another body ("head of the Jambi regional office of the corrections
        # directorate", "head of the public works ministry's river basin office"): neither the
        # kind's words nor the larger body name the one the person heads
        return None
    return _body_by_kind_cue(text, m.start("body"), m.end("body"), text[role_start:m.end()].strip(), before, lang,
                             names_before, own)


def _body_in_title(text, zs, ze, person, lang, settings, voc, own, defined: dict[str, Name]) -> Cue | None:
    """The body a title in ``text[zs:ze]`` names with a role, or None; ``defined``: the short
    forms the article defines for bodies (``_defined_acronyms``)."""
    roles = [t for t in _tokens(text, zs, person.end if person is not None else ze) if _is_role(t[2], voc)]
    if not roles:
        return None
    # the defined short forms read in the title (alone: "ADN President Director"), and again once a
    # rank after one is taken off ("... BPN AKP" ends on "BPN" only then)
    names = [_as_defined(text, _without_rank(n, text, lang, voc), defined)
             for n in _with_defined_acronyms(text, [(zs, ze, source_names(text, zs, ze, lang, settings))], defined)[0][2]
             if n.source not in own and not _PLACE_BEFORE.search(text[max(0, n.start - 6):n.start])]
    if person is not None:
        # the person's own mention may hold the title ("Kapolda Jatim Irjen Pol Bayu Pratama")
        names += [n for n in source_names(text, person.start, person.end, lang, settings) if n.known]
    if not names:
        return None
    def masked(a: int, b: int) -> str:
        """text[a:b] without the names in it (a registry name may hold commas)"""
        out, pos = "", a
        for n in names:
            if a <= n.start and n.end <= b:
                out += text[pos:n.start] + "N"
                pos = n.end
        return out + text[pos:b]
    end = person.start if person is not None else ze
    for n in reversed(names):
        for r in reversed(roles):
            if r[0] <= n.start:
                # role, then body: only capitalised words (ranks) may follow a comma before the name
                tail = masked(n.end, end)
                if "," in tail and not all(w[:1].isupper() or w.rstrip(".").casefold() in voc["titles"]
                                           for w in tail.rsplit(",", 1)[1].split()):
                    continue  # (an honorific too: "Kepala Dinas Kesehatan Sleman, dr. Wahyu")
            elif "," in masked(n.end, r[0]):
                continue  # body, then role, with nothing between but words: "Kremlin spokesperson"
            n = _headed_by_its_body_word(n, text)
            return Cue("speaker", n.start, n.end, n.source, n.source_type, n.known,
                       text[min(n.start, r[0]):max(n.end, r[1])].strip(" ,"), n.start, n.end)
    return None


def _headed_by_its_body_word(n: Name, text: str) -> Name:
    """A name the registry does not know that opens with the words of a post's field and goes
    on into a body headed by its own word ("Pembinaan Kebudayaan Kementerian Kebudayaan", from a
    director general "of Development, Use and Fostering of Culture" of the ministry; "Kesehatan
    Hewan Dinas Peternakan Jawa Tengah"): the body is the name from that word on. A body's word
    that ends the name ("East Java Police") is the English order of a whole name, kept."""
    if n.known:
        return n
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text[n.start:n.end])]
    if words and _DEFINED_ACRONYM.fullmatch(words[-1][1]):
        words.pop()  # the short form it defines ("Indonesian Drug Agency (IADA)") is no word of the name
    if len(words) < 3 or _is_org_word(words[0][1]):
        return n
    k = next((k for k in range(1, len(words) - 1) if _is_org_word(words[k][1])), None)
    if k is None:
        return n
    start = n.start + words[k][0]
    return Name(start, n.end, text[start:n.start + words[-1][0] + len(words[-1][1])], n.source_type, n.known)


def _without_rank(n: Name, text: str, lang: Language, voc: dict) -> Name:
    """An unknown body's name less the rank of the person the title names next ("Satuan Lalu
    Lintas Polres Bogor AKP" before "Rudi Santoso"), and less the title's own words that open it
    ("Pelaksana BPBD Garut" after "Kepala")."""
    if n.known:
        return n
    words = list(re.finditer(r"\S+", text[n.start:n.end]))
    k = len(words)
    while k > 1 and words[k - 1].group(0) in _rank_words(lang.code):
        k -= 1
    f = 0
    while f < k - 1 and words[f].group(0).casefold() in voc["roles"] and not _is_org_word(words[f].group(0)):
        f += 1
    # the title before it may go on into the name: "Sekretaris | Perusahaan PT Maju" (a title
    # phrase, "Sekretaris Perusahaan", whose second word also names bodies), when what is left
    # opens with a body's word ("PT"); not "Kepala | Dinas Kesehatan Kabupaten Malang", where the
    # title's second word heads the body's own name
    before = re.findall(r"\S+", text[max(0, n.start - 40):n.start])
    if f == 0 and before:
        head = before[-1].casefold().rstrip(".")
        f = next((m for m in range(k - 1, 0, -1)
                  if (head, *(w.group(0).casefold() for w in words[:m])) in voc["title_phrases"]
                  and _is_org_word(words[m].group(0))), 0)
    if k == len(words) and f == 0:
        return n
    start, end = n.start + words[f].start(), n.start + words[k - 1].end()
    return Name(start, end, text[start:end], n.source_type, n.known)


def _is_role(word: str, voc: dict) -> bool:
    """A role in a body ("Kepala", "spokesperson", "chief") or a fused title ("Kapolda"); a rank
    ("Jenderal TNI") or an office ("Presiden") does not make its holder the body's voice. A
    compound joined by hyphens is a role when one of its words is ("secretary-general",
    "vice-chairman", "co-chair")."""
    w = word.casefold()
    return w in voc["roles"] or word in voc["fused"] or ("-" in w and any(p in voc["roles"] for p in w.split("-")))


def _add(c: Claim, cue: Cue, scope: str, kind: str, note: str, evidence: str | None = None) -> None:
    if not cue.source or any(a.source == cue.source for a in c.sources):
        return
    c.sources.append(Attribution(cue.source, cue.source_type, evidence or cue.text, scope, kind,
                                 cue.start, cue.end, cue.known, note))


class _ReleaseCover:
    """A release covers the reported speech just before it (what the video or transcript
    shows): the speech and quotation claims of ``order`` before the cue's claim, back to the
    paragraph before the cue's. Each source's walk passes over the claims an earlier release
    of the same source already covered (they hold that source: a claim's sources only grow
    here), and where a walk stops is a search in a tree of the claims' paragraphs: a
    paragraph of many releases once walked back over all its claims at each one."""

    def __init__(self, order: list[Claim]):
        self.order = order
        self.paragraphs = _LastBelow([c.paragraph for c in order])
        self.covered: dict[str, dict[int, int]] = {}  # source -> covered index -> the index to try below it

    def cover(self, i: int, cue: Cue) -> None:
        """Credit ``cue`` (a release in ``order[i]``) to the reported speech before it."""
        stop = self.paragraphs.before(i, self.order[i].paragraph - 1)
        below = self.covered.setdefault(cue.source, {})
        j = _not_covered(below, i - 1)
        while j > stop:
            c = self.order[j]
            if c.speaker or c.claim_type == "quote":
                _add(c, cue, "claim", "release", "reported speech shown in the released material")
            below[j] = j - 1
            j = _not_covered(below, j - 1)


def _not_covered(below: dict[int, int], j: int) -> int:
    """The largest index at or before ``j`` not yet covered (-1 if none), shortening the
    chain of covered indices walked on the way (path compression)."""
    k = j
    while k in below:
        k = below[k]
    while j in below and below[j] != k:
        below[j], j = k, below[j]
    return k


class _LastBelow:
    """The last of ``values[:i]`` that is below a bound: a tree of minimums, walked down from
    the rightmost of the nodes that cover ``[0, i)``."""

    def __init__(self, values: list[int]):
        self.size = 1
        while self.size < len(values):
            self.size *= 2
        inf = float("inf")
        self.tree = [inf] * self.size + list(values) + [inf] * (self.size - len(values))
        for k in range(self.size - 1, 0, -1):
            self.tree[k] = min(self.tree[2 * k], self.tree[2 * k + 1])

    def before(self, i: int, bound: int) -> int:
        """The largest j < i with values[j] < bound, or -1."""
        lo, hi = self.size, self.size + max(0, min(i, self.size))
        lefts, rights = [], []
        while lo < hi:
            if lo & 1:
                lefts.append(lo)
                lo += 1
            if hi & 1:
                hi -= 1
                rights.append(hi)
            lo //= 2
            hi //= 2
        for node in rights + lefts[::-1]:  # right to left
            if self.tree[node] < bound:
                while node < self.size:
                    node = 2 * node + 1 if self.tree[2 * node + 1] < bound else 2 * node
                return node - self.size
        return -1
