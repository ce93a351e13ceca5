"""Sentences, within the body paragraphs the clean stage kept.

A paragraph (one body line) is split at a full stop, question or exclamation
mark (with any closing quote) followed by space and a capital, a digit or an
opening quote, unless the word before the stop is an abbreviation from the
language's list, a single initial ("J. Smith", "U.S."), or the stop sits
inside a number. Quotes with inner full stops are split into their sentences
(each is a claim of its own); a quote closing with ``," kata X`` is not a
boundary since no stop precedes it. Never splits at a line's internal dash.

Adds the ``paragraphs`` and ``sentences`` layers.
"""
from __future__ import annotations

import re

from .settings import DEFAULT, Settings
from .doc import Article, Span
from .lang import Language, language

# A run of stops is read from its first mark and whole (possessive): trying it from every
# mark inside a long run, and every shorter length, made a line of dots quadratic.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*(?=[\s\u00a0]++[\"'“‘«(\[]?[A-Z0-9À-Ý])")
_WORD_CHARS = ".'’-_"  # with letters and digits, what the word before a stop is made of
_SPACE = " \t\u00a0\u2007\u202f\u200b"


def split_sentences(text: str, start: int, end: int, lang: Language) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, trimmed of spaces."""
    out = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.start()
        if _is_abbreviation(text, s, stop, lang):
            continue
        out.append((s, m.end()))
        s = m.end()
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


def _is_abbreviation(text: str, sent_start: int, stop: int, lang: Language) -> bool:
    """Is the full stop at ``stop`` part of an abbreviation or an initial?"""
    if text[stop] != ".":
        return False
    # the word before the stop: walk back over word characters (a regex searched from the
    # sentence's start would read the whole sentence again at every stop)
    k = stop
    while k > sent_start and (text[k - 1].isalnum() or text[k - 1] in _WORD_CHARS):
        k -= 1
    if k == stop:
        return False
    word = text[k:stop].lstrip("(\"'“‘")
    bare = word.rstrip(".").casefold()
    if bare in lang.abbreviations:
        return True
    # Initials and dotted acronyms: "J.", "U.S.", "a.n."
    if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word.rstrip(".")) and len(word.rstrip(".")) <= 5 and len(bare.replace(".", "")) <= 3:
        return len(bare.replace(".", "")) == 1 or "." in word.rstrip(".")
    return False


def segment(article: Article, settings: Settings = DEFAULT) -> None:
    """Split each body paragraph into sentences; adds ``paragraphs`` and ``sentences``."""
    lang = language(article.meta.language)
    starts = {d.start: d.end for d in article.layer("datelines")}
    paragraphs, sentences = [], []
    for p_index, block in enumerate(b for b in article.layer("blocks") if b.label == "body"):
        # a dateline read on the whole line can run past a body cut short (a teaser after it)
        start = min(starts.get(block.start, block.start), block.end)
        paragraphs.append(Span(start, block.end, "paragraph", {"index": p_index}))
        for s, e in split_sentences(article.text, start, block.end, lang):
            sentences.append(Span(s, e, "sentence", {"paragraph": p_index}))
    article.add("paragraphs", paragraphs)
    article.add("sentences", sentences)
