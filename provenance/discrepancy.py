"""Discrepancies: where versions of the same claim disagree, with evidence.

Two claims that should agree are two members of one cluster from different
articles (and one event). Each check compares one slot of the two claims and
says what differs in words a fact-checker can act on:

- ``quote``: the words inside quotation marks differ (added, dropped or
  swapped words), compared verbatim apart from entity names, since outlets
  translate "China" as "Tiongkok"; a quoted phrase the other version leaves
  out of its own quotation counts too;
- ``number``: counts, amounts, ordinals or percentages differ;
- ``date``: the dates or weekdays of the happening differ, or one names a
  weekday that is not its date's weekday;
- ``temporal``: a distance in time differs ("sehari setelah" against
  "beberapa jam setelah");
- ``scope``: a quantifier or a hedge differs ("semua bidang" against
  "berbagai sektor", "said" against "allegedly");
- ``negation``: one version negates what the other asserts;
- ``attribution``: the speaker differs;
- ``entity``: a person is swapped for another;
- ``omission``: one version adds a material part (a named entity or a number
  in a stretch of at least three words) that the other leaves out;
- ``context``: a photo caption reports another event than its article (a
  recycled caption).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .lang import language
from .matching import ClaimInfo
from .normalize import make_key, parse_number

OMISSION_MIN_WORDS = 3


@dataclass
class Discrepancy:
    a: str  # claim id
    b: str
    type: str
    severity: str  # low | medium | high
    detail: str
    evidence: dict = field(default_factory=dict)


def _quoted_words(info: ClaimInfo) -> list[tuple[str, list[str]]]:
    """(quote text, normalised words) for each quotation inside the claim."""
    a = info.article
    c = info.claim
    out = []
    for q in a.layer("quotes"):
        s, e = q.attrs.get("inner", (q.start, q.end))
        s, e = max(s, c.start), min(e, c.end)
        if e - s < 3:
            continue
        qt = a.text[s:e]
        out.append((qt.strip(" \"'“”‘’.,"), _norm_words(qt, a.meta.language)))
    return out


def _norm_words(text: str, code: str) -> list[str]:
    """Words as a quote comparison sees them: folded, entity aliases unified."""
    key = make_key(text, language(code))
    return [w for w in key.words if w.strip()]


@lru_cache(maxsize=None)
def _scope_words(code: str):
    lang = language(code)
    return lang.universal, lang.partial, lang.hedges, lang.negations


def _has(words: list[str], phrases) -> list[str]:
    joined = " " + " ".join(words) + " "
    return [p for p in phrases if f" {p} " in joined]


def _distance(text: str, code: str) -> list[tuple[str, str]]:
    """(unit, direction) of each time-distance expression ("beberapa jam setelah")."""
    lang = language(code)
    low = text.casefold()
    out = []
    units = "|".join(re.escape(u) for u in sorted(lang.distance_units, key=len, reverse=True))
    heads = "|".join(re.escape(h) for h in sorted(lang.distance_after + lang.distance_before, key=len, reverse=True))
    if not units or not heads:
        return out
    for m in re.finditer(rf"\b(?:\w+\s+)?({units})\s+({heads})\b", low):
        out.append((lang.distance_units[m.group(1)], "after" if m.group(2) in lang.distance_after else "before"))
    for f, (unit, _n) in lang.distance_fused.items():
        for m in re.finditer(rf"\b{re.escape(f)}\s*({heads})?\b", low):
            d = m.group(1) or ""
            out.append((unit, "after" if d in lang.distance_after else ("before" if d else "")))
    return out


def compare(x: ClaimInfo, y: ClaimInfo) -> list[Discrepancy]:
    """Every slot on which two versions of one claim disagree."""
    out: list[Discrepancy] = []
    cx, cy = x.claim, y.claim
    ox, oy = x.article.meta.outlet or x.article.name, y.article.meta.outlet or y.article.name
    # quote wording
    qx, qy = _quoted_words(x), _quoted_words(y)
    if qx or qy:
        d = _compare_quotes(qx, qy, x, y, ox, oy)
        if d:
            out.append(d)
    # numbers (dates are compared below)
    nx_, ny_ = _numbers(x), _numbers(y)
    if nx_ and ny_ and nx_ != ny_ and not (nx_ & ny_ and (nx_ <= ny_ or ny_ <= nx_)):
        out.append(Discrepancy(cx.id, cy.id, "number", "medium",
                               f"{ox} has {_fmt(nx_ - ny_)}, {oy} has {_fmt(ny_ - nx_)}",
                               {"a": sorted(nx_), "b": sorted(ny_)}))
    # dates of the happening
    dx = {d.value for d in cx.dates if d.value and d.precision == "day" and not d.reporting}
    dy = {d.value for d in cy.dates if d.value and d.precision == "day" and not d.reporting}
    if dx and dy and not (dx & dy):
        tx = ", ".join(d.text for d in cx.dates if not d.reporting)
        ty = ", ".join(d.text for d in cy.dates if not d.reporting)
        out.append(Discrepancy(cx.id, cy.id, "date", "medium",
                               f"{ox} dates it {tx!r} ({', '.join(sorted(v.isoformat() for v in dx))}), "
                               f"{oy} {ty!r} ({', '.join(sorted(v.isoformat() for v in dy))})"))
    else:
        for c, o in ((cx, ox), (cy, oy)):
            for d in c.dates:
                if d.weekday_conflict and d.value:
                    out.append(Discrepancy(cx.id, cy.id, "date", "medium",
                                           f"{o} writes {d.text!r}, but {d.value.isoformat()} is not that weekday"))
                    break
    # distances in time
    tx_, ty_ = _distance(cx.text, x.article.meta.language), _distance(cy.text, y.article.meta.language)
    if tx_ and ty_ and {u for u, _ in tx_}.isdisjoint({u for u, _ in ty_}):
        out.append(Discrepancy(cx.id, cy.id, "temporal", "low",
                               f"{ox}: {_dist_text(cx.text, x)}; {oy}: {_dist_text(cy.text, y)}"))
    # scope and hedges, negation
    wx, wy = list(x.key.words), list(y.key.words)
    ux, px, hx, negx = _scope_words(x.article.meta.language)
    uy, py, hy, negy = _scope_words(y.article.meta.language)
    sx = ("all" if _has(wx, ux) else "") + ("some" if _has(wx, px) else "")
    sy = ("all" if _has(wy, uy) else "") + ("some" if _has(wy, py) else "")
    if sx and sy and sx != sy:
        out.append(Discrepancy(cx.id, cy.id, "scope", "medium",
                               f"{ox} says {', '.join(repr(w) for w in _has(wx, ux) + _has(wx, px))}, "
                               f"{oy} says {', '.join(repr(w) for w in _has(wy, uy) + _has(wy, py))}"))
    if bool(_has(wx, hx)) != bool(_has(wy, hy)):
        hedged, o = (_has(wx, hx), ox) if _has(wx, hx) else (_has(wy, hy), oy)
        out.append(Discrepancy(cx.id, cy.id, "scope", "medium", f"only {o} hedges it ({', '.join(hedged)})"))
    # negation: one version negates a word the other asserts ("tidak setuju" / "setuju");
    # a paraphrase ("tidak menerima" / "menentang") negates nothing the other says
    gx, gy = _negated(x.key.tokens, negx), _negated(y.key.tokens, negy)
    flipped = sorted((gx - gy) & set(y.key.tokens)) or sorted((gy - gx) & set(x.key.tokens))
    if flipped:
        o = ox if (gx - gy) & set(y.key.tokens) else oy
        out.append(Discrepancy(cx.id, cy.id, "negation", "high",
                               f"only {o} negates {', '.join(w.lstrip('~@') for w in flipped)}"))
    # who says it
    if x.speaker and y.speaker and x.speaker != y.speaker:
        out.append(Discrepancy(cx.id, cy.id, "attribution", "high",
                               f"{ox} has {x.speaker} saying it, {oy} has {y.speaker}"))
    elif x.key.persons and y.key.persons and x.key.persons.isdisjoint(y.key.persons):
        out.append(Discrepancy(cx.id, cy.id, "entity", "high",
                               f"{ox} names {_names(x.key.persons)}, {oy} names {_names(y.key.persons)}"))
    # omission: a material stretch only one version has
    om = _omission(x, y, ox, oy)
    if om and not any(d.type == "quote" for d in out):
        out.append(om)
    return out


def _numbers(info: ClaimInfo) -> set[float]:
    """Numbers that are not part of a date."""
    c = info.claim
    text = info.article.text
    date_spans = [(d.start, d.end) for d in c.dates]
    out = set()
    for m in re.finditer(r"(?<![\w.,/])(?:ke-)?(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?![\w/])", text[c.start:c.end]):
        pos = c.start + m.start()
        if any(s <= pos < e for s, e in date_spans) or any(a <= pos < b for a, b in c.holes):
            continue
        v = parse_number(m.group(1))
        if v is not None:
            out.add(v)
    return out


def _fmt(vals) -> str:
    return ", ".join(f"{v:g}" for v in sorted(vals)) or "none"


def _names(toks) -> str:
    return ", ".join(sorted(t.lstrip("@").replace("_", " ").title() for t in toks))


def _dist_text(text: str, info: ClaimInfo) -> str:
    m = re.search(r"\b(?:\w+\s+){0,1}\w+\s+(?:setelah|sesudah|sebelum|sebelumnya|after|before)\b|\bsehari\s+\w+",
                  text, re.I)
    return repr(m.group(0)) if m else repr(text[:60])


def _compare_quotes(qx, qy, x: ClaimInfo, y: ClaimInfo, ox, oy) -> Discrepancy | None:
    """Quoted words one version has and the other does not (in its quote, or at all)."""
    if qx and qy:
        wx = [w for _, ws in qx for w in ws]
        wy = [w for _, ws in qy for w in ws]
        # a partial quotation is not a changed one: one quote inside the other
        if _contiguous_in(wx, wy) or _contiguous_in(wy, wx):
            return None
        # words one quote has that the other version says outside its quotation marks
        # were moved, not changed
        only_x = [w for w in wx if w not in set(wy) and w not in set(y.key.words)]
        only_y = [w for w in wy if w not in set(wx) and w not in set(x.key.words)]
        # both quote the same passage only if they share most of the shorter quote
        shared = set(wx) & set(wy)
        if len(shared) < 0.3 * min(len(set(wx)), len(set(wy))) or not (only_x or only_y):
            return None
        if not only_x and not only_y:
            return None
        sev = "low" if max(len(only_x), len(only_y)) <= 2 else "medium"
        parts = []
        if only_x:
            parts.append(f"{ox}'s quote has {' '.join(only_x)!r}")
        if only_y:
            parts.append(f"{oy}'s quote has {' '.join(only_y)!r}")
        return Discrepancy(x.claim.id, y.claim.id, "quote", sev,
                           "; ".join(parts) + f" (quoted: {qx[0][0][:80]!r} / {qy[0][0][:80]!r})",
                           {"a": qx[0][0], "b": qy[0][0]})
    # only one side quotes: quoted words the other version lacks entirely
    (qs, info, o_q, other, o_o) = (qx, x, ox, y, oy) if qx else (qy, y, oy, x, ox)
    other_words = set(other.key.words)
    missing = []
    for qt, _ws in qs:
        # a quoted stretch of foreign or verbatim words the other drops: "'dual containment'"
        for m in re.finditer(r"['‘]([^'’]{3,60})['’]", qt):
            inner = _norm_words(m.group(1), info.article.meta.language)
            if inner and not any(w in other_words for w in inner):
                missing.append(m.group(1))
    if missing:
        return Discrepancy(x.claim.id, y.claim.id, "quote", "medium",
                           f"{o_q} quotes {', '.join(repr(m) for m in missing)}; {o_o} leaves it out",
                           {"missing": missing})
    return None


def _contiguous_in(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return n > 0 and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _negated(tokens: tuple[str, ...], negations) -> set[str]:
    """Tokens that a negation governs (the next content token after it)."""
    out = set()
    for i, t in enumerate(tokens[:-1]):
        if t in negations:
            out.add(tokens[i + 1])
    return out


def _omission(x: ClaimInfo, y: ClaimInfo, ox, oy) -> Discrepancy | None:
    """A stretch of one version (with a name or a number) the other leaves out, the rest agreeing."""
    for (p, q, op, oq) in ((x, y, ox, oy), (y, x, oy, ox)):
        tp, tq = list(p.key.tokens), set(q.key.tokens)
        if not tp:
            continue
        covered = sum(1 for t in tp if t in tq) / len(tp)
        if covered < 0.45:
            continue
        # the longest run of p's tokens absent from q
        best, cur = [], []
        for t in tp:
            if t in tq:
                if len(cur) > len(best):
                    best = cur
                cur = []
            else:
                cur.append(t)
        if len(cur) > len(best):
            best = cur
        if len(best) >= OMISSION_MIN_WORDS and any(t.startswith("@") for t in best) and tp[-len(best):] == best:
            words = _surface_tail(p, len(best))
            return Discrepancy(x.claim.id, y.claim.id, "omission", "low",
                               f"{op} adds {words!r}, which {oq} does not have", {"extra": best})
    return None


def _surface_tail(info: ClaimInfo, n_tokens: int) -> str:
    words = info.claim.text.rstrip(" .\"”").split()
    return " ".join(words[-(n_tokens + 2):])


def context_flags(corpus, infos: list[ClaimInfo]) -> list[Discrepancy]:
    """Captions (and other claims) placed in another event than their article's."""
    out = []
    by_article = defaultdict(list)
    for i in infos:
        by_article[i.article.id].append(i)
    events = {e.id: e for e in corpus.events}
    for aid, items in by_article.items():
        counts = defaultdict(int)
        for i in items:
            if i.body:
                counts[i.claim.event] += 1
        if not counts:
            continue
        main = max(counts, key=lambda e: (counts[e], e))
        lead = next((i for i in items if i.body and i.claim.event == main), None)
        for i in items:
            if i.claim.claim_type == "caption" and i.claim.event and i.claim.event != main and lead is not None:
                ev, mev = events.get(i.claim.event), events.get(main)
                out.append(Discrepancy(
                    i.claim.id, lead.claim.id, "context", "high",
                    f"the photo caption reports {ev.label if ev else i.claim.event}, but the article reports "
                    f"{mev.label if mev else main}: the photo may be recycled from another event",
                    {"caption_event": i.claim.event, "article_event": main}))
    return out


def find_discrepancies(corpus, infos: list[ClaimInfo]) -> list[Discrepancy]:
    by_cluster: dict[str, list[ClaimInfo]] = defaultdict(list)
    for i in infos:
        by_cluster[corpus.clusters.get(i.id, i.id)].append(i)
    out = []
    for cid in sorted(by_cluster):
        members = sorted(by_cluster[cid], key=lambda i: i.id)
        for k, x in enumerate(members):
            for y in members[k + 1:]:
                if x.article.id == y.article.id or x.claim.event != y.claim.event:
                    continue
                out.extend(compare(x, y))
    out.extend(context_flags(corpus, infos))
    seen = set()
    uniq = []
    for d in out:
        k = (d.a, d.b, d.type)
        if k not in seen:
            seen.add(k)
            uniq.append(d)
    return uniq
