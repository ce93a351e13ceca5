"""Who says each claim, and whether a quoted claim is a quote.

A claim's speaker is, in order of preference:

1. for a quotation: the person named by the speech verb that stands right
   after it (``," kata Putin``, ``," tegas dia``, ``," katanya``,
   ``," he said``) or right before it (``Xi mengatakan: "...``); a paragraph
   that is nothing but a quotation continues the previous speaker's quote;
2. the subject of a speech verb in the claim (``Presiden Xi Jinping
   menyampaikan bahwa ...``, ``menurut Putin``), skipping the people a verb
   or a preposition governs (the addressee in ``kepada Presiden Putin``);
3. the speaker of the sentence it was split from, when it follows the
   speech verb that governs it (``Xi mengatakan A dan B``: B is Xi's too).

Pronouns (``ia``, ``dia``, ``-nya``, ``he``) go to the subject of their own
sentence when one stands before them, else to the person last quoted or
reported. A claim stays a ``quote`` only when a person is quoted; a
quotation credited to a document ("demikian disebutkan dalam keterangan
tertulis") is a statement, and so is a quoted phrase inside reported speech.

Sets ``Claim.speaker``, ``Claim.speaker_evidence`` and ``Claim.claim_type``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .settings import DEFAULT, Settings
from .claims import QuoteCoverage, quoted_share
from .doc import Article, Claim, Span
from .lang import Language, language
from .quotes import persons_in, pronoun_after, speaker_after, speech_verbs_in, subject_before

# Words between a closing quote and its speech verb ("," and spaces) at most.
MAX_GAP_AFTER_QUOTE = 3
# A stretch of at least three words (what str.split would count), read no further than the
# third word's first character: an unclosed quote runs to its paragraph's end.
_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")


def _span_at(spans: list[Span], pos: int) -> Span | None:
    """The span of a layer of non-overlapping spans (sorted, as layers are) that holds ``pos``."""
    k = bisect_right(spans, pos, key=_start) - 1
    return spans[k] if k >= 0 and spans[k].start <= pos < spans[k].end else None


def _start(span: Span) -> int:
    return span.start


def _sentence_of(article: Article, claim: Claim) -> Span | None:
    return _span_at(article.layer("sentences"), claim.start)


class _QuoteIndex:
    """The quotes layer (sorted by start) with the running maximum of their ends, so that
    the quote overlapping a claim most is found without reading every quote."""

    def __init__(self, quotes: list[Span]):
        self.quotes = quotes
        self.starts = [q.start for q in quotes]
        self.max_end: list[int] = []
        m = -1
        for q in quotes:
            m = max(m, q.end)
            self.max_end.append(m)


def _quote_in(claim: Claim, index: _QuoteIndex) -> Span | None:
    """The quote that overlaps the claim most (the first such in the layer's order)."""
    quotes = index.quotes
    best, best_len = None, 0
    lo = bisect_left(index.starts, claim.start)
    if lo:
        # quotes that start before the claim overlap it by min(claim.end, q.end) - claim.start:
        # the first of them reaching the furthest end (capped at the claim's) is the best
        reach = min(claim.end, index.max_end[lo - 1])
        if reach > claim.start:
            k = bisect_left(index.max_end, reach, 0, lo)
            best, best_len = quotes[k], reach - claim.start
    for k in range(lo, bisect_left(index.starts, claim.end)):
        q = quotes[k]
        ov = min(claim.end, q.end) - q.start
        if ov > best_len:
            best, best_len = q, ov
    return best


def _resolve_pronoun(article, persons, sentence: Span, pos: int, lang, last_speaker: str) -> str:
    subj = subject_before(article.text, persons, sentence.start, pos, lang)
    if subj is not None:
        return subj.attrs["name"]
    return last_speaker


def _named_by_verb(article, persons, sentence: Span, vs: int, ve: int, nya: bool, end: int, lang,
                   last_speaker: str) -> tuple[str, str] | None:
    """Who a speech verb names after it: "-nya" or a pronoun (resolved), or a person ("kata Putin")."""
    text = article.text
    if nya:
        return _resolve_pronoun(article, persons, sentence, vs, lang, last_speaker), text[vs:ve]
    p = speaker_after(text, persons, ve, end)
    if p is not None:
        return p.attrs["name"], text[vs:p.end]
    pr = pronoun_after(text, ve, lang)
    if pr:
        return _resolve_pronoun(article, persons, sentence, vs, lang, last_speaker), text[vs:ve + 1 + len(pr)]
    return None


def _direct_attribution(article: Article, q: Span, sentence: Span, persons, lang, last_speaker):
    """(speaker, evidence) for a quotation from the speech verb next to it, or None."""
    text = article.text
    # after the quote: '," kata Putin kepada Xi'
    for vs, ve, verb, nya in speech_verbs_in(text, q.end, min(len(text), q.end + 60), lang, after_quote=True):
        gap = text[q.end:vs]
        if "\n" in gap:
            break
        # '," Putin said' / '," he said': the speaker stands between the quote and the verb
        named = [p for p in persons_in(persons, q.end, vs) if re.fullmatch(r"[\s\W]*", text[q.end:p.start])]
        if named and re.fullmatch(r"[\s\W]*", text[named[-1].end:vs]):
            return named[-1].attrs["name"], text[named[-1].start:ve]
        words = re.findall(r"\w+", gap)
        if len(words) == 1 and words[0].casefold() in lang.pronouns:
            return _resolve_pronoun(article, persons, sentence, q.start, lang, last_speaker), text[q.end:ve].strip(' ,"”')
        if len(words) > MAX_GAP_AFTER_QUOTE - 1:
            break
        if re.search(r"\w", gap) and not re.fullmatch(r"[\s\W]*(?:demikian|then)?[\s\W]*", gap):
            break
        named = _named_by_verb(article, persons, sentence, vs, ve, nya, sentence.end, lang, last_speaker)
        if named:
            return named
        # "said Putin" in English, or a subject before the verb: '," Putin said'
        if lang.code == "en":
            subj = subject_before(text, persons, q.end, vs, lang)
            if subj is not None:
                return subj.attrs["name"], text[subj.start:ve]
        break
    # before the quote: 'Xi mengatakan: "', 'kata Putin, "'
    head = text[sentence.start:q.start]
    verbs = speech_verbs_in(text, sentence.start, q.start, lang, after_quote=True)
    if verbs and re.search(r"[:,]\s*$", head):
        vs, ve, verb, nya = verbs[-1]
        p = speaker_after(text, persons, ve, q.start)
        if p is not None:
            return p.attrs["name"], text[vs:p.end]
        subj = subject_before(text, persons, sentence.start, vs, lang)
        if subj is not None:
            return subj.attrs["name"], text[subj.start:ve]
    return None


def assign_speakers(article: Article, settings: Settings = DEFAULT) -> None:
    lang = language(article.meta.language)
    text = article.text
    persons = article.layer("persons")
    quotes = article.layer("quotes")
    quote_index = _QuoteIndex(quotes)
    coverage = QuoteCoverage(quotes)
    paragraphs = article.layer("paragraphs")
    last_speaker = ""
    last_subject = ""  # the person last named as a sentence's subject, for pronouns before any speech
    sentence_speaker: dict[int, tuple[str, str, int]] = {}  # sentence start -> (speaker, evidence, verb pos)
    prev_quote_speaker = ("", -1)  # (speaker, paragraph index)
    for c in article.claims:
        if c.claim_type in ("headline", "caption"):
            continue
        sent = _sentence_of(article, c) or Span(c.start, c.end)
        speaker, evidence = "", ""
        fallback = last_speaker or last_subject
        direct = False
        q = _quote_in(c, quote_index)
        share = quoted_share(c.start, c.end, coverage)
        # a quotation claim: mostly quoted, or opening with a quotation that its attribution follows
        opens_with_quote = q is not None and q.start <= c.start + 1 and bool(_THREE_WORDS.match(text, q.start, q.end))
        if q is not None and (share >= 0.5 or opens_with_quote):
            att = _direct_attribution(article, q, sent, persons, lang, fallback)
            if att and att[0]:
                speaker, evidence = att
                direct = True
            else:
                para = _span_at(paragraphs, c.start)
                only_quotes = para is not None and quoted_share(para.start, para.end, coverage) >= 0.9
                if only_quotes and prev_quote_speaker[0] and para.attrs.get("index", -1) - prev_quote_speaker[1] <= 1:
                    speaker, evidence = prev_quote_speaker[0], "continues the previous quotation"
                    direct = True
        if not speaker:
            speaker, evidence = _reported_speaker(article, c, sent, persons, lang, fallback, sentence_speaker)
        c.speaker, c.speaker_evidence = speaker, evidence
        if c.claim_type == "quote" and not direct:
            c.claim_type = "statement"
        elif direct and c.claim_type == "statement":
            c.claim_type = "quote"
        if speaker:
            last_speaker = speaker
            if direct:
                prev_quote_speaker = (speaker, c.paragraph)
        subj = subject_before(text, persons, sent.start, c.end, lang, c.holes)
        if subj is not None:
            last_subject = subj.attrs["name"]
    article.add("speakers", [Span(c.start, c.end, "speaker", {"claim": c.id, "name": c.speaker,
                                                              "evidence": c.speaker_evidence})
                             for c in article.claims if c.speaker])


def _reported_speaker(article, c: Claim, sent: Span, persons, lang: Language, last_speaker, sentence_speaker):
    """The subject of a speech verb in the claim, or of the sentence's governing speech verb."""
    text = article.text
    holes = c.holes
    for vs, ve, verb, nya in speech_verbs_in(text, c.start, c.end, lang):
        if any(a <= vs < b for a, b in holes):
            continue
        if nya:
            who = _resolve_pronoun(article, persons, sent, vs, lang, last_speaker)
            if who:
                return who, text[vs:ve]
            continue
        p = subject_before(text, persons, c.start, vs, lang, holes)
        if p is None and c.start > sent.start:
            # a clause split off the sentence: its subject is the sentence's
            p = subject_before(text, persons, sent.start, c.start, lang, holes)
        if p is not None:
            sentence_speaker[sent.start] = (p.attrs["name"], text[p.start:ve], vs)
            return p.attrs["name"], f"{text[p.start:p.end]} … {text[vs:ve]}"
        # a pronoun subject: "ia mengusulkan", "he said"
        before = re.findall(r"[\w]+", text[max(sent.start, vs - 15):vs])
        if before and before[-1].casefold() in lang.pronouns:
            who = _resolve_pronoun(article, persons, sent, vs - len(before[-1]) - 1, lang, last_speaker)
            if who:
                return who, f"{before[-1]} {text[vs:ve]} ({who})"
        after = speaker_after(text, persons, ve, sent.end)
        if after is not None:
            return after.attrs["name"], text[vs:after.end]
    # a trailing credit after a comma: "..., kata Kepala Perdagangan UE Maros Sefcovic."
    for vs, ve, verb, nya in speech_verbs_in(text, c.start, c.end, lang, after_quote=True):
        if re.search(r",[\s\u00a0]*$", text[max(c.start, vs - 3):vs]):
            named = _named_by_verb(article, persons, sent, vs, ve, nya, c.end, lang, last_speaker)
            if named:
                return named
    # "menurut Putin, ..." / "according to Putin"
    for a in lang.according:
        for m in re.finditer(rf"(?i:\b{re.escape(a)}\b)[\s\u00a0]+", text[c.start:c.end]):
            p = speaker_after(text, persons, c.start + m.end() - 1, c.end)
            if p is not None:
                return p.attrs["name"], text[c.start + m.start():p.end]
    # inherited from the sentence's speech verb that governs this clause
    inh = sentence_speaker.get(sent.start)
    if inh and c.start > inh[2] and c.split in ("coordinate", "participial"):
        return inh[0], inh[1]
    return "", ""


def persons_of(article: Article, claim: Claim) -> list[str]:
    """Canonical names of the people a claim names."""
    return sorted({p.attrs["name"] for p in persons_in(article.layer("persons"), claim.start, claim.end)})
