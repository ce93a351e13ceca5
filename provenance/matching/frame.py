"""What a quotation says, without the words that credit it.

A quotation claim often carries its credit: '"The deal provides for mutual
aid," the minister said, according to the agency', 'Budi mengatakan, "..."',
'"...," demikian dilansir kantor berita itu'. Another outlet quotes the same
words with the credit in a sentence of its own, or with another wire in it.
The credit (the speaker's name, the speech verb, the wire that relays it) is
not what was said: who speaks is compared on its own (``ClaimInfo.speaker``),
where a quotation comes from is the attribution's. In the matching key the
credit's words are words the other version lacks, and its names are names the
other does not share.

``content`` gives a quotation's words inside its marks when what stands
outside them, before or after, is a credit of a few words (a speech verb,
"according to", speech.toml); otherwise the text unchanged. The claims'
matching evidence is made from it (``info.prepare``: ``ClaimInfo.said`` and
``said_key``).

Only quotations: leaving the frame out of a report ("X said that ...",
"Menurut X, ...") too was measured on the development corpus, and cost
(matching f1 0.675 -> 0.667): two reports of one statement share their
frame (the speaker and his title), and the verdict's weights were fitted
with it there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import language
from ..settings import DEFAULT, Settings

# the marks that open and close a quotation
_OPEN = "\"“«„‘"
_CLOSE = "\"”»’"
_WORD = re.compile(r"[^\W_][\w'’-]*")


@lru_cache(maxsize=None)
def _vocab(code: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """(speech verbs of every kind, "according to" phrases as word tuples, enclitic pronouns)."""
    lang = language(code)
    verbs = lang.speech_verbs | lang.quote_verbs | lang.vocal_verbs | lang.citing_verbs | lang.passive_speech
    according = tuple(tuple(w.casefold() for w in a.split()) for a in lang.according if "…" not in a)
    return verbs, according, tuple(lang.pronoun_suffixes)


def _credits(words: list[str], code: str) -> bool:
    """Do these few words credit a quotation ("kata Budi", "the minister said", "according to the
    agency", "demikian dilansir Tass", "katanya")?"""
    verbs, according, suffixes = _vocab(code)
    folded = [w.casefold() for w in words]
    for w in folded:
        if w in verbs or any(w.endswith(s) and w[: -len(s)] in verbs for s in suffixes):
            return True
    return any(tuple(folded[k:k + len(a)]) == a for a in according for k in range(len(folded)))


def content(text: str, code: str, claim_type: str = "statement", settings: Settings = DEFAULT) -> str:
    """A quotation's words less the credit before or after its marks (at most
    ``settings.quote_credit_max_words`` words, leaving at least ``settings.quote_min_said_words``);
    any other claim's text, or a quotation with no such credit, unchanged."""
    if claim_type != "quote":
        return text
    start, end = 0, len(text)
    opening = next((k for k, ch in enumerate(text) if ch in _OPEN), -1)
    if opening > 0:
        before = _WORD.findall(text[:opening])
        if before and len(before) <= settings.quote_credit_max_words and _credits(before, code):
            start = opening
    closing = max((k for k, ch in enumerate(text) if ch in _CLOSE), default=-1)
    if closing > start:
        after = _WORD.findall(text[closing + 1:])
        if after and len(after) <= settings.quote_credit_max_words and _credits(after, code):
            end = closing + 1
    said = text[start:end]
    return said if said != text and len(_WORD.findall(said)) >= settings.quote_min_said_words else text
