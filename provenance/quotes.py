"""Quotations: where an article quotes someone directly.

``find_quotes`` finds the direct quotations in a paragraph, with straight or
curly marks. A straight mark opens after a space and closes after a word; an
opening mark pairs with the last closing mark before the next opening one
(so a stray inner mark does not cut a quote short); a closing mark with no
opener marks a quote that runs from the start of its sentence; an opener
with no closer runs to the paragraph's end.

Who is quoted is the speakers stage's question (``speakers.py``), and who is
named the persons stage's (``persons.py``).

Adds the ``quotes`` layer.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .settings import DEFAULT, Settings
from .doc import Article, Span
from .lang import possessives_after_s

OPEN_MARKS = "“«„‘"
CLOSE_MARKS = "”»’"
_STRAIGHT = '"'
# every character the mark reader looks at: the rest of a paragraph is passed over in one search
_ANY_MARK = re.compile("[" + re.escape(OPEN_MARKS + CLOSE_MARKS + _STRAIGHT + "'") + "]")


def _single_quote_mark(text: str, i: int, start: int, end: int) -> bool:
    """A straight single mark that opens or closes a quote, not an apostrophe ("Xi's", "rock 'n' roll")."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if prev.isalnum() and nxt.isalnum():
        return False
    # one small letter between two marks is an elision, not a quotation ("rock 'n' roll");
    # a capital one is quoted (grade 'A')
    if i + 2 < end and text[i + 2] == "'" and text[i + 1].islower():
        return False
    if i - 2 >= start and text[i - 2] == "'" and text[i - 1].islower():
        return False
    return True


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """A single mark after a plural's "s" and before the next word ("the victims' families",
    "the farmers’ debts"): an apostrophe, when no quotation is open for it to close. A closing
    mark is most often followed by punctuation or a credit ("'the case is closed', he said")."""
    return (i > 0 and text[i - 1] in "sS" and i + 2 < end and text[i + 1] == " "
            and text[i + 2].isalpha())


def find_quotes(text: str, start: int, end: int, sentence_starts: list[int] | None = None) -> list[Span]:
    """Quotation spans in ``text[start:end]`` (a paragraph); ``attrs``: inner span, balanced.
    ``sentence_starts``: where sentences start, in order."""
    marks = []  # (pos, 'open'|'close')
    # single marks quote only in a paragraph without double ones (British style, headlines);
    # elsewhere they are apostrophes ("Xi's") or a quote inside a quote
    singles = not any(c in text[start:end] for c in '"“”«»„')
    for found in _ANY_MARK.finditer(text, start, end):
        i = found.start()
        c = text[i]
        if c in "‘’" and not singles:
            continue
        if c == "’" and i + 1 < end and text[i + 1].isalpha():
            continue  # an apostrophe: "Xi’s"
        if c in possessives_after_s() and _plural_possessive(text, i, end) and not (marks and marks[-1][1] == "open"):
            continue  # "the victims' families": no quotation open for it to close
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
                # the last sentence start at or before the mark, by binary search (a scan of
                # them all at each mark made a paragraph of many closing marks quadratic)
                k_s = bisect_right(sentence_starts, pos)
                s0 = sentence_starts[k_s - 1] if k_s else start
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


def quotes(article: Article, settings: Settings = DEFAULT) -> None:
    """Adds the ``quotes`` layer: the quotations of every paragraph."""
    text = article.text
    sent_starts = [s.start for s in article.layer("sentences")]
    qs = []
    for p in article.layer("paragraphs"):
        qs += find_quotes(text, p.start, p.end, sent_starts)
    article.add("quotes", qs)
