"""What a claim says, without the words that report who says it.

A quotation ('"The deal provides for mutual aid," Putin said, according to the
agency'), the sentence that reports it ("Putin told reporters that the deal
provides for mutual aid", "Menurut Putin, perjanjian itu ...") and a headline
("Putin says deal provides mutual aid") state one fact. Their frames, the
speaker's name and title, the speech verb, the addressee, the wire that
relays the quotation, are not that fact, and they weigh against the pair: a
quotation rarely names its speaker inside its marks, so the report's frame
is words the quotation lacks (its containment falls, the shorter claim being
mostly frame). Who speaks is compared on its own (``ClaimInfo.speaker``,
``same_speaker`` and ``speakers_differ``).

``content`` gives the claim's text less its frame, when a frame is read with
confidence and enough is left; otherwise the text unchanged. The words are
the language's (speech.toml: speech verbs, "according to", the words after
which a person is an addressee; clauses.toml: "that", "bahwa"). Matching keys
are made from it (``info.prepare``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import Language, language

# the marks that open and close a quotation
_OPEN = "\"“«„‘"
_CLOSE = "\"”»’"
_WORD = re.compile(r"[^\W_][\w'’-]*")
# the most words a frame may hold before what it reports (a speaker with a long title and an
# addressee: "Presiden China Xi Jinping mengatakan kepada Presiden Rusia Vladimir Putin,")
FRAME_WORDS = 12
# the fewest words the claim must keep once its frame is left out (else it is all frame:
# "Xi told Putin in Kazan", and the text is kept whole)
MIN_CONTENT_WORDS = 3
# the most words between a speech verb and the "that" or comma that ends its frame
VERB_TO_CLAUSE = 8


def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


@lru_cache(maxsize=None)
def _vocab(code: str) -> dict:
    lang = language(code)
    according = [a.split() for a in lang.according if "…" not in a]
    return {
        "verbs": lang.speech_verbs | lang.quote_verbs | lang.vocal_verbs | lang.citing_verbs | lang.passive_speech,
        "reporting": lang.speech_verbs,
        "headline": lang.headline_speech,
        "objects": lang.objects,
        "that": lang.complementizers,
        "according": [tuple(w.casefold() for w in a) for a in according],
        "suffixes": tuple(lang.pronoun_suffixes),
    }


def _is_verb(word: str, verbs: frozenset[str], suffixes: tuple[str, ...]) -> bool:
    w = word.casefold()
    if w in verbs:
        return True
    return any(w.endswith(s) and w[: -len(s)] in verbs for s in suffixes)


def _credits(words: list[str], v: dict) -> bool:
    """Do these few words credit a quotation or a sentence ("kata Putin", "Putin said",
    "according to the agency", "demikian dilansir Tass")?"""
    if any(_is_verb(w, v["verbs"], v["suffixes"]) for w in words):
        return True
    folded = [w.casefold() for w in words]
    return any(tuple(folded[k:k + len(a)]) == a for a in v["according"] for k in range(len(folded)))


def _enough(text: str) -> bool:
    return len(_WORD.findall(text)) >= MIN_CONTENT_WORDS


def content(text: str, code: str, claim_type: str = "statement") -> str:
    """``text`` less the frame that reports who says it (see the module's docstring)."""
    v = _vocab(code)
    out = _quotation(text, v) if claim_type == "quote" else None
    if out is None:
        out = _trailing_credit(text, v)
    if out is None:
        out = _leading_frame(text, v, claim_type == "headline")
    return out if out is not None and _enough(out) else text


def _quotation(text: str, v: dict) -> str | None:
    """A quotation's words inside its marks, less a credit before or after them
    ('Putin mengatakan, "..."', '"...," kata Putin, menurut Reuters')."""
    start, end = 0, len(text)
    opening = next((k for k, ch in enumerate(text) if ch in _OPEN), -1)
    if opening > 0:
        before = [m.group() for m in _words(text[:opening])]
        if before and len(before) <= FRAME_WORDS and _credits(before, v):
            start = opening
    closing = max((k for k, ch in enumerate(text) if ch in _CLOSE), default=-1)
    if closing > start:
        after = [m.group() for m in _words(text[closing + 1:])]
        if after and len(after) <= FRAME_WORDS and _credits(after, v):
            end = closing + 1
    if (start, end) == (0, len(text)):
        return None
    return text[start:end]


def _trailing_credit(text: str, v: dict) -> str | None:
    """A sentence credited at its end: "..., kata Xi.", "..., the minister said.",
    "..., according to the agency."."""
    comma = text.rfind(",")
    if comma <= 0:
        return None
    after = [m.group() for m in _words(text[comma + 1:])]
    if not after or len(after) > FRAME_WORDS // 2:
        return None
    first = after[0]
    # the credit opens with its verb or "according to", or names the speaker before the verb
    # ("..., Putin said"): a verb among its first three words
    if _credits(after[:3], v) and (_is_verb(first, v["verbs"], v["suffixes"]) or _credits(after[:len(after)], v)):
        return text[:comma]
    return None


def _leading_frame(text: str, v: dict, headline: bool) -> str | None:
    """A report that opens with its frame: "X said (that) ...", "X told Y that ...",
    "X mengatakan kepada Y, ...", "Menurut X, ...", a headline's "X Sebut ..."."""
    words = _words(text)
    if not words:
        return None
    folded = [m.group().casefold() for m in words]
    for a in v["according"]:
        if tuple(folded[:len(a)]) == a:
            # "Menurut X, ...": up to the comma after the source
            comma = text.find(",", words[len(a) - 1].end())
            if 0 < comma and len(_WORD.findall(text[:comma])) <= FRAME_WORDS:
                return text[comma + 1:]
            return None
    verbs = v["headline"] | v["reporting"] if headline else v["reporting"]
    for k, m in enumerate(words[:FRAME_WORDS]):
        if not _is_verb(m.group(), verbs, v["suffixes"]):
            continue
        if k == 0 or "," in text[:m.start()]:
            return None  # no subject before it, or a clause of its own before it: not a frame
        # the verb's frame runs to a "that" or a comma soon after it, when it names an addressee
        # or opens with one ("told Putin that", "mengatakan kepada Putin,", "said, ...")
        rest = words[k + 1:k + 1 + VERB_TO_CLAUSE]
        for j, w in enumerate(rest):
            if folded[k + 1 + j] in v["that"]:
                return text[w.end():]
        comma = text.find(",", m.end())
        if comma >= 0 and (not rest or comma < rest[-1].end()) and (
                not rest or comma < rest[0].start() or folded[k + 1] in v["objects"]):
            return text[comma + 1:]
        return text[m.end():]
    return None
