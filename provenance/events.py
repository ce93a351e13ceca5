"""Events: the real-world happenings the claims report on.

Articles are grouped by what they share: two articles whose claims match
(at least ``min_event_links`` asserted pairs) and whose dates can be one
happening report the same event. An article without a date of its own (no
publication date, only "pada hari Selasa") joins the event it shares most
claims with. Each event takes its date from the explicit dates its
articles give, its place from their datelines, and its participants from
the people its claims name.

A claim belongs to its article's event, except a photo caption (or a claim
matched only to another event's claims) whose own date cannot be that
event's: it goes to the event of that date, which is how a caption recycled
from another event is caught.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from .match import ClaimInfo, compatible, lead_persons, same_principals


@dataclass
class Event:
    id: str
    date: date | None
    place: str
    label: str
    articles: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    evidence: str = ""
    lo: date | None = None
    hi: date | None = None


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.casefold()).strip("-") or "unplaced"


def assign_events(corpus, infos: list[ClaimInfo]) -> list[Event]:
    settings = corpus.settings
    tol = settings.event_tolerance_days
    arts = {a.id: a for a in corpus.articles}
    windows = {a.id: a.meta.event_window for a in corpus.articles}
    principals = {a.id: lead_persons(a) for a in corpus.articles}
    info_by_id = {i.id: i for i in infos}
    # link strength between articles, from asserted body-claim matches
    links: dict[tuple[str, str], list[float]] = defaultdict(list)
    for m in corpus.matches:
        if m.status != "asserted":
            continue
        x, y = info_by_id[m.a], info_by_id[m.b]
        if not (x.body and y.body):
            continue
        k = tuple(sorted((x.article.id, y.article.id)))
        links[k].append(m.score)
    group = {a: a for a in arts}
    members = {a: [a] for a in arts}

    def find(x):
        while group[x] != x:
            x = group[x]
        return x

    def window(g):
        lo = hi = None
        for a in members[g]:
            wlo, whi, _ = windows[a]
            if wlo is None:
                continue
            lo = wlo if lo is None else max(lo, wlo)
            hi = whi if hi is None else min(hi, whi)
        if lo is not None and hi is not None and lo > hi:
            lo, hi = min(lo, hi), max(lo, hi)
        return lo, hi

    ranked = sorted(links.items(), key=lambda kv: (-len(kv[1]), -sum(kv[1]), kv[0]))
    for (a, b), scores in ranked:
        if len(scores) < settings.min_event_links:
            continue
        ga, gb = find(a), find(b)
        if ga == gb:
            continue
        la, ha = window(ga)
        lb, hb = window(gb)
        if not compatible(la, ha, lb, hb, tol):
            continue
        if not all(same_principals(principals[x], principals[y]) for x in members[ga] for y in members[gb]):
            continue
        # an undated article joins one event only: the first (strongest) it links to
        if ga > gb:
            ga, gb = gb, ga
        group[gb] = ga
        members[ga].extend(members.pop(gb))

    events: list[Event] = []
    event_of_article: dict[str, Event] = {}
    for g in sorted(members):
        ms = sorted(members[g])
        ev = _make_event(ms, arts, windows, infos)
        events.append(ev)
        for a in ms:
            event_of_article[a] = ev
    # claims: their article's event, unless their own date says otherwise
    event_of: dict[str, Event] = {}
    for info in infos:
        ev = event_of_article[info.article.id]
        c = info.claim
        if info.own_date and not compatible(info.lo, info.hi, ev.lo, ev.hi, tol) and c.claim_type == "caption":
            other = next((e for e in events if e is not ev and e.lo is not None
                          and compatible(info.lo, info.hi, e.lo, e.hi, tol)), None)
            if other is None:
                other = Event("", info.lo, "", "", [], [], f"the caption's own date {info.lo.isoformat()}",
                              info.lo, info.hi)
                events.append(other)
            ev = other
            c.event_note = f"its own date ({info.lo.isoformat()}) is not its article's event"
        event_of[c.id] = ev
    _name_events(events, infos, event_of)
    for info in infos:
        info.claim.event = event_of[info.claim.id].id
    return sorted(events, key=lambda e: e.id)


def _make_event(members: list[str], arts, windows, infos) -> Event:
    explicit = [windows[a][0] for a in members if windows[a][0] is not None and windows[a][0] == windows[a][1]]
    lo = hi = None
    for a in members:
        wlo, whi, _ = windows[a]
        if wlo is not None:
            lo = wlo if lo is None else max(lo, wlo)
            hi = whi if hi is None else min(hi, whi)
    when = None
    evidence = ""
    if explicit:
        counts = Counter(explicit)
        when = sorted(counts, key=lambda d: (-counts[d], d))[0]
        lo = hi = when
        evidence = "; ".join(f"{arts[a].name}: {windows[a][2]}" for a in members if windows[a][0] == when)
    elif lo is not None:
        evidence = "; ".join(f"{arts[a].name}: {windows[a][2]}" for a in members)
    places = Counter(arts[a].meta.place for a in members if arts[a].meta.place)
    place = sorted(places, key=lambda p: (-places[p], p))[0] if places else ""
    return Event("", when, place, "", list(members), [], evidence, lo, hi)


def _span_start(span) -> int:
    return span.start


def _name_events(events: list[Event], infos: list[ClaimInfo], event_of: dict[str, Event]) -> None:
    people: dict[int, Counter] = defaultdict(Counter)
    for info in infos:
        ev = event_of[info.claim.id]
        # the persons that start within the claim: a slice of the (sorted) layer, not a scan
        layer, c = info.article.layer("persons"), info.claim
        for p in layer[bisect_left(layer, c.start, key=_span_start):bisect_left(layer, c.end, key=_span_start)]:
            people[id(ev)][p.attrs["name"]] += 1
    taken: set[str] = set()
    for ev in sorted(events, key=lambda e: (e.date or date.min, e.place, e.articles)):
        ev.participants = [n for n, _ in sorted(people[id(ev)].items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
        base = f"event:{ev.date.isoformat() if ev.date else 'undated'}:{_slug(ev.place) if ev.place else 'unplaced'}"
        eid, k = base, 2
        while eid in taken:
            eid, k = f"{base}~{k}", k + 1
        taken.add(eid)
        ev.id = eid
        when = ev.date.isoformat() if ev.date else (f"{ev.lo.isoformat()}..{ev.hi.isoformat()}" if ev.lo else "date unknown")
        who = ", ".join(ev.participants[:2])
        ev.label = " · ".join(x for x in (who, ev.place, when) if x)


def drop_cross_event(corpus) -> list:
    """Matches whose claims belong to different events are look-alikes, not the same claim."""
    claims = {c.id: c for a in corpus.articles for c in a.claims}
    return [m for m in corpus.matches if claims[m.a].event == claims[m.b].event]
