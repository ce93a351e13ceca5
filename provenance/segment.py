"""Sentences, within the body paragraphs the clean stage kept.

A paragraph (one body line) is split at a full stop, question or exclamation
mark (with any closing quote) followed by space and a capital, a digit or an
opening quote, unless the word before the stop is an abbreviation from the
language's list, a single initial ("J. Smith", "U.S."), or the stop sits
inside a number. Scraped pages also glue sentences without the space
("luka-luka.Dari jumlah itu", 'rapat."Sebelum'): a stop
after a lower-case word and before a capitalised word is a boundary too, and
a straight quote mark between them opens the next sentence when an even
number of marks stand before it in the paragraph. A stop inside parentheses
is not a boundary ("(Long Live the King! Long Live King Oscar!)" is one
aside), nor is the stop before a parenthesis that the sentence goes on after
('Viva Re Oscar! (Long Live ...)," roared the crowd'). A block glued to
the one before with neither stop nor space ("... di pasarMenurut polisi, ...")
is cut where a word that opens sentences (``sentence_openers`` in clauses.toml, "Menurut",
"However") stands capitalised straight after a lower-case letter: camel-case brands and
names ("iPhone", "PetroChina", "YouTube") end in no such word. Quotes with
inner full stops are split into their sentences (each is a claim of its
own); a quote closing with ``," kata X`` is not a boundary since no stop
precedes it. Never splits at a line's internal dash.

Adds the ``paragraphs`` and ``sentences`` layers.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .settings import DEFAULT, Settings
from .doc import Article, Span
from .lang import Language, language, slot_words

# A run of stops is read from its first mark and whole (possessive): tried from every mark
# inside a long run, and at every shorter length, a line of dots was quadratic.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*(?=[\s\u00a0]++[\"'“‘«(\[]?[A-Z0-9À-Ý])")
# Glued: a lower-case word of two letters or more, a number or a closing bracket ("(2/10)"),
# the stop, and a capitalised word straight after it (with at most a quote mark between): a
# decimal or a thousands stop has a digit after it, a dotted abbreviation a capital alone.
_GLUED = re.compile(r"(?:(?<=[a-zà-ÿ]{2})|(?<=[0-9)\]]))[.!?]+(?P<mark>[\"”’]?)(?=[“‘]?[A-ZÀ-Ý][a-zà-ÿ])")
# Glued without a stop: a lower-case letter or a digit, then a capitalised word (with a word or a
# comma, colon or space after it) straight after it, "stadionMenurut polisi"; a boundary only
# when that word opens sentences (``Language.sentence_openers``), which no camel-case brand or
# name ends in ("iPhone", "KompasTV", "PetroChina", "DeepMind", "YouTube", "McDonald").
_GLUED_WORD = re.compile(r"(?<=[a-zà-ÿ0-9])(?P<word>[A-ZÀ-Ý][a-zà-ÿ]+)(?![\w'’-])")
_PARENTHESIS = re.compile(r"\([^()\n]{0,200}\)")
_WORD_CHARS = ".'’-_"  # with letters and digits, what the word before a stop is made of
_SPACE = " \t\u00a0\u2007\u202f\u200b"
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # "J", "U.S", "a.n": initials and dotted acronyms


def split_sentences(text: str, start: int, end: int, lang: Language) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, trimmed of spaces."""
    out = []
    s = start
    # parentheses do not nest here, so they are disjoint and in order: a binary search finds
    # the one around a stop (the cost grows with the paragraph, not with stops times asides)
    asides = {p.start(): p.end() for p in _PARENTHESIS.finditer(text, start, end)}
    opens = list(asides)
    for stop, cut in _boundaries(text, start, end, lang):
        if stop < s or _inside_aside(stop, cut, opens, asides) or is_abbreviation(text, s, stop, lang):
            continue
        if _aside_follows(text, cut, asides):
            continue
        out.append((s, cut))
        s = cut
    if s < end:
        out.append((s, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a] in _SPACE:
            a += 1
        while b > a and text[b - 1] in _SPACE:
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def _inside_aside(stop: int, cut: int, opens: list[int], asides: dict[int, int]) -> bool:
    """Do both the stop and the start of the next sentence fall inside one parenthesis?"""
    i = bisect_left(opens, stop) - 1
    return i >= 0 and cut < asides[opens[i]]


def _aside_follows(text: str, pos: int, asides: dict[int, int]) -> bool:
    """Does a parenthesis at ``pos`` belong to the sentence before it? It does when the text
    goes on after it with a comma or a lower-case word ('Oscar! (Long Live ...!)," roared')."""
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    close = asides.get(pos)
    if close is None:
        return False
    rest = text[close:close + 3].lstrip("\"'”’»")
    return rest[:1] in (",", ";", ":") or rest[:1].islower()


def _boundaries(text: str, start: int, end: int, lang: Language) -> list[tuple[int, int]]:
    """(position of the stop, where the next sentence may start) for every candidate boundary;
    a boundary with no stop (a sentence opener glued to the word before) is at the opener,
    both positions the same: the text is cut there, never changed."""
    found = {m.start(): m.end() for m in _BOUNDARY.finditer(text, start, end)}
    for k in glued_openers(text, start, end, lang):
        found.setdefault(k, k)
    marks = None  # where the straight quote marks stand, found once when first needed
    for m in _GLUED.finditer(text, start, end):
        cut = m.end()
        if m.group("mark") == '"':
            if marks is None:
                marks = [q.start() for q in re.finditer('"', text[start:end])]
            if bisect_left(marks, m.start("mark") - start) % 2 == 0:
                cut = m.start("mark")  # an even count before it: the mark opens the next sentence
        found.setdefault(m.start(), cut)
    return sorted(found.items())


def glued_openers(text: str, start: int, end: int, lang: Language):
    """Where a sentence opener stands capitalised straight after a lower-case letter or a digit
    in ``text[start:end]`` ("stadionMenurut", "2025Menurut"), in order: a boundary the page lost."""
    for m in _GLUED_WORD.finditer(text, start, end):
        if m.group("word").casefold() in lang.sentence_openers:
            yield m.start()


def _labelled_letter(text: str, sent_start: int, k: int, lang: Language) -> bool:
    """Does the word before the letter at ``k`` label it ("Grup C", "Group C")?"""
    before = text[max(sent_start, k - 24):k].split()
    return bool(before) and before[-1].casefold() in lang.letter_labels


def _sentence_after_clock(text: str, stop: int, lang: Language) -> bool:
    """Does a sentence start after the stop of a clock time's "p.m." at ``stop``? English writes
    one stop for both ("broke out at 10:30 p.m. Firefighters arrived ..."): a capitalised word
    after it opens the next sentence, unless it goes on with the time (a weekday, a month, a
    zone, a place's "... time": "at 4 p.m. Monday", "9 a.m. GMT", "5 p.m. Jakarta time")."""
    m = re.match(r"[ \u00a0]+([A-Z][\w'’-]*)((?:[ \u00a0]+[\w'’-]+){0,3})", text[stop + 1:stop + 80])
    if m is None:
        return False
    word, after = m.group(1), m.group(2).casefold().split()
    sw = slot_words(lang.code)
    # (a zone's name of a few words: "Western Indonesia Time", "Eastern Standard Time")
    return not (word in sw.time_zones or word.casefold() in lang.weekdays or word.casefold() in lang.months
                or not sw.time_zone_name_words.isdisjoint([word.casefold(), *after]))


def is_abbreviation(text: str, sent_start: int, stop: int, lang: Language) -> bool:
    """Is the full stop at ``stop`` part of an abbreviation or an initial?"""
    if text[stop] != ".":
        return False
    # the word before the stop, found by walking back over word characters: a regex searched
    # from the sentence's start read the whole sentence again at every stop
    k = stop
    while k > sent_start and (text[k - 1].isalnum() or text[k - 1] in _WORD_CHARS):
        k -= 1
    if k == stop:
        return False
    word = text[k:stop].lstrip("(\"'“‘")
    bare = word.rstrip(".").casefold()
    if bare in lang.abbreviations:
        return True
    if "." in bare and bare + "." in slot_words(lang.code).time_parts:
        return not _sentence_after_clock(text, stop, lang)
    # Initials and dotted acronyms: "J.", "U.S.", "a.n."
    if _INITIALS.fullmatch(word.rstrip(".")) and len(word.rstrip(".")) <= 5 and len(bare.replace(".", "")) <= 3:
        if len(bare) == 1 and _labelled_letter(text, sent_start, k, lang):
            return False  # "Grup C." ends the sentence: the letter names a group, not a person
        return len(bare.replace(".", "")) == 1 or "." in word.rstrip(".")
    return False


def segment(article: Article, settings: Settings = DEFAULT) -> None:
    """Split each body paragraph into sentences; adds ``paragraphs`` and ``sentences``."""
    lang = language(article.meta.language)
    starts = {d.start: d.end for d in article.layer("datelines")}
    paragraphs, sentences = [], []
    for p_index, block in enumerate(b for b in article.layer("blocks") if b.label == "body"):
        start = starts.get(block.start, block.start)
        paragraphs.append(Span(start, block.end, "paragraph", {"index": p_index}))
        for s, e in split_sentences(article.text, start, block.end, lang):
            sentences.append(Span(s, e, "sentence", {"paragraph": p_index}))
    article.add("paragraphs", paragraphs)
    article.add("sentences", sentences)
